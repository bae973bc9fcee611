"""blind-v25 letters j046-j060, written for this set from the labeling guide. Every person, number and event is invented."""
from common import *
from lib import logo_png


def j046():
    ref = 'OFICIO N° 000058-2024-SUNAT/300000'
    R = new('j046', 'missing', 'not_competent', ['prosecution'], PER23,
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'), ref,
            ['Solicitud N° 2024-SUNAT-0009142'], '2024-02-07',
            'oficio; shadow-box letterhead; subject as a spaced title; functions in a bulleted list; digital-signature tag; no figures',
            font='Arial', size=10.5,
            notes='The tax and customs authority lists its customs functions and says identifying trafficking victims at border posts is not among them; it forwards nothing: not_competent. The request is about control at border posts in 2023: prosecution.')
    shadow_header(R, ['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Superintendencia Nacional Adjunta de Aduanas'],
                  logo=(logo_png('j046', 'SNT', 'square', (0, 60, 130)), 1.4))
    open25(R, 2024, date25('Callao', '2024-02-07', 'dayabbr'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Referencia:', 'Solicitud N° 2024-SUNAT-0009142')], order='subject_title',
           subject='Respuesta a solicitud de acceso a la información pública')
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere el número de presuntas víctimas '
             'de trata de personas identificadas en los puestos de control aduanero de frontera durante el año 2023.',
             'Al respecto, le informo que, conforme a la Ley General de Aduanas y al Reglamento de Organización y Funciones de la '
             'SUNAT, en materia aduanera corresponde a esta Superintendencia:'])
    bl(R, ['controlar y fiscalizar el ingreso, permanencia, traslado y salida de mercancías, medios de transporte y personas, '
           'únicamente en lo que respecta a sus equipajes y mercancías;',
           'prevenir y reprimir la defraudación de rentas de aduanas y el contrabando; y',
           'administrar los regímenes aduaneros y aplicar las sanciones correspondientes.'])
    body(R, ['La identificación de presuntas víctimas de trata de personas y el control migratorio no forman parte de las funciones '
             'de la SUNAT, por lo que esta entidad no genera ni posee la información solicitada.', 'Atentamente,'])
    tag_sign(R, 'Abog. Gonzalo Reátegui Paz', 'Intendente de Control Aduanero (e)', 'SUNAT', '07/02/2024 13:15:40', fill='003C82')


def j047():
    ref = 'OFICIO N° 0201-2024-GRH/GRDS'
    R = new('j047', 'answered', None, ['governance', 'prevention', 'protection', 'prosecution'], PER23,
            S('Gobierno Regional Huánuco', 'GRH', 'regional_government'), ref,
            ['Expediente N° 1288-2024', 'Ordenanza Regional N° 044-2022-GRH-CR'], '2024-02-29',
            'oficio + annex page; ladder letterhead; number on a dark banner; annex table grouped by axis (shaded group rows merged across the table); title-case count in the text',
            font='Calibri', size=11,
            notes='A multi-axis reply: commission sessions and the regional plan (governance), campaigns and trained teachers (prevention), victims referred to shelters and assisted (protection), joint operations with the police (prosecution), all for 2023. In the annex, the group rows name the axis; row labels are the indicator.')
    ladder_header(R, ['GOBIERNO REGIONAL HUÁNUCO', 'Gerencia Regional de Desarrollo Social', 'Subgerencia de Programas Sociales'],
                  logo=(logo_png('j047', 'GRH', 'shield', (0, 100, 120)), 1.8))
    open25(R, 2024, date25('Huánuco', '2024-02-29', 'del_anio'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('Asunto', 'Información sobre la implementación del Plan Regional contra la Trata de Personas, 2023'),
                 ('Referencia', 'Expediente N° 1288-2024')], order='banner', fill='0F5A64')
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al expediente de la referencia, para informarle que durante el año '
             '2023 el Gobierno Regional Huánuco, a través de la Comisión Regional Multisectorial contra la Trata de Personas creada '
             'por Ordenanza Regional N° 044-2022-GRH-CR, implementó las acciones del Plan Regional en todos sus ejes, alcanzando a '
             '%s personas entre estudiantes, docentes, transportistas y comerciantes.' % Ctitle(5214, 'persona', y=2023),
             'El detalle de los resultados por eje se presenta en el anexo adjunto. Cabe precisar que la casa de acogida regional '
             'para víctimas adultas prevista en el Plan aún no ha sido implementada, por lo que las víctimas fueron derivadas a los '
             'servicios del Ministerio de la Mujer y Poblaciones Vulnerables.', 'Atentamente,'])
    bar_sign(R, 'Lic. Rocío Ambrosio Berrospi', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Huánuco', color='0F5A64')
    R.pagebreak()
    R.p('ANEXO: RESULTADOS DEL PLAN REGIONAL CONTRA LA TRATA DE PERSONAS – AÑO 2023', bold=True, align='c', size=10.5, after=6)
    rows = [['Eje 1: Gobernanza institucional', '', ''],
            ['Sesiones de la Comisión Regional Multisectorial', 'Sesión', Cn(6, 'sesión', y=2023)],
            ['Comisiones provinciales instaladas', 'Comisión', Cn(4, 'comisión', y=2023)],
            ['Eje 2: Prevención y sensibilización', '', ''],
            ['Campañas de sensibilización', 'Campaña', Cn(19, 'campaña', y=2023)],
            ['Docentes capacitados en prevención', 'Docente', Cn(287, 'docente', y=2023)],
            ['Personas sensibilizadas', 'Persona', Cn(5214, 'persona', y=2023)],
            ['Eje 3: Atención, protección y reintegración', '', ''],
            ['Víctimas derivadas a servicios de acogida', 'Víctima', Cn(13, 'víctima', y=2023)],
            ['Víctimas con atención psicológica', 'Víctima', Cn(21, 'víctima', y=2023)],
            ['Eje 4: Fiscalización y persecución del delito', '', ''],
            ['Operativos conjuntos con la PNP y la Fiscalía', 'Operativo', Cn(9, 'operativo', y=2023)],
            ['Locales nocturnos intervenidos', 'Local', Cn(34, 'local', y=2023)]]
    R.table([['Indicador', 'Unidad de medida', 'Resultado 2023']], rows, widths=(9.4, 3.4, 3.0), size=9.5,
            groups=(0, 3, 7, 10), group_fill='D5E8EA')
    R.p('Fuente: Secretaría Técnica de la Comisión Regional Multisectorial contra la Trata de Personas – Huánuco.', size=8, italic=True)


def j048():
    ref = 'OFICIO N° 0092-2024-DP/OD-AYAC'
    R = new('j048', 'missing', 'no_reply', ['prevention', 'protection'], PER23,
            S('Defensoría del Pueblo', 'DP', 'autonomous'), ref,
            ['Queja N° 0041-2024-DP/OD-AYAC', 'Oficio N° 0031-2024-DP/OD-AYAC', 'Oficio N° 0058-2024-DP/OD-AYAC'], '2024-03-12',
            'oficio of an Ombudsman regional office; accent letterhead; addressee and number side by side; registration-number signature; no figures',
            font='Times New Roman', size=11.5,
            notes='The Ayacucho office of the Ombudsman (recorded as the Defensoría del Pueblo) reports that the provincial municipality of La Mar answered neither the request nor its two cited oficios: no_reply. The request was about prevention and care of victims in 2023.')
    accent_header(R, 'Defensoría del Pueblo', 'Oficina Defensorial de Ayacucho', logo=(logo_png('j048', 'DP', 'circle', (120, 20, 60)), 1.7),
                  color='7A1F3D')
    open25(R, 2024, date25('Ayacucho', '2024-03-12', 'weekday_comma'), ref,
           to_lines=['Señor', 'JORGE LUIS APAZA MAMANI', 'Presente.-'],
           rows=[('Asunto:', 'Informa resultado de la intervención defensorial'), ('Referencia:', 'Queja N° 0041-2024-DP/OD-AYAC')],
           order='side')
    body(R, ['Me dirijo a usted en relación con la queja de la referencia, presentada debido a que la Municipalidad Provincial de La '
             'Mar no atendió su solicitud de acceso a la información pública sobre las acciones de prevención de la trata de personas '
             'y de atención a víctimas realizadas durante el año 2023.',
             'Al respecto, le informo que esta Oficina Defensorial requirió a la citada municipalidad la atención de su pedido mediante '
             'el Oficio N° 0031-2024-DP/OD-AYAC y lo reiteró mediante el Oficio N° 0058-2024-DP/OD-AYAC; sin embargo, a la fecha no '
             'se ha recibido respuesta ni se tiene constancia de que la información le haya sido entregada.',
             'En tal sentido, se le recuerda que puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la '
             'Información Pública.', 'Atentamente,'])
    colegiatura_sign(R, 'Abog. Edwin Quispe Janampa', 'Jefe de la Oficina Defensorial de Ayacucho', 'Reg. CAA N° 3562',
                     'Defensoría del Pueblo')


def j049():
    ref = 'CARTA N° 046-2024-MPCH/GDS'
    R = new('j049', 'missing', 'no_information', ['governance', 'prevention'], PER23,
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'), ref,
            ['Expediente N° 04517-2024', 'Informe N° 019-2024-MPCH/GDS-SGPS'], '2024-02-16',
            'letter; letterhead in the footer; head items on ruled form lines; underlined-name signature; no figures',
            font='Liberation Sans', size=11,
            notes='The social development office found no documents on the provincial working group or prevention activities for 2023, by a cited report: no_information.')
    bottom_letterhead(R, 'MUNICIPALIDAD PROVINCIAL DE CHICLAYO',
                      ['Gerencia de Desarrollo Social', 'Calle San José 823, Chiclayo – Lambayeque'],
                      logo=(logo_png('j049', 'MPC', 'shield', (150, 40, 0)), 1.5), color='962800')
    open25(R, 2024, date25('Chiclayo', '2024-02-16', 'spaced_slash'), ref,
           to_lines=['Sr. Álvaro Pineda Ruiz'],
           rows=[('ASUNTO', 'Respuesta a solicitud de información'), ('REF.', 'Expediente N° 04517-2024')], order='formlines')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre el '
             'funcionamiento de la Mesa Provincial contra la Trata de Personas y las actividades de prevención ejecutadas durante el '
             'periodo enero – diciembre de 2023.',
             'Sobre el particular, la Subgerencia de Promoción Social, mediante Informe N° 019-2024-MPCH/GDS-SGPS, comunica que, '
             'revisado su acervo documentario, no se han encontrado actas, planes ni informes de actividades referidos a lo '
             'solicitado para el periodo indicado, por lo que no se cuenta con la información requerida.', 'Atentamente,'])
    underlined_name_sign(R, 'Lic. Pilar Custodio Chapoñán', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Chiclayo')


def j050():
    ref = 'OFICIO N° 087-2024-REGPOL-TUMBES/DIVINCRI-DEPINTRATA'
    R = new('j050', 'out_of_period', None, ['prosecution'], PER23,
            S('Región Policial Tumbes', 'REGPOL Tumbes', 'police'), ref,
            ['Expediente N° 20240011305'], '2024-02-20',
            'police oficio typed in a monospaced face (Courier New); centred page-header letterhead; province table for 2022; "Dios guarde a Ud."; bar signature',
            font='Courier New', size=10,
            notes='The 2023 statistics are pending reconciliation with the prosecution service; only 2022 operations, rescues and arrests are given: out_of_period. They are prosecution.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL TUMBES', 'DIVINCRI – DEPARTAMENTO DE INVESTIGACIÓN CONTRA LA TRATA DE PERSONAS'],
             logo=(logo_png('j050', 'PNP', 'shield', (20, 80, 40)), 1.4), size=8.5)
    lema(R, 2024)
    R.p(date25('Tumbes', '2024-02-20', 'dash_caps'), align='r', after=4)
    R.p(ref, bold=True, after=8, size=9.5)
    kv(R, [('SEÑORA:', 'GIOVANNA RÍOS PAREDES'), ('ASUNTO:', 'Remite información estadística.'),
           ('REF.:', 'Expediente N° 20240011305')], tab=2.6, w2=13.4)
    body(R, ['Tengo el agrado de dirigirme a Ud., en atención al documento de la referencia, por el cual solicita información '
             'estadística sobre las intervenciones realizadas contra la trata de personas en el ámbito de la Región Policial Tumbes '
             'durante el año 2023.',
             'Al respecto, se pone en su conocimiento que la estadística del año 2023 se encuentra pendiente de conciliación con las '
             'carpetas fiscales del Ministerio Público, por lo que se remite la información consolidada del año 2022:'])
    data = [('Tumbes', [14, 23, 9]), ('Zarumilla', [19, 31, 12]), ('Contralmirante Villar', [6, 8, 3])]
    ctab25(R, [['Provincia', 'Operativos', 'Víctimas rescatadas', 'Detenidos']], data, ['operativo', 'víctima', 'detenido'], 2022,
           total='TOTAL 2022', widths=(5.0, 3.0, 4.0, 3.0), size=9, style='vertical_only')
    body(R, ['Dios guarde a Ud.'])
    bar_sign(R, 'Fredy Alberca Rivas', 'Comandante PNP – Jefe del DEPINTRATA Tumbes', 'Policía Nacional del Perú')


def j051():
    ref = 'OFICIO N° D000071-2024-MIMP-UPE-LORETO'
    R = new('j051', 'answered', None, ['protection'], PER23,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), ref,
            ['Expediente N° 2024-0008836'], '2024-02-15',
            'oficio of a child protection unit; shadow-box letterhead; addressee and number side by side; quarter-by-measure table; title-case count and "porciento" in the text',
            font='Arial', size=10.5,
            notes='The Loreto child protection unit (UPE) belongs to the women\'s ministry: recorded as MIMP. Children with trafficking indicators under protection proceedings and the measures taken in 2023 are protection.')
    shadow_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección de Protección Especial',
                      'Unidad de Protección Especial de Loreto'], logo=(logo_png('j051', 'UPE', 'circle', (150, 0, 80)), 1.4))
    open25(R, 2024, date25('Iquitos', '2024-02-15', 'dd_mon_yy'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('Asunto:', 'Niñas, niños y adolescentes con indicadores de trata atendidos en 2023'),
                 ('Referencia:', 'Expediente N° 2024-0008836')], order='side')
    body(R, ['Es grato dirigirme a usted, en atención al expediente de la referencia, para informarle que durante el año 2023 la '
             'Unidad de Protección Especial de Loreto inició procedimientos por riesgo o desprotección familiar a favor de %s niñas, '
             'niños y adolescentes con indicadores de trata de personas, el %s de ellos derivados por la Policía Nacional tras '
             'operativos en Iquitos y en el río Amazonas.' % (Ctitle(58, 'niña, niño o adolescente', y=2023), Pporciento(64, y=2023)),
             'Las medidas de protección dictadas, por trimestre, fueron las siguientes:'])
    data = [('I trimestre', [3, 6, 4]), ('II trimestre', [5, 8, 3]), ('III trimestre', [4, 9, 5]), ('IV trimestre', [2, 6, 3])]
    ctab25(R, [['Trimestre 2023', 'Acogimiento familiar', 'Acogimiento residencial', 'Apoyo a la familia']], data,
           'medida de protección', 2023, total='Total', widths=(4.0, 3.6, 3.8, 3.6), size=9.5, style='stub')
    body(R, ['Atentamente,'])
    tag_sign(R, 'Abog. Katherine Sánchez Arévalo', 'Coordinadora de la Unidad de Protección Especial de Loreto', 'MIMP',
             '15/02/2024 16:22:05', fill='960050')


def j052():
    ref = 'OFICIO N° 0176-2024-GRSM/GRDS'
    R = new('j052', 'answered', None, ['governance', 'prevention', 'protection'], PER23,
            S('Gobierno Regional San Martín', 'GRSM', 'regional_government'), ref,
            ['Expediente N° 001-2024-019734', 'Informe N° 022-2024-GRSM/GRDS-SGDS'], '2024-02-26',
            'oficio; accent letterhead; subject as a spaced title; budget table with "(miles de S/)" in each amount header and a progress column; an amount in "miles de soles" in the text',
            font='Calibri', size=11,
            notes='Budget by line of action for 2023: the regional committee is governance, campaigns are prevention, shelter assistance is protection. The amount headers say "miles de S/": values x1000, unit_source column. "402,7 miles de soles" is 402 700 (executed).')
    accent_header(R, 'Gobierno Regional San Martín', 'Gerencia Regional de Desarrollo Social', ['Subgerencia de Desarrollo Social'],
                  logo=(logo_png('j052', 'GSM', 'shield', (0, 110, 70)), 1.7), color='00704A')
    open25(R, 2024, date25('Moyobamba', '2024-02-26', 'ymd_caps'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Presente.-'],
           rows=[('Referencia:', 'Expediente N° 001-2024-019734')], order='subject_title',
           subject='Ejecución presupuestal 2023 – trata de personas')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para remitirle la información de la ejecución presupuestal '
             'del año 2023 en las actividades regionales frente a la trata de personas, conforme al Informe N° '
             '022-2024-GRSM/GRDS-SGDS. El devengado total ascendió a %s:' % Mmiles(402.7, y=2023, r='e')])
    head = [['Línea de acción', 'PIA (miles de S/)', 'PIM (miles de S/)', 'Devengado (miles de S/)', 'Avance %']]
    data = [('Comité Regional Multisectorial', [25.0, 31.5, 30.2]), ('Campañas en Tarapoto, Moyobamba y Juanjuí', [140.0, 162.8, 158.4]),
            ('Asistencia en el Hogar de Refugio Temporal', [200.0, 221.0, 214.1])]
    btab25(R, head, data, 2023, ['a', 'a', 'e'], lambda v, r: Mf(v, 'us', 1, scale=1000, y=2023, r=r),
           avance=(2, 1, lambda v: Pf(v, 1, suf='', y=2023, u='column')), widths=(5.8, 2.6, 2.6, 2.9, 2.0), size=9.5, ruled='hlines')
    body(R, ['Atentamente,'])
    colegiatura_sign(R, 'CPC. Julio César Arévalo Tuanama', 'Subgerente de Desarrollo Social', 'Mat. CCPSM N° 1542',
                     'Gobierno Regional San Martín')


def j053():
    ref = 'OFICIO N° 0118-2024-ANA-DARH'
    R = new('j053', 'missing', 'off_topic', [], None,
            S('Autoridad Nacional del Agua', 'ANA', 'other'), ref,
            ['Solicitud N° CUT-0024771-2024'], '2024-02-14',
            'oficio; ladder letterhead; number on a dark banner; table of water-use licences by administrative water authority with a percent column',
            font='Arial', size=10.5,
            notes='A reply on water-use licences granted in 2023; nothing about trafficking in persons: off_topic, no axes.')
    ladder_header(R, ['MINISTERIO DE DESARROLLO AGRARIO Y RIEGO', 'Autoridad Nacional del Agua', 'Dirección de Administración de Recursos Hídricos'],
                  logo=(logo_png('j053', 'ANA', 'circle', (0, 90, 160)), 1.8))
    open25(R, 2024, date25('San Isidro', '2024-02-14', 'comma_year'), ref,
           to_lines=['Señor', 'MANUEL ARISTA CHUQUIZUTA', 'Junta de Usuarios del Sector Hidráulico Alto Mayo', 'Presente.-'],
           rows=[('Asunto:', 'Licencias de uso de agua otorgadas en 2023'), ('Referencia:', 'Solicitud N° CUT-0024771-2024')],
           order='banner', fill='005AA0')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle el número de licencias de uso de agua '
             'otorgadas durante el año 2023 por las Autoridades Administrativas del Agua (AAA) del norte y oriente del país:'])
    data = [('AAA Jequetepeque – Zarumilla', [412, 88]), ('AAA Huarmey – Chicama', [368, 71]), ('AAA Marañón', [205, 39]),
            ('AAA Huallaga', [251, 64]), ('AAA Amazonas', [97, 12])]
    rows = []
    for lab, (a, b) in data:
        rows.append([lab, Cn(a, 'licencia', y=2023), Cn(b, 'licencia', y=2023), Pf(round(b / a * 100, 1), 1, suf=' %', y=2023)])
    A, B = sum(x[1][0] for x in data), sum(x[1][1] for x in data)
    rows.append(['Total', Cn(A, 'licencia', y=2023), Cn(B, 'licencia', y=2023), Pf(round(B / A * 100, 1), 1, suf=' %', y=2023)])
    R.table([['Autoridad Administrativa del Agua', 'Licencias otorgadas', 'De uso agrario en bloque', '% en bloque']], rows,
            widths=(6.0, 3.0, 3.4, 2.6), size=9.5, bold_rows=(len(rows) - 1,), ruled='hlines')
    body(R, ['Atentamente,'])
    R.sign('Ing. Walter Huamanchumo Díaz', 'Director de Administración de Recursos Hídricos', 'Autoridad Nacional del Agua')


def j054():
    ref = 'OFICIO N° 038-2024-GDH-MDI'
    R = new('j054', 'out_of_period', None, ['prevention', 'protection'], PER23,
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'), ref,
            ['Solicitud N° 00274-2024-MDI', 'Ordenanza N° 412-MDI'], '2024-02-21',
            'oficio; the letterhead in the footer; addressee and number side by side; figures of a 2019 diagnosis in the running text only',
            font='DejaVu Sans', size=10,
            notes='The office has no systematised reports for 2023 after the change of administration; it sends only figures of a 2019 district diagnosis: out_of_period. Cases identified and referred are protection; the share of residents who know the 1818 line and talks are prevention; all figures are 2019.')
    bottom_letterhead(R, 'MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA',
                      ['Gerencia de Desarrollo Humano', 'Av. Túpac Amaru Km 4.5, Independencia – Lima'],
                      logo=(logo_png('j054', 'MDI', 'circle', (200, 90, 0)), 1.5), color='C85A00')
    open25(R, 2024, date25('Independencia', '2024-02-21', 'del_anio'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto:', 'Atención a solicitud de información'), ('Referencia:', 'Solicitud N° 00274-2024-MDI')], order='side', size=10)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las acciones '
             'de prevención de la trata de personas y de atención a víctimas desarrolladas en el distrito durante el año 2023.',
             'Al respecto, debo manifestarle que, como consecuencia del cambio de gestión municipal, la Gerencia de Desarrollo Humano '
             'no cuenta con reportes sistematizados de las actividades del año 2023. La única información disponible sobre la materia '
             'es el Diagnóstico Distrital sobre Violencia y Trata de Personas elaborado en el año 2019, aprobado mediante Ordenanza N° '
             '412-MDI, cuyos principales resultados son los siguientes:',
             '– En 2019 la DEMUNA identificó %s casos de adolescentes en presunta situación de trata, de los cuales %s fueron '
             'derivados a la Unidad de Protección Especial.' % (Cn(14, 'caso', y=2019), Cn(9, 'caso', y=2019)),
             '– Solo el %s de los vecinos encuestados conocía la Línea 1818 para denunciar casos de trata.' % Pf(23.0, 0, suf=' %', y=2019),
             '– Se realizaron %s charlas informativas en los mercados del distrito, con %s asistentes.'
             % (Cn(12, 'charla', y=2019), Cn(640, 'asistente', y=2019)),
             'Atentamente,'], size=10)
    underlined_name_sign(R, 'Lic. Óscar Mendoza Falcón', 'Gerente de Desarrollo Humano', 'Municipalidad Distrital de Independencia')


def j055():
    ref = 'INFORME N° 0033-2024-GRA/DRA-DPA'
    R = new('j055', 'missing', 'off_topic', [], None,
            S('Dirección Regional Agraria Amazonas', 'DRA Amazonas', 'regional_government'), ref,
            ['Memorando N° 0061-2024-GRA/DRA'], '2024-02-13',
            'internal report (A/DE/ASUNTO/FECHA head on ruled form lines); accent letterhead; budget table with the unit only in the caption "(en soles)"',
            font='Calibri', size=11,
            notes='An internal report of the regional agrarian directorate on the 2023 coffee renovation project; nothing about trafficking in persons: off_topic, no axes. The caption states the unit (soles): unit_source caption.')
    accent_header(R, 'Gobierno Regional Amazonas', 'Dirección Regional Agraria Amazonas', ['Dirección de Promoción Agraria'],
                  logo=(logo_png('j055', 'DRA', 'shield', (60, 110, 20)), 1.6), color='3C6E14')
    lema(R, 2024)
    R.p(ref, bold=True, align='c', size=12, after=6)
    ruled_head(R, [('A', 'Ing. Roger Culqui Tuesta – Director Regional Agrario'),
                   ('DE', 'Ing. Elmer Chuquizuta Vargas – Director de Promoción Agraria'),
                   ('ASUNTO', 'Informe de ejecución del proyecto de renovación de cafetales, 2023'),
                   ('REF.', 'Memorando N° 0061-2024-GRA/DRA'), ('FECHA', date25('Chachapoyas', '2024-02-13', 'dayabbr'))])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informar sobre la ejecución del proyecto "Renovación '
             'de cafetales afectados por la roya amarilla en las provincias de Rodríguez de Mendoza y Utcubamba" durante el año 2023.',
             'En el periodo se entregaron %s plantones de café de variedades resistentes a %s productores, y se brindó asistencia '
             'técnica en %s parcelas demostrativas.' % (Cn(486000, 'plantón', 'sp', y=2023), Cn(1215, 'productor', y=2023),
                                                       Cn(84, 'parcela demostrativa', y=2023))])
    head = [['Componente', 'PIA', 'PIM', 'Devengado']]
    data = [('Producción y entrega de plantones', [520000.0, 548300.0, 541276.9]), ('Asistencia técnica', [180000.0, 192500.0, 183900.4]),
            ('Abonamiento y fertilización', [240000.0, 231000.0, 229870.0])]
    btab25(R, head, data, 2023, ['a', 'a', 'e'], lambda v, r: Mf(v, 'us', 2, y=2023, r=r, u='caption'),
           caption='Ejecución presupuestal del proyecto, año 2023 (en soles)', widths=(6.4, 3.0, 3.0, 3.0), size=9.5, style='stub')
    body(R, ['Es todo cuanto informo a usted.'])
    bar_sign(R, 'Ing. Elmer Chuquizuta Vargas', 'Director de Promoción Agraria', 'Dirección Regional Agraria Amazonas', color='3C6E14')


def j056():
    ref = 'OFICIO N° 0071-2024-SG/MDC'
    R = new('j056', 'missing', 'not_competent_referred', ['prosecution'], PER23,
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'), ref,
            ['Solicitud N° 00988-2024', 'Oficio N° 0069-2024-SG/MDC', 'Oficio N° 0070-2024-SG/MDC'], '2024-02-05',
            'oficio; shadow-box letterhead; number on a dark banner; digital-signature tag; no figures',
            font='Arial', size=10.5,
            notes='The municipality says complaints and investigations of trafficking are not within its competence and forwarded the request to the police region of Lima and to the prosecution service by two cited oficios: not_competent_referred. The request is about complaints in 2023: prosecution.')
    shadow_header(R, ['MUNICIPALIDAD DISTRITAL DE COMAS', 'Secretaría General'], logo=(logo_png('j056', 'MDC', 'shield', (0, 80, 160)), 1.4))
    open25(R, 2024, date25('Comas', '2024-02-05', 'weekday_comma'), ref,
           to_lines=['Señor', 'JORGE LUIS APAZA MAMANI', 'Presente.-'],
           rows=[('Asunto:', 'Traslado de solicitud de acceso a la información pública'), ('Referencia:', 'Solicitud N° 00988-2024')],
           order='banner', fill='00509F')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere el número de denuncias por el '
             'delito de trata de personas presentadas en el distrito de Comas durante el año 2023 y el estado de las investigaciones.',
             'Al respecto, le comunico que la recepción de denuncias y la investigación de delitos no son competencia de los gobiernos '
             'locales, sino de la Policía Nacional del Perú y del Ministerio Público. En tal sentido, conforme al artículo 15-A del '
             'Reglamento de la Ley N° 27806, se ha trasladado su solicitud a la Región Policial Lima mediante Oficio N° '
             '0069-2024-SG/MDC y a la Presidencia de la Junta de Fiscales Superiores de Lima Norte mediante Oficio N° '
             '0070-2024-SG/MDC.', 'Atentamente,'])
    tag_sign(R, 'Abog. Patricia Villar Espinoza', 'Secretaria General', 'Municipalidad Distrital de Comas', '05/02/2024 12:48:17', fill='00509F')


def j057():
    ref = 'OFICIO N° 000129-2024-DV-DATE'
    R = new('j057', 'out_of_period', None, ['prevention'], PER23,
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'), ref,
            ['Solicitud N° 0000417-2024-DV', 'Contrato N° 018-2023-DV-OGA'], '2024-02-27',
            'oficio; ladder letterhead; subject as a spaced title; years as rows (2021, 2022) under a two-level header; "porciento" written as one word',
            font='Liberation Serif', size=11.5,
            notes='The 2023 evaluation of the prevention programme in the VRAEM awaits the consultant\'s final report under a cited contract; only 2021 and 2022 figures are given: out_of_period. Community talks, trained leaders and families reached are prevention.')
    ladder_header(R, ['PRESIDENCIA DEL CONSEJO DE MINISTROS', 'Comisión Nacional para el Desarrollo y Vida sin Drogas – DEVIDA',
                      'Dirección de Articulación Territorial'], logo=(logo_png('j057', 'DV', 'circle', (0, 110, 90)), 1.8))
    open25(R, 2024, date25('Lima', '2024-02-27', 'spaced_slash'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('Referencia:', 'Solicitud N° 0000417-2024-DV')], order='subject_title',
           subject='Prevención de la trata de personas en el VRAEM')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere los resultados de las '
             'acciones de prevención de la trata de personas ejecutadas por DEVIDA en el Valle de los Ríos Apurímac, Ene y Mantaro '
             '(VRAEM) durante el año 2023.',
             'Al respecto, le informo que la evaluación de resultados del año 2023 se encuentra a cargo de una consultoría externa, '
             'contratada mediante Contrato N° 018-2023-DV-OGA, cuyo informe final aún no ha sido presentado. Por ello, se remiten '
             'los resultados de los años 2021 y 2022:'])
    head = [['Año', 'Charlas comunitarias', '', 'Familias alcanzadas'], ['', 'Realizadas', 'Líderes capacitados', '']]
    merges = [(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)]
    data = [(2021, [48, 112, 1260]), (2022, [73, 164, 1985])]
    rows = [[str(y), Cn(a, 'charla', y=y), Cn(b, 'líder', y=y), Cn(c, 'familia', y=y)] for y, (a, b, c) in data]
    t = R.table(head, rows, merges=merges, colnames=hnames(head, merges), widths=(2.4, 3.4, 3.6, 3.6), size=10, ruled='none')
    vertical_only(t, 2)
    body(R, ['En 2022, el %s de las familias alcanzadas residía en comunidades nativas asháninkas y machiguengas del distrito de '
             'Pichari.' % Pporciento(41, y=2022), 'Atentamente,'])
    colegiatura_sign(R, 'Mg. Ángel Rodríguez Cahuana', 'Director de Articulación Territorial', 'C.Ps.P. N° 18452', 'DEVIDA')


def j058():
    ref = 'INFORME N° 0058-2024-MPC/GDE-SGLC'
    R = new('j058', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Cajamarca', 'MPC', 'provincial_municipality'), ref,
            ['Memorando N° 0044-2024-MPC/GDE'], '2024-02-08',
            'internal report (ruled head lines); letterhead in the footer; table of operating licences by type of business with a percent column; fees in the text',
            font='Times New Roman', size=11.5,
            notes='An internal report on the operating licences issued in 2023 by type of business and the fees collected; nothing about trafficking in persons: off_topic, no axes. Fees carry no budget role.')
    bottom_letterhead(R, 'MUNICIPALIDAD PROVINCIAL DE CAJAMARCA',
                      ['Gerencia de Desarrollo Económico – Subgerencia de Licencias y Comercialización', 'Jr. Cruz de Piedra 613, Cajamarca'],
                      logo=(logo_png('j058', 'MPC', 'shield', (120, 30, 30)), 1.5), color='781E1E')
    lema(R, 2024)
    R.p(ref, bold=True, align='c', size=12, after=6)
    ruled_head(R, [('A', 'Econ. Luis Alfaro Cueva – Gerente de Desarrollo Económico'),
                   ('DE', 'Abog. Milagros Chilón Sánchez – Subgerente de Licencias y Comercialización'),
                   ('ASUNTO', 'Licencias de funcionamiento emitidas en el año 2023'),
                   ('REF.', 'Memorando N° 0044-2024-MPC/GDE'), ('FECHA', date25('Cajamarca', '2024-02-08', 'dd_mon_yy'))], tab=2.6)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informar sobre las licencias de funcionamiento '
             'emitidas por esta Subgerencia durante el año 2023, según giro del establecimiento:'])
    data = [('Bodegas y minimarkets', 412), ('Restaurantes y cafeterías', 236), ('Hospedajes', 58), ('Farmacias y boticas', 41),
            ('Talleres y servicios', 129), ('Otros giros', 97)]
    T = sum(n for _, n in data)
    rows = [[lab, Cn(n, 'licencia', y=2023), Pf(round(n / T * 100, 1), 1, 'eu', suf=' %', y=2023)] for lab, n in data]
    rows.append(['Total', Cn(T, 'licencia', y=2023), Pf(100.0, 1, 'eu', suf=' %', y=2023)])
    t = R.table([['Giro', 'Licencias emitidas', 'Porcentaje']], rows, widths=(7.0, 3.4, 3.0), size=10, bold_rows=(len(rows) - 1,), ruled='none')
    total_double(t)
    body(R, ['Por derecho de trámite de dichas licencias se recaudó %s en el ejercicio 2023.' % Mredund(198430.50, y=2023),
             'Es todo cuanto informo.'])
    underlined_name_sign(R, 'Abog. Milagros Chilón Sánchez', 'Subgerente de Licencias y Comercialización', 'Municipalidad Provincial de Cajamarca')


def j059():
    ref = 'OFICIO N° 000211-2024-GRC/GGR-OTAIP'
    R = new('j059', 'missing', 'clarification', [], PER23,
            S('Gobierno Regional del Callao', 'GRC', 'regional_government'), ref,
            ['Solicitud N° 2024-0000566-GRC'], '2024-01-29',
            'oficio; accent letterhead; number on a dark banner; questions numbered (1) to (3); bar signature; no figures',
            font='Arial', size=10.5,
            notes='The regional government asks the requester to say which component of the policy, which office and which format she wants for 2023, within two working days: clarification. No axis is named.')
    accent_header(R, 'Gobierno Regional del Callao', 'Gerencia General Regional', ['Oficina de Transparencia y Acceso a la Información Pública'],
                  logo=(logo_png('j059', 'GRC', 'shield', (0, 60, 140)), 1.7), color='003C8C')
    open25(R, 2024, date25('Callao', '2024-01-29', 'comma_year'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto:', 'Requerimiento de precisión'), ('Referencia:', 'Solicitud N° 2024-0000566-GRC')], order='banner', fill='003C8C')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere "información sobre la '
             'implementación de la política contra la trata de personas en el Callao durante el año 2023".',
             'Con el fin de atender adecuadamente su pedido, se le solicita precisar:'])
    for t in ['(1) si la información requerida se refiere al Comité Regional contra la Trata de Personas, al presupuesto, a las '
              'actividades ejecutadas o a otro aspecto;',
              '(2) la unidad orgánica de la que requiere la información; y',
              '(3) el formato en que desea recibirla (copia simple, archivo digital u otro).']:
        R.p(t, indent=0.8, after=2, align='j')
    body(R, ['La precisión deberá presentarse en el plazo de dos días hábiles; de no hacerlo, se procederá al archivo de la solicitud.',
             'Atentamente,'])
    bar_sign(R, 'Abog. Kevin Zavala Ormeño', 'Responsable de Acceso a la Información Pública', 'Gobierno Regional del Callao', color='003C8C')


def j060():
    ref = 'CARTA N° 018-2024-MDP/GDS'
    R = new('j060', 'missing', 'no_information', ['governance', 'prevention'], PER23,
            S('Municipalidad Distrital de Punchana', 'MDP', 'district_municipality'), ref,
            ['Expediente N° 01174-2024', 'Informe N° 007-2024-MDP/GDS-SGPS'], '2024-02-19',
            'letter; shadow-box letterhead; addressee and number side by side; rule-and-name signature; no figures',
            font='Calibri', size=11,
            notes='No records of the district working group or of prevention activities for 2023 were found, by a cited report: no_information.')
    shadow_header(R, ['MUNICIPALIDAD DISTRITAL DE PUNCHANA', 'Gerencia de Desarrollo Social'],
                  logo=(logo_png('j060', 'MDP', 'circle', (0, 100, 60)), 1.4))
    open25(R, 2024, date25('Punchana', '2024-02-19', 'dash_caps'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Presente.-'],
           rows=[('Asunto:', 'Respuesta a solicitud de información'), ('Referencia:', 'Expediente N° 01174-2024')], order='side')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre la conformación '
             'y funcionamiento de la mesa distrital contra la trata de personas y las actividades de prevención realizadas en el '
             'distrito durante el año 2023.',
             'Al respecto, la Subgerencia de Programas Sociales, mediante Informe N° 007-2024-MDP/GDS-SGPS, señala que en sus archivos '
             'no obran documentos referidos a la mesa distrital ni a actividades de prevención de la trata correspondientes al '
             'periodo solicitado.', 'Atentamente,'])
    R.sign('Lic. Jorge Tapullima Icahuate', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Punchana')
