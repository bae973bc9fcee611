"""blind-v25 letters j001-j015, written for this set from the labeling guide. Every person, number and event is invented."""
from common import *
from lib import logo_png


def j001():
    ref = 'OFICIO N° 000214-2024-MIMP/INABIF.DE'
    R = new('j001', 'answered', None, ['protection'], PER23,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), ref,
            ['Expediente N° 2024-0004381', 'Informe N° D000037-2024-MIMP/INABIF.USPNNA'], '2024-02-12',
            'oficio + annex page; ladder letterhead with logo at right; number on a dark banner; shelter table with shaded stub and vertical rules only',
            font='Arial', size=10.5,
            notes='INABIF is a programme of the MIMP: recorded as MIMP. Shelter admissions, reintegrations and care of child victims in 2023 are protection. The title-case count in the text is one count; the average stay ("once meses") is a duration, not a figure.')
    ladder_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Integral Nacional para el Bienestar Familiar',
                      'Unidad de Servicios de Protección de Niñas, Niños y Adolescentes', 'Dirección Ejecutiva'],
                  logo=(logo_png('j001', 'INB', 'circle', (0, 90, 140)), 2.0))
    open25(R, 2024, date25('San Miguel', '2024-02-12', 'weekday_comma'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Calle Los Olivos 418, Pueblo Libre', 'Presente.-'],
           rows=[('Asunto', 'Solicitud de acceso a la información pública'),
                 ('Referencia', 'Expediente N° 2024-0004381 (solicitud del 24 de enero de 2024)')], order='banner')
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre la atención '
             'brindada a niñas, niños y adolescentes víctimas de trata de personas en los Centros de Acogida Residencial (CAR) del '
             'INABIF durante el periodo enero – diciembre de 2023.',
             'Al respecto, remito el Informe N° D000037-2024-MIMP/INABIF.USPNNA, elaborado por la Unidad de Servicios de Protección '
             'de Niñas, Niños y Adolescentes, según el cual durante el año 2023 se acogió a %s niñas, niños y adolescentes con '
             'indicadores de trata en los CAR especializados y básicos a nivel nacional; el detalle por centro figura en el anexo.'
             % Ctitle(132, 'niña, niño o adolescente', y=2023),
             'Asimismo, se informa que %s de ellos fueron reintegrados a su familia de origen o extensa con seguimiento del equipo '
             'técnico, y que la permanencia promedio fue de once meses.' % Cn(47, 'niña, niño o adolescente', y=2023),
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi consideración.'])
    tag_sign(R, 'Rocío Elena Huamán Salazar', 'Directora Ejecutiva', 'Programa Integral Nacional para el Bienestar Familiar - INABIF',
             '12/02/2024 16:08:41')
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', after=0)
    R.p('Niñas, niños y adolescentes con indicadores de trata de personas acogidos en CAR del INABIF, año 2023', bold=True,
        align='c', size=10, after=6)
    data = [('CAR Santa Rosa (Lima)', [9, 14, 6]), ('CAR Casa de la Mujer (Lima)', [0, 11, 4]),
            ('CAR San Antonio (Lima)', [12, 0, 3]), ('CAR Hogar de Cusco', [5, 13, 5]),
            ('CAR Sagrado Corazón (Puno)', [3, 16, 7]), ('CAR Virgen de Fátima (Loreto)', [4, 15, 8]),
            ('CAR Madre de Dios', [2, 18, 9]), ('CAR Tumbes', [6, 4, 5])]
    head = [['Centro de Acogida Residencial', 'Varones acogidos', 'Mujeres acogidas', 'Reintegrados']]
    ctab25(R, head, data, ['niño o adolescente', 'niña o adolescente', 'niña, niño o adolescente'], 2023, total='Total nacional',
           style='stub_vertical', widths=(6.6, 3.0, 3.0, 3.0), size=9)
    R.p('Fuente: Registro de Atenciones de la USPNNA – INABIF. Corte al 31/12/2023.', size=8, italic=True)


def j002():
    ref = 'OFICIO N° 118-2024-GR PUNO/GRDS'
    R = new('j002', 'out_of_period', None, ['governance', 'prevention'], PER23,
            S('Gobierno Regional de Puno', 'GORE Puno', 'regional_government'), ref,
            ['Solicitud N° 0087-2024-GR PUNO/TRANSPARENCIA', 'Informe N° 021-2024-GR PUNO/GRDS-SGDS'], '2024-02-09',
            'oficio; accent letterhead (short bar under the names); addressee and number side by side; years as columns (2021, 2022)',
            font='Calibri', size=11,
            notes='The letter restates that the request is about 1 January - 31 December 2023, then gives only 2021 and 2022 figures because the 2023 information is still being consolidated: out_of_period. Network sessions are governance; campaigns, fairs, trained officials and people reached are prevention.')
    accent_header(R, 'Gobierno Regional Puno', 'Gerencia Regional de Desarrollo Social', ['Subgerencia de Desarrollo Social'],
                  logo=(logo_png('j002', 'GRP', 'shield', (150, 30, 30)), 1.7))
    open25(R, 2024, date25('Puno', '2024-02-09', 'del_anio'), ref,
           to_lines=['Señor', 'JORGE LUIS APAZA MAMANI', 'Jr. Deústua 562, Puno', 'Presente.-'],
           rows=[('ASUNTO:', 'Atención a solicitud de acceso a la información pública'),
                 ('REF.:', 'Solicitud N° 0087-2024-GR PUNO/TRANSPARENCIA')], order='side')
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita información '
             'sobre las acciones desarrolladas por el Gobierno Regional de Puno frente a la trata de personas durante el periodo '
             'comprendido entre el 1 de enero y el 31 de diciembre de 2023.',
             'Sobre el particular, la Subgerencia de Desarrollo Social, mediante Informe N° 021-2024-GR PUNO/GRDS-SGDS, señala que la '
             'información correspondiente al ejercicio 2023 aún se encuentra en proceso de consolidación, debido a que las Redes '
             'Provinciales de Azángaro, Sandia y Carabaya no han remitido sus reportes finales. En tal sentido, se le alcanza la '
             'información consolidada de los ejercicios 2021 y 2022 que obra en nuestro acervo documentario:'])
    data = [('Sesiones de la Red Regional contra la Trata de Personas', [4, 6], 'sesión'),
            ('Campañas de sensibilización en provincias', [9, 14], 'campaña'),
            ('Ferias informativas en zonas mineras', [3, 5], 'feria'),
            ('Funcionarios y servidores capacitados', [86, 152], 'funcionario'),
            ('Personas sensibilizadas', [2140, 3385], 'persona')]
    rows = [[lab] + [Cn(v, w, 'us', y=y) for v, y in zip(vals, (2021, 2022))] for lab, vals, w in data]
    t = R.table([['Indicador', '2021', '2022']], rows, widths=(9.6, 2.6, 2.6), size=9.5, ruled='grid')
    body(R, ['Una vez que se cuente con la información consolidada del año 2023, esta será publicada en el Portal de Transparencia '
             'Estándar de la entidad.', 'Atentamente,'])
    underlined_name_sign(R, 'Lic. Marleny Ccama Huanca', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Puno')


def j003():
    ref = 'INFORME N° 042-2024-MPP/GSP-DAV'
    R = new('j003', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Piura', 'MPP', 'provincial_municipality'), ref,
            ['Memorando N° 015-2024-MPP/GSP'], '2024-02-05',
            'internal report (A/DE/ASUNTO/FECHA head); shadow-box letterhead; budget table with the unit only in the caption "(en miles de soles)"',
            font='Liberation Serif', size=11,
            notes='An internal report on the 2023 maintenance of parks and green areas; nothing about trafficking in persons: off_topic, no axes. The caption states the unit (miles de soles): cells x1000, unit_source caption; roles from the PIA, PIM and Devengado columns.')
    shadow_header(R, ['MUNICIPALIDAD PROVINCIAL DE PIURA', 'Gerencia de Servicios Públicos', 'División de Áreas Verdes'],
                  logo=(logo_png('j003', 'MPP', 'circle', (0, 110, 60)), 1.5))
    lema(R, 2024)
    R.p(ref, bold=True, align='c', size=12, after=8)
    kv(R, [('A', 'Ing. Walter Chunga Sosa\nGerente de Servicios Públicos'),
           ('DE', 'Ing. Patricia Zapata Ancajima\nJefa de la División de Áreas Verdes'),
           ('ASUNTO', 'Informe de ejecución del mantenimiento de áreas verdes, ejercicio 2023'),
           ('REF.', 'Memorando N° 015-2024-MPP/GSP'),
           ('FECHA', date25('Piura', '2024-02-05', 'spaced_slash'))])
    R.p('_' * 80, size=8, after=6)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informar sobre la ejecución de las actividades de '
             'mantenimiento de parques, jardines y bermas centrales a cargo de esta División durante el ejercicio 2023.',
             'Durante el año 2023 se atendió el riego y la poda de %s parques y %s bermas centrales del casco urbano, y se reforestó '
             'con %s plantones de especies nativas (algarrobo, faique y palo santo), de los cuales prendió el %s.'
             % (Cn(142, 'parque', y=2023), Cn(37, 'berma central', y=2023), Cn(4860, 'plantón', 'sp', y=2023),
                Pf(81.5, 1, suf=' %', y=2023)),
             'La ejecución presupuestal de la meta se resume a continuación:'])
    head = [['Componente', 'PIA', 'PIM', 'Devengado']]
    data = [('Riego de parques y bermas', [612.0, 688.4, 671.9]), ('Poda y reposición de césped', [245.5, 262.0, 240.3]),
            ('Adquisición de plantones', [96.0, 118.7, 118.7]), ('Mantenimiento del vivero municipal', [74.2, 80.6, 63.1])]
    t, tot = btab25(R, head, data, 2023, ['a', 'a', 'e'],
                    lambda v, r: Mf(v, 'us', 1, scale=1000, y=2023, r=r, u='caption'),
                    caption='Ejecución de la meta 0043 "Mantenimiento de áreas verdes" – ejercicio 2023 (en miles de soles)',
                    widths=(7.0, 2.6, 2.6, 2.6), size=9.5)
    body(R, ['En consecuencia, se recomienda prever en el PIA 2024 los recursos para la renovación del sistema de riego '
             'tecnificado del parque Cortez y del vivero municipal.', 'Es todo cuanto informo a usted.'])
    bar_sign(R, 'Ing. Patricia Zapata Ancajima', 'Jefa de la División de Áreas Verdes', 'Municipalidad Provincial de Piura')


def j004():
    ref = 'OFICIO N° 000152-2024-MP-FN-FPEDTP-PUNO'
    R = new('j004', 'answered', None, ['prosecution'], PER23,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno', None, 'autonomous'), ref,
            ['Registro N° 2024-0000318'], '2024-02-16',
            'oficio of a prosecutor\'s office; centred page-header letterhead with logo; head items on ruled form lines; table of fiscal files by stage and offence with a share column',
            font='Times New Roman', size=11.5,
            notes='Fiscal files, formalisations and convictions of 2023 are prosecution. The share column is a percent of the total column.')
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Puno',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno'],
             logo=(logo_png('j004', 'MP', 'shield', (20, 50, 120)), 1.4))
    open25(R, 2024, date25('Puno', '2024-02-16', 'dash_caps'), ref,
           to_lines=['Sr. Álvaro Pineda Ruiz', 'Investigador – Observatorio Andino de Movilidad Humana'],
           rows=[('ASUNTO', 'Remite información estadística del año 2023'),
                 ('REF.', 'Solicitud de acceso a la información pública – Registro N° 2024-0000318')], order='formlines')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, a fin de remitir la información '
             'estadística de las carpetas fiscales registradas por este Despacho durante el periodo enero – diciembre de 2023, '
             'conforme al reporte del Sistema de Gestión Fiscal (SGF):'])
    data = [('Investigación preliminar', [21, 9]), ('Investigación preparatoria formalizada', [11, 8]),
            ('Etapa intermedia', [3, 2]), ('Juzgamiento', [2, 2]), ('Archivadas', [4, 2])]
    head = [['Estado de la carpeta fiscal', 'Trata de personas (art. 129-A CP)', 'Formas agravadas (art. 129-B CP)', 'Total']]
    rows = []
    tots = [0, 0, 0]
    for lab, (a, b) in data:
        rows.append([lab, Cn(a, 'carpeta fiscal', y=2023), Cn(b, 'carpeta fiscal', y=2023), Cn(a + b, 'carpeta fiscal', y=2023)])
        tots = [tots[0] + a, tots[1] + b, tots[2] + a + b]
    for r_, (lab, (a, b)) in zip(rows, data):
        r_.append(Pf(round((a + b) / tots[2] * 100, 1), 1, 'eu', suf=' %', y=2023))
    rows.append(['Total', Cn(tots[0], 'carpeta fiscal', y=2023), Cn(tots[1], 'carpeta fiscal', y=2023), Cn(tots[2], 'carpeta fiscal', y=2023),
                 Pf(100.0, 1, 'eu', suf=' %', y=2023)])
    head[0].append('% del total')
    R.table(head, rows, widths=(5.6, 3.1, 3.1, 2.0, 2.2), size=9.5, bold_rows=(len(rows) - 1,), caption='Carpetas fiscales por estado y tipo penal, año 2023')
    body(R, ['Del total de carpetas, %s corresponden a hechos ocurridos en el centro minero La Rinconada (distrito de Ananea) y '
             'en el corredor Juliaca – Putina. Asimismo, en el año 2023 se obtuvieron %s sentencias condenatorias, con penas de '
             'entre 12 y 20 años de pena privativa de libertad, y se solicitaron %s medidas de protección a favor de las víctimas '
             'ante el Juzgado de Investigación Preparatoria.'
             % (Cn(37, 'carpeta fiscal', y=2023), Cn(4, 'sentencia condenatoria', y=2023), Cn(26, 'medida de protección', y=2023)),
             'Es cuanto informo a usted para los fines pertinentes.'])
    colegiatura_sign(R, 'Mariela Quispe Condori', 'Fiscal Provincial Titular',
                     'Reg. CAP N° 2184', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno')


def j005():
    ref = 'OFICIO N° 0412-2024-EF/45.03'
    R = new('j005', 'missing', 'not_competent_referred', ['governance'], PER23,
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'), ref,
            ['Solicitud N° 2024-000219', 'Oficio N° 0411-2024-EF/45.03'], '2024-01-30',
            'oficio; the whole letterhead in the footer (only a hairline at the top); subject as a spaced title; digital-signature tag',
            font='Arial', size=11,
            notes='The ministry says it does not hold budget information by PNAT action and forwarded the request to the Interior Ministry by a cited oficio: not_competent_referred. The request is about the 2023 budget of the national policy as a whole: governance.')
    bottom_letterhead(R, 'MINISTERIO DE ECONOMÍA Y FINANZAS',
                      ['Oficina General de Administración – Oficina de Atención a la Ciudadanía y Gestión Documental',
                       'Jr. Junín 319, Cercado de Lima – Central telefónica (01) 311-5930 – www.gob.pe/mef'],
                      logo=(logo_png('j005', 'MEF', 'square', (170, 20, 20)), 1.6))
    open25(R, 2024, date25('Lima', '2024-01-30', 'comma_year'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Referencia:', 'Solicitud N° 2024-000219')], order='subject_title',
           subject='Traslado de solicitud de acceso a la información pública')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita "el presupuesto asignado y '
             'ejecutado durante el año 2023 por las entidades del Estado en las acciones de la Política Nacional frente a la Trata '
             'de Personas y sus formas de explotación".',
             'Al respecto, debo señalar que el Ministerio de Economía y Finanzas no produce ni posee información del gasto público '
             'identificada por acciones de la referida política, la cual es conducida por el Ministerio del Interior en su calidad '
             'de Secretaría Técnica de la Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico '
             'Ilícito de Migrantes.',
             'En ese sentido, en aplicación del artículo 15-A del Reglamento de la Ley de Transparencia y Acceso a la Información '
             'Pública, se ha remitido su solicitud al Ministerio del Interior mediante el Oficio N° 0411-2024-EF/45.03, con '
             'conocimiento de usted, a fin de que dicha entidad le brinde la atención correspondiente.',
             'Atentamente,'])
    tag_sign(R, 'Luis Alberto Cárdenas Vega', 'Jefe de la Oficina de Atención a la Ciudadanía y Gestión Documental',
             'Ministerio de Economía y Finanzas', '30/01/2024 11:52:07')


def j006():
    ref = 'OFICIO N° 0391-2024-GR-PUNO/DIRESA-DESP'
    R = new('j006', 'answered', None, ['prevention', 'protection'], PER23,
            S('Dirección Regional de Salud Puno', 'DIRESA Puno', 'regional_government'), ref,
            ['Oficio N° 118-2024-GR PUNO/GRDS', 'Nota Informativa N° 045-2024-DIRESA-DESP-ESSM'], '2024-02-21',
            'oficio; accent letterhead; number on a dark banner; health-network table with a merged header over two sex columns; professional-registration signature',
            font='Calibri', size=11,
            notes='The regional health directorate is an executing unit of the regional government: named as itself, kind regional_government. Care of victims (medical and mental health) is protection; educational sessions in schools are prevention. Counts with spaced thousands ("1 126").')
    accent_header(R, 'Gobierno Regional Puno', 'Dirección Regional de Salud Puno', ['Dirección Ejecutiva de Salud de las Personas'],
                  logo=(logo_png('j006', 'DRS', 'circle', (0, 120, 110)), 1.7), color='00786E')
    open25(R, 2024, date25('Puno', '2024-02-21', 'del_anio'), ref,
           to_lines=['Señor', 'Lic. Marleny Ccama Huanca', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Puno', 'Ciudad.-'],
           rows=[('ASUNTO:', 'Información sobre atención a víctimas de trata de personas, año 2023'),
                 ('REF.:', 'Oficio N° 118-2024-GR PUNO/GRDS')], order='banner', fill='00594F')
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, para remitirle la información consolidada por la '
             'Estrategia Sanitaria de Salud Mental (Nota Informativa N° 045-2024-DIRESA-DESP-ESSM) respecto a las atenciones '
             'brindadas en los establecimientos de salud de la región a personas identificadas como víctimas de trata durante el '
             'periodo enero – diciembre de 2023:'])
    head = [['Red de Salud', 'Víctimas atendidas 2023', '', 'Atenciones en salud mental'], ['', 'Mujeres', 'Hombres', '']]
    merges = [(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)]
    data = [('Red Puno', [9, 2, 31]), ('Red San Román', [14, 3, 48]), ('Red Sandia', [6, 1, 17]), ('Red Azángaro', [4, 0, 9]),
            ('Red Melgar', [3, 1, 8]), ('Red Chucuito', [5, 2, 14]), ('Red Huancané', [2, 0, 5])]
    ctab25(R, head, data, ['víctima', 'víctima', 'atención'], 2023, total='Total región', merges=merges,
           widths=(4.6, 2.6, 2.6, 3.6), size=9.5)
    body(R, ['Del total de víctimas atendidas, el %s fueron mujeres, en su mayoría adolescentes procedentes '
             'del centro poblado La Rinconada. A todas se les brindó atención médica integral y se coordinó su derivación con la '
             'Unidad de Protección Especial y el Centro Emergencia Mujer.' % Pf(82.7, 1, suf="%", y=2023),
             'En materia de prevención, el personal de promoción de la salud desarrolló %s sesiones educativas sobre trata de '
             'personas y violencia sexual en instituciones educativas de los distritos de Ananea y Cuyocuyo, con la participación de '
             '%s estudiantes.' % (Cn(38, 'sesión educativa', y=2023), Cn(1126, 'estudiante', 'sp', y=2023)),
             'Atentamente,'])
    colegiatura_sign(R, 'M.C. Edwin Paredes Choque', 'Director Ejecutivo de Salud de las Personas', 'CMP N° 31874', 'Dirección Regional de Salud Puno')


def j007():
    ref = 'CARTA N° 021-2024-MDA/GM'
    R = new('j007', 'answered', None, ['governance', 'prevention', 'protection'], PER23,
            S('Municipalidad Distrital de Ananea', None, 'district_municipality'), ref,
            ['Expediente N° 0284-2024'], '2024-02-07',
            'short letter; shadow-box letterhead; addressee and number side by side; underlined-name signature; no figures',
            font='Liberation Sans', size=11,
            notes='A substantive null answer for 2023: no prevention actions, no district working group, no care of victims and no budget for these ends: answered, with the axes it speaks about.')
    shadow_header(R, ['MUNICIPALIDAD DISTRITAL DE ANANEA', 'Provincia de San Antonio de Putina – Región Puno', 'Gerencia Municipal'])
    open25(R, 2024, date25('Ananea', '2024-02-07', 'dd_mon_yy'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Observatorio Andino de Movilidad Humana', 'Presente.-'],
           rows=[('Asunto', 'Respuesta a solicitud de información'), ('Referencia', 'Expediente N° 0284-2024')], order='side')
    body(R, ['De mi especial consideración:',
             'Por medio de la presente me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita '
             'información sobre las acciones realizadas por esta municipalidad frente a la trata de personas en el distrito durante '
             'el año 2023 (enero a diciembre).',
             'Al respecto, luego de la revisión efectuada por la Subgerencia de Desarrollo Social y la DEMUNA, se informa que durante '
             'el ejercicio 2023 la Municipalidad Distrital de Ananea no ejecutó actividades de prevención ni de sensibilización '
             'sobre trata de personas, no conformó la mesa distrital de trabajo contra la trata ni brindó atención a víctimas, y '
             'tampoco se programaron recursos presupuestales destinados a dichos fines.',
             'Sin perjuicio de ello, se ha dispuesto que la Subgerencia de Desarrollo Social incorpore estas actividades en el Plan '
             'Operativo Institucional del presente año.',
             'Atentamente,'])
    underlined_name_sign(R, 'Abog. Rubén Mamani Turpo', 'Gerente Municipal', 'Municipalidad Distrital de Ananea')


def j008():
    ref = 'OFICIO N° 0187-2024-MTPE/2/15'
    R = new('j008', 'answered', None, ['governance', 'prevention', 'protection'], PER23,
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'), ref,
            ['Hoja de Ruta N° 0009871-2024', 'Informe N° 0031-2024-MTPE/2/15.1'], '2024-02-14',
            'oficio with numbered points; ladder letterhead; subject as a spaced title; region table; bar signature',
            font='Arial', size=10.5,
            notes='Real 2023 figures (commission sessions, workshops, participants, materials, executed amount) together with the statement that the labour reintegration programme for victims "no ha sido creado" (information on protection) and that labour inspection is SUNAFIL\'s competence: answered. The amount is written with the sign and the word "soles".')
    ladder_header(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Viceministerio de Trabajo',
                      'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'],
                  logo=(logo_png('j008', 'MTP', 'square', (160, 20, 30)), 1.9))
    open25(R, 2024, date25('Lima', '2024-02-14', 'comma_year'), ref,
           to_lines=['Señora', 'CARMEN ROSA VILLANUEVA TELLO', 'Presente.-'],
           rows=[('Referencia', 'Hoja de Ruta N° 0009871-2024')], order='subject_title',
           subject='Acciones frente a la trata de personas con fines de explotación laboral – año 2023')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, y de acuerdo con lo informado por la '
             'Dirección de Promoción y Protección de los Derechos Fundamentales Laborales (Informe N° 0031-2024-MTPE/2/15.1), '
             'remitirle la siguiente información correspondiente al periodo enero – diciembre de 2023:'])
    numbered(R, ['La Comisión Nacional para la Lucha contra el Trabajo Forzoso (CNLCTF), cuya Secretaría Técnica ejerce esta '
                 'Dirección General, realizó %s sesiones ordinarias y aprobó su informe anual de seguimiento.' % Cn(6, 'sesión', y=2023),
                 'Se desarrollaron %s talleres de sensibilización sobre trabajo forzoso y trata con fines de explotación laboral, '
                 'dirigidos a trabajadores, empleadores y servidores de las Direcciones Regionales de Trabajo, con la participación de '
                 '%s personas, según el detalle del cuadro adjunto. Además, se distribuyeron %s materiales informativos en castellano, '
                 'quechua y asháninka.' % (Cn(27, 'taller', y=2023), Cn(1384, 'persona', y=2023), Cn(12500, 'material informativo', 'sp', y=2023)),
                 'El gasto devengado en dichas actividades ascendió a %s, con cargo a la Actividad 5006269 del Programa '
                 'Presupuestal 0103.' % Mredund(186420.00, y=2023, r='e'),
                 'El Programa de reinserción laboral para víctimas de trata y trabajo forzoso, previsto como servicio de la política '
                 'nacional, no ha sido creado a la fecha, por lo que no se cuenta con información de víctimas atendidas.',
                 'La fiscalización del cumplimiento de las normas sociolaborales, incluida la inspección de casos de trabajo forzoso, es '
                 'competencia de la Superintendencia Nacional de Fiscalización Laboral – SUNAFIL, entidad a la que puede dirigir su '
                 'consulta sobre operativos de inspección.'], fmt_='%d)')
    data = [('Lima Metropolitana', [8, 412]), ('Cusco', [4, 198]), ('Madre de Dios', [5, 263]), ('Puno', [4, 187]),
            ('Loreto', [3, 151]), ('Ucayali', [3, 173])]
    ctab25(R, [['Región', 'Talleres', 'Participantes']], data, ['taller', 'persona'], 2023, total='Total',
           style='vertical_only', widths=(6.0, 2.6, 3.0), size=9.5, caption='Talleres de sensibilización por región, 2023')
    R.p('Atentamente,', after=2)
    bar_sign(R, 'Abog. Karina Palomino Loayza', 'Directora General de Derechos Fundamentales y Seguridad y Salud en el Trabajo',
             'Ministerio de Trabajo y Promoción del Empleo')


def j009():
    ref = 'OFICIO N° 000098-2024-P-CSJLO-PJ'
    R = new('j009', 'out_of_period', None, ['prosecution'], PER23,
            S('Corte Superior de Justicia de Loreto', 'CSJLO', 'autonomous'), ref,
            ['Solicitud N° 0051-2024-TRANSPARENCIA-CSJLO', 'Informe N° 012-2024-CE-UPD-GAD-CSJLO-PJ'], '2024-02-26',
            'oficio of a court; centred page-header letterhead; ruled form lines for number, date, addressee and subject; court table for January-February 2024',
            font='Times New Roman', size=11.5,
            notes='The request asks for 2023; the court says its 2023 statistics are still being validated and gives only January-February 2024 figures: out_of_period. Court cases and sentences are prosecution; their year is 2024.')
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE LORETO', 'Presidencia'],
             logo=(logo_png('j009', 'PJ', 'shield', (120, 20, 20)), 1.3))
    open25(R, 2024, date25('Iquitos', '2024-02-26', 'spaced_slash'), ref,
           to_lines=['Sra. Giovanna Ríos Paredes'],
           rows=[('ASUNTO', 'Atiende solicitud de acceso a la información pública'),
                 ('REF.', 'Solicitud N° 0051-2024-TRANSPARENCIA-CSJLO')], order='formlines')
    body(R, ['Tengo el honor de dirigirme a usted, con relación a la solicitud de la referencia, por la cual requiere el número de '
             'procesos por el delito de trata de personas tramitados en los órganos jurisdiccionales de este Distrito Judicial '
             'durante el periodo enero – diciembre de 2023.',
             'Al respecto, la Coordinación de Estadística, mediante Informe N° 012-2024-CE-UPD-GAD-CSJLO-PJ, comunica que la '
             'información estadística del año 2023 se encuentra en proceso de validación en el Sistema Integrado Judicial, por lo '
             'que a la fecha solo es posible remitir los datos del periodo enero – febrero de 2024:'])
    data = [('1° Juzgado de Investigación Preparatoria de Maynas', [3, 7, 0]), ('2° Juzgado de Investigación Preparatoria de Maynas', [2, 5, 0]),
            ('Juzgado Penal Colegiado de Maynas', [1, 4, 1]), ('Juzgado de Investigación Preparatoria de Alto Amazonas', [1, 2, 0]),
            ('Juzgado Penal Unipersonal de Requena', [0, 1, 1])]
    ctab25(R, [['Órgano jurisdiccional', 'Expedientes ingresados', 'Expedientes en trámite', 'Sentencias emitidas']], data,
           ['expediente', 'expediente', 'sentencia'], 2024, total='Total', widths=(7.4, 2.8, 2.8, 2.6), size=9.5,
           caption='Procesos por delito de trata de personas, enero – febrero 2024')
    body(R, ['Una vez validada la información del año 2023, se le comunicará a la dirección electrónica consignada en su solicitud.',
             'Atentamente,'])
    R.sign('Dr. Augusto Pinedo Saldaña', 'Juez Superior Titular – Presidente', 'Corte Superior de Justicia de Loreto')


def j010():
    R = new('j010', 'missing', 'acknowledgment', ['prevention', 'protection'], PER23,
            S('Municipalidad Metropolitana de Lima', 'MML', 'provincial_municipality'), None,
            ['Solicitud N° 2024-0012873'], '2024-01-19',
            'printed automatic e-mail acknowledgment (De/Enviado/Para/Asunto lines); no own number; no signature',
            font='Calibri', size=11,
            notes='An automatic acknowledgment of receipt from the virtual front desk, with the request\'s registry number and a summary of what was asked (prevention actions and care of victims in 2023): acknowledgment.')
    email_head(R, [('De:', 'Mesa de Partes Virtual MML <mesadepartesvirtual@munlima.gob.pe>'),
                   ('Enviado:', date25(None, '2024-01-19', 'dayabbr') + ' 10:14'),
                   ('Para:', 'cvillanueva.tello@gmail.com'),
                   ('Asunto:', 'Acuse de recibo – Solicitud N° 2024-0012873 – Acceso a la Información Pública')])
    body(R, ['Estimado(a) ciudadano(a):',
             'La Municipalidad Metropolitana de Lima confirma la recepción de su solicitud de acceso a la información pública, '
             'registrada con el número Solicitud N° 2024-0012873, con el siguiente detalle:'], align='l')
    kv(R, [('Solicitante', 'Carmen Rosa Villanueva Tello'),
           ('Información solicitada', 'Acciones de prevención de la trata de personas y de atención a víctimas realizadas por la '
                                      'Municipalidad Metropolitana de Lima durante el año 2023 (enero a diciembre).'),
           ('Forma de entrega', 'Correo electrónico'),
           ('Unidad derivada', 'Gerencia de Desarrollo Social')], tab=4.0, w2=12.0)
    body(R, ['Su solicitud será atendida dentro del plazo establecido en el Texto Único Ordenado de la Ley N° 27806, Ley de '
             'Transparencia y Acceso a la Información Pública. Puede consultar el estado de su trámite en la plataforma de la '
             'Mesa de Partes Virtual.',
             'Este es un mensaje generado automáticamente; por favor, no responda a este correo.',
             'Subgerencia de Gestión Documentaria y Archivo\nMunicipalidad Metropolitana de Lima'], align='l')


def j011():
    ref = 'OFICIO N° 0127-2024-GOB.REG.TUMBES-GRDS-GR'
    R = new('j011', 'answered', None, ['governance', 'prevention', 'protection'], PER23,
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'), ref,
            ['Expediente N° 00412-2024', 'Informe Técnico N° 009-2024-GOB.REG.TUMBES-GRDS-SGPS',
             'Ordenanza Regional N° 012-2019-GOB.REG.TUMBES-CR'], '2024-02-19',
            'oficio + technical report page; accent letterhead; number on a dark banner; budget table whose unit is stated only in the page title block "(Expresado en miles de soles)"',
            font='Arial Narrow', size=11,
            notes='The regional network and the budget of the regional plan are governance; campaigns and training of service operators are prevention; the temporary shelter agreement is protection. On page 2 the unit is in the title block of the page: amounts x1000, unit_source page. The total in the letter is written "318,6 miles de soles" (x1000).')
    accent_header(R, 'Gobierno Regional de Tumbes', 'Gerencia Regional de Desarrollo Social', ['Subgerencia de Promoción Social'],
                  logo=(logo_png('j011', 'GRT', 'shield', (0, 70, 140)), 1.7), color='1F4E79')
    open25(R, 2024, date25('Tumbes', '2024-02-19', 'dash_caps'), ref,
           to_lines=['Señor', 'ÁLVARO PINEDA RUIZ', 'Observatorio Andino de Movilidad Humana', 'Presente.-'],
           rows=[('Asunto', 'Información sobre acciones regionales frente a la trata de personas – 2023'),
                 ('Referencia', 'Expediente N° 00412-2024')], order='banner', fill='1F4E79')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones '
             'realizadas por el Gobierno Regional de Tumbes frente a la trata de personas durante el año 2023.',
             'Al respecto, le informo que la Red Regional de Prevención y Atención de la Trata de Personas, reconocida mediante '
             'Ordenanza Regional N° 012-2019-GOB.REG.TUMBES-CR, sesionó en %s oportunidades durante el año 2023 y aprobó la '
             'actualización del Plan Regional contra la Trata de Personas. En el marco de dicho plan se realizaron %s campañas de '
             'prevención en la zona de frontera (Aguas Verdes, Zarumilla y Papayal) y se capacitó a %s operadores de servicios de '
             'salud, educación y transporte.' % (Cn(8, 'sesión', y=2023), Cn(15, 'campaña', y=2023), Cn(236, 'operador', y=2023)),
             'Asimismo, se mantuvo el convenio con el Hogar de Refugio Temporal "Virgen del Cisne", en el que fueron acogidas %s '
             'adolescentes víctimas de trata derivadas por la Unidad de Protección Especial de Tumbes.' % Cn(11, 'adolescente', y=2023),
             'El gasto devengado en las actividades del Plan Regional durante el ejercicio 2023 ascendió a %s, según el detalle del '
             'Informe Técnico N° 009-2024-GOB.REG.TUMBES-GRDS-SGPS, que se adjunta.' % Mmiles(318.6, y=2023, r='e'),
             'Hago propicia la oportunidad para expresarle las muestras de mi consideración.'])
    tag_sign(R, 'Econ. Milagros Dioses Purizaca', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Tumbes', '19/02/2024 09:31:55')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 009-2024-GOB.REG.TUMBES-GRDS-SGPS', bold=True, align='c', after=2)
    R.p('EJECUCIÓN PRESUPUESTAL 2023 DEL PLAN REGIONAL CONTRA LA TRATA DE PERSONAS', bold=True, align='c', after=0, size=10)
    R.p('Fuente: SIAF – Consulta amigable, al 31 de diciembre de 2023', align='c', size=9, after=0)
    R.p('(Expresado en miles de soles)', align='c', italic=True, size=9.5, after=8)
    head = [['Actividad', 'PIA', 'PIM', 'Certificación', 'Devengado', 'Avance (%)']]
    data = [('Funcionamiento de la Red Regional', [38.0, 42.5, 41.2, 40.8]),
            ('Campañas de prevención en frontera', [95.0, 121.3, 118.9, 117.4]),
            ('Capacitación a operadores de servicios', [60.0, 58.0, 55.6, 54.9]),
            ('Convenio Hogar de Refugio Temporal', [110.0, 110.0, 106.2, 105.5])]
    btab25(R, head, data, 2023, ['a', 'a', 'c', 'e'], lambda v, r: Mf(v, 'us', 1, scale=1000, y=2023, r=r, u='page'),
           avance=(3, 1, lambda v: Pf(v, 1, suf='', y=2023, u='column')), style='stub', widths=(5.8, 1.9, 1.9, 2.3, 2.2, 1.9), size=9.5)
    body(R, ['El avance de ejecución respecto del PIM alcanzó el nivel señalado en el cuadro. El saldo no ejecutado corresponde a '
             'materiales de difusión cuya entrega se reprogramó para el primer trimestre de 2024.'], size=10)
    R.p('Subgerencia de Promoción Social', size=9, italic=True)


def j012():
    R = new('j012', 'answered', None, ['prosecution'], PER23,
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'), None, [], '2024-02-02',
            'workbook sent alone (no letter, no own number): two tables, a two-row header with a merged group "Presuntas víctimas" and a share column',
            fmt='xlsx', keep_native=True,
            notes='A workbook of the statistics institute sent alone. Complaints and presumed victims registered in police complaints for 2023 are prosecution. Shares are formatted percentages of the total victims. The age ranges in the row labels are not figures.')
    from openpyxl.styles import Font, Alignment
    ws = R.wb.active
    ws.title = 'Trata 2023'
    xsetup(ws, landscape=False)
    ws['A1'] = 'INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Dirección Técnica de Demografía e Indicadores Sociales'
    ws['A4'] = 'Cuadro N° 1'
    ws['A4'].font = Font(bold=True)
    ws['A5'] = 'Perú: Denuncias por presunto delito de trata de personas y presuntas víctimas, según departamento, 2023'
    ws['A5'].font = Font(bold=True)
    head = [['Departamento', 'Denuncias', 'Presuntas víctimas', None, None, '% de víctimas'],
            [None, None, 'Total', 'Mujer', 'Hombre', None]]
    merges = [(0, 2, 0, 4), (0, 0, 1, 0), (0, 1, 1, 1), (0, 5, 1, 5)]
    colnames = ['Departamento', 'Denuncias', 'Presuntas víctimas Total', 'Presuntas víctimas Mujer', 'Presuntas víctimas Hombre', '% de víctimas']
    data = [('Lima', 398, 421, 97), ('Cusco', 112, 138, 22), ('Madre de Dios', 96, 131, 19), ('Puno', 88, 104, 15),
            ('Loreto', 84, 97, 21), ('Arequipa', 61, 58, 17), ('Tumbes', 47, 52, 9), ('Piura', 43, 39, 12),
            ('Junín', 39, 41, 8), ('Ucayali', 35, 44, 6), ('Tacna', 31, 29, 10), ('Otros departamentos', 118, 117, 36)]
    tv = sum(m + h for _, _, m, h in data)
    rows = []
    for dep, d, m, h in data:
        rows.append([dep, (d, '#,##0', 'count', {'what': 'denuncia', 'y': 2023}), (m + h, '#,##0', 'count', {'what': 'víctima', 'y': 2023}),
                     (m, '#,##0', 'count', {'what': 'víctima', 'y': 2023}), (h, '#,##0', 'count', {'what': 'víctima', 'y': 2023}),
                     (round((m + h) / tv, 3), '0.0%', 'percent', {'y': 2023})])
    TD, TM, TH = sum(x[1] for x in data), sum(x[2] for x in data), sum(x[3] for x in data)
    rows.append(['Total', (TD, '#,##0', 'count', {'what': 'denuncia', 'y': 2023}), (tv, '#,##0', 'count', {'what': 'víctima', 'y': 2023}),
                 (TM, '#,##0', 'count', {'what': 'víctima', 'y': 2023}), (TH, '#,##0', 'count', {'what': 'víctima', 'y': 2023}),
                 (1.0, '0.0%', 'percent', {'y': 2023})])
    r = xtable(R, ws, 7, head, rows, widths=(24, 12, 12, 11, 11, 13), merges=merges, colnames=colnames, bold_last=True)
    ws.cell(row=r, column=1, value='Fuente: Ministerio del Interior – Sistema de Denuncias Policiales (SIDPOL). Elaboración: INEI.')
    r += 2
    ws.cell(row=r, column=1, value='Cuadro N° 2').font = Font(bold=True)
    ws.cell(row=r + 1, column=1, value='Perú: Presuntas víctimas de trata de personas, según grupo de edad, 2023').font = Font(bold=True)
    ages = [('Menores de 18 años', 412), ('De 18 a 29 años', 598), ('De 30 a 44 años', 301), ('De 45 a más años', 87), ('Sin información', 0)]
    s_ = sum(a for _, a in ages)
    ages[-1] = ('Sin información', ages[-1][1] + (tv - s_))
    rows2 = [[lab, (n, '#,##0', 'count', {'what': 'víctima', 'y': 2023}), (round(n / tv, 3), '0.0%', 'percent', {'y': 2023})] for lab, n in ages]
    rows2.append(['Total', (tv, '#,##0', 'count', {'what': 'víctima', 'y': 2023}), (1.0, '0.0%', 'percent', {'y': 2023})])
    r = xtable(R, ws, r + 3, [['Grupo de edad', 'Presuntas víctimas', '%']], rows2, bold_last=True)
    ws.cell(row=r + 1, column=1, value='Emitido: 02/02/2024 – Oficina Técnica de Difusión')
    xfont(ws, 'Calibri')


def j013():
    ref = 'OFICIO N° 064-2024-MPSR-J/GDHS'
    R = new('j013', 'out_of_period', None, ['governance', 'prevention'], PER23,
            S('Municipalidad Provincial de San Román', 'MPSR', 'provincial_municipality'), ref,
            ['Expediente N° 1957-2024', 'Resolución de Gerencia Municipal N° 412-2023-MPSR-J/GM'], '2024-02-08',
            'oficio; the letterhead in the footer; head items on ruled form lines; plan table (goals and programmed budget for 2024)',
            font='DejaVu Sans', size=10,
            notes='Asked about 2023, the municipality sends only the goals and programmed budget of its 2024 work plan; the 2023 execution is with the planning office: out_of_period. Plan figures carry the year they are programmed for (2024); money is allocated (programado). The count noun comes from the unit-of-measure column.')
    bottom_letterhead(R, 'MUNICIPALIDAD PROVINCIAL DE SAN ROMÁN – JULIACA',
                      ['Gerencia de Desarrollo Humano y Social', 'Jr. 9 de Diciembre N° 129, Juliaca – Puno'],
                      logo=(logo_png('j013', 'MSR', 'shield', (110, 60, 10)), 1.5), color='7F4F1F')
    open25(R, 2024, date25('Juliaca', '2024-02-08', 'ymd_caps'), ref,
           to_lines=['Sr. Jorge Luis Apaza Mamani'],
           rows=[('ASUNTO', 'Información solicitada sobre trata de personas'), ('REF.', 'Expediente N° 1957-2024')],
           order='formlines', size=9.5)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las '
             'actividades ejecutadas por esta comuna en materia de trata de personas durante el año 2023.',
             'Al respecto, comunico que la información sobre la ejecución de actividades del ejercicio 2023 se encuentra en la '
             'Subgerencia de Planeamiento y Presupuesto para la evaluación anual del Plan Operativo Institucional. Sin perjuicio de '
             'ello, se remite el Plan de Trabajo 2024 de la Instancia Provincial de Concertación para la prevención de la violencia y '
             'la trata de personas, aprobado mediante Resolución de Gerencia Municipal N° 412-2023-MPSR-J/GM:'], size=10)
    head = [['Actividad', 'Unidad de medida', 'Meta física 2024', 'Presupuesto programado 2024 (S/)']]
    items = [('Sesiones de la Instancia Provincial de Concertación', 'Sesión', 6, 'sesión', 4800.0),
             ('Campañas de prevención en terminales terrestres', 'Campaña', 8, 'campaña', 12600.0),
             ('Talleres en instituciones educativas', 'Taller', 20, 'taller', 9500.0),
             ('Capacitación a transportistas y hospedajes', 'Persona', 250, 'persona', 7200.0),
             ('Feria "Juliaca libre de trata"', 'Feria', 2, 'feria', 6000.0)]
    rows = [[a, u, Cn(n, w, y=2024), Mf(m, 'us', 2, y=2024, r='a')] for a, u, n, w, m in items]
    rows.append(['Total', '', '', Mf(sum(x[4] for x in items), 'us', 2, y=2024, r='a')])
    R.table(head, rows, widths=(7.0, 2.6, 2.4, 3.8), size=9, bold_rows=(len(rows) - 1,))
    body(R, ['Atentamente,'], size=10)
    colegiatura_sign(R, 'Lic. Yeni Quispe Calcina', 'Gerente de Desarrollo Humano y Social', 'C.T.S.P. N° 3321',
                     'Municipalidad Provincial de San Román')


def j014():
    ref = 'CARTA N° 000117-2024-GDS/MDSJL'
    R = new('j014', 'missing', 'no_information', ['prevention', 'protection'], PER23,
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'), ref,
            ['Solicitud N° 0318-2024-TAIP', 'Informe N° 028-2024-SGSDB-GDS/MDSJL'], '2024-02-06',
            'letter; shadow-box letterhead; number on a dark banner; underlined-name signature; no figures',
            font='Calibri', size=11,
            notes='The office found no records of prevention actions or care of victims for 2023, by a cited report: no_information. Axes of what was asked.')
    shadow_header(R, ['MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', 'Gerencia de Desarrollo Social'],
                  logo=(logo_png('j014', 'SJL', 'circle', (0, 100, 60)), 1.4))
    open25(R, 2024, date25('San Juan de Lurigancho', '2024-02-06', 'weekday_comma'), ref,
           to_lines=['Señora', 'GIOVANNA RÍOS PAREDES', 'Presente.-'],
           rows=[('Asunto:', 'Respuesta a solicitud de acceso a la información pública'),
                 ('Referencia:', 'Solicitud N° 0318-2024-TAIP')], order='banner', fill='2E5E3E')
    body(R, ['De mi consideración:',
             'Me dirijo a usted en relación con el documento de la referencia, mediante el cual solicita información sobre las '
             'acciones de prevención de la trata de personas y de atención a víctimas ejecutadas por esta municipalidad durante '
             'el periodo enero – diciembre de 2023.',
             'Sobre el particular, la Subgerencia de Salud, DEMUNA y Bienestar Social, mediante Informe N° 028-2024-SGSDB-GDS/MDSJL, '
             'manifiesta que, efectuada la búsqueda en sus archivos físicos y digitales, no se han ubicado registros ni documentos '
             'referidos a las acciones solicitadas para el periodo indicado, por lo que no es posible atender su pedido en los '
             'términos planteados.',
             'Sin otro particular, quedo de usted.'])
    underlined_name_sign(R, 'Lic. Ricardo Soto Villalobos', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de San Juan de Lurigancho')


def j015():
    ref = 'OFICIO N° 128-2024-DIRNIC PNP/DIRCTPTIM-SEC.'
    R = new('j015', 'answered', None, ['prosecution'], PER23,
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la PNP', 'DIRCTPTIM PNP', 'police'), ref,
            ['Expediente N° 20240021564'], '2024-02-08',
            'police oficio typed in a monospaced face (Courier New); ladder letterhead; month table and a nationality table with a share column; "Dios guarde a Ud."',
            font='Courier New', size=10,
            notes='Operations, rescued victims and arrests of 2023 are prosecution. Shares in the second table are percents of the total column.')
    ladder_header(R, ['MINISTERIO DEL INTERIOR', 'POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL',
                      'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'],
                  logo=(logo_png('j015', 'PNP', 'shield', (20, 80, 40)), 1.8), size=8)
    lema(R, 2024)
    R.p(date25('Lima', '2024-02-08', 'dash_caps'), align='r', after=4)
    R.p(ref, bold=True, after=8)
    kv(R, [('SEÑORA:', 'CARMEN ROSA VILLANUEVA TELLO'), ('ASUNTO:', 'Remite información estadística, año 2023.'),
           ('REF.:', 'Solicitud de Acceso a la Información Pública – Expediente N° 20240021564')], tab=2.6, w2=13.4)
    body(R, ['Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, a fin de remitirle la información '
             'estadística de las intervenciones realizadas por esta Dirección durante el año 2023:'], align='j')
    MES = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    vals = [(4, 11, 5), (3, 7, 4), (5, 16, 8), (4, 9, 3), (6, 21, 9), (5, 14, 6), (3, 8, 2), (7, 25, 11), (4, 12, 5),
            (5, 17, 7), (6, 19, 8), (4, 10, 4)]
    ctab25(R, [['Mes (2023)', 'Operativos', 'Víctimas rescatadas', 'Detenidos']], list(zip(MES, [list(v) for v in vals])),
           ['operativo', 'víctima', 'detenido'], 2023, total='TOTAL', widths=(4.0, 3.2, 4.2, 3.2), size=9, style='double')
    nat = [('Peruana', [96, 21]), ('Venezolana', [38, 6]), ('Colombiana', [4, 1]), ('Ecuatoriana', [2, 0]), ('Otras', [1, 0])]
    rows = []
    TT = sum(a + b for _, (a, b) in nat)
    for lab, (a, b) in nat + [('TOTAL', [sum(x[1][0] for x in nat), sum(x[1][1] for x in nat)])]:
        rows.append([lab, Cn(a, 'víctima', y=2023), Cn(b, 'víctima', y=2023), Cn(a + b, 'víctima', y=2023),
                     Pf(round((a + b) / TT * 100, 1), 1, suf='', y=2023)])
    R.p('Víctimas rescatadas según nacionalidad y sexo, año 2023', bold=True, size=9.5, after=2)
    t = R.table([['Nacionalidad', 'Mujeres', 'Hombres', 'Total', '%']], rows, widths=(4.0, 2.6, 2.6, 2.6, 2.2), size=9,
                bold_rows=(len(rows) - 1,), ruled='none')
    total_double(t)
    body(R, ['Es todo cuanto tengo el honor de informar a Ud., para los fines que estime pertinentes.', 'Dios guarde a Ud.'])
    bar_sign(R, 'Héctor Manuel Rengifo Alvarado', 'Coronel PNP – Jefe de la DIRCTPTIM', 'Policía Nacional del Perú')
