"""blind-v19 letters v001-v015 (written from scratch for this set)."""
from common import *
from lib import M, C, P, logo_png

GR = 'regional_government'


def v001():
    R = new('v001', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Dirección Regional de Salud Loreto', 'DIRESA Loreto', GR), 'OFICIO N° 0733-2023-GRL-DRSL/30.09.01',
            ['Solicitud de Acceso a la Información Pública N° 0412-2023'], '2023-03-14',
            'oficio, right-aligned letterhead, table of health networks as rows with sex columns, budget in words plus digits in text',
            notes='Answers 2022 (stated in ASUNTO and text). Money: PIM and devengado of the care activity, allocated and executed.')
    std(R, ['GOBIERNO REGIONAL DE LORETO', 'Dirección Regional de Salud Loreto', 'Dirección Ejecutiva de Salud Integral'], 2023,
        'Iquitos, 14 de marzo de 2023', 'OFICIO N° 0733-2023-GRL-DRSL/30.09.01',
        ['Señora', 'Rosa Elvira Pinchi Tuesta', 'Observatorio Ciudadano de Derechos Humanos', 'Presente.-'],
        [('ASUNTO', ': Atención a víctimas de trata de personas en establecimientos de salud – año 2022'),
         ('REF.', ': Solicitud de Acceso a la Información Pública N° 0412-2023')], style='r')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle la información '
             'registrada por las redes de salud de la región sobre la atención de presuntas víctimas de trata de personas durante el año 2022:'])
    data = [('Red de Salud Maynas Ciudad', [14, 3]), ('Red de Salud Loreto-Nauta', [6, 1]), ('Red de Salud Alto Amazonas', [9, 2]),
            ('Red de Salud Datem del Marañón', [4, 0]), ('Red de Salud Ramón Castilla', [11, 5])]
    ctab(R, [['Red de salud', 'Mujeres atendidas', 'Varones atendidos']], data, ['víctima atendida', 'víctima atendida'], 2022,
         widths=(7.0, 3.5, 3.5), total='Total regional')
    body(R, ['Para la atención diferenciada, la Estrategia Sanitaria contó en 2022 con un PIM de ' +
             M('ciento cuarenta y ocho mil soles (S/ 148 000)', 148000.0, y=2022, r='a') + ', del cual se devengó la suma de ' +
             Mcd(139870, y=2022, r='e') + '; asimismo, se capacitó a ' + C('setenta y dos (72)', 72, 'profesional de salud', y=2022) +
             ' en el protocolo de atención a víctimas.'])
    closing(R)
    sigline(R, 'MC. Julio César Arévalo Panduro', 'Director Ejecutivo de Salud Integral', 'DIRESA Loreto')


def v002():
    R = new('v002', 'out_of_period', None, ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Amazonas', 'GRA', GR), 'OFICIO N° 118-2022-G.R.AMAZONAS/GRDS',
            ['Carta S/N de fecha 03 de enero de 2022', 'Informe N° 009-2022-G.R.AMAZONAS/GRDS-SGPS'], '2022-01-27',
            'oficio, centred letterhead with logo, numbered points, years as columns (2018, 2019)',
            notes='Request for 2021; reply gives 2018-2019 only: the 2020-2021 files were taken by the anticorruption prosecutor in a seizure and are in its custody. Does not say nothing was done.')
    std(R, ['GOBIERNO REGIONAL AMAZONAS', 'Gerencia Regional de Desarrollo Social'], 2022, 'Chachapoyas, 27 de enero de 2022',
        'OFICIO N° 118-2022-G.R.AMAZONAS/GRDS', ['Señor', 'Abel Huamán Chávez', 'Ciudad.-'],
        [('ASUNTO:', 'Información sobre acciones contra la trata de personas durante el año 2021'),
         ('REFERENCIA:', 'a) Carta S/N de fecha 03 de enero de 2022\nb) Informe N° 009-2022-G.R.AMAZONAS/GRDS-SGPS')],
        logo=(logo_png('gra', 'GRA', 'shield', (20, 90, 40)), 1.6))
    numbered(R, ['Mediante el documento b) de la referencia, la Sub Gerencia de Programas Sociales informa que los expedientes físicos '
                 'de los años 2020 y 2021 fueron incautados por la Fiscalía Provincial Corporativa Especializada en Delitos de Corrupción '
                 'de Funcionarios de Amazonas en una diligencia de allanamiento, y permanecen bajo custodia fiscal, por lo que no es '
                 'posible reconstruir su contenido.',
                 'Sin perjuicio de ello, se remite la información disponible de los ejercicios anteriores:'])
    R.table([['Acción', '2018', '2019']],
            yrows([('Charlas en instituciones educativas', 'charla', [17, 23]), ('Víctimas derivadas al CEM', 'víctima derivada', [5, 8]),
                   ('Ferias informativas', 'feria', [2, 3])], [2018, 2019]), widths=(8.0, 2.5, 2.5))
    closing(R)
    R.sign('Lic. Marleny Zuta Chuquizuta', 'Gerente Regional de Desarrollo Social')


def v003():
    R = new('v003', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Puno', 'MPP', 'provincial_municipality'), 'CARTA N° 071-2023-MPP/GDS',
            ['Expediente N° 2023-004517'], '2023-02-09',
            'carta, three-year table with years as columns and a total column, budget row in thousands stated in a note under the table',
            notes='Request 2020-2022, answered for each year. Budget row scaled x1000 by the note under the table (unit_source caption); the total column has no year.')
    std(R, ['MUNICIPALIDAD PROVINCIAL DE PUNO', 'Gerencia de Desarrollo Social', 'Sub Gerencia de DEMUNA y OMAPED'], 2023,
        'Puno, 09 de febrero de 2023', 'CARTA N° 071-2023-MPP/GDS', ['Señorita', 'Yessica Mamani Quispe', 'Jr. Lima 428 – Puno'],
        [('Asunto', ': Se remite información 2020-2022'), ('Ref.', ': Expediente N° 2023-004517')])
    body(R, ['Es grato saludarla y, en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones '
             'de la Mesa Provincial contra la Trata de Personas en los años 2020, 2021 y 2022, se detalla lo siguiente:'])
    rows = yrows([('Sesiones de la Mesa Provincial', 'sesión', [4, 6, 9]), ('Campañas de sensibilización', 'campaña', [2, 5, 7]),
                  ('Personas sensibilizadas', 'persona', [310, 1245, 2090])], [2020, 2021, 2022], total=True)
    rows.append(['Presupuesto ejecutado'] + [Mf(v, 'us', 1, scale=1000, y=y, r='e', u='caption') for v, y in ((12.4, 2020), (28.9, 2021), (41.5, 2022))]
                + [Mf(82.8, 'us', 1, scale=1000, r='e', u='caption')])
    R.table([['Indicador', '2020', '2021', '2022', 'Total']], rows, widths=(6.8, 2.2, 2.2, 2.2, 2.2),
            note='Nota: el presupuesto ejecutado se expresa en miles de soles.')
    closing(R, 'Sin otro particular, quedo de usted.')
    R.sign('Abog. Nilda Condori Ticona', 'Sub Gerente de DEMUNA y OMAPED')


def v004():
    R = new('v004', 'missing', 'no_information', ['prevention', 'protection'], ('2023-01-01', '2023-06-30'),
            S('Municipalidad Distrital de Las Piedras', None, 'district_municipality'), 'CARTA N° 0029-2023-MDLP/SG',
            ['Informe N° 112-2023-MDLP/DEMUNA'], '2023-08-02',
            'carta of the general secretary, short, period as "primer semestre de 2023"',
            notes='No information: after searching the archive the DEMUNA holds no record on trafficking; no figures.')
    std(R, ['MUNICIPALIDAD DISTRITAL DE LAS PIEDRAS', 'Provincia de Tambopata – Madre de Dios', 'Secretaría General'], 2023,
        'Planchón, 02 de agosto de 2023', 'CARTA N° 0029-2023-MDLP/SG', ['Sr.', 'Edwin Huayllani Mercado', 'Presente.'], [])
    body(R, ['De mi consideración:', 'Me dirijo a usted en relación con su pedido de información sobre casos y actividades vinculados '
             'a la trata de personas durante el primer semestre de 2023. Al respecto, según el Informe N° 112-2023-MDLP/DEMUNA, '
             'la Defensoría Municipal del Niño y del Adolescente revisó su archivo documentario y su libro de registro, sin hallar '
             'documento alguno que contenga la información requerida, la cual no ha sido generada ni obtenida por esta entidad.',
             'Se le recuerda que la Ley N° 27806 no obliga a crear o producir información con la que no se cuente.'])
    R.sign('Lic. Ruth Quispe Hancco', 'Secretaria General')


def v005():
    R = new('v005', 'answered', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Unidad de Gestión Educativa Local de Maynas', 'UGEL Maynas', GR), 'OFICIO N° 01884-2024-GRL-DREL-UGEL-MAYNAS-D',
            ['Solicitud de información sobre acciones preventivas 2023'], '2024-02-20',
            'oficio, the period only in the reference line, institution-level table with two count columns, zero-padded counts in text',
            notes='Period 2023 only in the REF line; figures get 2023.')
    std(R, ['GOBIERNO REGIONAL DE LORETO', 'DIRECCIÓN REGIONAL DE EDUCACIÓN DE LORETO', 'UNIDAD DE GESTIÓN EDUCATIVA LOCAL DE MAYNAS'],
        2024, 'Iquitos, 20 FEB 2024', 'OFICIO N° 01884-2024-GRL-DREL-UGEL-MAYNAS-D',
        ['Señora:', 'CARMEN LUCÍA PAREDES VELA', 'Coordinadora – Colectivo Mujer Amazónica'],
        [('REF.:', 'Solicitud de información sobre acciones preventivas 2023')], style='l',
        logo=(logo_png('ugm', 'UGEL', 'square', (10, 70, 130)), 1.5))
    body(R, ['Es grato dirigirme a usted para hacer llegar lo solicitado. El área de Tutoría y Orientación Educativa reporta:'])
    R.table([['Distrito', 'II.EE. con sesiones de tutoría', 'Docentes capacitados']],
            [['Iquitos', Cn(38, 'institución educativa', y=2023), Cn(212, 'docente', y=2023)],
             ['Punchana', Cn(21, 'institución educativa', y=2023), Cn(97, 'docente', y=2023)],
             ['Belén', Cn(17, 'institución educativa', y=2023), Cn(84, 'docente', y=2023)],
             ['San Juan Bautista', Cn(26, 'institución educativa', y=2023), Cn(130, 'docente', y=2023)]],
            widths=(5.0, 4.5, 4.0), ruled='hlines')
    body(R, ['Adicionalmente, se realizaron ' + Cz(4, 'pasacalle', y=2023) + ' pasacalles y ' + Cz(9, 'feria escolar', y=2023) +
             ' ferias escolares por el Día Mundial contra la Trata de Personas.'])
    R.sign('Mg. Jorge Luis Ríos Panaifo', 'Director de la UGEL Maynas')


def v006():
    R = new('v006', 'answered', None, ['protection'], ('2021-01-01', '2021-06-30'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), 'OFICIO N° D000412-2021-MIMP-DGCVG',
            ['Solicitud con registro N° 2021-0031245'], '2021-07-29',
            'oficio, months as rows (January-June) with two count columns and a share column printed as bare numbers under "%"',
            notes='Part-year: first semester 2021 (enero a junio). Share column: bare numbers under "%" are percents.')
    std(R, ['PERÚ  Ministerio de la Mujer y Poblaciones Vulnerables', 'Viceministerio de la Mujer', 'Dirección General Contra la Violencia de Género'],
        2021, 'San Isidro, 29 de julio de 2021', 'OFICIO N° D000412-2021-MIMP-DGCVG', ['Señor', 'Fernando Castañeda Olaya', 'Presente'],
        [('Asunto', 'Atenciones a víctimas de trata en los CEM, enero a junio de 2021'), ('Referencia', 'Solicitud con registro N° 2021-0031245')])
    body(R, ['Tengo el agrado de dirigirme a usted para remitir el número de casos de trata de personas atendidos por los Centros '
             'Emergencia Mujer entre enero y junio de 2021:'])
    vals = [('Enero', 11, 7), ('Febrero', 9, 5), ('Marzo', 14, 10), ('Abril', 12, 8), ('Mayo', 17, 11), ('Junio', 13, 9)]
    tot = sum(a for _, a, _ in vals)
    rows = [[m, Cn(a, 'caso', y=2021), Cn(b, 'caso', y=2021), Pbare(round(a / tot * 100, 1), y=2021, u='column')] for m, a, b in vals]
    rows.append(['Total', Cn(tot, 'caso', y=2021), Cn(sum(b for _, _, b in vals), 'caso', y=2021), Pbare(100.0, y=2021, u='column')])
    R.table([['Mes', 'Casos atendidos', 'De ellos, NNA', '%']], rows, widths=(3.5, 3.5, 3.5, 2.0), bold_rows=(6,))
    R.sign('Abog. Silvia Ugaz Larrea', 'Directora General contra la Violencia de Género')


def v007():
    R = new('v007', 'out_of_period', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'), 'OFICIO N° 256-2023-GDHS-MPC',
            ['Convenio N° 014-2021-MPC', 'Ordenanza Municipal N° 031-2023-MC'], '2023-05-16',
            'oficio, plan table with quarter columns of 2024 and a budget line in soles with K',
            notes='Request 2022; reply gives only the 2024 plan: the 2022 actions were run by an NGO under an agreement and its final report was never delivered. Plan figures get 2024; the K amounts are thousands.')
    std(R, ['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Desarrollo Humano y Social'], 2023, 'Cusco, 16 de mayo de 2023',
        'OFICIO N° 256-2023-GDHS-MPC', ['Señora', 'Lourdes Ccahuana Huillca', 'Presente.-'],
        [('ASUNTO', ': Respuesta a pedido sobre acciones contra la trata de personas en el año 2022')], style='band',
        logo=(logo_png('mpc', 'MPC', 'circle', (140, 20, 20)), 1.6))
    body(R, ['En el año 2022 las acciones preventivas fueron ejecutadas por una organización civil en el marco del Convenio N° 014-2021-MPC; '
             'dicha organización no entregó su informe final, que le ha sido requerido notarialmente, por lo que la Gerencia no dispone '
             'de los resultados de ese año.',
             'Se pone en su conocimiento lo programado en el Plan Local contra la Trata de Personas 2024, aprobado por Ordenanza Municipal N° 031-2023-MC:'])
    R.table([['Actividad', 'I Trim.', 'II Trim.', 'III Trim.', 'IV Trim.']],
            [['Talleres en mercados', Cn(2, 'taller', y=2024), Cn(3, 'taller', y=2024), Cn(3, 'taller', y=2024), Cn(2, 'taller', y=2024)],
             ['Operadores turísticos capacitados', Cn(40, 'operador turístico', y=2024), Cn(60, 'operador turístico', y=2024),
              Cn(60, 'operador turístico', y=2024), Cn(40, 'operador turístico', y=2024)],
             ['Presupuesto programado', Mk(18, y=2024, r='a', u='cell'), Mk(26, y=2024, r='a', u='cell'), Mk(26, y=2024, r='a', u='cell'),
              Mk(15, y=2024, r='a', u='cell')]], widths=(6.0, 2.4, 2.4, 2.4, 2.4))
    R.sign('Econ. Wilber Ttito Ayma', 'Gerente de Desarrollo Humano y Social')


def v008():
    R = new('v008', 'answered', None, ['prosecution'], ('2019-01-01', '2021-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes', None, 'autonomous'),
            'OFICIO N° 000198-2022-MP-FN-FPEDTP-TUMBES', ['Carta N° 004-2022-ONG-FRONTERA'], '2022-02-15',
            'oficio, years as rows with procedural-stage columns under a merged header, share of archived cases in a column with % in each cell',
            notes='Request 2019-2021, answered for each year. Total row has no year.')
    std(R, ['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes'],
        2022, 'Tumbes, 15 de febrero de 2022', 'OFICIO N° 000198-2022-MP-FN-FPEDTP-TUMBES',
        ['Señora', 'Directora Ejecutiva de la ONG Frontera Sin Trata', 'Presente.-'],
        [('REFERENCIA', ': Carta N° 004-2022-ONG-FRONTERA')], dec=False)
    body(R, ['Tengo el honor de dirigirme a usted, para informarle sobre las carpetas fiscales por delito de trata de personas tramitadas '
             'por este Despacho entre los años 2019 y 2021, según el Sistema de Gestión Fiscal:'])
    data = [(2019, 41, 12, 7, 22), (2020, 29, 9, 4, 16), (2021, 53, 15, 10, 28)]
    rows = []
    for y, a, b, c, d in data:
        rows.append([str(y), Cn(a, 'carpeta fiscal', y=y), Cn(b, 'formalización', y=y), Cn(c, 'acusación', y=y), Cn(d, 'archivo', y=y),
                     Pf(round(d / a * 100, 1), 1, 'eu', suf=' %', y=y, u='cell')])
    rows.append(['Total', Cn(123, 'carpeta fiscal'), Cn(36, 'formalización'), Cn(21, 'acusación'), Cn(66, 'archivo'), Pf(53.7, 1, 'eu', suf=' %', u='cell')])
    head = [['Año', 'Carpetas ingresadas', 'Estado procesal', '', '', 'Archivadas / ingresadas'],
            ['', '', 'Formalizadas', 'Con acusación', 'Archivadas', '']]
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5)), widths=(1.6, 2.6, 2.6, 2.6, 2.6, 3.0), bold_rows=(3,))
    R.sign('Dra. Katherine Olaya Zapata', 'Fiscal Provincial Titular', 'FPEDTP – Tumbes')


def v009():
    R = new('v009', 'missing', 'not_competent_referred', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de los Registros Públicos', 'SUNARP', 'other'), 'OFICIO N° 00317-2023-SUNARP/OGAJ',
            ['Solicitud N° 1450-2023-TAIP', 'Oficio N° 00316-2023-SUNARP/OGAJ'], '2023-03-21',
            'oficio, short, forwarding the request to the interior ministry',
            notes='Not competent; says it forwarded the request to MININTER by a cited oficio: referral.')
    std(R, ['SUPERINTENDENCIA NACIONAL DE LOS REGISTROS PÚBLICOS', 'Oficina General de Asesoría Jurídica'], 2023,
        'Lima, 21 de marzo de 2023', 'OFICIO N° 00317-2023-SUNARP/OGAJ', ['Señor', 'Iván Torres Villena', 'Presente.-'],
        [('Asunto', ': Su solicitud sobre denuncias por trata de personas en 2022'), ('Referencia', ': Solicitud N° 1450-2023-TAIP')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. La SUNARP administra los registros jurídicos de bienes, '
             'personas jurídicas y mandatos, y no registra denuncias policiales ni investigaciones penales.',
             'En aplicación del artículo 15-A del Texto Único Ordenado de la Ley N° 27806, su pedido ha sido remitido al Ministerio del '
             'Interior mediante Oficio N° 00316-2023-SUNARP/OGAJ, entidad que lo atenderá directamente, lo que se le comunica para su conocimiento.'])
    R.sign('Abog. Diana Meza Rospigliosi', 'Jefa (e) de la Oficina General de Asesoría Jurídica')


def v010():
    R = new('v010', 'answered', None, ['prosecution', 'protection', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Oficina de las Naciones Unidas contra la Droga y el Delito', 'UNODC', 'foreign'), 'Ref.: UNODC/LPO-PE/2022/031',
            ['letter of 11 January 2022'], '2022-01-28',
            'English letter, a results sheet (indicator | 2021) and USD amounts with million and K in text',
            lang='en', font='Calibri', notes='English; calendar year 2021; sender named in Spanish as a Peruvian analyst would. USD amounts: budget allocated, spent executed.')
    R.header(['United Nations Office on Drugs and Crime', 'Liaison and Partnership Office in Peru'], align='l')
    R.p('Lima, 28 January 2022', align='r')
    R.p('Ref.: UNODC/LPO-PE/2022/031', bold=True)
    R.p('Ms. Andrea Solís Vargas\nResearch coordinator, Observatorio de Trata', after=8)
    body(R, ['Dear Ms. Solís,', 'Thank you for your letter of 11 January 2022 asking for information on our technical assistance against '
             'trafficking in persons in Peru during calendar year 2021. Our results for that year were:'])
    ficha(R, [('Prosecutors and judges trained in investigation', Cn(186, 'prosecutor and judge', y=2021)),
              ('Police officers trained', Cn(240, 'police officer', y=2021)),
              ('Regional networks assisted with protocols', Cn(7, 'regional network', y=2021)),
              ('Victims referred to specialised services', Cn(58, 'victim', y=2021))], head=('Indicator', '2021'))
    body(R, ['The 2021 budget of the project was ' + M('USD 0.48 million', 480000.0, y=2021, r='a', cur='USD') + ', of which we spent '
             + Mk(431, pre='USD ', y=2021, r='e', cur='USD') + '.', 'Yours sincerely,'])
    R.sign('Martina Ekström', 'Programme Officer', 'UNODC Peru', align='l', firma=False)


def v011():
    R = new('v011', 'out_of_period', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), 'OFICIO N° 0877-2023-MIMP/INABIF/DE',
            ['Memorando N° 211-2023-MIMP/INABIF/UTI'], '2023-06-07',
            'oficio of the INABIF programme, table with the later years as columns, a residence-type rows',
            notes='Request 2019; reply gives 2021-2022: the 2019 records have not been migrated to the new information system (migration to end in a later month). INABIF recorded as MIMP.')
    std(R, ['Ministerio de la Mujer y Poblaciones Vulnerables', 'Programa Integral Nacional para el Bienestar Familiar – INABIF', 'Dirección Ejecutiva'],
        2023, 'Lima, 07 de junio de 2023', 'OFICIO N° 0877-2023-MIMP/INABIF/DE', ['Señora', 'Patricia Lozada Cueva', 'Presente'],
        [('Asunto', ': Niñas, niños y adolescentes víctimas de trata en CAR – año 2019')])
    body(R, ['Según el Memorando N° 211-2023-MIMP/INABIF/UTI, los registros del año 2019 se encuentran en la base de datos del sistema anterior, '
             'cuya migración al nuevo Sistema Integrado de Registro culminará en el segundo semestre del presente año; hasta entonces no '
             'pueden ser consultados. Se remite, a modo referencial, la información de los años 2021 y 2022:'])
    R.table([['Tipo de centro', '2021', '2022']],
            yrows([('CAR básicos', 'residente', [34, 41]), ('CAR especializados', 'residente', [19, 27]), ('Reintegrados a su familia', 'residente', [12, 16])], [2021, 2022]),
            widths=(7.0, 2.5, 2.5), ruled='hlines')
    R.sign('Lic. Óscar Begazo Pino', 'Director Ejecutivo')


def v012():
    R = new('v012', 'answered', None, ['governance', 'prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de San Martín', 'GRSM', GR), None, [], '2023-01-18',
            'spreadsheet sent alone: title block with fiscal year, budget columns in soles, physical targets with their unit of measure',
            fmt='xlsx', keep_native=True,
            notes='Spreadsheet sent alone (no letter); fiscal year 2022 in the title block; date in the "Fecha de corte" line. Amounts in soles per column header; avance as percent formatted by the sheet.')
    ws = R.wb.active
    ws.title = 'PPR 2022'
    ws['A1'] = 'GOBIERNO REGIONAL DE SAN MARTÍN – GERENCIA REGIONAL DE DESARROLLO SOCIAL'
    ws['A2'] = 'Ejecución de actividades contra la trata de personas – Año fiscal 2022'
    ws['A3'] = 'Fecha de corte: 18/01/2023'
    rows = []
    for lab, un, meta, pim, dev in [('Red regional contra la trata', 'sesión', 8, 42000, 39150), ('Campañas en colegios', 'campaña', 12, 96500, 88210),
                                    ('Atención en hogar refugio', 'persona', 35, 188000, 171440)]:
        rows.append([lab, un, (meta, '0', 'count', {'what': un, 'y': 2022}), (pim, '#,##0.00', 'money', {'y': 2022, 'r': 'a'}),
                     (dev, '#,##0.00', 'money', {'y': 2022, 'r': 'e'}), (round(dev / pim, 3), '0.0%', 'percent', {'y': 2022, 'u': 'cell'})])
    xtable(R, ws, 5, [['Actividad', 'Unidad de medida', 'Meta física', 'PIM (S/)', 'Devengado (S/)', 'Avance']], rows,
           widths=(34, 16, 11, 15, 15, 10))
    xfont(ws)
    xsetup(ws)


def v013():
    R = new('v013', 'answered', None, ['protection', 'prevention'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'), 'CARTA N° 0142-2024-SG/MDSJL',
            ['Informe N° 035-2024-SGBS-GDS/MDSJL'], '2024-01-30',
            'carta, substantive null answer in two sentences, no table',
            notes='Substantive null answer for 2023: no cases registered and no activities programmed; no figures.')
    std(R, ['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Secretaría General'], 2024, 'San Juan de Lurigancho, 30 de enero de 2024',
        'CARTA N° 0142-2024-SG/MDSJL', ['Señor', 'Gerardo Poma Rivas', 'Presente.-'], [], style='r')
    body(R, ['Por medio de la presente, y conforme al Informe N° 035-2024-SGBS-GDS/MDSJL, le comunico que durante el ejercicio 2023 la DEMUNA '
             'del distrito no atendió ni derivó caso alguno vinculado a la trata de personas.',
             'Asimismo, en dicho ejercicio la Sub Gerencia de Bienestar Social no programó actividades preventivas específicas sobre esta '
             'materia ni se asignaron recursos para ese fin. Con lo cual se da por atendida su solicitud.'])
    sigline(R, 'Abg. Ricardo Vilca Paucar', 'Secretario General')


def v014():
    R = new('v014', 'out_of_period', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Trabajo y Promoción del Empleo de Junín', 'DRTPE Junín', GR), 'OFICIO N° 402-2024-GRJ/DRTPE',
            ['Resolución Ministerial N° 129-2022-TR'], '2024-03-05',
            'oficio, tab-aligned plain-text table without lines, years 2020 and 2021 as columns',
            notes='Request 2023; reply gives 2020-2021: since 2022 labour inspection in the region was transferred to the national inspection authority, so the directorate holds no 2023 data; earlier years given.')
    std(R, ['GOBIERNO REGIONAL JUNÍN', 'DIRECCIÓN REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO'], 2024, 'Huancayo, 05 de marzo de 2024',
        'OFICIO N° 402-2024-GRJ/DRTPE', ['Señor', 'Hugo Rojas Baquerizo', 'Presente'],
        [('ASUNTO', ': Inspecciones por trabajo forzoso – 2023')])
    body(R, ['En atención a su solicitud, se informa que, en virtud de la Resolución Ministerial N° 129-2022-TR, desde el año 2022 las '
             'funciones de inspección del trabajo en la región fueron asumidas por la intendencia regional de la autoridad inspectiva nacional, '
             'por lo que esta Dirección no cuenta con registros del año 2023. Se remite lo registrado cuando ejercía dicha función:'])
    R.tabgrid([['Concepto', '2020', '2021']],
              yrows([('Inspecciones por trabajo forzoso', 'inspección', [14, 19]), ('Trabajadores verificados', 'trabajador', [236, 311]),
                     ('Actas de infracción', 'acta de infracción', [3, 5])], [2020, 2021]), [(11.0, 'r'), (14.0, 'r')], rule_len=70)
    R.sign('Abog. Yolanda Orihuela Meza', 'Directora Regional')


def v015():
    R = new('v015', 'answered', None, ['prosecution', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes de la PNP', 'DIRCTPTIM', 'police'),
            'OFICIO N° 215-2023-DIRNIC-PNP/DIRCTPTIM-SEC', ['Solicitud de fecha 12ENE2023'], '2023-01-26',
            'police oficio in Courier, quarter columns with a yearly total, rescued persons split by age',
            font='Courier New', size=10, notes='Year 2022 in ASUNTO; quarterly columns; totals keep 2022.')
    std(R, ['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL', 'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'],
        2023, 'Lima, 26 de enero de 2023', 'OFICIO N° 215-2023-DIRNIC-PNP/DIRCTPTIM-SEC', ['Señor', 'Daniel Ccoyllo Arce', 'Ciudad.'],
        [('ASUNTO', ': Remite estadística de operativos – año 2022'), ('REF', ': Solicitud de fecha 12ENE2023')], dec=False)
    qs = [('Operativos ejecutados', 'operativo', [22, 31, 27, 35]), ('Personas rescatadas mayores de edad', 'persona rescatada', [40, 57, 49, 61]),
          ('Personas rescatadas menores de edad', 'persona rescatada', [18, 22, 15, 26]), ('Detenidos', 'detenido', [13, 19, 16, 24])]
    R.table([['Concepto', 'I TRIM', 'II TRIM', 'III TRIM', 'IV TRIM', 'TOTAL 2022']],
            [[lab] + [Cn(v, w, y=2022) for v in vals] + [Cn(sum(vals), w, y=2022)] for lab, w, vals in qs],
            widths=(6.2, 1.8, 1.8, 1.8, 1.8, 2.4), size=8.5, font='Courier New')
    R.sign('Crnl. PNP Hernán Quiroz Alarcón', 'Jefe de la DIRCTPTIM PNP', firma=True)
