"""blind-v8 replies h801-h812 (written for this set)."""
from common import *


def h801():
    R = new('h801', 'answered', None, ['protection', 'prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 1187-2019-MIMP/DGCVG', ['Informe Técnico N° 042-2019-MIMP/DGCVG-DATPS'], '2019-03-14',
            'oficio + informe técnico, ruled table with wrapped and merged headers, unit in column header')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General contra la Violencia de Género'], 2019,
           'Lima, 14 de marzo de 2019', 'OFICIO N° 1187-2019-MIMP/DGCVG',
           ['Señora', 'Coordinadora del Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Atención a solicitud de acceso a la información pública sobre acciones contra la trata de personas durante el año 2018'),
            ('REF.', ': Solicitud S/N recibida el 27 de febrero de 2019 (Expediente 0019345-2019)')],
           logo=(logo_png('mimp', 'MIMP', 'square', (150, 30, 60)), 2.2))
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones desarrolladas por este Ministerio en el marco del Plan Nacional contra la Trata de Personas 2017-2021, correspondientes al periodo comprendido entre el 1 de enero y el 31 de diciembre de 2018.',
             'Al respecto, remito a usted el Informe Técnico N° 042-2019-MIMP/DGCVG-DATPS, elaborado por la Dirección de Asistencia Técnica y Promoción Social, que contiene la información solicitada.',
             'Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('MARÍA ELENA TORRES QUISPE', 'Directora General contra la Violencia de Género')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 042-2019-MIMP/DGCVG-DATPS', bold=True, align='c', after=6)
    kv(R, [('A', ': Directora General contra la Violencia de Género'), ('ASUNTO', ': Información sobre acciones 2018 – PNAT 2017-2021'), ('FECHA', ': 12 de marzo de 2019')])
    R.p('1. Atención a víctimas en Centros de Atención Residencial', bold=True, after=3)
    R.p('Durante el año 2018 los Centros de Atención Residencial especializados acogieron a ' + C('137 niñas, niños y adolescentes', 137, 'niño', y=2018) +
        ' presuntas víctimas de trata de personas, de los cuales ' + C('94', 94, 'víctima', y=2018) + ' fueron derivados por las Unidades de Protección Especial. El detalle por centro es el siguiente:', align='j')
    rows = []
    data = [('CAR Santa Rosita de Lima', 41, 38, 612450.00, 598120.35),
            ('CAR Nuestra Señora de la Esperanza (Cusco)', 29, 24, 433800.00, 401977.10),
            ('CAR Hogar Luz y Esperanza (Madre de Dios)', 36, 33, 520300.00, 517862.44),
            ('CAR Virgen de las Nieves (Loreto)', 31, 27, 480000.00, 459310.00)]
    for n, a, b, pim, dev in data:
        rows.append([n, C(str(a), a, 'víctima', y=2018), C(str(b), b, 'víctima', y=2018),
                     M('{:,.2f}'.format(pim), pim, y=2018, r='a'), M('{:,.2f}'.format(dev), dev, y=2018, r='e')])
    rows.append(['TOTAL', C('137', 137, 'víctima', y=2018), C('122', 122, 'víctima', y=2018),
                 M('2,046,550.00', 2046550.00, y=2018, r='a'), M('1,977,269.89', 1977269.89, y=2018, r='e')])
    R.table([['Centro de Atención Residencial', 'Víctimas atendidas', '', 'Presupuesto 2018', ''],
             ['', 'Ingresos', 'Con plan de reintegración', 'PIM\n(S/)', 'Devengado\n(S/)']], rows,
            widths=(5.6, 2.2, 2.8, 2.6, 2.6), merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], bold_rows=(4,),
            colnames=[None, 'Víctimas atendidas Ingresos', 'Víctimas atendidas Con plan de reintegración', 'Presupuesto 2018 PIM (S/)', 'Presupuesto 2018 Devengado (S/)'],
            caption='Cuadro N° 1: Atención en CAR especializados, año 2018')
    R.p('2. Acciones de prevención', bold=True, after=3)
    R.p('En coordinación con los Centros Emergencia Mujer se desarrollaron ' + C('58 talleres', 58, 'taller', y=2018) + ' de sensibilización dirigidos a ' +
        C('2 310 estudiantes', 2310, 'estudiante', y=2018) + ' de nivel secundario en cinco regiones, lo que representa el ' + P('116 %', 116.0, y=2018) + ' de la meta anual programada.', align='j')
    R.p('3. Gobernanza', bold=True, after=3)
    R.p('El MIMP participó en las ' + C('seis (6) sesiones ordinarias', 6, 'sesión', y=2018) + ' de la Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes realizadas en 2018.', align='j')
    R.sign('Lic. RAÚL CÁRDENAS VILCHEZ', 'Director de Asistencia Técnica y Promoción Social', before=18)
    R.save()


def h802():
    R = new('h802', 'answered', None, ['prosecution'], ('2017-01-01', '2018-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000412-2019-MP-FN-GG-OFSTADI', [], '2019-02-05',
            'oficio, unruled table of cases by fiscal district and year, percent in text', font='Times New Roman', size=11.5)
    letter(R, ['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Oficina de Racionalización y Estadística'], 2019,
           'Lima, 05 de febrero de 2019', 'OFICIO N° 000412-2019-MP-FN-GG-OFSTADI',
           ['Señores', 'Asociación Civil Observatorio Ciudadano', 'Jr. Huiracocha N° 1420, Jesús María', 'Presente.-'],
           [('Asunto', ': Remite información estadística sobre trata de personas, años 2017 y 2018'),
            ('Referencia', ': Solicitud de acceso a la información pública – Registro N° 4471-2019')],
           logo=(logo_png('mpfn', 'MP', 'shield', (20, 60, 120)), 1.8))
    body(R, ['De mi consideración:',
             'Me dirijo a ustedes, en atención al documento de la referencia, para remitir la información estadística registrada en el Sistema de Gestión Fiscal sobre denuncias por el delito de trata de personas (artículo 153° del Código Penal) ingresadas a las fiscalías provinciales durante los años 2017 y 2018.'])
    rows = []
    for d, a, b in [('Lima', 412, 455), ('Lima Norte', 97, 121), ('Cusco', 88, 102), ('Madre de Dios', 131, 149), ('Loreto', 76, 95), ('Puno', 64, 70), ('Otros distritos fiscales', 428, 513)]:
        rows.append([d, C('{:,}'.format(a).replace(',', ' ') if a > 999 else str(a), a, 'denuncia', y=2017), C(str(b), b, 'denuncia', y=2018)])
    rows.append(['Total nacional', C('1 296', 1296, 'denuncia', y=2017), C('1 505', 1505, 'denuncia', y=2018)])
    R.table([['Distrito Fiscal', 'Año 2017', 'Año 2018']], rows, widths=(6.5, 3, 3), ruled='hlines', bold_rows=(7,),
            caption='Denuncias ingresadas por trata de personas según distrito fiscal', unit='column', head_shade=None)
    body(R, ['Del total de denuncias del año 2018, ' + C('611', 611, 'denuncia', y=2018) + ' fueron archivadas en etapa preliminar, ' + C('387', 387, 'caso', y=2018) +
             ' continúan en investigación y en ' + C('149 casos', 149, 'caso', y=2018) + ' se formalizó la investigación preparatoria, lo que equivale al ' + P('9,9%', 9.9, y=2018) + ' de lo ingresado.',
             'Se precisa que la información es preliminar y está sujeta a actualización.',
             'Atentamente,'])
    R.sign('CPC. JORGE LUIS RAMOS ÁLVAREZ', 'Jefe de la Oficina de Racionalización y Estadística', 'Ministerio Público')
    R.save()


def h803():
    R = new('h803', 'answered', None, ['prosecution', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Policía Nacional del Perú - Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes', 'DIRCTPTIM PNP', 'police'),
            'INFORME N° 027-2020-DIRNIC-PNP/DIRCTPTIM-SEC', ['Oficio N° 118-2020-DIRNIC-PNP/SEC'], '2020-01-22',
            'informe policial, numbered paragraphs, figures only in running text (words with digits in brackets)', font='Courier New', size=10.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL', 'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'],
             logo=(logo_png('pnp', 'PNP', 'circle', (30, 90, 40)), 1.6))
    lema(R, 2020)
    R.p('INFORME N° 027-2020-DIRNIC-PNP/DIRCTPTIM-SEC', bold=True, align='c', after=8)
    kv(R, [('ASUNTO', ': Información sobre intervenciones realizadas durante el año 2019, solicitada por el Observatorio Ciudadano.'),
           ('REF.', ': Oficio N° 118-2020-DIRNIC-PNP/SEC')])
    R.p('I. ANTECEDENTES', bold=True)
    R.p('Mediante el documento de la referencia se dispuso informar sobre las acciones de esta Dirección en materia de trata de personas correspondientes al periodo enero-diciembre 2019.', align='j')
    R.p('II. ANÁLISIS', bold=True)
    R.p('A. Durante el año 2019 esta Dirección ejecutó ' + C('cuarenta y tres (43) operativos', 43, 'operativo', y=2019) + ' a nivel nacional, principalmente en Lima Metropolitana, Madre de Dios (La Pampa) y Loreto, en los que se logró rescatar a ' +
        C('doscientas doce (212) presuntas víctimas', 212, 'víctima', y=2019) + ', de las cuales ' + C('ciento treinta y uno (131)', 131, 'víctima', y=2019) + ' eran mujeres mayores de edad y ' + C('sesenta y cuatro (64)', 64, 'víctima', y=2019) + ' menores de edad.', align='j')
    R.p('B. Como resultado de las intervenciones fueron detenidas ' + C('79 personas', 79, 'persona', y=2019) + ' en flagrancia delictiva, y se formularon ' + C('58 atestados', 58, 'atestado', y=2019) + ' e informes policiales remitidos al Ministerio Público.', align='j')
    R.p('C. Las víctimas rescatadas fueron puestas a disposición de la Unidad de Protección Especial del MIMP (menores de edad) y de los Centros Emergencia Mujer; ' + C('diecisiete (17)', 17, 'víctima', y=2019) + ' eran de nacionalidad venezolana y fueron reportadas a la Superintendencia Nacional de Migraciones.', align='j')
    R.p('D. Asimismo, se capacitó a ' + C('326 efectivos policiales', 326, 'efectivo', y=2019) + ' en técnicas de investigación del delito de trata de personas, con un gasto de ' + M('S/ 48,600.00', 48600.00, y=2019, r='e') + ' ejecutado con recursos ordinarios.', align='j')
    R.p('III. CONCLUSIÓN', bold=True)
    R.p('Se remite la información solicitada para su trámite correspondiente.', align='j')
    R.p('Lima, 22 de enero de 2020.', align='r')
    R.sign('Crnl. PNP HUGO ALBERTO MENDOZA RÍOS', 'Jefe de la DIRCTPTIM PNP', before=20)
    R.save()


def h804():
    R = new('h804', 'answered', None, ['governance', 'prevention'], ('2017-01-01', '2021-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 0356-2022-GRL-GGR-GRPPAT', ['Informe N° 088-2022-GRL-GRPPAT-SGP'], '2022-04-19',
            'oficio + SIAF-style annex on landscape page, page title "EXPRESADO EN SOLES", PIA/PIM/certificación/compromiso/devengado/girado/avance %')
    letter(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], 2022,
           'Iquitos, 19 de abril de 2022', 'OFICIO N° 0356-2022-GRL-GGR-GRPPAT',
           ['Señor', 'Responsable del Observatorio Ciudadano contra la Trata de Personas', 'Lima.-'],
           [('ASUNTO', ': Información presupuestal de la actividad de lucha contra la trata de personas 2017 - 2021'),
            ('REF.', ': Informe N° 088-2022-GRL-GRPPAT-SGP')],
           logo=(logo_png('gorel', 'GRL', 'shield', (0, 100, 60)), 1.8))
    body(R, ['Es grato dirigirme a usted para remitir, en anexo, la ejecución presupuestal de la actividad "Implementación del Plan Regional contra la Trata de Personas" a cargo de la Gerencia Regional de Desarrollo Social, correspondiente a los ejercicios 2017 al 2021, según lo solicitado.',
             'En dicho periodo se financiaron las sesiones de la Red Regional contra la Trata de Personas y campañas de prevención en las provincias de Maynas, Alto Amazonas y Datem del Marañón, con un total de ' + C('86 campañas', 86, 'campaña') + ' en los cinco años.',
             'Sin otro particular, quedo de usted.'])
    R.sign('Econ. CARLOS ENRIQUE PINEDO SAAVEDRA', 'Gerente Regional de Planeamiento, Presupuesto y A.T.')
    R.landscape()
    R.p('ANEXO: EJECUCIÓN PRESUPUESTAL - ACTIVIDAD 5006189 IMPLEMENTACIÓN DEL PLAN REGIONAL CONTRA LA TRATA DE PERSONAS', bold=True, align='c', after=0)
    R.p('(EXPRESADO EN SOLES)', bold=True, align='c', after=6)
    data = [(2017, 150000, 182500, 180900, 180900, 176420.50, 176420.50), (2018, 150000, 240000, 238750, 236100, 231884.12, 231884.12),
            (2019, 200000, 260000, 251300, 251300, 250115.00, 249980.00), (2020, 120000, 95000, 61200, 61200, 58330.40, 58330.40),
            (2021, 180000, 210500, 204800, 203950, 199677.85, 199677.85)]
    rows = []
    for y, pia, pim, cert, comp, dev, gir in data:
        av = round(dev / pim * 100, 1)
        f = lambda v: '{:,.2f}'.format(v)
        rows.append([str(y), '1 RO', M(f(pia), pia, y=y, r='a', u='page'), M(f(pim), pim, y=y, r='a', u='page'), M(f(cert), cert, y=y, r='c', u='page'),
                     M(f(comp), comp, y=y, r='c', u='page'), M(f(dev), dev, y=y, r='e', u='page'), M(f(gir), gir, y=y, r='e', u='page'), P('%.1f' % av, av, y=y, u='column')])
    R.table([['AÑO', 'FUENTE', 'PIA', 'PIM', 'CERTIFICACIÓN', 'COMPROMISO ANUAL', 'DEVENGADO', 'GIRADO', 'AVANCE %']], rows,
            widths=(1.5, 2.0, 2.8, 2.8, 3.0, 3.0, 3.0, 3.0, 2.0), size=9, unit='page')
    R.p('Fuente: Consulta SIAF-SP, al 31 de marzo de 2022.', size=8, italic=True)
    R.save()


def h805():
    R = new('h805', 'answered', None, ['prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'CARTA N° 064-2019-GDHS/MPC', [], '2019-05-08',
            'short carta, substantive null answer, no figures')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Desarrollo Humano y Social'], 2019,
           'Cusco, 8 de mayo de 2019', 'CARTA N° 064-2019-GDHS/MPC',
           ['Señora', 'Rosa Huamán Ccori', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de información – acciones contra la trata de personas, ejercicio 2018')],
           logo=(logo_png('mpc', 'CUSCO', 'shield', (160, 110, 0)), 1.8))
    body(R, ['De mi especial consideración:',
             'Por medio de la presente me dirijo a usted, en relación a su solicitud de acceso a la información, para comunicarle que, efectuada la consulta con las subgerencias a mi cargo, durante el ejercicio 2018 esta Municipalidad Provincial no desarrolló campañas, charlas ni otras actividades de prevención de la trata de personas, y tampoco llegó a instalarse la Red Provincial contra la Trata de Personas prevista en la ordenanza municipal respectiva.',
             'Lo que informo a usted en cumplimiento de la Ley de Transparencia y Acceso a la Información Pública.',
             'Atentamente,'])
    R.sign('Abog. WILBER QUISPE HUAMANÍ', 'Gerente de Desarrollo Humano y Social')
    R.save()


def h806():
    R = new('h806', 'answered', None, ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'),
            'OFICIO N° 000233-2020-P-CSJLN-PJ', ['Informe N° 0017-2020-CE-UPD-GAD-CSJLN/PJ'], '2020-02-11',
            'oficio + informe of the statistics unit, grid table with totals row and percentage column')
    letter(R, ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE LIMA NORTE', 'Presidencia'], 2020,
           'Independencia, 11 de febrero de 2020', 'OFICIO N° 000233-2020-P-CSJLN-PJ',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Información sobre procesos por delito de trata de personas - año 2019'),
            ('REFERENCIA', ': Informe N° 0017-2020-CE-UPD-GAD-CSJLN/PJ')],
           logo=(logo_png('pj', 'PJ', 'shield', (110, 20, 20)), 1.8))
    body(R, ['Tengo el agrado de dirigirme a ustedes para hacerles llegar la información estadística elaborada por la Coordinación de Estadística de esta Corte Superior sobre los expedientes por el delito de trata de personas y sus formas agravadas tramitados durante el año 2019:'])
    rows = []
    for org, ing, res, cond, absu in [('Juzgados de Investigación Preparatoria', 64, 41, '-', '-'), ('Juzgados Penales Unipersonales', 23, 15, 9, 6),
                                      ('Juzgados Penales Colegiados', 31, 19, 14, 5), ('Sala Penal de Apelaciones', 12, 10, 7, 3)]:
        rows.append([org, C(str(ing), ing, 'expediente', y=2019), C(str(res), res, 'expediente', y=2019),
                     C(str(cond), cond, 'sentencia', y=2019) if cond != '-' else '-', C(str(absu), absu, 'sentencia', y=2019) if absu != '-' else '-'])
    rows.append(['TOTAL', C('130', 130, 'expediente', y=2019), C('85', 85, 'expediente', y=2019), C('30', 30, 'sentencia', y=2019), C('14', 14, 'sentencia', y=2019)])
    R.table([['Órgano jurisdiccional', 'Expedientes ingresados', 'Expedientes resueltos', 'Sentencias condenatorias', 'Sentencias absolutorias']], rows,
            widths=(6, 2.6, 2.6, 2.8, 2.8), bold_rows=(4,), caption='Expedientes por trata de personas, CSJ Lima Norte, enero - diciembre 2019')
    body(R, ['Las sentencias condenatorias representan el ' + P('68.2 %', 68.2, y=2019) + ' del total de sentencias emitidas en el periodo. La carga procesal pendiente al cierre del año ascendió a ' + C('45 expedientes', 45, 'expediente', y=2019) + '.',
             'Sin otro particular, hago propicia la ocasión para expresarles las muestras de mi consideración.'])
    R.sign('Dr. CARLOS ALBERTO CALDERÓN PUERTAS', 'Presidente de la Corte Superior de Justicia de Lima Norte')
    R.save()


def h807():
    R = new('h807', 'answered', None, ['governance', 'protection'], ('2017-01-01', '2017-12-31'),
            S('Defensoría del Pueblo', None, 'autonomous'),
            'Oficio N° 0095-2018-DP/ADHPD', [], '2018-03-02',
            'oficio, mixes 2017 (requested) with 2015-2016 comparison; percents and counts in text; unruled two-column list',
            notes='Mixes in-period (2017) and out-of-period (2015, 2016) information: answered.')
    letter(R, ['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos Humanos y las Personas con Discapacidad'], 2018,
           'Miraflores, 2 de marzo de 2018', 'Oficio N° 0095-2018-DP/ADHPD',
           ['Señora', 'Directora del Observatorio Ciudadano contra la Trata de Personas', 'Ciudad.-'],
           [('Asunto', ': Información sobre la supervisión defensorial en materia de trata de personas'),
            ('Referencia', ': Su solicitud de fecha 12 de febrero de 2018, sobre el año 2017')],
           logo=(logo_png('dp', 'DP', 'circle', (20, 40, 130)), 1.8))
    body(R, ['Me dirijo a usted con relación al documento de la referencia, para informarle sobre las acciones de supervisión realizadas por la Defensoría del Pueblo en el año 2017 respecto a la política contra la trata de personas.',
             'En 2017 nuestras Oficinas Defensoriales supervisaron ' + C('25 gobiernos regionales', 25, 'gobierno regional', y=2017) + ' para verificar la implementación del PNAT 2017-2021; se constató que solo ' + C('11', 11, 'gobierno regional', y=2017) +
             ' contaban con una instancia regional de concertación activa y que el ' + P('44%', 44.0, y=2017) + ' de ellos había asignado presupuesto específico a la materia.',
             'Asimismo, se supervisaron ' + C('9 Centros de Atención Residencial', 9, 'centro de atención residencial', y=2017) + ' que acogen a víctimas menores de edad; en ' + C('cuatro', 4, 'centro', y=2017) + ' de ellos no se contaba con plan de trabajo individual para cada residente.',
             'A modo de referencia, en 2015 se supervisaron ' + C('14 gobiernos regionales', 14, 'gobierno regional', y=2015) + ' y en 2016 ' + C('19', 19, 'gobierno regional', y=2016) + ', por lo que la cobertura de 2017 es la más amplia desde que se inició la supervisión.',
             'Los resultados detallados forman parte del Informe de Adjuntía correspondiente, que será publicado en nuestro portal institucional.',
             'Atentamente,'])
    R.sign('PERCY CASTILLO TORRES', 'Adjunto para los Derechos Humanos y las Personas con Discapacidad')
    R.save()


def h808():
    R = new('h808', 'answered', None, ['prosecution', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000219-2019-SUNAFIL/INII', ['Memorándum N° 0301-2019-SUNAFIL/INII/SIIT'], '2019-04-03',
            'oficio, ruled table with unit (S/) in column header, fines and counts, percent in text')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], 2019,
           'Lima, 03 de abril de 2019', 'OFICIO N° 000219-2019-SUNAFIL/INII',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('Asunto', ': Acceso a la información pública – órdenes de inspección sobre trabajo forzoso y trata con fines de explotación laboral, 2018'),
            ('Referencia', ': Memorándum N° 0301-2019-SUNAFIL/INII/SIIT')],
           logo=(logo_png('sunafil', 'SUNAFIL', 'square', (0, 80, 150)), 2.4))
    body(R, ['Me dirijo a ustedes para atender su pedido de información, según lo reportado por el Grupo Especializado de Inspectores de Trabajo Forzoso e Infantil, respecto del año 2018:'])
    rows = []
    for reg, oi, inf, mul in [('Lima Metropolitana', 48, 17, 386410.50), ('Cusco', 21, 8, 97300.00), ('Madre de Dios', 33, 14, 512880.00), ('Piura', 12, 3, 41500.00)]:
        rows.append([reg, C(str(oi), oi, 'orden de inspección', y=2018), C(str(inf), inf, 'infracción', y=2018), M('{:,.2f}'.format(mul), mul, y=2018)])
    rows.append(['Total', C('114', 114, 'orden de inspección', y=2018), C('42', 42, 'infracción', y=2018), M('1,038,090.50', 1038090.50, y=2018)])
    R.table([['Intendencia Regional', 'Órdenes de inspección', 'Infracciones detectadas', 'Multas propuestas (S/)']], rows, widths=(5.2, 3.2, 3.2, 3.8), bold_rows=(4,))
    body(R, ['En ' + C('7 de las órdenes', 7, 'orden de inspección', y=2018) + ' se identificaron indicios del delito de trata de personas, que fueron puestos en conocimiento del Ministerio Público. El ' + P('36.8 %', 36.8, y=2018) + ' de las órdenes concluyó con acta de infracción.',
             'Adicionalmente, se realizaron ' + C('15 charlas informativas', 15, 'charla', y=2018) + ' a empleadores sobre trabajo forzoso.',
             'Atentamente,'])
    R.sign('LUIS ALBERTO VILLENA GUTIÉRREZ', 'Intendente Nacional de Inteligencia Inspectiva')
    R.save()


def h809():
    R = new('h809', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000087-2020-SM-MIGRACIONES', [], '2020-01-30',
            'oficio, borderless table by nationality (no ruling), counts only')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Gerencia de Servicios Migratorios'], 2020,
           'Breña, 30 de enero de 2020', 'OFICIO N° 000087-2020-SM-MIGRACIONES',
           ['Señora', 'Coordinadora General', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente'],
           [('ASUNTO', ': Calidades migratorias otorgadas a víctimas de trata de personas en el año 2019')],
           logo=(logo_png('migra', 'MIG', 'circle', (0, 90, 140)), 1.7))
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud, para informar que durante el año 2019 se otorgó la calidad migratoria humanitaria o temporal a personas extranjeras reconocidas como víctimas de trata de personas, conforme al siguiente detalle:'])
    rows = []
    for nat, a, b in [('Venezuela', 38, 6), ('Colombia', 11, 2), ('Ecuador', 4, 1), ('Bolivia', 3, 0), ('República Dominicana', 2, 0)]:
        rows.append([nat, C(str(a), a, 'víctima', y=2019), C(str(b), b, 'víctima', y=2019)])
    rows.append(['Total', C('58', 58, 'víctima', y=2019), C('9', 9, 'víctima', y=2019)])
    R.table([['Nacionalidad', 'Calidad migratoria humanitaria', 'Calidad temporal']], rows, widths=(5, 4, 4), ruled='none', bold_rows=(5,), head_shade=None, num_align='c')
    body(R, ['Asimismo, se exoneró del pago de tasas y multas a ' + C('49 de ellas', 49, 'víctima', y=2019) + ', en aplicación del Reglamento del Decreto Legislativo N° 1350.',
             'Atentamente,'])
    R.sign('ANA LUCÍA PAREDES ROJAS', 'Gerente de Servicios Migratorios')
    R.save()


def h810():
    R = new('h810', 'answered', None, ['governance', 'prevention'], ('2017-01-01', '2018-12-31'),
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'OFICIO N° 00318-2019-VRIP/UNMSM', [], '2019-06-17',
            'oficio, money written in words with figures in brackets, bulleted list')
    letter(R, ['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Universidad del Perú, DECANA DE AMÉRICA', 'Vicerrectorado de Investigación y Posgrado'], 2019,
           'Lima, 17 de junio de 2019', 'OFICIO N° 00318-2019-VRIP/UNMSM',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Investigaciones y actividades académicas sobre trata de personas, 2017-2018')],
           logo=(logo_png('unmsm', 'UNMSM', 'shield', (120, 30, 30)), 1.8))
    body(R, ['Me dirijo a ustedes para informarles que, durante los años 2017 y 2018, el Vicerrectorado de Investigación y Posgrado financió los siguientes proyectos y actividades relacionados con la trata de personas:'])
    R.bullets(['Proyecto "Rutas de captación de adolescentes en la Amazonía sur", Facultad de Ciencias Sociales (2017), con un financiamiento de ' + M('treinta y cinco mil y 00/100 soles (S/ 35 000,00)', 35000.00, y=2017, r='a') + '.',
               'Proyecto "Explotación laboral en la minería informal de Madre de Dios", Facultad de Derecho y Ciencia Política (2018), con ' + M('S/ 42 500,00', 42500.00, y=2018, r='a') + ' asignados.',
               'Seminario internacional "Trata de personas y derechos humanos" (noviembre de 2018), con la participación de ' + C('310 asistentes', 310, 'asistente', y=2018) + '.'])
    body(R, ['Ambos proyectos concluyeron con informes finales que se encuentran disponibles en el repositorio institucional de la Universidad.', 'Atentamente,'])
    R.sign('Dr. FÉLIX ALBERTO CHÁVEZ LEÓN', 'Vicerrector de Investigación y Posgrado')
    R.save()


def h811():
    R = new('h811', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            None, [], '2019-11-20',
            'printed e-mail (header block From/To/Subject), figures in running text, no own reference number', font='Calibri', size=10.5)
    R.p('Gmail - RE: Solicitud de información - acciones contra la trata 2019', size=8, color=(90, 90, 90), after=10)
    R.p('RE: Solicitud de información - acciones contra la trata 2019', bold=True, size=14, after=6)
    kv(R, [('De:', 'Subgerencia de Participación Vecinal y Programas Sociales <sgpv@munisjl.gob.pe>'), ('Para:', 'observatorio.trata@gmail.com'),
           ('Fecha:', 'miércoles, 20 de noviembre de 2019, 16:42'), ('Asunto:', 'RE: Solicitud de información - acciones contra la trata 2019')], tab=2.2, w2=14, size=9.5)
    body(R, ['Estimados señores del Observatorio:',
             'En atención a su solicitud de acceso a la información pública sobre las actividades realizadas por la Municipalidad Distrital de San Juan de Lurigancho durante el año 2019 en materia de trata de personas, les informamos lo siguiente:',
             '- Entre marzo y octubre se realizaron ' + C('14 charlas (catorce)', 14, 'charla', y=2019) + ' en instituciones educativas del distrito, en coordinación con la UGEL 05; asistieron ' + C('1,846 escolares', 1846, 'escolar', y=2019) + ' en total.',
             '- El 23 de septiembre, Día Internacional contra la Explotación Sexual y el Tráfico de Mujeres, Niñas y Niños, se desarrolló una feria informativa en la Plaza de Armas de Zárate con ' + C('12 módulos', 12, 'módulo', y=2019) + ' de instituciones públicas.',
             '- Se distribuyeron ' + C('5 000 volantes', 5000, 'volante', y=2019) + ' con información de la Línea 1818.',
             'El gasto en materiales ascendió a ' + M('S/ 7,350', 7350.0, y=2019, r='e') + '.',
             'Saludos cordiales,', 'Subgerencia de Participación Vecinal y Programas Sociales', 'Municipalidad Distrital de San Juan de Lurigancho'], align='l')
    R.footer('https://mail.google.com/mail/u/0/?ik=a81f3c&view=pt&search=all          1/1')
    R.save()


def h812():
    R = new('h812', 'answered', None, ['prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'MEMORANDO N° 000874-2019/IN/DGSD', [], '2019-03-28',
            'memorando, monthly table of hotline calls, unit (S/) in column header, percent column')
    memo_head(R, 'MEMORANDO N° 000874-2019/IN/DGSD',
              [('A', ': Oficina de Transparencia y Acceso a la Información Pública'), ('DE', ': Dirección General de Seguridad Democrática'),
               ('ASUNTO', ': Información sobre la Línea 1818 y acciones de prevención - año 2018'), ('FECHA', ': Lima, 28 de marzo de 2019')],
              ['MINISTERIO DEL INTERIOR', 'Viceministerio de Seguridad Pública', 'Dirección General de Seguridad Democrática'], year=2019,
              logo=(logo_png('mininter', 'MININTER', 'square', (160, 20, 20)), 2.4))
    body(R, ['Me dirijo a usted, a fin de remitir la información requerida por el Observatorio Ciudadano respecto a la Línea gratuita 1818 opción 1 y las acciones de prevención durante el año 2018.'])
    rows = []
    q = [('Enero - marzo', 1204, 61), ('Abril - junio', 1387, 78), ('Julio - setiembre', 1519, 92), ('Octubre - diciembre', 1466, 85)]
    for tri, llam, den in q:
        rows.append([tri, C('{:,}'.format(llam), llam, 'llamada', y=2018), C(str(den), den, 'denuncia', y=2018), P('%.1f' % (den / llam * 100), round(den / llam * 100, 1), y=2018)])
    rows.append(['Total 2018', C('5,576', 5576, 'llamada', y=2018), C('316', 316, 'denuncia', y=2018), P('5.7', 5.7, y=2018)])
    R.table([['Trimestre', 'Llamadas atendidas', 'Casos derivados a la PNP como denuncia', '% de casos derivados']], rows, widths=(4, 3.2, 4.8, 3), bold_rows=(4,))
    body(R, ['Para la operación de la central telefónica se contó con un presupuesto (PIM) de ' + M('S/ 1 284 000', 1284000.0, y=2018, r='a') + ', del cual se devengó ' + M('S/ 1 251 733', 1251733.0, y=2018, r='e') + '.',
             'Asimismo, en el marco de la Comisión Multisectorial Permanente se aprobaron ' + C('3 protocolos', 3, 'protocolo', y=2018) + ' intersectoriales y se capacitó a ' + C('212 operadores', 212, 'operador', y=2018) + ' de gobiernos regionales en el uso del sistema RETA.',
             'Atentamente,'])
    R.sign('JUAN CARLOS LIZA MORENO', 'Director General de Seguridad Democrática')
    R.save()
