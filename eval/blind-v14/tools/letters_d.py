"""blind-v14 letters q046-q060 (written for this set from the labeling guide; all persons, numbers and facts invented)."""
import random
from lib import M, C, P, logo_png, plain
from common import *


def q046():
    R = new('q046', 'missing', 'not_competent', ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('British Embassy Lima', None, 'foreign'),
            'LIM/FOI/2021/014', [], '2021-06-08', lang='en', font='Calibri',
            layout='English letter with "Our ref"; the embassy is not bound by the Peruvian transparency law and cannot process the request; no referral; no figures',
            notes='Missing (not_competent): no other entity is named to which the request was sent.')
    R.header(['British Embassy Lima', 'Torre Parque Mar, Av. José Larco 1301, Miraflores'], size=9, align='l')
    R.p('Our ref: LIM/FOI/2021/014', after=0)
    R.p('8 June 2021', after=10)
    to(R, ['Ms. Valeria Huertas Calmet', 'Lima'])
    body(R, ['Dear Ms. Huertas,',
             'Thank you for your letter of 21 May 2021 asking for details of projects funded by the British Embassy in 2020 to prevent '
             'trafficking in persons in Peru and to assist its victims.',
             'As a diplomatic mission, the Embassy is not subject to Peru\'s Law on Transparency and Access to Public Information, and it is '
             'not able to process requests made under that law. We are therefore unable to provide the information requested.',
             'We appreciate your interest in this important issue.',
             'Yours sincerely,'])
    R.sign('Political Section', 'British Embassy Lima', before=18, firma=False, align='l')


def q047():
    R = new('q047', 'missing', 'not_competent', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Banco Central de Reserva del Perú', 'BCRP', 'autonomous'),
            'CARTA N° 0089-2022-BCRP-TRANSP', ['Solicitud N° 2022-00217'], '2022-02-25',
            'carta; the central bank has no functions on trafficking and holds no such information; no referral',
            notes='Missing (not_competent): no referral to another entity is stated.')
    R.header(['BANCO CENTRAL DE RESERVA DEL PERÚ', 'Gerencia Jurídica - Transparencia'], size=10, rule=True)
    R.p('Lima, 25 de febrero de 2022', align='r')
    R.p('CARTA N° 0089-2022-BCRP-TRANSP', bold=True, after=8)
    to(R, ['Señor', 'Francisco Javier Ugarte Lam', 'Presente.-'])
    R.p('Asunto: Solicitud N° 2022-00217', bold=True, after=8)
    body(R, ['De nuestra consideración:',
             'Nos dirigimos a usted en relación con su solicitud del asunto, en la que requiere información sobre los flujos financieros '
             'vinculados al delito de trata de personas detectados en el año 2021 y las investigaciones a las que dieron lugar.',
             'Al respecto, le informamos que, conforme a su Ley Orgánica, el Banco Central de Reserva del Perú tiene por finalidad preservar '
             'la estabilidad monetaria y no ejerce funciones de supervisión, inteligencia financiera ni investigación de delitos. En '
             'consecuencia, el Banco no es competente en la materia y no posee la información solicitada.',
             'Atentamente,'])
    R.sign('Funcionario Responsable de Acceso a la Información', 'Banco Central de Reserva del Perú', before=20)


def q048():
    R = new('q048', 'missing', 'acknowledgment', ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Tacna', 'GRT', 'regional_government'),
            'CARTA N° 088-2022-OTD/GOB.REG.TACNA', ['Registro N° 04471'], '2022-03-14',
            'short carta acknowledging receipt and saying the request was passed to an internal office; a framed "RECIBIDO" stamp with time and register number',
            notes='Missing (acknowledgment): receipt only; the request was passed to an office of the same government.')
    R.header(['GOBIERNO REGIONAL DE TACNA', 'Oficina de Trámite Documentario'], size=10)
    lema(R, 2022)
    R.stamp(['GOBIERNO REGIONAL TACNA', 'TRÁMITE DOCUMENTARIO', 'RECIBIDO', '14 MAR 2022', 'Hora: 10:42', 'Reg. N° 04471'], width=4.6, size=8)
    R.p('Tacna, 14 de marzo de 2022', align='l')
    R.p('CARTA N° 088-2022-OTD/GOB.REG.TACNA', bold=True, after=8)
    to(R, ['Señora', 'Liliana Patricia Ccallo Flores', 'Presente.-'])
    body(R, ['Por medio de la presente se acusa recibo de su solicitud de acceso a la información pública, registrada con el '
             'Registro N° 04471, sobre las acciones de prevención de la trata de personas y el funcionamiento de la Mesa Regional '
             'durante el año 2021.',
             'Su solicitud ha sido derivada a la Gerencia Regional de Desarrollo Social, unidad orgánica que posee la información, para '
             'su atención dentro del plazo establecido en la Ley N° 27806.',
             'Atentamente,'])
    R.sign('Téc. Adm. Jorge Luis Choque Mamani', 'Jefe de la Oficina de Trámite Documentario', before=20)


def q049():
    R = new('q049', 'missing', 'acknowledgment', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'),
            None, ['Expediente N° 2023-015874'], '2023-01-18', font='Courier New', size=10,
            layout='printout of an automatic e-mail from a virtual front desk (From / To / Date / Subject lines, monospaced), confirming registration of the request',
            notes='Missing (acknowledgment): an automatic confirmation of receipt. No own reference number (the expediente number is the request\'s).')
    R.p('Gmail - Constancia de recepción - Mesa de Partes Virtual', size=8, after=0)
    R.p('_' * 70, size=8)
    kv(R, [('De:', 'Mesa de Partes Virtual - Municipalidad Provincial de Huamanga <mesadepartes@munihuamanga.gob.pe>'),
           ('Para:', 'diana.rojas.c@correo.pe'),
           ('Fecha:', 'mié, 18 ene 2023 a las 16:37'),
           ('Asunto:', 'Constancia de recepción - Expediente N° 2023-015874')], size=9, tab=2.2, w2=14.0)
    body(R, ['Estimado(a) DIANA ELIZABETH ROJAS CANCHARI:',
             'Se ha registrado su documento en la Mesa de Partes Virtual de la Municipalidad Provincial de Huamanga con los siguientes datos:'], size=9, align='l')
    kv(R, [('Expediente:', 'Expediente N° 2023-015874'),
           ('Tipo de documento:', 'Solicitud de acceso a la información pública'),
           ('Asunto:', 'Información sobre la atención de víctimas de trata por la DEMUNA, año 2022'),
           ('Estado:', 'REGISTRADO - EN TRÁMITE')], size=9, tab=4.2, w2=12.0)
    body(R, ['Puede consultar el estado de su trámite en el portal institucional. Este es un mensaje automático, por favor no responda '
             'a este correo.'], size=9, align='l')
    R.p('https://mail.google.com/mail/u/0/?ik=4a1f&view=pt&search=all', size=7, before=30)


def q050():
    R = new('q050', 'missing', 'clarification', [], None,
            S('Ministerio de Defensa', 'MINDEF', 'ministry'),
            'OFICIO N° 00318-2021-MINDEF/SG-TRANSP', ['Solicitud con Registro N° 0004127-2021'], '2021-04-13',
            'oficio asking the requester to say whether the request is for the ministry or for one of the armed forces, and the period; no period stated anywhere; no figures',
            notes='Missing (clarification). No period is stated in the document; the request is only described as about "acciones contra la trata de personas".')
    R.header(['MINISTERIO DE DEFENSA', 'Secretaría General', 'Funcionario Responsable de Acceso a la Información Pública'], size=9,
             logo=(logo_png('mindef', 'MDF', color=(40, 70, 30)), 1.3))
    lema(R, 2021)
    R.p('Chorrillos, 13 de abril de 2021', align='r')
    R.p('OFICIO N° 00318-2021-MINDEF/SG-TRANSP', bold=True, after=8)
    to(R, ['Señor', 'Marco Antonio Villacorta Díaz', 'Presente.-'])
    asunto(R, [('Asunto', ': Solicitud de precisión de pedido'), ('Referencia', ': Solicitud con Registro N° 0004127-2021')])
    body(R, ['Me dirijo a usted con relación a su solicitud de la referencia, en la que requiere información sobre "las acciones contra la '
             'trata de personas del sector Defensa".',
             'Al respecto, el Sector Defensa comprende al Ministerio de Defensa y a los Institutos Armados (Ejército del Perú, Marina de '
             'Guerra del Perú y Fuerza Aérea del Perú), que cuentan con sus propios funcionarios responsables de acceso a la información. '
             'A fin de atender su pedido, se le solicita precisar: (i) la entidad o entidades a las que se refiere su solicitud; (ii) el '
             'periodo sobre el que requiere la información; y (iii) el tipo de acciones de su interés.',
             'Se le otorga el plazo de dos días hábiles para la precisión, conforme al artículo 11 del Reglamento de la Ley de Transparencia; '
             'de no recibirla, se dará por concluido el trámite.',
             'Atentamente,'])
    R.sign('Abog. Cinthia Rocío Barrientos Lozada', 'Funcionaria Responsable de Acceso a la Información Pública', 'Ministerio de Defensa', before=20)


def q051():
    R = new('q051', 'missing', 'clarification', ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Cajamarca', 'GRC', 'regional_government'),
            'CARTA N° 046-2020-GR.CAJ/SG-TRANSP', ['Expediente N° 2020-004415'], '2020-02-03',
            'carta asking to correct the request (no identity document number, no address or e-mail for notice); the requested year is restated',
            notes='Missing (clarification): the request must be corrected (subsanar) within two working days.')
    R.header(['GOBIERNO REGIONAL CAJAMARCA', 'Secretaría General'], size=10)
    lema(R, 2020)
    R.p('Cajamarca, 03 de febrero de 2020', align='r')
    R.p('CARTA N° 046-2020-GR.CAJ/SG-TRANSP', bold=True, after=8)
    to(R, ['Señor', 'Néstor Ulises Chávez Terrones', 'Presente.-'])
    R.p('Referencia: Expediente N° 2020-004415', after=8)
    body(R, ['Me dirijo a usted en relación con su solicitud de acceso a la información pública sobre la capacitación de docentes en '
             'prevención de la trata de personas realizada por la Dirección Regional de Educación en el año 2019.',
             'De la revisión de su solicitud se advierte que no consigna el número de su documento de identidad ni un domicilio o '
             'correo electrónico para las notificaciones, requisitos establecidos en el artículo 10 del Reglamento de la Ley de '
             'Transparencia. Por ello, se le solicita subsanar dichas omisiones en el plazo de dos días hábiles de recibida la presente; '
             'en caso contrario, la solicitud se considerará como no presentada.',
             'Atentamente,'])
    R.sign('Abog. Julia Esperanza Huamán Cerdán', 'Secretaria General', 'Gobierno Regional Cajamarca', before=20)


def q052():
    R = new('q052', 'missing', 'denied_exception', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia de Banca, Seguros y AFP', 'SBS', 'other'),
            'OFICIO N° 01257-2022-SBS', ['Solicitud N° 2022-0883', 'Informe N° 00041-2022-UIF'], '2022-03-22',
            'oficio denying access: information of the financial intelligence unit is reserved by law and under bank secrecy (art. 17 numerals 2 and 6)',
            notes='Missing (denied_exception).')
    R.header(['SUPERINTENDENCIA DE BANCA, SEGUROS Y AFP', 'Secretaría General'], size=10,
             logo=(logo_png('sbs', 'SBS', shape='square', color=(0, 60, 110)), 1.2), align='l')
    lema(R, 2022)
    R.p('San Isidro, 22 de marzo de 2022', align='r')
    R.p('OFICIO N° 01257-2022-SBS', bold=True, after=8)
    to(R, ['Señora', 'Estefanía Roxana Gamarra Ugaz', 'Presente.-'])
    asunto(R, [('Asunto', ': Respuesta a la Solicitud N° 2022-0883'), ('Referencia', ': Informe N° 00041-2022-UIF')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención a su solicitud del asunto, en la que requiere el número de reportes de '
             'operaciones sospechosas vinculadas al delito de trata de personas recibidos en el año 2021, la relación de personas '
             'reportadas y los informes de inteligencia financiera remitidos al Ministerio Público.',
             'Sobre el particular, la Unidad de Inteligencia Financiera del Perú (UIF-Perú) ha señalado, mediante el informe de la '
             'referencia, que la información que recibe y produce tiene carácter reservado conforme a la Ley N° 27693, y que la '
             'relación de personas reportadas se encuentra además protegida por el secreto bancario. En consecuencia, la información '
             'solicitada se encuentra comprendida en las excepciones previstas en los numerales 2 y 6 del artículo 17 del Texto Único '
             'Ordenado de la Ley N° 27806, por lo que no es posible acceder a su pedido.',
             'Atentamente,'])
    dsig(R, 'Mariela Cristina Lozano Vidal', 'Secretaria General', 'SBS', when='22/03/2022 17:44:12', fau='20131370726')


def q053():
    R = new('q053', 'missing', 'denied_exception', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'),
            'OFICIO N° 000214-2023-SG-CSJLN-PJ', ['Solicitud de Acceso N° 0127-2023', 'Informe N° 000009-2023-AL-CSJLN-PJ'], '2023-02-14',
            'oficio denying copies of case files and judgments involving child victims (identity of minors, files in process; art. 17 numerals 5 and 6)',
            notes='Missing (denied_exception).')
    R.header(['CORTE SUPERIOR DE JUSTICIA DE LIMA NORTE', 'Secretaría General'], size=10,
             logo=(logo_png('pjln', 'PJ', color=(110, 20, 20)), 1.2))
    lema(R, 2023)
    R.p('Independencia, 14 de febrero de 2023', align='r')
    R.p('OFICIO N° 000214-2023-SG-CSJLN-PJ', bold=True, after=8)
    to(R, ['Señor', 'Andrés Felipe Carrillo Soria', 'Presente.-'])
    asunto(R, [('Asunto', ': Se deniega solicitud de acceso a la información pública'),
               ('Ref.', ': Solicitud de Acceso N° 0127-2023\n  Informe N° 000009-2023-AL-CSJLN-PJ')])
    body(R, ['Me dirijo a usted en atención a su solicitud de la referencia, mediante la cual requiere copias íntegras de los expedientes '
             'y de las sentencias de los procesos por el delito de trata de personas con víctimas menores de edad tramitados en el año 2022.',
             'Conforme a la opinión del Área Legal, los expedientes solicitados contienen datos que permiten identificar a niñas, niños y '
             'adolescentes víctimas, cuya reserva disponen el Código de los Niños y Adolescentes y la normativa procesal penal, y en su '
             'mayoría se encuentran en trámite. Por ello, la información se encuentra dentro de las excepciones previstas en los '
             'numerales 5 y 6 del artículo 17 del TUO de la Ley N° 27806, por lo que se deniega el acceso.',
             'Atentamente,'])
    R.sign('Abog. Milton César Barreto Ñique', 'Secretario General', 'Corte Superior de Justicia de Lima Norte', before=20)


def q054():
    R = new('q054', 'missing', 'no_reply', ['protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'),
            None, ['Solicitud N° 0198-2023'], '2023-03-15', fmt='xlsx',
            layout='spreadsheet sent alone: a register of access requests with one row per request; the row of the trafficking request reads "NO ATENDIDO - PLAZO VENCIDO"; no figures',
            notes='Missing (no_reply): the municipality\'s own register shows the request on trafficking (row of Solicitud N° 0198-2023) as not answered and past its term. The other rows are unrelated requests.')
    ws = R.wb.active
    ws.title = 'Registro SAIP 2023'
    xsetup(ws)
    from openpyxl.styles import Font
    ws['A1'] = 'MUNICIPALIDAD PROVINCIAL DE CHICLAYO - REGISTRO DE SOLICITUDES DE ACCESO A LA INFORMACIÓN PÚBLICA 2023'
    ws['A1'].font = Font(bold=True, size=11)
    ws['A2'] = 'Fecha de reporte: 15/03/2023'
    rows = [['Solicitud N° 0187-2023', '02/02/2023', 'Copia de licencia de funcionamiento de establecimiento comercial', 'Sub Gerencia de Licencias', 'ATENDIDO'],
            ['Solicitud N° 0191-2023', '06/02/2023', 'Expediente técnico de obra de pistas y veredas', 'Gerencia de Infraestructura', 'ATENDIDO'],
            ['Solicitud N° 0198-2023', '13/02/2023', 'Acciones de prevención de la trata de personas y atención de víctimas por la DEMUNA, año 2022', 'Gerencia de Desarrollo Social', 'NO ATENDIDO - PLAZO VENCIDO'],
            ['Solicitud N° 0203-2023', '20/02/2023', 'Resoluciones de alcaldía del mes de enero', 'Secretaría General', 'ATENDIDO'],
            ['Solicitud N° 0209-2023', '27/02/2023', 'Contrato de servicio de limpieza pública', 'Gerencia de Administración', 'EN TRÁMITE']]
    xtable(R, ws, 4, [['Solicitud', 'Fecha de presentación', 'Información solicitada', 'Unidad responsable', 'Estado']], rows,
           widths=(22, 14, 88, 30, 30))


def q055():
    R = new('q055', 'missing', 'no_reply', ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Tribunal de Transparencia y Acceso a la Información Pública', 'TTAIP', 'other'),
            'RESOLUCIÓN N° 003214-2022-JUS/TTAIP-PRIMERA SALA', ['Expediente N° 02871-2022-JUS/TTAIP', 'Solicitud N° 0045-2022'], '2022-11-09',
            'appeal resolution of the transparency tribunal: the district municipality never answered the request (negative administrative silence); numbered recitals; durations in words and digits',
            notes='Missing (no_reply): the file is the tribunal\'s resolution on the requester\'s appeal; it records that the Municipalidad Distrital de '
                  'Yarinacocha gave no reply. The sender is the tribunal. "diez (10) días hábiles" and "siete (7) días hábiles" are durations, not figures.')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Tribunal de Transparencia y Acceso a la Información Pública'], size=9)
    lema(R, 2022)
    R.p('RESOLUCIÓN N° 003214-2022-JUS/TTAIP-PRIMERA SALA', bold=True, align='c', after=6)
    kv(R, [('Expediente', ': Expediente N° 02871-2022-JUS/TTAIP'),
           ('Recurrente', ': Susana Beatriz Panaifo Ríos'),
           ('Entidad', ': Municipalidad Distrital de Yarinacocha'),
           ('Sumilla', ': Declara fundado recurso de apelación')], size=10)
    R.p('Miraflores, 9 de noviembre de 2022', after=6)
    R.p('VISTO el Expediente de Apelación N° 02871-2022-JUS/TTAIP de fecha 12 de octubre de 2022, interpuesto por la recurrente contra la '
        'denegatoria por silencio administrativo negativo de su Solicitud N° 0045-2022, presentada ante la Municipalidad Distrital de Yarinacocha.',
        align='j', size=10)
    R.p('CONSIDERANDO:', bold=True, size=10)
    body(R, ['1. Con fecha 19 de setiembre de 2022 la recurrente solicitó a la entidad información sobre las acciones de prevención de la '
             'trata de personas y de atención a víctimas ejecutadas en el año 2021, así como el presupuesto destinado a ellas.',
             '2. La entidad no dio respuesta a la solicitud dentro del plazo de diez (10) días hábiles previsto en el literal b) del artículo 11 '
             'de la Ley de Transparencia, ni remitió sus descargos a este Tribunal, por lo que se entiende denegada la solicitud.',
             '3. La información requerida es de naturaleza pública y la entidad no ha invocado excepción alguna.'], size=10)
    R.p('SE RESUELVE:', bold=True, size=10)
    body(R, ['Artículo 1.- Declarar FUNDADO el recurso de apelación y ORDENAR a la Municipalidad Distrital de Yarinacocha que entregue la '
             'información solicitada en un plazo máximo de siete (7) días hábiles.',
             'Artículo 2.- Notificar la presente resolución a la recurrente y a la entidad.'], size=10)
    R.p('Regístrese y comuníquese.', italic=True, size=10)
    R.p('VOCAL PONENTE: Luis Guillermo Agurto Villegas', size=8, before=16, after=0)
    R.p('VOCALES: Ulises Zamora Barboza / Tatiana Azucena Valverde Alvarado', size=8)


def q056():
    R = new('q056', 'missing', 'off_topic', [], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de San Borja', 'MSB', 'district_municipality'),
            'OFICIO N° 128-2020-MSB-GM-GFC', ['Documento Simple N° 2020-00912'], '2020-02-17',
            'off-topic oficio (inspection of noise and business licences): operativos, denuncias vecinales, capacitaciones, PIM and devengado',
            notes='Off topic: municipal inspections of noise and business licences; not about trafficking in persons.')
    R.header(['MUNICIPALIDAD DE SAN BORJA', 'Gerencia de Fiscalización y Control'], size=10, logo=(logo_png('msb', 'MSB', color=(0, 90, 150)), 1.2))
    lema(R, 2020)
    R.p('San Borja, 17 de febrero de 2020', align='r')
    R.p('OFICIO N° 128-2020-MSB-GM-GFC', bold=True, after=8)
    to(R, ['Señor', 'Ernesto Raúl Galdós Bustamante', 'Presente.-'])
    asunto(R, [('Asunto', ': Información sobre operativos de fiscalización, año 2019'), ('Referencia', ': Documento Simple N° 2020-00912')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las acciones de fiscalización realizadas por esta Gerencia en el año 2019. '
             'Al respecto, se informa lo siguiente:'])
    data = [('Operativos de control de ruidos molestos', 'operativo', 146), ('Operativos de verificación de licencias de funcionamiento', 'operativo', 212),
            ('Denuncias vecinales atendidas', 'denuncia', 1873), ('Clausuras temporales de establecimientos', 'clausura', 38),
            ('Capacitaciones a inspectores municipales', 'capacitación', 12)]
    R.table([['Acción', 'Cantidad 2019']], [[a, Cn(v, w, y=2019)] for a, w, v in data], widths=(10.0, 3.0), size=9.5)
    body(R, ['La actividad "Fiscalización y control municipal" contó en 2019 con un PIM de ' + Mf(1482300, pre='S/ ', y=2019, r='a') +
             ', con un devengado de ' + Mf(1391055.6, pre='S/ ', y=2019, r='e') + ' (' + P('93.8%', 93.8, y=2019) + ').',
             'Atentamente,'])
    R.sign('Ing. Rosario del Pilar Delgado Chirinos', 'Gerente de Fiscalización y Control', before=22)


def q057():
    R = new('q057', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Autoridad Nacional del Agua', 'ANA', 'other'),
            'OFICIO N° 0418-2022-ANA-AAA.CO', ['CUT N° 31245-2022'], '2022-03-09',
            'off-topic oficio (water-use enforcement): denuncias, operativos, capacitaciones, víctimas de huaicos, PIM and devengado in a code / label table',
            notes='Off topic: enforcement of water-use rules by a water authority; not about trafficking in persons.')
    R.header(['AUTORIDAD NACIONAL DEL AGUA', 'Autoridad Administrativa del Agua Caplina - Ocoña'], size=10,
             logo=(logo_png('ana', 'ANA', shape='circle', color=(0, 80, 160)), 1.3))
    lema(R, 2022)
    R.p('Arequipa, 09 de marzo de 2022', align='r')
    R.p('OFICIO N° 0418-2022-ANA-AAA.CO', bold=True, after=8)
    to(R, ['Señora', 'Verónica Isabel Zegarra Cornejo', 'Presente.-'])
    asunto(R, [('Asunto', ': Información sobre fiscalización de recursos hídricos 2021'), ('Referencia', ': CUT N° 31245-2022')])
    body(R, ['En atención al documento de la referencia, se informa que en el año 2021 esta Autoridad atendió ' +
             Cn(264, 'denuncia', y=2021) + ' denuncias por uso no autorizado del agua y realizó ' + Cn(57, 'operativo', y=2021) +
             ' operativos de fiscalización en los valles de Majes, Camaná y Tambo, además de ' + Cn(18, 'capacitación', y=2021) +
             ' capacitaciones a juntas de usuarios. En las quebradas de Camaná se atendió a las víctimas de los huaicos de febrero, '
             'con ' + Cn(41, 'familia', y=2021) + ' familias beneficiadas con limpieza de canales.',
             'La ejecución presupuestal de las actividades de fiscalización fue la siguiente:'])
    rows = [['5001543', 'Supervisión y fiscalización de recursos hídricos', Mf(842500, y=2021, r='a'), Mf(801220.35, y=2021, r='e')],
            ['5005127', 'Capacitación a usuarios de agua', Mf(95000, y=2021, r='a'), Mf(88410.0, y=2021, r='e')]]
    R.table([['Código', 'Actividad', 'PIM (S/)', 'Devengado (S/)']], rows, widths=(2.0, 8.0, 3.0, 3.0), size=9.5, row_label_col=1)
    body(R, ['Atentamente,'])
    R.sign('Ing. Fredy Alberto Ponce Medina', 'Director de la AAA Caplina - Ocoña', before=22)


def q058():
    R = new('q058', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Instituto Nacional de Defensa Civil', 'INDECI', 'other'),
            'OFICIO N° 001422-2023-INDECI/5.0', ['Solicitud N° 2023-00318'], '2023-02-27',
            'off-topic oficio (disaster damage): a 26-row table by department of víctimas (deceased, injured) and damnificados over two pages with repeated header; capacitaciones; PIM',
            notes='Off topic: victims and damage of natural hazards (rains, frost) and disaster-risk training; not about trafficking in persons.')
    R.header(['INSTITUTO NACIONAL DE DEFENSA CIVIL', 'Dirección de Respuesta'], size=10, logo=(logo_png('indeci', 'IND', color=(200, 90, 0)), 1.3))
    lema(R, 2023)
    R.p('San Isidro, 27 de febrero de 2023', align='r')
    R.p('OFICIO N° 001422-2023-INDECI/5.0', bold=True, after=8)
    to(R, ['Señor', 'Bruno Alonso Quispe Rivas', 'Presente.-'])
    asunto(R, [('Asunto', ': Víctimas y damnificados por emergencias, año 2022'), ('Referencia', ': Solicitud N° 2023-00318')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las víctimas y los damnificados por emergencias ocurridas en el año 2022, '
             'según el Sistema de Información Nacional para la Respuesta y Rehabilitación (SINPAD).',
             'Para efectos del reporte, se considera víctima fallecida a la persona que perdió la vida a consecuencia directa del '
             'evento; víctima herida, a la que sufrió lesiones que requirieron atención médica; y damnificado, a la persona que sufrió '
             'daño en su salud o en sus bienes y que no cuenta temporalmente con capacidad propia para recuperarlos. Las cifras '
             'corresponden a emergencias por lluvias intensas, heladas, friaje, sismos e incendios urbanos registradas por los '
             'Centros de Operaciones de Emergencia Regionales y validadas por la Dirección de Respuesta al cierre del ejercicio:'])
    rnd = random.Random(58)
    deps = ['Amazonas', 'Áncash', 'Apurímac', 'Arequipa', 'Ayacucho', 'Cajamarca', 'Callao', 'Cusco', 'Huancavelica', 'Huánuco', 'Ica', 'Junín',
            'La Libertad', 'Lambayeque', 'Lima', 'Loreto', 'Madre de Dios', 'Moquegua', 'Pasco', 'Piura', 'Puno', 'San Martín', 'Tacna', 'Tumbes', 'Ucayali']
    rows = []
    T = [0, 0, 0]
    W = ['fallecido', 'herido', 'damnificado']
    for d in deps:
        v = [rnd.randint(1, 14), rnd.randint(3, 60), rnd.randint(150, 9800)]
        for k in range(3):
            T[k] += v[k]
        rows.append([d] + [Cn(x, W[k], y=2022) for k, x in enumerate(v)])
    rows.append(['Total nacional'] + [Cn(x, W[k], y=2022) for k, x in enumerate(T)])
    R.table([['Departamento', 'Víctimas fallecidas', 'Víctimas heridas', 'Damnificados']], rows, widths=(5.5, 3.2, 3.2, 3.2), size=12,
            repeat_head=True, bold_rows=(len(rows) - 1,))
    body(R, ['En 2022 se realizaron ' + Cn(312, 'capacitación', y=2022) + ' capacitaciones en gestión reactiva dirigidas a gobiernos locales. '
             'El programa presupuestal 0068 contó con un PIM de ' + M('S/ 48,6 millones', 48600000.0, y=2022, r='a') + '.',
             'Atentamente,'])
    R.sign('Ing. Augusto Raúl Chávez Lozano', 'Director de Respuesta', 'INDECI', before=22)


def q059():
    R = new('q059', 'missing', 'off_topic', [], ('2020-01-01', '2020-12-31'),
            S('Organismo de Evaluación y Fiscalización Ambiental', 'OEFA', 'other'),
            'OFICIO N° 00271-2021-OEFA/DPEF', ['Registro N° 2021-E01-018843'], '2021-03-24',
            'off-topic oficio (environmental enforcement) with quarterly columns: denuncias ambientales, supervisiones, capacitaciones; amounts with "S/" after the number',
            notes='Off topic: environmental complaints and supervision; not about trafficking in persons.')
    R.header(['ORGANISMO DE EVALUACIÓN Y FISCALIZACIÓN AMBIENTAL', 'Dirección de Políticas y Estrategias en Fiscalización Ambiental'], size=9)
    lema(R, 2021)
    R.p('Jesús María, 24 de marzo de 2021', align='r')
    R.p('OFICIO N° 00271-2021-OEFA/DPEF', bold=True, after=8)
    to(R, ['Señora', 'Nadia Solange Paucar Lévano', 'Presente.-'])
    R.p('Ref.: Registro N° 2021-E01-018843', after=8)
    body(R, ['Me dirijo a usted para atender su solicitud sobre las denuncias ambientales y las acciones de supervisión del OEFA en el año 2020:'])
    data = [('Denuncias ambientales recibidas (SINADA)', 'denuncia', (412, 287, 365, 440)), ('Supervisiones realizadas', 'supervisión', (96, 31, 118, 143)),
            ('Operativos conjuntos con gobiernos locales', 'operativo', (14, 3, 12, 19)), ('Capacitaciones a EFA', 'capacitación', (22, 9, 25, 28))]
    rows = [[l] + [Cn(v, w, y=2020) for v in q] + [Cn(sum(q), w, y=2020)] for l, w, q in data]
    R.table([['Indicador', 'I Trimestre', 'II Trimestre', 'III Trimestre', 'IV Trimestre', 'Total 2020']], rows,
            widths=(6.2, 2.0, 2.0, 2.0, 2.0, 2.0), size=9)
    body(R, ['El presupuesto de la actividad de supervisión ambiental fue de ' + Mpost(3215480, 'sp', post=' S/', y=2020, r='a') +
             ' (PIM), del que se devengó ' + Mpost(2987312.44, 'sp', post=' S/', y=2020, r='e') + '.',
             'Atentamente,'])
    R.sign('Abog. Diego Martín Valle Riestra', 'Director de Políticas y Estrategias en Fiscalización Ambiental', before=22)


def q060():
    R = new('q060', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'OFICIO N° 000184-2023-SUNAT/1M0000', ['Expediente N° 000-URD003-2023-114587-1', 'Informe N° 000032-2023-SUNAT/3X2000'], '2023-02-13',
            'off-topic: oficio forwarding an informe on page 2 (customs anti-smuggling operativos, victims of e-mail fraud impersonating the tax office, denuncias, capacitaciones, PIM)',
            notes='Off topic: smuggling control and taxpayers who were victims of phishing; not about trafficking in persons.')
    R.header(['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Superintendencia Nacional Adjunta de Aduanas'], size=9)
    lema(R, 2023)
    R.p('Lima, 13 de febrero de 2023', align='r')
    R.p('OFICIO N° 000184-2023-SUNAT/1M0000', bold=True, after=8)
    to(R, ['Señor', 'Óscar Renzo Ticona Flores', 'Presente.-'])
    asunto(R, [('Asunto', ': Remite información solicitada'), ('Referencia', ': Expediente N° 000-URD003-2023-114587-1')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para remitirle el Informe N° 000032-2023-SUNAT/3X2000, '
             'que contiene la información sobre los operativos de control aduanero y las denuncias por fraude electrónico correspondientes '
             'al año 2022.', 'Atentamente,'])
    dsig(R, 'Jorge Enrique Salcedo Ochoa', 'Superintendente Nacional Adjunto de Aduanas', 'SUNAT', when='13/02/2023 12:02', fau='20131312955')
    R.pagebreak()
    memo(R, 'INFORME N° 000032-2023-SUNAT/3X2000', [
        ('A', ': Superintendencia Nacional Adjunta de Aduanas'),
        ('DE', ': Gerencia de Prevención del Contrabando y Operaciones de Control'),
        ('ASUNTO', ': Operativos y denuncias 2022'),
        ('FECHA', ': 08 de febrero de 2023')])
    body(R, ['1. En el año 2022 se ejecutaron ' + Cn(1846, 'operativo', st='sp', y=2022) + ' operativos contra el contrabando y la '
             'defraudación de rentas de aduanas, principalmente en Puno y Tacna, con mercancía incautada valorizada en ' +
             M('US$ 38,2 millones', 38200000.0, y=2022, cur='USD') + '.',
             '2. Se recibieron ' + Cn(5230, 'denuncia', st='sp', y=2022) + ' denuncias de contribuyentes víctimas de correos fraudulentos '
             'que suplantaban a la SUNAT (phishing); se bloquearon ' + Cn(317, 'dominio', y=2022) + ' dominios falsos.',
             '3. Se dictaron ' + Cn(64, 'capacitación', y=2022) + ' capacitaciones a transportistas y comerciantes de frontera.',
             '4. El PIM de la actividad de prevención del contrabando fue de ' + Mf(27450000, pre='S/ ', y=2022, r='a') + ', ejecutado al ' +
             P('97,2 %', 97.2, y=2022) + '.'])
    R.sign('Econ. Lucía Inés Paredes Velarde', 'Gerente de Prevención del Contrabando y Operaciones de Control', before=18)
