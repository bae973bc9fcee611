"""blind-v14 letters q001-q015 (written for this set from the labeling guide; all persons, numbers and facts invented)."""
import random
from lib import M, C, P, logo_png, plain
from common import *


def q001():
    R = new('q001', 'answered', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 412-2020-GOREMAD/GRDS', ['Expediente N° 0003127-2020'], '2020-02-18',
            'oficio; table with row groups by PNAT axis and indented sub-rows (programmed / executed / % columns); budget in prose; round seal beside the signature')
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social', 'Jr. Cusco N° 350 - Puerto Maldonado'],
             logo=(logo_png('goremad', 'MDD', color=(20, 90, 40)), 1.5))
    lema(R, 2020)
    R.p('Puerto Maldonado, 18 de febrero de 2020', align='r')
    R.p('OFICIO N° 412-2020-GOREMAD/GRDS', bold=True, under=True, after=8)
    to(R, ['Señora', 'CARMEN ROSA VILLANUEVA PAREDES', 'Coordinadora del Colectivo Ciudadano Amazonía sin Trata', 'Puerto Maldonado.-'])
    asunto(R, [('ASUNTO', ': Remite información sobre acciones contra la trata de personas ejecutadas en el año 2019'),
               ('REFERENCIA', ': Solicitud de acceso a la información pública (Expediente N° 0003127-2020)')])
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'ejecutadas por el Gobierno Regional de Madre de Dios entre enero y diciembre de 2019 en el marco del Plan Nacional '
             'contra la Trata de Personas. Al respecto, la Sub Gerencia de Promoción Social ha consolidado lo siguiente:'])
    data = [
        ('EJE 1. GOBERNANZA INSTITUCIONAL', None),
        ('Sesiones de la Comisión Regional Multisectoral', ('sesión', 8, 7), False),
        ('Ordinarias', ('sesión', 6, 6), True),
        ('Extraordinarias', ('sesión', 2, 1), True),
        ('Informes de seguimiento remitidos al MININTER', ('informe', 4, 4), False),
        ('EJE 2. PREVENCIÓN Y SENSIBILIZACIÓN', None),
        ('Charlas en instituciones educativas', ('charla', 40, 38), False),
        ('Estudiantes participantes', ('estudiante', 2000, 2145), True),
        ('Ferias informativas en plazas y mercados', ('feria', 6, 5), False),
        ('Docentes capacitados en prevención', ('docente', 120, 96), False),
        ('Difusiones de spot radial (castellano y harakbut)', ('difusión', 300, 264), False),
        ('EJE 3. ATENCIÓN, PROTECCIÓN Y REINTEGRACIÓN', None),
        ('Víctimas derivadas a la UPE y al CEM', ('víctima', None, 17), False),
        ('Niñas, niños y adolescentes', ('víctima', None, 11), True),
        ('Mujeres adultas', ('víctima', None, 6), True),
        ('Kits de abrigo e higiene entregados', ('kit', 30, 30), False),
    ]
    rows, groups, subs = [], [], []
    for i, d in enumerate(data):
        if d[1] is None:
            rows.append([d[0], '', '', '', '']); groups.append(i); continue
        lab, (w, prog, ejec), sub = d
        if sub:
            subs.append(i)
        r = [lab, w.capitalize() if w != 'víctima' else 'Persona']
        r.append(Cn(prog, w, y=2019) if prog is not None else '—')
        r.append(Cn(ejec, w, y=2019))
        r.append(Pf(round(ejec / prog * 100, 1), 1, y=2019) if prog else '—')
        rows.append(r)
    R.table([['Actividad', 'Unidad de medida', 'Meta programada 2019', 'Meta ejecutada 2019', '% de avance']], rows,
            widths=(7.2, 2.6, 2.3, 2.3, 1.9), size=8.5, groups=groups, indent_rows=subs,
            caption='Cuadro N° 01: Acciones del Plan Regional contra la Trata de Personas - Año 2019')
    body(R, ['Para la ejecución de dichas acciones, la Meta 0045 "Prevención y atención de la trata de personas" contó en el año '
             'fiscal 2019 con un Presupuesto Institucional Modificado (PIM) de ' + M('S/ 186,420.00', 186420.00, y=2019, r='a') +
             ', del cual se devengó la suma de ' + M('S/ 171,038.55', 171038.55, y=2019, r='e') + ', lo que representa una ejecución del ' +
             P('91.75 %', 91.75, y=2019) + '.',
             'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi especial consideración.'])
    R.p('Atentamente,', after=0)
    sig_seal(R, 'Lic. Walter Hugo Chambi Ccorimanya', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Madre de Dios',
             seal_png('goremad', ['GOBIERNO REGIONAL', 'MADRE DE DIOS', 'G.R.D.S.'], color=(30, 90, 60)), before=4)
    R.p('WHCHC/grds\nc.c.: Archivo', size=7)


def q002():
    R = new('q002', 'answered', None, ['governance', 'prevention', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000873-2019/IN/DGSD', ['Registro N° 19-045127', 'Memorando N° 001245-2019/IN/OGPP'], '2019-06-12',
            'oficio with numbered paragraphs; table whose first column is an activity code and second its label, amounts in thousands in the column headers, % column; digital signature box')
    R.header(['MINISTERIO DEL INTERIOR', 'Despacho Viceministerial de Seguridad Pública', 'Dirección General de Seguridad Democrática'],
             logo=(logo_png('mininter', 'MIN', shape='square', color=(160, 20, 20)), 1.3), align='l')
    lema(R, 2019)
    R.p('San Isidro, 12 de junio de 2019', align='r')
    R.p('OFICIO N° 000873-2019/IN/DGSD', bold=True, after=8)
    to(R, ['Señor', 'JORGE LUIS SALAZAR OTÁROLA', 'Presente.-'])
    asunto(R, [('Asunto', ': Información sobre la implementación del Plan Nacional contra la Trata de Personas 2017-2021 durante el año 2018'),
               ('Referencia', ': a) Solicitud de acceso a la información pública con Registro N° 19-045127\n  b) Memorando N° 001245-2019/IN/OGPP')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a los documentos de la referencia, para remitirle la información '
             'solicitada respecto del periodo enero - diciembre de 2018:',
             '1. En su calidad de Secretaría Técnica de la Comisión Multisectoral de Naturaleza Permanente contra la Trata de Personas '
             'y el Tráfico Ilícito de Migrantes, esta Dirección General convocó durante el año 2018 a ' + Cn(6, 'sesión', y=2018) +
             ' sesiones ordinarias y ' + Cn(2, 'sesión', y=2018) + ' sesiones extraordinarias de la Comisión.',
             '2. Al 31 de diciembre de 2018 se encontraban conformadas ' + Cn(25, 'instancia regional', y=2018) +
             ' instancias regionales de lucha contra la trata de personas (comisiones, mesas o redes), de las cuales ' +
             Cn(19, 'instancia regional', y=2018) + ' contaban con plan regional aprobado.',
             '3. En el Sistema de Registro y Estadística del Delito de Trata de Personas y Afines (RETA - PNP) se registraron ' +
             Cn(1387, 'denuncia', st='sp', y=2018) + ' denuncias por el delito de trata de personas en el año 2018, con ' +
             Cn(2412, 'víctima', st='sp', y=2018) + ' presuntas víctimas.',
             '4. La ejecución presupuestal del pliego en las actividades vinculadas al Plan, según lo informado por la Oficina General '
             'de Planeamiento y Presupuesto, es la siguiente:'])
    data = [('5004180', 'Coordinación y seguimiento de la política nacional contra la trata de personas', 1245.6, 1198.3, 'governance'),
            ('5005871', 'Campañas comunicacionales de prevención de la trata de personas', 860.0, 742.9, 'prevention'),
            ('5006102', 'Fortalecimiento de capacidades de investigación policial en trata de personas', 2310.4, 2188.7, 'prosecution'),
            ('5006103', 'Mantenimiento del sistema RETA - PNP', 415.2, 388.0, 'governance')]
    rows = []
    tp = te = 0
    for cd, lab, pim, dev, _ in data:
        tp += pim; te += dev
        rows.append([cd, lab, Mf(pim, dec=1, scale=1000, y=2018, r='a'), Mf(dev, dec=1, scale=1000, y=2018, r='e'),
                     Pf(round(dev / pim * 100, 1), 1, suf='', y=2018)])
    rows.append(['', 'Total', Mf(round(tp, 1), dec=1, scale=1000, y=2018, r='a'), Mf(round(te, 1), dec=1, scale=1000, y=2018, r='e'),
                 Pf(round(te / tp * 100, 1), 1, suf='', y=2018)])
    R.table([['Código', 'Actividad', 'PIM 2018 (miles de S/)', 'Devengado 2018 (miles de S/)', 'Avance (%)']], rows,
            widths=(1.9, 8.0, 2.4, 2.6, 1.6), size=8.5, row_label_col=1, bold_rows=(len(rows) - 1,))
    body(R, ['Es todo cuanto informo a usted, para los fines que estime pertinentes.'])
    R.p('Atentamente,', after=0)
    dsig(R, 'Ana Cecilia Ríos Valderrama', 'Directora General de Seguridad Democrática', 'Ministerio del Interior',
         when='12.06.2019 16:42:09 -05:00', fau='20131366966')


def q003():
    R = new('q003', 'answered', None, ['prosecution', 'protection'], ('2019-01-01', '2020-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 118-2021-MP-FN-FPEDTP-TUMBES', ['Proveído N° 045-2021-MP-FN-PJFS-TUMBES', 'Solicitud N° 2021-0087'], '2021-03-09',
            'oficio to the entity\'s own transparency officer; transposed table (indicators as rows, 2019 and 2020 as columns); counts in prose with and without year')
    R.header(['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Tumbes',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes'], size=9)
    lema(R, 2021)
    R.p('Tumbes, 09 de marzo de 2021', align='r')
    R.p('OFICIO N° 118-2021-MP-FN-FPEDTP-TUMBES', bold=True, after=8)
    to(R, ['Señorita', 'ANDREA MILAGROS CÓRDOVA RISCO', 'Responsable de Acceso a la Información Pública', 'Presidencia de la Junta de Fiscales Superiores de Tumbes'])
    R.p('**Ref.:** Proveído N° 045-2021-MP-FN-PJFS-TUMBES (Solicitud N° 2021-0087)', after=8)
    body(R, ['Tengo el agrado de dirigirme a usted, a fin de dar respuesta al proveído de la referencia, por el cual se traslada '
             'el pedido de información sobre la carga procesal de esta Fiscalía correspondiente a los años 2019 y 2020. '
             'De acuerdo con el Sistema de Gestión Fiscal (SGF), se tiene:'])
    ytab(R, 'Indicador', [2019, 2020], [
        ('Denuncias / casos ingresados', ('c', 'caso'), [58, 41]),
        ('Investigaciones preliminares en trámite al cierre del año', ('c', 'investigación'), [21, 17]),
        ('Casos formalizados (investigación preparatoria)', ('c', 'caso'), [14, 9]),
        ('Requerimientos acusatorios', ('c', 'requerimiento acusatorio'), [6, 7]),
        ('Sentencias condenatorias', ('c', 'sentencia'), [3, 4]),
        ('Casos archivados', ('c', 'caso'), [19, 12]),
    ], widths=(9.5, 2.5, 2.5), size=9, caption='Carga procesal de la FPEDTP Tumbes')
    body(R, ['En los casos ingresados se identificó a ' + Cn(93, 'víctima', y=2019) + ' presuntas víctimas en 2019 y a ' +
             Cn(64, 'víctima', y=2020) + ' en 2020; del total de ambos años, ' + Cn(71, 'víctima') +
             ' eran de nacionalidad extranjera. ' + Cn(38, 'víctima') + ' víctimas fueron derivadas a la Unidad Distrital de Asistencia '
             'a Víctimas y Testigos para su atención legal y psicológica.',
             'Asimismo, durante el año 2020 esta Fiscalía participó en ' + C('once (11)', 11, 'operativo', y=2020) +
             ' operativos conjuntos con la Policía Nacional del Perú en los distritos de Zarumilla, Aguas Verdes y Corrales.',
             'Atentamente,'])
    R.sign('Dra. Rocío del Pilar Zapata Nima', 'Fiscal Provincial Titular', 'FPEDTP - Tumbes', before=22)


def q004():
    rnd = random.Random(404)
    R = new('q004', 'answered', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Policía Nacional del Perú', 'PNP', 'police'),
            'INFORME N° 045-2022-REGPOL-LORETO/DIVINCRI-DEPINTRAP', ['Hoja de Trámite N° 22-001873', 'Solicitud de Acceso N° 014-2022'], '2022-02-07',
            'police informe with headed sections; 62-row list of operations over two pages with the header repeated and the total on page 2; conclusions with counts')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL LORETO - DIVISIÓN DE INVESTIGACIÓN CRIMINAL',
              'Departamento de Investigación de Delitos de Trata de Personas'], align='l', size=8)
    R.p('INFORME N° 045-2022-REGPOL-LORETO/DIVINCRI-DEPINTRAP', bold=True, align='c', after=8)
    kv(R, [('AL', ': Señor Coronel PNP Jefe de la División de Investigación Criminal Loreto'),
           ('ASUNTO', ': Intervenciones realizadas en el año 2021 por delito de trata de personas'),
           ('REF.', ': Hoja de Trámite N° 22-001873 que adjunta la Solicitud de Acceso N° 014-2022'),
           ('FECHA', ': Iquitos, 07 de febrero de 2022')])
    R.p('I. ANTECEDENTES', bold=True)
    body(R, ['Mediante el documento de la referencia se dispone informar sobre las intervenciones efectuadas por este Departamento '
             'entre el 01 de enero y el 31 de diciembre de 2021, a efectos de atender un pedido de acceso a la información pública.'])
    R.p('II. INTERVENCIONES', bold=True)
    dist = ['Iquitos', 'Punchana', 'Belén', 'San Juan Bautista', 'Nauta', 'Yurimaguas', 'Requena', 'Caballococha', 'Indiana', 'Mazán']
    tipos = ['Local nocturno', 'Embarcadero fluvial', 'Campamento de extracción', 'Hospedaje', 'Vivienda', 'Terminal terrestre']
    import datetime
    rows = []
    tv = td = 0
    days = sorted(rnd.sample(range(4, 362), 62))
    for i in range(62):
        dt = datetime.date(2021, 1, 1) + datetime.timedelta(days=days[i])
        day, month = dt.day, dt.month
        v = rnd.choice([None, 1, 2, 2, 3, 4, 5, 7])
        d = rnd.choice([None, 1, 1, 2, 3])
        tv += v or 0; td += d or 0
        rows.append([str(i + 1), '%02d/%02d/2021' % (day, month), rnd.choice(dist), rnd.choice(tipos),
                     Cn(v, 'víctima', y=2021) if v else '-', Cn(d, 'detenido', y=2021) if d else '-'])
    rows.append(['', 'TOTAL', '', '', Cn(tv, 'víctima', y=2021), Cn(td, 'detenido', y=2021)])
    R.table([['N°', 'Fecha', 'Distrito', 'Lugar intervenido', 'Presuntas víctimas rescatadas', 'Detenidos']], rows,
            widths=(1.0, 2.4, 3.4, 4.2, 2.8, 2.0), size=9, row_label_col=1, repeat_head=True, bold_rows=(len(rows) - 1,),
            num_align='c')
    R.p('III. CONCLUSIONES', bold=True)
    body(R, ['a. En el año 2021 este Departamento ejecutó ' + C('sesenta y dos (62)', 62, 'intervención', y=2021) +
             ' intervenciones, en las que se rescató a ' + Cn(tv, 'víctima', y=2021) + ' presuntas víctimas y se detuvo a ' +
             Cn(td, 'persona', y=2021) + ' personas, quienes fueron puestas a disposición de la Fiscalía Provincial Especializada.',
             'b. Del total de víctimas rescatadas, ' + Cn(31, 'víctima', y=2021) + ' eran menores de edad.',
             'Es cuanto tengo que informar a usted para los fines del caso.'])
    R.p('Iquitos, 07 de febrero de 2022', align='r')
    R.sign('OA-318204\nRicardo Manuel Panduro Tello', 'Mayor PNP', 'Jefe del DEPINTRAP - DIVINCRI Loreto', before=20)


def q005():
    R = new('q005', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000214-2021-MIMP-DPE', ['Expediente N° MIMP2021-EXT-0031455', 'Informe N° D000089-2021-MIMP-DPE-EAT'], '2021-04-22',
            'oficio; table whose first column is a department ubigeo code and second its name, counts with a share % column beside them; subtotal in prose')
    R.header_image(['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General de Niñas, Niños y Adolescentes',
                    'Dirección de Protección Especial'], 'mimp', color=(120, 30, 90))
    lema(R, 2021)
    R.p('Lima, 22 de abril de 2021', align='l')
    R.p('OFICIO N° D000214-2021-MIMP-DPE', bold=True, after=8)
    to(R, ['Señora', 'PATRICIA ELENA GUTIÉRREZ MORI', 'Jr. Huiracocha 1520, Jesús María', 'Presente.-'])
    asunto(R, [('Asunto', ': Atención a solicitud de acceso a la información pública'),
               ('Referencia', ': Expediente N° MIMP2021-EXT-0031455')])
    body(R, ['Tengo el agrado de dirigirme a usted, en relación al documento de la referencia, mediante el cual solicita información '
             'sobre las niñas, niños y adolescentes víctimas de trata de personas atendidos por las Unidades de Protección Especial (UPE) '
             'durante el año 2020.',
             'Sobre el particular, se remite la información consignada en el Informe N° D000089-2021-MIMP-DPE-EAT, elaborado por el '
             'Equipo de Análisis Técnico de esta Dirección:'])
    deps = [('15', 'Lima', 96, 71), ('16', 'Loreto', 41, 33), ('17', 'Madre de Dios', 38, 30), ('08', 'Cusco', 27, 19),
            ('21', 'Puno', 24, 15), ('25', 'Ucayali', 18, 14), ('24', 'Tumbes', 16, 12), ('07', 'Callao', 13, 10),
            ('04', 'Arequipa', 11, 7), ('13', 'La Libertad', 9, 6), ('20', 'Piura', 8, 5), ('22', 'San Martín', 6, 4)]
    tot = sum(d[2] for d in deps)
    totm = sum(d[3] for d in deps)
    rows = []
    for ub, dep, n, m in deps:
        rows.append([ub, dep, Cn(n, 'niño', y=2020), Pf(round(n / tot * 100, 1), 1, y=2020), Cn(m, 'medida de protección', y=2020)])
    rows.append(['', 'Total', Cn(tot, 'niño', y=2020), Pf(100.0, 1, y=2020), Cn(totm, 'medida de protección', y=2020)])
    R.table([['Ubigeo', 'Departamento', 'NNA víctimas de trata atendidos', '% del total', 'Medidas de protección dictadas']], rows,
            widths=(1.7, 4.0, 3.6, 2.0, 3.6), size=9, row_label_col=1, bold_rows=(len(rows) - 1,),
            caption='Atenciones de las UPE a NNA víctimas de trata de personas, enero - diciembre 2020')
    body(R, ['Del total de atendidos, ' + Cn(188, 'niña', y=2020) + ' fueron niñas o adolescentes mujeres y ' + Cn(119, 'niño', y=2020) +
             ' niños o adolescentes varones; ' + Cn(64, 'niño', y=2020) + ' fueron ingresados a un Centro de Acogida Residencial.',
             'Hago propicia la oportunidad para expresarle los sentimientos de mi consideración.'])
    dsig(R, 'Liliana Rosario Cárdenas Ocampo', 'Directora de Protección Especial', 'Ministerio de la Mujer y Poblaciones Vulnerables',
         when='22/04/2021 11:05', fau='20336951527')


def q006():
    R = new('q006', 'answered', None, ['governance', 'prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'OFICIO N° 245-2022-MPCP-GDSE', ['Carta S/N de fecha 03.03.2022', 'Informe N° 061-2022-MPCP-GDSE-SGPV'], '2022-03-21',
            'oficio with lettered paragraphs: a shelter foreseen by an ordinance "no fue creada", care of victims belongs to the MIMP; then 2021 prevention counts, referrals and an amount with the words beside it; rectangular stamp by the signature',
            notes='Answered: the shelter was never created and the MIMP is said to be competent for sheltering victims, but the reply gives 2021 '
                  'figures (campaigns, participants, referrals of cases to the UPE, commission sessions, budget). Protection is labelled for '
                  'the referrals and the explicit statement about the shelter.')
    R.letterhead_table((logo_png('mpcp', 'MPCP', shape='circle', color=(0, 80, 140)), 2.0),
                       ['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'Gerencia de Desarrollo Social y Económico', 'Pucallpa - Ucayali'],
                       right='Jr. Tacna N° 480\nPucallpa')
    lema(R, 2022)
    R.p('Pucallpa, 21 de marzo de 2022', align='r')
    R.p('OFICIO N° 245-2022-MPCP-GDSE', bold=True, after=6)
    to(R, ['Señor:', 'LUIS ALBERTO PINEDO SAAVEDRA', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Respuesta a pedido de información - trata de personas, año 2021'),
               ('REF.', ': Carta S/N de fecha 03.03.2022')])
    body(R, ['Es grato dirigirme a usted, con relación a su carta de la referencia, en la que solicita información sobre las acciones '
             'desarrolladas por esta Municipalidad durante el año 2021 en materia de trata de personas. Con base en el Informe '
             'N° 061-2022-MPCP-GDSE-SGPV de la Sub Gerencia de Poblaciones Vulnerables, se informa:'])
    body(R, ['a) **Hogar de acogida temporal.** La Casa de Acogida Temporal para víctimas de trata prevista en la ordenanza provincial '
             'aprobada en 2019 no fue creada, al no contarse con disponibilidad presupuestal. La atención, protección y acogimiento de '
             'las víctimas es competencia del Ministerio de la Mujer y Poblaciones Vulnerables, a través de su Unidad de Protección '
             'Especial de Ucayali y del Programa Nacional AURORA, entidades a las que esta comuna deriva los casos que conoce.',
             'b) **Derivaciones.** En el año 2021 la DEMUNA provincial derivó ' + Cn(9, 'caso', y=2021) + ' casos de presunta trata de '
             'personas a la Unidad de Protección Especial y ' + Cn(4, 'caso', y=2021) + ' casos al Centro Emergencia Mujer de Callería.',
             'c) **Prevención.** Se realizaron ' + C('catorce (14)', 14, 'campaña', y=2021) + ' campañas de sensibilización en los '
             'mercados y puertos de la ciudad, con la participación de ' + Cn(1320, 'persona', y=2021) + ' personas, y ' +
             Cn(6, 'taller', y=2021) + ' talleres dirigidos a mototaxistas, a los que asistieron ' + Cn(212, 'conductor', y=2021) + ' conductores.',
             'd) **Mesa provincial.** La Mesa Provincial de Lucha contra la Trata de Personas sesionó en ' + Cn(5, 'sesión', y=2021) +
             ' oportunidades durante el año.',
             'e) **Presupuesto.** Las actividades de los literales b) a d) se financiaron con recursos directamente recaudados por un '
             'monto ejecutado de ' + M('treinta y ocho mil quinientos con 00/100 soles (S/ 38 500,00)', 38500.00, y=2021, r='e') + '.',
             'Atentamente,'])
    sig_stamp(R, 'Abog. Milagros Isabel Ruiz Vásquez', 'Gerente de Desarrollo Social y Económico', 'Municipalidad Provincial de Coronel Portillo',
              rect_seal('mpcp', ['MUNICIPALIDAD PROVINCIAL', 'DE CORONEL PORTILLO', 'GERENCIA DE DESARROLLO', 'SOCIAL Y ECONÓMICO']))


def q007():
    R = new('q007', 'answered', None, ['governance', 'prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Echarati', 'MDE', 'district_municipality'),
            'CARTA N° 031-2021-MDE/GM', ['Expediente Administrativo N° 2021-00412'], '2021-02-24',
            'carta with the date written in words; substantive null answer (no activities, no budget, no cases, no local network in 2020); no figures',
            notes='Answered: a substantive null answer for the requested year 2020 (no prevention activities, no care of victims, no budget, '
                  'no local body). No figures.')
    R.header(['MUNICIPALIDAD DISTRITAL DE ECHARATI', 'La Convención - Cusco', 'Gerencia Municipal'], size=9)
    lema(R, 2021)
    R.p('Echarati, ' + fecha_letras('2021-02-24') + '.', align='r')
    R.p('CARTA N° 031-2021-MDE/GM', bold=True, after=8)
    to(R, ['Señora', 'Rosa Amelia Huamán Sullca', 'Av. La Cultura s/n, Cusco'])
    R.p('Referencia: Expediente Administrativo N° 2021-00412', after=8)
    body(R, ['De mi mayor consideración:',
             'Por medio de la presente me dirijo a usted para saludarla cordialmente y, en atención al expediente de la referencia, '
             'en el que solicita información sobre las acciones de prevención de la trata de personas y de atención a sus víctimas '
             'realizadas por esta Municipalidad durante el año 2020, cumplo con informarle lo siguiente:',
             'Durante el ejercicio 2020 la Municipalidad Distrital de Echarati no ejecutó actividades de prevención o sensibilización '
             'sobre la trata de personas, no brindó atención a víctimas de este delito y no destinó recursos de su presupuesto '
             'institucional a tales fines. La Defensoría Municipal del Niño y del Adolescente (DEMUNA) no registró casos de trata de '
             'personas en dicho periodo, y en el distrito no se ha conformado mesa ni red local contra la trata de personas.',
             'Lo informado se sustenta en lo comunicado por la Sub Gerencia de Desarrollo Humano y por la DEMUNA, de acuerdo con sus '
             'archivos.',
             'Sin otro particular, quedo de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('Ing. Edgar Rómulo Quispe Huallpa', 'Gerente Municipal', 'Municipalidad Distrital de Echarati', before=26)


def q008():
    R = new('q008', 'answered', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Junín', 'GRJ', 'regional_government'),
            'OFICIO N° 1520-2019-GRJ-DREJ/DGP', ['Oficio N° 045-2019-RQ', 'Registro N° 03211785'], '2019-05-08',
            'oficio from a regional education directorate; date line in words; table with 2017 and 2018 columns side by side and a variation % column; figures in a footnote',
            notes='Answered although mixed: the request is for 2018 and the reply gives 2017 beside 2018.')
    R.header(['GOBIERNO REGIONAL JUNÍN', 'DIRECCIÓN REGIONAL DE EDUCACIÓN JUNÍN', 'Dirección de Gestión Pedagógica'], size=9)
    lema(R, 2019)
    R.p('Huancayo, ' + fecha_letras('2019-05-08') + '.', align='r')
    R.p('OFICIO N° 1520-2019-GRJ-DREJ/DGP', bold=True, after=8)
    to(R, ['Señor', 'RAÚL ERNESTO QUISPE ORIHUELA', 'Jr. Puno 455, Huancayo'])
    asunto(R, [('ASUNTO', ': Información sobre acciones de prevención de la trata de personas en instituciones educativas, año 2018'),
               ('REFERENCIA', ': Oficio N° 045-2019-RQ (Registro N° 03211785)')])
    body(R, ['Tengo el agrado de dirigirme a usted para hacerle llegar la información solicitada mediante el documento de la referencia '
             'sobre las acciones de prevención de la trata de personas desarrolladas en el sistema educativo regional durante el año '
             '2018. A fin de facilitar su análisis, se consigna también lo realizado en el año 2017{sup:1}:'])
    rows = []
    for lab, w, a, b in [('Docentes capacitados en prevención de la trata', 'docente', 214, 386),
                         ('Estudiantes de secundaria sensibilizados', 'estudiante', 5120, 8934),
                         ('Instituciones educativas con sesiones de tutoría sobre trata', 'institución educativa', 61, 103),
                         ('Escuelas de padres con el tema incorporado', 'escuela de padres', 18, 27),
                         ('UGEL que reportaron acciones', 'UGEL', 7, 9)]:
        rows.append([lab, Cn(a, w, y=2017), Cn(b, w, y=2018), Pf(round((b - a) / a * 100, 1), 1, suf=' %', u='column')])
    R.table([['Indicador', 'Año 2017', 'Año 2018', 'Variación %']], rows, widths=(8.5, 2.2, 2.2, 2.4), size=9,
            caption='Acciones de prevención de la trata de personas - DRE Junín')
    body(R, ['Las acciones se ejecutaron con el acompañamiento de los especialistas de tutoría de las UGEL, en el marco de las '
             'orientaciones del Ministerio de Educación.',
             'Atentamente,'])
    R.sign('Mg. Gladys Yolanda Rojas Camarena', 'Directora de Gestión Pedagógica', 'DRE Junín', before=22)
    footnotes(R, [('1', 'En 2017 la DRE Junín contaba con ' + Cn(11, 'UGEL', y=2017) + ' UGEL; la información de ' +
                   Cn(2, 'UGEL', y=2017) + ' de ellas no fue remitida.')])


def q009():
    R = new('q009', 'answered', None, ['prosecution'], ('2019-01-01', '2020-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 000356-2021-P-CSJPU-PJ', ['Solicitud N° 112-2021-TRANSP', 'Informe N° 000021-2021-CE-CSJPU-PJ'], '2021-03-30',
            'oficio; table with a court code column and the court name, merged year headers over two measures; figures in a footnote',
            )
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE PUNO', 'Presidencia'], size=9,
             logo=(logo_png('pj', 'PJ', color=(110, 20, 20)), 1.3))
    lema(R, 2021)
    R.p('Puno, 30 de marzo del 2021', align='r')
    R.p('OFICIO N° 000356-2021-P-CSJPU-PJ', bold=True, after=8)
    to(R, ['Señora', 'MARÍA FERNANDA APAZA CONDORI', 'Ciudad.-'])
    asunto(R, [('Asunto', ': Se remite información estadística sobre procesos por delito de trata de personas'),
               ('Ref.', ': Solicitud N° 112-2021-TRANSP')])
    body(R, ['Tengo el agrado de dirigirme a usted para remitirle, en atención a su solicitud de la referencia, la información sobre '
             'los expedientes por el delito de trata de personas (artículos 153 y 153-A del Código Penal) tramitados en los años 2019 y 2020, '
             'conforme al Informe N° 000021-2021-CE-CSJPU-PJ de la Coordinación de Estadística{sup:1}:'])
    cts = [('JIP-PUN-01', 'Primer Juzgado de Investigación Preparatoria de Puno', 12, 9, None, None),
           ('JIP-JUL-02', 'Segundo Juzgado de Investigación Preparatoria de San Román', 15, 11, None, None),
           ('JIP-AZA-01', 'Juzgado de Investigación Preparatoria de Azángaro', 4, 3, None, None),
           ('JPC-PUN-01', 'Juzgado Penal Colegiado Supraprovincial de Puno', 7, 8, 4, 5),
           ('JPU-JUL-01', 'Juzgado Penal Unipersonal de San Román', 5, 4, 2, 1),
           ('JPU-SAN-01', 'Juzgado Penal Unipersonal de Sandia', 3, 2, 1, 2)]
    rows = []
    for cd, nm, a, b, c, d in cts:
        rows.append([cd, nm, Cn(a, 'expediente', y=2019), Cn(b, 'expediente', y=2020),
                     Cn(c, 'sentencia', y=2019) if c else '-', Cn(d, 'sentencia', y=2020) if d else '-'])
    R.table([['Código', 'Órgano jurisdiccional', 'Expedientes ingresados', '', 'Sentencias condenatorias', ''],
             ['', '', '2019', '2020', '2019', '2020']], rows,
            widths=(2.3, 6.6, 1.8, 1.8, 1.8, 1.8), size=8.5, row_label_col=1, merges=((0, 2, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 1, 1, 1)),
            colnames=[None, None, 'Expedientes ingresados 2019', 'Expedientes ingresados 2020', 'Sentencias condenatorias 2019', 'Sentencias condenatorias 2020'])
    body(R, ['Atentamente,'])
    dsig(R, 'Juan Carlos Mamani Ticona', 'Presidente', 'Corte Superior de Justicia de Puno', when='30/03/2021 17:20:43', fau='20159981216')
    footnotes(R, [('1', 'Los juzgados de Sandia y Azángaro informaron además ' + Cn(3, 'expediente', y=2020) + ' expedientes por el delito '
                   'de explotación sexual (art. 153-B) que no se incluyen en el cuadro.')])


def q010():
    R = new('q010', 'answered', None, ['protection', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0198-2020-DP/OD-CUSCO', ['Registro N° 0004512-2020'], '2020-03-05',
            'oficio in prose; most figures are in footnotes at the end of the letter, the main text carries only the calls')
    R.header(['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Cusco'], size=10)
    lema(R, 2020)
    R.p('Cusco, 5 de marzo de 2020', align='r')
    R.p('OFICIO N° 0198-2020-DP/OD-CUSCO', bold=True, after=8)
    to(R, ['Señor', 'Diego Armando Luna Paucar', 'Investigador', 'Urb. Magisterio, Cusco'])
    R.p('Referencia: Registro N° 0004512-2020', after=6)
    body(R, ['Tengo el agrado de dirigirme a usted con relación al documento de la referencia, mediante el cual solicita información '
             'sobre las intervenciones de esta Oficina Defensorial en materia de trata de personas durante el año 2019.',
             'Al respecto, le informo que en el año 2019 esta Oficina supervisó los Centros de Atención Residencial de la región que '
             'acogen a niñas, niños y adolescentes víctimas de trata{sup:1}, verificando las condiciones de acogida, la existencia de '
             'planes de atención individual y el acceso a servicios de salud y educación. Las recomendaciones formuladas fueron '
             'puestas en conocimiento del Ministerio de la Mujer y Poblaciones Vulnerables y del Gobierno Regional del Cusco.',
             'Asimismo, se atendieron quejas de ciudadanos referidas a la atención de presuntas víctimas por parte de comisarías y '
             'de la Unidad de Protección Especial{sup:2}. Finalmente, esta Oficina participó como observadora en las sesiones de la '
             'Comisión Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes del Cusco{sup:3}.',
             'Hago propicia la ocasión para expresarle mi consideración.'])
    R.sign('Abog. Vanessa Lucía Farfán Olivera', 'Jefa de la Oficina Defensorial de Cusco', before=22)
    footnotes(R, [('1', 'Se supervisó ' + C('siete (7)', 7, 'centro de atención residencial', y=2019) + ' CAR, de los cuales ' +
                   Cn(2, 'centro de atención residencial', y=2019) + ' no contaban con equipo técnico completo; en total se encontraban '
                   'acogidas ' + Cn(46, 'adolescente', y=2019) + ' adolescentes víctimas de trata.'),
                  ('2', 'En 2019 se registraron ' + Cn(13, 'queja', y=2019) + ' quejas; ' + Cn(10, 'queja', y=2019) + ' fueron declaradas fundadas.'),
                  ('3', 'La Comisión sesionó ' + Cn(9, 'sesión', y=2019) + ' veces en 2019 y la Oficina asistió a ' + Cn(8, 'sesión', y=2019) + ' sesiones.')])


def q011():
    R = new('q011', 'answered', None, ['prosecution', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 00152-2022-SUNAFIL/IRE-LOR', ['Solicitud de Acceso a la Información N° 0098-2022'], '2022-03-14',
            'oficio whose body is set in two text columns with run-in headings; a small table inside the right column; money with "S/" and space thousands')
    R.header(['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Regional de Loreto'], size=9,
             logo=(logo_png('sunafil', 'SNF', shape='square', color=(0, 70, 130)), 1.2), align='l')
    lema(R, 2022)
    R.p('Iquitos, 14 de marzo de 2022', align='r', after=2)
    R.p('OFICIO N° 00152-2022-SUNAFIL/IRE-LOR', bold=True, after=6)
    to(R, ['Señor', 'César Augusto Vela Ríos', 'Presente.-'])
    kv(R, [('Asunto:', 'Información sobre inspecciones en materia de trabajo forzoso y trabajo infantil - 2021'),
           ('Referencia:', 'Solicitud de Acceso a la Información N° 0098-2022')])
    R.p('Me dirijo a usted en atención a la solicitud de la referencia, para informarle lo siguiente respecto del año 2021:', align='j')
    R.columns(2, space_cm=0.9)
    body(R, ['**1. Actuaciones inspectivas.** En el año 2021 la Intendencia generó ' + Cn(14, 'orden de inspección', y=2021) +
             ' órdenes de inspección por presunto trabajo forzoso y ' + Cn(22, 'orden de inspección', y=2021) + ' por presunto trabajo '
             'infantil, principalmente en aserraderos, embarcaciones y centros de esparcimiento de Maynas, Alto Amazonas y Ucayali.',
             '**2. Trabajadores comprendidos.** Las actuaciones comprendieron a ' + Cn(318, 'trabajador', y=2021) + ' trabajadores; '
             'se dispuso el retiro de ' + Cn(27, 'menor de edad', y=2021) + ' menores de edad de las actividades prohibidas y se '
             'comunicó a la Unidad de Protección Especial.',
             '**3. Derivaciones al Ministerio Público.** En ' + Cn(5, 'caso', y=2021) + ' casos se advirtieron indicios del delito de '
             'trata de personas con fines de explotación laboral, por lo que se cursó comunicación a la Fiscalía Provincial '
             'Especializada en Delitos de Trata de Personas de Loreto.'], size=10)
    R.table([['Resultado', 'Número']], [
        ['Actas de infracción', Cn(9, 'acta de infracción', y=2021)],
        ['Requerimientos de cierre', Cn(3, 'requerimiento', y=2021)],
        ['Órdenes archivadas', Cn(11, 'orden de inspección', y=2021)]], widths=(4.8, 2.2), size=8.5, align='l')
    body(R, ['**4. Multas.** Las multas propuestas en las actas de infracción suman ' + Mn(245600, 'sp', 2, pre='S/ ', y=2021) +
             ' y se encuentran en el procedimiento sancionador.',
             '**5. Orientación.** Se realizaron ' + Cn(35, 'sesión de orientación', y=2021) + ' sesiones de orientación sobre la '
             'prohibición del trabajo forzoso, dirigidas a ' + Cn(740, 'empleador', y=2021) + ' empleadores.'], size=10)
    R.columns(1)
    R.p('Atentamente,', after=0, before=6)
    R.sign('Abog. Karina Soledad Tuesta Arévalo', 'Intendenta Regional de Loreto', 'SUNAFIL', before=20)


def q012():
    R = new('q012', 'answered', None, ['protection', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 002345-2020-MIGRACIONES-SM', ['Expediente LM200045871', 'Informe N° 000118-2020-MIGRACIONES-SM-PTF'], '2020-02-26',
            'oficio; table of foreign victims by nationality with a % column; counts with "aprox." in prose')
    R.header(['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Superintendencia'], size=10, logo=(logo_png('migra', 'MIG', color=(0, 60, 120)), 1.3))
    lema(R, 2020)
    R.p('Breña, 26 de febrero de 2020', align='r')
    R.p('OFICIO N° 002345-2020-MIGRACIONES-SM', bold=True, after=8)
    to(R, ['Señora', 'Claudia Beatriz Torres Aliaga', 'Av. Arequipa 2450, Lince'])
    asunto(R, [('Asunto', ': Solicitud de acceso a la información pública'),
               ('Referencia', ': Expediente LM200045871')])
    body(R, ['Tengo el agrado de dirigirme a usted en relación con el expediente de la referencia, a través del cual solicita '
             'información sobre las víctimas extranjeras de trata de personas a las que se otorgó la calidad migratoria humanitaria '
             'durante el año 2019. Al respecto, de acuerdo con el Informe N° 000118-2020-MIGRACIONES-SM-PTF, se detalla lo siguiente:'])
    nat = [('Venezuela', 38), ('Colombia', 9), ('Ecuador', 4), ('Bolivia', 3), ('República Dominicana', 2), ('China', 1)]
    tot = sum(n for _, n in nat)
    rows = [[k, Cn(n, 'víctima', y=2019), Pf(round(n / tot * 100, 1), 1, y=2019)] for k, n in nat]
    rows.append(['Total', Cn(tot, 'víctima', y=2019), Pf(100.0, 1, y=2019)])
    R.table([['Nacionalidad', 'Víctimas con calidad migratoria humanitaria', '%']], rows, widths=(5.0, 5.0, 2.0), size=9,
            bold_rows=(len(rows) - 1,))
    body(R, ['De las víctimas señaladas, ' + Cn(21, 'víctima', y=2019) + ' eran mujeres adolescentes, a quienes se les otorgó además '
             'el carné de extranjería sin costo.',
             'En materia de prevención, durante 2019 se capacitó a aprox. ' + Cn(450, 'inspector migratorio', y=2019) + ' inspectores '
             'migratorios en la detección de indicios de trata en los puestos de control fronterizo, y se distribuyeron aprox. ' +
             Cn(12000, 'volante', st='sp', y=2019) + ' volantes informativos en los puestos de Tumbes, Desaguadero y Santa Rosa.',
             'Atentamente,'])
    dsig(R, 'Fernando Javier Lozano Pacheco', 'Superintendente Nacional', 'Superintendencia Nacional de Migraciones',
         when='2020/02/26 18:01:22', fau='20551239692')


def q013():
    R = new('q013', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'OFICIO N° 0387-2022-GRA/GG-GRDS', ['Expediente N° 1045873', 'Memorando N° 0312-2022-GRA/GG-GRDS-SGPS',
                                                'Ordenanza Regional N° 006-2021-GRA/CR'], '2022-04-04',
            'two pages: a short oficio forwarding a memo, then the memo (own head PARA / DE / ASUNTO / FECHA) with numbered items; two amounts in words only (no digits)')
    R.header(['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'], size=9,
             logo=(logo_png('gra', 'AYA', color=(130, 20, 40)), 1.4))
    lema(R, 2022)
    R.p('Ayacucho, 04 de abril de 2022', align='r')
    R.p('OFICIO N° 0387-2022-GRA/GG-GRDS', bold=True, after=8)
    to(R, ['Señor', 'ALFREDO MARTÍN CCAHUANA HUAMANÍ', 'Jr. Asamblea 320, Ayacucho'])
    asunto(R, [('ASUNTO', ': Remite información sobre acciones contra la trata de personas 2021'),
               ('REFERENCIA', ': Expediente N° 1045873')])
    body(R, ['Tengo a bien dirigirme a usted, en atención al documento de la referencia, para remitirle en adjunto el '
             'Memorando N° 0312-2022-GRA/GG-GRDS-SGPS, elaborado por la Sub Gerencia de Programas Sociales, que contiene la información '
             'solicitada sobre las acciones realizadas en el año 2021.',
             'Atentamente,'])
    R.sign('Lic. Hernán Palomino Gutiérrez', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ayacucho', before=30)
    R.pagebreak()
    memo(R, 'MEMORANDO N° 0312-2022-GRA/GG-GRDS-SGPS', [
        ('PARA', ': Lic. Hernán Palomino Gutiérrez, Gerente Regional de Desarrollo Social'),
        ('DE', ': Bach. Nelly Quispe Berrocal, Sub Gerente de Programas Sociales'),
        ('ASUNTO', ': Información solicitada - trata de personas, año 2021'),
        ('FECHA', ': Ayacucho, 31 de marzo de 2022')])
    body(R, ['Me dirijo a usted para informarle lo siguiente sobre el año 2021:',
             '1. Mediante Ordenanza Regional N° 006-2021-GRA/CR se aprobó el Plan Regional contra la Trata de Personas y el Tráfico '
             'Ilícito de Migrantes de Ayacucho. La Red Regional contra la Trata de Personas sesionó ' + C('cuatro (04)', 4, 'sesión', y=2021) +
             ' veces en el año.',
             '2. Se desarrollaron ' + C('doce (12)', 12, 'taller', y=2021) + ' talleres descentralizados de prevención en las provincias '
             'de Huamanga, Huanta, La Mar y Lucanas, con ' + Cn(640, 'participante', y=2021) + ' participantes entre autoridades comunales, '
             'docentes y jóvenes.',
             '3. Para el año fiscal 2021 se asignó a la actividad "Prevención de la trata de personas" la suma de ' +
             M('ciento veinte mil y 00/100 soles', 120000.0, y=2021, r='a') + ', de la cual se ejecutó ' +
             M('noventa y ocho mil cuatrocientos treinta y 00/100 soles', 98430.0, y=2021, r='e') + ', principalmente en '
             'materiales de difusión y movilidad de los talleres.',
             'Es cuanto informo para su conocimiento y fines.'])
    R.sign('Bach. Nelly Quispe Berrocal', 'Sub Gerente de Programas Sociales', before=22)


def q014():
    R = new('q014', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Metropolitana de Lima', 'MML', 'provincial_municipality'),
            'OFICIO N° 0622-2020-MML-GDS', ['Documento Simple N° 2020-0018432'], '2020-02-12',
            'oficio; table of campaigns with participants and costs written with "S/" after the number, total row; no year in the cells (the year is in the caption)')
    R.header(['MUNICIPALIDAD METROPOLITANA DE LIMA', 'Gerencia de Desarrollo Social'], size=10,
             logo=(logo_png('mml', 'MML', color=(20, 40, 120)), 1.4))
    lema(R, 2020)
    R.p('Lima, 12 de febrero de 2020', align='r')
    R.p('OFICIO N° 0622-2020-MML-GDS', bold=True, after=8)
    to(R, ['Señorita', 'Mariana Sofía Castañeda Llerena', 'Presente.-'])
    asunto(R, [('Asunto', ': Información sobre campañas de prevención de la trata de personas 2019'),
               ('Referencia', ': Documento Simple N° 2020-0018432')])
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, para informarle que durante el año 2019 esta '
             'Gerencia, en coordinación con las municipalidades distritales y el Ministerio del Interior, desarrolló las siguientes '
             'campañas de prevención de la trata de personas:'])
    camps = [('Lima sin trata - Cercado de Lima', '23/09', 1850, 12480.00), ('Terminales seguros - Yerbateros', '12/04', 920, 6310.50),
             ('Feria "Trabajo digno, no engaños" - Plaza Manco Cápac', '05/06', 1340, 9875.00),
             ('Ruta escolar informada - colegios del Rímac', '18/07', 2210, 4120.00), ('Mercados alertas - La Parada', '30/10', 760, 3985.40)]
    rows = []
    tp = tc = 0
    for n, d, p, c in camps:
        tp += p; tc += c
        rows.append([n, d, Cn(p, 'participante', st='sp', y=2019, u='column'), Mpost(c, 'sp', y=2019)])
    rows.append(['Total', '', Cn(tp, 'participante', st='sp', y=2019, u='column'), Mpost(round(tc, 2), 'sp', y=2019)])
    R.table([['Campaña', 'Fecha', 'Participantes', 'Costo']], rows, widths=(8.0, 1.8, 2.6, 3.0), size=9, bold_rows=(len(rows) - 1,),
            caption='Campañas de prevención de la trata de personas - año 2019', unit='cell')
    body(R, ['Los costos corresponden a materiales de difusión, alquiler de equipos de sonido y refrigerios, financiados con '
             'recursos ordinarios de la Gerencia.',
             'Atentamente,'])
    R.sign('Econ. Gustavo Adolfo Pérez Cisneros', 'Gerente de Desarrollo Social', 'Municipalidad Metropolitana de Lima', before=24)


def q015():
    R = new('q015', 'answered', None, ['prosecution', 'protection', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('International Organization for Migration', 'IOM', 'foreign'),
            'IOM-LIM/2021/0456', [], '2021-05-14', lang='en', font='Calibri',
            layout='English letter with a reference line; budget table in USD by year with a % executed column; counts in prose')
    R.header(['International Organization for Migration (IOM)', 'Mission in Peru', 'Av. Jorge Basadre 361, San Isidro, Lima'],
             size=9, logo=(logo_png('iom', 'IOM', shape='circle', color=(0, 90, 170)), 1.4), align='r')
    R.p('Lima, 14 May 2021', align='r')
    R.p('Ref.: IOM-LIM/2021/0456', bold=True, after=8)
    to(R, ['Ms. Daniela Ortiz Benavente', 'Lima'])
    R.p('**Subject:** Information on IOM counter-trafficking activities in Peru, 2019-2020', after=8)
    body(R, ['Dear Ms. Ortiz,',
             'Thank you for your request dated 19 April 2021. Although IOM is not bound by the Peruvian transparency law, we are pleased '
             'to share the following information on our counter-trafficking project in Peru for 2019 and 2020.'])
    comps = [('Capacity building for prosecutors and police', 145000, 138250.40, 162000, 151880.00),
             ('Direct assistance and return of victims', 98500, 97110.25, 120000, 104300.75),
             ('Support to temporary shelters', 60000, 58900.00, 75000, 71245.10),
             ('Awareness campaigns in border areas', 40000, 36420.00, 30000, 29950.00)]
    rows = []
    for lab, b19, s19, b20, s20 in comps:
        rows.append([lab, Mf(b19, dec=0, y=2019, r='a', cur='USD'), Mf(s19, y=2019, r='e', cur='USD'), Mf(b20, dec=0, y=2020, r='a', cur='USD'),
                     Mf(s20, y=2020, r='e', cur='USD'), Pf(round((s19 + s20) / (b19 + b20) * 100, 1), 1)])
    R.table([['Component', 'Budget 2019 (USD)', 'Spent 2019 (USD)', 'Budget 2020 (USD)', 'Spent 2020 (USD)', '% spent']], rows,
            widths=(5.4, 2.2, 2.4, 2.2, 2.4, 1.6), size=8.5)
    body(R, ['Under these components, IOM trained ' + Cn(142, 'prosecutor') + ' prosecutors and ' + Cn(93, 'police officer') + ' police officers in '
             'the investigation of trafficking cases, assisted ' + Cn(84, 'victim') + ' victims with safe return to their places of origin '
             'and supported ' + C('three', 3, 'shelter') + ' shelters run by the Ministry of Women and Vulnerable Populations in Lima, '
             'Cusco and Madre de Dios.',
             'Please do not hesitate to contact us should you need further details.',
             'Yours sincerely,'])
    R.sign('Marcela Jiménez Ruiz', 'Programme Manager, Counter-Trafficking Unit', 'IOM Peru', before=22)
