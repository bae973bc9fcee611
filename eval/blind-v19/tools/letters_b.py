"""blind-v19 letters v016-v030 (written from scratch for this set)."""
from common import *
from lib import M, C, P, logo_png

GR = 'regional_government'


def v016():
    R = new('v016', 'missing', 'not_competent', ['governance'], ('2021-01-01', '2021-12-31'),
            S('Banco Central de Reserva del Perú', 'BCRP', 'autonomous'), 'CARTA N° 0088-2022-BCRP/TAIP',
            ['Solicitud N° 2022-0061'], '2022-02-04', 'carta of the transparency officer, two paragraphs, no referral',
            notes='Not competent, no referral and no suggestion of another body.')
    std(R, ['BANCO CENTRAL DE RESERVA DEL PERÚ', 'Funcionario Responsable de Acceso a la Información Pública'], 2022, 'Lima, 4 de febrero de 2022',
        'CARTA N° 0088-2022-BCRP/TAIP', ['Señora', 'Milagros Ñique Farro', 'Presente'], [('Ref.:', 'Solicitud N° 2022-0061')], motto=False)
    body(R, ['Nos referimos a su solicitud sobre el presupuesto destinado en 2021 a la implementación del Plan Nacional contra la Trata de Personas.',
             'Al respecto, le informamos que, conforme a su Ley Orgánica, las funciones del Banco son regular la moneda y el crédito, administrar '
             'las reservas internacionales y emitir billetes y monedas. El Banco no forma parte de la Comisión Multisectorial ni tiene a su cargo '
             'acciones del referido plan, por lo que no posee ni administra la información solicitada.'])
    R.p('Atentamente,')
    dsig(R, 'Luis Enrique Tapia Grados', 'Funcionario Responsable de Acceso a la Información Pública', 'BCRP', when='04/02/2022 11:42')


def v017():
    R = new('v017', 'answered', None, ['prevention'], ('2021-01-01', '2022-12-31'),
            S('Dirección Regional de Educación Cusco', 'DRE Cusco', GR), 'OFICIO N° 0655-2023-GR CUSCO/DREC-DGP',
            ['Expediente N° 0023117'], '2023-04-12',
            'oficio, the request quoted inline, province rows grouped under two year headings, totals per year',
            notes='Period only in the quoted request ("en los años 2021 y 2022"). Group rows per year; subtotals keep their year.')
    std(R, ['GOBIERNO REGIONAL CUSCO', 'DIRECCIÓN REGIONAL DE EDUCACIÓN CUSCO', 'Dirección de Gestión Pedagógica'], 2023, 'Cusco, 12 de abril de 2023',
        'OFICIO N° 0655-2023-GR CUSCO/DREC-DGP', ['Señor', 'Elmer Huarcaya Puma', 'Presente.-'], [('REF.', ': Expediente N° 0023117')], style='l',
        logo=(logo_png('drec', 'DRE', 'shield', (120, 20, 20)), 1.5))
    body(R, ['Tengo a bien dirigirme a usted con relación a su pedido, en el que solicita: "el número de docentes y estudiantes capacitados en '
             'prevención de la trata de personas por cada UGEL de la región, en los años 2021 y 2022". Se adjunta el consolidado:'])
    rows = []
    groups = []
    for y, vals in ((2021, [('UGEL Cusco', 88, 1540), ('UGEL La Convención', 46, 812), ('UGEL Canchis', 31, 603)]),
                    (2022, [('UGEL Cusco', 121, 2210), ('UGEL La Convención', 64, 1195), ('UGEL Canchis', 40, 877)])):
        groups.append(len(rows)); rows.append(['Año %d' % y, '', ''])
        for lab, d, e in vals:
            rows.append([lab, Cn(d, 'docente', y=y), Cn(e, 'estudiante', 'sp', y=y)])
        rows.append(['Subtotal %d' % y, Cn(sum(v[1] for v in vals), 'docente', y=y), Cn(sum(v[2] for v in vals), 'estudiante', 'sp', y=y)])
    R.table([['UGEL', 'Docentes capacitados', 'Estudiantes sensibilizados']], rows, widths=(6.0, 4.0, 4.5), groups=groups,
            bold_rows=(4, 9), indent_rows=(1, 2, 3, 6, 7, 8))
    R.sign('Mg. Luz Marina Quispe Huamán', 'Directora de Gestión Pedagógica')


def v018():
    R = new('v018', 'out_of_period', None, ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Fondo de las Naciones Unidas para la Infancia', 'UNICEF', 'foreign'), 'UNICEF/PER/CP/2023-044',
            ['email of 2 March 2023'], '2023-03-20',
            'English letter, results of 2022 and targets of 2024 in one table, programme budget in USD with K',
            lang='en', font='Times New Roman',
            notes='Request 2020; gives 2022 results and 2024 targets only: the 2020 records closed with the previous country programme and were archived at the regional office; they cannot be retrieved locally.')
    R.header(['unicef  |  Peru Country Office', 'Child Protection Section'], align='l', rule=False)
    R.p('20 March 2023', align='r'); R.p('UNICEF/PER/CP/2023-044', bold=True)
    body(R, ['Dear Mr. Ramos,', 'We refer to your email of 2 March 2023 requesting data on our support to child victims of trafficking in 2020. '
             'Records of the 2017-2021 country programme were closed and transferred to the Regional Office archive in Panama when that '
             'cycle ended, and the country office can no longer retrieve them. For reference, we share the results of 2022 and our targets for 2024:'])
    R.table([['Result', '2022 (achieved)', '2024 (target)']],
            [['Children in shelters receiving case management', Cn(146, 'child', y=2022), Cn(200, 'child', y=2024)],
             ['Social workers trained', Cn(92, 'social worker', y=2022), Cn(120, 'social worker', y=2024)],
             ['Budget', Mk(310, pre='USD ', y=2022, r='e', cur='USD', u='cell'), Mk(375, pre='USD ', y=2024, r='a', cur='USD', u='cell')]],
            widths=(8.0, 3.5, 3.5), ruled='hlines')
    R.p('Kind regards,', before=6)
    R.sign('Ingrid Sørensen', 'Chief, Child Protection', 'UNICEF Peru', align='l', firma=False)


def v019():
    R = new('v019', 'answered', None, ['governance', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'), 'OFICIO N° 0094-2023-DP/OD-MDD',
            ['Solicitud de acceso a la información de fecha 10 de abril de 2023'], '2023-04-25',
            'oficio, compliance table of supervised bodies (2022) plus a line on early 2023, percents with comma and a space',
            notes='Mixed: 2022 (requested) and January-March 2023 figures; answered. Office of Madre de Dios recorded as the Defensoría.')
    std(R, ['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Madre de Dios'], 2023, 'Puerto Maldonado, 25 de abril de 2023',
        'OFICIO N° 0094-2023-DP/OD-MDD', ['Señora', 'Gladys Challco Mamani', 'Presente.-'],
        [('Asunto:', 'Supervisiones sobre trata de personas realizadas en el año 2022'), ('Ref.:', 'Solicitud de acceso a la información de fecha 10 de abril de 2023')])
    body(R, ['Me dirijo a usted para informarle que en el año 2022 esta Oficina supervisó el cumplimiento de las obligaciones de las entidades '
             'frente a la trata de personas, con los siguientes resultados:'])
    rows = []
    for lab, a, b in (('Comisarías', 9, 4), ('Centros de salud', 12, 7), ('DEMUNA', 8, 5), ('UGEL', 3, 2)):
        rows.append([lab, Cn(a, 'entidad supervisada', y=2022), Cn(b, 'entidad', y=2022), Psp(round(b / a * 100, 1), y=2022, u='column')])
    R.table([['Entidad', 'Supervisadas', 'Cumplen protocolo', '% de cumplimiento']], rows, widths=(4.5, 3.0, 3.5, 3.5))
    body(R, ['Entre enero y marzo de 2023 se realizaron además ' + Cwp(6, 'supervisión', y=2023) + ' supervisiones a comisarías de la provincia de Tambopata.'])
    R.sign('Abog. Miguel Ángel Cahuana Loayza', 'Jefe de la Oficina Defensorial de Madre de Dios')


def v020():
    R = new('v020', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Cayma', 'MDC', 'district_municipality'), 'CARTA N° 045-2023-MDC/RAI',
            ['Solicitud con registro N° 3389-2023'], '2023-02-17',
            'carta announcing an extension of the term, no information',
            notes='Extension of the term (prórroga) only; no substantive information: acknowledgment.')
    std(R, ['MUNICIPALIDAD DISTRITAL DE CAYMA', 'Responsable de Acceso a la Información Pública'], 2023, 'Cayma, 17 de febrero de 2023',
        'CARTA N° 045-2023-MDC/RAI', ['Señora', 'Fiorella Apaza Linares', 'Presente'], [('Ref.:', 'Solicitud con registro N° 3389-2023')], style='r')
    body(R, ['Acuso recibo de su solicitud de información sobre casos atendidos y actividades contra la trata de personas del año 2022.',
             'Dado que la información debe ser recopilada de los archivos de tres unidades orgánicas, y al amparo del literal g) del artículo 11 '
             'del TUO de la Ley N° 27806, se le comunica que la entrega se efectuará en un plazo adicional de siete días hábiles, '
             'vencido el cual se le notificará la respuesta a su correo electrónico.'])
    sigline(R, 'Bach. Noemí Turpo Cutipa', 'Responsable de Acceso a la Información Pública')


def v021():
    R = new('v021', 'answered', None, ['prosecution'], ('2020-01-01', '2023-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'), 'OFICIO N° 000142-2024-P-CSJPU-PJ',
            ['Solicitud N° 0211-2024-TAIP'], '2024-02-08',
            'oficio, years as rows with outcome columns and a column of the share convicted with % in the column header',
            notes='Request "entre enero de 2020 y diciembre de 2023", answered for each year. Percents bare under a "(%)" header.')
    std(R, ['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Presidencia'], 2024, 'Puno, 08 de febrero de 2024',
        'OFICIO N° 000142-2024-P-CSJPU-PJ', ['Señor', 'Wilson Mamani Choque', 'Presente.-'],
        [('ASUNTO', ': Procesos por trata de personas entre enero de 2020 y diciembre de 2023'), ('REF.', ': Solicitud N° 0211-2024-TAIP')])
    body(R, ['Por especial encargo de la Presidencia, se remite la estadística de los órganos jurisdiccionales penales del distrito judicial:'])
    rows = []
    for y, a, b, c in ((2020, 18, 7, 3), (2021, 26, 11, 4), (2022, 31, 15, 6), (2023, 37, 19, 5)):
        rows.append([str(y), Cn(a, 'proceso', y=y), Cn(b, 'sentencia condenatoria', y=y), Cn(c, 'sentencia absolutoria', y=y),
                     Pbare(round(b / (b + c) * 100, 1), y=y, u='column')])
    R.table([['Año', 'Procesos ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias', 'Condenas sobre sentencias (%)']], rows,
            widths=(1.8, 3.2, 3.2, 3.2, 3.4))
    R.sign('Dr. Abel Ramos Cutipa', 'Jefe de la Oficina de Estadística', 'CSJ Puno')


def v022():
    R = new('v022', 'answered', None, ['governance', 'protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', GR), 'OFICIO N° 0591-2023-GRL-GGR/GRDS',
            ['Informe Técnico N° 017-2023-GRL-GRDS/SGPS'], '2023-04-03',
            'oficio, SIAF-like table with PIA, PIM, certification and devengado in dot-grouped amounts with comma decimals, avance %',
            notes='FY 2022; PIA/PIM allocated, Certificación and Compromiso anual committed, Devengado and Girado executed.')
    std(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social'], 2023, 'Iquitos, 03 de abril de 2023',
        'OFICIO N° 0591-2023-GRL-GGR/GRDS', ['Señor', 'Carlos Manuyama Ríos', 'Presente'], [('ASUNTO', ': Ejecución presupuestal 2022 – trata de personas')],
        logo=(logo_png('gorel', 'GRL', 'circle', (10, 100, 60)), 1.5))
    body(R, ['Según el Informe Técnico N° 017-2023-GRL-GRDS/SGPS, la ejecución al 31 de diciembre de 2022 fue la siguiente (montos en soles):'])
    siaf(R, [('0031', 'Red regional contra la trata', [35000, 52000, 51200, 51200, 49870, 49870]),
             ('0032', 'Hogar refugio temporal', [240000, 286500, 281000, 281000, 268432.5, 268432.5]),
             ('0033', 'Campañas preventivas', [60000, 48300, 47100, 47100, 45050, 45050])], 2022, st='eu', pct_suf='%', size=7.5,
         widths=(1.1, 3.7, 1.8, 1.8, 1.9, 1.9, 1.8, 1.8, 1.3))
    R.sign('Lic. Teresa Vásquez Shupingahua', 'Gerente Regional de Desarrollo Social')


def v023():
    R = new('v023', 'out_of_period', None, ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'), 'CARTA N° 211-2021-MDA/GDS',
            ['Memorando N° 0098-2021-MDA/GDS-SGDEMUNA'], '2021-06-14',
            'carta with a small table of 2018 counts and a paragraph on why 2020 is missing',
            notes='Request 2020; gives 2018: during the 2020 emergency the DEMUNA worked remotely and kept its logs on the personal devices of staff whose contracts ended; those logs were not handed over.')
    std(R, ['MUNICIPALIDAD DISTRITAL DE ATE', 'Gerencia de Desarrollo Social'], 2021, 'Ate, 14 de junio de 2021', 'CARTA N° 211-2021-MDA/GDS',
        ['Señor', 'Raúl Huertas Gálvez', 'Presente.-'], [('Asunto', ': Acciones de la DEMUNA sobre trata – 2020')])
    body(R, ['De acuerdo con el Memorando N° 0098-2021-MDA/GDS-SGDEMUNA, durante el estado de emergencia sanitaria del año 2020 el personal de '
             'la DEMUNA trabajó de forma remota y anotó las atenciones en equipos personales; al concluir sus contratos, esos registros no fueron '
             'entregados a la entidad. La Gerencia ha requerido su devolución a los ex servidores.',
             'El último año con registro completo es 2018, cuyos datos se detallan:'])
    R.table([['Concepto (2018)', 'Cantidad']], [['Casos derivados a la Fiscalía', Cn(7, 'caso', y=2018)], ['Charlas a padres de familia', Cn(26, 'charla', y=2018)],
                                             ['Asistentes a las charlas', Cn(815, 'asistente', y=2018)]], widths=(8.0, 3.0))
    R.sign('Lic. Carmen Rosa Villar Aguilar', 'Gerente de Desarrollo Social')


def v024():
    R = new('v024', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'), 'OFICIO N° 0315-2022-A-MPM',
            ['Solicitud de Acceso a la Información N° 0144-2022'], '2022-03-08',
            'oficio, period only in ASUNTO, a dash list of results with money as "S/ 36,5 mil" and a sign-after amount',
            notes='Period 2021 only in the ASUNTO line; figures get 2021. "S/ 36,5 mil" executed; "4 850,00 S/" has no stated stage (role null).')
    std(R, ['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Alcaldía'], 2022, 'Iquitos, 08 de marzo de 2022', 'OFICIO N° 0315-2022-A-MPM',
        ['Señora', 'Delia Tenazoa Pisco', 'Presente'], [('ASUNTO', ': Acciones frente a la trata de personas, ejercicio 2021'),
                                                       ('REF.', ': Solicitud de Acceso a la Información N° 0144-2022')])
    body(R, ['Tengo el agrado de dirigirme a usted para informarle lo siguiente:'])
    for t in ['- La Comisión Provincial contra la Trata sesionó en ' + Cn(5, 'oportunidad', y=2021) + ' oportunidades.',
              '- Se capacitó a ' + Cn(64, 'mototaxista', y=2021) + ' mototaxistas y a ' + Cn(38, 'trabajador de hospedaje', y=2021) + ' trabajadores de hospedajes.',
              '- Para estas acciones se ejecutó ' + Mmil(36.5, st='eu', dec=1, y=2021, r='e') + '.',
              '- La impresión de afiches costó ' + Mpost(4850, y=2021) + '.']:
        R.p(t, indent=0.6, after=2)
    R.sign('Ing. Pedro Pinedo Saavedra', 'Alcalde Provincial')


def v025():
    R = new('v025', 'missing', 'clarification', ['governance'], None,
            S('Gobierno Regional de Huánuco', 'GRH', GR), 'CARTA N° 016-2023-GRH/SG-FRAI', ['Solicitud N° 0908-2023'], '2023-05-22',
            'carta asking the requester to state the period and which actions, with a two-day deadline',
            notes='Clarification: asks for the period ("los últimos años" is not precise) and the actions; no period stated, period_stated false.')
    std(R, ['GOBIERNO REGIONAL HUÁNUCO', 'Secretaría General'], 2023, 'Huánuco, 22 de mayo de 2023', 'CARTA N° 016-2023-GRH/SG-FRAI',
        ['Señor', 'Nilo Espinoza Tarazona', 'Presente'], [('Ref.:', 'Solicitud N° 0908-2023')])
    body(R, ['En relación con su solicitud, en la que pide "información de lo hecho por el Gobierno Regional contra la trata en los últimos años", '
             'le comunicamos que no es posible identificar con precisión lo requerido. Sírvase precisar:'])
    for t in ['a) el periodo exacto (años o meses) sobre el que solicita información; y',
              'b) el tipo de acciones (sesiones de la red regional, presupuesto, capacitaciones u otras).']:
        R.p(t, indent=0.8, after=2)
    body(R, ['Para ello cuenta con dos días hábiles, conforme al artículo 11 del Reglamento de la Ley N° 27806; de lo contrario, la solicitud se dará por no presentada.'])
    R.sign('Abog. Karen Ponce Isidro', 'Funcionaria Responsable de Acceso a la Información')


def v026():
    R = new('v026', 'answered', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'), 'OFICIO N° 000233-2023-SUNAFIL/INII',
            ['Solicitud N° 2023-TAIP-00871'], '2023-02-24',
            'oficio, comparison table 2021 and 2022 with a percent-change column, fines with the sign after the number',
            notes='Requested 2022; 2021 shown for comparison (mixed, answered). Fines proposed: money with no stage (role null). Variation percents have no year.')
    std(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], 2023, 'Jesús María, 24 de febrero de 2023',
        'OFICIO N° 000233-2023-SUNAFIL/INII', ['Señora', 'Alejandra Cueto Bravo', 'Presente'],
        [('Asunto', ': Inspecciones sobre trabajo forzoso 2022'), ('Referencia', ': Solicitud N° 2023-TAIP-00871')])
    rows = []
    for lab, w, a, b in (('Órdenes de inspección', 'orden de inspección', 48, 67), ('Trabajadores afectados', 'trabajador', 113, 162),
                         ('Actas de infracción', 'acta de infracción', 9, 14)):
        rows.append([lab, Cn(a, w, y=2021), Cn(b, w, y=2022), Psp(round((b - a) / a * 100, 1), u='column')])
    rows.append(['Multas propuestas', Mpost(286400, y=2021, u='cell'), Mpost(412950.5, y=2022, u='cell'), Psp(44.2, u='column')])
    R.table([['Indicador', '2021', '2022', 'Variación %']], rows, widths=(5.5, 3.4, 3.4, 2.6))
    R.sign('Abog. Jimena Carrasco Soto', 'Intendenta Nacional de Inteligencia Inspectiva')


def v027():
    R = new('v027', 'out_of_period', None, ['prosecution'], ('2017-01-01', '2017-12-31'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'), 'OFICIO N° 000387-2022-GAD-CSJLN-PJ',
            ['Resolución Administrativa N° 000112-2019-CE-PJ'], '2022-07-11',
            'oficio, years 2019-2021 as columns with a dash for a missing year cell',
            notes='Request 2017; gives 2019-2021: the specialised module was created in 2019; before, trafficking cases were spread among ordinary courts whose statistics do not separate the crime.')
    std(R, ['Corte Superior de Justicia de Lima Norte', 'Gerencia de Administración Distrital'], 2022, 'Independencia, 11 de julio de 2022',
        'OFICIO N° 000387-2022-GAD-CSJLN-PJ', ['Señor', 'Bruno Carhuas Leiva', 'Presente'], [('Asunto:', 'Expedientes por trata de personas del año 2017')], style='r')
    body(R, ['El Módulo Especializado que tramita estos delitos fue creado por Resolución Administrativa N° 000112-2019-CE-PJ. Hasta entonces los '
             'procesos se distribuían entre juzgados penales ordinarios, cuyo registro estadístico no distinguía el tipo de delito, de modo que no '
             'es posible obtener la cifra de 2017. Se consigna lo registrado desde la creación del módulo:'])
    R.table([['Indicador', '2019', '2020', '2021']],
            yrows([('Expedientes ingresados', 'expediente', [22, 17, 30]), ('Expedientes resueltos', 'expediente', [9, None, 21])], [2019, 2020, 2021]),
            widths=(6.0, 2.2, 2.2, 2.2))
    R.sign('Abog. Franco Lizárraga Palomino', 'Gerente de Administración Distrital')


def v028():
    R = new('v028', 'answered', None, ['governance', 'prosecution'], ('2020-07-01', '2020-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'), 'OFICIO N° 001204-2021/IN/VSP/DGCO',
            ['Hoja de Trámite N° 2021-0045512'], '2021-02-19',
            'oficio, police-region rows with complaints and share columns for July-December 2020',
            notes='Part-year: second half of 2020 ("julio a diciembre de 2020"). RETA register: governance beside complaints (prosecution).')
    std(R, ['MINISTERIO DEL INTERIOR', 'Viceministerio de Seguridad Pública', 'Dirección General contra el Crimen Organizado'], 2021,
        'Lima, 19 de febrero de 2021', 'OFICIO N° 001204-2021/IN/VSP/DGCO', ['Señora', 'Teresa Ruiz Olano', 'Presente.-'],
        [('Asunto', ': Denuncias por trata registradas de julio a diciembre de 2020'), ('Referencia', ': Hoja de Trámite N° 2021-0045512')])
    body(R, ['Según el Sistema de Registro y Estadística del delito de Trata de Personas y Afines (RETA), las denuncias del segundo semestre de 2020 fueron:'])
    data = [('Lima Metropolitana', 96), ('Cusco', 31), ('Madre de Dios', 27), ('Loreto', 24), ('Puno', 19), ('Otras regiones', 63)]
    ctab(R, [['Región policial', 'Denuncias', '% del total']], [(a, [b]) for a, b in data], 'denuncia', 2020, pct=(0,), pct_dec=1,
         pct_suf=' %', widths=(6.0, 3.0, 3.0), total='Total')
    R.sign('Gral. (r) Mario Benavides Yupanqui', 'Director General contra el Crimen Organizado')


def v029():
    R = new('v029', 'missing', 'no_information', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Seguro Integral de Salud', 'SIS', 'other'), 'OFICIO N° 000522-2023-SIS/GREP',
            ['Solicitud de acceso N° 0390-2023'], '2023-03-09',
            'oficio, no information because the claims system has no field for the condition of victim; one count of consulted offices',
            notes='No information; the count of consulted regional offices is kept as a figure.')
    std(R, ['SEGURO INTEGRAL DE SALUD', 'Gerencia de Riesgos y Evaluación de las Prestaciones'], 2023, 'Lima, 09 de marzo de 2023',
        'OFICIO N° 000522-2023-SIS/GREP', ['Señor', 'Álvaro Cornejo Peña', 'Presente'], [('Referencia', ': Solicitud de acceso N° 0390-2023')])
    body(R, ['Con relación a su pedido de información sobre las prestaciones financiadas en 2022 a víctimas de trata de personas, se consultó a las '
             + C('veinticinco (25)', 25, 'unidad desconcentrada regional', y=2022) + ' unidades desconcentradas regionales y a la base de prestaciones.',
             'El formato único de atención no contiene un campo que identifique la condición de víctima de trata, por lo que el SIS no cuenta '
             'con la información requerida.'])
    R.sign('Med. Rocío Salcedo Ugarte', 'Gerente de Riesgos y Evaluación de las Prestaciones')


def v030():
    R = new('v030', 'answered', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Hospital Regional de Loreto', 'HRL', GR), 'OFICIO N° 1127-2024-GRL-DRSL-HRL/DE',
            ['Solicitud N° 045-2024'], '2024-03-12',
            'oficio of a unidad ejecutora, service rows with attentions and cost, the money unit in the caption with "mill."',
            notes='Hospital (an executing unit of the regional government) named as the hospital. Costs in the caption "(en soles)"; the total in text with "mill." has no stage.')
    std(R, ['GOBIERNO REGIONAL DE LORETO', 'Unidad Ejecutora 401 – Hospital Regional de Loreto "Felipe Arriola Iglesias"', 'Dirección Ejecutiva'],
        2024, 'Punchana, 12 de marzo de 2024', 'OFICIO N° 1127-2024-GRL-DRSL-HRL/DE', ['Señora', 'Judith Rengifo Lomas', 'Presente'],
        [('Asunto', ': Atención a víctimas de trata en 2023'), ('Ref.', ': Solicitud N° 045-2024')])
    rows = []
    for lab, a, c in (('Emergencia', 19, 8450.0), ('Psicología', 42, 12600.0), ('Ginecología', 15, 6780.0), ('Medicina legal', 11, 2310.0)):
        rows.append([lab, Cn(a, 'atención', y=2023), Mf(c, 'us', 2, y=2023, r='e', u='caption')])
    R.table([['Servicio', 'Atenciones', 'Costo ejecutado']], rows, widths=(5.0, 3.0, 3.5), caption='Atenciones y costos 2023 (en soles)')
    body(R, ['El gasto total del hospital en 2023 ascendió a ' + Mmabbr(41.3, 'S/ ', 'us', 1, y=2023) + ', del que las atenciones anteriores forman una parte menor.'])
    R.sign('MC. Segundo Chávez Arirama', 'Director Ejecutivo')
