"""blind-v23 letters w046-w060 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import shade, set_cell_border, para_border

Y23 = ('2023-01-01', '2023-12-31')
Y22 = ('2022-01-01', '2022-12-31')


def w046():
    """Provincial municipality: a letter in running text only, amounts and counts in the new notations."""
    R = new('w046', 'answered', None, ['governance', 'prevention', 'protection'], Y23,
            S('Municipalidad Provincial de Trujillo', 'MPT', 'provincial_municipality'), 'OFICIO N° 0233-2024-MPT/GDS',
            ['Solicitud N° 0008841-2024-MPT'], '2024-03-04',
            'oficio in running text only: points marked with small squares, amounts and counts in the text; corner letterhead and a coloured footer band; two signatures side by side',
            notes='The provincial municipality reports its 2023 plan against trafficking in running text: the plan\'s budget '
                  'written "S/ 1.05M" (allocated, governance) and its execution "S/ 912 mil 40" (executed) with the percent in '
                  'digits and words; campaigns in capital words alone; students reached written "(2315) dos mil trescientos '
                  'quince"; cases referred by the DEMUNA (protection); a grant written with the cents as a fraction.',
            font='Liberation Sans', size=10.5)
    corner_header(R, ['Municipalidad Provincial de Trujillo', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpt23', 'MPT', 'shield', (0, 60, 140)), 1.4))
    footer_band(R, ['Jr. Diego de Almagro 525, Trujillo', 'www.munitrujillo.gob.pe'], fill='002060')
    open23(R, 2024, date23('Trujillo', '2024-03-04', 'year_dot'), 'OFICIO N° 0233-2024-MPT/GDS',
           ['Señora', 'CLAUDIA PATRICIA VERA RODRÍGUEZ', 'Presente.-'],
           [('ASUNTO', ':  Información sobre el Plan Provincial contra la Trata de Personas – 2023'),
            ('REF.', ':  Solicitud N° 0008841-2024-MPT')], order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle sobre la ejecución del Plan Provincial contra '
             'la Trata de Personas de Trujillo durante el año 2023:'])
    for t in ['El presupuesto asignado al plan provincial para el año 2023 fue de ' + Mbig(1.05, dec=2, y=2023, r='a')
              + ', de los cuales se ejecutaron ' + Mmid(912040, y=2023, r='e') + ', lo que representa el ' + Pdw(87, y=2023)
              + ' del presupuesto asignado.',
              'Se desarrollaron ' + Ccap(18, 'campaña', fem=True, y=2023) + ' campañas de sensibilización en mercados, paraderos '
              'y ferias de la provincia.',
              'Se alcanzó a ' + Cpw(2315, 'estudiante', y=2023) + ' estudiantes de secundaria mediante sesiones de tutoría '
              'coordinadas con la UGEL 03 Trujillo Nor Oeste.',
              'La DEMUNA derivó ' + Cpw(14, 'caso', y=2023) + ' casos de presunta trata de personas a la Unidad de Protección '
              'Especial y al Ministerio Público.',
              'Se otorgó una subvención a la casa de acogida temporal administrada por una congregación religiosa por '
              + Mcents(38640.5, y=2023, r='e') + ' soles.']:
        R.p('\u25aa  ' + t, align='j', indent=0.6, first=-0.5, after=4)
    body(R, ['Sin otro particular, quedo de usted.'])
    cosign(R, ('Mg. Ricardo Javier Cabrera Alayo', 'Gerente de Desarrollo Social'), ('Lic. Sonia Mercedes Paz Guevara', 'Subgerente de la DEMUNA'))
    R.save()


def w047():
    """Out of period: a regional government gives 2022 figures by province; its 2023 evaluation report is not yet approved."""
    R = new('w047', 'out_of_period', None, ['prevention', 'protection'], Y23,
            S('Gobierno Regional de Huánuco', 'GRH', 'regional_government'), 'OFICIO N° 0188-2024-GRH/GRDS',
            ['Expediente N° 2024-0013570'], '2024-04-12',
            'oficio with a bilingual letterhead (Spanish and Quechua); provinces as rows; date at the end; QR beside the signature',
            notes='The regional government says the 2023 evaluation report of its plan has not yet been approved by the regional '
                  'council and sends the approved 2022 figures by province (workshops, participants, cases referred). Only an '
                  'earlier year: out_of_period.',
            font='Calibri', size=11)
    bilingual_header(R, ['GOBIERNO REGIONAL HUÁNUCO', 'Gerencia Regional de Desarrollo Social'],
                     ['HUÁNUCO SUYU KAMACHIQ', 'Runakunapa Allin Kawsayninpaq'], (logo_png('grh23', 'GRH', 'circle', (150, 60, 0)), 1.7))
    open23(R, 2024, None, 'OFICIO N° 0188-2024-GRH/GRDS', ['Señor', 'KEVIN ARTURO SANTOS FALCÓN', 'Presente.-'],
           [('Asunto', ':  Información sobre acciones contra la trata de personas – año 2023'),
            ('Referencia', ':  Expediente N° 2024-0013570')], order='date_end')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, se informa que el informe de evaluación anual '
             'del Plan Regional contra la Trata de Personas correspondiente al año 2023 se encuentra pendiente de aprobación por el '
             'Consejo Regional, por lo que sus resultados aún no son oficiales. Se remiten los resultados aprobados del año 2022:'])
    data = [('Huánuco', 18, 640, 9), ('Leoncio Prado', 12, 415, 7), ('Puerto Inca', 6, 188, 4), ('Ambo', 5, 162, 2), ('Dos de Mayo', 4, 131, 1),
            ('Pachitea', 3, 97, 1)]
    rows = [[n, Cn(a, 'taller', y=2022), Cn(b, 'participante', y=2022), Cn(c, 'caso', y=2022)] for n, a, b, c in data]
    rows.append(['Total 2022'] + [Cn(sum(d[k] for d in data), w, 'us', y=2022) for k, w in ((1, 'taller'), (2, 'participante'), (3, 'caso'))])
    R.table([['Provincia', 'Talleres de prevención', 'Participantes', 'Casos derivados']], rows, widths=(5.0, 3.4, 3.0, 3.0), size=10,
            bold_rows=(len(rows) - 1,), head_shade='FCE4D6')
    body(R, ['Atentamente,'])
    date_end(R, date23('Huánuco', '2024-04-12', 'dayword'))
    qr_sign(R, 'Abog. Flor de María Trujillo Espinoza', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Huánuco', 4712,
            when='12/04/2024 14:58')
    R.save()


def w048():
    """No information: a regional education office has no record of 2023 school prevention activities."""
    R = new('w048', 'missing', 'no_information', ['prevention'], Y23,
            S('Dirección Regional de Educación de Ica', 'DRE Ica', 'regional_government'), 'OFICIO N° 0412-2024-GORE-ICA-DRE/DGP',
            ['Informe N° 027-2024-GORE-ICA-DRE/DGP-EBR', 'Expediente N° 0005561-2024'], '2024-03-15',
            'oficio with breadcrumb letterhead, sumilla at the top right, number and date inline; p.o. signature',
            notes='The regional education office says that, according to a cited report of its basic education unit, it has no '
                  'record of the school prevention activities against trafficking of 2023, and therefore does not hold the '
                  'information. No_information (not a statement that nothing was done).',
            font='Arial', size=11)
    path_header(R, ['GOBIERNO REGIONAL DE ICA', 'DIRECCIÓN REGIONAL DE EDUCACIÓN DE ICA', 'Dirección de Gestión Pedagógica'])
    open23(R, 2024, date23('Ica', '2024-03-15', 'nodot'), 'OFICIO N° 0412-2024-GORE-ICA-DRE/DGP',
           ['Señora', 'GIULIANA MARISOL HUAMÁN ARIAS', 'Presente.-'],
           [('Asunto:', 'Respuesta a solicitud de información'), ('Referencia:', 'Expediente N° 0005561-2024')], order='sumilla',
           sumilla_text='No se cuenta con la información requerida.')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información '
             'sobre las actividades de prevención de la trata de personas desarrolladas en las instituciones educativas de la región '
             'durante el año 2023.',
             'Sobre el particular, el Especialista de Educación Básica Regular, mediante el Informe N° 027-2024-GORE-ICA-DRE/DGP-EBR, '
             'señala que en los archivos de la Dirección de Gestión Pedagógica no obran reportes ni registros de actividades de '
             'prevención de la trata de personas correspondientes al año 2023, toda vez que dichas actividades no fueron reportadas '
             'por las Unidades de Gestión Educativa Local. En consecuencia, esta Dirección no cuenta con la información solicitada.',
             'Atentamente,'])
    po_sign(R, 'Mg. Julio Andrés Cahua Tipacti', 'Director de Gestión Pedagógica', 'DEL DIRECTOR REGIONAL DE EDUCACIÓN DE ICA')
    R.save()


def w049():
    """National mental health institute: patients who are victims of trafficking by service and sex."""
    R = new('w049', 'answered', None, ['protection'], Y23,
            S('Instituto Nacional de Salud Mental Honorio Delgado – Hideyo Noguchi', 'INSM HD-HN', 'ministry'),
            'OFICIO N° 000146-2024-DG-INSM "HD-HN"', ['Solicitud de acceso a la información pública N° 0021-2024'], '2024-02-27',
            'oficio in a double-framed letterhead, centred number with the date under it; services as rows, sex columns and a total column; hash signature',
            notes='The national mental health institute (an executing unit of the health ministry, named as itself, kind ministry) '
                  'reports the patients attended in 2023 who were victims of trafficking, by service and sex. Protection.',
            font='DejaVu Serif', size=10)
    frame_header(R, ['INSTITUTO NACIONAL DE SALUD MENTAL', '«Honorio Delgado – Hideyo Noguchi»', 'Dirección General'])
    open23(R, 2024, date23('San Martín de Porres', '2024-02-27', 'ydots'), 'OFICIO N° 000146-2024-DG-INSM "HD-HN"',
           ['Señora', 'BEATRIZ ELENA CÁCERES LOAYZA', 'Presente.-'],
           [('Asunto', ':  Atenciones a víctimas de trata de personas – 2023'),
            ('Referencia', ':  Solicitud de acceso a la información pública N° 0021-2024')], order='center')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, la Oficina de Estadística e Informática informa '
             'el número de pacientes atendidos durante el año 2023 que fueron identificados como víctimas de trata de personas, '
             'según servicio y sexo:'])
    data = [('Consulta externa de adultos', 23, 6), ('Consulta externa de niños y adolescentes', 31, 9), ('Emergencia', 12, 4),
            ('Hospitalización', 7, 2), ('Programa de salud mental comunitaria', 18, 5)]
    rows = [[n, Cn(a, 'paciente', y=2023), Cn(b, 'paciente', y=2023), Cn(a + b, 'paciente', y=2023)] for n, a, b in data]
    tf, tm = sum(d[1] for d in data), sum(d[2] for d in data)
    rows.append(['Total', Cn(tf, 'paciente', y=2023), Cn(tm, 'paciente', y=2023), Cn(tf + tm, 'paciente', y=2023)])
    R.table([['Servicio', 'Mujeres', 'Hombres', 'Total']], rows, widths=(8.0, 2.2, 2.2, 2.2), size=9.5, bold_rows=(len(rows) - 1,),
            head_shade='DAEEF3')
    body(R, ['Un mismo paciente puede haber sido atendido en más de un servicio. Los pacientes recibieron evaluación psiquiátrica, '
             'psicoterapia y seguimiento.', 'Atentamente,'])
    hash_sign(R, 'M.C. Rolando Teodoro Pomalima Rodríguez', 'Director General', 'INSM «HD-HN»', '29 7F 13 C4 00 00 00 00 6E 02',
              'f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0', '27/02/2024 09:44:18')
    R.save()


def w050():
    """Denied: a superior court refuses copies of 2023 trafficking case files (personal data of victims)."""
    R = new('w050', 'missing', 'denied_exception', ['prosecution', 'protection'], Y23,
            S('Corte Superior de Justicia de Lima Norte', 'CSJLN', 'autonomous'), 'OFICIO N° 000219-2024-P-CSJLN-PJ',
            ['Informe N° 000034-2024-OAL-CSJLN-PJ', 'Solicitud de acceso a la información N° 0517-2024'], '2024-03-21',
            'oficio with a corner letterhead, number and date inline; the grounds as points with long dashes; digital signature box',
            notes='The superior court refuses copies of the 2023 case files for trafficking and of the victims\' protection '
                  'measures: they hold personal data and the identity of victims, many of them minors, and are reserved, after a '
                  'cited legal report. Denied under an exception. No figures.',
            font='Liberation Serif', size=11.5)
    corner_header(R, ['Poder Judicial del Perú', 'Corte Superior de Justicia de Lima Norte – Presidencia'],
                  logo=(logo_png('csjln23', 'PJ', 'shield', (130, 20, 20)), 1.3))
    open23(R, 2024, date21('Independencia', '2024-03-21', 'long'), 'OFICIO N° 000219-2024-P-CSJLN-PJ',
           ['Señor', 'MARCO ANTONIO PALACIOS LEÓN', 'Presente.-'],
           [('Asunto:', 'Respuesta a solicitud de acceso a la información'), ('Referencia:', 'Solicitud de acceso a la información N° 0517-2024')],
           order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita copia de los expedientes '
             'judiciales tramitados en el año 2023 por el delito de trata de personas y de las medidas de protección dictadas a favor '
             'de las víctimas.',
             'Al respecto, con base en el Informe N° 000034-2024-OAL-CSJLN-PJ de la Oficina de Asesoría Legal, se le comunica que no '
             'es posible atender su pedido por las siguientes razones:'])
    for t in ['— Los expedientes contienen datos personales e información que identifica a las víctimas, en su mayoría niñas, niños '
              'y adolescentes, cuya publicidad constituiría una invasión de su intimidad personal y familiar (artículo 17, numeral 5, '
              'del Texto Único Ordenado de la Ley N° 27806).',
              '— Parte de los procesos se encuentra en trámite y su contenido tiene carácter reservado conforme al Código Procesal Penal.']:
        R.p(t, align='j', indent=0.6, first=-0.6, after=3)
    body(R, ['Sin perjuicio de ello, puede solicitar información estadística agregada a la Subgerencia de Estadística del Poder Judicial.',
             'Atentamente,'])
    dsig(R, 'Dr. Hernán Alfredo Zegarra Mallqui', 'Presidente', 'Corte Superior de Justicia de Lima Norte',
         when='21.03.2024 17:26:40 -05:00', fau='20159981216', align='l')
    R.save()


def w051():
    """Regional education office: education units as rows, the total row first and shaded."""
    R = new('w051', 'answered', None, ['prevention'], Y23,
            S('Dirección Regional de Educación Piura', 'DREP', 'regional_government'), 'OFICIO N° 0537-2024-GOB.REG.PIURA-DREP-DGP',
            ['Expediente N° 04418-2024'], '2024-03-25',
            'oficio with the letterhead beside a coloured vertical bar, own number underlined and the date at the left; local education units as rows with the total row first, shaded; two signatures side by side',
            notes='The regional education office reports the 2023 school prevention activities by local education unit (UGEL): '
                  'schools, teachers trained, students and parents reached. The total row is the first body row. Prevention.',
            font='Arial', size=10)
    bar_header(R, ['GOBIERNO REGIONAL PIURA', 'Dirección Regional de Educación Piura'], color='2E75B6')
    open21(R, 2024, date23('Piura', '2024-03-25', 'nodot'), 'OFICIO N° 0537-2024-GOB.REG.PIURA-DREP-DGP',
           ['Señor', 'ÁNGEL GABRIEL SILVA NAVARRO', 'Presente.-'],
           [('ASUNTO', ':  Acciones de prevención de la trata de personas en instituciones educativas – 2023'),
            ('REF.', ':  Expediente N° 04418-2024')], ref_style='under', order='ref', date_align='l')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, la Dirección de Gestión Pedagógica informa '
             'las acciones de prevención de la trata de personas desarrolladas en el año 2023 por las Unidades de Gestión Educativa '
             'Local de la región:'])
    data = [('UGEL Piura', [62, 248, 9810, 2145]), ('UGEL Sullana', [41, 163, 6420, 1390]), ('UGEL Paita', [23, 88, 3370, 702]),
            ('UGEL Talara', [19, 71, 2845, 610]), ('UGEL Morropón', [27, 96, 3105, 688]), ('UGEL Ayabaca', [15, 52, 1470, 355]),
            ('UGEL Huancabamba', [13, 47, 1288, 301]), ('UGEL Sechura', [17, 60, 2160, 498])]
    ctab(R, [['UGEL', 'Instituciones educativas', 'Docentes capacitados', 'Estudiantes', 'Padres de familia']], data,
         ['institución educativa', 'docente', 'estudiante', 'padre de familia'], year=2023, total='Total regional', total_first=True,
         widths=(4.2, 3.0, 3.0, 2.6, 3.0), size=9.5, head_shade='DDEBF7')
    body(R, ['Atentamente,'])
    cosign(R, ('Mg. Luz Aurora Ramírez Castillo', 'Directora Regional de Educación'), ('Lic. Pedro Pablo Ipanaqué More', 'Director de Gestión Pedagógica'))
    R.save()


def w052():
    """Out of period: a district municipality asked about 2022 gives 2024 figures; the 2022 archive is packed after an office move."""
    R = new('w052', 'out_of_period', None, ['prevention', 'protection'], Y22,
            S('Municipalidad Distrital de Wanchaq', 'MDW', 'district_municipality'), 'CARTA N° 058-2024-MDW/GDHS',
            ['Solicitud de acceso a la información pública N° 0331-2024'], '2024-05-08',
            'letter with a bilingual letterhead (Spanish and Quechua), centred number with the date under it; counts and a percent in running text',
            notes='The request is about 2022. The municipality says its 2022 files are packed after the move to new offices and '
                  'gives its January-April 2024 figures (talks, participants, cases referred, share of adolescents). Only a '
                  'later period: out_of_period.',
            font='DejaVu Sans', size=9.5)
    bilingual_header(R, ['MUNICIPALIDAD DISTRITAL DE WANCHAQ', 'Gerencia de Desarrollo Humano y Social'],
                     ['WANCHAQ LLAQTA KAMACHIQ', 'Runakunapa Wiñarinanpaq'], (logo_png('wan23', 'MDW', 'shield', (0, 100, 120)), 1.6))
    open23(R, 2024, date23('Wanchaq', '2024-05-08', 'dash_name'), 'CARTA N° 058-2024-MDW/GDHS', ['Señora', 'YOLANDA RUTH CUSI HUAMÁN', 'Presente.-'],
           [('Asunto', ':  Acciones de prevención y atención en materia de trata de personas – año 2022'),
            ('Referencia', ':  Solicitud de acceso a la información pública N° 0331-2024')], order='center')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Al respecto, comunico que, con motivo del traslado de las '
             'oficinas de la Gerencia de Desarrollo Humano y Social a su nuevo local, el acervo documentario del año 2022 se encuentra '
             'embalado y en proceso de reubicación, por lo que no es posible acceder a él por el momento.',
             'Sin perjuicio de ello, se informa lo realizado entre enero y abril de 2024: la DEMUNA desarrolló ' + Cpw(9, 'charla', y=2024)
             + ' charlas de prevención de la trata de personas con ' + Cpw(418, 'participante', y=2024) + ' participantes, y derivó '
             + Ccap(5, 'caso', y=2024) + ' casos a la Unidad de Protección Especial del Cusco; el ' + Poo(60, y=2024)
             + ' de dichos casos correspondió a adolescentes mujeres.',
             'Una vez concluida la reubicación del archivo, podrá reiterar su solicitud respecto del año 2022.', 'Atentamente,'])
    field_sign(R, 'Lic. Marleni Quispe Sullca', 'Gerente de Desarrollo Humano y Social', 'Municipalidad Distrital de Wanchaq')
    R.save()


def w053():
    """Not competent, referred: the public registries forward the request to the interior ministry."""
    R = new('w053', 'missing', 'not_competent_referred', ['governance'], Y23,
            S('Superintendencia Nacional de los Registros Públicos', 'SUNARP', 'other'), 'OFICIO N° 000211-2024-SUNARP/SG',
            ['Oficio N° 000212-2024-SUNARP/SG', 'Solicitud S.A.I.P. N° 2024-000498'], '2024-02-19',
            'oficio, letterhead in spaced capitals over a double rule, number and date inline; hash signature',
            notes='The public registries authority says the information on the national policy against trafficking (its '
                  'commission, budget and follow-up) does not concern it, and that it forwarded the request to the interior '
                  'ministry, which chairs the multisectoral commission, by a cited oficio. Not competent, referred.',
            font='Arial', size=11)
    spaced_header(R, 'SUNARP', ['Superintendencia Nacional de los Registros Públicos – Secretaría General'], spacing=140, color=(0, 90, 60))
    open23(R, 2024, date21('Lima', '2024-02-19', 'long'), 'OFICIO N° 000211-2024-SUNARP/SG', ['Señora', 'MARÍA FERNANDA OLIVA PRADO', 'Presente.-'],
           [('Asunto:', 'Traslado de solicitud de acceso a la información pública'), ('Referencia:', 'Solicitud S.A.I.P. N° 2024-000498')],
           order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las sesiones, el '
             'presupuesto y el seguimiento de la Política Nacional frente a la Trata de Personas y sus Formas de Explotación durante el '
             'año 2023.',
             'Al respecto, le comunico que la SUNARP no es parte de la Comisión Multisectorial de Naturaleza Permanente contra la Trata '
             'de Personas y el Tráfico Ilícito de Migrantes ni tiene a su cargo actividades de dicha política, por lo que no posee la '
             'información requerida. En aplicación del artículo 15-A del Reglamento de la Ley N° 27806, se ha trasladado su solicitud '
             'al Ministerio del Interior, que preside la referida comisión, mediante el Oficio N° 000212-2024-SUNARP/SG.',
             'Atentamente,'])
    hash_sign(R, 'Abog. Vanessa Lucía Gonzales Ríos', 'Secretaria General', 'SUNARP', '11 A8 44 0F 00 00 00 00 7B 35',
              '3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f', '19/02/2024 12:58:03')
    R.save()


def w054():
    """Penitentiary institute: inmates for trafficking by regional office, status over sex columns; oficio and a table page."""
    R = new('w054', 'answered', None, ['prosecution'], Y23,
            S('Instituto Nacional Penitenciario', 'INPE', 'other'), 'OFICIO N° 0189-2024-INPE/18.04',
            ['Solicitud de acceso a la información pública N° 0072-2024-INPE'], '2024-04-05',
            'oficio on page 1 with QR letterhead; page 2: table of regional offices, a two-level header (legal status over sex) and a total column; p.o. signature',
            notes='The penitentiary institute reports the people held for trafficking at 31 December 2023 by regional office, by '
                  'legal status (on trial, sentenced) and sex, with totals. Prosecution. Column names join the two header rows; '
                  'year 2023 from the caption.',
            font='Arial', size=10.5)
    qr_header(R, ['INSTITUTO NACIONAL PENITENCIARIO', 'Oficina de Estadística'], 'Clave: INPE-5T8C', 5401)
    open23(R, 2024, None, 'OFICIO N° 0189-2024-INPE/18.04', ['Señora', 'LUCÍA ESTEFANÍA ARAGÓN PINTO', 'Presente.-'],
           [('Asunto', ':  Población penitenciaria por el delito de trata de personas'),
            ('Referencia', ':  Solicitud de acceso a la información pública N° 0072-2024-INPE')], order='date_end')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, se remite en la página siguiente el cuadro de la '
             'población penitenciaria por el delito de trata de personas y sus formas agravadas, según oficina regional, situación '
             'jurídica y sexo, con información al 31 de diciembre de 2023.',
             'En dicha fecha, la población penitenciaria por este delito ascendió a ' + Cn(1358, 'interno', 'sp', y=2023)
             + ' personas.', 'Atentamente,'])
    date_end(R, date21('Lima', '2024-04-05', 'slash'))
    po_sign(R, 'Ing. Aldo Martín Ventura Cueto', 'Jefe de la Oficina de Estadística', 'DEL PRESIDENTE DEL CONSEJO NACIONAL PENITENCIARIO')
    R.pagebreak()
    R.p('Población penitenciaria por el delito de trata de personas, según oficina regional, situación jurídica y sexo', bold=True,
        align='c', size=10, after=0)
    R.p('(al 31 de diciembre de 2023)', align='c', size=9, after=6)
    data = [('Lima', 162, 58, 241, 77), ('Norte – Chiclayo', 41, 12, 67, 19), ('Oriente – Huánuco', 18, 6, 29, 8),
            ('Sur – Arequipa', 37, 11, 58, 16), ('Centro – Huancayo', 22, 7, 35, 9), ('Nor Oriente – San Martín', 26, 9, 44, 12),
            ('Sur Oriente – Cusco', 49, 15, 88, 24), ('Altiplano – Puno', 44, 13, 79, 22)]
    rows, tot = [], [0] * 5
    for n, a, b, c, d in data:
        rows.append([n, Cn(a, 'interno', y=2023), Cn(b, 'interno', y=2023), Cn(c, 'interno', y=2023), Cn(d, 'interno', y=2023),
                     Cn(a + b + c + d, 'interno', y=2023)])
        tot = [x + y for x, y in zip(tot, (a, b, c, d, a + b + c + d))]
    rows.append(['Total'] + [Cn(x, 'interno', y=2023) for x in tot])
    head = [['Oficina regional', 'Procesados', '', 'Sentenciados', '', 'Total'], ['', 'Hombres', 'Mujeres', 'Hombres', 'Mujeres', '']]
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)), widths=(5.0, 2.2, 2.2, 2.2, 2.2, 2.2),
           size=9.5, bold_rows=(len(rows) - 1,), head_shade='E7E6E6', note='Fuente: Registro Penitenciario – Unidad de Estadística INPE.')
    R.save()


def w055():
    """Off topic: the drug-control commission's budget execution of its alternative development programme."""
    R = new('w055', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'), 'OFICIO N° 000096-2024-DV-OPP',
            ['Solicitud de acceso a la información pública N° 000061-2024'], '2024-02-22',
            'oficio with breadcrumb letterhead, number and date inline; budget table by region in thousands of soles stated in the column headers',
            notes='The drug-control commission answers about "tráfico ilícito de drogas": the 2023 budget of its alternative '
                  'development programme by region. Nothing about trafficking in persons: off topic, no axes; it keeps the period '
                  'it states (2023). The column headers say "(miles de S/)": "4 215,6" is 4 215 600 (unit_source column).',
            font='DejaVu Sans Light', size=9.5)
    path_header(R, ['PRESIDENCIA DEL CONSEJO DE MINISTROS', 'DEVIDA', 'Oficina de Planeamiento y Presupuesto'])
    open23(R, 2024, date23('Lima', '2024-02-22', 'ydots'), 'OFICIO N° 000096-2024-DV-OPP', ['Señor', 'RAÚL ESTEBAN MARROQUÍN DÍAZ', 'Presente.-'],
           [('Asunto', ':  Información presupuestal sobre la lucha contra el tráfico ilícito de drogas – 2023'),
            ('Referencia', ':  Solicitud de acceso a la información pública N° 000061-2024')], order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información sobre el presupuesto '
             'destinado en el año 2023 a la lucha contra el tráfico ilícito. Al respecto, se remite la ejecución del Programa '
             'Presupuestal 0072 «Programa de Desarrollo Alternativo Integral y Sostenible – PIRDAIS» por ámbito regional:'])
    data = [('Huánuco', 4215.6, 4102.3), ('San Martín', 3380.2, 3311.8), ('Ucayali', 2954.0, 2790.5), ('Junín (VRAEM)', 5126.4, 4988.1),
            ('Ayacucho (VRAEM)', 4870.9, 4655.2), ('Cusco (VRAEM)', 3998.7, 3904.6), ('Puno', 1735.5, 1652.0)]
    rows = [[n, Mf(a, 'sp', 1, scale=1000, y=2023, r='a'), Mf(b, 'sp', 1, scale=1000, y=2023, r='e'), Pf(round(b / a * 100, 1), 1, 'eu', y=2023)]
            for n, a, b in data]
    ta, tb = round(sum(d[1] for d in data), 1), round(sum(d[2] for d in data), 1)
    rows.append(['Total', Mf(ta, 'sp', 1, scale=1000, y=2023, r='a'), Mf(tb, 'sp', 1, scale=1000, y=2023, r='e'),
                 Pf(round(tb / ta * 100, 1), 1, 'eu', y=2023)])
    R.table([['Ámbito', 'PIM (miles de S/)', 'Devengado (miles de S/)', 'Avance (%)']], rows, widths=(5.0, 3.4, 3.8, 2.6), size=9.5,
            bold_rows=(len(rows) - 1,), head_shade='E2EFDA', note='Fuente: SIAF – Consulta amigable, al 31.12.2023.')
    body(R, ['Atentamente,'])
    dsig(R, 'Econ. Giovanna Isabel Loayza Ramos', 'Jefa de la Oficina de Planeamiento y Presupuesto', 'DEVIDA',
         when='22.02.2024 16:31:55 -05:00', fau='20380342200', align='l')
    R.save()


def w056():
    """Out of period: the transport ministry reports a 2021 campaign in bus terminals for a 2023 request."""
    R = new('w056', 'out_of_period', None, ['prevention'], Y23,
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'), 'OFICIO N° 2314-2024-MTC/18',
            ['Memorándum N° 0412-2024-MTC/18.01', 'Hoja de Ruta N° E-117452-2024'], '2024-03-18',
            'oficio in a double-framed letterhead, sumilla at the top right, number and date inline; bus terminals as rows; QR beside the signature',
            notes='The transport ministry says its directorate keeps no consolidated record of 2023 actions (by a cited '
                  'memorandum) and reports instead the 2021 prevention campaign in interprovincial bus terminals, done with the '
                  'women\'s ministry (people informed and transport companies). Only an earlier year: out_of_period.',
            font='Calibri', size=11)
    frame_header(R, ['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Autorizaciones en Transportes'])
    open23(R, 2024, date21('Lima', '2024-03-18', 'abbr'), 'OFICIO N° 2314-2024-MTC/18', ['Señor', 'ADRIÁN MATÍAS FARFÁN LUNA', 'Presente.-'],
           [('Asunto:', 'Acciones de prevención de la trata de personas en el transporte terrestre – 2023'),
            ('Referencia:', 'Hoja de Ruta N° E-117452-2024')], order='sumilla',
           sumilla_text='Remite información sobre campaña en terminales terrestres.')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, según el Memorándum N° 0412-2024-MTC/18.01, la '
             'Dirección de Servicios de Transporte Terrestre no cuenta con un registro consolidado de las acciones realizadas en el '
             'año 2023. Se informa, como referencia, la campaña «Viaja seguro, sin trata» desarrollada en el año 2021 con el '
             'Ministerio de la Mujer y Poblaciones Vulnerables en terminales terrestres:'])
    data = [('Terminal Plaza Norte (Lima)', 4820, 14), ('Terminal Javier Prado (Lima)', 3175, 11), ('Terminal terrestre de Arequipa', 2660, 9),
            ('Terminal terrestre de Cusco', 1985, 7), ('Terminal terrestre de Piura', 1430, 6), ('Terminal terrestre de Puerto Maldonado', 870, 4)]
    rows = [[n, Cn(a, 'persona', y=2021), Cn(b, 'empresa', y=2021)] for n, a, b in data]
    rows.append(['Total', Cn(sum(d[1] for d in data), 'persona', y=2021), Cn(sum(d[2] for d in data), 'empresa', y=2021)])
    R.table([['Terminal', 'Pasajeros informados', 'Empresas de transporte participantes']], rows, widths=(7.8, 3.2, 4.0), size=10,
            bold_rows=(len(rows) - 1,), head_shade='FFF2CC', caption='Campaña «Viaja seguro, sin trata» – año 2021')
    body(R, ['Atentamente,'])
    qr_sign(R, 'Ing. Hugo Alberto Ramos Salazar', 'Director General de Autorizaciones en Transportes', 'MTC', 5606, when='18/03/2024 17:02')
    R.save()


def w057():
    """No information: a provincial municipality found no records for 2023 in its social development office."""
    R = new('w057', 'missing', 'no_information', ['prevention', 'governance'], Y23,
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'), 'OFICIO N° 0265-2024-MPCH/GDS',
            ['Informe N° 012-2024-MPCH/GDS-SGPS', 'Expediente N° 7784-2024'], '2024-03-11',
            'oficio with a corner letterhead, centred number with the date under it; hash signature',
            notes='The municipality says, by a cited report of its social programmes office, that it found no record of prevention '
                  'actions or of the provincial working group against trafficking for 2023, so it does not hold the information. '
                  'No_information.',
            font='Arial', size=11)
    corner_header(R, ['Municipalidad Provincial de Chiclayo', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpch23', 'MPCH', 'circle', (160, 90, 0)), 1.4))
    open23(R, 2024, date23('Chiclayo', '2024-03-11', 'slash_mon'), 'OFICIO N° 0265-2024-MPCH/GDS',
           ['Señora', 'PATRICIA LORENA SIESQUÉN DÍAZ', 'Presente.-'],
           [('Asunto', ':  Respuesta a solicitud de información'), ('Referencia', ':  Expediente N° 7784-2024')], order='center')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de '
             'prevención de la trata de personas y el funcionamiento de la Mesa Provincial contra la Trata de Personas de Chiclayo en '
             'el año 2023.',
             'Al respecto, la Subgerencia de Programas Sociales, mediante el Informe N° 012-2024-MPCH/GDS-SGPS, comunica que, revisados '
             'sus archivos, no se ha encontrado documentación referida a las acciones ni a las sesiones solicitadas. En consecuencia, '
             'la entidad no cuenta con la información requerida.', 'Atentamente,'])
    hash_sign(R, 'Lic. Wilmer Antonio Chapoñán Sandoval', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Chiclayo',
              '52 C1 9A 33 00 00 00 00 0F 61', 'b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8', '11/03/2024 10:27:14')
    R.save()


def w058():
    """Out of period: a public university gives its 2021-2022 research projects; the 2023 reports are not yet delivered."""
    R = new('w058', 'out_of_period', None, ['governance'], Y23,
            S('Universidad Nacional del Altiplano', 'UNA Puno', 'other'), 'OFICIO N° 0142-2024-VRI-UNA-PUNO',
            ['Solicitud de acceso a la información N° 0039-2024'], '2024-04-17',
            'oficio with a bilingual letterhead (Spanish and Aymara), number and date inline; a project table with a year column and an amount column in soles, bold total row',
            notes='The university says the final reports of its 2023 projects are still with the researchers, and lists the '
                  'finished 2021 and 2022 research projects on trafficking with their funding. Only earlier years: out_of_period. '
                  'Research is governance; amounts allocated (funding granted); the year of each amount is in its row.',
            font='DejaVu Serif', size=10)
    bilingual_header(R, ['UNIVERSIDAD NACIONAL DEL ALTIPLANO', 'Vicerrectorado de Investigación'],
                     ['ALTIPLANO MARKANA JACH\'A YATIQAÑ UTA', 'Yatxatañ Irpiri'], (logo_png('una23', 'UNA', 'circle', (0, 60, 120)), 1.6))
    open23(R, 2024, date23('Puno', '2024-04-17', 'dots2'), 'OFICIO N° 0142-2024-VRI-UNA-PUNO', ['Señor', 'NÉSTOR WILLY TICONA APAZA', 'Presente.-'],
           [('Asunto', ':  Proyectos de investigación sobre trata de personas – 2023'),
            ('Referencia', ':  Solicitud de acceso a la información N° 0039-2024')], order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, se informa que los proyectos de investigación '
             'financiados en la convocatoria 2023 se encuentran en ejecución y sus informes finales aún no han sido entregados por los '
             'investigadores responsables. Se detallan los proyectos concluidos de las convocatorias 2021 y 2022:'])
    data = [(2021, 'Trata de adolescentes en los centros mineros de La Rinconada', 72400.0),
            (2021, 'Migración laboral juvenil y riesgo de explotación en Juliaca', 35800.0),
            (2022, 'Redes de captación en la frontera Perú – Bolivia (Desaguadero)', 68950.0),
            (2022, 'Conocimientos sobre trata de personas en docentes rurales de Azángaro', 29500.0)]
    rows = [[t, str(y), Mf(v, y=y, r='a')] for y, t, v in data]
    rows.append(['Total', '', Mf(sum(v for _, _, v in data), r='a')])
    R.table([['Proyecto', 'Convocatoria', 'Financiamiento (S/)']], rows, widths=(9.0, 3.0, 3.4), size=9, bold_rows=(len(rows) - 1,),
            head_shade='DEEAF6')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Dr. Teófilo Mamani Quispe', 'Vicerrector de Investigación', 'Universidad Nacional del Altiplano')
    R.save()


def w059():
    """No reply: a regional government says the district municipality it forwarded the request to has not answered."""
    R = new('w059', 'missing', 'no_reply', ['prevention', 'protection'], Y23,
            S('Gobierno Regional de Piura', 'GRP', 'regional_government'), 'OFICIO N° 0176-2024/GRP-440000',
            ['Oficio N° 0088-2024/GRP-440000', 'Solicitud de acceso a la información N° 0211-2024-GRP'], '2024-04-03',
            'oficio in a double-framed letterhead, own number only at the top, date at the end; form-like signature lines',
            notes='The regional government, which had forwarded the request about a district\'s 2023 prevention and assistance '
                  'actions to the district municipality of Castilla by a cited oficio, reports that the municipality has not '
                  'answered. A body reporting that another never answered: no_reply.',
            font='Liberation Sans', size=11)
    frame_header(R, ['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Desarrollo Social'])
    open23(R, 2024, None, 'OFICIO N° 0176-2024/GRP-440000', ['Señora', 'ESTHER NOEMÍ FIESTAS ATOCHE', 'Presente.-'],
           [('ASUNTO', ':  Estado de su solicitud de información'), ('REF.', ':  Solicitud de acceso a la información N° 0211-2024-GRP')],
           order='date_end')
    body(R, ['Me dirijo a usted en relación con su solicitud de la referencia, sobre las acciones de prevención de la trata de personas '
             'y de atención a víctimas desarrolladas en el distrito de Castilla durante el año 2023.',
             'Como se le comunicó oportunamente, dicha información corresponde a la Municipalidad Distrital de Castilla, a la que se '
             'trasladó su pedido mediante el Oficio N° 0088-2024/GRP-440000. Sin embargo, a la fecha, la citada municipalidad no ha '
             'remitido respuesta a esta Gerencia ni ha informado haberle respondido directamente.',
             'En tal sentido, se le sugiere reiterar su solicitud ante la Municipalidad Distrital de Castilla o hacer valer su derecho '
             'ante el Tribunal de Transparencia y Acceso a la Información Pública.', 'Atentamente,'])
    date_end(R, date23('Piura', '2024-04-03', 'year_dot'))
    field_sign(R, 'Lic. Jessica Paola Yarlequé Zapata', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Piura', before=16)
    R.save()


def w060():
    """Not competent: a district municipality lists its functions and gives no referral."""
    R = new('w060', 'missing', 'not_competent', ['prosecution', 'protection'], Y23,
            S('Municipalidad Distrital de Pucusana', 'MDP', 'district_municipality'), 'CARTA N° 019-2024-SG/MDP',
            ['Expediente N° 00981-2024'], '2024-02-12',
            'letter with the letterhead beside a coloured vertical bar, number and date inline; p.o. signature',
            notes='The municipality says the investigation of trafficking and the rescue of victims in its port area are not '
                  'municipal functions and lists what its organic law gives it; it does not forward the request. Not '
                  'competent, no referral.',
            font='DejaVu Sans', size=9.5)
    bar_header(R, ['MUNICIPALIDAD DISTRITAL DE PUCUSANA', 'Secretaría General'], color='00B0F0')
    open23(R, 2024, date21('Pucusana', '2024-02-12', 'long'), 'CARTA N° 019-2024-SG/MDP', ['Señor', 'LUIS ENRIQUE HUAMÁN CHUQUI', 'Presente.-'],
           [('Asunto', ':  Respuesta a solicitud de información'), ('Referencia', ':  Expediente N° 00981-2024')], order='inline')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, por el cual solicita información sobre las investigaciones '
             'por trata de personas y los rescates de víctimas realizados en la zona del muelle de Pucusana durante el año 2023.',
             'Al respecto, le informo que la investigación de delitos y el rescate de víctimas no forman parte de las competencias '
             'municipales. Conforme a la Ley N° 27972, Ley Orgánica de Municipalidades, corresponde a esta municipalidad, entre otras '
             'funciones, el otorgamiento de licencias de funcionamiento, la fiscalización administrativa de los establecimientos y la '
             'promoción de programas sociales locales. Por ello, la Municipalidad Distrital de Pucusana no cuenta con la información '
             'solicitada.', 'Atentamente,'])
    po_sign(R, 'Abog. Raquel Elena Quispe Yauri', 'Asistente de Secretaría General', 'DE LA SECRETARIA GENERAL')
    R.save()
