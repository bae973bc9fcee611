"""blind-v16 letters s016-s030 (answered s016-s024, out_of_period s025-s030). Every person, number and figure is invented."""
from common import *


def closing(R, txt='Atentamente,'):
    R.p(txt, after=0, before=4)


# ---------------------------------------------------------------- s016
def s016():
    R = new('s016', 'answered', None, ['governance', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'OFICIO N° 0287-2021-VRIN-UNSAAC', ['Expediente N° 512847'], '2021-03-16',
            'university oficio; table of funded research projects whose titles wrap over two or three lines, a year column and a "Monto de inversión (S/)" column; counts in words with digits in prose',
            notes='"Monto de inversión" of a research project has no role (neither allocation nor execution is said). The year of each project row is in its "Año" column (not a figure).')
    letter(R, ['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'Vicerrectorado de Investigación'], 2021,
           'Cusco, 16 de marzo de 2021', 'OFICIO N° 0287-2021-VRIN-UNSAAC',
           ['Señora', 'DIANA CAROLINA ZÚÑIGA PEÑA', 'Presente.-'],
           [('ASUNTO', ': Proyectos de investigación y actividades de extensión sobre trata de personas, periodo 2019-2020'),
            ('REF.', ': Expediente N° 512847')], logo=(logo_png('unsaac', 'UNS', shape='circle', color=(130, 20, 40)), 1.5))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Sobre el particular, el Vicerrectorado de Investigación '
             'financió en los años 2019 y 2020 los siguientes proyectos, seleccionados en los concursos de investigación con fondos del canon:'])
    pr = [('Factores de riesgo de captación para la trata de personas en adolescentes de las provincias altas de Cusco', 2019, 48500, 5),
          ('Trata de personas con fines de explotación laboral en la minería aurífera de Camanti y Quincemil', 2019, 62300, 6),
          ('Percepción de los operadores de justicia sobre la investigación del delito de trata de personas en Cusco', 2020, 35800, 4),
          ('Redes de captación en el corredor turístico Cusco - Machu Picchu: estudio exploratorio', 2020, 41250, 4)]
    rows = [[t, str(y), Mf(m, y=y), Cn(n, 'investigador', y=y)] for t, y, m, n in pr]
    R.table([['Proyecto de investigación', 'Año', 'Monto de inversión (S/)', 'N.° de investigadores']], rows, widths=(6.6, 1.6, 3.4, 3.2),
            size=9.5, num_align='c')
    body(R, ['Asimismo, en el marco de la responsabilidad social universitaria, %s estudiantes voluntarios participaron en 2019 en '
             'campañas de sensibilización en las ferias dominicales de Urcos, Sicuani y Quillabamba; en 2020, debido a la emergencia '
             'sanitaria, las campañas se realizaron de manera virtual con la participación de %s estudiantes.' % (
                 C('ciento doce (112)', 112, 'estudiante', y=2019), C('sesenta y cuatro (64)', 64, 'estudiante', y=2020)),
             'Atentamente,'])
    R.sign('Dr. ELISEO ZAMALLOA CÁRDENAS', 'Vicerrector de Investigación', 'UNSAAC')


# ---------------------------------------------------------------- s017
def s017():
    R = new('s017', 'answered', None, ['protection', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0094-2023-DP/OD-LORETO', ['Expediente N° 2023-0041877'], '2023-03-24',
            'oficio of a regional office of the Ombudsman; the period appears only in the reference line; counts and a percent (space before %) in running text',
            notes='The year 2022 is written only in the REFERENCIA line; the figures are recorded with year 2022 (the letter answers for "el periodo solicitado").')
    letter(R, ['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Loreto'], 2023, 'Iquitos, 24 de marzo de 2023', 'OFICIO N° 0094-2023-DP/OD-LORETO',
           ['Señor', 'ÁLVARO JAVIER ROJAS TAFUR', 'Presente.-'],
           [('ASUNTO', ': Supervisiones defensoriales vinculadas a la trata de personas'),
            ('REFERENCIA', ': Solicitud de acceso a la información pública, Expediente N° 2023-0041877 (información del año 2022)')],
           logo=(logo_png('dp', 'DP', shape='circle', color=(0, 80, 150)), 1.4))
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, para remitirle la información sobre las '
             'supervisiones realizadas por esta Oficina Defensorial en el periodo solicitado:',
             'La Oficina Defensorial supervisó %s comisarías de las provincias de Maynas, Alto Amazonas y Requena respecto de la recepción '
             'y el trámite de denuncias por trata de personas; en el %s de ellas no se contaba con el protocolo intersectorial ni con '
             'personal capacitado en su aplicación.' % (C('9', 9, 'comisaría', y=2022), Psp(66.7, 1, y=2022)),
             'Asimismo, se supervisaron %s Centros de Atención Residencial que acogen a niñas, niños y adolescentes, identificándose que %s '
             'no contaban con equipo multidisciplinario completo.' % (C('4', 4, 'centro de atención residencial', y=2022),
                                                                       C('2', 2, 'centro de atención residencial', y=2022)),
             'Finalmente, se atendieron %s quejas vinculadas a la atención de presuntas víctimas de trata de personas, de las cuales %s '
             'fueron declaradas fundadas.' % (C('12', 12, 'queja', y=2022), C('8', 8, 'queja', y=2022)),
             'Atentamente,'])
    dsig(R, 'Rosa Angélica Vásquez Panduro', 'Jefa de la Oficina Defensorial de Loreto', None, when='24.03.2023 11:47:03 -05:00', fau='20304117142')


# ---------------------------------------------------------------- s018
def s018():
    R = new('s018', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            None, ['Solicitud N° 2021-000914'], '2021-02-16',
            'printed e-mail reply (De / Enviado / Para / Asunto) with the original request quoted below; counts by nationality in a bullet list with the noun first',
            notes='An e-mail has no own number. Its date is the "Enviado" line of the reply; the quoted original message is older.', font='Calibri')
    R.p('Correo: Transparencia Migraciones - Outlook', size=8, italic=True, after=6)
    email_head(R, [('De:', 'Transparencia Migraciones <transparencia@migraciones.gob.pe>'),
                   ('Enviado:', 'martes, 16 de febrero de 2021 10:42'),
                   ('Para:', 'lucia.benavides.r@gmail.com'),
                   ('Asunto:', 'RE: Solicitud de acceso a la información pública - Solicitud N° 2021-000914')])
    body(R, ['Estimada señora Benavides:',
             'En atención a su solicitud, la Subdirección de Gestión de la Información Migratoria informa que durante el año 2020 se '
             'identificaron como presuntas víctimas de trata de personas a ciudadanas y ciudadanos extranjeros de las siguientes nacionalidades:'],
         align='l')
    bl(R, ['Nacionalidad venezolana: %s' % C('38', 38, 'víctima', y=2020), 'Nacionalidad colombiana: %s' % C('11', 11, 'víctima', y=2020),
           'Nacionalidad ecuatoriana: %s' % C('4', 4, 'víctima', y=2020), 'Nacionalidad boliviana: %s' % C('3', 3, 'víctima', y=2020)])
    body(R, ['En total se identificaron %s víctimas extranjeras; a %s de ellas se les otorgó la calidad migratoria humanitaria y %s '
             'fueron exoneradas del pago de multas por exceso de permanencia.' % (C('56', 56, 'víctima', y=2020),
                                                                                  C('27', 27, 'víctima', y=2020), C('9', 9, 'víctima', y=2020)),
             'Atentamente,'], align='l')
    for ln in ['Oficina de Transparencia y Acceso a la Información Pública', 'Superintendencia Nacional de Migraciones', 'Av. España 734, Breña - Lima']:
        R.p(ln, after=0, size=10, bold=ln.startswith('Oficina'))
    R.p('', after=6)
    R.p('-----Mensaje original-----', size=9, after=2)
    email_head(R, [('De:', 'Lucía Benavides <lucia.benavides.r@gmail.com>'), ('Enviado:', 'lunes, 1 de febrero de 2021 18:03'),
                   ('Para:', 'transparencia@migraciones.gob.pe'), ('Asunto:', 'Solicitud de acceso a la información pública')])
    R.p('Solicito información sobre el número de personas extranjeras identificadas como víctimas de trata de personas durante el año '
        '2020, desagregado por nacionalidad, y sobre las medidas migratorias adoptadas a su favor. Gracias.', size=10, after=2)
    R.p('Lucía Benavides Ramos', size=10)


# ---------------------------------------------------------------- s019
def s019():
    R = new('s019', 'answered', None, ['prosecution'], ('2024-01-01', '2024-03-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° 000392-2024-INPE/12.02', ['Solicitud N° 0214-2024-INPE'], '2024-04-22',
            'oficio; table with two header rows whose upper merged cell carries the unit ("N.° de internos"); establishments as rows with total; a percent with a space before %',
            notes='Part-year request (first quarter 2024). Column names join the upper merged header with the lower one.')
    letter(R, ['INSTITUTO NACIONAL PENITENCIARIO', 'Oficina General de Planeamiento y Presupuesto - Unidad de Estadística'], 2024,
           'Lima, 22 de abril de 2024', 'OFICIO N° 000392-2024-INPE/12.02',
           ['Señor', 'GONZALO ENRIQUE PAREJA VIZCARRA', 'Presente.-'],
           [('ASUNTO', ': Población penal por el delito de trata de personas, primer trimestre 2024'),
            ('REFERENCIA', ': Solicitud N° 0214-2024-INPE')], logo=(logo_png('inpe', 'INPE', shape='square', color=(60, 60, 60)), 1.4))
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre la población penal '
             'recluida por el delito de trata de personas entre enero y marzo de 2024. Al respecto, la Unidad de Estadística informa lo siguiente:'])
    data = [('E.P. Lurigancho', 34, 61), ('E.P. de Mujeres de Chorrillos', 18, 27), ('E.P. Puerto Maldonado', 22, 39), ('E.P. Tumbes', 9, 17),
            ('E.P. Juliaca', 14, 23), ('E.P. Cusco Varones', 11, 20), ('E.P. Iquitos', 16, 25), ('Otros establecimientos', 29, 48)]
    rows, t = [], [0, 0]
    for lab, a, b in data:
        rows.append([lab, Cn(a, 'interno', y=2024), Cn(b, 'interno', y=2024), Cn(a + b, 'interno', y=2024)])
        t = [t[0] + a, t[1] + b]
    rows.append(['Total', Cn(t[0], 'interno', y=2024), Cn(t[1], 'interno', y=2024), Cn(sum(t), 'interno', y=2024)])
    mtable(R, [['Establecimiento penitenciario', 'Población penal por trata de personas (N.° de internos)', '', ''],
               ['', 'Procesados', 'Sentenciados', 'Total']], rows, merges=((0, 0, 1, 0), (0, 1, 0, 3)),
           widths=(5.6, 3.0, 3.0, 3.0), bold_rows=(8,), size=9.5, caption='Situación al 31 de marzo de 2024')
    body(R, ['A la fecha de corte, la población penal por este delito representa el %s de la población penal del país.' % Psp(0.4, 1, y=2024),
             'Atentamente,'])
    dsig(R, 'Luis Fernando Cárdenas Gálvez', 'Jefe de la Unidad de Estadística', 'INPE', when='22/04/2024 09:18:40', fau='20131370300')


# ---------------------------------------------------------------- s020
def s020():
    R = new('s020', 'answered', None, ['governance', 'prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'OFICIO N° 0211-2024-MPCP-GDS', ['Carta s/n de fecha 29 de enero de 2024'], '2024-02-15',
            'oficio with numbered headings; amounts in running text with the year right before them ("presupuesto institucional modificado 2023 S/ 64,500.00"), "monto de inversión" in millions with a decimal comma, percents "por ciento" and with a space',
            notes='"S/ 1,85 millones" is a project\'s investment amount (monto de inversión): no role, no year. The project protects children at risk, so protection.')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'Gerencia de Desarrollo Social'], 2024,
           'Pucallpa, 15 de febrero de 2024', 'OFICIO N° 0211-2024-MPCP-GDS',
           ['Señorita', 'PAMELA JOHANA RÍOS SHAPIAMA', 'Presente.-'],
           [('ASUNTO', ': Información sobre acciones contra la trata de personas - año 2023'),
            ('REFERENCIA', ': Carta s/n de fecha 29 de enero de 2024')], logo=(logo_png('mpcp', 'MCP', color=(0, 110, 80)), 1.4))
    body(R, ['Es grato dirigirme a usted en atención al documento de la referencia, para informarle sobre las acciones desarrolladas por '
             'esta Municipalidad durante el año 2023 en materia de trata de personas:'])
    R.p('1. Presupuesto', bold=True, after=2)
    body(R, ['La meta presupuestal «Prevención de la trata de personas y de la violencia familiar» contó con un presupuesto institucional '
             'modificado 2023 %s, ejecutándose %s al 31 de diciembre, es decir, el %s.' % (
                 Mf(64500, pre='S/ ', y=2023, r='a'), Mf(58912.30, pre='S/ ', y=2023, r='e'), Ppc(round(58912.30 / 64500 * 100, 1), 1, y=2023))])
    R.p('2. Inversión', bold=True, after=2)
    body(R, ['Se encuentra en ejecución el proyecto «Mejoramiento del servicio de protección de niñas, niños y adolescentes en situación '
             'de riesgo en el distrito de Callería», con un monto de inversión de %s, cuyo avance físico al cierre del año 2023 fue de %s.' % (
                 M('S/ 1,85 millones', 1850000.0), Psp(40, 0, y=2023))])
    R.p('3. Mesa Provincial', bold=True, after=2)
    body(R, ['La Mesa Provincial de Lucha contra la Trata de Personas de Coronel Portillo realizó en el año 2023 %s sesiones ordinarias y '
             '%s sesiones extraordinarias, con la participación de %s instituciones públicas y privadas.' % (
                 C('seis (6)', 6, 'sesión', y=2023), C('dos (2)', 2, 'sesión', y=2023), C('14', 14, 'institución', y=2023))])
    R.p('4. Prevención', bold=True, after=2)
    body(R, ['Se realizaron %s campañas de sensibilización en los puertos y las riberas del río Ucayali, alcanzando a %s personas.' % (
                 C('21', 21, 'campaña', y=2023), C('3 180', 3180, 'persona', y=2023)),
             'Atentamente,'])
    R.sign('Abog. MIRTHA LUZ SHAHUANO TORRES', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Coronel Portillo')


# ---------------------------------------------------------------- s021
def s021():
    R = new('s021', 'answered', None, ['governance'], ('2019-01-01', '2021-12-31'),
            S('Contraloría General de la República', 'CGR', 'autonomous'),
            'OFICIO N° 001284-2022-CG/SGE', ['Hoja de Ruta N° 2022-0058412'], '2022-04-25',
            'oficio; table with years as rows and the stages of audit services as columns plus a money column, total row without year; counts of audited entities in prose',
            notes='"Perjuicio económico identificado" (damage found by audits) has no role. The total row covers 2019-2021 and has no year.')
    letter(R, ['CONTRALORÍA GENERAL DE LA REPÚBLICA', 'Subgerencia de Seguimiento y Evaluación del Control'], 2022,
           'Jesús María, 25 de abril de 2022', 'OFICIO N° 001284-2022-CG/SGE',
           ['Señor', 'RICARDO MANUEL ESPINOZA LAOS', 'Presente.-'],
           [('ASUNTO', ': Servicios de control vinculados a la Política Nacional frente a la Trata de Personas'),
            ('REFERENCIA', ': Hoja de Ruta N° 2022-0058412')], logo=(logo_png('cgr', 'CGR', shape='square', color=(10, 50, 110)), 1.4))
    body(R, ['Me dirijo a usted en relación con el documento de la referencia, mediante el cual solicita información sobre los servicios '
             'de control vinculados a la implementación del Plan Nacional contra la Trata de Personas realizados entre los años 2019 y 2021. '
             'Al respecto, se remite la información registrada en el Sistema de Control Gubernamental:'])
    data = [(2019, 4, 3, 2, 186420.50), (2020, 3, 2, 1, 58900.00), (2021, 6, 5, 4, 412305.75)]
    rows, t = [], [0, 0, 0, 0.0]
    for y, a, b, c, m in data:
        rows.append([str(y), Cn(a, 'servicio de control', y=y), Cn(b, 'servicio de control', y=y), Cn(c, 'informe', y=y), Mf(m, y=y)])
        t = [t[0] + a, t[1] + b, t[2] + c, t[3] + m]
    rows.append(['Total', Cn(t[0], 'servicio de control'), Cn(t[1], 'servicio de control'), Cn(t[2], 'informe'), Mf(round(t[3], 2))])
    R.table([['Año', 'Servicios de control programados', 'Servicios de control concluidos', 'Informes con observaciones',
              'Perjuicio económico identificado (S/)']], rows, widths=(2.0, 3.3, 3.3, 3.2, 4.0), bold_rows=(3,), size=9.5)
    body(R, ['Los servicios concluidos comprendieron a %s gobiernos regionales y a %s órganos del Ministerio del Interior encargados del '
             'registro y seguimiento de casos.' % (C('7', 7, 'gobierno regional'), C('3', 3, 'órgano')),
             'Atentamente,'])
    dsig(R, 'Juan Carlos Alarcón Mego', 'Subgerente de Seguimiento y Evaluación del Control', None, when='25/04/2022 17:32:09', fau='20131378972')


# ---------------------------------------------------------------- s022
def s022():
    R = new('s022', 'answered', None, ['protection'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 1463-2021-DGIESP/MINSA', ['Expediente N° 21-011482-001'], '2021-03-08',
            'oficio; table with two header rows, the unit "(N.° de casos)" in the upper merged cell over the year columns 2019 and 2020; an executed amount "S/ 1,7 millones" in prose',
            notes='2019 is given beside the requested 2020 (mixed, answered). Column names: "Atenciones (N.° de casos) 2019" and "... 2020".')
    letter(R, ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública'], 2021,
           'Lima, 08 de marzo de 2021', 'OFICIO N° 1463-2021-DGIESP/MINSA',
           ['Señora', 'VALERIA SOFÍA MONTOYA CHÁVEZ', 'Presente.-'],
           [('ASUNTO', ': Atención de salud a víctimas de trata de personas'),
            ('REFERENCIA', ': Expediente N° 21-011482-001')], logo=(logo_png('minsa', 'MINSA', color=(0, 100, 150)), 1.5))
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información sobre '
             'las atenciones de salud brindadas a víctimas de trata de personas durante el año 2020. Se consigna, además, la información '
             'del año 2019 remitida por la Dirección de Salud Mental:'])
    data = [('Atención médica', [312, 198]), ('Atención en salud mental', [245, 176]),
            ('Atención por violencia sexual asociada a la trata', [87, 64]), ('Referencias a establecimientos de mayor complejidad', [41, 29])]
    rows, t = [], [0, 0]
    for lab, v in data:
        rows.append([lab, Cn(v[0], 'caso', y=2019), Cn(v[1], 'caso', y=2020)])
        t = [t[0] + v[0], t[1] + v[1]]
    rows.append(['Total', Cn(t[0], 'caso', y=2019), Cn(t[1], 'caso', y=2020)])
    mtable(R, [['Tipo de atención', 'Atenciones (N.° de casos)', ''], ['', '2019', '2020']], rows, merges=((0, 0, 1, 0), (0, 1, 0, 2)),
           widths=(7.6, 3.2, 3.2), bold_rows=(4,), size=9.5)
    body(R, ['El presupuesto ejecutado en el año 2020 en la atención de víctimas de violencia, incluida la trata de personas, fue de %s.' %
             M('S/ 1,7 millones', 1700000.0, y=2020, r='e'),
             'Hago propicia la oportunidad para expresarle mi consideración.'])
    closing(R)
    R.sign('Dr. CÉSAR AUGUSTO MUNAYCO ESCATE', 'Director General', 'Dirección General de Intervenciones Estratégicas en Salud Pública')


# ---------------------------------------------------------------- s023
def s023():
    R = new('s023', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'CARTA N° 0317-2023-JUS/DGDPAJ', ['Expediente N° 2023-00871'], '2023-02-20',
            'standard reply form with typed check boxes ("( X ) Se entrega la información solicitada"); table by prosecutor\'s district with counts and a percent column over the total',
            notes='The check box lines are not figures. The percent column is each district\'s share of the victims represented.')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'],
             logo=(logo_png('minjus', 'JUS', color=(110, 20, 30)), 1.4))
    lema(R, 2023)
    R.p('FORMATO DE RESPUESTA A SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA', bold=True, align='c', size=12, after=2)
    R.p('CARTA N° 0317-2023-JUS/DGDPAJ', bold=True, align='c', after=8)
    kv(R, [('Solicitante', ': Jimena Alejandra Torres Quiroz'), ('Expediente', ': Expediente N° 2023-00871'),
           ('Fecha de presentación', ': 06/02/2023'),
           ('Información solicitada', ': Número de defensores públicos asignados a víctimas de trata de personas y número de víctimas '
                                      'patrocinadas en el año 2022, por distrito fiscal.')], tab=4.2, w2=11.8)
    R.p('Resultado de la atención:', bold=True, after=2)
    checkbox(R, [(True, 'Se entrega la información solicitada'), (False, 'Se entrega parcialmente la información'),
                 (False, 'No se cuenta con la información'), (False, 'Se deniega la información (excepción)'),
                 (False, 'Se deriva la solicitud a la entidad competente')])
    R.p('Información que se entrega (año 2022):', bold=True, after=2, before=6)
    ctab(R, [['Distrito fiscal', 'N.° de defensores públicos asignados', 'N.° de víctimas patrocinadas', '% del total de víctimas']],
         [('Lima', [12, 168]), ('Lima Norte', [5, 61]), ('Callao', [4, 47]), ('Cusco', [6, 83]), ('Puno', [5, 72]), ('Madre de Dios', [4, 66]),
          ('Loreto', [5, 79]), ('Tumbes', [3, 38]), ('Arequipa', [4, 52])],
         ['defensor público', 'víctima'], year=2022, pct=(1, 'total'), widths=(4.0, 3.8, 3.6, 3.4), size=9)
    R.p('Lima, 20 de febrero de 2023', align='r', after=0)
    R.sign('GIULIANA PATRICIA MEZA ROMERO', 'Directora General', 'Dirección General de Defensa Pública y Acceso a la Justicia', before=14)


# ---------------------------------------------------------------- s024
def s024():
    R = new('s024', 'answered', None, ['prevention'], ('2017-01-01', '2018-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0158-2019-MINCETUR/VMT/DGPDT', ['Carta N° 004-2019-CPT'], '2019-02-11',
            'oficio with points numbered "1°" to "5°"; counts of both years in one sentence; executed amounts with the year right before them and "S/." glued to the number; a US$ cooperation contribution',
            notes='"2017 S/.84,300.00" and "2018 S/.97,150.00" are executed amounts of those years. The cooperation contribution has no role.')
    letter(R, ['MINISTERIO DE COMERCIO EXTERIOR Y TURISMO', 'Viceministerio de Turismo', 'Dirección General de Políticas de Desarrollo Turístico'], 2019,
           'San Isidro, 11 de febrero de 2019', 'OFICIO N° 0158-2019-MINCETUR/VMT/DGPDT',
           ['Señora', 'MARTHA CECILIA LLERENA DÍAZ', 'Coordinadora del Colectivo Por la Niñez del Cusco', 'Presente.-'],
           [('ASUNTO', ': Acciones de prevención de la ESNNA y de la trata de personas en el ámbito del turismo, 2017-2018'),
            ('REFERENCIA', ': Carta N° 004-2019-CPT')], logo=(logo_png('mincetur', 'MCT', color=(160, 30, 30)), 1.4))
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle sobre las acciones de prevención de la '
             'explotación sexual de niñas, niños y adolescentes (ESNNA) en el ámbito del turismo y de la trata de personas desarrolladas '
             'en los años 2017 y 2018:'])
    pts = ['Prestadores de servicios turísticos capacitados en la prevención de la ESNNA: %s en 2017 y %s en 2018.' % (
               C('1 126', 1126, 'prestador', y=2017), C('1 487', 1487, 'prestador', y=2018)),
           'Establecimientos de hospedaje y agencias de viaje que suscribieron el Código de Conducta: %s en 2017 y %s en 2018.' % (
               C('214', 214, 'establecimiento', y=2017), C('263', 263, 'establecimiento', y=2018)),
           'Campañas «Perú, país de turismo responsable» en aeropuertos y terminales terrestres: %s en 2017 y %s en 2018.' % (
               C('6', 6, 'campaña', y=2017), C('9', 9, 'campaña', y=2018)),
           'Presupuesto ejecutado en estas acciones: 2017 %s; 2018 %s.' % (Mjoin(84300, y=2017, r='e'), Mjoin(97150, y=2018, r='e')),
           'Aporte de cooperación no reembolsable recibido en 2018 para la campaña en el Cusco: %s.' % M('US$ 25,000', 25000.0, y=2018, cur='USD')]
    for i, t in enumerate(pts):
        R.p('%d°  %s' % (i + 1, t), align='j', indent=0.6, first=-0.6, after=4)
    body(R, ['Sin otro particular, hago propicia la ocasión para expresarle mi consideración.'])
    closing(R)
    R.sign('ANA MARÍA TERESA BELTRÁN QUISPE', 'Directora General', 'Dirección General de Políticas de Desarrollo Turístico')


# ---------------------------------------------------------------- s025
def s025():
    R = new('s025', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Policía Nacional del Perú - Región Policial Cusco', 'PNP', 'police'),
            'OFICIO N° 312-2023-REGPOL-CUSCO/SEC-UNIPLEDU', [], '2023-02-13',
            'police oficio; table with years (2020, 2021) as rows and stages as columns, total row; a percent in prose',
            notes='Request for 2022; the 2022 statistics are still being validated, so only 2020 and 2021 are given (out_of_period). Nothing says that nothing was done in 2022.')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'Región Policial Cusco', 'Unidad de Planeamiento Operativo y Educación'], 2023,
           'Cusco, 13 de febrero de 2023', 'OFICIO N° 312-2023-REGPOL-CUSCO/SEC-UNIPLEDU',
           ['Señor', 'HÉCTOR DANIEL PUMA CUTIPA', 'Presente.-'],
           [('ASUNTO', ': Información estadística sobre el delito de trata de personas'),
            ('REF.', ': Solicitud de acceso a la información pública del 23ENE2023')],
           logo=(logo_png('pnp', 'PNP', shape='circle', color=(20, 90, 40)), 1.5))
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita información '
             'estadística sobre el delito de trata de personas correspondiente al año 2022.',
             'Al respecto, se comunica que la información estadística del año 2022 viene siendo validada por la Oficina de Estadística de '
             'la Región Policial y aún no ha sido consolidada; por ello, se remite la información validada de los años 2020 y 2021:'])
    yrow_table(R, [['Año', 'Denuncias registradas', 'Operativos realizados', 'Personas detenidas', 'Presuntas víctimas rescatadas']],
               [(2020, [38, 21, 17, 44]), (2021, [52, 33, 26, 71])], ['denuncia', 'operativo', 'persona', 'víctima'],
               widths=(2.4, 3.2, 3.2, 3.0, 3.6), size=9.5)
    body(R, ['Las presuntas víctimas rescatadas en el año 2021 fueron en su mayoría mujeres (el %s).' % Psp(round(60 / 71 * 100, 1), 1, y=2021),
             'Dios guarde a usted.'])
    R.sign('WALTER EDUARDO HUAYHUA CCORI', 'CORONEL PNP', 'Jefe de la Unidad de Planeamiento Operativo y Educación - REGPOL Cusco')


# ---------------------------------------------------------------- s026
def s026():
    R = new('s026', 'out_of_period', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Provincial de Puno', 'MPP', 'provincial_municipality'),
            'OFICIO N° 0089-2019-MPP/GDS', ['Expediente N° 3318-2019'], '2019-03-04',
            'oficio; counts and amounts written "12 500 nuevos soles" in running text for two earlier years',
            notes='Request for 2018; the 2018 files are under review by the handover commission, so 2016 and 2017 are given (out_of_period). "con un gasto de" is executed.')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE PUNO', 'Gerencia de Desarrollo Social'], 2019,
           'Puno, 04 de marzo de 2019', 'OFICIO N° 0089-2019-MPP/GDS',
           ['Señora', 'YESENIA RUTH CONDORI APAZA', 'Presente.-'],
           [('ASUNTO', ': Acciones de prevención de la trata de personas'), ('REF.', ': Expediente N° 3318-2019')],
           logo=(logo_png('mpp', 'MPP', color=(0, 70, 140)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información de las acciones de '
             'prevención de la trata de personas ejecutadas por esta Municipalidad en el año 2018.',
             'Al respecto, se informa que los archivos de la Subgerencia de la Mujer y Poblaciones Vulnerables correspondientes al año 2018 '
             'se encuentran en revisión por la Comisión de Transferencia de Gestión, por lo que a la fecha no es posible acceder a ellos. '
             'Se alcanza la información disponible de los años anteriores:',
             'En el año 2016 se realizaron %s talleres de prevención dirigidos a %s estudiantes de las instituciones educativas del '
             'cercado, con un gasto de %s; en el año 2017 se realizaron %s talleres dirigidos a %s estudiantes, con un gasto de %s.' % (
                 C('11', 11, 'taller', y=2016), C('640', 640, 'estudiante', y=2016), M('12 500 nuevos soles', 12500.0, y=2016, r='e'),
                 C('15', 15, 'taller', y=2017), C('905', 905, 'estudiante', y=2017), M('14 800 nuevos soles', 14800.0, y=2017, r='e')),
             'Asimismo, en el año 2017 se instaló la Mesa Provincial de Lucha contra la Trata de Personas de Puno, integrada por %s '
             'instituciones.' % C('19', 19, 'institución', y=2017),
             'Atentamente,'])
    R.sign('Lic. ELMER TITO MAMANI', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Puno')


# ---------------------------------------------------------------- s027
def s027():
    R = new('s027', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Gobierno Regional de Tacna', 'GOB.REG.TACNA', 'regional_government'),
            'OFICIO N° 0367-2024-GRDS/GOB.REG.TACNA', ['Ordenanza Regional N° 011-2023-CR/GOB.REG.TACNA', 'Registro N° 2024-1187'], '2024-02-05',
            'oficio; plan table with two header rows: physical targets (N.° de acciones) and programmed budget "(en miles de soles)" each in an upper merged cell over 2024, 2025, 2026',
            notes='Request for 2023; only the 2024-2026 programme is given (plans only: out_of_period). Amounts are in thousands of soles per the merged header ("18.0" is 18000.0), allocated (programado), with the year of their column.')
    letter(R, ['GOBIERNO REGIONAL DE TACNA', 'Gerencia Regional de Desarrollo Social'], 2024,
           'Tacna, 05 de febrero de 2024', 'OFICIO N° 0367-2024-GRDS/GOB.REG.TACNA',
           ['Señor', 'MARIO ALBERTO CUTIPA VELÁSQUEZ', 'Presente.-'],
           [('ASUNTO', ': Acciones del Plan Regional contra la Trata de Personas'), ('REFERENCIA', ': Registro N° 2024-1187')],
           logo=(logo_png('grt', 'TAC', color=(140, 0, 40)), 1.4))
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'ejecutadas durante el año 2023 en el marco del Plan Regional contra la Trata de Personas.',
             'Al respecto, se informa que la evaluación de la ejecución del año 2023 está a cargo de la Subgerencia de Planeamiento y será '
             'publicada en el mes de abril; en tanto, se remite la programación multianual 2024-2026 del Plan Regional, aprobada mediante '
             'Ordenanza Regional N° 011-2023-CR/GOB.REG.TACNA:'])
    acts = [('Sesiones de la Red Regional contra la Trata de Personas', [6, 6, 6], [18.0, 18.5, 19.0]),
            ('Campañas de prevención en la frontera Tacna - Arica', [10, 12, 12], [45.5, 52.0, 54.0]),
            ('Capacitación a docentes y promotores', [8, 8, 10], [24.0, 24.0, 30.0]),
            ('Atención y reintegración de víctimas', [4, 4, 5], [36.8, 38.0, 40.0])]
    Y = [2024, 2025, 2026]
    rows, tc, tm = [], [0, 0, 0], [0.0, 0.0, 0.0]
    for lab, c, m in acts:
        rows.append([lab] + [Cn(x, 'acción', y=Y[j]) for j, x in enumerate(c)] +
                    [Mf(x, dec=1, scale=1000, y=Y[j], r='a') for j, x in enumerate(m)])
        tc = [a + b for a, b in zip(tc, c)]; tm = [round(a + b, 1) for a, b in zip(tm, m)]
    rows.append(['Total'] + [Cn(x, 'acción', y=Y[j]) for j, x in enumerate(tc)] + [Mf(x, dec=1, scale=1000, y=Y[j], r='a') for j, x in enumerate(tm)])
    mtable(R, [['Actividad programada', 'Meta física (N.° de acciones)', '', '', 'Presupuesto programado (en miles de soles)', '', ''],
               ['', '2024', '2025', '2026', '2024', '2025', '2026']], rows,
           merges=((0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6)), widths=(5.0, 1.6, 1.6, 1.6, 2.0, 2.0, 2.0), bold_rows=(4,), size=9)
    body(R, ['Atentamente,'])
    R.sign('Mg. JULIA ESTHER QUISPE LUQUE', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Tacna')


# ---------------------------------------------------------------- s028 (spreadsheet)
def s028():
    R = new('s028', 'out_of_period', None, ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            None, ['Solicitud N° 000733-2020'], '2020-01-21',
            'spreadsheet sent alone (XLSX): title rows, a note restating the requested year, complaints by prosecutor\'s district for two earlier years with a variation column',
            fmt='xlsx', keep_native=True,
            notes='Request for 2019; the sheet says the 2019 data are being validated and gives 2017-2018 (out_of_period). The variation percent has no year.')
    from openpyxl.styles import Font, Alignment
    ws = R.wb.active
    ws.title = 'Denuncias'
    for i, (t, b) in enumerate([('MINISTERIO PÚBLICO - OBSERVATORIO DE CRIMINALIDAD', True),
                                ('Denuncias registradas por el delito de trata de personas según distrito fiscal, 2017-2018', True),
                                ('Información solicitada: año 2019 (Solicitud N° 000733-2020). La información del año 2019 se encuentra en proceso '
                                 'de validación; se remite la última información validada.', False),
                                ('Fecha de elaboración: 21/01/2020', False)]):
        c = ws.cell(row=i + 1, column=1, value=t)
        c.font = Font(bold=b, size=11 if b else 9)
        c.alignment = Alignment(wrap_text=True, vertical='top')
        ws.merge_cells(start_row=i + 1, start_column=1, end_row=i + 1, end_column=4)
        ws.row_dimensions[i + 1].height = 15 if i == 3 else 30
    data = [('Lima', 312, 287), ('Lima Norte', 96, 118), ('Lima Sur', 41, 57), ('Callao', 64, 71), ('Arequipa', 88, 79), ('Cusco', 137, 152),
            ('Loreto', 121, 140), ('Madre de Dios', 98, 133), ('Puno', 115, 104), ('Tumbes', 52, 66), ('Piura', 47, 58), ('Junín', 59, 73),
            ('Otros distritos fiscales', 233, 262)]
    rows, t = [], [0, 0]
    for lab, a, b in data:
        rows.append([lab, (a, '#,##0', 'count', {'y': 2017, 'what': 'denuncia'}), (b, '#,##0', 'count', {'y': 2018, 'what': 'denuncia'}),
                     (round(b / a - 1, 3), '0.0%', 'percent', {})])
        t = [t[0] + a, t[1] + b]
    rows.append(['Total', (t[0], '#,##0', 'count', {'y': 2017, 'what': 'denuncia'}), (t[1], '#,##0', 'count', {'y': 2018, 'what': 'denuncia'}),
                 (round(t[1] / t[0] - 1, 3), '0.0%', 'percent', {})])
    xtable(R, ws, 6, [['Distrito fiscal', '2017', '2018', 'Variación %']], rows, widths=[30, 12, 12, 14], bold_last=True)
    ws.column_dimensions['A'].width = 30
    xfont(ws)
    xsetup(ws, landscape=False)


# ---------------------------------------------------------------- s029
def s029():
    R = new('s029', 'out_of_period', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Universidad Nacional de la Amazonía Peruana', 'UNAP', 'other'),
            'OFICIO N° 0146-2022-VRINV-UNAP', ['Expediente N° 0387-2022-UNAP'], '2022-02-28',
            'university oficio; two-year table of research and outreach counts; grants written "S/ 24 mil" and "S/ 37,5 mil" in prose',
            notes='Request for 2021; the 2021 reports are not yet approved, so 2018 and 2019 are given (out_of_period). "financiamiento otorgado" is recorded as allocated.')
    letter(R, ['UNIVERSIDAD NACIONAL DE LA AMAZONÍA PERUANA', 'Vicerrectorado de Investigación'], 2022,
           'Iquitos, 28 de febrero de 2022', 'OFICIO N° 0146-2022-VRINV-UNAP',
           ['Señora', 'ELIZABETH DEL ÁGUILA PINEDO', 'Presente.-'],
           [('ASUNTO', ': Investigación y proyección social sobre trata de personas'), ('REF.', ': Expediente N° 0387-2022-UNAP')],
           logo=(logo_png('unap', 'UNAP', shape='circle', color=(0, 90, 60)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las investigaciones y '
             'actividades de proyección social sobre trata de personas realizadas por la Universidad en el año 2021.',
             'El Vicerrectorado de Investigación informa que los informes finales de los proyectos del año 2021 se encuentran en proceso de '
             'sistematización y aún no han sido aprobados por el Consejo Universitario. Se remite la información de los años 2018 y 2019, '
             'última disponible:'])
    data = [('Proyectos de investigación sobre trata de personas financiados', 'proyecto', 2, 3),
            ('Estudiantes que participaron en campañas de proyección social', 'estudiante', 146, 182),
            ('Comunidades ribereñas visitadas en campañas de prevención', 'comunidad', 9, 14),
            ('Tesis de pregrado sustentadas sobre la materia', 'tesis', 3, 5)]
    R.table([['Actividad', '2018', '2019']], [[lab, Cn(a, w, y=2018), Cn(b, w, y=2019)] for lab, w, a, b in data], widths=(8.6, 2.4, 2.4), size=9.5)
    body(R, ['El financiamiento otorgado a dichos proyectos fue de %s en 2018 y de %s en 2019.' % (
                 Mmil(24, y=2018, r='a'), Mmil(37.5, st='eu', dec=1, y=2019, r='a')),
             'Atentamente,'])
    R.sign('Dr. RONALD ENRIQUE PANDURO LÓPEZ', 'Vicerrector de Investigación', 'Universidad Nacional de la Amazonía Peruana')


# ---------------------------------------------------------------- s030 (English)
def s030():
    R = new('s030', 'out_of_period', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Organización Internacional para las Migraciones', 'OIM', 'foreign'),
            'Our ref.: PE-LIM/0417/2023', [], '2023-03-09',
            'English letter of an international organization; two-year indicator table; allocated and spent USD amounts of both years in one sentence ("respectively")',
            lang='en', notes='Request for 2022; the 2022 figures are under review and not released, so 2019-2020 project data are given (out_of_period).')
    R.header(['International Organization for Migration (IOM)', 'Mission in Peru'], align='l', logo=(logo_png('iom', 'IOM', shape='circle', color=(0, 60, 140)), 1.3))
    R.p('Lima, 9 March 2023', align='r', after=4)
    R.p('Our ref.: PE-LIM/0417/2023', bold=True, after=8)
    to(R, ['Mr. Daniel Okafor', 'Centre for Migration Studies', 'University of Toronto'])
    body(R, ['Dear Mr. Okafor,',
             'Thank you for your request for information on the assistance provided by IOM Peru to victims of trafficking in persons in 2022. '
             'The consolidated figures for 2022 are still under review by our Regional Office and cannot be released yet. We can share the '
             'figures of the project "Strengthening the protection of victims of trafficking in Peru", implemented in 2019 and 2020:'])
    data = [('Victims of trafficking assisted', 'victim', 96, 74), ('Victims returned to their community of origin', 'victim', 31, 18),
            ('Officials trained on victim identification', 'official', 410, 265)]
    R.table([['Indicator', '2019', '2020']], [[lab, Cn(a, w, y=2019), Cn(b, w, y=2020)] for lab, w, a, b in data],
            widths=(8.6, 2.4, 2.4), ruled='hlines', size=9.5)
    body(R, ['The project budget was %s for 2019 and %s for 2020, of which %s and %s were spent, respectively.' % (
                 M('USD 385,000', 385000.0, y=2019, r='a', cur='USD'), M('USD 310,500', 310500.0, y=2020, r='a', cur='USD'),
                 Mf(372418.60, pre='USD ', y=2019, r='e', cur='USD'), Mf(289990.15, pre='USD ', y=2020, r='e', cur='USD')),
             'Please do not hesitate to contact us should you need further information.', 'Kind regards,'])
    R.sign('Sofía Marcela Ibáñez', 'Programme Coordinator, Counter-Trafficking Unit', 'IOM Peru')
