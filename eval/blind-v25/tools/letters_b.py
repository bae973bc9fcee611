"""blind-v25 letters j016-j030, written for this set from the labeling guide. Every person, number and event is invented."""
from common import *
from lib import logo_png


def j016():
    ref = 'OFICIO N° 047-2024-MPT-GDS-SGPVPS'
    R = new('j016', 'answered', None, ['prevention'], PER23,
            S('Municipalidad Provincial de Tumbes', 'MPT', 'provincial_municipality'), ref,
            ['Expediente N° 2024-001738'], '2024-02-15',
            'letter sent as an OpenDocument file; accent letterhead; addressee and number side by side; campaign table; amounts with the sign and the word "soles" and a whole amount closed with ".--"',
            font='Liberation Sans', size=11, fmt='odt', keep_native=True,
            notes='Border campaigns, leaflets and training of mototaxi drivers in 2023 are prevention. "S/ 14,850.00 soles" is one amount (executed); "S/ 2,400.--" is a whole amount.')
    accent_header(R, 'Municipalidad Provincial de Tumbes', 'Gerencia de Desarrollo Social',
                  ['Subgerencia de Participación Vecinal y Programas Sociales'],
                  logo=(logo_png('j016', 'MPT', 'circle', (0, 80, 150)), 1.6), color='0070C0')
    open25(R, 2024, date25('Tumbes', '2024-02-15', 'comma_year'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto', 'Remite información sobre campañas contra la trata de personas, año 2023'),
                 ('Referencia', 'Expediente N° 2024-001738')], order='side')
    body(R, ['Es grato dirigirme a usted para saludarla cordialmente y, en atención al expediente de la referencia, informarle que '
             'durante el año 2023 la Subgerencia de Participación Vecinal y Programas Sociales ejecutó la campaña "Tumbes sin trata", '
             'en coordinación con la Red Regional y la Comisaría de Aguas Verdes, con los resultados siguientes:'])
    data = [('Centro Binacional de Atención en Frontera (CEBAF)', [4, 1320]), ('Terminal terrestre de Tumbes', [3, 860]),
            ('Mercado Modelo de Tumbes', [2, 540]), ('Instituciones educativas de Corrales', [2, 415]),
            ('Playa Zorritos (temporada de verano)', [1, 390])]
    ctab25(R, [['Lugar de intervención', 'Campañas', 'Personas informadas']], data, ['campaña', 'persona'], 2023,
           total='Total', widths=(8.2, 2.4, 3.4), size=9.5, style='stub')
    body(R, ['Asimismo, se distribuyeron %s volantes y afiches, y se capacitó a %s conductores de mototaxi en la identificación de '
             'situaciones de captación. El gasto total de la campaña fue de %s, de los cuales %s correspondieron a la impresión de '
             'banderolas.' % (Cn(3800, 'volante', 'sp', y=2023), Cn(64, 'conductor', y=2023), Mredund(14850.00, y=2023, r='e'),
                              Mhyph(2400, y=2023, r='e')),
             'Sin otro particular, me suscribo de usted.'])
    underlined_name_sign(R, 'Lic. Sonia Peña Marchán', 'Subgerente de Participación Vecinal y Programas Sociales',
                         'Municipalidad Provincial de Tumbes')


def j017():
    ref = 'OFICIO N° 0089-2024-INPE/17'
    R = new('j017', 'missing', 'not_competent', ['protection'], PER23,
            S('Instituto Nacional Penitenciario', 'INPE', 'other'), ref,
            ['Solicitud N° 00341-2024-INPE'], '2024-02-01',
            'oficio; letterhead in the footer; subject as a spaced title; functions listed a) to c); rule-and-name signature',
            font='Times New Roman', size=11.5,
            notes='The penitentiary institute lists its functions and says it does not assist or reintegrate victims; it forwards nothing: not_competent. The request is about victims\' care and reintegration in 2023: protection.')
    bottom_letterhead(R, 'INSTITUTO NACIONAL PENITENCIARIO',
                      ['Oficina de Transparencia y Acceso a la Información Pública', 'Jr. Carabaya 456, Cercado de Lima'],
                      logo=(logo_png('j017', 'INP', 'shield', (60, 60, 60)), 1.5), color='404040')
    open25(R, 2024, date25('Lima', '2024-02-01', 'spaced_slash'), ref,
           to_lines=['Señor', 'JORGE LUIS APAZA MAMANI', 'Presente.-'],
           rows=[('Referencia:', 'Solicitud N° 00341-2024-INPE')], order='subject_title',
           subject='Respuesta a solicitud de acceso a la información')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre el número '
             'de víctimas de trata de personas atendidas y los programas de reintegración a cargo de la entidad durante el periodo '
             'enero a diciembre de 2023.',
             'Al respecto, le informo que, de conformidad con el Código de Ejecución Penal y su Reglamento, el Instituto Nacional '
             'Penitenciario tiene como funciones:'])
    for t in ['a)\tDirigir y controlar técnica y administrativamente el Sistema Penitenciario Nacional;',
              'b)\tRealizar investigaciones sobre la criminalidad y elaborar la política de prevención del delito y tratamiento del '
              'delincuente; y',
              'c)\tBrindar asistencia post penitenciaria a las personas liberadas.']:
        R.p(t, indent=1.0, first=-0.6, after=2, align='j')
    body(R, ['En tal sentido, la atención, protección y reintegración de víctimas de trata de personas no se encuentra dentro de '
             'las competencias de esta institución, por lo que no se cuenta con la información solicitada.', 'Atentamente,'])
    R.sign('Abog. Víctor Hugo Lazo Ccori', 'Responsable de Acceso a la Información Pública', 'Instituto Nacional Penitenciario')


def j018():
    ref = 'CARTA N° 0034-2024-VRI-UNA-PUNO'
    R = new('j018', 'out_of_period', None, ['governance'], PER23,
            S('Universidad Nacional del Altiplano', 'UNA Puno', 'other'), ref,
            ['Expediente N° 00731-2024-UNA', 'Resolución Rectoral N° 2210-2023-R-UNA'], '2024-02-13',
            'university letter; shadow-box letterhead; number on a dark banner; project table with a year column and amounts with "S/" in each cell',
            font='DejaVu Serif', size=10,
            notes='Asked about research in 2023, the university lists only projects of 2020-2022 (the 2023 projects have no results yet): out_of_period. Research is governance. The year of each figure comes from the year column of its row; the financing amounts carry "S/" in the cell (unit_source cell), allocated (financiamiento aprobado).')
    shadow_header(R, ['UNIVERSIDAD NACIONAL DEL ALTIPLANO – PUNO', 'Vicerrectorado de Investigación'],
                  logo=(logo_png('j018', 'UNA', 'circle', (30, 60, 130)), 1.5))
    open25(R, 2024, date25('Puno', '2024-02-13', 'del_anio'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Observatorio Andino de Movilidad Humana', 'Presente.-'],
           rows=[('ASUNTO:', 'Atención a solicitud de información'), ('REF.:', 'Expediente N° 00731-2024-UNA')],
           order='banner', fill='1F3A6B')
    body(R, ['Me es grato dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información sobre '
             'los proyectos de investigación sobre trata de personas financiados por la universidad durante el año 2023.',
             'Al respecto, se informa que los proyectos aprobados en la convocatoria 2023 mediante Resolución Rectoral N° '
             '2210-2023-R-UNA se encuentran en etapa de ejecución y aún no cuentan con informe final, por lo que no es posible '
             'proporcionar información sobre ellos. No obstante, se detallan los proyectos concluidos en años anteriores:'], size=10)
    projs = [('2020', 'Captación de adolescentes en rutas hacia la minería informal de La Rinconada', 4, 18500.0),
             ('2021', 'Trata con fines de explotación laboral en la actividad textil de Juliaca', 3, 15200.0),
             ('2021', 'Percepciones de riesgo de trata en estudiantes de secundaria de Puno', 5, 12750.0),
             ('2022', 'Redes de captación por medios digitales en la región Puno', 4, 21000.0)]
    rows = []
    for y, tit, n, m in projs:
        rows.append([y, tit, Cn(n, 'investigador', y=int(y)), Mcell(m, 'S/ ', 'us', 2, y=int(y), r='a')])
    R.table([['Año', 'Proyecto de investigación', 'Investigadores', 'Financiamiento aprobado']], rows,
            widths=(1.4, 8.6, 2.4, 3.4), size=9, row_label_col=1,
            row_label_fn=lambda i, rw: ' '.join(rw[1].split()))
    body(R, ['Los informes finales de dichos proyectos se encuentran disponibles en el Repositorio Institucional de la universidad.',
             'Atentamente,'], size=10)
    colegiatura_sign(R, 'Dr. Fidel Huisa Mamani', 'Vicerrector de Investigación', 'CIP N° 98765', 'Universidad Nacional del Altiplano')


def j019():
    ref = 'OFICIO N° 0312-2024-GRL-DREL/DGP'
    R = new('j019', 'answered', None, ['prevention'], PER23,
            S('Dirección Regional de Educación de Loreto', 'DREL', 'regional_government'), ref,
            ['Oficio N° 0103-2024-GRL-GRDS', 'Informe N° 015-2024-GRL-DREL/DGP-ETE'], '2024-02-20',
            'oficio; ladder letterhead; head items on ruled form lines; table of local education units with a percent column; count in title-case words',
            font='Arial', size=10.5,
            notes='Tutoring sessions on trafficking, teachers trained and students reached in 2023 are prevention. The regional education directorate is an executing unit: kind regional_government. "38 porciento" is one percent; the percent column is the share of each unit\'s schools.')
    ladder_header(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social', 'Dirección Regional de Educación de Loreto',
                      'Dirección de Gestión Pedagógica'], logo=(logo_png('j019', 'DRE', 'square', (0, 100, 70)), 1.7))
    open25(R, 2024, date25('Iquitos', '2024-02-20', 'dd_mon_yy'), ref,
           to_lines=['Econ. Pedro Vásquez Tapullima', 'Gerente Regional de Desarrollo Social'],
           rows=[('ASUNTO', 'Información sobre acciones de prevención de la trata de personas, 2023'),
                 ('REF.', 'Oficio N° 0103-2024-GRL-GRDS')], order='formlines')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para informarle que, según el '
             'Informe N° 015-2024-GRL-DREL/DGP-ETE del Equipo de Tutoría y Convivencia Escolar, durante el año 2023 se desarrollaron '
             'sesiones de tutoría sobre prevención de la trata de personas y la explotación sexual en %s instituciones educativas '
             'de nivel secundario de la región, lo que representa el %s del total de instituciones de dicho nivel.'
             % (Ctitle(412, 'institución educativa', y=2023), Pporciento(38, y=2023)),
             'El detalle por Unidad de Gestión Educativa Local se presenta a continuación:'])
    data = [('UGEL Maynas', [121, 236, 9874, 47.6]), ('UGEL Alto Amazonas', [64, 118, 4312, 41.0]), ('UGEL Loreto – Nauta', [38, 71, 1906, 36.5]),
            ('UGEL Requena', [41, 66, 2045, 39.4]), ('UGEL Ucayali – Contamana', [36, 58, 1732, 35.0]),
            ('UGEL Mariscal Ramón Castilla', [44, 80, 2218, 33.8]), ('UGEL Datem del Marañón', [39, 52, 1480, 27.1]),
            ('UGEL Putumayo', [29, 41, 893, 30.2])]
    rows = []
    tot = [0, 0, 0]
    for lab, (a, b, c, pc) in data:
        rows.append([lab, Cn(a, 'institución educativa', y=2023), Cn(b, 'docente', y=2023), Cn(c, 'estudiante', 'sp', y=2023),
                     Pf(pc, 1, suf='', y=2023)])
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
    rows.append(['Total región', Cn(tot[0], 'institución educativa', y=2023), Cn(tot[1], 'docente', y=2023),
                 Cn(tot[2], 'estudiante', 'sp', y=2023), Pf(38.0, 1, suf='', y=2023)])
    t = R.table([['UGEL', 'II.EE. con sesiones', 'Docentes capacitados', 'Estudiantes participantes', '% de II.EE. del nivel']], rows,
                widths=(5.2, 2.5, 2.6, 2.9, 2.6), size=9, bold_rows=(len(rows) - 1,), ruled='none')
    vertical_only(t)
    body(R, ['Atentamente,'])
    tag_sign(R, 'Mg. Rosa Elvira Pinedo Ruiz', 'Directora de Gestión Pedagógica', 'Dirección Regional de Educación de Loreto',
             '20/02/2024 12:17:03')


def j020():
    ref = 'OFICIO N° 214-2024-REGPOL-PUNO/SEC'
    R = new('j020', 'missing', 'denied_exception', ['prosecution'], PER23,
            S('Región Policial Puno', 'REGPOL Puno', 'police'), ref,
            ['Expediente N° 20240009982'], '2024-02-22',
            'police oficio typed in a monospaced face (Courier New); centred page-header letterhead; the legal exception quoted; "Dios guarde a Ud."; underlined-name signature; no figures',
            font='Courier New', size=10,
            notes='The police region refuses the places, dates, personnel and results of the 2023 operations, invoking the reserve of police operation plans under the transparency law: denied_exception. Operations are prosecution.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'XII MACRO REGIÓN POLICIAL PUNO', 'REGIÓN POLICIAL PUNO – SECRETARÍA'],
             logo=(logo_png('j020', 'PNP', 'shield', (20, 80, 40)), 1.4), size=8.5)
    lema(R, 2024)
    R.p(date25('Puno', '2024-02-22', 'dash_caps'), align='r', after=4)
    R.p(ref, bold=True, after=8)
    kv(R, [('SEÑOR:', 'JORGE LUIS APAZA MAMANI'), ('ASUNTO:', 'Comunica respuesta a solicitud de información.'),
           ('REF.:', 'Expediente N° 20240009982')], tab=2.6, w2=13.4)
    body(R, ['Tengo el agrado de dirigirme a Ud., en atención al documento de la referencia, mediante el cual solicita la relación '
             'de los operativos contra la trata de personas realizados por las unidades de esta Región Policial durante el año 2023, '
             'con indicación de lugares, fechas, personal interviniente y resultados obtenidos.',
             'Al respecto, se le comunica que la información requerida forma parte de los planes de operaciones policiales '
             'destinados a combatir organizaciones criminales, y se encuentra comprendida en la excepción prevista en el '
             'artículo 16, numeral 1, literal a) del Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la '
             'Información Pública, por constituir información reservada cuya difusión pondría en riesgo las investigaciones en '
             'curso y la seguridad del personal policial.',
             'Por lo expuesto, no es posible atender su solicitud.', 'Dios guarde a Ud.'])
    underlined_name_sign(R, 'Wilber Condori Machaca', 'Coronel PNP – Jefe de la Secretaría de la REGPOL Puno',
                         'Policía Nacional del Perú', align='c')


def j021():
    ref = 'OFICIO N° 033-2024-MDAV/GDSE'
    R = new('j021', 'answered', None, ['prevention', 'prosecution'], PER23,
            S('Municipalidad Distrital de Aguas Verdes', 'MDAV', 'district_municipality'), ref,
            ['Expediente N° 00219-2024', 'Acta de Coordinación N° 004-2023-MDAV/RED'], '2024-03-05',
            'oficio; shadow-box letterhead; addressee and number side by side; a 2023 column beside a January-February 2024 column, vertical rules only; amounts for both periods in the text',
            font='Calibri', size=11,
            notes='2023 figures and January-February 2024 figures side by side: in-period and out-of-period information mixed, answered. The second column and its amount carry the year 2024. Joint inspections of night venues with police and prosecutors are prosecution; talks and people informed at the border are prevention.')
    shadow_header(R, ['MUNICIPALIDAD DISTRITAL DE AGUAS VERDES', 'Gerencia de Desarrollo Social y Económico'],
                  logo=(logo_png('j021', 'MAV', 'circle', (0, 120, 40)), 1.4))
    open25(R, 2024, date25('Aguas Verdes', '2024-03-05', 'dd_mon_yy'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('ASUNTO:', 'Información sobre trata de personas en el distrito'), ('REF.:', 'Expediente N° 00219-2024')],
           order='side')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, en el que solicita información sobre las acciones de '
             'prevención y control frente a la trata de personas desarrolladas por esta municipalidad durante el año 2023.',
             'Al respecto, la Gerencia de Desarrollo Social y Económico informa lo siguiente, incluyendo a modo de referencia lo '
             'actuado en el primer bimestre del presente año:'])
    head = [['Acción', 'Año 2023', 'Ene – Feb 2024']]
    items = [('Operativos de fiscalización en discotecas, bares y hospedajes (con PNP y Fiscalía)', 'operativo', 18, 5),
             ('Locales clausurados temporalmente', 'local', 7, 2),
             ('Charlas de prevención en instituciones educativas', 'charla', 22, 3),
             ('Personas informadas en el puente internacional', 'persona', 2650, 480)]
    rows = [[a, Cn(x, w, 'us', y=2023), Cn(z, w, 'us', y=2024)] for a, w, x, z in items]
    t = R.table(head, rows, widths=(10.2, 2.6, 3.0), size=9.5, ruled='none')
    vertical_only(t)
    body(R, ['Los operativos se realizaron en el marco del Acta de Coordinación N° 004-2023-MDAV/RED suscrita con la Comisaría de '
             'Aguas Verdes y la Fiscalía Provincial de Zarumilla. El gasto devengado en estas acciones fue de %s en el año 2023 y de '
             '%s en el periodo enero – febrero de 2024.' % (Mredund(23600.00, y=2023, r='e'), Mredund(4150.00, y=2024, r='e')),
             'Atentamente,'])
    bar_sign(R, 'Ing. Darwin Infante Olaya', 'Gerente de Desarrollo Social y Económico', 'Municipalidad Distrital de Aguas Verdes')


def j022():
    ref = 'OFICIO N° 0076-2024-DP/OD-LORETO'
    R = new('j022', 'out_of_period', None, ['governance'], PER23,
            S('Defensoría del Pueblo', 'DP', 'autonomous'), ref,
            ['Expediente N° 0041-2024-DP/OD-LORETO', 'Informe de Supervisión N° 003-2022-DP/OD-LORETO'], '2024-02-27',
            'oficio of an Ombudsman regional office; ladder letterhead; number on a dark banner; supervision table of 2022 with a percent column',
            font='Arial', size=10.5,
            notes='The Loreto office of the Ombudsman (recorded as the Defensoría del Pueblo) says the 2023 supervision report awaits approval and gives only the results of its 2022 supervision: out_of_period. Supervision of local bodies\' working groups and plans is governance.')
    ladder_header(R, ['DEFENSORÍA DEL PUEBLO', 'Primera Adjuntía', 'Oficina Defensorial de Loreto'],
                  logo=(logo_png('j022', 'DP', 'circle', (120, 20, 60)), 1.7))
    open25(R, 2024, date25('Iquitos', '2024-02-27', 'weekday_comma'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto', 'Respuesta a solicitud de información'), ('Referencia', 'Expediente N° 0041-2024-DP/OD-LORETO')],
           order='banner', fill='7A1F3D')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita los '
             'resultados de la supervisión realizada por esta Oficina Defensorial a las entidades de Loreto en materia de trata de '
             'personas durante el año 2023.',
             'Al respecto, debo informarle que el informe de la supervisión correspondiente al año 2023 se encuentra pendiente de '
             'aprobación por la Adjuntía para los Derechos de la Mujer, por lo que no puede ser difundido. Sin embargo, se le '
             'alcanzan los resultados de la supervisión del año 2022, recogidos en el Informe de Supervisión N° 003-2022-DP/OD-LORETO:'])
    data = [('Municipalidades provinciales', [8, 3]), ('Municipalidades distritales', [22, 4]),
            ('Unidades de Gestión Educativa Local', [9, 2]), ('Comisarías', [14, 5])]
    rows = []
    for lab, (a, b) in data:
        rows.append([lab, Cn(a, 'entidad', y=2022), Cn(b, 'entidad', y=2022), Pf(round(b / a * 100, 1), 1, 'eu', suf=' %', y=2022)])
    A, B = sum(x[1][0] for x in data), sum(x[1][1] for x in data)
    rows.append(['Total', Cn(A, 'entidad', y=2022), Cn(B, 'entidad', y=2022), Pf(round(B / A * 100, 1), 1, 'eu', suf=' %', y=2022)])
    t = R.table([['Tipo de entidad', 'Entidades supervisadas', 'Con plan o mesa contra la trata', 'Porcentaje']], rows,
                widths=(6.2, 3.0, 3.6, 2.6), size=9.5, bold_rows=(len(rows) - 1,), caption='Supervisión defensorial 2022 – Loreto')
    stub_shade(t, fill='F2DCE4')
    body(R, ['Atentamente,'])
    tag_sign(R, 'Abog. Lucía Del Águila Panduro', 'Jefa de la Oficina Defensorial de Loreto', 'Defensoría del Pueblo',
             '27/02/2024 17:44:20', fill='7A1F3D')


def j023():
    ref = 'OF. RE (DPR-PAN) N° 2-10-B/154'
    R = new('j023', 'answered', None, ['protection'], PER23,
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'), ref,
            ['Expediente N° 2024-00004412'], '2024-02-23',
            'oficio of the foreign ministry with its own reference style; accent letterhead; subject as a spaced title; country table with dollars in the column header; bar signature',
            font='Arial', size=10.5,
            notes='Assistance and repatriation of Peruvian victims abroad in 2023 is protection. The amounts of the table are dollars by the column header; the total in the text is "dólares americanos" (USD), executed.')
    accent_header(R, 'Ministerio de Relaciones Exteriores', 'Dirección de Protección y Asistencia al Nacional',
                  ['Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'],
                  logo=(logo_png('j023', 'RE', 'shield', (150, 20, 20)), 1.7), color='A50021')
    open25(R, 2024, date25('Lima', '2024-02-23', 'comma_year'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Presente.-'],
           rows=[('Referencia:', 'Expediente N° 2024-00004412')], order='subject_title',
           subject='Asistencia consular a connacionales víctimas de trata – 2023')
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al expediente de la referencia, para informarle que durante el '
             'periodo comprendido entre enero y diciembre de 2023 las Oficinas Consulares del Perú brindaron asistencia a '
             'connacionales identificados como víctimas de trata de personas, según el detalle siguiente:'])
    data = [('Argentina', 14, 6, 9850.0), ('Chile', 19, 8, 12400.0), ('Bolivia', 7, 5, 3120.0), ('Ecuador', 9, 4, 4760.0),
            ('España', 6, 3, 11280.0), ('Estados Unidos de América', 3, 1, 7310.0)]
    rows = [[c, Cn(a, 'connacional', y=2023), Cn(b, 'connacional', y=2023), Mf(m, 'us', 2, y=2023, r='e', cur='USD')] for c, a, b, m in data]
    rows.append(['Total', Cn(sum(x[1] for x in data), 'connacional', y=2023), Cn(sum(x[2] for x in data), 'connacional', y=2023),
                 Mf(sum(x[3] for x in data), 'us', 2, y=2023, r='e', cur='USD')])
    t = R.table([['País', 'Connacionales asistidos', 'Connacionales repatriados', 'Gasto de asistencia (US$)']], rows,
                widths=(5.6, 3.2, 3.2, 3.6), size=9.5, bold_rows=(len(rows) - 1,), ruled='none')
    total_double(t)
    body(R, ['En total, se ejecutaron %s con cargo al Programa de Asistencia Humanitaria, destinados a alojamiento temporal, '
             'alimentación, atención médica y pasajes de retorno. Las víctimas repatriadas fueron derivadas, a su llegada, a los '
             'servicios del Ministerio de la Mujer y Poblaciones Vulnerables y del Ministerio del Interior.'
             % Mdolares(48720.00, y=2023, r='e'), 'Hago propicia la oportunidad para expresarle los sentimientos de mi consideración.'])
    bar_sign(R, 'Ministro Consejero Raúl Ernesto Benavides Rey', 'Director de Protección y Asistencia al Nacional',
             'Ministerio de Relaciones Exteriores', color='A50021')


def j024():
    ref = 'OFICIO N° 0097-2024-GRA/GG-ORADM-TAIP'
    R = new('j024', 'missing', 'clarification', [], PER23,
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'), ref,
            ['Solicitud N° 0128-2024-GRA-TAIP'], '2024-01-26',
            'oficio; letterhead in the footer; head items on ruled form lines; the request quoted; underlined-name signature; no figures',
            font='Liberation Serif', size=11.5,
            notes='The regional government asks the requester to specify which units and what kind of information she wants about trafficking in 2023, within two working days: clarification. The request names no axis.')
    bottom_letterhead(R, 'GOBIERNO REGIONAL DE AYACUCHO',
                      ['Gerencia General Regional – Oficina Regional de Administración', 'Jr. Callao 122, Huamanga – Ayacucho'],
                      logo=(logo_png('j024', 'GRA', 'shield', (90, 40, 120)), 1.5), color='5A2878')
    open25(R, 2024, date25('Ayacucho', '2024-01-26', 'del_anio'), ref,
           to_lines=['Sra. Carmen Rosa Villanueva Tello'],
           rows=[('ASUNTO', 'Solicita precisar pedido de información'), ('REF.', 'Solicitud N° 0128-2024-GRA-TAIP')],
           order='formlines')
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, registrada el 22 de enero de 2024, en la que requiere '
             'lo siguiente:'])
    quote(R, '"Toda la información que tenga el Gobierno Regional de Ayacucho sobre trata de personas correspondiente al año 2023 '
             '(enero a diciembre)."')
    body(R, ['Al respecto, y considerando que la entidad cuenta con diversas gerencias, direcciones regionales y unidades ejecutoras, '
             'se le solicita precisar: (i) la dependencia o dependencias de las que requiere información; y (ii) el tipo de '
             'información que necesita (por ejemplo, actividades, presupuesto, atenciones o documentos de gestión).',
             'Para tal efecto, se le otorga el plazo de dos días hábiles, contados a partir del día siguiente de recibida la presente, '
             'conforme al artículo 11 del Reglamento de la Ley de Transparencia y Acceso a la Información Pública; vencido dicho plazo '
             'sin que se efectúe la precisión, la solicitud se considerará como no presentada.', 'Atentamente,'])
    underlined_name_sign(R, 'CPC. Edgar Palomino Huamaní', 'Funcionario Responsable de Acceso a la Información Pública',
                         'Gobierno Regional de Ayacucho')


def j025():
    ref = 'OFICIO N° 000233-2024-JUS/DGDPAJ'
    R = new('j025', 'answered', None, ['protection'], PER23,
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'), ref,
            ['Hoja de Ruta N° 2024-0007731', 'Informe N° 0018-2024-JUS/DGDPAJ-DAV'], '2024-02-29',
            'oficio + table page; ladder letterhead; number on a dark banner; district table with a percent column and civil-damages amounts; an amount in "miles de soles" in the text',
            font='Arial', size=10.5,
            notes='Legal assistance to victims by public defenders in 2023 is protection. Civil damages obtained for victims have no budget role. "1.284,6 miles de soles" is 1 284 600 (executed).')
    ladder_header(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Viceministerio de Derechos Humanos y Acceso a la Justicia',
                      'Dirección General de Defensa Pública y Acceso a la Justicia'],
                  logo=(logo_png('j025', 'JUS', 'square', (130, 20, 20)), 1.8))
    open25(R, 2024, date25('Miraflores', '2024-02-29', 'ymd_caps'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto', 'Asistencia legal a víctimas de trata de personas – 2023'),
                 ('Referencia', 'Hoja de Ruta N° 2024-0007731')], order='banner', fill='7F1D1D')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle el Informe N° '
             '0018-2024-JUS/DGDPAJ-DAV de la Dirección de Asistencia Legal y Defensa de Víctimas, con la información sobre el '
             'patrocinio legal brindado por los defensores públicos a víctimas de trata de personas en el periodo enero – diciembre '
             'de 2023.',
             'En dicho periodo se patrocinó a %s víctimas de trata de personas en las Direcciones Distritales de Defensa Pública, '
             'y en %s de los casos se obtuvo sentencia con reparación civil a favor de la víctima. El gasto devengado por el servicio '
             'de asistencia legal a víctimas de trata ascendió a %s.'
             % (Cn(538, 'víctima', y=2023), Cn(61, 'caso', y=2023), Mmiles(1284.6, y=2023, r='e')),
             'El detalle por Dirección Distrital se presenta en el anexo adjunto.', 'Atentamente,'])
    tag_sign(R, 'Abog. César Augusto Ríos Vilca', 'Director General de Defensa Pública y Acceso a la Justicia',
             'Ministerio de Justicia y Derechos Humanos', '29/02/2024 15:02:36', fill='7F1D1D')
    R.pagebreak()
    R.p('Anexo – Patrocinio legal a víctimas de trata de personas, por Dirección Distrital, enero – diciembre 2023', bold=True,
        align='c', size=10.5, after=6)
    data = [('Lima', 96, 11, 182000.0), ('Lima Norte', 58, 7, 64500.0), ('Lima Sur', 41, 4, 38000.0), ('Callao', 37, 5, 52300.0),
            ('Cusco', 62, 8, 71900.0), ('Puno', 55, 6, 43800.0), ('Madre de Dios', 71, 9, 96400.0), ('Loreto', 49, 5, 40100.0),
            ('Tumbes', 33, 3, 21500.0), ('Arequipa', 36, 3, 18700.0)]
    rows = []
    for lab, v, c, m in data:
        rows.append([lab, Cn(v, 'víctima', y=2023), Cn(c, 'caso', y=2023), Pf(round(c / v * 100, 1), 1, 'eu', suf='%', y=2023),
                     Mf(m, 'us', 2, y=2023)])
    V, Cc, Mm = sum(x[1] for x in data), sum(x[2] for x in data), sum(x[3] for x in data)
    rows.append(['Total', Cn(V, 'víctima', y=2023), Cn(Cc, 'caso', y=2023), Pf(round(Cc / V * 100, 1), 1, 'eu', suf='%', y=2023),
                 Mf(Mm, 'us', 2, y=2023)])
    t = R.table([['Dirección Distrital', 'Víctimas patrocinadas', 'Casos con sentencia y reparación', '% de casos con sentencia',
                  'Reparación civil fijada (S/)']], rows, widths=(4.0, 2.8, 3.2, 2.8, 3.4), size=9.5, bold_rows=(len(rows) - 1,))
    stub_shade(t, fill='F4E1E1')
    R.p('Fuente: Sistema de Defensa Pública – módulo de Asistencia Legal a Víctimas. Corte: 31/12/2023.', size=8, italic=True)


def j026():
    ref = 'CARTA N° 0052-2024-MIDAGRI-SENASA-DSV'
    R = new('j026', 'missing', 'off_topic', [], None,
            S('Servicio Nacional de Sanidad Agraria', 'SENASA', 'other'), ref,
            ['Registro N° 2024-0003310'], '2024-02-09',
            'letter; shadow-box letterhead; addressee and number side by side; department table of fruit-fly traps with a percent column',
            font='Calibri', size=11,
            notes='A reply about the 2023 fruit-fly control campaign (traps, producers served, share of infested fruit); nothing about trafficking in persons: off_topic, no axes. Its figures have the year 2023 (the text says so).')
    shadow_header(R, ['SERVICIO NACIONAL DE SANIDAD AGRARIA', 'Dirección de Sanidad Vegetal – Subdirección de Moscas de la Fruta y Proyectos Fitosanitarios'],
                  logo=(logo_png('j026', 'SEN', 'circle', (0, 110, 50)), 1.4))
    open25(R, 2024, date25('La Molina', '2024-02-09', 'dayabbr'), ref,
           to_lines=['Señor', 'HUGO ALBERTO CHÁVEZ ÑIQUE', 'Asociación de Productores de Mango de Motupe', 'Presente.-'],
           rows=[('Asunto:', 'Resultados de la campaña de control de moscas de la fruta 2023'), ('Ref.:', 'Registro N° 2024-0003310')],
           order='side')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para alcanzarle los resultados de la campaña de control y '
             'erradicación de moscas de la fruta desarrollada durante el año 2023 en los valles de la costa norte:'])
    data = [('Tumbes', [1840, 295, 1.2]), ('Piura', [6210, 1148, 2.9]), ('Lambayeque', [4975, 823, 2.1]),
            ('La Libertad', [3620, 671, 1.6]), ('Áncash', [1405, 214, 0.8])]
    rows = []
    for lab, (tr, ha, idx) in data:
        rows.append([lab, Cn(tr, 'trampa', y=2023), Cn(ha, 'productor', y=2023), Pf(idx, 1, suf=' %', y=2023)])
    rows.append(['Total', Cn(sum(x[1][0] for x in data), 'trampa', y=2023), Cn(sum(x[1][1] for x in data), 'productor', y=2023), '–'])
    R.table([['Departamento', 'Trampas instaladas', 'Productores atendidos', 'Frutos infestados']], rows,
            widths=(4.6, 3.2, 3.4, 3.0), size=9.5, bold_rows=(len(rows) - 1,), ruled='hlines')
    body(R, ['Se recomienda a los productores mantener el recojo y entierro de frutos caídos y coordinar con la Dirección Ejecutiva '
             'de Lambayeque la liberación de insectos estériles programada para el presente año.', 'Atentamente,'])
    R.sign('Ing. Mónica Salcedo Vera', 'Subdirectora de Moscas de la Fruta y Proyectos Fitosanitarios', 'SENASA')


def j027():
    ref = 'OFICIO N° 0158-2024-GR CUSCO/DIRCETUR-DT'
    R = new('j027', 'answered', None, ['prevention'], PER23,
            S('Dirección Regional de Comercio Exterior y Turismo del Cusco', 'DIRCETUR Cusco', 'regional_government'), ref,
            ['Expediente N° 0611-2024-DIRCETUR', 'Informe N° 007-2024-GR CUSCO/DIRCETUR-DT-PT'], '2024-02-16',
            'oficio; accent letterhead; head items on ruled form lines; province table with a row-total column; half a dozen and a title-case count in the text; amount closed with ".--"',
            font='DejaVu Sans Condensed', size=10,
            notes='Training of tourism service providers and the code of conduct against the sexual exploitation of children in tourism (2023) are prevention. "media docena" is a count of 6; "S/ 8,750.--" is a whole amount, executed. The regional tourism directorate is an executing unit: kind regional_government.')
    accent_header(R, 'Gobierno Regional Cusco', 'Dirección Regional de Comercio Exterior y Turismo', ['Dirección de Turismo'],
                  logo=(logo_png('j027', 'DCT', 'circle', (170, 90, 0)), 1.7), color='C55A11')
    open25(R, 2024, date25('Cusco', '2024-02-16', 'dayabbr'), ref,
           to_lines=['Sr. Álvaro Pineda Ruiz', 'Observatorio Andino de Movilidad Humana'],
           rows=[('ASUNTO', 'Acciones de prevención de la ESNNA en el sector turismo, año 2023'),
                 ('REF.', 'Expediente N° 0611-2024-DIRCETUR')], order='formlines', size=10)
    body(R, ['Me dirijo a usted, en atención al expediente de la referencia, para remitirle la información contenida en el Informe N° '
             '007-2024-GR CUSCO/DIRCETUR-DT-PT sobre las acciones de prevención de la explotación sexual de niñas, niños y '
             'adolescentes en el ámbito del turismo (ESNNA) realizadas durante el año 2023.',
             'En dicho año se organizaron %s de talleres descentralizados dirigidos a prestadores de servicios turísticos y, como '
             'resultado, %s establecimientos de hospedaje, agencias de viaje y restaurantes suscribieron el Código de Conducta contra '
             'la ESNNA. La impresión de materiales del código demandó un gasto de %s.'
             % (Cmedia(6, 'taller', y=2023), Ctitle(74, 'establecimiento', y=2023), Mhyph(8750, y=2023, r='e'))], size=10)
    data = [('Cusco', [142, 88]), ('Urubamba', [96, 54]), ('Calca', [41, 23]), ('Anta', [28, 12]), ('La Convención', [37, 19]),
            ('Quispicanchi', [22, 9])]
    rows = []
    for lab, (m, w) in data:
        rows.append([lab, Cn(m, 'prestador', y=2023), Cn(w, 'prestador', y=2023), Cn(m + w, 'prestador', y=2023)])
    M_, W_ = sum(x[1][0] for x in data), sum(x[1][1] for x in data)
    rows.append(['Total', Cn(M_, 'prestador', y=2023), Cn(W_, 'prestador', y=2023), Cn(M_ + W_, 'prestador', y=2023)])
    t = R.table([['Provincia', 'Prestadores capacitados', '', 'Total'], ['', 'Mujeres', 'Hombres', '']], rows,
                merges=[(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)],
                colnames=['Provincia', 'Prestadores capacitados Mujeres', 'Prestadores capacitados Hombres', 'Total'],
                widths=(5.0, 3.0, 3.0, 2.6), size=9, bold_rows=(len(rows) - 1,), ruled='none',
                caption='Prestadores de servicios turísticos capacitados, 2023')
    vertical_only(t, 2)
    body(R, ['Atentamente,'], size=10)
    colegiatura_sign(R, 'Lic. Yanet Huillca Quispe', 'Directora de Turismo', 'COLITUR N° 0845',
                     'Dirección Regional de Comercio Exterior y Turismo del Cusco')


def j028():
    ref = 'OFICIO N° 0084-2024-MPH/GDS'
    R = new('j028', 'out_of_period', None, ['prevention', 'protection'], PER23,
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'), ref,
            ['Expediente N° 3014-2024', 'Memorando N° 0112-2024-MPH/OCI'], '2024-02-20',
            'oficio; the letterhead in the footer; number on a dark banner; a one-year (2022) table; underlined-name signature',
            font='Times New Roman', size=11.5,
            notes='The 2023 records of the DEMUNA are in the custody of the internal control office (cited memorandum); the municipality gives only 2022 figures: out_of_period. Derivations of children at risk to the protection unit are protection; talks and people reached are prevention.')
    bottom_letterhead(R, 'MUNICIPALIDAD PROVINCIAL DE HUAMANGA',
                      ['Gerencia de Desarrollo Social – DEMUNA', 'Portal Municipal N° 44, Plaza Mayor de Ayacucho'],
                      logo=(logo_png('j028', 'MPH', 'shield', (140, 20, 40)), 1.5), color='8C1428')
    open25(R, 2024, date25('Ayacucho', '2024-02-20', 'weekday_comma'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('ASUNTO:', 'Respuesta a solicitud de acceso a la información'), ('REF.:', 'Expediente N° 3014-2024')],
           order='banner', fill='8C1428')
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al expediente de la referencia, en el cual solicita información sobre las acciones de '
             'prevención de la trata de personas y de protección de niñas, niños y adolescentes realizadas en el año 2023.',
             'Al respecto, se informa que los registros de la DEMUNA correspondientes al año 2023 fueron requeridos por el Órgano de '
             'Control Institucional mediante Memorando N° 0112-2024-MPH/OCI en el marco de un servicio de control en curso, por lo '
             'que no se encuentran disponibles. Se remite, en su lugar, la información del año 2022:'])
    rows = [['Charlas de prevención de la trata en colegios y mercados', Cn(31, 'charla', y=2022)],
            ['Personas sensibilizadas', Cn(1874, 'persona', y=2022)],
            ['Niñas, niños y adolescentes en riesgo derivados a la UPE Ayacucho', Cn(17, 'niña, niño o adolescente', y=2022)],
            ['Casos atendidos por la DEMUNA con indicadores de trata', Cn(9, 'caso', y=2022)]]
    R.table([['Indicador', 'Año 2022']], rows, widths=(11.0, 3.0), size=10)
    body(R, ['Una vez devueltos los registros, se atenderá lo solicitado respecto del año 2023.', 'Atentamente,'])
    underlined_name_sign(R, 'Abog. Nilda Cárdenas Huamán', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Huamanga')


def j029():
    ref = 'OFICIO N° 00143-2024-SUNARP/OAC'
    R = new('j029', 'missing', 'not_competent_referred', ['prevention', 'protection'], PER23,
            S('Superintendencia Nacional de los Registros Públicos', 'SUNARP', 'other'), ref,
            ['Solicitud N° 2024-SUNARP-0001217', 'Oficio N° 00141-2024-SUNARP/OAC', 'Oficio N° 00142-2024-SUNARP/OAC'], '2024-01-31',
            'oficio; shadow-box letterhead; subject as a spaced title; digital-signature tag; no figures',
            font='Arial', size=11,
            notes='The registry authority says prevention and care of victims are outside its functions and forwarded the request to the women\'s ministry and the interior ministry by two cited oficios: not_competent_referred.')
    shadow_header(R, ['SUPERINTENDENCIA NACIONAL DE LOS REGISTROS PÚBLICOS', 'Oficina de Atención al Ciudadano'],
                  logo=(logo_png('j029', 'SNR', 'square', (0, 70, 130)), 1.4))
    open25(R, 2024, date25('Lima', '2024-01-31', 'comma_year'), ref,
           to_lines=['Señor', 'JORGE LUIS APAZA MAMANI', 'Presente.-'],
           rows=[('Referencia:', 'Solicitud N° 2024-SUNARP-0001217')], order='subject_title',
           subject='Reencausamiento de solicitud de acceso a la información pública')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las acciones de '
             'prevención de la trata de personas y de atención a sus víctimas ejecutadas durante el año 2023.',
             'Al respecto, le comunico que la SUNARP tiene por finalidad dictar las políticas y normas técnico-registrales de los '
             'registros públicos que integran el Sistema Nacional, por lo que no genera ni posee la información solicitada.',
             'En ese sentido, en aplicación del artículo 15-A del Reglamento de la Ley N° 27806, su pedido ha sido reencausado al '
             'Ministerio de la Mujer y Poblaciones Vulnerables mediante Oficio N° 00141-2024-SUNARP/OAC y al Ministerio del Interior '
             'mediante Oficio N° 00142-2024-SUNARP/OAC, entidades competentes en la materia.', 'Atentamente,'])
    tag_sign(R, 'Abog. Mariana Lucía Ortiz Del Carpio', 'Jefa de la Oficina de Atención al Ciudadano',
             'Superintendencia Nacional de los Registros Públicos', '31/01/2024 10:26:48', fill='1F4E79')


def j030():
    ref = 'UNODC/LPOPE/2024/031'
    R = new('j030', 'answered', None, ['governance', 'prosecution'], PER23,
            S('Oficina de las Naciones Unidas contra la Droga y el Delito', 'UNODC', 'foreign'), ref,
            ['request No. 2024-TIP-007'], '2024-02-12', 'letter in English; accent letterhead; addressee and reference side by side; region table with a percent column; bar signature',
            lang='en', font='Calibri', size=11,
            notes='An English letter of an international organisation (kind foreign). Training of prosecutors, police investigators and judges on investigating trafficking in 2023 is prosecution; technical assistance to the multisectoral commission is governance. "twelve (12)" is one count; "41.3 percent" is a percent; US$ amounts: approved (allocated) and disbursed (executed).')
    accent_header(R, 'United Nations', 'United Nations Office on Drugs and Crime', ['Liaison and Partnership Office in Peru'],
                  logo=(logo_png('j030', 'UN', 'circle', (0, 110, 180)), 1.7), color='009EDB')
    open25(R, 2024, date25('Lima', '2024-02-12', 'en_abbr'), ref, motto=False,
           to_lines=['Mr. Álvaro Pineda Ruiz', 'Observatorio Andino de Movilidad Humana', 'Lima'], order='side')
    R.p('Subject: Your information request No. 2024-TIP-007 (January–December 2023)', bold=True, after=8)
    body(R, ['Dear Mr. Pineda,',
             'Thank you for your request of 29 January 2024. I am pleased to share the information on the support provided by UNODC '
             'to Peruvian institutions in the area of trafficking in persons between January and December 2023.',
             'In 2023, UNODC organised %s specialised training workshops on the investigation and prosecution of trafficking in '
             'persons for prosecutors, police investigators and judges, reaching %s officials, of whom %s were women. The '
             'distribution by region is shown below.' % (Cen(12, 'workshop', y=2023), Cn(346, 'official', y=2023), Ppercent(41.3, 1, y=2023))])
    data = [('Lima and Callao', [3, 104, 46.2]), ('Cusco', [2, 58, 39.7]), ('Madre de Dios', [2, 51, 35.3]),
            ('Puno', [2, 49, 38.8]), ('Loreto', [2, 54, 40.7]), ('Tumbes', [1, 30, 43.3])]
    rows = [[lab, Cn(a, 'workshop', y=2023), Cn(b, 'participant', y=2023), Pf(c, 1, suf='', y=2023)] for lab, (a, b, c) in data]
    rows.append(['Total', Cn(12, 'workshop', y=2023), Cn(346, 'participant', y=2023), Pf(41.3, 1, suf='', y=2023)])
    t = R.table([['Region', 'Workshops', 'Participants', 'Women (%)']], rows, widths=(5.0, 2.8, 2.8, 2.8), size=10,
                bold_rows=(len(rows) - 1,), ruled='none')
    vertical_only(t)
    body(R, ['UNODC also provided technical assistance to the Multisectoral Commission against Trafficking in Persons and Smuggling '
             'of Migrants in preparing its 2023 monitoring report of the national policy.',
             'The approved budget for these activities in 2023 was %s, of which %s were disbursed by 31 December 2023.'
             % (Mf(148500.00, 'us', 2, pre='US$ ', y=2023, r='a', cur='USD'), Mf(139212.40, 'us', 2, pre='US$ ', y=2023, r='e', cur='USD')),
             'Please do not hesitate to contact us should you require further information.', 'Yours sincerely,'])
    bar_sign(R, 'Ms. Helena Korhonen', 'Head of Office', 'UNODC Liaison and Partnership Office in Peru', color='009EDB')
