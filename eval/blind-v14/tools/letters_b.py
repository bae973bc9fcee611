"""blind-v14 letters q016-q030 (written for this set from the labeling guide; all persons, numbers and facts invented)."""
import random
from lib import M, C, P, logo_png, plain
from common import *


def q016():
    cites = ['Expediente N° 578912', 'Resolución N° R-0412-2022-UNSAAC', 'Resolución N° CU-118-2022-UNSAAC',
             'Informe N° 031-2022-VRIN-UNSAAC', 'Informe N° 012-2022-DBU-UNSAAC', 'Oficio N° 087-2022-FDCP-UNSAAC',
             'Acta N° 004-2022-CI-VRIN', 'Memorando N° 219-2022-DIGA-UNSAAC']
    R = new('q016', 'answered', None, ['governance', 'prevention'], ('2022-01-01', '2022-06-30'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'OFICIO N° 0215-2022-R-UNSAAC', cites, '2022-07-19',
            'oficio from a public university for a January-June request; long numbered annex list citing resolutions, reports and memos; amounts in prose')
    R.header(['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'RECTORADO', 'Av. de la Cultura N° 733 - Cusco'], size=9,
             logo=(logo_png('unsaac', 'SAAC', color=(120, 20, 30)), 1.5))
    lema(R, 2022)
    R.p('Cusco, 19 de julio de 2022', align='r')
    R.p('OFICIO N° 0215-2022-R-UNSAAC', bold=True, after=8)
    to(R, ['Señor', 'Mg. Óscar Iván Zamalloa Pumayalli', 'Investigador asociado', 'Ciudad.-'])
    asunto(R, [('ASUNTO', ': Atiende solicitud de acceso a la información pública'),
               ('REFERENCIA', ': Expediente N° 578912')])
    body(R, ['Tengo a bien dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información sobre las '
             'actividades de la Universidad relacionadas con la trata de personas en el periodo de enero a junio de 2022. Al respecto, '
             'se informa:',
             '1. Mediante Resolución N° R-0412-2022-UNSAAC se aprobó el financiamiento de ' + C('tres (03)', 3, 'proyecto de investigación', y=2022) +
             ' proyectos de investigación sobre trata de personas y explotación laboral en la minería aurífera de Quispicanchi y en el '
             'corredor Cusco - Puerto Maldonado, por un monto total de ' + Mn(84500, 'sp', pre='S/ ', y=2022, r='a') + '; al 30 de junio '
             'se había certificado ' + Mn(62000, 'sp', pre='S/ ', y=2022, r='c') + ' y comprometido ' + Mn(41250, 'sp', pre='S/ ', y=2022, r='c') + '.',
             '2. La Dirección de Bienestar Universitario realizó ' + Cn(9, 'conversatorio', y=2022) + ' conversatorios de prevención '
             'sobre ofertas laborales engañosas, con la asistencia de ' + Cn(1130, 'estudiante', st='sp', y=2022) + ' estudiantes, y capacitó a ' +
             Cn(46, 'docente tutor', y=2022) + ' docentes tutores en la identificación de situaciones de riesgo.',
             '3. La Facultad de Derecho y Ciencia Política suscribió un convenio con la Fiscalía Superior Coordinadora para prácticas '
             'preprofesionales en materia de trata; a junio de 2022 participaban ' + Cn(12, 'estudiante', y=2022) + ' estudiantes.'])
    annexes(R, ['Resolución N° R-0412-2022-UNSAAC, que aprueba el financiamiento de proyectos de investigación.',
                'Resolución N° CU-118-2022-UNSAAC, que aprueba el convenio con el Ministerio Público.',
                'Informe N° 031-2022-VRIN-UNSAAC del Vicerrectorado de Investigación.',
                'Informe N° 012-2022-DBU-UNSAAC de la Dirección de Bienestar Universitario.',
                'Oficio N° 087-2022-FDCP-UNSAAC de la Facultad de Derecho y Ciencia Política.',
                'Acta N° 004-2022-CI-VRIN del Comité de Investigación.',
                'Memorando N° 219-2022-DIGA-UNSAAC sobre la disponibilidad presupuestal.',
                'Relación de conversatorios realizados (cronograma).',
                'Registro fotográfico de las actividades.',
                'Modelo de convenio de prácticas preprofesionales.'], title='ANEXOS:')
    R.p('Atentamente,', before=6, after=0)
    R.sign('Dr. Eleazar Crucinta Ugarte', 'Rector (e)', 'UNSAAC', before=22)


def q017():
    R = new('q017', 'answered', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00391-2021-MINEDU/VMGP-DIGEBR', ['Expediente N° MPT2021-EXT-0048812'], '2021-03-03',
            'oficio + table over two pages with DRE group headings, indented UGEL sub-rows, shaded subtotal rows per DRE and a national total; header repeated',
            )
    R.header(['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Educación Básica Regular'], size=9,
             logo=(logo_png('minedu', 'EDU', shape='square', color=(170, 20, 20)), 1.2), align='l')
    lema(R, 2021)
    R.p('Lima, 03 de marzo de 2021', align='r')
    R.p('OFICIO N° 00391-2021-MINEDU/VMGP-DIGEBR', bold=True, after=8)
    to(R, ['Señora', 'Gabriela Ximena Rodríguez Lazo', 'Presente.-'])
    asunto(R, [('Asunto', ': Acciones de prevención de la trata de personas en instituciones educativas focalizadas, año 2020'),
               ('Referencia', ': Expediente N° MPT2021-EXT-0048812')])
    body(R, ['Es grato dirigirme a usted, en atención al expediente de la referencia, para remitirle la información de las acciones de '
             'prevención de la trata de personas desarrolladas en el año 2020 en las regiones priorizadas. Debido a la emergencia '
             'sanitaria, las sesiones de tutoría se realizaron a distancia, en el marco de la estrategia "Aprendo en casa".'])
    dres = [('DRE LORETO', [('UGEL Maynas', 84, 3120, 41), ('UGEL Alto Amazonas', 52, 1876, 22), ('UGEL Datem del Marañón', 23, 640, 11),
                            ('UGEL Requena', 19, 588, 9), ('UGEL Ucayali', 15, 470, 8), ('UGEL Loreto - Nauta', 21, 702, 10),
                            ('UGEL Mariscal Ramón Castilla', 17, 515, 7)]),
            ('DRE MADRE DE DIOS', [('UGEL Tambopata', 66, 2410, 29), ('UGEL Manu', 12, 330, 6), ('UGEL Tahuamanu', 14, 402, 7)]),
            ('DRE PUNO', [('UGEL Puno', 71, 2655, 30), ('UGEL San Román', 88, 3404, 37), ('UGEL Azángaro', 25, 811, 12),
                          ('UGEL Sandia', 31, 957, 15), ('UGEL Carabaya', 27, 790, 13), ('UGEL Melgar', 18, 602, 8),
                          ('UGEL Chucuito', 22, 745, 10), ('UGEL El Collao', 16, 533, 7)]),
            ('DRE CUSCO', [('UGEL Cusco', 79, 2980, 33), ('UGEL La Convención', 34, 1102, 16), ('UGEL Quispicanchi', 29, 930, 14),
                           ('UGEL Canchis', 24, 812, 11), ('UGEL Espinar', 13, 415, 6), ('UGEL Calca', 11, 377, 5)]),
            ('DRE TUMBES', [('UGEL Tumbes', 38, 1411, 17), ('UGEL Zarumilla', 20, 690, 9), ('UGEL Contralmirante Villar', 9, 288, 4)]),
            ('DRE UCAYALI', [('UGEL Coronel Portillo', 62, 2277, 26), ('UGEL Atalaya', 18, 521, 9), ('UGEL Padre Abad', 16, 498, 8),
                             ('UGEL Purús', 5, 96, 2)])]
    rows, groups, subs, shades = [], [], [], []
    T = [0, 0, 0]
    W = ['docente', 'estudiante', 'institución educativa']
    for dre, ugels in dres:
        groups.append(len(rows)); rows.append([dre, '', '', ''])
        st = [0, 0, 0]
        for u, a, b, c in ugels:
            subs.append(len(rows))
            rows.append([u] + [Cn(v, W[k], st='us', y=2020) for k, v in enumerate((a, b, c))])
            for k, v in enumerate((a, b, c)):
                st[k] += v
        shades.append(len(rows))
        rows.append(['Subtotal ' + dre.replace('DRE ', '').title().replace(' De ', ' de ')] + [Cn(v, W[k], y=2020) for k, v in enumerate(st)])
        for k in range(3):
            T[k] += st[k]
    rows.append(['Total regiones priorizadas'] + [Cn(v, W[k], y=2020) for k, v in enumerate(T)])
    R.table([['DRE / UGEL', 'Docentes tutores capacitados', 'Estudiantes en sesiones de tutoría', 'II.EE. focalizadas']], rows,
            widths=(6.8, 3.0, 3.2, 2.6), size=8.5, groups=groups, indent_rows=subs, shade_rows=shades, bold_rows=tuple(shades) + (len(rows) - 1,),
            repeat_head=True, caption='Prevención de la trata de personas en II.EE. focalizadas - año 2020')
    body(R, ['Atentamente,'])
    dsig(R, 'Rosa María Cárdenas Yupanqui', 'Directora General de Educación Básica Regular', 'Ministerio de Educación',
         when='03.03.2021 12:18:55 -05:00', fau='20131370998')


def q018():
    R = new('q018', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'other'),
            'CARTA N° 000318-2022/GRC/SGAT/RENIEC', ['Solicitud SAIP N° 2022-0002741'], '2022-02-16',
            'carta with the date written in words at the foot; quarterly counts and a total in one running sentence; no table')
    R.header(['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Gerencia de Restitución de la Identidad y Apoyo Social'], size=9,
             logo=(logo_png('reniec', 'RNC', shape='circle', color=(150, 20, 20)), 1.3))
    lema(R, 2022)
    R.p('CARTA N° 000318-2022/GRC/SGAT/RENIEC', bold=True, after=8)
    to(R, ['Señor', 'Héctor Manuel Velarde Cusihuamán', 'Presente.-'])
    R.p('Asunto: Atención de la Solicitud SAIP N° 2022-0002741', bold=True, after=8)
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención a la solicitud del asunto, en la que requiere conocer cuántos Documentos Nacionales de '
             'Identidad (DNI) se tramitaron de manera gratuita a favor de víctimas de trata de personas durante el año 2021.',
             'Al respecto, en el marco del procedimiento de atención a poblaciones vulnerables, en el año 2021 se tramitaron gratuitamente '
             'DNI a víctimas de trata derivadas por las Unidades de Protección Especial, los Centros Emergencia Mujer y las fiscalías '
             'especializadas: ' + Cn(14, 'DNI', y=2021) + ' en el primer trimestre, ' + Cn(19, 'DNI', y=2021) + ' en el segundo, ' +
             Cn(22, 'DNI', y=2021) + ' en el tercero y ' + Cn(17, 'DNI', y=2021) + ' en el cuarto, lo que hace un total de ' +
             Cn(72, 'DNI', y=2021) + ' documentos, de los cuales ' + Cn(41, 'DNI', y=2021) + ' correspondieron a menores de edad.',
             'Adicionalmente, se realizaron ' + Cn(8, 'campaña itinerante', y=2021) + ' campañas itinerantes de identificación en '
             'albergues y centros de acogida residencial, en coordinación con el INABIF.',
             'Atentamente,'])
    R.sign('Abog. Carmen Julia Palacios Bendezú', 'Sub Gerente de Apoyo Técnico', 'Gerencia de Restitución de la Identidad y Apoyo Social', before=20)
    R.p('Lima, ' + fecha_letras('2022-02-16') + '.', align='l', before=8, size=9)


def q019():
    R = new('q019', 'answered', None, ['prevention', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Puno', 'GRP', 'regional_government'),
            'INFORME N° 027-2020-GR-PUNO/DRTPE-DPEFP', ['Oficio N° 014-2020-AJP', 'Hoja de Ruta N° 00892-2020'], '2020-01-29',
            'informe of a regional labour directorate set in two text columns after a full-width head; counts with "aprox."; budget with PIM and executed; a range "entre 4 y 5"',
            notes='"entre 4 y 5" (meetings of the working group) is recorded as two counts, the ends of the range.')
    R.header(['GOBIERNO REGIONAL PUNO', 'DIRECCIÓN REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO',
              'Dirección de Promoción del Empleo y Formación Profesional'], size=9)
    lema(R, 2020)
    R.p('INFORME N° 027-2020-GR-PUNO/DRTPE-DPEFP', bold=True, align='c', after=6)
    kv(R, [('A', ': Abog. Julián Ccori Mamani - Director Regional de Trabajo y Promoción del Empleo'),
           ('DE', ': Lic. Roxana Beatriz Huanca Flores - Directora de Promoción del Empleo y Formación Profesional'),
           ('ASUNTO', ': Acciones de prevención de la trata con fines de explotación laboral - 2019'),
           ('REF.', ': Oficio N° 014-2020-AJP (Hoja de Ruta N° 00892-2020)'),
           ('FECHA', ': Puno, 29 de enero de 2020')])
    R.p('_' * 80, size=8, after=4)
    R.columns(2, space_cm=0.8)
    body(R, ['**I. Antecedentes.** Con el documento de la referencia, un ciudadano solicita información sobre las acciones de prevención '
             'de la trata de personas con fines de explotación laboral ejecutadas por esta Dirección Regional en el año 2019.',
             '**II. Ferias y charlas.** En el año 2019 se realizaron aprox. ' + Cn(25, 'charla', y=2019) + ' charlas de orientación '
             'sobre empleo seguro en ferias laborales y colegios de Puno, Juliaca, Ilave y Azángaro, a las que asistieron aprox. ' +
             Cn(1800, 'joven', st='sp', y=2019) + ' jóvenes. En el servicio "Empleo seguro" de la bolsa de trabajo se verificó la '
             'formalidad de ' + Cn(312, 'oferta laboral', y=2019) + ' ofertas laborales antes de su publicación, de las cuales ' +
             Cn(27, 'oferta laboral', y=2019) + ' fueron observadas por presentar indicios de engaño.',
             '**III. Articulación.** Esta Dirección integra la Mesa Regional contra la Trata de Personas de Puno; el grupo de trabajo '
             'de explotación laboral se reunió entre ' + Cn(4, 'reunión', y=2019) + ' y ' + Cn(5, 'reunión', y=2019) + ' veces en el '
             'año, según las actas disponibles, y elaboró la propuesta de protocolo regional de derivación.',
             '**IV. Presupuesto.** La actividad contó con un PIM de ' + Mn(42000, 'sp', pre='S/ ', y=2019, r='a') + ' y se ejecutó ' +
             Mn(39870.5, 'sp', pre='S/ ', y=2019, r='e') + ', equivalente al ' + P('94,9 %', 94.9, y=2019) + '.',
             '**V. Conclusión.** Se recomienda remitir el presente informe al solicitante.'], size=10)
    R.columns(1)
    R.sign('Lic. Roxana Beatriz Huanca Flores', 'Directora de Promoción del Empleo y Formación Profesional', 'DRTPE Puno', before=18)


def q020():
    R = new('q020', 'answered', None, ['governance', 'prevention', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'OFICIO N° 089-2023-MPT-GDHS', ['Solicitud de Acceso a la Información N° 0021-2023', 'Ordenanza Municipal N° 014-2022-MPT'], '2023-02-02',
            'oficio with bullets; ranges ("entre 20 y 25", "entre 150 y 200"); joint night-club inspections with police and prosecutors; amounts with "S/." and comma thousands',
            notes='Each range ("entre 20 y 25", "entre 150 y 200") is recorded as two counts, its ends.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Desarrollo Humano y Social', 'Puerto Maldonado - Madre de Dios'], size=9,
             logo=(logo_png('mpt', 'MPT', color=(0, 100, 60)), 1.4))
    lema(R, 2023)
    R.p('Puerto Maldonado, 02 de febrero de 2023', align='r')
    R.p('OFICIO N° 089-2023-MPT-GDHS', bold=True, after=8)
    to(R, ['Señora', 'Elena Patricia Chávez Rengifo', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Información sobre acciones contra la trata de personas, año 2022'),
               ('REF.', ': Solicitud de Acceso a la Información N° 0021-2023')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para informarle sobre las acciones '
             'realizadas por la Municipalidad Provincial de Tambopata durante el año 2022:'])
    R.bullets(['Mediante Ordenanza Municipal N° 014-2022-MPT se reconoció a la Mesa Provincial contra la Trata de Personas, que sesionó ' +
               Cn(6, 'sesión', y=2022) + ' veces durante el año.',
               'La Sub Gerencia de Fiscalización participó en ' + Cn(8, 'operativo', y=2022) + ' operativos conjuntos con la Policía '
               'Nacional y la Fiscalía Especializada en locales nocturnos de Puerto Maldonado, Laberinto y Mazuko, en los que se '
               'clausuró ' + Cn(5, 'establecimiento', y=2022) + ' establecimientos.',
               'Se realizaron ' + Cn(11, 'charla', y=2022) + ' charlas de prevención en colegios secundarios, cada una con entre ' +
               Cn(150, 'estudiante', y=2022) + ' y ' + Cn(200, 'estudiante', y=2022) + ' estudiantes.',
               'La DEMUNA orientó a entre ' + Cn(20, 'adolescente', y=2022) + ' y ' + Cn(25, 'adolescente', y=2022) + ' adolescentes '
               'que se encontraban en situación de riesgo en zonas mineras, en coordinación con la UPE.',
               'Para estas actividades se destinó un presupuesto de ' + Mf(27300, pre='S/. ', y=2022, r='a') + ', del que se ejecutó ' +
               Mf(25912.8, pre='S/. ', y=2022, r='e') + '.'], align='j')
    body(R, ['Atentamente,'])
    R.sign('Lic. Pedro Pablo Ccahua Yucra', 'Gerente de Desarrollo Humano y Social', before=24)


def q021():
    R = new('q021', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'ministry'),
            'OFICIO N° 000512-2022-MIMP-INABIF-DE', ['Expediente N° 2022-0007781', 'Nota Informativa N° 000034-2022-MIMP-INABIF-USPNNA'], '2022-03-08',
            'oficio; table with one row group per residential care centre, indented sub-rows by sex and by age group in italics, and centre subtotals', size=10, margins=(2.0, 2.0, 2.5, 2.3))
    R.header(['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Integral Nacional para el Bienestar Familiar - INABIF',
              'Dirección Ejecutiva'], size=9)
    lema(R, 2022)
    R.p('San Miguel, 08 de marzo de 2022', align='r')
    R.p('OFICIO N° 000512-2022-MIMP-INABIF-DE', bold=True, after=8)
    to(R, ['Señora', 'Lorena Beatriz Salinas Arce', 'Presente.-'])
    asunto(R, [('Asunto', ': Información sobre CAR especializados en víctimas de trata de personas - año 2021'),
               ('Referencia', ': Expediente N° 2022-0007781\n  Nota Informativa N° 000034-2022-MIMP-INABIF-USPNNA')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a los documentos de la referencia, para remitirle la información sobre '
             'las niñas, niños y adolescentes víctimas de trata acogidos en los Centros de Acogida Residencial (CAR) especializados '
             'durante el año 2021:'])
    cars = [('CAR especializado de Lima', [('Mujeres', 31, 22, 14), ('Varones', 6, 4, 3)], [('De 12 a 14 años', 11, 8, 5), ('De 15 a 17 años', 26, 18, 12)]),
            ('CAR especializado de Madre de Dios', [('Mujeres', 24, 19, 11), ('Varones', 3, 3, 2)], [('De 12 a 14 años', 9, 7, 4), ('De 15 a 17 años', 18, 15, 9)]),
            ('CAR especializado de Cusco', [('Mujeres', 17, 12, 9), ('Varones', 2, 2, 1)], [('De 12 a 14 años', 6, 5, 3), ('De 15 a 17 años', 13, 9, 7)])]
    W = ['residente', 'ingreso', 'egreso']
    rows, groups, subs, ital, bold = [], [], [], [], []
    for car, sexo, edad in cars:
        groups.append(len(rows)); rows.append([car, '', '', ''])
        tot = [sum(x[k + 1] for x in sexo) for k in range(3)]
        bold.append(len(rows))
        rows.append(['Total ' + car.replace('CAR especializado de ', '')] + [Cn(v, W[k], y=2021) for k, v in enumerate(tot)])
        for lab, a, b, c in sexo:
            subs.append(len(rows)); rows.append([lab] + [Cn(v, W[k], y=2021) for k, v in enumerate((a, b, c))])
        for lab, a, b, c in edad:
            subs.append(len(rows)); ital.append(len(rows)); rows.append([lab] + [Cn(v, W[k], y=2021) for k, v in enumerate((a, b, c))])
    R.table([['CAR / grupo', 'Residentes atendidos en el año', 'Ingresos', 'Egresos por reintegración familiar']], rows,
            widths=(6.0, 3.2, 2.4, 3.6), size=9, groups=groups, indent_rows=subs, italic_rows=ital, bold_rows=bold,
            caption='NNA víctimas de trata en CAR especializados del INABIF - 2021')
    body(R, ['Los egresos por reintegración familiar se realizaron con evaluación favorable de la Unidad de Protección Especial.',
             'Atentamente,'])
    dsig(R, 'Miguel Ángel Vílchez Solórzano', 'Director Ejecutivo', 'INABIF', when='08/03/2022 09:47:10', fau='20507920722')


def q022():
    R = new('q022', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'),
            'OFICIO N° 1187-2020-MTC/04', ['Hoja de Ruta N° E-014522-2020'], '2020-02-20',
            'oficio; campaign budget "S/ 1,2 millones" with a % in prose; table of spending by component with the unit "(en soles)" in its caption; counts in prose')
    R.header(['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Secretaría General'], size=10,
             logo=(logo_png('mtc', 'MTC', shape='square', color=(170, 20, 20)), 1.2), align='l')
    lema(R, 2020)
    R.p('Lima, 20 de febrero de 2020', align='r')
    R.p('OFICIO N° 1187-2020-MTC/04', bold=True, after=8)
    to(R, ['Señor', 'Arturo Gonzalo Medina Cruzado', 'Presente.-'])
    asunto(R, [('Asunto', ': Campaña de prevención de la trata de personas en el transporte terrestre - 2019'),
               ('Referencia', ': Hoja de Ruta N° E-014522-2020')])
    body(R, ['Me dirijo a usted, en atención al documento de la referencia, para informarle que en el año 2019 este Ministerio ejecutó '
             'la campaña "Viaje seguro, sin trata" en terminales terrestres del país, con un presupuesto asignado de ' +
             M('S/ 1,2 millones', 1200000.0, y=2019, r='a') + ', ejecutado al ' + P('96,4 %', 96.4, y=2019) + '.',
             'En el marco de la campaña se intervinieron ' + Cn(48, 'terminal terrestre', y=2019) + ' terminales terrestres, se capacitó a ' +
             Cn(115, 'empresa de transporte', y=2019) + ' empresas de transporte interprovincial y a ' + Cn(2860, 'trabajador', st='sp', y=2019) +
             ' trabajadores (conductores y boleteros) en la identificación de posibles víctimas, y se verificó la documentación de viaje de menores de edad en ' +
             Cn(9400, 'control', st='sp', y=2019) + ' controles.'])
    comp = [('Producción de spots de radio y televisión', 186400.00), ('Difusión en medios regionales', 512300.00),
            ('Material impreso (afiches, volantes, stickers)', 143850.50), ('Activaciones en terminales terrestres', 214620.00),
            ('Monitoreo y evaluación', 99630.00)]
    tot = round(sum(v for _, v in comp), 2)
    rows = [[lab, Mf(v, y=2019, r='e', u='caption'), Pf(round(v / tot * 100, 1), 1, y=2019)] for lab, v in comp]
    rows.append(['Total ejecutado', Mf(tot, y=2019, r='e', u='caption'), Pf(100.0, 1, y=2019)])
    R.table([['Componente', 'Monto ejecutado', '% del total']], rows, widths=(8.5, 3.2, 2.2), size=9, bold_rows=(len(rows) - 1,),
            caption='Ejecución de la campaña "Viaje seguro, sin trata" 2019 (en soles)')
    body(R, ['Atentamente,'])
    R.sign('Abog. Liliana Margot Espinoza Ruiz', 'Secretaria General', 'Ministerio de Transportes y Comunicaciones', before=22)


def q023():
    R = new('q023', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 000087-2023-MP-FN-UDAVIT-LIMANORTE', ['Carta N° 003-2023-AVC', 'Registro N° 2023-00561'], '2023-01-26',
            'oficio headed with the date in words; table whose first column is a code (AL, AP, AS, AM) and second the kind of assistance; quarter columns; total column')
    R.header(['MINISTERIO PÚBLICO', 'Distrito Fiscal de Lima Norte', 'Unidad Distrital de Asistencia a Víctimas y Testigos'], size=9)
    lema(R, 2023)
    R.p('Independencia, ' + fecha_letras('2023-01-26') + '.', align='r')
    R.p('OFICIO N° 000087-2023-MP-FN-UDAVIT-LIMANORTE', bold=True, after=8)
    to(R, ['Señora', 'Ana Victoria Cabrera Luján', 'Presente.-'])
    R.p('Referencia: Carta N° 003-2023-AVC (Registro N° 2023-00561)', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted con relación al documento de la referencia, mediante el cual solicita información '
             'sobre la asistencia brindada a víctimas de trata de personas por esta Unidad durante el año 2022. Al respecto, se informa:'])
    data = [('AL', 'Asistencia legal', 34, 41, 38, 45), ('AP', 'Asistencia psicológica', 52, 58, 61, 49),
            ('AS', 'Asistencia social', 29, 33, 30, 36), ('AM', 'Apoyo económico (alimentación, traslado, alojamiento)', 12, 15, 9, 14)]
    rows = []
    for cd, lab, *q in data:
        rows.append([cd, lab] + [Cn(v, 'atención', y=2022) for v in q] + [Cn(sum(q), 'atención', y=2022)])
    R.table([['Cód.', 'Tipo de asistencia', 'I Trim.', 'II Trim.', 'III Trim.', 'IV Trim.', 'Total 2022']], rows,
            widths=(1.2, 6.6, 1.6, 1.6, 1.6, 1.6, 1.8), size=9, row_label_col=1)
    body(R, ['Las atenciones corresponden a ' + Cn(87, 'víctima', y=2022) + ' víctimas de trata de personas ingresadas al Programa de '
             'Protección y Asistencia a Víctimas y Testigos en el año 2022, de las cuales ' + Cn(53, 'víctima', y=2022) + ' fueron menores de edad.',
             'Atentamente,'])
    R.sign('Lic. Sonia Elizabeth Carhuas Poma', 'Coordinadora de la UDAVIT Lima Norte', before=24)


def q024():
    R = new('q024', 'answered', None, ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Mazamari', 'MDM', 'district_municipality'),
            'CARTA N° 017-2022-GDS-MDM', ['Solicitud con Registro N° 00451'], '2022-01-31',
            'carta with numbered paragraphs giving 2020 beside the requested 2021; counts as words with zero-padded digits in brackets; a footnote with a count',
            notes='Answered although mixed: the request is for 2021; paragraphs 1 and 3 give 2020 beside 2021.')
    R.header(['MUNICIPALIDAD DISTRITAL DE MAZAMARI', 'Satipo - Junín', 'Gerencia de Desarrollo Social'], size=9)
    lema(R, 2022)
    R.p('Mazamari, 31 de enero de 2022', align='r')
    R.p('CARTA N° 017-2022-GDS-MDM', bold=True, after=8)
    to(R, ['Señor', 'Wilfredo Camayo Shuñaqui', 'Presente.-'])
    R.p('Ref.: Solicitud con Registro N° 00451', after=8)
    body(R, ['De mi consideración:',
             'En atención a su solicitud de la referencia, sobre las acciones de prevención de la trata de personas y de atención a '
             'víctimas realizadas en el año 2021, le informo lo siguiente:',
             '1. En el año 2021 la Municipalidad realizó ' + C('tres (03)', 3, 'charla', y=2021) + ' charlas informativas en las comunidades '
             'nativas de Pitocuna y Tsiriari; en el año 2020, por la emergencia sanitaria, solo se realizó ' + C('una (01)', 1, 'charla', y=2020) + ' charla.',
             '2. Se difundieron ' + C('veinte (20)', 20, 'spot radial', y=2021) + ' spots radiales en asháninka y castellano en la radio local{sup:1}.',
             '3. La DEMUNA atendió ' + C('cuatro (04)', 4, 'caso', y=2021) + ' casos de adolescentes en presunta situación de trata en 2021, '
             'que fueron derivados a la Unidad de Protección Especial de Junín; en 2020 atendió ' + C('dos (02)', 2, 'caso', y=2020) + ' casos.',
             'Atentamente,'])
    R.sign('Lic. Norma Iris Quinto Pariona', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Mazamari', before=22)
    footnotes(R, [('1', 'Incluye ' + C('cinco (05)', 5, 'spot radial', y=2021) + ' spots emitidos por la emisora comunal de Pitocuna.')])


def q025():
    R = new('q025', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Gobierno Regional de Apurímac', 'GRAP', 'regional_government'),
            'OFICIO N° 0743-2022-GR.APURÍMAC/GRDS', ['Expediente N° 00211456', 'Ordenanza Regional N° 012-2022-GR.APURÍMAC/CR'], '2022-11-15',
            'oficio restating the requested period (January 2019 - December 2020) and then giving only the targets and programmed budget of a 2023-2027 plan; years as table rows; a target percent',
            notes='Out of period: the request (2019-2020) is restated, but the reply only gives targets and programmed amounts for 2023-2027; it says nothing about 2019-2020.')
    R.header(['GOBIERNO REGIONAL DE APURÍMAC', 'Gerencia Regional de Desarrollo Social'], size=10,
             logo=(logo_png('grap', 'APU', color=(90, 30, 120)), 1.4))
    lema(R, 2022)
    R.p('Abancay, 15 de noviembre de 2022', align='r')
    R.p('OFICIO N° 0743-2022-GR.APURÍMAC/GRDS', bold=True, after=8)
    to(R, ['Señorita', 'Yesenia Paola Huamaní Contreras', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Respuesta a solicitud de información'), ('REFERENCIA', ': Expediente N° 00211456')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones '
             'de prevención de la trata de personas y su financiamiento en el periodo comprendido entre el 1 de enero de 2019 y el '
             '31 de diciembre de 2020.',
             'Al respecto, se hace de su conocimiento que mediante Ordenanza Regional N° 012-2022-GR.APURÍMAC/CR se aprobó el Plan '
             'Regional contra la Trata de Personas de Apurímac 2023-2027, que establece las siguientes metas y recursos programados:'])
    plan = [(2023, 10, 600, 95000), (2024, 14, 850, 120000), (2025, 16, 1000, 135000), (2026, 18, 1100, 142500), (2027, 20, 1250, 150000)]
    rows = [[str(y), Cn(t, 'taller', y=y), Cn(p, 'persona', st='sp', y=y), Mn(m, 'sp', pre='', y=y, r='a')] for y, t, p, m in plan]
    rows.append(['Total', Cn(sum(x[1] for x in plan), 'taller'), Cn(sum(x[2] for x in plan), 'persona', st='sp'),
                 Mn(sum(x[3] for x in plan), 'sp', pre='', r='a')])
    R.table([['Año', 'Talleres de prevención (meta)', 'Personas a capacitar (meta)', 'Presupuesto programado (S/)']], rows,
            widths=(2.0, 4.0, 4.0, 4.5), size=9.5, bold_rows=(len(rows) - 1,))
    body(R, ['El Plan tiene como objetivo al año 2027 reducir en ' + P('20 %', 20.0, y=2027) + ' la incidencia de casos de trata de '
             'personas denunciados en la región, respecto de la línea de base que se establecerá en el año 2023.',
             'Atentamente,'])
    R.sign('Mg. Teófilo Quispe Chipana', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Apurímac', before=24)


def q026():
    R = new('q026', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Sullana', 'MPS', 'provincial_municipality'),
            'CARTA N° 044-2021-MPS/GDS', ['Expediente N° 2021-003318'], '2021-03-02',
            'carta; the request is for 2020 and the reply gives only 2018 activities and budget, in dash items',
            notes='Out of period: a 2020 request answered with 2018 activities only ("la información disponible corresponde al año 2018").')
    R.header(['MUNICIPALIDAD PROVINCIAL DE SULLANA', 'Gerencia de Desarrollo Social'], size=10)
    lema(R, 2021)
    R.p('Sullana, 02 de marzo de 2021', align='r')
    R.p('CARTA N° 044-2021-MPS/GDS', bold=True, after=8)
    to(R, ['Señor', 'Jhonatan Ruiz Zapata', 'Ciudad'])
    R.p('Asunto: Información sobre prevención de la trata de personas - año 2020\nRef.: Expediente N° 2021-003318', after=8)
    body(R, ['De mi consideración:',
             'Me dirijo a usted para dar respuesta a su pedido de información sobre las acciones de prevención de la trata de personas '
             'realizadas por la Municipalidad en el año 2020. Al respecto, la información disponible en esta Gerencia corresponde al '
             'año 2018, en el que se desarrolló el programa "Sullana Alerta":'])
    R.p('- Charlas de sensibilización en barrios y asentamientos humanos: ' + Cn(7, 'charla', y=2018) + ', con ' +
        Cn(430, 'participante', y=2018) + ' participantes.', indent=0.8, after=0)
    R.p('- Serenos capacitados en la identificación de posibles víctimas: ' + Cn(25, 'sereno', y=2018) + '.', indent=0.8, after=0)
    R.p('- Presupuesto Institucional de Apertura asignado al programa: ' + Mn(15000, 'sp', pre='S/ ', y=2018, r='a') + '.', indent=0.8, after=6)
    body(R, ['Sin otro particular, me despido.', 'Atentamente,'])
    R.sign('CPC. Marleny Ruth Zapata Córdova', 'Gerente de Desarrollo Social', before=24)


def q027():
    R = new('q027', 'out_of_period', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Cultura', 'MINCUL', 'ministry'),
            'OFICIO N° 000231-2023-DGCI/MC', ['Expediente N° 2023-0019934'], '2023-03-17',
            'oficio; a 2018 request answered with 2021 and 2022 interpretation services by language (table) and registry counts',
            notes='Out of period: the request is for 2018; the interpretation service and all figures are for 2021-2022 (the service started in 2021).')
    R.header_image(['MINISTERIO DE CULTURA', 'Viceministerio de Interculturalidad', 'Dirección General de Ciudadanía Intercultural'], 'mincul',
                   color=(150, 20, 20))
    lema(R, 2023)
    R.p('San Borja, 17 de marzo de 2023', align='r')
    R.p('OFICIO N° 000231-2023-DGCI/MC', bold=True, after=8)
    to(R, ['Señora', 'Katherine Milagros Ñaupari Soto', 'Presente.-'])
    asunto(R, [('Asunto', ': Intérpretes en lenguas indígenas en casos de trata de personas'),
               ('Referencia', ': Expediente N° 2023-0019934')])
    body(R, ['Me dirijo a usted con relación al expediente de la referencia, mediante el cual solicita información sobre el servicio de '
             'interpretación en lenguas indígenas brindado a víctimas de trata de personas durante el año 2018.',
             'Sobre el particular, se informa que el servicio de intérpretes del Ministerio para casos de trata de personas se implementó '
             'a partir del año 2021. Desde entonces se han brindado los siguientes servicios de interpretación a víctimas en diligencias '
             'fiscales, policiales y judiciales:'])
    lang = [('Quechua', 18, 26), ('Asháninka', 9, 14), ('Awajún', 5, 8), ('Shipibo-Konibo', 4, 7), ('Aimara', 3, 5), ('Matsigenka', 2, 3)]
    rows = [[l, Cn(a, 'servicio de interpretación', y=2021), Cn(b, 'servicio de interpretación', y=2022)] for l, a, b in lang]
    rows.append(['Total', Cn(sum(x[1] for x in lang), 'servicio de interpretación', y=2021), Cn(sum(x[2] for x in lang), 'servicio de interpretación', y=2022)])
    R.table([['Lengua indígena', '2021', '2022']], rows, widths=(6.0, 3.0, 3.0), size=9.5, bold_rows=(len(rows) - 1,))
    body(R, ['Al cierre de 2022, el Registro Nacional de Intérpretes y Traductores de Lenguas Indígenas contaba con ' +
             Cn(64, 'intérprete', y=2022) + ' intérpretes capacitados en la atención de víctimas de trata.',
             'Atentamente,'])
    dsig(R, 'Julio César Apaza Huillca', 'Director General de Ciudadanía Intercultural', 'Ministerio de Cultura',
         when='17/03/2023 15:32', fau='20537630222')


def q028():
    R = new('q028', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-06-30'),
            S('Policía Nacional del Perú', 'PNP', 'police'),
            'OFICIO N° 512-2022-REGPOL-TAC/DIVPOL-TAC-SEC', ['Solicitud de Acceso N° 031-2022-TAC', 'Parte N° 118-2022-DIVPOL-TAC/DEPINCRI'], '2022-08-11',
            'police oficio; a request for January-June 2022 answered with 2021 data only; table with half-year columns and a total column',
            notes='Out of period: the request is for the first half of 2022; the table and text give only 2021.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL TACNA', 'DIVISIÓN POLICIAL TACNA - SECRETARÍA'], size=9, align='l')
    R.p('"Año del Fortalecimiento de la Soberanía Nacional"', align='c', italic=True, size=8, after=8)
    R.p('Tacna, 11 de agosto de 2022', align='r')
    R.p('OFICIO N° 512-2022-REGPOL-TAC/DIVPOL-TAC-SEC', bold=True, after=8)
    to(R, ['Señor', 'Renato Alonso Vizcarra Mendoza', 'Calle Zela 612, Tacna'])
    asunto(R, [('ASUNTO', ': Remite información sobre delitos de trata de personas'),
               ('REF.', ': a. Solicitud de Acceso N° 031-2022-TAC\n  b. Parte N° 118-2022-DIVPOL-TAC/DEPINCRI')])
    body(R, ['Tengo el honor de dirigirme a usted, en atención a su solicitud de información sobre denuncias e intervenciones por trata '
             'de personas en la jurisdicción de Tacna entre enero y junio de 2022. Al respecto, el Departamento de Investigación '
             'Criminal informa, mediante el documento b. de la referencia, que cuenta con la estadística consolidada del año 2021:'])
    data = [('Denuncias registradas', 'denuncia', 17, 23), ('Operativos realizados', 'operativo', 12, 15),
            ('Presuntas víctimas rescatadas', 'víctima', 29, 41), ('Personas detenidas', 'detenido', 9, 13)]
    rows = [[lab, Cn(a, w, y=2021), Cn(b, w, y=2021), Cn(a + b, w, y=2021)] for lab, w, a, b in data]
    R.table([['Concepto', 'Ene - Jun 2021', 'Jul - Dic 2021', 'Total 2021']], rows, widths=(6.5, 2.6, 2.6, 2.4), size=9.5)
    body(R, ['Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.', 'Dios guarde a usted.'])
    R.sign('CIP 286514\nLuis Enrique Mamani Condori', 'Coronel PNP', 'Jefe de la División Policial Tacna', before=22)


def q029():
    R = new('q029', 'out_of_period', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional La Libertad', 'GRLL', 'regional_government'),
            'OFICIO N° 000418-2020-GRLL-GGR/GERESA', ['Solicitud de Acceso N° 0087-2020', 'Informe N° 023-2020-GRLL-GGR/GERESA-OEPE'], '2020-03-11',
            'oficio from a regional health office; a 2019 request answered with 2017 figures by health facility and a share % column',
            notes='Out of period: the request is for 2019; the table and text give only 2017 ("último consolidado disponible").')
    R.header(['GOBIERNO REGIONAL LA LIBERTAD', 'GERENCIA REGIONAL DE SALUD'], size=10,
             logo=(logo_png('grll', 'GRLL', shape='circle', color=(0, 90, 60)), 1.4))
    lema(R, 2020)
    R.p('Trujillo, 11 de marzo de 2020', align='r')
    R.p('OFICIO N° 000418-2020-GRLL-GGR/GERESA', bold=True, after=8)
    to(R, ['Señora', 'Milagros del Carmen Alayo Polo', 'Presente.-'])
    asunto(R, [('Asunto', ': Atención a solicitud de acceso a la información'),
               ('Referencia', ': Solicitud de Acceso N° 0087-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud sobre las atenciones de salud brindadas a víctimas de trata '
             'de personas en los establecimientos de la región durante el año 2019. Al respecto, la Oficina de Estadística e Informática '
             'informa que el último consolidado disponible es el del año 2017 (Informe N° 023-2020-GRLL-GGR/GERESA-OEPE):'])
    est = [('Hospital Regional Docente de Trujillo', 21), ('Hospital Belén de Trujillo', 14), ('Hospital Provincial de Virú', 6),
           ('Centro de Salud Mental Comunitario Trujillo', 9), ('Hospital de Apoyo Chepén', 4), ('Otros establecimientos', 5)]
    tot = sum(v for _, v in est)
    rows = [[e, Cn(v, 'víctima', y=2017), Pf(round(v / tot * 100, 1), 1, y=2017)] for e, v in est]
    rows.append(['Total', Cn(tot, 'víctima', y=2017), Pf(100.0, 1, y=2017)])
    R.table([['Establecimiento', 'Víctimas atendidas 2017', '% del total']], rows, widths=(8.0, 3.4, 2.4), size=9.5, bold_rows=(len(rows) - 1,))
    body(R, ['De las víctimas atendidas en 2017, ' + Cn(33, 'víctima', y=2017) + ' recibieron atención en salud mental.',
             'Atentamente,'])
    R.sign('M.C. Roberto Carlos Ávalos Vergara', 'Gerente Regional de Salud', 'GERESA La Libertad', before=24)


def q030():
    R = new('q030', 'out_of_period', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'),
            'OFICIO N° 0097-2024-GDS/MDC', ['Registro N° 2024-0004512'], '2024-02-14',
            'oficio; a 2021 request answered with 2023 activities and 2023 budget (PIM, devengado) in a key-value block',
            notes='Out of period: the request is for 2021; every figure is for 2023 (the current management keeps records from 2023).')
    R.header(['MUNICIPALIDAD DISTRITAL DE COMAS', 'Gerencia de Desarrollo Social'], size=10)
    lema(R, 2024)
    R.p('Comas, 14 de febrero de 2024', align='r')
    R.p('OFICIO N° 0097-2024-GDS/MDC', bold=True, after=8)
    to(R, ['Señor', 'Kevin Andrés Huaranga Salas', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Información sobre trata de personas'), ('REFERENCIA', ': Registro N° 2024-0004512')])
    body(R, ['Me dirijo a usted, en atención al documento de la referencia, en el que solicita información sobre las acciones contra la '
             'trata de personas realizadas en el distrito durante el año 2021. Al respecto, la actual gestión cuenta con registros '
             'desde el año 2023, cuyo detalle es el siguiente:'])
    kv(R, [('Red distrital contra la trata', ': instalada en marzo de 2023; ' + Cn(7, 'sesión', y=2023) + ' sesiones en el año'),
           ('Charlas en colegios', ': ' + Cn(23, 'charla', y=2023) + ' charlas, ' + Cn(2940, 'estudiante', st='sp', y=2023) + ' estudiantes'),
           ('Ferias informativas', ': ' + Cn(4, 'feria', y=2023) + ' ferias en mercados de la zona'),
           ('PIM 2023', ': ' + Mn(58000, 'us', pre='S/ ', y=2023, r='a')),
           ('Devengado 2023', ': ' + Mn(51344.2, 'us', pre='S/ ', y=2023, r='e'))], tab=5.0, w2=11.0)
    body(R, ['Atentamente,'])
    R.sign('Abog. Jessica Liliana Torres Mayta', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Comas', before=22)
