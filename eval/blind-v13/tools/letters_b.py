"""blind-v13 letters p016-p030 (answered p016-p024, out_of_period p025-p030), written for this set.
All persons, numbers and events are invented."""
from common import *
from lib import M, C, P, XL, logo_png, plain


def p016():
    R = new('p016', 'answered', None, ['protection'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° D000845-2023-OGTI-MINSA', ['Solicitud de Acceso a la Información Pública N° 3217-2023', 'NOTA INFORMATIVA N° D000112-2023-DSAME-MINSA'],
            '2023-03-28',
            'oficio; table grouped by macro-area with shaded subtotal rows ("Subtotal Lima Metropolitana", "Subtotal regiones") '
            'and a final total; columns persons attended and care sessions; percent in a sentence',
            size=10.5)
    R.header(['PERÚ   Ministerio de Salud', 'Oficina General de Tecnologías de la Información'], align='l', size=9,
             logo=(logo_png('minsa', 'MINSA', 'square', (180, 20, 30)), 1.4))
    lema(R, 2023)
    R.p('Lima, 28 de marzo de 2023', align='r')
    R.p('OFICIO N° D000845-2023-OGTI-MINSA', bold=True, after=6)
    to(R, ['Señora', 'Pamela Judith Quiroz Anchiraico', 'Presente.-'])
    kv(R, [('Asunto', ': Atenciones de salud mental a víctimas de trata de personas - 2022'),
           ('Referencia', ': a) Solicitud de Acceso a la Información Pública N° 3217-2023\n  b) NOTA INFORMATIVA N° D000112-2023-DSAME-MINSA')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento a) de la referencia, mediante el cual solicita '
             'información sobre las atenciones de salud brindadas a víctimas de trata de personas durante el año 2022. Al '
             'respecto, la Dirección de Salud Mental, mediante el documento b), remite la información registrada en el '
             'sistema HIS con el diagnóstico de víctima de trata (código Y07 y afines):'])
    groups = [('Lima Metropolitana', [('DIRIS Lima Centro', 64, 311), ('DIRIS Lima Norte', 41, 198), ('DIRIS Lima Sur', 29, 142),
                                       ('DIRIS Lima Este', 37, 176)]),
              ('regiones', [('DIRESA Cusco', 33, 127), ('DIRESA Loreto', 45, 203), ('DIRESA Madre de Dios', 52, 249),
                            ('DIRESA Puno', 26, 98), ('GERESA Arequipa', 18, 71)])]
    rows, sh = [], []
    T = [0, 0]
    for g, items in groups:
        s = [0, 0]
        for lab, a, b in items:
            rows.append([lab, Cn(a, 'persona', y=2022), Cn(b, 'atención', y=2022)])
            s = [s[0] + a, s[1] + b]
        rows.append(['Subtotal ' + g, Cn(s[0], 'persona', y=2022), Cn(s[1], 'atención', y=2022)])
        sh.append(len(rows) - 1)
        T = [T[0] + s[0], T[1] + s[1]]
    rows.append(['Total general', Cn(T[0], 'persona', y=2022), Cn(T[1], 'atención', y=2022)])
    R.table([['Dirección de Salud', 'Personas atendidas', 'Atenciones brindadas']], rows, widths=(6.5, 3.5, 3.5), size=9,
            bold_rows=tuple(sh + [len(rows) - 1]), shade_rows=tuple(sh), shade_fill='FCE4D6', head_shade='F8CBAD',
            caption='Víctimas de trata atendidas en servicios de salud mental, año 2022', note='Fuente: HIS-MINSA, base de datos al 15.02.2023.')
    body(R, ['Del total de personas atendidas, el ' + Pf(81.4, 1, suf=' %', y=2022) + ' fueron mujeres y el ' +
             Pf(43.5, 1, suf=' %', y=2022) + ' menores de 18 años. Las atenciones incluyen consulta psiquiátrica, psicoterapia '
             'individual y visitas domiciliarias de los Centros de Salud Mental Comunitaria.'])
    R.p('Atentamente,', after=2)
    dsig(R, 'Ricardo Manuel Espinoza Luján', 'Director General', 'Oficina General de Tecnologías de la Información',
         when='28.03.2023 09:14:52 -05:00', fau='20131373237')
    R.save()


def p017():
    months = ['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun']
    R = new('p017', 'answered', None, ['protection'], ('2023-01-01', '2023-06-30'),
            S('Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA',
              'AURORA', 'ministry'),
            'OFICIO N° D000611-2023-MIMP-AURORA-DE', ['Expediente N° MIMP2023-INT-0318842'],
            '2023-07-19',
            'oficio; transposed monthly table (rows: form of exploitation, columns Ene-Jun 2023 and a total), a second row '
            'block by age group; requested period January-June 2023',
            font='Arial', size=10)
    R.header(['Ministerio de la Mujer y Poblaciones Vulnerables', 'Programa Nacional AURORA - Dirección Ejecutiva'], align='l', size=8,
             logo=(logo_png('aurora', 'AUR', 'circle', (120, 40, 120)), 1.2))
    lema(R, 2023)
    R.p('Lima, 19 de julio de 2023', align='r')
    R.p('OFICIO N° D000611-2023-MIMP-AURORA-DE', bold=True, after=6)
    to(R, ['Señorita', 'Daniela Cristina Ayala Huerta', 'Estudiante de la Facultad de Derecho - PUCP'])
    kv(R, [('Asunto', ': Casos de trata atendidos en los Centros Emergencia Mujer, enero - junio 2023'),
           ('Referencia', ': Expediente N° MIMP2023-INT-0318842')], size=10)
    body(R, ['Me dirijo a usted en relación al documento de la referencia, a fin de remitirle la información sobre los casos de '
             'trata de personas atendidos por los Centros Emergencia Mujer (CEM) a nivel nacional en el primer semestre de 2023, '
             'elaborada por la Unidad de Generación de Información y Gestión del Conocimiento:'], size=10)
    data = [('Explotación sexual', [9, 7, 12, 10, 8, 11]), ('Explotación laboral', [4, 3, 5, 2, 6, 4]),
            ('Mendicidad', [1, 0, 1, 2, 0, 1]), ('Otras finalidades', [0, 1, 0, 1, 1, 0])]
    ages = [('0 a 17 años', [8, 6, 10, 9, 7, 9]), ('18 a 29 años', [4, 4, 6, 4, 6, 5]), ('30 a más años', [2, 1, 2, 2, 2, 2])]
    rows = []
    for lab, v in data:
        rows.append([lab] + [Cn(x, 'caso', y=2023) for x in v] + [Cn(sum(v), 'caso', y=2023)])
    tot = [sum(d[1][i] for d in data) for i in range(6)]
    rows.append(['Total casos'] + [Cn(x, 'caso', y=2023) for x in tot] + [Cn(sum(tot), 'caso', y=2023)])
    rows.append(['Por grupo de edad', '', '', '', '', '', '', ''])
    for lab, v in ages:
        rows.append([lab] + [Cn(x, 'caso', y=2023) for x in v] + [Cn(sum(v), 'caso', y=2023)])
    R.table([['Finalidad / edad'] + months + ['Total']], rows, widths=(4.6, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.8), size=9,
            bold_rows=(4, 5), shade_rows=(5,), shade_fill='EDE1F0', head_shade='D9C3E0',
            caption='Casos de trata de personas atendidos por los CEM, 2023', note='Fuente: Registro de casos de los CEM - UGIGC.')
    body(R, ['Todos los casos fueron comunicados al Ministerio Público y, en el caso de niñas, niños y adolescentes, a la Unidad '
             'de Protección Especial. Los CEM brindaron atención psicológica, legal y social a las víctimas.'], size=10)
    R.p('Atentamente,', after=2, size=10)
    dsig(R, 'Sandra Isabel Meléndez Pastor', 'Directora Ejecutiva', 'Programa Nacional AURORA', when='19/07/2023 17:21', fau='20336951527')
    R.save()


def p018():
    R = new('p018', 'answered', None, ['protection'], ('2021-01-01', '2022-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 1129-2023-JUS/DGDPAJ', ['HR N° 00045871-2023'],
            '2023-04-05',
            'oficio; table with merged year headers (2021, 2022) over "Nuevos" and "Concluidos" columns, by Dirección Distrital, '
            'total row; percent in a sentence',
            font='Times New Roman', size=11)
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'], align='c', size=9)
    lema(R, 2023)
    R.p('Miraflores, 05 de abril de 2023', align='r')
    R.p('OFICIO N° 1129-2023-JUS/DGDPAJ', bold=True, after=6)
    to(R, ['Señor', 'Raúl Esteban Mamani Apaza', 'Coordinador del Colectivo Warmi Kallpa', 'Juliaca'])
    R.p('Referencia: HR N° 00045871-2023', after=8)
    body(R, ['De mi consideración:', 'Me dirijo a usted a fin de atender su pedido de información sobre la asistencia legal '
             'gratuita brindada por los defensores públicos de víctimas a personas agraviadas por el delito de trata de personas '
             'en los años 2021 y 2022. La información registrada en el Sistema de Defensa Pública es la siguiente:'])
    dd = [('Lima', 38, 21, 44, 29), ('Lima Norte', 12, 7, 15, 9), ('Cusco', 17, 10, 21, 13), ('Puno', 23, 12, 26, 18),
          ('Madre de Dios', 29, 15, 31, 22), ('Loreto', 19, 11, 24, 14), ('Tumbes', 8, 5, 11, 6)]
    rows = [[n, Cn(a, 'patrocinio', y=2021), Cn(b, 'patrocinio', y=2021), Cn(c, 'patrocinio', y=2022), Cn(d, 'patrocinio', y=2022)]
            for n, a, b, c, d in dd]
    rows.append(['Total'] + [Cn(sum(x[i] for x in dd), 'patrocinio', y=(2021 if i < 3 else 2022)) for i in range(1, 5)])
    R.table([['Dirección Distrital', '2021', '', '2022', ''], ['', 'Nuevos', 'Concluidos', 'Nuevos', 'Concluidos']], rows,
            widths=(5.0, 2.4, 2.4, 2.4, 2.4), merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)), size=9.5,
            colnames=[None, '2021 Nuevos', '2021 Concluidos', '2022 Nuevos', '2022 Concluidos'], bold_rows=(len(rows) - 1,),
            caption='Patrocinios a víctimas de trata de personas', head_shade='DEEAF6')
    body(R, ['En 2022, el ' + P('63 %', 63.0, y=2022) + ' de los patrocinios nuevos correspondió a víctimas menores de edad. Asimismo, '
             'se cuenta con ' + Cn(27, 'defensor público', y=2022) + ' defensores públicos de víctimas especializados en la materia.'])
    R.p('Atentamente,', after=2)
    R.sign('Dra. Yolanda Patricia Cusi Mendoza', 'Directora General', 'Dirección General de Defensa Pública y Acceso a la Justicia', before=20)
    R.save()


def p019():
    R = new('p019', 'answered', None, ['prevention', 'governance'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'CARTA N° 112-2022-SG/MDSJL', ['Expediente N° 4213-2022', 'Ordenanza N° 417-MDSJL'],
            '2022-03-11',
            'carta with a FECHA / REFERENCIA / ASUNTO block (date only inside the block); figures in a numbered list; '
            'amounts "S/." with comma decimals and dot thousands ("S/. 8.750,00"), printed with no-break spaces',
            font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'SECRETARÍA GENERAL'], align='r', size=9,
             logo=(logo_png('mdsjl', 'SJL', 'shield', (0, 100, 170)), 1.2))
    lema(R, 2022)
    R.p('CARTA N° 112-2022-SG/MDSJL', bold=True, align='c', after=6)
    kv(R, [('FECHA', ': San Juan de Lurigancho, 11 de marzo de 2022'),
           ('PARA', ': Sr. Kevin Antonio Chumpitaz Rojas'),
           ('REFERENCIA', ': Expediente N° 4213-2022'),
           ('ASUNTO', ': Información sobre prevención de la trata de personas - año 2021')])
    body(R, ['Por medio de la presente me dirijo a usted, en atención al expediente de la referencia, para hacerle llegar la '
             'información remitida por la Gerencia de la Mujer y Desarrollo Humano respecto del año 2021:'])
    items = [
        'El Comité Distrital contra la Trata de Personas, creado por Ordenanza N° 417-MDSJL, realizó ' + Cn(5, 'reunión', y=2021) +
        ' reuniones de coordinación con la Comisaría de Canto Rey, el Centro de Salud y las instituciones educativas.',
        'Se desarrollaron ' + Cn(16, 'charla', y=2021) + ' charlas informativas en asentamientos humanos de Jicamarca y Montenegro, con ' +
        Cn(640, 'vecino', y=2021) + ' vecinos participantes.',
        'Se capacitó a ' + Cn(85, 'promotor', y=2021) + ' promotores del Programa Vaso de Leche como agentes de detección y derivación.',
        'El presupuesto asignado a la actividad fue de ' + Mn(8750.00, 'eu', pre='S/. ', nb=True, y=2021, r='a') +
        ', habiéndose pagado ' + Mn(8312.40, 'eu', pre='S/. ', nb=True, y=2021, r='e') + ' por materiales e impresiones.']
    for i, t in enumerate(items, 1):
        R.p('%d)  %s' % (i, t), align='j', indent=0.6, first=-0.6, after=4)
    R.p('Sin otro particular, hago propicia la ocasión para expresarle mi consideración.', after=2)
    sig_seal(R, 'Abog. Milton César Huarcaya León', 'Secretario General', 'Municipalidad de San Juan de Lurigancho',
             seal_png('mdsjl', ['MUNICIPALIDAD', 'SAN JUAN DE', 'LURIGANCHO', 'SEC. GENERAL'], color=(120, 30, 30)))
    R.save()


def p020():
    R = new('p020', 'answered', None, ['governance'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Lambayeque', 'GORE Lambayeque', 'regional_government'),
            'OFICIO N° 000187-2022-GR.LAMB/GRDS', ['Solicitud con registro N° 4018224-2', 'Ordenanza Regional N° 009-2019-GR.LAMB/CR'],
            '2022-02-25',
            'oficio; amounts with dot thousands and comma decimals ("1.234,50"), PIA / PIM / Devengado rows with columns '
            '"Ejecución 2021" and "Programación 2022" (the requested year and the following one); count in a sentence',
            notes='Mixed period: the 2022 programming column is given beside the requested 2021 execution.')
    R.header(['GOBIERNO REGIONAL DE LAMBAYEQUE', 'Gerencia Regional de Desarrollo Social'], align='c', size=9)
    lema(R, 2022)
    R.p('Chiclayo, 25 de febrero de 2022', align='r')
    R.p('OFICIO N° 000187-2022-GR.LAMB/GRDS', bold=True, after=8)
    to(R, ['Señora', 'Ana Lucía Delgado Vidaurre', 'Ciudad'])
    kv(R, [('ASUNTO', ': Presupuesto del Plan Regional contra la Trata de Personas'),
           ('REFERENCIA', ': Solicitud con registro N° 4018224-2')])
    body(R, ['Es grato dirigirme a usted en atención a la solicitud de la referencia, en la que pide conocer el presupuesto '
             'destinado en el año 2021 a la implementación del Plan Regional contra la Trata de Personas de Lambayeque, aprobado '
             'por Ordenanza Regional N° 009-2019-GR.LAMB/CR, y su ejecución.',
             'Se informa que la Comisión Regional Multisectoral de seguimiento del Plan sesionó ' + C('ocho (08) veces', 8, 'sesión', y=2021) +
             ' en 2021. Los recursos del Plan, a nivel de pliego, son los siguientes (en soles):'])
    rows = [['Presupuesto Institucional de Apertura (PIA)', Mf(96000.00, 'eu', y=2021, r='a', u='caption'), Mf(120000.00, 'eu', y=2022, r='a', u='caption')],
            ['Presupuesto Institucional Modificado (PIM)', Mf(104350.50, 'eu', y=2021, r='a', u='caption'), Mf(120000.00, 'eu', y=2022, r='a', u='caption')],
            ['Devengado al 31 de diciembre', Mf(99128.75, 'eu', y=2021, r='e', u='caption'), 'No aplica'],
            ['Avance de ejecución', Pf(95.0, 1, st='eu', y=2021, u='cell'), '-']]
    R.table([['Concepto', 'Ejecución 2021', 'Programación 2022']], rows, widths=(7.8, 3.4, 3.4), size=9.5, head_shade='DDDDDD',
            caption='Presupuesto del Plan Regional (en soles)', caption_bold=False)
    body(R, ['Las actividades financiadas incluyeron el funcionamiento de la secretaría técnica de la Comisión y el diseño del '
             'sistema regional de seguimiento de casos.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Julio Ernesto Saavedra Ñiquen', 'Gerente Regional de Desarrollo Social', None, before=20)
    R.save()


def p021():
    R = new('p021', 'answered', None, ['governance', 'prevention'], ('2019-01-01', '2020-12-31'),
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'OFICIO N° 000356-2021-VRIP/UNMSM', ['Expediente UNMSM-20210012874'],
            '2021-05-12',
            'university oficio; table of funded research projects grouped by year with subtotal rows per year and a total, '
            'amount column "Financiamiento (S/)"; counts of theses and course participants in sentences',
            font='Times New Roman', size=11)
    R.header(['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Universidad del Perú, DECANA DE AMÉRICA',
              'VICERRECTORADO DE INVESTIGACIÓN Y POSGRADO'], align='c', size=9, italic_rest=True)
    lema(R, 2021, dec=True)
    R.p('Ciudad Universitaria, 12 de mayo de 2021', align='r')
    R.p('OFICIO N° 000356-2021-VRIP/UNMSM', bold=True, after=6)
    to(R, ['Señora', 'Mg. Teresa Lucía Ormeño Falcón', 'Directora del Instituto de Estudios sobre Migración y Trata (IEMT)'])
    R.p('Referencia: Expediente UNMSM-20210012874', after=8)
    body(R, ['De mi especial consideración:', 'Tengo el agrado de dirigirme a usted, con relación al expediente de la referencia, '
             'para informarle sobre los proyectos de investigación vinculados a la trata de personas financiados por el '
             'Vicerrectorado en los concursos de los años 2019 y 2020:'])
    proj = [(2019, [('Trata con fines de explotación sexual en La Rinconada (Puno)', 'Facultad de Ciencias Sociales', 30000.00),
                    ('Redes de captación por internet de adolescentes en Lima', 'Facultad de Ingeniería de Sistemas', 25000.00)]),
            (2020, [('Respuesta estatal a la trata laboral en la minería informal', 'Facultad de Derecho y Ciencia Política', 30000.00),
                    ('Salud mental de sobrevivientes de trata: estudio de casos', 'Facultad de Psicología', 20000.00),
                    ('Migración venezolana y vulnerabilidad a la trata', 'Facultad de Ciencias Sociales', 15000.00)])]
    rows, sub = [], []
    tot = 0
    for y, items in proj:
        for t, f, a in items:
            rows.append([t, f, str(y), Mf(a, 'us', y=y)])
        s = sum(a for _, _, a in items)
        tot += s
        rows.append(['Subtotal %d' % y, '', '', Mf(s, 'us', y=y)])
        sub.append(len(rows) - 1)
    rows.append(['Total 2019-2020', '', '', Mf(tot, 'us')])
    R.table([['Proyecto', 'Facultad', 'Concurso', 'Financiamiento (S/)']], rows, widths=(6.8, 4.4, 1.8, 3.0), size=9,
            bold_rows=tuple(sub + [len(rows) - 1]), shade_rows=tuple(sub), head_shade='E7E6E6', font='Times New Roman')
    body(R, ['Asimismo, en dicho periodo se sustentaron ' + Cn(7, 'tesis') + ' tesis de pregrado y posgrado sobre la materia, '
             'y la Escuela de Posgrado dictó en 2020 el curso de extensión "Trata de personas y derechos humanos", en el que '
             'participaron ' + Cn(112, 'participante', y=2020) + ' estudiantes y servidores públicos.'])
    R.p('Atentamente,', after=2)
    R.sign('Dr. Felipe Aurelio San Román Quiroz', 'Vicerrector de Investigación y Posgrado', None, before=20)
    R.save()


def p022():
    R = new('p022', 'answered', None, ['prosecution', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional del Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N° 0291-2020-GR CUSCO/GRTPE', ['Registro N° 2020-000987'],
            '2020-02-20',
            'oficio of the regional labour directorate; table with quarters as rows ("I trimestre" ... "IV trimestre") and a '
            'total, columns inspections, workers, talks; provinces in a bullet list',
            font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL DEL CUSCO', 'GERENCIA REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO'], align='c', size=9,
             logo=(logo_png('grcusco', 'CUS', 'shield', (150, 90, 0)), 1.2))
    lema(R, 2020)
    R.p('Cusco, 20 de febrero de 2020', align='r')
    R.p('OFICIO N° 0291-2020-GR CUSCO/GRTPE', bold=True, after=6)
    to(R, ['Señor', 'Wilber Ccorimanya Huillca', 'Asociación Pro Derechos Laborales', 'Urb. Mariscal Gamarra C-12, Cusco'])
    kv(R, [('ASUNTO', ': Remito información de inspecciones y prevención en trata laboral 2019'),
           ('REFERENCIA', ': Registro N° 2020-000987')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. La Sub Gerencia de Inspección del Trabajo y la '
             'Dirección de Promoción del Empleo informan lo siguiente respecto del año 2019:'])
    q = [('I trimestre', 6, 41, 5), ('II trimestre', 9, 77, 8), ('III trimestre', 11, 93, 10), ('IV trimestre', 7, 52, 6)]
    rows = [[l, Cn(a, 'inspección', y=2019), Cn(b, 'trabajador', y=2019), Cn(c, 'charla', y=2019)] for l, a, b, c in q]
    rows.append(['Total 2019'] + [Cn(sum(x[i] for x in q), w, y=2019) for i, w in ((1, 'inspección'), (2, 'trabajador'), (3, 'charla'))])
    R.table([['Periodo 2019', 'Inspecciones por trabajo forzoso / trata laboral', 'Trabajadores comprendidos', 'Charlas preventivas']], rows,
            widths=(3.6, 4.4, 3.6, 3.4), size=9, bold_rows=(4,), head_shade='FFF2CC')
    body(R, ['Las inspecciones se concentraron en las provincias de:'])
    R.bullets(['La Convención (minería aurífera y agricultura): ' + Cn(14, 'inspección', y=2019),
               'Quispicanchi (minería informal de Camanti): ' + Cn(12, 'inspección', y=2019),
               'Cusco y Urubamba (hospedajes y restaurantes): ' + Cn(7, 'inspección', y=2019)], size=10)
    body(R, ['En ' + Cn(3, 'caso', y=2019) + ' casos se comunicó al Ministerio Público la existencia de indicios del delito de trata de personas.'])
    R.p('Atentamente,', after=2)
    R.sign('Abog. Nilda Roxana Farfán Quispe', 'Gerente Regional de Trabajo y Promoción del Empleo', None, before=18)
    R.save()


def p023():
    R = new('p023', 'answered', None, ['prevention'], ('2020-01-01', '2021-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0214-2022-MINCETUR/VMT/DGPDT', ['Solicitud de acceso a la información N° 062-2022-MINCETUR'],
            '2022-02-08',
            'oficio; key-value block of budget ("Marco presupuestal", "Monto asignado", "Monto pagado") per year; '
            'table of trained tourism providers by region with 2020 and 2021 columns; counts in numbered paragraphs',
            size=10.5)
    R.header(['Ministerio de Comercio Exterior y Turismo', 'Viceministerio de Turismo',
              'Dirección General de Políticas de Desarrollo Turístico'], align='l', size=8,
             logo=(logo_png('mincetur', 'MCT', 'square', (200, 30, 30)), 1.3))
    lema(R, 2022)
    R.p('San Isidro, 08 de febrero de 2022', align='r')
    R.p('OFICIO N° 0214-2022-MINCETUR/VMT/DGPDT', bold=True, after=6)
    to(R, ['Señora', 'Gabriela Rocío Tineo Alarcón', 'ONG Infancia Libre'])
    R.p('Referencia: Solicitud de acceso a la información N° 062-2022-MINCETUR', after=6)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, sobre las acciones del MINCETUR para prevenir la '
             'explotación sexual de niñas, niños y adolescentes y la trata de personas en el ámbito del turismo durante los '
             'años 2020 y 2021. Se informa:'])
    R.p('1.  Al cierre de 2021, ' + Cn(1348, 'prestador de servicios turísticos', y=2021) + ' prestadores de servicios turísticos '
        'habían suscrito el Código de Conducta contra la explotación sexual de niñas, niños y adolescentes; en 2021 se '
        'sumaron ' + Cn(217, 'prestador de servicios turísticos', y=2021) + '.', align='j', after=4)
    R.p('2.  Capacitación de prestadores de servicios turísticos (talleres virtuales):', align='j', after=2)
    reg = [('Cusco', 88, 142), ('Loreto', 35, 61), ('Madre de Dios', 29, 47), ('Piura', 22, 39), ('Lima', 104, 160)]
    rows = [[r, Cn(a, 'persona', y=2020), Cn(b, 'persona', y=2021)] for r, a, b in reg]
    rows.append(['Total', Cn(sum(x[1] for x in reg), 'persona', y=2020), Cn(sum(x[2] for x in reg), 'persona', y=2021)])
    R.table([['Región', 'Personas capacitadas 2020', 'Personas capacitadas 2021']], rows, widths=(5.0, 4.0, 4.0), size=9,
            bold_rows=(len(rows) - 1,), ruled='hlines')
    R.p('3.  Recursos de la actividad de prevención de la ESNNA en el turismo:', align='j', after=2)
    kv(R, [('Año 2020', 'Marco presupuestal: ' + Mn(150000.00, y=2020, r='a') + ';  monto pagado: ' + Mn(96420.00, y=2020, r='e')),
           ('Año 2021', 'Monto asignado: ' + Mn(175000.00, y=2021, r='a') + ';  monto pagado: ' + Mn(169880.35, y=2021, r='e'))],
       tab=2.4, w2=13.8, size=10)
    R.p('Atentamente,', after=2)
    R.sign('Lic. Patricia Elena Burga Castañeda', 'Directora General de Políticas de Desarrollo Turístico', None, before=18)
    R.save()


def p024():
    R = new('p024', 'answered', None, ['prevention', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Inambari', 'MDI', 'district_municipality'),
            'OFICIO N° 038-2023-MDI/A', ['Solicitud de fecha 09 de enero de 2023'],
            '2023-01-30',
            'typewriter-style oficio (monospaced font) of a small district municipality; paragraphs for 2021 and for the '
            'requested 2022; counts in sentences, one amount without a role',
            font='Courier New', size=10.5,
            notes='Mixed period: 2021 activities are reported beside the requested 2022.')
    R.p('MUNICIPALIDAD DISTRITAL DE INAMBARI', bold=True, align='c', after=0)
    R.p('Mazuko - Tambopata - Madre de Dios', align='c', after=0)
    R.p('ALCALDÍA', align='c', after=6)
    lema(R, 2023, dec=False)
    R.p('Mazuko, 30 de enero de 2023', align='r')
    R.p('OFICIO N° 038-2023-MDI/A', bold=True, after=6)
    to(R, ['Señor:', 'Pedro Pablo Yupanqui Soncco', 'Red de Voluntarios por Madre de Dios'])
    R.p('Asunto: Atiende Solicitud de fecha 09 de enero de 2023.', after=6)
    body(R, ['Tengo a bien dirigirme a usted para saludarlo y, en atención a su solicitud sobre las acciones de la Municipalidad '
             'contra la trata de personas en el año 2022, informarle lo siguiente:',
             'Durante el año 2022 la Municipalidad, junto con la Comisaría de Mazuko y la Fiscalía, participó en ' +
             Cn(6, 'operativo', y=2022) + ' operativos de control en bares y discotecas del corredor minero, en los cuales '
             'se clausuraron ' + Cn(4, 'local', y=2022) + ' locales sin licencia. Se realizaron además ' + Cn(9, 'charla', y=2022) +
             ' charlas en las instituciones educativas de Mazuko y Santa Rosa, con ' + Cn(430, 'estudiante', y=2022) + ' estudiantes.',
             'A manera de referencia, en el año 2021 se realizaron ' + Cn(3, 'operativo', y=2021) + ' operativos y ' +
             Cn(5, 'charla', y=2021) + ' charlas.',
             'Para la impresión de afiches y banderolas de la campaña "Inambari sin trata" se gastó ' + Mn(3600.00, 'us', pre='S/.', y=2022) + '.'])
    R.p('Atentamente,', after=2)
    R.sign('Prof. Gregorio Mamani Turpo', 'Alcalde', 'Municipalidad Distrital de Inambari', before=22)
    R.save()


def p025():
    R = new('p025', 'out_of_period', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'OFICIO N° 117-2021/GOB.REG.TUMBES-GRDS-GR', ['Expediente N° 1104-2021', 'Ordenanza Regional N° 006-2021-GOB.REG.TUMBES-CR'],
            '2021-04-15',
            'oficio that restates the requested year 2020 and then gives only the targets and programmed budget of a new '
            'regional plan for 2022-2024 (transposed table: indicators as rows, 2022-2024 as columns; budget in a row)',
            notes='Out of period: the request (year 2020) is restated; the reply gives only plans for 2022-2024.')
    R.header(['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social'], align='c', size=9,
             logo=(logo_png('grtumbes', 'TUM', 'circle', (0, 100, 150)), 1.2))
    lema(R, 2021)
    R.p('Tumbes, 15 de abril de 2021', align='r')
    R.p('OFICIO N° 117-2021/GOB.REG.TUMBES-GRDS-GR', bold=True, after=8)
    to(R, ['Señorita', 'Katherine Lisbeth Ruiz Zapata', 'Colectivo Frontera Segura'])
    kv(R, [('ASUNTO', ': Respuesta a solicitud de información'), ('REFERENCIA', ': Expediente N° 1104-2021')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, en el cual solicita información sobre las acciones '
             'de prevención de la trata de personas ejecutadas por el Gobierno Regional de Tumbes en el periodo comprendido '
             'entre enero y diciembre de 2020, y el presupuesto empleado.',
             'Al respecto, le comunico que mediante Ordenanza Regional N° 006-2021-GOB.REG.TUMBES-CR se aprobó el Plan Regional '
             'contra la Trata de Personas 2022-2024, cuyas metas y recursos programados son los siguientes:'])
    ytab(R, 'Meta / recurso', [2022, 2023, 2024], [
        ('Campañas en el CEBAF y en la frontera', ('c', 'campaña'), [4, 6, 6]),
        ('Docentes capacitados', ('c', 'docente'), [150, 200, 250]),
        ('Estudiantes sensibilizados', ('c', 'estudiante'), [3000, 4000, 4500]),
        ('Sesiones de la Mesa Regional', ('c', 'sesión'), [4, 4, 4]),
        ('Presupuesto programado', ('m', 'a', 'caption'), [45000.00, 60000.00, 68500.00]),
    ], widths=(6.8, 2.6, 2.6, 2.6), size=9.5, head_shade='BDD7EE', unit='column',
        caption='Plan Regional 2022-2024: metas y presupuesto programado (montos en soles)')
    body(R, ['Las metas serán financiadas con recursos ordinarios del pliego, previa aprobación del Presupuesto Institucional '
             'de cada año.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Carmen Rosa Olaya Dioses', 'Gerente Regional de Desarrollo Social', None, before=22)
    R.save()


def p026():
    R = new('p026', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'OFICIO N° 0263-2020-GSS-MPM', ['Expediente Administrativo N° 03591-2020'],
            '2020-03-05',
            'oficio; table of activities of 2016 and 2017 (for a 2019 request) with the amount printed "S/" inside each cell; '
            'beneficiaries column',
            notes='Out of period: 2019 was requested; only 2016-2017 activities are reported.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Gerencia de Servicios Sociales'], align='c', size=9,
             logo=(logo_png('mpm', 'MPM', 'shield', (0, 120, 80)), 1.2))
    lema(R, 2020)
    R.p('Iquitos, 05 de marzo de 2020', align='r')
    R.p('OFICIO N° 0263-2020-GSS-MPM', bold=True, after=8)
    to(R, ['Señor', 'Julio César Arévalo Pinedo', 'Calle Putumayo 880 - Iquitos'])
    kv(R, [('ASUNTO', ': Información sobre prevención de la trata de personas'), ('REF.', ': Expediente Administrativo N° 03591-2020')])
    body(R, ['Es grato dirigirme a usted, en atención al expediente de la referencia, en el que solicita información sobre las '
             'actividades de prevención de la trata de personas realizadas por esta Municipalidad en el año 2019.',
             'Se informa que la Gerencia de Servicios Sociales cuenta con el registro de las actividades realizadas en los años '
             '2016 y 2017, en el marco del convenio con la Red Regional, que se detallan a continuación:'])
    acts = [(2016, 'Campaña "Loreto sin trata" en el puerto de Masusa', 1200, 4500.00),
            (2016, 'Talleres con madres de Vaso de Leche', 310, 1850.00),
            (2017, 'Ferias informativas en el malecón Tarapacá', 2050, 6200.00),
            (2017, 'Capacitación a mototaxistas', 180, 2300.00),
            (2017, 'Spots radiales en Radio La Voz de la Selva', None, 3900.00)]
    rows = []
    for y, a, b, m in acts:
        rows.append([str(y), a, Cn(b, 'beneficiario', y=y) if b else '-', Mf(m, 'us', pre='S/ ', y=y, u='cell')])
    R.table([['Año', 'Actividad', 'Beneficiarios', 'Costo']], rows, widths=(1.5, 8.4, 2.8, 3.0), size=9, row_label_col=1,
            head_shade='C6E0B4')
    body(R, ['Las actividades fueron financiadas con recursos directamente recaudados de la Municipalidad.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Ada Luz Flores Tamani', 'Gerente de Servicios Sociales', 'Municipalidad Provincial de Maynas', before=22)
    R.save()


def p027():
    R = new('p027', 'out_of_period', None, ['prevention', 'protection'], ('2019-01-01', '2020-12-31'),
            S('Gobierno Regional de Huánuco', 'GOREHCO', 'regional_government'),
            'OFICIO N° 0412-2023-GRH-GRDS/SGPV', ['Solicitud N° 00871-2023', 'Ordenanza Regional N° 041-2021-GRH-CR'],
            '2023-05-09',
            'oficio that restates the requested 2019-2020 and explains the office was created in 2021; gives a 2022 table with '
            'two semester columns and a total; later-year information only',
            notes='Out of period: 2019-2020 requested; only 2022 is reported.')
    R.header(['GOBIERNO REGIONAL HUÁNUCO', 'Gerencia Regional de Desarrollo Social - Sub Gerencia de Poblaciones Vulnerables'],
             align='l', size=8)
    lema(R, 2023)
    R.p('Huánuco, 09 de mayo de 2023', align='r')
    R.p('OFICIO N° 0412-2023-GRH-GRDS/SGPV', bold=True, after=8)
    to(R, ['Señora', 'Yesenia Maribel Tucto Sánchez', 'Amarilis - Huánuco'])
    kv(R, [('ASUNTO', ': Atención de solicitud de acceso a la información'), ('REFERENCIA', ': Solicitud N° 00871-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud, por la cual requiere información sobre las acciones de prevención de '
             'la trata de personas y de atención a víctimas realizadas durante los años 2019 y 2020.',
             'Al respecto, se precisa que la Sub Gerencia de Poblaciones Vulnerables fue creada por Ordenanza Regional '
             'N° 041-2021-GRH-CR y asumió estas funciones a partir del año 2022, por lo que el registro disponible corresponde '
             'a dicho año:'])
    data = [('Charlas en instituciones educativas', 'charla', 14, 22), ('Estudiantes participantes', 'estudiante', 690, 1120),
            ('Ferias informativas', 'feria', 2, 3), ('Víctimas derivadas al CEM y a la UPE', 'víctima', 3, 5)]
    rows = [[l, Cn(a, w, y=2022), Cn(b, w, y=2022), Cn(a + b, w, y=2022)] for l, w, a, b in data]
    R.table([['Acción', 'I semestre 2022', 'II semestre 2022', 'Total 2022']], rows, widths=(7.0, 2.8, 2.8, 2.6), size=9.5,
            head_shade='E2EFDA')
    body(R, ['Lamentamos no contar con información de los años solicitados.'])
    R.p('Atentamente,', after=2)
    R.sign('Lic. Frida Elizabeth Rivera Espinoza', 'Sub Gerente de Poblaciones Vulnerables', None, before=22)
    R.save()


def p028():
    R = new('p028', 'out_of_period', None, ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'),
            'OFICIO N° D000302-2024-MIDIS/PNADP-DE', ['Carta N° 015-2024-RJ'],
            '2024-03-12',
            'oficio of a social programme; numbered paragraphs with counts and one amount for 2023 although the request was '
            'for 2021; percent with "por ciento"',
            notes='Out of period: 2021 requested (restated); the reply reports 2023 only.')
    R.header(['MINISTERIO DE DESARROLLO E INCLUSIÓN SOCIAL', 'Programa Nacional de Apoyo Directo a los Más Pobres - JUNTOS'],
             align='c', size=9)
    lema(R, 2024)
    R.p('Lima, 12 de marzo de 2024', align='r')
    R.p('OFICIO N° D000302-2024-MIDIS/PNADP-DE', bold=True, after=6)
    to(R, ['Señora', 'Rosa Jesús Vargas Huamaní', 'Ayacucho'])
    kv(R, [('Asunto', ': Información sobre actividades de prevención de la trata de personas con usuarias del Programa'),
           ('Referencia', ': Carta N° 015-2024-RJ')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita información de las acciones de '
             'prevención de la trata de personas realizadas por el Programa JUNTOS durante el año 2021. Al respecto, le '
             'informamos lo registrado por la Unidad de Acompañamiento:'])
    R.p('1.  En el año 2023 los gestores locales desarrollaron ' + Cn(2318, 'sesión', y=2023) + ' sesiones de orientación familiar '
        'que incluyeron el módulo "Protejamos a nuestras hijas e hijos de la trata".', align='j', after=3)
    R.p('2.  Participaron ' + Cn(41760, 'hogar', y=2023) + ' hogares usuarios de ' + Cn(11, 'región', y=2023) + ' regiones, '
        'principalmente de Ayacucho, Huancavelica, Apurímac y Puno.', align='j', after=3)
    R.p('3.  El ' + P('veintisiete por ciento', 27.0, y=2023) + ' de los hogares participantes tenía adolescentes entre 14 y 17 años.',
        align='j', after=3)
    R.p('4.  La elaboración e impresión del material educativo del módulo costó ' + Mn(64800.00, 'us', y=2023) + '.', align='j', after=6)
    body(R, ['El módulo se incorporó al acompañamiento familiar en el año 2023, por lo que no se registran acciones de este tipo en años anteriores.'])
    R.p('Atentamente,', after=2)
    dsig(R, 'Miguel Ángel Torres Cárdenas', 'Director Ejecutivo', 'Programa JUNTOS', when='12.03.2024 10:48:33 -05:00', fau='20512004771')
    R.save()


def p029():
    R = new('p029', 'out_of_period', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Corte Superior de Justicia del Callao', 'CSJCL', 'autonomous'),
            'OFICIO N° 000398-2022-GAD-CSJCL-PJ', ['Solicitud de Acceso N° 276-2022', 'Informe N° 000041-2022-CE-UPD-GAD-CSJCL-PJ'],
            '2022-03-22',
            'court oficio; table with quarter columns written as month ranges ("Ene-Mar" ... "Oct-Dic") for 2019 only, '
            'while 2021 was requested; rows by stage',
            notes='Out of period: 2021 requested; only 2019 statistics given.')
    R.header(['CORTE SUPERIOR DE JUSTICIA DEL CALLAO', 'Gerencia de Administración Distrital'], align='c', size=9)
    lema(R, 2022)
    R.p('Callao, 22 de marzo de 2022', align='r')
    R.p('OFICIO N° 000398-2022-GAD-CSJCL-PJ', bold=True, after=6)
    to(R, ['Señor', 'Héctor Manuel Lévano Quispe', 'Bellavista - Callao'])
    kv(R, [('ASUNTO', ': Información estadística sobre procesos por trata de personas'),
           ('REF.', ': Solicitud de Acceso N° 276-2022 (año 2021)')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia. Mediante Informe '
             'N° 000041-2022-CE-UPD-GAD-CSJCL-PJ, la Coordinación de Estadística señala que la información por trimestre '
             'disponible en el Sistema Integrado Judicial para este delito corresponde al año 2019, la cual se consigna a '
             'continuación:'])
    data = [('Expedientes ingresados', 'expediente', [5, 7, 4, 6]), ('Autos de enjuiciamiento', 'auto', [2, 3, 2, 4]),
            ('Sentencias condenatorias', 'sentencia', [1, 2, 1, 3]), ('Sentencias absolutorias', 'sentencia', [0, 1, 1, 0])]
    rows = [[l] + [Cn(x, w, y=2019) for x in v] + [Cn(sum(v), w, y=2019)] for l, w, v in data]
    R.table([['Etapa (año 2019)', 'Ene-Mar', 'Abr-Jun', 'Jul-Set', 'Oct-Dic', 'Año']], rows, widths=(5.6, 2.0, 2.0, 2.0, 2.0, 1.8),
            size=9.5, ruled='hlines')
    R.p('Atentamente,', after=2)
    R.sign('C.P.C. Eduardo Luis Ramos Vilca', 'Gerente de Administración Distrital', 'Corte Superior de Justicia del Callao', before=22)
    R.save()


def p030():
    R = new('p030', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio Público', 'MP', 'autonomous'),
            'OFICIO N° 0142-2019-MP-FN-FPETP-CUSCO', ['Oficio N° 003-2019-CLT'],
            '2019-02-11',
            'prosecutor\'s oficio giving a transposed table for 2014-2016 (years as columns) while 2018 was requested; '
            'unruled table; a sentence on the office\'s creation',
            notes='Out of period: 2018 requested; 2014-2016 given.', font='Times New Roman', size=11.5)
    R.header(['MINISTERIO PÚBLICO', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas del Cusco'], align='c', size=9)
    lema(R, 2019)
    R.p('Cusco, 11 de febrero de 2019', align='r')
    R.p('OFICIO N° 0142-2019-MP-FN-FPETP-CUSCO', bold=True, after=6)
    to(R, ['Señora', 'Lourdes Quispe Mayta', 'Centro de Liderazgo de Trabajadoras del Hogar'])
    R.p('Ref.: Oficio N° 003-2019-CLT', after=8)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita la estadística de casos '
             'de trata de personas atendidos por esta Fiscalía en el año 2018.',
             'Sobre el particular, hago de su conocimiento que la estadística consolidada con que cuenta este despacho, desde '
             'su creación, es la siguiente:'])
    ytab(R, 'Concepto', [2014, 2015, 2016], [
        ('Denuncias recibidas', ('c', 'denuncia'), [31, 44, 52]),
        ('Investigaciones formalizadas', ('c', 'investigación'), [9, 13, 17]),
        ('Acusaciones', ('c', 'acusación'), [4, 6, 8]),
        ('Víctimas identificadas', ('c', 'víctima'), [38, 57, 61]),
    ], widths=(6.5, 2.4, 2.4, 2.4), size=10, ruled='none', font='Times New Roman')
    R.p('Atentamente,', after=2)
    R.sign('Dr. Rubén Darío Ccama Huallpa', 'Fiscal Provincial', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas del Cusco', before=22)
    R.save()
