"""blind-v28 letters n021-n040 (written for this set)."""
from common import *


def n021():
    R = new('n021', 'answered', None, ['governance', 'prosecution'], PER28,
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 001932-2023/IN/DGSD', ['Solicitud de Acceso a la Información Pública N° 0342-2023'], '2023-06-12',
            'oficio, top and bottom rule letterhead, complaints by region and year under a rule under the header only, sessions in text',
            notes='answered: complaints registered in the RETA-PNP system by region for 2021 (March-December), 2022 and 2023 (January-February), plus the sessions of the multisectoral commission (governance) in the period.')
    topbottom_header(R, 'MINISTERIO DEL INTERIOR', 'MININTER', sub=['Dirección General de Seguridad Democrática',
                     'Secretaría Técnica de la Comisión Multisectorial Permanente contra la Trata de Personas'], color=(0x1F, 0x3A, 0x93))
    open28(R, 2023, date28('Lima', '2023-06-12', 'dotted'), 'OFICIO N° 001932-2023/IN/DGSD', REQ_A,
           [('Asunto', 'Información estadística de trata de personas, periodo marzo 2021 – febrero 2023'),
            ('Referencia', 'Solicitud de Acceso a la Información Pública N° 0342-2023')], order='numfirst')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para remitirle la información de '
             'las denuncias por el delito de trata de personas registradas en el Sistema RETA-PNP en las regiones consultadas.'])
    head = [['Región', '2021 (mar.–dic.)', '2022', '2023 (ene.–feb.)']]
    data = [('Cusco', [41, 58, 7]), ('Loreto', [63, 77, 11]), ('Madre de Dios', [88, 102, 16]), ('Puno', [52, 69, 8]),
            ('Ucayali', [29, 34, 5])]
    yrs = [2021, 2022, 2023]
    grid28(R, head, data, lambda v, j, lab: Cn(v, 'denuncia', y=yrs[j]), style='headline', total='Total',
           widths=(4.2, 3.2, 2.6, 3.2), caption='Denuncias registradas en el RETA-PNP')
    body(R, ['Asimismo, la Comisión Multisectorial Permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes '
             'celebró %s sesiones ordinarias y %s extraordinarias durante el periodo.' % (Cn(9, 'sesión ordinaria'), Cwords28(3, 'sesión extraordinaria', fem=True))])
    ebox_sign(R, 'César Augusto Llanos Farfán', 'Director General de Seguridad Democrática', '12/06/2023 12:01', inst='MININTER')


def n022():
    R = new('n022', 'out_of_period', None, ['prevention'], PER28,
            S('Municipalidad Distrital de San Jerónimo', None, 'district_municipality'),
            'OFICIO N° 112-2023-MDSJ/GDHS', ['Solicitud S/N de fecha 02 de mayo de 2023'], '2023-05-17',
            'oficio, plain centred header, a short list of 2019 and 2020 activities only',
            notes='out_of_period: the district restates the requested period (March 2021 - February 2023) but lists only campaigns of 2019 and 2020; for the requested period it says only that later campaigns are being evaluated for reprogramming, which is not a statement that nothing was done.')
    plain_center_header(R, ['MUNICIPALIDAD DISTRITAL DE SAN JERÓNIMO', 'Cusco – Perú', 'Gerencia de Desarrollo Humano y Social'],
                        logo=LG('mdsj', 'MDSJ', 'shield', (150, 20, 20), 1.4))
    open28(R, 2023, date28('San Jerónimo', '2023-05-17', 'month_year'), 'OFICIO N° 112-2023-MDSJ/GDHS', REQ_C,
           [('Asunto', 'Información sobre campañas contra la trata de personas'), ('Referencia', 'Solicitud S/N de fecha 02 de mayo de 2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud referida a las acciones de esta comuna contra la trata de personas '
             'entre marzo de 2021 y febrero de 2023. Según los archivos de la Gerencia, las campañas se desarrollaron como sigue:'])
    bl(R, ['Año 2019: %s campañas en ferias dominicales, con %s volantes distribuidos.' % (Cn(4, 'campaña', y=2019), Csp(5000, 'volante', y=2019)),
           'Año 2020: %s campaña radial en lengua quechua.' % Cwords28(1, 'campaña', fem=True, y=2020)])
    body(R, ['Las campañas posteriores se encuentran en evaluación para su reprogramación.'])
    left_sign(R, 'Lic. Nilda Ccahuana Quispe', 'Gerente de Desarrollo Humano y Social', initials_='NCQ/jhv')


def n023():
    R = new('n023', 'answered', None, ['prevention'], PER28,
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            None, [], '2023-06-06',
            'an e-mail printed from a web mail client to PDF (subject as title, From/Sent/To rows, print footer with the URL), counts in words',
            notes='answered: the transparency officer answers by e-mail with the municipal prevention campaigns of the period; the e-mail has no own number (reference null). The request number in the subject is the requester\'s registry code and is cited.')
    R.gold['cited_references'] = ['SAIP 2023-1187']
    email28(R, [('Asunto', 'RV: Respuesta SAIP 2023-1187 – información trata de personas'),
                ('De', 'Transparencia MPC <transparencia@cusco.gob.pe>'),
                ('Enviado', 'martes, 6 de junio de 2023 16:48'),
                ('Para', 'andrea.salas.ch@correo.pe'), ('CC', 'Subgerencia de Promoción Social')],
            'https://correo.cusco.gob.pe/owa/#path=/mail/sentitems    1/1    6/06/23, 16:49')
    body(R, ['Estimada señorita Salas:', 'En atención a su solicitud registrada con el código SAIP 2023-1187, sobre las acciones de '
             'la Municipalidad Provincial del Cusco contra la trata de personas de marzo de 2021 a febrero de 2023, la Subgerencia de '
             'Promoción Social nos informa lo siguiente:',
             '– En el año 2021 se realizaron %s campañas “Cusco sin trata” en el Centro Histórico, dirigidas a trabajadores del '
             'sector turismo.' % Cwords28(6, 'campaña', y=2021),
             '– En el año 2022 se realizaron %s campañas y %s talleres con agencias de viaje y hospedajes, con %s participantes.' %
             (Cwords28(11, 'campaña', y=2022), Cwords28(8, 'taller', y=2022), Cwords28(420, 'participante', y=2022)),
             '– En enero y febrero de 2023 no se realizaron campañas por la declaratoria de emergencia.',
             'Quedamos atentos a cualquier consulta.', 'Saludos cordiales,', 'Oficina de Transparencia y Acceso a la Información\n'
             'Municipalidad Provincial del Cusco\nPlaza de Armas s/n – Cusco'], align='l', size=10)


def n024():
    R = new('n024', 'missing', 'no_information', ['prevention', 'protection', 'governance'], PER28,
            S('Gobierno Regional de Apurímac', None, 'regional_government'),
            'OFICIO N° 0455-2023-GRAP/GRDS', ['Solicitud de Acceso a la Información N° 0342-2023', 'Memorándum N° 187-2023-GRAP/GRDS-SGPS'],
            '2023-06-01',
            'oficio, stripe letterhead, the period in the subject only, no figures',
            notes='missing/no_information: by a cited memorandum, the social development office reports it has no records of the regional network, prevention or victim care for the period; axes are those asked (network, prevention, care).')
    stripe_header(R, ['GOBIERNO REGIONAL DE APURÍMAC', 'Gerencia Regional de Desarrollo Social'], fill='004D40', acr='GRAP')
    open28(R, 2023, date28('Abancay', '2023-06-01', 'iso'), 'OFICIO N° 0455-2023-GRAP/GRDS', REQ_B,
           [('Asunto', 'Respuesta sobre trata de personas – periodo 01/03/2021 al 28/02/2023'),
            ('Referencia', 'Solicitud de Acceso a la Información N° 0342-2023')])
    body(R, ['Me es grato dirigirme a usted en atención a su solicitud de información sobre el funcionamiento de la red regional '
             'contra la trata de personas y las acciones de prevención y atención a víctimas.',
             'Al respecto, mediante el Memorándum N° 187-2023-GRAP/GRDS-SGPS, la Subgerencia de Promoción Social informa que no '
             'obran en sus archivos documentos ni registros sobre lo solicitado, por lo que no es posible atender su pedido.'])
    dotted_sign(R, 'Abog. Hernán Quispe Sarmiento', 'Gerente Regional de Desarrollo Social', close='Atentamente,')


def n025():
    R = new('n025', 'answered', None, ['prosecution'], PER28,
            S('Corte Superior de Justicia de Cusco', 'CSJCU', 'autonomous'),
            'OFICIO N° 000781-2023-GAD-CSJCU-PJ', ['Solicitud N° 0342-2023', 'Informe N° 000133-2023-CE-UPD-GAD-CSJCU-PJ'], '2023-06-23',
            'oficio + table of proceedings by court and year under a merged header, rule under the header only',
            notes='answered: cases entered and judgments by court for 2021 (March-December) and 2022 under merged year headers; January-February 2023 in the text.')
    crest_caps_header(R, ['Poder Judicial del Perú', 'Corte Superior de Justicia de Cusco', 'Gerencia de Administración Distrital'],
                      logo=LG('pj', 'PJ', 'shield', (120, 10, 10), 1.3))
    open28(R, 2023, date28('Cusco', '2023-06-23', 'a_los'), 'OFICIO N° 000781-2023-GAD-CSJCU-PJ', REQ_C,
           [('Asunto', 'Información sobre procesos por delito de trata de personas'),
            ('Referencia', 'a) Solicitud N° 0342-2023\nb) Informe N° 000133-2023-CE-UPD-GAD-CSJCU-PJ')])
    body(R, ['Me dirijo a usted para remitirle la información estadística de los procesos por el delito de trata de personas '
             'tramitados entre marzo de 2021 y febrero de 2023, según el informe b) de la referencia.'])
    head = [['Órgano jurisdiccional', '2021 (mar.–dic.)', '', '2022', ''], ['', 'Ingresos', 'Sentencias', 'Ingresos', 'Sentencias']]
    merges = [(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)]
    data = [('Juzgado Penal Colegiado de Cusco', [12, 4, 17, 6]), ('Juzgado Penal Unipersonal de La Convención', [7, 2, 9, 3]),
            ('Juzgado Penal Unipersonal de Quispicanchi', [5, 1, 8, 2])]
    yrs = [2021, 2021, 2022, 2022]
    wh = ['proceso ingresado', 'sentencia', 'proceso ingresado', 'sentencia']
    grid28(R, head, data, lambda v, j, lab: Cn(v, wh[j], y=yrs[j]), style='headline', merges=merges,
           widths=(6.4, 2.2, 2.2, 2.2, 2.2))
    body(R, ['En enero y febrero de 2023 ingresaron %s procesos y se emitieron %s sentencias.' % (Cn(5, 'proceso ingresado', y=2023), Cwords28(2, 'sentencia', fem=True, y=2023))])
    stack_sign(R, 'Ing. Walter Zúñiga Loaiza', 'Gerente de Administración Distrital', when='23/06/2023 10:31')


def n026():
    R = new('n026', 'answered', None, ['prevention', 'governance'], PER28,
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0742-2023-MTPE/2/15', ['Solicitud N° 2023-0019983'], '2023-05-31',
            'oficio, split-line letterhead, money in millions with a decimal comma and in points-and-comma soles',
            notes='answered: the labour ministry reports the national plan against forced labour (governance) and its prevention campaigns in the period with budget executed per year ("S/ 1,2 millones", "S/ 0,9 millones").')
    split_line_header(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO'], ['Dirección General de Derechos Fundamentales',
                      'y Seguridad y Salud en el Trabajo'], sub='Av. Salaverry 655, Jesús María', color='C55A11')
    open28(R, 2023, date28('Jesús María', '2023-05-31', 'del'), 'OFICIO N° 0742-2023-MTPE/2/15', REQ_A,
           [('Asunto', 'Atención a solicitud de información sobre trabajo forzoso y trata laboral'), ('Referencia', 'Solicitud N° 2023-0019983')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para informarle sobre las acciones de esta Dirección '
             'General entre marzo de 2021 y febrero de 2023:',
             'a) La Comisión Nacional para la Lucha contra el Trabajo Forzoso sesionó %s veces y aprobó su informe anual de '
             'seguimiento del III Plan Nacional.' % Cn(14, 'sesión'),
             'b) En el año 2021 se ejecutaron %s y en el año 2022 %s en la campaña “Trabajo Digno, sin Engaños”, que llegó a %s '
             'personas mediante ferias y orientación en las regiones de Cusco, Puno y Madre de Dios.' %
             (Mmill28(0.9, y=2021, r='e'), Mmill28(1.2, y=2022, r='e'), Cdot28(12480, 'persona')),
             'c) Se capacitó a %s servidores de las direcciones regionales en la identificación de situaciones de riesgo, con un '
             'gasto de %s.' % (Cn(236, 'servidor'), Meus(48300.00, r='e'))])
    ebox_sign(R, 'Patricia Elizabeth Chumbe Rojas', 'Directora General de Derechos Fundamentales y Seguridad y Salud en el Trabajo',
              '31/05/2023 18:10')


def n027():
    R = new('n027', 'missing', 'off_topic', [], None,
            S('Organismo Supervisor de la Inversión en Energía y Minería', 'OSINERGMIN', 'other'),
            'ADJUDICACIÓN SIMPLIFICADA N° 0021-2023-OSINERGMIN', [], '2023-05-15',
            'procurement notice (aviso de convocatoria) with a schedule table and the estimated value',
            notes='missing/off_topic: a call for tenders for office cleaning services; nothing about trafficking in persons. The estimated value is money with role allocated ("valor estimado" is the budgeted amount of the procurement); schedule dates are not figures.')
    R.header(['ORGANISMO SUPERVISOR DE LA INVERSIÓN EN ENERGÍA Y MINERÍA – OSINERGMIN'], size=9, rule=True)
    R.p('AVISO DE CONVOCATORIA', bold=True, align='c', size=14, after=2)
    R.p('ADJUDICACIÓN SIMPLIFICADA N° 0021-2023-OSINERGMIN', bold=True, align='c', after=10)
    kv(R, [('Objeto', 'Contratación del servicio de limpieza de las oficinas regionales'),
           ('Valor estimado', Mspc(385600.00, r='a') + ' (incluye impuestos)'),
           ('Plazo de ejecución', 'doce meses'), ('Sistema de contratación', 'Suma alzada')], tab=4.0, w2=12.0)
    tab28(R, [['Etapa', 'Fecha']], [['Convocatoria', '15/05/2023'], ['Registro de participantes', '16/05/2023 al 25/05/2023'],
                                    ['Presentación de ofertas', '26/05/2023'], ['Otorgamiento de la buena pro', '30/05/2023']],
          style='grid', widths=(7.0, 6.0), caption='Cronograma')
    body(R, ['Las bases pueden descargarse del SEACE. Se requiere una experiencia mínima del postor de %s en servicios similares.' %
             Mspc(500000.00)])
    R.p('Comité de Selección', bold=True, align='c', before=18)


def n028():
    R = new('n028', 'answered', None, ['protection'], PER28,
            S('Gerencia Regional de Salud Lambayeque', 'GERESA Lambayeque', 'regional_government'),
            'OFICIO N° 001184-2023-GR.LAMB/GERESA-L', ['Solicitud N° 0342-2023', 'Nota Informativa N° 000412-2023-GR.LAMB/GERESA-L/DSP'], '2023-07-07',
            'oficio + table of victims attended by sex and year, shares written as fractions with three decimals',
            notes='answered: victims of trafficking attended in health establishments (mental health and medical care), by sex, for 2021 (March-December), 2022 and 2023 (January-February); the share of the total is a fraction ("0,125" = 12.5 %). The total column spans the period.')
    framed_name_header(R, ['GOBIERNO REGIONAL LAMBAYEQUE', 'Gerencia Regional de Salud'], logo=LG('geresa', 'GRS', 'circle', (0, 110, 90), 1.5),
                       right=['Av. Salaverry 1610', 'Chiclayo'])
    open28(R, 2023, date28('Chiclayo', '2023-07-07', 'dotted'), 'OFICIO N° 001184-2023-GR.LAMB/GERESA-L', REQ_B,
           [('Asunto', 'Información sobre atención en salud a víctimas de trata de personas'),
            ('Referencia', 'a) Solicitud N° 0342-2023\nb) Nota Informativa N° 000412-2023-GR.LAMB/GERESA-L/DSP')])
    body(R, ['Me dirijo a usted, en atención al documento a) de la referencia, para remitirle la información de la Dirección de '
             'Salud de las Personas sobre las víctimas de trata de personas atendidas en los establecimientos de salud de la región '
             'entre marzo de 2021 y febrero de 2023.'])
    head = [['Sexo', '2021 (mar.–dic.)', '2022', '2023 (ene.–feb.)', 'Total', 'Proporción']]
    rows = [['Mujeres', Cn(31, 'víctima atendida', y=2021), Cn(42, 'víctima atendida', y=2022), Cn(6, 'víctima atendida', y=2023), Cn(79, 'víctima atendida'), Pshare(87.5, dec=3)],
            ['Hombres', Cn(4, 'víctima atendida', y=2021), Cn(6, 'víctima atendida', y=2022), Cn(1, 'víctima atendida', y=2023), Cn(11, 'víctima atendida'), Pshare(12.5, dec=3)],
            ['Total', Cn(35, 'víctima atendida', y=2021), Cn(48, 'víctima atendida', y=2022), Cn(7, 'víctima atendida', y=2023), Cn(90, 'víctima atendida'), '–']]
    tab28(R, head, rows, style='double', widths=(2.6, 2.8, 2.0, 2.8, 1.8, 2.4), bold_last=True)
    body(R, ['Todas las víctimas recibieron atención en salud mental; %s de ellas fueron derivadas al Centro de Salud Mental '
             'Comunitario de Chiclayo.' % Cn(26, 'víctima')])
    rule_sign(R, 'M.C. Óscar Tineo Vásquez', 'Gerente Regional de Salud')


def n029():
    R = new('n029', 'out_of_period', None, ['prevention'], PER28,
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0391-2023-MINCETUR/VMT/DGPDT', ['Solicitud N° 2023-0342'], '2023-05-26',
            'oficio, crest letterhead, a table of 2018-2020 only',
            notes='out_of_period: the tourism ministry restates the period in the subject but gives only the code of conduct against sexual exploitation in tourism for 2018-2020; the consolidation from 2021 on is not finished.')
    crest_caps_header(R, ['Ministerio de Comercio Exterior y Turismo', 'Viceministerio de Turismo', 'Dirección General de Políticas de Desarrollo Turístico'],
                      logo=LG('mincetur', 'MCT', 'square', (180, 30, 30), 1.3))
    open28(R, 2023, date28('San Isidro', '2023-05-26', 'del'), 'OFICIO N° 0391-2023-MINCETUR/VMT/DGPDT', REQ_A,
           [('Asunto', 'Información sobre prevención de la explotación sexual en el turismo (marzo 2021 – febrero 2023)'),
            ('Referencia', 'Solicitud N° 2023-0342')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, se informa que los datos de adhesión al '
             'Código de Conducta contra la Explotación Sexual de Niñas, Niños y Adolescentes en el ámbito del turismo a partir de '
             'marzo de 2021 se encuentran en proceso de consolidación. Se remite la información disponible:'])
    head = [['Año', 'Prestadores adheridos', 'Personal capacitado']]
    rows = [[str(y), Cn(a, 'prestador', y=y), Csp(b, 'persona', y=y)] for y, a, b in ((2018, 312, 1480), (2019, 401, 1935), (2020, 96, 610))]
    tab28(R, head, rows, style='vdotted', widths=(2.6, 4.2, 4.2))
    dotted_sign(R, 'Lic. Mariela Campos Ugarte', 'Directora General de Políticas de Desarrollo Turístico')


def n030():
    R = new('n030', 'missing', 'not_competent', ['prevention'], PER28,
            S('Superintendencia Nacional de Servicios de Saneamiento', 'SUNASS', 'other'),
            'OFICIO N° 0188-2023-SUNASS-GG', ['Solicitud N° 0342-2023'], '2023-05-10',
            'oficio, plain left header, functions in three numbered points, no referral, no figures',
            notes='missing/not_competent: SUNASS says prevention of trafficking is not among its functions (it lists them) and does not say it forwarded the request; axes are those asked (prevention actions).')
    R.header(['SUPERINTENDENCIA NACIONAL DE SERVICIOS DE SANEAMIENTO – SUNASS', 'Gerencia General'], align='l', size=9)
    open28(R, 2023, date28('Lima', '2023-05-10', 'upper'), 'OFICIO N° 0188-2023-SUNASS-GG', REQ_C,
           [('Asunto', 'Respuesta a solicitud de acceso a la información'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud, en la que requiere información sobre las acciones de prevención de la '
             'trata de personas realizadas entre marzo de 2021 y febrero de 2023. Al respecto, le informamos que la SUNASS, conforme '
             'a su Ley Marco, tiene como funciones:'])
    numbered(R, ['Regular las tarifas de los servicios de agua potable y saneamiento.', 'Supervisar y fiscalizar a los prestadores de dichos servicios.',
                 'Resolver los reclamos de los usuarios en segunda instancia.'], fmt_='%d.')
    body(R, ['En tal sentido, la materia consultada no se encuentra dentro del ámbito de competencia de esta Superintendencia, por '
             'lo que no cuenta con la información solicitada.'])
    left_sign(R, 'Econ. Luis Felipe Arana Ortiz', 'Gerente General')


def n031():
    R = new('n031', 'answered', None, ['prevention', 'protection'], PER28,
            S('Municipalidad Distrital de Belén', 'MDB', 'district_municipality'),
            'MEMORÁNDUM MÚLTIPLE N° 018-2023-MDB/GM', ['Solicitud N° 0342-2023', 'Informe N° 041-2023-MDB/DEMUNA'], '2023-06-15',
            'multiple memorandum with a numbered distribution list, headline table, distribution line at the foot',
            notes='answered: the memorandum, sent to the requester by the transparency officer, consolidates the DEMUNA and social office information for the period (talks, cases, derivations) by calendar year; the shelter is not mentioned.')
    plain_center_header(R, ['MUNICIPALIDAD DISTRITAL DE BELÉN', 'Iquitos – Maynas – Loreto'], logo=LG('mdb', 'MDB', 'circle', (0, 80, 160), 1.3))
    lema28(R)
    memo28(R, 'MEMORÁNDUM MÚLTIPLE N° 018-2023-MDB/GM', date28('Belén', '2023-06-15', 'short'),
           ['Subgerente de Desarrollo Social', 'Responsable de la DEMUNA', 'Responsable de Acceso a la Información Pública'],
           'Gerente Municipal', 'Consolidado de información sobre trata de personas, marzo 2021 – febrero 2023',
           ref_rows=[('REF.', 'Solicitud N° 0342-2023; Informe N° 041-2023-MDB/DEMUNA')])
    body(R, ['Por el presente, y en atención al documento de la referencia, se consolida la información de las unidades orgánicas '
             'para su remisión a la solicitante:'])
    head = [['Concepto', '2021', '2022', '2023 (ene.–feb.)']]
    data = [('Charlas de prevención', [6, 13, 1]), ('Estudiantes participantes', [410, 936, 55]), ('Casos atendidos por la DEMUNA', [2, 5, 1]),
            ('Casos derivados a la UPE', [2, 4, 0])]
    wh = {'Charlas de prevención': 'charla', 'Estudiantes participantes': 'estudiante', 'Casos atendidos por la DEMUNA': 'caso',
          'Casos derivados a la UPE': 'caso derivado'}
    yrs = [2021, 2022, 2023]
    grid28(R, head, data, lambda v, j, lab: Cn(v, wh[lab], y=yrs[j]), style='headline', widths=(6.0, 2.4, 2.4, 3.0))
    R.p('La columna 2021 comprende de marzo a diciembre.', size=8, italic=True)
    rule_sign(R, 'CPC Jhony Tapullima Sangama', 'Gerente Municipal', close='Atentamente,')
    cc28(R, ['Alcaldía', 'Archivo'], 'JTS/kvr')


def n032():
    R = new('n032', 'answered', None, ['governance', 'prevention'], PER28,
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'OFICIO N° 0611-2023-VRIN-UNSAAC', ['Solicitud N° 0342-2023'], '2023-06-29',
            'oficio of the research vice-rectorate, double-framed table of research projects with money in space-thousands soles, a small grant in words',
            notes='answered: research projects on trafficking funded in 2021 and 2022 (governance: research) and a extension course (prevention); money in the table "S/ 45 800,00" style, and one grant written in words alone ("mil quinientos soles").')
    framed_name_header(R, ['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'Vicerrectorado de Investigación'],
                       logo=LG('unsaac', 'UNS', 'shield', (0, 60, 120), 1.5), right=['Av. de la Cultura 733', 'Cusco'])
    open28(R, 2023, date28('Cusco', '2023-06-29', 'paren'), 'OFICIO N° 0611-2023-VRIN-UNSAAC', REQ_C,
           [('Asunto', 'Información sobre investigaciones en trata de personas'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted para informarle que, entre marzo de 2021 y febrero de 2023, el Vicerrectorado de Investigación '
             'financió los siguientes proyectos relacionados con la trata de personas:'])
    head = [['Proyecto', 'Año', 'Financiamiento']]
    rows = [['Rutas de captación de adolescentes en la minería aurífera de Quispicanchi', '2021', Mspc(45800.00, y=2021, r='a')],
            ['Trata laboral en la agricultura de La Convención', '2022', Mspc(38250.00, y=2022, r='a')],
            ['Percepción del riesgo de trata en estudiantes de secundaria', '2022', Mspc(21900.00, y=2022, r='a')]]
    tab28(R, head, rows, style='double', widths=(9.0, 1.6, 3.8))
    body(R, ['Adicionalmente, la Facultad de Derecho dictó en 2022 un curso de extensión sobre prevención de la trata de personas '
             'a %s estudiantes, con un fondo de %s para materiales.' % (Cn(64, 'estudiante', y=2022), Mwords28(1500, y=2022, r='e'))])
    dotted_sign(R, 'Dr. Wilbert Mamani Cusi', 'Vicerrector de Investigación')


def n033():
    R = new('n033', 'missing', 'acknowledgment', ['protection'], PER28,
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'CARTA N° 0921-2023-JUS/OGTAIP', ['Solicitud N° 2023-0342-JUS'], '2023-05-04',
            'short acknowledgment letter, split-line letterhead, the period quoted, no figures',
            notes='missing/acknowledgment: the ministry only confirms that the request (public defence of trafficking victims, March 2021 - February 2023) was registered and forwarded internally, and that the answer will follow; axes are what was asked (public defence of victims: protection).')
    split_line_header(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS'], ['Oficina General de Transparencia', 'y Acceso a la Información Pública'],
                      color='7F6000')
    open28(R, 2023, date28('Miraflores', '2023-05-04', 'del'), 'CARTA N° 0921-2023-JUS/OGTAIP', REQ_B,
           [('Asunto', 'Acuse de recibo'), ('Referencia', 'Solicitud N° 2023-0342-JUS')])
    body(R, ['Me dirijo a usted para comunicarle que su solicitud de información sobre el número de víctimas de trata de personas '
             'que recibieron asistencia de la Defensa Pública entre marzo de 2021 y febrero de 2023 ha sido registrada y remitida a '
             'la Dirección General de Defensa Pública y Acceso a la Justicia para su atención.',
             'La respuesta le será notificada al correo electrónico consignado en su solicitud, dentro del plazo de ley.'])
    left_sign(R, 'Abog. Rocío Valdivia Paz', 'Jefa de la Oficina General de Transparencia y Acceso a la Información Pública')


def n034():
    R = new('n034', 'answered', None, ['protection'], PER28,
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-5-E/0644', ['Request No. 0342-2023'], '2023-06-26',
            'letter in English, plain right header, table of Peruvian victims assisted abroad by consulate with a US dollar column',
            lang='en', font='Calibri',
            notes='answered (in English): Peruvian nationals identified as trafficking victims abroad and assisted by consulates, repatriations, and the humanitarian assistance spent in US dollars, for the whole period (no year); the text gives 2022 repatriations.')
    R.header(['MINISTRY OF FOREIGN AFFAIRS OF PERU', 'Directorate General for Peruvian Communities Abroad and Consular Affairs'], align='r', size=9)
    open28(R, 2023, date28(None, '2023-06-26', 'en_ord'), 'OF. RE (DGC) N° 2-5-E/0644', ['Mr Gonzalo Huamán Villar', 'Journalist'],
           [('Re', 'Request No. 0342-2023 – assistance to Peruvian victims of trafficking abroad')], order='english', motto=False)
    body(R, ['Dear Mr Huamán,', 'With reference to your request, I am pleased to send you the information on Peruvian nationals '
             'identified as victims of trafficking in persons abroad and assisted by our consular offices from March 2021 to '
             'February 2023.'], align='l')
    head = [['Consulate', 'Victims assisted', 'Repatriated', 'Assistance spent (USD)']]
    data = [('Buenos Aires', [14, 9, 11200]), ('Santiago de Chile', [11, 6, 8450]), ('La Paz', [9, 7, 5300]), ('Madrid', [6, 2, 9875]),
            ('Quito', [5, 4, 3120])]
    wh = ['victim', 'person repatriated']
    grid28(R, head, data, lambda v, j, lab: Cn(v, wh[j]) if j < 2 else Mf(v, 'us', 0, cur='USD', r='e'), style='headline', total='Total',
           widths=(4.2, 3.2, 3.0, 4.4))
    body(R, ['In 2022 alone, %s victims were repatriated with the support of the consular assistance fund.' % Cn(17, 'victim', y=2022)], align='l')
    en_sign28(R, 'Ambassador Luis Enrique Chávez Basagoitia', 'Director General', close='Yours faithfully,')


def n035():
    R = new('n035', 'out_of_period', None, ['prevention', 'governance'], PER28,
            S('Gobierno Regional de Amazonas', None, 'regional_government'),
            'OFICIO N° 0377-2023-G.R.AMAZONAS/GRDS', ['Expediente N° 0056412'], '2023-06-05',
            'oficio, stripe letterhead, the period in the body, 2020 figures only',
            notes='out_of_period: asked about March 2021 - February 2023, the region gives only the 2020 activities of its regional network (the records from 2021 are with the new management and were not consolidated).')
    stripe_header(R, ['GOBIERNO REGIONAL AMAZONAS', 'Gerencia Regional de Desarrollo Social'], fill='33691E', acr='GRA')
    open28(R, 2023, date28('Chachapoyas', '2023-06-05', 'slash_word'), 'OFICIO N° 0377-2023-G.R.AMAZONAS/GRDS', REQ_A,
           [('Asunto', 'Remite información'), ('Referencia', 'Expediente N° 0056412')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención a su pedido de información sobre las acciones contra la trata de '
             'personas del periodo de marzo de 2021 a febrero de 2023. La información de dicho periodo aún no ha sido consolidada '
             'por la nueva gestión; se remite la correspondiente al año 2020, último informe anual disponible:',
             '• La Red Regional contra la Trata de Personas se reunió en %s ocasiones.' % Cwords28(4, 'sesión', y=2020),
             '• Se realizaron %s campañas de sensibilización en las provincias de Bagua y Condorcanqui, con %s participantes.' %
             (Cn(7, 'campaña', y=2020), Csp(1320, 'participante', y=2020)),
             '• El gasto ejecutado ascendió a %s.' % Meus(15760.00, y=2020, r='e')])
    rule_sign(R, 'Lic. Segundo Chávarry Tuesta', 'Gerente Regional de Desarrollo Social')


def n036():
    R = new('n036', 'answered', None, ['prevention', 'protection'], PER28,
            S('Municipalidad Distrital de Yarinacocha', 'MDY', 'district_municipality'),
            'OFICIO N° 204-2023-MDY-GDS', ['Solicitud N° 0342-2023'], '2023-06-13',
            'oficio, top and bottom rule letterhead, amounts in words alone, a small table',
            notes='answered: DEMUNA cases and talks by calendar year, and the amounts spent written in words alone ("dos mil trescientos cincuenta soles").')
    topbottom_header(R, 'MUNICIPALIDAD DISTRITAL DE YARINACOCHA', 'MDY', sub=['Gerencia de Desarrollo Social', 'Pucallpa – Ucayali'],
                     color=(0x00, 0x6A, 0x4E))
    open28(R, 2023, date28('Yarinacocha', '2023-06-13', 'a_los'), 'OFICIO N° 204-2023-MDY-GDS', REQ_B,
           [('Asunto', 'Información solicitada'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted, en atención a la solicitud de la referencia, para remitirle la información sobre las acciones '
             'contra la trata de personas realizadas entre marzo de 2021 y febrero de 2023:'])
    head = [['Acción', '2021 (mar.–dic.)', '2022', '2023 (ene.–feb.)']]
    data = [('Charlas en comunidades shipibas', [3, 7, 0]), ('Casos atendidos DEMUNA', [1, 3, 1])]
    wh = {'Charlas en comunidades shipibas': 'charla', 'Casos atendidos DEMUNA': 'caso'}
    yrs = [2021, 2022, 2023]
    grid28(R, head, data, lambda v, j, lab: Cn(v, wh[lab], y=yrs[j]), style='grid', widths=(6.2, 3.0, 2.4, 3.0))
    body(R, ['En material de difusión se gastó %s en el año 2021 y %s en el año 2022.' % (Mwords28(1500, y=2021, r='e'), Mwords28(2350, y=2022, r='e'))])
    left_sign(R, 'Lic. Rider Sánchez Panduro', 'Gerente de Desarrollo Social', initials_='RSP/avm')


def n037():
    R = new('n037', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'INFORME TÉCNICO N° 033-2023-MPH/GTT-SGSV', ['Memorando N° 412-2023-MPH/GTT'], '2023-05-29',
            'internal technical report on traffic-light maintenance, headline table of intersections and costs',
            notes='missing/off_topic: a technical report on traffic-light maintenance; nothing about trafficking in persons. Costs are money with role allocated ("presupuesto referencial").')
    plain_center_header(R, ['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Gerencia de Tránsito y Transporte'])
    R.p('INFORME TÉCNICO N° 033-2023-MPH/GTT-SGSV', bold=True, align='c', after=8)
    kv(R, [('A', 'Gerente de Tránsito y Transporte'), ('De', 'Subgerente de Señalización Vial'), ('Asunto', 'Mantenimiento de semáforos'),
           ('Ref.', 'Memorando N° 412-2023-MPH/GTT'), ('Fecha', date28('Huancayo', '2023-05-29', 'iso'))])
    body(R, ['Se informa el diagnóstico de las intersecciones semaforizadas del Cercado que requieren mantenimiento correctivo, con '
             'su presupuesto referencial:'])
    head = [['Intersección', 'Semáforos', 'Presupuesto referencial (S/)']]
    rows = [['Av. Giráldez – Jr. Ancash', Cn(8, 'semáforo'), Mf(14600.00, 'sp', r='a')],
            ['Calle Real – Jr. Loreto', Cn(6, 'semáforo'), Mf(11250.00, 'sp', r='a')],
            ['Av. Ferrocarril – Jr. Huancas', Cn(10, 'semáforo'), Mf(19830.00, 'sp', r='a')]]
    tab28(R, head, rows, style='headline', widths=(6.6, 2.6, 4.6))
    body(R, ['Se recomienda priorizar la intersección de la Av. Ferrocarril.'])
    rule_sign(R, 'Ing. Raúl Ccanto Poma', 'Subgerente de Señalización Vial', close='Es todo cuanto informo.')


def n038():
    R = new('n038', 'answered', None, ['prosecution'], PER28,
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000566-2023-SUNAFIL/GG', ['Solicitud N° 0342-2023', 'Informe N° 000214-2023-SUNAFIL/DINI'], '2023-07-10',
            'oficio + long table of inspections by regional office that continues on page 2 under its repeated header',
            notes='answered: labour inspection orders on forced labour, workers freed from forced labour and orders on child labour by regional office, for the whole period (no year); the table runs over the page break and repeats its header.', size=10.5)
    stripe_header(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Gerencia General', 'Av. Salaverry 655 – Jesús María'], fill='0D47A1', acr='SUNAFIL')
    open28(R, 2023, date28('Lima', '2023-07-10', 'a_los'), 'OFICIO N° 000566-2023-SUNAFIL/GG', REQ_C,
           [('Asunto', 'Información sobre fiscalización del trabajo forzoso, marzo 2021 a febrero 2023'),
            ('Referencia', 'a) Solicitud N° 0342-2023\nb) Informe N° 000214-2023-SUNAFIL/DINI')])
    body(R, ['Me dirijo a usted, en atención a la solicitud a) de la referencia, para remitirle el informe b), elaborado por la '
             'Dirección de Inteligencia Inspectiva, con el número de órdenes de inspección generadas en materia de trabajo forzoso y '
             'de trabajo infantil, y el número de trabajadores liberados de situaciones de trabajo forzoso, por intendencia regional.',
             'Debe tenerse en cuenta que una orden de inspección puede comprender varios centros de trabajo, y que los resultados de '
             'las órdenes aún en trámite pueden modificar las cifras. La información corresponde al periodo comprendido entre el 1 de '
             'marzo de 2021 y el 28 de febrero de 2023, y fue extraída del Sistema Informático de Inspección del Trabajo.',
             'Las cifras de trabajadores liberados incluyen a adolescentes cuya situación fue comunicada a la Unidad de Protección '
             'Especial competente.'])
    offices = ['Amazonas', 'Áncash', 'Apurímac', 'Arequipa', 'Ayacucho', 'Cajamarca', 'Callao', 'Cusco', 'Huancavelica', 'Huánuco',
               'Ica', 'Junín', 'La Libertad', 'Lambayeque', 'Lima Metropolitana', 'Loreto', 'Madre de Dios', 'Moquegua', 'Pasco',
               'Piura', 'Puno', 'San Martín', 'Tacna', 'Tumbes', 'Ucayali']
    import random
    rnd = random.Random(38)
    data = [('Intendencia Regional de ' + o if o != 'Lima Metropolitana' else 'Intendencia de Lima Metropolitana',
             [rnd.randint(1, 25), rnd.randint(0, 30), rnd.randint(2, 60)]) for o in offices]
    wh = ['orden de inspección', 'trabajador liberado', 'orden de inspección']
    grid28(R, [['Intendencia', 'Órdenes – trabajo forzoso', 'Trabajadores liberados', 'Órdenes – trabajo infantil']], data,
           lambda v, j, lab: Cn(v, wh[j]), style='vdotted', total='TOTAL', widths=(6.6, 3.0, 3.0, 3.0), repeat_head=True,
           caption='Órdenes de inspección y trabajadores liberados, marzo 2021 – febrero 2023', size=9.5)
    ebox_sign(R, 'Miguel Ángel Rosas Vilca', 'Gerente General', '10/07/2023 19:02', inst='SUNAFIL')


def n039():
    R = new('n039', 'missing', 'not_competent_referred', ['prevention', 'protection'], PER28,
            S('Municipalidad Distrital de San Martín de Porres', 'MDSMP', 'district_municipality'),
            'CARTA N° 0318-2023-SG/MDSMP', ['Expediente N° 14592-2023', 'Oficio N° 0126-2023-SG/MDSMP', 'Oficio N° 0127-2023-SG/MDSMP'], '2023-05-24',
            'carta, framed-name letterhead, referral to two bodies by cited oficios, the period in the subject',
            notes='missing/not_competent_referred: the district says the shelters and the regional-level prevention plan are the metropolitan municipality\'s and the MIMP\'s matter and that it forwarded the request to both by two cited oficios; axes are what was asked (prevention, shelters).')
    framed_name_header(R, ['MUNICIPALIDAD DISTRITAL DE SAN MARTÍN DE PORRES', 'Secretaría General'], logo=LG('smp', 'SMP', 'shield', (0, 70, 40), 1.5))
    open28(R, 2023, date28('San Martín de Porres', '2023-05-24', 'del'), 'CARTA N° 0318-2023-SG/MDSMP', REQ_A,
           [('Asunto', 'Traslado de solicitud – trata de personas (marzo 2021 – febrero 2023)'), ('Referencia', 'Expediente N° 14592-2023')])
    body(R, ['Me dirijo a usted en relación con el expediente de la referencia, mediante el cual solicita información sobre los '
             'hogares de refugio para víctimas de trata y el plan de prevención de Lima Metropolitana.',
             'Al respecto, dichas materias no son de competencia de esta Municipalidad Distrital, por lo que su solicitud ha sido '
             'remitida a la Municipalidad Metropolitana de Lima con el Oficio N° 0126-2023-SG/MDSMP y al Ministerio de la Mujer y '
             'Poblaciones Vulnerables con el Oficio N° 0127-2023-SG/MDSMP, para su atención directa.'])
    dotted_sign(R, 'Abog. Gladys Huamaní Loayza', 'Secretaria General')


def n040():
    R = new('n040', 'answered', None, ['governance'], PER28,
            S('Gobierno Regional La Libertad', 'GRLL', 'regional_government'),
            'OFICIO N° 000811-2023-GRLL-GGR-GRDIS', ['Solicitud N° 0342-2023'], '2023-06-20',
            'oficio + budget table (PIM, certificado, devengado in space-thousands soles with a decimal comma) by year and a percent column "12,5 %"',
            notes='answered: the budget of the regional plan against trafficking for 2021, 2022 and 2023 (the 2023 row as allocated to February) with PIM, certificate and accrued amounts and the execution rate, plus sessions of the regional network in the text; governance only (the plan budget and the network; no prevention activity is described).')
    crest_caps_header(R, ['Gobierno Regional La Libertad', 'Gerencia Regional de Desarrollo e Inclusión Social'],
                      logo=LG('grll', 'GRL', 'circle', (120, 0, 60), 1.3))
    open28(R, 2023, date28('Trujillo', '2023-06-20', 'iso'), 'OFICIO N° 000811-2023-GRLL-GGR-GRDIS', REQ_B,
           [('Asunto', 'Información presupuestal y de gestión sobre trata de personas'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted para remitirle la información de la meta presupuestal “Implementación del Plan Regional contra la '
             'Trata de Personas” entre marzo de 2021 y febrero de 2023. La Red Regional contra la Trata de Personas sesionó %s veces '
             'en dicho periodo.' % Cn(13, 'sesión')])
    head = [['Año', 'PIM (S/)', 'Certificado (S/)', 'Devengado (S/)', 'Avance']]
    rows = []
    for y, a, c, e, p in ((2021, 64500.00, 58210.00, 55130.40, 85.5), (2022, 88000.00, 86950.00, 84275.90, 95.8), (2023, 92000.00, 12400.00, 11500.00, 12.5)):
        rows.append([str(y), Mf(a, 'sp', y=y, r='a'), Mf(c, 'sp', y=y, r='c'), Mf(e, 'sp', y=y, r='e'), Psp28(p, y=y)])
    tab28(R, head, rows, style='double', widths=(1.8, 3.2, 3.4, 3.4, 2.0))
    R.p('2023: ejecución al 28 de febrero.', size=8, italic=True)
    stack_sign(R, 'Lic. Juana Rebaza Cabrera', 'Gerente Regional de Desarrollo e Inclusión Social', when='20/06/2023 15:47')
