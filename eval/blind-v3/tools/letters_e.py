# -*- coding: utf-8 -*-
from lib import *


def c347():
    r = Reply('c347', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['governance'], period_start='2017-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Ministerio del Interior', 'acronym': 'MININTER', 'kind': 'ministry'},
              reference='OFICIO N° 001204-2020/IN/VOI', cited_references=['INFORME N° 000017-2020/IN/VSP/DGSD/DATPS'],
              letter_date='2020-03-05', language='es', on_topic=True, photo=True,
              layout='oficio; budget of the PNAT by sector in a ruled table with year columns, unit "(en miles de soles)" in the caption, total row; one prose amount in full soles',
              notes='Amounts in thousands (caption) -> value x1000, unit_source caption. Budget for the PNAT as a whole -> governance.')
    lg = logo_png('peru_shield', 'PERÚ', 'shield', (150, 20, 20))
    r.header(['PERÚ   Ministerio del Interior', 'Viceministerio de Orden Interno'], logo=(lg, 1.1), align='l', size=8.5)
    r.p('Lima, 05 de marzo de 2020', align='r')
    r.p('OFICIO N° 001204-2020/IN/VOI', bold=True)
    r.p('Señor\nALEJANDRO MONTES DE OCA BRAVO\nPresente.-')
    r.p('Asunto: Presupuesto del Plan Nacional contra la Trata de Personas 2017-2021, ejecutado en los años 2017 a 2019', bold=True)
    r.p('Me dirijo a usted para remitirle el INFORME N° 000017-2020/IN/VSP/DGSD/DATPS, elaborado en calidad de Secretaría Técnica de la Comisión Multisectoral de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes, que consolida el presupuesto ejecutado por los sectores:', align='j')
    head = [['Sector', '2017', '2018', '2019']]
    data = [('Interior', 3120.4, 3388.9, 3702.5), ('Mujer y Poblaciones Vulnerables', 2015.7, 2410.2, 2980.0), ('Ministerio Público', 1890.0, 2205.6, 2311.3),
            ('Justicia y Derechos Humanos', 640.5, 702.1, 755.8), ('Trabajo y Promoción del Empleo', 217.0, 249.1, 263.4), ('Otros sectores', 402.6, 517.3, 598.2)]
    def f(v):
        return '{:,.1f}'.format(v).replace(',', ' ').replace('.', ',')
    rows = []
    tot = [0, 0, 0]
    for s, a, b, c in data:
        rows.append([s] + [M(f(v), round(v * 1000, 2), y=y, r='e', u='caption') for v, y in ((a, 2017), (b, 2018), (c, 2019))])
        tot[0] += a; tot[1] += b; tot[2] += c
    rows.append(['Total'] + [M(f(v), round(v * 1000, 2), y=y, r='e', u='caption') for v, y in zip(tot, (2017, 2018, 2019))])
    r.table(head, rows, widths=[7, 2.6, 2.6, 2.6], bold_rows=(6,), caption='Presupuesto ejecutado en acciones del PNAT por sector (en miles de soles)')
    r.p('Del total ejecutado en 2019, el sector Interior destinó ' + M('S/ 1 107 300', 1107300, y=2019, r='e') + ' a la implementación del sistema RETA-PNP.', align='j')
    r.p('Atentamente,')
    r.sign('ALBERTO CÁRDENAS VILLEGAS', 'Viceministro de Orden Interno', align='l')
    return r


def c348():
    r = Reply('c348', font='Times New Roman', size=11.5, status='missing', missing_kind='not_competent_referred',
              axes=['prosecution'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Defensoría del Pueblo', 'acronym': 'DP', 'kind': 'autonomous'},
              reference='OFICIO N° 0112-2020-DP/OD-PUNO', cited_references=[],
              letter_date='2020-02-03', language='es', on_topic=True,
              layout='oficio of a regional Ombudsman office; not competent, forwarded to the Fiscalía',
              notes='Asked for carpetas fiscales in 2019 in Puno; forwarded to the Distrito Fiscal de Puno.')
    r.p('DEFENSORÍA DEL PUEBLO', align='c', bold=True, size=13, after=0)
    r.p('Oficina Defensorial de Puno', align='c', after=12)
    r.p('Puno, 3 de febrero de 2020', align='r')
    r.p('OFICIO N° 0112-2020-DP/OD-PUNO', bold=True)
    r.p('Señora\nNORMA QUISPE CATACORA\nPresente.-')
    r.p('Tengo el agrado de dirigirme a usted en relación con su solicitud del número de carpetas fiscales abiertas por trata de personas en la región Puno durante el año 2019.', align='j', first=1)
    r.p('La Defensoría del Pueblo no tiene a su cargo la investigación del delito ni registra dichas carpetas. Por ello, hemos remitido su solicitud a la Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Puno, a fin de que le brinde la respuesta correspondiente.', align='j', first=1)
    r.p('Atentamente,')
    r.sign('Abog. EDWIN CHURA APAZA', 'Jefe de la Oficina Defensorial de Puno', align='c')
    r.footer('Jr. Ayacucho 524, Puno — (051) 368182', size=7)
    return r


def c349():
    r = Reply('c349', font='Arial', size=10.5, status='missing', missing_kind='clarification',
              axes=['protection'], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Superintendencia Nacional de Migraciones', 'acronym': 'MIGRACIONES', 'kind': 'other'},
              reference='CARTA N° 000077-2019-TRANSPARENCIA/MIGRACIONES', cited_references=['Solicitud N° 2019-004451'],
              letter_date='2019-09-26', language='es', on_topic=True,
              layout='short carta requesting the requester to complete the form (missing identity data), with the legal deadline for subsanación',
              notes='Clarification/subsanación; "dos (2) días hábiles" is a duration, not a figure.')
    r.header(['MIGRACIONES — Superintendencia Nacional de Migraciones', 'Responsable de Acceso a la Información Pública'], size=8.5)
    r.p('Breña, 26 de setiembre de 2019')
    r.p('CARTA N° 000077-2019-TRANSPARENCIA/MIGRACIONES', bold=True)
    r.p('Señor(a)\nJ. RAMÍREZ\njramirez_2019@correo.pe')
    r.p('Referencia: Solicitud N° 2019-004451', after=6)
    r.p('Nos dirigimos a usted con relación a su solicitud sobre víctimas extranjeras de trata con calidad migratoria humanitaria.', align='j')
    r.p('Al respecto, advertimos que la solicitud no consigna nombres y apellidos completos ni número de documento de identidad del solicitante, requisitos del artículo 10 del Reglamento de la Ley N° 27806. Por ello, le pedimos **subsanar** la omisión en el plazo de dos (2) días hábiles; caso contrario, se dará por concluido el trámite.', align='j')
    r.p('Atentamente,')
    r.sign('Abog. CINTHIA LOZADA ORTIZ', 'Responsable de Acceso a la Información Pública', align='l')
    return r


def c350():
    r = Reply('c350', font='Times New Roman', size=11, status='missing', missing_kind='off_topic',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Municipalidad Distrital de Miraflores', 'acronym': 'MDM', 'kind': 'district_municipality'},
              reference='RESOLUCIÓN DE ALCALDÍA N° 412-2019-A/MM', cited_references=['Ordenanza N° 511/MM'],
              letter_date='2019-11-22', language='es', on_topic=False,
              layout='municipal resolución on a tax discount (arbitrios), VISTO/CONSIDERANDO/SE RESUELVE; percent and money figures',
              notes='Not about trafficking.')
    r.p('MUNICIPALIDAD DE MIRAFLORES', align='c', bold=True, size=13)
    r.p('RESOLUCIÓN DE ALCALDÍA N° 412-2019-A/MM', align='c', bold=True)
    r.p('Miraflores, 22 de noviembre de 2019', align='c')
    r.p('EL ALCALDE DE MIRAFLORES', bold=True)
    r.p('VISTO: El Informe de la Gerencia de Administración Tributaria sobre el beneficio de pronto pago de arbitrios municipales 2020; y,', align='j')
    r.p('CONSIDERANDO: Que, la Ordenanza N° 511/MM faculta al Alcalde a dictar disposiciones para el pago anticipado de arbitrios; que el costo del servicio de limpieza pública para el ejercicio 2020 asciende a ' + M('S/ 14 862 300,00', 14862300, y=2020) + ';', align='j')
    r.p('SE RESUELVE:', bold=True)
    r.p('ARTÍCULO PRIMERO.- ESTABLECER un descuento de ' + P('10%', 10, y=2020) + ' sobre los arbitrios municipales del año 2020 para los contribuyentes que cancelen el íntegro hasta el 28 de febrero de 2020, y de ' + P('5%', 5, y=2020) + ' hasta el 31 de marzo de 2020.', align='j')
    r.p('ARTÍCULO SEGUNDO.- ENCARGAR a la Gerencia de Administración Tributaria el cumplimiento de la presente resolución.', align='j')
    r.p('REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.', align='c', bold=True)
    r.sign('LUIS MOLINA ARLES', 'Alcalde', before=24)
    return r


def c351():
    r = Reply('c351', font='Arial', size=10.5, status='missing', missing_kind='off_topic',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Corte Superior de Justicia de Lima', 'acronym': 'CSJLI', 'kind': 'autonomous'},
              reference='COMUNICADO N° 018-2019-P-CSJLI/PJ', cited_references=['Resolución Administrativa N° 000329-2019-CE-PJ'],
              letter_date='2019-12-20', language='es', on_topic=False,
              layout='court notice (comunicado) about holiday court shifts, centred title, bulleted list',
              notes='Not about trafficking. The count of emergency courts is a figure.')
    r.p('PODER JUDICIAL', align='c', bold=True, after=0)
    r.p('CORTE SUPERIOR DE JUSTICIA DE LIMA', align='c', bold=True, after=14)
    r.p('COMUNICADO N° 018-2019-P-CSJLI/PJ', align='c', bold=True, size=13)
    r.p('La Presidencia de la Corte Superior de Justicia de Lima comunica a los abogados, litigantes y público en general que, conforme a la Resolución Administrativa N° 000329-2019-CE-PJ, los días 24 y 31 de diciembre de 2019 serán no laborables para los órganos jurisdiccionales, debiendo compensarse las horas dejadas de laborar.', align='j')
    r.p('Durante dichos días funcionarán ' + C('12', 12, 'juzgado', y=2019) + ' juzgados de turno permanente para la atención de:', align='j')
    r.bullets(['procesos con detenido;', 'hábeas corpus;', 'medidas de protección por violencia familiar.'])
    r.p('Lima, 20 de diciembre de 2019', align='r')
    r.p('LA PRESIDENCIA', align='c', bold=True, before=14)
    return r


def c352():
    r = Reply('c352', font='Arial', size=10, status='missing', missing_kind='off_topic',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Superintendencia Nacional de Fiscalización Laboral', 'acronym': 'SUNAFIL', 'kind': 'other'},
              reference='PROCESO CAS N° 041-2019-SUNAFIL', cited_references=['Decreto Legislativo N° 1057'],
              letter_date='2019-08-01', language='es', on_topic=False, photo=True,
              layout='CAS job call (convocatoria) with a ruled table of requirements and remuneration; schedule table with dates',
              notes='Not about trafficking: a staff recruitment notice. Salary and vacancies are figures.')
    r.p('SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL — SUNAFIL', bold=True, align='c')
    r.p('PROCESO CAS N° 041-2019-SUNAFIL', bold=True, align='c', size=12)
    r.p('CONVOCATORIA PARA LA CONTRATACIÓN ADMINISTRATIVA DE SERVICIOS DE UN(A) ESPECIALISTA EN INSPECCIÓN DEL TRABAJO', align='c', size=9.5)
    r.p('I. GENERALIDADES', bold=True)
    r.p('Objeto: contratar los servicios de ' + C('dos (02)', 2, 'especialista', y=2019) + ' especialistas para la Intendencia Regional de Lima Metropolitana, bajo el régimen del Decreto Legislativo N° 1057.', align='j')
    rows = [['Lugar de prestación', 'Av. Salaverry 655, Jesús María'], ['Duración del contrato', 'Hasta el 31 de diciembre de 2019, renovable'],
            ['Remuneración mensual', M('S/ 4,500.00', 4500, y=2019, u='cell')], ['Experiencia mínima', 'Tres (3) años en el sector público']]
    r.table([['Condiciones', 'Detalle']], rows, widths=[5, 9], align='c')
    r.p('II. CRONOGRAMA', bold=True)
    rows2 = [['Publicación en Talento Perú', '01/08/2019 al 14/08/2019'], ['Evaluación curricular', '16/08/2019'], ['Entrevista personal', '21/08/2019'], ['Suscripción del contrato', '26/08/2019']]
    r.table([['Etapa', 'Fecha']], rows2, widths=[8, 5], ruled='hlines', align='c')
    r.p('Jesús María, 01 de agosto de 2019 — Oficina de Recursos Humanos', size=9, italic=True)
    return r


def c353():
    r = Reply('c353', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['governance', 'prevention', 'protection', 'prosecution'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional de Madre de Dios', 'acronym': 'GOREMAD', 'kind': 'regional_government'},
              reference='INFORME TÉCNICO N° 019-2019-GOREMAD/GRDS-SGDS', cited_references=['OFICIO N° 0422-2019-GOREMAD/GR'],
              letter_date='2019-04-11', language='es', on_topic=True, photo=True,
              layout='informe técnico; portrait intro with prose budget, then landscape page with a wide table by province (Tambopata, Manu, Tahuamanu) and axis columns with wrapped headers; totals',
              notes='All four axes. Landscape page 2. Column headers wrapped over 2-3 lines.')
    lg = logo_png('goremad', 'GOREMAD', 'circle', (0, 110, 60))
    r.letterhead_table((lg, 1.8), ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Desarrollo Social'], widths=(2.5, 12, 2))
    r.p('INFORME TÉCNICO N° 019-2019-GOREMAD/GRDS-SGDS', bold=True, align='c', before=8)
    r.p('A\t\t: Gerente Regional de Desarrollo Social\nASUNTO\t: Implementación del Plan Regional contra la Trata — año 2018\nREF.\t\t: OFICIO N° 0422-2019-GOREMAD/GR\nFECHA\t: Puerto Maldonado, 11 de abril de 2019', size=9.5)
    r.p('1. En el año 2018 el Plan Regional contra la Trata de Personas de Madre de Dios contó con un presupuesto asignado de ' + M('S/ 540 000,00', 540000, y=2018, r='a') + ', del cual se ejecutó ' + M('S/ 497 615,80', 497615.8, y=2018, r='e') + ' (' + P('92,2 %', 92.2, y=2018) + ').', align='j')
    r.p('2. La Comisión Regional Multisectoral sesionó ' + C('10', 10, 'sesión', y=2018) + ' veces. El detalle de las acciones por provincia se presenta en el cuadro del anexo.', align='j')
    r.sign('Lic. YOLANDA HUAYPAR CRUZ', 'Sub Gerente de Desarrollo Social', align='l', before=18)
    r.landscape()
    r.p('ANEXO — ACCIONES DEL PLAN REGIONAL POR PROVINCIA, 2018', bold=True, align='c')
    head = [['Provincia', 'Talleres y\ncharlas de\nprevención', 'Personas\nsensibilizadas', 'Víctimas\natendidas en el\nhogar de refugio', 'Operativos\nconjuntos con\nPNP y Fiscalía', 'Víctimas\nrescatadas', 'Presupuesto\nejecutado (S/)']]
    data = [('Tambopata', 64, 5120, 48, 31, 97, 301220.5), ('Manu', 18, 1340, 12, 9, 26, 104300.0), ('Tahuamanu', 15, 990, 8, 6, 14, 92095.3)]
    whats = ['taller', 'persona', 'víctima', 'operativo', 'víctima']
    rows = []
    tot = [0] * 6
    for p, *v in data:
        row = [p]
        for k, x in enumerate(v[:5]):
            row.append(C('{:,}'.format(x).replace(',', ' '), x, whats[k], y=2018))
            tot[k] += x
        row.append(M('{:,.2f}'.format(v[5]).replace(',', ' ').replace('.', ','), v[5], y=2018, r='e'))
        tot[5] += v[5]
        rows.append(row)
    trow = ['Total']
    for k in range(5):
        trow.append(C('{:,}'.format(tot[k]).replace(',', ' '), tot[k], whats[k], y=2018))
    trow.append(M('{:,.2f}'.format(tot[5]).replace(',', ' ').replace('.', ','), round(tot[5], 2), y=2018, r='e'))
    rows.append(trow)
    r.table(head, rows, widths=[3.5, 3, 3, 3.6, 3.6, 3, 3.6], bold_rows=(3,), size=10, head_shade='E2EFDA')
    r.p('Nota: las víctimas rescatadas en operativos fueron derivadas a la UPE y a la UDAVIT; ' + C('41', 41, 'víctima', y=2018) + ' de ellas eran de otras regiones.', size=8.5, italic=True)
    return r


def c354():
    r = Reply('c354', fmt='odt', font='Liberation Serif', size=11.5, status='out_of_period', missing_kind=None,
              axes=['prevention'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Municipalidad Provincial del Cusco', 'acronym': 'MPC', 'kind': 'provincial_municipality'},
              reference='OFICIO N° 233-2019-GDHS/MPC', cited_references=[],
              letter_date='2019-05-09', language='es', on_topic=True,
              layout='ODT source; oficio answering a 2018 request with 2016 campaign figures only, counts in prose and one amount',
              notes='Only 2016 data -> out_of_period.')
    r.p('MUNICIPALIDAD PROVINCIAL DEL CUSCO', align='c', bold=True, after=0)
    r.p('Gerencia de Desarrollo Humano y Social', align='c', after=0)
    r.p('"Cusco, Patrimonio Cultural de la Humanidad"', align='c', italic=True, size=9, after=12)
    r.p('Cusco, 9 de mayo de 2019', align='r')
    r.p('OFICIO N° 233-2019-GDHS/MPC', bold=True)
    r.p('Señor\nFREDY HUILLCA MAYTA\nPresente.-')
    r.p('Me dirijo a usted para atender su pedido de información sobre las campañas municipales contra la trata de personas en el año 2018.', align='j')
    r.p('Debo informarle que la Gerencia no cuenta con registros de campañas realizadas en 2018, por cambio de gestión. La última campaña documentada, "Cusco dice no a la trata", se realizó en 2016 y comprendió ' + C('18', 18, 'feria', y=2016) + ' ferias informativas en la Plaza San Francisco y mercados, ' + C('2 400', 2400, 'afiche', y=2016) + ' afiches y una inversión de ' + M('S/ 21 750,00', 21750, y=2016, r='e') + '.', align='j')
    r.p('Atentamente,')
    r.sign('Lic. CARMEN ROSA ZAMALLOA PEÑA', 'Gerente de Desarrollo Humano y Social')
    return r


def c355():
    r = Reply('c355', font='Arial', size=11, status='missing', missing_kind='no_information',
              axes=['governance'], period_start='2017-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional de Lambayeque', 'acronym': 'GORE Lambayeque', 'kind': 'regional_government'},
              reference='OFICIO N° 000318-2019-GR.LAMB/GRDS [3184229 - 2]', cited_references=[],
              letter_date='2019-04-23', language='es', on_topic=True,
              layout='short oficio with SISGEDO-style reference and a QR-like box (drawn), says the office has no such records',
              notes='No information ("no se ha encontrado información"), not a substantive null. Reference includes the document-system number in brackets.')
    r.letterhead_table(None, ['GOBIERNO REGIONAL LAMBAYEQUE', 'Gerencia Regional de Desarrollo Social'], right='Firmado digitalmente\nFecha: 23/04/2019\nMotivo: Soy el autor', widths=(1, 11, 4))
    r.p('Chiclayo, 23 de abril de 2019', align='r', before=6)
    r.p('OFICIO N° 000318-2019-GR.LAMB/GRDS [3184229 - 2]', bold=True)
    r.p('Señor\nWILMER SANTISTEBAN CHAPOÑÁN\nPresente.-')
    r.p('Asunto: Solicitud de información sobre presupuesto para la lucha contra la trata de personas, 2017-2018', bold=True)
    r.p('Tengo el agrado de dirigirme a usted para comunicarle que, efectuada la búsqueda en los archivos de esta Gerencia y de la Sub Gerencia de Programas Sociales, **no se ha encontrado información** sobre presupuesto asignado o ejecutado en materia de trata de personas en los años 2017 y 2018, por lo que no es posible atender su requerimiento.', align='j')
    r.p('Atentamente,')
    r.sign('Dra. CECILIA MONTENEGRO PISFIL', 'Gerente Regional de Desarrollo Social', align='l')
    r.footer('Esta es una copia auténtica imprimible de un documento electrónico archivado en el Gobierno Regional Lambayeque. Código de verificación: 3184229-2 — Av. Juan Tomis Stack 975, Chiclayo', size=6.5)
    return r


def c356():
    r = Reply('c356', font='Times New Roman', size=11, status='answered', missing_kind=None,
              axes=['prosecution', 'protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Procuraduría Pública Especializada en Delitos contra el Orden Público', 'acronym': 'PPEDOP', 'kind': 'ministry'},
              reference='OFICIO N° 0588-2019-JUS/PGE-PPEDOP', cited_references=['Expediente N° 00442-2016-0-1601-JR-PE-02'],
              letter_date='2019-03-28', language='es', on_topic=True,
              layout='oficio of a State attorney office (under MINJUSDH); money with "S/." and dotted thousands (1.030.908,00); counts in prose',
              notes='Procuraduría part of the Justice sector (kind ministry). "S/. 1.030.908,00" uses dots for thousands. Reparaciones civiles -> prosecution/protection (compensation of victims).')
    r.p('PROCURADURÍA GENERAL DEL ESTADO\nProcuraduría Pública Especializada en Delitos contra el Orden Público', bold=True, align='c')
    r.p('Lima, 28 de marzo de 2019', align='r', before=6)
    r.p('OFICIO N° 0588-2019-JUS/PGE-PPEDOP', bold=True)
    r.p('Señora\nDIANA CARRASCO VÉLEZ\nPresente.-')
    r.p('Es grato dirigirme a usted, en atención a su solicitud sobre la intervención de esta Procuraduría en procesos por trata de personas durante el año 2018.', align='j', first=1)
    r.p('Al respecto, en el año 2018 esta Procuraduría se constituyó en actor civil en ' + C('214', 214, 'proceso', y=2018) + ' procesos por el delito de trata de personas a nivel nacional, y obtuvo ' + C('38', 38, 'sentencia', y=2018) + ' sentencias con reparación civil a favor de las víctimas y del Estado, por un monto total de ' + M('S/. 1.030.908,00', 1030908, y=2018) + '.', align='j', first=1)
    r.p('De dicho monto, se ha logrado cobrar efectivamente ' + M('S/. 84.250,00', 84250, y=2018) + ', de los cuales la mayor parte corresponde al proceso seguido en el Expediente N° 00442-2016-0-1601-JR-PE-02 (Trujillo).', align='j', first=1)
    r.p('Atentamente,')
    r.sign('Abog. JULIO CÉSAR ESPINOZA RAMOS', 'Procurador Público Especializado en Delitos contra el Orden Público')
    return r


def c357():
    r = Reply('c357', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['prevention'], period_start='2019-01-01', period_end='2019-08-31', period_stated=True,
              sender={'name': 'Gobierno Regional de Tacna', 'acronym': 'GRT', 'kind': 'regional_government'},
              reference=None, cited_references=['SAIP N° 1183-2019'],
              letter_date='2019-09-12', language='es', on_topic=True, keep_native=True,
              layout='e-mail printout (DOCX kept as native): Gmail header block, quoted request below, answer with a bulleted list of counts and one amount',
              notes='No reference line of its own (an e-mail). Period "enero a agosto de 2019" restated in the quoted request. The quoted request text has no figures.')
    r.p('Gmail - RE: SAIP N° 1183-2019 - Solicitud de información', size=8, after=0)
    r.p('12/9/2019', size=8, align='r', after=6)
    r.p('RE: SAIP N° 1183-2019 - Solicitud de información', bold=True, size=13)
    r.p('Transparencia GRT <transparencia@regiontacna.gob.pe>\t\t\t\tjue., 12 sept. 2019 10:47\nPara: lucia.mamani.t@gmail.com\nCc: Gerencia Regional de Desarrollo Social <grds@regiontacna.gob.pe>', size=9)
    r.p('Estimada Srta. Mamani:', before=8)
    r.p('En atención a su solicitud, la Gerencia Regional de Desarrollo Social del Gobierno Regional de Tacna informa que, de enero a agosto de 2019, en el marco de la prevención de la trata de personas en zona de frontera, se realizaron:', align='j')
    r.bullets([C('7', 7, 'campaña', y=2019) + ' campañas informativas en el Complejo Fronterizo Santa Rosa y en el terminal terrestre;',
               C('19', 19, 'taller', y=2019) + ' talleres con estudiantes de secundaria de Tacna, Alto de la Alianza y Ciudad Nueva;',
               'la distribución de ' + C('5 000', 5000, 'tríptico', y=2019) + ' trípticos en castellano y aimara.'])
    r.p('El gasto total de estas acciones fue de ' + M('S/ 23 460', 23460, y=2019, r='e') + ' (meta 0061).', align='j')
    r.p('Atentamente,\nOficina de Transparencia y Acceso a la Información\nGobierno Regional de Tacna')
    r.p('-------- Mensaje original --------\nDe: Lucía Mamani <lucia.mamani.t@gmail.com>\nFecha: 29 ago. 2019 16:02\nAsunto: Solicitud de información\nSolicito información sobre las acciones de prevención de la trata de personas realizadas por el Gobierno Regional de Tacna entre enero y agosto de 2019.', size=8.5, color=(90, 90, 90))
    r.footer('https://mail.google.com/mail/u/0/?ik=3f2a9c&view=pt&search=all', size=7, pagenum='{P}/{N}', align='l')
    return r


def c358():
    r = Reply('c358', font='Arial', size=10.5, status='missing', missing_kind='denied_exception',
              axes=['prosecution'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Policía Nacional del Perú - Dirección Nacional de Investigación Criminal', 'acronym': 'DIRNIC PNP', 'kind': 'police'},
              reference='OFICIO N° 1247-2020-DIRNIC PNP/SEC-UAI', cited_references=['Resolución Ministerial N° 1025-2019-IN'],
              letter_date='2020-02-20', language='es', on_topic=True,
              layout='police oficio denying access to operations plans under the national security / intelligence exception',
              notes='Denied under art. 16 of the TUO (secret information, intelligence). Period "año 2019" stated.')
    lg = logo_png('pnp', 'PNP', 'circle', (20, 90, 40))
    r.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL'], logo=(lg, 1.2), size=9)
    r.p('Lima, 20 de febrero de 2020', align='r')
    r.p('OFICIO N° 1247-2020-DIRNIC PNP/SEC-UAI', bold=True)
    r.p('Señor\nRENZO GAMARRA VILLAFUERTE\nPresente.-')
    r.p('Asunto: Solicitud de planes de operaciones contra la trata de personas del año 2019', bold=True)
    r.p('Tengo el honor de dirigirme a usted, en atención a su solicitud de copia de los planes de operaciones y órdenes de operaciones ejecutados por la DIVINTRAP durante el año 2019.', align='j')
    r.p('Al respecto, la información requerida está clasificada como secreta, al contener información de inteligencia y de planes operativos policiales, por lo que se encuentra comprendida en la excepción prevista en el artículo 16 del TUO de la Ley N° 27806; en consecuencia, no es posible acceder a su pedido.', align='j')
    r.p('Atentamente,')
    r.sign('CORONEL PNP ÁLVARO SIFUENTES LEÓN', 'Jefe de la Secretaría de la DIRNIC PNP', align='r')
    return r


def c359():
    r = Reply('c359', font='Courier New', size=10, status='missing', missing_kind='acknowledgment',
              axes=['protection', 'governance'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Ministerio de la Mujer y Poblaciones Vulnerables', 'acronym': 'MIMP', 'kind': 'ministry'},
              reference='HOJA DE TRÁMITE N° 2020-0004112', cited_references=[],
              letter_date='2020-01-14', language='es', on_topic=True,
              layout='registry receipt (hoja de trámite / cargo) printed by the mesa de partes system, monospaced, box of fields',
              notes='Acknowledgment of receipt only; folios count and hour are not figures.')
    r.p('MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES\nSISTEMA DE GESTIÓN DOCUMENTAL — MESA DE PARTES', bold=True, size=9.5)
    r.p('HOJA DE TRÁMITE N° 2020-0004112', bold=True, align='c', size=12, before=8)
    rows = [['Fecha de registro', '14/01/2020 09:31'], ['Remitente', 'EVELYN ROCÍO CHÁVEZ LUNA'], ['Tipo de documento', 'SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA'],
            ['Asunto', 'Presupuesto y víctimas atendidas por trata de personas, año 2019'], ['Folios', '003'], ['Destino', 'OFICINA DE ATENCIÓN AL CIUDADANO Y GESTIÓN DOCUMENTAL'], ['Estado', 'RECIBIDO — EN TRÁMITE']]
    r.table([['Campo', 'Dato']], rows, widths=[4.5, 11], size=9, align='l')
    r.p('Su solicitud ha sido registrada. Podrá consultar el estado del trámite en https://sgd.mimp.gob.pe con el número de hoja de trámite.', size=9)
    r.stamp(['MIMP', 'MESA DE PARTES', '14 ENE. 2020', 'RECIBIDO'], width=4.0)
    return r


def c360():
    r = Reply('c360', font='Arial', size=10, status='missing', missing_kind='off_topic',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Ministerio de Educación', 'acronym': 'MINEDU', 'kind': 'ministry'},
              reference='ACTA DE OTORGAMIENTO DE LA BUENA PRO — ADJUDICACIÓN SIMPLIFICADA N° 027-2019-MINEDU/UE 024-1', cited_references=[],
              letter_date='2019-10-17', language='es', on_topic=False, photo=True,
              layout='procurement acta (award of a simplified tender for school furniture) with a ruled table of bidders, scores and offered amounts',
              notes='Not about trafficking. Scores (puntaje) are not counted things; only the offered amounts, the reference value and the counted items are figures.')
    r.p('MINISTERIO DE EDUCACIÓN — UNIDAD EJECUTORA 024: PRONIED', bold=True, align='c', size=9.5)
    r.p('ACTA DE OTORGAMIENTO DE LA BUENA PRO — ADJUDICACIÓN SIMPLIFICADA N° 027-2019-MINEDU/UE 024-1', bold=True, align='c')
    r.p('En Lima, a los 17 días del mes de octubre de 2019, el comité de selección se reunió para otorgar la buena pro de la "Adquisición de ' + C('2 350', 2350, 'carpeta', y=2019) + ' carpetas unipersonales para instituciones educativas de Huancavelica", con un valor referencial de ' + M('S/ 587 500,00', 587500, y=2019, r='a') + ':', align='j')
    rows = [['1', 'MUEBLES ESCOLARES DEL SUR E.I.R.L.', M('S/ 551 250,00', 551250, y=2019, u='cell'), '100,00'], ['2', 'CORPORACIÓN MADERERA LOS ANDES S.A.C.', M('S/ 569 900,00', 569900, y=2019, u='cell'), '96,73'],
            ['3', 'INDUSTRIAS METAL FORM S.R.L.', M('S/ 580 100,00', 580100, y=2019, u='cell'), '95,03']]
    r.table([['Orden', 'Postor', 'Monto ofertado', 'Puntaje total']], rows, widths=[1.5, 7.5, 3.5, 2.5], row_label_col=1, num_align='r')
    r.p('En consecuencia, se otorga la buena pro a MUEBLES ESCOLARES DEL SUR E.I.R.L., con RUC N° 20490123456.', align='j')
    r.p('\n\n________________          ________________          ________________\nPresidente                         Miembro                          Miembro', align='c', size=9)
    return r


def c361():
    r = Reply('c361', font='Times New Roman', size=11.5, status='missing', missing_kind='not_competent',
              axes=['prosecution'], period_start='2018-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional Cajamarca', 'acronym': 'GRC', 'kind': 'regional_government'},
              reference='OFICIO N° D194-2020-GRC-GGR', cited_references=[],
              letter_date='2020-01-31', language='es', on_topic=True,
              layout='short oficio: not competent (police/prosecution data), no referral',
              notes='Not competent, no referral made; only mentions which bodies hold such data without saying it forwarded the request.')
    r.p('GOBIERNO REGIONAL CAJAMARCA\nGerencia General Regional', bold=True, align='c')
    r.p('Cajamarca, 31 de enero de 2020', align='r', before=6)
    r.p('OFICIO N° D194-2020-GRC-GGR', bold=True)
    r.p('Señor\nELMER CHÁVEZ TERRONES\nPresente.-')
    r.p('Me dirijo a usted respecto de su solicitud del número de denuncias y detenidos por trata de personas en la región Cajamarca en los años 2018 y 2019.', align='j', first=1.2)
    r.p('Al respecto, le comunico que el Gobierno Regional no es competente para registrar denuncias ni detenciones, funciones que corresponden a la Policía Nacional del Perú y al Ministerio Público, por lo que no posee la información solicitada.', align='j', first=1.2)
    r.p('Atentamente,')
    r.sign('Ing. JOSÉ LUIS SILVA MEDINA', 'Gerente General Regional')
    return r


def c362():
    r = Reply('c362', font='Arial', size=11, status='answered', missing_kind=None,
              axes=['prevention', 'prosecution'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Municipalidad Distrital de Iñapari', 'acronym': None, 'kind': 'district_municipality'},
              reference='CARTA N° 012-2020-MDI/A', cited_references=[],
              letter_date='2020-01-27', language='es', on_topic=True,
              layout='very short carta signed by the mayor; one talk and its attendance; substantive null for complaints',
              notes='Small municipality; "no se registraron denuncias" is substantive.')
    r.p('MUNICIPALIDAD DISTRITAL DE IÑAPARI', bold=True, align='c', after=0)
    r.p('Provincia de Tahuamanu — Madre de Dios', align='c', size=9, after=12)
    r.p('Iñapari, 27 de enero de 2020', align='r')
    r.p('CARTA N° 012-2020-MDI/A', bold=True)
    r.p('Señora\nLUZ MARINA CUTIPA QUISPE\nPresente.-')
    r.p('En respuesta a su solicitud sobre trata de personas en el distrito durante el año 2019, le informo que la Municipalidad realizó ' + C('una (1)', 1, 'charla', y=2019) + ' charla informativa en la frontera con Assis Brasil, con ' + C('35', 35, 'asistente', y=2019) + ' asistentes. En la Municipalidad no se registraron denuncias por este delito en 2019.', align='j')
    r.p('Atentamente,')
    r.sign('JAIME ROJAS ARIMUYA', 'Alcalde', align='l')
    return r
