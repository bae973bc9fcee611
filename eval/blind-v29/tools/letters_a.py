"""blind-v29 replies s001-s020 (written for this set from the labeling guide; every person, number, figure and event invented)."""
from common import *
from lib import M, C, P, XL, plain

Y20, Y21, Y22 = '2020 (oct.–dic.)', '2021', '2022 (ene.–set.)'


def s001():
    ref = 'OFICIO N° 1187-2022-GR PUNO/GRDS'
    cites = ['Solicitud N° 2022-004512', 'Informe N° 0213-2022-GR PUNO/GRDS/SGDIS']
    R = new('s001', 'answered', None, ['governance', 'prevention', 'protection'], PER29,
            S('Gobierno Regional de Puno', 'GORE Puno', 'regional_government'), ref, cites, '2022-11-18',
            'oficio + anexo SIAF por genérica de gasto en página 2 apaisada, unidad "(EN SOLES)" una sola vez en el título de cada cuadro, celdas sin signo, encabezados en dos líneas',
            notes='Answered: figures for 2020-2022 inside the requested period. The annex states the unit once in each table title '
                  '("(EN SOLES)"), so its cells have unit_source caption; the Avance % column has its unit in the header. '
                  'Mesa sessions and the regional plan are governance; talks are prevention; victims referred to the CEM and the '
                  'UPE are protection.')
    hdr_boxacr(R, 'GRP', ['GOBIERNO REGIONAL PUNO', 'Gerencia Regional de Desarrollo Social',
                          'Sub Gerencia de Desarrollo e Inclusión Social'], color='1F5C99')
    open29(R, 2022, date29('Puno', '2022-11-18', 'anio'), ref, RQ_B,
           [('Asunto', 'Atención a solicitud de acceso a la información pública'),
            ('Referencia', 'a) %s\nb) %s' % tuple(cites))], order='gridbox', dec=True)
    body(R, [
        'De mi consideración:',
        'Me dirijo a usted en atención al documento de la referencia a), mediante el cual solicita información sobre las '
        'acciones desarrolladas por este Gobierno Regional contra la trata de personas en el periodo %s. Sobre el particular, '
        'la Sub Gerencia de Desarrollo e Inclusión Social, mediante el documento de la referencia b), informa lo siguiente:' % PT29['largo'],
        'La Mesa Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Puno sesionó %s veces en dicho periodo '
        'y aprobó la actualización del Plan Regional de Acción con la participación de %s instituciones públicas y privadas.'
        % (Cn(17, 'sesión'), Cn(23, 'institución')),
        'En materia de prevención se realizaron %s charlas informativas en instituciones educativas de las provincias de Puno, '
        'San Román, Chucuito y Yunguyo, con %s estudiantes participantes, así como %s ferias informativas en zonas de frontera.'
        % (Cn(64, 'charla'), Cn(5318, 'estudiante'), Cn(9, 'feria informativa')),
        'Asimismo, la Sub Gerencia derivó a %s presuntas víctimas a los Centros de Emergencia Mujer y a la Unidad de Protección '
        'Especial de Puno para su atención.' % Cn(31, 'víctima derivada'),
        'La ejecución presupuestal de la actividad se detalla en el anexo adjunto.'])
    sign_firmaperu(R, 'Lic. Gladys Mamani Condori', 'Gerente Regional de Desarrollo Social', '2022/11/18 16:42:05-0500',
                   ruc='20406325815')
    R.landscape()
    page_title29(R, ['ANEXO N° 01', 'Ejecución presupuestal de la actividad "Prevención y atención de la trata de personas"',
                     'Fuente: Consulta SIAF – Módulo de Procesos Presupuestarios'], size=9.5)
    W9 = (1.3, 5.5, 2.45, 2.45, 2.45, 2.45, 2.45, 2.45, 1.5)
    siaf29(R, [('2.1', 'Personal y obligaciones sociales', [0.0, 42000.0, 42000.0, 42000.0, 41250.0, 41250.0]),
               ('2.3', 'Bienes y servicios', [85000.0, 131480.0, 126900.0, 126900.0, 118366.4, 117020.4]),
               ('2.6', 'Adquisición de activos no financieros', [0.0, 18500.0, 18500.0, 18500.0, 18450.0, 18450.0])],
           2021, caption='CUADRO N° 1 – AÑO FISCAL 2021 (EN SOLES)', unit='caption', size=8, widths=W9)
    siaf29(R, [('2.1', 'Personal y obligaciones sociales', [45000.0, 45000.0, 33750.0, 33750.0, 33750.0, 33750.0]),
               ('2.3', 'Bienes y servicios', [92000.0, 104300.0, 87215.0, 87215.0, 70418.9, 68802.9])],
           2022, caption='CUADRO N° 2 – AÑO FISCAL 2022, AL 30 DE SETIEMBRE (EN SOLES)', unit='caption', size=8, widths=W9,
           note='Nota: el Avance % es la relación entre el devengado y el PIM.')
    R.save()


def s002():
    ref = 'OFICIO N° 0732-2022-MPSR-J/GDHS'
    cites = ['Expediente N° 21487-2022', 'Informe N° 118-2022-MPSR-J/GDHS/SGDEMUNA']
    R = new('s002', 'answered', None, ['prevention', 'protection'], PER29,
            S('Municipalidad Provincial de San Román', 'MPSR', 'provincial_municipality'), ref, cites, '2022-11-29',
            'oficio en puntos numerados, cifras solo en el texto',
            notes='Answered although it says the municipal programme for the labour reinsertion of victims "no ha sido creado" and '
                  'that inspecting working conditions is a competence of SUNAFIL: it gives real figures of the period (talks to '
                  'market workers, flyers handed out, DEMUNA cases). The statement that the reinsertion programme does not exist is '
                  'information on protection; naming SUNAFIL as competent for inspection gives no prosecution axis.')
    hdr_rules_logo_right(R, ['MUNICIPALIDAD PROVINCIAL DE SAN ROMÁN – JULIACA', 'Gerencia de Desarrollo Humano y Social',
                             'Jr. 9 de Diciembre N° 129 – Juliaca'], LG('mpsr29', 'MPSR', 'circle', (20, 90, 40), 1.8))
    open29(R, 2022, date29('Juliaca', '2022-11-29', 'romano'), ref, RQ_A,
           [('Asunto', 'Remite información sobre acciones frente a la trata de personas'),
            ('Referencia', '%s; %s' % tuple(cites))], order='tofirst', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, por el cual solicita información '
             'correspondiente al periodo de %s. Al respecto, de acuerdo con lo informado por la Sub Gerencia de la DEMUNA, se '
             'precisa lo siguiente:' % PT29['meses']])
    numbered(R, [
        'Durante el periodo señalado se dictaron %s charlas de sensibilización sobre trata de personas y explotación laboral '
        'dirigidas a trabajadores y trabajadoras de los mercados Túpac Amaru, Santa Bárbara y Manco Cápac, con la asistencia de '
        '%s personas.' % (Cn(38, 'charla'), Cn(1126, 'persona')),
        'Se entregaron %s volantes y %s afiches informativos sobre la Línea 1818 en los terminales terrestres de la ciudad, en '
        'coordinación con la Policía Nacional.' % (Cn(12500, 'volante', st='us'), Cn(640, 'afiche')),
        'La DEMUNA registró %s casos de niñas, niños y adolescentes en presunta situación de riesgo vinculada a la trata, los '
        'cuales fueron derivados a la Unidad de Protección Especial y a la Fiscalía de Familia.' % Cparen(14, 'caso'),
        'El programa municipal de inserción laboral para víctimas de trata de personas, previsto en la ordenanza provincial, '
        'no ha sido creado a la fecha por falta de financiamiento.',
        'La inspección de las condiciones de trabajo en los centros laborales es competencia de la Superintendencia Nacional de '
        'Fiscalización Laboral – SUNAFIL, por lo que esta Municipalidad no cuenta con información sobre dicho extremo.'])
    sign_twocol(R, 'Abg. Percy Quispe Ccallo', 'Gerente de Desarrollo Humano y Social', 'Municipalidad Provincial de San Román',
                left_extra=('C.c.: Archivo', 'PQC/rmh'))
    R.save()


def s003():
    ref = 'OFICIO N° 000418-2022-MP-FN-FPETP-PUNO'
    cites = ['Carta N° 0057-2022-LAQM']
    R = new('s003', 'answered', None, ['prosecution', 'protection'], PER29,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno', 'FPETP Puno', 'autonomous'), ref, cites,
            '2022-12-06', 'oficio + cuadro sin líneas verticales (booktabs), encabezado de dos filas con "Carpetas fiscales" fusionado sobre tres columnas, encabezados en dos líneas',
            notes='Answered. Years are calendar parts of the period: "2020 (oct.–dic.)" is 2020 and "2022 (ene.–set.)" is 2022; '
                  'the total row has no year. Victims placed in shelters (protection) are given in the text.')
    hdr_grey_band(R, ['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Puno',
                      'Fiscalía Provincial Especializada en Delitos de Trata de Personas'], 'Fiscalía especializada')
    open29(R, 2022, date29('Puno', '2022-12-06', 'abbr_wd'), ref, RQ_A,
           [('Asunto', 'Información estadística de carpetas fiscales por delito de trata de personas (%s)' % PT29['puntos']),
            ('Ref.', cites[0])], order='sumilla', dec=True)
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, para remitir la información '
             'estadística de este despacho fiscal correspondiente al periodo solicitado, extraída del Sistema de Gestión Fiscal:'])
    head = [['Periodo', 'Carpetas fiscales', '', '', 'Víctimas\nidentificadas', 'Acusaciones\nformuladas'],
            ['', 'Ingresadas', 'Formalizadas', 'Archivadas', '', '']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
    what = ['carpeta fiscal ingresada', 'carpeta fiscal formalizada', 'carpeta fiscal archivada', 'víctima identificada', 'acusación']
    data = [(Y20, 2020, [11, 4, 5, 17, 2]), (Y21, 2021, [46, 19, 21, 72, 9]), (Y22, 2022, [38, 15, 14, 55, 7])]
    rows, tot = [], [0] * 5
    for lab, y, vals in data:
        rows.append([lab] + [Cn(v, what[j], y=y) for j, v in enumerate(vals)])
        tot = [a + b for a, b in zip(tot, vals)]
    rows.append(['Total'] + [Cn(v, what[j]) for j, v in enumerate(tot)])
    tab29(R, head, rows, style='booktabs', merges=mg, widths=(3.0, 2.4, 2.6, 2.4, 2.8, 2.8), size=9, bold_last=True,
          caption='Carpetas fiscales por trata de personas – Fiscalía Especializada de Puno')
    body(R, ['De las víctimas identificadas, %s eran menores de edad y fueron puestas a disposición de la Unidad de Protección '
             'Especial; %s personas adultas fueron acogidas en hogares de refugio temporal.' % (Cn(87, 'víctima menor de edad'), Cn(23, 'víctima acogida')),
             'Es todo cuanto informo a usted.'])
    sign_right_title(R, 'Dra. Milagros Apaza Huanca', 'Fiscal Provincial', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Puno')
    R.save()


def s004():
    ref = 'OFICIO N° 412-2022-REGPOL-PUNO/SEC-UNIPLEDU'
    cites = ['Solicitud de Acceso a la Información N° 0921-2022']
    R = new('s004', 'out_of_period', None, ['prosecution', 'prevention'], PER29,
            S('Región Policial Puno', 'REGPOL Puno', 'police'), ref, cites, '2022-12-14',
            'oficio policial en Times New Roman, viñetas con metas programadas para 2023',
            font='Times New Roman',
            notes='Out of period: the reply restates the requested period (1 October 2020 - 30 September 2022), says the unit keeps '
                  'no consolidated record of it and gives only what is planned for 2023 (operations, training, a programmed budget). '
                  'Every figure is a 2023 plan; the amount is allocated (programado).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PUNO', 'UNIDAD DE PLANEAMIENTO Y EDUCACIÓN'], size=9, rule=False)
    open29(R, 2022, date29('Puno', '2022-12-14', 'mayus_mes'), ref, RQ_B,
           [('Asunto', 'Información sobre trata de personas'), ('Ref.', cites[0])], order='tofirst', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita '
             'información sobre las operaciones policiales contra la trata de personas realizadas %s.' % PT29['largo'],
             'Al respecto, se informa que esta Unidad no cuenta con información consolidada del periodo solicitado, toda vez que '
             'el registro de las divisiones y comisarías se viene reconstruyendo. No obstante, se pone en su conocimiento el '
             'Plan de Operaciones contra la Trata de Personas aprobado para el año 2023, que contempla lo siguiente:'], first=1.0)
    bl(R, ['%s operativos programados en el corredor Juliaca – La Rinconada – Ananea durante el año 2023.' % Cn(24, 'operativo programado', y=2023),
           'La capacitación de %s efectivos policiales en técnicas de investigación del delito de trata de personas en 2023.' % Cn(180, 'efectivo policial', y=2023),
           'Un presupuesto programado de %s para el año 2023, con cargo a la actividad de control del orden interno.' % Mus(96400.0, y=2023, r='a'),
           '%s campañas de prevención en instituciones educativas de la provincia de San Antonio de Putina en 2023.' % Cn(12, 'campaña', y=2023)])
    body(R, ['Lo que se comunica a usted para los fines pertinentes.'])
    sign_right_title(R, 'Coronel PNP Raúl Ticona Larico', 'Jefe de la Región Policial Puno', close='Atentamente,', copies='Archivo UNIPLEDU')
    R.save()


def s005():
    ref = 'CARTA N° 087-2022-MDAV/GM'
    cites = ['Solicitud N° 064-2022']
    R = new('s005', 'answered', None, ['prevention', 'governance'], PER29,
            S('Municipalidad Distrital de Aguas Verdes', 'MDAV', 'district_municipality'), ref, cites, '2022-11-24',
            'carta breve con encabezado solo en el pie, respuesta nula sustantiva, sin cifras',
            notes='Answered: a substantive null answer. The municipality states that during the requested period it carried out no '
                  'prevention action and assigned no budget to PNAT activities; the guide counts "no actions were carried out" as '
                  'answered. Axes: prevention (the actions asked about) and governance (budget for PNAT actions). No figures.')
    hdr_foot_only(R, 'Municipalidad Distrital de Aguas Verdes', ['Gerencia Municipal – Av. República de Panamá s/n, Aguas Verdes, Zarumilla, Tumbes',
                                                                   'www.muniaguasverdes.gob.pe'], color='0E6B5C')
    lema(R, 2022, dec=True, size=7.5)
    R.p(date29('Aguas Verdes', '2022-11-24', 'coma_anio'), align='r', after=6)
    R.p('**%s**' % ref, after=6)
    for ln in RQ_C:
        R.p(ln, after=0)
    R.p('', after=4)
    R.p('**Asunto:** Respuesta a la %s' % cites[0], after=8)
    body(R, ['Por medio de la presente me dirijo a usted para dar respuesta a su solicitud de acceso a la información pública, '
             'referida a las acciones de prevención de la trata de personas y al presupuesto asignado a ellas en el periodo %s.' % PT29['barras'],
             'Sobre el particular, la Gerencia de Desarrollo Social ha informado que durante el periodo solicitado esta Municipalidad '
             'no realizó acciones de prevención ni de sensibilización frente a la trata de personas, ni asignó presupuesto a '
             'actividades vinculadas al Plan Nacional contra la Trata de Personas.',
             'Sin otro particular, quedo de usted.'])
    left_sign(R, 'Ing. César Augusto Zapata Ruiz', 'Gerente Municipal', close='Atentamente,', initials_='CAZR/gm')
    R.save()


def s006():
    ref = 'RESOLUCIÓN GERENCIAL GENERAL REGIONAL N° 318-2022/GOB.REG-HVCA/GGR'
    R = new('s006', 'missing', 'off_topic', [], None,
            S('Gobierno Regional de Huancavelica', 'GORE Huancavelica', 'regional_government'), ref,
            ['Informe N° 0942-2022/GOB.REG.HVCA/GRPPyAT-SGP'], '2022-10-21',
            'resolución gerencial regional (VISTO, CONSIDERANDO, SE RESUELVE) que aprueba una modificación presupuestaria; cuadro de anulaciones y créditos',
            notes='Off topic: a resolution approving a budget modification between projects of irrigation and school '
                  'infrastructure; nothing on trafficking in persons. No axes; no period. Amounts have no role (modifications).')
    R.header(['GOBIERNO REGIONAL DE HUANCAVELICA', 'Gerencia General Regional'], logo=LG('hvca29', 'GRH', 'shield', (110, 20, 20), 1.6), size=9, rule=True)
    R.p('**%s**' % ref, align='c', after=4)
    R.p(date29('Huancavelica', '2022-10-21', 'anio'), align='c', after=10)
    R.p('**VISTO:**', after=2)
    body(R, ['El Informe N° 0942-2022/GOB.REG.HVCA/GRPPyAT-SGP de la Sub Gerencia de Presupuesto, que sustenta la modificación '
             'presupuestaria en el nivel funcional programático entre proyectos de inversión del pliego; y,'])
    R.p('**CONSIDERANDO:**', after=2)
    body(R, ['Que, la Sub Gerencia de Presupuesto propone anular recursos del proyecto de mejoramiento del sistema de riego '
             'Ccochaccasa por un monto de %s, por haberse postergado su ejecución, y habilitar con ellos el proyecto de '
             'mejoramiento de la institución educativa N° 36005 de Acobamba;' % Mus(1250000.0),
             'Que, la modificación se sustenta en la normativa del Sistema Nacional de Presupuesto Público y cuenta con la '
             'opinión favorable de la Oficina de Asesoría Jurídica;'])
    R.p('**SE RESUELVE:**', after=2)
    body(R, ['**ARTÍCULO PRIMERO.-** APROBAR la modificación presupuestaria en el nivel funcional programático del Pliego 447 '
             'Gobierno Regional de Huancavelica, conforme al detalle siguiente:'])
    rows = [['2001621', 'Anulación – sistema de riego Ccochaccasa', Mus(1250000.0, pre=''), '–'],
            ['2003318', 'Crédito – I.E. N° 36005 Acobamba', '–', Mus(1250000.0, pre='')]]
    tab29(R, [['Código', 'Proyecto', 'Anulación\n(S/)', 'Crédito\n(S/)']], rows, style='grid', widths=(2.2, 8.0, 3.0, 3.0), size=9, row_label_col=1)
    body(R, ['**ARTÍCULO SEGUNDO.-** DISPONER la publicación de la presente resolución en el portal institucional.',
             'REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.'])
    rule_sign(R, 'Econ. Wilber Huamán Quispe', 'Gerente General Regional', close='', before=24)
    R.save()


def s007():
    ref = 'OFICIO N° 3318-2022-DGIESP/MINSA'
    cites = ['Hoja de Trámite N° 2022-0214587', 'Nota Informativa N° 412-2022-DGIESP-DSAME/MINSA']
    R = new('s007', 'answered', None, ['protection', 'prevention'], PER29,
            S('Ministerio de Salud', 'MINSA', 'ministry'), ref, cites, '2022-12-12',
            'oficio + cuadro sin ninguna línea (sin reglas), encabezados en dos líneas, porcentajes en el texto con coma decimal pegada al signo',
            notes='Answered. Health and mental-health care of victims is protection; training of health staff to detect cases is '
                  'prevention. The unruled table has its unit (persons) in the column headers; percents in the text are shares of '
                  'the total of the period (no year).')
    hdr_right_stack(R, ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública',
                        'Dirección de Salud Mental'], logo=LG('minsa29', 'MINSA', 'square', (160, 20, 30), 1.5))
    open29(R, 2022, date29('Lima', '2022-12-12', 'iso_slash'), ref, RQ_A,
           [('Asunto', 'Atenciones de salud a víctimas de trata de personas'), ('Referencia', '\n'.join(cites))], order='gridbox', dec=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en relación con el documento de la referencia, para hacer de su conocimiento '
             'la información remitida por la Dirección de Salud Mental sobre las atenciones brindadas a víctimas de trata de '
             'personas en los establecimientos de salud, %s:' % PT29['largo']])
    rows = []
    data = [('Lima Metropolitana', [142, 96, 38]), ('Puno', [61, 44, 17]), ('Madre de Dios', [58, 41, 12]),
            ('Loreto', [39, 27, 9]), ('Cusco', [33, 25, 6]), ('Tumbes', [21, 14, 5])]
    W = ['víctima atendida', 'víctima atendida en salud mental', 'víctima con seguimiento']
    tot = [0, 0, 0]
    for lab, v in data:
        rows.append([lab] + [Cn(x, W[j]) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [Cn(x, W[j]) for j, x in enumerate(tot)])
    tab29(R, [['DIRIS / DIRESA', 'Víctimas atendidas\n(personas)', 'Atendidas en\nsalud mental', 'Con seguimiento\ncomunitario']],
          rows, style='none', widths=(5.0, 3.6, 3.6, 3.6), size=9, bold_last=True)
    body(R, ['Del total de víctimas atendidas, el %s fueron mujeres y el %s menores de 18 años. Asimismo, en el mismo periodo se '
             'capacitó a %s profesionales de la salud en la identificación de posibles víctimas en los servicios de emergencia.'
             % (Pnosp(78.4), Pnosp(41.2), Cn(1470, 'profesional de la salud')),
             'Atentamente,'])
    sign_firmaperu(R, 'Dr. Jorge Luis Salinas Meza', 'Director General (e)', '2022/12/12 11:05:47-0500',
                   inst='Dirección General de Intervenciones Estratégicas en Salud Pública', ruc='20131373237', close='')
    R.save()


def s008():
    ref = 'OFICIO N° 5120-2022-MTC/04'
    cites = ['Solicitud de Acceso a la Información Pública N° E-094521-2022', 'Oficio N° 5118-2022-MTC/04', 'Oficio N° 5119-2022-MTC/04']
    R = new('s008', 'missing', 'not_competent_referred', ['prevention', 'protection', 'prosecution'], PER29,
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'), ref, cites, '2022-11-10',
            'oficio breve con encabezado de recuadro con sigla, derivación con dos oficios citados',
            notes='Missing, not competent and referred: the ministry says the matter is not within its functions and that it forwarded '
                  'the request to the Ministry of the Interior and the MIMP by two cited oficios. Axes: what was asked as quoted '
                  '(prevention, assistance to victims and police operations).')
    hdr_boxacr(R, 'MTC', ['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Secretaría General', 'Oficina de Atención al Ciudadano y Gestión Documental'], color='B22222')
    open29(R, 2022, date29('Lima', '2022-11-10', 'iso_slash'), ref, RQ_C,
           [('Asunto', 'Derivación de solicitud de acceso a la información pública'), ('Referencia', cites[0])], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, mediante la cual requiere información sobre las '
             'campañas de prevención, la atención a víctimas y los operativos contra la trata de personas realizados en el periodo '
             '%s.' % PT29['puntos'],
             'Al respecto, cabe señalar que dichas materias no se encuentran dentro de las funciones de este Ministerio. Por ello, en '
             'aplicación del artículo 11 del Texto Único Ordenado de la Ley N° 27806, su solicitud ha sido derivada al Ministerio '
             'del Interior mediante el %s y al Ministerio de la Mujer y Poblaciones Vulnerables mediante el %s, entidades que '
             'poseen la información requerida.' % (cites[1], cites[2]),
             'Atentamente,'])
    sign_firmaperu(R, 'Abg. Carla Vanessa Ríos Paredes', 'Jefa de la Oficina de Atención al Ciudadano y Gestión Documental',
                   '2022/11/10 09:12:33-0500', ruc='20131379944', close='')
    R.save()


def s009():
    R = new('s009', 'answered', None, ['governance'], PER29,
            S('Gobierno Regional de Piura', 'GORE Piura', 'regional_government'), 'REPORTE N° 027-2022-GRP-ORPPAT',
            ['Solicitud N° 1203-2022'], '2022-12-12',
            'hoja de cálculo (XLSX) enviada como respuesta: ejecución SIAF por fuente de financiamiento, dos cuadros (2021 y 2022), unidad "(En soles)" una sola vez en el título de la hoja',
            fmt='xlsx', keep_native=True,
            notes='Answered: budget execution of the regional activity against trafficking in 2021 and 2022 (inside the period). '
                  'The spreadsheet is the reply itself (native XLSX; its PDF rendering gives the pages). The unit is stated once in '
                  'the sheet title "(En soles)", so the amounts have unit_source caption; Avance % has its unit in the header. '
                  'A budget for the regional plan is governance.')
    from openpyxl.styles import Font, Alignment
    ws = R.wb.active
    ws.title = 'Ejecucion'
    xsetup(ws, landscape=True)
    ws['A1'] = 'GOBIERNO REGIONAL PIURA – OFICINA REGIONAL DE PLANEAMIENTO, PRESUPUESTO Y ACONDICIONAMIENTO TERRITORIAL'
    ws['A2'] = 'REPORTE N° 027-2022-GRP-ORPPAT'
    ws['A3'] = 'Actividad 5006080: Plan Regional contra la Trata de Personas – periodo %s' % PT29['puntos']
    ws['A4'] = 'Atención a la Solicitud N° 1203-2022 – (En soles)'
    ws['A5'] = 'Fecha de reporte: 12/12/2022'
    for c in ('A1', 'A2'):
        ws[c].font = Font(bold=True, size=11)
    head = [['Fuente de financiamiento', 'PIA', 'PIM', 'Certificación', 'Compromiso anual', 'Devengado', 'Girado', 'Avance %']]
    roles = ['a', 'a', 'c', 'c', 'e', 'e']
    r0 = 7
    for year, data in ((2021, [('1. Recursos Ordinarios', [120000.0, 148500.0, 142300.0, 142300.0, 139872.5, 139872.5]),
                               ('2. Recursos Directamente Recaudados', [0.0, 12000.0, 11250.0, 11250.0, 10980.0, 10980.0]),
                               ('5. Recursos Determinados', [35000.0, 35000.0, 30400.0, 30400.0, 28760.2, 27910.2])]),
                       (2022, [('1. Recursos Ordinarios', [135000.0, 141200.0, 118600.0, 118600.0, 97415.8, 95220.8]),
                               ('5. Recursos Determinados', [30000.0, 42500.0, 25100.0, 25100.0, 19870.0, 19870.0])])):
        ws.cell(row=r0, column=1, value='Año fiscal %d%s' % (year, ' (al 30 de setiembre)' if year == 2022 else '')).font = Font(bold=True)
        rows = []
        tot = [0.0] * 6
        for lab, vals in data:
            rw = [lab]
            for k, v in enumerate(vals):
                rw.append((v, '#,##0.00', 'money', {'y': year, 'r': roles[k]}))
                tot[k] += v
            rw.append((round(vals[4] / vals[1], 3), '0.0%', 'percent', {'y': year, 'u': 'column'}))
            rows.append(rw)
        rw = ['Total']
        for k, v in enumerate(tot):
            rw.append((round(v, 2), '#,##0.00', 'money', {'y': year, 'r': roles[k]}))
        rw.append((round(tot[4] / tot[1], 3), '0.0%', 'percent', {'y': year, 'u': 'column'}))
        rows.append(rw)
        r0 = xtable(R, ws, r0 + 1, head, rows, widths=[38, 14, 14, 14, 16, 14, 14, 10], unit='caption', bold_last=True) + 1
    ws.cell(row=r0, column=1, value='Fuente: SIAF-SP, Consulta de ejecución del gasto.')
    xfont(ws, 'Calibri')
    R.save()


def s010():
    ref = 'CARTA N° 0142-2022-UNA-PUNO/OTAIP'
    cites = ['Expediente N° 19845-2022']
    R = new('s010', 'missing', 'clarification', [], None,
            S('Universidad Nacional del Altiplano', 'UNA Puno', 'other'), ref, cites, '2022-11-08',
            'carta que pide precisar la solicitud en dos preguntas numeradas, plazo para subsanar',
            notes='Missing, clarification: the university asks the requester to specify which information and which office he means '
                  'and gives a term to correct the request. The request is quoted only as "trata de personas", without a period: '
                  'no period and no axes.')
    hdr_rules_logo_right(R, ['UNIVERSIDAD NACIONAL DEL ALTIPLANO', 'Oficina de Transparencia y Acceso a la Información Pública'],
                         LG('una29', 'UNA', 'circle', (30, 60, 140), 1.7))
    open29(R, 2022, date29('Puno', '2022-11-08', 'abbr_wd'), ref, RQ_A,
           [('Asunto', 'Solicita precisar pedido de información'), ('Ref.', cites[0])], order='tofirst', dec=True)
    body(R, ['Es grato dirigirme a usted en atención al expediente de la referencia, mediante el cual solicita "información sobre '
             'las acciones de la Universidad en materia de trata de personas".',
             'A fin de atender su pedido, y de conformidad con el Reglamento de la Ley de Transparencia y Acceso a la Información '
             'Pública, se le solicita precisar lo siguiente:'])
    numbered(R, ['¿Qué tipo de información requiere (proyectos de investigación, actividades de proyección social, convenios u otros)?',
                 '¿A qué facultad, unidad u oficina de la Universidad se refiere su pedido?'], fmt_='%d)')
    body(R, ['Se le otorga un plazo de dos días hábiles para subsanar la omisión; vencido dicho plazo sin respuesta, se dará por '
             'concluido el trámite.', 'Atentamente,'])
    sign_right_title(R, 'Mg. Edwin Choque Machaca', 'Responsable de Acceso a la Información Pública', close='', before=26)
    R.save()


def s011():
    ref = 'OFICIO N° 1476-2022-DIRNIC-PNP/DIRCTPTIM-SEC'
    cites = ['Solicitud N° 4471-2022', 'Hoja de Estudio y Opinión N° 318-2022-DIRCTPTIM-PNP/DIVIDTP']
    R = new('s011', 'answered', None, ['prosecution', 'protection'], PER29,
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la PNP', 'DIRCTPTIM', 'police'), ref, cites,
            '2023-01-09', 'oficio policial + cuadro trimestral con líneas horizontales solamente, sin líneas verticales; porcentajes en texto',
            font='Times New Roman', size=11,
            notes='Answered. Quarters are calendar quarters: "IV trim. 2020" is 2020, and so on; the total row has no year. Rescued '
                  'victims in operations are prosecution (the guide lists rescues during operations under prosecution); victims '
                  'handed to the UPE and shelters are protection. Percents in the text refer to the whole period (no year).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL',
              'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'], size=9, rule=True)
    open29(R, 2023, date29('Lima', '2023-01-09', 'romano'), ref, RQ_C,
           [('Asunto', 'Remite información estadística'), ('Referencia', 'a) %s\nb) %s' % tuple(cites))], order='gridbox', dec=False)
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento a) de la referencia, para remitir la información '
             'estadística de las operaciones policiales ejecutadas por esta Dirección y sus divisiones descentralizadas contra el '
             'delito de trata de personas, correspondiente al periodo %s, según el detalle siguiente:' % PT29['trim']], first=1.0)
    qs = [('IV trim. 2020', 2020, [28, 41, 96]), ('I trim. 2021', 2021, [31, 37, 88]), ('II trim. 2021', 2021, [36, 52, 121]),
          ('III trim. 2021', 2021, [33, 45, 104]), ('IV trim. 2021', 2021, [40, 58, 133]), ('I trim. 2022', 2022, [29, 39, 92]),
          ('II trim. 2022', 2022, [35, 47, 117]), ('III trim. 2022', 2022, [38, 50, 126])]
    W = ['operativo', 'detenido', 'víctima rescatada']
    rows, tot = [], [0, 0, 0]
    for lab, y, v in qs:
        rows.append([lab] + [Cn(x, W[j], y=y) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total del periodo'] + [Cn(x, W[j]) for j, x in enumerate(tot)])
    tab29(R, [['Trimestre', 'Operativos\nejecutados', 'Personas\ndetenidas', 'Víctimas\nrescatadas']], rows, style='hgrid',
          widths=(4.6, 3.4, 3.4, 3.4), size=10, bold_last=True, repeat_head=True,
          caption='Operaciones policiales contra la trata de personas, por trimestre')
    body(R, ['De las víctimas rescatadas, el %s fueron de nacionalidad extranjera y el %s fueron niñas, niños o adolescentes, '
             'quienes fueron puestos a disposición de las Unidades de Protección Especial. Asimismo, %s víctimas adultas fueron '
             'acogidas en hogares de refugio temporal del MIMP.' % (Pussp(37.6), Pussp(44.1), Cn(212, 'víctima acogida')),
             'La finalidad de la información es estadística; los datos personales de las víctimas se mantienen en reserva.',
             'Es propicia la oportunidad para expresarle las muestras de mi especial consideración y estima personal.'], first=1.0)
    rule_sign(R, 'Coronel PNP Miguel Ángel Farfán Rojas', 'Jefe de la DIRCTPTIM PNP', close='Dios guarde a usted.', before=28)
    R.save()


def s012():
    ref = 'CARTA N° 0311-2022-SGAIP-SG/MM'
    cites = ['Expediente N° 2022-0078452']
    R = new('s012', 'missing', 'acknowledgment', ['prevention', 'protection'], PER29,
            S('Municipalidad Distrital de Miraflores', 'MM', 'district_municipality'), ref, cites, '2022-11-07',
            'carta de acuse: registro de la solicitud y traslado interno, plazo de atención',
            notes='Missing, acknowledgment: the letter only confirms that the request was registered and passed to the Gerencia de '
                  'Desarrollo Humano, and states the term; no information. The request is quoted with its period and topics '
                  '(prevention campaigns, DEMUNA care of victims).')
    hdr_grey_band(R, ['MUNICIPALIDAD DE MIRAFLORES', 'Secretaría General', 'Subgerencia de Acceso a la Información Pública'], 'Lima – Perú')
    open29(R, 2022, date29('Miraflores', '2022-11-07', 'coma_anio'), ref, RQ_A,
           [('Asunto', 'Constancia de registro de solicitud'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Por medio de la presente, le comunicamos que su solicitud registrada con el %s, por la que requiere información sobre '
             'las campañas de prevención de la trata de personas y la atención brindada por la DEMUNA a víctimas, %s, ha sido '
             'recibida y trasladada a la Gerencia de Desarrollo Humano para su atención.' % (cites[0], PT29['barras']),
             'La respuesta le será remitida dentro del plazo previsto en el Texto Único Ordenado de la Ley de Transparencia y '
             'Acceso a la Información Pública, al correo electrónico consignado en su solicitud.',
             'Atentamente,'])
    left_sign(R, 'Lic. Andrea Lucía Benavides Soto', 'Subgerente de Acceso a la Información Pública', close='', before=28, initials_='ALBS/jcr')
    R.save()


def s013():
    ref = 'ACTA N° 007-2022-MPH/GIM-MTV'
    R = new('s013', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'), ref, [], '2022-10-28',
            'acta de reunión de la mesa técnica vial con acuerdos numerados y firmas en dos columnas',
            notes='Off topic: minutes of a technical meeting on road maintenance; nothing on trafficking in persons. No axes, no '
                  'period. The amount is a maintenance budget (allocated); the attendance is a count.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUAMANGA', 'Gerencia de Infraestructura Municipal'], logo=LG('mph29', 'MPH', 'shield', (20, 70, 120), 1.5), size=9, rule=False)
    R.p('**%s**' % ref, align='c', after=2)
    R.p('ACTA DE REUNIÓN DE LA MESA TÉCNICA DE MANTENIMIENTO VIAL', align='c', bold=True, after=8)
    body(R, ['En la ciudad de Ayacucho, siendo las 10:00 horas del %s, en la sala de reuniones de la Gerencia de '
             'Infraestructura Municipal, se reunieron los integrantes de la Mesa Técnica de Mantenimiento Vial, con la asistencia '
             'de %s representantes de las juntas vecinales y de las empresas de transporte urbano.' % (fecha('2022-10-28'), Cn(19, 'representante')),
             'Agenda: (1) avance del mantenimiento de la avenida Independencia; (2) programación del bacheo del jirón Libertad; '
             '(3) señalización horizontal del circuito del centro histórico.'])
    R.p('**ACUERDOS:**', after=2)
    numbered(R, ['La Gerencia de Infraestructura informó que el presupuesto asignado para el mantenimiento vial rutinario del '
                 'presente año asciende a %s.' % Mmilld(1850000.0, y=2022, r='a'),
                 'Se programó el bacheo de %s cuadras del jirón Libertad durante el mes de noviembre.' % Cn(14, 'cuadra'),
                 'Las juntas vecinales remitirán sus observaciones sobre la señalización en un plazo de quince días.'])
    body(R, ['Siendo las 12:30 horas se dio por concluida la reunión, firmando los presentes en señal de conformidad.'])
    from common import pair_sign
    pair_sign(R, ('Ing. Rubén Gamboa Palomino', 'Gerente de Infraestructura Municipal'), ('Sr. Teófilo Cárdenas Huamán', 'Representante de las juntas vecinales'))
    R.save()


def s014():
    ref = 'OFICIO N° 001289-2022-P-CSJTU-PJ'
    cites = ['Solicitud N° 0345-2022', 'Informe N° 000152-2022-UPD-GAD-CSJTU-PJ']
    R = new('s014', 'answered', None, ['prosecution'], PER29,
            S('Corte Superior de Justicia de Tumbes', 'CSJTU', 'autonomous'), ref, cites, '2022-12-02',
            'oficio + cuadro con rayas discontinuas entre filas y marco exterior, encabezados fusionados por año sobre dos columnas, porcentaje de condenas por año',
            notes='Answered. Header cells merged over two columns per year: the column names join the year and the sub-column '
                  '("2021 Ingresos"). The "% condenatorias" row percents are per year (unit in the row label).')
    hdr_boxacr(R, 'PJ', ['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Tumbes', 'Presidencia'], color='7A1F1F')
    open29(R, 2022, date29('Tumbes', '2022-12-02', 'mes_abbr_cap'), ref, RQ_C,
           [('Asunto', 'Información sobre procesos por el delito de trata de personas'),
            ('Referencia', '%s / %s' % tuple(cites))], order='sumilla', dec=True)
    body(R, ['Me dirijo a usted en atención a su solicitud de la referencia, a fin de remitirle la información proporcionada por la '
             'Unidad de Planeamiento y Desarrollo sobre los expedientes por el delito de trata de personas tramitados en los '
             'juzgados penales de este Distrito Judicial, %s:' % PT29['del']])
    head = [['Indicador', '2020 (oct.–dic.)', '', '2021', '', '2022 (ene.–set.)', ''],
            ['', 'Ingresos', 'Resueltos', 'Ingresos', 'Resueltos', 'Ingresos', 'Resueltos']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    ys = [2020, 2020, 2021, 2021, 2022, 2022]

    def row(lab, vals, what):
        return [lab] + [Cn(v, what, y=ys[j]) if v is not None else '–' for j, v in enumerate(vals)]
    rows = [row('Juzgados de investigación preparatoria', [7, 3, 24, 18, 19, 15], 'expediente'),
            row('Juzgados penales unipersonales', [2, 1, 9, 6, 8, 5], 'expediente'),
            row('Juzgado penal colegiado', [3, 1, 11, 7, 9, 6], 'expediente'),
            row('Sentencias condenatorias', [None, 2, None, 9, None, 8], 'sentencia condenatoria'),
            ['% condenatorias', '–', Pf(100.0, 1, 'eu', suf=' %', y=2020, u='cell'), '–', Pf(69.2, 1, 'eu', suf=' %', y=2021, u='cell'),
             '–', Pf(72.7, 1, 'eu', suf=' %', y=2022, u='cell')]]
    tab29(R, head, rows, style='dashed', merges=mg, widths=(5.2, 1.85, 1.85, 1.85, 1.85, 1.85, 1.85), size=8.5)
    body(R, ['Se precisa que el porcentaje de sentencias condenatorias se calcula sobre los expedientes resueltos por los '
             'órganos de juzgamiento en cada año.', 'Atentamente,'])
    sign_firmaperu(R, 'Dr. Julio César Ordinola Peña', 'Presidente de la Corte Superior de Justicia de Tumbes', '2022/12/02 12:20:10-0500',
                   ruc='20159981216', close='')
    R.save()


def s015():
    ref = 'OFICIO N° 02741-2022-GRJ-DREJ/DGP'
    cites = ['Solicitud N° 2022-1187', 'Informe N° 045-2022-GRJ-DREJ/DGP-ETP']
    R = new('s015', 'answered', None, ['prevention'], PER29,
            S('Dirección Regional de Educación Junín', 'DRE Junín', 'regional_government'), ref, cites, '2022-12-20',
            'oficio + cuadro sin reglas por UGEL con encabezado fusionado "Docentes capacitados" sobre dos columnas; cifras en texto con coma de miles y en palabras',
            notes='Answered; prevention only (teachers trained to prevent, school sessions, students reached). Named as the executing '
                  'unit (kind regional_government). "catorce mil trescientos" is a count in words alone (14300).')
    hdr_grey_band(R, ['GOBIERNO REGIONAL JUNÍN', 'Dirección Regional de Educación Junín', 'Dirección de Gestión Pedagógica'], 'Sector Educación')
    open29(R, 2022, date29('Huancayo', '2022-12-20', 'words'), ref, RQ_A,
           [('Asunto', 'Información sobre acciones preventivas frente a la trata de personas en el ámbito educativo'),
            ('Referencia', '%s; %s' % tuple(cites))], order='tofirst', dec=True)
    body(R, ['Tengo a bien dirigirme a usted para remitir la información solicitada, correspondiente al periodo %s, según lo '
             'informado por el Equipo de Tutoría y Orientación Educativa:' % PT29['sept'],
             'Durante dicho periodo se capacitó a %s docentes tutores en la prevención de la trata de personas y la explotación '
             'sexual, y se desarrollaron sesiones de tutoría en %s instituciones educativas de nivel secundario, alcanzando a '
             '%s estudiantes.' % (Cn(1245, 'docente'), Cparen(210, 'institución educativa', fem=True), Cwords28(14300, 'estudiante'))])
    head = [['UGEL', 'Docentes capacitados', '', 'II.EE. con\nsesiones de\ntutoría'], ['', '2021', '2022', '']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)]
    data = [('Huancayo', [188, 161, 52]), ('Chanchamayo', [97, 84, 31]), ('Satipo', [121, 103, 38]), ('Tarma', [64, 58, 22]),
            ('Jauja', [71, 66, 24]), ('Concepción', [48, 41, 17]), ('Chupaca', [39, 32, 12]), ('Junín', [37, 35, 14])]
    rows = []
    tot = [0, 0, 0]
    for lab, v in data:
        rows.append([lab, Cn(v[0], 'docente', y=2021), Cn(v[1], 'docente', y=2022), Cn(v[2], 'institución educativa')])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total', Cn(tot[0], 'docente', y=2021), Cn(tot[1], 'docente', y=2022), Cn(tot[2], 'institución educativa')])
    tab29(R, head, rows, style='none', merges=mg, widths=(4.4, 2.6, 2.6, 3.2), size=9, bold_last=True)
    body(R, ['Nota: las capacitaciones de octubre a diciembre de 2020 se realizaron en modalidad virtual y se incluyen en la '
             'columna 2021 por haberse certificado en dicho año.'])
    sign_twocol(R, 'Mg. Rosario Huamán Baquerizo', 'Directora de Gestión Pedagógica', 'Dirección Regional de Educación Junín',
                left_extra=('c.c. Archivo',))
    R.save()


def s016():
    ref = 'OFICIO N° 00184-2023-PRODUCE/DGPARPA'
    cites = ['Request N° 2022-11845']
    R = new('s016', 'answered', None, ['prevention'], PER29,
            S('Ministerio de la Producción', 'PRODUCE', 'ministry'), ref, cites, '2023-01-17',
            'letter in English with a borderless reference block; figures only in running text',
            lang='en', font='Calibri',
            notes='Answered, in English: workshops for artisanal fishers on the risks of forced labour, leaflets and the amount spent, '
                  'all within the period. Prevention only.')
    hdr_right_stack(R, ['MINISTRY OF PRODUCTION', 'Directorate-General for Artisanal Fisheries and Aquaculture', 'Lima, Peru'],
                    logo=LG('produce29', 'PRO', 'square', (0, 90, 130), 1.4))
    open29(R, 2023, date29('', '2023-01-17', 'en_comma'), ref, RQ_EN,
           [('Your reference', cites[0]), ('Subject', 'Information on prevention of trafficking in persons in artisanal fisheries')],
           order='english', motto=False)
    body(R, ['Dear Ms. Marsh,',
             'In reply to your request, we are pleased to inform you that, during the period from %s, the Directorate-General held '
             '%s awareness workshops on the risks of forced labour and trafficking in persons in artisanal fishing landing sites of '
             'Piura, Tumbes and Ica, attended by %s artisanal fishers and boat owners.' % (PT29['en'], Cn(26, 'workshop'), Cn(1318, 'fisher')),
             'In addition, %s leaflets in Spanish were distributed at the landing sites, and the workshops were run with a total '
             'expenditure of %s. Around %s of the participants stated that they had never heard of the 1818 helpline before the workshop.'
             % (Cn(7500, 'leaflet', st='us'), Mus(48600.0, r='e'), Ppercent(62.0)),
             'We remain at your disposal for any further information.'], align='l')
    sign_en29(R, 'Ana María Torres Vílchez', 'Director-General for Artisanal Fisheries and Aquaculture', 'Ministry of Production', close='Yours sincerely,')
    R.save()


def s017():
    ref = 'OFICIO N° 1045-2022-MPP/GDS'
    cites = ['Expediente N° 0048725-2022', 'Informe N° 211-2022-MPP/GDS/SGPS']
    R = new('s017', 'out_of_period', None, ['prevention', 'protection'], PER29,
            S('Municipalidad Provincial de Piura', 'MPP', 'provincial_municipality'), ref, cites, '2022-12-22',
            'oficio + cuadro de años anteriores (2018-2019) sin líneas verticales (booktabs), cifras con punto de miles',
            notes='Out of period: restates the period (October 2020 to September 2022), says the records of that period are being '
                  'collected from the areas and gives only 2018-2019 campaigns and DEMUNA cases. Figures carry their own years.')
    hdr_rules_logo_right(R, ['MUNICIPALIDAD PROVINCIAL DE PIURA', 'Gerencia de Desarrollo Social',
                             'Sub Gerencia de Programas Sociales'], LG('mpp29', 'MPP', 'shield', (0, 70, 140), 1.6))
    open29(R, 2022, date29('Piura', '2022-12-22', 'anio'), ref, RQ_C,
           [('Asunto', 'Respuesta a solicitud de información'), ('Referencia', '%s\n%s' % tuple(cites))], order='gridbox', dec=True)
    body(R, ['Me es grato dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información de '
             'las acciones contra la trata de personas desarrolladas por esta Municipalidad entre %s.' % PT29['meses'],
             'Al respecto, la Sub Gerencia de Programas Sociales informa que la documentación del periodo solicitado se encuentra '
             'en proceso de recopilación de las áreas usuarias; sin perjuicio de ello, se remite la información disponible de las '
             'campañas realizadas en los años 2018 y 2019:'])
    rows = [['Campañas de sensibilización', Cn(14, 'campaña', y=2018), Cn(19, 'campaña', y=2019)],
            ['Personas sensibilizadas', Cdot28(2870, 'persona', y=2018), Cdot28(3415, 'persona', y=2019)],
            ['Casos atendidos por la DEMUNA', Cn(6, 'caso', y=2018), Cn(9, 'caso', y=2019)]]
    tab29(R, [['Actividad', '2018', '2019']], rows, style='booktabs', widths=(7.5, 3.0, 3.0), size=9.5)
    body(R, ['La información del periodo solicitado le será remitida una vez concluida su recopilación.', 'Atentamente,'])
    sign_right_title(R, 'Lic. María del Pilar Chunga Sosa', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Piura', close='')
    R.save()


def s018():
    ref = 'OFICIO N° D000812-2022-INPE-UAIP'
    cites = ['Solicitud N° 0003571-2022']
    R = new('s018', 'answered', None, ['prosecution'], PER29,
            S('Instituto Nacional Penitenciario', 'INPE', 'other'), ref, cites, '2022-11-25',
            'oficio + cuadro por oficina regional con encabezado de dos filas (situación jurídica fusionada sobre dos columnas) y cortes (al 31 de diciembre / al 30 de setiembre)',
            notes='Answered. Inmates for the crime of trafficking (procesados and sentenciados) are prosecution. The years are the '
                  'cut-off dates in the header (2020, 2021, 2022).')
    hdr_boxacr(R, 'INPE', ['INSTITUTO NACIONAL PENITENCIARIO', 'Unidad de Acceso a la Información Pública'], color='2F4F2F')
    open29(R, 2022, date29('Lima', '2022-11-25', 'iso_slash'), ref, RQ_A,
           [('Asunto', 'Población penitenciaria por el delito de trata de personas'), ('Referencia', cites[0])], order='gridbox', dec=True)
    body(R, ['Me dirijo a usted en atención a su solicitud de la referencia, sobre la población penitenciaria por el delito de trata '
             'de personas en el periodo %s. Al respecto, la Unidad de Estadística informa lo siguiente:' % PT29['barras']])
    head = [['Oficina\nRegional', 'Al 31.12.2020', '', 'Al 31.12.2021', '', 'Al 30.09.2022', ''],
            ['', 'Procesados', 'Sentenciados', 'Procesados', 'Sentenciados', 'Procesados', 'Sentenciados']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 0, 6)]
    ys = [2020, 2020, 2021, 2021, 2022, 2022]
    ws = ['interno procesado', 'interno sentenciado'] * 3
    data = [('Lima', [48, 112, 51, 126, 47, 139]), ('Sur Andina – Cusco', [21, 37, 24, 44, 22, 49]), ('Altiplano – Puno', [18, 29, 20, 33, 17, 38]),
            ('Oriente – Pucallpa', [12, 26, 14, 27, 11, 31]), ('Norte – Chiclayo', [15, 33, 13, 36, 16, 40])]
    rows = [[lab] + [Cn(v, ws[j], y=ys[j]) for j, v in enumerate(vals)] for lab, vals in data]
    tot = [sum(d[1][j] for d in data) for j in range(6)]
    rows.append(['Total'] + [Cn(v, ws[j], y=ys[j]) for j, v in enumerate(tot)])
    tab29(R, head, rows, style='dashed', merges=mg, widths=(3.3, 2.15, 2.15, 2.15, 2.15, 2.15, 2.15), size=7, bold_last=True)
    body(R, ['Fuente: Registro Penitenciario – Unidad de Estadística del INPE.', 'Atentamente,'], size=9)
    sign_firmaperu(R, 'Abg. Luis Fernando Vega Castro', 'Responsable de la Unidad de Acceso a la Información Pública',
                   '2022/11/25 15:31:02-0500', ruc='20131370645', close='')
    R.save()


def s019():
    ref = 'OFICIO N° 001564-2022-CG/GCOC'
    cites = ['Solicitud N° 2022-SAIP-0012478']
    R = new('s019', 'missing', 'not_competent', ['governance', 'prevention', 'protection', 'prosecution'], PER29,
            S('Contraloría General de la República', 'CGR', 'autonomous'), ref, cites, '2022-11-15',
            'oficio que enumera las funciones de la entidad en tres literales, sin derivación',
            notes='Missing, not competent: the Contraloría explains in three points that it controls public resources and does not '
                  'produce or keep information on trafficking actions; it does not say it forwarded the request. Axes: everything '
                  'the request quoted (plans and budget, prevention, assistance, prosecution).')
    hdr_right_stack(R, ['CONTRALORÍA GENERAL DE LA REPÚBLICA', 'Gerencia de Comunicación Corporativa'], logo=LG('cgr29', 'CGR', 'circle', (20, 40, 100), 1.5))
    open29(R, 2022, date29('Jesús María', '2022-11-15', 'coma_anio'), ref, RQ_B,
           [('Asunto', 'Atención a solicitud de acceso a la información pública'), ('Referencia', cites[0])], order='tofirst', dec=True)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre el plan, '
             'el presupuesto, las acciones de prevención, la atención a víctimas y la persecución del delito de trata de personas '
             'durante el periodo %s.' % PT29['largo'],
             'Al respecto, le informamos que, conforme a la Ley Orgánica del Sistema Nacional de Control:'])
    lettered(R, ['La Contraloría General supervisa la legalidad de la ejecución del presupuesto del Estado y de los actos de las '
                 'instituciones sujetas a control.',
                 'No ejecuta acciones de prevención, atención a víctimas ni investigación de delitos, funciones que corresponden a '
                 'otros sectores del Estado.',
                 'En consecuencia, no produce ni posee la información solicitada.'])
    body(R, ['Atentamente,'])
    left_sign(R, 'Lic. Patricia Noemí Rojas Lazo', 'Gerente de Comunicación Corporativa', close='', before=28)
    R.save()


def s020():
    ref = 'CONVOCATORIA CAS N° 021-2022-MDSJL'
    R = new('s020', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'), ref, [], '2022-11-02',
            'convocatoria de personal CAS: cuadro de requisitos sin líneas, cronograma, remuneración',
            notes='Off topic: a call to hire an administrative assistant; nothing on trafficking in persons. No axes, no period. '
                  'The monthly pay has no role; the vacancies are a count.')
    hdr_grey_band(R, ['MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', 'Subgerencia de Recursos Humanos'], 'Proceso CAS')
    R.p('**%s**' % ref, align='c', after=2)
    R.p('CONTRATACIÓN ADMINISTRATIVA DE SERVICIOS DE UN(A) ASISTENTE ADMINISTRATIVO(A) PARA LA SUBGERENCIA DE LOGÍSTICA',
        align='c', bold=True, after=8)
    R.p('**I. GENERALIDADES**', after=2)
    body(R, ['Objeto de la convocatoria: contratar los servicios de %s asistente administrativo para la Subgerencia de Logística.'
             % Cz(1, 'puesto', pad=2),
             'Remuneración mensual: %s, incluidos los montos y afiliaciones de ley.' % Mus(2500.0),
             'Fecha de publicación: %s.' % fecha('2022-11-02')])
    R.p('**II. PERFIL DEL PUESTO**', after=2)
    tab29(R, [['Requisitos', 'Detalle']],
          [['Formación académica', 'Bachiller en Administración, Contabilidad o afines'],
           ['Experiencia', 'Experiencia laboral general no menor de dos años en el sector público o privado'],
           ['Conocimientos', 'Sistema Integrado de Gestión Administrativa (SIGA), contrataciones del Estado'],
           ['Competencias', 'Orden, trabajo en equipo, comunicación efectiva']], style='none', widths=(4.0, 12.0), size=9.5)
    R.p('**III. CRONOGRAMA**', after=2)
    bl(R, ['Registro de postulantes: del 7 al 11 de noviembre de 2022.', 'Evaluación curricular: 14 de noviembre de 2022.',
           'Entrevista personal: 16 de noviembre de 2022.', 'Publicación de resultados: 17 de noviembre de 2022.'])
    R.p('La Comisión Evaluadora', align='r', italic=True, before=14)
    R.save()
