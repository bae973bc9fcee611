# -*- coding: utf-8 -*-
from lib import *
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill


def c311():
    r = Reply('c311', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['protection', 'prosecution'], period_start='2018-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Superintendencia Nacional de Migraciones', 'acronym': 'MIGRACIONES', 'kind': 'other'},
              reference='OFICIO N° 000184-2020-SM-MIGRACIONES/GG', cited_references=['INFORME N° 000062-2020-SGIM/MIGRACIONES'],
              letter_date='2020-02-11', language='es', on_topic=True, photo=True,
              layout='oficio, logo box top-left in header, ruled table rows by nationality with columns per year (2018 | 2019) + total column; prose counts',
              notes='Period "los años 2018 y 2019". Alertas migratorias -> prosecution; calidad migratoria humanitaria for victims -> protection.')
    lg = logo_png('migra', 'MIGR', 'square', (0, 90, 160))
    r.header(['Superintendencia Nacional de Migraciones', 'Gerencia General'], logo=(lg, 1.4), align='l', size=9, rule=False)
    r.p('"Año de la Universalización de la Salud"', align='c', italic=True, size=8.5)
    r.p('Breña, 11 de febrero de 2020', align='r')
    r.p('OFICIO N° 000184-2020-SM-MIGRACIONES/GG', bold=True)
    r.p('Señor(a)\nMARÍA FERNANDA LUQUE BEJAR\nmfluque@correo.pe\nPresente.-')
    r.p('Asunto: Solicitud de acceso a la información — víctimas extranjeras de trata de personas, años 2018 y 2019', bold=True)
    r.p('Tengo el agrado de dirigirme a usted en atención al asunto, a fin de remitirle lo informado por la Subgerencia de Inteligencia Migratoria mediante INFORME N° 000062-2020-SGIM/MIGRACIONES.', align='j')
    r.p('En el periodo solicitado se emitieron ' + C('312', 312, 'alerta migratoria') + ' alertas migratorias vinculadas a presuntos casos de trata de personas y se otorgó la calidad migratoria humanitaria a ' + C('57', 57, 'víctima') + ' víctimas extranjeras, según el siguiente detalle por nacionalidad:', align='j')
    data = [('Venezuela', 19, 24), ('Colombia', 4, 3), ('Bolivia', 2, 2), ('Ecuador', 1, 0), ('República Dominicana', 0, 2)]
    rows = []
    for n, a, b in data:
        rows.append([n, C(str(a), a, 'víctima', y=2018), C(str(b), b, 'víctima', y=2019), C(str(a + b), a + b, 'víctima')])
    rows.append(['Total', C('26', 26, 'víctima', y=2018), C('31', 31, 'víctima', y=2019), C('57', 57, 'víctima')])
    r.table([['Nacionalidad', '2018', '2019', 'Total']], rows, widths=[6, 2.2, 2.2, 2.2], bold_rows=(5,), num_align='c')
    r.p('Cabe indicar que la calidad migratoria humanitaria se otorga conforme al Decreto Legislativo N° 1350 y su reglamento, aprobado por Decreto Supremo N° 007-2017-IN.', align='j')
    r.p('Atentamente,')
    r.sign('Abg. JORGE LUIS CASTILLO VERA', 'Gerente General', 'Superintendencia Nacional de Migraciones', align='l')
    r.footer('Av. España 734, Breña — Central (01) 200-1000 — www.migraciones.gob.pe', size=7)
    return r


def c312():
    r = Reply('c312', font='Times New Roman', size=11, status='out_of_period', missing_kind=None,
              axes=['prosecution', 'governance'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Instituto Nacional de Estadística e Informática', 'acronym': 'INEI', 'kind': 'other'},
              reference='OFICIO N° 412-2019-INEI/DTDIS', cited_references=[],
              letter_date='2019-05-20', language='es', on_topic=True, photo=True,
              layout='oficio with centred letterhead; request for 2018, answer only gives 2014-2016 figures from a published compendium; unruled two-column table',
              notes='Request asked for 2018; INEI only has published data up to 2016 -> out_of_period.')
    r.p('INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', align='c', bold=True, size=12, after=0)
    r.p('Dirección Técnica de Demografía e Indicadores Sociales', align='c', size=10, after=16)
    r.p('Lima, 20 de mayo de 2019', align='l')
    r.p('OFICIO N° 412-2019-INEI/DTDIS', bold=True)
    r.p('Señor\nGUSTAVO ADOLFO RENGIFO PAIMA\nPresente.-')
    r.p('Tengo el agrado de dirigirme a usted para atender su solicitud de información estadística sobre trata de personas correspondiente al año 2018.', align='j')
    r.p('Al respecto, debo precisar que el INEI consolida las estadísticas de trata de personas a partir de los registros administrativos de la Policía Nacional y del Ministerio Público, y que la última publicación disponible, "Perú: Estadísticas de Trata de Personas 2012-2016", no contiene aún el año 2018. En dicha publicación se registran las siguientes denuncias:', align='j')
    rows = [['2014', C('501', 501, 'denuncia', y=2014)], ['2015', C('1 144', 1144, 'denuncia', y=2015)], ['2016', C('1 233', 1233, 'denuncia', y=2016)]]
    r.table([['Año', 'Denuncias registradas']], rows, widths=[3, 4.5], ruled='none', num_align='c', align='c')
    r.p('Del total de víctimas registradas en 2016, el ' + P('80,2%', 80.2, y=2016) + ' fueron mujeres. La información del año 2018 será publicada en el segundo semestre del presente año en www.inei.gob.pe.', align='j')
    r.p('Atentamente,')
    r.sign('NANCY HIDALGO CALLE', 'Directora Técnica de Demografía e Indicadores Sociales', align='l')
    r.footer('Av. General Garzón N° 658, Jesús María — Teléfono 652-0000 anexo 1311', size=7.5)
    return r


def c313():
    r = Reply('c313', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['protection'], period_start='2017-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA', 'acronym': 'AURORA', 'kind': 'ministry'},
              reference='NOTA N° D000512-2020-MIMP-AURORA-UPPM', cited_references=['Solicitud SAIP N° 00217-2020'],
              letter_date='2020-03-02', language='es', on_topic=True, photo=True,
              layout='nota of a national programme attached to MIMP; ruled table with year columns and a wrapped header, percent row; figures in a bulleted list too',
              notes='Programa AURORA belongs to MIMP (kind ministry). CEM = Centros Emergencia Mujer. Year columns.')
    lg = logo_png('aurora', 'AURORA', 'circle', (170, 40, 120))
    r.letterhead_table((lg, 1.8), ['Programa Nacional AURORA', 'Ministerio de la Mujer y Poblaciones Vulnerables', 'Unidad de Prevención y Promoción Integral'], widths=(2.6, 11, 2.5))
    r.p('NOTA N° D000512-2020-MIMP-AURORA-UPPM', bold=True, before=10)
    r.p('PARA\t:\tSra. Lucía Ramos Pacheco — solicitante\nASUNTO\t:\tCasos de trata de personas atendidos en los CEM (2017 al 2019)\nREF.\t:\tSolicitud SAIP N° 00217-2020\nFECHA\t:\tLima, 02 de marzo de 2020', size=9.5)
    r.p('Me dirijo a usted en atención a la solicitud de la referencia. Los Centros Emergencia Mujer (CEM) registran los casos de trata de personas atendidos como parte de la violencia de género; la información del periodo 2017 al 2019 es la siguiente:', align='j', before=8)
    head = [['Indicador', '2017', '2018', '2019']]
    rows = [['Casos de trata atendidos en CEM', C('156', 156, 'caso', y=2017), C('203', 203, 'caso', y=2018), C('248', 248, 'caso', y=2019)],
            ['Víctimas menores de 18 años', C('61', 61, 'víctima', y=2017), C('88', 88, 'víctima', y=2018), C('97', 97, 'víctima', y=2019)],
            ['Casos con patrocinio legal del CEM ante la fiscalía', C('44', 44, 'caso', y=2017), C('70', 70, 'caso', y=2018), C('102', 102, 'caso', y=2019)],
            ['Porcentaje de casos con patrocinio', P('28,2 %', 28.2, y=2017), P('34,5 %', 34.5, y=2018), P('41,1 %', 41.1, y=2019)]]
    r.table(head, rows, widths=[8.0, 2.3, 2.3, 2.3], size=9.5, head_shade='F2DCDB')
    r.p('Además, en el mismo periodo:', align='j')
    r.bullets(['se brindó atención psicológica a ' + C('389', 389, 'víctima') + ' víctimas;',
               'se derivó a ' + C('112', 112, 'víctima') + ' víctimas a hogares de refugio temporal; y',
               'se activó la ruta de reintegración en ' + C('47', 47, 'caso') + ' casos.'], style='List Number')
    r.p('Atentamente,')
    r.sign('Lic. ERIKA VILLANUEVA SOTO', 'Jefa de la Unidad de Prevención y Promoción Integral', align='l')
    return r


def c314():
    r = Reply('c314', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['prevention'], period_start='2018-03-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio de Educación', 'acronym': 'MINEDU', 'kind': 'ministry'},
              reference='OFICIO N° 00733-2019-MINEDU/VMGP-DIGC', cited_references=['INFORME N° 00119-2019-MINEDU/VMGP-DIGC-DITOE'],
              letter_date='2019-04-15', language='es', on_topic=True,
              layout='oficio; counts with space thousands in prose; money in words + digits; a single-level ruled table with a percent column',
              notes='Period "año escolar 2018 (marzo a diciembre)". The word amount "ciento veinte mil soles (S/ 120 000)" is one figure.')
    r.header(['PERÚ  |  Ministerio de Educación  |  Viceministerio de Gestión Pedagógica  |  Dirección General de Calidad de la Gestión Escolar'], size=8, align='l')
    r.p('"Año de la Lucha contra la Corrupción y la Impunidad"', align='c', italic=True, size=9)
    r.p('San Borja, 15 de abril de 2019', align='r')
    r.p('OFICIO N° 00733-2019-MINEDU/VMGP-DIGC', bold=True)
    r.p('Señora\nINÉS CARHUAMACA ROJAS\nPresente.-')
    r.p('Asunto: Acciones de prevención de la trata de personas en instituciones educativas durante el año escolar 2018 (marzo a diciembre)', bold=True)
    r.p('Tengo el agrado de dirigirme a usted para remitirle el INFORME N° 00119-2019-MINEDU/VMGP-DIGC-DITOE de la Dirección de Tutoría y Orientación Educativa, según el cual durante el año escolar 2018 se capacitó a ' + C('1 430', 1430, 'docente', y=2018) + ' docentes tutores en la prevención de la trata de personas y la explotación sexual, a través de ' + C('52', 52, 'taller', y=2018) + ' talleres macrorregionales.', align='j')
    r.p('Para la elaboración e impresión de materiales educativos ("Guía de tutoría: me cuido y me protejo") se destinó ciento veinte mil soles (S/ 120 000) con cargo al presupuesto 2018. Los materiales se distribuyeron en las regiones priorizadas:'.replace('ciento veinte mil soles (S/ 120 000)', M('ciento veinte mil soles (S/ 120 000)', 120000, y=2018)), align='j')
    rows = [['Madre de Dios', C('214', 214, 'institución educativa', y=2018), P('92 %', 92, y=2018)],
            ['Cusco', C('388', 388, 'institución educativa', y=2018), P('87 %', 87, y=2018)],
            ['Puno', C('301', 301, 'institución educativa', y=2018), P('79 %', 79, y=2018)],
            ['Loreto', C('256', 256, 'institución educativa', y=2018), P('68 %', 68, y=2018)]]
    r.table([['Región', 'II.EE. que recibieron la guía', '% de II.EE. priorizadas']], rows, widths=[4, 4.5, 4])
    r.p('Atentamente,')
    r.sign('MARÍA ISABEL CHÁVEZ DÍAZ', 'Directora General de Calidad de la Gestión Escolar')
    r.footer('Calle Del Comercio 193, San Borja — T. (511) 615-5800 — www.gob.pe/minedu', size=7)
    return r


def c315():
    r = Reply('c315', font='Times New Roman', size=11, status='missing', missing_kind='no_information',
              axes=['protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio de Salud', 'acronym': 'MINSA', 'kind': 'ministry'},
              reference='MEMORANDO N° 0398-2019-DGIESP/MINSA', cited_references=['Expediente N° 19-018842-001'],
              letter_date='2019-03-07', language='es', on_topic=True,
              layout='memorando between MINSA offices (DGIESP to the transparency officer), short; says records are not disaggregated',
              notes='No information: MINSA does not register health care of trafficking victims separately.')
    r.p('MINISTERIO DE SALUD', bold=True, size=13, after=0)
    r.p('Dirección General de Intervenciones Estratégicas en Salud Pública', after=12)
    r.p('MEMORANDO N° 0398-2019-DGIESP/MINSA', bold=True, align='c', size=12)
    r.p('A\t\t:\tAbog. Pedro Quintana Solís\n\t\t\tFuncionario Responsable de Acceso a la Información Pública\nDE\t\t:\tM.C. Silvia Aguirre Bazán\n\t\t\tDirectora General\nASUNTO\t:\tSolicitud de información sobre atención en salud a víctimas de trata (año 2018)\nREF.\t\t:\tExpediente N° 19-018842-001\nFECHA\t:\tLima, 07 de marzo de 2019')
    r.p('_' * 80, after=6)
    r.p('Me dirijo a usted en atención al documento de la referencia, por el cual se traslada la solicitud de acceso a la información pública del señor Julio Mendoza Arce.', align='j')
    r.p('Al respecto, comunico que los establecimientos de salud registran las atenciones en el sistema HIS-MINSA por diagnóstico (CIE-10) y no por la condición de víctima de trata de personas, motivo por el cual esta Dirección General **no cuenta con la información solicitada** ni con registros desagregados que permitan elaborarla.', align='j')
    r.p('Lo que comunico para su conocimiento y fines.', align='j')
    r.p('Atentamente,')
    r.sign('M.C. SILVIA AGUIRRE BAZÁN', 'Directora General — DGIESP', align='l')
    r.p('SAB/mtr\nCUT: 2019-0018842', size=8)
    return r


def c316():
    r = Reply('c316', fmt='xlsx', status='answered', missing_kind=None,
              axes=['governance', 'prevention', 'prosecution'], period_start='2017-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio de Trabajo y Promoción del Empleo', 'acronym': 'MTPE', 'kind': 'ministry'},
              reference=None, cited_references=['OFICIO N° 0274-2019-MTPE/2/15'],
              letter_date=None, language='es', on_topic=True, keep_native=True, photo=True,
              layout='XLSX annex (single sheet), title block with unit stated once ("En soles"), merged two-level header (year over PIM / Devengado), rows by actividad, total row',
              notes='Spreadsheet annex sent with an oficio that is not in the file: no reference line of its own, no date. Unit "(En soles)" in the title block -> unit_source page. Kept as XLSX native; pages from its LibreOffice rendering.')
    ws = r.wb.active
    ws.title = 'Anexo 1'
    ws['A1'] = 'MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO'
    ws['A2'] = 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'
    ws['A3'] = 'ANEXO 1: Presupuesto de actividades vinculadas a trabajo forzoso y trata con fines de explotación laboral, 2017-2018'
    ws['A4'] = '(En soles)'
    ws['A5'] = 'Ref.: OFICIO N° 0274-2019-MTPE/2/15'
    for c in ('A1', 'A3'):
        ws[c].font = Font(bold=True)
    ws['A7'] = 'Actividad'
    ws['B7'] = '2017'
    ws['D7'] = '2018'
    ws['B8'] = 'PIM'
    ws['C8'] = 'Devengado'
    ws['D8'] = 'PIM'
    ws['E8'] = 'Devengado'
    ws.merge_cells('A7:A8'); ws.merge_cells('B7:C7'); ws.merge_cells('D7:E7')
    acts = [('Comisión Nacional para la Lucha contra el Trabajo Forzoso (CNLCTF)', 85000, 79420.5, 92000, 90113.0, 'governance'),
            ('Campañas de sensibilización "Trabajo forzoso, ¡no!"', 140000, 121875.0, 160000, 158900.4, 'prevention'),
            ('Capacitación a inspectores y operadores de justicia', 62000, 60110.0, 70500, 48220.75, 'prosecution'),
            ('Sistema de registro de casos (piloto)', 30000, 0.0, 45000, 12600.0, 'governance')]
    thin = Side(style='thin')
    row = 9
    tot = [0, 0, 0, 0]
    for name, a, b, c, d, ax in acts:
        ws.cell(row=row, column=1, value=name)
        for k, (v, col, y, rl, cn) in enumerate([(a, 'B', 2017, 'a', '2017 PIM'), (b, 'C', 2017, 'e', '2017 Devengado'), (c, 'D', 2018, 'a', '2018 PIM'), (d, 'E', 2018, 'e', '2018 Devengado')]):
            XL(r, ws, '%s%d' % (col, row), v, '#,##0.00', y=y, r=rl, u='page', row=name, col=cn)
            tot[k] += v
        row += 1
    ws.cell(row=row, column=1, value='TOTAL').font = Font(bold=True)
    for k, (col, y, rl, cn) in enumerate([('B', 2017, 'a', '2017 PIM'), ('C', 2017, 'e', '2017 Devengado'), ('D', 2018, 'a', '2018 PIM'), ('E', 2018, 'e', '2018 Devengado')]):
        XL(r, ws, '%s%d' % (col, row), round(tot[k], 2), '#,##0.00', y=y, r=rl, u='page', row='TOTAL', col=cn)
    for rr in range(7, row + 1):
        for cc in range(1, 6):
            ws.cell(row=rr, column=cc).border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if rr <= 8:
                ws.cell(row=rr, column=cc).font = Font(bold=True)
                ws.cell(row=rr, column=cc).alignment = Alignment(horizontal='center', vertical='center')
                ws.cell(row=rr, column=cc).fill = PatternFill('solid', fgColor='DDEBF7')
    ws['A%d' % (row + 2)] = 'Fuente: SIAF — Consulta amigable, fecha de corte 31.12.2018. Unidad Ejecutora 001: Ministerio de Trabajo - Oficina General de Administración.'
    ws.column_dimensions['A'].width = 62
    for c in 'BCDE':
        ws.column_dimensions[c].width = 15
    ws.page_setup.orientation = 'landscape'
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    ws.print_area = 'A1:E%d' % (row + 2)
    return r


def c317():
    r = Reply('c317', font='DejaVu Sans', size=9.5, status='answered', missing_kind=None,
              axes=['prevention'], period_start='2019-01-01', period_end='2019-10-31', period_stated=True,
              sender={'name': 'Ministerio de Comercio Exterior y Turismo', 'acronym': 'MINCETUR', 'kind': 'ministry'},
              reference='OFICIO N° 0852-2019-MINCETUR/VMT/DGPDT', cited_references=[],
              letter_date='2019-11-19', language='es', on_topic=True,
              layout='oficio with letterhead in page header; counts in prose; a small unruled list-like table of regions with counts',
              notes='Period "de enero a octubre de 2019". Código de Conducta against sexual exploitation of children in tourism -> prevention.')
    r.header(['MINISTERIO DE COMERCIO EXTERIOR Y TURISMO', 'Viceministerio de Turismo — Dirección General de Políticas de Desarrollo Turístico'], size=8.5)
    r.p('San Isidro, 19 de noviembre de 2019', align='r')
    r.p('OFICIO N° 0852-2019-MINCETUR/VMT/DGPDT', bold=True)
    r.p('Señor\nALBERTO ÑAUPARI CHUMPITAZ\nPresente.-')
    r.p('Me es grato saludarle y atender su pedido de información sobre las acciones de prevención de la explotación sexual de niñas, niños y adolescentes en el ámbito del turismo y de la trata de personas, de enero a octubre de 2019.', align='j')
    r.p('En dicho periodo, ' + C('1 126', 1126, 'prestador de servicios turísticos', y=2019) + ' prestadores de servicios turísticos suscribieron el Código de Conducta contra la ESNNA, y se desarrollaron ' + C('veintiocho', 28, 'taller', y=2019) + ' talleres de sensibilización dirigidos a ' + C('2 307', 2307, 'participante', y=2019) + ' participantes, en las siguientes regiones:', align='j')
    rows = [['Cusco', C('9', 9, 'taller', y=2019)], ['Loreto', C('6', 6, 'taller', y=2019)], ['Piura', C('5', 5, 'taller', y=2019)],
            ['Lima', C('4', 4, 'taller', y=2019)], ['Madre de Dios', C('4', 4, 'taller', y=2019)]]
    r.table([['Región', 'Talleres']], rows, widths=[5, 2.5], ruled='none', align='l', head_bold=True, num_align='c')
    r.p('El presupuesto ejecutado en estas acciones ascendió a ' + M('S/ 96 740,00', 96740, y=2019, r='e') + '.', align='j')
    r.p('Atentamente,')
    r.sign('ROSA MARÍA ECHEVARRÍA LUNA', 'Directora General de Políticas de Desarrollo Turístico', align='l')
    r.footer('Calle Uno Oeste N° 50, Urb. Córpac, San Isidro — Central: 513-6100', size=7)
    return r


def c318():
    r = Reply('c318', font='Times New Roman', size=11, status='answered', missing_kind=None,
              axes=['protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio de Relaciones Exteriores', 'acronym': 'RREE', 'kind': 'ministry'},
              reference='OF. RE (DGC-DPA) N° 2-10-B/412', cited_references=[],
              letter_date='2019-06-03', language='es', on_topic=True, photo=True,
              layout='oficio with RREE-style reference, centred letterhead; ruled table of repatriated victims by country with US$ amounts in cells',
              notes='Money in US$ (USD), currency written in each cell ("US$ 4,250.00") -> unit_source cell.')
    lg = logo_png('rree', 'RREE', 'shield', (120, 20, 20))
    r.header(['Ministerio de Relaciones Exteriores', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'], logo=(lg, 1.2), size=8.5)
    r.p('Lima, 3 de junio de 2019', align='r')
    r.p('OF. RE (DGC-DPA) N° 2-10-B/412', bold=True)
    r.p('Señora\nCLAUDIA PATRICIA OSORES LAZO\nPresente.-')
    r.p('Tengo el agrado de dirigirme a usted, con relación a su solicitud sobre la asistencia brindada a connacionales víctimas de trata de personas en el exterior durante el año 2018.', align='j', first=1)
    r.p('Sobre el particular, la Dirección de Protección y Asistencia al Nacional informa que en 2018 las Oficinas Consulares atendieron ' + C('39', 39, 'víctima', y=2018) + ' casos de connacionales víctimas de trata, de los cuales ' + C('21', 21, 'víctima', y=2018) + ' fueron repatriados con recursos del Programa de Asistencia Humanitaria, conforme al siguiente detalle:', align='j', first=1)
    data = [('Argentina', 7, 'US$ 4,250.00', 4250), ('Chile', 5, 'US$ 3,980.50', 3980.5), ('España', 4, 'US$ 9,600.00', 9600),
            ('Bolivia', 3, 'US$ 1,120.00', 1120), ('Ecuador', 2, 'US$ 760.00', 760)]
    rows = [[c, C(str(n), n, 'víctima', y=2018), M(t, v, y=2018, r='e', cur='USD', u='cell')] for c, n, t, v in data]
    rows.append(['Total', C('21', 21, 'víctima', y=2018), M('US$ 19,710.50', 19710.5, y=2018, r='e', cur='USD', u='cell')])
    r.table([['País', 'Víctimas repatriadas', 'Monto ejecutado']], rows, widths=[4.5, 3.5, 4], bold_rows=(5,))
    r.p('Los demás casos recibieron asistencia legal y psicológica en el país de residencia o retornaron por sus propios medios.', align='j', first=1)
    r.p('Hago propicia la ocasión para reiterarle las seguridades de mi consideración.', align='j', first=1)
    r.sign('Ministro SDR Eduardo Martínez Vidal', 'Director de Protección y Asistencia al Nacional', align='c')
    r.footer('Jirón Lampa 545, Lima 1 — Central (511) 204-2400', size=7)
    return r


def c319():
    r = Reply('c319', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['protection'], period_start='2017-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio de Justicia y Derechos Humanos', 'acronym': 'MINJUSDH', 'kind': 'ministry'},
              reference='OFICIO N° 1043-2019-JUS/DGDPAJ', cited_references=['Informe N° 033-2019-JUS/DGDPAJ-DAJV'],
              letter_date='2019-05-27', language='es', on_topic=True,
              layout='oficio; the table has the years as rows and counted things as columns (transposed); totals column',
              notes='Years are row labels here; figures carry the year of their row.')
    r.header(['PERÚ | Ministerio de Justicia y Derechos Humanos', 'Dirección General de Defensa Pública y Acceso a la Justicia'], align='l', size=8.5)
    r.p('Miraflores, 27 de mayo de 2019', align='r')
    r.p('OFICIO N° 1043-2019-JUS/DGDPAJ', bold=True)
    r.p('Señor\nHÉCTOR MANUEL ALCÁNTARA RUIZ\nPresente.-')
    r.p('Asunto: Información sobre patrocinio legal a víctimas de trata de personas en los años 2017 y 2018', bold=True)
    r.p('Tengo el agrado de dirigirme a usted, a fin de remitir la información consolidada por la Dirección de Asistencia Legal y Defensa de Víctimas (Informe N° 033-2019-JUS/DGDPAJ-DAJV):', align='j')
    rows = [['2017', C('212', 212, 'patrocinio', y=2017), C('94', 94, 'consulta', y=2017), C('31', 31, 'defensor público', y=2017)],
            ['2018', C('287', 287, 'patrocinio', y=2018), C('130', 130, 'consulta', y=2018), C('38', 38, 'defensor público', y=2018)]]
    r.table([['Año', 'Patrocinios a víctimas de trata', 'Consultas y orientaciones', 'Defensores públicos asignados']], rows, widths=[2.5, 4, 4, 4], num_align='c')
    r.p('Del total de patrocinios de 2018, ' + C('96', 96, 'patrocinio', y=2018) + ' correspondieron a víctimas menores de edad y ' + C('44', 44, 'patrocinio', y=2018) + ' a víctimas de nacionalidad extranjera.', align='j')
    r.p('Atentamente,')
    r.sign('ABOG. CÉSAR AUGUSTO PALOMINO DÍAZ', 'Director General de Defensa Pública y Acceso a la Justicia', align='l')
    r.footer('Calle Scipión Llona 350, Miraflores — Central: (01) 204-8020', size=7)
    return r


def c320():
    r = Reply('c320', font='URW Bookman', size=10.5, status='missing', missing_kind='not_competent',
              axes=['prevention', 'governance'], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Universidad Nacional Mayor de San Marcos', 'acronym': 'UNMSM', 'kind': 'other'},
              reference='OFICIO N° 000287-2019-SG/UNMSM', cited_references=[],
              letter_date='2019-09-10', language='es', on_topic=True,
              layout='university oficio, centred crest-like letterhead; states the university is not part of the PNAT and has no such information, no referral',
              notes='Not competent, no referral.')
    lg = logo_png('unmsm', 'UNMSM', 'circle', (90, 20, 30))
    r.p('', after=0)
    r.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r.doc.paragraphs[-1].add_run().add_picture(lg, width=Cm(2.0))
    r.p('UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', align='c', bold=True, size=12, after=0)
    r.p('Universidad del Perú, DECANA DE AMÉRICA', align='c', italic=True, size=9, after=0)
    r.p('SECRETARÍA GENERAL', align='c', size=9, after=14)
    r.p('Lima, 10 de setiembre de 2019', align='r')
    r.p('OFICIO N° 000287-2019-SG/UNMSM', bold=True)
    r.p('Señora\nSUSANA HERRERA LLONTOP\nPresente.-')
    r.p('Tengo el agrado de dirigirme a usted, en relación con su solicitud de información sobre las acciones de la Universidad en el marco del Plan Nacional contra la Trata de Personas y el presupuesto asignado a ellas.', align='j')
    r.p('Al respecto, le informo que la Universidad Nacional Mayor de San Marcos no forma parte de las entidades responsables de la implementación del referido Plan, por lo que no genera ni posee la información solicitada, no siendo competente para atender su pedido.', align='j')
    r.p('Atentamente,')
    r.sign('Dr. RAÚL ALBERTO MEDINA ORÉ', 'Secretario General')
    r.footer('Ciudad Universitaria — Av. Germán Amézaga 375, Lima — Teléfono 619-7000', size=7)
    return r


def c321():
    r = Reply('c321', font='Times New Roman', size=11, status='answered', missing_kind=None,
              axes=['governance'], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Gobierno Regional de Loreto', 'acronym': 'GOREL', 'kind': 'regional_government'},
              reference='RESOLUCIÓN EJECUTIVA REGIONAL N° 214-2018-GRL-GR', cited_references=['Ordenanza Regional N° 006-2018-GRL-CR', 'Informe N° 112-2018-GRL-GRDS', 'Decreto Supremo N° 017-2017-IN'],
              letter_date='2018-05-24', language='es', on_topic=True, photo=True,
              layout='resolución ejecutiva regional (VISTO / CONSIDERANDO / SE RESUELVE), sent as the reply; budget in a numbered article; counts of members',
              notes='A resolution used as the reply; no restated period. Budget for the regional plan -> governance.')
    lg = logo_png('loreto', 'LORETO', 'shield', (0, 100, 60))
    r.p('', after=0)
    r.doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r.doc.paragraphs[-1].add_run().add_picture(lg, width=Cm(1.8))
    r.p('GOBIERNO REGIONAL DE LORETO', align='c', bold=True, after=10)
    r.p('RESOLUCIÓN EJECUTIVA REGIONAL N° 214-2018-GRL-GR', align='c', bold=True, size=12)
    r.p('Iquitos, 24 de mayo de 2018', align='c', italic=True)
    r.p('VISTO: El Informe N° 112-2018-GRL-GRDS de la Gerencia Regional de Desarrollo Social, sobre la conformación de la Comisión Regional Multisectoral contra la Trata de Personas; y,', align='j')
    r.p('CONSIDERANDO:', bold=True)
    r.p('Que, el Plan Nacional contra la Trata de Personas 2017-2021, aprobado por Decreto Supremo N° 017-2017-IN, dispone que los gobiernos regionales implementen instancias regionales de articulación;', align='j')
    r.p('Que, mediante Ordenanza Regional N° 006-2018-GRL-CR se aprobó el Plan Regional contra la Trata de Personas de Loreto 2018-2021, que comprende ' + C('24', 24, 'acción') + ' acciones estratégicas;', align='j')
    r.p('Estando a lo dispuesto por la Ley N° 27867, Ley Orgánica de Gobiernos Regionales;', align='j')
    r.p('SE RESUELVE:', bold=True)
    r.p('ARTÍCULO PRIMERO.- CONFORMAR la Comisión Regional Multisectoral contra la Trata de Personas de Loreto, integrada por ' + C('dieciséis (16)', 16, 'institución') + ' instituciones públicas y ' + C('cuatro (4)', 4, 'organización') + ' organizaciones de la sociedad civil.', align='j')
    r.p('ARTÍCULO SEGUNDO.- ASIGNAR para el funcionamiento de la Comisión y la ejecución del Plan Regional en el año fiscal 2018 la suma de ' + M('S/ 350 000,00', 350000, y=2018, r='a') + ' (trescientos cincuenta mil con 00/100 soles), con cargo a la fuente de financiamiento Recursos Ordinarios.', align='j')
    r.p('ARTÍCULO TERCERO.- NOTIFICAR la presente resolución a las entidades integrantes y a la solicitante, para los fines de ley.', align='j')
    r.p('REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.', bold=True, align='c', before=8)
    r.sign('ELISA MARGARITA TELLO RUIZ', 'Gobernadora Regional (e)', 'Gobierno Regional de Loreto', before=24)
    return r


def c322():
    r = Reply('c322', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['governance', 'prevention'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional de Puno', 'acronym': 'GORE Puno', 'kind': 'regional_government'},
              reference='OFICIO N° 517-2019-GR PUNO/GGR', cited_references=['INFORME N° 038-2019-GR PUNO/GRPPAT-SGP', 'Solicitud Reg. N° 3381-2019'],
              letter_date='2019-04-02', language='es', on_topic=True, photo=True,
              layout='cover oficio + informe + SIAF annex on a landscape page: PIA, PIM, Certificación, Compromiso anual, Devengado, Girado, Avance % by genérica de gasto with fuente/meta codes; unit in caption',
              notes='SIAF annex: codes (meta 0045, fuente 1/00, genérica 2.3) are not figures. PIA/PIM allocated, certificación/compromiso committed, devengado/girado executed.')
    lg = logo_png('puno', 'PUNO', 'shield', (0, 60, 130))
    r.header(['GOBIERNO REGIONAL PUNO', 'Gerencia General Regional'], logo=(lg, 1.2), size=8.5)
    r.p('Puno, 02 de abril de 2019', align='r')
    r.p('OFICIO N° 517-2019-GR PUNO/GGR', bold=True)
    r.p('Señor\nEDGAR VILCA MAMANI\nJr. Deza 355, Puno\nPresente.-')
    r.p('Asunto: Información presupuestal de la meta de prevención de la trata de personas, ejercicio fiscal 2018', bold=True)
    r.p('Tengo el agrado de dirigirme a usted, para remitir el INFORME N° 038-2019-GR PUNO/GRPPAT-SGP y su anexo (reporte SIAF), con la información presupuestal solicitada.', align='j')
    r.p('Atentamente,')
    r.sign('Ing. ROLANDO QUISPE CONDORI', 'Gerente General Regional', before=18)
    r.pagebreak()
    r.p('INFORME N° 038-2019-GR PUNO/GRPPAT-SGP', bold=True, align='c')
    r.p('Para\t: Gerente General Regional\nDe\t: Sub Gerente de Presupuesto\nRef.\t: Solicitud Reg. N° 3381-2019\nFecha\t: 29 de marzo de 2019', size=9.5)
    r.p('1. La meta 0045 "Prevención de la trata de personas en la región Puno" del pliego 458 Gobierno Regional Puno contó en el año fiscal 2018 con un PIA de ' + M('S/ 210 000,00', 210000, y=2018, r='a') + ' y un PIM de ' + M('S/ 248 560,00', 248560, y=2018, r='a') + '.', align='j')
    r.p('2. Al cierre del ejercicio se devengó ' + M('S/ 231 904,12', 231904.12, y=2018, r='e') + ', con un avance de ' + P('93.3%', 93.3, y=2018) + ' respecto del PIM. El detalle por fuente de financiamiento y genérica de gasto figura en el anexo.', align='j')
    r.p('3. Con dichos recursos se realizaron ' + C('41', 41, 'taller', y=2018) + ' talleres y ' + C('3', 3, 'campaña', y=2018) + ' campañas radiales en quechua y aimara.', align='j')
    r.sign('CPC. JUDITH APAZA LUQUE', 'Sub Gerente de Presupuesto', before=16)
    r.landscape()
    r.p('ANEXO: EJECUCIÓN PRESUPUESTAL 2018 — META 0045 (en soles)', bold=True, align='c')
    r.p('Sec. Func. 0045 | Pliego 458 | UE 001-865 Sede Puno | Fecha de reporte: 15/01/2019', size=8, align='c')
    head = [['Fuente de financiamiento', 'Genérica de gasto', 'PIA', 'PIM', 'Certificación', 'Compromiso anual', 'Devengado', 'Girado', 'Avance %']]
    data = [('1/00 Recursos Ordinarios', '2.3 Bienes y servicios', 180000, 198560, 198100.0, 196880.0, 189954.12, 189954.12),
            ('1/00 Recursos Ordinarios', '2.6 Adquisición de activos no financieros', 0, 20000, 19800.0, 19800.0, 19800.0, 19800.0),
            ('5/18 Canon y sobrecanon', '2.3 Bienes y servicios', 30000, 30000, 25000.0, 22150.0, 22150.0, 20950.0)]
    def fmt(v):
        return '{:,.2f}'.format(v)
    rows = []
    tot = [0.0] * 6
    for fu, ge, *vals in data:
        row = [fu, ge]
        roles = ['a', 'a', 'c', 'c', 'e', 'e']
        names = ['PIA', 'PIM', 'Certificación', 'Compromiso anual', 'Devengado', 'Girado']
        for k, v in enumerate(vals):
            row.append(M(fmt(v), v, y=2018, r=roles[k], u='caption'))
            tot[k] += v
        row.append(P('{:.1f}'.format(vals[4] / vals[1] * 100), round(vals[4] / vals[1] * 100, 1), y=2018))
        rows.append(row)
    trow = ['TOTAL', '']
    for k, v in enumerate(tot):
        trow.append(M(fmt(v), v, y=2018, r=['a', 'a', 'c', 'c', 'e', 'e'][k], u='caption'))
    trow.append(P('93.3', 93.3, y=2018))
    rows.append(trow)
    r.table(head, rows, widths=[4.2, 5.0, 2.4, 2.4, 2.6, 2.6, 2.6, 2.4, 1.8], size=8.5, bold_rows=(3,),
            row_label_fn=lambda i, rw: ' '.join(plain(rw[0] + ' ' + rw[1]).split()) if i < 3 else 'TOTAL',
            note='Fuente: SIAF-SP, Módulo de Procesos Presupuestarios. Elaborado por: Sub Gerencia de Presupuesto.')
    return r
