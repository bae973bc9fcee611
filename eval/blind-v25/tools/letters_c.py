"""blind-v25 letters j031-j045, written for this set from the labeling guide. Every person, number and event is invented."""
from common import *
from lib import logo_png


def j031():
    ref = 'OFICIO N° 0211-2024/GRP-420000'
    R = new('j031', 'answered', None, ['governance', 'prevention', 'protection'], PER23,
            S('Gobierno Regional Piura', 'GRP', 'regional_government'), ref,
            ['Expediente N° 02733-2024', 'Informe N° 014-2024/GRP-420000-420300'], '2024-02-22',
            'oficio; ladder letterhead; addressee and number side by side; budget table with the sign "S/" in every amount cell and a shaded stub',
            font='Calibri', size=11,
            notes='Budget by line of action for 2023: the network is governance, campaigns and teacher training are prevention, support to the temporary shelter is protection. Every amount cell carries "S/" (unit_source cell); roles from the column (PIA, PIM allocated; Certificación committed; Devengado executed).')
    ladder_header(R, ['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Desarrollo Social', 'Subgerencia Regional de Desarrollo Humano'],
                  logo=(logo_png('j031', 'GRP', 'shield', (20, 90, 150)), 1.8))
    open25(R, 2024, date25('Piura', '2024-02-22', 'spaced_slash'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto:', 'Presupuesto y ejecución de acciones contra la trata de personas, 2023'),
                 ('Referencia:', 'Expediente N° 02733-2024')], order='side')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle la información '
             'presupuestal del ejercicio 2023 correspondiente a las acciones del Plan Regional de Acción contra la Trata de '
             'Personas, según el Informe N° 014-2024/GRP-420000-420300 de la Subgerencia Regional de Desarrollo Humano:'])
    head = [['Línea de acción', 'PIA', 'PIM', 'Certificación', 'Devengado']]
    data = [('Funcionamiento de la Red Regional contra la Trata', [30000.0, 35500.0, 34800.0, 34120.5]),
            ('Campañas comunicacionales de prevención', [85000.0, 92400.0, 90150.0, 88763.2]),
            ('Capacitación a docentes y tutores', [40000.0, 38000.0, 36420.0, 36420.0]),
            ('Apoyo al Hogar de Refugio Temporal de Piura', [120000.0, 126000.0, 124300.0, 119875.4])]
    btab25(R, head, data, 2023, ['a', 'a', 'c', 'e'], lambda v, r: Mcell(v, 'S/ ', 'spd', 2, y=2023, r=r),
           style='stub', widths=(5.4, 2.7, 2.7, 2.7, 2.7), size=9)
    body(R, ['Durante el año 2023 la Red Regional sesionó en %s oportunidades y se capacitó a %s docentes y tutores de las UGEL de '
             'Piura, Sullana, Paita y Talara.' % (Cn(5, 'sesión', y=2023), Cn(318, 'docente', y=2023)),
             'Atentamente,'])
    R.sign('Abog. Jessica Ruiz Seminario', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Piura')


def j032():
    ref = 'OFICIO N° 0177-2024-GRLL-GGR/GRS-HRDT-DE'
    R = new('j032', 'missing', 'no_information', ['protection'], PER23,
            S('Hospital Regional Docente de Trujillo', 'HRDT', 'regional_government'), ref,
            ['Expediente N° 0950-2024-HRDT', 'Informe N° 031-2024-HRDT-OEI'], '2024-02-14',
            'oficio of a regional hospital; accent letterhead; head items on ruled form lines; registration-number signature; no figures',
            font='Arial', size=10.5,
            notes='The hospital\'s statistics office says its records (HIS, emergency) do not identify trafficking victims, so it has no information for 2023: no_information. The regional hospital is an executing unit of the regional government.')
    accent_header(R, 'Gobierno Regional La Libertad – Gerencia Regional de Salud', 'Hospital Regional Docente de Trujillo',
                  ['Dirección Ejecutiva'], logo=(logo_png('j032', 'HRD', 'circle', (0, 90, 150)), 1.7), color='005A96')
    open25(R, 2024, date25('Trujillo', '2024-02-14', 'dd_mon_yy'), ref,
           to_lines=['Sra. Carmen Rosa Villanueva Tello'],
           rows=[('ASUNTO', 'Respuesta a solicitud de información'), ('REF.', 'Expediente N° 0950-2024-HRDT')], order='formlines')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita el número de víctimas de trata de '
             'personas atendidas en este hospital durante el periodo enero – diciembre de 2023, desagregado por sexo, edad y tipo de '
             'atención.',
             'Al respecto, la Oficina de Estadística e Informática, mediante Informe N° 031-2024-HRDT-OEI, señala que los sistemas de '
             'registro de la institución (HIS MINSA y registro de emergencias) codifican las atenciones según la Clasificación '
             'Internacional de Enfermedades y no permiten identificar la condición de víctima de trata de personas, por lo que no '
             'se cuenta con la información solicitada en los términos requeridos.', 'Atentamente,'])
    colegiatura_sign(R, 'M.C. Óscar Valderrama Ríos', 'Director Ejecutivo', 'CMP N° 27410', 'Hospital Regional Docente de Trujillo')


def j033():
    ref = 'OFICIO N° 000241-2024-P-CSJPU-PJ'
    R = new('j033', 'answered', None, ['prosecution'], PER23,
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'), ref,
            ['Solicitud N° 0073-2024-CSJPU', 'Informe N° 009-2024-CE-CSJPU-PJ'], '2024-02-28',
            'oficio of a court; shadow-box letterhead; number on a dark banner; court table with sentences by type; bar signature',
            font='Times New Roman', size=11,
            notes='Cases entered and sentences of 2023 are prosecution. A statement that two courts issued no acquittals is part of the figures of the table (zeros printed).')
    shadow_header(R, ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Presidencia'],
                  logo=(logo_png('j033', 'PJ', 'shield', (120, 20, 20)), 1.3))
    open25(R, 2024, date25('Puno', '2024-02-28', 'del_anio'), ref,
           to_lines=['Señor', 'JORGE LUIS APAZA MAMANI', 'Presente.-'],
           rows=[('ASUNTO:', 'Remite información estadística sobre procesos por trata de personas'),
                 ('REF.:', 'Solicitud N° 0073-2024-CSJPU')], order='banner', fill='6B0F0F')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para remitirle la información '
             'proporcionada por la Coordinación de Estadística (Informe N° 009-2024-CE-CSJPU-PJ) sobre los procesos por el delito de '
             'trata de personas en los órganos jurisdiccionales del Distrito Judicial de Puno durante el año 2023:'])
    data = [('Juzgado Penal Colegiado de San Román', [14, 6, 2, 3]), ('Juzgado Penal Colegiado de Puno', [9, 4, 1, 2]),
            ('Juzgado Penal Unipersonal de Sandia', [5, 2, 0, 1]), ('Juzgado Penal Unipersonal de Azángaro', [4, 1, 0, 1]),
            ('Juzgado de Investigación Preparatoria de Putina', [7, 2, 1, 2])]
    head = [['Órgano jurisdiccional', 'Procesos ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias',
             'Terminación anticipada']]
    ctab25(R, head, data, ['proceso', 'sentencia', 'sentencia', 'terminación anticipada'], 2023, total='Total',
           widths=(5.8, 2.4, 2.6, 2.6, 2.6), size=9.5, style='stub_vertical')
    body(R, ['De las sentencias emitidas en el año 2023, el %s fueron condenatorias. No se registraron sentencias absolutorias en '
             'los juzgados de Sandia y Azángaro.' % Pf(78.9, 1, 'eu', suf=' %', y=2023), 'Atentamente,'])
    bar_sign(R, 'Dr. Hernán Ticona Apaza', 'Juez Superior – Presidente', 'Corte Superior de Justicia de Puno', color='6B0F0F')


def j034():
    ref = 'OFICIO N° 0188-2024-GRJ/GRDS'
    R = new('j034', 'missing', 'no_reply', ['prevention'], PER23,
            S('Gobierno Regional Junín', 'GRJ', 'regional_government'), ref,
            ['Solicitud N° 0062-2024-GRJ', 'Oficio N° 0045-2024-GRJ/GRDS', 'Oficio N° 0102-2024-GRJ/GRDS'], '2024-02-27',
            'oficio; letterhead in the footer; addressee and number side by side; digital-signature tag; no figures',
            font='Calibri', size=11,
            notes='The regional government forwarded the request to the provincial municipality of Satipo and reminded it (two cited oficios); it reports that the municipality has not answered: no_reply. The request is about prevention in Satipo in 2023.')
    bottom_letterhead(R, 'GOBIERNO REGIONAL JUNÍN',
                      ['Gerencia Regional de Desarrollo Social', 'Jr. Loreto 363, Huancayo – Junín'],
                      logo=(logo_png('j034', 'GRJ', 'shield', (0, 100, 60)), 1.5), color='00643C')
    open25(R, 2024, date25('Huancayo', '2024-02-27', 'dash_caps'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto:', 'Informa sobre el estado de su solicitud'), ('Referencia:', 'Solicitud N° 0062-2024-GRJ')], order='side')
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, mediante la cual requiere información sobre las acciones '
             'de prevención de la trata de personas realizadas en la provincia de Satipo durante el año 2023.',
             'Al respecto, le comunico que, por tratarse de información a cargo del gobierno local, esta Gerencia trasladó su pedido a '
             'la Municipalidad Provincial de Satipo mediante Oficio N° 0045-2024-GRJ/GRDS, y lo reiteró con Oficio N° '
             '0102-2024-GRJ/GRDS. Sin embargo, a la fecha dicha municipalidad no ha remitido respuesta alguna.',
             'En tal sentido, se le sugiere dirigir su solicitud directamente a la citada municipalidad.', 'Atentamente,'])
    tag_sign(R, 'Lic. Carlos Huamán Rojas', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Junín',
             '27/02/2024 08:57:12', fill='00643C')


def j035():
    ref = 'OFICIO N° 019-2024-MDD/GDS'
    R = new('j035', 'answered', None, ['prevention', 'protection'], PER23,
            S('Municipalidad Distrital de Desaguadero', 'MDD', 'district_municipality'), ref,
            ['Expediente N° 0133-2024'], '2024-02-12',
            'oficio; ladder letterhead; subject as a spaced title; quarter table; half dozens and a title-case count in the text; amount with the sign and the word "soles"',
            font='Liberation Sans', size=11,
            notes='Fairs, talks and people counselled at the border bridge in 2023 are prevention; children travelling without documents referred to the protection unit are protection. "media docena" is 6 and "docena y media" is 18.')
    ladder_header(R, ['MUNICIPALIDAD DISTRITAL DE DESAGUADERO', 'Provincia de Chucuito – Puno', 'Gerencia de Desarrollo Social'],
                  logo=(logo_png('j035', 'MDD', 'circle', (140, 60, 0)), 1.6))
    open25(R, 2024, date25('Desaguadero', '2024-02-12', 'dayabbr'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Presente.-'],
           rows=[('Referencia:', 'Expediente N° 0133-2024')], order='subject_title',
           subject='Acciones de prevención de la trata en la frontera – 2023')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, para informarle que durante el año 2023 '
             'esta Gerencia, en coordinación con la DEMUNA y la Comisaría de Desaguadero, desarrolló %s de ferias informativas y '
             '%s de charlas en instituciones educativas del distrito. Asimismo, se instaló un módulo de orientación en el puente '
             'binacional, cuyos resultados trimestrales se muestran a continuación:' % (Cmedia(6, 'feria', y=2023), Cmedia(18, 'charla', y=2023))])
    data = [('I trimestre', [610, 3]), ('II trimestre', [845, 5]), ('III trimestre', [1120, 6]), ('IV trimestre', [935, 4])]
    ctab25(R, [['Periodo 2023', 'Personas orientadas en el puente', 'Menores sin documentos derivados a la UPE']], data,
           ['persona', 'menor de edad'], 2023, total='Total 2023', widths=(3.6, 5.0, 5.6), size=9.5, style='vertical_only')
    body(R, ['En total se orientó a %s personas. El costo de las ferias y del módulo ascendió a %s, financiados con recursos '
             'directamente recaudados.' % (Ctitle(3510, 'persona', y=2023), Mredund(9870.00, y=2023, r='e')), 'Atentamente,'])
    underlined_name_sign(R, 'Prof. Eliana Mamani Ticona', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Desaguadero')


def j036():
    ref = 'OFICIO N° 000064-2024-SUNAFIL/INSSI'
    R = new('j036', 'out_of_period', None, ['prosecution'], PER23,
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'), ref,
            ['Solicitud N° 2024-0000871-SUNAFIL', 'Memorando N° 000117-2024-SUNAFIL/OGTIC'], '2024-02-19',
            'oficio; accent letterhead; number on a dark banner; two-year table (2021, 2022) under a merged header with a percent column per year',
            font='Arial', size=10.5,
            notes='The 2023 inspection data are being validated after a system migration (cited memorandum); only 2021 and 2022 figures are given: out_of_period. Labour inspections for forced labour are prosecution.')
    accent_header(R, 'Superintendencia Nacional de Fiscalización Laboral', 'Intendencia Nacional de Supervisión del Sistema Inspectivo',
                  logo=(logo_png('j036', 'SNF', 'square', (0, 80, 140)), 1.7), color='00508C')
    open25(R, 2024, date25('Jesús María', '2024-02-19', 'ymd_caps'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('Asunto', 'Atención de solicitud de acceso a la información pública'),
                 ('Referencia', 'Solicitud N° 2024-0000871-SUNAFIL')], order='banner', fill='00508C')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, por la cual requiere el número de órdenes de inspección '
             'por trabajo forzoso y trata con fines de explotación laboral generadas durante el año 2023.',
             'Al respecto, la Oficina General de Tecnologías de la Información y Comunicaciones, mediante Memorando N° '
             '000117-2024-SUNAFIL/OGTIC, informa que la información del año 2023 se encuentra en proceso de validación, como '
             'consecuencia de la migración del Sistema Informático de Inspección del Trabajo. En tanto concluya dicho proceso, se '
             'remite la información de los años 2021 y 2022:'])
    head = [['Intendencia Regional', '2021', '', '2022', ''],
            ['', 'Órdenes de inspección', '% con infracción', 'Órdenes de inspección', '% con infracción']]
    merges = [(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)]
    data = [('Lima Metropolitana', 21, 38.1, 26, 42.3), ('Cusco', 9, 33.3, 12, 41.7), ('Madre de Dios', 14, 57.1, 17, 52.9),
            ('Loreto', 6, 33.3, 8, 37.5), ('Puno', 7, 42.9, 10, 50.0), ('Arequipa', 5, 20.0, 6, 33.3)]
    rows = [[lab, Cn(a, 'orden de inspección', y=2021), Pf(pa, 1, suf='', y=2021), Cn(b, 'orden de inspección', y=2022),
             Pf(pb, 1, suf='', y=2022)] for lab, a, pa, b, pb in data]
    rows.append(['Total', Cn(sum(x[1] for x in data), 'orden de inspección', y=2021), '–',
                 Cn(sum(x[3] for x in data), 'orden de inspección', y=2022), '–'])
    t = R.table(head, rows, merges=merges, colnames=hnames(head, merges), widths=(4.6, 2.8, 2.5, 2.8, 2.5), size=9.5,
                bold_rows=(len(rows) - 1,))
    body(R, ['Atentamente,'])
    tag_sign(R, 'Abog. Patricia Chumpitaz Neyra', 'Intendenta Nacional de Supervisión del Sistema Inspectivo', 'SUNAFIL',
             '19/02/2024 14:40:09', fill='00508C')


def j037():
    ref = 'OFICIO N° 0598-2024-MTC/18'
    R = new('j037', 'answered', None, ['prevention'], PER23,
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'), ref,
            ['Hoja de Ruta N° E-041278-2024', 'Informe N° 0092-2024-MTC/18.01'], '2024-03-04',
            'oficio; shadow-box letterhead; head items on ruled form lines; region table (drivers trained, terminals); "porciento" written as one word',
            font='Calibri', size=11,
            notes='Training of bus drivers and terminal staff to detect and prevent trafficking in 2023 is prevention. "62 porciento" is one percent.')
    shadow_header(R, ['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Autorizaciones en Transporte'],
                  logo=(logo_png('j037', 'MTC', 'square', (150, 20, 20)), 1.4))
    open25(R, 2024, date25('Lima', '2024-03-04', 'comma_year'), ref,
           to_lines=['Sr. Jorge Luis Apaza Mamani'],
           rows=[('ASUNTO', 'Capacitación a conductores y personal de terminales – 2023'),
                 ('REF.', 'Hoja de Ruta N° E-041278-2024')], order='formlines')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle la información del '
             'Informe N° 0092-2024-MTC/18.01 sobre las capacitaciones en prevención de la trata de personas dirigidas a conductores '
             'del servicio de transporte interprovincial de personas y al personal de terminales terrestres, realizadas durante el '
             'año 2023:'])
    data = [('Lima y Callao', [1240, 14]), ('Arequipa', [385, 5]), ('Cusco', [412, 6]), ('Puno', [298, 4]),
            ('Madre de Dios', [176, 3]), ('Tumbes', [205, 3]), ('Piura', [331, 4])]
    ctab25(R, [['Región', 'Conductores capacitados', 'Terminales intervenidos']], data, ['conductor', 'terminal terrestre'], 2023,
           total='Total', widths=(5.0, 3.8, 3.8), size=9.5, style='double')
    body(R, ['El %s de las empresas de transporte interprovincial con autorización vigente participó en al menos una de las '
             'capacitaciones, y en todas las sesiones se difundió la Línea 1818 para denuncias.' % Pporciento(62, y=2023),
             'Atentamente,'])
    bar_sign(R, 'Ing. Ricardo Vílchez Campos', 'Director General de Autorizaciones en Transporte',
             'Ministerio de Transportes y Comunicaciones', color='951414')


def j038():
    ref = 'OFICIO N° 000318-2024/IN/OGPP'
    R = new('j038', 'answered', None, ['governance', 'prevention', 'protection', 'prosecution'], PER23,
            S('Ministerio del Interior', 'MININTER', 'ministry'), ref,
            ['Oficio N° 0411-2024-EF/45.03', 'Informe N° 000046-2024/IN/OGPP/OP'], '2024-03-01',
            'oficio + landscape annex; ladder letterhead; addressee and number side by side; budget table with the unit "(S/)" in every amount header, accounting rules (double line under the total); an amount in millions with a decimal point in the text',
            font='Arial', size=10.5,
            notes='The interior ministry answers the request forwarded by the economy ministry (cited oficio). Budget by axis of the national policy for 2023: each line funds its axis (commission secretariat: governance; campaigns and hotline 1818: prevention; victim and witness protection: protection; police operations and investigator training: prosecution). Units in the column headers. "S/ 3.46 millones" is 3 460 000 (PIM).')
    ladder_header(R, ['MINISTERIO DEL INTERIOR', 'Secretaría General', 'Oficina General de Planeamiento y Presupuesto'],
                  logo=(logo_png('j038', 'MIN', 'shield', (20, 60, 120)), 1.8))
    open25(R, 2024, date25('Lima', '2024-03-01', 'weekday_comma'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto:', 'Ejecución presupuestal 2023 de la Política Nacional frente a la Trata de Personas'),
                 ('Referencia:', 'Oficio N° 0411-2024-EF/45.03')], order='side')
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, trasladada a este Ministerio por el '
             'Ministerio de Economía y Finanzas mediante el documento de la referencia, referida al presupuesto asignado y ejecutado '
             'en el año 2023 en acciones de la Política Nacional frente a la Trata de Personas y sus formas de explotación.',
             'Al respecto, la Oficina de Presupuesto, mediante Informe N° 000046-2024/IN/OGPP/OP, señala que el Presupuesto '
             'Institucional Modificado del pliego destinado a dichas acciones ascendió a %s, cuya ejecución por línea de acción se '
             'detalla en el anexo.' % Mmlnd(3.46, y=2023, r='a'),
             'Es preciso señalar que la información corresponde únicamente al pliego 007 Ministerio del Interior; la ejecución de los '
             'demás sectores debe ser requerida a cada entidad.', 'Atentamente,'])
    tag_sign(R, 'Econ. Rodolfo Salinas Quiroz', 'Director General de la Oficina General de Planeamiento y Presupuesto',
             'Ministerio del Interior', '01/03/2024 18:21:30', fill='1F3864')
    R.landscape()
    R.p('ANEXO', bold=True, align='c', after=0)
    R.p('Pliego 007 – Ministerio del Interior: ejecución presupuestal 2023 en acciones frente a la trata de personas', bold=True,
        align='c', after=6, size=10)
    head = [['Eje', 'Línea de acción', 'PIA (S/)', 'PIM (S/)', 'Certificación (S/)', 'Compromiso anual (S/)', 'Devengado (S/)', 'Avance (%)']]
    data = [(['Gobernanza', 'Secretaría Técnica de la Comisión Multisectorial'], [410000.0, 452300.0, 446120.0, 446120.0, 438905.6]),
            (['Prevención', 'Campañas nacionales de prevención'], [650000.0, 712000.0, 705330.0, 701884.2, 688250.0]),
            (['Prevención', 'Línea 1818 – opción de trata'], [280000.0, 296500.0, 290210.0, 290210.0, 284933.1]),
            (['Protección', 'Programa de protección a víctimas y testigos'], [520000.0, 541200.0, 515800.0, 510740.5, 498115.3]),
            (['Persecución', 'Operativos de la DIRCTPTIM y DEPINTRATA'], [1120000.0, 1215000.0, 1198420.0, 1190776.0, 1172809.9]),
            (['Persecución', 'Capacitación a investigadores policiales'], [230000.0, 243000.0, 231860.0, 231860.0, 226402.7])]
    btab25(R, head, data, 2023, ['a', 'a', 'c', 'c', 'e'], lambda v, r: Mf(v, 'us', 2, y=2023, r=r),
           avance=(4, 1, lambda v: Pf(v, 1, suf='', y=2023, u='column')), style='double', label_cols=2,
           widths=(2.6, 7.0, 2.6, 2.6, 2.8, 2.9, 2.8, 2.0), size=9)
    R.p('Fuente: SIAF-SP, consulta al 31/12/2023. Elaboración: Oficina de Presupuesto – OGPP.', size=8, italic=True)


def j039():
    ref = 'CARTA N° 0027-2024-UNTUMBES-SG'
    R = new('j039', 'missing', 'acknowledgment', ['governance', 'prevention'], PER23,
            S('Universidad Nacional de Tumbes', 'UNTUMBES', 'other'), ref,
            ['Expediente N° 0000482-2024'], '2024-01-24',
            'short letter; letterhead in the footer; addressee and number side by side; underlined-name signature; no figures',
            font='DejaVu Serif', size=10.5,
            notes='The university only says the request was registered and sent to the research vice-rectorate, to be answered within the legal term: acknowledgment. The request is about research and prevention activities in 2023.')
    bottom_letterhead(R, 'UNIVERSIDAD NACIONAL DE TUMBES',
                      ['Secretaría General', 'Av. Universitaria s/n, Pampa Grande – Tumbes'],
                      logo=(logo_png('j039', 'UNT', 'circle', (0, 60, 120)), 1.5), color='003C78')
    open25(R, 2024, date25('Tumbes', '2024-01-24', 'dd_mon_yy'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Presente.-'],
           rows=[('Asunto:', 'Constancia de registro de solicitud'), ('Referencia:', 'Expediente N° 0000482-2024')], order='side')
    body(R, ['Me dirijo a usted para comunicarle que su solicitud de acceso a la información pública, referida a las investigaciones y '
             'actividades de prevención de la trata de personas desarrolladas por la universidad durante el año 2023, ha sido '
             'registrada con el expediente de la referencia y derivada al Vicerrectorado de Investigación para su atención.',
             'La información le será remitida dentro del plazo previsto en el Texto Único Ordenado de la Ley N° 27806, al correo '
             'electrónico consignado en su solicitud.', 'Atentamente,'], size=10.5)
    underlined_name_sign(R, 'Mg. Karla Noriega Saavedra', 'Secretaria General', 'Universidad Nacional de Tumbes')


def j040():
    ref = 'OFICIO N° 027-2024-MDB/GDS-DEMUNA'
    R = new('j040', 'out_of_period', None, ['prevention', 'protection'], PER23,
            S('Municipalidad Distrital de Belén', 'MDB', 'district_municipality'), ref,
            ['Expediente N° 00388-2024', 'Informe N° 011-2024-MDB/GDS-DEMUNA'], '2024-04-08',
            'oficio; accent letterhead; head items on ruled form lines; a January-March 2024 table by month',
            font='Liberation Serif', size=11.5,
            notes='The 2023 register book of the DEMUNA was damaged in a flood of the office in January 2024 (cited report); only January-March 2024 figures are given: out_of_period. Cases of children at risk referred to the protection unit are protection; talks are prevention. All figures are 2024.')
    accent_header(R, 'Municipalidad Distrital de Belén', 'Gerencia de Desarrollo Social', ['Defensoría Municipal del Niño y del Adolescente – DEMUNA'],
                  logo=(logo_png('j040', 'MDB', 'shield', (0, 110, 130)), 1.6), color='006E82')
    open25(R, 2024, date25('Belén', '2024-04-08', 'del_anio'), ref,
           to_lines=['Sra. Giovanna Ríos Paredes'],
           rows=[('ASUNTO', 'Información sobre casos de trata de personas'), ('REF.', 'Expediente N° 00388-2024')], order='formlines')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, por el cual solicita información sobre los casos de niñas, '
             'niños y adolescentes en situación de riesgo por trata de personas atendidos por la DEMUNA durante el año 2023, así como '
             'las charlas de prevención realizadas.',
             'Al respecto, según el Informe N° 011-2024-MDB/GDS-DEMUNA, el libro de registro de casos del año 2023 resultó dañado '
             'durante la inundación del local de la DEMUNA ocurrida en enero del presente año, por lo que no es posible reconstruir '
             'dicha información. Se remite la información registrada desde su reapertura:'])
    data = [('Enero 2024', [2, 1]), ('Febrero 2024', [3, 4]), ('Marzo 2024', [1, 6])]
    ctab25(R, [['Mes', 'Casos derivados a la UPE Loreto', 'Charlas de prevención']], data, ['caso', 'charla'], 2024,
           total='Total', widths=(4.0, 5.0, 4.0), size=10)
    body(R, ['Atentamente,'])
    R.sign('Abog. Teresa Macedo Tuesta', 'Responsable de la DEMUNA', 'Municipalidad Distrital de Belén')


def j041():
    ref = 'OFICIO N° 0143-2024-GR.CAJ/GRDS'
    R = new('j041', 'out_of_period', None, ['governance', 'prevention'], PER23,
            S('Gobierno Regional Cajamarca', 'GRC', 'regional_government'), ref,
            ['Solicitud N° 0211-2024-GR.CAJ', 'Memorando N° 0068-2024-GR.CAJ/ORA-AC'], '2024-02-23',
            'oficio; shadow-box letterhead; number on a dark banner; a 2022 table of the regional network; registration-number signature',
            font='Calibri', size=11,
            notes='The 2023 records were moved to the central archive and are being inventoried (cited memorandum); only 2022 figures are given: out_of_period. Network sessions and agreements are governance; campaigns and people reached are prevention.')
    shadow_header(R, ['GOBIERNO REGIONAL CAJAMARCA', 'Gerencia Regional de Desarrollo Social'],
                  logo=(logo_png('j041', 'GRC', 'shield', (0, 90, 40)), 1.4))
    open25(R, 2024, date25('Cajamarca', '2024-02-23', 'spaced_slash'), ref,
           to_lines=['Señor', 'JORGE LUIS APAZA MAMANI', 'Presente.-'],
           rows=[('ASUNTO:', 'Respuesta a solicitud de información sobre trata de personas'),
                 ('REF.:', 'Solicitud N° 0211-2024-GR.CAJ')], order='banner', fill='285A28')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre el '
             'funcionamiento de la Red Regional contra la Trata de Personas y las acciones de prevención realizadas en el año 2023.',
             'Al respecto, se informa que la documentación de la Red correspondiente al año 2023 fue transferida al Archivo Central '
             'y se encuentra en proceso de inventario, conforme al Memorando N° 0068-2024-GR.CAJ/ORA-AC. Por ello, se remite la '
             'información disponible del año 2022:'])
    rows = [['Sesiones ordinarias de la Red Regional', Cn(5, 'sesión', y=2022)],
            ['Sesiones extraordinarias', Cn(2, 'sesión', y=2022)],
            ['Acuerdos adoptados', Cn(17, 'acuerdo', y=2022)],
            ['Campañas de prevención en provincias', Cn(11, 'campaña', y=2022)],
            ['Personas alcanzadas por las campañas', Cn(4215, 'persona', y=2022)]]
    t = R.table([['Indicador', '2022']], rows, widths=(10.0, 3.0), size=10, ruled='none')
    vertical_only(t)
    body(R, ['Atentamente,'])
    colegiatura_sign(R, 'Lic. Nora Chávez Terrones', 'Gerente Regional de Desarrollo Social', 'C.T.S.P. N° 2750', 'Gobierno Regional Cajamarca')


def j042():
    ref = 'OFICIO N° 0062-2024-GFC/MM'
    R = new('j042', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Miraflores', 'MM', 'district_municipality'), ref,
            ['Solicitud N° 0455-2024-MM'], '2024-02-09',
            'oficio; ladder letterhead; subject as a spaced title; zone table of noise inspections with a percent column; fines in the text',
            font='Arial', size=10.5,
            notes='A reply on 2023 inspections of excessive noise in night venues (inspections, sanctions, fines); nothing about trafficking in persons: off_topic, no axes. The fines carry no budget role.')
    ladder_header(R, ['MUNICIPALIDAD DE MIRAFLORES', 'Gerencia de Fiscalización y Control', 'Subgerencia de Fiscalización'],
                  logo=(logo_png('j042', 'MIR', 'circle', (0, 70, 140)), 1.7))
    open25(R, 2024, date25('Miraflores', '2024-02-09', 'comma_year'), ref,
           to_lines=['Señor', 'RAÚL ENRIQUE BOZA LINARES', 'Junta Vecinal Zona 5', 'Presente.-'],
           rows=[('Referencia:', 'Solicitud N° 0455-2024-MM')], order='subject_title',
           subject='Operativos de control de ruidos molestos – 2023')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para informarle sobre los operativos de control de ruidos '
             'molestos en establecimientos comerciales y locales nocturnos realizados durante el año 2023:'])
    data = [('Zona 1 – Malecón', [42, 15]), ('Zona 2 – Parque Kennedy', [68, 29]), ('Zona 3 – Calle de las Pizzas', [91, 47]),
            ('Zona 4 – Av. Larco', [37, 11]), ('Zona 5 – Santa Cruz', [24, 6])]
    rows = []
    for lab, (a, b) in data:
        rows.append([lab, Cn(a, 'operativo', y=2023), Cn(b, 'sanción', y=2023), Pf(round(b / a * 100, 1), 1, suf='%', y=2023)])
    A, B = sum(x[1][0] for x in data), sum(x[1][1] for x in data)
    rows.append(['Total', Cn(A, 'operativo', y=2023), Cn(B, 'sanción', y=2023), Pf(round(B / A * 100, 1), 1, suf='%', y=2023)])
    t = R.table([['Zona', 'Operativos', 'Locales sancionados', '% de sanción']], rows, widths=(6.4, 2.6, 3.2, 2.6), size=9.5,
                bold_rows=(len(rows) - 1,))
    stub_shade(t, fill='E2EFDA')
    body(R, ['Las multas impuestas en el año 2023 por superar los límites máximos permisibles de ruido sumaron %s.'
             % Mf(412350.00, 'us', 2, pre='S/ ', y=2023), 'Atentamente,'])
    bar_sign(R, 'Abog. Sergio Lozano Vidal', 'Subgerente de Fiscalización', 'Municipalidad de Miraflores')


def j043():
    ref = 'OFICIO N° 00214-2024-MINEDU/VMGP-DIGEBR'
    R = new('j043', 'answered', None, ['prevention'], PER23,
            S('Ministerio de Educación', 'MINEDU', 'ministry'), ref,
            ['Expediente N° MPT2024-EXT-0031577', 'Informe N° 00076-2024-MINEDU/VMGP-DIGEBR-DEP'], '2024-02-26',
            'oficio; accent letterhead; addressee and number side by side; region table with a share column; digital-signature tag',
            font='Arial', size=10.5,
            notes='Tutoring sessions on trafficking prevention, teacher-tutors trained and schools reached in 2023 are prevention. The share column is the percent of each region\'s secondary schools.')
    accent_header(R, 'Ministerio de Educación', 'Dirección General de Educación Básica Regular',
                  ['Viceministerio de Gestión Pedagógica'], logo=(logo_png('j043', 'MED', 'square', (170, 20, 20)), 1.7), color='B41E1E')
    open25(R, 2024, date25('San Borja', '2024-02-26', 'ymd_caps'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('Asunto:', 'Acciones de prevención de la trata de personas en la educación secundaria, 2023'),
                 ('Referencia:', 'Expediente N° MPT2024-EXT-0031577')], order='side')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle la información del '
             'Informe N° 00076-2024-MINEDU/VMGP-DIGEBR-DEP sobre la implementación de sesiones de tutoría para la prevención de la '
             'trata de personas en instituciones educativas de nivel secundario durante el año 2023, priorizadas en las regiones con '
             'mayor incidencia:'])
    data = [('Cusco', [388, 512, 54.6]), ('Madre de Dios', [121, 163, 71.2]), ('Puno', [402, 590, 48.1]),
            ('Loreto', [296, 371, 37.9]), ('Tumbes', [88, 119, 63.8]), ('Ucayali', [154, 207, 44.0]), ('Lima Metropolitana', [1035, 1482, 31.5])]
    rows = [[lab, Cn(a, 'institución educativa', y=2023), Cn(b, 'docente tutor', y=2023), Pf(c, 1, suf='', y=2023)] for lab, (a, b, c) in data]
    A, B = sum(x[1][0] for x in data), sum(x[1][1] for x in data)
    rows.append(['Total', Cn(A, 'institución educativa', y=2023), Cn(B, 'docente tutor', y=2023), '–'])
    t = R.table([['Región', 'II.EE. con sesiones de tutoría', 'Docentes tutores capacitados', '% de II.EE. secundarias']], rows,
                widths=(4.8, 3.4, 3.4, 3.2), size=9.5, bold_rows=(len(rows) - 1,), ruled='hlines')
    body(R, ['Adicionalmente, en el marco de la Semana de la Prevención de la Trata (setiembre de 2023), se difundieron materiales '
             'educativos en %s instituciones educativas de todo el país.' % Cn(6120, 'institución educativa', 'sp', y=2023),
             'Atentamente,'])
    tag_sign(R, 'Mg. Fiorella Castañeda Ruiz', 'Directora General de Educación Básica Regular', 'Ministerio de Educación',
             '26/02/2024 11:03:58', fill='B41E1E')


def j044():
    ref = 'OFICIO N° 000097-2024-MP-FN-FPEDTP-TUMBES'
    R = new('j044', 'missing', 'denied_exception', ['prosecution'], PER23,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes', None, 'autonomous'), ref,
            ['Registro N° 2024-0000214'], '2024-02-13',
            'oficio of a prosecutor\'s office; centred page-header letterhead; head items on ruled form lines; the exception explained; registration-number signature; no figures',
            font='Times New Roman', size=11.5,
            notes='The prosecutor\'s office refuses the list of 2023 fiscal files with the names of suspects and victims, invoking the reserve of the investigation and the protection of personal data: denied_exception. Fiscal files are prosecution.')
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Tumbes',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes'],
             logo=(logo_png('j044', 'MP', 'shield', (20, 50, 120)), 1.4))
    open25(R, 2024, date25('Tumbes', '2024-02-13', 'dash_caps'), ref,
           to_lines=['Sra. Giovanna Ríos Paredes'],
           rows=[('ASUNTO', 'Respuesta a solicitud de acceso a la información pública'),
                 ('REF.', 'Registro N° 2024-0000214')], order='formlines')
    body(R, ['Me dirijo a usted, en atención al documento de la referencia, mediante el cual solicita copia de la relación de carpetas '
             'fiscales por el delito de trata de personas registradas por este Despacho durante el año 2023, con indicación de los '
             'nombres de los investigados y de las víctimas, el estado de cada investigación y las diligencias realizadas.',
             'Al respecto, debo informarle que la información solicitada se encuentra comprendida en la excepción prevista en el '
             'numeral 6 del artículo 17 del Texto Único Ordenado de la Ley N° 27806, en concordancia con el artículo 324 del Código '
             'Procesal Penal, que establece el carácter reservado de la investigación fiscal. Asimismo, contiene datos personales de '
             'víctimas cuya divulgación afectaría su intimidad y seguridad (numeral 5 del mismo artículo).',
             'En consecuencia, no es posible acceder a lo solicitado.', 'Atentamente,'])
    colegiatura_sign(R, 'Luis Enrique Saavedra Peña', 'Fiscal Provincial Titular', 'Reg. CAT N° 1187',
                     'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes')


def j045():
    ref = 'OFICIO N° 0129-2024-MPT/GDS'
    R = new('j045', 'answered', None, ['governance', 'prevention'], PER23,
            S('Municipalidad Provincial de Trujillo', 'MPT', 'provincial_municipality'), ref,
            ['Expediente N° 008113-2024', 'Informe N° 0034-2024-MPT/GDS-SGPS'], '2024-02-21',
            'oficio; letterhead in the footer; number on a dark banner; budget table with the unit only in the caption "(en soles)", vertical rules only; an amount in millions with a decimal point in the text',
            font='Arial', size=10.5,
            notes='The provincial working group and its plan are governance; campaigns and school workshops are prevention. The caption states the unit (soles): unit_source caption. "S/ 0.25 millones" is 250 000 (the PIM total).')
    bottom_letterhead(R, 'MUNICIPALIDAD PROVINCIAL DE TRUJILLO',
                      ['Gerencia de Desarrollo Social – Subgerencia de Promoción Social', 'Jr. Diego de Almagro 525, Trujillo'],
                      logo=(logo_png('j045', 'MPT', 'shield', (150, 110, 0)), 1.5), color='967000')
    open25(R, 2024, date25('Trujillo', '2024-02-21', 'comma_year'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Presente.-'],
           rows=[('Asunto:', 'Información presupuestal sobre trata de personas, 2023'), ('Referencia:', 'Expediente N° 008113-2024')],
           order='banner', fill='6B5000')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para informarle que durante el ejercicio 2023 la '
             'Municipalidad Provincial de Trujillo contó con un Presupuesto Institucional Modificado de %s para las actividades de '
             'la Mesa Provincial contra la Trata de Personas y de prevención, cuya ejecución se detalla según el Informe N° '
             '0034-2024-MPT/GDS-SGPS:' % Mmlnd(0.25, y=2023, r='a')])
    head = [['Actividad', 'PIA', 'PIM', 'Certificación', 'Devengado']]
    data = [('Funcionamiento de la Mesa Provincial', [18000.0, 22000.0, 21450.0, 21450.0]),
            ('Campaña "Trujillo sin trata"', [120000.0, 131500.0, 129870.0, 126340.8]),
            ('Talleres en instituciones educativas', [60000.0, 58500.0, 55200.0, 54985.0]),
            ('Materiales de difusión', [35000.0, 38000.0, 37640.0, 36112.5])]
    t, tot = btab25(R, head, data, 2023, ['a', 'a', 'c', 'e'], lambda v, r: Mf(v, 'us', 2, y=2023, r=r, u='caption'),
                    caption='Ejecución presupuestal 2023 – actividades frente a la trata de personas (en soles)',
                    style='vertical_only', widths=(6.2, 2.5, 2.5, 2.6, 2.6), size=9.5)
    body(R, ['Con dichos recursos, la Mesa Provincial sesionó en %s oportunidades y se realizaron %s talleres en instituciones '
             'educativas de los distritos de El Porvenir, La Esperanza y Florencia de Mora.' % (Cn(7, 'sesión', y=2023), Cn(46, 'taller', y=2023)),
             'Atentamente,'])
    underlined_name_sign(R, 'Lic. Martha Gutiérrez Alva', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Trujillo')
