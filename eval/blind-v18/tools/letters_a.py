"""blind-v18 letters u001-u015 (written from scratch for this set)."""
from lib import M, C, P, logo_png, para_border
from common import *


def u001():
    R = new('u001', 'answered', None, ['governance', 'prevention'], ('2019-01-01', '2021-12-31'),
            S('Gobierno Regional de Tumbes', None, 'regional_government'),
            'OFICIO N° 000412-2022-GOB.REG.TUMBES-GGR-GRDS',
            ['Expediente N° 2022-0001873', 'Resolución Gerencial Regional N° 045-2019-GOB.REG.TUMBES-GGR-GRDS'], '2022-03-18',
            'oficio with a coloured letterhead band; years as rows with count columns, two money columns (S/) and a percent in each cell; totals row',
            notes='A multi-year request (2019, 2020 and 2021) answered for every year. Years as rows: each figure gets the year of its row; the totals row has no year. The regional network is governance; talks and people reached are prevention; the budget of the network is governance.')
    band_header(R, ['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social',
                    'Secretaría Técnica de la Red Regional contra la Trata de Personas'], fill='0B5394',
                logo=(logo_png('grtumbes', 'GRT', 'shield', (11, 83, 148)), 1.8))
    R.footer('Av. La Marina s/n, Tumbes – Central telefónica (072) 52-6134 – www.regiontumbes.gob.pe')
    lema(R, 2022)
    R.p('Tumbes, 18 de marzo de 2022', align='r', after=8)
    R.p('OFICIO N° 000412-2022-GOB.REG.TUMBES-GGR-GRDS', bold=True, after=8)
    to(R, ['Señora', 'ROSA ELVIRA QUISPE MANRIQUE', 'Jr. Bolognesi 418, Tumbes'])
    kv(R, [('ASUNTO', ': Atención de solicitud de acceso a la información pública'),
           ('REF.', ': Expediente N° 2022-0001873 (07.03.2022)')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'ejecutadas por el Gobierno Regional de Tumbes en materia de trata de personas durante los años 2019, 2020 y 2021.',
             'Al respecto, esta Gerencia Regional, en su condición de Secretaría Técnica de la Red Regional contra la Trata de Personas '
             'y el Tráfico Ilícito de Migrantes de Tumbes, informa que el Plan de Trabajo de la Red fue aprobado mediante Resolución '
             'Gerencial Regional N° 045-2019-GOB.REG.TUMBES-GGR-GRDS y que su ejecución se resume en el cuadro siguiente:'])
    data = [(2019, 6, 14, 1236, 48600.00, 44150.00), (2020, 4, 9, 702, 52000.00, 31460.00), (2021, 7, 18, 1985, 61300.00, 58720.00)]
    head = [['Año', 'Sesiones de la Red Regional', 'Talleres de prevención', 'Personas sensibilizadas',
             'Presupuesto asignado (S/)', 'Presupuesto ejecutado (S/)', 'Ejecución']]
    rows, tot = [], [0, 0, 0, 0.0, 0.0]
    for y, s, t, p, a, e in data:
        for i, v in enumerate((s, t, p, a, e)):
            tot[i] += v
        rows.append([str(y), Cn(s, 'sesión', 'sp', y=y), Cn(t, 'taller', 'sp', y=y), Cn(p, 'persona', 'sp', y=y),
                     Mf(a, 'sp', y=y, r='a'), Mf(e, 'sp', y=y, r='e'), Psp(round(e / a * 100, 1), 1, 'eu', y=y, u='cell')])
    rows.append(['Total', Cn(tot[0], 'sesión', 'sp'), Cn(tot[1], 'taller', 'sp'), Cn(tot[2], 'persona', 'sp'),
                 Mf(tot[3], 'sp', r='a'), Mf(tot[4], 'sp', r='e'), Psp(round(tot[4] / tot[3] * 100, 1), 1, 'eu', u='cell')])
    R.table(head, rows, widths=(1.3, 2.1, 2.1, 2.8, 2.9, 2.9, 1.9), size=8.5, bold_rows=(3,),
            caption='Cuadro N° 1. Acciones de la Red Regional y presupuesto, 2019-2021', head_shade='CFE2F3')
    body(R, ['Asimismo, durante el año 2021 se conformaron %s mesas provinciales de trabajo (Tumbes, Zarumilla, '
             'Contralmirante Villar y la mesa fronteriza de Aguas Verdes), que reportan a la Red Regional.' % Cwz(4, 'mesa provincial', y=2021),
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('Lic. MARIELA PAZ OLIVARES CHUNGA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Tumbes', align='l')
    R.p('MPOCH/rvq  c.c.: Archivo', size=7, before=10)


def u002():
    R = new('u002', 'out_of_period', None, ['prevention', 'protection', 'prosecution'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Tacna', 'MPT', 'provincial_municipality'),
            'OFICIO N° 0112-2021-GDHS-SGDEM/MPT', ['Solicitud S/N de fecha 22 de febrero de 2021', 'Informe N° 041-2021-SGDEM-GDHS/MPT'],
            '2021-03-11',
            'oficio, letterhead with the logo on the left; reason in a numbered paragraph; years as columns (2017, 2018), one noun per row; money in the text',
            notes='The request asks for 2020. The letter explains that the paper files of 2019 and 2020 were wet by a water leak in the archive and are being dried and restored, and gives the 2017 and 2018 figures kept in digital form: out_of_period. It does not say that nothing was done in 2020.')
    left_header(R, (logo_png('mptacna', 'MPT', 'circle', (120, 20, 40)), 1.7),
                ['MUNICIPALIDAD PROVINCIAL DE TACNA', 'Gerencia de Desarrollo Humano y Social',
                 'Sub Gerencia de DEMUNA, Educación y Mujer'], right='"Tacna, ciudad heroica"')
    lema(R, 2021)
    R.p('Tacna, 11 de marzo del 2021', align='r', after=6)
    R.p('OFICIO N° 0112-2021-GDHS-SGDEM/MPT', bold=True, under=True, after=8)
    to(R, ['Señor:', 'Mg. JULIO CÉSAR ARANA VIZCARRA', 'Presente.-'])
    refline(R, [('Asunto:', 'Información sobre acciones frente a la trata de personas – año 2020'),
                ('Referencia:', 'a) Solicitud S/N de fecha 22 de febrero de 2021\nb) Informe N° 041-2021-SGDEM-GDHS/MPT')])
    R.p('De mi consideración:', after=6)
    numbered(R, ['En atención al documento de la referencia a), mediante el cual solicita información sobre las actividades de prevención, '
                 'atención y control desarrolladas por esta Municipalidad frente a la trata de personas durante el año 2020, le informo lo siguiente.',
                 'Conforme a lo señalado en el documento de la referencia b), las lluvias de febrero de 2021 ocasionaron filtraciones de agua en el '
                 'archivo periférico de la Gerencia, ubicado en el segundo piso del Mercado Central. Las cajas con la documentación física de los '
                 'años 2019 y 2020 resultaron humedecidas y se encuentran en proceso de secado y restauración a cargo del Archivo Central, por lo '
                 'que en este momento no es posible su revisión.',
                 'No obstante, a fin de atender su pedido en la medida de lo posible, se remite la información de los años 2017 y 2018, que se '
                 'conserva en formato digital en la Memoria Anual de la Gerencia:'])
    R.table([['Indicador', '2017', '2018']],
            yrows([('Charlas informativas en instituciones educativas', 'charla', [22, 31]),
                   ('Personas sensibilizadas', 'persona', [1840, 2615]),
                   ('Casos de presunta trata atendidos por la DEMUNA', 'caso', [5, 8]),
                   ('Operativos conjuntos con la PNP y la Fiscalía', 'operativo', [3, 6])], [2017, 2018], st='sp'),
            widths=(9.0, 2.5, 2.5), size=9, head_shade='F2DCDB')
    numbered(R, ['Para dichas actividades se asignaron %s en el año 2017 y %s en el año 2018, con cargo a recursos directamente recaudados.'
                 % (Mn(38250.00, 'sp', y=2017, r='a'), Mn(41900.00, 'sp', y=2018, r='a')),
                 'Una vez concluida la restauración de los archivos, la información de 2020 será puesta a su disposición, previa comunicación.'],
             start=4)
    R.p('Atentamente,', after=0, before=4)
    R.sign('Lic. NORMA ISABEL CUTIPA FLORES', 'Sub Gerente de DEMUNA, Educación y Mujer', align='c')


def u003():
    R = new('u003', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            'INFORME N° 089-2021-SGFC-GDU/MVES', ['Memorando N° 1204-2021-GDU/MVES'], '2021-11-22',
            'informe of a municipal inspection office addressed to its manager, numbered sections, one summary table and a budget line',
            notes='About land trafficking ("tráfico de terrenos"): squatting, land invasions and their "víctimas" (families sold lots that were not for sale). Not trafficking in persons: off_topic, no axes. The period is the one the informe states for its own subject (2021).')
    R.header(['MUNICIPALIDAD DE VILLA EL SALVADOR', 'Gerencia de Desarrollo Urbano – Subgerencia de Fiscalización y Control'], align='l')
    R.p('INFORME N° 089-2021-SGFC-GDU/MVES', bold=True, align='c', size=13, after=8)
    refline(R, [('A', ': Arq. CARLOS ENRIQUE VALDIVIA ROJAS\n  Gerente de Desarrollo Urbano'),
                ('DE', ': Ing. PATRICIA LUZ HUAMÁN SOTO\n  Subgerente de Fiscalización y Control'),
                ('ASUNTO', ': Acciones frente al tráfico de terrenos – año 2021'),
                ('REF.', ': Memorando N° 1204-2021-GDU/MVES'),
                ('FECHA', ': Villa El Salvador, 22 de noviembre de 2021')], tab=2.2, w2=13.8)
    R.p('_' * 80, size=7, after=6)
    R.p('I. ANTECEDENTES', bold=True, after=2)
    body(R, ['Mediante el documento de la referencia se solicita a esta Subgerencia informar sobre las acciones de control realizadas en el año '
             '2021 frente al tráfico de terrenos en el distrito, a fin de atender un pedido de información pública.'])
    R.p('II. ANÁLISIS', bold=True, after=2)
    body(R, ['Durante el periodo enero–octubre de 2021, en coordinación con la Comisaría de Villa El Salvador y la Procuraduría Pública '
             'Municipal, se ejecutaron las siguientes acciones contra la ocupación ilegal de áreas de aporte y zonas de reserva:'])
    R.table([['Acción', 'Enero–octubre 2021']],
            [['Operativos de recuperación de espacios públicos', Cn(18, 'operativo', y=2021)],
             ['Denuncias penales por usurpación agravada', Cn(11, 'denuncia', y=2021)],
             ['Lotes recuperados en la zona de Lomo de Corvina', Cn(37, 'lote', y=2021)],
             ['Familias víctimas de tráfico de terrenos orientadas', Cn(64, 'familia', y=2021)],
             ['Detenidos en flagrancia (traficantes de terrenos)', Cn(9, 'detenido', y=2021)]],
            widths=(11.0, 4.0), size=9.5)
    body(R, ['El presupuesto de la actividad "Control urbano y recuperación de espacios públicos" registra un PIM de %s, del cual se ha '
             'devengado %s al 31 de octubre.' % (Mn(186500.00, 'sp', y=2021, r='a'), Mn(171230.40, 'sp', y=2021, r='e'))])
    R.p('III. CONCLUSIÓN', bold=True, after=2)
    body(R, ['Se remite la información para su trámite correspondiente.'])
    R.sign('Ing. PATRICIA LUZ HUAMÁN SOTO', 'Subgerente de Fiscalización y Control', align='r', before=16)


def u004():
    R = new('u004', 'answered', None, ['prosecution', 'protection'], ('2022-07-01', '2022-09-30'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Loreto', 'FISTRAP Loreto', 'autonomous'),
            'OFICIO N° 0873-2022-MP-FN-FISTRAP-LORETO', ['Carta N° 019-2022-OBS', 'SGF N° 2022-0441'], '2022-10-21',
            'oficio of a specialised prosecutor\'s office, Times, months as columns with a quarter total column; counts in the text written as words with zero-padded digits in brackets',
            notes='Part-year request: the third quarter of 2022 (July-September). Every figure is of 2022. Rescues and prosecution counts are prosecution; referral to the child protection unit is protection.',
            font='Times New Roman', size=11.5)
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Loreto',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Loreto'],
             logo=(logo_png('mpfn', 'MP', 'circle', (30, 60, 110)), 1.5))
    lema(R, 2022)
    R.p('Iquitos, 21 OCT. 2022', align='r', after=6)
    R.p('OFICIO N° 0873-2022-MP-FN-FISTRAP-LORETO', bold=True, after=6)
    to(R, ['Señores', 'OBSERVATORIO CIUDADANO DE LA AMAZONÍA', 'Calle Próspero 655, Iquitos'])
    kv(R, [('Asunto', ': Remite información estadística del tercer trimestre 2022'),
           ('Ref.', ': Carta N° 019-2022-OBS (SGF N° 2022-0441)')])
    body(R, ['Tengo el agrado de dirigirme a ustedes, en atención al documento de la referencia, por el cual solicitan la información '
             'estadística de este Despacho correspondiente al periodo julio – setiembre de 2022. Al respecto, se remite lo siguiente:'])
    rows_ = [('Denuncias recibidas', 'denuncia', [9, 12, 7]),
             ('Carpetas fiscales en investigación preliminar', 'carpeta fiscal', [31, 36, 38]),
             ('Formalizaciones de investigación preparatoria', 'formalización', [2, 3, 2]),
             ('Requerimientos de acusación', 'requerimiento de acusación', [1, 0, 2]),
             ('Víctimas rescatadas – niñas, niños y adolescentes', 'víctima', [6, 4, 5]),
             ('Víctimas rescatadas – personas adultas', 'víctima', [3, 7, 2])]
    body_ = []
    for lab, w, vals in rows_:
        body_.append([lab] + [Cn(v, w, y=2022) for v in vals] + [Cn(sum(vals), w, y=2022)])
    R.table([['Concepto', 'Julio', 'Agosto', 'Setiembre', 'Total III trimestre']], body_,
            widths=(7.6, 1.8, 1.8, 2.0, 2.6), size=9.5, font='Times New Roman')
    body(R, ['Durante el trimestre se obtuvo %s sentencia condenatoria en proceso inmediato, y de las víctimas menores de edad rescatadas, %s '
             'fueron puestas a disposición de la Unidad de Protección Especial de Loreto para la aplicación de medidas de protección; las demás '
             'fueron entregadas a sus progenitores previa evaluación del equipo multidisciplinario.' % (Cwz(1, 'sentencia condenatoria', fem=True, y=2022), Cwz(9, 'víctima', y=2022)),
             'Es todo cuanto tengo que informar.'])
    R.p('Atentamente,', after=0)
    R.sign('CARLOS ALBERTO RÍOS PINEDO', 'Fiscal Provincial Titular', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Loreto')


def u005():
    R = new('u005', 'answered', None, ['protection', 'prevention', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Organización Internacional para las Migraciones', 'OIM', 'foreign'),
            'Our reference: IOM-PE/CT/2023/057', ['letter of 19 January 2023'], '2023-02-14',
            'letter in English of an international organisation; a nationality table with a count and its share in the same cell; a second table by type of assistance; USD and EUR in the text',
            lang='en', font='Calibri', size=11,
            notes='English reply to a request about calendar year 2022: answered. Each nationality cell holds two figures (count and share). Assistance counts are protection; awareness sessions prevention; support to regional networks governance. Amounts in USD and EUR.')
    R.header(['International Organization for Migration (IOM) – Organización Internacional para las Migraciones (OIM)',
              'Country Office for Peru · Counter-Trafficking Unit'], align='l', size=8.5)
    R.footer('Av. José Pardo 601, Miraflores, Lima – iomlima@iom.int', size=7)
    R.p('Lima, 14 February 2023', align='r', after=6)
    R.p('Our reference: IOM-PE/CT/2023/057', bold=True, after=8)
    to(R, ['Ms. Daniela Ferrero', 'Research Coordinator', 'Andean Migration Observatory'])
    R.p('Subject: Your request for information – counter-trafficking assistance, calendar year 2022', bold=True, after=8)
    body(R, ['Dear Ms. Ferrero,',
             'Thank you for your letter of 19 January 2023. Please find below the information requested on the direct assistance provided by '
             'IOM Peru to victims of trafficking in persons from 1 January to 31 December 2022.'],)
    R.p('Table 1. Victims assisted by nationality, 2022', bold=True, size=10, after=2)
    nat = [('Venezuelan', 168), ('Peruvian', 112), ('Colombian', 21), ('Other nationalities', 9)]
    tot = sum(v for _, v in nat)
    rows = [[n, CP(v, 'victim', round(v / tot * 100, 1), st='us', pst='%', y=2022)] for n, v in nat]
    rows.append(['Total', Cn(tot, 'victim', y=2022)])
    R.table([['Nationality', 'Victims assisted (share)']], rows, widths=(6.0, 5.0), size=10, bold_rows=(4,), align='l')
    R.p('Table 2. Services provided, 2022', bold=True, size=10, after=2)
    R.table([['Type of assistance', 'Cases']],
            [['Referral to a temporary shelter', Cn(74, 'case', y=2022)],
             ['Medical care', Cn(143, 'case', y=2022)],
             ['Psychological support', Cn(201, 'case', y=2022)],
             ['Legal counselling', Cn(96, 'case', y=2022)],
             ['Assisted return and reintegration', Cn(38, 'case', y=2022)]],
            widths=(8.0, 3.0), size=10, align='l')
    body(R, ['In the same year, IOM facilitated %s awareness sessions in schools of Tumbes and Tacna, reaching %s students, and provided '
             'technical support to %s regional networks against trafficking.' % (Cn(57, 'awareness session', y=2022), Cn(2140, 'student', y=2022),
                                                                               C('four', 4, 'regional network', y=2022)),
             'These activities were funded with a total budget of %s, including a contribution of %s from a European donor.'
             % (M('USD 412,600', 412600.0, y=2022, r='a', cur='USD'), M('EUR 95,000', 95000.0, y=2022, cur='EUR')),
             'Kind regards,'])
    R.p('', before=18)
    R.p('Hannah Lindqvist', bold=True, after=0)
    R.p('Programme Manager, Counter-Trafficking Unit', after=0)
    R.p('IOM Peru', after=0)


def u006():
    R = new('u006', 'missing', 'not_competent_referred', ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'autonomous'),
            'OFICIO N° 000873-2021/SGEN/RENIEC', ['Solicitud N° 2021-SAIP-004512', 'Oficio N° 000874-2021/SGEN/RENIEC'], '2021-07-02',
            'short oficio with a digital-signature box; says the matter is outside its functions and that the request was forwarded to the Ministry of the Interior',
            notes='Not competent; the request was forwarded ("se ha encausado") to the Dirección General de Seguridad Democrática of the Ministry of the Interior by a cited oficio: not_competent_referred. The axes are those of what was asked (complaints and operations: prosecution).')
    R.header(['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Secretaría General'], logo=(logo_png('reniec', 'RN', 'square', (160, 20, 30)), 1.4))
    lema(R, 2021)
    R.p('Lima, 02 de julio de 2021', align='l', after=4)
    R.p('OFICIO N° 000873-2021/SGEN/RENIEC', bold=True, after=8)
    to(R, ['Señor', 'ÁLVARO MENDOZA TELLO', 'Ciudad.-'])
    kv(R, [('Asunto', ': Solicitud de acceso a la información pública'), ('Referencia', ': Solicitud N° 2021-SAIP-004512')])
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere el número de denuncias por el delito de '
             'trata de personas y de operativos policiales realizados en el año 2020, desagregados por departamento.',
             'Sobre el particular, cabe precisar que el RENIEC es el organismo constitucionalmente autónomo encargado de la identificación de '
             'las personas y del registro de los hechos vitales y actos modificatorios del estado civil; la materia de su pedido no se '
             'encuentra comprendida en las funciones que le asigna su Ley Orgánica, por lo que esta entidad no genera ni posee dicha información.',
             'En tal sentido, en aplicación del literal b) del artículo 11 del Texto Único Ordenado de la Ley N° 27806, se ha encausado su '
             'solicitud a la Dirección General de Seguridad Democrática del Ministerio del Interior mediante el Oficio N° 000874-2021/SGEN/RENIEC, '
             'entidad a la que deberá dirigirse en lo sucesivo para el seguimiento de su pedido.',
             'Atentamente,'])
    dsig(R, 'Gustavo Adolfo Leiva Carranza', 'Secretario General (e)', 'RENIEC', when='02.07.2021 16:42:10 -05:00', fau='20295613620')


def u007():
    R = new('u007', 'answered', None, ['prosecution'], ('2018-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Tacna', 'CSJTA', 'autonomous'),
            'OFICIO N° 000145-2023-P-CSJTA-PJ', ['Expediente N° 2023-000318-SAIP', 'INFORME N° 000021-2023-CE-UPD-GAD-CSJTA-PJ'], '2023-04-05',
            'covering oficio (page 1) and a statistical informe (page 2): merged header over five year columns and a total column, wrapped row labels; one percent over the whole period in the text',
            notes='Five-year request (2018 to 2022) answered year by year. The total column and the share of convictions with child victims (over the five years) have no year. Court cases are prosecution.')
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE TACNA', 'Presidencia'], logo=(logo_png('pj', 'PJ', 'shield', (110, 20, 20)), 1.4))
    lema(R, 2023)
    R.p('Tacna, 05 de abril de 2023', align='r', after=6)
    R.p('OFICIO N° 000145-2023-P-CSJTA-PJ', bold=True, after=8)
    to(R, ['Señora', 'LUCÍA FERNANDA CHOQUE MAMANI', 'Presente.-'])
    kv(R, [('Asunto', ': Remite información estadística'), ('Referencia', ': Expediente N° 2023-000318-SAIP')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al expediente de la referencia, mediante el cual solicita información '
             'estadística de los procesos por el delito de trata de personas tramitados en este Distrito Judicial en los años 2018 al 2022.',
             'Al respecto, cumplo con remitir el INFORME N° 000021-2023-CE-UPD-GAD-CSJTA-PJ, elaborado por la Coordinación de Estadística '
             'de la Unidad de Planeamiento y Desarrollo, que contiene la información solicitada.',
             'Sin otro particular, quedo de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('Dr. EDGAR RUBÉN PALZA TICONA', 'Presidente', 'Corte Superior de Justicia de Tacna')
    R.pagebreak()
    R.p('INFORME N° 000021-2023-CE-UPD-GAD-CSJTA-PJ', bold=True, align='c', size=12, after=6)
    refline(R, [('PARA', ': Presidencia de la Corte Superior de Justicia de Tacna'),
                ('DE', ': Coordinación de Estadística – Unidad de Planeamiento y Desarrollo'),
                ('ASUNTO', ': Procesos por delito de trata de personas, 2018 – 2022'),
                ('FECHA', ': 31 de marzo de 2023')], tab=2.4, w2=13.6)
    body(R, ['Fuente: Sistema Integrado Judicial (SIJ) y Formulario Estadístico Electrónico (FEE). Se consideran los procesos por el delito '
             'previsto en el artículo 153 del Código Penal y sus formas agravadas.'], size=9.5)
    years = [2018, 2019, 2020, 2021, 2022]
    data = [('Expedientes ingresados en los juzgados de investigación preparatoria', 'expediente', [14, 19, 11, 17, 22]),
            ('Expedientes resueltos en el año', 'expediente', [9, 15, 8, 13, 18]),
            ('Sentencias condenatorias', 'sentencia condenatoria', [4, 6, 3, 5, 8]),
            ('Sentencias absolutorias', 'sentencia absolutoria', [1, 2, 1, 1, 2]),
            ('Sobreseimientos', 'sobreseimiento', [2, 3, 2, 4, 3]),
            ('Procesos en trámite al cierre del año', 'proceso', [12, 16, 19, 23, 27])]
    head = [['Concepto', 'Procesos por el delito de trata de personas', '', '', '', '', 'Total'],
            [''] + [str(y) for y in years] + ['']]
    rows = []
    for lab, w, vals in data:
        r = [lab] + [Cn(v, w, y=y) for v, y in zip(vals, years)]
        r.append(Cn(sum(vals), w) if lab != 'Procesos en trámite al cierre del año' else '–')
        rows.append(r)
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 5), (0, 6, 1, 6)), widths=(5.6, 1.6, 1.6, 1.6, 1.6, 1.6, 1.6), size=9)
    body(R, ['Del total de sentencias condenatorias del periodo, el %s corresponde a procesos con víctimas menores de edad.' % Psp(38.5, 1, 'eu')], size=10)
    R.p('Coordinación de Estadística', italic=True, align='r', size=9)


def u008():
    R = new('u008', 'out_of_period', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Educación de Ayacucho', 'DREA', 'regional_government'),
            'OFICIO N° 01245-2024-GRA/GG-GRDS-DREA-DGP', ['Solicitud de Acceso a la Información N° 0087-2024', 'Memorando N° 0321-2024-GRA/GG-GRDS-DREA-OADM-PER'],
            '2024-03-27',
            'oficio of a regional education directorate; two header rows with the years 2021 and 2022 merged over two columns each, one row per UGEL, a total row',
            notes='The request asks for 2023. The 2023 files are with the specialist whose contract ended in December 2023 without handing over her post (the personnel office has asked for the handover by a cited memorandum); the letter gives 2021 and 2022: out_of_period. Schools reached and teachers trained to prevent are prevention.')
    R.header(['GOBIERNO REGIONAL DE AYACUCHO', 'DIRECCIÓN REGIONAL DE EDUCACIÓN DE AYACUCHO', 'Dirección de Gestión Pedagógica'],
             logo=(logo_png('drea', 'DRE', 'square', (20, 90, 60)), 1.5))
    lema(R, 2024)
    R.p('Ayacucho, 27 de marzo de 2024', align='r', after=6)
    R.p('OFICIO N° 01245-2024-GRA/GG-GRDS-DREA-DGP', bold=True, after=8)
    to(R, ['Señorita', 'MILAGROS AYALA ROMERO', 'Jr. Lima 344, Huamanga'])
    kv(R, [('ASUNTO', ': Respuesta a solicitud de información'), ('REFERENCIA', ': Solicitud de Acceso a la Información N° 0087-2024')])
    body(R, ['Es grato dirigirme a usted para saludarla y, en atención a su solicitud, mediante la cual requiere información sobre las acciones '
             'de prevención de la trata de personas desarrolladas en las instituciones educativas de la región durante el año 2023, informarle lo siguiente:',
             'La documentación correspondiente al año 2023 (informes de las UGEL, fichas de monitoreo y listas de participantes) estuvo a cargo de '
             'la especialista de Tutoría y Orientación Educativa, cuyo contrato administrativo de servicios concluyó en diciembre de 2023 sin que '
             'se haya formalizado la entrega de cargo. La Oficina de Personal ha requerido dicha entrega mediante el Memorando N° 0321-2024-GRA/GG-GRDS-DREA-OADM-PER; '
             'en tanto ello ocurra, esta Dirección no tiene acceso a esos documentos.',
             'Sin perjuicio de lo anterior, se alcanza la información consolidada de los años 2021 y 2022 que obra en el acervo de esta Dirección:'])
    ug = [('UGEL Huamanga', 41, 163, 52, 208), ('UGEL Huanta', 18, 74, 25, 96), ('UGEL La Mar', 9, 37, 14, 51),
          ('UGEL Lucanas', 12, 40, 16, 63), ('UGEL Vilcas Huamán', 6, 21, 9, 30)]
    head = [['UGEL', '2021', '', '2022', ''], ['', 'II.EE. con sesiones de prevención', 'Docentes capacitados', 'II.EE. con sesiones de prevención', 'Docentes capacitados']]
    rows, tot = [], [0, 0, 0, 0]
    W_ = ['institución educativa', 'docente', 'institución educativa', 'docente']
    Y_ = [2021, 2021, 2022, 2022]
    for u, *v in ug:
        rows.append([u] + [Cn(x, W_[j], y=Y_[j]) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total regional'] + [Cn(x, W_[j], y=Y_[j]) for j, x in enumerate(tot)])
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(4.0, 3.0, 2.6, 3.0, 2.6), size=9, bold_rows=(5,))
    body(R, ['La información del año 2023 le será remitida una vez que se regularice la entrega de cargo antes mencionada.'])
    R.p('Atentamente,', after=0)
    R.sign('Mg. TEÓFILO HUAMANÍ QUISPE', 'Director de Gestión Pedagógica', 'DRE Ayacucho')


def u009():
    R = new('u009', 'missing', 'no_information', ['protection'], ('2021-01-01', '2021-12-31'),
            S('Red de Salud Coronel Portillo', None, 'regional_government'),
            'CARTA N° 036-2022-GRU-DIRESA-RSCP/DE', ['Solicitud de fecha 30 de agosto de 2022', 'Informe N° 112-2022-GRU-DIRESA-RSCP/OEI'], '2022-09-15',
            'carta of a health network of the regional health directorate; a count of facilities whose records were searched; no information on the period',
            notes='The health information system records diagnoses, not the condition of trafficking victim, so the network cannot say how many victims it cared for in 2021: no_information. The count of facilities searched is kept as a figure. Axes of what was asked: health care of victims (protection).')
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'DIRECCIÓN REGIONAL DE SALUD UCAYALI', 'RED DE SALUD CORONEL PORTILLO – Dirección Ejecutiva'],
             logo=(logo_png('diresau', 'RS', 'circle', (0, 110, 90)), 1.4))
    lema(R, 2022)
    R.p('Pucallpa, 15 de setiembre de 2022', align='r', after=6)
    R.p('CARTA N° 036-2022-GRU-DIRESA-RSCP/DE', bold=True, after=8)
    to(R, ['Señor', 'RENZO DÁVILA PINEDO', 'Av. Centenario 1120, Pucallpa'])
    kv(R, [('Asunto', ': Atención a solicitud de acceso a la información pública'), ('Referencia', ': Solicitud de fecha 30 de agosto de 2022')])
    body(R, ['Me dirijo a usted con relación a su solicitud, por la cual requiere el número de víctimas de trata de personas atendidas en los '
             'establecimientos de salud de esta Red durante el año 2021, según tipo de atención.',
             'Al respecto, la Oficina de Estadística e Informática, mediante el Informe N° 112-2022-GRU-DIRESA-RSCP/OEI, señala que el Sistema de '
             'Información HIS registra las atenciones según el diagnóstico codificado con la Clasificación Internacional de Enfermedades; dicho '
             'sistema no cuenta con una variable ni código que identifique la condición de víctima de trata de la persona atendida.',
             'Se revisaron los registros de los %s establecimientos de salud de la jurisdicción sin que sea posible identificar las atenciones '
             'que usted solicita. En consecuencia, esta Red no cuenta con la información requerida y, conforme al artículo 13 del Texto Único '
             'Ordenado de la Ley N° 27806, no está obligada a crearla.' % Cn(14, 'establecimiento de salud'),
             'Atentamente,'])
    R.sign('M.C. JORGE LUIS PANDURO RENGIFO', 'Director Ejecutivo', 'Red de Salud Coronel Portillo', align='l')


def u010():
    R = new('u010', 'answered', None, ['prevention', 'governance', 'prosecution'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0318-2022-MTPE/2/15', ['Solicitud con Registro N° 0041827-2022', 'Informe N° 0067-2022-MTPE/2/15.1'], '2022-06-09',
            'oficio with a table whose nouns are in a "Unidad de medida" column, one column per fiscal year; money in the text written "S/ 3,4 millones"; dot-grouped counts',
            notes='Two fiscal years (2020 and 2021) asked and answered. The counted noun of each table row is in the "Unidad de medida" column. Budget in millions with the sign ("S/ 2,9 millones"); executed shares as percents. Alerts sent to the labour inspectorate are prosecution; the national commission against forced labour is governance.')
    R.header(['PERÚ – Ministerio de Trabajo y Promoción del Empleo', 'Viceministerio de Promoción del Empleo y Capacitación Laboral',
              'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], align='l', size=8)
    lema(R, 2022)
    R.p('Miraflores, 09 de junio de 2022', align='r', after=6)
    R.p('OFICIO N° 0318-2022-MTPE/2/15', bold=True, after=8)
    to(R, ['Señora', 'VALERIA SOTO ARÉVALO', 'Coordinadora del Área de Investigación', 'Asociación Trabajo Digno'])
    kv(R, [('Asunto', ': Información sobre acciones contra el trabajo forzoso y la trata con fines de explotación laboral'),
           ('Referencia', ': Solicitud con Registro N° 0041827-2022')])
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, por el cual solicita información sobre las acciones '
             'realizadas por esta Dirección General durante los ejercicios fiscales 2020 y 2021 en materia de prevención del trabajo forzoso '
             'y de la trata de personas con fines de explotación laboral.',
             'Sobre el particular, de acuerdo con el Informe N° 0067-2022-MTPE/2/15.1, se detallan las actividades ejecutadas:'])
    acts = [('Talleres de sensibilización sobre trabajo forzoso', 'Taller', 'taller', [14, 22]),
            ('Servidores públicos capacitados', 'Persona', 'persona', [310, 486]),
            ('Asistencias técnicas a gobiernos regionales', 'Asistencia técnica', 'asistencia técnica', [6, 9]),
            ('Sesiones de la Comisión Nacional para la Lucha contra el Trabajo Forzoso', 'Sesión', 'sesión', [5, 7]),
            ('Materiales de difusión distribuidos', 'Ejemplar', 'ejemplar', [2500, 4800])]
    rows = []
    for lab, um, w, vals in acts:
        rows.append([lab, um] + [Cn(v, w, 'eu', y=y) for v, y in zip(vals, (2020, 2021))])
    R.table([['Actividad', 'Unidad de medida', '2020', '2021']], rows, widths=(8.4, 3.2, 2.0, 2.0), size=9)
    body(R, ['El presupuesto asignado a la actividad "Promoción y protección de los derechos fundamentales laborales" fue de %s en el año 2020, '
             'del cual se ejecutó el %s; en el año 2021 se asignaron %s, con una ejecución del %s.'
             % (Mpmill(2.9, y=2020, r='a'), Pf(88.3, 1, 'eu', y=2020), Mpmill(3.4, y=2021, r='a'), Pf(91.6, 1, 'eu', y=2021)),
             'Asimismo, en el marco del protocolo intersectorial, se remitieron a la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL) '
             '%s alertas sobre presuntos casos de trabajo forzoso en 2020 y %s en 2021, para las acciones de inspección correspondientes.'
             % (Cn(11, 'alerta', y=2020), Cn(17, 'alerta', y=2021)),
             'Hago propicia la oportunidad para expresarle las muestras de mi consideración.'])
    dsig(R, 'Mónica Giuliana Vera Salas', 'Directora General de Derechos Fundamentales y Seguridad y Salud en el Trabajo', when='2022/06/09 11:20',
         fau='20131023414')


def u011():
    R = new('u011', 'out_of_period', None, ['protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 188-2024-MIMP/PNY-DE', ['Solicitud N° 0029-2024-TAIP', 'Oficio N° 045-2024-MIMP/PNY-DE'], '2024-02-20',
            'oficio of a national programme of the ministry; an indicator table with a 2023 result column and a 2024 target column',
            notes='The request asks for 2022. The programme says the street-children service was run by another operator until March 2023 and that the 2022 user records are held there (asked for by a cited oficio); it gives the 2023 results and the 2024 targets: out_of_period (later year plus plans). Recorded as MIMP (the programme belongs to it). Targets get the year they are programmed for.')
    R.header(['Ministerio de la Mujer y Poblaciones Vulnerables', 'Programa Nacional para la Niñez y la Adolescencia en Situación de Calle – YACHAY',
              'Dirección Ejecutiva'], align='l', logo=(logo_png('mimp', 'MIMP', 'square', (140, 20, 90)), 2.0))
    lema(R, 2024)
    R.p('Lima, 20 de febrero de 2024', after=6)
    R.p('OFICIO N° 188-2024-MIMP/PNY-DE', bold=True, after=8)
    to(R, ['Señor', 'FERNANDO ALBÚJAR CASTRO', 'Presente'])
    kv(R, [('Asunto', ': Atención a la Solicitud N° 0029-2024-TAIP'),
           ('Sumilla', ': Niñas, niños y adolescentes en situación de calle en riesgo de trata – año 2022')])
    body(R, ['Me dirijo a usted en atención a la solicitud del asunto, mediante la cual requiere el número de niñas, niños y adolescentes en '
             'situación de calle identificados en riesgo de trata o explotación y atendidos por el Programa durante el año 2022.',
             'Al respecto, hasta marzo de 2023 el servicio de educadores de calle en Lima Metropolitana fue operado por el Programa Integral Nacional '
             'para el Bienestar Familiar (INABIF), entidad que conserva el registro de usuarios de 2022; dicho registro ha sido solicitado mediante '
             'el Oficio N° 045-2024-MIMP/PNY-DE y aún no ha sido recibido por este Programa.',
             'En tanto ello ocurra, se informan los resultados del año 2023 y las metas programadas para el año 2024:'])
    R.table([['Indicador', 'Resultado 2023', 'Meta 2024']],
            [['NNA en situación de calle identificados en riesgo de trata o explotación', Cn(1318, 'niña, niño y adolescente', 'sp', y=2023), Cn(1500, 'niña, niño y adolescente', 'sp', y=2024)],
             ['NNA con plan de intervención individual', Cn(842, 'niña, niño y adolescente', 'sp', y=2023), Cn(1000, 'niña, niño y adolescente', 'sp', y=2024)],
             ['Casos derivados a las Unidades de Protección Especial', Cn(127, 'caso', 'sp', y=2023), Cn(140, 'caso', 'sp', y=2024)],
             ['Familias participantes en sesiones de prevención', Cn(603, 'familia', 'sp', y=2023), Cn(750, 'familia', 'sp', y=2024)]],
            widths=(9.5, 3.0, 3.0), size=9.5)
    body(R, ['Una vez que se reciba el registro de 2022, se le remitirá la información correspondiente.', 'Atentamente,'])
    dsig(R, 'Ana Cecilia Mallqui Reyes', 'Directora Ejecutiva', 'Programa Nacional Yachay', when='20/02/2024 09:14:55', fau='20336951527')


def u012():
    R = new('u012', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'),
            'CARTA N° 058-2020-MPH/SG', ['Expediente N° 12877-2020'], '2020-09-10',
            'carta of the general secretariat: the information is ready and will be handed over after paying the copying cost; a count of sheets and two small amounts',
            notes='No information is given: the municipality says the answer (42 sheets) is ready and will be delivered once the copying cost is paid. Recorded as acknowledgment. The count of sheets and the two amounts (cost per sheet and total, no role) are kept as figures.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUAMANGA', 'Secretaría General – Área de Transparencia y Acceso a la Información'],
             logo=(logo_png('mph', 'MPH', 'shield', (150, 30, 30)), 1.5))
    lema(R, 2020, dec=True)
    R.p('Ayacucho, 10 de setiembre de 2020', align='r', after=6)
    R.p('CARTA N° 058-2020-MPH/SG', bold=True, under=True, after=8)
    to(R, ['Señora:', 'GLADYS PALOMINO CCORAHUA', 'Jr. 28 de Julio 262 – Ayacucho'])
    kv(R, [('ASUNTO', ': Liquidación del costo de reproducción'), ('REFERENCIA', ': Expediente N° 12877-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al expediente de la referencia, mediante el cual solicita información sobre las '
             'acciones de prevención de la trata de personas y de atención a sus víctimas realizadas por esta Municipalidad durante el año 2019.',
             'Al respecto, le comunico que la unidad orgánica poseedora ha remitido la información solicitada, la cual consta de %s folios. '
             'De conformidad con el Texto Único de Procedimientos Administrativos de la entidad, el costo de reproducción es de %s por folio, '
             'por lo que el monto total a cancelar asciende a %s.' % (Cwz(42, 'folio', pad=2), Mn(0.10, 'eu'), Mn(4.20, 'eu')),
             'El pago deberá efectuarse en la Caja de la Municipalidad (Portal Municipal N° 44) y, una vez presentado el comprobante, la '
             'información le será entregada en la Mesa de Partes. De no efectuarse el pago en el plazo de treinta días calendario, se procederá '
             'al archivo del expediente.',
             'Atentamente,'])
    R.sign('Abog. RAÚL ERNESTO GAMBOA TINCO', 'Secretario General', align='l', before=20)


def u013():
    R = new('u013', 'answered', None, ['prosecution', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Región Policial Cusco', 'REGPOL Cusco', 'police'),
            'OFICIO N° 214-2020-REGPOL-CUS/DIVINCRI-DEPINTRAP-SEC.', ['Solicitud S/N del 31ENE2020'], '2020-02-17',
            'police oficio: one row per province, a merged header "Personas rescatadas" over women and men, a column of minors among them, totals row; rank and CIP in the signature',
            notes='Operations, rescues and arrests of 2019 by province: prosecution; the minors handed to the child protection unit (UPE) are protection. The sentence repeats the total of minors (23) from the table: two figures.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL CUSCO', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL', 'DEPARTAMENTO DE INVESTIGACIÓN DE TRATA DE PERSONAS'],
             logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.4))
    lema(R, 2020)
    R.p('Cusco, 17 de febrero del 2020', align='r', after=6)
    R.p('OFICIO N° 214-2020-REGPOL-CUS/DIVINCRI-DEPINTRAP-SEC.', bold=True, after=6)
    to(R, ['Señor', 'Lic. HERNÁN CONDORI HUAMÁN', 'Coordinador de la Asociación Wayra'])
    kv(R, [('ASUNTO', ': Remite información solicitada'), ('REF.', ': Solicitud S/N del 31ENE2020')])
    body(R, ['Tengo el honor de dirigirme a Ud., con relación al documento de la referencia, a fin de remitirle la información de los operativos '
             'contra la trata de personas ejecutados por esta Región Policial en el año 2019, según provincia:'])
    prov = [('Cusco', 14, 22, 6, 9, 11), ('La Convención', 9, 17, 2, 7, 6), ('Quispicanchi', 6, 13, 1, 4, 3),
            ('Canchis', 4, 5, 0, 2, 2), ('Urubamba', 3, 4, 1, 1, 2), ('Espinar', 2, 3, 0, 0, 1)]
    head = [['Provincia', 'Operativos', 'Personas rescatadas', '', 'Menores de edad entre los rescatados', 'Detenidos'],
            ['', '', 'Mujeres', 'Hombres', '', '']]
    W_ = ['operativo', 'persona rescatada', 'persona rescatada', 'menor de edad', 'detenido']
    rows, tot = [], [0] * 5
    for p_, *v in prov:
        rows.append([p_] + [Cn(x, W_[j], y=2019) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['TOTAL'] + [Cn(x, W_[j], y=2019) for j, x in enumerate(tot)])
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)),
           widths=(3.4, 2.2, 2.1, 2.1, 3.6, 2.2), size=9, bold_rows=(6,))
    body(R, ['Los %s menores de edad rescatados fueron puestos a disposición de la Unidad de Protección Especial (UPE) Cusco y de la Fiscalía '
             'Provincial de Familia de turno, conforme al protocolo vigente.' % Cn(23, 'menor de edad', y=2019),
             'Es cuanto informo a usted para los fines que estime conveniente.'])
    R.p('Dios guarde a Ud.', align='c', after=0)
    R.sign('CRNL. PNP LUIS ALBERTO PACHECO VARGAS', 'CIP N° 30187452', 'Jefe de la División de Investigación Criminal – REGPOL Cusco', align='c', before=20)


def u014():
    R = new('u014', 'missing', 'denied_exception', ['prosecution'], ('2017-01-01', '2021-12-31'),
            S('Superintendencia de Banca, Seguros y AFP', 'SBS', 'autonomous'),
            'OFICIO N° 05218-2022-SBS', ['Solicitud de Acceso a la Información Pública N° 0192-2022'], '2022-05-06',
            'oficio of the banking superintendency (financial intelligence unit): access denied under the secrecy of financial intelligence',
            notes='Denied: the number of suspicious-transaction reports linked to trafficking and the amounts involved are covered by the legal secrecy of the financial intelligence unit (an exception of the transparency law). No figure. Axes of what was asked: financial investigation of the crime (prosecution).')
    R.header(['SUPERINTENDENCIA DE BANCA, SEGUROS Y AFP', 'Unidad de Inteligencia Financiera del Perú – UIF-Perú'],
             logo=(logo_png('sbs', 'SBS', 'square', (10, 50, 100)), 1.5), rule=True)
    lema(R, 2022)
    R.p('San Isidro, 6 de mayo de 2022', align='r', after=6)
    R.p('OFICIO N° 05218-2022-SBS', bold=True, after=8)
    to(R, ['Señor', 'ENRIQUE SALAZAR MONTOYA', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a la Solicitud de Acceso a la Información Pública N° 0192-2022')])
    body(R, ['Tengo el agrado de dirigirme a usted en relación con la solicitud del asunto, mediante la cual requiere el número de reportes de '
             'operaciones sospechosas vinculadas al delito de trata de personas recibidos por la UIF-Perú entre los años 2017 y 2021, así como '
             'los montos involucrados en dichas operaciones.',
             'Al respecto, le informamos que la información que recibe, analiza y produce la UIF-Perú en el ejercicio de sus funciones se encuentra '
             'protegida por el deber de reserva establecido en la Ley N° 27693, Ley que crea la Unidad de Inteligencia Financiera del Perú, y '
             'constituye información confidencial de acuerdo con el artículo 17 del Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia '
             'y Acceso a la Información Pública. En consecuencia, no es posible atender su pedido.',
             'Finalmente, le recordamos que puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la Información '
             'Pública dentro del plazo de ley.',
             'Atentamente,'])
    dsig(R, 'Carmen Rosa Villanueva Ortiz', 'Secretaria General', 'Superintendencia de Banca, Seguros y AFP', when='06/05/2022 17:02',
         fau='20131370564')


def u015():
    R = new('u015', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Laberinto', 'MDL', 'district_municipality'),
            'CARTA N° 027-2022-MDL/GDS', ['Solicitud con registro N° 00412', 'Ordenanza Municipal N° 009-MDL'], '2022-02-08',
            'short carta in Arial Narrow; the request quoted in a framed box is the only place with the period; amounts typed "S/ 12,450.-"; counts as words with zero-padded digits',
            font='Arial Narrow', size=11.5,
            notes='The year 2021 appears only in the quoted request (framed box); the letter answers for that year alone, so its figures get 2021. The local plan approved by ordinance is governance; fairs, talks and students are prevention.')
    R.header(['MUNICIPALIDAD DISTRITAL DE LABERINTO', 'Provincia de Tambopata – Región Madre de Dios', 'Gerencia de Desarrollo Social'],
             logo=(logo_png('mdl', 'MDL', 'circle', (40, 110, 40)), 1.4), size=9)
    R.p('Laberinto, 08 de febrero de 2022', align='r', after=6)
    R.p('CARTA N° 027-2022-MDL/GDS', bold=True, after=6)
    to(R, ['Señora', 'ELIZABETH CHÁVEZ TAPIA', 'Puerto Maldonado'])
    kv(R, [('Asunto', ': Atención a solicitud de acceso a la información pública'), ('Referencia', ': Solicitud con registro N° 00412')])
    body(R, ['De mi mayor consideración:', 'Me dirijo a usted en atención a su solicitud, cuyo texto se transcribe a continuación:'])
    boxed(R, '«Solicito información sobre las acciones de prevención de la trata de personas realizadas por la Municipalidad durante el año 2021, '
             'así como el presupuesto asignado y ejecutado para dichas acciones.»', italic=True, title='Texto de la solicitud:')
    body(R, ['En respuesta, la Gerencia de Desarrollo Social informa lo siguiente:'])
    bl(R, ['Mediante Ordenanza Municipal N° 009-MDL se aprobó el Plan Local contra la Trata de Personas del distrito, alineado a la Política Nacional.',
           'Se realizaron %s ferias informativas en el centro poblado de Laberinto y en la zona de Santa Rosa.' % Cwz(3, 'feria informativa', fem=True, y=2021),
           'Se dictaron %s charlas en instituciones educativas secundarias, con la participación de %s estudiantes.' % (Cwz(6, 'charla', fem=True, y=2021), Cn(412, 'estudiante', y=2021)),
           'Presupuesto asignado a la actividad: %s ; presupuesto ejecutado: %s (recursos ordinarios)' % (Mdash(12450, y=2021, r='a'), Mdash(11980, y=2021, r='e'))])
    body(R, ['Sin otro particular, me despido de usted.'])
    R.sign('Lic. WILLIAM TICONA APAZA', 'Gerente de Desarrollo Social', align='c', before=22)
