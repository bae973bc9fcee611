"""blind-v6 letters f621-f630 (out_of_period, then missing). Written for this set."""
from common import *


def f621():
    R = new('f621', 'out_of_period', None, ['prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 211-2020-GOREMAD/GRDS', ['Solicitud de información del año 2019 (Exp. N° 0934-2020)'], '2020-02-14',
            'oficio; requested period only in the reference line; data for 2017',
            notes='The requested year appears only in the REFERENCIA line.')
    top(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social'], 2020,
        'Puerto Maldonado, 14 de febrero de 2020', 'OFICIO N° 211-2020-GOREMAD/GRDS')
    to(R, ['Señor', 'RONALD HUAYPAR CHOQUE', 'Presente.-'])
    kv(R, [('REFERENCIA:', 'Solicitud de información del año 2019 (Exp. N° 0934-2020)')])
    R.p('Tengo a bien dirigirme a usted, para hacerle llegar la información con que cuenta esta Gerencia: durante el año 2017 '
        'se efectuaron ' + C('14', 14, 'campaña', y=2017) + ' campañas de prevención en los corredores mineros de Huepetuhe y '
        'Laberinto, y el albergue temporal regional acogió a ' + C('26', 26, 'adolescente', y=2017) + ' adolescentes rescatadas.', align='j')
    R.p('Atentamente,')
    R.sign('LIC. DORIS CANAHUIRE QUISPE', 'Gerente Regional de Desarrollo Social')


def f622():
    R = new('f622', 'out_of_period', None, ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Policía Nacional del Perú - Región Policial Arequipa', 'PNP', 'police'),
            'OFICIO N° 087-2020-REGPOL-AQP/DIVINCRI-DEPINTRAT', [], '2020-02-03',
            'police oficio, requested year in asunto; data 2015-2016 in a borderless list')
    top(R, ['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL AREQUIPA', 'División de Investigación Criminal - Departamento de Investigación de Trata de Personas'], 2020,
        'Arequipa, 03 de febrero de 2020', 'OFICIO N° 087-2020-REGPOL-AQP/DIVINCRI-DEPINTRAT')
    kv(R, [('Señor:', 'Director del Centro de Investigación "Sur Andino"'),
           ('Asunto:', 'Denuncias por trata de personas - año 2019')])
    R.p('Tengo el honor de dirigirme a usted, para informarle que el Departamento, por reorganización de su archivo, solo cuenta '
        'con los registros siguientes:', align='j')
    R.p('Año 2015: ' + C('38', 38, 'denuncia', y=2015) + ' denuncias; ' + C('11', 11, 'detenido', y=2015) + ' detenidos.\n'
        'Año 2016: ' + C('45', 45, 'denuncia', y=2016) + ' denuncias; ' + C('17', 17, 'detenido', y=2016) + ' detenidos.', indent=1)
    R.p('Dios guarde a usted.', align='c')
    R.sign('O-309876', 'MAYOR PNP RICARDO ZEGARRA PINTO', 'Jefe del DEPINTRAT-AQP')


def f623():
    R = new('f623', 'out_of_period', None, ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Ministerio Público - Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Lima Norte', 'MP', 'autonomous'),
            'OFICIO N° 1543-2021-MP-FN-PJFSLIMANORTE', [], '2021-03-09',
            'oficio; period only in the asunto; ruled table with 2018 data; scan turned 180°')
    top(R, ['MINISTERIO PÚBLICO', 'Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Lima Norte'], 2021,
        'Independencia, 09 de marzo de 2021', 'OFICIO N° 1543-2021-MP-FN-PJFSLIMANORTE')
    to(R, ['Señora', 'VERÓNICA ALARCÓN SÁNCHEZ', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Carpetas fiscales por trata de personas, periodo 2020')])
    R.p('Tengo el agrado de dirigirme a usted, en relación con el asunto, a fin de remitirle el último reporte elaborado por la '
        'Oficina de Coordinación Estratégica de este Distrito Fiscal:', align='j')
    rows = []
    for f, a, b in [('Fiscalía Provincial Especializada en Trata de Personas', 134, 41), ('Fiscalías Provinciales Penales Corporativas', 57, 12)]:
        rows.append([f, C(str(a), a, 'carpeta fiscal', y=2018), C(str(b), b, 'acusación', y=2018)])
    R.table([['Despacho', 'Carpetas\ningresadas', 'Acusaciones\nformuladas']], rows, widths=(8, 3, 3), unit='column',
            caption='Reporte anual 2018')
    R.p('Atentamente,')
    R.sign('DR. RAÚL AYALA MENDOZA', 'Presidente de la Junta de Fiscales Superiores de Lima Norte')


def f624():
    R = new('f624', 'out_of_period', None, ['prevention', 'governance'], ('2019-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'OFICIO N° 044-2021-GDS-MPM', [], '2021-01-18',
            'oficio; only activities foreseen for 2021; period 2019-2020 restated')
    top(R, ['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Gerencia de Desarrollo Social'], 2021,
        'Iquitos, 18 de enero de 2021', 'OFICIO N° 044-2021-GDS-MPM')
    to(R, ['Señora', 'LORENA PINEDO SHAPIAMA', 'Presente.-'])
    R.p('En atención a su pedido de información sobre las acciones desarrolladas durante 2019 y 2020 contra la trata de personas, '
        'le comunico que esta Gerencia ha previsto para el año 2021 la instalación de la Mesa Provincial contra la Trata y la '
        'ejecución de ' + C('8', 8, 'taller', y=2021) + ' talleres en instituciones educativas de Belén y Punchana, con un '
        'presupuesto estimado de ' + M('S/ 24,500.00', 24500.0, y=2021, r='a') + '.', align='j')
    R.p('Atentamente,')
    R.sign('LIC. GINO DEL ÁGUILA RÍOS', 'Gerente de Desarrollo Social')


def f625():
    R = new('f625', 'out_of_period', None, ['protection', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'Letter No. 000031-2019-SM/OAI', [], '2019-03-18',
            'English letter to a foreign journalist; restates 2018, gives 2016 figures only', lang='en')
    R.header(['NATIONAL SUPERINTENDENCE OF MIGRATION - MIGRACIONES', 'Office of Access to Information'])
    R.p('Lima, 18 March 2019', align='r')
    R.p('Letter No. 000031-2019-SM/OAI', bold=True)
    R.p('Ms. Laura Jensen\nFreelance journalist, Copenhagen', after=8)
    R.p('Dear Ms. Jensen,')
    R.p('We refer to your request for information on foreign nationals identified as possible victims of trafficking at Peruvian '
        'border posts during 2018.', align='j')
    R.p('The most recent consolidated figures held by this Office are those of 2016: in that year '
        + C('73', 73, 'foreign national', y=2016) + ' foreign nationals were identified as possible victims, and '
        + C('19', 19, 'victim', y=2016) + ' of them were granted a humanitarian migratory status.', align='j')
    R.p('Kind regards,')
    R.sign('Mr. Andrés Colán Ruiz', 'Head, Office of Access to Information')


def f626():
    R = new('f626', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional Puno', 'GORE Puno', 'regional_government'),
            'OFICIO N° 176-2020-GR PUNO/GGR', ['INFORME N° 011-2020-GR PUNO/GRPPAT-SGP'], '2020-02-20',
            'oficio restating 2019; SIAF-like table for fiscal years 2014 and 2015, unit S/ in column header')
    top(R, ['GOBIERNO REGIONAL PUNO', 'Gerencia General Regional'], 2020,
        'Puno, 20 de febrero de 2020', 'OFICIO N° 176-2020-GR PUNO/GGR')
    to(R, ['Señor', 'WALTER CCORI APAZA', 'Presente.-'])
    R.p('En atención a su solicitud sobre el presupuesto asignado y ejecutado en el año 2019 para acciones contra la trata de '
        'personas, y de acuerdo con el INFORME N° 011-2020-GR PUNO/GRPPAT-SGP, se remite el reporte disponible:', align='j')
    rows = []
    for yr, pim, dev in [(2014, '135,000.00', '128,442.10'), (2015, '150,000.00', '149,010.00')]:
        rows.append(['Año fiscal %d' % yr, M(pim, float(pim.replace(',', '')), y=yr, r='a'), M(dev, float(dev.replace(',', '')), y=yr, r='e')])
    R.table([['Ejercicio', 'PIM (S/)', 'Ejecución\ndevengada (S/)']], rows, widths=(4, 3.5, 3.5), unit='column',
            caption='Meta 0045: Prevención de la trata de personas y explotación sexual')
    R.p('Atentamente,')
    R.sign('ECON. HUGO TITO MAMANI', 'Gerente General Regional')


def f627():
    R = new('f627', 'out_of_period', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA', 'AURORA', 'other'),
            'OFICIO N° 000193-2020-MIMP-AURORA-DE', [], '2020-03-04',
            'oficio with registry stamp; 2017 statistics only; request year in restated text',
            notes='Letterhead names the MIMP first; the sender is its Programa Nacional AURORA (reference line and signature).')
    top(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Nacional AURORA - Dirección Ejecutiva'], 2020,
        'Lima, 04 de marzo de 2020', 'OFICIO N° 000193-2020-MIMP-AURORA-DE')
    R.stamp(['MIMP - AURORA', 'TRÁMITE DOCUMENTARIO', 'SALIDA 04 MAR 2020', 'Reg. 20-01877'])
    to(R, ['Señora', 'TERESA LOZADA ÑAUPARI', 'Presente.-'])
    R.p('Me dirijo a usted en atención a su solicitud de información sobre personas afectadas por trata de personas atendidas '
        'por los Centros Emergencia Mujer durante 2019. Se adjunta el boletín estadístico publicado con información de 2017, '
        'según el cual se atendió a ' + C('211', 211, 'persona', y=2017) + ' personas afectadas, el ' + P('88%', 88.0, y=2017) +
        ' de ellas mujeres.', align='j')
    R.p('Atentamente,')
    R.sign('ABOG. MÓNICA SALDARRIAGA PAZ', 'Directora Ejecutiva del Programa Nacional AURORA')


def f628():
    R = new('f628', 'out_of_period', None, ['prevention'], ('2020-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Miraflores', 'MDM', 'district_municipality'),
            'CARTA N° 027-2023-GDH/MM', [], '2023-02-06',
            'carta replying late with 2022 activities only; period 2020-2021 restated')
    top(R, ['MUNICIPALIDAD DE MIRAFLORES', 'Gerencia de Desarrollo Humano'], 2023,
        'Miraflores, 06 de febrero de 2023', 'CARTA N° 027-2023-GDH/MM')
    to(R, ['Señor', 'SEBASTIÁN LLOSA IRIGOYEN', 'Presente.-'])
    R.p('Me dirijo a usted respecto de su solicitud sobre actividades de prevención de la trata de personas en los años 2020 y '
        '2021. Al respecto, esta Gerencia implementó dichas actividades a partir del año 2022, en que se realizaron '
        + C('5', 5, 'feria', y=2022) + ' ferias informativas en parques del distrito y se entregó material a '
        + C('1,200', 1200, 'visitante', y=2022) + ' visitantes.', align='j')
    R.p('Atentamente,')
    R.sign('LIC. PATRICIA BELAÚNDE CHIRINOS', 'Gerente de Desarrollo Humano')


def f629():
    R = new('f629', 'missing', 'no_information', ['protection', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 098-2021-GRU-GRDS', [], '2021-02-02',
            'short oficio, no information held')
    top(R, ['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia Regional de Desarrollo Social'], 2021,
        'Pucallpa, 02 de febrero de 2021', 'OFICIO N° 098-2021-GRU-GRDS')
    to(R, ['Señora', 'NANCY ARÉVALO PEZO', 'Presente.-'])
    R.p('En atención a su solicitud sobre las acciones de prevención y atención a víctimas de trata de personas realizadas en '
        'los años 2019 y 2020, comunico a usted que, luego de la búsqueda efectuada en el acervo documentario de esta Gerencia, '
        'no se ubicó información sobre la materia consultada.', align='j')
    R.p('Atentamente,')
    R.sign('LIC. ROGER SAAVEDRA PANDURO', 'Gerente Regional de Desarrollo Social')


def f630():
    R = new('f630', 'missing', 'not_competent_referred', ['protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0341-2021-MDA/SG', ['OFICIO N° 0340-2021-MDA/SG'], '2021-02-10',
            'carta, not competent, request forwarded to MIMP')
    top(R, ['MUNICIPALIDAD DISTRITAL DE ATE', 'Secretaría General'], 2021,
        'Ate, 10 de febrero de 2021', 'CARTA N° 0341-2021-MDA/SG')
    to(R, ['Señor', 'FERNANDO QUIROZ ESPINOZA', 'Presente.-'])
    R.p('Con relación a su solicitud sobre el número de víctimas de trata de personas atendidas en albergues durante 2020, le '
        'informamos que esta Municipalidad no administra centros de acogida ni registra dicha información, por no ser de su '
        'competencia. En aplicación del artículo 11 de la Ley N° 27806, su solicitud ha sido encausada al Ministerio de la Mujer '
        'y Poblaciones Vulnerables mediante OFICIO N° 0340-2021-MDA/SG.', align='j')
    R.p('Atentamente,')
    R.sign('ABOG. JUANA PALACIOS DÍAZ', 'Secretaria General')
