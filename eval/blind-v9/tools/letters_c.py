"""blind-v9 letters h926-h937 (written for this set; officials, numbers and events invented)."""
from common import *
from lib import M, C, P


def h926():
    R = new('h926', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Piura', 'GORE Piura', 'regional_government'),
            'OFICIO N° 0266-2020/GRP-430000', ['Solicitud de Acceso N° 0912-2020 (información del ejercicio 2019)'],
            '2020-03-03', 'oficio with requested period only in the reference line; landscape SIAF annex for 2016 with unit in the caption (en soles)',
            notes='Request: ejercicio 2019 (stated only in the REF. line); the annex is the 2016 execution.')
    letter(R, ['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], 2020,
           'Piura, 03 de marzo de 2020', 'OFICIO N° 0266-2020/GRP-430000',
           ['Señora', 'VANESSA CHUNGA ECHE', 'Presente.-'],
           [('ASUNTO:', 'Ejecución presupuestal de acciones contra la trata de personas'),
            ('REF.:', 'Solicitud de Acceso N° 0912-2020 (información del ejercicio 2019)')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. La Sub Gerencia Regional de Presupuesto informa que las acciones contra la trata de personas contaron con meta presupuestal propia únicamente en el ejercicio fiscal 2016, en el marco del proyecto de fortalecimiento de la Red Regional; a partir del año 2017 dichas acciones se financiaron dentro de metas genéricas de la Gerencia Regional de Desarrollo Social, sin identificación específica.',
             'Se adjunta el reporte de ejecución del ejercicio 2016.', 'Atentamente,'])
    R.sign('Econ. MANUEL ALBERTO SEMINARIO RUIZ', 'Gerente Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial', before=20)
    R.landscape()
    R.p('ANEXO – REPORTE SIAF: EJECUCIÓN DEL GASTO, AÑO FISCAL 2016', bold=True, align='c', after=2)
    siaf(R, [('0087', 'Red Regional contra la Trata: reuniones técnicas', [40000, 52500, 51980, 51980, 50120, 50120]),
             ('0088', 'Spots radiales y material informativo', [65000, 61200, 60000, 59870, 58443, 58443]),
             ('0089', 'Talleres descentralizados en Sullana, Paita y Talara', [38000, 47350, 46100, 46100, 45009, 44500])],
         2016, head=['Meta', 'Finalidad', 'PIA', 'PIM', 'Certificación', 'Compromiso Anual', 'Devengado', 'Girado', 'Avance %'],
         st='sp', dec=0, caption='(en soles)', widths=(1.5, 8.5, 2.3, 2.3, 2.5, 2.5, 2.4, 2.3, 1.8), size=9,
         note='Fuente: Consulta SIAF – Módulo de Procesos Presupuestarios, fecha de corte 31/12/2016.', unit='caption')


def h927():
    R = new('h927', 'out_of_period', None, ['prevention', 'governance'], ('2018-01-01', '2019-12-31'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'OFICIO N° 0098-2022-VRIN-UNSAAC', ['Expediente N° 885412'],
            '2022-04-19', 'oficio giving only the 2022 plan of a project (targets and allocated budget); numbered list',
            notes='Request 2018-2019; only a project planned for 2022: out_of_period.')
    letter(R, ['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'Vicerrectorado de Investigación'], 2022,
           'Cusco, 19 de abril de 2022', 'OFICIO N° 0098-2022-VRIN-UNSAAC',
           ['Señor', 'EDWIN HUAMÁN QUISPE', 'Presente.-'],
           [('ASUNTO:', 'Pedido de información sobre actividades de la universidad frente a la trata de personas (2018 - 2019)'), ('REF.:', 'Expediente N° 885412')])
    body(R, ['Me dirijo a usted para comunicarle que el Vicerrectorado de Investigación no registra proyectos ni actividades sobre trata de personas en los años consultados. No obstante, mediante Resolución N° R-0421-2022-UNSAAC se aprobó el proyecto "Observatorio universitario de movilidad y explotación en corredores andinos", que se ejecutará con las siguientes metas:'])
    R.bullets(['Presupuesto asignado para el año 2022: %s, financiado con recursos del canon.' % M('S/ 96 000', 96000.00, y=2022, r='a'),
               'Elaboración de %s sobre rutas de captación en Quispicanchi y Canchis.' % C('2 estudios diagnósticos', 2, 'estudio', y=2022),
               'Capacitación de %s de educación secundaria de la región.' % C('300 docentes', 300, 'docente', y=2022),
               'Incorporación de %s de estudiantes de pregrado como voluntarios.' % C('40', 40, 'estudiante', y=2022)], style='List Number')
    body(R, ['Atentamente,'])
    R.sign('Dr. WILBERT CUBA ALLCCA', 'Vicerrector de Investigación')


def h928():
    R = new('h928', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFFICIAL LETTER N° 112-2020-MINCETUR/VMT/DGPDT', ['Request N° 0047-2020'],
            '2020-02-21', 'English letter; counts for 2015-2016 only in running text and a bullet list; percent; request 2019', lang='en',
            notes='Request: 2019; the letter gives 2015-2016 results of the code of conduct programme.')
    R.header(['MINISTRY OF FOREIGN TRADE AND TOURISM', 'Vice Ministry of Tourism – General Directorate of Tourism Development Policies'])
    R.p('San Isidro, 21 February 2020', align='r')
    R.p('OFFICIAL LETTER N° 112-2020-MINCETUR/VMT/DGPDT', bold=True, after=8)
    to(R, ['Ms. Laura Bennett', 'Global Travel Responsibility Network'])
    body(R, ['Subject: Request N° 0047-2020 – actions against sexual exploitation of children and adolescents in tourism, year 2019', 'Dear Ms. Bennett,',
             'Thank you for your request. The most recent evaluation of the Code of Conduct against the Sexual and Labour Exploitation of Children and Adolescents in Tourism covers the years 2015 and 2016. Its main results were:'])
    R.bullets(['In 2015, %s signed the Code of Conduct, and %s of the tourism sector were trained.' % (C('312 tourism businesses', 312, 'business', y=2015), C('1,046 workers', 1046, 'worker', y=2015)),
               'In 2016, a further %s signed, bringing the total to %s; %s were trained.' % (C('287 businesses', 287, 'business', y=2016), C('599', 599, 'business', y=2016), C('1,318 workers', 1318, 'worker', y=2016)),
               'By the end of 2016, %s of the signatory businesses had displayed the campaign sticker at their premises.' % P('78%', 78.0, y=2016)])
    body(R, ['Yours sincerely,'])
    R.sign('MARÍA DEL PILAR LAZO CASTRO', 'General Director of Tourism Development Policies')


def h929():
    R = new('h929', 'out_of_period', None, ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Ananea', 'MDA', 'district_municipality'),
            'OFICIO N° 019-2021-MDA/A', ['Solicitud de fecha 12 de enero de 2021'],
            '2021-01-28', 'short oficio; 2018 counts in a sentence list; request 2020',
            notes='Request: 2020; no records of 2020 (documents not handed over), activities of 2018 only: out_of_period.')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE ANANEA', 'Provincia de San Antonio de Putina – Puno', 'Alcaldía'], 2021,
           'Ananea, 28 de enero de 2021', 'OFICIO N° 019-2021-MDA/A',
           ['Señora', 'YOLANDA CUTIPA MAMANI', 'Presente.-'],
           [('ASUNTO:', 'Acciones del año 2020 contra la trata de personas en La Rinconada'), ('REF.:', 'Solicitud de fecha 12 de enero de 2021')])
    body(R, ['Por medio del presente le informo que la actual gestión municipal no recibió el acervo documentario de la Subgerencia de Desarrollo Social correspondiente al año consultado, por lo que no es posible dar cuenta de él. Las últimas acciones de esta comuna datan del año 2018, en el que se realizaron %s en el centro poblado de La Rinconada, %s y %s a la DEMUNA y al Centro de Salud.' % (
        C('cuatro (4) operativos en bares y cantinas', 4, 'operativo', y=2018), C('dos (2) ferias de derechos', 2, 'feria', y=2018), C('la derivación de 13 adolescentes', 13, 'adolescente', y=2018)),
        'Atentamente,'])
    R.sign('Prof. GUALBERTO APAZA HUANCA', 'Alcalde', 'Municipalidad Distrital de Ananea')


def h930():
    R = new('h930', 'out_of_period', None, ['prosecution'], ('2020-01-01', '2021-12-31'),
            S('Corte Superior de Justicia de Madre de Dios', 'CSJMD', 'autonomous'),
            'OFICIO N° 000215-2022-P-CSJMD/PJ', ['Expediente N° 000078-2022-TAIP'],
            '2022-03-08', 'oficio; ruled table with wrapped and merged headers for 2017-2019 (request 2020-2021)',
            notes='Request: 2020-2021; table 2017-2019.')
    letter(R, ['PODER JUDICIAL', 'CORTE SUPERIOR DE JUSTICIA DE MADRE DE DIOS', 'Presidencia'], 2022,
           'Puerto Maldonado, 08 de marzo de 2022', 'OFICIO N° 000215-2022-P-CSJMD/PJ',
           ['Señor', 'JHON FREDY CÁCERES LOAYZA', 'Presente.-'],
           [('ASUNTO:', 'Procesos judiciales por trata de personas, años 2020 y 2021'), ('REF.:', 'Expediente N° 000078-2022-TAIP')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al expediente de la referencia, para remitirle la información proporcionada por la Coordinación de Estadística, que a la fecha ha consolidado los datos hasta el año 2019:'])
    head = [['Año', 'Procesos', '', 'Sentencias', ''], ['', 'Ingresados', 'Resueltos en el año', 'Condenatorias', 'Absolutorias']]
    rows = []
    for yr, a, b, c, d in [(2017, 58, 31, 19, 6), (2018, 66, 40, 23, 9), (2019, 71, 45, 28, 7)]:
        rows.append([str(yr), C(str(a), a, 'proceso', y=yr), C(str(b), b, 'proceso', y=yr), C(str(c), c, 'sentencia', y=yr), C(str(d), d, 'sentencia', y=yr)])
    R.table(head, rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], widths=(2.5, 3, 3.5, 3.5, 3),
            colnames=['Año', 'Procesos Ingresados', 'Procesos Resueltos en el año', 'Sentencias Condenatorias', 'Sentencias Absolutorias'], size=9.5)
    body(R, ['Atentamente,'])
    R.sign('Dr. ÁNGEL SANTOS VILCHEZ', 'Presidente de la Corte Superior de Justicia de Madre de Dios')


def h931():
    R = new('h931', 'out_of_period', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'),
            'OFICIO N° 1044-2019-MTC/17', ['Solicitud de Acceso N° E-019887-2019'],
            '2019-08-20', 'oficio; monthly table January-June 2019 with total; request 2018',
            notes='Request: 2018; data from the first semester of 2019 only.')
    letter(R, ['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Políticas y Regulación en Transporte Multimodal'], 2019,
           'Lima, 20 de agosto de 2019', 'OFICIO N° 1044-2019-MTC/17',
           ['Señor', 'GONZALO PRADO LINARES', 'Presente.-'],
           [('ASUNTO:', 'Controles en terminales terrestres para prevenir la trata de personas – año 2018'), ('REF.:', 'Solicitud de Acceso N° E-019887-2019')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. El registro de verificaciones de viaje de menores de edad en terminales terrestres se inició con la Resolución Directoral N° 0117-2019-MTC/17; por ello, solo se dispone de la información del primer semestre de 2019:'])
    months = [('Enero', 1204, 17), ('Febrero', 1117, 12), ('Marzo', 1350, 21), ('Abril', 1288, 15), ('Mayo', 1401, 19), ('Junio', 1376, 23)]
    rows = [[m, C(fmt(a, 'us', 0), a, 'verificación', y=2019), C(str(b), b, 'menor de edad', y=2019)] for m, a, b in months]
    ta, tb = sum(x[1] for x in months), sum(x[2] for x in months)
    rows.append(['Total', C(fmt(ta, 'us', 0), ta, 'verificación', y=2019), C(str(tb), tb, 'menor de edad', y=2019)])
    R.table([['Mes 2019', 'Verificaciones de documentos de viaje', 'Menores sin autorización de viaje, puestos a disposición de la PNP']], rows,
            widths=(3.5, 5, 6.5), bold_rows=(6,), size=9.5, ruled='hlines')
    body(R, ['Atentamente,'])
    R.sign('Ing. PAOLA ROSSI FALCONÍ', 'Directora General de Políticas y Regulación en Transporte Multimodal')


def h932():
    R = new('h932', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'OFICIO N° 0339-2021-GRA/GR-GGR-GRPPAT', ['Solicitud N° 00214-2021'],
            '2021-11-15', 'oficio; multiannual programming table 2022-2024 (POI targets and programmed amounts), wrapped headers, units in column headers',
            notes='Request: 2021; the reply sends only the 2022-2024 programming: out_of_period (plans/targets).')
    letter(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], 2021,
           'Ayacucho, 15 de noviembre de 2021', 'OFICIO N° 0339-2021-GRA/GR-GGR-GRPPAT',
           ['Señora', 'ELIZABETH PALOMINO ROJAS', 'Presente.-'],
           [('ASUNTO:', 'Presupuesto 2021 para acciones contra la trata de personas'), ('REF.:', 'Solicitud N° 00214-2021')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Le comunico que el Plan Operativo Institucional Multianual 2022-2024 incorpora por primera vez actividades operativas específicas de lucha contra la trata de personas, con la programación siguiente:'])
    acts = [('Fortalecimiento de la Mesa Regional contra la Trata', 'sesión', (4, 4, 4), (8000, 8500, 9000)),
            ('Campañas de prevención en Huamanga y el VRAEM', 'campaña', (6, 8, 8), (36000, 48000, 50000)),
            ('Acompañamiento a víctimas y familias', 'víctima', (40, 50, 60), (22500, 28000, 33000))]
    rows = []
    for a, w, ms, ps in acts:
        rows.append([a] + [C(str(n), n, w, y=y) for n, y in zip(ms, (2022, 2023, 2024))] + [Mf(v, 'us', 0, y=y, r='a') for v, y in zip(ps, (2022, 2023, 2024))])
    head = [['Actividad operativa', 'Meta física', '', '', 'Monto programado (S/)', '', ''], ['', '2022', '2023', '2024', '2022', '2023', '2024']]
    R.table(head, rows, merges=[(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)], widths=(5.2, 1.5, 1.5, 1.5, 2, 2, 2),
            colnames=['Actividad operativa', 'Meta física 2022', 'Meta física 2023', 'Meta física 2024',
                      'Monto programado (S/) 2022', 'Monto programado (S/) 2023', 'Monto programado (S/) 2024'], size=8.5)
    body(R, ['Durante el ejercicio 2021 las acciones se atendieron con cargo a actividades genéricas, no siendo posible identificar su costo.', 'Atentamente,'])
    R.sign('Econ. RICHARD ORÉ GUTIÉRREZ', 'Gerente Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial')


def h933():
    R = new('h933', 'out_of_period', None, ['protection', 'prevention'], ('2017-01-01', '2017-12-31'),
            S('Gobierno Regional de Junín', 'GRJ', 'regional_government'),
            'OFICIO N° 0102-2018-GRJ/GRDS', ['Solicitud de Acceso a la Información del 2017, Exp. 2489441'],
            '2018-03-12', 'oficio; requested year only in the reference; ruled table by province (9 provinces) for 2014-2015 with total row; fax-like letterhead',
            notes='Request: 2017 (reference line only); table for 2014 and 2015.')
    letter(R, ['GOBIERNO REGIONAL JUNÍN', 'Gerencia Regional de Desarrollo Social'], 2018,
           'Huancayo, 12 de marzo de 2018', 'OFICIO N° 0102-2018-GRJ/GRDS',
           ['Señor', 'RUBÉN MEZA CANCHO', 'Presente.-'],
           [('ASUNTO:', 'Remite información'), ('REF.:', 'Solicitud de Acceso a la Información del 2017, Exp. 2489441')])
    body(R, ['Me es grato dirigirme a usted para remitir la información de la Red Regional contra la Trata de Personas de Junín, correspondiente a los años en los que funcionó su secretaría técnica en esta Gerencia:'])
    prov = [('Huancayo', 41, 57), ('Concepción', 6, 8), ('Chanchamayo', 22, 29), ('Jauja', 7, 5), ('Junín', 3, 4), ('Satipo', 19, 26), ('Tarma', 9, 11), ('Yauli', 5, 7), ('Chupaca', 4, 6)]
    rows = [[p_, C(str(a), a, 'víctima', y=2014), C(str(b), b, 'víctima', y=2015)] for p_, a, b in prov]
    rows.append(['Total', C(str(sum(x[1] for x in prov)), sum(x[1] for x in prov), 'víctima', y=2014), C(str(sum(x[2] for x in prov)), sum(x[2] for x in prov), 'víctima', y=2015)])
    R.table([['Provincia', 'Víctimas atendidas 2014', 'Víctimas atendidas 2015']], rows, widths=(5, 4, 4), bold_rows=(9,), size=9.5)
    body(R, ['En el mismo periodo se desarrollaron %s en las provincias de Satipo y Chanchamayo.' % C('27 talleres de prevención', 27, 'taller'),
             'Atentamente,'])
    R.sign('Lic. NORMA ESPINOZA CAMPOS', 'Gerente Regional de Desarrollo Social')


# ---------------- missing ----------------

def h934():
    R = new('h934', 'missing', 'no_information', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Santa Anita', 'MDSA', 'district_municipality'),
            'CARTA N° 041-2022-SGPS-GDH/MDSA', ['Expediente N° 1208-2022'],
            '2022-02-09', 'short letter without a date line; the date is only in the reception/dispatch stamp',
            notes='No information held. letter_date comes from the stamp.')
    R.header(['MUNICIPALIDAD DISTRITAL DE SANTA ANITA', 'Gerencia de Desarrollo Humano – Subgerencia de Programas Sociales'])
    lema(R, 2022)
    R.stamp(['MUNICIPALIDAD DE SANTA ANITA', 'SALIDA', '09 FEB 2022', 'Folios: 01'], width=4.3, color=(20, 20, 140))
    R.p('CARTA N° 041-2022-SGPS-GDH/MDSA', bold=True, after=8)
    to(R, ['Señor', 'ALEJANDRO VEGA PUMA', 'Presente.-'])
    body(R, ['ASUNTO: Respuesta a Expediente N° 1208-2022'], align='l')
    body(R, ['De mi consideración:', 'Me dirijo a usted en atención al expediente del asunto, mediante el cual solicita información sobre campañas de prevención de la trata de personas ejecutadas por esta Municipalidad en el año 2021.',
             'Al respecto, le comunico que, efectuada la búsqueda en los archivos de la Subgerencia y en el sistema de trámite documentario, no se ha encontrado información relacionada con lo solicitado, por lo que esta unidad orgánica no se encuentra en posibilidad de atender su pedido.',
             'Atentamente,'])
    R.sign('Lic. MARLENY OSORIO DÍAZ', 'Subgerente de Programas Sociales')


def h935():
    R = new('h935', 'missing', 'no_information', ['prevention', 'protection'], ('2019-01-01', '2020-12-31'),
            S('Gobierno Regional de Huánuco', 'GRH', 'regional_government'),
            'OFICIO N° 0211-2021-GRH/GRDS', ['Solicitud de Acceso N° 0059-2021', 'Memorando N° 0103-2021-GRH/GRDS/SGPS', 'Informe N° 017-2021-GRH/DIRESA/DESP'],
            '2021-02-24', 'oficio summarising replies of three internal offices, none of which holds information',
            notes='Several offices consulted; none has records: no_information.')
    letter(R, ['GOBIERNO REGIONAL HUÁNUCO', 'Gerencia Regional de Desarrollo Social'], 2021,
           'Huánuco, 24 de febrero de 2021', 'OFICIO N° 0211-2021-GRH/GRDS',
           ['Señora', 'CINTHIA ROJAS ALBORNOZ', 'Presente.-'],
           [('ASUNTO:', 'Solicitud de acceso a la información – acciones de prevención y atención a víctimas de trata, 2019-2020'), ('REF.:', 'Solicitud de Acceso N° 0059-2021')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, cuyo trámite fue coordinado con las unidades orgánicas que podrían poseer la información requerida:'])
    R.bullets(['La Sub Gerencia de Programas Sociales, mediante Memorando N° 0103-2021-GRH/GRDS/SGPS, señala que no registra actividades de prevención de la trata de personas en los años 2019 y 2020.',
               'La Dirección Regional de Salud, con Informe N° 017-2021-GRH/DIRESA/DESP, indica que sus establecimientos no identifican a los pacientes como víctimas de trata en el sistema HIS, por lo que no cuenta con dicha información.',
               'La Dirección Regional de Trabajo manifestó verbalmente que no tiene registros sobre la materia.'])
    body(R, ['En consecuencia, este Gobierno Regional no posee la información solicitada, de conformidad con el artículo 13 del TUO de la Ley N° 27806, que no obliga a crear o producir información con la que no se cuente.', 'Atentamente,'])
    R.sign('Mg. RENZO TUCTO ESPINOZA', 'Gerente Regional de Desarrollo Social')


def h936():
    R = new('h936', 'missing', 'no_information', ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Universidad Nacional de Trujillo', 'UNT', 'other'),
            'LETTER N° 027-2022-UNT/OTAIP', ['Request N° 0144-2022'],
            '2022-03-01', 'short English letter from the transparency office: no information held', lang='en')
    R.header(['UNIVERSIDAD NACIONAL DE TRUJILLO', 'Transparency and Access to Public Information Office'], logo=(logo_png('unt936', 'UNT', 'shield', (0, 50, 120)), 1.4))
    R.p('Trujillo, 1 March 2022', align='r')
    R.p('LETTER N° 027-2022-UNT/OTAIP', bold=True, after=8)
    to(R, ['Dr. Samuel Achterberg', 'University of Leiden'])
    body(R, ['Subject: Request N° 0144-2022 – research, training and awareness activities on trafficking in persons carried out by the University in 2021',
             'Dear Dr. Achterberg,',
             'We acknowledge your request. After consulting the Vice-Rectorate for Research, the Office of Social Responsibility and the faculties concerned, we regret to inform you that the University does not hold records of research projects, training or awareness activities on trafficking in persons for the year requested.',
             'We remain at your disposal for any further request.', 'Kind regards,'])
    R.sign('CPC. ROSA ELENA ALVA PELÁEZ', 'Officer in charge of Access to Public Information')


def h937():
    R = new('h937', 'missing', 'not_competent_referred', ['governance'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'OFICIO N° 0418-2019-EF/50.06', ['Solicitud de Acceso a la Información N° 2019-0002291'],
            '2019-03-27', 'short oficio: not competent, request forwarded to MININTER and MIMP')
    letter(R, ['MINISTERIO DE ECONOMÍA Y FINANZAS', 'Dirección General de Presupuesto Público'], 2019,
           'Lima, 27 de marzo de 2019', 'OFICIO N° 0418-2019-EF/50.06',
           ['Señor', 'LUIS FERNANDO ARCE MOLINA', 'Presente.-'],
           [('ASUNTO:', 'Presupuesto ejecutado en la implementación del Plan Nacional contra la Trata de Personas, año 2018'),
            ('REF.:', 'Solicitud de Acceso a la Información N° 2019-0002291')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Al respecto, cabe señalar que la Dirección General de Presupuesto Público no programa ni ejecuta las actividades del Plan Nacional contra la Trata de Personas, cuya determinación y seguimiento corresponde a cada pliego responsable.',
             'En tal sentido, de conformidad con el artículo 11 literal b) del TUO de la Ley N° 27806, su solicitud ha sido derivada al Ministerio del Interior, en su calidad de Secretaría Técnica de la Comisión Multisectorial, y al Ministerio de la Mujer y Poblaciones Vulnerables, para su atención directa.',
             'Atentamente,'])
    R.sign('ELOY DURÁN CERVANTES', 'Director General de Presupuesto Público (e)')
