"""blind-v11 letters m046-m060 (missing). Written from scratch; people, numbers, events invented."""
from common import *
from lib import M, C, P


def m046():
    R = new('m046', 'missing', 'not_competent', ['protection', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('United Nations Children\'s Fund - Peru Country Office', 'UNICEF', 'foreign'),
            None, [], '2022-03-02', 'English e-mail style letter; not subject to the transparency law and holds no such records, no referral (no figures)', lang='en', font='Calibri')
    R.header(['unicef  |  for every child', 'Peru Country Office - Parque Melitón Porras 350, Miraflores'], size=9, align='l')
    R.p('2 March 2022', after=10)
    to(R, ['Dear Ms. Carla Aguirre,'])
    body(R, ['Thank you for your request of 21 February 2022 for data on child victims of trafficking assisted and on prevention campaigns in Peru in 2020 and 2021.',
             'Please note that UNICEF is an agency of the United Nations and is not an entity of the Peruvian public administration; it is therefore not subject to Law 27806 on transparency and access to public information. In addition, UNICEF does not register cases of victims of trafficking and does not hold the statistics you describe.',
             'We regret that we are unable to assist you with this request.', 'Best regards,'])
    R.sign('Child Protection Section', 'UNICEF Peru', before=10, firma=False)


def m047():
    R = new('m047', 'missing', 'not_competent', ['governance'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'CARTA N° 000284-2019-SUNAT/1M0000', [], '2019-04-15', 'carta; the tax and customs agency says the request is outside its functions, no referral (no figures)')
    R.header(['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Oficina de Atención de Solicitudes de Acceso a la Información Pública'], size=8.5)
    lema(R, 2019)
    R.p('Lima, 15 de abril de 2019', align='r')
    R.p('CARTA N° 000284-2019-SUNAT/1M0000', bold=True)
    to(R, ['Señor', 'OMAR BELTRÁN ESPINOZA', 'Presente.-'])
    body(R, ['Nos dirigimos a usted en atención a su solicitud de acceso a la información pública, por la que requiere el presupuesto asignado por la SUNAT a la implementación del Plan Nacional contra la Trata de Personas en el año 2018 y las acciones de la institución en la Comisión Multisectorial Permanente.',
             'Al respecto, cabe indicar que la SUNAT no integra la Comisión Multisectorial Permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes ni tiene acciones asignadas en el referido Plan, por lo que la materia de su solicitud no se encuentra dentro del ámbito de sus funciones.',
             'Atentamente,'])
    R.sign('Abog. Cecilia Andrade Vera', 'Funcionaria responsable de entregar la información', before=16)


def m048():
    R = new('m048', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional Huánuco', 'GOREHCO', 'regional_government'),
            None, ['Expediente N° 00457182'], '2021-11-08',
            'receipt slip (cargo de recepción) with a registry stamp; no own number; the request is restated in the subject (no figures)')
    R.header(['GOBIERNO REGIONAL HUÁNUCO', 'Unidad de Trámite Documentario y Archivo'], size=10)
    R.p('CARGO DE RECEPCIÓN DE DOCUMENTOS', bold=True, align='c', size=13, after=10)
    R.stamp(['GOBIERNO REGIONAL HUÁNUCO', 'TRÁMITE DOCUMENTARIO', 'RECIBIDO', '08 NOV 2021', 'Hora: 11:42', 'Folios: 02'], width=5.0)
    kv(R, [('Expediente:', 'Expediente N° 00457182'), ('Administrado:', 'Nelly Ramos Espinoza'),
           ('Asunto:', 'Solicitud de acceso a la información pública: acciones de prevención de la trata de personas y atención a víctimas ejecutadas en 2021'),
           ('Destino:', 'Gerencia Regional de Desarrollo Social'), ('Fecha:', '08/11/2021')], tab=3.5, w2=8.5)
    body(R, ['Su solicitud ha sido registrada y será atendida dentro del plazo establecido por el TUO de la Ley N° 27806. Puede consultar el estado de su trámite en el portal institucional con el número de expediente.'])
    R.p('Recibido por: Técnico Adm. Rubén Ponce Alvarado', size=9, before=20)


def m049():
    R = new('m049', 'missing', 'acknowledgment', ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Defensa', 'MINDEF', 'ministry'),
            'CARTA N° 00097-2020-MINDEF/SG-OGDA', [], '2020-01-22',
            'carta announcing an extension of the deadline (prórroga, art. 11 f) with a new date; no information yet (no figures)')
    R.header(['MINISTERIO DE DEFENSA', 'Secretaría General - Oficina General de Documentación y Archivo'], size=9)
    lema(R, 2020)
    R.p('Lima, 22 de enero de 2020', align='r')
    R.p('CARTA N° 00097-2020-MINDEF/SG-OGDA', bold=True)
    to(R, ['Señor', 'ARTURO PEÑA CASTILLO', 'Presente.-'])
    body(R, ['Me dirijo a usted con relación a su solicitud de acceso a la información pública, registrada el 9 de enero de 2020, sobre las acciones de capacitación y sensibilización en trata de personas dirigidas al personal de las Fuerzas Armadas en el año 2019 y el presupuesto destinado a ellas.',
             'Al respecto, y dado que la información requerida debe ser recopilada de los tres institutos armados, se le comunica que, en aplicación del literal g) del artículo 11 del TUO de la Ley N° 27806, el plazo de atención se prorroga, siendo la nueva fecha de entrega el 14 de febrero de 2020.',
             'Atentamente,'])
    R.sign('Abog. Gustavo Mejía Luján', 'Jefe de la Oficina General de Documentación y Archivo', before=16)


def m050():
    R = new('m050', 'missing', 'clarification', ['prosecution', 'protection'], None,
            S('Gobierno Regional del Callao', 'GRC', 'regional_government'),
            'CARTA N° 044-2019-GRC/SG-OTAI', [], '2019-06-11',
            'carta asking the requester to state the period and the office; the period is not stated anywhere (no figures)')
    R.header(['GOBIERNO REGIONAL DEL CALLAO', 'Oficina de Transparencia y Acceso a la Información'], size=10)
    lema(R, 2019)
    R.p('Callao, 11 de junio de 2019', align='r')
    R.p('CARTA N° 044-2019-GRC/SG-OTAI', bold=True)
    to(R, ['Señora', 'GIOVANNA LAOS FERNÁNDEZ', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, mediante la cual requiere "toda la información sobre víctimas de trata de personas atendidas y denuncias recibidas por el Gobierno Regional".',
             'Al respecto, a fin de atender adecuadamente su pedido, se le solicita precisar, en el plazo de dos días hábiles, (i) el periodo de tiempo sobre el que requiere la información y (ii) la unidad orgánica o servicio a que se refiere, toda vez que este Gobierno Regional no recibe denuncias penales. De no subsanarse la omisión en el plazo indicado, se dará por concluido el procedimiento, conforme al artículo 11 del Reglamento de la Ley N° 27806.',
             'Atentamente,'])
    R.sign('Abog. Carlos Vílchez Ñañez', 'Responsable de Acceso a la Información Pública', before=16)


def m051():
    R = new('m051', 'missing', 'clarification', ['protection'], ('2020-01-01', '2020-12-31'),
            S('Seguro Social de Salud', 'EsSalud', 'other'),
            'CARTA N° 1188-GCAA-ESSALUD-2021', ['Solicitud N° 2021-0042871'], '2021-03-09',
            'carta asking the requester to correct the form (identity document and signature missing) before processing (no figures)')
    R.header(['EsSalud', 'Gerencia Central de Atención al Asegurado'], size=10, align='l')
    lema(R, 2021)
    R.p('Jesús María, 09 de marzo de 2021', align='r')
    R.p('CARTA N° 1188-GCAA-ESSALUD-2021', bold=True)
    to(R, ['Señor(a)', 'M. QUISPE', 'Correo electrónico registrado'])
    body(R, ['Es grato dirigirnos a usted, con relación a la Solicitud N° 2021-0042871, referida a las atenciones de salud mental brindadas a víctimas de trata de personas en los establecimientos de EsSalud durante el año 2020.',
             'Sobre el particular, de la revisión del formulario se advierte que no consigna el número de documento de identidad ni el nombre completo del solicitante, requisitos establecidos en el artículo 10 del Reglamento de la Ley N° 27806. En tal sentido, se le otorga un plazo de dos (2) días hábiles para subsanar las observaciones; caso contrario, la solicitud se considerará como no presentada.',
             'Atentamente,'])
    R.sign('Lic. Pilar Gonzales Arce', 'Subgerente de Atención al Asegurado', before=16)


def m052():
    R = new('m052', 'missing', 'denied_exception', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Policía Nacional del Perú - Región Policial Cusco', 'REGPOL CUSCO', 'police'),
            'OFICIO N° 418-2022-REGPOL-CUSCO/SEC-UNIPLEDU', ['Resolución Ministerial N° 0218-2020-IN'], '2022-03-21',
            'police oficio refusing operational plans and the list of operations as reserved information (art. 16), citing a ministerial resolution (no figures)')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL CUSCO', 'Secretaría - Unidad de Planeamiento y Educación'], size=9, align='l')
    lema(R, 2022)
    R.p('Cusco, 21 de marzo de 2022', align='r')
    R.p('OFICIO N° 418-2022-REGPOL-CUSCO/SEC-UNIPLEDU', bold=True)
    to(R, ['Señor', 'ROLANDO HUILLCA CCAMA', 'Presente.-'])
    body(R, ['Tengo el honor de dirigirme a usted, en atención a su solicitud de copia de los planes de operaciones y de la relación de operativos contra la trata de personas ejecutados por esta Región Policial en el año 2021, con indicación de lugares, fechas y unidades intervinientes.',
             'Al respecto, se le comunica que la información solicitada constituye información reservada, conforme al numeral 1 literal a) del artículo 16 del TUO de la Ley N° 27806, por tratarse de planes operativos cuya revelación podría afectar la capacidad de la Policía Nacional para prevenir y reprimir la criminalidad, y se encuentra clasificada como tal por la Resolución Ministerial N° 0218-2020-IN. Por tanto, no es posible atender su pedido.',
             'Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    R.sign('Coronel PNP Augusto Mendoza Farfán', 'Jefe de la Secretaría de la REGPOL Cusco', before=16)


def m053():
    R = new('m053', 'missing', 'denied_exception', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Fiscalía Provincial Penal Corporativa de Tumbes', None, 'autonomous'),
            'OFICIO N° 0072-2023-MP-FN-1FPPC-TUMBES', ['Carpeta Fiscal N° 1806014500-2022-311-0'], '2023-01-26',
            'oficio denying copies of case files under investigation (reserva art. 324 CPP, art. 17 numeral 3 of the law) (no figures)')
    R.header(['MINISTERIO PÚBLICO - DISTRITO FISCAL DE TUMBES', 'Primera Fiscalía Provincial Penal Corporativa de Tumbes'], size=9)
    lema(R, 2023)
    R.p('Tumbes, 26 de enero de 2023', align='r')
    R.p('OFICIO N° 0072-2023-MP-FN-1FPPC-TUMBES', bold=True)
    to(R, ['Señora', 'KATHERINE NEYRA ZAPATA', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud de copias de las disposiciones fiscales y de las actas de intervención de la Carpeta Fiscal N° 1806014500-2022-311-0 y de las demás investigaciones por trata de personas iniciadas en el año 2022.',
             'Al respecto, se le informa que dichas investigaciones se encuentran en trámite y tienen carácter reservado conforme al artículo 324 del Código Procesal Penal; en consecuencia, la información solicitada se encuentra comprendida en la excepción prevista en el numeral 3 del artículo 17 del TUO de la Ley N° 27806, por lo que se deniega su pedido.',
             'Atentamente,'])
    R.sign('Dr. Walter Ruiz Palacios', 'Fiscal Provincial Titular', before=16)


def m054():
    R = new('m054', 'missing', 'no_reply', ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            None, [], '2021-03-15', 'printout of the document-tracking system: request registered, state "SIN RESPUESTA - PLAZO VENCIDO"; no own number; date = printout date (no figures)',
            notes='No reply: only the tracking printout of the request exists.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'Sistema de Gestión Documentaria - Consulta de expediente'], size=9, align='l', rule=True)
    R.p('Fecha de impresión: 15/03/2021 09:18', align='r', size=8)
    R.table([['Campo', 'Valor']],
            [['N° de expediente', '2021-0009417'], ['Fecha de registro', '12/02/2021'], ['Administrado', 'ASOCIACIÓN AMAZONÍA LIBRE'],
             ['Asunto', 'ACCESO A LA INFORMACIÓN: ACCIONES Y PRESUPUESTO CONTRA LA TRATA DE PERSONAS AÑO 2020'],
             ['Área actual', 'GERENCIA DE DESARROLLO SOCIAL'], ['Estado', 'SIN RESPUESTA - PLAZO VENCIDO'], ['Días transcurridos', '22']],
            widths=(4.5, 10.5), size=9, head_shade='D9D9D9')
    R.table([['Fecha', 'Origen', 'Destino', 'Acción']],
            [['12/02/2021', 'Mesa de Partes', 'Secretaría General', 'Derivado'], ['15/02/2021', 'Secretaría General', 'Gerencia de Desarrollo Social', 'Para atención'],
             ['15/02/2021', 'Gerencia de Desarrollo Social', '-', 'Pendiente']], widths=(2.5, 4.5, 5.0, 3.0), size=8.5, caption='Historial de movimientos', ruled='hlines')


def m055():
    R = new('m055', 'missing', 'no_reply', ['protection'], ('2022-01-01', '2022-06-30'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            None, [], '2022-08-04', 'screen printout of an online transparency request (Plataforma de solicitudes de acceso) showing "Vencido - sin atender"; no reply (no figures)',
            notes='No reply: the printout only shows the registered request and its expired deadline.')
    R.p('Plataforma Digital Única del Estado Peruano - Solicitudes de Acceso a la Información Pública', size=8, italic=True, after=2)
    R.p('MINISTERIO DE SALUD - Detalle de la solicitud', bold=True, size=12, after=6)
    kv(R, [('Código de solicitud:', 'SAIP-MINSA-2022-031155'), ('Fecha de presentación:', '07/07/2022'),
           ('Información solicitada:', 'Número de víctimas de trata de personas atendidas en los servicios de salud mental comunitaria entre enero y junio de 2022, por región'),
           ('Forma de entrega:', 'Correo electrónico'), ('Fecha límite de atención:', '21/07/2022'), ('Estado:', 'VENCIDO - SIN ATENDER'), ('Respuesta:', '(no registra)')], tab=4.6, w2=10.8)
    R.p('Consultado el 04/08/2022 a las 16:02 h.', size=8, italic=True, before=20)


# ---------------- off_topic ----------------

def m056():
    R = new('m056', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de La Victoria', 'MDLV', 'district_municipality'),
            'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0215-2022-GM/MLV', ['Informe N° 0412-2022-SGFC-GFC/MLV'], '2022-06-17',
            'resolución approving a plan of operations against street vending in Gamarra, with operativos, denuncias, capacitaciones and a PIM/devengado table (not about trafficking)')
    R.header(['MUNICIPALIDAD DE LA VICTORIA', 'Gerencia Municipal'], size=10)
    R.p('RESOLUCIÓN DE GERENCIA MUNICIPAL N° 0215-2022-GM/MLV', bold=True, align='c', size=12)
    R.p('La Victoria, 17 de junio de 2022', align='c')
    R.p('VISTO:', bold=True)
    body(R, ['El Informe N° 0412-2022-SGFC-GFC/MLV de la Subgerencia de Fiscalización y Control, que propone el "Plan de operativos de recuperación de espacios públicos en el emporio comercial de Gamarra", y;'])
    R.p('CONSIDERANDO:', bold=True)
    body(R, ['Que, en el primer trimestre de 2022 se ejecutaron %s contra el comercio ambulatorio, en los que se decomisaron %s y se atendieron %s vecinales por ocupación indebida de la vía pública;'
             % (C('146 operativos', 146, 'operativo', y=2022), C('3 210 bienes', 3210, 'bien', y=2022), C('418 denuncias', 418, 'denuncia', y=2022)),
             'Que, durante dichas intervenciones resultaron %s de agresiones por parte de comerciantes informales, entre ellos %s fiscalizadores municipales;'
             % (C('12 víctimas', 12, 'víctima', y=2022), C('7', 7, 'fiscalizador', y=2022)),
             'Que, el Plan prevé %s al personal de serenazgo y fiscalización en técnicas de intervención y la reubicación de %s en el campo ferial;'
             % (C('6 capacitaciones', 6, 'capacitación', y=2022), C('350 comerciantes', 350, 'comerciante', y=2022)),
             'Que, la Meta 0027 "Control del comercio ambulatorio" cuenta con un PIM de %s y un devengado al 31 de mayo de %s, que representa el %s;'
             % (M('S/ 842,300.00', 842300, y=2022, r='a'), M('S/ 361,908.15', 361908.15, y=2022, r='e'), P('42.97%', 42.97, y=2022)),
             'Estando a lo expuesto y en uso de las facultades delegadas;'])
    R.p('SE RESUELVE:', bold=True)
    body(R, ['ARTÍCULO PRIMERO.- APROBAR el "Plan de operativos de recuperación de espacios públicos en el emporio comercial de Gamarra", que como anexo forma parte de la presente Resolución.',
             'ARTÍCULO SEGUNDO.- ENCARGAR a la Gerencia de Fiscalización y Control su cumplimiento.', 'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.'])
    R.sign('Ing. Óscar Villegas Lazo', 'Gerente Municipal', before=12)


def m057():
    R = new('m057', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Chilca', 'MDC', 'district_municipality'),
            None, [], '2021-09-28',
            'acta of a district citizen-security committee session: robberies, traffic accident victims, operativos, capacitaciones; a small ruled table of complaints by type (not about trafficking)')
    R.header(['MUNICIPALIDAD DISTRITAL DE CHILCA', 'Comité Distrital de Seguridad Ciudadana - CODISEC'], size=10)
    R.p('ACTA DE LA TERCERA SESIÓN ORDINARIA DEL COMITÉ DISTRITAL DE SEGURIDAD CIUDADANA DE CHILCA - 2021', bold=True, align='c', size=11)
    body(R, ['En el distrito de Chilca, siendo las 10:00 horas del día 28 de septiembre de 2021, en el auditorio municipal, se reunieron los miembros del CODISEC, presidido por el señor alcalde, con la asistencia del Comisario de Chilca, el Subprefecto distrital, el representante del Centro de Salud y los coordinadores de las juntas vecinales.',
             '**Informe del Comisario.** El Comisario informó que en el tercer trimestre se recibieron las siguientes denuncias:'])
    ctab(R, [['Tipo de denuncia', 'N° de denuncias']], [('Hurto y robo en vivienda', [64]), ('Robo al paso', [38]), ('Violencia familiar', [51]), ('Accidentes de tránsito', [19])],
         'denuncia', year=2021, widths=(7.0, 3.5), total='Total trimestre', size=9.5)
    body(R, ['Añadió que los accidentes de tránsito en la Panamericana Sur dejaron %s, y que se realizaron %s de control vehicular y %s conjuntos con el serenazgo.'
             % (C('23 víctimas', 23, 'víctima', y=2021), C('15 operativos', 15, 'operativo', y=2021), C('9 patrullajes', 9, 'patrullaje', y=2021)),
             '**Informe de la Gerencia de Seguridad Ciudadana.** Se informó la ejecución de %s a juntas vecinales en prevención del delito y primeros auxilios, con %s, y que el avance de ejecución del programa presupuestal 0030 es de %s.'
             % (C('4 capacitaciones', 4, 'capacitación', y=2021), C('132 vecinos', 132, 'vecino', y=2021), P('58.3%', 58.3, y=2021)),
             '**Acuerdos.** 1) Solicitar a la PNP el incremento de patrullaje en la zona de Las Salinas. 2) Instalar %s de videovigilancia en el malecón.' % C('6 cámaras', 6, 'cámara', y=None),
             'Siendo las 12:30 horas se dio por concluida la sesión, firmando los asistentes en señal de conformidad.'])
    R.p('Alcalde - Presidente del CODISEC          Comisario PNP Chilca          Secretario Técnico', size=9, before=30, align='c')


def m058():
    R = new('m058', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Huancavelica', 'MPH', 'provincial_municipality'),
            'INFORME N° 098-2020-SGPP/MPH', [], '2020-10-15',
            'budget report (informe) on the Vaso de Leche programme: SIAF-style table by genérica with PIM, certificación, devengado and avance %, unit in the caption "(en soles)"; beneficiaries counted (not about trafficking)')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUANCAVELICA', 'Subgerencia de Planeamiento y Presupuesto'], size=10)
    lema(R, 2020)
    R.p('INFORME N° 098-2020-SGPP/MPH', bold=True, align='c', size=12)
    kv(R, [('A', ': Gerente Municipal'), ('ASUNTO', ': Evaluación de la ejecución presupuestal del Programa del Vaso de Leche al tercer trimestre 2020'),
           ('FECHA', ': Huancavelica, 15 de octubre de 2020')], tab=2.5, w2=13.5)
    body(R, ['Por medio del presente informo a usted sobre la ejecución presupuestal del Programa del Vaso de Leche al 30 de septiembre de 2020. El programa atendió a %s, de los cuales %s son niños de 0 a 6 años, organizados en %s.'
             % (C('6 812 beneficiarios', 6812, 'beneficiario', y=2020), C('4 105', 4105, 'niño', y=2020), C('214 comités', 214, 'comité', y=2020))])
    data = [('2.2', 'Pensiones y otras prestaciones sociales (insumos)', [0, 0, 0, 0, 0, 0]),
            ('2.3', 'Bienes y servicios', [1248600, 1311420, 1102530.4, 1102530.4, 947215.6, 940118.0])]
    data = [d for d in data if d[2][1]]
    data.append(('2.6', 'Adquisición de activos no financieros', [0, 35000, 34600, 34600, 34600, 34600]))
    siaf(R, data, 2020, head=['Gen.', 'Descripción', 'PIA', 'PIM', 'Certif.', 'Comprom.', 'Deveng.', 'Girado', 'Av. %'],
         caption='Ejecución por genérica de gasto al III trimestre 2020 (en soles)', unit='caption', st='plain', widths=(1.0, 3.6, 1.8, 1.8, 1.8, 1.8, 1.75, 1.75, 1.0), size=7.5)
    body(R, ['Se recomienda acelerar la adquisición de insumos del cuarto trimestre y realizar %s a los comités sobre almacenamiento.' % C('3 capacitaciones', 3, 'capacitación', y=2020),
             'Atentamente,'])
    R.sign('CPC. Nelly Huamán Quispe', 'Subgerente de Planeamiento y Presupuesto', before=12)


def m059():
    R = new('m059', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Lambayeque - Dirección Regional de Trabajo y Promoción del Empleo', 'DRTPE LAMBAYEQUE', 'regional_government'),
            'OFICIO N° 000318-2022-GR.LAMB/GRTPE', ['Solicitud de acceso N° 0061-2022'], '2022-03-07',
            'reply to an access request about occupational accidents in construction in 2021: inspections, complaints, injured workers (víctimas), fines; table by province (not about trafficking)')
    R.header(['GOBIERNO REGIONAL DE LAMBAYEQUE', 'Gerencia Regional de Trabajo y Promoción del Empleo'], size=10)
    lema(R, 2022)
    R.p('Chiclayo, 07 de marzo de 2022', align='r')
    R.p('OFICIO N° 000318-2022-GR.LAMB/GRTPE', bold=True)
    to(R, ['Señor', 'ING. FÉLIX ZAPATA LLONTOP', 'Colegio de Ingenieros - Consejo Departamental de Lambayeque'])
    body(R, ['Me dirijo a usted en atención a la Solicitud de acceso N° 0061-2022, mediante la cual requiere información sobre accidentes de trabajo en el sector construcción durante el año 2021. Se informa que se recibieron %s por incumplimiento de normas de seguridad y salud en el trabajo y se realizaron %s en obras.'
             % (C('97 denuncias', 97, 'denuncia', y=2021), C('63 operativos de inspección', 63, 'operativo de inspección', y=2021))])
    ctab(R, [['Provincia', 'Accidentes notificados', 'Trabajadores víctimas de accidentes', 'Accidentes mortales']],
         [('Chiclayo', [88, 94, 3]), ('Lambayeque', [21, 23, 1]), ('Ferreñafe', [9, 9, 0])], ['accidente', 'trabajador', 'accidente mortal'], year=2021,
         widths=(3.5, 3.5, 4.5, 3.5), total='Total', size=9.5, head_shade='E7E6E6')
    body(R, ['Se impusieron multas por %s y se realizaron %s en seguridad en el trabajo a empresas constructoras.' % (M('S/ 612 880,00', 612880, y=2021), C('11 capacitaciones', 11, 'capacitación', y=2021)),
             'Atentamente,'])
    R.sign('Abog. Rosa Elvira Chapoñán Sosa', 'Gerente Regional de Trabajo y Promoción del Empleo', before=12)


def m060():
    R = new('m060', 'missing', 'off_topic', [], None,
            S('Policía Nacional del Perú - División Policial Cajamarca', None, 'police'),
            'INFORME N° 037-2023-REGPOL-CAJ/DIVPOL-CAJ-DEPINCRI', [], '2023-05-02',
            'police informe on operations against cattle theft (abigeato): operativos, denuncias, víctimas (farmers), detenidos, cattle recovered; table by month (not about trafficking)')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL CAJAMARCA - DIVISIÓN POLICIAL CAJAMARCA', 'Departamento de Investigación Criminal'], size=9, align='l')
    lema(R, 2023)
    R.p('INFORME N° 037-2023-REGPOL-CAJ/DIVPOL-CAJ-DEPINCRI', bold=True, size=11)
    kv(R, [('ASUNTO', ': Resultados de la lucha contra el abigeato, primer trimestre 2023'), ('FECHA', ': Cajamarca, 02 de mayo de 2023')], tab=2.8, w2=13.2)
    body(R, ['I. ANTECEDENTES', 'El presente informe da cuenta de las acciones del Departamento contra el delito de abigeato en las provincias de Cajamarca, San Marcos y Cajabamba durante el primer trimestre de 2023.', 'II. ANÁLISIS'])
    ctab(R, [['Mes', 'Denuncias por abigeato', 'Operativos', 'Detenidos', 'Cabezas de ganado recuperadas']],
         [('Enero', [22, 6, 4, 31]), ('Febrero', [17, 5, 2, 18]), ('Marzo', [26, 8, 7, 45])], ['denuncia', 'operativo', 'detenido', 'cabeza de ganado'], year=2023,
         widths=(2.8, 3.6, 2.8, 2.8, 4.0), total='Total', size=9.5, ruled='hlines')
    body(R, ['Las %s fueron, en su mayoría, pequeños productores de las comunidades campesinas, con un perjuicio económico estimado en %s. Se desarticularon %s.'
             % (C('65 víctimas', 65, 'víctima', y=2023), M('S/ 287 500.00', 287500, y=2023), C('2 bandas criminales', 2, 'banda criminal', y=2023)),
             'III. CONCLUSIÓN', 'Se recomienda continuar con los operativos en coordinación con las rondas campesinas.'])
    R.sign('Mayor PNP Eduardo Chávez Tirado', 'Jefe del DEPINCRI Cajamarca', before=12)
