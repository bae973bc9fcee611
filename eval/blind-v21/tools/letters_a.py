"""blind-v21 letters y001-y015 (written from scratch for this set)."""
from common import *
from lib import M, C, P

SOL = 'Solicitud de acceso a la información pública'


def y001():
    R = new('y001', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000128-2023-MIMP-DGNNA', ['Expediente N° 2023-0006541', 'Informe N° D000037-2023-MIMP-DPE-JAS'],
            '2023-02-14',
            layout='oficio, letter-spaced letterhead with a double rule, boxed own number, table with a total column first and a '
                   'two-row header (sex and protection measures as groups), QR signature, verification footer',
            notes='Answered: 2022 cases of children and adolescents in presumed trafficking attended by the UPE, by unit. The total '
                  'column comes first; the total row counts cases (caso) for the sex columns and protection measures for the measure '
                  'columns. The verification key in the footer is not a figure.')
    spaced_header(R, 'Ministerio de la Mujer y Poblaciones Vulnerables',
                  ['Viceministerio de Poblaciones Vulnerables', 'Dirección General de Niñas, Niños y Adolescentes'],
                  logo=(logo_png('mimp21', 'MIMP', 'circle', (120, 20, 90)), 1.2), size=7, spacing=30)
    open21(R, 2023, date21('Lima', '2023-02-14', 'abbr'), 'OFICIO N° D000128-2023-MIMP-DGNNA',
           ['Señora', 'ROSA AMELIA CCAHUANA VILCA', 'Pasaje Los Nogales 118, urbanización Santa Luzmila', 'Comas.-'],
           [('Asunto', ': Atención de solicitud de acceso a la información pública'),
            ('Referencia', ': Expediente N° 2023-0006541')], ref_style='box', order='date')
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información '
             'sobre las niñas, niños y adolescentes en presunta situación de trata de personas atendidos por las Unidades de '
             'Protección Especial (UPE) durante el año 2022.',
             'Al respecto, la Dirección de Protección Especial, mediante el Informe N° D000037-2023-MIMP-DPE-JAS, informa que en '
             'el periodo comprendido entre el 1 de enero y el 31 de diciembre de 2022 las UPE registraron %s casos vinculados a '
             'trata de personas, de los cuales el %s correspondió a niñas y adolescentes mujeres. En el %s de los casos se dictó '
             'acogimiento residencial. El detalle por unidad es el siguiente:' % (
                 Cn(143, 'caso', y=2022), Psp(82.5, y=2022), Psp(58.7, y=2022))])
    head = [['UPE', 'Total', 'Sexo', '', 'Medida de protección dictada', '', ''],
            ['', '', 'Mujeres', 'Hombres', 'Acogimiento familiar', 'Acogimiento residencial', 'Otras medidas']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 6)]
    data = [('Lima', [37, 31, 6, 9, 22, 6]), ('Callao', [10, 8, 2, 3, 5, 2]), ('Cusco', [22, 19, 3, 6, 13, 3]),
            ('Madre de Dios', [17, 16, 1, 2, 12, 3]), ('Puno', [18, 14, 4, 5, 10, 3]), ('Loreto', [26, 21, 5, 7, 15, 4]),
            ('Tumbes', [13, 9, 4, 4, 7, 2])]
    ctab(R, head, data, ['caso', 'caso', 'caso', 'medida de protección', 'medida de protección', 'medida de protección'],
         year=2022, merges=mg, colnames=hnames(head, mg), widths=(3.0, 1.6, 1.8, 1.8, 2.6, 2.6, 2.2), size=8.5,
         caption='Cuadro N° 1: Casos de NNA en presunta situación de trata atendidos por las UPE, 2022',
         note='Fuente: Sistema de Información de las UPE. Elaboración: Dirección de Protección Especial.')
    body(R, ['Se precisa que la información se proporciona de manera agregada, sin datos que permitan identificar a las niñas, '
             'niños y adolescentes, conforme a la normativa de protección de datos personales.',
             'Hago propicia la oportunidad para expresarle las muestras de mi consideración.'])
    qr_sign(R, 'CARMEN LUCÍA HERRERA PAREDES', 'Directora General', 'Dirección General de Niñas, Niños y Adolescentes', 1001,
            when='14/02/2023 16:05')
    verif_footer(R, 'https://sgd.mimp.gob.pe/verifica', '7FQ2KX9')


def _police_rows(data):
    rows = []
    for reg, yv in data:
        for y, vals in yv:
            rows.append([reg, str(y)] + [Cn(v, w, 'sp', y=y) for v, w in zip(vals, ('denuncia', 'víctima', 'detenido'))])
    return rows


def y002():
    R = new('y002', 'answered', None, ['prosecution'], ('2021-01-01', '2022-12-31'),
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la Policía Nacional del Perú', 'DIRCTPTIM PNP', 'police'),
            'OFICIO N° 347-2023-DIRNIC PNP/DIRCTPTIM-SEC.', ['Hoja de Recepción N° 0052-2023'],
            '2023-03-09', font='Arial Narrow', size=11,
            layout='police oficio in Arial Narrow, long-format table (one row per region and year, the region repeated) over two '
                   'pages with the header repeated, total rows per year, a variation percent in prose',
            notes='Answered: complaints, presumed victims and detainees of 2021 and 2022 by police region. Every row carries its own '
                  'year in the second column; the two total rows are per year. The variation percent has no year. "SIDPOL" is the '
                  'police complaints system named as the source (a system, not a cited document).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL',
              'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'], align='l', size=8.5)
    open21(R, 2023, date21('Lima', '2023-03-09', 'del'), 'OFICIO N° 347-2023-DIRNIC PNP/DIRCTPTIM-SEC.',
           ['Señor', 'JORGE LUIS MAMANI TICONA', 'Presente.-'],
           [('ASUNTO', ': Remite información estadística sobre delitos de trata de personas 2021-2022.'),
            ('REF.', ': Hoja de Recepción N° 0052-2023 (solicitud de acceso a la información pública).')], order='date',
           ref_style='under')
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento de la referencia, para remitirle la información '
             'estadística de las denuncias por el delito de trata de personas registradas en el Sistema de Denuncias Policiales '
             '(SIDPOL) durante los años 2021 y 2022, con el número de presuntas víctimas y de personas detenidas, según región policial.'])
    data = [('Lima', [(2021, [142, 198, 61]), (2022, [157, 231, 70])]),
            ('Callao', [(2021, [21, 28, 9]), (2022, [26, 33, 11])]),
            ('Arequipa', [(2021, [34, 45, 12]), (2022, [39, 52, 15])]),
            ('Cusco', [(2021, [48, 73, 17]), (2022, [55, 80, 22])]),
            ('Madre de Dios', [(2021, [37, 64, 19]), (2022, [44, 71, 24])]),
            ('Puno', [(2021, [41, 58, 14]), (2022, [46, 62, 18])]),
            ('Loreto', [(2021, [52, 77, 16]), (2022, [49, 70, 13])]),
            ('Junín', [(2021, [23, 30, 8]), (2022, [28, 39, 10])]),
            ('Piura', [(2021, [19, 26, 7]), (2022, [24, 31, 9])]),
            ('La Libertad', [(2021, [17, 22, 6]), (2022, [20, 27, 8])]),
            ('Tumbes', [(2021, [15, 24, 5]), (2022, [18, 29, 7])]),
            ('Ucayali', [(2021, [22, 35, 9]), (2022, [25, 38, 11])]),
            ('San Martín', [(2021, [14, 19, 4]), (2022, [16, 21, 6])]),
            ('Tacna', [(2021, [12, 18, 5]), (2022, [13, 20, 6])]),
            ('Ayacucho', [(2021, [11, 15, 3]), (2022, [14, 19, 5])]),
            ('Huánuco', [(2021, [9, 13, 2]), (2022, [12, 16, 4])]),
            ('Lambayeque', [(2021, [16, 21, 6]), (2022, [18, 25, 7])]),
            ('Áncash', [(2021, [8, 11, 3]), (2022, [10, 14, 4])])]
    rows = _police_rows(data)
    for y in (2021, 2022):
        tot = [sum(v[i] for _, yv in data for yy, v in yv if yy == y) for i in range(3)]
        rows.append(['Total', str(y)] + [Cn(t, w, 'sp', y=y) for t, w in zip(tot, ('denuncia', 'víctima', 'detenido'))])
    R.table([['Región policial', 'Año', 'Denuncias registradas', 'Presuntas víctimas', 'Personas detenidas']], rows,
            widths=(4.2, 1.6, 3.2, 3.2, 3.2), size=11, repeat_head=True, bold_rows=(len(rows) - 2, len(rows) - 1),
            row_label_fn=lambda i, rw: rw[0] + ' ' + rw[1],
            caption='DENUNCIAS POR TRATA DE PERSONAS, PRESUNTAS VÍCTIMAS Y DETENIDOS, SEGÚN REGIÓN POLICIAL (2021-2022)',
            note='Fuente: SIDPOL - DIRCTPTIM PNP. Datos preliminares sujetos a actualización.')
    body(R, ['Como se aprecia, el número de denuncias registradas en el año 2022 se incrementó en %s respecto al año 2021.' % Psp(13.5),
             'Es todo cuanto informo a usted para los fines que estime pertinentes.'])
    scribble_sign(R, 'CARLOS ENRIQUE VALDIVIA ROJAS', 'CORONEL PNP', 'JEFE DE LA DIRCTPTIM PNP', align='c')


def y003():
    R = new('y003', 'answered', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N.º 0456-2023-GRL-GRDS', ['Solicitud S/N de fecha 3 de abril de 2023', 'Ordenanza Regional N° 014-2022-GRL-CR'],
            '2023-04-21',
            layout='oficio with a letterhead beside a thick red vertical bar, money with the acute-accent millions separator in '
                   'prose, four-column sheet with two indicator/value pairs per row',
            notes='Answered: 2022 sessions of the regional commission, the PIM and execution of the regional plan (governance: the '
                  'budget of the plan as a whole) and prevention activities in a two-pairs-per-row sheet. The ordinance number is not '
                  'a figure.')
    bar_header(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social', 'Av. Abelardo Quiñones km 1.5 - Iquitos'],
               color='9C1C1C')
    open21(R, 2023, date21('Iquitos', '2023-04-21'), 'OFICIO N.º 0456-2023-GRL-GRDS',
           ['Señorita', 'ANDREA PAOLA RÍOS TAPULLIMA', 'Calle Napo 512', 'Iquitos.-'],
           [('ASUNTO', ': Información sobre acciones contra la trata de personas - año 2022'),
            ('REF.', ': Solicitud S/N de fecha 3 de abril de 2023')], motto=True, order='ref')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'desarrolladas por el Gobierno Regional de Loreto en materia de trata de personas durante el año 2022, y al respecto '
             'informo lo siguiente:',
             'La Comisión Regional Multisectorial contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Loreto sesionó en '
             '%s oportunidades durante el año 2022 y propuso la Ordenanza Regional N° 014-2022-GRL-CR, que aprueba el Plan Regional '
             'contra la Trata de Personas. Para su implementación se asignó un presupuesto institucional modificado (PIM) de %s, '
             'del cual se ejecutó %s, lo que representa un avance de %s.' % (
                 Cwp(11, 'sesión', y=2022), Macute(2150000, y=2022, r='a'), Macute(1487320.50, y=2022, r='e'), Psp(69.2, y=2022)),
             'En materia de prevención se desarrollaron las siguientes actividades:'])
    H = ('Actividad', 'N°', 'Actividad', 'N°')
    kv4(R, [['Talleres en II.EE.', Cn(38, 'taller', y=2022), 'Ferias informativas', Cn(6, 'feria', y=2022, row='Ferias informativas', col='N°')],
            ['Participantes en talleres', Cn(2914, 'participante', 'sp', y=2022), 'Spots radiales difundidos',
             Cn(1260, 'spot', 'sp', y=2022, row='Spots radiales difundidos', col='N°')],
            ['Docentes capacitados', Cn(412, 'docente', y=2022), 'Autoridades comunales capacitadas',
             Cn(97, 'autoridad', y=2022, row='Autoridades comunales capacitadas', col='N°')]],
        head=H, widths=(4.8, 1.6, 5.6, 1.6))
    body(R, ['Sin otro particular, quedo de usted.'])
    R.sign('Lic. MANUEL ANTONIO PANDURO SHUÑA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Loreto')


def y004():
    R = new('y004', 'out_of_period', None, ['prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'CARTA N° 021-2024-SG-MPM', ['Expediente N° 27845-2023', 'Informe N° 004-2024-GDH-MPM'],
            '2024-01-17',
            layout='carta with two logos in the header, figures in prose and in a bullet list, all of an earlier year',
            notes='Out of period: the request asks for 2023; the municipality says the 2023 files are being migrated to a new '
                  'document system (since December 2023) and sends 2021 figures only. Nothing is said about 2023 activity.')
    two_logo_header(R, (logo_png('mpm21', 'MPM', 'shield', (20, 90, 40)), 1.6), (logo_png('iqt21', 'IQT', 'circle', (20, 90, 40)), 1.6),
                    ['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Secretaría General', 'Jr. Sargento Lores N° 240 - Iquitos'])
    open21(R, 2024, date21('Iquitos', '2024-01-17', 'long'), 'CARTA N° 021-2024-SG-MPM',
           ['Señor', 'LUIS ALBERTO VÁSQUEZ PEZO', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud de información'), ('Referencia', ': Expediente N° 27845-2023')],
           motto=False, order='ref')
    body(R, ['De mi consideración:',
             'En atención al expediente de la referencia, en el que solicita información sobre las actividades de prevención de la '
             'trata de personas y los casos atendidos por la DEMUNA durante el año 2023, le comunico que, según el Informe N° '
             '004-2024-GDH-MPM de la Gerencia de Desarrollo Humano, el acervo documentario del año 2023 viene siendo migrado al '
             'nuevo Sistema de Gestión Documental implementado en diciembre de 2023, por lo que a la fecha no es posible acceder a '
             'dicha información.',
             'No obstante, a fin de atender su pedido, se le alcanza la información disponible del año 2021: en dicho año la DEMUNA '
             'atendió %s casos de niñas, niños y adolescentes en presunta situación de trata, de los cuales %s fueron derivados '
             'a la Unidad de Protección Especial de Loreto. Asimismo, se ejecutaron las siguientes campañas:' % (
                 Cn(17, 'caso', y=2021), Cz(9, 'caso', y=2021))])
    bl(R, ['Campaña "Yo no me dejo engañar" en el puerto de Masusa: %s participantes.' % Cn(1240, 'participante', y=2021),
           'Charlas en instituciones educativas del distrito de Belén: %s charlas con %s estudiantes.' % (
               Cn(22, 'charla', y=2021), Cn(1873, 'estudiante', y=2021)),
           'Feria informativa por el Día Nacional contra la Trata de Personas: %s asistentes.' % Cn(560, 'asistente', y=2021),
           'Capacitación a mototaxistas de la provincia: %s conductores capacitados.' % Cn(315, 'conductor', y=2021)])
    body(R, ['Una vez culminada la migración, la información del año 2023 podrá ser solicitada nuevamente.', 'Atentamente,'])
    sigline(R, 'Abog. KAREN MILAGROS DEL ÁGUILA RUIZ', 'Secretaria General', 'Municipalidad Provincial de Maynas', align='c')


def y005():
    R = new('y005', 'answered', None, ['prosecution'], ('2020-01-01', '2022-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', None, 'autonomous'),
            'OFICIO N° 1187-2023-MP-FN-FPEDTP-LIMA', ['Carta N° 0112-2023-MP-FN-OAIP'], '2023-05-18',
            font='Times New Roman', size=11.5,
            layout='oficio in Times, year cell merged vertically over the finality rows with a subtotal row per year',
            notes='Answered: complaints, formalised investigations, accusations and convictions by purpose of exploitation, 2020-2022. '
                  'The year is in a cell merged over its rows (not on every line); the row label is the purpose. Subtotals keep '
                  'their year. SGF is the prosecution case system (not a cited document).')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Lima',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima'], size=9)
    open21(R, 2023, date21('Lima', '2023-05-18', 'ymd'), 'OFICIO N° 1187-2023-MP-FN-FPEDTP-LIMA',
           ['Señor', 'Abog. RICARDO ANDRÉS FLORES CHÁVEZ', 'Oficina de Acceso a la Información Pública', 'Ministerio Público',
            'Presente.-'],
           [('Asunto', ': Remite información solicitada.'), ('Referencia', ': Carta N° 0112-2023-MP-FN-OAIP')], order='date',
           date_align='l')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, a fin de remitir la información '
             'estadística de los casos de trata de personas de esta Fiscalía en los años 2020, 2021 y 2022, según la finalidad de '
             'explotación, extraída del Sistema de Gestión Fiscal (SGF):'])
    fin = ['Explotación sexual', 'Explotación laboral', 'Mendicidad', 'Otras finalidades']
    vals = {2020: [[61, 24, 15, 9], [18, 7, 4, 2], [6, 2, 1, 0], [4, 1, 1, 0]],
            2021: [[74, 31, 19, 11], [23, 9, 5, 3], [8, 3, 2, 1], [5, 2, 1, 1]],
            2022: [[88, 39, 24, 14], [27, 12, 7, 4], [9, 4, 2, 1], [7, 3, 2, 1]]}
    W_ = ['denuncia', 'investigación', 'acusación', 'sentencia']
    rows, mg, bold = [], [], []
    for y in (2020, 2021, 2022):
        r0 = 1 + len(rows)
        for k, f in enumerate(fin):
            rows.append([str(y) if k == 0 else '', f] + [Cn(v, W_[j], y=y) for j, v in enumerate(vals[y][k])])
        rows.append(['', 'Subtotal ' + str(y)] + [Cn(sum(vals[y][k][j] for k in range(4)), W_[j], y=y) for j in range(4)])
        bold.append(len(rows) - 1)
        mg.append((r0, 0, r0 + 4, 0))
    R.table([['Año', 'Finalidad', 'Denuncias recibidas', 'Investigaciones formalizadas', 'Acusaciones', 'Sentencias']], rows,
            merges=mg, row_label_col=1, bold_rows=tuple(b for b in bold), widths=(1.5, 4.4, 2.6, 3.0, 2.3, 2.3), size=9.5,
            caption='Casos de trata de personas según finalidad de explotación, 2020 - 2022')
    body(R, ['Se precisa que las sentencias consignadas corresponden a las emitidas en primera instancia en los procesos '
             'a cargo de esta Fiscalía.', 'Atentamente,'])
    scribble_sign(R, 'PATRICIA ELENA SOTO BERROCAL', 'Fiscal Provincial Titular', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima')


def y006():
    R = new('y006', 'answered', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 000318-2023-P-CSJPU-PJ', ['Informe N° 000045-2023-UPD-GAD-CSJPU-PJ', 'Expediente Administrativo N° 003127-2023'],
            '2023-04-05',
            layout='oficio of a superior court with two logos, table of courts with ordinal numbers in the row labels, share in prose',
            notes='Answered: 2022 trafficking cases by court. The ordinal numbers in the court names are not figures. The share of '
                  'convictions in prose is of 2022.')
    two_logo_header(R, (logo_png('pj21', 'PJ', 'shield', (110, 20, 20)), 1.6), (logo_png('csjpu21', 'CSJ', 'circle', (110, 20, 20)), 1.6),
                    ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Presidencia'])
    open21(R, 2023, date21('Puno', '2023-04-05', 'weekday'), 'OFICIO N° 000318-2023-P-CSJPU-PJ',
           ['Señora', 'GLADYS BEATRIZ COAQUIRA HUANCA', 'Jr. Moquegua 455', 'Puno.-'],
           [('ASUNTO', ': Se remite información estadística'), ('REFERENCIA', ': Expediente Administrativo N° 003127-2023')],
           order='date', ref_style='center')
    body(R, ['Es grato dirigirme a usted para saludarla cordialmente y, en atención a su solicitud del documento de la referencia, '
             'remitirle el Informe N° 000045-2023-UPD-GAD-CSJPU-PJ, elaborado por la Unidad de Planeamiento y Desarrollo, con la carga '
             'procesal por el delito de trata de personas (artículo 129-A del Código Penal) en los órganos jurisdiccionales de este '
             'Distrito Judicial durante el año 2022:'])
    data = [('1° Juzgado Penal Unipersonal de Puno', [14, 5, 2, 7]),
            ('2° Juzgado Penal Unipersonal de Juliaca', [19, 7, 3, 9]),
            ('Juzgado Penal Colegiado Supraprovincial', [23, 9, 3, 11]),
            ('Juzgado de Investigación Preparatoria de Putina', [8, 2, 1, 5]),
            ('Juzgado Penal Unipersonal de Sandia', [6, 1, 0, 5]),
            ('Sala Penal de Apelaciones de Puno', [11, 1, 1, 9])]
    ctab(R, [['Órgano jurisdiccional', 'Procesos ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias', 'Pendientes al 31.12.2022']],
         data, ['proceso', 'sentencia', 'sentencia', 'proceso'], year=2022, widths=(6.2, 2.4, 2.6, 2.6, 2.6), size=9,
         total='TOTAL', note='Fuente: Sistema Integrado Judicial (SIJ) - Unidad de Planeamiento y Desarrollo.')
    body(R, ['De las %s sentencias emitidas en el periodo, el %s fueron condenatorias.' % (Cn(35, 'sentencia', y=2022), Psp(71.4, y=2022)),
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    dsig(R, 'Víctor Raúl Condori Mamani', 'Presidente', 'Corte Superior de Justicia de Puno', when='05.04.2023 11:42:08 -05:00',
         fau='20159981216', align='c')


def y007():
    R = new('y007', 'answered', None, ['prosecution', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000214-2022-SUNAFIL/IRE-CUS', ['Solicitud de Acceso a la Información Pública N° 0987-2022'], '2022-03-11',
            layout='oficio of a regional office of an attached body, centred letterhead, table with amounts glued to the sign in each '
                   'cell and a total row, prevention figures in prose',
            notes='Answered: 2021 labour inspections on forced and child labour linked to trafficking in Cusco, by province, with the '
                  'proposed fines (no role: fines), and prevention talks in prose.')
    R.header(['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Regional de Cusco'], logo=(logo_png('sunafil21', 'SNF', 'square', (0, 70, 140)), 1.3))
    open21(R, 2022, date21('Cusco', '2022-03-11'), 'OFICIO N° 000214-2022-SUNAFIL/IRE-CUS',
           ['Señor', 'WILFREDO QUISPE HUAMÁN', 'Urb. Mariscal Gamarra C-14', 'Cusco'],
           [('Asunto', ': Información sobre fiscalización laboral vinculada a trata de personas'),
            ('Ref.', ': Solicitud de Acceso a la Información Pública N° 0987-2022')], order='ref')
    body(R, ['De mi consideración:',
             'En atención al documento de la referencia, le informo que durante el año 2021 esta Intendencia Regional realizó '
             'actuaciones inspectivas en materia de trabajo forzoso e infantil con indicios de trata de personas, conforme al '
             'siguiente detalle:'])
    rows = []
    d = [('Cusco', 11, 84, 3, 12450.00), ('La Convención', 9, 137, 6, 31800.00), ('Quispicanchi', 6, 58, 2, 8960.00),
         ('Canchis', 4, 29, 1, 4300.00), ('Paucartambo', 3, 22, 2, 6275.50)]
    for prov, a, b, c, m in d:
        rows.append([prov, Cn(a, 'actuación inspectiva', y=2021), Cn(b, 'trabajador', y=2021), Cn(c, 'menor de edad', y=2021),
                     Mjoin(m, y=2021, u='cell')])
    rows.append(['Total', Cn(33, 'actuación inspectiva', y=2021), Cn(330, 'trabajador', y=2021), Cn(14, 'menor de edad', y=2021),
                 Mjoin(63785.50, y=2021, u='cell')])
    R.table([['Provincia', 'Actuaciones inspectivas', 'Trabajadores comprendidos', 'Menores de edad identificados', 'Multa propuesta']],
            rows, widths=(3.6, 2.8, 2.8, 3.0, 3.2), size=9, bold_rows=(5,))
    body(R, ['Asimismo, en el marco de la prevención, se desarrollaron %s charlas informativas dirigidas a %s trabajadores y '
             'empleadores de los sectores agrícola y de turismo.' % (Cn(14, 'charla', y=2021), Cn(386, 'trabajador', y=2021)),
             'Atentamente,'])
    scribble_sign(R, 'ING. ROXANA MERCEDES TTITO CCORI', 'Intendenta Regional (e)', 'Intendencia Regional de Cusco - SUNAFIL')


def y008():
    R = new('y008', 'missing', 'no_information', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'CARTA N° 0318-2023-SG/MDSJL', ['Informe N° 112-2023-SGDEMUNA-GDS/MDSJL', 'Memorando N° 0441-2023-GDS/MDSJL',
                                             'Registro N° 8812-2023'], '2023-03-27',
            layout='carta of a district municipality, right-aligned letterhead, two cited internal documents, no figures',
            notes='No information: the DEMUNA and the social development office found no record of trafficking cases or prevention '
                  'activities for 2022; the rule that information need not be created is cited. It does not say that nothing was done.')
    right_header(R, ['MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', 'Secretaría General', 'Gestión 2023 - 2026'])
    open21(R, 2023, date21('San Juan de Lurigancho', '2023-03-27'), 'CARTA N° 0318-2023-SG/MDSJL',
           ['Señora', 'LUCÍA FERNANDA ÑAUPARI SALAS', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud de acceso a la información pública'), ('Referencia', ': Registro N° 8812-2023')],
           order='date', ref_style='under')
    body(R, ['Tengo a bien dirigirme a usted, en relación con su solicitud de la referencia, por la cual requiere información '
             'sobre los casos de trata de personas atendidos por la DEMUNA y las actividades de prevención realizadas por esta '
             'comuna durante el año 2022.',
             'Al respecto, mediante el Informe N° 112-2023-SGDEMUNA-GDS/MDSJL, remitido con el Memorando N° 0441-2023-GDS/MDSJL, '
             'la Subgerencia de la DEMUNA comunica que, revisados sus registros y el acervo documentario, no se ha encontrado '
             'información sobre casos de trata de personas ni sobre actividades de prevención de dicho delito correspondientes '
             'al periodo solicitado.',
             'En tal sentido, de conformidad con el artículo 13 del Texto Único Ordenado de la Ley N° 27806, la entidad no se encuentra '
             'obligada a crear o producir información con la que no cuente o no tenga obligación de contar al momento de '
             'efectuarse el pedido.', 'Atentamente,'])
    R.sign('Abog. HUGO MARTÍN ESPINOZA LLANOS', 'Secretario General', 'Municipalidad Distrital de San Juan de Lurigancho')


def y009():
    R = new('y009', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR', 'other'),
            'OFICIO N° D000097-2023-MIDAGRI-SERFOR-DGGSPFFS', ['Carta S/N de fecha 9 de enero de 2023'], '2023-01-30',
            layout='oficio of an attached body about wildlife trafficking, figures in prose and a small two-column sheet',
            notes='Off topic: illegal trade in wild fauna ("tráfico ilegal de fauna silvestre"), not trafficking in persons. Its '
                  'figures are kept: specimens seized, operations, fines (no role), a share.')
    spaced_header(R, 'Servicio Nacional Forestal y de Fauna Silvestre', ['Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre'],
                  spacing=40, rule='single')
    open21(R, 2023, date21('Lima', '2023-01-30'), 'OFICIO N° D000097-2023-MIDAGRI-SERFOR-DGGSPFFS',
           ['Señor', 'DIEGO ARMANDO SALAZAR VEGA', 'Presente.-'],
           [('Asunto', ': Información sobre tráfico ilegal de fauna silvestre - 2022'), ('Referencia', ': Carta S/N de fecha 9 de enero de 2023')],
           order='ref', ref_style='box')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'de control del tráfico en el año 2022. Al respecto, le informamos que durante dicho año el SERFOR, en coordinación con '
             'la Policía Nacional del Perú y las autoridades regionales forestales, realizó %s intervenciones de control, en las '
             'que se incautaron %s especímenes de fauna silvestre, de los cuales el %s correspondió a aves.' % (
                 Cn(86, 'intervención', y=2022), Cn(1247, 'espécimen', 'sp', y=2022), Psp(34.6, y=2022))])
    ficha(R, [('Procedimientos administrativos sancionadores iniciados', Cn(53, 'procedimiento', y=2022)),
              ('Multas impuestas (S/)', Mf(385600.00, 'sp', y=2022)),
              ('Especímenes reintroducidos a su hábitat', Cn(412, 'espécimen', y=2022))],
          head=('Indicador 2022', 'Resultado'), widths=(10.5, 4.0), size=9.5)
    body(R, ['Cabe precisar que el SERFOR no tiene competencia en materia de trata de personas.', 'Atentamente,'])
    qr_sign(R, 'ÁLVARO JESÚS MENDOZA CÁRDENAS', 'Director General', 'DGGSPFFS - SERFOR', 1009, when='30/01/2023 10:12')
    verif_footer(R, 'https://sgd.serfor.gob.pe/validadorDocumental', 'K2M9QX4R')


def y010():
    R = new('y010', 'out_of_period', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° 0893-2023-INPE/12', ['Solicitud N° 4417-2023-INPE-TAIP'], '2023-08-24',
            layout='oficio with a left bar letterhead, table of prisons by sex with a total column and a total row, data of the year '
                   'before the request',
            notes='Out of period: the 2023 prison population is asked; the 2023 statistics are validated only at year end, so the '
                  'reply gives the population held for trafficking at 31 December 2022. Figures are of 2022.')
    bar_header(R, ['INSTITUTO NACIONAL PENITENCIARIO', 'Oficina de Estadística', 'Jr. Carabaya 456 - Cercado de Lima'], color='1F3864')
    open21(R, 2023, date21('Lima', '2023-08-24', 'abbr'), 'OFICIO N° 0893-2023-INPE/12',
           ['Señora', 'NATALIA SOFÍA ORTIZ BENAVIDES', 'Presente.-'],
           [('ASUNTO', ': Población penitenciaria por el delito de trata de personas'), ('REFERENCIA', ': Solicitud N° 4417-2023-INPE-TAIP')],
           order='date')
    body(R, ['Me dirijo a usted con relación al documento de la referencia, mediante el cual solicita la población penitenciaria '
             'recluida por el delito de trata de personas durante el año 2023.',
             'Al respecto, se le informa que la información estadística penitenciaria del año 2023 se encuentra en proceso de '
             'consolidación y validación, la cual concluye al cierre del ejercicio. Por tal motivo, se le remite la información '
             'validada al 31 de diciembre de 2022, según establecimiento penitenciario y sexo:'])
    data = [('E.P. Lurigancho', [118, 0]), ('E.P. Ancón II', [64, 0]), ('E.P. Anexo de Mujeres Chorrillos', [0, 47]),
            ('E.P. Cusco', [52, 9]), ('E.P. Puerto Maldonado', [71, 14]), ('E.P. Juliaca', [43, 6]), ('E.P. Iquitos', [38, 11])]
    rows = []
    for lab, (h, m) in data:
        rows.append([lab, Cn(h, 'interno', y=2022), Cn(m, 'interno', y=2022), Cn(h + m, 'interno', y=2022)])
    th, tm = sum(v[0] for _, v in data), sum(v[1] for _, v in data)
    rows.append(['Total', Cn(th, 'interno', y=2022), Cn(tm, 'interno', y=2022), Cn(th + tm, 'interno', y=2022)])
    R.table([['Establecimiento penitenciario', 'Hombres', 'Mujeres', 'Total']], rows, widths=(7.0, 2.6, 2.6, 2.6), size=9.5,
            bold_rows=(len(rows) - 1,), caption='Población penal por delito de trata de personas al 31.12.2022',
            note='Incluye población procesada y sentenciada. Fuente: Registro Penitenciario.')
    body(R, ['Atentamente,'])
    R.sign('Econ. RAÚL EDGARDO PINEDO SALAS', 'Jefe de la Oficina de Estadística', 'Instituto Nacional Penitenciario')


def y011():
    R = new('y011', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2023-01-01', '2023-06-30'),
            S('Gobierno Regional de Cusco', 'GRC', 'regional_government'),
            'HOJA DE TRÁMITE N° 014587-2023-GRC/SG-UTD', ['Solicitud de fecha 11 de julio de 2023'], '2023-07-12',
            layout='routing slip (hoja de trámite) of the document office: field table, routing box, rubber stamp image, no letter',
            notes='Acknowledgment: the document office registered the request and routed it to the social development office for a '
                  'direct answer; nothing else. The registry numbers and folios are not figures.')
    R.header(['GOBIERNO REGIONAL DE CUSCO', 'Secretaría General - Unidad de Trámite Documentario'], size=9)
    R.p('HOJA DE TRÁMITE N° 014587-2023-GRC/SG-UTD', bold=True, align='c', size=13, after=8)
    kv(R, [('Fecha de ingreso', ': 12/07/2023  09:41'), ('Procedencia', ': Administrado - ROCÍO DEL PILAR HUAMANÍ CCAHUA'),
           ('Documento', ': Solicitud de fecha 11 de julio de 2023'), ('Folios', ': 02'),
           ('Asunto', ': Solicita información sobre acciones de prevención de la trata de personas y atención a víctimas, '
                      'enero a junio de 2023 (Ley N° 27806)'),
           ('Prioridad', ': Transparencia - plazo legal')], tab=3.6, w2=12.4)
    R.table([['Pase a', 'Acción', 'Fecha']],
            [['Gerencia Regional de Desarrollo Social', 'Atención y respuesta directa al administrado', '12/07/2023'],
             ['Sub Gerencia de Poblaciones Vulnerables', 'Para conocimiento', '12/07/2023']],
            widths=(6.0, 6.5, 2.5), size=9, row_label_col=None)
    R.p('Se comunica al administrado que su solicitud ha sido registrada y derivada a la unidad orgánica competente, la cual '
        'le remitirá la respuesta correspondiente.', align='j', size=10)
    R.doc.add_paragraph().add_run().add_picture(seal_png('grc21', ['GOBIERNO REGIONAL', 'CUSCO', 'TRÁMITE', 'DOCUMENTARIO']),
                                                width=__import__('docx.shared', fromlist=['Cm']).Cm(3.2))
    R.p('Recibido por: ........................................', size=9)


def y012():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    R = new('y012', 'answered', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), None, [], '2024-01-22', fmt='xlsx',
            keep_native=True,
            layout='spreadsheet sent alone: months as columns, regions as rows, a total column and a total row, issue date line',
            notes='Answered: CEM cases with presumed trafficking in 2023 by region and month, sent as a spreadsheet with no letter '
                  '(no own number). The AURORA programme is recorded as the ministry. The date is the report date line.')
    ws = R.wb.active
    ws.title = 'CEM trata 2023'
    ws['A1'] = 'PROGRAMA NACIONAL PARA LA PREVENCIÓN Y ERRADICACIÓN DE LA VIOLENCIA CONTRA LAS MUJERES E INTEGRANTES DEL GRUPO FAMILIAR - AURORA'
    ws['A2'] = 'Casos atendidos por los Centros Emergencia Mujer con presunta trata de personas, según región y mes - año 2023'
    ws['A3'] = 'Fecha de reporte: 22/01/2024'
    for c in ('A1', 'A2', 'A3'):
        ws[c].font = Font(bold=(c != 'A3'), size=10)
    meses = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Set', 'Oct', 'Nov', 'Dic']
    data = [('Lima Metropolitana', [4, 3, 5, 2, 6, 4, 3, 5, 4, 6, 3, 5]),
            ('Cusco', [2, 1, 3, 2, 1, 2, 3, 1, 2, 2, 1, 3]),
            ('Madre de Dios', [3, 2, 2, 4, 3, 1, 2, 3, 2, 3, 2, 2]),
            ('Puno', [1, 2, 1, 0, 2, 1, 1, 2, 0, 1, 2, 1]),
            ('Loreto', [2, 3, 1, 2, 2, 3, 1, 2, 3, 1, 2, 2]),
            ('Junín', [1, 0, 1, 1, 0, 2, 1, 0, 1, 1, 0, 1])]
    rows = []
    for reg, v in data:
        rows.append([reg] + [(x, '0', 'count', {'what': 'caso', 'y': 2023}) for x in v] + [(sum(v), '0', 'count', {'what': 'caso', 'y': 2023})])
    tot = [sum(v[i] for _, v in data) for i in range(12)]
    rows.append(['Total'] + [(x, '0', 'count', {'what': 'caso', 'y': 2023}) for x in tot] + [(sum(tot), '0', 'count', {'what': 'caso', 'y': 2023})])
    nxt = xtable(R, ws, 5, [['Región'] + meses + ['Total']], rows, widths=[20] + [6] * 12 + [8], bold_last=True, size=10)
    ws.cell(row=nxt + 1, column=1, value='Fuente: Registro de casos de los CEM. Elaboración: Unidad de Generación de Información y Gestión del Conocimiento.').font = Font(italic=True, size=9)
    xsetup(ws, landscape=True)
    xfont(ws, 'Arial')


def y013():
    R = new('y013', 'answered', None, ['governance', 'prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Tumbes', 'GRT', 'regional_government'),
            'INFORME N° 037-2023-GRT-GRDS-SGPS', ['Memorando N° 0215-2023-GRT-GRDS', 'Ordenanza Regional N° 009-2021-GRT-CR'],
            '2023-06-12', fmt='odt', keep_native=True,
            layout='informe sent alone as an OpenDocument file: memo head, headed sections, a table with the axis merged '
                   'vertically over its activities, goal and achievement columns and an executed-budget column; unit in the caption',
            notes='Answered: 2022 execution of the regional plan by axis, sent as the informe alone (ODT). Counts take the noun of the '
                  'activity row; the money column is executed budget in soles stated in the caption. The total is the executed '
                  'budget of the plan.')
    R.header(['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Promoción Social'], size=9)
    memo(R, 'INFORME N° 037-2023-GRT-GRDS-SGPS',
         [('A', ': Lic. ERNESTO JAVIER ZAPATA PURIZACA\n  Gerente Regional de Desarrollo Social'),
          ('DE', ': Lic. MILAGROS DEL CARMEN INFANTE OLAYA\n  Sub Gerente de Promoción Social'),
          ('ASUNTO', ': Información sobre la ejecución del Plan Regional contra la Trata de Personas - 2022'),
          ('REF.', ': Memorando N° 0215-2023-GRT-GRDS'),
          ('FECHA', ': Tumbes, 12 de junio de 2023')], year=2023)
    rows = [['Gobernanza', 'Sesiones de la Red Regional', Cn(6, 'sesión', y=2022), Cn(6, 'sesión', y=2022), Mf(4800.00, y=2022, r='e', u='caption')],
            ['', 'Reportes de seguimiento del plan', Cn(4, 'reporte', y=2022), Cn(3, 'reporte', y=2022), Mf(1200.00, y=2022, r='e', u='caption')],
            ['Prevención', 'Talleres en instituciones educativas', Cn(30, 'taller', y=2022), Cn(27, 'taller', y=2022), Mf(16350.00, y=2022, r='e', u='caption')],
            ['', 'Campañas en terminales terrestres', Cn(5, 'campaña', y=2022), Cn(5, 'campaña', y=2022), Mf(9780.00, y=2022, r='e', u='caption')],
            ['', 'Capacitaciones a transportistas', Cn(8, 'capacitación', y=2022), Cn(6, 'capacitación', y=2022), Mf(5420.00, y=2022, r='e', u='caption')],
            ['Atención y protección', 'Víctimas con acompañamiento psicosocial', Cn(25, 'víctima', y=2022), Cn(19, 'víctima', y=2022), Mf(11900.00, y=2022, r='e', u='caption')],
            ['', 'Total', '', '', Mf(49450.00, y=2022, r='e', u='caption')]]

    def _tab():
        R.table([['Eje', 'Actividad', 'Meta programada', 'Meta ejecutada', 'Presupuesto ejecutado']], rows,
                merges=[(1, 0, 2, 0), (3, 0, 5, 0)], row_label_col=1, widths=(2.6, 5.8, 2.5, 2.5, 2.8), size=9, bold_rows=(6,),
                caption='Cuadro 1. Ejecución del Plan Regional 2022 (presupuesto en soles)', unit='column')
    sections(R, [('Antecedentes', ['Mediante el documento de la referencia se solicita información para atender el pedido de acceso '
                                   'a la información pública sobre la ejecución del Plan Regional contra la Trata de Personas, '
                                   'aprobado por Ordenanza Regional N° 009-2021-GRT-CR, durante el año 2022.']),
                 ('Análisis', ['Las metas programadas y ejecutadas en el año 2022, por eje estratégico, fueron las siguientes:', _tab]),
                 ('Conclusión', ['Se remite la información para su trámite al administrado.'])])
    R.p('Es todo cuanto informo a usted.', after=20)
    R.p('Lic. MILAGROS DEL CARMEN INFANTE OLAYA', bold=True, align='c', after=0)
    R.p('Sub Gerente de Promoción Social', align='c', after=0)


def y014():
    R = new('y014', 'missing', 'no_reply', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 1452-2023-JUS/DGTAIPD-DFTAIP',
            ['Expediente N° 0089-2023-JUS/DGTAIPD-DFTAIP', 'Oficio N° 1398-2023-JUS/DGTAIPD-DFTAIP'], '2023-05-30',
            layout='oficio of the transparency authority (a directorate of the justice ministry) on a complaint for lack of answer',
            notes='No reply: the transparency authority tells the requester that the provincial municipality of Huancavelica has not '
                  'answered the request (2022 prevention and victim care) nor the authority\'s own requirement. The sender is the '
                  'ministry whose directorate writes. Durations in days are not figures.')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Transparencia, Acceso a la Información Pública y Protección de Datos Personales',
              'Dirección de Fiscalización y Sanción en Transparencia y Acceso a la Información Pública'], size=8, align='l')
    open21(R, 2023, date21('Miraflores', '2023-05-30'), 'OFICIO N° 1452-2023-JUS/DGTAIPD-DFTAIP',
           ['Señor', 'PERCY ALEJANDRO HUAMÁN QUISPE', 'Presente.-'],
           [('Asunto', ': Comunica estado de su denuncia por falta de atención de solicitud'),
            ('Referencia', ': Expediente N° 0089-2023-JUS/DGTAIPD-DFTAIP')], order='ref', ref_style='under')
    body(R, ['Me dirijo a usted en atención a la denuncia de la referencia, mediante la cual pone en conocimiento que la '
             'Municipalidad Provincial de Huancavelica no ha atendido la solicitud de acceso a la información pública que presentó '
             'el 10 de marzo de 2023, referida a las acciones de prevención de la trata de personas y de atención a sus víctimas '
             'realizadas durante el año 2022.',
             'Al respecto, esta Dirección requirió a dicha entidad, mediante el Oficio N° 1398-2023-JUS/DGTAIPD-DFTAIP, que informe '
             'sobre la atención de su solicitud en un plazo de cinco (5) días hábiles. Vencido dicho plazo, la entidad no ha '
             'remitido respuesta ni ha acreditado haber atendido su pedido.',
             'En consecuencia, se ha dispuesto el inicio de las acciones de fiscalización correspondientes, lo que se le comunica '
             'para su conocimiento. Asimismo, se le recuerda que tiene expedito su derecho de interponer recurso de apelación ante '
             'el Tribunal de Transparencia y Acceso a la Información Pública.', 'Atentamente,'])
    qr_sign(R, 'GUSTAVO ADOLFO BENAVIDES TORRES', 'Director', 'Dirección de Fiscalización y Sanción en Transparencia y Acceso a la Información Pública', 1014,
            when='30/05/2023 17:20')
    verif_footer(R, 'https://verificadoc.minjus.gob.pe', 'EA3F7C21')


def y015():
    R = new('y015', 'answered', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00587-2023-MINEDU/VMGP-DIGEBR', ['Solicitud de Acceso a la Información N° 12874-2023'], '2023-04-28',
            layout='oficio, centred letterhead with logo, table with a total column right after the label and the components after '
                   'it, money with "mil" in prose',
            notes='Answered: 2022 tutoring and prevention actions by regional education office. The total column counts actions '
                  '(acción); the component columns count workshops, sessions and fairs. The amount in prose is executed.')
    R.header(['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'],
             logo=(logo_png('minedu21', 'ED', 'square', (160, 20, 20)), 1.2), size=8.5)
    open21(R, 2023, date21('San Borja', '2023-04-28', 'weekday'), 'OFICIO N° 00587-2023-MINEDU/VMGP-DIGEBR',
           ['Señora', 'ELIZABETH NOEMÍ TORRES ARONI', 'Presente.-'],
           [('Asunto', ': Acciones de prevención de la trata de personas en instituciones educativas - 2022'),
            ('Referencia', ': Solicitud de Acceso a la Información N° 12874-2023')], order='ref')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para informarle que en el año 2022, '
             'en el marco de la tutoría y orientación educativa, las Direcciones y Gerencias Regionales de Educación focalizadas '
             'desarrollaron las siguientes acciones de prevención de la trata de personas:'])
    data = [('DRE Cusco', [24, 11, 9]), ('DRE Madre de Dios', [31, 14, 12]), ('DRE Puno', [18, 8, 7]), ('DRE Loreto', [27, 10, 13]),
            ('GRE Arequipa', [15, 6, 6]), ('DRE Tumbes', [12, 5, 5]), ('DRE Ucayali', [20, 9, 8]), ('DRE Junín', [13, 7, 4])]
    rows = []
    for lab, (a, b, c) in data:
        rows.append([lab, Cn(a + b + c, 'acción', y=2022), Cn(a, 'taller', y=2022), Cn(b, 'sesión', y=2022), Cn(c, 'feria', y=2022)])
    T = [sum(v[i] for _, v in data) for i in range(3)]
    rows.append(['Total', Cn(sum(T), 'acción', y=2022), Cn(T[0], 'taller', y=2022), Cn(T[1], 'sesión', y=2022), Cn(T[2], 'feria', y=2022)])
    R.table([['DRE / GRE', 'Total de acciones', 'Talleres', 'Sesiones de tutoría', 'Ferias']], rows, widths=(4.4, 2.8, 2.4, 2.8, 2.2),
            size=9.5, bold_rows=(len(rows) - 1,), shade_rows=(len(rows) - 1,))
    body(R, ['Para dichas acciones se ejecutaron %s en materiales y asistencia técnica, con la participación de %s docentes tutores.' % (
                Mmil(386, y=2022, r='e'), Cn(2475, 'docente', y=2022)), 'Atentamente,'])
    sigline(R, 'Mg. SANDRA VERÓNICA ROJAS ALIAGA', 'Directora General', 'Dirección General de Educación Básica Regular', align='c')
