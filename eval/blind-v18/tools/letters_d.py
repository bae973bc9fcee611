"""blind-v18 letters u046-u060 (written from scratch for this set)."""
from lib import M, C, P, logo_png, para_border
from common import *


def u046():
    R = new('u046', 'missing', 'clarification', ['prosecution'], None,
            S('Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Lima Sur', None, 'autonomous'),
            'CARTA N° 000318-2023-MP-FN-PJFSLIMASUR', ['Solicitud de Acceso a la Información N° 2023-0001987'], '2023-05-17',
            'carta of a prosecutors\' district presidency asking the requester to state the period and the offices; no period anywhere',
            notes='A request to clarify: the requester must state the period and the prosecutor\'s offices within two working days. The request as restated has no period, so the period is null. Axes of what was asked: prosecutors\' case files (prosecution).')
    R.header(['MINISTERIO PÚBLICO', 'Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Lima Sur'], align='c', size=9.5,
             logo=(logo_png('mpfn3', 'MP', 'circle', (30, 60, 110)), 1.2))
    lema(R, 2023)
    R.p('Villa María del Triunfo, 17 de mayo de 2023', align='r', after=6)
    R.p('CARTA N° 000318-2023-MP-FN-PJFSLIMASUR', bold=True, after=6)
    to(R, ['Señor', 'BRUNO ALEJANDRO VIDAL CANO', 'Presente.-'])
    kv(R, [('Asunto', ': Requerimiento de precisión de solicitud'), ('Referencia', ': Solicitud de Acceso a la Información N° 2023-0001987')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere "el número de carpetas fiscales por el delito '
             'de trata de personas ingresadas en las fiscalías del distrito fiscal y su estado actual".',
             'Al respecto, a fin de atender su pedido, se le solicita precisar lo siguiente:'])
    for t in ['a)  El periodo respecto del cual requiere la información (año o rango de fechas).',
              'b)  Las fiscalías provinciales comprendidas (penales, mixtas o especializadas), o si requiere la información de todas ellas.',
              'c)  Si el "estado actual" se refiere a la etapa procesal o a la situación de archivo o formalización.']:
        R.p(t, indent=0.8, after=2)
    body(R, ['La precisión deberá ser presentada en el plazo de dos días hábiles contados desde el día siguiente de la notificación de la presente; '
             'de no hacerlo, se dará por concluido el trámite. El plazo para la atención de su solicitud se computará a partir de la subsanación.',
             'Atentamente,'])
    dsig(R, 'Elena Patricia Cornejo Salas', 'Presidenta de la Junta de Fiscales Superiores', 'Distrito Fiscal de Lima Sur', when='17/05/2023 15:10:02', fau='20131370301')


def u047():
    R = new('u047', 'missing', 'no_reply', ['prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Tribunal de Transparencia y Acceso a la Información Pública', 'TTAIP', 'ministry'),
            'RESOLUCIÓN N° 001845-2020-JUS/TTAIP-PRIMERA SALA', ['Expediente N° 01532-2020-JUS/TTAIP', 'solicitud de fecha 12 de agosto de 2020'], '2020-10-09',
            'resolution of the transparency appeals tribunal (Expediente / Recurrente / Entidad / Sumilla, VISTO, CONSIDERANDO, SE RESUELVE): the municipality never answered',
            notes='The appeals tribunal records that the provincial municipality of Abancay did not answer the request within the legal term (deemed denial) and orders it to deliver the information: no reply on file from the entity asked, missing/no_reply. The sender is the tribunal (an organ of the justice ministry). Axes of what was asked: prevention and assistance to victims in 2019.')
    R.header(['Ministerio de Justicia y Derechos Humanos', 'Tribunal de Transparencia y Acceso a la Información Pública'], align='c', size=9)
    R.p('RESOLUCIÓN N° 001845-2020-JUS/TTAIP-PRIMERA SALA', bold=True, align='c', size=12, after=8)
    refline(R, [('Expediente', ': 01532-2020-JUS/TTAIP'), ('Recurrente', ': TERESA QUISPE HUAMANÍ'),
                ('Entidad', ': MUNICIPALIDAD PROVINCIAL DE ABANCAY'), ('Sumilla', ': Declara fundado recurso de apelación')], tab=2.6, w2=13.4)
    R.p('Miraflores, 9 de octubre de 2020', after=8)
    R.p('VISTO el Expediente N° 01532-2020-JUS/TTAIP de fecha 14 de setiembre de 2020, interpuesto por TERESA QUISPE HUAMANÍ contra la denegatoria '
        'por silencio administrativo negativo de su solicitud de acceso a la información pública presentada ante la MUNICIPALIDAD PROVINCIAL DE ABANCAY.', align='j', after=8)
    R.p('CONSIDERANDO:', bold=True, after=4)
    body(R, ['Que, con la solicitud de fecha 12 de agosto de 2020, la recurrente requirió a la entidad información sobre "las acciones de prevención '
             'de la trata de personas y de atención a sus víctimas realizadas por la Municipalidad durante el año 2019, y el presupuesto ejecutado".',
             'Que, de la revisión del expediente, se advierte que la entidad no brindó respuesta a la solicitud dentro del plazo legal, por lo que la '
             'recurrente consideró denegado su pedido e interpuso el recurso de apelación materia de análisis;',
             'Que, requerida por este Tribunal para que remita sus descargos y el expediente administrativo, la entidad tampoco se pronunció, no '
             'obrando en autos documento alguno que acredite la entrega de la información o la existencia de una excepción;',
             'Que, en consecuencia, corresponde estimar el recurso de apelación y ordenar la entrega de la información solicitada;'])
    R.p('SE RESUELVE:', bold=True, after=4)
    body(R, ['Artículo 1.- Declarar FUNDADO el recurso de apelación interpuesto por TERESA QUISPE HUAMANÍ; en consecuencia, ORDENAR a la MUNICIPALIDAD '
             'PROVINCIAL DE ABANCAY que entregue la información solicitada, conforme a los considerandos de la presente resolución.',
             'Artículo 2.- SOLICITAR a la entidad que, en un plazo máximo de siete días hábiles, acredite ante este Tribunal la entrega de la información.',
             'Artículo 3.- DECLARAR agotada la vía administrativa.'])
    R.p('Regístrese, comuníquese y publíquese.', italic=True, after=16)
    t = R.doc.add_table(rows=1, cols=3)
    for c, (n, p_) in zip(t.rows[0].cells, [('ULISES ZAMORA BARBOZA', 'Vocal Presidente'), ('MARÍA ROSA MENA MENA', 'Vocal'), ('PEDRO CHILET PAZ', 'Vocal')]):
        pp = c.paragraphs[0]
        r = pp.add_run(n); r.bold = True
        pp.add_run().add_break(); pp.add_run(p_)


def u048():
    R = new('u048', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'OFICIO N° 000214-2022-SUNAT/312000', ['Solicitud de Acceso a la Información Pública N° 3821-2022'], '2022-04-06',
            'oficio of the customs administration: smuggling ("contrabando", "tráfico ilícito de mercancías") by customs office, values in millions in a column header, a USD amount in millions in the text',
            notes='About smuggling of goods ("tráfico ilícito de mercancías"), not trafficking in persons: off_topic, no axes. Values in the table are in millions of soles, as the column header says.')
    R.header(['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Intendencia Nacional de Control Aduanero'], align='l', size=9,
             logo=(logo_png('sunat', 'SNT', 'square', (10, 40, 110)), 1.6))
    lema(R, 2022)
    R.p('Callao, 06 de abril de 2022', align='r', after=6)
    R.p('OFICIO N° 000214-2022-SUNAT/312000', bold=True, after=6)
    to(R, ['Señor', 'MIGUEL ÁNGEL PORTOCARRERO DÍAZ', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones de control del contrabando – 2021'), ('Referencia', ': Solicitud de Acceso a la Información Pública N° 3821-2022')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las acciones de control del '
             'tráfico ilícito de mercancías ejecutadas en el año 2021 en las zonas de frontera. Al respecto, se remite el resumen siguiente:'])
    ad = [('Intendencia de Aduana de Tacna', 412, 38.6, 21), ('Intendencia de Aduana de Puno', 587, 52.9, 34),
          ('Intendencia de Aduana de Tumbes', 236, 17.4, 12), ('Intendencia de Aduana de Iquitos', 98, 6.3, 5)]
    rows = [[n, Cn(a, 'intervención', y=2021), Mf(b, 'eu', 1, scale=1e6, y=2021), Cn(c, 'detenido', y=2021)] for n, a, b, c in ad]
    R.table([['Intendencia', 'Intervenciones', 'Valor de la mercancía incautada (millones de S/)', 'Detenidos']], rows,
            widths=(5.8, 3.0, 4.6, 2.2), size=9.5)
    body(R, ['Entre las mercancías incautadas destacan los cigarrillos, con un valor FOB de %s, y los combustibles.' % M('US$ 3,2 millones', 3200000.0, y=2021, cur='USD'),
             'Atentamente,'])
    dsig(R, 'Jorge Luis Alvarado Lozada', 'Intendente Nacional de Control Aduanero', when='06/04/2022 12:14:50', fau='20131312955')


def u049():
    R = new('u049', 'missing', 'acknowledgment', ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Áncash', None, 'regional_government'),
            'CARTA N° 0097-2022-GRA/SG-FRAI', ['Registro N° 00874512', 'Memorando Múltiple N° 0041-2022-GRA/SG'], '2022-06-21',
            'carta of the officer responsible for access to information: the request was passed to two internal offices and will be answered when they reply',
            notes='Acknowledgment: the regional government says it passed the request to two of its own offices (an internal routing, not a referral to another entity) and will answer once they reply. Axes of what was asked: the regional network and its prevention budget.')
    R.header(['GOBIERNO REGIONAL DE ÁNCASH', 'Secretaría General – Funcionario Responsable de Acceso a la Información'], size=9)
    lema(R, 2022)
    R.p('Huaraz, 21 de junio de 2022', align='r', after=6)
    R.p('CARTA N° 0097-2022-GRA/SG-FRAI', bold=True, after=6)
    to(R, ['Señorita', 'DIANA MEJÍA ROSALES', 'Presente.-'])
    kv(R, [('ASUNTO', ': Estado de su solicitud de acceso a la información'), ('REF.', ': Registro N° 00874512')])
    body(R, ['Me dirijo a usted para comunicarle que su solicitud registrada con el número de la referencia, mediante la cual requiere información sobre '
             'las acciones de la Red Regional contra la Trata de Personas y el presupuesto destinado a la prevención en el año 2021, ha sido admitida.',
             'Mediante Memorando Múltiple N° 0041-2022-GRA/SG se ha requerido la información a la Gerencia Regional de Desarrollo Social y a la '
             'Sub Gerencia de Presupuesto, unidades orgánicas que la poseen. Una vez recibida, le será remitida a la dirección electrónica consignada '
             'en su solicitud.',
             'Atentamente,'])
    R.sign('Abog. HÉCTOR SALAZAR MINAYA', 'Funcionario Responsable de Acceso a la Información Pública', align='l', before=16)


def u050():
    R = new('u050', 'out_of_period', None, ['prevention', 'protection'], ('2024-01-01', '2024-12-31'),
            S('Municipalidad Provincial de Sullana', 'MPS', 'provincial_municipality'),
            'OFICIO N° 0041-2025-MPS/GDS-SGDH', ['Expediente N° 2025-001264'], '2025-03-06',
            'oficio: a table with an executed 2022 column and a programmed 2025 column; the 2022 spending written in capital words alone',
            notes='The request asks for 2024. The 2024 records are paper field forms still being typed into the municipal register (to finish in June); the letter gives 2022 results and the 2025 plan: out_of_period (results plus plans). The amount in words alone is a figure.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE SULLANA', 'Gerencia de Desarrollo Social – Sub Gerencia de Desarrollo Humano'], size=9,
             logo=(logo_png('mps', 'MPS', 'shield', (0, 90, 150)), 1.3))
    lema(R, 2025)
    R.p('Sullana, 06 de marzo de 2025', align='r', after=6)
    R.p('OFICIO N° 0041-2025-MPS/GDS-SGDH', bold=True, after=6)
    to(R, ['Señora', 'LOURDES ESTELA CHIROQUE ALVARADO', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones frente a la trata de personas'), ('Referencia', ': Expediente N° 2025-001264')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información sobre las acciones de prevención de la '
             'trata de personas y de atención a sus víctimas realizadas por esta Municipalidad en el año 2024.',
             'Al respecto, las actividades de 2024 fueron registradas en fichas de campo en papel por los promotores de la Sub Gerencia, las cuales '
             'vienen siendo digitadas en el registro municipal; dicha labor concluirá en el mes de junio, fecha en que podrá consolidarse la '
             'información. Mientras tanto, se alcanzan los resultados del año 2022 y las metas del plan de trabajo 2025:'])
    R.table([['Indicador', 'Ejecutado 2022', 'Programado 2025']],
            [['Charlas en instituciones educativas', Cn(21, 'charla', y=2022), Cn(30, 'charla', y=2025)],
             ['Ferias de prevención en mercados', Cn(4, 'feria', y=2022), Cn(6, 'feria', y=2025)],
             ['Personas orientadas', Cn(1870, 'persona', 'sp', y=2022), Cn(2500, 'persona', 'sp', y=2025)],
             ['Casos de riesgo derivados a la UPE Piura', Cn(9, 'caso', y=2022), '–']],
            widths=(8.6, 3.2, 3.2), size=9.5)
    body(R, ['En el año 2022 se ejecutó para estas acciones la suma de %s.' % Mwo(38500, upper=True, y=2022, r='e'), 'Atentamente,'])
    R.sign('Lic. MARLENY ZAPATA CÓRDOVA', 'Sub Gerente de Desarrollo Humano', align='c', before=16)


def u051():
    R = new('u051', 'missing', 'denied_exception', ['prosecution'], ('2020-01-01', '2022-12-31'),
            S('Comando Conjunto de las Fuerzas Armadas', 'CCFFAA', 'other'),
            'OFICIO N° 0311-2023-CCFFAA/SG', ['Solicitud N° 0027-2023-CCFFAA-TAIP', 'Informe Legal N° 018-2023-CCFFAA/OAJ'], '2023-01-19',
            'oficio of the armed forces joint command: operations are classified as secret (national security exception)',
            notes='Denied: the joint operations with the police against criminal networks (including trafficking) in the VRAEM in 2020-2022 are classified as secret under the national-security exception, after a cited legal report. No figure. Axes of what was asked: operations (prosecution).')
    R.header(['COMANDO CONJUNTO DE LAS FUERZAS ARMADAS', 'Secretaría General'], logo=(logo_png('ccffaa', 'CCFA', 'shield', (40, 60, 30)), 1.3))
    lema(R, 2023)
    R.p('Lima, 19 de enero de 2023', align='r', after=6)
    R.p('OFICIO N° 0311-2023-CCFFAA/SG', bold=True, after=6)
    to(R, ['Señor', 'ALONSO RIVADENEYRA PUERTAS', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a solicitud de acceso a la información pública'), ('Referencia', ': Solicitud N° 0027-2023-CCFFAA-TAIP')])
    body(R, ['Tengo el honor de dirigirme a usted, en relación con la solicitud de la referencia, mediante la cual requiere el número de operaciones '
             'conjuntas con la Policía Nacional contra redes criminales dedicadas a la trata de personas en el Valle de los ríos Apurímac, Ene y '
             'Mantaro (VRAEM) durante los años 2020, 2021 y 2022, así como los recursos empleados.',
             'Al respecto, de acuerdo con el Informe Legal N° 018-2023-CCFFAA/OAJ, la información sobre la planificación, ejecución y resultados de '
             'las operaciones militares y de apoyo a la Policía Nacional en el VRAEM se encuentra clasificada como secreta, por referirse a '
             'operaciones en el ámbito de la seguridad nacional, conforme a la excepción prevista en el artículo 15 del Texto Único Ordenado de la '
             'Ley N° 27806. En consecuencia, no es posible acceder a su pedido.',
             'Atentamente,'])
    R.sign('GRAL. BRIG. EP ÓSCAR MANUEL TORRES VALDIVIA', 'Secretario General del Comando Conjunto de las Fuerzas Armadas', align='c', before=18)


def u052():
    R = new('u052', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Transportes y Comunicaciones de Junín', 'DRTC Junín', 'regional_government'),
            'OFICIO N° 0512-2024-GRJ/DRTC/DCTT', ['Carta S/N de fecha 25 de enero de 2024'], '2024-02-14',
            'oficio of a regional transport directorate: road-safety operations, traffic tickets, accidents and their "víctimas" by province; fines collected and a budget line',
            notes='About road safety ("víctimas de accidentes de tránsito", "operativos de control"), not trafficking in persons: off_topic, no axes. Fines collected have no role.')
    R.header(['GOBIERNO REGIONAL JUNÍN', 'DIRECCIÓN REGIONAL DE TRANSPORTES Y COMUNICACIONES', 'Dirección de Circulación Terrestre y Seguridad Vial'],
             logo=(logo_png('drtcj', 'DRTC', 'circle', (0, 80, 40)), 1.4))
    lema(R, 2024)
    R.p('Huancayo, 14 de febrero de 2024', align='r', after=6)
    R.p('OFICIO N° 0512-2024-GRJ/DRTC/DCTT', bold=True, after=6)
    to(R, ['Señor', 'WILBER CANCHUMANYA HUAMÁN', 'Presente.-'])
    kv(R, [('ASUNTO', ': Operativos de control y víctimas de accidentes de tránsito – año 2023'), ('REF.', ': Carta S/N de fecha 25 de enero de 2024')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle la información de los operativos de '
             'control del transporte y de las víctimas de accidentes de tránsito registradas en la red vial regional durante el año 2023:'])
    prov = [('Huancayo', 146, 1320, 211, 268), ('Chupaca', 38, 304, 47, 55), ('Concepción', 41, 287, 39, 52), ('Jauja', 52, 410, 66, 81),
            ('Tarma', 47, 366, 58, 73), ('Chanchamayo', 63, 498, 92, 117), ('Satipo', 55, 372, 71, 94)]
    W_ = ['operativo', 'papeleta', 'accidente', 'víctima']
    rows, tot = [], [0, 0, 0, 0]
    for n, *v in prov:
        rows.append([n] + [Cn(x, W_[j], 'us', y=2023) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [Cn(x, W_[j], 'us', y=2023) for j, x in enumerate(tot)])
    R.table([['Provincia', 'Operativos de control', 'Papeletas impuestas', 'Accidentes', 'Víctimas (heridos y fallecidos)']], rows,
            widths=(3.6, 2.8, 2.8, 2.4, 3.6), size=9.5, bold_rows=(7,))
    body(R, ['Por las infracciones detectadas se recaudó por multas la suma de %s. La actividad de seguridad vial contó con un PIM de %s, '
             'con una ejecución del %s.' % (Mn(318450.00, 'sp', y=2023), Mn(1184000.00, 'sp', y=2023, r='a'), Psp(93.2, 1, 'eu', y=2023)),
             'Atentamente,'])
    R.sign('Ing. RUBÉN DARÍO ORIHUELA ROJAS', 'Director de Circulación Terrestre y Seguridad Vial', align='c', before=16)


def u053():
    R = new('u053', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Huancavelica', None, 'regional_government'),
            'OFICIO N° 0203-2024/GOB.REG.HVCA/GRDS', ['Solicitud S/N de fecha 27 de mayo de 2024', 'Ordenanza Regional N° 455-GOB.REG-HVCA/CR'],
            '2024-06-10',
            'oficio; years 2022 and 2023 as columns with one noun per row; amounts "S/ 45 mil" in the text',
            notes='The request asks for 2018. The regional body against trafficking was created by an ordinance in 2021; before that the actions were carried out by the provincial municipalities and were not recorded by the regional government. The letter gives 2022-2023: out_of_period (later years). It does not say that nothing was done in 2018.')
    R.header(['GOBIERNO REGIONAL DE HUANCAVELICA', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], size=10, logo=(logo_png('grh', 'GRH', 'shield', (120, 70, 20)), 1.3))
    lema(R, 2024)
    R.p('Huancavelica, 10 de junio de 2024', align='r', after=6)
    R.p('OFICIO N° 0203-2024/GOB.REG.HVCA/GRDS', bold=True, after=6)
    to(R, ['Señor', 'EDISON HUAMANÍ PAUCAR', 'Presente.-'])
    kv(R, [('ASUNTO', ': Atención de solicitud de información – año 2018'), ('REF.', ': Solicitud S/N de fecha 27 de mayo de 2024')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones del Gobierno '
             'Regional contra la trata de personas en el año 2018.',
             'Al respecto, la Instancia Regional de Concertación contra la Trata de Personas fue creada mediante la Ordenanza Regional N° '
             '455-GOB.REG-HVCA/CR en el año 2021. Hasta entonces, las acciones en la materia eran desarrolladas por las municipalidades provinciales '
             'y no eran reportadas ni registradas por el Gobierno Regional, por lo que esta Gerencia no cuenta con información del año 2018.',
             'Se remite la información de los años 2022 y 2023, registrada por la Instancia Regional:'])
    R.table([['Acción', '2022', '2023']],
            yrows([('Sesiones de la Instancia Regional', 'sesión', [4, 6]), ('Talleres con comunidades campesinas', 'taller', [10, 14]),
                   ('Personas capacitadas', 'persona', [620, 905]), ('Víctimas derivadas a servicios de atención', 'víctima', [7, 12])], [2022, 2023]),
            widths=(9.0, 2.6, 2.6), size=10)
    body(R, ['El presupuesto asignado a la Instancia Regional fue de %s en 2022 y de %s en 2023.' % (Mmil(45, y=2022, r='a'), Mmil(60, y=2023, r='a')),
             'Atentamente,'])
    R.sign('Lic. YOLANDA CCANTO LAPA', 'Gerente Regional de Desarrollo Social', align='c', before=16)


def u054():
    R = new('u054', 'missing', 'not_competent_referred', ['prosecution', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° 00873-2020-INPE/08', ['Solicitud de Acceso a la Información N° 0115-2020', 'Oficio N° 00874-2020-INPE/08'], '2020-02-27',
            'oficio of the prison service: the matter belongs to the public prosecutor; the request was forwarded to it by a cited oficio',
            notes='Not competent: the prison service holds only prison-population data, not complaints or rescued victims; it forwarded the request to the Public Ministry (Fiscalía de la Nación) by a cited oficio: not_competent_referred.')
    R.header(['INSTITUTO NACIONAL PENITENCIARIO', 'Secretaría General – Transparencia y Acceso a la Información'], logo=(logo_png('inpe', 'INPE', 'square', (60, 60, 60)), 1.4))
    lema(R, 2020)
    R.p('Lima, 27 de febrero de 2020', align='r', after=6)
    R.p('OFICIO N° 00873-2020-INPE/08', bold=True, after=6)
    to(R, ['Señora', 'ROCÍO ANDRADE ZÚÑIGA', 'Presente.-'])
    kv(R, [('Asunto', ': Encauzamiento de solicitud'), ('Referencia', ': Solicitud de Acceso a la Información N° 0115-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación a la solicitud de la referencia, por la cual requiere el número de denuncias por '
             'trata de personas y de víctimas rescatadas en el año 2019, por distrito fiscal.',
             'Al respecto, le informo que el Instituto Nacional Penitenciario administra el sistema penitenciario nacional y registra únicamente '
             'información sobre la población penal; no recibe denuncias ni interviene en el rescate de víctimas, por lo que no posee la información '
             'requerida.',
             'No obstante, en cumplimiento de la normativa de transparencia, su solicitud ha sido derivada al Ministerio Público – Fiscalía de la '
             'Nación, entidad que registra dicha información, mediante el Oficio N° 00874-2020-INPE/08, lo que se pone en su conocimiento.',
             'Atentamente,'])
    R.sign('Abog. LUZ MARINA CÁCERES ROMÁN', 'Responsable de Acceso a la Información Pública', align='l', before=16)


def u055():
    R = new('u055', 'missing', 'no_information', ['prevention', 'governance'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Huaraz', 'MPHZ', 'provincial_municipality'),
            'CARTA N° 0042-2024-MPHZ/SG-RAI', ['Expediente N° 2024-00388', 'Informe N° 011-2024-MPHZ/GDS', 'Informe N° 006-2024-MPHZ/GPP'], '2024-02-05',
            'carta quoting two internal reports: no office holds the information; not obliged to create it',
            notes='No information: the social development and budget offices say they hold no record of actions or budget against trafficking in 2023, and the municipality is not obliged to create information. It does not state that nothing was done (not a null answer). Axes of what was asked: prevention actions and budget, local plan.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUARAZ', 'Secretaría General'], size=10)
    R.p('Huaraz, 05 de febrero de 2024', align='r', after=6, before=4)
    R.p('CARTA N° 0042-2024-MPHZ/SG-RAI', bold=True, after=6)
    to(R, ['Señor', 'PERCY OSORIO MILLA', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a solicitud de acceso a la información'), ('Referencia', ': Expediente N° 2024-00388')])
    body(R, ['Me dirijo a usted en atención a su solicitud, por la cual requiere copia del plan local contra la trata de personas y la relación de '
             'acciones de prevención, con su presupuesto, ejecutadas por la Municipalidad en el año 2023.',
             'Sobre el particular, la Gerencia de Desarrollo Social, mediante el Informe N° 011-2024-MPHZ/GDS, y la Gerencia de Planeamiento y '
             'Presupuesto, mediante el Informe N° 006-2024-MPHZ/GPP, señalan que en sus archivos no obra documentación ni registro presupuestal '
             'relacionado con lo solicitado.',
             'En ese sentido, y conforme al artículo 13 del Texto Único Ordenado de la Ley N° 27806, que establece que la solicitud de información '
             'no implica la obligación de crear o producir información con la que no se cuente, se da por atendida su solicitud.',
             'Atentamente,'])
    R.sign('Abog. JANET VEGA OBREGÓN', 'Secretaria General', align='l', before=16)


def u056():
    R = new('u056', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Dirección Regional de Energía, Minas e Hidrocarburos de Madre de Dios', 'DREMEH', 'regional_government'),
            'OFICIO N° 0318-2023-GOREMAD/DREMEH', ['Solicitud N° 00214-2023'], '2023-04-12',
            'oficio of a regional mining directorate: interdiction of illegal mining ("explotación minera ilegal") by zone, equipment destroyed, value in soles, a budget',
            notes='About illegal gold mining ("explotación minera ilegal", "operativos de interdicción"), not trafficking in persons: off_topic, no axes.')
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Dirección Regional de Energía, Minas e Hidrocarburos'], logo=(logo_png('dremeh', 'DRE', 'circle', (150, 110, 0)), 1.3))
    lema(R, 2023)
    R.p('Puerto Maldonado, 12 de abril de 2023', align='r', after=6)
    R.p('OFICIO N° 0318-2023-GOREMAD/DREMEH', bold=True, after=6)
    to(R, ['Señora', 'TANIA CHÁVEZ ESCOBAR', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones contra la explotación minera ilegal – año 2022'), ('Referencia', ': Solicitud N° 00214-2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle sobre las acciones de interdicción contra la explotación '
             'minera ilegal en las que participó esta Dirección Regional durante el año 2022, junto con la Policía Nacional, la Marina de Guerra y '
             'la Fiscalía Especializada en Materia Ambiental:'])
    zonas = [('La Pampa (km 98 – km 115, Interoceánica)', 21, 64, 118), ('Río Malinowski', 9, 27, 41), ('Huepetuhe – Caychihue', 7, 15, 33),
             ('Río Madre de Dios (Laberinto)', 12, 38, 22)]
    W_ = ['operativo de interdicción', 'draga', 'motor']
    rows, tot = [], [0, 0, 0]
    for n, *v in zonas:
        rows.append([n] + [Cn(x, W_[j], y=2022) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [Cn(x, W_[j], y=2022) for j, x in enumerate(tot)])
    R.table([['Zona', 'Operativos de interdicción', 'Dragas y balsas destruidas', 'Motores y motobombas inutilizados']], rows,
            widths=(6.0, 3.0, 3.2, 3.6), size=9.5, bold_rows=(4,))
    body(R, ['El valor estimado de los bienes destruidos asciende a %s. Para la formalización minera y el control, esta Dirección contó con un PIM de '
             '%s, del cual se devengó el %s.' % (Mpmill(8.6, y=2022), Mn(1240000, 'sp', 0, y=2022, r='a'), Pf(89.5, 1, 'eu', y=2022)),
             'Atentamente,'])
    R.sign('Ing. FREDY AYMA QUISPE', 'Director Regional de Energía, Minas e Hidrocarburos', align='c', before=16)


def u057():
    R = new('u057', 'missing', 'off_topic', [], ('2018-01-01', '2019-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 0145-2020-JUS/CMAN-SE', ['Solicitud N° 00077-2020-JUS/TAIP'], '2020-03-05',
            'oficio of the reparations commission: beneficiaries ("víctimas") of economic reparations for the 1980-2000 political violence by region; two year groups over beneficiaries and amounts',
            notes='About reparations to victims of the 1980-2000 political violence, not trafficking in persons: off_topic, no axes. Issued by the executive secretariat of the high-level multisectoral commission of the justice ministry (recorded as the ministry). Amounts paid have no role.')
    R.header(['Ministerio de Justicia y Derechos Humanos', 'Comisión Multisectorial de Alto Nivel – Secretaría Ejecutiva'], align='l', size=9)
    lema(R, 2020)
    R.p('Lima, 05 de marzo de 2020', align='r', after=6)
    R.p('OFICIO N° 0145-2020-JUS/CMAN-SE', bold=True, after=6)
    to(R, ['Señor', 'NICOLÁS HUARCAYA PALOMINO', 'Presente.-'])
    kv(R, [('Asunto', ': Reparaciones económicas a víctimas, años 2018 y 2019'), ('Referencia', ': Solicitud N° 00077-2020-JUS/TAIP')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere el número de víctimas beneficiarias del Programa '
             'de Reparaciones Económicas y los montos pagados en los años 2018 y 2019. Cada beneficiario recibe un monto individual de %s.'
             % Mn(10000.00, 'sp'),
             'Al respecto, se remite la información por región:'])
    reg = [('Ayacucho', 612, 540), ('Huancavelica', 233, 198), ('Apurímac', 187, 171), ('Junín', 164, 152), ('Huánuco', 98, 87), ('Otras regiones', 141, 130)]
    rows = []
    for n, a, b in reg:
        rows.append([n, Cn(a, 'víctima beneficiaria', 'sp', y=2018), Mf(a * 10000.0, 'sp', 0, y=2018), Cn(b, 'víctima beneficiaria', 'sp', y=2019), Mf(b * 10000.0, 'sp', 0, y=2019)])
    ta, tb = sum(r[1] for r in reg), sum(r[2] for r in reg)
    rows.append(['Total', Cn(ta, 'víctima beneficiaria', 'sp', y=2018), Mf(ta * 10000.0, 'sp', 0, y=2018), Cn(tb, 'víctima beneficiaria', 'sp', y=2019), Mf(tb * 10000.0, 'sp', 0, y=2019)])
    mtable(R, [['Región', '2018', '', '2019', ''], ['', 'Víctimas beneficiarias', 'Monto pagado (S/)', 'Víctimas beneficiarias', 'Monto pagado (S/)']], rows,
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(3.6, 3.0, 3.2, 3.0, 3.2), size=9.5, bold_rows=(6,))
    body(R, ['Atentamente,'])
    R.sign('Abog. SILVIA ROMERO BORDA', 'Secretaria Ejecutiva de la CMAN', align='c', before=16)


def u058():
    R = new('u058', 'missing', 'not_competent', ['prevention'], ('2022-01-01', '2022-06-30'),
            S('Superintendencia Nacional de Servicios de Saneamiento', 'SUNASS', 'other'),
            'OFICIO N° 00112-2022-SUNASS-GG', ['Solicitud N° 0458-2022-SUNASS'], '2022-08-09',
            'short oficio of a utility regulator: the matter is outside its functions; no referral and no suggestion',
            notes='Not competent, with no referral: the water regulator says awareness campaigns against trafficking are outside its functions and it holds no such information.')
    R.header(['SUPERINTENDENCIA NACIONAL DE SERVICIOS DE SANEAMIENTO', 'Gerencia General'], align='l', size=9,
             logo=(logo_png('sunass', 'SUN', 'circle', (0, 110, 170)), 1.3))
    lema(R, 2022)
    R.p('Magdalena del Mar, 09 de agosto de 2022', align='r', after=6)
    R.p('OFICIO N° 00112-2022-SUNASS-GG', bold=True, after=6)
    to(R, ['Señora', 'CARMEN GIOVANNA PALACIOS TELLO', 'Presente.-'])
    kv(R, [('Asunto', ': Atención de solicitud de información'), ('Referencia', ': Solicitud N° 0458-2022-SUNASS')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las campañas de sensibilización '
             'contra la trata de personas realizadas por la SUNASS en el primer semestre de 2022.',
             'Al respecto, le informo que la SUNASS es el organismo regulador de los servicios de saneamiento y sus funciones se circunscriben a la '
             'regulación, supervisión, fiscalización y solución de controversias en dicho ámbito. La materia consultada es ajena a las funciones '
             'establecidas en su Reglamento de Organización y Funciones, por lo que esta entidad no ha generado ni posee información al respecto.',
             'Atentamente,'])
    dsig(R, 'Jorge Iván Ríos Galarza', 'Gerente General', 'SUNASS', when='09/08/2022 10:41:13', fau='20158219655')


def u059():
    R = new('u059', 'missing', 'no_reply', ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de La Victoria', 'MLV', 'district_municipality'), None, [], '2022-01-14',
            'printout of the municipality\'s quarterly register of access-to-information requests (transparency portal): one row, about trafficking in 2021, marked "No atendida – plazo vencido"; summary counts of requests',
            notes='The municipality\'s own quarterly register shows the trafficking request as not answered and past its term: no_reply. The period is the one written in that row (2021). The summary counts of requests are figures (noun "solicitud").')
    R.header(['MUNICIPALIDAD DE LA VICTORIA – Portal de Transparencia Estándar'], align='l', size=8, rule=True)
    R.p('Solicitudes de acceso a la información pública – IV trimestre 2021', bold=True, size=12, after=2)
    R.p('Fecha de reporte: 14/01/2022', size=9, after=8)
    rows = [['1', '04/10/2021', 'Licencias de funcionamiento otorgadas en Gamarra (setiembre 2021)', 'Atendida'],
            ['2', '11/10/2021', 'Contrato de recojo de residuos sólidos vigente', 'Atendida'],
            ['3', '25/10/2021', 'Acciones de prevención de la trata de personas y casos atendidos por la DEMUNA – año 2021', 'No atendida – plazo vencido'],
            ['4', '08/11/2021', 'Actas de sesiones de concejo de octubre de 2021', 'Atendida'],
            ['5', '22/11/2021', 'Planilla de serenazgo (cantidad de efectivos)', 'Prorrogada'],
            ['6', '09/12/2021', 'Resoluciones de sanción a mercados', 'En trámite']]
    R.table([['N°', 'Fecha de presentación', 'Información solicitada', 'Estado']], rows, widths=(1.0, 2.8, 8.8, 3.6), size=8.5,
            head_shade='BDD7EE', note='Se muestran las solicitudes de la página 1 de 25 del registro.')
    R.table([['Resumen del trimestre', 'Cantidad']],
            [['Solicitudes recibidas', Cn(148, 'solicitud', y=2021)], ['Solicitudes atendidas', Cn(131, 'solicitud', y=2021)],
             ['Solicitudes no atendidas', Cn(17, 'solicitud', y=2021)]],
            widths=(6.0, 2.5), size=9, align='l')
    R.p('Fuente: registro de solicitudes de la Secretaría General. Información publicada conforme al Texto Único Ordenado de la Ley N° 27806.', size=8)


def u060():
    R = new('u060', 'missing', 'clarification', ['protection'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Distrital de Chorrillos', 'MDCH', 'district_municipality'),
            'CARTA N° 0209-2023-SG/MDCH', ['Expediente N° 0018234-2023'], '2023-10-11',
            'carta with a form of observations marked with typed check boxes; the requester must correct them within two working days',
            notes='A request to correct: the municipality marks the observations of the request form (no address for notification; the documents asked for are not identified) and gives two working days. The request as restated asks for 2023. Axes of what was asked: DEMUNA cases (protection).')
    R.header(['MUNICIPALIDAD DISTRITAL DE CHORRILLOS', 'Secretaría General – Unidad de Trámite Documentario y Archivo'], size=9)
    lema(R, 2023)
    R.p('Chorrillos, 11 de octubre de 2023', align='r', after=6)
    R.p('CARTA N° 0209-2023-SG/MDCH', bold=True, after=6)
    to(R, ['Señor', 'ERNESTO DÍAZ VILCHEZ', 'Presente.-'])
    kv(R, [('Asunto', ': Observación a solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° 0018234-2023')])
    body(R, ['Me dirijo a usted en relación con su solicitud, mediante la cual requiere "información sobre los casos de trata de personas atendidos por '
             'la DEMUNA durante el año 2023". Revisada la solicitud, se han advertido las observaciones marcadas a continuación:'])
    checkbox(R, [(True, 'No consigna domicilio ni correo electrónico para la notificación de la respuesta.'),
                 (False, 'No consigna nombres, apellidos o documento de identidad del solicitante.'),
                 (True, 'No identifica con claridad la información requerida: precise si solicita registros de casos, informes o estadísticas.'),
                 (False, 'No indica la forma de entrega de la información.')])
    body(R, ['Se le otorga el plazo de dos días hábiles para subsanar las observaciones; de lo contrario, la solicitud se considerará como no presentada '
             'y se procederá a su archivo. El plazo para la atención se computará desde la subsanación.',
             'Atentamente,'])
    R.sign('Abog. GIOVANNA PATRICIA LUYO CASAS', 'Secretaria General', align='l', before=16)
