"""blind-v24 letters a001-a015 (written from scratch for this set from the labeling guide)."""
from common import *
from common import _pborder
from lib import M, C, P, logo_png, shade

Y24 = ('2024-01-01', '2024-12-31')
Y23 = ('2023-01-01', '2023-12-31')


def a001():
    R = new('a001', 'missing', 'acknowledgment', ['prevention', 'protection'], Y24,
            S('Gobierno Regional del Cusco', 'GORE Cusco', 'regional_government'),
            'CARGO DE RECEPCIÓN N° 0004187-2025-GRC/MPV', ['Expediente N° 2025-0004187'], '2025-01-20',
            'receipt slip of the virtual front desk: field grid, derivation line, no signature',
            notes='Only the receipt of the request and its derivation to the social development office; no information. '
                  'The requested period (2024) is restated in the subject field.', font='DejaVu Sans', size=9.5)
    iso_header(R, ['GOBIERNO REGIONAL DEL CUSCO', 'Mesa de Partes Virtual', 'Sistema de Trámite Documentario'], 'MPV-F-03',
               logo=(logo_png('grc', 'GRC', 'circle', (160, 30, 30)), 1.6))
    R.p('CARGO DE RECEPCIÓN N° 0004187-2025-GRC/MPV', bold=True, align='c', size=12, after=8)
    R.table([['Campo', 'Detalle']], [
        ['Expediente', 'Expediente N° 2025-0004187'],
        ['Fecha de registro', date24('', '2025-01-20', 'ymd_slash') + ' 09:41 h'],
        ['Tipo de documento', 'Solicitud de acceso a la información pública (Ley 27806)'],
        ['Solicitante', '(datos personales protegidos)'],
        ['Asunto', 'Información sobre acciones de prevención de la trata de personas y de atención a víctimas '
                   'realizadas por el Gobierno Regional durante el periodo enero - diciembre 2024'],
        ['Unidad de destino', 'Gerencia Regional de Desarrollo Social'],
        ['Estado', 'DERIVADO'],
    ], widths=(4.2, 12.0), size=9, head_shade='BDD7EE')
    R.p('El presente cargo acredita únicamente la recepción del documento. La respuesta será remitida por la unidad '
        'orgánica competente al correo electrónico consignado por el solicitante.', size=8.5, italic=True, before=6)
    R.p('Generado automáticamente por el Sistema de Trámite Documentario. No requiere firma.', size=7.5, align='c', before=18)


def a002():
    R = new('a002', 'answered', None, ['protection'], Y24,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000088-2025-MIMP-WARMIÑAN-DE', ['Solicitud con Registro N° 2025-0012734', 'Informe N° D000031-2025-MIMP-WARMIÑAN-SDPRE'],
            '2025-02-14',
            'oficio in a ruled opening grid + annex page: count table by department with sex columns and a share column',
            notes='Cases of trafficking in persons attended by the women\'s emergency centres (CEM) of the Warmi Ñan programme in '
                  '2024, recorded as MIMP. The share column is the percent of the national total. Count noun "caso".',
            font='Arial', size=10.5)
    tab_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Nacional Warmi Ñan'],
               'Dirección Ejecutiva', logo=(logo_png('mimp24', 'MIMP', 'square', (150, 20, 60)), 1.4))
    open24(R, 2025, date24('Lima', '2025-02-14', 'roman'), 'OFICIO N° D000088-2025-MIMP-WARMIÑAN-DE',
           to_lines=['Señora', 'Solicitante', 'Presente.-'],
           rows=[('Asunto', 'Atención a solicitud de acceso a la información pública'),
                 ('Referencia', 'Solicitud con Registro N° 2025-0012734')])
    data = [('Amazonas', 9, 2), ('Áncash', 21, 4), ('Apurímac', 12, 1), ('Arequipa', 64, 9), ('Ayacucho', 18, 3),
            ('Cajamarca', 27, 5), ('Callao', 33, 6), ('Cusco', 96, 14), ('Huancavelica', 7, 0), ('Huánuco', 22, 3),
            ('Ica', 25, 2), ('Junín', 58, 8), ('La Libertad', 41, 7), ('Lambayeque', 30, 4), ('Lima Metropolitana', 187, 31),
            ('Lima Provincias', 29, 5), ('Loreto', 112, 17), ('Madre de Dios', 134, 12), ('Moquegua', 6, 1), ('Pasco', 11, 2),
            ('Piura', 39, 6), ('Puno', 77, 10), ('San Martín', 35, 5), ('Tacna', 48, 7), ('Tumbes', 26, 4), ('Ucayali', 52, 8)]
    tot = sum(a + b for _, a, b in data)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita '
             'información sobre la atención de casos de trata de personas por los Centros Emergencia Mujer durante el año 2024.',
             'Al respecto, remito adjunto el Informe N° D000031-2025-MIMP-WARMIÑAN-SDPRE, elaborado por la Subdirección de '
             'Prevención, Registro y Estadística, según el cual los CEM atendieron en total %s casos vinculados a trata de '
             'personas en el año 2024, cuyo detalle por departamento y sexo se presenta en el anexo.' % Cn(tot, 'caso', 'eu', y=2024),
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi consideración.'])
    ecert_sign(R, 'Rocío Mendívil Zapata', 'Directora Ejecutiva', 'Programa Nacional Warmi Ñan', '14/02/2025 a las 16:07 h')
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', after=2)
    rows = [(d, [a, b, a + b]) for d, a, b in data]
    t = ctab(R, [['Departamento', 'Mujeres', 'Hombres', 'Total', '% del total']], rows, 'caso', year=2024, pct=(2, 'total'),
             caption='Casos de trata de personas atendidos por los CEM, según departamento y sexo de la víctima, 2024',
             widths=(5.0, 2.6, 2.6, 2.6, 2.8), size=8.5, pct_dec=1)
    R.p('Fuente: Registro de Casos del Programa Nacional Warmi Ñan. Elaboración: SDPRE.', size=7.5, italic=True)


def a003():
    R = new('a003', 'out_of_period', None, ['governance', 'prevention', 'protection'], Y24,
            S('Gobierno Regional de Apurímac', 'GORE Apurímac', 'regional_government'),
            'OFICIO N° 0071-2025-GRAP/GRDS', ['Carta N° 004-2025', 'Ordenanza Regional N° 012-2025-GR-APURÍMAC/CR'],
            '2025-03-05',
            'oficio with thick-thin rule header; the request restated; table of programmed goals and budget for 2026 and 2027',
            notes='Restates that the request concerns January-December 2024, then gives only the goals and programmed budget of '
                  'the new regional plan for 2026 and 2027; nothing about 2024. Plan figures carry the year they are programmed for. '
                  'Money "programado" is allocated.', font='Calibri', size=11)
    thickthin_header(R, ['GOBIERNO REGIONAL DE APURÍMAC', 'Gerencia Regional de Desarrollo Social'],
                     logo=(logo_png('grap', 'GRA', 'shield', (20, 90, 40)), 1.3))
    open24(R, 2025, date24('Abancay', '2025-03-05', 'dias_mes'), 'OFICIO N° 0071-2025-GRAP/GRDS', order='right_block',
           to_lines=['Señor', 'Solicitante', 'Ciudad.-'],
           rows=[('ASUNTO:', 'Respuesta a solicitud de información'), ('REF.:', 'Carta N° 004-2025')])
    goals = [('Talleres de prevención en instituciones educativas', 'taller', 40, 46, 52000, 61000),
             ('Campañas radiales en quechua y castellano', 'campaña', 6, 8, 18500, 24000),
             ('Funcionarios capacitados en el protocolo regional', 'funcionario', 120, 150, 15800, 19600),
             ('Sesiones de la Red Regional contra la Trata', 'sesión', 4, 4, 6000, 6000),
             ('Víctimas con plan de reintegración', 'víctima', 15, 20, 42000, 56000)]
    body(R, ['Me dirijo a usted en relación con el documento de la referencia, por el cual solicita información sobre las '
             'acciones ejecutadas por este Gobierno Regional contra la trata de personas en el periodo comprendido entre '
             'enero y diciembre de 2024.',
             'Sobre el particular, se comunica que mediante la Ordenanza Regional N° 012-2025-GR-APURÍMAC/CR se aprobó el Plan '
             'Regional contra la Trata de Personas, cuya programación de metas físicas y financieras para los años 2026 y 2027 '
             'se detalla a continuación:'])
    rows = []
    for lab, w, m26, m27, p26, p27 in goals:
        rows.append([lab, Cn(m26, w, y=2026), Cn(m27, w, y=2027), Mf(p26, y=2026, r='a'), Mf(p27, y=2027, r='a')])
    head = [['Acción estratégica', 'Meta física', '', 'Presupuesto programado (S/)', ''], ['', '2026', '2027', '2026', '2027']]
    mer = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)]
    t = mtable(R, head, rows, merges=mer, widths=(6.6, 1.9, 1.9, 2.8, 2.8), size=9)
    body(R, ['La información sobre la ejecución correspondiente al ejercicio 2024 viene siendo consolidada por la Subgerencia '
             'de Desarrollo Humano y será publicada en el portal de transparencia una vez concluida.'])
    box_sign(R, 'Julio César Quispe Huamaní', 'Gerente Regional de Desarrollo Social')


def a004():
    R = new('a004', 'answered', None, ['prosecution', 'protection'], Y24,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios', 'FISTRAP Madre de Dios', 'autonomous'),
            'OFICIO N° 000212-2025-MP-FN-FPETP-MADRE DE DIOS', ['Solicitud de fecha 06 de enero de 2025'], '2025-01-29',
            'oficio with crest header; state of the fiscal files by offence in a ruled table; operations and rescues in prose',
            notes='A specialised provincial prosecutor\'s office, named as the office (autonomous). Count nouns: carpeta fiscal, '
                  'operativo, víctima. "Doce (12)" is one count of 12.', font='Times New Roman', size=11.5)
    crest_header(R, ['Ministerio Público', 'Fiscalía de la Nación', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios'],
                 (logo_png('mp24', 'MP', 'circle', (20, 40, 110)), 1.5))
    lema(R, 2025)
    R.p(date24('Puerto Maldonado', '2025-01-29', 'caps_weekday'), align='r', after=6)
    R.p('OFICIO N° 000212-2025-MP-FN-FPETP-MADRE DE DIOS', bold=True, after=8)
    to(R, ['Señor(a):', 'SOLICITANTE', 'Presente.-'])
    kv(R, [('Asunto:', 'Remite información estadística'), ('Ref.:', 'Solicitud de fecha 06 de enero de 2025')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, para informarle sobre la carga '
             'de esta Fiscalía en materia de trata de personas durante el año 2024, según el Sistema de Gestión Fiscal:'])
    data = [('Diligencias preliminares', [58, 17, 9]), ('Investigación preparatoria', [23, 6, 4]),
            ('Etapa intermedia (acusación)', [11, 3, 1]), ('Sentencia condenatoria', [7, 2, 1]),
            ('Sobreseimiento / archivo', [19, 5, 3])]
    ctab(R, [['Estado de la carpeta fiscal', 'Trata de personas', 'Explotación sexual', 'Trabajo forzoso']], data,
         'carpeta fiscal', year=2024, widths=(6.2, 3.2, 3.2, 3.2), size=9, caption='Carpetas fiscales por estado y delito – 2024')
    body(R, ['Asimismo, en el mismo periodo se participó en %s operativos conjuntos con la Policía Nacional en los corredores '
             'mineros de Huepetuhe, Laberinto e Inambari, en los que se rescató a %s presuntas víctimas, de las cuales %s eran '
             'menores de edad y fueron puestas a disposición de la Unidad de Protección Especial.'
             % (Cwd(12, 'operativo', cap=True, y=2024), Cn(47, 'víctima', y=2024), Cn(19, 'víctima', y=2024)),
             'Es cuanto informo a usted para los fines pertinentes.'])
    cargo_first_sign(R, 'Abg. Marleny Huarcaya Ccori', 'Fiscal Provincial Titular',
                     'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios')


def a005():
    R = new('a005', 'answered', None, ['protection'], Y24,
            S('Gerencia Regional de Salud Arequipa', 'GERESA Arequipa', 'regional_government'),
            'OFICIO N° 0294-2025-GRA/GRS/GR-DESP', ['Expediente N° 0812455', 'Informe N° 021-2025-GRA/GRS/DESP-SM'], '2025-02-21',
            'oficio with number between two rules; table with a double outer frame and dotted row lines; percent "por 100" in prose',
            notes='The regional health management of Arequipa is an executing unit of the regional government, named as the unit. '
                  'Victims attended in 2024 by health network and kind of care. "62 por 100" is a percent.',
            font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL DE AREQUIPA', 'Gerencia Regional de Salud', 'Dirección Ejecutiva de Salud de las Personas'],
             logo=(logo_png('gra24', 'GRA', 'shield', (160, 20, 20)), 1.3), size=8.5)
    open24(R, 2025, date24('Arequipa', '2025-02-21', 'roman'), 'OFICIO N° 0294-2025-GRA/GRS/GR-DESP', order='ref_rules',
           to_lines=['Señor', 'SOLICITANTE', 'Presente.-'],
           rows=[('Asunto :', 'Información sobre atención a víctimas de trata de personas, año 2024'),
                 ('Referencia :', 'Expediente N° 0812455')])
    body(R, ['Es grato dirigirme a usted en atención al expediente de la referencia. Al respecto, la Estrategia Sanitaria de '
             'Salud Mental, mediante el Informe N° 021-2025-GRA/GRS/DESP-SM, reporta las atenciones brindadas a víctimas de '
             'trata de personas en los establecimientos de salud de la región durante el año 2024:'])
    data = [('Red Arequipa - Caylloma', [41, 36, 12]), ('Red Camaná - Caravelí', [17, 15, 6]),
            ('Red Castilla - Condesuyos - La Unión', [9, 9, 2]), ('Red Islay', [6, 5, 1]),
            ('Hospital Regional Honorio Delgado', [14, 11, 8]), ('Hospital Goyeneche', [8, 7, 3])]
    R.p('Víctimas atendidas por red y tipo de atención, 2024', bold=True, align='c', size=9.5, after=2)
    tab = ctab(R, [['Red / Hospital', 'Atención médica', 'Atención en salud mental', 'Examen médico legal']], data,
               ['víctima', 'víctima', 'víctima'], year=2024, widths=(6.0, 3.2, 3.6, 3.2), size=9, ruled='none')
    dotted_rules(R.doc.tables[-1])
    body(R, ['Del total de víctimas con atención médica, el %s fueron adolescentes de 12 a 17 años, y el %s de las atenciones en '
             'salud mental se realizaron en los Centros de Salud Mental Comunitarios.' % (Ppor100(62, y=2024), Ppor100(71, y=2024)),
             'Atentamente,'])
    box_sign(R, 'Dr. Renzo Valdivia Chirinos', 'Director Ejecutivo de Salud de las Personas', 'Gerencia Regional de Salud Arequipa')


def a006():
    R = new('a006', 'missing', 'no_information', ['prevention', 'protection'], Y24,
            S('Municipalidad Distrital de Villa El Salvador', 'MDVES', 'district_municipality'),
            'CARTA N° 031-2025-GM/MVES', ['Expediente N° 2025-00318', 'Informe N° 012-2025-SGDH-GDS/MVES'], '2025-01-31',
            'short letter with the date first; certified-copy typed signature',
            notes='The social development office found no records of prevention actions or assistance to victims for 2024 '
                  '(no information, not a substantive null answer: it says the records are not there).',
            font='Liberation Serif', size=11.5)
    R.header(['MUNICIPALIDAD DISTRITAL DE VILLA EL SALVADOR', 'Gerencia Municipal'], align='l', size=9,
             logo=(logo_png('mves', 'VES', 'shield', (200, 120, 0)), 1.2))
    open24(R, 2025, date24('Villa El Salvador', '2025-01-31', 'dmy_dash'), 'CARTA N° 031-2025-GM/MVES', order='date_first',
           to_lines=['Señor:', 'Solicitante', 'Presente.-'])
    kv(R, [('Asunto:', 'Respuesta a solicitud de acceso a la información'), ('Referencia:', 'Expediente N° 2025-00318')])
    body(R, ['De mi consideración:',
             'En atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de prevención '
             'de la trata de personas y de atención a sus víctimas realizadas por la Municipalidad durante el año 2024, se '
             'comunica que la Subgerencia de Desarrollo Humano, a través del Informe N° 012-2025-SGDH-GDS/MVES, señala que, '
             'efectuada la búsqueda en sus archivos físicos y digitales, no se ubicó documentación relacionada con lo solicitado.',
             'En consecuencia, esta entidad no cuenta con la información requerida.', 'Atentamente,'])
    fdo_sign(R, 'Carlos Enrique Palomino Ruiz', 'Gerente Municipal')


def a007():
    R = new('a007', 'out_of_period', None, ['prosecution'], Y24,
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'OFICIO N° 056-2025-MPT/GSC', ['Solicitud de Acceso N° 0149-2025', 'Carta N° 022-2025-MPT-PPM'], '2025-02-10',
            'oficio with a document-control header; years as columns (2022, 2023) in a grid table',
            notes='The 2024 inspection records of night venues are held by the municipal attorney for a pending proceeding (cited '
                  'letter); only 2022 and 2023 are given. Joint operations with police and prosecutors and minors found: '
                  'prosecution.', font='Arial', size=10.5)
    iso_header(R, ['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Seguridad Ciudadana'], 'GSC-FO-07', '02',
               logo=(logo_png('mpt', 'MPT', 'circle', (0, 110, 60)), 1.5))
    open24(R, 2025, date24('Puerto Maldonado', '2025-02-10', 'month_first'), 'OFICIO N° 056-2025-MPT/GSC', order='right_block',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'],
           rows=[('Asunto:', 'Se remite información'), ('Ref.:', 'Solicitud de Acceso N° 0149-2025')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, sobre los operativos de fiscalización a locales '
             'nocturnos vinculados a la trata de personas realizados en el año 2024.',
             'Al respecto, los expedientes de fiscalización del año 2024 fueron remitidos a la Procuraduría Pública Municipal '
             'con motivo de un proceso judicial en trámite, según la Carta N° 022-2025-MPT-PPM, por lo que no pueden ser '
             'procesados por esta Gerencia. Se alcanza la información disponible de los dos años anteriores:'])
    rows = yrows([('Operativos conjuntos con PNP y Fiscalía', 'operativo', [14, 19]),
                  ('Locales nocturnos intervenidos', 'local', [37, 52]),
                  ('Locales clausurados', 'local', [9, 16]),
                  ('Menores de edad halladas en los locales', 'menor de edad', [11, 8]),
                  ('Actas remitidas a la Fiscalía', 'acta', [6, 10])], [2022, 2023])
    R.table([['Indicador', '2022', '2023']], rows, widths=(9.0, 3.0, 3.0), size=9.5, head_shade='C6E0B4')
    body(R, ['Atentamente,'])
    sigline(R, 'Ing. Wilber Condori Mamani', 'Gerente de Seguridad Ciudadana', align='c')


def a008():
    R = new('a008', 'answered', None, ['governance', 'prevention', 'protection'], Y24,
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 0118-2025-GRU-GRDS', ['Solicitud N° 0071-2025-GRU-TRANSP'], '2025-02-26',
            'oficio + landscape SIAF annex: two header rows (names, then a units row "S/" and "%"), dark header, total row',
            notes='Budget of the 2024 regional plan against trafficking by goal. The unit "S/" is printed in a units row under '
                  'each amount column (unit_source column; column names join both header rows). Avance is devengado / PIM. '
                  'Goal codes are not figures.', font='Arial', size=10.5)
    tab_header(R, ['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia Regional de Desarrollo Social'], 'Oficina de Programación',
               fill='1E4D2B', logo=(logo_png('goreu', 'GRU', 'shield', (30, 80, 40)), 1.3))
    open24(R, 2025, date24('Pucallpa', '2025-02-26', 'caps_plain'), 'OFICIO N° 0118-2025-GRU-GRDS', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Ejecución presupuestal 2024 – Plan Regional contra la Trata de Personas'),
                                            ('Referencia', 'Solicitud N° 0071-2025-GRU-TRANSP')])
    body(R, ['Tengo a bien dirigirme a usted para remitir, en anexo, la ejecución presupuestal al 31 de diciembre de 2024 de las '
             'metas vinculadas al Plan Regional de Acción contra la Trata de Personas, según el Sistema Integrado de '
             'Administración Financiera.', 'Atentamente,'])
    scribble_sign(R, 'Lic. Gianella Ruiz Vásquez', 'Gerente Regional de Desarrollo Social', seed=8801)
    R.landscape()
    R.p('ANEXO: EJECUCIÓN PRESUPUESTAL 2024 – METAS VINCULADAS A LA TRATA DE PERSONAS', bold=True, align='c', after=4)
    data = [('0041', 'Fortalecimiento de la Red Regional contra la Trata', [35000, 42500, 41200, 41200, 40350, 40350]),
            ('0042', 'Campañas de prevención en comunidades nativas', [60000, 78600, 77150, 77150, 74980, 74980]),
            ('0043', 'Capacitación a docentes y tutores', [28000, 31400, 29800, 29800, 29800, 28650]),
            ('0044', 'Atención y acompañamiento a víctimas', [90000, 96250, 88120, 88120, 83475, 83475]),
            ('0045', 'Sistema regional de información y registro', [15000, 12000, 9600, 9600, 9600, 9600])]
    head = [['Meta', 'Actividad', 'PIA', 'PIM', 'Certificación', 'Compromiso anual', 'Devengado', 'Girado', 'Avance'],
            ['', '', 'S/', 'S/', 'S/', 'S/', 'S/', 'S/', '%']]
    names = hnames(head, [(0, 0, 1, 0), (0, 1, 1, 1)])
    siaf(R, data, 2024, head_rows=head, merges=[(0, 0, 1, 0), (0, 1, 1, 1)], colnames=names, pct_suf='',
         widths=(1.4, 7.6, 2.3, 2.3, 2.4, 2.4, 2.3, 2.3, 1.6), size=8.5)
    dark_head(R.doc.tables[-1], rows=2)
    R.p('Fuente: SIAF – Consulta amigable, corte al 31.12.2024.', size=7.5, italic=True)


def a009():
    R = new('a009', 'missing', 'not_competent_referred', ['governance'], Y24,
            S('Ministerio de Vivienda, Construcción y Saneamiento', 'MVCS', 'ministry'),
            'OFICIO N° 00214-2025-VIVIENDA/SG-OACGD', ['Solicitud N° 1587-2025', 'Oficio N° 00211-2025-VIVIENDA/SG-OACGD',
                                                        'Oficio N° 00212-2025-VIVIENDA/SG-OACGD'], '2025-01-24',
            'oficio with a grid opening; two referral oficios cited; electronic-signature box',
            notes='Not competent: the ministry does not take part in the budget programme of the national policy against '
                  'trafficking; forwarded to the women\'s and interior ministries by two cited oficios.', font='Calibri', size=11)
    thickthin_header(R, ['MINISTERIO DE VIVIENDA, CONSTRUCCIÓN Y SANEAMIENTO', 'Secretaría General',
                         'Oficina de Atención a la Ciudadanía y Gestión Documentaria'], color='7F6000')
    open24(R, 2025, date24('Lima', '2025-01-24', 'month_first'), 'OFICIO N° 00214-2025-VIVIENDA/SG-OACGD', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Traslado de solicitud de acceso a la información'),
                                            ('Referencia', 'Solicitud N° 1587-2025')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere el presupuesto asignado '
             'y ejecutado en el año 2024 para la implementación de la Política Nacional frente a la Trata de Personas.',
             'Al respecto, le informo que este Ministerio no es una entidad responsable de los servicios de dicha política '
             'nacional ni cuenta con metas presupuestales asociadas a ella; por ello, su pedido ha sido trasladado al Ministerio '
             'de la Mujer y Poblaciones Vulnerables y al Ministerio del Interior, mediante el Oficio N° 00211-2025-VIVIENDA/SG-OACGD '
             'y el Oficio N° 00212-2025-VIVIENDA/SG-OACGD, respectivamente, de conformidad con el artículo 15-A.2 del Texto Único '
             'Ordenado de la Ley N° 27806.', 'Atentamente,'])
    ecert_sign(R, 'Patricia Lozano Bermúdez', 'Jefa de la Oficina de Atención a la Ciudadanía y Gestión Documentaria',
               'MVCS', '24/01/2025 a las 11:52 h')


def a010():
    R = new('a010', 'answered', None, ['prevention', 'protection'], Y24,
            S('Municipalidad Distrital de Inambari', 'MDI', 'district_municipality'),
            'OFICIO N° 019-2025-MDI/A', ['Solicitud de fecha 13 de enero de 2025'], '2025-01-27',
            'short oficio with crest header and post-first signature; a substantive null answer, no figures',
            notes='Substantive null answer for 2024: the municipality states it carried out no activities to prevent trafficking or '
                  'to assist victims during the 2024 fiscal year and programmed no budget for them (answered, no figures).',
            font='Arial Narrow', size=11.5)
    crest_header(R, ['Municipalidad Distrital de Inambari', 'Provincia de Tambopata – Región Madre de Dios', 'Alcaldía'],
                 (logo_png('mdi', 'MDI', 'shield', (0, 90, 140)), 1.3))
    open24(R, 2025, date24('Mazuko', '2025-01-27', 'dot_month'), 'OFICIO N° 019-2025-MDI/A', order='date_first',
           to_lines=['Señor(a):', 'SOLICITANTE', 'Presente.-'], rows=[('Asunto:', 'Respuesta a solicitud de información'),
                                                                      ('Referencia:', 'Solicitud de fecha 13 de enero de 2025')])
    body(R, ['Tengo el agrado de dirigirme a usted con relación al documento de la referencia, en el que solicita información '
             'sobre las actividades de prevención de la trata de personas y de atención a sus víctimas realizadas por esta '
             'Municipalidad en el año 2024.',
             'Al respecto, cumplo con informarle que, de acuerdo con lo reportado por la Unidad de Desarrollo Social y la DEMUNA, '
             'durante el año fiscal 2024 la Municipalidad Distrital de Inambari no ejecutó actividades de prevención de la trata '
             'de personas ni de atención a víctimas, y tampoco programó recursos presupuestales destinados a dichas finalidades.',
             'Sin otro particular, me despido de usted.'])
    cargo_first_sign(R, 'Edwin Saldívar Apaza', 'Alcalde', 'Municipalidad Distrital de Inambari')


def a011():
    R = new('a011', 'out_of_period', None, ['governance'], Y24,
            S('Universidad Nacional de San Agustín de Arequipa', 'UNSA', 'other'),
            'OFICIO N° 0143-2025-VRI-UNSA', ['Expediente N° 1098432-2025'], '2025-03-12',
            'university letter with tab header; a table of funded research projects with a year column and amounts',
            notes='Research on trafficking funded by the university: the 2024 projects have no final report yet, so it lists '
                  'only the projects of 2021 and 2022 with their funding (allocated) and researchers. The year comes from the '
                  'year column of each row.', font='Liberation Serif', size=11.5)
    tab_header(R, ['UNIVERSIDAD NACIONAL DE SAN AGUSTÍN DE AREQUIPA', 'Vicerrectorado de Investigación'],
               'Dirección de Gestión de la Investigación', fill='5B1A1A',
               logo=(logo_png('unsa', 'UNSA', 'circle', (110, 20, 20)), 1.4))
    open24(R, 2025, date24('Arequipa', '2025-03-12', 'month_first'), 'OFICIO N° 0143-2025-VRI-UNSA', order='ref_rules',
           to_lines=['Señor', 'Solicitante', 'Presente'], rows=[('Asunto:', 'Información sobre investigaciones en trata de personas'),
                                                                 ('Referencia:', 'Expediente N° 1098432-2025')])
    body(R, ['Me dirijo a usted con relación al expediente de la referencia, en el cual solicita información sobre los proyectos '
             'de investigación en materia de trata de personas financiados por la Universidad durante el año 2024.',
             'Al respecto, los proyectos del concurso 2024 se encuentran en ejecución y aún no cuentan con informe final '
             'aprobado. Se consignan los proyectos concluidos de convocatorias anteriores:'])
    projs = [('Trata con fines de explotación laboral en la minería artesanal de Caravelí', 2021, 148500.0, 5),
             ('Rutas de captación de adolescentes en el corredor Arequipa - Puno', 2021, 97250.0, 4),
             ('Percepción del riesgo de trata en estudiantes de educación secundaria', 2022, 62800.0, 3),
             ('Explotación sexual en zonas de frontera: estudio de casos en Tacna', 2022, 115000.0, 6)]
    rows = [[t, str(y), Mf(v, y=y, r='a'), Cn(n, 'investigador', y=y)] for t, y, v, n in projs]
    R.table([['Proyecto', 'Año', 'Monto financiado (S/)', 'Investigadores']], rows, widths=(8.6, 1.4, 3.4, 2.6), size=9)
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Dra. Silvia Benavente Llerena', 'Directora de Gestión de la Investigación', seed=1101)


def a012():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    R = new('a012', 'answered', None, ['protection'], Y24,
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            None, [], '2025-02-03',
            'workbook sent alone: merged title rows, months as rows, nationalities as columns, bold total row',
            notes='A spreadsheet sent without a letter and with no own number. Foreign presumed victims of trafficking granted a '
                  'humanitarian migratory status or a regularisation in 2024, by month and nationality (protection: migratory '
                  'status of foreign victims). letter_date from the "Emitido el" line.',
            fmt='xlsx', keep_native=True)
    ws = R.wb.active
    ws.title = 'Calidad humanitaria 2024'
    ws['A1'] = 'SUPERINTENDENCIA NACIONAL DE MIGRACIONES'
    ws['A2'] = 'Gerencia de Servicios Migratorios – Unidad de Estadística'
    ws['A3'] = 'Presuntas víctimas de trata de personas extranjeras con calidad migratoria humanitaria o regularización, 2024'
    for r_ in (1, 2, 3):
        ws.merge_cells(start_row=r_, start_column=1, end_row=r_, end_column=6)
        ws.cell(row=r_, column=1).font = Font(bold=r_ != 2, size=11 if r_ == 1 else 10)
        ws.cell(row=r_, column=1).alignment = Alignment(horizontal='center')
    ws['A4'] = 'Emitido el 03/02/2025'
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    vals = [(4, 1, 0, 1), (3, 2, 1, 0), (6, 1, 0, 2), (5, 0, 1, 1), (7, 2, 0, 0), (2, 1, 1, 1), (8, 3, 0, 1), (5, 1, 2, 0),
            (4, 0, 0, 1), (6, 2, 1, 0), (3, 1, 0, 2), (5, 2, 1, 1)]
    rows = []
    tot = [0, 0, 0, 0]
    for m_, v in zip(months, vals):
        row = [m_]
        for j, x in enumerate(v):
            tot[j] += x
            row.append((x, '0', 'count', {'what': 'persona', 'y': 2024}))
        row.append((sum(v), '0', 'count', {'what': 'persona', 'y': 2024}))
        rows.append(row)
    rows.append(['Total'] + [(t, '0', 'count', {'what': 'persona', 'y': 2024}) for t in tot] +
                [(sum(tot), '0', 'count', {'what': 'persona', 'y': 2024})])
    xtable(R, ws, 6, [['Mes', 'Venezolana', 'Colombiana', 'Ecuatoriana', 'Otras', 'Total']], rows,
           widths=(14, 13, 13, 13, 10, 10), bold_last=True)
    xsetup(ws, landscape=False)
    xfont(ws, 'Calibri')


def a013():
    R = new('a013', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'INFORME N° 047-2025-MPH/GDS-SGPA', ['Memorando N° 088-2025-MPH/GDS'], '2025-02-18',
            'internal report A/DE/ASUNTO head; SIAF-like table of a food programme with a corner unit cell',
            notes='Off topic: the 2024 budget execution of the municipal food programme (Programa de Vaso de Leche), not '
                  'trafficking in persons. No axes; money figures kept (PIA/PIM allocated, devengado executed).',
            font='Calibri', size=11)
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Gerencia de Desarrollo Social', 'Subgerencia de Programas Alimentarios'],
             align='l', size=8.5)
    lema(R, 2025)
    R.p('INFORME N° 047-2025-MPH/GDS-SGPA', bold=True, align='c', size=12.5, after=8)
    kv(R, [('A:', 'Gerente de Desarrollo Social'), ('DE:', 'Subgerente de Programas Alimentarios'),
           ('ASUNTO:', 'Ejecución presupuestal del Programa de Vaso de Leche – ejercicio 2024'),
           ('REF.:', 'Memorando N° 088-2025-MPH/GDS'), ('FECHA:', date24('Huancayo', '2025-02-18', 'dmy_dash'))])
    R.p('_' * 80, size=7, after=6)
    body(R, ['Tengo el agrado de dirigirme a usted para informar la ejecución presupuestal del Programa de Vaso de Leche '
             'correspondiente al ejercicio 2024, conforme al siguiente detalle:'])
    items = [('Adquisición de leche evaporada', 2150000, 2284300, 2279860), ('Adquisición de hojuelas de avena', 640000, 702150, 698420),
             ('Distribución y transporte', 118000, 126400, 121975), ('Supervisión de comités', 42000, 39500, 36280)]
    rows = [[a, Mf(p, y=2024, r='a'), Mf(m, y=2024, r='a'), Mf(d, y=2024, r='e')] for a, p, m, d in items]
    rows.append(['Total', Mf(sum(x[1] for x in items), y=2024, r='a'), Mf(sum(x[2] for x in items), y=2024, r='a'),
                 Mf(sum(x[3] for x in items), y=2024, r='e')])
    R.table([['En soles', 'PIA', 'PIM', 'Devengado']], rows, widths=(7.0, 3.0, 3.0, 3.0), size=9.5, bold_rows=(4,))
    body(R, ['Se atendió a los comités de vaso de leche de los distritos de la provincia, conforme al padrón vigente.',
             'Es todo cuanto informo.'])
    sigline(R, 'Lic. Mercedes Rojas Camarena', 'Subgerente de Programas Alimentarios', align='c')


def a014():
    R = new('a014', 'answered', None, ['governance', 'prevention', 'protection'], Y24,
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0097-2025-GOREMAD/GRDS', ['Carta N° 003-2025-SOL', 'Informe N° 014-2025-GOREMAD/GRDS-SGPV'], '2025-02-07',
            'oficio with tab header; quarterly count table (I to IV trimestre and total); money "S/ 84,6 mil" in prose',
            notes='2024 figures of the regional network, prevention and training; the regional programme for the reintegration of '
                  'victims foreseen in the plan "no ha sido creado" (information on protection); labour inspection in gold mining is '
                  'SUNAFIL\'s competence. Still answered.', font='DejaVu Sans', size=10)
    tab_header(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social'], 'Subgerencia de\nPoblaciones Vulnerables',
               fill='8C4A00', logo=(logo_png('goremad', 'GRM', 'shield', (140, 74, 0)), 1.3))
    open24(R, 2025, date24('Puerto Maldonado', '2025-02-07', 'caps_weekday'), 'OFICIO N° 0097-2025-GOREMAD/GRDS', order='right_block',
           to_lines=['Señora', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Acciones contra la trata de personas 2024'),
                                                                    ('Ref.:', 'Carta N° 003-2025-SOL')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia y, sobre la base del Informe N° 014-2025-GOREMAD/GRDS-SGPV, '
             'le informo lo siguiente respecto del año 2024:'])
    data = [('Sesiones de la Red Regional contra la Trata', [1, 2, 1, 2]), ('Talleres de prevención en colegios', [3, 6, 7, 4]),
            ('Ferias informativas en Huepetuhe y Laberinto', [0, 1, 2, 1]), ('Funcionarios capacitados', [22, 35, 18, 26])]
    whats = ['sesión', 'taller', 'feria', 'funcionario']
    rows = []
    for (lab, v), w in zip(data, whats):
        rows.append([lab] + [Cn(x, w, y=2024) for x in v] + [Cn(sum(v), w, y=2024)])
    R.table([['Actividad', 'I Trim.', 'II Trim.', 'III Trim.', 'IV Trim.', 'Total']], rows,
            widths=(6.6, 1.9, 1.9, 1.9, 1.9, 1.9), size=9, head_shade='FCE4D6')
    body(R, ['Para estas actividades se devengó un total de %s con cargo a recursos ordinarios.' % Mdecmil(84.6, y=2024, r='e'),
             'Respecto al Programa Regional de Reintegración de Víctimas previsto en el Plan Regional de Acción, se precisa que '
             'dicho programa no ha sido creado a la fecha, por no contar con financiamiento ni con la aprobación de su diseño.',
             'En cuanto a la fiscalización de las condiciones laborales en la minería aurífera, se informa que esta es competencia '
             'de la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL), por lo que este Gobierno Regional no registra '
             'información sobre dicha materia.', 'Atentamente,'])
    box_sign(R, 'Lic. Yolanda Chambi Ttito', 'Gerente Regional de Desarrollo Social')


def a015():
    R = new('a015', 'out_of_period', None, ['prosecution'], Y24,
            S('Región Policial Cusco', 'REGPOL Cusco', 'police'),
            'OFICIO N° 118-2025-VII MACREPOL CUSCO/REGPOL-CUS/SEC', ['Solicitud S/N de fecha 08ENE2025'], '2025-01-30',
            'police oficio, caps date; station-by-station table for 2023 with three count columns',
            notes='The 2024 complaints are still being cleaned in the police complaints system by the statistics office; the '
                  'police stations\' 2023 figures are given instead (out of period).', font='DejaVu Sans', size=10)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'VII MACRO REGIÓN POLICIAL CUSCO', 'REGIÓN POLICIAL CUSCO – SECRETARÍA'],
             align='c', size=8.5, logo=(logo_png('pnp24', 'PNP', 'shield', (30, 80, 30)), 1.2))
    lema(R, 2025)
    R.p(date24('Cusco', '2025-01-30', 'caps_plain'), align='r', after=4)
    R.p('OFICIO N° 118-2025-VII MACREPOL CUSCO/REGPOL-CUS/SEC', bold=True, after=6)
    to(R, ['Señor(a):', 'SOLICITANTE', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Remite información estadística sobre trata de personas'),
           ('REF.:', 'Solicitud S/N de fecha 08ENE2025')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita las '
             'estadísticas de trata de personas de la jurisdicción correspondientes al año 2024.',
             'Al respecto, las denuncias del año 2024 se encuentran en proceso de depuración en el Sistema de Denuncias '
             'Policiales por la Oficina de Estadística de la Región, por lo que no es posible entregarlas en este momento. Se '
             'remite la información consolidada del año 2023 por comisaría:'])
    data = [('Comisaría Cusco', [14, 6, 9]), ('Comisaría Wanchaq', [11, 4, 7]), ('Comisaría Santiago', [8, 3, 5]),
            ('Comisaría San Jerónimo', [6, 2, 4]), ('Comisaría Quillabamba', [17, 9, 21]), ('Comisaría Sicuani', [9, 3, 6]),
            ('Comisaría Urubamba', [5, 1, 3]), ('Comisaría Espinar', [7, 4, 8])]
    ctab(R, [['Dependencia', 'Denuncias', 'Detenidos', 'Víctimas rescatadas']], data, ['denuncia', 'detenido', 'víctima'],
         year=2023, total='TOTAL', widths=(6.0, 3.0, 3.0, 3.6), size=9, caption='Trata de personas – año 2023')
    body(R, ['Es propicia la oportunidad para expresarle los sentimientos de mi especial consideración y estima personal.'])
    R.p('Dios guarde a Ud.', align='c', after=0)
    cargo_first_sign(R, 'Coronel PNP Jorge Luis Ccahuana Quispe', 'Jefe de la Región Policial Cusco', align='c')
