"""blind-v10 letters k001-k013 (answered). Written from scratch for this set; officials, numbers and events invented."""
from lib import M, C, P, logo_png
from common import S, new, lema, kv, to, top, asunto, body, letter, memo_head, fmt, Mf, Cn, Pf, siaf, notes_block


def k001():
    ref = 'OFICIO N° 0318-2021-MIMP/DGNNA'
    inf = 'INFORME N° 000112-2021-MIMP/DPE-JMQ'
    sol = 'Solicitud de Acceso a la Información Pública N° 2021-0047'
    R = new('k001', 'answered', None, ['protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), ref, [inf, sol], '2021-03-04',
            'oficio + informe, ruled table of victims by age group and sex with merged headers, registry stamp', notes='The registry stamp sits beside the first paragraph: in the PDF text order its lines fall between "INFORME N°" and the number of the cited informe.')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General de Niñas, Niños y Adolescentes'], 2021,
           'Lima, 04 de marzo de 2021', ref,
           ['Señora', 'ROSA ELVIRA CCAHUANA TITO', 'Jr. Las Camelias N° 214, Breña', 'Presente.-'],
           [('ASUNTO:', 'Atención a solicitud de información sobre víctimas de trata atendidas por las Unidades de Protección Especial en los años 2019 y 2020'),
            ('REFERENCIA:', sol)], logo=(logo_png('mimp', 'MIMP', 'square', (150, 20, 60)), 1.6))
    R.stamp(['MIMP - DGNNA', 'MESA DE PARTES', 'SALIDA', '04 MAR 2021', 'Reg. 2021-0088412'])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle el ' + inf +
             ', elaborado por la Dirección de Protección Especial, que contiene la información sobre niñas, niños y adolescentes '
             'presuntas víctimas de trata de personas atendidos en el marco del procedimiento por riesgo y desprotección familiar.',
             'Durante el periodo 2019-2020 las Unidades de Protección Especial (UPE) dictaron medidas de protección provisionales a favor de '
             f"{C('143', 143, 'niño', y=None)} niñas, niños y adolescentes; de ellos, {C('97', 97, 'víctima', y=None)} "
             f"fueron derivados a Centros de Acogida Residencial especializados y {C('46', 46, 'víctima')} permanecieron con su familia de origen o extensa con seguimiento."])
    R.table([['Grupo de edad', 'Año 2019', '', 'Año 2020', ''], ['', 'Mujeres', 'Hombres', 'Mujeres', 'Hombres']],
            [['0 a 5 años', C('3', 3, 'víctima', y=2019), C('1', 1, 'víctima', y=2019), C('2', 2, 'víctima', y=2020), C('0', 0, 'víctima', y=2020)],
             ['6 a 11 años', C('9', 9, 'víctima', y=2019), C('4', 4, 'víctima', y=2019), C('7', 7, 'víctima', y=2020), C('2', 2, 'víctima', y=2020)],
             ['12 a 14 años', C('21', 21, 'víctima', y=2019), C('5', 5, 'víctima', y=2019), C('16', 16, 'víctima', y=2020), C('3', 3, 'víctima', y=2020)],
             ['15 a 17 años', C('34', 34, 'víctima', y=2019), C('6', 6, 'víctima', y=2019), C('25', 25, 'víctima', y=2020), C('5', 5, 'víctima', y=2020)],
             ['Total', C('67', 67, 'víctima', y=2019), C('16', 16, 'víctima', y=2019), C('50', 50, 'víctima', y=2020), C('10', 10, 'víctima', y=2020)]],
            widths=(3.6, 2.6, 2.6, 2.6, 2.6), merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)],
            colnames=[None, 'Año 2019 Mujeres', 'Año 2019 Hombres', 'Año 2020 Mujeres', 'Año 2020 Hombres'],
            caption='Cuadro N° 1: NNA presuntas víctimas de trata con medida de protección, por grupo de edad y sexo', bold_rows=(4,),
            note='Fuente: Sistema de Información de las UPE (SIUPE). Elaboración: DPE.')
    body(R, [f"Asimismo, el {P('68 %', 68.0)} de los casos provino de las regiones de Lima, Cusco y Madre de Dios. Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi consideración."])
    R.sign('Lic. MARGARITA ISABEL HUAMANÍ SOTO', 'Directora General', 'Dirección General de Niñas, Niños y Adolescentes - MIMP')
    R.p('MIHS/jmq\nc.c. Archivo', size=7)


DISTRITOS = ['Amazonas', 'Áncash', 'Apurímac', 'Arequipa', 'Ayacucho', 'Cajamarca', 'Callao', 'Cañete', 'Cusco', 'Del Santa',
             'Huancavelica', 'Huánuco', 'Huaura', 'Ica', 'Junín', 'La Libertad', 'Lambayeque', 'Lima Centro', 'Lima Este', 'Lima Norte',
             'Lima Noroeste', 'Lima Sur', 'Loreto', 'Madre de Dios', 'Moquegua', 'Pasco', 'Piura', 'Puno', 'San Martín', 'Selva Central',
             'Sullana', 'Tacna', 'Tumbes', 'Ucayali']


def k002():
    ref = 'OFICIO N° 002145-2022-MP-FN-OGPLAP'
    sol = 'Carta s/n de fecha 07 de febrero de 2022'
    R = new('k002', 'answered', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'), ref, [sol], '2022-02-21',
            'oficio + 34-row ruled table by fiscal district continuing over a page break with repeated header, total row')
    letter(R, ['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Oficina General de Planificación y Presupuesto'], 2022,
           'Lima, 21 de febrero de 2022', ref,
           ['Señor', 'JULIO CÉSAR ARÉVALO PINEDO', 'Ciudad.-'],
           [('Asunto:', 'Casos por el delito de trata de personas - año 2021'), ('Ref.:', sol)])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita el número de casos registrados por el '
             'delito de trata de personas (artículos 129-A y 129-B del Código Penal) durante el año 2021, desagregado por distrito fiscal.',
             'Cabe precisar que un mismo caso puede comprender a más de un investigado y a más de una víctima, y que los casos archivados corresponden a decisiones fiscales emitidas en el año, con independencia de la fecha de ingreso del caso.',
             'Al respecto, el Área de Estadística de esta Oficina General ha procesado la información del Sistema de Gestión Fiscal (SGF), la misma que se presenta a continuación:'])
    import random
    rnd = random.Random(20210002)
    rows = []
    tot = [0, 0, 0]
    for d in DISTRITOS:
        a = rnd.randint(4, 38) + (rnd.randint(40, 90) if d in ('Lima Centro', 'Lima Norte', 'Cusco', 'Loreto', 'Madre de Dios', 'Puno', 'Arequipa', 'Callao') else 0)
        b = rnd.randint(0, a // 2)
        c = rnd.randint(0, max(1, a // 6))
        tot[0] += a; tot[1] += b; tot[2] += c
        rows.append([d, C(str(a), a, 'caso', y=2021), C(str(b), b, 'caso', y=2021), C(str(c), c, 'acusación', y=2021)])
    rows.append(['TOTAL', Cn(tot[0], 'caso', y=2021), Cn(tot[1], 'caso', y=2021), Cn(tot[2], 'acusación', y=2021)])
    R.table([['Distrito Fiscal', 'Casos ingresados', 'Casos archivados', 'Acusaciones formuladas']], rows,
            widths=(5.0, 3.2, 3.2, 3.4), size=10.5, repeat_head=True, bold_rows=(len(rows) - 1,),
            caption='Casos por delito de trata de personas según distrito fiscal, enero - diciembre 2021',
            note='Fuente: SGF / Elaboración: OGPLAP - Área de Estadística. Datos al 31/12/2021.')
    body(R, ['Es todo cuanto tengo que informar.'])
    R.sign('Econ. RAÚL ENRIQUE SALDAÑA VIDAL', 'Gerente General (e)', 'Oficina General de Planificación y Presupuesto')


def k003():
    ref = 'OFICIO N° 412-2019-GRL-GGR/GRDS'
    R = new('k003', 'answered', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'), ref, ['Expediente N° 2019-00913'], '2019-02-12',
            'oficio + landscape SIAF annex under page title "EXPRESADO EN MILES DE SOLES" (x1000 in gold)')
    letter(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social'], 2019, 'Iquitos, 12 de febrero de 2019', ref,
           ['Señorita', 'KAREN LUCÍA PÍO DEL ÁGUILA', 'Calle Putumayo N° 455', 'Iquitos.-'],
           [('ASUNTO:', 'Remite información de acciones contra la trata de personas ejecutadas durante el ejercicio 2018'),
            ('REF.:', 'Expediente N° 2019-00913')])
    body(R, [f"Es grato dirigirme a usted para informarle que, durante el año 2018, la Red Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Loreto sesionó en seis ({C('06', 6, 'sesión', y=2018)}) oportunidades y aprobó su plan de trabajo anual.",
             f"En materia de prevención se desarrollaron {C('22', 22, 'charla', y=2018)} charlas en instituciones educativas de Maynas, Alto Amazonas y Ramón Castilla, "
             f"llegando a {Cn(3870, 'estudiante', y=2018)} estudiantes, y se distribuyeron {Cn(12500, 'material', y=2018, st='sp')} materiales informativos. "
             'El detalle de la ejecución presupuestal se adjunta en el anexo.'])
    R.sign('Mg. WALTER HUGO RENGIFO TAPULLIMA', 'Gerente Regional de Desarrollo Social')
    R.landscape()
    R.p('ANEXO: EJECUCIÓN PRESUPUESTAL 2018 - ACCIONES CONTRA LA TRATA DE PERSONAS', bold=True, align='c')
    R.p('EXPRESADO EN MILES DE SOLES', bold=True, align='c', after=6)
    siaf(R, [('0031', 'Funcionamiento de la Red Regional contra la Trata', [45.0, 62.5, 60.1, 60.1, 58.7, 58.7]),
             ('0032', 'Campañas de sensibilización en II.EE.', [120.0, 98.4, 95.2, 95.2, 90.9, 88.3]),
             ('0033', 'Producción de material informativo', [30.0, 41.2, 41.2, 41.2, 41.2, 41.2])],
         2018, st='us', dec=1, scale=1000, unit='page', widths=(1.4, 8.0, 2.2, 2.2, 2.4, 2.4, 2.2, 2.2, 1.8))
    R.p('Fuente: SIAF-SP, consulta amigable al 31/12/2018.', size=8, italic=True)


def k004():
    ref = 'OFICIO N° 786-2022-DIRNIC-PNP/DIRCTPTIM-SEC'
    R = new('k004', 'answered', None, ['prosecution', 'protection'], ('2022-01-01', '2022-06-30'),
            S('Policía Nacional del Perú - Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes', 'DIRCTPTIM-PNP', 'police'),
            ref, ['Solicitud N° 0245-2022'], '2022-07-19',
            'oficio, letterhead drawn as one picture, monthly table with horizontal rules only and total row', notes='Letterhead is one picture: the institution lines are not in the PDF text layer; the sender is also in the signature block.')
    R.header_image(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL', 'Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes'],
                   'pnpk004', color=(20, 80, 40), shape='shield')
    lema(R, 2022)
    R.p('Lima, 19 de julio de 2022', align='r')
    R.p(ref, bold=True, under=True, after=8)
    to(R, ['Señor', 'OSWALDO RIQUELME FARFÁN', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Remite información estadística del periodo enero a junio de 2022'), ('REF.:', 'Solicitud N° 0245-2022')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, a fin de remitirle la información '
             'estadística de las intervenciones realizadas por esta Dirección Especializada entre los meses de enero y junio de 2022:'])
    data = [('Enero', 7, 19, 6), ('Febrero', 5, 11, 4), ('Marzo', 9, 27, 8), ('Abril', 6, 14, 5), ('Mayo', 11, 31, 9), ('Junio', 8, 22, 7)]
    rows = [[m, C(str(a), a, 'operativo', y=2022), C(str(b), b, 'víctima', y=2022), C(str(c), c, 'detenido', y=2022)] for m, a, b, c in data]
    rows.append(['Total', C('46', 46, 'operativo', y=2022), C('124', 124, 'víctima', y=2022), C('39', 39, 'detenido', y=2022)])
    R.table([['Mes', 'Operativos', 'Víctimas rescatadas', 'Personas detenidas']], rows, ruled='hlines', widths=(3.5, 3.0, 3.6, 3.6),
            bold_rows=(6,), head_shade=None)
    body(R, [f"De las víctimas rescatadas, {C('88', 88, 'víctima', y=2022)} eran mujeres adultas y {C('36', 36, 'víctima', y=2022)} menores de edad; "
             'estas últimas fueron puestas a disposición de la Unidad de Protección Especial y la Fiscalía de Familia de turno para su atención.'])
    R.sign('CORONEL PNP EDGAR MANUEL QUISPE LOZANO', 'Jefe de la DIRCTPTIM PNP')


def k005():
    ref = 'CARTA N° 057-2022-GDHS/MPC'
    R = new('k005', 'answered', None, ['prevention', 'governance'], ('2020-01-01', '2021-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'), ref, ['Exp. N° 4471-2022'], '2022-03-15',
            'carta, unruled table of activities by year, money in words with amount in brackets, unit in each cell')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Desarrollo Humano y Social', 'Cusco, Capital Histórica del Perú'], 2022,
           'Cusco, 15 de marzo de 2022', ref, ['Señora', 'YESENIA QUISPE HUAMÁN', 'Av. de la Cultura N° 1802', 'Cusco'],
           [('ASUNTO:', 'Información solicitada sobre acciones de prevención de la trata de personas (2020 - 2021)'), ('REF.:', 'Exp. N° 4471-2022')])
    body(R, ['De mi especial consideración:',
             'Por medio de la presente le saludo cordialmente y, en atención al expediente de la referencia, le informo que la Subgerencia de '
             'Servicios Sociales y DEMUNA ejecutó las siguientes actividades en el marco de la Ordenanza Municipal que conforma la Mesa Provincial contra la Trata de Personas:'])
    R.table([['Actividad', '2020', '2021']],
            [['Ferias informativas', C('2', 2, 'feria', y=2020, u='column'), C('5', 5, 'feria', y=2021, u='column')],
             ['Talleres con padres de familia', C('4', 4, 'taller', y=2020, u='column'), C('11', 11, 'taller', y=2021, u='column')],
             ['Sesiones de la Mesa Provincial', C('3', 3, 'sesión', y=2020, u='column'), C('6', 6, 'sesión', y=2021, u='column')],
             ['Presupuesto ejecutado', M('S/ 8,950.00', 8950.0, y=2020, r='e'), M('S/ 21,430.50', 21430.5, y=2021, r='e')]],
            ruled='none', widths=(7.0, 3.5, 3.5), unit='cell', head_shade=None)
    body(R, ['Para el año 2021 se asignó a la meta presupuestal correspondiente la suma de veintiocho mil seiscientos y 00/100 soles '
             f"({M('S/ 28,600.00', 28600.0, y=2021, r='a')}), alcanzándose una ejecución del {P('74.9%', 74.9, y=2021)}. "
             f"En las ferias participaron aproximadamente {C('1 150', 1150, 'persona')} personas.",
             'Atentamente,'])
    R.sign('Abog. NILDA ROCÍO CHAMPI USCA', 'Gerente de Desarrollo Humano y Social')


def k006():
    ref = 'OFICIO N° 0233-2020-SUNAFIL/INII'
    R = new('k006', 'answered', None, ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'), ref, ['Memorándum N° 0091-2020-SUNAFIL/INII/SIAI'],
            '2020-02-27', 'oficio + landscape ruled table by regional office, money column with (S/) in header, total row')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], 2020,
           'Lima, 27 de febrero de 2020', ref, ['Señor', 'HÉCTOR DAVID LLANOS MEZA', 'Presente.-'],
           [('Asunto:', 'Actuaciones inspectivas en materia de trabajo forzoso y trata con fines de explotación laboral, año 2019')])
    body(R, ['Me dirijo a usted para remitir, adjunto al Memorándum N° 0091-2020-SUNAFIL/INII/SIAI, la información de las órdenes de inspección '
             'generadas durante el año 2019 en materia de trabajo forzoso y presunta trata de personas con fines de explotación laboral, '
             'la cual se detalla en el cuadro de la página siguiente.'])
    R.sign('Abog. PATRICIA ELENA VÁSQUEZ ORTIZ', 'Intendenta Nacional de Inteligencia Inspectiva')
    R.landscape()
    data = [('IRE Lima Metropolitana', 31, 412, 286450.00), ('IRE Arequipa', 9, 97, 64120.50), ('IRE Cusco', 12, 140, 51300.00),
            ('IRE Madre de Dios', 17, 203, 118760.25), ('IRE Loreto', 8, 66, 37980.00), ('IRE Puno', 6, 58, 22410.00)]
    rows = [[n, C(str(a), a, 'orden de inspección', y=2019), C(str(b), b, 'trabajador', y=2019), Mf(m, y=2019)] for n, a, b, m in data]
    rows.append(['TOTAL', C('83', 83, 'orden de inspección', y=2019), C('976', 976, 'trabajador', y=2019), Mf(581020.75, y=2019)])
    R.table([['Intendencia Regional', 'Órdenes de inspección', 'Trabajadores comprendidos', 'Multas propuestas (S/)']], rows,
            widths=(7.5, 4.0, 4.5, 4.5), caption='Órdenes de inspección en materia de trabajo forzoso y trata laboral - 2019',
            bold_rows=(6,), note='Fuente: Sistema Informático de Inspección del Trabajo (SIIT).')


def k007():
    ref = 'OFICIO N° 000391-2022-JZ16LIM-MIGRACIONES'
    R = new('k007', 'answered', None, ['protection', 'prosecution'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'), ref, ['Informe N° 000077-2022-SM-MIGRACIONES'],
            '2022-01-28', 'oficio, ruled table by nationality and sex with total row, counts in prose')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Jefatura Zonal de Lima'], 2022, 'Breña, 28 de enero de 2022', ref,
           ['Señora', 'ANGÉLICA MARÍA TORRES BRAVO', 'Presente'],
           [('ASUNTO:', 'Calidad migratoria otorgada a víctimas extranjeras de trata de personas durante el año 2021')])
    body(R, [f"En atención a su solicitud, y conforme al Informe N° 000077-2022-SM-MIGRACIONES, se comunica que durante el año 2021 se otorgó la calidad migratoria humanitaria a {C('37', 37, 'persona', y=2021)} personas extranjeras identificadas como víctimas de trata de personas, según el siguiente detalle:"])
    data = [('Venezuela', 21, 4), ('Colombia', 5, 1), ('Ecuador', 2, 1), ('Bolivia', 1, 1), ('Otras', 1, 0)]
    rows = [[n, C(str(a), a, 'víctima', y=2021), C(str(b), b, 'víctima', y=2021), C(str(a + b), a + b, 'víctima', y=2021)] for n, a, b in data]
    rows.append(['Total', C('30', 30, 'víctima', y=2021), C('7', 7, 'víctima', y=2021), C('37', 37, 'víctima', y=2021)])
    R.table([['Nacionalidad', 'Mujeres', 'Hombres', 'Total']], rows, widths=(4.5, 2.5, 2.5, 2.5), bold_rows=(5,), head_shade='BDD7EE')
    body(R, [f"Adicionalmente, se registraron {C('214', 214, 'alerta migratoria', y=2021)} alertas migratorias en puestos de control fronterizo por presunta trata, "
             f"las que fueron comunicadas a la Policía Nacional; el {P('12,6 %', 12.6, y=2021)} de ellas correspondió a menores de edad que viajaban sin autorización."])
    R.sign('MIGUEL ÁNGEL CARRASCO VELA', 'Jefe Zonal de Lima', 'Superintendencia Nacional de Migraciones')


def k008():
    ref = 'OFICIO N° 094-2023-UNSAAC/VRIN'
    R = new('k008', 'answered', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'), ref, [], '2023-02-08',
            'oficio with logo letterhead, counts and money in running text, thousands with space')
    letter(R, ['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'Vicerrectorado de Investigación'], 2023, 'Cusco, 08 de febrero de 2023', ref,
           ['Señor', 'RENZO ALFREDO CUTIPA MAMANI', 'Presente.-'],
           [('ASUNTO:', 'Acciones de la universidad relacionadas con la trata de personas durante el año 2022')],
           logo=(logo_png('unsaac', 'UNS', 'circle', (110, 20, 20)), 1.5))
    body(R, ['Me dirijo a usted para dar respuesta a su pedido de información. Durante el año 2022 esta casa superior de estudios realizó lo siguiente:'])
    R.bullets([f"Se financiaron {C('3', 3, 'proyecto de investigación', y=2022)} proyectos de investigación sobre explotación sexual y laboral en la minería informal de Madre de Dios, con un monto total de {M('dieciocho mil cuatrocientos cincuenta y 00/100 soles (S/. 18 450.00)', 18450.0, y=2022, r='e')}.",
               f"Se organizaron {C('4', 4, 'feria', y=2022)} ferias de prevención en el campus con la participación de {C('620', 620, 'estudiante', y=2022)} estudiantes.",
               f"Se aprobó un fondo de {M('S/. 12 000.00', 12000.0, y=2022, r='a')} para el Observatorio Regional de Trata, el cual inició actividades en setiembre."])
    body(R, ['Atentamente,'])
    R.sign('Dr. FELIPE AUGUSTO CONDORI HUILLCA', 'Vicerrector de Investigación')


def k009():
    ref = 'OFICIO N° 000127-2020-P-CSJPU-PJ'
    R = new('k009', 'answered', None, ['prosecution'], ('2018-01-01', '2019-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'), ref, ['Informe N° 012-2020-UPD-GAD-CSJPU-PJ'], '2020-01-30',
            'oficio, one-column ruled table per year, counts in prose')
    letter(R, ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Presidencia'], 2020, 'Puno, 30 de enero de 2020', ref,
           ['Señor', 'ÁNGEL FREDY MAMANI COILA', 'Jr. Lima N° 377, Puno'],
           [('ASUNTO:', 'Procesos por delito de trata de personas, años 2018 y 2019')])
    body(R, ['Tengo a bien dirigirme a usted, a fin de hacer de su conocimiento lo informado por la Unidad de Planeamiento y Desarrollo mediante el Informe N° 012-2020-UPD-GAD-CSJPU-PJ, respecto de los expedientes por el delito de trata de personas tramitados en los órganos jurisdiccionales de este Distrito Judicial:'])
    for y, vals in ((2018, (41, 9, 3)), (2019, (53, 14, 5))):
        R.table([['Año %d' % y, 'Expedientes']],
                [['Expedientes ingresados', C(str(vals[0]), vals[0], 'expediente', y=y)],
                 ['Sentencias condenatorias', C(str(vals[1]), vals[1], 'sentencia', y=y)],
                 ['Sentencias absolutorias', C(str(vals[2]), vals[2], 'sentencia', y=y)]], widths=(6.0, 3.0))
    body(R, [f"Asimismo, en coordinación con la Academia de la Magistratura, se capacitó a {C('46', 46, 'magistrado', y=2019)} magistrados y {C('58', 58, 'servidor', y=2019)} servidores jurisdiccionales en técnicas de juzgamiento del delito de trata durante el año 2019."])
    R.sign('Dr. GUSTAVO ADOLFO NINA CHOQUE', 'Presidente de la Corte Superior de Justicia de Puno')


def k010():
    ref = 'OFICIO N° 001456-2019/IN/VOI/DGSD'
    R = new('k010', 'answered', None, ['governance', 'prevention', 'prosecution'], ('2017-01-01', '2018-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'), ref, ['Hoja de Trámite N° 2019-0031877'], '2019-03-22',
            'oficio, ruled table 2016-2018 (mixed in- and out-of-period), money in millions with decimal comma', notes='Mixed: the table adds 2016 to the requested 2017-2018, so the status stays answered.')
    letter(R, ['MINISTERIO DEL INTERIOR', 'Despacho Viceministerial de Orden Interno', 'Dirección General de Seguridad Democrática'], 2019,
           'Lima, 22 de marzo de 2019', ref, ['Señora', 'LUCÍA FERNANDA OLIVARES DÍAZ', 'Presente.-'],
           [('Asunto:', 'Información sobre la implementación del PNAT en los años 2017 y 2018'), ('Referencia:', 'Hoja de Trámite N° 2019-0031877')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia. Sobre el particular, esta Dirección General, en su calidad de Secretaría Técnica de la Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes, informa lo siguiente:'])
    R.table([['Indicador', '2016', '2017', '2018']],
            [['Llamadas atendidas por la Línea 1818 (opción 1)', Cn(2310, 'llamada', y=2016), Cn(2874, 'llamada', y=2017), Cn(3105, 'llamada', y=2018)],
             ['Casos derivados a la PNP', C('214', 214, 'caso', y=2016), C('256', 256, 'caso', y=2017), C('301', 301, 'caso', y=2018)],
             ['Campañas nacionales de sensibilización', C('2', 2, 'campaña', y=2016), C('3', 3, 'campaña', y=2017), C('4', 4, 'campaña', y=2018)]],
            widths=(8.0, 2.4, 2.4, 2.4))
    body(R, [f"El presupuesto asignado a las acciones del Plan Nacional contra la Trata de Personas en el pliego 007 ascendió a {M('S/ 1,4 millones', 1400000.0, y=2017, r='a')} en 2017 y a {M('S/ 2,15 millones', 2150000.0, y=2018, r='a')} en 2018, con una ejecución del {P('91 %', 91.0, y=2018)} en este último año.",
             'Sin otro particular, me suscribo de usted.'])
    R.sign('Dr. ERNESTO JAVIER PALOMINO RIVAS', 'Director General de Seguridad Democrática')


def k011():
    ref = 'OFICIO N° 0084-2021-DP/ADHPD'
    R = new('k011', 'answered', None, ['governance', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'), ref, [], '2021-02-10',
            'oficio, table by region with horizontal rules only and total row')
    letter(R, ['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos Humanos y las Personas con Discapacidad'], 2021, 'Lima, 10 de febrero de 2021', ref,
           ['Señor', 'CÉSAR AUGUSTO BENAVENTE LUQUE', 'Presente'],
           [('Asunto:', 'Supervisiones a centros de atención de víctimas de trata de personas durante el año 2020')])
    body(R, ['Por especial encargo de la Defensora del Pueblo, me dirijo a usted para atender su solicitud. Durante el año 2020, pese a las restricciones de la emergencia sanitaria, la Defensoría del Pueblo realizó las siguientes supervisiones presenciales y virtuales a Centros de Acogida Residencial y hogares de refugio temporal:'])
    data = [('Lima', 6, 11), ('Cusco', 3, 7), ('Loreto', 2, 5), ('Madre de Dios', 2, 9), ('Puno', 1, 4), ('Tacna', 2, 3)]
    rows = [[r, C(str(a), a, 'supervisión', y=2020), C(str(b), b, 'orientación', y=2020)] for r, a, b in data]
    rows.append(['Total', C('16', 16, 'supervisión', y=2020), C('39', 39, 'orientación', y=2020)])
    R.table([['Oficina Defensorial', 'Supervisiones', 'Orientaciones a víctimas']], rows, ruled='hlines', widths=(5.0, 3.2, 4.2), bold_rows=(6,))
    body(R, [f"En el {P('44%', 44.0, y=2020)} de los centros supervisados se advirtió la ausencia de un plan de reintegración individual. Los resultados serán publicados en el informe anual correspondiente."])
    R.sign('Abog. GRACIELA MERCEDES SALAS NÚÑEZ', 'Adjunta para los Derechos Humanos y las Personas con Discapacidad (e)')


def k012():
    ref = 'OFICIO N° 0261-2020-GOREMAD/GRDS'
    R = new('k012', 'answered', None, ['governance', 'prevention', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'), ref, ['Carta N° 011-2020-JRVC'], '2020-03-05',
            'oficio with letterhead table (logo, names, box), received stamp, money in nuevos soles, percent with space')
    R.letterhead_table((logo_png('goremad', 'MDD', 'shield', (10, 90, 50)), 2.0),
                       ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social', 'Puerto Maldonado'],
                       right='Exp. 2020-1187\nFolios: 02')
    lema(R, 2020)
    R.p('Puerto Maldonado, 05 de marzo de 2020', align='r')
    R.p(ref, bold=True, under=True)
    R.stamp(['GOREMAD', 'TRÁMITE DOCUMENTARIO', 'DESPACHADO', '05 MAR 2020', 'Hora: 11:40'], color=(150, 30, 30))
    to(R, ['Señor', 'JOSÉ RICARDO VILLACORTA CRUZ', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Acciones realizadas en el marco del PNAT durante el año 2019'), ('REF.:', 'Carta N° 011-2020-JRVC')])
    body(R, ['Tengo el agrado de dirigirme a usted, para informar lo siguiente respecto del año 2019:'])
    R.bullets([f"La Comisión Regional Multisectorial contra la Trata de Personas se reunió en {C('8', 8, 'sesión', y=2019)} sesiones ordinarias y {C('2', 2, 'sesión', y=2019)} extraordinarias.",
               f"Se brindó apoyo logístico a {C('14', 14, 'operativo', y=2019)} operativos de la Fiscalía Especializada en La Pampa y Mazuko, en los cuales se rescató a {C('63', 63, 'víctima', y=2019)} presuntas víctimas.",
               f"Se realizaron {C('27', 27, 'taller', y=2019)} talleres de prevención con {Cn(1940, 'participante', y=2019)} participantes de comunidades nativas y centros poblados.",
               f"Presupuesto asignado: {M('S/. 310,000.00 nuevos soles', 310000.0, y=2019, r='a')}; ejecutado: {M('S/. 268,515.40 nuevos soles', 268515.4, y=2019, r='e')}, equivalente al {P('86.6 %', 86.6, y=2019)}."])
    R.sign('Ing. JHON ALEXANDER QUISPE PACAYA', 'Gerente Regional de Desarrollo Social')


def k013():
    ref = 'CARTA N° 0092-2022-GDS/MDSJL'
    R = new('k013', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'), ref, ['Informe N° 033-2022-SGDEMUNA-GDS/MDSJL'],
            '2022-02-16', 'carta, substantive null answer (no actions, no budget in 2021), one sentence figure')
    letter(R, ['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Gerencia de Desarrollo Social'], 2022, 'San Juan de Lurigancho, 16 de febrero de 2022', ref,
           ['Señora', 'MILAGROS ESTHER PAREDES LÓPEZ', 'Presente.-'],
           [('ASUNTO:', 'Respuesta a solicitud de información - acciones contra la trata de personas 2021')])
    body(R, ['Es grato dirigirme a usted para saludarla y, en atención a su solicitud, remitirle lo informado por la Subgerencia de DEMUNA y Bienestar Social mediante Informe N° 033-2022-SGDEMUNA-GDS/MDSJL.',
             'Al respecto, se comunica que durante el ejercicio 2021 esta corporación municipal no ejecutó actividades de prevención ni de atención vinculadas a la trata de personas, '
             f"debido a que los recursos fueron reorientados a la atención de la emergencia sanitaria; en consecuencia, el monto asignado a dichas acciones fue de {M('S/ 0.00', 0.0, y=2021, r='a')}. Tampoco se conformó en dicho año la mesa distrital prevista en la normativa.",
             'Sin otro particular, quedo de usted.'])
    R.sign('Lic. DANIEL ERNESTO CHUQUIMANGO ROJAS', 'Gerente de Desarrollo Social')
