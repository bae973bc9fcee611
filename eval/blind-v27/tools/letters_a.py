"""blind-v27 letters m001-m015, written from scratch for this set from the labeling guide."""
from common import *

P27 = PER27
REQ_A = 'Solicitud de acceso a la información pública presentada por la Sra. Rocío Valdivia Quispe (Observatorio Ciudadano del Sur)'
REQ_B = 'Solicitud de acceso a la información pública del Sr. Martín Aguirre Llontop (Colectivo Rutas Seguras)'
REQ_C = 'Solicitud de acceso a la información de la Sra. Daniela Ccori Huamán (Asociación Kallpa Warmi)'
SUBJ = 'Información sobre acciones contra la trata de personas (1 de julio de 2022 al 30 de junio de 2024)'


def m001():
    R = new('m001', 'answered', None, ['prevention', 'governance'], P27,
            S('Gobierno Regional de Puno', 'GORE Puno', 'regional_government'),
            'OFICIO N° 1184-2024-GR PUNO/GGR-GRDS', ['Expediente N° 8812-2024-TAIP', 'Informe N° 0211-2024-GR PUNO/GRDS-SGPS'],
            '2024-09-12', 'oficio; split-line letterhead; own number and date on one line; semester columns with the noun by row, reverse header; budget in figures and words',
            notes='Answered: activities by semester inside the requested period (II-2022 to I-2024) and the executed amount. Counts by row noun; the budget sentence is executed (ejecutó).', font='Arial', size=10.5)
    split_line_header(R, ['GOBIERNO REGIONAL DE PUNO', 'Gerencia Regional de Desarrollo Social'], ['Sub Gerencia de Promoción Social', 'Jr. Deustua N° 356 – Puno'],
                      sub='Sede central: Jr. Deustua 356, Puno')
    open27(R, 2024, date27('Puno', '2024-09-12', 'hyphen'), 'OFICIO N° 1184-2024-GR PUNO/GGR-GRDS',
           ['Señora', 'ROCÍO VALDIVIA QUISPE', 'Observatorio Ciudadano del Sur'],
           [('Asunto', SUBJ), ('Ref.', 'Expediente N° 8812-2024-TAIP')], order='sameline')
    para(R, 'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones de prevención de la trata de personas ejecutadas por este Gobierno Regional entre el 1 de julio de 2022 y el 30 de junio de 2024. Al respecto, sobre la base del Informe N° 0211-2024-GR PUNO/GRDS-SGPS, se remite el consolidado siguiente:')
    Y = [2022, 2023, 2023, 2024]
    data = [('Talleres de prevención en II.EE.', 'taller', [14, 22, 19, 11]),
            ('Estudiantes participantes', 'estudiante', [1208, 1874, 1650, 932]),
            ('Ferias informativas en ferias semanales', 'feria', [3, 5, 4, 2]),
            ('Docentes capacitados', 'docente', [46, 88, 71, 39]),
            ('Sesiones de la Mesa Regional', 'sesión', [2, 3, 3, 2]),
            ('Spots radiales en aymara y quechua', 'spot radial', [120, 240, 210, 96])]
    rows = []
    for lab, w, cells in data:
        rows.append([lab] + [Cn(c, w, 'sp', y=y) for c, y in zip(cells, Y)])
    tab27(R, [['Actividad', 'II Sem. 2022', 'I Sem. 2023', 'II Sem. 2023', 'I Sem. 2024']], rows, style='reverse',
          widths=(6.4, 2.4, 2.4, 2.4, 2.4), caption='Cuadro N° 1. Acciones de prevención por semestre')
    para(R, 'Para dichas actividades, la Gerencia Regional ejecutó en el año 2023 la suma de %s y en el primer semestre de 2024 la suma de %s, con cargo a recursos ordinarios.' % (
        Mletras(86450.0, y=2023, r='e', u='text'), Mletras(41200.5, y=2024, r='e', u='text')))
    para(R, 'La Mesa Regional de Lucha contra la Trata de Personas aprobó en 2023 su plan de trabajo alineado a la Política Nacional, con la participación de %s instituciones.' % Cn(23, 'institución', y=2023))
    dotted_sign(R, 'Lic. Germán Apaza Mamani', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Puno')


def m002():
    R = new('m002', 'answered', None, ['prosecution'], P27,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno', 'FISTRAP Puno', 'autonomous'),
            'OFICIO N° 000418-2024-MP-FN-FPEDTP-PUNO', ['Solicitud N° 2024-0771'], '2024-08-27',
            'oficio of a prosecutor\'s office; crest letterhead in small capitals; table of fiscal files by stage and period with a share column; dashed rules',
            notes='Answered: fiscal files by stage for the three stretches of the requested period; shares are of the stretch total.', font='Times New Roman', size=11)
    crest_caps_header(R, ['Ministerio Público – Fiscalía de la Nación', 'Distrito Fiscal de Puno',
                          'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno'],
                      logo=(logo_png('mpfn27', 'MP', 'circle', (20, 60, 110)), 1.5))
    open27(R, 2024, date27('Puno', '2024-08-27', 'weekday'), 'OFICIO N° 000418-2024-MP-FN-FPEDTP-PUNO',
           ['Señor', 'MARTÍN AGUIRRE LLONTOP', 'Colectivo Rutas Seguras'],
           [('Asunto', 'Atiende solicitud de información estadística'), ('Ref.', 'Solicitud N° 2024-0771')], order='sameline')
    para(R, 'Tengo el agrado de dirigirme a usted para atender su pedido de información sobre las carpetas fiscales por el delito de trata de personas correspondientes al periodo comprendido entre el 1 de julio de 2022 y el 30 de junio de 2024, según el Sistema de Gestión Fiscal:')
    etapas = [('Calificación / diligencias preliminares', [31, 58, 27]), ('Investigación preparatoria formalizada', [12, 21, 9]),
              ('Etapa intermedia (acusación)', [5, 9, 4]), ('Archivadas', [8, 17, 6])]
    Y = [2022, 2023, 2024]
    tots = [sum(e[1][j] for e in etapas) for j in range(3)]
    rows = []
    for lab, c in etapas:
        r = [lab]
        for j in range(3):
            r += [Cn(c[j], 'carpeta fiscal', y=Y[j]), Pnos(round(c[j] / tots[j] * 100, 1), y=Y[j], u='column')]
        rows.append(r)
    rows.append(['Total'] + sum([[Cn(tots[j], 'carpeta fiscal', y=Y[j]), Pnos(100.0, y=Y[j], u='column')] for j in range(3)], []))
    head = [['Etapa', 'Jul.–Dic. 2022', '', 'Año 2023', '', 'Ene.–Jun. 2024', ''],
            ['', 'Carpetas', '%', 'Carpetas', '%', 'Carpetas', '%']]
    tab27(R, head, rows, style='dashed', merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0)), bold_last=True,
          widths=(5.6, 1.9, 1.6, 1.9, 1.6, 1.9, 1.6), size=8.5)
    para(R, 'Asimismo, en el periodo se obtuvieron %s sentencias condenatorias y se dispuso la detención preliminar de %s investigados en el marco de %s operativos conjuntos con la Policía Nacional.' % (
        Cwf(7, 'sentencia condenatoria', fem=True), Cn(19, 'investigado'), Cwf(11, 'operativo')))
    stack_sign(R, 'Ruth Condori Flores', 'Fiscal Provincial Titular', 'FPEDTP – Puno', when='27.08.2024 11:42:10 -05:00')


def m003():
    R = new('m003', 'missing', 'no_information', ['prevention', 'protection'], P27,
            S('Municipalidad Distrital de Paucarpata', 'MDP', 'district_municipality'),
            'CARTA N° 0093-2024-MDP/GDS', ['Informe N° 147-2024-MDP/GDS-SDEMUNA'], '2024-09-04',
            'carta; reverse acronym letterhead; labels opening; no figures',
            notes='Missing, no_information: the DEMUNA reports that its records do not hold information on the matter; axes are those asked (prevention and victim care).', font='Calibri', size=11)
    reverse_block_header(R, 'MDP', ['MUNICIPALIDAD DISTRITAL DE PAUCARPATA', 'Gerencia de Desarrollo Social', 'Arequipa – Perú'])
    open27(R, 2024, date27('Paucarpata', '2024-09-04', 'final_dot'), 'CARTA N° 0093-2024-MDP/GDS',
           [('PARA', 'Sra. Daniela Ccori Huamán\nAsociación Kallpa Warmi'), ('DE', 'Gerencia de Desarrollo Social'),
            ('ASUNTO', 'Respuesta a solicitud de información – trata de personas')], order='labels')
    para(R, 'En atención a su solicitud, por la cual requiere información sobre las acciones de prevención de la trata de personas y de atención a presuntas víctimas realizadas entre julio de 2022 y junio de 2024, se le comunica que, según el Informe N° 147-2024-MDP/GDS-SDEMUNA, la Subgerencia de la DEMUNA no cuenta en su acervo documentario con información relacionada con lo solicitado.')
    para(R, 'Sin otro particular, quedamos a su disposición.')
    pair_sign(R, ('Abg. Yessica Llerena Chávez', 'Gerente de Desarrollo Social'), ('Lic. Hugo Medina Pari', 'Responsable de Acceso a la Información'))


def m004():
    R = new('m004', 'answered', None, ['prevention', 'protection'], P27,
            S('Municipalidad Provincial de San Román', 'MPSR', 'provincial_municipality'),
            'OFICIO N° 312-2024-MPSR-J/GDHS', ['Registro N° 15530-2024'], '2024-10-02',
            'oficio; ribbon letterhead; numbered points; figures in running text with words first; says the shelter has not been created and that investigation belongs to other bodies',
            notes='Answered (hard case): real 2022-2024 prevention and DEMUNA figures; it also says the temporary shelter "no ha sido creado" (recorded as information on protection) and that investigation and rescue are the competence of the Ministerio Público and the PNP (no prosecution axis).', font='Liberation Sans', size=10.5)
    ribbon_header(R, 'Juliaca, capital de la integración andina', ['MUNICIPALIDAD PROVINCIAL DE SAN ROMÁN', 'Gerencia de Desarrollo Humano y Social'],
                  logo=(logo_png('mpsr27', 'SR', 'shield', (139, 26, 26)), 1.6))
    open27(R, 2024, date27('Juliaca', '2024-10-02', 'abbr'), 'OFICIO N° 312-2024-MPSR-J/GDHS',
           ['Señora', 'ROCÍO VALDIVIA QUISPE'], [('Asunto', SUBJ), ('Ref.', 'Registro N° 15530-2024')], order='sameline')
    para(R, 'Por especial encargo del señor Alcalde, y con relación a lo solicitado para el periodo del 1 de julio de 2022 al 30 de junio de 2024, informo lo siguiente:')
    numbered(R, ['Prevención: la Gerencia realizó %s charlas en mercados y terminales terrestres de Juliaca, que alcanzaron a %s personas; además se distribuyeron %s folletos sobre la Línea 1818.' % (
                     Cwf(26, 'charla', fem=True), Cn(2140, 'persona'), Cn(9500, 'folleto')),
                 'Atención: la DEMUNA atendió %s casos de niñas, niños y adolescentes en situación de riesgo vinculados a explotación, de los cuales %s fueron derivados a la Unidad de Protección Especial de Puno.' % (
                     Cwf(18, 'caso'), Cwf(9, 'caso')),
                 'El Hogar de Refugio Temporal provincial previsto en la ordenanza municipal no ha sido creado a la fecha, por falta de financiamiento.',
                 'Las acciones de investigación, rescate y persecución del delito son competencia del Ministerio Público y de la Policía Nacional del Perú, por lo que no obran en esta entidad.'], fmt_='%d)')
    para(R, 'Para las campañas se destinaron %s en 2023.' % Mso(18600, y=2023, u='text'))
    dotted_sign(R, 'Mg. Elvis Turpo Cahuana', 'Gerente de Desarrollo Humano y Social')


def m005():
    R = new('m005', 'out_of_period', None, ['prevention', 'governance'], P27,
            S('Gobierno Regional de Piura', 'GORE Piura', 'regional_government'),
            'OFICIO N° 00987-2024/GRP-430000', ['Informe Técnico N° 044-2024/GRP-430000-SGPS'], '2024-10-21',
            'oficio; split-line letterhead; restates the requested period, then gives only July–September 2024 by month',
            notes='Out of period (hard case): it restates the period 1 July 2022 - 30 June 2024, says the records of that period were transferred and not returned, and gives only July-September 2024 (later). Figures get 2024.', font='Arial', size=10.5)
    split_line_header(R, ['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Desarrollo Social'], ['Sub Gerencia Regional de Promoción Social'])
    open27(R, 2024, date27('Piura', '2024-10-21', 'numeric'), 'OFICIO N° 00987-2024/GRP-430000',
           ['Señor', 'MARTÍN AGUIRRE LLONTOP'], [('Asunto', 'Información solicitada'), ('Referencia', REQ_B)], order='sameline')
    para(R, 'Usted solicita información sobre las acciones contra la trata de personas desarrolladas entre el 1 de julio de 2022 y el 30 de junio de 2024. Según el Informe Técnico N° 044-2024/GRP-430000-SGPS, los archivos de la Sub Gerencia correspondientes a dicho periodo fueron remitidos a la Oficina de Control Institucional y aún no han sido devueltos. Sin perjuicio de ello, se alcanza lo ejecutado en el tercer trimestre de 2024, desde la reinstalación de la Comisión Regional:')
    data = [('Julio 2024', [2, 5, 310]), ('Agosto 2024', [1, 8, 455]), ('Setiembre 2024', [1, 6, 392])]
    W = ['sesión', 'taller', 'persona sensibilizada']
    grid27(R, [['Mes', 'Sesiones de la Comisión', 'Talleres', 'Personas sensibilizadas']], data,
           lambda v, j, lab: Cn(v, W[j], y=2024), style='outer', total='Total III trimestre', widths=(4.4, 3.6, 3.0, 4.2))
    para(R, 'El gasto devengado en dichas acciones al 30 de setiembre de 2024 asciende a %s.' % Msp(27830.4, y=2024, r='e', u='text'))
    stack_sign(R, 'César Zapata Morales', 'Gerente Regional de Desarrollo Social', when='21/10/2024 09:15')


def m006():
    R = new('m006', 'answered', None, ['prosecution', 'protection'], P27,
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la Policía Nacional del Perú', 'DIRCTPTIM PNP', 'police'),
            'OFICIO N° 1432-2024-DIRNIC PNP/DIRCTPTIM-SEC', ['Hoja de Trámite N° 20240819-118'], '2024-08-30',
            'police oficio; plain centred letterhead in capitals; semester rows with one noun per column, dashed rules; total row',
            notes='Answered: operations, rescues during operations, arrests and complaints by half-year (prosecution); the sentence that the rescued victims were placed at the disposal of the child protection units (UPE) gives protection. The total row spans the period (no year).', font='Courier New', size=10)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL', 'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'], size=8.5)
    open27(R, 2024, date27('Lima', '2024-08-30', 'dashes'), 'OFICIO N° 1432-2024-DIRNIC PNP/DIRCTPTIM-SEC',
           ['Señora', 'DANIELA CCORI HUAMÁN', 'Asociación Kallpa Warmi'], [('Asunto', 'Remite información estadística'), ('Ref.', 'Hoja de Trámite N° 20240819-118')], order='sameline', motto=True)
    para(R, 'Tengo el honor de dirigirme a Ud., con relación al documento de la referencia, para remitir la información estadística de esta Dirección sobre el delito de trata de personas, en el periodo julio 2022 – junio 2024:')
    data = [('II semestre 2022', 2022, [38, 112, 41, 29]), ('I semestre 2023', 2023, [45, 131, 52, 33]),
            ('II semestre 2023', 2023, [51, 147, 60, 38]), ('I semestre 2024', 2024, [43, 126, 48, 31])]
    W = ['operativo', 'víctima rescatada', 'detenido', 'denuncia']
    rows = [[lab] + [Cn(c, W[j], y=y) for j, c in enumerate(cells)] for lab, y, cells in data]
    rows.append(['TOTAL'] + [Cn(sum(d[2][j] for d in data), W[j], y=None) for j in range(4)])
    tab27(R, [['Periodo', 'Operativos', 'Víctimas rescatadas', 'Detenidos', 'Denuncias registradas']], rows, style='dashed', bold_last=True,
          widths=(4.2, 2.6, 3.0, 2.6, 3.4))
    para(R, 'Del total de víctimas rescatadas, el %s fueron mujeres y el %s menores de edad; todas fueron puestas a disposición del Ministerio Público y de las Unidades de Protección Especial.' % (
        Pdot(78.4, u='text'), Pdot(36.2, u='text')))
    R.p('Dios guarde a Ud.', align='c', before=6)
    R.sign('Raúl Benites Arana', 'CORONEL PNP – JEFE DE LA DIRCTPTIM', align='c')


def m007():
    R = new('m007', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Sullana', 'MPS', 'provincial_municipality'),
            'INFORME N° 0412-2024/MPS-GIU-SGMV', ['Memorando N° 188-2024/MPS-GM'], '2024-09-18',
            'internal report on road maintenance; labels head; budget table with PIM, certificación, devengado and a bare avance column; outer frame',
            notes='Off topic: budget execution of road maintenance; not about trafficking in persons.', font='Arial Narrow', size=10.5)
    split_line_header(R, ['MUNICIPALIDAD PROVINCIAL DE SULLANA'], ['Gerencia de Infraestructura Urbana', 'Sub Gerencia de Mantenimiento Vial'])
    open27(R, 2024, date27('Sullana', '2024-09-18', 'numeric'), 'INFORME N° 0412-2024/MPS-GIU-SGMV',
           [('A', 'Ing. Paul Córdova Ruiz – Gerente de Infraestructura Urbana'), ('DE', 'Ing. Lidia Saavedra Neyra – Sub Gerente de Mantenimiento Vial'),
            ('ASUNTO', 'Avance de ejecución presupuestal del mantenimiento vial 2024'), ('REF.', 'Memorando N° 188-2024/MPS-GM')], order='labels', motto=False)
    para(R, 'Tengo a bien informar el avance de ejecución de las actividades de mantenimiento vial al 31 de agosto de 2024:')
    data = [('Bacheo de vías urbanas', [612000.0, 498350.0, 401220.6]), ('Señalización horizontal', [238500.0, 205000.0, 176410.0]),
            ('Limpieza de drenes pluviales', [410000.0, 350200.0, 297880.25]), ('Mantenimiento de trochas', [185000.0, 92400.0, 61550.0])]
    roles = ['a', 'c', 'e']
    rows = []
    for lab, v in data:
        rows.append([lab] + [Mf(x, y=2024, r=roles[j]) for j, x in enumerate(v)] + [Pf(round(v[2] / v[0] * 100, 1), suf='', y=2024)])
    t = [sum(d[1][j] for d in data) for j in range(3)]
    rows.append(['TOTAL'] + [Mf(round(x, 2), y=2024, r=roles[j]) for j, x in enumerate(t)] + [Pf(round(t[2] / t[0] * 100, 1), suf='', y=2024)])
    tab27(R, [['Actividad', 'PIM (S/)', 'Certificación (S/)', 'Devengado (S/)', 'Avance (%)']], rows, style='outer', bold_last=True,
          widths=(5.2, 2.8, 2.8, 2.8, 2.0), size=8.5)
    para(R, 'Se recomienda priorizar la certificación del saldo de la actividad de mantenimiento de trochas.')
    R.sign('Ing. Lidia Saavedra Neyra', 'Sub Gerente de Mantenimiento Vial', align='c')


def m008():
    R = new('m008', 'answered', None, ['prosecution', 'prevention'], P27,
            S('United Nations Office on Drugs and Crime', 'UNODC', 'foreign'),
            'UNODC/LPOPE/2024/0318', [], '2024-09-09',
            'letter in English of an international organisation; english opening; workshop table with a USD column; no year motto',
            lang='en', notes='Answered, in English: trainings of prosecutors, judges and police (prosecution) and awareness sessions (prevention) between July 2022 and June 2024, with the funds spent (executed, USD).', font='Carlito', size=10.5)
    R.header(['United Nations Office on Drugs and Crime', 'Liaison and Partnership Office in Peru'], align='l', size=9)
    open27(R, 2024, date27(None, '2024-09-09', 'en_long'), 'UNODC/LPOPE/2024/0318', ['Mr Martín Aguirre Llontop', 'Colectivo Rutas Seguras, Lima'],
           [('Subject', 'Your request for information on trafficking in persons, 1 July 2022 – 30 June 2024')], order='english', motto=False)
    para(R, 'Dear Mr Aguirre,')
    para(R, 'Thank you for your request. Between 1 July 2022 and 30 June 2024 our office supported the following activities in Peru, in cooperation with the Public Prosecutor\'s Office, the Judiciary and the National Police:')
    data = [('Investigation course for prosecutors', 2023, [6, 184, 48250.0]), ('Judicial workshop on victim-centred trials', 2023, [4, 97, 31900.0]),
            ('Financial investigation training (police)', 2024, [3, 75, 26400.0]), ('Awareness sessions in border schools', 2023, [12, 1430, 15780.0])]
    rows = []
    W = ['workshop', 'participant']
    for lab, y, (a, b, c) in data:
        rows.append([lab, str(y), Cn(a, W[0], y=y), Cn(b, W[1], y=y), Mf(c, y=y, r='e', cur='USD')])
    tab27(R, [['Activity', 'Year', 'Workshops', 'Participants', 'Spent (USD)']], rows, style='colbands', widths=(6.4, 1.4, 2.2, 2.4, 2.8), size=9)
    para(R, 'In total, %s of the participants were women. A further %s was committed for 2024 activities that had not started by 30 June 2024.' % (
        Pen(57.3, u='text'), Mcodepre(22000, 'USD', dec=0, y=2024, r='c', u='text')))
    en_sign(R, 'Kirsten Holm', 'Liaison Officer', 'UNODC Peru')


def m009():
    R = new('m009', 'missing', 'not_competent_referred', ['protection', 'prosecution'], P27,
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-10-B/1187', ['OF. RE (DGC) N° 2-10-B/1185', 'OF. RE (DGC) N° 2-10-B/1186', 'Expediente N° 0023471-2024'], '2024-09-03',
            'ministry oficio; crest letterhead; says it is not the competent body and forwarded the request by two cited oficios',
            notes='Missing, not_competent_referred: the request (victim care and prosecution figures) was passed to the Ministry of the Interior and MIMP by two cited oficios.', font='Times New Roman', size=11)
    crest_caps_header(R, ['Ministerio de Relaciones Exteriores', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'],
                      logo=(logo_png('rree27', 'RE', 'circle', (120, 20, 20)), 1.4))
    open27(R, 2024, date27('Lima', '2024-09-03', 'weekday'), 'OF. RE (DGC) N° 2-10-B/1187', ['Señora', 'Rocío Valdivia Quispe'],
           [('Asunto', 'Traslado de solicitud'), ('Ref.', 'Expediente N° 0023471-2024')], order='sameline')
    para(R, 'Tengo el agrado de dirigirme a usted con relación a su solicitud sobre víctimas de trata de personas atendidas y casos investigados entre julio de 2022 y junio de 2024. Al respecto, la información requerida no es generada ni poseída por esta Cancillería, por lo que, en aplicación del artículo 11 de la Ley de Transparencia, se trasladó su pedido al Ministerio del Interior mediante OF. RE (DGC) N° 2-10-B/1185 y al Ministerio de la Mujer y Poblaciones Vulnerables mediante OF. RE (DGC) N° 2-10-B/1186.')
    dotted_sign(R, 'Embajadora Carmen Villarán Soto', 'Directora General de Comunidades Peruanas en el Exterior y Asuntos Consulares')


def m010():
    R = new('m010', 'answered', None, ['prosecution'], P27,
            S('Corte Superior de Justicia de Tumbes', 'CSJTU', 'autonomous'),
            'OFICIO N° 000672-2024-P-CSJTU-PJ', ['Informe N° 000093-2024-EST-CSJTU-PJ'], '2024-09-25',
            'court oficio; crest letterhead; court-by-period table with two header rows (Ingresos / Sentencias) and a bare % column; outer frame',
            notes='Answered: cases entering and sentences by court and half-year; the "% condenas" column is condemnatory sentences over all sentences in the period.', font='Times New Roman', size=10.5)
    crest_caps_header(R, ['Poder Judicial del Perú', 'Corte Superior de Justicia de Tumbes', 'Presidencia'],
                      logo=(logo_png('pj27', 'PJ', 'shield', (100, 20, 20)), 1.4))
    open27(R, 2024, date27('Tumbes', '2024-09-25', 'final_dot'), 'OFICIO N° 000672-2024-P-CSJTU-PJ',
           [('PARA', 'Sr. Martín Aguirre Llontop'), ('DE', 'Presidencia de la Corte Superior de Justicia de Tumbes'),
            ('ASUNTO', 'Información estadística sobre procesos por trata de personas (julio 2022 – junio 2024)'),
            ('REF.', 'Informe N° 000093-2024-EST-CSJTU-PJ')], order='labels')
    para(R, 'Me dirijo a usted para remitir, según el informe de la referencia del Área de Estadística, la información de los órganos jurisdiccionales de este distrito judicial sobre procesos por el delito de trata de personas:')
    data = [('Juzgado Penal Colegiado', [9, 14, 7, 6, 11, 5]), ('Juzgado Unipersonal de Tumbes', [4, 6, 3, 3, 4, 2]),
            ('Juzgado Unipersonal de Zarumilla', [5, 8, 4, 2, 6, 3]), ('Sala Penal de Apelaciones', [3, 5, 2, 2, 4, 2])]
    Yi = [2022, 2023, 2024]
    rows = []
    tot = [0] * 6
    for lab, c in data:
        r = [lab]
        for j in range(3):
            r.append(Cn(c[j], 'expediente ingresado', y=Yi[j]))
        for j in range(3):
            r.append(Cn(c[3 + j], 'sentencia', y=Yi[j]))
        tot = [a + b for a, b in zip(tot, c)]
        rows.append(r)
    rows.append(['Total'] + [Cn(tot[j], 'expediente ingresado', y=Yi[j]) for j in range(3)] + [Cn(tot[3 + j], 'sentencia', y=Yi[j]) for j in range(3)])
    head = [['Órgano jurisdiccional', 'Ingresos', '', '', 'Sentencias', '', ''],
            ['', '2022-II', '2023', '2024-I', '2022-II', '2023', '2024-I']]
    tab27(R, head, rows, style='outer', merges=((0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)), bold_last=True, widths=(5.4, 1.7, 1.7, 1.7, 1.7, 1.7, 1.7), size=8.5)
    para(R, 'De las sentencias emitidas en 2023, el %s fueron condenatorias; en el primer semestre de 2024 la proporción fue de %s.' % (Pporc(81, y=2023, u='text'), Pporc(75, y=2024, u='text')))
    stack_sign(R, 'Dr. Jorge Luis Ramírez Peña', 'Presidente de la Corte Superior de Justicia de Tumbes', when='2024/09/25 16:03:44')


def m011():
    R = new('m011', 'answered', None, ['prevention', 'protection'], P27,
            S('Municipalidad Distrital de Castilla', 'MDC', 'district_municipality'),
            'OFICIO N° 0266-2024-MDC/GDS', ['Expediente Administrativo N° 12044-2024'], '2024-08-22',
            'short oficio; reverse acronym letterhead; a substantive null answer, no figures',
            notes='Answered (substantive null): no prevention actions were carried out and no cases were attended in the requested period; axes those it speaks about.', font='Liberation Serif', size=11)
    reverse_block_header(R, 'MDC', ['MUNICIPALIDAD DISTRITAL DE CASTILLA', 'Gerencia de Desarrollo Social', 'Piura'], fill='1D5C3A')
    open27(R, 2024, date27('Castilla', '2024-08-22', 'de_mes'), 'OFICIO N° 0266-2024-MDC/GDS', ['Señora', 'DANIELA CCORI HUAMÁN'],
           [('Asunto', 'Respuesta a solicitud'), ('Ref.', 'Expediente Administrativo N° 12044-2024')], order='sameline')
    para(R, 'Me dirijo a usted en atención al expediente de la referencia, para comunicarle que, en el periodo comprendido entre el 1 de julio de 2022 y el 30 de junio de 2024, esta Municipalidad no ejecutó campañas, talleres ni otras acciones de prevención de la trata de personas, y la DEMUNA no registró ni atendió casos de presuntas víctimas de este delito.')
    para(R, 'Lo que comunico a usted para su conocimiento.')
    dotted_sign(R, 'Lic. Rosa Chunga Querevalú', 'Gerente de Desarrollo Social')


def m012():
    R = new('m012', 'answered', None, ['protection'], P27,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D001563-2024-MIMP-INABIF-DE', ['INFORME N° D000318-2024-MIMP-INABIF-USPNNA', 'Solicitud SAIP N° 4417-2024'], '2024-09-16',
            'oficio + informe (2 pages); ribbon letterhead; informe with shelters as rows under residents merged over periods, and a reintegration table; head reverse',
            notes='Answered: INABIF (a MIMP programme, recorded as MIMP) residential care centres for trafficking victims; the informe on page 2 holds the tables.', font='Calibri', size=10.5)
    ribbon_header(R, 'Programa Integral Nacional para el Bienestar Familiar', ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'INABIF – Dirección Ejecutiva'],
                  logo=(logo_png('mimp27', 'MIMP', 'square', (150, 30, 90)), 1.6), fill='7A1F5C')
    open27(R, 2024, date27('Lima', '2024-09-16', 'weekday'), 'OFICIO N° D001563-2024-MIMP-INABIF-DE', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ), ('Ref.', 'Solicitud SAIP N° 4417-2024')], order='sameline')
    para(R, 'Me dirijo a usted en atención a la solicitud de la referencia, para remitirle el INFORME N° D000318-2024-MIMP-INABIF-USPNNA, con la información de los Centros de Acogida Residencial especializados en la atención de niñas, niños y adolescentes víctimas de trata de personas, en el periodo julio 2022 – junio 2024.')
    para(R, 'Durante dicho periodo la Unidad ejecutó %s en la atención especializada de estas víctimas.' % Mmillones(2.46, y=None, r='e', u='text'))
    dotted_sign(R, 'Abg. Fiorella Cárdenas Loayza', 'Directora Ejecutiva del INABIF')
    R.pagebreak()
    R.p('INFORME N° D000318-2024-MIMP-INABIF-USPNNA', bold=True, align='c', after=6)
    para(R, 'Residentes atendidos en los CAR especializados, por periodo:')
    cars = [('CAR Santa Rosa (Lima)', [28, 41, 33]), ('CAR Gracia (Lima)', [22, 35, 27]), ('CAR Señor de la Soledad (Cusco)', [14, 19, 16]),
            ('CAR Virgen de Fátima (Puno)', [11, 17, 13]), ('CAR Sagrado Corazón (Tumbes)', [9, 12, 10])]
    Y = [2022, 2023, 2024]
    grid27(R, [['Centro de Acogida Residencial', 'Residentes atendidos', '', ''], ['', 'Jul.–Dic. 2022', '2023', 'Ene.–Jun. 2024']], cars,
           lambda v, j, lab: Cn(v, 'residente', y=Y[j]), style='reverse', merges=((0, 1, 0, 3), (0, 0, 1, 0)), total='Total',
           widths=(6.4, 3.0, 2.4, 3.0), size=9)
    para(R, 'Reintegración familiar y egresos:')
    data = [('Reintegración familiar', [9, 16, 11]), ('Egreso por mayoría de edad con plan de vida', [4, 7, 5]), ('Traslado a otro CAR', [3, 5, 2])]
    grid27(R, [['Tipo de egreso', 'Jul.–Dic. 2022', '2023', 'Ene.–Jun. 2024']], data, lambda v, j, lab: Cn(v, 'residente egresado', y=Y[j]),
           style='dashed', widths=(6.4, 3.0, 2.4, 3.0), size=9)
    para(R, 'El %s de los residentes recibió atención psicológica especializada y el %s continuó su escolaridad.' % (Pnos(100.0, dec=0, u='text'), Pnos(92.7, u='text')))
    R.sign('Psic. Ana María Quiroz Gálvez', 'Jefa de la Unidad de Servicios de Protección de NNA', align='c', before=16)


def m013():
    R = new('m013', 'missing', 'acknowledgment', [], None,
            S('Municipalidad Provincial de Trujillo', 'MPT', 'provincial_municipality'),
            'CARGO DE RECEPCIÓN N° 2024-0058712', [], '2024-08-19',
            'a printed receipt of the front desk; no signature; the period is not written',
            notes='Missing, acknowledgment: a receipt of the request (expediente number, office it went to); no information and no period.', font='DejaVu Sans', size=9.5)
    split_line_header(R, ['MUNICIPALIDAD PROVINCIAL DE TRUJILLO'], ['Sub Gerencia de Trámite Documentario'])
    R.p('CARGO DE RECEPCIÓN N° 2024-0058712', bold=True, align='c', after=8, size=12)
    kv(R, [('Fecha de ingreso', '19/08/2024'), ('Administrado', 'AGUIRRE LLONTOP, MARTÍN'), ('Procedimiento', 'Acceso a la información pública (Ley N° 27806)'),
           ('Asunto', 'Solicita información sobre trata de personas'), ('Derivado a', 'Gerencia de Desarrollo Social – Responsable de Transparencia'),
           ('Folios', 'dos')])
    para(R, 'Su solicitud ha sido registrada y será atendida dentro del plazo de ley. Puede consultar el estado del trámite en la plataforma de la entidad con el número de cargo.')
    R.p('Documento generado por el Sistema de Trámite Documentario. No requiere firma.', size=7.5, italic=True, align='c', before=12)


def m014():
    import openpyxl
    from openpyxl.styles import Font
    R = new('m014', 'answered', None, ['prosecution'], P27,
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            None, [], '2024-09-10',
            'workbook sent alone: title rows, complaints by region with four half-year columns and a total column, and a victims table by sex and age group with a share column',
            notes='Answered: a workbook of the Ministry of the Interior (complaints registry and the presumed victims registered with them: prosecution; no care of victims is reported, so no protection); no letter and no own number. The date is the "Fecha de corte" line.',
            fmt='xlsx', keep_native=True)
    ws = R.wb.active
    ws.title = 'Denuncias'
    xsetup(ws, landscape=False)
    ws['A1'] = 'MINISTERIO DEL INTERIOR – Dirección General de Seguridad Democrática'
    ws['A2'] = 'Denuncias por trata de personas registradas, por región (julio 2022 – junio 2024)'
    ws['A3'] = 'Fecha de corte: 10/09/2024'
    ws['A1'].font = Font(bold=True, size=11)
    head = [['Región', '2022-II', '2023-I', '2023-II', '2024-I', 'Total']]
    regs = [('Lima', [96, 104, 118, 99]), ('Madre de Dios', [41, 38, 47, 35]), ('Puno', [33, 29, 36, 31]), ('Cusco', [28, 31, 27, 25]),
            ('Loreto', [25, 22, 30, 24]), ('Piura', [19, 23, 21, 18]), ('Tumbes', [14, 12, 17, 13]), ('Arequipa', [17, 15, 19, 16]),
            ('Junín', [12, 14, 11, 13]), ('Otras regiones', [45, 49, 52, 44])]
    Y = [2022, 2023, 2023, 2024]
    rows = []
    for lab, c in regs:
        rows.append([lab] + [(v, '#,##0', 'count', {'what': 'denuncia', 'y': Y[j]}) for j, v in enumerate(c)] + [(sum(c), '#,##0', 'count', {'what': 'denuncia', 'y': None})])
    tc = [sum(r[1][j] for r in regs) for j in range(4)]
    rows.append(['Total'] + [(v, '#,##0', 'count', {'what': 'denuncia', 'y': Y[j]}) for j, v in enumerate(tc)] + [(sum(tc), '#,##0', 'count', {'what': 'denuncia', 'y': None})])
    r = xtable(R, ws, 5, head, rows, widths=(18, 10, 10, 10, 10, 10), bold_last=True)
    ws.cell(row=r + 1, column=1, value='Presuntas víctimas por sexo y grupo de edad (periodo completo)').font = Font(bold=True)
    vic = [('Mujeres adultas', 612), ('Mujeres menores de edad', 388), ('Hombres adultos', 164), ('Hombres menores de edad', 71)]
    tv = sum(v for _, v in vic)
    rows2 = [[lab, (v, '#,##0', 'count', {'what': 'presunta víctima'}), (round(v / tv, 3), '0.0%', 'percent', {})] for lab, v in vic]
    xtable(R, ws, r + 2, [['Grupo', 'Presuntas víctimas', '% del total']], rows2, widths=(26, 16, 12))
    xfont(ws, 'Calibri')


def m015():
    R = new('m015', 'out_of_period', None, ['governance'], P27,
            S('Universidad Nacional del Altiplano', 'UNA Puno', 'other'),
            'OFICIO N° 0457-2024-VRI-UNA-PUNO', ['Informe N° 021-2024-VRI-DGI'], '2024-10-08',
            'university oficio; crest letterhead; projects table (2019-2021) with a year column and funding in S/; says later projects have no final report',
            notes='Out of period: research projects of 2019-2021 only; the projects of the requested period have no final report yet. Funding is allocated (financiamiento aprobado).', font='DejaVu Serif', size=10)
    crest_caps_header(R, ['Universidad Nacional del Altiplano', 'Vicerrectorado de Investigación'], logo=(logo_png('una27', 'UNA', 'shield', (30, 60, 120)), 1.4))
    open27(R, 2024, date27('Puno', '2024-10-08', 'year_first'), 'OFICIO N° 0457-2024-VRI-UNA-PUNO', ['Señora', 'ROCÍO VALDIVIA QUISPE'],
           [('Asunto', SUBJ)], order='sameline')
    para(R, 'En atención a su solicitud, el Vicerrectorado informa, según el Informe N° 021-2024-VRI-DGI, que los proyectos de investigación sobre trata de personas ejecutados con fondos de canon corresponden a los años 2019 a 2021. Los proyectos aprobados en 2023 se encuentran en ejecución y no cuentan con informe final, por lo que no es posible reportar resultados del periodo solicitado.')
    data = [('Trata con fines de explotación laboral en La Rinconada', '2019', 84500.0, 3), ('Rutas de captación en la frontera Puno–Bolivia', '2020', 61200.0, 2),
            ('Percepción del riesgo en estudiantes de secundaria', '2021', 38750.0, 4)]
    rows = [[a, b, Mf(c, y=int(b), r='a'), Cn(d, 'publicación', y=int(b))] for a, b, c, d in data]
    tab27(R, [['Proyecto', 'Año', 'Financiamiento (S/)', 'Publicaciones']], rows, style='dashed', widths=(8.2, 1.4, 3.2, 2.6), size=9)
    dotted_sign(R, 'Dr. Félix Huanca Choque', 'Vicerrector de Investigación')
