"""blind-v6 letters f601-f610 (answered). Written for this set."""
from common import *


def f601():
    R = new('f601', 'answered', None, ['protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 0318-2021-MIMP/DGCVG', ['Solicitud de Acceso a la Información Pública N° 2021-0412'], '2021-03-15',
            'oficio, ruled table of cases by year with wrapped headers, noun in column header')
    top(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General contra la Violencia de Género'], 2021,
        'San Isidro, 15 de marzo de 2021', 'OFICIO N° 0318-2021-MIMP/DGCVG')
    to(R, ['Señora', 'ROSARIO QUISPE HUAMANÍ', 'Av. Brasil 1540, Jesús María', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Atención a solicitud de acceso a la información pública'),
           ('REFERENCIA:', 'Solicitud de Acceso a la Información Pública N° 2021-0412')])
    R.p('Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita '
        'información sobre las víctimas de trata de personas atendidas por los servicios de esta Dirección General '
        'durante los años 2019 y 2020.', align='j')
    R.p('Al respecto, le remito el consolidado elaborado con los registros administrativos de los Centros Emergencia Mujer:', align='j')
    rows = []
    data = [('Casos atendidos por trata de personas', 187, 142), ('Víctimas mujeres', 161, 120),
            ('Víctimas menores de 18 años', 74, 59), ('Derivadas a hogar de refugio', 38, 27)]
    whats = ['caso', 'víctima', 'víctima', 'víctima']
    for (lab, a, b), w in zip(data, whats):
        rows.append([lab, C(str(a), a, w, y=2019), C(str(b), b, w, y=2020)])
    R.table([['Indicador', 'Número de\npersonas o casos\n2019', 'Número de\npersonas o casos\n2020']], rows,
            widths=(7.5, 3.5, 3.5), caption='Cuadro 1. Atenciones por trata de personas en los CEM, 2019-2020')
    R.p('Asimismo, se precisa que en el año 2020 el ' + P('23,9 %', 23.9, y=2020) + ' de los casos fue atendido mediante la '
        'modalidad de atención remota, debido al estado de emergencia sanitaria.', align='j')
    R.p('Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi consideración.', align='j')
    R.sign('MARÍA ELENA SALCEDO RÍOS', 'Directora General', 'Dirección General contra la Violencia de Género')


def f602():
    R = new('f602', 'answered', None, ['governance', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 145-2021-GRL-GGR', ['INFORME N° 032-2021-GRL-GRDS/SGPS'], '2021-02-08',
            'oficio + informe; budget table PIM/devengado/% avance, unit only in caption (en soles)')
    top(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia General Regional'], 2021,
        'Iquitos, 08 de febrero de 2021', 'OFICIO N° 145-2021-GRL-GGR')
    to(R, ['Señor', 'JULIO CÉSAR PANDURO VELA', 'Ciudad.-'])
    R.p('De mi consideración:', after=4)
    R.p('Me dirijo a usted para remitirle el INFORME N° 032-2021-GRL-GRDS/SGPS, emitido por la Sub Gerencia de Programas '
        'Sociales, que contiene la información sobre las acciones ejecutadas contra la trata de personas en los ejercicios '
        '2019 y 2020, conforme a lo solicitado.', align='j')
    R.sign('ING. CARLOS ALBERTO RUIZ PINEDO', 'Gerente General Regional', 'Gobierno Regional de Loreto')
    R.pagebreak()
    R.p('INFORME N° 032-2021-GRL-GRDS/SGPS', bold=True, align='c')
    kv(R, [('A:', 'Gerencia General Regional'), ('DE:', 'Sub Gerencia de Programas Sociales'),
           ('ASUNTO:', 'Acciones contra la trata de personas 2019-2020'), ('FECHA:', 'Iquitos, 04 de febrero de 2021')])
    R.p('1. La Mesa Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Loreto sesionó '
        + C('nueve (9)', 9, 'sesión', y=2019) + ' veces en 2019 y ' + C('cinco (5)', 5, 'sesión', y=2020) + ' veces en 2020.', align='j')
    R.p('2. Para el financiamiento de las actividades del plan regional se contó con los recursos siguientes:', align='j')
    rows = []
    for lab, yr, pim, dev, pct in [('Campañas de sensibilización en comunidades ribereñas', 2019, '86,400.00', '79,212.50', '91.68'),
                                   ('Fortalecimiento de la Mesa Regional', 2019, '24,000.00', '18,950.00', '78.96'),
                                   ('Campañas de sensibilización en comunidades ribereñas', 2020, '62,000.00', '31,480.00', '50.77'),
                                   ('Fortalecimiento de la Mesa Regional', 2020, '18,500.00', '17,220.40', '93.08')]:
        rows.append([str(yr), lab, M(pim, float(pim.replace(',', '')), y=yr, r='a', row=lab, col='PIM'),
                     M(dev, float(dev.replace(',', '')), y=yr, r='e', row=lab, col='Devengado'),
                     P(pct, float(pct), y=yr, u='column', row=lab, col='% Avance')])
    R.table([['Año', 'Actividad', 'PIM', 'Devengado', '% Avance']], rows, widths=(1.5, 7.0, 2.6, 2.6, 2.0), unit='caption',
            caption='Cuadro N° 01: Presupuesto de actividades contra la trata de personas (en soles)', row_label_col=1)
    R.p('3. Se recomienda remitir el presente informe al solicitante.', align='j')
    R.sign('LIC. ROSA ELVIRA TAFUR GARCÍA', 'Sub Gerente de Programas Sociales', before=16)


def f603():
    R = new('f603', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000877-2019-MP-FN-GG-OFPLAN', ['Carta N° 12-2019-JPH'], '2019-04-10',
            'oficio with a ruled table by fiscal district, totals row, counts')
    top(R, ['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Gerencia General - Oficina de Planificación'], 2019,
        'Lima, 10 de abril de 2019', 'OFICIO N° 000877-2019-MP-FN-GG-OFPLAN')
    to(R, ['Señor', 'JORGE PAREDES HUERTA', 'Presente.-'])
    kv(R, [('Referencia:', 'Carta N° 12-2019-JPH')])
    R.p('Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, por el cual requiere el número de '
        'denuncias por el delito de trata de personas registradas en el año 2018 en los distritos fiscales del sur del país. '
        'Se alcanza la información extraída del Sistema de Gestión Fiscal:', align='j')
    rows = []
    tot = [0, 0]
    for d, a, b in [('Arequipa', 96, 31), ('Cusco', 143, 52), ('Madre de Dios', 118, 47), ('Puno', 87, 22), ('Tacna', 64, 18)]:
        rows.append([d, C(str(a), a, 'denuncia', y=2018), C(str(b), b, 'imputado', y=2018)])
        tot[0] += a; tot[1] += b
    rows.append(['Total', C(str(tot[0]), tot[0], 'denuncia', y=2018), C(str(tot[1]), tot[1], 'imputado', y=2018)])
    R.table([['Distrito Fiscal', 'Denuncias\nregistradas', 'Imputados con\nacusación']], rows, widths=(5, 3.5, 3.5),
            bold_rows=(5,), caption='Denuncias por trata de personas - año 2018')
    R.p('Atentamente,')
    R.sign('ABOG. PATRICIA LUNA CÁRDENAS', 'Jefa de la Oficina de Planificación')


def f604():
    R = new('f604', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'CARTA N° 056-2020-GDHS/MPC', ['Expediente N° 2020-001187'], '2020-01-28',
            'short carta, substantive null, no figures', notes='Substantive null: no prevention actions carried out in 2019.')
    top(R, ['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Desarrollo Humano y Social'], 2020,
        'Cusco, 28 de enero de 2020', 'CARTA N° 056-2020-GDHS/MPC')
    to(R, ['Señorita', 'ANA LUCÍA CCAHUANA MAMANI', 'Urb. Magisterio G-4, Cusco'])
    R.p('Por medio de la presente, en atención al Expediente N° 2020-001187, sobre las actividades de prevención de la trata '
        'de personas realizadas por esta comuna en el año 2019, cumplo con informarle que durante dicho año esta Gerencia no '
        'realizó campañas, talleres ni otras acciones de prevención en esa materia, al no haberse programado meta '
        'presupuestal para ello.', align='j')
    R.p('Se viene coordinando con la Gerencia Regional de Trabajo para incorporar dichas acciones en el plan operativo.', align='j')
    R.p('Atentamente,')
    R.sign('LIC. WILBER HUAMÁN CONDORI', 'Gerente de Desarrollo Humano y Social')


def f605():
    R = new('f605', 'answered', None, ['prosecution', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Policía Nacional del Perú - Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes', 'DIRCTPTIM', 'police'),
            'OFICIO N° 214-2021-DIRNIC PNP/DIRCTPTIM-SEC', ['Hoja de Trámite N° 35-2021'], '2021-01-22',
            'police oficio, numbered paragraphs, counts in prose including word+digit form')
    top(R, ['POLICÍA NACIONAL DEL PERÚ', 'Dirección Nacional de Investigación Criminal',
            'Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes'], 2021,
        'Lima, 22 de enero de 2021', 'OFICIO N° 214-2021-DIRNIC PNP/DIRCTPTIM-SEC')
    kv(R, [('Señor:', 'Coordinador del Observatorio Ciudadano "Libres"'),
           ('Asunto:', 'Remite información estadística del año 2020'),
           ('Ref.:', 'Hoja de Trámite N° 35-2021')])
    R.p('Tengo el honor de dirigirme a usted, para hacer de su conocimiento lo siguiente:', align='j')
    R.p('a. Durante el año 2020 esta Dirección ejecutó ' + C('doce (12)', 12, 'operativo', y=2020) + ' operativos contra la trata '
        'de personas en Lima Metropolitana y el Callao, en los cuales se rescató a ' + C('64', 64, 'víctima', y=2020) +
        ' presuntas víctimas, de las cuales ' + C('41', 41, 'víctima', y=2020) + ' eran mujeres mayores de edad.', align='j')
    R.p('b. Como resultado de dichas intervenciones se detuvo a ' + C('23', 23, 'persona', y=2020) + ' personas, puestas a '
        'disposición de la Fiscalía Especializada en Delitos de Trata de Personas.', align='j')
    R.p('c. Las víctimas menores de edad fueron derivadas a la Unidad de Protección Especial (UPE) del MIMP.', align='j')
    R.p('Es propicia la ocasión para expresarle los sentimientos de mi especial consideración y estima personal.', align='j')
    R.p('Dios guarde a usted.', align='c')
    R.sign('O-221345', 'CORONEL PNP LUIS ALBERTO MEDINA SOTO', 'Jefe de la DIRCTPTIM PNP')


def f606():
    R = new('f606', 'answered', None, ['prosecution'], ('2017-01-01', '2018-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 0392-2019-P-CSJPU/PJ', [], '2019-03-05',
            'oficio, table with three years (2016 out of period, 2017-2018 requested); mixed periods',
            notes='Mixes 2016 (not requested) with the requested 2017-2018: answered.')
    top(R, ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Presidencia'], 2019,
        'Puno, 05 de marzo de 2019', 'OFICIO N° 0392-2019-P-CSJPU/PJ')
    to(R, ['Señor', 'ALBERTO MAMANI CHOQUE', 'Jr. Lima 455, Puno'])
    R.p('Me dirijo a usted, en atención a su solicitud de información sobre procesos por el delito de trata de personas '
        'tramitados en este Distrito Judicial entre enero de 2017 y diciembre de 2018. Para fines comparativos se incluye '
        'también el año 2016.', align='j')
    rows = []
    for lab, w, vals in [('Procesos ingresados', 'proceso', (28, 35, 41)), ('Sentencias condenatorias', 'sentencia', (6, 9, 13)),
                         ('Sentencias absolutorias', 'sentencia', (3, 4, 2))]:
        rows.append([lab] + [C(str(v), v, w, y=yr) for v, yr in zip(vals, (2016, 2017, 2018))])
    R.table([['Concepto', '2016', '2017', '2018']], rows, widths=(6, 2.5, 2.5, 2.5), ruled='hlines', unit='column',
            caption='Procesos por trata de personas (art. 153 del Código Penal)')
    R.p('Los datos provienen del Sistema Integrado Judicial y tienen carácter referencial.', align='j')
    R.sign('DR. EDGAR QUISPE ARIAS', 'Presidente de la Corte Superior de Justicia de Puno')


def f607():
    R = new('f607', 'answered', None, ['prosecution', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 0523-2020-SUNAFIL/INII', ['Memorando N° 110-2020-SUNAFIL/INII'], '2020-02-19',
            'oficio, bulleted results, percents and counts; scan turned 90°')
    top(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL - SUNAFIL', 'Intendencia Nacional de Inteligencia Inspectiva'], 2020,
        'Lima, 19 de febrero de 2020', 'OFICIO N° 0523-2020-SUNAFIL/INII')
    to(R, ['Señora', 'CARMEN VILCHEZ ORTIZ', 'Presente.-'])
    R.p('En atención a su pedido sobre las actuaciones inspectivas vinculadas al trabajo forzoso y la trata de personas con fines '
        'de explotación laboral durante el año 2019, y conforme al Memorando N° 110-2020-SUNAFIL/INII, informo:', align='j')
    R.bullets(['Se realizaron ' + C('318', 318, 'inspección', y=2019) + ' órdenes de inspección en materia de trabajo forzoso.',
               'En el ' + P('14.5%', 14.5, y=2019) + ' de las órdenes se constató infracción y se propuso multa.',
               'Se derivó a la Policía Nacional y al Ministerio Público ' + C('27', 27, 'caso', y=2019) + ' casos con indicios de trata.',
               'Se capacitó a ' + C('412', 412, 'empleador', y=2019) + ' empleadores en talleres preventivos.'])
    R.p('Atentamente,')
    R.sign('ABOG. MIGUEL ÁNGEL TORRES LEÓN', 'Intendente Nacional de Inteligencia Inspectiva')


def f608():
    R = new('f608', 'answered', None, ['governance'], ('2018-01-01', '2018-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 001204-2019/IN/DGSD', ['INFORME N° 000045-2019/IN/DGSD/DFMPD'], '2019-05-14',
            'oficio, money in words and in millones in prose')
    top(R, ['MINISTERIO DEL INTERIOR', 'Dirección General de Seguridad Democrática'], 2019,
        'Lima, 14 de mayo de 2019', 'OFICIO N° 001204-2019/IN/DGSD')
    to(R, ['Señor', 'RAÚL ESPINOZA DELGADO', 'Calle Los Pinos 230, Miraflores'])
    R.p('Me dirijo a usted en relación con su solicitud de información sobre los recursos destinados en 2018 a la '
        'implementación del Plan Nacional de Acción contra la Trata de Personas.', align='j')
    R.p('Según el INFORME N° 000045-2019/IN/DGSD/DFMPD, el presupuesto asignado en 2018 a la Secretaría Técnica de la '
        'Comisión Multisectorial Permanente ascendió a '
        + M('tres millones cuatrocientos mil y 00/100 soles', 3400000.0, y=2018, r='a') + ', de los cuales se ejecutó '
        + M('S/ 2.9 millones', 2900000.0, y=2018, r='e') + ', lo que equivale al ' + P('85,3%', 85.3, y=2018) + ' del total.', align='j')
    R.p('Dichos recursos se destinaron al funcionamiento del Sistema de Registro y Estadística del delito de Trata de Personas '
        '(RETA) y a las sesiones de la Comisión.', align='j')
    R.sign('DR. FERNANDO ALVA GUTIÉRREZ', 'Director General de Seguridad Democrática')


def f609():
    R = new('f609', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de San Martín', 'GORESAM', 'regional_government'),
            None, ['Solicitud N° 0087-2021'], '2021-01-29',
            'e-mail printed to PDF (header block, quoted request), counts in prose, no reference line')
    R.p('Outlook — Bandeja de entrada', size=8, color=(90, 90, 90), after=0)
    R.p('De: Transparencia GORESAM <transparencia@regionsanmartin.gob.pe>\nEnviado: viernes, 29 de enero de 2021 16:42\n'
        'Para: mgonzales.investiga@gmail.com\nAsunto: RE: Solicitud N° 0087-2021 - trata de personas 2020', size=9, after=8)
    R.p('Estimada señora Gonzales:', after=4)
    R.p('Por encargo de la Gerencia Regional de Desarrollo Social, le informamos que en el año 2020 la Red Regional contra la '
        'Trata de Personas de San Martín realizó ' + C('6', 6, 'sesión', y=2020) + ' sesiones ordinarias (virtuales) y aprobó su plan de trabajo.', align='j')
    R.p('En materia de prevención, se difundieron ' + C('15', 15, 'spot', y=2020) + ' spots radiales en quechua y castellano, '
        'y se capacitó a ' + C('230', 230, 'docente', y=2020) + ' docentes de instituciones educativas de Moyobamba y Tarapoto.', align='j')
    R.p('Saludos cordiales,\nOficina de Transparencia y Acceso a la Información\nGobierno Regional de San Martín', size=10)
    R.p('-----Mensaje original-----\nDe: Milagros Gonzales\nAsunto: Solicitud N° 0087-2021 - trata de personas 2020\n'
        'Solicito información sobre las acciones de la Red Regional contra la Trata de Personas en el año 2020.', size=8, italic=True)


def f610():
    R = new('f610', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00421-2020-MINEDU/VMGP-DIGEBR', [], '2020-03-02',
            'oficio, borderless list table of regions, counts; unit in caption')
    top(R, ['MINISTERIO DE EDUCACIÓN', 'Dirección General de Educación Básica Regular'], 2020,
        'Lima, 02 de marzo de 2020', 'OFICIO N° 00421-2020-MINEDU/VMGP-DIGEBR')
    to(R, ['Señor', 'DIEGO ALONSO PRADO LUNA', 'Presente.-'])
    R.p('Me dirijo a usted para atender su solicitud sobre las acciones educativas de prevención de la trata de personas '
        'desarrolladas en 2019. Se realizaron talleres con estudiantes de secundaria en las regiones priorizadas:', align='j')
    rows = []
    for reg, n in [('Cusco', 48), ('Madre de Dios', 35), ('Loreto', 52), ('Puno', 29)]:
        rows.append([reg, C(str(n), n, 'taller', y=2019)])
    R.table([['Región', 'Cantidad']], rows, widths=(5, 3), ruled='none', unit='caption', align='l',
            caption='Talleres de prevención realizados en 2019 (número de talleres)')
    R.p('En total participaron ' + C('6 840', 6840, 'estudiante', y=2019) + ' estudiantes.', align='j')
    R.sign('MG. LUCÍA FERNÁNDEZ CÁCERES', 'Directora General de Educación Básica Regular')
