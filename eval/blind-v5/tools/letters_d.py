"""blind-v5 letters e537-e548."""
from common import *
from lib import plain, XL


def e537():
    R = new('e537', 'answered', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de La Libertad', 'GRLL', 'regional_government'),
            None, ['Solicitud N° 0614-2020-GRLL-SGT'],
            '2020-02-18', 'spreadsheet annex sent as the reply (XLSX), title rows with unit once in a title row, PIA/PIM/devengado and % columns',
            fmt='xlsx', notes='XLSX annex without a reference line of its own; unit "En soles" stated once in the title block (page)')
    import openpyxl
    from openpyxl.styles import Font, Alignment, Border, Side
    ws = R.wb.active; ws.title = 'Anexo'
    thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws['A1'] = 'GOBIERNO REGIONAL LA LIBERTAD – GERENCIA REGIONAL DE PLANEAMIENTO Y ACONDICIONAMIENTO TERRITORIAL'; ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Ejecución presupuestal 2019 – Plan Regional contra la Trata de Personas (atiende Solicitud N° 0614-2020-GRLL-SGT)'; ws['A2'].font = Font(bold=True)
    ws['A3'] = 'En soles. Fecha de corte: 31/12/2019. Trujillo, 18 de febrero de 2020'; ws['A3'].font = Font(italic=True)
    heads = ['Meta', 'Actividad', 'PIA', 'PIM', 'Devengado', 'Avance %']
    for j, h in enumerate(heads):
        c = ws.cell(row=5, column=j + 1, value=h); c.font = Font(bold=True); c.border = B; c.alignment = Alignment(horizontal='center', wrap_text=True)
    data = [('0031', 'Funcionamiento de la Comisión Regional contra la Trata', 'governance', 85000.00, 92400.00, 90115.60),
            ('0032', 'Campañas de prevención en Trujillo, Pataz y Sánchez Carrión', 'prevention', 150000.00, 176250.00, 168932.45),
            ('0033', 'Atención y acogida temporal de víctimas (Hogar Refugio)', 'protection', 310000.00, 334800.00, 301560.00)]
    r = 6
    for meta, act, _, pia, pim, dev in data:
        ws.cell(row=r, column=1, value=meta); ws.cell(row=r, column=2, value=act)
        lab = act
        XL(R, ws, 'C%d' % r, pia, '#,##0.00', y=2019, r='a', u='page', row=lab, col='PIA')
        XL(R, ws, 'D%d' % r, pim, '#,##0.00', y=2019, r='a', u='page', row=lab, col='PIM')
        XL(R, ws, 'E%d' % r, dev, '#,##0.00', y=2019, r='e', u='page', row=lab, col='Devengado')
        XL(R, ws, 'F%d' % r, round(dev / pim, 3), '0.0%', kind='percent', y=2019, u='column', row=lab, col='Avance %')
        for j in range(1, 7):
            ws.cell(row=r, column=j).border = B
        r += 1
    tp = sum(d[3] for d in data); tm = sum(d[4] for d in data); td = sum(d[5] for d in data)
    ws.cell(row=r, column=2, value='TOTAL').font = Font(bold=True)
    XL(R, ws, 'C%d' % r, tp, '#,##0.00', y=2019, r='a', u='page', row='TOTAL', col='PIA')
    XL(R, ws, 'D%d' % r, tm, '#,##0.00', y=2019, r='a', u='page', row='TOTAL', col='PIM')
    XL(R, ws, 'E%d' % r, round(td, 2), '#,##0.00', y=2019, r='e', u='page', row='TOTAL', col='Devengado')
    XL(R, ws, 'F%d' % r, round(td / tm, 3), '0.0%', kind='percent', y=2019, u='column', row='TOTAL', col='Avance %')
    for j in range(1, 7):
        ws.cell(row=r, column=j).border = B
    ws.cell(row=r + 2, column=1, value='Elaborado por: Sub Gerencia de Presupuesto – CPC. Milagros Ávalos Reyna')
    ws.column_dimensions['A'].width = 8; ws.column_dimensions['B'].width = 55
    for c in 'CDE':
        ws.column_dimensions[c].width = 15
    ws.column_dimensions['F'].width = 11
    ws.page_setup.orientation = 'landscape'; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0


def e538():
    R = new('e538', 'answered', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 147-2019-MINCETUR/VMT/DGCDT', [],
            '2019-03-14', 'oficio with a footnote giving the unit of a table (amounts in soles), counts of signatory establishments by region',
            notes='Unit of the money column given in a footnote under the table: unit_source caption')
    R.header(['MINISTERIO DE COMERCIO EXTERIOR Y TURISMO', 'Viceministerio de Turismo – Dirección General de Políticas de Desarrollo Turístico'], logo=(logo_png('mincetur', 'MCT', 'square', (200, 30, 30)), 1.3))
    lema(R, 2019)
    R.p('San Isidro, 14 de marzo de 2019', align='r')
    R.p('OFICIO N° 147-2019-MINCETUR/VMT/DGCDT', bold=True)
    to(R, ['Señora', 'KARLA JIMENA TELLO ARÉVALO'])
    R.p('Asunto: Prevención de la explotación sexual de niñas, niños y adolescentes en el ámbito del turismo – 2018', bold=True)
    R.p('En atención a su solicitud, informo que en el año 2018 el MINCETUR continuó la promoción del Código de Conducta contra la ESNNA entre '
        'prestadores de servicios turísticos, con los resultados siguientes:', align='j')
    d = [('Cusco', 72, 61200.0), ('Loreto', 49, 44750.0), ('Madre de Dios', 38, 39100.0), ('Lima', 55, 40350.0)]
    rows = [[a, C(str(b), b, 'establecimiento', y=2018), M('{:,.2f}'.format(c), c, y=2018, r='e')] for a, b, c in d]
    rows.append(['Total', C('214', 214, 'establecimiento', y=2018), M('185,400.00', 185400.0, y=2018, r='e')])
    R.table([['Región', 'Establecimientos firmantes', 'Gasto ejecutado¹']], rows, widths=(4.0, 4.5, 4.0), size=10, unit='caption', bold_rows=(4,))
    R.p('¹ Montos en soles (S/), devengado al 31.12.2018.', size=8)
    R.p('Asimismo, se capacitó a ' + C('1 032', 1032, 'trabajador', y=2018) + ' trabajadores del sector turismo en la identificación de situaciones de riesgo.', align='j')
    R.p('Atentamente,')
    R.sign('ALEJANDRA VICTORIA NÚÑEZ PAZ', 'Directora General de Políticas de Desarrollo Turístico')


def e539():
    R = new('e539', 'missing', 'off_topic', [], None,
            S('Comisión de Promoción del Perú para la Exportación y el Turismo', 'PROMPERÚ', 'other'),
            None, [],
            '2019-07-02', 'English press release on tourist arrivals; no reference line; not about trafficking', lang='en', font='Calibri',
            notes='off-topic: an English press release of PROMPERÚ sent instead of an answer')
    R.header(['PROMPERÚ', 'Press Office · Lima, Peru'], logo=(logo_png('promperu', 'PP', 'circle', (200, 0, 60)), 1.3), align='l')
    R.p('PRESS RELEASE', bold=True, size=14)
    R.p('Lima, July 2, 2019')
    R.p('Peru welcomes record number of international visitors in the first half of 2019', bold=True, size=12)
    R.p('Peru received ' + C('2.2 million', 2200000.0, 'visitor', y=2019) + ' international visitors between January and June 2019, an increase of ' +
        P('7.4%', 7.4, y=2019) + ' over the same period of 2018, according to figures released today by PROMPERÚ.', align='j')
    R.p('Tourism revenue for the period is estimated at ' + M('US$ 2,450 million', 2450000000.0, y=2019, cur='USD') + '. Chile, the United States and Ecuador '
        'remained the main source markets, while arrivals from Asia grew by ' + P('12%', 12.0, y=2019) + '.', align='j')
    R.p('"These results confirm the strength of Peru as a destination," said the Tourism Promotion Director.', align='j')
    R.p('For media enquiries: prensa@promperu.gob.pe', size=9)
    R.p('###', align='c')


def e540():
    R = new('e540', 'out_of_period', None, ['governance', 'prevention'], ('2018-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Piura', 'MPP', 'provincial_municipality'),
            'OFICIO N° 0089-2020-GDS/MPP', ['Ordenanza Municipal N° 274-00-CMPP'],
            '2020-02-03', 'oficio that only describes a 2020 plan (programmed budget) for a 2018-2019 request',
            notes='Requested period 2018-2019 restated; only 2020 plans and programmed budget -> out_of_period')
    R.header(['MUNICIPALIDAD PROVINCIAL DE PIURA', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpp', 'MPP', 'shield', (0, 80, 150)), 1.3))
    lema(R, 2020)
    R.p('Piura, 03 de febrero de 2020', align='r')
    R.p('OFICIO N° 0089-2020-GDS/MPP', bold=True)
    to(R, ['Señor', 'JOSÉ LUIS CHUNGA SILVA'])
    R.p('Asunto: Acciones contra la trata de personas 2018-2019', bold=True)
    R.p('Me dirijo a usted en atención a su solicitud sobre las acciones realizadas contra la trata de personas en los años 2018 y 2019. '
        'Al respecto, le informo que mediante Ordenanza Municipal N° 274-00-CMPP se aprobó el Plan Local contra la Trata de Personas, '
        'cuya ejecución se iniciará en el presente año 2020 con un presupuesto programado de ' + M('S/ 120 000,00', 120000.0, y=2020, r='a') +
        '. El plan prevé ' + C('24', 24, 'campaña', y=2020) + ' campañas de sensibilización en los distritos de Piura, Castilla y Veintiséis de Octubre.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. SANDRA ISABEL CORDOVA SEMINARIO', 'Gerente de Desarrollo Social')


def e541():
    R = new('e541', 'missing', 'no_information', ['protection', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'CARTA N° 045-2019-GRA/GG-ORADM-UTIP', ['Informe N° 012-2019-GRA/GRDS'],
            '2019-03-26', 'short carta; information not held (no records), period restated')
    R.header(['GOBIERNO REGIONAL DE AYACUCHO', 'Unidad de Transparencia e Información Pública'], logo=(logo_png('gra', 'GRA', 'shield', (100, 0, 100)), 1.3))
    lema(R, 2019)
    R.p('Ayacucho, 26 de marzo de 2019', align='r')
    R.p('CARTA N° 045-2019-GRA/GG-ORADM-UTIP', bold=True)
    to(R, ['Señora', 'MILAGROS DEL CARMEN GÁLVEZ PRADO'])
    R.p('Me dirijo a usted en atención a su solicitud sobre las acciones de prevención y de atención a víctimas de trata de personas ejecutadas por el '
        'Gobierno Regional en el año 2018.', align='j')
    R.p('Al respecto, según el Informe N° 012-2019-GRA/GRDS de la Gerencia Regional de Desarrollo Social, revisados los archivos, no se encontró '
        'documentación ni registros sobre la materia consultada para dicho año, por lo que no se cuenta con la información solicitada.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. WILFREDO ARONI PALOMINO', 'Responsable de la Unidad de Transparencia')


def e542():
    R = new('e542', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar', 'AURORA', 'other'),
            'OFICIO N° 000154-2020-MIMP-AURORA-DE', ['Informe N° 000012-2020-MIMP-AURORA-SGIE'],
            '2020-02-20', 'oficio + long table of CEM cases by region running over onto page 2 (header repeated), unit in caption',
            notes='Table of cases by region continues on page 2 with repeated header')
    R.header(['Ministerio de la Mujer y Poblaciones Vulnerables', 'Programa Nacional AURORA', 'Dirección Ejecutiva'], logo=(logo_png('aurora', 'AUR', 'circle', (130, 0, 130)), 1.3))
    lema(R, 2020)
    R.p('Lima, 20 de febrero de 2020', align='r')
    R.p('OFICIO N° 000154-2020-MIMP-AURORA-DE', bold=True)
    to(R, ['Señor', 'ÁLVARO MARTÍN REYES OSORIO'])
    kv(R, [('Asunto', ': Casos de trata de personas atendidos en los CEM – 2019'), ('Ref.', ': Informe N° 000012-2020-MIMP-AURORA-SGIE')])
    R.p('Tengo el agrado de dirigirme a usted para remitirle la información solicitada sobre los casos de trata de personas atendidos por los '
        'Centros Emergencia Mujer (CEM) durante el año 2019, de acuerdo al informe de la referencia, elaborado por la Subunidad de Gestión de la '
        'Información y Estadística del Programa. Los datos corresponden a los casos registrados en la ficha de registro de casos del CEM, en los que '
        'la persona usuaria fue identificada como víctima de trata con fines de explotación sexual, laboral u otros fines.', align='j')
    R.p('Se precisa que un mismo caso puede involucrar servicios de atención psicológica, legal y social, y que las cifras no incluyen las atenciones '
        'brindadas por el Servicio de Atención Urgente (SAU) ni por la Línea 100.', align='j')
    d = [('Amazonas', 7, 5), ('Áncash', 9, 8), ('Apurímac', 6, 6), ('Arequipa', 21, 17), ('Ayacucho', 11, 10), ('Cajamarca', 8, 7), ('Callao', 13, 12),
         ('Cusco', 34, 31), ('Huancavelica', 4, 4), ('Huánuco', 10, 9), ('Ica', 6, 5), ('Junín', 18, 15), ('La Libertad', 15, 13), ('Lambayeque', 12, 11),
         ('Lima Metropolitana', 68, 59), ('Lima Provincias', 9, 8), ('Loreto', 29, 26), ('Madre de Dios', 31, 28), ('Moquegua', 3, 3), ('Pasco', 5, 5),
         ('Piura', 14, 12), ('Puno', 22, 19), ('San Martín', 11, 10), ('Tacna', 8, 7), ('Tumbes', 10, 9), ('Ucayali', 17, 15)]
    rows = [[a, C(str(b), b, 'caso', y=2019), C(str(c), c, 'mujer', y=2019)] for a, b, c in d]
    tb = sum(x[1] for x in d); tc = sum(x[2] for x in d)
    rows.append(['Total nacional', C(str(tb), tb, 'caso', y=2019), C(str(tc), tc, 'mujer', y=2019)])
    t = R.table([['Región', 'Casos atendidos', 'De los cuales: mujeres']], rows, widths=(6.0, 3.5, 4.0), size=10.5, num_align='c', bold_rows=(len(rows) - 1,),
                caption='Cuadro 1. Casos de trata de personas atendidos por los CEM, enero–diciembre 2019 (número de casos)')
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = t.rows[0]._tr.get_or_add_trPr(); h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trPr.append(h)
    R.p('Fuente: Registro de casos del CEM – AURORA.', size=8, italic=True)
    R.p('Atentamente,')
    R.sign('Mg. PILAR ESTHER ZAMBRANO LEÓN', 'Directora Ejecutiva')


def e543():
    R = new('e543', 'missing', 'not_competent_referred', ['protection'], None,
            S('British Embassy Lima', None, 'foreign'),
            None, [],
            '2019-09-12', 'English letter; not competent, says it passed the request to the Peruvian Foreign Ministry', lang='en', font='Arial',
            notes='Foreign embassy; referral to Peru\'s Ministry of Foreign Affairs')
    R.header(['BRITISH EMBASSY', 'Torre Parque Mar, Av. José Larco 1301, Miraflores, Lima'], logo=(logo_png('ukemb', 'UK', 'circle', (20, 20, 90)), 1.3))
    R.p('12 September 2019', align='r')
    to(R, ['Ms Carolina Pizarro Lévano', 'Lima'])
    R.p('Dear Ms Pizarro,')
    R.p('Thank you for your request for data on the number of Peruvian victims of trafficking repatriated from the United Kingdom.', align='j')
    R.p('The Embassy does not hold this information: the identification and return of victims is handled by the UK Home Office and by the authorities of '
        'the country of origin. We have therefore forwarded your request to the Ministry of Foreign Affairs of Peru (Dirección General de Comunidades '
        'Peruanas en el Exterior), which may be able to assist you.', align='j')
    R.p('Yours sincerely,')
    R.sign('Political Section', 'British Embassy Lima', align='l', firma=False)


def e544():
    R = new('e544', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            None, ['Adjudicación Simplificada N° 012-2019-MDI/CS-1'],
            '2019-10-08', 'acta de otorgamiento de la buena pro (procurement award) for computers; no reference line of its own; not about trafficking',
            notes='off-topic: procurement award record')
    R.header(['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Comité de Selección'], logo=(logo_png('mdind', 'MDI', 'square', (0, 100, 160)), 1.3))
    R.p('ACTA DE OTORGAMIENTO DE LA BUENA PRO', bold=True, align='c', size=13)
    R.p('Adjudicación Simplificada N° 012-2019-MDI/CS-1 – Adquisición de equipos de cómputo para la Subgerencia de Tecnologías de la Información', align='c', bold=True)
    R.p('En el distrito de Independencia, siendo las 10:00 horas del día 8 de octubre de 2019, se reunieron los miembros del Comité de Selección a fin de '
        'otorgar la buena pro del procedimiento de la referencia, cuyo valor estimado asciende a ' + M('S/ 286 500,00', 286500.0) + '.', align='j')
    rows = [['1', 'Corporación Tecnológica Andina S.A.C.', M('S/ 268 940,00', 268940.0, u='cell'), '100,00', '1°'],
            ['2', 'Sistemas & Redes Perú E.I.R.L.', M('S/ 279 300,00', 279300.0, u='cell'), '96,29', '2°'],
            ['3', 'Compuservice del Norte S.R.L.', M('S/ 284 115,50', 284115.5, u='cell'), '94,66', '3°']]
    R.table([['N°', 'Postor', 'Oferta económica', 'Puntaje total', 'Orden de prelación']], rows, widths=(1.0, 6.0, 3.3, 2.4, 2.4), size=9.5, row_label_col=1)
    R.p('En consecuencia, el Comité otorga la buena pro a Corporación Tecnológica Andina S.A.C. por el monto de su oferta, ascendente a ' +
        M('doscientos sesenta y ocho mil novecientos cuarenta y 00/100 soles', 268940.0) + '.', align='j')
    R.p('Firman los miembros del Comité en señal de conformidad.', align='j')
    R.p('Presidente: Ing. Raúl Cárdenas Peña        Miembro: CPC. Lidia Soto Ayala        Miembro: Bach. Pedro Lúcar Ruiz', size=9, before=30)
