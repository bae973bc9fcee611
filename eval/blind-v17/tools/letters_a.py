"""blind-v17 letters t001-t015 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import Reply, M, C, P, logo_png, plain, shade, set_cell_border, para_border


def t001():
    # out_of_period: 2020 requested, 2018-2019 given (files of 2020 boxed during the move to the new civic centre)
    R = new('t001', 'out_of_period', None, ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'CARTA N° 087-2021-MPH/GDH', ['Expediente N° 2021-0004127', 'Informe N° 045-2021-MPH/GDH/DEMUNA'], '2021-03-18',
            'carta with letterhead table, years as columns (2018, 2019) with wrapped row labels, amounts space-grouped in text',
            notes='Request about 2020; the letter gives 2018 and 2019 only and explains that the 2020 files were boxed for the move '
                  'of the municipal offices and are being inventoried in the central archive: out_of_period. The amounts "se destinó" '
                  'are recorded as allocated.', font='Arial', size=10.5)
    R.letterhead_table((logo_png('mph17', 'MPH', 'shield', (130, 30, 30)), 2.2),
                       ['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Gerencia de Desarrollo Humano', 'Defensoría Municipal del Niño y del Adolescente'],
                       right='Jr. Piura 1080\nHuancayo - Junín')
    lema(R, 2021)
    R.p('Huancayo, 18 de marzo de 2021', align='r', after=8)
    R.p('CARTA N° 087-2021-MPH/GDH', bold=True, after=8)
    to(R, ['Señora', 'Rocío Amanda Quispe Llanos', 'Asociación Civil Runa Kawsay', 'Presente.-'])
    kv(R, [('ASUNTO', ': Atención a solicitud de acceso a la información pública'),
           ('REFERENCIA', ': Expediente N° 2021-0004127 (solicitud de fecha 1 de marzo de 2021)')])
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las '
             'acciones de prevención de la trata de personas y de atención de casos realizadas por esta comuna durante el '
             'año 2020.',
             'Al respecto, la Defensoría Municipal del Niño y del Adolescente, mediante Informe N° 045-2021-MPH/GDH/DEMUNA, '
             'señala que los archivadores del año 2020 fueron embalados con ocasión del traslado de las oficinas de la Gerencia '
             'al nuevo Centro Cívico y se encuentran en el Archivo Central en proceso de inventario, por lo que por el momento '
             'no es posible acceder a ellos. Sin perjuicio de ello, y a fin de no dejar sin atención su pedido, se le alcanza '
             'la información de los años anteriores que obra en los registros digitales de la DEMUNA:'])
    R.table([['Acción realizada', '2018', '2019']],
            yrows([('Charlas de prevención de la trata de personas en instituciones educativas del cercado', 'charla', [23, 31]),
                   ('Estudiantes participantes en las charlas', 'estudiante', [1846, 2372]),
                   ('Ferias informativas en la plaza Huamanmarca y en mercados', 'feria', [3, 5]),
                   ('Casos de presunta trata atendidos por la DEMUNA y derivados a la Fiscalía de Familia', 'caso', [4, 7])],
                  [2018, 2019], st='sp'),
            widths=(10.5, 2.5, 2.5), size=9.5)
    body(R, ['Para la impresión de afiches, dípticos y banderolas de estas actividades se destinó '
             + Mn(12450, 'sp', pre='S/ ', y=2018, r='a') + ' en el año 2018 y ' + Mn(15980, 'sp', pre='S/ ', y=2019, r='a')
             + ' en el año 2019, con cargo a recursos directamente recaudados.',
             'Una vez concluido el inventario del Archivo Central, la información del año 2020 podrá ser solicitada nuevamente.',
             'Atentamente,'])
    R.sign('Lic. Waldir Efraín Canchanya Rojas', 'Gerente de Desarrollo Humano', 'Municipalidad Provincial de Huancayo')
    return R


def t002():
    # answered: school year March-December 2019, table by UGEL under a merged period header
    R = new('t002', 'answered', None, ['prevention'], ('2019-03-01', '2019-12-31'),
            S('Dirección Regional de Educación de Madre de Dios', 'DREMDD', 'regional_government'),
            'OFICIO N° 00231-2020-GOREMAD/DREMDD/DGP', ['Carta N° 004-2020-CDH'], '2020-02-12',
            'oficio, table by UGEL with a merged period header over three count columns and a total row, percent and amount after the number in text',
            notes='Part-year request (the school year, March to December 2019), answered for that period. Teachers trained to prevent '
                  'trafficking count as prevention. "21.480,50 soles" is what the activities cost (executed).', font='Times New Roman', size=11.5)
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'DIRECCIÓN REGIONAL DE EDUCACIÓN', 'Dirección de Gestión Pedagógica'],
             logo=(logo_png('dremdd', 'DRE', 'circle', (20, 90, 40)), 1.6))
    lema(R, 2020)
    R.p('Puerto Maldonado, 12 de febrero de 2020', align='r', after=6)
    R.p('OFICIO N° 00231-2020-GOREMAD/DREMDD/DGP', bold=True, after=6)
    to(R, ['Señor:', 'Bruno Alarcón Tejada', 'Coordinador del Colectivo de Derechos Humanos de Madre de Dios', 'Av. Dos de Mayo 415 – Puerto Maldonado'])
    kv(R, [('Asunto', ': Remite información solicitada'),
           ('Referencia', ': Carta N° 004-2020-CDH')])
    body(R, ['Tengo el agrado de dirigirme a usted con relación al documento de la referencia, en el que requiere conocer las '
             'acciones de prevención de la trata de personas desarrolladas en las instituciones educativas de la región entre '
             'marzo y diciembre de 2019, es decir, durante el año escolar 2019.',
             'Sobre el particular, la Dirección de Gestión Pedagógica ha consolidado los reportes de las Unidades de Gestión '
             'Educativa Local, conforme al siguiente detalle:'])
    head = [['UGEL', 'Año escolar 2019 (marzo – diciembre)', '', ''],
            ['', 'Docentes tutores capacitados', 'Estudiantes sensibilizados', 'II.EE. participantes']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 3)]
    rows = [['UGEL Tambopata', Cn(148, 'docente', y=2019), Cn(6215, 'estudiante', y=2019), Cn(61, 'institución educativa', y=2019)],
            ['UGEL Manu', Cn(37, 'docente', y=2019), Cn(1180, 'estudiante', y=2019), Cn(18, 'institución educativa', y=2019)],
            ['UGEL Tahuamanu', Cn(42, 'docente', y=2019), Cn(1304, 'estudiante', y=2019), Cn(22, 'institución educativa', y=2019)],
            ['Total', Cn(227, 'docente', y=2019), Cn(8699, 'estudiante', y=2019), Cn(101, 'institución educativa', y=2019)]]
    mtable(R, head, rows, merges=mg, widths=(4.0, 3.8, 3.8, 3.8), size=10, bold_rows=(3,))
    body(R, ['Las instituciones educativas participantes representan el ' + Psp(64.7, 1, y=2019)
             + ' de las instituciones de educación secundaria de la región. Los talleres a docentes tutores se realizaron en '
             'convenio con la Red Regional contra la Trata y el costo de los materiales y refrigerios ascendió a '
             + Mafter(21480.50, y=2019, r='e') + ', financiado con recursos ordinarios de la meta de tutoría.',
             'Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('Mg. Hilda Rosario Vargas Cahuana', 'Directora de Gestión Pedagógica', 'DRE Madre de Dios')
    return R


def t003():
    # answered: period only in the reference line; SIAF-like table with a two-row header and EU-style numbers
    R = new('t003', 'answered', None, ['governance', 'prevention', 'prosecution'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N° 0148-2022-GR CUSCO/GRDS', ['Reg. N° 01127'], '2022-02-03',
            'oficio, budget table with a merged "Presupuesto (S/)" header over PIA / PIM / Certificación / Devengado and a separate Avance (%) column, dot-grouped amounts; second table of physical targets',
            notes='The requested year (2021) is written only in the REFERENCIA line; the body and tables do not repeat it, so every '
                  'figure gets the year 2021. Training of justice operators on investigation is prosecution; the regional network '
                  'and the budget of the regional plan are governance. Percent cells are bare numbers under "Avance (%)".',
            font='Calibri', size=11)
    R.header(['GOBIERNO REGIONAL DEL CUSCO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], logo=(logo_png('grcusco', 'GRC', 'square', (120, 60, 10)), 1.5), align='l')
    R.p('"Año del Fortalecimiento de la Soberanía Nacional"', align='c', italic=True, size=8, after=8)
    R.p('Cusco, 03 de febrero del 2022', align='r', after=4)
    R.p('OFICIO N° 0148-2022-GR CUSCO/GRDS', bold=True, after=6)
    to(R, ['Señora:', 'Lucía Pacheco Farfán', 'Investigadora', 'Ciudad.-'])
    kv(R, [('ASUNTO', ': Información sobre la Meta de lucha contra la trata de personas'),
           ('REFERENCIA', ': Solicitud de acceso a la información pública recibida el 11 de enero de 2022 (Reg. N° 01127), sobre las acciones contra la trata de personas ejecutadas en el año 2021')])
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, para remitirle la información de la ejecución '
             'presupuestal y de las metas físicas a cargo de esta Gerencia, en el marco del Plan Regional contra la Trata de '
             'Personas. La información proviene del SIAF y de los reportes de la Subgerencia de Promoción Social:'])
    head = [['Meta', 'Actividad', 'Presupuesto (S/)', '', '', '', 'Avance (%)'],
            ['', '', 'PIA', 'PIM', 'Certificación', 'Devengado', '']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6)]
    data = [('0089', 'Funcionamiento de la Red Regional contra la Trata de Personas', [42000, 58350, 57120.40, 55904.10]),
            ('0090', 'Campañas informativas de prevención en provincias de frontera', [95000, 121600, 118240, 109733.25]),
            ('0091', 'Fortalecimiento de capacidades de operadores de justicia', [30000, 26500, 24980, 24980])]
    roles = ['a', 'a', 'c', 'e']
    rows, tot = [], [0, 0, 0, 0]
    for code, lab, v in data:
        r = [code, lab]
        for i, x in enumerate(v):
            tot[i] += x
            r.append(Mf(x, 'eu', y=2021, r=roles[i]))
        r.append(Pbare(round(v[3] / v[1] * 100, 1), 1, 'eu', y=2021))
        rows.append(r)
    rows.append(['', 'Total', ] + [Mf(round(x, 2), 'eu', y=2021, r=roles[i]) for i, x in enumerate(tot)] + [Pbare(round(tot[3] / tot[1] * 100, 1), 1, 'eu', y=2021)])
    mtable(R, head, rows, merges=mg, widths=(1.3, 5.2, 2.1, 2.1, 2.3, 2.1, 1.6), size=8.5, row_label_col=1, bold_rows=(3,))
    R.p('Metas físicas:', bold=True, after=2)
    R.table([['Acción', 'Unidad de medida', 'Programado', 'Ejecutado']],
            [['Sesiones ordinarias de la Red Regional', 'Sesión', Cn(6, 'sesión', y=2021), Cn(6, 'sesión', y=2021)],
             ['Campañas en Espinar, Canchis y La Convención', 'Campaña', Cn(12, 'campaña', y=2021), Cn(10, 'campaña', y=2021)],
             ['Talleres para fiscales, policías y jueces sobre investigación del delito', 'Taller', Cn(4, 'taller', y=2021), Cn(4, 'taller', y=2021)],
             ['Operadores de justicia capacitados', 'Persona', Cn(160, 'operador de justicia', y=2021), Cn(173, 'operador de justicia', y=2021)]],
            widths=(7.5, 3.0, 2.6, 2.6), size=9)
    body(R, ['Sin otro particular, hago propicia la oportunidad para expresarle mi consideración.'])
    dsig(R, 'Edwin Huallpa Condori', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Cusco', when='2022/02/03 16:42:10 -0500', fau='20527141762')
    return R


def t004():
    # answered: provincial anti-trafficking prosecutor's office, year 2022, two-row header by modality, victims by nationality
    R = new('t004', 'answered', None, ['prosecution', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno', 'MP-FN', 'autonomous'),
            'OFICIO N° 412-2023-MP-FN-FPETP-PUNO', ['Solicitud N° 0982-2023', 'Informe N° 18-2023-MP-FN-FPETP-PUNO/AE'], '2023-04-20',
            'oficio, carpetas table with an upper header "Carpetas fiscales – año 2022" over five stages, rows by form of exploitation and total; dash-led list of victims by nationality; count in digits then words',
            notes='Rescued victims are counted under prosecution (rescues during operations); victims referred to the victims and '
                  'witnesses unit (UDAVIT) are protection. "9 (nueve)" is one count.', font='Arial', size=10.5)
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Puno',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno'], logo=(logo_png('mpfn', 'MP', 'shield', (30, 30, 110)), 1.4))
    lema(R, 2023)
    R.p('Puno, 20 de abril de 2023', align='r', after=6)
    R.p('OFICIO N° 412-2023-MP-FN-FPETP-PUNO', bold=True, after=6)
    to(R, ['Señor', 'Responsable de Acceso a la Información Pública', 'Presidencia de la Junta de Fiscales Superiores de Puno', 'Presente.'])
    kv(R, [('Asunto', ': Se remite información estadística'),
           ('Ref.', ': Solicitud N° 0982-2023')])
    body(R, ['Tengo el honor de dirigirme a usted para remitir la información requerida por el ciudadano mediante el documento de '
             'la referencia, respecto a las carpetas fiscales por el delito de trata de personas tramitadas por este despacho '
             'durante el año 2022, conforme al Informe N° 18-2023-MP-FN-FPETP-PUNO/AE del área de estadística:'])
    head = [['Forma de explotación', 'Carpetas fiscales – año 2022', '', '', '', ''],
            ['', 'Ingresadas', 'En investigación preliminar', 'Formalizadas', 'Archivadas', 'Con acusación']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 5)]
    W_ = ['carpeta fiscal'] * 5
    ctab(R, head, [('Explotación sexual', [58, 21, 17, 14, 6]),
                   ('Explotación laboral en minería', [33, 12, 9, 10, 2]),
                   ('Trabajo forzoso', [7, 3, 2, 2, 0]),
                   ('Mendicidad', [4, 2, 1, 1, 0])],
         W_, year=2022, total='Total', widths=(4.0, 2.3, 3.0, 2.7, 2.4, 2.4), size=9,
         colnames=hnames(head, mg), merges=mg)
    body(R, ['En el marco de ' + Cn(27, 'operativo', y=2022) + ' operativos conjuntos con la Policía Nacional se rescató a '
             + Cn(64, 'víctima', y=2022) + ' presuntas víctimas, según su nacionalidad:'])
    for lab, n in (('Peruanas', 41), ('Venezolanas', 17), ('Bolivianas', 6)):
        R.p('— ' + lab + ': ' + Cn(n, 'víctima', y=2022), indent=1.0, after=0)
    body(R, ['', 'Asimismo, ' + Cn(37, 'víctima', y=2022) + ' víctimas fueron derivadas a la Unidad Distrital de Asistencia a Víctimas y '
             'Testigos (UDAVIT) para su atención psicológica y legal, y se obtuvieron ' + Cdw(9, 'sentencia condenatoria', y=2022)
             + ' sentencias condenatorias en los procesos iniciados en años anteriores y concluidos en 2022.',
             'Es todo cuanto informo a usted.'])
    R.sign('Dra. Marleny Yucra Apaza', 'Fiscal Provincial', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno', before=20)
    return R


def t005():
    # missing / denied_exception: police plans and scheduled operations are classified
    R = new('t005', 'missing', 'denied_exception', ['prosecution'], ('2023-07-01', '2023-12-31'),
            S('Frente Policial Puno', 'PNP', 'police'),
            'OFICIO N° 0873-2023-FP-PUNO/SEC-UNIASJUR', ['Dictamen N° 031-2023-FP-PUNO/UNIASJUR', 'Solicitud S/N de fecha 14 de agosto de 2023'], '2023-08-29',
            'oficio of a police front citing a legal opinion; denial under the national security exception; numbered points 1.- to 4.-',
            notes='Asks for the operational plans and the operations scheduled against trafficking for the second half of 2023; the '
                  'police deny access as classified (secret/reserved) information. No figures: article and law numbers are not figures.',
            font='Times New Roman', size=11.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'FRENTE POLICIAL PUNO', 'Secretaría – Unidad de Asesoría Jurídica'], logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 30)), 1.5))
    lema(R, 2023)
    R.p('Puno, 29 de agosto de 2023', align='r', after=6)
    R.p('OFICIO N° 0873-2023-FP-PUNO/SEC-UNIASJUR', bold=True, after=6)
    to(R, ['Señor', 'Julio César Mamani Ticona', 'Jr. Lima 612 – Puno'])
    kv(R, [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'),
           ('REF.', ': a) Solicitud S/N de fecha 14 de agosto de 2023\n: b) Dictamen N° 031-2023-FP-PUNO/UNIASJUR')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia a), por el cual solicita copia de los '
             'planes de operaciones y la relación de los operativos programados por las unidades de este Frente Policial contra la '
             'trata de personas para el segundo semestre del año 2023; al respecto, se le informa lo siguiente:'])
    for t in ['1.- Los planes de operaciones policiales y la programación de intervenciones constituyen información clasificada, '
              'cuya difusión pondría en riesgo la eficacia de las acciones en curso y la seguridad del personal interviniente.',
              '2.- El artículo 16 del Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la Información '
              'Pública, exceptúa del derecho de acceso la información clasificada como secreta y reservada en el ámbito del orden '
              'interno, cuando su revelación pudiera afectar operaciones policiales.',
              '3.- Conforme al Dictamen de la referencia b), emitido por la Unidad de Asesoría Jurídica, la información solicitada '
              'se encuentra comprendida en dicha excepción.',
              '4.- En consecuencia, se DENIEGA su solicitud, quedando a salvo su derecho de interponer recurso de apelación ante el '
              'Tribunal de Transparencia y Acceso a la Información Pública.']:
        R.p(t, align='j', indent=0.6, first=-0.6, after=4)
    R.p('Atentamente,', before=6)
    R.sign('Crnl. PNP Raúl Ernesto Cutipa Flores', 'Jefe del Frente Policial Puno', 'CIP N° 30941276', before=24)
    return R


def t006():
    # out_of_period: spreadsheet sent alone; 2018-2019 CAR figures for a 2021 request, the reason in a note row
    R = new('t006', 'out_of_period', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'other'),
            None, ['SAIP-0117-2022'], '2022-01-27',
            'spreadsheet sent alone: title rows (requested year in the title), table of residential care centres with years 2018 / 2019 under two upper headers, totals, a note row explaining why 2021 is missing',
            notes='The title says the request concerns 2021; the sheet only holds 2018 and 2019 and a note row says the 2021 figures '
                  'are being validated by the protection services unit: out_of_period. The sheet date (generated on) is the letter date.',
            fmt='xlsx', keep_native=True)
    import openpyxl
    from openpyxl.styles import Font, Alignment
    ws = R.wb.active
    ws.title = 'CAR trata'
    xsetup(ws, landscape=True)
    ws['A1'] = 'PROGRAMA INTEGRAL NACIONAL PARA EL BIENESTAR FAMILIAR - INABIF'
    ws['A2'] = 'Unidad de Servicios de Protección de Niñas, Niños y Adolescentes'
    ws['A3'] = 'Atención a la solicitud de acceso a la información N° SAIP-0117-2022: residentes víctimas de trata en CAR, año 2021'
    ws['A4'] = 'Generado el 27/01/2022'
    for c in ('A1', 'A2', 'A3', 'A4'):
        ws[c].font = Font(bold=(c == 'A1'), size=11 if c == 'A1' else 10)
    head = [['Centro de Acogida Residencial', 'Región', 'Residentes víctimas de trata atendidas', '', 'Reintegradas a su familia', ''],
            ['', '', '2018', '2019', '2018', '2019']]
    data = [('CAR Santa María de los Andes', 'Cusco', 14, 19, 5, 8), ('CAR Nuestra Señora del Carmen', 'Madre de Dios', 22, 27, 9, 11),
            ('CAR Villa Esperanza', 'Lima', 31, 26, 12, 10), ('CAR Hogar San Martín de Porres', 'Loreto', 9, 13, 3, 6),
            ('CAR Rayito de Luz', 'Puno', 11, 8, 4, 4)]
    rows = []
    t = [0, 0, 0, 0]
    for nm, reg, a, b, c, d in data:
        rows.append([nm, reg, (a, '0', 'count', {'what': 'residente', 'y': 2018}), (b, '0', 'count', {'what': 'residente', 'y': 2019}),
                     (c, '0', 'count', {'what': 'residente reintegrada', 'y': 2018}), (d, '0', 'count', {'what': 'residente reintegrada', 'y': 2019})])
        for i, v in enumerate((a, b, c, d)):
            t[i] += v
    rows.append(['Total', '', (t[0], '0', 'count', {'what': 'residente', 'y': 2018}), (t[1], '0', 'count', {'what': 'residente', 'y': 2019}),
                 (t[2], '0', 'count', {'what': 'residente reintegrada', 'y': 2018}), (t[3], '0', 'count', {'what': 'residente reintegrada', 'y': 2019})])
    names = ['Centro de Acogida Residencial', 'Región', 'Residentes víctimas de trata atendidas 2018', 'Residentes víctimas de trata atendidas 2019',
             'Reintegradas a su familia 2018', 'Reintegradas a su familia 2019']
    r = xtable(R, ws, 6, head, rows, widths=[34, 16, 17, 17, 15, 15], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5)],
               bold_last=True, colnames=names)
    ws.cell(row=r + 1, column=1, value='Nota: la información del año 2021 se encuentra en proceso de validación por la Unidad de Servicios de '
                                      'Protección; se remite la última información validada (2018-2019).')
    ws.cell(row=r + 2, column=1, value='Fuente: Registro de residentes de los CAR - INABIF.')
    xfont(ws, 'Calibri')
    return R


def t007():
    # out_of_period: 2020 requested (year still open), 2018 results and 2021 plan
    R = new('t007', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Energía y Minas', 'MINEM', 'ministry'),
            'OFICIO N° 0734-2020-MINEM/DGFM', ['Registro N° 3088215', 'Memorando N° 0219-2020-MINEM/DGFM'], '2020-11-10',
            'oficio with two numbered headings (results of 2018, plan 2021), figures in running text, amount with the ISO code before the number',
            notes='Request for 2020 (sent in November 2020); the ministry says the 2020 results will be consolidated in the annual '
                  'report once the fiscal year closes, and gives 2018 results and the 2021 plan: out_of_period. "PEN 148,000.00" '
                  'is programmed (allocated) for 2021.', font='Arial', size=10.5)
    R.header(['PERÚ  |  Ministerio de Energía y Minas', 'Viceministerio de Minas – Dirección General de Formalización Minera'], align='l', size=9)
    lema(R, 2020)
    R.p('San Borja, 10 de noviembre de 2020', after=4)
    R.p('OFICIO N° 0734-2020-MINEM/DGFM', bold=True, after=6)
    to(R, ['Señora', 'Ana Paula Zevallos Rivas', 'Centro de Estudios sobre Trabajo y Minería', 'Presente.-'])
    kv(R, [('Asunto', ': Solicitud de acceso a la información pública'),
           ('Referencia', ': Registro N° 3088215')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'de prevención de la trata de personas y del trabajo forzoso en la minería en proceso de formalización realizadas '
             'durante el año 2020.',
             'Al respecto, mediante Memorando N° 0219-2020-MINEM/DGFM, el área técnica informa que las acciones del ejercicio '
             '2020 se consolidarán recién al cierre del año fiscal y serán aprobadas en el informe anual de gestión, por lo que a '
             'la fecha no se cuenta con cifras validadas del periodo. Se pone a su disposición la información disponible:'])
    R.p('1. Resultados del año 2018', bold=True, after=2)
    body(R, ['En el año 2018 se realizaron ' + Cn(16, 'taller', y=2018) + ' talleres de sensibilización sobre trabajo forzoso y trata de '
             'personas en los corredores mineros de Madre de Dios, Puno y Arequipa, con la participación de '
             + Cn(1132, 'minero', st='sp', y=2018) + ' mineros en proceso de formalización y ' + Cn(87, 'funcionario', y=2018)
             + ' funcionarios de las direcciones regionales de energía y minas.'])
    R.p('2. Programación para el año 2021', bold=True, after=2)
    body(R, ['Para el año 2021 se han programado ' + Cn(22, 'taller', y=2021) + ' talleres y la elaboración de una guía de '
             'identificación de situaciones de riesgo en los campamentos mineros, con un presupuesto programado de '
             + Mcode(148000, y=2021, r='a') + '.',
             'Sin otro particular, quedo de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('Ing. Gustavo Adolfo Lazarte Benavides', 'Director General de Formalización Minera', 'Ministerio de Energía y Minas')
    return R


def t008():
    # missing / not_competent_referred: district municipality forwards to the Public Ministry
    R = new('t008', 'missing', 'not_competent_referred', ['prosecution'], ('2020-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Wanchaq', 'MDW', 'district_municipality'),
            'CARTA N° 112-2022-MDW/SG', ['Expediente N° 5621-2022', 'OFICIO N° 233-2022-MDW/SG'], '2022-06-08',
            'carta of a district municipality (Courier typeface), restated request, not competent, forwarded by a cited oficio',
            notes='Asks for complaints, operations and prosecutions of trafficking in 2020 and 2021; the municipality says these are '
                  'competences of the police and the Public Ministry and that it forwarded the request: not_competent_referred.',
            font='Courier New', size=10.5)
    R.p('MUNICIPALIDAD DISTRITAL DE WANCHAQ', bold=True, align='c', after=0)
    R.p('SECRETARÍA GENERAL', align='c', after=0)
    R.p('Av. Garcilaso s/n – Wanchaq – Cusco', align='c', size=9, after=10)
    R.p('CARTA N° 112-2022-MDW/SG', bold=True, after=2)
    R.p('Wanchaq, 08 de junio de 2022', after=10)
    to(R, ['Señor:', 'Fernando Huamán Ccorimanya', 'Presente.-'])
    R.p('ASUNTO    : Se comunica derivación de solicitud.', after=0)
    R.p('REF.      : Expediente N° 5621-2022', after=10)
    body(R, ['De mi mayor consideración:',
             'Es grato saludarle y, en relación al expediente de la referencia, por el cual solicita "el número de denuncias, '
             'operativos e investigaciones por trata de personas en el distrito de Wanchaq durante los años 2020 y 2021", le '
             'comunico que la recepción de denuncias, la ejecución de operativos y la investigación del delito son funciones de la '
             'Policía Nacional del Perú y del Ministerio Público, por lo que esta Municipalidad no posee ni está obligada a poseer '
             'dicha información.',
             'Sin perjuicio de ello, en aplicación del literal b) del artículo 11 del TUO de la Ley N° 27806, su solicitud ha sido '
             'remitida a la Fiscalía Provincial Especializada en Delitos de Trata de Personas del Cusco mediante el OFICIO N° '
             '233-2022-MDW/SG, de lo cual se le pone en conocimiento.',
             'Atentamente,'], align='l')
    R.sign('Abog. Karina Luz Mendoza Álvarez', 'Secretaria General', before=24, align='l')
    return R


def t009():
    # answered: part-year request January-September 2023, months as rows
    R = new('t009', 'answered', None, ['prosecution'], ('2023-01-01', '2023-09-30'),
            S('Corte Superior de Justicia de Madre de Dios', 'CSJMD', 'autonomous'),
            'OFICIO N° 001784-2023-P-CSJMD/PJ', ['Solicitud de Acceso N° 412-2023', 'Informe N° 000093-2023-CE-UPD-GAD-CSJMD/PJ'], '2023-10-24',
            'oficio of a superior court, month rows January-September with a total row, zero counts in cells, count in digits then words, percent with space',
            notes='Part-year request (January-September 2023) answered for that period; months carry the year 2023. "3 (tres)" '
                  'courts has no year.', font='Arial', size=10.5)
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE MADRE DE DIOS', 'Presidencia'], logo=(logo_png('pj', 'PJ', 'circle', (120, 20, 20)), 1.5))
    lema(R, 2023)
    R.p('Puerto Maldonado, 24 de octubre de 2023', align='r', after=6)
    R.p('OFICIO N° 001784-2023-P-CSJMD/PJ', bold=True, after=6)
    to(R, ['Señorita', 'Dayana Chávez Lozano', 'Estudiante de Derecho – UNAMAD', 'Presente.-'])
    kv(R, [('ASUNTO', ': Atención de solicitud de acceso a la información'),
           ('REFERENCIA', ': Solicitud de Acceso N° 412-2023')])
    body(R, ['Me dirijo a usted, por especial encargo de la Presidencia, para dar atención a su solicitud sobre los procesos por el '
             'delito de trata de personas tramitados en este Distrito Judicial entre el 1 de enero y el 30 de setiembre de 2023.',
             'Conforme al Informe N° 000093-2023-CE-UPD-GAD-CSJMD/PJ de la Coordinación de Estadística, los procesos son de '
             'conocimiento de ' + Cdw(3, 'juzgado') + ' juzgados penales, cuyo movimiento mensual se detalla:'])
    data = [('Enero', [4, 2, 1, 0]), ('Febrero', [3, 1, 0, 0]), ('Marzo', [6, 3, 2, 1]), ('Abril', [2, 4, 1, 0]),
            ('Mayo', [5, 2, 0, 1]), ('Junio', [7, 3, 2, 0]), ('Julio', [3, 2, 1, 0]), ('Agosto', [4, 1, 0, 0]),
            ('Setiembre', [5, 3, 2, 1])]
    ctab(R, [['Mes (2023)', 'Expedientes ingresados', 'Expedientes resueltos', 'Sentencias condenatorias', 'Sentencias absolutorias']],
         data, ['expediente', 'expediente', 'sentencia condenatoria', 'sentencia absolutoria'], year=2023, total='Total enero–setiembre',
         widths=(4.2, 3.0, 3.0, 3.0, 3.0), size=9.5)
    body(R, ['En el periodo se resolvió el ' + Psp(53.8, 1, y=2023) + ' de los expedientes ingresados; los demás se encuentran en '
             'etapa de juicio oral o pendientes de audiencia.',
             'Atentamente,'])
    dsig(R, 'Roxana Milagros Cahuana Pari', 'Jefa de la Unidad de Planeamiento y Desarrollo', 'Corte Superior de Justicia de Madre de Dios',
         when='24.10.2023 11:05:37 -05:00', fau='20159981216')
    return R


def t010():
    # missing / denied_exception: court resolution denying copies of sentences (privacy of child victims)
    R = new('t010', 'missing', 'denied_exception', ['prosecution'], ('2019-01-01', '2020-12-31'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'),
            'RESOLUCIÓN ADMINISTRATIVA N° 000212-2021-GAD-CSJLN/PJ', ['Expediente SAIP N° 000388-2021'], '2021-03-02',
            'administrative resolution of a court management office (VISTO / CONSIDERANDO / SE RESUELVE), denial under the personal privacy exception',
            notes='The request asked for copies of the sentences for trafficking handed down in 2019 and 2020 with the victims\' data; '
                  'access is denied (personal privacy, child victims). No figures.', font='Times New Roman', size=11)
    R.header(['CORTE SUPERIOR DE JUSTICIA DE LIMA NORTE', 'Gerencia de Administración Distrital'], logo=(logo_png('pj2', 'PJ', 'circle', (120, 20, 20)), 1.4))
    R.p('RESOLUCIÓN ADMINISTRATIVA N° 000212-2021-GAD-CSJLN/PJ', bold=True, align='c', after=2)
    R.p('Independencia, 2 de marzo de 2021', align='c', after=10)
    R.p('VISTO:', bold=True, after=2)
    body(R, ['El Expediente SAIP N° 000388-2021, mediante el cual la ciudadana Gabriela Inés Soto Huertas solicita copia de las '
             'sentencias expedidas por los juzgados penales de este Distrito Judicial en procesos por el delito de trata de '
             'personas durante los años 2019 y 2020, "con los datos de las agraviadas, su edad y lugar de procedencia".'])
    R.p('CONSIDERANDO:', bold=True, after=2)
    body(R, ['Primero.- Que, el numeral 5 del artículo 17 del TUO de la Ley N° 27806 exceptúa del ejercicio del derecho de acceso a la '
             'información referida a los datos personales cuya publicidad constituya una invasión de la intimidad personal y familiar.',
             'Segundo.- Que, las sentencias solicitadas contienen la identidad, edad, procedencia y circunstancias de la explotación '
             'de las agraviadas, la mayoría de ellas menores de edad, cuya reserva es exigida además por el Código de los Niños y '
             'Adolescentes y por el Protocolo Intersectorial vigente.',
             'Tercero.- Que, la información solicitada no admite una entrega parcial que preserve dicha reserva, por cuanto lo '
             'requerido expresamente son los datos de las víctimas.'])
    R.p('SE RESUELVE:', bold=True, after=2)
    body(R, ['Artículo Primero.- DECLARAR IMPROCEDENTE la solicitud contenida en el Expediente SAIP N° 000388-2021, por encontrarse '
             'la información en el supuesto de excepción del numeral 5 del artículo 17 del TUO de la Ley N° 27806.',
             'Artículo Segundo.- NOTIFICAR la presente resolución a la solicitante, haciéndole saber que puede interponer recurso de '
             'apelación dentro del plazo de ley.',
             'Regístrese y comuníquese.'])
    R.sign('C.P.C. Mario Alberto Guerrero Salas', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Lima Norte', before=20)
    return R


def t011():
    # missing / no_reply: printout of the tracking page of the request (deadline passed, no answer)
    R = new('t011', 'missing', 'no_reply', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de San Román', 'MPSR', 'provincial_municipality'),
            None, ['SAIP-2022-000781'], '2022-06-10',
            'printout of an online tracking page of the request: fields in a ruled two-column grid, status "vencida sin respuesta"',
            notes='A printout of the municipality\'s tracking page for the request (actions to prevent trafficking in 2021): the term '
                  'expired and there is no reply document: no_reply. The print date is the document date.', font='DejaVu Sans', size=9.5)
    R.p('Mesa de Partes Virtual – Municipalidad Provincial de San Román – Juliaca', size=8, after=0, color=(90, 90, 90))
    R.p('https://mesadepartes.munisanroman.gob.pe/saip/seguimiento', size=8, after=10, color=(60, 60, 160))
    R.p('SEGUIMIENTO DE SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA', bold=True, size=12, after=8)
    R.table([['Campo', 'Detalle']],
            [['N° de solicitud', 'SAIP-2022-000781'], ['Fecha de presentación', '04/05/2022 09:41'],
             ['Solicitante', 'Yenny Calsina Huanca'],
             ['Información solicitada', 'Acciones de prevención de la trata de personas realizadas por la Municipalidad durante el año 2021 y presupuesto empleado'],
             ['Forma de entrega', 'Correo electrónico'], ['Unidad responsable', 'Gerencia de Desarrollo Social'],
             ['Fecha límite de atención', '18/05/2022'], ['Estado', 'VENCIDA – SIN RESPUESTA'],
             ['Documento de respuesta', '(ninguno)'], ['Observaciones', 'No se registra atención de la unidad responsable.']],
            widths=(5.0, 11.0), size=9, head_shade='C9DAF8')
    R.p('Fecha de impresión: 10/06/2022 15:12', size=8, after=0, before=8)
    R.p('Página 1 de 1', size=8, align='r')
    return R


def t012():
    # missing / no_information: district municipality searched its files; count of files reviewed is a figure
    R = new('t012', 'missing', 'no_information', ['prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Distrital de Cerro Colorado', 'MDCC', 'district_municipality'),
            'CARTA N° 0415-2019-MDCC/SG', ['Informe N° 208-2019-SGDS-MDCC', 'Registro N° 11873'], '2019-08-21',
            'carta citing an internal report: search of the archive, "no se cuenta con información sistematizada"',
            notes='No information held on 2018 prevention actions or budget; the count of files reviewed in the search is recorded '
                  'as a figure (it is not information on the period).', font='Arial', size=11)
    R.header(['MUNICIPALIDAD DISTRITAL DE CERRO COLORADO', 'Arequipa – Perú'], logo=(logo_png('mdcc', 'MDCC', 'shield', (0, 90, 140)), 1.4), align='l')
    lema(R, 2019)
    R.p('Cerro Colorado, 21 de agosto de 2019', align='r', after=4)
    R.p('CARTA N° 0415-2019-MDCC/SG', bold=True, after=6)
    to(R, ['Señor', 'Óscar Begazo Linares', 'Urb. La Libertad, Mz. F Lt. 9 – Cerro Colorado'])
    kv(R, [('Asunto', ': Respuesta a solicitud de información'), ('Referencia', ': Registro N° 11873')])
    body(R, ['Por medio de la presente me dirijo a usted, en atención al documento de la referencia, por el cual solicita información '
             'sobre las acciones de prevención de la trata de personas y el presupuesto asignado para tal fin por esta Municipalidad '
             'en el año 2018.',
             'Al respecto, la Subgerencia de Desarrollo Social, mediante Informe N° 208-2019-SGDS-MDCC, comunica que se revisaron '
             + Cn(1320, 'expediente', st='sp') + ' expedientes del archivo de la DEMUNA y de la Subgerencia correspondientes al '
             'periodo, y que no se cuenta con información sistematizada ni documentación sobre la materia consultada, la cual '
             'tampoco figura en los reportes de gestión remitidos a la Gerencia Municipal.',
             'En tal sentido, y de conformidad con el artículo 13 del TUO de la Ley N° 27806, no es posible atender su pedido, dado '
             'que la Ley no obliga a crear o producir información con la que no se cuente.',
             'Atentamente,'])
    R.sign('Abog. Milagros del Pilar Cornejo Vizcarra', 'Secretaria General', 'Municipalidad Distrital de Cerro Colorado')
    return R


def t013():
    # missing / clarification: asks to specify the fiscal district and the type of statistics
    R = new('t013', 'missing', 'clarification', ['prosecution'], None,
            S('Ministerio Público – Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'CARTA N° 000645-2024-MP-FN-GG-OAC', ['Solicitud N° 2024-0013376'], '2024-02-07',
            'carta of the citizen attention office, numbered requests a) and b), two working days to clarify',
            notes='Asks the requester to specify the fiscal district, the kind of counts and the period (the request states none): '
                  'clarification; period not stated. "dos días hábiles" is a duration, not a figure.', font='Calibri', size=11)
    R.header_image(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Gerencia General – Oficina de Atención al Ciudadano'], 'mpfn17', color=(30, 30, 110))
    lema(R, 2024)
    R.p('Lima, 07 de febrero de 2024', align='r', after=4)
    R.p('CARTA N° 000645-2024-MP-FN-GG-OAC', bold=True, after=6)
    to(R, ['Señor', 'Martín Alejandro Ruiz Paredes', 'mruiz.paredes@correo.pe'])
    R.p('Referencia: Solicitud N° 2024-0013376', bold=True, after=8)
    body(R, ['De mi consideración:',
             'Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere "las estadísticas de las '
             'fiscalías sobre el delito de trata de personas".',
             'Al respecto, y a efectos de derivar su pedido a la dependencia que posee la información, se le solicita precisar:'])
    R.p('a) El distrito fiscal o las fiscalías de las que requiere la información, dado que el Ministerio Público cuenta con '
        'distritos fiscales en todo el país;', indent=0.8, align='j', after=2)
    R.p('b) Si requiere el número de carpetas por etapa procesal, por forma de explotación o por ambas; y', indent=0.8, align='j', after=2)
    R.p('c) El periodo (años o meses) al que se refiere su pedido.', indent=0.8, align='j', after=6)
    body(R, ['La precisión deberá ser remitida en el plazo de dos días hábiles de recibida la presente; de no hacerlo, la solicitud se '
             'tendrá por no presentada, conforme al artículo 11 del Reglamento de la Ley N° 27806. El plazo de atención se '
             'computará a partir de la recepción de la subsanación.',
             'Atentamente,'])
    R.sign('Lic. Patricia Elena Yupanqui Rosas', 'Jefa de la Oficina de Atención al Ciudadano', 'Ministerio Público')
    return R


def t014():
    # missing / off_topic: police report on mobile-phone theft (operativos, detenidos, denuncias, budget)
    R = new('t014', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Región Policial Lima', 'PNP', 'police'),
            'OFICIO N° 1542-2022-REGPOL-LIMA/DIVOPUS-SEC', ['Hoja de Trámite N° 40218-2022'], '2022-09-15',
            'police oficio on the theft of mobile phones in central Lima: table by police station with operations, detainees, recovered phones and complaints; budget of the operations in text',
            notes='About the theft of mobile phones, not trafficking in persons: off_topic (no axes). Figures recorded as printed.',
            font='Arial', size=10.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL LIMA', 'División de Orden Público y Seguridad'], logo=(logo_png('pnp2', 'PNP', 'shield', (20, 80, 30)), 1.4))
    lema(R, 2022)
    R.p('Lima, 15 de setiembre de 2022', align='r', after=4)
    R.p('OFICIO N° 1542-2022-REGPOL-LIMA/DIVOPUS-SEC', bold=True, after=6)
    to(R, ['Señor', 'Jefe de la Oficina de Transparencia de la Región Policial Lima', 'Presente.'])
    kv(R, [('ASUNTO', ': Remite información sobre la lucha contra el hurto y robo de celulares – año 2021'),
           ('REF.', ': Hoja de Trámite N° 40218-2022')])
    body(R, ['Tengo el honor de dirigirme a usted para remitir la información sobre las acciones desarrolladas durante el año 2021 '
             'contra el hurto y robo de equipos celulares en el ámbito de las comisarías del Cercado de Lima:'])
    ctab(R, [['Comisaría', 'Operativos', 'Detenidos', 'Celulares recuperados', 'Denuncias por robo']],
         [('Cotabambas', [46, 58, 212, 1304]), ('Monserrate', [39, 41, 187, 1122]), ('Alfonso Ugarte', [52, 63, 240, 1486]),
          ('San Andrés', [28, 30, 96, 768]), ('Conde de la Vega Baja', [31, 27, 118, 851])],
         ['operativo', 'detenido', 'celular', 'denuncia'], year=2021, total='Total', widths=(4.8, 2.6, 2.6, 3.2, 3.2), size=9.5, st='sp')
    body(R, ['Los operativos se financiaron con la asignación de ' + Mf(86400, 'eu', 0, pre='S/ ', y=2021, r='a')
             + ' para combustible y viáticos, de la cual se ejecutó el ' + Pf(97.2, 1, 'us', y=2021) + '.',
             'Es todo cuanto informo a usted para los fines del caso.'])
    R.sign('Crnl. PNP Jorge Luis Taboada Ríos', 'Jefe de la DIVOPUS – REGPOL Lima', 'CIP N° 31208844')
    return R


def t015():
    # missing / not_competent_referred: housing ministry forwards to the Ministry of the Interior
    R = new('t015', 'missing', 'not_competent_referred', ['governance'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Vivienda, Construcción y Saneamiento', 'VIVIENDA', 'ministry'),
            'OFICIO N° 00321-2023-VIVIENDA/SG-OACI', ['Registro N° 2023-0077412', 'OFICIO N° 00322-2023-VIVIENDA/SG-OACI'], '2023-02-16',
            'oficio of a ministry\'s transparency office: not competent on the national plan; forwarded to the Ministry of the Interior',
            notes='Asks for the budget and actions of the national plan against trafficking in 2022; the ministry is not part of '
                  'it and forwarded the request to MININTER: not_competent_referred.', font='Arial', size=10.5)
    R.header(['PERÚ  Ministerio de Vivienda, Construcción y Saneamiento', 'Secretaría General – Oficina de Atención a la Ciudadanía'], align='l')
    lema(R, 2023)
    R.p('Lima, 16 de febrero de 2023', align='r', after=4)
    R.p('OFICIO N° 00321-2023-VIVIENDA/SG-OACI', bold=True, after=6)
    to(R, ['Señora', 'Karla Vásquez Luján', 'Presente.-'])
    kv(R, [('Asunto', ': Derivación de solicitud de acceso a la información pública'),
           ('Referencia', ': Registro N° 2023-0077412')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, mediante la cual requiere el '
             'presupuesto asignado y las acciones ejecutadas en el año 2022 en el marco del Plan Nacional contra la Trata de Personas.',
             'Sobre el particular, le informo que este Ministerio no integra la Comisión Multisectorial encargada del seguimiento '
             'de la política nacional en la materia ni tiene a su cargo acciones de dicho plan. La Secretaría Técnica de la citada '
             'Comisión está a cargo del Ministerio del Interior, a través de la Dirección General de Seguridad Democrática.',
             'Por ello, con OFICIO N° 00322-2023-VIVIENDA/SG-OACI se ha derivado su solicitud al Ministerio del Interior para su '
             'atención directa, conforme al artículo 15-A del Reglamento de la Ley de Transparencia.',
             'Atentamente,'])
    dsig(R, 'Sandra Beatriz Huertas Mori', 'Jefa de la Oficina de Atención a la Ciudadanía', 'Ministerio de Vivienda, Construcción y Saneamiento',
         when='16/02/2023 10:21', fau='20504743307')
    return R
