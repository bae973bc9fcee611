"""blind-v27 letters m016-m030, written from scratch for this set from the labeling guide."""
from common import *
from letters_a import SUBJ, REQ_A, REQ_B, REQ_C

P27 = PER27


def m016():
    R = new('m016', 'answered', None, ['governance', 'prevention'], P27,
            S('Gobierno Regional de San Martín', 'GORESAM', 'regional_government'),
            'OFICIO N° 0733-2024-GRSM/GRDS', ['Informe Técnico N° 052-2024-GRSM/GRDS-SGDSI', 'Ordenanza Regional N° 011-2023-GRSM/CR'], '2024-09-19',
            'oficio; ribbon letterhead; governance in prose; a budget table in thousands of soles (unit only in the caption) by fiscal year, col bands',
            notes='Answered: the regional network, its sessions and the 2023 regional plan (governance); talks (prevention); a budget table whose unit "(en miles de soles)" is only in the caption (values x1000).', font='Arial', size=10.5)
    ribbon_header(R, 'Región San Martín – Gerencia Regional de Desarrollo Social', ['GOBIERNO REGIONAL DE SAN MARTÍN', 'Sub Gerencia de Desarrollo Social e Inclusión'],
                  logo=(logo_png('gorsam27', 'SM', 'circle', (20, 100, 60)), 1.6), fill='1E5631')
    open27(R, 2024, date27('Moyobamba', '2024-09-19', 'weekday'), 'OFICIO N° 0733-2024-GRSM/GRDS', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', SUBJ), ('Ref.', REQ_C)], order='sameline')
    para(R, 'Tengo el agrado de dirigirme a usted para remitir la información solicitada, contenida en el Informe Técnico N° 052-2024-GRSM/GRDS-SGDSI. La Red Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de San Martín, reconocida por Ordenanza Regional N° 011-2023-GRSM/CR, sesionó %s veces entre julio de 2022 y junio de 2024 y aprobó el Plan Regional 2023-2026 con %s metas.' % (
        Cwo(9, 'sesión', fem=True), Cn(34, 'meta')))
    para(R, 'En prevención, se desarrollaron %s charlas en instituciones educativas de Tarapoto, Moyobamba y Juanjuí, con %s estudiantes participantes.' % (Cwf(41, 'charla', fem=True), Csp(3275, 'estudiante')))
    data = [('Funcionamiento de la Red Regional', [18.4, 42.6, 21.3]), ('Campañas de prevención', [36.9, 88.2, 47.5]), ('Fortalecimiento de capacidades', [12.0, 25.7, 14.8])]
    Y = [2022, 2023, 2024]
    def cell(v, j, lab):
        return Mf(v, dec=1, scale=1000, y=Y[j], r='e', u='caption')
    grid27(R, [['Actividad', 'Jul.–Dic. 2022', '2023', 'Ene.–Jun. 2024']], data, cell, style='colbands', total='Total ejecutado',
           caption='Presupuesto ejecutado por actividad (en miles de soles)', widths=(6.2, 3.0, 2.4, 3.0), size=9)
    dotted_sign(R, 'Mg. Jessica Panduro Tello', 'Gerente Regional de Desarrollo Social')


def m017():
    R = new('m017', 'answered', None, ['governance', 'prevention'], P27,
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0219-2024-DP/ADM', ['Solicitud N° 1388-2024-TAIP'], '2024-09-06',
            'oficio; split-line letterhead; a supervision table by office with counts and a % column; prose with percents',
            notes='Answered: supervision visits to regional and local governments (monitoring, governance) and talks (prevention); "% con mesa o red" is the share of supervised entities with a working group.', font='Calibri', size=10.5)
    split_line_header(R, ['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos de la Mujer'], ['Jr. Ucayali 394-398, Lima'])
    open27(R, 2024, date27('Lima', '2024-09-06', 'hyphen'), 'OFICIO N° 0219-2024-DP/ADM', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', 'Solicitud N° 1388-2024-TAIP')], order='sameline')
    para(R, 'Me dirijo a usted para atender su solicitud. En el periodo del 1 de julio de 2022 al 30 de junio de 2024, la Adjuntía supervisó el cumplimiento de las obligaciones de los gobiernos regionales y locales en materia de trata de personas, con los resultados siguientes:')
    data = [('Oficina Defensorial de Puno', [14, 64.3]), ('Oficina Defensorial de Cusco', [12, 75.0]), ('Oficina Defensorial de Madre de Dios', [9, 88.9]),
            ('Oficina Defensorial de Loreto', [11, 54.5]), ('Oficina Defensorial de Piura', [10, 60.0]), ('Oficina Defensorial de Tumbes', [7, 71.4])]
    rows = [[lab, Cn(a, 'entidad supervisada'), Pf(b, suf='')] for lab, (a, b) in data]
    tab27(R, [['Oficina', 'Entidades supervisadas', '% con mesa o red']], rows, style='colbands', widths=(7.0, 3.6, 3.6), size=9)
    para(R, 'Del total de entidades supervisadas, solo el %s contaba con presupuesto asignado a acciones contra la trata. Además, el personal defensorial brindó %s charlas de prevención a %s personas.' % (
        Pdot(23.8, u='text'), Cn(57, 'charla'), Csp(4180, 'persona')))
    stack_sign(R, 'Eliana Revollar Añaños', 'Adjunta para los Derechos de la Mujer', when='06/09/2024 17:20')


def m018():
    R = new('m018', 'missing', 'denied_exception', ['prosecution'], P27,
            S('Región Policial Tumbes', 'REGPOL Tumbes', 'police'),
            'OFICIO N° 388-2024-REGPOL TUMBES/SEC-UNIPLEDU', ['Expediente N° 0458-2024'], '2024-09-02',
            'police oficio; plain header in capitals; denies access under the exceptions of the transparency law',
            notes='Missing, denied_exception: the operations and investigations are reserved (articles 15 and 16 of the transparency law).', font='Courier New', size=10.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL TUMBES', 'SECRETARÍA'], size=8.5)
    open27(R, 2024, date27('Tumbes', '2024-09-02', 'dashes'), 'OFICIO N° 388-2024-REGPOL TUMBES/SEC-UNIPLEDU', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', 'Sobre solicitud de información'), ('Ref.', 'Expediente N° 0458-2024')], order='sameline')
    para(R, 'Tengo el honor de dirigirme a Ud., con relación a su solicitud sobre operativos, intervenciones y detenidos por trata de personas en la jurisdicción entre julio de 2022 y junio de 2024. Al respecto, la información solicitada forma parte de planes de operaciones e investigaciones en curso, cuya difusión pondría en riesgo su resultado, por lo que se encuentra comprendida en las excepciones de los artículos 15 y 16 del TUO de la Ley N° 27806.')
    R.p('Dios guarde a Ud.', align='c', before=6)
    R.sign('Juan Carlos Meza Ortiz', 'CORONEL PNP – JEFE DE LA REGPOL TUMBES', align='c')


def m019():
    R = new('m019', 'answered', None, ['prevention', 'governance'], P27,
            S('Municipalidad Provincial de Tumbes', 'MPT', 'provincial_municipality'),
            'OFICIO N° 0541-2024-MPT/GDS', ['Informe N° 066-2024-MPT/GDS-SGPS'], '2024-10-11',
            'long oficio of prose on border prevention campaigns with one short sentence on the provincial network',
            notes='Answered (hard case): a long text on prevention campaigns at the border; a single sentence says the provincial network met "dos" times in 2023 (governance; the word is a count of sessions).', font='Liberation Sans', size=10.5)
    reverse_block_header(R, 'MPT', ['MUNICIPALIDAD PROVINCIAL DE TUMBES', 'Gerencia de Desarrollo Social'], fill='0F4C81')
    open27(R, 2024, date27('Tumbes', '2024-10-11', 'final_dot'), 'OFICIO N° 0541-2024-MPT/GDS',
           [('PARA', 'Sra. Rocío Valdivia Quispe'), ('DE', 'Gerencia de Desarrollo Social'), ('ASUNTO', SUBJ)], order='labels')
    para(R, 'Me dirijo a usted para informarle, sobre la base del Informe N° 066-2024-MPT/GDS-SGPS, las acciones de prevención desarrolladas por esta Municipalidad entre julio de 2022 y junio de 2024.')
    para(R, 'Durante el segundo semestre de 2022 se ejecutó la campaña "Frontera sin trata" en el Centro Binacional de Atención en Frontera y en el mercado de Aguas Verdes, con %s jornadas de orientación a viajeros y la entrega de %s volantes. En 2023 la campaña se amplió a los paraderos de transporte interprovincial y a las playas de Zorritos, con %s jornadas y %s personas orientadas, y se capacitó a %s conductores y cobradores de empresas de transporte.' % (
        Cn(12, 'jornada', y=2022), Cn(6000, 'volante', y=2022), Cn(31, 'jornada', y=2023), Csp(2870, 'persona', y=2023), Cn(145, 'conductor', y=2023)))
    para(R, 'En el primer semestre de 2024 se realizaron %s ferias informativas en instituciones educativas, con la participación de %s estudiantes, y se difundieron mensajes en %s emisoras locales. La Red Provincial contra la Trata de Personas sesionó en %s ocasiones en 2023. Asimismo, se colocaron %s paneles informativos en las rutas de ingreso a la ciudad, y el personal de serenazgo recibió orientación para identificar situaciones de riesgo en hospedajes.' % (
        Cwo(8, 'feria', fem=True, y=2024), Cn(1150, 'estudiante', y=2024), Cwo(4, 'emisora', fem=True, y=2024), Cwo(2, 'sesión', y=2023), Cn(16, 'panel', y=2024)))
    para(R, 'La inversión total en estas campañas fue de %s.' % Msoles(53420.0, u='text'))
    dotted_sign(R, 'Lic. Mirtha Infante Olaya', 'Gerente de Desarrollo Social')


def m020():
    R = new('m020', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'),
            'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0214-2024-GM/MDC', ['Informe N° 377-2024-GPP/MDC'], '2024-08-14',
            'a resolution (considerandos, se resuelve) approving a budget modification; amounts in running text and a small table',
            notes='Off topic: a resolution approving a budget modification for parks and street lighting.', font='Times New Roman', size=10.5)
    crest_caps_header(R, ['Municipalidad Distrital de Comas', 'Gerencia Municipal'], logo=(logo_png('comas27', 'MDC', 'shield', (30, 80, 30)), 1.3))
    R.p('RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0214-2024-GM/MDC', bold=True, align='c', after=4)
    R.p(date27('Comas', '2024-08-14', 'de_mes'), align='c', after=8)
    para(R, '**VISTO:** El Informe N° 377-2024-GPP/MDC de la Gerencia de Planeamiento y Presupuesto, sobre modificación presupuestaria en el nivel funcional programático; y,')
    para(R, '**CONSIDERANDO:** Que, es necesario habilitar recursos para el mantenimiento de parques y el alumbrado de losas deportivas por %s, con cargo a la anulación de créditos de la actividad de mantenimiento de locales por el mismo monto;' % Msp(148500.0, y=2024, u='text'))
    data = [('Mantenimiento de parques y jardines', [96000.0]), ('Alumbrado de losas deportivas', [52500.0])]
    grid27(R, [['Actividad habilitada', 'Monto (S/)']], data, lambda v, j, lab: Mf(v, y=2024), style='dashed', total='Total', widths=(8.0, 3.4))
    para(R, '**SE RESUELVE: Artículo Primero.-** APROBAR la modificación presupuestaria en el nivel funcional programático del año fiscal 2024, conforme al anexo.')
    para(R, 'Regístrese, comuníquese y cúmplase.')
    R.sign('Abg. Víctor Huerta Salas', 'Gerente Municipal', align='c')


def m021():
    R = new('m021', 'answered', None, ['prevention', 'protection'], P27,
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'OFICIO N° 0864-2024-GRA/GR-GG-GRDS', ['Informe N° 113-2024-GRA/GRDS-SGDS'], '2024-09-30',
            'oficio; split-line letterhead; a table with a year column before the period (2021) beside in-period columns; head reverse',
            notes='Answered (mixed): the table adds 2021 (before the period) to the in-period columns; the in-period figures make it answered.', font='Arial', size=10.5)
    split_line_header(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'], ['Sub Gerencia de Desarrollo Social'], color='8B0000')
    open27(R, 2024, date27('Ayacucho', '2024-09-30', 'numeric'), 'OFICIO N° 0864-2024-GRA/GR-GG-GRDS', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', SUBJ), ('Ref.', REQ_C)], order='sameline')
    para(R, 'Me dirijo a usted para remitir la información sobre acciones de prevención y atención, según el Informe N° 113-2024-GRA/GRDS-SGDS. Para fines comparativos se incluye el año 2021.')
    data = [('Campañas en ferias dominicales', 'campaña', [6, 4, 10, 5]), ('Personas sensibilizadas', 'persona sensibilizada', [1920, 1340, 3610, 1785]),
            ('Talleres con madres de familia', 'taller', [8, 5, 12, 7]), ('Casos derivados a la UPE', 'caso derivado', [3, 2, 6, 4]),
            ('Acompañamientos psicológicos', 'acompañamiento', [11, 7, 19, 9])]
    Y = [2021, 2022, 2023, 2024]
    rows = [[lab] + [Cn(c, w, y=Y[j]) for j, c in enumerate(cells)] for lab, w, cells in data]
    tab27(R, [['Acción', '2021', 'Jul.–Dic. 2022', '2023', 'Ene.–Jun. 2024']], rows, style='reverse', widths=(5.8, 2.0, 2.8, 2.0, 2.8), size=9)
    para(R, 'El presupuesto asignado (PIM) a estas acciones fue de %s en 2023 y de %s en 2024.' % (Mcodepre(64000, y=2023, r='a', u='text'), Mcodepre(38500, y=2024, r='a', u='text')))
    dotted_sign(R, 'Lic. Percy Gutiérrez Quispe', 'Gerente Regional de Desarrollo Social')


def m022():
    R = new('m022', 'missing', 'clarification', [], None,
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'),
            'CARTA N° 077-2024-MPH/SG-FRAI', ['Expediente N° 24-031187'], '2024-08-28',
            'carta asking to specify the request within two working days; lettered points',
            notes='Missing, clarification: asks the requester to say which offices, which actions and which years; no period in its text; no axes (the request is quoted only as "trata de personas").', font='Liberation Serif', size=11)
    crest_caps_header(R, ['Municipalidad Provincial de Huamanga', 'Secretaría General – Funcionario Responsable de Acceso a la Información'])
    open27(R, 2024, date27('Ayacucho', '2024-08-28', 'weekday'), 'CARTA N° 077-2024-MPH/SG-FRAI', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', 'Solicitud de precisión'), ('Ref.', 'Expediente N° 24-031187')], order='sameline')
    para(R, 'Me dirijo a usted respecto de su solicitud de información sobre "trata de personas". A fin de atenderla, se le solicita precisar, en el plazo de dos días hábiles:')
    for t in ['a) la unidad orgánica o el servicio municipal del que requiere información;', 'b) el tipo de acciones (prevención, atención u otras);',
              'c) los años o el periodo a que se refiere su pedido.']:
        R.p(t, indent=1.0, after=2)
    para(R, 'De no recibir la precisión en el plazo indicado, se procederá al archivo de su solicitud.')
    dotted_sign(R, 'Abg. Lourdes Palomino Cárdenas', 'Funcionaria Responsable de Acceso a la Información Pública')


def m023():
    R = new('m023', 'out_of_period', None, ['prevention', 'prosecution'], P27,
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 001219-2024-MTPE/2/15', ['Memorando N° 0487-2024-MTPE/2/15.1'], '2024-09-24',
            'ministry oficio; crest letterhead; says the 2022-2024 report is being consolidated and gives 2021 actions (training of inspectors and workshops)',
            notes='Out of period: only 2021 figures (trainings against forced labour); the requested period is being consolidated. Training inspectors on detection is prosecution; workshops with workers are prevention.', font='Arial', size=10.5)
    crest_caps_header(R, ['Ministerio de Trabajo y Promoción del Empleo', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'],
                      logo=(logo_png('mtpe27', 'MTPE', 'square', (180, 20, 20)), 1.3))
    open27(R, 2024, date27('Lima', '2024-09-24', 'hyphen'), 'OFICIO N° 001219-2024-MTPE/2/15', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ), ('Ref.', REQ_A)], order='sameline')
    para(R, 'Me dirijo a usted para comunicarle que, según el Memorando N° 0487-2024-MTPE/2/15.1, el reporte de las acciones contra el trabajo forzoso del periodo julio 2022 – junio 2024 se encuentra en consolidación con las direcciones regionales. Como referencia, se detallan las acciones del año 2021:')
    data = [('Cursos para inspectores sobre detección de trabajo forzoso', 'curso', [4]), ('Inspectores capacitados', 'inspector', [212]),
            ('Talleres con trabajadores de la minería informal', 'taller', [9]), ('Trabajadores participantes', 'trabajador', [640])]
    rows = [[lab, Cn(c[0], w, y=2021)] for lab, w, c in data]
    tab27(R, [['Acción', 'Año 2021']], rows, style='dashed', widths=(10.0, 3.0))
    para(R, 'Dichas acciones demandaron %s.' % Mletras(57310.0, y=2021, r='e', u='text'))
    stack_sign(R, 'Renzo Castañeda Villar', 'Director General de Derechos Fundamentales y SST', when='24.09.2024 10:02:51 -05:00')


def m024():
    R = new('m024', 'answered', None, ['protection', 'prevention'], P27,
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'OFICIO N° 0157-2024-MDSJL/GDS', ['Expediente N° 2024-19871'], '2024-09-13',
            'letter sent alone as an OpenDocument file; reverse acronym letterhead; DEMUNA and talks in a small table and prose',
            notes='Answered: DEMUNA attention of children at risk of trafficking (protection) and talks (prevention) in the period; sent as ODT.', font='Liberation Sans', size=10.5,
            fmt='odt', keep_native=True)
    reverse_block_header(R, 'SJL', ['MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', 'Gerencia de Desarrollo Social'], fill='B35900')
    open27(R, 2024, date27('San Juan de Lurigancho', '2024-09-13', 'weekday'), 'OFICIO N° 0157-2024-MDSJL/GDS', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', 'Expediente N° 2024-19871')], order='sameline')
    para(R, 'En atención al expediente de la referencia, se remite la información de la DEMUNA y de la Subgerencia de Juventudes correspondiente al periodo julio 2022 – junio 2024:')
    data = [('Casos atendidos por riesgo de explotación', [7, 15, 9]), ('Derivaciones a la UPE Lima Este', [4, 9, 6]), ('Charlas en colegios', [10, 24, 13])]
    W = ['caso', 'derivación', 'charla']
    Y = [2022, 2023, 2024]
    rows = [[lab] + [Cn(c, W[i], y=Y[j]) for j, c in enumerate(cells)] for i, (lab, cells) in enumerate(data)]
    tab27(R, [['Concepto', '2022 (jul.–dic.)', '2023', '2024 (ene.–jun.)']], rows, style='grid', widths=(6.8, 3.0, 2.0, 3.0), size=9.5)
    para(R, 'Las charlas alcanzaron a %s estudiantes de secundaria.' % Csp(2960, 'estudiante'))
    dotted_sign(R, 'Lic. Karina Huamán Rojas', 'Gerente de Desarrollo Social')


def m025():
    R = new('m025', 'answered', None, ['prosecution'], P27,
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000842-2024-SUNAFIL/INII', ['Informe N° 000129-2024-SUNAFIL/INII-SIAF', 'Solicitud N° 2024-TAIP-0988'], '2024-10-04',
            'oficio + table page; split-line letterhead; inspections by regional office with four columns incl. fines in S/ (unit in the header) and a bare % column; outer frame',
            notes='Answered: labour inspections on forced and child labour by regional office (prosecution); fines proposed have no role; "%" is the share of inspections with infractions.', font='Calibri', size=10.5)
    split_line_header(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], ['Av. Salaverry 655, Jesús María'], color='C00000')
    open27(R, 2024, date27('Lima', '2024-10-04', 'numeric'), 'OFICIO N° 000842-2024-SUNAFIL/INII', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', SUBJ), ('Ref.', 'Solicitud N° 2024-TAIP-0988')], order='sameline')
    para(R, 'Me dirijo a usted para remitir, según el Informe N° 000129-2024-SUNAFIL/INII-SIAF, las órdenes de inspección en materia de trabajo forzoso y trabajo infantil concluidas entre el 1 de julio de 2022 y el 30 de junio de 2024, por intendencia regional:')
    data = [('IR Lima Metropolitana', [148, 41, 212500.0]), ('IR Madre de Dios', [62, 27, 98400.0]), ('IR Puno', [55, 19, 71250.0]),
            ('IR Cusco', [49, 14, 52800.0]), ('IR Loreto', [44, 16, 63900.0]), ('IR Piura', [38, 9, 34650.0]), ('IR Arequipa', [35, 8, 30100.0]),
            ('IR Junín', [31, 10, 41700.0])]
    rows = []
    for lab, (a, b, c) in data:
        rows.append([lab, Cn(a, 'orden de inspección'), Cn(b, 'orden con infracción'), Mf(c), Pf(round(b / a * 100, 1), suf='')])
    ta, tb, tc = (sum(d[1][k] for d in data) for k in range(3))
    rows.append(['Total', Cn(ta, 'orden de inspección'), Cn(tb, 'orden con infracción'), Mf(round(tc, 2)), Pf(round(tb / ta * 100, 1), suf='')])
    tab27(R, [['Intendencia', 'Órdenes concluidas', 'Con infracción', 'Multas propuestas (S/)', '%']], rows, style='outer', bold_last=True,
          widths=(4.6, 2.8, 2.6, 3.6, 1.6), size=9)
    para(R, 'En %s de estas inspecciones se identificó a %s trabajadores menores de edad, que fueron puestos en conocimiento del Ministerio Público.' % (Cn(53, 'inspección'), Cn(118, 'trabajador menor de edad')))
    stack_sign(R, 'Gonzalo Pérez Arbulú', 'Intendente Nacional de Inteligencia Inspectiva', when='2024-10-04 12:31:09')


def m026():
    R = new('m026', 'missing', 'not_competent', ['prosecution', 'protection'], P27,
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 1102-2024-INEI/DTDIS', ['Solicitud N° 0005519-2024'], '2024-09-11',
            'oficio; split-line letterhead; states its functions in three numbered points; no referral',
            notes='Missing, not_competent: says that it does not produce records of complaints or victim care and lists its functions; it does not forward the request.', font='Arial', size=10.5)
    split_line_header(R, ['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA'], ['Dirección Técnica de Demografía e Indicadores Sociales'])
    open27(R, 2024, date27('Lima', '2024-09-11', 'hyphen'), 'OFICIO N° 1102-2024-INEI/DTDIS', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', 'Respuesta a solicitud de información'), ('Ref.', 'Solicitud N° 0005519-2024')], order='sameline')
    para(R, 'Me dirijo a usted en atención a su solicitud sobre denuncias y víctimas de trata de personas atendidas entre julio de 2022 y junio de 2024. Al respecto, el INEI no genera ni administra registros de denuncias ni de atención de víctimas, en razón de sus funciones, que son:')
    numbered(R, ['Normar, planear, dirigir y coordinar el Sistema Estadístico Nacional.', 'Producir las estadísticas oficiales de población, vivienda y economía.',
                 'Difundir la información estadística que produce el sistema.'])
    dotted_sign(R, 'Lic. Nancy Hidalgo Calle', 'Directora Técnica de Demografía e Indicadores Sociales')


def m027():
    R = new('m027', 'answered', None, ['protection', 'prevention'], P27,
            S('Dirección Regional de Salud Junín', 'DIRESA Junín', 'regional_government'),
            'OFICIO N° 2241-2024-GRJ-DRSJ/DSP', ['Informe N° 087-2024-GRJ-DRSJ/DSP-SM'], '2024-09-27',
            'oficio + annex page; ribbon letterhead; health networks as rows under two periods merged over Mujeres and Hombres; a second table of sessions; reverse header with column bands',
            notes='Answered: victims of trafficking cared for in health facilities by network and sex (protection), psychological sessions, and training of health staff to detect and refer (prevention).', font='Calibri', size=10.5)
    ribbon_header(R, 'Gobierno Regional Junín', ['DIRECCIÓN REGIONAL DE SALUD JUNÍN', 'Dirección de Salud de las Personas'], logo=(logo_png('diresaj27', 'DRS', 'circle', (0, 90, 140)), 1.5), fill='005A8C')
    open27(R, 2024, date27('Huancayo', '2024-09-27', 'abbr'), 'OFICIO N° 2241-2024-GRJ-DRSJ/DSP', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Me dirijo a usted para remitir el Informe N° 087-2024-GRJ-DRSJ/DSP-SM con la información de atención a víctimas de trata de personas en los establecimientos de salud de la región (anexo). En el periodo se capacitó además a %s trabajadores de salud en la detección y derivación de casos.' % Cn(386, 'trabajador de salud'))
    dotted_sign(R, 'M.C. Walter Orihuela Ames', 'Director Regional de Salud Junín')
    R.pagebreak()
    R.p('ANEXO – Atención a víctimas de trata de personas por red de salud', bold=True, align='c', after=6)
    redes = [('Red de Salud Valle del Mantaro', [14, 3, 21, 5]), ('Red de Salud Satipo', [19, 6, 27, 8]), ('Red de Salud Chanchamayo', [12, 4, 16, 5]),
             ('Red de Salud Jauja', [5, 1, 7, 2]), ('Red de Salud Tarma', [6, 2, 8, 2]), ('Red de Salud Pichanaki', [9, 3, 13, 4])]
    Y = [2022, 2022, 2023, 2023]
    grid27(R, [['Red de salud', 'Jul. 2022 – Jun. 2023', '', 'Jul. 2023 – Jun. 2024', ''], ['', 'Mujeres', 'Hombres', 'Mujeres', 'Hombres']],
           redes, lambda v, j, lab: Cn(v, 'víctima atendida', y=None), style='reverse_colbands', merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)),
           total='Total', widths=(6.0, 2.4, 2.4, 2.4, 2.4), size=9)
    ses = [('Sesiones de psicoterapia individual', [142, 205]), ('Sesiones de terapia familiar', [38, 61]), ('Visitas domiciliarias', [27, 44])]
    grid27(R, [['Prestación', 'Jul. 2022 – Jun. 2023', 'Jul. 2023 – Jun. 2024']], ses, lambda v, j, lab: Cn(v, 'prestación'), style='dashed', widths=(7.0, 3.6, 3.6), size=9)
    R.p('Nota: los periodos son anuales de julio a junio; las cifras no tienen un año calendario único.', size=8, italic=True)


def m028():
    R = new('m028', 'out_of_period', None, ['prevention', 'governance'], P27,
            S('International Labour Organization – Office for the Andean Countries', 'ILO', 'foreign'),
            'ILO/LIM/2024/227', [], '2024-10-15',
            'letter in English; english opening; only a 2021 project with a small results table in USD; no year motto',
            lang='en', notes='Out of period, in English: the ILO project that covered Peru ended in December 2021; only 2021 results are given. The budget is allocated (approved).', font='Carlito', size=10.5)
    R.header(['International Labour Organization', 'Office for the Andean Countries – Lima'], align='r', size=9, rule=False)
    open27(R, 2024, date27(None, '2024-10-15', 'en_us'), 'ILO/LIM/2024/227', ['Ms Rocío Valdivia Quispe', 'Observatorio Ciudadano del Sur'],
           [('Subject', 'Request for information, July 2022 – June 2024')], order='english', motto=False)
    para(R, 'Dear Ms Valdivia,')
    para(R, 'We regret that our office did not implement activities on forced labour or trafficking in persons in Peru between July 2022 and June 2024. Our last project in the country, which ended in December 2021, reached the following results in its final year:')
    data = [('Labour inspectors trained', 'inspector', 96), ('Workers reached by awareness sessions', 'worker', 2310), ('Regional working groups supported', 'working group', 3)]
    rows = [[a, Cn(c, b, y=2021)] for a, b, c in data]
    tab27(R, [['Result (2021)', 'Number']], rows, style='dashed', widths=(9.0, 3.0))
    para(R, 'The approved budget for 2021 was %s.' % Mcodepre(145000, 'USD', dec=0, y=2021, r='a', u='text'))
    en_sign(R, 'Carlos Mendoza Ruiz', 'Programme Officer', 'ILO Office for the Andean Countries', close='Kind regards,')


def m029():
    R = new('m029', 'missing', 'off_topic', [], None,
            S('Gobierno Regional de Cajamarca', 'GRC', 'regional_government'),
            'INFORME N° 0288-2024-GR.CAJ/DRTC-DCT', ['Oficio N° 1120-2024-GR.CAJ/GRI'], '2024-09-09',
            'internal report of the transport directorate on rural roads; labels head; road sections with programmed and executed amounts and a bare % column; dashed rules',
            notes='Off topic: routine maintenance of rural roads (amounts by road section, and the number of maintenance microenterprises).', font='DejaVu Sans', size=9.5)
    split_line_header(R, ['GOBIERNO REGIONAL CAJAMARCA', 'Dirección Regional de Transportes y Comunicaciones'], ['Dirección de Caminos y Transportes'])
    open27(R, 2024, date27('Cajamarca', '2024-09-09', 'final_dot'), 'INFORME N° 0288-2024-GR.CAJ/DRTC-DCT',
           [('A', 'Gerencia Regional de Infraestructura'), ('DE', 'Dirección de Caminos y Transportes'), ('ASUNTO', 'Mantenimiento rutinario de caminos vecinales 2024'),
            ('REF.', 'Oficio N° 1120-2024-GR.CAJ/GRI')], order='labels', motto=False)
    para(R, 'Se informa el avance del mantenimiento rutinario por tramo al mes de agosto de 2024:')
    data = [('Tramo Cajamarca – Namora', [182400.0, 131900.0]), ('Tramo San Marcos – Ichocán', [146800.0, 120350.5]),
            ('Tramo Celendín – Sucre', [204300.0, 98700.0]), ('Tramo Bambamarca – Hualgayoc', [167250.0, 151020.0])]
    rows = [[lab, Mf(a, y=2024, r='a'), Mf(b, y=2024, r='e'), Pf(round(b / a * 100, 1), suf='', y=2024)] for lab, (a, b) in data]
    tab27(R, [['Tramo', 'Programado (S/)', 'Ejecutado (S/)', 'Avance (%)']], rows, style='dashed', widths=(6.4, 3.2, 3.2, 2.2), size=9)
    para(R, 'Se contrató a %s microempresas de mantenimiento vial.' % Cwf(12, 'microempresa', fem=True))
    R.sign('Ing. Marco Chávez Terán', 'Director de Caminos y Transportes', align='c')


def m030():
    R = new('m030', 'answered', None, ['protection'], P27,
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 003318-2024-JUS/DGDPAJ', ['Informe N° 000412-2024-JUS/DGDPAJ-DAV', 'Solicitud SAIP N° 2024-1107'], '2024-10-01',
            'oficio + informe (2 pages); crest letterhead; public defenders for victims by judicial district under two periods, and services by type with percents',
            notes='Answered: public defence for victims of trafficking (protection) by district and service; the July-June periods have no single calendar year.', font='Times New Roman', size=10.5)
    crest_caps_header(R, ['Ministerio de Justicia y Derechos Humanos', 'Dirección General de Defensa Pública y Acceso a la Justicia'], logo=(logo_png('jus27', 'JUS', 'shield', (120, 20, 20)), 1.4))
    open27(R, 2024, date27('Lima', '2024-10-01', 'weekday'), 'OFICIO N° 003318-2024-JUS/DGDPAJ', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', 'Solicitud SAIP N° 2024-1107')], order='sameline')
    para(R, 'Tengo el agrado de dirigirme a usted para remitirle el Informe N° 000412-2024-JUS/DGDPAJ-DAV, sobre los patrocinios de defensa de víctimas de trata de personas en el periodo solicitado.')
    dotted_sign(R, 'Abg. Javier La Rosa Calle', 'Director General de Defensa Pública y Acceso a la Justicia')
    R.pagebreak()
    R.p('INFORME N° 000412-2024-JUS/DGDPAJ-DAV', bold=True, align='c', after=4)
    para(R, '1. Patrocinios de víctimas de trata de personas por distrito judicial:')
    data = [('Lima Centro', [64, 71]), ('Lima Este', [29, 38]), ('Madre de Dios', [41, 36]), ('Cusco', [33, 40]), ('Puno', [27, 31]), ('Loreto', [22, 25]),
            ('Piura', [18, 21]), ('Tumbes', [15, 19])]
    grid27(R, [['Distrito judicial', 'Jul. 2022 – Jun. 2023', 'Jul. 2023 – Jun. 2024']], data, lambda v, j, lab: Cn(v, 'patrocinio'),
           style='outer', total='Total', widths=(5.6, 3.6, 3.6), size=9)
    para(R, '2. Servicios brindados a las víctimas patrocinadas (periodo completo):')
    srv = [('Asistencia en declaraciones y diligencias', 402), ('Constitución en actor civil', 188), ('Solicitud de medidas de protección', 131)]
    tot = sum(v for _, v in srv)
    rows = [[lab, Cn(v, 'servicio'), Pdot(round(v / tot * 100, 1))] for lab, v in srv]
    tab27(R, [['Servicio', 'Número', 'Participación (%)']], rows, style='dashed', widths=(7.4, 2.4, 3.2), size=9)
    para(R, 'Se dispuso la atención por %s defensores públicos especializados en víctimas.' % Cn(58, 'defensor público'))
    R.sign('Abg. Teresa Ugaz Flores', 'Directora de Asistencia Legal y Defensa de Víctimas', align='c', before=14)
