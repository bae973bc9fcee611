"""blind-v7 replies g701-g713 (written for this set)."""
from lib import M, C, P, logo_png
from common import new, S, lema, kv, to, top, body, notes_block


def g701():
    R = new('g701', 'answered', None, ['governance', 'prevention', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 0712-2019-MIMP/DGCVG', ['Informe Técnico N° 041-2019-MIMP/DGCVG-DATPS'], '2019-04-22',
            'oficio + informe técnico, ruled budget table with header merged over two columns, counts in prose')
    top(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Viceministerio de la Mujer',
            'Dirección General contra la Violencia de Género'], 2019, 'San Isidro, 22 de abril de 2019',
            'OFICIO N° 0712-2019-MIMP/DGCVG', logo=(logo_png('mimp', 'MIMP', 'square', (150, 30, 90)), 1.6))
    to(R, ['Señora', 'MARÍA ELENA QUISPE HUAMÁN', 'Coordinadora del Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Atención a solicitud de acceso a la información pública'),
           ('Referencia', ': Solicitud registrada con Expediente N° 2019-0031877 (04.04.2019)')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
             'sobre las acciones ejecutadas por este Ministerio en el marco de la Política Nacional frente a la Trata de Personas y '
             'el Plan Nacional contra la Trata de Personas 2017-2021 (PNAT), durante el periodo comprendido entre el 1 de enero y el '
             '31 de diciembre de 2018.',
             'Al respecto, remito adjunto el Informe Técnico N° 041-2019-MIMP/DGCVG-DATPS, elaborado por la Dirección de Asistencia '
             'Técnica y Promoción de Servicios, que contiene la información requerida.',
             'Hago propicia la ocasión para expresarle los sentimientos de mi consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('ROSA ANGÉLICA VILLANUEVA TORRES', 'Directora General', 'Dirección General contra la Violencia de Género')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 041-2019-MIMP/DGCVG-DATPS', bold=True, align='c', after=8)
    kv(R, [('A', ': Directora General contra la Violencia de Género'),
           ('De', ': Directora de Asistencia Técnica y Promoción de Servicios'),
           ('Asunto', ': Acciones del MIMP frente a la trata de personas, año 2018'),
           ('Fecha', ': 17 de abril de 2019')])
    R.p('I. ACCIONES DE ATENCIÓN Y PROTECCIÓN', bold=True)
    body(R, ['Durante el año 2018 los Centros de Atención Residencial especializados para víctimas de trata, a cargo del MIMP, '
             'acogieron a ' + C('86 víctimas', 86, 'víctima', y=2018) + ' (niñas y adolescentes), de las cuales ' +
             C('31', 31, 'víctima', y=2018) + ' egresaron con plan de reintegración familiar concluido. Asimismo, los servicios de '
             'orientación legal brindaron ' + C('214 atenciones', 214, 'atención', y=2018) + ' a presuntas víctimas derivadas por '
             'la Policía Nacional y el Ministerio Público.',
             'En materia de prevención, se desarrollaron ' + C('doce (12) talleres', 12, 'taller', y=2018) +
             ' dirigidos a operadores de servicios en las regiones de Madre de Dios, Puno y Loreto, con la participación de ' +
             C('463 servidores públicos', 463, 'servidor', y=2018) + '.'])
    R.p('II. PRESUPUESTO', bold=True)
    R.p('El cuadro siguiente resume la programación y ejecución de las actividades vinculadas al PNAT en el ejercicio 2018:', align='j')
    R.table([['Actividad', 'Presupuesto 2018 (S/)', '', 'Avance\n(%)'],
             ['', 'PIM', 'Devengado', '']],
            [['Atención residencial a víctimas de trata', M('2,348,760.00', 2348760.00, y=2018, r='a'),
              M('2,101,436.55', 2101436.55, y=2018, r='e'), P('89.5', 89.5, y=2018)],
             ['Asistencia técnica a gobiernos regionales', M('415,000.00', 415000.00, y=2018, r='a'),
              M('372,918.40', 372918.40, y=2018, r='e'), P('89.9', 89.9, y=2018)],
             ['Campañas de prevención', M('190,250.00', 190250.00, y=2018, r='a'),
              M('188,004.12', 188004.12, y=2018, r='e'), P('98.8', 98.8, y=2018)],
             ['TOTAL', M('2,954,010.00', 2954010.00, y=2018, r='a'), M('2,662,359.07', 2662359.07, y=2018, r='e'),
              P('90.1', 90.1, y=2018)]],
            widths=(7.0, 3.2, 3.2, 2.0), merges=[(0, 1, 0, 2), (0, 0, 1, 0), (0, 3, 1, 3)], bold_rows=(3,),
            colnames=[None, 'PIM', 'Devengado', 'Avance (%)'],
            note='Fuente: SIAF-MEF, consulta amigable al 31.12.2018.')
    R.p('III. CONCLUSIÓN', bold=True)
    R.p('Se recomienda remitir el presente informe a la solicitante, en cumplimiento del TUO de la Ley N° 27806.', align='j')
    R.sign('LUCÍA BEATRIZ PAREDES SALAS', 'Directora', 'Dirección de Asistencia Técnica y Promoción de Servicios', before=18)
    R.save()


def g702():
    R = new('g702', 'answered', None, ['prosecution'], ('2019-01-01', '2020-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000318-2021-MP-FN-FSCFETP', ['Carta N° 12-2021-OCTP'], '2021-03-09',
            'oficio, unruled table of cases by year (2019 and 2020 columns) + annex page by sede with top/bottom rules only, counts in tables',
            font='Times New Roman', size=12)
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN',
              'Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas'], rule=False)
    lema(R, 2021)
    R.p('Lima, 09 de marzo de 2021', align='r')
    R.p('OFICIO N° 000318-2021-MP-FN-FSCFETP', bold=True, after=10)
    to(R, ['Señor', 'Carlos Alberto Mendoza Ríos', 'Observatorio Ciudadano sobre Trata de Personas', 'Jr. Huancavelica 470, Of. 302 - Cercado de Lima'])
    R.p('Ref.: Carta N° 12-2021-OCTP', bold=True)
    body(R, ['De mi consideración:',
             'Me dirijo a usted con relación al documento de la referencia, por el cual requiere información estadística sobre '
             'los casos por el delito de trata de personas tramitados por las Fiscalías Especializadas en Delitos de Trata de '
             'Personas (FETP) en los años 2019 y 2020.',
             'Al respecto, según la información registrada en el Sistema de Gestión Fiscal (SGF), se consigna lo siguiente:'])
    R.table([['Etapa / indicador', '2019', '2020']],
            [['Casos ingresados', C('1,187', 1187, 'caso', y=2019), C('934', 934, 'caso', y=2020)],
             ['Casos con formalización de investigación preparatoria', C('241', 241, 'caso', y=2019), C('176', 176, 'caso', y=2020)],
             ['Requerimientos acusatorios', C('118', 118, 'requerimiento', y=2019), C('97', 97, 'requerimiento', y=2020)],
             ['Sentencias condenatorias', C('63', 63, 'sentencia', y=2019), C('41', 41, 'sentencia', y=2020)],
             ['Víctimas identificadas', C('1,502', 1502, 'víctima', y=2019), C('1,128', 1128, 'víctima', y=2020)]],
            widths=(9.5, 2.6, 2.6), ruled='none', head_shade=None)
    body(R, ['Cabe precisar que la disminución registrada en 2020 obedece a la suspensión de labores presenciales durante el '
             'estado de emergencia sanitaria; no obstante, las FETP realizaron ' + C('57 operativos conjuntos', 57, 'operativo', y=2020) +
             ' con la Policía Nacional en dicho año.',
             'Sin otro particular, quedo de usted.'])
    R.p('Atentamente,')
    R.sign('JORGE LUIS CHÁVEZ BENAVIDES', 'Fiscal Superior Coordinador', 'Fiscalías Especializadas en Delitos de Trata de Personas', align='l')
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', after=0)
    R.p('Casos ingresados a las FETP por sede, 2019-2020', bold=True, align='c', after=8)
    sedes = [('FETP Lima', 402, 311), ('FETP Lima Norte', 96, 71), ('FETP Callao', 88, 69), ('FETP Cusco', 131, 104),
             ('FETP Madre de Dios', 158, 122), ('FETP Loreto', 117, 93), ('FETP Puno', 109, 85), ('FETP Tumbes', 86, 79)]
    rows = [[n, C(str(a), a, 'caso', y=2019), C(str(b), b, 'caso', y=2020)] for n, a, b in sedes]
    rows.append(['Total', C('1 187', 1187, 'caso', y=2019), C('934', 934, 'caso', y=2020)])
    R.table([['Sede fiscal', 'Casos ingresados\n2019', 'Casos ingresados\n2020']], rows, widths=(6.0, 3.2, 3.2),
            ruled='hlines', head_shade=None, bold_rows=(8,), num_align='c')
    R.p('Fuente: SGF. Información al 31 de diciembre de cada año. Elaboración: Coordinación Nacional FETP.', size=8, italic=True)
    R.save()


def g703():
    R = new('g703', 'out_of_period', None, ['prosecution', 'protection'], ('2017-01-01', '2018-12-31'),
            S('Policía Nacional del Perú - Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes', 'PNP-DIRCTPTIM', 'police'),
            'INFORME N° 087-2021-DIRNIC PNP/DIRCTPTIM-SEC', ['Solicitud S/N de fecha 18.01.2021', 'Hoja de Trámite N° 20210045112'],
            '2021-02-03', 'informe policial, restated request period 2017-2018 then figures for 2019-2020 only, ruled table',
            notes='The request period (2017-2018) is restated; every figure given is for 2019 and 2020.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL',
              'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'], align='l', rule=True)
    lema(R, 2021)
    R.p('INFORME N° 087-2021-DIRNIC PNP/DIRCTPTIM-SEC', bold=True, align='c')
    kv(R, [('ASUNTO', ': Informa sobre lo solicitado en el documento de la referencia.'),
           ('REF.', ': a. Solicitud S/N de fecha 18.01.2021.\n  b. Hoja de Trámite N° 20210045112.'),
           ('FECHA', ': Lima, 03 de febrero de 2021')])
    R.p('I. ANTECEDENTES', bold=True)
    body(R, ['Mediante el documento a) de la referencia, la recurrente solicita, al amparo de la Ley de Transparencia y Acceso a la '
             'Información Pública, el número de operativos, víctimas rescatadas y personas detenidas por el delito de trata de '
             'personas durante los años 2017 y 2018.'])
    R.p('II. ANÁLISIS', bold=True)
    body(R, ['Revisado el Sistema de Registro de Denuncias de Investigación Criminal (SIRDIC), esta Dirección Especializada cuenta '
             'con información consolidada a partir de su reestructuración; en tal sentido, se informa lo siguiente:'])
    R.table([['Año', 'Operativos\nrealizados', 'Víctimas\nrescatadas', 'Personas\ndetenidas']],
            [['2019', C('312', 312, 'operativo', y=2019), C('1,046', 1046, 'víctima', y=2019), C('228', 228, 'persona', y=2019)],
             ['2020', C('145', 145, 'operativo', y=2020), C('587', 587, 'víctima', y=2020), C('96', 96, 'persona', y=2020)]],
            widths=(2.5, 3.5, 3.5, 3.5), num_align='c')
    body(R, ['Del total de víctimas rescatadas en 2019, el ' + P('71 %', 71, y=2019) + ' eran mujeres y ' +
             C('384', 384, 'víctima', y=2019) + ' eran menores de edad.'])
    R.p('III. CONCLUSIÓN', bold=True)
    body(R, ['Se remite la información disponible para conocimiento de la recurrente.'])
    R.sign('Ramiro ESPINOZA LAZO', 'CORONEL PNP', 'Jefe de la Sección Estadística DIRCTPTIM', align='r')
    R.save()


def g704():
    R = new('g704', 'answered', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 0455-2020-GRL-GGR/GRDS', ['Informe N° 022-2020-GRL-GRPPAT/SGP'], '2020-06-15',
            'oficio + SIAF annex by genérica de gasto (PIA, PIM, certificación, devengado, avance %), unit in caption "(en soles)"')
    top(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social'], 2020, 'Iquitos, 15 de junio de 2020',
        'OFICIO N° 0455-2020-GRL-GGR/GRDS', logo=(logo_png('gorel', 'GRL', 'circle', (20, 110, 60)), 1.5))
    to(R, ['Señores', 'OBSERVATORIO CIUDADANO SOBRE TRATA DE PERSONAS', 'Presente.-'])
    kv(R, [('ASUNTO', ': Remite información presupuestal de la Meta 0073 "Prevención y atención de la trata de personas", año fiscal 2019.')])
    body(R, ['Es grato dirigirme a ustedes para saludarlos y, en atención a su solicitud de información sobre el presupuesto asignado '
             'y ejecutado por este Gobierno Regional en acciones contra la trata de personas durante el año 2019, remito el reporte '
             'elaborado por la Sub Gerencia de Presupuesto (Informe N° 022-2020-GRL-GRPPAT/SGP).',
             'Con dicho presupuesto se financió el funcionamiento de la Secretaría Técnica de la Comisión Regional contra la Trata '
             'de Personas, que sesionó ' + C('ocho (8) veces', 8, 'sesión', y=2019) + ' durante el año, y la campaña "Loreto sin '
             'trata", que llegó a ' + C('37 instituciones educativas', 37, 'institución educativa', y=2019) + ' de Maynas y Alto Amazonas.'])
    R.table([['Genérica de gasto', 'PIA', 'PIM', 'Certificación', 'Devengado', 'Avance %']],
            [['2.1 Personal y obligaciones sociales', M('96,000', 96000, y=2019, r='a'), M('96,000', 96000, y=2019, r='a'),
              M('95,400', 95400, y=2019, r='c'), M('95,400', 95400, y=2019, r='e'), P('99.4', 99.4, y=2019)],
             ['2.3 Bienes y servicios', M('150,000', 150000, y=2019, r='a'), M('182,560', 182560, y=2019, r='a'),
              M('170,233', 170233, y=2019, r='c'), M('161,870', 161870, y=2019, r='e'), P('88.7', 88.7, y=2019)],
             ['2.6 Adquisición de activos no financieros', M('0', 0, y=2019, r='a'), M('24,000', 24000, y=2019, r='a'),
              M('23,850', 23850, y=2019, r='c'), M('23,850', 23850, y=2019, r='e'), P('99.4', 99.4, y=2019)],
             ['TOTAL META 0073', M('246,000', 246000, y=2019, r='a'), M('302,560', 302560, y=2019, r='a'),
              M('289,483', 289483, y=2019, r='c'), M('281,120', 281120, y=2019, r='e'), P('92.9', 92.9, y=2019)]],
            caption='EJECUCIÓN PRESUPUESTAL META 0073 - AÑO 2019 (en soles)', unit='caption',
            widths=(5.6, 1.9, 1.9, 2.2, 2.1, 1.6), size=8, bold_rows=(3,), note='Fuente: SIAF-SP. Fecha de corte: 31/12/2019.')
    body(R, ['Atentamente,'])
    R.sign('Lic. JULIO CÉSAR PINEDO VÁSQUEZ', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Loreto')
    R.save()


def g705():
    R = new('g705', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 214-2019-GM-MPC', ['Informe N° 0611-2019-OL-OGA/MPC', 'Informe Legal N° 388-2019-OAJ/MPC'],
            '2019-08-27', 'gerencia resolution on a procurement (adjudicación de buena pro), considerandos + resolutive articles',
            notes='Procurement resolution filed as the reply; not about trafficking in persons. The awarded amount is repeated in words in parentheses; the gold has one figure, for the numeric form.')
    R.header(['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia Municipal'], logo=(logo_png('mpc', 'MPC', 'shield', (130, 90, 10)), 1.4))
    R.p('RESOLUCIÓN DE GERENCIA MUNICIPAL N° 214-2019-GM-MPC', bold=True, align='c', size=12)
    R.p('Cusco, 27 de agosto de 2019', align='c', after=8)
    R.p('EL GERENTE MUNICIPAL DE LA MUNICIPALIDAD PROVINCIAL DEL CUSCO', bold=True)
    R.p('VISTOS:', bold=True)
    body(R, ['El Informe N° 0611-2019-OL-OGA/MPC de la Oficina de Logística, el Informe Legal N° 388-2019-OAJ/MPC de la Oficina de '
             'Asesoría Jurídica, y el expediente de contratación de la Adjudicación Simplificada N° 019-2019-MPC, para la '
             'adquisición de mobiliario escolar destinado a las instituciones educativas del Centro Histórico; y,'])
    R.p('CONSIDERANDO:', bold=True)
    body(R, ['Que, mediante Acta de Evaluación de fecha 20 de agosto de 2019, el comité de selección otorgó la buena pro al postor '
             'Consorcio Andino de Muebles, por el monto total de ' + M('S/ 486 920,00', 486920.00) + ' (cuatrocientos ochenta y seis mil '
             'novecientos veinte con 00/100 soles), incluidos los impuestos de ley;',
             'Que, el valor estimado de la contratación ascendía a ' + M('S/ 512 300,00', 512300.00) + ', contando con certificación '
             'de crédito presupuestario por ' + M('S/ 512 300,00', 512300.00, r='c') + ' en la fuente de financiamiento '
             'Recursos Determinados;',
             'Que, se presentaron ' + C('cuatro (4) propuestas', 4, 'propuesta') + ', de las cuales ' + C('dos (2)', 2, 'propuesta') +
             ' fueron descalificadas por no acreditar la experiencia mínima del postor;',
             'Que, de conformidad con el Texto Único Ordenado de la Ley N° 30225, Ley de Contrataciones del Estado, y su Reglamento;'])
    R.p('SE RESUELVE:', bold=True)
    body(R, ['ARTÍCULO PRIMERO.- APROBAR el otorgamiento de la buena pro de la Adjudicación Simplificada N° 019-2019-MPC a favor '
             'del Consorcio Andino de Muebles, para la adquisición de ' + C('1 240 carpetas unipersonales', 1240, 'carpeta') + '.',
             'ARTÍCULO SEGUNDO.- ENCARGAR a la Oficina de Logística la suscripción del contrato respectivo.',
             'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.'])
    R.sign('Abg. WILBER HUAMANÍ CCAHUA', 'Gerente Municipal')
    R.save()


def g706():
    R = new('g706', 'answered', None, ['prosecution'], ('2017-01-01', '2021-12-31'),
            S('Corte Superior de Justicia de Madre de Dios', 'CSJMD', 'autonomous'),
            'OFICIO N° 000142-2022-P-CSJMD-PJ', ['Solicitud de Acceso a la Información N° 045-2022'], '2022-02-11',
            'oficio, grid table with headers wrapped over two lines, five year rows, totals row',
            font='Cambria', size=11)
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE MADRE DE DIOS', 'Presidencia'],
             logo=(logo_png('pj', 'PJ', 'shield', (90, 20, 20)), 1.3))
    lema(R, 2022)
    R.p('Puerto Maldonado, 11 de febrero de 2022', align='r')
    R.p('OFICIO N° 000142-2022-P-CSJMD-PJ', bold=True)
    to(R, ['Señora:', 'Ana Lucía Torres Gamarra', 'Responsable de investigación', 'Observatorio Ciudadano sobre Trata de Personas'])
    kv(R, [('Asunto', ': Remite información estadística sobre procesos por delito de trata de personas'),
           ('Ref.', ': Solicitud de Acceso a la Información N° 045-2022')])
    body(R, ['Tengo el agrado de dirigirme a usted, a fin de remitir la información solicitada respecto de los procesos por el delito '
             'de trata de personas (artículos 153 y 153-A del Código Penal) tramitados en los órganos jurisdiccionales de este '
             'Distrito Judicial en el periodo 2017-2021, según el Sistema Integrado Judicial (SIJ):'])
    rows = [('2017', 38, 11, 7, 14), ('2018', 45, 16, 9, 19), ('2019', 52, 21, 12, 23), ('2020', 29, 8, 4, 10), ('2021', 41, 13, 6, 17)]
    body_rows = []
    for y, a, b, c, d in rows:
        yy = int(y)
        body_rows.append([y, C(str(a), a, 'expediente', y=yy), C(str(b), b, 'sentencia', y=yy), C(str(c), c, 'sentencia', y=yy),
                          C(str(d), d, 'persona', y=yy)])
    body_rows.append(['Total', C('205', 205, 'expediente'), C('69', 69, 'sentencia'), C('38', 38, 'sentencia'), C('83', 83, 'persona')])
    R.table([['Año', 'Expedientes\ningresados', 'Sentencias\ncondenatorias', 'Sentencias\nabsolutorias', 'Personas\nsentenciadas']],
            body_rows, widths=(2.0, 3.0, 3.0, 3.0, 3.0), bold_rows=(5,), num_align='c', head_shade='C6D9F1')
    body(R, ['Asimismo, se informa que en el año 2019 se implementó el Juzgado Penal Colegiado Supraprovincial, que concentró el ' +
             P('64 %', 64, y=2019) + ' de las sentencias emitidas en dicho año.',
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    R.sign('Dr. HUGO ALFREDO CÁRDENAS PUMA', 'Presidente', 'Corte Superior de Justicia de Madre de Dios')
    R.save()


def g707():
    R = new('g707', 'out_of_period', None, ['prosecution'], ('2017-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 0214-2022-SUNAFIL/INII', ['Solicitud N° 2022-0001984'], '2022-05-06',
            'oficio, request 2017-2018 restated; information for 2020 and 2021 only, counts and percent in prose, small unruled table')
    top(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], 2022,
        'Lima, 06 de mayo de 2022', 'OFICIO N° 0214-2022-SUNAFIL/INII')
    to(R, ['Señores', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre fiscalización de trabajo forzoso y trata con fines de explotación laboral'),
           ('Referencia', ': Solicitud N° 2022-0001984')])
    body(R, ['Me dirijo a ustedes en atención a la solicitud de la referencia, mediante la cual requieren el número de inspecciones '
             'laborales realizadas en materia de trabajo forzoso y trata de personas con fines de explotación laboral durante los '
             'años 2017 y 2018.',
             'Sobre el particular, cabe señalar que el Grupo Especializado de Inspectores en materia de Trabajo Forzoso y Trabajo '
             'Infantil (GEIT) registra información sistematizada desde el año 2020, conforme al siguiente detalle:'])
    R.table([['Concepto', '2020', '2021']],
            [['Órdenes de inspección', C('118', 118, 'orden de inspección', y=2020), C('203', 203, 'orden de inspección', y=2021)],
             ['Trabajadores comprendidos', C('1 432', 1432, 'trabajador', y=2020), C('2 917', 2917, 'trabajador', y=2021)],
             ['Actas de infracción', C('27', 27, 'acta de infracción', y=2020), C('49', 49, 'acta de infracción', y=2021)]],
            widths=(6.5, 2.5, 2.5), ruled='hlines', head_shade=None)
    body(R, ['En 2021, el ' + P('24,1 %', 24.1, y=2021) + ' de las órdenes concluyó con acta de infracción y se impusieron multas por '
             + M('S/ 1 318 450,00', 1318450.00, y=2021) + '.',
             'Para los años solicitados, la información se encuentra en los archivos físicos de las intendencias regionales y no '
             'ha sido sistematizada.',
             'Atentamente,'])
    R.sign('ELIZABETH NÚÑEZ CARBAJAL', 'Intendenta Nacional de Inteligencia Inspectiva', 'SUNAFIL')
    R.save()


def g708():
    R = new('g708', 'missing', 'denied_exception', ['protection'], ('2018-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'CARTA N° 000233-2020-TRANSPARENCIA/MIGRACIONES', ['Solicitud de Acceso a la Información Pública N° 2020-03412'],
            '2020-02-26', 'carta, denial under the personal-privacy exception, no figures')
    R.header(['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Responsable de Acceso a la Información Pública'], align='l')
    lema(R, 2020)
    R.p('Breña, 26 de febrero de 2020', align='r')
    R.p('CARTA N° 000233-2020-TRANSPARENCIA/MIGRACIONES', bold=True)
    to(R, ['Señora', 'ANA LUCÍA TORRES GAMARRA', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a Solicitud de Acceso a la Información Pública N° 2020-03412')])
    body(R, ['Me dirijo a usted con relación a su solicitud, mediante la cual requiere la relación nominal de ciudadanos extranjeros '
             'identificados como víctimas de trata de personas a quienes se otorgó la calidad migratoria humanitaria o especial '
             'entre enero de 2018 y diciembre de 2019, con indicación de nacionalidad, edad, lugar de residencia y situación actual.',
             'Al respecto, la información requerida contiene datos personales cuya publicidad constituye una invasión de la intimidad '
             'personal y familiar de las víctimas, por lo que se encuentra comprendida en la excepción prevista en el numeral 5 del '
             'artículo 17 del Texto Único Ordenado de la Ley N° 27806, en concordancia con la Ley N° 29733, Ley de Protección de Datos '
             'Personales, y con el deber de reserva de la identidad de las víctimas establecido en la Ley N° 28950.',
             'En consecuencia, se deniega la solicitud. Contra la presente decisión puede interponer recurso de apelación ante el '
             'Tribunal de Transparencia y Acceso a la Información Pública dentro del plazo de ley.',
             'Atentamente,'])
    R.sign('ABG. CÉSAR AUGUSTO RÍOS DEL ÁGUILA', 'Responsable de Acceso a la Información Pública', align='l')
    R.save()


def g709():
    R = new('g709', 'answered', None, ['protection', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'Carta N° 0098-2019-DP/ADM', ['Informe de Adjuntía N° 004-2019-DP/ADM'], '2019-05-14',
            'carta, findings in bullets, figures in many forms in running text, no table', font='Georgia', size=11)
    R.header(['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos de la Mujer'], rule=True, logo=(logo_png('dp', 'DP', 'circle', (20, 60, 140)), 1.4))
    R.p('Lima, 14 de mayo de 2019', align='r')
    R.p('Carta N° 0098-2019-DP/ADM', bold=True)
    to(R, ['Señora', 'María Elena Quispe Huamán', 'Observatorio Ciudadano sobre Trata de Personas'])
    body(R, ['Estimada señora Quispe:',
             'En respuesta a su pedido de información sobre las supervisiones realizadas por la Defensoría del Pueblo a los servicios '
             'de atención a víctimas de trata de personas durante el año 2018, le comunico los principales resultados recogidos en el '
             'Informe de Adjuntía N° 004-2019-DP/ADM:'])
    R.bullets(['Se supervisaron ' + C('14 Centros de Atención Residencial', 14, 'centro de atención residencial', y=2018) +
               ' que acogían a víctimas de trata en 9 regiones del país.',
               'Solo ' + C('cinco', 5, 'centro de atención residencial', y=2018) + ' de ellos contaban con equipo multidisciplinario completo '
               '(psicología, trabajo social y asesoría legal).',
               'El ' + P('43 por ciento', 43, y=2018) + ' de las adolescentes entrevistadas no tenía un plan de trabajo individual actualizado.',
               'El costo mensual de atención por residente declarado por los centros osciló entre ' + M('S/ 1 900', 1900, y=2018) +
               ' y ' + M('S/ 3 400', 3400, y=2018) + '.',
               'Las mesas regionales contra la trata de Cusco, Puno y Madre de Dios no contaban con presupuesto propio.'])
    body(R, ['Las recomendaciones formuladas fueron remitidas al Ministerio de la Mujer y Poblaciones Vulnerables y a los gobiernos '
             'regionales supervisados. El informe completo puede consultarse en el portal institucional.',
             'Muy atentamente,'])
    R.sign('ELIANA REVOLLAR AÑAÑOS', 'Adjunta para los Derechos de la Mujer', before=20)
    R.save()


def g710():
    R = new('g710', 'out_of_period', None, ['prosecution', 'governance'], ('2017-01-01', '2019-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 0871-2020-INEI/DTDIS', ['Expediente N° 2020-018874'], '2020-09-02',
            'oficio, statistics only for 2014-2016 (request 2017-2019), ruled table with unit in column header, percent column')
    top(R, ['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Técnica de Demografía e Indicadores Sociales'], 2020,
        'Lima, 02 de setiembre de 2020', 'OFICIO N° 0871-2020-INEI/DTDIS')
    to(R, ['Señor', 'CARLOS ALBERTO MENDOZA RÍOS', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Estadísticas de trata de personas'), ('Referencia', ': Expediente N° 2020-018874')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al expediente de la referencia, mediante el cual solicita las '
             'estadísticas de denuncias por trata de personas correspondientes a los años 2017, 2018 y 2019.',
             'Al respecto, el INEI, en el marco del Sistema Estadístico Nacional, publicó el documento "Perú: Estadísticas de Trata '
             'de Personas" con información consolidada de las entidades que integran el Comité Estadístico Interinstitucional de la '
             'Criminalidad (CEIC). La última serie disponible es la siguiente:'])
    R.table([['Año', 'Denuncias registradas (número)', 'Víctimas (número)', 'Víctimas menores de edad (%)']],
            [['2014', C('501', 501, 'denuncia', y=2014), C('1,120', 1120, 'víctima', y=2014), P('53.4', 53.4, y=2014)],
             ['2015', C('1,002', 1002, 'denuncia', y=2015), C('1,539', 1539, 'víctima', y=2015), P('49.8', 49.8, y=2015)],
             ['2016', C('1,144', 1144, 'denuncia', y=2016), C('1,877', 1877, 'víctima', y=2016), P('46.1', 46.1, y=2016)]],
            widths=(2.0, 4.0, 3.5, 4.0), num_align='c', head_shade='E2EFDA',
            note='Fuente: Ministerio del Interior - RETA PNP; Ministerio Público - SGF. Elaboración: INEI.')
    body(R, ['La información de los años posteriores se encuentra en proceso de consolidación y será publicada oportunamente.',
             'Atentamente,'])
    R.sign('NANCY HIDALGO CALLE', 'Directora Técnica de Demografía e Indicadores Sociales')
    R.save()


def g711():
    R = new('g711', 'missing', 'not_competent_referred', [], None,
            S('Embassy of the United States of America in Peru', None, 'foreign'),
            None, [], '2019-10-08',
            'English letter on embassy letterhead, not competent under Peruvian transparency law, refers to MININTER and the State Department report',
            lang='en', font='Times New Roman', size=12)
    R.header(['EMBASSY OF THE UNITED STATES OF AMERICA', 'Lima, Peru', 'Political Section'], rule=False)
    R.p('October 8, 2019', align='l', after=10)
    to(R, ['Ms. Ana Lucía Torres Gamarra', 'Citizens\u2019 Observatory on Trafficking in Persons', 'Lima'])
    body(R, ['Dear Ms. Torres:',
             'Thank you for your letter requesting information, under Peruvian Law 27806, on the funds the United States Government '
             'has provided to Peruvian institutions for the implementation of Peru\u2019s national plan against trafficking in persons.',
             'As a diplomatic mission, the Embassy is not subject to Peru\u2019s transparency and access to public information law, and '
             'we are therefore not in a position to process your request under that framework. We have forwarded a copy of your letter '
             'to the Ministry of the Interior of Peru, which chairs the Multisectoral Commission and coordinates international '
             'cooperation for the national plan.',
             'You may also wish to consult the annual Trafficking in Persons Report published by the U.S. Department of State, which '
             'includes a country narrative on Peru.',
             'Sincerely,'], align='l')
    R.sign('Daniel R. Whitfield', 'Political Officer', before=22, align='l', firma=False)
    R.save()


def g712():
    R = new('g712', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2020-01-01', '2021-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'CARTA N° 0391-2022-SG/MDSJL', ['Expediente N° 18904-2022'], '2022-03-17',
            'carta acknowledging receipt, full of trafficking vocabulary, no information')
    top(R, ['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Secretaría General - Unidad de Atención al Ciudadano'], 2022,
        'San Juan de Lurigancho, 17 de marzo de 2022', 'CARTA N° 0391-2022-SG/MDSJL')
    to(R, ['Señor(a)', 'Representante del Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Constancia de recepción de solicitud'), ('Ref.', ': Expediente N° 18904-2022')])
    body(R, ['Por medio del presente, acusamos recibo de su solicitud de acceso a la información pública, ingresada por mesa de partes '
             'virtual, mediante la cual requiere información sobre las acciones de prevención de la trata de personas, las campañas '
             'de sensibilización en instituciones educativas, la atención y derivación de víctimas de trata y explotación sexual a '
             'través de la DEMUNA y el CEM, y la participación de la municipalidad en la Red Distrital contra la Trata de Personas, '
             'durante los años 2020 y 2021.',
             'Su solicitud ha sido derivada a la Subgerencia de Salud, Bienestar Social y DEMUNA, unidad orgánica de esta '
             'municipalidad que posee la información, la cual dará respuesta dentro del plazo previsto en el TUO de la Ley N° 27806.',
             'Agradecemos su interés en la lucha contra la trata de personas en nuestro distrito.',
             'Atentamente,'])
    R.sign('Abg. PATRICIA MELÉNDEZ ARANA', 'Funcionaria Responsable de Acceso a la Información Pública')
    R.save()


def g713():
    R = new('g713', 'out_of_period', None, ['governance'], ('2019-01-01', '2020-12-31'),
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'OFICIO N° 000412-2021-VRIP/UNMSM', ['Expediente N° UNMSM-20210009876'], '2021-04-30',
            'oficio, research projects from 2015-2016 only (request 2019-2020), unruled table with money column "Monto (S/)"',
            font='Calibri', size=11)
    R.header(['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Universidad del Perú, DECANA DE AMÉRICA',
              'Vicerrectorado de Investigación y Posgrado'], italic_rest=True)
    lema(R, 2021)
    R.p('Ciudad Universitaria, 30 de abril de 2021', align='r')
    R.p('OFICIO N° 000412-2021-VRIP/UNMSM', bold=True)
    to(R, ['Señora', 'María Elena Quispe Huamán', 'Observatorio Ciudadano sobre Trata de Personas'])
    body(R, ['De mi mayor consideración:',
             'Me dirijo a usted en atención al Expediente N° UNMSM-20210009876, por el que solicita información sobre proyectos de '
             'investigación en materia de trata de personas financiados por la Universidad en los años 2019 y 2020.',
             'Revisados los registros del Vicerrectorado, se identificaron los siguientes proyectos vinculados al tema, financiados '
             'en convocatorias anteriores:'])
    R.table([['Código', 'Proyecto', 'Año', 'Monto (S/)']],
            [['B15031', 'Trata de personas y minería informal en La Pampa, Madre de Dios', '2015', M('45 000,00', 45000.00, y=2015, r='e')],
             ['B16152', 'Redes de captación de adolescentes en la selva central', '2016', M('38 500,00', 38500.00, y=2016, r='e')],
             ['B16207', 'Percepciones de docentes sobre trata en escuelas rurales', '2016', M('22 750,00', 22750.00, y=2016, r='e')]],
            widths=(2.0, 9.0, 1.5, 2.8), ruled='hlines', head_shade=None, row_label_col=1, size=9)
    body(R, ['Los montos corresponden a lo efectivamente ejecutado por cada grupo de investigación. Dichos proyectos dieron lugar a ' +
             C('tres (3) tesis de maestría', 3, 'tesis') + ' y ' + C('dos artículos', 2, 'artículo') + ' en revistas indexadas.',
             'Se adjunta la relación de investigadores responsables.',
             'Atentamente,'])
    R.sign('Dr. FÉLIX ARMANDO CASTILLO RAMOS', 'Vicerrector de Investigación y Posgrado', 'UNMSM')
    R.save()
