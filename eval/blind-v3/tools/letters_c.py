# -*- coding: utf-8 -*-
from lib import *


def c323():
    r = Reply('c323', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['governance', 'prevention'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Municipalidad Provincial de Arequipa', 'acronym': 'MPA', 'kind': 'provincial_municipality'},
              reference='ACTA N° 003-2019-RPLCTP-MPA', cited_references=['Ordenanza Municipal N° 1105-2018-MPA'],
              letter_date='2019-06-21', language='es', on_topic=True, keep_native=True,
              layout='acta of a provincial network session (DOCX kept as native): attendance list table without numbers, agreements as numbered list with counts and a programmed amount',
              notes='Acta is the reply itself (sent with a one-line cover not in the file). Programmed amount for 2019 -> allocated.')
    r.p('MUNICIPALIDAD PROVINCIAL DE AREQUIPA', align='c', bold=True, size=12, after=0)
    r.p('Red Provincial de Lucha contra la Trata de Personas', align='c', after=8)
    r.p('ACTA N° 003-2019-RPLCTP-MPA', align='c', bold=True, size=12)
    r.p('SESIÓN ORDINARIA DE LA RED PROVINCIAL', align='c', bold=True, after=8)
    r.p('En la ciudad de Arequipa, siendo las 10:00 horas del día 21 de junio de 2019, en la Sala de Regidores de la Municipalidad Provincial de Arequipa, sito en la Plaza de Armas s/n, se reunieron los integrantes de la Red Provincial de Lucha contra la Trata de Personas, reconocida mediante Ordenanza Municipal N° 1105-2018-MPA, con la asistencia de ' + C('14', 14, 'representante', y=2019) + ' representantes de las siguientes instituciones:', align='j')
    rows = [['Municipalidad Provincial de Arequipa — Gerencia de Desarrollo Social', 'Lic. Ruth Zúñiga Paz'],
            ['Gerencia Regional de Trabajo y Promoción del Empleo', 'Abog. Mario Cornejo Díaz'],
            ['Fiscalía Provincial Especializada en Trata de Personas de Arequipa', 'Dra. Nelly Cáceres Bustamante'],
            ['Departamento de Investigación de Trata de Personas — PNP Arequipa', 'Mayor PNP Iván Lazo Rivera'],
            ['UGEL Arequipa Norte', 'Prof. Jaime Linares Postigo'],
            ['Centro Emergencia Mujer — Arequipa', 'Psic. Giuliana Valdez Rondón']]
    r.table([['Institución', 'Representante']], rows, widths=[10, 5.5], size=9, head_shade='EEEEEE')
    r.p('AGENDA: 1) Informe de actividades del primer semestre 2019; 2) Programación del segundo semestre; 3) Varios.', align='j')
    r.p('ACUERDOS:', bold=True)
    r.p('1. Se dio cuenta de que en el primer semestre de 2019 se realizaron ' + C('9', 9, 'charla', y=2019) + ' charlas informativas en mercados y terminales terrestres, con ' + C('640', 640, 'participante', y=2019) + ' participantes.', align='j', indent=0.5)
    r.p('2. Se acordó ejecutar ' + C('tres', 3, 'campaña', y=2019) + ' campañas "Arequipa sin trata" en el segundo semestre, con un monto programado de ' + M('S/ 18,500.00', 18500, y=2019, r='a') + ' a cargo de la Gerencia de Desarrollo Social.', align='j', indent=0.5)
    r.p('3. La Fiscalía informó que tiene a su cargo ' + C('37', 37, 'carpeta fiscal', y=2019) + ' carpetas fiscales en trámite.', align='j', indent=0.5)
    r.p('Siendo las 12:30 horas, se dio por concluida la sesión, firmando los asistentes en señal de conformidad.', align='j')
    r.p('\n\n______________________            ______________________\nLic. Ruth Zúñiga Paz                        Dra. Nelly Cáceres Bustamante\nPresidenta de la Red                         Secretaria Técnica', align='c')
    return r


def c324():
    r = Reply('c324', font='Arial', size=11, status='missing', missing_kind='acknowledgment',
              axes=['prevention'], period_start='2019-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Municipalidad Distrital de Villa El Salvador', 'acronym': 'MVES', 'kind': 'district_municipality'},
              reference='CARTA N° 099-2020-OSG/MVES', cited_references=['Registro N° 2020-00311'],
              letter_date='2020-01-22', language='es', on_topic=True,
              layout='short carta acknowledging receipt and announcing a reply; received stamp as a text box',
              notes='Acknowledgment only; "diez (10) días hábiles" is a legal term (duration), not a figure.')
    r.header(['Municipalidad de Villa El Salvador', 'Oficina de Secretaría General'], size=9, align='l')
    r.stamp(['RECIBIDO', 'MUNICIPALIDAD DE', 'VILLA EL SALVADOR', '22 ENE 2020', 'Reg. 2020-00311'], width=4.2)
    r.p('Villa El Salvador, 22 de enero de 2020', before=40)
    r.p('CARTA N° 099-2020-OSG/MVES', bold=True)
    r.p('Señora\nGLORIA ESTHER PUMA CHOQUE\nSector 3, Grupo 14, Mz. D, Lt. 9 — Villa El Salvador')
    r.p('Por medio de la presente acusamos recibo de su solicitud de acceso a la información pública (Registro N° 2020-00311), mediante la cual requiere información sobre las actividades de prevención de la trata de personas realizadas por la Municipalidad durante el año 2019.', align='j')
    r.p('Su solicitud ha sido trasladada a la Gerencia de Desarrollo Humano para que remita la información, la cual le será entregada dentro del plazo de diez (10) días hábiles establecido en el TUO de la Ley N° 27806.', align='j')
    r.p('Atentamente,')
    r.sign('Abog. DIEGO SALAZAR PÉREZ', 'Secretario General', align='l')
    return r


def c325():
    r = Reply('c325', font='Times New Roman', size=11.5, status='missing', missing_kind='clarification',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Gobierno Regional La Libertad', 'acronym': 'GRLL', 'kind': 'regional_government'},
              reference='CARTA N° 000041-2019-GRLL-GGR-OSG', cited_references=[],
              letter_date='2019-08-05', language='es', on_topic=True,
              layout='carta asking the requester to specify the period and the information (subsanación), centred letterhead',
              notes='Request to clarify: the requester asked for "todo lo relacionado a trata"; no period; axes left empty as the text does not say which axis.')
    r.p('GOBIERNO REGIONAL LA LIBERTAD', align='c', bold=True, after=0)
    r.p('Oficina de Secretaría General', align='c', after=0)
    r.p('Transparencia y Acceso a la Información Pública', align='c', italic=True, size=10, after=14)
    r.p('Trujillo, 05 de agosto de 2019')
    r.p('CARTA N° 000041-2019-GRLL-GGR-OSG', bold=True)
    r.p('Señor\nMIGUEL ÁNGEL REYES CHÁVEZ\nCalle Bolognesi 440, Trujillo')
    r.p('Asunto: Solicitud de subsanación', bold=True)
    r.p('Me dirijo a usted con relación a su solicitud de acceso a la información pública presentada el 30 de julio de 2019, en la que requiere "toda la información relacionada a la trata de personas".', align='j')
    r.p('Al respecto, a fin de atender su pedido, se le solicita **precisar** (i) el periodo sobre el cual requiere la información y (ii) el tipo de información (presupuesto, actividades, casos, u otra), conforme al artículo 11 del Reglamento de la Ley de Transparencia. Cabe señalar que, de no subsanarse en el plazo de dos días hábiles, la solicitud se tendrá por no presentada.', align='j')
    r.p('Atentamente,')
    r.sign('Abog. ROSA ELVIRA PAJARES MIRANDA', 'Secretaria General', align='l')
    r.footer('Los Brillantes 650, Urb. Santa Inés, Trujillo — (044) 604000', size=7)
    return r


def c326():
    r = Reply('c326', font='Arial', size=10.5, status='missing', missing_kind='denied_exception',
              axes=['prosecution'], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Ministerio Público - Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', 'acronym': 'MP-FN', 'kind': 'autonomous'},
              reference='OFICIO N° 2231-2019-MP-FN-FPETP-LIMA', cited_references=['Carpeta Fiscal N° 506014501-2018-123-0'],
              letter_date='2019-10-14', language='es', on_topic=True,
              layout='oficio denying access to a case file under the reserve of the investigation; carpeta number, article numbers as distractors',
              notes='Denied under art. 324 Código Procesal Penal and art. 17 of the TUO.')
    r.header(['MINISTERIO PÚBLICO', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima — Primer Despacho'], size=8.5)
    r.p('Lima, 14 de octubre de 2019', align='r')
    r.p('OFICIO N° 2231-2019-MP-FN-FPETP-LIMA', bold=True)
    r.p('Señor\nJOSÉ ANTONIO VALDERRAMA SOSA\nPresente.-')
    r.p('Referencia: Carpeta Fiscal N° 506014501-2018-123-0')
    r.p('Tengo el agrado de dirigirme a usted, con relación a su pedido de copias de los actuados de la carpeta fiscal de la referencia, seguida contra quienes resulten responsables por el delito de trata de personas en agravio de personas de iniciales L.M.R. y otras.', align='j')
    r.p('Al respecto, le comunico que la investigación se encuentra en trámite y tiene carácter reservado, conforme al artículo 324 del Código Procesal Penal; asimismo, la información solicitada está comprendida en la excepción del numeral 6 del artículo 17 del TUO de la Ley N° 27806, por tratarse de información protegida por ley y vinculada a la identidad de presuntas víctimas. En consecuencia, **se deniega** su pedido.', align='j')
    r.p('Puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la Información Pública dentro del plazo de ley.', align='j')
    r.p('Atentamente,')
    r.sign('Dra. ANA CECILIA TORRES LLANOS', 'Fiscal Provincial Titular', align='l')
    return r


def c327():
    r = Reply('c327', font='Courier New', size=10, status='answered', missing_kind=None,
              axes=['prosecution', 'protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Policía Nacional del Perú - Comisaría PNP Puerto Maldonado', 'acronym': 'PNP', 'kind': 'police'},
              reference='HOJA DE ENVÍO N° 088-2019-REGPOL MDD/DIVPOL-CPNP.PM', cited_references=['Solicitud s/n del 04FEB2019'],
              letter_date='2019-02-15', language='es', on_topic=True, photo=True,
              layout='"hoja de envío" form as a bordered field table (N°, fecha, destinatario, asunto, folios) + a small ruled statistics table, typewriter font',
              notes='Form fields contain folios count and registry numbers (not figures). Period "del 01ENE2018 al 31DIC2018".')
    r.p('POLICÍA NACIONAL DEL PERÚ', bold=True, align='c', after=0)
    r.p('REGIÓN POLICIAL MADRE DE DIOS — COMISARÍA PNP PUERTO MALDONADO', align='c', size=9, after=8)
    r.p('HOJA DE ENVÍO N° 088-2019-REGPOL MDD/DIVPOL-CPNP.PM', bold=True, align='c', size=11)
    rows = [['FECHA', '15FEB2019'], ['DESTINATARIO', 'Sr. Óscar Pinedo Aguirre (solicitante)'], ['ASUNTO', 'Información estadística de trata de personas del 01ENE2018 al 31DIC2018'],
            ['REFERENCIA', 'Solicitud s/n del 04FEB2019'], ['FOLIOS', '02'], ['PRIORIDAD', 'Normal']]
    r.table([['CAMPO', 'DETALLE']], rows, widths=[4, 11], size=9, align='l')
    r.p('Se remite la información registrada en el libro de denuncias de esta Comisaría:', before=6)
    rows2 = [['Denuncias por trata de personas', C('64', 64, 'denuncia', y=2018)],
             ['Víctimas identificadas', C('88', 88, 'víctima', y=2018)],
             ['  de ellas, menores de edad', C('35', 35, 'víctima', y=2018)],
             ['Intervenciones en bares y discotecas', C('27', 27, 'intervención', y=2018)],
             ['Detenidos puestos a disposición de la Fiscalía', C('19', 19, 'detenido', y=2018)]]
    r.table([['DESCRIPCIÓN', 'CANTIDAD (2018)']], rows2, widths=[10, 4], size=9.5, align='l', num_align='c')
    r.p('Las víctimas fueron derivadas a la UDAVIT y a la UPE Madre de Dios para su atención.', size=9.5)
    r.sign('S1 PNP WALTER CAHUANA RIOS', 'Encargado de la Sección de Estadística', 'CIP 31876524', align='l', before=18)
    r.stamp(['COMISARÍA PNP', 'PUERTO MALDONADO', 'SALIDA 15 FEB. 2019'], width=4.5)
    return r


def c328():
    r = Reply('c328', font='Arial', size=9, status='missing', missing_kind='off_topic',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Ministerio de la Mujer y Poblaciones Vulnerables', 'acronym': 'MIMP', 'kind': 'ministry'},
              reference='ORDEN DE COMPRA - GUÍA DE INTERNAMIENTO N° 0000812', cited_references=['Requerimiento N° 00451-2019-MIMP/OGA-OAS'],
              letter_date='2019-07-03', language='es', on_topic=False,
              layout='procurement purchase order (orden de compra) with item table: quantities, unit prices, totals; RUC and SIAF expediente as distractors',
              notes='Not about trafficking: a purchase order of office supplies. Item quantities are counts (of units of goods); unit prices and totals are money.')
    r.p('MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', bold=True, after=0)
    r.p('Oficina General de Administración — Oficina de Abastecimiento y Servicios', size=8.5, after=0)
    r.p('RUC: 20336351966', size=8.5, after=8)
    r.p('ORDEN DE COMPRA - GUÍA DE INTERNAMIENTO N° 0000812', bold=True, align='c', size=12)
    r.p('Fecha: 03/07/2019          Exp. SIAF: 0004417          Requerimiento N° 00451-2019-MIMP/OGA-OAS', size=8.5)
    r.p('Proveedor: DISTRIBUIDORA ANDINA DE ÚTILES S.A.C.   RUC: 20601234517   Dirección: Av. Colonial 1450, Cercado de Lima', size=8.5)
    head = [['Ítem', 'Código', 'Descripción', 'Cantidad', 'Unidad', 'Precio unitario S/', 'Valor total S/']]
    items = [('1', '760500010045', 'Papel bond 80 g A4', 120, 'Millar', 24.9), ('2', '760500020013', 'Tóner para impresora HP 26A', 18, 'Unidad', 289.0),
             ('3', '760500030021', 'Archivador de palanca lomo ancho', 300, 'Unidad', 6.5), ('4', '760500040017', 'Lapicero azul punta fina', 600, 'Unidad', 0.85)]
    rows = []
    tot = 0
    for it, cod, desc, q, u, pu in items:
        val = round(q * pu, 2)
        tot += val
        rows.append([it, cod, desc, C(str(q), q, 'millar' if u == 'Millar' else 'unidad'), u, M('{:,.2f}'.format(pu), pu), M('{:,.2f}'.format(val), val)])
    rows.append(['', '', 'TOTAL', '', '', '', M('{:,.2f}'.format(tot), tot)])
    r.table(head, rows, widths=[1, 2.6, 5.5, 1.6, 1.6, 2.4, 2.4], size=8.5, row_label_col=2, bold_rows=(4,))
    r.p('SON: ' + M('DIEZ MIL SEISCIENTOS CINCUENTA Y 00/100 SOLES', round(tot, 2)), size=8.5, bold=True)
    r.p('Afectación presupuestal: Meta 0003 — Fuente 1/00 Recursos Ordinarios — Específica 2.3.1.5.1.2 Papelería en general, útiles y materiales de oficina.', size=8)
    r.p('Plazo de entrega: 10 días calendario. Lugar: Almacén Central, Jr. Camaná 616.', size=8)
    r.p('\n\n_____________________          _____________________\nJefe de Abastecimiento                    Proveedor', align='c', size=8.5)
    return r


def c329():
    r = Reply('c329', font='Times New Roman', size=11, status='missing', missing_kind='off_topic',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Ministerio del Interior', 'acronym': 'MININTER', 'kind': 'ministry'},
              reference='MEMORÁNDUM MÚLTIPLE N° 027-2019-IN/OGRH', cited_references=['Resolución Ministerial N° 0152-2019-IN'],
              letter_date='2019-11-08', language='es', on_topic=False,
              layout='internal staff memo on the vacation schedule, headed memo block, numbered paragraphs',
              notes='Staff memo, not about trafficking. Counts of servants present.')
    r.p('MINISTERIO DEL INTERIOR\nOficina General de Gestión de Recursos Humanos', bold=True, after=10)
    r.p('MEMORÁNDUM MÚLTIPLE N° 027-2019-IN/OGRH', bold=True, align='c', under=True)
    r.p('PARA\t\t:\tDirectores Generales y Jefes de Oficina\nDE\t\t:\tJefa de la Oficina General de Gestión de Recursos Humanos\nASUNTO\t:\tProgramación del rol de vacaciones 2020\nFECHA\t:\t08 de noviembre de 2019')
    r.p('1. Conforme a la Resolución Ministerial N° 0152-2019-IN, los órganos deben remitir el rol de vacaciones de su personal hasta el 29 de noviembre de 2019.', align='j')
    r.p('2. A la fecha, de los ' + C('1 284', 1284, 'servidor', y=2019) + ' servidores bajo los regímenes 276 y 1057, ' + C('356', 356, 'servidor', y=2019) + ' tienen vacaciones pendientes de goce acumuladas de más de un periodo.', align='j')
    r.p('3. Los órganos que no cumplan con remitir el rol serán programados de oficio por esta Oficina.', align='j')
    r.p('Atentamente,')
    r.sign('Lic. PAOLA ANDREA VIDAL RÍOS', 'Jefa de la Oficina General de Gestión de Recursos Humanos', align='l')
    return r


def c330():
    r = Reply('c330', font='Arial', size=9.5, status='missing', missing_kind='off_topic',
              axes=[], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Gobierno Regional Piura', 'acronym': 'GRP', 'kind': 'regional_government'},
              reference='INFORME N° 0215-2019/GRP-410000', cited_references=[],
              letter_date='2019-09-30', language='es', on_topic=False, photo=True,
              layout='budget report for another programme (PP 0068 disaster risk), SIAF-style ruled table with PIM/Certificado/Devengado/Avance by producto, unit in caption "en soles"',
              notes='Off topic: a budget execution report of PP 0068 (disasters), from the same kind of office that answers PNAT requests. All its money figures are still figures.')
    r.header(['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], size=8.5, align='l')
    r.p('INFORME N° 0215-2019/GRP-410000', bold=True, align='c')
    r.p('A\t: Gerente General Regional\nASUNTO\t: Avance de ejecución del Programa Presupuestal 0068 "Reducción de vulnerabilidad y atención de emergencias por desastres" al III trimestre 2019\nFECHA\t: Piura, 30 de setiembre de 2019', size=9)
    r.p('Se informa el avance de ejecución del PP 0068 al 30 de setiembre de 2019, por producto:', align='j')
    data = [('3000001 Acciones comunes', 1450000, 1102300.0, 988450.75), ('3000734 Capacidad instalada para la preparación y respuesta', 2380500, 1905000.0, 1401220.4),
            ('3000737 Estudios para la estimación del riesgo', 620000, 300000.0, 116880.0), ('3000738 Personas con formación en gestión del riesgo', 410300, 355000.0, 298760.1)]
    rows = []
    t = [0, 0, 0]
    for p, a, b, c in data:
        rows.append([p, M('{:,.0f}'.format(a), a, y=2019, r='a', u='caption'), M('{:,.2f}'.format(b), b, y=2019, r='c', u='caption'), M('{:,.2f}'.format(c), c, y=2019, r='e', u='caption'), P('{:.1f}%'.format(c / a * 100), round(c / a * 100, 1), y=2019)])
        t[0] += a; t[1] += b; t[2] += c
    rows.append(['Total PP 0068', M('{:,.0f}'.format(t[0]), t[0], y=2019, r='a', u='caption'), M('{:,.2f}'.format(t[1]), t[1], y=2019, r='c', u='caption'), M('{:,.2f}'.format(t[2]), t[2], y=2019, r='e', u='caption'), P('{:.1f}%'.format(t[2] / t[0] * 100), round(t[2] / t[0] * 100, 1), y=2019)])
    r.table([['Producto', 'PIM', 'Certificado', 'Devengado', 'Avance']], rows, widths=[7, 2.4, 2.6, 2.6, 1.8], size=8.5, bold_rows=(4,),
            caption='Cuadro 1: Ejecución PP 0068 — 2019 (en soles)')
    r.p('Se recomienda priorizar la certificación de los estudios de estimación del riesgo antes del cierre del ejercicio.', align='j')
    r.sign('Econ. CARLOS ALBERTO SEMINARIO RUIZ', 'Gerente Regional de Planeamiento, Presupuesto y A.T.', align='l', before=16)
    return r


def c331():
    r = Reply('c331', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['prevention', 'protection'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'International Organization for Migration - Peru', 'acronym': 'IOM', 'kind': 'other'},
              reference='IOM/LIM/2019/0147', cited_references=[],
              letter_date='2019-04-26', language='en', on_topic=True, photo=True,
              layout='English letter from an international organisation; US$ amounts with comma thousands; counts in a bulleted list; figures in a small ruled table',
              notes='English. USD money. Not a Peruvian State body (kind other).')
    lg = logo_png('iom', 'IOM', 'circle', (0, 51, 160))
    r.header(['International Organization for Migration (IOM) — Mission in Peru', 'Av. José Pardo 601, Office 802, Miraflores, Lima 18'], logo=(lg, 1.4), align='l', size=8.5)
    r.p('Lima, 26 April 2019', align='r')
    r.p('Ref.: IOM/LIM/2019/0147', bold=True)
    r.p('Ms. Andrea Salinas Vargas\nResearcher\nLima')
    r.p('Subject: Your request for information on counter-trafficking assistance in Peru, calendar year 2018', bold=True)
    r.p('Dear Ms. Salinas,')
    r.p('Thank you for your letter. Although IOM is not subject to Peru\'s Law 27806, we are glad to share the following information on our counter-trafficking work in Peru during 2018:', align='j')
    r.bullets(['Direct assistance was provided to ' + C('142', 142, 'victim', y=2018) + ' victims of trafficking, including ' + C('58', 58, 'victim', y=2018) + ' Venezuelan nationals;',
               C('31', 31, 'victim', y=2018) + ' victims received reintegration grants;',
               C('2,460', 2460, 'official', y=2018) + ' public officials were trained in victim identification.'])
    rows = [['Direct assistance and shelter support', M('US$ 186,400', 186400, y=2018, r='e', cur='USD', u='cell')],
            ['Reintegration grants', M('US$ 46,500', 46500, y=2018, r='e', cur='USD', u='cell')],
            ['Prevention campaigns and training', M('US$ 97,250', 97250, y=2018, r='e', cur='USD', u='cell')],
            ['Total', M('US$ 330,150', 330150, y=2018, r='e', cur='USD', u='cell')]]
    r.table([['Component (2018)', 'Amount spent']], rows, widths=[9, 4], bold_rows=(3,))
    r.p('These activities were funded by donors through project PE10P0123; figures are provisional until the project\'s final audit.', align='j')
    r.p('Yours sincerely,')
    r.sign('Jonathan Miller', 'Chief of Mission a.i.', align='l')
    return r


def c332():
    r = Reply('c332', font='Times New Roman', size=11.5, status='missing', missing_kind='not_competent_referred',
              axes=['protection'], period_start='2017-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Embassy of the United States of America in Lima', 'acronym': None, 'kind': 'foreign'},
              reference=None, cited_references=[],
              letter_date='2020-02-18', language='en', on_topic=True,
              layout='short English letter on embassy letterhead, no reference number; referral to the State Department office and to MIMP',
              notes='English; foreign body, not subject to Law 27806; says the request was forwarded. Period "2017 through 2019".')
    r.p('EMBASSY OF THE UNITED STATES OF AMERICA', align='c', bold=True, after=0)
    r.p('Lima, Peru', align='c', after=14)
    r.p('February 18, 2020', align='r')
    r.p('Mr. Luis Fernando Pardo Espinoza\nJr. Huáscar 1290, Jesús María\nLima')
    r.p('Dear Mr. Pardo:', before=6)
    r.p('Thank you for your request for information about the number of foreign victims of trafficking identified in Peru from 2017 through 2019 who received protection services.', align='j')
    r.p('The Embassy does not collect or keep such statistics, and the U.S. Embassy is not subject to Peru\'s transparency law. We have forwarded your request to the Office to Monitor and Combat Trafficking in Persons of the U.S. Department of State, which prepares the annual Trafficking in Persons Report, and we suggest you also contact Peru\'s Ministry of Women and Vulnerable Populations.', align='j')
    r.p('Sincerely,')
    r.sign('Political Section', 'Embassy of the United States of America', align='l', firma=False, before=10)
    r.footer('Avenida La Encalada cdra. 17 s/n, Surco, Lima 33 — Tel. (511) 618-2000', size=7.5)
    return r


def c333():
    r = Reply('c333', font='Liberation Sans', size=10, status='out_of_period', missing_kind=None,
              axes=['prosecution', 'protection'], period_start='2017-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'United Nations Office on Drugs and Crime - Liaison and Partnership Office in Peru', 'acronym': 'UNODC', 'kind': 'other'},
              reference='UNODC/LPOPE/2020/031', cited_references=[],
              letter_date='2020-03-09', language='en', on_topic=True, photo=True,
              layout='English e-mail printout (From/Sent/To/Subject) with a data table from the Global Report; only 2012-2014 data',
              notes='Request covered 2017-2019; the answer only gives 2012-2014 figures from the Global Report -> out_of_period. E-mail printout header/footer lines (URL, 1/1).')
    r.p('Outlook', size=8, after=0)
    r.p('RE: Information request - trafficking in persons statistics Peru 2017-2019', bold=True, size=12)
    r.p('From: UNODC Peru Office <unodc-peru@un.org>\nSent: Monday, March 9, 2020 4:12 PM\nTo: Rebeca Huertas <rhuertas@correo.pe>\nSubject: RE: Information request - trafficking in persons statistics Peru 2017-2019', size=9)
    r.p('_' * 90, size=6)
    r.p('Our ref.: UNODC/LPOPE/2020/031', size=9.5)
    r.p('Dear Ms. Huertas,')
    r.p('Thank you for your message. Country data for 2017-2019 has not been published yet; it will be part of the next Global Report on Trafficking in Persons. The most recent figures we have for Peru, as reported by the national authorities, are the following:', align='j')
    rows = [['2012', C('212', 212, 'victim', y=2012), C('57', 57, 'prosecution', y=2012), C('13', 13, 'conviction', y=2012)],
            ['2013', C('481', 481, 'victim', y=2013), C('92', 92, 'prosecution', y=2013), C('24', 24, 'conviction', y=2013)],
            ['2014', C('782', 782, 'victim', y=2014), C('120', 120, 'prosecution', y=2014), C('31', 31, 'conviction', y=2014)]]
    r.table([['Year', 'Detected victims', 'Persons prosecuted', 'Persons convicted']], rows, widths=[2.5, 3.5, 3.5, 3.5], num_align='c')
    r.p('In 2014, ' + P('79%', 79, y=2014) + ' of the detected victims were women and girls. We regret not being able to provide more recent data.', align='j')
    r.p('Best regards,\nUNODC Liaison and Partnership Office in Peru\nAv. Javier Prado Oeste 640, San Isidro')
    r.footer('https://outlook.office.com/mail/inbox/id/AAQkADQ5Mjc3', size=7, pagenum='{P}/{N}', align='l')
    return r


def c334():
    r = Reply('c334', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['governance', 'prevention', 'prosecution'], period_start='2018-04-01', period_end='2019-03-31', period_stated=True,
              sender={'name': 'British Embassy Lima', 'acronym': None, 'kind': 'foreign'},
              reference=None, cited_references=[],
              letter_date='2019-06-12', language='en', on_topic=True,
              layout='English letter, no reference line; GBP amounts in prose and in an unruled table; UK financial year April-March',
              notes='Currency GBP ("£"). Period: UK financial year 2018/19 (April 2018 - March 2019). Year of figures left null (financial year spans two years).')
    r.p('British Embassy Lima', bold=True, size=13, after=0)
    r.p('Torre Parque Mar, Av. José Larco 1301, Piso 22, Miraflores', size=8.5, after=14)
    r.p('12 June 2019', align='r')
    r.p('Dear Mr. Ramos,')
    r.p('Re: Modern slavery and human trafficking programming in Peru, financial year 2018/19 (April 2018 to March 2019)', bold=True)
    r.p('Thank you for your enquiry. During the financial year 2018/19 the Embassy funded three counter-trafficking projects in Peru with a total of ' + M('£412,000', 412000, cur='GBP', r='e') + ' from the Modern Slavery Fund:', align='j')
    rows = [['Support to the regional anti-trafficking networks (Cusco, Puno)', M('£138,000', 138000, cur='GBP', r='e', u='cell')],
            ['Community prevention campaigns in Loreto', M('£96,500', 96500, cur='GBP', r='e', u='cell')],
            ['Training of prosecutors and police investigators', M('£177,500', 177500, cur='GBP', r='e', u='cell')]]
    r.table([['Project', 'Funding']], rows, widths=[10, 3], ruled='none', head_bold=True)
    r.p('The training project reached ' + C('318', 318, 'participant') + ' participants (prosecutors and police officers).', align='j')
    r.p('Yours sincerely,')
    r.sign('Helen Carter', 'Head of Political Section', align='l', before=20)
    return r
