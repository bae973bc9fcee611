"""blind-v22 letters z016-z030 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import logo_png


PER22 = ('2022-01-01', '2022-12-31')
PER23 = ('2023-01-01', '2023-12-31')


def z016():
    R = new('z016', 'answered', None, ['prosecution'], ('2021-01-01', '2022-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios', 'FISTRAP Madre de Dios',
              'autonomous'),
            'OFICIO N° 0476-2023-MP-FN-FISTRAP-MDD', ['Carta N° 012-2023-CCPT'], '2023-03-30',
            'oficio in a serif face, split letterhead (parent bodies left, short name right), hyphen date, three-level header '
            '(year / stage / outcome) over province rows, a percent with its decimal in words',
            notes='Cases of the specialised prosecutor\'s office in 2021 and 2022 by province: cases received, archived and with an '
                  'accusation, and convictions in the text. Column names join the three header levels ("2021 Resultado '
                  'Archivados"). The share of sexual exploitation cases is a 2022 percent.',
            font='Times New Roman', size=11.5)
    split_header(R, ['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Madre de Dios',
                     'Fiscalía Provincial Especializada en Delitos de Trata de Personas'], 'FISTRAP\nMadre de Dios')
    open22(R, 2023, date22('Puerto Maldonado', '2023-03-30', 'hyphen'), 'OFICIO N° 0476-2023-MP-FN-FISTRAP-MDD',
           ['Señores', 'Colectivo Ciudadano por la Transparencia', 'Presente.-'], order='date_left')
    kv(R, [('ASUNTO', ':  Remite información estadística de casos - años 2021 y 2022'),
           ('REF.', ':  Carta N° 012-2023-CCPT')], tab=2.2, w2=13.8)
    body(R, ['Tengo el agrado de dirigirme a ustedes, en atención al documento de la referencia, para remitir la información '
             'registrada en el Sistema de Gestión Fiscal respecto de los casos por el delito de trata de personas y sus formas '
             'agravadas tramitados en este despacho durante los años 2021 y 2022:'])
    head = [['Provincia', '2021', '', '', '2022', '', ''],
            ['', 'Casos ingresados', 'Resultado', '', 'Casos ingresados', 'Resultado', ''],
            ['', '', 'Archivados', 'Con acusación', '', 'Archivados', 'Con acusación']]
    merges = [(0, 0, 2, 0), (0, 1, 0, 3), (0, 4, 0, 6), (1, 1, 2, 1), (1, 2, 1, 3), (1, 4, 2, 4), (1, 5, 1, 6)]
    names = hnames(head, merges)
    data = [('Tambopata', [41, 17, 9, 52, 21, 12]), ('Manu', [8, 3, 2, 11, 5, 3]), ('Tahuamanu', [6, 2, 1, 9, 4, 2])]
    what = ['caso', 'caso', 'caso', 'caso', 'caso', 'caso']
    yrs = [2021, 2021, 2021, 2022, 2022, 2022]
    rows = []
    tot = [0] * 6
    for lab, v in data:
        rows.append([lab] + [Cn(x, what[j], y=yrs[j]) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [Cn(x, what[j], y=yrs[j]) for j, x in enumerate(tot)])
    R.table(head, rows, merges=merges, colnames=names, widths=(3.2, 2.2, 2.2, 2.2, 2.2, 2.2, 2.2), size=9.5,
            bold_rows=(len(rows) - 1,), head_shade='EDEDED')
    body(R, [
        'En el año 2022 se obtuvieron ' + Czw(4, 'sentencia', fem=True, y=2022) + ' sentencias condenatorias y en el año 2021, ' +
        Czw(2, 'sentencia', fem=True, y=2021) + '. Del total de casos ingresados en 2022, el ' + Pwd(38.9, y=2022) +
        ' corresponde a la finalidad de explotación sexual, principalmente en los campamentos mineros del corredor de la '
        'Carretera Interoceánica.',
        'La información se proporciona sin datos que permitan identificar a las víctimas, en aplicación de la normativa de '
        'protección de datos personales.',
    ])
    R.p('Atentamente,', before=4)
    posfirma(R, 'JUAN CARLOS MEDINA ESPINOZA', 'Fiscal Provincial Titular', 'FISTRAP - Madre de Dios')
    R.save()


def z017():
    R = new('z017', 'answered', None, ['governance', 'prevention'], PER23,
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'CARTA N° 041-2023-MPT/GDS', ['Solicitud de Acceso N° 2023-1145', 'Ordenanza Municipal N° 014-2022-MPT'], '2023-11-24',
            'carta sent alone as an OpenDocument file: flag-strip letterhead, abbreviated month date, matrix table with long '
            'activity labels, an axis column and amounts',
            fmt='odt', keep_native=True,
            notes='The provincial municipality reports 2023 activities of its provincial network and plan (governance) and '
                  'campaigns and talks (prevention), each with participants and the amount executed. The "Eje" column is text.',
            font='Arial', size=10)
    flag_header(R, ['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Desarrollo Social',
                    'Subgerencia de Desarrollo Humano'], align='l')
    open22(R, 2023, date22('Puerto Maldonado', '2023-11-24', 'abbr_de'), 'CARTA N° 041-2023-MPT/GDS',
           ['Señor', 'Renzo Quispe Alarcón', 'Presente.-'], order='to_first')
    kv(R, [('Sumilla:', 'Acciones contra la trata de personas - 2023'), ('Referencia:', 'Solicitud de Acceso N° 2023-1145')],
       tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted para atender la solicitud de la referencia. La Red Provincial de Lucha contra la Trata de Personas de '
        'Tambopata, reconocida mediante la Ordenanza Municipal N° 014-2022-MPT, se reunió en ' + Cwz(5, 'sesión', fem=True, y=2023) +
        ' sesiones durante el año 2023. Las actividades ejecutadas por la municipalidad en dicho año fueron las siguientes:',
    ])
    acts = [('Elaboración y validación del Plan Provincial contra la Trata de Personas 2023-2026 con las instituciones de la Red',
             'Gobernanza', 42, 6800.00),
            ('Campaña "Tambopata sin trata" en el terminal terrestre y el puerto Capitanía', 'Prevención', 1350, 12480.50),
            ('Charlas a estudiantes de secundaria de las instituciones educativas de la ciudad', 'Prevención', 960, 3150.00),
            ('Taller para conductores de mototaxi y colectivos sobre señales de captación', 'Prevención', 215, 2740.00),
            ('Registro y seguimiento de las acciones de la Red en la matriz de monitoreo provincial', 'Gobernanza', 18, 0.00)]
    rows = [[a, e, Cn(p, 'participante', y=2023), Mf(m, 'us', y=2023, r='e')] for a, e, p, m in acts]
    rows.append(['Total', '', Cn(sum(x[2] for x in acts), 'participante', y=2023), Mf(sum(x[3] for x in acts), 'us', y=2023, r='e')])
    R.table([['Actividad', 'Eje', 'Participantes', 'Monto ejecutado (S/)']], rows, widths=(8.6, 2.4, 2.4, 3.0), size=9,
            bold_rows=(len(rows) - 1,), head_shade='E2EFDA', valign='top')
    body(R, ['Los montos corresponden a la ejecución registrada en el SIAF al 31 de octubre de 2023.'])
    R.p('Atentamente,', before=4)
    sigline(R, 'Lic. GLADYS ESTHER ROMÁN PACAYA', 'Gerente de Desarrollo Social', align='c')
    R.save()


def z018():
    R = new('z018', 'missing', 'no_information', ['prevention', 'protection'], PER22,
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            'OFICIO N° 0287-2023-GDS/MDI', ['Memorando N° 0214-2023-SGMDO/MDI', 'Expediente N° 11874-2023'], '2023-06-13',
            'oficio, acronym letterhead, month-first date, a cited memorandum, electronic signature line, no figures',
            notes='The social development office says its sub-offices (women, DEMUNA) found no record of trafficking cases or '
                  'campaigns for 2022 (cited memorandum): no_information. What was asked: cases (protection) and campaigns '
                  '(prevention).',
            font='Arial', size=11)
    acronym_header(R, 'MDI', ['Municipalidad Distrital de Independencia', 'Gerencia de Desarrollo Social'], color=(0, 110, 70))
    open22(R, 2023, date22('Independencia', '2023-06-13', 'month_first'), 'OFICIO N° 0287-2023-GDS/MDI',
           ['Señora', 'Milagros Fernández Cáceres', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto:', 'Respuesta a solicitud de información'), ('Ref.:', 'Expediente N° 11874-2023')], tab=2.0, w2=14.0)
    body(R, [
        'Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita el número de casos de trata de '
        'personas atendidos y las campañas de prevención realizadas por esta municipalidad durante el año 2022.',
        'Sobre el particular, la Subgerencia de la Mujer, DEMUNA y OMAPED, con Memorando N° 0214-2023-SGMDO/MDI, comunica que, '
        'revisados sus archivos y registros de atención del año 2022, no se ha ubicado información relacionada con casos de '
        'trata de personas ni con campañas de prevención sobre dicha materia.',
        'En consecuencia, esta Gerencia no cuenta con la información solicitada, lo que se pone en su conocimiento para los '
        'fines pertinentes.',
    ])
    R.p('Atentamente,', before=4)
    efirma_line(R, 'HUGO MARTÍN SALINAS POMA', 'Gerente de Desarrollo Social', '13/06/2023 12:20:41', system='Sistema de Trámite Documentario - MDI')
    R.save()


def z019():
    R = new('z019', 'missing', 'not_competent_referred', ['prosecution'], PER22,
            S('Corte Superior de Justicia de Lima Sur', 'CSJLS', 'autonomous'),
            'OFICIO N° 000917-2023-OAI-CSJLIMASUR/PJ', ['Oficio N° 000916-2023-OAI-CSJLIMASUR/PJ', 'Solicitud N° 412-2023'],
            '2023-05-10',
            'oficio, address letterhead, roman-numeral date, the forwarding oficio cited, PDF-style signature lines',
            notes='The request asks for police complaints and preliminary investigations for trafficking in 2022; the court says '
                  'these are kept by the Public Ministry and that it forwarded the request to the prosecutors\' district by a cited '
                  'oficio: not_competent_referred.',
            font='Arial', size=10.5)
    address_header(R, ['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Lima Sur', 'Oficina de Acceso a la Información Pública'],
                   ['Av. Pachacútec s/n, Villa María del Triunfo', 'Lima', 'Central (01) 410-2050'])
    open22(R, 2023, date22('Villa María del Triunfo', '2023-05-10', 'roman'), 'OFICIO N° 000917-2023-OAI-CSJLIMASUR/PJ',
           ['Señor', 'Ernesto Valdivieso Luna', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Derivación de solicitud de acceso a la información'), ('Referencia', ':  Solicitud N° 412-2023')],
       tab=2.6, w2=13.4)
    body(R, [
        'Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, mediante la cual requiere el número '
        'de denuncias e investigaciones preliminares por el delito de trata de personas registradas en el año 2022 en el '
        'ámbito de Lima Sur.',
        'Al respecto, debo indicarle que las denuncias y las investigaciones preliminares se tramitan ante el Ministerio Público '
        'y la Policía Nacional del Perú, y no ante los órganos jurisdiccionales, por lo que esta Corte Superior no posee la '
        'información requerida.',
        'Sin perjuicio de ello, y en aplicación del artículo 11 del Texto Único Ordenado de la Ley N° 27806, su solicitud ha sido '
        'derivada a la Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Lima Sur mediante el Oficio '
        'N° 000916-2023-OAI-CSJLIMASUR/PJ, entidad que le dará respuesta directamente.',
    ])
    R.p('Atentamente,', before=4)
    adobe_sign(R, 'Rosario del Pilar Gamarra Leiva', 'Responsable de Acceso a la Información Pública',
               'Corte Superior de Justicia de Lima Sur', "2023.05.10 16:22:10 -05'00'")
    R.save()


def z020():
    R = new('z020', 'out_of_period', None, ['protection'], PER23,
            S('Hospital Nacional Cayetano Heredia', 'HNCH', 'ministry'),
            'OFICIO N° 1187-2023-HNCH/DG', ['Contrato N° 045-2023-HNCH', 'Expediente N° 23-018745'], '2023-11-06',
            'oficio of a national hospital, centred letterhead with logo, two-digit-year date, service rows by two earlier years '
            'with a total column',
            notes='Asked for 2023. The 2023 clinical records are being digitised by a contractor (a cited contract), so the '
                  'hospital gives 2021 and 2022: out_of_period. The total column spans two years (no year). The hospital is an '
                  'executing unit of the health ministry, named as itself with kind ministry.',
            font='Calibri', size=11)
    R.header(['MINISTERIO DE SALUD', 'HOSPITAL NACIONAL CAYETANO HEREDIA', 'Dirección General'],
             logo=(logo_png('hnch', 'HCH', 'circle', (0, 80, 150)), 1.5))
    open22(R, 2023, date22('San Martín de Porres', '2023-11-06', 'yy'), 'OFICIO N° 1187-2023-HNCH/DG',
           ['Señora', 'Lucía Fernanda Porras Quiroz', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Atenciones a presuntas víctimas de trata de personas'), ('Referencia', ':  Expediente N° 23-018745')],
       tab=2.6, w2=13.4)
    body(R, [
        'Tengo el agrado de dirigirme a usted con relación al expediente de la referencia, mediante el cual solicita el número '
        'de atenciones brindadas en el año 2023 a presuntas víctimas de trata de personas.',
        'Al respecto, la Oficina de Estadística e Informática informa que las historias clínicas del año 2023 se encuentran en '
        'proceso de digitalización a cargo de un proveedor externo, conforme al Contrato N° 045-2023-HNCH, por lo que su '
        'consolidación estadística no está disponible. Se remite la información de los años 2021 y 2022:',
    ])
    data = [('Emergencia', [14, 19]), ('Gineco-obstetricia', [9, 12]), ('Psicología', [11, 17]), ('Psiquiatría', [3, 5]),
            ('Servicio Social', [12, 16])]
    rows = []
    for lab, (a, b) in data:
        rows.append([lab, Cn(a, 'atención', y=2021), Cn(b, 'atención', y=2022), Cn(a + b, 'atención')])
    ta, tb = sum(d[1][0] for d in data), sum(d[1][1] for d in data)
    rows.append(['Total', Cn(ta, 'atención', y=2021), Cn(tb, 'atención', y=2022), Cn(ta + tb, 'atención')])
    R.table([['Servicio', '2021', '2022', 'Total 2021-2022']], rows, widths=(5.5, 2.6, 2.6, 3.4), size=10, bold_rows=(len(rows) - 1,),
            head_shade='DEEAF6')
    R.p('El ' + Pf(84.2, 1, 'us', suf='%', y=2022) + ' de las atenciones del año 2022 correspondió a mujeres.', align='j', after=6)
    R.p('Atentamente,', before=4)
    efirma_line(R, 'M.C. JORGE ALFREDO SÁNCHEZ BARRETO', 'Director General', '06/11/2023 09:03:40', system='SGD-HNCH',
                inst='Hospital Nacional Cayetano Heredia')
    R.save()


def z021():
    R = new('z021', 'answered', None, ['prevention', 'prosecution'], PER22,
            S('Gerencia Regional de Trabajo y Promoción del Empleo de Arequipa', 'GRTPE Arequipa', 'regional_government'),
            'OFICIO N° 0628-2023-GRA/GRTPE-DPSC', ['Solicitud de fecha 3 de marzo de 2023'], '2023-03-20',
            'oficio in a narrow face, address letterhead, date with capitalised month, transposed sheet with the unit in each '
            'row label and semesters as columns',
            notes='Labour inspections on forced and child labour (prosecution) and dissemination workshops (prevention) in 2022, '
                  'by semester. Amounts of proposed fines have no role; their unit is in the row label (recorded as column).',
            font='Arial Narrow', size=11)
    address_header(R, ['GOBIERNO REGIONAL DE AREQUIPA', 'Gerencia Regional de Trabajo y Promoción del Empleo',
                       'Dirección de Prevención y Solución de Conflictos'],
                   ['Av. La Salle N° 117, Cercado', 'Arequipa', 'Central (054) 200610'])
    open22(R, 2023, date22('Arequipa', '2023-03-20', 'cap'), 'OFICIO N° 0628-2023-GRA/GRTPE-DPSC',
           ['Señor', 'Alfredo Begazo Tejada', 'Presente.-'], order='date_left')
    R.p('**Asunto:** Información sobre inspecciones en materia de trabajo forzoso e infantil - 2022', after=2)
    R.p('**Referencia:** Solicitud de fecha 3 de marzo de 2023', after=8)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, a fin de remitir la información de las acciones '
             'realizadas por esta Gerencia Regional durante el año 2022 en el ámbito de su competencia inspectiva (microempresas) '
             'y de promoción de derechos fundamentales:'])
    spec = [('Órdenes de inspección por trabajo forzoso (N°)', 'c', 'orden de inspección', (7, 9)),
            ('Órdenes de inspección por trabajo infantil (N°)', 'c', 'orden de inspección', (11, 14)),
            ('Trabajadores comprendidos en las inspecciones (N°)', 'c', 'trabajador', (64, 82)),
            ('Multas propuestas (S/)', 'm', None, (45300.00, 61875.50)),
            ('Talleres de difusión de derechos fundamentales (N°)', 'c', 'taller', (6, 8)),
            ('Participantes en talleres (N°)', 'c', 'participante', (187, 243))]
    rows = []
    for lab, k, what, (a, b) in spec:
        if k == 'c':
            rows.append([lab, Cn(a, what, y=2022), Cn(b, what, y=2022), Cn(a + b, what, y=2022)])
        else:
            rows.append([lab, Mf(a, 'eu', y=2022), Mf(b, 'eu', y=2022), Mf(a + b, 'eu', y=2022)])
    R.table([['Indicador (año 2022)', 'I Semestre', 'II Semestre', 'Total 2022']], rows, widths=(8.2, 2.6, 2.6, 2.8), size=10,
            head_shade='D9D9D9')
    body(R, ['Las inspecciones en medianas y grandes empresas corresponden a la Intendencia Regional de SUNAFIL.'])
    R.p('Atentamente,', before=4)
    vb_sign(R, 'Abog. MIRIAM LOURDES CHOQUE APAZA', 'Directora de Prevención y Solución de Conflictos', 'GRTPE Arequipa',
            vbs=('Gerencia Regional',), before=18)
    R.save()


def z022():
    R = new('z022', 'answered', None, ['protection'], PER23,
            S('Unidad Distrital de Asistencia a Víctimas y Testigos del Callao', 'UDAVIT Callao', 'autonomous'),
            'OFICIO N° 000412-2023-MP-FN-UDAVIT-CALLAO', ['Solicitud de Acceso N° 0934-2023'], '2023-12-05',
            'oficio, logo-right letterhead, month-first date, a two-row table with the kinds of assistance as columns (counts, '
            'then shares with the sign in each cell)',
            notes='Victims of trafficking incorporated into the protection and assistance programme in 2023, by kind of '
                  'assistance (as columns), with the share of each kind in a second row. Victim assistance is protection.',
            font='Arial', size=10.5)
    logo_right_header(R, ['MINISTERIO PÚBLICO', 'Distrito Fiscal del Callao', 'Unidad Distrital de Asistencia a Víctimas y Testigos'],
                      (logo_png('mpfn', 'MP', 'shield', (110, 20, 20)), 1.6), color='6E1414')
    open22(R, 2023, date22('Bellavista', '2023-12-05', 'month_first'), 'OFICIO N° 000412-2023-MP-FN-UDAVIT-CALLAO',
           ['Señor', 'Iván Rodrigo Tello Ames', 'Presente.-'], order='to_first')
    R.p('**Materia:** Atención a la Solicitud de Acceso N° 0934-2023', after=8)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia. Durante el año 2023, esta Unidad incorporó al Programa '
        'de Protección y Asistencia a Víctimas y Testigos a ' + C('58', 58, 'víctima', y=2023) + ' víctimas de trata de personas, '
        'de las cuales ' + Cup(21, 'víctima', fem=True, y=2023) + ' eran menores de edad.',
        'Las asistencias brindadas se distribuyeron de la siguiente manera:',
    ])
    data = [('Asistencia legal', 64), ('Asistencia psicológica', 92), ('Asistencia social', 71), ('Asistencia médica', 27),
            ('Medidas de protección', 19)]
    tot = sum(v for _, v in data)
    shares = [round(v / tot * 100, 1) for _, v in data]
    shares[-1] = round(100 - sum(shares[:-1]), 1)
    r1 = ['Asistencias'] + [Cn(v, 'asistencia', y=2023) for _, v in data] + [Cn(tot, 'asistencia', y=2023)]
    r2 = ['Participación'] + [Pf(sh, 1, 'eu', suf='%', y=2023, u='cell') for sh in shares] + [Pf(100.0, 1, 'eu', suf='%', y=2023, u='cell')]
    R.table([['Tipo de asistencia'] + [lab for lab, _ in data] + ['Total']], [r1, r2], widths=(3.4, 2.1, 2.4, 2.0, 2.0, 2.3, 1.6),
            size=9, head_shade='F2F2F2')
    R.p('Atentamente,', before=4)
    sig_stamp(R, 'Abog. PAOLA ANDREA RIVAS CHIRINOS', 'Coordinadora', 'UDAVIT - Callao',
              rect_seal('udavit', ['MINISTERIO PÚBLICO', 'UDAVIT CALLAO', 'COORDINACIÓN'], color=(120, 30, 30)))
    R.save()


def z023():
    R = new('z023', 'out_of_period', None, ['protection'], PER23,
            S('Dirección Regional de Salud de Ucayali', 'DIRESA Ucayali', 'regional_government'),
            'OFICIO N° 2214-2023-GRU-DIRESA/DG', ['Informe Técnico N° 018-2023-GRU-DIRESA-OITE', 'Boletín Epidemiológico Anual 2021'],
            '2023-10-23',
            'oficio, GOB-style header, hyphen date, network rows of an earlier year with sex columns',
            notes='Asked for 2023. A ransomware attack encrypted the server of the information office (a cited technical report), '
                  'so the directorate gives 2021 figures from its printed annual bulletin: out_of_period.',
            font='Arial', size=10.5)
    gob_header(R, ['Gobierno Regional\nde Ucayali', 'Dirección Regional\nde Salud', 'Dirección General'])
    open22(R, 2023, date22('Pucallpa', '2023-10-23', 'hyphen'), 'OFICIO N° 2214-2023-GRU-DIRESA/DG',
           ['Señor', 'Miguel Ángel Shuña Ríos', 'Presente.-'], order='to_first')
    R.p('**ASUNTO:** Información sobre atenciones a víctimas de trata de personas', after=8)
    body(R, [
        'De mi consideración: en atención a su solicitud de información sobre las atenciones de salud brindadas a víctimas de '
        'trata de personas en el año 2023, comunico a usted que el 14 de agosto del presente año el servidor de la Oficina de '
        'Informática, Telecomunicaciones y Estadística sufrió un ataque informático que cifró las bases de datos del periodo, '
        'según se detalla en el Informe Técnico N° 018-2023-GRU-DIRESA-OITE; la recuperación de la información se encuentra '
        'en curso.',
        'Por tal motivo, únicamente es posible proporcionarle la información publicada en el Boletín Epidemiológico Anual 2021, '
        'que se detalla a continuación:',
    ])
    data = [('Red de Salud Coronel Portillo', [23, 4]), ('Red de Salud Atalaya', [7, 1]), ('Red de Salud Padre Abad', [5, 2]),
            ('Red de Salud Purús', [1, 0]), ('Hospital Amazónico de Yarinacocha', [9, 3]), ('Hospital Regional de Pucallpa', [12, 2])]
    rows = []
    ta = tb = 0
    for lab, (a, b) in data:
        rows.append([lab, Cn(a, 'víctima', y=2021), Cn(b, 'víctima', y=2021), Cn(a + b, 'víctima', y=2021)])
        ta += a; tb += b
    rows.append(['Total 2021', Cn(ta, 'víctima', y=2021), Cn(tb, 'víctima', y=2021), Cn(ta + tb, 'víctima', y=2021)])
    R.table([['Establecimiento / Red', 'Mujeres', 'Hombres', 'Total']], rows, widths=(7.0, 2.4, 2.4, 2.4), size=9.5,
            bold_rows=(len(rows) - 1,), head_shade='FFF2CC', caption='Víctimas de trata de personas atendidas - año 2021')
    R.p('Atentamente,', before=4)
    signoff(R, 'M.C. WILDER PANDURO GUERRA', 'Director Regional de Salud', 'DIRESA Ucayali')
    R.save()


def z024():
    R = new('z024', 'answered', None, ['protection'], PER22,
            S('Hospital Santa Rosa de Puerto Maldonado', 'HSR', 'regional_government'),
            'OFICIO N° 0389-2023-GOREMAD-DIRESA-HSRPM/DE', ['Solicitud S/N recibida el 9 de enero de 2023'], '2023-01-25',
            'oficio of a regional hospital, docbox with number and date, service rows with N° and % pairs under each sex',
            notes='Care of presumed victims in 2022 by service; under "Mujeres" and "Hombres" each column pair gives the count and '
                  'its share within the sex (bare percents under "%"). The hospital is an executing unit of the regional '
                  'government (named as itself).',
            font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Hospital Santa Rosa de Puerto Maldonado', 'Dirección Ejecutiva'],
             align='l', size=9)
    open22(R, 2023, date22('Puerto Maldonado', '2023-01-25', 'cap'), 'OFICIO N° 0389-2023-GOREMAD-DIRESA-HSRPM/DE',
           ['Señora', 'Kelly Zavaleta Huanca', 'Presente.-'], order='docbox')
    R.p('**Asunto:** Atenciones a presuntas víctimas de trata de personas en el año 2022', after=8)
    body(R, ['Me dirijo a usted, en atención a su Solicitud S/N recibida el 9 de enero de 2023, para remitir la información '
             'solicitada sobre las atenciones brindadas en el año 2022 por este '
             'establecimiento a presuntas víctimas de trata de personas, desagregadas por servicio y sexo:'])
    data = [('Emergencia', 18, 3), ('Medicina general', 11, 2), ('Gineco-obstetricia', 14, 0), ('Psicología', 22, 4),
            ('Trabajo social', 9, 1)]
    tm, th = sum(d[1] for d in data), sum(d[2] for d in data)
    head = [['Servicio', 'Mujeres', '', 'Hombres', '', 'Total'], ['', 'N°', '%', 'N°', '%', '']]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)]
    names = hnames(head, merges)
    rows = []
    for lab, m, h in data:
        rows.append([lab, Cn(m, 'atención', y=2022), Pbare(round(m / tm * 100, 1), 1, 'eu', y=2022, u='column'),
                     Cn(h, 'atención', y=2022), Pbare(round(h / th * 100, 1), 1, 'eu', y=2022, u='column'),
                     Cn(m + h, 'atención', y=2022)])
    rows.append(['Total', Cn(tm, 'atención', y=2022), Pbare(100.0, 1, 'eu', y=2022, u='column'), Cn(th, 'atención', y=2022),
                 Pbare(100.0, 1, 'eu', y=2022, u='column'), Cn(tm + th, 'atención', y=2022)])
    R.table(head, rows, merges=merges, colnames=names, widths=(4.6, 1.9, 1.9, 1.9, 1.9, 2.2), size=10, bold_rows=(len(rows) - 1,),
            head_shade='E7E6E6')
    body(R, ['Todas las presuntas víctimas fueron reportadas al Ministerio Público y, en el caso de menores de edad, a la Unidad '
             'de Protección Especial.'])
    R.p('Atentamente,', before=4)
    sig_stamp(R, 'M.C. ELMER JESÚS PINEDO ARÉVALO', 'Director Ejecutivo', 'Hospital Santa Rosa',
              rect_seal('hsr', ['HOSPITAL', 'SANTA ROSA', 'DIRECCIÓN'], color=(20, 70, 140)))
    R.save()


def z025():
    R = new('z025', 'missing', 'not_competent_referred', ['protection'], PER22,
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'),
            'OFICIO N° 000319-2023-MIDIS/PNADP-UTAI', ['Oficio N° 000318-2023-MIDIS/PNADP-UTAI', 'Solicitud N° 00287-2023'],
            '2023-02-22',
            'oficio of a ministry programme, GOB-style header, abbreviated month date, the forwarding oficio cited, no figures',
            notes='The JUNTOS programme (recorded as the ministry) says care of trafficking victims in 2022 is not among its '
                  'functions and that it forwarded the request to the women\'s ministry by a cited oficio: not_competent_referred.',
            font='Arial', size=11)
    gob_header(R, ['Ministerio de Desarrollo\ne Inclusión Social', 'Programa Nacional de Apoyo\nDirecto a los más Pobres - JUNTOS',
                   'Unidad de Transparencia'])
    open22(R, 2023, date22('San Isidro', '2023-02-22', 'abbr_de'), 'OFICIO N° 000319-2023-MIDIS/PNADP-UTAI',
           ['Señora', 'Rocío Anchante Yupanqui', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Traslado de solicitud de acceso a la información'), ('Referencia', ':  Solicitud N° 00287-2023')],
       tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia, por la cual requiere información sobre la asistencia '
        'brindada durante el año 2022 a víctimas de trata de personas, incluyendo atención psicológica y albergue.',
        'Al respecto, le informo que el Programa JUNTOS tiene por finalidad la entrega de incentivos monetarios condicionados a '
        'hogares en situación de pobreza, y no presta servicios de atención ni de acogida a víctimas de trata de personas.',
        'En tal sentido, de conformidad con el artículo 11 del Texto Único Ordenado de la Ley N° 27806, su solicitud fue '
        'trasladada al Ministerio de la Mujer y Poblaciones Vulnerables mediante el Oficio N° 000318-2023-MIDIS/PNADP-UTAI, '
        'a fin de que le brinde atención.',
    ])
    R.p('Atentamente,', before=4)
    efirma_line(R, 'CÉSAR AUGUSTO LLERENA RAMOS', 'Responsable de Transparencia', '22/02/2023 17:48:02', system='SGD-MIDIS')
    R.save()


def z026():
    R = new('z026', 'answered', None, ['governance', 'prevention', 'protection'], PER22,
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0812-2023-GOREMAD-GRDS', ['Ordenanza Regional N° 009-2021-RMDD/CR', 'Solicitud N° 0153-2023'], '2023-04-12',
            'oficio, acronym letterhead, month-first date, operational-plan table with a unit-of-measure column, physical goals, '
            'progress percents with two decimals and amounts',
            notes='The regional plan in 2022: goals programmed and executed, budget programmed and executed. The letter also says '
                  'the regional temporary shelter foreseen in the plan "no fue creado" (no financing): still answered, and '
                  'protection is given for that statement. Rows: network sessions and monitoring are governance, campaigns and '
                  'teacher training prevention.',
            font='Arial', size=10)
    acronym_header(R, 'GOREMAD', ['Gobierno Regional de Madre de Dios', 'Gerencia Regional de Desarrollo Social'],
                   color=(0, 100, 60), widths=(4.6, 11.6), acr_size=19)
    open22(R, 2023, date22('Puerto Maldonado', '2023-04-12', 'month_first'), 'OFICIO N° 0812-2023-GOREMAD-GRDS',
           ['Señora', 'Ana Cecilia Villanueva Soto', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Remite información sobre implementación del Plan Regional contra la Trata de Personas - 2022'),
           ('Referencia', ':  Solicitud N° 0153-2023')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para informarle sobre la ejecución en el año 2022 '
             'del Plan Regional contra la Trata de Personas, aprobado por Ordenanza Regional N° 009-2021-RMDD/CR, según la '
             'programación del Plan Operativo Institucional:'])
    acts = [('Sesiones de la Red Regional contra la Trata', 'Sesión', 6, 4, 3500.00, 2210.00),
            ('Campañas de sensibilización en corredor minero', 'Campaña', 8, 5, 42000.00, 26628.00),
            ('Capacitación a docentes en prevención', 'Docente', 150, 132, 18500.00, 17390.00),
            ('Seguimiento y monitoreo del Plan Regional', 'Informe', 2, 1, 6000.00, 2400.00)]
    rows = []
    for lab, um, mp, me, pp, pe in acts:
        rows.append([lab, um, Cn(mp, um.lower(), y=2022), Cn(me, um.lower(), y=2022),
                     Pf(round(me / mp * 100, 2), 2, 'eu', suf='%', y=2022, u='cell'),
                     Mf(pp, 'us', y=2022, r='a'), Mf(pe, 'us', y=2022, r='e')])
    R.table([['Actividad', 'Unidad de medida', 'Meta física programada', 'Meta física ejecutada', 'Avance físico',
              'Presupuesto programado (S/)', 'Presupuesto ejecutado (S/)']], rows,
            widths=(4.7, 1.7, 2.0, 1.8, 1.5, 2.2, 2.3), size=8.5, head_shade='E2EFDA')
    body(R, [
        'En cuanto al Hogar de Refugio Temporal regional previsto en el Plan, debo precisar que dicho servicio no fue creado '
        'en el año 2022, al no haberse aprobado su financiamiento en el presupuesto institucional; las víctimas identificadas '
        'fueron derivadas a los servicios del Ministerio de la Mujer y Poblaciones Vulnerables.',
    ])
    R.p('Atentamente,', before=4)
    vb_sign(R, 'Lic. FREDDY ALBERTO MAMANI HUAMANTICA', 'Gerente Regional de Desarrollo Social', 'GOREMAD',
            vbs=('Sub Gerencia de\nProgramas Sociales', 'Oficina de\nPlaneamiento'), before=18)
    R.save()


def z027():
    R = new('z027', 'out_of_period', None, ['prosecution'], PER22,
            S('Comisaría PNP Mazuko', None, 'police'),
            'OFICIO N° 096-2023-REGPOL-MDD/DIVOPUS-CPNP-MAZUKO', ['Oficio N° 215-2022-REGPOL-MDD/DIVOPUS-CPNP-MAZUKO', 'Solicitud de acceso a la información del 23ENE2023'],
            '2023-02-08',
            'police oficio in a typewriter face, centred letterhead, two-digit-year date, a typed table aligned on tab stops between '
            'rules of equals signs, zero-padded counts',
            notes='Asked for 2022. The 2022 complaints register was sent to the prosecutor as evidence (cited oficio), so the '
                  'station gives 2020 and 2021: out_of_period. Complaints, operations and rescues during operations are prosecution.',
            font='Courier New', size=10.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'COMISARÍA PNP MAZUKO'], size=9,
             logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.3))
    open22(R, 2023, date22('Mazuko', '2023-02-08', 'yy'), 'OFICIO N° 096-2023-REGPOL-MDD/DIVOPUS-CPNP-MAZUKO',
           ['Señor', 'Abelardo Ccori Huamán', 'Presente.-'], order='date_left')
    kv(R, [('ASUNTO', ':  Informa lo solicitado.'), ('REF.', ':  Solicitud de acceso a la información del 23ENE2023.')],
       tab=2.0, w2=14.0)
    body(R, [
        'Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, mediante el cual solicita el número de '
        'denuncias por trata de personas registradas en esta Comisaría durante el año 2022.',
        'Al respecto, se le informa que el Libro de Registro de Denuncias correspondiente al año 2022 fue remitido en original a '
        'la Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios con el Oficio '
        'N° 215-2022-REGPOL-MDD/DIVOPUS-CPNP-MAZUKO, como elemento de convicción de una investigación en curso, por lo que no '
        'se cuenta con dicho registro en esta dependencia. Se proporciona la información que obra en el archivo de los años '
        'anteriores:',
    ])
    R.tabgrid([['CONCEPTO', 'AÑO 2020', 'AÑO 2021']],
              [['Denuncias por trata de personas', Cz(9, 'denuncia', y=2020), Cz(14, 'denuncia', y=2021)],
               ['Operativos en bares y campamentos', Cz(6, 'operativo', y=2020), Cz(8, 'operativo', y=2021)],
               ['Presuntas víctimas rescatadas', Cz(17, 'víctima', y=2020), Cz(23, 'víctima', y=2021)],
               ['Personas detenidas', '--', Cz(5, 'detenido', y=2021)]],
              [(12.0, 'r'), (15.2, 'r')], size=10.5, rule='=', rule_len=84)
    R.p('Es todo cuanto informo a Ud. para los fines pertinentes.', before=6)
    R.p('Dios guarde a Ud.', after=4)
    sigline(R, 'OA-318745', 'ELVIS RAMIRO QUISPE TTITO\nMAYOR PNP\nCOMISARIO', align='c')
    R.save()


def z028():
    R = new('z028', 'missing', 'off_topic', [], PER22,
            S('Municipalidad Distrital de Carabayllo', 'MDC', 'district_municipality'),
            'OFICIO N° 0219-2023-GDU/MDC', ['Expediente N° 06325-2023'], '2023-03-02',
            'oficio about land trafficking ("tráfico de terrenos"): right-aligned letterhead, hyphen date, points numbered with '
            'ordinal words (Primero.- ...)',
            notes='Off topic: "tráfico de terrenos" (illegal land occupation and sale), not trafficking in persons.',
            font='Arial', size=10.5)
    right_header(R, ['MUNICIPALIDAD DISTRITAL DE CARABAYLLO', 'Gerencia de Desarrollo Urbano',
                     'Subgerencia de Control y Fiscalización Urbana'])
    open22(R, 2023, date22('Carabayllo', '2023-03-02', 'hyphen'), 'OFICIO N° 0219-2023-GDU/MDC',
           ['Señor', 'Carlos Humberto Díaz Mesía', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Información sobre tráfico - 2022'), ('Referencia', ':  Expediente N° 06325-2023')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted con relación al expediente de la referencia. En el marco de las acciones contra el tráfico de '
             'terrenos en zonas de expansión urbana y áreas de reserva del distrito, esta Gerencia informa lo siguiente respecto '
             'del año 2022:'])
    items = ['Se presentaron ' + Cn(37, 'denuncia', y=2022) + ' denuncias penales por usurpación y tráfico de terrenos.',
             'Se efectuaron ' + Cn(124, 'inspección', y=2022) + ' inspecciones en zonas de invasión de los sectores de Lomas de '
             'Carabayllo y Chocas.',
             'Se iniciaron ' + Cn(11, 'proceso', y=2022) + ' procesos de recuperación extrajudicial de predios municipales, que '
             'permitieron recuperar ' + Cn(286, 'lote', y=2022) + ' lotes.',
             'Se instalaron ' + Cn(52, 'cartel', y=2022) + ' carteles de advertencia en áreas de reserva.']
    for i, t in enumerate(items):
        R.p('**' + ordinal(i + 1) + '.-** ' + t, align='j', after=3, indent=0.5)
    R.p('Atentamente,', before=4)
    sigline(R, 'Arq. JOSÉ LUIS PALOMINO RAMOS', 'Gerente de Desarrollo Urbano', align='c')
    R.save()


def z029():
    R = new('z029', 'answered', None, ['prevention'], PER22,
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'),
            'OFICIO N° 000954-2023-MIDIS/PNPAIS-DE', ['Solicitud de Acceso a la Información N° 0412-2023'], '2023-05-31',
            'oficio of a ministry programme, flag-strip letterhead, date in capitals, region table with zeros printed as "0" and '
            '"s/d" for no data',
            notes='The PAIS programme (rural service platforms, "Tambos"; recorded as the ministry) reports 2022 prevention '
                  'sessions by region. Zeros are counts; "s/d" (no data) is not a figure.',
            font='Arial', size=10.5)
    flag_header(R, ['MINISTERIO DE DESARROLLO E INCLUSIÓN SOCIAL', 'Programa Nacional PAIS', 'Dirección Ejecutiva'])
    open22(R, 2023, date22('Lima', '2023-05-31', 'upper'), 'OFICIO N° 000954-2023-MIDIS/PNPAIS-DE',
           ['Señora', 'Beatriz Coaquira Ticona', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Sesiones informativas sobre trata de personas en Tambos - 2022'),
           ('Referencia', ':  Solicitud de Acceso a la Información N° 0412-2023')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención al documento de la referencia. En el año 2022, las plataformas de servicios '
             '(Tambos) del Programa Nacional PAIS acogieron sesiones informativas sobre prevención de la trata de personas, '
             'organizadas con los Centros Emergencia Mujer y las municipalidades, según el detalle siguiente:'])
    data = [('Puno', 14, 38, 1126), ('Cusco', 11, 27, 804), ('Madre de Dios', 6, 19, 512), ('Loreto', 9, 21, 633),
            ('Ucayali', 4, 9, 248), ('Huánuco', 0, 0, 0), ('Junín', 5, None, None), ('Ayacucho', 7, 12, 391)]
    rows = []
    for reg, t, s_, pa in data:
        rows.append([reg, Cn(t, 'tambo', y=2022), 's/d' if s_ is None else Cn(s_, 'sesión', y=2022),
                     's/d' if pa is None else Cn(pa, 'participante', y=2022)])
    rows.append(['Total', Cn(sum(d[1] for d in data), 'tambo', y=2022), Cn(sum(d[2] or 0 for d in data), 'sesión', y=2022),
                 Cn(sum(d[3] or 0 for d in data), 'participante', y=2022)])
    R.table([['Región', 'Tambos con sesiones', 'Sesiones informativas', 'Participantes']], rows, widths=(4.4, 3.2, 3.4, 3.2),
            size=10, bold_rows=(len(rows) - 1,), head_shade='FBE5D6',
            note='s/d: sin dato; los Tambos de Junín no reportaron el número de sesiones ni de participantes.')
    R.p('Atentamente,', before=4)
    posfirma(R, 'Mg. Óscar Renato Velarde Quispe', 'Director Ejecutivo', 'Programa Nacional PAIS')
    R.save()


def z030():
    R = new('z030', 'missing', 'no_information', ['prevention'], PER22,
            S('Unidad de Gestión Educativa Local Arequipa Sur', 'UGEL Arequipa Sur', 'regional_government'),
            'OFICIO N° 01457-2023-GRA/GREA-UGEL.AS-D', ['Informe N° 031-2023-GRA/GREA-UGEL.AS-AGEBRE', 'Solicitud N° 0398-2023'],
            '2023-06-28',
            'oficio, address letterhead, two-digit-year date, cited internal report, no figures',
            notes='The UGEL says its pedagogical area found no record of trafficking-prevention activities in schools in 2022 '
                  '(cited report) and that it does not hold the information: no_information (not a statement that nothing was '
                  'done).',
            font='Arial', size=11)
    address_header(R, ['GERENCIA REGIONAL DE EDUCACIÓN AREQUIPA', 'UGEL Arequipa Sur', 'Dirección'],
                   ['Av. Salaverry N° 305, Socabaya', 'Arequipa', 'Telf. (054) 436121'])
    open22(R, 2023, date22('Socabaya', '2023-06-28', 'yy'), 'OFICIO N° 01457-2023-GRA/GREA-UGEL.AS-D',
           ['Señor', 'Paul Medina Corrales', 'Presente.-'], order='to_first')
    kv(R, [('ASUNTO', ':  Respuesta a solicitud'), ('REF.', ':  Solicitud N° 0398-2023')], tab=2.2, w2=13.8)
    body(R, [
        'Me dirijo a usted para dar respuesta a la solicitud de la referencia, en la que requiere información sobre las '
        'actividades de prevención de la trata de personas desarrolladas en las instituciones educativas de la jurisdicción '
        'durante el año 2022.',
        'Sobre el particular, el Área de Gestión de la Educación Básica Regular y Especial, mediante Informe '
        'N° 031-2023-GRA/GREA-UGEL.AS-AGEBRE, comunica que no obra en sus archivos registro ni reporte consolidado de dichas '
        'actividades, toda vez que las instituciones educativas no remitieron información sobre la materia en el periodo '
        'señalado. Por lo tanto, esta UGEL no cuenta con la información solicitada.',
    ])
    R.p('Atentamente,', before=4)
    sigline(R, 'Mg. NANCY ROXANA CUADROS BEJARANO', 'Directora de la UGEL Arequipa Sur', align='c')
    R.save()
