"""blind-v20 letters x031-x045, written from scratch for this set. Every person, document number, figure and event is invented."""
from lib import *
from common import *


def x031():
    R = new('x031', 'out_of_period', None, ['governance', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('Gobierno Regional de Ayacucho', None, 'regional_government'),
            'OFICIO N° 0387-2022-GRA/GG-GRDS', ['Acta de Transferencia N° 004-2022-GRA/ARA', 'Solicitud de fecha 30 de mayo de 2022'],
            '2022-06-14', 'oficio, letterhead drawn as a picture (no text layer), year rows with three count columns and an amount column '
                          'whose cells carry the sign (spaced thousands, decimal comma)',
            notes='Out of period: 2020-2021 was asked; those years\' files were transferred to the regional archive for digitization, so '
                  '2018 and 2019 are given. The budget column funds the regional plan as a whole (governance); the letterhead is an image.')
    R.header_image(['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'], 'graya', color=(120, 60, 10), shape='circle')
    open20(R, 2022, 'Ayacucho, 14 de junio de 2022', 'OFICIO N° 0387-2022-GRA/GG-GRDS',
           ['Señora', 'BEATRIZ ÑAHUI CONTRERAS', 'Presente.-'],
           [('ASUNTO', ':  Información sobre acciones contra la trata de personas, años 2020 y 2021'),
            ('REFERENCIA', ':  Solicitud de fecha 30 de mayo de 2022')], ref_first=False)
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, le comunico que el acervo documentario de esta Gerencia '
             'correspondiente a los años 2020 y 2021 fue transferido al Archivo Regional de Ayacucho para su digitalización, según Acta de '
             'Transferencia N° 004-2022-GRA/ARA, y no estará disponible hasta la culminación de dicho proceso.',
             'En tal sentido, a modo referencial, remito la información de los años 2018 y 2019 que obra en esta Gerencia:'])
    rows = []
    for y, a, b, c, m in [(2018, 5, 8, 2630, 24350.00), (2019, 7, 11, 3915, 31780.40)]:
        rows.append([str(y), Cn(a, 'sesión', y=y), Cn(b, 'campaña', y=y), Cn(c, 'persona', st='sp', y=y),
                     Mn(m, st='sp', y=y, r='e', u='cell')])
    R.table([['Año', 'Sesiones de la Red Regional', 'Campañas de prevención', 'Personas sensibilizadas', 'Presupuesto ejecutado']],
            rows, widths=(1.8, 3.2, 3.0, 3.2, 3.6), size=9.5)
    body(R, ['Atentamente,'])
    signoff(R, 'LIC. FELICIANO HUAMÁN ROJAS', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ayacucho')


def x032():
    R = new('x032', 'out_of_period', None, ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Unidad de Gestión Educativa Local Coronel Portillo', 'UGEL Coronel Portillo', 'regional_government'),
            'OFICIO N° 0612-2023-GRU-DREU-UGEL-CP/AGP', ['Expediente N° 0007712-2023'],
            '2023-03-08', 'oficio, centred letterhead, plan table with the counted noun in its own "Unidad de medida" column, programmed '
                          'budget column and a total budget row',
            notes='Out of period: 2021 was asked; the UGEL never consolidated the 2021 tutoring reports (remote schooling) and sends its 2023 '
                  'work plan instead (plan only). The noun of each physical target is in the "Unidad de medida" column. Plan figures '
                  'have year 2023; the budget is allocated (programado).')
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'DIRECCIÓN REGIONAL DE EDUCACIÓN DE UCAYALI', 'UNIDAD DE GESTIÓN EDUCATIVA LOCAL CORONEL PORTILLO'],
             size=8.5, logo=(logo_png('ugelcp', 'UGEL', 'square', (0, 60, 140)), 1.2))
    open20(R, 2023, 'Pucallpa, 08 de marzo de 2023', 'OFICIO N° 0612-2023-GRU-DREU-UGEL-CP/AGP',
           ['Señor', 'JHONNY RENGIFO SAAVEDRA', 'Presente.-'],
           [('ASUNTO:', 'Actividades de prevención de la trata de personas en II.EE. – año 2021'),
            ('REFERENCIA:', 'Expediente N° 0007712-2023')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al expediente de la referencia. Al respecto, el Área de Gestión Pedagógica '
             'informa que, durante el año 2021, en el contexto de la educación a distancia, los informes de tutoría fueron archivados por '
             'cada institución educativa y no fueron consolidados por esta UGEL, por lo que no contamos con la información del periodo '
             'solicitado.',
             'No obstante, le hacemos llegar las actividades programadas en el Plan de Trabajo 2023 de Tutoría y Orientación Educativa:'])
    acts = [('Talleres de prevención de la trata de personas', 'taller', 24, 9600.00),
            ('Docentes tutores capacitados', 'docente', 180, 14400.00),
            ('Estudiantes de secundaria sensibilizados', 'estudiante', 6500, 5200.00),
            ('Ferias escolares informativas', 'feria', 6, 7800.00)]
    rows = [[a, Cn(n, w, y=2023), w, Mf(m, y=2023, r='a')] for a, w, n, m in acts]
    rows.append(['Total', '', '', Mf(sum(x[3] for x in acts), y=2023, r='a')])
    R.table([['Actividad', 'Meta física 2023', 'Unidad de medida', 'Presupuesto programado (S/)']], rows,
            widths=(6.6, 2.4, 2.8, 3.6), size=9.5, bold_rows=(4,))
    body(R, ['Atentamente,'])
    signoff(R, 'MG. LIZ KAROL PANDURO VÁSQUEZ', 'Jefa del Área de Gestión Pedagógica')


def x033():
    R = new('x033', 'missing', 'no_reply', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Defensoría del Pueblo', None, 'autonomous'),
            'OFICIO N° 0398-2023-DP/OD-UCAY', ['Oficio N° 0371-2023-DP/OD-UCAY', 'Queja N° 0457-2023'],
            '2023-08-30', 'oficio, footer letterhead, no figures',
            notes='No reply: the Defensoría reports that the district municipality of Manantay has not answered the request (about DEMUNA '
                  'care to trafficking victims in 2022) despite its reminder; the sender is the Defensoría.')
    foot_letterhead(R, 'Defensoría del Pueblo – Oficina Defensorial de Ucayali',
                    'Jr. Inmaculada 380, Pucallpa · Línea gratuita 0800-15-170 · www.defensoria.gob.pe',
                    logo=(logo_png('dp20', 'DP', 'square', (0, 70, 140)), 1.1))
    open20(R, 2023, 'Pucallpa, 30 de agosto de 2023', 'OFICIO N° 0398-2023-DP/OD-UCAY',
           ['Señor', 'MANUEL ISUIZA TANANTA', 'Presente.-'],
           [('Asunto', ':  Comunica resultado de la intervención defensorial'),
            ('Referencia', ':  Queja N° 0457-2023')])
    body(R, ['Me dirijo a usted con relación a la queja de la referencia, presentada por la falta de respuesta de la Municipalidad Distrital de '
             'Manantay a su solicitud de acceso a la información pública de fecha 3 de julio de 2023, mediante la cual requirió información '
             'sobre los casos de trata de personas atendidos por la DEMUNA durante el año 2022.',
             'Al respecto, le informo que esta Oficina Defensorial recomendó a dicha Municipalidad, mediante Oficio N° 0371-2023-DP/OD-UCAY, '
             'atender su pedido en el más breve plazo. A la fecha, la entidad no ha dado respuesta a su solicitud ni a nuestra recomendación, '
             'por lo que le sugerimos interponer el recurso de apelación ante el Tribunal de Transparencia y Acceso a la Información Pública.',
             'Atentamente,'])
    signoff(R, 'ABOG. ROSA ELVIRA PINEDO RÍOS', 'Jefa de la Oficina Defensorial de Ucayali')


def x034():
    R = new('x034', 'missing', 'denied_exception', ['protection'], ('2019-01-01', '2019-06-30'),
            S('Unidad Distrital de Asistencia a Víctimas y Testigos de Loreto', 'UDAVIT Loreto', 'autonomous'),
            'OFICIO N° 000127-2019-MP-FN-UDAVIT-LORETO', ['Solicitud de Acceso a la Información N° 0214-2019'],
            '2019-08-05', 'oficio, centred letterhead, no figures',
            notes='Denied: the unit withholds the data of assisted victims (ages, nationalities, protection measures, January-June 2019) as '
                  'confidential under the transparency law; the unit is named as itself (kind autonomous).')
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Programa de Protección y Asistencia a Víctimas y Testigos',
              'Unidad Distrital de Asistencia a Víctimas y Testigos de Loreto'], size=8.5,
             logo=(logo_png('mpfn20', 'MP', 'circle', (20, 60, 120)), 1.1))
    open20(R, 2019, 'Iquitos, 05 de agosto de 2019', 'OFICIO N° 000127-2019-MP-FN-UDAVIT-LORETO',
           ['Señorita', 'CAROLINA PINCHI AREVALO', 'Presente.-'],
           [('Asunto:', 'Respuesta a solicitud de acceso a la información pública'),
            ('Ref.:', 'Solicitud de Acceso a la Información N° 0214-2019')])
    body(R, ['Tengo el agrado de dirigirme a usted en relación con el documento de la referencia, por el cual solicita la relación de víctimas '
             'de trata de personas asistidas por esta Unidad entre enero y junio de 2019, con indicación de su edad, nacionalidad y las '
             'medidas de asistencia y protección otorgadas.',
             'Sobre el particular, la información requerida constituye información confidencial, conforme al numeral 5 del artículo 17 del '
             'Texto Único Ordenado de la Ley N° 27806, por referirse a datos personales cuya publicidad constituiría una invasión de la '
             'intimidad personal de las víctimas, y cuya reserva se encuentra además dispuesta por el Reglamento del Programa de Protección y '
             'Asistencia a Víctimas y Testigos. En consecuencia, no es posible atender su pedido.',
             'Atentamente,'])
    signoff(R, 'ABOG. LUIS FERNANDO TAPULLIMA SALAS', 'Coordinador de la UDAVIT Loreto')


def x035():
    R = new('x035', 'missing', 'no_information', ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Apurímac', None, 'regional_government'),
            'OFICIO N° 0288-2022-GRAP/06/GRDS', ['Informe N° 019-2022-GRAP/06/GRDS/SGDH', 'Expediente N° 3321-2022'],
            '2022-03-02', 'oficio, right-aligned letterhead, no figures',
            notes='No information: the social development office has no records of actions or budget on trafficking for 2021 and need not '
                  'create them. It does not say that nothing was done, only that there is no record.')
    right_header(R, ['GOBIERNO REGIONAL DE APURÍMAC', 'Gerencia Regional de Desarrollo Social'])
    open20(R, 2022, 'Abancay, 02 de marzo de 2022', 'OFICIO N° 0288-2022-GRAP/06/GRDS',
           ['Señor', 'DANIEL ORTIZ CAMPANA', 'Presente.-'],
           [('Asunto', ':  Información sobre presupuesto y acciones contra la trata de personas – 2021'),
            ('Referencia', ':  Expediente N° 3321-2022')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre el presupuesto asignado y '
             'las acciones de prevención de la trata de personas ejecutadas por el Gobierno Regional en el año 2021.',
             'Al respecto, mediante Informe N° 019-2022-GRAP/06/GRDS/SGDH, la Subgerencia de Desarrollo Humano ha informado que, efectuada la '
             'búsqueda en su archivo y en el sistema de trámite documentario, no obra en sus registros información sobre acciones o '
             'presupuesto vinculados a la trata de personas en el periodo solicitado.',
             'En tal sentido, conforme al artículo 13 del Texto Único Ordenado de la Ley N° 27806, no corresponde crear o producir información '
             'con la que no se cuenta.',
             'Atentamente,'])
    signoff(R, 'LIC. YOVANA HUAMANÑAHUI SERNA', 'Gerente Regional de Desarrollo Social')


def x036():
    R = new('x036', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0145-2020-MINCETUR/VMT/DGPDT', ['Informe N° 0021-2020-MINCETUR/VMT/DGPDT-DPDT', 'Solicitud N° 0098-2020'],
            '2020-02-11', 'oficio (page 1, figures in prose) with the attached informe (page 2): region rows under a two-row header '
                          '(workshops: number and participants), the total row first',
            notes='Answered: 2019 prevention of sexual exploitation in tourism. Two pages: the oficio and the attached informe (its number '
                  'is a cited reference). Total row first on page 2.')
    gob_header(R, ['Ministerio de Comercio\nExterior y Turismo', 'Viceministerio\nde Turismo', 'Dirección General de Políticas de Desarrollo Turístico'],
               widths=[1.6, 4.2, 3.4, 6.8])
    open20(R, 2020, 'San Isidro, 11 de febrero de 2020', 'OFICIO N° 0145-2020-MINCETUR/VMT/DGPDT',
           ['Señora', 'JULIA MERCEDES AYALA PRADO', 'Presente.-'],
           [('Asunto:', 'Acciones de prevención de la ESNNA y la trata de personas en el sector turismo – 2019'),
            ('Referencia:', 'Solicitud N° 0098-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle el Informe N° '
             '0021-2020-MINCETUR/VMT/DGPDT-DPDT, que contiene el detalle de las acciones de prevención de la explotación sexual de niñas, '
             'niños y adolescentes (ESNNA) y la trata de personas en el ámbito del turismo desarrolladas en el año 2019.',
             'Como resultado de dichas acciones, en el año 2019 se adhirieron al Código de Conducta %s nuevas empresas prestadoras de servicios '
             'turísticos, con una inversión de %s.' % (Cn(214, 'empresa', y=2019), Mn(127850.00, st='sp', y=2019, r='e')),
             'Atentamente,'])
    signoff(R, 'ECON. MARTÍN ALONSO ZAVALETA RUIZ', 'Director General de Políticas de Desarrollo Turístico')
    R.pagebreak()
    R.p('INFORME N° 0021-2020-MINCETUR/VMT/DGPDT-DPDT', bold=True, align='c', after=6)
    kv(R, [('A', ':  Director General de Políticas de Desarrollo Turístico'), ('DE', ':  Dirección de Productos y Destinos Turísticos'),
           ('ASUNTO', ':  Acciones de prevención de la ESNNA en el sector turismo, año 2019'), ('FECHA', ':  San Isidro, 7 de febrero de 2020')])
    R.p('_' * 78, size=8, after=6)
    body(R, ['1.\tDurante el año 2019 se realizaron talleres de capacitación dirigidos a trabajadores de establecimientos de hospedaje, agencias de '
             'viaje y guías de turismo, y se promovió la adhesión de empresas al Código de Conducta contra la ESNNA, según el detalle:'])
    data = [('Lima', 9, 412, 58), ('Cusco', 7, 326, 61), ('Loreto', 4, 158, 27), ('Madre de Dios', 3, 97, 19), ('Puno', 3, 121, 22),
            ('Arequipa', 4, 176, 27)]
    T = [sum(d[i] for d in data) for i in (1, 2, 3)]
    rows = [['TOTAL'] + [Cn(T[0], 'taller', y=2019), Cn(T[1], 'participante', y=2019), Cn(T[2], 'empresa', y=2019)]]
    for r_, a, b, c in data:
        rows.append([r_, Cn(a, 'taller', y=2019), Cn(b, 'participante', y=2019), Cn(c, 'empresa', y=2019)])
    mtable(R, [['Región', 'Talleres', '', 'Empresas adheridas al Código de Conducta'], ['', 'N°', 'Participantes', '']], rows,
           merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)], widths=(4.4, 2.2, 3.0, 5.0), size=9.5, bold_rows=(0,))
    body(R, ['2.\tSe recomienda remitir el presente informe a la solicitante.'])
    R.p('Es todo cuanto informo.', after=2)
    signoff(R, 'LIC. ROSARIO DEL CARMEN VIDAL PEÑA', 'Directora de Productos y Destinos Turísticos', before=18)


def x037():
    R = new('x037', 'answered', None, ['protection', 'prevention', 'prosecution', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'CARTA N° 0311-2023-MPCP/GSPS', ['Solicitud de fecha 20 de enero de 2023'],
            '2023-02-09', 'carta, centred letterhead with logo, figures in a list with dot leaders (no table object)',
            notes='Answered: 2022. Figures on dot-leader lines are recorded as running-text figures. DEMUNA cases and referrals to the UPE '
                  'are protection, talks and campaigns prevention, joint operations with the police prosecution, the local plan budget '
                  'governance.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'Gerencia de Servicios Públicos y Sociales'],
             logo=(logo_png('mpcp', 'MPCP', 'shield', (0, 110, 110)), 1.3))
    open20(R, 2023, 'Pucallpa, 09 de febrero de 2023', 'CARTA N° 0311-2023-MPCP/GSPS',
           ['Señora', 'KELLY VÁSQUEZ MOZOMBITE', 'Presente.-'],
           [('ASUNTO', ':  Atiende solicitud de información – año 2022'), ('REF.', ':  Solicitud de fecha 20 de enero de 2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle las acciones realizadas por esta Municipalidad '
             'frente a la trata de personas durante el año 2022:'])
    leaders(R, [('Casos atendidos por la DEMUNA vinculados a trata de personas', Cn(14, 'caso', y=2022)),
                ('Niñas, niños y adolescentes derivados a la Unidad de Protección Especial', Cn(9, 'niño', y=2022)),
                ('Charlas en instituciones educativas', Cn(21, 'charla', y=2022)),
                ('Personas sensibilizadas en campañas', Cn(3870, 'persona', st='sp', y=2022)),
                ('Operativos conjuntos con la PNP en bares y discotecas', Cn(5, 'operativo', y=2022)),
                ('Presupuesto ejecutado del Plan Local contra la Trata', Mn(18450.00, st='sp', y=2022, r='e'))])
    body(R, ['', 'Atentamente,'])
    signoff(R, 'ING. CÉSAR AUGUSTO RÍOS PANDURO', 'Gerente de Servicios Públicos y Sociales')


def x038():
    R = new('x038', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Dirección Regional de Educación de Madre de Dios', 'DRE Madre de Dios', 'regional_government'),
            'OFICIO N° 0944-2020-GOREMAD/DREMDD-DGP', ['Expediente N° 00412-2020', 'Informe N° 031-2020-DREMDD/OAJ'],
            '2020-10-05', 'oficio, split letterhead, two small tables side by side (one per year, the year in each caption)',
            notes='Out of period: 2019 was asked; the 2019 files were not handed over by the former head of pedagogical management '
                  '(an administrative inquiry is open), so 2017 and 2018 are given. The year of each figure comes from its table caption.')
    split_header(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Dirección de Gestión Pedagógica'], 'DRE MADRE DE DIOS')
    open20(R, 2020, 'Puerto Maldonado, 05 de octubre de 2020', 'OFICIO N° 0944-2020-GOREMAD/DREMDD-DGP',
           ['Señor', 'OSCAR CHÁVEZ LLERENA', 'Presente.-'],
           [('ASUNTO:', 'Acciones de prevención de la trata de personas en el sector educación – 2019'),
            ('REFERENCIA:', 'Expediente N° 00412-2020')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, debo informarle que el acervo documentario de la '
             'Dirección de Gestión Pedagógica correspondiente al año 2019 no fue entregado por la anterior jefatura al término de su '
             'designación, hecho que es materia de un procedimiento administrativo según el Informe N° 031-2020-DREMDD/OAJ.',
             'Por tal motivo, le hacemos llegar la información disponible de los años 2017 y 2018:'])
    L, Rr = side_by_side(R, widths=(7.6, 7.6), gap=0.6)
    for cell, y, vals in ((L, 2017, (31, 45, 2870)), (Rr, 2018, (38, 61, 3342))):
        with R.inside(cell):
            R.table([['Indicador', 'N°']],
                    [['II.EE. con sesiones de tutoría', Cn(vals[0], 'institución educativa', y=y)],
                     ['Docentes capacitados', Cn(vals[1], 'docente', y=y)],
                     ['Estudiantes participantes', Cn(vals[2], 'estudiante', st='sp', y=y)]],
                    widths=(5.4, 1.8), size=9, caption='Año %d' % y)
    body(R, ['Atentamente,'])
    signoff(R, 'PROF. GLORIA ESTRADA MONTES', 'Directora de Gestión Pedagógica')


def x039():
    R = new('x039', 'missing', 'acknowledgment', ['prosecution'], ('2022-01-01', '2023-06-30'),
            S('Corte Superior de Justicia de Cusco', 'CSJCU', 'autonomous'),
            'OFICIO N° 000812-2023-RAIP-CSJCU-PJ', ['Memorando N° 000455-2023-RAIP-CSJCU-PJ', 'Solicitud N° 2023-1874'],
            '2023-10-03', 'oficio, centred letterhead, no figures',
            notes='Acknowledgment: the court says the request was received and passed to its statistics office and that the answer will '
                  'follow; no extension of the term is announced and no information given.')
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE CUSCO', 'Responsable de Acceso a la Información Pública'], size=8.5,
             logo=(logo_png('pjcu', 'PJ', 'shield', (110, 20, 20)), 1.2))
    open20(R, 2023, 'Cusco, 3 de octubre de 2023', 'OFICIO N° 000812-2023-RAIP-CSJCU-PJ',
           ['Señor', 'GONZALO HUARACHI PUMA', 'Presente.-'],
           [('Asunto:', 'Acusa recibo de solicitud de acceso a la información'), ('Referencia:', 'Solicitud N° 2023-1874')])
    body(R, ['Tengo el agrado de dirigirme a usted, a fin de comunicarle que esta Corte Superior ha recibido su solicitud de la referencia, '
             'mediante la cual requiere información sobre los procesos por el delito de trata de personas tramitados en el Distrito Judicial '
             'del Cusco entre enero de 2022 y junio de 2023.',
             'Su pedido ha sido derivado a la Coordinación de Estadística mediante Memorando N° 000455-2023-RAIP-CSJCU-PJ; una vez que se '
             'cuente con la información, esta le será remitida a la dirección electrónica consignada en su solicitud.',
             'Atentamente,'])
    signoff(R, 'ABOG. MARLENE QUISPE SULLCA', 'Responsable de Acceso a la Información Pública')


def x040():
    R = new('x040', 'missing', 'not_competent_referred', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Wanchaq', None, 'district_municipality'),
            'CARTA N° 0089-2022-MDW/GM', ['Oficio N° 0214-2022-MDW/GM', 'Oficio N° 0215-2022-MDW/GM', 'Expediente N° 3012-2022'],
            '2022-04-12', 'carta, right-aligned letterhead, no figures',
            notes='Not competent, referred: complaints and operations of 2021 are police and prosecution matters; the request was forwarded '
                  'to the Cusco police region and to the prosecutors\' district office by two cited oficios.')
    right_header(R, ['MUNICIPALIDAD DISTRITAL DE WANCHAQ', 'Gerencia Municipal'])
    open20(R, 2022, 'Wanchaq, 12 de abril de 2022', 'CARTA N° 0089-2022-MDW/GM',
           ['Señora', 'NÉLIDA CONDORI HUAMÁN', 'Presente.-'],
           [('Asunto', ':  Su solicitud de acceso a la información'), ('Referencia', ':  Expediente N° 3012-2022')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita el número de denuncias por trata de '
             'personas y de operativos realizados en el distrito de Wanchaq durante el año 2021.',
             'Al respecto, le informo que la recepción de denuncias y la realización de operativos contra la trata de personas son '
             'competencia de la Policía Nacional del Perú y del Ministerio Público, por lo que esta Municipalidad no posee dicha información.',
             'En aplicación del artículo 11 del Texto Único Ordenado de la Ley N° 27806, su solicitud ha sido encausada a la Región Policial '
             'Cusco, mediante Oficio N° 0214-2022-MDW/GM, y a la Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de '
             'Cusco, mediante Oficio N° 0215-2022-MDW/GM.',
             'Atentamente,'])
    signoff(R, 'ABG. EDGAR TUPAYACHI ROJAS', 'Gerente Municipal')


def x041():
    R = new('x041', 'missing', 'not_competent', ['governance'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia del Mercado de Valores', 'SMV', 'other'),
            'OFICIO N° 1127-2020-SMV/04', ['Solicitud de Acceso a la Información N° 0041-2020'],
            '2020-02-20', 'oficio, left letterhead with logo, no figures',
            notes='Not competent: the securities regulator lists its functions and says it has no role in the PNAT; it does not forward '
                  'the request or name another body.')
    left_header(R, (logo_png('smv', 'SMV', 'square', (0, 50, 110)), 1.5),
                ['SMV', 'Superintendencia del Mercado de Valores', 'Oficina General de Administración'])
    open20(R, 2020, 'Miraflores, 20 de febrero de 2020', 'OFICIO N° 1127-2020-SMV/04',
           ['Señor', 'ALBERTO LOAYZA FERNÁNDEZ', 'Presente.-'],
           [('Asunto:', 'Respuesta a solicitud de acceso a la información pública'),
            ('Referencia:', 'Solicitud de Acceso a la Información N° 0041-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre el '
             'presupuesto asignado por esta entidad a las acciones del Plan Nacional contra la Trata de Personas durante el año 2019.',
             'Sobre el particular, le informamos que la Superintendencia del Mercado de Valores tiene por finalidad velar por la protección de '
             'los inversionistas, la eficiencia y transparencia de los mercados bajo su supervisión y la correcta formación de precios, por '
             'lo que no tiene competencias ni asignación presupuestal vinculadas al referido Plan.',
             'Atentamente,'])
    signoff(R, 'CPC. ROBERTO CARLOS MEZA ÁVILA', 'Jefe de la Oficina General de Administración')


def x042():
    R = new('x042', 'missing', 'no_information', ['prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Distrital de Comas', None, 'district_municipality'),
            'CARTA N° 0072-2024-MDC/OGAIP', ['Expediente N° 0001873-2024'],
            '2024-02-14', 'carta, letterhead split between header and footer (address, telephone), one count in words with zero-padded digits',
            notes='No information: four offices were consulted and none holds records on trafficking prevention or victim care in 2023; '
                  '"cuatro (04)" offices is a count kept as a figure. The telephone number in the footer is not a figure.')
    foot_letterhead(R, 'Municipalidad Distrital de Comas',
                    'Av. Estados Unidos 1035, Comas · Central telefónica (01) 542-1010 · www.municomas.gob.pe',
                    logo=(logo_png('mdc', 'MDC', 'circle', (0, 100, 60)), 1.2))
    open20(R, 2024, 'Comas, 14 de febrero de 2024', 'CARTA N° 0072-2024-MDC/OGAIP',
           ['Señor', 'FERNANDO SULCA BARRIENTOS', 'Presente.-'],
           [('Asunto:', 'Atención de solicitud de acceso a la información pública'), ('Referencia:', 'Expediente N° 0001873-2024')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de '
             'prevención de la trata de personas y de atención a sus víctimas realizadas por esta Municipalidad durante el año 2023.',
             'Al respecto, esta Oficina trasladó su pedido a %s unidades orgánicas (Gerencia de Desarrollo Humano, Subgerencia de '
             'Bienestar Social, DEMUNA y Subgerencia de Participación Vecinal), las cuales han informado que no cuentan con registros '
             'sobre la materia en el periodo solicitado.' % Cwz(4, 'unidad orgánica', y=2023),
             'En consecuencia, no es posible atender su pedido, toda vez que la Ley no obliga a crear o producir información con la que no '
             'se cuente.',
             'Atentamente,'])
    signoff(R, 'ABG. LUCÍA PALOMINO ARANDA', 'Responsable de Acceso a la Información Pública')


def x043():
    R = new('x043', 'out_of_period', None, ['prosecution', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Organización Internacional del Trabajo', 'OIT', 'foreign'),
            'ILO/LIM/DIR/2022/058', ['letter of 2 September 2022'],
            '2022-09-26', 'English letter in Times New Roman, left-aligned letterhead, transposed table (indicators by two later years), '
                          'an amount in millions in the text',
            lang='en', font='Times New Roman',
            notes='Out of period: 2018 was asked; records before 2019 are in the headquarters archive of a previous project, so 2020 and '
                  '2021 are given. Training labour inspectors on forced labour is prosecution; awareness activities prevention. The total in '
                  'millions spans both years (no year).')
    R.header(['International Labour Organization', 'ILO Decent Work Technical Support Team and Country Office for the Andean Countries',
              'Las Flores 275, San Isidro, Lima'], align='l', size=8.5)
    R.p('ILO/LIM/DIR/2022/058', bold=True, after=2)
    R.p('26 September 2022', after=10)
    to(R, ['Mr. Andrés Cárdenas Yupanqui', 'Lima'])
    body(R, ['Dear Mr. Cárdenas,',
             'With reference to your letter of 2 September 2022 asking for information on ILO activities against forced labour and '
             'trafficking for labour exploitation in Peru in 2018, I regret to inform you that the records of activities carried out before '
             '2019 belong to a previous regional project and were transferred to the ILO headquarters archive in Geneva; they are not '
             'available to this Office.',
             'For your reference, the results of the current project in 2020 and 2021 are as follows:'])
    ytab(R, 'Indicator', [2020, 2021],
         [('Labour inspectors trained on forced labour', ('c', 'labour inspector'), [64, 89]),
          ('Workers reached by awareness activities', ('c', 'worker'), [1240, 2015]),
          ('Project expenditure (USD)', ('m', 'e'), [182300, 246900])],
         dec=0, cur='USD', widths=(8.4, 2.6, 2.6), size=10, align='l')
    body(R, ['Overall, the project spent %s in those two years.' % M('USD 0.43 million', 430000.0, r='e', cur='USD'),
             'Yours sincerely,'])
    R.p('', before=14)
    R.p('Marcela Ortega Villanueva', bold=True, after=0)
    R.p('Director a.i.', after=0)


def x044():
    R = new('x044', 'answered', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Salud de Ucayali', 'DIRESA Ucayali', 'regional_government'),
            'OFICIO N° 1022-2024-GRU-DIRESA-U/DG', ['Expediente N° 0009412-2024'],
            '2024-03-04', 'oficio (portrait page 1, figures in prose) and a landscape annex (page 2): network rows by quarter columns '
                          'with a total column and a total row',
            notes='Answered: 2023 care to presumed victims in the health networks, by quarter. The quarter totals and the annual total '
                  'keep 2023.')
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'DIRECCIÓN REGIONAL DE SALUD DE UCAYALI', 'Dirección General'], size=8.5,
             logo=(logo_png('diresau', 'DRS', 'circle', (0, 120, 80)), 1.2))
    data = [('Red de Salud Coronel Portillo', [22, 31, 27, 34]), ('Red de Salud Atalaya', [5, 7, 4, 6]),
            ('Red de Salud Aguaytía – San Alejandro', [3, 6, 5, 8])]
    tot = sum(sum(v) for _, v in data)
    open20(R, 2024, 'Pucallpa, 04 de marzo de 2024', 'OFICIO N° 1022-2024-GRU-DIRESA-U/DG',
           ['Señora', 'SANDRA RUIZ PEZO', 'Presente.-'],
           [('ASUNTO', ':  Atención a presuntas víctimas de trata de personas en establecimientos de salud – año 2023'),
            ('REFERENCIA', ':  Expediente N° 0009412-2024')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para informarle que durante el año 2023 los establecimientos de '
             'salud de la región brindaron %s atenciones a %s presuntas víctimas de trata de personas, principalmente en salud mental y '
             'atención de emergencia. El detalle trimestral por red de salud se presenta en el anexo adjunto.'
             % (Cn(tot, 'atención', y=2023), Cn(74, 'víctima', y=2023)),
             'Atentamente,'])
    signoff(R, 'M.C. JUAN PABLO TORRES ARÉVALO', 'Director General', 'Dirección Regional de Salud de Ucayali')
    R.landscape()
    R.p('ANEXO N° 01', bold=True, align='c', after=2)
    rows = []
    for lab, vals in data:
        rows.append([lab] + [Cn(v, 'atención', y=2023) for v in vals] + [Cn(sum(vals), 'atención', y=2023)])
    q = [sum(v[i] for _, v in data) for i in range(4)]
    rows.append(['Total regional'] + [Cn(x, 'atención', y=2023) for x in q] + [Cn(tot, 'atención', y=2023)])
    R.table([['Red de Salud', 'I Trimestre', 'II Trimestre', 'III Trimestre', 'IV Trimestre', 'Total 2023']], rows,
            widths=(9.0, 3.0, 3.0, 3.0, 3.0, 3.0), size=10, bold_rows=(3,),
            caption='Atenciones a presuntas víctimas de trata de personas, según red de salud y trimestre, 2023',
            note='Fuente: HIS – Oficina de Estadística e Informática, DIRESA Ucayali.')


def x045():
    R = new('x045', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Red de Salud Huamanga', None, 'regional_government'),
            'OFICIO N° 0871-2023-GRA/GG-GRDS-DIRESA-RSH-DE', ['Solicitud de fecha 6 de febrero de 2023'],
            '2023-02-20', 'oficio, split letterhead, two-column result sheet (concept | result) and an amount with decimal comma in prose',
            notes='Off topic: an anaemia screening campaign (children screened, with anaemia, supplemented, budget), not trafficking in '
                  'persons. The period stated is kept.')
    split_header(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Dirección Regional de Salud'], 'RED DE SALUD\nHUAMANGA')
    open20(R, 2023, 'Ayacucho, 20 de febrero de 2023', 'OFICIO N° 0871-2023-GRA/GG-GRDS-DIRESA-RSH-DE',
           ['Señor', 'RUBÉN GAMARRA QUISPE', 'Presente.-'],
           [('Asunto', ':  Remite información de la campaña "Juntos contra la anemia" – 2022'),
            ('Referencia', ':  Solicitud de fecha 6 de febrero de 2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle los resultados de la campaña de tamizaje de '
             'hemoglobina en niñas y niños menores de tres años ejecutada por esta Red en el año 2022:'])
    R.table([['Concepto', 'Resultado']],
            [['Niñas y niños tamizados', Cn(8412, 'niño', st='sp', y=2022)],
             ['Niñas y niños con anemia', Cn(2951, 'niño', st='sp', y=2022)],
             ['Proporción de anemia', Psp(35.1, st='eu', y=2022, u='cell')],
             ['Niñas y niños suplementados con hierro', Cn(2608, 'niño', st='sp', y=2022)]], widths=(8.0, 3.5), size=10)
    body(R, ['La campaña tuvo un costo ejecutado de %s.' % Mn(142380.00, st='sp', y=2022, r='e'), 'Atentamente,'])
    signoff(R, 'M.C. EVA LUZ PALOMINO CCORAHUA', 'Directora Ejecutiva', 'Red de Salud Huamanga')
