"""blind-v15 letters r046-r060 (missing). Written from scratch for this set; every person, number, figure and event is
invented; institution names are real."""
from lib import M, C, P, plain, para_border
from common import *


def r046():
    R = new('r046', 'missing', 'not_competent', ['governance'], ('2020-01-01', '2020-12-31'),
            S('Jurado Nacional de Elecciones', 'JNE', 'autonomous'),
            'OFICIO N° 000412-2021-SG/JNE', ['Solicitud N° 0001877-2021'], '2021-03-05',
            'oficio; the electoral body has no functions on trafficking and is not a member of the multisectoral commission; no '
            'referral; no figures',
            notes='Not competent, no referral: not_competent.')
    top(R, ['JURADO NACIONAL DE ELECCIONES', 'Secretaría General'], 2021, 'Lima, 05 de marzo de 2021', 'OFICIO N° 000412-2021-SG/JNE')
    to(R, ['Señora', 'LORENA BEATRIZ SALCEDO MURILLO', 'Presente.-'])
    asunto(R, [('Asunto:', 'Atención a la Solicitud N° 0001877-2021')])
    body(R, ['Tengo el agrado de dirigirme a usted en relación con su solicitud de información sobre la participación del Jurado '
             'Nacional de Elecciones en la Comisión Multisectorial contra la Trata de Personas y sobre las acciones que habría '
             'ejecutado en el marco del plan nacional en el año 2020.',
             'Al respecto, se le comunica que el Jurado Nacional de Elecciones, conforme a su Ley Orgánica, tiene funciones de '
             'fiscalización de los procesos electorales, administración de justicia en materia electoral y educación electoral, y '
             'no integra la referida comisión ni tiene a su cargo acciones del plan nacional contra la trata de personas; por lo '
             'tanto, no posee la información solicitada.',
             'Atentamente,'])
    R.sign('ABOG. JULIO CÉSAR PINEDO ARANDA', 'Secretario General', 'Jurado Nacional de Elecciones', before=22)
    R.save()


def r047():
    R = new('r047', 'missing', 'acknowledgment', ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Ica', 'GORE Ica', 'regional_government'),
            'CONSTANCIA DE RECEPCIÓN N° 0412-2020-GORE-ICA/SG-TD', ['Registro N° 2020-004512'], '2020-01-22',
            'a receipt form in a ruled table (registry number, date and hour, office to which the request was passed, term of '
            'attention in working days); no figures',
            notes='Acknowledgment of receipt only. The term ("10 días hábiles") is a duration, not a figure.')
    R.header(['GOBIERNO REGIONAL DE ICA', 'Secretaría General - Trámite Documentario'])
    lema(R, 2020)
    R.p('CONSTANCIA DE RECEPCIÓN N° 0412-2020-GORE-ICA/SG-TD', bold=True, align='c', size=12, after=4)
    R.p('SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA', bold=True, align='c', after=8)
    rows = [['N° de registro', 'Registro N° 2020-004512'], ['Fecha y hora de recepción', '22/01/2020 - 11:47 a.m.'],
            ['Solicitante', 'Martín Eduardo Hernández Tasayco'],
            ['Información solicitada', 'Campañas de prevención de la trata de personas realizadas por el Gobierno Regional en el año 2019'],
            ['Forma de entrega', 'Correo electrónico'], ['Derivado a', 'Gerencia Regional de Desarrollo Social'],
            ['Plazo de atención', '10 días hábiles (TUO de la Ley N° 27806, art. 11)'], ['Estado', 'RECIBIDO - EN TRÁMITE']]
    R.table([['Campo', 'Detalle']], rows, widths=(5.0, 11.0), head_shade='D9D9D9')
    body(R, ['La presente constancia acredita la recepción de su solicitud. La respuesta le será remitida dentro del plazo de ley '
             'a la dirección electrónica consignada.'])
    R.p('', before=18)
    R.p('_' * 30, align='c', after=0)
    R.p('Trámite Documentario', align='c', bold=True, after=0)
    R.p('Gobierno Regional de Ica', align='c', after=0, size=9)
    R.save()


def r048():
    R = new('r048', 'missing', 'acknowledgment', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Educación Superior Universitaria', 'SUNEDU', 'other'),
            'CARTA N° 0088-2022-SUNEDU-03-04', ['Solicitud N° 2022-0001512'], '2022-02-25',
            'carta extending the term of reply (the information is being gathered); a new date is given; no substantive information, no figures',
            notes='An extension notice: no information yet, the request is in process; labelled acknowledgment. The extension '
                  '("cinco (05) días hábiles") is a duration, not a figure.')
    top(R, ['SUPERINTENDENCIA NACIONAL DE EDUCACIÓN SUPERIOR UNIVERSITARIA', 'Unidad de Atención al Ciudadano y Trámite Documentario'],
        2022, 'Lima, 25 de febrero de 2022', 'CARTA N° 0088-2022-SUNEDU-03-04')
    to(R, ['Señor', 'BRUNO ALESSANDRO VIDAL OCAMPO', 'Presente.-'])
    asunto(R, [('Asunto:', 'Prórroga del plazo de atención de la Solicitud N° 2022-0001512')])
    body(R, ['Me dirijo a usted en relación con su solicitud de información sobre los cursos o programas en materia de trata de '
             'personas ofrecidos por las universidades licenciadas durante el año 2021.',
             'Al respecto, la información requerida debe ser recopilada y sistematizada a partir de los reportes de diversas '
             'universidades, lo que no es posible dentro del plazo ordinario. En tal sentido, conforme al literal g) del artículo '
             '11 del TUO de la Ley N° 27806, se le comunica que el plazo de atención se prorroga por cinco (05) días hábiles, '
             'hasta el 4 de marzo de 2022.',
             'Atentamente,'])
    R.sign('LIC. DIANA CAROLINA ROMÁN FLORES', 'Jefa de la Unidad de Atención al Ciudadano y Trámite Documentario', 'SUNEDU', before=22)
    R.save()


def r049():
    R = new('r049', 'missing', 'clarification', [], None,
            S('Municipalidad Provincial de Piura', 'MPP', 'provincial_municipality'),
            'CARTA N° 0154-2021-OTAIP/MPP', ['Expediente N° 0007745'], '2021-05-06',
            'carta asking the requester to state the period and the kind of information within two working days (subsanar); '
            'no period anywhere, no axis; no figures',
            notes='A request to clarify: clarification. No period and no axis can be read from the document.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE PIURA', 'Oficina de Transparencia y Acceso a la Información Pública'])
    lema(R, 2021)
    R.p('Piura, 06 de mayo de 2021', align='r', after=6)
    R.p('CARTA N° 0154-2021-OTAIP/MPP', bold=True, after=8)
    to(R, ['Señora', 'ÁNGELA MARÍA CHUNGA ZAPATA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Solicitud de subsanación'), ('Referencia:', 'Expediente N° 0007745')])
    body(R, ['Me dirijo a usted en relación con su solicitud de acceso a la información pública, en la que requiere "toda la '
             'información sobre trata de personas" de esta Municipalidad.',
             'Al respecto, a fin de atender su pedido, se le solicita precisar: (i) el periodo al que se refiere la información; '
             '(ii) el tipo de información o documentos que requiere (actas, informes, presupuesto u otros); y (iii) la unidad '
             'orgánica, de ser el caso.',
             'Para ello cuenta con un plazo de dos (02) días hábiles contados desde el día siguiente de recibida la presente; de '
             'no subsanarse la omisión, la solicitud se tendrá por no presentada y se procederá a su archivo.',
             'Atentamente,'])
    R.sign('ABOG. LUIS ALBERTO SEMINARIO CASTRO', 'Responsable de Acceso a la Información Pública', 'Municipalidad Provincial de Piura', before=22)
    R.save()


def r050():
    R = new('r050', 'missing', 'clarification', ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Poder Judicial', 'PJ', 'autonomous'),
            'OFICIO N° 000287-2021-GG-PJ', ['Solicitud N° 0022451-2021'], '2021-04-14',
            'oficio asking to state which superior courts and which data of the judgments are requested; the period (2020) is '
            'restated; no figures',
            notes='A request to clarify (which courts, which data): clarification.')
    top(R, ['PODER JUDICIAL DEL PERÚ', 'Gerencia General'], 2021, 'Lima, 14 de abril de 2021', 'OFICIO N° 000287-2021-GG-PJ',
        logo=(logo_png('pj', 'PJ', 'circle', (120, 20, 20)), 1.3))
    to(R, ['Señor', 'ARTURO GABRIEL LEÓN PACHAS', 'Presente.-'])
    asunto(R, [('Asunto:', 'Precisión de solicitud de acceso a la información'), ('Referencia:', 'Solicitud N° 0022451-2021')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación a su solicitud de las sentencias emitidas por el delito de trata de '
             'personas entre el 1 de enero y el 31 de diciembre de 2020.',
             'Al respecto, la Gerencia General no administra los expedientes judiciales, que se encuentran a cargo de cada una de '
             'las Cortes Superiores de Justicia. A fin de canalizar su pedido, se le solicita precisar las Cortes Superiores de su '
             'interés y si requiere copia de las resoluciones o únicamente datos estadísticos.',
             'Su solicitud quedará en suspenso hasta que se reciba la precisión requerida.',
             'Atentamente,'])
    dsig(R, 'CPC. ELIANA MARISOL FERNÁNDEZ OTERO', 'Gerente General (e)', 'Poder Judicial', when='14.04.2021 17:05:28 -05:00', fau='20159981216')
    R.save()


def r051():
    R = new('r051', 'missing', 'denied_exception', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Dirección Nacional de Inteligencia', 'DINI', 'other'),
            'OFICIO N° 000034-2023-DINI/SG', ['Solicitud N° 0004-2023-DINI'], '2023-02-03',
            'oficio denying access: intelligence products on trafficking networks are classified secret (art. 15); no figures',
            notes='Access denied under an exception of the transparency law: denied_exception.')
    top(R, ['DIRECCIÓN NACIONAL DE INTELIGENCIA', 'Secretaría General'], 2023, 'Lima, 03 de febrero de 2023', 'OFICIO N° 000034-2023-DINI/SG')
    to(R, ['Señor', 'PEDRO PABLO ARÉVALO MENDOZA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Respuesta a la Solicitud N° 0004-2023-DINI')])
    body(R, ['Me dirijo a usted con relación a su solicitud, mediante la cual requiere los informes de inteligencia elaborados en '
             'el año 2022 sobre organizaciones criminales dedicadas a la trata de personas y el número de alertas remitidas a la '
             'Policía Nacional del Perú.',
             'Sobre el particular, la información requerida constituye información clasificada en el ámbito de la inteligencia '
             'estratégica, cuyo acceso se encuentra exceptuado conforme al artículo 15 del TUO de la Ley N° 27806 y a la normativa '
             'del Sistema de Inteligencia Nacional, por lo que no es posible atender su pedido.',
             'Contra la presente decisión puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la '
             'Información Pública.',
             'Atentamente,'])
    R.sign('SECRETARIO GENERAL', 'Dirección Nacional de Inteligencia', before=22)
    R.save()


def r052():
    R = new('r052', 'missing', 'denied_exception', ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Policía Nacional del Perú - Dirección Nacional de Investigación Criminal', 'DIRNIC PNP', 'police'),
            'OFICIO N° 118-2023-COMGEN PNP/DIRNIC-SEC-UNITRANS', ['Solicitud N° 0341-2023', 'Hoja de Estudio y Opinión N° 022-2023-DIRNIC PNP/ASJUR'],
            '2023-03-17',
            'police oficio denying the planned operations and the places of recruitment under investigation (art. 16, reserved '
            'information), after a legal opinion; no figures',
            notes='Access denied (reserved information on police operations): denied_exception.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL', 'Secretaría - Unidad de Transparencia'],
             logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.3))
    lema(R, 2023)
    R.p('Lima, 17 de marzo de 2023', align='r', after=6)
    R.p('OFICIO N° 118-2023-COMGEN PNP/DIRNIC-SEC-UNITRANS', bold=True, after=8)
    to(R, ['Señora', 'CLAUDIA ESTEFANÍA MOLINA RÍOS', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Deniega solicitud de acceso a la información'),
               ('REF.', ': a) Solicitud N° 0341-2023\n  b) Hoja de Estudio y Opinión N° 022-2023-DIRNIC PNP/ASJUR')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento a) de la referencia, por el cual solicita la relación '
             'de operativos contra la trata de personas programados para el año 2023 y la ubicación de los lugares de captación '
             'que vienen siendo investigados.',
             'Al respecto, conforme a la opinión legal contenida en el documento b), dicha información se encuentra comprendida en '
             'el artículo 16 del TUO de la Ley N° 27806, por tratarse de información reservada cuya revelación pondría en riesgo '
             'los planes de operaciones policiales y las investigaciones en curso; en consecuencia, se deniega su pedido.',
             'Atentamente,'])
    R.sign('CORONEL PNP FERNANDO JAVIER LUNA ESCOBAR', 'Jefe de la Secretaría de la DIRNIC PNP', 'OA - 322189', before=22)
    R.save()


def r053():
    R = new('r053', 'missing', 'no_reply', ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0219-2022-DP/OD-AYAC', ['Oficio N° 0188-2022-DP/OD-AYAC', 'Expediente N° 2022-0009912'], '2022-04-08',
            'letter of the Ombudsman\'s regional office telling the requester that the provincial municipality has not replied to '
            'the request despite a reminder, and pointing to the appeal; no figures',
            notes='The document records that the request got no reply from the municipality: no_reply (sender: the Ombudsman\'s office).')
    R.header(['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Ayacucho'])
    lema(R, 2022)
    R.p('Ayacucho, 08 de abril de 2022', align='r', after=6)
    R.p('OFICIO N° 0219-2022-DP/OD-AYAC', bold=True, after=8)
    to(R, ['Señora', 'GLADYS YOLANDA PALOMINO ÑAHUI', 'Presente.-'])
    asunto(R, [('Asunto:', 'Resultado de nuestra intervención - solicitud de acceso a la información no atendida')])
    body(R, ['Me dirijo a usted en relación con su queja por la falta de respuesta de la Municipalidad Provincial de Huamanga a su '
             'solicitud de acceso a la información pública registrada con Expediente N° 2022-0009912, sobre las acciones de '
             'prevención de la trata de personas y de atención a víctimas realizadas en el año 2021.',
             'Al respecto, mediante Oficio N° 0188-2022-DP/OD-AYAC recordamos a dicha entidad su obligación de atender el pedido. '
             'Sin embargo, a la fecha la Municipalidad no ha emitido respuesta ni ha comunicado prórroga alguna, habiendo vencido '
             'el plazo legal.',
             'En tal situación, usted puede considerar denegado su pedido e interponer recurso de apelación ante el Tribunal de '
             'Transparencia y Acceso a la Información Pública. Esta Oficina continuará el seguimiento del caso.',
             'Atentamente,'])
    R.sign('ABOG. RUTH ELIZABETH CUBA QUISPE', 'Jefa de la Oficina Defensorial de Ayacucho', 'Defensoría del Pueblo', before=22)
    R.save()


def r054():
    R = new('r054', 'missing', 'no_reply', [], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional Pasco', 'GOREPA', 'regional_government'),
            None, ['Expediente N° 2022-00731'], '2022-05-20',
            'printout of the online case-tracking page of the regional government (monospaced): the request shows "PENDIENTE - '
            'SIN RESPUESTA" after 37 days; no own number; no figures',
            notes='No reply on file; the days elapsed are a duration, not a figure. No axis can be read ("acciones contra la trata").',
            font='Courier New', size=9.5)
    R.p('https://tramite.regionpasco.gob.pe/consulta/expediente', size=7.5, after=0)
    R.p('Fecha de consulta: 20/05/2022 09:14:33', size=7.5, after=8)
    R.p('GOBIERNO REGIONAL PASCO', bold=True, align='c', after=0)
    R.p('SISTEMA DE TRÁMITE DOCUMENTARIO - CONSULTA DE EXPEDIENTES', align='c', after=8)
    rows = [['Expediente', 'Expediente N° 2022-00731'], ['Fecha de registro', '13/04/2022 10:02'],
            ['Tipo de documento', 'Solicitud de acceso a la información pública'],
            ['Asunto', 'Información sobre acciones contra la trata de personas - año 2021'],
            ['Remitente', 'Ruth Valentina Espinoza Galarza'], ['Ubicación actual', 'Gerencia Regional de Desarrollo Social'],
            ['Estado', 'PENDIENTE - SIN RESPUESTA'], ['Días transcurridos', '37 días calendario']]
    R.table([['Campo', 'Valor']], rows, widths=(5.0, 11.0), size=9, font='Courier New')
    R.p('Movimientos del expediente', bold=True, after=2, before=4)
    mv = [['13/04/2022', 'Mesa de Partes', 'Registro del expediente'],
          ['18/04/2022', 'Secretaría General', 'Derivado a Gerencia Regional de Desarrollo Social'],
          ['--', '--', 'Sin movimientos posteriores']]
    R.table([['Fecha', 'Oficina', 'Acción']], mv, widths=(3.0, 5.0, 8.0), size=9, font='Courier New')
    R.p('Página 1 de 1', align='r', size=7.5, before=8)
    R.save()


def r055():
    R = new('r055', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Municipalidad de Santiago de Surco', 'MSS', 'district_municipality'),
            'OFICIO N° 0317-2023-SGFA-GDU-MSS', ['Expediente N° 1187342023'], '2023-02-14',
            'off-topic oficio on street-vending and licence control: operativos, decomisos, complaints of neighbours, trainings '
            'of vendors, and a PIM / devengado table of the inspection office',
            notes='Not about trafficking in persons (street vending control): off_topic. Its figures are recorded all the same.')
    top(R, ['MUNICIPALIDAD DE SANTIAGO DE SURCO', 'Gerencia de Desarrollo Urbano', 'Subgerencia de Fiscalización Administrativa'],
        2023, 'Santiago de Surco, 14 de febrero de 2023', 'OFICIO N° 0317-2023-SGFA-GDU-MSS')
    to(R, ['Señor', 'ENRIQUE MANUEL BARRIGA SOTO', 'Presente.-'])
    asunto(R, [('Asunto:', 'Operativos de control del comercio ambulatorio - año 2022'), ('Referencia:', 'Expediente N° 1187342023')])
    body(R, ['Me dirijo a usted en atención a su solicitud de información sobre los operativos de control del comercio ambulatorio '
             'realizados en el año 2022. Al respecto, se informa que la Subgerencia de Fiscalización Administrativa ejecutó %s '
             'operativos en los alrededores de mercados y paraderos, en los que se decomisó mercadería en %s intervenciones y se '
             'impuso %s papeletas de infracción.' % (C('412', 412, 'operativo', y=2022), C('286', 286, 'intervención', y=2022), C('1 035', 1035, 'papeleta', y=2022)),
             'Asimismo, se atendieron %s denuncias vecinales por comercio no autorizado y se brindaron %s capacitaciones a '
             'comerciantes para su formalización, con %s asistentes.' % (C('758', 758, 'denuncia', y=2022), C('14', 14, 'capacitación', y=2022), C('392', 392, 'asistente', y=2022)),
             'El presupuesto de la actividad de fiscalización en el año 2022 fue el siguiente:'])
    rows = [['Fiscalización y control del comercio', Mf(1845200.00, y=2022, r='a'), Mf(1762318.40, y=2022, r='e'),
             Pf(round(1762318.40 / 1845200 * 100, 1), y=2022, u='column')],
            ['Depósito municipal de bienes decomisados', Mf(312500.00, y=2022, r='a'), Mf(298114.75, y=2022, r='e'),
             Pf(round(298114.75 / 312500 * 100, 1), y=2022, u='column')]]
    R.table([['Actividad', 'PIM (S/)', 'Devengado (S/)', 'Avance %']], rows, widths=(7.0, 3.0, 3.2, 2.2))
    body(R, ['Atentamente,'])
    R.sign('ARQ. JAVIER ALONSO PINTO LEÓN', 'Subgerente de Fiscalización Administrativa', 'Municipalidad de Santiago de Surco', before=20)
    R.save()


def r056():
    R = new('r056', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Servicio Nacional de Sanidad Agraria', 'SENASA', 'other'),
            'OFICIO N° 0452-2022-MIDAGRI-SENASA-DSIA', ['Solicitud N° 2022-0000871'], '2022-03-11',
            'off-topic oficio of the agrarian health service: operations against clandestine slaughter, complaints to the '
            'prosecutor for crimes against public health, trainings of producers, budget table by "Genérica de gasto" with the '
            'unit only in the note under it',
            notes='Not about trafficking in persons (clandestine slaughter): off_topic. Unit of the table only in the note: caption.')
    top(R, ['SERVICIO NACIONAL DE SANIDAD AGRARIA', 'Dirección de Sanidad e Inocuidad Agroalimentaria'], 2022,
        'La Molina, 11 de marzo de 2022', 'OFICIO N° 0452-2022-MIDAGRI-SENASA-DSIA')
    to(R, ['Señora', 'ESTHER LUZMILA PAREDES OLIVA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Información sobre operativos contra el beneficio clandestino - 2021'), ('Referencia:', 'Solicitud N° 2022-0000871')])
    body(R, ['Me dirijo a usted en atención a su solicitud, para informarle que en el año 2021 el SENASA participó en %s operativos '
             'contra el beneficio clandestino de animales en Lima y Callao, con el decomiso de %s kilogramos de carne no apta para '
             'el consumo humano.' % (C('57', 57, 'operativo', y=2021), C('18 430', 18430, 'kilogramo', y=2021)),
             'Como resultado, se formularon %s denuncias ante el Ministerio Público por delitos contra la salud pública y se '
             'brindaron %s capacitaciones a productores y transportistas de ganado.' % (C('23', 23, 'denuncia', y=2021), C('41', 41, 'capacitación', y=2021)),
             'La ejecución presupuestal de la actividad de vigilancia de la inocuidad fue la siguiente:'])
    data = [('2.1 Personal y obligaciones sociales', 1240000.00, 1236512.80), ('2.3 Bienes y servicios', 2184500.00, 2051977.15),
            ('2.6 Adquisición de activos no financieros', 350000.00, 322410.00)]
    rows = [[lab, Mf(a, y=2021, r='a'), Mf(e, y=2021, r='e')] for lab, a, e in data]
    rows.append(['Total', Mf(sum(d[1] for d in data), y=2021, r='a'), Mf(sum(d[2] for d in data), y=2021, r='e')])
    R.table([['Genérica de gasto', 'PIM', 'Devengado']], rows, widths=(7.4, 3.6, 3.6), unit='caption', bold_rows=(3,),
            note='Montos en soles.')
    body(R, ['Atentamente,'])
    R.sign('ING. ROBERTO CARLOS QUISPE LLANOS', 'Director de Sanidad e Inocuidad Agroalimentaria', 'SENASA', before=20)
    R.save()


def r057():
    R = new('r057', 'missing', 'off_topic', [], ('2019-01-01', '2019-12-31'),
            S('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR', 'other'),
            'OFICIO N° 0188-2020-MINAGRI-SERFOR-DGGSPFFS', ['Solicitud N° 0000341-2020'], '2020-02-21',
            'off-topic oficio on wildlife trafficking ("tráfico ilegal de fauna silvestre"): operations, rescued animals as '
            '"víctimas del tráfico", complaints, trainings of police and customs officers; one column per department',
            notes='About wildlife trafficking, not trafficking in persons: off_topic.')
    top(R, ['SERVICIO NACIONAL FORESTAL Y DE FAUNA SILVESTRE', 'Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre'],
        2020, 'Lima, 21 de febrero de 2020', 'OFICIO N° 0188-2020-MINAGRI-SERFOR-DGGSPFFS')
    to(R, ['Señor', 'IVÁN ALBERTO RUIZ PEZO', 'Presente.-'])
    asunto(R, [('Asunto:', 'Acciones contra el tráfico ilegal de fauna silvestre - año 2019'), ('Referencia:', 'Solicitud N° 0000341-2020')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las acciones contra el tráfico ilegal de fauna silvestre en el año '
             '2019, para remitirle la información de las Administraciones Técnicas Forestales y de Fauna Silvestre:'])
    dep = ['Lima', 'Loreto', 'Ucayali', 'Madre de Dios']
    acts = [('Operativos de control', 'operativo', [46, 38, 21, 17]), ('Especímenes rescatados', 'espécimen', [1824, 966, 402, 311]),
            ('Denuncias ante la Fiscalía', 'denuncia', [19, 27, 11, 8]), ('Personal capacitado (PNP, aduanas)', 'persona', [240, 115, 86, 64])]
    rows = [[lab] + [Cn(v, w, y=2019) for v in vals] + [Cn(sum(vals), w, y=2019)] for lab, w, vals in acts]
    R.table([['Acción'] + dep + ['Total']], rows, widths=(5.0, 2.0, 2.0, 2.0, 2.6, 2.2))
    body(R, ['Las especies más afectadas, verdaderas víctimas del tráfico, fueron loros, monos y tortugas motelo; el %s de los '
             'especímenes rescatados fue liberado en su hábitat.' % P('41.3%', 41.3, y=2019),
             'Atentamente,'])
    R.sign('ING. MARCO ANTONIO VALDEZ RÍOS', 'Director General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre', before=20)
    R.save()


def r058():
    R = new('r058', 'missing', 'off_topic', [], ('2020-01-01', '2020-12-31'),
            S('Organismo Supervisor de la Inversión en Energía y Minería', 'OSINERGMIN', 'other'),
            'OFICIO N° 0734-2021-OS-GSE', ['Expediente N° 202100014472'], '2021-03-18',
            'off-topic oficio on informal LPG sales: operations, complaints, people harmed by gas explosions ("víctimas"), fines '
            'with "S/" and space thousands',
            notes='Not about trafficking in persons (fuel supervision): off_topic.')
    top(R, ['ORGANISMO SUPERVISOR DE LA INVERSIÓN EN ENERGÍA Y MINERÍA', 'Gerencia de Supervisión de Energía'], 2021,
        'San Borja, 18 de marzo de 2021', 'OFICIO N° 0734-2021-OS-GSE')
    to(R, ['Señor', 'LUIS FERNANDO ACOSTA MENDOZA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Operativos contra la comercialización informal de GLP - 2020'), ('Referencia:', 'Expediente N° 202100014472')])
    body(R, ['Me dirijo a usted en atención a su solicitud, para informarle que en el año 2020 OSINERGMIN ejecutó %s operativos '
             'contra la comercialización informal de gas licuado de petróleo, en coordinación con la Policía Nacional y las '
             'municipalidades, en los que se incautaron %s balones de GLP.' % (C('268', 268, 'operativo', y=2020), C('9 412', 9412, 'balón', y=2020)),
             'Se recibieron %s denuncias ciudadanas a través de la línea gratuita y se registraron %s víctimas de deflagraciones '
             'de gas en viviendas, %s de ellas con quemaduras graves.' % (C('1 147', 1147, 'denuncia', y=2020), C('36', 36, 'víctima', y=2020), C('9', 9, 'víctima', y=2020)),
             'Las multas impuestas a los establecimientos informales ascendieron a %s, y se capacitó a %s distribuidores '
             'formales en seguridad.' % (Mn(2318450.00, 'sp', y=2020), C('530', 530, 'distribuidor', y=2020)),
             'Atentamente,'])
    R.sign('ING. HUGO ENRIQUE SALAZAR VERA', 'Gerente de Supervisión de Energía', 'OSINERGMIN', before=20)
    R.save()


def r059():
    R = new('r059', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Gobierno Regional de Arequipa', 'GRA', 'regional_government'),
            'OFICIO N° 0066-2024-GRA/GRTC', ['Expediente N° 2024-0001873'], '2024-01-26',
            'off-topic oficio on road safety: control operations, traffic tickets, victims of road accidents by province (dead '
            'and injured), trainings of drivers, PIM and devengado in prose',
            notes='Not about trafficking in persons (road safety): off_topic.')
    top(R, ['GOBIERNO REGIONAL DE AREQUIPA', 'Gerencia Regional de Transportes y Comunicaciones'], 2024, 'Arequipa, 26 de enero de 2024',
        'OFICIO N° 0066-2024-GRA/GRTC')
    to(R, ['Señora', 'PAMELA SOFÍA CHÁVEZ BEDOYA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Seguridad vial en la red vial regional - 2023'), ('Referencia:', 'Expediente N° 2024-0001873')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para informarle que en el año 2023 la Gerencia ejecutó '
             '%s operativos de control en la red vial regional, en los que se impusieron %s papeletas.' % (C('184', 184, 'operativo', y=2023), C('2 906', 2906, 'papeleta', y=2023)),
             'Las víctimas de accidentes de tránsito en la red vial regional, según los reportes policiales, fueron las siguientes:'])
    data = [('Arequipa', 41, 388), ('Caylloma', 17, 142), ('Camaná', 12, 96), ('Islay', 9, 71), ('Castilla', 6, 44), ('Condesuyos', 4, 23)]
    rows = [[lab, Cn(a, 'fallecido', y=2023), Cn(b, 'herido', y=2023), Cn(a + b, 'víctima', y=2023)] for lab, a, b in data]
    rows.append(['Total', Cn(sum(d[1] for d in data), 'fallecido', y=2023), Cn(sum(d[2] for d in data), 'herido', y=2023),
                 Cn(sum(d[1] + d[2] for d in data), 'víctima', y=2023)])
    R.table([['Provincia', 'Fallecidos', 'Heridos', 'Total de víctimas']], rows, widths=(5.0, 3.0, 3.0, 3.6), bold_rows=(6,))
    body(R, ['Asimismo, se realizaron %s capacitaciones en manejo defensivo a conductores de transporte interprovincial. La '
             'actividad de seguridad vial contó con un PIM de %s, con un devengado de %s al 31 de diciembre de 2023.'
             % (C('22', 22, 'capacitación', y=2023), Mn(684000.00, y=2023, r='a'), Mn(651287.30, y=2023, r='e')),
             'Atentamente,'])
    R.sign('ING. OMAR ALFREDO VILCA HUAMANÍ', 'Gerente Regional de Transportes y Comunicaciones', before=20)
    R.save()


def r060():
    R = new('r060', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Huaraz', 'MPH', 'provincial_municipality'),
            'OFICIO N° 0042-2023-MPHZ/SGGRD', ['Expediente N° 2023-00452', 'Informe N° 011-2023-MPHZ/SGGRD'], '2023-02-02',
            'off-topic oficio of a disaster-risk office: mudslide victims, homeless and affected people, drills, trainings; the '
            'budget of the disaster programme with PIM and devengado in words and digits',
            notes='Not about trafficking in persons (disaster risk): off_topic.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUARAZ', 'Subgerencia de Gestión del Riesgo de Desastres'])
    lema(R, 2023)
    R.p('Huaraz, 02 de febrero de 2023', align='r', after=6)
    R.p('OFICIO N° 0042-2023-MPHZ/SGGRD', bold=True, after=8)
    to(R, ['Señor', 'WILMER JESÚS HUERTA COLONIA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Emergencias atendidas en el año 2022'), ('Referencia:', 'Expediente N° 2023-00452 / Informe N° 011-2023-MPHZ/SGGRD')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para informarle que durante la temporada de lluvias '
             'del año 2022 se registraron %s huaicos en la provincia, con un saldo de %s víctimas mortales, %s damnificados y %s '
             'personas afectadas.' % (C('13', 13, 'huaico', y=2022), C('4', 4, 'víctima', y=2022), C('312', 312, 'damnificado', y=2022), C('1 870', 1870, 'persona', y=2022)),
             'En el mismo año se realizaron %s simulacros y %s capacitaciones a brigadistas comunitarios. El Programa Presupuestal '
             '0068 contó con un PIM de %s y un devengado de %s.'
             % (C('3', 3, 'simulacro', y=2022), C('18', 18, 'capacitación', y=2022),
                M('novecientos ochenta mil y 00/100 soles (S/ 980 000,00)', 980000, y=2022, r='a'),
                M('novecientos doce mil cuatrocientos y 00/100 soles (S/ 912 400,00)', 912400, y=2022, r='e')),
             'Atentamente,'])
    R.sign('ING. CÉSAR AUGUSTO BRONCANO SAL Y ROSAS', 'Subgerente de Gestión del Riesgo de Desastres', 'Municipalidad Provincial de Huaraz', before=20)
    R.save()
