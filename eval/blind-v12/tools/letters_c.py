"""blind-v12 letters n031-n045 (out_of_period n031-n040, missing n041-n045). Written from scratch for this set."""
from common import *
from lib import logo_png


def n031():
    R = new('n031', 'out_of_period', None, ['prevention', 'protection'], ('2019-01-01', '2020-12-31'),
            S('Embassy of the United States of America in Peru - Bureau of International Narcotics and Law Enforcement Affairs', 'INL', 'foreign'),
            None, [], '2021-05-10',
            'English letter without own number, 2019-2020 requested; unruled table of 2013-2015 grants with "(US$)" in a column header',
            lang='en', font='Times New Roman')
    R.header(['Embassy of the United States of America', 'Narcotics Affairs Section – INL Lima'], align='c', italic_rest=True)
    R.p('May 10, 2021', align='r', before=6)
    to(R, ['Mr. Arturo Benjamín Saldaña Ruiz', 'Lima, Peru'])
    body(R, ['Dear Mr. Saldaña:',
             'We acknowledge your request of April 21, 2021, for information on U.S. Government assistance to Peruvian institutions '
             'to combat trafficking in persons **in 2019 and 2020**.',
             'Our records available for release cover the grants awarded by this office in the earlier cycle of the program, which '
             'are summarized below. Information on later awards is managed by the Department of State in Washington.'])
    rows = []
    for g, y, amt, ben in [('Shelter support, Madre de Dios (NGO partner)', 2013, 250000, 140),
                           ('Prosecutor training, Lima and Cusco', 2014, 180000, 95),
                           ('Hotline 1818 outreach campaign', 2015, 95500, 60)]:
        rows.append([g, str(y), Mf(amt, 'us', y=y, r='a', cur='USD'), Cn(ben, 'beneficiary', y=y)])
    R.table([['Grant', 'Fiscal year', 'Amount awarded (US$)', 'Direct beneficiaries']], rows, ruled='none', widths=(7.4, 2.2, 3.6, 3.0),
            head_shade=None)
    body(R, ['We hope this information is useful.', 'Sincerely,'])
    R.sign('Thomas R. Whitfield', 'Director, INL Lima', None, align='l', firma=False, before=16)


def n032():
    R = new('n032', 'out_of_period', None, ['governance'], ('2020-01-01', '2020-12-31'),
            S('Universidad Nacional de Trujillo', 'UNT', 'other'),
            'OFICIO N° 0198-2021-VIN-UNT', [], '2021-04-22',
            'oficio, 2020 requested; ruled table of 2016-2017 research projects with money in cells "S/" and no role')
    R.header(['UNIVERSIDAD NACIONAL DE TRUJILLO', 'Vicerrectorado de Investigación'], align='c',
             logo=(logo_png('unt12', 'UNT', 'circle', (20, 40, 110)), 1.4))
    R.p('Trujillo, 22 de abril de 2021', align='r')
    R.p('OFICIO N° 0198-2021-VIN-UNT', bold=True)
    to(R, ['Señorita', 'Alessandra Maricielo Florián Castillo', 'Presente.'])
    body(R, ['En atención a su solicitud de información sobre los proyectos de investigación sobre trata de personas financiados por '
             'la Universidad **en el año 2020**, se informa que la Dirección de Gestión de la Investigación registra los siguientes '
             'proyectos, correspondientes a convocatorias anteriores:'])
    rows = [['Explotación laboral de adolescentes en la agroindustria de Virú', '2016', Mf(18000, 'us', pre='S/ ', y=2016, u='cell'),
             Cn(4, 'investigador', y=2016)],
            ['Captación por redes sociales en estudiantes de Trujillo', '2017', Mf(22500, 'us', pre='S/ ', y=2017, u='cell'),
             Cn(3, 'investigador', y=2017)]]
    R.table([['Proyecto', 'Convocatoria', 'Financiamiento', 'Investigadores']], rows, widths=(8.0, 2.4, 2.8, 2.6), head_shade='F2F2F2')
    body(R, ['Atentamente,'])
    R.sign('Dr. César Augusto Lescano Vega', 'Vicerrector de Investigación')


def n033():
    R = new('n033', 'out_of_period', None, ['governance', 'prevention'], ('2017-01-01', '2017-12-31'),
            S('Ministerio de Energía y Minas', 'MINEM', 'ministry'),
            'OFICIO N° 0344-2022-MINEM/OGGS', ['Informe N° 0051-2022-MINEM/OGGS/ODI'], '2022-05-06',
            'oficio, 2017 requested; figures for 2020 and 2021 in prose, "mil" amounts')
    letter(R, ['MINISTERIO DE ENERGÍA Y MINAS', 'Oficina General de Gestión Social'], 2022, 'San Borja, 06 de mayo de 2022',
           'OFICIO N° 0344-2022-MINEM/OGGS', ['Señor', 'Eduardo Franco Huarcaya Lévano', 'Presente.-'],
           [('Asunto', ': Acciones contra la trata de personas en zonas de minería en proceso de formalización'),
            ('Referencia', ': Informe N° 0051-2022-MINEM/OGGS/ODI')])
    body(R, ['Es grato dirigirme a usted en atención a su solicitud sobre las acciones del sector energía y minas frente a la trata de '
             'personas en los corredores mineros **durante el año 2017**. La Oficina de Diálogo informa que el sector se incorporó a '
             'las mesas regionales recién a partir del año 2020, por lo que se detalla lo actuado desde entonces:',
             'En 2020 se participó en %s sesiones de la Mesa Regional de Madre de Dios y se elaboró un protocolo de derivación de casos '
             'para mineros en proceso de formalización. En 2021 se realizaron %s jornadas informativas en La Pampa, Huepetuhe y '
             'Laberinto, que alcanzaron a %s mineros, con una inversión de S/ 120 mil asignados en el POI de la Oficina, de los que se '
             'ejecutaron %s.' % (Cn(6, 'sesión', y=2020), Cn(9, 'jornada', y=2021), Cn(740, 'minero', y=2021),
                                 M('S/ 104,6 mil', 104600.0, y=2021, r='e')),
             'Atentamente,'])
    R.sign('Abog. Gisela Marleny Tupayachi Rojas', 'Directora General de la Oficina General de Gestión Social')


def n034():
    R = new('n034', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Puno', 'MPP', 'provincial_municipality'),
            'OFICIO N° 057-2022-MPP/GDS', [], '2022-03-15',
            'oficio, 2019 requested; ruled table for 2021 with counts and money in separate columns, unit "(S/)" in header')
    R.header(['MUNICIPALIDAD PROVINCIAL DE PUNO', 'Gerencia de Desarrollo Social'], align='c')
    lema(R, 2022)
    R.p('Puno, 15 de marzo del 2022', align='r')
    R.p('OFICIO N° 057-2022-MPP/GDS', bold=True)
    to(R, ['Señor', 'Rubén Darío Catacora Pino', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información, respecto de las acciones contra la trata '
             'de personas ejecutadas por esta comuna **durante el ejercicio 2019**. Al respecto, la Subgerencia de Bienestar Social '
             'informa que la documentación del año 2019 no obra en el archivo de la unidad, debido al cambio de gestión; en su lugar '
             'se remite lo ejecutado en el año 2021:'])
    R.table([['Actividad 2021', 'N° de eventos', 'Participantes', 'Gasto ejecutado (S/)']],
            [['Ferias informativas en la festividad de la Candelaria', Cn(3, 'feria', y=2021), Cn(860, 'participante', y=2021),
              Mf(6480, 'us', y=2021, r='e')],
             ['Talleres con juntas vecinales', Cn(12, 'taller', y=2021), Cn(415, 'participante', y=2021), Mf(3150.50, 'us', y=2021, r='e')],
             ['Sesiones de la Red Provincial', Cn(4, 'sesión', y=2021), Cn(58, 'participante', y=2021), Mf(0, 'us', y=2021, r='e')]],
            widths=(7.2, 2.4, 2.6, 3.2), head_shade='E7E6E6')
    body(R, ['Atentamente,'])
    R.sign('Lic. Fortunata Quispe Apaza', 'Gerente de Desarrollo Social')


def n035():
    R = new('n035', 'out_of_period', None, ['protection'], ('2020-01-01', '2020-06-30'),
            S('Municipalidad Metropolitana de Lima', 'MML', 'provincial_municipality'),
            'OFICIO N° 0412-2021-MML-GDS', [], '2021-02-26',
            'oficio, January-June 2020 requested; monthly table July-December 2020, horizontal rules only, caption with unit')
    letter(R, ['MUNICIPALIDAD METROPOLITANA DE LIMA', 'Gerencia de Desarrollo Social'], 2021, 'Lima, 26 de febrero de 2021',
           'OFICIO N° 0412-2021-MML-GDS', ['Señora', 'Maritza Elvira Cordero Soto', 'Presente.-'],
           [('ASUNTO', ': Niñas, niños y adolescentes en situación de calle atendidos por presunta explotación')])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, mediante la cual requiere el número '
             'de niñas, niños y adolescentes en situación de calle, con indicios de explotación, atendidos por el servicio municipal '
             'de educadores de calle **de enero a junio de 2020**.',
             'Al respecto, se informa que el servicio fue reactivado en el mes de julio de 2020, luego de la inmovilización social '
             'obligatoria, por lo que los registros disponibles son los siguientes:'])
    ctab(R, [['Mes', 'Abordados', 'Derivados a la UPE', 'Reinsertados en la escuela']],
         [('Julio', [42, 6, 3]), ('Agosto', [57, 9, 5]), ('Setiembre', [63, 7, 8]), ('Octubre', [71, 11, 6]), ('Noviembre', [66, 8, 9]),
          ('Diciembre', [74, 12, 4])], 'niña, niño o adolescente', year=2020, ruled='hlines', unit='caption', head_shade=None,
         caption='Atenciones del servicio de educadores de calle, julio-diciembre 2020 (N° de niñas, niños y adolescentes)',
         widths=(3.2, 3.0, 3.6, 4.0))
    R.p('Atentamente,')
    R.sign('Lic. Gonzalo Martín Vidal Astete', 'Gerente de Desarrollo Social')


def n036():
    import openpyxl
    from openpyxl.styles import Font
    R = new('n036', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Apurímac', 'GRAP', 'regional_government'),
            'INFORME N° 012-2023-GRAP/09/GRDS-SGPS', [], '2023-02-06',
            'spreadsheet sent alone (XLSX rendered landscape): 2021 requested, programmed 2023 budget by product, unit "(miles de soles)" in the title',
            fmt='xlsx')
    ws = R.wb.active
    ws.title = 'PPTO 2023'
    xsetup(ws, landscape=True)
    ws['A1'] = 'GOBIERNO REGIONAL DE APURÍMAC – GERENCIA REGIONAL DE DESARROLLO SOCIAL'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'INFORME N° 012-2023-GRAP/09/GRDS-SGPS          Abancay, 06 de febrero de 2023'
    ws['A3'] = 'Solicitud: presupuesto ejecutado en acciones contra la trata de personas en el año 2021'
    ws['A4'] = 'PRESUPUESTO PROGRAMADO 2023 – PLAN REGIONAL CONTRA LA TRATA DE PERSONAS (en miles de soles)'
    ws['A4'].font = Font(bold=True)
    data = [('Gobernanza: Comisión Regional y sistema de información', 45.0, 'governance'),
            ('Prevención: campañas en instituciones educativas', 120.5, 'prevention'),
            ('Prevención: capacitación a docentes y líderes comunales', 64.2, 'prevention'),
            ('Atención: hogar de refugio temporal (operación)', 210.0, 'protection'),
            ('Atención: reintegración económica de víctimas', 38.8, 'protection')]
    rows = []
    for lab, v, _ in data:
        rows.append([lab, (v, '#,##0.0', 'money', {'y': 2023, 'r': 'a', 'scale': 1000, 'u': 'caption'}),
                     (round(v * 0.4, 1), '#,##0.0', 'money', {'y': 2023, 'r': 'a', 'scale': 1000, 'u': 'caption'})])
    rows.append(['TOTAL', (478.5, '#,##0.0', 'money', {'y': 2023, 'r': 'a', 'scale': 1000, 'u': 'caption'}),
                 (191.4, '#,##0.0', 'money', {'y': 2023, 'r': 'a', 'scale': 1000, 'u': 'caption'})])
    xtable(R, ws, 6, [['Producto / actividad', 'PIA 2023', 'Programado I semestre 2023']], rows, widths=(58, 14, 24), bold_last=True,
           unit='caption')
    ws['A14'] = 'Nota: no se cuenta con registros de ejecución del año 2021 para estas actividades.'
    ws['A15'] = 'Elaborado por: Subgerencia de Promoción Social'


def n037():
    R = new('n037', 'out_of_period', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Los Olivos', 'MDLO', 'district_municipality'),
            'OFICIO N° 033-2023-MDLO/GDS', ['Ordenanza N° 571-CDLO'], '2023-01-31',
            'oficio, 2022 requested; ruled table of targets 2023-2025 with wrapped header, meta physical units and budget per year')
    R.header(['MUNICIPALIDAD DISTRITAL DE LOS OLIVOS', 'Gerencia de Desarrollo Social'], align='r')
    lema(R, 2023)
    R.p('Los Olivos, 31 de enero de 2023', align='r')
    R.p('OFICIO N° 033-2023-MDLO/GDS', bold=True)
    to(R, ['Señor', 'Anthony Brayan Lozano Pichilingue', 'Presente.-'])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud de información respecto de las acciones municipales '
             'contra la trata de personas realizadas **en el periodo 2022**. Al respecto, se informa que mediante Ordenanza N° 571-CDLO '
             'se aprobó el Plan Local contra la Trata de Personas 2023-2025, cuyas metas son las siguientes:'])
    rows = []
    for lab, w, a, b, c in [('Charlas de prevención en colegios y mercados', 'charla', 24, 30, 36),
                            ('Capacitación a serenos y fiscalizadores', 'persona', 80, 80, 100),
                            ('Operativos de fiscalización a hospedajes con la PNP', 'operativo', 12, 12, 15)]:
        rows.append([lab, Cn(a, w, y=2023), Cn(b, w, y=2024), Cn(c, w, y=2025)])
    rows.append(['Presupuesto programado', Mf(35000, 'us', pre='S/ ', y=2023, r='a', u='cell'), Mf(38000, 'us', pre='S/ ', y=2024, r='a', u='cell'),
                 Mf(42500, 'us', pre='S/ ', y=2025, r='a', u='cell')])
    R.table([['Línea de acción', 'Metas del Plan Local', '', ''], ['', '2023', '2024', '2025']], rows,
            merges=((0, 0, 1, 0), (0, 1, 0, 3)), widths=(7.6, 2.6, 2.6, 2.6), head_shade='FFF2CC',
            colnames=[None, 'Metas del Plan Local 2023', 'Metas del Plan Local 2024', 'Metas del Plan Local 2025'])
    body(R, ['En el año 2022 la Gerencia estuvo abocada a la formulación del referido Plan.', 'Atentamente,'])
    R.sign('Abog. Rosa Elvira Chumpitaz Lévano', 'Gerente de Desarrollo Social')


def n038():
    R = new('n038', 'out_of_period', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Policía Nacional del Perú - Comisaría PNP Mazuko', 'PNP', 'police'),
            'OFICIO N° 021-2022-REGPOL-MDD/DIVPOL-PM-CPNP-MAZUKO', [], '2022-01-25',
            'oficio, 2021 requested; counts for 2019 and 2020 in sentences; cites another unit\'s report number')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'COMISARÍA PNP MAZUKO'], align='l', size=8)
    lema(R, 2022)
    R.p('Mazuko, 25 de enero de 2022', align='r')
    R.p('OFICIO N° 021-2022-REGPOL-MDD/DIVPOL-PM-CPNP-MAZUKO', bold=True)
    to(R, ['Señor', 'Jefe de la División Policial Puerto Maldonado', 'Presente.'])
    body(R, ['Tengo el honor de dirigirme a usted, con relación a la solicitud de información formulada por la ciudadana Ingrid '
             'Mabel Ccori Huamán sobre intervenciones por trata de personas en la jurisdicción **durante el año 2021**.',
             'Al respecto, se informa que el Libro de Registro de Denuncias del año 2021 fue remitido a la DIVPOL para su custodia, '
             'por lo que esta Comisaría solo cuenta con la información de años anteriores: en 2019 se registraron %s denuncias y se '
             'realizaron %s intervenciones en campamentos mineros, con %s víctimas rescatadas; en 2020 se registraron %s denuncias y '
             '%s intervenciones, con %s víctimas rescatadas, según el Informe N° 004-2021-REGPOL-MDD/CPNP-MAZUKO.'
             % (Cn(11, 'denuncia', y=2019), Cn(7, 'intervención', y=2019), Cn(23, 'víctima', y=2019),
                Cn(5, 'denuncia', y=2020), Cn(3, 'intervención', y=2020), Cn(8, 'víctima', y=2020)),
             'Es cuanto informo a usted para los fines del caso.'])
    R.sign('Mayor PNP Edgar Wilfredo Challco Suárez', 'Comisario PNP Mazuko')
    R.gold['cited_references'] = ['Informe N° 004-2021-REGPOL-MDD/CPNP-MAZUKO']


def n039():
    R = new('n039', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2018-01-01', '2019-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'OFICIO N° 185-2022-GRA/GR-GG-GRDS', ['Ordenanza Regional N° 008-2022-GRA/CR'], '2022-06-08',
            'oficio, restates 2018-2019, then a ruled table of the regional plan 2022-2026 budget by axis and year, caption in thousands',
            notes='Table amounts are in thousands of soles (caption).')
    letter(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'], 2022, 'Ayacucho, 08 de junio de 2022',
           'OFICIO N° 185-2022-GRA/GR-GG-GRDS', ['Señora', 'Yolanda Gladys Huamaní Cárdenas', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de información sobre trata de personas, periodo 2018-2019')])
    body(R, ['Me dirijo a usted en atención a su solicitud, mediante la cual requiere información sobre las actividades desarrolladas '
             'por el Gobierno Regional frente a la trata de personas **en los años 2018 y 2019**.',
             'Sobre el particular, se hace de su conocimiento que mediante Ordenanza Regional N° 008-2022-GRA/CR se aprobó el Plan '
             'Regional contra la Trata de Personas 2022-2026, que prevé el siguiente financiamiento:'])
    rows = []
    for lab, vals in [('Eje 1: Gobernanza', [60, 65, 70, 70]), ('Eje 2: Prevención', [140, 150, 160, 165]),
                      ('Eje 3: Atención y reintegración', [95, 120, 130, 130])]:
        rows.append([lab] + [Mf(v, 'us', 0, scale=1000, y=y, r='a', u='caption') for v, y in zip(vals, (2023, 2024, 2025, 2026))])
    rows.append(['Total'] + [Mf(v, 'us', 0, scale=1000, y=y, r='a', u='caption') for v, y in zip((295, 335, 360, 365), (2023, 2024, 2025, 2026))])
    R.table([['Eje del Plan Regional', '2023', '2024', '2025', '2026']], rows, widths=(6.4, 2.2, 2.2, 2.2, 2.2), bold_rows=(3,),
            caption='Presupuesto programado del Plan Regional (en miles de soles)', head_shade='D9D2E9')
    body(R, ['En los años 2018 y 2019 no se contaba con un instrumento regional de planificación en la materia.', 'Atentamente,'])
    R.sign('Lic. Efraín Ccente Yupanqui', 'Gerente Regional de Desarrollo Social')


def n040():
    R = new('n040', 'out_of_period', None, ['prevention', 'prosecution'], ('2021-01-01', '2021-12-31'),
            S('United Nations Office on Drugs and Crime - Liaison and Partnership Office in Peru', 'UNODC', 'foreign'),
            'UNODC/LPOPE/2022/031', [], '2022-02-18',
            'English letter, 2021 requested; bullet list of 2018-2019 project results with USD amounts', lang='en')
    R.header(['UNITED NATIONS OFFICE ON DRUGS AND CRIME', 'Liaison and Partnership Office in Peru'], align='l')
    R.p('Lima, 18 February 2022', align='r', before=4)
    R.p('UNODC/LPOPE/2022/031', bold=True)
    to(R, ['Ms. Lucía Fernanda Arbulú Torres', 'Lima'])
    body(R, ['Dear Ms. Arbulú,',
             'With reference to your request for information on UNODC support to Peruvian authorities against trafficking in persons '
             '**in 2021**, please note that our last completed project in this area was implemented in 2018-2019. Its main results were:'])
    R.bullets(['%s prosecutors and police officers trained in financial investigation of trafficking cases (2018);' % Cn(312, 'officer', y=2018),
               '%s joint case analysis workshops with the specialized prosecutor\'s offices (2019);' % Cn(14, 'workshop', y=2019),
               'an awareness campaign that reached an estimated %s young people in Lima, Cusco and Puno (2019);' % Cn(48000, 'young person', y=2019),
               'total project expenditure of %s, of a budget of %s.' % (Mf(412300, 'us', pre='USD ', r='e', cur='USD'),
                                                                         Mf(450000, 'us', pre='USD ', r='a', cur='USD'))])
    body(R, ['A new project is under negotiation with the donor.', 'Yours sincerely,'])
    R.sign('Andrea K. Lindqvist', 'Head of Office', None, align='l', firma=False, before=14)


def n041():
    R = new('n041', 'missing', 'no_information', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Pachacámac', 'MDP', 'district_municipality'),
            'CARTA N° 019-2022-SG/MDP', ['Informe N° 007-2022-SGEC-GDS/MDP'], '2022-01-28',
            'carta, "no obra información" after search of records')
    R.header(['MUNICIPALIDAD DISTRITAL DE PACHACÁMAC', 'Secretaría General'], align='c')
    lema(R, 2022)
    R.p('Pachacámac, 28 de enero de 2022', align='r')
    R.p('CARTA N° 019-2022-SG/MDP', bold=True)
    to(R, ['Señor', 'Diego Armando Sotelo Huapaya', 'Presente.-'])
    body(R, ['Me dirijo a usted con relación a su solicitud de acceso a la información pública, mediante la cual requiere información '
             'sobre las campañas y charlas de prevención de la trata de personas realizadas por esta Municipalidad **en el año 2021**.',
             'Al respecto, mediante Informe N° 007-2022-SGEC-GDS/MDP, la Subgerencia de Educación y Cultura comunica que, efectuada la '
             'búsqueda en su acervo documentario, no obra información relacionada con lo solicitado.',
             'En consecuencia, conforme al artículo 13 del TUO de la Ley N° 27806, la entidad no se encuentra obligada a crear o producir '
             'información con la que no cuente.', 'Atentamente,'])
    R.sign('Abog. Silvia Roxana Manrique Aliaga', 'Secretaria General')


def n042():
    R = new('n042', 'missing', 'no_information', ['governance'], ('2019-01-01', '2020-12-31'),
            S('Ministerio de Vivienda, Construcción y Saneamiento', 'MVCS', 'ministry'),
            'OFICIO N° 00233-2021-VIVIENDA/OGPP', [], '2021-03-09',
            'oficio, states no budget records for the matter; no figures')
    letter(R, ['MINISTERIO DE VIVIENDA, CONSTRUCCIÓN Y SANEAMIENTO', 'Oficina General de Planeamiento y Presupuesto'], 2021,
           'Lima, 09 de marzo de 2021', 'OFICIO N° 00233-2021-VIVIENDA/OGPP', ['Señora', 'Maribel Roxana Anccasi Torres', 'Presente.-'],
           [('Asunto', ': Presupuesto para acciones contra la trata de personas 2019-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud sobre el presupuesto asignado y ejecutado por el '
             'Ministerio en acciones contra la trata de personas **en los años fiscales 2019 y 2020**.',
             'Al respecto, la Oficina de Presupuesto ha verificado en el SIAF-SP y en el Plan Operativo Institucional que no existen '
             'metas, actividades ni registros de gasto vinculados a la materia, por lo que no se cuenta con la información requerida.',
             'Atentamente,'])
    R.sign('Econ. Juan Pablo Arroyo Mesías', 'Director General de la Oficina General de Planeamiento y Presupuesto')


def n043():
    R = new('n043', 'missing', 'no_information', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Moquegua', 'GRM', 'regional_government'),
            'CARTA N° 014-2023-GRM/GRDS', [], '2023-01-24',
            'carta, the office in charge reports no records; no figures')
    R.header(['GOBIERNO REGIONAL DE MOQUEGUA', 'Gerencia Regional de Desarrollo Social'], align='l',
             logo=(logo_png('grm12', 'GRM', 'square', (0, 100, 60)), 1.2))
    lema(R, 2023)
    R.p('Moquegua, 24 de enero de 2023', align='r')
    R.p('CARTA N° 014-2023-GRM/GRDS', bold=True)
    to(R, ['Señor', 'Franco Aldair Cutipa Ramos', 'Presente.'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, en la que requiere el número de '
             'víctimas de trata de personas atendidas en hogares de refugio temporal y beneficiarias de planes de reintegración '
             'financiados por el Gobierno Regional **durante el año 2022**.',
             'Sobre el particular, el área usuaria informa que no cuenta con registros sobre la materia, dado que la región no dispone '
             'de hogar de refugio temporal ni de un programa de reintegración.', 'Atentamente,'])
    R.sign('Lic. Mariela Janet Zeballos Coayla', 'Gerente Regional de Desarrollo Social')


def n044():
    R = new('n044', 'missing', 'not_competent_referred', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Desarrollo Agrario y Riego', 'MIDAGRI', 'ministry'),
            'OFICIO N° 0118-2023-MIDAGRI-SG/OACID', ['OFICIO N° 0117-2023-MIDAGRI-SG/OACID'], '2023-02-02',
            'oficio, not competent, forwarded to MININTER (forwarding letter cited)')
    letter(R, ['MINISTERIO DE DESARROLLO AGRARIO Y RIEGO', 'Secretaría General',
               'Oficina de Atención a la Ciudadanía y Gestión Documental'], 2023, 'Lima, 02 de febrero de 2023',
           'OFICIO N° 0118-2023-MIDAGRI-SG/OACID', ['Señor', 'Matías Ezequiel Palomino Rivas', 'Presente.-'],
           [('Asunto', ': Encauzamiento de solicitud de acceso a la información pública')])
    body(R, ['Me dirijo a usted en atención a su solicitud, mediante la cual requiere el número de denuncias y operativos por trata de '
             'personas con fines de explotación laboral en predios agrícolas **durante el año 2022**.',
             'Al respecto, se le informa que la información solicitada no es generada ni se encuentra en posesión de este Ministerio, '
             'por lo que, en aplicación del literal b) del artículo 11 del TUO de la Ley N° 27806, su solicitud ha sido encauzada al '
             'Ministerio del Interior mediante OFICIO N° 0117-2023-MIDAGRI-SG/OACID, entidad a la que podrá efectuar el seguimiento.',
             'Atentamente,'])
    R.sign('Abog. Celia Milagros Ventura Ojeda', 'Jefa de la Oficina de Atención a la Ciudadanía y Gestión Documental')


def n045():
    R = new('n045', 'missing', 'not_competent_referred', ['prosecution'], ('2021-07-01', '2021-12-31'),
            S('Municipalidad Distrital de Surquillo', 'MDS', 'district_municipality'),
            'CARTA N° 071-2022-SG-MDS', [], '2022-01-18',
            'carta, not competent, says the request was derived to the police station and the prosecutor\'s office')
    R.header(['MUNICIPALIDAD DE SURQUILLO', 'Secretaría General – Transparencia'], align='c')
    lema(R, 2022)
    R.p('Surquillo, 18 de enero de 2022', align='r')
    R.p('CARTA N° 071-2022-SG-MDS', bold=True)
    to(R, ['Señora', 'Patricia Lorena Chávez Urbina', 'Presente.-'])
    body(R, ['Por la presente me dirijo a usted, con relación a su solicitud de información sobre las víctimas de trata de personas '
             'rescatadas en el distrito **durante el segundo semestre de 2021**.',
             'Al respecto, se le comunica que la Municipalidad no realiza rescates ni registra denuncias penales, funciones que '
             'corresponden a la Policía Nacional del Perú y al Ministerio Público. Por ello, su pedido ha sido derivado a la Comisaría '
             'PNP Surquillo y a la Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima, para su atención.',
             'Atentamente,'])
    R.sign('Abog. Marco Antonio Guevara Solís', 'Secretario General')
