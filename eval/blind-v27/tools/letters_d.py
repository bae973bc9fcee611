"""blind-v27 letters m046-m060, written from scratch for this set from the labeling guide."""
from common import *
from letters_a import SUBJ, REQ_A, REQ_B, REQ_C

P27 = PER27


def m046():
    R = new('m046', 'answered', None, ['prevention', 'protection'], P27,
            S('Municipalidad Distrital de Pichanaqui', 'MDP', 'district_municipality'),
            'OFICIO N° 0184-2024-MDP/GDHS', ['Informe N° 035-2024-MDP/GDHS-DEMUNA'], '2024-09-09',
            'oficio; ribbon letterhead; coffee-harvest campaigns by year in rows with a total; prose counts in words',
            notes='Answered: campaigns during the coffee harvests 2023 and 2024 (prevention) and DEMUNA cases (protection).', font='DejaVu Sans', size=9.5)
    ribbon_header(R, 'Selva Central – Junín', ['MUNICIPALIDAD DISTRITAL DE PICHANAQUI', 'Gerencia de Desarrollo Humano y Social'], logo=(logo_png('pichan27', 'MDP', 'circle', (30, 100, 30)), 1.4), fill='33691E')
    open27(R, 2024, date27('Pichanaqui', '2024-09-09', 'abbr'), 'OFICIO N° 0184-2024-MDP/GDHS', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Según el Informe N° 035-2024-MDP/GDHS-DEMUNA, se remite la información de las campañas de prevención de la trata laboral realizadas durante las campañas de cosecha de café:')
    data = [('Cosecha 2023 (abril–julio)', 2023, [7, 980, 2400]), ('Cosecha 2024 (abril–junio)', 2024, [5, 760, 1800])]
    W = ['campaña', 'jornalero orientado', 'afiche']
    rows = [[lab] + [Cn(c, W[j], y=y) for j, c in enumerate(cells)] for lab, y, cells in data]
    rows.append(['Total'] + [Cn(sum(d[2][j] for d in data), W[j], y=None) for j in range(3)])
    tab27(R, [['Campaña', 'Campañas', 'Jornaleros orientados', 'Afiches']], rows, style='colbands', bold_last=True, widths=(5.6, 2.6, 3.8, 2.6), size=9)
    para(R, 'La DEMUNA atendió %s casos de adolescentes trabajadores en fincas cafetaleras, de los cuales %s fueron derivados al Centro Emergencia Mujer.' % (Cwo(11, 'caso'), Cwo(4, 'caso')))
    dotted_sign(R, 'Lic. Yolanda Rojas Mayta', 'Gerente de Desarrollo Humano y Social')


def m047():
    R = new('m047', 'out_of_period', None, ['prevention', 'protection'], P27,
            S('Municipalidad Distrital de La Banda de Shilcayo', 'MDBSH', 'district_municipality'),
            'OFICIO N° 0209-2024-MDBSH/A', ['Informe N° 018-2024-MDBSH/GDS'], '2024-10-24',
            'oficio; reverse acronym letterhead; restates the requested period and gives only July–September 2024 in prose and a small table',
            notes='Out of period (hard case): it restates 1 July 2022 - 30 June 2024, says the office was created in July 2024, and reports only July-September 2024.', font='Liberation Sans', size=10.5)
    reverse_block_header(R, 'MDBSH', ['MUNICIPALIDAD DISTRITAL DE LA BANDA DE SHILCAYO', 'Alcaldía'], fill='00695C')
    open27(R, 2024, date27('La Banda de Shilcayo', '2024-10-24', 'de_mes'), 'OFICIO N° 0209-2024-MDBSH/A', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', 'Respuesta a su solicitud'), ('Ref.', REQ_C)], order='sameline')
    para(R, 'Su solicitud se refiere al periodo comprendido entre el 1 de julio de 2022 y el 30 de junio de 2024. Al respecto, según el Informe N° 018-2024-MDBSH/GDS, la Oficina de Prevención Social fue creada en julio de 2024 y no existen registros anteriores. Desde su creación, hasta el 30 de setiembre de 2024, se realizó lo siguiente:')
    data = [('Charlas en colegios', 'charla', 6), ('Estudiantes participantes', 'estudiante', 540), ('Casos derivados a la UPE San Martín', 'caso derivado', 2)]
    rows = [[a, Cn(c, b, y=2024)] for a, b, c in data]
    tab27(R, [['Acción (jul.–set. 2024)', 'Cantidad']], rows, style='dashed', widths=(8.0, 2.6))
    dotted_sign(R, 'Sr. Aurelio Tuanama Sangama', 'Alcalde')


def m048():
    R = new('m048', 'answered', None, ['governance', 'prevention'], P27,
            S('Universidad Nacional de Piura', 'UNP', 'other'),
            'OFICIO N° 0392-2024-VRINV-UNP', ['Resolución de Consejo Universitario N° 0714-2023-CU-UNP'], '2024-09-24',
            'university oficio; crest letterhead; research projects (knowledge, governance) and extension outreach (prevention), amounts with the old sign without decimals',
            notes='Answered: two research projects approved in 2023 with their funding (allocated) and outreach talks in 2023-2024.', font='DejaVu Serif', size=10)
    crest_caps_header(R, ['Universidad Nacional de Piura', 'Vicerrectorado de Investigación'], logo=(logo_png('unp27', 'UNP', 'shield', (10, 50, 120)), 1.3))
    open27(R, 2024, date27('Castilla', '2024-09-24', 'hyphen'), 'OFICIO N° 0392-2024-VRINV-UNP', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ), ('Ref.', REQ_A)], order='sameline')
    para(R, 'Por Resolución de Consejo Universitario N° 0714-2023-CU-UNP se aprobaron en 2023 %s proyectos de investigación sobre trata de personas en la región: "Captación en línea de adolescentes en Piura y Sullana", con un financiamiento de %s, y "Explotación laboral en la pesca artesanal de Paita", con %s.' % (Cwo(2, 'proyecto de investigación', y=2023), Mso(72000, y=2023, r='a', u='text'), Mso(58500, y=2023, r='a', u='text')))
    para(R, 'En el marco de la proyección social, los estudiantes de Trabajo Social y Derecho dictaron %s charlas de prevención en 2023 y %s en el primer semestre de 2024, con %s asistentes en total.' % (Cn(22, 'charla', y=2023), Cn(13, 'charla', y=2024), Csp(1935, 'asistente')))
    dotted_sign(R, 'Dr. Augusto Vilela Castro', 'Vicerrector de Investigación')


def m049():
    R = new('m049', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Jesús María', 'MDJM', 'district_municipality'),
            'INFORME N° 0156-2024-MDJM/GSCGA-SGAV', ['Memorando N° 0833-2024-MDJM/GM'], '2024-08-20',
            'internal report on park maintenance: parks with watering and pruning services and their cost; labels head; head reverse',
            notes='Off topic: maintenance services in parks (counts of services and their cost).', font='Calibri', size=10.5)
    split_line_header(R, ['MUNICIPALIDAD DE JESÚS MARÍA'], ['Sub Gerencia de Áreas Verdes'])
    open27(R, 2024, date27('Jesús María', '2024-08-20', 'numeric'), 'INFORME N° 0156-2024-MDJM/GSCGA-SGAV',
           [('A', 'Gerencia Municipal'), ('DE', 'Sub Gerencia de Áreas Verdes'), ('ASUNTO', 'Servicios de mantenimiento de parques, primer semestre 2024'),
            ('REF.', 'Memorando N° 0833-2024-MDJM/GM')], order='labels', motto=False)
    data = [('Campo de Marte', [182, 46, 38650.0]), ('Parque Domodossola', [96, 21, 14820.5]), ('Parque Los Próceres', [88, 19, 12300.0]), ('Residencial San Felipe', [124, 30, 21775.0])]
    rows = [[lab, Cn(a, 'riego', y=2024), Cn(b, 'poda', y=2024), Mf(c, y=2024, r='e')] for lab, (a, b, c) in data]
    tab27(R, [['Parque', 'Riegos', 'Podas', 'Costo ejecutado (S/)']], rows, style='reverse', widths=(5.4, 2.4, 2.4, 3.6), size=9)
    R.sign('Ing. Diana Ríos Valverde', 'Sub Gerente de Áreas Verdes', align='c')


def m050():
    R = new('m050', 'answered', None, ['governance', 'prevention', 'protection'], P27,
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'OFICIO N° 0801-2024-GRT-GGR-GRDS', ['Informe N° 077-2024-GRT-GRDS-SGDS', 'Carta N° 044-2024-GRT-FRAIP'], '2024-09-13',
            'oficio + annex page (2 pages); reverse acronym letterhead; annex: budget by activity with PIM, certificación and devengado for 2023 and 2024-I, bare avance column; dashed rules',
            notes='Answered: the final reply after the term extension (the extension letter is cited). Commission sessions (governance), prevention and care activities; the budget annex gives PIM (allocated), certification (committed) and devengado (executed).', font='Arial', size=10)
    reverse_block_header(R, 'GRT', ['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social'], fill='6B0F1A')
    open27(R, 2024, date27('Tumbes', '2024-09-13', 'abbr'), 'OFICIO N° 0801-2024-GRT-GGR-GRDS', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', 'Carta N° 044-2024-GRT-FRAIP')], order='sameline')
    para(R, 'En atención a lo comunicado mediante la Carta N° 044-2024-GRT-FRAIP, se remite la información solicitada según el Informe N° 077-2024-GRT-GRDS-SGDS. La Comisión Regional Multisectorial contra la Trata de Personas de Tumbes sesionó %s veces en el periodo, y aprobó su plan de acción con %s indicadores.' % (Cwf(7, 'sesión', fem=True), Cn(18, 'indicador')))
    para(R, 'En prevención se realizaron %s campañas en la zona de frontera y se capacitó a %s operadores de turismo; en atención, se financió el traslado y alojamiento temporal de %s víctimas derivadas por el Ministerio Público.' % (Cn(16, 'campaña'), Cn(230, 'operador de turismo'), Cwo(14, 'víctima', fem=True)))
    dotted_sign(R, 'Lic. Marlene Olaya Peña', 'Gerente Regional de Desarrollo Social')
    R.pagebreak()
    R.p('ANEXO. Ejecución presupuestal de las actividades contra la trata de personas', bold=True, align='c', after=6)
    acts = [('Comisión Regional – funcionamiento', 2023, [24000.0, 21500.0, 19880.0]), ('Campañas de prevención', 2023, [56000.0, 52300.0, 49215.4]),
            ('Atención a víctimas', 2023, [38000.0, 31750.0, 28940.0]), ('Comisión Regional – funcionamiento', 2024, [26000.0, 12400.0, 9870.0]),
            ('Campañas de prevención', 2024, [60000.0, 27800.0, 21330.0]), ('Atención a víctimas', 2024, [40000.0, 16200.0, 12510.5])]
    roles = ['a', 'c', 'e']
    rows = []
    for lab, y, v in acts:
        lab2 = '%s %s' % (y if y == 2023 else '2024-I', lab)
        rows.append([lab2] + [Mf(x, y=y, r=roles[j]) for j, x in enumerate(v)] + [Pf(round(v[2] / v[0] * 100, 1), suf='', y=y)])
    tab27(R, [['Año / Actividad', 'PIM (S/)', 'Certificación (S/)', 'Devengado (S/)', 'Avance (%)']], rows, style='dashed', widths=(6.6, 2.6, 2.8, 2.6, 1.9), size=8.5)
    R.p('Fuente: SIAF – Consulta amigable, al 30 de junio de 2024 para el año 2024.', size=8, italic=True)


def m051():
    R = new('m051', 'missing', 'clarification', [], P27,
            S('Seguro Integral de Salud', 'SIS', 'other'),
            'CARTA N° 0311-2024-SIS/OGTI-FRAI', ['Solicitud N° 2024-SAIP-2210'], '2024-09-04',
            'carta asking to clarify which data (the period is quoted); numbered questions',
            notes='Missing, clarification: it quotes the period and asks which benefits and which population the requester means; the request is quoted only as "trata de personas", so no axes.', font='Arial', size=10.5)
    split_line_header(R, ['SEGURO INTEGRAL DE SALUD'], ['Funcionario Responsable de Acceso a la Información'], color='0D47A1')
    open27(R, 2024, date27('Lima', '2024-09-04', 'weekday'), 'CARTA N° 0311-2024-SIS/OGTI-FRAI', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', 'Precisión de solicitud'), ('Ref.', 'Solicitud N° 2024-SAIP-2210')], order='sameline')
    para(R, 'Con relación a su solicitud de información sobre "trata de personas" para el periodo del 1 de julio de 2022 al 30 de junio de 2024, se le solicita precisar:')
    numbered(R, ['Si requiere el número de asegurados, de atenciones o de montos financiados.', 'Qué diagnósticos o códigos de atención considera vinculados a la materia.'])
    para(R, 'La precisión deberá remitirse en el plazo de dos días hábiles.')
    dotted_sign(R, 'Abg. Rosa Villena Chumpitaz', 'Funcionaria Responsable de Acceso a la Información')


def m052():
    R = new('m052', 'answered', None, ['prosecution'], P27,
            S('Región Policial Puno', 'REGPOL Puno', 'police'),
            'OFICIO N° 917-2024-REGPOL PUNO/DIVINCRI-DEPINTRAT', ['Hoja de Recomendación N° 112-2024-REGPOL PUNO/DIVINCRI'], '2024-09-20',
            'police oficio + table page (2 pages); plain header in capitals; quarters as rows (II-2022 to II-2024 trimestres) with five noun columns and a total row; outer frame; prose percents',
            notes='Answered: operations, rescues during operations, arrests, complaints and rescued minors by quarter (all prosecution; no care of victims is reported); quarter rows get the year of the quarter; the total spans the period (no year).', font='Courier New', size=10)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PUNO', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL – DEPARTAMENTO DE INVESTIGACIÓN DE TRATA DE PERSONAS'], size=8)
    open27(R, 2024, date27('Puno', '2024-09-20', 'dashes'), 'OFICIO N° 917-2024-REGPOL PUNO/DIVINCRI-DEPINTRAT', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', 'Remite información estadística'), ('Ref.', 'Hoja de Recomendación N° 112-2024-REGPOL PUNO/DIVINCRI')], order='sameline')
    para(R, 'Tengo el honor de dirigirme a Ud. para remitir, en la página siguiente, la estadística del Departamento de Investigación de Trata de Personas de la REGPOL Puno entre julio de 2022 y junio de 2024. Del total de víctimas rescatadas, el %s procedían de otras regiones y el %s eran de nacionalidad boliviana.' % (Pnos(61.7, u='text'), Pnos(12.4, u='text')))
    R.p('Dios guarde a Ud.', align='c', before=6)
    R.sign('Wilber Choque Larico', 'CORONEL PNP – JEFE DE LA DIVINCRI PUNO', align='c')
    R.pagebreak()
    R.p('ESTADÍSTICA POR TRIMESTRE – DEPINTRAT PUNO', bold=True, align='c', after=6)
    q = [('III Trim. 2022', 2022, [9, 27, 8, 11, 10]), ('IV Trim. 2022', 2022, [11, 33, 10, 13, 12]), ('I Trim. 2023', 2023, [8, 21, 7, 9, 8]),
         ('II Trim. 2023', 2023, [12, 38, 11, 14, 15]), ('III Trim. 2023', 2023, [14, 41, 13, 16, 17]), ('IV Trim. 2023', 2023, [10, 29, 9, 12, 11]),
         ('I Trim. 2024', 2024, [7, 18, 6, 8, 7]), ('II Trim. 2024', 2024, [13, 36, 12, 15, 14])]
    W = ['operativo', 'víctima rescatada', 'detenido', 'denuncia', 'menor de edad rescatado']
    rows = [[lab] + [Cn(c, W[j], y=y) for j, c in enumerate(cells)] for lab, y, cells in q]
    rows.append(['TOTAL'] + [Cn(sum(d[2][j] for d in q), W[j], y=None) for j in range(5)])
    tab27(R, [['Trimestre', 'Operativos', 'Víctimas rescatadas', 'Detenidos', 'Denuncias', 'Menores rescatados']], rows, style='outer', bold_last=True,
          widths=(3.4, 2.4, 2.8, 2.4, 2.4, 2.8), size=9)
    R.p('Fuente: SIDPOL y cuaderno de registro del DEPINTRAT.', size=8, italic=True)


def m053():
    R = new('m053', 'out_of_period', None, ['protection'], P27,
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 4417-2024-DGIESP/MINSA', ['Nota Informativa N° 0229-2024-DSAME-DGIESP/MINSA'], '2024-10-14',
            'ministry oficio; crest letterhead; only 2021 mental-health care of victims by region in a small table; col bands',
            notes='Out of period: only 2021 data; the HIS records of the requested period are being reclassified.', font='Calibri', size=10.5)
    crest_caps_header(R, ['Ministerio de Salud', 'Dirección General de Intervenciones Estratégicas en Salud Pública'], logo=(logo_png('minsa27', 'MS', 'circle', (0, 110, 110)), 1.3))
    open27(R, 2024, date27('Lima', '2024-10-14', 'hyphen'), 'OFICIO N° 4417-2024-DGIESP/MINSA', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Según la Nota Informativa N° 0229-2024-DSAME-DGIESP/MINSA, los registros HIS del periodo julio 2022 – junio 2024 se encuentran en proceso de reclasificación de códigos. Se remite la información consolidada del año 2021:')
    data = [('Lima Metropolitana', [118, 402]), ('Madre de Dios', [64, 233]), ('Cusco', [41, 150]), ('Puno', [37, 129]), ('Loreto', [29, 96])]
    W = ['persona atendida', 'atención']
    grid27(R, [['Región', 'Personas atendidas 2021', 'Atenciones 2021']], data, lambda v, j, lab: Cn(v, W[j], y=2021), style='colbands', total='Total',
           widths=(5.4, 4.0, 3.4), size=9)
    dotted_sign(R, 'M.C. Yuri Cutipé Cárdenas', 'Director de Salud Mental')


def m054():
    R = new('m054', 'missing', 'no_information', ['protection'], P27,
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            'CARTA N° 0142-2024-MDI/GDH', ['Informe N° 063-2024-MDI/GDH-DEMUNA'], '2024-09-03',
            'carta; split-line letterhead; no records; no figures',
            notes='Missing, no_information: the DEMUNA has no records of trafficking cases (the request asked about victim care).', font='Liberation Serif', size=11)
    split_line_header(R, ['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA'], ['Gerencia de Desarrollo Humano'], color='4A148C')
    open27(R, 2024, date27('Independencia', '2024-09-03', 'final_dot'), 'CARTA N° 0142-2024-MDI/GDH',
           [('PARA', 'Sr. Martín Aguirre Llontop'), ('DE', 'Gerencia de Desarrollo Humano'), ('ASUNTO', SUBJ)], order='labels')
    para(R, 'Según el Informe N° 063-2024-MDI/GDH-DEMUNA, la DEMUNA no cuenta con registros de atención a presuntas víctimas de trata de personas en el periodo del 1 de julio de 2022 al 30 de junio de 2024, toda vez que su sistema no consigna dicha tipología.')
    dotted_sign(R, 'Lic. Cecilia Marcos Inga', 'Gerente de Desarrollo Humano')


def m055():
    R = new('m055', 'answered', None, ['governance', 'prevention', 'protection'], P27,
            S('Gobierno Regional de Arequipa', 'GRA', 'regional_government'),
            'OFICIO N° 1347-2024-GRA/GRDS', ['Informe N° 0512-2024-GRA/GRDS-SGPS', 'Ordenanza Regional N° 488-2022-AREQUIPA'], '2024-10-07',
            'oficio + landscape budget annex; split-line letterhead; annex with year and meta as label columns, PIA, PIM, certificación, devengado and avance, totals per year; outer frame; amounts in millions in prose',
            notes='Answered: budget of the regional plan against trafficking (Ordenanza Regional) by goal, 2022 (second half), 2023 and 2024 (first half); prose amount "S/ 1.35 millones" is the PIM 2023 of the plan; the annex amounts take their unit from the title "(S/)" (caption).', font='Arial', size=10.5)
    split_line_header(R, ['GOBIERNO REGIONAL DE AREQUIPA', 'Gerencia Regional de Desarrollo Social'], ['Sub Gerencia de Promoción Social'], color='B71C1C')
    open27(R, 2024, date27('Arequipa', '2024-10-07', 'numeric'), 'OFICIO N° 1347-2024-GRA/GRDS', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', SUBJ), ('Ref.', REQ_C)], order='sameline')
    para(R, 'Se remite el Informe N° 0512-2024-GRA/GRDS-SGPS, con la ejecución presupuestal del Plan Regional contra la Trata de Personas aprobado por Ordenanza Regional N° 488-2022-AREQUIPA (anexo). En 2023 el plan contó con un PIM de %s, de los cuales se devengó el %s.' % (Mmillones(1.35, y=2023, r='a', u='text'), Pdot(87.6, y=2023, u='text')))
    dotted_sign(R, 'Mg. Patricia Zegarra Núñez', 'Gerente Regional de Desarrollo Social')
    R.landscape()
    R.p('ANEXO – Ejecución del Plan Regional contra la Trata de Personas (S/)', bold=True, align='c', after=6)
    metas = [('2022-II', 'Secretaría técnica de la Comisión Regional', [85000.0, 92000.0, 90100.0, 88340.0]),
             ('2022-II', 'Campañas de prevención en corredores mineros', [140000.0, 158000.0, 151200.0, 146975.5]),
             ('2022-II', 'Atención y reintegración de víctimas', [110000.0, 118500.0, 109900.0, 104230.0]),
             ('2023', 'Secretaría técnica de la Comisión Regional', [180000.0, 196000.0, 190800.0, 181450.0]),
             ('2023', 'Campañas de prevención en corredores mineros', [420000.0, 468000.0, 441300.0, 409870.25]),
             ('2023', 'Atención y reintegración de víctimas', [360000.0, 391000.0, 352600.0, 340115.0]),
             ('2024-I', 'Secretaría técnica de la Comisión Regional', [190000.0, 190000.0, 96400.0, 88210.0]),
             ('2024-I', 'Campañas de prevención en corredores mineros', [450000.0, 472000.0, 210300.0, 188640.0]),
             ('2024-I', 'Atención y reintegración de víctimas', [380000.0, 385000.0, 160250.0, 151330.75])]
    roles = ['a', 'a', 'c', 'e']
    rows = []
    for yl, lab, v in metas:
        y = int(yl[:4])
        rows.append([yl, lab] + [Mf(x, y=y, r=roles[j], u='caption') for j, x in enumerate(v)] + [Pf(round(v[3] / v[1] * 100, 1), suf='', y=y)])
    t = tab27(R, [['Año', 'Meta presupuestaria', 'PIA', 'PIM', 'Certificación', 'Devengado', 'Avance (%)']], rows, style='outer',
              widths=(2.0, 9.0, 3.0, 3.0, 3.0, 3.0, 2.2), size=9, row_label_fn=lambda i, rw: ' '.join(plain(rw[0] + ' ' + rw[1]).split()), row_label_col=1)
    R.p('Fuente: SIAF-SP. Cifras del año 2024 al 30 de junio.', size=8, italic=True)


def m056():
    R = new('m056', 'missing', 'off_topic', [], None,
            S('Autoridad Nacional del Agua', 'ANA', 'other'),
            'OFICIO N° 0731-2024-ANA-AAA.TIT', ['Carta S/N de fecha 12.08.2024'], '2024-08-30',
            'oficio on water-use licences by local water authority with counts and fees; crest letterhead; head reverse',
            notes='Off topic: water-use licences and fees in the Titicaca basin; not about trafficking in persons.', font='DejaVu Sans', size=9.5)
    crest_caps_header(R, ['Autoridad Nacional del Agua', 'Autoridad Administrativa del Agua Titicaca'], logo=(logo_png('ana27', 'ANA', 'circle', (0, 80, 160)), 1.3))
    open27(R, 2024, date27('Puno', '2024-08-30', 'weekday'), 'OFICIO N° 0731-2024-ANA-AAA.TIT', ['Señor', 'Mario Condori Limachi', 'Junta de Usuarios Ilave'],
           [('Asunto', 'Licencias de uso de agua otorgadas'), ('Ref.', 'Carta S/N de fecha 12.08.2024')], order='sameline')
    para(R, 'En atención a su carta, se detallan las licencias de uso de agua otorgadas en el primer semestre de 2024:')
    data = [('ALA Ilave', [46, 9200.0]), ('ALA Juliaca', [71, 14350.0]), ('ALA Huancané', [28, 5480.0]), ('ALA Ramis', [39, 7720.0])]
    rows = [[lab, Cn(a, 'licencia', y=2024), Mf(b, y=2024)] for lab, (a, b) in data]
    tab27(R, [['Autoridad Local del Agua', 'Licencias otorgadas', 'Derechos pagados (S/)']], rows, style='reverse', widths=(6.0, 3.6, 4.0), size=9)
    dotted_sign(R, 'Ing. Elmer Mamani Pari', 'Director de la AAA Titicaca')


def m057():
    R = new('m057', 'out_of_period', None, ['prevention'], P27,
            S('Municipalidad Provincial de Huánuco', 'MPHCO', 'provincial_municipality'),
            'OFICIO N° 0488-2024-MPHCO/GDS', ['Acta de Transferencia de Gestión N° 001-2023-MPHCO'], '2024-09-25',
            'oficio; reverse acronym letterhead; years 2021 and January–June 2022 (before the period) in a small table; says later records were not handed over',
            notes='Out of period: only 2021 and the first half of 2022 (before 1 July 2022); the later records were not handed over at the change of administration.', font='Arial', size=10.5)
    reverse_block_header(R, 'MPHCO', ['MUNICIPALIDAD PROVINCIAL DE HUÁNUCO', 'Gerencia de Desarrollo Social'], fill='3E2723')
    open27(R, 2024, date27('Huánuco', '2024-09-25', 'hyphen'), 'OFICIO N° 0488-2024-MPHCO/GDS', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Según el Acta de Transferencia de Gestión N° 001-2023-MPHCO, la gestión anterior no entregó los registros de actividades posteriores a junio de 2022. Se remite lo que obra en el archivo:')
    data = [('Año 2021', 2021, [11, 870, 5]), ('Enero–junio 2022', 2022, [6, 455, 3])]
    W = ['taller', 'participante', 'campaña']
    rows = [[lab] + [Cn(c, W[j], y=y) for j, c in enumerate(cells)] for lab, y, cells in data]
    tab27(R, [['Periodo', 'Talleres', 'Participantes', 'Campañas']], rows, style='colbands', widths=(4.4, 2.6, 3.0, 2.6), size=9)
    dotted_sign(R, 'Lic. Flor Espinoza Berrospi', 'Gerente de Desarrollo Social')


def m058():
    R = new('m058', 'answered', None, ['governance', 'prevention', 'prosecution'], P27,
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 002871-2024/IN/DGSD', ['Informe N° 000640-2024/IN/DGSD/DATPTIM', 'Solicitud N° 2024-TAIP-15532'], '2024-10-18',
            'oficio + informe (2 pages); crest letterhead; informe with the multisectoral commission (governance), hotline 1818 calls by half-year with a share column, and a PNAT budget table; head reverse and dashed',
            notes='Answered: the multisectoral commission and the registry (governance), calls to the 1818 hotline (prevention), police trainings on investigation (prosecution) and the PNAT budget (governance; PIM allocated, devengado executed; its unit "(S/)" is only in the line above the table, recorded as caption).', font='Arial', size=10)
    crest_caps_header(R, ['Ministerio del Interior', 'Dirección General de Seguridad Democrática'], logo=(logo_png('mininter27', 'IN', 'shield', (20, 50, 100)), 1.3))
    open27(R, 2024, date27('Lima', '2024-10-18', 'weekday'), 'OFICIO N° 002871-2024/IN/DGSD', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ), ('Ref.', 'Solicitud N° 2024-TAIP-15532')], order='sameline')
    para(R, 'Me dirijo a usted para remitir el Informe N° 000640-2024/IN/DGSD/DATPTIM, elaborado por la Dirección de Asuntos contra la Trata de Personas y Tráfico Ilícito de Migrantes, con la información solicitada del periodo julio 2022 – junio 2024.')
    dotted_sign(R, 'Abg. Víctor Rojas Del Águila', 'Director General de Seguridad Democrática')
    R.pagebreak()
    R.p('INFORME N° 000640-2024/IN/DGSD/DATPTIM', bold=True, align='c', after=6)
    para(R, '1. La Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes realizó %s sesiones ordinarias y %s extraordinarias en el periodo; se capacitó a %s usuarios regionales del sistema de registro de casos.' % (Cn(10, 'sesión ordinaria'), Cn(3, 'sesión extraordinaria'), Cn(164, 'usuario')))
    para(R, '2. Llamadas a la Línea 1818 – opción 1 (trata de personas):')
    ll = [('II semestre 2022', 2022, 3410, 212), ('I semestre 2023', 2023, 3875, 248), ('II semestre 2023', 2023, 4120, 271), ('I semestre 2024', 2024, 3962, 259)]
    rows = [[a, Csp(b, 'llamada', y=y), Cn(c, 'alerta derivada', y=y), Pdot(round(c / b * 100, 1), y=y)] for a, y, b, c in ll]
    tab27(R, [['Periodo', 'Llamadas atendidas', 'Alertas derivadas a la PNP', '% derivadas']], rows, style='reverse', widths=(4.0, 3.6, 4.4, 2.6), size=9)
    para(R, '3. Capacitación a efectivos policiales en investigación del delito: %s cursos con %s efectivos capacitados.' % (Cwf(14, 'curso'), Csp(1126, 'efectivo policial')))
    para(R, '4. Presupuesto del PNAT a cargo del sector (S/):')
    bb = [('Año 2022 (jul.–dic.)', 2022, [1840000.0, 1712455.3]), ('Año 2023', 2023, [3925000.0, 3611840.0]), ('Año 2024 (ene.–jun.)', 2024, [4100000.0, 1877210.45])]
    rows = [[a, Mf(v[0], y=y, r='a', u='caption'), Mf(v[1], y=y, r='e', u='caption')] for a, y, v in bb]
    tab27(R, [['Periodo', 'PIM', 'Devengado']], rows, style='dashed', widths=(5.0, 3.6, 3.6), size=9)
    R.sign('Abg. Miluska Torres Lévano', 'Directora de Asuntos contra la Trata de Personas y Tráfico Ilícito de Migrantes', align='c', before=12)


def m059():
    R = new('m059', 'missing', 'not_competent_referred', ['prosecution'], P27,
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'OFICIO N° 000412-2024-SUNAT/1M0000', ['Oficio N° 000410-2024-SUNAT/1M0000', 'Oficio N° 000411-2024-SUNAT/1M0000'], '2024-09-16',
            'oficio; split-line letterhead; forwards the request on border controls and detained persons to two bodies',
            notes='Missing, not_competent_referred: passed to the police and the migration authority by two cited oficios.', font='Calibri', size=11)
    split_line_header(R, ['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA'], ['Intendencia Nacional de Control Aduanero'], color='B8860B')
    open27(R, 2024, date27('Callao', '2024-09-16', 'numeric'), 'OFICIO N° 000412-2024-SUNAT/1M0000', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', 'Traslado de solicitud'), ('Ref.', REQ_C)], order='sameline')
    para(R, 'En atención a su solicitud sobre intervenciones en pasos de frontera y personas detenidas por trata de personas entre julio de 2022 y junio de 2024, le comunicamos que dicha información no corresponde a las funciones de la SUNAT. Por ello, se trasladó su pedido a la Policía Nacional del Perú con el Oficio N° 000410-2024-SUNAT/1M0000 y a la Superintendencia Nacional de Migraciones con el Oficio N° 000411-2024-SUNAT/1M0000.')
    dotted_sign(R, 'Econ. Raúl Benavente Soto', 'Intendente Nacional de Control Aduanero')


def m060():
    R = new('m060', 'answered', None, ['protection', 'prevention'], P27,
            S('Municipalidad Provincial de Piura', 'MPP', 'provincial_municipality'),
            'OFICIO N° 0734-2024-GDS/MPP', ['Informe N° 129-2024-GDS-DEMUNA/MPP'], '2024-09-27',
            'oficio; ribbon letterhead; DEMUNA cases by type under the two July-June years with a share column; talks in prose with percent words',
            notes='Answered: DEMUNA cases of children at risk (protection) and talks (prevention); shares are of the period total; July-June years have no single calendar year.', font='Calibri', size=10.5)
    ribbon_header(R, 'Piura – Perú', ['MUNICIPALIDAD PROVINCIAL DE PIURA', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpp27', 'MPP', 'shield', (10, 70, 130)), 1.5), fill='0A4682')
    open27(R, 2024, date27('Piura', '2024-09-27', 'de_mes'), 'OFICIO N° 0734-2024-GDS/MPP', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Se remite la información del Informe N° 129-2024-GDS-DEMUNA/MPP, sobre casos de niñas, niños y adolescentes en riesgo de explotación atendidos por la DEMUNA:')
    data = [('Explotación laboral', [12, 17]), ('Explotación sexual', [8, 11]), ('Mendicidad', [15, 13]), ('Captación en redes sociales', [4, 9])]
    tt = sum(sum(c) for _, c in data)
    rows = [[lab, Cn(c[0], 'caso'), Cn(c[1], 'caso'), Pnos(round(sum(c) / tt * 100, 1))] for lab, c in data]
    rows.append(['Total', Cn(sum(c[0] for _, c in data), 'caso'), Cn(sum(c[1] for _, c in data), 'caso'), Pnos(100.0)])
    tab27(R, [['Tipo de riesgo', 'Jul. 2022 – Jun. 2023', 'Jul. 2023 – Jun. 2024', '% del periodo']], rows, style='colbands', bold_last=True, widths=(5.6, 3.4, 3.4, 2.6), size=9)
    para(R, 'Asimismo se dictaron %s charlas en colegios; el %s de los estudiantes evaluados reconoció las formas de captación tras la charla.' % (Cn(48, 'charla'), Pporc(74, u='text')))
    dotted_sign(R, 'Lic. Milagros Sosa Carrasco', 'Gerente de Desarrollo Social')
