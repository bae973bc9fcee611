"""blind-v10 letters k014-k026. Written from scratch for this set; officials, numbers and events invented."""
from lib import M, C, P, logo_png
from common import S, new, lema, kv, to, top, asunto, body, letter, memo_head, fmt, Mf, Cn, Pf, siaf, notes_block


def k014():
    ref = 'OFICIO N° 00512-2023-MINEDU/VMGP-DIGC'
    R = new('k014', 'answered', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'), ref, ['Informe N° 00203-2023-MINEDU/VMGP-DIGC-DIGE'], '2023-03-09',
            'oficio, one-column ruled table by region introduced by a sentence ending with a colon, total row')
    letter(R, ['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Calidad de la Gestión Escolar'], 2023,
           'San Borja, 09 de marzo de 2023', ref, ['Señor', 'ALONSO GABRIEL MEDINA ZEGARRA', 'Presente.-'],
           [('Asunto:', 'Docentes fortalecidos en prevención de la trata de personas - 2022'),
            ('Referencia:', 'Informe N° 00203-2023-MINEDU/VMGP-DIGC-DIGE')])
    body(R, ['Tengo el agrado de dirigirme a usted para remitir la información solicitada. Durante el año 2022 se desarrolló el curso virtual autoformativo '
             '"Escuelas seguras frente a la trata y la explotación", dirigido a docentes y directivos de instituciones educativas públicas.',
             'El número de docentes que culminaron satisfactoriamente el curso, según región, es el siguiente:'])
    data = [('Amazonas', 312), ('Cusco', 1045), ('Huánuco', 488), ('Junín', 736), ('Loreto', 902), ('Madre de Dios', 267), ('Piura', 1183), ('Puno', 854), ('Ucayali', 391)]
    rows = [[r, Cn(n, 'docente', y=2022)] for r, n in data]
    rows.append(['Total', Cn(sum(n for _, n in data), 'docente', y=2022)])
    R.table([['Región', 'Docentes certificados']], rows, widths=(5.0, 4.0), bold_rows=(len(rows) - 1,), head_shade='E2EFDA')
    body(R, [f"Además, se distribuyeron {Cn(15800, 'guía', st='eu', y=2022)} guías para tutoría y se realizaron {C('9', 9, 'asistencia técnica', y=2022)} asistencias técnicas a las Direcciones Regionales de Educación. "
             f"La tasa de culminación del curso fue de {P('63,8%', 63.8, y=2022)}."])
    R.sign('Mg. CLAUDIA PATRICIA ESPINOZA LEÓN', 'Directora General de Calidad de la Gestión Escolar')


def k015():
    ref = 'UNODC/LPOP/2023/017'
    R = new('k015', 'answered', None, ['prosecution', 'governance', 'protection'], ('2021-01-01', '2022-12-31'),
            S('United Nations Office on Drugs and Crime - Peru', 'UNODC', 'foreign'), ref, ['request No. 2023-0112'], '2023-02-14',
            'English letter of an international organisation, table by year with US$ in column header', lang='en', notes='International organisation, recorded as kind foreign.')
    R.header(['United Nations Office on Drugs and Crime', 'Liaison and Partnership Office in Peru', 'Av. Javier Prado Oeste 640, San Isidro, Lima'], align='l')
    R.p('Lima, 14 February 2023', align='r')
    R.p('Our ref.: ' + ref, bold=True)
    to(R, ['Ms. Daniela Ortega Ruiz', 'Lima'])
    R.p('Subject: Your request No. 2023-0112 on UNODC support to the fight against trafficking in persons in Peru, 2021-2022', bold=True, after=8)
    body(R, ['Dear Ms. Ortega,',
             'Thank you for your request. Although UNODC is not bound by Peruvian Law 27806, we are pleased to share the following public information on our technical assistance to Peruvian institutions in 2021 and 2022.'])
    R.table([['Activity', '2021', '2022']],
            [['Police officers and prosecutors trained', C('148', 148, 'officer', y=2021), C('164', 164, 'officer', y=2022)],
             ['Judges trained', C('22', 22, 'judge', y=2021), C('35', 35, 'judge', y=2022)],
             ['Victims referred to specialised services', C('41', 41, 'victim', y=2021), C('57', 57, 'victim', y=2022)],
             ['Project expenditure', Mf(212400, dec=0, pre='US$ ', y=2021, r='e', cur='USD', u='cell'), Mf(238150, dec=0, pre='US$ ', y=2022, r='e', cur='USD', u='cell')]],
            widths=(8.0, 3.0, 3.0), head_shade='DDEBF7')
    body(R, [f"In addition, UNODC supported the Ministry of the Interior in updating the RETA case registry, which reached {P('96 percent', 96.0, y=2022)} of police units by December 2022.",
             'Yours sincerely,'])
    R.sign('Thomas H. Whitaker', 'Programme Coordinator', 'UNODC Peru', align='l', before=18)


def k016():
    ref = 'OFICIO N° 1127-2021-DSAME-DGIESP/MINSA'
    R = new('k016', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'), ref, ['Nota Informativa N° 0344-2021-DSAME-DGIESP/MINSA'], '2021-04-20',
            'oficio, monthly ruled table with shaded header and total row')
    letter(R, ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública', 'Dirección de Salud Mental'], 2021,
           'Lima, 20 de abril de 2021', ref, ['Señora', 'VERÓNICA ISABEL CHÁVEZ LUNA', 'Presente'],
           [('ASUNTO:', 'Atenciones en salud mental a víctimas de trata de personas, enero - diciembre 2020')])
    body(R, ['Me dirijo a usted con relación a su solicitud, para informarle que según lo consolidado en la Nota Informativa N° 0344-2021-DSAME-DGIESP/MINSA, los Centros de Salud Mental Comunitarios registraron en el año 2020 las siguientes atenciones a personas víctimas de trata (código CIE-10 T74.8 y Z04.5 asociado):'])
    data = [('Enero', 38), ('Febrero', 41), ('Marzo', 22), ('Abril', 9), ('Mayo', 14), ('Junio', 19), ('Julio', 27), ('Agosto', 33),
            ('Setiembre', 36), ('Octubre', 44), ('Noviembre', 40), ('Diciembre', 31)]
    pats = [12, 15, 8, 3, 5, 7, 10, 11, 13, 16, 14, 9]
    rows = [[m, C(str(n), n, 'atención', y=2020), C(str(p), p, 'persona', y=2020)] for (m, n), p in zip(data, pats)]
    rows.append(['Total', C('354', 354, 'atención', y=2020), C('123', 123, 'persona', y=2020)])
    R.table([['Mes', 'Atenciones', 'Personas atendidas (nuevas)']], rows, widths=(4.0, 3.0, 4.5), bold_rows=(12,), head_shade='BFBFBF', size=9.5)
    body(R, [f"Del total de personas atendidas, el {P('81.3%', 81.3, y=2020)} fueron mujeres. La información proviene del sistema HIS-MINSA.",
             f"El costo estimado de estas atenciones, financiado con cargo al Programa Presupuestal de Control y Prevención en Salud Mental, ascendió a {M('S/ 184.320,50', 184320.5, y=2020, r='e')}."])
    R.sign('M.C. ALBERTO JOSÉ RAMOS CÁRDENAS', 'Director Ejecutivo de Salud Mental')


def k017():
    ref = 'OFICIO N° 155-2022/GOB.REG.TUMBES-GRDS-GR'
    R = new('k017', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'), ref, ['Informe N° 044-2022/GOB.REG.TUMBES-GRDS-SGPS'], '2022-03-02',
            'oficio, ruled table of 2021 results next to 2022 targets (mixed), wrapped headers', notes='Mixed: 2021 results (requested year) next to 2022 targets.')
    letter(R, ['GOBIERNO REGIONAL TUMBES', 'Gerencia Regional de Desarrollo Social'], 2022, 'Tumbes, 02 de marzo de 2022', ref,
           ['Señor', 'FRANCO ELÍAS NAVARRO SILUPÚ', 'Presente.-'],
           [('ASUNTO:', 'Información sobre el Plan Regional contra la Trata de Personas - año 2021')])
    body(R, ['Me dirijo a usted para hacerle llegar, adjunto al Informe N° 044-2022/GOB.REG.TUMBES-GRDS-SGPS, el reporte de cumplimiento del Plan Regional contra la Trata de Personas de Tumbes, con los logros alcanzados en 2021 y las metas previstas para 2022:'])
    R.table([['Actividad', 'Logro\nalcanzado\n2021', 'Meta\nprogramada\n2022']],
            [['Sesiones de la Mesa Regional', C('5', 5, 'sesión', y=2021), C('6', 6, 'sesión', y=2022)],
             ['Operativos de control en la frontera (apoyo)', C('12', 12, 'operativo', y=2021), C('15', 15, 'operativo', y=2022)],
             ['Charlas en colegios de Zarumilla y Aguas Verdes', C('18', 18, 'charla', y=2021), C('30', 30, 'charla', y=2022)],
             ['Personas sensibilizadas', Cn(2416, 'persona', y=2021), Cn(4000, 'persona', y=2022)]],
            colnames=[None, 'Logro alcanzado 2021', 'Meta programada 2022'], widths=(8.0, 3.0, 3.0))
    body(R, [f"El presupuesto ejecutado en 2021 fue de {M('S/ 46 870,00', 46870.0, y=2021, r='e')}.",
             'Atentamente,'])
    R.sign('Lic. ROSA ELENA PURIZACA ZAPATA', 'Gerente Regional de Desarrollo Social')


def k018():
    ref = 'OFICIO N° 000045-2021-GAD-CSJUC-PJ'
    R = new('k018', 'answered', None, ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Corte Superior de Justicia de Ucayali', 'CSJUC', 'autonomous'), ref, ['Carta s/n recibida el 18.01.2021'], '2021-01-27',
            'short oficio, substantive null answer (no cases registered in the period)')
    letter(R, ['PODER JUDICIAL', 'CORTE SUPERIOR DE JUSTICIA DE UCAYALI', 'Gerencia de Administración Distrital'], 2021,
           'Pucallpa, 27 de enero de 2021', ref, ['Señorita', 'LIZ KATHERINE RUIZ PANDURO', 'Jr. Tarapacá N° 610 - Callería'],
           [('ASUNTO:', 'Se informa sobre expedientes por delito de trata de personas'), ('REF.:', 'Carta s/n recibida el 18.01.2021')])
    body(R, ['Tengo el agrado de dirigirme a usted, a fin de comunicarle que, efectuada la consulta en el Sistema Integrado Judicial (SIJ), '
             f"se verificó que en el periodo enero - diciembre de 2020 se registraron cero ({C('0', 0, 'expediente', y=2020)}) expedientes por el delito de trata de personas en los juzgados penales de este Distrito Judicial, por lo que no se emitieron sentencias sobre dicha materia.",
             'Lo que comunico a usted para los fines pertinentes.'])
    R.sign('C.P.C. EDWIN RAFAEL SORIA VÁSQUEZ', 'Gerente de Administración Distrital')


def k019():
    ref = 'Diplomatic Note No. 0412/2020'
    R = new('k019', 'answered', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Embassy of the United States of America in Peru', None, 'foreign'), ref, [], '2020-02-06',
            'English letter of a foreign embassy, ruled table of grants with amounts in cells (US$), total row', lang='en')
    R.header(['EMBASSY OF THE UNITED STATES OF AMERICA', 'Bureau of International Narcotics and Law Enforcement Affairs (INL) Section', 'Lima, Peru'])
    R.p('February 6, 2020', align='r')
    R.p(ref, bold=True)
    to(R, ['Mr. Rodrigo Salinas Vega', 'Lima'])
    R.p('Re: Information on U.S. assistance against trafficking in persons in Peru during 2019', bold=True, after=8)
    body(R, ['Dear Mr. Salinas,', 'In response to your letter, the Embassy is pleased to provide a summary of the anti-trafficking grants active in Peru during calendar year 2019:'])
    R.table([['Project', 'Implementing partner', 'Amount obligated 2019']],
            [['Shelter and reintegration services in Madre de Dios', 'Local NGO consortium', M('US$ 385,000', 385000.0, y=2019, r='a', cur='USD')],
             ['Awareness campaign in schools of Cusco and Puno', 'Regional education offices', M('US$ 120,500', 120500.0, y=2019, r='a', cur='USD')],
             ['Strengthening of the regional networks against trafficking', 'Regional governments', M('US$ 96,750', 96750.0, y=2019, r='a', cur='USD')],
             ['Total', '', M('US$ 602,250', 602250.0, y=2019, r='a', cur='USD')]],
            widths=(7.0, 5.0, 3.5), unit='cell', bold_rows=(3,))
    body(R, [f"These projects reached {Cn(3240, 'student', y=2019)} students and provided shelter to {C('71', 71, 'survivor', y=2019)} survivors in 2019.",
             'Sincerely,'])
    R.sign('Jennifer L. Moorhouse', 'Director, INL Section', align='l', before=18)


def k020():
    ref = 'OFICIO N° 218-2023-MPA/GDS'
    R = new('k020', 'answered', None, ['prevention', 'governance'], ('2023-01-01', '2023-06-30'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'), ref, ['Solicitud con registro N° 23-041155'], '2023-07-25',
            'oficio, semester request, money with "mil", counts in a sentence list')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Social'], 2023, 'Arequipa, 25 de julio de 2023', ref,
           ['Señora', 'PAOLA ANDREA ZEBALLOS CORNEJO', 'Presente.-'],
           [('ASUNTO:', 'Acciones contra la trata de personas - primer semestre 2023'), ('REFERENCIA:', 'Solicitud con registro N° 23-041155')])
    body(R, ['Me dirijo a usted para informar que, durante el primer semestre del año 2023, la Municipalidad Provincial de Arequipa, en cumplimiento de la Ordenanza Municipal que aprueba el Plan Provincial contra la Trata de Personas, realizó: '
             f"{C('7', 7, 'campaña', y=2023)} campañas en terminales terrestres, {C('12', 12, 'charla', y=2023)} charlas en mercados, "
             f"{C('3', 3, 'sesión', y=2023)} sesiones de la Red Provincial y {C('2', 2, 'capacitación', y=2023)} capacitaciones a serenos y fiscalizadores municipales.",
             f"Para ello se dispuso de {M('S/ 35 mil', 35000.0, y=2023, r='a')} del presupuesto institucional, de los cuales se ha devengado {M('S/ 19 240', 19240.0, y=2023, r='e')} al 30 de junio.",
             'En el mismo semestre no se registraron casos de presuntas víctimas de trata derivados a la DEMUNA provincial, por lo que no se brindó atención en esa materia.'])
    R.sign('Abog. VÍCTOR HUGO SALAS PINTO', 'Gerente de Desarrollo Social')


# ---------------- out_of_period ----------------

def k021():
    ref = 'OFICIO N° 0097-2021-GR-PUNO/GRDS'
    R = new('k021', 'out_of_period', None, ['prevention', 'governance'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional Puno', 'GRP', 'regional_government'), ref, [], '2021-02-18',
            'oficio; requested year only in the subject line; table with 2018-2019 activities only')
    letter(R, ['GOBIERNO REGIONAL PUNO', 'Gerencia Regional de Desarrollo Social'], 2021, 'Puno, 18 de febrero de 2021', ref,
           ['Señor', 'EDWIN CHOQUEHUANCA APAZA', 'Presente.-'],
           [('ASUNTO:', 'Solicita información sobre acciones contra la trata de personas del año 2020')])
    body(R, ['Es grato dirigirme a usted para remitirle la información disponible en esta Gerencia sobre las acciones del Consejo Regional contra la Trata de Personas:'])
    R.table([['Acción', '2018', '2019']],
            [['Reuniones del Consejo Regional', C('4', 4, 'reunión', y=2018), C('6', 6, 'reunión', y=2019)],
             ['Ferias de sensibilización', C('3', 3, 'feria', y=2018), C('8', 8, 'feria', y=2019)],
             ['Spots radiales difundidos en quechua y aimara', C('150', 150, 'spot', y=2018), C('320', 320, 'spot', y=2019)],
             ['Presupuesto ejecutado', Mf(15600.00, pre='S/ ', y=2018, r='e', u='cell'), Mf(27850.00, pre='S/ ', y=2019, r='e', u='cell')]],
            widths=(8.0, 3.0, 3.0))
    body(R, ['Es todo cuanto se informa.'])
    R.sign('Lic. MARCO ANTONIO QUISPE TICONA', 'Gerente Regional de Desarrollo Social')


def k022():
    ref = 'OF. RE (DGC) N° 2-5-E/384'
    R = new('k022', 'out_of_period', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'), ref, [], '2022-11-08',
            'oficio; only plans and targets for 2023 for a 2021 request')
    letter(R, ['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'], 2022,
           'Lima, 8 de noviembre de 2022', ref, ['Señora', 'MARÍA DEL PILAR ROMERO CASAS', 'Presente'],
           [('Asunto:', 'Asistencia a connacionales víctimas de trata en el exterior (año 2021)')])
    body(R, ['Tengo el agrado de dirigirme a usted en relación con su solicitud. Al respecto, esta Dirección General se encuentra consolidando la información de los consulados correspondiente al año 2021, la cual aún no ha sido validada.',
             f"No obstante, se informa que el Plan Operativo Institucional 2023 prevé asistir a {C('40', 40, 'connacional', y=2023)} connacionales víctimas de trata en el exterior, "
             f"capacitar a {C('25', 25, 'funcionario consular', y=2023)} funcionarios consulares y destinar {M('US$ 60,000.00', 60000.0, y=2023, r='a', cur='USD')} del Fondo de Asistencia Humanitaria para repatriaciones."])
    R.sign('Embajador LUIS ALBERTO MENDOZA GARCÍA', 'Director General de Comunidades Peruanas en el Exterior y Asuntos Consulares')


def k023():
    ref = 'OFICIO N° 317-2023-INEI/DTDIS'
    R = new('k023', 'out_of_period', None, ['governance', 'prosecution'], ('2022-07-01', '2022-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'), ref, [], '2023-01-24',
            'oficio; second semester asked, first semester given; monthly table with total')
    letter(R, ['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Técnica de Demografía e Indicadores Sociales'], 2023,
           'Lima, 24 de enero de 2023', ref, ['Señor', 'BRUNO SEBASTIÁN LAZO PINEDA', 'Presente.-'],
           [('ASUNTO:', 'Estadísticas de denuncias por trata de personas, segundo semestre de 2022')])
    body(R, ['Me dirijo a usted para comunicarle que la información del segundo semestre de 2022 se encuentra en proceso de consolidación con el Ministerio del Interior y el Ministerio Público, y será publicada en el boletín anual.',
             'A la fecha, se cuenta con la información validada del primer semestre de 2022, que se detalla a continuación:'])
    data = [('Enero', 52), ('Febrero', 47), ('Marzo', 66), ('Abril', 58), ('Mayo', 71), ('Junio', 63)]
    rows = [[m, C(str(n), n, 'denuncia', y=2022)] for m, n in data]
    rows.append(['Total I semestre', C('357', 357, 'denuncia', y=2022)])
    R.table([['Mes (2022)', 'Denuncias registradas']], rows, widths=(4.5, 4.0), bold_rows=(6,), ruled='hlines')
    R.p('Fuente: Sistema de Registro y Estadística del Delito de Trata de Personas (RETA-PNP).', size=8, italic=True)
    R.sign('Econ. TERESA ANGÉLICA YUPANQUI BARRA', 'Directora Técnica de Demografía e Indicadores Sociales')


def k024():
    ref = 'CARTA N° 000233-2022/GRI/RENIEC'
    R = new('k024', 'out_of_period', None, ['protection'], ('2017-01-01', '2018-12-31'),
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'other'), ref, ['Hoja de Envío N° 001877-2022/SGAS/RENIEC'], '2022-05-12',
            'carta; later years (2020-2021) given for a 2017-2018 request; counts in prose')
    letter(R, ['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Gerencia de Restitución de la Identidad y Apoyo Social'], 2022,
           'Lima, 12 de mayo de 2022', ref, ['Señor', 'MANUEL ANTONIO ESPINOZA CAMPOS', 'Presente.-'],
           [('Asunto:', 'DNI gratuitos a víctimas de trata de personas en los años 2017 y 2018'), ('Referencia:', 'Hoja de Envío N° 001877-2022/SGAS/RENIEC')])
    body(R, ['Me dirijo a usted en atención a su pedido. Se informa que el registro diferenciado de trámites gratuitos para víctimas de trata fue implementado en el sistema recién en el año 2020, por lo que solo se dispone de información a partir de dicho año.',
             f"En el año 2020 se emitieron {C('58', 58, 'DNI', y=2020)} DNI gratuitos a víctimas derivadas por el MIMP y la Fiscalía, y en el año 2021 se emitieron {C('83', 83, 'DNI', y=2021)}, "
             f"de los cuales {C('31', 31, 'DNI', y=2021)} correspondieron a menores de edad. La gratuidad de dichos trámites representó un costo asumido por la entidad de {M('4,935.00 soles', 4935.0, y=2021)}."])
    R.sign('Abog. JESÚS ENRIQUE PALACIOS RAMOS', 'Gerente de Restitución de la Identidad y Apoyo Social')


def k025():
    ref = 'OFICIO N° 041-2020-MDI/GDS'
    R = new('k025', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'), ref, [], '2020-01-20',
            'oficio; monthly table (2017) with total; requested 2019')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Huaraz - Áncash', 'Gerencia de Desarrollo Social'], 2020,
           'Independencia, 20 de enero de 2020', ref, ['Señora', 'JUDITH MARLENE HUERTA OSORIO', 'Presente.-'],
           [('ASUNTO:', 'Se remite información sobre actividades de prevención de trata de personas'),
            ('REF.:', 'Solicitud de información de fecha 06.01.2020 (periodo 2019)')])
    body(R, ['Tengo el agrado de dirigirme a usted, para remitirle el reporte de charlas de prevención desarrolladas por la DEMUNA en instituciones educativas del distrito, según el último registro consolidado con que cuenta esta Gerencia (año 2017):'])
    data = [('Marzo', 2, 140), ('Abril', 3, 205), ('Mayo', 4, 310), ('Junio', 1, 62), ('Setiembre', 2, 118), ('Octubre', 3, 190)]
    rows = [[m, C(str(a), a, 'charla', y=2017), C(str(b), b, 'estudiante', y=2017)] for m, a, b in data]
    rows.append(['TOTAL 2017', C('15', 15, 'charla', y=2017), Cn(1025, 'estudiante', y=2017)])
    R.table([['Mes', 'Charlas', 'Estudiantes participantes']], rows, widths=(4.0, 2.5, 4.5), bold_rows=(6,))
    body(R, ['Sin otro particular, hago propicia la oportunidad para expresarle mi consideración.'])
    R.sign('Lic. WILDER JAVIER HUAMÁN OBREGÓN', 'Gerente de Desarrollo Social')


def k026():
    ref = 'OFICIO N° 000188-2023-MIMP-INABIF-DE'
    R = new('k026', 'out_of_period', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'ministry'), ref, ['Memorando N° 000412-2023-MIMP-INABIF-UPP'], '2023-04-03',
            'oficio (requested year only in the reference line) + landscape SIAF annex of 2020 with "(en soles)" in the caption', notes='INABIF is a national programme of the MIMP; kind recorded as ministry.')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Integral Nacional para el Bienestar Familiar - INABIF', 'Dirección Ejecutiva'], 2023,
           'Lima, 03 de abril de 2023', ref, ['Señor', 'GONZALO IVÁN REÁTEGUI SOTO', 'Presente.-'],
           [('Asunto:', 'Remite información presupuestal'), ('Referencia:', 'Solicitud de acceso a la información - presupuesto ejecutado en 2022 en CAR para víctimas de trata')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle, adjunto al Memorando N° 000412-2023-MIMP-INABIF-UPP, el reporte de ejecución presupuestal de los Centros de Acogida Residencial especializados en víctimas de trata, correspondiente al último ejercicio cerrado y conciliado por la Unidad de Planeamiento y Presupuesto.'])
    R.sign('Lic. SANDRA JUDITH MORI ARÉVALO', 'Directora Ejecutiva (e)')
    R.landscape()
    siaf(R, [('0014', 'CAR especializado Lima', [1250000.00, 1318400.00, 1301210.55, 1301210.55, 1288905.30, 1288905.30]),
             ('0015', 'CAR especializado Cusco', [640000.00, 702350.00, 690118.40, 690118.40, 671204.75, 665980.10]),
             ('0016', 'CAR especializado Madre de Dios', [580000.00, 566900.00, 560000.00, 560000.00, 548733.20, 548733.20])],
         2020, caption='EJECUCIÓN PRESUPUESTAL AÑO FISCAL 2020 - CAR ESPECIALIZADOS (en soles)', unit='caption',
         widths=(1.4, 6.5, 2.6, 2.6, 2.6, 2.6, 2.6, 2.6, 1.8))
    R.p('Fuente: SIAF - Módulo de Procesos Presupuestarios.', size=8, italic=True)
