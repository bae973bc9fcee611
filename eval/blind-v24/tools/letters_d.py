"""blind-v24 letters a046-a060 (written from scratch for this set from the labeling guide)."""
from common import *
from common import _pborder
from lib import M, C, P, logo_png, shade

Y24 = ('2024-01-01', '2024-12-31')
Y23 = ('2023-01-01', '2023-12-31')


def a046():
    R = new('a046', 'answered', None, ['protection', 'governance'], Y24,
            S('Organización Internacional para las Migraciones', 'OIM', 'foreign'),
            'IOM/LIM/2025/0142', ['your request dated 10 February 2025'], '2025-03-06',
            'English letter of an international organisation; a table with a double outer frame and dotted row lines; USD amounts',
            lang='en',
            notes='IOM Peru (recorded as the Organización Internacional para las Migraciones, foreign) writing in English about '
                  'victims of trafficking it assisted in 2024 and the funding of that assistance (USD; "disbursed" is executed, '
                  '"approved" allocated). Counts in English ("victim", "return").', font='Calibri', size=11)
    R.header(['International Organization for Migration (IOM)', 'Mission in Peru'], align='l', size=9,
             logo=(logo_png('iom', 'IOM', 'circle', (0, 51, 160)), 1.3))
    R.p(date24('Lima', '2025-03-06', 'en_gb'), align='r', after=4)
    R.p('IOM/LIM/2025/0142', bold=True, after=8)
    body(R, ['Dear Sir or Madam,',
             'With reference to your request dated 10 February 2025, please find below the information on the assistance provided '
             'by IOM Peru to victims of trafficking in persons during 2024, in coordination with the national authorities.'], align='l')
    data = [('Venezuelan', [118, 21]), ('Peruvian', [64, 3]), ('Colombian', [17, 5]), ('Ecuadorian', [9, 2]), ('Other', [4, 1])]
    ctab(R, [['Nationality', 'Victims assisted', 'Assisted voluntary returns']], data, ['victim', 'return'], year=2024,
         widths=(5.0, 4.0, 5.0), size=10, ruled='none', caption='Victims of trafficking assisted by IOM Peru, 2024')
    dotted_rules(R.doc.tables[-1])
    body(R, ['The direct assistance budget approved for 2024 was %s, of which %s was disbursed (%s) for shelter, health care, '
             'legal counselling and reintegration grants. IOM also supported %s meetings of regional networks against trafficking.'
             % (M('USD 412,300', 412300.0, y=2024, r='a', cur='USD'), M('USD 389,745', 389745.0, y=2024, r='e', cur='USD'),
                Pf(94.5, y=2024), Cn(11, 'meeting', y=2024)),
             'Yours sincerely,'], align='l')
    scribble_sign(R, 'Marta Eriksen', 'Chief of Mission, IOM Peru', seed=4601, align='l')


def a047():
    R = new('a047', 'missing', 'off_topic', [], None,
            S('Servicio Nacional de Áreas Naturales Protegidas por el Estado', 'SERNANP', 'other'),
            'OFICIO N° 000067-2025-SERNANP-RNTAMB', ['Solicitud N° 0034-2025-SERNANP'], '2025-02-20',
            'oficio on patrols against illegal logging in a reserve: count table by sector',
            notes='Off topic: control patrols and seizures of illegal timber in the Tambopata National Reserve, not trafficking in '
                  'persons. Figures kept; no axes; no period stated.', font='DejaVu Sans', size=10)
    thickthin_header(R, ['SERVICIO NACIONAL DE ÁREAS NATURALES PROTEGIDAS POR EL ESTADO', 'Jefatura de la Reserva Nacional Tambopata'],
                     color='38761D', logo=(logo_png('sernanp', 'SNP', 'circle', (56, 118, 29)), 1.2))
    open24(R, 2025, date24('Puerto Maldonado', '2025-02-20', 'roman'), 'OFICIO N° 000067-2025-SERNANP-RNTAMB', order='date_first',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Patrullajes de control'), ('Referencia:', 'Solicitud N° 0034-2025-SERNANP')])
    body(R, ['En atención a su solicitud, se informa el resultado de los patrullajes de control y vigilancia contra la tala ilegal:'])
    data = [('Sector La Torre', [48, 6]), ('Sector Malinowski', [62, 11]), ('Sector Azul', [35, 4]), ('Sector Jorge Chávez', [27, 3])]
    ctab(R, [['Sector', 'Patrullajes', 'Decomisos de madera']], data, ['patrullaje', 'decomiso'], widths=(6.0, 3.6, 4.2), size=10)
    body(R, ['Atentamente,'])
    cargo_first_sign(R, 'Blgo. Iván Huaypar Loayza', 'Jefe de la Reserva Nacional Tambopata')


def a048():
    R = new('a048', 'answered', None, ['prevention'], Y24,
            S('Dirección Regional de Educación Puno', 'DRE Puno', 'regional_government'),
            'OFICIO N° 0341-2025-GRP-DREP/DGP', ['Expediente N° 03318-2025'], '2025-03-13',
            'oficio with a tab header; thirteen local education units as rows with three count columns, dark header, total row',
            notes='School prevention of trafficking in 2024 by local education unit (UGEL): schools that held tutoring sessions, '
                  'students reached and teachers trained. An executing unit of the regional government, named as itself.',
            font='Arial', size=10)
    tab_header(R, ['GOBIERNO REGIONAL PUNO', 'Dirección Regional de Educación Puno'], 'Dirección de Gestión\nPedagógica',
               fill='1F3864', logo=(logo_png('drep', 'DRE', 'square', (31, 56, 100)), 1.2))
    open24(R, 2025, date24('Puno', '2025-03-13', 'ymd_slash'), 'OFICIO N° 0341-2025-GRP-DREP/DGP', order='right_block',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Prevención de la trata en II.EE. – 2024'),
                                                                     ('Referencia:', 'Expediente N° 03318-2025')])
    body(R, ['Me dirijo a usted para remitir la información de las acciones de prevención de la trata de personas desarrolladas '
             'en las instituciones educativas de la región durante el año 2024:'])
    ug = [('UGEL Puno', 86, 9412, 214), ('UGEL San Román', 74, 10230, 198), ('UGEL Azángaro', 41, 3805, 96),
          ('UGEL Melgar', 28, 2417, 61), ('UGEL Huancané', 25, 1986, 54), ('UGEL Chucuito', 33, 2710, 77),
          ('UGEL El Collao', 30, 2544, 69), ('UGEL Lampa', 17, 1208, 38), ('UGEL Carabaya', 22, 1875, 45),
          ('UGEL Sandia', 19, 1532, 40), ('UGEL Yunguyo', 11, 906, 23), ('UGEL Moho', 9, 712, 19), ('UGEL Crucero', 6, 415, 12)]
    ctab(R, [['UGEL', 'II.EE. con sesiones de tutoría', 'Estudiantes', 'Docentes capacitados']],
         [(u, [a, b, c]) for u, a, b, c in ug], ['institución educativa', 'estudiante', 'docente'], year=2024, total='TOTAL',
         st='sp', widths=(4.6, 3.8, 3.2, 3.6), size=9)
    dark_head(R.doc.tables[-1], fill='1F3864')
    body(R, ['Atentamente,'])
    ecert_sign(R, 'Prof. Walter Choque Ramos', 'Director de Gestión Pedagógica', 'DRE Puno', '13/03/2025 a las 08:47 h')


def a049():
    R = new('a049', 'out_of_period', None, ['prevention', 'protection'], Y24,
            S('Municipalidad Distrital de Paucarpata', 'MDP', 'district_municipality'),
            'OFICIO N° 018-2025-MDP/GDHS', ['Expediente N° 0477-2025', 'Informe N° 005-2025-MDP/OTI'], '2025-02-24',
            'oficio with a crest header; a one-column table of 2023 indicators; "S/ 21,7 mil" in prose',
            notes='The 2024 records were lost in a computer incident (cited report of the IT office); the 2023 figures are given '
                  '(out of period). "S/ 21,7 mil" is 21 700 executed in 2023.', font='Calibri', size=11)
    crest_header(R, ['Municipalidad Distrital de Paucarpata', 'Gerencia de Desarrollo Humano y Social'],
                 (logo_png('mdpau', 'MDP', 'shield', (150, 60, 0)), 1.3))
    open24(R, 2025, date24('Paucarpata', '2025-02-24', 'caps_weekday'), 'OFICIO N° 018-2025-MDP/GDHS', order='ref_rules',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información sobre trata de personas'),
                                                                 ('Referencia:', 'Expediente N° 0477-2025')])
    body(R, ['En atención a su solicitud sobre las acciones realizadas en el año 2024, se comunica que, según el Informe N° '
             '005-2025-MDP/OTI de la Oficina de Tecnologías de la Información, los registros de dicho año se perdieron a raíz de '
             'un incidente informático y se encuentran en proceso de recuperación. Se remite la información del año 2023:'])
    ficha(R, [('Charlas preventivas en colegios', Cn(22, 'charla', y=2023)), ('Personas sensibilizadas', Cn(1915, 'persona', y=2023)),
              ('Casos atendidos por la DEMUNA y derivados a la UPE', Cn(6, 'caso', y=2023))], head=('Indicador 2023', 'Cantidad'),
          widths=(10.0, 3.0), size=10)
    body(R, ['El gasto ejecutado en estas acciones en 2023 fue de %s.' % Mdecmil(21.7, y=2023, r='e'), 'Atentamente,'])
    box_sign(R, 'Lic. Patricia Chávez Linares', 'Gerente de Desarrollo Humano y Social')


def a050():
    R = new('a050', 'missing', 'denied_exception', ['prosecution', 'protection'], Y24,
            S('Fiscalía Provincial Penal Corporativa de Sullana', 'FPPC Sullana', 'autonomous'),
            'OFICIO N° 000129-2025-MP-FN-FPPC-SULLANA', ['Solicitud de fecha 20 de enero de 2025'], '2025-02-03',
            'prosecutor\'s oficio with the legal basis in a framed paragraph; electronic-signature box',
            notes='Denied: copies of the 2024 fiscal files on trafficking are reserved during the investigation and hold '
                  'victims\' personal data (exception of the transparency law and the reserve of the investigation).',
            font='Liberation Serif', size=11.5)
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Sullana', 'Fiscalía Provincial Penal Corporativa de Sullana'],
             align='c', size=8.5)
    open24(R, 2025, date24('Sullana', '2025-02-03', 'dmy_dash'), 'OFICIO N° 000129-2025-MP-FN-FPPC-SULLANA', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Improcedencia de solicitud'), ('Referencia', 'Solicitud de fecha 20 de enero de 2025')])
    body(R, ['Me dirijo a usted con relación a su pedido de copias de las carpetas fiscales por el delito de trata de personas '
             'ingresadas a esta Fiscalía durante el año 2024.'])
    boxed(R, 'Las actuaciones de la investigación fiscal tienen carácter reservado y solo pueden ser conocidas por las partes; '
             'asimismo, las carpetas contienen datos personales de víctimas cuya publicidad constituiría una invasión de su '
             'intimidad personal y familiar, supuesto de excepción previsto en el artículo 17 del Texto Único Ordenado de la Ley '
             'de Transparencia y Acceso a la Información Pública.', title='Fundamento:')
    body(R, ['Por lo expuesto, su solicitud es declarada improcedente.'])
    ecert_sign(R, 'Hernán Alzamora Seminario', 'Fiscal Provincial Coordinador', 'Fiscalía Provincial Penal Corporativa de Sullana',
               '03/02/2025 a las 13:30 h')


def a051():
    R = new('a051', 'answered', None, ['governance', 'prevention', 'protection'], Y24,
            S('Gobierno Regional de Moquegua', 'GRM', 'regional_government'),
            'OFICIO N° 0149-2025-GRM/GRDS', ['Carta S/N de fecha 03 de febrero de 2025', 'Informe N° 028-2025-GRM/GRDS-SGPV'],
            '2025-03-03',
            'oficio with a grid opening; a transposed budget table (budget stages as rows, lines of action as columns, total column); '
            'counts in prose',
            notes='Budget stages are rows (PIA and PIM allocated, certificado committed, devengado and girado executed); each '
                  'line of action is a column (prevention, assistance, the regional network). Amounts in soles by the corner cell.',
            font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL DE MOQUEGUA', 'Gerencia Regional de Desarrollo Social'], align='c', size=9,
             logo=(logo_png('grmoq', 'GRM', 'shield', (0, 90, 110)), 1.2))
    open24(R, 2025, date24('Moquegua', '2025-03-03', 'roman'), 'OFICIO N° 0149-2025-GRM/GRDS', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Acciones y presupuesto contra la trata – 2024'),
                                            ('Referencia', 'Carta S/N de fecha 03 de febrero de 2025')])
    body(R, ['Me dirijo a usted para informarle, sobre la base del Informe N° 028-2025-GRM/GRDS-SGPV, que en el año 2024 la Red '
             'Regional contra la Trata sesionó %s veces, se capacitó a %s servidores públicos en la ruta de atención y se '
             'realizaron %s campañas en Ilo y en la carretera Binacional. El presupuesto fue el siguiente:'
             % (Cn(4, 'sesión', y=2024), Cn(132, 'servidor', y=2024), Cn(9, 'campaña', y=2024))])
    budget_rows(R, [('Prevención', [42000, 55800, 54100, 53760, 53760]), ('Atención a víctimas', [38000, 41500, 40200, 39950, 39950]),
                    ('Red Regional', [12000, 9800, 9100, 9100, 8620])], 2024, corner='En soles',
                colnames=('PIA', 'PIM', 'Certificado', 'Devengado', 'Girado'), widths=(3.4, 3.0, 3.4, 3.0, 3.0), size=9.5)
    body(R, ['Atentamente,'])
    box_sign(R, 'Lic. Gabriela Zeballos Cuayla', 'Gerente Regional de Desarrollo Social')


def a052():
    R = new('a052', 'missing', 'not_competent', ['protection'], Y24,
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'other'),
            'CARTA N° 000088-2025/SGEN/RENIEC', ['Solicitud N° 0192-2025'], '2025-02-10',
            'letter with a document-control header; functions in a bulleted list; no referral',
            notes='Not competent: the civil registry does not attend or register victims of trafficking as such; its functions '
                  'are listed and no other body is named to forward the request to.', font='Calibri', size=11)
    iso_header(R, ['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Secretaría General'], 'SGEN-F-021', '04',
               logo=(logo_png('reniec', 'REN', 'square', (200, 30, 30)), 1.4))
    open24(R, 2025, date24('Lima', '2025-02-10', 'month_first'), 'CARTA N° 000088-2025/SGEN/RENIEC', order='date_first',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Respuesta a solicitud'), ('Referencia:', 'Solicitud N° 0192-2025')])
    body(R, ['Me dirijo a usted con relación a su solicitud sobre las acciones de atención y protección a víctimas de trata de '
             'personas realizadas por el RENIEC en el año 2024.', 'Al respecto, el RENIEC es competente para:'])
    bl(R, ['organizar y mantener el Registro Único de Identificación de las Personas Naturales;',
           'inscribir los hechos vitales y los actos que modifican el estado civil; y',
           'emitir el Documento Nacional de Identidad.'])
    body(R, ['En consecuencia, la entidad no desarrolla acciones de atención ni de protección a víctimas de trata de personas ni '
             'registra dicha condición, por no encontrarse dentro de sus funciones.', 'Atentamente,'])
    cargo_first_sign(R, 'Abg. Cecilia Torres Vilela', 'Secretaria General')


def a053():
    R = new('a053', 'out_of_period', None, ['governance', 'prevention'], Y24,
            S('Municipalidad Provincial de Sullana', 'MPS', 'provincial_municipality'),
            'OFICIO N° 072-2025-MPS/GDS', ['Expediente N° 6621-2025'], '2025-03-26',
            'oficio with a tab header; a table of the 2025 operational plan (goals and budget) only',
            notes='Answers a 2024 request with the goals and programmed budget of its 2025 operational plan only (plans for a later '
                  'year: out of period). It does not say that nothing was done in 2024.', font='Liberation Sans', size=10.5)
    tab_header(R, ['MUNICIPALIDAD PROVINCIAL DE SULLANA', 'Gerencia de Desarrollo Social'], 'Plan Operativo\nInstitucional',
               fill='3D6B21', logo=(logo_png('mps', 'MPS', 'circle', (61, 107, 33)), 1.2))
    open24(R, 2025, date24('Sullana', '2025-03-26', 'month_first'), 'OFICIO N° 072-2025-MPS/GDS', order='ref_rules',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Acciones contra la trata de personas'),
                                                                     ('Referencia:', 'Expediente N° 6621-2025')])
    body(R, ['En atención a su solicitud sobre las acciones realizadas en 2024 frente a la trata de personas, se informa que la '
             'Gerencia ha incorporado en su Plan Operativo Institucional 2025 las siguientes actividades:'])
    rows = []
    for lab, w, m, p in (('Mesa Provincial contra la Trata (sesiones)', 'sesión', 6, 4800), ('Talleres en colegios', 'taller', 24, 18600),
                         ('Campañas en el terminal terrestre', 'campaña', 5, 9250), ('Capacitación a serenos y fiscalizadores', 'capacitación', 3, 3900)):
        rows.append([lab, Cn(m, w, y=2025), Mf(p, 'sp', 2, y=2025, r='a')])
    R.table([['Actividad POI 2025', 'Meta física', 'Presupuesto programado (S/)']], rows, widths=(8.2, 2.6, 4.6), size=9.5,
            ruled='hlines')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Lic. Milagros Ipanaqué Zapata', 'Gerente de Desarrollo Social', seed=5301)


def a054():
    R = new('a054', 'answered', None, ['prevention', 'protection', 'governance'], Y24,
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'OFICIO N° 097-2025-MPA/GDS', ['Expediente N° 051234-2025', 'Informe N° 019-2025-MPA/GDS-SGDH'], '2025-03-18',
            'oficio + annex page: a count table by district with a units row and a budget table whose corner cell says "S/"; '
            '"S/ 1 millón 250 mil" in prose',
            notes='Prevention talks and cases derived in 2024 by district of the province; the budget of the provincial plan '
                  '(PIM allocated, devengado executed) in a second table; the multi-year programme amount "S/ 1 millón 250 mil" '
                  'has no single year.', font='DejaVu Sans', size=10)
    R.header(['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Social'], align='c', size=9,
             logo=(logo_png('mpa', 'MPA', 'shield', (120, 20, 40)), 1.2))
    open24(R, 2025, date24('Arequipa', '2025-03-18', 'dias_mes'), 'OFICIO N° 097-2025-MPA/GDS', order='right_block',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información 2024 sobre trata de personas'),
                                                                 ('Referencia:', 'Expediente N° 051234-2025')])
    body(R, ['Me dirijo a usted para remitirle, en anexo, la información de la Subgerencia de Desarrollo Humano contenida en el '
             'Informe N° 019-2025-MPA/GDS-SGDH sobre las acciones de la Municipalidad frente a la trata de personas en el año 2024.',
             'Cabe señalar que el Programa Provincial «Arequipa Segura para la Niñez» 2023-2026 cuenta con un financiamiento total de '
             '%s.' % Msing(1250000, r='a'), 'Atentamente,'])
    box_sign(R, 'Abg. Diego Manrique Portugal', 'Gerente de Desarrollo Social')
    R.pagebreak()
    R.p('ANEXO – ACCIONES 2024', bold=True, align='c', after=4)
    dist = [('Cercado', 18, 7), ('Cayma', 9, 3), ('Yanahuara', 6, 1), ('Miraflores', 8, 2), ('Mariano Melgar', 7, 4),
            ('Socabaya', 10, 5), ('Jacobo Hunter', 6, 2), ('José Luis Bustamante y Rivero', 11, 3), ('Alto Selva Alegre', 9, 4)]
    rows = [[d, Cn(a, 'charla', y=2024), Cn(b, 'caso', y=2024)] for d, a, b in dist]
    ta, tb = sum(x[1] for x in dist), sum(x[2] for x in dist)
    rows.append(['Total', Cn(ta, 'charla', y=2024), Cn(tb, 'caso', y=2024)])
    head = [['Distrito', 'Charlas preventivas', 'Casos derivados a la UPE'], ['', 'N°', 'N°']]
    mtable(R, head, rows, merges=[(0, 0, 1, 0)], widths=(6.4, 3.8, 4.4), size=9.5, bold_rows=(len(rows) - 1,))
    rows2 = [['Prevención y sensibilización', Mf(86400, y=2024, r='a'), Mf(81275.5, y=2024, r='e')],
             ['Atención y derivación de casos', Mf(52300, y=2024, r='a'), Mf(49860.0, y=2024, r='e')],
             ['Mesa Provincial contra la Trata', Mf(8500, y=2024, r='a'), Mf(7940.0, y=2024, r='e')]]
    R.table([['S/', 'PIM 2024', 'Devengado 2024']], rows2, widths=(7.0, 3.4, 3.4), size=9.5,
            caption='Presupuesto del Plan Provincial contra la Trata de Personas')


def a055():
    R = new('a055', 'missing', 'no_reply', [], Y24,
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0021-2025-DP/OD-MDD', ['Queja N° 0037-2025-DP/OD-MDD', 'Oficio N° 0009-2025-DP/OD-MDD'], '2025-03-27',
            'oficio of an Ombudsman office reporting that a district municipality answered neither the request nor its oficio',
            notes='The Madre de Dios office of the Ombudsman (recorded as Defensoría del Pueblo) reports that the district '
                  'municipality of Laberinto did not answer the 2024 request nor the Ombudsman\'s cited oficio: no reply.',
            font='Times New Roman', size=11.5)
    tab_header(R, ['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Madre de Dios'], 'Atención de quejas', fill='2E3A87',
               logo=(logo_png('dp24', 'DP', 'circle', (46, 58, 135)), 1.3))
    open24(R, 2025, date24('Puerto Maldonado', '2025-03-27', 'dot_month'), 'OFICIO N° 0021-2025-DP/OD-MDD', order='right_block',
           to_lines=['Señora', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Estado de su queja'), ('Referencia:', 'Queja N° 0037-2025-DP/OD-MDD')])
    body(R, ['Me dirijo a usted en relación con la queja de la referencia, presentada porque la Municipalidad Distrital de '
             'Laberinto no respondió su solicitud de información sobre las acciones contra la trata de personas del año 2024.',
             'Al respecto, esta Oficina solicitó a dicha Municipalidad, mediante el Oficio N° 0009-2025-DP/OD-MDD, atender su pedido '
             'e informar lo actuado. Vencido el plazo otorgado, la Municipalidad no ha dado respuesta ni a usted ni a esta '
             'institución, por lo que se ha dado cuenta del hecho a su Órgano de Control Institucional.', 'Atentamente,'])
    cargo_first_sign(R, 'Abg. Rocío Pinedo Vela', 'Jefa de la Oficina Defensorial de Madre de Dios')


def a056():
    R = new('a056', 'missing', 'not_competent_referred', ['protection', 'prosecution'], Y24,
            S('Municipalidad Distrital de Chorrillos', 'MDCH', 'district_municipality'),
            'OFICIO N° 015-2025-SG/MDCH', ['Expediente N° 2025-00944', 'Oficio N° 013-2025-SG/MDCH', 'Oficio N° 014-2025-SG/MDCH'],
            '2025-01-30',
            'oficio with the date first; two referral oficios cited; certified-copy signature',
            notes='Not competent: assistance to victims and police investigation are not municipal functions; the request was '
                  'forwarded to the women\'s ministry and to the Lima police region by two cited oficios.',
            font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD DISTRITAL DE CHORRILLOS', 'Secretaría General'], align='l', size=9,
             logo=(logo_png('mdch', 'MCH', 'shield', (0, 70, 130)), 1.1))
    open24(R, 2025, date24('Chorrillos', '2025-01-30', 'ymd_slash'), 'OFICIO N° 015-2025-SG/MDCH', order='date_first',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Traslado de solicitud'), ('Referencia:', 'Expediente N° 2025-00944')])
    body(R, ['Me dirijo a usted con relación a su pedido sobre las víctimas de trata atendidas y las denuncias registradas en el '
             'distrito durante el año 2024.',
             'La atención a víctimas y la investigación del delito no son funciones de la Municipalidad; por ello, su solicitud fue '
             'trasladada al Ministerio de la Mujer y Poblaciones Vulnerables mediante el Oficio N° 013-2025-SG/MDCH y a la Región '
             'Policial Lima mediante el Oficio N° 014-2025-SG/MDCH.', 'Atentamente,'])
    fdo_sign(R, 'Abg. Víctor Hugo Salas Ríos', 'Secretario General')


def a057():
    R = new('a057', 'answered', None, ['governance', 'prevention', 'protection'], Y24,
            S('Gobierno Regional de Huancavelica', 'GORE Huancavelica', 'regional_government'),
            'OFICIO N° 0208-2025/GOB.REG.HVCA/GGR-GRDS', ['Solicitud N° 0041-2025', 'Ordenanza Regional N° 498-GOB.REG-HVCA/CR'],
            '2025-03-25',
            'oficio with a crest header; a table with a two-level header ("Programado / Ejecutado" under "Metas 2024") and a '
            'percent column; an amount "S/ 310 400,—"',
            notes='Regional plan approved by a cited ordinance; its 2024 goals programmed and carried out, with the percent; the '
                  'executed budget "S/ 310 400,—".', font='Liberation Serif', size=11.5)
    crest_header(R, ['Gobierno Regional de Huancavelica', 'Gerencia Regional de Desarrollo Social'],
                 (logo_png('grhv', 'GRH', 'shield', (100, 40, 0)), 1.3))
    open24(R, 2025, date24('Huancavelica', '2025-03-25', 'month_first'), 'OFICIO N° 0208-2025/GOB.REG.HVCA/GGR-GRDS', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Ejecución del Plan Regional contra la Trata 2024'), ('Referencia', 'Solicitud N° 0041-2025')])
    body(R, ['Me dirijo a usted para informarle que el Plan Regional contra la Trata de Personas, aprobado por la Ordenanza Regional '
             'N° 498-GOB.REG-HVCA/CR, tuvo en el año 2024 la siguiente ejecución:'])
    rows = []
    for lab, w, p_, e in (('Sesiones de la Comisión Regional', 'sesión', 4, 3), ('Talleres en comunidades altoandinas', 'taller', 20, 17),
                          ('Docentes capacitados', 'docente', 200, 236), ('Víctimas con atención psicológica', 'víctima', 15, 11)):
        rows.append([lab, Cn(p_, w, y=2024), Cn(e, w, y=2024), Pf(round(e / p_ * 100, 1), 1, 'eu', suf='%', y=2024, u='column')])
    head = [['Actividad', 'Metas 2024', '', 'Cumplimiento'], ['', 'Programado', 'Ejecutado', '(%)']]
    mtable(R, head, rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2)], widths=(7.0, 2.8, 2.8, 3.0), size=9.5)
    body(R, ['El presupuesto ejecutado ascendió a %s.' % Memd(310400, y=2024, r='e'), 'Atentamente,'])
    cargo_first_sign(R, 'Mg. Abel Huamán Yauri', 'Gerente Regional de Desarrollo Social')


def a058():
    R = new('a058', 'out_of_period', None, ['prevention'], Y24,
            S('Autoridad de Transporte Urbano para Lima y Callao', 'ATU', 'other'),
            'OFICIO N° D000114-2025-ATU/GG', ['Solicitud N° 0388-2025-ATU', 'Contrato N° 021-2024-ATU'], '2025-03-31',
            'oficio with a document-control header; a table of the 2023 campaign by corridor with a total row; a glued-sign amount in prose',
            notes='The results of the 2024 campaign are with the contractor and await conformity (cited contract); the 2023 '
                  'campaign in the bus corridors is reported instead (out of period).', font='Arial', size=10.5)
    iso_header(R, ['AUTORIDAD DE TRANSPORTE URBANO PARA LIMA Y CALLAO', 'Gerencia General'], 'ATU-GG-F05',
               logo=(logo_png('atu', 'ATU', 'square', (0, 120, 180)), 1.4))
    open24(R, 2025, date24('Lima', '2025-03-31', 'roman'), 'OFICIO N° D000114-2025-ATU/GG', order='ref_rules',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Campañas contra la trata en el transporte'),
                                                                     ('Referencia:', 'Solicitud N° 0388-2025-ATU')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las campañas de prevención de la trata de personas en el sistema de '
             'transporte durante el año 2024.',
             'Los resultados de la campaña 2024, ejecutada en el marco del Contrato N° 021-2024-ATU, se encuentran pendientes de '
             'conformidad. Se informa la campaña del año 2023:'])
    data = [('Metropolitano', [420, 96]), ('Corredor Rojo', [150, 38]), ('Corredor Morado', [120, 31]), ('Línea 1 del Metro', [260, 54])]
    ctab(R, [['Corredor', 'Afiches instalados', 'Días de activación']], data, ['afiche', 'día'], year=2023,
         widths=(5.6, 4.0, 4.0), size=10, total='Total')
    body(R, ['La campaña 2023 tuvo un costo de %s.' % Mglue(68400, y=2023, r='e'), 'Atentamente,'])
    ecert_sign(R, 'Javier Mori Castañeda', 'Gerente General', 'ATU', '31/03/2025 a las 17:20 h')


def a059():
    R = new('a059', 'missing', 'off_topic', [], None,
            S('Organismo de Evaluación y Fiscalización Ambiental', 'OEFA', 'other'),
            'OFICIO N° 00213-2025-OEFA/DSIS', ['Solicitud N° 2025-0412'], '2025-02-21',
            'oficio on the supervision of landfills with a SIAF-like budget table (PIA, PIM, devengado, avance)',
            notes='Off topic: supervision of municipal landfills and its budget, not trafficking in persons (the word "trata" appears '
                  'only in "tratamiento de residuos"). Figures kept; no axes; no period stated.', font='Calibri', size=11)
    R.header(['ORGANISMO DE EVALUACIÓN Y FISCALIZACIÓN AMBIENTAL', 'Dirección de Supervisión en Infraestructura y Servicios'],
             align='l', size=8.5, logo=(logo_png('oefa', 'OEFA', 'circle', (0, 110, 70)), 1.2))
    open24(R, 2025, date24('Jesús María', '2025-02-21', 'dmy_dash'), 'OFICIO N° 00213-2025-OEFA/DSIS', order='right_block',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Supervisión de infraestructuras de residuos sólidos'),
                                                                 ('Referencia:', 'Solicitud N° 2025-0412')])
    body(R, ['En atención a su solicitud, se informa que durante el ejercicio fiscal la Dirección supervisó %s infraestructuras de '
             'tratamiento y disposición final de residuos sólidos. El presupuesto de la actividad fue el siguiente:'
             % Cn(187, 'infraestructura', y=2024)])
    siaf(R, [('0012', 'Supervisión de rellenos sanitarios', [2150000, 2384500, 2301200, 2301200, 2287645.3, 2287645.3]),
             ('0013', 'Supervisión de botaderos', [980000, 1045000, 1002300, 1002300, 998410.0, 998410.0])], 2024,
         head=['Meta', 'Actividad', 'PIA', 'PIM', 'Certificación', 'Compromiso', 'Devengado', 'Girado', 'Avance %'],
         widths=(1.2, 4.0, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9, 1.3), size=7.5, caption='Ejecución presupuestal 2024 (en soles)',
         unit='caption')
    body(R, ['Atentamente,'])
    box_sign(R, 'Ing. Carla Benavides Ortiz', 'Directora de Supervisión en Infraestructura y Servicios')


def a060():
    R = new('a060', 'missing', 'no_information', ['prevention', 'governance'], Y24,
            S('Municipalidad Distrital de Alto de la Alianza', 'MDAA', 'district_municipality'),
            'CARTA N° 009-2025-GM/MDAA', ['Solicitud S/N de fecha 07 de enero de 2025', 'Informe N° 003-2025-SGDS/MDAA'], '2025-01-21',
            'short letter with a tab header; no figures',
            notes='No information: no documents about the district working group against trafficking or prevention actions in '
                  '2024 were found (cited report).', font='DejaVu Sans', size=10)
    tab_header(R, ['MUNICIPALIDAD DISTRITAL ALTO DE LA ALIANZA', 'Tacna'], 'Gerencia Municipal', fill='7B2C2C')
    open24(R, 2025, date24('Alto de la Alianza', '2025-01-21', 'caps_weekday'), 'CARTA N° 009-2025-GM/MDAA', order='ref_rules',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Respuesta a solicitud'),
                                                                     ('Referencia:', 'Solicitud S/N de fecha 07 de enero de 2025')])
    body(R, ['En atención a su solicitud sobre la mesa de trabajo distrital contra la trata de personas y las acciones de prevención '
             'del año 2024, la Subgerencia de Desarrollo Social, mediante el Informe N° 003-2025-SGDS/MDAA, informa que no se '
             'encontró documentación sobre la materia en sus archivos, por lo que no es posible proporcionar la información.',
             'Atentamente,'])
    box_sign(R, 'Ing. Rolando Mamani Chura', 'Gerente Municipal')
