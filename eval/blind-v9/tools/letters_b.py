"""blind-v9 letters h914-h925 (written for this set; officials, numbers and events invented)."""
from common import *
from lib import M, C, P, XL


def h914():
    R = new('h914', 'answered', None, ['governance', 'prevention', 'protection'], ('2020-01-01', '2021-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0213-2022-GOREMAD/GRDS', ['Solicitud de Información N° 0077-2022', 'Informe N° 041-2022-GOREMAD/GRDS/SGPS'],
            '2022-02-16', 'letterhead as image; ruled table by province with total row; money with dot thousands and decimal comma')
    R.header_image(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social', 'Puerto Maldonado'], 'gm914', color=(0, 90, 60))
    lema(R, 2022)
    R.p('Puerto Maldonado, 16 de febrero de 2022', align='r')
    R.p('OFICIO N° 0213-2022-GOREMAD/GRDS', bold=True, under=True, after=8)
    to(R, ['Señor', 'WILBER CONDORI APAZA', 'Jr. Loreto 285, Tambopata', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Remite información solicitada (años 2020 y 2021)'),
           ('REF.:', 'a) Solicitud de Información N° 0077-2022\nb) Informe N° 041-2022-GOREMAD/GRDS/SGPS')])
    body(R, ['Me dirijo a usted para remitirle la información solicitada, sustentada en el documento b) de la referencia. La Comisión Regional Multisectorial contra la Trata de Personas de Madre de Dios se reunió en %s durante el bienio y actualizó su plan regional.' % C('nueve (9) oportunidades', 9, 'sesión'),
             'Las acciones de sensibilización y derivación de víctimas realizadas en 2020 y 2021, por provincia, fueron las siguientes:'])
    data = [('Tambopata', 22, 1840, 37), ('Manu', 6, 412, 9), ('Tahuamanu', 9, 655, 14)]
    rows = []
    tt = [0, 0, 0]
    for p_, a, b, c in data:
        tt = [tt[0] + a, tt[1] + b, tt[2] + c]
        rows.append([p_, C(str(a), a, 'charla'), C(fmt(b, 'eu', 0), b, 'persona'), C(str(c), c, 'víctima')])
    rows.append(['Total', C(str(tt[0]), tt[0], 'charla'), C(fmt(tt[2 - 1], 'eu', 0), tt[1], 'persona'), C(str(tt[2]), tt[2], 'víctima')])
    R.table([['Provincia', 'Charlas informativas', 'Personas sensibilizadas', 'Víctimas derivadas a CEM / UPE']], rows,
            widths=(4, 3.5, 3.8, 4.2), bold_rows=(3,), size=9.5)
    body(R, ['Para dichas acciones se programó un presupuesto de %s en 2020 y de %s en 2021, del cual se devengó %s en 2020 y %s en 2021.' % (
        M('S/ 84.250,50', 84250.50, y=2020, r='a'), M('S/ 97.000,00', 97000.00, y=2021, r='a'),
        M('S/ 71.908,15', 71908.15, y=2020, r='e'), M('S/ 95.113,62', 95113.62, y=2021, r='e')),
        'Atentamente,'])
    R.sign('Lic. NELLY CHÁVEZ HUAYTA', 'Gerente Regional de Desarrollo Social', 'GOREMAD')


def h915():
    R = new('h915', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Relaciones Exteriores', 'MRE', 'ministry'),
            'Note RE (DGC) N° 2-5-E/112', ['Request for Access to Public Information N° 1543-2020'],
            '2020-02-04', 'English courtesy translation; ruled table by country with women/men columns and total; US$ in text', lang='en')
    R.header(['MINISTRY OF FOREIGN AFFAIRS OF PERU', 'General Directorate of Consular Affairs', 'Courtesy translation'], logo=(logo_png('mre915', 'MRE', 'circle', (120, 20, 20)), 1.6))
    R.p('Lima, February 4, 2020', align='r')
    R.p('Note RE (DGC) N° 2-5-E/112', bold=True, after=8)
    to(R, ['Ms. Hannah Whitfield', 'Researcher', 'Lima'])
    body(R, ['Subject: Your Request for Access to Public Information N° 1543-2020 (consular assistance to victims of trafficking in persons, 2019)', 'Dear Ms. Whitfield,',
             'In reply to your request, the General Directorate of Consular Affairs informs that in 2019 Peruvian consular offices assisted %s of trafficking in persons abroad. Their distribution by country of exploitation was as follows:' % C('96 Peruvian nationals who were victims', 96, 'victim', y=2019)])
    data = [('Argentina', 21, 4), ('Chile', 17, 6), ('Ecuador', 11, 2), ('Bolivia', 9, 3), ('Spain', 8, 1), ('United States of America', 6, 2), ('Other countries', 5, 1)]
    rows = []
    tw = tm = 0
    for c_, w, m in data:
        tw += w; tm += m
        rows.append([c_, C(str(w), w, 'woman', y=2019), C(str(m), m, 'man', y=2019), C(str(w + m), w + m, 'victim', y=2019)])
    rows.append(['Total', C(str(tw), tw, 'woman', y=2019), C(str(tm), tm, 'man', y=2019), C(str(tw + tm), tw + tm, 'victim', y=2019)])
    R.table([['Country', 'Women', 'Men', 'Total']], rows, widths=(6, 2.5, 2.5, 2.5), bold_rows=(len(rows) - 1,), size=9.5)
    body(R, ['Of the victims assisted, %s were returned to Peru with the support of the Humanitarian Assistance Fund for Peruvians Abroad, which spent %s on air tickets, lodging and food; %s of them were under 18 years of age.' % (
        C('41', 41, 'victim', y=2019), M('US$ 23,560.00', 23560.00, y=2019, cur='USD', r='e'), C('seven (7)', 7, 'victim', y=2019)),
        'Please accept the assurances of my highest consideration.'])
    R.sign('ALBERTO SALAS VIDAL', 'Minister Counsellor', 'Director of Consular Protection and Assistance')


def h916():
    R = new('h916', 'answered', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00421-2019-MINEDU/VMGP-DIGEBR', ['Expediente N° MPT2019-EXT-0031187'],
            '2019-04-03', 'oficio; counts in a sentence list with space thousands; one-column table by region introduced with a colon; percent')
    letter(R, ['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'], 2019,
           'San Borja, 03 de abril de 2019', 'OFICIO N° 00421-2019-MINEDU/VMGP-DIGEBR',
           ['Señora', 'KARINA ÁLVAREZ MONTOYA', 'Presente.-'],
           [('ASUNTO:', 'Acciones de prevención de la trata de personas en el sistema educativo, año 2018'), ('REFERENCIA:', 'Expediente N° MPT2019-EXT-0031187')])
    body(R, ['Tengo el agrado de dirigirme a usted con relación al documento de la referencia. En el año 2018, en coordinación con las Direcciones Regionales de Educación, se capacitó a: %s, %s y %s en la identificación de riesgos de captación de estudiantes.' % (
        C('1 240 docentes', 1240, 'docente', y=2018), C('386 directores', 386, 'director', y=2018), C('97 psicólogos de la estrategia de tutoría', 97, 'psicólogo', y=2018)),
        'La distribución de los docentes capacitados por región priorizada fue la siguiente:'])
    data = [('Cusco', 284), ('Puno', 251), ('Loreto', 198), ('Madre de Dios', 176), ('Junín', 169), ('Piura', 162)]
    rows = [[r_, C(str(n), n, 'docente', y=2018)] for r_, n in data]
    rows.append(['Total', C(fmt(1240, 'sp', 0), 1240, 'docente', y=2018)])
    R.table([['Región', 'Docentes capacitados']], rows, widths=(5, 4), bold_rows=(6,), size=10)
    body(R, ['Asimismo, el %s de las instituciones educativas de secundaria de las regiones priorizadas incorporó una sesión de tutoría sobre trata de personas en su planificación anual.' % P('41.5%', 41.5, y=2018),
             'Atentamente,'])
    R.sign('ROSARIO BEJARANO HIDALGO', 'Directora General de Educación Básica Regular')


def h917():
    R = new('h917', 'answered', None, ['protection', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0089-2022-MTPE/2/15', ['Solicitud de Acceso a la Información N° 000254-2022'],
            '2022-01-31', 'oficio; table with horizontal rules: results 2021 and targets 2022 side by side',
            notes='Answers 2021 (requested) and also gives 2022 targets: answered.')
    letter(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], 2022,
           'Jesús María, 31 de enero de 2022', 'OFICIO N° 0089-2022-MTPE/2/15',
           ['Señor', 'IVÁN ROBLES CHÁVARRY', 'Presente.-'],
           [('ASUNTO:', 'Información sobre servicios de reinserción laboral para víctimas de trata – 2021'), ('REF.:', 'Solicitud de Acceso a la Información N° 000254-2022')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Las atenciones brindadas en 2021 a víctimas de trata de personas y de trabajo forzoso, así como las metas previstas para el año 2022, se consignan a continuación:'])
    data = [('Orientación y asesoría laboral', 356, 400), ('Capacitación para el empleo', 118, 150), ('Colocación en puestos de trabajo', 43, 60), ('Certificación de competencias laborales', 27, 40)]
    rows = [[s_, C(str(a), a, 'víctima', y=2021), C(str(b), b, 'víctima', y=2022)] for s_, a, b in data]
    R.table([['Servicio', 'Víctimas atendidas 2021', 'Meta 2022']], rows, ruled='hlines', widths=(7, 3.5, 3), size=10)
    body(R, ['En materia de prevención, se realizaron %s sobre derechos laborales en zonas de minería informal, con %s.' % (C('18 ferias', 18, 'feria', y=2021), C('2 730 asistentes', 2730, 'asistente', y=2021)),
             'Atentamente,'])
    R.sign('Abog. JULIA TERESA PAREDES OYOLA', 'Directora General', 'Dirección General de Derechos Fundamentales y SST')


def h918():
    R = new('h918', 'answered', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            None, [], '2023-02-14',
            'spreadsheet printout (XLSX) with gridlines and row/column headings; amounts and counts in cells; no own reference number',
            fmt='xlsx', notes='A spreadsheet attached alone; the date is the report date in a cell; the row numbers and column letters of the printout are not figures.')
    import openpyxl
    from openpyxl.styles import Font, Alignment
    ws = R.wb.active
    ws.title = 'Actividades 2022'
    ws['A1'] = 'MUNICIPALIDAD DISTRITAL DE VILLA EL SALVADOR'
    ws['A2'] = 'Gerencia de Desarrollo Social - Subgerencia de la Mujer y DEMUNA'
    ws['A3'] = 'REPORTE DE ACTIVIDADES DE PREVENCIÓN DE LA TRATA DE PERSONAS - AÑO 2022'
    ws['A4'] = 'Fecha de reporte: 14/02/2023'
    for c in ('A1', 'A3'):
        ws[c].font = Font(bold=True)
    hdr = ['N°', 'Actividad', 'Mes', 'Participantes', 'Presupuesto (S/)', 'Ejecutado (S/)']
    for j, h in enumerate(hdr):
        cell = ws.cell(row=6, column=j + 1, value=h)
        cell.font = Font(bold=True)
    acts = [('Feria "Mi barrio sin trata"', 'Marzo', 320, 4500.00, 4380.50), ('Taller a líderes vecinales', 'Abril', 65, 1800.00, 1800.00),
            ('Charlas en colegios del sector 3', 'Junio', 540, 2200.00, 1975.00), ('Pasacalle por el Día contra la Trata', 'Setiembre', 410, 3600.00, 3594.20),
            ('Capacitación a serenos y fiscalizadores', 'Octubre', 48, 1500.00, 1320.00), ('Campaña en mercados y paraderos', 'Noviembre', 275, 2700.00, 2688.90)]
    tp = tb = te = 0
    for i, (a, m, n, b, e) in enumerate(acts):
        r = 7 + i
        lab = a
        ws.cell(row=r, column=1, value=i + 1)
        ws.cell(row=r, column=2, value=a)
        ws.cell(row=r, column=3, value=m)
        XL(R, ws, 'D%d' % r, n, '#,##0', kind='count', what='participante', y=2022, row=lab, col='Participantes')
        XL(R, ws, 'E%d' % r, b, '#,##0.00', y=2022, r='a', row=lab, col='Presupuesto (S/)')
        XL(R, ws, 'F%d' % r, e, '#,##0.00', y=2022, r='e', row=lab, col='Ejecutado (S/)')
        tp += n; tb += b; te += e
    r = 7 + len(acts)
    ws.cell(row=r, column=2, value='TOTAL').font = Font(bold=True)
    XL(R, ws, 'D%d' % r, tp, '#,##0', kind='count', what='participante', y=2022, row='TOTAL', col='Participantes')
    XL(R, ws, 'E%d' % r, tb, '#,##0.00', y=2022, r='a', row='TOTAL', col='Presupuesto (S/)')
    XL(R, ws, 'F%d' % r, round(te, 2), '#,##0.00', y=2022, r='e', row='TOTAL', col='Ejecutado (S/)')
    ws['B%d' % (r + 2)] = 'Elaborado por: Lic. Yesenia Huarcaya Ríos - Responsable de Programas'
    for col, w in zip('ABCDEF', (5, 38, 12, 14, 17, 15)):
        ws.column_dimensions[col].width = w
    ws.print_options.gridLines = True
    ws.print_options.headings = True
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 1


def h919():
    R = new('h919', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'LETTER N° 0071-2021-JUS/DGDPAJ', ['Access to Information Request N° 0412-2021'],
            '2021-03-10', 'English letter; unruled two-column table; amount in soles written S/ with comma thousands', lang='en')
    R.header(['MINISTRY OF JUSTICE AND HUMAN RIGHTS', 'General Directorate of Public Defence and Access to Justice'], align='l',
             logo=(logo_png('jus919', 'MJ', 'shield', (30, 30, 30)), 1.5))
    R.p('Lima, 10 March 2021', align='r')
    R.p('LETTER N° 0071-2021-JUS/DGDPAJ', bold=True, after=8)
    to(R, ['Mr. Daniel O\'Connor', 'Regional Anti-Trafficking Observatory'])
    body(R, ['Re: Access to Information Request N° 0412-2021 – free legal aid to victims of trafficking in persons in 2020',
             'Dear Mr. O\'Connor,',
             'We write in response to your request. During 2020 the public defenders of the Victims\' Defence service took on %s of trafficking in persons; %s of the victims were women and %s were children or adolescents. The services provided were:' % (
                 C('214 new cases', 214, 'case', y=2020), C('171', 171, 'woman', y=2020), C('88', 88, 'child or adolescent', y=2020))])
    data = [('Legal advice', 214), ('Representation in criminal proceedings', 139), ('Civil compensation claims filed', 52), ('Referrals to psychological care', 77)]
    R.table([['Service', 'Number of victims']], [[a, C(str(b), b, 'victim', y=2020)] for a, b in data], ruled='none', widths=(8, 4), head_shade=None, size=10)
    body(R, ['The budget of the service for victims of trafficking in 2020 was %s, fully executed.' % M('S/ 640,000.00', 640000.00, y=2020, r='a'),
             'Yours sincerely,'])
    R.sign('GUSTAVO ADOLFO MERINO LUNA', 'General Director', 'Public Defence and Access to Justice')


def h920():
    R = new('h920', 'answered', None, ['prosecution'], ('2021-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 000412-2023-GAD-CSJPU/PJ', ['Solicitud de Acceso N° 0018-2023'],
            '2023-01-25', 'oficio with null answer for 2021 and counts for 2022 (mixed); stamp with date and number',
            notes='2021: substantive null (no sentences); 2022: counts. Answered.')
    letter(R, ['CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Gerencia de Administración Distrital'], 2023,
           'Puno, 25 de enero de 2023', 'OFICIO N° 000412-2023-GAD-CSJPU/PJ',
           ['Señora', 'MILAGROS QUISPE TICONA', 'Presente.-'],
           [('ASUNTO:', 'Sentencias por trata de personas 2021-2022'), ('REF.:', 'Solicitud de Acceso N° 0018-2023')])
    R.stamp(['CSJ PUNO', 'TRÁMITE DOCUMENTARIO', '25 ENE 2023', 'N° Reg. 00318'], width=4.0, color=(120, 0, 90))
    body(R, ['En atención a la solicitud de la referencia, le informo que, según el Sistema Integrado Judicial, durante el año 2021 los juzgados penales de este Distrito Judicial no emitieron sentencias por el delito de trata de personas, debido a la reprogramación de audiencias durante la emergencia sanitaria.',
             'En el año 2022 se expidieron %s, de las cuales %s fueron condenatorias y %s absolutorias, con %s sentenciados en total; además, ingresaron %s por dicho delito.' % (
                 C('once (11) sentencias', 11, 'sentencia', y=2022), C('ocho (8)', 8, 'sentencia', y=2022), C('tres (3)', 3, 'sentencia', y=2022),
                 C('14 personas', 14, 'persona', y=2022), C('29 procesos nuevos', 29, 'proceso', y=2022)),
             'Atentamente,'])
    R.sign('C.P.C. EDGAR MAMANI CCALLA', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Puno')


def h921():
    R = new('h921', 'out_of_period', None, ['prevention', 'protection'], ('2019-01-01', '2020-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 077-2021-GRL-GRDS', ['Expediente N° 2021-00388'],
            '2021-02-03', 'oficio; requested period only in the subject line; counts in a bullet list for 2016-2017',
            notes='Asked 2019-2020 (subject line only); the body gives 2016 and 2017 only.')
    letter(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social'], 2021,
           'Iquitos, 03 de febrero de 2021', 'OFICIO N° 077-2021-GRL-GRDS',
           ['Señor', 'RAÚL TAPULLIMA SINARAHUA', 'Presente.-'],
           [('ASUNTO:', 'Información sobre acciones contra la trata de personas en los años 2019-2020'), ('REF.:', 'Expediente N° 2021-00388')])
    body(R, ['Me dirijo a usted con relación al expediente de la referencia. Al respecto, la Subgerencia de Promoción Social informa que las últimas acciones registradas en su archivo corresponden al Proyecto "Loreto sin Trata", ejecutado en los años 2016 y 2017, con los siguientes resultados:'])
    R.bullets(['Año 2016: %s en comunidades del río Napo y %s en la ciudad de Iquitos.' % (C('34 talleres comunitarios', 34, 'taller', y=2016), C('12 charlas', 12, 'charla', y=2016)),
               'Año 2017: %s, que llegaron a %s, y %s de adolescentes a albergues.' % (
                   C('8 campañas fluviales', 8, 'campaña', y=2017), C('5 600 personas', 5600, 'persona', y=2017), C('19 derivaciones', 19, 'derivación', y=2017))])
    body(R, ['Los informes finales del proyecto pueden ser consultados en la biblioteca de la Gerencia.', 'Atentamente,'])
    R.sign('Lic. KELLY RENGIFO PINEDO', 'Gerente Regional de Desarrollo Social (e)')


def h922():
    R = new('h922', 'out_of_period', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Tacna', 'MPT', 'provincial_municipality'),
            'INFORME N° 0052-2022-SGDH-GDS/MPT', ['Memorando N° 0201-2022-GDS/MPT'],
            '2022-12-12', 'informe giving only 2023 targets (plans); ruled table of physical targets and programmed amounts',
            notes='Only plans/targets for 2023, nothing executed in 2021: out_of_period.')
    memo_head(R, 'INFORME N° 0052-2022-SGDH-GDS/MPT',
              [('A:', 'Abog. Martha Coaquira Ticona\nGerente de Desarrollo Social'), ('DE:', 'Lic. Héctor Vizcarra Copa\nSubgerente de Desarrollo Humano'),
               ('ASUNTO:', 'Información para atender pedido de acceso sobre acciones contra la trata de personas del año 2021'),
               ('REF.:', 'Memorando N° 0201-2022-GDS/MPT'), ('FECHA:', 'Tacna, 12 de diciembre de 2022')],
              ['MUNICIPALIDAD PROVINCIAL DE TACNA', 'Gerencia de Desarrollo Social'], year=2022)
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Esta Subgerencia viene formulando el Plan Provincial contra la Trata de Personas, cuya ejecución iniciará en el año 2023 con las siguientes metas programadas:'])
    data = [('Sesiones de la Mesa Provincial contra la Trata', 'sesión', 6, 3000.00), ('Talleres en instituciones educativas', 'taller', 20, 12500.00),
            ('Campañas en el Complejo Fronterizo Santa Rosa', 'campaña', 4, 18000.00), ('Capacitación a personal de fiscalización', 'capacitación', 3, 4200.00)]
    rows = [[a, C(str(n), n, w, y=2023), M(fmt(v, 'us'), v, y=2023, r='a')] for a, w, n, v in data]
    rows.append(['Total programado', '', M(fmt(37700.00, 'us'), 37700.00, y=2023, r='a')])
    R.table([['Actividad', 'Meta física 2023', 'Monto programado 2023 (S/)']], rows, widths=(8, 3, 4), bold_rows=(4,), size=9.5)
    body(R, ['Se precisa que en el año 2021 esta Subgerencia no contaba con las funciones vinculadas a la materia, las cuales le fueron asignadas con la modificación del ROF en el año 2022. Es cuanto informo.'])
    R.sign('Lic. HÉCTOR VIZCARRA COPA', 'Subgerente de Desarrollo Humano')


def h923():
    R = new('h923', 'out_of_period', None, ['protection'], ('2020-01-01', '2020-06-30'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'ministry'),
            'OFICIO N° 000731-2021-MIMP-INABIF-DE', ['Solicitud N° 2021-0000512'],
            '2021-03-05', 'oficio; monthly ruled table for the second semester only (request: first semester); total row',
            notes='Request: January-June 2020; the reply gives July-December 2020 only.')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Integral Nacional para el Bienestar Familiar – INABIF', 'Dirección Ejecutiva'], 2021,
           'Lima, 05 de marzo de 2021', 'OFICIO N° 000731-2021-MIMP-INABIF-DE',
           ['Señora', 'LORENA BUSTAMANTE ÍÑIGUEZ', 'Presente.-'],
           [('ASUNTO:', 'Atención de solicitud – niñas, niños y adolescentes víctimas de trata acogidos en el primer semestre de 2020'), ('REF.:', 'Solicitud N° 2021-0000512')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia. La Unidad de Servicios de Protección de Niñas, Niños y Adolescentes informa que el registro nominal de residentes se implementó a partir de julio de 2020, por lo que solo cuenta con la siguiente información:'])
    months = [('Julio', 11), ('Agosto', 9), ('Setiembre', 14), ('Octubre', 12), ('Noviembre', 8), ('Diciembre', 10)]
    rows = [[m, C(str(n), n, 'ingreso', y=2020)] for m, n in months]
    rows.append(['Total II semestre', C('64', 64, 'ingreso', y=2020)])
    R.table([['Mes (2020)', 'Ingresos a CAR por trata']], rows, widths=(5, 4), bold_rows=(6,), size=10)
    body(R, ['Atentamente,'])
    R.sign('GLORIA MEDRANO SOTO', 'Directora Ejecutiva', 'INABIF')


def h924():
    R = new('h924', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio Público - Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Tumbes', 'MP', 'autonomous'),
            'OFICIO N° 000154-2023-MP-FN-PJFSTUMBES', ['Solicitud de Acceso a la Información N° 007-2023'],
            '2023-02-13', 'oficio; later years only (2021-2022) in a ruled table by fiscalía; request 2018',
            notes='Request for 2018; the SGF data given are for 2021 and 2022.')
    letter(R, ['MINISTERIO PÚBLICO', 'Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Tumbes'], 2023,
           'Tumbes, 13 de febrero de 2023', 'OFICIO N° 000154-2023-MP-FN-PJFSTUMBES',
           ['Señor', 'PERCY ZAPATA NOLE', 'Presente.-'],
           [('ASUNTO:', 'Casos de trata de personas registrados en el año 2018'), ('REF.:', 'Solicitud de Acceso a la Información N° 007-2023')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia. Se informa que la migración de carpetas del año 2018 al Sistema de Gestión Fiscal aún no ha concluido, por lo que se remite la información disponible de los últimos años:'])
    data = [('Fiscalía Provincial Penal Corporativa de Tumbes', 18, 23), ('Fiscalía Provincial Penal de Zarumilla', 11, 15), ('Fiscalía Provincial Mixta de Contralmirante Villar', 3, 2)]
    rows = [[a, C(str(x), x, 'caso', y=2021), C(str(y_), y_, 'caso', y=2022)] for a, x, y_ in data]
    rows.append(['Total', C('32', 32, 'caso', y=2021), C('40', 40, 'caso', y=2022)])
    R.table([['Fiscalía', 'Casos 2021', 'Casos 2022']], rows, widths=(9, 3, 3), bold_rows=(3,), size=9.5)
    body(R, ['Atentamente,'])
    R.sign('Dr. JOSÉ MANUEL ARRESE TIMANÁ', 'Presidente de la Junta de Fiscales Superiores', 'Distrito Fiscal de Tumbes')


def h925():
    R = new('h925', 'out_of_period', None, ['prosecution'], ('2017-01-01', '2017-12-31'),
            S('Policía Nacional del Perú - Región Policial Arequipa', 'REGPOL Arequipa', 'police'),
            'OFICIO N° 188-2018-REGPOL-AQP/SEC-UNIPLEDU', ['Solicitud s/n del 09 de febrero de 2018'],
            '2018-02-26', 'oficio; monthly ruled table with two year columns (2015, 2016) and total row; request 2017',
            notes='Request: 2017; data for 2015 and 2016 only.')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL AREQUIPA', 'Unidad de Planeamiento y Educación'], 2018,
           'Arequipa, 26 de febrero de 2018', 'OFICIO N° 188-2018-REGPOL-AQP/SEC-UNIPLEDU',
           ['Señorita', 'SOFÍA DELGADO ZEBALLOS', 'Presente.-'],
           [('ASUNTO:', 'Denuncias por trata de personas registradas en el año 2017'), ('REF.:', 'Solicitud s/n del 09 de febrero de 2018')])
    body(R, ['Tengo el honor de dirigirme a usted en atención al documento de la referencia. Al respecto, la Sección de Estadística informa que el consolidado anual del año 2017 se encuentra en proceso de validación; se adjunta el registro de denuncias de los años anteriores:'])
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    v15 = [3, 2, 4, 1, 5, 3, 2, 6, 4, 3, 2, 5]
    v16 = [4, 5, 3, 6, 4, 7, 5, 4, 6, 8, 5, 3]
    rows = [[m, C(str(a), a, 'denuncia', y=2015), C(str(b), b, 'denuncia', y=2016)] for m, a, b in zip(months, v15, v16)]
    rows.append(['Total', C(str(sum(v15)), sum(v15), 'denuncia', y=2015), C(str(sum(v16)), sum(v16), 'denuncia', y=2016)])
    R.table([['Mes', '2015', '2016']], rows, widths=(5, 3, 3), bold_rows=(12,), size=9.5, caption='Denuncias por trata de personas – REGPOL Arequipa')
    body(R, ['Atentamente,'])
    R.sign('ALFREDO CHIRINOS BEDOYA', 'Coronel PNP', 'Jefe de la UNIPLEDU – REGPOL Arequipa')
