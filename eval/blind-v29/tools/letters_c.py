"""blind-v29 replies s041-s060 (written for this set from the labeling guide; every person, number, figure and event invented)."""
from common import *
from lib import M, C, P, XL, plain


def s041():
    ref = 'OFICIO N° 0466-2022/MPS-GDS'
    cites = ['Expediente N° 20221-18734']
    R = new('s041', 'answered', None, ['prevention', 'protection'], PER29,
            S('Municipalidad Provincial de Sullana', 'MPS', 'provincial_municipality'), ref, cites, '2022-12-15',
            'oficio mecanografiado en Courier New; cuadro con una línea arriba y otra abajo; monto en letras con cifras entre paréntesis',
            font='Courier New', size=10,
            notes='Answered. The amount is written in words with the digits in brackets (executed in 2022). DEMUNA cases and the '
                  'temporary shelter placements are protection; campaigns and talks are prevention.')
    hdr_boxacr(R, 'MPS', ['MUNICIPALIDAD PROVINCIAL DE SULLANA', 'Gerencia de Desarrollo Social'], color='8B0000')
    open29(R, 2022, date29('Sullana', '2022-12-15', 'espacios'), ref, RQ_C,
           [('Asunto', 'Información sobre trata de personas'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me dirijo a usted, en atención al expediente de la referencia, para remitirle la información del periodo %s:' % PT29['trim']], align='l')
    rows = [['Campañas en mercados', Cn(4, 'campaña', y=2021), Cn(6, 'campaña', y=2022)],
            ['Charlas en colegios', Cn(15, 'charla', y=2021), Cn(21, 'charla', y=2022)],
            ['Casos DEMUNA', Cn(7, 'caso', y=2021), Cn(5, 'caso', y=2022)],
            ['Acogimientos en CAR', Cn(2, 'acogimiento', y=2021), Cn(3, 'acogimiento', y=2022)]]
    tab29(R, [['Acción', 'Año 2021', 'Año 2022']], rows, style='topbottom', widths=(7.0, 3.2, 3.2), size=9.5)
    body(R, ['En el año 2022 la Municipalidad ejecutó la suma de %s en la impresión de materiales informativos y la movilidad del '
             'personal de la DEMUNA.' % Mwparen(12450.0, y=2022, r='e'), 'Atentamente,'], align='l')
    rule_sign(R, 'Lic. Fernando Castillo Morales', 'Gerente de Desarrollo Social', close='', before=24)
    R.save()


def s042():
    ref = 'OFICIO N° 1547-2022-GRA/GG-GRDS'
    cites = ['Solicitud N° 0918-2022', 'Informe N° 233-2022-GRA/GG-GRDS-SGDS']
    R = new('s042', 'answered', None, ['governance', 'prevention', 'protection'], PER29,
            S('Gobierno Regional de Ayacucho', 'GORE Ayacucho', 'regional_government'), ref, cites, '2022-12-21',
            'oficio + anexo SIAF apaisado en página 2 con la unidad en el título de página "expresado en miles de soles", seis columnas de ejecución por genérica de gasto y avance %',
            notes='Answered. Page 2 (landscape) states "(Expresado en miles de soles)" once in its title: every amount is the printed '
                  'number x 1,000, unit_source page. Avance % has its unit in the header. The regional plan budget is governance; '
                  'campaigns are prevention; shelter placements are protection.')
    hdr_grey_band(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social',
                      'Sub Gerencia de Desarrollo Social'], 'Ayacucho – Perú')
    open29(R, 2022, date29('Ayacucho', '2022-12-21', 'mayus_mes'), ref, RQ_A,
           [('Asunto', 'Información sobre la implementación del Plan Regional contra la Trata de Personas'),
            ('Referencia', 'a) %s\nb) %s' % tuple(cites))], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia a), para comunicarle que, según el informe de la '
             'referencia b), en el periodo %s el Gobierno Regional de Ayacucho realizó las acciones siguientes:' % PT29['sept']])
    bl(R, ['%s sesiones de la Comisión Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes.' % Cn(15, 'sesión'),
           '%s campañas de prevención en las provincias de Huamanga, Huanta y La Mar, con %s participantes.' % (Cn(33, 'campaña'), Cn(9874, 'participante', st='us')),
           'El acogimiento de %s víctimas menores de edad en el Centro de Acogida Residencial "Los Ángeles", en coordinación con la UPE.' % Cn(17, 'víctima acogida')])
    body(R, ['La ejecución presupuestal se presenta en el anexo.', 'Atentamente,'])
    sign_firmaperu(R, 'Mg. Yolanda Cusi Gutiérrez', 'Gerente Regional de Desarrollo Social', '2022/12/21 11:34:08-0500', ruc='20452393493', close='')
    R.landscape()
    page_title29(R, ['ANEXO: EJECUCIÓN PRESUPUESTAL DEL PLAN REGIONAL CONTRA LA TRATA DE PERSONAS',
                     'Unidad Ejecutora 001: Sede Central – Gobierno Regional de Ayacucho', '(Expresado en miles de soles)'], size=10)
    W = (1.3, 5.5, 2.45, 2.45, 2.45, 2.45, 2.45, 2.45, 1.5)
    siaf29(R, [('2.1', 'Personal y obligaciones sociales', [96.0, 96.0, 94.8, 94.8, 94.8, 94.8]),
               ('2.3', 'Bienes y servicios', [140.0, 188.6, 181.2, 181.2, 172.9, 170.4]),
               ('2.5', 'Otros gastos', [0.0, 12.0, 12.0, 12.0, 11.4, 11.4])],
           2021, dec=1, scale=1000, unit='page', caption='Año fiscal 2021', style='hgrid', size=8, widths=W)
    siaf29(R, [('2.1', 'Personal y obligaciones sociales', [102.0, 102.0, 76.5, 76.5, 76.5, 76.5]),
               ('2.3', 'Bienes y servicios', [150.0, 174.3, 131.8, 131.8, 104.6, 101.2])],
           2022, dec=1, scale=1000, unit='page', caption='Año fiscal 2022 (al 30 de setiembre)', style='hgrid', size=8, widths=W)
    R.save()


def s043():
    ref = 'CARTA N° 064-2022-MDVO/RAIP'
    cites = ['Solicitud N° 0157-2022']
    R = new('s043', 'missing', 'no_information', ['prevention'], None,
            S('Municipalidad Distrital de Veintiséis de Octubre', 'MDVO', 'district_municipality'), ref, cites, '2022-11-23',
            'carta muy breve sin periodo; "no se cuenta con información"',
            notes='Missing, no information. The letter does not restate the period (period fields null). Axis: prevention, the '
                  'campaigns it says it has no information on.')
    hdr_right_stack(R, ['MUNICIPALIDAD DISTRITAL DE VEINTISÉIS DE OCTUBRE', 'Responsable de Acceso a la Información Pública'])
    open29(R, 2022, date29('Veintiséis de Octubre', '2022-11-23', 'anio'), ref, RQ_C,
           [('Asunto', 'Respuesta a solicitud'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me dirijo a usted en relación con su solicitud de la referencia, sobre las campañas de prevención de la trata de '
             'personas realizadas por esta Municipalidad.',
             'Al respecto, le comunico que, de acuerdo con lo informado por la Subgerencia de Programas Sociales, no se cuenta con '
             'la información solicitada.', 'Atentamente,'])
    left_sign(R, 'Sra. Milagros Sosa Ipanaqué', 'Responsable de Acceso a la Información Pública', close='', before=26)
    R.save()


def s044():
    ref = 'ADJUDICACIÓN SIMPLIFICADA N° 018-2022-MDLO/CS-1'
    R = new('s044', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Los Olivos', 'MDLO', 'district_municipality'), ref, [], '2022-10-19',
            'aviso de convocatoria de un procedimiento de selección: cuadro de datos sin líneas y calendario con viñetas',
            notes='Off topic: a procurement notice for uniforms of the municipal guard; nothing on trafficking in persons. No axes, no '
                  'period. The estimated value is allocated (valor estimado); the quantity is a count.')
    hdr_rules_logo_right(R, ['MUNICIPALIDAD DISTRITAL DE LOS OLIVOS', 'Comité de Selección'], LG('mdlo29', 'MDLO', 'circle', (0, 90, 160), 1.5))
    R.p('AVISO DE CONVOCATORIA', align='c', bold=True, size=13, after=2)
    R.p('**%s**' % ref, align='c', after=8)
    tab29(R, [['Dato', 'Detalle']],
          [['Entidad convocante', 'Municipalidad Distrital de Los Olivos'],
           ['Objeto', 'Adquisición de uniformes para el personal de Serenazgo'],
           ['Cantidad', '%s juegos de uniforme' % Cn(420, 'juego de uniforme')],
           ['Valor estimado', '%s, incluidos los impuestos de ley' % Mus(189000.0, r='a')],
           ['Sistema de contratación', 'Suma alzada'],
           ['Fecha de publicación', fecha('2022-10-19')]], style='none', widths=(5.0, 11.0), size=10)
    R.p('**Calendario del procedimiento**', after=2)
    bl(R, ['Registro de participantes: del 20 de octubre al 3 de noviembre de 2022.', 'Formulación de consultas: del 20 al 26 de octubre de 2022.',
           'Presentación de ofertas: 4 de noviembre de 2022.', 'Otorgamiento de la buena pro: 8 de noviembre de 2022.'])
    R.p('Los Olivos, %s.' % fecha('2022-10-19'), before=8)
    R.p('EL COMITÉ DE SELECCIÓN', align='c', bold=True, before=18)
    R.save()


def s045():
    ref = 'LETTER N° 0087-2022-PROMPERU/SG'
    cites = ['Request N° 2022-0942', 'Oficio N° 0311-2022-PROMPERU/SG', 'Oficio N° 0312-2022-PROMPERU/SG']
    R = new('s045', 'missing', 'not_competent_referred', ['prevention', 'protection'], PER29,
            S('Comisión de Promoción del Perú para la Exportación y el Turismo', 'PROMPERÚ', 'other'), ref, cites, '2022-12-02',
            'letter in English: not competent, request forwarded by two cited oficios',
            lang='en', font='Calibri',
            notes='Missing, not competent and referred, in English: PROMPERÚ says it does not handle trafficking prevention or victim '
                  'assistance and forwarded the request to MINCETUR and the MIMP by two cited oficios.')
    hdr_right_stack(R, ['COMISIÓN DE PROMOCIÓN DEL PERÚ PARA LA EXPORTACIÓN Y EL TURISMO – PROMPERÚ', 'General Secretariat'],
                    logo=LG('promperu29', 'PROM', 'circle', (200, 30, 40), 1.4))
    open29(R, 2022, date29('', '2022-12-02', 'en_comma'), ref, RQ_EN,
           [('Your reference', cites[0]), ('Subject', 'Forwarding of your request for information')], order='english', motto=False)
    body(R, ['Dear Ms. Marsh,',
             'We refer to your request for information on campaigns to prevent trafficking in persons in tourist destinations and on '
             'the assistance given to victims between %s.' % PT29['en'],
             'PROMPERÚ is in charge of promoting Peru\'s exports and tourism and has no functions on those matters. Therefore, your '
             'request has been forwarded to the Ministry of Foreign Trade and Tourism by %s and to the Ministry of Women and '
             'Vulnerable Populations by %s, for their direct reply.' % (cites[1], cites[2])], align='l')
    sign_en29(R, 'Carlos Mendoza Iparraguirre', 'General Secretary (a.i.)', 'PROMPERÚ', close='Kind regards,')
    R.save()


def s046():
    ref = 'OFICIO N° 2214-2022-MINEM/DGFM'
    cites = ['Solicitud N° 3358254', 'Informe N° 0412-2022-MINEM/DGFM-DFM']
    R = new('s046', 'out_of_period', None, ['prevention'], PER29,
            S('Ministerio de Energía y Minas', 'MINEM', 'ministry'), ref, cites, '2022-12-29',
            'oficio + cuadro de dos reglas (arriba y abajo) con talleres de 2018 y 2019 por corredor minero',
            notes='Out of period: restates the period and says no workshop was held in it because of the pandemic and the end of the '
                  'project; gives only 2018-2019 workshops with miners. Figures carry their own years.')
    hdr_boxacr(R, 'MINEM', ['MINISTERIO DE ENERGÍA Y MINAS', 'Dirección General de Formalización Minera'], color='B8860B')
    open29(R, 2022, date29('San Borja', '2022-12-29', 'iso_slash'), ref, RQ_B,
           [('Asunto', 'Información sobre acciones de prevención de la trata en la minería informal'),
            ('Referencia', 'a) %s\nb) %s' % tuple(cites))], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en atención al documento de la referencia a), mediante el cual solicita información sobre las '
             'acciones de prevención de la trata de personas en los corredores mineros en el periodo %s.' % PT29['largo'],
             'Sobre el particular, la Dirección General de Formalización Minera informa que en dicho periodo no se realizaron '
             'talleres, debido a la emergencia sanitaria y a la culminación del proyecto de asistencia técnica. Los últimos '
             'talleres realizados fueron los siguientes:'])
    rows = [['La Pampa – Madre de Dios', Cn(5, 'taller', y=2018), Cn(7, 'taller', y=2019), Cn(388, 'minero capacitado', y=2019)],
            ['La Rinconada – Puno', Cn(3, 'taller', y=2018), Cn(4, 'taller', y=2019), Cn(215, 'minero capacitado', y=2019)],
            ['Nazca – Ocoña', Cn(2, 'taller', y=2018), Cn(3, 'taller', y=2019), Cn(164, 'minero capacitado', y=2019)]]
    tab29(R, [['Corredor minero', 'Talleres\n2018', 'Talleres\n2019', 'Mineros capacitados\nen 2019']], rows, style='topbottom',
          widths=(6.2, 2.6, 2.6, 4.0), size=10)
    body(R, ['Atentamente,'])
    sign_firmaperu(R, 'Ing. Augusto Cárdenas Villar', 'Director General de Formalización Minera', '2022/12/29 10:02:57-0500', ruc='20131368829', close='')
    R.save()


def s047():
    ref = 'OFICIO N° 0251-2022-GDHS-MDW'
    cites = ['Expediente N° 8745-2022']
    R = new('s047', 'answered', None, ['prevention'], PER29,
            S('Municipalidad Distrital de Wanchaq', 'MDW', 'district_municipality'), ref, cites, '2022-12-12',
            'oficio sin cuadros: todas las cifras en el texto (palabras con dígitos entre paréntesis, porcentaje con coma pegada al signo, monto con punto de miles sin decimales)',
            notes='Answered, prevention only; every figure is in the running text. "S/ 9.850" is 9,850 soles executed in 2021 (a point '
                  'as thousands separator, no decimals).')
    hdr_foot_only(R, 'Municipalidad Distrital de Wanchaq', ['Gerencia de Desarrollo Humano y Social – Av. Garcilaso s/n, Wanchaq, Cusco',
                                                             'Mesa de partes virtual: mesadepartes@muniwanchaq.gob.pe'], color='5B2C6F')
    open29(R, 2022, date29('Wanchaq', '2022-12-12', 'words'), ref, RQ_A,
           [('Asunto', 'Remite información de acciones preventivas'), ('Referencia', cites[0])], order='sumilla', dec=True)
    body(R, ['Es grato dirigirme a usted para informarle que, durante el periodo %s, esta Municipalidad realizó las siguientes '
             'acciones de prevención de la trata de personas:' % PT29['largo'],
             'En el año 2021 se desarrollaron %s talleres con estudiantes de secundaria de %s instituciones educativas del distrito, '
             'con una inversión de %s en materiales y refrigerios. En el año 2022 se organizó la campaña "Wanchaq vigilante", en la '
             'que participaron %s vecinos y %s mototaxistas de las asociaciones registradas.'
             % (Cparen(16, 'taller', y=2021), Cparen(11, 'institución educativa', fem=True, y=2021), Mdot0(9850.0, y=2021, r='e'),
                Cparen(420, 'vecino', y=2022), Cparen(135, 'mototaxista', y=2022)),
             'Según la encuesta de salida aplicada en los talleres, el %s de los estudiantes identificó correctamente las formas de '
             'captación por redes sociales, frente al %s en la encuesta de entrada.' % (Pnosp(82.4, y=2021), Pnosp(37.5, y=2021)),
             'Atentamente,'])
    sign_right_title(R, 'Lic. Wilfredo Huillca Condori', 'Gerente de Desarrollo Humano y Social', 'Municipalidad Distrital de Wanchaq', close='', before=28)
    R.save()


def s048():
    ref = 'OFICIO N° 2147-2022-GRH-GRDS'
    cites = ['Solicitud N° 0721-2022', 'Memorando N° 0318-2022-GRH-GRDS/SGPS']
    R = new('s048', 'missing', 'no_information', ['governance', 'prevention'], PER29,
            S('Gobierno Regional de Huánuco', 'GORE Huánuco', 'regional_government'), ref, cites, '2022-12-05',
            'oficio con recuadro de sumilla; no se tiene información según memorando citado',
            notes='Missing, no information: by a cited memorandum the sub-management says it keeps no records of the regional '
                  'network or campaigns for the period. Axes: what was asked (governance, prevention).')
    hdr_rules_logo_right(R, ['GOBIERNO REGIONAL HUÁNUCO', 'Gerencia Regional de Desarrollo Social'], LG('grh29', 'GRH', 'shield', (130, 0, 0), 1.5))
    open29(R, 2022, date29('Huánuco', '2022-12-05', 'romano'), ref, RQ_A,
           [('Asunto', 'Respuesta a solicitud de acceso a la información'), ('Referencia', '%s; %s' % tuple(cites))], order='sumilla', dec=True)
    body(R, ['Me dirijo a usted en atención a su solicitud, referida a las sesiones de la Red Regional contra la Trata de Personas '
             'y a las campañas de prevención realizadas en el periodo %s.' % PT29['puntos'],
             'Al respecto, mediante el %s, la Sub Gerencia de Programas Sociales comunica que no cuenta con registros ni actas de '
             'dichas actividades en el periodo indicado, por lo que no es posible proporcionar la información requerida.' % cites[1]])
    sign_twocol(R, 'Abg. Teodoro Espinoza Ramos', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Huánuco')
    R.save()


def s049():
    ref = 'OFICIO N° 002041-2022-P-CSJPU-PJ'
    cites = ['Solicitud N° 1245-2022', 'Informe N° 000289-2022-CE-UPD-GAD-CSJPU-PJ']
    R = new('s049', 'answered', None, ['prosecution'], PER29,
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'), ref, cites, '2022-12-23',
            'oficio + cuadro con una línea arriba y otra abajo, encabezado de dos filas con "Sentencias" fusionado sobre tres columnas; porcentajes en una columna',
            notes='Answered. Court cases and judgments are prosecution. Columns under the merged "Sentencias" header join it '
                  '("Sentencias Condenatorias"). The percent column is per row year.')
    hdr_boxacr(R, 'CSJPU', ['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Puno', 'Presidencia'], color='7A1F1F')
    open29(R, 2022, date29('Puno', '2022-12-23', 'coma_anio'), ref, RQ_B,
           [('Asunto', 'Información estadística sobre procesos por trata de personas'), ('Referencia', 'a) %s\nb) %s' % tuple(cites))],
           order='gridbox', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted para remitir la información estadística de los procesos por el delito de trata '
             'de personas en los órganos jurisdiccionales penales del Distrito Judicial de Puno, correspondiente al periodo %s:' % PT29['barras']])
    head = [['Año', 'Procesos\ningresados', 'Sentencias', '', '', '% de\ncondena'], ['', '', 'Condenatorias', 'Absolutorias', 'Conclusión\nanticipada', '']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)]
    data = [('2020 (oct.–dic.)', 2020, [14, 3, 1, 2]), ('2021', 2021, [52, 17, 6, 9]), ('2022 (ene.–set.)', 2022, [41, 13, 4, 8])]
    rows = []
    for lab, y, v in data:
        rows.append([lab, Cn(v[0], 'proceso ingresado', y=y), Cn(v[1], 'sentencia condenatoria', y=y), Cn(v[2], 'sentencia absolutoria', y=y),
                     Cn(v[3], 'sentencia por conclusión anticipada', y=y), Pf(round((v[1] + v[3]) / (v[1] + v[2] + v[3]) * 100, 1), 1, 'us', suf='%', y=y, u='column')])
    tab29(R, head, rows, style='topbottom', merges=mg, widths=(3.4, 2.6, 2.6, 2.6, 2.6, 2.2), size=9.5)
    body(R, ['El porcentaje de condena considera las sentencias condenatorias y las de conclusión anticipada.', 'Atentamente,'])
    sign_firmaperu(R, 'Dr. Rolando Apaza Choquehuanca', 'Presidente de la Corte Superior de Justicia de Puno', '2022/12/23 09:45:30-0500',
                   ruc='20159981216', close='')
    R.save()


def s050():
    ref = 'CARTA N° 0193-2022-MPC/OAIP'
    cites = ['Expediente N° 40587-2022']
    R = new('s050', 'missing', 'acknowledgment', ['prevention', 'protection'], PER29,
            S('Municipalidad Provincial de Cajamarca', 'MPC', 'provincial_municipality'), ref, cites, '2022-11-14',
            'carta que comunica la prórroga del plazo de atención; sin información',
            notes='Missing, recorded as acknowledgment: the letter only tells the requester that the request was received and that '
                  'the term is extended because the information must be gathered from several offices; no substantive information. '
                  'The period is quoted. Axes: what was asked (prevention, DEMUNA care).')
    hdr_grey_band(R, ['MUNICIPALIDAD PROVINCIAL DE CAJAMARCA', 'Oficina de Acceso a la Información Pública'], 'Cajamarca')
    open29(R, 2022, date29('Cajamarca', '2022-11-14', 'mes_abbr_cap'), ref, RQ_A,
           [('Asunto', 'Comunica prórroga de plazo'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me dirijo a usted en relación con su solicitud registrada con el expediente de la referencia, mediante la cual '
             'requiere información sobre las acciones de prevención de la trata de personas y la atención de casos por la DEMUNA '
             'en el periodo %s.' % PT29['trim'],
             'Al respecto, le comunico que, debido a que la información debe ser recopilada de varias unidades orgánicas, el plazo '
             'de atención de su solicitud se prorroga conforme al literal b) del artículo 11 del Texto Único Ordenado de la Ley de '
             'Transparencia y Acceso a la Información Pública. La información le será entregada a más tardar el 5 de diciembre de 2022.',
             'Atentamente,'])
    left_sign(R, 'Abg. Diana Marisol Chávez Cueva', 'Responsable de Acceso a la Información Pública', close='', before=26, initials_='DMCC/oaip')
    R.save()


def s051():
    ref = 'OFICIO N° 0082-2023-GDS-MPI'
    cites = ['Solicitud N° 1148-2022']
    R = new('s051', 'out_of_period', None, ['prevention', 'governance'], PER29,
            S('Municipalidad Provincial de Ica', 'MPI', 'provincial_municipality'), ref, cites, '2023-01-30',
            'oficio con viñetas: restituye el periodo solicitado y da solo acciones posteriores (octubre-diciembre 2022) y presupuesto 2023',
            notes='Out of period: restates the period (October 2020 - September 2022), says the provincial commission was installed in '
                  'October 2022 and gives only October-December 2022 actions and a 2023 allocation. Figures carry year 2022 or 2023.')
    hdr_boxacr(R, 'MPI', ['MUNICIPALIDAD PROVINCIAL DE ICA', 'Gerencia de Desarrollo Social'], color='A0522D')
    open29(R, 2023, date29('Ica', '2023-01-30', 'coma_anio'), ref, RQ_B,
           [('Asunto', 'Información sobre trata de personas'), ('Referencia', cites[0])], order='gridbox', dec=False)
    body(R, ['Me dirijo a usted con relación a su solicitud sobre las acciones realizadas %s. Sobre el particular, informo que la '
             'Comisión Provincial contra la Trata de Personas de Ica se instaló recién en octubre de 2022, por lo que no se '
             'registran acciones en el periodo solicitado. Con posterioridad se realizó lo siguiente:' % PT29['largo']])
    bl(R, ['Entre octubre y diciembre de 2022: %s sesiones de la Comisión Provincial y %s charlas con transportistas interprovinciales.' % (Cn(2, 'sesión', y=2022), Cn(9, 'charla', y=2022)),
           'Para el año 2023 se asignó un presupuesto de %s al Plan Provincial.' % Mspw(40000.0, y=2023, r='a')])
    body(R, ['Atentamente,'])
    sign_right_title(R, 'Lic. Ana Cecilia Uribe Hernández', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Ica', close='', before=28)
    R.save()


def s052():
    ref = 'OFICIO N° 0317-2022-MDJLO/GDS'
    cites = ['Expediente N° 15874-2022']
    R = new('s052', 'answered', None, ['prevention'], PER29,
            S('Municipalidad Distrital de José Leonardo Ortiz', 'MDJLO', 'district_municipality'), ref, cites, '2022-12-20',
            'oficio + cuadro de tres reglas (booktabs) con encabezados de dos líneas y columna de monto con "(S/)" en el encabezado',
            notes='Answered, prevention only. The money column has its unit in the header ("Gasto (S/)"), executed; each row is one '
                  'campaign of a year.')
    hdr_right_stack(R, ['MUNICIPALIDAD DISTRITAL DE JOSÉ LEONARDO ORTIZ', 'Gerencia de Desarrollo Social'],
                    logo=LG('mdjlo29', 'JLO', 'shield', (0, 110, 80), 1.4))
    open29(R, 2022, date29('José Leonardo Ortiz', '2022-12-20', 'anio'), ref, RQ_C,
           [('Asunto', 'Remite información'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me dirijo a usted, en atención al expediente de la referencia, para remitir el detalle de las campañas de prevención '
             'de la trata de personas ejecutadas en el periodo %s:' % PT29['del']])
    data = [('Campaña en el mercado Moshoqueque', 2021, 3, 1250, 4380.0), ('Campaña "Navidad segura"', 2021, 1, 610, 2150.0),
            ('Campaña en colegios', 2022, 4, 2310, 5920.5), ('Feria escolar de prevención', 2022, 1, 880, 1875.0)]
    rows = [[a, str(y), Cn(d, 'jornada', y=y), Cn(p, 'persona', st='us', y=y), Mf(g, 'us', 2, y=y, r='e')] for a, y, d, p, g in data]
    tab29(R, [['Campaña', 'Año', 'Jornadas\nrealizadas', 'Personas\nalcanzadas', 'Gasto\n(S/)']], rows, style='booktabs',
          widths=(6.4, 1.6, 2.4, 2.6, 2.6), size=9.5)
    sign_twocol(R, 'Lic. Segundo Ñiquen Santamaría', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de José Leonardo Ortiz')
    R.save()


def s053():
    ref = 'OFICIO N° 0934-2022-GORE-ICA/GRDS'
    cites = ['Solicitud N° 0577-2022']
    R = new('s053', 'answered', None, ['governance', 'prevention'], PER29,
            S('Gobierno Regional de Ica', 'GORE Ica', 'regional_government'), ref, cites, '2022-12-28',
            'oficio + cuadro con marco y rayas discontinuas; montos en el texto con espacio de miles y la palabra soles, y con punto de miles sin decimales',
            notes='Answered. "65 000 soles" is the amount allocated for 2022 and "S/ 41.870" (point as thousands separator) the amount '
                  'executed up to September 2022. The regional network is governance; campaigns are prevention.')
    hdr_rules_logo_right(R, ['GOBIERNO REGIONAL DE ICA', 'Gerencia Regional de Desarrollo Social'], LG('gri29', 'GRI', 'circle', (0, 60, 130), 1.5))
    open29(R, 2022, date29('Ica', '2022-12-28', 'abbr_wd'), ref, RQ_B,
           [('Asunto', 'Información sobre trata de personas'), ('Referencia', cites[0])], order='sumilla', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted para remitir la información solicitada, correspondiente al periodo %s:' % PT29['meses']])
    rows = [['Sesiones de la Red Regional', Cn(2, 'sesión', y=2020), Cn(7, 'sesión', y=2021), Cn(5, 'sesión', y=2022)],
            ['Campañas en agroexportadoras', Cn(1, 'campaña', y=2020), Cn(8, 'campaña', y=2021), Cn(6, 'campaña', y=2022)],
            ['Trabajadores informados', Cn(310, 'trabajador', y=2020), Cn(2145, 'trabajador', st='us', y=2021), Cn(1780, 'trabajador', st='us', y=2022)]]
    tab29(R, [['Acción', 'Oct.–dic. 2020', '2021', 'Ene.–set. 2022']], rows, style='dashed', widths=(6.4, 3.0, 2.6, 3.0), size=10)
    body(R, ['Para el año 2022 se asignaron %s a la actividad, de los cuales se ejecutó %s al cierre de setiembre.'
             % (Mspw(65000.0, y=2022, r='a'), Mdot0(41870.0, y=2022, r='e')), 'Atentamente,'])
    sign_firmaperu(R, 'Dra. Carmen Rosa Legua Aquije', 'Gerente Regional de Desarrollo Social', '2022/12/28 12:12:12-0500', ruc='20452393817', close='')
    R.save()


def s054():
    ref = 'OFICIO N° 0921-2022-MPCH/GDS'
    cites = ['Expediente N° 0064521-2022']
    R = new('s054', 'out_of_period', None, ['prevention', 'protection'], PER29,
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'), ref, cites, '2022-12-14',
            'oficio + cuadro sin líneas de años anteriores (2019 y enero-setiembre 2020)',
            notes='Out of period: restates the period and gives only 2019 and January-September 2020 (before the period starts in '
                  'October 2020). Figures carry their own years.')
    hdr_grey_band(R, ['MUNICIPALIDAD PROVINCIAL DE CHICLAYO', 'Gerencia de Desarrollo Social'], 'Chiclayo')
    open29(R, 2022, date29('Chiclayo', '2022-12-14', 'anio'), ref, RQ_C,
           [('Asunto', 'Respuesta a solicitud de información'), ('Referencia', cites[0])], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en atención a su solicitud de información sobre el periodo %s. La Gerencia de Desarrollo Social '
             'informa que, por el cambio de gestión, el acervo documentario de dicho periodo se encuentra en transferencia; por '
             'ello, solo se cuenta con la información siguiente:' % PT29['largo']])
    rows = [['Charlas preventivas', Cn(26, 'charla', y=2019), Cn(4, 'charla', y=2020)],
            ['Casos atendidos por la DEMUNA', Cn(11, 'caso', y=2019), Cn(3, 'caso', y=2020)]]
    tab29(R, [['Acción', '2019', 'Enero – setiembre\n2020']], rows, style='none', widths=(7.0, 2.6, 3.6), size=10)
    body(R, ['Atentamente,'])
    rule_sign(R, 'Lic. Ericka Vallejos Díaz', 'Gerente de Desarrollo Social', close='', before=24)
    R.save()


def s055():
    ref = 'OFICIO N° 0412-2022-UNSCH-VRI'
    cites = ['Expediente N° 11845-2022']
    R = new('s055', 'answered', None, ['governance', 'prevention'], PER29,
            S('Universidad Nacional de San Cristóbal de Huamanga', 'UNSCH', 'other'), ref, cites, '2022-12-09',
            'oficio + cuadro de proyectos con líneas horizontales solamente; financiamiento con punto de miles sin decimales en las celdas',
            notes='Answered. Research projects are governance (research and knowledge management); the outreach talks are prevention. '
                  'The funding column has "(S/)" in its header; its cells use a point as thousands separator ("25.000" = 25,000), '
                  'allocated.')
    hdr_boxacr(R, 'UNSCH', ['UNIVERSIDAD NACIONAL DE SAN CRISTÓBAL DE HUAMANGA', 'Vicerrectorado de Investigación'], color='8B0000')
    open29(R, 2022, date29('Ayacucho', '2022-12-09', 'romano'), ref, RQ_A,
           [('Asunto', 'Proyectos de investigación sobre trata de personas'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me es grato dirigirme a usted para remitir la relación de proyectos de investigación sobre trata de personas '
             'ejecutados con fondos concursables de la Universidad en el periodo %s:' % PT29['puntos']])
    data = [('Captación de adolescentes por redes sociales en Huamanga', 2021, 25000.0, 14),
            ('Trabajo infantil y trata en la minería artesanal de Lucanas', 2021, 32500.0, 8),
            ('Rutas de trata en el VRAEM', 2022, 40000.0, 11)]
    rows = [[t, str(y), Mdot0(f, pre='', y=y, r='a'), Cn(c, 'charla', y=y)] for t, y, f, c in data]
    tab29(R, [['Proyecto', 'Año de\ninicio', 'Financiamiento\n(S/)', 'Charlas de\ndifusión']], rows, style='hgrid',
          widths=(8.8, 1.8, 3.0, 2.4), size=9.5)
    body(R, ['Atentamente,'])
    sign_right_title(R, 'Dr. Efraín Quispe Palomino', 'Vicerrector de Investigación', 'Universidad Nacional de San Cristóbal de Huamanga', close='', before=28)
    R.save()


def s056():
    ref = 'CARTA N° 0142-2022-MDE/GDS'
    cites = ['Solicitud N° 0228-2022']
    R = new('s056', 'out_of_period', None, ['prevention'], PER29,
            S('Municipalidad Distrital de La Esperanza', 'MDE', 'district_municipality'), ref, cites, '2022-11-30',
            'carta breve: solo acciones de 2019',
            notes='Out of period: restates the period and reports only the 2019 campaigns, the last ones in its files; nothing is '
                  'said about the requested period itself. Figures carry year 2019.')
    hdr_foot_only(R, 'Municipalidad Distrital de La Esperanza', ['Gerencia de Desarrollo Social – Calle Jorge Chávez 1121, La Esperanza, Trujillo'], color='1F618D')
    open29(R, 2022, date29('La Esperanza', '2022-11-30', 'coma_anio'), ref, RQ_B,
           [('Asunto', 'Atención de solicitud'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me dirijo a usted en atención a su solicitud referida al periodo %s. Al respecto, la Gerencia de Desarrollo Social '
             'informa que las últimas campañas registradas en sus archivos corresponden al año 2019, cuando se realizaron %s '
             'campañas en instituciones educativas con la participación de %s estudiantes.' % (PT29['barras'], Cwords28(6, 'campaña', fem=True, y=2019), Cn(940, 'estudiante', y=2019)),
             'Atentamente,'])
    left_sign(R, 'Lic. Roxana Alayo Cruz', 'Gerente de Desarrollo Social', close='', before=24)
    R.save()


def s057():
    ref = 'OFICIO N° 001284-2022-GRC/GRDS'
    cites = ['Solicitud N° 2022-004587', 'Informe N° 077-2022-GRC/GRDS-SGPS']
    R = new('s057', 'answered', None, ['protection', 'governance'], PER29,
            S('Gobierno Regional del Callao', 'GORE Callao', 'regional_government'), ref, cites, '2022-12-16',
            'oficio (página 1) + informe técnico con filas A/DE/ASUNTO/FECHA (página 2) y cuadro de residentes con líneas horizontales solamente',
            notes='Answered. Page 2 is the cited report: residents of the regional shelter who are victims of trafficking (protection) '
                  'and the regional board sessions (governance). The report repeats some page-1 numbers; each printed figure is recorded '
                  'on its page.')
    hdr_boxacr(R, 'GRC', ['GOBIERNO REGIONAL DEL CALLAO', 'Gerencia Regional de Desarrollo Social'], color='00427A')
    open29(R, 2022, date29('Callao', '2022-12-16', 'iso_slash'), ref, RQ_B,
           [('Asunto', 'Información sobre víctimas de trata de personas acogidas'), ('Referencia', 'a) %s\nb) %s' % tuple(cites))],
           order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia a), para remitirle el informe de la referencia b), en el '
             'que la Sub Gerencia de Programas Sociales da cuenta de las acciones realizadas entre %s.' % PT29['meses'],
             'En síntesis, el Centro de Acogida Residencial regional acogió a %s adolescentes víctimas de trata en dicho periodo.' % Cn(29, 'adolescente acogida'),
             'Atentamente,'])
    sign_firmaperu(R, 'Lic. Giuliana Paola Ferrer Vera', 'Gerente Regional de Desarrollo Social', '2022/12/16 15:48:19-0500', ruc='20505703554', close='')
    R.pagebreak()
    R.p('**%s**' % cites[1], align='c', after=8)
    for k, v in (('A', 'Gerente Regional de Desarrollo Social'), ('DE', 'Sub Gerente de Programas Sociales'),
                 ('ASUNTO', 'Víctimas de trata de personas acogidas en el CAR regional'), ('FECHA', 'Callao, 12 de diciembre de 2022')):
        R.p('**%s**\t:\t%s' % (k, v), after=2)
    q = R.p('', after=8, size=4)
    body(R, ['1. El Centro de Acogida Residencial "Casa de la Esperanza" atendió a las adolescentes víctimas de trata derivadas por '
             'la Unidad de Protección Especial del Callao, según el detalle siguiente:'])
    rows = [['Oct.–dic. 2020', Cn(4, 'adolescente acogida', y=2020), Cn(1, 'adolescente reintegrada', y=2020)],
            ['2021', Cn(14, 'adolescente acogida', y=2021), Cn(6, 'adolescente reintegrada', y=2021)],
            ['Ene.–set. 2022', Cn(11, 'adolescente acogida', y=2022), Cn(5, 'adolescente reintegrada', y=2022)],
            ['Total', Cn(29, 'adolescente acogida'), Cn(12, 'adolescente reintegrada')]]
    tab29(R, [['Periodo', 'Adolescentes\nacogidas', 'Reintegradas\na su familia']], rows, style='hgrid', widths=(4.4, 3.4, 3.4), size=10, bold_last=True)
    body(R, ['2. La Mesa Regional de Protección frente a la Trata de Personas del Callao sesionó %s veces en el periodo.' % Cn(9, 'sesión'),
             '3. Se recomienda remitir el presente informe a la solicitante.'])
    R.p('Atentamente,', before=4)
    R.p('Lic. Óscar Vílchez Paredes', bold=True, before=24, after=0)
    R.p('Sub Gerente de Programas Sociales', after=0)
    R.save()


def s058():
    ref = 'OFICIO N° 0044-2023-MDC/GDS'
    cites = ['Solicitud N° 0309-2022']
    R = new('s058', 'out_of_period', None, ['prevention', 'governance'], PER29,
            S('Municipalidad Distrital de Castilla', 'MDC', 'district_municipality'), ref, cites, '2023-01-16',
            'oficio con el periodo solo en el asunto; solo lo programado para 2023',
            notes='Out of period: the period is written only in the subject line; the body gives only what is planned for 2023 (talks '
                  'and an allocation). Figures carry year 2023.')
    hdr_grey_band(R, ['MUNICIPALIDAD DISTRITAL DE CASTILLA', 'Gerencia de Desarrollo Social'], 'Piura')
    open29(R, 2023, date29('Castilla', '2023-01-16', 'anio'), ref, RQ_C,
           [('Asunto', 'Acciones frente a la trata de personas, %s' % PT29['puntos']), ('Referencia', cites[0])], order='sumilla', dec=False)
    body(R, ['Me dirijo a usted en atención a su solicitud de la referencia. La nueva gestión municipal, que asumió funciones el '
             '2 de enero de 2023, ha incorporado en el Plan Operativo Institucional 2023 la realización de %s charlas de prevención '
             'de la trata de personas en instituciones educativas del distrito, con un presupuesto asignado de %s.'
             % (Cn(20, 'charla', y=2023), Mus(15000.0, y=2023, r='a'))])
    sign_twocol(R, 'Abg. Lucía Fernanda Sernaqué Ruiz', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Castilla')
    R.save()


def s059():
    ref = 'OFICIO N° 001872-2022-SIS/GA'
    cites = ['Solicitud N° SIS-2022-0078451']
    R = new('s059', 'answered', None, ['protection'], PER29,
            S('Seguro Integral de Salud', 'SIS', 'other'), ref, cites, '2022-12-22',
            'oficio + cuadro con encabezado de dos filas ("Atenciones" fusionado sobre dos columnas) y columna de monto en soles; líneas horizontales solamente',
            notes='Answered. Health insurance coverage of victims of trafficking and the cost of their care are protection. The money '
                  'column has its unit in the header ("Valor de producción (S/)") and is executed.')
    hdr_right_stack(R, ['SEGURO INTEGRAL DE SALUD', 'Gerencia del Asegurado'], logo=LG('sis29', 'SIS', 'square', (0, 100, 150), 1.4))
    open29(R, 2022, date29('Lima', '2022-12-22', 'iso_slash'), ref, RQ_A,
           [('Asunto', 'Afiliación y atenciones de víctimas de trata de personas'), ('Referencia', cites[0])], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, para informarle sobre la afiliación al SIS de las '
             'víctimas de trata de personas y las atenciones financiadas %s:' % PT29['largo']])
    head = [['Año', 'Víctimas\nafiliadas', 'Atenciones', '', 'Valor de\nproducción (S/)'], ['', '', 'Ambulatorias', 'Hospitalarias', '']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4)]
    data = [('2020', 2020, 87, 412, 9, 58420.3), ('2021', 2021, 356, 1894, 31, 241875.6), ('2022', 2022, 298, 1527, 24, 196402.15)]
    rows = [[lab, Cn(a, 'víctima afiliada', y=y), Cn(b, 'atención ambulatoria', st='us', y=y), Cn(c, 'atención hospitalaria', y=y), Mf(v, 'us', 2, y=y, r='e')]
            for lab, y, a, b, c, v in data]
    tab29(R, head, rows, style='hgrid', merges=mg, widths=(2.4, 2.8, 3.0, 3.0, 3.6), size=10)
    body(R, ['Nota: 2020 corresponde a octubre – diciembre y 2022 a enero – setiembre.', 'Atentamente,'], size=9)
    sign_firmaperu(R, 'Dra. Patricia Elena Gamarra Soto', 'Gerente del Asegurado', '2022/12/22 17:30:02-0500', ruc='20505208626', close='')
    R.save()


def s060():
    ref = 'OFICIO N° 1128-2022-MML-GDIS'
    cites = ['Expediente N° 574521-2022', 'Informe N° 312-2022-MML-GDIS-SPS']
    R = new('s060', 'answered', None, ['prevention', 'protection', 'governance'], PER29,
            S('Municipalidad Metropolitana de Lima', 'MML', 'provincial_municipality'), ref, cites, '2023-01-06',
            'oficio (página 1) + informe con cuadro sin líneas por año y montos en el texto en millones con punto decimal (página 2)',
            notes='Answered. Page 2 is the cited report. "S/ 1.35 millones" is 1,350,000 allocated for the metropolitan plan for '
                  '2021-2022 (no single year). Talks and campaigns are prevention; DEMUNA and shelter referrals are protection; the '
                  'metropolitan plan budget is governance.')
    hdr_rules_logo_right(R, ['MUNICIPALIDAD METROPOLITANA DE LIMA', 'Gerencia de Desarrollo e Inclusión Social'], LG('mml29', 'MML', 'shield', (0, 60, 120), 1.5))
    open29(R, 2023, date29('Lima', '2023-01-06', 'anio'), ref, RQ_B,
           [('Asunto', 'Atención de solicitud de acceso a la información'), ('Referencia', '%s\n%s' % tuple(cites))], order='gridbox', dec=False)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para remitirle el informe elaborado por la Subgerencia de '
             'Protección Social sobre las acciones contra la trata de personas desarrolladas por esta Corporación Municipal entre '
             '%s, con un presupuesto asignado de %s para el Plan Metropolitano en los años 2021 y 2022.' % (PT29['meses'], Mmilld(1350000.0, r='a'))])
    sign_twocol(R, 'Lic. Mario Eduardo Ugarte Bravo', 'Gerente de Desarrollo e Inclusión Social', 'Municipalidad Metropolitana de Lima')
    R.pagebreak()
    R.p('**%s**' % cites[1], align='c', after=6)
    for k, v in (('A', 'Gerencia de Desarrollo e Inclusión Social'), ('DE', 'Subgerencia de Protección Social'),
                 ('ASUNTO', 'Acciones contra la trata de personas'), ('FECHA', 'Lima, 3 de enero de 2023')):
        R.p('**%s**\t:\t%s' % (k, v), after=2)
    R.p('', after=6, size=4)
    body(R, ['I. ACCIONES DE PREVENCIÓN Y ATENCIÓN', 'Las acciones realizadas se resumen en el cuadro siguiente:'])
    rows = [['Charlas en colegios del Cercado', Cn(8, 'charla', y=2020), Cn(46, 'charla', y=2021), Cn(39, 'charla', y=2022)],
            ['Campañas en paraderos y terminales', Cn(2, 'campaña', y=2020), Cn(11, 'campaña', y=2021), Cn(9, 'campaña', y=2022)],
            ['Casos derivados por la DEMUNA', Cn(5, 'caso derivado', y=2020), Cn(17, 'caso derivado', y=2021), Cn(13, 'caso derivado', y=2022)],
            ['Derivaciones a hogares de refugio', Cn(1, 'derivación', y=2020), Cn(6, 'derivación', y=2021), Cn(4, 'derivación', y=2022)]]
    tab29(R, [['Acción', 'Oct.–dic.\n2020', '2021', 'Ene.–set.\n2022']], rows, style='none', widths=(7.6, 2.6, 2.4, 2.6), size=10)
    body(R, ['II. PRESUPUESTO',
             'Del presupuesto asignado al Plan Metropolitano se ejecutó %s en 2021 y %s en 2022 (al mes de setiembre), lo que '
             'representa un avance acumulado del %s.' % (Mmilld(610000.0, y=2021, r='e'), Mmilld(490000.0, y=2022, r='e'), Pussp(81.5)),
             'III. CONCLUSIÓN', 'Se recomienda remitir el presente informe a la solicitante.'])
    R.p('Lic. Silvia Naranjo Campos', bold=True, before=22, after=0)
    R.p('Subgerente de Protección Social', after=0)
    R.save()
