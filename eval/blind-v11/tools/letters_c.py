"""blind-v11 letters m031-m045 (out_of_period m031-m040, missing m041-m045). Written from scratch; people, numbers, events invented."""
from common import *
from lib import M, C, P, XL
import lib


def m031():
    R = new('m031', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional San Martín', 'GORESAM', 'regional_government'),
            'OFICIO N° 077-2022-GRSM/GRDS', [], '2022-02-14',
            'oficio; 2021 requested, only 2022 targets given: a table of physical and financial targets with the unit in the header "Meta financiera (S/)"',
            notes='Targets only (2022); no 2021 results.')
    R.header(['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], size=10, align='l', logo=(logo_png('gorsam11', 'GSM', 'circle', (0, 110, 50)), 1.3))
    lema(R, 2022)
    R.p('Moyobamba, 14 de febrero de 2022', align='r')
    R.p('OFICIO N° 077-2022-GRSM/GRDS', bold=True)
    to(R, ['Señor', 'ELMER TUANAMA SANGAMA', 'Presidente de la Asociación de Jóvenes Indígenas de San Martín'])
    body(R, ['Me es grato dirigirme a usted en atención a su solicitud sobre las acciones contra la trata de personas ejecutadas en el año 2021. Sobre el particular, se le informa que el Plan Regional contra la Trata de Personas fue aprobado en diciembre de 2021, por lo que su ejecución se inicia en el presente año con las siguientes metas:'])
    data = [('Campañas de información en ferias y mercados', 16, 24000), ('Instituciones educativas con tutoría en prevención', 45, 18500),
            ('Funcionarios capacitados en atención de víctimas', 120, 15000), ('Víctimas atendidas con plan de reintegración', 20, 60000)]
    rows = [[a, C(str(b), b, w, y=2022), Mf(c, y=2022, r='a')] for (a, b, c), w in zip(data, ['campaña', 'institución educativa', 'funcionario', 'víctima'])]
    rows.append(['Total meta financiera', '', Mf(117500, y=2022, r='a')])
    R.table([['Actividad', 'Meta física 2022', 'Meta financiera (S/)']], rows, widths=(8.0, 3.0, 3.5), size=9.5, bold_rows=(4,), head_shade='C9E2B3')
    body(R, ['Los avances se reportarán a la Red Regional en el mes de julio. Atentamente,'])
    R.sign('Lic. Nilda Rengifo Panaifo', 'Gerente Regional de Desarrollo Social', before=14)


def m032():
    R = new('m032', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-06-30'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0411-2021-MDA/GDS', ['Expediente N° 11520-2021'], '2021-03-18',
            'carta; first half of 2020 requested, July-December 2020 given in a monthly table; total row; note about the lockdown')
    R.header(['MUNICIPALIDAD DISTRITAL DE ATE', 'Gerencia de Desarrollo Social'], size=9)
    lema(R, 2021)
    R.p('Vitarte, 18 de marzo de 2021', align='r')
    R.p('CARTA N° 0411-2021-MDA/GDS', bold=True)
    to(R, ['Señora', 'ROXANA MEDINA QUISPE', 'Av. Nicolás Ayllón 5612, Ate'])
    R.p('Referencia: Expediente N° 11520-2021 (acciones contra la trata de personas, enero a junio de 2020)', size=10)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Debido al estado de emergencia nacional, las actividades presenciales de la Subgerencia de Programas Sociales se suspendieron entre marzo y junio de 2020 y se reanudaron en forma virtual en el segundo semestre, conforme al siguiente detalle:'])
    data = [('Julio', [2, 88]), ('Agosto', [3, 140]), ('Setiembre', [3, 121]), ('Octubre', [4, 203]), ('Noviembre', [2, 97]), ('Diciembre', [1, 45])]
    ctab(R, [['Mes 2020', 'Webinars de prevención', 'Participantes conectados']], data, ['webinar', 'participante'], year=2020, widths=(4.0, 4.5, 4.5), total='Total', size=10, head_shade='F8CBAD')
    body(R, ['Atentamente,'])
    R.sign('Lic. Víctor Hugo Lazo Pari', 'Gerente de Desarrollo Social', before=14)


def m033():
    R = new('m033', 'out_of_period', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Universidad Nacional de la Amazonía Peruana', 'UNAP', 'other'),
            'OFICIO N° 0198-2019-VRINV-UNAP', [], '2019-05-06',
            'university oficio; 2018 requested; gives a 2016 project and plans for 2021 in running text only')
    R.header(['UNIVERSIDAD NACIONAL DE LA AMAZONÍA PERUANA', 'Vicerrectorado de Investigación'], size=10)
    lema(R, 2019)
    R.p('Iquitos, 06 de mayo de 2019', align='r')
    R.p('OFICIO N° 0198-2019-VRINV-UNAP', bold=True)
    to(R, ['Señora', 'Blgo. TERESA MACEDO PINEDO', 'Presente.-'])
    body(R, ['De mi consideración:', 'En atención a su solicitud de información sobre proyectos de investigación en trata de personas desarrollados por la UNAP durante el año 2018, comunico a usted que el único proyecto concluido en la materia es "Trata de adolescentes en las cuencas del Napo y Putumayo", ejecutado en el año 2016 con un financiamiento de %s, en el que participaron %s y se entrevistó a %s.'
             % (M('S/. 36,800.00', 36800, y=2016, r='e'), C('4 docentes investigadores', 4, 'docente investigador', y=2016), C('167 familias', 167, 'familia', y=2016)),
             'Asimismo, el Instituto de Investigaciones de la Amazonía ha previsto para el año 2021 una línea de investigación en la materia, con un presupuesto estimado de %s para %s.'
             % (M('S/. 60,000.00', 60000, y=2021, r='a'), C('dos (2) proyectos', 2, 'proyecto', y=2021)),
             'Atentamente,'])
    R.sign('Dr. Raúl Shapiama Yumbato', 'Vicerrector de Investigación', before=14)


def m034():
    R = new('m034', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Policía Nacional del Perú - Comisaría PNP Puerto Maldonado', None, 'police'),
            'OFICIO N° 142-2022-REGPOL-MDD/DIVOPUS-CPNP-PM', [], '2022-04-05',
            'police oficio; 2018 requested, gives complaints of 2020 and 2021 in a monthly table with two year columns and a total row')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'COMISARÍA PNP PUERTO MALDONADO'], size=9, align='l')
    lema(R, 2022)
    R.p('Puerto Maldonado, 05 de abril de 2022', align='r')
    R.p('OFICIO N° 142-2022-REGPOL-MDD/DIVOPUS-CPNP-PM', bold=True)
    to(R, ['Señor', 'SAMUEL HUAMANÍ ORTIZ', 'Av. 26 de Diciembre 418, Puerto Maldonado'])
    R.p('ASUNTO: Remite información sobre denuncias por trata de personas', bold=True, size=10)
    body(R, ['Tengo el honor de dirigirme a usted, con relación a su solicitud de información sobre denuncias por el delito de trata de personas registradas en esta Comisaría en el año 2018. Al respecto, el Sistema de Denuncias Policiales (SIDPOL) de esta dependencia conserva los registros desde el año 2020, los cuales se detallan a continuación:'])
    m = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    a = [1, 0, 2, 0, 1, 1, 3, 2, 1, 2, 0, 1]
    b = [2, 1, 1, 3, 2, 0, 2, 4, 1, 3, 2, 2]
    ctab(R, [['Mes', 'Denuncias 2020', 'Denuncias 2021']], list(zip(m, [[x, y] for x, y in zip(a, b)])), 'denuncia', year=[2020, 2021], widths=(4.0, 3.5, 3.5),
         total='TOTAL', size=9.5, head_shade='BDD7EE')
    body(R, ['Es todo cuanto informo a usted.'])
    R.sign('Comandante PNP Julio Rengifo Arce', 'Comisario de la CPNP Puerto Maldonado', before=12)


def m035():
    R = new('m035', 'out_of_period', None, ['prosecution', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de la Producción', 'PRODUCE', 'ministry'),
            'OFICIO N° 00000412-2020-PRODUCE/DGSFS-PA', [], '2020-06-22',
            'oficio; 2019 requested, 2016 and 2017 given: an unruled table with years as rows and the unit in the header, percent in text')
    R.header(['MINISTERIO DE LA PRODUCCIÓN', 'Despacho Viceministerial de Pesca y Acuicultura', 'Dirección General de Supervisión, Fiscalización y Sanción'], size=9)
    lema(R, 2020)
    R.p('Lima, 22 de junio de 2020', align='r')
    R.p('OFICIO N° 00000412-2020-PRODUCE/DGSFS-PA', bold=True)
    to(R, ['Señor', 'FRANCISCO OLAECHEA RIVAS', 'Centro de Estudios del Mar y la Pesca Artesanal'])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre supervisiones realizadas en el año 2019 con enfoque de prevención del trabajo forzoso y la trata de personas en embarcaciones pesqueras. Se informa que dicho enfoque fue aplicado en el marco del proyecto piloto "Pesca Digna", que se desarrolló únicamente en los años 2016 y 2017, con los resultados siguientes:'])
    R.table([['Año', 'Embarcaciones supervisadas (N°)', 'Tripulantes entrevistados (N°)', 'Casos derivados a SUNAFIL (N°)']],
            [['2016', C('318', 318, 'embarcación', y=2016), C('1 420', 1420, 'tripulante', y=2016), C('7', 7, 'caso', y=2016)],
             ['2017', C('402', 402, 'embarcación', y=2017), C('1 866', 1866, 'tripulante', y=2017), C('12', 12, 'caso', y=2017)]], ruled='none', widths=(2.0, 4.4, 4.4, 4.4), size=10, head_shade=None)
    body(R, ['En el año 2017, el %s de las embarcaciones supervisadas no contaba con contratos escritos para su tripulación. A partir de 2018 las supervisiones retomaron su enfoque exclusivamente sanitario y de ordenamiento pesquero. Atentamente,' % P('21,6%', 21.6, y=2017)])
    R.sign('Ing. Carlos Villafuerte Ñique', 'Director General de Supervisión, Fiscalización y Sanción', before=14)


def m036():
    """A spreadsheet annex (XLSX) sent alone, rendered to PDF."""
    R = new('m036', 'out_of_period', None, ['prevention', 'prosecution'], ('2019-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            None, ['Solicitud de Acceso N° 0455-2022'], '2022-01-20', 'XLSX annex only (no letter), rendered to PDF: SIAF sheet of 2021 with the unit in a title row "En soles"; a note row restates the request (2019-2020); no own number',
            fmt='xlsx', notes='Spreadsheet sent alone; out of period: 2019-2020 asked, only 2021 given.')
    ws = R.wb.active
    ws.title = 'Ejecucion 2021'
    from openpyxl.styles import Font, Alignment, Border, Side
    ws['A1'] = 'MUNICIPALIDAD PROVINCIAL DE AREQUIPA'
    ws['A2'] = 'Subgerencia de Presupuesto - Reporte de ejecución de gasto por meta'
    ws['A3'] = 'Año fiscal 2021 - En soles - Fecha de corte: 31/12/2021'
    ws['A4'] = 'Fecha de emisión: 20/01/2022 - Atención a la Solicitud de Acceso N° 0455-2022 (años 2019-2020): se remite la ejecución disponible del año 2021.'
    for r in (1, 2, 3):
        ws['A%d' % r].font = Font(bold=True, size=11 if r == 1 else 10)
    head = ['Meta', 'Finalidad', 'PIA', 'PIM', 'Certificado', 'Compromiso', 'Devengado', 'Girado']
    for j, h in enumerate(head):
        c = ws.cell(row=6, column=j + 1, value=h)
        c.font = Font(bold=True)
    data = [('0034', 'Prevención de la violencia y trata - DEMUNA', [28000, 31500, 30120, 30120, 29884.5, 29884.5]),
            ('0035', 'Campaña "Arequipa sin trata" en terminales', [15000, 18000, 17350, 17350, 17350, 17100]),
            ('0041', 'Fiscalización de locales nocturnos', [40000, 36500, 33210.8, 33210.8, 32995.1, 32995.1])]
    thin = Side(style='thin')
    tot = [0] * 6
    for i, (code, lab, vals) in enumerate(data):
        r = 7 + i
        ws.cell(row=r, column=1, value=code)
        ws.cell(row=r, column=2, value=lab)
        for j, v in enumerate(vals):
            tot[j] += v
            XL(R, ws, '%s%d' % ('CDEFGH'[j], r), v, '#,##0.00', y=2021, r=SIAF_ROLE[j], u='page', row=lab, col=head[j + 2])
    r = 7 + len(data)
    ws.cell(row=r, column=2, value='TOTAL').font = Font(bold=True)
    for j, v in enumerate(tot):
        XL(R, ws, '%s%d' % ('CDEFGH'[j], r), round(v, 2), '#,##0.00', y=2021, r=SIAF_ROLE[j], u='page', row='TOTAL', col=head[j + 2])
    for row in ws.iter_rows(min_row=6, max_row=r, max_col=8):
        for c in row:
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
    ws.column_dimensions['A'].width = 7
    ws.column_dimensions['B'].width = 42
    for col in 'CDEFGH':
        ws.column_dimensions[col].width = 15
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0


def m037():
    R = new('m037', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional Junín', 'GRJ', 'regional_government'),
            'OFICIO N° 512-2021-GRJ/GRDS', ['Ordenanza Regional N° 341-GRJ/CR'], '2021-10-04',
            'oficio; 2020 requested; multi-year targets 2022-2024 only, in a table with a merged header "Metas" over three years and a budget row with S/ in the cells')
    R.header(['GOBIERNO REGIONAL JUNÍN', 'Gerencia Regional de Desarrollo Social'], size=10)
    lema(R, 2021)
    R.p('Huancayo, 04 de octubre de 2021', align='r')
    R.p('OFICIO N° 512-2021-GRJ/GRDS', bold=True)
    to(R, ['Señora', 'GLADYS ROJAS HUAMÁN', 'Red de Mujeres del Valle del Mantaro'])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud de información sobre las acciones ejecutadas en el año 2020 en materia de trata de personas. Se le informa que, por la emergencia sanitaria, la Mesa Regional no sesionó en 2020; sin embargo, mediante Ordenanza Regional N° 341-GRJ/CR se aprobó el Plan Regional 2022-2024, con la siguiente programación:'])
    head = [['Indicador', 'Metas', '', ''], ['', '2022', '2023', '2024']]
    rows = []
    for lab, w, vals in [('Campañas de prevención en provincias', 'campaña', (9, 9, 12)), ('Docentes formados como facilitadores', 'docente', (150, 200, 250)),
                         ('Víctimas con atención integral', 'víctima', (30, 35, 40))]:
        rows.append([lab] + [C(str(v), v, w, y=y) for v, y in zip(vals, (2022, 2023, 2024))])
    rows.append(['Presupuesto programado'] + [M(t, v, y=y, r='a', u='cell') for t, v, y in (('S/ 120 000', 120000, 2022), ('S/ 145 000', 145000, 2023), ('S/ 170 000', 170000, 2024))])
    R.table(head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 3)), colnames=[None, 'Metas 2022', 'Metas 2023', 'Metas 2024'], widths=(7.0, 2.6, 2.6, 2.6), size=9.5, head_shade='DDEBF7')
    body(R, ['Atentamente,'])
    R.sign('Mg. Edwin Canchaya Poma', 'Gerente Regional de Desarrollo Social', before=14)


def m038():
    R = new('m038', 'out_of_period', None, ['prosecution', 'protection'], ('2017-01-01', '2017-12-31'),
            S('Fiscalía Superior Coordinadora Nacional de las Fiscalías Especializadas en Delitos de Trata de Personas', 'FISTRAP', 'autonomous'),
            'OFICIO N° 000219-2018-MP-FN-FSCN-FISTRAP', ['Oficio N° 1877-2018-MP-FN-OAIP'], '2018-04-11',
            'oficio; 2017 requested; statistics of 2015 and 2016 in a grid with years merged over two columns each; the 2017 data "en proceso de validación"')
    R.header(['MINISTERIO PÚBLICO', 'Fiscalía Superior Coordinadora Nacional de las Fiscalías Especializadas en Delitos de Trata de Personas'], size=9)
    lema(R, 2018)
    R.p('Lima, 11 de abril de 2018', align='r')
    R.p('OFICIO N° 000219-2018-MP-FN-FSCN-FISTRAP', bold=True)
    to(R, ['Señora Doctora', 'Jefa de la Oficina de Acceso a la Información Pública', 'Ministerio Público'])
    R.p('Ref.: Oficio N° 1877-2018-MP-FN-OAIP', size=10)
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, que traslada la solicitud de información estadística de las Fiscalías Especializadas en Delitos de Trata de Personas correspondiente al año 2017. Al respecto, comunico que las cifras de 2017 se encuentran en proceso de validación por el Observatorio de Criminalidad, por lo que se remiten las últimas cifras consolidadas:'])
    head = [['Fiscalía especializada', '2015', '', '2016', ''], ['', 'Casos', 'Víctimas', 'Casos', 'Víctimas']]
    data = [('Lima', [211, 298, 236, 341]), ('Cusco', [84, 119, 97, 126]), ('Madre de Dios', [73, 102, 88, 131]), ('Puno', [51, 64, 58, 70]), ('Loreto', [46, 59, 52, 71])]
    ctab(R, head, data, ['caso', 'víctima', 'caso', 'víctima'], year=[2015, 2015, 2016, 2016], merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)),
         colnames=[None, '2015 Casos', '2015 Víctimas', '2016 Casos', '2016 Víctimas'], widths=(4.5, 2.3, 2.3, 2.3, 2.3), total='Total', size=9.5, head_shade='D6DCE4')
    body(R, ['Atentamente,'])
    R.sign('Dra. Elvira Sánchez Corzo', 'Fiscal Superior Coordinadora Nacional', before=14)


def m039():
    R = new('m039', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'),
            'OFICIO N° 000233-2021-DV-DAT', [], '2021-03-29',
            'oficio; 2020 requested; 2019 figures given; counts in a bullet list with words and digits, money "S/ 0,38 millones"')
    R.header(['COMISIÓN NACIONAL PARA EL DESARROLLO Y VIDA SIN DROGAS - DEVIDA', 'Dirección de Articulación Territorial'], size=9)
    lema(R, 2021)
    R.p('Lima, 29 de marzo de 2021', align='r')
    R.p('OFICIO N° 000233-2021-DV-DAT', bold=True)
    to(R, ['Señor', 'HUGO SALCEDO ARIAS', 'Jr. Ica 460, Lima'])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las acciones de prevención de la trata de personas en zonas cocaleras durante el año 2020. Al respecto, las intervenciones presenciales del programa "Jóvenes libres" fueron suspendidas en 2020; se informa lo ejecutado en 2019, último año de intervención:'])
    R.bullets(['Talleres con adolescentes del VRAEM: %s.' % C('treinta y cuatro (34)', 34, 'taller', y=2019),
               'Adolescentes participantes: %s.' % C('1,112', 1112, 'adolescente', y=2019),
               'Municipalidades distritales con plan de prevención: %s.' % C('siete (7)', 7, 'municipalidad distrital', y=2019),
               'Inversión ejecutada: %s.' % M('S/ 0,38 millones', 380000, y=2019, r='e')])
    body(R, ['Atentamente,'])
    R.sign('Lic. Martha Cisneros Vega', 'Directora de Articulación Territorial', before=14)


def m040():
    R = new('m040', 'out_of_period', None, ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MDVES', 'district_municipality'),
            'INFORME N° 064-2022-SGSSyB-GDH/MVES', [], '2022-02-09',
            'an informe (not an oficio) with a memo head; 2021 requested; 2018-2019 results and 2023 plans; percent with "por ciento"')
    R.header(['MUNICIPALIDAD DE VILLA EL SALVADOR', 'Gerencia de Desarrollo Humano - Subgerencia de Salud, Sanidad y Bienestar'], size=9)
    lema(R, 2022)
    R.p('INFORME N° 064-2022-SGSSyB-GDH/MVES', bold=True, align='c', size=12)
    kv(R, [('A', ': Abog. Ricardo Mansilla Ortiz - Funcionario responsable de acceso a la información'), ('DE', ': Lic. Hilda Torres Ccopa - Subgerente de Salud, Sanidad y Bienestar'),
           ('ASUNTO', ': Información sobre trata de personas solicitada por la Sra. Ruth Ayala (año 2021)'), ('FECHA', ': Villa El Salvador, 09 de febrero de 2022')], tab=2.5, w2=13.5)
    R.p('_' * 78, size=8)
    body(R, ['Me dirijo a usted para informarle que durante el año 2021 la Subgerencia no programó actividades en materia de trata de personas por la reorientación de recursos a la emergencia sanitaria. Como antecedente, se informa que en 2018 y 2019 se realizaron %s y %s respectivamente, y que el %s de los casos de riesgo identificados en 2019 fue derivado al CEM de Villa El Salvador.'
             % (C('22 charlas', 22, 'charla', y=2018), C('31 charlas', 31, 'charla', y=2019), P('85 por ciento', 85, y=2019)),
             'Para el año 2023 se ha propuesto en el Plan Operativo Institucional la meta de %s.' % C('40 acciones de sensibilización', 40, 'acción de sensibilización', y=2023),
             'Es todo cuanto informo.'])
    R.sign('Lic. Hilda Torres Ccopa', 'Subgerente de Salud, Sanidad y Bienestar', before=12)


# ---------------- missing ----------------

def m041():
    R = new('m041', 'missing', 'no_information', ['prevention', 'governance'], ('2019-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Pichari', 'MDP', 'district_municipality'),
            'CARTA N° 037-2021-MDP/SG', [], '2021-02-03', 'short carta; the municipality has no information on the matter (no figures)')
    R.header(['MUNICIPALIDAD DISTRITAL DE PICHARI', 'La Convención - Cusco', 'Secretaría General'], size=9)
    lema(R, 2021)
    R.p('Pichari, 03 de febrero de 2021', align='r')
    R.p('CARTA N° 037-2021-MDP/SG', bold=True)
    to(R, ['Señor', 'DANIEL QUINTO HUAMÁN', 'Presente.-'])
    body(R, ['Es grato dirigirme a usted para saludarlo y, en atención a su solicitud de acceso a la información pública sobre las actividades de prevención de la trata de personas y el presupuesto asignado en los años 2019 y 2020, comunicarle que, efectuada la búsqueda en la Gerencia de Desarrollo Social y en la Oficina de Planeamiento y Presupuesto, esta entidad no cuenta con la información solicitada.',
             'De conformidad con el artículo 13 del TUO de la Ley N° 27806, la entidad no está obligada a crear o producir información con la que no cuente o no tenga obligación de contar al momento de efectuarse el pedido.',
             'Atentamente,'])
    R.sign('Abog. Yeny Cárdenas Rojas', 'Secretaria General', before=16)


def m042():
    R = new('m042', 'missing', 'no_information', ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Ayacucho - Dirección Regional de Trabajo y Promoción del Empleo', 'DRTPE AYACUCHO', 'regional_government'),
            'OFICIO N° 0229-2019-GRA/GG-GRDE-DRTPE', ['Informe N° 018-2019-GRA/DRTPE-DPSC'], '2019-03-27',
            'oficio; search of the archives found no record of labour inspections on forced labour or trafficking (no figures)')
    R.header(['GOBIERNO REGIONAL DE AYACUCHO', 'Dirección Regional de Trabajo y Promoción del Empleo'], size=10)
    lema(R, 2019)
    R.p('Ayacucho, 27 de marzo de 2019', align='r')
    R.p('OFICIO N° 0229-2019-GRA/GG-GRDE-DRTPE', bold=True)
    to(R, ['Señorita', 'LIZ MARLENY AUCCATOMA', 'Jr. Asamblea 190, Huamanga'])
    body(R, ['Me dirijo a usted, en atención a su solicitud de información sobre las inspecciones laborales por trabajo forzoso o trata con fines de explotación laboral realizadas en el año 2018. Según el Informe N° 018-2019-GRA/DRTPE-DPSC, luego de la revisión de los archivos físicos y del sistema de inspecciones, no se ha encontrado registro de inspecciones, denuncias ni actas relacionadas con la materia en dicho año.',
             'Se precisa que, desde la transferencia de funciones a la SUNAFIL, las inspecciones en la región se registran en dicha entidad.',
             'Atentamente,'])
    R.sign('Abog. Juan de Dios Gamboa Ayala', 'Director Regional de Trabajo y Promoción del Empleo', before=16)


def m043():
    R = new('m043', 'missing', 'no_information', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Corte Superior de Justicia de Ica', 'CSJIC', 'autonomous'),
            'OFICIO N° 000118-2022-GAD-CSJIC-PJ', ['Informe N° 000021-2022-CE-UPD-GAD-CSJIC-PJ'], '2022-02-10',
            'oficio; the court does not keep statistics broken down by the crime of trafficking (no figures)')
    R.header(['PODER JUDICIAL', 'CORTE SUPERIOR DE JUSTICIA DE ICA', 'Gerencia de Administración Distrital'], size=9, align='l')
    lema(R, 2022)
    R.p('Ica, 10 de febrero de 2022', align='r')
    R.p('OFICIO N° 000118-2022-GAD-CSJIC-PJ', bold=True)
    to(R, ['Señor', 'RENATO PAREDES BEJAR', 'Calle Lima 233, Ica'])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación a su pedido de información sobre el número de procesos y sentencias por el delito de trata de personas en el año 2021. Al respecto, la Coordinación de Estadística informa, mediante Informe N° 000021-2022-CE-UPD-GAD-CSJIC-PJ, que los sistemas informáticos de esta Corte no registran información estadística desagregada por tipo de delito para los juzgados mixtos y penales unipersonales, por lo que no es posible atender su requerimiento en los términos solicitados.',
             'Atentamente,'])
    R.sign('CPC. Jessica Uchuya Donayre', 'Gerente de Administración Distrital', before=16)


def m044():
    R = new('m044', 'missing', 'not_competent_referred', ['governance', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio del Ambiente', 'MINAM', 'ministry'),
            'CARTA N° 00128-2020-MINAM/SG/OGDAC', ['Oficio N° 00052-2020-MINAM/SG/OGDAC', 'Oficio N° 00053-2020-MINAM/SG/OGDAC'], '2020-01-29',
            'carta; the ministry is not competent and forwarded the request to MIMP and MININTER (art. 11 b), citing the two forwarding letters')
    R.header(['MINISTERIO DEL AMBIENTE', 'Secretaría General - Oficina de Gestión Documentaria y Atención a la Ciudadanía'], size=9)
    lema(R, 2020)
    R.p('San Isidro, 29 de enero de 2020', align='r')
    R.p('CARTA N° 00128-2020-MINAM/SG/OGDAC', bold=True)
    to(R, ['Señora', 'PAMELA RIVAS LEÓN', 'Presente.-'])
    body(R, ['Me dirijo a usted con relación a su solicitud de acceso a la información pública, mediante la cual requiere información sobre el presupuesto ejecutado en 2019 para la atención de víctimas de trata de personas y el funcionamiento de la Comisión Multisectorial Permanente.',
             'Al respecto, se le informa que el Ministerio del Ambiente no es la entidad que posee ni está obligada a poseer la información solicitada. En aplicación del literal b) del artículo 11 del TUO de la Ley N° 27806, su solicitud ha sido encausada al Ministerio de la Mujer y Poblaciones Vulnerables mediante Oficio N° 00052-2020-MINAM/SG/OGDAC y al Ministerio del Interior mediante Oficio N° 00053-2020-MINAM/SG/OGDAC, lo que se pone en su conocimiento.',
             'Atentamente,'])
    R.sign('Abog. Diana Ccori Salas', 'Jefa de la Oficina de Gestión Documentaria y Atención a la Ciudadanía', before=16)


def m045():
    R = new('m045', 'missing', 'not_competent_referred', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad de Santiago de Surco', 'MSS', 'district_municipality'),
            'CARTA N° 312-2023-SG-MSS', ['Oficio N° 088-2023-SG-MSS'], '2023-02-15',
            'carta; the municipality says complaints and operations are for the police and referred the request to the Región Policial Lima')
    R.header(['MUNICIPALIDAD DE SANTIAGO DE SURCO', 'Secretaría General'], size=10)
    lema(R, 2023)
    R.p('Santiago de Surco, 15 de febrero de 2023', align='r')
    R.p('CARTA N° 312-2023-SG-MSS', bold=True)
    to(R, ['Señor', 'LUIS ALBERTO CHIPANA ROSAS', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, a través de la cual solicita el número de denuncias, operativos e intervenciones por trata de personas realizadas en el distrito durante el año 2022.',
             'Sobre el particular, le informo que la recepción de denuncias y la investigación del delito de trata de personas son competencia de la Policía Nacional del Perú y del Ministerio Público. Por ello, mediante Oficio N° 088-2023-SG-MSS su solicitud ha sido derivada a la Región Policial Lima, a fin de que le brinde la atención correspondiente.',
             'Atentamente,'])
    R.sign('Abog. Martín Ugaz Cerna', 'Secretario General', before=16)
