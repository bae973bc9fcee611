"""blind-v18 letters u016-u030 (written from scratch for this set)."""
from lib import M, C, P, logo_png, para_border
from common import *


def u016():
    R = new('u016', 'out_of_period', None, ['prosecution'], ('2016-01-01', '2016-12-31'),
            S('Corte Superior de Justicia de Ucayali', 'CSJUC', 'autonomous'),
            'OFICIO N° 000377-2023-GAD-CSJUC-PJ', ['Solicitud N° 0158-2023-TAI', 'Informe N° 000064-2023-CE-UPD-GAD-CSJUC-PJ'], '2023-06-12',
            'oficio of a court district: two small tables one under the other (one per kind of court), years 2019-2022 as columns',
            notes='The request asks for 2016. The court district says its statistics office was restructured in 2018 and the series before 2019 was sent to the planning office of the Judiciary in Lima; it gives 2019-2022: out_of_period (later years). It does not say that nothing was done in 2016.')
    R.header(['CORTE SUPERIOR DE JUSTICIA DE UCAYALI', 'Gerencia de Administración Distrital'], logo=(logo_png('pj2', 'PJ', 'shield', (120, 30, 20)), 1.3), size=9)
    lema(R, 2023)
    R.p('Pucallpa, 12 de junio de 2023', align='r', after=6)
    R.p('OFICIO N° 000377-2023-GAD-CSJUC-PJ', bold=True, after=6)
    to(R, ['Señor', 'MARCO ANTONIO YAHUARCANI SORIA', 'Presente.-'])
    kv(R, [('Asunto', ': Información estadística sobre procesos por trata de personas'), ('Referencia', ': Solicitud N° 0158-2023-TAI')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita el número de procesos por el delito de '
             'trata de personas ingresados y resueltos en este Distrito Judicial durante el año 2016.',
             'Al respecto, según el Informe N° 000064-2023-CE-UPD-GAD-CSJUC-PJ de la Coordinación de Estadística, la oficina de estadística '
             'distrital fue reestructurada en el año 2018 y la serie histórica anterior a 2019 fue remitida a la Gerencia de Planificación de la '
             'Gerencia General del Poder Judicial, en Lima; este Distrito conserva únicamente la serie desde el año 2019, que se detalla a continuación:'])
    yrs = [2019, 2020, 2021, 2022]
    R.table([['Juzgados de Investigación Preparatoria', '2019', '2020', '2021', '2022']],
            yrows([('Procesos ingresados', 'proceso', [13, 9, 16, 21]), ('Procesos resueltos', 'proceso', [8, 7, 11, 15])], yrs),
            widths=(7.5, 2.0, 2.0, 2.0, 2.0), size=9.5, head_shade='E7E6E6')
    R.table([['Juzgados Penales Colegiados', '2019', '2020', '2021', '2022']],
            yrows([('Sentencias condenatorias', 'sentencia condenatoria', [5, 3, 6, 9]),
                   ('Sentencias absolutorias', 'sentencia absolutoria', [2, 1, 2, 3]),
                   ('Reservas de fallo y conclusiones anticipadas', 'conclusión anticipada', [1, 2, 2, 4])], yrs),
            widths=(7.5, 2.0, 2.0, 2.0, 2.0), size=9.5, head_shade='E7E6E6')
    body(R, ['Para la información del año 2016, puede dirigir su solicitud a la Gerencia General del Poder Judicial.', 'Atentamente,'])
    dsig(R, 'Rosa María Ahuanari Vásquez', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Ucayali',
         when='12/06/2023 12:31:07', fau='20159981216')


def u017():
    R = new('u017', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 1187-2022-JUS/DGDPAJ', ['Solicitud N° 00392-2022-JUS/TAIP', 'Informe N° 045-2022-JUS/DGDPAJ-DAV'], '2022-02-28',
            'oficio of the public-defence directorate: one table with shaded semester group rows, district sub-rows, a subtotal row per semester and a yearly total',
            notes='Public defenders for victims in 2021, by semester and district: protection. Every figure is of 2021 (semester group rows; the subtotal and total rows are of 2021 too).')
    R.header(['Ministerio de Justicia y Derechos Humanos', 'Dirección General de Defensa Pública y Acceso a la Justicia',
              'Dirección de Asistencia Legal y Defensa de Víctimas'], align='l', logo=(logo_png('jus', 'JUS', 'square', (150, 20, 20)), 1.8))
    lema(R, 2022)
    R.p('Miraflores, 28 de febrero de 2022', align='r', after=6)
    R.p('OFICIO N° 1187-2022-JUS/DGDPAJ', bold=True, after=6)
    to(R, ['Señora', 'KAREN VILLACORTA LUNA', 'Centro de Estudios sobre Trata y Migración'])
    kv(R, [('Asunto', ': Patrocinio legal a víctimas de trata de personas'), ('Referencia', ': Solicitud N° 00392-2022-JUS/TAIP')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre el '
             'patrocinio brindado por la Defensa Pública a víctimas de trata de personas durante el ejercicio 2021, desagregada por semestre.',
             'Sobre el particular, de acuerdo con el Informe N° 045-2022-JUS/DGDPAJ-DAV, se remite la información registrada en el Sistema '
             'de Información de la Defensa Pública:'])
    dist = ['Lima', 'Loreto', 'Madre de Dios', 'Puno', 'Cusco']
    s1 = [(38, 33, 71), (14, 12, 26), (17, 15, 29), (9, 9, 14), (11, 10, 19)]
    s2 = [(44, 36, 88), (16, 14, 31), (21, 18, 37), (12, 10, 20), (13, 11, 24)]
    W_ = ['víctima', 'caso', 'audiencia']
    rows, groups, bold = [], [], []
    tot = [0, 0, 0]
    for sem, data in (('I SEMESTRE 2021 (enero – junio)', s1), ('II SEMESTRE 2021 (julio – diciembre)', s2)):
        groups.append(len(rows)); rows.append([sem, '', '', ''])
        sub = [0, 0, 0]
        for d, v in zip(dist, data):
            rows.append(['Distrito de Defensa Pública de ' + d] + [Cn(x, W_[j], y=2021) for j, x in enumerate(v)])
            sub = [a + b for a, b in zip(sub, v)]
        bold.append(len(rows)); rows.append(['Subtotal ' + sem.split(' ')[0] + ' semestre'] + [Cn(x, W_[j], y=2021) for j, x in enumerate(sub)])
        tot = [a + b for a, b in zip(tot, sub)]
    bold.append(len(rows)); rows.append(['TOTAL AÑO 2021'] + [Cn(x, W_[j], y=2021) for j, x in enumerate(tot)])
    R.table([['Distrito de Defensa Pública', 'Víctimas patrocinadas', 'Casos nuevos', 'Audiencias atendidas']], rows,
            widths=(7.6, 2.8, 2.4, 2.8), size=9, groups=tuple(groups), bold_rows=tuple(bold), indent_rows=tuple(i for i in range(len(rows)) if i not in groups and i not in bold))
    body(R, ['Cabe precisar que una misma víctima puede contar con más de un caso patrocinado.', 'Atentamente,'])
    R.sign('Abog. JAVIER ERNESTO POMA CÁRDENAS', 'Director General de Defensa Pública y Acceso a la Justicia', align='c', before=18)


def u018():
    R = new('u018', 'out_of_period', None, ['prevention', 'governance', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Organización Internacional del Trabajo', 'OIT', 'foreign'),
            'Ref.: LIM/FPRW/2023/014', ['email of 2 March 2023'], '2023-03-20',
            'English letter of an international organisation; years as columns (2018, 2019) with one noun per row; budget in "US$ 1.6 million"',
            lang='en', font='Times New Roman', size=11.5,
            notes='The request asks for the Office\'s 2022 activities in Peru. The Office explains that 2022 results are reported only through its biennial implementation report, to be published after its Governing Body session, and gives the 2018 and 2019 results of the earlier project phase: out_of_period. Trained labour inspectors are prosecution, awareness is prevention, regional plans are governance.')
    R.header(['INTERNATIONAL LABOUR ORGANIZATION', 'ILO Decent Work Technical Support Team and Country Office for the Andean Countries'],
             align='c', size=9)
    R.p('Lima, 20 March 2023', align='r', after=8)
    R.p('Ref.: LIM/FPRW/2023/014', bold=True, after=8)
    to(R, ['Mr. Tomás Quiroz', 'Investigative Journalist'])
    body(R, ['Dear Mr. Quiroz,',
             'We acknowledge with thanks your email of 2 March 2023 requesting information on the activities carried out by the ILO in Peru '
             'during 2022 against forced labour and trafficking in persons for labour exploitation.',
             'The results of 2022 are part of the ILO Programme Implementation Report for the biennium, which is submitted to the Governing Body '
             'and published after its session in March 2024. Until then the Office is not in a position to release those figures.',
             'We are, however, pleased to share the results of 2018 and 2019, as reported in the final evaluation of the previous project phase:'])
    R.table([['Result', '2018', '2019']],
            yrows([('Labour inspectors trained on forced labour indicators', 'labour inspector', [64, 91]),
                   ('Workers reached by awareness activities', 'worker', [3150, 4720]),
                   ('Regional plans supported', 'regional plan', [2, 3]),
                   ('Employers\' and workers\' organizations engaged', 'organization', [11, 14])], [2018, 2019], st='us'),
            widths=(9.5, 2.5, 2.5), size=10, ruled='hlines')
    body(R, ['The project phase had a total budget of %s for both years.' % M('US$ 1.6 million', 1600000.0, r='a', cur='USD'),
             'Yours sincerely,'])
    R.p('', before=18)
    R.p('Ricardo Menéndez Ibarra', bold=True, after=0)
    R.p('Senior Specialist on Fundamental Principles and Rights at Work', after=0)


def u019():
    R = new('u019', 'answered', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0456-2023-MINCETUR/VMT/DGPDT', ['Solicitud N° 2023-0000119'], '2023-01-26',
            'oficio with numbered paragraphs; the period only in the reference line; dot-grouped counts, a space-grouped amount without decimals and a percent',
            notes='The year 2022 is written only in the reference line ("... – año 2022"); the letter answers for that year alone, so its figures get 2022. Prevention of sexual exploitation of children in tourism: prevention.')
    R.header(['PERÚ  |  Ministerio de Comercio Exterior y Turismo  |  Viceministerio de Turismo',
              'Dirección General de Políticas de Desarrollo Turístico'], align='l', size=8.5)
    lema(R, 2023)
    R.p('San Isidro, 26 de enero de 2023', align='r', after=6)
    R.p('OFICIO N° 0456-2023-MINCETUR/VMT/DGPDT', bold=True, after=6)
    to(R, ['Señora', 'NATALIA CÁRDENAS DEL ÁGUILA', 'Presente.-'])
    kv(R, [('Asunto', ': Atención de solicitud de acceso a la información pública'),
           ('Referencia', ': Solicitud N° 2023-0000119 – prevención de la explotación sexual de niñas, niños y adolescentes en el turismo, año 2022')])
    numbered(R, ['Me dirijo a usted en atención al documento de la referencia, a fin de remitir la información solicitada sobre las acciones de '
                 'prevención de la explotación sexual de niñas, niños y adolescentes en el ámbito del turismo (ESNNA) a cargo de esta Dirección General.',
                 'El Código de Conducta contra la ESNNA fue suscrito por %s prestadores de servicios turísticos, de los cuales %s son establecimientos '
                 'de hospedaje y %s agencias de viajes y turismo.' % (Cn(1245, 'prestador de servicios turísticos', 'eu', y=2022), Cn(872, 'establecimiento de hospedaje', y=2022), Cn(373, 'agencia de viajes y turismo', y=2022)),
                 'Se realizaron %s talleres de capacitación dirigidos a servidores de las Direcciones Regionales de Comercio Exterior y Turismo y a '
                 'prestadores de servicios, con %s participantes.' % (Cn(38, 'taller', y=2022), Cn(1904, 'participante', 'eu', y=2022)),
                 'La campaña "Mirada Atenta" difundió sus mensajes en %s aeropuertos y terminales terrestres.' % Cn(27, 'terminal', y=2022),
                 'El gasto ejecutado en estas acciones ascendió a %s, equivalente al %s del presupuesto programado.' % (Mn(284600, 'sp', 0, y=2022, r='e'), Pf(86, 0, y=2022))])
    R.p('Atentamente,', after=0, before=4)
    dsig(R, 'Luis Fernando Ocampo Rivas', 'Director General de Políticas de Desarrollo Turístico', when='26/01/2023 10:05:44', fau='20504774288')


def u020():
    R = new('u020', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Cajamarca', None, 'regional_government'),
            'OFICIO N° 0412-2024-GR.CAJ-GRDIS/SGPS', ['Expediente N° 2024-008155', 'Ordenanza Regional N° 007-2023-GR.CAJ-CR', 'Acta de Instalación de la Comisión de Transferencia'],
            '2024-04-15',
            'oficio; a plan table with milestone columns (2024, 2026, 2028) and a budget row; the unit of the budget row only in a note under the table (thousands of soles)',
            notes='The request asks for 2022. The regional government says the former social development office was merged into a new one by a 2023 ordinance and its 2022 documents are held by the transfer commission, whose inventory is not finished; it gives only the regional plan 2024-2028: out_of_period (plans only). Targets get the year they are programmed for; the budget row is in thousands of soles, as the note under the table says (unit_source caption).')
    R.header(['GOBIERNO REGIONAL CAJAMARCA', 'Gerencia Regional de Desarrollo e Inclusión Social', 'Sub Gerencia de Promoción Social'],
             logo=(logo_png('grcaj', 'GRC', 'shield', (100, 60, 10)), 1.4))
    lema(R, 2024)
    R.p('Cajamarca, 15 de abril de 2024', align='r', after=6)
    R.p('OFICIO N° 0412-2024-GR.CAJ-GRDIS/SGPS', bold=True, after=6)
    to(R, ['Señor', 'ÁNGEL RODRIGO TERRONES CHÁVEZ', 'Jr. Del Comercio 512, Cajamarca'])
    kv(R, [('Asunto', ': Respuesta a su solicitud de información'), ('Referencia', ': Expediente N° 2024-008155')])
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'ejecutadas por el Gobierno Regional en el año 2022 en el marco de la lucha contra la trata de personas.',
             'Al respecto, debo informarle que mediante la Ordenanza Regional N° 007-2023-GR.CAJ-CR se aprobó el nuevo Reglamento de Organización '
             'y Funciones, por el cual la anterior Gerencia Regional de Desarrollo Social fue fusionada en la actual Gerencia Regional de '
             'Desarrollo e Inclusión Social. El acervo documentario de la gerencia fusionada, incluido el correspondiente al año 2022, se encuentra '
             'bajo custodia de la Comisión de Transferencia conformada según el Acta de Instalación de la Comisión de Transferencia, la cual aún '
             'no culmina el inventario respectivo.',
             'En ese sentido, se pone a su conocimiento el Plan Regional contra la Trata de Personas 2024-2028, cuyas metas principales son:'])
    rows = [['Gobernanza', 'Sesiones de la Red Regional', Cn(6, 'sesión', y=2024), Cn(6, 'sesión', y=2026), Cn(6, 'sesión', y=2028)],
            ['Prevención', 'Estudiantes sensibilizados', Cn(4500, 'estudiante', 'sp', y=2024), Cn(6000, 'estudiante', 'sp', y=2026), Cn(7500, 'estudiante', 'sp', y=2028)],
            ['Prevención', 'Docentes capacitados', Cn(320, 'docente', 'sp', y=2024), Cn(400, 'docente', 'sp', y=2026), Cn(480, 'docente', 'sp', y=2028)],
            ['Atención', 'Víctimas con plan de reintegración', Cn(25, 'víctima', y=2024), Cn(35, 'víctima', y=2026), Cn(45, 'víctima', y=2028)],
            ['Gobernanza', 'Presupuesto programado', Mf(150.0, 'eu', 1, scale=1000, y=2024, r='a', u='caption'),
             Mf(185.5, 'eu', 1, scale=1000, y=2026, r='a', u='caption'), Mf(210.0, 'eu', 1, scale=1000, y=2028, r='a', u='caption')]]
    R.table([['Eje', 'Indicador', 'Meta 2024', 'Meta 2026', 'Meta 2028']], rows, row_label_col=1,
            widths=(2.6, 6.6, 2.3, 2.3, 2.3), size=9, note='Nota: el presupuesto programado se expresa en miles de soles.')
    body(R, ['Una vez culminado el inventario, se atenderá la parte de su pedido referida al año 2022.', 'Atentamente,'])
    R.sign('Lic. DORIS ELENA QUILICHE MEDINA', 'Sub Gerente de Promoción Social', align='c', before=16)


def u021():
    R = new('u021', 'answered', None, ['prevention'], ('2023-07-01', '2023-12-31'),
            S('Unidad de Gestión Educativa Local Tambopata', 'UGEL Tambopata', 'regional_government'),
            'OFICIO N° 00133-2024-GOREMAD/DREMDD/UGEL-TAMB-D', ['Carta N° 004-2024-CEDRO-MDD'], '2024-01-18',
            'oficio of a local education unit: month rows (July to December) and a total row; a percent in the text',
            notes='Part-year request: the second semester of 2023 (July-December). Month rows; every figure is of 2023. Sessions, students, teachers and parents reached to prevent: prevention.')
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'DIRECCIÓN REGIONAL DE EDUCACIÓN', 'UNIDAD DE GESTIÓN EDUCATIVA LOCAL TAMBOPATA'],
             logo=(logo_png('ugelt', 'UGEL', 'square', (0, 80, 140)), 1.6))
    lema(R, 2024)
    R.p('Puerto Maldonado, 18 de enero de 2024', align='r', after=6)
    R.p('OFICIO N° 00133-2024-GOREMAD/DREMDD/UGEL-TAMB-D', bold=True, after=6)
    to(R, ['Señor', 'Director Ejecutivo de CEDRO – Madre de Dios', 'Presente.-'])
    kv(R, [('ASUNTO', ': Remite información sobre acciones preventivas – segundo semestre 2023'), ('REFERENCIA', ': Carta N° 004-2024-CEDRO-MDD')])
    body(R, ['Me es grato dirigirme a usted para remitirle, en atención al documento de la referencia, la información de las acciones de prevención '
             'de la trata de personas desarrolladas en las instituciones educativas de la jurisdicción entre julio y diciembre de 2023:'])
    meses = [('Julio', 12, 640, 18, 0), ('Agosto', 21, 1105, 26, 140), ('Setiembre', 25, 1380, 31, 212), ('Octubre', 19, 990, 14, 95),
             ('Noviembre', 16, 812, 9, 160), ('Diciembre', 4, 203, 0, 0)]
    W_ = ['sesión de tutoría', 'estudiante', 'docente', 'padre de familia']
    rows, tot = [], [0, 0, 0, 0]
    for m, *v in meses:
        rows.append([m] + [Cn(x, W_[j], 'sp', y=2023) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total II semestre'] + [Cn(x, W_[j], 'sp', y=2023) for j, x in enumerate(tot)])
    R.table([['Mes', 'Sesiones de tutoría', 'Estudiantes participantes', 'Docentes capacitados', 'Padres de familia']], rows,
            widths=(3.4, 2.8, 3.2, 2.8, 2.8), size=9.5, bold_rows=(6,), head_shade='DDEBF7')
    body(R, ['Las sesiones se desarrollaron en el %s de las instituciones educativas de nivel secundario de la jurisdicción.' % Pf(72, 0, y=2023),
             'Hago propicia la ocasión para expresarle las muestras de mi estima personal.'])
    R.sign('Prof. HÉCTOR MAMANI CCAHUANA', 'Director de la UGEL Tambopata', align='c', before=18)


def u022():
    R = new('u022', 'answered', None, ['prosecution', 'governance'], ('2017-01-01', '2021-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 000233-2022-INEI/DTDIS', ['Solicitud de Acceso a la Información N° 1402-2022'], '2022-08-03',
            'covering oficio (page 1) and a technical note (page 2) whose text runs in two columns, then a table with the years 2017-2021 as columns and a percent change column',
            notes='The period is "the years the national plan 2017-2021 was in force", written out; answered for every year. Police and prosecution complaints are prosecution; the statistical series itself is knowledge management (governance). The change over the period has no year.')
    R.header(['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Técnica de Demografía e Indicadores Sociales'],
             logo=(logo_png('inei', 'INEI', 'circle', (0, 60, 120)), 1.4))
    lema(R, 2022)
    R.p('Lima, 03 de agosto de 2022', align='r', after=6)
    R.p('OFICIO N° 000233-2022-INEI/DTDIS', bold=True, after=6)
    to(R, ['Señorita', 'ANDREA LIZARRAGA PEÑA', 'Presente.-'])
    kv(R, [('Asunto', ': Estadísticas de trata de personas'), ('Referencia', ': Solicitud de Acceso a la Información N° 1402-2022')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, por el cual solicita información estadística sobre '
             'la trata de personas correspondiente al periodo de vigencia del Plan Nacional contra la Trata de Personas 2017-2021.',
             'Al respecto, se remite adjunta una nota técnica que resume las cifras compiladas por esta Dirección Técnica a partir de los '
             'registros administrativos de la Policía Nacional del Perú y del Ministerio Público.',
             'Atentamente,'])
    R.sign('Econ. PILAR MERCEDES ROJAS ÁLVAREZ', 'Directora Técnica de Demografía e Indicadores Sociales', align='c', before=20)
    R.pagebreak()
    R.p('NOTA TÉCNICA: TRATA DE PERSONAS, 2017-2021', bold=True, align='c', size=12, after=6)
    R.columns(2, 0.8)
    body(R, ['Las estadísticas de trata de personas se elaboran con los registros de denuncias del Sistema de Denuncias Policiales (SIDPOL) '
             'y de los casos registrados por el Ministerio Público en su sistema de gestión fiscal.',
             'En el periodo, las denuncias policiales pasaron de %s en 2017 a %s en 2021. El año con menor registro fue 2020, con %s '
             'denuncias, por efecto de las medidas de inmovilización social.' % (Cn(1433, 'denuncia', 'sp', y=2017), Cn(1929, 'denuncia', 'sp', y=2021), Cn(1024, 'denuncia', 'sp', y=2020)),
             'Las víctimas registradas por el Ministerio Público fueron mayoritariamente mujeres: en 2021 representaron el %s del total.' % Psp(81.3, 1, 'eu', y=2021),
             'La serie completa por fuente de registro se presenta en el cuadro siguiente.'], size=9.5)
    R.columns(1)
    yrs = [2017, 2018, 2019, 2020, 2021]
    rows = [['Denuncias policiales (SIDPOL)'] + [Cn(v, 'denuncia', 'sp', y=y) for v, y in zip([1433, 1588, 1702, 1024, 1929], yrs)] + [Psp(34.6, 1, 'eu', u='cell')],
            ['Casos fiscales registrados'] + [Cn(v, 'caso fiscal', 'sp', y=y) for v, y in zip([1612, 1830, 1965, 1287, 2104], yrs)] + [Psp(30.5, 1, 'eu', u='cell')],
            ['Víctimas registradas por el Ministerio Público'] + [Cn(v, 'víctima', 'sp', y=y) for v, y in zip([2315, 2611, 2837, 1902, 3046], yrs)] + [Psp(31.6, 1, 'eu', u='cell')]]
    R.table([['Fuente / variable', '2017', '2018', '2019', '2020', '2021', 'Var. % 2021/2017']], rows,
            widths=(5.4, 1.6, 1.6, 1.6, 1.6, 1.6, 2.2), size=9, caption='Cuadro 1. Perú: registros de trata de personas, 2017-2021', head_shade='DEEAF6',
            note='Fuente: Policía Nacional del Perú – SIDPOL; Ministerio Público – Sistema de Gestión Fiscal. Elaboración: INEI.')


def u023():
    R = new('u023', 'out_of_period', None, ['protection', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'),
            'CARTA N° 0311-2024-SGDEMUNA-GDS/MDC', ['Expediente N° 2024-0019633', 'Informe de Transferencia de Gestión 2019-2022'], '2024-05-09',
            'carta with a dash list of 2023 results; the reason (records of the former administration not handed over) in the second paragraph',
            notes='The request asks for 2021. The office says the former municipal administration did not hand over its 2021 records and that the transfer report does not include them (reported to the internal control office); it gives 2023 results: out_of_period (later year). DEMUNA cases are protection; talks are prevention.')
    R.header(['MUNICIPALIDAD DISTRITAL DE COMAS', 'Gerencia de Desarrollo Social', 'Subgerencia de la Defensoría Municipal del Niño y del Adolescente'],
             align='c', size=9, logo=None)
    lema(R, 2024, dec=False)
    R.p('Comas, 09 de mayo de 2024', align='l', after=6)
    R.p('CARTA N° 0311-2024-SGDEMUNA-GDS/MDC', bold=True, after=6)
    to(R, ['Señora', 'YESSICA HUARCAYA LEÓN', 'Presente.-'])
    kv(R, [('Asunto', ': Atención de solicitud de información – año 2021'), ('Referencia', ': Expediente N° 2024-0019633')])
    body(R, ['Por medio de la presente me dirijo a usted, en atención al documento de la referencia, por el cual solicita información sobre los '
             'casos de trata de personas atendidos por la DEMUNA y las acciones de prevención realizadas en el año 2021.',
             'Al respecto, debo señalar que la gestión municipal del periodo 2019-2022 no efectuó la entrega de los registros de casos ni de los '
             'informes de actividades del año 2021 de esta Subgerencia, y que el Informe de Transferencia de Gestión 2019-2022 no los consigna; '
             'este hecho ha sido puesto en conocimiento del Órgano de Control Institucional. En consecuencia, no se dispone de dicha información.',
             'A título informativo, se detallan los resultados obtenidos por esta Subgerencia durante el año 2023:'])
    for t in ['– Casos de niñas, niños y adolescentes en riesgo de trata atendidos: %s.' % Cn(14, 'caso', y=2023),
              '– Casos derivados a la Unidad de Protección Especial de Lima Norte: %s.' % Cn(6, 'caso', y=2023),
              '– Charlas de prevención en instituciones educativas y comedores populares: %s.' % Cn(26, 'charla', y=2023),
              '– Personas asistentes a las charlas: %s, de las cuales el %s fueron mujeres.' % (Cn(1180, 'persona', 'eu', y=2023), Pf(64, 0, y=2023))]:
        R.p(t, indent=0.8, after=2)
    body(R, ['Sin otro particular, quedo de usted.'])
    R.sign('Abog. MILAGROS ESTHER CAMPOS RUIZ', 'Subgerente de la DEMUNA', align='r', before=18)


def u024():
    R = new('u024', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0087-2021-DP/OD-LORETO', ['Solicitud de fecha 4 de febrero de 2021', 'Informe de Supervisión N° 003-2020-DP/OD-LORETO'], '2021-02-25',
            'oficio of an ombudsman regional office: a compliance matrix (criteria as rows; supervised, complying, not complying, % in each cell); a count written as a word with digits',
            notes='Supervision of shelters and women\'s emergency centres in 2020: protection. The percent column prints "%" in each cell (unit_source cell).')
    R.header(['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Loreto'], logo=(logo_png('dp', 'DP', 'circle', (0, 90, 160)), 1.3), size=10)
    lema(R, 2021)
    R.p('Iquitos, 25 de febrero de 2021', align='r', after=6)
    R.p('OFICIO N° 0087-2021-DP/OD-LORETO', bold=True, after=6)
    to(R, ['Señora', 'GABRIELA SOPLÍN VELA', 'Red Amazónica de Mujeres', 'Iquitos'])
    kv(R, [('Asunto', ': Resultados de supervisión a servicios de atención a víctimas de trata – 2020'),
           ('Ref.', ': Solicitud de fecha 4 de febrero de 2021')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para remitirle los resultados de las supervisiones realizadas por esta '
             'Oficina Defensorial durante el año 2020 a los servicios que atienden a víctimas de trata de personas en la región Loreto, consignados '
             'en el Informe de Supervisión N° 003-2020-DP/OD-LORETO:'])
    crit = [('Centros de Acogida Residencial con equipo psicosocial completo', 9, 5),
            ('Centros de Acogida Residencial con plan de reintegración por residente', 9, 3),
            ('Centros Emergencia Mujer con protocolo de atención a víctimas de trata', 7, 6),
            ('Dependencias policiales con ambiente reservado para entrevistas', 12, 4)]
    rows = []
    for lab, s_, c in crit:
        rows.append([lab, Cn(s_, 'establecimiento', y=2020), Cn(c, 'establecimiento', y=2020), Cn(s_ - c, 'establecimiento', y=2020),
                     Psp(round(c / s_ * 100, 1), 1, 'eu', y=2020, u='cell')])
    R.table([['Criterio supervisado', 'Supervisados', 'Cumplen', 'No cumplen', 'Cumplimiento']], rows,
            widths=(7.4, 2.3, 1.9, 2.1, 2.3), size=9, head_shade='DEEAF6')
    body(R, ['Como resultado de las supervisiones se formularon %s recomendaciones a las entidades responsables, cuyo seguimiento se encuentra a '
             'cargo de esta Oficina.' % Cwz(17, 'recomendación', fem=True, y=2020),
             'Atentamente,'])
    R.sign('Abog. JULIO CÉSAR PIZANGO REÁTEGUI', 'Jefe de la Oficina Defensorial de Loreto', align='c', before=18)


def u025():
    R = new('u025', 'answered', None, ['prosecution', 'prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Tambopata', 'MPTAMB', 'provincial_municipality'),
            'OFICIO N° 0097-2024-MPTAMB-GDS/SGDH', ['Expediente Administrativo N° 3421-2024'], '2024-02-06',
            'oficio: a table with a column for the requested year (2023) and a cumulative column 2019-2023; an amount written "S/. 64,500.00 nuevos soles"',
            notes='2023 asked and answered; the cumulative 2019-2023 column is out-of-period context (its figures have no year). Mixed in- and out-of-period: answered. Inspections and closures are prosecution, talks prevention, referrals protection.')
    left_header(R, (logo_png('mptamb', 'MPT', 'shield', (20, 100, 60)), 1.6),
                ['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Desarrollo Social', 'Sub Gerencia de Desarrollo Humano'],
                right='Puerto Maldonado\nCapital de la Biodiversidad del Perú')
    lema(R, 2024)
    R.p('Puerto Maldonado, 06 de febrero de 2024', align='r', after=6)
    R.p('OFICIO N° 0097-2024-MPTAMB-GDS/SGDH', bold=True, after=6)
    to(R, ['Señor', 'JHON PAREDES ZEVALLOS', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre acciones frente a la trata de personas en el año 2023'),
           ('Referencia', ': Expediente Administrativo N° 3421-2024')])
    body(R, ['Es grato dirigirme a usted en atención al documento de la referencia, y remitirle el resumen de las acciones realizadas por esta '
             'Municipalidad en el año 2023; a efectos comparativos, se incluye el acumulado desde el año 2019, fecha de instalación de la Mesa '
             'Provincial contra la Trata de Personas:'])
    data = [('Operativos de control a discotecas, bares y hospedajes (con PNP y Fiscalía)', 'operativo', 24, 97),
            ('Establecimientos clausurados', 'establecimiento', 7, 31),
            ('Charlas de prevención en colegios y mercados', 'charla', 33, 141),
            ('Personas capacitadas', 'persona', 1460, 5912),
            ('Casos derivados al CEM y a la UPE', 'caso', 11, 38)]
    rows = [[lab, Cn(a, w, y=2023), Cn(b, w)] for lab, w, a, b in data]
    R.table([['Acción', 'Año 2023', 'Acumulado 2019-2023']], rows, widths=(10.0, 2.4, 3.4), size=9.5)
    body(R, ['El presupuesto ejecutado en el año 2023 para estas acciones fue de %s, con cargo a recursos ordinarios.'
             % Mns(64500.00, pre='S/. ', y=2023, r='e'),
             'Atentamente,'])
    R.sign('Lic. ROCÍO DEL PILAR HUAMANTICA SALAS', 'Sub Gerente de Desarrollo Humano', align='c', before=16)


def u026():
    R = new('u026', 'out_of_period', None, ['prosecution', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000518-2023-MIGRACIONES-SG', ['Solicitud de Acceso a la Información N° 2023-0003381'], '2023-03-02',
            'oficio: one row per border post, years 2019 and 2020 as columns with a total row; a humanitarian-status count per year in the text; one percent',
            notes='The request asks for 2022. The 2022 figures were sent to the multisectoral commission as part of the national report and may be released only once the commission approves it; the letter gives 2019 and 2020: out_of_period. Alerts at border posts are prosecution; humanitarian migratory status of foreign victims is protection.')
    R.header(['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Secretaría General'], logo=(logo_png('migra', 'SNM', 'square', (0, 70, 130)), 1.4))
    lema(R, 2023)
    R.p('Breña, 02 de marzo de 2023', align='r', after=6)
    R.p('OFICIO N° 000518-2023-MIGRACIONES-SG', bold=True, after=6)
    to(R, ['Señor', 'DIEGO ARMANDO FALCÓN RIVAS', 'Presente.-'])
    kv(R, [('Asunto', ': Alertas de presunta trata de personas en puestos de control migratorio'),
           ('Referencia', ': Solicitud de Acceso a la Información N° 2023-0003381')])
    body(R, ['Me dirijo a usted en relación con la solicitud de la referencia, mediante la cual requiere el número de alertas de presunta trata de '
             'personas generadas en los puestos de control migratorio durante el año 2022.',
             'Sobre el particular, las cifras del año 2022 han sido remitidas a la Comisión Multisectorial de naturaleza permanente contra la Trata '
             'de Personas y el Tráfico Ilícito de Migrantes como parte del informe nacional anual, y su difusión procede una vez que dicha Comisión '
             'apruebe el informe. Por ello, se alcanzan las cifras de los años 2019 y 2020, ya publicadas:'])
    posts = [('Aeropuerto Internacional Jorge Chávez', 58, 21), ('CEBAF Tumbes', 34, 11), ('Puesto de Control Fronterizo Santa Rosa – Tacna', 19, 6),
             ('Puesto de Control Fronterizo Desaguadero', 12, 5), ('Puesto de Control Fronterizo Iñapari', 7, 3)]
    rows = [[p_, Cn(a, 'alerta', y=2019), Cn(b, 'alerta', y=2020)] for p_, a, b in posts]
    rows.append(['Total', Cn(sum(p[1] for p in posts), 'alerta', y=2019), Cn(sum(p[2] for p in posts), 'alerta', y=2020)])
    R.table([['Puesto de control migratorio', '2019', '2020']], rows, widths=(9.5, 2.5, 2.5), size=9.5, bold_rows=(5,))
    body(R, ['En 2020, el %s de las alertas se generó en el Aeropuerto Internacional Jorge Chávez. Asimismo, se otorgó la calidad migratoria '
             'humanitaria a %s personas extranjeras identificadas como víctimas de trata en 2019 y a %s en 2020.'
             % (Psp(45.7, 1, 'eu', y=2020), Cn(12, 'víctima', y=2019), Cn(19, 'víctima', y=2020)),
             'Atentamente,'])
    dsig(R, 'Óscar Eduardo Lazo Bernal', 'Secretario General', 'Superintendencia Nacional de Migraciones', when='02.03.2023 15:48:21', fau='20551239692')


def u027():
    R = new('u027', 'answered', None, ['protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Pangoa', 'MDP', 'district_municipality'),
            'OFICIO N° 046-2023-MDP/GDSE', ['Registro N° 0214'], '2023-01-30',
            'short oficio, one paragraph of answer: a substantive null answer with no figure',
            notes='Substantive null answer for 2022: the DEMUNA registered no trafficking case and no activity or budget for prevention was programmed or carried out. No figures. Axes: what it speaks about (DEMUNA cases: protection; prevention activities and their budget: prevention).',
            font='Times New Roman', size=12)
    R.header(['MUNICIPALIDAD DISTRITAL DE PANGOA', 'Provincia de Satipo – Región Junín', 'GERENCIA DE DESARROLLO SOCIAL Y ECONÓMICO'], size=10)
    R.p('San Martín de Pangoa, 30 de enero de 2023', align='r', after=8, before=6)
    R.p('OFICIO N° 046-2023-MDP/GDSE', bold=True, after=8)
    to(R, ['Señor:', 'RICHARD QUISPE ROJAS', 'Ciudad.-'])
    R.p('ASUNTO: Respuesta a su solicitud con Registro N° 0214.', bold=True, after=10)
    body(R, ['De mi especial consideración:',
             'En atención a su solicitud, mediante la cual requiere información sobre los casos de trata de personas atendidos y las actividades de '
             'prevención realizadas por esta Municipalidad en el año 2022, cumplo con informarle que, revisados los registros de la Defensoría '
             'Municipal del Niño y del Adolescente (DEMUNA) y de esta Gerencia, durante el año 2022 no se registró ningún caso de trata de personas '
             'en la DEMUNA, y que esta Municipalidad no programó ni ejecutó actividades ni presupuesto específico para la prevención de la trata de '
             'personas en dicho año.',
             'Sin otro particular, me suscribo de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('Ing. EDWIN CCORAHUA PÉREZ', 'Gerente de Desarrollo Social y Económico', align='c', before=24)


def u028():
    R = new('u028', 'answered', None, ['prosecution', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Huepetuhe', 'MDH', 'district_municipality'),
            'OFICIO N° 074-2022-MDH/A', ['Solicitud S/N recibida el 14 de febrero de 2022', 'Informe N° 021-2022-MDH/SGFT'], '2022-03-04',
            'oficio of the mayor\'s office: one row per populated centre, zero counts in cells, a total row; "cero (0)" in the text',
            notes='Joint operations in bars of the mining corridor in 2021: prosecution; minors found and handed to the protection unit: protection. Zero counts in cells and "cero (0) casos" in the text are figures of value 0.')
    R.header(['MUNICIPALIDAD DISTRITAL DE HUEPETUHE', 'Provincia de Manu – Madre de Dios', 'Alcaldía'], logo=(logo_png('mdh', 'MDH', 'circle', (160, 100, 0)), 1.4))
    lema(R, 2022)
    R.p('Huepetuhe, 04 de marzo de 2022', align='r', after=6)
    R.p('OFICIO N° 074-2022-MDH/A', bold=True, after=6)
    to(R, ['Señora', 'PAOLA ZEGARRA LLERENA', 'Investigadora – Universidad Nacional Amazónica de Madre de Dios'])
    kv(R, [('Asunto', ': Información solicitada'), ('Referencia', ': Solicitud S/N recibida el 14 de febrero de 2022')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, para remitirle la información de los operativos '
             'interinstitucionales realizados en el año 2021 en bares y cantinas del corredor minero del distrito, en los que participó personal de '
             'la Sub Gerencia de Fiscalización Tributaria junto con la Policía Nacional y la Fiscalía, según el Informe N° 021-2022-MDH/SGFT:'])
    zonas = [('Huepetuhe (capital)', 5, 38, 4, 3), ('Centro poblado Choque', 3, 17, 2, 2), ('Centro poblado Caychihue', 2, 11, 1, 0),
             ('Quebrada Puquiri', 1, 6, 0, 0)]
    W_ = ['operativo', 'establecimiento', 'establecimiento', 'menor de edad']
    rows, tot = [], [0, 0, 0, 0]
    for z, *v in zonas:
        rows.append([z] + [Cn(x, W_[j], y=2021) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [Cn(x, W_[j], y=2021) for j, x in enumerate(tot)])
    R.table([['Zona', 'Operativos', 'Establecimientos intervenidos', 'Establecimientos clausurados', 'Menores de edad hallados']], rows,
            widths=(4.6, 2.2, 3.2, 3.2, 2.8), size=9, bold_rows=(4,))
    body(R, ['Los menores de edad hallados fueron puestos a disposición de la Unidad de Protección Especial de Madre de Dios. En el mismo periodo, '
             'la DEMUNA registró %s casos de trata de personas.' % Cwz(0, 'caso', pad=1, y=2021),
             'Atentamente,'])
    R.sign('ALCIDES HUAMÁN TTITO', 'Alcalde', 'Municipalidad Distrital de Huepetuhe', align='c', before=18)


def u029():
    R = new('u029', 'out_of_period', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Apurímac', None, 'regional_government'),
            'OFICIO N° 0288-2023-GRAP/GRDS', ['Solicitud de Información N° 045-2023', 'Memorando N° 0197-2023-GRAP/GRDS'], '2023-07-11',
            'oficio with an attached table whose unit is stated once in the title block of the page ("EXPRESADO EN MILES DE SOLES" under the heading); a column of 2019 results and a column of 2024 targets',
            notes='The request asks for 2021. The minutes books and reports of the regional network for 2021 cannot be found after several changes of its technical secretary; a search was ordered by a cited memorandum. The letter gives 2019 results and 2024 targets: out_of_period (results plus plans). The amounts are in thousands of soles, stated in the title block of the page (unit_source page).')
    R.header(['GOBIERNO REGIONAL DE APURÍMAC', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], size=10)
    lema(R, 2023)
    R.p('Abancay, 11 de julio de 2023', align='r', after=6)
    R.p('OFICIO N° 0288-2023-GRAP/GRDS', bold=True, after=6)
    to(R, ['Señora', 'FLOR DE MARÍA SEGOVIA ARONI', 'Presente'])
    kv(R, [('ASUNTO', ': Acciones de la Red Regional contra la Trata de Personas'), ('REF.', ': Solicitud de Información N° 045-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud, mediante la cual requiere información sobre las acciones y el presupuesto de la Red '
             'Regional contra la Trata de Personas de Apurímac en el año 2021.',
             'Al respecto, la Secretaría Técnica de la Red cambió de titular en varias oportunidades entre 2021 y 2022, y los libros de actas e '
             'informes de 2021 no han sido ubicados en el acervo de la Gerencia; mediante Memorando N° 0197-2023-GRAP/GRDS se ha dispuesto su '
             'búsqueda. A fin de no dejar sin respuesta su pedido, se adjunta el cuadro de resultados del año 2019, último año con informe anual '
             'aprobado, y las metas programadas para el año 2024.',
             'Atentamente,'])
    R.sign('Lic. WALTER CHIPANA HUILLCA', 'Gerente Regional de Desarrollo Social', align='c', before=16)
    R.p('', after=6)
    R.p('RED REGIONAL CONTRA LA TRATA DE PERSONAS – APURÍMAC', bold=True, align='c', size=10.5, after=0)
    R.p('Resultados 2019 y metas 2024', align='c', size=10, after=0)
    R.p('(EXPRESADO EN MILES DE SOLES)', align='c', size=9, after=6)
    rows = [['Sesiones ordinarias de la Red', Cn(5, 'sesión', y=2019), Cn(6, 'sesión', y=2024)],
            ['Talleres de prevención en provincias', Cn(12, 'taller', y=2019), Cn(16, 'taller', y=2024)],
            ['Asignación presupuestal (PIM)', Mf(85.4, 'eu', 1, scale=1000, y=2019, r='a', u='page'), Mf(120.0, 'eu', 1, scale=1000, y=2024, r='a', u='page')],
            ['Gasto devengado', Mf(79.9, 'eu', 1, scale=1000, y=2019, r='e', u='page'), '–']]
    R.table([['Concepto', 'Resultado 2019', 'Meta 2024']], rows, widths=(8.5, 3.0, 3.0), size=9.5)


def u030():
    R = new('u030', 'answered', None, ['prevention', 'protection', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Ica', None, 'regional_government'),
            'OFICIO N° 0622-2023-GORE-ICA/GRDS', ['Solicitud N° 00981-2023'], '2023-02-13',
            'oficio; the period only in the ASUNTO line; a SIAF-like table (PIA, PIM, Certificación, Devengado, Saldo, Avance) under a merged "Montos en soles" header, dot-grouped amounts, activity codes, totals row',
            notes='The year 2022 is written only in the ASUNTO line; the letter answers for that year alone, so its figures get 2022. Saldo (PIM minus devengado) has no role. Budget lines go to the axis they fund: prevention workshops, the temporary shelter (protection), the regional network (governance).', margins=(2.0, 2.0, 2.0, 1.8))
    R.header(['GOBIERNO REGIONAL DE ICA', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('gorei', 'GRI', 'square', (130, 20, 40)), 1.3))
    lema(R, 2023)
    R.p('Ica, 13 de febrero de 2023', align='r', after=6)
    R.p('OFICIO N° 0622-2023-GORE-ICA/GRDS', bold=True, after=6)
    to(R, ['Señor', 'GONZALO MUÑANTE TASAYCO', 'Presente.-'])
    kv(R, [('ASUNTO', ': Ejecución presupuestal de las acciones contra la trata de personas – Ejercicio 2022'),
           ('REFERENCIA', ': Solicitud N° 00981-2023')])
    body(R, ['Tengo a bien dirigirme a usted, en atención al documento de la referencia, para remitirle la información presupuestal solicitada, '
             'obtenida del Sistema Integrado de Administración Financiera (SIAF), con la fuente de financiamiento Recursos Ordinarios:'])
    acts = [('5006040', 'Talleres de prevención de la trata de personas', [42000.00, 58500.00, 57300.00, 55980.00]),
            ('5006041', 'Atención en el Hogar de Refugio Temporal', [180000.00, 212400.00, 209850.00, 203114.50]),
            ('5006042', 'Funcionamiento de la Red Regional contra la Trata', [15000.00, 18000.00, 16200.00, 14760.00])]
    head = [['Cód.', 'Actividad', 'Montos en soles', '', '', '', '', 'Avance'],
            ['', '', 'PIA', 'PIM', 'Certificación', 'Devengado', 'Saldo', '']]
    roles = ['a', 'a', 'c', 'e']
    rows, tot = [], [0.0] * 4
    for cd, lab, v in acts:
        r = [cd, lab] + [Mf(x, 'eu', y=2022, r=roles[j]) for j, x in enumerate(v)] + [Mf(v[1] - v[3], 'eu', y=2022), Psp(round(v[3] / v[1] * 100, 2), 2, 'eu', y=2022, u='cell')]
        tot = [a + b for a, b in zip(tot, v)]
        rows.append(r)
    rows.append(['', 'TOTAL'] + [Mf(x, 'eu', y=2022, r=roles[j]) for j, x in enumerate(tot)] + [Mf(tot[1] - tot[3], 'eu', y=2022), Psp(round(tot[3] / tot[1] * 100, 2), 2, 'eu', y=2022, u='cell')])
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 6), (0, 7, 1, 7)), row_label_col=1,
           widths=(1.5, 3.8, 2.15, 2.15, 2.15, 2.15, 1.8, 1.5), size=7.5, bold_rows=(3,))
    body(R, ['Fuente: Consulta amigable del SIAF, fecha de corte 31 de diciembre.', 'Atentamente,'], size=10)
    dsig(R, 'Martha Isabel Quispe Uchuya', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ica', when='13/02/2023 16:20', fau='20452393493')
