"""blind-v5 letters e501-e512."""
from common import *
from lib import plain


def e501():
    R = new('e501', 'answered', None, ['governance', 'prevention', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 1187-2019-MIMP/DGCVG', ['Informe Técnico N° 044-2019-MIMP/DGCVG-DATPS', 'Solicitud de Acceso N° 0392-2019'],
            '2019-04-08', 'oficio + informe técnico, ruled budget table with wrapped headers, unit in caption, amounts with space thousands and decimal comma',
            photo=True)
    R.header(['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General contra la Violencia de Género'],
             logo=(logo_png('mimp', 'MIMP', 'square', (160, 20, 60)), 1.6))
    lema(R, 2019)
    R.p('Lima, 08 de abril de 2019', align='r')
    R.p('OFICIO N° 1187-2019-MIMP/DGCVG', bold=True, under=True)
    to(R, ['Señora', 'ROSA ELVIRA QUISPE HUAMANÍ', 'Av. Arequipa 2415, dpto. 302 – Lince', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a solicitud de acceso a la información pública'),
           ('Referencia', ': Solicitud de Acceso N° 0392-2019 (Exp. 19-0011873)')])
    R.p('Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
        'sobre las acciones y el presupuesto del Ministerio vinculados a la Política Nacional frente a la Trata de Personas durante el año 2018.', align='j')
    R.p('Al respecto, remito adjunto el Informe Técnico N° 044-2019-MIMP/DGCVG-DATPS, elaborado por la Dirección de Asistencia Técnica y '
        'Promoción Territorial, que contiene la información requerida.', align='j')
    R.p('Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.', align='j')
    R.p('Atentamente,')
    R.sign('MARÍA TERESA CÁCERES ROJAS', 'Directora General', 'Dirección General contra la Violencia de Género')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 044-2019-MIMP/DGCVG-DATPS', bold=True, align='c')
    kv(R, [('A', ': MARÍA TERESA CÁCERES ROJAS, Directora General'), ('De', ': LUIS ALBERTO PAREDES SOTO, Especialista'),
           ('Asunto', ': Información sobre trata de personas – año 2018'), ('Fecha', ': Lima, 3 de abril de 2019')], size=10)
    R.p('1. En el año 2018 la Dirección brindó asistencia técnica a ' + C('19', 19, 'gobierno regional', y=2018) + ' gobiernos regionales para la '
        'instalación o reactivación de sus redes regionales contra la trata de personas, y capacitó a ' + C('1 146', 1146, 'servidor', y=2018) +
        ' servidores públicos en la identificación de casos.', align='j', size=10)
    R.p('2. Los Centros Emergencia Mujer reportaron ' + C('317', 317, 'caso', y=2018) + ' casos de trata de personas atendidos en el año, '
        'de los cuales el ' + P('88,6 %', 88.6, y=2018) + ' correspondió a mujeres.', align='j', size=10)
    R.p('3. La ejecución presupuestal de las actividades vinculadas se resume a continuación:', align='j', size=10)
    act = [('Asistencia técnica a redes regionales', 412300.00, 468900.00, 455120.50, 449870.25),
           ('Campaña "Ojos bien abiertos"', 286000.00, 311450.00, 309800.00, 301226.40),
           ('Atención en CEM (casos de trata)', 1250000.00, 1318700.00, 1290455.10, 1268390.75)]
    def sp(v):
        s = '{:,.2f}'.format(v).replace(',', ' ').replace('.', ',')
        return s
    rows = []
    for a, pia, pim, cert, dev in act:
        rows.append([a, M(sp(pia), pia, y=2018, r='a'), M(sp(pim), pim, y=2018, r='a'), M(sp(cert), cert, y=2018, r='c'),
                     M(sp(dev), dev, y=2018, r='e'), P('{:.1f}'.format(dev / pim * 100).replace('.', ','), round(dev / pim * 100, 1), y=2018, u='column')])
    tp = sum(x[1] for x in act); tm = sum(x[2] for x in act); tc = sum(x[3] for x in act); td = sum(x[4] for x in act)
    rows.append(['Total', M(sp(tp), tp, y=2018, r='a'), M(sp(tm), tm, y=2018, r='a'), M(sp(tc), round(tc, 2), y=2018, r='c'),
                 M(sp(td), round(td, 2), y=2018, r='e'), P('{:.1f}'.format(td / tm * 100).replace('.', ','), round(td / tm * 100, 1), y=2018, u='column')])
    R.table([['Actividad', 'Presupuesto\nInstitucional de\nApertura (PIA)', 'Presupuesto\nInstitucional\nModificado (PIM)', 'Certificación', 'Devengado', 'Avance\n(%)']],
            rows, widths=(5.0, 2.6, 2.8, 2.5, 2.5, 1.5), size=8.5, unit='caption', bold_rows=(3,),
            caption='Cuadro N° 1. Ejecución presupuestal 2018 (en soles)')
    R.p('Fuente: Consulta Amigable – SIAF, al 31.12.2018.', size=8, italic=True)
    R.sign('LUIS ALBERTO PAREDES SOTO', 'Especialista – DATPS', before=14)


def e502():
    R = new('e502', 'answered', None, ['prosecution'], ('2017-01-01', '2018-12-31'),
            S('Policía Nacional del Perú', 'PNP', 'police'),
            'OFICIO N° 214-2019-DIRNIC-PNP/DIRCTPTIM-SEC', ['Solicitud N° 2019-000871'],
            '2019-02-19', 'oficio, two-level header table (year over operativos/víctimas/detenidos), counts only, RECIBIDO stamp',
            photo=True)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL', 'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'],
             logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.5), align='l')
    R.stamp(['RECIBIDO', '21 FEB. 2019', 'Hora: 10:42'], width=3.6)
    R.p('OFICIO N° 214-2019-DIRNIC-PNP/DIRCTPTIM-SEC', bold=True)
    R.p('Lima, 19 FEB 2019')
    to(R, ['Señor', 'JORGE ENRIQUE VILCHEZ LAOS', 'Investigador – Observatorio Ciudadano', 'Ciudad.-'])
    kv(R, [('ASUNTO', ': Remite información estadística sobre trata de personas, años 2017 y 2018.'), ('REF.', ': Solicitud N° 2019-000871 del 04FEB2019.')])
    R.p('Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para remitirle la información consolidada por esta '
        'Dirección sobre las intervenciones contra la trata de personas realizadas a nivel nacional en los años 2017 y 2018:', align='j')
    rows = []
    data = [('DIRCTPTIM – Lima', (118, 402, 96), (131, 455, 104)), ('DEPINCRI Cusco', (21, 57, 18), (26, 71, 22)),
            ('DEPINCRI Madre de Dios', (34, 119, 41), (39, 137, 45)), ('DEPINCRI Loreto', (17, 48, 13), (15, 52, 16)),
            ('DEPINCRI Puno', (12, 33, 9), (14, 29, 11))]
    for lab, a, b in data:
        rows.append([lab, C(str(a[0]), a[0], 'operativo', y=2017), C(str(a[1]), a[1], 'víctima', y=2017), C(str(a[2]), a[2], 'detenido', y=2017),
                     C(str(b[0]), b[0], 'operativo', y=2018), C(str(b[1]), b[1], 'víctima', y=2018), C(str(b[2]), b[2], 'detenido', y=2018)])
    t17 = [sum(d[1][i] for d in data) for i in range(3)]; t18 = [sum(d[2][i] for d in data) for i in range(3)]
    rows.append(['TOTAL'] + [C(str(t17[i]), t17[i], w, y=2017) for i, w in enumerate(['operativo', 'víctima', 'detenido'])] +
                [C(str(t18[i]), t18[i], w, y=2018) for i, w in enumerate(['operativo', 'víctima', 'detenido'])])
    R.table([['Unidad', '2017', '', '', '2018', '', ''], ['', 'Operativos', 'Víctimas rescatadas', 'Detenidos', 'Operativos', 'Víctimas rescatadas', 'Detenidos']],
            rows, merges=[(0, 1, 0, 3), (0, 4, 0, 6), (0, 0, 1, 0)], widths=(3.8, 2.2, 2.1, 1.9, 2.2, 2.1, 1.9), size=8.5, unit='column',
            bold_rows=(5,), num_align='c', note='Fuente: Sistema de Registro y Estadística del delito de Trata de Personas (RETA-PNP). Datos al 31 de enero de 2019.')
    R.p('Es propicia la ocasión para expresarle los sentimientos de mi consideración y estima personal.', align='j')
    R.p('Dios guarde a Ud.', align='c')
    R.sign('OA-318475', 'CARLOS ALBERTO ZEGARRA MEJÍA\nCORONEL PNP\nJefe de la DIRCTPTIM', before=20)


def e503():
    R = new('e503', 'answered', None, ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Ministerio Público – Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000093-2020-MP-FN-GG-OFAEC', ['Solicitud de Acceso a la Información N° 0154-2020'],
            '2020-01-28', 'oficio of the Observatorio de Criminalidad, table of cases by distrito fiscal continuing onto page 2 with repeated header, percentages')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Gerencia General – Oficina de Análisis Estratégico contra la Criminalidad'],
             logo=(logo_png('mpfn', 'MP', 'circle', (0, 60, 120)), 1.5))
    lema(R, 2020)
    R.p('Lima, 28 de enero del 2020', align='r')
    R.p('OFICIO N° 000093-2020-MP-FN-GG-OFAEC', bold=True)
    to(R, ['Señorita', 'ANDREA LUCÍA MONTOYA REÁTEGUI', 'Jr. Cailloma 467, of. 12 – Cercado de Lima'])
    R.p('Asunto: Atención a la Solicitud de Acceso a la Información N° 0154-2020.', bold=True)
    R.p('De mi consideración:')
    R.p('Me dirijo a usted con relación a la solicitud del asunto, en la que requiere el número de casos registrados por el delito de trata de personas '
        '(artículo 153 del Código Penal) en el periodo enero – diciembre de 2019, por distrito fiscal.', align='j')
    R.p('Según el Sistema de Gestión Fiscal (SGF), en dicho periodo se registraron ' + C('1 906', 1906, 'caso', y=2019) + ' casos a nivel nacional. '
        'La distribución se presenta en el cuadro siguiente:', align='j')
    d = [('Lima', 412), ('Lima Norte', 98), ('Lima Este', 87), ('Lima Sur', 54), ('Callao', 61), ('Cusco', 143), ('Madre de Dios', 127),
         ('Loreto', 119), ('Puno', 102), ('Arequipa', 96), ('Tumbes', 58), ('Piura', 74), ('La Libertad', 81), ('Junín', 77), ('Ucayali', 69),
         ('San Martín', 52), ('Ayacucho', 41), ('Lambayeque', 48), ('Áncash', 39), ('Tacna', 37), ('Otros distritos fiscales', 31)]
    assert sum(x[1] for x in d) == 1906
    rows = []
    for lab, n in d:
        pc = round(n / 1906 * 100, 2)
        rows.append([lab, C('{:,}'.format(n).replace(',', ' '), n, 'caso', y=2019), P('{:.2f}'.format(pc), pc, y=2019)])
    rows.append(['Total', C('1 906', 1906, 'caso', y=2019), P('100.00', 100.0, y=2019)])
    t = R.table([['Distrito fiscal', 'N° de casos', '%']], rows, widths=(6.5, 3.0, 2.5), size=10, unit='column', bold_rows=(len(rows) - 1,))
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)
    R.p('Fuente: SGF – Oficina de Análisis Estratégico contra la Criminalidad. Fecha de corte: 10/01/2020.', size=8, italic=True)
    R.p('Sin otro particular, quedo de usted.', align='j')
    R.sign('HÉCTOR MANUEL ARANA GUTIÉRREZ', 'Jefe de la Oficina de Análisis Estratégico contra la Criminalidad', before=20)


def e504():
    R = new('e504', 'answered', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'MEMORANDO MÚLTIPLE N° 027-2020-GRL-GRDS', ['Expediente N° 2020-00381', 'Ordenanza Regional N° 011-2019-GRL-CR'],
            '2020-02-14', 'memorando múltiple forwarding an informe, money in "millones" form, numbered list',
            notes='Memorando múltiple of the Gerencia Regional de Desarrollo Social sent as the reply; "S/ 2,5 millones" is PIM 2019, "S/ 1,94 millones" executed')
    R.header(['GOBIERNO REGIONAL DE LORETO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], logo=(logo_png('gorel', 'GRL', 'shield', (0, 100, 60)), 1.4))
    lema(R, 2020)
    R.p('MEMORANDO MÚLTIPLE N° 027-2020-GRL-GRDS', bold=True, align='c')
    kv(R, [('PARA', ': Oficina de Acceso a la Información Pública\n  Sr. Renzo Panduro Tello (solicitante)'),
           ('DE', ': Lic. GLADYS NORIEGA PINEDO\n  Gerente Regional de Desarrollo Social'),
           ('ASUNTO', ': Información sobre la Red Regional contra la Trata de Personas – 2019'),
           ('REF.', ': Expediente N° 2020-00381'), ('FECHA', ': Iquitos, 14 de febrero de 2020')])
    R.p('Por medio del presente, y en atención al expediente de la referencia, se informa lo siguiente respecto del ejercicio 2019:', align='j')
    R.p('1.  La Red Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Loreto sesionó en ' + C('nueve (9)', 9, 'sesión', y=2019) +
        ' oportunidades, y aprobó su plan de trabajo anual.', indent=0.5, align='j')
    R.p('2.  Mediante Ordenanza Regional N° 011-2019-GRL-CR se aprobó el Plan Regional de Acción contra la Trata de Personas 2019-2022.', indent=0.5, align='j')
    R.p('3.  Para la implementación del plan se contó con un Presupuesto Institucional Modificado de ' + M('S/ 2,5 millones', 2500000.0, y=2019, r='a') +
        ', de los cuales se ejecutaron ' + M('S/ 1,94 millones', 1940000.0, y=2019, r='e') + ', equivalente al ' + P('77,6 %', 77.6, y=2019) + ' de avance.', indent=0.5, align='j')
    R.p('4.  Se realizaron ' + C('42', 42, 'taller', y=2019) + ' talleres de sensibilización en instituciones educativas de Maynas, Alto Amazonas y '
        'Mariscal Ramón Castilla, con la participación de ' + C('3 218', 3218, 'estudiante', y=2019) + ' estudiantes.', indent=0.5, align='j')
    R.p('5.  Se distribuyeron ' + C('12 000', 12000, 'material', y=2019) + ' materiales informativos (dípticos y afiches) sobre la Línea 1818.', indent=0.5, align='j')
    R.p('Atentamente,')
    R.sign('Lic. GLADYS NORIEGA PINEDO', 'Gerente Regional de Desarrollo Social')
    R.p('c.c.: Archivo / GNP/rpt', size=8)


def e505():
    R = new('e505', 'answered', None, ['prevention', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'CARTA N° 061-2019-MPT/SG', ['Registro N° 3390-2019'],
            '2019-03-12', 'carta, numbered list, word+digit counts, fines with S/. and dot thousands')
    R.header(['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Secretaría General', 'Puerto Maldonado – Madre de Dios'], logo=(logo_png('mpt', 'MPT', 'circle', (30, 90, 30)), 1.3))
    lema(R, 2019)
    R.p('Puerto Maldonado, 12 de marzo de 2019', align='r')
    R.p('CARTA N° 061-2019-MPT/SG', bold=True)
    to(R, ['Señor:', 'WALTER HUAMÁN CCORI', 'Presente.-'])
    R.p('ASUNTO: Atiende solicitud de información – Registro N° 3390-2019', bold=True)
    R.p('De mi consideración:')
    R.p('Me dirijo a usted para dar respuesta a su solicitud, mediante la cual pide conocer las acciones de la Municipalidad en materia de trata de '
        'personas durante el año 2018. Según lo informado por la Subgerencia de Fiscalización Administrativa y la Gerencia de Desarrollo Social:', align='j')
    R.p('a) Se realizaron ' + C('doce (12)', 12, 'operativo', y=2018) + ' operativos conjuntos con la PNP y la Fiscalía en bares, discotecas y '
        'prostibares de la ciudad y del corredor minero.', indent=0.6, align='j')
    R.p('b) Como resultado se clausuraron ' + C('cuatro', 4, 'local', y=2018) + ' locales y se impusieron multas por un total de ' +
        M('S/. 48.600,00', 48600.0, y=2018) + '.', indent=0.6, align='j')
    R.p('c) La Gerencia de Desarrollo Social desarrolló ' + C('15', 15, 'charla', y=2018) + ' charlas preventivas dirigidas a ' + C('620', 620, 'adolescente', y=2018) +
        ' adolescentes de instituciones educativas secundarias.', indent=0.6, align='j')
    R.p('Sin otro particular, es propicia la oportunidad para expresarle mi estima personal.', align='j')
    R.sign('Abog. KATHERINE ZAVALETA ROJAS', 'Secretaria General')


def e506():
    R = new('e506', 'answered', None, ['prosecution', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 0388-2019-SUNAFIL/INII', ['Memorándum N° 112-2019-SUNAFIL/INII/SIAI'],
            '2019-03-27', 'oficio with a small table (inspection orders and fines by subject), amounts US-style with unit in column header "(S/)"')
    R.header(['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], logo=(logo_png('sunafil', 'SF', 'square', (200, 80, 0)), 1.4), align='r')
    lema(R, 2019)
    R.p('Lima, 27 de marzo de 2019')
    R.p('OFICIO N° 0388-2019-SUNAFIL/INII', bold=True)
    to(R, ['Señor', 'DIEGO ARMANDO SALAZAR PINTO', 'Calle Los Pinos 144 – Surquillo'])
    kv(R, [('Asunto', ': Información sobre inspecciones en materia de trabajo forzoso, año 2018'), ('Referencia', ': Memorándum N° 112-2019-SUNAFIL/INII/SIAI')])
    R.p('Por el presente me dirijo a usted en atención a su pedido de información. Conforme a lo reportado en el documento de la referencia, durante el '
        'año 2018 el Sistema Inspectivo generó las siguientes órdenes de inspección vinculadas a trabajo forzoso y trabajo infantil:', align='j')
    rows = [['Trabajo forzoso', C('37', 37, 'orden de inspección', y=2018), C('214', 214, 'trabajador', y=2018), M('1,312,650.00', 1312650.0, y=2018)],
            ['Trabajo infantil', C('96', 96, 'orden de inspección', y=2018), C('143', 143, 'trabajador', y=2018), M('2,087,120.50', 2087120.5, y=2018)],
            ['Total', C('133', 133, 'orden de inspección', y=2018), C('357', 357, 'trabajador', y=2018), M('3,399,770.50', 3399770.5, y=2018)]]
    R.table([['Materia', 'Órdenes de inspección', 'Trabajadores afectados', 'Multas propuestas (S/)']], rows, widths=(4.0, 3.2, 3.2, 4.0), size=9.5,
            unit='column', bold_rows=(2,))
    R.p('Asimismo, se capacitó a ' + C('58', 58, 'inspector', y=2018) + ' inspectores en la identificación de indicios de trabajo forzoso y se '
        'distribuyó la guía de actuación inspectiva a las intendencias regionales.', align='j')
    R.p('Atentamente,')
    R.sign('ING. PAOLA ANDREA VÁSQUEZ LUNA', 'Intendente Nacional de Inteligencia Inspectiva')


def e507():
    R = new('e507', 'answered', None, ['protection', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000412-2020-SM-GG', ['Informe N° 000021-2020-SM-DIROMI'],
            '2020-03-02', 'oficio, counts in prose with thousands dot, percent, one count in words')
    R.header(['Superintendencia Nacional de Migraciones', 'Gerencia General'], logo=(logo_png('migra', 'MIG', 'square', (0, 70, 140)), 1.4), align='l', bold_first=True)
    lema(R, 2020)
    R.p('Breña, 2 de marzo de 2020', align='r')
    R.p('OFICIO N° 000412-2020-SM-GG', bold=True)
    to(R, ['Señora', 'CLAUDIA PATRICIA ORÉ MENDOZA', 'Presente.–'])
    R.p('Asunto: Información sobre víctimas extranjeras de trata – periodo 2019', bold=True)
    R.p('Ref.: Informe N° 000021-2020-SM-DIROMI', bold=True)
    R.p('Tengo el agrado de dirigirme a usted con relación a su solicitud de información y, sobre la base del informe de la referencia, le comunico lo siguiente:', align='j')
    R.p('Durante el año 2019 se otorgó la calidad migratoria humanitaria a ' + C('veintitrés', 23, 'víctima', y=2019) + ' personas extranjeras '
        'identificadas como víctimas de trata de personas, de nacionalidad venezolana en su mayoría. Asimismo, los puestos de control migratorio '
        'emitieron ' + C('1.145', 1145, 'alerta', y=2019) + ' alertas por salida de menores de edad sin la documentación requerida, de las cuales el ' +
        P('12%', 12.0, y=2019) + ' fue derivado a la Policía Nacional.', align='j')
    R.p('Finalmente, se informa que ' + C('84', 84, 'servidor', y=2019) + ' servidores de control migratorio participaron en el curso "Detección de víctimas '
        'en frontera" realizado en Tumbes, Tacna y Puno.', align='j')
    R.p('Atentamente,')
    R.sign('FERNANDO JOSÉ ALVARADO RÍOS', 'Gerente General (e)')


def e508():
    R = new('e508', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 143-2019-INEI/DTDIS', [],
            '2019-02-06', 'oficio, series table for 2014-2016 only; 2018 requested but not yet published',
            notes='Request for 2018 stated; only 2014-2016 figures are given (2018 not published yet) -> out_of_period')
    R.header(['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Técnica de Demografía e Indicadores Sociales'], logo=(logo_png('inei', 'INEI', 'circle', (0, 90, 160)), 1.4))
    lema(R, 2019)
    R.p('OFICIO N° 143-2019-INEI/DTDIS', bold=True)
    R.p('Lima, 06 de febrero de 2019')
    to(R, ['Señor', 'MIGUEL ÁNGEL TORRES BACA', 'Av. Brasil 1680 – Jesús María'])
    R.p('Asunto: Estadísticas de denuncias por trata de personas del año 2018', bold=True)
    R.p('Me dirijo a usted en atención a su solicitud, mediante la cual requiere estadísticas de denuncias por el delito de trata de personas '
        'correspondientes al año 2018.', align='j')
    R.p('Al respecto, le informo que las cifras del año 2018 se encuentran en proceso de consolidación con el Ministerio del Interior y serán '
        'publicadas en el segundo semestre del presente año. No obstante, se le alcanza la serie publicada más reciente:', align='j')
    rows = [['2014', C('501', 501, 'denuncia', y=2014), C('1 046', 1046, 'víctima', y=2014)],
            ['2015', C('1 064', 1064, 'denuncia', y=2015), C('1 888', 1888, 'víctima', y=2015)],
            ['2016', C('1 144', 1144, 'denuncia', y=2016), C('1 907', 1907, 'víctima', y=2016)]]
    R.table([['Año', 'Denuncias registradas', 'Presuntas víctimas']], rows, widths=(2.5, 4.5, 4.5), ruled='hlines', size=10, num_align='c',
            caption='Perú: Denuncias por trata de personas, 2014-2016', note='Fuente: Ministerio del Interior – RETA. Elaboración: INEI.')
    R.p('Atentamente,')
    R.sign('NÉLIDA ROXANA CHÁVEZ ILLANES', 'Directora Técnica')


def e509():
    R = new('e509', 'missing', 'off_topic', [], None,
            S('Contraloría General de la República', 'CGR', 'autonomous'),
            'INFORME DE CONTROL ESPECÍFICO N° 1482-2019-CG/GRMD-SCE', [],
            '2019-09-17', 'audit report summary (resumen ejecutivo) about a municipal road contract; not about trafficking',
            notes='off-topic document received in reply: summary of an audit on a road maintenance contract')
    R.header(['CONTRALORÍA GENERAL DE LA REPÚBLICA', 'Gerencia Regional de Control de Madre de Dios'], logo=(logo_png('cgr', 'CGR', 'shield', (90, 60, 0)), 1.4))
    R.p('INFORME DE CONTROL ESPECÍFICO N° 1482-2019-CG/GRMD-SCE', bold=True, align='c')
    R.p('RESUMEN EJECUTIVO', bold=True, align='c')
    R.p('Entidad: Municipalidad Distrital de Las Piedras', bold=True)
    R.p('Materia de control: "Contratación del servicio de mantenimiento periódico del camino vecinal MD-611, tramo Planchón – Alegría"')
    R.p('Periodo evaluado: 2 de enero de 2018 al 31 de diciembre de 2018')
    R.p('1. Antecedentes', bold=True)
    R.p('El servicio fue contratado por un valor referencial de ' + M('S/ 1 847 300,00', 1847300.0) + ' y adjudicado al Consorcio Vial Amazonía por un monto de ' +
        M('S/ 1 792 881,40', 1792881.4) + '. Se efectuaron pagos por ' + M('S/ 1 610 455,00', 1610455.0, r='e') + ' sin la conformidad del área usuaria.', align='j')
    R.p('2. Observación', bold=True)
    R.p('Se otorgó conformidad a valorizaciones que incluían partidas no ejecutadas, lo que generó un perjuicio económico de ' + M('S/ 214 367,85', 214367.85) +
        ' a la Entidad. Se identificó presunta responsabilidad administrativa en ' + C('tres', 3, 'funcionario') + ' funcionarios y presunta responsabilidad penal en ' +
        C('uno', 1, 'funcionario') + ' de ellos.', align='j')
    R.p('3. Recomendaciones', bold=True)
    R.p('Al Titular de la Entidad: disponer el inicio del procedimiento administrativo sancionador. A la Procuraduría Pública Especializada en Delitos de '
        'Corrupción: iniciar las acciones legales correspondientes.', align='j')
    R.p('Puerto Maldonado, 17 de setiembre de 2019', align='r')
    R.sign('CPC. ÓSCAR RAÚL MENDIETA CUBA', 'Gerente Regional de Control')


def e510():
    R = new('e510', 'answered', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('International Organization for Migration', 'IOM', 'foreign'),
            'IOM/LIM/2019/0217', [],
            '2019-05-14', 'English letter of an international organization, USD amounts with US$ and plain "USD", counts in prose', lang='en', font='Calibri')
    R.header(['INTERNATIONAL ORGANIZATION FOR MIGRATION', 'Mission in Peru · Av. Jorge Basadre 361, San Isidro, Lima'], logo=(logo_png('iom', 'IOM', 'circle', (0, 80, 160)), 1.3), align='l')
    R.p('Ref.: IOM/LIM/2019/0217', bold=True)
    R.p('14 May 2019', align='r')
    to(R, ['Ms. Julia Fernández Apaza', 'Lima'])
    R.p('Subject: Your request for information on assistance to victims of trafficking in 2018', bold=True)
    R.p('Dear Ms. Fernández,')
    R.p('Thank you for your letter of 29 April 2019. Although IOM is not subject to Peru\'s transparency law, we are pleased to share the following '
        'information on our direct assistance to victims of trafficking in persons in Peru during calendar year 2018:', align='j')
    R.p('•  IOM assisted ' + C('87', 87, 'victim', y=2018) + ' victims of trafficking, of whom ' + C('61', 61, 'woman', y=2018) + ' were women and ' +
        C('19', 19, 'child', y=2018) + ' were children.', indent=0.5)
    R.p('•  Reintegration grants totalling ' + M('US$ 38,400.00', 38400.0, y=2018, r='e', cur='USD') + ' were disbursed to ' + C('32', 32, 'beneficiary', y=2018) + ' beneficiaries.', indent=0.5)
    R.p('•  The project budget for the year was ' + M('USD 215,000', 215000.0, y=2018, r='a', cur='USD') + ', funded by the Government of Canada.', indent=0.5)
    R.p('•  Assisted voluntary return was provided to ' + C('7', 7, 'victim', y=2018) + ' foreign victims who wished to return to their countries of origin.', indent=0.5)
    R.p('Please do not hesitate to contact us should you require further details.')
    R.p('Yours sincerely,')
    R.sign('Mark Ellison', 'Chief of Mission a.i.', align='l')


def e511():
    R = new('e511', 'missing', 'denied_exception', ['prosecution'], ('2017-01-01', '2019-06-30'),
            S('Policía Nacional del Perú', 'PNP', 'police'),
            'OFICIO N° 1034-2019-REGPOL-PUNO/SEC-UTD', ['Solicitud S/N de fecha 01JUL2019'],
            '2019-07-15', 'oficio denying access under art. 15/16 of Law 27806 (reserved police intelligence information)')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PUNO', 'Secretaría – Unidad de Trámite Documentario'], logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.3), align='l')
    R.p('Puno, 15 de julio de 2019', align='r')
    R.p('OFICIO N° 1034-2019-REGPOL-PUNO/SEC-UTD', bold=True)
    to(R, ['Señor', 'ELMER CONDORI MAMANI', 'Jr. Lima 522 – Puno'])
    kv(R, [('ASUNTO', ': Respuesta a solicitud de acceso a la información'), ('REF.', ': Solicitud S/N de fecha 01JUL2019')])
    R.p('Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita la relación de operativos '
        'contra la trata de personas ejecutados en La Rinconada y Ananea, con indicación de fechas, lugares intervenidos y personal participante, '
        'durante el periodo enero 2017 – junio 2019.', align='j')
    R.p('Al respecto, se le comunica que la información requerida contiene datos sobre planes operativos y actividades de inteligencia cuya '
        'divulgación pondría en riesgo investigaciones en curso, por lo que constituye información reservada conforme al artículo 16 del Texto Único '
        'Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública. En consecuencia, no es posible atender su pedido.', align='j')
    R.p('Puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la Información Pública dentro del plazo de ley.', align='j')
    R.p('Atentamente,')
    R.sign('OA-227590', 'RICARDO PAUL TICONA ARAGÓN\nCOMANDANTE PNP\nJefe de la Secretaría REGPOL Puno', before=18)


def e512():
    R = new('e512', 'missing', 'acknowledgment', ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Distrital de La Victoria', 'MDLV', 'district_municipality'),
            None, ['Solicitud N° 0451-2019'],
            '2019-01-22', 'automatic e-mail printed to PDF (header lines, quoted request), acknowledgment only', font='Courier New', size=10,
            notes='Printed acknowledgment e-mail; the quoted request asks for 2018 prevention activities')
    R.p('Gmail - Registro de Solicitud de Acceso a la Información Pública', size=8)
    R.p('_' * 70, size=8, after=6)
    R.p('De:      Transparencia MDLV <transparencia@munilavictoria.gob.pe>\nPara:    s.alarcon.ruiz@gmail.com\nFecha:   mar., 22 ene. 2019 a las 16:05\n'
        'Asunto:  Registro de Solicitud N° 0451-2019', size=9)
    R.p('_' * 70, size=8, after=6)
    R.p('Estimado(a) ciudadano(a):')
    R.p('La Municipalidad Distrital de La Victoria le informa que su solicitud de acceso a la información pública ha sido registrada con el '
        'número 0451-2019 y derivada al área poseedora de la información. La respuesta le será notificada a este mismo correo dentro del plazo '
        'previsto por la Ley N° 27806.')
    R.p('Resumen de su pedido:', bold=True)
    R.p('> "Solicito información sobre las actividades de prevención de la trata de personas (charlas, campañas, ferias) realizadas por la '
        'Municipalidad durante el año 2018, con indicación del número de participantes."', italic=True, indent=0.6)
    R.p('Este es un mensaje automático. Por favor no responda a este correo.', size=9)
    R.p('Oficina de Atención al Ciudadano y Gestión Documentaria\nMunicipalidad Distrital de La Victoria – Av. Iquitos 500', size=9)
    R.p('https://mail.google.com/mail/u/0/?ik=8a1f3c&view=pt&search=all          1/1', size=7, before=30)
