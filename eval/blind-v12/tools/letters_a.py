"""blind-v12 letters n001-n015 (answered). Written from scratch for this set; officials, numbers and events invented."""
from common import *
from lib import logo_png


def n001():
    R = new('n001', 'answered', None, ['protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000187-2021-MIMP-DGNNA', ['Informe N° D000045-2021-MIMP-DPE-LMB', 'Memorando N° D000210-2021-MIMP-DGNNA'],
            '2021-03-18', 'oficio, ruled table by UPE with year merged over two count columns, total row', font='Calibri')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Viceministerio de Poblaciones Vulnerables',
               'Dirección General de Niñas, Niños y Adolescentes'], 2021, 'San Isidro, 18 de marzo de 2021',
           'OFICIO N° D000187-2021-MIMP-DGNNA',
           ['Señora', 'Rocío Amparo Villanueva Cotrina', 'Jirón Huiracocha 1845, Jesús María', 'Presente.-'],
           [('Asunto', ': Atención a solicitud de acceso a la información pública'),
            ('Referencia', ': Solicitud con registro N° 2021-0004417 (02.03.2021)')], logo=(logo_png('mimp12', 'MIMP', 'square', (150, 20, 60)), 1.6))
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las '
             'niñas, niños y adolescentes presuntas víctimas de trata de personas atendidos por las Unidades de Protección '
             'Especial (UPE) **durante los años 2019 y 2020**.',
             'Al respecto, remito el Informe N° D000045-2021-MIMP-DPE-LMB, trasladado con Memorando N° D000210-2021-MIMP-DGNNA, '
             'cuyo resumen se presenta a continuación:'])
    ctab(R, [['Unidad de Protección Especial', '2019', '', '2020', ''],
             ['', 'Casos atendidos', 'Medidas de protección dictadas', 'Casos atendidos', 'Medidas de protección dictadas']],
         [('UPE Lima Metropolitana', [41, 33, 29, 25]), ('UPE Cusco', [18, 15, 12, 12]), ('UPE Madre de Dios', [27, 22, 19, 17]),
          ('UPE Loreto', [23, 20, 16, 14]), ('UPE Puno', [14, 11, 9, 9]), ('UPE Tumbes', [8, 8, 6, 5]),
          ('UPE Arequipa', [11, 9, 10, 8]), ('UPE Ucayali', [6, 6, 7, 7])],
         ['caso', 'medida de protección', 'caso', 'medida de protección'], year=[2019, 2019, 2020, 2020],
         total='Total', widths=(5.2, 2.6, 3.0, 2.6, 3.0), merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)),
         colnames=[None, 'Casos atendidos', 'Medidas de protección dictadas', 'Casos atendidos', 'Medidas de protección dictadas'],
         head_shade='F4CCCC', note='Fuente: Sistema de Información de las UPE. Elaboración: DPE.')
    body(R, ['Asimismo, el informe precisa que en el 2020, como consecuencia de las medidas dictadas, se dispuso el acogimiento '
             'residencial de %s adolescentes en Centros de Acogida Residencial especializados, y se reintegró a su familia '
             'de origen o extensa a %s menores de edad.' % (Cn(37, 'adolescente', y=2020), Cn(52, 'menor de edad', y=2020)),
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('Lucía Esther Paredes Huamaní', 'Directora General', 'Dirección General de Niñas, Niños y Adolescentes')


def n002():
    R = new('n002', 'answered', None, ['governance'], ('2019-01-01', '2020-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000356-2021/IN/VOI/DGSD', ['Informe N° 000019-2021/IN/VOI/DGSD/DATPTIM'], '2021-02-10',
            'oficio, budget roles in running sentences (PIA, PIM, certificado, comprometido, devengado, girado), no table')
    letter(R, ['MINISTERIO DEL INTERIOR', 'Viceministerio de Orden Interno', 'Dirección General de Seguridad Democrática'],
           2021, 'Lima, 10 de febrero de 2021', 'OFICIO N° 000356-2021/IN/VOI/DGSD',
           ['Señor', 'Hernán Ulises Quispe Llerena', 'Correo: hquispe.investiga@gmail.com', 'Presente.-'],
           [('ASUNTO', ': Presupuesto de la Secretaría Técnica de la Comisión Multisectoral Permanente contra la Trata de Personas'),
            ('REF.', ': Expediente N° 21-0006012 de fecha 27.01.2021')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita información '
             'del presupuesto destinado a la implementación de la Política Nacional frente a la Trata de Personas y sus Formas de '
             'Explotación, correspondiente a los ejercicios fiscales 2019 y 2020.',
             'Sobre el particular, la Dirección de Atención a Víctimas de Trata de Personas y Tráfico Ilícito de Migrantes, mediante '
             'Informe N° 000019-2021/IN/VOI/DGSD/DATPTIM, ha señalado lo siguiente:'])
    body(R, ['a) Ejercicio 2019: la actividad operativa "Fortalecimiento de la articulación intersectorial contra la trata de personas" '
             'tuvo un Presupuesto Institucional de Apertura de %s; con las modificaciones presupuestarias del año, el PIM llegó a %s. '
             'De dicho marco se certificaron %s y se comprometieron %s, habiéndose devengado al cierre del ejercicio %s, '
             'esto es, el %s del PIM.' % (Mf(1450000, 'sp', pre='S/ ', y=2019, r='a'), Mf(1712340, 'sp', pre='S/ ', y=2019, r='a'),
                                          Mf(1698002.15, 'sp', pre='S/ ', y=2019, r='c'), Mf(1690110.40, 'sp', pre='S/ ', y=2019, r='c'),
                                          Mf(1655874.93, 'sp', pre='S/ ', y=2019, r='e'), Pf(96.7, 1, 'sp', suf=' %', y=2019)),
             'b) Ejercicio 2020: en el contexto de la emergencia sanitaria, el monto programado inicialmente (%s) fue reducido, '
             'quedando un PIM de %s, del cual se ejecutó %s. El monto girado a proveedores al 31 de diciembre de 2020 fue de %s.'
             % (Mf(1520000, 'sp', pre='S/ ', y=2020, r='a'), Mf(1108450, 'sp', pre='S/ ', y=2020, r='a'),
                Mf(1036212.70, 'sp', pre='S/ ', y=2020, r='e'), Mf(1019880.10, 'sp', pre='S/ ', y=2020, r='e')),
             'c) Con cargo a dichos recursos se financiaron, entre otros, %s sesiones ordinarias y %s extraordinarias de la Comisión '
             'Multisectoral en 2019, y %s sesiones virtuales en 2020, así como la elaboración de %s informes anuales de seguimiento.'
             % (C('seis (6)', 6, 'sesión', y=2019), C('dos (2)', 2, 'sesión', y=2019), C('ocho (8)', 8, 'sesión', y=2020),
                Cn(2, 'informe'))], first=0.0)
    body(R, ['Es todo cuanto informo a usted, en cumplimiento del Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y '
             'Acceso a la Información Pública.'])
    R.p('Atentamente,', after=0)
    R.sign('Gustavo Adolfo Reátegui Sandoval', 'Director General', 'Dirección General de Seguridad Democrática')


def n003():
    R = new('n003', 'answered', None, ['prosecution'], ('2018-01-01', '2019-12-31'),
            S('Ministerio Público - Fiscalía Provincial Especializada en Delitos de Trata de Personas de Arequipa', 'MP', 'autonomous'),
            'OFICIO N° 284-2020-MP-FN-FPEDTP-AREQUIPA', [], '2020-02-21',
            'oficio, table with horizontal rules only (procedural stage x year), counts and a percent in text')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Arequipa'],
             align='l', logo=(logo_png('mp12', 'MP', 'circle', (30, 60, 120)), 1.4))
    lema(R, 2020)
    R.p('Arequipa, 21 de febrero del 2020', align='r')
    R.p('OFICIO N° 284-2020-MP-FN-FPEDTP-AREQUIPA', bold=True, after=8)
    to(R, ['Señor:', 'Abg. Renzo Martín Chirinos Delgado', 'Responsable de Acceso a la Información Pública',
           'Distrito Fiscal de Arequipa', 'Ciudad.-'])
    body(R, ['Tengo el agrado de dirigirme a usted, a fin de dar respuesta al pedido de información sobre las carpetas fiscales '
             'tramitadas por este Despacho por el delito de trata de personas en el periodo comprendido **entre el 01 de enero de 2018 '
             'y el 31 de diciembre de 2019**, conforme al siguiente detalle:'])
    ctab(R, [['Estado de la carpeta fiscal', 'Año 2018', 'Año 2019']],
         [('Investigación preliminar', [38, 51]), ('Investigación preparatoria formalizada', [17, 22]),
          ('Acusación / etapa intermedia', [9, 11]), ('Juicio oral', [4, 6]), ('Con sentencia condenatoria', [3, 5]),
          ('Archivadas', [26, 31])], 'carpeta fiscal', year=[2018, 2019], ruled='hlines', widths=(7.5, 3, 3),
         total='Total de carpetas', caption='Carpetas fiscales por trata de personas (N°)', head_shade=None, unit='caption')
    body(R, ['En las referidas carpetas se identificó a %s presuntas víctimas en 2018 y a %s en 2019; el %s de ellas eran '
             'menores de edad al momento de los hechos. La modalidad predominante fue la explotación sexual en bares de la '
             'provincia de Caylloma y el distrito de Chala.' % (Cn(57, 'víctima', y=2018), Cn(73, 'víctima', y=2019), Pf(41.2, y=None))])
    R.p('Atentamente,')
    R.sign('Carmen Rosa Málaga Ticona', 'Fiscal Provincial Titular', 'FPEDTP - Arequipa', align='l')


def n004():
    R = new('n004', 'answered', None, ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Poder Judicial - Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 000418-2021-P-CSJPU-PJ', ['Informe N° 000021-2021-CE-UPD-GAD-CSJPU-PJ'], '2021-02-16',
            'oficio, ruled table with long wrapped headers, caption, totals row; footnote')
    letter(R, ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Presidencia'], 2021,
           'Puno, 16 de febrero de 2021', 'OFICIO N° 000418-2021-P-CSJPU-PJ',
           ['Señora', 'Yanet Soledad Mamani Choque', 'Av. El Sol 622, Puno', 'Presente.-'],
           [('ASUNTO', ': Información estadística sobre procesos por delito de trata de personas – año 2020'),
            ('REF.', ': Solicitud de acceso a la información S/N recibida el 01.02.2021')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, la Coordinación de Estadística de esta Corte, '
             'mediante Informe N° 000021-2021-CE-UPD-GAD-CSJPU-PJ, reporta la carga procesal del año judicial 2020 vinculada al '
             'delito de trata de personas:'])
    ctab(R, [['Órgano jurisdiccional', 'Expedientes ingresados por delito de trata de personas (art. 153 y 153-A CP)',
              'Expedientes resueltos en el año con sentencia firme o consentida', 'Sentencias condenatorias',
              'Sentencias absolutorias']],
         [('Juzgado Penal Colegiado Supraprovincial de Puno', [14, 6, 5, 1]),
          ('Juzgado Penal Colegiado de San Román - Juliaca', [11, 5, 3, 2]),
          ('Juzgado Penal Unipersonal de Sandia', [5, 2, 2, 0]), ('Juzgado Penal Unipersonal de Putina', [3, 1, 1, 0]),
          ('Juzgado Penal Unipersonal de Carabaya - Macusani', [7, 3, 2, 1])],
         ['expediente', 'expediente', 'sentencia', 'sentencia'], year=2020, widths=(5.6, 3.2, 3.2, 2.4, 2.4), size=8.5,
         caption='Cuadro N° 01: Procesos penales por trata de personas, año judicial 2020', head_shade='DDD9C4',
         note='(*) Comprende los expedientes con auto de enjuiciamiento. Fuente: SIJ - Formulario Estadístico Electrónico.')
    body(R, ['Se adjunta el informe mencionado para los fines pertinentes.'])
    R.p('Atentamente,')
    R.sign('Dr. Wilber Ignacio Apaza Condori', 'Presidente', 'Corte Superior de Justicia de Puno')


def n005():
    R = new('n005', 'answered', None, ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Policía Nacional del Perú - Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes', 'DIRCTPTIM PNP', 'police'),
            'OFICIO N° 215-2021-DIRNIC PNP/DIRCTPTIM-SEC', ['Hoja de Trámite N° 20210119-0087'], '2021-01-29',
            'oficio + long monthly table by month and jurisdiction continuing over a page break with repeated header, total row on page 2')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL',
              'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'], align='c',
             logo=(logo_png('pnp12', 'PNP', 'shield', (20, 80, 40)), 1.3))
    lema(R, 2021)
    R.p('Lima, 29 de enero de 2021', align='r')
    R.p('OFICIO N° 215-2021-DIRNIC PNP/DIRCTPTIM-SEC', bold=True, after=6)
    to(R, ['Señor', 'Responsable de Transparencia y Acceso a la Información de la PNP', 'Presente.'])
    kv(R, [('ASUNTO', 'Remite información estadística de operativos contra la trata de personas – año 2020.'),
           ('REF.', 'Hoja de Trámite N° 20210119-0087.')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, a fin de remitir la información '
             'requerida por el ciudadano **Julio César Obando Pinedo**, referida a los operativos policiales, detenidos y víctimas '
             'rescatadas por esta Dirección y sus departamentos desconcentrados, **de enero a diciembre del año 2020**, según el '
             'cuadro siguiente:'])
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    amb = ['Lima Metropolitana', 'Callao', 'Madre de Dios', 'Tumbes']
    import random
    rr = random.Random(5012)
    data = []
    for m in months:
        for a in amb:
            low = m in ('Abril', 'Mayo')
            data.append(((m, a), [rr.randint(0, 2) if low else rr.randint(1, 9), rr.randint(0, 3) if low else rr.randint(0, 12),
                                  rr.randint(0, 4) if low else rr.randint(0, 19)]))
    ctab(R, [['Mes', 'Ámbito', 'Operativos', 'Detenidos', 'Víctimas rescatadas']], data,
         ['operativo', 'detenido', 'víctima'], year=2020, label_cols=2, widths=(2.6, 4.4, 2.6, 2.6, 3.2), size=8.5,
         repeat_head=True, head_shade='C6E0B4', total='TOTAL 2020')
    body(R, ['Es cuanto informo a usted para los fines que estime conveniente.'])
    R.sign('Coronel PNP Óscar Fidel Zambrano Ríos', 'Jefe de la DIRCTPTIM PNP', None, before=20)


def n006():
    R = new('n006', 'answered', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 112-2020-GOREMAD-GRDS', [], '2020-01-27',
            'oficio, budget sentences (asignado, programado, devengado, %), bullet list of activity counts')
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social'], align='r', italic_rest=True)
    lema(R, 2020)
    R.p('Puerto Maldonado, 27 de enero del 2020', align='r')
    R.p('OFICIO N° 112-2020-GOREMAD-GRDS', bold=True, under=True)
    to(R, ['Señorita:', 'KATHERINE JULIA SOTO ARANA', 'Presente.-'])
    kv(R, [('ASUNTO', ': Respuesta a solicitud de información – acciones contra la trata de personas 2019'),
           ('REFERENCIA', ': Solicitud N° 0009-2020 (Mesa de Partes, 13/01/2020)')])
    body(R, ['Es grato dirigirme a usted para saludarla cordialmente y, en atención al documento de la referencia, informarle sobre '
             'las acciones realizadas por el Gobierno Regional de Madre de Dios en el **ejercicio 2019** en materia de prevención de '
             'la trata de personas:',
             'En cuanto al presupuesto, a la actividad "Prevención de la trata de personas y explotación sexual" se le asignó '
             '%s en recursos ordinarios, monto que fue programado íntegramente en la meta presupuestal de la Gerencia. Al 31 de '
             'diciembre el devengado alcanzó %s, lo que representa una ejecución del %s.'
             % (Mf(85000, 'us', pre='S/ ', y=2019, r='a'), Mf(79412.60, 'us', pre='S/ ', y=2019, r='e'), Pf(93.4, y=2019)),
             'Con dichos recursos se desarrollaron las siguientes actividades:'])
    R.bullets(['%s talleres de sensibilización en instituciones educativas de Tambopata, Laberinto e Inambari, con la participación '
               'de %s estudiantes de secundaria;' % (Cn(14, 'taller', y=2019), Cn(1126, 'estudiante', y=2019)),
               '%s ferias informativas en la Plaza de Armas y en el corredor minero;' % C('cuatro (04)', 4, 'feria', y=2019),
               'capacitación a %s docentes tutores sobre identificación de señales de captación;' % Cn(62, 'docente', y=2019),
               'impresión y distribución de %s afiches y trípticos.' % Cn(5000, 'afiche', y=2019, st='sp')])
    body(R, ['Asimismo, la Red Regional contra la Trata de Personas de Madre de Dios, presidida por esta Gerencia, sesionó en %s '
             'oportunidades durante el año.' % C('cinco (5)', 5, 'sesión', y=2019)])
    R.p('Atentamente,')
    R.sign('Lic. Mirtha Elena Cahuana Zegarra', 'Gerente Regional de Desarrollo Social')


def n007():
    R = new('n007', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'),
            'CARTA N° 045-2021-GDS/MDC', ['Informe N° 012-2021-SGPS-GDS/MDC'], '2021-02-04',
            'carta, substantive null answer, no figures')
    R.header(['MUNICIPALIDAD DISTRITAL DE COMAS', 'Gerencia de Desarrollo Social'], align='c')
    lema(R, 2021)
    R.p('Comas, 04 de febrero de 2021', align='r')
    R.p('CARTA N° 045-2021-GDS/MDC', bold=True)
    to(R, ['Señor', 'Alfredo Nicanor Bustamante Tello', 'Presente.-'])
    body(R, ['De mi mayor consideración:',
             'Me dirijo a usted en atención a su solicitud de acceso a la información pública, por la que requiere conocer las '
             'actividades y el presupuesto ejecutado por esta corporación municipal en materia de prevención de la trata de '
             'personas **durante el año 2020**.',
             'Al respecto, conforme a lo informado por la Subgerencia de Programas Sociales mediante Informe N° 012-2021-SGPS-GDS/MDC, '
             'se comunica que durante el año 2020 esta Municipalidad no programó ni ejecutó actividades de prevención, sensibilización '
             'o capacitación en materia de trata de personas, ni se asignó presupuesto específico para dicho fin, debido a que los '
             'recursos disponibles fueron reorientados a la atención de la emergencia sanitaria por la COVID-19.',
             'Tampoco se conformó en dicho periodo una instancia distrital de concertación sobre la materia.',
             'Sin otro particular, quedo de usted.'])
    R.sign('Abog. Ernesto Lázaro Cárdenas Villar', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Comas')


def n008():
    R = new('n008', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'OFICIO N° 0233-2022-VRIN-UNSAAC', [], '2022-03-09',
            'oficio, numbered paragraphs, money with and without role, counts in words with digits')
    R.header(['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'VICERRECTORADO DE INVESTIGACIÓN'], align='c',
             logo=(logo_png('unsaac', 'UN', 'shield', (120, 20, 20)), 1.5))
    R.p('Cusco, 09 de marzo de 2022', align='r')
    R.p('OFICIO N° 0233-2022-VRIN-UNSAAC', bold=True)
    to(R, ['Señor', 'Mg. Teófilo Ccahuana Huillca', 'Solicitante', 'Presente.'])
    body(R, ['ASUNTO: Investigación y proyección social sobre trata de personas, periodo 2020-2021.',
             'De mi consideración:',
             'En atención a su solicitud, recibida por el Funcionario Responsable de Transparencia, se informa lo siguiente respecto '
             'de los años **2020 y 2021**:'])
    body(R, ['1. Se financiaron %s proyectos de investigación relacionados con la trata de personas en la región, con recursos del '
             'canon minero, por un presupuesto asignado de %s (2020) y %s (2021), respectivamente.'
             % (C('dos (02)', 2, 'proyecto'), Mf(24800, 'us', pre='S/ ', y=2020, r='a'), Mf(31150, 'us', pre='S/ ', y=2021, r='a')),
             '2. En el año 2021 se sustentaron %s tesis de pregrado en las escuelas de Derecho y Trabajo Social que abordan la '
             'explotación laboral en la minería informal de Quispicanchi.' % C('tres (03)', 3, 'tesis', y=2021),
             '3. La Dirección de Proyección Social organizó un curso de extensión virtual sobre prevención de la trata dirigido a '
             'dirigentes comunales, en el que participaron %s personas; la edición del material del curso tuvo un costo de %s.'
             % (Cn(45, 'persona', y=2021), Mf(3400, 'us', pre='S/ ', y=2021)),
             '4. En el 2020 no se registraron convenios con entidades públicas o privadas sobre la materia.'], first=0)
    R.p('Atentamente,')
    R.sign('Dr. Eloy Quispe Mamani', 'Vicerrector de Investigación')


def n009():
    R = new('n009', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Puno', 'GORE Puno', 'regional_government'),
            'OFICIO N° 077-2022-GR PUNO/GRDS', ['Informe N° 031-2022-GR PUNO/GRDS/SGPSIC'], '2022-02-02',
            'oficio, counts in sentences, two-cell budget table with currency in cells; programme not created; other matters competence of PNP and MP',
            notes='Real numbers for prevention; says the regional reintegration programme "no ha sido creado" and that complaints and operations are the competence of the PNP and the Ministerio Público.')
    letter(R, ['GOBIERNO REGIONAL PUNO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], 2022, 'Puno, 02 de febrero de 2022',
           'OFICIO N° 077-2022-GR PUNO/GRDS', ['Señora', 'Nélida Pari Coaquira', 'Presente.-'],
           [('ASUNTO', ': Información sobre acciones contra la trata de personas, año 2021'),
            ('REF.', ': Informe N° 031-2022-GR PUNO/GRDS/SGPSIC')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud de información sobre las acciones del Gobierno Regional '
             'Puno frente a la trata de personas en el año 2021. De acuerdo con el informe de la referencia, se precisa:',
             '**Prevención.** La Subgerencia de Promoción Social realizó %s charlas informativas en colegios de las provincias de '
             'San Román, Sandia y Carabaya, que alcanzaron a %s estudiantes, y difundió un spot radial en quechua y aimara con %s '
             'pases en emisoras locales.' % (C('treinta y seis (36)', 36, 'charla', y=2021), Cn(2480, 'estudiante', y=2021),
                                          Cn(120, 'pase', y=2021)),
             '**Presupuesto.** Estas acciones se financiaron con la meta 0072 del pliego regional:'])
    R.table([['Concepto', 'Monto']],
            [['Presupuesto asignado 2021', Mf(60000, 'sp', pre='S/ ', y=2021, r='a', u='cell')],
             ['Ejecutado al 31.12.2021', Mf(57380.50, 'sp', pre='S/ ', y=2021, r='e', u='cell')]],
            widths=(6.5, 4.0), ruled='grid', size=10, unit='cell', align='c')
    body(R, ['**Reintegración.** Respecto del Programa Regional de Reintegración de Víctimas de Trata, se informa que el mismo no ha sido '
             'creado, encontrándose pendiente la aprobación de la ordenanza regional correspondiente.',
             '**Denuncias y operativos.** La información sobre denuncias, operativos y personas rescatadas es competencia de la '
             'Policía Nacional del Perú y del Ministerio Público, por lo que deberá canalizar su pedido ante dichas instituciones.'])
    R.p('Atentamente,')
    R.sign('Lic. Juan Carlos Huanca Ticona', 'Gerente Regional de Desarrollo Social')


def n010():
    R = new('n010', 'answered', None, ['prevention', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'OFICIO N° 038-2020-MPT-GSCYT', [], '2020-02-06',
            'oficio, unruled table with a 2018 column beside the requested 2019 (mixed in-period and out-of-period)',
            notes='Requested 2019; a 2018 column is given beside it.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Seguridad Ciudadana y Transporte', 'Puerto Maldonado – Madre de Dios'],
             align='l', size=8)
    lema(R, 2020)
    R.p('Puerto Maldonado, 6 de febrero de 2020', align='r')
    R.p('OFICIO N° 038-2020-MPT-GSCYT', bold=True)
    to(R, ['Señor:', 'Edwin Rubén Torres Salcedo', 'Presente.'])
    body(R, ['Me dirijo a usted para atender su solicitud de información del 23 de enero último, referida a las acciones municipales '
             'de fiscalización y prevención vinculadas a la trata de personas en el **año 2019**. Para fines comparativos se consigna '
             'también el año anterior:'])
    R.table([['Acción', '2018', '2019']],
            [['Operativos de fiscalización a bares y discotecas (con PNP y Fiscalía)', Cn(19, 'operativo', y=2018), Cn(28, 'operativo', y=2019)],
             ['Locales clausurados', Cn(7, 'local', y=2018), Cn(12, 'local', y=2019)],
             ['Presuntas víctimas puestas a disposición de la PNP', Cn(5, 'víctima', y=2018), Cn(9, 'víctima', y=2019)],
             ['Charlas en instituciones educativas', Cn(11, 'charla', y=2018), Cn(16, 'charla', y=2019)],
             ['Personas sensibilizadas', Cn(640, 'persona', y=2018), Cn(985, 'persona', y=2019)]],
            ruled='none', widths=(9.5, 2.2, 2.2), head_shade=None)
    body(R, ['Es todo cuanto informo.'])
    R.sign('Mayor (r) Pedro Pablo Yupanqui Farfán', 'Gerente de Seguridad Ciudadana y Transporte')


def n011():
    R = new('n011', 'answered', None, ['prosecution'], ('2020-01-01', '2021-12-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° 000142-2022-INPE/12', ['Informe N° 000033-2022-INPE/12.02'], '2022-02-24',
            'oficio, table with years as rows (2019-2022, requested 2020-2021), percent column, unit in header',
            notes='Requested 2020-2021; the table also shows 2019 and 2022 (mixed).')
    letter(R, ['INSTITUTO NACIONAL PENITENCIARIO', 'Oficina de Estadística'], 2022, 'Lima, 24 de febrero de 2022',
           'OFICIO N° 000142-2022-INPE/12', ['Señora', 'Milagros Ivonne Carrasco Lau', 'Presente.-'],
           [('ASUNTO', ': Población penitenciaria por delito de trata de personas'),
            ('REFERENCIA', ': Solicitud de acceso a la información pública (07.02.2022)')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita la población penitenciaria '
             'recluida por el delito de trata de personas en los **años 2020 y 2021**. Al respecto, se remite el Informe '
             'N° 000033-2022-INPE/12.02, cuyo cuadro incluye, para mejor referencia, la serie desde 2019 hasta enero de 2022:'])
    rows = []
    for lab, y, a, b, pct in [('Diciembre 2019', 2019, 412, 598, 1.05), ('Diciembre 2020', 2020, 447, 653, 1.27),
                              ('Diciembre 2021', 2021, 468, 721, 1.36), ('Enero 2022', 2022, 471, 729, 1.37)]:
        rows.append([lab, Cn(a, 'interno', y=y), Cn(b, 'interno', y=y), Cn(a + b, 'interno', y=y), Pf(pct, 2, y=y)])
    R.table([['Fecha de corte', 'Procesados (N° de internos)', 'Sentenciados (N° de internos)', 'Total (N° de internos)',
              '% de la población penal total']], rows, widths=(3.6, 3.0, 3.0, 3.0, 3.2), size=9, head_shade='BDD7EE',
            note='Fuente: INPE – Registro Penitenciario.')
    R.p('Atentamente,')
    R.sign('Econ. Raúl Fernando Ponce Arévalo', 'Jefe de la Oficina de Estadística')


def n012():
    R = new('n012', 'answered', None, ['protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DPE) N° 2-10-B/215', [], '2021-04-12',
            'oficio, ruled table by country with year merged over cases and repatriations, total row')
    R.header(['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección de Protección y Asistencia al Nacional'], align='c')
    lema(R, 2021)
    R.p('Lima, 12 de abril de 2021', align='r')
    R.p('OF. RE (DPE) N° 2-10-B/215', bold=True)
    to(R, ['Señor', 'Bruno Alexis Vilca Rengifo', 'Presente.-'])
    body(R, ['Tengo el agrado de dirigirme a usted con relación a su solicitud de acceso a la información pública, mediante la cual '
             'requiere información sobre connacionales víctimas de trata de personas asistidos por las oficinas consulares del Perú '
             '**en los años 2019 y 2020**.',
             'Sobre el particular, se remite la información consolidada por la Dirección, según el país de la oficina consular '
             'que brindó la asistencia:'])
    ctab(R, [['País', '2019', '', '2020', ''], ['', 'Casos asistidos', 'Repatriados', 'Casos asistidos', 'Repatriados']],
         [('Argentina', [9, 4, 5, 2]), ('Chile', [14, 6, 8, 3]), ('Bolivia', [6, 5, 3, 3]), ('Ecuador', [11, 7, 4, 4]),
          ('España', [5, 1, 2, 0]), ('Japón', [2, 1, 0, 0]), ('Estados Unidos de América', [3, 1, 1, 1])],
         ['caso', 'repatriado', 'caso', 'repatriado'], year=[2019, 2019, 2020, 2020],
         merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(5.0, 2.8, 2.6, 2.8, 2.6), head_shade='DEEAF6',
         colnames=[None, 'Casos asistidos', 'Repatriados', 'Casos asistidos', 'Repatriados'])
    body(R, ['La asistencia comprendió orientación legal, gestión de albergue temporal y, en los casos indicados, la repatriación '
             'con cargo al fondo de asistencia consular.', 'Hago propicia la oportunidad para expresarle mi consideración.'])
    R.sign('Ministro Consejero Javier Andrés Olaechea Prado', 'Director de Protección y Asistencia al Nacional')


def n013():
    R = new('n013', 'answered', None, ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00061-2022-MINEDU/VMGP-DIGEBR', ['Informe N° 00014-2022-MINEDU/VMGP-DIGEBR-DEBR'], '2022-01-28',
            'oficio + informe: bullet list with counts and percent of goal; informe with a horizontal-rules table of registered vs certified teachers by region and a % column')
    letter(R, ['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'],
           2022, 'Lima, 28 de enero de 2022', 'OFICIO N° 00061-2022-MINEDU/VMGP-DIGEBR',
           ['Señora', 'Ana Cecilia Rospigliosi Núñez', 'Presente.-'],
           [('Asunto', ': Acciones de prevención de la trata de personas en la educación básica, año 2021'),
            ('Referencia', ': a) Solicitud SAIP N° 2022-0000311'), ('', '  b) Informe N° 00014-2022-MINEDU/VMGP-DIGEBR-DEBR')])
    body(R, ['Me dirijo a usted en atención al documento a) de la referencia. Al respecto, con el documento b) la Dirección de '
             'Educación Básica Regular informa que durante el **año 2021** se desarrollaron las siguientes acciones:'])
    R.bullets(['Curso virtual autoformativo "Prevenimos la trata desde la escuela" en PerúEduca: %s docentes inscritos y %s '
               'certificados.' % (Cn(12804, 'docente', y=2021), Cn(9117, 'docente', y=2021)),
               'Sesiones de tutoría sobre riesgos de captación por internet incorporadas en "Aprendo en casa", con un alcance '
               'estimado de %s estudiantes de 3.° a 5.° de secundaria.' % Cn(1250000, 'estudiante', y=2021, st='sp'),
               'Asistencia técnica a %s especialistas de convivencia escolar de DRE y UGEL.' % Cn(236, 'especialista', y=2021),
               'Meta física: %s de la meta programada de docentes certificados.' % Pf(91.2, y=2021)])
    R.p('Atentamente,')
    R.sign('Mg. Sandra Patricia Luján Olivos', 'Directora General de Educación Básica Regular')
    R.pagebreak()
    R.p('INFORME N° 00014-2022-MINEDU/VMGP-DIGEBR-DEBR', bold=True, align='c', after=6)
    kv(R, [('A', ': Mg. Sandra Patricia Luján Olivos – Directora General de Educación Básica Regular'),
           ('DE', ': Prof. Jorge Luis Cáceres Ninahuamán – Director de Educación Básica Regular'),
           ('ASUNTO', ': Información sobre prevención de la trata de personas – año 2021'),
           ('FECHA', ': 25 de enero de 2022')], tab=2.6, w2=13.4)
    R.p('_' * 78, after=6, size=8)
    body(R, ['1. El curso virtual "Prevenimos la trata desde la escuela" se implementó entre mayo y noviembre de 2021. Los resultados '
             'por Dirección Regional de Educación son:'])
    rows = []
    for lab, a, b in [('DRE Lima Metropolitana', 3120, 2380), ('DRE Piura', 1410, 1022), ('DRE Cusco', 1288, 954),
                      ('DRE Loreto', 905, 611), ('DRE Puno', 1176, 830), ('Otras 20 DRE', 4905, 3320), ('Total nacional', 12804, 9117)]:
        rows.append([lab, Cn(a, 'docente', st='sp', y=2021), Cn(b, 'docente', st='sp', y=2021),
                     Pf(round(b / a * 100, 1), 1, 'sp', suf='', y=2021)])
    R.table([['Dirección Regional', 'Docentes inscritos', 'Docentes certificados', 'Certificación (%)']], rows,
            widths=(5.4, 3.2, 3.4, 3.2), bold_rows=(6,), ruled='hlines', head_shade=None)
    body(R, ['2. El servicio de diseño instruccional y producción de los módulos del curso se contrató por %s, monto devengado en '
             'diciembre de 2021 con cargo a la actividad de tutoría y orientación educativa.' % Mf(86400, 'sp', pre='S/. ', y=2021, r='e'),
             '3. Se recomienda remitir el presente informe a la solicitante.'])
    R.sign('Prof. Jorge Luis Cáceres Ninahuamán', 'Director de Educación Básica Regular', before=14)


def n014():
    R = new('n014', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'ministry'),
            'OFICIO N° 000098-2022-MIMP-INABIF-DE', [], '2022-02-15',
            'oficio, unruled table of residential centres with four count columns, no total')
    R.header(['Programa Integral Nacional para el Bienestar Familiar – INABIF', 'Dirección Ejecutiva'], align='l')
    lema(R, 2022)
    R.p('Lima, 15 de febrero de 2022', align='r')
    R.p('OFICIO N° 000098-2022-MIMP-INABIF-DE', bold=True)
    to(R, ['Señora', 'Fiorella Danae Ugarte Ramos', 'Presente.-'])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su pedido de información respecto de la atención brindada en los '
             'Centros de Acogida Residencial (CAR) especializados en víctimas de trata de personas **durante el año 2021**. '
             'Se consigna la capacidad instalada y el movimiento de residentes:'])
    ctab(R, [['Centro de Acogida Residencial', 'Capacidad (plazas)', 'Residentes al 31/12/2021', 'Ingresos 2021', 'Egresos 2021']],
         [('CAR especializado "Esperanza" – Lima', [30, 24, 19, 17]), ('CAR especializado "Nueva Aurora" – Cusco', [20, 16, 11, 9]),
          ('CAR especializado "Amanecer" – Madre de Dios', [25, 21, 18, 14])],
         ['plaza', 'residente', 'ingreso', 'egreso'], year=2021, ruled='none', total=None, widths=(6.8, 2.4, 2.8, 2.2, 2.2),
         head_shade=None)
    body(R, ['De los %s egresos registrados, %s correspondieron a reintegración familiar y %s a la mayoría de edad con plan de vida '
             'independiente.' % (Cn(40, 'egreso', y=2021), Cn(31, 'egreso', y=2021), Cn(9, 'egreso', y=2021))])
    R.p('Atentamente,')
    R.sign('Dra. Karina Lizbeth Oré Salas', 'Directora Ejecutiva')


def n015():
    R = new('n015', 'answered', None, ['prevention', 'protection'], ('2020-01-01', '2021-12-31'),
            S('International Organization for Migration - Mission in Peru', 'IOM', 'foreign'),
            'IOM/LIM/2022/118', [], '2022-03-02',
            'English letter, figures in prose and a two-column key-value list, USD committed and disbursed', lang='en', font='Calibri')
    R.header(['International Organization for Migration (IOM)', 'Mission in Peru', 'Av. José Pardo 601, Miraflores, Lima'], align='r')
    R.p('Lima, 2 March 2022', align='r', before=6)
    R.p('Ref.: IOM/LIM/2022/118', bold=True)
    to(R, ['Ms. Gabriela Inés Tapia Montoya', 'Lima'])
    body(R, ['Dear Ms. Tapia,',
             'Thank you for your request for information on the support provided by IOM Peru to victims of trafficking in persons '
             'during **2020 and 2021**. Although IOM is not bound by Law 27806, we are glad to share the following figures.',
             'In the period, IOM assisted %s victims of trafficking (%s in 2020 and %s in 2021) with temporary accommodation, '
             'medical and psychosocial care and return assistance; %s of them were foreign nationals.'
             % (Cn(214, 'victim'), Cn(88, 'victim', y=2020), Cn(126, 'victim', y=2021), Pf(63, 0, suf=' percent')),
             'Funding for these activities came from our project "Protecting victims of trafficking in the Andean region":'])
    kv(R, [('Committed, 2020-2021', Mf(385000, 'us', pre='USD ', r='c', cur='USD')),
           ('Disbursed, 2020', Mf(142310.25, 'us', pre='USD ', y=2020, r='e', cur='USD')),
           ('Disbursed, 2021', Mf(170330.25, 'us', pre='USD ', y=2021, r='e', cur='USD'))], tab=5.0, w2=8.0)
    body(R, ['In addition, IOM trained %s public officials from regional governments on victim identification and referral.'
             % Cn(530, 'official', y=2021) + ' These trainings took place in 2021.',
             'Yours sincerely,'])
    R.sign('Mariana Elizabeth Courtney', 'Chief of Mission a.i.', 'IOM Peru', align='l', firma=False, before=14)
