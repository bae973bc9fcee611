"""blind-v8 replies h813-h824 (written for this set)."""
from common import *


def h813():
    R = new('h813', 'answered', None, ['governance'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N° 0712-2020-GR CUSCO/GRDS', [], '2020-03-09',
            'oficio, table in thousands of soles (unit in caption), sessions count, ordinance cited')
    letter(R, ['GOBIERNO REGIONAL CUSCO', 'Gerencia Regional de Desarrollo Social'], 2020,
           'Cusco, 09 de marzo del 2020', 'OFICIO N° 0712-2020-GR CUSCO/GRDS',
           ['Señores:', 'OBSERVATORIO CIUDADANO CONTRA LA TRATA DE PERSONAS', 'Presente.-'],
           [('ASUNTO', ': Remito información sobre la Mesa Regional contra la Trata de Personas - periodo 2019'),
            ('REF.', ': Solicitud de acceso a la información, Reg. N° 02177')],
           logo=(logo_png('grcusco', 'CUSCO', 'shield', (150, 100, 20)), 1.8))
    body(R, ['Tengo el agrado de dirigirme a ustedes para informar que, durante el año 2019, la Mesa Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes del Cusco, reconocida por Ordenanza Regional N° 134-2018-CR/GRC.CUSCO, sesionó en ' + C('ocho (8) oportunidades', 8, 'sesión', y=2019) +
             ' y aprobó su Plan de Trabajo Anual, que comprende ' + C('21 actividades', 21, 'actividad', y=2019) + ', de las cuales se cumplieron ' + C('17', 17, 'actividad', y=2019) + ' (' + P('81 %', 81.0, y=2019) + ').',
             'La ejecución del presupuesto asignado al Plan Regional es la siguiente:'])
    rows = []
    for comp, pim, dev in [('Fortalecimiento de la Mesa Regional', 85.4, 79.9), ('Sistema regional de información y registro de casos', 120.0, 96.3), ('Estudio diagnóstico de rutas de trata', 60.0, 60.0)]:
        rows.append([comp, M('%.1f' % pim, pim * 1000, y=2019, r='a', u='caption'), M('%.1f' % dev, dev * 1000, y=2019, r='e', u='caption')])
    rows.append(['Total', M('265.4', 265400.0, y=2019, r='a', u='caption'), M('236.2', 236200.0, y=2019, r='e', u='caption')])
    R.table([['Componente', 'PIM 2019', 'Ejecutado 2019']], rows, widths=(8, 3, 3), bold_rows=(3,), unit='caption',
            caption='Cuadro 1. Presupuesto del Plan Regional contra la Trata de Personas 2019 (en miles de soles)', ruled='hlines')
    body(R, ['Sin otro particular, me despido de ustedes.', 'Atentamente,'])
    R.sign('Lic. GLADYS MAMANI CONDORI', 'Gerente Regional de Desarrollo Social')
    R.save()


def h814():
    R = new('h814', 'answered', None, ['prevention'], ('2017-01-01', '2018-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00291-2019-MINEDU/VMGP-DIGEBR', ['Informe N° 00112-2019-MINEDU/VMGP-DIGEBR-DEF'], '2019-05-27',
            'oficio with substantive null for one of the two years; figures in text',
            notes='2017 figures plus an explicit null for 2018 (no activities that year): answered.')
    letter(R, ['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'], 2019,
           'San Borja, 27 de mayo de 2019', 'OFICIO N° 00291-2019-MINEDU/VMGP-DIGEBR',
           ['Señora', 'Responsable del Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('Asunto', ': Atención a la solicitud de información sobre acciones de prevención de la trata de personas en el sistema educativo (2017 - 2018)'),
            ('Referencia', ': Informe N° 00112-2019-MINEDU/VMGP-DIGEBR-DEF')], logo=(logo_png('minedu', 'MINEDU', 'square', (170, 20, 40)), 2.2))
    body(R, ['Tengo el agrado de dirigirme a usted, en relación con su solicitud, para informarle que en el año 2017 la Dirección de Educación Física y Deporte, en coordinación con la Dirección de Tutoría y Orientación Educativa, capacitó a ' +
             C('1 120 docentes tutores', 1120, 'docente', y=2017) + ' de ' + C('seis regiones', 6, 'región', y=2017) + ' en la aplicación de la guía "Prevención de la trata de personas en la escuela", y se distribuyeron ' + C('35 000 ejemplares', 35000, 'ejemplar', y=2017) + ' de material educativo.',
             'Con relación al año 2018, le comunico que no se programaron ni ejecutaron actividades específicas de prevención de la trata de personas, debido a la reorganización de la Dirección de Tutoría; las acciones se reanudaron en el año 2019.',
             'Es cuanto informo a usted.', 'Atentamente,'])
    R.sign('MIGUEL ÁNGEL SALAZAR PAREDES', 'Director General de Educación Básica Regular')
    R.save()


def h815():
    R = new('h815', 'answered', None, ['protection', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('International Organization for Migration - Peru', 'IOM', 'foreign'),
            'Ref: IOM-LIM/2019/0147', [], '2019-02-18',
            'letter in English, UN agency, ruled table of assisted victims and USD funding', lang='en', font='Calibri')
    R.header(['INTERNATIONAL ORGANIZATION FOR MIGRATION', 'Mission in Peru', 'Av. José Pardo 601, Miraflores, Lima'], logo=(logo_png('iom', 'IOM', 'circle', (0, 70, 150)), 1.8), align='l')
    R.p('Lima, 18 February 2019', align='r')
    R.p('Ref: IOM-LIM/2019/0147', bold=True, after=8)
    to(R, ['Citizens\' Observatory against Trafficking in Persons', 'Lima'])
    R.p('Subject: Your request for information on counter-trafficking assistance provided in 2018', bold=True)
    body(R, ['Dear Madam,',
             'Thank you for your letter requesting information on the activities carried out by IOM Peru in 2018 in support of the National Plan against Trafficking in Persons 2017-2021. Although IOM is not bound by Law 27806, we are pleased to share the following information.',
             'During 2018, IOM provided direct assistance to ' + C('173 victims of trafficking', 173, 'victim', y=2018) + ', including safe accommodation, medical and psychological care, and voluntary return where requested. The breakdown is as follows:'])
    rows = []
    for t, n, usd in [('Shelter and accommodation', 64, 98400.00), ('Medical and psychological care', 121, 57250.00), ('Assisted voluntary return', 19, 41800.00), ('Reintegration grants', 27, 54000.00)]:
        rows.append([t, C(str(n), n, 'victim', y=2018), M('{:,.2f}'.format(usd), usd, y=2018, r='e', cur='USD')])
    rows.append(['Total', '-', M('251,450.00', 251450.00, y=2018, r='e', cur='USD')])
    R.table([['Type of assistance', 'Persons assisted', 'Expenditure (US$)']], rows, widths=(7, 3.5, 3.5), bold_rows=(4,))
    body(R, ['In addition, IOM supported ' + C('22 awareness sessions', 22, 'session', y=2018) + ' in border areas of Tacna and Tumbes, reaching approximately ' + C('1,900 people', 1900, 'person', y=2018) + '.',
             'Please do not hesitate to contact us should you require further details.', 'Yours sincerely,'])
    R.sign('Jorge Baca Vaughan', 'Chief of Mission', 'IOM Peru', align='l')
    R.save()


def h816():
    R = new('h816', 'answered', None, ['prevention', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('International Labour Organization - Office for the Andean Countries', 'ILO', 'foreign'),
            'LIM/2020/REF-023', [], '2020-01-14',
            'short letter in English, substantive null answer (no projects in the requested year), no figures', lang='en', font='Georgia', size=10.5)
    R.header(['International Labour Organization', 'Decent Work Technical Support Team and Office for the Andean Countries', 'Las Flores 275, San Isidro, Lima 27'], align='l', bold_first=True)
    R.p('14 January 2020', align='l')
    R.p('LIM/2020/REF-023', after=8)
    to(R, ['Observatorio Ciudadano contra la Trata de Personas', 'Lima'])
    body(R, ['Dear colleagues,',
             'We refer to your request of 3 January 2020 for information on ILO activities related to trafficking for labour exploitation and forced labour in Peru during 2019.',
             'We wish to inform you that in 2019 the ILO Office did not implement any project, training or awareness activity on forced labour or trafficking in persons in Peru, nor did it provide technical assistance to labour inspectors on this subject. Our previous project on forced labour closed in 2016.',
             'We remain at your disposal for any further enquiries.', 'Sincerely,'])
    R.sign('Philippe Vanhuynegem', 'Director', align='l', firma=False)
    R.save()


def h817():
    R = new('h817', 'answered', None, ['prosecution', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'PROVEÍDO N° 0431-2019-MTPE/2/15', ['Hoja de Ruta N° 0087231-2019'], '2019-04-25',
            'proveído (routing slip) with handwritten-style short text; figures in text', font='Arial', size=10)
    R.header(['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], logo=(logo_png('mtpe', 'MTPE', 'square', (180, 30, 30)), 2.0))
    R.p('PROVEÍDO N° 0431-2019-MTPE/2/15', bold=True, align='c', size=12, after=6)
    kv(R, [('Hoja de Ruta', ': N° 0087231-2019'), ('Remitente', ': Observatorio Ciudadano contra la Trata de Personas'), ('Para', ': Oficina de Atención al Ciudadano y Gestión Documental'), ('Fecha', ': 25/04/2019')])
    R.p('Visto el pedido de información sobre acciones contra el trabajo forzoso y la trata con fines de explotación laboral del año 2018, se traslada la siguiente información para su remisión al solicitante:', align='j')
    R.bullets(['La Comisión Nacional para la Lucha contra el Trabajo Forzoso realizó ' + C('4 sesiones', 4, 'sesión', y=2018) + ' en 2018.',
               'Se realizaron ' + C('9 operativos conjuntos', 9, 'operativo', y=2018) + ' con SUNAFIL y la PNP, en los que se identificó a ' + C('63 trabajadores', 63, 'trabajador', y=2018) + ' en situación de trabajo forzoso.',
               'Se dictaron ' + C('27 talleres', 27, 'taller', y=2018) + ' de difusión de derechos laborales para trabajadores migrantes, con una inversión de ' + M('S/. 18,900.00', 18900.00, y=2018, r='e') + '.'])
    R.p('Devuélvase con la información para la atención correspondiente.', italic=True, before=6)
    R.sign('Abog. ELIANA CHÁVEZ RIVERA', 'Directora de Derechos Fundamentales', before=16)
    R.save()


def h818():
    R = new('h818', 'answered', None, ['prosecution', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', None, 'autonomous'),
            'OFICIO N° 146-2021-FPEDTP-LIMA-MP-FN', [], '2021-02-03',
            'oficio, grid table of case status with counts, percent in text')
    letter(R, ['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'FISCALÍA PROVINCIAL ESPECIALIZADA EN DELITOS DE TRATA DE PERSONAS DE LIMA'], 2021,
           'Lima, 03 de febrero de 2021', 'OFICIO N° 146-2021-FPEDTP-LIMA-MP-FN',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Información sobre carpetas fiscales del año 2020'), ('REF.', ': Solicitud de acceso a la información pública de fecha 18.01.2021')],
           logo=(logo_png('mpfn2', 'MP', 'shield', (20, 60, 120)), 1.6))
    body(R, ['Tengo a bien dirigirme a ustedes con relación al documento de la referencia, a fin de informar sobre las carpetas fiscales registradas por este despacho durante el año 2020:'])
    rows = []
    for est, n in [('En investigación preliminar', 118), ('Con investigación preparatoria formalizada', 37), ('Con acusación fiscal', 14), ('Archivadas', 52)]:
        rows.append([est, C(str(n), n, 'carpeta fiscal', y=2020)])
    rows.append(['Total', C('221', 221, 'carpeta fiscal', y=2020)])
    R.table([['Estado de la carpeta fiscal', 'N° de carpetas']], rows, widths=(8, 3), bold_rows=(4,))
    body(R, ['En el marco de dichas investigaciones se identificó a ' + C('164 presuntas víctimas', 164, 'víctima', y=2020) + ', de las cuales el ' + P('57 %', 57.0, y=2020) + ' eran menores de edad. Se solicitaron ' + C('31 medidas de protección', 31, 'medida de protección', y=2020) + ' a favor de víctimas y testigos, a través de la Unidad Distrital de Asistencia a Víctimas y Testigos.',
             'Es todo cuanto tengo que informar.', 'Atentamente,'])
    R.sign('Dra. ROSARIO LÓPEZ WONG', 'Fiscal Provincial Titular')
    R.save()


# ---------------- out_of_period ----------------

def h819():
    R = new('h819', 'out_of_period', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Puno', 'GORE Puno', 'regional_government'),
            'OFICIO N° 488-2019-GR-PUNO/GRDS', [], '2019-07-02',
            'oficio, only earlier years (2015-2016) for a 2018 request; unruled table',
            notes='Request is for 2018; all information refers to 2015 and 2016.')
    letter(R, ['GOBIERNO REGIONAL PUNO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], 2019,
           'Puno, 02 de julio de 2019', 'OFICIO N° 488-2019-GR-PUNO/GRDS',
           ['Señora:', 'Coordinadora del Observatorio Ciudadano contra la Trata de Personas', 'LIMA'],
           [('ASUNTO', ': Información sobre acciones de prevención de la trata de personas en el año 2018')],
           logo=(logo_png('grpuno', 'PUNO', 'shield', (20, 80, 160)), 1.8))
    body(R, ['De mi consideración:',
             'Es grato dirigirme a usted para remitir la información disponible en esta Gerencia sobre las acciones de prevención de la trata de personas. Según los archivos de la Subgerencia de Desarrollo Social, las últimas actividades registradas corresponden a los años 2015 y 2016:'])
    rows = []
    for act, a, b, w in [('Campañas de sensibilización en ferias', 6, 4, 'campaña'), ('Talleres con docentes de la UGEL', 12, 9, 'taller'), ('Spots radiales difundidos', 240, 180, 'spot')]:
        rows.append([act, C(str(a), a, w, y=2015), C(str(b), b, w, y=2016)])
    R.table([['Actividad', '2015', '2016']], rows, widths=(8, 2.5, 2.5), ruled='none', head_shade=None, num_align='c')
    body(R, ['Para dichas actividades se destinó un total de ' + M('S/ 64,800.00', 64800.00) + ' en ambos años.',
             'Es cuanto se informa, en atención a lo solicitado.', 'Atentamente,'])
    R.sign('Ing. JUAN CARLOS APAZA MAMANI', 'Gerente Regional de Desarrollo Social')
    R.save()


def h820():
    R = new('h820', 'out_of_period', None, ['protection'], ('2017-01-01', '2018-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 1552-2019-DGIESP/MINSA', [], '2019-08-12',
            'oficio, only plans and targets for 2020-2021 (programmed budget, goals) for a 2017-2018 request',
            notes='Only planned actions and programmed budget for 2020-2021; nothing on 2017-2018.')
    letter(R, ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública'], 2019,
           'Lima, 12 AGO. 2019', 'OFICIO N° 1552-2019-DGIESP/MINSA',
           ['Señora', 'Directora Ejecutiva', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('Asunto', ': Solicitud de información sobre atención de salud a víctimas de trata de personas 2017-2018')],
           logo=(logo_png('minsa', 'MINSA', 'square', (0, 110, 90)), 2.2))
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al asunto, para hacer de su conocimiento que la Dirección de Salud Mental viene elaborando la "Guía técnica para la atención integral de salud de las víctimas de trata de personas", cuya aprobación está prevista para el primer trimestre de 2020.',
             'Para su implementación se ha programado, en el Plan Operativo Institucional 2020, un presupuesto de ' + M('S/ 450 000,00', 450000.00, y=2020, r='a') + ' y la meta de capacitar a ' + C('600 profesionales de la salud', 600, 'profesional', y=2020) + ' de ' + C('40 establecimientos', 40, 'establecimiento', y=2020) + ' priorizados. Para 2021 se ha proyectado ampliar la cobertura al ' + P('30 %', 30.0, y=2021) + ' de los Centros de Salud Mental Comunitaria.',
             'Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.', 'Atentamente,'])
    R.sign('Dr. YURI CUTIPÉ CÁRDENAS', 'Director Ejecutivo de Salud Mental')
    R.save()


def h821():
    R = new('h821', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-06-30'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'CARTA N° 0212-2020-MPA/GDS', [], '2020-01-21',
            'carta, request for first semester 2019 answered with July-December 2019 activities; ruled table by month',
            notes='Requested period is January-June 2019; all activities reported are from July to December 2019.')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Social'], 2020,
           'Arequipa, 21 de enero de 2020', 'CARTA N° 0212-2020-MPA/GDS',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Información sobre actividades de prevención de la trata de personas, enero a junio de 2019'),
            ('REFERENCIA', ': Solicitud con registro N° 104552')], logo=(logo_png('mpa', 'AQP', 'shield', (60, 60, 60)), 1.8))
    body(R, ['Tengo el agrado de dirigirme a ustedes para remitir la información sobre las actividades de prevención de la trata de personas ejecutadas por la Subgerencia de Bienestar Social. Cabe precisar que el programa municipal de prevención inició sus actividades en el mes de julio de 2019, por lo que se reportan las actividades del segundo semestre:'])
    rows = []
    for mes, ch, part in [('Julio 2019', 3, 145), ('Agosto 2019', 4, 210), ('Setiembre 2019', 6, 388), ('Octubre 2019', 5, 260), ('Noviembre 2019', 2, 96), ('Diciembre 2019', 1, 40)]:
        rows.append([mes, C(str(ch), ch, 'charla', y=2019), C(str(part), part, 'participante', y=2019)])
    rows.append(['Total', C('21', 21, 'charla', y=2019), C('1,139', 1139, 'participante', y=2019)])
    R.table([['Mes', 'Charlas', 'Participantes']], rows, widths=(5, 3, 3), bold_rows=(6,))
    body(R, ['Atentamente,'])
    R.sign('Lic. PATRICIA ZEBALLOS NÚÑEZ', 'Gerente de Desarrollo Social')
    R.save()


def h822():
    R = new('h822', 'out_of_period', None, ['prosecution'], ('2017-01-01', '2017-12-31'),
            S('Policía Nacional del Perú - Región Policial Madre de Dios', 'REGPOL MDD', 'police'),
            'OFICIO N° 092-2022-REGPOL-MDD/SEC', [], '2022-03-15',
            'oficio, request period (2017) only in the REF line; body reports 2021 operations',
            notes='The requested year appears only in the reference line; all figures are for 2021.')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'Secretaría'], 2022,
           'Puerto Maldonado, 15 de marzo de 2022', 'OFICIO N° 092-2022-REGPOL-MDD/SEC',
           ['Señor', 'Representante del Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Remite información'), ('REF.', ': Solicitud de acceso a la información sobre operativos contra la trata de personas realizados en el año 2017')],
           logo=(logo_png('pnp2', 'PNP', 'circle', (30, 90, 40)), 1.6))
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento de la referencia, a fin de informarle que la Región Policial Madre de Dios, a través del Departamento de Investigación Criminal, realizó en el año 2021 un total de ' +
             C('28 operativos', 28, 'operativo', y=2021) + ' contra la trata de personas en los sectores de La Pampa, Mazuko y Huepetuhe, en los que se rescató a ' + C('97 presuntas víctimas', 97, 'víctima', y=2021) + ' y se detuvo a ' + C('22 presuntos tratantes', 22, 'tratante', y=2021) + '.',
             'Se deja constancia que la información de años anteriores obra en el archivo central de la Región Policial y no ha sido digitalizada.',
             'Es propicia la oportunidad para expresarle los sentimientos de mi especial consideración.', 'Dios guarde a Ud.'])
    R.sign('Crnl. PNP LUIS ENRIQUE VEGA SALAS', 'Jefe de la Región Policial Madre de Dios')
    R.save()


def h823():
    R = new('h823', 'out_of_period', None, ['prevention', 'protection', 'governance'], ('2018-01-01', '2019-12-31'),
            S('Embassy of the United States of America in Lima', None, 'foreign'),
            None, [], '2020-02-26',
            'letter in English, request for 2018-2019 answered with 2015-2016 grants; money in US$ in text', lang='en', font='Times New Roman',
            notes='Only 2015-2016 grants are described; the requested 2018-2019 period gets no information.')
    R.header(['EMBASSY OF THE UNITED STATES OF AMERICA', 'Bureau of International Narcotics and Law Enforcement Affairs (INL)', 'Lima, Peru'], logo=(logo_png('usemb', 'USA', 'circle', (20, 40, 90)), 1.6))
    R.p('February 26, 2020', align='r')
    to(R, ['Observatorio Ciudadano contra la Trata de Personas', 'Lima'])
    body(R, ['Dear Sir or Madam:',
             'Thank you for your request regarding U.S. Government assistance to Peru against trafficking in persons in 2018 and 2019.',
             'We can share that in fiscal year 2015 the Embassy awarded two grants to Peruvian civil society organizations for victim assistance in Madre de Dios and Cusco, for a total of ' + M('US$ 480,000', 480000.0, y=2015, cur='USD') +
             ', and in fiscal year 2016 a further ' + M('US$ 325,000', 325000.0, y=2016, cur='USD') + ' supported the training of ' + C('410 police officers and prosecutors', 410, 'police officer', y=2016) + ' on victim-centered investigations.',
             'Information on more recent programs is published in the annual Trafficking in Persons Report of the Department of State.',
             'Sincerely,'])
    R.sign('Political and Economic Section', 'U.S. Embassy Lima', align='l', firma=False)
    R.save()


def h824():
    R = new('h824', 'out_of_period', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-5-E/318', [], '2023-11-07',
            'oficio, request for 2019 answered with 2022-2023 repatriation data; grid table with two years',
            notes='Requested year 2019; table covers 2022 and 2023 only.')
    letter(R, ['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'], 2023,
           'Lima, 7 de noviembre de 2023', 'OF. RE (DGC) N° 2-5-E/318',
           ['Señora', 'Coordinadora del Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('Asunto', ': Repatriación de connacionales víctimas de trata de personas (año 2019)')], logo=(logo_png('rree', 'RREE', 'shield', (140, 20, 20)), 1.8))
    body(R, ['Tengo el honor de dirigirme a usted para informarle que, según el registro que lleva esta Dirección General desde la implementación del nuevo sistema de asistencia consular, las repatriaciones de connacionales víctimas de trata de personas fueron las siguientes:'])
    rows = []
    for pais, a, b in [('Argentina', 4, 6), ('Chile', 7, 5), ('España', 3, 2), ('Bolivia', 2, 4)]:
        rows.append([pais, C(str(a), a, 'connacional', y=2022), C(str(b), b, 'connacional', y=2023)])
    rows.append(['Total', C('16', 16, 'connacional', y=2022), C('17', 17, 'connacional', y=2023)])
    R.table([['País de origen de la repatriación', '2022', '2023 (a octubre)']], rows, widths=(7, 3, 3), bold_rows=(4,))
    body(R, ['El costo total de las repatriaciones de 2023 ascendió a ' + M('US$ 31,420.00', 31420.00, y=2023, r='e', cur='USD') + ', financiado con el Fondo de Asistencia Humanitaria.',
             'Hago propicia la oportunidad para expresarle las seguridades de mi consideración.'])
    R.sign('Ministro SPD GUSTAVO OTERO ZAPATA', 'Director de Protección y Asistencia al Nacional')
    R.save()
