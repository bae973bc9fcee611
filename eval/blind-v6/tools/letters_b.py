"""blind-v6 letters f611-f620 (answered, then out_of_period). Written for this set."""
from common import *


def f611():
    R = new('f611', 'answered', None, ['prevention', 'prosecution'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'CARTA N° 112-2021-SGPV-GDS/MDSJL', ['Solicitud con registro N° 4471-2021'], '2021-02-17',
            'carta; substantive null on cases plus a small count of talks',
            notes='"no se registraron casos" is a substantive null for prosecution; talks give prevention.')
    top(R, ['MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', 'Sub Gerencia de Participación Vecinal'], 2021,
        'San Juan de Lurigancho, 17 de febrero de 2021', 'CARTA N° 112-2021-SGPV-GDS/MDSJL')
    to(R, ['Señor', 'HÉCTOR RAMOS PALOMINO', 'Presente.-'])
    R.p('En atención a la solicitud con registro N° 4471-2021, referida a las acciones municipales frente a la trata de personas '
        'en el año 2020, se informa lo siguiente:', align='j')
    R.p('- En los operativos de fiscalización de establecimientos realizados por la Sub Gerencia de Fiscalización durante 2020 '
        'no se registraron casos de presunta trata de personas.', align='j')
    R.p('- La DEMUNA y la Sub Gerencia de Participación Vecinal organizaron ' + C('3', 3, 'charla', y=2020) +
        ' charlas informativas dirigidas a juntas vecinales, con la asistencia de ' + C('96', 96, 'vecino', y=2020) + ' vecinos.', align='j')
    R.p('Atentamente,')
    R.sign('SR. PERCY VALDIVIA ROJAS', 'Sub Gerente de Participación Vecinal')


def f612():
    R = new('f612', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-10-B/318', [], '2020-01-20',
            'diplomatic-style oficio, table of repatriations by country; USD assistance in prose')
    top(R, ['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'], 2020,
        'Lima, 20 de enero de 2020', 'OF. RE (DGC) N° 2-10-B/318')
    to(R, ['Señora', 'BEATRIZ OCHOA LLERENA', 'Ciudad.-'])
    R.p('Tengo el agrado de dirigirme a usted con relación a su solicitud sobre la asistencia consular brindada en 2019 a '
        'connacionales víctimas de trata de personas en el exterior.', align='j')
    rows = []
    for c, v, r in [('Argentina', 14, 11), ('Chile', 22, 18), ('Ecuador', 9, 9), ('España', 6, 2)]:
        rows.append([c, C(str(v), v, 'víctima', y=2019), C(str(r), r, 'víctima', y=2019)])
    R.table([['País', 'Víctimas\nasistidas', 'Víctimas\nrepatriadas']], rows, widths=(4, 3, 3), unit='column',
            caption='Asistencia consular a víctimas de trata, 2019')
    R.p('Los gastos de repatriación sufragados con el Programa de Asistencia Humanitaria sumaron '
        + M('US$ 38,650.00', 38650.0, y=2019, r='e', cur='USD') + ' en el año 2019.', align='j')
    R.p('Hago propicia la oportunidad para reiterarle las seguridades de mi consideración.', align='j')
    R.sign('EMB. JAVIER SOTOMAYOR BRAVO', 'Director General de Comunidades Peruanas en el Exterior y Asuntos Consulares')


def f613():
    R = new('f613', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0276-2020-MTPE/2/15', ['INFORME N° 0019-2020-MTPE/2/15.1'], '2020-02-11',
            'oficio + annex table in miles de soles (unit in caption), two-level header')
    top(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], 2020,
        'Lima, 11 de febrero de 2020', 'OFICIO N° 0276-2020-MTPE/2/15')
    to(R, ['Señor', 'ÓSCAR VEGA ZAVALETA', 'Presente.-'])
    R.p('Me dirijo a usted para remitirle, en atención a su solicitud, el INFORME N° 0019-2020-MTPE/2/15.1, sobre el presupuesto '
        'de las acciones de prevención del trabajo forzoso y la trata laboral en 2019. El resumen es el siguiente:', align='j')
    rows = []
    for lab, pia, pim, dev in [('Campaña "Trabajo sin engaños"', '420.0', '380.5', '371.2'),
                                ('Capacitación a inspectores y operadores', '150.0', '162.3', '158.9'),
                                ('Estudio de mercados laborales de riesgo', '90.0', '75.0', '0.0')]:
        rows.append([lab, M(pia, float(pia) * 1000, y=2019, r='a'), M(pim, float(pim) * 1000, y=2019, r='a'),
                     M(dev, float(dev) * 1000, y=2019, r='e')])
    R.table([['Actividad', 'Presupuesto 2019', '', 'Ejecución 2019'], ['', 'PIA', 'PIM', 'Devengado']], rows,
            merges=((0, 1, 0, 2), (0, 0, 1, 0)), widths=(7, 2.6, 2.6, 2.6), unit='caption',
            colnames=[None, 'Presupuesto 2019 PIA', 'Presupuesto 2019 PIM', 'Ejecución 2019 Devengado'],
            caption='Anexo: Presupuesto 2019 (en miles de soles)')
    R.p('La actividad de estudio no se ejecutó por falta de postores en el proceso de selección.', align='j')
    R.sign('ABOG. SUSANA MENDOZA PAREDES', 'Directora General de Derechos Fundamentales y Seguridad y Salud en el Trabajo')


def f614():
    R = new('f614', 'answered', None, ['governance'], ('2018-01-01', '2018-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0098-2019-DP/ADHPD', [], '2019-02-26',
            'oficio, prose with counts and percent; mixes 2017 with requested 2018',
            notes='2017 figures given for comparison, 2018 requested: answered.')
    top(R, ['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos Humanos y las Personas con Discapacidad'], 2019,
        'Lima, 26 de febrero de 2019', 'OFICIO N° 0098-2019-DP/ADHPD')
    to(R, ['Señor', 'GUSTAVO LEÓN BARRIOS', 'Presente.-'])
    R.p('Tengo el agrado de dirigirme a usted en atención a su pedido de información sobre la supervisión defensorial a los '
        'gobiernos regionales en materia de trata de personas durante el año 2018.', align='j')
    R.p('En 2018 la Defensoría del Pueblo supervisó a ' + C('25', 25, 'gobierno regional', y=2018) + ' gobiernos regionales; '
        'de ellos, ' + C('19', 19, 'gobierno regional', y=2018) + ' contaban con una instancia regional contra la trata instalada '
        'y solo el ' + P('32 %', 32.0, y=2018) + ' tenía un plan regional aprobado por ordenanza. En la supervisión de 2017 '
        'ese porcentaje había sido del ' + P('20 %', 20.0, y=2017) + '.', align='j')
    R.p('El detalle se publicará en el Informe de Adjuntía correspondiente.', align='j')
    R.sign('DRA. ELIANA REVOLLAR AÑAÑOS', 'Adjunta para los Derechos Humanos y las Personas con Discapacidad')


def f615():
    R = new('f615', 'answered', None, ['protection', 'governance'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'Note No. 5-12-M/147', [], '2022-01-25',
            'letter in English to a foreign researcher; USD and PEN money in prose, counts', lang='en')
    R.header(['MINISTRY OF FOREIGN AFFAIRS OF PERU', 'Directorate of Protection and Assistance to Nationals'])
    R.p('Lima, January 25, 2022', align='r')
    R.p('Note No. 5-12-M/147', bold=True)
    R.p('Dr. Hannah Whitfield\nSchool of Social Policy, University of Leeds\nUnited Kingdom', after=8)
    R.p('Dear Dr. Whitfield,')
    R.p('With reference to your request under Peru\'s Transparency Law regarding the assistance provided to Peruvian victims of '
        'human trafficking abroad in 2020 and 2021, I am pleased to inform you as follows.', align='j')
    R.p('In 2020 our consular offices assisted ' + C('41', 41, 'victim', y=2020) + ' victims, and in 2021 a further '
        + C('57', 57, 'victim', y=2021) + ' victims. Of the latter, ' + C('33', 33, 'victim', y=2021) + ' were returned to Peru.', align='j')
    R.p('Repatriation costs were covered by a grant from the International Organization for Migration amounting to '
        + M('US$ 52,300', 52300.0, y=2021, r='e', cur='USD') + ', together with national funds of '
        + M('S/ 118,740.00', 118740.0, y=2021, r='e') + ' spent in 2021.', align='j')
    R.p('Yours sincerely,')
    R.sign('Ambassador Claudia Reátegui Morales', 'Director of Protection and Assistance to Nationals')


def f616():
    R = new('f616', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N° 089-2022-GR CUSCO/GRDS', [], '2022-02-03',
            'oficio, table with wrapped headers, 2021 executed and 2022 programmed (mixed periods)',
            notes='2022 rows are plans (out of period) next to 2021 results: answered.')
    top(R, ['GOBIERNO REGIONAL CUSCO', 'Gerencia Regional de Desarrollo Social'], 2022,
        'Cusco, 03 de febrero de 2022', 'OFICIO N° 089-2022-GR CUSCO/GRDS')
    to(R, ['Señora', 'FLOR DE MARÍA HUILLCA SUTTA', 'Presente.-'])
    R.p('Me dirijo a usted para dar respuesta a su pedido de información respecto de las capacitaciones en prevención de la trata '
        'de personas realizadas en el año 2021. Se consigna también la programación aprobada para 2022.', align='j')
    rows = []
    for prov, a, b, c in [('Cusco', 12, 380, 15), ('La Convención', 8, 245, 10), ('Quispicanchi', 6, 190, 8)]:
        rows.append([prov, C(str(a), a, 'capacitación', y=2021), C(str(b), b, 'persona', y=2021), C(str(c), c, 'capacitación', y=2022)])
    R.table([['Provincia', 'Capacitaciones\nrealizadas\n2021', 'Personas\ncapacitadas\n2021', 'Capacitaciones\nprogramadas\n2022']], rows,
            widths=(4, 3.2, 3.2, 3.2), unit='column', caption='Capacitaciones en prevención de la trata de personas')
    R.p('Las capacitaciones se realizaron en el marco del Plan Regional contra la Trata de Personas 2021-2025.', align='j')
    R.sign('LIC. EDGAR HUARCAYA QUISPE', 'Gerente Regional de Desarrollo Social')


def f617():
    R = new('f617', 'out_of_period', None, ['protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 0072-2021-MIMP/DGNNA', [], '2021-01-14',
            'oficio restating the 2019-2020 request, table only with 2016-2017 data')
    top(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General de Niñas, Niños y Adolescentes'], 2021,
        'Lima, 14 de enero de 2021', 'OFICIO N° 0072-2021-MIMP/DGNNA')
    to(R, ['Señor', 'MANUEL CASTRO ÁLVAREZ', 'Presente.-'])
    R.p('Me dirijo a usted en atención a su solicitud de información sobre niñas, niños y adolescentes víctimas de trata atendidos '
        'por las Unidades de Protección Especial en el periodo 2019-2020.', align='j')
    R.p('Al respecto, la información sistematizada disponible en esta Dirección General corresponde a los años siguientes:', align='j')
    rows = []
    for u, a, b in [('UPE Lima', 58, 66), ('UPE Cusco', 21, 25), ('UPE Madre de Dios', 17, 23)]:
        rows.append([u, C(str(a), a, 'niño', y=2016), C(str(b), b, 'niño', y=2017)])
    R.table([['Unidad', '2016', '2017']], rows, widths=(5, 3, 3), unit='caption',
            caption='Niñas, niños y adolescentes víctimas de trata con medida de protección (número)')
    R.p('La información de los años posteriores se encuentra en proceso de consolidación.', align='j')
    R.sign('ABOG. GISELLA VARGAS TELLO', 'Directora General de Niñas, Niños y Adolescentes')


def f618():
    R = new('f618', 'out_of_period', None, ['prevention', 'governance'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'OFICIO N° 037-2021/GOB.REG.TUMBES-GRDS-GR', [], '2021-01-26',
            'oficio, only plans and programmed budget for 2021-2022; period 2020 restated',
            notes='Nothing done in 2020 is reported (no statement that nothing was done); only future plans: out_of_period.')
    top(R, ['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social'], 2021,
        'Tumbes, 26 de enero de 2021', 'OFICIO N° 037-2021/GOB.REG.TUMBES-GRDS-GR')
    to(R, ['Señorita', 'KAREN ZAPATA OLAYA', 'Presente.-'])
    R.p('Es grato dirigirme a usted en atención a su solicitud sobre las acciones contra la trata de personas del año 2020. '
        'Cumplo con informarle que mediante ordenanza regional se aprobó el Plan Regional contra la Trata de Personas 2021-2022, '
        'que prevé las siguientes metas:', align='j')
    R.bullets(['Realizar ' + C('20', 20, 'campaña', y=2021) + ' campañas de sensibilización en zonas de frontera en 2021.',
               'Capacitar a ' + C('150', 150, 'servidor', y=2022) + ' servidores públicos en 2022.',
               'Presupuesto programado para 2021: ' + M('S/ 95 000,00', 95000.0, y=2021, r='a') + '.'])
    R.p('Atentamente,')
    R.sign('LIC. JUAN CARLOS PURIZACA NEIRA', 'Gerente Regional de Desarrollo Social')


def f619():
    R = new('f619', 'out_of_period', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Metropolitana de Lima', 'MML', 'provincial_municipality'),
            'OFICIO N° 0215-2019-MML-GDS', [], '2019-03-12',
            'oficio restating 2018; ruled table with columns for 2015 and 2016 only; money with S/. in cells',
            notes='The counted nouns are in the row labels (Ferias informativas, Personas informadas); their unit_source is given as text.')
    top(R, ['MUNICIPALIDAD METROPOLITANA DE LIMA', 'Gerencia de Desarrollo Social'], 2019,
        'Lima, 12 de marzo de 2019', 'OFICIO N° 0215-2019-MML-GDS')
    to(R, ['Señor', 'ALEJANDRO BENAVIDES TORRES', 'Presente.-'])
    R.p('En atención a su solicitud de información sobre las campañas contra la trata de personas organizadas por esta Gerencia '
        'en el año 2018, le remito el cuadro que obra en los archivos de la Sub Gerencia de la Mujer:', align='j')
    rows = []
    for lab, a, b, w in [('Ferias informativas', 7, 9, 'feria'), ('Personas informadas', 5200, 6350, 'persona')]:
        rows.append([lab, C('{:,}'.format(a), a, w, y=2015), C('{:,}'.format(b), b, w, y=2016)])
    rows.append(['Gasto', M('S/. 18,400.00', 18400.0, y=2015, r='e', u='cell'), M('S/. 22,150.00', 22150.0, y=2016, r='e', u='cell')])
    R.table([['Concepto', '2015', '2016']], rows, widths=(6, 3.5, 3.5), unit='text',
            caption='Campaña "Lima sin Trata"')
    R.p('Atentamente,')
    R.sign('LIC. NORMA SALAZAR VIDAL', 'Gerente de Desarrollo Social')


def f620():
    R = new('f620', 'out_of_period', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 0641-2019-JUS/DGDPAJ', [], '2019-04-02',
            'oficio; requested year only in the subject line; data for ejercicio fiscal 2016')
    top(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'], 2019,
        'Miraflores, 02 de abril de 2019', 'OFICIO N° 0641-2019-JUS/DGDPAJ')
    to(R, ['Señora', 'PAOLA RIVERA CAMPOS', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Defensa pública a víctimas de trata de personas - año 2018')])
    R.p('Me dirijo a usted en relación con el asunto. La Dirección de Asistencia Legal y Defensa de Víctimas informa que, en el '
        'ejercicio fiscal 2016, los defensores públicos patrocinaron ' + C('312', 312, 'víctima', y=2016) + ' víctimas de trata de '
        'personas, con un gasto devengado de ' + M('S/ 1 046 820,55', 1046820.55, y=2016, r='e') + '.', align='j')
    R.p('Atentamente,')
    R.sign('DR. ERNESTO SALDAÑA PIÑÁN', 'Director General de Defensa Pública y Acceso a la Justicia')
