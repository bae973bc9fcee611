"""blind-v11 letters m016-m030 (answered m016-m024, out_of_period m025-m030). Written from scratch; people, numbers, events invented."""
from common import *
from lib import M, C, P


def m016():
    R = new('m016', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2022-06-30'),
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'OFICIO N° 000412-2022-VRIP/UNMSM', ['Expediente UNMSM-20220031877'], '2022-08-08',
            'university oficio; numbered list of research projects with amounts "S/ 18.5 mil", a two-column borderless list of outreach activities')
    R.header(['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Universidad del Perú, DECANA DE AMÉRICA', 'Vicerrectorado de Investigación y Posgrado'], size=9, italic_rest=True)
    lema(R, 2022)
    R.p('Ciudad Universitaria, 8 de agosto de 2022', align='r')
    R.p('OFICIO N° 000412-2022-VRIP/UNMSM', bold=True)
    to(R, ['Señora', 'LUCÍA ARMAS VILLAVICENCIO', 'Periodista - Unidad de Investigación "Ojo Público"'])
    R.p('Referencia: Expediente UNMSM-20220031877 (información sobre trata de personas, enero 2021 a junio 2022)', size=10)
    body(R, ['Me dirijo a usted para remitirle la información solicitada, proporcionada por el Instituto de Investigaciones Histórico Sociales y la Dirección de Responsabilidad Social:',
             '**A. Investigación.** En la convocatoria de Proyectos de Investigación con Financiamiento 2021 se aprobaron los siguientes proyectos relacionados con la trata de personas:'])
    R.p('1) "Rutas de captación de adolescentes en la Amazonía sur", Facultad de Ciencias Sociales, financiamiento de %s (2021).' % M('S/ 18.5 mil', 18500, y=2021, r='a'), indent=0.8, size=10)
    R.p('2) "Trabajo forzoso en la minería aurífera informal", Facultad de Ingeniería Geológica, financiamiento de %s (2021).' % M('S/ 22 mil', 22000, y=2021, r='a'), indent=0.8, size=10)
    R.p('3) "Representaciones de la explotación sexual en medios digitales", Facultad de Letras, financiamiento de %s (2022).' % M('S/ 9.8 mil', 9800, y=2022, r='a'), indent=0.8, size=10)
    R.p('Al 30 de junio de 2022 se ha ejecutado el %s del monto total transferido a los tres proyectos.' % P('74%', 74, y=2022), size=10, align='j')
    R.p('**B. Proyección social.** En el mismo periodo se registraron las siguientes actividades:', align='j')
    kv(R, [('Conversatorios virtuales', ': %s, con %s' % (C('6', 6, 'conversatorio'), C('1 912 asistentes', 1912, 'asistente'))),
           ('Voluntariado', ': %s del programa "San Marcos Contra la Trata"' % C('85 estudiantes voluntarios', 85, 'voluntario')),
           ('Ferias informativas', ': %s en Lima Norte y Callao' % C('4 ferias', 4, 'feria'))], tab=5.0, w2=11.0)
    body(R, ['La Universidad integra, además, la Red Interuniversitaria contra la Trata de Personas desde marzo de 2021. Atentamente,'])
    R.sign('Dr. Alfonso Paucar Rivas', 'Vicerrector de Investigación y Posgrado', before=14)


def m017():
    R = new('m017', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0663-2020-MINCETUR/VMT/DGPDT', ['Memorándum N° 0104-2020-MINCETUR/VMT/DGPDT/DCT'], '2020-01-24',
            'oficio; table by region with long wrapped column headers in three count columns, total row; money in sentences "nuevos soles"')
    R.header(['MINISTERIO DE COMERCIO EXTERIOR Y TURISMO', 'Viceministerio de Turismo', 'Dirección General de Políticas de Desarrollo Turístico'], size=9)
    lema(R, 2020)
    R.p('San Isidro, 24 de enero de 2020', align='r')
    R.p('OFICIO N° 0663-2020-MINCETUR/VMT/DGPDT', bold=True)
    to(R, ['Señor', 'RODRIGO ZEVALLOS ARCE', 'Asociación Peruana de Turismo Responsable', 'Av. José Pardo 610, Miraflores'])
    kv(R, [('Asunto:', 'Acciones de prevención de la explotación sexual de niñas, niños y adolescentes en el ámbito del turismo (2019)'),
           ('Referencia:', 'Memorándum N° 0104-2020-MINCETUR/VMT/DGPDT/DCT')])
    body(R, ['Es grato dirigirme a usted, en atención a su solicitud de acceso a la información pública, para informarle que en el año 2019 este Ministerio, a través de la Dirección de Calidad Turística, implementó la campaña "Turismo sí, explotación no" en coordinación con las Direcciones Regionales de Comercio Exterior y Turismo, con los resultados siguientes:'])
    data = [('Cusco', [214, 388, 9]), ('Lima', [176, 402, 7]), ('Loreto', [58, 131, 4]), ('Madre de Dios', [41, 97, 5]),
            ('Piura', [63, 120, 3]), ('Arequipa', [88, 166, 4]), ('Ica', [35, 74, 2])]
    ctab(R, [['Región', 'Prestadores de servicios turísticos que suscribieron el Código de Conducta', 'Trabajadores del sector turismo capacitados en prevención de la ESNNA', 'Operativos de difusión en destinos turísticos']],
         data, ['prestador de servicios turísticos', 'trabajador', 'operativo de difusión'], year=2019, widths=(3.2, 4.6, 4.6, 3.6), total='Total', size=9, head_shade='FCE4D6')
    body(R, ['Para dichas acciones se programaron %s, de los cuales se ejecutaron %s al 31 de diciembre de 2019. Además, se imprimieron %s para su distribución en aeropuertos y hoteles.'
             % (M('95 mil nuevos soles', 95000, y=2019, r='a'), M('93 418,20 nuevos soles', 93418.2, y=2019, r='e'), C('20 000 stickers', 20000, 'sticker', y=2019)), 'Atentamente,'])
    R.sign('Lic. Gabriela Quiroga Meneses', 'Directora General de Políticas de Desarrollo Turístico', before=14)


def m018():
    R = new('m018', 'answered', None, ['prevention', 'protection', 'governance'], ('2017-01-01', '2018-12-31'),
            S('International Labour Organization - Office for the Andean Countries', 'ILO', 'foreign'),
            None, [], '2019-02-18', 'English letter from an international organization without an own number; table in USD with the currency in the header, total row',
            lang='en', font='Times New Roman')
    R.header(['International Labour Organization', 'ILO Office for the Andean Countries', 'Las Flores 275, San Isidro, Lima 27 - Peru'], size=9, align='l', italic_rest=True)
    R.p('Lima, 18 February 2019', align='r', after=10)
    to(R, ['Ms. Adriana Vela Cornejo', 'Researcher, Trafficking in Persons Observatory', 'Lima'])
    R.p('Subject: Your request for information on ILO activities against forced labour and trafficking in persons in Peru, January 2017 - December 2018', bold=True, size=10)
    body(R, ['Dear Ms. Vela,', 'Thank you for your letter. Although the ILO is not subject to Peru\'s transparency law, we are pleased to share the following information on our technical cooperation in 2017 and 2018, which supported the Multisectoral Commission and the National Plan against Trafficking in Persons.'])
    rows = [['Bridge Project (forced labour protocol)', M('1,240,000', 1240000, y=None, r='a', cur='USD'), M('1,116,530', 1116530, y=None, r='e', cur='USD')],
            ['Fair recruitment initiative (Cusco, Puno)', M('385,000', 385000, y=None, r='a', cur='USD'), M('352,910', 352910, y=None, r='e', cur='USD')],
            ['Support to labour inspection (SUNAFIL)', M('210,500', 210500, y=None, r='a', cur='USD'), M('207,125', 207125, y=None, r='e', cur='USD')],
            ['Total', M('1,835,500', 1835500, y=None, r='a', cur='USD'), M('1,676,565', 1676565, y=None, r='e', cur='USD')]]
    R.table([['Project', 'Budget 2017-2018 (USD)', 'Spent by 31 Dec 2018 (USD)']], rows, widths=(8.0, 3.8, 3.8), size=9.5, bold_rows=(3,), head_shade='DDEBF7', font='Times New Roman')
    body(R, ['Under these projects, %s and %s were trained in 2018, and %s of forced labour received direct assistance with the Ministry of Labour. The share of women among the trainees was %s.'
             % (C('312 labour inspectors', 312, 'labour inspector', y=2018), C('1,045 community leaders', 1045, 'community leader', y=2018),
                C('seven survivors', 7, 'survivor', y=2018), P('58 percent', 58, y=2018)),
             'Please do not hesitate to contact us if you require further details.', 'Yours sincerely,'])
    R.sign('Philippe Hartmann', 'Director, ILO Office for the Andean Countries', before=14, firma=False)


def m019():
    R = new('m019', 'answered', None, ['governance', 'prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de Tumbes', 'GORE TUMBES', 'regional_government'),
            'OFICIO N° 0071-2021/GOB.REG.TUMBES-GGR-GRPPAT', [], '2021-02-02',
            'short oficio + landscape SIAF annex by product and activity under the page title "EXPRESADO EN SOLES" (unit only in the page title), avance % without sign')
    R.header(['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], size=9)
    lema(R, 2021)
    R.p('Tumbes, 02 de febrero del 2021', align='r')
    R.p('OFICIO N° 0071-2021/GOB.REG.TUMBES-GGR-GRPPAT', bold=True)
    to(R, ['Señor', 'Ing. Álvaro Castro Silupú', 'Responsable de Acceso a la Información Pública', 'Presente.-'])
    body(R, ['Tengo a bien dirigirme a usted, a fin de remitir, para su atención a la solicitante, el reporte de la ejecución presupuestal del ejercicio 2020 de las actividades vinculadas a la prevención de la trata de personas y la atención de víctimas, extraído del SIAF (Reporte SIAF de ejecución por producto/proyecto), que se adjunta en un (01) folio.',
             'Atentamente,'])
    R.sign('CPC. Judith Ramírez Olaya', 'Gerente Regional de Planeamiento, Presupuesto y A.T.', before=14)
    R.landscape()
    R.p('GOBIERNO REGIONAL DE TUMBES - PLIEGO 465', bold=True, align='c', after=0)
    R.p('EJECUCIÓN PRESUPUESTAL AÑO FISCAL 2020 POR PRODUCTO / ACTIVIDAD', bold=True, align='c', after=0)
    R.p('EXPRESADO EN SOLES', bold=True, align='c', after=6)
    data = [('3000001', 'Acciones comunes - Mesa regional contra la trata', [12000, 15600, 15600, 15600, 14980, 14980]),
            ('3000660', 'Población informada sobre trata de personas', [38000, 41250, 40100, 40100, 39870, 39870]),
            ('3000837', 'Capacitación a docentes en prevención', [20000, 9800, 9800, 9800, 9800, 9800]),
            ('3000839', 'Atención de víctimas en Hogar de Refugio Temporal', [65000, 71400, 68235.5, 68235.5, 66119.2, 65990.2]),
            ('3000840', 'Reintegración de víctimas (capital semilla)', [15000, 15000, 6000, 6000, 6000, 6000])]
    siaf(R, data, 2020, head=['Producto / Actividad', 'Descripción', 'PIA', 'PIM', 'Certificación', 'Compromiso Anual', 'Devengado', 'Girado', 'Avance %'],
         unit='page', widths=(2.6, 8.4, 2.4, 2.4, 2.5, 2.6, 2.5, 2.4, 1.8), size=8.5, pct_suf='')
    R.p('Fuente: SIAF - Consulta amigable, fecha de corte 31/12/2020.', italic=True, size=8)


def m020():
    R = new('m020', 'answered', None, ['prosecution', 'prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'OFICIO N° 0219-2019-GSG-MPM', ['Informe N° 044-2019-GFC-MPM', 'Informe N° 012-2019-GPP-MPM'], '2019-03-12',
            'oficio; counts in a sentence list; a budget table by fuente de financiamiento (SIAF style, fuente codes) with "S/" in every cell of the amount columns')
    R.header(['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Gerencia de Secretaría General'], size=10, logo=(logo_png('mpm11', 'MPM', 'shield', (0, 90, 40)), 1.4))
    lema(R, 2019)
    R.p('Iquitos, 12 de marzo de 2019', align='r')
    R.p('OFICIO N° 0219-2019-GSG-MPM', bold=True)
    to(R, ['Señora', 'JHOSELYN RUIZ TAPAYURI', 'Defensoría de la Niñez Amazónica', 'Iquitos'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública respecto de las acciones desarrolladas por esta comuna en el año 2018 contra la trata de personas. Con base en el Informe N° 044-2019-GFC-MPM de la Gerencia de Fiscalización y Control y el Informe N° 012-2019-GPP-MPM de la Gerencia de Planeamiento y Presupuesto, se informa lo siguiente:',
             'a) En el año 2018 la Gerencia de Fiscalización y Control participó en %s a bares, discotecas, hospedajes y video pubs, conjuntamente con la Policía Nacional y la Fiscalía, como resultado de los cuales se clausuraron %s y se impusieron %s. En dichos operativos se identificó a %s en situación de riesgo.'
             % (C('53 operativos conjuntos', 53, 'operativo', y=2018), C('11 establecimientos', 11, 'establecimiento', y=2018), C('87 papeletas de infracción', 87, 'papeleta de infracción', y=2018), C('24 menores de edad', 24, 'menor de edad', y=2018)),
             'b) La DEMUNA desarrolló %s en colegios del distrito de Iquitos y Belén.' % C('30 charlas preventivas', 30, 'charla', y=2018),
             'c) Se aprobó la Ordenanza Municipal que crea la Comisión Provincial contra la Trata de Personas, la cual sesionó %s.' % C('3 veces', 3, 'sesión', y=2018),
             'd) El presupuesto de la actividad "Fiscalización de establecimientos y prevención de la trata" fue el siguiente:'])
    rows = []
    for code, lab, a, b, e in [('1', 'Recursos Ordinarios', 20000, 24500, 23910.6), ('2', 'Recursos Directamente Recaudados', 35000, 41800, 36240.0), ('5', 'Recursos Determinados (FONCOMUN)', 0, 12000, 11985.0)]:
        rows.append([code, lab, Mf(a, pre='S/ ', y=2018, r='a', u='cell'), Mf(b, pre='S/ ', y=2018, r='a', u='cell'), Mf(e, pre='S/ ', y=2018, r='e', u='cell'),
                     Pf(round(e / b * 100, 2), 2, y=2018, u='cell')])
    rows.append(['', 'TOTAL', Mf(55000, pre='S/ ', y=2018, r='a', u='cell'), Mf(78300, pre='S/ ', y=2018, r='a', u='cell'), Mf(72135.6, pre='S/ ', y=2018, r='e', u='cell'),
                 Pf(round(72135.6 / 78300 * 100, 2), 2, y=2018, u='cell')])
    R.table([['Fte.', 'Fuente de financiamiento', 'PIA', 'PIM', 'Devengado', '% Ejec.']], rows, row_label_col=1, widths=(1.2, 5.8, 2.6, 2.6, 2.6, 1.8),
            size=9, bold_rows=(3,), head_shade='E2EFDA')
    body(R, ['Atentamente,'])
    R.sign('Abog. Roger Vásquez del Águila', 'Secretario General', before=12)


def m021():
    R = new('m021', 'answered', None, ['prevention', 'protection'], ('2022-01-01', '2022-06-30'),
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            'CARTA N° 000188-2022-MDI/GDH', ['Solicitud de Acceso N° 2207-2022'], '2022-07-21',
            'carta; monthly table January-June with the unit in the column headers "(N° de ...)" and a total row; a zero-result sentence')
    R.header(['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Gerencia de Desarrollo Humano - DEMUNA'], size=9, align='r')
    lema(R, 2022)
    R.p('Independencia, 21 de julio de 2022', align='r')
    R.p('CARTA N° 000188-2022-MDI/GDH', bold=True)
    to(R, ['Señor', 'Percy Huamán Acosta', 'Av. Túpac Amaru 3840, Independencia'])
    R.p('Asunto: Atención de la Solicitud de Acceso N° 2207-2022 (periodo enero - junio 2022)', bold=True, size=10)
    body(R, ['Por medio de la presente le saludo y, en respuesta a la solicitud del asunto, le informo que la Defensoría Municipal del Niño, Niña y Adolescente (DEMUNA) ejecutó en el primer semestre de 2022 las siguientes acciones de prevención y atención:'])
    data = [('Enero', [2, 64, 1]), ('Febrero', [1, 35, 0]), ('Marzo', [4, 210, 2]), ('Abril', [5, 248, 1]), ('Mayo', [3, 176, 3]), ('Junio', [4, 191, 0])]
    ctab(R, [['Mes', 'Charlas en II.EE. (N° de charlas)', 'Asistentes (N° de personas)', 'Casos de riesgo derivados a la UPE (N° de casos)']], data,
         ['charla', 'persona', 'caso'], year=2022, widths=(3.0, 4.0, 4.0, 5.0), total='Total semestre', size=9, ruled='hlines')
    body(R, ['En el mismo periodo no se registraron casos de presuntas víctimas de trata atendidos directamente por la DEMUNA, por lo que no se cuenta con expedientes sobre la materia. La información sobre denuncias corresponde a la Comisaría PNP de Independencia.',
             'Atentamente,'])
    R.sign('Lic. Mónica Salazar Quispe', 'Gerente de Desarrollo Humano', before=14)


def m022():
    R = new('m022', 'answered', None, ['governance', 'prosecution'], ('2017-01-01', '2017-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000452-2018/IN/DGSD', ['Nota N° 000219-2018/IN/OGPP'], '2018-05-07',
            'oficio; budget table by genérica de gasto with horizontal rules only and the unit only in the caption "(en miles de soles)" (x1000 in gold); counts of RETA registrations in text')
    R.header(['MINISTERIO DEL INTERIOR', 'Despacho Viceministerial de Seguridad Pública', 'Dirección General de Seguridad Democrática'], size=9)
    lema(R, 2018)
    R.p('Lima, 07 de mayo de 2018', align='r')
    R.p('OFICIO N° 000452-2018/IN/DGSD', bold=True)
    to(R, ['Señorita', 'ANDREA SOTOMAYOR LUQUE', 'Jr. Washington 1240, Cercado de Lima'])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación a su solicitud de información sobre el presupuesto y las acciones del Ministerio del Interior en el marco del Plan Nacional contra la Trata de Personas en el año 2017, para informarle, sobre la base de la Nota N° 000219-2018/IN/OGPP, lo siguiente:',
             'En el año 2017, el Sistema de Registro y Estadística del delito de Trata de Personas y Afines (RETA) registró %s, en los cuales se identificaron %s. La Secretaría Técnica de la Comisión Multisectorial convocó a %s.'
             % (C('1 151 casos', 1151, 'caso', y=2017), C('1 889 presuntas víctimas', 1889, 'víctima', y=2017), C('10 sesiones ordinarias', 10, 'sesión', y=2017)),
             'La ejecución del presupuesto asignado a la Dirección General de Seguridad Democrática para la implementación del PNAT fue la siguiente:'])
    data = [('2.1', 'Personal y obligaciones sociales', [412.5, 398.0, 398.0, 398.0, 396.2, 396.2]),
            ('2.3', 'Bienes y servicios', [1280.0, 1514.7, 1402.3, 1388.9, 1351.6, 1340.8]),
            ('2.6', 'Adquisición de activos no financieros', [150.0, 96.4, 91.0, 91.0, 88.5, 88.5])]
    siaf(R, data, 2017, head=['Gen.', 'Descripción', 'PIA', 'PIM', 'Certificado', 'Compromiso', 'Devengado', 'Girado', 'Avance %'], dec=1, scale=1000,
         unit='caption', caption='Ejecución presupuestal 2017 - DGSD (en miles de soles)', ruled='hlines', widths=(1.0, 3.5, 1.5, 1.5, 1.75, 2.15, 1.75, 1.5, 1.5), size=7)
    body(R, ['Atentamente,'])
    R.sign('Abog. Fernando Alarcón Torres', 'Director General de Seguridad Democrática', before=12)


def m023():
    R = new('m023', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 0386-2021-JUS/DGDPAJ', ['Informe N° 0093-2021-JUS/DGDPAJ-DAV'], '2021-03-03',
            'oficio; table by judicial district with a merged header "Patrocinios" over two columns and a total row first (above the body rows)')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'], size=9)
    lema(R, 2021)
    R.p('Miraflores, 03 de marzo de 2021', align='r')
    R.p('OFICIO N° 0386-2021-JUS/DGDPAJ', bold=True)
    to(R, ['Señora', 'Mg. ISABEL CORNEJO ARANA', 'Coordinadora de la Clínica Jurídica de Derechos Humanos', 'Universidad Católica de Santa María'])
    body(R, ['Me dirijo a usted para remitirle la información sobre los servicios de defensa de víctimas de trata de personas brindados por la Dirección de Asistencia Legal y Defensa de Víctimas en el año 2020, contenida en el Informe N° 0093-2021-JUS/DGDPAJ-DAV:'])
    head = [['Distrito judicial', 'Defensores públicos asignados', 'Patrocinios', ''], ['', '', 'Nuevos', 'En trámite']]
    data = [('Lima', [9, 118, 203]), ('Lima Norte', [3, 37, 52]), ('Cusco', [4, 46, 71]), ('Madre de Dios', [3, 39, 66]), ('Puno', [2, 21, 30]),
            ('Loreto', [2, 25, 33]), ('Arequipa', [2, 19, 28]), ('Tumbes', [1, 8, 12])]
    ctab(R, head, data, ['defensor público', 'patrocinio', 'patrocinio'], year=2020, merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)),
         colnames=[None, 'Defensores públicos asignados', 'Patrocinios Nuevos', 'Patrocinios En trámite'], total='TOTAL NACIONAL', total_first=True,
         widths=(4.5, 4.0, 3.0, 3.0), size=9.5, head_shade='D9D2E9')
    body(R, ['Adicionalmente, se brindaron %s a víctimas y sus familiares a través de la línea gratuita y de las plataformas virtuales, considerando el estado de emergencia sanitaria.' % C('1 327 orientaciones legales', 1327, 'orientación legal', y=2020),
             'Atentamente,'])
    R.sign('Abog. Germán Palomino Ccori', 'Director General de Defensa Pública y Acceso a la Justicia', before=12)


def m024():
    R = new('m024', 'answered', None, ['prosecution'], ('2021-01-01', '2021-06-30'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'),
            'OFICIO N° 001204-2021-GAD-CSJLN-PJ', ['Solicitud N° 0872-2021-SAIP'], '2021-08-16',
            'oficio; monthly table (semester) with wrapped headers and no total, percent of cases concluded in text')
    R.header(['PODER JUDICIAL', 'Corte Superior de Justicia de Lima Norte', 'Gerencia de Administración Distrital'], size=9, align='l')
    lema(R, 2021)
    R.p('Independencia, 16 de agosto de 2021', align='r')
    R.p('OFICIO N° 001204-2021-GAD-CSJLN-PJ', bold=True)
    to(R, ['Señora', 'ELIZABETH CHÁVEZ ROJAS', 'Presente.-'])
    R.p('Asunto: Solicitud N° 0872-2021-SAIP - Procesos por trata de personas, primer semestre 2021', bold=True, size=10)
    body(R, ['Me dirijo a usted en atención al asunto, para hacer de su conocimiento que, según el Sistema Integrado Judicial, los órganos jurisdiccionales penales de esta Corte registraron en el primer semestre de 2021 el siguiente movimiento de procesos por el delito de trata de personas (art. 153 y 153-A del Código Penal):'])
    data = [('Enero 2021', [4, 29, 1]), ('Febrero 2021', [3, 31, 0]), ('Marzo 2021', [6, 33, 2]), ('Abril 2021', [5, 36, 1]), ('Mayo 2021', [2, 35, 3]), ('Junio 2021', [7, 38, 1])]
    ctab(R, [['Mes', 'Procesos\ningresados', 'Procesos en trámite\nal cierre del mes', 'Sentencias\ncondenatorias']], data, ['proceso', 'proceso', 'sentencia condenatoria'],
         year=2021, total=None, widths=(3.2, 3.2, 4.0, 3.6), size=9.5, head_shade='EDEDED')
    body(R, ['En el semestre se concluyó el %s de los procesos con sentencia y se programaron %s de prisión preventiva.' % (P('18,4 %', 18.4, y=2021), C('41 audiencias', 41, 'audiencia', y=2021)),
             'Atentamente,'])
    R.sign('Lic. Julio Rosales Mego', 'Gerente de Administración Distrital', before=12)


# ---------------- out_of_period ----------------

def m025():
    R = new('m025', 'out_of_period', None, ['governance', 'prevention'], ('2017-01-01', '2018-06-30'),
            S('Gobierno Regional Piura', 'GORE PIURA', 'regional_government'),
            'OFICIO N° 388-2018/GRP-420000', ['Informe N° 077-2018/GRP-420030'], '2018-08-20',
            'oficio; restates the requested period "enero 2017 - junio 2018" and then gives only programmed budget and targets for 2019 and 2020 (table with years as columns)',
            notes='Only plans for 2019-2020; nothing for January 2017 - June 2018.')
    R.header(['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Desarrollo Social'], size=10)
    lema(R, 2018)
    R.p('Piura, 20 de agosto de 2018', align='r')
    R.p('OFICIO N° 388-2018/GRP-420000', bold=True)
    to(R, ['Señora', 'NORMA CHUMACERO TIMANÁ', 'Coordinadora del Consorcio Agua Viva - Piura'])
    R.p('ASUNTO: Información sobre acciones contra la trata de personas, periodo enero 2017 - junio 2018', bold=True, size=10)
    body(R, ['Me dirijo a usted en relación al asunto y, conforme a lo informado por la Sub Gerencia Regional de Normatividad, Supervisión y Evaluación mediante Informe N° 077-2018/GRP-420030, comunicarle que la Red Regional contra la Trata de Personas de Piura viene formulando el Plan Regional contra la Trata de Personas, cuya programación es la siguiente:'])
    R.table([['Meta del Plan Regional', 'Programado 2019', 'Programado 2020']],
            [['Campañas de sensibilización en provincias', C('8', 8, 'campaña', y=2019), C('13', 13, 'campaña', y=2020)],
             ['Docentes capacitados', C('450', 450, 'docente', y=2019), C('900', 900, 'docente', y=2020)],
             ['Sesiones de la Red Regional', C('6', 6, 'sesión', y=2019), C('6', 6, 'sesión', y=2020)],
             ['Presupuesto programado', M('S/ 85,000.00', 85000, y=2019, r='a', u='cell'), M('S/ 132,000.00', 132000, y=2020, r='a', u='cell')]], widths=(7.0, 3.5, 3.5), size=9.5,
            note=None, head_shade='FFE699')
    body(R, ['El presupuesto programado será incorporado en el Presupuesto Institucional de Apertura de los ejercicios correspondientes, previa aprobación del Plan mediante Ordenanza Regional. Atentamente,'])
    R.sign('Lic. Jorge Antonio Seminario Ruiz', 'Gerente Regional de Desarrollo Social', before=14)


def m026():
    R = new('m026', 'out_of_period', None, ['prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'),
            'OFICIO N° 141-2019-MPH/GDS', [], '2019-04-09',
            'oficio; requested 2018, gives only activities of 2015 and 2016 in a bullet list and an unruled two-column table')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUAMANGA', 'Gerencia de Desarrollo Social'], size=10)
    lema(R, 2019)
    R.p('Ayacucho, 09 de abril de 2019', align='r')
    R.p('OFICIO N° 141-2019-MPH/GDS', bold=True)
    to(R, ['Señor', 'WALTER PALOMINO YUPANQUI', 'Jr. 28 de Julio 315, Ayacucho'])
    body(R, ['Tengo el agrado de dirigirme a usted, en relación a su solicitud de información sobre las acciones de la Municipalidad Provincial de Huamanga contra la trata de personas durante el año 2018.',
             'Al respecto, la Subgerencia de DEMUNA y OMAPED informa que las acciones desarrolladas en la materia corresponden al proyecto "Huamanga sin trata", ejecutado en los años 2015 y 2016 con el apoyo de la cooperación internacional, cuyo resumen es:'])
    R.bullets(['Conformación de la Mesa Provincial contra la Trata de Personas (2015), integrada por %s.' % C('19 instituciones', 19, 'institución', y=2015),
               'Capacitación a %s de mototaxis sobre señales de captación (2016).' % C('240 conductores', 240, 'conductor', y=2016)])
    R.table([['Actividad', 'Año 2015', 'Año 2016']],
            [['Ferias informativas', C('5', 5, 'feria', y=2015), C('7', 7, 'feria', y=2016)],
             ['Talleres con padres de familia', C('12', 12, 'taller', y=2015), C('16', 16, 'taller', y=2016)],
             ['Pasacalles escolares', C('2', 2, 'pasacalle', y=2015), C('3', 3, 'pasacalle', y=2016)]], ruled='none', widths=(7.0, 3.0, 3.0), size=10, head_shade=None)
    body(R, ['Concluido el proyecto, no se asignaron recursos municipales a estas actividades. Atentamente,'])
    R.sign('Lic. Marcelina Gutiérrez Huaycha', 'Gerente de Desarrollo Social', before=14)


def m027():
    R = new('m027', 'out_of_period', None, ['prosecution'], ('2017-01-01', '2017-12-31'),
            S('Fiscalía Provincial Penal Corporativa de San Román', None, 'autonomous'),
            'OFICIO N° 0654-2021-MP-FN-FPPC-SR', ['Providencia N° 112-2021'], '2021-06-14',
            'oficio from a provincial prosecutor; asked for 2017, gives 2019 and 2020 only (the 2017 files are not in the system); ruled table with years as columns and a total row')
    R.header(['MINISTERIO PÚBLICO', 'DISTRITO FISCAL DE PUNO', 'Fiscalía Provincial Penal Corporativa de San Román - Juliaca'], size=9)
    lema(R, 2021)
    R.p('Juliaca, 14 de junio de 2021', align='r')
    R.p('OFICIO N° 0654-2021-MP-FN-FPPC-SR', bold=True)
    to(R, ['Señor', 'ABEL CONDORI TICONA', 'Jr. Moquegua 418, Juliaca'])
    body(R, ['Me dirijo a usted en atención a su solicitud de información sobre las denuncias por trata de personas del año 2017, proveída por este Despacho mediante Providencia N° 112-2021. Se le informa que el Sistema de Gestión Fiscal de esta sede registra la información a partir de la implementación de la carpeta fiscal electrónica, por lo que solo se cuenta con los datos de los años 2019 y 2020:'])
    ctab(R, [['Estado de la carpeta fiscal', '2019', '2020']],
         [('Investigación preliminar', [34, 41]), ('Investigación preparatoria', [12, 15]), ('Acusación', [5, 7]), ('Archivadas', [18, 22]), ('Con sentencia', [3, 2])],
         'carpeta fiscal', year=[2019, 2020], widths=(6.0, 3.0, 3.0), total='Total', size=10, head_shade='D9D9D9')
    body(R, ['Para obtener información del año 2017, se le sugiere requerirla a la Oficina de Registro y Estadística del Distrito Fiscal de Puno. Atentamente,'])
    R.sign('Dra. Rosa María Quispe Calla', 'Fiscal Provincial Coordinadora', before=14)


def m028():
    R = new('m028', 'out_of_period', None, ['prosecution'], ('2019-07-01', '2019-12-31'),
            S('Corte Superior de Justicia de Tacna', 'CSJTA', 'autonomous'),
            'OFICIO N° 000577-2020-P-CSJTA-PJ', ['Informe N° 009-2020-UPD-CSJTA-PJ'], '2020-02-17',
            'oficio; second half of 2019 requested, first half (January-June 2019) given in a monthly table with horizontal rules and total')
    R.header(['CORTE SUPERIOR DE JUSTICIA DE TACNA', 'Presidencia'], size=10)
    lema(R, 2020)
    R.p('Tacna, 17 de febrero de 2020', align='r')
    R.p('OFICIO N° 000577-2020-P-CSJTA-PJ', bold=True)
    to(R, ['Señora', 'CAROLINA VIZCARRA TICONA', 'Av. Bolognesi 1212, Tacna'])
    R.p('Asunto: Información estadística sobre procesos de trata de personas (julio - diciembre 2019)', bold=True, size=10)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al asunto, para remitirle lo informado por la Unidad de Planeamiento y Desarrollo en el Informe N° 009-2020-UPD-CSJTA-PJ, con la carga procesal por trata de personas registrada en los juzgados penales de Tacna:'])
    data = [('Enero', [3, 1]), ('Febrero', [2, 0]), ('Marzo', [4, 2]), ('Abril', [1, 1]), ('Mayo', [5, 0]), ('Junio', [2, 3])]
    ctab(R, [['Mes (2019)', 'Procesos ingresados', 'Sentencias expedidas']], data, ['proceso', 'sentencia'], year=2019, ruled='hlines', widths=(4.0, 4.0, 4.0),
         total='Total enero-junio', size=10)
    body(R, ['La información del segundo semestre se encuentra en proceso de consolidación por la Gerencia de Desarrollo del Poder Judicial. Atentamente,'])
    R.sign('Dr. Víctor Raúl Flores Mamani', 'Presidente de la Corte Superior de Justicia de Tacna', before=14)


def m029():
    R = new('m029', 'out_of_period', None, ['prevention', 'prosecution'], ('2017-01-01', '2017-12-31'),
            S('Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías', 'SUTRAN', 'other'),
            'OFICIO N° 00231-2020-SUTRAN/06.1', [], '2020-03-02',
            'oficio; asked 2017, answers with 2019 control operations at bus terminals (later year); counts with digits in brackets, bullet list, percent')
    R.header(['SUPERINTENDENCIA DE TRANSPORTE TERRESTRE DE PERSONAS, CARGA Y MERCANCÍAS', 'Gerencia de Articulación Territorial'], size=8.5)
    lema(R, 2020)
    R.p('Lima, 02 de marzo de 2020', align='r')
    R.p('OFICIO N° 00231-2020-SUTRAN/06.1', bold=True)
    to(R, ['Señor', 'MANUEL AYALA GRADOS', 'Av. Guardia Civil 1321, Chorrillos'])
    body(R, ['Me dirijo a usted en atención a su solicitud, por la que requiere información sobre los operativos de control de viajes de menores de edad en el año 2017. Al respecto, se informa que el módulo de registro de intervenciones de la SUTRAN se implementó en el año 2019, por lo que se remite la información disponible de dicho año:'])
    R.bullets(['Operativos en terminales terrestres: %s.' % C('doscientos doce (212)', 212, 'operativo', y=2019),
               'Menores de edad que viajaban sin autorización notarial o judicial: %s, puestos a disposición de la PNP.' % C('ochenta y nueve (89)', 89, 'menor de edad', y=2019),
               'Empresas de transporte sancionadas por embarcar menores sin documentos: %s.' % C('veintiséis (26)', 26, 'empresa', y=2019),
               'Charlas a conductores y personal de counter: %s.' % C('58', 58, 'charla', y=2019)])
    body(R, ['El %s de los menores intervenidos procedía de las regiones de la sierra sur. Atentamente,' % P('63.2%', 63.2, y=2019)])
    R.sign('Ing. Luis Guillermo Farfán Rojas', 'Gerente de Articulación Territorial', before=14)


def m030():
    R = new('m030', 'out_of_period', None, ['prevention', 'protection'], ('2017-01-01', '2018-12-31'),
            S('Embassy of the Kingdom of the Netherlands in Lima', None, 'foreign'),
            'Ref. LIM-2019/0412', [], '2019-03-06', 'English letter; the 2017-2018 period asked about, only grants of 2014 and 2015 given; EUR amounts in an unruled table',
            lang='en', font='Georgia')
    R.header(['Embassy of the Kingdom of the Netherlands', 'Torre Parque Mar, Av. José Larco 1301, Miraflores, Lima'], size=9, align='r')
    R.p('Lima, 6 March 2019', align='r', after=0)
    R.p('Ref. LIM-2019/0412', align='r', after=10)
    to(R, ['Mr. Tomás Ugarte Benavides', 'Lima'])
    R.p('Subject: Information request on Dutch support to anti-trafficking work in Peru in 2017 and 2018', bold=True, size=10)
    body(R, ['Dear Mr. Ugarte,', 'Thank you for your e-mail. The Embassy did not fund anti-trafficking projects in Peru in 2017 or 2018. Our last grants in this area were made under the Human Rights Fund in 2014 and 2015:'])
    R.table([['Grantee and purpose', 'Year', 'Amount (EUR)']],
            [['CHS Alternativo - shelter network support', '2014', M('145,000', 145000, y=2014, cur='EUR')],
             ['Save the Children - prevention in schools, Cusco', '2014', M('98,500', 98500, y=2014, cur='EUR')],
             ['Local NGO consortium - Madre de Dios outreach', '2015', M('120,000', 120000, y=2015, cur='EUR')]], ruled='none', widths=(9.0, 2.0, 3.5), size=10, head_shade=None)
    body(R, ['These grants reached around %s through awareness activities and supported %s in temporary shelters.' % (C('14,000 pupils', 14000, 'pupil', y=None), C('96 victims', 96, 'victim', y=None)),
             'Kind regards,'])
    R.sign('Marieke de Vries', 'First Secretary, Political Affairs', before=12, firma=False)
