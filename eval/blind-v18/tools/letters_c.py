"""blind-v18 letters u031-u045 (written from scratch for this set)."""
from lib import M, C, P, logo_png, para_border
from common import *


def _xl_title(ws, lines, bold_first=2, size=11):
    from openpyxl.styles import Font, Alignment
    for i, (ref, text) in enumerate(lines):
        ws[ref] = text
        ws[ref].font = Font(name='Calibri', bold=i < bold_first, size=size + (2 if i == 0 else 0))
        ws[ref].alignment = Alignment(horizontal='left')


def u031():
    R = new('u031', 'answered', None, ['prevention', 'protection', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional del Callao', None, 'regional_government'), None, [], '2022-03-15',
            'spreadsheet sent alone: title block with the unit of the budget ("Expresado en miles de soles"), a merged header over physical targets and over budget, a unit-of-measure column, percents formatted by the sheet',
            fmt='xlsx', keep_native=True,
            notes='A spreadsheet sent alone for fiscal year 2021 (stated in the title block). Budget cells are in thousands of soles, stated only in the title block (unit_source page). The counted noun of each target is in the "Unidad de medida" column. Budget lines go to the axis they fund.')
    ws = R.wb.active
    ws.title = 'Trata 2021'
    _xl_title(ws, [('A1', 'GOBIERNO REGIONAL DEL CALLAO'), ('A2', 'Gerencia Regional de Desarrollo Social'),
                   ('A3', 'Ejecución física y presupuestal de las acciones contra la trata de personas – Año fiscal 2021'),
                   ('A4', '(Expresado en miles de soles)'), ('A5', 'Callao, 15 de marzo de 2022')])
    head = [['Actividad', 'Meta física', '', '', 'Presupuesto', '', 'Avance'],
            ['', 'Unidad de medida', 'Programada', 'Ejecutada', 'PIM', 'Devengado', 'presupuestal']]
    acts = [('Campañas de prevención en instituciones educativas', 'Campaña', 'campaña', 12, 11, 64.8, 61.2),
            ('Capacitación a operadores de justicia y salud', 'Persona capacitada', 'persona capacitada', 300, 284, 38.5, 37.9),
            ('Atención a víctimas en el Centro de Atención Residencial', 'Víctima atendida', 'víctima atendida', 40, 46, 152.3, 149.6),
            ('Funcionamiento de la Red Regional', 'Sesión', 'sesión', 6, 6, 12.0, 10.4)]
    rows = []
    for lab, um, w, pr, ej, pim, dev in acts:
        rows.append((lab, um, (pr, '#,##0', 'count', {'what': w, 'y': 2021}), (ej, '#,##0', 'count', {'what': w, 'y': 2021}),
                     (pim, '#,##0.0', 'money', {'y': 2021, 'r': 'a', 'u': 'page', 'scale': 1000}), (dev, '#,##0.0', 'money', {'y': 2021, 'r': 'e', 'u': 'page', 'scale': 1000}),
                     (round(dev / pim, 3), '0.0%', 'percent', {'y': 2021, 'u': 'cell'})))
    tp, td = sum(a[5] for a in acts), sum(a[6] for a in acts)
    rows.append(('TOTAL', '', '', '', (round(tp, 1), '#,##0.0', 'money', {'y': 2021, 'r': 'a', 'u': 'page', 'scale': 1000}),
                 (round(td, 1), '#,##0.0', 'money', {'y': 2021, 'r': 'e', 'u': 'page', 'scale': 1000}), (round(td / tp, 3), '0.0%', 'percent', {'y': 2021, 'u': 'cell'})))
    r = xtable(R, ws, 7, head, rows, widths=(46, 18, 12, 12, 11, 12, 13),
               merges=((0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 5)),
               colnames=['Actividad', 'Meta física Unidad de medida', 'Meta física Programada', 'Meta física Ejecutada', 'Presupuesto PIM',
                         'Presupuesto Devengado', 'Avance presupuestal'], bold_last=True)
    ws.cell(row=r + 1, column=1, value='Fuente: SIAF-MEF y reportes de la Gerencia Regional de Desarrollo Social.')
    xsetup(ws, landscape=True)
    xfont(ws)


def u032():
    R = new('u032', 'out_of_period', None, ['prevention', 'prosecution', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'CARTA N° 112-2023-MPCP-GDS', ['Solicitud de Acceso a la Información Pública N° 0877-2023', 'Informe N° 0214-2023-MPCP-OTI'], '2023-10-04',
            'carta; the reason (a ransomware attack; backups restored only up to 2018) in its own paragraph; a three-column sheet indicator | 2018 value | source; an amount "S/ 58,300" without decimals',
            notes='The request asks for 2020. A ransomware attack in 2023 encrypted the servers of the office and the backups have been restored only up to December 2018; the letter gives 2018: out_of_period. It does not say that nothing was done in 2020.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'GERENCIA DE DESARROLLO SOCIAL'], logo=(logo_png('mpcp', 'MPCP', 'circle', (0, 100, 70)), 1.5), size=10)
    lema(R, 2023)
    R.p('Pucallpa, 04 de octubre de 2023', align='r', after=6)
    R.p('CARTA N° 112-2023-MPCP-GDS', bold=True, after=6)
    to(R, ['Señora', 'LIZ CAROLINA ARÉVALO TUESTA', 'Presente.-'])
    kv(R, [('ASUNTO', ': Su solicitud de información – acciones contra la trata de personas, año 2020'),
           ('REFERENCIA', ': Solicitud de Acceso a la Información Pública N° 0877-2023')])
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al documento de la referencia, con relación a la información sobre las acciones de prevención, '
             'fiscalización y atención frente a la trata de personas realizadas por esta Municipalidad en el año 2020.',
             'Cumplo con informarle que, según el Informe N° 0214-2023-MPCP-OTI de la Oficina de Tecnologías de la Información, en junio de 2023 '
             'los servidores de la Municipalidad sufrieron un ataque informático de tipo ransomware que cifró la información almacenada por esta '
             'Gerencia. A la fecha, la Oficina de Tecnologías de la Información ha logrado restaurar las copias de respaldo únicamente hasta diciembre '
             'de 2018; la recuperación de los años siguientes continúa en curso.',
             'Por lo expuesto, se remite la información disponible, correspondiente al año 2018:'])
    rows = [['Campañas de prevención en la vía pública', Cn(9, 'campaña', y=2018), 'Sub Gerencia de Programas Sociales'],
            ['Personas informadas en las campañas', Cn(2480, 'persona', y=2018), 'Sub Gerencia de Programas Sociales'],
            ['Inspecciones a hospedajes y bares con la PNP', Cn(16, 'inspección', y=2018), 'Sub Gerencia de Fiscalización'],
            ['Casos atendidos por la DEMUNA', Cn(7, 'caso', y=2018), 'DEMUNA provincial']]
    R.table([['Indicador', 'Año 2018', 'Fuente']], rows, widths=(7.5, 2.4, 6.0), size=9.5)
    body(R, ['El gasto ejecutado en dichas acciones durante el año 2018 fue de %s.' % M('S/ 58,300', 58300.0, y=2018, r='e'),
             'Atentamente,'])
    R.sign('Lic. SEGUNDO RAMÍREZ PINEDO', 'Gerente de Desarrollo Social', align='c', before=16)


def u033():
    R = new('u033', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Dirección Regional de Salud Puno', 'DIRESA Puno', 'regional_government'),
            'OFICIO N° 0932-2020-GR-PUNO/DIRESA-DESP', ['Expediente N° 0043117-2020'], '2020-03-09',
            'oficio: one row per health network, "Víctimas atendidas" merged over women and men, a total column and a share column with bare numbers under a "%" header; one percent in the text; a second table by generic expense (codes 2.3, 2.6) in thousands of soles stated in its caption',
            notes='Health care of trafficking victims in 2019 by health network: protection. The share column prints bare numbers under "% del total regional". The second table is in thousands of soles, stated only in its caption; the generic-expense codes (2.3, 2.6) are not figures.')
    R.header(['GOBIERNO REGIONAL PUNO', 'DIRECCIÓN REGIONAL DE SALUD PUNO', 'Dirección Ejecutiva de Salud de las Personas'], logo=(logo_png('diresap', 'DRS', 'circle', (0, 90, 60)), 1.4))
    lema(R, 2020)
    R.p('Puno, 09 de marzo de 2020', align='r', after=6)
    R.p('OFICIO N° 0932-2020-GR-PUNO/DIRESA-DESP', bold=True, after=6)
    to(R, ['Señor', 'JUAN CARLOS MAMANI CONDORI', 'Presente.-'])
    kv(R, [('ASUNTO', ': Atenciones de salud a víctimas de trata de personas, año 2019'), ('REF.', ': Expediente N° 0043117-2020')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle la información de las víctimas de trata de personas '
             'atendidas en los establecimientos de salud de la región durante el año 2019, según Red de Salud:'])
    redes = [('Red de Salud Puno', 31, 4), ('Red de Salud San Román', 46, 7), ('Red de Salud Melgar', 9, 1), ('Red de Salud Azángaro', 7, 2),
             ('Red de Salud Chucuito', 12, 3), ('Red de Salud Sandia', 18, 2), ('Red de Salud Carabaya', 22, 1)]
    tot = sum(a + b for _, a, b in redes)
    rows, tm, th = [], 0, 0
    for n, m_, h in redes:
        rows.append([n, Cn(m_, 'víctima', y=2019), Cn(h, 'víctima', y=2019), Cn(m_ + h, 'víctima', y=2019), Pbare(round((m_ + h) / tot * 100, 1), 1, 'eu', y=2019, u='column')])
        tm += m_; th += h
    rows.append(['Total regional', Cn(tm, 'víctima', y=2019), Cn(th, 'víctima', y=2019), Cn(tot, 'víctima', y=2019), Pbare(100.0, 1, 'eu', y=2019, u='column')])
    mtable(R, [['Red de Salud', 'Víctimas atendidas', '', 'Total', '% del total regional'], ['', 'Mujeres', 'Hombres', '', '']], rows,
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4)), widths=(5.4, 2.3, 2.3, 2.0, 3.0), size=9.5, bold_rows=(7,))
    body(R, ['El %s de las atenciones correspondió a consultas de salud mental brindadas por los Centros de Salud Mental Comunitarios. '
             'El gasto de la actividad de atención a víctimas de violencia y trata se detalla a continuación:' % Pf(78, 0, y=2019)])
    gg = [('2.3 Bienes y servicios', 146.2, 139.8), ('2.6 Adquisición de activos no financieros', 38.0, 31.5)]
    rows = [[lab, Mf(a, 'eu', 1, scale=1000, y=2019, r='a', u='caption'), Mf(e, 'eu', 1, scale=1000, y=2019, r='e', u='caption'),
             Psp(round(e / a * 100, 1), 1, 'eu', y=2019, u='cell')] for lab, a, e in gg]
    rows.append(['Total', Mf(184.2, 'eu', 1, scale=1000, y=2019, r='a', u='caption'), Mf(171.3, 'eu', 1, scale=1000, y=2019, r='e', u='caption'),
                 Psp(round(171.3 / 184.2 * 100, 1), 1, 'eu', y=2019, u='cell')])
    R.table([['Genérica de gasto', 'PIM', 'Devengado', 'Avance']], rows, widths=(7.0, 2.4, 2.4, 2.2), size=9.5, bold_rows=(2,),
            caption='Cuadro N° 2. Ejecución presupuestal 2019 (en miles de soles)')
    body(R, ['Atentamente,'])
    R.sign('M.C. VÍCTOR RAÚL QUISPE ARCE', 'Director Ejecutivo de Salud de las Personas', align='c', before=16)


def u034():
    R = new('u034', 'answered', None, ['protection'], ('2021-01-01', '2022-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 2145-2023-DGIESP/MINSA', ['Solicitud N° 2023-TAI-00921', 'Nota Informativa N° 0311-2023-DSAME-DGIESP/MINSA'], '2023-03-14',
            'oficio with a quoted technical note: a table with 2021 and 2022 as columns; amounts written "S/ 1.25 MM" (MM = millions)',
            notes='Two years (1 January 2021 to 31 December 2022) asked and answered. Mental-health care of victims and training of health staff to care for victims: protection. "MM" is the usual abbreviation for millions.')
    R.header(['PERÚ – MINISTERIO DE SALUD', 'Viceministerio de Salud Pública', 'Dirección General de Intervenciones Estratégicas en Salud Pública'], align='l', size=8.5)
    lema(R, 2023)
    R.p('Lima, 14 de marzo de 2023', align='r', after=6)
    R.p('OFICIO N° 2145-2023-DGIESP/MINSA', bold=True, after=6)
    to(R, ['Señora', 'MARÍA ALEJANDRA BUSTAMANTE RÍOS', 'Presente.-'])
    kv(R, [('Asunto', ': Atención en salud mental a víctimas de trata de personas'), ('Referencia', ': Solicitud N° 2023-TAI-00921')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, referida a la atención en salud mental brindada a '
             'víctimas de trata de personas entre el 1 de enero de 2021 y el 31 de diciembre de 2022.',
             'Al respecto, la Dirección de Salud Mental, mediante Nota Informativa N° 0311-2023-DSAME-DGIESP/MINSA, informa lo siguiente:'])
    R.table([['Indicador', '2021', '2022']],
            yrows([('Víctimas de trata atendidas en Centros de Salud Mental Comunitarios', 'víctima', [412, 538]),
                   ('Centros de Salud Mental Comunitarios que reportaron atenciones', 'centro de salud mental comunitario', [63, 81]),
                   ('Sesiones de psicoterapia individual', 'sesión', [2967, 3874]),
                   ('Profesionales de salud capacitados en atención a víctimas', 'profesional de salud', [355, 610])], [2021, 2022], st='us'),
            widths=(10.5, 2.5, 2.5), size=9.5, ruled='grid', head_shade='E2EFDA')
    body(R, ['Para la capacitación del personal de salud en la atención a víctimas se destinaron %s en el año 2021 y %s en el año 2022, de los '
             'cuales se ejecutaron %s y %s, respectivamente.' % (Mmm(1.25, y=2021, r='a'), Mmm(1.40, y=2022, r='a'), Mmm(1.18, y=2021, r='e'), Mmm(1.36, y=2022, r='e')),
             'Atentamente,'])
    dsig(R, 'Luis Alberto Huapaya Cárdenas', 'Director General de Intervenciones Estratégicas en Salud Pública', when='14/03/2023 18:03:22', fau='20131373237')


def u035():
    R = new('u035', 'out_of_period', None, ['prevention', 'governance'], ('2023-01-01', '2023-12-31'),
            S('Gobierno Regional de Moquegua', None, 'regional_government'),
            'OFICIO N° 0098-2025-GRM/GRTPE', ['Expediente N° 00521-2025', 'Ordenanza Regional N° 012-2024-CR/GRM'], '2025-02-12',
            'oficio; a plan table with quarter columns of 2025 and a yearly total column; the programmed amount in digits then in capital words in brackets',
            notes='The request asks for 2023. The labour office says the unit in charge of forced labour and trafficking was created by an ordinance in 2024 and holds no records of 2023; it gives the 2025 action plan: out_of_period (plans only). Targets get 2025.')
    R.header(['GOBIERNO REGIONAL MOQUEGUA', 'Gerencia Regional de Trabajo y Promoción del Empleo'], logo=(logo_png('grm', 'GRM', 'shield', (90, 40, 120)), 1.3))
    lema(R, 2025)
    R.p('Moquegua, 12 de febrero de 2025', align='r', after=6)
    R.p('OFICIO N° 0098-2025-GRM/GRTPE', bold=True, after=6)
    to(R, ['Señor', 'ARTURO VELÁSQUEZ CUAYLA', 'Presente.-'])
    kv(R, [('ASUNTO', ': Información sobre acciones contra el trabajo forzoso y la trata con fines de explotación laboral'),
           ('REF.', ': Expediente N° 00521-2025')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información de las acciones realizadas en el '
             'año 2023 por esta Gerencia Regional frente al trabajo forzoso y la trata de personas con fines de explotación laboral.',
             'Al respecto, se informa que la Sub Gerencia de Promoción del Empleo y Derechos Fundamentales, unidad a cargo de dicha materia, fue '
             'creada mediante la Ordenanza Regional N° 012-2024-CR/GRM, y que las funciones correspondientes le fueron asignadas a partir de su '
             'entrada en vigencia; por ello, esta Gerencia no cuenta con registros del año 2023 sobre la materia.',
             'Sin perjuicio de ello, se pone en su conocimiento el Plan de Acción 2025 aprobado por la Sub Gerencia:'])
    acts = [('Talleres de derechos fundamentales laborales', 'taller', [2, 3, 3, 2]),
            ('Trabajadores orientados en ferias laborales', 'trabajador', [120, 180, 200, 150]),
            ('Sesiones de la Mesa Regional contra el Trabajo Forzoso', 'sesión', [1, 1, 1, 1]),
            ('Spots radiales en lenguas quechua y aimara', 'spot radial', [0, 40, 40, 20])]
    rows = []
    for lab, w, v in acts:
        rows.append([lab] + [Cn(x, w, y=2025) for x in v] + [Cn(sum(v), w, y=2025)])
    R.table([['Actividad', 'I Trim.', 'II Trim.', 'III Trim.', 'IV Trim.', 'Total 2025']], rows, widths=(7.2, 1.7, 1.7, 1.8, 1.7, 2.1), size=9)
    body(R, ['Para la ejecución del plan se ha programado un presupuesto de %s.'
             % M('S/ 78 400,00 (SETENTA Y OCHO MIL CUATROCIENTOS Y 00/100 SOLES)', 78400.0, y=2025, r='a'), 'Atentamente,'])
    R.sign('Abog. NILDA ROXANA COAYLA MAMANI', 'Gerente Regional de Trabajo y Promoción del Empleo', align='c', before=16)


def u036():
    R = new('u036', 'answered', None, ['prosecution', 'governance'], ('2021-01-01', '2021-06-30'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 001245-2021/IN/VSP/DGSD', ['Solicitud con Registro N° 2021-0078342'], '2021-08-16',
            'oficio: one row per region with a "Total nacional" row, two merged header groups ("Casos registrados" and "Presuntas víctimas") over the first and second quarter',
            notes='Part-year request: January-June 2021, by quarter. RETA cases and presumed victims are prosecution; the registry itself (an information system) is governance. Every figure is of 2021.')
    R.header(['MINISTERIO DEL INTERIOR', 'Viceministerio de Seguridad Pública', 'Dirección General de Seguridad Democrática'], logo=(logo_png('minint', 'MI', 'shield', (40, 40, 110)), 1.3))
    lema(R, 2021)
    R.p('Lima, 16 de agosto de 2021', align='r', after=6)
    R.p('OFICIO N° 001245-2021/IN/VSP/DGSD', bold=True, after=6)
    to(R, ['Señor', 'SEBASTIÁN ORTIZ BENAVIDES', 'Presente.-'])
    kv(R, [('Asunto', ': Casos registrados en el Sistema RETA, enero – junio 2021'), ('Referencia', ': Solicitud con Registro N° 2021-0078342')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, por la cual requiere el número de casos de trata de personas y de '
             'presuntas víctimas registrados en el Sistema de Registro y Estadística del delito de Trata de Personas y Afines (RETA) durante el '
             'primer semestre de 2021, por región. Al respecto, se remite la información solicitada:'])
    reg = [('Lima Metropolitana y Callao', 41, 53, 67, 88), ('Cusco', 12, 15, 19, 24), ('Loreto', 10, 13, 17, 21), ('Madre de Dios', 9, 11, 22, 18),
           ('Puno', 8, 9, 14, 13), ('Arequipa', 6, 8, 9, 12), ('Otras regiones', 19, 24, 28, 37)]
    W_ = ['caso', 'caso', 'presunta víctima', 'presunta víctima']
    rows, tot = [], [0, 0, 0, 0]
    for n, *v in reg:
        rows.append([n] + [Cn(x, W_[j], y=2021) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total nacional'] + [Cn(x, W_[j], y=2021) for j, x in enumerate(tot)])
    mtable(R, [['Región', 'Casos registrados', '', 'Presuntas víctimas', ''], ['', 'I trimestre', 'II trimestre', 'I trimestre', 'II trimestre']], rows,
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(5.6, 2.5, 2.5, 2.5, 2.5), size=9.5, bold_rows=(7,), head_shade='D9E1F2')
    body(R, ['Los datos provienen de las denuncias registradas por las unidades policiales y se encuentran sujetos a actualización.', 'Atentamente,'])
    dsig(R, 'Ricardo Enrique Valdez Olaya', 'Director General de Seguridad Democrática', when='16/08/2021 11:47:39', fau='20131366966')


def u037():
    R = new('u037', 'answered', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Autoridad de Transporte Urbano para Lima y Callao', 'ATU', 'other'),
            'CARTA N° 0045-2024-ATU/GG-SGC', ['Solicitud de Acceso a la Información N° 0312-2024-ATU'], '2024-01-30',
            'carta with a two-column result sheet; the amount written in words alone ("noventa y seis mil cuatrocientos y 00/100 soles")',
            notes='Awareness campaign in public transport in 2023: prevention. The spending is written in words only.')
    R.header(['AUTORIDAD DE TRANSPORTE URBANO PARA LIMA Y CALLAO', 'Gerencia General – Subgerencia de Comunicaciones'], align='l', size=9,
             logo=(logo_png('atu', 'ATU', 'square', (200, 60, 0)), 1.6))
    lema(R, 2024)
    R.p('Lima, 30 de enero de 2024', align='r', after=6)
    R.p('CARTA N° 0045-2024-ATU/GG-SGC', bold=True, after=6)
    to(R, ['Señorita', 'CAMILA ROSAS VILLENA', 'Presente.-'])
    kv(R, [('Asunto', ': Campaña de prevención de la trata de personas en el transporte público – año 2023'),
           ('Referencia', ': Solicitud de Acceso a la Información N° 0312-2024-ATU')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia y, al respecto, le informo que durante el año 2023 la ATU desarrolló la '
             'campaña "Ruta Segura, sin Trata", cuyos resultados se resumen a continuación:'])
    R.table([['Componente', 'Resultado 2023']],
            [['Buses del Metropolitano y corredores con afiches informativos', Cn(2300, 'bus', 'sp', y=2023)],
             ['Conductores y cobradores capacitados', Cn(1150, 'conductor y cobrador', 'eu', y=2023)],
             ['Estaciones con mensajes en pantallas', Cn(38, 'estación', y=2023)],
             ['Reproducciones del spot en pantallas de estaciones', Cn(64000, 'reproducción', 'eu', y=2023)]],
            widths=(10.5, 4.0), size=10, ruled='hlines')
    body(R, ['El costo de la campaña ascendió a %s, financiados con recursos directamente recaudados.' % Mwo(96400, y=2023, r='e'),
             'Atentamente,'])
    R.sign('Lic. VANESSA TORRES QUISPE', 'Subgerente de Comunicaciones', align='l', before=16)


def u038():
    R = new('u038', 'out_of_period', None, ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional La Libertad', None, 'regional_government'), None, [], '2023-04-18',
            'spreadsheet sent alone: two year groups (2019, 2020) merged over target and money columns, the unit in the column headers ("PIM (S/)"), the reason in a note row',
            fmt='xlsx', keep_native=True,
            notes='A spreadsheet sent alone. Its title block restates the request (2022); a note row says the 2022 execution belongs to the general account still under audit and gives 2019 and 2020: out_of_period. Money in soles, unit in the column headers.')
    ws = R.wb.active
    ws.title = 'Respuesta'
    _xl_title(ws, [('A1', 'GOBIERNO REGIONAL LA LIBERTAD'), ('A2', 'Gerencia Regional de Desarrollo e Inclusión Social'),
                   ('A3', 'Información solicitada: acciones y presupuesto contra la trata de personas, año 2022'),
                   ('A4', 'Trujillo, 18 de abril de 2023')])
    head = [['Actividad', '2019', '', '', '2020', '', ''],
            ['', 'Meta física ejecutada', 'PIM (S/)', 'Devengado (S/)', 'Meta física ejecutada', 'PIM (S/)', 'Devengado (S/)']]
    acts = [('Talleres de prevención en colegios', 'taller', 18, 24500.0, 23875.5, 11, 26000.0, 19430.0),
            ('Ferias informativas en provincias', 'feria', 7, 15800.0, 15120.0, 3, 16500.0, 8900.0),
            ('Víctimas con acompañamiento psicosocial', 'víctima', 26, 41200.0, 40988.2, 31, 43000.0, 42115.7)]
    rows = []
    for lab, w, a, b, c, d, e, f in acts:
        rows.append((lab, (a, '#,##0', 'count', {'what': w, 'y': 2019}), (b, '#,##0.00', 'money', {'y': 2019, 'r': 'a'}), (c, '#,##0.00', 'money', {'y': 2019, 'r': 'e'}),
                     (d, '#,##0', 'count', {'what': w, 'y': 2020}), (e, '#,##0.00', 'money', {'y': 2020, 'r': 'a'}), (f, '#,##0.00', 'money', {'y': 2020, 'r': 'e'})))
    r = xtable(R, ws, 6, head, rows, widths=(42, 12, 13, 15, 12, 13, 15), merges=((0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)),
               colnames=['Actividad', '2019 Meta física ejecutada', '2019 PIM (S/)', '2019 Devengado (S/)', '2020 Meta física ejecutada', '2020 PIM (S/)', '2020 Devengado (S/)'])
    ws.cell(row=r + 1, column=1, value='Nota: la ejecución del año 2022 forma parte de la Cuenta General de la República, cuya auditoría de los estados presupuestarios '
                                       'del pliego aún no ha concluido; por ello se consigna la información de los años 2019 y 2020, con cierre aprobado.')
    from openpyxl.styles import Alignment
    ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=7)
    ws.cell(row=r + 1, column=1).alignment = Alignment(wrap_text=True, vertical='top')
    ws.row_dimensions[r + 1].height = 32
    xsetup(ws, landscape=True)
    xfont(ws)


def u039():
    R = new('u039', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Unidad Distrital de Asistencia a Víctimas y Testigos de Cusco', 'UDAVIT Cusco', 'autonomous'),
            'OFICIO N° 000214-2021-MP-FN-UDAVIT-CUSCO', ['Carta N° 012-2021-CBC'], '2021-03-22',
            'oficio of the public ministry\'s victim and witness unit: types of assistance as rows, age groups as columns, and a total column holding the count and its share in the same cell',
            notes='Assistance to trafficking victims and witnesses in 2020: protection. Each total cell holds two figures (count and share of all assistance given).')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Unidad Distrital de Asistencia a Víctimas y Testigos – Cusco'],
             logo=(logo_png('mpfn2', 'MP', 'circle', (30, 60, 110)), 1.3), size=9)
    lema(R, 2021)
    R.p('Cusco, 22 de marzo de 2021', align='r', after=6)
    R.p('OFICIO N° 000214-2021-MP-FN-UDAVIT-CUSCO', bold=True, after=6)
    to(R, ['Señora', 'Directora del Centro Bartolomé de las Casas', 'Presente.-'])
    kv(R, [('Asunto', ': Asistencia a víctimas de trata de personas – 2020'), ('Referencia', ': Carta N° 012-2021-CBC')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para informarle sobre las asistencias brindadas por '
             'esta Unidad a víctimas del delito de trata de personas durante el año 2020, según tipo de asistencia y grupo de edad:'])
    data = [('Asistencia legal', 21, 37), ('Asistencia psicológica', 29, 41), ('Asistencia social', 18, 26), ('Coordinación para acogimiento en CAR o albergue', 12, 6)]
    grand = sum(a + b for _, a, b in data)
    rows = []
    for lab, a, b in data:
        rows.append([lab, Cn(a, 'asistencia', y=2020), Cn(b, 'asistencia', y=2020), CP(a + b, 'asistencia', round((a + b) / grand * 100, 1), y=2020)])
    rows.append(['Total', Cn(sum(d[1] for d in data), 'asistencia', y=2020), Cn(sum(d[2] for d in data), 'asistencia', y=2020), Cn(grand, 'asistencia', y=2020)])
    R.table([['Tipo de asistencia', 'Niñas, niños y adolescentes', 'Personas adultas', 'Total (%)']], rows,
            widths=(6.6, 3.2, 2.8, 3.2), size=9.5, bold_rows=(4,))
    body(R, ['Las asistencias se brindaron a %s víctimas, de las cuales %s fueron incorporadas al Programa de Protección y Asistencia a Víctimas y Testigos.'
             % (Cn(63, 'víctima', y=2020), Cwz(19, 'víctima', y=2020)),
             'Atentamente,'])
    R.sign('Abog. KARINA LUCERO HUILLCA ESPINOZA', 'Coordinadora de la UDAVIT Cusco', align='c', before=16)


def u040():
    R = new('u040', 'answered', None, ['prosecution', 'prevention', 'protection'], ('2019-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'),
            'OFICIO N° 0219-2021-MPCH/GDS', ['Expediente N° 004512-2021'], '2021-02-19',
            'oficio; the period written as dates ("del 01/01/2019 al 31/12/2020"); one table with two year groups, each merged over two semester columns; a budget table with years as rows and "S/" and "%" in each cell',
            notes='Two years asked as dates and answered by semester: each figure gets the year of its group. Inspections are prosecution, talks and people reached prevention, referrals protection. The budget table prints "S/" and "%" in each cell (unit_source cell) and has years as rows.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CHICLAYO', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpch', 'MPCH', 'shield', (0, 60, 140)), 1.4), size=10)
    lema(R, 2021)
    R.p('Chiclayo, 19 de febrero de 2021', align='r', after=6)
    R.p('OFICIO N° 0219-2021-MPCH/GDS', bold=True, after=6)
    to(R, ['Señor', 'MANUEL ANTONIO CHAPOÑÁN DE LA CRUZ', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones frente a la trata de personas (del 01/01/2019 al 31/12/2020)'), ('Referencia', ': Expediente N° 004512-2021')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, para remitirle la información de las acciones '
             'realizadas por esta Municipalidad frente a la trata de personas en el periodo solicitado, por semestre:'])
    acts = [('Inspecciones a hospedajes, bares y discotecas', 'inspección', [28, 31, 9, 17]),
            ('Charlas en instituciones educativas', 'charla', [14, 19, 0, 6]),
            ('Personas sensibilizadas', 'persona', [980, 1342, 0, 415]),
            ('Casos derivados al CEM y a la UPE', 'caso', [4, 6, 3, 5])]
    Y_ = [2019, 2019, 2020, 2020]
    rows = [[lab] + [Cn(x, w, y=Y_[j]) for j, x in enumerate(v)] for lab, w, v in acts]
    mtable(R, [['Acción', '2019', '', '2020', ''], ['', 'I semestre', 'II semestre', 'I semestre', 'II semestre']], rows,
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(6.8, 2.2, 2.2, 2.2, 2.2), size=9.5)
    body(R, ['En el año 2020 las charlas del primer semestre se suspendieron por el estado de emergencia sanitaria y se retomaron en modalidad '
             'virtual en el segundo semestre.',
             'El presupuesto de estas acciones fue el siguiente:'])
    bud = [(2019, 120000.00, 112800.00), (2020, 95000.00, 74250.00)]
    R.table([['Año', 'Asignado', 'Ejecutado', 'Ejecución']],
            [[str(y), Mn(a, 'us', y=y, r='a', u='cell'), Mn(e, 'us', y=y, r='e', u='cell'), Pf(round(e / a * 100, 1), 1, y=y, u='cell')] for y, a, e in bud],
            widths=(2.0, 3.6, 3.6, 2.4), size=9.5, align='l', ruled='hlines')
    body(R, ['Atentamente,'])
    R.sign('Lic. ROSA ELENA SANTISTEBAN VALDERA', 'Gerente de Desarrollo Social', align='c', before=16)


def u041():
    R = new('u041', 'out_of_period', None, ['prosecution', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Región Policial Piura', 'REGPOL Piura', 'police'),
            'OFICIO N° 388-2022-REGPOL-PIURA/DIVINCRI-DEPINTRAT', ['Solicitud S/N del 02MAY2022', 'Resolución de Inspectoría N° 041-2022-IGPNP'], '2022-05-23',
            'police oficio, Courier New; years 2017 and 2018 as columns; the reason (the 2021 register sent to the police inspectorate) in a numbered paragraph',
            font='Courier New', size=10.5,
            notes='The request asks for 2021. The police department says its 2021 operations register was sent to the police inspectorate for an administrative inquiry and has not been returned; it gives 2017 and 2018: out_of_period. Rescues and arrests are prosecution; victims handed to shelters are protection.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PIURA', 'DIVINCRI – DEPARTAMENTO DE INVESTIGACIÓN DE TRATA DE PERSONAS'], size=9)
    R.p('"AÑO DEL FORTALECIMIENTO DE LA SOBERANÍA NACIONAL"', align='c', size=8.5, after=8)
    R.p('Piura, 23 de mayo de 2022', align='r', after=6)
    R.p('OFICIO N° 388-2022-REGPOL-PIURA/DIVINCRI-DEPINTRAT', bold=True, after=6)
    to(R, ['SEÑOR:', 'CÉSAR AUGUSTO ZAPATA RAMOS', 'PIURA.-'])
    kv(R, [('ASUNTO', ': Remite información'), ('REF.', ': Solicitud S/N del 02MAY2022')], tab=2.6, w2=13.4)
    numbered(R, ['Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, mediante el cual solicita el número de operativos, '
                 'personas rescatadas y detenidos por el delito de trata de personas en el año 2021.',
                 'Al respecto, el Libro de Registro de Operaciones del año 2021 de este Departamento fue remitido a la Inspectoría General de la PNP '
                 'en el marco de una investigación administrativa dispuesta por la Resolución de Inspectoría N° 041-2022-IGPNP, y a la fecha no ha '
                 'sido devuelto, por lo que no es posible extraer la información solicitada.',
                 'Se remite, en cambio, la información de los años 2017 y 2018 que obra en el archivo del Departamento:'], fmt_='%d.')
    R.table([['CONCEPTO', '2017', '2018']],
            yrows([('Operativos realizados', 'operativo', [19, 26]), ('Personas rescatadas', 'persona rescatada', [34, 47]),
                   ('Detenidos', 'detenido', [22, 29]), ('Víctimas derivadas a CAR y albergues', 'víctima', [11, 15])], [2017, 2018]),
            widths=(9.0, 2.6, 2.6), size=10, font='Courier New')
    numbered(R, ['Es cuanto informo a Ud. para los fines pertinentes.'], start=4)
    R.p('Dios guarde a Ud.', align='c', before=6)
    R.sign('MAY. PNP JORGE LUIS CHUNGA SEMINARIO', 'Jefe del DEPINTRAT – DIVINCRI Piura', align='c', before=16)


def u042():
    R = new('u042', 'answered', None, ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Miraflores', 'MM', 'district_municipality'),
            'CARTA N° 083-2023-SGBS-GDH/MM', ['Documento Simple N° 2659-2023'], '2023-03-03',
            'carta: a table with the previous year, the requested year and the next year\'s target as columns; an amount typed with a space after the comma ("S/ 86, 400")',
            notes='2022 asked and answered; 2021 and the 2023 target are given for comparison (mixed in- and out-of-period: answered). Figures get the year of their column. Talks and people reached are prevention; cases referred are protection.')
    R.header(['MUNICIPALIDAD DE MIRAFLORES', 'Gerencia de Desarrollo Humano – Subgerencia de Bienestar Social'], align='r', size=9)
    R.p('Miraflores, 03 de marzo de 2023', after=6)
    R.p('CARTA N° 083-2023-SGBS-GDH/MM', bold=True, after=6)
    to(R, ['Señor', 'RODRIGO BENAVIDES OTERO', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre la prevención de la trata de personas – 2022'), ('Referencia', ': Documento Simple N° 2659-2023')])
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, para remitirle la información solicitada. Para fines comparativos '
             'se incluyen los resultados del año anterior y la meta prevista para el año en curso:'])
    R.table([['Indicador', '2021', '2022', 'Meta 2023']],
            [['Charlas de prevención en colegios y parques', Cn(17, 'charla', y=2021), Cn(29, 'charla', y=2022), Cn(35, 'charla', y=2023)],
             ['Vecinos y estudiantes sensibilizados', Cn(940, 'persona', y=2021), Cn(1615, 'persona', y=2022), Cn(2000, 'persona', y=2023)],
             ['Trabajadores de hoteles capacitados', Cn(58, 'trabajador', y=2021), Cn(112, 'trabajador', y=2022), Cn(150, 'trabajador', y=2023)],
             ['Casos derivados al CEM Miraflores', Cn(3, 'caso', y=2021), Cn(5, 'caso', y=2022), '–']],
            widths=(8.0, 2.4, 2.4, 2.6), size=9.5, head_shade='FFF2CC')
    body(R, ['En el año 2022 se ejecutó un gasto de %s en materiales y movilidad para estas actividades.' % Msloppy(86400, y=2022, r='e'),
             'Atentamente,'])
    R.sign('Lic. ANA PAULA DEL SOLAR VIGIL', 'Subgerente de Bienestar Social', align='l', before=16)


def u043():
    R = new('u043', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Procuraduría Pública Especializada en Delitos de Corrupción', 'PPEDC', 'other'),
            'OFICIO N° 001876-2022-PGE/PPEDC', ['Solicitud N° 0412-2022-PPEDC'], '2022-11-10',
            'oficio of the anti-corruption public attorney: cases of influence peddling ("tráfico de influencias") by judicial district, civil reparation amounts',
            notes='About "tráfico de influencias" (influence peddling, a corruption offence), not trafficking in persons: off_topic, no axes. The letter restates the request period (2022).')
    R.header(['PROCURADURÍA GENERAL DEL ESTADO', 'Procuraduría Pública Especializada en Delitos de Corrupción'], logo=(logo_png('pge', 'PGE', 'square', (120, 20, 20)), 1.3))
    lema(R, 2022)
    R.p('Lima, 10 de noviembre de 2022', align='r', after=6)
    R.p('OFICIO N° 001876-2022-PGE/PPEDC', bold=True, after=6)
    to(R, ['Señor', 'HUGO CÉSPEDES LAZARTE', 'Presente.-'])
    kv(R, [('Asunto', ': Casos por delito de tráfico de influencias – 2022'), ('Referencia', ': Solicitud N° 0412-2022-PPEDC')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre los procesos por delito de '
             'tráfico de influencias en los que interviene esta Procuraduría en el año 2022, así como las reparaciones civiles solicitadas.',
             'Al respecto, se remite la información registrada al 31 de octubre de 2022:'])
    rows = [['Lima', Cn(64, 'caso', y=2022), Cn(9, 'sentencia', y=2022), Mf(1840500.00, 'us', y=2022)],
            ['Lima Norte', Cn(21, 'caso', y=2022), Cn(3, 'sentencia', y=2022), Mf(412000.00, 'us', y=2022)],
            ['Arequipa', Cn(17, 'caso', y=2022), Cn(2, 'sentencia', y=2022), Mf(296300.00, 'us', y=2022)],
            ['La Libertad', Cn(15, 'caso', y=2022), Cn(4, 'sentencia', y=2022), Mf(414528.00, 'us', y=2022)]]
    R.table([['Distrito judicial', 'Casos en trámite', 'Sentencias condenatorias', 'Reparación civil solicitada (S/)']], rows,
            widths=(4.4, 3.0, 3.4, 4.6), size=9.5)
    body(R, ['En conjunto, la reparación civil solicitada en estos distritos asciende a %s, y a nivel nacional a %s.'
             % (Msloppy(2963328, y=2022), Mpmill(12.6, y=2022)),
             'Atentamente,'])
    dsig(R, 'Carlos Enrique Landa Paredes', 'Procurador Público Especializado en Delitos de Corrupción', when='10/11/2022 09:55', fau='20604287941')


def u044():
    R = new('u044', 'out_of_period', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Sociedad de Beneficencia de Lima Metropolitana', 'SBLM', 'other'),
            'OFICIO N° 0156-2024-SBLM/GPS', ['Solicitud de Acceso a la Información Pública N° 0038-2024', 'Informe N° 012-2024-SBLM/OPD'], '2024-02-29',
            'oficio: one row per residential centre and concept, the years 2021 and 2022 as columns; amounts with the sign after the number ("96.480,00 S/") in the text',
            notes='The request asks for 2023. The 2023 records of residents contain personal data of minors and their anonymised version is still being prepared by the data-protection officer; the letter gives 2021 and 2022 (already anonymised): out_of_period. Residents and reintegration are protection.')
    R.header(['SOCIEDAD DE BENEFICENCIA DE LIMA METROPOLITANA', 'Gerencia de Protección Social'], logo=(logo_png('sblm', 'SBL', 'circle', (120, 90, 20)), 1.3))
    lema(R, 2024)
    R.p('Lima, 29 de febrero de 2024', align='r', after=6)
    R.p('OFICIO N° 0156-2024-SBLM/GPS', bold=True, after=6)
    to(R, ['Señora', 'PATRICIA ÁLVAREZ CHIRINOS', 'Presente.-'])
    kv(R, [('Asunto', ': Residentes víctimas de trata en centros de acogida'), ('Referencia', ': Solicitud de Acceso a la Información Pública N° 0038-2024')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere el número de niñas, niños y adolescentes '
             'víctimas de trata acogidos en los centros de la Beneficencia durante el año 2023 y los egresos con reintegración familiar.',
             'Los expedientes de residentes de 2023 contienen datos personales de menores de edad; según el Informe N° 012-2024-SBLM/OPD, el oficial '
             'de protección de datos personales viene elaborando la versión anonimizada de dicha información, que aún no ha concluido. Por ello, se '
             'remite la información de 2021 y 2022, cuya versión anonimizada ya fue aprobada:'])
    rows = [['Hogar San Vicente de Paul – residentes víctimas de trata', Cn(11, 'residente', y=2021), Cn(14, 'residente', y=2022)],
            ['Hogar San Vicente de Paul – egresos con reintegración familiar', Cn(4, 'egreso', y=2021), Cn(6, 'egreso', y=2022)],
            ['Hogar Santa Rosa – residentes víctimas de trata', Cn(7, 'residente', y=2021), Cn(9, 'residente', y=2022)],
            ['Hogar Santa Rosa – egresos con reintegración familiar', Cn(2, 'egreso', y=2021), Cn(5, 'egreso', y=2022)]]
    R.table([['Centro de acogida / concepto', '2021', '2022']], rows, widths=(11.0, 2.3, 2.3), size=9.5)
    body(R, ['El costo de la atención de las residentes víctimas de trata ascendió a %s en 2021 y a %s en 2022.'
             % (Mpost(96480.00, 'eu', y=2021, r='e'), Mpost(104215.50, 'eu', y=2022, r='e')),
             'La información de 2023 le será remitida una vez aprobada su versión anonimizada.', 'Atentamente,'])
    R.sign('Lic. ROXANA IRIS BEDOYA SALAZAR', 'Gerente de Protección Social', align='c', before=16)


def u045():
    R = new('u045', 'missing', 'not_competent', ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Jurado Nacional de Elecciones', 'JNE', 'autonomous'),
            'OFICIO N° 00412-2020-SG/JNE', ['Solicitud de Acceso a la Información Pública N° 0231-2020'], '2020-09-03',
            'oficio of the electoral authority: outside its functions; it suggests whom the requester may ask, without forwarding the request',
            notes='Not competent: the electoral authority neither holds nor must hold information on prevention campaigns against trafficking. It suggests that the requester write to the women\'s ministry but does not say it forwarded the request: not_competent (no referral).')
    R.header(['JURADO NACIONAL DE ELECCIONES', 'Secretaría General'], logo=(logo_png('jne', 'JNE', 'shield', (110, 20, 30)), 1.3))
    lema(R, 2020)
    R.p('Jesús María, 03 de setiembre de 2020', align='r', after=6)
    R.p('OFICIO N° 00412-2020-SG/JNE', bold=True, after=6)
    to(R, ['Señora', 'INÉS MARGARITA SALDAÑA RUIZ', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a solicitud de acceso a la información pública'), ('Referencia', ': Solicitud de Acceso a la Información Pública N° 0231-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, mediante la cual requiere información sobre las '
             'campañas de prevención de la trata de personas realizadas por esta institución durante el año 2019.',
             'Sobre el particular, debo manifestarle que, conforme a la Constitución Política del Perú y a su Ley Orgánica, el Jurado Nacional de '
             'Elecciones tiene a su cargo la fiscalización de la legalidad de los procesos electorales, la administración de justicia en materia '
             'electoral y la educación electoral; la prevención de la trata de personas no forma parte de sus competencias, por lo que no genera ni '
             'posee la información requerida.',
             'De estimarlo pertinente, usted puede dirigir su pedido al Ministerio de la Mujer y Poblaciones Vulnerables, sector rector en la materia.',
             'Atentamente,'])
    R.sign('Abog. FERNANDO RAÚL PAREDES CHÁVEZ', 'Secretario General (e)', align='c', before=18)
