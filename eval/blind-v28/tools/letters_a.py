"""blind-v28 letters n001-n020 (written for this set)."""
from common import *


def n001():
    R = new('n001', 'answered', None, ['governance', 'prevention'], PER28,
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0617-2023-GOREMAD/GRDS', ['Solicitud de Acceso a la Información Pública N° 0342-2023'], '2023-06-14',
            'oficio, green stripe letterhead, stacked opening, double-framed table by calendar year with a total column, money in running text with space thousands',
            notes='answered: sessions of the regional network, talks and people reached for each year of the requested period (2021 from March, 2023 to February); the budget sentence gives the amount executed in 2022. The total column spans the period, so its figures have no year.')
    stripe_header(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social',
                      'Av. Fitzcarrald 566 – Puerto Maldonado'], fill='1B5E20', acr='GOREMAD')
    open28(R, 2023, date28('Puerto Maldonado', '2023-06-14', 'a_los'), 'OFICIO N° 0617-2023-GOREMAD/GRDS', REQ_A,
           [('Asunto', 'Atención a la solicitud de información sobre trata de personas (marzo de 2021 a febrero de 2023)'),
            ('Referencia', 'Solicitud de Acceso a la Información Pública N° 0342-2023')])
    body(R, ['Tengo el agrado de dirigirme a usted para saludarlo y, en atención al documento de la referencia, remitirle la '
             'información de las acciones que la Gerencia Regional de Desarrollo Social realizó en el marco de la Red Regional '
             'contra la Trata de Personas de Madre de Dios.'])
    head = [['Acción', '2021 (mar.–dic.)', '2022', '2023 (ene.–feb.)', 'Total del periodo']]
    yrs = [2021, 2022, 2023, None]
    data = [('Sesiones de la Red Regional', [5, 7, 1]), ('Charlas en instituciones educativas', [18, 31, 2]),
            ('Personas sensibilizadas', [1460, 2875, 190]), ('Ferias informativas', [2, 4, 0])]
    what = {'Sesiones de la Red Regional': 'sesión', 'Charlas en instituciones educativas': 'charla',
            'Personas sensibilizadas': 'persona', 'Ferias informativas': 'feria'}
    rows = []
    for lab, v in data:
        vals = v + [sum(v)]
        rows.append([lab] + [Csp(x, what[lab], y=yrs[j]) for j, x in enumerate(vals)])
    tab28(R, head, rows, style='double', widths=(5.6, 2.6, 2.2, 2.6, 2.8),
          caption='Cuadro N° 1: Acciones de la Red Regional, marzo 2021 – febrero 2023')
    body(R, ['Para estas acciones se ejecutó en el año 2022 la suma de %s, con cargo a la actividad de fortalecimiento de la '
             'Red Regional.' % Mspc(12345.50, y=2022, r='e')])
    rule_sign(R, 'Lic. Rosa Amelia Pinedo Vargas', 'Gerente Regional de Desarrollo Social')
    R.p('RAPV/gcc', size=7, before=10)


def n002():
    R = new('n002', 'missing', 'no_information', ['prevention', 'protection'], PER28,
            S('Municipalidad Distrital de Inambari', None, 'district_municipality'),
            'CARTA N° 049-2023-MDI/GM', ['Expediente N° 1187-2023', 'Informe N° 112-2023-MDI/SGDS'], '2023-05-22',
            'carta, plain centred header, period only in the subject, no figures',
            notes='missing/no_information: the district reports, by a cited internal report, that it holds no record of prevention or victim-care actions; the period is quoted only in the subject line.')
    plain_center_header(R, ['MUNICIPALIDAD DISTRITAL DE INAMBARI', 'Provincia de Tambopata – Región Madre de Dios',
                            'Gerencia Municipal'], logo=LG('mdi', 'MDI', 'circle', (30, 80, 30), 1.5))
    open28(R, 2023, date28('Mazuko', '2023-05-22', 'del'), 'CARTA N° 049-2023-MDI/GM', REQ_C,
           [('Asunto', 'Respuesta a pedido de información – trata de personas, periodo marzo de 2021 a febrero de 2023'),
            ('Referencia', 'Expediente N° 1187-2023')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las '
             'acciones de prevención de la trata de personas y de atención a sus víctimas realizadas por esta comuna.',
             'Al respecto, la Subgerencia de Desarrollo Social, mediante el Informe N° 112-2023-MDI/SGDS, ha comunicado que, '
             'revisado su acervo documentario, no se ha encontrado registro ni documentación de acciones sobre dicha materia, '
             'por lo que esta entidad no cuenta con la información solicitada.',
             'Sin otro particular, quedo de usted.'])
    left_sign(R, 'Ing. Teodoro Quispe Challco', 'Gerente Municipal', close='Atentamente,', initials_='TQC/mrh')


def n003():
    R = new('n003', 'answered', None, ['prosecution'], PER28,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios', None, 'autonomous'),
            'OFICIO N° 000214-2023-MP-FN-FPETP-MDD', ['Solicitud N° 0342-2023', 'Oficio N° 0533-2023-MP-FN-GG-OAIP'], '2023-05-30',
            'oficio + monthly table that runs over a page break with its header repeated on page 2',
            notes='answered: complaints received, cases formalised, accusations and victims identified, month by month from March 2021 to February 2023; the monthly rows carry the calendar year of the month; the total row spans the period (no year).', size=10.5)
    crest_caps_header(R, ['Ministerio Público', 'Fiscalía de la Nación', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios'],
                      logo=LG('mpfn', 'MP', 'circle', (20, 40, 110), 1.4))
    open28(R, 2023, date28('Puerto Maldonado', '2023-05-30', 'iso'), 'OFICIO N° 000214-2023-MP-FN-FPETP-MDD', REQ_B,
           [('Asunto', 'Remite información estadística solicitada'),
            ('Referencia', 'a) Solicitud N° 0342-2023\nb) Oficio N° 0533-2023-MP-FN-GG-OAIP')], order='numfirst')
    body(R, ['Es grato dirigirme a usted, en atención a los documentos de la referencia, con los cuales la Oficina de Acceso a la '
             'Información Pública trasladó a este despacho su pedido de información estadística sobre los casos de trata de '
             'personas tramitados entre el 01 de marzo de 2021 y el 28 de febrero de 2023.',
             'La información ha sido obtenida del Sistema de Gestión Fiscal (SGF) y se presenta por mes de ingreso de la denuncia. '
             'Los datos son preliminares y pueden variar por la reasignación de carpetas entre despachos. Se precisa que las '
             'víctimas se consignan en números agregados, sin datos que permitan su identificación, conforme a la normativa de '
             'protección de datos personales.',
             'Cabe señalar que las carpetas formalizadas en un mes pueden corresponder a denuncias ingresadas en meses '
             'anteriores, por lo que las columnas no deben sumarse entre sí.'])
    months = ['Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Set', 'Oct', 'Nov', 'Dic']
    import random
    rnd = random.Random(3)
    rows = []
    tot = [0, 0, 0, 0]
    labs = [('%s. 2021' % m, 2021) for m in months] + [('%s. 2022' % m, 2022) for m in ['Ene', 'Feb'] + months] + \
           [('Ene. 2023', 2023), ('Feb. 2023', 2023)]
    for lab, y in labs:
        v = [rnd.randint(3, 14), rnd.randint(1, 6), rnd.randint(0, 3), rnd.randint(2, 19)]
        for j in range(4):
            tot[j] += v[j]
        rows.append([lab, Cn(v[0], 'denuncia', y=y), Cn(v[1], 'carpeta formalizada', y=y), Cn(v[2], 'acusación', y=y),
                     Cn(v[3], 'víctima', y=y)])
    rows.append(['TOTAL', Cn(tot[0], 'denuncia'), Cn(tot[1], 'carpeta formalizada'), Cn(tot[2], 'acusación'), Cn(tot[3], 'víctima')])
    tab28(R, [['Mes', 'Denuncias ingresadas', 'Carpetas formalizadas', 'Acusaciones', 'Víctimas identificadas']], rows,
          style='grid', widths=(3.2, 3.0, 3.0, 2.6, 3.0), repeat_head=True, bold_last=True, size=9.5,
          caption='Casos de trata de personas por mes de ingreso, marzo 2021 – febrero 2023')
    R.p('Fuente: SGF – Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios.', size=8, italic=True)
    ebox_sign(R, 'Luis Alberto Carhuapoma Dávila', 'Fiscal Provincial', '30/05/2023 11:42:07 -0500',
              inst='FPETP Madre de Dios')


def n004():
    R = new('n004', 'out_of_period', None, ['governance', 'prevention'], PER28,
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'OFICIO N° 233-2023-MPT/GDS', ['Solicitud de Acceso a la Información Pública N° 0342-2023'], '2023-07-05',
            'oficio, framed-name letterhead, the period restated in the body, then only March–June 2023 figures and the 2024 plan',
            notes='out_of_period: the letter restates the requested period (March 2021 - February 2023) but says the records of that period were not handed over at the change of administration; it gives only actions of March-June 2023 and amounts programmed for 2024.')
    framed_name_header(R, ['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Desarrollo Social'],
                       logo=LG('mpt', 'MPT', 'shield', (140, 30, 30), 1.6), right=['Jr. Piura 471', 'Puerto Maldonado'])
    open28(R, 2023, date28('Puerto Maldonado', '2023-07-05', 'dotted'), 'OFICIO N° 233-2023-MPT/GDS', REQ_A,
           [('Asunto', 'Información sobre acciones contra la trata de personas'),
            ('Referencia', 'Solicitud de Acceso a la Información Pública N° 0342-2023')])
    body(R, ['Por medio del presente me dirijo a usted en atención a la solicitud de la referencia, en la cual requiere '
             'información sobre las acciones realizadas por esta Municipalidad contra la trata de personas en el periodo '
             'comprendido entre marzo de 2021 y febrero de 2023.',
             'Al respecto, debo informarle que la documentación de dicho periodo no fue entregada en el proceso de transferencia '
             'de gestión, por lo que no es posible atender su pedido en esos términos. No obstante, a fin de colaborar con su '
             'labor, se detallan las acciones realizadas por la actual gestión entre marzo y junio de 2023:'])
    bl(R, ['%s charlas preventivas en mercados y terminales terrestres;' % Cwords28(9, 'charla', y=2023),
           '%s personas informadas sobre la línea 1818;' % Cn(640, 'persona', y=2023),
           'instalación de la Mesa Provincial contra la Trata de Personas, con %s instituciones integrantes.' % Cwf(14, 'institución', y=2023)])
    body(R, ['Asimismo, para el año 2024 se ha programado un presupuesto de %s para el Plan Provincial contra la Trata de '
             'Personas, que comprende %s campañas de sensibilización.' % (Mmill28(1.2, y=2024, r='a'), Cn(6, 'campaña', y=2024))])
    rule_sign(R, 'Abog. Wilber Ccori Huillca', 'Gerente de Desarrollo Social')


def n005():
    R = new('n005', 'answered', None, ['prevention', 'protection'], PER28,
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'OFICIO N° 0388-2023-GDS-MPM', ['Expediente N° 08841-2023'], '2023-06-02',
            'oficio, top and bottom rule letterhead, numbered points, figures in running text, a shelter not created and a matter of another body',
            notes='answered: talks, people reached, DEMUNA cases and derivations in the period, and an amount executed in 2022; the letter also says the municipal temporary shelter "no ha sido creado" (information on protection) and that investigation and rescue are the competence of the Public Ministry and the police (no prosecution axis).')
    topbottom_header(R, 'MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'MPM', sub=['Gerencia de Desarrollo Social', 'Iquitos – Loreto'])
    open28(R, 2023, date28('Iquitos', '2023-06-02', 'del'), 'OFICIO N° 0388-2023-GDS-MPM', REQ_B,
           [('Asunto', 'Se brinda información'), ('Referencia', 'Expediente N° 08841-2023')])
    body(R, ['Tengo a bien dirigirme a usted, en atención al expediente de la referencia, para informarle lo siguiente respecto '
             'del periodo marzo de 2021 a febrero de 2023:'])
    numbered(R, ['La Subgerencia de la Mujer y Poblaciones Vulnerables realizó %s charlas de prevención de la trata de personas '
                 'en instituciones educativas del distrito de Iquitos, con la participación de %s estudiantes.' %
                 (Cn(27, 'charla'), Csp(3118, 'estudiante')),
                 'La DEMUNA registró %s casos de niñas, niños y adolescentes en presunta situación de trata, los que fueron '
                 'derivados a la Unidad de Protección Especial de Loreto (%s casos) y al Ministerio Público (%s casos).' %
                 (Cwf(11, 'caso'), Cn(8, 'caso'), Cn(3, 'caso')),
                 'En el año 2022 se ejecutó la suma de %s en materiales informativos.' % Meus(18640.00, y=2022, r='e'),
                 'El Hogar de Refugio Temporal municipal previsto en la ordenanza provincial no ha sido creado hasta la fecha, por '
                 'falta de financiamiento.',
                 'La investigación de los casos y el rescate de las víctimas son competencia del Ministerio Público y de la Policía '
                 'Nacional del Perú, por lo que esta Municipalidad no cuenta con información al respecto.'], fmt_='%d)')
    dotted_sign(R, 'Mg. Karina Lozano Ruiz', 'Gerente de Desarrollo Social', close='Atentamente,')


def n006():
    R = new('n006', 'missing', 'not_competent_referred', ['prosecution'], PER28,
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'other'),
            'OFICIO N° 002317-2023/SGEN/RENIEC', ['Solicitud N° 2023-0045518', 'Oficio N° 002315-2023/SGEN/RENIEC',
                                                   'Oficio N° 002316-2023/SGEN/RENIEC'], '2023-04-27',
            'oficio, plain left letterhead, referral by two cited oficios, the period in the body',
            notes='missing/not_competent_referred: RENIEC says complaints and victims of trafficking are outside its functions and that it forwarded the request to the Ministry of the Interior and to the Public Ministry by two cited oficios; axes are those asked (complaints and victims: prosecution).')
    R.header(['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Secretaría General'], align='l', size=9, rule=True)
    open28(R, 2023, date28('Lima', '2023-04-27', 'upper'), 'OFICIO N° 002317-2023/SGEN/RENIEC', REQ_A,
           [('Asunto', 'Traslado de solicitud de acceso a la información pública'),
            ('Referencia', 'Solicitud N° 2023-0045518')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere el número de denuncias por '
             'el delito de trata de personas y de víctimas identificadas entre marzo de 2021 y febrero de 2023.',
             'Sobre el particular, le informo que el RENIEC no registra denuncias penales ni información sobre víctimas de delitos, '
             'por no encontrarse dentro de sus funciones. En aplicación del artículo 15-A del Texto Único Ordenado de la Ley N° '
             '27806, su solicitud ha sido trasladada al Ministerio del Interior mediante el Oficio N° 002315-2023/SGEN/RENIEC y al '
             'Ministerio Público mediante el Oficio N° 002316-2023/SGEN/RENIEC, entidades que la atenderán directamente.'])
    ebox_sign(R, 'Mariela Quiroz Paredes', 'Secretaria General (e)', '27/04/2023 16:05', inst='RENIEC')


def n007():
    R = new('n007', 'answered', None, ['protection', 'prosecution'], PER28,
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000981-2023-SM-GG', ['request No. 2023-0871'], '2023-05-18',
            'letter in English, reference/date/addressed-to block, small table by calendar year with a share column',
            lang='en', font='Calibri',
            notes='answered (in English): foreign victims granted a humanitarian migratory status and border alerts referred to the police, by year of the period (2021 from March, 2023 to February). The share column is a percent of the period total (no year in the total row).')
    R.header(['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'General Management – Lima, Peru'], align='r', size=9, rule=False)
    open28(R, 2023, date28(None, '2023-05-18', 'en_ord'), 'OFICIO N° 000981-2023-SM-GG', ['Dr. Carmen Rosa Tello Ríos', 'Researcher'],
           [('Re', 'Your access to information request No. 2023-0871 (March 2021 to February 2023)')], order='english', motto=False)
    body(R, ['Dear Dr. Tello,', 'In reply to your request, please find below the figures held by the Migration Authority on '
             'foreign nationals identified as presumed victims of trafficking in persons between March 2021 and February 2023.'], align='l')
    head = [['Year', 'Victims granted humanitarian status', 'Border alerts referred to the police', 'Share of alerts']]
    rows = []
    for lab, y, a, b, sh in (('2021 (Mar–Dec)', 2021, 23, 41, 32.5), ('2022', 2022, 37, 71, 56.3), ('2023 (Jan–Feb)', 2023, 6, 14, 11.1)):
        rows.append([lab, Cn(a, 'victim', y=y), Cn(b, 'alert', y=y), Pf(sh, 1, 'us', '%', y=y)])
    rows.append(['Total', Cn(66, 'victim'), Cn(126, 'alert'), Pf(100.0, 1, 'us', '%')])
    tab28(R, head, rows, style='headline', widths=(3.6, 4.2, 4.2, 3.0), bold_last=True, size=9.5)
    body(R, ['Most of the victims were Venezuelan women; figures are provisional and may change as cases are reclassified.'], align='l')
    en_sign28(R, 'Ricardo Mendoza Salinas', 'General Manager', 'Superintendencia Nacional de Migraciones')


def n008():
    R = new('n008', 'missing', 'off_topic', [], None,
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'RESOLUCIÓN EJECUTIVA REGIONAL N° 0412-2023-GRL-GR', ['Informe N° 088-2023-GRL-GRPPAT-SGP'], '2023-06-09',
            'regional executive resolution (VISTO / CONSIDERANDO / SE RESUELVE) approving a budget modification, table of amounts',
            notes='missing/off_topic: a resolution approving a transfer of budget between programmes (roads and school maintenance); nothing about trafficking in persons. Its amounts are recorded as money with role null (a modification, no budget stage word).')
    crest_caps_header(R, ['Gobierno Regional de Loreto', 'Gobernación Regional'], logo=LG('gorel', 'GRL', 'shield', (20, 90, 50), 1.3))
    lema28(R)
    R.p('RESOLUCIÓN EJECUTIVA REGIONAL N° 0412-2023-GRL-GR', bold=True, align='c', size=12, after=4)
    R.p(date28('Iquitos', '2023-06-09', 'del'), align='c', after=10)
    R.p('**VISTO:** El Informe N° 088-2023-GRL-GRPPAT-SGP de la Subgerencia de Presupuesto, sobre la modificación presupuestaria '
        'en el nivel funcional programático; y,', align='j')
    R.p('**CONSIDERANDO:**', after=2)
    body(R, ['Que, la Subgerencia de Presupuesto informa que existen saldos en la meta de mantenimiento de locales escolares que '
             'pueden habilitar la meta de mantenimiento periódico de caminos vecinales;',
             'Que, la modificación propuesta asciende a %s y no afecta las metas físicas programadas;' % Mspc(486250.00)])
    R.p('**SE RESUELVE:**', after=2)
    body(R, ['**Artículo Primero.-** APROBAR la modificación presupuestaria en el nivel funcional programático, conforme al detalle siguiente:'])
    tab28(R, [['Meta', 'Anulación (S/)', 'Habilitación (S/)']],
          [['0045 Mantenimiento de locales escolares', Mf(486250.00, 'sp'), '–'],
           ['0112 Mantenimiento de caminos vecinales', '–', Mf(486250.00, 'sp')]], style='grid', widths=(8.0, 3.4, 3.4))
    body(R, ['**Artículo Segundo.-** NOTIFICAR la presente resolución a la Gerencia Regional de Planeamiento, Presupuesto y '
             'Acondicionamiento Territorial.', 'Regístrese, comuníquese y cúmplase.'])
    rule_sign(R, 'Ing. Jorge Antonio Panduro Ríos', 'Gobernador Regional', close='')


def n009():
    R = new('n009', 'answered', None, ['prosecution', 'protection'], PER28,
            S('Región Policial Loreto', None, 'police'),
            'OFICIO N° 1146-2023-REGPOL-LOR/SEC', ['Solicitud de Acceso a la Información N° 0342-2023'], '2023-06-21',
            'police oficio, plain centred header in capitals, table by half year with vertical dotted lines only, counts in words in text',
            font='Times New Roman',
            notes='answered: operations, rescued victims, detainees and victims placed with the child protection unit, by half year of the period (I Sem. 2021 starts in March, I Sem. 2023 covers January-February); the text gives the totals in words (no year).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'MACRO REGIÓN POLICIAL LORETO', 'REGIÓN POLICIAL LORETO – SECRETARÍA'], size=9, rule=False)
    open28(R, 2023, date28('Iquitos', '2023-06-21', 'short'), 'OFICIO N° 1146-2023-REGPOL-LOR/SEC', REQ_A,
           [('Asunto', 'Remite información sobre trata de personas (periodo 01MAR2021 – 28FEB2023)'),
            ('Referencia', 'Solicitud de Acceso a la Información N° 0342-2023')])
    body(R, ['Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para remitirle la información '
             'consolidada por la División de Investigación Criminal sobre las intervenciones por el delito de trata de personas.'])
    head = [['Periodo', 'Operativos', 'Víctimas rescatadas', 'Detenidos', 'Víctimas derivadas a la UPE']]
    data = [('Mar.–Jun. 2021', 2021, [4, 9, 3, 5]), ('Jul.–Dic. 2021', 2021, [7, 16, 6, 8]), ('Ene.–Jun. 2022', 2022, [6, 14, 5, 6]),
            ('Jul.–Dic. 2022', 2022, [8, 21, 7, 9]), ('Ene.–Feb. 2023', 2023, [2, 3, 1, 1])]
    W_ = ['operativo', 'víctima rescatada', 'detenido', 'víctima derivada']
    rows = [[lab] + [Cn(x, W_[j], y=y) for j, x in enumerate(v)] for lab, y, v in data]
    tab28(R, head, rows, style='vdotted', widths=(3.6, 2.6, 3.0, 2.4, 3.6))
    body(R, ['En total se ejecutaron %s operativos, en los que se rescató a %s víctimas.' %
             (Cwords28(27, 'operativo'), Cwords28(63, 'víctima rescatada', fem=True))])
    rule_sign(R, 'Coronel PNP Víctor Hugo Salas Torres', 'Jefe de la Región Policial Loreto', close='Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.')


def n010():
    R = new('n010', 'answered', None, ['prevention', 'protection'], PER28,
            S('Municipalidad Distrital de Laberinto', None, 'district_municipality'),
            'OFICIO N° 071-2023-MDL-A', ['Solicitud de fecha 03 de mayo de 2023'], '2023-05-19',
            'short oficio, plain centred header, a substantive null answer, no figures',
            notes='answered (substantive null answer): the district states that in the period March 2021 - February 2023 no prevention actions were carried out and that its DEMUNA registered no case of trafficking; no figures.')
    plain_center_header(R, ['MUNICIPALIDAD DISTRITAL DE LABERINTO', 'Alcaldía'], logo=LG('mdl', 'MDL', 'square', (40, 40, 120), 1.4))
    open28(R, 2023, date28('Laberinto', '2023-05-19', 'month_year'), 'OFICIO N° 071-2023-MDL-A', REQ_C,
           [('Asunto', 'Respuesta a solicitud de información'), ('Referencia', 'Solicitud de fecha 03 de mayo de 2023')])
    body(R, ['De mi consideración:', 'En atención a su solicitud, le comunico que en el periodo de marzo de 2021 a febrero de 2023 '
             'esta Municipalidad no realizó acciones de prevención de la trata de personas, y que la Defensoría Municipal del Niño '
             'y del Adolescente (DEMUNA) no registró casos de niñas, niños o adolescentes presuntas víctimas de este delito en '
             'dicho periodo.', 'Lo que comunico a usted para su conocimiento.'])
    left_sign(R, 'Sr. Eusebio Mamani Condori', 'Alcalde', initials_='EMC/dlq')


def n011():
    R = new('n011', 'answered', None, ['protection', 'prevention'], PER28,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000742-2023-MIMP-AURORA-DE', ['Solicitud de Acceso a la Información N° 0342-2023'], '2023-06-27',
            'oficio + annex printed from a spreadsheet (column letters and row numbers shown), two pages',
            notes='answered: the Programa Nacional Aurora (recorded as the MIMP) sends, in a spreadsheet annex, cases of trafficking attended by the Centros Emergencia Mujer of five regions for 2021 (March-December), 2022 and 2023 (January-February), and preventive activities. Row numbers and column letters of the printout are not figures.')
    split_line_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES'], ['Programa Nacional para la Prevención y',
                      'Erradicación de la Violencia contra las Mujeres', 'e Integrantes del Grupo Familiar – AURORA'], color='7030A0')
    open28(R, 2023, date28('Lima', '2023-06-27', 'del'), 'OFICIO N° D000742-2023-MIMP-AURORA-DE', REQ_B,
           [('Asunto', 'Atención de solicitud de acceso a la información pública'),
            ('Referencia', 'Solicitud de Acceso a la Información N° 0342-2023')])
    body(R, ['Me dirijo a usted para saludarla cordialmente y, en atención al documento de la referencia, remitirle en anexo la '
             'información de los casos de trata de personas atendidos por los Centros Emergencia Mujer (CEM) de las regiones '
             'consultadas, correspondiente al periodo de marzo de 2021 a febrero de 2023, así como las actividades preventivas '
             'promocionales realizadas en el mismo periodo.',
             'La información proviene del Registro de Casos del CEM y se presenta en el formato de hoja de cálculo generado por el '
             'sistema.'])
    stack_sign(R, 'Ana María Gutiérrez Llerena', 'Directora Ejecutiva', 'Programa Nacional AURORA', when='27/06/2023 09:14')
    R.pagebreak()
    R.p('ANEXO – Reporte CEM_TRATA_2021_2023.xlsx (impresión)', bold=True, size=10, after=4)
    head = [['', 'A', 'B', 'C', 'D', 'E'], ['1', 'Región', 'Casos 2021 (mar-dic)', 'Casos 2022', 'Casos 2023 (ene-feb)', 'Actividades preventivas']]
    data = [('Cusco', [14, 22, 3, 46]), ('Loreto', [19, 27, 5, 38]), ('Madre de Dios', [25, 31, 4, 52]), ('Puno', [12, 16, 2, 29]),
            ('Ucayali', [9, 13, 1, 24])]
    rows = []
    for i, (lab, v) in enumerate(data):
        rows.append([str(i + 2), lab, Cn(v[0], 'caso', y=2021), Cn(v[1], 'caso', y=2022), Cn(v[2], 'caso', y=2023),
                     Cn(v[3], 'actividad preventiva')])
    rows.append(['7', 'TOTAL', Cn(79, 'caso', y=2021), Cn(109, 'caso', y=2022), Cn(15, 'caso', y=2023), Cn(189, 'actividad preventiva')])
    t = R.table(head, rows, widths=(0.9, 3.6, 3.0, 2.4, 3.0, 3.2), ruled='grid', row_label_col=1, size=9, head_shade='EFEFEF',
                colnames=[None, 'Región', 'Casos 2021 (mar-dic)', 'Casos 2022', 'Casos 2023 (ene-feb)', 'Actividades preventivas'],
                font='Liberation Sans', head_bold=False)
    R.p('Hoja: CEM_TRATA   |   Fecha de corte: 31/03/2023', size=8, italic=True)


def n012():
    R = new('n012', 'out_of_period', None, ['prosecution'], PER28,
            S('Corte Superior de Justicia de Loreto', 'CSJLO', 'autonomous'),
            'OFICIO N° 000402-2023-P-CSJLO-PJ', ['Solicitud N° 1055-2023', 'Informe N° 000061-2023-CE-UPD-GAD-CSJLO-PJ'], '2023-07-12',
            'court oficio, stripe letterhead, table of 2019 and 2020 only with a percent column',
            notes='out_of_period: the court restates the requested period in the subject but its statistics area can give only 2019 and 2020; the data from 2021 on are being migrated to the new judicial file system. Figures carry 2019 or 2020.')
    stripe_header(R, ['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Loreto', 'Presidencia'], fill='8B0000', acr='CSJLO')
    open28(R, 2023, date28('Iquitos', '2023-07-12', 'a_los'), 'OFICIO N° 000402-2023-P-CSJLO-PJ', REQ_A,
           [('Asunto', 'Información estadística sobre procesos por trata de personas, marzo 2021 – febrero 2023'),
            ('Referencia', 'Solicitud N° 1055-2023')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para hacer de su conocimiento que '
             'mediante el Informe N° 000061-2023-CE-UPD-GAD-CSJLO-PJ, el Coordinador de Estadística ha señalado que la información '
             'de los años 2021 a 2023 se encuentra en proceso de migración al Expediente Judicial Electrónico y no puede ser '
             'reportada aún. Se remite la información disponible de los años anteriores:'])
    head = [['Año', 'Procesos ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias', '% condenas']]
    rows = [['2019', Cn(38, 'proceso', y=2019), Cn(11, 'sentencia condenatoria', y=2019), Cn(4, 'sentencia absolutoria', y=2019), Psp28(73.3, y=2019)],
            ['2020', Cn(29, 'proceso', y=2020), Cn(7, 'sentencia condenatoria', y=2020), Cn(5, 'sentencia absolutoria', y=2020), Psp28(58.3, y=2020)]]
    tab28(R, head, rows, style='double', widths=(2.0, 3.2, 3.4, 3.4, 2.6))
    dotted_sign(R, 'Dr. Aurelio Vásquez Tapullima', 'Presidente de la Corte Superior de Justicia de Loreto')


def n013():
    R = new('n013', 'missing', 'acknowledgment', [], None,
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'CONSTANCIA N° 2023-004417', [], '2023-05-08',
            'front-desk receipt form with checkboxes, no signature, no period',
            notes='missing/acknowledgment: a receipt form of the document desk, with ticked boxes for the kind of document and the office it was sent to; it gives no information and does not state the period or what was asked beyond "trata de personas".')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'Unidad de Trámite Documentario y Archivo'], size=9, logo=LG('mpcp', 'MPCP', 'circle', (0, 90, 140), 1.3))
    R.p('CONSTANCIA DE RECEPCIÓN', bold=True, align='c', size=13, after=2)
    R.p('CONSTANCIA N° 2023-004417', bold=True, align='c', after=10)
    kv(R, [('Fecha', '08/05/2023  10:37 a. m.'), ('Administrado', 'CARMEN ROSA TELLO RÍOS'),
           ('Asunto', 'Solicita información sobre trata de personas'), ('Folios', 'uno')], tab=3.0, w2=13.0)
    R.p('Tipo de documento:', bold=True, after=2)
    checkbox28(R, [(True, 'Solicitud de acceso a la información pública (Ley N° 27806)'), (False, 'Solicitud simple'),
                 (False, 'Recurso administrativo'), (False, 'Otro')])
    R.p('Derivado a:', bold=True, after=2, before=6)
    checkbox28(R, [(False, 'Gerencia Municipal'), (True, 'Oficina de Transparencia y Acceso a la Información'),
                 (False, 'Gerencia de Desarrollo Social')])
    R.p('El plazo de atención se computa conforme a ley. Conserve esta constancia para cualquier consulta.', size=9, before=8)
    R.p('Documento generado por el Sistema de Trámite Documentario – no requiere firma.', size=7.5, italic=True, before=10)


def n014():
    R = new('n014', 'answered', None, ['prosecution', 'prevention'], PER28,
            S('Dirección Regional de Trabajo y Promoción del Empleo Cusco', 'DRTPE Cusco', 'regional_government'),
            'OFICIO N° 0528-2023-GR CUSCO/DRTPE', ['Solicitud de Acceso a la Información N° 0342-2023'], '2023-06-16',
            'oficio whose body runs in two newspaper columns, money with points and comma and the word soles',
            notes='answered: labour inspections on forced and child labour, workers found, fines proposed and training talks in the period; the two-column body gives figures by year. Fines proposed have no budget role.')
    topbottom_header(R, 'GOBIERNO REGIONAL CUSCO', 'DRTPE', sub=['Dirección Regional de Trabajo y Promoción del Empleo', 'Av. Micaela Bastidas 301 – Wanchaq'],
                     color=(0x9C, 0x27, 0x00))
    open28(R, 2023, date28('Cusco', '2023-06-16', 'paren'), 'OFICIO N° 0528-2023-GR CUSCO/DRTPE', REQ_C,
           [('Asunto', 'Información sobre trabajo forzoso y trata con fines de explotación laboral'),
            ('Referencia', 'Solicitud de Acceso a la Información N° 0342-2023')])
    R.columns(2)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, referida a las acciones de esta Dirección Regional '
             'entre marzo de 2021 y febrero de 2023 frente al trabajo forzoso y la trata de personas con fines de explotación laboral.',
             '**Inspecciones.** La Sub Dirección de Inspección del Trabajo realizó %s inspecciones en 2021 y %s en 2022 en '
             'actividades de minería artesanal, agricultura y trabajo del hogar; en enero y febrero de 2023 realizó %s. En ellas se '
             'identificó a %s trabajadores en presuntas condiciones de trabajo forzoso, cuyos casos se comunicaron a la Fiscalía.' %
             (Cn(46, 'inspección', y=2021), Cn(71, 'inspección', y=2022), Cn(9, 'inspección', y=2023), Cn(38, 'trabajador')),
             '**Multas.** Se propusieron multas por un total de %s en 2022 a empleadores de la provincia de La Convención.' %
             Meus(214880.00, y=2022),
             '**Capacitación.** Para prevenir la captación con ofertas de empleo engañosas se dictaron %s talleres a %s jóvenes de '
             'institutos tecnológicos, con un gasto ejecutado de %s.' % (Cwords28(15, 'taller'), Csp(1240, 'joven'), Meus(9870.50, r='e')),
             'Las inspecciones de 2023 continúan en curso.'], size=10)
    R.columns(1)
    rule_sign(R, 'Abog. Fredy Huamán Puma', 'Director Regional de Trabajo y Promoción del Empleo')


def n015():
    R = new('n015', 'missing', 'clarification', [], None,
            S('Universidad Nacional Amazónica de Madre de Dios', 'UNAMAD', 'other'),
            'CARTA N° 031-2023-UNAMAD-OTAIP', ['Solicitud N° 0118-2023'], '2023-05-11',
            'carta of the transparency office, framed-name letterhead, two numbered questions, no period, no figures',
            notes='missing/clarification: the university asks the requester to specify which kind of information and which offices she means within two working days; it does not state a period and quotes the request only as "trata de personas" (no axes).')
    framed_name_header(R, ['UNIVERSIDAD NACIONAL AMAZÓNICA DE MADRE DE DIOS', 'Oficina de Transparencia y Acceso a la Información Pública'],
                       logo=LG('unamad', 'UNA', 'circle', (0, 100, 60), 1.5), right=['Av. Jorge Chávez 1160', 'Puerto Maldonado'])
    open28(R, 2023, date28('Puerto Maldonado', '2023-05-11', 'slash_word'), 'CARTA N° 031-2023-UNAMAD-OTAIP', REQ_C,
           [('Asunto', 'Solicitud de precisión'), ('Referencia', 'Solicitud N° 0118-2023')])
    body(R, ['Me dirijo a usted con relación a su solicitud sobre “trata de personas” presentada ante esta casa de estudios. A fin '
             'de atenderla, se le solicita precisar lo siguiente:'])
    numbered(R, ['Si requiere información sobre investigaciones, actividades de proyección social o cursos dictados.',
                 'Qué facultades u oficinas de la Universidad deben proporcionar la información.'], fmt_='%d.')
    body(R, ['La precisión deberá ser remitida en el plazo de dos días hábiles; de no hacerlo, la solicitud se dará por no presentada.'])
    left_sign(R, 'Lic. Patricia Ríos Shuña', 'Responsable de Acceso a la Información Pública')


def n016():
    R = new('n016', 'answered', None, ['prevention'], PER28,
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 01277-2023-MINEDU/VMGP-DIGC', ['Solicitud N° 2023-07719', 'Informe N° 00233-2023-MINEDU/VMGP-DIGC-DITOE'], '2023-07-03',
            'oficio + report table by regional education directorate with shares written as fractions (0,38)',
            notes='answered: teachers trained and schools that included trafficking prevention in tutoring, by regional directorate, for the whole period (no year), with the share of schools as a fraction; the text gives 2021 and 2022 totals. Shares are recorded as percent values (0,38 = 38.0).')
    split_line_header(R, ['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica'],
                      ['Dirección General de Calidad de la Gestión Escolar'], sub='Calle Del Comercio 193, San Borja', color='C00000')
    open28(R, 2023, date28('San Borja', '2023-07-03', 'del'), 'OFICIO N° 01277-2023-MINEDU/VMGP-DIGC', REQ_A,
           [('Asunto', 'Información sobre acciones de prevención de la trata de personas en el ámbito educativo'),
            ('Referencia', 'a) Solicitud N° 2023-07719\nb) Informe N° 00233-2023-MINEDU/VMGP-DIGC-DITOE')])
    body(R, ['Es grato dirigirme a usted, en atención al documento a) de la referencia, para remitirle el informe b), elaborado por '
             'la Dirección de Tutoría y Orientación Educativa, que da cuenta de las acciones de prevención de la trata de personas '
             'desarrolladas en las instituciones educativas de cinco regiones entre marzo de 2021 y febrero de 2023.',
             'En el año 2021 se capacitó a %s docentes tutores y en el año 2022 a %s.' % (Cdot28(1870, 'docente', y=2021), Cdot28(2415, 'docente', y=2022))])
    head = [['DRE', 'Docentes capacitados', 'IIEE con sesiones de tutoría', 'Proporción de IIEE']]
    data = [('DRE Cusco', 812, 214, 38), ('DRE Loreto', 655, 168, 29), ('DRE Madre de Dios', 402, 97, 61), ('DRE Puno', 1044, 251, 33),
            ('DRE Ucayali', 372, 88, 27)]
    rows = [[lab, Cn(a, 'docente'), Cn(b, 'institución educativa'), Pshare(s)] for lab, a, b, s in data]
    tab28(R, head, rows, style='headline', widths=(4.0, 3.4, 4.0, 3.2), caption='Acciones de tutoría, marzo 2021 – febrero 2023')
    R.p('Proporción: IIEE con sesiones / total de IIEE de secundaria de la DRE.', size=8, italic=True)
    stack_sign(R, 'Jorge Luis Paredes Olivera', 'Director General de Calidad de la Gestión Escolar', when='03/07/2023 17:22')


def n017():
    R = new('n017', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            'ACTA N° 004-2023-CCLD/MVES', [], '2023-04-20',
            'minutes of a session of the local coordination council on the participatory budget, attendance and agreed amounts',
            notes='missing/off_topic: minutes of the district coordination council on the 2024 participatory budget; nothing about trafficking in persons. Amounts are recorded as money (allocated where the text says "asignar"); the number of members present is a count.')
    plain_center_header(R, ['MUNICIPALIDAD DE VILLA EL SALVADOR', 'Consejo de Coordinación Local Distrital'])
    R.p('ACTA N° 004-2023-CCLD/MVES', bold=True, align='c', size=12, after=2)
    R.p('SESIÓN ORDINARIA DEL CONSEJO DE COORDINACIÓN LOCAL DISTRITAL', bold=True, align='c', after=8)
    body(R, ['En Villa El Salvador, siendo las 10:00 horas del día 20 de abril de 2023, en el auditorio municipal, se reunieron '
             '%s miembros del Consejo de Coordinación Local Distrital, con el quórum de ley, para tratar la siguiente agenda:' % Cn(17, 'miembro'),
             '1. Priorización de proyectos del Presupuesto Participativo 2024.  2. Informe de avance de obras 2023.',
             '**Acuerdos:** Se acordó asignar %s a los proyectos priorizados del Presupuesto Participativo 2024, de los cuales %s '
             'corresponden a pistas y veredas del sector 3 y el saldo a la mejora de losas deportivas.' %
             (Mmill28(3.4, y=2024, r='a'), Mspc(2150000.00, y=2024, r='a')),
             'No habiendo otro punto que tratar, se levantó la sesión a las 12:35 horas, firmando los presentes en señal de conformidad.'])
    pair_sign(R, ('Sr. Kevin Ramos Huarcaya', 'Presidente del CCLD'), ('Sra. Elena Poma Quispe', 'Secretaria técnica'))


def n018():
    R = new('n018', 'answered', None, ['governance', 'prevention'], PER28,
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 0903-2023-GRU-GGR-GRDS', ['Expediente N° 2023-011472'], '2023-06-08',
            'oficio, table with a 2020 column beside the in-period years, money in a column with space thousands',
            notes='answered (mixed in-period and out-of-period): the table gives 2020 beside 2021 and 2022; the in-period columns make it answered. 2021 in the table covers the whole calendar year as the region reports it.')
    stripe_header(R, ['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia Regional de Desarrollo Social', 'Jr. Raymondi 220 – Pucallpa'], fill='E65100', acr='GOREU')
    open28(R, 2023, date28('Pucallpa', '2023-06-08', 'del'), 'OFICIO N° 0903-2023-GRU-GGR-GRDS', REQ_B,
           [('Asunto', 'Información de acciones contra la trata de personas'), ('Referencia', 'Expediente N° 2023-011472')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, en el que solicita información de marzo de 2021 a '
             'febrero de 2023. Se consigna también el año 2020 a fin de mostrar la evolución de las acciones de la Comisión '
             'Regional Multisectorial contra la Trata de Personas:'])
    head = [['Indicador', '2020', '2021', '2022']]
    rows = [['Sesiones de la Comisión Regional', Cn(3, 'sesión', y=2020), Cn(6, 'sesión', y=2021), Cn(8, 'sesión', y=2022)],
            ['Campañas de sensibilización', Cn(2, 'campaña', y=2020), Cn(5, 'campaña', y=2021), Cn(9, 'campaña', y=2022)],
            ['Personas sensibilizadas', Csp(850, 'persona', y=2020), Csp(2310, 'persona', y=2021), Csp(4125, 'persona', y=2022)],
            ['Presupuesto ejecutado (S/)', Mf(8400.00, 'sp', y=2020, r='e'), Mf(22615.40, 'sp', y=2021, r='e'), Mf(37900.00, 'sp', y=2022, r='e')]]
    tab28(R, head, rows, style='vdotted', widths=(6.0, 2.8, 2.8, 2.8))
    body(R, ['Entre enero y febrero de 2023 la Comisión no sesionó por el cambio de gestión.'])
    dotted_sign(R, 'Mg. Lidia Fasabi Rengifo', 'Gerente Regional de Desarrollo Social', close='Atentamente,')


def n019():
    R = new('n019', 'missing', 'denied_exception', ['prosecution'], PER28,
            S('Región Policial Cusco', None, 'police'),
            'OFICIO N° 0877-2023-REGPOL-CUS/SEC-UNITRAN', ['Solicitud N° 0342-2023'], '2023-05-25',
            'police oficio, plain centred header, exception of the transparency law, no figures',
            font='Times New Roman',
            notes='missing/denied_exception: the police region refuses the list of operations and investigations of the period as reserved information under the transparency law (police intelligence and ongoing investigations).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL CUSCO'], size=9.5, rule=False)
    open28(R, 2023, date28('Cusco', '2023-05-25', 'upper'), 'OFICIO N° 0877-2023-REGPOL-CUS/SEC-UNITRAN', REQ_C,
           [('Asunto', 'Respuesta a solicitud de información'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Tengo el agrado de dirigirme a Ud., con relación al documento de la referencia, mediante el cual solicita la relación '
             'de operativos e investigaciones por trata de personas realizados por esta Región Policial de marzo de 2021 a febrero '
             'de 2023, con indicación de lugares y resultados.',
             'Al respecto, se le comunica que dicha información constituye información reservada conforme al artículo 16 del Texto '
             'Único Ordenado de la Ley N° 27806, por referirse a planes y operaciones policiales y a investigaciones en curso, cuya '
             'revelación podría afectar la persecución del delito. En consecuencia, no es posible acceder a lo solicitado.'])
    rule_sign(R, 'Coronel PNP Edwin Challco Huamán', 'Jefe de la Región Policial Cusco', close='Dios guarde a Ud.')


def n020():
    R = new('n020', 'answered', None, ['governance'], PER28,
            S('Defensoría del Pueblo', None, 'autonomous'),
            'OFICIO N° 0219-2023-DP/ADHPD', ['Solicitud de Acceso a la Información N° 0342-2023'], '2023-06-19',
            'oficio, crest letterhead, supervision results by region with percents "62,5 %", table with a double frame',
            notes='answered: the Ombudsman supervised regional governments in 2022 (within the period); the table gives regions with a working group, plans and the share of agreements followed up; percents written "62,5 %".')
    crest_caps_header(R, ['Defensoría del Pueblo', 'Adjuntía para los Derechos Humanos y las Personas con Discapacidad'],
                      logo=LG('dp', 'DP', 'circle', (0, 70, 140), 1.3))
    open28(R, 2023, date28('Lima', '2023-06-19', 'a_los'), 'OFICIO N° 0219-2023-DP/ADHPD', REQ_B,
           [('Asunto', 'Información sobre supervisión en materia de trata de personas, marzo 2021 – febrero 2023'),
            ('Referencia', 'Solicitud de Acceso a la Información N° 0342-2023')])
    body(R, ['Me dirijo a usted para remitirle los resultados de la supervisión que la Defensoría del Pueblo efectuó en el año '
             '2022 a los gobiernos regionales sobre el cumplimiento de sus obligaciones en materia de trata de personas.',
             'De los %s gobiernos regionales supervisados, %s contaban con una red o comisión regional instalada y el %s tenía un '
             'plan regional aprobado.' % (Cn(24, 'gobierno regional', y=2022), Cn(21, 'gobierno regional', y=2022), Psp28(62.5, y=2022))])
    head = [['Ámbito', 'Sesiones de la red en 2022', 'Acuerdos con seguimiento']]
    rows = [['Norte', Cn(19, 'sesión', y=2022), Psp28(48.0, y=2022)], ['Centro', Cn(14, 'sesión', y=2022), Psp28(55.6, y=2022)],
            ['Sur', Cn(23, 'sesión', y=2022), Psp28(71.2, y=2022)], ['Oriente', Cn(11, 'sesión', y=2022), Psp28(39.4, y=2022)]]
    tab28(R, head, rows, style='double', widths=(4.0, 4.4, 4.4))
    dotted_sign(R, 'Abog. Milagros Cárdenas Loayza', 'Adjunta para los Derechos Humanos y las Personas con Discapacidad')
