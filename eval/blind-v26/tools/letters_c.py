"""blind-v26 letters k031-k045, written from scratch for this set from the labeling guide."""
from common import *

REQ = ['Señora', 'Milagros Paredes Caycho', 'Investigadora del Observatorio Ciudadano sobre Trata de Personas', 'Presente.-']
REQ2 = ['Señor', 'Julio César Ñahui Espinoza', 'Coordinador de la Red Ciudadana de Vigilancia contra la Trata', 'Ciudad.-']
REQ3 = ['Señorita', 'Andrea Lucía Mamani Torres', 'Asociación Civil Caminos Seguros', 'Presente.-']


def k031():
    R = new('k031', 'missing', 'not_competent_referred', ['prevention', 'prosecution'], PER26,
            S('Ministerio de la Producción', 'PRODUCE', 'ministry'),
            'OFICIO N° 00000412-2025-PRODUCE/OGACI', ['Registro N° 00018734-2025', 'OFICIO N° 00000409-2025-PRODUCE/OGACI', 'OFICIO N° 00000410-2025-PRODUCE/OGACI'],
            '2025-03-04', 'oficio, double-rule letterhead, grid opening, caps signature',
            notes='The production ministry has no competence on forced labour and trafficking in the fishing sector and forwarded the request to the labour ministry and SUNAFIL by two cited oficios. not_competent_referred.',
            font='Calibri', size=11)
    double_rule_header(R, ['Ministerio de la Producción', 'Oficina General de Atención al Ciudadano'], logo=(logo_png('produce', 'PRO', 'circle', (0, 90, 130)), 1.2))
    open26(R, 2025, date26('San Isidro', '2025-03-04', 'cap_month'), 'OFICIO N° 00000412-2025-PRODUCE/OGACI', REQ3[:3],
           [('ASUNTO', 'Traslado de solicitud de información'), ('REFERENCIA', 'Registro N° 00018734-2025')], order='grid')
    para(R, 'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre acciones de prevención y fiscalización del trabajo forzoso y la trata de personas con fines de explotación laboral en el sector pesquero, entre enero de 2023 y diciembre de 2024.')
    para(R, 'Sobre el particular, la fiscalización de las condiciones laborales no es competencia de este Ministerio. Por ello, su solicitud fue encausada al Ministerio de Trabajo y Promoción del Empleo con OFICIO N° 00000409-2025-PRODUCE/OGACI y a la Superintendencia Nacional de Fiscalización Laboral con OFICIO N° 00000410-2025-PRODUCE/OGACI, lo que se pone en su conocimiento.')
    caps_left_sign(R, 'Carlos Enrique Vela Tuesta', 'Director General de la Oficina General de Atención al Ciudadano')
    return R


def k032():
    R = new('k032', 'answered', None, ['prevention'], PER26,
            S('Ministerio de Cultura', 'MINCUL', 'ministry'),
            'OFICIO N° 000198-2025-DGCI/MC', ['Solicitud N° 2025-0004071', 'Informe N° 000052-2025-DLI-DGCI/MC'],
            '2025-03-26', 'oficio, monogram letterhead, box-right opening, spots by language table with frame-zebra ruling, budget and percent in text',
            notes='Radio spots and workshops in indigenous languages to prevent trafficking, 2023-2024; executed budget written "S/ 96.4 mil" and a share of the audience. Answered.',
            font='Liberation Serif', size=11)
    monogram_header(R, 'MC', ['Ministerio de Cultura', 'Viceministerio de Interculturalidad', 'Dirección General de Ciudadanía Intercultural'], color='7030A0')
    open26(R, 2025, date26('San Borja', '2025-03-26', 'del_year'), 'OFICIO N° 000198-2025-DGCI/MC', REQ2,
           [('Asunto', 'Acciones preventivas en lenguas indígenas'), ('Referencia', 'Solicitud N° 2025-0004071')], order='box_right')
    para(R, 'Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para informarle, según el Informe N° 000052-2025-DLI-DGCI/MC, las acciones de prevención de la trata de personas en lenguas indígenas u originarias durante 2023 y 2024:')
    head = [['Lengua', 'Spots radiales', '', 'Talleres con intérpretes', ''], ['', '2023', '2024', '2023', '2024']]
    data = [('Quechua', [420, 515, 12, 15]), ('Aimara', [160, 204, 5, 7]), ('Asháninka', [96, 130, 4, 6]), ('Awajún', [88, 112, 3, 5]), ('Shipibo-Konibo', [72, 95, 2, 4])]
    ctab26(R, head, data, ['spot radial', 'spot radial', 'taller', 'taller'], year=[2023, 2024, 2023, 2024],
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), style='frame_zebra', widths=(4.2, 2.6, 2.6, 2.8, 2.8), size=9.5)
    para(R, 'La inversión ejecutada fue de %s en 2023 y de %s en 2024. Según la encuesta de recordación, el %s de la población objetivo escuchó al menos un spot en 2024.'
         % (Mmildec(81.2, y=2023, r='e'), Mmildec(96.4, y=2024, r='e'), Ppc26(41.5, y=2024)))
    boxed_sign(R, 'Mg. Ana María Huaranga Soto', 'Directora General de Ciudadanía Intercultural')
    return R


def k033():
    R = new('k033', 'missing', 'no_reply', ['prevention', 'governance'], PER26,
            S('Gobierno Regional de Apurímac', 'GRA', 'regional_government'),
            'OFICIO N° 0087-2025-GRAP/GRDS', ['Solicitud N° 0046-2025', 'OFICIO N° 0041-2025-GRAP/GRDS', 'OFICIO N° 0069-2025-GRAP/GRDS'],
            '2025-03-24', 'oficio, corner-block letterhead, to-first opening, reports another body did not answer',
            notes='The regional government forwarded the request to the provincial municipality of Andahuaylas (cited oficio) and sent a reminder (cited oficio); Andahuaylas has not answered. no_reply.',
            font='Arial', size=10.5)
    corner_block_header(R, ['Gobierno Regional de Apurímac', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('grapu', 'GRA', 'shield', (90, 50, 0)), 1.6), color='833C0B')
    open26(R, 2025, date26('Abancay', '2025-03-24', 'dots'), 'OFICIO N° 0087-2025-GRAP/GRDS', REQ,
           [('ASUNTO:', 'Estado de su solicitud'), ('REF.:', 'Solicitud N° 0046-2025')], order='to_first')
    para(R, 'Me dirijo a usted con relación a su solicitud sobre las acciones de prevención y el funcionamiento de la Mesa Provincial contra la Trata de Personas de Andahuaylas entre enero de 2023 y diciembre de 2024.')
    para(R, 'Al respecto, mediante OFICIO N° 0041-2025-GRAP/GRDS se trasladó su pedido a la Municipalidad Provincial de Andahuaylas, entidad que preside dicha Mesa, y mediante OFICIO N° 0069-2025-GRAP/GRDS se le reiteró la solicitud. A la fecha, la citada Municipalidad no ha remitido respuesta, por lo que no contamos con la información requerida.')
    dbl_rule_sign(R, 'Lic. Edgar Sarmiento Huamaní', 'Gerente Regional de Desarrollo Social')
    return R


def k034():
    R = new('k034', 'answered', None, ['governance', 'prevention'], PER26,
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'OFICIO N° 0214-2025-VRIN-UNSAAC', ['Expediente N° 912347', 'Resolución N° CU-0417-2023-UNSAAC'],
            '2025-04-01', 'oficio, tinted-band letterhead, grid opening, research projects with year column and money per cell "S/", extension activities in text',
            notes='Research projects on trafficking (governance: research) with their funding per year, and extension campaigns with students trained (prevention). Answered.',
            font='DejaVu Serif', size=9.5)
    tint_band_header(R, ['Universidad Nacional de San Antonio Abad del Cusco', 'Vicerrectorado de Investigación'], fill='F2DCDB', line='632523',
                     logo=(logo_png('unsaac', 'UNSAAC', 'shield', (120, 20, 30)), 1.5))
    open26(R, 2025, date26('Cusco', '2025-04-01', 'legal'), 'OFICIO N° 0214-2025-VRIN-UNSAAC', REQ2[:3],
           [('ASUNTO', 'Investigaciones y actividades sobre trata de personas'), ('REFERENCIA', 'Expediente N° 912347')], order='grid')
    para(R, 'Me dirijo a usted para informar que, en el periodo de enero de 2023 a diciembre de 2024, la Universidad financió los siguientes proyectos de investigación vinculados a la trata de personas (Resolución N° CU-0417-2023-UNSAAC):')
    pr = [('Explotación laboral de adolescentes en la minería de Quince Mil', '2023', 42000.0), ('Rutas de captación en el corredor Cusco – Madre de Dios', '2023', 38500.0),
          ('Turismo y explotación sexual en el Centro Histórico', '2024', 45200.0)]
    t = R.table([['Proyecto', 'Año', 'Monto financiado']], [[a, b, Mcell(v, pre='S/ ', st='us', y=int(b), r='a')] for a, b, v in pr],
                widths=(9.6, 1.6, 3.6), size=9, ruled='none')
    style26(t, 'frame')
    para(R, 'Además, la Dirección de Proyección Social realizó %s campañas de sensibilización en 2024 y capacitó a %s estudiantes voluntarios como promotores de prevención.' % (Cdw26(11, 'campaña', fem=True, y=2024), Cn(286, 'estudiante', y=2024)))
    caps_left_sign(R, 'Dr. Gilbert Alagón Huallpa', 'Vicerrector de Investigación')
    return R


def k035():
    R = new('k035', 'out_of_period', None, ['prosecution'], PER26,
            S('Corte Superior de Justicia de Cusco', 'CSJCU', 'autonomous'),
            'OFICIO N° 000311-2025-P-CSJCU-PJ', ['Solicitud N° 00119-2025-TAIP', 'MEMORANDO N° 000087-2025-UPD-GAD-CSJCU-PJ'],
            '2025-03-28', 'court oficio, plain header, box-right opening, 2021-2022 sentences by type with merged header, frame ruling',
            notes='Only 2021 and 2022 court statistics: the 2023-2024 data are being reconciled after the change to the electronic file system (cited memorandum). out_of_period.',
            font='Times New Roman', size=11)
    R.header(['PODER JUDICIAL', 'Corte Superior de Justicia de Cusco', 'Presidencia'], logo=(logo_png('pjcus', 'PJ', 'shield', (110, 20, 20)), 1.2))
    open26(R, 2025, date26('Cusco', '2025-03-28', 'caps_weekday'), 'OFICIO N° 000311-2025-P-CSJCU-PJ', REQ,
           [('Asunto', 'Información estadística sobre trata de personas'), ('Referencia', 'Solicitud N° 00119-2025-TAIP')], order='box_right')
    para(R, 'Me dirijo a usted en atención a su solicitud sobre los procesos por trata de personas tramitados en el Distrito Judicial de Cusco entre enero de 2023 y diciembre de 2024.')
    para(R, 'Según el MEMORANDO N° 000087-2025-UPD-GAD-CSJCU-PJ, la información de 2023 y 2024 se encuentra en conciliación tras la implementación del Expediente Judicial Electrónico, por lo que se remiten los datos consolidados disponibles:')
    head = [['Año', 'Procesos ingresados', 'Sentencias', ''], ['', '', 'Condenatorias', 'Absolutorias']]
    yrowtab26(R, head, [('2021', 2021, [38, 11, 3]), ('2022', 2022, [45, 14, 5])], ['proceso', 'sentencia condenatoria', 'sentencia absolutoria'],
              merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)), style='frame', widths=(2.4, 3.8, 3.4, 3.4), size=10)
    R.sign('Dra. Elena Villena Contreras', 'Presidenta de la Corte Superior de Justicia de Cusco', before=30)
    return R


def k036():
    R = new('k036', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'OFICIO N° 0176-2025-MPH/GSP', ['Solicitud N° 1033-2025'],
            '2025-02-25', 'oficio on solid-waste collection, monogram letterhead, grid opening, fleet table and costs with thick head rule',
            notes='A reply about the solid waste collection service in 2024 (vehicles, routes, cost) – not about trafficking in persons. off_topic.',
            font='Arial', size=10.5)
    monogram_header(R, 'MPH', ['Municipalidad Provincial de Huancayo', 'Gerencia de Servicios Públicos'], color='375623')
    open26(R, 2025, date26('Huancayo', '2025-02-25', 'month_first'), 'OFICIO N° 0176-2025-MPH/GSP', REQ3[:3],
           [('ASUNTO', 'Información sobre el servicio de recolección de residuos sólidos'), ('REFERENCIA', 'Solicitud N° 1033-2025')], order='grid')
    para(R, 'En atención a su solicitud, le informo sobre la flota y el costo del servicio de recolección de residuos sólidos durante el año 2024:')
    rows = [[a, Cn(n, 'vehículo', y=2024), Cn(r, 'ruta', y=2024), Mf(c, y=2024, r='e')] for a, n, r, c in
            [('Compactadoras', 14, 28, 2456300.0), ('Volquetes', 6, 9, 612840.0), ('Camiones baranda', 4, 7, 318220.0)]]
    t = R.table([['Tipo de vehículo', 'Unidades', 'Rutas atendidas', 'Costo de operación (S/)']], rows, widths=(5.0, 2.6, 3.0, 4.4), size=9.5, ruled='none')
    style26(t, 'thick')
    para(R, 'La cobertura del servicio alcanzó el %s de las viviendas del distrito.' % Pf(87.5, 1, y=2024))
    dbl_rule_sign(R, 'Ing. Ricardo Poma Ccente', 'Gerente de Servicios Públicos')
    return R


def k037():
    R = new('k037', 'answered', None, ['protection', 'prevention'], PER26,
            S('Dirección Regional de Salud Huancavelica', 'DIRESA Huancavelica', 'regional_government'),
            'OFICIO N° 0455-2025/GOB.REG.HVCA/GRDS-DIRESA', ['Solicitud N° 0031-2025', 'Informe N° 019-2025/DIRESA-DSP-SM'],
            '2025-03-14', 'oficio, corner-block letterhead, to-first opening, health networks table with victims by sex merged over two columns, zebra',
            notes='The regional health directorate (an executing unit, named as itself): victims attended by health network and sex in 2023 and 2024 (protection), staff trained to detect (prevention). Answered.',
            font='Calibri', size=10.5)
    corner_block_header(R, ['Gobierno Regional de Huancavelica', 'Dirección Regional de Salud', 'Dirección de Salud de las Personas'], logo=(logo_png('diresahv', 'DIRESA', 'square', (0, 110, 110)), 1.8), color='008080')
    open26(R, 2025, date26('Huancavelica', '2025-03-14', 'del_year'), 'OFICIO N° 0455-2025/GOB.REG.HVCA/GRDS-DIRESA', REQ,
           [('ASUNTO:', 'Atenciones a víctimas de trata de personas'), ('REF.:', 'Solicitud N° 0031-2025')], order='to_first')
    para(R, 'Me dirijo a usted para remitir, conforme al Informe N° 019-2025/DIRESA-DSP-SM, las atenciones brindadas a víctimas de trata de personas en los establecimientos de salud de la región:')
    head = [['Red de salud', '2023', '', '2024', ''], ['', 'Mujeres', 'Hombres', 'Mujeres', 'Hombres']]
    data = [('Red Huancavelica', [14, 3, 17, 4]), ('Red Tayacaja', [8, 2, 11, 2]), ('Red Angaraes', [5, 1, 7, 1]), ('Red Acobamba', [4, None, 6, 2])]
    ctab26(R, head, data, 'víctima', year=[2023, 2023, 2024, 2024], merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), style='zebra',
           widths=(4.6, 2.4, 2.4, 2.4, 2.4), size=9.5)
    para(R, 'Asimismo, se capacitó a %s trabajadores de salud en 2024 en la identificación de presuntas víctimas, lo que equivale al %s del personal asistencial.' % (Cdot(1032, 'trabajador de salud', y=2024), Pcoma(22.8, 1, y=2024)))
    boxed_sign(R, 'M.C. Pedro Ccanto Ñañez', 'Director Regional de Salud')
    return R


def k038():
    R = new('k038', 'missing', 'acknowledgment', ['prevention', 'protection'], PER26,
            S('Municipalidad Distrital de La Victoria', 'MDLV', 'district_municipality'),
            'CARTA N° 0061-2025-SG/MDLV', ['Expediente N° 2025-0007713'],
            '2025-02-18', 'carta, double-rule letterhead, box-right opening, term extension notice',
            notes='The municipality acknowledges the request and extends the term to answer (prórroga) because the information must be gathered from several offices; it gives no information. acknowledgment.',
            font='Liberation Sans', size=10.5)
    double_rule_header(R, ['Municipalidad de La Victoria', 'Secretaría General – Transparencia'])
    open26(R, 2025, date26('La Victoria', '2025-02-18', 'iso'), 'CARTA N° 0061-2025-SG/MDLV', REQ2,
           [('Asunto', 'Prórroga del plazo de atención'), ('Referencia', 'Expediente N° 2025-0007713')], order='box_right')
    para(R, 'Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de prevención de la trata de personas y la atención de casos por la DEMUNA entre enero de 2023 y diciembre de 2024.')
    para(R, 'Le comunicamos que su solicitud ha sido recibida y, dado que la información debe ser recopilada de varias unidades orgánicas, se hace uso de la prórroga prevista en el literal g) del artículo 11 del TUO de la Ley N° 27806. La información le será remitida a más tardar el 14 de marzo de 2025.')
    caps_left_sign(R, 'Abog. Miriam Chumpitaz Lévano', 'Secretaria General')
    return R


def k039():
    R = new('k039', 'answered', None, ['prevention', 'protection'], PER26,
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            'OFICIO N° 0209-2025-GDIS/MVES', ['Expediente N° 0041287-2025', 'Informe N° 058-2025-SGDEMUNA-GDIS/MVES'],
            '2025-03-20', 'long oficio over two pages (signature on page 2), tinted-band letterhead, grid opening, two tables (talleres by sector; cases by type) with frame-zebra and thick rules',
            notes='DEMUNA workshops by sector (prevention) and cases of risk attended (protection), 2023 and 2024; the signature runs onto page 2. Answered.',
            font='Arial', size=11)
    tint_band_header(R, ['Municipalidad de Villa El Salvador', 'Gerencia de Desarrollo e Inclusión Social', 'Sub Gerencia de DEMUNA'], fill='FFF2CC', line='BF9000',
                     logo=(logo_png('mves', 'VES', 'circle', (200, 120, 0)), 1.5))
    open26(R, 2025, date26('Villa El Salvador', '2025-03-20', 'dots'), 'OFICIO N° 0209-2025-GDIS/MVES', REQ[:3],
           [('ASUNTO', 'Información sobre prevención de la trata y atención de casos'), ('REFERENCIA', 'Expediente N° 0041287-2025')], order='grid')
    para(R, 'De mi mayor consideración: por medio del presente, en atención al expediente de la referencia, remito la información proporcionada por la Sub Gerencia de DEMUNA mediante Informe N° 058-2025-SGDEMUNA-GDIS/MVES, sobre las acciones realizadas entre enero de 2023 y diciembre de 2024.')
    R.p('1. Talleres de prevención por sector', bold=True, after=2)
    ctab26(R, [['Sector', 'Talleres 2023', 'Talleres 2024']],
           [('Sector 1 – Parque Industrial', [6, 8]), ('Sector 2 – Pachacámac', [9, 12]), ('Sector 3 – Oasis', [5, 7]), ('Sector 6 – Lomo de Corvina', [7, 10]),
            ('Sector 9 – Lomas', [3, 6])], 'taller', year=[2023, 2024], style='frame_zebra', widths=(7.0, 3.2, 3.2), size=10)
    R.p('2. Casos atendidos por la DEMUNA', bold=True, after=2)
    rowtab26(R, [['Tipo de caso', '2023', '2024']],
             [('Riesgo de captación por redes sociales', 'caso', [18, 26]), ('Adolescentes en situación de calle', 'caso', [11, 9]),
              ('Derivaciones a la Unidad de Protección Especial', 'derivación', [14, 21])], [2023, 2024], style='thick', widths=(8.4, 2.6, 2.6), size=10)
    para(R, 'En 2024 se alcanzó a %s estudiantes y padres de familia, cifra superior en %s a la de 2023. Para ello se ejecutó un gasto de %s en 2024.' % (Cdot(3415, 'persona', y=2024), Pf(23.0, 0, suf=' %', y=2024), Mpen(17850.0, y=2024, r='e')))
    para(R, 'Adicionalmente, la DEMUNA participó en las sesiones de la Red Distrital de Protección de Niñas, Niños y Adolescentes, en cuyo marco se coordinó la derivación oportuna de los casos a la Unidad de Protección Especial de Lima Sur y al Centro Emergencia Mujer de Villa El Salvador.')
    para(R, 'Es todo cuanto se informa, para su conocimiento y fines pertinentes.')
    R.p('', before=60)
    dbl_rule_sign(R, 'Lic. Carmen Rosa Ayala Quintanilla', 'Gerente de Desarrollo e Inclusión Social', before=60)
    return R


def k040():
    R = new('k040', 'missing', 'no_information', ['prevention', 'governance'], PER26,
            S('Municipalidad Provincial de Chachapoyas', 'MPCH', 'provincial_municipality'),
            'OFICIO N° 046-2025-MPCH/GDS', ['Solicitud N° 0027-2025', 'Memorándum N° 033-2025-MPCH/GDS-ARCH'],
            '2025-03-03', 'short oficio, corner-block letterhead, to-first opening, framed signature',
            notes='After a search of the archive (cited memorandum) no documents on prevention or the provincial working group for 2023-2024 were found. no_information.',
            font='DejaVu Serif', size=10)
    corner_block_header(R, ['Municipalidad Provincial de Chachapoyas', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpch', 'MPCH', 'shield', (40, 80, 40)), 1.6), color='385723')
    open26(R, 2025, date26('Chachapoyas', '2025-03-03', 'sep_month'), 'OFICIO N° 046-2025-MPCH/GDS', REQ3,
           [('ASUNTO:', 'Respuesta a solicitud de información'), ('REF.:', 'Solicitud N° 0027-2025')], order='to_first')
    para(R, 'Me dirijo a usted en atención a su solicitud sobre las acciones de prevención de la trata de personas y el funcionamiento de la Mesa Provincial en el periodo enero 2023 – diciembre 2024.')
    para(R, 'Según el Memorándum N° 033-2025-MPCH/GDS-ARCH del Archivo Central, no se han ubicado actas, planes ni informes relacionados con lo solicitado. En consecuencia, esta Gerencia no posee la información requerida.')
    boxed_sign(R, 'Lic. Segundo Tuesta Culqui', 'Gerente de Desarrollo Social')
    return R


def k041():
    R = new('k041', 'answered', None, ['prevention'], PER26,
            S('Municipalidad Distrital de Wanchaq', 'MDW', 'district_municipality'),
            'OFICIO N° 038-2025-GDHS-MDW', ['Solicitud N° 0218-2025-MDW'],
            '2025-03-17', 'letter sent as an OpenDocument file, monogram letterhead, box-right opening, workshops by school table with frame ruling',
            notes='Sent alone as ODT (kept as native, with its PDF rendering). Workshops and students reached in schools, 2023 and 2024. Answered.',
            font='Liberation Sans', size=10.5, fmt='odt', keep_native=True)
    monogram_header(R, 'MDW', ['Municipalidad Distrital de Wanchaq', 'Gerencia de Desarrollo Humano y Social'], color='B4005A')
    open26(R, 2025, date26('Wanchaq', '2025-03-17', 'cap_month'), 'OFICIO N° 038-2025-GDHS-MDW', REQ,
           [('Asunto', 'Charlas preventivas en colegios'), ('Referencia', 'Solicitud N° 0218-2025-MDW')], order='box_right')
    para(R, 'Me dirijo a usted para informar las charlas de prevención de la trata de personas realizadas en instituciones educativas del distrito en 2023 y 2024:')
    head = [['Institución educativa', 'Charlas', '', 'Estudiantes', ''], ['', '2023', '2024', '2023', '2024']]
    ctab26(R, head, [('I.E. Ciencias', [4, 5, 380, 455]), ('I.E. Clorinda Matto de Turner', [3, 4, 295, 342]), ('I.E. Mariscal Gamarra', [2, 4, 210, 388]),
                     ('I.E. Inca Garcilaso', [3, 3, 260, 274])], ['charla', 'charla', 'estudiante', 'estudiante'], year=[2023, 2024, 2023, 2024],
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), style='frame', widths=(5.6, 2.2, 2.2, 2.6, 2.6), size=9.5)
    para(R, 'Las charlas se financiaron con %s del presupuesto de 2024.' % Mfull(6400.0, y=2024, r='e'))
    dbl_rule_sign(R, 'Lic. Nilda Huillca Quispe', 'Gerente de Desarrollo Humano y Social')
    return R


def k042():
    R = new('k042', 'missing', 'not_competent', ['prevention'], PER26,
            S('Superintendencia Nacional de Educación Superior Universitaria', 'SUNEDU', 'other'),
            'OFICIO N° 0142-2025-SUNEDU-03-08', ['Solicitud N° 2025-00233'],
            '2025-03-07', 'oficio, tinted-band letterhead, grid opening, functions in numbered points, no referral',
            notes='SUNEDU lists its functions (licensing and supervision of universities) and says prevention of trafficking in universities is not among them; no referral. not_competent.',
            font='Calibri', size=11)
    tint_band_header(R, ['Superintendencia Nacional de Educación Superior Universitaria', 'Oficina de Atención al Ciudadano y Trámite Documentario'], fill='E7E6E6', line='3A3838',
                     logo=(logo_png('sunedu', 'SUNEDU', 'square', (30, 30, 90)), 1.6))
    open26(R, 2025, date26('Lima', '2025-03-07', 'short_slash'), 'OFICIO N° 0142-2025-SUNEDU-03-08', REQ2[:3],
           [('ASUNTO', 'Respuesta a solicitud de acceso a la información'), ('REFERENCIA', 'Solicitud N° 2025-00233')], order='grid')
    para(R, 'Me dirijo a usted en atención a su solicitud sobre las acciones de prevención de la trata de personas desarrolladas en las universidades entre enero de 2023 y diciembre de 2024.')
    para(R, 'Al respecto, de conformidad con la Ley Universitaria, la SUNEDU tiene como funciones:')
    numbered(R, ['Licenciar a las universidades y programas conducentes a grado académico.', 'Supervisar la calidad del servicio educativo universitario.',
                 'Fiscalizar el uso de los recursos públicos y beneficios otorgados a las universidades.'], fmt_='%d.', size=10.5)
    para(R, 'Las acciones de prevención de la trata de personas no se encuentran entre dichas funciones, por lo que esta Superintendencia no cuenta con la información solicitada.')
    caps_left_sign(R, 'Patricia Liz Rivera Álvarez', 'Jefa de la Oficina de Atención al Ciudadano y Trámite Documentario')
    return R


def k043():
    R = new('k043', 'out_of_period', None, ['governance', 'prevention'], PER26,
            S('Gobierno Regional de Moquegua', 'GRM', 'regional_government'),
            'OFICIO N° 0198-2025-GRDS/GR.MOQ', ['Solicitud N° 0052-2025-GRM', 'Informe N° 014-2025-GRDS-SGPV/GR.MOQ'],
            '2025-05-06', 'oficio, monogram letterhead, grid opening, monthly rows January-April 2025 with a total, zebra',
            notes='The 2023-2024 period is restated; only January-April 2025 figures are given, because the commission was re-installed in January 2025 and the earlier secretariat left no records (cited report). out_of_period.',
            font='Arial', size=10.5)
    monogram_header(R, 'GRM', ['Gobierno Regional de Moquegua', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Poblaciones Vulnerables'], color='0070C0')
    open26(R, 2025, date26('Moquegua', '2025-05-06', 'legal'), 'OFICIO N° 0198-2025-GRDS/GR.MOQ', REQ[:3],
           [('ASUNTO', 'Información sobre la Comisión Regional contra la Trata de Personas'), ('REFERENCIA', 'Solicitud N° 0052-2025-GRM')], order='grid')
    para(R, 'Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual pide información de las acciones de la Comisión Regional contra la Trata de Personas de Moquegua entre el 1 de enero de 2023 y el 31 de diciembre de 2024.')
    para(R, 'Conforme al Informe N° 014-2025-GRDS-SGPV/GR.MOQ, la Comisión fue reinstalada en enero de 2025 y la anterior Secretaría Técnica no dejó registros de su actuación. Se informan las acciones del presente año:')
    yrowtab26(R, [['Mes', 'Sesiones', 'Charlas', 'Personas sensibilizadas']],
              [('Enero 2025', 2025, [1, 2, 64]), ('Febrero 2025', 2025, [1, 4, 138]), ('Marzo 2025', 2025, [None, 6, 215]), ('Abril 2025', 2025, [1, 5, 172])],
              ['sesión', 'charla', 'persona'], style='zebra', total='Total', total_year=2025, widths=(3.6, 2.6, 2.6, 4.0), size=10)
    boxed_sign(R, 'Abg. Mónica Flores Chambilla', 'Gerente Regional de Desarrollo Social')
    return R


def k044():
    R = new('k044', 'answered', None, ['protection'], PER26,
            S('Unidad Distrital de Asistencia a Víctimas y Testigos de Arequipa', 'UDAVIT Arequipa', 'autonomous'),
            'OFICIO N° 000094-2025-MP-FN-UDAVIT-AREQUIPA', ['Solicitud N° 0186-2025-MP-FN', 'Resolución de la Fiscalía de la Nación N° 1558-2008-MP-FN'],
            '2025-03-19', 'oficio, plain Public Ministry header, to-first opening, assistance by type with share column (percent with decimal comma), thick head rule',
            notes='The victims\' assistance unit of the Public Ministry in Arequipa (named as the office): victims of trafficking assisted and assistance by type in 2023 and 2024. Answered.',
            font='Times New Roman', size=11)
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Programa de Protección y Asistencia a Víctimas y Testigos', 'Unidad Distrital de Asistencia a Víctimas y Testigos de Arequipa'],
             logo=(logo_png('udavit', 'MP', 'circle', (30, 50, 120)), 1.2))
    open26(R, 2025, date26('Arequipa', '2025-03-19', 'month_first'), 'OFICIO N° 000094-2025-MP-FN-UDAVIT-AREQUIPA', REQ2,
           [('ASUNTO:', 'Remite información de asistencia a víctimas de trata'), ('REF.:', 'Solicitud N° 0186-2025-MP-FN')], order='to_first')
    para(R, 'Tengo el agrado de dirigirme a usted para informar que, en el marco del Reglamento aprobado por Resolución de la Fiscalía de la Nación N° 1558-2008-MP-FN, esta Unidad asistió a %s víctimas de trata de personas en 2023 y a %s en 2024, con las siguientes prestaciones:'
         % (Cdw26(52, 'víctima', fem=True, y=2023), Cdw26(67, 'víctima', fem=True, y=2024)))
    ctab26(R, [['Tipo de asistencia', 'Prestaciones 2023', 'Prestaciones 2024', '% 2024']],
           [('Asistencia psicológica', [148, 196]), ('Asistencia legal', [97, 124]), ('Asistencia social', [83, 110]), ('Albergue temporal gestionado', [12, 18])],
           'prestación', year=[2023, 2024], pct=(1, 'total'), pct_fn=lambda v, y: Pcoma(v, 1, y=y, u='column'), style='thick', widths=(6.2, 3.0, 3.0, 2.4), size=10)
    R.sign('Psic. Lourdes Benavides Cornejo', 'Coordinadora de la UDAVIT Arequipa', before=30)
    return R


def k045():
    R = new('k045', 'missing', 'off_topic', [], None,
            S('Servicio Nacional de Áreas Naturales Protegidas por el Estado', 'SERNANP', 'other'),
            'OFICIO N° 0211-2025-SERNANP-DDE', ['Solicitud N° 0412-2025-SERNANP'],
            '2025-02-14', 'oficio on visitors to protected areas, corner-block letterhead, box-right opening, visitors and income table, frame-zebra',
            notes='Visitors to natural protected areas and entrance income in 2024 – not about trafficking in persons. off_topic.',
            font='DejaVu Sans', size=9.5)
    corner_block_header(R, ['Servicio Nacional de Áreas Naturales Protegidas por el Estado', 'Dirección de Desarrollo Estratégico'], logo=(logo_png('sernanp', 'SERNANP', 'circle', (0, 110, 50)), 1.8), color='00B050')
    open26(R, 2025, date26('San Isidro', '2025-02-14', 'dots'), 'OFICIO N° 0211-2025-SERNANP-DDE', REQ3,
           [('Asunto', 'Visitantes a áreas naturales protegidas 2024'), ('Referencia', 'Solicitud N° 0412-2025-SERNANP')], order='box_right')
    para(R, 'En atención a su solicitud, se remite el número de visitantes y la recaudación por derecho de ingreso a las principales áreas naturales protegidas durante 2024:')
    rows = [[a, Cdot(n, 'visitante', y=2024), Mf(v, y=2024)] for a, n, v in
            [('Reserva Nacional de Paracas', 312600, 4689000.0), ('Reserva Nacional Tambopata', 58300, 1749000.0),
             ('Parque Nacional Huascarán', 224800, 3372000.0)]]
    t = R.table([['Área natural protegida', 'Visitantes', 'Recaudación (S/)']], rows, widths=(7.4, 3.0, 3.8), size=9, ruled='none')
    style26(t, 'frame_zebra')
    para(R, 'Los visitantes extranjeros representaron el %s del total.' % Pcoma(38.2, 1, y=2024))
    caps_left_sign(R, 'Blgo. César Augusto Ríos Panduro', 'Director de Desarrollo Estratégico')
    return R
