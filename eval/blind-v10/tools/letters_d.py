"""blind-v10 letters k040-k050 (missing). Written from scratch for this set; officials, numbers and events invented."""
from lib import M, C, P, logo_png
from common import S, new, lema, kv, to, top, asunto, body, letter, memo_head, fmt, Mf, Cn, Pf, siaf, notes_block


def k040():
    ref = 'OFICIO N° 0411-2019-MINEM/SG'
    R = new('k040', 'missing', 'not_competent', ['prevention', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Energía y Minas', 'MINEM', 'ministry'), ref, [], '2019-04-02',
            'oficio: not competent, no referral')
    letter(R, ['MINISTERIO DE ENERGÍA Y MINAS', 'Secretaría General'], 2019, 'San Borja, 02 de abril de 2019', ref,
           ['Señor', 'ABEL ORLANDO CÁRDENAS TICONA', 'Presente.-'],
           [('ASUNTO:', 'Acciones de prevención y fiscalización de la trata de personas en zonas mineras durante 2018')])
    body(R, ['Me dirijo a usted en relación con su solicitud. Sobre el particular, cumplo con informarle que, conforme al Reglamento de Organización y Funciones vigente, el Ministerio de Energía y Minas no tiene competencias en materia de prevención de la trata de personas ni de fiscalización o persecución de dicho delito en zonas de minería informal, por lo que no es posible atender su pedido.',
             'Atentamente,'])
    R.sign('Abog. GIANCARLO PEÑA VILLANUEVA', 'Secretario General')


def k041():
    ref = 'CARTA N° 00127-2023-MIDIS/SG/OACGD'
    R = new('k041', 'missing', 'acknowledgment', [], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'), ref, ['Registro N° 2023-0019874'], '2023-02-01',
            'acknowledgment of receipt with registry stamp')
    letter(R, ['MINISTERIO DE DESARROLLO E INCLUSIÓN SOCIAL', 'Oficina de Atención al Ciudadano y Gestión Documental'], 2023,
           'San Isidro, 01 de febrero de 2023', ref, ['Señora', 'FIORELLA ANTONIETA LUNA VARGAS', 'Presente.-'],
           [('ASUNTO:', 'Acuse de recibo de solicitud de acceso a la información pública'), ('REF.:', 'Registro N° 2023-0019874')])
    R.stamp(['MIDIS', 'RECEPCIONADO', '31 ENE 2023', 'Folios: 1'], color=(0, 90, 60))
    body(R, ['Me dirijo a usted para comunicarle que su solicitud de información sobre las acciones del MIDIS contra la trata de personas durante el año 2022 ha sido recibida y registrada, y que ha sido remitida a la unidad orgánica que posee la información para su atención dentro del plazo legal.',
             'Podrá consultar el estado de su trámite en la plataforma de gestión documental del Ministerio.'])
    R.sign('Lic. SILVIA CONSUELO RÍOS ZAPATA', 'Jefa de la Oficina de Atención al Ciudadano y Gestión Documental')


def k042():
    ref = 'OFICIO N° 091-2021/GRP-110000'
    R = new('k042', 'missing', 'acknowledgment', ['governance', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional Piura', 'GRP', 'regional_government'), ref, [], '2021-02-15',
            'oficio announcing an extension of the term (prórroga), no information yet')
    letter(R, ['GOBIERNO REGIONAL PIURA', 'Secretaría General'], 2021, 'Piura, 15 de febrero de 2021', ref,
           ['Señor', 'ERICK MANUEL SEMINARIO CASTRO', 'Presente.-'],
           [('ASUNTO:', 'Prórroga del plazo para atender solicitud de acceso a la información')])
    body(R, ['Me dirijo a usted en relación con su solicitud sobre el funcionamiento de la Red Regional contra la Trata de Personas y los servicios de atención a víctimas en el año 2020.',
             'Al respecto, debido a que la información requerida debe ser recopilada de varias unidades orgánicas y de las subregiones Luciano Castillo Colonna y Morropón Huancabamba, se le comunica que, en aplicación del literal g) del artículo 11 del TUO de la Ley N° 27806, el plazo de atención se prorroga hasta el 05 de marzo de 2021.'])
    R.sign('Abog. LILIANA MARGARITA ECHE CHUNGA', 'Secretaria General')


def k043():
    ref = 'CARTA N° 031-2022-MPH/GSG'
    R = new('k043', 'missing', 'clarification', [], None,
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'), ref, ['Expediente N° 221905'], '2022-05-09',
            'carta asking the requester to specify the period and information (subsanar); period not stated')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Gerencia de Secretaría General'], 2022, 'Huancayo, 09 de mayo de 2022', ref,
           ['Señor', 'DIEGO ARMANDO ROJAS POMA', 'Presente.-'],
           [('ASUNTO:', 'Solicitud de subsanación'), ('REF.:', 'Expediente N° 221905')])
    body(R, ['Me dirijo a usted para comunicarle que su solicitud de la referencia, referida a "todo lo realizado contra la trata", no precisa el periodo ni la documentación concreta que requiere, lo que impide su atención.',
             'En tal sentido, de conformidad con el artículo 11 del Reglamento de la Ley N° 27806, se le otorga un plazo de dos días hábiles para que precise lo solicitado; caso contrario, se dará por concluido el trámite.'])
    R.sign('Abog. ROCÍO DEL PILAR ARANA QUISPE', 'Gerente de Secretaría General')


def k044():
    ref = 'OFICIO N° 0152-2021-INPE/05'
    R = new('k044', 'missing', 'clarification', ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'), ref, [], '2021-01-26',
            'oficio asking to correct the form (missing identity data) before attending the request')
    letter(R, ['INSTITUTO NACIONAL PENITENCIARIO', 'Secretaría General'], 2021, 'Lima, 26 de enero de 2021', ref,
           ['Señora', 'ANDREA LUCÍA SOTO BECERRA', 'Presente.-'],
           [('ASUNTO:', 'Observación a solicitud sobre internos sentenciados por trata de personas en 2020')])
    body(R, ['Me dirijo a usted, para comunicarle que su solicitud no consigna el número de documento de identidad ni el domicilio del solicitante, requisitos exigidos por el artículo 10 del Reglamento de la Ley de Transparencia.',
             'Le agradeceremos subsanar dichas omisiones en un plazo de dos días hábiles, a efectos de continuar con el trámite de su pedido.'])
    R.sign('Abog. HERNÁN ALFONSO LIZARRAGA TAPIA', 'Secretario General')


def k045():
    ref = 'OFICIO N° 1143-2022-DIRNIC PNP/DIVIAC-SEC'
    R = new('k045', 'missing', 'denied_exception', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Policía Nacional del Perú - Dirección Nacional de Investigación Criminal', 'DIRNIC-PNP', 'police'), ref, [], '2022-06-02',
            'oficio denying access under an exception of the transparency law')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL', 'División de Investigación de Alta Complejidad'], 2022,
           'Lima, 02 de junio de 2022', ref, ['Señor', 'RAFAEL IGNACIO BEJARANO SALAS', 'Presente.-'],
           [('ASUNTO:', 'Respuesta a solicitud sobre investigaciones de trata de personas con fines de explotación sexual en 2021')])
    body(R, ['Tengo el honor de dirigirme a usted, para comunicarle que la información solicitada, referida al detalle de las investigaciones en curso y de las organizaciones criminales intervenidas, constituye información reservada, conforme al numeral 1 del artículo 16 del TUO de la Ley N° 27806, por estar vinculada a la planificación y ejecución de operaciones policiales y a investigaciones en trámite.',
             'En consecuencia, se deniega su solicitud, quedando a salvo su derecho de interponer recurso de apelación conforme a ley.'])
    R.sign('CORONEL PNP JAVIER ORLANDO MEZA CUBAS', 'Jefe de la DIVIAC PNP')


def k046():
    R = new('k046', 'missing', 'no_reply', ['protection', 'prevention'], ('2021-07-01', '2021-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'), None, [], '2022-02-03',
            'printout of a request-tracking system: request pending with deadline expired, no reply; no own number', size=9, notes="Printout of the municipality's document-tracking system; letter_date is the print date; no reply document exists.")
    R.p('MUNICIPALIDAD DISTRITAL DE VILLA EL SALVADOR', bold=True, size=11, after=0)
    R.p('Sistema de Trámite Documentario - Consulta de expedientes', size=9, after=0)
    R.p('Fecha de impresión: 03/02/2022 10:14:52        Usuario: CONSULTA_WEB', size=8, after=8)
    R.table([['Campo', 'Detalle']],
            [['Expediente', 'TRANS-2022-000184'],
             ['Tipo de trámite', 'Solicitud de acceso a la información pública (Ley N° 27806)'],
             ['Asunto', 'Acciones de prevención y atención de víctimas de trata de personas, julio - diciembre 2021'],
             ['Fecha de ingreso', '10/01/2022'],
             ['Fecha límite de atención', '24/01/2022'],
             ['Unidad actual', 'Gerencia de Desarrollo Humano'],
             ['Estado', 'PENDIENTE - PLAZO VENCIDO'],
             ['Documento de respuesta', '(ninguno)']], widths=(5.0, 10.5), row_label_col=None, size=9)
    R.p('Movimientos', bold=True, size=9)
    R.table([['Fecha', 'Origen', 'Destino', 'Acción']],
            [['10/01/2022', 'Mesa de Partes Virtual', 'Secretaría General', 'Registro'],
             ['11/01/2022', 'Secretaría General', 'Gerencia de Desarrollo Humano', 'Derivado para atención']],
            widths=(2.5, 4.5, 4.5, 4.0), row_label_col=None, size=8.5)


def k047():
    ref = 'INFORME N° 0312-2022-MPT/GGA-SGLP'
    R = new('k047', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Trujillo', 'MPT', 'provincial_municipality'), ref, [], '2022-08-18',
            'off-topic informe on street cleaning and solid waste: operativos, table by district with total, PIM and devengado')
    memo_head(R, ref, [('A:', 'Ing. RAMIRO CASTAÑEDA LEYVA\nGerente de Gestión Ambiental'), ('DE:', 'Ing. ERIKA JOHANA CRUZ VEREAU\nSubgerente de Limpieza Pública'),
                        ('ASUNTO:', 'Resultados del servicio de limpieza pública, primer semestre 2022'), ('FECHA:', 'Trujillo, 18 de agosto de 2022')],
              ['MUNICIPALIDAD PROVINCIAL DE TRUJILLO', 'Gerencia de Gestión Ambiental'], year=2022)
    body(R, [f"Durante el primer semestre de 2022 se recolectaron {Cn(96420, 'tonelada', y=2022)} toneladas de residuos sólidos y se ejecutaron {C('57', 57, 'operativo', y=2022)} operativos contra el arrojo de basura en la vía pública, imponiéndose {C('312', 312, 'papeleta', y=2022)} papeletas de infracción.",
             'La recolección por distrito del ámbito del servicio fue la siguiente:'])
    data = [('Trujillo', 51230), ('El Porvenir', 14880), ('Florencia de Mora', 6120), ('La Esperanza', 18760), ('Víctor Larco Herrera', 5430)]
    rows = [[d, Cn(t, 'tonelada', st='sp', y=2022)] for d, t in data]
    rows.append(['Total', Cn(96420, 'tonelada', st='sp', y=2022)])
    R.table([['Distrito', 'Toneladas recolectadas']], rows, widths=(6.0, 4.0), bold_rows=(5,))
    body(R, [f"El PIM de la actividad asciende a {M('S/ 18 462 300,00', 18462300.0, y=2022, r='a')}, con un devengado al 30 de junio de {M('S/ 8 907 115,42', 8907115.42, y=2022, r='e')} ({P('48,2 %', 48.2, y=2022)}). "
             f"Asimismo, se capacitó a {C('140', 140, 'trabajador', y=2022)} trabajadores de limpieza en seguridad y salud en el trabajo."])
    R.sign('Ing. ERIKA JOHANA CRUZ VEREAU', 'Subgerente de Limpieza Pública')


def k048():
    ref = 'OFICIO N° 0542-2021-VIVIENDA/VMVU-PNVR'
    R = new('k048', 'missing', 'off_topic', [], None,
            S('Ministerio de Vivienda, Construcción y Saneamiento', 'VIVIENDA', 'ministry'), ref, [], '2021-10-05',
            'off-topic oficio on rural housing modules (friaje): table by region, caption "en miles de soles" (x1000 in gold)')
    letter(R, ['MINISTERIO DE VIVIENDA, CONSTRUCCIÓN Y SANEAMIENTO', 'Programa Nacional de Vivienda Rural'], 2021, 'Lima, 05 de octubre de 2021', ref,
           ['Señor', 'TEÓFILO CONDORI LAURA', 'Alcalde de la Municipalidad Distrital de Santa Rosa', 'Melgar - Puno'],
           [('ASUNTO:', 'Avance de módulos habitacionales "Sumaq Wasi" en zonas de heladas y friaje')])
    body(R, ['Me dirijo a usted para informarle sobre el avance de la intervención del Programa en la temporada de heladas y friaje 2021, en la cual se priorizó a familias en situación de pobreza de centros poblados ubicados por encima de los 3 500 m s. n. m.:'])
    data = [('Puno', 1240, 28520.0), ('Cusco', 860, 19780.0), ('Huancavelica', 710, 16330.0), ('Pasco', 295, 6785.0)]
    rows = [[r, Cn(n, 'módulo', y=2021, u='column'), Mf(v, dec=1, scale=1000, y=2021, r='e')] for r, n, v in data]
    rows.append(['Total', Cn(3105, 'módulo', y=2021, u='column'), Mf(71415.0, dec=1, scale=1000, y=2021, r='e')])
    R.table([['Región', 'Módulos concluidos', 'Inversión ejecutada']], rows, widths=(5.0, 3.5, 4.0), bold_rows=(4,),
            caption='Módulos habitacionales concluidos e inversión 2021 (en miles de soles)', unit='caption')
    body(R, [f"Con ello se benefició a {Cn(12420, 'persona', y=2021)} personas, alcanzando el {P('87%', 87.0, y=2021)} de la meta anual.", 'Atentamente,'])
    R.sign('Arq. LUZ MARINA TAPIA OCHOA', 'Directora Ejecutiva del Programa Nacional de Vivienda Rural')


def k049():
    ref = 'OFICIO N° 0731-2023-GRJ/ORSDN'
    R = new('k049', 'missing', 'off_topic', [], None,
            S('Gobierno Regional Junín', 'GRJ', 'regional_government'), ref, ['Informe Técnico N° 088-2023-GRJ/ORSDN-COER'], '2023-03-30',
            'off-topic two-page oficio on rainfall emergency: victims, families affected, aid delivered, table by province with totals, budget')
    letter(R, ['GOBIERNO REGIONAL JUNÍN', 'Oficina Regional de Seguridad y Defensa Nacional', 'Centro de Operaciones de Emergencia Regional - COER'], 2023,
           'Huancayo, 30 de marzo de 2023', ref, ['Señor', 'DIRECTOR DESCONCENTRADO DEL INDECI - JUNÍN', 'Presente.-'],
           [('ASUNTO:', 'Consolidado de daños y atención por lluvias intensas, enero - marzo 2023'), ('REF.:', 'Informe Técnico N° 088-2023-GRJ/ORSDN-COER')])
    body(R, ['Me dirijo a usted para remitir el consolidado de daños y de la ayuda humanitaria entregada a consecuencia de las lluvias intensas, huaicos y deslizamientos registrados en la región durante el primer trimestre de 2023, según el informe de la referencia.',
             f"Se registraron {C('9', 9, 'víctima mortal', y=2023)} víctimas mortales, {C('23', 23, 'persona', y=2023)} personas heridas y {Cn(4876, 'familia', y=2023)} familias afectadas; "
             f"asimismo, {C('612', 612, 'vivienda', y=2023)} viviendas quedaron inhabitables."])
    data = [('Huancayo', 1320, 410, 160), ('Chanchamayo', 1485, 530, 212), ('Satipo', 1102, 395, 148), ('Jauja', 512, 140, 52), ('Tarma', 457, 125, 40)]
    rows = [[p, Cn(a, 'familia', y=2023), C(str(b), b, 'kit', y=2023), C(str(c), c, 'vivienda', y=2023)] for p, a, b, c in data]
    rows.append(['TOTAL', Cn(4876, 'familia', y=2023), Cn(1600, 'kit', y=2023), C('612', 612, 'vivienda', y=2023)])
    R.table([['Provincia', 'Familias afectadas', 'Kits de abrigo y alimentos entregados', 'Viviendas inhabitables']], rows,
            widths=(4.0, 3.5, 4.5, 3.5), bold_rows=(5,), head_shade='FFF2CC')
    body(R, [f"Para la atención se habilitó una modificación presupuestaria por {M('S/ 2 350 000', 2350000.0, y=2023, r='a')}, de los cuales se han comprometido {M('S/ 1 187 640,50', 1187640.5, y=2023, r='c')} a la fecha. "
             f"Se desplegaron {C('36', 36, 'brigada', y=2023)} brigadas de respuesta y se realizaron {C('11', 11, 'operativo', y=2023)} operativos de limpieza de cauces con maquinaria regional.",
             'Se adjunta el detalle de los puntos críticos identificados por las municipalidades provinciales, cuyo seguimiento está a cargo de la Plataforma Regional de Defensa Civil. Sin otro particular.'])
    R.sign('Ing. WALTER ENRIQUE CASO BERROSPI', 'Jefe de la Oficina Regional de Seguridad y Defensa Nacional')
    R.pagebreak()
    R.p('ANEXO: PUNTOS CRÍTICOS IDENTIFICADOS', bold=True, align='c')
    R.table([['Provincia', 'Distrito', 'Tipo de peligro', 'Puntos críticos']],
            [['Chanchamayo', 'San Ramón', 'Huaico', C('7', 7, 'punto crítico', y=2023)],
             ['Chanchamayo', 'Vitoc', 'Deslizamiento', C('4', 4, 'punto crítico', y=2023)],
             ['Satipo', 'Pangoa', 'Inundación', C('6', 6, 'punto crítico', y=2023)],
             ['Huancayo', 'Chilca', 'Huaico', C('3', 3, 'punto crítico', y=2023)],
             ['Tarma', 'Palca', 'Deslizamiento', C('5', 5, 'punto crítico', y=2023)]],
            widths=(3.5, 3.5, 4.0, 3.0), row_label_fn=lambda i, rw: rw[1])


def k050():
    ref = 'OFICIO N° 0265-2020-MINAGRI-SERFOR-ATFFS-SELVA CENTRAL'
    R = new('k050', 'missing', 'off_topic', [], None,
            S('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR', 'other'), ref, [], '2020-11-24',
            'off-topic oficio on illegal logging control: operativos, denuncias, decomisos, capacitaciones, multas in dollars and soles')
    letter(R, ['MINISTERIO DE AGRICULTURA Y RIEGO', 'SERVICIO NACIONAL FORESTAL Y DE FAUNA SILVESTRE', 'Administración Técnica Forestal y de Fauna Silvestre - Selva Central'], 2020,
           'La Merced, 24 de noviembre de 2020', ref, ['Señor', 'FISCAL PROVINCIAL DE LA FISCALÍA ESPECIALIZADA EN MATERIA AMBIENTAL DE CHANCHAMAYO', 'Presente.-'],
           [('ASUNTO:', 'Resultados de control forestal enero - octubre 2020')])
    body(R, [f"Me dirijo a usted para informar que, entre enero y octubre de 2020, esta ATFFS realizó {C('48', 48, 'operativo', y=2020)} operativos de control del transporte de productos forestales en las vías Satipo - Mazamari y La Merced - Oxapampa, "
             f"en los que se decomisó {Cn(1862, 'metro cúbico', y=2020)} metros cúbicos de madera sin sustento de origen y se formularon {C('21', 21, 'denuncia', y=2020)} denuncias por delitos contra los recursos naturales.",
             f"Las multas impuestas suman {M('S/ 412,750.00', 412750.0, y=2020)}, equivalentes a {M('US$ 114,650', 114650.0, y=2020, cur='USD')} al tipo de cambio de la fecha de emisión. "
             f"Además, se capacitó a {C('96', 96, 'custodio forestal', y=2020)} custodios forestales de comunidades nativas asháninkas y yaneshas, y el {P('35 %', 35.0, y=2020)} de los puntos de control operó las 24 horas.",
             'Atentamente,'])
    R.sign('Ing. FREDDY ROLANDO ARTICA MAYTA', 'Administrador Técnico Forestal y de Fauna Silvestre - Selva Central')
