"""blind-v5 letters e525-e536."""
from common import *
from lib import plain


def e525():
    R = new('e525', 'answered', None, ['governance', 'prosecution'], ('2017-01-01', '2018-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000388-2019/IN/VSP/DGSD', ['Informe N° 000052-2019/IN/VSP/DGSD/DAT'],
            '2019-03-29', 'oficio + informe on page 2, table of RETA data with footnote giving the unit, percent with comma',
            photo=True)
    R.header(['MINISTERIO DEL INTERIOR', 'Despacho Viceministerial de Seguridad Pública', 'Dirección General de Seguridad Democrática'], logo=(logo_png('mininter', 'MI', 'shield', (0, 70, 40)), 1.3))
    lema(R, 2019)
    R.p('Lima, 29 de marzo de 2019', align='r')
    R.p('OFICIO N° 000388-2019/IN/VSP/DGSD', bold=True)
    to(R, ['Señor', 'FRANCISCO JAVIER OCHOA LUNA', 'Av. Salaverry 3030 – San Isidro'])
    kv(R, [('Asunto', ': Solicitud de información sobre trata de personas 2017-2018'), ('Referencia', ': Informe N° 000052-2019/IN/VSP/DGSD/DAT')])
    R.p('Me dirijo a usted, en atención a su solicitud de acceso a la información pública, para remitirle el informe de la referencia, elaborado por la '
        'Dirección de Derechos Fundamentales, en su calidad de Secretaría Técnica de la Comisión Multisectorial de naturaleza permanente contra la '
        'Trata de Personas y el Tráfico Ilícito de Migrantes.', align='j')
    R.p('Atentamente,')
    R.sign('ABOG. ROXANA MILAGROS PALACIOS VERA', 'Directora General de Seguridad Democrática')
    R.pagebreak()
    R.p('INFORME N° 000052-2019/IN/VSP/DGSD/DAT', bold=True, align='c')
    R.p('I. ANÁLISIS', bold=True)
    R.p('1.1 La Secretaría Técnica de la Comisión Multisectorial convocó ' + C('11', 11, 'sesión', y=2017) + ' sesiones ordinarias en 2017 y ' +
        C('9', 9, 'sesión', y=2018) + ' en 2018, y elaboró el informe anual de avance del PNAT 2017-2021.', align='j', size=10)
    R.p('1.2 El Sistema RETA-PNP registró la siguiente información¹:', align='j', size=10)
    rows = [['Denuncias registradas', C('1 433', 1433, 'denuncia', y=2017), C('1 584', 1584, 'denuncia', y=2018)],
            ['Presuntas víctimas', C('2 170', 2170, 'víctima', y=2017), C('2 387', 2387, 'víctima', y=2018)],
            ['Víctimas mujeres', P('79,4 %', 79.4, y=2017, u='cell'), P('81,2 %', 81.2, y=2018, u='cell')],
            ['Presuntos tratantes detenidos', C('611', 611, 'tratante', y=2017), C('702', 702, 'tratante', y=2018)]]
    R.table([['Indicador', '2017', '2018']], rows, widths=(6.0, 3.0, 3.0), size=9.5)
    R.p('1.3 El presupuesto asignado a la Secretaría Técnica en 2018 ascendió a ' + M('S/ 386,420.00', 386420.0, y=2018, r='a') + '.', align='j', size=10)
    R.p('II. CONCLUSIÓN', bold=True)
    R.p('Se recomienda remitir el presente informe al administrado.', align='j', size=10)
    R.p('__________\n¹ Cifras en número de casos, salvo indicación en contrario. Fuente: RETA-PNP, consulta del 15/03/2019.', size=8)


def e526():
    R = new('e526', 'answered', None, ['governance'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Puno', 'GORE Puno', 'regional_government'),
            'OFICIO N° 288-2019-GR PUNO/GGR', ['Hoja de Trámite N° 04417', 'Resolución Ejecutiva Regional N° 118-2018-GR PUNO/GR'],
            '2019-03-20', 'hoja de trámite (routing sheet) + short oficio with an amount written in words and in digits',
            notes='"dos millones quinientos mil y 00/100 soles (S/ 2 500 000.00)" is one figure; the hoja de trámite has only routing data')
    R.header(['GOBIERNO REGIONAL PUNO', 'Gerencia General Regional'], logo=(logo_png('grpuno', 'GRP', 'shield', (0, 60, 130)), 1.3))
    R.p('HOJA DE TRÁMITE N° 04417', bold=True, align='c')
    t = R.doc.add_table(rows=5, cols=4); t.style = 'Table Grid'
    cells = [('Fecha de ingreso', '04/03/2019', 'Folios', '2'), ('Remitente', 'Saúl Mamani Quispe', 'Procedencia', 'Particular'),
             ('Asunto', 'Acceso a la información – trata de personas 2018', 'Prioridad', 'Normal'),
             ('Derivado a', 'Gerencia Regional de Planeamiento', 'Fecha', '06/03/2019'), ('Acción', 'Atender e informar', 'V°B°', '')]
    for i, r in enumerate(cells):
        for j, v in enumerate(r):
            p = t.cell(i, j).paragraphs[0]; run = p.add_run(v); run.bold = (j % 2 == 0)
            from docx.shared import Pt; run.font.size = Pt(9)
    R.p('', after=10)
    lema(R, 2019)
    R.p('Puno, 20 de marzo de 2019', align='r')
    R.p('OFICIO N° 288-2019-GR PUNO/GGR', bold=True)
    to(R, ['Señor', 'SAÚL MAMANI QUISPE', 'Presente.-'])
    R.p('Asunto: Presupuesto del Plan Regional contra la Trata de Personas – 2018', bold=True)
    R.p('Me dirijo a usted en atención a su solicitud registrada con Hoja de Trámite N° 04417, para informarle que, mediante Resolución Ejecutiva '
        'Regional N° 118-2018-GR PUNO/GR, se asignó para el año 2018 la suma de ' +
        M('dos millones quinientos mil y 00/100 soles (S/ 2 500 000.00)', 2500000.0, y=2018, r='a') + ' a la implementación del Plan Regional contra la Trata '
        'de Personas y el Tráfico Ilícito de Migrantes de Puno.', align='j')
    R.p('Al cierre del ejercicio se devengó ' + M('S/ 2 118 640.35', 2118640.35, y=2018, r='e') + ', según el aplicativo SIAF.', align='j')
    R.p('Atentamente,')
    R.sign('ING. ALFREDO RENÉ CUTIPA LUQUE', 'Gerente General Regional')


def e527():
    R = new('e527', 'answered', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de Inambari', 'MDI', 'district_municipality'),
            'OFICIO N° 033-2020-MDI/A', [],
            '2020-01-30', 'short district municipality oficio, plain prose, small figures, "RECIBIDO" stamp text at the top')
    R.stamp(['MUNICIPALIDAD DISTRITAL DE INAMBARI', 'MESA DE PARTES', 'SALIDA 30 ENE 2020'], width=5.0, align='right', color=(150, 20, 20))
    R.p('MUNICIPALIDAD DISTRITAL DE INAMBARI', bold=True, size=13)
    R.p('Mazuko – Tambopata – Madre de Dios', size=9, after=12)
    lema(R, 2020)
    R.p('Mazuko, 30 de enero del 2020')
    R.p('OFICIO N° 033-2020-MDI/A', bold=True)
    to(R, ['Señora', 'NORMA BEATRIZ ALVARADO SILVA'])
    R.p('Asunto: Información sobre prevención de la trata de personas 2019', bold=True)
    R.p('Tengo a bien dirigirme a usted para informarle que en el año 2019 la Municipalidad, a través de la DEMUNA, realizó ' + C('2', 2, 'taller', y=2019) +
        ' talleres de prevención de la trata de personas en el centro poblado de Mazuko, con la participación de ' + C('85', 85, 'persona', y=2019) +
        ' personas, y destinó para ello ' + M('S/ 3,500.00', 3500.0, y=2019, r='e') + ' de recursos propios.', align='j')
    R.p('Atentamente,')
    R.sign('LUIS ALBERTO CCAHUANA TITO', 'Alcalde')


def e528():
    R = new('e528', 'answered', None, ['protection', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Defensoría del Pueblo', None, 'autonomous'),
            'OFICIO N° 0087-2019-DP/ADHPD', ['Informe de Adjuntía N° 006-2019-DP/ADHPD'],
            '2019-02-27', 'oficio with a bullet list of supervision results, counts and percents')
    R.header(['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos Humanos y las Personas con Discapacidad'], logo=(logo_png('dp', 'DP', 'circle', (0, 70, 150)), 1.3))
    lema(R, 2019)
    R.p('Miraflores, 27 de febrero de 2019', align='r')
    R.p('OFICIO N° 0087-2019-DP/ADHPD', bold=True)
    to(R, ['Señora', 'GABRIELA FIORELLA SOTO MEDINA', 'Presente'])
    R.p('Me dirijo a usted en relación a su solicitud sobre las supervisiones realizadas por la Defensoría del Pueblo a los centros de atención residencial '
        'para víctimas de trata durante el año 2018. Según el Informe de Adjuntía N° 006-2019-DP/ADHPD:', align='j')
    R.p('•  Se supervisaron ' + C('18', 18, 'centro de atención residencial', y=2018) + ' centros de atención residencial en ' + C('9', 9, 'región', y=2018) + ' regiones.', indent=0.5)
    R.p('•  El ' + P('44%', 44.0, y=2018) + ' de los centros no contaba con un protocolo de atención especializada para víctimas de trata.', indent=0.5)
    R.p('•  El ' + P('61%', 61.0, y=2018) + ' no tenía psicólogo permanente.', indent=0.5)
    R.p('•  Se emitieron ' + C('27', 27, 'recomendación', y=2018) + ' recomendaciones al MIMP y a los gobiernos regionales.', indent=0.5)
    R.p('Atentamente,')
    R.sign('ELIZABETH ROCÍO GUERRERO CAMPOS', 'Adjunta para los Derechos Humanos y las Personas con Discapacidad')


def e529():
    R = new('e529', 'answered', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'other'),
            'OFICIO N° 000731-2019-MIMP-INABIF-DE', ['Nota N° 000184-2019-MIMP-INABIF-USPNNA'],
            '2019-04-04', 'oficio + table of shelters (capacity, NNA attended) with column headers stating units, plus budget prose',
            photo=True)
    R.header(['Ministerio de la Mujer y Poblaciones Vulnerables', 'Programa Integral Nacional para el Bienestar Familiar – INABIF', 'Dirección Ejecutiva'], logo=(logo_png('inabif', 'INB', 'circle', (200, 60, 0)), 1.3))
    lema(R, 2019)
    R.p('Lima, 04 de abril de 2019', align='r')
    R.p('OFICIO N° 000731-2019-MIMP-INABIF-DE', bold=True)
    to(R, ['Señor', 'RODRIGO ESTEBAN QUIROZ DÍAZ', 'Ciudad.-'])
    R.p('Asunto: Centros de Acogida Residencial especializados – año 2018', bold=True)
    R.p('Me dirijo a usted para atender su solicitud de información. Según la Nota N° 000184-2019-MIMP-INABIF-USPNNA, en el año 2018 el INABIF '
        'administró los siguientes Centros de Acogida Residencial (CAR) especializados en la atención de niñas y adolescentes víctimas de trata:', align='j')
    d = [('CAR "Santa Rosita" (Lima)', 24, 61), ('CAR "Nuevo Amanecer" (Cusco)', 20, 47), ('CAR "Esperanza" (Madre de Dios)', 16, 34)]
    rows = [[a, C(str(b), b, 'plaza', y=2018), C(str(c), c, 'adolescente', y=2018)] for a, b, c in d]
    rows.append(['Total', C('60', 60, 'plaza', y=2018), C('142', 142, 'adolescente', y=2018)])
    R.table([['Centro', 'Capacidad\n(plazas)', 'NNA atendidas\nen el año']], rows, widths=(7.0, 3.0, 3.5), size=10, num_align='c', bold_rows=(3,))
    R.p('El gasto devengado para la operación de los tres centros en 2018 fue de ' + M('S/ 2 963 328,00', 2963328.0, y=2018, r='e') +
        ' y el ' + P('38 por ciento', 38.0, y=2018) + ' de las adolescentes egresó con un plan de reintegración familiar.', align='j')
    R.p('Atentamente,')
    R.sign('LIC. ANA CECILIA BARRIGA PONCE', 'Directora Ejecutiva (e)')


def e530():
    R = new('e530', 'missing', 'no_information', ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 1184-2020-OGTI/MINSA', ['Nota Informativa N° 062-2020-OGTI-OIDE/MINSA'],
            '2020-03-04', 'short oficio saying the information does not exist in disaggregated form')
    R.header(['MINISTERIO DE SALUD', 'Oficina General de Tecnologías de la Información'], logo=(logo_png('minsa', 'MS', 'square', (0, 120, 120)), 1.3))
    lema(R, 2020)
    R.p('Lima, 4 de marzo de 2020', align='r')
    R.p('OFICIO N° 1184-2020-OGTI/MINSA', bold=True)
    to(R, ['Señorita', 'LORENA IVONNE CASTILLO RAMOS', 'Presente.-'])
    R.p('Asunto: Atenciones de salud a víctimas de trata de personas – 2019', bold=True)
    R.p('Tengo el agrado de dirigirme a usted con relación a su solicitud, por la cual requiere el número de víctimas de trata de personas atendidas '
        'en los establecimientos de salud durante el año 2019.', align='j')
    R.p('Al respecto, mediante Nota Informativa N° 062-2020-OGTI-OIDE/MINSA, la Oficina de Información y Estadística informa que el sistema HIS '
        'no registra la condición de víctima de trata de personas como variable, por lo que no se cuenta con la información solicitada.', align='j')
    R.p('Atentamente,')
    R.sign('ING. ÓSCAR ALBERTO FLORES MEZA', 'Director General de la OGTI')


def e531():
    R = new('e531', 'out_of_period', None, ['prevention', 'governance'], None,
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'OFICIO N° 0199-2019/GOB.REG.TUMBES-GGR-GRDS', [],
            '2019-04-11', 'oficio, requested period not restated; gives only 2015-2016 activities',
            notes='Request (registry) was for 2018; letter does not restate it and reports only 2015-2016 activities -> out_of_period')
    R.header(['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('grtumbes', 'GRT', 'shield', (160, 30, 30)), 1.3))
    lema(R, 2019)
    R.p('Tumbes, 11 de abril de 2019', align='r')
    R.p('OFICIO N° 0199-2019/GOB.REG.TUMBES-GGR-GRDS', bold=True)
    to(R, ['Señor', 'MARCO ANTONIO ZAPATA INFANTE', 'Presente'])
    R.p('Me dirijo a usted en atención a su solicitud de información sobre trata de personas. La Gerencia cuenta con los siguientes registros, que son '
        'los únicos disponibles en nuestros archivos:', align='j')
    R.p('(1) En el año 2015 se conformó la Red Regional contra la Trata de Personas de Tumbes, integrada por ' + C('16', 16, 'institución', y=2015) + ' instituciones.', indent=0.5, align='j')
    R.p('(2) En el año 2016 se realizaron ' + C('7', 7, 'campaña', y=2016) + ' campañas informativas en el puesto fronterizo de Aguas Verdes, '
        'con un gasto de ' + M('S/ 18 750,00', 18750.0, y=2016, r='e') + '.', indent=0.5, align='j')
    R.p('Atentamente,')
    R.sign('Lic. TERESA MARGARITA LA CHIRA PURIZACA', 'Gerente Regional de Desarrollo Social')


def e532():
    R = new('e532', 'missing', 'off_topic', [], None,
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'other'),
            'CARTA N° 000411-2019/GRI/SGAIP/RENIEC', ['Solicitud N° 2019-00938'],
            '2019-06-03', 'reply to an unrelated request (number of ID cards issued), table of counts; not about trafficking',
            notes='off-topic: reply to a different request (DNI issuance statistics)')
    R.header(['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Gerencia de Registros de Identificación'], logo=(logo_png('reniec', 'RN', 'square', (150, 0, 0)), 1.3))
    R.p('Lima, 03 de junio de 2019', align='r')
    R.p('CARTA N° 000411-2019/GRI/SGAIP/RENIEC', bold=True)
    to(R, ['Señor', 'HERNÁN JOSUÉ PALACIOS TAPIA'])
    R.p('Referencia: Solicitud N° 2019-00938', bold=True)
    R.p('En atención a su solicitud, mediante la cual requiere el número de Documentos Nacionales de Identidad electrónicos (DNIe) emitidos por '
        'departamento en el año 2018, se remite la información siguiente:', align='j')
    d = [('Lima', 311206), ('Arequipa', 41877), ('La Libertad', 38519), ('Piura', 35044)]
    rows = [[a, C('{:,}'.format(b), b, 'dnie', y=2018)] for a, b in d]
    rows.append(['Total', C('426,646', 426646, 'dnie', y=2018)])
    R.table([['Departamento', 'DNIe emitidos 2018']], rows, widths=(5.0, 4.0), size=10, bold_rows=(4,))
    R.p('Atentamente,')
    R.sign('KARINA LUCÍA ESPINOZA VEGA', 'Sub Gerente de Atención al Ciudadano')


def e533():
    R = new('e533', 'answered', None, ['prosecution', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'MEMORANDO MÚLTIPLE N° 014-2020-GM/MDSJL', ['Solicitud N° 00288-2020'],
            '2020-01-17', 'memorando múltiple addressed to several gerencias, with a consolidated answer table below (gerencia / acción / cantidad)',
            notes='Memorando múltiple of the Gerencia Municipal consolidating the answer; sent to the requester as the reply')
    R.header(['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Gerencia Municipal'], logo=(logo_png('sjl', 'SJL', 'circle', (0, 90, 50)), 1.3))
    lema(R, 2020)
    R.p('MEMORANDO MÚLTIPLE N° 014-2020-GM/MDSJL', bold=True, align='c')
    kv(R, [('A', ': Gerencia de Fiscalización y Control\n  Gerencia de Desarrollo Humano\n  Subgerencia de Transparencia'),
           ('ASUNTO', ': Consolidado de acciones contra la trata de personas 2019'), ('REF.', ': Solicitud N° 00288-2020'),
           ('FECHA', ': San Juan de Lurigancho, 17.01.2020')])
    R.p('Con relación a la solicitud de la referencia, se remite el consolidado de las acciones informadas por las unidades orgánicas para el año 2019, '
        'a fin de que se notifique al solicitante:', align='j')
    rows = [['Fiscalización y Control', 'Operativos a hostales y videopubs', C('64', 64, 'operativo', y=2019)],
            ['Fiscalización y Control', 'Locales clausurados', C('17', 17, 'local', y=2019)],
            ['Desarrollo Humano', 'Charlas en colegios', C('38', 38, 'charla', y=2019)],
            ['Desarrollo Humano', 'Personas sensibilizadas', C('4,105', 4105, 'persona', y=2019)]]
    R.table([['Unidad orgánica', 'Acción', 'Cantidad']], rows, widths=(4.5, 6.5, 2.5), size=10, row_label_col=1, ruled='hlines')
    R.p('Del total de operativos, el ' + P('26.6%', 26.6, y=2019) + ' terminó en clausura del establecimiento.', align='j')
    R.p('Atentamente,')
    R.sign('ING. VÍCTOR HUGO ALEGRE CONDORI', 'Gerente Municipal')


def e534():
    R = new('e534', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio Público – Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 0216-2019-MP-FN-FPETP-LIMA', [],
            '2019-02-12', 'oficio of a specialized provincial prosecutor\'s office, table of case files by procedural stage with percent column')
    R.header(['MINISTERIO PÚBLICO', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima'], logo=(logo_png('mpfn', 'MP', 'circle', (0, 60, 120)), 1.3))
    lema(R, 2019)
    R.p('Lima, 12 de febrero de 2019', align='r')
    R.p('OFICIO N° 0216-2019-MP-FN-FPETP-LIMA', bold=True)
    to(R, ['Señora', 'ISABEL CRISTINA MEDRANO ÁVILA', 'Presente.-'])
    R.p('Me dirijo a usted para atender su solicitud relativa a las carpetas fiscales por el delito de trata de personas tramitadas en el año 2018 por este despacho:', align='j')
    d = [('Investigación preliminar', 148), ('Investigación preparatoria', 61), ('Etapa intermedia (acusación)', 23), ('Archivadas', 92)]
    tot = sum(x[1] for x in d)
    rows = [[a, C(str(b), b, 'carpeta fiscal', y=2018), P('{:.1f} %'.format(b / tot * 100), round(b / tot * 100, 1), y=2018, u='cell')] for a, b in d]
    rows.append(['Total', C(str(tot), tot, 'carpeta fiscal', y=2018), P('100.0 %', 100.0, y=2018, u='cell')])
    R.table([['Estado', 'Carpetas', 'Porcentaje']], rows, widths=(6.0, 3.0, 3.0), size=10, num_align='c', bold_rows=(4,))
    R.p('Atentamente,')
    R.sign('Dra. GIULIANA PATRICIA RAMOS OYOLA', 'Fiscal Provincial Titular')


def e535():
    R = new('e535', 'answered', None, ['protection'], ('2017-01-01', '2018-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DGC) N° 2-10-B/412', ['Memorándum (PRO) N° PRO0305/2019'],
            '2019-05-09', 'oficio in Cancillería style (reference "OF. RE (DGC)"), USD and PEN amounts in the same sentence, counts in words')
    R.header(['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares'], logo=(logo_png('rree', 'RE', 'shield', (120, 0, 0)), 1.3))
    lema(R, 2019)
    R.p('Lima, 9 de mayo de 2019', align='r')
    R.p('OF. RE (DGC) N° 2-10-B/412', bold=True)
    to(R, ['Señora', 'MARÍA FERNANDA OLIVARES CUÉLLAR'])
    R.p('Me dirijo a usted en atención a su solicitud sobre la asistencia brindada a connacionales víctimas de trata de personas en el exterior durante '
        'los años 2017 y 2018.', align='j')
    R.p('Sobre el particular, de acuerdo con el Memorándum (PRO) N° PRO0305/2019, las oficinas consulares asistieron a ' + C('catorce', 14, 'connacional', y=2018) +
        ' connacionales en 2018 y a ' + C('nueve', 9, 'connacional', y=2017) + ' en 2017, principalmente en Argentina, Chile y España. El costo de las repatriaciones '
        'realizadas en 2018 ascendió a ' + M('US$ 12,350.00', 12350.0, y=2018, r='e', cur='USD') + ', equivalente a ' + M('S/ 40 878,50', 40878.5, y=2018, r='e') + '.', align='j')
    R.p('Hago propicia la oportunidad para renovarle las seguridades de mi especial consideración.', align='j')
    R.sign('Embajador GONZALO IGNACIO BRAVO SALAS', 'Director General de Comunidades Peruanas en el Exterior y Asuntos Consulares')


def e536():
    R = new('e536', 'missing', 'acknowledgment', ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Junín', 'GRJ', 'regional_government'),
            'HOJA DE TRÁMITE N° 2020-003187', ['Solicitud S/N de fecha 08/01/2020'],
            '2020-01-09', 'hoja de trámite / cargo de recepción returned to the requester, no substantive answer',
            notes='Routing sheet stamped and returned as acknowledgment; the quoted request asks for the 2019 regional plan and prevention activities')
    R.header(['GOBIERNO REGIONAL JUNÍN', 'Oficina de Trámite Documentario y Archivo'], logo=(logo_png('grjunin', 'GRJ', 'shield', (0, 100, 100)), 1.3))
    R.stamp(['RECIBIDO', '09 ENE. 2020', 'Trámite Documentario – Huancayo'], width=5.0)
    R.p('HOJA DE TRÁMITE N° 2020-003187', bold=True, size=13)
    R.p('CARGO PARA EL ADMINISTRADO', italic=True, after=10)
    kv(R, [('Administrado', ': Rocío Pilar Huamán Lazo'), ('Documento', ': Solicitud S/N de fecha 08/01/2020 (Ley N° 27806)'),
           ('Asunto', ': Solicita información del Plan Regional contra la Trata de Personas y de las actividades de prevención ejecutadas en 2019'),
           ('Destino', ': Gerencia Regional de Desarrollo Social'), ('Fecha/hora', ': 09/01/2020 – 11:23'), ('Folios', ': 01')], tab=3.2)
    R.p('El trámite será atendido en el plazo de ley. Para el seguimiento, consulte el número de hoja de trámite en www.regionjunin.gob.pe/tramite.', align='j', size=10)
    R.p('Recibido por: M. Rojas', size=10, before=20)
