"""blind-v12 letters n046-n060 (missing). Written from scratch for this set."""
from common import *
from lib import logo_png


def n046():
    R = new('n046', 'missing', 'not_competent', ['protection'], ('2021-01-01', '2021-12-31'),
            S('Embassy of Canada to Peru', None, 'foreign'), None, [], '2022-01-20',
            'English letter without own number, not competent, no referral', lang='en', font='Georgia')
    R.header(['Embassy of Canada to Peru', 'Political and Public Affairs Section', 'Calle Bolognesi 228, Miraflores'], align='l', size=8.5)
    R.p('January 20, 2022', align='r', before=8)
    to(R, ['Mr. Ricardo Alonso Vílchez Oré', 'Lima'])
    body(R, ['Dear Mr. Vílchez,',
             'Thank you for your letter requesting the number of Peruvian victims of trafficking in persons identified in Canada and '
             'assisted by Canadian authorities **during 2021**, and the funds provided for their repatriation.',
             'Please be advised that the Embassy does not collect or hold this information. Victim identification and assistance in '
             'Canada fall under the responsibility of provincial and federal authorities, whose records are protected under Canadian '
             'privacy legislation. The Embassy is therefore not in a position to respond to your request.',
             'Kind regards,'])
    R.sign('Political and Public Affairs Section', 'Embassy of Canada to Peru', None, align='l', firma=False, before=10)


def n047():
    R = new('n047', 'missing', 'not_competent', ['prosecution'], ('2020-01-01', '2021-12-31'),
            S('Organismo Supervisor de la Inversión en Energía y Minería', 'OSINERGMIN', 'other'),
            'OFICIO N° 0052-2022-OS-GSE', [], '2022-02-09', 'oficio, not competent, no referral')
    letter(R, ['ORGANISMO SUPERVISOR DE LA INVERSIÓN EN ENERGÍA Y MINERÍA', 'Gerencia de Supervisión de Energía'], 2022,
           'Lima, 09 de febrero de 2022', 'OFICIO N° 0052-2022-OS-GSE', ['Señor', 'Jorge Luis Maguiña Cerna', 'Presente.-'],
           [('Asunto', ': Solicitud de acceso a la información pública')])
    body(R, ['Me dirijo a usted con relación a su solicitud, en la que requiere información sobre las inspecciones realizadas por '
             'Osinergmin en campamentos mineros para detectar casos de trata de personas o trabajo forzoso **en los años 2020 y 2021**.',
             'Sobre el particular, le informamos que, conforme a la Ley N° 29901 y al Reglamento de Organización y Funciones, '
             'Osinergmin supervisa el cumplimiento de las normas técnicas y de seguridad de la infraestructura del sector energía y '
             'de la gran y mediana minería, y no tiene competencia en la investigación o fiscalización de delitos contra las personas '
             'ni en materia laboral. Por tanto, no contamos con la información solicitada.', 'Atentamente,'])
    R.sign('Ing. Álex Fernando Rímac Chumbes', 'Gerente de Supervisión de Energía')


def n048():
    R = new('n048', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional Cajamarca', 'GRC', 'regional_government'),
            'CARTA N° 006-2023-GR.CAJ/SG-RAI', [], '2023-01-16',
            'carta acknowledging receipt and internal forwarding, promises an answer; receipt stamp')
    R.header(['GOBIERNO REGIONAL CAJAMARCA', 'Secretaría General – Responsable de Acceso a la Información'], align='c')
    lema(R, 2023)
    R.stamp(['GOBIERNO REGIONAL CAJAMARCA', 'TRÁMITE DOCUMENTARIO', 'SALIDA 16 ENE 2023', 'Reg. 00481'], width=4.2)
    R.p('Cajamarca, 16 de enero de 2023', align='r', before=30)
    R.p('CARTA N° 006-2023-GR.CAJ/SG-RAI', bold=True)
    to(R, ['Señora', 'Noemí Estela Chávez Terrones', 'Presente.-'])
    body(R, ['Tengo el agrado de dirigirme a usted para comunicarle que su solicitud de acceso a la información pública, referida a '
             'las campañas de prevención y la atención de víctimas de trata de personas **en el año 2022**, ha sido recibida y '
             'registrada con Expediente N° 2023-000318, y derivada a la Gerencia Regional de Desarrollo Social para la elaboración '
             'de la respuesta.',
             'La información le será remitida dentro del plazo establecido por el TUO de la Ley N° 27806.', 'Atentamente,'])
    R.sign('Abog. Luis Enrique Terán Cotrina', 'Responsable de Acceso a la Información Pública')


def n049():
    R = new('n049', 'missing', 'acknowledgment', ['governance'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Cultura', 'MC', 'ministry'), None, [], '2022-04-12',
            'printed e-mail: automatic acknowledgment with a ticket number; no own number', font='Calibri', size=10.5)
    R.p('Gmail – Registro de solicitud de acceso a la información pública', bold=True, size=9, after=6)
    kv(R, [('De:', 'Transparencia – Ministerio de Cultura <transparencia@cultura.gob.pe>'),
           ('Enviado:', 'martes, 12 de abril de 2022 10:14'),
           ('Para:', 'veronica.huaman.r@gmail.com'),
           ('Asunto:', 'Registro de solicitud de acceso a la información pública – SAIP N° 2022-001873')], tab=2.6, w2=13.4, size=9.5)
    body(R, ['Estimada ciudadana:',
             'Le informamos que su solicitud de acceso a la información pública ha sido registrada con el número SAIP N° 2022-001873 '
             'con fecha 12/04/2022.',
             'Información solicitada: "Presupuesto asignado y ejecutado por el Ministerio de Cultura para acciones de la Política '
             'Nacional frente a la Trata de Personas **durante el año 2021**".',
             'El plazo de atención se computa a partir del día hábil siguiente a la fecha de registro. Puede consultar el estado de su '
             'trámite en la Plataforma Digital Única del Estado con el número indicado.',
             'Este es un mensaje automático, por favor no responda a este correo.',
             'Oficina de Atención al Ciudadano y Gestión Documental', 'Ministerio de Cultura'], align='l')


def n050():
    R = new('n050', 'missing', 'clarification', ['prevention'], None,
            S('Municipalidad Provincial de Huaraz', 'MPH', 'provincial_municipality'),
            'CARTA N° 022-2022-MPHZ/SG', [], '2022-05-04',
            'carta asking to state the period and the office; no period anywhere')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUARAZ', 'Secretaría General'], align='c',
             logo=(logo_png('mph12', 'MPH', 'shield', (90, 20, 120)), 1.2))
    lema(R, 2022)
    R.p('Huaraz, 04 de mayo de 2022', align='r')
    R.p('CARTA N° 022-2022-MPHZ/SG', bold=True)
    to(R, ['Señor', 'Yuri Alberto Tinoco Depaz', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, mediante la cual pide "todas las '
             'acciones de prevención que realiza la municipalidad contra la trata".',
             'Al respecto, y a fin de atender debidamente su pedido, se le solicita precisar el periodo o los años sobre los cuales '
             'requiere la información, así como, de ser posible, el tipo de acciones (charlas, campañas, capacitaciones) y la unidad '
             'orgánica que considera que la posee, dentro del plazo de dos días hábiles de notificada la presente, conforme al '
             'artículo 11 del Reglamento de la Ley N° 27806. De no subsanarse, se dará por concluido el trámite.', 'Atentamente,'])
    R.sign('Abog. Nancy Flor Minaya Rondán', 'Secretaria General')


def n051():
    R = new('n051', 'missing', 'clarification', ['governance'], ('2020-01-01', '2021-12-31'),
            S('Contraloría General de la República', 'CGR', 'autonomous'),
            'OFICIO N° 000455-2022-CG/GRIE', [], '2022-03-11',
            'oficio asking to reformulate the request (it asks for an analysis); period restated')
    letter(R, ['CONTRALORÍA GENERAL DE LA REPÚBLICA', 'Gerencia de Relaciones Interinstitucionales y Entidades'], 2022,
           'Jesús María, 11 de marzo de 2022', 'OFICIO N° 000455-2022-CG/GRIE', ['Señora', 'Karla Vanessa Alcántara Ríos', 'Presente.-'],
           [('Asunto', ': Requerimiento de precisión de la solicitud de acceso a la información')])
    body(R, ['Me dirijo a usted en atención a su solicitud, por la cual requiere "una evaluación del uso de los recursos públicos '
             'asignados a la lucha contra la trata de personas por los gobiernos regionales **en los años 2020 y 2021**, indicando '
             'las deficiencias encontradas".',
             'Al respecto, el pedido implica la elaboración de un análisis que no existe en los archivos de la entidad. Por ello, se '
             'le solicita reformular su pedido precisando qué documentos concretos requiere (por ejemplo, informes de control '
             'identificados por entidad y número), a fin de darle trámite. Mientras no se subsane, el plazo de atención queda '
             'suspendido.', 'Atentamente,'])
    R.sign('Mg. Javier Ernesto Saldarriaga Peña', 'Gerente de Relaciones Interinstitucionales y Entidades')


def n052():
    R = new('n052', 'missing', 'denied_exception', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000031-2023/IN/DIGIMIN', [], '2023-01-27',
            'oficio denying access: intelligence information classified as secret (art. 15)')
    R.header(['MINISTERIO DEL INTERIOR', 'Dirección General de Inteligencia'], align='c')
    lema(R, 2023)
    R.p('Lima, 27 de enero de 2023', align='r')
    R.p('OFICIO N° 000031-2023/IN/DIGIMIN', bold=True)
    to(R, ['Señor', 'Mauricio Andrés Peralta Gonzales', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, mediante la cual requiere los informes '
             'de inteligencia sobre organizaciones criminales dedicadas a la trata de personas elaborados **durante el año 2022**.',
             'Al respecto, se le comunica que dicha información constituye información secreta en el ámbito de la inteligencia '
             'estratégica y operativa, exceptuada del derecho de acceso conforme al artículo 15 del TUO de la Ley N° 27806 y al '
             'Decreto Legislativo N° 1141, por lo que se deniega su solicitud.', 'Atentamente,'])
    R.sign('General PNP (r) Hugo Armando Valdivia Lazo', 'Director General de Inteligencia')


def n053():
    R = new('n053', 'missing', 'denied_exception', ['protection'], ('2021-01-01', '2022-12-31'),
            S('Hospital Nacional Docente Madre Niño San Bartolomé', 'HONADOMANI SB', 'other'),
            'CARTA N° 0044-2023-DG-HONADOMANI-SB', [], '2023-02-01',
            'carta denying access to victims\' clinical records (personal privacy, art. 17 numeral 5)')
    R.header(['HOSPITAL NACIONAL DOCENTE MADRE NIÑO SAN BARTOLOMÉ', 'Dirección General'], align='r')
    lema(R, 2023)
    R.p('Lima, 01 de febrero de 2023', align='r')
    R.p('CARTA N° 0044-2023-DG-HONADOMANI-SB', bold=True)
    to(R, ['Señora', 'Sofía Alejandra Márquez Lira', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud, mediante la cual requiere copia de las historias clínicas y de los informes '
             'psicológicos de las adolescentes víctimas de trata de personas atendidas en el hospital **en los años 2021 y 2022**.',
             'Al respecto, se comunica que la información solicitada contiene datos personales relativos a la salud de las pacientes, '
             'cuya publicidad constituye una invasión de la intimidad personal, por lo que se encuentra exceptuada del acceso conforme '
             'al numeral 5 del artículo 17 del TUO de la Ley N° 27806 y al artículo 25 de la Ley N° 26842, Ley General de Salud. '
             'En consecuencia, se deniega su pedido.', 'Atentamente,'])
    R.sign('Dr. Pedro Ignacio Salcedo Rengifo', 'Director General')


def n054():
    from openpyxl.styles import Font, Alignment
    R = new('n054', 'missing', 'no_reply', ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Villa María del Triunfo', 'MDVMT', 'district_municipality'), None, [], '2023-03-15',
            'spreadsheet (XLSX rendered to PDF): registry of transparency requests, the request shows "VENCIDO - NO ATENDIDO"; no figures',
            fmt='xlsx')
    ws = R.wb.active
    ws.title = 'SAIP 2023'
    xsetup(ws, landscape=True)
    ws['A1'] = 'MUNICIPALIDAD DISTRITAL DE VILLA MARÍA DEL TRIUNFO – REGISTRO DE SOLICITUDES DE ACCESO A LA INFORMACIÓN PÚBLICA'
    ws['A1'].font = Font(bold=True, size=11)
    ws['A2'] = 'Reporte generado el 15/03/2023 – Responsable de Acceso a la Información'
    head = ['Exp.', 'Ingreso', 'Solicitante', 'Información solicitada', 'Área', 'Vence', 'Estado']
    for j, h in enumerate(head):
        c = ws.cell(row=4, column=j + 1, value=h); c.font = Font(bold=True)
    rows = [['2023-0141', '06/02/2023', 'J. R. M.', 'Copia de licencia de funcionamiento de local comercial', 'SGLF', '20/02/2023', 'ATENDIDO'],
            ['2023-0152', '08/02/2023', 'Cynthia Paola Rojas Meza', 'Acciones de prevención de la trata de personas realizadas en 2022', 'GDS', '22/02/2023', 'VENCIDO - NO ATENDIDO'],
            ['2023-0158', '09/02/2023', 'A. L. Q.', 'Copia de resolución de sanción', 'GFC', '23/02/2023', 'ATENDIDO'],
            ['2023-0171', '13/02/2023', 'M. T. C.', 'Padrón de beneficiarios del Vaso de Leche', 'GDS', '27/02/2023', 'EN PLAZO AMPLIADO']]
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw):
            ws.cell(row=5 + i, column=j + 1, value=v)
    for col, w in zip('ABCDEFG', (10, 17, 24, 60, 7, 12, 24)):
        ws.column_dimensions[col].width = w


def n055():
    R = new('n055', 'missing', 'no_reply', ['governance', 'protection'], ('2021-01-01', '2022-12-31'),
            S('Gobierno Regional de Huancavelica', 'GRH', 'regional_government'), None, [], '2023-04-03',
            'printout of the document-management system: the file is "EN PROCESO - SIN DOCUMENTO DE RESPUESTA"; no figures',
            font='Courier New', size=9.5)
    R.p('SISTEMA DE GESTIÓN DOCUMENTAL – GOBIERNO REGIONAL DE HUANCAVELICA', bold=True, align='c')
    R.p('CONSULTA DE EXPEDIENTE                                   Fecha de consulta: 03/04/2023 09:41', after=8)
    kv(R, [('Expediente', ': 2023-004417'), ('Fecha de registro', ': 01/03/2023 11:22'),
           ('Remitente', ': GUTIÉRREZ QUISPE, ELVIS MARCO'),
           ('Asunto', ': SOLICITA INFORMACIÓN SOBRE PRESUPUESTO Y ATENCIÓN A VÍCTIMAS DE TRATA DE PERSONAS, AÑOS 2021 Y 2022'),
           ('Tipo', ': SOLICITUD DE ACCESO A LA INFORMACIÓN (TUO LEY 27806)'),
           ('Estado', ': EN PROCESO – SIN DOCUMENTO DE RESPUESTA')], tab=4.0, w2=12.0, size=9)
    R.p('MOVIMIENTOS', bold=True, before=6)
    R.table([['Fecha', 'Origen', 'Destino', 'Acción']],
            [['01/03/2023', 'MESA DE PARTES', 'SECRETARÍA GENERAL', 'DERIVADO'],
             ['02/03/2023', 'SECRETARÍA GENERAL', 'GERENCIA REG. DE DESARROLLO SOCIAL', 'DERIVADO'],
             ['06/03/2023', 'GERENCIA REG. DE DESARROLLO SOCIAL', 'SUBGERENCIA DE DESARROLLO SOCIAL', 'PARA ATENCIÓN'],
             ['—', '—', '—', 'PLAZO VENCIDO 15/03/2023']], ruled='hlines', widths=(2.6, 4.6, 5.6, 3.6), size=8.5, head_shade=None)


def n056():
    R = new('n056', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Chorrillos', 'MDCH', 'district_municipality'),
            'INFORME N° 088-2022-SGFC-GSC/MDCH', ['Memorando N° 214-2022-GM/MDCH'], '2022-06-14',
            'informe with memo head on noise-control operations: operativos, denuncias vecinales, capacitaciones, PIM and devengado')
    memo_head(R, 'INFORME N° 088-2022-SGFC-GSC/MDCH',
              [('A', ': Abog. Renato Iván Flores Tincopa – Gerente Municipal'),
               ('DE', ': Lic. Milagros Judith Peña Ruiz – Subgerente de Fiscalización y Control'),
               ('ASUNTO', ': Resultados del plan de control de ruidos molestos, enero-mayo 2022'),
               ('REF.', ': Memorando N° 214-2022-GM/MDCH'),
               ('FECHA', ': Chorrillos, 14 de junio de 2022')],
              ['MUNICIPALIDAD DISTRITAL DE CHORRILLOS', 'Gerencia de Seguridad Ciudadana'], year=2022)
    body(R, ['Me dirijo a usted en atención al memorando de la referencia, para informar los resultados del Plan Distrital de Control '
             'de Ruidos Molestos en el periodo enero-mayo 2022:'])
    ctab(R, [['Zona', 'Operativos', 'Denuncias vecinales', 'Locales sancionados']],
         [('Malecón y Playa Agua Dulce', [14, 37, 6]), ('Av. Defensores del Morro', [9, 22, 4]), ('Urb. La Encantada', [5, 11, 1]),
          ('Villa Marina', [7, 19, 3])], ['operativo', 'denuncia', 'local'], year=2022, widths=(6.0, 2.6, 3.2, 3.2), head_shade='E7E6E6')
    body(R, ['Asimismo, se realizaron %s capacitaciones a conductores de discotecas y restaurantes sobre límites máximos permisibles de '
             'ruido, y se atendió a %s víctimas de contaminación sonora que presentaron certificados médicos.'
             % (Cn(6, 'capacitación', y=2022), Cn(12, 'víctima', y=2022)),
             'La actividad cuenta con un PIM de %s, con un devengado al 31 de mayo de %s (%s).'
             % (Mf(64000, 'us', pre='S/ ', y=2022, r='a'), Mf(23150.75, 'us', pre='S/ ', y=2022, r='e'), Pf(36.2, y=2022)),
             'Es todo cuanto informo.'])
    R.sign('Lic. Milagros Judith Peña Ruiz', 'Subgerente de Fiscalización y Control', before=16)


def n057():
    R = new('n057', 'missing', 'off_topic', [], None,
            S('Policía Nacional del Perú - División de Prevención e Investigación de Accidentes de Tránsito', 'DIVPIAT PNP', 'police'),
            'INFORME N° 046-2022-DIRTTSV PNP/DIVPIAT', [], '2022-07-08',
            'police informe on road accidents: victims, complaints and control operations by month, ruled table with total row')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN DE TRÁNSITO, TRANSPORTE Y SEGURIDAD VIAL',
              'DIVISIÓN DE PREVENCIÓN E INVESTIGACIÓN DE ACCIDENTES DE TRÁNSITO'], align='c', size=8)
    lema(R, 2022)
    R.p('INFORME N° 046-2022-DIRTTSV PNP/DIVPIAT', bold=True, align='c')
    kv(R, [('ASUNTO', ': Estadística de accidentes de tránsito y operativos de control, I semestre 2022'),
           ('FECHA', ': Lima, 08 de julio de 2022')])
    body(R, ['Se informa la estadística de accidentes de tránsito registrados y de los operativos de control de alcoholemia y velocidad '
             'ejecutados en Lima Metropolitana en el primer semestre de 2022:'])
    ctab(R, [['Mes', 'Accidentes', 'Víctimas fallecidas', 'Víctimas heridas', 'Operativos']],
         [('Enero', [412, 9, 233, 41]), ('Febrero', [389, 11, 214, 38]), ('Marzo', [436, 7, 251, 45]), ('Abril', [401, 12, 228, 52]),
          ('Mayo', [455, 10, 262, 47]), ('Junio', [428, 8, 240, 50])], ['accidente', 'víctima', 'víctima', 'operativo'], year=2022,
         widths=(3.0, 2.6, 3.0, 3.0, 2.6), head_shade='D9D9D9', total='Total')
    body(R, ['Se formularon %s denuncias por conducción en estado de ebriedad y se capacitó a %s choferes de transporte público en '
             'seguridad vial.' % (Cn(1287, 'denuncia', y=2022), Cn(960, 'chofer', y=2022))])
    R.sign('Comandante PNP Raúl Teodoro Saavedra Paz', 'Jefe de la DIVPIAT PNP', before=14)


def n058():
    R = new('n058', 'missing', 'off_topic', [], None,
            S('Organismo de Evaluación y Fiscalización Ambiental', 'OEFA', 'other'),
            'OFICIO N° 00128-2022-OEFA/OPP', [], '2022-08-19',
            'oficio on environmental supervision: supervisiones, denuncias ambientales, capacitaciones; ruled SIAF-style table with "(en soles)" caption')
    letter(R, ['ORGANISMO DE EVALUACIÓN Y FISCALIZACIÓN AMBIENTAL – OEFA', 'Oficina de Planeamiento y Presupuesto'], 2022,
           'Jesús María, 19 de agosto de 2022', 'OFICIO N° 00128-2022-OEFA/OPP', ['Señor', 'Ernesto David Loayza Pinto', 'Presente.-'],
           [('Asunto', ': Ejecución de actividades de fiscalización ambiental al primer semestre 2022')])
    body(R, ['Me dirijo a usted en atención a su solicitud, referida a las actividades de fiscalización ambiental del OEFA. En el '
             'primer semestre de 2022 se ejecutaron %s supervisiones a unidades fiscalizables, se atendieron %s denuncias ambientales '
             'presentadas por la ciudadanía y se realizaron %s capacitaciones a gobiernos locales en materia de residuos sólidos.'
             % (Cn(1184, 'supervisión', y=2022), Cn(736, 'denuncia', y=2022), Cn(48, 'capacitación', y=2022)),
             'La ejecución presupuestal de las actividades es la siguiente:'])
    rows = []
    tot = [0, 0, 0]
    for lab, a, b, c in [('Supervisión ambiental', 18250000, 9120400.55, 8874215.10), ('Atención de denuncias ambientales', 3100000, 1402388, 1390112.40),
                         ('Capacitación y asistencia técnica', 1450000, 512840.20, 498760)]:
        rows.append([lab, Mf(a, 'plain', y=2022, r='a', u='caption'), Mf(b, 'plain', y=2022, r='c', u='caption'), Mf(c, 'plain', y=2022, r='e', u='caption')])
        tot = [tot[0] + a, tot[1] + b, tot[2] + c]
    rows.append(['Total', Mf(tot[0], 'plain', y=2022, r='a', u='caption'), Mf(round(tot[1], 2), 'plain', y=2022, r='c', u='caption'),
                 Mf(round(tot[2], 2), 'plain', y=2022, r='e', u='caption')])
    R.table([['Actividad', 'PIM', 'Certif.', 'Deveng.']], rows, widths=(6.6, 3.2, 3.2, 3.2), bold_rows=(3,),
            caption='Ejecución al 30.06.2022 (en soles)', head_shade='DEEAF6')
    R.p('Atentamente,')
    R.sign('Econ. Cecilia Inés Vargas Barreto', 'Jefa de la Oficina de Planeamiento y Presupuesto')


def n059():
    R = new('n059', 'missing', 'off_topic', [], None,
            S('Instituto Nacional de Defensa Civil', 'INDECI', 'other'),
            'OFICIO N° 00347-2021-INDECI/5.0', [], '2021-09-23',
            'oficio on frost and cold-wave emergency: victims (damnificados), trainings, PIM and devengado in prose and bullets')
    letter(R, ['INSTITUTO NACIONAL DE DEFENSA CIVIL', 'Dirección de Respuesta'], 2021, 'Lima, 23 de setiembre de 2021',
           'OFICIO N° 00347-2021-INDECI/5.0', ['Señor', 'Gerardo Félix Quispe Llanos', 'Presente.-'],
           [('Asunto', ': Información sobre el Plan Multisectorial ante Heladas y Friaje 2021')])
    body(R, ['Me dirijo a usted con relación a su solicitud de información sobre la atención a la población afectada por heladas y '
             'friaje. Al 20 de setiembre de 2021 se reporta lo siguiente:'])
    R.bullets(['%s víctimas damnificadas y %s personas afectadas en Puno, Cusco, Huancavelica y Pasco;'
               % (Cn(3418, 'víctima', y=2021), Cn(52706, 'persona', y=2021)),
               'entrega de %s kits de abrigo y %s módulos de vivienda térmica;' % (Cn(18400, 'kit', y=2021), Cn(620, 'módulo', y=2021)),
               '%s capacitaciones a brigadistas comunitarios en primera respuesta;' % Cn(95, 'capacitación', y=2021),
               'PIM de la actividad: %s; devengado a la fecha: %s, equivalente al %s.'
               % (Mf(7.4, 'us', 1, pre='S/ ', suf=' millones', scale=1e6, y=2021, r='a'), Mf(5.92, 'us', 2, pre='S/ ', suf=' millones', scale=1e6, y=2021, r='e'),
                  Pf(80.0, y=2021))])
    R.p('Atentamente,')
    R.sign('Ing. Walter Hugo Rivas Lazarte', 'Director de Respuesta')


def n060():
    R = new('n060', 'missing', 'off_topic', [], None,
            S('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR', 'other'),
            'OFICIO N° D000211-2022-MIDAGRI-SERFOR-DGGSPFFS', ['Informe Técnico N° D000067-2022-MIDAGRI-SERFOR-DGGSPFFS-DCGPFFS'],
            '2022-11-04',
            'oficio on illegal logging control: operativos, denuncias penales, capacitaciones; table with horizontal rules, PIM and devengado')
    letter(R, ['SERVICIO NACIONAL FORESTAL Y DE FAUNA SILVESTRE – SERFOR',
               'Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre'], 2022,
           'Magdalena del Mar, 04 de noviembre de 2022', 'OFICIO N° D000211-2022-MIDAGRI-SERFOR-DGGSPFFS',
           ['Señora', 'Elena Victoria Paucar Gómez', 'Presente.-'],
           [('Asunto', ': Acciones de control contra la tala ilegal, enero-setiembre 2022'),
            ('Referencia', ': Informe Técnico N° D000067-2022-MIDAGRI-SERFOR-DGGSPFFS-DCGPFFS')])
    body(R, ['Tengo el agrado de dirigirme a usted para remitirle la información solicitada sobre las acciones de control forestal '
             'realizadas por el SERFOR y las Administraciones Técnicas Forestales y de Fauna Silvestre:'])
    ctab(R, [['Ámbito', 'Operativos de control', 'Denuncias penales', 'Personas capacitadas']],
         [('ATFFS Selva Central', [34, 12, 210]), ('ATFFS Sierra Central', [21, 6, 145]), ('ATFFS Puno', [15, 4, 98]),
          ('ATFFS Cusco', [18, 7, 120])], ['operativo', 'denuncia', 'persona'], year=2022, ruled='hlines', widths=(5.4, 3.2, 3.0, 3.2),
         head_shade=None, total='Total')
    body(R, ['Las víctimas de los hechos son, principalmente, comunidades nativas titulares de los bosques afectados. Para estas acciones '
             'se cuenta con un PIM de %s, del cual se ha devengado %s al 30 de setiembre.'
             % (Mf(2845600, 'eu', pre='S/ ', y=2022, r='a'), Mf(1976420.35, 'eu', pre='S/ ', y=2022, r='e')),
             'Atentamente,'])
    R.sign('Ing. Patricia Elena Villacorta Urquizo', 'Directora General')
