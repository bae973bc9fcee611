"""blind-v17 letters t016-t030 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import Reply, M, C, P, logo_png, plain, shade, set_cell_border, para_border


def t016():
    # out_of_period: first half of 2024 requested, 2023 given (semester reports due later)
    R = new('t016', 'out_of_period', None, ['governance', 'prevention'], ('2024-01-01', '2024-06-30'),
            S('Gobierno Regional de Amazonas', 'GRA', 'regional_government'),
            'OFICIO N° 0512-2024-G.R.AMAZONAS/GRDS', ['Expediente N° 1872503', 'Ordenanza Regional N° 512-2022-GRA/CR'], '2024-07-02',
            'oficio, indicator sheet for 2023 with target, achievement and a bare-number "% de cumplimiento" column; amount in digits then words',
            notes='Request for January-June 2024; the letter explains that the provincial networks send their semester reports by 15 '
                  'July and gives the 2023 results and budget only: out_of_period.', font='Arial', size=10.5)
    R.letterhead_table((logo_png('gra', 'GRA', 'shield', (10, 100, 60)), 2.0),
                       ['GOBIERNO REGIONAL AMAZONAS', 'Gerencia Regional de Desarrollo Social'], right='Jr. Ortiz Arrieta 1250\nChachapoyas')
    lema(R, 2024)
    R.p('Chachapoyas, 2 de julio de 2024', align='r', after=6)
    R.p('OFICIO N° 0512-2024-G.R.AMAZONAS/GRDS', bold=True, after=6)
    to(R, ['Señor', 'Eder Tuesta Culqui', 'Presente.-'])
    kv(R, [('ASUNTO', ': Información sobre acciones contra la trata de personas'), ('REFERENCIA', ': Expediente N° 1872503')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita las acciones y el presupuesto '
             'del Gobierno Regional contra la trata de personas correspondientes al primer semestre de 2024 (enero a junio).',
             'Le informo que, conforme al Plan Regional aprobado por Ordenanza Regional N° 512-2022-GRA/CR, las redes provinciales '
             'remiten sus reportes semestrales hasta el 15 de julio, por lo que los resultados del primer semestre de 2024 aún no han '
             'sido consolidados. Se le remite, por ello, el reporte anual de 2023, último consolidado por esta Gerencia:'])
    R.table([['Indicador 2023', 'Meta', 'Logro', '% de cumplimiento']],
            [['Sesiones de la Mesa Regional contra la Trata de Personas', Cn(6, 'sesión', y=2023), Cn(5, 'sesión', y=2023), Pbare(83.3, 1, 'eu', y=2023)],
             ['Campañas de prevención en Bagua y Condorcanqui', Cn(10, 'campaña', y=2023), Cn(11, 'campaña', y=2023), Pbare(110.0, 1, 'eu', y=2023)],
             ['Personas sensibilizadas en ferias y emisoras locales', Cn(4500, 'persona', 'sp', y=2023), Cn(5127, 'persona', 'sp', y=2023), Pbare(113.9, 1, 'eu', y=2023)],
             ['Servidores capacitados en prevención y detección de casos', Cn(120, 'servidor', y=2023), Cn(94, 'servidor', y=2023), Pbare(78.3, 1, 'eu', y=2023)]],
            widths=(8.2, 2.2, 2.2, 3.0), size=9.5)
    body(R, ['El presupuesto institucional modificado de la actividad en 2023 fue de ' + Mdw(84500, y=2023, r='a')
             + ', del cual se devengó ' + Mdw(79312.6, y=2023, r='e') + '.',
             'La información del primer semestre de 2024 podrá ser solicitada a partir de la segunda quincena de agosto.',
             'Atentamente,'])
    R.sign('Lic. Rosa Elvira Rojas Zagaceta', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Amazonas')
    return R


def t017():
    # answered: an informe as the reply; group rows in the table, zero-padded counts, two-decimal percents
    R = new('t017', 'answered', None, ['governance', 'prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Gobierno Regional de Arequipa', 'GRA', 'regional_government'),
            'INFORME N° 047-2024-GRA/GRDS-SGIS', ['Registro N° 5538014', 'Resolución Ejecutiva Regional N° 118-2023-GRA/GR'], '2024-02-20',
            'informe with roman-numbered sections (I. Antecedentes, II. Análisis, III. Conclusión), a table with shaded group rows (Gobernanza / Prevención / Atención), zero-padded counts, percent with two decimals',
            notes='The informe addressed to the transparency officer is the reply. Year 2023 for all figures. "08" sesiones is a '
                  'zero-padded count of 8. Group rows carry no figures.', font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL DE AREQUIPA', 'Gerencia Regional de Desarrollo Social – Subgerencia de Inclusión Social'], align='c')
    lema(R, 2024)
    R.p('INFORME N° 047-2024-GRA/GRDS-SGIS', bold=True, align='c', size=12, after=8)
    kv(R, [('A', ': Abog. Franco Salas Manrique\n  Responsable de Acceso a la Información Pública'),
           ('DE', ': Lic. Vanessa Núñez del Prado Cáceres\n  Subgerente de Inclusión Social'),
           ('ASUNTO', ': Información sobre acciones contra la trata de personas 2023'),
           ('REF.', ': Registro N° 5538014'),
           ('FECHA', ': Arequipa, 20 de febrero de 2024')])
    R.p('_' * 80, size=8, after=6)
    R.p('I. ANTECEDENTES', bold=True, after=2)
    body(R, ['Mediante el documento de la referencia se traslada la solicitud del ciudadano Pablo Choque Ancco, quien requiere las '
             'acciones desarrolladas por el Gobierno Regional contra la trata de personas durante el año 2023.'])
    R.p('II. ANÁLISIS', bold=True, after=2)
    body(R, ['2.1 La Mesa Regional contra la Trata de Personas, reconocida por Resolución Ejecutiva Regional N° 118-2023-GRA/GR, '
             'sesionó en ' + C('08', 8, 'sesión', y=2023) + ' oportunidades durante el año 2023, con un cumplimiento del plan operativo '
             'anual del ' + Pf(87.5, 2, 'eu', y=2023) + '.',
             '2.2 Las acciones ejecutadas se resumen a continuación:'])
    rows = [['GOBERNANZA', '', ''],
            ['Asistencias técnicas a municipalidades provinciales', Cn(8, 'asistencia técnica', y=2023), Cn(46, 'participante', y=2023)],
            ['PREVENCIÓN', '', ''],
            ['Talleres en instituciones educativas de Caylloma y Camaná', Cn(19, 'taller', y=2023), Cn(1288, 'participante', y=2023)],
            ['Campaña radial "Arequipa sin trata"', Cn(2, 'campaña', y=2023), '-'],
            ['ATENCIÓN', '', ''],
            ['Casos derivados a los CEM y a la Unidad de Protección Especial', Cn(23, 'caso', y=2023), '-']]
    R.table([['Acción', 'N.° de acciones', 'N.° de participantes']], rows, widths=(9.6, 3.0, 3.4), size=9.5, groups=(0, 2, 5), indent_rows=(1, 3, 4, 6))
    body(R, ['2.3 Para estas acciones se contó con un presupuesto institucional modificado de ' + Mn(213740, 'sp', y=2023, r='a')
             + ' y se devengó ' + Mn(198365.12, 'sp', y=2023, r='e') + ', lo que representa un avance de ' + Psp(92.81, 2, y=2023) + '.'])
    R.p('III. CONCLUSIÓN', bold=True, after=2)
    body(R, ['Se recomienda remitir el presente informe al solicitante, en atención a su pedido.'])
    R.sign('Lic. Vanessa Núñez del Prado Cáceres', 'Subgerente de Inclusión Social', before=18)
    return R


def t018():
    # answered: coordinating prosecutor's office, 2023, rows by office with wrapped labels, percent share column
    R = new('t018', 'answered', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas', 'MP-FN', 'autonomous'),
            'OFICIO N° 000219-2024-MP-FN-FSCFETP', ['Solicitud de Acceso a la Información N° 2024-0021187'], '2024-03-05',
            'oficio, table by specialised office with wrapped row labels, three count columns and a percent-share column, total row; budget in millions in words after the number',
            notes='All figures refer to 2023. The budget of the specialised offices funds prosecution. Percent share of complaints per '
                  'office is a percent column.', font='Times New Roman', size=11)
    R.header_image(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Fiscalía Superior Coordinadora de las Fiscalías Especializadas',
                    'en Delitos de Trata de Personas'], 'fscfetp', color=(25, 35, 100))
    lema(R, 2024)
    R.p('Lima, 5 de marzo de 2024', align='r', after=4)
    R.p('OFICIO N° 000219-2024-MP-FN-FSCFETP', bold=True, after=6)
    to(R, ['Señora', 'Melissa Carbajal Otárola', 'Presente.'])
    kv(R, [('Asunto', ': Información estadística de las fiscalías especializadas – año 2023'),
           ('Referencia', ': Solicitud de Acceso a la Información N° 2024-0021187')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. La información registrada en el Sistema de Gestión '
             'Fiscal por las fiscalías provinciales especializadas en delitos de trata de personas durante el año 2023 es la siguiente:'])
    data = [('Lima Centro – Primera Fiscalía Provincial Especializada', [412, 97, 21]),
            ('Lima Noroeste – Fiscalía Provincial Especializada de Los Olivos', [188, 41, 9]),
            ('Callao – Fiscalía Provincial Especializada', [136, 30, 7]),
            ('Tumbes – Fiscalía Provincial Especializada', [74, 22, 6]),
            ('Madre de Dios – Fiscalía Provincial Especializada de Tambopata', [157, 48, 13]),
            ('Cusco – Fiscalía Provincial Especializada', [119, 35, 8]),
            ('Loreto – Fiscalía Provincial Especializada de Maynas', [103, 27, 5])]
    ctab(R, [['Fiscalía', 'Denuncias recibidas', 'Casos formalizados', 'Sentencias condenatorias', '% de las denuncias']],
         data, ['denuncia', 'caso formalizado', 'sentencia condenatoria'], year=2023, total='Total', st='sp',
         widths=(6.8, 2.4, 2.4, 2.5, 2.2), size=9, pct=(0, None), pct_dec=1, pct_suf=' %')
    body(R, ['Para el funcionamiento de estas fiscalías se contó en 2023 con un presupuesto institucional modificado de '
             + Mmill(14.82, y=2023, r='a') + ', ejecutado al ' + Psp(96.4, 1, y=2023) + '.',
             'Atentamente,'])
    dsig(R, 'Carmen Rosa Villanueva Huerta', 'Fiscal Superior Coordinadora', 'Fiscalías Especializadas en Delitos de Trata de Personas',
         when='05.03.2024 17:20:02 -05:00', fau='20131370301')
    return R


def t019():
    # answered: metropolitan municipality, 2019; amounts in digits then words in brackets; count in words alone
    R = new('t019', 'answered', None, ['prevention', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Metropolitana de Lima', 'MML', 'provincial_municipality'),
            'OFICIO N° 1107-2020-MML-GDS', ['Documento Simple N° 2020-0019224', 'Memorando N° 066-2020-MML-GDS-SBPS'], '2020-01-28',
            'oficio with points a) to d), amounts in digits followed by the amount in words in brackets, a count in words alone, counts with space grouping',
            notes='Year 2019. "veinte" módulos is a count in words alone; amounts "S/ ... (… con 00/100 soles)" are one figure each. '
                  'Joint inspections of night venues with the police and prosecutors are prosecution.', font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD METROPOLITANA DE LIMA', 'Gerencia de Desarrollo Social'], logo=(logo_png('mml', 'MML', 'shield', (140, 110, 20)), 1.5))
    lema(R, 2020)
    R.p('Lima, 28 de enero de 2020', align='r', after=4)
    R.p('OFICIO N° 1107-2020-MML-GDS', bold=True, after=6)
    to(R, ['Señor', 'Renato Gálvez Ormeño', 'Presente.-'])
    kv(R, [('Asunto', ': Se atiende solicitud de acceso a la información'), ('Referencia', ': Documento Simple N° 2020-0019224')])
    body(R, ['Tengo el agrado de dirigirme a usted en relación al documento de la referencia, mediante el cual solicita información '
             'sobre las acciones de la Municipalidad Metropolitana de Lima contra la trata de personas en el año 2019. Según lo '
             'informado por la Subgerencia de Bienestar y Promoción Social con Memorando N° 066-2020-MML-GDS-SBPS, se precisa:'])
    for t in ['a) Para el programa municipal de prevención de la trata de personas se asignó en el año 2019 la suma de '
              + Mdw(245000, y=2019, r='a') + ', de la cual se ejecutó ' + Mdw(231870.40, y=2019, r='e') + '.',
              'b) Se instalaron ' + Cw(20, 'módulo', y=2019) + ' módulos informativos en paraderos del Metropolitano y en los '
              'mercados de Lima Cercado, en los que se orientó a ' + Cn(8910, 'persona', 'sp', y=2019) + ' personas.',
              'c) Se capacitó a ' + Cn(326, 'serenazgo', y=2019) + ' efectivos del Serenazgo y a ' + Cn(58, 'inspector municipal', y=2019)
              + ' inspectores municipales en la detección de posibles situaciones de trata en la vía pública.',
              'd) En coordinación con la Policía Nacional y la Fiscalía de Prevención del Delito, se participó en '
              + Cn(14, 'operativo', y=2019) + ' operativos de fiscalización de locales nocturnos, en los que se clausuró '
              + Cn(6, 'local', y=2019) + ' locales.']:
        R.p(t, align='j', indent=0.7, first=-0.7, after=4)
    body(R, ['Sin otro particular, quedo de usted.', 'Atentamente,'])
    R.sign('Econ. Ricardo Palomino Chacaltana', 'Gerente de Desarrollo Social', 'Municipalidad Metropolitana de Lima')
    return R


def t020():
    # out_of_period (b): restates 2021 and gives only the plan 2023-2027 (targets and programmed budget in thousands)
    R = new('t020', 'out_of_period', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Piura', 'GRP', 'regional_government'),
            'OFICIO N° 0388-2022/GRP-GRDS', ['Registro N° 03421907', 'Ordenanza Regional N° 471-2022/GRP-CR'], '2022-10-05',
            'oficio restating the requested year, then a plan table with years 2023-2027 as columns and a total column; budget row in thousands with the unit only in the caption',
            notes='The letter restates the request (actions in 2021) and then gives only the targets and programmed budget of the '
                  'regional plan 2023-2027; the 2021 reports of the sectoral directorates have not been sent to the office: '
                  'out_of_period. Budget cells are in thousands of soles (caption) and allocated (programmed).', font='Calibri', size=11)
    R.header(['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('grp', 'GRP', 'circle', (0, 70, 150)), 1.4), align='l')
    lema(R, 2022)
    R.p('Piura, 05 de octubre de 2022', align='r', after=4)
    R.p('OFICIO N° 0388-2022/GRP-GRDS', bold=True, after=6)
    to(R, ['Señora', 'Fiorella Ramos Chunga', 'Presente.'])
    kv(R, [('Asunto', ': Respuesta a solicitud de información'), ('Referencia', ': Registro N° 03421907')])
    body(R, ['Me dirijo a usted con relación a su solicitud, en la que requiere "las acciones realizadas y el presupuesto ejecutado '
             'por el Gobierno Regional Piura contra la trata de personas durante el ejercicio 2021".',
             'Al respecto, debo señalar que las acciones del ejercicio 2021 estuvieron a cargo de las direcciones regionales '
             'sectoriales, cuyos reportes anuales aún no han sido remitidos a esta Gerencia, por lo que no contamos con dicha '
             'información consolidada. Sin embargo, le informamos que mediante Ordenanza Regional N° 471-2022/GRP-CR se aprobó el '
             'Plan Regional contra la Trata de Personas 2023-2027, cuyas metas son las siguientes:'])
    yrs = [2023, 2024, 2025, 2026, 2027]
    rows = yrows([('Campañas de prevención en Sullana, Paita y Talara', 'campaña', [8, 10, 10, 12, 12]),
                  ('Servidores públicos capacitados', 'servidor', [150, 200, 200, 250, 250]),
                  ('Sesiones de la Comisión Regional', 'sesión', [4, 4, 4, 4, 4])], yrs, total=True)
    bud = [310.0, 355.5, 372.0, 398.4, 410.0]
    rows.append(['Presupuesto programado'] + [Mf(v, 'us', 1, scale=1000, y=y, r='a', u='caption') for v, y in zip(bud, yrs)]
                + [Mf(sum(bud), 'us', 1, scale=1000, r='a', u='caption')])
    R.table([['Meta'] + [str(y) for y in yrs] + ['Total']], rows, widths=(5.6, 1.7, 1.7, 1.7, 1.7, 1.7, 1.9), size=9,
            caption='Cuadro 1. Metas del Plan Regional 2023-2027 (presupuesto en miles de soles)')
    body(R, ['Quedamos a su disposición para cualquier consulta adicional.', 'Atentamente,'])
    R.sign('Mg. César Augusto Farfán Zapata', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Piura')
    return R


def t021():
    # missing / off_topic: drug trafficking agency (interdiction operations, detainees, budget by region in millions)
    R = new('t021', 'missing', 'off_topic', [], ('2020-01-01', '2020-12-31'),
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'),
            'OFICIO N° 000456-2021-DV-PE', ['Solicitud N° 0312-2021-DV'], '2021-06-14',
            'oficio of the drug-control agency: budget table by region with PIM and Devengado "(millones de S/)" in the headers, operations and detainees in text',
            notes='About illicit drug trafficking ("tráfico ilícito de drogas"), not trafficking in persons: off_topic.',
            font='Arial', size=10.5)
    R.header(['PRESIDENCIA DEL CONSEJO DE MINISTROS', 'COMISIÓN NACIONAL PARA EL DESARROLLO Y VIDA SIN DROGAS – DEVIDA', 'Presidencia Ejecutiva'], size=8.5)
    lema(R, 2021)
    R.p('Lima, 14 de junio de 2021', align='r', after=4)
    R.p('OFICIO N° 000456-2021-DV-PE', bold=True, after=6)
    to(R, ['Señor', 'Iván Ccahuana Rimachi', 'Presente.-'])
    kv(R, [('Asunto', ': Información del Programa Presupuestal de control de la oferta de drogas – 2020'), ('Referencia', ': Solicitud N° 0312-2021-DV')])
    body(R, ['Me dirijo a usted en atención a su solicitud, para remitirle la información presupuestal del año 2020 de las '
             'intervenciones de control de la oferta de drogas financiadas por DEVIDA en los gobiernos regionales:'])
    data = [('Huánuco', 6.42, 6.01), ('San Martín', 4.87, 4.55), ('Ucayali', 5.13, 4.62), ('Ayacucho (VRAEM)', 9.76, 9.18), ('Cusco (VRAEM)', 7.35, 6.90)]
    rows = []
    t0 = t1 = 0
    for reg, a, b in data:
        t0 += a; t1 += b
        rows.append([reg, Mf(a, 'us', 2, scale=1e6, y=2020, r='a'), Mf(b, 'us', 2, scale=1e6, y=2020, r='e'), Pf(round(b / a * 100, 1), 1, y=2020, u='column')])
    rows.append(['Total', Mf(round(t0, 2), 'us', 2, scale=1e6, y=2020, r='a'), Mf(round(t1, 2), 'us', 2, scale=1e6, y=2020, r='e'),
                 Pf(round(t1 / t0 * 100, 1), 1, y=2020, u='column')])
    R.table([['Gobierno regional', 'PIM (millones de S/)', 'Devengado (millones de S/)', 'Ejecución']], rows, widths=(5.0, 3.6, 3.6, 2.6), size=9.5, bold_rows=(5,))
    body(R, ['En el mismo periodo, las unidades especializadas de la Policía Nacional ejecutaron, con apoyo logístico de DEVIDA, '
             + Cn(1246, 'operativo', 'sp', y=2020) + ' operativos de interdicción, con ' + Cn(389, 'detenido', y=2020)
             + ' detenidos y ' + Cn(57, 'laboratorio', y=2020) + ' laboratorios clandestinos destruidos.',
             'Atentamente,'])
    dsig(R, 'Fidel Arturo Pintado Roca', 'Presidente Ejecutivo', 'DEVIDA', when='14/06/2021 18:03:11', fau='20418174478')
    return R


def t022():
    # missing / not_competent: energy and mining regulator, no referral
    R = new('t022', 'missing', 'not_competent', ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Organismo Supervisor de la Inversión en Energía y Minería', 'OSINERGMIN', 'other'),
            'OFICIO N° 0187-2021-OS-GG', ['Registro N° 202100041877'], '2021-04-12',
            'short oficio of a regulator: outside its competence, no referral',
            notes='Asks for cases of forced labour and trafficking found in the mining camps it supervised in 2020; the regulator says '
                  'labour conditions are outside its functions and holds no such information; no referral: not_competent.',
            font='Arial', size=11)
    R.header(['Osinergmin', 'Organismo Supervisor de la Inversión en Energía y Minería – Gerencia General'], align='r', size=9)
    lema(R, 2021)
    R.p('Magdalena del Mar, 12 de abril de 2021', after=4)
    R.p('OFICIO N° 0187-2021-OS-GG', bold=True, after=6)
    to(R, ['Señor', 'Daniel Cárdenas Huillca', 'Presente.-'])
    R.p('Referencia: Registro N° 202100041877', after=8)
    body(R, ['Me dirijo a usted con relación al documento de la referencia, mediante el cual solicita "los casos de trabajo forzoso '
             'y de trata de personas detectados en los campamentos mineros supervisados durante el año 2020".',
             'Al respecto, le informamos que las funciones de Osinergmin en el sector minero se circunscriben a la supervisión de la '
             'seguridad de la infraestructura de la gran y mediana minería (geotecnia, ventilación, transporte y plantas de '
             'beneficio). La supervisión de las condiciones laborales y la persecución de delitos no forman parte de sus '
             'competencias, por lo que la entidad no genera ni posee la información solicitada.',
             'Atentamente,'])
    R.sign('Ing. Jaime Mendoza Gacon', 'Gerente General (e)', 'Osinergmin')
    return R


def t023():
    # missing / acknowledgment: extension of the term (prórroga); the answer is to follow
    R = new('t023', 'missing', 'acknowledgment', ['governance'], ('2021-01-01', '2022-12-31'),
            S('Gobierno Regional de Junín', 'GRJ', 'regional_government'),
            'CARTA N° 0094-2023-GRJ/SG-RAIP', ['Expediente N° 05129874'], '2023-05-11',
            'carta of the transparency officer announcing an extension of the term; no information yet',
            notes='Only tells the requester that the term is extended and the information will be delivered later: acknowledgment '
                  '(no substantive information). "ocho (8) días hábiles" is a duration, not a figure.', font='Times New Roman', size=11.5)
    R.header(['GOBIERNO REGIONAL JUNÍN', 'Secretaría General – Responsable de Acceso a la Información Pública'], logo=(logo_png('grj', 'GRJ', 'square', (0, 110, 80)), 1.4))
    lema(R, 2023)
    R.p('Huancayo, 11 de mayo de 2023', align='r', after=4)
    R.p('CARTA N° 0094-2023-GRJ/SG-RAIP', bold=True, after=6)
    to(R, ['Señora', 'Noemí Ccanto Huamán', 'Presente.-'])
    kv(R, [('ASUNTO', ': Prórroga de plazo para la entrega de información'), ('REFERENCIA', ': Expediente N° 05129874')])
    body(R, ['Es grato dirigirme a usted con relación a su solicitud de acceso a la información, por la cual requiere el presupuesto '
             'asignado y ejecutado por el Gobierno Regional Junín en acciones contra la trata de personas en los años 2021 y 2022.',
             'Al respecto, le comunico que la información debe ser recopilada de las unidades ejecutoras de las direcciones '
             'regionales y de las redes de salud, lo que requiere un plazo mayor al previsto. En consecuencia, en aplicación '
             'del literal g) del artículo 11 del TUO de la Ley N° 27806, se prorroga el plazo de atención por ocho (8) días hábiles, '
             'de modo que la información le será entregada a más tardar el 23 de mayo de 2023.',
             'Agradeceré su comprensión.', 'Atentamente,'])
    R.sign('Abog. Héctor Limaymanta Poma', 'Responsable de Acceso a la Información Pública', 'Gobierno Regional Junín')
    return R


def t024():
    # missing / off_topic (d): street-vending control: operations, seizures, fines, PIM and devengado
    R = new('t024', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Los Olivos', 'MDLO', 'district_municipality'),
            'INFORME N° 0211-2022-MDLO/GFC-SFC', ['Memorando N° 0874-2022-MDLO/GM'], '2022-07-04',
            'informe on street-vending control: quarterly rows with operations, seizures, fines and the amount of fines with "S/" in each cell; PIM and devengado with apostrophe millions in text',
            notes='A document about the control of street vending, not trafficking in persons: off_topic. Fines have no role; '
                  'PIM allocated, devengado executed.', font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD DISTRITAL DE LOS OLIVOS', 'Gerencia de Fiscalización y Control – Subgerencia de Fiscalización Administrativa'], align='l')
    lema(R, 2022)
    R.p('INFORME N° 0211-2022-MDLO/GFC-SFC', bold=True, align='c', after=6)
    kv(R, [('PARA', ': Gerencia Municipal'), ('DE', ': Subgerencia de Fiscalización Administrativa'),
           ('ASUNTO', ': Resultados del control del comercio ambulatorio – año 2021'), ('REF.', ': Memorando N° 0874-2022-MDLO/GM'),
           ('FECHA', ': Los Olivos, 4 de julio de 2022')])
    R.p('_' * 80, size=8, after=6)
    body(R, ['En atención al memorando de la referencia, informo los resultados de los operativos de control del comercio '
             'ambulatorio en la vía pública ejecutados durante el año 2021 en los ejes comerciales de la avenida Alfredo Mendiola, '
             'Carlos Izaguirre y Universitaria:'])
    rows = []
    data = [('I trimestre', 42, 318, 96, 41250), ('II trimestre', 55, 402, 131, 58900), ('III trimestre', 61, 455, 149, 66320), ('IV trimestre', 73, 590, 188, 84115)]
    tot = [0, 0, 0, 0]
    for q, a, b, c, d in data:
        for i, v in enumerate((a, b, c, d)):
            tot[i] += v
        rows.append([q, Cn(a, 'operativo', y=2021), Cn(b, 'decomiso', y=2021), Cn(c, 'papeleta', y=2021), Mn(d, 'us', y=2021, u='cell')])
    rows.append(['Total 2021', Cn(tot[0], 'operativo', y=2021), Cn(tot[1], 'decomiso', y=2021), Cn(tot[2], 'papeleta', y=2021), Mn(tot[3], 'us', y=2021, u='cell')])
    R.table([['Periodo', 'Operativos', 'Decomisos', 'Papeletas impuestas', 'Monto de multas']], rows, widths=(3.4, 2.6, 2.6, 3.2, 3.8), size=9.5, bold_rows=(4,))
    body(R, ['La meta presupuestal de control del comercio informal contó en 2021 con un PIM de ' + Mapos(1046300, y=2021, r='a')
             + ' y un devengado de ' + Mapos(1003982.45, y=2021, r='e') + '.',
             'Es todo cuanto informo.'])
    R.sign('Abog. Luis Alberto Ñique Sánchez', 'Subgerente de Fiscalización Administrativa', before=20)
    return R


def t025():
    # answered: police anti-trafficking directorate, 2017-2019; oficio (p.1), informe with years as rows (p.2), annex by form of exploitation (p.3)
    R = new('t025', 'answered', None, ['prosecution', 'protection'], ('2017-01-01', '2019-12-31'),
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la Policía Nacional del Perú', 'DIRCTPTIM', 'police'),
            'OFICIO N° 812-2020-DIRNIC PNP/DIRCTPTIM-SEC', ['Hoja de Recepción N° 11408-2020', 'INFORME N° 045-2020-DIRNIC PNP/DIRCTPTIM-DEPEST'], '2020-02-18',
            'three pages: police covering oficio with rank and CIP (p.1); informe with years 2017-2019 as rows, four stage columns and a total row without year, percent and a three-year count in text (p.2); annex table of 2019 rescued victims by form of exploitation and sex with a total column (p.3)',
            notes='Multi-year request answered for every year. The total row and the three-year count of children placed with the '
                  'child protection units have no year. Rescued victims are prosecution (rescues in operations); placement with the '
                  'child protection units is protection.', font='Arial', size=10.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL',
              'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'], logo=(logo_png('pnp3', 'PNP', 'shield', (20, 80, 30)), 1.5))
    lema(R, 2020)
    R.p('Lima, 18 de febrero de 2020', align='r', after=4)
    R.p('OFICIO N° 812-2020-DIRNIC PNP/DIRCTPTIM-SEC', bold=True, after=6)
    to(R, ['Señor', 'Jefe de la Unidad de Transparencia de la DIRNIC PNP', 'Presente.'])
    kv(R, [('ASUNTO', ': Remite información estadística del periodo 2017 – 2019'), ('REF.', ': Hoja de Recepción N° 11408-2020')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, a fin de remitirle el INFORME N° '
             '045-2020-DIRNIC PNP/DIRCTPTIM-DEPEST, formulado por el Departamento de Estadística de esta Dirección, que contiene la '
             'información de los años 2017, 2018 y 2019 solicitada por el ciudadano Miguel Ángel Ore Pillaca.',
             'Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.', 'Dios guarde a Ud.'])
    R.sign('Crnl. PNP Javier Ormeño Tapia', 'Jefe de la DIRCTPTIM PNP', 'CIP N° 29875413', before=20)
    R.pagebreak()
    R.p('INFORME N° 045-2020-DIRNIC PNP/DIRCTPTIM-DEPEST', bold=True, align='c', after=6)
    kv(R, [('ASUNTO', ': Estadística de intervenciones contra la trata de personas 2017 – 2019'), ('FECHA', ': Lima, 17 de febrero de 2020')])
    body(R, ['I. Las intervenciones de las unidades especializadas de la Policía Nacional en el periodo solicitado fueron las siguientes:'])
    yrow_table(R, [['Año', 'Operativos', 'Presuntas víctimas rescatadas', 'Detenidos', 'Organizaciones desarticuladas']],
               [(2017, [96, 412, 138, 11]), (2018, [121, 538, 171, 15]), (2019, [134, 601, 186, 18])],
               ['operativo', 'víctima', 'detenido', 'organización criminal'], total='Total 2017-2019',
               widths=(3.6, 2.8, 3.4, 2.6, 3.4), size=9.5)
    body(R, ['II. De las presuntas víctimas rescatadas en 2019, el ' + Psp(78.4, 1, y=2019) + ' fueron mujeres. Durante los tres '
             'años, ' + Cn(211, 'niña, niño y adolescente') + ' niñas, niños y adolescentes fueron puestos a disposición de las '
             'Unidades de Protección Especial del MIMP para su atención.',
             'III. El detalle de 2019 por forma de explotación se presenta en el anexo.'])
    R.sign('SS PNP Rocío Paredes Laura', 'Departamento de Estadística – DIRCTPTIM', before=16)
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', after=2)
    ctab(R, [['Forma de explotación', 'Mujeres', 'Hombres', 'Total']],
         [('Explotación sexual', [318, 21, 339]), ('Explotación laboral', [97, 88, 185]), ('Mendicidad', [28, 19, 47]),
          ('Otras formas', [28, 2, 30])],
         ['víctima', 'víctima', 'víctima'], year=2019, total='Total', widths=(5.6, 2.6, 2.6, 2.6), size=9.5,
         caption='Presuntas víctimas rescatadas en 2019, según forma de explotación y sexo')
    return R


def t026():
    # answered: spreadsheet sent alone, regional budget 2022 (unit in the column headers) and physical targets
    R = new('t026', 'answered', None, ['governance', 'prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            None, [], '2023-03-14',
            'spreadsheet sent alone: title block with the year and "(Montos expresados en soles)", SIAF-like table PIA / PIM / Certificado / Devengado with an "Avance %" column, total row; second table of physical targets',
            notes='Year 2022 in the title. The temporary shelter activity is protection, campaigns prevention, the regional network '
                  'governance. The report date in the title block is the letter date. The money unit is only in the title block '
                  '(unit_source page).', fmt='xlsx', keep_native=True)
    from openpyxl.styles import Font
    ws = R.wb.active
    ws.title = 'Ejecucion 2022'
    xsetup(ws, landscape=True)
    ws['A1'] = 'GOBIERNO REGIONAL DE LORETO - GERENCIA REGIONAL DE DESARROLLO SOCIAL'
    ws['A2'] = 'Ejecución presupuestal de las actividades contra la trata de personas - Ejercicio 2022'
    ws['A3'] = 'Fecha de reporte: 14/03/2023   Fuente: SIAF-SP   (Montos expresados en soles)'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'].font = Font(bold=True, size=11)
    head = [['Meta', 'Finalidad', 'PIA', 'PIM', 'Certificado', 'Devengado', 'Avance %']]
    data = [('0112', 'Funcionamiento de la Red Regional contra la Trata', 36000, 41500, 40880, 39622.5),
            ('0113', 'Campañas de prevención en Maynas, Alto Amazonas y Mariscal Ramón Castilla', 120000, 146300, 139870.2, 131544.35),
            ('0114', 'Atención de víctimas en el Hogar de Refugio Temporal', 210000, 236750, 236750, 228918.9)]
    rows, tot = [], [0, 0, 0, 0]
    roles = ['a', 'a', 'c', 'e']
    for code, lab, *v in data:
        r = [code, lab]
        for i, x in enumerate(v):
            tot[i] += x
            r.append((x, '#,##0.00', 'money', {'y': 2022, 'r': roles[i], 'u': 'page'}))
        r.append((round(v[3] / v[1], 3), '0.0%', 'percent', {'y': 2022}))
        rows.append(r)
    rows.append(['', 'TOTAL'] + [(round(x, 2), '#,##0.00', 'money', {'y': 2022, 'r': roles[i], 'u': 'page'}) for i, x in enumerate(tot)]
                + [(round(tot[3] / tot[1], 3), '0.0%', 'percent', {'y': 2022})])
    r = xtable(R, ws, 5, head, rows, widths=[7, 62, 14, 14, 16, 16, 10], bold_last=True, label_col=1)
    ws.cell(row=r + 1, column=1, value='Metas físicas 2022').font = Font(bold=True)
    head2 = [['Meta', 'Acción', 'Unidad de medida', 'Programado', 'Ejecutado']]
    rows2 = [['0112', 'Sesiones de la Red Regional', 'Sesión', (4, '0', 'count', {'what': 'sesión', 'y': 2022}), (4, '0', 'count', {'what': 'sesión', 'y': 2022})],
             ['0113', 'Personas informadas en campañas', 'Persona', (6000, '#,##0', 'count', {'what': 'persona', 'y': 2022}), (6842, '#,##0', 'count', {'what': 'persona', 'y': 2022})],
             ['0114', 'Víctimas atendidas en el Hogar de Refugio Temporal', 'Persona', (40, '0', 'count', {'what': 'víctima', 'y': 2022}), (37, '0', 'count', {'what': 'víctima', 'y': 2022})]]
    xtable(R, ws, r + 2, head2, rows2, label_col=1)
    xfont(ws, 'Calibri')
    return R


def t027():
    # out_of_period: 2019 requested, 2022-2023 given (the recording module started in 2022)
    R = new('t027', 'out_of_period', None, ['prosecution', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías', 'SUTRAN', 'other'),
            'OFICIO N° D000381-2024-SUTRAN-SG', ['Solicitud N° 2024-SAIP-0297', 'Informe N° D000112-2024-SUTRAN-GEF'], '2024-04-10',
            'SGD-style oficio ("D000381"), table with 2022 and 2023 as columns and row labels with the noun, a variation column in percent with a sign',
            notes='Request about 2019; the agency explains that its module to record interventions with minors started in March '
                  '2022 and earlier records are paper reports kept by each decentralised office, not consolidated: out_of_period. '
                  'The variation column is a percent without year.', font='Arial', size=10.5)
    R.header(['PERÚ   Ministerio de Transportes y Comunicaciones', 'Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías – SUTRAN'], align='l', size=8.5)
    lema(R, 2024)
    R.p('Lima, 10 de abril de 2024', after=4)
    R.p('OFICIO N° D000381-2024-SUTRAN-SG', bold=True, after=6)
    to(R, ['Señor', 'Alonso Meléndez Cruzado', 'Presente.-'])
    kv(R, [('Asunto', ': Atención a la solicitud de acceso a la información pública'),
           ('Referencia', ': a) Solicitud N° 2024-SAIP-0297\n  b) Informe N° D000112-2024-SUTRAN-GEF')])
    body(R, ['Me dirijo a usted con relación a la solicitud a), en la que requiere las intervenciones de SUTRAN en terminales '
             'terrestres para detectar a menores de edad en riesgo de trata durante el año 2019.',
             'La Gerencia de Articulación Territorial informa, mediante el documento b), que el módulo de registro de intervenciones '
             'con menores de edad fue implementado en marzo de 2022; las intervenciones anteriores constan en actas físicas que '
             'conserva cada unidad desconcentrada y que no han sido consolidadas a nivel nacional. Por ello, se le proporciona la '
             'información registrada en el módulo:'])
    rows = []
    for lab, w, a, b in (('Operativos en terminales terrestres', 'operativo', 214, 263),
                         ('Menores de edad sin autorización de viaje detectados', 'menor de edad', 187, 232),
                         ('Casos comunicados a la Policía Nacional o a la Fiscalía', 'caso', 41, 56),
                         ('Charlas a conductores y personal de empresas de transporte', 'charla', 96, 118)):
        rows.append([lab, Cn(a, w, y=2022), Cn(b, w, y=2023), P('+%s %%' % fmt(round((b - a) / a * 100, 1), 'eu', 1), round((b - a) / a * 100, 1), u='column')])
    R.table([['Intervención', '2022', '2023', 'Variación']], rows, widths=(8.6, 2.2, 2.2, 2.6), size=9.5)
    body(R, ['Atentamente,'])
    dsig(R, 'Gina Paola Torres Alvarado', 'Secretaria General', 'SUTRAN', when='10/04/2024 12:44:51', fau='20514412357')
    return R


def t028():
    # answered: district municipality 2018, table typed with tab stops (no table object), halves of the year and a total
    R = new('t028', 'answered', None, ['prosecution', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'OFICIO N° 0362-2019-SG/MDSJL', ['Expediente N° 6117-2019', 'Informe N° 118-2019-GDEL-SGFA/MDSJL'], '2019-03-14',
            'oficio with a table typed with tab stops between dashed rules (no ruled table): first half, second half and total 2018 columns; fines in text',
            notes='Year 2018. Joint inspections of lodgings and bars with police and prosecutors, closures and fines are prosecution; '
                  'talks in schools are prevention. Fines have no role.', font='Courier New', size=10)
    R.p('MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', bold=True, after=0)
    R.p('Secretaría General', after=0)
    R.p('"Año de la Lucha contra la Corrupción y la Impunidad"', italic=True, size=8.5, after=10)
    R.p('San Juan de Lurigancho, 14 de marzo de 2019', after=6)
    R.p('OFICIO N° 0362-2019-SG/MDSJL', bold=True, after=6)
    to(R, ['Señora', 'Elizabeth Paucar Segura', 'Presente.-'])
    R.p('Ref.: Expediente N° 6117-2019', after=8)
    body(R, ['Me dirijo a usted en atención a su solicitud, para trasladarle lo informado por la Subgerencia de Fiscalización '
             'Administrativa (Informe N° 118-2019-GDEL-SGFA/MDSJL) sobre las acciones contra la trata de personas ejecutadas en '
             'el año 2018:'], align='l')
    data = [('Operativos a hostales con PNP y Fiscalía', 'operativo', 18, 23), ('Operativos a bares y discotecas', 'operativo', 11, 15),
            ('Establecimientos clausurados', 'establecimiento', 7, 9), ('Charlas en colegios', 'charla', 12, 20),
            ('Alumnos participantes', 'alumno', 960, 1415)]
    rows = [[lab, Cn(a, w, y=2018), Cn(b, w, y=2018), Cn(a + b, w, y=2018)] for lab, w, a, b in data]
    R.tabgrid([['Acción', 'I sem.', 'II sem.', 'Total 2018']], rows, [(11.0, 'r'), (13.2, 'r'), (16.0, 'r')], size=9,
              font='Courier New', rule='-', rule_len=80)
    body(R, ['En los operativos se impusieron multas por ' + Mn(41500, 'sp', y=2018) + ' a establecimientos que no contaban con '
             'licencia o que admitían a menores de edad.',
             'Atentamente,'], align='l')
    R.sign('Abog. Jhony Vladimir Espinoza Quiroz', 'Secretario General', before=20, align='l')
    return R


def t029():
    # out_of_period: 2023 requested, 2021 and 2022 given in two side-by-side tables (2023 data not yet validated)
    R = new('t029', 'out_of_period', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Región Policial Madre de Dios', 'PNP', 'police'),
            'OFICIO N° 214-2024-REGPOL-MDD/SEC', ['Solicitud S/N de fecha 22 de enero de 2024'], '2024-02-06',
            'police oficio with two small tables side by side (2021 | 2022), one noun per row',
            notes='Request for 2023; the 2023 statistics are being reconciled with the police complaints system and are not '
                  'validated, so 2021 and 2022 are given: out_of_period.', font='Arial', size=10.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'Oficina de Planeamiento y Estadística'], logo=(logo_png('pnp4', 'PNP', 'shield', (20, 80, 30)), 1.4))
    lema(R, 2024)
    R.p('Puerto Maldonado, 6 de febrero de 2024', align='r', after=4)
    R.p('OFICIO N° 214-2024-REGPOL-MDD/SEC', bold=True, after=6)
    to(R, ['Señor', 'Gerson Vela Tapullima', 'Presente.'])
    kv(R, [('ASUNTO', ': Información estadística sobre trata de personas'), ('REF.', ': Solicitud S/N de fecha 22 de enero de 2024')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita las denuncias, operativos y '
             'detenidos por trata de personas en el ámbito de esta Región Policial durante el año 2023.',
             'Se le informa que las cifras de 2023 se encuentran en proceso de conciliación con el Sistema de Denuncias Policiales '
             '(SIDPOL) por la Oficina de Estadística de la DIRCTPTIM y aún no han sido validadas. Se proporcionan las cifras '
             'validadas de los años anteriores:'])
    left, right = side_by_side(R, widths=(7.6, 7.6))
    for cell, y, vals in ((left, 2021, (84, 37, 29, 112)), (right, 2022, (97, 44, 35, 139))):
        with R.inside(cell):
            R.table([['Año %d' % y, 'Cantidad']],
                    [['Denuncias registradas', Cn(vals[0], 'denuncia', y=y)], ['Operativos', Cn(vals[1], 'operativo', y=y)],
                     ['Detenidos', Cn(vals[2], 'detenido', y=y)], ['Presuntas víctimas rescatadas', Cn(vals[3], 'víctima', y=y)]],
                    widths=(5.2, 2.2), size=9)
    body(R, ['Atentamente,'])
    R.sign('Crnl. PNP Wilfredo Solís Barrientos', 'Jefe de la Región Policial Madre de Dios', 'CIP N° 30158722', before=16)
    return R


def t030():
    # missing / off_topic: wildlife trafficking (operations, rescued specimens, complaints, budget)
    R = new('t030', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR', 'other'),
            'OFICIO N° D000122-2023-MIDAGRI-SERFOR-DGGSPFFS', ['Expediente N° 2023-0018840'], '2023-05-22',
            'oficio on illegal wildlife trafficking: table by regional office with operations, rescued specimens and criminal complaints; budget with the ISO code after the number',
            notes='About trafficking of wild fauna ("tráfico ilegal de fauna silvestre", rescued specimens), not trafficking in persons: off_topic.',
            font='Calibri', size=11)
    R.header(['Ministerio de Desarrollo Agrario y Riego', 'Servicio Nacional Forestal y de Fauna Silvestre – SERFOR',
              'Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre'], align='l', size=8.5)
    lema(R, 2023)
    R.p('Magdalena del Mar, 22 de mayo de 2023', after=4)
    R.p('OFICIO N° D000122-2023-MIDAGRI-SERFOR-DGGSPFFS', bold=True, after=6)
    to(R, ['Señora', 'Gladys Ríos Panaifo', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones contra el tráfico ilegal de fauna silvestre – 2022'), ('Referencia', ': Expediente N° 2023-0018840')])
    body(R, ['Tengo el agrado de dirigirme a usted para remitirle la información de las acciones de control contra el tráfico ilegal '
             'de fauna silvestre realizadas en el año 2022 por las Administraciones Técnicas Forestales y de Fauna Silvestre (ATFFS):'])
    ctab(R, [['ATFFS', 'Operativos de control', 'Especímenes rescatados', 'Denuncias penales']],
         [('Lima', [38, 1214, 22]), ('Loreto', [27, 876, 15]), ('Ucayali', [19, 402, 9]), ('Madre de Dios', [22, 531, 11]), ('Puno', [11, 188, 4])],
         ['operativo', 'espécimen', 'denuncia'], year=2022, total='Total', widths=(4.4, 3.6, 3.6, 3.4), size=9.5, st='sp')
    body(R, ['Estas acciones se financiaron con un presupuesto de ' + Mcode(1285400, st='sp', after=True, y=2022, r='a')
             + ' asignado a la actividad de control y vigilancia, ejecutado al ' + Psp(91.6, 1, y=2022) + '.',
             'Atentamente,'])
    dsig(R, 'Blga. Teresa Angulo Quispe', 'Directora General (e)', 'SERFOR', when='22/05/2023 09:58', fau='20562836927')
    return R
