"""blind-v5 letters e545-e560."""
from common import *
from lib import plain


def e545():
    R = new('e545', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Miraflores', 'MM', 'district_municipality'),
            'ORDENANZA N° 518/MM', [],
            '2019-08-29', 'municipal ordinance on noise control in residential areas, articles and a fines table; not about trafficking',
            notes='off-topic: unrelated ordinance')
    R.header(['MUNICIPALIDAD DE MIRAFLORES'], logo=(logo_png('miraf', 'MM', 'shield', (0, 90, 60)), 1.3))
    R.p('ORDENANZA N° 518/MM', bold=True, align='c', size=13)
    R.p('Miraflores, 29 de agosto de 2019', align='c')
    R.p('EL ALCALDE DE MIRAFLORES', bold=True)
    R.p('POR CUANTO: El Concejo Municipal, en Sesión Ordinaria de la fecha, aprobó la siguiente:', align='j')
    R.p('ORDENANZA QUE REGULA LOS RUIDOS MOLESTOS EN ZONAS RESIDENCIALES DEL DISTRITO', bold=True, align='c')
    R.p('Artículo 1.- Objeto. La presente ordenanza establece los niveles máximos de ruido permitidos en zonas residenciales y el procedimiento de fiscalización.', align='j')
    R.p('Artículo 2.- Horario. Entre las 22:00 y las 07:00 horas se prohíbe el uso de equipos de sonido audibles desde la vía pública.', align='j')
    R.p('Artículo 3.- Infracciones. Incorpórense al Cuadro Único de Infracciones y Sanciones las siguientes infracciones:', align='j')
    rows = [['04-501', 'Generar ruidos molestos en horario nocturno (persona natural)', P('10%', 10.0, u='cell') + ' UIT', M('S/ 420.00', 420.0, u='cell')],
            ['04-502', 'Generar ruidos molestos desde establecimiento comercial', P('50%', 50.0, u='cell') + ' UIT', M('S/ 2,100.00', 2100.0, u='cell')]]
    R.table([['Código', 'Infracción', 'Multa', 'Monto']], rows, widths=(2.0, 8.0, 2.5, 2.8), size=9.5, row_label_col=1)
    R.p('Artículo 4.- Vigencia. La presente ordenanza entra en vigencia al día siguiente de su publicación.', align='j')
    R.p('POR TANTO: Mando se registre, publique y cumpla.', align='j')
    R.sign('LUIS ENRIQUE MOLINA ARLES', 'Alcalde')


def e546():
    R = new('e546', 'missing', 'clarification', ['prosecution'], None,
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'CARTA N° 000208-2019/IN/OGAC', ['Solicitud de Acceso N° 0518-2019'],
            '2019-02-15', 'carta asking to specify which police units and which years (subsanación)',
            notes='Asks the requester to specify the period; the asked-about topic is police operations (prosecution)')
    R.header(['MINISTERIO DEL INTERIOR', 'Oficina General de Atención al Ciudadano'], logo=(logo_png('mininter', 'MI', 'shield', (0, 70, 40)), 1.3))
    lema(R, 2019)
    R.p('Lima, 15 de febrero de 2019', align='r')
    R.p('CARTA N° 000208-2019/IN/OGAC', bold=True)
    to(R, ['Señor', 'ÓSCAR DANIEL HUERTAS LAVADO'])
    R.p('Referencia: Solicitud de Acceso N° 0518-2019', bold=True)
    R.p('Me dirijo a usted en relación con la solicitud de la referencia, mediante la cual requiere "la cantidad de operativos policiales contra la trata '
        'de personas y sus resultados".', align='j')
    R.p('Al respecto, a fin de dar trámite a su pedido, se le solicita precisar el periodo sobre el cual requiere la información y el ámbito geográfico '
        '(nacional o región policial). De no recibir la aclaración dentro de los dos días hábiles siguientes a la notificación de la presente, '
        'la solicitud se considerará como no presentada.', align='j')
    R.p('Atentamente,')
    R.sign('ABOG. LILIANA ROSARIO MENDOZA ÁVALOS', 'Jefa de la Oficina General de Atención al Ciudadano')


def e547():
    R = new('e547', 'missing', 'no_reply', ['governance'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Piura', 'GRP', 'regional_government'),
            None, ['Solicitud N° 2019-000733'],
            '2019-04-22', 'printout of the online request-tracking page: request pending, term expired, no reply on file',
            notes='No reply: status printout of the transparency portal; letter_date is the consultation date printed on the page')
    R.p('Portal de Transparencia – Gobierno Regional Piura', size=8)
    R.p('https://www.regionpiura.gob.pe/transparencia/consulta?sol=2019-000733', size=8, after=14)
    R.p('GOBIERNO REGIONAL PIURA', bold=True, size=14, align='c', after=0)
    R.p('Sistema de Solicitudes de Acceso a la Información Pública', align='c', after=12)
    R.p('CONSULTA DEL ESTADO DE SU SOLICITUD', bold=True)
    t = R.doc.add_table(rows=8, cols=2); t.style = 'Table Grid'
    vals = [('N° de solicitud', '2019-000733'), ('Solicitante', 'HUGO ENRIQUE SEMINARIO ARCA'), ('Fecha de registro', '20/03/2019'),
            ('Información solicitada', 'Presupuesto y acciones de la Comisión Regional contra la Trata de Personas durante el año 2018'),
            ('Unidad responsable', 'Gerencia Regional de Desarrollo Social'), ('Fecha límite de atención', '03/04/2019'),
            ('Estado', 'PENDIENTE – PLAZO VENCIDO'), ('Respuesta', 'Sin respuesta registrada')]
    from docx.shared import Pt
    for i, (a, b) in enumerate(vals):
        r1 = t.cell(i, 0).paragraphs[0].add_run(a); r1.bold = True; r1.font.size = Pt(10)
        r2 = t.cell(i, 1).paragraphs[0].add_run(b); r2.font.size = Pt(10)
    R.p('', after=8)
    R.p('Fecha de consulta: 22/04/2019 09:14', size=9)
    R.p('Si su solicitud no fue atendida en el plazo, puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la Información Pública.', size=9)


def e548():
    R = new('e548', 'missing', 'acknowledgment', ['prevention'], None,
            S('Embassy of Canada to Peru', None, 'foreign'),
            None, [],
            '2019-06-04', 'English acknowledgment e-mail printed to PDF', lang='en', font='Arial', size=10,
            notes='Acknowledgment only; the request was about prevention campaigns funded by Canada')
    R.p('From: LIMA-GR (Embassy of Canada) <lima-gr@international.gc.ca>', size=9, after=0)
    R.p('Sent: Tuesday, June 4, 2019 3:12 PM', size=9, after=0)
    R.p('To: ximena.lozano.q@outlook.com', size=9, after=0)
    R.p('Subject: RE: Information request – trafficking prevention projects', size=9, after=10)
    R.p('Dear Ms. Lozano,')
    R.p('We acknowledge receipt of your message of May 30, 2019 regarding trafficking prevention projects supported by Canada in Peru. Your request has been '
        'shared with the relevant section of the Embassy, and we will reply as soon as possible.')
    R.p('Best regards,')
    R.p('Public Affairs\nEmbassy of Canada to Peru\nCalle Bolognesi 228, Miraflores, Lima')
    R.p('-----Original Message-----', size=9, before=10)
    R.p('Could you please tell me which projects to prevent human trafficking Canada funded in Peru and how many people took part in them?', size=9, italic=True)


def e549():
    R = new('e549', 'answered', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'OFICIO N° 0318-2019-VRIN-UNSAAC', ['Resolución N° CU-0412-2018-UNSAAC'],
            '2019-04-03', 'university oficio, two research projects listed with funding, count of students in outreach')
    R.header(['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'Vicerrectorado de Investigación'], logo=(logo_png('unsaac', 'UNS', 'circle', (0, 60, 120)), 1.3))
    lema(R, 2019)
    R.p('Cusco, 3 de abril de 2019', align='r')
    R.p('OFICIO N° 0318-2019-VRIN-UNSAAC', bold=True)
    to(R, ['Señor', 'FÉLIX AMÉRICO PUMA HUAYLLA'])
    R.p('Me dirijo a usted en atención a su solicitud sobre investigaciones y actividades de la Universidad relacionadas con la trata de personas en el año 2018.', align='j')
    R.p('1. Mediante Resolución N° CU-0412-2018-UNSAAC se aprobó el financiamiento de ' + C('2', 2, 'proyecto de investigación', y=2018) + ' proyectos de investigación:', align='j')
    R.p('a) "Trata de personas con fines de explotación laboral en la minería informal de Quispicanchi", por ' + M('S/ 45 000.00', 45000.0, y=2018, r='a') + ';', indent=0.8, align='j')
    R.p('b) "Percepción del riesgo de captación en adolescentes del Cusco", por ' + M('S/ 28 500.00', 28500.0, y=2018, r='a') + '.', indent=0.8, align='j')
    R.p('2. Dentro de las actividades de proyección social, estudiantes de Trabajo Social realizaron sesiones informativas dirigidas a ' + C('740', 740, 'escolar', y=2018) + ' escolares.', align='j')
    R.p('Atentamente,')
    R.sign('Dr. WILBERT CÁRDENAS HUAMANI', 'Vicerrector de Investigación')


def e550():
    R = new('e550', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de San Martín', 'GRSM', 'regional_government'),
            'OFICIO N° 117-2020-GRSM/GRDS', ['Ordenanza Regional N° 008-2016-GRSM/CR'],
            '2020-01-24', 'oficio, period 2019 restated, reports only 2016-2017 actions',
            notes='Requested 2019 restated; figures only for 2016 and 2017 -> out_of_period')
    R.header(['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('grsm', 'GSM', 'shield', (0, 120, 40)), 1.3))
    lema(R, 2020)
    R.p('Moyobamba, 24 de enero de 2020', align='r')
    R.p('OFICIO N° 117-2020-GRSM/GRDS', bold=True)
    to(R, ['Señora', 'GIANINA PAOLA RENGIFO DEL CASTILLO'])
    R.p('Asunto: Información sobre trata de personas del ejercicio 2019', bold=True)
    R.p('Me dirijo a usted en atención a su solicitud de información sobre las acciones del Gobierno Regional contra la trata de personas durante 2019. '
        'Se informa que la Gerencia cuenta con la siguiente información:', align='j')
    R.p('– En 2016 se aprobó el Plan Regional contra la Trata de Personas mediante Ordenanza Regional N° 008-2016-GRSM/CR, con un presupuesto de ' +
        M('S/. 1.250.000,00', 1250000.0, y=2016, r='a') + ' para su primer año.', indent=0.5, align='j')
    R.p('– En 2017 se desarrollaron ' + C('31', 31, 'campaña', y=2017) + ' campañas de sensibilización en Tarapoto, Juanjuí y Tocache.', indent=0.5, align='j')
    R.p('La información correspondiente al año 2019 se encuentra en proceso de sistematización.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. CÉSAR AUGUSTO TUESTA RÍOS', 'Gerente Regional de Desarrollo Social')


def e551():
    R = new('e551', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio Público – Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000466-2020-MP-FN-UCAVIT', [],
            '2020-02-11', 'oficio with a table of victims assisted by type of assistance, counts and percentage shares, "%" in header')
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Unidad Central de Asistencia a Víctimas y Testigos'], logo=(logo_png('mpfn', 'MP', 'circle', (0, 60, 120)), 1.3))
    lema(R, 2020)
    R.p('Lima, 11 de febrero de 2020', align='r')
    R.p('OFICIO N° 000466-2020-MP-FN-UCAVIT', bold=True)
    to(R, ['Señorita', 'TATIANA ROCÍO MALDONADO FUENTES'])
    R.p('Me dirijo a usted en atención a su solicitud de información sobre las víctimas de trata de personas incorporadas al Programa de Protección y '
        'Asistencia a Víctimas y Testigos durante el año 2019. En dicho año se incorporaron ' + C('1 027', 1027, 'víctima', y=2019) + ' víctimas, '
        'que recibieron los siguientes tipos de asistencia:', align='j')
    d = [('Asistencia legal', 1027, '100,0'), ('Asistencia psicológica', 884, '86,1'), ('Asistencia social', 653, '63,6'), ('Asistencia médica', 297, '28,9')]
    rows = [[a, C('{:,}'.format(b).replace(',', ' '), b, 'víctima', y=2019), P(c, float(c.replace(',', '.')), y=2019)] for a, b, c in d]
    R.table([['Tipo de asistencia', 'Víctimas', '% del total']], rows, widths=(6.0, 3.0, 3.0), size=10, num_align='c')
    R.p('Atentamente,')
    R.sign('Dra. CARMEN ROSA ZEGARRA VIDAL', 'Jefa de la Unidad Central de Asistencia a Víctimas y Testigos')


def e552():
    R = new('e552', 'answered', None, ['governance'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'OFICIO N° 089-2020-GPP/MPC', [],
            '2020-02-05', 'short oficio, substantive null: nothing allocated or executed in 2019, amounts S/ 0.00',
            notes='Substantive null (no budget in 2019); the zero amounts are figures')
    R.header(['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Planeamiento y Presupuesto'], logo=(logo_png('mpc', 'MPC', 'shield', (150, 100, 0)), 1.3))
    lema(R, 2020)
    R.p('Cusco, 5 de febrero de 2020', align='r')
    R.p('OFICIO N° 089-2020-GPP/MPC', bold=True)
    to(R, ['Señor', 'RUBÉN DARÍO CONDORI ARENAS'])
    R.p('Me dirijo a usted en atención a su solicitud de información sobre el presupuesto destinado por la Municipalidad a acciones contra la trata de '
        'personas en el año fiscal 2019.', align='j')
    R.p('Al respecto, le comunico que en el año 2019 no se programó ni ejecutó presupuesto en actividades vinculadas a la trata de personas: el PIM de '
        'dichas actividades fue de ' + M('S/ 0.00', 0.0, y=2019, r='a') + ' y el devengado de ' + M('S/ 0.00', 0.0, y=2019, r='e') + '.', align='j')
    R.p('Atentamente,')
    R.sign('Econ. MARLENE YUPANQUI CHOQUE', 'Gerente de Planeamiento y Presupuesto')


def e553():
    R = new('e553', 'answered', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 0264-2019-GRU-GGR-GRDS', ['Informe N° 031-2019-GRU-GRDS-SGDS'],
            '2019-03-19', 'ODT source; oficio with numbered list and a small two-row table with S/. amounts and a percent',
            fmt='odt')
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('goreu', 'GRU', 'shield', (0, 110, 70)), 1.3))
    lema(R, 2019)
    R.p('Pucallpa, 19 de marzo de 2019', align='r')
    R.p('OFICIO N° 0264-2019-GRU-GGR-GRDS', bold=True)
    to(R, ['Señor', 'DANIEL ISAÍAS MORI SHAPIAMA'])
    R.p('Asunto: Acciones contra la trata de personas – año 2018', bold=True)
    R.p('En atención a su solicitud y de acuerdo con el Informe N° 031-2019-GRU-GRDS-SGDS, se informa:', align='j')
    R.p('1. La Mesa Regional contra la Trata de Personas realizó ' + C('6', 6, 'sesión', y=2018) + ' sesiones ordinarias en 2018.', indent=0.5)
    R.p('2. Se capacitó a ' + C('215', 215, 'docente', y=2018) + ' docentes de Coronel Portillo y Padre Abad en prevención.', indent=0.5)
    R.p('3. Presupuesto del año 2018:', indent=0.5)
    rows = [['PIM 2018', M('S/. 96.000,00', 96000.0, y=2018, r='a', u='cell')], ['Ejecutado 2018', M('S/. 81.230,40', 81230.4, y=2018, r='e', u='cell')],
            ['Avance', P('84,6%', 84.6, y=2018, u='cell')]]
    R.table([['Concepto', 'Monto']], rows, widths=(5.0, 4.0), size=10, align='l')
    R.p('Atentamente,')
    R.sign('Lic. ROSARIO DEL PILAR VÁSQUEZ TANANTA', 'Gerente Regional de Desarrollo Social')


def e554():
    R = new('e554', 'missing', 'not_competent', ['protection'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Distrital de Laberinto', 'MDL', 'district_municipality'),
            'CARTA N° 012-2019-MDL/GM', [],
            '2019-02-20', 'ODT source; short carta, says the district has no competence on shelters, no referral', fmt='odt')
    R.p('MUNICIPALIDAD DISTRITAL DE LABERINTO', bold=True, align='c', size=13, after=0)
    R.p('Provincia de Tambopata – Región Madre de Dios', align='c', size=9, after=0)
    R.p('Gerencia Municipal', align='c', size=9)
    lema(R, 2019)
    R.p('Laberinto, 20 de febrero de 2019', align='r')
    R.p('CARTA N° 012-2019-MDL/GM', bold=True)
    to(R, ['Señorita', 'ADRIANA NICOLE FERNÁNDEZ HUAMÁN'])
    R.p('Me dirijo a usted en atención a su solicitud, mediante la cual requiere información sobre los albergues u hogares de refugio para víctimas de '
        'trata de personas que habría administrado la Municipalidad en el año 2018.', align='j')
    R.p('Al respecto, se le informa que la Municipalidad Distrital de Laberinto no tiene competencia para administrar albergues ni hogares de refugio '
        'temporal, por lo que no genera ni posee la información requerida.', align='j')
    R.p('Atentamente,')
    R.sign('ING. MANUEL JESÚS QUISPE ROJAS', 'Gerente Municipal')


def e555():
    R = new('e555', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° 0192-2019-INPE/11', ['Informe N° 023-2019-INPE/11.01'],
            '2019-02-25', 'oficio + table of inmates by legal situation and sex (two-level header), counts',
            photo=True)
    R.header(['INSTITUTO NACIONAL PENITENCIARIO', 'Oficina de Estadística'], logo=(logo_png('inpe', 'INPE', 'square', (60, 60, 60)), 1.3))
    lema(R, 2019)
    R.p('Lima, 25 de febrero de 2019', align='r')
    R.p('OFICIO N° 0192-2019-INPE/11', bold=True)
    to(R, ['Señor', 'ANTONIO JESÚS VERA CASTILLO'])
    R.p('Asunto: Población penitenciaria por delito de trata de personas al 31.12.2018', bold=True)
    R.p('En atención a su solicitud, y según el Informe N° 023-2019-INPE/11.01, se remite la población penal por el delito de trata de personas '
        '(art. 153 y 153-A del Código Penal) al cierre del año 2018:', align='j')
    d = [('Procesados', 203, 71), ('Sentenciados', 268, 70)]
    rows = [[a, C(str(b), b, 'interno', y=2018), C(str(c), c, 'interna', y=2018), C(str(b + c), b + c, 'interno', y=2018)] for a, b, c in d]
    rows.append(['Total', C('471', 471, 'interno', y=2018), C('141', 141, 'interna', y=2018), C('612', 612, 'interno', y=2018)])
    R.table([['Situación jurídica', 'Sexo', '', 'Total'], ['', 'Hombres', 'Mujeres', '']], rows, merges=[(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)],
            widths=(4.5, 3.0, 3.0, 3.0), size=10, num_align='c', bold_rows=(2,))
    R.p('Del total, el ' + P('23,0 %', 23.0, y=2018) + ' son mujeres.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. JORGE ARMANDO SALCEDO VIERA', 'Jefe de la Oficina de Estadística')


def e556():
    R = new('e556', 'out_of_period', None, ['prevention'], ('2017-01-01', '2018-12-31'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'),
            'OFICIO N° 0521-2019-MTC/18', [],
            '2019-05-13', 'oficio, 2017-2018 restated, reports a 2015 campaign only',
            notes='Only a 2015 campaign is reported for a 2017-2018 request -> out_of_period')
    R.header(['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Transporte Terrestre'], logo=(logo_png('mtc', 'MTC', 'square', (200, 0, 0)), 1.3))
    lema(R, 2019)
    R.p('Lima, 13 de mayo de 2019', align='r')
    R.p('OFICIO N° 0521-2019-MTC/18', bold=True)
    to(R, ['Señor', 'LEONARDO FABIÁN CASAS RIVERA'])
    R.p('Me dirijo a usted con relación a su solicitud sobre campañas de prevención de la trata de personas en terminales terrestres durante los años 2017 y 2018.', align='j')
    R.p('Sobre el particular, la Dirección registra la campaña "Viaja seguro, viaja informado", desarrollada en el año 2015 en ' + C('38', 38, 'terminal terrestre', y=2015) +
        ' terminales terrestres de Lima y provincias, en la que se entregaron ' + C('25 000', 25000, 'volante', y=2015) + ' volantes informativos. '
        'No se cuenta con registros de campañas posteriores.', align='j')
    R.p('Atentamente,')
    R.sign('ING. RICARDO ANÍBAL TORRES PINO', 'Director General de Transporte Terrestre')


def e557():
    R = new('e557', 'missing', 'not_competent_referred', ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'),
            'OFICIO N° 000143-2020-MIDIS/SG/OACGD', [],
            '2020-01-29', 'short oficio, not competent, forwarded to MIMP under art. 11 b)')
    R.header(['MINISTERIO DE DESARROLLO E INCLUSIÓN SOCIAL', 'Oficina de Atención al Ciudadano y Gestión Documental'], logo=(logo_png('midis', 'MDS', 'circle', (0, 90, 60)), 1.3))
    lema(R, 2020)
    R.p('San Isidro, 29 de enero de 2020', align='r')
    R.p('OFICIO N° 000143-2020-MIDIS/SG/OACGD', bold=True)
    to(R, ['Señora', 'EVELYN MARISOL ARCE TUPAC'])
    R.p('Me dirijo a usted respecto de su solicitud de información sobre los programas de reintegración de víctimas de trata de personas ejecutados en 2019.', align='j')
    R.p('Al respecto, el MIDIS no tiene competencia en la atención y reintegración de víctimas de trata, por lo que, de conformidad con el literal b) del '
        'artículo 11 de la Ley N° 27806, hemos trasladado su solicitud al Ministerio de la Mujer y Poblaciones Vulnerables, lo que se le comunica para los fines pertinentes.', align='j')
    R.p('Atentamente,')
    R.sign('CPC. DORIS ELENA VALDIVIA MEZA', 'Jefa de la Oficina de Atención al Ciudadano y Gestión Documental')


def e558():
    R = new('e558', 'out_of_period', None, ['prevention', 'governance'], None,
            S('Municipalidad Provincial de Mariscal Nieto', 'MPMN', 'provincial_municipality'),
            'OFICIO N° 074-2019-GDHS/GM/MPMN', [],
            '2019-07-08', 'oficio, requested period not restated; reports 2016 actions only',
            notes='Request (registry) was for 2018; letter does not restate it and gives 2016 data only -> out_of_period')
    R.header(['MUNICIPALIDAD PROVINCIAL MARISCAL NIETO – MOQUEGUA', 'Gerencia de Desarrollo Humano y Social'], logo=(logo_png('mpmn', 'MN', 'shield', (120, 60, 0)), 1.3))
    lema(R, 2019)
    R.p('Moquegua, 8 de julio de 2019', align='r')
    R.p('OFICIO N° 074-2019-GDHS/GM/MPMN', bold=True)
    to(R, ['Señor', 'ARTURO NICOLÁS VALDIVIA COAYLA'])
    R.p('En atención a su solicitud, informo que la Gerencia conformó en el año 2016 la Mesa Provincial contra la Trata de Personas, que en dicho año '
        'realizó ' + C('4', 4, 'reunión', y=2016) + ' reuniones de coordinación y ' + C('3', 3, 'feria', y=2016) + ' ferias informativas en el Cercado de Moquegua, '
        'con una inversión de ' + M('S/ 9 800,00', 9800.0, y=2016, r='e') + '.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. NANCY VICTORIA ZEBALLOS LAZO', 'Gerente de Desarrollo Humano y Social')


def e559():
    R = new('e559', 'out_of_period', None, ['governance', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Arequipa', 'GRA', 'regional_government'),
            'OFICIO N° 0156-2020-GRA/GRDS', [],
            '2020-02-27', 'oficio with plans for 2020-2021 only (programmed budget in millions, planned shelter), 2019 request restated',
            notes='Requested 2019; reply only gives programmed amounts and plans for 2020 and 2021 -> out_of_period')
    R.header(['GOBIERNO REGIONAL DE AREQUIPA', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('grareq', 'GRA', 'shield', (150, 0, 0)), 1.3))
    lema(R, 2020)
    R.p('Arequipa, 27 de febrero de 2020', align='r')
    R.p('OFICIO N° 0156-2020-GRA/GRDS', bold=True)
    to(R, ['Señora', 'LUCÍA ANDREA PINTO ZEGARRA'])
    R.p('Asunto: Información sobre acciones contra la trata de personas del año 2019', bold=True)
    R.p('En atención a su solicitud, se informa que el Gobierno Regional de Arequipa ha previsto, en el marco del Plan Regional contra la Trata de '
        'Personas 2020-2021, las siguientes acciones:', align='j')
    R.p('a) Implementación de un Hogar de Refugio Temporal con capacidad para ' + C('20', 20, 'víctima', y=2021) + ' víctimas, con un monto programado de ' +
        M('S/ 1,8 millones', 1800000.0, y=2021, r='a') + ' para el año 2021.', indent=0.5, align='j')
    R.p('b) Fortalecimiento de la Red Regional, con un presupuesto programado para 2020 de ' + M('S/ 215 000', 215000.0, y=2020, r='a') + '.', indent=0.5, align='j')
    R.p('Las acciones del año 2019 no contaron con asignación presupuestal específica ni registros sistematizados.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. MARCO ANTONIO DELGADO CHIRINOS', 'Gerente Regional de Desarrollo Social')


def e560():
    R = new('e560', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Policía Nacional del Perú', 'PNP', 'police'),
            'OFICIO N° 412-2019-REGPOL-LORETO/DIVINCRI-SEC', [],
            '2019-03-08', 'police oficio, requested 2018 restated, ruled table for 2015-2016 only, stamp',
            notes='Request for 2018 restated; table only covers 2015-2016 -> out_of_period')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL LORETO', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL – IQUITOS'], logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.3), align='l')
    R.stamp(['MESA DE PARTES', 'DESPACHADO', '08 MAR 2019'], width=4.0, color=(20, 100, 40))
    R.p('Iquitos, 08 de marzo de 2019')
    R.p('OFICIO N° 412-2019-REGPOL-LORETO/DIVINCRI-SEC', bold=True)
    to(R, ['Señor', 'ENRIQUE MANUEL SAAVEDRA PANDURO'])
    R.p('ASUNTO: Estadística de denuncias por trata de personas – año 2018', bold=True)
    R.p('Tengo el honor de dirigirme a Ud. en atención a su solicitud de estadísticas de denuncias por trata de personas del año 2018 en la región Loreto. '
        'Se comunica que el registro del año 2018 se encuentra en proceso de migración al nuevo sistema, por lo que se remite la información disponible:', align='j')
    rows = [['2015', C('46', 46, 'denuncia', y=2015), C('73', 73, 'víctima', y=2015), C('19', 19, 'detenido', y=2015)],
            ['2016', C('58', 58, 'denuncia', y=2016), C('94', 94, 'víctima', y=2016), C('27', 27, 'detenido', y=2016)]]
    R.table([['Año', 'Denuncias', 'Víctimas', 'Detenidos']], rows, widths=(2.5, 3.0, 3.0, 3.0), size=10, num_align='c')
    R.p('Dios guarde a Ud.', align='c')
    R.sign('OA-284113', 'JULIO CÉSAR RENGIFO SANDOVAL\nCOMANDANTE PNP\nJefe de la DIVINCRI Iquitos', before=18)
