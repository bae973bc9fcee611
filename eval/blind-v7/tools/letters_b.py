"""blind-v7 replies g714-g726 (written for this set)."""
from lib import M, C, P, logo_png, XL, REGISTRY
from common import new, S, lema, kv, to, top, body, notes_block


def g714():
    R = new('g714', 'answered', None, ['governance', 'prevention', 'protection', 'prosecution'], ('2017-01-01', '2021-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 001276-2022/IN/DGSD', ['Informe N° 000211-2022/IN/DGSD/DATP'], '2022-07-19',
            'oficio + annex; page title block "EXPRESADO EN MILES DE SOLES", long ruled table by year and activity continuing on the next page, total in millions in prose')
    top(R, ['MINISTERIO DEL INTERIOR', 'Despacho Viceministerial de Seguridad Pública', 'Dirección General de Seguridad Democrática'],
        2022, 'Lima, 19 de julio de 2022', 'OFICIO N° 001276-2022/IN/DGSD', logo=(logo_png('mininter', 'IN', 'shield', (30, 30, 110)), 1.4))
    to(R, ['Señor', 'CARLOS ALBERTO MENDOZA RÍOS', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre el presupuesto del Plan Nacional contra la Trata de Personas 2017-2021'),
           ('Referencia', ': Solicitud de acceso a la información de fecha 04.07.2022')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud, mediante la cual requiere información sobre el '
             'presupuesto programado y ejecutado por el Ministerio del Interior para las acciones del Plan Nacional contra la Trata de '
             'Personas 2017-2021, durante todo el periodo de su vigencia.',
             'Al respecto, remito el Informe N° 000211-2022/IN/DGSD/DATP, cuyo anexo detalla la ejecución por año y por línea de '
             'acción. En resumen, en el quinquenio el sector devengó aproximadamente ' + M('21.6 millones de soles', 21600000, r='e') +
             ', de los cuales ' + M('S/ 1.2 millones', 1200000, r='e') + ' correspondieron a la Secretaría Técnica de la Comisión '
             'Multisectorial Permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes.',
             'Asimismo, el Registro y Estadística del delito de Trata de Personas y Afines (RETA) registró ' +
             C('6 829 denuncias', 6829, 'denuncia') + ' en el mismo periodo.',
             'Atentamente,'])
    R.sign('GUSTAVO ADOLFO LEÓN MARROQUÍN', 'Director General', 'Dirección General de Seguridad Democrática')
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', size=13, after=0)
    R.p('PRESUPUESTO DEL SECTOR INTERIOR PARA EL PNAT 2017-2021', bold=True, align='c', size=12, after=0)
    R.p('EXPRESADO EN MILES DE SOLES', bold=True, align='c', size=12, after=10)
    data = [
        (2017, [('Secretaría Técnica de la Comisión Multisectorial', 210.5, 198.2), ('Operativos de la DIRCTPTIM', 3120.0, 2987.4),
                ('Capacitación policial especializada', 415.0, 402.9), ('Campañas de prevención (línea 1818)', 380.0, 341.6),
                ('Sistema RETA', 95.0, 88.3)]),
        (2018, [('Secretaría Técnica de la Comisión Multisectorial', 236.0, 229.1), ('Operativos de la DIRCTPTIM', 3480.0, 3301.7),
                ('Capacitación policial especializada', 450.0, 441.2), ('Campañas de prevención (línea 1818)', 410.0, 398.0),
                ('Sistema RETA', 120.0, 117.5)]),
        (2019, [('Secretaría Técnica de la Comisión Multisectorial', 248.0, 240.6), ('Operativos de la DIRCTPTIM', 3950.0, 3804.2),
                ('Capacitación policial especializada', 512.0, 498.8), ('Campañas de prevención (línea 1818)', 455.0, 431.1),
                ('Sistema RETA', 140.0, 121.9)]),
        (2020, [('Secretaría Técnica de la Comisión Multisectorial', 255.0, 244.3), ('Operativos de la DIRCTPTIM', 2870.0, 2511.6),
                ('Capacitación policial especializada', 300.0, 212.4), ('Campañas de prevención (línea 1818)', 390.0, 377.9),
                ('Sistema RETA', 150.0, 149.2)]),
        (2021, [('Secretaría Técnica de la Comisión Multisectorial', 260.0, 256.8), ('Operativos de la DIRCTPTIM', 3310.0, 3198.5),
                ('Capacitación policial especializada', 480.0, 466.0), ('Campañas de prevención (línea 1818)', 430.0, 419.3),
                ('Sistema RETA', 160.0, 158.5)]),
    ]
    body(R, ['El presente anexo consolida la información remitida por la Oficina General de Planeamiento y Presupuesto del '
             'Ministerio del Interior, la Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la Policía Nacional '
             'del Perú y la Secretaría Técnica de la Comisión Multisectorial. Las líneas de acción corresponden a las actividades '
             'operativas registradas en el Plan Operativo Institucional de cada año y su correspondencia con los objetivos '
             'estratégicos del PNAT 2017-2021.'])
    rows = []
    bold = []
    for y, items in data:
        for name, pim, dev in items:
            fp = '{:,.1f}'.format(pim)
            fd = '{:,.1f}'.format(dev)
            rows.append([str(y), name, M(fp, round(pim * 1000, 2), y=y, r='a'), M(fd, round(dev * 1000, 2), y=y, r='e')])
        sp = round(sum(i[1] for i in items), 1)
        sd = round(sum(i[2] for i in items), 1)
        bold.append(len(rows))
        rows.append(['', 'Subtotal %d' % y, M('{:,.1f}'.format(sp), round(sp * 1000, 2), y=y, r='a'),
                     M('{:,.1f}'.format(sd), round(sd * 1000, 2), y=y, r='e')])
    t = R.table([['Año', 'Línea de acción', 'PIM', 'Devengado']], rows, widths=(1.6, 5.2, 2.8, 2.8), unit='page', size=11,
                row_label_col=1, bold_rows=tuple(bold), note='Fuente: SIAF-MEF. Elaboración: DGSD/DATP.')
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = t.rows[0]._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)
    R.p('Nota: Las cifras de cada año corresponden al cierre del ejercicio fiscal.', size=9, italic=True)
    R.save()


def g715():
    R = new('g715', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Gobierno Regional de Puno', 'GORE Puno', 'regional_government'),
            'OFICIO N° 318-2021-GR PUNO/GRDS', ['Solicitud S/N del 02.08.2021'], '2021-08-20',
            'oficio, plans only (Plan Regional 2022-2026 and programmed budget for 2022), request 2019-2020',
            notes='Only future plans and programmed amounts are given; nothing about 2019-2020.')
    top(R, ['GOBIERNO REGIONAL PUNO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], 2021, 'Puno, 20 de agosto de 2021',
        'OFICIO N° 318-2021-GR PUNO/GRDS', logo=(logo_png('grpuno', 'GRP', 'circle', (10, 70, 140)), 1.4))
    to(R, ['Señora', 'MARÍA ELENA QUISPE HUAMÁN', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Atiende solicitud de información sobre acciones contra la trata de personas 2019-2020'),
           ('Ref.', ': Solicitud S/N del 02.08.2021')])
    body(R, ['Es grato dirigirme a usted para saludarla cordialmente y, en relación al documento de la referencia, informarle que '
             'la Gerencia Regional de Desarrollo Social viene elaborando el Plan Regional contra la Trata de Personas 2022-2026, '
             'alineado a la Política Nacional Multisectorial, el cual será aprobado mediante Ordenanza Regional en el primer '
             'trimestre de 2022.',
             'Para el año fiscal 2022 se ha programado un presupuesto de ' + M('S/ 350 000,00', 350000.00, y=2022, r='a') +
             ', destinado a las siguientes acciones:'])
    R.bullets(['Fortalecimiento de la Red Regional de Lucha contra la Trata de Personas, con ' +
               C('seis (6) sesiones ordinarias', 6, 'sesión', y=2022) + ' programadas.',
               'Campaña de sensibilización en las provincias de San Román, Sandia y Carabaya, con una meta de ' +
               C('15 000 personas', 15000, 'persona', y=2022) + ' informadas.',
               'Capacitación de ' + C('120 docentes', 120, 'docente', y=2022) + ' de educación secundaria en prevención, con un costo '
               'estimado de ' + M('S/ 48 500,00', 48500.00, y=2022, r='a') + '.'])
    body(R, ['Sin otro particular, hago propicia la ocasión para expresarle las muestras de mi especial consideración.',
             'Atentamente,'])
    R.sign('Lic. ROXANA MAMANI CONDORI', 'Gerente Regional de Desarrollo Social')
    R.save()


def g716():
    R = new('g716', 'answered', None, ['prevention', 'prosecution'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'CARTA N° 064-2021-MPT-SG', ['Memorando N° 117-2021-MPT-GDS', 'Memorando N° 089-2021-MPT-SG', 'Solicitud N° 0031-2021'], '2021-03-08',
            'short covering carta from the Secretaría General + internal memorando on page 2 with grid table of operations (merged header over two columns), counts in prose',
            font='Verdana', size=10, notes='Letter date is the covering carta (08.03.2021); the memorando is dated 04.03.2021.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Capital de la Biodiversidad del Perú'], align='l',
             logo=(logo_png('mpt', 'MPT', 'square', (20, 100, 40)), 1.3))
    lema(R, 2021)
    R.p('Puerto Maldonado, 08 de marzo de 2021', align='r')
    R.p('CARTA N° 064-2021-MPT-SG', bold=True, under=True, after=8)
    to(R, ['Señores', 'OBSERVATORIO CIUDADANO SOBRE TRATA DE PERSONAS', 'Presente.-'])
    kv(R, [('ASUNTO', ': Atención a Solicitud N° 0031-2021'), ('REF.', ': Memorando N° 117-2021-MPT-GDS')])
    body(R, ['Tengo el agrado de dirigirme a ustedes, a fin de remitir adjunto el documento de la referencia, mediante el cual la '
             'Gerencia de Desarrollo Social alcanza la información solicitada sobre las acciones de la Municipalidad Provincial de '
             'Tambopata contra la trata de personas durante el año 2020.',
             'Atentamente,'])
    R.sign('Abg. MILAGROS ROJAS HUAYLLA', 'Secretaria General', align='l')
    R.pagebreak()
    R.p('MEMORANDO N° 117-2021-MPT-GDS', bold=True, align='c', size=12, after=8)
    kv(R, [('PARA', ': Abg. Milagros Rojas Huaylla - Secretaria General'),
           ('DE', ': Lic. Óscar Vela Ccori - Gerente de Desarrollo Social'),
           ('ASUNTO', ': Información para solicitud de transparencia - acciones contra la trata 2020'),
           ('REF.', ': Memorando N° 089-2021-MPT-SG'),
           ('FECHA', ': Puerto Maldonado, 04 de marzo de 2021')])
    body(R, ['Por el presente, y en atención al documento de la referencia, remito la información solicitada por el Observatorio '
             'Ciudadano sobre Trata de Personas respecto de las acciones realizadas por esta comuna durante el año 2020.',
             'En coordinación con la Policía Nacional y la Fiscalía Especializada, la Subgerencia de Fiscalización participó en '
             'operativos de control de establecimientos nocturnos y bares en el corredor minero:'])
    R.table([['Mes', 'Operativos', 'Establecimientos', '', 'Personas\nrescatadas'],
             ['', '', 'Inspeccionados', 'Clausurados', '']],
            [['Enero', C('4', 4, 'operativo', y=2020), C('19', 19, 'establecimiento', y=2020), C('3', 3, 'establecimiento', y=2020), C('7', 7, 'persona', y=2020)],
             ['Febrero', C('5', 5, 'operativo', y=2020), C('22', 22, 'establecimiento', y=2020), C('6', 6, 'establecimiento', y=2020), C('11', 11, 'persona', y=2020)],
             ['Octubre', C('2', 2, 'operativo', y=2020), C('8', 8, 'establecimiento', y=2020), C('1', 1, 'establecimiento', y=2020), C('0', 0, 'persona', y=2020)],
             ['Noviembre', C('3', 3, 'operativo', y=2020), C('14', 14, 'establecimiento', y=2020), C('4', 4, 'establecimiento', y=2020), C('5', 5, 'persona', y=2020)],
             ['Diciembre', C('6', 6, 'operativo', y=2020), C('27', 27, 'establecimiento', y=2020), C('9', 9, 'establecimiento', y=2020), C('14', 14, 'persona', y=2020)]],
            merges=[(0, 2, 0, 3), (0, 0, 1, 0), (0, 1, 1, 1), (0, 4, 1, 4)], widths=(3.0, 2.5, 3.2, 3.0, 2.8), num_align='c',
            head_shade='FCE4D6')
    body(R, ['Entre marzo y setiembre no se efectuaron operativos por la inmovilización social obligatoria. En materia de prevención, '
             'se difundieron spots radiales en ' + C('tres emisoras', 3, 'emisora', y=2020) + ' locales y se distribuyeron ' +
             C('2 500 volantes', 2500, 'volante', y=2020) + ' con información de la línea 1818.',
             'Atentamente,'])
    R.sign('Lic. ÓSCAR VELA CCORI', 'Gerente de Desarrollo Social', align='l')
    R.save()


def g717():
    import openpyxl
    from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
    R = new('g717', 'out_of_period', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de San Martín', 'GORESAM', 'regional_government'),
            None, ['Exp. N° 009981-2021'], '2022-11-10',
            'spreadsheet (XLSX) reply: SIAF report by meta for 2022 while the request asks for 2020; note rows above the table; no number line',
            fmt='xlsx', notes='XLSX source rendered to PDF by LibreOffice. Request period 2020 stated in a note row; all figures are 2022.')
    ws = R.wb.active
    ws.title = 'Ejecucion'
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws['A1'] = 'GOBIERNO REGIONAL DE SAN MARTÍN - Oficina Regional de Planeamiento y Presupuesto'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Atención al Exp. N° 009981-2021 (información solicitada: ejercicio 2020)'
    ws['A3'] = 'Nota: las metas vinculadas a trata de personas se crearon en el ejercicio 2022; se reporta la ejecución 2022.'
    ws['A3'].font = Font(italic=True)
    ws['A4'] = 'Fecha de reporte: 10/11/2022'
    ws['A6'] = 'REPORTE DE EJECUCIÓN POR META - AÑO FISCAL 2022 (S/)'
    ws['A6'].font = Font(bold=True)
    heads = ['Meta', 'Descripción', 'PIA', 'PIM', 'Certificado', 'Devengado', 'Avance %']
    thin = Side(style='thin')
    for j, h in enumerate(heads):
        c = ws.cell(row=7, column=j + 1, value=h)
        c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='DDEBF7')
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        c.alignment = Alignment(horizontal='center')
    data = [('0112', 'Mesa Regional contra la Trata de Personas', 40000, 52000, 49800, 47650.5),
            ('0113', 'Campaña de prevención en colegios de Moyobamba', 85000, 85000, 81200, 80990.0),
            ('0114', 'Fortalecimiento de la Red de Protección', 60000, 71500, 70100, 65432.8),
            ('', 'TOTAL', 185000, 208500, 201100, 194073.3)]
    for i, (meta, desc, pia, pim, cert, dev) in enumerate(data):
        r = 8 + i
        ws.cell(row=r, column=1, value=meta)
        ws.cell(row=r, column=2, value=desc)
        for j, (v, role, col) in enumerate([(pia, 'a', 'PIA'), (pim, 'a', 'PIM'), (cert, 'c', 'Certificado'), (dev, 'e', 'Devengado')]):
            XL(R, ws, '%s%d' % ('CDEF'[j], r), v, '#,##0.00', y=2022, r=role, u='caption', row=desc, col=col)
        XL(R, ws, 'G%d' % r, round(dev / pim, 3), '0.0%', kind='percent', y=2022, u='cell', row=desc, col='Avance %')
        for j in range(7):
            ws.cell(row=r, column=j + 1).border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws.column_dimensions['A'].width = 8
    ws.column_dimensions['B'].width = 46
    for col in 'CDEF':
        ws.column_dimensions[col].width = 14
    ws.column_dimensions['G'].width = 10
    R.save()


def g718():
    R = new('g718', 'answered', None, ['prevention', 'prosecution', 'governance'], ('2017-01-01', '2017-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0388-2018-MTPE/2/15', ['Hoja de Ruta N° 0041127-2018'], '2018-04-11',
            'oficio with 2017 (requested) and 2016 (not requested) figures mixed in prose and a small unruled table with both years',
            notes='Mixes requested-year 2017 information with 2016 comparison figures.')
    top(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'],
        2018, 'Lima, 11 de abril de 2018', 'OFICIO N° 0388-2018-MTPE/2/15')
    to(R, ['Señora', 'ANA LUCÍA TORRES GAMARRA', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Remite información sobre acciones contra el trabajo forzoso y la trata laboral - 2017'),
           ('Referencia', ': Hoja de Ruta N° 0041127-2018')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle sobre las acciones desarrolladas por este '
             'Ministerio durante el año 2017 en el marco del PNAT 2017-2021 y del III Plan Nacional para la Lucha contra el Trabajo '
             'Forzoso.',
             'En 2017 la Comisión Nacional para la Lucha contra el Trabajo Forzoso sesionó ' + C('siete (7) veces', 7, 'sesión', y=2017) +
             ' y aprobó su plan de trabajo anual. A través del programa "Trabajo Decente en Zonas de Riesgo" se capacitó a ' +
             C('1 065 trabajadores', 1065, 'trabajador', y=2017) + ' de la actividad maderera y minera sobre sus derechos laborales.'])
    R.table([['Indicador', '2016', '2017']],
             [['Talleres de sensibilización', C('22', 22, 'taller', y=2016), C('35', 35, 'taller', y=2017)],
              ['Inspecciones derivadas a SUNAFIL', C('48', 48, 'inspección', y=2016), C('61', 61, 'inspección', y=2017)],
              ['Presupuesto ejecutado (S/)', M('284 300', 284300, y=2016, r='e', u='cell'), M('312 900', 312900, y=2017, r='e', u='cell')]],
            widths=(7.0, 2.5, 2.5), ruled='none', head_shade=None, size=10)
    body(R, ['La ejecución de 2017 representó un incremento de ' + P('10,1 %', 10.1, y=2017) + ' respecto del año anterior.',
             'Atentamente,'])
    R.sign('JUAN CARLOS GUTIÉRREZ AZABACHE', 'Director General de Derechos Fundamentales y Seguridad y Salud en el Trabajo')
    R.save()


def g719():
    R = new('g719', 'answered', None, ['protection'], ('2018-01-01', '2019-12-31'),
            S('Ministerio Público - Unidad Central de Protección y Asistencia a Víctimas y Testigos', 'UCAVIT', 'autonomous'),
            'OFICIO N° 1022-2020-MP-FN-UCAVIT', ['Carta N° 031-2020-OCTP'], '2020-07-28',
            'oficio, table with header merged over two year columns and percentages, text figures')
    top(R, ['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Unidad Central de Protección y Asistencia a Víctimas y Testigos'],
        2020, 'Lima, 28 de julio de 2020', 'OFICIO N° 1022-2020-MP-FN-UCAVIT')
    to(R, ['Señora', 'María Elena Quispe Huamán', 'Observatorio Ciudadano sobre Trata de Personas'])
    kv(R, [('Asunto', ': Víctimas de trata de personas atendidas por el Programa de Protección y Asistencia, 2018-2019'),
           ('Ref.', ': Carta N° 031-2020-OCTP')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle la información registrada por las Unidades '
             'Distritales de Asistencia a Víctimas y Testigos (UDAVIT) sobre víctimas de trata de personas incorporadas al Programa:'])
    R.table([['Tipo de asistencia', 'Víctimas atendidas', '', '% del total'],
             ['', '2018', '2019', '2019']],
            [['Asistencia legal', C('512', 512, 'víctima', y=2018), C('618', 618, 'víctima', y=2019), P('38.2 %', 38.2, y=2019)],
             ['Asistencia psicológica', C('687', 687, 'víctima', y=2018), C('744', 744, 'víctima', y=2019), P('46.0 %', 46.0, y=2019)],
             ['Asistencia social', C('203', 203, 'víctima', y=2018), C('256', 256, 'víctima', y=2019), P('15.8 %', 15.8, y=2019)]],
            merges=[(0, 1, 0, 2), (0, 0, 1, 0)], widths=(6.0, 2.8, 2.8, 2.8), num_align='c',
            colnames=[None, '2018', '2019', '% del total 2019'])
    body(R, ['Asimismo, se otorgaron ' + C('96 medidas de protección', 96, 'medida de protección', y=2019) + ' a víctimas y testigos en '
             '2019, con una inversión en albergue temporal y traslados de ' + M('S/ 187,450.30', 187450.30, y=2019, r='e') + '.',
             'Atentamente,'])
    R.sign('Dra. GLORIA PATRICIA ROMERO LUNA', 'Jefa de la Unidad Central de Protección y Asistencia a Víctimas y Testigos')
    R.save()


def g720():
    R = new('g720', 'missing', 'off_topic', [], None,
            S('Gobierno Regional de Piura', 'GORE Piura', 'regional_government'),
            'INFORME TÉCNICO N° 046-2023-GRP-ORSDN', ['Oficio N° 112-2023-INDECI/DDI-PIURA'], '2023-04-05',
            'civil-defence situation report (rains): uses prevención, víctimas, albergues; not about trafficking',
            notes='Disaster-risk report; words like "prevención", "víctimas" and "albergues" refer to floods.')
    top(R, ['GOBIERNO REGIONAL PIURA', 'Oficina Regional de Seguridad y Defensa Nacional'], 2023, 'Piura, 05 de abril de 2023',
        'INFORME TÉCNICO N° 046-2023-GRP-ORSDN')
    kv(R, [('A', ': Gobernador Regional'), ('Asunto', ': Situación de emergencia por lluvias intensas - reporte consolidado'),
           ('Ref.', ': Oficio N° 112-2023-INDECI/DDI-PIURA')])
    R.p('1. SITUACIÓN', bold=True)
    body(R, ['Las precipitaciones asociadas al ciclón Yaku afectaron las provincias de Piura, Sullana, Morropón y Sechura. Al corte '
             'del presente informe, el COER registra ' + C('12 384 personas damnificadas', 12384, 'persona') + ', ' +
             C('4 117 viviendas afectadas', 4117, 'vivienda') + ' y ' + C('nueve víctimas mortales', 9, 'víctima') + '.'])
    R.p('2. ACCIONES DE RESPUESTA Y PREVENCIÓN', bold=True)
    R.table([['Acción', 'Cantidad', 'Inversión (S/)']],
            [['Albergues temporales instalados', C('23', 23, 'albergue'), M('412 600,00', 412600.00, r='e')],
             ['Módulos de vivienda entregados', C('310', 310, 'módulo'), M('1 085 000,00', 1085000.00, r='e')],
             ['Kits de ayuda humanitaria', C('6 450', 6450, 'kit'), M('709 500,00', 709500.00, r='e')],
             ['Brigadas de limpieza preventiva de drenes', C('38', 38, 'brigada'), M('296 300,00', 296300.00, r='e')]],
            widths=(7.5, 2.5, 3.5), ruled='hlines', head_shade=None)
    body(R, ['Se recomienda continuar las acciones de prevención y reducción del riesgo de desastres, priorizando la descolmatación del '
             'río Piura, con una inversión estimada de ' + M('S/ 3,5 millones', 3500000.0) + '.'])
    R.sign('Ing. MARCO ANTONIO CHUNGA SANDOVAL', 'Jefe de la Oficina Regional de Seguridad y Defensa Nacional')
    R.save()


def g721():
    R = new('g721', 'missing', 'clarification', ['prevention'], None,
            S('Municipalidad Distrital de Miraflores', 'MDM', 'district_municipality'),
            'CARTA N° 142-2021-SG/MM', ['Solicitud de Acceso a la Información Pública N° 2021-1104'], '2021-06-09',
            'carta asking to specify the period and the information requested (subsanar), short')
    top(R, ['MUNICIPALIDAD DE MIRAFLORES', 'Secretaría General'], 2021, 'Miraflores, 09 de junio de 2021', 'CARTA N° 142-2021-SG/MM')
    to(R, ['Señores', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Solicita precisar pedido de información'), ('Ref.', ': Solicitud de Acceso a la Información Pública N° 2021-1104')])
    body(R, ['De nuestra consideración:',
             'Mediante la solicitud de la referencia, ustedes requieren "todas las acciones de prevención realizadas por la '
             'municipalidad contra la trata de personas". Al respecto, y a fin de brindar una atención adecuada, les solicitamos '
             'precisar el periodo sobre el cual requieren la información y el tipo de documentos que desean obtener (informes, '
             'actas, registros fotográficos u otros).',
             'De conformidad con el artículo 11 del Reglamento de la Ley de Transparencia, cuentan con un plazo de dos días hábiles '
             'para subsanar su solicitud; de no hacerlo, esta se dará por no presentada.',
             'Atentamente,'])
    R.sign('Abg. LUIS FERNANDO SALAZAR DEL CARPIO', 'Secretario General')
    R.save()


def g722():
    R = new('g722', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Policía Nacional del Perú - Región Policial Cusco', 'PNP', 'police'),
            'OFICIO N° 224-2019-REGPOL-CUS/SEC-UNIPLEDU', ['Oficio N° 018-2019-OCTP'], '2019-03-21',
            'oficio, substantive null answer: no complaints and no operations in 2018 in the listed police stations, one zero written "0 (cero)"',
            notes='Substantive null answer for the requested year.')
    top(R, ['POLICÍA NACIONAL DEL PERÚ', 'III MACRO REGIÓN POLICIAL CUSCO - REGIÓN POLICIAL CUSCO'], 2019,
        'Cusco, 21 de marzo de 2019', 'OFICIO N° 224-2019-REGPOL-CUS/SEC-UNIPLEDU')
    to(R, ['Señor', 'Coordinador del Observatorio Ciudadano sobre Trata de Personas', 'Lima.-'])
    kv(R, [('ASUNTO', ': Da respuesta a solicitud de información'), ('REF.', ': Oficio N° 018-2019-OCTP')])
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
             'sobre denuncias y operativos por trata de personas registrados durante el año 2018 en las comisarías de las provincias '
             'de La Convención, Calca y Urubamba.',
             'Al respecto, efectuada la búsqueda en el Sistema de Denuncias Policiales (SIDPOL) y en los libros de ocurrencias de las '
             'dependencias indicadas, se informa que durante el año 2018 no se registró ninguna denuncia por el delito de trata de '
             'personas en dichas comisarías y se realizaron ' + C('0 (cero) operativos', 0, 'operativo', y=2018) +
             ' específicos contra este delito, habiéndose derivado los casos conocidos a la DIVINCRI Cusco.',
             'Lo que comunico a usted para los fines pertinentes.',
             'Dios guarde a usted.'])
    R.sign('Juan Carlos QUISPE ARONI', 'CORONEL PNP', 'Jefe de la Unidad de Planeamiento y Educación - REGPOL Cusco')
    R.save()


def g723():
    R = new('g723', 'missing', 'no_information', ['protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 1843-2021-DGIESP/MINSA', ['Expediente N° 21-047133-001'], '2021-05-18',
            'oficio, no information held (data not disaggregated), no figures')
    top(R, ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública'], 2021,
        'Lima, 18 de mayo de 2021', 'OFICIO N° 1843-2021-DGIESP/MINSA')
    to(R, ['Señora', 'ANA LUCÍA TORRES GAMARRA', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a solicitud de información'), ('Referencia', ': Expediente N° 21-047133-001')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, por el cual solicita el número de víctimas de trata de '
             'personas que recibieron atención de salud física y mental en los establecimientos del Ministerio de Salud durante los '
             'años 2019 y 2020, así como el presupuesto destinado a dicha atención.',
             'Al respecto, la Dirección de Salud Mental informa que el Sistema de Información HIS registra las atenciones por '
             'diagnóstico y no por la condición de víctima de trata, por lo que esta Dirección General no cuenta con la información '
             'solicitada. Asimismo, no existe una actividad presupuestal específica que permita identificar los recursos destinados '
             'a dicha población.',
             'Sin otro particular, quedo de usted.',
             'Atentamente,'])
    R.sign('Dr. RICARDO MIGUEL PALACIOS FLORES', 'Director General', 'Dirección General de Intervenciones Estratégicas en Salud Pública')
    R.save()


def g724():
    R = new('g724', 'answered', None, ['protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-10-B/482', ['Solicitud de Acceso a la Información N° 0345-2021'], '2021-02-24',
            'oficio with diplomatic reference style, ruled table by country and year, unit-less counts, text money in US$',
            font='Garamond', size=12)
    R.header(['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'],
             logo=(logo_png('rree', 'RREE', 'shield', (110, 20, 30)), 1.3))
    lema(R, 2021)
    R.p('Lima, 24 de febrero de 2021', align='r')
    R.p('OF. RE (DGC) N° 2-10-B/482', bold=True)
    to(R, ['Señor', 'Carlos Alberto Mendoza Ríos', 'Observatorio Ciudadano sobre Trata de Personas'])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación a la Solicitud de Acceso a la Información N° 0345-2021, para '
             'informarle que durante los años 2019 y 2020 las Oficinas Consulares del Perú brindaron asistencia a connacionales '
             'identificados como presuntas víctimas de trata de personas en el exterior, según el siguiente detalle:'])
    R.table([['País', 'Víctimas asistidas 2019', 'Víctimas asistidas 2020', 'Repatriadas 2019-2020']],
            [['Argentina', C('14', 14, 'víctima', y=2019), C('6', 6, 'víctima', y=2020), C('9', 9, 'víctima')],
             ['Chile', C('21', 21, 'víctima', y=2019), C('11', 11, 'víctima', y=2020), C('17', 17, 'víctima')],
             ['España', C('8', 8, 'víctima', y=2019), C('5', 5, 'víctima', y=2020), C('4', 4, 'víctima')],
             ['Japón', C('2', 2, 'víctima', y=2019), C('1', 1, 'víctima', y=2020), C('1', 1, 'víctima')],
             ['Total', C('45', 45, 'víctima', y=2019), C('23', 23, 'víctima', y=2020), C('31', 31, 'víctima')]],
            widths=(3.5, 3.4, 3.4, 3.4), num_align='c', bold_rows=(4,))
    body(R, ['Los gastos de repatriación y asistencia humanitaria se financiaron con cargo al Fondo de Asistencia Humanitaria Consular, '
             'por un total de ' + M('US$ 35,000', 35000, cur='USD', r='e') + ' en el bienio.',
             'Hago propicia la oportunidad para reiterarle las seguridades de mi consideración.'])
    R.sign('Embajador ALFREDO JOSÉ CASTRO PÉREZ', 'Director General de Comunidades Peruanas en el Exterior y Asuntos Consulares')
    R.save()


def g725():
    R = new('g725', 'answered', None, ['prevention', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('United Nations Office on Drugs and Crime', 'UNODC', 'other'),
            'UNODC/PER/2020/017', [], '2020-03-02',
            'English letter of a UN office, bullets with USD amounts and counts, small unruled table',
            lang='en', font='Calibri', size=11)
    R.header(['UNITED NATIONS OFFICE ON DRUGS AND CRIME', 'Liaison and Partnership Office in Peru'], align='l', rule=True)
    R.p('Lima, 2 March 2020', align='r')
    R.p('Ref.: UNODC/PER/2020/017', bold=True)
    to(R, ['Ms. María Elena Quispe Huamán', 'Citizens\u2019 Observatory on Trafficking in Persons'])
    body(R, ['Dear Ms. Quispe,',
             'In reply to your request for information on UNODC\u2019s support to Peru\u2019s National Plan against Trafficking in Persons '
             'during 2019, please find below a summary of the activities implemented under the Global Programme against Trafficking '
             'in Persons and Smuggling of Migrants:'])
    R.bullets(['Specialized training for ' + C('146 police officers', 146, 'police officer', y=2019) + ' and ' +
               C('58 prosecutors', 58, 'prosecutor', y=2019) + ' on financial investigation of trafficking cases.',
               'Awareness campaign "Corazón Azul" in Tumbes and Tacna border crossings, reaching an estimated ' +
               C('40,000 people', 40000, 'person', y=2019) + '.',
               'Technical assistance to the Multisectoral Commission for the mid-term review of the national plan.'])
    R.table([['Component', 'Budget 2019 (US$)', 'Spent 2019 (US$)']],
            [['Capacity building', M('120,000', 120000, cur='USD', y=2019, r='a'), M('112,480', 112480, cur='USD', y=2019, r='e')],
             ['Prevention campaign', M('65,000', 65000, cur='USD', y=2019, r='a'), M('63,915', 63915, cur='USD', y=2019, r='e')],
             ['Technical assistance', M('30,000', 30000, cur='USD', y=2019, r='a'), M('21,300', 21300, cur='USD', y=2019, r='e')]],
            widths=(6.0, 3.5, 3.5), ruled='hlines', head_shade=None)
    body(R, ['Overall delivery reached ' + P('92.0%', 92.0, y=2019) + ' of the approved budget. Funding was provided by the Government of '
             'Canada.',
             'Yours sincerely,'])
    R.sign('Kristin Halvorsen', 'Programme Coordinator', 'UNODC Peru', align='l', firma=False)
    R.save()


def g726():
    R = new('g726', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'HOJA DE ENVÍO N° 0457-2022-GRA/GG-GRDS', ['Informe N° 015-2022-GRA/GRDS-SGPS'], '2022-02-08',
            'hoja de envío (routing slip, boxed form) + informe; sessions and activities table unruled, unit in caption',
            font='Arial', size=10, notes='The executed amount is repeated in words in parentheses; the gold has one figure, for the numeric form.')
    R.header(['GOBIERNO REGIONAL DE AYACUCHO', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], logo=(logo_png('gra', 'GRA', 'square', (140, 20, 20)), 1.3))
    R.p('HOJA DE ENVÍO N° 0457-2022-GRA/GG-GRDS', bold=True, align='c', size=13)
    R.table([['PARA', 'Observatorio Ciudadano sobre Trata de Personas'],
             ['DE', 'Gerencia Regional de Desarrollo Social'],
             ['FECHA', 'Ayacucho, 08 de febrero de 2022'],
             ['DOCUMENTO', 'Informe N° 015-2022-GRA/GRDS-SGPS'],
             ['ACCIÓN', '[X] Para su conocimiento   [ ] Trámite   [ ] Opinión'],
             ['OBSERVACIONES', 'Se remite información solicitada por Ley de Transparencia sobre acciones 2021.']], [],
            widths=(3.5, 12.0), head_shade=None, head_bold=False, size=10)
    R.p('INFORME N° 015-2022-GRA/GRDS-SGPS', bold=True, align='c', before=10)
    kv(R, [('Asunto', ': Acciones de la Mesa Regional contra la Trata de Personas - año 2021')])
    body(R, ['Durante el año 2021 la Mesa Regional contra la Trata de Personas de Ayacucho, creada por Ordenanza Regional, realizó '
             'sus sesiones en modalidad virtual y ejecutó las siguientes actividades:'])
    R.table([['Actividad', 'N.º', 'Participantes']],
            [['Sesiones ordinarias de la Mesa Regional', C('6', 6, 'sesión', y=2021), C('142', 142, 'participante', y=2021)],
             ['Talleres con docentes de Huamanga y Huanta', C('4', 4, 'taller', y=2021), C('318', 318, 'docente', y=2021)],
             ['Ferias informativas en el VRAEM', C('3', 3, 'feria', y=2021), C('1 260', 1260, 'participante', y=2021)]],
            caption='Cuadro 1. Actividades 2021 (número de eventos y de participantes)', caption_bold=False, unit='caption',
            ruled='none', head_shade=None, widths=(8.0, 2.0, 3.0), num_align='c')
    body(R, ['El presupuesto ejecutado en dichas actividades ascendió a ' + M('S/ 64 218,50', 64218.50, y=2021, r='e') +
             ' (sesenta y cuatro mil doscientos dieciocho con 50/100 soles), con cargo a la Meta 0045.'])
    R.sign('Lic. EDITH YUPANQUI ALLCCA', 'Sub Gerente de Promoción Social', align='l', before=18)
    R.save()
