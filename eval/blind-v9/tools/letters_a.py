"""blind-v9 letters h901-h913 (written for this set; officials, numbers and events invented)."""
from common import *
from lib import M, C, P


def h901():
    R = new('h901', 'answered', None, ['protection'], ('2018-01-01', '2019-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 0732-2020-MIMP/DGCVG', ['Carta N° 014-2020-JRP', 'Informe N° 045-2020-MIMP/DGCVG-DPVLV'],
            '2020-02-14', 'oficio + informe, ruled table of victims by sex and age with merged year headers and total row; PIM/devengado in text')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General contra la Violencia de Género'], 2020,
           'Lima, 14 de febrero de 2020', 'OFICIO N° 0732-2020-MIMP/DGCVG',
           ['Señor', 'JULIO RAMÍREZ PALACIOS', 'Calle Los Cedros 418, Jesús María', 'Presente.-'],
           [('ASUNTO:', 'Atención a solicitud de acceso a la información pública – acciones en materia de trata de personas, años 2018 y 2019'),
            ('REF.:', 'Carta N° 014-2020-JRP (registro 2020-0004417)')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información sobre las acciones desarrolladas por este Ministerio en el marco de la Política Nacional frente a la Trata de Personas y sus Formas de Explotación durante los años 2018 y 2019.',
             'Al respecto, remito el Informe N° 045-2020-MIMP/DGCVG-DPVLV, elaborado por la Dirección de Prevención de la Violencia y Lucha contra la Trata, del cual se desprende lo siguiente:',
             'Los Centros de Atención Residencial especializados en víctimas de trata acogieron durante el periodo solicitado a %s, cuya distribución por grupo de edad y sexo se presenta a continuación:' % C('ciento treinta y siete (137) personas', 137, 'persona', y=None)])
    head = [['Grupo de edad', '2018', '', '2019', ''], ['', 'Mujeres', 'Hombres', 'Mujeres', 'Hombres']]
    data = [('0 a 11 años', (4, 1, 6, 2)), ('12 a 17 años', (38, 5, 44, 7)), ('18 a 29 años', (9, 2, 12, 3)), ('30 a más años', (1, None, 2, 1))]
    yrs = [2018, 2018, 2019, 2019]
    rows = []
    tot = [0, 0, 0, 0]
    for lab, vals in data:
        r = [lab]
        for j, v in enumerate(vals):
            if v is None:
                r.append('–'); continue
            tot[j] += v
            r.append(C(str(v), v, 'víctima', y=yrs[j]))
        rows.append(r)
    rows.append(['Total'] + [C(str(v), v, 'víctima', y=yrs[j]) for j, v in enumerate(tot)])
    R.table(head, rows, widths=(4.0, 2.6, 2.6, 2.6, 2.6), merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)],
            colnames=['Grupo de edad', '2018 Mujeres', '2018 Hombres', '2019 Mujeres', '2019 Hombres'], bold_rows=(4,),
            caption='Cuadro N° 1: Víctimas de trata acogidas en CAR especializados, por sexo y edad', size=9)
    body(R, ['Asimismo, se capacitó a %s de los CAR en la aplicación del Protocolo Intersectorial para la Prevención y Persecución del Delito y la Protección, Atención y Reintegración de Víctimas.' % C('214 operadores', 214, 'operador'),
             'Para el sostenimiento de dichos servicios, la Unidad Ejecutora contó con un PIM de %s en 2018 y de %s en 2019; el devengado alcanzó %s y %s, respectivamente, lo que equivale a una ejecución del %s y del %s.' % (
                 M('S/ 1 486 320,00', 1486320.00, y=2018, r='a'), M('S/ 1 702 915,00', 1702915.00, y=2019, r='a'),
                 M('S/ 1 391 004,37', 1391004.37, y=2018, r='e'), M('S/ 1 655 280,90', 1655280.90, y=2019, r='e'),
                 P('93,6 %', 93.6, y=2018), P('97,2 %', 97.2, y=2019)),
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('MARÍA TERESA QUISPE ALVARADO', 'Directora General', 'Dirección General contra la Violencia de Género')


def h902():
    R = new('h902', 'answered', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N° 418-2020-GR CUSCO/GRDS', ['Solicitud de Acceso a la Información N° 0152-2020'],
            '2020-03-09', 'oficio with counts in a sentence list + landscape SIAF annex, page title EXPRESADO EN MILES DE SOLES (x1000)')
    letter(R, ['GOBIERNO REGIONAL DEL CUSCO', 'Gerencia Regional de Desarrollo Social'], 2020,
           'Cusco, 09 de marzo de 2020', 'OFICIO N° 418-2020-GR CUSCO/GRDS',
           ['Señora', 'ANA LUCÍA HUAMANÍ CCORI', 'Av. de la Cultura 1022, Wanchaq', 'Cusco.-'],
           [('ASUNTO:', 'Remite información sobre ejecución de acciones contra la trata de personas, ejercicio 2019'),
            ('REF.:', 'Solicitud de Acceso a la Información N° 0152-2020')])
    body(R, ['Me dirijo a usted para dar respuesta a su solicitud, en la que requiere información sobre las acciones de la Red Regional de Lucha contra la Trata de Personas y el Tráfico Ilícito de Migrantes del Cusco durante el ejercicio fiscal 2019.',
             'La Red Regional sesionó en %s ordinarias y %s extraordinarias y aprobó su Plan Regional de Acción 2019-2021 mediante Ordenanza Regional N° 161-2019-CR/GRC.CUSCO.' % (C('ocho (08) sesiones', 8, 'sesión', y=2019), C('dos (02)', 2, 'sesión', y=2019)),
             'En materia de prevención, en el año 2019 se realizaron: %s, %s y %s en las provincias de La Convención, Quispicanchi y Canchis, llegando a %s.' % (
                 C('14 talleres', 14, 'taller', y=2019), C('6 ferias informativas', 6, 'feria', y=2019), C('3 campañas radiales', 3, 'campaña', y=2019),
                 C('2 915 estudiantes', 2915, 'estudiante', y=2019)),
             'Igualmente, la Gerencia derivó a %s a los servicios de la Unidad de Protección Especial y del Centro Emergencia Mujer.' % C('23 víctimas', 23, 'víctima', y=2019),
             'La ejecución presupuestal de las metas vinculadas se detalla en el Anexo N° 01 adjunto.'])
    R.p('Atentamente,', after=0)
    R.sign('Lic. ROGER PUMA HUILLCA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional del Cusco', before=20)
    R.landscape()
    R.p('ANEXO N° 01', bold=True, align='c', after=0)
    R.p('EJECUCIÓN PRESUPUESTAL 2019 – METAS VINCULADAS A LA LUCHA CONTRA LA TRATA DE PERSONAS', bold=True, align='c', after=0)
    R.p('EXPRESADO EN MILES DE SOLES', bold=True, align='c', after=8)
    siaf(R, [('0041', 'Funcionamiento de la Red Regional contra la Trata de Personas', [120.0, 185.4, 181.2, 181.2, 176.9, 176.9]),
             ('0042', 'Campañas de sensibilización en instituciones educativas', [250.0, 310.6, 302.0, 298.7, 291.3, 288.0]),
             ('0043', 'Capacitación a operadores de justicia y salud', [95.0, 88.5, 80.1, 80.1, 74.6, 74.6]),
             ('0044', 'Derivación y acompañamiento a víctimas', [60.0, 72.3, 70.0, 69.4, 69.4, 69.4])],
         2019, st='us', dec=1, scale=1000, unit='page', widths=(1.5, 8.0, 2.1, 2.1, 2.4, 2.4, 2.2, 2.2, 1.8), size=9,
         note='Fuente: SIAF-SP, consulta amigable al 31/12/2019.')


def h903():
    R = new('h903', 'answered', None, ['prosecution'], ('2019-01-01', '2020-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000214-2021-MP-FN-FSCFETP', ['Solicitud N° 2021-0887-TAIP', 'Oficio N° 000097-2021-MP-FN-OCRIM'],
            '2021-03-02', 'oficio; long ruled table of cases by fiscal district continuing over a page break with the header repeated; total row')
    letter(R, ['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas'], 2021,
           'Lima, 02 de marzo de 2021', 'OFICIO N° 000214-2021-MP-FN-FSCFETP',
           ['Señor', 'CARLOS ALBERTO MENDOZA RÍOS', 'Responsable del Observatorio Ciudadano Anti-Trata', 'Presente.-'],
           [('ASUNTO:', 'Información estadística sobre casos de trata de personas, periodo 2019 - 2020'),
            ('REFERENCIA:', 'Solicitud N° 2021-0887-TAIP')])
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, por el cual solicita se le proporcione el número de casos por el delito de trata de personas ingresados a las fiscalías del país, desagregados por distrito fiscal, entre el 1 de enero de 2019 y el 31 de diciembre de 2020.',
             'Sobre el particular, la Oficina de Racionalización y Estadística remitió el Oficio N° 000097-2021-MP-FN-OCRIM, con la información extraída del Sistema de Gestión Fiscal (SGF). Cabe precisar que un mismo caso puede comprender a más de una víctima y a más de un investigado.',
             'Durante el periodo se formularon %s acusaciones y se obtuvieron %s sentencias condenatorias en los procesos a cargo de las fiscalías especializadas; asimismo, las fiscalías participaron en %s operativos de rescate.' % (
                 C('312', 312, 'acusación'), C('41', 41, 'sentencia'), C('598', 598, 'operativo')),
             'El detalle de los casos ingresados es el siguiente:'])
    dists = [('Amazonas', 21, 17), ('Áncash', 38, 29), ('Apurímac', 19, 22), ('Arequipa', 96, 71), ('Ayacucho', 34, 28), ('Cajamarca', 47, 39),
             ('Callao', 58, 44), ('Cañete', 12, 9), ('Cusco', 143, 118), ('Huancavelica', 11, 8), ('Huánuco', 44, 31), ('Huaura', 26, 19),
             ('Ica', 31, 26), ('Junín', 88, 64), ('La Libertad', 72, 55), ('Lambayeque', 49, 41), ('Lima', 402, 297), ('Lima Este', 118, 86),
             ('Lima Noroeste', 37, 30), ('Lima Norte', 104, 79), ('Lima Sur', 66, 52), ('Loreto', 129, 97), ('Madre de Dios', 187, 140),
             ('Moquegua', 15, 13), ('Pasco', 18, 12), ('Piura', 63, 50), ('Puno', 154, 121), ('San Martín', 57, 46), ('Santa', 29, 21),
             ('Selva Central', 24, 20), ('Sullana', 22, 16), ('Tacna', 61, 48), ('Tumbes', 45, 33), ('Ucayali', 70, 58)]
    rows = []
    t19 = t20 = 0
    for i, (d, a, b) in enumerate(dists, 1):
        t19 += a; t20 += b
        rows.append([str(i), d, C(str(a), a, 'caso', y=2019), C(str(b), b, 'caso', y=2020), C(str(a + b), a + b, 'caso')])
    rows.append(['', 'TOTAL', C(fmt(t19, 'us', 0), t19, 'caso', y=2019), C(fmt(t20, 'us', 0), t20, 'caso', y=2020), C(fmt(t19 + t20, 'us', 0), t19 + t20, 'caso')])
    R.table([['N°', 'Distrito Fiscal', 'Casos ingresados 2019', 'Casos ingresados 2020', 'Total']], rows, widths=(1.0, 5.5, 3.2, 3.2, 2.5),
            row_label_col=1, repeat_head=True, bold_rows=(len(rows) - 1,), size=9,
            caption='Casos ingresados por el delito de trata de personas (art. 129-A del Código Penal), por distrito fiscal',
            note='Fuente: SGF – Oficina de Racionalización y Estadística. Información al 31/12/2020.')
    R.p('Atentamente,', after=0)
    R.sign('JORGE LUIS VALDIVIA SALAS', 'Fiscal Superior Coordinador', 'Fiscalías Especializadas en Delitos de Trata de Personas', before=18)


def h904():
    R = new('h904', 'answered', None, ['prosecution', 'protection', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la PNP', 'DIRCTPTIM', 'police'),
            'OFICIO N° 312-2021-DIRNIC-PNP/DIRCTPTIM-SEC.', ['Expediente N° 20210117-0032'],
            '2021-02-08', 'letterhead as image; monthly ruled table with total row; victims by sex and age in text; counts in a sentence list')
    R.header_image(['POLICÍA NACIONAL DEL PERÚ', 'Dirección Nacional de Investigación Criminal',
                    'Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes'], 'pnp904', color=(20, 70, 40), shape='circle')
    lema(R, 2021)
    R.p('Lima, 08 de febrero de 2021', align='r', after=6)
    R.p('OFICIO N° 312-2021-DIRNIC-PNP/DIRCTPTIM-SEC.', bold=True, after=8)
    to(R, ['Señorita', 'PATRICIA ELENA SOTO VARGAS', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Atiende pedido de información – intervenciones contra la trata de personas, año 2020'),
           ('REF.:', 'Expediente N° 20210117-0032 (Ley N° 27806)')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, para hacer de su conocimiento que esta Dirección Especializada, durante el año 2020, desarrolló las siguientes intervenciones, pese a las restricciones del estado de emergencia sanitaria:'])
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    vals = [(11, 14, 19), (9, 12, 16), (6, 7, 9), (1, 2, 3), (2, 2, 4), (4, 5, 8), (7, 9, 13), (8, 10, 17), (10, 13, 21), (12, 15, 24), (13, 17, 28), (9, 11, 25)]
    rows = []
    tot = [0, 0, 0]
    for m, v in zip(months, vals):
        r = [m]
        for j, x in enumerate(v):
            tot[j] += x
            r.append(C(str(x), x, ['operativo', 'detenido', 'víctima'][j], y=2020))
        rows.append(r)
    rows.append(['Total'] + [C(str(x), x, ['operativo', 'detenido', 'víctima'][j], y=2020) for j, x in enumerate(tot)])
    R.table([['Mes', 'Operativos', 'Detenidos', 'Víctimas rescatadas']], rows, widths=(4, 3, 3, 3.5), bold_rows=(12,), size=9,
            caption='Intervenciones DIRCTPTIM – 2020')
    body(R, ['De las %s, %s fueron mujeres y %s hombres; %s eran menores de edad, quienes fueron puestas a disposición de la Unidad de Protección Especial.' % (
        C('187 víctimas rescatadas', 187, 'víctima', y=2020), C('142', 142, 'mujer', y=2020), C('45', 45, 'hombre', y=2020), C('61', 61, 'menor de edad', y=2020)),
        'Complementariamente, se efectuaron: %s, %s y %s.' % (C('9 charlas preventivas en colegios', 9, 'charla', y=2020),
                                                              C('4 intervenciones en terminales terrestres', 4, 'intervención', y=2020),
                                                              C('2 operativos conjuntos con SUNAFIL', 2, 'operativo', y=2020)),
        'Es todo cuanto informo a usted.'])
    R.stamp(['DIRCTPTIM – SECRETARÍA', 'SALIDA', '08 FEB 2021', 'Reg. N° 1187'], width=4.2, color=(150, 20, 20))
    R.sign('ROLANDO CCAHUANA TITO', 'Coronel PNP', 'Jefe de la DIRCTPTIM', before=22)


def h905():
    R = new('h905', 'answered', None, ['governance', 'prevention'], ('2017-01-01', '2017-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'CARTA N° 027-2018-GDS-MPM', ['Solicitud de Acceso a la Información Pública N° 1204-2017'],
            '2018-01-22', 'carta; counts in bullet list; money in nuevos soles in text')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Gerencia de Desarrollo Social', 'Iquitos – Loreto'], 2018,
           'Iquitos, 22 de enero de 2018', 'CARTA N° 027-2018-GDS-MPM',
           ['Señor', 'ERNESTO PANDURO DEL ÁGUILA', 'Jr. Próspero 560, Iquitos', 'Presente.-'],
           [('ASUNTO:', 'Respuesta a Solicitud de Acceso a la Información Pública N° 1204-2017')])
    body(R, ['De mi consideración:', 'Por medio de la presente me dirijo a usted para absolver su pedido sobre las acciones que la Municipalidad Provincial de Maynas llevó a cabo durante el año 2017 contra la trata de personas.',
             'Mediante Ordenanza Municipal N° 012-2017-A-MPM se constituyó la Mesa Provincial contra la Trata de Personas, integrada por %s públicas y de la sociedad civil. En el marco de su plan de trabajo se ejecutó lo siguiente:' % C('17 instituciones', 17, 'institución', y=2017)])
    R.bullets(['%s en los puertos de Masusa, Productores y Bellavista Nanay.' % C('5 campañas de sensibilización', 5, 'campaña', y=2017),
               '%s dirigidas a madres y padres de familia.' % C('11 charlas', 11, 'charla', y=2017),
               '%s de discotecas, bares y hospedajes con la Subgerencia de Fiscalización.' % C('26 inspecciones', 26, 'inspección', y=2017),
               'Distribución de %s (afiches y volantes) con la línea gratuita 1818.' % C('4 500 materiales informativos', 4500, 'material', y=2017)])
    body(R, ['Para tales actividades se asignó la suma de %s, de los cuales se ejecutaron %s al cierre del ejercicio.' % (
        M('38 500,00 nuevos soles', 38500.00, y=2017, r='a'), M('35 912,40 nuevos soles', 35912.40, y=2017, r='e')),
        'Atentamente,'])
    R.sign('Abog. LUZ MARINA TORRES ARÉVALO', 'Gerente de Desarrollo Social')


def h906():
    R = new('h906', 'answered', None, ['prevention', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'OFICIO N° 094-2020-SGPSDH-GDS/MDSJL', ['Expediente N° 11840-2020'],
            '2020-02-26', 'short oficio, substantive null answer for the requested year; no figures',
            notes='Substantive null answer: no prevention activities and no working group in 2019; axes are those the null answer addresses.')
    letter(R, ['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Gerencia de Desarrollo Social', 'Subgerencia de Programas Sociales y Derechos Humanos'], 2020,
           'San Juan de Lurigancho, 26 de febrero de 2020', 'OFICIO N° 094-2020-SGPSDH-GDS/MDSJL',
           ['Señora', 'ROSA ELVIRA CANCHARI LEÓN', 'Presente.-'],
           [('ASUNTO:', 'Atención de solicitud de información – Expediente N° 11840-2020')])
    body(R, ['Tengo a bien dirigirme a usted en atención al expediente del asunto, mediante el cual solicita información sobre las actividades de prevención de la trata de personas realizadas por esta corporación edil durante el año 2019.',
             'Al respecto, luego de la revisión del acervo documentario de la Subgerencia, le informo que durante el ejercicio 2019 esta Municipalidad no ejecutó campañas, talleres ni otras actividades de prevención de la trata de personas, ni conformó mesa o comisión de trabajo sobre la materia; en consecuencia, no se asignó ni ejecutó presupuesto para dicho fin en el citado año.',
             'Sin otro particular, quedo de usted.'])
    R.sign('Lic. HUGO ARMANDO BELLIDO ZAPATA', 'Subgerente de Programas Sociales y Derechos Humanos')


def h907():
    R = new('h907', 'answered', None, ['prosecution'], ('2019-01-01', '2020-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000156-2021-SUNAFIL/INII', ['Solicitud de Acceso N° 0345-2021-SAIP'],
            '2021-02-19', 'oficio; table by regional office with horizontal rules only and total row; percent with decimal comma in text')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], 2021,
           'Lima, 19 de febrero de 2021', 'OFICIO N° 000156-2021-SUNAFIL/INII',
           ['Señor', 'FERNANDO GUTIÉRREZ ÑIQUE', 'Presente.-'],
           [('Asunto:', 'Órdenes de inspección sobre trabajo forzoso vinculado a trata de personas – 2019 y 2020'),
            ('Referencia:', 'Solicitud de Acceso N° 0345-2021-SAIP')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Sobre el particular, el Grupo Especializado de Inspectores en Trabajo Forzoso y Trabajo Infantil y las Intendencias Regionales generaron las siguientes órdenes de inspección por presunto trabajo forzoso o explotación laboral vinculada a trata de personas:'])
    regs = [('Intendencia de Lima Metropolitana', 48, 39), ('IR Arequipa', 12, 9), ('IR Cusco', 15, 11), ('IR Loreto', 9, 13), ('IR Madre de Dios', 21, 17),
            ('IR Puno', 14, 10), ('IR La Libertad', 7, 6), ('IR Junín', 10, 8), ('IR Piura', 6, 5)]
    rows = []
    a = b = 0
    for n, x, y in regs:
        a += x; b += y
        rows.append([n, C(str(x), x, 'orden de inspección', y=2019), C(str(y), y, 'orden de inspección', y=2020)])
    rows.append(['Total', C(str(a), a, 'orden de inspección', y=2019), C(str(b), b, 'orden de inspección', y=2020)])
    R.table([['Intendencia', 'Órdenes 2019', 'Órdenes 2020']], rows, ruled='hlines', widths=(7.5, 3, 3), bold_rows=(len(rows) - 1,), size=9.5)
    body(R, ['Del total de órdenes del periodo, el %s concluyó con acta de infracción y se propusieron multas por %s. Asimismo, se identificó a %s en situación de trabajo forzoso, quienes fueron derivadas al Ministerio Público.' % (
        P('38,2 %', 38.2), M('S/ 1 214 600,00', 1214600.00), C('73 trabajadores', 73, 'trabajador')),
        'Adicionalmente, en 2020 se capacitó a %s en la detección de indicios de trata con fines de explotación laboral.' % C('96 inspectores', 96, 'inspector', y=2020),
        'Atentamente,'])
    R.sign('SILVIA NÚÑEZ DEL PRADO', 'Intendente Nacional de Inteligencia Inspectiva', 'SUNAFIL')


def h908():
    R = new('h908', 'answered', None, ['protection', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000488-2019-SM-GG', ['Solicitud N° 000921-2019'],
            '2019-02-05', 'oficio; unruled table by year 2016-2018 (mixed in- and out-of-period), US$ in text',
            notes='Mixed: 2016-2017 (out of period) and 2018 (requested) in the same table, so answered.')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Gerencia General'], 2019,
           'Breña, 05 de febrero de 2019', 'OFICIO N° 000488-2019-SM-GG',
           ['Señora', 'DIANA FLORES CAMPOS', 'Presente.-'],
           [('ASUNTO:', 'Respuesta a la Solicitud N° 000921-2019 – acciones frente a la trata de personas en el año 2018')])
    body(R, ['Es grato dirigirme a usted para atender su pedido. Con el fin de facilitar la comparación, se consigna también la información de los dos años anteriores al solicitado:'])
    rows = []
    for yr, a, b, c in [(2016, 134, 12, 5), (2017, 176, 19, 8), (2018, 241, 27, 14)]:
        rows.append([str(yr), C(str(a), a, 'alerta migratoria', y=yr), C(str(b), b, 'calidad migratoria', y=yr), C(str(c), c, 'víctima', y=yr)])
    R.table([['Año', 'Alertas migratorias por presunta trata', 'Calidades migratorias humanitarias otorgadas', 'Víctimas extranjeras repatriadas']],
            rows, ruled='none', widths=(2, 4.5, 4.5, 4), size=9.5, head_shade=None)
    body(R, ['Las repatriaciones de 2018 se realizaron con apoyo de la Organización Internacional para las Migraciones, que financió pasajes por %s; por su parte, Migraciones cubrió trámites y documentos de viaje por %s en dicho año.' % (
        M('US$ 18,400.00', 18400.00, y=2018, cur='USD', r='e'), M('S/ 6,275.00', 6275.00, y=2018, r='e')),
        'Atentamente,'])
    R.sign('Abog. MIGUEL ÁNGEL RUIZ HERRERA', 'Gerente General (e)', 'Superintendencia Nacional de Migraciones')


def h909():
    R = new('h909', 'answered', None, ['prosecution'], ('2017-01-01', '2019-12-31'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'),
            'OFICIO N° 000087-2020-P-CSJLN/PJ', ['Solicitud N° 212-2020-TAIP-CSJLN'],
            '2020-01-30', 'oficio; unruled table of cases and sentences by year with a total row; stamp')
    letter(R, ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE LIMA NORTE', 'Presidencia'], 2020,
           'Independencia, 30 de enero de 2020', 'OFICIO N° 000087-2020-P-CSJLN/PJ',
           ['Señor', 'ALDO BENAVIDES CHUQUI', 'Presente.-'],
           [('ASUNTO:', 'Procesos por delito de trata de personas 2017-2019'), ('REF.:', 'Solicitud N° 212-2020-TAIP-CSJLN')])
    R.stamp(['CSJLN – MESA DE PARTES', 'DESPACHADO', '30 ENE 2020', 'Hora 11:52'], width=4.0)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud, a fin de remitir la información proporcionada por el Área de Estadística de esta Corte sobre los procesos por el delito de trata de personas (artículos 129-A y 129-B del Código Penal) en los juzgados penales del distrito judicial:'])
    rows = []
    tt = [0, 0, 0]
    for yr, a, b, c in [(2017, 42, 9, 3), (2018, 57, 14, 4), (2019, 63, 17, 6)]:
        tt = [tt[0] + a, tt[1] + b, tt[2] + c]
        rows.append([str(yr), C(str(a), a, 'proceso', y=yr), C(str(b), b, 'sentencia condenatoria', y=yr), C(str(c), c, 'sentencia absolutoria', y=yr)])
    rows.append(['Total', C(str(tt[0]), tt[0], 'proceso'), C(str(tt[1]), tt[1], 'sentencia condenatoria'), C(str(tt[2]), tt[2], 'sentencia absolutoria')])
    R.table([['Año', 'Procesos ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias']], rows, ruled='none', widths=(3, 4, 4, 4),
            bold_rows=(3,), head_shade=None, size=10)
    body(R, ['Se precisa que en 2019 se impuso la reparación civil más alta del periodo, ascendente a %s.' % M('S/ 50,000.00', 50000.00, y=2019),
             'Atentamente,'])
    R.sign('Dr. VÍCTOR RAÚL ESPINOZA LAOS', 'Presidente', 'Corte Superior de Justicia de Lima Norte')


def h910():
    R = new('h910', 'answered', None, ['governance', 'prevention', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000391-2019/IN/DGSD', ['Memorando N° 1456-2019-IN/OGPP', 'Solicitud de Acceso N° 2019-00718'],
            '2019-03-18', 'oficio with amount in words and digits; SIAF table with horizontal rules, units in column headers (S/), on a landscape page 2')
    letter(R, ['MINISTERIO DEL INTERIOR', 'Dirección General de Seguridad Democrática'], 2019,
           'Lima, 18 de marzo de 2019', 'OFICIO N° 000391-2019/IN/DGSD',
           ['Señor', 'OSCAR MEDINA PAREDES', 'Presente.-'],
           [('ASUNTO:', 'Presupuesto destinado a la implementación del Plan Nacional contra la Trata de Personas 2017-2021 – año fiscal 2018'),
            ('REF.:', 'a) Solicitud de Acceso N° 2019-00718\nb) Memorando N° 1456-2019-IN/OGPP')])
    body(R, ['Me dirijo a usted en relación con el documento a) de la referencia. La Dirección General de Seguridad Democrática ejerce la Secretaría Técnica de la Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes, y en tal condición informa lo siguiente.',
             'Mediante el documento b), la Oficina General de Planeamiento y Presupuesto comunicó que en el año fiscal 2018 el Pliego 007 asignó a las actividades del Plan Nacional la suma de %s, que incluye el financiamiento de la línea gratuita 1818 y del Sistema RETA-PNP.' % M('un millón ochocientos veinte mil y 00/100 soles (S/ 1 820 000,00)', 1820000.00, y=2018, r='a'),
             'La Comisión Multisectorial celebró %s y aprobó su informe anual de seguimiento. La ejecución por actividad se muestra en el anexo.' % C('seis (6) sesiones ordinarias', 6, 'sesión', y=2018)])
    body(R, ['El detalle se presenta en el anexo adjunto. Sin otro particular, me suscribo de usted.'])
    R.sign('Mg. CÉSAR AUGUSTO LLERENA PINTO', 'Director General', 'Dirección General de Seguridad Democrática')
    R.landscape()
    siaf(R, [('0101', 'Secretaría Técnica de la Comisión Multisectorial', [310000.00, 342500.00, 340118.00, 340118.00, 331972.45, 331972.45]),
             ('0102', 'Línea gratuita 1818 – orientación y denuncias', [520000.00, 604300.00, 600000.00, 596820.00, 588410.30, 580115.30]),
             ('0103', 'Registro y Estadística del Delito de Trata (RETA-PNP)', [280000.00, 265200.00, 259000.00, 259000.00, 251780.00, 251780.00]),
             ('0104', 'Campañas comunicacionales "Corazón Azul"', [710000.00, 608000.00, 601350.00, 598400.00, 590266.71, 590266.71])],
         2018, head=['Meta', 'Actividad', 'PIA (S/)', 'PIM (S/)', 'Certificado (S/)', 'Comprometido (S/)', 'Devengado (S/)', 'Girado (S/)', 'Avance (%)'],
         ruled='hlines', widths=(1.4, 7.0, 2.4, 2.4, 2.5, 2.7, 2.5, 2.4, 1.6), size=9,
         caption='Ejecución presupuestal 2018 por actividad – Plan Nacional contra la Trata de Personas',
         note='Fuente: OGPP-MININTER, Memorando N° 1456-2019-IN/OGPP.')


def h911():
    R = new('h911', 'answered', None, ['governance', 'protection'], ('2020-01-01', '2021-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0052-2022-DP/ADM', ['Informe de Adjuntía N° 003-2022-DP/ADM', 'Solicitud N° 1029-2022'],
            '2022-01-27', 'oficio; counts and percents in running text only')
    R.header_image(['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos de la Mujer'], 'dp911', color=(10, 60, 130), shape='square')
    lema(R, 2022)
    R.p('Miraflores, 27 de enero de 2022', align='r')
    R.p('OFICIO N° 0052-2022-DP/ADM', bold=True, after=8)
    to(R, ['Señora', 'GLADYS TAIPE MORALES', 'Presente.-'])
    body(R, ['Asunto: Supervisiones defensoriales en materia de trata de personas 2020-2021', 'Referencia: Solicitud N° 1029-2022'], align='l')
    body(R, ['De mi consideración:', 'Me dirijo a usted, por especial encargo de la señora Defensora del Pueblo, con relación a la solicitud de la referencia. Durante los años 2020 y 2021, esta Adjuntía supervisó %s y %s con el objetivo de verificar la atención brindada a víctimas de trata de personas. Los resultados se recogen en el Informe de Adjuntía N° 003-2022-DP/ADM.' % (
        C('48 centros de acogida residencial', 48, 'centro de acogida residencial'), C('112 comisarías', 112, 'comisaría')),
        'Entre los hallazgos principales, destaca que en el %s de las comisarías supervisadas no existía un registro de denuncias actualizado en el sistema RETA, y que solo el %s de los centros contaba con un plan de reintegración individual para cada residente.' % (P('64 %', 64.0), P('27 %', 27.0)),
        'Asimismo, se atendió %s presentadas por familiares de víctimas, de las cuales %s se resolvieron favorablemente tras la intervención defensorial.' % (C('39 quejas', 39, 'queja'), C('31', 31, 'queja')),
        'Atentamente,'])
    R.sign('Dra. ELIANA REVOLLAR SALAZAR', 'Adjunta para los Derechos de la Mujer', 'Defensoría del Pueblo')


def h912():
    R = new('h912', 'answered', None, ['governance', 'prosecution'], ('2017-01-01', '2018-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 318-2019-INEI/DTDIS', ['Carta s/n de fecha 04 de marzo de 2019'],
            '2019-03-20', 'oficio; one-column count table by department introduced by a sentence ending with a colon, total row; 2017 totals in text')
    letter(R, ['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Técnica de Demografía e Indicadores Sociales'], 2019,
           'Lima, 20 de marzo de 2019', 'OFICIO N° 318-2019-INEI/DTDIS',
           ['Señor', 'MARCO ANTONIO ZEGARRA PÉREZ', 'Presente.-'],
           [('ASUNTO:', 'Estadísticas de trata de personas 2017-2018'), ('REF.:', 'Carta s/n de fecha 04 de marzo de 2019')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia. El INEI, en el marco del Sistema Estadístico Nacional, consolida la información del Registro y Estadística del Delito de Trata de Personas y Afines (RETA) y del Ministerio Público.',
             'En el año 2017 se registraron %s por el delito de trata de personas, con %s identificadas. Para 2018, las denuncias registradas por departamento fueron las siguientes:' % (
                 C('1 433 denuncias', 1433, 'denuncia', y=2017), C('1 897 presuntas víctimas', 1897, 'víctima', y=2017))])
    deps = [('Lima y Callao', 489), ('Cusco', 167), ('Puno', 142), ('Madre de Dios', 121), ('Loreto', 98), ('Arequipa', 95), ('Junín', 71),
            ('Tacna', 52), ('San Martín', 46), ('Otros departamentos', 288)]
    rows = [[d, C(str(n), n, 'denuncia', y=2018)] for d, n in deps]
    tot = sum(n for _, n in deps)
    rows.append(['Total', C(fmt(tot, 'sp', 0), tot, 'denuncia', y=2018)])
    R.table([['Departamento', 'Denuncias']], rows, widths=(6, 3), bold_rows=(len(rows) - 1,), size=9.5,
            caption='Denuncias por trata de personas, 2018', note='Fuente: Ministerio del Interior – RETA. Elaboración: INEI.')
    body(R, ['La información desagregada se encuentra disponible en el portal institucional del INEI.', 'Atentamente,'])
    R.sign('NANCY HIDALGO CALLE', 'Directora Técnica de Demografía e Indicadores Sociales', 'INEI')


def h913():
    R = new('h913', 'answered', None, ['prevention', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'OFICIO N° 000112-2020-VRIP/UNMSM', ['Expediente N° 02441-SG-2020'],
            '2020-02-11', 'oficio; bullet list with counts, money in soles and US dollars')
    letter(R, ['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Universidad del Perú, Decana de América', 'Vicerrectorado de Investigación y Posgrado'], 2020,
           'Lima, 11 de febrero de 2020', 'OFICIO N° 000112-2020-VRIP/UNMSM',
           ['Señorita', 'ANDREA PAOLA RIVAS CUBA', 'Presente.-'],
           [('ASUNTO:', 'Información sobre investigación y actividades relativas a la trata de personas – 2019'), ('REF.:', 'Expediente N° 02441-SG-2020')])
    body(R, ['Me es grato dirigirme a usted para dar respuesta al expediente de la referencia. En el año 2019, la Universidad desarrolló las siguientes acciones:'])
    R.bullets(['Proyecto de investigación "Rutas de captación de adolescentes en la Amazonía", financiado con %s del Vicerrectorado y %s de cooperación internacional.' % (
                   M('S/ 45,800.00', 45800.00, y=2019, r='a'), M('US$ 12,000.00', 12000.00, y=2019, cur='USD', r='a')),
               '%s dirigidos a estudiantes de las facultades de Derecho, Psicología y Trabajo Social, con %s.' % (C('Siete talleres', 7, 'taller', y=2019), C('412 participantes', 412, 'participante', y=2019)),
               'Un conversatorio público con la Defensoría del Pueblo, al que asistieron %s.' % C('180 personas', 180, 'persona', y=2019),
               '%s de pregrado sobre la materia, sustentadas en el año.' % C('3 tesis', 3, 'tesis', y=2019)])
    body(R, ['Atentamente,'])
    R.sign('Dr. FÉLIX HUAMÁN CÁRDENAS', 'Vicerrector de Investigación y Posgrado')
