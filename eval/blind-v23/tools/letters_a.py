"""blind-v23 letters w001-w015 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import shade, set_cell_border, para_border

Y23 = ('2023-01-01', '2023-12-31')
Y22 = ('2022-01-01', '2022-12-31')


def w001():
    """Acknowledgment: a routing sheet (hoja de ruta) printed from the document system of a regional government."""
    R = new('w001', 'missing', 'acknowledgment', ['prevention', 'governance'], Y23,
            S('Gobierno Regional de Lima', 'GRL', 'regional_government'), 'HOJA DE RUTA N° 004512-2024', [],
            '2024-02-08', 'printed routing sheet of the document system: field grid, derivation table, no signature',
            notes='A routing sheet of the document office: the request (about prevention actions and the budget of 2023) was '
                  'registered and sent to the social development office for an answer. Only receipt and internal routing, no '
                  'information: acknowledgment. No figures (folios, codes and times are not figures).',
            font='DejaVu Sans', size=9, margins=(1.6, 1.6, 2.0, 2.0))
    R.header(['GOBIERNO REGIONAL DE LIMA', 'Sistema de Trámite Documentario – Mesa de Partes'], align='l', size=8)
    R.p('HOJA DE RUTA N° 004512-2024', bold=True, align='c', size=13, after=2)
    R.p('Impreso: 08/FEB/2024 10:14 – Usuario: mpartes03', align='c', size=7.5, after=8)
    rows = [('Fecha de registro', '08/FEB/2024 09:52'), ('Tipo de documento', 'SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA'),
            ('Procedencia', 'EXTERNO – Persona natural'), ('Remitente', 'ROSARIO ELENA CCAHUANA PAREDES'),
            ('Asunto', 'Solicita información sobre acciones de prevención de la trata de personas y presupuesto asignado '
                       'para la lucha contra la trata de personas, correspondiente al año 2023.'),
            ('Folios', '02'), ('Prioridad', 'Ley N° 27806 – plazo legal'), ('Estado', 'EN TRÁMITE')]
    t = R.doc.add_table(rows=len(rows), cols=2)
    t.style = 'Table Grid'
    from docx.shared import Cm, Pt
    for i, (k, v) in enumerate(rows):
        a, b = t.rows[i].cells
        a.width, b.width = Cm(4.2), Cm(12.6)
        shade(a, 'E8E8E8')
        ra = a.paragraphs[0].add_run(k); ra.bold = True; ra.font.size = Pt(8.5)
        rb = b.paragraphs[0].add_run(v); rb.font.size = Pt(8.5)
    R.p('', after=6)
    R.p('DERIVACIONES', bold=True, size=9, after=2)
    R.table([['N°', 'Fecha', 'De', 'Para', 'Acción', 'Indicaciones']],
            [['1', '08/FEB/2024', 'Mesa de Partes', 'Secretaría General', 'Conocimiento', 'Registro y derivación'],
             ['2', '08/FEB/2024', 'Secretaría General', 'Gerencia Regional de Desarrollo Social', 'Atención',
              'Atender dentro del plazo de ley y remitir respuesta al administrado con copia a esta Secretaría'],
             ['3', '', '', '', '', '']],
            widths=(0.8, 2.2, 2.8, 3.6, 2.0, 5.4), size=8, row_label_col=None)
    R.p('La presente hoja de ruta constituye constancia de recepción de su documento. Puede consultar el estado de su trámite '
        'en el portal institucional, opción «Consulta de expedientes», con el número de hoja de ruta y su documento de identidad.',
        size=8, align='j', before=6)
    R.p('Horario de atención: lunes a viernes de 08:00 a 16:30 horas.', size=7.5, italic=True)
    R.footer('Jr. San Martín 288, Huacho – Central telefónica (01) 232-2951', size=7)
    R.save()


def w002():
    """Police directorate: oficio and a landscape annex with a month-by-month table for 2023."""
    R = new('w002', 'answered', None, ['prosecution', 'protection'], Y23,
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la Policía Nacional del Perú', 'DIRCTPTIM PNP', 'police'),
            'OFICIO N° 187-2024-DIRNIC PNP/DIRCTPTIM-SEC', ['Registro N° 0041-2024-DIRCTPTIM'], '2024-02-09',
            'oficio with breadcrumb letterhead, number and date on one line; landscape annex with a month-by-month table (12 month columns and a total)',
            notes='The 2023 operational figures of the police directorate month by month (complaints, operations, people rescued '
                  'by sex, arrests, criminal groups dismantled) and the yearly totals in the letter. Rescues during operations are '
                  'counted under prosecution; the letter also says the rescued people were handed to the protection units '
                  '(protection). Every cell has year 2023 (the caption); the total column too (one year).',
            size=10.5)
    path_header(R, ['MINISTERIO DEL INTERIOR', 'POLICÍA NACIONAL DEL PERÚ', 'DIRNIC PNP',
                    'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'],
                logo=(logo_png('pnp23', 'PNP', 'shield', (20, 80, 40)), 1.5))
    open23(R, 2024, date23('Lima', '2024-02-09', 'mil'), 'OFICIO N° 187-2024-DIRNIC PNP/DIRCTPTIM-SEC',
           ['Señora', 'ROSARIO ELENA CCAHUANA PAREDES', 'Ciudad.-'],
           [('ASUNTO', ':  Remite información estadística solicitada – año 2023.'),
            ('REF.', ':  Registro N° 0041-2024-DIRCTPTIM (solicitud de acceso a la información pública).')], order='inline')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
             'sobre las intervenciones realizadas por esta Dirección contra el delito de trata de personas durante el año 2023.',
             'Al respecto, se remite en anexo el cuadro con los indicadores operativos registrados mes a mes en el citado periodo. '
             'En resumen, durante el año 2023 se ejecutaron ' + Cpw(96, 'operativo', y=2023) + ' operativos a nivel nacional, '
             'en los que se rescató a ' + Cn(1179, 'víctima', 'sp', y=2023) + ' presuntas víctimas y se detuvo a '
             + Cn(214, 'persona', y=2023) + ' personas, quienes fueron puestas a disposición de las fiscalías especializadas '
             '(FISTRAP) competentes.',
             'Las presuntas víctimas rescatadas fueron derivadas a las Unidades de Protección Especial (UPE) y a los Centros '
             'Emergencia Mujer, según su edad, para su atención y protección.',
             'Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    closing(R, 'Dios guarde a usted.')
    po_sign(R, 'Comandante PNP Edwin Rolando Salcedo Huarcaya', 'Jefe de la Secretaría de la DIRCTPTIM PNP',
            'DEL DIRECTOR DE LA DIRCTPTIM PNP')
    R.p('ERSH/kmq', size=7, before=6)
    R.landscape()
    R.p('ANEXO', bold=True, align='c', size=11, after=2)
    months = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Set', 'Oct', 'Nov', 'Dic']
    data = [('Denuncias registradas', 'denuncia', [41, 38, 52, 47, 55, 49, 61, 58, 44, 50, 47, 39]),
            ('Operativos ejecutados', 'operativo', [6, 7, 9, 8, 10, 7, 9, 11, 8, 8, 7, 6]),
            ('Mujeres rescatadas', 'víctima', [58, 71, 96, 84, 102, 77, 110, 98, 69, 88, 75, 63]),
            ('Hombres rescatados', 'víctima', [12, 9, 17, 21, 14, 11, 19, 23, 16, 20, 13, 13]),
            ('Personas detenidas', 'persona', [14, 15, 19, 17, 22, 16, 21, 24, 18, 19, 16, 13]),
            ('Organizaciones criminales desarticuladas', 'organización criminal', [1, 0, 2, 1, 1, 0, 2, 1, 1, 1, 0, 1])]
    rows = []
    for lab, what, vals in data:
        rows.append([lab] + [Cn(v, what, y=2023) for v in vals] + [Cn(sum(vals), what, 'sp', y=2023)])
    R.table([['Indicador'] + months + ['Total']], rows, widths=[5.6] + [1.45] * 12 + [1.7], size=8.5,
            caption='Cuadro N° 1: Indicadores operativos de la DIRCTPTIM PNP, enero a diciembre de 2023', head_shade='C6E0B4',
            note='Fuente: Sistema de Denuncias Policiales (SIDPOL) y partes de intervención. Elaboración: Sección Estadística DIRCTPTIM PNP.')
    R.save()


def w003():
    """Out of period: restates that the request is about 2023, then gives only the programming for 2025 and 2026."""
    R = new('w003', 'out_of_period', None, ['prevention', 'protection', 'governance'], Y23,
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'), 'OFICIO N° 0318-2024-GRA/GG-GRDS',
            ['Expediente N° 2024-0002871'], '2024-02-26',
            'oficio with bilingual letterhead (Spanish and Quechua), sumilla at the top right; table of planned goals and budgets for two later years under merged group headers',
            notes='The letter restates that the request is about the actions of 2023, then sends only the programming of the '
                  'regional plan for 2025 and 2026 (physical goals and programmed budget): information, but only for later '
                  'years, so out_of_period. It does not say that nothing was done in 2023. Goals and budgets get the year of '
                  'their column; programmed budget is allocated; the row totals of two years have no year.',
            font='Calibri', size=10.5, margins=(2.0, 1.6, 2.4, 2.1))
    bilingual_header(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'],
                     ['AYACUCHO SUYU KAMACHIQ', 'Llaqtakunapa Wiñarinanpaq Kamachiq'],
                     (logo_png('gra23', 'GRA', 'circle', (150, 20, 40)), 1.8))
    open23(R, 2024, date23('Ayacucho', '2024-02-26', 'dayword'), 'OFICIO N° 0318-2024-GRA/GG-GRDS',
           ['Señor', 'MARCO ANTONIO YUPANQUI SOTO', 'Presente.-'],
           [('Asunto', ':  Atención a solicitud de información'), ('Referencia', ':  Expediente N° 2024-0002871')],
           order='sumilla', sumilla_text='Remite programación de actividades del Plan Regional contra la Trata de Personas.')
    body(R, ['Tengo a bien dirigirme a usted, con relación al expediente de la referencia, por el cual solicita información sobre '
             'las acciones ejecutadas y el presupuesto destinado por el Gobierno Regional de Ayacucho a la prevención de la trata '
             'de personas y la atención de sus víctimas durante el periodo comprendido entre enero y diciembre de 2023.',
             'Sobre el particular, en atención a lo solicitado, se remite la programación de actividades y metas del Plan Regional '
             'contra la Trata de Personas y sus Formas de Explotación para los años 2025 y 2026, elaborada por la Subgerencia de '
             'Desarrollo Humano y Promoción Social en coordinación con la Red Regional:'])
    head = [['Actividad', 'Meta física', '', 'Presupuesto programado (S/)', '', ''],
            ['', '2025', '2026', '2025', '2026', 'Total']]
    data = [('Talleres de prevención en instituciones educativas', 'Taller', 'taller', 40, 46, 36000, 41400),
            ('Campañas de sensibilización en terminales y ferias', 'Campaña', 'campaña', 8, 10, 52800, 66000),
            ('Capacitación a operadores de justicia y salud', 'Persona', 'persona', 180, 220, 27500, 33600),
            ('Atención psicológica a víctimas derivadas', 'Atención', 'atención', 150, 170, 60000, 68000),
            ('Sesiones de la Red Regional contra la Trata', 'Sesión', 'sesión', 6, 6, 4800, 4800)]
    rows = []
    for lab, um, what, m5, m6, p5, p6 in data:
        rows.append([lab, Cn(m5, what, y=2025), Cn(m6, what, y=2026), Mf(p5, y=2025, r='a'), Mf(p6, y=2026, r='a'),
                     Mf(p5 + p6, r='a')])
    tot5, tot6 = sum(d[5] for d in data), sum(d[6] for d in data)
    rows.append(['Total', '', '', Mf(tot5, y=2025, r='a'), Mf(tot6, y=2026, r='a'), Mf(tot5 + tot6, r='a')])
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 5)),
           widths=(6.6, 1.3, 1.3, 2.3, 2.3, 2.5), size=8, bold_rows=(len(rows) - 1,), head_shade='F4CCCC')
    body(R, ['La citada programación será incorporada en el Plan Operativo Institucional correspondiente, sujeta a la '
             'disponibilidad presupuestal del pliego.', 'Atentamente,'])
    scribble_sign(R, 'Lic. Gladys Pilar Huamaní Quispe', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ayacucho')
    R.save()


def w004():
    """MIMP programme: trafficking cases attended at the women's emergency centres by department, macro-regions merged vertically."""
    R = new('w004', 'answered', None, ['protection'], Y23,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), 'OFICIO N° D000214-2024-MIMP-AURORA-DE',
            ['Solicitud de acceso a la información pública N° 0587-2024'], '2024-03-04',
            'oficio in a double-framed letterhead; table with macro-regions merged vertically on the left, two-level header (sex under "Casos atendidos")',
            notes='The AURORA programme of the women\'s ministry (recorded as MIMP) sends the trafficking cases attended at the '
                  'women\'s emergency centres (CEM) in 2023 by department and sex. The macro-region column is merged vertically; '
                  'the row label is the department. Column names join the two header rows. Line 100 is not a figure.',
            size=10, margins=(2.0, 1.8, 2.4, 2.2))
    frame_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES',
                     'Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres',
                     'e Integrantes del Grupo Familiar – AURORA'])
    open23(R, 2024, date23('San Isidro', '2024-03-04', 'ydots'), 'OFICIO N° D000214-2024-MIMP-AURORA-DE',
           ['Señorita', 'VALERIA INÉS ROJAS ALVARADO', 'Presente.-'],
           [('Asunto', 'Atención a solicitud de información sobre casos de trata de personas – 2023'),
            ('Referencia', 'Solicitud de acceso a la información pública N° 0587-2024')], order='center', motto=False)
    body(R, ['Me dirijo a usted con relación al documento de la referencia. Al respecto, la Unidad de Generación de Información y '
             'Gestión del Conocimiento del Programa AURORA informa que, durante el año 2023, los Centros Emergencia Mujer (CEM) '
             'atendieron los siguientes casos de trata de personas, según el departamento y el sexo de la persona usuaria:'], size=10)
    regions = [('Norte', ['Piura', 'Tumbes', 'Lambayeque', 'La Libertad']), ('Centro', ['Junín', 'Huánuco', 'Pasco']),
               ('Sur', ['Arequipa', 'Cusco', 'Puno', 'Tacna']), ('Oriente', ['Loreto', 'Madre de Dios', 'Ucayali', 'San Martín']),
               ('Lima y Callao', ['Lima Metropolitana', 'Callao'])]
    vals = {'Piura': (14, 3), 'Tumbes': (9, 1), 'Lambayeque': (11, 2), 'La Libertad': (17, 4), 'Junín': (12, 2), 'Huánuco': (6, 1),
            'Pasco': (4, 0), 'Arequipa': (15, 3), 'Cusco': (22, 5), 'Puno': (19, 4), 'Tacna': (8, 2), 'Loreto': (25, 6),
            'Madre de Dios': (31, 7), 'Ucayali': (13, 2), 'San Martín': (10, 1), 'Lima Metropolitana': (46, 9), 'Callao': (7, 1)}
    rows, merges = [], []
    r0 = 2
    for mr, deps in regions:
        merges.append((r0, 0, r0 + len(deps) - 1, 0))
        for k, d in enumerate(deps):
            f, m = vals[d]
            rows.append([mr if k == 0 else '', d, Cn(f, 'caso', y=2023), Cn(m, 'caso', y=2023), Cn(f + m, 'caso', y=2023)])
        r0 += len(deps)
    tf, tm = sum(v[0] for v in vals.values()), sum(v[1] for v in vals.values())
    rows.append(['', 'Total nacional', Cn(tf, 'caso', y=2023), Cn(tm, 'caso', y=2023), Cn(tf + tm, 'caso', y=2023)])
    head = [['Macrorregión', 'Departamento', 'Casos atendidos', '', ''], ['', '', 'Mujeres', 'Hombres', 'Total']]
    merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4)] + merges
    R.table(head, rows, merges=merges, colnames=hnames(head, merges), row_label_col=1, widths=(3.0, 4.2, 2.2, 2.2, 2.2),
            size=8.5, bold_rows=(len(rows) - 1,), head_shade='D9D2E9',
            note='Fuente: Registro de casos del CEM – UGIGC/AURORA. Información preliminar al 31 de diciembre de 2023.')
    body(R, ['Se recuerda que la Línea 100 brinda orientación gratuita las 24 horas del día. Sin otro particular, quedo de usted.'], size=10)
    hash_sign(R, 'Abog. Cecilia Milagros Torres Zevallos', 'Directora Ejecutiva', 'Programa Nacional AURORA',
              '4F 2A 9C 17 00 00 00 00 3B 61', '9e1c4b7a22f0d3c58a6e7b1490c2d8f3a5b6e7d8c9f0a1b2c3d4e5f6a7b8c9d0',
              '04/03/2024 16:42:09 -05:00')
    R.save()


def w005():
    """Off topic: a regional resolution approving a budget modification for road maintenance."""
    R = new('w005', 'missing', 'off_topic', [], None,
            S('Gobierno Regional de Cajamarca', 'GRC', 'regional_government'),
            'RESOLUCIÓN GERENCIAL REGIONAL N° D000145-2024-GR.CAJ/GGR', ['Informe N° D000081-2024-GR.CAJ/GRPPAT-SGP'],
            '2024-03-12', 'regional resolution: VISTO, numbered considerations, SE RESUELVE, table of the modification',
            notes='A resolution approving a budget transfer between road-maintenance goals: nothing about trafficking in persons. '
                  'Off topic, no axes, no period. Its amounts are figures (2024, allocated: a budget modification). Meta codes, '
                  'fuente and genérica codes are not figures.',
            font='Times New Roman', size=11)
    two_logo_header(R, (logo_png('grc23', 'GRC', 'shield', (0, 90, 50)), 1.5), (logo_png('grc23b', 'CAJ', 'circle', (0, 90, 50)), 1.5),
                    ['GOBIERNO REGIONAL DE CAJAMARCA', 'Gerencia General Regional'])
    R.p('RESOLUCIÓN GERENCIAL REGIONAL N° D000145-2024-GR.CAJ/GGR', bold=True, align='c', size=12, after=2)
    R.p(date23('Cajamarca', '2024-03-12', 'nodot'), align='c', after=10)
    R.p('VISTO:', bold=True, after=2)
    R.p('El Informe N° D000081-2024-GR.CAJ/GRPPAT-SGP de la Subgerencia de Presupuesto, sobre la modificación presupuestaria en el '
        'nivel funcional programático para el mantenimiento periódico de caminos vecinales; y,', align='j')
    R.p('CONSIDERANDO:', bold=True, after=2)
    numbered(R, ['Que, el Texto Único Ordenado de la Ley N° 28411 y el Decreto Legislativo N° 1440 regulan las modificaciones '
                 'presupuestarias en el nivel funcional programático, que se aprueban mediante resolución del titular del pliego o '
                 'de quien este delegue;',
                 'Que, la Subgerencia de Presupuesto informa que existe un saldo de ' + Mf(412650.0, 'sp', pre='S/ ', y=2024, r='a')
                 + ' en la meta 0087 «Mantenimiento rutinario de caminos vecinales – provincia de Chota», que puede habilitar la meta '
                 '0091 «Mantenimiento periódico del camino vecinal Bambamarca – Hualgayoc»;',
                 'Que, con el visto bueno de la Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial y de la '
                 'Oficina Regional de Asesoría Jurídica;'], fmt_='%d.')
    R.p('SE RESUELVE:', bold=True, after=2, before=4)
    R.p('**ARTÍCULO PRIMERO.-** APROBAR la modificación presupuestaria en el nivel funcional programático del Pliego 445 Gobierno '
        'Regional de Cajamarca, para el Año Fiscal 2024, conforme al detalle siguiente:', align='j')
    R.table([['Tipo', 'Meta', 'Fuente', 'Genérica', 'Monto (S/)']],
            [['Anulación', '0087', '1', '2.3', Mf(412650.0, 'sp', y=2024, r='a')],
             ['Habilitación', '0091', '1', '2.3', Mf(412650.0, 'sp', y=2024, r='a')]],
            widths=(3.2, 2.0, 2.0, 2.2, 3.6), size=9)
    R.p('**ARTÍCULO SEGUNDO.-** NOTIFICAR la presente resolución a la Subgerencia de Presupuesto y a la Dirección Regional de '
        'Transportes y Comunicaciones, para los fines de ley.', align='j')
    R.p('REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.', bold=True, align='c', before=6)
    dsig(R, 'Ing. Wilder Edgardo Chávez Terrones', 'Gerente General Regional', 'Gobierno Regional de Cajamarca',
         when='12.03.2024 17:03:26 -05:00', fau='20453744168', align='c')
    R.save()


def w006():
    """Substantive null answer of a district municipality."""
    R = new('w006', 'answered', None, ['prevention', 'protection'], Y23,
            S('Municipalidad Distrital de San Juan Bautista', 'MDSJB', 'district_municipality'), 'CARTA N° 027-2024-MDSJB/GDSyE',
            ['Solicitud de fecha 05.02.2024'], '2024-02-16',
            'short letter, letterhead beside a coloured vertical bar and a coloured footer band, date at the end above the signature, form-like signature lines',
            notes='A substantive null answer: in 2023 the municipality carried out no prevention action and no assistance to '
                  'victims and assigned no budget to them. Answered, axes prevention and protection (what it speaks about). '
                  'No figures.',
            size=11)
    bar_header(R, ['MUNICIPALIDAD DISTRITAL DE SAN JUAN BAUTISTA', 'Gerencia de Desarrollo Social y Económico'], color='0E6B3A')
    footer_band(R, ['Municipalidad Distrital de San Juan Bautista', 'Av. Abelardo Quiñones km 2.5 – San Juan Bautista, Maynas, Loreto'],
                fill='0E6B3A')
    open23(R, 2023, None, 'CARTA N° 027-2024-MDSJB/GDSyE', ['Señora', 'LUCÍA BEATRIZ PANDURO VELA', 'Ciudad.-'],
           [('ASUNTO:', 'Respuesta a solicitud de información – trata de personas 2023'),
            ('REFERENCIA:', 'Solicitud de fecha 05.02.2024')], order='date_end', motto=False)
    body(R, ['De mi consideración:',
             'Es grato dirigirme a usted para dar respuesta a su solicitud de la referencia, en la que requiere información sobre las '
             'acciones de prevención de la trata de personas y de atención a sus víctimas realizadas por esta municipalidad en el '
             'año 2023, así como el presupuesto destinado a ellas.',
             'Al respecto, le informo que, de acuerdo con lo reportado por la Subgerencia de Programas Sociales y la DEMUNA, la '
             'Municipalidad Distrital de San Juan Bautista no ha desarrollado acciones de prevención de la trata de personas ni de '
             'atención a víctimas durante el año 2023, ni asignado presupuesto para dichos fines.',
             'Sin otro particular, quedo de usted.'])
    date_end(R, 'San Juan Bautista, ' + fecha('2024-02-16'), before=10)
    field_sign(R, 'Lic. Jhonny Ramírez Tapullima', 'Gerente de Desarrollo Social y Económico', 'Municipalidad Distrital de San Juan Bautista')
    R.save()


def w007():
    """No information: district municipality, after a search in two units, by a cited report."""
    R = new('w007', 'missing', 'no_information', ['prevention', 'protection'], Y23,
            S('Municipalidad Distrital de Cayma', 'MDC', 'district_municipality'), 'OFICIO N° 088-2024-MDC/SG',
            ['Informe N° 045-2024-MDC/GDS-SGDH', 'Expediente N° 2024-01877'], '2024-02-20',
            'oficio, breadcrumb letterhead, number and date inline, the report quoted in a framed box',
            notes='The municipality says that, after a search in the social development unit and the DEMUNA, it holds no '
                  'information on prevention actions or cases of 2023 (by a cited report). Not a statement that nothing was done: '
                  'no_information. Axes of what was asked (prevention, protection).',
            font='Arial Narrow', size=11)
    path_header(R, ['MUNICIPALIDAD DISTRITAL DE CAYMA', 'Secretaría General', 'Unidad de Acceso a la Información Pública'],
                logo=(logo_png('cay23', 'MDC', 'square', (120, 60, 10)), 1.3))
    open23(R, 2024, date23('Cayma', '2024-02-20', 'dash_name'), 'OFICIO N° 088-2024-MDC/SG',
           ['Señor', 'PERCY ALONSO VALDIVIA ZEGARRA', 'Presente.-'],
           [('Asunto:', 'Respuesta a su solicitud de acceso a la información'), ('Referencia:', 'Expediente N° 2024-01877')])
    body(R, ['Por medio del presente me dirijo a usted, en atención al expediente de la referencia, mediante el cual solicita '
             'información sobre las acciones de prevención de la trata de personas y los casos atendidos por la DEMUNA del distrito '
             'durante el año 2023.',
             'Al respecto, la Subgerencia de Desarrollo Humano, mediante el Informe N° 045-2024-MDC/GDS-SGDH, comunica lo siguiente:'])
    boxed(R, '«... efectuada la búsqueda en el acervo documentario de la Subgerencia y de la Defensoría Municipal del Niño y del '
             'Adolescente (DEMUNA), no se ha ubicado documentación ni registros referidos a actividades de prevención de la trata '
             'de personas ni a casos vinculados a dicho delito correspondientes al periodo 2023, por lo que esta unidad no cuenta '
             'con la información requerida...»', italic=True)
    body(R, ['En tal sentido, se da por atendida su solicitud conforme al artículo 13 del Texto Único Ordenado de la Ley N° 27806, '
             'Ley de Transparencia y Acceso a la Información Pública.', 'Atentamente,'])
    qr_sign(R, 'Abog. Silvia Roxana Cornejo Begazo', 'Secretaria General', 'Municipalidad Distrital de Cayma', 7707,
            when='20/02/2024 15:11')
    R.save()


def w008():
    """Prosecution service: cases by prosecutors' district, rotated column headers."""
    R = new('w008', 'answered', None, ['prosecution'], Y23,
            S('Fiscalía Superior Nacional Coordinadora de las Fiscalías Especializadas contra la Trata de Personas', 'FISTRAP', 'autonomous'),
            'OFICIO N° 000093-2024-MP-FN-FSNC-FISTRAP', ['Carta S/N de fecha 29 de enero de 2024'], '2024-03-15',
            'oficio with QR letterhead; table with rotated (vertical) column headers, districts as rows, bold total row',
            notes='The national coordination of the specialised prosecutors\' offices sends the 2023 cases by prosecutors\' '
                  'district: cases opened, formalised, with an indictment, with a conviction. Rotated headers; the column names '
                  'are the header texts. Year 2023 from the caption.',
            size=10.5)
    qr_header(R, ['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Fiscalía Superior Nacional Coordinadora de las Fiscalías',
                  'Especializadas contra la Trata de Personas'], 'Clave: 7RK2-M9QX', 2301)
    open23(R, 2024, date23('Lima', '2024-03-15', 'nodot'), 'OFICIO N° 000093-2024-MP-FN-FSNC-FISTRAP',
           ['Señor', 'DIEGO ARMANDO SALAS CHUMPITAZ', 'Investigador – Observatorio Ciudadano', 'Presente.-'],
           [('ASUNTO', ':  Información estadística de casos de trata de personas 2023'),
            ('REF.', ':  Carta S/N de fecha 29 de enero de 2024')], order='inline', motto=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle la información '
             'estadística de las Fiscalías Provinciales Especializadas contra la Trata de Personas correspondiente al año 2023, '
             'según el distrito fiscal:'], size=10.5)
    data = [('Lima Centro', [212, 98, 41, 17]), ('Lima Norte', [87, 40, 15, 6]), ('Lima Sur', [64, 29, 11, 4]),
            ('Callao', [71, 33, 12, 5]), ('Cusco', [118, 52, 20, 9]), ('Madre de Dios', [143, 70, 31, 14]),
            ('Puno', [126, 58, 22, 8]), ('Loreto', [109, 47, 19, 7]), ('Piura', [77, 35, 13, 5]), ('Tumbes', [58, 26, 9, 3]),
            ('Arequipa', [81, 37, 14, 6]), ('La Libertad', [69, 30, 10, 4]), ('Junín', [54, 22, 8, 3]), ('Ucayali', [62, 27, 10, 4])]
    whats = ['caso', 'caso', 'caso', 'caso']
    head = [['Distrito fiscal', 'Casos ingresados', 'Con formalización de investigación preparatoria', 'Con acusación fiscal',
             'Con sentencia condenatoria']]
    rows, tot = [], [0] * 4
    for lab, v in data:
        rows.append([lab] + [Cn(x, w, y=2023) for x, w in zip(v, whats)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [Cn(x, w, 'us', y=2023) for x, w in zip(tot, whats)])
    R.p('Casos registrados por las FISTRAP según distrito fiscal – año 2023', bold=True, align='c', size=9.5, after=2)
    t = R.table(head, rows, widths=(4.2, 2.2, 2.2, 2.2, 2.2), size=9, bold_rows=(len(rows) - 1,), head_shade='DDEBF7',
                note='Fuente: Sistema de Gestión Fiscal (SGF). Información al 31.12.2023.')
    rotate_head(t, 0, cols=(1, 2, 3, 4), height_cm=3.6)
    body(R, ['Sin otro particular, hago propicia la ocasión para expresarle las muestras de mi consideración.'], size=10.5)
    cosign(R, ('Dra. Mariela Soledad Quiroz Benavides', 'Fiscal Superior Coordinadora Nacional', 'FISTRAP – Ministerio Público'),
           ('Ing. Luis Alberto Cárdenas Poma', 'Responsable del Área de Estadística', 'FISTRAP – Ministerio Público'))
    R.save()


def w009():
    """Out of period: 2021 figures for a 2023 request; the 2023 records are under a control service of the OCI."""
    R = new('w009', 'out_of_period', None, ['prevention', 'protection'], Y23,
            S('Municipalidad Distrital de Miraflores', 'MM', 'district_municipality'), 'CARTA N° 0112-2024-SG/MM',
            ['Servicio de Control Específico N° 2-0441-2024-005', 'Memoria Anual 2021', 'Solicitud de acceso a la información pública N° 000318-2024'],
            '2024-03-01',
            'letter with coloured footer band; unruled two-column list of 2021 indicators with the unit in the corner cell',
            notes='The 2023 records of the social services are held by the institutional control body for a cited control '
                  'service; the municipality sends the 2021 figures of its cited annual report instead. Only another year: '
                  'out_of_period. Figures get year 2021.',
            font='DejaVu Sans', size=9.5)
    R.header(['MUNICIPALIDAD DE MIRAFLORES'], align='l', logo=(logo_png('mir23', 'MM', 'square', (0, 70, 140)), 1.4), size=10, rule=False)
    footer_band(R, ['Av. Larco 400, Miraflores – Lima', 'Central: (01) 617-7272 – www.miraflores.gob.pe'], fill='1F4E79')
    open23(R, 2024, date23('Miraflores', '2024-03-01', 'dash_name'), 'CARTA N° 0112-2024-SG/MM',
           ['Señor', 'ÁLVARO JESÚS MEZA CÁRDENAS', 'Presente.-'],
           [('Asunto', ':  Solicitud de acceso a la información pública N° 000318-2024'),
            ('Periodo solicitado', ':  Enero a diciembre de 2023')], order='inline', motto=False)
    body(R, ['Me dirijo a usted en atención a la solicitud del asunto, sobre las actividades de prevención de la trata de personas y '
             'los casos atendidos por la DEMUNA y el servicio social municipal en el año 2023.',
             'Al respecto, se informa que la documentación de la Gerencia de Desarrollo Humano correspondiente al ejercicio 2023 se '
             'encuentra a disposición del Órgano de Control Institucional en el marco del Servicio de Control Específico '
             'N° 2-0441-2024-005, por lo que no es posible acceder a ella hasta su conclusión. Sin perjuicio de ello, se alcanzan '
             'los datos registrados en la Memoria Anual 2021 de la entidad:'])
    rows = [['Charlas de prevención en colegios del distrito', Cn(34, 'charla', y=2021)],
            ['Estudiantes participantes', Cn(2615, 'estudiante', 'sp', y=2021)],
            ['Ferias informativas en parques', Cn(6, 'feria', y=2021)],
            ['Casos derivados por la DEMUNA al CEM o a la Fiscalía', Cn(9, 'caso', y=2021)],
            ['Visitas de seguimiento a familias', Cn(57, 'visita', y=2021)]]
    t = R.table([['Actividad (año 2021)', 'Cantidad']], rows, widths=(11.0, 3.0), ruled='none', size=9.5, head_shade=None)
    hrules(t)
    body(R, ['Una vez concluido el servicio de control, podrá reiterar su pedido respecto del año 2023.', 'Atentamente,'])
    field_sign(R, 'Dra. Úrsula Beatriz Rey Lazarte', 'Secretaria General', 'Municipalidad de Miraflores')
    R.save()


def w010():
    """Regional government: oficio on the network and a SIAF-style annex page (PIA/PIM/Certificación/Devengado/Avance)."""
    R = new('w010', 'answered', None, ['governance', 'prevention', 'protection'], Y23,
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'), 'OFICIO N° 0421-2024-GRL-GRDS',
            ['Solicitud de Acceso a la Información N° 0096-2024-GRL', 'Ordenanza Regional N° 011-2021-GRL-CR'], '2024-02-28',
            'oficio with the letterhead in a double frame; annex page with a SIAF-style execution table, the year and unit in a merged header over the amount columns',
            notes='The regional government reports the sessions of its regional network and its training in 2023 (running text) '
                  'and, in an annex, the 2023 budget of the regional plan against trafficking by goal: PIA and PIM allocated, '
                  'certificación committed, devengado executed, avance percent. The unit "(en soles)" is in the merged header '
                  'over the amount columns (column). Goal codes are not figures. Budget lines go to the axis they fund; the plan '
                  'coordination line is governance.',
            size=10.5)
    frame_header(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social'],
                 logo=(logo_png('gorel23', 'GRL', 'shield', (0, 100, 80)), 1.3))
    open23(R, 2024, date23('Iquitos', '2024-02-28', 'year_dot'), 'OFICIO N° 0421-2024-GRL-GRDS',
           ['Señora', 'ANDREA SOFÍA LOZANO PINEDO', 'Presente.-'],
           [('Asunto', ':  Remite información sobre acciones contra la trata de personas – año 2023'),
            ('Referencia', ':  Solicitud de Acceso a la Información N° 0096-2024-GRL')], order='inline')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para informarle lo siguiente '
             'respecto del año 2023:'])
    numbered(R, ['La Red Regional contra la Trata de Personas de Loreto, creada por Ordenanza Regional N° 011-2021-GRL-CR, sesionó '
                 + Ccap(7, 'sesión', y=2023) + ' veces y aprobó su plan de trabajo anual.',
                 'Se capacitó a ' + Cn(312, 'servidor', y=2023) + ' servidores públicos de salud, educación y gobiernos locales en la '
                 'identificación y derivación de casos.',
                 'Se realizaron ' + Cn(18, 'campaña', y=2023) + ' campañas de sensibilización en los puertos de Iquitos, Yurimaguas '
                 'y Nauta.',
                 'La ejecución presupuestal de las actividades se detalla en el anexo adjunto.'], fmt_='%d)')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Mg. Roxana Isabel Vásquez Ríos', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Loreto')
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', size=11, after=0)
    R.p('Ejecución presupuestal de las actividades del Plan Regional contra la Trata de Personas – Loreto', bold=True, align='c',
        size=10, after=6)
    data = [('0045', 'Coordinación y seguimiento del Plan Regional', 48000, 52500, 51200, 50880),
            ('0046', 'Campañas de prevención en puertos y terminales', 96500, 104300, 98760, 97415.5),
            ('0047', 'Capacitación a servidores públicos', 37800, 41200, 40150, 39980),
            ('0048', 'Atención y derivación de víctimas (casa de acogida)', 150000, 176400, 163900, 158212.35),
            ('0049', 'Sistema regional de registro de casos', 25000, 22000, 18400, 17050)]
    head = [['Meta', 'Actividad', 'Presupuesto 2023 (en soles)', '', '', '', 'Avance %'],
            ['', '', 'PIA', 'PIM', 'Certificación', 'Devengado', '']]
    merges = ((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 5), (0, 6, 1, 6))
    rows, tot = [], [0.0] * 4
    for cd, lab, pia, pim, cert, dev in data:
        rows.append([cd, lab, Mf(pia, y=2023, r='a'), Mf(pim, y=2023, r='a'), Mf(cert, y=2023, r='c'), Mf(dev, y=2023, r='e'),
                     Pf(round(dev / pim * 100, 1), y=2023)])
        tot = [a + b for a, b in zip(tot, (pia, pim, cert, dev))]
    rows.append(['', 'TOTAL', Mf(tot[0], y=2023, r='a'), Mf(tot[1], y=2023, r='a'), Mf(tot[2], y=2023, r='c'),
                 Mf(tot[3], y=2023, r='e'), Pf(round(tot[3] / tot[1] * 100, 1), y=2023)])
    R.table(head, rows, merges=merges, colnames=hnames(head, merges), row_label_col=1, widths=(1.3, 5.4, 2.0, 2.0, 2.2, 2.2, 1.5),
            size=8, bold_rows=(len(rows) - 1,), head_shade='BDD7EE', note='Fuente: SIAF-SP, consulta al 31.12.2023. '
            'Categoría presupuestal 9002 – Asignaciones presupuestarias que no resultan en productos; fuente de financiamiento 1.')
    R.save()


def w011():
    """Not competent, referred: the economy ministry forwards the request to two ministries by cited oficios."""
    R = new('w011', 'missing', 'not_competent_referred', ['governance'], Y23,
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'), 'OFICIO N° 0387-2024-EF/45.01',
            ['Oficio N° 0388-2024-EF/45.01', 'Oficio N° 0389-2024-EF/45.01', 'Solicitud con registro N° 2024-0011423'],
            '2024-02-15',
            'oficio, letterhead in spaced capitals over a double rule, centred number with a rule under it and the date under the number, motto after them',
            notes='The economy ministry says that the actions and the budget programming against trafficking belong to the '
                  'sectors that run them, and that it forwarded the request to the women\'s ministry and the interior ministry by '
                  'two cited oficios. Not competent, referred. It points to the public budget query but gives no data.',
            font='Times New Roman', size=11.5)
    spaced_header(R, 'Ministerio de Economía y Finanzas', ['Secretaría General – Oficina de Atención al Ciudadano y Gestión Documentaria'])
    open23(R, 2024, date23('Lima', '2024-02-15', 'slash_mon'), 'OFICIO N° 0387-2024-EF/45.01',
           ['Señora', 'GABRIELA ALEJANDRA NÚÑEZ CASTRO', 'Presente.-'],
           [('Asunto:', 'Traslado de solicitud de acceso a la información pública'),
            ('Referencia:', 'Solicitud con registro N° 2024-0011423')], order='center')
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información '
             'sobre el presupuesto asignado y ejecutado en el año 2023 para la implementación de la Política Nacional frente a la '
             'Trata de Personas y sus Formas de Explotación.',
             'Sobre el particular, cabe señalar que la programación y ejecución de las intervenciones vinculadas a dicha política '
             'corresponde a los sectores responsables de su implementación, quienes poseen la información detallada sobre sus '
             'actividades y metas. En tal sentido, en aplicación del literal b) del artículo 15-A del Reglamento de la Ley N° 27806, '
             'su solicitud ha sido trasladada al Ministerio de la Mujer y Poblaciones Vulnerables, mediante el Oficio '
             'N° 0388-2024-EF/45.01, y al Ministerio del Interior, mediante el Oficio N° 0389-2024-EF/45.01, lo que se pone en su '
             'conocimiento.',
             'Sin perjuicio de ello, se le informa que la ejecución presupuestal de las entidades públicas puede consultarse en el '
             'aplicativo «Consulta Amigable» del portal institucional del MEF.', 'Atentamente,'])
    hash_sign(R, 'Carla Verónica Paz Sotomayor', 'Jefa de la Oficina de Atención al Ciudadano y Gestión Documentaria',
              'Ministerio de Economía y Finanzas', '61 0C 7E 2D 00 00 00 01 8F 44', 'c47d90e1a2b3f5069e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f',
              '15/02/2024 11:20:43')
    R.save()


def w012():
    """A workbook of the judiciary sent alone: cases by superior court, a merged title stating the subject and year."""
    import openpyxl
    from openpyxl.styles import Font, Alignment
    R = new('w012', 'answered', None, ['prosecution'], Y23, S('Poder Judicial', 'PJ', 'autonomous'), None, [], '2024-02-14',
            'spreadsheet sent alone: merged title rows, one table of superior courts, emission date line, no letter',
            notes='A workbook of the judiciary\'s statistics office, sent without a letter: 2023 criminal files for trafficking by '
                  'superior court (filed, resolved, convictions, acquittals, pending). No own number. The emission date is the '
                  'document date. Year 2023 from the title.',
            fmt='xlsx', keep_native=True)
    ws = R.wb.active
    ws.title = 'Trata 2023'
    xsetup(ws, landscape=False)
    ws['A1'] = 'PODER JUDICIAL DEL PERÚ – GERENCIA GENERAL – SUBGERENCIA DE ESTADÍSTICA'
    ws['A2'] = 'Expedientes por el delito de trata de personas (arts. 129-A y 129-B del Código Penal), según Corte Superior de Justicia – Año 2023'
    ws['A3'] = 'Fecha de emisión: ' + date23(None, '2024-02-14', 'dots2')
    for c in ('A1', 'A2'):
        ws[c].font = Font(bold=True, size=11)
        ws[c].alignment = Alignment(wrap_text=True, vertical='center')
    ws.merge_cells('A1:F1'); ws.merge_cells('A2:F2')
    ws.row_dimensions[2].height = 32
    courts = [('Lima', [96, 71, 18, 9, 25]), ('Lima Norte', [42, 30, 7, 4, 12]), ('Lima Sur', [31, 22, 5, 3, 9]),
              ('Callao', [38, 27, 6, 4, 11]), ('Cusco', [57, 40, 11, 5, 17]), ('Madre de Dios', [74, 49, 15, 6, 25]),
              ('Puno', [61, 44, 10, 7, 17]), ('Loreto', [48, 35, 9, 5, 13]), ('Piura', [33, 24, 6, 3, 9]),
              ('Tumbes', [29, 19, 5, 2, 10]), ('Arequipa', [36, 28, 7, 4, 8]), ('Junín', [27, 18, 4, 3, 9])]
    whats = ['expediente', 'expediente', 'sentencia', 'sentencia', 'expediente']
    rows, tot = [], [0] * 5
    for lab, v in courts:
        rows.append([lab] + [(x, '#,##0', 'count', {'what': w, 'y': 2023}) for x, w in zip(v, whats)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [(x, '#,##0', 'count', {'what': w, 'y': 2023}) for x, w in zip(tot, whats)])
    head = [['Corte Superior de Justicia', 'Ingresados', 'Resueltos', 'Sentencias condenatorias', 'Sentencias absolutorias', 'Pendientes']]
    r = xtable(R, ws, 5, head, rows, widths=[28, 12, 12, 15, 15, 12], bold_last=True, head_fill='FCE4D6')
    ws.cell(row=r + 1, column=1, value='Fuente: Formularios Estadísticos Electrónicos (FEE) – Poder Judicial.')
    ws.cell(row=r + 2, column=1, value='Nota: un expediente resuelto puede corresponder a un ingreso de años anteriores.')
    xfont(ws, 'Calibri')
    R.save()


def w013():
    """Regional government: figures, a programme that was never created, and a task that belongs to another body."""
    R = new('w013', 'answered', None, ['governance', 'prevention', 'protection'], Y23,
            S('Gobierno Regional de Puno', 'GRP', 'regional_government'), 'OFICIO N° 0275-2024-GR PUNO/GRDS',
            ['Expediente N° 00412-2024', 'Informe N° 031-2024-GR PUNO/GRDS-SGDH'], '2024-03-06',
            'oficio in a framed letterhead; bold headings lettered a) to d); a ruled table of programmed and achieved 2023 actions; date at the end; two signatures side by side',
            notes='Real figures for 2023 (network sessions, trainings, campaigns, budget assigned and executed) together with two '
                  'statements: the regional reintegration programme for victims foreseen in the plan "no ha sido creado" '
                  '(information on protection), and the inspection of forced labour is SUNAFIL\'s competence, not the regional '
                  'government\'s. Answered. Budget in the text with the sign glued ("S/.").',
            font='DejaVu Sans Light', size=9.5)
    frame_header(R, ['GOBIERNO REGIONAL PUNO', 'Gerencia Regional de Desarrollo Social', 'Subgerencia de Desarrollo Humano'])
    open23(R, 2024, None, 'OFICIO N° 0275-2024-GR PUNO/GRDS', ['Señor', 'RUBÉN DARÍO MAMANI CHOQUEHUANCA', 'Presente.-'],
           [('ASUNTO', ':  Información sobre la implementación del Plan Regional contra la Trata de Personas 2023'),
            ('REF.', ':  Expediente N° 00412-2024')], order='date_end')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Sobre la base del Informe N° 031-2024-GR PUNO/GRDS-SGDH '
             'de la Subgerencia de Desarrollo Humano, se informa lo siguiente sobre el año 2023:'])
    R.p('a) Acciones ejecutadas', bold=True, after=2)
    rows = [['Sesiones de la Comisión Regional Multisectorial contra la Trata', Cn(6, 'sesión', y=2023), Cn(5, 'sesión', y=2023)],
            ['Talleres de prevención en colegios de Juliaca y Puno', Cn(60, 'taller', y=2023), Cn(54, 'taller', y=2023)],
            ['Capacitación a autoridades comunales y tenientes gobernadores', Cn(250, 'persona', y=2023), Cn(196, 'persona', y=2023)],
            ['Campañas en la ruta a La Rinconada y Ananea', Cn(8, 'campaña', y=2023), Cn(8, 'campaña', y=2023)]]
    R.table([['Acción', 'Programado', 'Logrado']], rows, widths=(9.6, 2.4, 2.4), size=8.5, head_shade='E2EFDA')
    R.p('En conjunto, las acciones alcanzaron un ' + Poo(88, y=2023) + ' de cumplimiento de las metas programadas.', align='j')
    R.p('b) Presupuesto', bold=True, after=2)
    R.p('Para el año 2023 se asignó a las actividades del plan un presupuesto de ' + Mjoin(185400.0, y=2023, r='a')
        + ', del cual se ejecutó ' + Mjoin(161236.8, y=2023, r='e') + '.', align='j')
    R.p('c) Programa regional de reintegración', bold=True, after=2)
    R.p('El Programa Regional de Reintegración de Víctimas de Trata de Personas, previsto en el plan regional, no ha sido creado, '
        'debido a que no se contó con la opinión favorable de la Oficina Regional de Planeamiento ni con financiamiento. Las '
        'víctimas identificadas fueron derivadas a la Unidad de Protección Especial y al Centro Emergencia Mujer.', align='j')
    R.p('d) Fiscalización del trabajo forzoso', bold=True, after=2)
    R.p('Respecto de las inspecciones en centros mineros, se precisa que la fiscalización laboral es competencia de la '
        'Superintendencia Nacional de Fiscalización Laboral (SUNAFIL) a través de su Intendencia Regional de Puno, por lo que este '
        'gobierno regional no cuenta con dicha información.', align='j')
    date_end(R, date23('Puno', '2024-03-06', 'dots2'), before=8)
    cosign(R, ('Lic. Nélida Flor Apaza Ticona', 'Gerente Regional de Desarrollo Social'),
           ('Lic. Edgar Vilca Condori', 'Subgerente de Desarrollo Humano'), before=4)
    R.save()


def w014():
    """Clarification: a provincial municipality asks the requester to specify the units and the kind of information."""
    R = new('w014', 'missing', 'clarification', ['prevention', 'protection'], Y23,
            S('Municipalidad Provincial del Santa', 'MPS', 'provincial_municipality'), 'CARTA N° 041-2024-MPS-SG/UAIP',
            ['Solicitud N° 0213 de fecha 30.01.2024'], '2024-02-02',
            'letter with a corner letterhead (logo above the names), sumilla at the top right, number and date inline; the request quoted in italics; dashed points to specify; p.o. signature',
            notes='The municipality asks the requester to specify which offices and what kind of records are asked for (the '
                  'request speaks of "todo lo relacionado con la trata" in 2023) before processing it. Clarification; the '
                  'period 2023 is stated. The duration "dos (2) días hábiles" is not a figure.',
            font='Calibri', size=11)
    corner_header(R, ['Municipalidad Provincial del Santa', 'Chimbote – Unidad de Acceso a la Información Pública'],
                  logo=(logo_png('mps23', 'MPS', 'shield', (0, 60, 120)), 1.3))
    open23(R, 2024, date23('Chimbote', '2024-02-02', 'year_dot'), 'CARTA N° 041-2024-MPS-SG/UAIP',
           ['Señora', 'NATALY MILAGROS OBESO CASTILLO', 'Presente.-'],
           [('Referencia:', 'Solicitud N° 0213 de fecha 30.01.2024')], order='sumilla',
           sumilla_text='Solicita precisar pedido de información.', motto=True)
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, en la que requiere:'])
    quote(R, '«Todo lo relacionado con la trata de personas en la provincia durante el año 2023: acciones, casos y víctimas».')
    body(R, ['Al respecto, y a fin de brindarle una atención oportuna, se le solicita precisar lo siguiente:'])
    numbered(R, ['Las unidades orgánicas de las que requiere información (Gerencia de Desarrollo Social, DEMUNA, Subgerencia de '
                 'Fiscalización, u otras).',
                 'El tipo de documentos o registros que solicita (informes, actas, registros de atención, material de difusión).'],
             fmt_='–')
    body(R, ['Conforme al artículo 11 del Reglamento de la Ley N° 27806, deberá subsanar su pedido en el plazo de dos (2) días '
             'hábiles; en caso contrario, se dará por no presentada la solicitud.', 'Atentamente,'])
    po_sign(R, 'Abog. Julio César Briceño León', 'Responsable de Acceso a la Información Pública', 'DE LA SECRETARÍA GENERAL',
            'Municipalidad Provincial del Santa')
    R.save()


def w015():
    """Out of period: a regional labour office gives 2020 and 2021 figures; the 2023 function lies with SUNAFIL's office."""
    R = new('w015', 'out_of_period', None, ['prosecution', 'prevention'], Y23,
            S('Gerencia Regional de Trabajo y Promoción del Empleo de La Libertad', 'GRTPE-LL', 'regional_government'),
            'OFICIO N° 0162-2024-GRLL-GGR/GRTPE', ['Solicitud de acceso a la información pública de fecha 1 de febrero de 2024'],
            '2024-02-22',
            'oficio with a corner letterhead, centred number with the date under it; a table with years as rows; QR beside the signature',
            notes='The regional labour office says that labour inspection in the region has been carried out by SUNAFIL\'s regional '
                  'office since 2022 and sends what it keeps: inspections for forced and child labour in 2020 and 2021, workers '
                  'involved and the guidance sessions on labour rights. Only earlier years: out_of_period. Year from the row.',
            font='Arial', size=10.5)
    corner_header(R, ['Gobierno Regional La Libertad', 'Gerencia Regional de Trabajo y Promoción del Empleo'],
                  logo=(logo_png('grll23', 'GRLL', 'circle', (30, 30, 120)), 1.3))
    open23(R, 2024, date23('Trujillo', '2024-02-22', 'slash_mon'), 'OFICIO N° 0162-2024-GRLL-GGR/GRTPE',
           ['Señor', 'CÉSAR AUGUSTO VILLANUEVA ASMAT', 'Presente.-'],
           [('ASUNTO', 'Información sobre inspecciones de trabajo forzoso – año 2023'),
            ('REFERENCIA', 'Solicitud de acceso a la información pública de fecha 1 de febrero de 2024')], order='center')
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia. Al respecto, cumplo con informarle que, '
             'desde el año 2022, las actuaciones inspectivas en el ámbito de la región La Libertad son ejecutadas por la Intendencia '
             'Regional de La Libertad de la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL), por lo que la información '
             'correspondiente al año 2023 obra en dicha entidad.',
             'Sin perjuicio de ello, se remite la información que obra en nuestros archivos respecto de los años 2020 y 2021:'])
    rows = [[str(y), Cn(a, 'inspección', y=y), Cn(b, 'inspección', y=y), Cn(c, 'trabajador', y=y), Cn(d, 'orientación', y=y)]
            for y, a, b, c, d in ((2020, 5, 12, 65, 271), (2021, 7, 15, 85, 333))]
    R.table([['Año', 'Inspecciones por trabajo forzoso', 'Inspecciones por trabajo infantil', 'Trabajadores comprendidos',
              'Orientaciones sobre derechos fundamentales']], rows, widths=(2.0, 3.4, 3.4, 3.2, 3.6), size=9, head_shade='FFF2CC')
    body(R, ['Para la información del año 2023, puede dirigir su solicitud a la Intendencia Regional de SUNAFIL La Libertad.',
             'Atentamente,'])
    qr_sign(R, 'Abog. Iris Maribel Florián Gutiérrez', 'Gerente Regional de Trabajo y Promoción del Empleo', 'Gobierno Regional La Libertad',
            4421, when='22/02/2024 09:37')
    R.save()
