"""blind-v17 letters t046-t060 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import Reply, M, C, P, logo_png, plain, shade, set_cell_border, para_border


def t046():
    # missing / acknowledgment: automatic receipt of an electronic filing desk of a superior court
    R = new('t046', 'missing', 'acknowledgment', ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Corte Superior de Justicia de Arequipa', 'CSJAR', 'autonomous'),
            None, ['2024-0118837'], '2024-01-16',
            'printed automatic e-mail of an electronic filing desk ("cargo de recepción") with a boxed summary of the filing',
            notes='Receipt only: the filing number and the legal term; no information: acknowledgment.', font='Calibri', size=10.5)
    email_head(R, [('De:', 'Mesa de Partes Electrónica CSJAR <mpe-csjar@pj.gob.pe>'), ('Enviado:', 'martes, 16 de enero de 2024 08:47'),
                   ('Para:', 'adriana.linares.c@correo.pe'), ('Asunto:', 'CARGO DE RECEPCIÓN – Solicitud de acceso a la información pública')])
    R.p('CORTE SUPERIOR DE JUSTICIA DE AREQUIPA – MESA DE PARTES ELECTRÓNICA', bold=True, after=6)
    R.p('Estimado(a) usuario(a):', after=4)
    R.p('Se confirma la recepción del documento que se detalla a continuación. Este mensaje es generado automáticamente; por '
        'favor no responda a esta dirección.', align='j', after=6)
    R.table([['Dato', 'Detalle']],
            [['Número de ingreso', '2024-0118837'], ['Fecha y hora de recepción', '16/01/2024 08:46:12'],
             ['Tipo de documento', 'Solicitud de acceso a la información pública'],
             ['Sumilla', 'Estadística de procesos por el delito de trata de personas en el Distrito Judicial de Arequipa, año 2023'],
             ['Dependencia de destino', 'Oficina de Acceso a la Información Pública']],
            widths=(5.0, 11.0), size=9.5, head_shade='E2EFDA')
    R.p('La atención de su solicitud se realizará dentro del plazo previsto en el TUO de la Ley N° 27806. Podrá consultar el estado '
        'de su trámite con el número de ingreso indicado.', align='j', before=6, after=6)
    R.p('Mesa de Partes Electrónica', bold=True, after=0)
    R.p('Corte Superior de Justicia de Arequipa – Poder Judicial del Perú', after=0)
    return R


def t047():
    # out_of_period: 2019 requested; 2022 given (the interpreters' registry started in 2021)
    R = new('t047', 'out_of_period', None, ['protection', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Cultura', 'MC', 'ministry'),
            'OFICIO N° 000187-2023-DGPI/MC', ['Solicitud de acceso a la información N° 0412-2023', 'Informe N° 000064-2023-DLI-DGPI/MC'], '2023-05-09',
            'oficio; table by indigenous language with the number of proceedings assisted in 2022 and a total; amount executed in text',
            notes='Request for 2019; the registry of interpretation services by type of case exists since 2021, and the letter gives '
                  '2022 only: out_of_period. Interpreters for victims in prosecutors\' and court proceedings: protection (assistance) '
                  'and prosecution (proceedings).', font='Arial', size=10.5)
    R.header(['PERÚ   Ministerio de Cultura', 'Viceministerio de Interculturalidad – Dirección General de Derechos de los Pueblos Indígenas'], align='l', size=8.5)
    lema(R, 2023)
    R.p('San Borja, 09 de mayo de 2023', after=4)
    R.p('OFICIO N° 000187-2023-DGPI/MC', bold=True, after=6)
    to(R, ['Señora', 'Maribel Shimpukat Tsamajain', 'Presente.-'])
    kv(R, [('Asunto', ': Servicios de interpretación en casos de trata de personas'),
           ('Referencia', ': Solicitud de acceso a la información N° 0412-2023')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, por la que requiere el número de servicios de '
             'interpretación en lenguas indígenas brindados a víctimas de trata de personas durante el año 2019.',
             'Según el Informe N° 000064-2023-DLI-DGPI/MC de la Dirección de Lenguas Indígenas, el registro de servicios del '
             'Registro Nacional de Intérpretes y Traductores de Lenguas Indígenas comenzó a clasificar los servicios por tipo de caso '
             'en el año 2021; los servicios de años anteriores figuran únicamente como atenciones generales, sin identificar los '
             'casos de trata. Por ello, se le remite la información del año 2022, primer año completo con dicho registro:'])
    ctab(R, [['Lengua indígena', 'Diligencias fiscales', 'Audiencias judiciales']],
         [('Asháninka', [11, 4]), ('Shipibo-Konibo', [9, 3]), ('Awajún', [6, 2]), ('Quechua (variedad Cusco-Collao)', [14, 7]),
          ('Aimara', [5, 1]), ('Matsigenka', [3, 0])],
         ['diligencia fiscal', 'audiencia judicial'], year=2022, total='Total', widths=(6.0, 3.5, 3.5), size=9.5)
    body(R, ['El servicio de intérpretes para estas diligencias tuvo un costo ejecutado de ' + Mn(47300, 'sp', 0, pre='S/ ', y=2022, r='e') + '.',
             'Atentamente,'])
    dsig(R, 'Ángela Rivas Inuma', 'Directora General de Derechos de los Pueblos Indígenas', 'Ministerio de Cultura', when='09/05/2023 15:37', fau='20537630222')
    return R


def t048():
    # out_of_period: 2017 requested; 2019 and 2020 given (older files being classified in the central archive)
    R = new('t048', 'out_of_period', None, ['prevention'], ('2017-01-01', '2017-12-31'),
            S('Municipalidad Provincial de Trujillo', 'MPT', 'provincial_municipality'),
            'OFICIO N° 0561-2021-MPT/GDS', ['Solicitud N° 7721-2021', 'Informe N° 088-2021-MPT/GDS-SGPS'], '2021-06-22',
            'oficio with a "Cuadro N° 01" of years 2019 and 2020 as columns, wrapped row labels; amounts with "S/." and space grouping in text',
            notes='Request for 2017; the documents before 2019 were sent to the central archive and are being classified under the new '
                  'document management system; 2019 and 2020 are given: out_of_period.', font='Times New Roman', size=11.5)
    R.header(['MUNICIPALIDAD PROVINCIAL DE TRUJILLO', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpt', 'MPT', 'shield', (0, 60, 120)), 1.4))
    lema(R, 2021)
    R.p('Trujillo, 22 de junio de 2021', align='r', after=4)
    R.p('OFICIO N° 0561-2021-MPT/GDS', bold=True, after=6)
    to(R, ['Señor', 'Luis Enrique Cueva Alfaro', 'Presente.-'])
    kv(R, [('ASUNTO', ': Información sobre prevención de la trata de personas'), ('REFERENCIA', ': Solicitud N° 7721-2021')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, en el cual solicita las acciones de '
             'prevención de la trata de personas realizadas por la Municipalidad durante el año 2017.',
             'Conforme al Informe N° 088-2021-MPT/GDS-SGPS, la documentación anterior al año 2019 fue remitida al Archivo Central, '
             'donde se viene clasificando para su incorporación al nuevo sistema de gestión documental, por lo que no ha sido posible '
             'ubicar los registros de 2017. Se remite la información disponible de los años 2019 y 2020:'])
    R.p('Cuadro N° 01', bold=True, align='c', after=2)
    R.table([['Acción de prevención', '2019', '2020']],
            yrows([('Talleres con adolescentes de los distritos de El Porvenir, La Esperanza y Alto Trujillo', 'taller', [17, 6]),
                   ('Adolescentes participantes', 'adolescente', [1034, 388]),
                   ('Spots radiales difundidos en emisoras locales', 'spot radial', [120, 260]),
                   ('Ferias informativas', 'feria', [4, 1])], [2019, 2020], st='sp'),
            widths=(10.0, 2.6, 2.6), size=10)
    body(R, ['El gasto en materiales y difusión fue de ' + M('S/. 27 480,00', 27480.0, y=2019, r='e') + ' en 2019 y de '
             + M('S/. 19 615,50', 19615.5, y=2020, r='e') + ' en 2020.',
             'Atentamente,'])
    R.sign('Lic. Gisella Vásquez Polo', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Trujillo')
    return R


def t049():
    # answered: foreign ministry consular protection, 2020-2021; two-row header by consulate; USD in text
    R = new('t049', 'answered', None, ['protection'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DPC) N° 2-10-B/0412', ['Solicitud N° 2022-000917'], '2022-03-15',
            'oficio of the foreign ministry with a diplomatic-style number; table by consulate with two upper headers (Connacionales asistidos / Repatriados) each over 2020 and 2021; USD amounts in text',
            notes='Multi-year request (2020-2021) answered for both years. Peruvian victims abroad assisted and repatriated are '
                  'protection (repatriation). Repatriation expenses paid are executed.', font='Arial', size=10)
    R.header(['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares',
              'Dirección de Protección y Asistencia al Nacional'], logo=(logo_png('rree', 'RREE', 'circle', (120, 20, 20)), 1.4))
    lema(R, 2022)
    R.p('Lima, 15 de marzo de 2022', align='r', after=4)
    R.p('OF. RE (DPC) N° 2-10-B/0412', bold=True, after=6)
    to(R, ['Señorita', 'Andrea Castañeda Fuentes', 'Presente.-'])
    kv(R, [('Asunto', ': Connacionales víctimas de trata asistidos en el exterior, 2020 – 2021'), ('Referencia', ': Solicitud N° 2022-000917')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para remitirle la información de los '
             'connacionales víctimas de trata de personas asistidos por las oficinas consulares del Perú en los años 2020 y 2021:'])
    head = [['Oficina consular', 'Connacionales asistidos', '', 'Repatriados', ''], ['', '2020', '2021', '2020', '2021']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)]
    data = [('Consulado General en Buenos Aires', [12, 18, 4, 7]), ('Consulado General en Santiago de Chile', [9, 15, 3, 6]),
            ('Consulado General en La Paz', [7, 11, 5, 8]), ('Consulado General en Madrid', [6, 4, 2, 1]),
            ('Consulado General en Quito', [3, 8, 1, 3])]
    ctab(R, head, data, ['connacional', 'connacional', 'connacional repatriado', 'connacional repatriado'], year=[2020, 2021, 2020, 2021],
         total='Total', widths=(6.2, 2.4, 2.4, 2.4, 2.4), size=9.5, merges=mg, colnames=hnames(head, mg))
    body(R, ['Los gastos de repatriación (pasajes, alojamiento temporal y alimentación) pagados con el Fondo de Asistencia Humanitaria '
             'ascendieron a ' + M('US$ 18 450', 18450.0, y=2020, r='e', cur='USD') + ' en 2020 y a ' + M('US$ 26 900', 26900.0, y=2021, r='e', cur='USD')
             + ' en 2021.',
             'Hago propicia la oportunidad para renovarle las seguridades de mi consideración.'])
    R.sign('Ministro Consejero Julio César Arana Llosa', 'Director de Protección y Asistencia al Nacional', before=20)
    return R


def t050():
    # out_of_period: 2022 requested; 2019 and 2020 given (statistics centralised since 2021)
    R = new('t050', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Cusco', 'CSJCU', 'autonomous'),
            'OFICIO N° 000412-2023-GAD-CSJCU-PJ', ['Expediente N° 0003184-2023'], '2023-03-21',
            'oficio of a superior court; table with stages as rows and 2019 / 2020 as columns plus a total column; percent in text',
            notes='Request for 2022; since 2021 the judicial statistics are produced centrally and the 2022 report is not yet published; '
                  'the court gives its own figures for 2019 and 2020: out_of_period.', font='Calibri', size=11)
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE CUSCO', 'Gerencia de Administración Distrital'], logo=(logo_png('pj3', 'PJ', 'circle', (120, 20, 20)), 1.4))
    lema(R, 2023)
    R.p('Cusco, 21 de marzo de 2023', align='r', after=4)
    R.p('OFICIO N° 000412-2023-GAD-CSJCU-PJ', bold=True, after=6)
    to(R, ['Señor', 'Percy Condori Huillca', 'Presente.-'])
    kv(R, [('ASUNTO', ': Estadística de procesos por trata de personas'), ('REFERENCIA', ': Expediente N° 0003184-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud de información estadística sobre los procesos por el delito de trata de '
             'personas tramitados en este Distrito Judicial en el año 2022.',
             'Le informo que desde el año 2021 la estadística jurisdiccional es elaborada de manera centralizada por la Subgerencia de '
             'Estadística de la Gerencia General del Poder Judicial, cuyo reporte del año 2022 aún no ha sido publicado. Esta Corte '
             'conserva los reportes propios hasta el año 2020, que se detallan a continuación:'])
    R.table([['Etapa del proceso', '2019', '2020', 'Total']],
            yrows([('Procesos ingresados', 'proceso', [58, 41]), ('Procesos con sentencia condenatoria', 'sentencia condenatoria', [17, 11]),
                   ('Procesos con sentencia absolutoria', 'sentencia absolutoria', [5, 3]),
                   ('Procesos en trámite al cierre del año', 'proceso', [86, 104])], [2019, 2020], total=True),
            widths=(8.0, 2.4, 2.4, 2.4), size=10)
    body(R, ['En el año 2020, las sentencias condenatorias representaron el ' + Pf(78.6, 1, 'eu', y=2020) + ' del total de sentencias '
             'emitidas en la materia.',
             'Atentamente,'])
    dsig(R, 'Gonzalo Alarcón Pezo', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Cusco', when='21.03.2023 12:02:44 -05:00', fau='20159981216')
    return R


def t051():
    # answered: labour inspectorate; period (first half 2024) only in the ASUNTO line; table by regional office
    R = new('t051', 'answered', None, ['prosecution'], ('2024-01-01', '2024-06-30'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000274-2024-SUNAFIL/GG-OGA', ['Solicitud N° SAIP-2024-0003911'], '2024-08-01',
            'oficio (p.1) whose ASUNTO holds the only statement of the period (I semestre 2024), total of fines with apostrophe millions in text; annex table on p.2 by regional office with counts and proposed fines, "(S/)" in the header',
            notes='The period (first half of 2024) is written only in the ASUNTO; the figures answer for that period alone and get the '
                  'year 2024. Labour inspections are prosecution. Proposed fines have no role.', font='Arial', size=10.5)
    R.header(['SUNAFIL', 'Superintendencia Nacional de Fiscalización Laboral – Gerencia General'], align='l')
    lema(R, 2024)
    R.p('Lima, 01 de agosto de 2024', align='r', after=4)
    R.p('OFICIO N° 000274-2024-SUNAFIL/GG-OGA', bold=True, after=6)
    to(R, ['Señor', 'Hernán Quiroz Valdivia', 'Presente.-'])
    kv(R, [('ASUNTO', ': Inspecciones sobre trabajo forzoso y trata con fines de explotación laboral – I semestre 2024'),
           ('REFERENCIA', ': Solicitud N° SAIP-2024-0003911')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia. Al respecto, la Dirección de '
             'Supervisión y Evaluación ha remitido la información de las órdenes de inspección concluidas en el periodo consultado '
             'por las intendencias regionales con mayor incidencia, que se presenta en el Anexo 1.'])
    data = [('Intendencia Regional de Madre de Dios', 21, 164, 9, 412300.0), ('Intendencia Regional de Puno', 17, 122, 6, 298750.0),
            ('Intendencia Regional de Loreto', 13, 87, 5, 187420.0), ('Intendencia Regional de Cusco', 11, 73, 4, 153880.0),
            ('Intendencia de Lima Metropolitana', 26, 231, 8, 232150.0)]
    rows = []
    tot = 0
    for lab, a, b, c, m in data:
        tot += m
        rows.append([lab, Cn(a, 'orden de inspección', y=2024), Cn(b, 'trabajador', y=2024), Cn(c, 'orden de inspección', y=2024),
                     Mf(m, 'us', 2, y=2024)])
    body(R, ['En conjunto, las multas propuestas ascienden a ' + Mapos(tot, y=2024) + '. Los casos con indicios de trata de personas '
             'fueron comunicados al Ministerio Público.',
             'Atentamente,'])
    dsig(R, 'Carlos Eduardo Soria Benites', 'Jefe de la Oficina General de Administración (e)', 'SUNAFIL', when='01/08/2024 10:05', fau='20555195444')
    R.pagebreak()
    R.p('Anexo 1', bold=True, after=2)
    R.table([['Intendencia', 'Órdenes de inspección concluidas', 'Trabajadores afectados identificados', 'Órdenes con infracción', 'Multas propuestas (S/)']],
            rows, widths=(5.2, 2.7, 3.0, 2.5, 3.0), size=9)
    R.p('Fuente: Sistema Informático de Inspección del Trabajo – SUNAFIL.', size=8, italic=True)
    return R


def t052():
    # out_of_period: 2021 requested; 2019 given (the 2021 register book is held by a prosecutor)
    R = new('t052', 'out_of_period', None, ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Belén', 'MDB', 'district_municipality'),
            'CARTA N° 045-2022-MDB/GDS', ['Solicitud de fecha 14 de febrero de 2022'], '2022-03-02',
            'carta with counts in running text: digits then words in brackets, "una" in words alone, a bullet list of cases',
            notes='Request for 2021; the DEMUNA register book of 2021 was handed to the family prosecutor for an investigation and has '
                  'not been returned, so the letter gives 2019: out_of_period. "11 (once)" is one count; "una" feria is a count in words.',
            font='Arial', size=11)
    R.header(['MUNICIPALIDAD DISTRITAL DE BELÉN', 'Gerencia de Desarrollo Social – DEMUNA', 'Iquitos – Loreto'], logo=(logo_png('mdb', 'MDB', 'shield', (0, 110, 60)), 1.3))
    lema(R, 2022)
    R.p('Belén, 2 de marzo de 2022', align='r', after=4)
    R.p('CARTA N° 045-2022-MDB/GDS', bold=True, after=6)
    to(R, ['Señora', 'Elsa Ahuanari Pacaya', 'Presente.-'])
    R.p('Referencia: Solicitud de fecha 14 de febrero de 2022', after=8)
    body(R, ['Me dirijo a usted en atención a su solicitud, mediante la cual requiere información sobre las charlas de prevención y '
             'los casos de trata atendidos por la DEMUNA de Belén durante el año 2021.',
             'Le informo que el libro de registro de atenciones de la DEMUNA correspondiente al año 2021 fue entregado a la Fiscalía '
             'Provincial de Familia de Maynas como parte de una investigación y aún no ha sido devuelto, por lo que no es posible '
             'extraer de él la información solicitada. A modo referencial, le alcanzo los datos del año 2019, registrados en el '
             'informe anual de la DEMUNA:',
             'En el año 2019 se realizaron ' + Cdw(11, 'charla', y=2019) + ' charlas de prevención en los colegios de la zona baja de '
             'Belén, con ' + Cn(486, 'estudiante', y=2019) + ' estudiantes, y ' + Cw(1, 'feria', fem=True, y=2019) + ' feria informativa '
             'en el puerto de Pampachica. Se atendieron los siguientes casos:'])
    bl(R, ['Adolescentes con indicios de explotación sexual derivadas a la UPE Loreto: ' + Cn(4, 'adolescente', y=2019),
           'Niños en situación de trabajo en el puerto derivados a la UPE Loreto: ' + Cn(3, 'niño', y=2019),
           'Casos comunicados a la Fiscalía: ' + Cn(5, 'caso', y=2019)])
    body(R, ['Atentamente,'])
    R.sign('Lic. Rosa Isuiza Tamani', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Belén')
    return R


def t053():
    # missing / off_topic: rain emergency (affected people, damaged homes, drain-cleaning operations, emergency budget)
    R = new('t053', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Piura', 'MPP', 'provincial_municipality'),
            'OFICIO N° 0278-2024-MPP/GSC-SGGRD', ['Expediente N° 004127-2024'], '2024-02-28',
            'oficio of the disaster risk office on the 2023 rain emergency: table by district with affected people, damaged homes and cleaning operations; emergency budget in millions in words',
            notes='About the 2023 rain emergency, not trafficking in persons: off_topic. "Veintiséis de Octubre" is the name of a '
                  'district (a row label), not a figure.', font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD PROVINCIAL DE PIURA', 'Gerencia de Seguridad Ciudadana – Subgerencia de Gestión del Riesgo de Desastres'], logo=(logo_png('mpp', 'MPP', 'shield', (0, 80, 150)), 1.4))
    lema(R, 2024)
    R.p('Piura, 28 de febrero de 2024', align='r', after=4)
    R.p('OFICIO N° 0278-2024-MPP/GSC-SGGRD', bold=True, after=6)
    to(R, ['Señor', 'Aldo Chira Zapata', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones ante la emergencia por lluvias – año 2023'), ('Referencia', ': Expediente N° 004127-2024')])
    body(R, ['Me dirijo a usted para remitirle la información sobre las acciones de respuesta a la emergencia por lluvias intensas '
             'y el ciclón Yaku ocurridos en el año 2023 en la provincia de Piura:'])
    ctab(R, [['Distrito', 'Personas damnificadas', 'Viviendas afectadas', 'Operativos de limpieza de drenes']],
         [('Piura', [4120, 1387, 46]), ('Veintiséis de Octubre', [3315, 1102, 39]), ('Castilla', [2874, 946, 31]), ('Tambo Grande', [1608, 522, 18])],
         ['damnificado', 'vivienda', 'operativo'], year=2023, total='Total', widths=(4.6, 3.4, 3.2, 4.0), size=9.5, st='eu')
    body(R, ['Para la atención de la emergencia se asignó un presupuesto de ' + Mmill(2.35, y=2023, r='a') + ', ejecutado al '
             + Psp(97.8, 1, y=2023) + '.',
             'Atentamente,'])
    R.sign('Ing. Segundo Olaya Ramírez', 'Subgerente de Gestión del Riesgo de Desastres', 'Municipalidad Provincial de Piura')
    return R


def t054():
    # out_of_period: 2021 requested; 2019 given (health information system of 2021 under quality control)
    R = new('t054', 'out_of_period', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Gerencia Regional de Salud de Lambayeque', 'GERESA Lambayeque', 'regional_government'),
            'OFICIO N° 001122-2022-GR.LAMB/GERESA-L', ['Solicitud N° 0341-2022', 'Nota Informativa N° 0212-2022-GR.LAMB/GERESA-L/OEI'], '2022-06-01',
            'oficio; table by health network with three columns, the header of the count columns carrying "(N.°)" and the year 2019 in the caption; percent in text',
            notes='Request for 2021; the 2021 health records are under quality control after the migration to the new HIS platform and '
                  'are not validated; 2019 is given: out_of_period. The year 2019 of the table figures is in its caption.',
            font='Times New Roman', size=11.5)
    R.header(['GOBIERNO REGIONAL LAMBAYEQUE', 'GERENCIA REGIONAL DE SALUD', 'Oficina de Estadística e Informática'], logo=(logo_png('geresa', 'GRS', 'circle', (0, 100, 100)), 1.4))
    lema(R, 2022)
    R.p('Chiclayo, 1 de junio de 2022', align='r', after=4)
    R.p('OFICIO N° 001122-2022-GR.LAMB/GERESA-L', bold=True, after=6)
    to(R, ['Señorita', 'Milagros Ñiquen Chanamé', 'Presente.-'])
    kv(R, [('ASUNTO', ': Atenciones de salud a víctimas de trata de personas'), ('REF.', ': Solicitud N° 0341-2022')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, sobre las atenciones brindadas a víctimas de trata de '
             'personas en los establecimientos de salud de la región en el año 2021.',
             'La Oficina de Estadística e Informática, mediante Nota Informativa N° 0212-2022-GR.LAMB/GERESA-L/OEI, informa que los '
             'registros del año 2021 se encuentran en control de calidad luego de su migración a la nueva plataforma del sistema HIS, '
             'por lo que no están validados. Se le remite la última información validada, del año 2019:'])
    ctab(R, [['Red de salud', 'Víctimas atendidas (N.°)', 'Atenciones de salud mental (N.°)']],
         [('Red de Salud Chiclayo', [38, 142]), ('Red de Salud Lambayeque', [14, 51]), ('Red de Salud Ferreñafe', [6, 19])],
         ['víctima', 'atención de salud mental'], year=2019, total='Total', widths=(6.0, 4.0, 5.0), size=10,
         caption='Atenciones a víctimas de trata de personas – año 2019')
    body(R, ['El ' + Pf(84.5, 1, 'eu', suf=' %', y=2019) + ' de las víctimas atendidas en 2019 fueron mujeres.', 'Atentamente,'])
    R.sign('M.C. Jorge Luis Fernández Chafloque', 'Gerente Regional de Salud', 'GERESA Lambayeque')
    return R


def t055():
    # answered (a): real figures plus "the pilot programme has not been created" and "inspection is SUNAFIL's competence"
    R = new('t055', 'answered', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Trabajo y Promoción del Empleo de Huánuco', 'DRTPE Huánuco', 'regional_government'),
            'OFICIO N° 0391-2024-GRH-DRTPE/DPEFP', ['Expediente N° 0177320', 'Ordenanza Regional N° 089-2022-GRH-CR'], '2024-01-18',
            'oficio answering numbered questions 1 to 3 of the request; figures in running text (talks, participants, flyers "3 mil"); a pilot programme not created; inspection referred to as SUNAFIL\'s competence',
            notes='Gives 2023 figures (talks, participants, flyers) and says the pilot programme for labour insertion of victims "no ha '
                  'sido creado" and that labour inspection is SUNAFIL\'s competence: answered (real numbers). No prosecution axis: no '
                  'inspection information is given. "3 mil" volantes is a count of 3000.', font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL HUÁNUCO', 'DIRECCIÓN REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO',
              'Dirección de Promoción del Empleo y Formación Profesional'], logo=(logo_png('drtpe', 'DRT', 'square', (140, 80, 0)), 1.4))
    lema(R, 2024)
    R.p('Huánuco, 18 de enero de 2024', align='r', after=4)
    R.p('OFICIO N° 0391-2024-GRH-DRTPE/DPEFP', bold=True, after=6)
    to(R, ['Señora', 'Liz Carol Trujillo Espinoza', 'Presente.-'])
    kv(R, [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'), ('REFERENCIA', ': Expediente N° 0177320')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual formula preguntas '
             'sobre las acciones de esta Dirección Regional contra la trata de personas con fines de explotación laboral en el año '
             '2023. Las respondemos en el mismo orden:'])
    for t in ['1. Acciones de prevención. Durante el año 2023 se realizaron ' + Cn(14, 'charla', y=2023) + ' charlas informativas sobre '
              'ofertas de empleo engañosas en Tingo María, Aucayacu y Huánuco, con la participación de ' + Cn(612, 'participante', y=2023)
              + ' personas, y se distribuyeron ' + Cmil(3, 'volante', y=2023) + ' volantes en agencias de empleo y terminales terrestres.',
              '2. Programa piloto de inserción laboral para víctimas. El programa piloto previsto en la Ordenanza Regional N° '
              '089-2022-GRH-CR no ha sido creado, por cuanto no se aprobó su financiamiento en el presupuesto del año 2023.',
              '3. Inspecciones en centros de trabajo. La fiscalización del cumplimiento de las normas laborales, incluidas las '
              'inspecciones por trabajo forzoso, es competencia de la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL), a '
              'través de su Intendencia Regional de Huánuco, por lo que esta Dirección no cuenta con dicha información.']:
        R.p(t, align='j', indent=0.6, first=-0.6, after=5)
    body(R, ['Atentamente,'])
    R.sign('Abog. Teófilo Berrospi Aguirre', 'Director de Promoción del Empleo y Formación Profesional', 'DRTPE Huánuco')
    return R


def t056():
    # answered: period only in the quoted request; table "N.°" with DEMUNA cases and prevention; space-grouped money
    R = new('t056', 'answered', None, ['prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'OFICIO N° 0645-2020-GDS-MPM', ['Expediente Administrativo N° 4490-2020'], '2020-02-27',
            'oficio quoting the request at length in an indented italic block (the only statement of the period); numbered table with a "N.°" column; money in text',
            notes='The year (2019) is only in the quoted request; the letter answers for that year alone, so figures get 2019. Row '
                  'numbers in the "N.°" column are not figures.', font='Calibri', size=11)
    R.header(['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpm', 'MPM', 'shield', (0, 100, 60)), 1.4))
    lema(R, 2020)
    R.p('Iquitos, 27 de febrero de 2020', align='r', after=4)
    R.p('OFICIO N° 0645-2020-GDS-MPM', bold=True, after=6)
    to(R, ['Señor', 'Kevin Lozano Del Águila', 'Presente.-'])
    kv(R, [('ASUNTO', ': Atención a solicitud'), ('REF.', ': Expediente Administrativo N° 4490-2020')])
    body(R, ['Es grato dirigirme a usted con relación al expediente de la referencia, en el cual solicita textualmente:'])
    quote(R, '"Solicito se me informe qué acciones realizó la Municipalidad Provincial de Maynas durante el año 2019 para prevenir la '
             'trata de personas, cuántos casos atendió la DEMUNA por este motivo y cuánto presupuesto se destinó a estas acciones, '
             'adjuntando, de ser posible, la documentación de sustento."')
    body(R, ['Sobre el particular, la Gerencia de Desarrollo Social informa lo siguiente:'])
    R.table([['N.°', 'Acción', 'Cantidad']],
            [['1', 'Charlas de sensibilización en instituciones educativas de Punchana y Belén', Cn(26, 'charla', y=2019)],
             ['2', 'Estudiantes y padres de familia participantes', Cn(2140, 'participante', 'sp', y=2019)],
             ['3', 'Pasacalles por el Día Nacional contra la Trata de Personas', Cn(2, 'pasacalle', y=2019)],
             ['4', 'Casos de presunta trata atendidos por la DEMUNA', Cn(9, 'caso', y=2019)],
             ['5', 'Casos derivados a la Unidad de Protección Especial', Cn(6, 'caso', y=2019)]],
            widths=(1.2, 11.0, 3.0), size=10, row_label_col=1)
    body(R, ['Para la ejecución de estas acciones se destinó ' + Mn(18400, 'sp', 0, y=2019, r='a') + ', con cargo a la meta de '
             'promoción y protección de los derechos de niñas, niños y adolescentes. Se adjuntan las actas de las charlas.',
             'Atentamente,'])
    R.sign('Lic. Jaime Saldaña Pinedo', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Maynas')
    return R


def t057():
    # answered: MIMP programme, 2020-2022; letter on page 1 and a landscape annex with regions x years and a total column
    R = new('t057', 'answered', None, ['protection'], ('2020-01-01', '2022-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000214-2023-MIMP-AURORA-DE', ['Solicitud N° 2023-0009126', 'Informe N° D000051-2023-MIMP-AURORA-SGIGA'], '2023-04-14',
            'oficio of a national programme of the ministry (page 1) and a landscape annex (page 2): regions as rows (long names wrapping), 2020 / 2021 / 2022 and total as columns',
            notes='Issued by the national programme AURORA of MIMP (letterhead); sender recorded as the ministry. Multi-year request '
                  '(2020-2022) answered for each year. Cases of trafficking cared for by the women\'s emergency centres (CEM) are '
                  'protection. The total column has no year.', font='Arial', size=10.5)
    R.header(['PERÚ   Ministerio de la Mujer y Poblaciones Vulnerables', 'Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar – AURORA'], align='l', size=8)
    lema(R, 2023)
    R.p('Lima, 14 de abril de 2023', align='r', after=4)
    R.p('OFICIO N° D000214-2023-MIMP-AURORA-DE', bold=True, after=6)
    to(R, ['Señora', 'Claudia Becerra Ñañez', 'Presente.-'])
    kv(R, [('Asunto', ': Casos de trata de personas atendidos por los CEM, 2020-2022'), ('Referencia', ': Solicitud N° 2023-0009126')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere el número de casos de trata de '
             'personas atendidos por los Centros Emergencia Mujer (CEM) entre los años 2020 y 2022, desagregado por región.',
             'Al respecto, se remite en anexo la información elaborada por la Subunidad de Información y Gestión del Conocimiento '
             '(Informe N° D000051-2023-MIMP-AURORA-SGIGA). En el año 2022, el ' + Psp(86.9, 1, y=2022) + ' de las víctimas atendidas '
             'fueron mujeres y el ' + Psp(41.2, 1, y=2022) + ' eran menores de edad.',
             'Atentamente,'])
    dsig(R, 'Nancy Elizabeth Tolentino Gamarra', 'Directora Ejecutiva', 'Programa Nacional AURORA', when='14/04/2023 16:50', fau='20336951527')
    R.landscape()
    R.p('ANEXO', bold=True, align='c', after=2)
    R.p('Casos de trata de personas atendidos por los Centros Emergencia Mujer, según región', bold=True, align='c', after=6)
    yrs = [2020, 2021, 2022]
    R.table([['Región', '2020', '2021', '2022', 'Total 2020-2022']],
            yrows([('Lima Metropolitana y Callao (CEM de comisarías y CEM regulares)', 'caso', [61, 84, 97]),
                   ('Madre de Dios (incluye CEM Mazuko y CEM Huepetuhe)', 'caso', [22, 31, 38]),
                   ('Cusco', 'caso', [17, 25, 29]), ('Loreto', 'caso', [15, 19, 26]), ('Puno', 'caso', [12, 18, 21]),
                   ('Tumbes', 'caso', [9, 11, 14]), ('Junín', 'caso', [7, 12, 13]),
                   ('Otras regiones del país (suma de las regiones no detalladas en este cuadro)', 'caso', [28, 37, 45])],
                  yrs, total=True) + [['Total nacional'] + [Cn(v, 'caso', y=y) for v, y in zip([171, 237, 283], yrs)] + [Cn(691, 'caso')]],
            widths=(11.0, 3.0, 3.0, 3.0, 4.0), size=10, bold_rows=(8,))
    R.p('Fuente: Registro de casos de los CEM – Programa Nacional AURORA.', size=8, italic=True)
    return R


def t058():
    # answered: finance ministry, 2018-2019, budget by level of government in millions (unit in caption), two-row header
    R = new('t058', 'answered', None, ['governance'], ('2018-01-01', '2019-12-31'),
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'OFICIO N° 0271-2020-EF/50.07', ['Solicitud N° 2020-0000318', 'Informe N° 0044-2020-EF/50.07'], '2020-03-10',
            'oficio; budget table by level of government with years 2018 and 2019 as upper merged headers over PIM / Devengado / Avance, unit "en millones de soles" in the caption; counts of budget units in text',
            notes='Budget for the activities against trafficking across all government levels is governance (budget of the national '
                  'policy as a whole). Amounts are in millions (caption); percents are bare numbers under "Avance (%)".',
            font='Arial', size=10)
    R.header(['PERÚ   Ministerio de Economía y Finanzas', 'Viceministerio de Hacienda – Dirección General de Presupuesto Público'], align='l', size=9)
    lema(R, 2020)
    R.p('Lima, 10 de marzo de 2020', align='r', after=4)
    R.p('OFICIO N° 0271-2020-EF/50.07', bold=True, after=6)
    to(R, ['Señor', 'Sebastián Olaechea Ríos', 'Presente.-'])
    kv(R, [('Asunto', ': Presupuesto público para la lucha contra la trata de personas, 2018-2019'), ('Referencia', ': Solicitud N° 2020-0000318')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Conforme al Informe N° 0044-2020-EF/50.07, la información '
             'de las actividades presupuestarias vinculadas a la lucha contra la trata de personas, según nivel de gobierno, es la '
             'siguiente:'])
    head = [['Nivel de gobierno', '2018', '', '', '2019', '', ''], ['', 'PIM', 'Devengado', 'Avance (%)', 'PIM', 'Devengado', 'Avance (%)']]
    mg = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)]
    data = [('Gobierno Nacional', (38.42, 35.17), (41.86, 39.90)), ('Gobiernos Regionales', (6.15, 5.08), (7.34, 6.52)),
            ('Gobiernos Locales', (1.27, 0.94), (1.68, 1.21))]
    rows = []
    tot = [0, 0, 0, 0]
    for lab, a, b in data:
        r = [lab]
        for (p, d), y, k in ((a, 2018, 0), (b, 2019, 2)):
            tot[k] += p; tot[k + 1] += d
            r += [Mf(p, 'us', 2, scale=1e6, y=y, r='a', u='caption'), Mf(d, 'us', 2, scale=1e6, y=y, r='e', u='caption'),
                  Pbare(round(d / p * 100, 1), 1, y=y)]
        rows.append(r)
    r = ['Total']
    for y, k in ((2018, 0), (2019, 2)):
        r += [Mf(round(tot[k], 2), 'us', 2, scale=1e6, y=y, r='a', u='caption'), Mf(round(tot[k + 1], 2), 'us', 2, scale=1e6, y=y, r='e', u='caption'),
              Pbare(round(tot[k + 1] / tot[k] * 100, 1), 1, y=y)]
    rows.append(r)
    mtable(R, head, rows, merges=mg, widths=(3.8, 2.0, 2.2, 1.9, 2.0, 2.2, 1.9), size=9, bold_rows=(3,),
           caption='Presupuesto de las actividades vinculadas a la trata de personas (en millones de soles)')
    body(R, ['Estas actividades fueron programadas por ' + Cn(38, 'pliego', y=2018) + ' pliegos presupuestarios en 2018 y por '
             + Cn(44, 'pliego', y=2019) + ' en 2019.',
             'Atentamente,'])
    dsig(R, 'Rosa Victoria Gallardo Quiñones', 'Directora General de Presupuesto Público', 'Ministerio de Economía y Finanzas', when='10/03/2020 18:27', fau='20131370645')
    return R


def t059():
    # answered (mixed): 2020 requested; table with 2019 (reference), 2020 and 2021 (programmed)
    R = new('t059', 'answered', None, ['governance', 'prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de San Martín', 'GORESAM', 'regional_government'),
            'OFICIO N° 0192-2021-GRSM/GRDS', ['Expediente N° 001-2021-098734'], '2021-03-04',
            'oficio; table with three year columns labelled "2019 (referencial)", "2020" and "2021 (programado)", counts and one money row with "S/" in each cell',
            notes='The request is for 2020; the table adds 2019 for reference and the 2021 programme: answered (mixed). Money cells print '
                  '"S/": unit_source cell; 2019 and 2020 amounts executed, 2021 programmed (allocated).', font='Calibri', size=11)
    R.header(['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('goresam', 'GRSM', 'circle', (0, 110, 40)), 1.4))
    lema(R, 2021)
    R.p('Moyobamba, 04 de marzo de 2021', align='r', after=4)
    R.p('OFICIO N° 0192-2021-GRSM/GRDS', bold=True, after=6)
    to(R, ['Señor', 'Raúl Panaifo Sangama', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones contra la trata de personas – año 2020'), ('Referencia', ': Expediente N° 001-2021-098734')])
    body(R, ['Me dirijo a usted en atención a su solicitud de información sobre las acciones del Gobierno Regional San Martín contra '
             'la trata de personas en el año 2020. Para facilitar la comparación, incluimos el año anterior y lo programado para 2021:'])
    rows = yrows([('Sesiones de la Comisión Regional Multisectorial', 'sesión', [6, 4, 6]),
                  ('Campañas de prevención en Tarapoto, Juanjuí y Tocache', 'campaña', [9, 3, 8]),
                  ('Víctimas atendidas en el Hogar de Refugio Temporal', 'víctima', [21, 16, 25])], [2019, 2020, 2021])
    rows.append(['Presupuesto', Mn(96250, 'us', y=2019, r='e', u='cell'), Mn(71480.6, 'us', y=2020, r='e', u='cell'),
                 Mn(105000, 'us', y=2021, r='a', u='cell')])
    R.table([['Acción', '2019 (referencial)', '2020', '2021 (programado)']], rows, widths=(7.4, 3.0, 2.6, 3.0), size=9.5)
    body(R, ['Las campañas de 2020 se redujeron por la inmovilización social obligatoria; en su lugar se difundieron mensajes por '
             'radio en las emisoras de la región.',
             'Atentamente,'])
    R.sign('Lic. Karina Vela Ríos', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional San Martín')
    return R


def t060():
    # missing / clarification: provincial municipality asks which offices and which kind of actions; period restated
    R = new('t060', 'missing', 'clarification', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'CARTA N° 0088-2022-MPA/SG-OTAIP', ['Expediente N° 220117-0412'], '2022-02-02',
            'carta asking to specify the offices and the kind of actions; the request is restated with its period',
            notes='Asks the requester to specify which offices and which prevention actions he means, within two working days: '
                  'clarification. The period (2021) is restated.', font='Times New Roman', size=11.5)
    R.header(['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Secretaría General – Oficina de Transparencia y Acceso a la Información Pública'], logo=(logo_png('mpa', 'MPA', 'shield', (120, 20, 20)), 1.4))
    lema(R, 2022)
    R.p('Arequipa, 2 de febrero de 2022', align='r', after=4)
    R.p('CARTA N° 0088-2022-MPA/SG-OTAIP', bold=True, after=6)
    to(R, ['Señor', 'Mauricio Zegarra Talavera', 'Presente.-'])
    kv(R, [('Asunto', ': Solicita precisar pedido de información'), ('Referencia', ': Expediente N° 220117-0412')])
    body(R, ['Me dirijo a usted con relación a su solicitud, en la que pide "todas las acciones de prevención y sensibilización '
             'sobre trata de personas realizadas por la Municipalidad en el año 2021".',
             'Dado que dichas acciones pueden haber sido realizadas por distintas unidades orgánicas (Gerencia de Desarrollo Social, '
             'DEMUNA, Gerencia de Seguridad Ciudadana y Gerencia de Turismo) y que el pedido no precisa el tipo de acción ni el formato '
             'de entrega, le solicitamos precisar, en un plazo de dos días hábiles:'])
    bl(R, ['las unidades orgánicas cuya información requiere;', 'si requiere actas, informes o solo el número de actividades; y',
           'si desea la información en copia simple o por correo electrónico.'])
    body(R, ['De no recibir la precisión dentro del plazo, su solicitud se dará por no presentada.',
             'Atentamente,'])
    R.sign('Abog. Giuliana Paredes Linares', 'Responsable de Acceso a la Información Pública', 'Municipalidad Provincial de Arequipa')
    return R
