"""blind-v27 letters m031-m045, written from scratch for this set from the labeling guide."""
from common import *
from letters_a import SUBJ, REQ_A, REQ_B, REQ_C

P27 = PER27


def m031():
    R = new('m031', 'missing', 'no_information', ['prevention', 'governance'], P27,
            S('Municipalidad Provincial de Leoncio Prado', 'MPLP', 'provincial_municipality'),
            'OFICIO N° 0418-2024-MPLP/GM', ['Memorando N° 0902-2024-MPLP/GDS'], '2024-09-20',
            'oficio; ribbon letterhead; no information found; no figures',
            notes='Missing, no_information: the social development office found no records of prevention actions or of a provincial working group for the period.', font='Arial', size=11)
    ribbon_header(R, 'Tingo María – Huánuco', ['MUNICIPALIDAD PROVINCIAL DE LEONCIO PRADO', 'Gerencia Municipal'], logo=(logo_png('mplp27', 'LP', 'shield', (20, 90, 40)), 1.5), fill='2F6B3A')
    open27(R, 2024, date27('Tingo María', '2024-09-20', 'numeric'), 'OFICIO N° 0418-2024-MPLP/GM', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', SUBJ), ('Ref.', REQ_C)], order='sameline')
    para(R, 'Me dirijo a usted para comunicarle que, según el Memorando N° 0902-2024-MPLP/GDS, la Gerencia de Desarrollo Social no ha ubicado en sus archivos documentación sobre acciones de prevención de la trata de personas ni sobre la conformación de una mesa o red provincial en el periodo del 1 de julio de 2022 al 30 de junio de 2024, por lo que no es posible atender lo solicitado.')
    dotted_sign(R, 'Ing. Hernán Ruiz Tafur', 'Gerente Municipal')


def m032():
    R = new('m032', 'answered', None, ['prevention', 'governance'], P27,
            S('Gobierno Regional de Huánuco', 'GOREHCO', 'regional_government'),
            'OFICIO N° 1026-2024-GRH/GRDS', ['Informe N° 0174-2024-GRH/GRDS-SGPIS'], '2024-09-17',
            'oficio; split-line letterhead; an unruled table typed with tab stops (no table object): provinces with four count columns and a total line',
            notes='Answered: prevention actions by province for the whole period (no year per figure: the columns cover July 2022 - June 2024) and sessions of the regional working group (governance).', font='Arial', size=10.5)
    split_line_header(R, ['GOBIERNO REGIONAL HUÁNUCO', 'Gerencia Regional de Desarrollo Social'], ['Sub Gerencia de Programas e Inclusión Social'], color='5B2C6F')
    open27(R, 2024, date27('Huánuco', '2024-09-17', 'year_first'), 'OFICIO N° 1026-2024-GRH/GRDS', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Me dirijo a usted para remitir, según el Informe N° 0174-2024-GRH/GRDS-SGPIS, el consolidado de acciones de prevención de la trata de personas por provincia, en el periodo del 1 de julio de 2022 al 30 de junio de 2024:')
    provs = [('Huánuco', [18, 1420, 6, 35]), ('Leoncio Prado', [14, 1105, 5, 28]), ('Ambo', [7, 512, 2, 14]), ('Dos de Mayo', [5, 380, 2, 11]),
             ('Pachitea', [6, 447, 1, 12]), ('Puerto Inca', [9, 630, 3, 19]), ('Huamalíes', [4, 296, 1, 9])]
    W = ['charla', 'persona', 'feria', 'docente']
    head = [['Provincia', 'Charlas', 'Personas', 'Ferias', 'Docentes']]
    rows = [[p] + [Cn(v, W[j]) for j, v in enumerate(c)] for p, c in provs]
    tot = [sum(c[j] for _, c in provs) for j in range(4)]
    rows.append(['Total regional'] + [Cn(tot[j], W[j]) for j in range(4)])
    R.tabgrid(head, rows, [(6.6, 'r'), (9.4, 'r'), (11.8, 'r'), (14.6, 'r')], size=9.5, colnames=['Provincia', 'Charlas', 'Personas', 'Ferias', 'Docentes'],
              rule='=', rule_len=70, bold_rows=(len(rows) - 1,))
    para(R, 'La Instancia Regional de Concertación contra la Trata sesionó %s veces en 2023 y %s veces en el primer semestre de 2024.' % (Cwo(5, 'sesión', fem=True, y=2023), Cwo(3, 'sesión', fem=True, y=2024)))
    pair_sign(R, ('Lic. Edith Malpartida Ponce', 'Gerente Regional de Desarrollo Social'), ('Bach. Julio Ramos Tucto', 'Especialista en Promoción Social'))


def m033():
    R = new('m033', 'out_of_period', None, ['prevention', 'governance'], P27,
            S('Municipalidad Provincial de Cajamarca', 'MPC', 'provincial_municipality'),
            'OFICIO N° 0652-2024-MPC/GDS', ['Resolución de Alcaldía N° 0311-2024-A-MPC'], '2024-10-17',
            'oficio; crest letterhead; only a 2025 work plan: activities with unit of measure, physical target and programmed budget; dashed rules',
            notes='Out of period: it gives only the 2025 plan (targets and programmed budget, year 2025); nothing on July 2022 - June 2024.', font='Liberation Serif', size=10.5)
    crest_caps_header(R, ['Municipalidad Provincial de Cajamarca', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpc27', 'MPC', 'circle', (110, 60, 10)), 1.3))
    open27(R, 2024, date27('Cajamarca', '2024-10-17', 'de_mes'), 'OFICIO N° 0652-2024-MPC/GDS', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ), ('Ref.', REQ_A)], order='sameline')
    para(R, 'Me dirijo a usted para informarle que la Gerencia de Desarrollo Social, creada en la reestructuración de 2024, no cuenta con el acervo de las gestiones anteriores. Se le alcanza el Plan Provincial de Prevención de la Trata de Personas 2025, aprobado por Resolución de Alcaldía N° 0311-2024-A-MPC:')
    data = [('Talleres en instituciones educativas', 'Taller', 24, 18000.0), ('Campañas en terminales y ferias', 'Campaña', 10, 22500.0),
            ('Sesiones de la mesa provincial', 'Sesión', 4, 3200.0), ('Capacitación a serenos y fiscalizadores', 'Capacitación', 6, 7800.0)]
    rows = [[a, b, Cn(c, b.lower(), y=2025), Mf(d, y=2025, r='a')] for a, b, c, d in data]
    tab27(R, [['Actividad', 'Unidad de medida', 'Meta física 2025', 'Presupuesto programado 2025 (S/)']], rows, style='dashed', widths=(6.0, 2.8, 2.4, 4.0), size=9)
    dotted_sign(R, 'Lic. Nelly Cabanillas Vargas', 'Gerente de Desarrollo Social')


def m034():
    R = new('m034', 'answered', None, ['prevention'], P27,
            S('Comisión de Promoción del Perú para la Exportación y el Turismo', 'PROMPERÚ', 'other'),
            'CARTA N° 0147-2024-PROMPERÚ/GG', ['Request N° 2024-0633'], '2024-09-23',
            'letter in English of a Peruvian agency; english opening; tourism providers signing the code of conduct by destination with a share column; head reverse',
            lang='en', notes='Answered, in English: prevention of sexual exploitation in travel and tourism (code of conduct, trainings) in the requested period.', font='Arial', size=10)
    split_line_header(R, ['PROMPERÚ', 'Tourism Promotion Department'], ['Calle Uno Oeste 50, San Isidro'], color='C8102E')
    open27(R, 2024, date27(None, '2024-09-23', 'en_long'), 'CARTA N° 0147-2024-PROMPERÚ/GG', ['Mr Martín Aguirre Llontop'],
           [('Subject', 'Request N° 2024-0633 – prevention actions, 1 July 2022 to 30 June 2024')], order='english', motto=False)
    para(R, 'Dear Mr Aguirre,')
    para(R, 'In reply to your request, between 1 July 2022 and 30 June 2024 PROMPERÚ promoted the code of conduct against the sexual exploitation of children and adolescents in travel and tourism among tourism service providers:')
    data = [('Cusco', 212, 640), ('Lima', 174, 515), ('Arequipa', 88, 260), ('Puno', 61, 190), ('Loreto', 47, 138), ('Piura', 39, 120)]
    tot = sum(d[1] for d in data)
    rows = [[a, Cn(b, 'provider'), Cn(c, 'staff member'), Pdot(round(b / tot * 100, 1))] for a, b, c in data]
    tab27(R, [['Destination', 'Providers signing the code', 'Staff trained', 'Share of providers (%)']], rows, style='reverse', widths=(4.0, 3.6, 3.0, 3.6), size=9)
    para(R, 'The campaign was shown at %s trade fairs and cost %s.' % (Cn(7, 'trade fair'), Mcodepre(96300, dec=0, u='text', r='e')))
    en_sign(R, 'Lucía Benavides Arce', 'Head of Tourism Promotion', 'PROMPERÚ')


def m035():
    R = new('m035', 'missing', 'not_competent_referred', ['prevention', 'prosecution'], P27,
            S('Municipalidad Distrital de Miraflores', 'MM', 'district_municipality'),
            'CARTA N° 0228-2024-SG/MM', ['Oficio N° 0561-2024-SG/MM', 'Oficio N° 0562-2024-SG/MM'], '2024-08-29',
            'carta; reverse acronym letterhead; referral of the request by two cited oficios',
            notes='Missing, not_competent_referred: it forwarded the request to the Municipalidad Metropolitana de Lima and to the police by two cited oficios.', font='Calibri', size=11)
    reverse_block_header(R, 'MM', ['MUNICIPALIDAD DE MIRAFLORES', 'Secretaría General'], fill='005B96')
    open27(R, 2024, date27('Miraflores', '2024-08-29', 'weekday'), 'CARTA N° 0228-2024-SG/MM', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', 'Traslado de solicitud')], order='sameline')
    para(R, 'En atención a su solicitud sobre campañas de prevención e intervenciones por trata de personas entre julio de 2022 y junio de 2024, le informamos que dichas materias no son de competencia de esta Municipalidad distrital. En consecuencia, se trasladó su pedido a la Municipalidad Metropolitana de Lima con el Oficio N° 0561-2024-SG/MM y a la Región Policial Lima con el Oficio N° 0562-2024-SG/MM.')
    dotted_sign(R, 'Abg. Pedro Sánchez Olivera', 'Secretario General')


def m036():
    R = new('m036', 'answered', None, ['protection'], P27,
            S('Unidad Distrital de Asistencia a Víctimas y Testigos de Piura', 'UDAVIT Piura', 'autonomous'),
            'OFICIO N° 000291-2024-MP-FN-UDAVIT-PIURA', ['Solicitud N° 2024-0442'], '2024-09-05',
            'oficio; crest letterhead; victims assisted by type of assistance and period with a share column; outer frame; prose with words first',
            notes='Answered: assistance to victims of trafficking (protection) by type and period; shares over the period total.', font='Times New Roman', size=10.5)
    crest_caps_header(R, ['Ministerio Público – Fiscalía de la Nación', 'Unidad Distrital de Asistencia a Víctimas y Testigos de Piura'], logo=(logo_png('mpfn27', 'MP', 'circle', (20, 60, 110)), 1.3))
    open27(R, 2024, date27('Piura', '2024-09-05', 'hyphen'), 'OFICIO N° 000291-2024-MP-FN-UDAVIT-PIURA', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', SUBJ), ('Ref.', 'Solicitud N° 2024-0442')], order='sameline')
    para(R, 'Me dirijo a usted para informar que esta Unidad incorporó al programa de asistencia a %s víctimas de trata de personas en el periodo solicitado, a las que brindó las asistencias siguientes:' % Cwf(87, 'víctima', fem=True))
    data = [('Asistencia legal', [21, 38, 19]), ('Asistencia psicológica', [26, 44, 23]), ('Asistencia social', [18, 31, 15]),
            ('Albergue temporal gestionado', [5, 9, 4])]
    Y = [2022, 2023, 2024]
    tt = [sum(d[1][j] for d in data) for j in range(3)]
    rows = []
    for lab, c in data:
        r = [lab]
        for j in range(3):
            r.append(Cn(c[j], 'asistencia', y=Y[j]))
        r.append(Pf(round(sum(c) / sum(tt) * 100, 1), suf='', y=None))
        rows.append(r)
    tab27(R, [['Tipo de asistencia', 'Jul.–Dic. 2022', '2023', 'Ene.–Jun. 2024', '% del periodo']], rows, style='outer', widths=(5.2, 2.6, 2.0, 2.6, 2.4), size=9)
    para(R, 'Además, %s víctimas extranjeras fueron acompañadas en la regularización de su situación migratoria.' % Cwf(6, 'víctima extranjera', fem=True))
    stack_sign(R, 'Silvia Mogollón Ramírez', 'Coordinadora de la UDAVIT Piura', when='05-09-2024 15:44')


def m037():
    R = new('m037', 'out_of_period', None, ['prevention', 'protection'], P27,
            S('Gobierno Regional del Callao', 'GRC', 'regional_government'),
            'OFICIO N° 0893-2024-GRC/GRDS', ['Memorando N° 0367-2024-GRC/GRDS-OPS'], '2024-10-09',
            'oficio; split-line letterhead; years 2020 and 2021 as rows with one noun per column (earlier period only)',
            notes='Out of period: only 2020-2021 figures (before the period); the 2022-2024 records are being migrated to a new system.', font='Arial', size=10.5)
    split_line_header(R, ['GOBIERNO REGIONAL DEL CALLAO', 'Gerencia Regional de Desarrollo Social'], ['Av. Elmer Faucett 3970, Callao'], color='00427A')
    open27(R, 2024, date27('Callao', '2024-10-09', 'numeric'), 'OFICIO N° 0893-2024-GRC/GRDS', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ), ('Ref.', REQ_A)], order='sameline')
    para(R, 'Me dirijo a usted para comunicarle que, según el Memorando N° 0367-2024-GRC/GRDS-OPS, los registros del periodo julio 2022 – junio 2024 están en proceso de migración al nuevo sistema de gestión documental. Se remite la información disponible de los años 2020 y 2021:')
    data = [('Año 2020', 2020, [8, 640, 12, 5]), ('Año 2021', 2021, [15, 1180, 19, 9])]
    W = ['campaña', 'persona', 'caso atendido', 'derivación']
    rows = [[lab] + [Cn(c, W[j], y=y) for j, c in enumerate(cells)] for lab, y, cells in data]
    rows.append(['Total'] + [Cn(sum(d[2][j] for d in data), W[j], y=None) for j in range(4)])
    tab27(R, [['Año', 'Campañas', 'Personas sensibilizadas', 'Casos atendidos', 'Derivaciones al CEM']], rows, style='grid', bold_last=True, widths=(3.0, 2.6, 3.4, 2.8, 3.4), size=9)
    para(R, 'En el año 2021 se ejecutaron %s en dichas acciones.' % Msoles(41880.0, y=2021, r='e', u='text'))
    dotted_sign(R, 'Lic. Ricardo Alva Paredes', 'Gerente Regional de Desarrollo Social')


def m038():
    R = new('m038', 'missing', 'acknowledgment', [], P27,
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'CARTA N° 044-2024-GRT-FRAIP', ['Expediente N° 4120-2024'], '2024-08-23',
            'carta extending the term to answer under the transparency law; no information',
            notes='Missing, acknowledgment: it receives the request (quoting the period) and extends the term to answer; no information.', font='Liberation Sans', size=11)
    reverse_block_header(R, 'GRT', ['GOBIERNO REGIONAL DE TUMBES', 'Funcionario Responsable de Acceso a la Información Pública'], fill='6B0F1A')
    open27(R, 2024, date27('Tumbes', '2024-08-23', 'abbr'), 'CARTA N° 044-2024-GRT-FRAIP', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', 'Prórroga de plazo'), ('Ref.', 'Expediente N° 4120-2024')], order='sameline')
    para(R, 'Por medio de la presente acusamos recibo de su solicitud de información sobre acciones contra la trata de personas del 1 de julio de 2022 al 30 de junio de 2024. Dado que la información debe ser recopilada de varias gerencias, se le comunica la prórroga del plazo de atención conforme al literal g) del artículo 11 de la Ley N° 27806. La respuesta le será remitida a más tardar el 13 de setiembre de 2024.')
    dotted_sign(R, 'Abg. Carla Seminario Zapata', 'Funcionaria Responsable de Acceso a la Información Pública')


def m039():
    R = new('m039', 'answered', None, ['prevention'], P27,
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 02214-2024-MINEDU/VMGP-DITOE', ['Informe N° 00318-2024-MINEDU/VMGP-DITOE', 'Solicitud N° 2024-SAIP-7790'], '2024-09-26',
            'oficio + annex page (2 pages); crest letterhead; regional directorates as rows under two periods merged over teachers and students, with a bare % column; head reverse; prose percents',
            notes='Answered: tutoring sessions and teacher training on preventing trafficking by regional education directorate (prevention); July-June periods without a single year; "% IIEE" is the share of schools covered in the second period.', font='Calibri', size=10.5)
    crest_caps_header(R, ['Ministerio de Educación', 'Dirección de Tutoría y Orientación Educativa'], logo=(logo_png('minedu27', 'ME', 'square', (160, 20, 20)), 1.3))
    open27(R, 2024, date27('San Borja', '2024-09-26', 'weekday'), 'OFICIO N° 02214-2024-MINEDU/VMGP-DITOE', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', SUBJ), ('Ref.', 'Solicitud N° 2024-SAIP-7790')], order='sameline')
    para(R, 'Me dirijo a usted para remitir el Informe N° 00318-2024-MINEDU/VMGP-DITOE (anexo). En el periodo, la Dirección desarrolló sesiones de tutoría sobre prevención de la trata de personas en las regiones priorizadas; a nivel nacional el %s de las instituciones educativas priorizadas incorporó el tema en su plan de tutoría, frente al %s del periodo anterior.' % (Pnos(68.4, u='text'), Pnos(41.9, u='text')))
    dotted_sign(R, 'Mg. Sandra Escobedo Lazo', 'Directora de Tutoría y Orientación Educativa')
    R.pagebreak()
    R.p('ANEXO. Docentes capacitados y estudiantes alcanzados por DRE', bold=True, align='c', after=6)
    dres = [('DRE Puno', [412, 9850, 530, 12400, 71.2]), ('DRE Cusco', [388, 9120, 476, 11050, 66.5]), ('DRE Madre de Dios', [156, 3610, 204, 4880, 88.0]),
            ('DRE Loreto', [301, 7240, 355, 8610, 59.3]), ('DRE Piura', [276, 6890, 340, 8020, 62.8]), ('DRE Tumbes', [98, 2210, 131, 2950, 80.4]),
            ('DRE Junín', [244, 5930, 298, 7140, 57.6]), ('DRE Ucayali', [133, 3280, 170, 4015, 64.1])]
    W = ['docente', 'estudiante', 'docente', 'estudiante']
    rows = []
    for lab, c in dres:
        rows.append([lab] + [Csp(c[j], W[j]) for j in range(4)] + [Pf(c[4], suf='')])
    tab27(R, [['DRE', 'Jul. 2022 – Jun. 2023', '', 'Jul. 2023 – Jun. 2024', '', '% IIEE'], ['', 'Docentes', 'Estudiantes', 'Docentes', 'Estudiantes', '']], rows,
          style='reverse', merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0), (0, 5, 1, 5)), widths=(3.8, 2.3, 2.5, 2.3, 2.5, 1.8), size=9)
    R.p('Fuente: reportes de las DRE al SíseVe y a la DITOE.', size=8, italic=True)


def m040():
    R = new('m040', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'),
            'INFORME N° 0199-2024-MPCH/GDS-SGPVL', ['Memorando N° 0640-2024-MPCH/GM'], '2024-08-26',
            'internal report on the Vaso de Leche programme: beneficiaries by zone and budget; labels head; col bands',
            notes='Off topic: beneficiaries and budget of the Vaso de Leche food programme.', font='Arial', size=10.5)
    split_line_header(R, ['MUNICIPALIDAD PROVINCIAL DE CHICLAYO'], ['Sub Gerencia del Programa del Vaso de Leche'])
    open27(R, 2024, date27('Chiclayo', '2024-08-26', 'hyphen'), 'INFORME N° 0199-2024-MPCH/GDS-SGPVL',
           [('A', 'Gerencia Municipal'), ('DE', 'Sub Gerencia del Programa del Vaso de Leche'), ('ASUNTO', 'Padrón de beneficiarios y ejecución 2024'),
            ('REF.', 'Memorando N° 0640-2024-MPCH/GM')], order='labels', motto=False)
    data = [('Zona Centro', [1840, 412]), ('Zona Norte', [2615, 588]), ('Zona Sur', [2290, 503]), ('Zona Oeste', [1975, 447])]
    W = ['beneficiario', 'comité']
    grid27(R, [['Zona', 'Beneficiarios', 'Madres de comité']], data, lambda v, j, lab: Csp(v, W[j], y=2024), style='colbands', total='Total', widths=(5.0, 3.4, 3.4))
    para(R, 'El PIM 2024 del programa asciende a %s, con un devengado al 31 de julio de %s, equivalente al %s.' % (Msp(2845600.0, y=2024, r='a', u='text'), Msp(1702340.9, y=2024, r='e', u='text'), Pdot(59.8, y=2024, u='text')))
    R.sign('Lic. Gloria Tapia Sandoval', 'Sub Gerente del Programa del Vaso de Leche', align='c')


def m041():
    R = new('m041', 'answered', None, ['prosecution', 'prevention'], P27,
            S('Municipalidad Provincial de Mariscal Nieto', 'MPMN', 'provincial_municipality'),
            'OFICIO N° 0377-2024-GDS-GM/MPMN', ['Informe N° 092-2024-SGFA-GDE/MPMN'], '2024-09-18',
            'oficio; ribbon letterhead; joint inspections of bars and hostels with police and prosecutors by semester, closures and fines, dashed rules; talks in prose',
            notes='Answered: joint inspections and closures (prosecution) and talks (prevention); fines have no role.', font='Liberation Sans', size=10.5)
    ribbon_header(R, 'Moquegua – Perú', ['MUNICIPALIDAD PROVINCIAL MARISCAL NIETO', 'Gerencia de Desarrollo Económico – Sub Gerencia de Fiscalización'],
                  logo=(logo_png('mpmn27', 'MN', 'shield', (90, 40, 10)), 1.5), fill='7F4F24')
    open27(R, 2024, date27('Moquegua', '2024-09-18', 'final_dot'), 'OFICIO N° 0377-2024-GDS-GM/MPMN', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ), ('Ref.', REQ_A)], order='sameline')
    para(R, 'Según el Informe N° 092-2024-SGFA-GDE/MPMN, la Sub Gerencia de Fiscalización participó en operativos conjuntos con la Policía Nacional y la Fiscalía en bares, discotecas y hospedajes:')
    data = [('II semestre 2022', 2022, [9, 2, 6200.0]), ('I semestre 2023', 2023, [14, 3, 10450.0]), ('II semestre 2023', 2023, [17, 5, 15800.0]),
            ('I semestre 2024', 2024, [12, 2, 8900.0])]
    rows = [[lab, Cn(a, 'operativo', y=y), Cn(b, 'clausura', y=y), Mf(c, y=y)] for lab, y, (a, b, c) in data]
    tab27(R, [['Periodo', 'Operativos conjuntos', 'Clausuras', 'Multas impuestas (S/)']], rows, style='dashed', widths=(4.4, 3.4, 2.4, 3.6), size=9)
    para(R, 'Además, la Gerencia de Desarrollo Social brindó %s charlas de prevención a trabajadores de establecimientos nocturnos.' % Cwf(15, 'charla', fem=True))
    dotted_sign(R, 'Abg. Jimena Paredes Coayla', 'Gerente de Desarrollo Social')


def m042():
    R = new('m042', 'out_of_period', None, ['prosecution'], P27,
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 000511-2024-GAD-CSJPU-PJ', ['Memorando N° 000214-2024-CE-CSJPU-PJ'], '2024-10-03',
            'court oficio; crest letterhead; years 2019-2021 as rows under "Sentencias" merged over two kinds; says the 2022-2024 data are being validated',
            notes='Out of period: sentences of 2019-2021 only; the period data are being validated after the move to the electronic file.', font='Times New Roman', size=10.5)
    crest_caps_header(R, ['Poder Judicial del Perú', 'Corte Superior de Justicia de Puno', 'Gerencia de Administración Distrital'], logo=(logo_png('pj27', 'PJ', 'shield', (100, 20, 20)), 1.3))
    open27(R, 2024, date27('Puno', '2024-10-03', 'dashes'), 'OFICIO N° 000511-2024-GAD-CSJPU-PJ', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Me dirijo a usted para comunicarle que, según el Memorando N° 000214-2024-CE-CSJPU-PJ, la información de los años 2022 a 2024 se encuentra en validación tras la implementación del Expediente Judicial Electrónico. Se remite la información validada disponible:')
    data = [('2019', 2019, [11, 4, 18]), ('2020', 2020, [6, 3, 12]), ('2021', 2021, [13, 5, 21])]
    W = ['sentencia condenatoria', 'sentencia absolutoria', 'expediente ingresado']
    rows = [[lab] + [Cn(c, W[j], y=y) for j, c in enumerate(cells)] for lab, y, cells in data]
    tab27(R, [['Año', 'Sentencias', '', 'Expedientes ingresados'], ['', 'Condenatorias', 'Absolutorias', '']], rows, style='outer',
          merges=((0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)), widths=(2.4, 3.0, 3.0, 4.0), size=9)
    stack_sign(R, 'Mg. Oscar Apaza Yucra', 'Gerente de Administración Distrital', when='03/10/2024 08:55:12')


def m043():
    R = new('m043', 'missing', 'denied_exception', ['prosecution', 'protection'], P27,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes', 'FISTRAP Tumbes', 'autonomous'),
            'OFICIO N° 000193-2024-MP-FN-FPEDTP-TUMBES', ['Solicitud N° 2024-0391'], '2024-09-12',
            'prosecutor oficio; crest letterhead; denies the fiscal files and the victims\' data as reserved',
            notes='Missing, denied_exception: the fiscal files are reserved and the victims\' data are protected personal data.', font='Times New Roman', size=11)
    crest_caps_header(R, ['Ministerio Público – Fiscalía de la Nación', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes'], logo=(logo_png('mpfn27', 'MP', 'circle', (20, 60, 110)), 1.3))
    open27(R, 2024, date27('Tumbes', '2024-09-12', 'weekday'), 'OFICIO N° 000193-2024-MP-FN-FPEDTP-TUMBES', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', 'Improcedencia de entrega de información'), ('Ref.', 'Solicitud N° 2024-0391')], order='sameline')
    para(R, 'Me dirijo a usted con relación a su pedido de copias de las disposiciones fiscales y de la relación de víctimas atendidas entre julio de 2022 y junio de 2024. Al respecto, las investigaciones fiscales tienen carácter reservado conforme al Código Procesal Penal, y los datos de las víctimas constituyen datos personales sensibles, por lo que la información se encuentra exceptuada del acceso público según los artículos 15-B y 17 del TUO de la Ley N° 27806.')
    stack_sign(R, 'Manuel Olaya Rivas', 'Fiscal Provincial Titular', when='12.09.2024 10:10:40 -05:00')


def m044():
    R = new('m044', 'answered', None, ['prosecution', 'prevention'], P27,
            S('Dirección Regional de Trabajo y Promoción del Empleo de Ica', 'DRTPE Ica', 'regional_government'),
            'OFICIO N° 0628-2024-GORE-ICA/DRTPE', ['Informe N° 041-2024-GORE-ICA/DRTPE-DPSC'], '2024-09-30',
            'oficio; split-line letterhead; provinces with inspections, workers found and talks; outer frame; prose with a percent',
            notes='Answered: labour inspections for forced labour in agro-export fields (prosecution) and talks to workers (prevention), July 2022 - June 2024 (no year per figure).', font='Arial', size=10.5)
    split_line_header(R, ['GOBIERNO REGIONAL DE ICA', 'Dirección Regional de Trabajo y Promoción del Empleo'], ['Dirección de Prevención y Solución de Conflictos'], color='2E7D32')
    open27(R, 2024, date27('Ica', '2024-09-30', 'numeric'), 'OFICIO N° 0628-2024-GORE-ICA/DRTPE', ['Señor', 'MARTÍN AGUIRRE LLONTOP'],
           [('Asunto', SUBJ), ('Ref.', REQ_B)], order='sameline')
    para(R, 'Se remite la información del Informe N° 041-2024-GORE-ICA/DRTPE-DPSC sobre acciones contra el trabajo forzoso en el periodo solicitado:')
    data = [('Ica', [46, 1820, 22]), ('Pisco', [31, 1140, 15]), ('Chincha', [38, 1495, 18]), ('Nasca', [14, 430, 7]), ('Palpa', [6, 155, 3])]
    W = ['inspección', 'trabajador verificado', 'charla']
    grid27(R, [['Provincia', 'Inspecciones', 'Trabajadores verificados', 'Charlas a trabajadores']], data, lambda v, j, lab: Cn(v, W[j]),
           style='outer', total='Total', widths=(3.6, 3.0, 4.0, 4.0), size=9)
    para(R, 'En el %s de las inspecciones se detectaron indicios de trabajo forzoso, que fueron comunicados a la SUNAFIL y a la Fiscalía.' % Pnos(8.5, u='text'))
    dotted_sign(R, 'Abg. Luis Hernández Cabrera', 'Director Regional de Trabajo y Promoción del Empleo')


def m045():
    R = new('m045', 'missing', 'no_reply', ['prevention', 'protection'], P27,
            S('Gobierno Regional de Huancavelica', 'GOREHVCA', 'regional_government'),
            'OFICIO N° 0712-2024/GOB.REG.HVCA/GRDS', ['Oficio N° 0598-2024/GOB.REG.HVCA/GRDS', 'Oficio N° 0655-2024/GOB.REG.HVCA/GRDS'], '2024-10-10',
            'oficio; ribbon letterhead; reports that the provincial municipality did not answer the forwarding and the reminder',
            notes='Missing, no_reply: the regional government says the provincial municipality of Tayacaja did not answer its forwarding and its reminder (two cited oficios).', font='Calibri', size=11)
    ribbon_header(R, 'Huancavelica', ['GOBIERNO REGIONAL DE HUANCAVELICA', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('hvca27', 'HV', 'circle', (40, 40, 120)), 1.4), fill='283593')
    open27(R, 2024, date27('Huancavelica', '2024-10-10', 'year_first'), 'OFICIO N° 0712-2024/GOB.REG.HVCA/GRDS', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ)], order='sameline')
    para(R, 'Me dirijo a usted para informarle que su solicitud, referida a las acciones de prevención y atención a víctimas en la provincia de Tayacaja entre julio de 2022 y junio de 2024, fue trasladada a la Municipalidad Provincial de Tayacaja con el Oficio N° 0598-2024/GOB.REG.HVCA/GRDS y reiterada con el Oficio N° 0655-2024/GOB.REG.HVCA/GRDS, sin que a la fecha se haya recibido respuesta.')
    dotted_sign(R, 'Lic. Rubén Quispe Taipe', 'Gerente Regional de Desarrollo Social')
