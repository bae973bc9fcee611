"""blind-v13 letters p031-p045 (out_of_period p031-p040, missing p041-p045), written for this set.
All persons, numbers and events are invented."""
from common import *
from lib import M, C, P, XL, logo_png, plain


def p031():
    R = new('p031', 'out_of_period', None, ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Embassy of the Kingdom of the Netherlands in Lima', None, 'foreign'),
            None, [],
            '2024-02-06',
            'English letter of an embassy without an own number; EUR amounts in a table of grants for 2022-2023 '
            '(the request asked about 2020); "Amount (EUR)" column',
            lang='en', font='Arial', size=10.5,
            notes='Out of period: 2020 requested; only grants of 2022 and 2023 are reported. Amounts in euros.')
    R.header(['Kingdom of the Netherlands', 'Embassy in Lima', 'Av. Principal 140, Edificio Real Seis, Piso 6, Surquillo'],
             align='r', size=8)
    R.p('Lima, 6 February 2024', after=8)
    to(R, ['Mr Diego Alejandro Ventura Carrasco', 'Lima'])
    R.p('Subject: your request on support to anti-trafficking work in Peru in 2020', bold=True, after=6)
    R.p('Dear Mr Ventura,', after=6)
    body(R, ['Thank you for your e-mail asking which projects against trafficking in persons the Embassy funded in Peru during 2020.',
             'Our records for that year were transferred to the Ministry in The Hague and are not available at the Embassy. '
             'For your information, the grants approved by the Embassy in the most recent calls were the following:'])
    g = [(2022, 'Shelter and reintegration support in Madre de Dios (local NGO)', 48000), (2022, 'School prevention clubs in Loreto', 35500),
         (2023, 'Psychosocial care for survivors in Lima and Callao', 52750), (2023, 'Community radio campaign in Puno', 21000)]
    rows = [[str(y), t, Mf(a, 'us', 0, y=y, cur='EUR')] for y, t, a in g]
    rows.append(['', 'Total', Mf(sum(x[2] for x in g), 'us', 0, cur='EUR')])
    R.table([['Year', 'Project', 'Amount (EUR)']], rows, widths=(1.6, 10.4, 3.0), size=9.5, row_label_col=1, bold_rows=(4,),
            head_shade='FCE4D6', ruled='hlines')
    body(R, ['The projects supported ' + Cn(212, 'survivor') + ' survivors and reached ' + Cn(5400, 'student') + ' students over the two years.',
             'We regret that we cannot be of more help with regard to 2020.'])
    R.p('Kind regards,', after=2)
    R.sign('Anneke van der Berg', 'Head of Political Affairs', 'Embassy of the Kingdom of the Netherlands', align='l', before=18)
    R.save()


def p032():
    months = ['Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    R = new('p032', 'out_of_period', None, ['prevention'], ('2022-01-01', '2022-06-30'),
            S('Municipalidad Distrital de Ventanilla', 'MDV', 'district_municipality'),
            'INFORME N° 097-2023-MDV-GDH-SGPS', ['Solicitud N° 0135-2023-MDV'],
            '2023-01-26',
            'informe of a district municipality with a memo head (PARA / DE / ASUNTO / REFERENCIA / FECHA) and a table '
            'of July-December 2022 by month (January-June 2022 was requested); totals row',
            notes='Out of period: January-June 2022 requested; only July-December 2022 reported.')
    memo(R, 'INFORME N° 097-2023-MDV-GDH-SGPS', [
        ('PARA', ': Sr. Luis Alberto Castro Ore\n  Responsable de Acceso a la Información Pública'),
        ('DE', ': Lic. Gloria Yanet Huamán Pacheco\n  Sub Gerente de Programas Sociales'),
        ('ASUNTO', ': Acciones de prevención de la trata de personas, primer semestre de 2022'),
        ('REFERENCIA', ': Solicitud N° 0135-2023-MDV'),
        ('FECHA', ': Ventanilla, 26 de enero de 2023')],
        head_lines=['MUNICIPALIDAD DISTRITAL DE VENTANILLA', 'Gerencia de Desarrollo Humano - Sub Gerencia de Programas Sociales'],
        year=2023)
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, en la que el ciudadano requiere las acciones de '
             'prevención de la trata de personas ejecutadas entre enero y junio de 2022.',
             'Al respecto, informo que el equipo de prevención de esta Sub Gerencia inició sus actividades en el mes de julio de '
             '2022, con los resultados siguientes:'])
    data = [(3, 140, 0), (4, 210, 1), (5, 265, 1), (4, 188, 0), (6, 302, 2), (2, 95, 1)]
    rows = [[m, Cn(a, 'charla', y=2022), Cn(b, 'participante', y=2022), Cn(c, 'feria', y=2022)] for m, (a, b, c) in zip(months, data)]
    rows.append(['Total'] + [Cn(sum(d[i] for d in data), w, y=2022) for i, w in enumerate(['charla', 'participante', 'feria'])])
    R.table([['Mes (2022)', 'Charlas', 'Participantes', 'Ferias']], rows, widths=(4.4, 3.0, 3.0, 3.0), size=9.5,
            bold_rows=(6,), head_shade='D0CECE')
    body(R, ['Es todo cuanto informo para su conocimiento y fines.'])
    R.sign('Lic. Gloria Yanet Huamán Pacheco', 'Sub Gerente de Programas Sociales', None, before=20)
    R.save()


def p033():
    R = new('p033', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Ica', 'GORE-ICA', 'regional_government'),
            'OFICIO N° 0224-2020-GORE-ICA/GRDS', ['Documento con registro N° 1988451'],
            '2020-06-17',
            'oficio; table by year 2015-2017 (rows) with a "Monto ejecutado (miles de S/)" column (x1000 in gold, unit in '
            'the column header) and counts; the request asked for 2019',
            notes='Out of period: 2019 requested; 2015-2017 reported.', size=10.5)
    R.header(['GOBIERNO REGIONAL DE ICA', 'Gerencia Regional de Desarrollo Social'], align='c', size=9,
             logo=(logo_png('goreica', 'ICA', 'circle', (160, 80, 0)), 1.2))
    lema(R, 2020)
    R.p('Ica, 17 de junio de 2020', align='r')
    R.p('OFICIO N° 0224-2020-GORE-ICA/GRDS', bold=True, after=6)
    to(R, ['Señor', 'Fernando Ernesto Muñante Pisconte', 'Pueblo Nuevo - Ica'])
    R.p('REF. : Documento con registro N° 1988451', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
             'sobre las acciones de la Red Regional contra la Trata de Personas de Ica y su presupuesto en el año 2019.',
             'Al respecto, la información que obra en el archivo de esta Gerencia corresponde al periodo en que la Red Regional '
             'estuvo a cargo de la Gerencia, esto es, los años 2015 a 2017:'])
    data = [(2015, 4, 11, 38.2), (2016, 5, 16, 52.7), (2017, 3, 9, 41.5)]
    rows = [[str(y), Cn(a, 'sesión', y=y), Cn(b, 'campaña', y=y), Mf(m, 'us', 1, scale=1000, y=y, r='e')] for y, a, b, m in data]
    rows.append(['Total', Cn(12, 'sesión'), Cn(36, 'campaña'), Mf(132.4, 'us', 1, scale=1000, r='e')])
    R.table([['Año', 'Sesiones de la Red Regional', 'Campañas de prevención', 'Monto ejecutado (miles de S/)']], rows,
            widths=(2.2, 4.0, 4.0, 4.4), size=9.5, bold_rows=(3,), head_shade='FCE4D6')
    body(R, ['A partir del año 2018 la Red Regional fue transferida a la Dirección Regional de Educación, entidad a la que puede '
             'dirigir su consulta sobre los años posteriores.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. César Augusto Uchuya Reyes', 'Gerente Regional de Desarrollo Social', None, before=22)
    R.save()


def p034():
    R = new('p034', 'out_of_period', None, ['prosecution'], ('2020-01-01', '2021-12-31'),
            S('Policía Nacional del Perú - Comisaría Juliaca', 'PNP', 'police'),
            'INFORME N° 045-2024-REGPOL-PUNO/DIVPOL-JUL/CJ', ['Oficio N° 112-2024-REGPOL-PUNO/DIVPOL-JUL'],
            '2024-02-19',
            'police informe without an addressee block (headed sections I-III), figures for 2023 only in a table by month '
            'pairs and in sentences; the request (restated) was for 2020-2021',
            notes='Out of period: 2020-2021 requested; only 2023 reported.', font='Arial', size=10)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PUNO - DIVPOL JULIACA', 'COMISARÍA SECTORIAL JULIACA'], align='l', size=8)
    lema(R, 2024)
    R.p('INFORME N° 045-2024-REGPOL-PUNO/DIVPOL-JUL/CJ', bold=True, align='c', after=2)
    R.p('Juliaca, 19 de febrero de 2024', align='c', after=8)
    R.p('I.  ANTECEDENTES', bold=True, after=2)
    R.p('Con Oficio N° 112-2024-REGPOL-PUNO/DIVPOL-JUL se dispone informar sobre las denuncias por trata de personas '
        'registradas en esta Comisaría en los años 2020 y 2021, a solicitud de un ciudadano.', align='j', after=4)
    R.p('II.  ANÁLISIS', bold=True, after=2)
    R.p('Revisado el Sistema de Denuncias Policiales (SIDPOL), se advierte que la Comisaría registra denuncias por este delito a '
        'partir de su incorporación al sistema en enero de 2023; el detalle es el siguiente:', align='j', after=4)
    pairs = [('Enero-Febrero', 2, 3), ('Marzo-Abril', 1, 1), ('Mayo-Junio', 3, 4), ('Julio-Agosto', 2, 5),
             ('Setiembre-Octubre', 4, 4), ('Noviembre-Diciembre', 1, 2)]
    rows = [[m, Cn(a, 'denuncia', y=2023), Cn(b, 'víctima', y=2023)] for m, a, b in pairs]
    rows.append(['Total 2023', Cn(sum(p[1] for p in pairs), 'denuncia', y=2023), Cn(sum(p[2] for p in pairs), 'víctima', y=2023)])
    R.table([['Bimestre 2023', 'Denuncias', 'Presuntas víctimas']], rows, widths=(5.2, 3.0, 3.6), size=9, bold_rows=(6,), align='l')
    R.p('De las denuncias, ' + Cn(6, 'denuncia', y=2023) + ' fueron derivadas al Departamento de Investigación Criminal de Juliaca y '
        'el resto a la Fiscalía Provincial Penal de turno.', align='j', after=4)
    R.p('III.  CONCLUSIÓN', bold=True, after=2)
    R.p('No se cuenta con registros digitales de denuncias por trata de los años 2020 y 2021 en esta dependencia.', align='j', after=4)
    R.sign('Comandante PNP Elmer Ticona Apaza', 'Comisario de la Comisaría Sectorial Juliaca', None, before=20)
    R.save()


def p035():
    R = new('p035', 'out_of_period', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Sociedad de Beneficencia de Lima Metropolitana', 'SBLM', 'other'),
            'CARTA N° 071-2022-SBLM/GG', ['Expediente N° 2022-0001423'],
            '2022-04-28',
            'carta; shelter data for 2018 in a key-value list and a table with amounts "S/." in the cells (2021 was requested); '
            'registry-style received stamp at the top right',
            notes='Out of period: 2021 requested; only 2018 reported.')
    R.header(['SOCIEDAD DE BENEFICENCIA DE LIMA METROPOLITANA', 'Gerencia General'], align='c', size=9)
    R.stamp(['SBLM - TRÁMITE DOCUMENTARIO', 'SALIDA', '28 ABR 2022', 'Folios: 01'], width=4.6, color=(150, 20, 20))
    lema(R, 2022)
    R.p('Lima, 28 de abril de 2022', align='l')
    R.p('CARTA N° 071-2022-SBLM/GG', bold=True, after=6)
    to(R, ['Señora', 'Noemí Beatriz Alarcón Salas', 'Jesús María'])
    R.p('Referencia: Expediente N° 2022-0001423', after=6)
    body(R, ['De mi consideración:', 'Me dirijo a usted en atención a su solicitud sobre el Hogar de acogida para adolescentes '
             'víctimas de trata que administró la Beneficencia en el año 2021.',
             'Debo informarle que dicho servicio funcionó bajo convenio con el MIMP hasta diciembre de 2018, año cuya información '
             'se consigna a continuación; desde 2019 el servicio fue asumido por el Ministerio.'])
    R.bullets(['Adolescentes acogidas durante 2018: ' + Cn(26, 'adolescente', y=2018),
               'Adolescentes reintegradas a su familia: ' + Cn(11, 'adolescente', y=2018),
               'Promedio de permanencia: 7 meses'], size=10.5)
    rows = [['Personal (psicólogas, educadoras, trabajadora social)', Mn(214300.00, 'us', pre='S/. ', y=2018, r='e', u='cell')],
            ['Alimentación y servicios', Mn(98650.00, 'us', pre='S/. ', y=2018, r='e', u='cell')],
            ['Mantenimiento del local', Mn(22480.00, 'us', pre='S/. ', y=2018, r='e', u='cell')],
            ['Total pagado 2018', Mn(335430.00, 'us', pre='S/. ', y=2018, r='e', u='cell')]]
    R.table([['Rubro', 'Monto pagado']], rows, widths=(10.0, 4.0), size=9.5, bold_rows=(3,), head_shade='F2F2F2')
    R.p('Atentamente,', after=2)
    R.sign('Econ. Jorge Alfredo Linares Bazán', 'Gerente General', 'Sociedad de Beneficencia de Lima Metropolitana', before=20)
    R.save()


def p036():
    from openpyxl.styles import Font, Alignment
    R = new('p036', 'out_of_period', None, ['prevention', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Pasco', 'GOREPA', 'regional_government'),
            None, ['Solicitud N° 00452-2023-GRP', 'Ordenanza Regional N° 512-2023-G.R.PASCO/CR'],
            '2023-09-04',
            'spreadsheet sent alone (XLSX rendered landscape): title rows restating the 2022 request, a targets table for '
            '2024-2026 with "Meta" and "Monto (miles de S/)" columns per year (x1000 in gold), date in a title row, no own number',
            fmt='xlsx', notes='Out of period: 2022 requested (title row); only 2024-2026 targets and amounts.')
    ws = R.wb.active
    ws.title = 'Plan Regional'
    ws['A1'] = 'GOBIERNO REGIONAL DE PASCO - GERENCIA REGIONAL DE DESARROLLO SOCIAL'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'Atención a la Solicitud N° 00452-2023-GRP: acciones contra la trata de personas del año 2022'
    ws['A3'] = 'Metas del Plan Regional contra la Trata de Personas 2024-2026 (Ordenanza Regional N° 512-2023-G.R.PASCO/CR)'
    ws['A4'] = 'Cerro de Pasco, 04 de setiembre de 2023'
    for r in ('A2', 'A3', 'A4'):
        ws[r].font = Font(size=10, italic=(r == 'A4'))
    acts = [('Talleres en II.EE. de Yanahuanca y Oxapampa', 'taller', [(20, 18.0), (24, 21.6), (28, 25.2)]),
            ('Capacitación a servidores municipales', 'servidor', [(60, 9.5), (80, 12.0), (90, 13.5)]),
            ('Campañas en ferias y terminales', 'campaña', [(6, 14.2), (8, 16.0), (8, 16.8)]),
            ('Sistema regional de registro de casos', 'reporte', [(2, 30.0), (4, 12.5), (4, 12.5)])]
    head = [['Acción', '2024', '', '2025', '', '2026', ''],
            ['', 'Meta', 'Monto (miles de S/)', 'Meta', 'Monto (miles de S/)', 'Meta', 'Monto (miles de S/)']]
    names = [None, '2024 Meta', '2024 Monto (miles de S/)', '2025 Meta', '2025 Monto (miles de S/)', '2026 Meta', '2026 Monto (miles de S/)']
    rows = []
    for lab, what, vals in acts:
        r = [lab]
        for y, (n, m) in zip((2024, 2025, 2026), vals):
            r.append((n, '#,##0', 'count', {'what': what, 'y': y}))
            r.append((m, '#,##0.0', 'money', {'y': y, 'r': 'a', 'scale': 1000}))
        rows.append(r)
    tot = ['Total presupuesto']
    for k, y in enumerate((2024, 2025, 2026)):
        tot += ['', (round(sum(a[2][k][1] for a in acts), 1), '#,##0.0', 'money', {'y': y, 'r': 'a', 'scale': 1000})]
    rows.append(tot)
    xtable(R, ws, 6, head, rows, widths=[44, 9, 14, 9, 14, 9, 14], merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6), (0, 0, 1, 0)),
           colnames=names, bold_last=True, head_fill='E2EFDA')
    ws.cell(row=6 + 2 + len(rows) + 1, column=1, value='Elaborado por: Sub Gerencia de Poblaciones Vulnerables. No se cuenta con registro de acciones ejecutadas en 2022.')
    xsetup(ws)
    R.save()


def p037():
    R = new('p037', 'out_of_period', None, ['prevention', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'OFICIO N° 0318-2023-MPH/GDS', ['Expediente N° 412587', 'Ordenanza Municipal N° 721-MPH/CM'],
            '2023-11-14',
            'oficio with a quarterly plan table for 2024 (I-IV Trim. columns), counts rows and a programmed-budget row whose '
            'cells carry "S/"; the request asked for 2022',
            notes='Out of period: 2022 requested; only the 2024 programme.', size=10.5)
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Gerencia de Desarrollo Social'], align='c', size=9,
             logo=(logo_png('mph', 'HYO', 'shield', (30, 30, 140)), 1.2))
    lema(R, 2023)
    R.p('Huancayo, 14 de noviembre de 2023', align='r')
    R.p('OFICIO N° 0318-2023-MPH/GDS', bold=True, after=6)
    to(R, ['Señora', 'Elizabeth Rosario Poma Canchari', 'El Tambo'])
    kv(R, [('ASUNTO', ': Información sobre acciones contra la trata de personas'), ('REFERENCIA', ': Expediente N° 412587')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, por el cual solicita información sobre las acciones '
             'contra la trata de personas realizadas por esta Municipalidad en el año 2022 y su costo.',
             'Al respecto, se informa que mediante Ordenanza Municipal N° 721-MPH/CM se aprobó el Plan Local contra la Trata de '
             'Personas, cuya programación para el año 2024 es la siguiente:'])
    data = [('Charlas en colegios', 'charla', [6, 8, 8, 6]), ('Operativos de verificación de agencias de empleo', 'operativo', [2, 2, 3, 2]),
            ('Reuniones del Comité Provincial', 'reunión', [1, 1, 1, 1])]
    rows = [[l] + [Cn(x, w, y=2024) for x in v] + [Cn(sum(v), w, y=2024)] for l, w, v in data]
    mon = [5200.00, 7800.00, 8100.00, 4900.00]
    rows.append(['Presupuesto programado'] + [Mf(x, 'us', pre='S/ ', y=2024, r='a', u='cell') for x in mon] + [Mf(sum(mon), 'us', pre='S/ ', y=2024, r='a', u='cell')])
    R.table([['Actividad 2024', 'I Trim.', 'II Trim.', 'III Trim.', 'IV Trim.', 'Total']], rows,
            widths=(4.8, 2.1, 2.1, 2.1, 2.1, 2.3), size=9, bold_rows=(3,), head_shade='DDEBF7')
    body(R, ['En el año 2022 no se contaba con el Plan Local ni con un área responsable de la materia.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Wálter Hugo Rojas Aliaga', 'Gerente de Desarrollo Social', None, before=20)
    R.save()


def p038():
    R = new('p038', 'out_of_period', None, ['governance'], ('2020-01-01', '2020-12-31'),
            S('Universidad Nacional de la Amazonía Peruana', 'UNAP', 'other'),
            'OFICIO N° 0118-2021-VRINV-UNAP', ['Resolución Rectoral N° 1542-2015-UNAP'],
            '2021-01-20',
            'university oficio; research projects of 2015-2016 (2020 was requested) with amounts in a numbered list, '
            'an amount "S/ 45 mil"',
            notes='Out of period: 2020 requested; 2015-2016 research reported.', font='Times New Roman', size=11.5)
    R.header(['UNIVERSIDAD NACIONAL DE LA AMAZONÍA PERUANA', 'Vicerrectorado de Investigación'], align='c', size=9)
    lema(R, 2021)
    R.p('Iquitos, 20 de enero de 2021', align='r')
    R.p('OFICIO N° 0118-2021-VRINV-UNAP', bold=True, after=6)
    to(R, ['Señor', 'Dr. Hugo Alberto Saldaña Ríos', 'Investigador'])
    R.p('Referencia: Carta S/N recibida el 04.01.2021', after=8)
    body(R, ['Me es grato dirigirme a usted, en atención a la carta de la referencia, en la que solicita información sobre las '
             'investigaciones sobre trata de personas financiadas por la Universidad en el año 2020.',
             'Se le informa que en el año 2020 no se convocaron fondos concursables por la emergencia sanitaria. Los estudios '
             'sobre la materia financiados en años anteriores, aprobados por Resolución Rectoral N° 1542-2015-UNAP, fueron:'])
    R.p('1)  "Trata de adolescentes en la ruta fluvial Iquitos - Santa Rosa" (2015): ' + M('S/ 45 mil', 45000.0, y=2015) +
        ', con ' + Cn(3, 'investigador', y=2015) + ' investigadores.', indent=0.8, first=-0.6, after=3)
    R.p('2)  "Explotación laboral en aserraderos de Maynas" (2016): ' + Mn(38500.00, 'us', y=2016) +
        ', con ' + Cn(4, 'investigador', y=2016) + ' investigadores.', indent=0.8, first=-0.6, after=6)
    body(R, ['Ambos informes finales pueden consultarse en el repositorio institucional.'])
    R.p('Atentamente,', after=2)
    R.sign('Dr. Luis Alberto Ruiz Vela', 'Vicerrector de Investigación', 'UNAP', before=22)
    R.save()


def p039():
    R = new('p039', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Áncash', 'GRA', 'regional_government'),
            'OFICIO N° 0877-2020-GRA-DREA/DGP', ['Expediente N° 0028814', 'Informe N° 014-2020-GRA-DREA/DGP-EBR'],
            '2020-02-27',
            'oficio of the regional education directorate; two tables side by side by UGEL for 2017 (talks | teachers trained) '
            'while 2019 was requested; totals in both tables',
            notes='Out of period: 2019 requested; 2017 reported.', size=10.5)
    R.header(['GOBIERNO REGIONAL DE ÁNCASH', 'DIRECCIÓN REGIONAL DE EDUCACIÓN DE ÁNCASH', 'Dirección de Gestión Pedagógica'], align='c', size=8)
    lema(R, 2020)
    R.p('Huaraz, 27 de febrero de 2020', align='r')
    R.p('OFICIO N° 0877-2020-GRA-DREA/DGP', bold=True, after=6)
    to(R, ['Señorita', 'Lizbeth Milagros Obregón Jamanca', 'Independencia - Huaraz'])
    kv(R, [('ASUNTO', ': Información sobre prevención de la trata de personas en II.EE.'), ('REFERENCIA', ': Expediente N° 0028814')])
    body(R, ['Me dirijo a usted para dar atención al expediente de la referencia, en el que solicita información sobre las '
             'actividades de prevención de la trata de personas en las instituciones educativas durante el año 2019. Según el '
             'Informe N° 014-2020-GRA-DREA/DGP-EBR, la última información consolidada por UGEL corresponde al año 2017:'])
    ug = [('UGEL Huaraz', 34, 61), ('UGEL Santa', 41, 88), ('UGEL Huari', 12, 19), ('UGEL Carhuaz', 9, 14), ('UGEL Pomabamba', 6, 11)]
    L, Rr = side_by_side(R, widths=(7.6, 7.6), gap=0.6)
    with R.inside(L):
        rows = [[u, Cn(a, 'charla', y=2017)] for u, a, b in ug] + [['Total', Cn(sum(x[1] for x in ug), 'charla', y=2017)]]
        R.table([['UGEL', 'Charlas 2017']], rows, widths=(4.6, 2.6), size=9, bold_rows=(5,), caption='Charlas a estudiantes',
                head_shade='FFF2CC')
    with R.inside(Rr):
        rows = [[u, Cn(b, 'docente', y=2017)] for u, a, b in ug] + [['Total', Cn(sum(x[2] for x in ug), 'docente', y=2017)]]
        R.table([['UGEL', 'Docentes 2017']], rows, widths=(4.6, 2.6), size=9, bold_rows=(5,), caption='Docentes capacitados',
                head_shade='FFF2CC')
    body(R, ['Las UGEL no reportaron a esta Dirección las actividades de los años siguientes.'])
    R.p('Atentamente,', after=2)
    R.sign('Mg. Teodoro Alejandro Villanueva Cacha', 'Director de Gestión Pedagógica', 'DRE Áncash', before=20)
    R.save()


def p040():
    R = new('p040', 'out_of_period', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-10-B/245', [],
            '2021-02-10',
            'English letter of a Peruvian ministry to a foreign university; table of repatriations and consular assistance '
            'by consulate for 2016 and 2017 (2020 was requested); "Cases 2016 / Cases 2017" columns',
            lang='en', font='Times New Roman', size=11.5,
            notes='Out of period: 2020 requested; 2016-2017 reported.')
    R.header(['MINISTRY OF FOREIGN AFFAIRS OF PERU', 'Directorate General of Communities of Peruvians Abroad and Consular Affairs'],
             align='c', size=9)
    R.p('Lima, 10 February 2021', align='r')
    R.p('OF. RE (DGC) N° 2-10-B/245', bold=True, after=8)
    to(R, ['Professor Helen M. Radcliffe', 'Centre for Migration Studies, University of Leeds', 'United Kingdom'])
    R.p('Dear Professor Radcliffe,', after=6)
    body(R, ['I refer to your request of 14 January 2021 concerning assistance given by Peruvian consulates to Peruvian nationals '
             'who were victims of trafficking abroad during 2020.',
             'The consolidated consular statistics available to this Directorate General cover the years 2016 and 2017 and are '
             'shown below:'])
    cons = [('Buenos Aires', 14, 9), ('Santiago de Chile', 11, 16), ('La Paz', 6, 4), ('Madrid', 5, 7), ('Quito', 3, 5)]
    rows = [[c, Cn(a, 'case', y=2016), Cn(b, 'case', y=2017)] for c, a, b in cons]
    rows.append(['Total', Cn(sum(x[1] for x in cons), 'case', y=2016), Cn(sum(x[2] for x in cons), 'case', y=2017)])
    R.table([['Consulate', 'Cases 2016', 'Cases 2017']], rows, widths=(6.0, 3.0, 3.0), size=10, bold_rows=(5,), ruled='grid',
            head_shade='E7E6E6', font='Times New Roman')
    body(R, ['Of these cases, ' + Cn(17, 'victim') + ' victims were repatriated with the Humanitarian Assistance Fund. '
             'Figures for later years are being consolidated.', 'Yours sincerely,'])
    R.sign('Minister Counsellor Jorge Luis Aranda Valdivia', 'Director of Protection and Assistance to Nationals', None, align='l', before=18)
    R.save()


def p041():
    R = new('p041', 'missing', 'no_information', ['prevention'], ('2021-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0217-2023-MDA/SG', ['Expediente N° 08841-2023', 'Memorándum N° 0512-2023-MDA/GDS'],
            '2023-03-09',
            'short carta; the social development office found no records for the requested years; cites the internal memo',
            size=11)
    R.header(['MUNICIPALIDAD DISTRITAL DE ATE', 'Secretaría General'], align='l', size=9,
             logo=(logo_png('mda', 'ATE', 'shield', (0, 120, 160)), 1.2))
    lema(R, 2023)
    R.p('Ate, 09 de marzo de 2023', align='r')
    R.p('CARTA N° 0217-2023-MDA/SG', bold=True, after=8)
    to(R, ['Señora', 'Carla Beatriz Pumacayo Ramos', 'Santa Clara - Ate'])
    R.p('Referencia: Expediente N° 08841-2023', after=8)
    body(R, ['Me dirijo a usted con relación a su solicitud de acceso a la información pública, mediante la cual requiere las '
             'acciones de prevención de la trata de personas realizadas por la Municipalidad en los años 2021 y 2022.',
             'Al respecto, la Gerencia de Desarrollo Social, mediante Memorándum N° 0512-2023-MDA/GDS, comunica que, efectuada la '
             'búsqueda en su acervo documentario, no ha ubicado documentación ni registros sobre la materia consultada, por lo '
             'que no es posible atender lo solicitado. Se deja constancia de que la entidad no está obligada a crear o producir '
             'información con la que no cuenta.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Enrique Rolando Salas Yauri', 'Secretario General', 'Municipalidad Distrital de Ate', before=24)
    R.save()


def p042():
    R = new('p042', 'missing', 'no_information', ['governance', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional del Callao', 'GRC', 'regional_government'),
            'OFICIO N° 000355-2021-GRC/GRDS', ['Solicitud con registro N° 2021-004418'],
            '2021-06-02',
            'oficio; no information held on the regional working group and shelters for 2020; no figures',
            font='Calibri', size=11)
    R.header(['GOBIERNO REGIONAL DEL CALLAO', 'Gerencia Regional de Desarrollo Social'], align='c', size=9)
    lema(R, 2021)
    R.p('Callao, 02 de junio de 2021', align='r')
    R.p('OFICIO N° 000355-2021-GRC/GRDS', bold=True, after=6)
    to(R, ['Señor', 'Martín Alonso Zegarra Llontop', 'La Perla - Callao'])
    kv(R, [('Asunto', ': Respuesta a solicitud de acceso a la información pública'),
           ('Referencia', ': Solicitud con registro N° 2021-004418')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre el '
             'funcionamiento de la Mesa Regional contra la Trata de Personas del Callao y sobre los servicios de acogida para '
             'víctimas durante el año 2020.',
             'Al respecto, cumplo con informarle que esta Gerencia Regional no cuenta con la información requerida en sus archivos '
             'físicos ni digitales, por cuanto la documentación de la Mesa Regional correspondiente a dicho periodo no fue '
             'entregada en la transferencia de gestión.',
             'En tal sentido, se da por atendido su pedido conforme al artículo 13 del Texto Único Ordenado de la Ley N° 27806.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Sonia Patricia Vera Cabrera', 'Gerente Regional de Desarrollo Social (e)', None, before=24)
    R.save()


def p043():
    R = new('p043', 'missing', 'no_information', ['prosecution'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de la Producción', 'PRODUCE', 'ministry'),
            'OFICIO N° 00000412-2021-PRODUCE/OACI', ['Expediente N° 00021877-2021-E'],
            '2021-03-15',
            'oficio; no records on inspections of fishing vessels for forced labour or trafficking in 2019-2020; no figures',
            size=10.5)
    R.header(['PERÚ   Ministerio de la Producción', 'Oficina de Atención a la Ciudadanía'], align='l', size=9,
             logo=(logo_png('produce', 'PRD', 'square', (200, 20, 40)), 1.2))
    lema(R, 2021)
    R.p('San Isidro, 15 de marzo de 2021', align='r')
    R.p('OFICIO N° 00000412-2021-PRODUCE/OACI', bold=True, after=6)
    to(R, ['Señora', 'Susana Lizeth Chávez Ipanaqué', 'Paita - Piura'])
    kv(R, [('Asunto', ': Solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° 00021877-2021-E')])
    body(R, ['Tengo el agrado de dirigirme a usted, en relación con el expediente de la referencia, por el cual solicita el número '
             'de fiscalizaciones a embarcaciones pesqueras en las que se hayan detectado indicios de trabajo forzoso o trata de '
             'personas en los años 2019 y 2020.',
             'Sobre el particular, la Dirección General de Supervisión, Fiscalización y Sanción informa que sus fiscalizaciones '
             'verifican el cumplimiento de la normativa pesquera y acuícola, y que sus sistemas no registran hallazgos de esa '
             'naturaleza, por lo que no se dispone de la información solicitada.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Diana Carolina Ugaz Morales', 'Jefa de la Oficina de Atención a la Ciudadanía', 'Ministerio de la Producción', before=22)
    R.save()


def p044():
    R = new('p044', 'missing', 'not_competent_referred', ['protection', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Santiago de Surco', 'MSS', 'district_municipality'),
            'CARTA N° 0389-2023-SG-MSS', ['DS N° 1429002023', 'Oficio N° 0112-2023-SG-MSS', 'Oficio N° 0113-2023-SG-MSS'],
            '2023-02-03',
            'carta; says the municipality is not competent and that the request was forwarded to the MIMP and to the PNP, '
            'citing the two forwarding oficios; no figures')
    R.header(['MUNICIPALIDAD DE SANTIAGO DE SURCO', 'Secretaría General'], align='c', size=9)
    lema(R, 2023)
    R.p('Santiago de Surco, 03 de febrero de 2023', align='r')
    R.p('CARTA N° 0389-2023-SG-MSS', bold=True, after=6)
    to(R, ['Señor', 'Bruno Sebastián Olivera Cornejo', 'Presente.-'])
    kv(R, [('Asunto', ': Traslado de solicitud'), ('Referencia', ': DS N° 1429002023')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita '
             'información sobre el número de víctimas de trata rescatadas en el distrito y las medidas de protección dictadas '
             'a su favor durante el año 2022.',
             'Al respecto, cabe señalar que la información requerida no es producida ni poseída por esta Municipalidad, pues la '
             'investigación del delito y las medidas de protección a víctimas corresponden a otras entidades. Por ello, en '
             'aplicación del TUO de la Ley N° 27806 y su Reglamento, su solicitud ha sido trasladada al Ministerio de la Mujer y '
             'Poblaciones Vulnerables mediante Oficio N° 0112-2023-SG-MSS y a la Policía Nacional del Perú mediante Oficio '
             'N° 0113-2023-SG-MSS, para su atención directa.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Ana Cecilia Montoya Rivas', 'Secretaria General', 'Municipalidad de Santiago de Surco', before=24)
    R.save()


def p045():
    R = new('p045', 'missing', 'not_competent_referred', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Educación Superior Universitaria', 'SUNEDU', 'other'),
            'OFICIO N° 0098-2022-SUNEDU-03-07', ['Expediente N° 0006712-2022-SUNEDU-TD'],
            '2022-01-27',
            'oficio with the reference block above the addressee; not competent, request encauzada to the Ministry of Education; '
            'no figures', font='Arial', size=10.5)
    R.header(['Superintendencia Nacional de Educación Superior Universitaria', 'Oficina de Atención al Ciudadano y Gestión Documentaria'],
             align='r', size=8)
    lema(R, 2022)
    R.p('OFICIO N° 0098-2022-SUNEDU-03-07', bold=True, after=2)
    R.p('Referencia: Expediente N° 0006712-2022-SUNEDU-TD', after=6)
    R.p('Lima, 27 de enero de 2022', after=6)
    to(R, ['Señorita', 'Nathaly Jimena Espinoza Tello', 'Ciudad'])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información sobre los cursos y '
             'campañas de prevención de la trata de personas dirigidos a estudiantes de educación básica en el año 2021.',
             'Sobre el particular, se le informa que la Sunedu tiene competencia sobre el licenciamiento y la supervisión de las '
             'universidades y no desarrolla ni registra acciones en educación básica. Por tal razón, su solicitud ha sido '
             'encauzada al Ministerio de Educación, entidad competente, lo que se pone en su conocimiento.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Omar Enrique Bautista Rosales', 'Jefe de la Oficina de Atención al Ciudadano y Gestión Documentaria', 'SUNEDU', before=22)
    R.save()
