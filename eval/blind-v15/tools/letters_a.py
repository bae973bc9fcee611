"""blind-v15 letters r001-r015 (answered). Written from scratch for this set; every person, number, figure and
event is invented; institution names are real."""
from lib import M, C, P, plain
from common import *

PER19 = ('2019-01-01', '2019-12-31')


def r001():
    R = new('r001', 'answered', None, ['protection'], PER19,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 000214-2020-MIMP-AURORA-UGIGC', ['Expediente N° 2020-0011874'], '2020-02-18',
            'oficio, "Asunto :" / "Referencia :" with a space before the colon; count table by department and sex with the '
            'national total in the first row and a percent column computed over that total row',
            photo=True)
    top(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES',
            'Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA',
            'Unidad de Generación de Información y Gestión del Conocimiento'], 2020,
        'San Isidro, 18 de febrero de 2020', 'OFICIO N° 000214-2020-MIMP-AURORA-UGIGC',
        logo=(logo_png('mimp', 'MIMP', 'square', (170, 20, 60)), 1.6))
    to(R, ['Señora', 'ROSARIO QUISPE HUAMANÍ', 'Calle Los Fresnos 418, Urb. Santa Patricia', 'La Molina.-'])
    refline(R, [('Asunto :', 'Atención de solicitud de acceso a la información pública sobre casos de trata de personas atendidos en el año 2019.'),
                ('Referencia :', 'Expediente N° 2020-0011874 (03.02.2020)')])
    body(R, [
        'Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita '
        'información sobre los casos de trata de personas atendidos por los Centros Emergencia Mujer (CEM) entre el 1 de '
        'enero y el 31 de diciembre de 2019, desagregados por departamento y sexo.',
        'Al respecto, la Unidad de Generación de Información y Gestión del Conocimiento ha procesado los registros de '
        'casos atendidos por los CEM en los que se identificó como hecho la trata de personas, con el siguiente resultado:'])
    data = [('Lima Metropolitana', [61, 9]), ('Loreto', [38, 4]), ('Madre de Dios', [33, 2]), ('Cusco', [29, 5]),
            ('Puno', [24, 3]), ('Arequipa', [18, 4]), ('Junín', [15, 1]), ('Piura', [14, 2]), ('Ucayali', [13, 0]),
            ('La Libertad', [11, 2]), ('Lambayeque', [9, 1]), ('Tumbes', [8, 1]), ('San Martín', [7, 0]),
            ('Ayacucho', [6, 1]), ('Callao', [6, 0]), ('Otros departamentos', [19, 3])]
    rows = [(lab, [a, b, a + b]) for lab, (a, b) in data]
    ctab(R, [['Departamento', 'Mujeres', 'Hombres', 'Total', '% del total']], rows, 'caso', year=2019,
         total='TOTAL NACIONAL', total_first=True, pct=(2,), widths=(5.2, 2.4, 2.4, 2.4, 2.6),
         caption='Casos de trata de personas atendidos por los CEM, según departamento y sexo de la víctima. Año 2019',
         note='Fuente: Registro de casos de los CEM - UGIGC. Los porcentajes se calculan sobre el total nacional.')
    tot = sum(a + b for _, (a, b) in data)
    body(R, [
        'Del total de casos, %s correspondieron a personas menores de 18 años de edad y %s a personas extranjeras, '
        'principalmente de nacionalidad venezolana.' % (C('97', 97, 'caso', y=2019), C('41', 41, 'caso', y=2019)),
        'Sin otro particular, hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('LUCÍA FERNANDA ORMEÑO SALAS', 'Jefa de la Unidad de Generación de Información y Gestión del Conocimiento',
           'Programa Nacional AURORA')
    R.p('LFOS/cmv', size=7, before=10)
    R.save()


def r002():
    R = new('r002', 'answered', None, ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Policía Nacional del Perú - Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes', 'DIRCTPTIM PNP', 'police'),
            'INFORME TÉCNICO N° 018-2021-DIRNIC PNP/DIRCTPTIM-DIVIDTP', ['Solicitud de Acceso N° 0347-2021', 'Hoja de Trámite N° 20210002219'],
            '2021-03-09',
            'police informe técnico with numbered sections 1.-4. and sub-points; counts by sex in one sentence; a count in a table '
            'header ("Víctimas rescatadas (total: 214)"); counts with "un total de"',
            photo=True)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN NACIONAL DE INVESTIGACIÓN CRIMINAL',
              'DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES',
              'División de Investigación de Delitos de Trata de Personas'], logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.4))
    lema(R, 2021)
    R.p('INFORME TÉCNICO N° 018-2021-DIRNIC PNP/DIRCTPTIM-DIVIDTP', bold=True, align='c', size=12, after=6)
    kv(R, [('ASUNTO', ': Información sobre operativos contra la trata de personas ejecutados en el año 2020.'),
           ('REF.', ': a) Solicitud de Acceso N° 0347-2021, del 22.02.2021.\n  b) Hoja de Trámite N° 20210002219.'),
           ('FECHA', ': Lima, 09 de marzo de 2021.')], tab=2.4, w2=13.6)
    R.p('_' * 78, after=6, size=8)
    R.p('1. ANTECEDENTES', bold=True, after=2)
    body(R, ['1.1. Mediante el documento de la referencia a), el recurrente solicita información sobre el número de operativos, '
             'víctimas rescatadas y personas detenidas por el delito de trata de personas durante el periodo comprendido entre '
             'el 01 de enero y el 31 de diciembre de 2020.',
             '1.2. Con el documento de la referencia b), la Oficina de Trámite Documentario derivó el pedido a esta División '
             'para su atención.'])
    R.p('2. ANÁLISIS', bold=True, after=2)
    body(R, ['2.1. De la revisión del Registro de Intervenciones de la División, se verificó que durante el año 2020 se ejecutó '
             'un total de %s operativos contra la trata de personas a nivel nacional, pese a las restricciones del estado '
             'de emergencia sanitaria.' % C('146', 146, 'operativo', y=2020),
             '2.2. En dichos operativos se rescató a %s presuntas víctimas, %s mujeres y %s varones, de las cuales %s eran '
             'menores de edad; asimismo, se detuvo a %s personas en flagrancia delictiva.'
             % (C('214', 214, 'víctima', y=2020), C('187', 187, 'mujer', y=2020), C('27', 27, 'varón', y=2020),
                C('63', 63, 'víctima', y=2020), C('93', 93, 'persona', y=2020)),
             '2.3. La distribución por finalidad de explotación es la siguiente:'])
    data = [('Explotación sexual', [78, 131, 58]), ('Explotación laboral', [41, 62, 24]), ('Mendicidad', [9, 11, 4]),
            ('Otras formas de explotación', [18, 10, 7])]
    rows = []
    for lab, (o, v, d) in data:
        rows.append([lab, Cn(o, 'operativo', y=2020), Cn(v, 'víctima', y=2020), Cn(d, 'detenido', y=2020),
                     Pf(round(v / 214 * 100, 1), y=2020, u='column')])
    rows.append(['Total', Cn(146, 'operativo', y=2020), Cn(214, 'víctima', y=2020), Cn(93, 'detenido', y=2020),
                 Pf(100.0, y=2020, u='column')])
    R.table([['Finalidad de explotación', 'Operativos', 'Víctimas rescatadas (total: %s)' % C('214', 214, 'víctima', y=2020, u='cell'),
              'Detenidos', '% de víctimas']], rows, widths=(5.2, 2.4, 3.4, 2.4, 2.4), bold_rows=(4,),
            colnames=[None, None, 'Víctimas rescatadas (total: 214)', None, None])
    body(R, ['2.4. Adicionalmente, en el marco del fortalecimiento de capacidades para la investigación del delito, la División '
             'capacitó a %s efectivos policiales de las regiones policiales de Lima, Callao, Cusco y Madre de Dios, en %s '
             'cursos virtuales.' % (C('412', 412, 'efectivo', y=2020), C('seis (06)', 6, 'curso', y=2020))])
    R.p('3. CONCLUSIONES', bold=True, after=2)
    body(R, ['3.1. Se cuenta con la información solicitada, correspondiente al año 2020, la misma que se detalla en el numeral 2.',
             '3.2. La información se brinda de manera estadística, sin datos que permitan identificar a las víctimas.'])
    R.p('4. RECOMENDACIÓN', bold=True, after=2)
    body(R, ['Se recomienda elevar el presente informe a la Oficina de Transparencia de la DIRNIC PNP para su remisión al solicitante.'])
    R.sign('JORGE LUIS ÑAUPARI VILCHEZ', 'Comandante PNP - Jefe de la DIVIDTP', 'CIP N° 30875412', before=18)
    R.save()


def r003():
    R = new('r003', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 0088-2022-GRL-GRDS', ['Expediente N° 00987-2022', 'Ordenanza Regional N° 009-2020-GRL-CR'], '2022-01-27',
            'ordinary oficio; budget table with "Genérica de gasto" rows whose amount columns carry the unit only in a note under '
            'the table; counts in prose with space thousands',
            notes='The unit of the budget table is stated only in the note under it ("Nota: montos en soles"); recorded as unit_source caption. '
                  'The "Saldo" column (PIM minus devengado) has no budget role.')
    top(R, ['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social'], 2022, 'Iquitos, 27 de enero de 2022',
        'OFICIO N° 0088-2022-GRL-GRDS', logo=(logo_png('gorel', 'GRL', 'shield', (0, 90, 60)), 1.5))
    to(R, ['Señor:', 'MARCO ANTONIO TELLO RENGIFO', 'Jr. Próspero N° 1025', 'Iquitos.-'])
    asunto(R, [('ASUNTO:', 'Se remite información sobre acciones contra la trata de personas - año 2021.'),
               ('REFERENCIA:', 'Expediente N° 00987-2022')])
    body(R, ['Es grato dirigirme a usted para saludarlo cordialmente y, en atención al expediente de la referencia, por el cual '
             'solicita información sobre las acciones y el presupuesto del Gobierno Regional de Loreto en materia de trata de '
             'personas durante el año 2021, informarle lo siguiente:',
             '1. La Red Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Loreto, reconocida mediante '
             'Ordenanza Regional N° 009-2020-GRL-CR, sesionó en %s oportunidades durante el año 2021 y aprobó su plan de trabajo anual.'
             % C('nueve (09)', 9, 'sesión', y=2021),
             '2. Se desarrollaron %s campañas de sensibilización en las provincias de Maynas, Alto Amazonas y Mariscal Ramón '
             'Castilla, con la participación de %s personas, así como %s talleres dirigidos a docentes de instituciones '
             'educativas ribereñas.' % (C('18', 18, 'campaña', y=2021), C('4 326', 4326, 'persona', y=2021), C('12', 12, 'taller', y=2021)),
             '3. La ejecución presupuestal de la actividad "Prevención de la trata de personas" en el año fiscal 2021 fue la siguiente:'])
    data = [('2.1 Personal y obligaciones sociales', 86400.00, 86400.00, 84115.20),
            ('2.3 Bienes y servicios', 120000.00, 148650.00, 131702.45),
            ('2.5 Otros gastos', 0.00, 6000.00, 5980.00),
            ('2.6 Adquisición de activos no financieros', 15000.00, 9800.00, 9745.50)]
    rows = []
    tot = [0, 0, 0]
    for lab, a, b, c in data:
        tot[0] += a; tot[1] += b; tot[2] += c
        rows.append([lab, Mf(a, y=2021, r='a'), Mf(b, y=2021, r='a'), Mf(c, y=2021, r='e'), Mf(round(b - c, 2), y=2021)])
    rows.append(['TOTAL', Mf(tot[0], y=2021, r='a'), Mf(tot[1], y=2021, r='a'), Mf(tot[2], y=2021, r='e'), Mf(round(tot[1] - tot[2], 2), y=2021)])
    R.table([['Genérica de gasto', 'PIA', 'PIM', 'Devengado', 'Saldo']], rows, widths=(6.0, 2.5, 2.5, 2.5, 2.5), unit='caption',
            bold_rows=(4,), note='Nota: montos en soles. Fuente: SIAF-SP, consulta al 31.12.2021.')
    body(R, ['Sin otro particular, quedo de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('Lic. SANDRA MILAGROS PINEDO AHUANARI', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Loreto')
    R.save()


def r004():
    R = new('r004', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MPFN', 'autonomous'),
            'OFICIO N° 0031-2019-MP-FN-FPCEDTP-MDD', ['Solicitud N° 0112-2019'], '2019-01-24',
            'oficio with a "Sumilla:" head block; a table typed as plain text with tab stops (no table object), dashed rules; '
            'counts with words and digits in brackets',
            notes='The tabbed block is a table (row and column recorded), although it is not a table object.')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Madre de Dios',
              'Fiscalía Provincial Corporativa Especializada en Delitos de Trata de Personas de Madre de Dios'])
    lema(R, 2019)
    R.p('Puerto Maldonado, 24 de enero de 2019', align='r', after=6)
    R.p('OFICIO N° 0031-2019-MP-FN-FPCEDTP-MDD', bold=True, after=8)
    refline(R, [('Sumilla:', 'Carga procesal del año 2018 en delitos de trata de personas. Solicitud N° 0112-2019.')], tab=2.2, w2=13.8)
    to(R, ['Señora', 'PATRICIA ELENA ZAVALETA CÓRDOVA', 'Investigadora', 'Av. 26 de Diciembre N° 311', 'Puerto Maldonado.-'])
    body(R, ['Tengo el agrado de dirigirme a usted, a fin de atender su pedido de información sobre la carga procesal de esta '
             'Fiscalía Provincial Corporativa en delitos de trata de personas durante el año 2018. Según el Sistema de Gestión '
             'Fiscal, el estado de las carpetas fiscales ingresadas en dicho año al 31 de diciembre de 2018 es el siguiente:'])
    data = [('Calificación', 6, 7, 9), ('Investigación preliminar', 31, 44, 52), ('Investigación preparatoria', 17, 26, 30),
            ('Etapa intermedia (acusación)', 9, 13, 15), ('Juzgamiento', 4, 6, 6), ('Archivo', 12, 15, 18)]
    rows = []
    for lab, a, b, c in data:
        rows.append([lab, Cn(a, 'carpeta', y=2018), Cn(b, 'investigado', y=2018), Cn(c, 'agraviado', y=2018)])
    ta, tb, tc = (sum(d[i] for d in data) for i in (1, 2, 3))
    rows.append(['Total', Cn(ta, 'carpeta', y=2018), Cn(tb, 'investigado', y=2018), Cn(tc, 'agraviado', y=2018)])
    R.tabgrid([['Estado de la carpeta', 'Carpetas', 'Investigados', 'Agraviados']], rows,
              stops=[(9.0, 'r'), (12.2, 'r'), (15.6, 'r')], size=10, bold_rows=(6,), rule_len=84)
    body(R, ['Asimismo, durante el año 2018 se obtuvieron %s sentencias condenatorias y %s sentencia absolutoria, y se '
             'formularon %s requerimientos de prisión preventiva, todos ellos declarados fundados por el órgano jurisdiccional.'
             % (C('cuatro (04)', 4, 'sentencia', y=2018), C('una (01)', 1, 'sentencia', y=2018), C('once (11)', 11, 'requerimiento', y=2018)),
             'La información se proporciona en forma estadística, en resguardo de la identidad de las personas agraviadas.',
             'Es propicia la ocasión para expresarle los sentimientos de mi consideración.'])
    R.p('Atentamente,', after=0)
    R.sign('RICARDO ALONSO BENAVENTE QUISPE', 'Fiscal Provincial Coordinador',
           'Fiscalía Provincial Corporativa Especializada en Delitos de Trata de Personas de Madre de Dios')
    R.save()


def r005():
    R = new('r005', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'MEMORÁNDUM MÚLTIPLE N° 012-2022-GDHS/MPC', ['Expediente N° 4512-2022', 'Proveído N° 0391-2022-SG/MPC'], '2022-02-10',
            'memorándum múltiple to three offices; count table with one column per district (five districts and a total), rows of '
            'different activities each with its own counted noun; sessions counted in prose')
    R.header(['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Desarrollo Humano y Social',
              '"Cusco, Patrimonio Cultural de la Humanidad"'], logo=(logo_png('mpc', 'MPC', 'circle', (140, 20, 20)), 1.5))
    lema(R, 2022)
    R.p('MEMORÁNDUM MÚLTIPLE N° 012-2022-GDHS/MPC', bold=True, align='c', size=12, after=6)
    kv(R, [('A', ': Abog. Walter Huallpa Ccorahua - Secretario General\n  Lic. Yanet Condori Mamani - Responsable de Acceso a la Información Pública\n'
                  '  Econ. Hugo Sivincha Torres - Gerente Municipal'),
           ('DE', ': Lic. Carmen Rosa Alagón Loayza - Gerente de Desarrollo Humano y Social'),
           ('ASUNTO', ': Información sobre acciones de prevención de la trata de personas, año 2021'),
           ('REF.', ': Expediente N° 4512-2022; Proveído N° 0391-2022-SG/MPC'),
           ('FECHA', ': Cusco, 10 de febrero de 2022')], tab=2.2, w2=13.8)
    R.p('_' * 78, after=6, size=8)
    body(R, ['Por medio del presente me dirijo a ustedes para remitir la información requerida en el expediente de la referencia, '
             'sobre las acciones de prevención de la trata de personas desarrolladas por la Municipalidad Provincial del Cusco '
             'en el año 2021, en coordinación con las municipalidades distritales de la provincia:'])
    dist = ['Cusco', 'Wanchaq', 'San Sebastián', 'San Jerónimo', 'Santiago']
    acts = [('Charlas en instituciones educativas', 'charla', [14, 6, 9, 5, 7]),
            ('Talleres con madres y padres de familia', 'taller', [5, 3, 4, 2, 3]),
            ('Ferias informativas', 'feria', [3, 1, 2, 1, 1]),
            ('Estudiantes participantes', 'estudiante', [1240, 515, 832, 408, 619]),
            ('Padres de familia participantes', 'padre', [236, 98, 151, 77, 110]),
            ('Material informativo distribuido', 'ejemplar', [3500, 1200, 2000, 900, 1400])]
    rows = []
    for lab, what, vals in acts:
        rows.append([lab] + [Cn(v, what, y=2021) for v in vals] + [Cn(sum(vals), what, y=2021)])
    R.table([['Actividad'] + dist + ['Total']], rows, widths=(4.6, 1.9, 1.9, 2.0, 2.0, 1.9, 1.9), size=8.5,
            caption='Acciones de prevención por distrito - año 2021')
    body(R, ['Asimismo, la Comisión Multisectorial Provincial contra la Trata de Personas del Cusco sesionó en %s ocasiones '
             'durante el año 2021 (%s ordinarias y %s extraordinarias) y aprobó su Plan de Trabajo 2021-2022.'
             % (C('siete (07)', 7, 'sesión', y=2021), C('cinco', 5, 'sesión', y=2021), C('dos', 2, 'sesión', y=2021)),
             'Se adjuntan las actas de sesión en formato digital.'])
    R.p('Atentamente,', after=0)
    R.sign('Lic. CARMEN ROSA ALAGÓN LOAYZA', 'Gerente de Desarrollo Humano y Social', 'Municipalidad Provincial del Cusco')
    R.p('c.c.: Archivo', size=7, before=8)
    R.save()


def r006():
    R = new('r006', 'answered', None, ['prevention', 'protection', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'CARTA N° 0214-2020-SGAC-SG/MDSJL', ['Expediente N° 2020-004471'], '2020-03-04',
            'carta with an "Atención:" line above the subject; substantive null answer for 2019 in three paragraphs, no figures',
            notes='Substantive null answer: no prevention activity, no victims cared for by the DEMUNA, no budget and no '
                  'working group in 2019; axes are the ones the null answer speaks about.')
    R.header(['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Secretaría General - Subgerencia de Atención al Ciudadano'])
    lema(R, 2020)
    R.p('San Juan de Lurigancho, 04 de marzo de 2020', align='r', after=6)
    R.p('CARTA N° 0214-2020-SGAC-SG/MDSJL', bold=True, under=True, after=8)
    to(R, ['Señorita', 'DIANA ISABEL CHUMPITAZ RAMOS', 'Presente.-'])
    refline(R, [('Atención:', 'Subgerencia de Atención al Ciudadano / Gerencia de Desarrollo Social'),
                ('Asunto:', 'Respuesta a su solicitud de información - Expediente N° 2020-004471')], tab=2.4, w2=13.6)
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención a su solicitud de acceso a la información pública, mediante la cual requiere conocer las '
             'acciones realizadas por esta corporación edil en materia de trata de personas entre el 1 de enero y el 31 de diciembre de 2019.',
             'Sobre el particular, la Gerencia de Desarrollo Social ha informado que durante el año 2019 la Municipalidad no ejecutó '
             'campañas, charlas ni otras actividades de prevención de la trata de personas, y que la Defensoría Municipal del Niño y '
             'del Adolescente (DEMUNA) no registró ni atendió casos de presuntas víctimas de este delito.',
             'Asimismo, en dicho año no se asignó presupuesto a actividades vinculadas a la materia ni se conformó una mesa o red '
             'distrital contra la trata de personas, por lo que no se cuenta con actas ni planes de trabajo que remitir.',
             'Con lo informado, se da por atendida su solicitud, conforme al Texto Único Ordenado de la Ley N° 27806.'])
    R.p('Atentamente,', after=0)
    R.sign('ABOG. RENZO MARTÍN ALCÁNTARA POMA', 'Subgerente de Atención al Ciudadano', 'Municipalidad de San Juan de Lurigancho')
    R.save()


def r007():
    R = new('r007', 'answered', None, ['prevention', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional del Cusco', 'GORE Cusco', 'regional_government'),
            'HOJA INFORMATIVA N° 004-2019-GR CUSCO/GEREPTE-DPEFP', ['Memorándum N° 0112-2019-GR CUSCO/GEREPTE'], '2019-02-06',
            'hoja informativa with A / DE / ASUNTO / FECHA rows; ordinal list "Primero.- ... Sexto.-"; 2017 figures beside the requested 2018',
            notes='Mixed periods: 2017 figures are given beside the requested 2018 ones, so the reply is answered.')
    R.header(['GOBIERNO REGIONAL DEL CUSCO', 'Gerencia Regional de Trabajo y Promoción del Empleo',
              'Dirección de Promoción del Empleo y Formación Profesional'])
    lema(R, 2019)
    R.p('HOJA INFORMATIVA N° 004-2019-GR CUSCO/GEREPTE-DPEFP', bold=True, align='c', size=12, after=6)
    kv(R, [('A', ': Mg. Eloy Puma Quispe\n  Gerente Regional de Trabajo y Promoción del Empleo'),
           ('DE', ': Lic. Flor de María Champi Huamán\n  Directora de Promoción del Empleo y Formación Profesional'),
           ('ASUNTO', ': Acciones de prevención del trabajo forzoso y la trata con fines de explotación laboral - año 2018'),
           ('REF.', ': Memorándum N° 0112-2019-GR CUSCO/GEREPTE'),
           ('FECHA', ': Cusco, 06 de febrero de 2019')], tab=2.2, w2=13.8)
    R.p('_' * 78, after=6, size=8)
    body(R, ['Tengo el agrado de dirigirme a usted para informarle, en atención al documento de la referencia y a la solicitud '
             'de acceso a la información pública sobre el año 2018, lo siguiente:'])
    items = ['En el año 2018 se realizaron %s talleres sobre derechos laborales y prevención de la trata con fines de explotación '
             'laboral en las provincias de La Convención, Quispicanchi y Calca.' % C('14', 14, 'taller', y=2018),
             'En dichos talleres participaron %s trabajadoras y trabajadores, de los cuales %s eran jóvenes de 15 a 29 años.'
             % (C('623', 623, 'trabajador', y=2018), C('281', 281, 'joven', y=2018)),
             'Se orientó a %s buscadores de empleo del Centro de Empleo sobre ofertas laborales engañosas.' % C('1 047', 1047, 'buscador', y=2018),
             'La Subdirección de Inspección del Trabajo realizó %s inspecciones de oficio en centros de extracción aurífera '
             'artesanal de Camanti, identificando %s casos de presunto trabajo forzoso, que fueron puestos en conocimiento '
             'del Ministerio Público.' % (C('22', 22, 'inspección', y=2018), C('3', 3, 'caso', y=2018)),
             'Se distribuyeron %s afiches y volantes en terminales terrestres de la ciudad del Cusco.' % C('5 200', 5200, 'afiche', y=2018),
             'Para fines comparativos, en el año 2017 se realizaron %s talleres con %s participantes y %s inspecciones de oficio.'
             % (C('9', 9, 'taller', y=2017), C('402', 402, 'participante', y=2017), C('15', 15, 'inspección', y=2017))]
    for i, t in enumerate(items, 1):
        R.p('**%s.-** %s' % (ordinal(i), t), align='j', after=4, indent=0.5)
    body(R, ['Es cuanto informo a usted para su conocimiento y fines.'])
    R.sign('Lic. FLOR DE MARÍA CHAMPI HUAMÁN', 'Directora de Promoción del Empleo y Formación Profesional', before=20)
    R.save()


def r008():
    R = new('r008', 'answered', None, ['prevention'], ('2022-01-01', '2022-06-30'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00512-2022-MINEDU/VMGP-DIGEBR', ['Expediente N° MPT2022-EXT-0098812', 'Informe N° 00233-2022-MINEDU/VMGP-DIGEBR-DEP'],
            '2022-07-20',
            'oficio for a part-year request (first half of 2022); budget table with "S/" printed in its own column beside the '
            'amounts; "S/ 0.8 millones" in prose; "un total de" count',
            notes='Amounts in the budget table are bare numbers with "S/" in a separate "Moneda" column on the same row: recorded as unit_source cell.')
    top(R, ['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'],
        2022, 'Lima, 20 de julio de 2022', 'OFICIO N° 00512-2022-MINEDU/VMGP-DIGEBR',
        logo=(logo_png('minedu', 'EDU', 'square', (160, 20, 30)), 1.4))
    to(R, ['Señor', 'LUIS ENRIQUE CARBAJAL MEZA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Información sobre acciones de prevención de la trata de personas en el ámbito educativo (enero-junio 2022)'),
               ('Referencia:', 'a) Expediente N° MPT2022-EXT-0098812\nb) Informe N° 00233-2022-MINEDU/VMGP-DIGEBR-DEP')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia a), mediante el cual solicita '
             'información sobre las acciones de prevención de la trata de personas implementadas por el Ministerio de Educación '
             'durante el primer semestre del año 2022 (enero a junio).',
             'Al respecto, remito el informe de la referencia b), según el cual, para el año fiscal 2022 se programó para la '
             'estrategia de prevención de la violencia y la trata en la escuela una asignación de %s, con el siguiente avance al '
             'cierre del semestre:' % M('S/ 0.8 millones', 800000, y=2022, r='a')])
    data = [('Capacitación virtual a docentes tutores', 310000.00, 142560.00),
            ('Materiales educativos impresos', 245000.00, 98300.50),
            ('Asistencia técnica a DRE y UGEL', 180000.00, 71412.00),
            ('Campaña comunicacional "Aprendo a cuidarme"', 65000.00, 12980.00)]
    rows = []
    for lab, a, e in data:
        rows.append([lab, 'S/', Mf(a, y=2022, r='a', u='cell'), Mf(e, y=2022, r='e', u='cell')])
    rows.append(['Total', 'S/', Mf(sum(d[1] for d in data), y=2022, r='a', u='cell'), Mf(sum(d[2] for d in data), y=2022, r='e', u='cell')])
    R.table([['Concepto', 'Moneda', 'Programado 2022', 'Ejecutado al 30.06.2022']], rows, widths=(7.2, 1.6, 3.2, 3.6), bold_rows=(4,))
    body(R, ['En el mismo periodo se capacitó a un total de %s docentes tutores de %s instituciones educativas de Lima '
             'Metropolitana, Cusco, Puno y Loreto, y se distribuyeron %s cuadernos de trabajo para estudiantes de secundaria.'
             % (C('2 417', 2417, 'docente', y=2022), C('312', 312, 'institución educativa', y=2022), C('48 000', 48000, 'cuaderno', y=2022)),
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi estima personal.'])
    R.p('Atentamente,', after=0)
    dsig(R, 'MIRIAM JANETH PONCE VÉRTIZ', 'Directora General de Educación Básica Regular', 'Ministerio de Educación',
         when='20.07.2022 16:41:07 -05:00', fau='20131370998')
    R.save()


def r009():
    import random
    rnd = random.Random('r009-csjar')
    R = new('r009', 'answered', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Corte Superior de Justicia de Arequipa', 'CSJAR', 'autonomous'),
            'OFICIO N° 000145-2022-P-CSJAR-PJ', ['Solicitud de Acceso a la Información N° 0058-2022'], '2022-02-15',
            'oficio with a list of 36 judgments (row label: case number) that runs from page 1 onto page 2 without repeating '
            'its header; convicted and victims counted per row; totals in prose',
            notes='Row labels are case numbers (expedientes), not figures; the dates of the judgments are not figures.')
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE AREQUIPA', 'Presidencia'],
             logo=(logo_png('pj', 'PJ', 'circle', (120, 20, 20)), 1.4))
    lema(R, 2022)
    R.p('Arequipa, 15 de febrero de 2022', align='r', after=6)
    R.p('OFICIO N° 000145-2022-P-CSJAR-PJ', bold=True, after=8)
    to(R, ['Señora', 'KATHERINE LOAYZA BEDOYA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Sentencias emitidas por delito de trata de personas en el año 2021'),
               ('Ref.:', 'Solicitud de Acceso a la Información N° 0058-2022')])
    orgs = ['Juzgado Penal Colegiado Supraprovincial', '1° Juzgado Penal Unipersonal', '2° Juzgado Penal Unipersonal',
            'Juzgado Penal Unipersonal de Camaná', 'Juzgado Penal Colegiado de Caylloma', 'Juzgado Penal Unipersonal de Islay']
    rows = []
    nc = na = ts = tv = 0
    used = set()
    for i in range(36):
        while True:
            num = '%05d-%d-%d-0401-JR-PE-0%d' % (rnd.randint(100, 9999), rnd.choice([2018, 2019, 2020, 2021]), rnd.randint(2, 89), rnd.randint(1, 4))
            if num[:14] not in used:
                used.add(num[:14]); break
        mm = 1 + i * 12 // 36
        dd = rnd.randint(3, 28)
        kind = 'Absolutoria' if rnd.random() < 0.2 else 'Condenatoria'
        s = rnd.choice([1, 1, 1, 2, 2, 3]) if kind == 'Condenatoria' else 0
        v = rnd.choice([1, 1, 2, 2, 3, 4, 5])
        if kind == 'Condenatoria':
            nc += 1
        else:
            na += 1
        ts += s; tv += v
        rows.append([str(i + 1), num, rnd.choice(orgs), '%02d/%02d/2021' % (dd, mm), kind,
                     Cn(s, 'condenado', y=2021), Cn(v, 'agraviado', y=2021)])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para informarle que, según el '
             'Sistema Integrado Judicial, los órganos jurisdiccionales penales de este Distrito Judicial emitieron en el año 2021 '
             '%s sentencias en procesos por el delito de trata de personas y sus formas agravadas, de las cuales %s fueron '
             'condenatorias y %s absolutorias, con un total de %s personas sentenciadas y %s agraviados. El detalle es el siguiente:'
             % (C('36', 36, 'sentencia', y=2021), C(str(nc), nc, 'sentencia', y=2021), C(str(na), na, 'sentencia', y=2021),
                C(str(ts), ts, 'persona', y=2021), C(str(tv), tv, 'agraviado', y=2021))])
    R.table([['N°', 'Expediente', 'Órgano jurisdiccional', 'Fecha', 'Sentencia', 'Condenados', 'Agraviados']], rows,
            widths=(0.7, 4.2, 3.9, 1.8, 1.9, 1.8, 1.8), size=7, row_label_col=1, repeat_head=False, num_align='c')
    body(R, ['La información se remite sin consignar los nombres de las partes, conforme a la normativa de protección de datos '
             'personales.', 'Atentamente,'])
    R.sign('DR. HERNÁN MANUEL VALDIVIA CHÁVEZ', 'Presidente', 'Corte Superior de Justicia de Arequipa', before=14)
    R.save()


def r010():
    R = new('r010', 'answered', None, ['prosecution', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000231-2021-SUNAFIL/SG-OACI', ['Expediente N° 0034512-2021', 'Memorando N° 000418-2021-SUNAFIL/INII'], '2021-04-12',
            'oficio without a reference block: the request and the internal memo are cited in the first paragraph only; table '
            'with a fines column "(PEN)"; "PEN 1 462 350" in prose; percent per row',
            notes='The percent column is the share of inspection orders with infractions in each row.')
    top(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Secretaría General',
            'Oficina de Atención al Ciudadano'], 2021, 'Jesús María, 12 de abril de 2021', 'OFICIO N° 000231-2021-SUNAFIL/SG-OACI')
    to(R, ['Señor', 'ALBERTO JOSÉ VÁSQUEZ NINA', 'Presente.-'])
    body(R, ['De mi mayor consideración:',
             'Me dirijo a usted en atención a su solicitud de acceso a la información pública registrada con Expediente '
             'N° 0034512-2021, y de conformidad con lo informado por la Intendencia Nacional de Inteligencia Inspectiva mediante '
             'el Memorando N° 000418-2021-SUNAFIL/INII, para remitirle la información sobre las actuaciones inspectivas en materia '
             'de trabajo forzoso y trabajo infantil realizadas en el año 2020:'])
    data = [('Lima Metropolitana', 118, 1432, 41, 412300.00), ('Arequipa', 36, 388, 12, 98750.00), ('Cusco', 29, 214, 11, 121400.00),
            ('Loreto', 24, 187, 9, 86900.00), ('Madre de Dios', 31, 256, 17, 298450.00), ('Puno', 27, 163, 10, 142600.00),
            ('Piura', 19, 241, 5, 61200.00), ('Ica', 22, 530, 8, 142450.00), ('Junín', 14, 96, 4, 98300.00)]
    rows = []
    T = [0, 0, 0, 0.0]
    for lab, o, t, inf, mu in data:
        T[0] += o; T[1] += t; T[2] += inf; T[3] += mu
        rows.append([lab, Cn(o, 'orden de inspección', y=2020), Cn(t, 'trabajador', y=2020), Cn(inf, 'orden de inspección', y=2020),
                     Pf(round(inf / o * 100, 1), y=2020, u='column'), Mf(mu, y=2020)])
    rows.append(['Total', Cn(T[0], 'orden de inspección', y=2020), Cn(T[1], 'trabajador', y=2020), Cn(T[2], 'orden de inspección', y=2020),
                 Pf(round(T[2] / T[0] * 100, 1), y=2020, u='column'), Mf(T[3], y=2020)])
    R.table([['Intendencia Regional', 'Órdenes de inspección', 'Trabajadores involucrados', 'Órdenes con infracción',
              '% con infracción', 'Multas propuestas (PEN)']], rows, widths=(3.8, 2.3, 2.5, 2.3, 2.0, 3.2), size=8.5, bold_rows=(9,))
    body(R, ['Como se aprecia, en el año 2020 se propusieron multas por un total de %s; de este monto, %s corresponden a '
             'infracciones muy graves vinculadas a trabajo infantil.' % (M('PEN 1 462 350', 1462350, y=2020), M('PEN 534 800', 534800, y=2020)),
             'Asimismo, en el marco de la prevención, la SUNAFIL brindó orientación y asistencia técnica a %s empleadores y %s '
             'trabajadores de los sectores agrario, minero y textil sobre condiciones de trabajo y señales de trabajo forzoso.'
             % (C('1 150', 1150, 'empleador', y=2020), C('3 780', 3780, 'trabajador', y=2020)),
             'Atentamente,'])
    dsig(R, 'GIOVANNA PATRICIA RUIZ ESPINOZA', 'Jefa de la Oficina de Atención al Ciudadano', 'SUNAFIL',
         when='12.04.2021 11:02:55 -05:00', fau='20555195444')
    R.save()


def r011():
    R = new('r011', 'answered', None, ['governance', 'prevention', 'protection', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional San Martín', 'GRSM', 'regional_government'),
            'OFICIO N° 0312-2020-GRSM/GRPYP', ['Expediente N° 001-2020-046211', 'Ordenanza Regional N° 012-2018-GRSM/CR'], '2020-02-26',
            'oficio; budget table by activity with a modifications column whose reductions are negative amounts in accounting '
            'brackets; "Avance (%)" column; a dash for an activity without PIM',
            notes='The "Modificaciones" column (changes to the opening budget during the year) has no role; reductions printed in '
                  'brackets are negative values.')
    top(R, ['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Planeamiento y Presupuesto'], 2020,
        'Moyobamba, 26 de febrero de 2020', 'OFICIO N° 0312-2020-GRSM/GRPYP')
    to(R, ['Señora', 'NANCY GISELA DEL ÁGUILA TUANAMA', 'Tarapoto.-'])
    asunto(R, [('ASUNTO', ': Ejecución presupuestal del Plan Regional contra la Trata de Personas 2019'),
               ('REFERENCIA', ': Expediente N° 001-2020-046211')])
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, para remitirle la ejecución '
             'presupuestal al 31 de diciembre de 2019 de las actividades del Plan Regional contra la Trata de Personas, aprobado '
             'con Ordenanza Regional N° 012-2018-GRSM/CR:'])
    data = [('Funcionamiento de la Comisión Regional', 40000.00, -12500.00, 26940.00),
            ('Campañas de prevención en instituciones educativas', 150000.00, 35000.00, 171305.80),
            ('Capacitación a operadores de justicia en investigación del delito', 60000.00, -22000.00, 37120.00),
            ('Atención a víctimas en el Hogar de Refugio Temporal', 210000.00, 18400.00, 219876.35),
            ('Sistema regional de registro de casos', 25000.00, -25000.00, 0.00)]
    rows = []
    T = [0.0] * 4
    for lab, pia, mod, dev in data:
        pim = pia + mod
        T[0] += pia; T[1] += mod; T[2] += pim; T[3] += dev
        rows.append([lab, Mf(pia, y=2019, r='a'), Mb(mod, y=2019), Mf(pim, y=2019, r='a'), Mf(dev, y=2019, r='e'),
                     Pf(round(dev / pim * 100, 1), y=2019, u='column') if pim else '-'])
    rows.append(['TOTAL', Mf(T[0], y=2019, r='a'), Mb(T[1], y=2019), Mf(T[2], y=2019, r='a'), Mf(T[3], y=2019, r='e'),
                 Pf(round(T[3] / T[2] * 100, 1), y=2019, u='column')])
    R.table([['Actividad', 'PIA (S/)', 'Modificaciones (S/)', 'PIM (S/)', 'Devengado (S/)', 'Avance (%)']], rows,
            widths=(5.0, 2.1, 2.8, 2.1, 2.3, 1.7), size=8.5, bold_rows=(5,),
            note='Fuente: SIAF - Módulo de Procesos Presupuestarios. Las cifras entre paréntesis son reducciones (anulaciones).')
    body(R, ['La reducción en la actividad de registro de casos se debió a que el sistema fue asumido por el Ministerio del '
             'Interior. Sin otro particular, quedo de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('ECON. JOSÉ CARLOS SAAVEDRA PANDURO', 'Gerente Regional de Planeamiento y Presupuesto', 'Gobierno Regional San Martín')
    R.save()


def r012():
    R = new('r012', 'answered', None, ['governance', 'prosecution', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'ACTA DE ENTREGA DE INFORMACIÓN N° 027-2020-MPM/SG', ['Solicitud N° 0215-2020', 'Informe N° 042-2020-MPM-GDS'], '2020-02-14',
            'acta of delivery of information drawn up at the office, with time and place, numbered points holding the figures, '
            'and two signature blocks side by side ("ENTREGUÉ CONFORME" / "RECIBÍ CONFORME") with a DNI number that is not a figure',
            notes='The acta is the reply: the information is written into it and handed over in person.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Secretaría General'], logo=(logo_png('mpm', 'MPM', 'shield', (10, 90, 120)), 1.4))
    lema(R, 2020)
    R.p('ACTA DE ENTREGA DE INFORMACIÓN N° 027-2020-MPM/SG', bold=True, align='c', size=12, after=8)
    body(R, ['En la ciudad de Iquitos, siendo las 10:30 horas del día 14 de febrero de 2020, en las instalaciones de la Secretaría '
             'General de la Municipalidad Provincial de Maynas, sito en Jr. Sargento Lores N° 202, se reunieron, de una parte, el '
             'Abog. Julio César Panaifo Ruiz, funcionario responsable de entregar la información de acceso público, y de la otra, '
             'la señora Mercedes Tapullima Sangama, identificada con D.N.I. N° 05412873, en su calidad de solicitante, a fin de '
             'hacer entrega de la información requerida mediante Solicitud N° 0215-2020, referida a las acciones de la '
             'Municipalidad contra la trata de personas durante el año 2019.',
             'Acto seguido, el funcionario responsable da lectura al Informe N° 042-2020-MPM-GDS de la Gerencia de Desarrollo '
             'Social, del cual se desprende lo siguiente:'])
    pts = ['La Red Provincial de Maynas contra la Trata de Personas sesionó en %s oportunidades durante el año 2019, '
           'con la asistencia promedio de %s instituciones.' % (C('seis (06)', 6, 'sesión', y=2019), C('14', 14, 'institución', y=2019)),
           'Se realizó un total de %s operativos conjuntos con la Policía Nacional del Perú y la Fiscalía Provincial Especializada '
           'en Delitos de Trata de Personas de Loreto en bares, discotecas y hospedajes del distrito de Iquitos y de la zona de '
           'Bellavista Nanay.' % C('23', 23, 'operativo', y=2019),
           'Como resultado de dichos operativos se clausuró %s locales por carecer de licencia de funcionamiento y se identificó a '
           '%s adolescentes en situación de riesgo, quienes fueron puestos a disposición de la Unidad de Protección Especial.'
           % (C('11', 11, 'local', y=2019), C('17', 17, 'adolescente', y=2019)),
           'Se capacitó en prevención de la trata de personas a %s inspectores municipales y serenos, y se desarrollaron %s charlas en '
           'mercados y puertos fluviales con %s asistentes.' % (C('86', 86, 'inspector', y=2019), C('9', 9, 'charla', y=2019), C('730', 730, 'asistente', y=2019))]
    for i, t in enumerate(pts, 1):
        R.p('%d. %s' % (i, t), align='j', indent=0.5, after=3)
    body(R, ['Con lo que se da por atendida la solicitud, entregándose copia simple del informe. Siendo las 10:55 horas se '
             'da por concluida la diligencia, firmando las partes en señal de conformidad.'])
    l, r = side_by_side(R, widths=(7.6, 7.6))
    with R.inside(l):
        R.p('', before=30)
        R.p('_' * 30, align='c', after=0)
        R.p('ENTREGUÉ CONFORME', bold=True, align='c', after=0)
        R.p('Abog. Julio César Panaifo Ruiz', align='c', after=0, size=9)
        R.p('Responsable de Acceso a la Información', align='c', after=0, size=9)
    with R.inside(r):
        R.p('', before=30)
        R.p('_' * 30, align='c', after=0)
        R.p('RECIBÍ CONFORME', bold=True, align='c', after=0)
        R.p('Mercedes Tapullima Sangama', align='c', after=0, size=9)
        R.p('D.N.I. N° 05412873', align='c', after=0, size=9)
    R.save()


def r013():
    R = new('r013', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DPN) N° 2-10-B/0418', ['Solicitud N° 2022-00871', 'Memorándum (DPN) N° DPN00156/2022'], '2022-03-08',
            'oficio of the foreign ministry; table of Peruvian victims assisted abroad by country with US$ repatriation costs; '
            'a US$ amount in a sentence followed directly by its date',
            notes='Victims assisted abroad by consulates; money in US dollars without a budget role.')
    top(R, ['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares',
            'Dirección de Protección y Asistencia al Nacional'], 2022, 'Lima, 8 de marzo de 2022', 'OF. RE (DPN) N° 2-10-B/0418',
        logo=(logo_png('rree', 'RREE', 'circle', (30, 30, 110)), 1.5))
    to(R, ['Señor', 'GONZALO ANDRÉS PEÑA RIVAS', 'Presente.-'])
    asunto(R, [('Asunto:', 'Asistencia consular a connacionales víctimas de trata de personas - año 2021'),
               ('Ref.:', 'Solicitud N° 2022-00871\nMemorándum (DPN) N° DPN00156/2022')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación a su solicitud de la referencia, para hacerle llegar la información '
             'sobre la asistencia brindada por las Oficinas Consulares del Perú a connacionales presuntas víctimas de trata de '
             'personas durante el año 2021:'])
    data = [('Argentina', 7, 9, 4, 3620.00), ('Bolivia', 5, 6, 3, 1450.00), ('Chile', 11, 14, 6, 5870.50), ('Ecuador', 6, 8, 5, 2110.00),
            ('España', 4, 4, 2, 6980.00), ('Estados Unidos de América', 3, 3, 1, 2250.00), ('Japón', 1, 2, 0, 0.00), ('Brasil', 2, 2, 1, 1340.00)]
    rows = []
    T = [0, 0, 0, 0.0]
    for lab, c, v, r_, usd in data:
        T[0] += c; T[1] += v; T[2] += r_; T[3] += usd
        rows.append([lab, Cn(c, 'caso', y=2021), Cn(v, 'víctima', y=2021), Cn(r_, 'víctima', y=2021), Mf(usd, y=2021, cur='USD')])
    rows.append(['Total', Cn(T[0], 'caso', y=2021), Cn(T[1], 'víctima', y=2021), Cn(T[2], 'víctima', y=2021), Mf(T[3], y=2021, cur='USD')])
    R.table([['País', 'Casos', 'Víctimas asistidas', 'Víctimas repatriadas', 'Gastos de repatriación (US$)']], rows,
            widths=(4.8, 1.8, 2.6, 2.8, 3.6), bold_rows=(8,))
    body(R, ['Los gastos de repatriación se cubrieron con cargo al Fondo de Asistencia Humanitaria Consular. El mayor desembolso '
             'individual fue de %s el 12 de noviembre de 2021, para el retorno de un grupo familiar desde España.'
             % M('US$ 4,180.00', 4180.00, y=2021, cur='USD'),
             'Adicionalmente, se brindó asesoría legal a %s connacionales a través de abogados consultores contratados por los '
             'Consulados Generales en Santiago y Buenos Aires.' % C('19', 19, 'connacional', y=2021),
             'Hago propicia la oportunidad para renovarle las seguridades de mi especial consideración.'])
    R.sign('MINISTRO CONSEJERO LUIS ALBERTO ARAMBURÚ SOTO', 'Director de Protección y Asistencia al Nacional', before=22)
    R.save()


def r014():
    R = new('r014', 'answered', None, ['protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'OFICIO N° 0456-2023-GRT-DRST-DG', ['Expediente N° 2023-000318'], '2023-02-01',
            'oficio of a regional health directorate with "Asunto:" only and the request cited in the body; counts by sex in one '
            'sentence; counts in the table header ("Atención médica (n = 74)")',
            notes='The header counts (n = ...) are figures of the header cells (no row, no column).')
    top(R, ['GOBIERNO REGIONAL DE TUMBES', 'DIRECCIÓN REGIONAL DE SALUD TUMBES', 'Dirección General'], 2023,
        'Tumbes, 01 de febrero de 2023', 'OFICIO N° 0456-2023-GRT-DRST-DG')
    to(R, ['Señora', 'ANA LUCÍA MORE GARCÍA', 'Av. Tumbes Norte 1120', 'Tumbes.-'])
    asunto(R, [('Asunto:', 'Atención en salud a víctimas de trata de personas - año 2022')])
    body(R, ['Es grato dirigirme a usted para saludarla y, en atención a su pedido de acceso a la información pública con '
             'Expediente N° 2023-000318, informarle que durante el año 2022 los establecimientos de salud de la región Tumbes '
             'brindaron atención a %s víctimas de trata de personas, %s mujeres y %s varones, derivadas por la Policía Nacional, '
             'el Ministerio Público y el Centro Emergencia Mujer.' % (C('46', 46, 'víctima', y=2022), C('39', 39, 'mujer', y=2022), C('7', 7, 'varón', y=2022)),
             'Las atenciones brindadas por establecimiento fueron las siguientes:'])
    data = [('Hospital Regional II-2 JAMO', 31, 24), ('Centro de Salud Zarumilla', 14, 11), ('Centro de Salud Pampa Grande', 12, 9),
            ('Centro de Salud Corrales', 9, 8), ('Centro de Salud Aguas Verdes', 8, 6)]
    tm = sum(d[1] for d in data); tp = sum(d[2] for d in data)
    rows = [[lab, Cn(a, 'atención', y=2022), Cn(b, 'atención', y=2022), Cn(a + b, 'atención', y=2022)] for lab, a, b in data]
    R.table([['Establecimiento de salud', 'Atención médica (n = %s)' % C(str(tm), tm, 'atención', y=2022, u='cell'),
              'Atención psicológica (n = %s)' % C(str(tp), tp, 'atención', y=2022, u='cell'), 'Total']], rows,
            widths=(6.0, 3.4, 3.6, 2.0))
    body(R, ['Asimismo, en el marco de la prevención, el personal de salud desarrolló %s sesiones educativas en colegios '
             'secundarios de Zarumilla y Aguas Verdes, con la participación de %s adolescentes.' % (C('12', 12, 'sesión', y=2022), C('640', 640, 'adolescente', y=2022)),
             'Atentamente,'])
    R.sign('M.C. EDWIN ALBERTO OLAYA CRUZ', 'Director General', 'Dirección Regional de Salud Tumbes', before=18)
    R.save()


def r015():
    R = new('r015', 'answered', None, ['prosecution', 'governance'], ('2019-01-01', '2019-12-31'),
            S('United Nations Office on Drugs and Crime', 'UNODC', 'foreign'),
            'UNODC/PER/LPO/2020/041', [], '2020-02-14',
            'English letter of an international body answering voluntarily; "Ref.:" line; counts of trained people by profession '
            'in brackets; USD amounts with a date right after',
            lang='en',
            notes='Answered voluntarily (the body is not bound by the Peruvian law). Counts in English base forms.')
    R.header(['UNITED NATIONS OFFICE ON DRUGS AND CRIME', 'Liaison and Partnership Office in Peru'], align='l', bold_first=True)
    R.p('14 February 2020', align='r', after=6)
    R.p('Ref.: UNODC/PER/LPO/2020/041', after=8)
    to(R, ['Ms. Camila Reátegui Flores', 'Researcher', 'Lima'])
    R.p('Subject: Your request dated 27 January 2020 - UNODC support against trafficking in persons in 2019', bold=True, after=8)
    body(R, ['Dear Ms. Reátegui,',
             'Thank you for your request for information on the activities carried out by UNODC in Peru against trafficking in '
             'persons between January and December 2019. Although UNODC is not subject to the Peruvian transparency law, we are '
             'pleased to share the following information.',
             'In 2019 UNODC delivered %s training workshops for %s justice operators (%s prosecutors, %s police officers and %s '
             'judges) on the investigation and prosecution of trafficking in persons, in Lima, Cusco, Puno and Madre de Dios.'
             % (C('11', 11, 'workshop', y=2019), C('342', 342, 'justice operator', y=2019), C('208', 208, 'prosecutor', y=2019),
                C('96', 96, 'police officer', y=2019), C('38', 38, 'judge', y=2019)),
             'We also supported the Multisectoral Commission in the evaluation of the national plan with a rapid assessment '
             'covering %s regions.' % C('4', 4, 'region', y=2019),
             'The total budget allocated to these activities in 2019 was %s, of which %s was spent by 31 December 2019. The '
             'largest single item was %s on 18 October 2019 for the regional workshop in Puerto Maldonado.'
             % (M('USD 245,000', 245000, y=2019, r='a', cur='USD'), M('USD 198,430.55', 198430.55, y=2019, r='e', cur='USD'),
                M('USD 27,600', 27600, y=2019, cur='USD')),
             'Please do not hesitate to contact us should you need further details.',
             'Yours sincerely,'])
    R.sign('Elena Marchetti', 'Head of Office', 'UNODC Liaison and Partnership Office in Peru', align='l', before=18)
    R.save()
