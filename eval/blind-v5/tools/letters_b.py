"""blind-v5 letters e513-e524."""
from common import *
from lib import plain


def e513():
    R = new('e513', 'answered', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0356-2019-GOREMAD/GRPPAT', ['Solicitud N° 0087-2019-GOREMAD/ST'],
            '2019-03-05', 'short oficio + landscape SIAF-like annex (fuente / genérica / meta rows), unit "en miles de soles" in the page title block',
            notes='Annex amounts are in thousands of soles (stated once in the annex title block): values x1000', photo=True)
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'],
             logo=(logo_png('goremad', 'GRMD', 'shield', (0, 110, 50)), 1.4))
    lema(R, 2019)
    R.p('Puerto Maldonado, 05 MAR 2019', align='r')
    R.p('OFICIO N° 0356-2019-GOREMAD/GRPPAT', bold=True)
    to(R, ['Señora', 'LUZ MARINA HUARCAYA PALOMINO', 'Presente'])
    R.p('ASUNTO   : Remite información presupuestal sobre trata de personas – 2018', bold=True)
    R.p('REF.         : Solicitud N° 0087-2019-GOREMAD/ST', bold=True)
    R.p('Me dirijo a usted para remitirle, en anexo, el reporte de ejecución presupuestal del ejercicio fiscal 2018 de las metas vinculadas al Plan '
        'Regional contra la Trata de Personas de Madre de Dios, extraído del aplicativo SIAF-SP.', align='j')
    R.p('Atentamente,')
    R.sign('Econ. HUGO RENÁN PACHECO ÁLVAREZ', 'Gerente Regional de Planeamiento, Presupuesto y A.T.')
    R.landscape()
    R.p('ANEXO – REPORTE DE EJECUCIÓN PRESUPUESTAL POR META, AÑO FISCAL 2018', bold=True, align='c', after=0)
    R.p('Pliego 455: Gobierno Regional del Departamento de Madre de Dios – Unidad Ejecutora 001 Sede Central', align='c', size=9, after=0)
    R.p('(Expresado en miles de soles)', align='c', size=9, italic=True)
    k = lambda v: '{:,.1f}'.format(v)
    data = [
        ('1', 'RECURSOS ORDINARIOS', '2.3', 'BIENES Y SERVICIOS', '0045', 'Fortalecimiento de la Mesa Regional contra la Trata de Personas', 120.0, 164.5, 158.2, 151.9),
        ('1', 'RECURSOS ORDINARIOS', '2.3', 'BIENES Y SERVICIOS', '0046', 'Sensibilización en corredores mineros (Mazuko – Laberinto)', 210.0, 245.8, 239.4, 236.1),
        ('1', 'RECURSOS ORDINARIOS', '2.6', 'ADQUISICIÓN DE ACTIVOS NO FINANCIEROS', '0046', 'Sensibilización en corredores mineros (Mazuko – Laberinto)', 0.0, 38.0, 37.6, 37.6),
        ('5', 'RECURSOS DETERMINADOS', '2.3', 'BIENES Y SERVICIOS', '0047', 'Difusión de la Línea 1818 en instituciones educativas', 95.0, 102.3, 88.0, 80.4),
    ]
    rows = []
    for fu, fn, ge, gn, me, mn, pia, pim, cert, dev in data:
        lab = '%s %s' % (me, mn)
        rows.append([fu + ' ' + fn, ge + ' ' + gn, me, mn, M(k(pia), pia * 1000, y=2018, r='a', row=lab + ' / ' + ge),
                     M(k(pim), pim * 1000, y=2018, r='a', row=lab + ' / ' + ge), M(k(cert), cert * 1000, y=2018, r='c', row=lab + ' / ' + ge),
                     M(k(dev), dev * 1000, y=2018, r='e', row=lab + ' / ' + ge), P('{:.1f}'.format(dev / pim * 100), round(dev / pim * 100, 1), y=2018, u='column', row=lab + ' / ' + ge)])
    T = [sum(d[i] for d in data) for i in range(6, 10)]
    rows.append(['TOTAL', '', '', '', M(k(T[0]), round(T[0] * 1000, 2), y=2018, r='a', row='TOTAL'), M(k(T[1]), round(T[1] * 1000, 2), y=2018, r='a', row='TOTAL'),
                 M(k(T[2]), round(T[2] * 1000, 2), y=2018, r='c', row='TOTAL'), M(k(T[3]), round(T[3] * 1000, 2), y=2018, r='e', row='TOTAL'),
                 P('{:.1f}'.format(T[3] / T[1] * 100), round(T[3] / T[1] * 100, 1), y=2018, u='column', row='TOTAL')])
    R.table([['Fuente de financiamiento', 'Genérica de gasto', 'Meta', 'Descripción de la meta', 'PIA', 'PIM', 'Certificación', 'Devengado', 'Avance %']],
            rows, widths=(3.6, 3.8, 1.3, 7.0, 1.8, 1.8, 2.2, 2.2, 1.6), size=8.5, unit='page', bold_rows=(4,),
            merges=[(5, 0, 5, 3)])
    R.p('Fuente: SIAF-SP, consulta al 31/12/2018. PIA: Presupuesto Institucional de Apertura; PIM: Presupuesto Institucional Modificado.', size=8, italic=True)


def e514():
    R = new('e514', 'answered', None, ['protection'], ('2017-01-01', '2018-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 1620-2019-JUS/DGDPAJ', ['Informe N° 077-2019-JUS/DGDPAJ-DAV'],
            '2019-05-21', 'oficio, prose with counts per year in the two requested years, one percent, numbered paragraphs')
    R.header(['Ministerio de Justicia y Derechos Humanos', 'Dirección General de Defensa Pública y Acceso a la Justicia'], logo=(logo_png('minjus', 'MJ', 'square', (120, 0, 0)), 1.3), align='l')
    lema(R, 2019)
    R.p('Miraflores, 21 de mayo de 2019', align='r')
    R.p('OFICIO N° 1620-2019-JUS/DGDPAJ', bold=True)
    to(R, ['Señora', 'PATRICIA ELENA BUSTAMANTE ARCE', 'Ciudad'])
    R.p('Asunto: Solicitud de información sobre defensa de víctimas de trata (2017-2018)', bold=True)
    R.p('Tengo a bien dirigirme a usted, en atención a su solicitud, y conforme a lo informado por la Dirección de Asistencia Legal y Defensa de '
        'Víctimas mediante Informe N° 077-2019-JUS/DGDPAJ-DAV, le comunico lo siguiente:', align='j')
    R.p('1. En el año 2017 los defensores públicos de víctimas brindaron patrocinio legal a ' + C('389', 389, 'víctima', y=2017) + ' víctimas del delito de trata de personas.', align='j')
    R.p('2. En el año 2018 el número de víctimas patrocinadas ascendió a ' + C('412', 412, 'víctima', y=2018) + ', lo que representa un incremento del ' +
        P('5,9 %', 5.9, y=2018) + ' respecto del año anterior.', align='j')
    R.p('3. Al 31 de diciembre de 2018 la Dirección contaba con ' + C('27', 27, 'defensor público', y=2018) + ' defensores públicos con especialización en trata '
        'de personas, distribuidos en ' + C('14', 14, 'distrito judicial', y=2018) + ' distritos judiciales.', align='j')
    R.p('Atentamente,')
    R.sign('JAVIER ERNESTO LOAYZA FLORES', 'Director General de Defensa Pública y Acceso a la Justicia')


def e515():
    R = new('e515', 'out_of_period', None, ['prevention'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00274-2021-MINEDU/VMGP-DIGEBR', [],
            '2021-02-09', 'oficio giving only plans for 2021-2022 for a 2019-2020 request, planned budget in table',
            notes='Requested 2019-2020 restated; reply gives only what is planned for 2021 and 2022 -> out_of_period')
    R.header(['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'], logo=(logo_png('minedu', 'ME', 'square', (180, 0, 0)), 1.3))
    lema(R, 2021, size=8)
    R.p('San Borja, 9 de febrero de 2021', align='r')
    R.p('OFICIO N° 00274-2021-MINEDU/VMGP-DIGEBR', bold=True)
    to(R, ['Señor', 'GUSTAVO ADOLFO LINARES PEÑA', 'Presente.-'])
    R.p('Asunto: Acciones de prevención de la trata de personas en el sistema educativo, años 2019 y 2020', bold=True)
    R.p('Me dirijo a usted en atención a su pedido de información sobre las acciones de prevención de la trata de personas desarrolladas por el Ministerio '
        'en los años 2019 y 2020. Al respecto, informo que la Dirección viene formulando la estrategia "Escuelas seguras frente a la trata", '
        'cuya implementación se ha programado según el siguiente detalle:', align='j')
    rows = [['2021', C('3 500', 3500, 'docente', y=2021), C('120', 120, 'institución educativa', y=2021), M('S/ 640 000,00', 640000.0, y=2021, r='a', u='cell')],
            ['2022', C('6 000', 6000, 'docente', y=2022), C('250', 250, 'institución educativa', y=2022), M('S/ 1 080 000,00', 1080000.0, y=2022, r='a', u='cell')]]
    R.table([['Año', 'Docentes por\ncapacitar', 'Instituciones\neducativas', 'Presupuesto\nprogramado']], rows, widths=(2.0, 3.3, 3.3, 4.0), size=10, num_align='c')
    R.p('Cabe precisar que, a la fecha, la estrategia no cuenta con resultados de ejecución.', align='j')
    R.p('Atentamente,')
    R.sign('ROCÍO DEL PILAR SÁNCHEZ MORI', 'Directora General de Educación Básica Regular')


def e516():
    R = new('e516', 'answered', None, ['prosecution'], ('2017-01-01', '2018-12-31'),
            S('Poder Judicial', 'PJ', 'autonomous'),
            'OFICIO N° 000512-2019-GG-PJ', ['Informe N° 000143-2019-SEJ-GG-PJ'],
            '2019-04-30', 'oficio + two-level table (condenatorias / absolutorias by year) per Corte Superior, percent in prose')
    R.header(['PODER JUDICIAL DEL PERÚ', 'GERENCIA GENERAL'], logo=(logo_png('pj', 'PJ', 'shield', (110, 20, 20)), 1.3))
    lema(R, 2019)
    R.p('Lima, 30 de abril de 2019', align='r')
    R.p('OFICIO N° 000512-2019-GG-PJ', bold=True)
    to(R, ['Señorita', 'VALERIA SOFÍA CHUMPITAZ LEÓN', 'Presente'])
    R.p('Asunto: Sentencias por delito de trata de personas, años 2017-2018', bold=True)
    R.p('Es grato dirigirme a usted para remitirle la información elaborada por la Subgerencia de Estadística Judicial (Informe N° 000143-2019-SEJ-GG-PJ) '
        'sobre las sentencias expedidas en procesos por delito de trata de personas:', align='j')
    d = [('Lima', (21, 9), (26, 8)), ('Cusco', (11, 4), (14, 5)), ('Madre de Dios', (13, 6), (17, 4)), ('Loreto', (8, 5), (9, 3)), ('Puno', (6, 4), (7, 2))]
    rows = []
    for lab, a, b in d:
        rows.append([lab, C(str(a[0]), a[0], 'sentencia condenatoria', y=2017), C(str(a[1]), a[1], 'sentencia absolutoria', y=2017),
                     C(str(b[0]), b[0], 'sentencia condenatoria', y=2018), C(str(b[1]), b[1], 'sentencia absolutoria', y=2018)])
    t = [sum(x[1][0] for x in d), sum(x[1][1] for x in d), sum(x[2][0] for x in d), sum(x[2][1] for x in d)]
    rows.append(['Total', C(str(t[0]), t[0], 'sentencia condenatoria', y=2017), C(str(t[1]), t[1], 'sentencia absolutoria', y=2017),
                 C(str(t[2]), t[2], 'sentencia condenatoria', y=2018), C(str(t[3]), t[3], 'sentencia absolutoria', y=2018)])
    R.table([['Corte Superior de Justicia', '2017', '', '2018', ''], ['', 'Condenatorias', 'Absolutorias', 'Condenatorias', 'Absolutorias']], rows,
            merges=[(0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)], widths=(4.5, 2.6, 2.6, 2.6, 2.6), size=9.5, num_align='c', bold_rows=(5,))
    pc = round(t[2] / (t[2] + t[3]) * 100, 1)
    R.p('En el año 2018 las sentencias condenatorias representaron el ' + P('{:.1f}%'.format(pc), pc, y=2018) + ' del total de sentencias en las cortes informadas.', align='j')
    R.p('Atentamente,')
    R.sign('ING. CÉSAR AUGUSTO MORALES NÚÑEZ', 'Gerente General (e) del Poder Judicial')


def e517():
    R = new('e517', 'missing', 'not_competent_referred', ['governance'], ('2018-01-01', '2019-12-31'),
            S('Municipalidad Metropolitana de Lima', 'MML', 'provincial_municipality'),
            'CARTA N° 0742-2020-MML-SGTYAI', ['Expediente N° 0159321-2020'],
            '2020-03-10', 'carta stating lack of competence and forwarding to MIMP and MININTER')
    R.header(['MUNICIPALIDAD METROPOLITANA DE LIMA', 'Subgerencia de Transparencia y Acceso a la Información'], logo=(logo_png('mml', 'MML', 'shield', (150, 110, 0)), 1.4))
    lema(R, 2020)
    R.p('Lima, 10 de marzo de 2020')
    R.p('CARTA N° 0742-2020-MML-SGTYAI', bold=True)
    to(R, ['Señor', 'ALONSO RAFAEL BEDOYA CHÁVEZ', 'Presente.-'])
    R.p('Referencia: Expediente N° 0159321-2020', bold=True)
    R.p('De mi consideración:')
    R.p('Me dirijo a usted en relación con el expediente de la referencia, por el cual solicita conocer el presupuesto asignado y ejecutado para la '
        'implementación del Plan Nacional de Acción contra la Trata de Personas en los años 2018 y 2019.', align='j')
    R.p('Sobre el particular, la Gerencia de Planificación ha señalado que la Municipalidad Metropolitana de Lima no es la entidad responsable de la '
        'conducción ni del financiamiento de dicho plan, por lo que no posee la información solicitada. En aplicación del artículo 11, literal b), del '
        'TUO de la Ley N° 27806, su solicitud ha sido remitida al Ministerio de la Mujer y Poblaciones Vulnerables y al Ministerio del Interior, '
        'entidades que podrían contar con ella, lo que se le pone en conocimiento.', align='j')
    R.p('Atentamente,')
    R.sign('CPC. ELIANA MERCEDES TORRES ROSALES', 'Subgerente de Transparencia y Acceso a la Información')


def e518():
    R = new('e518', 'missing', 'not_competent', ['prevention'], None,
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'OFICIO N° 000219-2019-SG-UNMSM', [],
            '2019-06-18', 'short university oficio saying it has no competence, no referral, period not restated')
    R.header(['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Universidad del Perú, DECANA DE AMÉRICA', 'Secretaría General'], logo=(logo_png('unmsm', 'SM', 'circle', (120, 30, 30)), 1.4))
    lema(R, 2019)
    R.p('Lima, 18 de junio de 2019', align='r')
    R.p('OFICIO N° 000219-2019-SG-UNMSM', bold=True)
    to(R, ['Señor', 'ERNESTO JAVIER LUQUE CAMPOS', 'Presente'])
    R.p('Me dirijo a usted en atención a su solicitud sobre las campañas de sensibilización contra la trata de personas dirigidas a estudiantes.', align='j')
    R.p('Al respecto, cumplo con informarle que la Universidad no forma parte de las entidades responsables del Plan Nacional de Acción contra la Trata '
        'de Personas ni tiene asignadas funciones en esa materia, motivo por el cual no está en condiciones de atender lo solicitado.', align='j')
    R.p('Atentamente,')
    R.sign('Dra. SILVIA BEATRIZ ROMÁN VALDEZ', 'Secretaria General')


def e519():
    R = new('e519', 'answered', None, ['prosecution', 'protection'], ('2018-10-01', '2019-09-30'),
            S('Embassy of the United States of America in Lima', None, 'foreign'),
            None, [],
            '2019-11-20', 'English letter on embassy letterhead, USD amounts in "million" form and with $ sign, no reference number', lang='en', font='Times New Roman',
            notes='Fiscal year 2019 (Oct 2018 - Sep 2019) restated as the requested period; "$450,000" is a US dollar amount')
    R.header(['EMBASSY OF THE UNITED STATES OF AMERICA', 'Bureau of International Narcotics and Law Enforcement Affairs (INL) · Lima, Peru'], logo=(logo_png('usemb', 'US', 'circle', (20, 40, 110)), 1.3))
    R.p('November 20, 2019', align='r')
    to(R, ['Mr. Andrés Villanueva Soto', 'Lima, Peru'])
    R.p('Dear Mr. Villanueva:')
    R.p('Thank you for your inquiry regarding U.S. assistance to Peru\'s efforts against trafficking in persons during U.S. fiscal year 2019 '
        '(October 1, 2018 – September 30, 2019).', align='j')
    R.p('In that period, INL obligated ' + M('$1.2 million', 1200000.0, y=2019, r='c', cur='USD') + ' for anti-trafficking programs in Peru, '
        'of which ' + M('$450,000', 450000.0, y=2019, cur='USD') + ' supported specialized training for the Peruvian National Police and the Public Ministry. '
        'Through these programs, ' + C('320', 320, 'police officer', y=2019) + ' police officers and ' + C('95', 95, 'prosecutor', y=2019) + ' prosecutors were trained on victim-centered '
        'investigations.', align='j')
    R.p('In addition, the program funded shelter services for ' + C('48', 48, 'survivor', y=2019) + ' survivors in Madre de Dios and Cusco through a local partner organization.', align='j')
    R.p('Sincerely,')
    R.sign('Laura K. Whitfield', 'Director, INL Section', align='l')
    return R


def e520():
    R = new('e520', 'answered', None, ['prevention', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional del Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N° 412-2020-GR CUSCO/GRDS', ['Informe N° 019-2020-GR CUSCO/GRDS-SGPS'],
            '2020-02-25', 'oficio with a ruled table by province, mixes 2019 (requested) with a 2016 baseline figure',
            notes='Mixes in-period (2019) and out-of-period (2016 baseline) figures -> answered')
    R.header(['GOBIERNO REGIONAL CUSCO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], logo=(logo_png('grcusco', 'GRC', 'shield', (140, 90, 0)), 1.3))
    lema(R, 2020)
    R.p('Cusco, 25 de febrero de 2020', align='r')
    R.p('OFICIO N° 412-2020-GR CUSCO/GRDS', bold=True)
    to(R, ['Señora', 'YESSENIA QUISPE CUTIPA', 'Urb. Magisterio, segunda etapa K-7 – Cusco'])
    R.p('ASUNTO: Acciones de prevención de la trata de personas en el año 2019', bold=True)
    R.p('Tengo el agrado de dirigirme a usted para informarle que, de acuerdo con el Informe N° 019-2020-GR CUSCO/GRDS-SGPS, durante el año 2019 la '
        'Gerencia ejecutó actividades de prevención en las provincias priorizadas por la Comisión Regional contra la Trata de Personas:', align='j')
    d = [('Cusco', 14, 980), ('La Convención', 11, 742), ('Quispicanchi', 9, 615), ('Canchis', 6, 388)]
    rows = [[p, C(str(a), a, 'taller', y=2019), C('{:,}'.format(b).replace(',', '.') if b >= 1000 else str(b), b, 'participante', y=2019)] for p, a, b in d]
    rows.append(['Total', C('40', 40, 'taller', y=2019), C('2.725', 2725, 'participante', y=2019)])
    R.table([['Provincia', 'Talleres', 'Participantes']], rows, widths=(4.5, 3.0, 3.5), size=10, num_align='c', bold_rows=(4,))
    R.p('La Comisión Regional sesionó ' + C('5', 5, 'sesión', y=2019) + ' veces en 2019. A modo de referencia, en el año 2016, cuando se instaló la Comisión, '
        'se realizaron solo ' + C('8', 8, 'taller', y=2016) + ' talleres en toda la región.', align='j')
    R.p('Atentamente,')
    R.sign('Mg. EDGAR WILBER HUILLCA QUISPE', 'Gerente Regional de Desarrollo Social')


def e521():
    R = new('e521', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0911-2019-MTPE/2/15', ['Memorando N° 0203-2019-MTPE/2/15.1'],
            '2019-04-16', 'short oficio, substantive null answer (no cases in 2018), no figures',
            notes='Substantive null: no complaints or cases of forced labour registered in 2018')
    R.header(['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], logo=(logo_png('mtpe', 'MT', 'square', (160, 0, 30)), 1.3))
    lema(R, 2019)
    R.p('Jesús María, 16 de abril de 2019', align='r')
    R.p('OFICIO N° 0911-2019-MTPE/2/15', bold=True)
    to(R, ['Señor', 'RAÚL ANTONIO GAMARRA VELA', 'Presente.-'])
    R.p('Asunto: Casos de trabajo forzoso vinculados a trata de personas – año 2018', bold=True)
    R.p('Tengo el agrado de dirigirme a usted, con relación a su solicitud de información, para comunicarle que, según lo informado mediante '
        'Memorando N° 0203-2019-MTPE/2/15.1, durante el año 2018 esta Dirección General no recibió denuncias ni registró casos de trabajo forzoso '
        'vinculados a la trata de personas con fines de explotación laboral que hayan sido derivados por la inspección del trabajo o por otras entidades.', align='j')
    R.p('Lo que comunico para su conocimiento.', align='j')
    R.p('Atentamente,')
    R.sign('ABOG. MÓNICA ISABEL CHÁVEZ DÍAZ', 'Directora General de Derechos Fundamentales y Seguridad y Salud en el Trabajo')


def e522():
    R = new('e522', 'missing', 'off_topic', [], None,
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'RESOLUCIÓN DIRECTORAL N° 0087-2019-EF/50.01', ['Decreto Legislativo N° 1440'],
            '2019-08-23', 'budget modification resolution (transfer between programs for water and sanitation); not about trafficking',
            notes='off-topic: budget modification resolution received instead of an answer')
    R.header(['MINISTERIO DE ECONOMÍA Y FINANZAS', 'Dirección General de Presupuesto Público'], logo=(logo_png('mef', 'MEF', 'square', (0, 60, 120)), 1.3))
    R.p('RESOLUCIÓN DIRECTORAL N° 0087-2019-EF/50.01', bold=True, align='c')
    R.p('Lima, 23 de agosto de 2019', align='c')
    R.p('CONSIDERANDO:', bold=True)
    R.p('Que, el Decreto Legislativo N° 1440, Decreto Legislativo del Sistema Nacional de Presupuesto Público, regula las modificaciones presupuestarias en el nivel funcional programático;', align='j')
    R.p('Que, la Unidad Ejecutora 001 ha solicitado habilitar recursos por ' + M('S/ 3 460 250,00', 3460250.0) + ' a favor del programa presupuestal '
        '0083 "Programa Nacional de Saneamiento Rural", con cargo a los saldos de la actividad de mantenimiento de locales institucionales;', align='j')
    R.p('SE RESUELVE:', bold=True)
    R.p('Artículo 1.- Autorizar la modificación presupuestaria en el nivel funcional programático del Presupuesto del Sector Público para el Año Fiscal 2019, conforme al detalle siguiente:', align='j')
    rows = [['Anulación', '9002 Asignaciones presupuestarias que no resultan en productos', M('3,460,250.00', 3460250.0, y=2019)],
            ['Habilitación', '0083 Programa Nacional de Saneamiento Rural', M('2,910,000.00', 2910000.0, y=2019)],
            ['Habilitación', '0082 Programa Nacional de Saneamiento Urbano', M('550,250.00', 550250.0, y=2019)]]
    R.table([['Tipo', 'Programa presupuestal', 'Monto (S/)']], rows, widths=(3.0, 9.0, 3.5), size=9.5, row_label_fn=lambda i, rw: plain(rw[1]))
    R.p('Artículo 2.- Las unidades ejecutoras elaboran las notas de modificación presupuestaria que se requieran.', align='j')
    R.p('Regístrese y comuníquese.', align='j')
    R.sign('CARLOS ENRIQUE LINARES DEL ÁGUILA', 'Director General de Presupuesto Público')


def e523():
    R = new('e523', 'missing', 'clarification', [], None,
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'CARTA N° 118-2019-SG-MPM', ['Solicitud N° 2210-2019'],
            '2019-05-07', 'carta asking the requester to specify period and information (subsanar), no axes stated')
    R.header(['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Secretaría General – Iquitos'], logo=(logo_png('mpm', 'MPM', 'circle', (0, 110, 90)), 1.3))
    lema(R, 2019)
    R.p('Iquitos, 07 de mayo de 2019', align='r')
    R.p('CARTA N° 118-2019-SG-MPM', bold=True)
    to(R, ['Señora', 'DIANA CAROLINA RÍOS DEL ÁGUILA', 'Presente.-'])
    R.p('Ref.: Solicitud N° 2210-2019', bold=True)
    R.p('Me dirijo a usted con relación a su solicitud de la referencia, en la que pide "toda la información que tenga la municipalidad sobre trata de personas".', align='j')
    R.p('Al respecto, y a fin de poder atenderla, le solicitamos precisar: (i) el periodo sobre el cual requiere la información; y (ii) el tipo de '
        'información o documentos que solicita. Para ello cuenta con un plazo de dos días hábiles, conforme al Reglamento de la Ley N° 27806; '
        'vencido dicho plazo sin la subsanación, se dará por concluido el trámite.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. JUAN CARLOS PINEDO RENGIFO', 'Secretario General')


def e524():
    R = new('e524', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('United Nations Office on Drugs and Crime', 'UNODC', 'foreign'),
            'UNODC/COPER/2019/044', [],
            '2019-03-18', 'English e-mail style letter; gives 2014-2015 training data only for a 2018 request', lang='en', font='Calibri',
            notes='Request for 2018 restated; reply gives only 2014-2015 project figures -> out_of_period')
    R.header(['United Nations Office on Drugs and Crime', 'Country Office in Peru and Ecuador'], logo=(logo_png('unodc', 'UN', 'circle', (0, 120, 190)), 1.3), align='l')
    R.p('Our ref.: UNODC/COPER/2019/044', bold=True)
    R.p('Lima, 18 March 2019')
    to(R, ['Mr. Piero Gallegos Farfán'])
    R.p('Subject: Training of justice operators on trafficking in persons, 2018', bold=True)
    R.p('Dear Mr. Gallegos,')
    R.p('With reference to your request concerning trainings delivered in 2018, please note that UNODC did not implement a trafficking project in '
        'Peru during 2018. The most recent project ("Strengthening criminal justice responses to TIP") ran from 2014 to 2015. Under that project:', align='j')
    R.p('–  In 2014, ' + C('146', 146, 'prosecutor', y=2014) + ' prosecutors and ' + C('58', 58, 'judge', y=2014) + ' judges were trained;', indent=0.5)
    R.p('–  In 2015, ' + C('212', 212, 'police officer', y=2015) + ' police officers were trained in Lima, Cusco and Puno;', indent=0.5)
    R.p('–  The total project budget was ' + M('USD 780,000', 780000.0, r='a', cur='USD') + ', of which ' + P('96%', 96.0) + ' was executed.', indent=0.5)
    R.p('Kind regards,')
    R.sign('Sofía Marchetti', 'Programme Officer', align='l')
