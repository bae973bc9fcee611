"""blind-v26 letters k016-k030, written from scratch for this set from the labeling guide."""
from common import *

REQ = ['Señora', 'Milagros Paredes Caycho', 'Investigadora del Observatorio Ciudadano sobre Trata de Personas', 'Presente.-']
REQ2 = ['Señor', 'Julio César Ñahui Espinoza', 'Coordinador de la Red Ciudadana de Vigilancia contra la Trata', 'Ciudad.-']
REQ3 = ['Señorita', 'Andrea Lucía Mamani Torres', 'Asociación Civil Caminos Seguros', 'Presente.-']
PERTXT = 'enero de 2023 a diciembre de 2024'


def k016():
    R = new('k016', 'answered', None, ['prosecution', 'protection'], PER26,
            S('Región Policial Madre de Dios', 'REGPOL MDD', 'police'),
            'OFICIO N° 208-2025-REGPOL MDD/DIVOPUS-DEPTRATA', ['Solicitud S/N del 05MAR2025'],
            '2025-03-19', 'police oficio, monospace type, plain header, counts written digits-then-words, yearly rows with frame-zebra ruling, nationality in text',
            notes='Complaints, operations, rescues and arrests by year (prosecution); rescued minors referred to the child protection unit (protection). Counts in the text are written "08 (ocho)". Answered.',
            font='Courier New', size=10)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'DEPARTAMENTO DE INVESTIGACIÓN DE TRATA DE PERSONAS'], logo=(logo_png('pnpmdd', 'PNP', 'shield', (20, 90, 40)), 1.2))
    lema(R, 2025, size=7)
    R.p(date26('Puerto Maldonado', '2025-03-19', 'compact'), align='r', after=4)
    R.p('OFICIO N° 208-2025-REGPOL MDD/DIVOPUS-DEPTRATA', bold=True, after=8)
    kv(R, [('SEÑOR', 'Julio César Ñahui Espinoza – Red Ciudadana de Vigilancia contra la Trata'), ('ASUNTO', 'Remite información'),
           ('REF.', 'Solicitud S/N del 05MAR2025')], size=9.5, tab=2.2, w2=13.8)
    para(R, 'Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para remitir la información estadística del Departamento de Investigación de Trata de Personas de Madre de Dios correspondiente al periodo enero 2023 – diciembre 2024:', size=10)
    yrowtab26(R, [['Periodo', 'Denuncias', 'Operativos', 'Víctimas rescatadas', 'Detenidos']],
              [('Año 2023', 2023, [74, 38, 112, 41]), ('Año 2024', 2024, [89, 45, 137, 52])],
              ['denuncia', 'operativo', 'víctima', 'detenido'], style='frame_zebra', total='TOTAL',
              widths=(3.0, 2.8, 2.8, 3.4, 2.6), size=9.5)
    para(R, 'De las víctimas rescatadas en 2024, %s fueron de nacionalidad venezolana y %s de nacionalidad boliviana; además, %s menores de edad fueron puestos a disposición de la Unidad de Protección Especial en 2023 y %s en 2024.'
         % (Cdw26(8, 'víctima', fem=True, y=2024), Cdw26(5, 'víctima', fem=True, y=2024), Cdw26(27, 'menor de edad', y=2023), Cdw26(34, 'menor de edad', y=2024)), size=10)
    R.p('Es propicia la ocasión para expresarle los sentimientos de mi consideración.', size=10)
    R.p('Dios guarde a Ud.', align='c', bold=True, before=4, after=0)
    dbl_rule_sign(R, 'MAY. PNP Edwin Cárdenas Loayza', 'Jefe del DEPTRATA – REGPOL Madre de Dios')
    return R


def k017():
    R = new('k017', 'out_of_period', None, ['prevention', 'governance'], PER26,
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'OFICIO N° 073-2025-MPT/GDSE', ['Expediente Administrativo N° 04871-2025', 'Informe N° 022-2025-MPT/GDSE-SGPV'],
            '2025-04-08', 'oficio, double-rule letterhead, box-right opening, monthly table January-March 2025 with thick head rule',
            notes='The letter restates the requested period (January 2023 - December 2024) and then gives only January-March 2025 activities: the office was created in 2025 and found no 2023-2024 records (cited report). Every figure gets 2025. out_of_period.',
            font='Arial', size=10.5)
    double_rule_header(R, ['Municipalidad Provincial de Tambopata', 'Gerencia de Desarrollo Social y Económico', 'Jr. Piura N° 522 – Puerto Maldonado'])
    open26(R, 2025, date26('Puerto Maldonado', '2025-04-08', 'dots'), 'OFICIO N° 073-2025-MPT/GDSE', REQ3,
           [('Asunto', 'Atención de solicitud de información'), ('Referencia', 'Expediente Administrativo N° 04871-2025')], order='box_right')
    para(R, 'Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de prevención de la trata de personas y el funcionamiento de la Mesa Provincial en el periodo comprendido entre el 1 de enero de 2023 y el 31 de diciembre de 2024.')
    para(R, 'Al respecto, la Sub Gerencia de Poblaciones Vulnerables, mediante Informe N° 022-2025-MPT/GDSE-SGPV, señala que fue creada en la presente gestión y que no ha encontrado en su acervo documentos del periodo solicitado. No obstante, comunica las acciones realizadas en el primer trimestre de 2025:')
    rowtab26(R, [['Acción', 'Enero 2025', 'Febrero 2025', 'Marzo 2025']],
             [('Charlas en colegios', 'charla', [3, 6, 9]), ('Estudiantes participantes', 'estudiante', [145, 302, 418]),
              ('Sesiones de la Mesa Provincial', 'sesión', [None, 1, 1])],
             [2025, 2025, 2025], style='thick', widths=(6.4, 2.8, 2.8, 2.8), size=9.5, caption='Acciones del I trimestre de 2025')
    para(R, 'Para dichas acciones se programó un presupuesto de %s para el año 2025.' % Mmildec(24.5, y=2025, r='a'))
    boxed_sign(R, 'Econ. Delia Huamán Quispe', 'Gerente de Desarrollo Social y Económico')
    return R


def k018():
    R = new('k018', 'missing', 'no_information', ['protection'], PER26,
            S('Hospital Regional de Ica', None, 'regional_government'),
            'OFICIO N° 0412-2025-GORE-ICA-HRI/DG', ['Solicitud N° 0093-2025-HRI', 'Informe N° 017-2025-HRI/UEI'],
            '2025-03-03', 'oficio, corner-block letterhead, to-first opening, caps signature',
            notes='The regional hospital (an executing unit of the regional government, named as itself) says its records do not identify victims of trafficking, so it has no information (cited report of its statistics unit). no_information.',
            font='Calibri', size=11)
    corner_block_header(R, ['Gobierno Regional de Ica', 'Hospital Regional de Ica', 'Dirección General'], logo=(logo_png('hri', 'HRI', 'circle', (0, 80, 150)), 1.7))
    open26(R, 2025, date26('Ica', '2025-03-03', 'cap_month'), 'OFICIO N° 0412-2025-GORE-ICA-HRI/DG', REQ,
           [('Asunto:', 'Respuesta a solicitud de acceso a la información'), ('Ref.:', 'Solicitud N° 0093-2025-HRI')], order='to_first')
    para(R, 'Es grato dirigirme a usted para atender la solicitud de la referencia, sobre el número de víctimas de trata de personas atendidas en este hospital entre enero de 2023 y diciembre de 2024 y los servicios brindados.')
    para(R, 'Según el Informe N° 017-2025-HRI/UEI de la Unidad de Estadística e Informática, los registros de atención del hospital (HIS y egresos hospitalarios) no consignan la condición de víctima de trata de personas, por lo que no es posible identificar dichas atenciones. En consecuencia, el hospital no cuenta con la información solicitada.')
    caps_left_sign(R, 'M.C. Jorge Luis Anicama Ormeño', 'Director General', 'Hospital Regional de Ica')
    return R


def k019():
    R = new('k019', 'answered', None, ['prevention'], PER26,
            S('Gerencia Regional de Educación de Arequipa', 'GREA', 'regional_government'),
            'OFICIO N° 0366-2025-GRA/GRE-DGP', ['Expediente N° 2581043', 'Oficio Múltiple N° 041-2023-GRA/GRE-DGP'],
            '2025-03-25', 'oficio, tinted-band letterhead, grid opening, UGEL table with merged headers and a bare percent column, zebra',
            notes='The regional education management (an executing unit, named as itself): teachers trained and students reached by UGEL in 2023 and 2024, share of schools with tutoring sessions (bare cells under "% IIEE"). Answered.',
            font='Arial', size=10)
    tint_band_header(R, ['Gobierno Regional de Arequipa', 'Gerencia Regional de Educación', 'Dirección de Gestión Pedagógica'], fill='FCE4D6', line='843C0C',
                     logo=(logo_png('grea', 'GREA', 'square', (130, 60, 10)), 1.5))
    open26(R, 2025, date26('Arequipa', '2025-03-25', 'iso'), 'OFICIO N° 0366-2025-GRA/GRE-DGP', REQ2[:3],
           [('ASUNTO', 'Acciones preventivas en instituciones educativas'), ('REFERENCIA', 'Expediente N° 2581043')], order='grid')
    para(R, 'Me dirijo a usted para informarle que, en el marco del Oficio Múltiple N° 041-2023-GRA/GRE-DGP, las UGEL de la región desarrollaron sesiones de tutoría sobre prevención de la trata de personas durante 2023 y 2024, con los resultados siguientes:')
    head = [['UGEL', 'Docentes capacitados', '', 'Estudiantes alcanzados', '', '% IIEE 2024'], ['', '2023', '2024', '2023', '2024', '']]
    data = [('Arequipa Norte', [86, 102, 4120, 4985]), ('Arequipa Sur', [74, 91, 3560, 4210]), ('Camaná', [21, 26, 940, 1115]),
            ('Caylloma', [33, 38, 1280, 1622]), ('La Unión', [12, 15, 410, 488])]
    pcts = [71.4, 68.9, 55.0, 62.3, 47.8]
    rows = [[lab, Cn(a, 'docente', y=2023), Cn(b, 'docente', y=2024), Cn(c, 'estudiante', y=2023), Cn(d, 'estudiante', y=2024), Pf(p, 1, suf='', y=2024)]
            for (lab, (a, b, c, d)), p in zip(data, pcts)]
    t = R.table(head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)), colnames=hnames(head, ((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5))),
                widths=(3.6, 2.3, 2.3, 2.6, 2.6, 2.4), size=9)
    style26(t, 'zebra', 2)
    para(R, 'En total, %s estudiantes participaron en 2024, lo que representa el %s de la matrícula de secundaria de las UGEL mencionadas.' % (Cdot(12420, 'estudiante', y=2024), Ppc26(18.6, y=2024)))
    dbl_rule_sign(R, 'Mg. Gladys Mercedes Zúñiga Cornejo', 'Directora de Gestión Pedagógica', 'Gerencia Regional de Educación de Arequipa')
    return R


def k020():
    R = new('k020', 'answered', None, ['prevention', 'protection', 'governance'], PER26,
            S('Municipalidad Distrital de Laberinto', 'MDL', 'district_municipality'),
            'OFICIO N° 031-2025-MDL/A', ['Solicitud N° 0019-2025-MDL'],
            '2025-02-28', 'short oficio, monogram letterhead, to-first opening, framed signature, no figures',
            notes='Substantive null answer: during the requested period the municipality carried out no prevention actions, no care of victims, formed no local committee and assigned no budget. Answered, with the axes it speaks about; no figures.',
            font='DejaVu Sans', size=10)
    monogram_header(R, 'MDL', ['Municipalidad Distrital de Laberinto', 'Provincia de Tambopata – Madre de Dios', 'Alcaldía'], color='2E75B6')
    open26(R, 2025, date26('Laberinto', '2025-02-28', 'legal'), 'OFICIO N° 031-2025-MDL/A', REQ,
           [('ASUNTO:', 'Respuesta a solicitud'), ('REF.:', 'Solicitud N° 0019-2025-MDL')], order='to_first')
    para(R, 'Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones contra la trata de personas realizadas por esta comuna entre enero de 2023 y diciembre de 2024.')
    para(R, 'Al respecto, le comunico que durante el periodo solicitado no se desarrollaron acciones de prevención de la trata de personas ni de atención a presuntas víctimas, no se conformó un comité o mesa distrital sobre la materia ni se asignó presupuesto a dichas acciones.')
    para(R, 'Sin otro particular, me despido de usted.')
    boxed_sign(R, 'Sr. Hugo Mamani Ccori', 'Alcalde Distrital')
    return R


def k021():
    R = new('k021', 'missing', 'clarification', [], PER26,
            S('Gobierno Regional de Lambayeque', 'GORE Lambayeque', 'regional_government'),
            'CARTA N° 044-2025-GR.LAMB/ORAD-UTD', ['Solicitud N° 0112-2025-GR.LAMB'],
            '2025-02-21', 'carta, corner-block letterhead, box-right opening, numbered questions (a) to (c)',
            notes='Asks the requester to specify which offices, which indicators and in which format, within two working days (not figures); the period is quoted. clarification.',
            font='Liberation Sans', size=10.5)
    corner_block_header(R, ['Gobierno Regional de Lambayeque', 'Oficina Regional de Administración', 'Unidad de Trámite Documentario'], logo=(logo_png('grlamb', 'GRL', 'shield', (150, 90, 0)), 1.6), color='BF8F00')
    open26(R, 2025, date26('Chiclayo', '2025-02-21', 'month_first'), 'CARTA N° 044-2025-GR.LAMB/ORAD-UTD', REQ3,
           [('Asunto', 'Solicita precisar pedido de información'), ('Referencia', 'Solicitud N° 0112-2025-GR.LAMB')], order='box_right')
    para(R, 'Me dirijo a usted en relación con su solicitud, en la que pide "toda la información sobre las acciones del Gobierno Regional en el marco de la Política Nacional frente a la Trata de Personas, de enero de 2023 a diciembre de 2024".')
    para(R, 'A fin de atender su pedido, le solicitamos precisar:')
    for k, t in zip('abc', ['Las unidades orgánicas o gerencias de las que requiere la información;', 'Los indicadores, actividades o documentos concretos que solicita;',
                            'El formato en que desea recibirla (copia simple, digital o correo electrónico).']):
        R.p('(%s)\t%s' % (k, t), indent=1.0, first=-0.7, after=2)
    para(R, 'La precisión deberá presentarse en el plazo de dos días hábiles; de lo contrario, se tendrá por no presentada la solicitud.', before=4)
    caps_left_sign(R, 'CPC Marco Antonio Chapoñán Llontop', 'Responsable de la Unidad de Trámite Documentario')
    return R


def k022():
    R = new('k022', 'out_of_period', None, ['prevention'], PER26,
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0148-2025-MINCETUR/VMT/DGPDT', ['Solicitud N° 2025-0000641', 'MEMORANDO N° 0211-2025-MINCETUR/VMT/DGPDT/DCT'],
            '2025-03-31', 'oficio, double-rule letterhead, grid opening, 2022 table by region with share column and thick head rule',
            notes='The tourism ministry gives only its 2022 figures on the Code of Conduct against sexual exploitation of children and adolescents in tourism; the 2023-2024 results await the regional directorates\' reports (cited memorandum). out_of_period.',
            font='Calibri', size=10.5)
    double_rule_header(R, ['Ministerio de Comercio Exterior y Turismo', 'Viceministerio de Turismo – Dirección General de Políticas de Desarrollo Turístico'],
                       logo=(logo_png('mincetur', 'MCT', 'circle', (180, 30, 30)), 1.2))
    open26(R, 2025, date26('San Isidro', '2025-03-31', 'cap_month'), 'OFICIO N° 0148-2025-MINCETUR/VMT/DGPDT', REQ[:3],
           [('ASUNTO', 'Información sobre el Código de Conducta en turismo'), ('REFERENCIA', 'Solicitud N° 2025-0000641')], order='grid')
    para(R, 'Tengo el agrado de dirigirme a usted, en atención a su solicitud sobre las acciones de prevención de la explotación sexual de niñas, niños y adolescentes en el ámbito del turismo entre enero de 2023 y diciembre de 2024.')
    para(R, 'De acuerdo con el MEMORANDO N° 0211-2025-MINCETUR/VMT/DGPDT/DCT, la información de 2023 y 2024 se encuentra en proceso de consolidación, pues las Direcciones Regionales de Comercio Exterior y Turismo aún no remiten sus reportes. Se alcanza la información del último año consolidado:')
    ctab26(R, [['Región', 'Prestadores que suscribieron el Código 2022', '% del total']],
           [('Cusco', [148]), ('Lima', [131]), ('Loreto', [64]), ('Arequipa', [57]), ('Madre de Dios', [39]), ('Puno', [33])],
           'prestador de servicios turísticos', year=[2022], pct=(0, 'total'), pct_fn=lambda v, y: Pcoma(v, 1, y=y, u='column'),
           style='thick', widths=(4.6, 5.2, 2.8), size=9.5)
    para(R, 'Ese año se capacitó además a %s trabajadores del sector en la identificación de situaciones de riesgo.' % Cdot(2146, 'trabajador', y=2022))
    dbl_rule_sign(R, 'Lic. Mariela Soto Bernaola', 'Directora General de Políticas de Desarrollo Turístico')
    return R


def k023():
    R = new('k023', 'answered', None, ['governance', 'prevention', 'protection'], PER26,
            S('Gobierno Regional de La Libertad', 'GRLL', 'regional_government'),
            'OFICIO N° 000219-2025-GRLL-GGR-GRDIS', ['Solicitud N° 00241-2025-GRLL', 'Informe N° 000031-2025-GRLL-GGR-GRPPAT-SGP'],
            '2025-04-10', 'oficio + landscape budget annex (PIA, PIM, Certificación, Devengado by activity and year; unit "(S/)" in the headers; frame-zebra ruling)',
            notes='Page 2 is a landscape annex: year and activity as two label columns (row label joins them); roles from the columns. Budget lines go to the axis they fund. Answered.',
            font='Arial', size=10.5)
    monogram_header(R, 'GRLL', ['Gobierno Regional La Libertad', 'Gerencia Regional de Desarrollo e Inclusión Social'], color='C00000')
    open26(R, 2025, date26('Trujillo', '2025-04-10', 'sep_month'), 'OFICIO N° 000219-2025-GRLL-GGR-GRDIS', REQ2,
           [('ASUNTO', 'Presupuesto de acciones contra la trata de personas 2023-2024'), ('REF.', 'Solicitud N° 00241-2025-GRLL')], order='to_first')
    para(R, 'Me dirijo a usted, en atención a su solicitud, para remitir en anexo la programación y ejecución presupuestal de las actividades regionales contra la trata de personas en los años 2023 y 2024, según el Informe N° 000031-2025-GRLL-GGR-GRPPAT-SGP.')
    para(R, 'En 2024 el devengado total alcanzó %s, monto que incluye el funcionamiento de la Secretaría Técnica de la Comisión Regional.' % Mwfirst(183642.0, y=2024, r='e'))
    caps_left_sign(R, 'Dra. Cecilia Burgos Ventura', 'Gerente Regional de Desarrollo e Inclusión Social')
    R.landscape()
    R.p('ANEXO: EJECUCIÓN PRESUPUESTAL 2023-2024 – ACTIVIDADES CONTRA LA TRATA DE PERSONAS', bold=True, align='c', after=6)
    data = [(['2023', 'Secretaría Técnica de la Comisión Regional'], [42000.0, 45500.0, 44800.0, 44120.5]),
            (['2023', 'Campañas de prevención en Trujillo y Pataz'], [38500.0, 41200.0, 40600.0, 39870.0]),
            (['2023', 'Asistencia a víctimas en el CAR regional'], [60000.0, 66300.0, 61800.0, 60415.3]),
            (['2024', 'Secretaría Técnica de la Comisión Regional'], [45000.0, 48000.0, 47900.0, 47650.0]),
            (['2024', 'Campañas de prevención en Trujillo y Pataz'], [41000.0, 52800.0, 52100.0, 51318.0]),
            (['2024', 'Asistencia a víctimas en el CAR regional'], [72000.0, 86500.0, 85200.0, 84674.0])]
    head = [['Año', 'Actividad', 'PIA (S/)', 'PIM (S/)', 'Certificación (S/)', 'Devengado (S/)', 'Avance (%)']]
    rows = []
    roles = ['a', 'a', 'c', 'e']
    for (y, act), vals in data:
        yy = int(y)
        rows.append([y, act] + [Mf(v, y=yy, r=r) for v, r in zip(vals, roles)] + [Pf(round(vals[3] / vals[1] * 100, 1), 1, suf='', y=yy)])
    t = R.table(head, rows, widths=(1.6, 8.8, 3.0, 3.0, 3.4, 3.2, 2.4), size=9.5, ruled='none',
                row_label_fn=lambda i, rw: ' '.join(plain(rw[0] + ' ' + rw[1]).split()), row_label_col=1)
    style26(t, 'frame_zebra')
    return R


def k024():
    R = new('k024', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Ica', 'MPI', 'provincial_municipality'),
            'OFICIO N° 0089-2025-MPI/GDU', ['Solicitud N° 0077-2025-MPI'],
            '2025-02-19', 'oficio on building licences, tinted-band letterhead, box-right opening, licences by type with fees, zebra',
            notes='A reply about building licences granted in 2024 (not about trafficking in persons). off_topic.',
            font='Liberation Sans', size=10.5)
    tint_band_header(R, ['Municipalidad Provincial de Ica', 'Gerencia de Desarrollo Urbano', 'Sub Gerencia de Obras Privadas'], fill='E2EFDA', line='548235',
                     logo=(logo_png('mpica', 'MPI', 'shield', (60, 110, 40)), 1.4))
    open26(R, 2025, date26('Ica', '2025-02-19', 'del_year'), 'OFICIO N° 0089-2025-MPI/GDU', REQ2,
           [('Asunto', 'Licencias de edificación otorgadas en 2024'), ('Referencia', 'Solicitud N° 0077-2025-MPI')], order='box_right')
    para(R, 'Me dirijo a usted en atención a la solicitud de la referencia, para informarle sobre las licencias de edificación otorgadas por esta Gerencia durante el año 2024:')
    rows = [('Modalidad A (vivienda unifamiliar)', 412, 86520.0), ('Modalidad B (multifamiliar)', 96, 57600.0),
            ('Modalidad C (comercio)', 38, 41800.0), ('Modalidad D (industria)', 9, 18450.0)]
    tb = [[a, Cn(n, 'licencia', y=2024), Mf(v, y=2024)] for a, n, v in rows]
    tb.append(['Total', Cn(555, 'licencia', y=2024), Mf(204370.0, y=2024)])
    t = R.table([['Modalidad', 'Licencias otorgadas', 'Derechos recaudados (S/)']], tb, widths=(7.0, 3.4, 4.2), size=9.5, bold_rows=(4,))
    style26(t, 'zebra')
    para(R, 'El %s de las licencias se tramitó por la plataforma virtual.' % Pf(64.3, 1, y=2024))
    dbl_rule_sign(R, 'Arq. Luis Enrique Hernández Uribe', 'Gerente de Desarrollo Urbano')
    return R


def k025():
    R = new('k025', 'answered', None, ['prevention', 'prosecution'], PER26,
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'OFICIO N° 112-2025-GDHS/MPC', ['Solicitud N° 1407-2025', 'Informe N° 033-2025-SGDH-GDHS/MPC'],
            '2025-03-12', 'oficio, corner-block letterhead, to-first opening, campaigns by tourist zone with frame ruling, joint inspections in text, amounts "S/ 18.6 mil"',
            notes='Prevention campaigns in tourist areas and joint inspections of hostels and bars with the police and prosecutors (prosecution), with fines. Fines have no role. Answered.',
            font='Calibri', size=10.5)
    corner_block_header(R, ['Municipalidad Provincial del Cusco', 'Gerencia de Desarrollo Humano y Social', 'Sub Gerencia de Derechos Humanos'],
                        logo=(logo_png('mpc', 'MPC', 'circle', (140, 20, 20)), 1.7), color='A50021')
    open26(R, 2025, date26('Cusco', '2025-03-12', 'month_first'), 'OFICIO N° 112-2025-GDHS/MPC', REQ3,
           [('ASUNTO:', 'Información sobre acciones frente a la trata de personas'), ('REF.:', 'Solicitud N° 1407-2025')], order='to_first')
    para(R, 'Tengo el agrado de dirigirme a usted para remitirle, según el Informe N° 033-2025-SGDH-GDHS/MPC, la información de las acciones desarrolladas entre enero de 2023 y diciembre de 2024.')
    R.p('a) Campañas de prevención en zonas turísticas', bold=True, after=2)
    head = [['Zona', 'Campañas 2023', 'Campañas 2024', 'Personas informadas 2024']]
    rows = [[z, Cn(a, 'campaña', y=2023), Cn(b, 'campaña', y=2024), Cn(c, 'persona', y=2024)] for z, a, b, c in
            [('Centro Histórico', 8, 11, 2840), ('San Blas', 4, 6, 960), ('Terminal Terrestre', 5, 7, 1725), ('Poroy – estación', 2, 3, 410)]]
    t = R.table(head, rows, widths=(5.0, 3.0, 3.0, 4.0), size=9.5, ruled='none')
    style26(t, 'frame')
    R.p('b) Operativos conjuntos', bold=True, after=2)
    para(R, 'Con la Policía Nacional y la Fiscalía se realizaron %s operativos de inspección a hospedajes y bares en 2023 y %s en 2024, en los que se clausuraron %s locales; las multas impuestas sumaron %s en 2024. La Sub Gerencia ejecutó %s en las campañas de 2024.'
         % (Cdw26(16, 'operativo', y=2023), Cdw26(21, 'operativo', y=2024), Cdw26(7, 'local', y=None), Mmildec(38.2, y=2024), Mmildec(18.6, y=2024, r='e')))
    caps_left_sign(R, 'Abg. Sonia Ayma Condori', 'Gerente de Desarrollo Humano y Social')
    return R


def k026():
    R = new('k026', 'out_of_period', None, ['prevention', 'protection'], PER26,
            S('Municipalidad Distrital de San Juan Bautista', 'MDSJB', 'district_municipality'),
            'OFICIO N° 058-2025-MDSJB/GDS', ['Expediente N° 01932-2025', 'Acta de Transferencia de Gestión N° 001-2023-MDSJB'],
            '2025-03-06', 'oficio, monogram letterhead, box-right opening, years 2021-2022 as rows with merged header, thick head rule',
            notes='The period 2023-2024 is restated; the municipality gives only 2021 and 2022 figures of its DEMUNA, because the 2023-2024 registers were not handed over in the transfer of administration (cited minutes). out_of_period.',
            font='Arial', size=10.5)
    monogram_header(R, 'MDSJB', ['Municipalidad Distrital de San Juan Bautista', 'Maynas – Loreto', 'Gerencia de Desarrollo Social'], color='385723')
    open26(R, 2025, date26('San Juan Bautista', '2025-03-06', 'dots'), 'OFICIO N° 058-2025-MDSJB/GDS', REQ,
           [('Asunto', 'Respuesta a solicitud de información'), ('Referencia', 'Expediente N° 01932-2025')], order='box_right')
    para(R, 'En atención a su solicitud sobre las acciones de prevención y de atención de casos de trata de personas de la DEMUNA entre enero de 2023 y diciembre de 2024, le informo que los libros de registro de dicho periodo no figuran en el Acta de Transferencia de Gestión N° 001-2023-MDSJB ni en el archivo de la Gerencia.')
    para(R, 'Se cuenta únicamente con la información de años anteriores:')
    head = [['Año', 'Prevención', '', 'Atención'], ['', 'Talleres', 'Participantes', 'Casos derivados a la UPE']]
    yrowtab26(R, head, [('2021', 2021, [9, 312, 4]), ('2022', 2022, [14, 486, 6])], ['taller', 'participante', 'caso'],
              merges=((0, 0, 1, 0), (0, 1, 0, 2)), style='thick', widths=(2.4, 3.0, 3.4, 4.6), size=9.5)
    boxed_sign(R, 'Lic. Rosa Inés Pinedo Vásquez', 'Gerente de Desarrollo Social')
    return R


def k027():
    R = new('k027', 'answered', None, ['prosecution', 'protection'], PER26,
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            None, ['Solicitud N° 2025-TAIP-00318'],
            '2025-03-17', 'workbook sent alone: title rows, a monthly table with 2023 and 2024 columns under a merged header, a nationality table with a formatted % column',
            notes='A workbook of the migration authority with no letter and no own number: migratory alerts for presumed trafficking by month (prosecution) and presumed foreign victims assisted with their migratory status (protection). Dated by its "Generado el" line. Answered.',
            fmt='xlsx', keep_native=True)
    ws = R.wb.active
    ws.title = 'Alertas 2023-2024'
    from openpyxl.styles import Font
    ws['A1'] = 'SUPERINTENDENCIA NACIONAL DE MIGRACIONES'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Gerencia de Información Migratoria – Atención a la Solicitud N° 2025-TAIP-00318'
    ws['A3'] = 'Alertas migratorias por presunta trata de personas, enero 2023 – diciembre 2024'
    ws['A3'].font = Font(bold=True)
    meses = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    a23 = [14, 11, 16, 12, 18, 15, 21, 19, 13, 17, 16, 22]
    a24 = [17, 15, 19, 14, 23, 20, 24, 21, 18, 19, 22, 26]
    rows = [[m, (a, '#,##0', 'count', {'what': 'alerta migratoria', 'y': 2023}), (b, '#,##0', 'count', {'what': 'alerta migratoria', 'y': 2024})]
            for m, a, b in zip(meses, a23, a24)]
    rows.append(['Total', (sum(a23), '#,##0', 'count', {'what': 'alerta migratoria', 'y': 2023}), (sum(a24), '#,##0', 'count', {'what': 'alerta migratoria', 'y': 2024})])
    r = xtable(R, ws, 5, [['Mes', 'Alertas registradas', None], [None, '2023', '2024']], rows, widths=[16, 14, 14, 4, 18, 14, 12, 18],
               merges=((0, 0, 1, 0), (0, 1, 0, 2)), bold_last=True, colnames=['Mes', 'Alertas registradas 2023', 'Alertas registradas 2024'])
    ws.cell(row=4, column=5, value='Presuntas víctimas extranjeras asistidas 2024').font = Font(bold=True)
    nat = [('Venezuela', 96), ('Colombia', 31), ('Bolivia', 18), ('Ecuador', 12), ('Otras', 7)]
    tot = sum(n for _, n in nat)
    rows2 = [[c, (n, '#,##0', 'count', {'what': 'víctima', 'y': 2024}), (round(n / tot, 3), '0.0%', 'percent', {'y': 2024})] for c, n in nat]
    rows2.append(['Total', (tot, '#,##0', 'count', {'what': 'víctima', 'y': 2024}), (1.0, '0.0%', 'percent', {'y': 2024})])
    from openpyxl.utils import get_column_letter
    # second table at columns E-G
    sub = R.wb.create_sheet('tmp')
    r2 = xtable(R, sub, 1, [['Nacionalidad', 'Víctimas', '% de víctimas']], rows2, bold_last=True)
    for row in sub.iter_rows(min_row=1, max_row=r2 - 1, max_col=3):
        for c in row:
            t = ws.cell(row=c.row + 5, column=c.column + 4, value=c.value)
            t.number_format = c.number_format
            from copy import copy as _cp
            t.font = _cp(c.font); t.border = _cp(c.border); t.alignment = _cp(c.alignment); t.fill = _cp(c.fill)
    R.wb.remove(sub)
    ws.cell(row=r + 1, column=1, value='Fuente: Sistema Integrado de Migraciones. Generado el 17/03/2025.')
    xsetup(ws, landscape=True)
    xfont(ws, 'Calibri')
    return R


def k028():
    R = new('k028', 'missing', 'denied_exception', ['prosecution'], PER26,
            S('Región Policial Arequipa', 'REGPOL Arequipa', 'police'),
            'OFICIO N° 076-2025-REGPOL AQP/DIVINCRI-DEPINTRATA', ['Solicitud S/N recibida el 10MAR2025'],
            '2025-03-21', 'police oficio, double-rule letterhead, grid opening, exception of the transparency law quoted',
            notes='The police region refuses the 2023-2024 operations and investigations data: they are part of ongoing investigations and intelligence plans, reserved under the transparency law\'s exceptions. No figures. denied_exception.',
            font='Courier New', size=10)
    double_rule_header(R, ['Policía Nacional del Perú', 'Región Policial Arequipa – DIVINCRI', 'Departamento de Investigación de Trata de Personas'])
    open26(R, 2025, date26('Arequipa', '2025-03-21', 'compact'), 'OFICIO N° 076-2025-REGPOL AQP/DIVINCRI-DEPINTRATA', REQ2[:3],
           [('ASUNTO', 'Respuesta a solicitud de información'), ('REF.', 'Solicitud S/N recibida el 10MAR2025')], order='grid', size=10)
    para(R, 'Tengo el honor de dirigirme a Ud., con relación al documento de la referencia, por el cual solicita el detalle de los operativos, intervenciones y personas investigadas por trata de personas en Arequipa entre enero de 2023 y diciembre de 2024, incluyendo los lugares intervenidos.', size=10)
    para(R, 'Al respecto, se comunica que la información solicitada forma parte de investigaciones en curso y de planes de operaciones policiales, por lo que constituye información reservada y confidencial conforme a los artículos 16 y 17 del TUO de la Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública. En consecuencia, no es posible atender lo solicitado.', size=10)
    R.p('Dios guarde a Ud.', align='c', bold=True, before=6)
    R.sign('CMDTE. PNP Raúl Benavente Quispe', 'Jefe del DEPINTRATA – REGPOL Arequipa', before=26)
    return R


def k029():
    R = new('k029', 'out_of_period', None, ['governance', 'prevention'], PER26,
            S('Gobierno Regional de Tacna', 'GOB.REG.TACNA', 'regional_government'),
            'OFICIO N° 0301-2025-GRDS/GOB.REG.TACNA', ['Solicitud N° 0158-2025', 'Resolución Gerencial Regional N° 022-2025-GRDS/GOB.REG.TACNA'],
            '2025-04-04', 'oficio, corner-block letterhead, box-right opening, 2025 plan table with unit of measure, physical target and programmed budget, zebra',
            notes='Only the 2025 work plan of the regional commission (goals and programmed budget, approved by a cited resolution); nothing on 2023-2024, whose reports are being gathered. Plan figures get 2025; amounts are allocated (programado). out_of_period.',
            font='DejaVu Sans', size=9.5)
    corner_block_header(R, ['Gobierno Regional de Tacna', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('grtacna', 'GRT', 'shield', (150, 0, 0)), 1.6), color='C00000')
    open26(R, 2025, date26('Tacna', '2025-04-04', 'short_slash'), 'OFICIO N° 0301-2025-GRDS/GOB.REG.TACNA', REQ,
           [('Asunto', 'Información sobre la Comisión Regional contra la Trata de Personas'), ('Referencia', 'Solicitud N° 0158-2025')], order='box_right')
    para(R, 'Me es grato dirigirme a usted en atención a su solicitud de información sobre las acciones de la Comisión Regional contra la Trata de Personas de Tacna en los años 2023 y 2024.')
    para(R, 'Al respecto, los informes de dichos años se vienen recopilando de las instituciones integrantes. Se remite el Plan de Trabajo 2025, aprobado por Resolución Gerencial Regional N° 022-2025-GRDS/GOB.REG.TACNA:')
    plan = [('Sesiones ordinarias de la Comisión', 'Sesión', 'sesión', 6, 3600.0), ('Ferias informativas en frontera', 'Feria', 'feria', 4, 12800.0),
            ('Capacitación a transportistas', 'Persona', 'persona', 250, 8400.0), ('Diagnóstico regional', 'Documento', 'documento', 1, 15000.0)]
    rows = [[a, u, Cn(n, w, y=2025), Mf(v, y=2025, r='a')] for a, u, w, n, v in plan]
    rows.append(['Total', '', '', Mf(39800.0, y=2025, r='a')])
    t = R.table([['Actividad', 'Unidad de medida', 'Meta física 2025', 'Presupuesto programado 2025 (S/)']], rows,
                widths=(6.2, 2.8, 2.4, 4.0), size=9, bold_rows=(4,))
    style26(t, 'zebra')
    dbl_rule_sign(R, 'Lic. Jorge Mamani Chura', 'Gerente Regional de Desarrollo Social')
    return R


def k030():
    R = new('k030', 'answered', None, ['prevention', 'protection'], PER26,
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'OFICIO N° 0127-2025-MDA/GDS', ['Expediente N° 25-004518', 'Informe N° 041-2025-MDA/GDS-SGDEMUNA'],
            '2025-03-10', 'oficio, tinted-band letterhead, to-first opening, a 2024 column beside a January-February 2025 column, thick head rule',
            notes='Mixed periods: 2024 (in the requested period) and January-February 2025 (later), in the table and in the text; 2023 is not given. Answered (mixed in- and out-of-period information).',
            font='Arial', size=10.5)
    tint_band_header(R, ['Municipalidad Distrital de Ate', 'Gerencia de Desarrollo Social', 'Sub Gerencia de la DEMUNA y OMAPED'], fill='DEEBF7', line='2F5597',
                     logo=(logo_png('ate', 'ATE', 'circle', (30, 60, 140)), 1.5))
    open26(R, 2025, date26('Ate', '2025-03-10', 'cap_month'), 'OFICIO N° 0127-2025-MDA/GDS', REQ3,
           [('ASUNTO:', 'Remite información'), ('REF.:', 'Expediente N° 25-004518')], order='to_first')
    para(R, 'Me dirijo a usted en atención al expediente de la referencia, para remitir la información de la DEMUNA sobre prevención de la trata de personas y atención de casos, conforme al Informe N° 041-2025-MDA/GDS-SGDEMUNA:')
    rowtab26(R, [['Acción', 'Año 2024', 'Ene – Feb 2025']],
             [('Talleres de prevención en colegios', 'taller', [26, 5]), ('Padres y madres capacitados', 'persona', [1148, 236]),
              ('Casos de riesgo derivados a la UPE', 'caso', [19, 4]), ('Acompañamientos psicológicos', 'acompañamiento', [57, 11])],
             [2024, 2025], style='thick', widths=(7.4, 3.0, 3.2), size=9.5)
    para(R, 'El gasto ejecutado en estas acciones fue de %s en 2024 y de %s entre enero y febrero de 2025.' % (Mpen(21340.0, y=2024, r='e'), Mpen(3980.0, y=2025, r='e')))
    caps_left_sign(R, 'Lic. Verónica Salazar Bustamante', 'Gerente de Desarrollo Social')
    return R
