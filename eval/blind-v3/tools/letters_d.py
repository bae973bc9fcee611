# -*- coding: utf-8 -*-
from lib import *
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill


def c335():
    r = Reply('c335', font='Arial', size=10.5, status='out_of_period', missing_kind=None,
              axes=['governance', 'prevention'], period_start='2018-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional San Martín', 'acronym': 'GRSM', 'kind': 'regional_government'},
              reference='OFICIO N° 0377-2019-GRSM/GRDS', cited_references=[],
              letter_date='2019-12-04', language='es', on_topic=True, photo=True,
              layout='oficio; the answer only describes plans for 2020 with programmed budget in a ruled table; request was 2018-2019',
              notes='Only future plans (2020) -> out_of_period. The amounts are programmed (allocated) for 2020.')
    lg = logo_png('sanmartin', 'GRSM', 'square', (0, 110, 50))
    r.letterhead_table((lg, 1.6), ['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], widths=(2.5, 12, 2))
    r.p('Moyobamba, 04 de diciembre de 2019', align='r', before=8)
    r.p('OFICIO N° 0377-2019-GRSM/GRDS', bold=True)
    r.p('Señora\nKARINA DEL ÁGUILA TUESTA\nPresente.-')
    r.p('Asunto: Información sobre acciones contra la trata de personas en los años 2018 y 2019', bold=True)
    r.p('Es grato dirigirme a usted, en atención a su solicitud, para informarle que la Gerencia Regional de Desarrollo Social viene formulando el Plan Regional contra la Trata de Personas, cuya implementación iniciará en el año 2020. Para dicho año se ha programado lo siguiente:', align='j')
    rows = [['Instalación y funcionamiento de la Mesa Regional', C('4', 4, 'sesión', y=2020), M('12 000,00', 12000, y=2020, r='a')],
            ['Campañas de prevención en Tarapoto, Moyobamba y Juanjuí', C('6', 6, 'campaña', y=2020), M('48 500,00', 48500, y=2020, r='a')],
            ['Capacitación a docentes de secundaria', C('10', 10, 'taller', y=2020), M('27 300,00', 27300, y=2020, r='a')]]
    r.table([['Actividad programada 2020', 'Meta física', 'Monto programado (S/)']], rows, widths=[8.5, 2.5, 3.8])
    r.p('El presupuesto total programado asciende a ' + M('S/ 87 800,00', 87800, y=2020, r='a') + ', sujeto a la aprobación del PIA 2020.', align='j')
    r.p('Atentamente,')
    r.sign('Lic. HERNÁN PANDURO GARCÍA', 'Gerente Regional de Desarrollo Social', align='l')
    r.footer('Jr. Alonso de Alvarado 1150, Moyobamba — (042) 562143', size=7)
    return r


def c336():
    r = Reply('c336', font='Times New Roman', size=11, status='answered', missing_kind=None,
              axes=['prevention', 'protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Municipalidad Provincial de Maynas', 'acronym': 'MPM', 'kind': 'provincial_municipality'},
              reference='OFICIO N° 145-2019-GDS-MPM', cited_references=[],
              letter_date='2019-02-26', language='es', on_topic=True,
              layout='oficio; mixes 2016, 2017 and 2018 figures in prose (only part in period); figures as digits and words',
              notes='Mixed in-period (2018) and out-of-period (2016-2017) figures -> answered.')
    r.p('MUNICIPALIDAD PROVINCIAL DE MAYNAS', align='c', bold=True, size=13, after=0)
    r.p('Gerencia de Desarrollo Social — DEMUNA', align='c', after=0)
    r.p('Iquitos — Loreto', align='c', italic=True, size=9, after=12)
    r.p('Iquitos, 26 de febrero de 2019')
    r.p('OFICIO N° 145-2019-GDS-MPM', bold=True)
    r.p('Señor\nRICARDO SIFUENTES ARÉVALO\nPresente.-')
    r.p('Me dirijo a usted, en atención a su solicitud sobre casos de trata de personas atendidos por la DEMUNA en el año 2018, para informarle lo siguiente:', align='j')
    r.p('En el año 2018 la DEMUNA atendió ' + C('11', 11, 'caso', y=2018) + ' casos de niñas y adolescentes presuntas víctimas de trata, todos derivados a la Unidad de Protección Especial de Loreto. A modo de referencia, en 2016 se atendieron ' + C('4', 4, 'caso', y=2016) + ' casos y en 2017, ' + C('siete', 7, 'caso', y=2017) + '.', align='j')
    r.p('Asimismo, en 2018 se desarrollaron ' + C('22', 22, 'charla', y=2018) + ' charlas de prevención en los asentamientos humanos de Belén y Punchana, con una inversión de ' + M('S/ 6 480', 6480, y=2018, r='e') + ' en materiales.', align='j')
    r.p('Atentamente,')
    r.sign('Lic. TERESA PINEDO DÁVILA', 'Gerente de Desarrollo Social', align='l')
    r.footer('Jr. Sargento Lores 460, Iquitos', size=7)
    return r


def c337():
    r = Reply('c337', font='Arial', size=11, status='answered', missing_kind=None,
              axes=['governance', 'prevention'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional de Tumbes', 'acronym': 'GRT', 'kind': 'regional_government'},
              reference='OFICIO N° 208-2019/GOB.REG.TUMBES-GRDS-GR', cited_references=[],
              letter_date='2019-03-22', language='es', on_topic=True,
              layout='short oficio with a substantive null answer: no budget and no activities in 2018; no figures',
              notes='Substantive null answer for the period -> answered, no figures.')
    r.header(['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social'], size=9)
    r.p('Tumbes, 22 de marzo de 2019', align='r')
    r.p('OFICIO N° 208-2019/GOB.REG.TUMBES-GRDS-GR', bold=True)
    r.p('Señora\nMILAGROS CRISANTO ZAPATA\nPresente.-')
    r.p('Asunto: Presupuesto y acciones en materia de trata de personas — año 2018', bold=True)
    r.p('Me dirijo a usted, en atención a su solicitud de información, para comunicarle que durante el año fiscal 2018 el Gobierno Regional de Tumbes **no asignó presupuesto** específico a acciones contra la trata de personas ni ejecutó actividades de prevención en esta materia, al no haberse aprobado aún el Plan Regional correspondiente.', align='j')
    r.p('La Mesa Regional de Trabajo para la prevención de la trata no sesionó durante dicho año.', align='j')
    r.p('Atentamente,')
    r.sign('Abog. LUIS ENRIQUE DIOSES NOLE', 'Gerente Regional de Desarrollo Social', align='l')
    return r


def c338():
    r = Reply('c338', font='Nimbus Sans', size=10, status='out_of_period', missing_kind=None,
              axes=['protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio de Salud', 'acronym': 'MINSA', 'kind': 'ministry'},
              reference='OFICIO N° 1622-2019-DG-DIGESA/MINSA', cited_references=['Informe N° 021-2019-DSAME/DGIESP'],
              letter_date='2019-06-10', language='es', on_topic=True, photo=True,
              layout='oficio; ruled table of mental-health attentions 2015 | 2016 only; request asked for 2018',
              notes='Only 2015-2016 information although 2018 was requested -> out_of_period. Reference uses DIGESA office code though the content is from DSAME (as printed).')
    r.header(['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública — Dirección de Salud Mental'], size=8.5, align='l')
    r.p('Lima, 10 de junio de 2019', align='r')
    r.p('OFICIO N° 1622-2019-DG-DIGESA/MINSA', bold=True)
    r.p('Señor\nABEL CONDORI TICONA\nPresente.-')
    r.p('Tengo el agrado de dirigirme a usted para remitirle lo informado por la Dirección de Salud Mental (Informe N° 021-2019-DSAME/DGIESP) respecto de su solicitud sobre atenciones en salud mental a víctimas de trata en el año 2018.', align='j')
    r.p('Al respecto, se cuenta únicamente con la información del estudio de seguimiento realizado en los años 2015 y 2016, cuyos resultados son:', align='j')
    rows = [['Víctimas atendidas en Centros de Salud Mental Comunitarios', C('38', 38, 'víctima', y=2015), C('64', 64, 'víctima', y=2016)],
            ['Atenciones psicológicas brindadas', C('412', 412, 'atención', y=2015), C('733', 733, 'atención', y=2016)],
            ['Víctimas con diagnóstico de estrés postraumático', P('47 %', 47, y=2015), P('52 %', 52, y=2016)]]
    r.table([['Indicador', '2015', '2016']], rows, widths=[9, 2.4, 2.4])
    r.p('La información del año 2018 no ha sido consolidada a la fecha.', align='j')
    r.p('Atentamente,')
    r.sign('M.C. JORGE LUIS PALACIOS ARCE', 'Director General (e)', align='l')
    return r


def c339():
    r = Reply('c339', fmt='xlsx', status='answered', missing_kind=None,
              axes=['prosecution'], period_start='2017-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Corte Superior de Justicia de Lima Norte', 'acronym': 'CSJLN', 'kind': 'autonomous'},
              reference='REPORTE N° 014-2020-CSJLN-PJ/CDE', cited_references=[],
              letter_date='2020-01-17', language='es', on_topic=True, keep_native=True, photo=True,
              layout='XLSX statistical report (kept as native), title rows with reference and date, rows = indicator, columns = 2017 | 2018 | 2019 | Total, integer counts, no borders except header line',
              notes='Counts of expedientes; expediente numbers in the note are not figures. Kept as XLSX; pages from the LibreOffice rendering.')
    ws = r.wb.active
    ws.title = 'Trata 2017-2019'
    ws['A1'] = 'PODER JUDICIAL — CORTE SUPERIOR DE JUSTICIA DE LIMA NORTE'
    ws['A2'] = 'Coordinación de Estadística'
    ws['A3'] = 'REPORTE N° 014-2020-CSJLN-PJ/CDE'
    ws['A4'] = 'Procesos por delito de trata de personas (art. 153 C.P.), periodo 2017 - 2019'
    ws['A5'] = 'Fecha: 17/01/2020'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A3'].font = Font(bold=True)
    hdr = ['Indicador', '2017', '2018', '2019', 'Total']
    for k, h in enumerate(hdr):
        c = ws.cell(row=7, column=k + 1, value=h)
        c.font = Font(bold=True)
        c.border = Border(bottom=Side(style='medium'), top=Side(style='thin'))
    data = [('Expedientes ingresados', 'expediente', 41, 56, 63), ('Expedientes resueltos', 'expediente', 29, 38, 51),
            ('Sentencias condenatorias', 'sentencia', 9, 12, 15), ('Sentencias absolutorias', 'sentencia', 4, 3, 6),
            ('Expedientes en trámite al cierre', 'expediente', 58, 76, 88)]
    for i, (lab, what, a, b, c) in enumerate(data):
        rr = 8 + i
        ws.cell(row=rr, column=1, value=lab)
        for k, (v, y, col) in enumerate([(a, 2017, 'B'), (b, 2018, 'C'), (c, 2019, 'D')]):
            XL(r, ws, '%s%d' % (col, rr), v, '0', kind='count', what=what, y=y, row=lab, col=str(y))
        XL(r, ws, 'E%d' % rr, a + b + c, '0', kind='count', what=what, row=lab, col='Total')
    ws['A14'] = 'Nota: Incluye, entre otros, los Exp. N° 01123-2017-0-0901-JR-PE-03 y N° 00457-2018-5-0901-JR-PE-01.'
    ws['A14'].font = Font(italic=True, size=9)
    ws.column_dimensions['A'].width = 40
    for c in 'BCDE':
        ws.column_dimensions[c].width = 11
    ws.page_setup.orientation = 'landscape'
    ws.print_area = 'A1:E14'
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    return r


def c340():
    r = Reply('c340', fmt='xlsx', status='answered', missing_kind=None,
              axes=['governance', 'prevention', 'protection'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional de Ayacucho', 'acronym': 'GRA', 'kind': 'regional_government'},
              reference=None, cited_references=[],
              letter_date=None, language='es', on_topic=True, keep_native=True, photo=True,
              layout='XLSX SIAF annex (kept as native): unit "(En miles de soles)" in the title block, columns Meta | Actividad | PIA | PIM | Devengado | Avance %, meta codes as distractors, total row',
              notes='Amounts in thousands of soles (title block) -> value x1000, unit_source page. Meta codes (0112, 0113, 0114) are not figures. No reference line or date of its own.')
    ws = r.wb.active
    ws.title = 'Ejecucion 2019'
    ws['A1'] = 'GOBIERNO REGIONAL DE AYACUCHO'
    ws['A2'] = 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'
    ws['A3'] = 'Ejecución presupuestal de metas vinculadas a la trata de personas — Año fiscal 2019'
    ws['A4'] = '(En miles de soles)'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A3'].font = Font(bold=True)
    hdr = ['Meta', 'Actividad', 'PIA', 'PIM', 'Devengado', 'Avance %']
    thin = Side(style='thin')
    for k, h in enumerate(hdr):
        c = ws.cell(row=6, column=k + 1, value=h)
        c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='E2EFDA')
        c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    data = [('0112', 'Funcionamiento de la Red Regional contra la Trata', 45.0, 52.5, 50.1),
            ('0113', 'Prevención en instituciones educativas rurales', 120.0, 134.8, 118.6),
            ('0114', 'Atención y reintegración de víctimas (Hogar de refugio)', 310.0, 356.2, 349.9)]
    tot = [0, 0, 0]
    for i, (meta, act, a, b, c) in enumerate(data):
        rr = 7 + i
        ws.cell(row=rr, column=1, value=meta)
        ws.cell(row=rr, column=2, value=act)
        for k, (v, col, rl, cn) in enumerate([(a, 'C', 'a', 'PIA'), (b, 'D', 'a', 'PIM'), (c, 'E', 'e', 'Devengado')]):
            f = XL(r, ws, '%s%d' % (col, rr), v, '#,##0.0', scale=1000, y=2019, r=rl, u='page', row=act, col=cn)
            tot[k] += v
        XL(r, ws, 'F%d' % rr, round(c / b, 3), '0.0%', kind='percent', y=2019, row=act, col='Avance %')
        for cc in range(1, 7):
            ws.cell(row=rr, column=cc).border = Border(top=thin, bottom=thin, left=thin, right=thin)
    rr = 10
    ws.cell(row=rr, column=2, value='TOTAL').font = Font(bold=True)
    for k, (col, rl, cn) in enumerate([('C', 'a', 'PIA'), ('D', 'a', 'PIM'), ('E', 'e', 'Devengado')]):
        XL(r, ws, '%s%d' % (col, rr), round(tot[k], 1), '#,##0.0', scale=1000, y=2019, r=rl, u='page', row='TOTAL', col=cn)
    XL(r, ws, 'F%d' % rr, round(tot[2] / tot[1], 3), '0.0%', kind='percent', y=2019, row='TOTAL', col='Avance %')
    ws['A12'] = 'Fuente: SIAF-SP. Pliego 444 Gobierno Regional Ayacucho. Fuente de financiamiento 1/00 Recursos Ordinarios.'
    ws.column_dimensions['A'].width = 8
    ws.column_dimensions['B'].width = 52
    for c in 'CDEF':
        ws.column_dimensions[c].width = 12
    ws.page_setup.orientation = 'landscape'
    ws.print_area = 'A1:F12'
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    return r


def c341():
    r = Reply('c341', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['prosecution', 'prevention'], period_start='2019-01-01', period_end='2019-09-30', period_stated=True,
              sender={'name': 'Municipalidad Distrital de La Victoria', 'acronym': 'MDLV', 'kind': 'district_municipality'},
              reference='INFORME N° 312-2019-SGFC-GFC/MDLV', cited_references=['Memorándum N° 1450-2019-GM/MDLV'],
              letter_date='2019-10-08', language='es', on_topic=True, keep_native=True,
              layout='DOCX kept as native: municipal informe of the inspections office; monthly counts in a ruled table with a merged header; closures and fines in prose',
              notes='Municipal inspections of nightclubs/hostels with police and prosecutors -> prosecution; awareness -> prevention. Period "de enero a setiembre de 2019".')
    r.p('MUNICIPALIDAD DE LA VICTORIA', bold=True, size=12, after=0)
    r.p('Gerencia de Fiscalización y Control — Subgerencia de Fiscalización y Control', size=9, after=10)
    r.p('INFORME N° 312-2019-SGFC-GFC/MDLV', bold=True, align='c')
    r.p('A\t\t: GERENCIA MUNICIPAL\nASUNTO\t: Operativos conjuntos contra la trata de personas, enero a setiembre de 2019\nREF.\t\t: Memorándum N° 1450-2019-GM/MDLV\nFECHA\t: La Victoria, 08 de octubre de 2019', size=10)
    r.p('Se informa que la Subgerencia participó en operativos conjuntos con la DIVINTRAP y la Fiscalía Especializada en locales de las zonas de Gamarra, Av. 28 de Julio y Av. Aviación:', align='j', before=6)
    head = [['Trimestre 2019', 'Operativos', 'Locales', ''], ['', '', 'Intervenidos', 'Clausurados']]
    data = [('I Trimestre', 8, 31, 6), ('II Trimestre', 11, 44, 9), ('III Trimestre', 9, 37, 5)]
    rows = [[t, C(str(a), a, 'operativo', y=2019), C(str(b), b, 'local', y=2019), C(str(c), c, 'local', y=2019)] for t, a, b, c in data]
    rows.append(['Total', C('28', 28, 'operativo', y=2019), C('112', 112, 'local', y=2019), C('20', 20, 'local', y=2019)])
    r.table(head, rows, widths=[4, 3, 3, 3], merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)], bold_rows=(3,), num_align='c',
            colnames=[None, 'Operativos', 'Locales Intervenidos', 'Locales Clausurados'])
    r.p('Las multas impuestas a los establecimientos clausurados suman ' + M('S/ 251 300,00', 251300, y=2019) + '. Además, se entregaron ' + C('3 500', 3500, 'volante', y=2019) + ' volantes informativos sobre la línea 1818.', align='j')
    r.sign('Abog. FÉLIX ROMÁN CUEVA LAZO', 'Subgerente de Fiscalización y Control', align='l', before=20)
    return r


def c342():
    r = Reply('c342', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['prosecution'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Policía Nacional del Perú - Región Policial Loreto', 'acronym': 'PNP', 'kind': 'police'},
              reference='OFICIO N° 061-2020-REGPOL-LORETO/SEC-UNIPLEDU', cited_references=[],
              letter_date='2020-01-20', language='es', on_topic=True, scan_turn=90, photo=True,
              layout='oficio with a monthly table (12 months x denuncias / víctimas / detenidos) and a total row; scan turned 90°',
              notes='Monthly rows; year 2019 from the subject/caption. The scanned copy is rotated 90° as a whole.')
    r.p('POLICÍA NACIONAL DEL PERÚ\nREGIÓN POLICIAL LORETO\nSecretaría — UNIPLEDU', bold=True, size=9.5)
    r.p('Iquitos, 20 de enero de 2020', align='r')
    r.p('OFICIO N° 061-2020-REGPOL-LORETO/SEC-UNIPLEDU', bold=True)
    r.p('Señor\nVÍCTOR HUGO SANDOVAL RENGIFO\nPresente.-')
    r.p('Asunto: Remite estadística de trata de personas — año 2019', bold=True)
    r.p('Tengo el honor de dirigirme a usted, para remitirle la estadística mensual de denuncias por trata de personas registradas en las dependencias policiales de la Región Policial Loreto durante el año 2019:', align='j')
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    den = [6, 4, 7, 9, 5, 8, 11, 6, 7, 10, 5, 9]
    vic = [9, 4, 12, 13, 7, 10, 15, 8, 9, 14, 6, 12]
    det = [2, 1, 3, 4, 1, 2, 5, 2, 3, 4, 1, 3]
    rows = [[m, C(str(a), a, 'denuncia', y=2019), C(str(b), b, 'víctima', y=2019), C(str(c), c, 'detenido', y=2019)] for m, a, b, c in zip(months, den, vic, det)]
    rows.append(['TOTAL', C(str(sum(den)), sum(den), 'denuncia', y=2019), C(str(sum(vic)), sum(vic), 'víctima', y=2019), C(str(sum(det)), sum(det), 'detenido', y=2019)])
    r.table([['Mes', 'Denuncias', 'Víctimas', 'Detenidos']], rows, widths=[4, 3, 3, 3], size=9, bold_rows=(12,), num_align='c',
            caption='Trata de personas — Región Policial Loreto, 2019')
    r.p('Fuente: SIDPOL — Sistema de Denuncias Policiales. Consulta: 15ENE2020.', size=8, italic=True)
    r.p('Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.', align='j')
    r.sign('CORONEL PNP GUSTAVO RÍOS PEZO', 'Jefe de la Región Policial Loreto', align='c', before=16)
    return r


def c343():
    r = Reply('c343', font='Times New Roman', size=11, status='answered', missing_kind=None,
              axes=['prosecution', 'protection'], period_start='2017-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio Público - Fiscalía de la Nación', 'acronym': 'MP-FN', 'kind': 'autonomous'},
              reference='INFORME N° 27-2019-MP-FN-GG-OFPPTO-OBSERVATORIO', cited_references=['Oficio N° 5587-2019-MP-FN-SEGFIN'],
              letter_date='2019-05-31', language='es', on_topic=True, photo=True,
              layout='statistical informe of the Observatorio de Criminalidad; victims by sex and age group in a two-level merged-header table with percents; prose percentages',
              notes='Period "entre enero de 2017 y diciembre de 2018". Percent columns next to counts.')
    r.header(['MINISTERIO PÚBLICO — FISCALÍA DE LA NACIÓN', 'Observatorio de Criminalidad'], size=8.5, align='r')
    r.p('INFORME N° 27-2019-MP-FN-GG-OFPPTO-OBSERVATORIO', bold=True, align='c')
    r.p('Lima, 31 de mayo de 2019', align='c', italic=True)
    r.p('1. En atención al Oficio N° 5587-2019-MP-FN-SEGFIN, que traslada la solicitud de información sobre presuntas víctimas de trata registradas entre enero de 2017 y diciembre de 2018, se presentan los resultados del Sistema de Información de Apoyo al Trabajo Fiscal (SIATF) y del Sistema de Gestión Fiscal (SGF).', align='j')
    r.p('2. En el periodo se registraron ' + C('3 266', 3266, 'víctima') + ' presuntas víctimas, de las cuales el ' + P('86,3%', 86.3) + ' fueron mujeres y el ' + P('44,1%', 44.1) + ' menores de edad.', align='j')
    head = [['Grupo de edad', '2017', '', '2018', ''], ['', 'N°', '%', 'N°', '%']]
    data = [('0 a 17 años', 641, 43.0, 799, 45.0), ('18 a 29 años', 597, 40.1, 671, 37.8), ('30 a más años', 119, 8.0, 128, 7.2), ('Sin dato', 133, 8.9, 178, 10.0)]
    rows = []
    for g, a, pa, b, pb in data:
        rows.append([g, C('{:,}'.format(a).replace(',', ' '), a, 'víctima', y=2017), P('{:.1f}'.format(pa).replace('.', ','), pa, y=2017),
                     C('{:,}'.format(b).replace(',', ' '), b, 'víctima', y=2018), P('{:.1f}'.format(pb).replace('.', ','), pb, y=2018)])
    rows.append(['Total', C('1 490', 1490, 'víctima', y=2017), P('100,0', 100.0, y=2017), C('1 776', 1776, 'víctima', y=2018), P('100,0', 100.0, y=2018)])
    r.table(head, rows, widths=[4, 2.4, 2, 2.4, 2], merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], bold_rows=(4,), num_align='c',
            caption='Cuadro 3. Presuntas víctimas de trata de personas según grupo de edad, 2017-2018',
            colnames=[None, '2017 N°', '2017 %', '2018 N°', '2018 %'])
    r.p('3. Las principales finalidades de explotación registradas fueron la sexual (' + P('57,9%', 57.9) + ') y la laboral (' + P('30,2%', 30.2) + ').', align='j')
    r.sign('ECON. ROBERTO ALVA SALAS', 'Jefe del Observatorio de Criminalidad', align='r', before=20)
    return r


def c344():
    r = Reply('c344', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['protection'], period_start='2018-07-01', period_end='2019-06-30', period_stated=True,
              sender={'name': 'Ministerio Público - Unidad Distrital de Asistencia a Víctimas y Testigos de Cusco', 'acronym': 'UDAVIT', 'kind': 'autonomous'},
              reference='OFICIO MÚLTIPLE N° 009-2019-MP-FN-UDAVIT-CUSCO', cited_references=[],
              letter_date='2019-07-29', language='es', on_topic=True,
              layout='oficio múltiple (same answer to several requesters, list of addressees), counts by type of assistance in a bulleted list, one money figure',
              notes='Period "julio de 2018 a junio de 2019".')
    r.header(['Ministerio Público — Distrito Fiscal de Cusco', 'Unidad Distrital de Asistencia a Víctimas y Testigos'], size=8.5)
    r.p('Cusco, 29 de julio de 2019', align='r')
    r.p('OFICIO MÚLTIPLE N° 009-2019-MP-FN-UDAVIT-CUSCO', bold=True)
    r.p('Señores:\n— Sra. Yeny Challco Huillca, Asociación Pro Derechos de la Niñez\n— Sr. Néstor Ugarte Farfán, periodista\n— Srta. Pamela Quispe Loayza, investigadora', size=10)
    r.p('Asunto: Atención a víctimas de trata de personas, julio de 2018 a junio de 2019', bold=True)
    r.p('Me dirijo a ustedes, en atención a sus solicitudes de acceso a la información sobre el mismo asunto, para comunicarles que en el periodo indicado la UDAVIT Cusco incorporó al Programa de Asistencia a Víctimas y Testigos a ' + C('126', 126, 'víctima') + ' víctimas de trata de personas, a quienes se brindó:', align='j')
    r.bullets(['asistencia legal: ' + C('126', 126, 'víctima') + ' víctimas;', 'asistencia psicológica: ' + C('109', 109, 'víctima') + ' víctimas;',
               'asistencia social: ' + C('97', 97, 'víctima') + ' víctimas; y', 'medidas de protección por riesgo: ' + C('18', 18, 'víctima') + ' víctimas.'])
    r.p('Los gastos de alimentación, traslado y alojamiento temporal de las víctimas durante las diligencias ascendieron a ' + M('S/ 73,912.40', 73912.4, r='e') + '.', align='j')
    r.p('Atentamente,')
    r.sign('Psic. ROXANA ZAPATA ESCALANTE', 'Coordinadora de la UDAVIT Cusco', align='l')
    return r


def c345():
    r = Reply('c345', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['prevention', 'governance'], period_start='2018-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional Junín', 'acronym': 'GRJ', 'kind': 'regional_government'},
              reference='MEMORANDO N° 0731-2020-GRJ/GRDS', cited_references=['INFORME TÉCNICO N° 009-2020-GRJ/GRDS/SGDS-CRTP'],
              letter_date='2020-02-14', language='es', on_topic=True, photo=True,
              layout='memorando to the transparency officer + informe técnico; activity counts per year in a ruled table with wrapped three-line headers; budget in prose with words',
              notes='Period "años 2018 y 2019". Headers wrapped over 2-3 lines; column names joined with spaces.')
    r.p('GOBIERNO REGIONAL JUNÍN', bold=True, align='c', size=12, after=0)
    r.p('Gerencia Regional de Desarrollo Social', align='c', after=10)
    r.p('MEMORANDO N° 0731-2020-GRJ/GRDS', bold=True, align='c')
    r.p('PARA\t:\tAbog. Úrsula Mercado Porras, Responsable de Acceso a la Información\nASUNTO\t:\tInformación sobre la Comisión Regional contra la Trata de Personas — años 2018 y 2019\nFECHA\t:\tHuancayo, 14 de febrero de 2020')
    r.p('Remito el INFORME TÉCNICO N° 009-2020-GRJ/GRDS/SGDS-CRTP para su trámite al solicitante.', before=4)
    r.sign('Lic. OSWALDO HINOSTROZA MEZA', 'Gerente Regional de Desarrollo Social', align='l', before=14)
    r.p('_' * 86, size=7)
    r.p('INFORME TÉCNICO N° 009-2020-GRJ/GRDS/SGDS-CRTP', bold=True, align='c', before=6)
    r.p('La Comisión Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Junín desarrolló las siguientes actividades:', align='j')
    head = [['Año', 'Sesiones\nordinarias de la\nComisión', 'Campañas de\nsensibilización', 'Personas\nsensibilizadas', 'Funcionarios\ncapacitados en\nel PNAT']]
    rows = [['2018', C('6', 6, 'sesión', y=2018), C('12', 12, 'campaña', y=2018), C('4 870', 4870, 'persona', y=2018), C('135', 135, 'funcionario', y=2018)],
            ['2019', C('8', 8, 'sesión', y=2019), C('17', 17, 'campaña', y=2019), C('6 215', 6215, 'persona', y=2019), C('210', 210, 'funcionario', y=2019)]]
    r.table(head, rows, widths=[2, 3, 3, 3, 3], size=9, num_align='c')
    r.p('El presupuesto ejecutado por la Sub Gerencia de Desarrollo Social en estas actividades fue de ' + M('S/ 58 000,00', 58000, y=2018, r='e') + ' en 2018 y de ' + M('sesenta y cuatro mil quinientos soles', 64500, y=2019, r='e') + ' en 2019.', align='j')
    r.sign('Lic. MILAGROS ÑAUPARI CÓRDOVA', 'Coordinadora de la Comisión Regional', align='l', before=14)
    return r


def c346():
    r = Reply('c346', fmt='odt', font='DejaVu Serif', size=10, status='answered', missing_kind=None,
              axes=['protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Programa Integral Nacional para el Bienestar Familiar', 'acronym': 'INABIF', 'kind': 'ministry'},
              reference='OFICIO N° 000298-2019-MIMP-INABIF-DE', cited_references=[],
              letter_date='2019-04-04', language='es', on_topic=True, photo=True,
              layout='ODT source; oficio with an unruled (borderless) table of residential centres with capacity and residents; counts in prose',
              notes='INABIF is a programme of MIMP (kind ministry). Table has no borders at all; headers bold only.')
    r.p('MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', align='c', size=9, after=0)
    r.p('Programa Integral Nacional para el Bienestar Familiar — INABIF', align='c', bold=True, after=0)
    r.p('Dirección Ejecutiva', align='c', size=9, after=12)
    r.p('Lima, 04 de abril de 2019', align='r')
    r.p('OFICIO N° 000298-2019-MIMP-INABIF-DE', bold=True)
    r.p('Señor\nMARCO ANTONIO LLERENA ZEA\nPresente.-')
    r.p('Me dirijo a usted en atención a su solicitud, respecto de los Centros de Acogida Residencial (CAR) especializados en la atención de niñas, niños y adolescentes víctimas de trata de personas durante el año 2018.', align='j')
    r.p('El INABIF contó en 2018 con ' + C('tres', 3, 'centro de acogida residencial', y=2018) + ' CAR especializados, que acogieron a un total de ' + C('97', 97, 'residente', y=2018) + ' adolescentes:', align='j')
    rows = [['CAR "Santa Rosa" — Lima', C('30', 30, 'plaza', y=2018), C('41', 41, 'residente', y=2018), C('12', 12, 'egreso', y=2018)],
            ['CAR "Hogar Esperanza" — Cusco', C('24', 24, 'plaza', y=2018), C('33', 33, 'residente', y=2018), C('9', 9, 'egreso', y=2018)],
            ['CAR "Nuevo Amanecer" — Madre de Dios', C('20', 20, 'plaza', y=2018), C('23', 23, 'residente', y=2018), C('7', 7, 'egreso', y=2018)]]
    r.table([['Centro', 'Capacidad (plazas)', 'Residentes atendidos', 'Egresos por reintegración']], rows, widths=[6.5, 2.8, 2.8, 3.2], ruled='none', num_align='c')
    r.p('El costo promedio mensual de atención por residente fue de ' + M('S/ 2 140,00', 2140, y=2018, r='e') + '.', align='j')
    r.p('Atentamente,')
    r.sign('Lic. ÁNGELA MARÍA ROSAS PÉREZ', 'Directora Ejecutiva', align='l')
    return r
