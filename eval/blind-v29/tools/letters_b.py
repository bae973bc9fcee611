"""blind-v29 replies s021-s040 (written for this set from the labeling guide; every person, number, figure and event invented)."""
from common import *
from lib import M, C, P, XL, plain

Y20, Y21, Y22 = '2020 (oct.–dic.)', '2021', '2022 (ene.–set.)'


def s021():
    ref = 'OFICIO N° 0958-2022/GOB.REG.TUMBES-GRDS-GR'
    cites = ['Solicitud N° 0412-2022', 'Informe N° 067-2022/GOB.REG.TUMBES-GRDS-SGPS']
    R = new('s021', 'answered', None, ['governance', 'prevention'], PER29,
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'), ref, cites, '2022-12-09',
            'oficio + anexo en página 2 con título de página "expresado en miles de soles" (unidad solo en el título), cuadro SIAF de cuatro columnas por genérica sin reglas verticales',
            notes='Answered. Page 2 states the unit once in its title block ("Expresado en miles de soles"): every amount of the two '
                  'tables is the printed number x 1,000 with unit_source page (e.g. "131.5" = 131,500.00). The Avance % column has its '
                  'unit in the header. The regional network and its plan are governance; campaigns are prevention.')
    hdr_foot_only(R, 'Gobierno Regional de Tumbes', ['Gerencia Regional de Desarrollo Social – Av. La Marina N° 200, Tumbes',
                                                      'Teléfono (072) 52-3581 – www.regiontumbes.gob.pe'], color='1B4F72')
    open29(R, 2022, date29('Tumbes', '2022-12-09', 'mes_abbr_cap'), ref, RQ_C,
           [('Asunto', 'Información sobre acciones contra la trata de personas'), ('Referencia', '%s\n%s' % tuple(cites))],
           order='gridbox', dec=True)
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, para informarle que, %s, la Red Regional '
             'contra la Trata de Personas de Tumbes realizó %s sesiones ordinarias y aprobó su Plan de Trabajo 2021-2022, con la '
             'participación de %s entidades integrantes.' % (PT29['largo'], Cwords28(11, 'sesión', fem=True), Cn(18, 'entidad')),
             'En el mismo periodo se ejecutaron %s campañas de prevención en los distritos fronterizos de Zarumilla, Aguas Verdes y '
             'Papayal, que llegaron a %s personas, y se instalaron %s paneles informativos en los pasos de frontera.'
             % (Cn(27, 'campaña'), Cn(6940, 'persona', st='us'), Cn(4, 'panel informativo')),
             'El detalle de la ejecución presupuestal se adjunta en anexo.'])
    sign_twocol(R, 'Lic. Juan Carlos Seminario Olaya', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Tumbes',
                left_extra=('Adj.: Anexo (1 folio)',))
    R.pagebreak()
    page_title29(R, ['ANEXO', 'EJECUCIÓN PRESUPUESTAL – PREVENCIÓN DE LA TRATA DE PERSONAS',
                     'Pliego 465: Gobierno Regional de Tumbes', '(Expresado en miles de soles)'], size=10)
    for y, cap, data in ((2021, 'Año 2021', [('2.1', 'Personal y obligaciones sociales', [60.0, 60.0, 58.4, 58.4, 58.4, 58.4]),
                                               ('2.3', 'Bienes y servicios', [48.0, 71.5, 69.8, 69.8, 66.2, 66.2])]),
                         (2022, 'Año 2022 (enero – setiembre)', [('2.1', 'Personal y obligaciones sociales', [62.0, 62.0, 46.5, 46.5, 46.5, 46.5]),
                                                                 ('2.3', 'Bienes y servicios', [50.0, 55.0, 38.7, 38.7, 31.9, 31.9])])):
        siaf29(R, data, y, dec=1, scale=1000, unit='page', caption=cap, style='booktabs', cols=4, size=8.5,
               widths=(1.2, 4.7, 2.0, 2.0, 2.6, 2.2, 1.5))
    R.save()


def s022():
    ref = 'OFICIO N° 0611-2022-MPT-GDS'
    cites = ['Expediente N° 11247-2022']
    R = new('s022', 'answered', None, ['prevention', 'protection'], PER29,
            S('Municipalidad Provincial de Tumbes', 'MPT', 'provincial_municipality'), ref, cites, '2022-12-16',
            'oficio con cuadro de una sola línea arriba y otra abajo; montos con espacio de miles y la palabra soles después; porcentaje "por ciento"',
            notes='Answered. DEMUNA cases and referrals are protection; talks and the radio spot are prevention. "18 750 soles" is '
                  'an executed amount of 2022 (se gastó).')
    hdr_right_stack(R, ['MUNICIPALIDAD PROVINCIAL DE TUMBES', 'Gerencia de Desarrollo Social', 'Defensoría Municipal del Niño y del Adolescente'],
                    logo=LG('mpt29', 'MPT', 'shield', (0, 100, 60), 1.4))
    open29(R, 2022, date29('Tumbes', '2022-12-16', 'espacios'), ref, RQ_C,
           [('Asunto', 'Remite información solicitada'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me dirijo a usted para remitir la información solicitada sobre el periodo %s, según lo reportado por la DEMUNA '
             'provincial:' % PT29['meses']])
    rows = [['Charlas en instituciones educativas', Cn(22, 'charla', y=2021), Cn(17, 'charla', y=2022)],
            ['Estudiantes participantes', Cn(1830, 'estudiante', y=2021, st='us'), Cn(1415, 'estudiante', y=2022, st='us')],
            ['Casos atendidos por la DEMUNA', Cn(8, 'caso', y=2021), Cn(6, 'caso', y=2022)],
            ['Casos derivados a la UPE', Cn(5, 'caso derivado', y=2021), Cn(4, 'caso derivado', y=2022)]]
    tab29(R, [['Actividad', '2021', '2022']], rows, style='topbottom', widths=(8.0, 2.8, 2.8), size=10)
    body(R, ['En el año 2022 se difundió un spot radial en dos emisoras locales, para lo cual se gastó %s. De los casos atendidos '
             'en el periodo, el %s correspondió a adolescentes mujeres.' % (Mspw(18750.0, y=2022, r='e'), Ppor(71)),
             'Atentamente,'])
    sign_right_title(R, 'Abg. Rocío del Carmen Infante Purizaca', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Tumbes', close='')
    R.save()


def s023():
    ref = 'OFICIO N° 000287-2022-MP-FN-FPETP-TUMBES'
    cites = ['Carta N° 031-2022-OCFN']
    R = new('s023', 'missing', 'denied_exception', ['prosecution'], PER29,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes', 'FPETP Tumbes', 'autonomous'), ref, cites,
            '2022-11-30', 'oficio que deniega por reserva de la investigación y protección de datos personales, con cita de normas',
            notes='Missing, denied under exceptions: the prosecutor\'s office refuses the list of fiscal files with the names of the '
                  'investigated and victims because of the reserve of the investigation and personal data. Axis: prosecution (what '
                  'was asked). Law and article numbers are not figures.')
    hdr_grey_band(R, ['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Tumbes',
                      'Fiscalía Provincial Especializada en Delitos de Trata de Personas'], 'Despacho fiscal')
    open29(R, 2022, date29('Tumbes', '2022-11-30', 'abbr_wd'), ref, RQ_C,
           [('Asunto', 'Respuesta a pedido de información – reserva'), ('Ref.', cites[0])], order='sumilla', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted en relación con el documento de la referencia, mediante el cual solicita la '
             'relación de las carpetas fiscales por el delito de trata de personas, con los nombres de los investigados y de las '
             'agraviadas, tramitadas entre %s.' % PT29['meses'],
             'Al respecto, cumplo con informarle que la información requerida forma parte de investigaciones en curso, cuyo '
             'contenido es reservado conforme al artículo 324 del Código Procesal Penal, y contiene datos personales de víctimas '
             'protegidos por la Ley N° 29733. En consecuencia, se encuentra comprendida en las excepciones previstas en los '
             'artículos 15-B y 17 del Texto Único Ordenado de la Ley N° 27806, por lo que no es posible atender su pedido.',
             'Atentamente,'])
    sign_right_title(R, 'Dr. Walter Ismael Noblecilla Reyes', 'Fiscal Provincial Titular', 'Ministerio Público – Distrito Fiscal de Tumbes', close='')
    R.save()


def s024():
    ref = 'OFICIO N° 000176-2022-MP-FN-UDAVIT-PUNO'
    cites = ['Solicitud N° 2022-0561', 'Informe N° 041-2022-MP-FN-UDAVIT-PUNO']
    R = new('s024', 'answered', None, ['protection'], PER29,
            S('Unidad Distrital de Asistencia a Víctimas y Testigos de Puno', 'UDAVIT Puno', 'autonomous'), ref, cites, '2022-12-13',
            'oficio + cuadro de tres reglas (booktabs) con tipos de asistencia por año; porcentajes con coma decimal pegada al signo en una columna',
            notes='Answered: legal, psychological and social assistance to victims of trafficking is protection. The "% del periodo" '
                  'column shares the period total (no year); the year columns are calendar parts of the period.')
    hdr_boxacr(R, 'MP', ['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Unidad Distrital de Asistencia a Víctimas y Testigos – Puno'], color='003366')
    open29(R, 2022, date29('Puno', '2022-12-13', 'coma_anio'), ref, RQ_B,
           [('Asunto', 'Asistencia a víctimas de trata de personas'), ('Referencia', '%s\n%s' % tuple(cites))], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted para remitir la información de las asistencias brindadas a víctimas de trata de personas en el '
             'Programa de Protección y Asistencia a Víctimas y Testigos, durante el periodo %s:' % PT29['largo']])
    data = [('Asistencia legal', [9, 41, 33]), ('Asistencia psicológica', [12, 58, 47]), ('Asistencia social', [10, 49, 39]),
            ('Acompañamiento a diligencias', [6, 27, 22])]
    grand = sum(sum(v) for _, v in data)
    rows = []
    for lab, v in data:
        rows.append([lab, Cn(v[0], 'asistencia', y=2020), Cn(v[1], 'asistencia', y=2021), Cn(v[2], 'asistencia', y=2022),
                     Pnosp(round(sum(v) / grand * 100, 1), u='column')])
    tv = [sum(d[1][j] for d in data) for j in range(3)]
    rows.append(['Total', Cn(tv[0], 'asistencia', y=2020), Cn(tv[1], 'asistencia', y=2021), Cn(tv[2], 'asistencia', y=2022), Pnosp(100.0, u='column')])
    tab29(R, [['Tipo de asistencia', '2020\n(oct.–dic.)', '2021', '2022\n(ene.–set.)', '% del\nperiodo']], rows, style='booktabs',
          widths=(5.6, 2.4, 2.2, 2.4, 2.2), size=9.5, bold_last=True)
    body(R, ['Las víctimas asistidas en el periodo fueron %s, de las cuales %s recibieron además apoyo para su retorno a su '
             'lugar de origen.' % (Cn(118, 'víctima asistida'), Cn(36, 'víctima')), 'Atentamente,'])
    sign_firmaperu(R, 'Psic. Lourdes Quispe Cahuana', 'Coordinadora de la UDAVIT Puno', '2022/12/13 10:48:22-0500', ruc='20131370301', close='')
    R.save()


def s025():
    ref = 'CARTA N° 219-2022-MDP/SG-RAI'
    cites = ['Solicitud N° 0897-2022', 'Informe N° 058-2022-MDP/GDS']
    R = new('s025', 'missing', 'no_information', ['prevention', 'protection'], PER29,
            S('Municipalidad Distrital de Paucarpata', 'MDP', 'district_municipality'), ref, cites, '2022-11-21',
            'carta breve que transcribe lo informado por la gerencia: no se cuenta con registros',
            notes='Missing, no information: the Gerencia de Desarrollo Social reports, by a cited report, that it has no records on the '
                  'matters asked. Axes: what was asked (prevention campaigns, DEMUNA care of victims).')
    hdr_rules_logo_right(R, ['MUNICIPALIDAD DISTRITAL DE PAUCARPATA', 'Secretaría General – Responsable de Acceso a la Información'],
                         LG('mdp29', 'MDP', 'circle', (150, 90, 0), 1.6))
    open29(R, 2022, date29('Paucarpata', '2022-11-21', 'anio'), ref, RQ_A,
           [('Asunto', 'Atención de solicitud'), ('Referencia', '%s; %s' % tuple(cites))], order='tofirst', dec=True)
    body(R, ['De mi consideración:',
             'En atención a su solicitud sobre las campañas de prevención de la trata de personas y la atención de víctimas por la '
             'DEMUNA en el periodo de %s, se le comunica que, mediante el %s, la Gerencia de Desarrollo Social informa que no se '
             'cuenta con registros ni documentación sobre dichas materias en sus archivos.' % (PT29['del'], cites[1]),
             'Sin otro particular, me despido de usted.'])
    left_sign(R, 'Abg. Giovanna Flores Linares', 'Responsable de Acceso a la Información Pública', close='Atentamente,', initials_='GFL/sg')
    R.save()


def s026():
    ref = 'OFICIO N° D001442-2022-MIDIS-SG/OACGD'
    cites = ['Expediente N° 2022-0031874', 'Oficio N° D001440-2022-MIDIS-SG/OACGD', 'Oficio N° D001441-2022-MIDIS-SG/OACGD']
    R = new('s026', 'missing', 'not_competent_referred', ['protection', 'prevention'], PER29,
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'), ref, cites, '2022-11-16',
            'oficio de derivación con firma FirmaPerú, dos oficios de traslado citados',
            notes='Missing, not competent and referred: MIDIS says it has no functions on trafficking and forwarded the request to the '
                  'MIMP and the Ministry of the Interior by two cited oficios. Axes: what was asked (assistance to victims, prevention).')
    hdr_grey_band(R, ['MINISTERIO DE DESARROLLO E INCLUSIÓN SOCIAL', 'Secretaría General',
                      'Oficina de Atención al Ciudadano y Gestión Documental'], 'Perú – MIDIS')
    open29(R, 2022, date29('San Isidro', '2022-11-16', 'iso_slash'), ref, RQ_B,
           [('Asunto', 'Traslado de solicitud de acceso a la información pública'), ('Referencia', cites[0])], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información sobre los servicios de '
             'atención a víctimas de trata de personas y las acciones de prevención realizadas %s.' % PT29['barras'],
             'Sobre el particular, le informo que el Ministerio de Desarrollo e Inclusión Social no tiene competencia en la materia. '
             'En tal sentido, su solicitud ha sido trasladada al Ministerio de la Mujer y Poblaciones Vulnerables con el %s y al '
             'Ministerio del Interior con el %s, para su atención directa.' % (cites[1], cites[2]),
             'Atentamente,'])
    sign_firmaperu(R, 'Sra. Liliana Campos Huertas', 'Jefa de la Oficina de Atención al Ciudadano y Gestión Documental',
                   '2022/11/16 17:02:40-0500', ruc='20545565359', close='')
    R.save()


def s027():
    ref = 'INFORME DE CONTROL ESPECÍFICO N° 014-2022-OCI/2407-SCE'
    R = new('s027', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Pichanaqui', 'MDP', 'district_municipality'), ref, ['Orden de Compra N° 0284-2021'], '2022-10-14',
            'resumen ejecutivo de un informe de control del Órgano de Control Institucional: objetivo, situación adversa, recomendaciones',
            notes='Off topic: the executive summary of a control report on a fuel purchase; nothing on trafficking in persons. No axes, '
                  'no period. The contract amount is executed (pagado); the overpayment has no role.')
    R.header(['MUNICIPALIDAD DISTRITAL DE PICHANAQUI', 'ÓRGANO DE CONTROL INSTITUCIONAL'], size=9, rule=True)
    R.p('RESUMEN EJECUTIVO', align='c', bold=True, after=0)
    R.p('**%s**' % ref, align='c', after=2)
    R.p('Servicio de control específico a la adquisición de combustible para la flota vehicular', align='c', italic=True, after=8)
    R.p('**1. Objetivo**', after=2)
    body(R, ['Determinar si la adquisición de combustible diésel para la flota vehicular de la Municipalidad, efectuada mediante la '
             'Orden de Compra N° 0284-2021, se realizó conforme a la normativa de contrataciones del Estado.'])
    R.p('**2. Situación adversa**', after=2)
    body(R, ['Se pagó al proveedor la suma de %s por %s galones de combustible, sin que obren en el expediente las actas de '
             'recepción de %s galones, lo que ocasionó un perjuicio económico de %s.'
             % (Mus(86420.0, r='e'), Cn(5600, 'galón', st='us'), Cn(1150, 'galón', st='us'), Mus(17748.5))])
    R.p('**3. Recomendaciones**', after=2)
    lettered(R, ['Disponer el inicio de las acciones administrativas para el deslinde de responsabilidades de los funcionarios '
                 'involucrados.', 'Implementar controles de recepción de bienes en el almacén central.'])
    R.p('Pichanaqui, %s.' % fecha('2022-10-14'), after=0, before=8)
    rule_sign(R, 'CPC Elmer Rojas Inga', 'Jefe del Órgano de Control Institucional', close='', before=20)
    R.save()


def s028():
    ref = 'OFICIO N° 0874-2022/GRP-DRTPE-DPSC'
    cites = ['Solicitud N° 0233-2022-DRTPE', 'Informe N° 019-2022/GRP-DRTPE-SDIT']
    R = new('s028', 'answered', None, ['prosecution', 'prevention'], PER29,
            S('Dirección Regional de Trabajo y Promoción del Empleo Piura', 'DRTPE Piura', 'regional_government'), ref, cites, '2023-01-12',
            'oficio + cuadro sin ninguna línea con encabezados en dos líneas, años en columnas; cifras en texto con punto de miles',
            notes='Answered. Labour inspections on forced labour and the workers found are prosecution (the guide lists labour '
                  'inspections under prosecution); talks to employers and workers are prevention. Named as the executing unit.')
    hdr_rules_logo_right(R, ['GOBIERNO REGIONAL PIURA', 'Dirección Regional de Trabajo y Promoción del Empleo',
                             'Dirección de Prevención y Solución de Conflictos'], LG('drtpe29', 'DRT', 'square', (90, 40, 110), 1.5))
    open29(R, 2023, date29('Piura', '2023-01-12', 'anio'), ref, RQ_C,
           [('Asunto', 'Información sobre trabajo forzoso y trata con fines de explotación laboral'),
            ('Referencia', '%s\n%s' % tuple(cites))], order='gridbox', dec=False)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para remitir la información de esta Dirección '
             'Regional correspondiente al periodo %s, en el ámbito de las microempresas y pequeñas empresas bajo su competencia '
             'inspectiva:' % PT29['largo']])
    rows = [['Órdenes de inspección\npor trabajo forzoso', Cn(3, 'orden de inspección', y=2020), Cn(14, 'orden de inspección', y=2021), Cn(11, 'orden de inspección', y=2022)],
            ['Trabajadores en situación\nde trabajo forzoso', Cn(5, 'trabajador', y=2020), Cn(23, 'trabajador', y=2021), Cn(17, 'trabajador', y=2022)],
            ['Casos comunicados a\nla Fiscalía', Cn(1, 'caso comunicado', y=2020), Cn(4, 'caso comunicado', y=2021), Cn(3, 'caso comunicado', y=2022)],
            ['Charlas a empleadores\ny trabajadores', Cn(6, 'charla', y=2020), Cn(31, 'charla', y=2021), Cn(24, 'charla', y=2022)]]
    tab29(R, [['Acción', '2020\n(oct.–dic.)', '2021', '2022\n(ene.–set.)']], rows, style='none', widths=(6.5, 3.0, 3.0, 3.0), size=10)
    body(R, ['En las charlas participaron %s trabajadores agrícolas de las provincias de Piura, Sullana y Paita, y se entregaron '
             '%s cartillas sobre derechos laborales.' % (Cdot28(2340, 'trabajador'), Cdot28(4000, 'cartilla'))])
    sign_twocol(R, 'Abg. Martín Alonso Távara Chira', 'Director de Prevención y Solución de Conflictos', 'DRTPE Piura',
                left_extra=('c.c.: Archivo', 'MATC/lps'))
    R.save()


def s029():
    ref = 'OFICIO N° 1183-2022-MPHCO/GDS'
    cites = ['Expediente N° 2022-19874']
    R = new('s029', 'out_of_period', None, ['prevention', 'protection'], PER29,
            S('Municipalidad Provincial de Huánuco', 'MPHCO', 'provincial_municipality'), ref, cites, '2022-12-27',
            'oficio con viñetas; solo información de 2019 y de enero a setiembre de 2020 (antes del periodo)',
            notes='Out of period: restates the period (01.10.2020 - 30.09.2022) and gives only 2019 and January-September 2020 '
                  'activities (the period starts in October 2020), saying the later files are in the central archive. Figures carry '
                  'their own years; "enero a setiembre de 2020" is 2020.')
    hdr_boxacr(R, 'MPHco', ['MUNICIPALIDAD PROVINCIAL DE HUÁNUCO', 'Gerencia de Desarrollo Social'], color='6B3E26')
    open29(R, 2022, date29('Huánuco', '2022-12-27', 'words'), ref, RQ_A,
           [('Asunto', 'Información sobre acciones frente a la trata de personas (%s)' % PT29['puntos']), ('Ref.', cites[0])],
           order='sumilla', dec=True)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, la Gerencia de Desarrollo Social informa '
             'que los documentos del periodo solicitado fueron remitidos al archivo central y se encuentran en proceso de '
             'inventario, por lo que a la fecha solo se dispone de la siguiente información:'])
    bl(R, ['En el año 2019 se realizaron %s ferias informativas sobre trata de personas en la plaza de armas y en el mercado modelo.' % Cwords28(7, 'feria informativa', fem=True, y=2019),
           'En el año 2019 la DEMUNA atendió %s casos de adolescentes en situación de riesgo.' % Cn(12, 'caso', y=2019),
           'De enero a setiembre de 2020, durante el estado de emergencia sanitaria, se difundieron %s mensajes radiales de prevención.' % Cn(45, 'mensaje radial', y=2020)])
    body(R, ['Atentamente,'])
    sign_right_title(R, 'Lic. Elizabeth Rivera Tucto', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Huánuco', close='')
    R.save()


def s030():
    ref = 'CARTA N° 000118-2023-VRIP/UNMSM'
    cites = ['Request of 12 December 2022']
    R = new('s030', 'out_of_period', None, ['governance', 'prevention'], PER29,
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'), ref, cites, '2023-01-20',
            'letter in English; a borderless table of an earlier research project (2017-2019) with funding in USD',
            lang='en', font='Calibri',
            notes='Out of period, in English: restates the period (October 2020 - September 2022) and says no project ran in it; gives '
                  'only a research project of 2017-2019 with its workshops and funding. Research is governance; the workshops are '
                  'prevention. The funding is allocated.')
    hdr_right_stack(R, ['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Vice-Rectorate for Research and Postgraduate Studies'],
                    logo=LG('unmsm29', 'UNMSM', 'shield', (120, 20, 30), 1.5))
    open29(R, 2023, date29('', '2023-01-20', 'en_comma'), ref, RQ_EN,
           [('Your reference', cites[0]), ('Subject', 'Research on trafficking in persons')], order='english', motto=False)
    body(R, ['Dear Ms. Marsh,',
             'Thank you for your request of information on research projects on trafficking in persons carried out by our '
             'University between %s. We regret to inform you that no research project on this subject was registered in that '
             'period. The most recent project is the following:' % PT29['en2']], align='l')
    rows = [['Workshops with school teachers', Cn(6, 'workshop', y=2017), Cn(9, 'workshop', y=2018), Cn(5, 'workshop', y=2019)],
            ['Teachers trained', Cn(142, 'teacher', y=2017), Cn(218, 'teacher', y=2018), Cn(117, 'teacher', y=2019)],
            ['Funding (USD)', Musd29(12000.0, y=2017, r='a', u='column'), Musd29(15500.0, y=2018, r='a', u='column'), Musd29(8000.0, y=2019, r='a', u='column')]]
    tab29(R, [['Project "Trata y escuela" (2017-2019)', '2017', '2018', '2019']], rows, style='none', widths=(7.6, 2.8, 2.8, 2.8), size=10)
    body(R, ['We hope this information is useful for your research.'], align='l')
    sign_en29(R, 'Dr. Ricardo Aurelio Salazar Núñez', 'Vice-Rector for Research and Postgraduate Studies', close='Best regards,')
    R.save()


def s031():
    ref = 'OFICIO N° 1322-2022-GRSM/GRDS'
    cites = ['Solicitud N° 0788-2022', 'Memorando N° 0412-2022-GRSM/ORPP']
    R = new('s031', 'answered', None, ['governance', 'prevention'], PER29,
            S('Gobierno Regional de San Martín', 'GORE San Martín', 'regional_government'), ref, cites, '2022-12-05',
            'oficio + cuadro por fuente de financiamiento con solo una línea arriba y otra abajo, título con "(EN SOLES)", encabezado "Ejecución" fusionado sobre dos columnas',
            notes='Answered. The unit is stated once in the table title "(EN SOLES)" (unit_source caption). The columns under the merged '
                  '"Ejecución" header join it ("Ejecución Certificación", "Ejecución Devengado"). The budget of the regional plan is '
                  'governance; the campaigns are prevention.')
    hdr_grey_band(R, ['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], 'Moyobamba')
    open29(R, 2022, date29('Moyobamba', '2022-12-05', 'romano'), ref, RQ_A,
           [('Asunto', 'Información sobre el Plan Regional contra la Trata de Personas'), ('Referencia', 'a) %s\nb) %s' % tuple(cites))],
           order='tofirst', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud, para informarle que la Comisión Regional '
             'Multisectorial contra la Trata de Personas de San Martín sesionó %s veces en el periodo %s, y que el Plan Regional '
             'se financió con las fuentes siguientes:' % (Cn(13, 'sesión'), PT29['del'])])
    head = [['Año', 'Fuente de financiamiento', 'PIM', 'Ejecución', ''], ['', '', '', 'Certificación', 'Devengado']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)]
    rows = []
    for y, fuente, pim, cert, dev in ((2021, 'Recursos Ordinarios', 185000.0, 176420.0, 171305.6), (2021, 'Recursos Determinados', 40000.0, 38900.0, 36210.0),
                                      (2022, 'Recursos Ordinarios', 192500.0, 151300.0, 128744.9), (2022, 'Donaciones y Transferencias', 25000.0, 25000.0, 18600.0)):
        rows.append([str(y), fuente, Mf(pim, 'us', 2, y=y, r='a'), Mf(cert, 'us', 2, y=y, r='c'), Mf(dev, 'us', 2, y=y, r='e')])
    tab29(R, head, rows, style='topbottom', merges=mg, widths=(1.6, 5.6, 3.0, 3.0, 3.0), size=9.5, unit='caption', row_label_col=1,
          caption='Ejecución del Plan Regional contra la Trata de Personas (EN SOLES)')
    body(R, ['Con dichos recursos se desarrollaron %s campañas de prevención en las provincias de Moyobamba, Rioja, San Martín y '
             'Tocache, con un alcance de %s personas.' % (Cn(19, 'campaña'), Cn(8215, 'persona', st='us')), 'Atentamente,'])
    sign_firmaperu(R, 'Ing. Pedro Pablo Sandoval Arévalo', 'Gerente Regional de Desarrollo Social', '2022/12/05 08:55:17-0500',
                   ruc='20531375808', close='')
    R.save()


def s032():
    ref = 'OFICIO N° 0392-2022-GDS/MDC'
    cites = ['Expediente N° 28451-2022']
    R = new('s032', 'answered', None, ['prevention'], None,
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'), ref, cites, '2022-11-28',
            'oficio + cuadro con encabezado de dos filas ("Participantes" fusionado sobre Hombres/Mujeres), líneas horizontales solamente',
            notes='Answered; the reply does not restate the requested period (it cites only the file), so period fields are null. '
                  'Its 2021 and 2022 activities fall in the period. Prevention only.')
    hdr_rules_logo_right(R, ['MUNICIPALIDAD DISTRITAL DE COMAS', 'Gerencia de Desarrollo Social'], LG('mdc29', 'MDC', 'shield', (200, 90, 0), 1.5))
    open29(R, 2022, date29('Comas', '2022-11-28', 'mayus_mes'), ref, RQ_B,
           [('Asunto', 'Remite información'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, para remitir el detalle de las '
             'actividades de prevención de la trata de personas realizadas por la Subgerencia de Participación Vecinal:'])
    head = [['Actividad', 'Año', 'Participantes', ''], ['', '', 'Hombres', 'Mujeres']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3)]
    data = [('Taller con juntas vecinales', 2021, 86, 131), ('Feria "Comas sin trata"', 2021, 240, 315),
            ('Taller con juntas vecinales', 2022, 74, 118), ('Pasacalle escolar', 2022, 410, 452)]
    rows = [[a, str(y), Cn(h, 'hombre', y=y), Cn(m, 'mujer', y=y)] for a, y, h, m in data]
    tab29(R, head, rows, style='hgrid', merges=mg, widths=(6.8, 1.8, 2.8, 2.8), size=10)
    body(R, ['Para estas actividades se destinó un total de %s en materiales y movilidad.' % Mdot0(14380.0, r='e'), 'Atentamente,'])
    left_sign(R, 'Lic. Jessica Paola Ramos Tito', 'Gerente de Desarrollo Social', close='', before=26, initials_='JPRT/mcs')
    R.save()


def s033():
    ref = 'OFICIO N° 0621-2022-REGPOL-TUMBES/SEC-UNIPLEDU'
    cites = ['Solicitud de Acceso a la Información N° 0135-2022']
    R = new('s033', 'answered', None, ['prosecution'], PER29,
            S('Región Policial Tumbes', 'REGPOL Tumbes', 'police'), ref, cites, '2022-12-19',
            'oficio policial + cuadro de denuncias por finalidad de explotación y año, líneas horizontales solamente, columna "% del total" con punto decimal y espacio',
            font='Times New Roman',
            notes='Answered: complaints registered by purpose of exploitation. Percents of the total column refer to the whole period '
                  '(no year).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL TUMBES', 'SECRETARÍA – UNIPLEDU'], size=9, rule=False)
    open29(R, 2022, date29('Tumbes', '2022-12-19', 'mayus_mes'), ref, RQ_C,
           [('Asunto', 'Denuncias por trata de personas'), ('Ref.', cites[0])], order='tofirst', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted para remitir la información de las denuncias por el delito de trata de '
             'personas registradas en las comisarías y departamentos de investigación de esta Región Policial, %s:' % PT29['largo']], first=1.0)
    data = [('Explotación sexual', [9, 31, 24]), ('Explotación laboral', [3, 12, 10]), ('Mendicidad', [1, 4, 2]), ('Otras finalidades', [0, 2, 3])]
    grand = sum(sum(v) for _, v in data)
    rows = []
    for lab, v in data:
        rows.append([lab] + [Cn(x, 'denuncia', y=[2020, 2021, 2022][j]) for j, x in enumerate(v)] + [Pussp(round(sum(v) / grand * 100, 1), u='column')])
    tv = [sum(d[1][j] for d in data) for j in range(3)]
    rows.append(['Total'] + [Cn(x, 'denuncia', y=[2020, 2021, 2022][j]) for j, x in enumerate(tv)] + [Pussp(100.0, u='column')])
    tab29(R, [['Finalidad', '2020\n(oct.–dic.)', '2021', '2022\n(ene.–set.)', '% del total']], rows, style='hgrid',
          widths=(5.0, 2.6, 2.2, 2.6, 2.6), size=10, bold_last=True)
    body(R, ['Como resultado de las intervenciones se rescató a %s presuntas víctimas en el periodo.' % Cn(64, 'víctima rescatada'),
             'Es cuanto informo a usted para su conocimiento.'], first=1.0)
    rule_sign(R, 'Coronel PNP Luis Alberto Peña Zapata', 'Jefe de la Región Policial Tumbes', close='Atentamente,', before=26)
    R.save()


def s034():
    ref = 'REPORTE N° 041-2022-MIDAGRI-PEBLT/OPP'
    R = new('s034', 'missing', 'off_topic', [], None,
            S('Proyecto Especial Binacional Lago Titicaca', 'PEBLT', 'other'), ref, [], '2022-10-10',
            'reporte de ejecución SIAF de una entidad no relacionada (proyectos de riego), título de página "(En soles)", celdas sin signo',
            notes='Off topic: a budget execution report of irrigation projects; nothing on trafficking in persons. No axes, no period. '
                  'The unit is stated once in the title block (unit_source page).')
    hdr_grey_band(R, ['PROYECTO ESPECIAL BINACIONAL LAGO TITICACA', 'Oficina de Planeamiento y Presupuesto'], 'MIDAGRI')
    page_title29(R, ['%s' % ref, 'EJECUCIÓN PRESUPUESTAL DE PROYECTOS DE INVERSIÓN – AL 30 DE SETIEMBRE DE 2022', '(En soles)'], size=10)
    data = [('2487112', 'Mejoramiento del canal de riego Ilave – Juli', [1420000.0, 1385600.0, 1385600.0, 1102450.3, 1102450.3]),
            ('2501337', 'Instalación del sistema de riego tecnificado Huacullani', [860000.0, 912300.0, 874000.0, 655380.0, 649120.0]),
            ('2398041', 'Recuperación de praderas altoandinas Mazocruz', [315000.0, 298400.0, 251000.0, 198740.6, 198740.6])]
    rows = []
    for cu, lab, v in data:
        rows.append([cu, lab] + [Mf(x, 'us', 2, y=2022, r=r, u='page') for x, r in zip(v[:2] + v[3:], 'acee')])
    tab29(R, [['CUI', 'Proyecto', 'PIM', 'Certificación', 'Devengado', 'Girado']], rows, style='grid',
          widths=(1.5, 5.6, 2.3, 2.3, 2.3, 2.2), size=8, row_label_col=1)
    body(R, ['Fuente: SIAF – Consulta de ejecución del gasto al %s.' % fecha('2022-09-30')], size=8.5)
    R.p(date29('Puno', '2022-10-10', 'iso_slash'), align='r', before=10)
    left_sign(R, 'Econ. Hernán Chambi Quispe', 'Jefe de la Oficina de Planeamiento y Presupuesto', close='', before=24)
    R.save()


def s035():
    ref = 'OFICIO N° 1874-2022-MIDAGRI-SG/OACID'
    cites = ['Solicitud N° 2022-MIDAGRI-0045127', 'Memorando N° 0921-2022-MIDAGRI-DVDAFIR/DGAAA']
    R = new('s035', 'missing', 'no_information', ['prevention', 'prosecution'], PER29,
            S('Ministerio de Desarrollo Agrario y Riego', 'MIDAGRI', 'ministry'), ref, cites, '2022-11-22',
            'oficio con encabezado de sigla en recuadro; inexistencia de información según memorando citado',
            notes='Missing, no information: the ministry states, by a cited memorandum, that it has no information on campaigns against '
                  'labour exploitation in agriculture nor on complaints it may have passed to the police. Axes: what was asked.')
    hdr_boxacr(R, 'MIDAGRI', ['MINISTERIO DE DESARROLLO AGRARIO Y RIEGO', 'Secretaría General',
                              'Oficina de Atención a la Ciudadanía y Gestión Documental'], color='2E7D32')
    open29(R, 2022, date29('Lima', '2022-11-22', 'iso_slash'), ref, RQ_B,
           [('Asunto', 'Respuesta a solicitud de acceso a la información pública'), ('Referencia', '%s\n%s' % tuple(cites))],
           order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, mediante la cual requiere información sobre las '
             'campañas contra la explotación laboral en el sector agrario y las denuncias comunicadas a la Policía Nacional por '
             'presunta trata de personas, %s.' % PT29['largo'],
             'Al respecto, mediante el %s, la Dirección General de Asuntos Ambientales Agrarios informa que, luego de la búsqueda '
             'en sus archivos, no ha identificado información sobre lo solicitado.' % cites[1],
             'Atentamente,'])
    sign_firmaperu(R, 'Abg. Mónica Elena Paredes Ruiz', 'Jefa de la Oficina de Atención a la Ciudadanía y Gestión Documental',
                   '2022/11/22 14:10:51-0500', ruc='20131372931', close='')
    R.save()


def s036():
    ref = 'OFICIO N° 0571-2022-MPM/GDSE'
    cites = ['Solicitud N° 0467-2022']
    R = new('s036', 'answered', None, ['governance', 'prevention'], PER29,
            S('Municipalidad Provincial de Moyobamba', 'MPM', 'provincial_municipality'), ref, cites, '2022-12-01',
            'oficio + cuadro con marco y rayas discontinuas, una columna 2019 (fuera del periodo) junto a 2021 y 2022; montos en "mil" y "millones"',
            notes='Answered although it mixes periods: a 2019 column (outside the period) beside 2021 and 2022 (inside). "S/ 85 mil" is '
                  '85,000 allocated in 2021; "S/ 0.12 millones" is 120,000 executed in 2022. The provincial network and its budget are '
                  'governance; talks and campaigns are prevention.')
    hdr_boxacr(R, 'MPM', ['MUNICIPALIDAD PROVINCIAL DE MOYOBAMBA', 'Gerencia de Desarrollo Social y Económico'], color='006064')
    open29(R, 2022, date29('Moyobamba', '2022-12-01', 'abbr_wd'), ref, RQ_A,
           [('Asunto', 'Información sobre acciones contra la trata de personas'), ('Referencia', cites[0])], order='sumilla', dec=True)
    body(R, ['Me dirijo a usted en atención a su solicitud sobre el periodo %s. Para fines comparativos se incluye también el año '
             '2019, previo a la emergencia sanitaria:' % PT29['meses']])
    rows = [['Sesiones de la Red Provincial', Cn(4, 'sesión', y=2019), Cn(6, 'sesión', y=2021), Cn(5, 'sesión', y=2022)],
            ['Charlas en colegios', Cn(18, 'charla', y=2019), Cn(9, 'charla', y=2021), Cn(15, 'charla', y=2022)],
            ['Campañas en el terminal terrestre', Cn(3, 'campaña', y=2019), Cn(2, 'campaña', y=2021), Cn(4, 'campaña', y=2022)]]
    tab29(R, [['Acción', '2019', '2021', '2022']], rows, style='dashed', widths=(7.4, 2.6, 2.6, 2.6), size=10)
    body(R, ['El presupuesto asignado a la Red Provincial fue de %s en 2021; en el año 2022 se ejecutó %s en la campaña "Moyobamba '
             'libre de trata".' % (Mmilw(85000.0, y=2021, r='a'), Mmilld(120000.0, y=2022, r='e'))])
    sign_twocol(R, 'Lic. Karina Tuesta Pinedo', 'Gerente de Desarrollo Social y Económico', 'Municipalidad Provincial de Moyobamba')
    R.save()


def s037():
    ref = 'CARTA N° 000412-2022-SUNAT/1M0300'
    cites = ['Expediente N° 000-URD003-2022-681245-5']
    R = new('s037', 'missing', 'clarification', ['prosecution'], PER29,
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'), ref, cites, '2022-11-11',
            'carta que pide precisar; el pedido y su periodo transcritos entre comillas',
            notes='Missing, clarification: SUNAT asks the requester to say which customs controls and which data he means; the '
                  'request is quoted with its period. Axis: prosecution (alerts and controls at border posts, as quoted).')
    hdr_right_stack(R, ['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Oficina de Atención de Solicitudes de Acceso a la Información'],
                    logo=LG('sunat29', 'SUNAT', 'square', (20, 60, 130), 1.5))
    open29(R, 2022, date29('Lima', '2022-11-11', 'iso_slash'), ref, RQ_C,
           [('Asunto', 'Precisión de solicitud'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Nos dirigimos a usted en relación con su solicitud ingresada con el expediente de la referencia, en la cual requiere: '
             '"información sobre las alertas y controles realizados en los puestos de control fronterizo por presunta trata de '
             'personas, %s".' % PT29['sept'],
             'Para atender su pedido, le solicitamos precisar a qué controles aduaneros y a qué puestos de control se refiere, así '
             'como el tipo de dato que requiere, dentro del plazo de dos días hábiles de recibida la presente.',
             'Atentamente,'])
    left_sign(R, 'Sr. Víctor Hugo Lazarte Pinto', 'Jefe de la Oficina de Atención de Solicitudes de Acceso a la Información', close='', before=26)
    R.save()


def s038():
    ref = 'OFICIO N° 0288-2022-GDH/MDI'
    cites = ['Expediente N° 15741-2022', 'Informe N° 073-2022-SGDEMUNA/GDH/MDI']
    R = new('s038', 'answered', None, ['protection', 'prevention'], PER29,
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'), ref, cites, '2022-12-07',
            'oficio + cuadro sin ninguna línea; cifras en palabras con dígitos entre paréntesis',
            notes='Answered. DEMUNA cases, derivations and psychological support are protection; school talks are prevention.')
    hdr_grey_band(R, ['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Gerencia de Desarrollo Humano'], 'Lima Norte')
    open29(R, 2022, date29('Independencia', '2022-12-07', 'coma_anio'), ref, RQ_B,
           [('Asunto', 'Atención a solicitud de información'), ('Referencia', 'a) %s\nb) %s' % tuple(cites))], order='gridbox', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted para informarle, según lo reportado por la Subgerencia de la DEMUNA, que en el '
             'periodo %s se atendieron %s casos de niñas, niños y adolescentes vinculados a presunta trata o explotación, y se '
             'brindó soporte psicológico a %s de ellos.' % (PT29['barras'], Cparen(23, 'caso'), Cparen(19, 'caso'))])
    rows = [['Casos derivados a la UPE Lima Norte', Cn(3, 'caso derivado', y=2020), Cn(9, 'caso derivado', y=2021), Cn(7, 'caso derivado', y=2022)],
            ['Casos derivados a la Fiscalía de Familia', Cn(1, 'caso derivado', y=2020), Cn(2, 'caso derivado', y=2021), Cn(1, 'caso derivado', y=2022)],
            ['Charlas en colegios del distrito', Cn(0, 'charla', y=2020), Cn(12, 'charla', y=2021), Cn(16, 'charla', y=2022)]]
    tab29(R, [['Acción', 'Oct.–dic.\n2020', '2021', 'Ene.–set.\n2022']], rows, style='none', widths=(8.0, 2.6, 2.2, 2.6), size=10)
    body(R, ['Atentamente,'])
    sign_right_title(R, 'Lic. Carlos Enrique Montes Laura', 'Gerente de Desarrollo Humano', 'Municipalidad Distrital de Independencia', close='', before=28)
    R.save()


def s039():
    ref = 'OFICIO N° D1204-2023-GR.CAJ/GRDS'
    cites = ['Solicitud N° 0391-2022-GR.CAJ']
    R = new('s039', 'out_of_period', None, ['prevention', 'governance'], PER29,
            S('Gobierno Regional de Cajamarca', 'GORE Cajamarca', 'regional_government'), ref, cites, '2023-01-25',
            'oficio con el periodo solo en el asunto; cifras de octubre a diciembre de 2022 y un monto programado para 2023',
            notes='Out of period: the period is written only in the subject line; the body gives only activities of October-December '
                  '2022 (after the period) and a budget programmed for 2023. Figures carry year 2022 or 2023.')
    hdr_rules_logo_right(R, ['GOBIERNO REGIONAL CAJAMARCA', 'Gerencia Regional de Desarrollo Social'], LG('grc29', 'GRC', 'shield', (0, 80, 40), 1.6))
    open29(R, 2023, date29('Cajamarca', '2023-01-25', 'anio'), ref, RQ_A,
           [('Asunto', 'Acciones contra la trata de personas – %s' % PT29['mayus']), ('Referencia', cites[0])], order='gridbox', dec=False)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia para informarle que la Instancia Regional de '
             'Concertación contra la Trata de Personas fue reactivada en octubre de 2022. Desde entonces, entre octubre y '
             'diciembre de 2022, se realizaron %s sesiones y %s campañas informativas en las provincias de Cajamarca, Jaén y '
             'Chota, con la participación de %s personas.' % (Cn(3, 'sesión', y=2022), Cn(5, 'campaña', y=2022), Cn(1260, 'persona', y=2022, st='us')),
             'Para el año fiscal 2023 se ha programado un presupuesto de %s para la implementación del Plan Regional.' % Mwparen(75000.0, y=2023, r='a'),
             'Atentamente,'])
    sign_firmaperu(R, 'Mg. Rosa Elvira Chávez Terán', 'Gerente Regional de Desarrollo Social', '2023/01/25 16:20:44-0500', ruc='20453744168', close='')
    R.save()


def s040():
    ref = 'OFICIO N° 1097-2022-REGPOL-PIURA/SEC-UNIPLEDU'
    cites = ['Solicitud N° 0612-2022']
    R = new('s040', 'missing', 'denied_exception', ['prosecution'], PER29,
            S('Región Policial Piura', 'REGPOL Piura', 'police'), ref, cites, '2022-11-18',
            'oficio policial que deniega por información clasificada (planes de operaciones e inteligencia)',
            font='Times New Roman',
            notes='Missing, denied under exceptions: the police region refuses the operation plans and intelligence reports as '
                  'classified information. Axis: prosecution.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PIURA'], size=9.5, rule=True)
    open29(R, 2022, date29('Piura', '2022-11-18', 'mayus_mes'), ref, RQ_C,
           [('Asunto', 'Respuesta a solicitud de información'), ('Ref.', cites[0])], order='tofirst', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud de la referencia, mediante la cual requiere copia de '
             'los planes de operaciones y de los informes de inteligencia sobre redes de trata de personas en la región Piura, '
             'correspondientes al periodo %s.' % PT29['largo'],
             'Al respecto, se le comunica que la documentación solicitada tiene la condición de información secreta y reservada, '
             'al estar vinculada a operaciones policiales y a actividades de inteligencia, conforme al artículo 16 del Texto Único '
             'Ordenado de la Ley N° 27806, por lo que no es posible su entrega.',
             'Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.'], first=1.0)
    rule_sign(R, 'Coronel PNP Jorge Enrique Alama Vilela', 'Jefe de la Región Policial Piura', close='Atentamente,', before=26)
    R.save()
