"""blind-v20 letters x001-x015, written from scratch for this set. Every person, document number, figure and event is invented."""
from lib import *
from common import *


def x001():
    R = new('x001', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 000587-2023-MIMP-AURORA-DE', ['Expediente N° 0004412-2023', 'Nota N° 000112-2023-MIMP-AURORA-UGIGC'],
            '2023-03-14', 'oficio, GOB.PE brand letterhead (programme in the last box), two-row header with the total row first, notes under the table',
            notes='Answered: CEM cases of 2022 by department, the requested year. The sender is the AURORA programme, recorded as MIMP. '
                  'The TOTAL NACIONAL row comes first. Shares in the running text have year 2022.')
    gob_header(R, ['Ministerio de la Mujer\ny Poblaciones Vulnerables', 'Viceministerio\nde la Mujer',
                   'Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA'],
               widths=[1.6, 4.2, 3.0, 7.2])
    open20(R, 2023, 'Lima, 14 de marzo de 2023', 'OFICIO N° 000587-2023-MIMP-AURORA-DE',
           ['Señora', 'ANA LUCÍA QUISPE ROJAS', 'Presente.-'],
           [('Asunto', ':  Atención de solicitud de acceso a la información pública'),
            ('Referencia', ':  Expediente N° 0004412-2023\n   Nota N° 000112-2023-MIMP-AURORA-UGIGC')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
             'sobre los casos de trata de personas atendidos por los Centros Emergencia Mujer (CEM) durante el año 2022.',
             'Al respecto, la Unidad de Generación de Información y Gestión del Conocimiento ha remitido la información consolidada '
             'que se presenta a continuación:'])
    data = [('Lima', 33, 5, 14), ('Madre de Dios', 19, 2, 11), ('Loreto', 15, 4, 9), ('Cusco', 11, 1, 6), ('Puno', 10, 2, 5),
            ('Otros (19 departamentos)', 42, 8, 12)]
    tm = sum(d[1] for d in data); th = sum(d[2] for d in data); tn = sum(d[3] for d in data)
    head = [['Departamento', 'Personas atendidas', '', '', 'De ellas, menores de edad'], ['', 'Mujeres', 'Hombres', 'Total', '']]
    merges = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)]
    def row(lab, m, h, n, bold=False):
        return [lab, Cn(m, 'persona', y=2022), Cn(h, 'persona', y=2022), Cn(m + h, 'persona', y=2022), Cn(n, 'menor de edad', y=2022)]
    rows = [row('TOTAL NACIONAL', tm, th, tn)] + [row(*d) for d in data]
    mtable(R, head, rows, merges=merges, widths=(5.2, 2.4, 2.4, 2.4, 3.6), size=9, bold_rows=(0,), shade_rows=(0,),
           caption='Casos de trata de personas atendidos en los CEM, según departamento, enero – diciembre 2022',
           note='Fuente: Registro de casos de los CEM – UGIGC. Elaboración propia.\n(*) Una persona se cuenta una sola vez aunque haya '
                'acudido a más de un CEM.')
    R.p('Del total de personas atendidas, el %s fueron mujeres y el %s eran menores de edad al momento de la atención.'
        % (Psp(round(tm / (tm + th) * 100, 1), y=2022), Psp(round(tn / (tm + th) * 100, 1), y=2022)), align='j', after=6)
    R.p('Sin otro particular, hago propicia la oportunidad para expresarle los sentimientos de mi consideración.', align='j')
    signoff(R, 'MARÍA ELENA CÁRDENAS VILLAR', 'Directora Ejecutiva', 'Programa Nacional AURORA')
    initials(R, 'MECV/jrq')


def x002():
    R = new('x002', 'answered', None, ['prosecution', 'protection'], ('2021-01-01', '2022-12-31'),
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios', None, 'autonomous'),
            'OFICIO N° 000318-2023-MP-FN-FPEDTP-MDD', ['Solicitud de Acceso a la Información N° 2023-1187'],
            '2023-05-09', 'oficio, figures mostly in running prose (words with digits), transposed indicator table (years as columns)',
            notes='Answered for 2021 and 2022, each year given. Rescues during operations and detentions are prosecution; the victims '
                  'referred to the victim-assistance unit are protection.')
    R.header(['MINISTERIO PÚBLICO', 'FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Madre de Dios',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios'],
             logo=(logo_png('mpfn20', 'MP', 'circle', (20, 60, 120)), 1.4))
    open20(R, 2023, 'Puerto Maldonado, 09 de mayo de 2023', 'OFICIO N° 000318-2023-MP-FN-FPEDTP-MDD',
           ['Señor', 'LUIS ALBERTO HUAMÁN TICONA', 'Ciudad.-'],
           [('ASUNTO', 'Remite información estadística – años 2021 y 2022'),
            ('REF.', 'Solicitud de Acceso a la Información N° 2023-1187')], ref_first=False)
    body(R, ['Me dirijo a usted, con relación a la solicitud de la referencia, para informarle lo siguiente:',
             'En el año 2021, este Despacho registró %s denuncias por el delito de trata de personas, de las cuales %s fueron '
             'formalizadas con investigación preparatoria; en el año 2022 ingresaron %s denuncias y se formalizaron %s.'
             % (Cwp(112, 'denuncia', y=2021), Cn(47, 'denuncia', y=2021), Cn(96, 'denuncia', y=2022), Cn(52, 'denuncia', y=2022)),
             'Las demás actuaciones del Despacho se resumen en el cuadro siguiente:'])
    ytab(R, 'Actuación fiscal', [2021, 2022],
         [('Operativos con participación fiscal', ('c', 'operativo'), [18, 23]),
          ('Presuntas víctimas rescatadas', ('c', 'víctima'), [74, 81]),
          ('Personas detenidas en flagrancia', ('c', 'persona'), [21, 26]),
          ('Requerimientos de prisión preventiva', ('c', 'requerimiento'), [15, 19]),
          ('Acusaciones formuladas', ('c', 'acusación'), [9, 12]),
          ('Sentencias condenatorias', ('c', 'sentencia'), [4, 7])],
         widths=(8.0, 2.6, 2.6), size=9.5, unit='column')
    body(R, ['Asimismo, se derivó a %s víctimas en 2021 y a %s en 2022 a la Unidad Distrital de Asistencia a Víctimas y Testigos, '
             'para su atención legal, psicológica y social. El %s de las víctimas rescatadas en 2022 fueron mujeres adolescentes.'
             % (Cn(58, 'víctima', y=2021), Cn(63, 'víctima', y=2022), Psp(64.2, y=2022)),
             'Es cuanto informo a usted para los fines pertinentes.'])
    signoff(R, 'CARLOS ENRIQUE PAREDES SALAZAR', 'Fiscal Provincial Titular',
            'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios')


def x003():
    R = new('x003', 'answered', None, ['governance', 'prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0041-2024-GOREMAD-GRDS', ['Ordenanza Regional N° 012-2021-RMDD/CR', 'Carta S/N de fecha 4 de enero de 2024'],
            '2024-01-22', 'oficio, letterhead as a ruled box in the body with a registry box, plan execution table with action lines, '
                          'programmed and executed actions and budget and a bare percent column',
            notes='Answered: 2023 plan execution. The shelter line funds protection, the network governance, campaigns and training '
                  'prevention. Budget roles: programado allocated, ejecutado executed. The registry numbers in the box are not figures.')
    hbox(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social',
             'Subgerencia de Desarrollo Humano y Promoción Social'],
         logo=(logo_png('goremad', 'MDD', 'shield', (0, 100, 60)), 1.8), right='REGISTRO SGD\nDoc. 04128771\nExp. 02281943')
    open20(R, 2024, 'Puerto Maldonado, 22 de enero de 2024', 'OFICIO N° 0041-2024-GOREMAD-GRDS',
           ['Señora', 'ROSA MARÍA TAPIA ORÉ', 'Presente.-'],
           [('ASUNTO:', 'Información sobre la implementación del Plan Regional contra la Trata de Personas – año 2023'),
            ('REFERENCIA:', 'Carta S/N de fecha 4 de enero de 2024')])
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al documento de la referencia. Al respecto, le informo que la Red Regional contra la Trata '
             'de Personas y el Tráfico Ilícito de Migrantes de Madre de Dios, reconocida mediante Ordenanza Regional N° 012-2021-RMDD/CR, '
             'sesionó en %s oportunidades durante el año 2023. La ejecución del Plan Regional en dicho año fue la siguiente:'
             % Cwz(9, 'sesión', y=2023)])
    lines = [('Fortalecimiento de la Red Regional', 4, 4, 18500.00, 17920.00),
             ('Campañas de prevención en corredores mineros', 6, 5, 42000.00, 35610.50),
             ('Capacitación a docentes y promotores', 3, 3, 12800.00, 12800.00),
             ('Fortalecimiento del Hogar de Refugio Temporal', 2, 1, 60000.00, 31200.00)]
    rows = []
    for lab, ap, ae, mp, me in lines:
        rows.append([lab, Cn(ap, 'acción', y=2023), Cn(ae, 'acción', y=2023), Mf(mp, y=2023, r='a'), Mf(me, y=2023, r='e'),
                     Pbare(round(me / mp * 100, 1), y=2023)])
    T = [sum(l[i] for l in lines) for i in range(1, 5)]
    rows.append(['Total', Cn(T[0], 'acción', y=2023), Cn(T[1], 'acción', y=2023), Mf(T[2], y=2023, r='a'), Mf(T[3], y=2023, r='e'),
                 Pbare(round(T[3] / T[2] * 100, 1), y=2023)])
    R.table([['Línea de acción', 'Acciones programadas', 'Acciones ejecutadas', 'Presupuesto programado (S/)',
              'Presupuesto ejecutado (S/)', '% de ejecución']], rows, widths=(4.6, 2.2, 2.2, 2.7, 2.6, 1.8), size=8.5,
          bold_rows=(len(rows) - 1,))
    body(R, ['Sin otro particular, quedo de usted.'])
    signoff(R, 'JORGE LUIS MAMANI QUISPE', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Madre de Dios')


def x004():
    R = new('x004', 'answered', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Unidad de Gestión Educativa Local Tambopata', 'UGEL Tambopata', 'regional_government'),
            'OFICIO N° 0389-2023-GOREMAD-DRE/UGEL-T/D', ['Solicitud con Registro N° 0045211'],
            '2023-02-15', 'oficio, split letterhead (parent bodies left, unit name large on the right), level rows with the total row first',
            notes='Answered: school prevention activities of 2022 (the year in the ASUNTO). UGEL named as the unit (kind regional_government). '
                  'Totals first. The 140 schools of the jurisdiction and the share are 2022 figures.')
    split_header(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Dirección Regional de Educación'], 'UGEL TAMBOPATA\nUnidad de Gestión Educativa Local')
    open20(R, 2023, 'Puerto Maldonado, 15 de febrero de 2023', 'OFICIO N° 0389-2023-GOREMAD-DRE/UGEL-T/D',
           ['Señor', 'PERCY VALDIVIA HUARCAYA', 'Presente'],
           [('ASUNTO', ':  Acciones de prevención de la trata de personas en II.EE. – año 2022'),
            ('REFERENCIA', ':  Solicitud con Registro N° 0045211')])
    body(R, ['Es grato dirigirme a usted para saludarlo cordialmente y, en atención al documento de la referencia, remitir la información '
             'del Área de Gestión Pedagógica sobre las actividades de prevención de la trata de personas desarrolladas en las instituciones '
             'educativas de la jurisdicción:'])
    ctab(R, [['Nivel educativo', 'II.EE. intervenidas', 'Docentes capacitados', 'Estudiantes sensibilizados', 'Padres y madres de familia']],
         [('Inicial', [12, 38, 1045, 412]), ('Primaria', [27, 96, 4382, 1390]), ('Secundaria', [19, 88, 3917, 874])],
         ['institución educativa', 'docente', 'estudiante', 'padre de familia'], year=2022, total='TOTAL', total_first=True,
         widths=(4.0, 2.8, 2.8, 3.0, 3.0), size=9)
    body(R, ['Las %s instituciones educativas intervenidas representan el %s de las %s instituciones educativas públicas de la '
             'jurisdicción.' % (Cn(58, 'institución educativa', y=2022), Pf(41.4, st='eu', suf=' %', y=2022), Cn(140, 'institución educativa', y=2022)),
             'Atentamente,'])
    signoff(R, 'Mg. EDITH SONCCO ÁLVAREZ', 'Directora de la UGEL Tambopata')


def x005():
    R = new('x005', 'answered', None, ['prevention', 'governance'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0145-2022-MTPE/2/15', ['Hoja de Ruta N° E-008811-2022'],
            '2022-02-11', 'oficio, GOB.PE brand letterhead (directorate in the last box), two-row header with years over two columns, dash cells',
            notes='Answered for 2020 and 2021. Column names join the year and the leaf header. The activity counts take the noun of the '
                  'row (taller, charla, feria, asistencia técnica); the total row counts actividades. The commission sessions are governance. '
                  '"III Plan Nacional" is not a figure.')
    gob_header(R, ['Ministerio de Trabajo\ny Promoción del Empleo', 'Viceministerio\nde Trabajo',
                   'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], widths=[1.6, 4.4, 3.4, 6.6])
    open20(R, 2022, 'Lima, 11 de febrero de 2022', 'OFICIO N° 0145-2022-MTPE/2/15',
           ['Señorita', 'KAREN YUPANQUI LAZO', 'Presente.-'],
           [('Asunto:', 'Solicitud de acceso a la información pública (periodo 2020 – 2021)'),
            ('Referencia:', 'Hoja de Ruta N° E-008811-2022')], ref_first=False)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, a fin de remitirle la información sobre las acciones de '
             'prevención del trabajo forzoso y la trata con fines de explotación laboral desarrolladas por esta Dirección General:'])
    acts = [('Talleres de sensibilización', 'taller', (14, 486), (22, 803)),
            ('Charlas virtuales', 'charla', (31, 1950), (18, 1122)),
            ('Ferias informativas', 'feria', None, (5, 640)),
            ('Asistencias técnicas a gobiernos regionales', 'asistencia técnica', (6, 74), (9, 131))]
    rows = []
    tot = [0, 0, 0, 0]
    for lab, w, a, b in acts:
        r = [lab]
        for k, (v, y) in enumerate(((a, 2020), (b, 2021))):
            if v is None:
                r += ['-', '-']
            else:
                r += [Cn(v[0], w, y=y), Cn(v[1], 'participante', y=y)]
                tot[2 * k] += v[0]; tot[2 * k + 1] += v[1]
        rows.append(r)
    rows.append(['Total', Cn(tot[0], 'actividad', y=2020), Cn(tot[1], 'participante', y=2020), Cn(tot[2], 'actividad', y=2021),
                 Cn(tot[3], 'participante', y=2021)])
    mtable(R, [['Tipo de actividad', '2020', '', '2021', ''], ['', 'Actividades', 'Participantes', 'Actividades', 'Participantes']],
           rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], widths=(6.0, 2.4, 2.6, 2.4, 2.6), size=9, bold_rows=(4,),
           note='Nota: en 2020 no se programaron ferias presenciales por el estado de emergencia sanitaria.')
    body(R, ['En materia de articulación, la Comisión Nacional para la Lucha contra el Trabajo Forzoso (CNLCTF) sesionó %s veces en '
             '2020 y %s en 2021, en el marco del III Plan Nacional para la Lucha contra el Trabajo Forzoso.'
             % (Cwp(6, 'sesión', y=2020), Cwp(8, 'sesión', y=2021)),
             'Atentamente,'])
    signoff(R, 'GUSTAVO ADOLFO RIVERA PONCE', 'Director General de Derechos Fundamentales y Seguridad y Salud en el Trabajo')


def x006():
    R = new('x006', 'answered', None, ['governance'], ('2019-01-01', '2019-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000412-2020/IN/VSP/DGSD', ['Solicitud N° 0000094-2020'],
            '2020-01-27', 'oficio, GOB.PE brand letterhead, sector budget table in thousands by "S/ (000)" column headers, '
                          'millions and thousands said aloud in the text',
            notes='Answered: 2019 PNAT budget reported by the sectors, governance (budget for the PNAT as a whole, by sector). '
                  '"S/ (000)" in the column header scales the cells by 1000. "cuatro" sessions is a count in words alone. '
                  '"S/ 14 millones 620 mil" is 14 620 000.')
    gob_header(R, ['Ministerio del Interior', 'Viceministerio de Seguridad Pública', 'Dirección General de Seguridad Democrática'],
               widths=[1.6, 4.4, 4.4, 5.6])
    open20(R, 2020, 'Lima, 27 de enero de 2020', 'OFICIO N° 000412-2020/IN/VSP/DGSD',
           ['Señor', 'RICARDO ÁLVAREZ MENDOZA', 'Presente.-'],
           [('Asunto', ':  Información sobre la implementación del PNAT 2017-2021, ejercicio 2019'),
            ('Referencia', ':  Solicitud N° 0000094-2020')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia. Al respecto, en mi condición de Secretaría '
             'Técnica de la Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de '
             'Migrantes, informo que dicha Comisión sesionó en %s oportunidades durante el ejercicio 2019.' % Cw(4, 'sesión', y=2019),
             'De acuerdo con lo reportado por los sectores, el presupuesto modificado para la implementación del PNAT en 2019 fue de '
             '%s, de los cuales se devengó %s, conforme al detalle siguiente:' % (Mmilmil(14620000, y=2019, r='a'), Mmilmil(13059000, y=2019, r='e'))])
    data = [('MININTER', 6840, 6105), ('MIMP', 3920, 3688), ('MINJUSDH', 1450, 1302), ('MTPE', 980, 811), ('MINEDU', 720, 655), ('MINSA', 710, 498)]
    rows = []
    for s_, a, e in data + [('Total', sum(d[1] for d in data), sum(d[2] for d in data))]:
        rows.append([s_, Mf(a, dec=0, scale=1000, y=2019, r='a'), Mf(e, dec=0, scale=1000, y=2019, r='e'), Pbare(round(e / a * 100, 1), y=2019)])
    R.table([['Sector', 'PIM S/ (000)', 'Devengado S/ (000)', 'Avance %']], rows, widths=(4.0, 3.2, 3.6, 2.4), size=9.5,
            bold_rows=(len(rows) - 1,), note='Fuente: reportes sectoriales al Informe Anual 2019 de la Comisión Multisectorial.')
    body(R, ['Finalmente, durante el mismo año se actualizó en el Sistema RETA-PNP el registro de %s casos, con fines de seguimiento y '
             'monitoreo.' % Cn(1284, 'caso', st='sp', y=2019),
             'Hago propicia la ocasión para expresarle las muestras de mi especial consideración.'])
    signoff(R, 'VÍCTOR RAÚL SALAS CHÁVEZ', 'Director General de Seguridad Democrática')


def x007():
    R = new('x007', 'out_of_period', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Defensoría del Pueblo', None, 'autonomous'),
            'OFICIO N° 0212-2022-DP/OD-LOR', ['Carta N° 018-2022-CT'],
            '2022-11-18', 'oficio, centred letterhead with logo, shelter rows with three count columns and a total row',
            notes='Out of period: 2022 was asked; the 2022 supervision report is awaiting approval by the Adjuntía and is not given, so '
                  'only the 2021 supervision is reported. The Loreto office is recorded as the Defensoría del Pueblo.')
    R.header(['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Loreto'], logo=(logo_png('dp20', 'DP', 'square', (0, 70, 140)), 1.3))
    open20(R, 2022, 'Iquitos, 18 de noviembre de 2022', 'OFICIO N° 0212-2022-DP/OD-LOR',
           ['Señora', 'GLADYS PINEDO SHAPIAMA', 'Iquitos.-'],
           [('Asunto:', 'Supervisión de Centros de Acogida Residencial (CAR) en Loreto – año 2022'),
            ('Referencia:', 'Carta N° 018-2022-CT')])
    body(R, ['Me dirijo a usted con relación al documento de la referencia. Sobre el particular, le comunico que el informe de la supervisión '
             'a los CAR de la región correspondiente al año 2022 se encuentra en revisión de la Adjuntía para la Niñez y la Adolescencia y '
             'solo podrá ser difundido una vez aprobado.',
             'Sin perjuicio de ello, a fin de contribuir con su investigación, le alcanzamos los resultados de la supervisión realizada en 2021:'])
    ctab(R, [['Centro de Acogida Residencial', 'Capacidad (plazas)', 'Residentes', 'De ellos, víctimas de trata']],
         [('CAR A – Iquitos', [40, 36, 9]), ('CAR B – Punchana', [30, 31, 6]), ('CAR C – San Juan Bautista', [25, 19, 4]),
          ('CAR D – Yurimaguas', [20, 17, 5])], ['plaza', 'residente', 'víctima'], year=2021, total='Total',
         widths=(6.0, 3.0, 2.6, 3.4), size=9, caption='Supervisión de CAR – Loreto, 2021')
    body(R, ['Atentamente,'])
    signoff(R, 'ABOG. JULIO CÉSAR RENGIFO DEL ÁGUILA', 'Jefe de la Oficina Defensorial de Loreto')


def x008():
    R = new('x008', 'answered', None, ['prosecution'], ('2023-01-01', '2023-06-30'),
            S('Comisaría PNP Mazuko', None, 'police'),
            'OFICIO N° 087-2023-REGPOL-MDD/DIVPOL-MDD/CPNP-MAZ', ['Oficio N° 1214-2023-REGPOL-MDD/SEC'],
            '2023-07-14', 'police oficio in Times New Roman, month rows with a two-row header (victims split into adults and minors), total row',
            font='Times New Roman',
            notes='Answered: January-June 2023, the requested semester, month by month. Presumed victims identified in interventions are '
                  'prosecution. The police station is named as itself (kind police).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'DIVISIÓN POLICIAL MADRE DE DIOS', 'COMISARÍA PNP MAZUKO'],
             size=9)
    open20(R, 2023, 'Mazuko, 14 de julio de 2023', 'OFICIO N° 087-2023-REGPOL-MDD/DIVPOL-MDD/CPNP-MAZ',
           ['SEÑOR:', 'CORONEL PNP JEFE DE LA REGIÓN POLICIAL MADRE DE DIOS', 'Puerto Maldonado.-'],
           [('ASUNTO', ':  Remite información estadística solicitada.'),
            ('REF.', ':  Oficio N° 1214-2023-REGPOL-MDD/SEC (traslada solicitud de acceso a la información pública)')])
    body(R, ['Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para remitir la información estadística sobre el '
             'delito de trata de personas registrada en esta Comisaría durante el primer semestre del año 2023 (enero a junio):'])
    m = [('Enero', 3, 2, 4, 1), ('Febrero', 2, 1, 2, 0), ('Marzo', 5, 3, 6, 3), ('Abril', 4, 2, 3, 2), ('Mayo', 6, 4, 7, 2), ('Junio', 3, 3, 5, 1)]
    rows = []
    for lab, a, b, c, d in m:
        rows.append([lab, Cn(a, 'denuncia', y=2023), Cn(b, 'intervención', y=2023), Cn(c, 'víctima', y=2023), Cn(d, 'víctima', y=2023)])
    T = [sum(x[i] for x in m) for i in range(1, 5)]
    rows.append(['TOTAL', Cn(T[0], 'denuncia', y=2023), Cn(T[1], 'intervención', y=2023), Cn(T[2], 'víctima', y=2023), Cn(T[3], 'víctima', y=2023)])
    mtable(R, [['Mes', 'Denuncias', 'Intervenciones', 'Presuntas víctimas', ''], ['', '', '', 'Mayores de edad', 'Menores de edad']],
           rows, merges=[(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 0, 4)], widths=(3.2, 2.6, 2.8, 3.0, 3.0), size=10,
           bold_rows=(6,), font='Times New Roman')
    body(R, ['Es todo cuanto informo a Ud., para los fines consiguientes.', 'Dios guarde a Ud.'])
    signoff(R, 'HÉCTOR RAMOS CUTIPA', 'MAYOR PNP – COMISARIO DE MAZUKO', 'O-231477', before=20)


def x009():
    R = new('x009', 'answered', None, ['prosecution'], ('2018-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Madre de Dios', 'CSJMD', 'autonomous'),
            'OFICIO N° 000451-2023-GAD-CSJMD-PJ', ['Expediente N° 000977-2023-TRANSP'],
            '2023-06-06', 'oficio, letterhead drawn as a picture (no text layer), year rows 2018-2022 with a partial total row, '
                          'notes with an asterisk under the table',
            notes='Answered for 2018-2022, every year. The letterhead is an image: the sender is in the reference line and the signature. '
                  'The total row sums the first three columns only (no year); the cases pending at year end are not totalled. '
                  '"129-B" is an article number.')
    R.header_image(['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Madre de Dios', 'Gerencia de Administración Distrital'],
                   'csjmd', color=(110, 20, 20), shape='shield')
    open20(R, 2023, 'Puerto Maldonado, 6 de junio de 2023', 'OFICIO N° 000451-2023-GAD-CSJMD-PJ',
           ['Señora', 'LUCÍA FERNANDA OCAMPO RÍOS', 'Presente.-'],
           [('Asunto:', 'Información estadística sobre procesos por trata de personas (2018 – 2022)'),
            ('Referencia:', 'Expediente N° 000977-2023-TRANSP')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, para remitirle la información proporcionada '
             'por el Área de Estadística de esta Corte Superior:'])
    yrs = [(2018, 14, 5, 2, 21), (2019, 19, 6, 3, 27), (2020, 11, 3, 1, 30), (2021, 17, 7, 2, 33), (2022, 22, 9, 4, 36)]
    rows = []
    for y, a, b, c, d in yrs:
        rows.append([str(y), Cn(a, 'expediente', y=y), Cn(b, 'sentencia', y=y), Cn(c, 'sentencia', y=y), Cn(d, 'expediente', y=y)])
    rows.append(['Total', Cn(sum(x[1] for x in yrs), 'expediente'), Cn(sum(x[2] for x in yrs), 'sentencia'),
                 Cn(sum(x[3] for x in yrs), 'sentencia'), '—'])
    R.table([['Año', 'Expedientes ingresados (*)', 'Sentencias condenatorias', 'Sentencias absolutorias', 'En trámite al cierre del año']],
            rows, widths=(2.0, 3.4, 3.2, 3.2, 3.4), size=9.5, bold_rows=(5,),
            note='Fuente: Sistema Integrado Judicial (SIJ) – Área de Estadística.\n(*) Incluye procesos por trata de personas agravada '
                 '(art. 129-B del Código Penal).')
    body(R, ['Atentamente,'])
    signoff(R, 'CPC. MARIO ALBERTO QUISPE HUILLCA', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Madre de Dios')


def x010():
    R = new('x010', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Organización Internacional para las Migraciones', 'OIM', 'foreign'),
            'IOM/PE/CoM/2022/0117', ['letter of 14 February 2022'],
            '2022-03-03', 'English letter, name at the top and address in the footer, figures in running prose, two-column assistance table',
            lang='en', font='Calibri',
            notes='Answered: calendar year 2021. US dollar amounts executed (grants disbursed, spent). Counts in English nouns.')
    foot_letterhead(R, 'International Organization for Migration · Peru',
                    'IOM Country Office for Peru · Av. José Pardo 601, Miraflores, Lima · iomlima@iom.int',
                    logo=(logo_png('iom20', 'IOM', 'circle', (0, 90, 170)), 1.2))
    R.p('Ref.: IOM/PE/CoM/2022/0117', bold=True, after=2)
    R.p('Lima, 3 March 2022', after=10)
    to(R, ['Ms. Daniela Ríos Cáceres', 'Lima'])
    body(R, ['Dear Ms. Ríos,',
             'Thank you for your letter of 14 February 2022 requesting information on IOM’s assistance to victims of trafficking in '
             'persons in Peru during calendar year 2021.',
             'In 2021, IOM Peru assisted %s victims of trafficking, of whom %s were foreign nationals and %s Peruvian nationals; '
             '%s of them were children or adolescents. The assistance provided was as follows:'
             % (Cn(143, 'victim', y=2021), Cn(61, 'victim', y=2021), Cn(82, 'victim', y=2021), P('42.7%', 42.7, y=2021))])
    R.table([['Type of assistance', 'Persons assisted']],
            [['Temporary accommodation', Cn(57, 'person', y=2021)], ['Medical and psychological care', Cn(98, 'person', y=2021)],
             ['Legal counselling', Cn(44, 'person', y=2021)], ['Assisted voluntary return', Cn(19, 'person', y=2021)],
             ['Reintegration support', Cn(37, 'person', y=2021)]], widths=(8.0, 3.5), size=10, align='l')
    body(R, ['Reintegration grants disbursed to victims amounted to %s, and the direct assistance component as a whole spent %s in 2021.'
             % (M('USD 86,500', 86500.0, y=2021, r='e', cur='USD'), M('US$ 212,400.00', 212400.0, y=2021, r='e', cur='USD')),
             'Please do not hesitate to contact us should you require further information.',
             'Yours sincerely,'])
    R.p('', before=16)
    R.p('Elena Marchetti', bold=True, after=0)
    R.p('Chief of Mission, IOM Peru', after=0)


def x011():
    R = new('x011', 'missing', 'acknowledgment', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'CONSTANCIA DE RECEPCIÓN N° 004587-2023-GRU-MPV', [],
            '2023-04-14', 'receipt printed from the virtual front desk: field table, a status line, no signature',
            notes='Acknowledgment: the receipt records the request and says it was passed to the social development office; no information. '
                  'The period and the subject (prevention and victim care) are in the ASUNTO field.')
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'Mesa de Partes Virtual'], size=9, logo=(logo_png('goreu', 'GRU', 'shield', (20, 110, 40)), 1.2))
    R.p('CONSTANCIA DE RECEPCIÓN N° 004587-2023-GRU-MPV', bold=True, align='c', size=12, after=8)
    kv(R, [('Fecha y hora:', '14/04/2023 10:42:17'), ('Remitente:', 'JOSÉ ANTONIO CURO MEDINA'),
           ('Tipo de documento:', 'Solicitud de acceso a la información pública'),
           ('Asunto:', 'Información sobre acciones de prevención de la trata de personas y atención a víctimas en la región Ucayali, año 2022'),
           ('Destino:', 'Gerencia Regional de Desarrollo Social'), ('Estado:', 'DERIVADO')], tab=4.0, w2=12.0)
    body(R, ['La presente constancia acredita la recepción de su documento. El plazo de atención se computa desde el día hábil siguiente '
             'a la fecha de recepción. Podrá consultar el estado de su trámite en la plataforma de seguimiento documentario del Gobierno '
             'Regional de Ucayali.',
             'Documento generado automáticamente; no requiere firma.'], size=9)


def x012():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    R = new('x012', 'answered', None, ['protection'], ('2022-01-01', '2023-12-31'),
            S('Gerencia Regional de Salud de Arequipa', 'GERESA Arequipa', 'regional_government'),
            None, [], '2024-02-05',
            'spreadsheet sent alone: title block, two-row header (year over sex), a variation percent column formatted by the sheet, '
            'source and issue-date lines', fmt='xlsx', keep_native=True,
            notes='Answered: 2022 and 2023, both given. Spreadsheet sent alone, no own reference; the issue date line gives the date. '
                  'The variation percents (one negative) have no year.')
    ws = R.wb.active
    ws.title = 'Atenciones'
    xsetup(ws, landscape=True)
    ws['A1'] = 'GOBIERNO REGIONAL DE AREQUIPA – GERENCIA REGIONAL DE SALUD'
    ws['A2'] = 'Atenciones a presuntas víctimas de trata de personas en establecimientos de salud, según red de salud y sexo, 2022-2023'
    ws['A1'].font = Font(bold=True, size=12); ws['A2'].font = Font(bold=True, size=11)
    head = [['Red de Salud', '2022', None, '2023', None, 'Variación 2023/2022 (%)'], [None, 'Mujeres', 'Hombres', 'Mujeres', 'Hombres', None]]
    data = [('Red de Salud Arequipa Caylloma', 64, 11, 72, 9), ('Red de Salud Camaná Caravelí', 18, 3, 23, 4),
            ('Red de Salud Castilla Condesuyos La Unión', 7, 1, 5, 2), ('Red de Salud Islay', 9, 2, 14, 1)]
    tot = ('Total', sum(d[1] for d in data), sum(d[2] for d in data), sum(d[3] for d in data), sum(d[4] for d in data))
    rows = []
    for lab, a, b, c, d in data + [tot]:
        var = round(((c + d) - (a + b)) / (a + b), 3)
        rows.append([lab, (a, '#,##0', 'count', {'what': 'persona', 'y': 2022}), (b, '#,##0', 'count', {'what': 'persona', 'y': 2022}),
                     (c, '#,##0', 'count', {'what': 'persona', 'y': 2023}), (d, '#,##0', 'count', {'what': 'persona', 'y': 2023}),
                     (var, '0.0%', 'percent', {})])
    xtable(R, ws, 4, head, rows, widths=[42, 12, 12, 12, 12, 24], merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4), (0, 5, 1, 5)],
           bold_last=True, colnames=['Red de Salud', '2022 Mujeres', '2022 Hombres', '2023 Mujeres', '2023 Hombres', 'Variación 2023/2022 (%)'])
    ws['A12'] = 'Fuente: HIS MINSA – Oficina de Estadística e Informática. Fecha de corte: 31/01/2024.'
    ws['A13'] = 'Fecha de emisión: 05/02/2024'
    xfont(ws, 'Calibri')


def x013():
    R = new('x013', 'answered', None, ['protection', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Inambari', None, 'district_municipality'),
            'CARTA N° 031-2022-MDI-GDSE', ['Solicitud de fecha 17 de febrero de 2022'],
            '2022-03-07', 'carta, letterhead split between header (name) and footer (address, telephone), a substantive null answer',
            notes='Answered (substantive null): in 2021 the DEMUNA registered no trafficking case and no activity or budget was programmed; '
                  'the only figure is the zero amount "S/ 0.00" (allocated, 2021). The telephone number in the footer is not a figure.')
    foot_letterhead(R, 'Municipalidad Distrital de Inambari',
                    'Plaza de Armas s/n – Mazuko, Inambari, Tambopata – Madre de Dios · Teléfono (082) 57-3214 · mesadepartes@muniinambari.gob.pe',
                    logo=(logo_png('mdi20', 'MDI', 'shield', (150, 80, 0)), 1.2))
    open20(R, 2022, 'Mazuko, 07 de marzo de 2022', 'CARTA N° 031-2022-MDI-GDSE',
           ['Señor', 'FRANCO BELTRÁN ZEVALLOS', 'Presente.-'],
           [('ASUNTO', ':  Respuesta a solicitud de información – año 2021'),
            ('REF.', ':  Solicitud de fecha 17 de febrero de 2022')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, a fin de comunicarle que, revisados los registros de la Defensoría '
             'Municipal del Niño y del Adolescente (DEMUNA), durante el ejercicio fiscal 2021 no se registraron casos de trata de personas, '
             'ni se recibieron derivaciones de la Policía Nacional o del Ministerio Público por dicho delito.',
             'Asimismo, la Municipalidad no programó actividades específicas de prevención de la trata de personas en el año 2021, '
             'registrándose en el Presupuesto Institucional Modificado de dicho año un monto de %s para esa finalidad.'
             % M('S/ 0.00', 0.0, y=2021, r='a'),
             'Atentamente,'])
    signoff(R, 'LIC. NANCY HUILLCA CONDORI', 'Gerente de Desarrollo Social y Económico')


def x014():
    R = new('x014', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'OFICIO N° 000154-2023-SUNAT/3H0000', ['Solicitud de Acceso a la Información N° 2023-TAC-0311'],
            '2023-03-30', 'oficio, GOB.PE brand letterhead, action rows with a count and an amount column and a total row',
            notes='Off topic: contraband control (seized goods, persons handed to prosecutors), not trafficking in persons. The period '
                  'stated in the ASUNTO is kept. The variation percent has no year.')
    gob_header(R, ['Ministerio de Economía\ny Finanzas', 'Superintendencia Nacional de Aduanas y de Administración Tributaria',
                   'Intendencia de Aduana de Tacna'], widths=[1.6, 4.0, 6.0, 4.4])
    open20(R, 2023, 'Tacna, 30 de marzo de 2023', 'OFICIO N° 000154-2023-SUNAT/3H0000',
           ['Señor', 'WALTER CHOQUE FLORES', 'Presente.-'],
           [('Asunto', ':  Acciones de control del contrabando y tráfico ilícito de mercancías – año 2022'),
            ('Referencia', ':  Solicitud de Acceso a la Información N° 2023-TAC-0311')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia para remitirle el resumen de las acciones de control '
             'ejecutadas por esta Intendencia en el año 2022:'])
    d = [('Operativos en carretera', 214, 8412650.30), ('Operativos en ferias y mercados', 38, 1208400.00),
         ('Acciones en puestos de control', 96, 3115920.75)]
    rows = [[a, Cn(b, 'intervención', y=2022), Mf(c, y=2022)] for a, b, c in d]
    rows.append(['Total', Cn(sum(x[1] for x in d), 'intervención', y=2022), Mf(round(sum(x[2] for x in d), 2), y=2022)])
    R.table([['Tipo de acción', 'N° de intervenciones', 'Valor de la mercancía incautada (S/)']], rows, widths=(6.5, 3.2, 5.0), size=9.5,
            bold_rows=(3,))
    body(R, ['El valor incautado representó un incremento de %s respecto del año anterior. Asimismo, se puso a disposición del Ministerio '
             'Público a %s personas por delito aduanero.' % (Psp(18.6, st='eu'), Cn(41, 'persona', y=2022)),
             'Atentamente,'])
    signoff(R, 'ING. ROXANA VILCA APAZA', 'Intendente de Aduana de Tacna (e)')


def x015():
    R = new('x015', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Cultura', 'MINCUL', 'ministry'),
            'OFICIO N° 000233-2022-DGDP/MC', ['Hoja de Trámite N° 2022-0009874'],
            '2022-02-16', 'oficio, GOB.PE brand letterhead, figures in a short list and in running prose, old apostrophe millions',
            notes='Off topic: illicit trafficking of cultural property (recovered goods, repatriations, complaints), not trafficking in '
                  'persons. "1.146" is a dotted thousand count. The period in the ASUNTO is kept.')
    gob_header(R, ['Ministerio de Cultura', 'Viceministerio de Patrimonio Cultural e Industrias Culturales',
                   'Dirección General de Defensa del Patrimonio Cultural'], widths=[1.6, 3.4, 5.6, 5.4])
    open20(R, 2022, 'San Borja, 16 de febrero de 2022', 'OFICIO N° 000233-2022-DGDP/MC',
           ['Señora', 'PAOLA MENDIETA GUERRA', 'Presente.-'],
           [('Asunto:', 'Información sobre la lucha contra el tráfico ilícito de bienes culturales – 2021'),
            ('Referencia:', 'Hoja de Trámite N° 2022-0009874')], ref_first=False)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para informarle que durante el año 2021 '
             'esta Dirección General obtuvo los siguientes resultados en la lucha contra el tráfico ilícito de bienes culturales:'])
    bl(R, ['Bienes culturales muebles recuperados: %s' % Cn(1146, 'bien cultural', st='eu', y=2021),
           'Procesos de repatriación concluidos: %s' % Cn(7, 'proceso', y=2021),
           'Denuncias interpuestas ante el Ministerio Público: %s' % Cn(58, 'denuncia', y=2021)])
    body(R, ['Para tal fin se ejecutó un presupuesto de %s, equivalente al %s del presupuesto programado para la actividad.'
             % (Mapos(1384250.00, y=2021, r='e'), Pf(91.3, suf=' %', y=2021)),
             'Atentamente,'])
    signoff(R, 'LIC. ÓSCAR MANUEL TELLO ARIAS', 'Director General de Defensa del Patrimonio Cultural')
