"""blind-v14 letters q031-q045 (written for this set from the labeling guide; all persons, numbers and facts invented)."""
import random
from lib import M, C, P, logo_png, plain
from common import *


def q031():
    R = new('q031', 'out_of_period', None, ['protection', 'prosecution', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Embassy of the United States of America in Peru', None, 'foreign'),
            None, [], '2023-08-03', lang='en', font='Times New Roman',
            layout='English letter without an own number, date written "August 3, 2023"; a 2019-2020 request answered with FY2022 and FY2023 awards in USD (table) and a count',
            notes='Out of period: the request covers 2019-2020; the letter gives only fiscal years 2022 and 2023. No own reference number.')
    R.header(['Embassy of the United States of America', 'Lima, Peru'], size=10, rule=False)
    R.p('August 3, 2023', align='l', after=10)
    to(R, ['Mr. Sebastián Arriola Benavides', 'Universidad del Pacífico (student researcher)', 'Lima'])
    body(R, ['Dear Mr. Arriola:',
             'Thank you for your letter requesting information about assistance provided by the United States Government to Peruvian '
             'institutions against trafficking in persons in 2019 and 2020.',
             'Records of awards made in those years are managed by the Department of State in Washington and are not kept at this '
             'Embassy. We can share, however, the awards that the Embassy\'s Narcotics Affairs Section administered in the two most '
             'recent fiscal years:'])
    proj = [('Shelter and reintegration support, Madre de Dios', 420000, 385000),
            ('Training of prosecutors and police investigators, Cusco and Puno', 310000, 295500),
            ('Community awareness along river routes, Loreto', 150000, 162750)]
    rows = [[l, Mf(a, dec=0, pre='$', y=2022, cur='USD', u='cell'), Mf(b, dec=0, pre='$', y=2023, cur='USD', u='cell')] for l, a, b in proj]
    rows.append(['Total', Mf(sum(x[1] for x in proj), dec=0, pre='$', y=2022, cur='USD', u='cell'),
                 Mf(sum(x[2] for x in proj), dec=0, pre='$', y=2023, cur='USD', u='cell')])
    R.table([['Project', 'FY2022', 'FY2023']], rows, widths=(9.0, 3.0, 3.0), size=10, ruled='hlines', bold_rows=(len(rows) - 1,))
    body(R, ['Together, these projects trained ' + Cn(310, 'justice-sector official') + ' justice-sector officials during fiscal years '
             '2022 and 2023.',
             'Sincerely,'])
    R.sign('Thomas R. Whitaker', 'Director, Narcotics Affairs Section', 'U.S. Embassy Lima', before=24, align='l')


def q032():
    R = new('q032', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000641-2023-MP-FN-FSCFEDTP', ['Solicitud de Acceso N° 2023-1104', 'Oficio N° 000118-2023-MP-FN-OGTI'], '2023-03-28',
            'oficio on a portrait page and a landscape page 2 with a 10-column table (merged year headers over three measures); a 2022 request answered with 2017-2019',
            notes='Out of period: the request is for 2022; the annex table covers 2017-2019 only (the letter says later data are being consolidated).')
    R.header(['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN',
              'Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas'], size=9)
    lema(R, 2023)
    R.p('Lima, 28 de marzo de 2023', align='r')
    R.p('OFICIO N° 000641-2023-MP-FN-FSCFEDTP', bold=True, after=8)
    to(R, ['Señora', 'Paula Andrea Quiroz Delgado', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Información estadística de las Fiscalías Especializadas en Delitos de Trata de Personas'),
               ('REF.', ': Solicitud de Acceso N° 2023-1104')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia, en la que requiere la carga procesal de las '
             'Fiscalías Especializadas en Delitos de Trata de Personas (FISTRAP) durante el año 2022.',
             'Al respecto, la Oficina General de Tecnologías de la Información, mediante Oficio N° 000118-2023-MP-FN-OGTI, ha remitido la '
             'estadística consolidada de los años 2017 a 2019, que se adjunta en anexo; la información posterior se encuentra en proceso '
             'de consolidación por la migración al nuevo sistema de gestión fiscal.',
             'Atentamente,'])
    dsig(R, 'Carmen Rosa Salazar Ugarte', 'Fiscal Superior Coordinadora', 'FISTRAP', when='28/03/2023 10:14:51', fau='20131370301')
    R.landscape()
    R.p('ANEXO - Carga procesal de las FISTRAP por distrito fiscal, 2017 - 2019', bold=True, align='c')
    dist = [('Lima', 412, 455, 498, 61, 70, 82, 18, 22, 27), ('Lima Norte', 88, 97, 104, 11, 12, 15, 3, 5, 4),
            ('Callao', 71, 80, 92, 9, 10, 13, 2, 4, 5), ('Cusco', 96, 110, 121, 14, 17, 19, 5, 6, 8),
            ('Puno', 83, 92, 99, 12, 13, 16, 4, 4, 6), ('Madre de Dios', 124, 139, 151, 19, 23, 25, 7, 9, 10),
            ('Loreto', 102, 118, 127, 15, 18, 20, 5, 7, 9), ('Tumbes', 64, 71, 77, 8, 10, 11, 2, 3, 3),
            ('Arequipa', 57, 66, 72, 7, 9, 10, 2, 2, 4), ('Piura', 49, 55, 63, 6, 7, 9, 1, 2, 3)]
    W = ['caso'] * 3 + ['acusación'] * 3 + ['sentencia'] * 3
    Y = [2017, 2018, 2019] * 3
    rows = []
    for d in dist:
        rows.append([d[0]] + [Cn(v, W[k], y=Y[k]) for k, v in enumerate(d[1:])])
    rows.append(['Total'] + [Cn(sum(d[k + 1] for d in dist), W[k], y=Y[k]) for k in range(9)])
    head = [['Distrito fiscal', 'Casos ingresados', '', '', 'Acusaciones', '', '', 'Sentencias condenatorias', '', ''],
            ['', '2017', '2018', '2019', '2017', '2018', '2019', '2017', '2018', '2019']]
    cn = [None] + ['%s %d' % (m, y) for m in ('Casos ingresados', 'Acusaciones', 'Sentencias condenatorias') for y in (2017, 2018, 2019)]
    R.table(head, rows, widths=(4.6,) + (2.2,) * 9, size=9.5, merges=((0, 1, 0, 3), (0, 4, 0, 6), (0, 7, 0, 9), (0, 0, 1, 0)),
            colnames=cn, bold_rows=(len(rows) - 1,), note='Fuente: Sistema de Gestión Fiscal. Elaboración: FSCFEDTP.')


def q033():
    R = new('q033', 'out_of_period', None, ['governance'], ('2019-01-01', '2019-12-31'),
            S('Universidad Nacional Jorge Basadre Grohmann', 'UNJBG', 'other'),
            'OFICIO N° 0388-2020-VIIN/UNJBG', ['Expediente N° 4471-2020', 'Resolución Rectoral N° 2218-2015-UN/JBG'], '2020-07-06',
            'oficio; a 2019 request answered with 2015-2016 research projects; amounts in thousands of soles stated in the column header; a share % column',
            notes='Out of period: the request is for 2019; the letter lists only projects of 2015 and 2016 and their amounts.')
    R.header(['UNIVERSIDAD NACIONAL JORGE BASADRE GROHMANN', 'Vicerrectorado de Investigación', 'Tacna - Perú'], size=9,
             logo=(logo_png('unjbg', 'UNJBG', shape='circle', color=(0, 50, 120)), 1.4))
    lema(R, 2020)
    R.p('Tacna, 06 de julio de 2020', align='r')
    R.p('OFICIO N° 0388-2020-VIIN/UNJBG', bold=True, after=8)
    to(R, ['Señora', 'Lucía Fernanda Copaja Ticona', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Proyectos de investigación sobre trata de personas'), ('REF.', ': Expediente N° 4471-2020')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre los proyectos de investigación en materia de trata de personas '
             'financiados por la Universidad en el año 2019.',
             'Al respecto, el Vicerrectorado de Investigación registra los siguientes proyectos, aprobados mediante Resolución Rectoral '
             'N° 2218-2015-UN/JBG y ejecutados con recursos del canon minero:'])
    pr = [('Trata de personas en la frontera Tacna - Arica: rutas y perfiles', 2015, 48.5), ('Explotación laboral de adolescentes en la agricultura del valle de Tacna', 2015, 36.2),
          ('Respuesta institucional frente a la trata en la Región Tacna', 2016, 52.0), ('Migración venezolana y riesgo de trata en el sur del Perú', 2016, 29.8)]
    tot = sum(x[2] for x in pr)
    rows = [[t, str(y), Mf(m, dec=1, scale=1000, y=y), Pf(round(m / tot * 100, 1), 1, suf='')] for t, y, m in pr]
    rows.append(['Total', '', Mf(round(tot, 1), dec=1, scale=1000), Pf(100.0, 1, suf='')])
    R.table([['Proyecto', 'Año', 'Monto financiado (miles de soles)', '%']], rows, widths=(8.6, 1.4, 3.2, 1.6), size=9, bold_rows=(len(rows) - 1,))
    body(R, ['Atentamente,'])
    R.sign('Dr. Alberto Félix Coaquira Ramos', 'Vicerrector de Investigación', 'UNJBG', before=24)


def q034():
    R = new('q034', 'out_of_period', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Academia de la Magistratura', 'AMAG', 'autonomous'),
            'OFICIO N° 000156-2022-AMAG/DG', ['Solicitud N° 0034-2022-TAIP', 'Informe N° 000021-2022-AMAG/SPA'], '2022-02-09',
            'oficio; a 2021 request answered with 2018-2019 courses for judges and prosecutors; table with course code, name and per-year participant columns',
            notes='Out of period: the request is for 2021; the courses listed were held in 2018 and 2019.')
    R.header(['ACADEMIA DE LA MAGISTRATURA', 'Dirección General'], size=10, logo=(logo_png('amag', 'AMAG', color=(100, 60, 0)), 1.4))
    lema(R, 2022)
    R.p('Lima, 9 de febrero de 2022', align='r')
    R.p('OFICIO N° 000156-2022-AMAG/DG', bold=True, after=8)
    to(R, ['Señor', 'Gonzalo Emilio Paredes Yataco', 'Presente.-'])
    asunto(R, [('Asunto', ': Capacitación de magistrados en trata de personas'),
               ('Referencia', ': Solicitud N° 0034-2022-TAIP')])
    body(R, ['Tengo el agrado de dirigirme a usted para atender su solicitud sobre las actividades académicas en materia de trata de '
             'personas dirigidas a jueces y fiscales en el año 2021. Al respecto, la Subdirección de Programas Académicos ha informado '
             '(Informe N° 000021-2022-AMAG/SPA) las actividades desarrolladas en los años 2018 y 2019:'])
    cur = [('PAP-118', 'Curso "Investigación y juzgamiento del delito de trata de personas"', 64, 71),
           ('PAP-131', 'Taller "Enfoque de víctima en los procesos por trata"', 38, 45),
           ('PCA-022', 'Diplomado en criminalidad organizada y trata de personas', None, 52),
           ('PAP-140', 'Curso virtual "Trata de personas y explotación laboral"', 120, 136)]
    rows = [[c, n, Cn(a, 'magistrado', y=2018) if a else '-', Cn(b, 'magistrado', y=2019)] for c, n, a, b in cur]
    R.table([['Código', 'Actividad académica', 'Participantes 2018', 'Participantes 2019']], rows, widths=(1.8, 8.6, 2.4, 2.4),
            size=9, row_label_col=1)
    body(R, ['Atentamente,'])
    R.sign('Dra. Rosa Elvira Mendoza Linares', 'Directora General', 'Academia de la Magistratura', before=24)


def q035():
    R = new('q035', 'out_of_period', None, ['prevention', 'governance'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Puno', 'MPP', 'provincial_municipality'),
            'NOTA N° 012-2021-MPP/GDS', ['Expediente N° 2021-000874'], '2021-01-28',
            'note with FECHA / PARA / ASUNTO / REF. block and the date in words; a 2020 request answered with 2016 activities; one amount in words with digits in brackets',
            notes='Out of period: the request is for 2020; the note gives only 2016 data.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE PUNO', 'Gerencia de Desarrollo Social'], size=10)
    lema(R, 2021)
    R.p('NOTA N° 012-2021-MPP/GDS', bold=True, align='c', after=6)
    kv(R, [('FECHA', ': Puno, ' + fecha_letras('2021-01-28')),
           ('PARA', ': Sr. Edwin Rolando Apaza Quispe'),
           ('ASUNTO', ': Información sobre el programa "Puno sin Trata"'),
           ('REF.', ': Expediente N° 2021-000874')])
    R.p('_' * 78, size=8, after=6)
    body(R, ['En atención a su pedido sobre las acciones del programa municipal "Puno sin Trata" en el año 2020, se comunica que el '
             'programa tuvo ejecución en el año 2016, según los archivos de la Gerencia:',
             'En dicho año se realizaron ' + Cn(9, 'taller', y=2016) + ' talleres en instituciones educativas y ' + Cn(3, 'feria', y=2016) +
             ' ferias en la Plaza de Armas, con la participación de ' + Cn(1215, 'persona', y=2016) + ' personas. La Comisión Provincial '
             'contra la Trata se reunió en ' + Cn(4, 'reunión', y=2016) + ' reuniones. El costo total del programa fue de ' +
             M('veintidós mil quinientos y 00/100 soles (S/ 22 500,00)', 22500.0, y=2016, r='e') + '.',
             'Atentamente,'])
    R.sign('Lic. Gladys Noemí Ticona Coaquira', 'Gerente de Desarrollo Social', before=22)


def q036():
    R = new('q036', 'out_of_period', None, ['prevention', 'protection', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Huancavelica', 'GRH', 'regional_government'),
            None, ['Solicitud N° 0451-2023'], '2023-06-12', fmt='xlsx',
            layout='spreadsheet sent alone: POI 2024 programme (physical targets, programmed amounts and quarterly targets) for a 2022 request; title rows state the request and its period',
            notes='Out of period: a plan only. The sheet answers a request about 2022 with the 2024 operational plan (targets and programmed amounts).')
    ws = R.wb.active
    ws.title = 'POI 2024'
    xsetup(ws)
    from openpyxl.styles import Font
    for r, t in [(1, 'GOBIERNO REGIONAL DE HUANCAVELICA - GERENCIA REGIONAL DE DESARROLLO SOCIAL'),
                 (2, 'Programación de actividades contra la trata de personas - Plan Operativo Institucional 2024'),
                 (3, 'Atención a la Solicitud N° 0451-2023 (información solicitada: año 2022)'), (4, 'Fecha: 12/06/2023')]:
        ws.cell(row=r, column=1, value=t).font = Font(bold=(r < 3), size=11 if r == 1 else 10)
    acts = [('Talleres de prevención en II.EE. rurales', 'Taller', 'taller', 24, 36000, (6, 6, 6, 6)),
            ('Capacitación a autoridades comunales', 'Persona', 'persona', 180, 27500, (40, 50, 50, 40)),
            ('Sesiones de la Mesa Regional', 'Sesión', 'sesión', 6, 4800, (1, 2, 1, 2)),
            ('Acompañamiento psicosocial a víctimas derivadas', 'Persona', 'persona', 30, 42000, (6, 8, 8, 8)),
            ('Campaña radial en quechua', 'Spot', 'spot', 400, 18650, (100, 100, 100, 100))]
    rows = []
    for a, u, w, meta, monto, q in acts:
        rows.append([a, u, (meta, '#,##0', 'count', {'what': w, 'y': 2024}), (monto, '#,##0.00', 'money', {'y': 2024, 'r': 'a'})] +
                    [(v, '#,##0', 'count', {'what': w, 'y': 2024}) for v in q])
    rows.append(['TOTAL', '', '', (sum(x[4] for x in acts), '#,##0.00', 'money', {'y': 2024, 'r': 'a'}), '', '', '', ''])
    xtable(R, ws, 6, [['Actividad', 'Unidad de medida', 'Meta física 2024', 'Monto programado 2024 (S/)', 'Meta I Trim.', 'Meta II Trim.', 'Meta III Trim.', 'Meta IV Trim.']],
           rows, widths=(52, 14, 12, 18, 10, 10, 10, 10), bold_last=True)


def q037():
    R = new('q037', 'out_of_period', None, ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° D000288-2024-INPE-UE', ['Expediente N° 2024-0003391', 'Informe N° D000044-2024-INPE-UE-SP'], '2024-03-05',
            'oficio; a 2020 request answered with the prison population at December 2023 by prison, with sentenced / on-trial columns and a %',
            notes='Out of period: the request is for 2020; the population figures are at 31 December 2023.')
    R.header(['INSTITUTO NACIONAL PENITENCIARIO', 'Unidad de Estadística'], size=10, logo=(logo_png('inpe', 'INPE', shape='square', color=(20, 60, 110)), 1.2))
    lema(R, 2024)
    R.p('Lima, 05 de marzo de 2024', align='r')
    R.p('OFICIO N° D000288-2024-INPE-UE', bold=True, after=8)
    to(R, ['Señor', 'Iván Alexis Castro Villanueva', 'Presente.-'])
    asunto(R, [('Asunto', ': Población penitenciaria por el delito de trata de personas'),
               ('Referencia', ': Expediente N° 2024-0003391')])
    body(R, ['Es grato dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información sobre la '
             'población penitenciaria por el delito de trata de personas en el año 2020. Al respecto, se remite el reporte disponible, '
             'con fecha de corte al 31 de diciembre de 2023 (Informe N° D000044-2024-INPE-UE-SP):'])
    eps = [('E.P. Lurigancho', 96, 41), ('E.P. Puerto Maldonado', 58, 22), ('E.P. Iquitos', 44, 19), ('E.P. Cusco Varones', 37, 12),
           ('E.P. Juliaca', 29, 11), ('E.P. Tumbes', 21, 9), ('E.P. Anexo de Mujeres Chorrillos', 18, 6), ('Otros establecimientos', 64, 30)]
    ts = sum(x[1] for x in eps); tp = sum(x[2] for x in eps)
    rows = [[e, Cn(s, 'interno', y=2023), Cn(p, 'interno', y=2023), Pf(round((s + p) / (ts + tp) * 100, 1), 1, y=2023)] for e, s, p in eps]
    rows.append(['Total', Cn(ts, 'interno', y=2023), Cn(tp, 'interno', y=2023), Pf(100.0, 1, y=2023)])
    R.table([['Establecimiento penitenciario', 'Sentenciados', 'Procesados', '% del total']], rows, widths=(7.0, 2.6, 2.6, 2.2), size=9.5,
            bold_rows=(len(rows) - 1,))
    body(R, ['Atentamente,'])
    dsig(R, 'Patricia Yolanda Huerta Ramos', 'Jefa de la Unidad de Estadística', 'INPE', when='05.03.2024 11:52:06 -05:00', fau='20131370041')


def q038():
    R = new('q038', 'out_of_period', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Seguro Integral de Salud', 'SIS', 'other'),
            'OFICIO N° 000745-2022-SIS/GNF', ['Carta S/N recibida el 11 de abril de 2022', 'Registro N° 22-018822'], '2022-05-02',
            'oficio; a 2021 request answered with 2019 affiliations, attentions and financed amount; key figures in a boxed two-column table',
            notes='Out of period: the request is for 2021; the figures are for 2019 ("último año con la identificación de la condición de víctima").')
    R.header(['SEGURO INTEGRAL DE SALUD', 'Gerencia del Negocio y Financiamiento'], size=10)
    lema(R, 2022)
    R.p('Lima, 02 de mayo de 2022', align='r')
    R.p('OFICIO N° 000745-2022-SIS/GNF', bold=True, after=8)
    to(R, ['Señora', 'Rocío Janet Flores Anchante', 'Presente.-'])
    R.p('**Referencia:** Carta S/N recibida el 11 de abril de 2022 (Registro N° 22-018822)', after=8)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información sobre la afiliación al SIS '
             'de víctimas de trata de personas y las prestaciones financiadas en el año 2021.',
             'Al respecto, se informa que el último año en el que el aplicativo de afiliación permitió identificar la condición de víctima '
             'de trata es el año 2019, con los siguientes resultados:'])
    R.table([['Concepto', 'Año 2019']], [
        ['Víctimas de trata afiliadas al SIS Gratuito', Cn(156, 'víctima', y=2019)],
        ['Atenciones de salud registradas', Cn(1240, 'atención', st='sp', y=2019)],
        ['Monto financiado', Mn(186300.45, 'sp', pre='S/ ', y=2019, r='e', u='cell')]], widths=(9.0, 4.0), size=10)
    body(R, ['Atentamente,'])
    R.sign('Econ. Víctor Raúl Salas Medina', 'Gerente del Negocio y Financiamiento', 'Seguro Integral de Salud', before=24)


def q039():
    R = new('q039', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Comisión de Promoción del Perú para la Exportación y el Turismo', 'PROMPERÚ', 'other'),
            'Letter N° 045-2021-PROMPERU/GG', [], '2021-04-20', lang='en',
            layout='English letter from a Peruvian public body to a foreign researcher; a 2020 request answered with 2016-2017 figures; amounts written "PEN 85,000"',
            notes='Out of period: the request is for 2020; the campaign and figures are from 2016 and 2017.')
    R.header(['PROMPERÚ', 'Commission for the Promotion of Peru for Export and Tourism', 'General Management'], size=9,
             logo=(logo_png('promperu', 'PPU', shape='circle', color=(200, 30, 30)), 1.3))
    R.p('Lima, April 20, 2021', align='r')
    R.p('Letter N° 045-2021-PROMPERU/GG', bold=True, after=8)
    to(R, ['Dr. Hannah Lindqvist', 'Department of Tourism Studies', 'Uppsala University, Sweden'])
    body(R, ['Dear Dr. Lindqvist,',
             'We refer to your e-mail requesting information on PROMPERÚ activities during 2020 to prevent the sexual exploitation of '
             'children and adolescents in tourism.',
             'The campaign you ask about, "Tourism with a Code", was carried out by PROMPERÚ in 2016 and 2017. In 2016, ' +
             Cn(214, 'tourism business', y=2016) + ' tourism businesses signed the Code of Conduct, and ' + Cn(187, 'tourism business', y=2017) +
             ' more signed it in 2017. The campaign materials cost ' + Mf(85000, dec=0, pre='PEN ', y=2016) + ' in 2016 and ' +
             Mf(61500, dec=0, pre='PEN ', y=2017) + ' in 2017.',
             'We hope this information is useful for your research.',
             'Kind regards,'])
    R.sign('Luis Fernando Ugaz Portocarrero', 'General Manager', 'PROMPERÚ', before=22, align='l')


def q040():
    R = new('q040', 'out_of_period', None, ['prevention', 'governance'], ('2021-07-01', '2021-12-31'),
            S('Municipalidad Distrital de Miraflores', 'MDM', 'district_municipality'),
            'OFICIO N° 214-2022-GDH/MM', ['Documento Simple N° 3391-2022'], '2022-03-03',
            'oficio; a July-December 2021 request answered with January-June 2021 month columns (Ene ... Jun) and a total column',
            notes='Out of period: the request is for the second half of 2021; the table covers January-June 2021 only.')
    R.header(['MUNICIPALIDAD DE MIRAFLORES', 'Gerencia de Desarrollo Humano'], size=10, logo=(logo_png('mira', 'MIR', color=(0, 110, 160)), 1.3))
    lema(R, 2022)
    R.p('Miraflores, 3 de marzo de 2022', align='r')
    R.p('OFICIO N° 214-2022-GDH/MM', bold=True, after=8)
    to(R, ['Señora', 'Adriana Lucía Benavides Tello', 'Presente.-'])
    asunto(R, [('Asunto', ': Acciones contra la trata de personas'), ('Referencia', ': Documento Simple N° 3391-2022')])
    body(R, ['Me dirijo a usted en relación con su solicitud sobre las acciones contra la trata de personas realizadas en el distrito entre '
             'julio y diciembre de 2021. Al respecto, se remite el reporte de actividades registrado por la Sub Gerencia de Bienestar '
             'Social, correspondiente al primer semestre de 2021:'])
    acts = [('Charlas virtuales de prevención', 'charla', (2, 3, 3, 2, 4, 3)), ('Participantes en charlas', 'participante', (85, 120, 134, 76, 161, 118)),
            ('Publicaciones en redes sociales', 'publicación', (6, 5, 8, 6, 7, 9)), ('Reuniones de la red distrital', 'reunión', (1, None, 1, None, 1, None))]
    rows = []
    for lab, w, v in acts:
        rows.append([lab] + [Cn(x, w, y=2021) if x else '-' for x in v] + [Cn(sum(x or 0 for x in v), w, y=2021)])
    R.table([['Actividad', 'Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Total']], rows, widths=(5.6, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.6), size=9,
            caption='Actividades - primer semestre 2021')
    body(R, ['Atentamente,'])
    R.sign('Lic. Mónica Alejandra Rey Basadre', 'Gerente de Desarrollo Humano', 'Municipalidad de Miraflores', before=24)


def q041():
    R = new('q041', 'missing', 'no_information', ['governance'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de Moquegua', 'GRM', 'regional_government'),
            'OFICIO N° 0219-2021-GRM/GRDS', ['Expediente N° 2021-0001187', 'Memorando N° 078-2021-GRM/GRDS-SGIS'], '2021-02-15',
            'oficio; after a search of the archives no information was found on the commission\'s budget and sessions for 2020; cites the internal memo; round seal left of the signature',
            notes='Missing (no_information): "no se ha encontrado documentación" after a search; it does not state that nothing was done.')
    R.header(['GOBIERNO REGIONAL MOQUEGUA', 'Gerencia Regional de Desarrollo Social'], size=10)
    lema(R, 2021)
    R.p('Moquegua, 15 de febrero de 2021', align='r')
    R.p('OFICIO N° 0219-2021-GRM/GRDS', bold=True, after=8)
    to(R, ['Señor', 'Mauricio Esteban Linares Pino', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'), ('REFERENCIA', ': Expediente N° 2021-0001187')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita copia de las actas de sesión de la '
             'Comisión Regional contra la Trata de Personas y el detalle del presupuesto asignado a sus actividades en el año 2020.',
             'Al respecto, mediante Memorando N° 078-2021-GRM/GRDS-SGIS, la Sub Gerencia de Inclusión Social informa que, realizada la '
             'búsqueda en el acervo documentario de la Sub Gerencia y en el archivo de la Gerencia Regional de Desarrollo Social, no se ha '
             'encontrado documentación referida a lo solicitado, por lo que no es posible atender su pedido.',
             'Sin otro particular, quedo de usted.', 'Atentamente,'])
    sig_stamp(R, 'Mg. Erika Jazmín Valdivia Zeballos', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Moquegua',
              seal_png('grm', ['GOBIERNO REGIONAL', 'MOQUEGUA', 'G.R.D.S.'], color=(60, 40, 150)), seal_right=False)


def q042():
    R = new('q042', 'missing', 'no_information', ['protection'], ('2019-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Villa María del Triunfo', 'MVMT', 'district_municipality'),
            'FORMATO DE RESPUESTA N° 0157-2022-SG/MVMT', ['Solicitud N° 0412-2022'], '2022-05-10',
            'a printed answer form with boxed fields and ticked options ("[X] La entidad no cuenta con la información"); art. 13 of the transparency law cited',
            notes='Missing (no_information): the form ticks "no cuenta con la información" and cites the rule that the entity need not create information.')
    R.header(['MUNICIPALIDAD DISTRITAL DE VILLA MARÍA DEL TRIUNFO', 'Secretaría General - Área de Acceso a la Información Pública'], size=9)
    R.p('FORMATO DE RESPUESTA N° 0157-2022-SG/MVMT', bold=True, align='c', after=2)
    R.p('(Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública)', align='c', size=8, italic=True, after=8)
    R.table([['DATOS DE LA SOLICITUD', '']], [
        ['Número de solicitud', 'Solicitud N° 0412-2022'],
        ['Fecha de presentación', '26 de abril de 2022'],
        ['Solicitante', 'Fiorella Janet Cárdenas Mori'],
        ['Información solicitada', 'Número de víctimas de trata de personas atendidas por la DEMUNA en los años 2019, 2020 y 2021, '
                                   'desagregado por edad y sexo, y copia de los informes de derivación.'],
        ['Unidad orgánica que posee la información', 'Defensoría Municipal del Niño y del Adolescente (DEMUNA)']],
        widths=(5.2, 10.8), size=9, merges=((0, 0, 0, 1),), row_label_col=0)
    R.table([['RESPUESTA', '']], [
        ['[  ]', 'Se entrega la información solicitada.'],
        ['[  ]', 'Se entrega parcialmente la información solicitada.'],
        ['[X]', 'La entidad no cuenta con la información solicitada.'],
        ['[  ]', 'La información solicitada se encuentra dentro de las excepciones de ley.']],
        widths=(1.4, 14.6), size=9, merges=((0, 0, 0, 1),), num_align='c')
    body(R, ['**Fundamento:** La DEMUNA informa que en sus registros de los años 2019 a 2021 no se consigna la tipificación de casos como '
             'trata de personas ni se cuenta con informes de derivación por dicho motivo. Conforme al artículo 13 del TUO de la Ley N° 27806, '
             'la solicitud de información no implica la obligación de las entidades de crear o producir información con la que no cuenten.'], size=10)
    R.p('Villa María del Triunfo, 10 de mayo de 2022', align='r', before=6)
    R.sign('Abog. Ricardo Javier Olivos Núñez', 'Funcionario Responsable de Acceso a la Información Pública', before=20)


def q043():
    R = new('q043', 'missing', 'no_information', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Servicio Nacional de Áreas Naturales Protegidas por el Estado', 'SERNANP', 'other'),
            'CARTA N° 000112-2023-SERNANP-OA', ['Solicitud de Acceso N° 2023-0214'], '2023-02-22',
            'carta; the park-guard reports record illegal mining and logging but not trafficking, so the entity has no such information; words "operativos", "denuncias"; no figures',
            notes='Missing (no_information): the entity\'s records do not hold the information asked (operations and complaints about trafficking in protected areas).')
    R.header(['SERVICIO NACIONAL DE ÁREAS NATURALES PROTEGIDAS POR EL ESTADO - SERNANP', 'Oficina de Administración'], size=9)
    lema(R, 2023)
    R.p('Lima, 22 de febrero de 2023', align='r')
    R.p('CARTA N° 000112-2023-SERNANP-OA', bold=True, after=8)
    to(R, ['Señor', 'Javier Antonio Mesía Ruiz', 'Presente.-'])
    R.p('Referencia: Solicitud de Acceso N° 2023-0214', after=8)
    body(R, ['Me dirijo a usted con relación a su solicitud de información sobre los operativos y las denuncias por trata de personas '
             'vinculados a áreas naturales protegidas durante el año 2022.',
             'Al respecto, la Dirección de Gestión de las Áreas Naturales Protegidas ha informado que los reportes de patrullaje de los '
             'guardaparques registran actividades ilegales como la minería, la tala y la caza, pero no registran información sobre trata '
             'de personas ni sobre sus víctimas; las denuncias que formula el SERNANP se refieren a delitos ambientales. En consecuencia, '
             'la entidad no cuenta con la información solicitada.',
             'Atentamente,'])
    dsig(R, 'Carla Vanessa Torres Guillén', 'Jefa de la Oficina de Administración', 'SERNANP', when='22/02/2023 16:03', fau='20478053178')


def q044():
    R = new('q044', 'missing', 'not_competent_referred', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Vivienda, Construcción y Saneamiento', 'VIVIENDA', 'ministry'),
            'OFICIO N° 00412-2023-VIVIENDA/SG', ['Expediente N° E-000871-2023', 'Oficio N° 00411-2023-VIVIENDA/SG'], '2023-02-07',
            'oficio; the ministry is not competent on temporary shelters and says it forwarded the request to the MIMP (forwarding oficio cited)',
            notes='Missing (not_competent_referred).')
    R.header(['MINISTERIO DE VIVIENDA, CONSTRUCCIÓN Y SANEAMIENTO', 'Secretaría General'], size=10,
             logo=(logo_png('vivienda', 'MVCS', shape='square', color=(170, 20, 20)), 1.2), align='l')
    lema(R, 2023)
    R.p('Lima, 07 de febrero de 2023', align='r')
    R.p('OFICIO N° 00412-2023-VIVIENDA/SG', bold=True, after=8)
    to(R, ['Señora', 'Brenda Maricielo Zegarra Luna', 'Presente.-'])
    asunto(R, [('Asunto', ': Solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° E-000871-2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre el presupuesto '
             'destinado en el año 2022 a la construcción y funcionamiento de hogares de refugio temporal para víctimas de trata de personas.',
             'Al respecto, le comunico que este Ministerio no tiene competencia en la creación ni en el funcionamiento de hogares de refugio '
             'temporal, los cuales están a cargo del Ministerio de la Mujer y Poblaciones Vulnerables. Por ello, en aplicación del '
             'artículo 15-A del Reglamento de la Ley de Transparencia, su solicitud ha sido remitida a dicho Ministerio mediante el '
             'Oficio N° 00411-2023-VIVIENDA/SG, lo que se pone en su conocimiento.',
             'Atentamente,'])
    dsig(R, 'Gloria Esther Paz Arredondo', 'Secretaria General', 'Ministerio de Vivienda, Construcción y Saneamiento', when='07/02/2023 18:22:40', fau='20504743307')


def q045():
    R = new('q045', 'missing', 'not_competent_referred', ['governance'], ('2019-01-01', '2019-12-31'),
            S('Contraloría General de la República', 'CGR', 'autonomous'),
            'OFICIO N° 000934-2020-CG/TRANSP', ['Hoja de Ruta N° 0007812-2020', 'Oficio N° 000933-2020-CG/TRANSP'], '2020-03-04',
            'oficio with "Referencia:" only; the Comptroller does not hold the execution of the national plan and forwarded the request to the Ministry of the Interior',
            notes='Missing (not_competent_referred).')
    R.header(['CONTRALORÍA GENERAL DE LA REPÚBLICA', 'Funcionario Responsable de Entregar la Información'], size=10)
    lema(R, 2020)
    R.p('Jesús María, 04 de marzo de 2020', align='r')
    R.p('OFICIO N° 000934-2020-CG/TRANSP', bold=True, after=8)
    to(R, ['Señor', 'Pablo Emilio Cornejo Arana', 'Presente.-'])
    R.p('Referencia: Hoja de Ruta N° 0007812-2020', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted con relación al documento de la referencia, mediante el cual solicita información sobre '
             'la ejecución presupuestal del Plan Nacional contra la Trata de Personas en el año 2019 y los informes de seguimiento de '
             'dicho Plan.',
             'Sobre el particular, la información solicitada no es producida ni se encuentra en posesión de la Contraloría General de la '
             'República. El seguimiento del Plan corresponde al Ministerio del Interior, en su calidad de Secretaría Técnica de la '
             'Comisión Multisectoral, por lo que su solicitud ha sido encausada a dicha entidad con Oficio N° 000933-2020-CG/TRANSP, '
             'de la misma fecha.',
             'Atentamente,'])
    R.sign('Abog. Raquel Lorena Vega Castillo', 'Funcionaria Responsable de Entregar la Información', 'Contraloría General de la República', before=24)
