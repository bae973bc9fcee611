"""blind-v11 letters m001-m015 (answered). Written from scratch for this set; people, numbers and events invented."""
from common import *
from lib import M, C, P


def m001():
    R = new('m001', 'answered', None, ['prevention', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0412-2020-MTPE/2/15', ['Informe N° 0027-2020-MTPE/2/15.1'], '2020-02-11',
            'oficio + informe on page 2: ruled table of workshops by region with percent column and total, money in sentences')
    letter(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Viceministerio de Promoción del Empleo y Capacitación Laboral',
               'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], 2020,
           'Lima, 11 de febrero de 2020', 'OFICIO N° 0412-2020-MTPE/2/15',
           ['Señora', 'ROSARIO QUISPE HUAMANTICA', 'Coordinadora del Observatorio Ciudadano "Libres"', 'Jr. Huancavelica 344, Cercado de Lima'],
           [('ASUNTO:', 'Atención a solicitud de acceso a la información pública sobre acciones contra la trata de personas y el trabajo forzoso ejecutadas en el año 2019'),
            ('REF.:', 'Solicitud con Registro N° 0003318-2020 (Expediente virtual)')])
    body(R, ['Me dirijo a usted en relación con el documento de la referencia, mediante el cual solicita información sobre las acciones desarrolladas por este Ministerio en el marco del Plan Nacional contra la Trata de Personas, durante el periodo comprendido entre el 1 de enero y el 31 de diciembre de 2019.',
             'Al respecto, remito adjunto el Informe N° 0027-2020-MTPE/2/15.1, elaborado por la Dirección de Promoción y Protección de los Derechos Fundamentales Laborales, que contiene el detalle de las actividades de sensibilización y del presupuesto ejecutado.',
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('Abog. Julio César Taipe Ormeño', 'Director General de Derechos Fundamentales y Seguridad y Salud en el Trabajo')
    R.pagebreak()
    R.p('INFORME N° 0027-2020-MTPE/2/15.1', bold=True, align='c', after=4)
    kv(R, [('A:', 'Julio César Taipe Ormeño, Director General'), ('DE:', 'Milagros Ccahuana Yupanqui, Directora de Promoción y Protección de los Derechos Fundamentales Laborales'),
           ('FECHA:', 'Lima, 7 de febrero de 2020')], size=10)
    R.p('1. Durante el ejercicio 2019, la Dirección ejecutó la estrategia "Trabajo sin engaños", orientada a prevenir la captación de jóvenes con ofertas laborales fraudulentas. Las acciones se concentraron en las regiones con mayor incidencia de casos reportados:', align='j', size=10)
    ctab(R, [['Región', 'Talleres descentralizados', 'Servidores y orientadores capacitados', 'Participación (%)']],
         [('Cusco', [6, 142]), ('Madre de Dios', [9, 188]), ('Puno', [5, 97]), ('Loreto', [7, 164]), ('Lima Metropolitana', [11, 301])],
         ['taller', 'servidor'], year=2019, pct=(1,), widths=(4.2, 3.6, 4.6, 3.2), caption='Cuadro N° 1: Actividades de sensibilización 2019', size=9)
    R.p('2. Asimismo, se distribuyeron %s de material informativo (volantes y afiches) en agencias de empleo privadas y se realizaron %s a agencias de empleo en coordinación con la SUNAFIL.'
        % (C('12,500 ejemplares', 12500, 'ejemplar', y=2019), C('34 visitas de orientación', 34, 'visita', y=2019)), align='j', size=10)
    R.p('3. Para estas actividades se programó un presupuesto de %s en la Meta 0045, de los cuales se ejecutó %s, lo que representa un avance de %s del marco asignado.'
        % (M('S/ 186,400.00', 186400, y=2019, r='a'), M('S/ 171,233.50', 171233.5, y=2019, r='e'), P('91.9 %', 91.9, y=2019)), align='j', size=10)
    R.p('4. Se recomienda remitir el presente informe a la administrada.', align='j', size=10)
    R.sign('Lic. Milagros Ccahuana Yupanqui', 'Directora de Promoción y Protección de los Derechos Fundamentales Laborales', before=18)


def m002():
    R = new('m002', 'answered', None, ['prosecution', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', None, 'autonomous'),
            'OFICIO N° 118-2019-MP-FN-FPEDTP-LIMA', ['Oficio N° 2231-2019-MP-FN-GG-OAIP'], '2019-03-04',
            'oficio with a monthly table ruled with horizontal lines only, two count columns and a total row; counts in text')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima'], rule=False)
    lema(R, 2019)
    R.p('Lima, 04 de marzo de 2019', align='r')
    R.p('OFICIO N° 118-2019-MP-FN-FPEDTP-LIMA', bold=True, after=6)
    to(R, ['Doctora', 'ANA LUCÍA MENDOZA RÍOS', 'Jefa de la Oficina de Acceso a la Información Pública', 'Gerencia General del Ministerio Público', 'Presente.-'])
    R.p('**Referencia:** Oficio N° 2231-2019-MP-FN-GG-OAIP (solicitud de Acceso a la Información de la Sra. Verónica Palacios Cueto)', size=10)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, a fin de remitir la información estadística de este Despacho correspondiente al año 2018, conforme a lo requerido por la solicitante.',
             'En dicho año este Despacho registró un total de %s por el delito de trata de personas (artículo 153 del Código Penal), de los cuales %s se formalizaron con investigación preparatoria y %s fueron archivados en sede preliminar. Se emitieron %s.'
             % (C('214 carpetas fiscales ingresadas', 214, 'carpeta fiscal', y=2018), C('61', 61, 'carpeta fiscal', y=2018),
                C('97', 97, 'carpeta fiscal', y=2018), C('19 requerimientos acusatorios', 19, 'requerimiento acusatorio', y=2018)),
             'El detalle mensual de las diligencias de intervención es el siguiente:'])
    data = [('Enero', [2, 7]), ('Febrero', [1, 3]), ('Marzo', [3, 12]), ('Abril', [2, 4]), ('Mayo', [4, 15]), ('Junio', [1, 2]),
            ('Julio', [3, 9]), ('Agosto', [2, 11]), ('Setiembre', [2, 5]), ('Octubre', [5, 18]), ('Noviembre', [3, 8]), ('Diciembre', [1, 6])]
    ctab(R, [['Mes (2018)', 'Operativos con participación fiscal', 'Presuntas víctimas rescatadas']], data, ['operativo', 'víctima'], year=2018,
         ruled='hlines', widths=(3.5, 5.0, 5.0), total='TOTAL', size=9)
    body(R, ['De las presuntas víctimas rescatadas, %s eran menores de edad y fueron puestas a disposición de la Unidad de Protección Especial; las demás fueron derivadas al Programa de Protección y Asistencia a Víctimas y Testigos.'
             % C('38', 38, 'víctima', y=2018),
             'Es todo cuanto informo a usted para los fines pertinentes.'])
    R.sign('Dra. Carmen Rosa Villanueva Paredes', 'Fiscal Provincial Titular', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', before=20)


def m003():
    R = new('m003', 'answered', None, ['prosecution', 'protection'], ('2020-01-01', '2021-12-31'),
            S('Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Madre de Dios', None, 'autonomous'),
            'OFICIO N° 000733-2022-MP-FN-PJFSMADREDEDIOS', ['Carta N° 055-2022-ONG-CHS'], '2022-05-19',
            'oficio, table by fiscalía with two years side by side under merged year headers (carpetas / víctimas), total row')
    R.header(['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Presidencia de la Junta de Fiscales Superiores de Madre de Dios'], align='l', logo=(logo_png('mpfn11', 'MP', 'circle', (10, 60, 120)), 1.4))
    lema(R, 2022)
    R.p('Puerto Maldonado, 19 de mayo de 2022', align='r')
    R.p('OFICIO N° 000733-2022-MP-FN-PJFSMADREDEDIOS', bold=True)
    to(R, ['Señor', 'HÉCTOR LUNA CHUQUIMIA', 'Director Ejecutivo', 'Asociación Casa Hogar Semillitas', 'Av. Ernesto Rivero 512 - Tambopata'])
    kv(R, [('Asunto', ': Se remite información sobre casos de trata de personas, años 2020 y 2021'), ('Referencia', ': Carta N° 055-2022-ONG-CHS')])
    body(R, ['Es grato dirigirme a usted para saludarlo cordialmente y, en atención al documento de la referencia, informarle que el Área de Estadística de este Distrito Fiscal ha consolidado las carpetas fiscales por el delito de trata de personas y sus formas agravadas en los años 2020 y 2021, según el cuadro siguiente:'])
    data = [('Fiscalía Provincial Especializada en Delitos de Trata de Personas', [48, 57, 63, 71]),
            ('Fiscalía Provincial Penal Corporativa de Tambopata', [12, 9, 15, 11]),
            ('Fiscalía Provincial Mixta de Mazuko', [21, 26, 34, 40]),
            ('Fiscalía Provincial Mixta de Iberia', [5, 3, 6, 4]),
            ('Fiscalía Provincial Mixta de Salvación', [2, 4, 2, 5])]
    head = [['Despacho fiscal', 'Carpetas fiscales', '', 'Víctimas identificadas', ''], ['', '2020', '2021', '2020', '2021']]
    ctab(R, head, data, ['carpeta fiscal', 'carpeta fiscal', 'víctima', 'víctima'], year=[2020, 2021, 2020, 2021],
         merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(6.8, 2.2, 2.2, 2.2, 2.2),
         colnames=[None, 'Carpetas fiscales 2020', 'Carpetas fiscales 2021', 'Víctimas identificadas 2020', 'Víctimas identificadas 2021'],
         head_shade='C6E0B4', size=9)
    body(R, ['Cabe precisar que en el año 2021 se obtuvieron %s y que %s se encuentran con acusación en etapa intermedia. Las víctimas menores de edad fueron derivadas a la Unidad de Protección Especial de Madre de Dios y al Centro de Atención Residencial "Virgen de la Candelaria".'
             % (C('nueve (09) sentencias condenatorias', 9, 'sentencia condenatoria', y=2021), C('23 carpetas', 23, 'carpeta fiscal', y=2021)),
             'Atentamente,'])
    R.sign('Dr. Raúl Eusebio Cárdenas Huillca', 'Presidente de la Junta de Fiscales Superiores', 'Distrito Fiscal de Madre de Dios', before=22)


def m004():
    R = new('m004', 'answered', None, ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Corte Superior de Justicia de Loreto', 'CSJLO', 'autonomous'),
            'OFICIO N° 000281-2020-P-CSJLO-PJ', ['Informe N° 000014-2020-CE-UPD-GAD-CSJLO-PJ'], '2020-01-30',
            'oficio with an unruled table by court (no ruling at all), counts of expedientes and sentencias; percentages in text')
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE LORETO', 'Presidencia'], size=9)
    lema(R, 2020)
    R.p('Iquitos, 30 de enero de 2020', align='r')
    R.p('OFICIO N° 000281-2020-P-CSJLO-PJ', bold=True)
    to(R, ['Señorita', 'Patricia Isuiza Tapullima', 'Investigadora del Centro Amazónico de Estudios Sociales', 'Calle Putumayo 780, Iquitos'])
    R.p('Asunto: Acceso a la información pública – procesos por trata de personas 2019', bold=True)
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, por la cual requiere el número de procesos judiciales por el delito de trata de personas tramitados en este Distrito Judicial durante el año 2019. Sobre el particular, la Coordinación de Estadística de la Unidad de Planeamiento y Desarrollo ha emitido el Informe N° 000014-2020-CE-UPD-GAD-CSJLO-PJ, cuyo resumen es el siguiente:'])
    data = [('1° Juzgado de Investigación Preparatoria de Maynas', [38, 4]), ('2° Juzgado de Investigación Preparatoria de Maynas', [27, 3]),
            ('Juzgado Penal Colegiado Supraprovincial', [19, 11]), ('Juzgado de Investigación Preparatoria de Nauta', [8, 1]),
            ('Juzgado Mixto de Requena', [6, None]), ('Juzgado Mixto de Caballococha', [9, 2])]
    ctab(R, [['Órgano jurisdiccional', 'Expedientes ingresados', 'Sentencias emitidas']], data, ['expediente', 'sentencia'], year=2019,
         ruled='none', widths=(8.5, 3.3, 3.3), total='Total Distrito Judicial', size=9.5, head_shade=None)
    body(R, ['Del total de sentencias emitidas, el %s fueron condenatorias con pena efectiva y el %s absolutorias. El %s de los expedientes ingresados corresponde a casos de explotación sexual en zonas de actividad extractiva.'
             % (P('71.4%', 71.4, y=2019), P('14.3%', 14.3, y=2019), P('62 %', 62, y=2019)),
             'Se le informa, asimismo, que los órganos jurisdiccionales no administran presupuesto específico para el Plan Nacional contra la Trata de Personas.',
             'Atentamente,'])
    R.sign('Dr. Edwin Arévalo Sinarahua', 'Presidente de la Corte Superior de Justicia de Loreto', before=20)


def m005():
    R = new('m005', 'answered', None, ['prosecution', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Policía Nacional del Perú - División de Investigación Criminal Puno', 'DIVINCRI PUNO', 'police'),
            'OFICIO N° 287-2019-REGPOL-PUNO/DIVINCRI-DEPINTRATA', ['Oficio N° 1054-2019-REGPOL-PUNO/SEC'], '2019-04-22',
            'police oficio; a long table by month and province that continues over a page break with its header repeated, total row on page 2')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PUNO', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL - DEPARTAMENTO DE INVESTIGACIÓN DE TRATA DE PERSONAS'], align='l', size=8.5)
    lema(R, 2019)
    R.p('Puno, 22 de abril de 2019', align='r')
    R.p('OFICIO N° 287-2019-REGPOL-PUNO/DIVINCRI-DEPINTRATA', bold=True)
    to(R, ['SEÑOR CORONEL PNP', 'JEFE DE LA REGIÓN POLICIAL PUNO', 'PUNO.-'])
    kv(R, [('ASUNTO', ': Remite información estadística sobre intervenciones por trata de personas - año 2018'),
           ('REF.', ': Oficio N° 1054-2019-REGPOL-PUNO/SEC, que traslada la solicitud de la Sra. Elena Mamani Condori')])
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento de la referencia, para remitir la información estadística de las intervenciones realizadas por el personal de este Departamento durante el año 2018, discriminada por mes y provincia de intervención:'])
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    provs = ['Puno', 'San Román', 'Sandia', 'Carabaya']
    import random
    rg = random.Random(511)
    data = []
    for mth in months:
        for pv in provs:
            if rg.random() < 0.12:
                continue
            a = rg.randint(1, 4)
            b = rg.randint(0, 3)
            c = rg.randint(0, 7)
            data.append(([mth, pv], [a, b, c]))
    ctab(R, [['Mes', 'Provincia', 'Operativos', 'Detenidos', 'Víctimas rescatadas']], data, ['operativo', 'detenido', 'víctima'], year=2018,
         label_cols=2, widths=(3.0, 3.4, 3.0, 3.0, 3.6), total='TOTAL 2018', repeat_head=True, size=9, head_shade='BDD7EE')
    body(R, ['De las víctimas rescatadas, %s fueron mujeres adolescentes captadas en la provincia de Carabaya para su explotación en bares de La Rinconada. Las víctimas fueron puestas a disposición del Ministerio Público y de la UPE Puno.'
             % C('veintiuno (21)', 21, 'víctima', y=2018), 'Es cuanto informo a usted para los fines del caso.'])
    R.sign('Mayor PNP Wilber Apaza Choque', 'Jefe del DEPINTRATA - DIVINCRI Puno', 'CIP N° 31240518', before=18)


def m006():
    R = new('m006', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 0148-2022-GRL-GRDS', [], '2022-03-15',
            'oficio of a regional social development office; figures only in prose and bullet lists, money in words with the amount in brackets')
    R.header(['GOBIERNO REGIONAL DE LORETO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], size=10, logo=(logo_png('gorel11', 'GRL', 'shield', (0, 100, 60)), 1.5))
    lema(R, 2022)
    R.p('Iquitos, 15 de marzo del 2022', align='r')
    R.p('OFICIO N° 0148-2022-GRL-GRDS', bold=True, under=True)
    to(R, ['Señor:', 'Lic. MARCO ANTONIO PINEDO VELA', 'Presidente del Colectivo Regional Amazonía sin Trata', 'Iquitos.-'])
    R.p('ASUNTO: Información sobre la implementación de la política contra la trata de personas en Loreto – ejercicio fiscal 2021', bold=True, size=10)
    body(R, ['De mi consideración:', 'Por medio del presente me dirijo a usted en atención a su pedido de información, para comunicarle lo ejecutado por esta Gerencia en el ejercicio fiscal 2021 en materia de trata de personas:'])
    R.bullets(['La Red Regional de Lucha contra la Trata de Personas y el Tráfico Ilícito de Migrantes sesionó en %s, con la participación de %s públicas y privadas.'
               % (C('ocho (8) oportunidades', 8, 'sesión', y=2021), C('27 instituciones', 27, 'institución', y=2021)),
               'Se aprobó el Plan Regional de Acción 2021-2025 mediante Ordenanza Regional, que contiene %s y %s.' % (C('14 indicadores', 14, 'indicador', y=2021), C('9 acciones estratégicas', 9, 'acción estratégica', y=2021)),
               'En el marco de la campaña "Loreto te cuida", se realizaron %s en instituciones educativas de Maynas, Alto Amazonas y Datem del Marañón, llegando a %s y %s.'
               % (C('cuarenta y dos (42) charlas', 42, 'charla', y=2021), C('3 874 estudiantes', 3874, 'estudiante', y=2021), C('611 padres de familia', 611, 'padre de familia', y=2021)),
               'Se capacitó a %s de las UGEL en la identificación de señales de captación por redes sociales.' % C('158 docentes tutores', 158, 'docente', y=2021)])
    body(R, ['Para el financiamiento de las acciones antes descritas se asignó la suma de cincuenta y cuatro mil setecientos y 00/100 soles (%s), con cargo a Recursos Ordinarios; al cierre del ejercicio se devengó %s, equivalente al %s de lo asignado.'
             % (M('S/ 54,700.00', 54700, y=2021, r='a'), M('S/ 49,216.80', 49216.8, y=2021, r='e'), P('89.97%', 89.97, y=2021)),
             'Sin otro particular, quedo de usted.', 'Atentamente,'])
    R.sign('Abog. Lizbeth Panduro Ríos', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Loreto', before=18)


def m007():
    R = new('m007', 'answered', None, ['governance', 'prevention'], ('2018-01-01', '2019-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'CARTA N° 092-2020-SG/MDSJL', ['Expediente N° 04418-2020'], '2020-02-26',
            'short carta; substantive null answer (no actions, no budget in the period), no figures')
    R.header(['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Secretaría General - Oficina de Transparencia y Acceso a la Información'], size=9)
    lema(R, 2020)
    R.p('San Juan de Lurigancho, 26 de febrero de 2020', align='r')
    R.p('CARTA N° 092-2020-SG/MDSJL', bold=True)
    to(R, ['Señor', 'Gonzalo Ferrer Alvarado', 'Calle Los Jazmines 210, Urb. Canto Rey', 'San Juan de Lurigancho'])
    R.p('Referencia: Expediente N° 04418-2020 – Solicitud de acceso a la información pública', size=10)
    body(R, ['Es grato dirigirme a usted, en atención al expediente de la referencia, por el cual solicita información sobre las acciones, actividades y presupuesto destinados por esta corporación municipal a la prevención y atención de la trata de personas durante los años 2018 y 2019.',
             'Al respecto, de acuerdo con lo informado por la Gerencia de Desarrollo Humano y la Subgerencia de Planeamiento y Presupuesto, se le comunica que durante el periodo solicitado esta Municipalidad no ha desarrollado acciones específicas de prevención, atención o persecución de la trata de personas, ni ha asignado presupuesto para dicho fin en las metas presupuestarias de los ejercicios 2018 y 2019. Tampoco se ha conformado una comisión o red distrital sobre la materia.',
             'Sin perjuicio de lo expuesto, la Gerencia de Desarrollo Humano ha manifestado su disposición de incorporar la temática en el Plan Operativo Institucional de los próximos ejercicios.',
             'Atentamente,'])
    R.sign('Abog. Rocío del Pilar Saavedra Lino', 'Secretaria General', 'Funcionaria responsable de entregar la información', before=20)


def m008():
    R = new('m008', 'answered', None, ['governance', 'prevention'], ('2017-01-01', '2018-12-31'),
            S('Universidad Nacional de San Agustín de Arequipa', 'UNSA', 'other'),
            'OFICIO N° 0355-2019-VR.INV-UNSA', ['Carta s/n de fecha 12 de marzo de 2019'], '2019-03-28',
            'university oficio; substantive null answer with zero counts written in words and digits, one zero amount')
    R.header(['UNIVERSIDAD NACIONAL DE SAN AGUSTÍN DE AREQUIPA', 'VICERRECTORADO DE INVESTIGACIÓN'], size=10, logo=(logo_png('unsa11', 'UNSA', 'circle', (130, 10, 30)), 1.6))
    R.p('"%s"' % LEMA[2019], align='c', italic=True, size=8, after=8)
    R.p('Arequipa, 28 de marzo de 2019', align='r')
    R.p('OFICIO N° 0355-2019-VR.INV-UNSA', bold=True)
    to(R, ['Señora', 'Dra. Karina Valdivia Zegarra', 'Presente.-'])
    R.p('Ref.: Carta s/n de fecha 12 de marzo de 2019', size=10)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la carta de la referencia, mediante la cual solicita información sobre investigaciones, proyectos y actividades de extensión universitaria relacionados con la trata de personas, ejecutados por nuestra Universidad en los años 2017 y 2018.',
             'Sobre el particular, la Dirección de Gestión de la Investigación ha verificado el registro de proyectos financiados con recursos del canon minero y el repositorio institucional, concluyendo que en los años 2017 y 2018 se financiaron %s vinculados a la trata de personas, explotación sexual o trabajo forzoso, y que el presupuesto asignado para dicha temática fue de %s.'
             % (C('cero (0) proyectos de investigación', 0, 'proyecto de investigación', y=None), M('S/ 0.00', 0, r='a')),
             'Asimismo, la Dirección de Extensión Cultural y Proyección Social informa que en dicho periodo no se desarrollaron cursos, talleres ni campañas sobre la materia. Se registra, únicamente, la sustentación de %s de pregrado en la Escuela Profesional de Trabajo Social (2018), que se encuentra disponible en el repositorio.' % C('una (1) tesis', 1, 'tesis', y=2018),
             'Atentamente,'])
    R.sign('Dr. Horacio Barreda Tamayo', 'Vicerrector de Investigación', before=20)


def m009():
    R = new('m009', 'answered', None, ['prevention', 'governance', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional Cusco', 'GORE CUSCO', 'regional_government'),
            'OFICIO N° 226-2020-GR CUSCO/GRDS', ['Informe N° 041-2020-GR CUSCO/GRDS-SGPS'], '2020-02-05',
            'oficio with numbered answers to each question; real numbers for some actions, a programme "no ha sido creado", another matter is another entity\'s competence; small two-column table')
    R.header(['GOBIERNO REGIONAL CUSCO', 'Gerencia Regional de Desarrollo Social'], size=10)
    lema(R, 2020)
    R.p('Cusco, 05 de febrero de 2020', align='r')
    R.p('OFICIO N° 226-2020-GR CUSCO/GRDS', bold=True)
    to(R, ['Señora:', 'Mg. Yolanda Huarcaya Pillco', 'Coordinadora de la Mesa de Concertación para la Lucha contra la Pobreza - Cusco', 'Ciudad.-'])
    R.p('ASUNTO: Respuesta a solicitud de información – acciones contra la trata de personas, año 2019', bold=True, size=10)
    R.p('REF.: Informe N° 041-2020-GR CUSCO/GRDS-SGPS', size=10)
    body(R, ['Me dirijo a usted para saludarla y, de acuerdo con lo informado por la Subgerencia de Promoción Social en el documento de la referencia, absolver las preguntas de su solicitud en el orden planteado:'])
    R.p('**1. Acciones de prevención realizadas en 2019.** Se desarrollaron %s en las provincias de Quispicanchi, La Convención y Canchis, con la asistencia de %s. Se instalaron %s en los terminales terrestres de Cusco y Sicuani.'
        % (C('14 talleres de sensibilización', 14, 'taller', y=2019), C('1,260 estudiantes de secundaria', 1260, 'estudiante', y=2019), C('2 módulos informativos', 2, 'módulo informativo', y=2019)), align='j')
    R.p('**2. Programa regional de reintegración de víctimas.** El Programa Regional de Reinserción para víctimas de trata de personas previsto en el Plan Regional no ha sido creado a la fecha, por no contar con la aprobación de la Ordenanza correspondiente.', align='j')
    R.p('**3. Denuncias, investigaciones y operativos.** Esta información es de competencia de la Policía Nacional del Perú y del Ministerio Público, por lo que no obra en los archivos de este Gobierno Regional.', align='j')
    R.p('**4. Presupuesto.** Las acciones de prevención se financiaron con la meta presupuestaria 0087 "Promoción de derechos de poblaciones vulnerables", según el detalle siguiente:', align='j')
    R.table([['Concepto', 'Monto 2019']],
            [['Presupuesto asignado (PIM)', M('S/ 48,500.00', 48500, y=2019, r='a', u='cell')],
             ['Ejecución (devengado)', M('S/ 45,912.40', 45912.4, y=2019, r='e', u='cell')],
             ['Saldo no ejecutado', M('S/ 2,587.60', 2587.6, y=2019, u='cell')]], widths=(7.0, 4.0), size=10)
    body(R, ['Asimismo, la Red Regional contra la Trata de Personas realizó %s ordinarias en el año 2019.' % C('cuatro (04) sesiones', 4, 'sesión', y=2019), 'Atentamente,'])
    R.sign('Lic. Efraín Quispe Mamani', 'Gerente Regional de Desarrollo Social', before=16)


def m010():
    R = new('m010', 'answered', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA', 'AURORA', 'ministry'),
            'OFICIO N° D000214-2019-MIMP-AURORA-DE', ['Informe Técnico N° D000037-2019-MIMP-AURORA-SDPE'], '2019-07-09',
            'oficio + annex table by region with columns for 2017 and 2018 (mixed: the year before the requested one is given beside it), total row',
            notes='Mixed: 2017 column beside the requested 2018; status answered.')
    R.header(['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Nacional AURORA - Dirección Ejecutiva'], size=9)
    lema(R, 2019)
    R.p('San Isidro, 09 de julio de 2019', align='r')
    R.p('OFICIO N° D000214-2019-MIMP-AURORA-DE', bold=True)
    to(R, ['Señora', 'FIORELLA CASTILLO MEZA', 'Comunicadora social', 'Av. Arequipa 2450, Lince'])
    kv(R, [('Asunto', 'Atenciones a víctimas de trata de personas en los Centros Emergencia Mujer'), ('Referencia', 'Solicitud de acceso a la información pública (año 2018)')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para hacerle llegar el Informe Técnico N° D000037-2019-MIMP-AURORA-SDPE, con el número de casos de trata de personas atendidos por los Centros Emergencia Mujer (CEM) en el año 2018. Con fines comparativos, la Unidad de Generación de Información y Gestión del Conocimiento ha añadido las cifras del año 2017.'])
    data = [('Lima Metropolitana', [41, 56]), ('Cusco', [18, 27]), ('Madre de Dios', [22, 19]), ('Puno', [9, 14]), ('Loreto', [15, 21]),
            ('Arequipa', [6, 11]), ('Tumbes', [4, 7]), ('Junín', [7, 5]), ('Otras regiones', [13, 18])]
    ctab(R, [['Región', 'Casos atendidos 2017', 'Casos atendidos 2018']], data, 'caso', year=[2017, 2018], widths=(5.5, 4.0, 4.0),
         caption='Casos de trata de personas atendidos en los CEM, por región', total='Total nacional', head_shade='F4B084')
    body(R, ['En el año 2018, el %s de las personas atendidas fueron mujeres y el %s tenía entre 12 y 17 años de edad. Todas las víctimas recibieron atención psicológica, social y patrocinio legal, y %s fueron derivadas a hogares de refugio temporal.'
             % (P('88.5%', 88.5, y=2018), P('46.1%', 46.1, y=2018), C('31', 31, 'víctima', y=2018)), 'Atentamente,'])
    R.sign('Mg. Claudia Benavides Rojas', 'Directora Ejecutiva', 'Programa Nacional AURORA', before=16)


def m011():
    R = new('m011', 'answered', None, ['prosecution', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000097-2021-SUNAFIL/INII', [], '2021-04-12',
            'oficio; requested 2019-2020 and also gives the first quarter of 2021; bullets and a table with years as rows, percent column',
            notes='Mixed: 2021 first-quarter figures beside the requested 2019-2020; status answered.')
    R.header(['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], size=9, align='r')
    lema(R, 2021)
    R.p('Lima, 12 de abril de 2021', align='r')
    R.p('OFICIO N° 000097-2021-SUNAFIL/INII', bold=True)
    to(R, ['Señor', 'JAVIER ALONSO PRADO TELLO', 'Calle Schell 343, Miraflores'])
    R.p('Asunto: Información sobre inspecciones en materia de trabajo forzoso y trata con fines de explotación laboral (2019 - 2020)', size=10, bold=True)
    body(R, ['Me dirijo a usted en atención a su solicitud, a fin de informarle que el Grupo Especializado de Inspectores en materia de Trabajo Forzoso e Infantil ha desarrollado las siguientes acciones:'])
    ctab(R, [['Periodo', 'Órdenes de inspección', 'Trabajadores identificados en trabajo forzoso', 'Actas de infracción']],
         [('Año 2019', [126, 84, 31]), ('Año 2020', [73, 52, 17]), ('Enero - marzo 2021', [22, 9, 6])],
         ['orden de inspección', 'trabajador', 'acta de infracción'], year=[None, None, None], total='Total', widths=(4.0, 3.6, 5.0, 3.4), size=9,
         head_shade='DDEBF7')
    R.bullets(['En el año 2020, el %s de las órdenes de inspección se realizó en forma virtual a causa del estado de emergencia sanitaria.' % P('61 %', 61, y=2020),
               'Se impusieron multas por %s en 2019 y %s en 2020, por infracciones muy graves vinculadas al trabajo forzoso.' % (M('S/ 1 284 600,00', 1284600, y=2019), M('S/ 702 450,00', 702450, y=2020)),
               'Se realizaron %s dirigidos a inspectores de las Intendencias Regionales.' % C('5 cursos de especialización', 5, 'curso', y=None)])
    body(R, ['Las cifras del primer trimestre de 2021 son preliminares. Atentamente,'])
    R.sign('Abog. Teresa Cabrera Solís', 'Intendenta Nacional de Inteligencia Inspectiva', before=16)
    for f in R.figs:   # the table rows name the year
        if f['year'] is None and f['row'] in ('Año 2019', 'Año 2020', 'Enero - marzo 2021'):
            f['year'] = {'Año 2019': 2019, 'Año 2020': 2020, 'Enero - marzo 2021': 2021}[f['row']]


def _fix_years(R, mapping):
    """Set the year of table figures from their row label."""
    for f in R._pending:
        if f['row'] in mapping and f['year'] is None:
            f['year'] = mapping[f['row']]


def m012():
    R = new('m012', 'answered', None, ['protection', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 001562-2019-MIGRACIONES-SM-IN', ['Informe N° 000208-2019-JZ16LIM-MIGRACIONES'], '2019-05-14',
            'oficio; table of foreign victims by nationality with sex under a merged header, total row and column; counts in prose')
    R.header(['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Gerencia de Servicios Migratorios - Subgerencia de Movimiento Migratorio'], size=9,
             logo=(logo_png('migra11', 'MIG', 'square', (0, 70, 140)), 1.3))
    lema(R, 2019)
    R.p('Breña, 14 de mayo de 2019', align='r')
    R.p('OFICIO N° 001562-2019-MIGRACIONES-SM-IN', bold=True)
    to(R, ['Señora', 'MARÍA FERNANDA OSORIO GUTIÉRREZ', 'Capital Humano y Social Alternativo', 'Presente.-'])
    body(R, ['Es grato dirigirme a usted, en relación con su solicitud de información sobre personas extranjeras víctimas de trata de personas durante el año 2018, para remitirle lo informado por la Jefatura Zonal de Lima mediante Informe N° 000208-2019-JZ16LIM-MIGRACIONES.',
             'En el año 2018 se registraron %s de calidad migratoria humanitaria o de regularización a personas extranjeras identificadas como presuntas víctimas de trata, según el siguiente detalle por nacionalidad:' % C('73 trámites', 73, 'trámite', y=2018)])
    head = [['Nacionalidad', 'Sexo', '', 'Total'], ['', 'Mujeres', 'Hombres', '']]
    rows = []
    for nat, a, b in [('Venezolana', 38, 6), ('Colombiana', 11, 2), ('Ecuatoriana', 5, 1), ('Boliviana', 4, 3), ('China', 0, 2), ('Dominicana', 1, 0)]:
        rows.append((nat, [a, b, a + b]))
    ctab(R, head, rows, 'víctima', year=2018, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)), widths=(4.5, 3.0, 3.0, 3.0),
         colnames=[None, 'Sexo Mujeres', 'Sexo Hombres', 'Total'], total='TOTAL', size=9.5, head_shade='E2EFDA')
    body(R, ['Adicionalmente, en los puestos de control migratorio se emitieron %s por posibles casos de trata, que fueron comunicadas a la DIRCTPTIM de la Policía Nacional.' % C('156 alertas', 156, 'alerta', y=2018),
             'Atentamente,'])
    R.sign('Abog. Iván Sotomayor Quiroz', 'Subgerente de Movimiento Migratorio', before=16)


def m013():
    R = new('m013', 'answered', None, ['governance', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Defensoría del Pueblo', None, 'autonomous'),
            'OFICIO N° 0081-2021-DP/ADHPD', ['Informe de Adjuntía N° 002-2021-DP/ADHPD'], '2021-02-23',
            'oficio; percentages and counts in running text, a small ruled table of supervised entities with percent of compliance')
    R.header(['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos Humanos y las Personas con Discapacidad'], size=9)
    lema(R, 2021)
    R.p('Lima, 23 de febrero de 2021', align='r')
    R.p('OFICIO N° 0081-2021-DP/ADHPD', bold=True)
    to(R, ['Señor', 'DIEGO ALEJANDRO RAMÍREZ PONCE', 'Estudiante de la Facultad de Derecho - PUCP'])
    body(R, ['Tengo el agrado de dirigirme a usted para atender su pedido de información sobre la supervisión defensorial a la política contra la trata de personas en el año 2020.',
             'En dicho año, la Defensoría del Pueblo supervisó %s encargadas de la atención de víctimas, entre Unidades de Protección Especial, Centros de Atención Residencial y hogares de refugio temporal. Los resultados se publicaron en el Informe de Adjuntía N° 002-2021-DP/ADHPD.' % C('58 entidades', 58, 'entidad', y=2020),
             'El cumplimiento de los estándares mínimos de atención fue el siguiente:'])
    R.table([['Tipo de entidad supervisada', 'N°', 'Cumplen estándares (%)']],
            [['Unidades de Protección Especial', C('17', 17, 'entidad', y=2020), P('64.7', 64.7, y=2020)],
             ['Centros de Atención Residencial', C('23', 23, 'entidad', y=2020), P('43.5', 43.5, y=2020)],
             ['Hogares de refugio temporal', C('18', 18, 'entidad', y=2020), P('38.9', 38.9, y=2020)]], widths=(7.5, 2.0, 4.0), size=9.5, head_shade='FFF2CC')
    body(R, ['Asimismo, se tramitaron %s vinculadas a víctimas de trata y se advirtió que solo el %s de los gobiernos regionales contaba con presupuesto específico para la atención de víctimas.'
             % (C('39 quejas', 39, 'queja', y=2020), P('28 por ciento', 28, y=2020)), 'Atentamente,'])
    R.sign('Dra. Silvia Loayza Barrientos', 'Adjunta para los Derechos Humanos y las Personas con Discapacidad', before=16)


def m014():
    R = new('m014', 'answered', None, ['governance', 'prosecution'], ('2017-01-01', '2018-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 318-2019-INEI/DTDIS', ['Solicitud de Acceso N° 1187-2019'], '2019-06-03',
            'oficio + annex with the figures of the Registro de Trata (RETA) by department; the annex table has a caption "Cifras absolutas" and a percent-change column')
    R.header(['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Técnica de Demografía e Indicadores Sociales'], size=9)
    lema(R, 2019)
    R.p('Lima, 3 de junio de 2019', align='r')
    R.p('OFICIO N° 318-2019-INEI/DTDIS', bold=True)
    to(R, ['Señor', 'ALBERTO NÚÑEZ CÁRDENAS', 'Jr. Cahuide 1115, Jesús María'])
    body(R, ['Me dirijo a usted con relación a la Solicitud de Acceso N° 1187-2019, a fin de remitirle las estadísticas de denuncias por el delito de trata de personas registradas en los años 2017 y 2018, elaboradas a partir de los registros administrativos del Ministerio del Interior (Sistema RETA-PNP) y del Ministerio Público (SISTRA).',
             'A nivel nacional se registraron %s en 2017 y %s en 2018, lo que significa una variación de %s.'
             % (C('1 433 denuncias', 1433, 'denuncia', y=2017), C('1 397 denuncias', 1397, 'denuncia', y=2018), P('-2,5%', -2.5, y=2018))])
    R.p('Denuncias por trata de personas, según departamento, 2017-2018', bold=True, align='c', after=0, size=10)
    data = [('Lima', [507, 488]), ('Cusco', [141, 133]), ('Madre de Dios', [118, 126]), ('Puno', [96, 91]), ('Loreto', [82, 88]),
            ('Arequipa', [77, 71]), ('Junín', [64, 59]), ('Piura', [45, 50]), ('Callao', [39, 44]), ('Tacna', [33, 35]), ('Resto del país', [231, 212])]
    rows = []
    for d, (a, b) in data:
        rows.append((d, [a, b, Pf(round((b - a) / a * 100, 1), 1, st='eu', y=2018)]))
    ctab(R, [['Departamento', '2017', '2018', 'Var. %']], rows, ['denuncia', 'denuncia', None], year=[2017, 2018, None], widths=(5.0, 3.0, 3.0, 3.0),
         caption='(Cifras absolutas)', unit='caption', total='Total', st='sp', size=9, head_shade='D0CECE', total_cells=True)
    R.p('Fuente: Ministerio del Interior - RETA PNP; Ministerio Público - SISTRA. Elaboración: INEI.', italic=True, size=8)
    R.sign('Econ. Nancy Hidalgo Calle', 'Directora Técnica de Demografía e Indicadores Sociales', before=14)


def m015():
    R = new('m015', 'answered', None, ['governance'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'OFICIO N° 0219-2020-EF/50.07', ['Oficio N° 0087-2020-IN/DGSD'], '2020-03-10',
            'oficio; table of PNAT budget by pliego with the unit only in the caption "(en millones de soles)", decimal amounts scaled x1e6; total row')
    R.header(['MINISTERIO DE ECONOMÍA Y FINANZAS', 'Dirección General de Presupuesto Público'], size=9)
    lema(R, 2020)
    R.p('Lima, 10 de marzo de 2020', align='r')
    R.p('OFICIO N° 0219-2020-EF/50.07', bold=True)
    to(R, ['Señor', 'CÉSAR AUGUSTO LEÓN BARBOZA', 'Instituto de Estudios Presupuestarios Ciudadanos'])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud de información sobre el presupuesto público vinculado al Plan Nacional contra la Trata de Personas 2017-2021 en el año fiscal 2019, la cual fue trasladada a esta Dirección General con Oficio N° 0087-2020-IN/DGSD.',
             'Sobre el particular, de acuerdo con la información registrada en el aplicativo del Presupuesto por Resultados y en el SIAF, los pliegos con actividades identificadas en el PNAT presentan la siguiente ejecución:'])
    data = [('Ministerio del Interior', 6.42, 5.87), ('Ministerio Público', 9.15, 8.61), ('Ministerio de la Mujer y Poblaciones Vulnerables', 4.38, 4.02),
            ('Ministerio de Trabajo y Promoción del Empleo', 0.61, 0.55), ('Ministerio de Justicia y Derechos Humanos', 1.27, 1.19),
            ('Gobiernos regionales (agregado)', 2.03, 1.48)]
    rows = []
    ta = te = 0
    for lab, a, e in data:
        ta += a; te += e
        rows.append([lab, Mf(a, dec=2, scale=1e6, y=2019, r='a', u='caption'), Mf(e, dec=2, scale=1e6, y=2019, r='e', u='caption'), Pf(round(e / a * 100, 1), 1, y=2019, u='column')])
    rows.append(['Total', Mf(round(ta, 2), dec=2, scale=1e6, y=2019, r='a', u='caption'), Mf(round(te, 2), dec=2, scale=1e6, y=2019, r='e', u='caption'), Pf(round(te / ta * 100, 1), 1, y=2019, u='column')])
    R.table([['Pliego', 'PIM', 'Devengado', 'Avance (%)']], rows, widths=(8.0, 2.6, 2.6, 2.6), caption='Presupuesto vinculado al PNAT, año fiscal 2019 (en millones de soles)',
            bold_rows=(len(rows) - 1,), size=9, head_shade='D9E1F2')
    body(R, ['Es preciso señalar que el PNAT no cuenta con un programa presupuestal propio, por lo que las cifras corresponden a actividades identificadas por los pliegos con la etiqueta de trata de personas. Atentamente,'])
    R.sign('Econ. Ricardo Bedoya Paz', 'Director de Articulación del Presupuesto Territorial', before=16)
