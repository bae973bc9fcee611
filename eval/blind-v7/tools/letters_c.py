"""blind-v7 replies g727-g739 (written for this set)."""
from lib import M, C, P, logo_png
from common import new, S, lema, kv, to, top, body, notes_block


def g727():
    R = new('g727', 'out_of_period', None, ['prevention'], ('2017-01-01', '2018-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MDVES', 'district_municipality'),
            'OFICIO N° 083-2023-GDHS/MVES', ['Solicitud N° 2022-12977'], '2023-01-12',
            'oficio restating the 2017-2018 request, then only 2022 activities; counts and money in prose')
    top(R, ['MUNICIPALIDAD DE VILLA EL SALVADOR', 'Gerencia de Desarrollo Humano y Social'], 2023,
        'Villa El Salvador, 12 de enero de 2023', 'OFICIO N° 083-2023-GDHS/MVES')
    to(R, ['Señora', 'María Elena Quispe Huamán', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre acciones de prevención de la trata de personas'), ('Ref.', ': Solicitud N° 2022-12977')])
    body(R, ['Es grato dirigirme a usted en atención a la solicitud de la referencia, mediante la cual pide conocer las acciones de '
             'prevención de la trata de personas realizadas por la Municipalidad en los años 2017 y 2018.',
             'Al respecto, la Subgerencia de la Mujer, Niñez y Poblaciones Vulnerables informa que, a partir de la aprobación del '
             'Plan Local de Seguridad Ciudadana 2022, se incorporaron actividades específicas contra la trata de personas. Durante el '
             'año 2022 se realizaron ' + C('6 ferias informativas', 6, 'feria', y=2022) + ' en los sectores 2, 3 y 6, se capacitó a ' +
             C('94 promotoras', 94, 'promotora', y=2022) + ' de los comedores populares y se instalaron ' +
             C('dos (2) paneles', 2, 'panel', y=2022) + ' con el número de la línea gratuita 1818 en el Parque Industrial.',
             'La inversión total en estas actividades fue de ' + M('S/ 18 740,00', 18740.00, y=2022, r='e') + '.',
             'Los archivos de la gestión 2015-2018 fueron transferidos al Archivo Central y no contienen registros sobre la materia '
             'que hayan podido ser ubicados a la fecha.',
             'Atentamente,'])
    R.sign('Lic. KAREN SOLEDAD HUAMÁN PEÑA', 'Gerente de Desarrollo Humano y Social')
    R.save()


def g728():
    R = new('g728', 'missing', 'not_competent_referred', ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'),
            'OFICIO N° 000791-2019-GAD-CSJLN-PJ', ['Solicitud N° 1287-2019'], '2019-06-03',
            'oficio, not competent for police complaints, says the request was forwarded to the Fiscalía and the PNP')
    top(R, ['PODER JUDICIAL', 'CORTE SUPERIOR DE JUSTICIA DE LIMA NORTE', 'Gerencia de Administración Distrital'], 2019,
        'Independencia, 03 de junio de 2019', 'OFICIO N° 000791-2019-GAD-CSJLN-PJ')
    to(R, ['Señor', 'CARLOS ALBERTO MENDOZA RÍOS', 'Presente.-'])
    kv(R, [('Asunto', ': Traslado de solicitud de acceso a la información'), ('Referencia', ': Solicitud N° 1287-2019')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, en la que requiere el número de denuncias por trata de '
             'personas presentadas en el distrito judicial de Lima Norte durante el año 2018 y el número de operativos realizados.',
             'Sobre el particular, le informo que la recepción de denuncias y la ejecución de operativos no son competencia del Poder '
             'Judicial, sino de la Policía Nacional del Perú y del Ministerio Público. En tal sentido, conforme al artículo 11, literal '
             'b), del TUO de la Ley N° 27806, su solicitud ha sido derivada al Distrito Fiscal de Lima Norte y a la Región Policial '
             'Lima, mediante los oficios respectivos, haciéndole de conocimiento dicho encausamiento.',
             'Atentamente,'])
    R.sign('Abg. MILAGROS DEL PILAR ARÉVALO SOTO', 'Gerente de Administración Distrital (e)')
    R.save()


def g729():
    R = new('g729', 'missing', 'off_topic', [], None,
            S('Ministerio de Justicia y Derechos Humanos - Autoridad Nacional de Protección de Datos Personales', 'MINJUSDH', 'ministry'),
            'COMUNICADO N° 003-2021-JUS/DGTAIPD', [], '2021-09-15',
            'data-protection notice (comunicado) on personal data in video-surveillance; two columns of text; not about trafficking')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Transparencia, Acceso a la Información Pública y Protección de Datos Personales'])
    lema(R, 2021)
    R.p('COMUNICADO N° 003-2021-JUS/DGTAIPD', bold=True, align='c', size=13)
    R.p('Tratamiento de datos personales captados por sistemas de videovigilancia', bold=True, align='c', after=8)
    R.columns(2)
    body(R, ['La Autoridad Nacional de Protección de Datos Personales recuerda a las entidades públicas y privadas que las imágenes '
             'y voces de personas identificables captadas por cámaras de videovigilancia constituyen datos personales, por lo que su '
             'tratamiento se rige por la Ley N° 29733 y su Reglamento.',
             'Los titulares de bancos de datos deben colocar carteles informativos visibles en las zonas videovigiladas, indicando la '
             'identidad del responsable del tratamiento y la forma de ejercer los derechos de acceso, rectificación, cancelación y '
             'oposición.',
             'Las imágenes deben conservarse por un plazo máximo de treinta días, salvo que se encuentren vinculadas a la comisión de '
             'infracciones o a un procedimiento en curso, en cuyo caso deberán ponerse a disposición de la autoridad competente.',
             'Durante el primer semestre de 2021 la Dirección de Fiscalización e Instrucción inició ' +
             C('37 procedimientos sancionadores', 37, 'procedimiento sancionador', y=2021) + ' vinculados a videovigilancia, y se impusieron '
             'multas por un total de ' + M('S/ 1 012 450,00', 1012450.00, y=2021) + '.',
             'Las consultas pueden dirigirse a la mesa de partes virtual del Ministerio.'])
    R.columns(1)
    R.p('Lima, 15 de setiembre de 2021', align='r', before=10)
    R.p('Dirección General de Transparencia, Acceso a la Información Pública y Protección de Datos Personales', bold=True, align='r', size=9)
    R.save()


def g730():
    R = new('g730', 'answered', None, ['prosecution', 'protection'], ('2017-01-01', '2021-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000057-2022-MP-FN-OBSERVATORIO', ['Solicitud de Acceso a la Información N° 3324-2022'], '2022-06-21',
            'oficio + landscape annex: year columns 2017-2021 with headers wrapped, thousands with dot ("1.254"), percent row, unit "(número de casos)" in caption')
    top(R, ['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Observatorio de la Criminalidad'], 2022, 'Lima, 21 de junio de 2022',
        'OFICIO N° 000057-2022-MP-FN-OBSERVATORIO')
    to(R, ['Señora', 'ANA LUCÍA TORRES GAMARRA', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Estadística de casos de trata de personas 2017-2021'),
           ('Ref.', ': Solicitud de Acceso a la Información N° 3324-2022')])
    body(R, ['Tengo el agrado de dirigirme a usted, para remitir en anexo la información estadística de casos fiscales por el delito de '
             'trata de personas registrados a nivel nacional en el periodo 2017-2021, que corresponde a la vigencia del Plan Nacional '
             'contra la Trata de Personas 2017-2021.',
             'En dicho periodo se registraron en total ' + C('8.962 casos', 8962, 'caso') + ' y se identificó a ' +
             C('11.406 presuntas víctimas', 11406, 'víctima') + '.',
             'Atentamente,'])
    R.sign('Mg. FRANCISCO JAVIER SOTO LAYME', 'Jefe del Observatorio de la Criminalidad')
    R.landscape()
    R.p('ANEXO: CASOS FISCALES POR EL DELITO DE TRATA DE PERSONAS, 2017-2021', bold=True, align='c', size=12)
    ys = [2017, 2018, 2019, 2020, 2021]
    vals = {'Casos registrados': ([1254, 1683, 2210, 1579, 2236], 'caso'),
            'Presuntas víctimas': ([1613, 2144, 2807, 2011, 2831], 'víctima'),
            'Víctimas menores de edad': ([794, 1002, 1366, 968, 1289], 'víctima'),
            'Casos con acusación': ([142, 188, 231, 164, 227], 'caso')}

    def fmt(v):
        return '{:,}'.format(v).replace(',', '.')
    rows = []
    for lab, (vs, w) in vals.items():
        rows.append([lab] + [C(fmt(v), v, w, y=y) for v, y in zip(vs, ys)])
    pct = [49.2, 46.7, 48.7, 48.1, 45.5]
    rows.append(['Porcentaje de víctimas menores de edad'] + [P(('%.1f' % v).replace('.', ',') + '%', v, y=y) for v, y in zip(pct, ys)])
    R.table([['Indicador'] + ['Año\n%d' % y for y in ys]], rows,
            caption='(número de casos y de víctimas)', caption_bold=False, unit='caption',
            widths=(8.0, 3.0, 3.0, 3.0, 3.0, 3.0), num_align='c', head_shade='D0CECE', size=10,
            note='Fuente: Sistema de Gestión Fiscal (SGF) y Sistema de Información de Apoyo al Trabajo Fiscal (SIATF). Datos al 31.12.2021.')
    R.save()


def g731():
    R = new('g731', 'out_of_period', None, ['protection'], ('2018-01-01', '2019-12-31'),
            S('International Organization for Migration - Peru', 'IOM', 'other'),
            None, [], '2020-01-27',
            'printed e-mail in English (header block with From/To/Date/Subject), figures for 2015-2016 only',
            lang='en', font='Courier New', size=10)
    R.p('Gmail - RE: Information request - assistance to victims of trafficking 2018-2019', size=8, after=8)
    kv(R, [('From:', 'Protection Unit IOM Peru <protectionperu@iom.int>'),
           ('To:', 'observatorio.trata@gmail.com'),
           ('Date:', 'Mon, Jan 27, 2020 at 4:12 PM'),
           ('Subject:', 'RE: Information request - assistance to victims of trafficking 2018-2019')], size=9)
    body(R, ['Dear colleagues,',
             'Thank you for your message requesting figures on the direct assistance IOM provided to victims of trafficking in Peru in '
             '2018 and 2019.',
             'Our consolidated figures for those years are still under review by our regional office and cannot be shared yet. What '
             'we can share now is the data from our previous reporting cycle, published in the country report:',
             '- In 2015 IOM assisted ' + C('117 victims', 117, 'victim', y=2015) + ' of trafficking (' + P('68%', 68, y=2015) +
             ' women and girls), and in 2016 ' + C('143 victims', 143, 'victim', y=2016) + '.',
             '- Return and reintegration support in 2015-2016 amounted to ' + M('USD 96,400', 96400, cur='USD', r='e') + '.',
             '- ' + C('Twenty-two', 22, 'victim', y=2016) + ' victims were referred to shelters run by the Ministry of Women in 2016.',
             'We will write again once the 2018-2019 figures are cleared.',
             'Best regards,',
             'Protection Unit\nIOM - UN Migration, Lima Office'], align='l', size=10)
    R.p('https://mail.google.com/mail/u/0/?ik=4f1c...&view=pt            1/1', size=7, before=20)
    R.save()


def g732():
    R = new('g732', 'answered', None, ['governance', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de La Libertad', 'GRLL', 'regional_government'),
            'OFICIO N° 000312-2022-GRLL-GGR-GRDIS', ['Informe N° 0093-2022-GRLL-GGR-GRPP-SGP'], '2022-03-30',
            'oficio + SIAF annex page by meta and genérica for 2019 (requested) and 2022 (not requested), "EXPRESADO EN SOLES" page title, two ruled tables with meta group rows',
            notes='In-period 2019 and out-of-period 2022 information together.')
    top(R, ['GOBIERNO REGIONAL LA LIBERTAD', 'Gerencia Regional de Desarrollo e Inclusión Social'], 2022, 'Trujillo, 30 de marzo de 2022',
        'OFICIO N° 000312-2022-GRLL-GGR-GRDIS', logo=(logo_png('grll', 'GRLL', 'circle', (160, 60, 0)), 1.4))
    to(R, ['Señor', 'CARLOS ALBERTO MENDOZA RÍOS', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Remite información sobre presupuesto para la lucha contra la trata de personas - año 2019'),
           ('Ref.', ': Informe N° 0093-2022-GRLL-GGR-GRPP-SGP')])
    body(R, ['Me dirijo a usted, en atención a su solicitud de información sobre el presupuesto asignado y ejecutado por el Gobierno '
             'Regional La Libertad en acciones contra la trata de personas durante el año 2019.',
             'Al respecto, se adjunta el reporte de la Sub Gerencia de Presupuesto. Adicionalmente, a fin de mostrar la evolución del '
             'gasto, se incluye la información del año fiscal 2022 en curso.',
             'Cabe destacar que en 2019 el Hogar de Refugio Temporal "Casa Esperanza" acogió a ' +
             C('27 adolescentes', 27, 'adolescente', y=2019) + ' víctimas de trata y explotación sexual.',
             'Atentamente,'])
    R.sign('Abg. DIANA CAROLINA RUIZ ALVARADO', 'Gerente Regional de Desarrollo e Inclusión Social')
    R.pagebreak()
    R.p('GOBIERNO REGIONAL LA LIBERTAD - SUB GERENCIA DE PRESUPUESTO', bold=True, align='c', size=11, after=0)
    R.p('REPORTE DE EJECUCIÓN PRESUPUESTAL POR META', bold=True, align='c', size=11, after=0)
    R.p('EXPRESADO EN SOLES', bold=True, align='c', size=11, after=8)
    metas = [
        ('0087 Funcionamiento del Hogar de Refugio Temporal', [('2.1 Personal y obligaciones sociales', 210000, 208340),
                                                             ('2.3 Bienes y servicios', 148500, 139227.6),
                                                             ('2.6 Adquisición de activos no financieros', 22000, 21980)]),
        ('0091 Comisión Regional contra la Trata de Personas', [('2.3 Bienes y servicios', 36000, 30114.5)]),
        ('0104 Atención psicológica a víctimas', [('2.3 Bienes y servicios', 58000, 57420)]),
    ]
    for year, fac in ((2019, 1.0), (2022, 1.18)):
        rows = []
        for meta, items in metas:
            rows.append([meta, '', '', ''])
            for gen, pim, dev in items:
                p_ = round(pim * fac, 2) if year == 2022 else pim
                d_ = round(dev * fac * 0.93, 2) if year == 2022 else dev
                av = round(d_ / p_ * 100, 1)
                rows.append(['   ' + gen, M('{:,.2f}'.format(p_), p_, y=year, r='a', row=gen.strip()),
                             M('{:,.2f}'.format(d_), d_, y=year, r='e', row=gen.strip()), P('{:.1f}'.format(av), av, y=year, row=gen.strip(), u='column')])
        R.p('Año fiscal %d' % year, bold=True, size=10, before=6, keep=True)
        R.table([['Meta / Genérica de gasto', 'PIM', 'Devengado', 'Avance %']], rows, widths=(9.0, 3.0, 3.0, 2.0),
                unit='page', size=10, head_shade='BDD7EE', bold_rows=(0, 4, 6))
    R.p('Fuente: SIAF - Módulo de Procesos Presupuestarios. Fecha de consulta: 25/03/2022.', size=8, italic=True)
    R.save()


def g733():
    R = new('g733', 'missing', 'not_competent', ['protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'CARTA N° 056-2021-SG-MPM', ['Solicitud de fecha 11.01.2021'], '2021-01-26',
            'short carta: not competent, no referral')
    top(R, ['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Secretaría General'], 2021, 'Iquitos, 26 de enero de 2021', 'CARTA N° 056-2021-SG-MPM')
    to(R, ['Señora', 'ANA LUCÍA TORRES GAMARRA', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a solicitud de información'), ('Ref.', ': Solicitud de fecha 11.01.2021')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre la atención '
             'brindada a víctimas de trata de personas en albergues y centros de acogida de la provincia durante el año 2020.',
             'Al respecto, le comunico que la administración de centros de acogida residencial y la atención especializada a víctimas '
             'de trata de personas no se encuentran dentro de las competencias y funciones asignadas a esta Municipalidad Provincial '
             'por la Ley Orgánica de Municipalidades, Ley N° 27972, por lo que no es posible atender lo solicitado.',
             'Atentamente,'])
    R.sign('Abg. JORGE LUIS PANDURO TELLO', 'Secretario General')
    R.save()


def g734():
    R = new('g734', 'answered', None, ['protection', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA', 'AURORA', 'ministry'),
            'OFICIO N° D000218-2022-MIMP-AURORA-DE', ['Nota N° 0311-2022-MIMP-AURORA-SDPE'], '2022-04-07',
            'oficio, grid table by region with two-line headers and merged year groups, percent in prose')
    top(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Nacional AURORA', 'Dirección Ejecutiva'], 2022,
        'Lima, 07 de abril de 2022', 'OFICIO N° D000218-2022-MIMP-AURORA-DE', logo=(logo_png('aurora', 'AUR', 'circle', (150, 30, 90)), 1.3))
    to(R, ['Señora', 'MARÍA ELENA QUISPE HUAMÁN', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Casos de trata de personas atendidos por los CEM, años 2020 y 2021'),
           ('Ref.', ': Nota N° 0311-2022-MIMP-AURORA-SDPE')])
    body(R, ['Me dirijo a usted para remitirle la información de casos vinculados a trata de personas y explotación sexual atendidos '
             'por los Centros Emergencia Mujer (CEM) en las regiones con mayor incidencia, durante los años 2020 y 2021:'])
    data = [('Cusco', 41, 12, 58, 19), ('Loreto', 37, 15, 49, 22), ('Madre de Dios', 29, 9, 44, 16), ('Puno', 33, 7, 39, 11),
            ('Lima Metropolitana', 52, 18, 71, 25)]
    rows = []
    for reg, a, b, c, d in data:
        rows.append([reg, C(str(a), a, 'caso', y=2020), C(str(b), b, 'caso', y=2020), C(str(c), c, 'caso', y=2021), C(str(d), d, 'caso', y=2021)])
    rows.append(['Total', C('192', 192, 'caso', y=2020), C('61', 61, 'caso', y=2020), C('261', 261, 'caso', y=2021), C('93', 93, 'caso', y=2021)])
    R.table([['Región', '2020', '', '2021', ''],
             ['', 'Casos\natendidos', 'De ellos, menores\nde edad', 'Casos\natendidos', 'De ellos, menores\nde edad']],
            rows, merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)], widths=(4.0, 2.6, 3.2, 2.6, 3.2), num_align='c',
            colnames=[None, 'Casos atendidos', 'De ellos, menores de edad', 'Casos atendidos', 'De ellos, menores de edad'],
            bold_rows=(5,), head_shade='F2DCDB')
    body(R, ['Entre 2020 y 2021 los casos atendidos en estas regiones aumentaron en ' + P('35,9 %', 35.9) + '. Asimismo, en 2021 los '
             'CEM realizaron ' + C('318 acciones preventivas', 318, 'acción preventiva', y=2021) + ' sobre trata en instituciones educativas.',
             'Atentamente,'])
    R.sign('NANCY ROCÍO TOLENTINO GAMARRA', 'Directora Ejecutiva', 'Programa Nacional AURORA')
    R.save()


def g735():
    R = new('g735', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0219-2023-MINCETUR/VMT/DGPDT', ['Hoja de Trámite N° 1298733-2022'], '2023-01-30',
            'oficio: 2019 requested; reply describes 2021-2022 actions and a 2023 target only, small ruled table')
    top(R, ['MINISTERIO DE COMERCIO EXTERIOR Y TURISMO', 'Viceministerio de Turismo', 'Dirección General de Políticas de Desarrollo Turístico'],
        2023, 'San Isidro, 30 de enero de 2023', 'OFICIO N° 0219-2023-MINCETUR/VMT/DGPDT')
    to(R, ['Señor', 'Carlos Alberto Mendoza Ríos', 'Observatorio Ciudadano sobre Trata de Personas'])
    kv(R, [('Asunto', ': Acciones de prevención de la explotación sexual y la trata en el turismo'),
           ('Ref.', ': Hoja de Trámite N° 1298733-2022')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, a través del cual solicita información '
             'sobre las acciones de prevención de la trata de personas en el sector turismo durante el año 2019.',
             'Sobre el particular, le informamos que el "Código de Conducta contra la explotación sexual de niñas, niños y adolescentes '
             'en el ámbito del turismo" se relanzó en 2021, con los siguientes resultados:'])
    R.table([['Año', 'Prestadores que suscribieron el Código', 'Personas capacitadas']],
            [['2021', C('412', 412, 'prestador', y=2021), C('1 905', 1905, 'persona', y=2021)],
             ['2022', C('655', 655, 'prestador', y=2022), C('3 118', 3118, 'persona', y=2022)]],
            widths=(2.0, 6.5, 4.0), num_align='c', head_shade='FFF2CC')
    body(R, ['Para el año 2023 se ha programado un presupuesto de ' + M('S/ 240 000', 240000, y=2023, r='a') + ' para ampliar la '
             'campaña a ' + C('ocho destinos', 8, 'destino', y=2023) + ' turísticos priorizados.',
             'Atentamente,'])
    R.sign('MADELEINE BURNS VIDAURRE', 'Directora General de Políticas de Desarrollo Turístico')
    R.save()


def g736():
    R = new('g736', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'INFORME N° 0218-2022-MDA/GGRD-SGDC', ['Memorándum N° 441-2022-MDA/GGRD'], '2022-10-14',
            'ITSE (building safety inspection) report with "prevención" and counts; ruled table; not about trafficking')
    top(R, ['MUNICIPALIDAD DISTRITAL DE ATE', 'Gerencia de Gestión del Riesgo de Desastres', 'Subgerencia de Defensa Civil'], 2022,
        'Ate, 14 de octubre de 2022', 'INFORME N° 0218-2022-MDA/GGRD-SGDC')
    kv(R, [('A', ': Gerente de Gestión del Riesgo de Desastres'),
           ('Asunto', ': Resultados de Inspecciones Técnicas de Seguridad en Edificaciones (ITSE) - III trimestre 2022'),
           ('Ref.', ': Memorándum N° 441-2022-MDA/GGRD')])
    body(R, ['Tengo el agrado de dirigirme a usted para informar los resultados de las inspecciones técnicas de seguridad en '
             'edificaciones realizadas en el tercer trimestre, como parte de la política de prevención del riesgo de desastres:'])
    R.table([['Tipo de inspección', 'Realizadas', 'Con certificado', 'Observadas']],
            [['ITSE posterior al inicio de actividades', C('286', 286, 'inspección', y=2022), C('231', 231, 'certificado', y=2022), C('55', 55, 'inspección', y=2022)],
             ['ITSE previa', C('47', 47, 'inspección', y=2022), C('39', 39, 'certificado', y=2022), C('8', 8, 'inspección', y=2022)],
             ['Visitas de inspección (VISE)', C('112', 112, 'visita', y=2022), '-', C('19', 19, 'visita', y=2022)]],
            widths=(6.5, 2.5, 3.0, 2.5), num_align='c', head_shade='E7E6E6')
    body(R, ['Se recaudó por derecho de trámite un total de ' + M('S/ 98 315,40', 98315.40, y=2022) + '. El ' + P('19 %', 19, y=2022) +
             ' de los establecimientos observados corresponde a discotecas y locales nocturnos de la Carretera Central.',
             'Es todo cuanto informo a usted para su conocimiento.'])
    R.sign('Ing. ROBERTO CARLOS ÑAHUI SALAS', 'Subgerente de Defensa Civil')
    R.save()


def g737():
    R = new('g737', 'missing', 'denied_exception', ['prosecution'], ('2019-01-01', '2021-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'RESOLUCIÓN ADMINISTRATIVA N° 000188-2022-GAD-CSJPU-PJ', ['Solicitud N° 0078-2022'], '2022-03-02',
            'administrative resolution denying access to case files under the reserved-investigation exception; vistos/considerando/resuelve')
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Gerencia de Administración Distrital'],
             logo=(logo_png('pj', 'PJ', 'shield', (90, 20, 20)), 1.3))
    lema(R, 2022)
    R.p('RESOLUCIÓN ADMINISTRATIVA N° 000188-2022-GAD-CSJPU-PJ', bold=True, align='c')
    R.p('Puno, 02 de marzo de 2022', align='c', after=8)
    R.p('VISTO:', bold=True)
    body(R, ['La Solicitud N° 0078-2022, presentada por el Observatorio Ciudadano sobre Trata de Personas, que requiere copia de las '
             'sentencias, autos de prisión preventiva y actas de audiencia de los procesos por trata de personas tramitados entre '
             '2019 y 2021 en el Juzgado de Investigación Preparatoria de San Román; y,'])
    R.p('CONSIDERANDO:', bold=True)
    body(R, ['Primero.- Que, los procesos indicados se encuentran en etapa de investigación preparatoria o intermedia, y los '
             'actuados contienen la identidad de víctimas menores de edad.',
             'Segundo.- Que, el artículo 17, numeral 4, del TUO de la Ley N° 27806 exceptúa del acceso la información referida a '
             'investigaciones en trámite, y el artículo 324 del Código Procesal Penal establece la reserva de la investigación.',
             'Tercero.- Que, la identidad de las víctimas de trata de personas es reservada conforme a la ley de la materia.'])
    R.p('SE RESUELVE:', bold=True)
    body(R, ['Artículo Primero.- DECLARAR IMPROCEDENTE la Solicitud N° 0078-2022, por encontrarse la información en el supuesto de '
             'excepción antes citado.',
             'Artículo Segundo.- NOTIFICAR la presente resolución a la solicitante.',
             'Regístrese y comuníquese.'])
    R.sign('C.P.C. EDGAR ROLANDO CUTIPA MAMANI', 'Gerente de Administración Distrital')
    R.save()


def g738():
    R = new('g738', 'missing', 'acknowledgment', [], None,
            S('British Embassy Lima', None, 'foreign'),
            None, [], '2021-11-22',
            'short English acknowledgment e-mail style letter from an embassy; modern slavery vocabulary, no information',
            lang='en', font='Arial', size=11)
    R.header(['BRITISH EMBASSY', 'LIMA'], rule=True)
    R.p('22 November 2021', align='r')
    to(R, ['Citizens\u2019 Observatory on Trafficking in Persons', 'Lima'])
    body(R, ['Dear Sir or Madam,',
             'Thank you for your letter of 9 November concerning the United Kingdom\u2019s cooperation with Peru in tackling modern '
             'slavery and human trafficking, including support for victim identification, prevention campaigns and the work of '
             'specialised prosecutors.',
             'We confirm that your letter has been received and passed to the relevant team in the Embassy. We aim to respond to '
             'correspondence within 20 working days.',
             'Yours faithfully,'], align='l')
    R.sign('Correspondence Unit', 'British Embassy Lima', before=16, align='l', firma=False)
    R.save()


def g739():
    R = new('g739', 'out_of_period', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional del Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N° 411-2021-GR CUSCO/GRDS', ['Solicitud S/N del 15.03.2021'], '2021-04-05',
            'oficio, request 2020; all information refers to 2016-2017 (creation of the regional network), unruled table, miles in caption',
            font='Book Antiqua', size=11)
    top(R, ['GOBIERNO REGIONAL DEL CUSCO', 'Gerencia Regional de Desarrollo Social'], 2021, 'Cusco, 05 de abril de 2021',
        'OFICIO N° 411-2021-GR CUSCO/GRDS')
    to(R, ['Señora', 'ANA LUCÍA TORRES GAMARRA', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre la Red Regional contra la Trata de Personas (año 2020)'),
           ('Ref.', ': Solicitud S/N del 15.03.2021')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia. Al respecto, la Sub Gerencia de '
             'Promoción Social cuenta con la documentación del proceso de conformación de la Red Regional contra la Trata de '
             'Personas y el Tráfico Ilícito de Migrantes, instalada en 2016, que resumimos a continuación:'])
    R.table([['Concepto', '2016', '2017']],
            [['Instituciones integrantes de la Red', C('23', 23, 'institución', y=2016), C('31', 31, 'institución', y=2017)],
             ['Sesiones realizadas', C('5', 5, 'sesión', y=2016), C('9', 9, 'sesión', y=2017)],
             ['Presupuesto ejecutado', M('42,5', 42500.0, y=2016, r='e'), M('67,8', 67800.0, y=2017, r='e')]],
            caption='Cuadro N° 1: Red Regional contra la Trata (presupuesto en miles de soles)', caption_bold=False, unit='caption',
            ruled='none', head_shade=None, widths=(7.0, 2.5, 2.5), num_align='c')
    body(R, ['Los informes de la gestión 2019-2022 se encuentran en proceso de transferencia documental.',
             'Atentamente,'])
    R.sign('Mg. YOLANDA QUISPE CHOQUE', 'Gerente Regional de Desarrollo Social')
    R.save()
