"""blind-v21 letters y031-y045 (written from scratch for this set)."""
from common import *
from lib import M, C, P


def y031():
    R = new('y031', 'missing', 'denied_exception', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Dirección Regional de Salud San Martín', 'DIRESA San Martín', 'regional_government'),
            'CARTA N° 0093-2023-GRSM-DIRESA/DG', ['Informe Legal N° 0087-2023-GRSM-DIRESA/OAJ', 'Solicitud N° 0211-2023'],
            '2023-03-22',
            layout='carta of a regional health directorate denying a nominal list of victims under the personal-data exception',
            notes='Denied: the request asks for the list of victims of trafficking attended in 2022 with names and diagnoses; the '
                  'directorate denies it as personal and health data (exception of the transparency law), after a cited legal '
                  'report, and gives no aggregate figure.')
    bar_header(R, ['GOBIERNO REGIONAL SAN MARTÍN', 'Dirección Regional de Salud', 'Dirección General'], color='0B6E4F')
    open21(R, 2023, date21('Moyobamba', '2023-03-22'), 'CARTA N° 0093-2023-GRSM-DIRESA/DG',
           ['Señor', 'ALDO RENZO PINCHI SAAVEDRA', 'Presente.-'],
           [('Asunto', ': Denegatoria de solicitud de acceso a la información pública'), ('Referencia', ': Solicitud N° 0211-2023')],
           order='ref')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, por la que requiere la relación nominal de las víctimas '
             'de trata de personas atendidas en los establecimientos de salud de la región durante el año 2022, con sus nombres, '
             'edades y diagnósticos.',
             'Al respecto, de acuerdo con el Informe Legal N° 0087-2023-GRSM-DIRESA/OAJ, la información solicitada contiene datos '
             'personales y datos sensibles referidos a la salud de las personas, cuya divulgación constituye una invasión de la '
             'intimidad personal y familiar. En consecuencia, se encuentra comprendida en la excepción prevista en el numeral 5 del '
             'artículo 17 del Texto Único Ordenado de la Ley N° 27806, por lo que se deniega su solicitud.',
             'La presente decisión puede ser impugnada ante el Tribunal de Transparencia y Acceso a la Información Pública.',
             'Atentamente,'])
    R.sign('M.C. HÉCTOR RAÚL DEL CASTILLO RENGIFO', 'Director Regional de Salud', 'DIRESA San Martín', before=22)


def y032():
    R = new('y032', 'out_of_period', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000418-2023-SNM-GU', ['Expediente N° LM230041875', 'Oficio N° 000102-2023-OCI-MIGRACIONES'], '2023-04-17',
            layout='oficio of an attached body: a table with years as rows and nationalities as columns, total column',
            notes='Out of period: the request is for 2019; the 2019 files are in the custody of the internal control office for an '
                  'ongoing audit (a cited oficio) and the reply gives the humanitarian migratory status granted to foreign victims '
                  'in 2021 and 2022. Nothing is said about 2019 activity. The total column has the year of its row.')
    R.header(['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Gerencia de Usuarios'], align='c', size=9,
             logo=(logo_png('snm21', 'MIG', 'circle', (0, 60, 120)), 1.2))
    open21(R, 2023, date21('Breña', '2023-04-17', 'abbr'), 'OFICIO N° 000418-2023-SNM-GU',
           ['Señora', 'LORENA BEATRIZ CASTAÑEDA VELA', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° LM230041875')],
           order='date', ref_style='box')
    body(R, ['Es grato dirigirme a usted en atención al expediente de la referencia, mediante el cual solicita el número de personas '
             'extranjeras víctimas de trata de personas a las que se otorgó la calidad migratoria humanitaria en el año 2019.',
             'Sobre el particular, se informa que los expedientes del año 2019 se encuentran bajo custodia del Órgano de Control '
             'Institucional en el marco de un servicio de control en curso, conforme a lo comunicado mediante el Oficio N° '
             '000102-2023-OCI-MIGRACIONES, por lo que no es posible acceder a ellos. No obstante, se le alcanza la información '
             'disponible de los años siguientes:'])
    data = [(2021, [14, 6, 2, 1, 3]), (2022, [19, 8, 3, 2, 2])]
    rows = [[str(y)] + [Cn(v, 'calidad migratoria', y=y) for v in vals] + [Cn(sum(vals), 'calidad migratoria', y=y)] for y, vals in data]
    R.table([['Año', 'Venezolana', 'Colombiana', 'Ecuatoriana', 'Boliviana', 'Otras', 'Total']], rows,
            widths=(1.6, 2.4, 2.4, 2.4, 2.2, 1.8, 1.8), size=9.5,
            caption='Calidades migratorias humanitarias otorgadas a víctimas de trata, según nacionalidad')
    body(R, ['Atentamente,'])
    dsig(R, 'Ana Cecilia Portocarrero Luna', 'Gerente de Usuarios', 'Superintendencia Nacional de Migraciones', when='17/04/2023 15:02:44',
         fau='20551239692', align='l')


def y033():
    R = new('y033', 'answered', None, ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            'OFICIO N° 0276-2023-GDIS/MVES', ['Informe N° 045-2023-SGDEMUNA-GDIS/MVES', 'Expediente N° 3390-2023'], '2023-03-08',
            layout='oficio on page 1 and the DEMUNA informe on page 2 with a month-by-month table and a total row',
            notes='Answered: 2022 talks, participants and cases referred by the DEMUNA, by month, on the attached informe (page 2). '
                  'The informe\'s number is a cited reference of the oficio.')
    R.header(['MUNICIPALIDAD DISTRITAL DE VILLA EL SALVADOR', 'Gerencia de Desarrollo e Inclusión Social'], align='c', size=9,
             logo=(logo_png('mves21', 'VES', 'shield', (0, 110, 60)), 1.2))
    open21(R, 2023, date21('Villa El Salvador', '2023-03-08'), 'OFICIO N° 0276-2023-GDIS/MVES',
           ['Señor', 'BRUNO ALEXIS QUISPE MORALES', 'Presente.-'],
           [('Asunto', ': Remite información sobre acciones frente a la trata de personas - 2022'),
            ('Referencia', ': Expediente N° 3390-2023')], order='ref')
    body(R, ['Tengo el agrado de dirigirme a usted para saludarlo y, en atención al expediente de la referencia, remitirle el Informe N° '
             '045-2023-SGDEMUNA-GDIS/MVES, mediante el cual la Subgerencia de la DEMUNA da cuenta de las charlas de prevención de la '
             'trata de personas y de los casos derivados durante el año 2022.', 'Sin otro particular, quedo de usted.', 'Atentamente,'])
    scribble_sign(R, 'Lic. GLORIA ESPERANZA HUAYTA CONDE', 'Gerente de Desarrollo e Inclusión Social', 'Municipalidad Distrital de Villa El Salvador')
    R.pagebreak()
    R.p('INFORME N° 045-2023-SGDEMUNA-GDIS/MVES', bold=True, align='c', size=12, after=6)
    kv(R, [('A', ': Lic. Gloria Esperanza Huayta Conde - Gerente de Desarrollo e Inclusión Social'),
           ('DE', ': Abog. Liz Mariela Ccanto Rojas - Subgerente de la DEMUNA'),
           ('ASUNTO', ': Charlas de prevención y casos derivados - año 2022'), ('FECHA', ': 6 de marzo de 2023')])
    R.p('Se detalla, por mes, las charlas realizadas en instituciones educativas y organizaciones sociales del distrito, el número '
        'de participantes y los casos de presunta trata derivados a la Unidad de Protección Especial o a la Fiscalía:', align='j')
    meses = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    v = [(2, 64, 0), (1, 37, 1), (4, 152, 0), (5, 188, 1), (6, 231, 2), (4, 140, 0), (3, 98, 1), (5, 176, 0), (7, 265, 2),
         (6, 214, 1), (4, 129, 0), (2, 71, 1)]
    rows = [[m, Cn(a, 'charla', y=2022), Cn(b, 'participante', y=2022), Cn(c, 'caso', y=2022)] for m, (a, b, c) in zip(meses, v)]
    rows.append(['Total 2022', Cn(sum(x[0] for x in v), 'charla', y=2022), Cn(sum(x[1] for x in v), 'participante', 'sp', y=2022),
                 Cn(sum(x[2] for x in v), 'caso', y=2022)])
    R.table([['Mes', 'Charlas', 'Participantes', 'Casos derivados']], rows, widths=(4.0, 2.6, 3.0, 3.0), size=9.5,
            bold_rows=(12,), ruled='hlines')
    R.p('Es todo cuanto informo.', after=14)
    R.p('Abog. LIZ MARIELA CCANTO ROJAS', bold=True, align='c', after=0)
    R.p('Subgerente de la DEMUNA', align='c', after=0)


def y034():
    R = new('y034', 'out_of_period', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Trabajo y Promoción del Empleo de Junín', 'DRTPE Junín', 'regional_government'),
            'OFICIO N° 0037-2024-GRJ/DRTPE', ['Solicitud de fecha 8 de enero de 2024'], '2024-01-19',
            layout='oficio of a regional labour directorate, two-column table whose cells hold the count and its noun, data of the '
                   'year before the request',
            notes='Out of period: the request is for 2023; the 2023 annual report is approved only in March 2024 and the reply gives '
                  '2022 results. The counts are printed with their noun in the cell (unit in the cell).')
    R.header(['GOBIERNO REGIONAL JUNÍN', 'DIRECCIÓN REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO'], align='c', size=9)
    open21(R, 2024, date21('Huancayo', '2024-01-19', 'slash'), 'OFICIO N° 0037-2024-GRJ/DRTPE',
           ['Señorita', 'MARISOL YANET POMA HUAMÁN', 'Presente.-'],
           [('Asunto', ': Información sobre prevención del trabajo forzoso y la trata con fines de explotación laboral'),
            ('Referencia', ': Solicitud de fecha 8 de enero de 2024')], order='date', motto_size=6.5)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'de prevención realizadas por esta Dirección Regional en el año 2023.',
             'Al respecto, le comunico que los resultados del año 2023 forman parte del Informe Anual de Gestión, que será aprobado '
             'en el mes de marzo de 2024, por lo que a la fecha no se cuenta con información validada de dicho año. Sin embargo, le '
             'alcanzo los resultados del año 2022:'])
    rows = [['Charlas informativas en empresas agroexportadoras', Cin(12, 'charla', 'charlas', y=2022)],
            ['Trabajadores informados', Cin(486, 'trabajador', 'trabajadores', y=2022)],
            ['Ferias de empleo con módulo de orientación', Cin(3, 'feria', 'ferias', y=2022)],
            ['Jóvenes orientados sobre ofertas de empleo engañosas', Cin(1150, 'joven', 'jóvenes', 'sp', y=2022)],
            ['Spots radiales en quechua y castellano', Cin(240, 'spot', 'spots', y=2022)]]
    R.table([['Acción de prevención', 'Resultado 2022']], rows, widths=(10.0, 4.0), size=10)
    body(R, ['Atentamente,'])
    R.sign('Abog. WALTER ELÍAS QUISPE ROJAS', 'Director Regional de Trabajo y Promoción del Empleo', before=20)


def y035():
    R = new('y035', 'missing', 'not_competent', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Tacna', 'GRT', 'regional_government'),
            'OFICIO N° 0288-2023-SG/GOB.REG.TACNA', ['Expediente N° 1874-2023'], '2023-04-11',
            layout='short oficio of a regional government stating that the matter is outside its functions, no referral, no names',
            notes='Not competent: the regional government says that operations and complaints for trafficking are outside the '
                  'functions of its organisation rules; it does not forward the request nor name another body.')
    R.header(['GOBIERNO REGIONAL DE TACNA', 'Secretaría General'], align='l', size=9,
             logo=(logo_png('grtac21', 'GRT', 'shield', (160, 0, 30)), 1.1))
    open21(R, 2023, date21('Tacna', '2023-04-11', 'del'), 'OFICIO N° 0288-2023-SG/GOB.REG.TACNA',
           ['Señor', 'RODRIGO ANDRÉ VALDEZ CHOQUE', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud'), ('Referencia', ': Expediente N° 1874-2023')], order='ref')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, por el cual solicita el número de operativos contra la trata '
             'de personas y de denuncias registradas en la región durante el año 2022.',
             'Al respecto, le informo que, conforme al Reglamento de Organización y Funciones de esta entidad, el Gobierno Regional de '
             'Tacna no tiene entre sus funciones la ejecución de operativos ni el registro de denuncias penales, por lo que no '
             'genera ni posee la información solicitada.', 'Atentamente,'])
    R.sign('Abog. PATRICIA NOEMÍ GUTIÉRREZ CUAYLA', 'Secretaria General', 'Gobierno Regional de Tacna', before=22)


def y036():
    R = new('y036', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0326-2022-MTPE/2/15', ['Informe N° 0041-2022-MTPE/2/15.1', 'Registro N° 0012874'], '2022-02-25',
            layout='oficio, left bar letterhead, table mixing a yes/no text column with counts, a two-row header with the year over '
                   'each group',
            notes='Answered: 2020 and 2021 sessions of the regional committees against forced labour (governance) and persons trained '
                  'to prevent it (prevention), by region. The "Sí/No" column is not a figure; a dash is not a figure.')
    bar_header(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'],
               color='7B1F1F', size=8)
    open21(R, 2022, date21('Jesús María', '2022-02-25'), 'OFICIO N° 0326-2022-MTPE/2/15',
           ['Señora', 'FIORELLA ALEJANDRA MENDOZA CRUZ', 'Presente.-'],
           [('Asunto', ': Información sobre comités regionales y capacitaciones 2020-2021'), ('Referencia', ': Registro N° 0012874')],
           order='ref', ref_style='under')
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, para remitirle la información '
             'contenida en el Informe N° 0041-2022-MTPE/2/15.1 sobre los Comités Regionales para la Lucha contra el Trabajo Forzoso '
             'y las capacitaciones realizadas en los años 2020 y 2021:'])
    data = [('Cusco', 'Sí', [3, 4], [210, 265]), ('Madre de Dios', 'Sí', [4, 4], [188, 240]), ('Puno', 'Sí', [2, 3], [96, 154]),
            ('Loreto', 'Sí', [2, 4], [120, 171]), ('Junín', 'No', [None, None], [64, 88]), ('Ucayali', 'Sí', [1, 3], [45, 102]),
            ('Piura', 'No', [None, None], [52, 70])]
    rows = []
    for reg, yes, ses, cap in data:
        r = [reg, yes]
        for y, v in zip((2020, 2021), ses):
            r.append('-' if v is None else Cn(v, 'sesión', y=y))
        for y, v in zip((2020, 2021), cap):
            r.append(Cn(v, 'persona', y=y))
        rows.append(r)
    head = [['Región', 'Comité instalado', 'Sesiones del comité', '', 'Personas capacitadas', ''],
            ['', '', '2020', '2021', '2020', '2021']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)]
    R.table(head, rows, merges=mg, colnames=hnames(head, mg), widths=(3.6, 2.4, 2.2, 2.2, 2.6, 2.6), size=9.5, num_align='c')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Abog. RENZO MARTÍN ALVA PEREYRA', 'Director General', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo')


def y037():
    R = new('y037', 'answered', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas', None, 'autonomous'),
            'OFICIO N° 000087-2024-MP-FN-FSCFEDTP', ['Carta N° 000021-2024-MP-FN-OAIP'], '2024-02-12', size=10.5,
            layout='oficio of a coordinating prosecutor\'s office, table by prosecution district with a percent column whose sign is '
                   'in every cell, total row, footnote under the table',
            notes='Answered: 2023 cases of the specialised prosecutor\'s offices by prosecution district. The formalisation rate '
                  'is printed with "%" in each cell.')
    spaced_header(R, 'Ministerio Público', ['Fiscalía de la Nación', 'Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas'],
                  size=7, spacing=80, rule='double', logo=(logo_png('mpfn21', 'MP', 'circle', (10, 40, 100)), 1.1))
    open21(R, 2024, date21('Lima', '2024-02-12'), 'OFICIO N° 000087-2024-MP-FN-FSCFEDTP',
           ['Señor', 'Abog. JOSÉ CARLOS UGARTE PINEDA', 'Oficina de Acceso a la Información Pública', 'Presente.-'],
           [('Asunto', ': Remite información estadística 2023'), ('Referencia', ': Carta N° 000021-2024-MP-FN-OAIP')],
           order='ref', motto_size=6.5)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitir la información sobre los '
             'casos de trata de personas a cargo de las Fiscalías Especializadas durante el año 2023, por distrito fiscal:'])
    data = [('Lima', [412, 138, 96, 41, 18]), ('Lima Norte', [97, 35, 22, 9, 4]), ('Callao', [64, 22, 15, 6, 2]),
            ('Cusco', [158, 61, 44, 19, 9]), ('Madre de Dios', [176, 58, 51, 23, 12]), ('Puno', [131, 47, 36, 14, 6]),
            ('Loreto', [149, 52, 40, 16, 7]), ('Tumbes', [73, 29, 18, 7, 3]), ('Piura', [88, 34, 21, 8, 3]),
            ('Arequipa', [102, 39, 27, 11, 5])]
    W_ = ['caso', 'caso', 'caso', 'acusación', 'sentencia']
    rows = []
    T = [0] * 5
    for d, v in data:
        for k in range(5):
            T[k] += v[k]
        rows.append([d] + [Cn(x, W_[k], y=2023) for k, x in enumerate(v)] + [Psp(round(v[2] / v[0] * 100, 1), y=2023, u='cell')])
    rows.append(['Total'] + [Cn(x, W_[k], 'sp', y=2023) for k, x in enumerate(T)] + [Psp(round(T[2] / T[0] * 100, 1), y=2023, u='cell')])
    R.table([['Distrito fiscal', 'Casos ingresados', 'Archivados', 'Formalizados', 'Con acusación', 'Con sentencia condenatoria*',
              'Tasa de formalización']], rows, widths=(3.2, 2.1, 2.1, 2.1, 2.1, 2.4, 2.2), size=8.5, bold_rows=(len(rows) - 1,),
            note='* Sentencias de primera instancia. Fuente: Sistema de Gestión Fiscal - SGF. Fecha de corte: 31/12/2023.')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'ROCÍO DEL PILAR ARANA VIDAL', 'Fiscal Superior Coordinadora', 'Fiscalías Especializadas en Delitos de Trata de Personas')


def y038():
    R = new('y038', 'out_of_period', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Salud Junín', 'DIRESA Junín', 'regional_government'),
            'OFICIO N° 0512-2023-GRJ-DRSJ/OEI', ['Solicitud de Acceso N° 0381-2023'], '2023-10-02',
            layout='oficio of a regional health directorate, table by health network with two count columns and a total row, data '
                   'two years before the request',
            notes='Out of period: the 2023 figures are asked; after the migration of the HIS to its web version the 2022 and 2023 '
                  'records are being reloaded, so the reply gives 2021 figures only. Nothing is said about 2023 activity.')
    R.header(['GOBIERNO REGIONAL JUNÍN', 'DIRECCIÓN REGIONAL DE SALUD JUNÍN', 'Oficina de Estadística e Informática'], align='r', size=8.5)
    open21(R, 2023, date21('El Tambo', '2023-10-02', 'weekday'), 'OFICIO N° 0512-2023-GRJ-DRSJ/OEI',
           ['Señor', 'EDWIN FROILÁN CAMARENA ROJAS', 'Presente.-'],
           [('Asunto', ': Atención a víctimas de trata en establecimientos de salud'), ('Referencia', ': Solicitud de Acceso N° 0381-2023')],
           order='date', ref_style='center')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, sobre las atenciones a víctimas de trata de personas en '
             'los establecimientos de salud de la región durante el año 2023.',
             'Al respecto, informo que, como consecuencia de la migración del sistema HIS a su versión web, los registros de los años '
             '2022 y 2023 se encuentran en proceso de carga y validación. Por ello, solo es posible remitir la información '
             'consolidada del año 2021:'])
    data = [('Red de Salud Valle del Mantaro', [23, 71]), ('Red de Salud Tarma', [8, 19]), ('Red de Salud Chanchamayo', [17, 48]),
            ('Red de Salud Satipo', [21, 66]), ('Red de Salud Jauja', [5, 12]), ('Red de Salud Pichanaki', [11, 30])]
    ctab(R, [['Red de salud', 'Víctimas atendidas', 'Atenciones brindadas']], data, ['víctima', 'atención'], year=2021,
         widths=(6.5, 3.2, 3.2), size=9.5, total='Total 2021')
    body(R, ['Atentamente,'])
    R.sign('Ing. RUTH MERY CHUQUILLANQUI SOTO', 'Jefa de la Oficina de Estadística e Informática', 'DIRESA Junín', before=18)


def y039():
    R = new('y039', 'missing', 'off_topic', [], ('2023-01-01', '2023-06-30'),
            S('Municipalidad Distrital de Miraflores', 'MDM', 'district_municipality'),
            'OFICIO N° 214-2023-GMU/MM', ['Documento Simple N° 10587-2023'], '2023-08-09',
            layout='oficio of a district municipality on vehicle traffic ("tráfico vehicular"), figures in prose',
            notes='Off topic: vehicle traffic counts and traffic-light works, not trafficking in persons. Its figures are kept '
                  '(vehicles per hour, a share, an amount with no role stated).')
    R.header(['MUNICIPALIDAD DE MIRAFLORES', 'Gerencia de Movilidad Urbana'], align='c', size=9,
             logo=(logo_png('mm21', 'MM', 'square', (0, 100, 160)), 1.1))
    open21(R, 2023, date21('Miraflores', '2023-08-09'), 'OFICIO N° 214-2023-GMU/MM',
           ['Señor', 'ERICK JOEL PAREDES LINARES', 'Presente.-'],
           [('Asunto', ': Información sobre tráfico en el distrito - primer semestre 2023'),
            ('Referencia', ': Documento Simple N° 10587-2023')], order='ref')
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información '
             'sobre el tráfico en el distrito durante el primer semestre de 2023.',
             'Al respecto, le informo que los aforos vehiculares realizados por esta Gerencia registraron en hora punta un promedio '
             'de %s vehículos por hora en la avenida José Larco y de %s vehículos por hora en la avenida Arequipa. Tras la '
             'semaforización inteligente de %s intersecciones, con una inversión de %s, el tiempo de viaje se redujo en un %s.' % (
                 Cn(2840, 'vehículo', 'sp', y=2023), Cn(4850, 'vehículo', 'sp', y=2023), Cn(18, 'intersección', y=2023),
                 Mafter(2480000.00, 'us', 2, y=2023), Pf(17.5, st='us', suf=' %', y=2023)),
             'Atentamente,'])
    R.sign('Arq. DIEGO ALONSO BENAVIDES LOZADA', 'Gerente de Movilidad Urbana', before=20)


def y040():
    R = new('y040', 'answered', None, ['protection'], ('2021-01-01', '2022-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000245-2023-MIMP-INABIF-DE', ['Expediente N° 2023-0010274', 'Nota N° D000118-2023-MIMP-INABIF-USPNNA'],
            '2023-03-29',
            layout='oficio of a ministry programme: table of specialised shelters with residents by year and executed budget in '
                   'millions of soles stated in the column headers, total row',
            notes='Answered: residents of the specialised residential care centres for trafficking victims in 2021 and 2022 and their '
                  'executed budget; the column headers say "millones de S/" (values x1 000 000). The INABIF programme is recorded '
                  'as the ministry.')
    spaced_header(R, 'Programa Integral Nacional para el Bienestar Familiar', ['Ministerio de la Mujer y Poblaciones Vulnerables', 'Dirección Ejecutiva'],
                  size=7, spacing=20, rule='single', color=(120, 20, 90))
    open21(R, 2023, date21('Lima', '2023-03-29', 'abbr'), 'OFICIO N° D000245-2023-MIMP-INABIF-DE',
           ['Señorita', 'DANIELA ALESSANDRA RUIZ CANO', 'Presente.-'],
           [('Asunto', ': Información sobre Centros de Acogida Residencial especializados'), ('Referencia', ': Expediente N° 2023-0010274')],
           order='ref', ref_style='box')
    body(R, ['Me dirijo a usted en atención al documento de la referencia y, de acuerdo con la Nota N° D000118-2023-MIMP-INABIF-USPNNA, '
             'le informo el número de residentes atendidos en los Centros de Acogida Residencial (CAR) especializados en víctimas de '
             'trata de personas y su presupuesto ejecutado en los años 2021 y 2022:'])
    data = [('CAR Especializado Nuevo Amanecer (Lima)', 34, 39, 1.42, 1.58), ('CAR Especializado Santa Rosa (Cusco)', 22, 27, 0.96, 1.07),
            ('CAR Especializado Esperanza (Madre de Dios)', 18, 24, 0.88, 1.01), ('CAR Especializado Qosqo Warmi (Puno)', 12, 15, 0.61, 0.69)]
    rows = []
    for n, a, b, c, d in data:
        rows.append([n, Cn(a, 'residente', y=2021), Cn(b, 'residente', y=2022), Mf(c, 'eu', 2, scale=1e6, y=2021, r='e'),
                     Mf(d, 'eu', 2, scale=1e6, y=2022, r='e')])
    rows.append(['Total', Cn(sum(x[1] for x in data), 'residente', y=2021), Cn(sum(x[2] for x in data), 'residente', y=2022),
                 Mf(round(sum(x[3] for x in data), 2), 'eu', 2, scale=1e6, y=2021, r='e'),
                 Mf(round(sum(x[4] for x in data), 2), 'eu', 2, scale=1e6, y=2022, r='e')])
    head = [['Centro de Acogida Residencial', 'Residentes', '', 'Ejecutado (millones de S/)', ''], ['', '2021', '2022', '2021', '2022']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)]
    R.table(head, rows, merges=mg, colnames=hnames(head, mg), widths=(6.6, 2.0, 2.0, 2.6, 2.6), size=9, bold_rows=(4,))
    body(R, ['Atentamente,'])
    qr_sign(R, 'MARTHA ISABEL CHÁVEZ ROMERO', 'Directora Ejecutiva', 'INABIF', 1040, when='29/03/2023 18:22')
    verif_footer(R, 'https://sgd.inabif.gob.pe/verifica', 'P8R3LZ6W')


def y041():
    R = new('y041', 'missing', 'denied_exception', ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Fiscalía Provincial Corporativa Especializada en Delitos de Trata de Personas de Tumbes', None, 'autonomous'),
            'OFICIO N° 0074-2024-MP-FN-FPCEDTP-TUMBES', ['Carta N° 0009-2024-MP-FN-PJFS-TUMBES'], '2024-01-30',
            font='Times New Roman', size=11.5,
            layout='oficio in Times of a provincial prosecutor\'s office denying copies of case files as reserved',
            notes='Denied: copies of the 2023 case files are refused as reserved investigations (criminal procedure code and the '
                  'transparency law exception); no aggregate figure is given.')
    R.header(['MINISTERIO PÚBLICO', 'Distrito Fiscal de Tumbes',
              'Fiscalía Provincial Corporativa Especializada en Delitos de Trata de Personas de Tumbes'], align='c', size=9)
    open21(R, 2024, date21('Tumbes', '2024-01-30'), 'OFICIO N° 0074-2024-MP-FN-FPCEDTP-TUMBES',
           ['Señor', 'Dr. LUIS FERNANDO SEMINARIO ZAPATA', 'Presidente de la Junta de Fiscales Superiores de Tumbes', 'Presente.-'],
           [('Asunto', ': Informa sobre solicitud de acceso a la información pública'),
            ('Referencia', ': Carta N° 0009-2024-MP-FN-PJFS-TUMBES')], order='ref', motto_size=6.5)
    body(R, ['Me dirijo a usted, en atención al documento de la referencia, mediante el cual se traslada la solicitud de acceso a la '
             'información pública que requiere copia de las carpetas fiscales por el delito de trata de personas ingresadas a esta '
             'Fiscalía durante el año 2023, incluidas las diligencias de investigación y las declaraciones de las agraviadas.',
             'Al respecto, informo que dichas carpetas se encuentran en etapa de investigación, por lo que tienen carácter reservado '
             'conforme al artículo 324 del Código Procesal Penal; asimismo, la información se encuentra comprendida en la excepción '
             'prevista en el numeral 6 del artículo 17 del Texto Único Ordenado de la Ley N° 27806. En consecuencia, no corresponde '
             'su entrega.', 'Atentamente,'])
    scribble_sign(R, 'CÉSAR AUGUSTO PURIZACA NAVARRO', 'Fiscal Provincial Coordinador', 'FPCEDTP - Tumbes')


def y042():
    R = new('y042', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Loreto', 'CSJLO', 'autonomous'),
            'OFICIO N° 000176-2023-GAD-CSJLO-PJ', ['Solicitud N° 0092-2023-TAIP'], '2023-05-04',
            layout='oficio of a superior court with figures in prose, one paragraph per year, counts as digits followed by the '
                   'number in words in brackets',
            notes='Out of period: the request is for 2022; after the court moved to a new building in 2022 that year\'s statistics '
                  'files are not yet inventoried, and the reply gives 2020 and 2021 figures.')
    R.header(['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Loreto', 'Gerencia de Administración Distrital'], align='l', size=9,
             logo=(logo_png('csjlo21', 'PJ', 'shield', (110, 20, 20)), 1.1))
    open21(R, 2023, date21('Iquitos', '2023-05-04'), 'OFICIO N° 000176-2023-GAD-CSJLO-PJ',
           ['Señora', 'PATRICIA ISABEL RENGIFO AREVALO', 'Presente.-'],
           [('Asunto', ': Atención de solicitud de acceso a la información'), ('Referencia', ': Solicitud N° 0092-2023-TAIP')],
           order='date')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre los procesos por '
             'el delito de trata de personas tramitados en este Distrito Judicial durante el año 2022.',
             'Al respecto, cumplo con informarle que, con motivo del traslado de la sede de esta Corte al nuevo local institucional '
             'durante el año 2022, los archivos estadísticos de dicho año aún no han sido inventariados, por lo que no es posible '
             'proporcionar la información solicitada. Sin perjuicio de ello, se le alcanza la información de los años anteriores:',
             'En el año 2020 ingresaron %s procesos por trata de personas y se emitieron %s sentencias condenatorias.' % (
                 Cdw(42, 'proceso', y=2020), Cdw(11, 'sentencia', y=2020)),
             'En el año 2021 ingresaron %s procesos y se emitieron %s sentencias condenatorias y %s sentencias absolutorias.' % (
                 Cdw(57, 'proceso', y=2021), Cdw(16, 'sentencia', y=2021), Cdw(4, 'sentencia', y=2021)),
             'Atentamente,'])
    R.sign('Abog. KARINA MARISOL DÁVILA PEZO', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Loreto', before=18)


def y043():
    R = new('y043', 'missing', 'not_competent_referred', ['prosecution'], ('2021-01-01', '2022-12-31'),
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'autonomous'),
            'OFICIO N° 001287-2023/SGEN/RENIEC', ['Expediente N° 0004412-2023', 'Oficio N° 001286-2023/SGEN/RENIEC'], '2023-03-02',
            layout='oficio of the civil registry forwarding the request to the interior ministry by a cited oficio',
            notes='Not competent, referred: the registry says it does not keep trafficking cases and forwarded the request to the '
                  'interior ministry (in charge of the RETA register) by a cited oficio.')
    R.header(['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Secretaría General'], align='c', size=9,
             logo=(logo_png('reniec21', 'RN', 'circle', (160, 20, 20)), 1.1))
    open21(R, 2023, date21('Lima', '2023-03-02'), 'OFICIO N° 001287-2023/SGEN/RENIEC',
           ['Señora', 'ANA LUCÍA BERMÚDEZ SOTELO', 'Presente.-'],
           [('Asunto', ': Encausamiento de solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° 0004412-2023')],
           order='ref')
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, por el cual solicita el número de '
             'casos de trata de personas registrados en los años 2021 y 2022.',
             'Sobre el particular, le informo que el RENIEC no registra casos de trata de personas, al no ser una materia de su '
             'competencia. En tal sentido, su solicitud ha sido encausada al Ministerio del Interior, entidad a cargo del Registro '
             'y Estadística del delito de Trata de Personas (RETA), mediante el Oficio N° 001286-2023/SGEN/RENIEC, lo que se le '
             'comunica conforme al literal b) del artículo 11 del Texto Único Ordenado de la Ley N° 27806.', 'Atentamente,'])
    dsig(R, 'Jorge Enrique Salinas Talavera', 'Secretario General', 'RENIEC', when='02/03/2023 11:05:13', fau='20295613620', align='c')


def y044():
    R = new('y044', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Gerencia Regional de Salud Lambayeque', 'GERESA Lambayeque', 'regional_government'),
            'OFICIO N° 001542-2023-GR.LAMB/GERESA-L [4871223 - 6]', ['Expediente N° 4871223', 'Solicitud de fecha 27 de febrero de 2023'],
            '2023-03-13',
            layout='oficio of a regional health management with the registry suffix in the number; long-format table repeating the '
                   'network on every row with the type of care beside it, subtotal rows, share in prose',
            notes='Answered: 2022 care episodes for victims of trafficking by health network and type of care. The row label joins '
                  'the network and the type of care. The bracketed registry numbers in the reference are not figures.')
    R.header(['GOBIERNO REGIONAL DE LAMBAYEQUE', 'GERENCIA REGIONAL DE SALUD'], align='c', size=9,
             logo=(logo_png('geresal21', 'GRS', 'shield', (0, 90, 90)), 1.1))
    open21(R, 2023, date21('Chiclayo', '2023-03-13', 'del'), 'OFICIO N° 001542-2023-GR.LAMB/GERESA-L [4871223 - 6]',
           ['Señorita', 'JHOSELYN MARIBEL SANTISTEBAN ÑIQUEN', 'Presente.-'],
           [('Asunto', ': Atenciones a víctimas de trata de personas - 2022'),
            ('Referencia', ': Solicitud de fecha 27 de febrero de 2023 (Expediente N° 4871223)')], order='date', ref_style='under')
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, para remitirle las atenciones brindadas a víctimas '
             'de trata de personas en los establecimientos de salud de la región durante el año 2022:'])
    data = [('Red Chiclayo', 'Atención médica', 46), ('Red Chiclayo', 'Atención psicológica', 71), ('Red Chiclayo', 'Atención social', 28),
            ('Red Lambayeque', 'Atención médica', 19), ('Red Lambayeque', 'Atención psicológica', 33), ('Red Lambayeque', 'Atención social', 12),
            ('Red Ferreñafe', 'Atención médica', 8), ('Red Ferreñafe', 'Atención psicológica', 14), ('Red Ferreñafe', 'Atención social', 6)]
    rows = [[a, b, Cn(n, 'atención', y=2022)] for a, b, n in data]
    rows.append(['Total', '', Cn(sum(x[2] for x in data), 'atención', y=2022)])
    R.table([['Red de salud', 'Tipo de atención', 'N° de atenciones']], rows, widths=(4.5, 5.0, 3.2), size=9.5, bold_rows=(9,),
            row_label_fn=lambda i, rw: ' '.join((rw[0] + ' ' + rw[1]).split()))
    body(R, ['Las atenciones psicológicas representaron el %s del total.' % Psp(50.2, y=2022), 'Atentamente,'])
    R.sign('M.C. JORGE LUIS CHAPOÑÁN DAMIÁN', 'Gerente Regional de Salud', 'GERESA Lambayeque', before=18)


def y045():
    R = new('y045', 'missing', 'clarification', ['prevention'], None,
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'CARTA N° 058-2023-OAIP-MPC', ['Expediente N° 18745'], '2023-06-21',
            layout='carta of a provincial municipality asking the requester to state the period and the activities meant; the '
                   'request quoted without a period',
            notes='Clarification: the request does not say which period it covers; the municipality asks for the period and the kind '
                  'of activities within two working days. No period is stated in the document.')
    right_header(R, ['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Oficina de Acceso a la Información Pública', 'Plaza de Armas s/n - Cusco'])
    open21(R, 2023, date21('Cusco', '2023-06-21'), 'CARTA N° 058-2023-OAIP-MPC',
           ['Señor', 'MARCO POLO HUILLCA QUISPE', 'Presente.-'],
           [('Asunto', ': Requerimiento de subsanación'), ('Referencia', ': Expediente N° 18745')], order='ref', motto=False)
    body(R, ['Me dirijo a usted en relación con el expediente de la referencia, en el que solicita "información sobre las campañas y '
             'charlas contra la trata de personas realizadas por la Municipalidad".',
             'Al respecto, su solicitud no precisa el periodo al que se refiere ni el tipo de actividades que requiere, por lo que, '
             'conforme al artículo 11 del Reglamento de la Ley N° 27806, se le solicita subsanar su pedido indicando el periodo '
             '(años o meses) y si requiere información de las campañas, de las charlas o de ambas, en el plazo de dos (2) días '
             'hábiles; caso contrario, se considerará como no presentada.', 'Atentamente,'])
    sigline(R, 'Abog. ELIANA MARGOT QUISPE CHOQUE', 'Responsable de Acceso a la Información Pública', 'Municipalidad Provincial del Cusco', align='c')
