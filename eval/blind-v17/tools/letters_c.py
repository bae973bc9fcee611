"""blind-v17 letters t031-t045 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import Reply, M, C, P, logo_png, plain, shade, set_cell_border, para_border


def leader(R, label, tok, width=62, size=None, indent=0.6):
    """A line 'label ........ value' with dot leaders (typed, not a table)."""
    dots = '.' * max(4, width - len(label) - len(plain(tok)))
    R.p(label + ' ' + dots + ' ' + tok, size=size, indent=indent, after=1, font='Courier New')


def t031():
    # answered: university research and outreach 2022, values typed after dot leaders
    R = new('t031', 'answered', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Universidad Nacional Amazónica de Madre de Dios', 'UNAMAD', 'other'),
            'OFICIO N° 0158-2023-UNAMAD-VRI', ['Solicitud de acceso N° 027-2023-UNAMAD', 'Resolución de Consejo Universitario N° 214-2022-UNAMAD-CU'], '2023-03-09',
            'oficio of a university research vice-rectorate; figures typed after dot leaders in a monospaced block ("Proyectos ... 02"), dot-grouped amount without decimals',
            notes='Year 2022. Research funded by the university is governance (knowledge management); conferences and radio spots '
                  'for the public are prevention. "02" is a zero-padded count.', font='Times New Roman', size=11.5)
    R.header(['UNIVERSIDAD NACIONAL AMAZÓNICA DE MADRE DE DIOS', 'Vicerrectorado de Investigación', '"Madre de Dios, capital de la biodiversidad del Perú"'],
             logo=(logo_png('unamad', 'UNAMAD', 'circle', (0, 100, 50)), 1.5), italic_rest=True)
    lema(R, 2023)
    R.p('Puerto Maldonado, 9 de marzo de 2023', align='r', after=4)
    R.p('OFICIO N° 0158-2023-UNAMAD-VRI', bold=True, after=6)
    to(R, ['Señor', 'Responsable de Acceso a la Información Pública de la UNAMAD', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre investigación y proyección social en materia de trata de personas – 2022'),
           ('Referencia', ': Solicitud de acceso N° 027-2023-UNAMAD')])
    body(R, ['Me dirijo a usted para atender lo solicitado por la ciudadana Karen Mamani Gonzales respecto de las actividades de '
             'investigación y de proyección social sobre trata de personas desarrolladas por la Universidad en el año 2022:'])
    R.p('A. Investigación (concurso aprobado por Resolución de Consejo Universitario N° 214-2022-UNAMAD-CU)', bold=True, after=2)
    leader(R, 'Proyectos de investigación financiados', C('02', 2, 'proyecto de investigación', y=2022), size=9.5)
    leader(R, 'Monto total otorgado', Mf(36500, 'eu', 0, pre='S/ ', y=2022, r='a'), size=9.5)
    leader(R, 'Docentes investigadores participantes', C('07', 7, 'docente investigador', y=2022), size=9.5)
    leader(R, 'Tesis de pregrado sustentadas sobre el tema', C('03', 3, 'tesis', y=2022), size=9.5)
    R.p('', after=2)
    R.p('B. Proyección social', bold=True, after=2)
    leader(R, 'Conferencias "Trata de personas y minería"', C('04', 4, 'conferencia', y=2022), size=9.5)
    leader(R, 'Asistentes a las conferencias', Cn(530, 'asistente', y=2022), size=9.5)
    leader(R, 'Microprogramas radiales emitidos', Cn(48, 'microprograma', y=2022), size=9.5)
    R.p('', after=2)
    body(R, ['Los resultados de ambos proyectos serán publicados en la revista institucional durante el segundo semestre de 2023.',
             'Atentamente,'])
    R.sign('Dr. Aldo Pinedo Vásquez', 'Vicerrector de Investigación', 'UNAMAD')
    return R


def t032():
    # answered, English: MIMP to a foreign NGO; calendar year 2021; table of shelters; PEN and USD
    R = new('t032', 'answered', None, ['protection', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 0211-2022-MIMP/DGCVG', ['Request No. 2022-0004418', 'Informe N° 0038-2022-MIMP/DGCVG-DPVLV'], '2022-04-19',
            'letter in English on a Spanish letterhead, reference line in Spanish; table of shelters by region with two count columns; amounts "PEN ..." and "US$ ..."; count in words with digits',
            lang='en', notes='English reply for calendar year 2021. Counts get English nouns. The USD amount is the approximate '
                  'equivalent of the allocated budget and gets no role. Technical assistance to regional committees is governance.',
            font='Calibri', size=11)
    R.header(['PERÚ   Ministerio de la Mujer y Poblaciones Vulnerables', 'Viceministerio de la Mujer – Dirección General Contra la Violencia de Género'], align='l', size=9)
    R.p('"Decenio de la Igualdad de Oportunidades para Mujeres y Hombres"', align='c', italic=True, size=8, after=0)
    R.p('"Año del Fortalecimiento de la Soberanía Nacional"', align='c', italic=True, size=8, after=8)
    R.p('Lima, April 19, 2022', align='r', after=4)
    R.p('OFICIO N° 0211-2022-MIMP/DGCVG', bold=True, after=6)
    to(R, ['Ms. Hannah Whitfield', 'Research Coordinator, Freedom Pathways Network', 'London, United Kingdom'])
    R.p('Subject: Request No. 2022-0004418 – assistance to victims of trafficking, calendar year 2021', bold=True, after=8)
    body(R, ['Dear Ms. Whitfield,',
             'In reply to your request, and on the basis of Informe N° 0038-2022-MIMP/DGCVG-DPVLV, we are pleased to provide the '
             'following information on the assistance given by this Ministry to victims of trafficking in persons in calendar year 2021.',
             'The Ministry ran specialised residential care centres for adolescent girls who were victims of trafficking in the '
             'following regions:'])
    ctab(R, [['Region', 'Victims cared for', 'Victims reintegrated with their families']],
         [('Lima', [46, 9]), ('Cusco', [21, 5]), ('Madre de Dios', [28, 6]), ('Loreto', [17, 3])],
         ['victim', 'victim'], year=2021, total='Total', widths=(5.0, 4.0, 5.5), size=10)
    body(R, ['In addition, ' + C('twenty-three (23)', 23, 'adolescent', y=2021) + ' adolescents left the centres in 2021 with an '
             'individual reintegration plan, and the Directorate gave technical assistance to ' + Cn(9, 'regional committee', y=2021)
             + ' regional committees against trafficking.',
             'The budget allocated to these services in 2021 was ' + Mcode(1245600, y=2021, r='a') + ' (about '
             + M('US$ 331,000', 331000, y=2021, cur='USD') + '), of which ' + Mcode(1198274.35, y=2021, r='e') + ' was spent, an execution '
             'rate of ' + Pf(96.2, 1, y=2021) + '.',
             'Yours sincerely,'])
    R.sign('Mg. Lorena Patricia Ugarte Saldaña', 'Directora General Contra la Violencia de Género', 'Ministerio de la Mujer y Poblaciones Vulnerables')
    return R


def t033():
    # answered: ombudsman office, 2022 requested, 2022 and 2021 given side by side with the requested year first
    R = new('t033', 'answered', None, ['prosecution', 'protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0389-2023-DP/OD-PUNO', ['Expediente N° 0087-2023-OD-PUNO'], '2023-03-28',
            'oficio of a regional ombudsman office; table with the requested year first (2022, then 2021 for comparison) and a variation column in percent with a sign; wrapped row labels',
            notes='The request is for 2022; 2021 is given beside it for comparison: answered (mixed). Variation percents have no year. '
                  'Supervision of police stations on complaint taking is prosecution; supervision of shelters and complaints about '
                  'victim care are protection; promotion activities are prevention.', font='Arial', size=10.5)
    R.header(['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Puno'], logo=(logo_png('dp', 'DP', 'circle', (0, 60, 130)), 1.4))
    lema(R, 2023)
    R.p('Puno, 28 de marzo de 2023', align='r', after=4)
    R.p('OFICIO N° 0389-2023-DP/OD-PUNO', bold=True, after=6)
    to(R, ['Señora', 'Ruth Condori Pari', 'Presente.-'])
    kv(R, [('Asunto', ': Atención a pedido de información'), ('Referencia', ': Expediente N° 0087-2023-OD-PUNO')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su pedido de información sobre las intervenciones de esta Oficina '
             'Defensorial en materia de trata de personas durante el año 2022. Para una mejor lectura se incluyen también las cifras '
             'de 2021:'])
    rows = []
    for lab, w, a, b in (('Supervisiones a comisarías sobre registro y trámite de denuncias por trata', 'supervisión', 14, 9),
                         ('Supervisiones a centros de acogida y hogares de refugio temporal', 'supervisión', 6, 4),
                         ('Quejas sobre la atención a víctimas de trata', 'queja', 11, 13),
                         ('Actividades de promoción de derechos en zonas mineras', 'actividad', 22, 15)):
        v = round((a - b) / b * 100, 1)
        rows.append([lab, Cn(a, w, y=2022), Cn(b, w, y=2021), P(('+' if v > 0 else '−') + fmt(abs(v), 'eu', 1) + ' %', v, u='column')])
    R.table([['Intervención', '2022', '2021', 'Variación']], rows, widths=(9.4, 2.0, 2.0, 2.6), size=9.5)
    body(R, ['Como resultado de las supervisiones de 2022 se formularon ' + Cn(31, 'recomendación', y=2022) + ' recomendaciones a la '
             'Región Policial Puno y a la Unidad de Protección Especial, de las cuales ' + Cn(19, 'recomendación', y=2022)
             + ' fueron acogidas.',
             'Atentamente,'])
    R.sign('Abog. Edgar Ccallo Quispe', 'Jefe de la Oficina Defensorial de Puno', 'Defensoría del Pueblo')
    return R


def t034():
    # missing / no_reply: the ombudsman office tells the requester that the municipality has still not answered
    R = new('t034', 'missing', 'no_reply', ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0214-2022-DP/OD-LAMB', ['Queja N° 0412-2022-OD-LAMB', 'Oficio N° 0187-2022-DP/OD-LAMB'], '2022-08-30',
            'oficio of a regional ombudsman office reporting that the municipality it urged has not answered the request',
            notes='The document records that the district municipality of José Leonardo Ortiz never answered the request (DEMUNA '
                  'prevention and care actions in 2021), even after the ombudsman\'s reminder: no_reply.', font='Arial', size=10.5)
    R.header(['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Lambayeque'], logo=(logo_png('dp2', 'DP', 'circle', (0, 60, 130)), 1.4))
    lema(R, 2022)
    R.p('Chiclayo, 30 de agosto de 2022', align='r', after=4)
    R.p('OFICIO N° 0214-2022-DP/OD-LAMB', bold=True, after=6)
    to(R, ['Señor', 'Walter Sencie Ñopo', 'Presente.-'])
    kv(R, [('Asunto', ': Resultado de la intervención defensorial'), ('Referencia', ': Queja N° 0412-2022-OD-LAMB')])
    body(R, ['Me dirijo a usted en relación con la queja de la referencia, presentada porque la Municipalidad Distrital de José '
             'Leonardo Ortiz no había respondido su solicitud de acceso a la información pública del 2 de junio de 2022, mediante la '
             'cual requirió las acciones de prevención y de atención de casos de trata de personas realizadas por la DEMUNA durante '
             'el año 2021.',
             'Al respecto, le informo que con Oficio N° 0187-2022-DP/OD-LAMB esta Oficina recomendó a dicha municipalidad atender su '
             'pedido dentro del plazo de ley. Vencido en exceso dicho plazo y efectuadas comunicaciones telefónicas con la '
             'Secretaría General, la municipalidad no ha remitido respuesta alguna a su solicitud ni a esta Oficina Defensorial.',
             'En tal sentido, le recordamos que puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la '
             'Información Pública, considerando denegada su solicitud, o presentar la denuncia correspondiente.',
             'Atentamente,'])
    R.sign('Abog. Lilian Zeña Chapoñán', 'Jefa de la Oficina Defensorial de Lambayeque', 'Defensoría del Pueblo')
    return R


def t035():
    # answered: Ministry of the Interior, 2019-2021; covering oficio (p.1) + technical report (p.2) with two tables
    R = new('t035', 'answered', None, ['governance', 'prosecution'], ('2019-01-01', '2021-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 001247-2022-IN-VSP-DGSD', ['Solicitud N° 2022-IN-0068831', 'INFORME TÉCNICO N° 000086-2022-IN-VSP-DGSD-DTPM'], '2022-05-23',
            'covering oficio and a technical report on page 2: counts table with years as columns and a total column; budget table with PIM / Devengado rows in thousands (unit in the caption) and an execution percent row',
            notes='Multi-year request (2019-2021) answered for each year. Cases and victims registered in the police trafficking system '
                  '(RETA) and the budget of the national policy are governance/prosecution; the multisectoral commission is governance. '
                  'Budget cells are in thousands (caption).', font='Arial', size=10.5)
    R.header(['PERÚ   Ministerio del Interior', 'Viceministerio de Seguridad Pública – Dirección General de Seguridad Democrática'], align='l', size=9)
    lema(R, 2022)
    R.p('Lima, 23 de mayo de 2022', align='r', after=4)
    R.p('OFICIO N° 001247-2022-IN-VSP-DGSD', bold=True, after=6)
    to(R, ['Señor', 'Tomás Arce Villavicencio', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre trata de personas, periodo 2019 – 2021'), ('Referencia', ': Solicitud N° 2022-IN-0068831')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere información estadística y '
             'presupuestal sobre la política nacional contra la trata de personas en el periodo comprendido entre los años 2019 y 2021.',
             'Al respecto, remito el INFORME TÉCNICO N° 000086-2022-IN-VSP-DGSD-DTPM, elaborado por la Dirección contra la Trata de '
             'Personas y Tráfico Ilícito de Migrantes de esta Dirección General, que contiene la información requerida.',
             'Atentamente,'])
    dsig(R, 'Patricia Milagros Gutiérrez León', 'Directora General de Seguridad Democrática', 'Ministerio del Interior', when='23/05/2022 19:11', fau='20131366966')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 000086-2022-IN-VSP-DGSD-DTPM', bold=True, align='c', after=4)
    R.p('Información estadística y presupuestal 2019 – 2021', align='c', after=8)
    R.p('1. Registro de casos y sesiones de la Comisión Multisectorial', bold=True, after=2)
    yrs = [2019, 2020, 2021]
    R.table([['Indicador', '2019', '2020', '2021', 'Total']],
            yrows([('Casos registrados en el Sistema RETA-PNP', 'caso', [1452, 1129, 1387]),
                   ('Presuntas víctimas registradas', 'víctima', [2301, 1764, 2158]),
                   ('Personas detenidas por el delito', 'detenido', [611, 403, 577]),
                   ('Sesiones de la Comisión Multisectorial Permanente', 'sesión', [6, 5, 6])], yrs, st='sp', total=True),
            widths=(7.2, 2.1, 2.1, 2.1, 2.3), size=9.5)
    R.p('2. Ejecución presupuestal de la política nacional', bold=True, after=2)
    pim = [4876.2, 5210.9, 5634.0]
    dev = [4602.7, 4418.35, 5350.1]
    rows = [['PIM'] + [Mf(v, 'eu', 2, scale=1000, y=y, r='a', u='caption') for v, y in zip(pim, yrs)],
            ['Devengado'] + [Mf(v, 'eu', 2, scale=1000, y=y, r='e', u='caption') for v, y in zip(dev, yrs)],
            ['Ejecución'] + [Pf(round(d / p * 100, 1), 1, 'eu', suf=' %', y=y, u='cell') for p, d, y in zip(pim, dev, yrs)]]
    R.table([['Concepto', '2019', '2020', '2021']], rows, widths=(5.0, 3.0, 3.0, 3.0), size=9.5,
            caption='Cuadro 2. Presupuesto de la Dirección General (miles de soles)')
    body(R, ['La menor ejecución de 2020 se explica por la suspensión de las actividades presenciales durante el estado de emergencia '
             'sanitaria.'])
    R.p('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes', italic=True, size=9, align='r')
    return R


def t036():
    # out_of_period: 2022 requested; 2020 results and 2024 goals
    R = new('t036', 'out_of_period', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Dirección Regional de Educación de Puno', 'DREP', 'regional_government'),
            'OFICIO N° 0902-2023-GR PUNO/DREP-DGP', ['Expediente N° 8842-2023'], '2023-06-15',
            'oficio with the reason first, then "Resultados 2020" and "Metas 2024" as bold run-in headings; counts with "mil", percent in words then digits in brackets',
            notes='Request for 2022; the 2022 reports of the local education units are under review after observations of the '
                  'internal control office, so the letter gives the 2020 results and the 2024 goals: out_of_period. "24 mil" '
                  'students is a count of 24000.', font='Times New Roman', size=11.5)
    R.header(['GOBIERNO REGIONAL PUNO', 'DIRECCIÓN REGIONAL DE EDUCACIÓN PUNO', 'Dirección de Gestión Pedagógica'], logo=(logo_png('drep', 'DRE', 'circle', (20, 90, 40)), 1.4))
    lema(R, 2023)
    R.p('Puno, 15 de junio de 2023', align='r', after=4)
    R.p('OFICIO N° 0902-2023-GR PUNO/DREP-DGP', bold=True, after=6)
    to(R, ['Señor', 'Elvis Apaza Quispe', 'Presente.-'])
    kv(R, [('ASUNTO', ': Información sobre prevención de la trata en II.EE.'), ('REF.', ': Expediente N° 8842-2023')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, sobre las acciones de prevención de la trata de personas '
             'desarrolladas en las instituciones educativas de la región durante el año 2022.',
             'Los reportes de 2022 remitidos por las Unidades de Gestión Educativa Local fueron observados por el Órgano de Control '
             'Institucional y se encuentran en revisión, por lo que aún no pueden ser entregados. A continuación, se detalla la '
             'información disponible:',
             '**Resultados 2020.** Durante la educación a distancia se emitieron ' + Cn(36, 'programa radial', y=2020)
             + ' programas radiales en quechua, aimara y castellano sobre los riesgos de la captación por ofertas de trabajo falsas, '
             'que llegaron a unos ' + Cmil(24, 'estudiante', y=2020) + ' estudiantes de secundaria, y se capacitó de manera virtual a '
             + Cn(312, 'docente', y=2020) + ' docentes tutores.',
             '**Metas 2024.** El plan de trabajo prevé capacitar a ' + Cn(450, 'docente', y=2024) + ' docentes y llegar al '
             + Pw(30, y=2024) + ' de las instituciones educativas de secundaria de las provincias de San Antonio de Putina, Sandia y '
             'Carabaya.',
             'Atentamente,'])
    R.sign('Prof. Nélida Gutiérrez Choque', 'Directora de Gestión Pedagógica', 'DRE Puno')
    return R


def t037():
    # out_of_period, English: UN agency, 2022 requested, 2019-2020 project results
    R = new('t037', 'out_of_period', None, ['prosecution', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('United Nations Office on Drugs and Crime', 'UNODC', 'foreign'),
            'Ref.: UNODC/LPO-PE/2023/112', [], '2023-02-24',
            'letter of an international organisation in English, reference "Ref.:", results of an earlier project with a two-year table and amounts in USD; count in words with digits; "1.2 million" people',
            lang='en', notes='Request for 2022; the 2022 results are under the donor\'s final evaluation and cannot be shared before '
                  'approval, so the office gives the results of 2019 and 2020: out_of_period. Training of police, prosecutors and '
                  'judges on investigation is prosecution; the awareness campaign is prevention. The project budget covers both '
                  'years (no year).', font='Arial', size=10.5)
    R.p('UNITED NATIONS OFFICE ON DRUGS AND CRIME', bold=True, size=12, after=0, color=(0, 90, 160))
    R.p('Liaison and Partnership Office in Peru', after=0, size=9)
    R.p('Av. Javier Prado Oeste 640, San Isidro, Lima', after=10, size=9)
    R.p('Ref.: UNODC/LPO-PE/2023/112', after=0)
    R.p('Lima, 24 February 2023', after=10)
    to(R, ['Mr. Diego Salazar Huamán', 'Observatorio Ciudadano de Trata de Personas'])
    body(R, ['Dear Mr. Salazar,',
             'Thank you for your letter requesting information on the activities carried out by UNODC in Peru against trafficking in '
             'persons during 2022.',
             'The results of our 2022 activities are currently part of the final evaluation of the project by the donor and cannot be '
             'shared until the evaluation report is approved, which we expect in the second half of the year. We are, however, glad to '
             'share the results of the first phase of the project (2019-2020):'])
    R.table([['Result', '2019', '2020']],
            yrows([('Police officers, prosecutors and judges trained on investigation', 'official', [418, 362]),
                   ('Joint investigation workshops held', 'workshop', [14, 9]),
                   ('Regional prosecutors\' offices assisted', 'office', [6, 8])], [2019, 2020]),
            widths=(9.5, 2.5, 2.5), size=10)
    body(R, ['In addition, the "Look beyond" awareness campaign, run with the Ministry of the Interior in 2020, reached an estimated '
             + C('1.2 million', 1200000, 'person', y=2020) + ' people through radio and social media, and '
             + C('forty-two (42)', 42, 'school', y=2020) + ' schools in Cusco and Puno hosted its mobile exhibition.',
             'The first phase had a total budget of ' + M('USD 540,000', 540000, cur='USD', r='a') + '.',
             'Yours sincerely,'])
    R.sign('Isabel Moreno Ferrer', 'Programme Coordinator', 'UNODC Peru', align='l', before=20)
    return R


def t038():
    # answered (c): substantive null answer of a district municipality
    R = new('t038', 'answered', None, ['prevention', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Inambari', 'MDI', 'district_municipality'),
            'CARTA N° 031-2023-MDI/A', ['Solicitud de fecha 6 de febrero de 2023'], '2023-02-20',
            'short carta of a district mayor: no actions and no budget in the requested year (substantive null answer)',
            notes='Substantive null answer: "durante el periodo solicitado (año 2022) esta municipalidad no realizó acciones ... ni '
                  'asignó presupuesto": answered, no figures. Axes: prevention (actions asked and denied) and governance (budget).',
            font='Arial', size=11.5)
    R.header(['MUNICIPALIDAD DISTRITAL DE INAMBARI', 'Mazuko – Tambopata – Madre de Dios', 'Alcaldía'], logo=(logo_png('mdi', 'MDI', 'shield', (90, 60, 10)), 1.3))
    lema(R, 2023)
    R.p('Mazuko, 20 de febrero de 2023', align='r', after=6)
    R.p('CARTA N° 031-2023-MDI/A', bold=True, after=8)
    to(R, ['Señora', 'Judith Quispe Mayta', 'Presente.-'])
    R.p('Referencia: Solicitud de fecha 6 de febrero de 2023', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted, con relación a su solicitud por la cual pide información sobre las acciones de '
             'prevención de la trata de personas realizadas por esta Municipalidad y el presupuesto destinado a ellas durante el año 2022.',
             'Al respecto, le comunico que, durante el periodo solicitado (año 2022), esta municipalidad no realizó acciones de '
             'prevención de la trata de personas ni asignó presupuesto para tal fin. Las charlas informativas en el distrito fueron '
             'organizadas por otras instituciones, sin participación de la Municipalidad.',
             'Sin otro particular, me despido de usted.', 'Atentamente,'])
    R.sign('Sr. Alipio Huamán Ccori', 'Alcalde', 'Municipalidad Distrital de Inambari')
    return R


def t039():
    # out_of_period: 2018 requested; 2020 and 2021 given (network reconstituted in 2020, earlier records in the regional archive)
    R = new('t039', 'out_of_period', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 0271-2022-GRU-GRDS', ['Carta S/N de fecha 17 de marzo de 2022', 'Resolución Ejecutiva Regional N° 0188-2020-GRU-GR'], '2022-04-04',
            'oficio; table ruled only with horizontal lines (top, under the header, bottom), years 2020 and 2021 as columns; amounts with dot grouping and "soles" after the number',
            notes='Request for 2018; the regional network was reconstituted in 2020 and its earlier records were transferred to the '
                  'regional archive, where they have not yet been catalogued; 2020 and 2021 are given: out_of_period.',
            font='Calibri', size=11)
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('goreu', 'GRU', 'square', (0, 100, 120)), 1.3), align='l')
    lema(R, 2022)
    R.p('Pucallpa, 4 de abril de 2022', align='r', after=4)
    R.p('OFICIO N° 0271-2022-GRU-GRDS', bold=True, after=6)
    to(R, ['Señora', 'Lidia Panduro Shuña', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre la Red Regional contra la Trata de Personas'), ('Referencia', ': Carta S/N de fecha 17 de marzo de 2022')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones y '
             'el presupuesto de la Red Regional contra la Trata de Personas de Ucayali correspondientes al año 2018.',
             'Sobre el particular, le informo que la Red Regional fue reconstituida mediante Resolución Ejecutiva Regional N° '
             '0188-2020-GRU-GR. La documentación de la conformación anterior, que comprende el año 2018, fue transferida al Archivo '
             'Regional y aún no ha sido catalogada, por lo que no es posible ubicarla. Le proporcionamos la información de los años '
             'siguientes a su reconstitución:'])
    R.table([['Acción de la Red Regional', '2020', '2021']],
            yrows([('Sesiones ordinarias y extraordinarias', 'sesión', [5, 8]),
                   ('Ferias informativas en Coronel Portillo y Padre Abad', 'feria', [2, 6]),
                   ('Personas informadas en ferias y visitas', 'persona', [740, 2215])], [2020, 2021], st='eu'),
            ruled='hlines', widths=(9.0, 3.0, 3.0), size=10, head_shade=None)
    body(R, ['El presupuesto asignado a la Red fue de ' + Mafter(62400, y=2020, r='a') + ' en 2020 y de ' + Mafter(71950, y=2021, r='a')
             + ' en 2021.',
             'Atentamente,'])
    R.sign('Lic. Roger Ruiz Tuesta', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ucayali')
    return R


def t040():
    # out_of_period: 2023 requested; only the plan for 2025 (targets and programmed amounts)
    R = new('t040', 'out_of_period', None, ['prevention', 'governance'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0298-2024-MDA/GDS', ['Expediente N° 38127-2024'], '2024-11-12',
            'carta; plan table for 2025 with the target and the programmed amount per action, unit "(S/)" in the column header, total row',
            notes='Request for 2023; the 2023 report is part of an ongoing audit by the internal control office and cannot be released '
                  'until it ends; the letter gives only the 2025 local plan: out_of_period. Programmed amounts are allocated.',
            font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD DISTRITAL DE ATE', 'Gerencia de Desarrollo Social'], logo=(logo_png('mda', 'ATE', 'shield', (0, 90, 40)), 1.4))
    lema(R, 2024, dec=False)
    R.p('Ate, 12 de noviembre de 2024', align='r', after=4)
    R.p('CARTA N° 0298-2024-MDA/GDS', bold=True, after=6)
    to(R, ['Señor', 'Joel Arias Campos', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a solicitud'), ('Referencia', ': Expediente N° 38127-2024')])
    body(R, ['Me dirijo a usted con relación al expediente de la referencia, en el que solicita el informe de las acciones contra la '
             'trata de personas ejecutadas por esta Municipalidad en el año 2023.',
             'El informe anual 2023 de la Gerencia forma parte de un servicio de control que el Órgano de Control Institucional viene '
             'realizando, por lo que no puede ser difundido hasta su culminación. No obstante, le comunicamos que el Plan Local '
             'contra la Trata de Personas 2025, aprobado por el Concejo, programa lo siguiente:'])
    rows = []
    tot = 0
    for lab, w, n, s_ in (('Talleres en instituciones educativas de Salamanca y Huaycán', 'taller', 24, 18600),
                          ('Campaña en el Mercado Mayorista y paraderos de la Carretera Central', 'campaña', 3, 22450),
                          ('Sesiones de la Mesa Distrital contra la Trata', 'sesión', 4, 3200),
                          ('Capacitación a fiscalizadores y serenos', 'taller', 6, 7900)):
        tot += s_
        rows.append([lab, Cn(n, w, y=2025), Mf(s_, 'us', 2, y=2025, r='a')])
    rows.append(['Total', '', Mf(tot, 'us', 2, y=2025, r='a')])
    R.table([['Acción 2025', 'Meta', 'Monto programado (S/)']], rows, widths=(9.5, 2.0, 4.0), size=9.5, bold_rows=(4,))
    body(R, ['Atentamente,'])
    R.sign('Lic. Marisol Huarcaya Pomalaza', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Ate')
    return R


def t041():
    # answered: coast guard, 2021, river patrols by port captaincy
    R = new('t041', 'answered', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Dirección General de Capitanías y Guardacostas', 'DICAPI', 'other'),
            'OFICIO N° V.200-0523', ['Carta S/N de fecha 9 de febrero de 2022'], '2022-03-03',
            'naval oficio with a navy-style number; table by port captaincy with four count columns and total; percent in text; signature with naval rank',
            notes='Year 2021. River patrols and inspections of boats that refer presumed victims to the police are prosecution '
                  '(operations).', font='Times New Roman', size=11)
    R.header(['MARINA DE GUERRA DEL PERÚ', 'DIRECCIÓN GENERAL DE CAPITANÍAS Y GUARDACOSTAS'], logo=(logo_png('dicapi', 'DGCG', 'circle', (10, 30, 90)), 1.4))
    R.p('Callao, 3 de marzo de 2022', align='r', after=4)
    R.p('OFICIO N° V.200-0523', bold=True, after=6)
    to(R, ['Señora', 'Vanessa Tello Arévalo', 'Presente'])
    kv(R, [('Asunto', ': Información sobre control fluvial y trata de personas – año 2021'), ('Referencia', ': Carta S/N de fecha 9 de febrero de 2022')])
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento de la referencia, para informarle sobre las acciones de '
             'control realizadas por las capitanías de puerto de la Amazonía durante el año 2021 para detectar posibles casos de '
             'trata de personas en el transporte fluvial:'])
    ctab(R, [['Capitanía de Puerto', 'Patrullajes fluviales', 'Embarcaciones inspeccionadas', 'Pasajeros menores de edad sin documentos', 'Casos comunicados a la PNP']],
         [('Iquitos', [64, 1120, 48, 9]), ('Yurimaguas', [31, 486, 17, 3]), ('Pucallpa', [52, 903, 36, 7]), ('Puerto Maldonado', [40, 512, 29, 6])],
         ['patrullaje', 'embarcación', 'menor de edad', 'caso'], year=2021, total='Total', widths=(3.8, 2.7, 3.1, 3.6, 2.8), size=9, st='eu')
    body(R, ['Del total de embarcaciones inspeccionadas, el ' + Psp(4.3, 1, y=2021) + ' fue intervenido por transportar menores de edad '
             'sin autorización de viaje.',
             'Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración y estima personal.'])
    R.sign('Contralmirante Ricardo Beltrán Montoya', 'Director General de Capitanías y Guardacostas', before=20)
    return R


def t042():
    # missing / off_topic: animal welfare (operations against informal breeders, complaints, rescued animals, budget)
    R = new('t042', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Municipalidad de Santiago de Surco', 'MSS', 'district_municipality'),
            'INFORME N° 312-2023-GGA-SGSSA-MSS', ['Memorándum N° 0911-2023-GM-MSS'], '2023-04-17',
            'informe on animal welfare: operations against informal breeders, complaints of animal abuse, rescued animals and sterilisation campaigns; table with months grouped by semester; budget with "S/" after the number',
            notes='About animal welfare (maltrato animal, animales rescatados), not trafficking in persons: off_topic.',
            font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD DE SANTIAGO DE SURCO', 'Gerencia de Gestión Ambiental – Subgerencia de Salud y Sanidad Animal'], align='c', size=8.5)
    lema(R, 2023)
    R.p('INFORME N° 312-2023-GGA-SGSSA-MSS', bold=True, align='c', after=6)
    kv(R, [('A', ': Gerencia Municipal'), ('DE', ': Subgerencia de Salud y Sanidad Animal'),
           ('ASUNTO', ': Acciones de bienestar animal 2022'), ('REF.', ': Memorándum N° 0911-2023-GM-MSS'),
           ('FECHA', ': Santiago de Surco, 17 de abril de 2023')])
    R.p('_' * 80, size=8, after=6)
    body(R, ['Informo a su despacho los resultados de las acciones de bienestar animal ejecutadas durante el año 2022:'])
    ctab(R, [['Semestre', 'Operativos a criaderos informales', 'Denuncias por maltrato animal', 'Animales rescatados', 'Esterilizaciones']],
         [('Enero – junio', [9, 142, 61, 1380]), ('Julio – diciembre', [13, 176, 88, 1725])],
         ['operativo', 'denuncia', 'animal', 'esterilización'], year=2022, total='Total 2022', widths=(3.4, 3.2, 3.2, 3.0, 3.0), size=9.5, st='eu')
    body(R, ['La actividad contó con un presupuesto de ' + Mpost(148900, 'eu', y=2022, r='a') + ', del cual se ejecutó '
             + Mpost(139205.8, 'eu', y=2022, r='e') + ' (' + Psp(93.5, 1, y=2022) + ').',
             'Es cuanto informo para su conocimiento.'])
    R.sign('M.V. Claudia Arrunátegui Bermejo', 'Subgerente de Salud y Sanidad Animal', before=20)
    return R


def t043():
    # answered: provincial municipality, 2021, indicator sheet with results; tourism operators; space-grouped money without decimals
    R = new('t043', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'OFICIO N° 0433-2022-GDHS/MPC', ['Expediente N° 11026', 'Ordenanza Municipal N° 027-2021-MPC'], '2022-03-22',
            'oficio with a two-column indicator sheet (Indicador | Resultado 2021) where each cell holds the number with its unit ("S/ 58 740", "92 %"), bullets for the provincial working group',
            notes='Year 2021. Commitments of tourism agencies and talks are prevention; the provincial working group and the budget of '
                  'the local plan are governance. Money printed with "S/" in the cell has unit_source cell.', font='Calibri', size=11)
    R.header(['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Desarrollo Humano y Social'], logo=(logo_png('mpc', 'MPC', 'shield', (150, 20, 60)), 1.5))
    lema(R, 2022)
    R.p('Cusco, 22 de marzo de 2022', align='r', after=4)
    R.p('OFICIO N° 0433-2022-GDHS/MPC', bold=True, after=6)
    to(R, ['Señorita', 'Valeria Huamán Zúñiga', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones de prevención de la trata de personas'), ('Referencia', ': Expediente N° 11026')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para informarle sobre las acciones realizadas por esta '
             'Municipalidad en el año 2021 en cumplimiento de la Ordenanza Municipal N° 027-2021-MPC:'])
    ficha(R, [('Agencias de turismo que suscribieron el compromiso "Turismo sin trata"', Cn(56, 'agencia de turismo', y=2021)),
              ('Hoteles y hostales visitados en el Centro Histórico', Cn(143, 'establecimiento', y=2021)),
              ('Charlas a guías de turismo y trabajadores de hospedajes', Cn(18, 'charla', y=2021)),
              ('Participantes en las charlas', Cn(624, 'participante', y=2021)),
              ('Presupuesto ejecutado', Mf(58740, 'sp', 0, pre='S/ ', y=2021, r='e', u='cell')),
              ('Avance de ejecución del presupuesto', P('92 %', 92, y=2021, u='cell'))],
          head=('Indicador', 'Resultado 2021'), widths=(11.5, 4.0), size=9.5)
    body(R, ['Asimismo, la Mesa Provincial contra la Trata de Personas:'])
    bl(R, ['sesionó en ' + Cn(7, 'sesión', y=2021) + ' oportunidades;',
           'aprobó su plan de trabajo 2021-2022; y',
           'incorporó a ' + Cn(4, 'institución', y=2021) + ' nuevas instituciones, entre ellas la Dirección Desconcentrada de Cultura.'])
    body(R, ['Atentamente,'])
    R.sign('Abog. Dina Letona Cárdenas', 'Gerente de Desarrollo Humano y Social', 'Municipalidad Provincial del Cusco')
    return R


def t044():
    # missing / not_competent, English: foreign embassy, not subject to the law, no referral
    R = new('t044', 'missing', 'not_competent', ['protection'], ('2022-01-01', '2022-12-31'),
            S('British Embassy Lima', None, 'foreign'),
            'Our ref: LIM/PS/2023/041', [], '2023-03-14',
            'short letter of a foreign embassy in English: not a Peruvian public body, holds no such statistics; no referral',
            lang='en', notes='Asks for the number of British nationals identified as victims of trafficking in Peru in 2022 and the '
                  'assistance given; the embassy is not subject to Law 27806 and does not hold such statistics; it does not forward the '
                  'request: not_competent.', font='Arial', size=11)
    R.p('British Embassy Lima', bold=True, size=13, after=0)
    R.p('Torre Parque Mar, Av. José Larco 1301, Miraflores, Lima', size=9, after=12)
    R.p('Our ref: LIM/PS/2023/041', after=0)
    R.p('14 March 2023', after=12)
    to(R, ['Ms. Andrea Villanueva Rojas', 'Lima'])
    body(R, ['Dear Ms. Villanueva,',
             'Thank you for your request of 27 February 2023 for the number of British nationals identified as victims of trafficking in '
             'persons in Peru during 2022 and the assistance they received.',
             'The Embassy is a diplomatic mission of the United Kingdom and is not a public body under Peru\'s Transparency and Access '
             'to Public Information Law. Consular assistance to individuals is confidential, and the Embassy does not compile or '
             'publish statistics on trafficking cases in Peru. We are therefore unable to provide the information you requested.',
             'Yours sincerely,'], align='l')
    R.p('', before=18)
    R.p('Consular Section', bold=True, after=0)
    R.p('British Embassy Lima', after=0)
    return R


def t045():
    # missing / no_information: regional government quotes the answer of its social development office
    R = new('t045', 'missing', 'no_information', ['governance'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de Pasco', 'GOREPA', 'regional_government'),
            'CARTA N° 077-2021-G.R.PASCO/SG', ['Expediente N° 0021473', 'MEMORANDO N° 0412-2021-G.R.PASCO/GRDS'], '2021-05-06',
            'carta of the general secretariat quoting an internal memorandum (indented, italic): no information found',
            notes='The social development office says it holds no record of actions or budget of the regional plan in 2020: '
                  'no_information.', font='Times New Roman', size=11.5)
    R.header(['GOBIERNO REGIONAL PASCO', 'Secretaría General'], logo=(logo_png('gorepa', 'GRP', 'shield', (60, 60, 60)), 1.3))
    lema(R, 2021)
    R.p('Cerro de Pasco, 6 de mayo de 2021', align='r', after=4)
    R.p('CARTA N° 077-2021-G.R.PASCO/SG', bold=True, after=6)
    to(R, ['Señor', 'Rubén Ventura Cóndor', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a su solicitud de información'), ('Referencia', ': Expediente N° 0021473')])
    body(R, ['Me dirijo a usted en atención a su solicitud, mediante la cual requiere las acciones ejecutadas y el presupuesto '
             'asignado en el año 2020 para la implementación del Plan Regional contra la Trata de Personas.',
             'Al respecto, la Gerencia Regional de Desarrollo Social, mediante MEMORANDO N° 0412-2021-G.R.PASCO/GRDS, ha informado lo '
             'siguiente:'])
    quote(R, '"Revisado el acervo documentario de la Gerencia y de la Subgerencia de Programas Sociales, así como los reportes de '
             'ejecución presupuestal, no se ha encontrado información referida a acciones o presupuesto vinculados al Plan Regional '
             'contra la Trata de Personas en el ejercicio 2020, por lo que esta Gerencia no cuenta con la información solicitada."')
    body(R, ['En consecuencia, no es posible atender su pedido por no contar la entidad con la información requerida.',
             'Atentamente,'])
    R.sign('Abog. Nilton Espinoza Ricapa', 'Secretario General', 'Gobierno Regional Pasco')
    return R
