"""blind-v20 letters x046-x060, written from scratch for this set. Every person, document number, figure and event is invented."""
from lib import *
from common import *


def x046():
    R = new('x046', 'missing', 'not_competent', ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Alto Selva Alegre', 'MDASA', 'district_municipality'),
            'CARTA N° 045-2023-MDASA/SG', ['Solicitud de fecha 9 de enero de 2023'],
            '2023-01-25', 'carta, centred letterhead with logo, no figures',
            notes='Not competent: the municipality says prevention of trafficking belongs to the women\'s ministry, the police and the '
                  'prosecutors; it neither forwards the request nor asks the requester to write to anyone.')
    R.header(['MUNICIPALIDAD DISTRITAL DE ALTO SELVA ALEGRE', 'Secretaría General'], logo=(logo_png('mdasa', 'ASA', 'shield', (20, 90, 30)), 1.2))
    open20(R, 2023, 'Alto Selva Alegre, 25 de enero de 2023', 'CARTA N° 045-2023-MDASA/SG',
           ['Señorita', 'PAMELA ZÚÑIGA CHIRINOS', 'Presente.-'],
           [('Asunto:', 'Respuesta a solicitud de información'), ('Ref.:', 'Solicitud de fecha 9 de enero de 2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las campañas de '
             'prevención de la trata de personas realizadas por esta Municipalidad en el año 2022.',
             'Al respecto, le informamos que las acciones de prevención y persecución de la trata de personas corresponden, en el marco de '
             'sus competencias, al Ministerio de la Mujer y Poblaciones Vulnerables, a la Policía Nacional del Perú y al Ministerio Público, '
             'no siendo una función asignada a esta Municipalidad por la Ley Orgánica de Municipalidades.',
             'Atentamente,'])
    signoff(R, 'ABG. RICARDO VALDIVIA MANRIQUE', 'Secretario General')


def x047():
    R = new('x047', 'missing', 'acknowledgment', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'),
            'CARTA N° 045-2022-MPH/SG', ['Memorándum N° 0112-2022-MPH/SG', 'Expediente N° 2022-004718'],
            '2022-02-08', 'carta, split letterhead, date in words, no figures',
            notes='Acknowledgment: receipt and internal forwarding to the human development office; the answer is promised when that office '
                  'provides it. Date written in words.')
    split_header(R, ['MUNICIPALIDAD PROVINCIAL DE HUAMANGA', 'Secretaría General'], 'HUAMANGA\nMunicipalidad Provincial')
    open20(R, 2022, date_words('Ayacucho', '2022-02-08'), 'CARTA N° 045-2022-MPH/SG',
           ['Señor', 'ELMER YUPANQUI BARRIENTOS', 'Presente.-'],
           [('Asunto', ':  Comunica trámite de su solicitud'), ('Referencia', ':  Expediente N° 2022-004718')])
    body(R, ['Tengo el agrado de dirigirme a usted para comunicarle que su solicitud de acceso a la información pública de la referencia, '
             'sobre las actividades de prevención de la trata de personas realizadas por esta Municipalidad en el año 2021, ha sido recibida '
             'y derivada a la Gerencia de Desarrollo Humano mediante Memorándum N° 0112-2022-MPH/SG.',
             'La información le será remitida una vez que el área usuaria la proporcione a esta Secretaría.',
             'Atentamente,'])
    signoff(R, 'ABG. JUDITH ALLCCA ORÉ', 'Secretaria General')


def x048():
    R = new('x048', 'missing', 'clarification', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Tacna', 'MPT', 'provincial_municipality'),
            'CARTA N° 0133-2023-OSG/MPT', ['Expediente N° 0021874-2023'],
            '2023-03-15', 'carta, right-aligned letterhead, a boxed quotation of the request, no figures',
            notes='Clarification: the request lacks an address or e-mail for notification and is too broad ("todas las acciones"); the '
                  'requester is asked to correct and specify. Period 2022 restated.')
    right_header(R, ['MUNICIPALIDAD PROVINCIAL DE TACNA', 'Oficina de Secretaría General', 'Transparencia y Acceso a la Información'])
    open20(R, 2023, 'Tacna, 15 de marzo de 2023', 'CARTA N° 0133-2023-OSG/MPT',
           ['Señora', 'ELIANA MAMANI COAQUIRA', 'Presente.-'],
           [('ASUNTO:', 'Solicita subsanar y precisar pedido'), ('REFERENCIA:', 'Expediente N° 0021874-2023')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, en el cual solicita lo siguiente:'])
    boxed(R, '"Todas las acciones de la Municipalidad Provincial de Tacna respecto a la trata de personas y a la atención de sus víctimas '
             'durante el año 2022."', italic=True)
    body(R, ['Al respecto, se advierte que su solicitud no consigna el domicilio ni el correo electrónico para efectos de la notificación. '
             'Asimismo, a fin de ubicar la información, se le solicita precisar qué tipo de acciones requiere (campañas, atención de casos, '
             'presupuesto u otras) y, de ser posible, la unidad orgánica a la que se refiere.',
             'De no subsanarse las observaciones en el plazo de dos días hábiles, la solicitud se tendrá por no presentada.',
             'Atentamente,'])
    signoff(R, 'ABG. VÍCTOR HUGO ARAGÓN CÁCERES', 'Responsable de Acceso a la Información Pública')


def x049():
    R = new('x049', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Dirección Regional de Energía, Minas e Hidrocarburos de Madre de Dios', 'DREMEH Madre de Dios', 'regional_government'),
            'OFICIO N° 0211-2023-GOREMAD-DREMEH/D', ['Solicitud de fecha 15 de marzo de 2023'],
            '2023-03-28', 'oficio, letterhead as a ruled box in the body, a dash list of counts and an amount in prose',
            notes='Off topic: mining formalisation (registered miners, inspections, fines), not trafficking in persons. Fines have no '
                  'role. The period stated is kept.')
    hbox(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Dirección Regional de Energía, Minas e Hidrocarburos', 'Dirección'],
         logo=(logo_png('dremeh', 'DREM', 'square', (120, 80, 0)), 1.6), right='Trámite\nN° 0004417')
    open20(R, 2023, 'Puerto Maldonado, 28 de marzo de 2023', 'OFICIO N° 0211-2023-GOREMAD-DREMEH/D',
           ['Señor', 'HERNÁN CHOQUEHUANCA VERA', 'Presente.-'],
           [('ASUNTO', ':  Acciones de formalización minera – año 2022'), ('REF.', ':  Solicitud de fecha 15 de marzo de 2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle las acciones de formalización y fiscalización de '
             'la pequeña minería y minería artesanal realizadas por esta Dirección Regional durante el año 2022:'])
    for t in ['- Mineros inscritos en el REINFO en la región: %s' % Cn(4312, 'minero', st='sp', y=2022),
              '- Declaraciones de compromiso verificadas: %s' % Cn(1028, 'declaración de compromiso', st='eu', y=2022),
              '- Inspecciones de fiscalización: %s' % Cn(96, 'inspección', y=2022),
              '- Mineros que culminaron la formalización: %s' % Cn(57, 'minero', y=2022)]:
        R.p(t, indent=0.8, after=1)
    body(R, ['Las multas impuestas por infracciones ambientales y de seguridad minera ascendieron a %s.' % Mn(318500.00, st='sp', y=2022),
             'Atentamente,'])
    signoff(R, 'ING. ALEJANDRO PUMA HUAMANTICA', 'Director Regional de Energía, Minas e Hidrocarburos')


def x050():
    R = new('x050', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Sociedad de Beneficencia de Lima Metropolitana', 'SBLM', 'other'),
            'INFORME N° 024-2023-SBLM/GPS', ['Solicitud de Acceso a la Información N° 0412-2023'],
            '2023-02-27', 'word-processor file sent alone (an informe): a concept table with indented sub-rows, an occupancy percent and an '
                          'executed amount',
            keep_native=True,
            notes='Answered: 2022 figures of the public charity\'s shelter for adolescent victims. The DOCX is the native file; pages refer '
                  'to its PDF rendering. Discharge reasons are indented sub-rows of "Egresos".')
    R.header(['SOCIEDAD DE BENEFICENCIA DE LIMA METROPOLITANA', 'Gerencia de Protección Social'], size=9,
             logo=(logo_png('sblm', 'SBLM', 'circle', (90, 30, 110)), 1.2))
    R.p('INFORME N° 024-2023-SBLM/GPS', bold=True, align='c', size=12, after=6)
    kv(R, [('A', ':  Oficina de Transparencia y Acceso a la Información'), ('DE', ':  Gerencia de Protección Social'),
           ('ASUNTO', ':  Información del Hogar de acogida para adolescentes víctimas de trata – 2022'),
           ('REF.', ':  Solicitud de Acceso a la Información N° 0412-2023'), ('FECHA', ':  Lima, 27 de febrero de 2023')])
    R.p('_' * 78, size=8, after=6)
    body(R, ['En atención al documento de la referencia, se informa el movimiento de residentes del Hogar de acogida temporal para '
             'adolescentes mujeres víctimas de trata de personas durante el año 2022:'])
    R.table([['Concepto', 'Año 2022']],
            [['Capacidad del hogar (plazas)', Cn(20, 'plaza', y=2022)],
             ['Ingresos', Cn(18, 'residente', y=2022)],
             ['Egresos', Cn(15, 'residente', y=2022)],
             ['Reinserción familiar', Cn(9, 'residente', y=2022)],
             ['Derivación a otro centro de acogida', Cn(4, 'residente', y=2022)],
             ['Mayoría de edad', Cn(2, 'residente', y=2022)],
             ['Residentes al 31 de diciembre', Cn(11, 'residente', y=2022)],
             ['Ocupación promedio anual', Psp(72.5, st='eu', y=2022, u='cell')]],
            widths=(9.0, 3.5), size=10, indent_rows=(3, 4, 5), italic_rows=(3, 4, 5), align='l')
    body(R, ['El gasto ejecutado por el hogar en el año 2022, incluidos alimentación, personal y servicios, fue de %s.'
             % Mf(384215.60, pre='S/ ', y=2022, r='e'),
             'Es todo cuanto se informa.'])
    signoff(R, 'LIC. MARIELA FUENTES CASTRO', 'Gerente de Protección Social', before=16)


def x051():
    R = new('x051', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Región Policial Loreto', None, 'police'),
            'OFICIO N° 412-2023-REGPOL-LORETO/SEC-UNIPLA', ['Solicitud de Acceso a la Información N° 0098-2023'],
            '2023-05-17', 'police oficio in Courier New, year rows under a two-row header (rescued victims split into adults and minors), '
                          'a total row without year',
            font='Courier New', size=10,
            notes='Out of period: 2022 was asked; the statistics unit was dissolved in the 2022 restructuring and its files have not been '
                  'inventoried by the planning office, so 2020 and 2021 are given. The total row spans both years (no year).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL LORETO', 'SECRETARÍA – UNIPLA'], size=9)
    open20(R, 2023, 'Iquitos, 17 de mayo de 2023', 'OFICIO N° 412-2023-REGPOL-LORETO/SEC-UNIPLA',
           ['SEÑORA:', 'MARÍA FERNANDA SORIA VELA', 'Iquitos.-'],
           [('ASUNTO', ':  Remite información estadística.'), ('REF.', ':  Solicitud de Acceso a la Información N° 0098-2023')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, para hacer de su conocimiento que, como '
             'consecuencia de la reestructuración de la Región Policial en el año 2022, la Unidad de Estadística fue desactivada y su '
             'acervo documentario transferido a la Unidad de Planeamiento, que aún no culmina su inventario; por ello no se cuenta con '
             'la información del año 2022.',
             'Se remite, a modo referencial, la información de los años anteriores:'])
    d = [(2020, 14, 19, 31, 12), (2021, 21, 27, 44, 18)]
    rows = [[str(y), Cn(a, 'operativo', y=y), Cn(b, 'detenido', y=y), Cn(c, 'víctima', y=y), Cn(e, 'víctima', y=y)] for y, a, b, c, e in d]
    rows.append(['TOTAL', Cn(35, 'operativo'), Cn(46, 'detenido'), Cn(75, 'víctima'), Cn(30, 'víctima')])
    mtable(R, [['AÑO', 'OPERATIVOS', 'DETENIDOS', 'VÍCTIMAS RESCATADAS', ''], ['', '', '', 'MAYORES', 'MENORES']], rows,
           merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)], widths=(2.2, 3.2, 3.0, 3.0, 3.0), size=9.5, bold_rows=(2,),
           font='Courier New')
    body(R, ['Es todo cuanto informo a usted.', 'Dios guarde a usted.'])
    signoff(R, 'GUSTAVO FLORES RENGIFO', 'CORONEL PNP', 'Jefe de la Secretaría de la Región Policial Loreto', before=18)


def x052():
    R = new('x052', 'out_of_period', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 1874-2022-DGIESP/MINSA', ['Nota Informativa N° 0211-2022-DSAME/MINSA', 'Expediente N° 22-041187-1'],
            '2022-05-10', 'oficio, GOB.PE brand letterhead with four boxes, year rows under a two-row header, a variation percent in prose',
            notes='Out of period: 2021 was asked; the 2021 consolidated report of the community mental health centres is under review for '
                  'coding inconsistencies, so 2019 and 2020 are given. The fall between the two years has no year.')
    gob_header(R, ['Ministerio de Salud', 'Viceministerio de\nSalud Pública', 'Dirección General de Intervenciones Estratégicas en Salud Pública',
                   'Dirección de Salud Mental'], widths=[1.6, 3.2, 3.0, 5.0, 3.2])
    open20(R, 2022, 'Lima, 10 de mayo de 2022', 'OFICIO N° 1874-2022-DGIESP/MINSA',
           ['Señora', 'VANESSA ORTIZ BALAREZO', 'Presente.-'],
           [('Asunto:', 'Atención en salud mental a víctimas de trata de personas – año 2021'),
            ('Referencia:', 'Expediente N° 22-041187-1')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, y remitirle la Nota Informativa N° '
             '0211-2022-DSAME/MINSA, mediante la cual la Dirección de Salud Mental informa que el reporte consolidado de 2021 de los Centros '
             'de Salud Mental Comunitaria se encuentra en revisión por inconsistencias en la codificación de los diagnósticos, por lo que '
             'no es posible proporcionarlo.',
             'En su reemplazo, se remite la información de los años 2019 y 2020:'])
    d = [(2019, 412, 96, 188), (2020, 261, 55, 117)]
    rows = [[str(y), Cn(a, 'atención', y=y), Cn(b, 'atención', y=y), Cn(c, 'persona', y=y)] for y, a, b, c in d]
    mtable(R, [['Año', 'Atenciones en salud mental', '', 'Personas atendidas'], ['', 'Mujeres', 'Hombres', '']], rows,
           merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)], widths=(2.4, 3.4, 3.4, 3.6), size=9.5)
    body(R, ['En el año 2020 las personas atendidas disminuyeron en %s, debido a la emergencia sanitaria.' % Psp(37.8, st='eu'),
             'Atentamente,'])
    signoff(R, 'DR. JORGE LUIS ALVA RAMOS', 'Director General de Intervenciones Estratégicas en Salud Pública')


def x053():
    R = new('x053', 'out_of_period', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Cusco', None, 'autonomous'),
            'OFICIO N° 000087-2024-MP-FN-FPEDTP-CUSCO', ['Solicitud de Acceso a la Información N° 2024-0311'],
            '2024-02-08', 'oficio, centred letterhead with logo, year rows where each share sits in brackets in the same cell as its count',
            notes='Out of period: 2023 was asked; the 2023 figures are consolidated and published by the prosecution service\'s statistics '
                  'office later in the year, so 2021 and 2022 are given. Cells such as "41 (35,0 %)" hold a count and a percent.')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Cusco',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Cusco'],
             logo=(logo_png('mpfn20', 'MP', 'circle', (20, 60, 120)), 1.2))
    open20(R, 2024, 'Cusco, 08 de febrero de 2024', 'OFICIO N° 000087-2024-MP-FN-FPEDTP-CUSCO',
           ['Señor', 'JHON PAUCAR VILLAFUERTE', 'Presente.-'],
           [('ASUNTO', ':  Casos por el delito de trata de personas – año 2023'),
            ('REF.', ':  Solicitud de Acceso a la Información N° 2024-0311')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, le informo que la estadística del año 2023 es '
             'consolidada por la Oficina de Racionalización y Estadística de la Fiscalía de la Nación, que la publica en el primer semestre '
             'del año siguiente, por lo que este Despacho no puede proporcionarla aún.',
             'Sin perjuicio de ello, le alcanzo la información de los años 2021 y 2022:'])
    d = [(2021, 117, 41, 38), (2022, 134, 39, 57)]
    rows = []
    for y, n, a, f in d:
        rows.append([str(y), Cn(n, 'caso', y=y), CP(a, 'caso', round(a / n * 100, 1), y=y), CP(f, 'caso', round(f / n * 100, 1), y=y)])
    R.table([['Año', 'Casos ingresados', 'Archivados', 'Formalizados']], rows, widths=(2.4, 3.6, 4.0, 4.0), size=10)
    body(R, ['Atentamente,'])
    signoff(R, 'DRA. KARINA LUNA HUAMÁN', 'Fiscal Provincial Titular',
            'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Cusco')


def x054():
    R = new('x054', 'answered', None, ['governance', 'prevention'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Cajamarca', 'MPC', 'provincial_municipality'),
            'OFICIO N° 0098-2024-MPC/GDS', ['Expediente N° 0004129-2024', 'Resolución de Alcaldía N° 214-2023-MPC/A'],
            '2024-01-29', 'oficio, centred letterhead, the body set in two newspaper columns with every figure in running prose',
            notes='Answered: 2023. The provincial working group and its budget are governance; workshops and campaigns prevention. The '
                  'budget was allocated and executed; the execution share is a 2023 percent.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CAJAMARCA', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpc', 'MPC', 'shield', (150, 30, 30)), 1.2))
    open20(R, 2024, 'Cajamarca, 29 de enero de 2024', 'OFICIO N° 0098-2024-MPC/GDS',
           ['Señora', 'ROXANA CHÁVEZ TERRONES', 'Presente.-'],
           [('Asunto:', 'Acciones contra la trata de personas – 2023'),
            ('Referencia:', 'a) Expediente N° 0004129-2024\nb) Resolución de Alcaldía N° 214-2023-MPC/A')])
    R.columns(2, 0.8)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para informarle lo siguiente:',
             'La Mesa Multisectorial Provincial contra la Trata de Personas, conformada mediante la resolución b) de la referencia, '
             'sesionó %s veces durante el año 2023 con la participación de %s instituciones públicas y privadas.'
             % (Cn(5, 'sesión', y=2023), Cn(17, 'institución', y=2023)),
             'En materia de prevención, se realizaron %s talleres en colegios secundarios, en los que participaron %s estudiantes, y %s '
             'campañas informativas en el terminal terrestre y en los mercados de la ciudad.'
             % (Cn(12, 'taller', y=2023), Cn(1560, 'estudiante', st='sp', y=2023), Cn(3, 'campaña', y=2023)),
             'Para estas acciones se asignó un presupuesto de %s, del cual se ejecutó %s, es decir, el %s.'
             % (Mf(22000.00, pre='S/ ', y=2023, r='a'), Mf(19874.35, pre='S/ ', y=2023, r='e'), Psp(90.3, st='eu', y=2023)),
             'Atentamente,'], align='j')
    R.columns(1)
    signoff(R, 'LIC. HÉCTOR CABRERA SILVA', 'Gerente de Desarrollo Social', before=14)


def x055():
    R = new('x055', 'out_of_period', None, ['prevention'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'),
            'OFICIO N° 000214-2024-MIDIS/PNADP-DE', ['Informe N° 000031-2024-MIDIS/PNADP-UTI', 'Solicitud N° 2024-0187'],
            '2024-02-19', 'oficio, GOB.PE brand letterhead (programme in the last box), plan table with amounts led by the ISO code',
            notes='Out of period: 2020-2021 was asked; the programme\'s records of those years were lost in a 2022 attack on its servers, '
                  'so only the 2024 plan is given (plan only). The JUNTOS programme is recorded as MIDIS. "PEN" amounts are programmed '
                  '(allocated) for 2024.')
    gob_header(R, ['Ministerio de Desarrollo\ne Inclusión Social', 'Programa Nacional de Apoyo Directo a los Más Pobres – JUNTOS'],
               widths=[1.6, 5.0, 9.4])
    open20(R, 2024, 'Lima, 19 de febrero de 2024', 'OFICIO N° 000214-2024-MIDIS/PNADP-DE',
           ['Señor', 'IVÁN SALAS MONTOYA', 'Presente.-'],
           [('Asunto', ':  Acciones de prevención de la trata de personas con usuarios del Programa JUNTOS, 2020 – 2021'),
            ('Referencia', ':  Solicitud N° 2024-0187')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, según el Informe N° 000031-2024-MIDIS/PNADP-UTI, '
             'los registros de las acciones de los años 2020 y 2021 se perdieron como consecuencia del ataque informático sufrido por los '
             'servidores del Programa en el año 2022, sin que haya sido posible recuperarlos.',
             'No obstante, le informamos las acciones de prevención programadas para el año 2024:'])
    acts = [('Sesiones informativas con madres líderes', 'sesión', 320, 45000.00), ('Spots radiales en lenguas originarias', 'spot', 12, 18600.00),
            ('Capacitación a gestores locales', 'gestor local', 150, 27400.00)]
    rows = [[a, Cn(n, w, y=2024), Mcode(m, y=2024, r='a')] for a, w, n, m in acts]
    rows.append(['Total', '', Mcode(sum(x[3] for x in acts), y=2024, r='a')])
    R.table([['Acción programada 2024', 'Meta', 'Presupuesto']], rows, widths=(8.0, 2.4, 4.0), size=9.5, bold_rows=(3,))
    body(R, ['Atentamente,'])
    signoff(R, 'ECON. PATRICIA MONZÓN ARRIOLA', 'Directora Ejecutiva', 'Programa JUNTOS')


def x056():
    R = new('x056', 'out_of_period', None, ['protection', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Sullana', 'MPS', 'provincial_municipality'),
            'CARTA N° 0187-2023-MPS/GDS', ['Solicitud de fecha 19 de mayo de 2023'],
            '2023-06-06', 'carta, centred letterhead, figures only in running prose, two later years',
            notes='Out of period: 2019 was asked; the municipal archive was flooded by the March 2023 rains and the 2019 files were lost, so '
                  '2021 and 2022 are given. DEMUNA cases are protection, talks prevention.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE SULLANA', 'Gerencia de Desarrollo Social'], logo=(logo_png('mps', 'MPS', 'circle', (0, 90, 160)), 1.2))
    open20(R, 2023, 'Sullana, 06 de junio de 2023', 'CARTA N° 0187-2023-MPS/GDS',
           ['Señorita', 'DIANA CHUNGA ZAPATA', 'Presente.-'],
           [('Asunto', ':  Información sobre atención y prevención de la trata de personas – 2019'),
            ('Referencia', ':  Solicitud de fecha 19 de mayo de 2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Lamentamos informarle que el archivo de esta Gerencia resultó '
             'inundado durante las lluvias de marzo de 2023 y que la documentación del año 2019 se perdió.',
             'A modo referencial, le comunicamos que en el año 2021 la DEMUNA atendió %s casos vinculados a trata de personas y en el año 2022 '
             'atendió %s casos; asimismo, se realizaron %s charlas de prevención en 2021 y %s en 2022, que en conjunto llegaron a %s '
             'estudiantes.' % (Cn(6, 'caso', y=2021), Cn(8, 'caso', y=2022), Cn(11, 'charla', y=2021), Cn(17, 'charla', y=2022),
                               Cn(2384, 'estudiante', st='sp')),
             'Atentamente,'])
    signoff(R, 'LIC. MIRIAM SEMINARIO ARÉVALO', 'Gerente de Desarrollo Social')


def x057():
    R = new('x057', 'answered', None, ['governance'], ('2021-01-01', '2022-12-31'),
            S('Gobierno Regional Puno', None, 'regional_government'),
            'OFICIO N° 0311-2023-GR-PUNO/GRPPAT', ['Expediente N° 2023-001874'],
            '2023-03-02', 'oficio (page 1, execution shares in prose) and an annex page with a title block stating "miles de soles" for the '
                          'page: spending-category rows with the total row first under year-over-PIM/Devengado headers',
            notes='Answered: 2021 and 2022 budget of the regional plan against trafficking (governance). Page 2 amounts are in thousands '
                  'by the page title block (unit_source page). Letterhead drawn as a picture. "2.1", "2.3", "2.6" are spending codes.')
    R.header_image(['GOBIERNO REGIONAL PUNO', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], 'grpuno',
                   color=(20, 70, 130), shape='shield')
    d = [('2.1 Personal y obligaciones sociales', 185.4, 181.2, 212.6, 209.9), ('2.3 Bienes y servicios', 96.8, 71.3, 134.5, 118.7),
         ('2.6 Adquisición de activos no financieros', 20.0, 12.4, 15.0, 14.8)]
    T = [round(sum(x[i] for x in d), 1) for i in range(1, 5)]
    open20(R, 2023, 'Puno, 02 de marzo de 2023', 'OFICIO N° 0311-2023-GR-PUNO/GRPPAT',
           ['Señor', 'ROLANDO APAZA TICONA', 'Presente.-'],
           [('Asunto:', 'Presupuesto del Plan Regional contra la Trata de Personas 2021 – 2022'),
            ('Referencia:', 'Expediente N° 2023-001874')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para remitirle en anexo la ejecución presupuestal de las acciones '
             'del Plan Regional contra la Trata de Personas por genérica de gasto. El avance de ejecución fue de %s en 2021 y de %s en 2022.'
             % (Psp(round(T[1] / T[0] * 100, 1), st='eu', y=2021), Psp(round(T[3] / T[2] * 100, 1), st='eu', y=2022)),
             'Atentamente,'])
    signoff(R, 'ECON. WALTER ÑACCHA QUISPE', 'Gerente Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial')
    R.pagebreak()
    page_title(R, ['ANEXO', 'EJECUCIÓN PRESUPUESTAL DEL PLAN REGIONAL CONTRA LA TRATA DE PERSONAS, 2021 – 2022', '(Expresado en miles de soles)'])
    def cells(vals):
        return [Mf(vals[0], dec=1, scale=1000, y=2021, r='a', u='page'), Mf(vals[1], dec=1, scale=1000, y=2021, r='e', u='page'),
                Mf(vals[2], dec=1, scale=1000, y=2022, r='a', u='page'), Mf(vals[3], dec=1, scale=1000, y=2022, r='e', u='page')]
    rows = [['TOTAL'] + cells(T)] + [[x[0]] + cells(x[1:]) for x in d]
    mtable(R, [['Genérica de gasto', '2021', '', '2022', ''], ['', 'PIM', 'Devengado', 'PIM', 'Devengado']], rows,
           merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], widths=(6.6, 2.3, 2.4, 2.3, 2.4), size=9.5, bold_rows=(0,),
           note='Fuente: Consulta amigable del MEF, al 31 de diciembre de cada año.')


def x058():
    R = new('x058', 'out_of_period', None, ['prosecution'], ('2016-01-01', '2016-12-31'),
            S('Observatorio de Criminalidad del Ministerio Público', None, 'autonomous'),
            'OFICIO N° 000145-2020-MP-FN-GG-OBSERVATORIO', ['Solicitud de Acceso a la Información N° 2020-0077'],
            '2020-07-02', 'oficio, centred letterhead, year rows with two count columns and a bare share column under "% mujeres", '
                          'total row',
            notes='Out of period: 2016 was asked; the observatory\'s integrated records start in 2017 and earlier complaints are in a '
                  'legacy system it cannot query, so 2017-2019 are given. The total row has no year; its share has no year.')
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Gerencia General', 'Observatorio de Criminalidad'], size=9,
             logo=(logo_png('mpfn20', 'MP', 'circle', (20, 60, 120)), 1.2))
    open20(R, 2020, 'Lima, 02 de julio de 2020', 'OFICIO N° 000145-2020-MP-FN-GG-OBSERVATORIO',
           ['Señora', 'TERESA LLANOS VIGO', 'Presente.-'],
           [('Asunto', ':  Denuncias por el delito de trata de personas – año 2016'),
            ('Referencia', ':  Solicitud de Acceso a la Información N° 2020-0077')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, le informo que la base de datos integrada de este '
             'Observatorio contiene información a partir del año 2017; los registros anteriores se encuentran en un sistema de gestión '
             'fiscal anterior que no puede ser consultado por esta oficina.',
             'Por ello, le remitimos la información de los años 2017 a 2019:'])
    d = [(2017, 1433, 1812, 81.2), (2018, 1284, 1657, 79.5), (2019, 1510, 1944, 83.6)]
    rows = [[str(y), Cn(a, 'denuncia', y=y), Cn(b, 'víctima', y=y), Pbare(c, y=y)] for y, a, b, c in d]
    rows.append(['Total', Cn(sum(x[1] for x in d), 'denuncia'), Cn(sum(x[2] for x in d), 'víctima'),
                 Pbare(round(sum(x[2] * x[3] / 100 for x in d) / sum(x[2] for x in d) * 100, 1))])
    R.table([['Año', 'Denuncias registradas', 'Presuntas víctimas', '% mujeres']], rows, widths=(2.4, 3.8, 3.6, 2.6), size=10,
            bold_rows=(3,), note='Fuente: Sistema de Información de Apoyo al Trabajo Fiscal (SIATF).')
    body(R, ['Atentamente,'])
    signoff(R, 'ING. OMAR ZEVALLOS LUJÁN', 'Jefe del Observatorio de Criminalidad')


def x059():
    R = new('x059', 'out_of_period', None, ['protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Santiago', None, 'district_municipality'),
            'CARTA N° 0051-2024-MDS/GDH', ['Solicitud de fecha 3 de enero de 2024', 'Resolución de Gerencia Municipal N° 012-2024-MDS/GM'],
            '2024-01-17', 'carta, footer letterhead, two-column result sheet for the following year',
            notes='Out of period: 2022 was asked; the DEMUNA registers of 2022 were not found when the contracted staff left, and an inquiry '
                  'is open, so 2023 is given. DEMUNA cases and referrals are protection, workshops prevention.')
    foot_letterhead(R, 'Municipalidad Distrital de Santiago – Cusco',
                    'Plaza de Armas de Santiago s/n · Teléfono (084) 24-5210 · www.munisantiago.gob.pe',
                    logo=(logo_png('mdsc', 'MDS', 'shield', (130, 0, 40)), 1.2))
    open20(R, 2024, 'Santiago, 17 de enero de 2024', 'CARTA N° 0051-2024-MDS/GDH',
           ['Señor', 'NILTON ARAGÓN CCOPA', 'Presente.-'],
           [('Asunto:', 'Información de la DEMUNA sobre trata de personas – año 2022'),
            ('Referencia:', 'Solicitud de fecha 3 de enero de 2024')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, le informo que los libros de registro de la DEMUNA '
             'correspondientes al año 2022 no fueron ubicados al término de los contratos del personal a cargo, hecho por el cual se ha '
             'dispuesto una investigación mediante Resolución de Gerencia Municipal N° 012-2024-MDS/GM.',
             'A modo referencial, le alcanzamos los resultados del año 2023:'])
    ficha(R, [('Casos de trata de personas atendidos por la DEMUNA', Cn(7, 'caso', y=2023)),
              ('Derivaciones a la Unidad de Protección Especial', Cn(3, 'derivación', y=2023)),
              ('Talleres de prevención en instituciones educativas', Cn(9, 'taller', y=2023)),
              ('Participantes en los talleres', Cn(412, 'participante', y=2023))], head=('Resultado 2023', 'N°'), widths=(11.0, 2.5),
          size=10)
    body(R, ['Atentamente,'])
    signoff(R, 'LIC. YESSICA HUARCAYA LOAIZA', 'Gerente de Desarrollo Humano')


def x060():
    R = new('x060', 'answered', None, ['protection'], ('2020-01-01', '2022-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 001243-2023-MIMP/DGNNA-DPE', ['Hoja de Trámite N° 2023-0021877'],
            '2023-05-30', 'oficio, GOB.PE brand letterhead with four boxes, protection-unit rows by year columns and a total column, '
                          'the total row first',
            notes='Answered: 2020, 2021 and 2022, each year given. The special protection directorate is recorded as MIMP. The total '
                  'column spans the three years (no year); totals first.')
    gob_header(R, ['Ministerio de la Mujer\ny Poblaciones Vulnerables', 'Viceministerio de Poblaciones Vulnerables',
                   'Dirección General de Niñas, Niños y Adolescentes', 'Dirección de Protección Especial'], widths=[1.6, 4.0, 3.6, 3.8, 3.0])
    open20(R, 2023, 'Lima, 30 de mayo de 2023', 'OFICIO N° 001243-2023-MIMP/DGNNA-DPE',
           ['Señora', 'CECILIA ARANA BUSTAMANTE', 'Presente.-'],
           [('Asunto:', 'Niñas, niños y adolescentes presuntas víctimas de trata atendidos por las UPE, 2020 – 2022'),
            ('Referencia:', 'Hoja de Trámite N° 2023-0021877')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, para remitirle el número de niñas, niños y '
             'adolescentes presuntas víctimas de trata de personas con procedimiento por desprotección familiar iniciado por las Unidades de '
             'Protección Especial (UPE):'])
    d = [('UPE Lima Centro', 38, 44, 51), ('UPE Cusco', 17, 21, 26), ('UPE Loreto', 22, 19, 28), ('UPE Madre de Dios', 15, 18, 23),
         ('UPE Puno', 9, 14, 16)]
    T = [sum(x[i] for x in d) for i in (1, 2, 3)]
    rows = [['Total'] + [Cn(T[0], 'niño', y=2020), Cn(T[1], 'niño', y=2021), Cn(T[2], 'niño', y=2022), Cn(sum(T), 'niño')]]
    for u, a, b, c in d:
        rows.append([u, Cn(a, 'niño', y=2020), Cn(b, 'niño', y=2021), Cn(c, 'niño', y=2022), Cn(a + b + c, 'niño')])
    R.table([['Unidad de Protección Especial', '2020', '2021', '2022', 'Total 2020-2022']], rows, widths=(5.6, 2.2, 2.2, 2.2, 3.2),
            size=9.5, bold_rows=(0,), shade_rows=(0,))
    body(R, ['Atentamente,'])
    signoff(R, 'ABOG. LILIANA MORENO SALDAÑA', 'Directora de Protección Especial')
