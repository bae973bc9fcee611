"""blind-v23 letters w016-w030 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import shade, set_cell_border, para_border

Y23 = ('2023-01-01', '2023-12-31')
Y22 = ('2022-01-01', '2022-12-31')


def w016():
    """A provincial municipality's letter sent as an OpenDocument file: DEMUNA cases by form of exploitation, caption under the table."""
    R = new('w016', 'answered', None, ['protection', 'prevention'], Y23,
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'), 'OFICIO N° 0196-2024-MPH/GDS',
            ['Solicitud de Acceso a la Información N° 0054-2024-MPH'], '2024-03-18',
            'letter sent as an OpenDocument file: two logos flanking the letterhead, own number in a shaded box; table with the caption under it',
            notes='Sent as an ODT file (native kept as .odt; pages and figure pages refer to its PDF rendering). DEMUNA cases '
                  'linked to trafficking and exploitation in 2023 by form and by sex, and prevention talks written in words alone '
                  'in the text. The caption sits under the table. Year 2023 from the request and the caption.',
            fmt='odt', keep_native=True, font='Liberation Sans', size=10.5)
    two_logo_header(R, (logo_png('mph23', 'MPH', 'shield', (130, 0, 40)), 1.5), (logo_png('mph23b', 'DEMUNA', 'circle', (0, 90, 160)), 1.5),
                    ['MUNICIPALIDAD PROVINCIAL DE HUAMANGA', 'Gerencia de Desarrollo Social', 'Defensoría Municipal del Niño y del Adolescente'])
    open21(R, 2024, date21('Ayacucho', '2024-03-18', 'weekday'), 'OFICIO N° 0196-2024-MPH/GDS',
           ['Señora', 'KAREN LIZBETH QUISPE ORÉ', 'Presente.-'],
           [('Asunto', ':  Remite información sobre casos y acciones de prevención – año 2023'),
            ('Referencia', ':  Solicitud de Acceso a la Información N° 0054-2024-MPH')], ref_style='box', order='ref')
    body(R, ['Me es grato saludarla y, en atención al documento de la referencia, remitirle la información de la Defensoría '
             'Municipal del Niño y del Adolescente (DEMUNA) sobre los casos vinculados a la trata de personas y otras formas de '
             'explotación atendidos durante el año 2023:'])
    data = [('Captación con fines de explotación sexual', [7, 1]), ('Explotación laboral en comercio ambulatorio', [4, 6]),
            ('Mendicidad inducida', [3, 5]), ('Trabajo doméstico en condiciones de explotación', [6, 0])]
    rows, tf, tm = [], 0, 0
    for lab, (f, m) in data:
        rows.append([lab, Cn(f, 'caso', y=2023), Cn(m, 'caso', y=2023), Cn(f + m, 'caso', y=2023)])
        tf += f; tm += m
    rows.append(['Total', Cn(tf, 'caso', y=2023), Cn(tm, 'caso', y=2023), Cn(tf + tm, 'caso', y=2023)])
    R.table([['Forma de explotación', 'Niñas y adolescentes mujeres', 'Niños y adolescentes varones', 'Total']], rows,
            widths=(7.4, 2.8, 2.8, 1.8), size=9, bold_rows=(len(rows) - 1,), head_shade='F8CBAD')
    R.p('Cuadro 1. Casos atendidos por la DEMUNA Huamanga vinculados a trata y explotación, 2023 (número de casos).', italic=True,
        size=8.5, align='c', after=8)
    body(R, ['Del total de casos, el ' + Pdw(63, y=2023) + ' correspondió a niñas y adolescentes mujeres. Todos los casos fueron '
             'comunicados a la Fiscalía Provincial de Familia y a la Unidad de Protección Especial de Ayacucho.',
             'En materia de prevención, la DEMUNA realizó ' + Cw(42, 'charla', y=2023) + ' charlas informativas en instituciones '
             'educativas y mercados de la ciudad, con la participación de ' + Cw(1380, 'persona', y=2023) + ' personas.',
             'Atentamente,'])
    dsig(R, 'Abog. Rocío del Pilar Palomino Gutiérrez', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Huamanga',
         when='18.03.2024 10:26:12 -05:00', fau='20143660754', align='c')
    R.save()


def w017():
    """Off topic: the minutes of a district council session."""
    R = new('w017', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Sachaca', 'MDS', 'district_municipality'), 'ACTA DE SESIÓN ORDINARIA DE CONCEJO N° 004-2024-MDS',
            [], '2024-02-14',
            'minutes of a council session: attendance list, agenda, debate and agreements, votes in brackets then words, two signatures side by side',
            notes='Minutes of a district council session (parks maintenance plan, a fee schedule): nothing about trafficking in '
                  'persons. Off topic, no axes, no period. Its amounts and counts (votes, parks, councillors present) are figures; '
                  'the session hour and agreement numbers are not.',
            font='Liberation Serif', size=11)
    corner_header(R, ['Municipalidad Distrital de Sachaca', 'Secretaría General'], logo=(logo_png('sac23', 'MDS', 'shield', (0, 110, 110)), 1.3))
    R.p('ACTA DE SESIÓN ORDINARIA DE CONCEJO N° 004-2024-MDS', bold=True, align='c', size=12.5, after=8)
    R.p('En el distrito de Sachaca, provincia y departamento de Arequipa, siendo las 16:00 horas del día catorce de febrero de 2024, '
        'en el Salón Consistorial del Palacio Municipal, se reunieron bajo la presidencia del señor alcalde los señores regidores, '
        'verificándose la asistencia de ' + Cpw(7, 'regidor') + ' regidores, con lo que se contó con el quórum reglamentario.', align='j')
    R.p('AGENDA', bold=True, after=2)
    bl(R, ['Aprobación del Plan Anual de Mantenimiento de Áreas Verdes 2024.',
           'Aprobación de la actualización de derechos de trámite del TUPA.'])
    R.p('DESARROLLO DE LA SESIÓN', bold=True, after=2, before=4)
    R.p('Punto 1. El Gerente de Servicios a la Ciudad sustentó el plan, que comprende el mantenimiento de ' + Cn(23, 'parque', y=2024)
        + ' parques y bermas centrales del distrito, con un presupuesto de ' + Mmid(245800, y=2024, r='a')
        + ', financiado con recursos directamente recaudados. Sometido a votación, fue aprobado por mayoría con '
        + Cpw(6, 'voto') + ' votos a favor y ' + Cpw(1, 'voto') + ' en contra.', align='j')
    R.p('Punto 2. La Gerencia de Administración Tributaria expuso la actualización de los derechos de trámite. Luego del debate, se '
        'acordó por unanimidad devolver el expediente a la comisión de economía para su revisión.', align='j')
    R.p('ACUERDOS', bold=True, after=2, before=4)
    numbered(R, ['APROBAR el Plan Anual de Mantenimiento de Áreas Verdes 2024.',
                 'DEVOLVER a la Comisión de Economía y Presupuesto el proyecto de actualización de derechos de trámite.'], fmt_='%d)')
    R.p('Siendo las 18:10 horas, se levantó la sesión, firmando los asistentes en señal de conformidad.', align='j', before=4)
    cosign(R, ('Sr. Jorge Luis Huaco Linares', 'Alcalde'), ('Abog. Milagros Tejada Rondón', 'Secretaria General'))
    R.save()


def w018():
    """English letter of an international organisation: 2023 results and expenditure of a project, hairline table."""
    R = new('w018', 'answered', None, ['prosecution', 'protection', 'prevention'], Y23,
            S('Oficina de las Naciones Unidas contra la Droga y el Delito', 'UNODC', 'foreign'), 'UNODC/COPEC/2024/031',
            ['your request dated 22 January 2024'], '2024-04-03',
            'English letter, left-aligned letterhead with the logo above, number and date on one line; a table with a hairline under every row, unit in the column header',
            lang='en',
            notes='UNODC\'s country office answers in English with its 2023 work against trafficking in Peru: trainings of police '
                  'and prosecutors (prosecution), support to victim referral (protection), awareness workshops (prevention), the '
                  'expenditure per component in US dollars (unit in the column header, executed) and the 2023 budget of the '
                  'project written as "US$ 1.1M" (allocated). English nouns.',
            font='Calibri', size=11)
    R.header(['United Nations Office on Drugs and Crime', 'Country Office for Peru and Ecuador'], align='l',
             logo=(logo_png('unodc23', 'UN', 'circle', (0, 110, 180)), 1.4), size=9, rule=False)
    open23(R, 2024, date23('Lima', '2024-04-03', 'en_us_ord'), 'UNODC/COPEC/2024/031', ['Ms. Daniela Fernanda Ortiz Llerena', 'Lima'],
           None, order='inline', motto=False)
    body(R, ['Dear Ms. Ortiz,',
             'Thank you for your request dated 22 January 2024 for information on the activities carried out by UNODC in Peru in 2023 '
             'to counter trafficking in persons.',
             'In 2023 the project on strengthening the criminal justice response to trafficking in persons in the southern Amazon had '
             'a budget of ' + Mbig(1.1, pre='US$ ', cur='USD', y=2023, r='a') + '. Its main results and the expenditure per '
             'component are summarised below:'])
    rows = [['Training of police officers and prosecutors', Cn(24, 'workshop', y=2023), Cn(415, 'participant', y=2023), Mf(286450.0, y=2023, r='e', cur='USD')],
            ['Support to victim identification and referral', Cn(9, 'workshop', y=2023), Cn(132, 'participant', y=2023), Mf(174300.0, y=2023, r='e', cur='USD')],
            ['Awareness workshops in schools and markets', Cn(31, 'workshop', y=2023), Cn(1640, 'participant', y=2023), Mf(98760.0, y=2023, r='e', cur='USD')],
            ['Total', Cn(64, 'workshop', y=2023), Cn(2187, 'participant', y=2023), Mf(559510.0, y=2023, r='e', cur='USD')]]
    t = R.table([['Component', 'Workshops', 'Participants', 'Expenditure 2023 (US$)']], rows, widths=(8.0, 2.2, 2.4, 3.6),
                ruled='none', size=9.5, bold_rows=(3,))
    hrules(t)
    body(R, ['In addition, the project helped the Public Ministry refer ' + Cn(58, 'victim', y=2023) + ' victims to shelters and '
             'specialised services in Madre de Dios and Cusco.',
             'Please do not hesitate to contact us should you need further information.', 'Yours sincerely,'])
    scribble_sign(R, 'Felipe Andrés Guzmán Rivera', 'Country Manager', 'UNODC Country Office for Peru and Ecuador', align='l')
    R.save()


def w019():
    """Denied: a police region refuses operational details of 2023 investigations as reserved information."""
    R = new('w019', 'missing', 'denied_exception', ['prosecution'], Y23,
            S('Región Policial Tumbes', 'REGPOL Tumbes', 'police'), 'OFICIO N° 094-2024-III MACREPOL-REGPOL-TUMBES/SEC',
            ['Solicitud de fecha 12FEB2024'], '2024-02-23',
            'police oficio, letterhead in spaced capitals over a double rule, own number underlined, legal grounds quoted in a box',
            notes='The police region refuses the places, dates, intelligence and names of the agents of the 2023 operations against '
                  'trafficking, as reserved information under the transparency law (police operations and investigations). '
                  'Denied under an exception. No figures (article numbers are not figures).',
            font='DejaVu Sans', size=9.5)
    spaced_header(R, 'Policía Nacional del Perú', ['III Macro Región Policial Tumbes – Región Policial Tumbes – Secretaría'], spacing=50)
    open21(R, 2024, date23('Tumbes', '2024-02-23', 'mil'), 'OFICIO N° 094-2024-III MACREPOL-REGPOL-TUMBES/SEC',
           ['Señor', 'HUGO ENRIQUE SAAVEDRA ZAPATA', 'Presente.-'],
           [('ASUNTO', ':  Respuesta a solicitud de información'), ('REF.', ':  Solicitud de fecha 12FEB2024')],
           ref_style='under', order='ref', date_align='l')
    body(R, ['Tengo el honor de dirigirme a usted, en atención a la solicitud de la referencia, mediante la cual requiere el detalle '
             'de los operativos contra la trata de personas realizados por las unidades de esta Región Policial durante el año 2023 '
             '(lugares intervenidos, fechas, fuentes de información, personal interviniente y resultados de inteligencia).',
             'Al respecto, se le comunica que dicha información tiene el carácter de reservada, conforme a lo dispuesto por el '
             'Texto Único Ordenado de la Ley N° 27806:'])
    boxed(R, 'Artículo 16.- Excepciones al ejercicio del derecho: información reservada. ... 1. La información que por razones de '
             'seguridad nacional en el ámbito del orden interno cuya revelación originaría un riesgo a la integridad territorial y/o '
             'la subsistencia del sistema democrático ... a) Los planes de operaciones policiales y de inteligencia, así como aquellos '
             'destinados a combatir el terrorismo, tráfico ilícito de drogas y organizaciones criminales ...', italic=True, size=8.5)
    body(R, ['Por lo expuesto, no es posible atender su pedido. Sin perjuicio de ello, puede solicitar la información estadística '
             'agregada a la Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la PNP.',
             'Dios guarde a usted.'])
    dsig(R, 'Coronel PNP Wilmer Aurelio Castañeda Rubio', 'Jefe de la Región Policial Tumbes', 'Policía Nacional del Perú',
         when='23.02.2024 18:40:05 -05:00', fau='20383430250', align='l')
    R.save()


def w020():
    """An international organisation writing in Spanish: a forced-labour project in 2023, money and counts in running text."""
    R = new('w020', 'answered', None, ['prevention', 'prosecution', 'governance'], Y23,
            S('Organización Internacional del Trabajo', 'OIT', 'foreign'), 'OIT/LIM/2024/0076',
            ['Carta de fecha 2 de febrero de 2024'], '2024-03-21',
            'letter in Spanish of an international organisation, corner letterhead with the logo above, points with long dashes, date at the end',
            notes='The ILO office for the Andean countries reports its 2023 work on forced labour in Peru: support to the national '
                  'commission (governance), trainings of labour inspectors (prosecution: inspection) and of community leaders '
                  '(prevention), the project amount written "1,2 millones de dólares americanos" (the whole 2021-2025 project, '
                  'no year, allocated) and the 2023 expenditure with a bare dollar sign (executed). Counts written "(14) catorce".',
            font='Calibri', size=11)
    corner_header(R, ['Organización Internacional del Trabajo', 'Oficina de la OIT para los Países Andinos'],
                  logo=(logo_png('oit23', 'OIT', 'circle', (30, 80, 160)), 1.4))
    footer_band(R, ['Las Flores 275, San Isidro, Lima 27 – Perú', 'Tel. (51-1) 615 0300 – www.ilo.org/lima'], fill='1F3864')
    open23(R, 2024, None, 'OIT/LIM/2024/0076', ['Señor', 'RENZO MAURICIO ALARCÓN PAREDES', 'Presente'],
           [('Ref.:', 'Carta de fecha 2 de febrero de 2024')], order='date_end', motto=False)
    body(R, ['De nuestra consideración:',
             'En respuesta a su carta de la referencia, tenemos el agrado de informarle sobre las acciones desarrolladas por la '
             'Oficina de la OIT en el Perú durante el año 2023 para la erradicación del trabajo forzoso y la trata de personas con '
             'fines de explotación laboral:'])
    for t in ['— Asistencia técnica a la Comisión Nacional para la Lucha contra el Trabajo Forzoso, que sesionó '
              + Cpw(5, 'sesión', y=2023) + ' veces con nuestro apoyo.',
              '— Capacitación de inspectores de trabajo en la detección de indicios de trabajo forzoso: ' + Cpw(14, 'taller', y=2023)
              + ' talleres, con ' + Cpw(356, 'inspector', y=2023) + ' inspectores participantes, de los cuales el ' + Pdw(38, y=2023)
              + ' fueron mujeres.',
              '— Formación de líderes comunitarios en zonas de minería aurífera informal: ' + Cpw(21, 'líder', y=2023) + ' líderes '
              'capacitados en Madre de Dios y Puno.']:
        R.p(t, indent=0.6, first=-0.6, align='j', after=3)
    body(R, ['Estas acciones forman parte de un proyecto de cooperación de ' + Mmill(1.2, 'eu', 1, suf=' millones de dólares americanos',
             cur='USD', r='a') + ' para el periodo 2021-2025, cuya ejecución en el año 2023 ascendió a '
             + Mdollar(186450.0, y=2023, r='e') + '.',
             'Quedamos a su disposición para cualquier consulta adicional.', 'Atentamente,'])
    date_end(R, date23('Lima', '2024-03-21', 'nodot'))
    scribble_sign(R, 'María Teresa Gallardo Núñez', 'Directora (e)', 'Oficina de la OIT para los Países Andinos', align='l')
    R.save()


def w021():
    """Out of period: a provincial municipality gives January-June 2024 month by month; the 2023 reports were not handed over."""
    R = new('w021', 'out_of_period', None, ['prevention', 'protection'], Y23,
            S('Municipalidad Provincial de Piura', 'MPP', 'provincial_municipality'), 'OFICIO N° 0284-2024-MPP/GDS',
            ['Acta de Transferencia de Gestión 2019-2022', 'Expediente N° 0007745-2024'], '2024-07-15',
            'oficio with QR letterhead; months as rows (January to June 2024), three count columns and a total row',
            notes='The request is about 2023; the office says the 2023 reports of its prevention team were not handed over '
                  'and are not in its files (by the cited transfer record), and sends the January-June 2024 figures month by '
                  'month. Only a later period: out_of_period. Year 2024 from the caption.',
            font='DejaVu Sans', size=9.5)
    qr_header(R, ['MUNICIPALIDAD PROVINCIAL DE PIURA', 'Gerencia de Desarrollo Social', 'Subgerencia de Bienestar Social'], 'CVD: 58TQ-2PLA', 2102)
    open23(R, 2024, date23('Piura', '2024-07-15', 'slash_mon'), 'OFICIO N° 0284-2024-MPP/GDS',
           ['Señora', 'MÓNICA ISABEL CHUNGA VALDIVIEZO', 'Presente.-'],
           [('ASUNTO', ':  Atención a solicitud de información sobre acciones contra la trata de personas 2023'),
            ('REF.', ':  Expediente N° 0007745-2024')], order='inline')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Sobre el particular, la Subgerencia de Bienestar Social '
             'informa que los reportes del equipo de prevención correspondientes al año 2023 no figuran entre los documentos '
             'recibidos en el Acta de Transferencia de Gestión 2019-2022 ni en el archivo de la subgerencia, por lo que no obran en '
             'su poder.',
             'No obstante, se remite la información registrada por el equipo de prevención entre enero y junio de 2024:'])
    meses = [('Enero', 6, 212, 1), ('Febrero', 4, 150, 0), ('Marzo', 9, 341, 2), ('Abril', 11, 398, 1), ('Mayo', 8, 275, 3), ('Junio', 7, 244, 1)]
    rows = [[m, Cn(a, 'charla', y=2024), Cn(b, 'participante', y=2024), Cn(c, 'caso', y=2024)] for m, a, b, c in meses]
    rows.append(['Total', Cn(sum(x[1] for x in meses), 'charla', y=2024), Cn(sum(x[2] for x in meses), 'participante', 'us', y=2024),
                 Cn(sum(x[3] for x in meses), 'caso', y=2024)])
    R.table([['Mes', 'Charlas de prevención', 'Participantes', 'Casos derivados a la UPE o al CEM']], rows,
            widths=(3.4, 3.4, 3.0, 4.6), size=9, bold_rows=(len(rows) - 1,), head_shade='DEEAF6',
            caption='Acciones del equipo de prevención – enero a junio de 2024')
    body(R, ['Atentamente,'])
    hash_sign(R, 'Lic. Carlos Enrique Seminario Távara', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Piura',
              '2B 90 11 AF 00 00 00 00 77 0C', 'a0f3c9e8d7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a190', '15/07/2024 12:33:08')
    R.save()


def w022():
    """Mixed periods: a regional health directorate's report gives 2021, 2022 and 2023 side by side (answered)."""
    R = new('w022', 'answered', None, ['protection'], Y23,
            S('Dirección Regional de Salud Junín', 'DIRESA Junín', 'regional_government'), 'INFORME N° 018-2024-GRJ-DRSJ/DESP',
            ['Solicitud de acceso a la información N° 0142-2024'], '2024-03-11',
            'informe with PARA/DE/ASUNTO head, breadcrumb letterhead; health networks as rows, three year columns under a merged header, total row; sign-off grid (prepared, reviewed, approved)',
            notes='The request is about 2023; the report gives the victims of trafficking attended in the health networks in 2021, '
                  '2022 and 2023. A reply that mixes the requested year with earlier ones is answered. Each figure has the year of '
                  'its column.',
            font='Arial', size=10)
    path_header(R, ['GOBIERNO REGIONAL JUNÍN', 'DIRECCIÓN REGIONAL DE SALUD JUNÍN', 'Dirección Ejecutiva de Salud de las Personas'])
    R.p('INFORME N° 018-2024-GRJ-DRSJ/DESP', bold=True, align='c', size=12, after=8)
    kv(R, [('A', ':  M.C. Óscar Raúl Campos Inga – Director Regional de Salud Junín'),
           ('DE', ':  Lic. Enf. Yolanda Marisol Rojas Baquerizo – Directora Ejecutiva de Salud de las Personas'),
           ('ASUNTO', ':  Atenciones a víctimas de trata de personas – solicitud de acceso a la información'),
           ('REF.', ':  Solicitud de acceso a la información N° 0142-2024'),
           ('FECHA', ':  ' + date21('Huancayo', '2024-03-11', 'abbr'))], tab=2.2, w2=14.0)
    R.p('_' * 86, size=7, after=6)
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, en la que se pide el número de víctimas de trata de '
             'personas atendidas en los establecimientos de salud de la región durante el año 2023. A fin de contextualizar la '
             'información, se presentan también los datos de los dos años anteriores:'])
    redes = [('Red de Salud Huancayo', 14, 19, 23), ('Red de Salud Jauja', 3, 4, 6), ('Red de Salud Tarma', 5, 3, 7),
             ('Red de Salud Chanchamayo', 11, 16, 18), ('Red de Salud Satipo', 9, 13, 17), ('Red de Salud Pichanaki', 6, 8, 11),
             ('Red de Salud Junín', 2, 1, 3), ('Red de Salud Chupaca', 1, 3, 2)]
    rows = [[n, Cn(a, 'víctima', y=2021), Cn(b, 'víctima', y=2022), Cn(c, 'víctima', y=2023)] for n, a, b, c in redes]
    rows.append(['Total regional'] + [Cn(sum(r[k] for r in redes), 'víctima', y=yy) for k, yy in ((1, 2021), (2, 2022), (3, 2023))])
    head = [['Red de salud', 'Víctimas atendidas', '', ''], ['', '2021', '2022', '2023']]
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 3)), widths=(6.0, 2.6, 2.6, 2.6), size=9, bold_rows=(len(rows) - 1,),
           head_shade='E2EFDA', note='Fuente: HIS-MINSA, códigos de diagnóstico de maltrato y explotación. Elaboración: DESP.')
    body(R, ['Las víctimas recibieron atención médica y psicológica y fueron referidas a los servicios de salud mental comunitaria.'])
    signtable(R, [('Elaborado por', 'Lic. Psic. Jhon Paucar Meza', 'Coordinador de Salud Mental'),
                  ('Revisado por', 'Lic. Enf. Yolanda M. Rojas Baquerizo', 'Directora Ejecutiva DESP'),
                  ('Aprobado por', 'M.C. Óscar R. Campos Inga', 'Director Regional de Salud')])
    R.save()


def w023():
    """No reply: the national transparency authority tells the requester that a district municipality has not answered."""
    R = new('w023', 'missing', 'no_reply', ['prevention', 'protection'], Y23,
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'), 'OFICIO N° 0233-2024-JUS/ANTAIP-DFS',
            ['Oficio N° 0145-2024-JUS/ANTAIP-DFS', 'Expediente N° 00198-2024-ANTAIP'], '2024-04-09',
            'oficio in a double-framed letterhead, sumilla at the top right, number and date inline, hash signature',
            notes='The national transparency authority (of the justice ministry, recorded as MINJUSDH) reports that the district '
                  'municipality of Ventanilla has not answered the request about its 2023 prevention and assistance actions, '
                  'nor the authority\'s own cited oficio. A body reporting that another never answered: no_reply.',
            font='Liberation Serif', size=11.5)
    frame_header(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Autoridad Nacional de Transparencia y Acceso a la Información Pública',
                     'Dirección de Fiscalización y Supervisión'])
    open23(R, 2024, date23('Miraflores', '2024-04-09', 'nodot'), 'OFICIO N° 0233-2024-JUS/ANTAIP-DFS',
           ['Señor', 'JOSÉ LUIS ESPINOZA MALLMA', 'Presente.-'],
           [('Asunto:', 'Estado de su solicitud de información presentada a la Municipalidad Distrital de Ventanilla'),
            ('Referencia:', 'Expediente N° 00198-2024-ANTAIP')], order='sumilla',
           sumilla_text='Comunica falta de respuesta de entidad supervisada.')
    body(R, ['Me dirijo a usted en relación con la comunicación de la referencia, por la cual informa que la Municipalidad Distrital '
             'de Ventanilla no ha atendido su solicitud de acceso a la información pública sobre las acciones de prevención de la '
             'trata de personas y de atención a víctimas ejecutadas en el año 2023.',
             'Al respecto, esta Dirección requirió a dicha entidad, mediante el Oficio N° 0145-2024-JUS/ANTAIP-DFS, que informe sobre '
             'la atención de su pedido. A la fecha, la Municipalidad Distrital de Ventanilla no ha remitido respuesta a este '
             'requerimiento ni ha acreditado haber atendido su solicitud.',
             'En tal sentido, se le recuerda que, ante la falta de respuesta en el plazo legal, puede considerar denegado su pedido e '
             'interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la Información Pública. Esta Dirección '
             'continuará con las acciones de supervisión que correspondan.', 'Atentamente,'])
    hash_sign(R, 'Abog. Patricia Elena Ramos Cuba', 'Directora de Fiscalización y Supervisión', 'ANTAIP – MINJUSDH',
              '0D 5E 73 A1 00 00 00 00 42 F8', '5d2e8c1f0a9b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c21', '09/04/2024 17:15:52')
    R.save()


def w024():
    """Labour ministry: 2023 actions against forced labour in running text, with new money and count notations."""
    R = new('w024', 'answered', None, ['governance', 'prevention'], Y23,
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'), 'OFICIO N° 0611-2024-MTPE/2/15',
            ['Hoja de Trámite N° E-0098812-2024'], '2024-03-27',
            'oficio with QR letterhead, centred number and date; bullet points with money and counts in running text; p.o. signature',
            notes='The labour ministry reports its 2023 work against forced labour: the national commission\'s sessions (capital '
                  'words alone, governance), the budget of the national plan written "S/ 1.3M" (allocated, governance), the '
                  'executed spending on campaigns written "S/ 86 mil 450" (prevention), people trained and the share of women. '
                  'Training of officials to prevent is prevention.',
            font='DejaVu Sans', size=9.5)
    qr_header(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Viceministerio de Promoción del Empleo y Capacitación Laboral',
                  'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], 'Clave: Q4ZD-81NE', 2404)
    open23(R, 2024, date23('Jesús María', '2024-03-27', 'dots2'), 'OFICIO N° 0611-2024-MTPE/2/15',
           ['Señorita', 'ALEJANDRA CRISTINA FLORES TICLLA', 'Presente.-'],
           [('Asunto', ':  Acciones contra el trabajo forzoso y la trata con fines de explotación laboral – 2023'),
            ('Referencia', ':  Hoja de Trámite N° E-0098812-2024')], order='center')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para informarle las principales acciones '
             'desarrolladas por esta Dirección General durante el año 2023:'])
    bl(R, ['La Comisión Nacional para la Lucha contra el Trabajo Forzoso (CNLCTF), cuya secretaría técnica ejerce este sector, '
           'sesionó ' + Ccap(4, 'sesión', y=2023) + ' veces y aprobó su informe anual de seguimiento del III Plan Nacional.',
           'El presupuesto asignado a las actividades del plan nacional en el año 2023 fue de ' + Mbig(1.3, y=2023, r='a')
           + ', a cargo de la Dirección de Promoción y Protección de los Derechos Fundamentales Laborales.',
           'Se ejecutaron campañas de información sobre ofertas de empleo engañosas en Lima, Cusco y Madre de Dios, con un gasto de '
           + Mmid(86450, y=2023, r='e') + '.',
           'Se capacitó a ' + Cpw(1240, 'persona', y=2023) + ' personas, entre servidores de gobiernos regionales, docentes y '
           'representantes de empleadores y trabajadores; el ' + Pdw(72, y=2023) + ' de los participantes fueron mujeres.'])
    body(R, ['Sin otro particular, quedo de usted.'])
    po_sign(R, 'Abog. Rosa María Llanos Cuadros', 'Directora de Promoción y Protección de los Derechos Fundamentales Laborales',
            'DEL DIRECTOR GENERAL DE DERECHOS FUNDAMENTALES Y SEGURIDAD Y SALUD EN EL TRABAJO')
    R.save()


def w025():
    """Not competent: the civil service authority states its functions, no referral."""
    R = new('w025', 'missing', 'not_competent', ['governance', 'prevention'], Y23,
            S('Autoridad Nacional del Servicio Civil', 'SERVIR', 'other'), 'OFICIO N° 000154-2024-SERVIR-GG-OAIP',
            ['Solicitud N° 2024-0000871'], '2024-03-05',
            'oficio, letterhead in spaced capitals, number and date inline; functions listed with lower-case roman numerals',
            notes='The civil service authority says that it does not produce, hold or control information on trafficking actions '
                  'or budgets, and lists its functions; it does not forward the request. Not competent, no referral.',
            font='Arial', size=11)
    spaced_header(R, 'SERVIR', ['Autoridad Nacional del Servicio Civil – Oficina de Acceso a la Información Pública'], spacing=120,
                  color=(150, 0, 30))
    open23(R, 2024, date21('Lima', '2024-03-05', 'del'), 'OFICIO N° 000154-2024-SERVIR-GG-OAIP',
           ['Señor', 'WALTER DANIEL CUEVA RAMOS', 'Presente.-'],
           [('Asunto:', 'Respuesta a solicitud de acceso a la información pública'), ('Referencia:', 'Solicitud N° 2024-0000871')],
           order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información sobre el presupuesto y '
             'las acciones de prevención de la trata de personas ejecutadas en el año 2023.',
             'Al respecto, le informamos que SERVIR es el organismo rector del Sistema Administrativo de Gestión de Recursos Humanos, '
             'cuyas funciones, según su Reglamento de Organización y Funciones, son, entre otras:'])
    for k, t in zip(('i.', 'ii.', 'iii.'), ['Planificar y formular las políticas nacionales del sistema en materia de recursos humanos;',
                                           'Supervisar la correcta aplicación de las normas del servicio civil;',
                                           'Resolver en última instancia administrativa las controversias del servicio civil.']):
        R.p('%s\t%s' % (k, t), align='j', indent=1.6, first=-0.8, after=3)
    body(R, ['En consecuencia, SERVIR no produce, posee ni tiene bajo su control la información solicitada, por no encontrarse '
             'dentro del ámbito de sus competencias, conforme al artículo 13 del Texto Único Ordenado de la Ley N° 27806.',
             'Atentamente,'])
    dsig(R, 'Abog. Franco Emilio Sotelo Vargas', 'Responsable de Acceso a la Información Pública', 'Autoridad Nacional del Servicio Civil',
         when='05.03.2024 08:59:41 -05:00', fau='20477906461', align='l')
    R.save()


def w026():
    """Education ministry: regions as rows, zebra-shaded rows with hairlines, no vertical rules."""
    R = new('w026', 'answered', None, ['prevention'], Y23,
            S('Ministerio de Educación', 'MINEDU', 'ministry'), 'OFICIO N° 00319-2024-MINEDU/VMGP-DIGEBR',
            ['Expediente N° MPT2024-EXT-0041187'], '2024-03-13',
            'oficio with breadcrumb letterhead; a table with zebra-shaded rows, hairlines under each row and no vertical lines; date at the end; hash signature',
            notes='The education ministry sends the 2023 results of the school prevention strategy by regional education office: '
                  'tutors trained, schools and students reached, and a national total. Prevention. Year 2023 from the text '
                  'over the table.',
            font='Arial', size=10)
    path_header(R, ['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'],
                logo=(logo_png('minedu23', 'MINEDU', 'square', (180, 0, 30)), 1.6))
    open23(R, 2024, None, 'OFICIO N° 00319-2024-MINEDU/VMGP-DIGEBR', ['Señora', 'FIORELLA ANTONIETA CAMPOS LEÓN', 'Presente.-'],
           [('Asunto', ':  Remite información sobre prevención de la trata de personas en el ámbito escolar'),
            ('Referencia', ':  Expediente N° MPT2024-EXT-0041187')], order='date_end')
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia. Al respecto, se remiten los resultados '
             'de la estrategia de prevención de la trata de personas y la violencia sexual en instituciones educativas de nivel '
             'secundario, ejecutada durante el año 2023 en coordinación con las Direcciones y Gerencias Regionales de Educación:'])
    data = [('DRE Amazonas', 118, 64, 7420), ('GRE Arequipa', 205, 97, 12860), ('DRE Ayacucho', 132, 71, 8015),
            ('GRE Cusco', 241, 118, 15330), ('DRE Huánuco', 97, 55, 6210), ('GRE Junín', 176, 84, 10955),
            ('GRE La Libertad', 188, 90, 11740), ('GRE Lambayeque', 143, 66, 9082), ('DRE Lima Metropolitana', 412, 203, 27640),
            ('GRE Loreto', 164, 88, 9870), ('DRE Madre de Dios', 86, 41, 4905), ('GRE Piura', 199, 95, 12408),
            ('DRE Puno', 227, 121, 13996), ('DRE San Martín', 121, 63, 7544), ('DRE Tumbes', 74, 38, 4120)]
    rows = [[lab, Cn(a, 'tutor', y=2023), Cn(b, 'institución educativa', y=2023), Cn(c, 'estudiante', y=2023)] for lab, a, b, c in data]
    rows.append(['Total'] + [Cn(sum(d[k] for d in data), w, y=2023) for k, w in ((1, 'tutor'), (2, 'institución educativa'), (3, 'estudiante'))])
    t = R.table([['DRE / GRE', 'Docentes tutores capacitados', 'Instituciones educativas', 'Estudiantes alcanzados']], rows,
                widths=(5.4, 3.4, 3.2, 3.4), ruled='none', size=9, bold_rows=(len(rows) - 1,), head_shade=None,
                shade_rows=tuple(range(1, len(rows), 2)), shade_fill='E7EEF7')
    hrules(t, sz=3)
    body(R, ['La estrategia incluyó sesiones de tutoría, materiales para docentes y la difusión de la Línea 100 y de la plataforma '
             'SíseVe.', 'Atentamente,'])
    date_end(R, date23('San Borja', '2024-03-13', 'ydots'))
    hash_sign(R, 'Mg. Ernesto Julián Paredes Vidal', 'Director General de Educación Básica Regular', 'Ministerio de Educación',
              '3C 8A 05 D2 00 00 00 00 19 6B', '8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a', '13/03/2024 19:02:27',
              before=8)
    R.save()


def w027():
    """Out of period: a police region gives 2021 and 2022 complaint figures from its registry books for a 2023 request."""
    R = new('w027', 'out_of_period', None, ['prosecution'], Y23,
            S('Región Policial Puno', 'REGPOL Puno', 'police'), 'OFICIO N° 211-2024-XII MACREPOL-PUNO/REGPOL-PUNO-SEC',
            ['Expediente N° 0398-2024'], '2024-03-08',
            'police oficio with breadcrumb letterhead, number and date inline; police stations as rows with two year columns and a total row; form-like signature lines',
            notes='The police region says the 2023 complaints are registered only in the national electronic system, which '
                  'its offices cannot export, and sends the 2021 and 2022 complaints and arrests for trafficking from the paper '
                  'registry books of its police stations. Only earlier years: out_of_period.',
            font='Arial', size=10)
    path_header(R, ['POLICÍA NACIONAL DEL PERÚ', 'XII MACRO REGIÓN POLICIAL PUNO', 'REGIÓN POLICIAL PUNO – SECRETARÍA'])
    open23(R, 2024, date23('Puno', '2024-03-08', 'mil'), 'OFICIO N° 211-2024-XII MACREPOL-PUNO/REGPOL-PUNO-SEC',
           ['Señor', 'ELVIS RONALD COAQUIRA HUANCA', 'Presente.-'],
           [('ASUNTO', ':  Remite información sobre denuncias por trata de personas'), ('REF.', ':  Expediente N° 0398-2024')],
           order='inline')
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita el número de '
             'denuncias por el delito de trata de personas registradas en el año 2023 en la jurisdicción de esta Región Policial.',
             'Al respecto, se informa que las denuncias del año 2023 fueron registradas únicamente en el Sistema de Denuncias '
             'Policiales (SIDPOL), cuyos reportes estadísticos son generados por la Dirección de Tecnología de la Información y '
             'Comunicaciones de la PNP, sin que las comisarías puedan exportarlos. Sin perjuicio de ello, se remite la información '
             'consignada en los libros de registro de denuncias de las comisarías correspondiente a los años 2021 y 2022:'])
    data = [('Comisaría Juliaca', (11, 4), (14, 6)), ('Comisaría Puno', (7, 2), (9, 3)), ('Comisaría Ananea', (9, 5), (12, 7)),
            ('Comisaría Desaguadero', (5, 1), (6, 2)), ('Comisaría Putina', (3, 1), (4, 1)), ('Comisaría Ilave', (2, 0), (3, 1))]
    head = [['Comisaría', 'Año 2021', '', 'Año 2022', ''], ['', 'Denuncias', 'Detenidos', 'Denuncias', 'Detenidos']]
    rows = [[n, Cn(a[0], 'denuncia', y=2021), Cn(a[1], 'detenido', y=2021), Cn(b[0], 'denuncia', y=2022), Cn(b[1], 'detenido', y=2022)]
            for n, a, b in data]
    rows.append(['Total', Cn(sum(d[1][0] for d in data), 'denuncia', y=2021), Cn(sum(d[1][1] for d in data), 'detenido', y=2021),
                 Cn(sum(d[2][0] for d in data), 'denuncia', y=2022), Cn(sum(d[2][1] for d in data), 'detenido', y=2022)])
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(5.2, 2.4, 2.4, 2.4, 2.4), size=9,
           bold_rows=(len(rows) - 1,), head_shade='D0CECE')
    body(R, ['Para la información del año 2023, puede dirigirse a la DIRTIC PNP o a la Dirección contra la Trata de Personas y '
             'Tráfico Ilícito de Migrantes.', 'Dios guarde a usted.'])
    field_sign(R, 'Coronel PNP Américo Nina Larico', 'Jefe de la Región Policial Puno', 'Policía Nacional del Perú', before=14)
    R.save()


def w028():
    """Off topic: a hospital's budget execution report for medicines, unit in the corner cell."""
    R = new('w028', 'missing', 'off_topic', [], None,
            S('Hospital Regional Lambayeque', 'HRL', 'regional_government'), 'INFORME N° 000112-2024-GR.LAMB/GERESA/HRL-OPP',
            ['Memorando N° 000045-2024-GR.LAMB/GERESA/HRL-DE'], '2024-01-19',
            'internal report with PARA/DE/ASUNTO head, two logos; execution table with the unit in the corner cell and an execution percent column; sign-off grid',
            notes='A hospital\'s report on the execution of its 2023 budget for medicines and supplies: nothing about trafficking in '
                  'persons. Off topic, no axes, no period. The unit "En soles" is printed in the corner cell (column); PIM allocated, '
                  'certificación committed, devengado executed.',
            font='Calibri', size=10.5)
    two_logo_header(R, (logo_png('hrl23', 'HRL', 'circle', (0, 120, 60)), 1.5), (logo_png('hrl23b', 'LAMB', 'shield', (0, 120, 60)), 1.5),
                    ['HOSPITAL REGIONAL LAMBAYEQUE', 'Oficina de Planeamiento y Presupuesto'])
    R.p('INFORME N° 000112-2024-GR.LAMB/GERESA/HRL-OPP', bold=True, align='c', size=12, after=6)
    kv(R, [('PARA', ':  Dr. Manuel Antonio Chiroque Sosa – Director Ejecutivo'),
           ('DE', ':  Econ. Pamela Gisela Ugaz Lluén – Jefa de la Oficina de Planeamiento y Presupuesto'),
           ('ASUNTO', ':  Ejecución presupuestal de medicamentos e insumos – IV trimestre 2023'),
           ('REF.', ':  Memorando N° 000045-2024-GR.LAMB/GERESA/HRL-DE'),
           ('FECHA', ':  ' + date23('Chiclayo', '2024-01-19', 'dash_name'))], tab=2.2, w2=14.0)
    R.p('_' * 86, size=7, after=6)
    body(R, ['En atención al documento de la referencia, se informa la ejecución presupuestal al cierre del año fiscal 2023 de las '
             'específicas de gasto vinculadas a medicamentos e insumos, fuente de financiamiento Donaciones y Transferencias (SIS):'])
    data = [('Medicamentos', 3120450.0, 3098210.4, 3011875.62), ('Material médico', 1287600.0, 1260344.0, 1239120.5),
            ('Insumos de laboratorio', 845200.0, 839990.0, 801443.18), ('Material de limpieza y desinfección', 196300.0, 188450.0, 185932.0)]
    rows = [[lab, Mf(a, y=2023, r='a'), Mf(b, y=2023, r='c'), Mf(c, y=2023, r='e'), Pf(round(c / a * 100, 1), y=2023)] for lab, a, b, c in data]
    ta, tb, tc = (round(sum(d[k] for d in data), 2) for k in (1, 2, 3))
    rows.append(['Total', Mf(ta, y=2023, r='a'), Mf(tb, y=2023, r='c'), Mf(tc, y=2023, r='e'), Pf(round(tc / ta * 100, 1), y=2023)])
    R.table([['En soles', 'PIM', 'Certificación', 'Devengado', 'Avance %']], rows, widths=(5.6, 2.8, 2.8, 2.8, 1.8), size=9,
            bold_rows=(len(rows) - 1,), head_shade='C5E0B3')
    body(R, ['La ejecución alcanzada permitió cubrir el abastecimiento de los servicios de hospitalización y emergencia. Se '
             'recomienda prever un mayor marco presupuestal para el año 2024.'])
    signtable(R, [('Elaborado por', 'Econ. Diego Ruiz Capuñay', 'Especialista en Presupuesto'),
                  ('Aprobado por', 'Econ. Pamela G. Ugaz Lluén', 'Jefa de la OPP')], widths=(8.0, 8.0))
    R.save()


def w029():
    """Foreign ministry: two pages, an annex with a count table by consular office and an expense table with US$ in its own column."""
    R = new('w029', 'answered', None, ['protection'], Y23,
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'), 'OF. RE (DGC) N° 2-10-B/118',
            ['Solicitud de acceso a la información pública N° 2024-00216'], '2024-03-22',
            'oficio with the letterhead in spaced capitals and the own number in a shaded box; annex page with two tables: counts by consular office, and expenses by item with US$ in a column of its own',
            notes='The foreign ministry reports the Peruvian victims of trafficking abroad assisted by its consular offices in 2023 '
                  'and the spending of the humanitarian assistance. In the expense table the sign "US$" is printed in a narrow '
                  'column of its own beside each amount: recorded as unit_source cell, currency USD, executed. Year 2023.',
            font='Liberation Serif', size=11.5)
    spaced_header(R, 'Ministerio de Relaciones Exteriores', ['Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'],
                  spacing=40)
    open21(R, 2024, date23('Lima', '2024-03-22', 'dots2'), 'OF. RE (DGC) N° 2-10-B/118', ['Señora', 'PAOLA ANDREA MENDOZA RIVAS', 'Presente.-'],
           [('Asunto:', 'Connacionales víctimas de trata de personas asistidos en el exterior – 2023'),
            ('Referencia:', 'Solicitud de acceso a la información pública N° 2024-00216')], ref_style='box', order='ref')
    body(R, ['Tengo el agrado de dirigirme a usted con relación al documento de la referencia. Sobre el particular, la Dirección de '
             'Protección y Asistencia al Nacional informa que, durante el año 2023, las oficinas consulares del Perú asistieron a '
             + Cn(97, 'víctima', y=2023) + ' connacionales identificados como presuntas víctimas de trata de personas, de los cuales '
             + Cn(61, 'víctima', y=2023) + ' retornaron al país con apoyo del Ministerio.',
             'La asistencia comprendió orientación legal, coordinación con las autoridades locales, alojamiento temporal, '
             'alimentación y pasajes de retorno, y se coordinó con el Ministerio de la Mujer y Poblaciones Vulnerables la recepción '
             'de las víctimas en el país. El detalle se presenta en el anexo.', 'Hago propicia la oportunidad para reiterarle los '
             'sentimientos de mi consideración.'])
    hash_sign(R, 'Embajador Luis Fernando Valdez Olaechea', 'Director General de Comunidades Peruanas en el Exterior y Asuntos Consulares',
              None, '47 B2 6D 0E 00 00 00 00 5A 13', '2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b', '22/03/2024 13:48:30')
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', size=12, after=6)
    R.p('1. Connacionales presuntas víctimas de trata asistidos por oficina consular – 2023', bold=True, size=10, after=2)
    data = [('Consulado General en Buenos Aires', 14, 9), ('Consulado General en Santiago', 18, 12), ('Consulado General en La Paz', 11, 8),
            ('Consulado General en Guayaquil', 9, 6), ('Consulado General en Madrid', 12, 5), ('Consulado General en Milán', 7, 3),
            ('Consulado General en Tokio', 4, 2), ('Consulado General en Nueva York', 6, 2), ('Consulado General en São Paulo', 8, 7),
            ('Consulado General en México', 8, 7)]
    rows = [[n, Cn(a, 'víctima', y=2023), Cn(b, 'víctima', y=2023)] for n, a, b in data]
    rows.append(['Total', Cn(sum(d[1] for d in data), 'víctima', y=2023), Cn(sum(d[2] for d in data), 'víctima', y=2023)])
    R.table([['Oficina consular', 'Víctimas asistidas', 'Víctimas retornadas al Perú']], rows, widths=(8.2, 3.2, 3.6), size=9.5,
            bold_rows=(len(rows) - 1,), head_shade='D9D9D9')
    R.p('2. Gasto de la asistencia humanitaria por rubro – 2023', bold=True, size=10, after=2, before=6)
    items = [('Pasajes de retorno', 38420.0), ('Alojamiento temporal', 21765.5), ('Alimentación', 9840.0), ('Asesoría legal local', 12300.0),
             ('Documentación y trámites', 2615.75)]
    rows = [[lab, 'US$', Mf(v, y=2023, r='e', cur='USD', u='cell')] for lab, v in items]
    rows.append(['Total', 'US$', Mf(sum(v for _, v in items), y=2023, r='e', cur='USD', u='cell')])
    R.table([['Rubro', '', 'Monto']], rows, widths=(8.2, 1.2, 3.2), size=9.5, bold_rows=(len(rows) - 1,), head_shade='D9D9D9',
            merges=((0, 1, 0, 2),), note='Fuente: Dirección de Protección y Asistencia al Nacional – Fondo de Asistencia Humanitaria.')
    R.save()


def w030():
    """No information: the regional government of Callao found no records of its commission for 2023."""
    R = new('w030', 'missing', 'no_information', ['governance'], Y23,
            S('Gobierno Regional del Callao', 'GRC', 'regional_government'), 'OFICIO N° 000173-2024-GRC/GRDS',
            ['Memorando N° 000221-2024-GRC/GRDS', 'Solicitud de acceso a la información con registro N° 2024-004419'], '2024-02-27',
            'oficio with a corner letterhead, sumilla at the top right, number and date inline; form-like signature lines',
            notes='The regional government says that, after a search ordered by a cited memorandum, it found no minutes, plan or '
                  'budget of the regional commission against trafficking for 2023: it does not hold the information. '
                  'No_information; axes of what was asked (governance).',
            font='DejaVu Sans Light', size=10)
    corner_header(R, ['Gobierno Regional del Callao', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('grcal23', 'GRC', 'square', (200, 120, 0)), 1.3))
    open23(R, 2024, date23('Callao', '2024-02-27', 'dash_name'), 'OFICIO N° 000173-2024-GRC/GRDS',
           ['Señora', 'TERESA GRACIELA VILLAR OBANDO', 'Presente.-'],
           [('Referencia:', 'Solicitud de acceso a la información con registro N° 2024-004419')], order='sumilla',
           sumilla_text='Comunica que no se cuenta con la información solicitada.')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, mediante la cual requiere copia de '
             'las actas de sesión, el plan de trabajo y el presupuesto de la Comisión Regional contra la Trata de Personas del Callao '
             'correspondientes al año 2023.',
             'Al respecto, mediante el Memorando N° 000221-2024-GRC/GRDS se dispuso la búsqueda de la documentación en la Gerencia '
             'Regional de Desarrollo Social y en el Archivo Central. Como resultado, se ha verificado que no obran en el acervo '
             'documentario de la entidad actas, plan de trabajo ni información presupuestal de la citada comisión respecto del '
             'año 2023, por lo que no es posible atender su pedido, al no contar con la información solicitada.',
             'Atentamente,'])
    field_sign(R, 'Lic. Hernán Augusto Saldaña Ruiz', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional del Callao')
    R.save()
