"""blind-v13 letters p001-p015 (answered), written for this set. All persons, numbers and events are invented."""
from common import *
from lib import M, C, P, XL, logo_png, plain


def p001():
    R = new('p001', 'answered', None, ['governance', 'prevention'], ('2019-01-01', '2021-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 0318-2022-GRL-GRDS', ['Expediente N° 2022-004471', 'Informe N° 027-2022-GRL-GRDS/SGPV'],
            '2022-03-14',
            'oficio, numbered paragraphs, transposed table (indicators as rows, years 2019-2021 as columns), '
            'budget table with years as columns under a caption "(en soles)", percent row', size=10)
    R.header(['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social',
              'Sub Gerencia de Promoción de Poblaciones Vulnerables'], align='l',
             logo=(logo_png('gorel', 'GRL', 'shield', (0, 90, 40)), 1.6))
    lema(R, 2022)
    R.p('Iquitos, 14 de marzo de 2022', align='r', after=6)
    R.p('OFICIO N° 0318-2022-GRL-GRDS', bold=True, under=True, after=8)
    to(R, ['Señora', 'LUCÍA RAMÍREZ TELLO', 'Coordinadora del Observatorio Ciudadano Amazonía Segura', 'Calle Próspero 512, Iquitos'])
    kv(R, [('ASUNTO', ':  Información sobre acciones contra la trata de personas, periodo 2019 - 2021'),
           ('REF.', ':  Expediente N° 2022-004471 (solicitud de acceso a la información pública)')])
    R.p('De mi consideración:', after=6)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre '
             'las acciones ejecutadas por el Gobierno Regional de Loreto en el marco de la Política Nacional frente a la '
             'Trata de Personas durante los años 2019, 2020 y 2021. Al respecto, sobre la base del Informe N° 027-2022-GRL-GRDS/SGPV, '
             'se informa lo siguiente:'])
    R.p('1.  La Red Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Loreto, presidida por esta '
        'Gerencia, mantuvo su funcionamiento durante los tres años consultados; su actividad se resume en el cuadro siguiente:',
        align='j', after=4)
    ytab(R, 'Indicador', [2019, 2020, 2021], [
        ('Sesiones ordinarias de la Red Regional', ('c', 'sesión'), [6, 3, 5]),
        ('Acuerdos adoptados', ('c', 'acuerdo'), [14, 7, 11]),
        ('Campañas de sensibilización', ('c', 'campaña'), [9, 2, 6]),
        ('Personas sensibilizadas', ('c', 'persona'), [4120, 860, 2975]),
        ('Docentes capacitados en prevención', ('c', 'docente'), [212, None, 148]),
        ('Municipalidades con ordenanza', ('c', 'municipalidad'), [4, 5, 8]),
    ], widths=(7.2, 2.6, 2.6, 2.6), size=9, head_shade='C6E0B4')
    R.p('2.  En el año 2020, por la emergencia sanitaria, las campañas se realizaron principalmente por radio y redes '
        'sociales; no se realizaron capacitaciones presenciales a docentes.', align='j', after=4)
    R.p('3.  La actividad "Acciones de prevención y vigilancia contra la trata de personas" contó con los siguientes '
        'recursos, según el aplicativo de consulta amigable del MEF:', align='j', after=4)
    ytab(R, 'Concepto', [2019, 2020, 2021], [
        ('PIM', ('m', 'a'), [86400.00, 41250.00, 97800.00]),
        ('Devengado', ('m', 'e'), [79312.40, 30118.75, 95660.10]),
        ('Avance de ejecución', ('p', 1), [91.8, 73.0, 97.8]),
    ], widths=(7.2, 2.6, 2.6, 2.6), size=9, unit='caption', caption='Presupuesto por año (en soles)', head_shade='C6E0B4')
    R.p('4.  Se adjunta copia del informe técnico citado, en cuatro (04) folios.', align='j', after=8)
    R.p('Atentamente,', after=4)
    R.sign('Lic. Rosa Elvira Panduro Vásquez', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Loreto', align='l', before=12)
    R.save()


def p002():
    yr = 2022
    R = new('p002', 'answered', None, ['prosecution', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio Público', 'MP', 'autonomous'),
            'OFICIO N° 000128-2023-MP-FN-FPETP-LIMA', ['Carta N° 041-2023-OCTP'],
            '2023-02-09',
            'oficio of a specialised anti-trafficking prosecutor\'s office; quarterly table (I-IV Trimestre columns) with a total '
            'column; second small table of protection measures by quarter; digital-signature box',
            font='Times New Roman', size=11)
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima'], align='c')
    lema(R, 2023)
    R.p('Lima, 09 de febrero de 2023', align='r', after=6)
    R.p('OFICIO N° 000128-2023-MP-FN-FPETP-LIMA', bold=True, after=8)
    to(R, ['Señor', 'Javier Alonso Cárdenas Quispe', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'])
    R.p('Asunto\t: Remite información estadística del año 2022', after=0)
    R.p('Referencia\t: Carta N° 041-2023-OCTP', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la carta de la referencia, por la cual requiere la '
             'carga procesal de este despacho correspondiente al periodo enero - diciembre 2022. Según el Sistema de '
             'Gestión Fiscal (SGF), los casos por trata de personas y delitos conexos se distribuyeron así:'])
    q = [[38, 41, 35, 44], [21, 19, 26, 23], [7, 9, 6, 11], [3, 5, 4, 6]]
    lab = ['Denuncias ingresadas', 'Investigaciones archivadas', 'Formalizaciones de investigación preparatoria', 'Requerimientos de acusación']
    wh = ['denuncia', 'investigación', 'formalización', 'requerimiento']
    rows = []
    for l, v, w in zip(lab, q, wh):
        rows.append([l] + [Cn(x, w, y=yr) for x in v] + [Cn(sum(v), w, y=yr)])
    R.table([['Concepto', 'I Trimestre', 'II Trimestre', 'III Trimestre', 'IV Trimestre', 'Total 2022']], rows,
            widths=(6.0, 2.1, 2.1, 2.1, 2.1, 2.1), size=9, caption='Carga procesal 2022 por trimestre',
            head_shade='BDD7EE', font='Times New Roman')
    body(R, ['Asimismo, en coordinación con la Unidad Distrital de Asistencia a Víctimas y Testigos, se dictaron y '
             'ejecutaron las siguientes medidas en favor de las víctimas:'])
    m = [[12, 15, 9, 17], [6, 4, 8, 5]]
    rows = []
    for l, v, w in zip(['Víctimas derivadas a UDAVIT', 'Medidas de protección solicitadas'], m, ['víctima', 'medida']):
        rows.append([l] + [Cn(x, w, y=yr) for x in v] + [Cn(sum(v), w, y=yr)])
    R.table([['Concepto', 'I Trim.', 'II Trim.', 'III Trim.', 'IV Trim.', 'Total']], rows,
            widths=(6.0, 2.1, 2.1, 2.1, 2.1, 2.1), size=9, head_shade='BDD7EE', font='Times New Roman')
    body(R, ['Del total de denuncias ingresadas en el año, el ' + Pf(37.7, 1, suf=' %', y=yr) +
             ' correspondió a casos con víctimas menores de edad.'])
    R.p('Atentamente,', after=2)
    dsig(R, 'Carmen Rosa Villanueva Ortiz', 'Fiscal Provincial Titular',
         'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima',
         when='09.02.2023 16:42:10 -05:00', fau='20131370301')
    R.save()


def p003():
    R = new('p003', 'answered', None, ['prosecution', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Policía Nacional del Perú - Región Policial Cusco', 'PNP', 'police'),
            'OFICIO N° 214-2022-REGPOL-CUSCO/DIVINCRI-DEPINTRAP', [],
            '2022-01-31',
            'police oficio; monthly table with two semester subtotal rows and a grand total (shaded), counted columns '
            'operativos, detenidos, víctimas rescatadas; bullet list by nationality',
            font='Arial', size=10)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL CUSCO - DIVINCRI',
              'DEPARTAMENTO DE INVESTIGACIÓN DE TRATA DE PERSONAS'], align='l', size=8)
    lema(R, 2022)
    R.p('Cusco, 31 de enero de 2022', align='r', after=4)
    R.p('OFICIO N° 214-2022-REGPOL-CUSCO/DIVINCRI-DEPINTRAP', bold=True, after=6)
    to(R, ['Señorita', 'Andrea Huamán Condori', 'Investigadora - Centro Bartolomé de las Casas (proyecto de tesis)', 'Cusco'])
    kv(R, [('ASUNTO', ': Remite información estadística de intervenciones 2021'),
           ('REF.', ': Solicitud S/N de fecha 18ENE2022')], size=10)
    body(R, ['Tengo el honor de dirigirme a Ud., con relación al documento de la referencia, para remitir la información '
             'de las intervenciones realizadas por este Departamento durante el año 2021 contra el delito de trata de '
             'personas en la jurisdicción de la Región Policial Cusco:'], size=10)
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    data = [(2, 3, 5), (1, 0, 2), (3, 4, 7), (2, 2, 3), (4, 6, 9), (2, 1, 4),
            (3, 5, 6), (5, 7, 11), (2, 2, 3), (4, 3, 8), (3, 4, 5), (6, 8, 12)]
    wh = ['operativo', 'detenido', 'víctima']
    rows, shade_r = [], []
    def rowfor(lab, v):
        return [lab] + [Cn(x, w, y=2021) if x is not None else '-' for x, w in zip(v, wh)]
    tot = [0, 0, 0]
    for h in range(2):
        sub = [0, 0, 0]
        for k in range(6):
            v = data[h * 6 + k]
            rows.append(rowfor(months[h * 6 + k], v))
            sub = [a + b for a, b in zip(sub, v)]
        rows.append(rowfor('Subtotal %s semestre' % ('I' if h == 0 else 'II'), sub))
        shade_r.append(len(rows) - 1)
        tot = [a + b for a, b in zip(tot, sub)]
    rows.append(rowfor('TOTAL 2021', tot))
    R.table([['Mes', 'Operativos', 'Detenidos', 'Víctimas rescatadas']], rows, widths=(5.0, 3.0, 3.0, 3.4), size=9,
            bold_rows=tuple(shade_r + [len(rows) - 1]), shade_rows=tuple(shade_r + [len(rows) - 1]), head_shade='A6A6A6')
    body(R, ['Las víctimas rescatadas fueron puestas a disposición de la Fiscalía y de la Unidad de Protección Especial, '
             'según correspondía; por nacionalidad se distribuyen así:'], size=10)
    R.bullets(['Peruanas: ' + Cn(58, 'víctima', y=2021),
               'Venezolanas: ' + Cn(14, 'víctima', y=2021),
               'Bolivianas: ' + Cn(3, 'víctima', y=2021)], size=10)
    R.p('Es todo cuanto informo a Ud.', after=2, size=10)
    R.sign('Mayor PNP Walter Zúñiga Cahuana', 'Jefe del DEPINTRAP - DIVINCRI Cusco', None, align='c', before=22)
    R.p('CIP N° 31275468', align='c', size=8, after=0)
    R.save()


def p004():
    R = new('p004', 'answered', None, ['prevention', 'governance'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0751-2022-MTPE/4/11', ['HT N° 0098766-2022', 'Memorando N° 0213-2022-MTPE/2/15.1'],
            '2022-05-06',
            'oficio; table with unit in the column headers "PIM (miles de S/)" and "Devengado (miles de S/)" (x1000 in gold), '
            'rows by product with a total; counts in sub-bullets under numbered paragraphs',
            font='Calibri', size=10)
    R.header(['PERÚ   Ministerio de Trabajo y Promoción del Empleo', 'Secretaría General - Oficina de Atención al Ciudadano'],
             align='l', logo=(logo_png('mtpe', 'MTPE', 'square', (170, 20, 20)), 1.5))
    lema(R, 2022)
    R.p('Lima, 06 de mayo de 2022', align='r')
    R.p('OFICIO N° 0751-2022-MTPE/4/11', bold=True, after=8)
    to(R, ['Señor', 'Mario Eusebio Llanos Poma', 'Calle Los Cedros 231, Surquillo'])
    kv(R, [('Asunto', ': Atención de solicitud de acceso a la información pública'),
           ('Referencia', ': HT N° 0098766-2022')])
    body(R, ['Me dirijo a usted en atención a su solicitud, registrada con el documento de la referencia, mediante la cual '
             'pide información sobre las acciones del Ministerio de Trabajo y Promoción del Empleo en materia de trata de '
             'personas con fines de explotación laboral y trabajo forzoso durante los años 2020 y 2021.',
             'Al respecto, la Dirección de Derechos Fundamentales en el Trabajo, mediante Memorando N° 0213-2022-MTPE/2/15.1, '
             'informa lo siguiente:'])
    R.p('1. Acciones de prevención', bold=True, after=2)
    R.p('a) Año 2020:', after=0, indent=0.6)
    R.bullets(['Talleres virtuales sobre trabajo forzoso: ' + Cn(18, 'taller', y=2020),
               'Participantes (empleadores y trabajadores): ' + Cn(1342, 'participante', y=2020)], indent=1.4, size=10)
    R.p('b) Año 2021:', after=0, indent=0.6)
    R.bullets(['Talleres sobre trabajo forzoso y trata laboral: ' + Cn(27, 'taller', y=2021),
               'Participantes: ' + Cn(2106, 'participante', y=2021),
               'Inspectores y servidores de las DRTPE capacitados: ' + Cn(96, 'inspector', y=2021)], indent=1.4, size=10)
    R.p('2. Comisión Nacional para la Lucha contra el Trabajo Forzoso', bold=True, after=2)
    body(R, ['La Comisión, cuya secretaría técnica ejerce este Ministerio, sesionó ' + C('cinco (05) veces', 5, 'sesión', y=2020) +
             ' en 2020 y ' + C('siete (07) veces', 7, 'sesión', y=2021) + ' en 2021, y aprobó el informe anual de seguimiento del III Plan Nacional.'])
    R.p('3. Presupuesto', bold=True, after=2)
    data = [('Difusión de derechos laborales fundamentales', 2020, 412.6, 388.1),
            ('Difusión de derechos laborales fundamentales', 2021, 530.0, 517.9),
            ('Asistencia técnica a gobiernos regionales', 2020, 128.4, 96.2),
            ('Asistencia técnica a gobiernos regionales', 2021, 175.5, 171.3)]
    rows = []
    for lab, y, a, e in data:
        rows.append([lab, str(y), Mf(a, 'us', 1, scale=1000, y=y, r='a'), Mf(e, 'us', 1, scale=1000, y=y, r='e')])
    for y in (2020, 2021):
        a = round(sum(d[2] for d in data if d[1] == y), 1); e = round(sum(d[3] for d in data if d[1] == y), 1)
        rows.append(['Total ' + str(y), str(y), Mf(a, 'us', 1, scale=1000, y=y, r='a'), Mf(e, 'us', 1, scale=1000, y=y, r='e')])
    R.table([['Producto', 'Año', 'PIM (miles de S/)', 'Devengado (miles de S/)']], rows, widths=(7.6, 1.6, 3.2, 3.4),
            size=9, unit='column', bold_rows=(4, 5), head_shade='F4B084')
    R.p('Sin otro particular, quedo de usted.', after=2)
    R.sign('Abog. Patricia Nélida Rojas Salazar', 'Responsable de Acceso a la Información Pública', 'Ministerio de Trabajo y Promoción del Empleo', before=10)
    R.save()


def p005():
    R = new('p005', 'answered', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000412-2023-SUNAFIL/GG-OAC', ['Expediente N° 00231-2023-SUNAFIL'],
            '2023-03-02',
            'oficio with a long table by Intendencia Regional that continues on page 2 with its header repeated, '
            'columns orders of inspection / workers found / infractions, percent share column; total on page 2',
            font='Arial', size=10.5)
    R.header(['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL - SUNAFIL', 'Oficina de Atención al Ciudadano'], align='r', size=8)
    R.footer('Av. Salaverry N° 655, Jesús María - Lima', pagenum='Página {P} de {N}')
    lema(R, 2023)
    R.p('Jesús María, 02 de marzo de 2023', align='r')
    R.p('OFICIO N° 000412-2023-SUNAFIL/GG-OAC', bold=True, after=8)
    to(R, ['Señora', 'Gladys Moscoso Ayala', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre fiscalización del trabajo forzoso y la trata con fines de explotación laboral - 2022'),
           ('Referencia', ': Expediente N° 00231-2023-SUNAFIL')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Sobre las órdenes de inspección en materia de '
             'trabajo forzoso y trata de personas con fines de explotación laboral generadas en el año 2022, la '
             'Dirección de Supervisión y Evaluación remite el siguiente detalle por Intendencia Regional:'])
    regs = [('Amazonas', 4, 9, 1), ('Áncash', 7, 21, 2), ('Apurímac', 3, 5, 0), ('Arequipa', 11, 38, 4),
            ('Ayacucho', 5, 12, 1), ('Cajamarca', 6, 17, 2), ('Callao', 9, 26, 3), ('Cusco', 14, 52, 6),
            ('Huancavelica', 2, 4, 0), ('Huánuco', 5, 11, 1), ('Ica', 13, 61, 5), ('Junín', 8, 27, 3),
            ('La Libertad', 10, 33, 4), ('Lambayeque', 6, 14, 2), ('Lima Metropolitana', 31, 118, 12),
            ('Lima Provincias', 9, 30, 3), ('Loreto', 12, 45, 5), ('Madre de Dios', 17, 73, 8),
            ('Moquegua', 2, 3, 0), ('Pasco', 3, 8, 1), ('Piura', 10, 29, 3), ('Puno', 15, 49, 6),
            ('San Martín', 7, 22, 2), ('Tacna', 4, 10, 1), ('Tumbes', 3, 7, 1), ('Ucayali', 9, 34, 4)]
    T = sum(r[1] for r in regs)
    rows = []
    for name, o, t, i in regs:
        rows.append([name, Cn(o, 'orden de inspección', y=2022), Cn(t, 'trabajador', y=2022), Cn(i, 'infracción', y=2022),
                     Pf(round(o / T * 100, 1), 1, suf='', y=2022, u='column')])
    rows.append(['Total', Cn(T, 'orden de inspección', y=2022), Cn(sum(r[2] for r in regs), 'trabajador', y=2022),
                 Cn(sum(r[3] for r in regs), 'infracción', y=2022), Pf(100.0, 1, suf='', y=2022, u='column')])
    R.table([['Intendencia Regional', 'Órdenes de inspección', 'Trabajadores afectados identificados', 'Infracciones muy graves', '% del total de órdenes']],
            rows, widths=(5.0, 2.8, 3.6, 2.8, 2.4), size=9, repeat_head=True, bold_rows=(len(rows) - 1,), head_shade='D9E1F2')
    body(R, ['Cabe precisar que, de conformidad con el protocolo de actuación, cuando en la inspección se advierten indicios '
             'del delito de trata de personas se comunica de inmediato al Ministerio Público y a la Policía Nacional del Perú; '
             'en el año 2022 se efectuaron ' + Cn(37, 'comunicación', y=2022) + ' comunicaciones de ese tipo.'])
    R.p('Atentamente,', after=2)
    R.sign('Julio César Paredes Aliaga', 'Jefe de la Oficina de Atención al Ciudadano', 'SUNAFIL', before=20)
    R.save()


def p006():
    R = new('p006', 'answered', None, ['prevention', 'governance', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Piura', 'GRP', 'regional_government'),
            'OFICIO N° 0096-2023/GRP-420000', ['Ordenanza Regional N° 412-2018/GRP-CR', 'Informe N° 011-2023/GRP-420030-EAV'],
            '2023-01-27',
            'oficio; says the regional temporary shelter was never created and that shelters are the competence of the MIMP, '
            'then gives prevention counts in a lettered list and budget roles (certificado, comprometido, devengado) in sentences',
            notes='Substantive answer with real numbers although it states that the shelter foreseen by a regional ordinance '
                  '"no llegó a crearse" and that the care of victims is the competence of the MIMP; protection is labelled for '
                  'that explicit statement about the shelter.')
    R.header(['GOBIERNO REGIONAL PIURA', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], align='c',
             logo=(logo_png('grp', 'GRP', 'circle', (0, 70, 140)), 1.3))
    lema(R, 2023)
    R.p('Piura, 27 de enero de 2023', align='r')
    R.p('OFICIO N° 0096-2023/GRP-420000', bold=True, under=True, after=8)
    to(R, ['Señor', 'Renato Guillermo Saavedra Chunga', 'Red Juvenil Piura sin Trata', 'Ciudad.-'])
    kv(R, [('ASUNTO', ': Respuesta a solicitud sobre acciones contra la trata de personas en el ejercicio 2022'),
           ('REFERENCIA', ': Solicitud de acceso a la información pública recibida el 12.01.2023')])
    body(R, ['Me dirijo a usted para dar respuesta a su solicitud, en la cual requiere información sobre los servicios y acciones '
             'del Gobierno Regional Piura frente a la trata de personas durante el año 2022. Conforme al Informe '
             'N° 011-2023/GRP-420030-EAV del área de Poblaciones Vulnerables, se precisa lo siguiente:'])
    R.p('Primero.- El Hogar de Refugio Temporal para víctimas de trata previsto en la Ordenanza Regional N° 412-2018/GRP-CR '
        'no llegó a crearse, debido a que no se aprobó su financiamiento; en consecuencia, este Gobierno Regional no brinda '
        'servicios de acogida. El acogimiento y la atención especializada de las víctimas corresponden al Ministerio de la '
        'Mujer y Poblaciones Vulnerables, a través de sus programas y de la Unidad de Protección Especial, a la que se '
        'sugiere dirigir esa parte de su pedido.', align='j', after=6)
    R.p('Segundo.- En materia de prevención, durante el año 2022 se ejecutaron las siguientes actividades:', align='j', after=2)
    R.p('a)  ' + C('Veintidós (22)', 22, 'taller', y=2022) + ' talleres en instituciones educativas de Sullana, Paita y '
        'Talara, con ' + Cn(1870, 'estudiante', y=2022) + ' estudiantes participantes.', indent=0.8, align='j', after=2)
    R.p('b)  ' + C('Tres (3)', 3, 'feria', y=2022) + ' ferias informativas en los mercados de Piura y Castilla.', indent=0.8, after=2)
    R.p('c)  Capacitación a ' + Cn(64, 'servidor', y=2022) + ' servidores de las DEMUNA y de los gobiernos locales de la región.',
        indent=0.8, after=6)
    R.p('Tercero.- La Comisión Regional Multisectoral contra la Trata de Personas sesionó en ' + C('cuatro', 4, 'sesión', y=2022) +
        ' oportunidades y aprobó su plan de trabajo anual.', align='j', after=6)
    R.p('Cuarto.- Para estas actividades se certificó un monto de ' + Mn(58300.00, 'us', y=2022, r='c') + ', se comprometió '
        + Mn(55410.00, 'us', y=2022, r='c') + ' y se devengó ' + Mn(54987.60, 'us', y=2022, r='e') + ' al cierre del ejercicio 2022.',
        align='j', after=8)
    R.p('Atentamente,', after=2)
    R.sign('Mg. Óscar Alberto Zapata Yarlequé', 'Gerente Regional de Desarrollo Social', None, before=22)
    R.p('OAZY/eav\nc.c. Archivo', size=7, before=6)
    R.save()


def p007():
    R = new('p007', 'answered', None, ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de La Victoria', 'MDLV', 'district_municipality'),
            'CARTA N° 0045-2022-SG/MDLV', ['Expediente N° 1874-2022'],
            '2022-02-16',
            'short carta; substantive null answer for 2021 (no intervention and no budget), no figures; seal image beside the signature',
            notes='Substantive null answer: the municipality states it carried out no prevention or victim-care action and '
                  'assigned no budget in 2021.')
    R.header(['MUNICIPALIDAD DE LA VICTORIA', 'Secretaría General'], align='c', size=10)
    lema(R, 2022)
    R.p('La Victoria, 16 de febrero de 2022', align='r')
    R.p('CARTA N° 0045-2022-SG/MDLV', bold=True, after=8)
    to(R, ['Señora', 'Milagros Estefany Vílchez Rosas', 'Jr. Luna Pizarro 1120 - La Victoria'])
    R.p('Referencia: Expediente N° 1874-2022', after=8)
    body(R, ['Es grato dirigirme a usted, con relación al expediente de la referencia, mediante el cual solicita conocer las '
             'actividades de prevención de la trata de personas y de atención a sus víctimas que esta Municipalidad haya '
             'realizado entre enero y diciembre de 2021, así como el presupuesto destinado a ellas.',
             'Sobre el particular, la Subgerencia de Programas Sociales y la DEMUNA han informado que, en el periodo consultado, '
             'esta comuna no llevó a cabo intervención alguna de prevención de la trata de personas ni de atención a víctimas '
             'de ese delito, y que tampoco se destinaron recursos del presupuesto institucional para tales fines. En ese sentido, '
             'no existen actas, listas de asistencia ni registros de gasto vinculados a la materia.',
             'Con lo expuesto, se da por atendida su solicitud en el marco del Texto Único Ordenado de la Ley N° 27806.'])
    R.p('Atentamente,', after=2)
    sig_seal(R, 'Abog. Hernán Ricardo Palomino Ugarte', 'Secretario General', 'Municipalidad de La Victoria',
             seal_png('mdlv', ['MUNICIPALIDAD', 'LA VICTORIA', 'SECRETARÍA', 'GENERAL']))
    R.save()


def p008():
    R = new('p008', 'answered', None, ['governance', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0187-2022-DP/ANA', ['Solicitud de acceso N° 0562-2022'],
            '2022-04-20',
            'oficio in decimal-numbered paragraphs (1., 1.1, 1.2, 2.) with counts and percents inside the paragraphs; no table',
            font='Times New Roman', size=11.5)
    R.header(['DEFENSORÍA DEL PUEBLO', 'Adjuntía para la Niñez y la Adolescencia'], align='l', size=10,
             logo=(logo_png('dp', 'DP', 'circle', (10, 60, 120)), 1.4))
    lema(R, 2022)
    R.p('Miraflores, 20 de abril de 2022', align='r')
    R.p('OFICIO N° 0187-2022-DP/ANA', bold=True, after=8)
    to(R, ['Señora', 'Inés Carolina Torres Bendezú', 'Investigadora independiente'])
    R.p('Ref.: Solicitud de acceso N° 0562-2022', italic=True, after=8)
    body(R, ['De mi consideración:', 'Me dirijo a usted en atención a la solicitud de la referencia, referida a las '
             'intervenciones de la Defensoría del Pueblo en materia de trata de personas de niñas, niños y adolescentes '
             'durante el año 2021. Al respecto, informo:'])
    R.p('1.  Supervisión de servicios de protección', bold=True, after=2)
    R.p('1.1  Durante 2021 se supervisaron ' + Cn(23, 'centro de acogida residencial', y=2021) + ' Centros de Acogida Residencial '
        'que albergan a adolescentes víctimas de trata, en ' + Cn(9, 'región', y=2021) + ' regiones del país.', indent=0.8, align='j', after=2)
    R.p('1.2  En ' + Cn(15, 'centro de acogida residencial', y=2021) + ' de ellos (' + Pf(65.2, 1, suf=' %', y=2021) + ') se advirtió que el '
        'plan de trabajo individual de las residentes no se encontraba actualizado; en ' + Cn(6, 'centro de acogida residencial', y=2021) +
        ' no se contaba con psicólogo permanente.', indent=0.8, align='j', after=2)
    R.p('1.3  Se formularon ' + Cn(48, 'recomendación', y=2021) + ' recomendaciones al Ministerio de la Mujer y Poblaciones '
        'Vulnerables y a las beneficencias públicas, de las cuales se reportan como implementadas ' + Cn(31, 'recomendación', y=2021) + '.',
        indent=0.8, align='j', after=4)
    R.p('2.  Atención de casos', bold=True, after=2)
    R.p('2.1  Las oficinas defensoriales atendieron ' + Cn(57, 'caso', y=2021) + ' casos vinculados a la trata de personas, '
        'el ' + Pf(71.9, 1, suf='%', y=2021) + ' de ellos con víctimas menores de edad.', indent=0.8, align='j', after=2)
    R.p('2.2  En ' + Cn(12, 'caso', y=2021) + ' casos se intervino ante la Unidad de Protección Especial para que se dicten '
        'medidas de protección provisionales.', indent=0.8, align='j', after=4)
    R.p('3.  Seguimiento de la política', bold=True, after=2)
    R.p('3.1  Se participó en ' + Cn(8, 'sesión', y=2021) + ' sesiones de la Comisión Multisectorial Permanente contra la Trata '
        'de Personas y el Tráfico Ilícito de Migrantes, en calidad de observador.', indent=0.8, align='j', after=8)
    R.p('Atentamente,', after=2)
    R.sign('Dra. Elena Sofía Gamarra Rivas', 'Adjunta para la Niñez y la Adolescencia', 'Defensoría del Pueblo', before=20)
    R.save()


def p009():
    R = new('p009', 'answered', None, ['protection', 'prosecution'], ('2021-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 001032-2023-MIGRACIONES-SM-AIP', ['Solicitud N° 2023-0007715'],
            '2023-02-14',
            'oficio; two tables by nationality / by border post with years 2021 and 2022 as columns and a total column; '
            'no ruling, hlines only; a "Nota" line under the second table',
            font='Arial', size=10)
    R.header(['PERÚ | Ministerio del Interior | Superintendencia Nacional de Migraciones',
              'Oficina de Acceso a la Información Pública'], align='l', size=8)
    lema(R, 2023)
    R.p('Breña, 14 de febrero de 2023', align='r')
    R.p('OFICIO N° 001032-2023-MIGRACIONES-SM-AIP', bold=True, after=6)
    to(R, ['Señor', 'Abel Fernando Soto Ccahuana', 'Ciudad'])
    kv(R, [('Asunto', ': Atención a solicitud de acceso a la información pública'),
           ('Referencia', ': Solicitud N° 2023-0007715')], size=10)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, en la que requiere información '
             'sobre la atención migratoria a personas extranjeras víctimas de trata y sobre los casos detectados en los '
             'controles migratorios, en los años 2021 y 2022. Sobre el particular, se remite lo informado por la Dirección '
             'de Políticas y Estrategias Migratorias:'], size=10)
    nat = [('Venezuela', 18, 27), ('Colombia', 6, 9), ('Ecuador', 3, 5), ('Bolivia', 2, 1), ('República Dominicana', 1, 2), ('China', 0, 3)]
    rows = [[n, Cn(a, 'víctima', y=2021), Cn(b, 'víctima', y=2022), Cn(a + b, 'víctima')] for n, a, b in nat]
    rows.append(['Total', Cn(sum(x[1] for x in nat), 'víctima', y=2021), Cn(sum(x[2] for x in nat), 'víctima', y=2022),
                 Cn(sum(x[1] + x[2] for x in nat), 'víctima')])
    R.table([['Nacionalidad', '2021', '2022', 'Total']], rows, widths=(5.5, 2.5, 2.5, 2.5), ruled='hlines', size=9,
            caption='Cuadro 1. Víctimas extranjeras de trata a quienes se otorgó calidad migratoria humanitaria',
            bold_rows=(len(rows) - 1,))
    pc = [('CEBAF Tumbes', 41, 36), ('Aeropuerto Internacional Jorge Chávez', 22, 30), ('PCM Santa Rosa - Tacna', 9, 14),
          ('PCF Desaguadero - Puno', 7, 5), ('PCF Iñapari - Madre de Dios', 3, 4)]
    rows = [[n, Cn(a, 'alerta', y=2021), Cn(b, 'alerta', y=2022), Cn(a + b, 'alerta')] for n, a, b in pc]
    rows.append(['Total', Cn(sum(x[1] for x in pc), 'alerta', y=2021), Cn(sum(x[2] for x in pc), 'alerta', y=2022),
                 Cn(sum(x[1] + x[2] for x in pc), 'alerta')])
    R.table([['Puesto de control', '2021', '2022', 'Total']], rows, widths=(7.0, 2.3, 2.3, 2.3), ruled='hlines', size=9,
            caption='Cuadro 2. Alertas por presunta trata comunicadas a la PNP en el control migratorio',
            bold_rows=(len(rows) - 1,),
            note='Nota: una alerta puede involucrar a más de una persona. Fuente: Sistema Integrado de Migraciones.')
    R.p('Atentamente,', after=2, size=10)
    dsig(R, 'Rocío del Pilar Anchante Maldonado', 'Responsable de Acceso a la Información Pública', 'Superintendencia Nacional de Migraciones',
         when='2023/02/14 11:05:37 -0500', fau='20551239692')
    R.save()


def p010():
    R = new('p010', 'answered', None, ['governance', 'prosecution'], ('2020-01-01', '2020-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 00219-2021-INEI/DTDIS', ['Carta N° 006-2021-CHS', 'Resolución Jefatural N° 088-2019-INEI'],
            '2021-03-18',
            'oficio with the FECHA line at the top of the ASUNTO block; department table with 2019 and 2020 columns '
            '(requested 2020 plus the previous year), variation % column; cost of a publication in a sentence',
            notes='Mixed period: the 2019 column and the variation are given beside the requested 2020.')
    R.header(['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Técnica de Demografía e Indicadores Sociales'], align='c', size=9)
    lema(R, 2021)
    R.p('OFICIO N° 00219-2021-INEI/DTDIS', bold=True, after=6)
    kv(R, [('FECHA', ': Lima, 18 de marzo de 2021'),
           ('SEÑORA', ': Claudia Huanca Sucasaca'),
           ('ASUNTO', ': Estadísticas de denuncias por trata de personas, año 2020'),
           ('REFERENCIA', ': Carta N° 006-2021-CHS')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para informarle que el INEI '
             'consolida anualmente las estadísticas de trata de personas a partir de los registros administrativos del '
             'Ministerio del Interior, del Ministerio Público y del Poder Judicial, en el marco de la Resolución Jefatural '
             'N° 088-2019-INEI. Las denuncias registradas por la Policía Nacional en el año 2020, con fines de comparación '
             'con el año anterior, son las siguientes:'])
    deps = [('Lima', 186, 121), ('Cusco', 54, 37), ('Puno', 47, 29), ('Madre de Dios', 41, 33), ('Loreto', 39, 26),
            ('Arequipa', 33, 24), ('Junín', 28, 17), ('Resto de departamentos', 102, 70)]
    rows = []
    for d, a, b in deps:
        rows.append([d, Cn(a, 'denuncia', y=2019), Cn(b, 'denuncia', y=2020), Pf(round((b - a) / a * 100, 1), 1, suf='', y=2020, u='column')])
    A, B = sum(x[1] for x in deps), sum(x[2] for x in deps)
    rows.append(['Total nacional', Cn(A, 'denuncia', y=2019), Cn(B, 'denuncia', y=2020), Pf(round((B - A) / A * 100, 1), 1, suf='', y=2020, u='column')])
    R.table([['Departamento', 'Denuncias 2019', 'Denuncias 2020', 'Variación %']], rows, widths=(6.0, 3.0, 3.0, 3.0), size=9,
            bold_rows=(len(rows) - 1,), head_shade='FFE699')
    body(R, ['Asimismo, en diciembre de 2020 se publicó el documento "Perú: Estadísticas de Trata de Personas, 2015-2020", '
             'cuya edición e impresión tuvo un costo de ' + Mn(18640.00, 'us', y=2020) + '; se distribuyeron ' +
             Cn(600, 'ejemplar', y=2020) + ' ejemplares a entidades públicas y universidades.'])
    R.p('Atentamente,', after=2)
    R.sign('Dra. Nora Beatriz Quintanilla Chacón', 'Directora Técnica de Demografía e Indicadores Sociales', 'INEI', before=20)
    R.save()


def p011():
    R = new('p011', 'answered', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'),
            'OFICIO N° 000274-2023-DV-SG', ['Expediente N° 2023-0001936'],
            '2023-02-03',
            'oficio; amounts written in words with the digits in brackets and one amount in words only; PIA, marco, '
            'devengado and girado in sentences; counts in sub-bullets',
            font='Arial', size=10.5)
    R.header(['COMISIÓN NACIONAL PARA EL DESARROLLO Y VIDA SIN DROGAS - DEVIDA', 'Secretaría General'], align='l', size=8)
    lema(R, 2023)
    R.p('San Isidro, 03 de febrero de 2023', align='r')
    R.p('OFICIO N° 000274-2023-DV-SG', bold=True, after=6)
    to(R, ['Señor', 'Edgar Tomás Huaraca Pillaca', 'Presidente de la Asociación de Jóvenes del VRAEM', 'Pichari - Cusco'])
    kv(R, [('Asunto', ': Acciones de prevención de la trata de personas en zonas de intervención de DEVIDA - año 2022'),
           ('Referencia', ': Expediente N° 2023-0001936')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Sobre el particular, le informo que DEVIDA, en el '
             'marco del Programa Presupuestal de Prevención y Tratamiento del Consumo de Drogas y de sus actividades '
             'de desarrollo alternativo, incluyó en el año 2022 acciones de prevención de la trata de personas dirigidas a '
             'adolescentes de las zonas cocaleras, con el siguiente financiamiento:'])
    R.bullets(['Presupuesto Institucional de Apertura: ' +
               M('ciento ochenta y cuatro mil quinientos y 00/100 soles (S/ 184 500,00)', 184500.00, y=2022, r='a'),
               'Marco presupuestal modificado: ' + M('trescientos veinte mil y 00/100 soles', 320000.00, y=2022, r='a'),
               'Monto devengado al 31 de diciembre: ' + M('doscientos noventa y siete mil ochocientos catorce con 35/100 soles (S/ 297 814,35)', 297814.35, y=2022, r='e'),
               'Monto girado: ' + Mn(296102.35, 'sp', y=2022, r='e')], size=10)
    body(R, ['Con dichos recursos se realizaron:'])
    R.p('-  Talleres "Mi proyecto de vida sin trata":', indent=0.6, after=0)
    R.p('o  en el VRAEM: ' + Cn(46, 'taller', y=2022), indent=1.6, after=0)
    R.p('o  en Huallaga y Ucayali: ' + Cn(31, 'taller', y=2022), indent=1.6, after=2)
    R.p('-  Adolescentes participantes: ' + Cn(3215, 'adolescente', st='us', y=2022) + ', de los cuales ' +
        Cn(1688, 'adolescente', y=2022) + ' mujeres.', indent=0.6, after=2)
    R.p('-  Docentes formados como réplicas: ' + Cn(142, 'docente', y=2022) + '.', indent=0.6, after=8)
    R.p('Atentamente,', after=2)
    R.sign('C.P.C. Liliana Mercedes Ortega Huanca', 'Secretaria General', 'DEVIDA', before=20)
    R.save()


def p012():
    R = new('p012', 'answered', None, ['prosecution'], ('2019-01-01', '2021-12-31'),
            S('Corte Superior de Justicia de Loreto', 'CSJLO', 'autonomous'),
            'OFICIO N° 000211-2022-P-CSJLO-PJ', ['Solicitud de Acceso a la Información Pública N° 088-2022'],
            '2022-03-03',
            'oficio of a Superior Court; two tables side by side (cases filed by year | judgements by year and outcome), '
            'a merged header over the second table\'s columns',
            font='Times New Roman', size=11)
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE LORETO', 'Presidencia'], align='c', size=9)
    lema(R, 2022)
    R.p('Iquitos, 03 de marzo de 2022', align='r')
    R.p('OFICIO N° 000211-2022-P-CSJLO-PJ', bold=True, after=8)
    to(R, ['Señor', 'Franco Iván Tuesta Pinedo', 'Abogado'])
    R.p('Asunto: Solicitud de Acceso a la Información Pública N° 088-2022', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted, para remitirle la información estadística de los procesos por el delito de '
             'trata de personas (artículo 129-A del Código Penal) tramitados en los órganos jurisdiccionales de este '
             'Distrito Judicial en el periodo 2019 - 2021, conforme a lo reportado por la Coordinación de Estadística:'])
    L, Rr = side_by_side(R, widths=(6.6, 9.4), gap=0.4)
    with R.inside(L):
        ing = [(2019, 24), (2020, 15), (2021, 21)]
        rows = [[str(y), Cn(n, 'proceso', y=y)] for y, n in ing] + [['Total', Cn(sum(n for _, n in ing), 'proceso')]]
        R.table([['Año', 'Procesos ingresados']], rows, widths=(2.4, 3.6), size=9, caption='Procesos ingresados',
                bold_rows=(3,), head_shade='D9D9D9')
    with R.inside(Rr):
        sen = [(2019, 9, 3, 2), (2020, 5, 2, 1), (2021, 11, 4, 3)]
        rows = [[str(y), Cn(a, 'sentencia', y=y), Cn(b, 'sentencia', y=y), Cn(c, 'sentencia', y=y)] for y, a, b, c in sen]
        rows.append(['Total', Cn(sum(x[1] for x in sen), 'sentencia'), Cn(sum(x[2] for x in sen), 'sentencia'),
                     Cn(sum(x[3] for x in sen), 'sentencia')])
        R.table([['Año', 'Sentencias', '', ''], ['', 'Condenatorias', 'Absolutorias', 'Conclusión anticipada']], rows,
                widths=(1.6, 2.5, 2.4, 2.6), size=9, merges=((0, 1, 0, 3), (0, 0, 1, 0)), caption='Sentencias emitidas',
                colnames=[None, 'Sentencias Condenatorias', 'Sentencias Absolutorias', 'Sentencias Conclusión anticipada'],
                bold_rows=(3,), head_shade='D9D9D9')
    body(R, ['Se precisa que las sentencias por conclusión anticipada son también condenatorias. Asimismo, al 31 de diciembre '
             'de 2021 se encontraban en trámite ' + Cn(19, 'proceso', y=2021) + ' procesos por este delito.'])
    R.p('Atentamente,', after=2)
    R.sign('Dr. Augusto Ramiro Pezo Flores', 'Presidente', 'Corte Superior de Justicia de Loreto', before=20)
    R.save()


def p013():
    R = new('p013', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de San Martín', 'GRSM', 'regional_government'),
            'OFICIO N° 0542-2021-GRSM/GRDS', ['INFORME TÉCNICO N° 063-2021-GRSM/GRDS/SGPV', 'Registro N° 01287453'],
            '2021-08-19',
            'oficio (page 1) + informe técnico with a memo head in the order A / DE / ASUNTO / FECHA / REFERENCIA (page 2) + '
            'annex table after the signature (page 3) whose amount headers carry a "1/" footnote call; the footnote says '
            '"miles de soles" (x1000 in gold, unit_source caption)',
            size=10.5)
    R.header(['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], align='l',
             logo=(logo_png('grsm', 'GRSM', 'shield', (0, 110, 60)), 1.3))
    lema(R, 2021)
    R.p('Moyobamba, 19 de agosto de 2021', align='r')
    R.p('OFICIO N° 0542-2021-GRSM/GRDS', bold=True, under=True, after=8)
    to(R, ['Señora', 'María Fernanda Ríos Tapullima', 'Tarapoto'])
    kv(R, [('ASUNTO', ': Remito información solicitada'), ('REFERENCIA', ': Registro N° 01287453')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud de acceso a la información pública registrada '
             'con el número de la referencia, por la cual requiere información sobre las acciones del Gobierno Regional San '
             'Martín frente a la trata de personas en el año 2020 y su presupuesto.',
             'Al respecto, remito adjunto el INFORME TÉCNICO N° 063-2021-GRSM/GRDS/SGPV, que contiene la información requerida, '
             'con su anexo de ejecución presupuestal.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Jorge Luis Vela Sangama', 'Gerente Regional de Desarrollo Social', None, before=24)
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 063-2021-GRSM/GRDS/SGPV', bold=True, align='c', size=12, after=8)
    kv(R, [('A', ': Lic. Jorge Luis Vela Sangama\n  Gerente Regional de Desarrollo Social'),
           ('DE', ': Obst. Carmen Julia Panaifo Del Águila\n  Sub Gerente de Poblaciones Vulnerables'),
           ('ASUNTO', ': Acciones frente a la trata de personas, ejercicio fiscal 2020'),
           ('FECHA', ': Moyobamba, 16 de agosto de 2021'),
           ('REFERENCIA', ': Registro N° 01287453')])
    R.p('_' * 80, size=8, after=6)
    R.p('I. ANÁLISIS', bold=True, after=4)
    R.p('1.1 Gobernanza. La Mesa Regional contra la Trata de Personas de San Martín se reunió en ' + C('seis (6)', 6, 'sesión', y=2020) +
        ' sesiones virtuales durante 2020 y actualizó su plan de trabajo; se incorporaron ' + Cn(3, 'institución', y=2020) +
        ' nuevas instituciones a la Mesa.', align='j', after=4)
    R.p('1.2 Prevención. Pese a la suspensión de clases presenciales, se efectuaron:', align='j', after=2)
    R.bullets(['Sesiones de tutoría virtual sobre trata en colegios secundarios: ' + Cn(74, 'sesión', y=2020),
               'Estudiantes alcanzados: ' + Cn(5930, 'estudiante', y=2020),
               'Microprogramas radiales difundidos en emisoras de Moyobamba, Rioja y Tarapoto: ' + Cn(120, 'microprograma', y=2020)], size=10)
    R.p('1.3 Presupuesto. La ejecución de la meta asignada a estas acciones se detalla en el Anexo 1.', align='j', after=4)
    R.p('II. CONCLUSIÓN', bold=True, after=4)
    R.p('Se remite la información para su atención al solicitante.', after=4)
    R.sign('Obst. Carmen Julia Panaifo Del Águila', 'Sub Gerente de Poblaciones Vulnerables', None, before=20)
    R.pagebreak()
    R.p('ANEXO 1', bold=True, align='c', after=2)
    R.p('Ejecución presupuestal de las acciones frente a la trata de personas - Año fiscal 2020', align='c', after=6)
    acts = [('Campañas de prevención en instituciones educativas', [62.0, 48.5, 47.9, 47.9, 46.2]),
            ('Fortalecimiento de la Mesa Regional', [18.0, 12.4, 11.8, 11.8, 11.8]),
            ('Difusión radial y en redes sociales', [25.0, 31.7, 31.2, 30.6, 30.6])]
    roles = ['a', 'a', 'c', 'c', 'e']
    rows = []
    for lab, vals in acts:
        rows.append([lab] + [Mf(v, 'us', 1, scale=1000, y=2020, r=rr) for v, rr in zip(vals, roles)])
    tot = [round(sum(a[1][i] for a in acts), 1) for i in range(5)]
    rows.append(['Total'] + [Mf(v, 'us', 1, scale=1000, y=2020, r=rr) for v, rr in zip(tot, roles)])
    R.table([['Actividad', 'PIA 1/', 'PIM 1/', 'Certificado 1/', 'Comprometido 1/', 'Devengado 1/']], rows,
            widths=(5.0, 1.8, 1.8, 2.5, 2.9, 2.5), size=9, unit='caption', bold_rows=(3,), head_shade='E2EFDA',
            note='1/ Montos expresados en miles de soles.\nFuente: SIAF-SP, consulta al 31.12.2020.')
    R.save()


def p014():
    R = new('p014', 'answered', None, ['prevention', 'protection'], ('2023-01-01', '2023-06-30'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'OFICIO N° 318-2023-MPA/GDS', ['Solicitud N° 4410-2023-MPA'],
            '2023-07-24',
            'oficio for the first half of 2023; counts in dash sub-bullets under letter items; amounts printed "S/." '
            'with no-break spaces and space thousands ("S/. 12 450,00"); seal image beside the signature',
            size=10.5)
    R.header(['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'GERENCIA DE DESARROLLO SOCIAL'], align='c', size=10,
             logo=(logo_png('mpa', 'MPA', 'shield', (90, 20, 90)), 1.2))
    lema(R, 2023)
    R.p('Arequipa, 24 de julio de 2023', align='r')
    R.p('OFICIO N° 318-2023-MPA/GDS', bold=True, after=8)
    to(R, ['Señor', 'Luis Enrique Cáceres Ñahui', 'Cercado - Arequipa'])
    R.p('ASUNTO     : Acciones contra la trata de personas, enero - junio 2023', after=0)
    R.p('REFERENCIA : Solicitud N° 4410-2023-MPA', after=8)
    body(R, ['Me dirijo a usted para atender la solicitud de la referencia, por la que pide información de las acciones contra la '
             'trata de personas realizadas por esta Municipalidad en el primer semestre del año 2023. Se informa:'])
    R.p('A.  Prevención en el Terminal Terrestre y en la vía pública', bold=True, after=2)
    R.p('–  Jornadas informativas con la línea 1818: ' + Cn(12, 'jornada', y=2023), indent=0.8, after=0)
    R.p('–  Volantes y trípticos entregados: ' + Cn(9400, 'volante', st='sp', y=2023), indent=0.8, after=0)
    R.p('–  Transportistas sensibilizados: ' + Cn(318, 'transportista', y=2023), indent=0.8, after=4)
    R.p('B.  Prevención en instituciones educativas', bold=True, after=2)
    R.p('–  Charlas: ' + Cn(27, 'charla', y=2023), indent=0.8, after=0)
    R.p('      ·  nivel secundario: ' + Cn(19, 'charla', y=2023), indent=0.8, after=0)
    R.p('      ·  centros de educación técnico-productiva: ' + Cn(8, 'charla', y=2023), indent=0.8, after=0)
    R.p('–  Estudiantes participantes: ' + Cn(2240, 'estudiante', st='sp', y=2023), indent=0.8, after=4)
    R.p('C.  Atención de casos', bold=True, after=2)
    R.p('–  Casos de presunta trata detectados por la DEMUNA y derivados a la Unidad de Protección Especial: ' + Cn(4, 'caso', y=2023),
        indent=0.8, after=4, align='j')
    R.p('D.  Presupuesto', bold=True, after=2)
    body(R, ['Para el año 2023 se programó ' + Mn(12450.00, 'sp', pre='S/. ', nb=True, y=2023, r='a') +
             ' para estas acciones, de los cuales al 30 de junio se ha ejecutado ' + Mn(7985.50, 'sp', pre='S/. ', nb=True, y=2023, r='e') +
             ', equivalente al ' + Pf(64.1, 1, st='eu', y=2023) + ' de lo programado.'])
    R.p('Atentamente,', after=0)
    sig_seal(R, 'Lic. Rosario Amanda Chávez Begazo', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Arequipa',
             seal_png('mpa', ['MUNICIPALIDAD', 'PROVINCIAL DE', 'AREQUIPA', 'G.D.S.']))
    R.save()


def p015():
    R = new('p015', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('International Labour Organization - Office for the Andean Countries', 'ILO', 'foreign'),
            'Ref.: ILO-LIM/FPRW/2022/118', [],
            '2022-04-11',
            'English letter of an international organisation; USD table with "Budget (USD)", "Committed (USD)" and '
            '"Disbursed (USD)" columns and a total row; counts in a sentence list',
            lang='en', font='Calibri', size=11)
    R.header(['International Labour Organization', 'ILO Decent Work Technical Support Team and Country Office for the Andean Countries',
              'Las Flores 275, San Isidro, Lima 27, Peru'], align='r', size=8, bold_first=True)
    R.p('11 April 2022', align='l', after=2)
    R.p('Ref.: ILO-LIM/FPRW/2022/118', after=8)
    to(R, ['Ms Valeria Soledad Paucar Mendoza', 'Research assistant, Labour Rights Clinic', 'Lima'])
    R.p('Dear Ms Paucar Mendoza,', after=6)
    body(R, ['Thank you for your message of 24 March 2022 asking about the support provided by the ILO to the Peruvian '
             'authorities against forced labour and trafficking for labour exploitation during 2021.',
             'In 2021 the ILO implemented in Peru the project "Bridge to action on forced labour", in coordination with the '
             'Ministry of Labour and the National Commission for the Fight against Forced Labour. Its budget lines for that '
             'year were as follows:'])
    lines = [('Policy support to the National Commission', 145000, 138200, 131950),
             ('Labour inspection capacity', 210000, 204500, 198730),
             ('Awareness-raising with workers and employers', 96500, 90100, 88410)]
    rows = [[l, Mf(a, 'us', 0, y=2021, r='a', cur='USD'), Mf(b, 'us', 0, y=2021, r='c', cur='USD'), Mf(c, 'us', 0, y=2021, r='e', cur='USD')]
            for l, a, b, c in lines]
    rows.append(['Total', Mf(sum(x[1] for x in lines), 'us', 0, y=2021, r='a', cur='USD'),
                 Mf(sum(x[2] for x in lines), 'us', 0, y=2021, r='c', cur='USD'), Mf(sum(x[3] for x in lines), 'us', 0, y=2021, r='e', cur='USD')])
    R.table([['Budget line (2021)', 'Budget (USD)', 'Committed (USD)', 'Disbursed (USD)']], rows, widths=(7.4, 2.8, 3.0, 3.0),
            size=9.5, bold_rows=(3,), head_shade='DDEBF7', ruled='hlines')
    body(R, ['Main results in 2021 included ' + Cn(14, 'workshop', y=2021) + ' workshops for labour inspectors, attended by ' +
             Cn(263, 'inspector', y=2021) + ' inspectors from ' + Cn(19, 'region', y=2021) + ' regions, and a radio campaign in '
             'Quechua and Spanish that reached an estimated ' + Cn(410000, 'listener', y=2021) + ' listeners. About ' +
             P('38 percent', 38.0, y=2021) + ' of the inspectors trained were women.',
             'We hope this information is useful for your research.'])
    R.p('Yours sincerely,', after=2)
    R.sign('Gustavo Adrián Mercer', 'Senior Specialist on Fundamental Principles and Rights at Work', 'ILO Office for the Andean Countries',
           align='l', before=20)
    R.save()
