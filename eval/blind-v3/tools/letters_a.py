# -*- coding: utf-8 -*-
from lib import *


def c301():
    r = Reply('c301', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['governance', 'protection'], period_start='2017-01-01', period_end='2019-06-30',
              period_stated=True,
              sender={'name': 'Ministerio de la Mujer y Poblaciones Vulnerables', 'acronym': 'MIMP', 'kind': 'ministry'},
              reference='OFICIO N° 1187-2019-MIMP/DGCVG', cited_references=['INFORME TÉCNICO N° 044-2019-MIMP/DGCVG-DATPS-MLQ'],
              letter_date='2019-08-12', language='es', on_topic=True, photo=True,
              layout='oficio + informe técnico; letterhead in page header with logo; ruled table with two-level merged header (year over PIM/Devengado), unit in caption',
              notes='Period "desde enero de 2017 hasta junio de 2019" restated in the subject.')
    lg = logo_png('peru_shield', 'PERÚ', 'shield', (150, 20, 20))
    r.header(['PERÚ   Ministerio de la Mujer y Poblaciones Vulnerables',
              'Viceministerio de la Mujer — Dirección General contra la Violencia de Género'], logo=(lg, 1.3), size=8)
    r.p('"Decenio de la Igualdad de Oportunidades para mujeres y hombres"\n"Año de la Lucha contra la Corrupción y la Impunidad"', align='c', italic=True, size=8.5)
    r.p('Lima, 12 de agosto de 2019', align='r', before=6)
    r.p('OFICIO N° 1187-2019-MIMP/DGCVG', bold=True, under=True)
    r.p('Señora\nROSARIO QUISPE HUAMANÍ\nJr. Los Geranios 412, Urb. Santa Luzmila, Comas\nPresente.-', after=8)
    r.p('Asunto\t:\tSolicitud de acceso a la información pública sobre acciones en materia de trata de personas desde enero de 2017 hasta junio de 2019.', indent=0, after=2)
    r.p('Referencia\t:\tSolicitud con Registro N° 0045871-2019 (15.07.2019)', after=8)
    r.p('Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información sobre el presupuesto y las acciones de atención a víctimas de trata de personas, en el marco de la Política Nacional frente a la Trata de Personas y sus Formas de Explotación.', align='j')
    r.p('Al respecto, remito adjunto el Informe Técnico N° 044-2019-MIMP/DGCVG-DATPS-MLQ, elaborado por la Dirección de Asistencia Técnica y Promoción Social, que contiene la información solicitada. Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi especial consideración.', align='j')
    r.p('Atentamente,', before=6)
    r.sign('MARIELA FLORES CÁRDENAS', 'Directora General', 'Dirección General contra la Violencia de Género')
    r.p('MFC/jlr\nC.c.: Archivo\nRegistro SGD: 00918-2019', size=7.5, before=14)
    r.pagebreak()
    r.p('INFORME TÉCNICO N° 044-2019-MIMP/DGCVG-DATPS-MLQ', bold=True, align='c')
    r.p('A\t\t: MARIELA FLORES CÁRDENAS, Directora General\nDE\t\t: MARTÍN LOZANO QUIROZ, Especialista\nASUNTO\t: Información sobre trata de personas, periodo 2017 - I semestre 2019\nFECHA\t: Lima, 08 de agosto de 2019', size=10)
    r.p('I. ANTECEDENTES', bold=True, before=6)
    r.p('Mediante Decreto Supremo N° 017-2017-IN se aprobó el Plan Nacional contra la Trata de Personas 2017-2021, cuyo Eje Estratégico 3 corresponde a la atención, protección y reintegración de las víctimas. El artículo 7 del Reglamento de la Ley N° 28950 asigna al MIMP funciones de protección.', align='j')
    r.p('II. ANÁLISIS', bold=True, before=6)
    r.p('2.1 Durante el periodo solicitado la Dirección gestionó la atención de víctimas a través de los Centros de Atención Residencial especializados. En 2017 se atendió a ' + C('83', 83, 'víctima', y=2017) + ' víctimas; en 2018 a ' + C('117', 117, 'víctima', y=2018) + ', y en el primer semestre de 2019 a ' + C('64', 64, 'víctima', y=2019) + ' víctimas, de las cuales ' + C('52', 52, 'víctima', y=2019) + ' eran mujeres menores de edad.', align='j')
    r.p('2.2 El presupuesto destinado a estas acciones se detalla a continuación:', align='j')
    head = [['Año', 'Presupuesto Institucional\nModificado (PIM)', 'Devengado', 'Avance\n%'], ]
    rows = [
        ['2017', M('1 250 000,00', 1250000, y=2017, r='a'), M('1 104 381,52', 1104381.52, y=2017, r='e'), P('88,4', 88.4, y=2017)],
        ['2018', M('1 730 500,00', 1730500, y=2018, r='a'), M('1 692 017,10', 1692017.10, y=2018, r='e'), P('97,8', 97.8, y=2018)],
        ['2019 (a junio)', M('1 812 000,00', 1812000, y=2019, r='a'), M('744 926,35', 744926.35, y=2019, r='e'), P('41,1', 41.1, y=2019)],
    ]
    r.table(head, rows, widths=[3.5, 4.5, 4.0, 2.2], caption='Cuadro N° 1. Presupuesto para atención de víctimas de trata (en soles)',
            unit='caption', colnames=[None, 'Presupuesto Institucional Modificado (PIM)', 'Devengado', 'Avance %'],
            note='Fuente: Consulta amigable MEF, Meta 0087, actividad 5005936. Fecha de consulta: 05.08.2019.')
    r.p('2.3 Adicionalmente, la Dirección cofinanció la Mesa Multisectoral de Trabajo de Madre de Dios con ' + M('S/ 38 400,00', 38400, y=2018, r='e') + ' ejecutados en 2018.', align='j')
    r.p('III. CONCLUSIÓN', bold=True, before=6)
    r.p('Se remite la información para su atención a la administrada, conforme al TUO de la Ley N° 27806, aprobado por Decreto Supremo N° 021-2019-JUS.', align='j')
    r.sign('MARTÍN LOZANO QUIROZ', 'Especialista — DATPS', before=20)
    r.footer('Jr. Camaná N° 616, Cercado de Lima — Central telefónica (01) 626-1600 — www.gob.pe/mimp', pagenum='Página {P} de {N}')
    return r


def c302():
    r = Reply('c302', font='Times New Roman', size=11.5, status='answered', missing_kind=None,
              axes=['prosecution', 'governance'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio del Interior', 'acronym': 'MININTER', 'kind': 'ministry'},
              reference='OFICIO N° 000342-2019/IN/DGSD', cited_references=['Ley N° 27806'],
              letter_date='2019-03-18', language='es', on_topic=True, photo=True,
              layout='oficio, centred letterhead text, unruled table of complaints by region with total row, figures also in prose',
              notes='Table unruled (no borders); the total row is a figure too. RETA-PNP is a system name, governance.')
    r.p('MINISTERIO DEL INTERIOR', align='c', bold=True, size=13, after=0)
    r.p('Dirección General de Seguridad Democrática', align='c', after=0)
    r.p('Dirección de Derechos Fundamentales', align='c', italic=True, after=10)
    r.p('"Año de la Lucha contra la Corrupción y la Impunidad"', align='c', size=9)
    r.p('Lima, 18 MAR. 2019', align='r')
    r.p('OFICIO N° 000342-2019/IN/DGSD', bold=True)
    r.p('Señor\nCARLOS ENRIQUE PAREDES VILCA\nInvestigador — Av. Arequipa 2850, dpto. 301, Lince\nCorreo: cparedes.inv@correo.pe', after=8)
    r.p('Asunto: Atención a solicitud de información — denuncias por trata de personas, año 2018', bold=True)
    r.p('De mi consideración:', before=4)
    r.p('Me dirijo a usted en relación con su solicitud presentada al amparo de la Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública, por la cual requiere el número de denuncias registradas por el delito de trata de personas durante el año 2018, por región.', align='j', first=1.0)
    r.p('Según el Sistema de Registro y Estadística del delito de Trata de Personas y Afines (RETA-PNP), en 2018 se registraron ' + C('1 407', 1407, 'denuncia', y=2018) + ' denuncias a nivel nacional, lo que representa un incremento de ' + P('9,6 %', 9.6) + ' respecto del año anterior. Las regiones con mayor número de registros fueron Lima y Madre de Dios, conforme al detalle:', align='j', first=1.0)
    rows = [['Lima Metropolitana', C('412', 412, 'denuncia', y=2018)], ['Madre de Dios', C('188', 188, 'denuncia', y=2018)],
            ['Cusco', C('141', 141, 'denuncia', y=2018)], ['Loreto', C('97', 97, 'denuncia', y=2018)],
            ['Puno', C('86', 86, 'denuncia', y=2018)], ['Arequipa', C('74', 74, 'denuncia', y=2018)],
            ['Otras regiones (19)', C('409', 409, 'denuncia', y=2018)], ['TOTAL', C('1 407', 1407, 'denuncia', y=2018)]]
    r.table([['Región', 'N° de denuncias 2018']], rows, widths=[6.0, 4.0], ruled='none', bold_rows=(7,), size=10.5, unit='column')
    r.p('Cabe precisar que una denuncia puede comprender a más de una víctima. Asimismo, la Dirección participa en la Comisión Multisectoral de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes, creada por Decreto Supremo N° 001-2016-IN.', align='j', first=1.0)
    r.p('Atentamente,')
    r.sign('Abog. LUIS ALBERTO MEZA RIVERA', 'Director de Derechos Fundamentales', 'Ministerio del Interior', align='l')
    r.footer('Plaza 30 de Agosto s/n, Urb. Corpac, San Isidro — Teléfono 518-0000', size=7)
    return r


def c303():
    r = Reply('c303', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['prosecution', 'protection'], period_start='2019-01-01', period_end='2019-06-30', period_stated=True,
              sender={'name': 'Policía Nacional del Perú - División de Investigación de Delitos de Trata de Personas y Tráfico Ilícito de Migrantes', 'acronym': 'PNP-DIVINTRAP', 'kind': 'police'},
              reference='INFORME N° 128-2019-DIRNIC PNP/DIVINTRAP-DEPINTRAP.SEC', cited_references=['Hoja de Trámite N° 2019-0087412'],
              letter_date='2019-07-22', language='es', on_topic=True, photo=True,
              layout='police informe with letterhead in a bordered table (logo box | unit names | classification), figures in a bulleted list, ordinal sections',
              notes='Period "primer semestre de 2019". Phone 1818 is a hotline number, not a figure.')
    lg = logo_png('pnp', 'PNP', 'circle', (20, 90, 40))
    r.letterhead_table((lg, 1.8), ['POLICÍA NACIONAL DEL PERÚ', 'Dirección Nacional de Investigación Criminal — DIRNIC', 'División de Investigación de Delitos de Trata de Personas y Tráfico Ilícito de Migrantes'],
                       right='USO OFICIAL\nDEPINTRAP\nSecretaría', border=True)
    r.p('')
    r.p('INFORME N° 128-2019-DIRNIC PNP/DIVINTRAP-DEPINTRAP.SEC', bold=True, align='c')
    r.p('ASUNTO\t\t:\tInformación estadística del primer semestre de 2019 solicitada en el marco de la Ley N° 27806.\nREFERENCIA\t:\tHoja de Trámite N° 2019-0087412 del 02JUL2019.', size=9.5)
    r.p('I. INFORMACIÓN', bold=True, before=8)
    r.p('A. Que, con el documento de la referencia, la Secretaría de la DIRNIC PNP remite la solicitud del ciudadano Jorge Tineo Salas (DNI N° 40718832), quien requiere información sobre las intervenciones realizadas por esta División durante el primer semestre de 2019.', align='j')
    r.p('B. Que, revisados los registros del Departamento de Investigación de Trata de Personas, se obtuvo lo siguiente para el periodo del 01 de enero al 30 de junio de 2019:', align='j')
    r.bullets(['Operativos policiales ejecutados: ' + C('46', 46, 'operativo', y=2019) + '.',
               'Presuntas víctimas rescatadas: ' + C('213', 213, 'víctima', y=2019) + ' (de ellas, ' + C('71', 71, 'víctima', y=2019) + ' menores de edad y ' + C('38', 38, 'víctima', y=2019) + ' de nacionalidad venezolana).',
               'Personas detenidas en flagrancia: ' + C('59', 59, 'detenido', y=2019) + '.',
               'Atestados e informes policiales remitidos a la Fiscalía: ' + C('33', 33, 'informe policial', y=2019) + '.',
               'Locales clausurados en coordinación con gobiernos locales: ' + C('12', 12, 'local', y=2019) + '.'])
    r.p('C. Las víctimas rescatadas fueron puestas a disposición de la Unidad de Protección Especial (UPE) del MIMP y de la Unidad Distrital de Asistencia a Víctimas y Testigos del Ministerio Público para su atención. La línea gratuita 1818 opción 1 continúa recibiendo denuncias las 24 horas.', align='j')
    r.p('II. CONCLUSIÓN', bold=True, before=8)
    r.p('Se ha dado respuesta a lo solicitado, debiendo elevarse el presente para los fines pertinentes.', align='j')
    r.p('Lima, 22 de julio de 2019.', align='r')
    r.sign('MARCO ANTONIO SALDAÑA TORRES', 'Comandante PNP — Jefe del DEPINTRAP', 'CIP N° 312458', align='r')
    return r


def c304():
    r = Reply('c304', font='Liberation Sans Narrow', size=10.5, status='answered', missing_kind=None,
              axes=['prosecution'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Ministerio Público - Fiscalía de la Nación', 'acronym': 'MP-FN', 'kind': 'autonomous'},
              reference='OFICIO N° 000219-2019-MP-FN-FSCNFETP', cited_references=[],
              letter_date='2019-02-27', language='es', on_topic=True, photo=True,
              layout='oficio on portrait page + landscape annex page with two-level merged header table by distrito fiscal (carpetas by stage), totals row',
              notes='Sender is the Fiscalía Superior Coordinadora Nacional de las Fiscalías Especializadas en Delitos de Trata de Personas (FISTRAP) within the Ministerio Público. Figures on page 2 (landscape).')
    lg = logo_png('mp', 'MP', 'square', (30, 30, 110))
    r.header(['MINISTERIO PÚBLICO — FISCALÍA DE LA NACIÓN', 'Fiscalía Superior Coordinadora Nacional de las Fiscalías Especializadas en Delitos de Trata de Personas'], logo=(lg, 1.2), align='l', size=8)
    r.p('Lima, 27 de febrero de 2019', align='r')
    r.p('OFICIO N° 000219-2019-MP-FN-FSCNFETP', bold=True)
    r.p('Señora:\nLIZ CARMEN ARANDA POMA\nCalle Las Palmeras 155, Los Olivos', after=6)
    r.p('Ref.: Solicitud de acceso a la información pública s/n, recibida el 12.02.2019 — Carpetas fiscales por trata de personas del año 2018', bold=True)
    r.p('Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para remitirle en anexo el cuadro estadístico de las carpetas fiscales ingresadas durante el año 2018 en las Fiscalías Provinciales Especializadas en Delitos de Trata de Personas (FISTRAP) a nivel nacional, según etapa procesal.', align='j')
    r.p('Es preciso señalar que la información proviene del Sistema de Gestión Fiscal (SGF) con fecha de corte al 31 de enero de 2019, y que las cifras pueden variar por actualización de los registros.', align='j')
    r.p('Sin otro particular, quedo de usted.', before=4)
    r.sign('JUANA ROSA BENAVIDES OCHOA', 'Fiscal Superior Coordinadora Nacional', 'FISTRAP — Ministerio Público', before=24)
    sec = r.landscape()
    r.p('ANEXO — CARPETAS FISCALES POR DELITO DE TRATA DE PERSONAS, AÑO 2018', bold=True, align='c')
    head = [['Distrito Fiscal', 'Carpetas\ningresadas', 'Etapa de investigación', '', 'Etapa intermedia', '', 'Sentencias', ''],
            ['', '', 'Preliminar', 'Preparatoria\n(formalizadas)', 'Acusaciones', 'Sobreseimientos', 'Condenatorias', 'Absolutorias']]
    data = [('Lima', 298, 201, 61, 22, 9, 11, 3), ('Lima Norte', 84, 60, 14, 6, 2, 3, 1), ('Cusco', 131, 90, 25, 9, 4, 6, 2),
            ('Madre de Dios', 176, 118, 38, 12, 5, 8, 2), ('Loreto', 92, 70, 13, 5, 3, 2, 0), ('Puno', 67, 51, 10, 4, 1, 1, 1),
            ('Tumbes', 29, 21, 5, 2, 1, 0, 0)]
    cols = ['Carpetas ingresadas', 'Etapa de investigación Preliminar', 'Etapa de investigación Preparatoria (formalizadas)', 'Etapa intermedia Acusaciones',
            'Etapa intermedia Sobreseimientos', 'Sentencias Condenatorias', 'Sentencias Absolutorias']
    whats = ['carpeta fiscal', 'carpeta fiscal', 'carpeta fiscal', 'acusación', 'sobreseimiento', 'sentencia', 'sentencia']
    rows = []
    tot = [0] * 7
    for d in data:
        row = [d[0]]
        for k, v in enumerate(d[1:]):
            row.append(C(str(v), v, whats[k], y=2018))
            tot[k] += v
        rows.append(row)
    rows.append(['TOTAL'] + [C(str(v), v, whats[k], y=2018) for k, v in enumerate(tot)])
    r.table(head, rows, widths=[4.0, 2.6, 2.8, 3.4, 2.8, 3.2, 3.0, 3.0],
            merges=[(0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7), (0, 0, 1, 0), (0, 1, 1, 1)],
            colnames=[None] + cols, bold_rows=(len(rows) - 1,), size=10, num_align='c',
            note='Fuente: Sistema de Gestión Fiscal — Oficina de Racionalización y Estadística. Corte: 31.01.2019. Expedientes de otros distritos fiscales no se consignan.')
    return r


def c305():
    r = Reply('c305', font='Times New Roman', size=12, status='answered', missing_kind=None,
              axes=['prosecution'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Corte Superior de Justicia de Madre de Dios', 'acronym': 'CSJMD', 'kind': 'autonomous'},
              reference='OFICIO N° 0412-2019-P-CSJMD/PJ', cited_references=['Expediente N° 00231-2018-0-2701-JR-PE-01', 'Expediente N° 00874-2017-12-2701-JR-PE-02'],
              letter_date='2019-04-09', language='es', on_topic=True,
              layout='oficio, centred letterhead of the Judiciary, counts written as words with digits in parentheses, expediente numbers as distractors',
              notes='"siete (07)" etc. are each one count; text keeps the word and the digits.')
    r.p('PODER JUDICIAL DEL PERÚ', align='c', bold=True, size=14, after=0)
    r.p('CORTE SUPERIOR DE JUSTICIA DE MADRE DE DIOS', align='c', bold=True, after=0)
    r.p('Presidencia', align='c', italic=True, after=12)
    r.p('Puerto Maldonado, 09 de abril de 2019', align='r')
    r.p('OFICIO N° 0412-2019-P-CSJMD/PJ', bold=True, under=True)
    r.p('Señor:\nDANIEL ESTRADA FLORES\nCiudad.-')
    r.p('Asunto:  Información sobre procesos por delito de trata de personas — año judicial 2018.', bold=True)
    r.p('Es grato dirigirme a usted para saludarlo cordialmente y, en atención a su solicitud de acceso a la información pública, comunicarle que, de acuerdo con el reporte del Sistema Integrado Judicial (SIJ), durante el año 2018 los Juzgados Penales de este Distrito Judicial emitieron ' + C('siete (07)', 7, 'sentencia', y=2018) + ' sentencias condenatorias y ' + C('dos (02)', 2, 'sentencia', y=2018) + ' sentencias absolutorias por el delito de trata de personas, tipificado en el artículo 153 del Código Penal.', align='j', first=1.25, spacing=1.15)
    r.p('Asimismo, al 31 de diciembre de 2018 se encontraban en trámite ' + C('veintitrés (23)', 23, 'proceso', y=2018) + ' procesos, entre ellos los signados con Expediente N° 00231-2018-0-2701-JR-PE-01 y Expediente N° 00874-2017-12-2701-JR-PE-02, cuyas audiencias fueron reprogramadas. Las penas impuestas en las sentencias condenatorias oscilan entre 8 y 25 años de pena privativa de libertad.', align='j', first=1.25, spacing=1.15)
    r.p('Finalmente, el monto total fijado por concepto de reparación civil en dichas sentencias asciende a ' + M('S/ 186 000,00', 186000, y=2018) + ' (ciento ochenta y seis mil con 00/100 soles).', align='j', first=1.25, spacing=1.15)
    r.p('Hago propicia la oportunidad para expresarle los sentimientos de mi mayor consideración.', align='j', first=1.25)
    r.p('Atentamente,')
    r.sign('Dr. HUGO RENÁN CHÁVEZ MAMANI', 'Presidente de la Corte Superior de Justicia de Madre de Dios', before=30)
    r.footer('Av. 28 de Julio N° 867, Puerto Maldonado — Telf. (082) 571 442')
    return r


def c306():
    r = Reply('c306', font='Arial', size=10.5, status='answered', missing_kind=None,
              axes=['governance', 'prevention'], period_start='2018-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Gobierno Regional de Cusco', 'acronym': 'GORE Cusco', 'kind': 'regional_government'},
              reference='OFICIO N° 0981-2019-GR CUSCO/GRDS', cited_references=['Ordenanza Regional N° 131-2017-CR/GRC.CUSCO', 'INFORME N° 077-2019-GR CUSCO/GRDS-SGPS'],
              letter_date='2019-05-06', language='es', on_topic=True, photo=True,
              layout='oficio of Gerencia Regional de Desarrollo Social; letterhead table with logo + right box; money in prose with "S/." and comma thousands; short 3-column ruled table',
              notes='"S/. 45,300" is forty-five thousand three hundred (comma thousands). Ordinance number is a distractor.')
    lg = logo_png('cusco', 'CUSCO', 'shield', (160, 110, 0))
    r.letterhead_table((lg, 2.0), ['GOBIERNO REGIONAL CUSCO', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Promoción Social'], right='"Año de la Lucha contra\nla Corrupción y la\nImpunidad"')
    r.p('Cusco, 06 de mayo del 2019', align='r', before=6)
    r.p('OFICIO N° 0981-2019-GR CUSCO/GRDS', bold=True)
    r.p('Señora:\nLic. ANA MARÍA CCAHUANA TTITO\nCoordinadora del Observatorio Ciudadano\nPresente.-')
    r.p('ASUNTO: Remite información sobre la implementación del Plan Nacional contra la Trata de Personas — ejercicio 2018.', bold=True)
    r.p('Por medio del presente me dirijo a usted para expresarle mi cordial saludo y, en atención a su solicitud, hacerle llegar el Informe N° 077-2019-GR CUSCO/GRDS-SGPS, del cual se resume lo siguiente:', align='j')
    r.p('1. La Red Regional de Lucha contra la Trata de Personas y el Tráfico Ilícito de Migrantes del Cusco, reconocida por Ordenanza Regional N° 131-2017-CR/GRC.CUSCO, sesionó ' + C('ocho', 8, 'sesión', y=2018) + ' veces durante el año 2018.', align='j', indent=0.5)
    r.p('2. Para el ejercicio 2018 se asignó un presupuesto de ' + M('S/. 60,000.00', 60000, y=2018, r='a') + ' a la actividad "Prevención de la trata de personas", de los cuales se ejecutó ' + M('S/. 45,300', 45300, y=2018, r='e') + ', lo que equivale al ' + P('75.5%', 75.5, y=2018) + ' de ejecución.', align='j', indent=0.5)
    r.p('3. Las acciones de prevención desarrolladas fueron:', align='j', indent=0.5)
    rows = [['Talleres en instituciones educativas', C('34', 34, 'taller', y=2018), C('2,115', 2115, 'estudiante', y=2018)],
            ['Ferias informativas en ferias dominicales', C('6', 6, 'feria', y=2018), C('1,480', 1480, 'persona', y=2018)],
            ['Capacitación a operadores de transporte interprovincial', C('4', 4, 'capacitación', y=2018), C('96', 96, 'operador', y=2018)]]
    r.table([['Acción', 'N° de eventos', 'Beneficiarios']], rows, widths=[8.0, 2.8, 3.0], size=9.5)
    r.p('Sin otro particular, me suscribo de usted.', before=4)
    r.sign('Lic. WILBER HUAMÁN QUISPE', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Cusco')
    r.p('c.c. Archivo / SGPS\nEXP. 2019-08842', size=7.5)
    r.footer('Av. Tomasa Tito Condemayta s/n, Wanchaq — Cusco. Central: (084) 221131')
    return r


def c307():
    r = Reply('c307', font='Arial', size=11, status='answered', missing_kind=None,
              axes=['protection', 'prevention'], period_start='2017-01-01', period_end='2017-12-31', period_stated=True,
              sender={'name': 'Municipalidad Provincial de Tambopata', 'acronym': 'MPT', 'kind': 'provincial_municipality'},
              reference='CARTA N° 027-2018-MPT-GDS/DEMUNA', cited_references=[],
              letter_date='2018-03-14', language='es', on_topic=True,
              layout='carta of the DEMUNA, centred letterhead, short; substantive null answer (no cases in 2017) plus a count of talks',
              notes='Substantive null answer: "no se registraron casos" for 2017 -> answered.')
    r.p('MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', align='c', bold=True, size=13, after=0)
    r.p('GERENCIA DE DESARROLLO SOCIAL', align='c', after=0)
    r.p('Defensoría Municipal del Niño, Niña y Adolescente — DEMUNA', align='c', italic=True, after=14)
    r.p('Puerto Maldonado, 14 de marzo de 2018', align='r')
    r.p('CARTA N° 027-2018-MPT-GDS/DEMUNA', bold=True)
    r.p('Sr.\nRAÚL ENRIQUE TAPIA GÓMEZ\nPresente.-')
    r.p('Me dirijo a usted para dar respuesta a su pedido de información sobre casos de trata de personas atendidos por la DEMUNA durante el año 2017.', align='j')
    r.p('Al respecto, le informo que durante el año 2017 la DEMUNA de la Municipalidad Provincial de Tambopata **no registró casos** de niñas, niños o adolescentes víctimas de trata de personas; los casos detectados por la Policía fueron derivados directamente a la Unidad de Protección Especial.', align='j')
    r.p('Sin perjuicio de ello, en coordinación con la UGEL Tambopata se realizaron ' + C('15', 15, 'charla', y=2017) + ' charlas preventivas en colegios de la zona de La Pampa y Mazuko.', align='j')
    r.p('Atentamente,')
    r.sign('Abog. KATHERINE VELA RÍOS', 'Responsable de la DEMUNA', align='l')
    r.stamp(['MPT — DEMUNA', 'SALIDA', '14 MAR. 2018', 'Folios: 01'], width=4.0)
    return r


def c308():
    r = Reply('c308', font='Arial', size=10.5, status='missing', missing_kind='not_competent_referred',
              axes=['protection'], period_start='2018-01-01', period_end='2019-12-31', period_stated=True,
              sender={'name': 'Municipalidad Distrital de San Juan de Lurigancho', 'acronym': 'MDSJL', 'kind': 'district_municipality'},
              reference='CARTA N° 318-2020-SG/MDSJL', cited_references=['Expediente N° 4412-2020'],
              letter_date='2020-01-29', language='es', on_topic=True,
              layout='carta of the Secretaría General, header in page header, says not competent and forwarded to MIMP',
              notes='Request asked for victims sheltered in 2018-2019; the municipality forwarded it to MIMP under art. 11 b) of the TUO.')
    r.header(['MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', 'Secretaría General — Oficina de Trámite Documentario y Archivo'], size=9)
    r.p('San Juan de Lurigancho, 29 de enero de 2020', align='r')
    r.p('CARTA N° 318-2020-SG/MDSJL', bold=True)
    r.p('Señor\nFERNANDO GÁLVEZ ÑAHUI\nAv. Próceres de la Independencia 1820, SJL\nPresente.-')
    r.p('Referencia: Expediente N° 4412-2020 (solicitud de acceso a la información pública)')
    r.p('De mi consideración:', before=6)
    r.p('Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita el número de víctimas de trata de personas albergadas en hogares de refugio temporal durante los años 2018 y 2019.', align='j')
    r.p('Al respecto, le comunico que esta Municipalidad no administra hogares de refugio ni centros de atención residencial, por lo que no posee la información requerida. En aplicación del literal b) del artículo 11 del TUO de la Ley N° 27806, su solicitud ha sido **derivada al Ministerio de la Mujer y Poblaciones Vulnerables (MIMP)**, entidad que sí la posee, lo cual se pone en su conocimiento.', align='j')
    r.p('Atentamente,')
    r.sign('Abog. PATRICIA NÚÑEZ LEÓN', 'Secretaria General', align='l')
    r.stamp(['MESA DE PARTES', 'M.D.S.J.L.', '29 ENE. 2020', 'Hora: 11:42'], width=3.6)
    return r


def c309():
    r = Reply('c309', font='Nimbus Sans', size=10, status='answered', missing_kind=None,
              axes=['protection', 'governance'], period_start=None, period_end=None, period_stated=False,
              sender={'name': 'Defensoría del Pueblo', 'acronym': 'DP', 'kind': 'autonomous'},
              reference='OFICIO N° 0067-2019-DP/ADM', cited_references=['Informe de Adjuntía N° 002-2018-DP/ADM'],
              letter_date='2019-06-17', language='es', on_topic=True, photo=True,
              layout='oficio of the Adjuntía para los Derechos de la Mujer; percentages in prose and a hlines table of supervision results; footnote-like note with a figure',
              notes='Period not stated (request restated without years). Supervision year 2018 is in the text, so figures carry year 2018.')
    r.header(['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos de la Mujer'], align='l', size=9)
    r.p('Miraflores, 17 de junio de 2019', align='r')
    r.p('OFICIO N° 0067-2019-DP/ADM', bold=True)
    r.p('Señorita\nVALERIA SOTO ARRIBASPLATA\nEstudiante de Derecho — Universidad Nacional de Trujillo\nPresente.-')
    r.p('Tengo el agrado de dirigirme a usted con relación a su solicitud de información sobre la supervisión de los servicios de atención a víctimas de trata de personas.', align='j')
    r.p('Sobre el particular, el Informe de Adjuntía N° 002-2018-DP/ADM da cuenta de la supervisión realizada en 2018 a ' + C('28', 28, 'servicio', y=2018) + ' servicios públicos de atención en ' + C('nueve', 9, 'región', y=2018) + ' regiones. Entre los principales hallazgos se encuentran:', align='j')
    rows = [['CEM con protocolo de atención a víctimas de trata', P('62 %', 62, y=2018)],
            ['Comisarías con registro en el RETA-PNP actualizado', P('39 %', 39, y=2018)],
            ['Fiscalías con ambiente para entrevista única (Cámara Gesell)', P('21 %', 21, y=2018)],
            ['Hogares de refugio con plan de reintegración individual', P('50 %', 50, y=2018)]]
    r.table([['Indicador supervisado', 'Cumplimiento (%)']], rows, widths=[10.5, 3.2], ruled='hlines', size=9.5)
    r.p('Asimismo, se constató que solo ' + C('3', 3, 'región', y=2018) + ' de las regiones supervisadas contaban con un plan regional contra la trata aprobado por ordenanza¹.', align='j')
    r.p('Atentamente,')
    r.sign('Dra. GLADYS VALDIVIA MORENO', 'Adjunta para los Derechos de la Mujer', align='l')
    r.p('________________\n¹ Las regiones con plan aprobado fueron Cusco, Loreto y Madre de Dios; en conjunto destinaron ' + M('S/ 2,3 millones', 2300000, y=2018, r='a') + ' a dichos planes en 2018, según información de los propios gobiernos regionales.', size=8, before=20)
    r.footer('Jr. Ucayali 394-398, Lima — Línea gratuita 0800-15-170 — www.defensoria.gob.pe', size=7)
    return r


def c310():
    r = Reply('c310', font='Arial', size=10, status='answered', missing_kind=None,
              axes=['prosecution', 'prevention'], period_start='2017-01-01', period_end='2018-12-31', period_stated=True,
              sender={'name': 'Superintendencia Nacional de Fiscalización Laboral', 'acronym': 'SUNAFIL', 'kind': 'other'},
              reference='OFICIO N° 0455-2019-SUNAFIL/INII', cited_references=['Memorándum N° 0211-2019-SUNAFIL/INSI'],
              letter_date='2019-04-30', language='es', on_topic=True, photo=True,
              layout='oficio; ruled table with columns per year (2017 | 2018), row labels describe the count, money in prose with "millones"',
              notes='Labour inspections on forced labour/trafficking for labour exploitation -> prosecution; awareness talks to employers -> prevention. Counts in the table have the noun in the row label (unit_source column by convention, see README).')
    lg = logo_png('sunafil', 'SUNAFIL', 'square', (0, 70, 140))
    r.letterhead_table((lg, 2.2), ['SUNAFIL', 'Superintendencia Nacional de Fiscalización Laboral', 'Intendencia Nacional de Inteligencia Inspectiva'], widths=(3.0, 11.0, 2.5))
    r.p('Jesús María, 30 de abril de 2019', align='r', before=6)
    r.p('OFICIO N° 0455-2019-SUNAFIL/INII', bold=True)
    r.p('Señor\nALONSO RIVAS CÁCERES\nPresente.-')
    r.p('Asunto:\tRespuesta a solicitud de información — inspecciones vinculadas a trabajo forzoso y trata con fines de explotación laboral (2017-2018)', bold=True)
    r.p('De mi mayor consideración:')
    r.p('Me dirijo a usted en atención a su solicitud y de acuerdo con lo informado mediante Memorándum N° 0211-2019-SUNAFIL/INSI, remito la información del Grupo Especializado de Inspectores de Trabajo Forzoso e Infantil:', align='j')
    rows = [['Órdenes de inspección generadas', C('97', 97, 'orden de inspección', y=2017), C('117', 117, 'orden de inspección', y=2018)],
            ['Trabajadores en situación de trabajo forzoso identificados', C('41', 41, 'trabajador', y=2017), C('68', 68, 'trabajador', y=2018)],
            ['Casos derivados al Ministerio Público', C('9', 9, 'caso', y=2017), C('14', 14, 'caso', y=2018)],
            ['Charlas de sensibilización a empleadores', C('22', 22, 'charla', y=2017), C('30', 30, 'charla', y=2018)]]
    r.table([['Concepto', '2017', '2018']], rows, widths=[9.5, 2.2, 2.2], size=9.5, head_shade='BDD7EE')
    r.p('Las multas impuestas en los procedimientos sancionadores derivados de dichas inspecciones ascienden a ' + M('S/ 1,2 millones', 1200000) + ' en el periodo, recaídas en ' + C('23', 23, 'procedimiento sancionador') + ' procedimientos sancionadores.', align='j')
    r.p('Atentamente,')
    r.sign('Ing. ROCÍO ZEGARRA PINTO', 'Intendenta Nacional de Inteligencia Inspectiva (e)', align='l')
    r.footer('Av. Salaverry N° 655, Jesús María — RUC 20555195444 — (01) 390-2800', size=7)
    return r
