"""blind-v21 letters y016-y030 (written from scratch for this set)."""
from common import *
from lib import M, C, P


def y016():
    R = new('y016', 'missing', 'acknowledgment', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'), None, ['Ingreso N° 2023-0045871'], '2023-03-16',
            layout='printed e-mail: automatic receipt of the electronic front desk, header lines, no own number, no signature',
            notes='Acknowledgment: an automatic e-mail confirms that the request (court cases for trafficking in 2022) was registered '
                  'and will be answered by the competent office. The entry number is the request\'s, cited; the e-mail has no own '
                  'number.')
    R.p('Correo institucional - Poder Judicial', bold=True, size=9, after=6)
    email_head(R, [('De:', 'Mesa de Partes Electrónica CSJ Lima Norte <mpe-csjlimanorte@pj.gob.pe>'),
                   ('Enviado el:', 'jueves, 16 de marzo de 2023 10:14'),
                   ('Para:', 'investigacion.trata.peru@gmail.com'),
                   ('Asunto:', 'Constancia de recepción - Ingreso N° 2023-0045871')])
    body(R, ['Estimado(a) usuario(a):',
             'Por medio del presente se le comunica que su escrito ha sido recibido a través de la Mesa de Partes Electrónica de la '
             'Corte Superior de Justicia de Lima Norte y registrado con el Ingreso N° 2023-0045871, con los siguientes datos:'],
         align='l')
    kv(R, [('Tipo de documento', ': Solicitud de acceso a la información pública'),
           ('Sumilla', ': Número de procesos por trata de personas ingresados y sentenciados en el año 2022'),
           ('Dependencia destino', ': Oficina de Acceso a la Información Pública'),
           ('Estado', ': REGISTRADO')], size=9.5, tab=4.0, w2=12.0)
    body(R, ['Su solicitud será atendida por la dependencia competente dentro del plazo establecido en el Texto Único Ordenado '
             'de la Ley N° 27806. Este es un mensaje automático; por favor, no responda a este correo.',
             'Mesa de Partes Electrónica', 'Corte Superior de Justicia de Lima Norte'], align='l', size=10)
    R.p('AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener '
        'información reservada.', size=7, italic=True, before=10)


def y017():
    R = new('y017', 'out_of_period', None, ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0142-2023-MDA/GDS', ['Expediente N° 11452-2023', 'Memoria Anual 2020'], '2023-04-03',
            layout='carta of a district municipality, green bar letterhead, figures of two earlier years in prose and in a '
                   'hand-numbered list',
            notes='Out of period: the request is for 2022; the new municipal administration says the 2022 files were not handed over '
                  'in the transfer of management and sends 2019 and 2020 figures taken from the 2020 annual report. Nothing is said '
                  'about 2022 activity.')
    bar_header(R, ['MUNICIPALIDAD DISTRITAL DE ATE', 'Gerencia de Desarrollo Social', 'Gestión Municipal 2023 - 2026'], color='2E7D32')
    open21(R, 2023, date21('Ate', '2023-04-03', 'del'), 'CARTA N° 0142-2023-MDA/GDS',
           ['Señorita', 'VALERIA ANTONELLA CHUMPITAZ RAMOS', 'Presente.-'],
           [('Asunto', ': Atención a solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° 11452-2023')],
           order='ref', motto=False)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre los casos de '
             'trata de personas atendidos por la DEMUNA y las campañas de prevención realizadas durante el año 2022.',
             'Al respecto, debo informarle que la actual gestión municipal, que asumió funciones el 1 de enero de 2023, no recibió en el '
             'proceso de transferencia de gestión el acervo documentario de la DEMUNA correspondiente al año 2022, hecho que ha sido '
             'puesto en conocimiento del Órgano de Control Institucional. Por ello, solo es posible alcanzarle la información que '
             'consta en la Memoria Anual 2020 de la entidad:'])
    numbered(R, ['En el año 2019 la DEMUNA atendió %s casos de presunta trata de niñas, niños y adolescentes, y en el año 2020, %s casos.' % (
                     Cn(12, 'caso', y=2019), Cn(7, 'caso', y=2020)),
                 'En el año 2019 se realizaron %s campañas de sensibilización en mercados y paraderos, con %s personas informadas.' % (
                     Cn(9, 'campaña', y=2019), Cn(2430, 'persona', y=2019)),
                 'En el año 2020, debido a la emergencia sanitaria, se realizaron %s charlas virtuales con %s participantes.' % (
                     Cwp(4, 'charla', y=2020), Cn(318, 'participante', y=2020))], fmt_='%d)')
    body(R, ['Sin otro particular, me despido de usted.'])
    scribble_sign(R, 'Lic. FÉLIX ORLANDO CAJAHUANCA MEZA', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Ate')


def y018():
    R = new('y018', 'answered', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Educación de Puno', 'DREP', 'regional_government'),
            'OFICIO N° 0211-2024-GRP-DREP/DGP', ['Expediente N° 0482-2024'], '2024-02-08',
            layout='oficio of a regional education directorate, a row-number column before the province label, dotted thousands in '
                   'one column, total row at the bottom',
            notes='Answered: 2023 prevention in schools by province. The N° column numbers the rows (not figures). Student counts use '
                  'dotted thousands.')
    R.header(['GOBIERNO REGIONAL PUNO', 'DIRECCIÓN REGIONAL DE EDUCACIÓN PUNO', 'Dirección de Gestión Pedagógica'], size=8.5,
             logo=(logo_png('drep21', 'DRE', 'shield', (30, 60, 120)), 1.2))
    open21(R, 2024, date21('Puno', '2024-02-08'), 'OFICIO N° 0211-2024-GRP-DREP/DGP',
           ['Señor', 'EDGAR RUBÉN CATACORA PARI', 'Presente.-'],
           [('ASUNTO', ': Remite información de acciones preventivas contra la trata de personas - 2023'),
            ('REF.', ': Expediente N° 0482-2024')], order='ref', motto_size=7)
    body(R, ['Tengo el agrado de dirigirme a usted para hacer de su conocimiento que, en atención al expediente de la referencia, '
             'la Dirección de Gestión Pedagógica ha consolidado la información remitida por las Unidades de Gestión Educativa Local '
             'sobre las acciones preventivas contra la trata de personas desarrolladas en el año 2023:'], size=10.5)
    prov = [('Puno', 22, 64, 3412, 905), ('Azángaro', 14, 38, 1876, 522), ('Carabaya', 11, 35, 1204, 310),
            ('Chucuito', 9, 27, 1033, 288), ('El Collao', 10, 29, 1158, 296), ('Huancané', 7, 19, 744, 201),
            ('Lampa', 6, 17, 689, 174), ('Melgar', 8, 22, 912, 243), ('Moho', 4, 10, 356, 97),
            ('San Antonio de Putina', 12, 41, 1487, 366), ('San Román', 19, 58, 3105, 812), ('Sandia', 9, 30, 1021, 254),
            ('Yunguyo', 5, 14, 498, 133)]
    rows = []
    for i, (p, a, b, c, d) in enumerate(prov):
        rows.append([str(i + 1), p, Cn(a, 'institución educativa', y=2023), Cn(b, 'sesión', y=2023), Cn(c, 'estudiante', 'eu', y=2023),
                     Cn(d, 'padre de familia', 'eu', y=2023)])
    T = [sum(x[k] for x in prov) for k in range(1, 5)]
    rows.append(['', 'TOTAL', Cn(T[0], 'institución educativa', y=2023), Cn(T[1], 'sesión', y=2023), Cn(T[2], 'estudiante', 'eu', y=2023),
                 Cn(T[3], 'padre de familia', 'eu', y=2023)])
    R.table([['N°', 'UGEL / Provincia', 'II.EE. intervenidas', 'Sesiones de tutoría', 'Estudiantes participantes', 'Padres de familia']],
            rows, row_label_col=1, widths=(0.9, 4.4, 2.4, 2.4, 2.8, 2.6), size=9, bold_rows=(len(rows) - 1,))
    body(R, ['Es propicia la ocasión para expresarle los sentimientos de mi consideración.'], size=10.5)
    R.sign('Mg. JULIA ESTHER MAQUERA CONDORI', 'Directora de Gestión Pedagógica', 'DRE Puno', before=16)


def y019():
    R = new('y019', 'missing', 'clarification', ['governance', 'protection'], ('2021-01-01', '2022-12-31'),
            S('Gobierno Regional de Huánuco', 'GRH', 'regional_government'),
            'CARTA N° 077-2023-GRH/SG-RAI', ['Solicitud de Acceso a la Información Pública N° 0154-2023'], '2023-02-20',
            layout='carta asking the requester to clarify the request: points in lower-case roman numerals, deadline in days',
            notes='Clarification: the regional government asks which units and what kind of information are meant by "todas las '
                  'acciones" and in which format, within two working days, before it can answer. Period 2021-2022 restated.')
    spaced_header(R, 'Gobierno Regional Huánuco', ['Secretaría General', 'Responsable de Acceso a la Información Pública'],
                  size=7, spacing=50, rule='single')
    open21(R, 2023, date21('Huánuco', '2023-02-20'), 'CARTA N° 077-2023-GRH/SG-RAI',
           ['Señora', 'CARMEN ROSA TRUJILLO ALVARADO', 'Presente.-'],
           [('Asunto', ': Solicita precisar pedido de información'), ('Referencia', ': Solicitud de Acceso a la Información Pública N° 0154-2023')],
           order='date')
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, mediante la cual requiere "todas las acciones del Gobierno '
             'Regional de Huánuco en materia de trata de personas y atención a víctimas durante los años 2021 y 2022".',
             'Al respecto, a fin de dar atención a su pedido, se le solicita precisar lo siguiente:'])
    for t in ['i) Las unidades orgánicas de las que requiere información (Gerencia Regional de Desarrollo Social, Dirección Regional de '
              'Salud, Dirección Regional de Educación u otras).',
              'ii) El tipo de información requerida (documentos de gestión, actas de la Comisión Regional, reportes estadísticos, '
              'presupuesto u otros).',
              'iii) El formato de entrega: copia simple, copia fedateada o archivo digital remitido a su correo electrónico.']:
        R.p(t, indent=0.8, align='j', after=3)
    body(R, ['Para tal efecto, se le otorga el plazo de dos (2) días hábiles, contados desde el día siguiente de notificada la presente; '
             'vencido dicho plazo sin la subsanación respectiva, se dará por concluido el trámite, dejando a salvo su derecho de '
             'presentar una nueva solicitud.', 'Atentamente,'])
    scribble_sign(R, 'Abog. MIGUEL ÁNGEL BERROSPI TUCTO', 'Responsable de Acceso a la Información Pública', 'Gobierno Regional Huánuco')


def y020():
    R = new('y020', 'answered', None, ['governance', 'prevention', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000978-2023/IN/OGPP', ['Informe N° 000412-2023-IN/OGPP-OPP', 'Solicitud con Registro N° 0027514-2023'],
            '2023-06-06',
            layout='oficio of a ministry\'s planning office, letter-spaced letterhead, budget table in thousands of soles stated in '
                   'the caption with decimal commas and dotted thousands, a bare percent column, millions in prose',
            notes='Answered: 2022 budget of the activities linked to trafficking. The caption states thousands of soles (values x1000). '
                  'Each row goes to the axis it funds (commission secretariat and RETA: governance; campaigns and 1818: prevention; '
                  'police operations and training of investigators: prosecution). The prose amount in millions is the executed total.')
    spaced_header(R, 'Ministerio del Interior', ['Oficina General de Planeamiento y Presupuesto'], size=8, spacing=60, rule='double',
                  logo=(logo_png('mininter21', 'IN', 'shield', (20, 60, 30)), 1.2))
    open21(R, 2023, date21('San Isidro', '2023-06-06'), 'OFICIO N° 000978-2023/IN/OGPP',
           ['Señor', 'FERNANDO JOSÉ ARÉVALO MENDOZA', 'Presente.-'],
           [('Asunto', ': Información presupuestal sobre trata de personas - año fiscal 2022'),
            ('Referencia', ': Solicitud con Registro N° 0027514-2023')], order='date', ref_style='under')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle el Informe N° '
             '000412-2023-IN/OGPP-OPP, que contiene la ejecución presupuestal del año fiscal 2022 de las actividades del Sector '
             'Interior vinculadas a la lucha contra la trata de personas:'])
    data = [('Secretaría Técnica de la Comisión Multisectorial', [820.0, 1045.6, 1012.3, 998.7]),
            ('Campañas de prevención y Línea 1818', [1350.0, 1622.4, 1580.9, 1541.2]),
            ('Operaciones policiales especializadas', [2980.0, 3415.8, 3390.1, 3302.6]),
            ('Capacitación en investigación del delito', [610.0, 702.5, 655.0, 640.3]),
            ('Registro y estadística (Sistema RETA)', [880.0, 934.2, 931.0, 927.4])]
    roles = ['a', 'a', 'c', 'e']
    rows = []
    T = [0.0] * 4
    for lab, v in data:
        r = [lab]
        for j, x in enumerate(v):
            T[j] += x
            r.append(Mf(x, 'eu', 1, scale=1000, y=2022, r=roles[j], u='caption'))
        r.append(Pbare(round(v[3] / v[1] * 100, 1), 1, 'eu', y=2022, u='column'))
        rows.append(r)
    rows.append(['Total'] + [Mf(round(t, 1), 'eu', 1, scale=1000, y=2022, r=roles[j], u='caption') for j, t in enumerate(T)] +
                [Pbare(round(T[3] / T[1] * 100, 1), 1, 'eu', y=2022, u='column')])
    R.table([['Actividad', 'PIA', 'PIM', 'Certificado', 'Devengado', 'Avance %']], rows, widths=(6.2, 2.0, 2.0, 2.2, 2.2, 1.8), size=9,
            bold_rows=(len(rows) - 1,), caption='Cuadro N° 3: Ejecución presupuestal 2022 (en miles de soles)',
            note='Fuente: Consulta Amigable del MEF y SIAF-SP. Fecha de consulta: 2 de junio de 2023.')
    body(R, ['En suma, el Sector devengó %s en dichas actividades durante el año 2022.' % Mpmill(7.4, y=2022, r='e'),
             'Atentamente,'])
    qr_sign(R, 'PAOLA ANDREA VILLANUEVA SOTO', 'Jefa de la Oficina General de Planeamiento y Presupuesto', 'Ministerio del Interior', 1020,
            when='06/06/2023 12:31')
    verif_footer(R, 'https://sgd.mininter.gob.pe/verifica', '5QW8ZP1T')


def y021():
    R = new('y021', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'),
            'CARTA N° 000064-2023-DV-SG', ['Expediente N° 2023-0001187'], '2023-02-02',
            layout='carta of an attached body about drug trafficking, figures in prose with spaced thousands without decimals',
            notes='Off topic: illicit drug trafficking and alternative development, not trafficking in persons. Its figures are '
                  'kept: the executed amount, families, a share.')
    R.header(['COMISIÓN NACIONAL PARA EL DESARROLLO Y VIDA SIN DROGAS - DEVIDA', 'Secretaría General'], align='c', size=8.5)
    open21(R, 2023, date21('Lima', '2023-02-02'), 'CARTA N° 000064-2023-DV-SG',
           ['Señor', 'ANTONIO JAVIER PRADO LUYO', 'Presente.-'],
           [('Asunto', ': Respuesta a su solicitud'), ('Referencia', ': Expediente N° 2023-0001187')], order='ref')
    body(R, ['Tengo el agrado de dirigirme a usted en atención al expediente de la referencia, mediante el cual solicita información '
             'sobre las acciones del año 2022 contra el tráfico ilícito.',
             'Al respecto, le informo que DEVIDA, en el marco del Programa Presupuestal de Desarrollo Alternativo Integral y Sostenible, '
             'transfirió y ejecutó en el año 2022 la suma de %s a gobiernos regionales y locales para proyectos productivos en zonas '
             'de influencia cocalera, en beneficio de %s familias. Del total de proyectos, el %s se orientó a los cultivos de cacao '
             'y café.' % (M('S/ 45 320 118', 45320118.0, y=2022, r='e'), Cn(7412, 'familia', 'sp', y=2022), Psp(61.3, y=2022)),
             'Cabe señalar que DEVIDA conduce la Estrategia Nacional de Lucha contra las Drogas y no registra información sobre '
             'otras materias.', 'Atentamente,'])
    R.sign('CARLOS ALBERTO MEDINA HUAPAYA', 'Secretario General', 'DEVIDA', before=20)


def y022():
    R = new('y022', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Unidad Distrital de Asistencia a Víctimas y Testigos de Lima Este', 'UDAVIT Lima Este', 'autonomous'),
            'OFICIO N° 0412-2023-MP-FN-UDAVIT-LIMA ESTE', ['Oficio N° 000237-2023-MP-FN-PJFSLIMAESTE'], '2023-03-30',
            layout='oficio of a victim-assistance unit of the Public Ministry: table with age-range rows (ages are not figures) by '
                   'sex with a total column, services in prose',
            notes='Answered: victims of trafficking assisted in 2022, by age range and sex, and the psychological, legal and social '
                  'services given. The ages in the row labels are not figures.')
    R.header(['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Programa de Protección y Asistencia a Víctimas y Testigos',
              'Unidad Distrital de Asistencia a Víctimas y Testigos de Lima Este'], align='c', size=8.5,
             logo=(logo_png('mp21', 'MP', 'circle', (20, 50, 110)), 1.2))
    open21(R, 2023, date21('Ate', '2023-03-30'), 'OFICIO N° 0412-2023-MP-FN-UDAVIT-LIMA ESTE',
           ['Señora Doctora', 'MÓNICA ISABEL FARFÁN ZEGARRA', 'Presidenta de la Junta de Fiscales Superiores de Lima Este', 'Presente.-'],
           [('Asunto', ': Remite información de víctimas de trata asistidas en el año 2022'),
            ('Referencia', ': Oficio N° 000237-2023-MP-FN-PJFSLIMAESTE')], order='ref', motto=True)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual traslada la solicitud '
             'de acceso a la información pública sobre las víctimas de trata de personas asistidas por esta Unidad en el año 2022. '
             'Al respecto, informo que se brindó asistencia a las siguientes víctimas, según grupo de edad y sexo:'])
    data = [('0 a 11 años', [9, 4]), ('12 a 17 años', [47, 8]), ('18 a 29 años', [63, 11]), ('30 a 59 años', [21, 6]),
            ('60 a más años', [2, 1])]
    rows = [[a, Cn(m, 'víctima', y=2022), Cn(h, 'víctima', y=2022), Cn(m + h, 'víctima', y=2022)] for a, (m, h) in data]
    tm, th = sum(v[0] for _, v in data), sum(v[1] for _, v in data)
    rows.append(['Total', Cn(tm, 'víctima', y=2022), Cn(th, 'víctima', y=2022), Cn(tm + th, 'víctima', y=2022)])
    R.table([['Grupo de edad', 'Mujeres', 'Hombres', 'Total']], rows, widths=(4.5, 2.5, 2.5, 2.5), size=10, bold_rows=(5,),
            ruled='hlines')
    body(R, ['En el mismo periodo se brindaron %s atenciones psicológicas, %s atenciones legales y %s atenciones sociales a las '
             'víctimas y sus familiares.' % (Cn(1126, 'atención', 'sp', y=2022), Cn(874, 'atención', y=2022), Cn(603, 'atención', y=2022)),
             'Atentamente,'])
    scribble_sign(R, 'Lic. JESSICA PAMELA OSORIO LAZO', 'Coordinadora', 'UDAVIT Lima Este')


def y023():
    R = new('y023', 'missing', 'not_competent_referred', ['prosecution', 'protection'], ('2023-01-01', '2023-06-30'),
            S('Municipalidad Distrital de Santa Anita', 'MDSA', 'district_municipality'),
            'OFICIO N° 087-2023-SG/MDSA', ['Expediente N° 6621-2023', 'Oficio N° 088-2023-SG/MDSA', 'Oficio N° 089-2023-SG/MDSA'],
            '2023-07-19',
            layout='short oficio of a district municipality forwarding the request to two bodies by two cited oficios',
            notes='Not competent, referred: the municipality says complaints and victim care are not its functions and that it '
                  'forwarded the request to the Santa Anita police station and the local CEM by two cited oficios.')
    R.header(['MUNICIPALIDAD DISTRITAL DE SANTA ANITA', 'Secretaría General'], align='l', size=9,
             logo=(logo_png('mdsa21', 'MSA', 'shield', (0, 90, 160)), 1.1))
    open21(R, 2023, date21('Santa Anita', '2023-07-19', 'slash'), 'OFICIO N° 087-2023-SG/MDSA',
           ['Señor', 'RONALD HUGO PALOMINO QUISPE', 'Presente.-'],
           [('Asunto', ': Derivación de solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° 6621-2023')],
           order='date')
    body(R, ['Tengo a bien dirigirme a usted en atención al expediente de la referencia, por el cual solicita el número de denuncias '
             'por trata de personas y de víctimas atendidas en el distrito de Santa Anita entre enero y junio de 2023.',
             'Sobre el particular, le comunico que la información requerida no es producida ni poseída por esta Municipalidad, toda '
             'vez que el registro de denuncias corresponde a la Policía Nacional del Perú y la atención de víctimas a los servicios '
             'del Ministerio de la Mujer y Poblaciones Vulnerables. En tal sentido, en aplicación del literal b) del artículo 11 del '
             'Texto Único Ordenado de la Ley N° 27806, su solicitud ha sido remitida a la Comisaría PNP Santa Anita, mediante Oficio '
             'N° 088-2023-SG/MDSA, y al Centro Emergencia Mujer de Santa Anita, mediante Oficio N° 089-2023-SG/MDSA, para su atención.',
             'Atentamente,'])
    sigline(R, 'Abog. ZOILA ROSARIO HUAMANCHUMO DÍAZ', 'Secretaria General', 'Municipalidad Distrital de Santa Anita', align='l')


def y024():
    R = new('y024', 'missing', 'no_information', ['governance'], ('2021-01-01', '2022-12-31'),
            S('Gobierno Regional Piura', 'GRP', 'regional_government'),
            'OFICIO N° 0612-2023/GRP-430000', ['Memorando Múltiple N° 045-2023/GRP-430000', 'Registro N° 03412'], '2023-05-08',
            layout='oficio of a regional government, centred letterhead, reference line under the date, no figures',
            notes='No information: the social development office found no records of the regional commission or of a regional plan '
                  'for 2021-2022 in its archive or document system, after asking its sub-offices.')
    R.header(['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Desarrollo Social'], size=9,
             logo=(logo_png('grp21', 'GRP', 'circle', (0, 80, 160)), 1.2))
    open21(R, 2023, date21('Piura', '2023-05-08', 'del'), 'OFICIO N° 0612-2023/GRP-430000',
           ['Señor', 'GIANCARLO RENATO SEMINARIO CHECA', 'Presente.-'],
           [('Asunto', ': Atención a solicitud de información sobre trata de personas'), ('Referencia', ': Registro N° 03412')],
           order='date', ref_style='center')
    body(R, ['Es grato dirigirme a usted en atención al documento de la referencia, mediante el cual solicita copia de las actas de la '
             'Comisión Regional contra la Trata de Personas y del Plan Regional aprobado, así como el presupuesto asignado en los '
             'años 2021 y 2022.',
             'Al respecto, esta Gerencia, mediante el Memorando Múltiple N° 045-2023/GRP-430000, requirió la información a sus '
             'subgerencias. Efectuada la búsqueda en el archivo de gestión y en el Sistema de Gestión Documental, no se ha ubicado '
             'documentación referida a lo solicitado para el periodo 2021-2022.',
             'En tal sentido, no es posible atender su pedido, al no contar con la información requerida, conforme al artículo 13 del '
             'Texto Único Ordenado de la Ley N° 27806.', 'Atentamente,'])
    R.sign('Lic. ROSA ELVIRA ZAPATA CHUNGA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Piura', before=22)


def y025():
    R = new('y025', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-10-B/512', ['your letter of 2 June 2023', 'Request N° 0871-2023-RREE'], '2023-07-12', lang='en',
            layout='English letter of the foreign ministry\'s consular directorate: country rows, counts and US dollars spent with '
                   'the unit in the column header, total row; an English date',
            notes='Answered in English: consular assistance to Peruvian victims of trafficking abroad in 2022 by country, repatriations '
                  'and the amount spent on them (executed, US dollars, unit in the column header).')
    R.header(['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'],
             size=8.5, logo=(logo_png('rree21', 'RE', 'shield', (120, 20, 20)), 1.2))
    R.p(date21('Lima', '2023-07-12', 'en'), align='r', after=4)
    R.p('OF. RE (DGC) N° 2-10-B/512', bold=True, after=8)
    to(R, ['Ms. Hannah L. Whitmore', 'Department of Sociology, University of Leeds', 'United Kingdom'])
    R.p('Subject: Consular assistance to Peruvian victims of trafficking in persons, 2022', bold=True, after=6)
    body(R, ['Dear Ms. Whitmore,',
             'With reference to your letter of 2 June 2023, registered as Request N° 0871-2023-RREE under the Peruvian Transparency '
             'and Access to Public Information Law, I am pleased to provide the information available to this Directorate for '
             'calendar year 2022.',
             'During 2022 the consular offices of Peru assisted %s Peruvian nationals identified as presumed victims of trafficking '
             'in persons, %s of whom were repatriated with the support of the Humanitarian Assistance Fund. The breakdown by country '
             'is as follows:' % (Cn(94, 'national', y=2022), Cn(41, 'national', y=2022))], align='j')
    data = [('Argentina', 18, 7, 9840.00), ('Chile', 23, 11, 12365.50), ('Bolivia', 15, 8, 5210.00), ('Ecuador', 12, 6, 4980.00),
            ('Spain', 9, 3, 6420.00), ('United States', 8, 2, 5150.00), ('Mexico', 9, 4, 7815.00)]
    rows = [[c, Cn(a, 'victim', y=2022), Cn(b, 'repatriation', y=2022), Mf(m, y=2022, r='e', cur='USD')] for c, a, b, m in data]
    rows.append(['Total', Cn(94, 'victim', y=2022), Cn(41, 'repatriation', y=2022), Mf(sum(x[3] for x in data), y=2022, r='e', cur='USD')])
    R.table([['Country', 'Victims assisted', 'Repatriations', 'Amount spent (US$)']], rows, widths=(4.5, 3.0, 3.0, 3.6), size=10,
            bold_rows=(len(rows) - 1,))
    body(R, ['Please note that the data are aggregated and do not allow the identification of any person.',
             'Yours sincerely,'], align='l')
    R.p('', before=18)
    R.p('Ambassador GONZALO ENRIQUE TAFUR BELLIDO', bold=True, after=0)
    R.p('Director General for Peruvian Communities Abroad and Consular Affairs', after=0, size=10)


def y026():
    R = new('y026', 'out_of_period', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'OFICIO N° 0094-2024-GRA/GG-GRDS', ['Solicitud de fecha 5 de enero de 2024', 'Acta de Incautación de fecha 14 de setiembre de 2023'],
            '2024-01-26',
            layout='oficio with two logos, plan table with quarters as columns and a total column, a programmed amount in words with '
                   'digits in brackets',
            notes='Out of period: the request is for 2022; the 2022 files were seized by the anti-corruption prosecutor (a cited '
                  'seizure record) and the office sends only its 2024 plan: quarterly goals and the programmed budget (allocated, '
                  'year 2024). Nothing is said about 2022 activity.')
    two_logo_header(R, (logo_png('gra21', 'GRA', 'shield', (140, 60, 0)), 1.5), (logo_png('grds21', 'DS', 'circle', (140, 60, 0)), 1.5),
                    ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social', 'Jr. Callao N° 122 - Huamanga'])
    open21(R, 2024, date21('Ayacucho', '2024-01-26'), 'OFICIO N° 0094-2024-GRA/GG-GRDS',
           ['Señorita', 'YESSICA MARLENY PALOMINO ÑAUPA', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud de información sobre trata de personas - 2022'),
            ('Referencia', ': Solicitud de fecha 5 de enero de 2024')], order='ref', motto_size=6.5)
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, le comunico que el acervo documentario de esta '
             'Gerencia correspondiente al año 2022 fue incautado por la Fiscalía Provincial Corporativa Especializada en Delitos de '
             'Corrupción de Funcionarios de Ayacucho, según consta en el Acta de Incautación de fecha 14 de setiembre de 2023, por lo '
             'que no se encuentra en nuestro poder.',
             'Sin perjuicio de ello, se le informa que para el año 2024 se ha programado un presupuesto de %s para la implementación '
             'del Plan Regional contra la Trata de Personas, con las siguientes metas trimestrales:' % Mwords(185400, y=2024, r='a')])
    rows = yrows([('Sesiones de la Red Regional', 'sesión', [1, 1, 1, 1]), ('Talleres en instituciones educativas', 'taller', [4, 8, 8, 5]),
                  ('Campañas en terminales y ferias', 'campaña', [2, 3, 2, 3]), ('Capacitaciones a autoridades comunales', 'capacitación', [1, 2, 2, 1])],
                 [2024, 2024, 2024, 2024], total=True, total_year=2024)
    R.table([['Actividad', 'I Trim.', 'II Trim.', 'III Trim.', 'IV Trim.', 'Total 2024']], rows, widths=(6.0, 1.8, 1.8, 1.8, 1.8, 2.2),
            size=9.5, caption='Metas programadas 2024')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Mg. TEÓFILO AMÉRICO HUAMANÍ CÁRDENAS', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ayacucho')


def y027():
    R = new('y027', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'),
            'OFICIO N° 1276-2023-MTC/17.03', ['Hoja de Ruta N° E-045128-2023'], '2023-03-14',
            layout='oficio of a ministry about road passenger transport permits ("transporte de personas"), figures in prose',
            notes='Off topic: authorisations for the road transport of passengers ("servicio de transporte terrestre de personas"), '
                  'not trafficking in persons. Its figures are kept (authorisations, a rate, fees collected, no role).')
    R.header(['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Autorizaciones en Transportes',
              'Dirección de Servicios de Transporte Terrestre'], align='r', size=8.5)
    open21(R, 2023, date21('Lima', '2023-03-14', 'abbr'), 'OFICIO N° 1276-2023-MTC/17.03',
           ['Señor', 'MARCO ANTONIO CHIRINOS LEÓN', 'Presente.-'],
           [('Asunto', ': Información sobre transporte de personas - 2022'), ('Referencia', ': Hoja de Ruta N° E-045128-2023')],
           order='date', ref_style='box')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, a través del cual solicita información sobre el transporte '
             'de personas durante el año 2022.',
             'Al respecto, le informo que en el año 2022 esta Dirección otorgó %s autorizaciones para la prestación del servicio de '
             'transporte terrestre regular de personas de ámbito nacional y renovó %s autorizaciones, con una tasa de aprobación '
             'de solicitudes del %s. Por derecho de trámite se recaudó %s.' % (
                 Cn(1204, 'autorización', 'sp', y=2022), Cn(856, 'autorización', y=2022), Psp(88.4, y=2022),
                 Mn(612480.50, 'eu', y=2022)),
             'Atentamente,'])
    R.sign('Ing. DANIEL EDUARDO QUIROZ PAREDES', 'Director de Servicios de Transporte Terrestre', before=20)


def y028():
    R = new('y028', 'answered', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('División de Investigación Criminal de Juliaca', 'DIVINCRI Juliaca', 'police'),
            'OFICIO N° 142-2023-REGPOL PUNO/DIVINCRI-JUL', ['Solicitud de fecha 20 de enero de 2023'],
            '2023-02-03', font='DejaVu Sans', size=9.5,
            layout='police oficio in a wide sans typeface, table of operations with a row-number column, a date column and a place '
                   'column (dates and places are not figures), rescued victims split by age over a merged header, total row',
            notes='Answered: the 2022 operations against trafficking of the Juliaca criminal investigation division, one row per '
                  'operation. The row label is the place. Rescues and detentions are prosecution.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL PUNO', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL - JULIACA'], align='c', size=8,
             logo=(logo_png('pnp21', 'PNP', 'shield', (20, 80, 40)), 1.1))
    open21(R, 2023, date21('Juliaca', '2023-02-03'), 'OFICIO N° 142-2023-REGPOL PUNO/DIVINCRI-JUL',
           ['Señorita', 'KATHERINE MILUSKA APAZA TURPO', 'Presente.'],
           [('ASUNTO', ': Remite información de operativos contra la trata de personas - 2022'),
            ('REF.', ': Solicitud de fecha 20 de enero de 2023')], order='ref', motto_size=7)
    body(R, ['Tengo el honor de dirigirme a Ud., con relación al documento de la referencia, a fin de remitirle la relación de '
             'operativos contra la trata de personas ejecutados por esta División durante el año 2022, según las Actas de '
             'Intervención que obran en esta Unidad:'], size=9.5)
    ops = [('14/02/2022', 'La Rinconada (Ananea)', 6, 2, 3), ('29/03/2022', 'Juliaca - Av. Circunvalación', 4, 1, 2),
           ('11/05/2022', 'Putina', 3, 2, 1), ('23/06/2022', 'Lampa', 2, 0, 1), ('08/08/2022', 'Cerro Lunar (Ananea)', 9, 3, 4),
           ('17/09/2022', 'Juliaca - Terminal Terrestre', 1, 3, 2), ('05/11/2022', 'Azángaro', 2, 1, 1),
           ('19/12/2022', 'La Rinconada (Ananea)', 7, 2, 3)]
    rows = []
    for i, (d, l, a, b, c) in enumerate(ops):
        rows.append([str(i + 1), d, l, Cn(a, 'víctima', y=2022), Cn(b, 'víctima', y=2022), Cn(c, 'detenido', y=2022)])
    T = [sum(o[k] for o in ops) for k in (2, 3, 4)]
    rows.append(['', '', 'TOTAL', Cn(T[0], 'víctima', y=2022), Cn(T[1], 'víctima', y=2022), Cn(T[2], 'detenido', y=2022)])
    head = [['N°', 'Fecha', 'Lugar de intervención', 'Presuntas víctimas rescatadas', '', 'Detenidos'],
            ['', '', '', 'Mayores de edad', 'Menores de edad', '']]
    mg = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    R.table(head, rows, merges=mg, colnames=hnames(head, mg), row_label_col=2, widths=(0.8, 2.1, 4.6, 2.4, 2.4, 2.4), size=8.5,
            bold_rows=(len(rows) - 1,))
    body(R, ['Es cuanto informo a Ud. para los fines pertinentes.'], size=9.5)
    scribble_sign(R, 'JULIO CÉSAR MAMANI CHOQUEHUANCA', 'COMANDANTE PNP', 'JEFE DE LA DIVINCRI JULIACA')


def y029():
    R = new('y029', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 2187-2022-OGTI/MINSA', ['Expediente N° 22-018745-001'], '2022-05-19',
            layout='oficio of a ministry\'s information technology office, table by regional health directorate with a share column '
                   'whose percent sign is in the header, total row',
            notes='Answered: 2021 health care to victims of trafficking recorded in the HIS by regional health directorate: persons '
                  'attended, care episodes and the share of the national care episodes (bare numbers under "(%)").')
    R.header(['MINISTERIO DE SALUD', 'Oficina General de Tecnologías de la Información', 'Oficina de Gestión de la Información'],
             align='l', size=8.5, logo=(logo_png('minsa21', 'MS', 'square', (0, 100, 120)), 1.1))
    open21(R, 2022, date21('Lima', '2022-05-19'), 'OFICIO N° 2187-2022-OGTI/MINSA',
           ['Señor', 'ÓSCAR FERNANDO LAZO RIVERA', 'Presente.-'],
           [('Asunto', ': Atenciones de salud a víctimas de trata de personas - año 2021'), ('Referencia', ': Expediente N° 22-018745-001')],
           order='ref')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle la información registrada en el Sistema de '
             'Información HIS MINSA sobre las personas atendidas en los establecimientos de salud con el diagnóstico de víctima de '
             'trata de personas durante el año 2021, cuyo número de atenciones aumentó en %s respecto del año 2020:' % Ppc(14)])
    data = [('DIRIS Lima Centro', 61, 214), ('DIRIS Lima Norte', 38, 129), ('GERESA Cusco', 47, 176), ('DIRESA Madre de Dios', 55, 233),
            ('DIRESA Puno', 29, 98), ('GERESA Loreto', 42, 151), ('DIRESA Tumbes', 18, 62), ('DIRESA Ucayali', 24, 87)]
    tot_a = sum(d[2] for d in data)
    rows = [[n, Cn(p, 'persona', y=2021), Cn(a, 'atención', y=2021), Pbare(round(a / tot_a * 100, 1), 1, y=2021, u='column')] for n, p, a in data]
    rows.append(['Total', Cn(sum(d[1] for d in data), 'persona', y=2021), Cn(tot_a, 'atención', y=2021), Pbare(100.0, 1, y=2021, u='column')])
    R.table([['DIRESA / GERESA / DIRIS', 'Personas atendidas', 'Atenciones', 'Atenciones (%)']], rows, widths=(5.6, 3.0, 3.0, 3.0),
            size=9.5, bold_rows=(len(rows) - 1,), note='Fuente: HIS MINSA, base de datos al 31 de marzo de 2022.')
    body(R, ['Atentamente,'])
    qr_sign(R, 'LUIS MIGUEL CASTRO QUISPE', 'Director General', 'Oficina General de Tecnologías de la Información', 1029, when='19/05/2022 09:47')


def y030():
    R = new('y030', 'missing', 'no_reply', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Contraloría General de la República', 'CGR', 'autonomous'),
            'OFICIO N° 000231-2023-CG/OCI-MPA', ['Denuncia N° 0571-2023', 'Informe de Orientación de Oficio N° 012-2023-OCI/0781-SOO'],
            '2023-09-04',
            layout='oficio of the internal control office (part of the comptroller\'s system) of a provincial municipality, '
                   'reporting that the request was never answered',
            notes='No reply: the control office found that the provincial municipality of Abancay never answered the request '
                  '(DEMUNA cases of 2022) and issued an orientation report. The sender is the comptroller general, whose internal '
                  'control office writes.')
    R.header(['CONTRALORÍA GENERAL DE LA REPÚBLICA', 'Órgano de Control Institucional de la Municipalidad Provincial de Abancay'],
             align='l', size=8.5)
    open21(R, 2023, date21('Abancay', '2023-09-04'), 'OFICIO N° 000231-2023-CG/OCI-MPA',
           ['Señor', 'ELVIS RODRIGO CCORAHUA HUILLCA', 'Presente.-'],
           [('Asunto', ': Comunica resultado de la evaluación de su denuncia'), ('Referencia', ': Denuncia N° 0571-2023')],
           order='ref', ref_style='under')
    body(R, ['Me dirijo a usted en relación con la denuncia de la referencia, mediante la cual comunica que la Municipalidad '
             'Provincial de Abancay no atendió la solicitud de acceso a la información pública que presentó el 6 de junio de 2023, '
             'sobre los casos de trata de personas atendidos por la DEMUNA durante el año 2022.',
             'Al respecto, este Órgano de Control Institucional verificó que, a la fecha, la entidad no ha emitido respuesta a dicha '
             'solicitud ni ha comunicado prórroga alguna, situación que ha sido comunicada al Titular de la entidad mediante el '
             'Informe de Orientación de Oficio N° 012-2023-OCI/0781-SOO, a fin de que adopte las acciones correctivas que correspondan.',
             'Lo que comunico a usted para su conocimiento.', 'Atentamente,'])
    R.sign('CPC. NANCY ELIZABETH ROJAS SERRANO', 'Jefa del Órgano de Control Institucional', 'Municipalidad Provincial de Abancay', before=22)
