"""blind-v23 letters w031-w045 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import shade, set_cell_border, para_border

Y23 = ('2023-01-01', '2023-12-31')
Y22 = ('2022-01-01', '2022-12-31')


def w031():
    """The Ombudsman's office: 2023 supervision of services for trafficking victims, a two-column sheet and counts in the text."""
    R = new('w031', 'answered', None, ['governance', 'protection'], Y23,
            S('Defensoría del Pueblo', 'DP', 'autonomous'), 'OFICIO N° 0147-2024-DP/ADM',
            ['Solicitud de acceso a la información N° 0312-2024-DP'], '2024-03-19',
            'oficio with the letterhead beside a coloured vertical bar, own number underlined; a two-column sheet of supervision results; two signatures side by side',
            notes='The women\'s rights office of the Ombudsman reports its 2023 supervision of women\'s emergency centres and police '
                  'stations on the care of trafficking victims: places supervised (governance: monitoring), recommendations and '
                  'their uptake, and findings on care (protection). Counts written "45 (cuarenta y cinco)"; a percent written '
                  '"61 por ciento".',
            font='Liberation Sans', size=10.5)
    bar_header(R, ['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos de la Mujer'], color='7030A0')
    open21(R, 2024, date21('Lima', '2024-03-19', 'iso'), 'OFICIO N° 0147-2024-DP/ADM', ['Señora', 'LORENA BEATRIZ SUÁREZ POMA', 'Presente.-'],
           [('Asunto:', 'Supervisión de servicios de atención a víctimas de trata de personas – 2023'),
            ('Referencia:', 'Solicitud de acceso a la información N° 0312-2024-DP')], ref_style='under', order='ref', date_align='l')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Al respecto, la Adjuntía para los Derechos de la Mujer '
             'informa que, durante el año 2023, realizó la supervisión de los servicios que atienden a víctimas de trata de personas, '
             'con los siguientes resultados:'])
    ficha(R, [('Centros Emergencia Mujer supervisados', Cn(38, 'centro', y=2023)),
              ('Comisarías supervisadas', Cn(52, 'comisaría', y=2023)),
              ('Fiscalías especializadas visitadas', Cn(11, 'fiscalía', y=2023)),
              ('Recomendaciones formuladas', Cn(146, 'recomendación', y=2023)),
              ('Recomendaciones acogidas por las entidades', Cn(89, 'recomendación', y=2023))],
          head=('Aspecto supervisado', 'N°'), widths=(11.0, 3.0), size=9.5, head_shade='E4DFEC')
    body(R, ['Entre los hallazgos más relevantes, se identificó que ' + Cdw(45, 'comisaría', y=2023) + ' comisarías no contaban con un '
             'ambiente reservado para la entrevista de las víctimas y que ' + Cdw(17, 'centro', y=2023) + ' Centros Emergencia Mujer '
             'no disponían de profesional de psicología a tiempo completo. El nivel de acogimiento de las recomendaciones alcanzó el '
             + Ppc(61, y=2023) + '.',
             'Los informes de supervisión han sido remitidos al Ministerio de la Mujer y Poblaciones Vulnerables y al Ministerio del '
             'Interior para la adopción de las medidas correctivas.', 'Atentamente,'])
    cosign(R, ('Dra. Gabriela Inés Montoya Arce', 'Adjunta para los Derechos de la Mujer'),
           ('Abog. Carmen Julia Tello Rojas', 'Comisionada responsable'))
    R.save()


def w032():
    """Out of period: a regional government restructured in 2024 reports only its 2024 actions for a 2023 request."""
    R = new('w032', 'out_of_period', None, ['prevention', 'governance'], Y23,
            S('Gobierno Regional de Amazonas', 'GRA', 'regional_government'), 'OFICIO N° 0207-2024-G.R.AMAZONAS/GRDS-SGPS',
            ['Ordenanza Regional N° 004-2024-GRA/CR', 'Expediente N° 1108-2024'], '2024-06-10',
            'oficio with breadcrumb letterhead, number and date inline; a small table of January-May 2024 actions; an amount written with cents as a fraction',
            notes='The new social protection sub-office, created in 2024 by a cited regional ordinance, reports only its own '
                  'actions of January-May 2024 and its 2024 budget, and says the 2023 files of the former office are in the '
                  'regional archive. Only a later period: out_of_period. Year 2024.',
            font='DejaVu Sans', size=9.5)
    path_header(R, ['GOBIERNO REGIONAL AMAZONAS', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Protección Social'],
                logo=(logo_png('ama23', 'GRA', 'shield', (0, 110, 70)), 1.3))
    open23(R, 2024, date23('Chachapoyas', '2024-06-10', 'year_dot'), 'OFICIO N° 0207-2024-G.R.AMAZONAS/GRDS-SGPS',
           ['Señor', 'IVÁN ROLANDO CHUQUIZUTA TORRES', 'Presente.-'],
           [('ASUNTO', ':  Información sobre acciones contra la trata de personas en el año 2023'), ('REF.', ':  Expediente N° 1108-2024')],
           order='inline')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, se comunica que, mediante Ordenanza Regional '
             'N° 004-2024-GRA/CR, se aprobó la nueva estructura orgánica del Gobierno Regional, creándose esta Sub Gerencia de '
             'Protección Social, que asumió las funciones en materia de trata de personas a partir de febrero de 2024. La '
             'documentación del año 2023 de la extinta Sub Gerencia de Desarrollo Humano fue transferida al Archivo Regional.',
             'En ese sentido, se informa lo actuado por esta Sub Gerencia entre febrero y mayo de 2024:'])
    rows = [['Reuniones de la Mesa Regional contra la Trata de Personas', Cn(3, 'reunión', y=2024)],
            ['Talleres con docentes de Bagua y Condorcanqui', Cn(12, 'taller', y=2024)],
            ['Docentes capacitados', Cn(347, 'docente', y=2024)],
            ['Campañas en el terminal terrestre de Chachapoyas', Cn(4, 'campaña', y=2024)]]
    R.table([['Acción (febrero – mayo 2024)', 'Cantidad']], rows, widths=(11.0, 3.0), size=9, head_shade='D9EAD3')
    body(R, ['Para estas acciones se asignó en el año 2024 un presupuesto de ' + Mcents(57300.0, y=2024, r='a') + ' soles.',
             'Para la información del año 2023, se sugiere requerirla al Archivo Regional de Amazonas.', 'Atentamente,'])
    qr_sign(R, 'Lic. Rosa Elvira Mestanza Culqui', 'Sub Gerente de Protección Social', 'Gobierno Regional Amazonas', 3209,
            when='10/06/2024 11:47')
    R.save()


def w033():
    """Regional government: oficio and a technical report on the second page, a budget table in thousands of soles."""
    R = new('w033', 'answered', None, ['governance', 'prevention', 'protection'], Y23,
            S('Gobierno Regional de San Martín', 'GRSM', 'regional_government'), 'OFICIO N° 0354-2024-GRSM/GRDS',
            ['INFORME TÉCNICO N° 009-2024-GRSM/GRDS-SGPS', 'Solicitud de información con registro N° 0045128'], '2024-03-14',
            'oficio on page 1 and a technical report on page 2 with a numbered-section layout; budget table whose caption states "en miles de soles"; sign-off grid',
            notes='Page 1: oficio sending the report. Page 2: the report with the 2023 sessions of the regional network, the '
                  'trainings and a budget table of the regional plan whose caption says "en miles de soles": "152,4" is '
                  '152 400 (unit_source caption); assigned allocated, executed executed; the execution percent has no unit issue. '
                  'Budget lines go to the axis they fund.',
            font='Arial', size=10.5)
    bar_header(R, ['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], color='C55A11')
    open23(R, 2024, date23('Moyobamba', '2024-03-14', 'dayword'), 'OFICIO N° 0354-2024-GRSM/GRDS',
           ['Señora', 'ELIZABETH DEL CARMEN PINEDO SAAVEDRA', 'Presente.-'],
           [('Asunto', ':  Remite informe técnico sobre el Plan Regional contra la Trata de Personas 2023'),
            ('Referencia', ':  Solicitud de información con registro N° 0045128')], order='center')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle el INFORME TÉCNICO '
             'N° 009-2024-GRSM/GRDS-SGPS, elaborado por la Sub Gerencia de Programas Sociales, que contiene la información solicitada '
             'sobre las acciones y el presupuesto del Plan Regional contra la Trata de Personas en el año 2023.',
             'Sin otro particular, me despido de usted.', 'Atentamente,'])
    po_sign(R, 'Econ. Manuel Arturo Ríos Pezo', 'Sub Gerente de Programas Sociales', 'DEL GERENTE REGIONAL DE DESARROLLO SOCIAL')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 009-2024-GRSM/GRDS-SGPS', bold=True, align='c', size=11.5, after=6)
    sections(R, [('Antecedentes', ['El Plan Regional contra la Trata de Personas de San Martín es implementado por la Red Regional, '
                                   'conformada por diecinueve instituciones públicas y de la sociedad civil.']),
                 ('Acciones ejecutadas en 2023', ['La Red Regional sesionó ' + Cn(8, 'sesión', y=2023) + ' veces. Se capacitó a '
                                                 + Cn(264, 'servidor', y=2023) + ' servidores de salud, educación y policía, y se '
                                                 'atendió a ' + Cn(37, 'víctima', y=2023) + ' víctimas en el hogar de refugio '
                                                 'temporal de Tarapoto.']),
                 ('Presupuesto', [lambda: _w033_table(R)]),
                 ('Conclusión', ['El plan alcanzó una ejecución presupuestal adecuada; se recomienda sostener el financiamiento del '
                                 'hogar de refugio temporal.'])], size=10)
    signtable(R, [('Elaborado por', 'Lic. Sandra Pezo Vela', 'Especialista en Protección Social'),
                  ('Revisado por', 'Econ. Manuel A. Ríos Pezo', 'Sub Gerente de Programas Sociales'),
                  ('Aprobado por', 'Mg. Jorge Luis Tuesta Soria', 'Gerente Regional de Desarrollo Social')])
    R.save()


def _w033_table(R):
    data = [('Articulación y seguimiento de la Red Regional', 38.5, 36.9), ('Campañas de prevención', 152.4, 148.1),
            ('Capacitación a servidores públicos', 64.0, 59.3), ('Hogar de refugio temporal', 310.8, 297.6)]
    rows = [[lab, Mf(a, 'eu', 1, scale=1000, y=2023, r='a', u='caption'), Mf(b, 'eu', 1, scale=1000, y=2023, r='e', u='caption'),
             Pf(round(b / a * 100, 1), 1, 'eu', y=2023)] for lab, a, b in data]
    ta, tb = round(sum(d[1] for d in data), 1), round(sum(d[2] for d in data), 1)
    rows.append(['Total', Mf(ta, 'eu', 1, scale=1000, y=2023, r='a', u='caption'), Mf(tb, 'eu', 1, scale=1000, y=2023, r='e', u='caption'),
                 Pf(round(tb / ta * 100, 1), 1, 'eu', y=2023)])
    R.table([['Línea de acción', 'Asignado', 'Ejecutado', '% ejecución']], rows, widths=(7.6, 2.4, 2.4, 2.4), size=9,
            bold_rows=(len(rows) - 1,), head_shade='FBE4D5', caption='Presupuesto del Plan Regional 2023 (en miles de soles)')


def w034():
    """Acknowledgment: a university announces that it will use the extension of the legal term."""
    R = new('w034', 'missing', 'acknowledgment', ['prevention', 'governance'], Y23,
            S('Universidad Nacional de Ingeniería', 'UNI', 'other'), 'CARTA N° 0093-2024-UNI/SG-UTAIP',
            ['Solicitud de acceso a la información pública N° 0118-2024'], '2024-02-21',
            'letter in a double-framed letterhead, sumilla at the top right, number and date inline; form-like signature lines',
            notes='The university says it received the request, that the offices holding the information need more time, and that '
                  'it will use the extension of the legal term, giving the date on which it will answer. Only receipt and a '
                  'promise: acknowledgment. Axes of what was asked (research and prevention activities). No figures.',
            font='Liberation Serif', size=12)
    frame_header(R, ['UNIVERSIDAD NACIONAL DE INGENIERÍA', 'Secretaría General – Unidad de Transparencia y Acceso a la Información Pública'])
    open23(R, 2024, date21('Rímac', '2024-02-21', 'iso'), 'CARTA N° 0093-2024-UNI/SG-UTAIP',
           ['Señor', 'JAVIER ALONSO HUERTAS MENDOZA', 'Presente.-'],
           [('Referencia:', 'Solicitud de acceso a la información pública N° 0118-2024')], order='sumilla',
           sumilla_text='Comunica uso de prórroga para la entrega de información.')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, por la cual requiere información sobre las investigaciones '
             'y actividades de prevención de la trata de personas desarrolladas por la universidad durante el año 2023.',
             'Al respecto, le comunico que su solicitud ha sido recibida y que, dado que la información requerida debe ser recopilada '
             'en varias facultades y en el Vicerrectorado de Investigación, esta Unidad hará uso de la prórroga prevista en el '
             'literal g) del artículo 11 del Texto Único Ordenado de la Ley N° 27806. En consecuencia, la información le será '
             'entregada a más tardar el 15 de marzo de 2024.', 'Atentamente,'])
    field_sign(R, 'Abog. Nora Elizabeth Valle Carrasco', 'Responsable de Acceso a la Información Pública', 'Universidad Nacional de Ingeniería')
    R.save()


def w035():
    """District municipality: quarterly inspections of night venues, fines in one column, talks in the text."""
    R = new('w035', 'answered', None, ['prosecution', 'prevention'], Y23,
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'), 'OFICIO N° 0219-2024-GM/MDSJL',
            ['Solicitud de Acceso a la Información Pública N° 2024-0001654'], '2024-03-12',
            'oficio with breadcrumb letterhead; quarters as rows, a fines column with the unit in its header and a total with an apostrophe before the millions; date at the end',
            notes='The district municipality reports its 2023 joint operations with the police and prosecutors in bars and night '
                  'venues by quarter (operations, venues inspected, closures, fines), and its prevention talks. Operations and '
                  'closures are prosecution; talks prevention. Fines are money with no role; the total is written with an '
                  'apostrophe before the millions.',
            font='Arial', size=10)
    path_header(R, ['MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO', 'Gerencia Municipal', 'Subgerencia de Fiscalización y Control'],
                logo=(logo_png('sjl23', 'SJL', 'square', (0, 80, 150)), 1.3))
    open23(R, 2024, None, 'OFICIO N° 0219-2024-GM/MDSJL', ['Señor', 'ALEXANDER JOEL POMA QUISPE', 'Presente.-'],
           [('ASUNTO', ':  Información sobre operativos y acciones de prevención de la trata de personas – 2023'),
            ('REF.', ':  Solicitud de Acceso a la Información Pública N° 2024-0001654')], order='date_end')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, la Subgerencia de Fiscalización y Control '
             'informa que, durante el año 2023, se realizaron operativos conjuntos con la Policía Nacional y el Ministerio Público en '
             'bares, discotecas y hospedajes del distrito, con los siguientes resultados:'])
    q = [('I Trimestre', 9, 47, 6, 218400.0), ('II Trimestre', 12, 63, 9, 331950.0), ('III Trimestre', 14, 71, 11, 402780.0),
         ('IV Trimestre', 11, 58, 8, 301245.5)]
    rows = [[n, Cn(a, 'operativo', y=2023), Cn(b, 'local', y=2023), Cn(c, 'clausura', y=2023), Mf(d, y=2023)] for n, a, b, c, d in q]
    rows.append(['Total 2023', Cn(sum(x[1] for x in q), 'operativo', y=2023), Cn(sum(x[2] for x in q), 'local', y=2023),
                 Cn(sum(x[3] for x in q), 'clausura', y=2023), Mapos(sum(x[4] for x in q), pre='', y=2023)])
    R.table([['Periodo', 'Operativos conjuntos', 'Locales intervenidos', 'Clausuras', 'Multas impuestas (S/)']], rows,
            widths=(3.4, 2.8, 2.8, 2.2, 3.4), size=9, bold_rows=(len(rows) - 1,), head_shade='DDEBF7')
    body(R, ['Asimismo, la Gerencia de Desarrollo Humano realizó ' + Cdw(26, 'charla', y=2023) + ' charlas de prevención de la trata '
             'de personas en instituciones educativas y comedores populares del distrito.', 'Atentamente,'])
    date_end(R, date21('San Juan de Lurigancho', '2024-03-12', 'ymd'))
    hash_sign(R, 'Ing. Raúl Ernesto Guevara Salas', 'Gerente Municipal', 'Municipalidad de San Juan de Lurigancho',
              '5A 0B 2C 9D 00 00 00 00 11 E4', '0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d', '12/03/2024 16:05:59',
              before=8)
    R.save()


def w036():
    """Out of period: a provincial prosecutor's office gives its validated 2022 statistics for a 2023 request."""
    R = new('w036', 'out_of_period', None, ['prosecution'], Y23,
            S('Fiscalía Provincial Penal Corporativa de San Román', 'FPPC San Román', 'autonomous'),
            'OFICIO N° 000418-2024-MP-FN-FPPC-SAN ROMÁN', ['Carta S/N recibida el 19 de marzo de 2024'], '2024-04-04',
            'oficio with QR letterhead and the own number in a shaded box; table of case stages with counts and a share column',
            notes='The provincial prosecutor\'s office of San Román (Juliaca) says its 2023 statistics have not yet been validated '
                  'by the central statistics office and sends the validated 2022 figures: trafficking cases by stage with their '
                  'share. Only an earlier year: out_of_period. Year 2022 from the caption.',
            font='Times New Roman', size=11.5)
    qr_header(R, ['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Puno',
                  'Fiscalía Provincial Penal Corporativa de San Román – Juliaca'], 'Clave: HX3P-7LW2', 3603)
    open21(R, 2024, date21('Juliaca', '2024-04-04', 'abbr'), 'OFICIO N° 000418-2024-MP-FN-FPPC-SAN ROMÁN',
           ['Señora', 'YESENIA ROXANA MAMANI TURPO', 'Presente.-'],
           [('Asunto:', 'Información estadística sobre casos de trata de personas'),
            ('Referencia:', 'Carta S/N recibida el 19 de marzo de 2024')], ref_style='box', order='ref')
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
             'sobre los casos de trata de personas tramitados por este despacho durante el año 2023.',
             'Al respecto, se informa que la estadística correspondiente al año 2023 se encuentra en proceso de validación por la '
             'Oficina de Racionalización y Estadística del Ministerio Público, por lo que aún no puede ser difundida. Sin perjuicio de '
             'ello, se remite la información validada del año 2022:'])
    data = [('Investigación preliminar', 64), ('Formalización de investigación preparatoria', 21), ('Acusación fiscal', 9),
            ('Sentencia condenatoria', 4), ('Archivo', 38)]
    tot = sum(v for _, v in data)
    rows = [[lab, Cn(v, 'caso', y=2022), Pf(round(v / tot * 100, 1), 1, 'eu', y=2022)] for lab, v in data]
    rows.append(['Total', Cn(tot, 'caso', y=2022), Pf(100.0, 1, 'eu', y=2022)])
    R.table([['Etapa', 'Casos', '%']], rows, widths=(8.4, 2.2, 2.2), size=10, bold_rows=(len(rows) - 1,), head_shade='D9D9D9',
            caption='Casos de trata de personas por etapa procesal – año 2022')
    body(R, ['Atentamente,'])
    dsig(R, 'Dr. Efraín Benito Quispe Calsín', 'Fiscal Provincial Coordinador', 'Fiscalía Provincial Penal Corporativa de San Román',
         when='04.04.2024 09:14:27 -05:00', fau='20131370301', align='l', before=10)
    R.save()


def w037():
    """Child welfare programme (MIMP): residential centres as rows, caption under the table, two signatures side by side."""
    R = new('w037', 'answered', None, ['protection'], Y23,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'), 'OFICIO N° D000088-2024-MIMP-INABIF-USPNNA',
            ['Solicitud de acceso a la información pública N° 0744-2024'], '2024-03-26',
            'oficio with breadcrumb letterhead, number and date inline; table of residential centres with the caption under it; two signatures side by side',
            notes='INABIF (a programme of the women\'s ministry, recorded as MIMP) reports the children and adolescents who are '
                  'victims of trafficking in its residential care centres in 2023: admissions, departures by family reintegration '
                  'and those still resident at 31 December 2023. Protection.',
            font='Calibri', size=11)
    path_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'INABIF',
                    'Unidad de Servicios de Protección de Niñas, Niños y Adolescentes'])
    open23(R, 2024, date23('Lima', '2024-03-26', 'nodot'), 'OFICIO N° D000088-2024-MIMP-INABIF-USPNNA',
           ['Señora', 'ANA LUCÍA BENAVENTE CHÁVEZ', 'Presente.-'],
           [('Asunto', ':  Niñas, niños y adolescentes víctimas de trata en Centros de Acogida Residencial – 2023'),
            ('Referencia', ':  Solicitud de acceso a la información pública N° 0744-2024')], order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, se informa el número de niñas, niños y '
             'adolescentes víctimas de trata de personas atendidos en los Centros de Acogida Residencial (CAR) del INABIF durante '
             'el año 2023:'])
    data = [('CAR Santa Rosa (Lima)', 21, 12, 15), ('CAR Casa de la Niña (Lima)', 17, 9, 14), ('CAR Virgen del Carmen (Cusco)', 9, 4, 8),
            ('CAR Sagrado Corazón (Madre de Dios)', 14, 6, 11), ('CAR San Pedro (Puno)', 8, 3, 7), ('CAR Mi Casita (Loreto)', 11, 5, 9),
            ('CAR Belén (Arequipa)', 5, 2, 4), ('CAR Señor de los Milagros (Piura)', 6, 3, 5)]
    rows = [[n, Cn(a, 'ingreso', y=2023), Cn(b, 'egreso', y=2023), Cn(c, 'residente', y=2023)] for n, a, b, c in data]
    rows.append(['Total'] + [Cn(sum(d[k] for d in data), w, y=2023) for k, w in ((1, 'ingreso'), (2, 'egreso'), (3, 'residente'))])
    R.table([['Centro de Acogida Residencial', 'Ingresos en 2023', 'Egresos por reintegración familiar', 'Residentes al 31.12.2023']],
            rows, widths=(7.0, 2.6, 3.2, 3.0), size=9.5, bold_rows=(len(rows) - 1,), head_shade='FFE699')
    R.p('Tabla 1. Víctimas de trata de personas en CAR del INABIF, 2023. Fuente: Registro de residentes – USPNNA.', italic=True,
        size=8.5, align='c', after=8)
    body(R, ['Las niñas, niños y adolescentes reciben atención integral y su situación es evaluada por los equipos técnicos en '
             'coordinación con las Unidades de Protección Especial.', 'Atentamente,'])
    cosign(R, ('Lic. Mariana Alejandra Soto Villena', 'Jefa de la USPNNA'), ('Lic. Renato Iván Salinas Pérez', 'Coordinador de Estadística'))
    R.save()


def w038():
    """Not competent, referred: a district municipality forwards the request to the women's ministry and the police."""
    R = new('w038', 'missing', 'not_competent_referred', ['protection', 'prosecution'], Y23,
            S('Municipalidad Distrital de Santiago de Surco', 'MSS', 'district_municipality'), 'CARTA N° 0381-2024-SG-MSS',
            ['Oficio N° 0144-2024-SG-MSS', 'Oficio N° 0145-2024-SG-MSS', 'Documento Simple N° 2412-2024'], '2024-03-07',
            'letter with a corner letterhead, own number underlined and the date at the left; handwritten-looking signature over the name',
            notes='The municipality says that the care of victims at the women\'s emergency centre and the complaints at the police '
                  'station are not its competence, and that it forwarded the request to the women\'s ministry and to the police '
                  'by two cited oficios. Not competent, referred.',
            font='Arial', size=11)
    corner_header(R, ['Municipalidad de Santiago de Surco', 'Secretaría General'], logo=(logo_png('surco23', 'MSS', 'circle', (0, 90, 170)), 1.3))
    open21(R, 2024, date21('Santiago de Surco', '2024-03-07', 'del'), 'CARTA N° 0381-2024-SG-MSS',
           ['Señorita', 'CAMILA ANDREA RÍOS BELTRÁN', 'Presente.-'],
           [('Asunto:', 'Traslado de solicitud de información'), ('Referencia:', 'Documento Simple N° 2412-2024')],
           ref_style='under', order='ref', date_align='l')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita el número de víctimas de trata de '
             'personas atendidas por el Centro Emergencia Mujer de Surco y el número de denuncias registradas en la Comisaría de '
             'Santiago de Surco durante el año 2023.',
             'Al respecto, le informo que el Centro Emergencia Mujer es un servicio del Ministerio de la Mujer y Poblaciones '
             'Vulnerables y que el registro de denuncias corresponde a la Policía Nacional del Perú, por lo que esta municipalidad no '
             'posee la información solicitada. En aplicación del artículo 15-A del Reglamento de la Ley N° 27806, su solicitud ha sido '
             'derivada al Ministerio de la Mujer y Poblaciones Vulnerables con el Oficio N° 0144-2024-SG-MSS y a la Región Policial '
             'Lima con el Oficio N° 0145-2024-SG-MSS.', 'Atentamente,'])
    scribble_sign(R, 'Abog. Luis Fernando Arrieta Campos', 'Secretario General', 'Municipalidad de Santiago de Surco', align='l')
    R.save()


def w039():
    """Public university: research and seminars in 2023, bilingual letterhead, amounts with the sign after the number."""
    R = new('w039', 'answered', None, ['governance', 'prevention'], Y23,
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'), 'OFICIO N° 0271-2024-VRIN-UNSAAC',
            ['Solicitud de acceso a la información N° 0093-2024-UNSAAC'], '2024-03-20',
            'oficio with a bilingual letterhead (Spanish and Quechua), centred number and date; a table of research projects with amounts followed by "S/"; an amount with cents as a fraction',
            notes='The university\'s research office lists the 2023 research projects on trafficking it funded (research is '
                  'governance) with their amounts written with "S/" after the number, their total written with the cents as a '
                  'fraction, and two seminars with their attendance (prevention). Amounts allocated (funding granted).',
            font='DejaVu Serif', size=10)
    bilingual_header(R, ['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'Vicerrectorado de Investigación'],
                     ['QOSQO HATUN YACHAYWASI', 'Maskhay Ruwaypa Kamachiqnin'], (logo_png('unsaac23', 'UNSAAC', 'shield', (120, 0, 30)), 1.6))
    open23(R, 2024, date23('Cusco', '2024-03-20', 'dash_name'), 'OFICIO N° 0271-2024-VRIN-UNSAAC',
           ['Señora', 'ROSA ISABEL HUILLCA CONDORI', 'Presente.-'],
           [('Asunto', ':  Información sobre investigación y eventos académicos sobre trata de personas – 2023'),
            ('Referencia', ':  Solicitud de acceso a la información N° 0093-2024-UNSAAC')], order='center')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, el Vicerrectorado de Investigación informa que, '
             'en el concurso de proyectos de investigación con fondos del canon del año 2023, se financiaron los siguientes proyectos '
             'relacionados con la trata de personas:'])
    projs = [('Rutas de captación de adolescentes en la provincia de La Convención', 'Ciencias Sociales', 48500.0),
             ('Explotación laboral en la minería informal de Quispicanchi', 'Derecho y Ciencia Política', 61320.5),
             ('Percepción del riesgo de trata en estudiantes de secundaria del Cusco', 'Educación', 38500.0)]
    rows = [[t, f, Mpost(v, y=2023, r='a')] for t, f, v in projs]
    R.table([['Proyecto', 'Facultad', 'Monto financiado']], rows, widths=(8.6, 4.0, 3.2), size=9, head_shade='F2DCDB')
    body(R, ['El monto total financiado ascendió a ' + Mcents(sum(v for _, _, v in projs), y=2023, r='a') + ' soles.',
             'Asimismo, se organizaron ' + Cn(2, 'seminario', y=2023) + ' seminarios sobre prevención de la trata de personas dirigidos '
             'a estudiantes universitarios, con una asistencia total de ' + Cn(412, 'asistente', y=2023) + ' personas.',
             'Atentamente,'])
    dsig(R, 'Dr. Wilbert Ccorimanya Huamán', 'Vicerrector de Investigación', 'UNSAAC', when='20.03.2024 12:40:18 -05:00',
         fau='20172474501', align='c', before=10)
    R.save()


def w040():
    """Out of period: a provincial municipality asked about 2022 gives 2023 and January-April 2024 figures."""
    R = new('w040', 'out_of_period', None, ['protection', 'prevention'], Y22,
            S('Municipalidad Provincial de San Román', 'MPSR', 'provincial_municipality'), 'OFICIO N° 0152-2024-MPSR-J/GDS',
            ['Expediente N° 14872-2024'], '2024-05-16',
            'oficio with the letterhead beside a coloured vertical bar, sumilla at the top right, number and date inline; a table with a year column and a part-year column',
            notes='The request is about 2022. The municipality says its DEMUNA began recording cases in its electronic register in '
                  '2023 and that the 2022 paper files are being sorted in the central archive, and sends 2023 and January-April '
                  '2024 figures. Only later periods: out_of_period. Each figure has the year of its column.',
            font='Arial', size=10.5)
    bar_header(R, ['MUNICIPALIDAD PROVINCIAL DE SAN ROMÁN – JULIACA', 'Gerencia de Desarrollo Social'], color='1F4E79')
    open23(R, 2024, date23('Juliaca', '2024-05-16', 'dots2'), 'OFICIO N° 0152-2024-MPSR-J/GDS',
           ['Señor', 'FREDY ALBERTO CONDORI CHAMBI', 'Presente.-'],
           [('ASUNTO', ':  Información sobre casos de trata de personas atendidos por la DEMUNA – año 2022'),
            ('REF.', ':  Expediente N° 14872-2024')], order='sumilla', sumilla_text='Remite información disponible de la DEMUNA.')
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, la DEMUNA informa que el registro '
             'electrónico de casos se implementó a partir de enero de 2023; los expedientes físicos del año 2022 fueron remitidos '
             'al Archivo Central, donde se encuentran en proceso de organización e inventario.',
             'En tal sentido, se remite la información disponible en el registro electrónico:'])
    data = [('Casos de trata y explotación atendidos', 'caso', 19, 8), ('Casos derivados a la Unidad de Protección Especial', 'caso', 12, 5),
            ('Charlas de prevención en colegios', 'charla', 36, 11), ('Estudiantes participantes', 'estudiante', 2140, 690)]
    rows = [[lab, Cn(a, w, y=2023), Cn(b, w, y=2024)] for lab, w, a, b in data]
    R.table([['Indicador', '2023', '2024 (enero – abril)']], rows, widths=(9.0, 2.4, 3.4), size=9.5, head_shade='DDEBF7')
    body(R, ['Atentamente,'])
    po_sign(R, 'Lic. Norma Ysabel Apaza Mamani', 'Subgerente de la DEMUNA', 'DEL GERENTE DE DESARROLLO SOCIAL')
    R.save()


def w041():
    """Justice ministry: public defenders' assistance to victims in 2023, the table's title inside its first row."""
    R = new('w041', 'answered', None, ['protection'], Y23,
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'), 'OFICIO N° 0402-2024-JUS/DGDPAJ',
            ['Solicitud de acceso a la información pública N° 2024-03318'], '2024-04-02',
            'oficio with QR letterhead; a table whose title is printed in its own merged first row, districts as rows; date at the end; hash signature',
            notes='The public defence service of the justice ministry reports the victims of trafficking it assisted in 2023 by '
                  'district office: legal guidance, cases taken on and victims assisted. Protection. The title of the table is '
                  'its merged first row (the year comes from it); the column names are the second header row.',
            font='DejaVu Sans', size=9.5)
    qr_header(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'],
              'CVD: 2MJ7-XK41', 4104)
    open23(R, 2024, None, 'OFICIO N° 0402-2024-JUS/DGDPAJ', ['Señor', 'BRUNO SEBASTIÁN LAZO ARIAS', 'Presente.-'],
           [('Asunto', ':  Asistencia legal a víctimas de trata de personas – 2023'),
            ('Referencia', ':  Solicitud de acceso a la información pública N° 2024-03318')], order='date_end')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle la información de los servicios de defensa '
             'de víctimas prestados por las Direcciones Distritales de Defensa Pública:'])
    data = [('Lima', 86, 41, 73), ('Lima Norte', 32, 15, 27), ('Callao', 29, 12, 24), ('Cusco', 47, 22, 39), ('Madre de Dios', 58, 30, 51),
            ('Puno', 44, 19, 36), ('Loreto', 39, 18, 33), ('Piura', 26, 11, 21), ('Tumbes', 21, 9, 17), ('Arequipa', 31, 14, 26)]
    rows = [[n, Cn(a, 'orientación', y=2023), Cn(b, 'patrocinio', y=2023), Cn(c, 'víctima', y=2023)] for n, a, b, c in data]
    rows.append(['Total'] + [Cn(sum(d[k] for d in data), w, y=2023) for k, w in ((1, 'orientación'), (2, 'patrocinio'), (3, 'víctima'))])
    head = [['Asistencia a víctimas de trata de personas por Dirección Distrital – año 2023', '', '', ''],
            ['Dirección Distrital', 'Orientaciones legales', 'Patrocinios asumidos', 'Víctimas asistidas']]
    R.table(head, rows, merges=((0, 0, 0, 3),), colnames=['Dirección Distrital', 'Orientaciones legales', 'Patrocinios asumidos',
            'Víctimas asistidas'], widths=(5.2, 3.4, 3.4, 3.4), size=9, bold_rows=(len(rows) - 1,), head_shade='E2EFDA')
    body(R, ['Una víctima puede haber recibido más de un servicio en el periodo.', 'Atentamente,'])
    date_end(R, date23('Miraflores', '2024-04-02', 'dayword'))
    hash_sign(R, 'Abog. Jorge Enrique Alva Huamán', 'Director General de Defensa Pública y Acceso a la Justicia', 'MINJUSDH',
              '6E 44 0A B9 00 00 00 00 2D 70', '7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b', '02/04/2024 10:11:36',
              before=8)
    R.save()


def w042():
    """Off topic: the forestry and wildlife service reports wildlife trafficking seizures."""
    R = new('w042', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR', 'other'), 'OFICIO N° D000267-2024-MIDAGRI-SERFOR-DGGSPFFS',
            ['Solicitud de acceso a la información pública N° 2024-0000519'], '2024-02-29',
            'oficio with breadcrumb letterhead, number and date inline; table of seizures by species group',
            notes='The forestry and wildlife service answers about "tráfico ilegal de fauna silvestre" in 2023 (seizures of '
                  'animals): nothing about trafficking in persons. Off topic, no axes; it keeps the period it states (2023). Its '
                  'counts are figures.',
            font='Arial', size=10.5)
    path_header(R, ['MINISTERIO DE DESARROLLO AGRARIO Y RIEGO', 'SERFOR',
                    'Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre'])
    open23(R, 2024, date23('Lima', '2024-02-29', 'year_dot'), 'OFICIO N° D000267-2024-MIDAGRI-SERFOR-DGGSPFFS',
           ['Señor', 'OMAR FELIPE SANTILLÁN ROJAS', 'Presente.-'],
           [('Asunto', ':  Información sobre tráfico ilegal de fauna silvestre – 2023'),
            ('Referencia', ':  Solicitud de acceso a la información pública N° 2024-0000519')], order='inline')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, en el que solicita información sobre las acciones contra el '
             'tráfico ilegal de especies de fauna silvestre realizadas en el año 2023. Al respecto, se informa lo siguiente:'])
    data = [('Aves', 38, 1245), ('Primates', 12, 87), ('Reptiles y anfibios', 21, 960), ('Mamíferos terrestres', 9, 43),
            ('Especies acuáticas', 6, 312)]
    rows = [[n, Cn(a, 'intervención', y=2023), Cn(b, 'espécimen', y=2023)] for n, a, b in data]
    rows.append(['Total', Cn(sum(d[1] for d in data), 'intervención', y=2023), Cn(sum(d[2] for d in data), 'espécimen', y=2023)])
    R.table([['Grupo taxonómico', 'Intervenciones', 'Especímenes decomisados']], rows, widths=(7.0, 3.2, 4.0), size=9.5,
            bold_rows=(len(rows) - 1,), head_shade='C6E0B4')
    body(R, ['Los especímenes vivos fueron derivados a centros de rescate autorizados.', 'Atentamente,'])
    dsig(R, 'Ing. Claudia Lorena Vega Panduro', 'Directora General', 'SERFOR', when='29.02.2024 15:32:07 -05:00', fau='20562836927', align='l')
    R.save()


def w043():
    """Out of period: the statistics institute gives its latest published figures (2022) for a 2023 request."""
    R = new('w043', 'out_of_period', None, ['prosecution'], Y23,
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'), 'OFICIO N° 000122-2024-INEI/DTDIS',
            ['Solicitud de acceso a la información pública N° 0264-2024'], '2024-03-28',
            'oficio with a corner letterhead, centred number with the date under it; departments as rows with a bare percent column under a "%" header',
            notes='The statistics institute says the 2023 figures will be published later in the year and sends the latest '
                  'published ones: 2022 police complaints of trafficking by department, with the share of each. Only an earlier '
                  'year: out_of_period. Complaints are prosecution. Percents printed as bare numbers under "%" (column).',
            font='Calibri', size=11)
    corner_header(R, ['Instituto Nacional de Estadística e Informática', 'Dirección Técnica de Demografía e Indicadores Sociales'],
                  logo=(logo_png('inei23', 'INEI', 'square', (0, 70, 130)), 1.4))
    open23(R, 2024, date21('Lima', '2024-03-28', 'iso'), 'OFICIO N° 000122-2024-INEI/DTDIS', ['Señora', 'SOFÍA VALENTINA REYES CANO', 'Presente.-'],
           [('Asunto', ':  Estadísticas de trata de personas'), ('Referencia', ':  Solicitud de acceso a la información pública N° 0264-2024')],
           order='center')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, en el que solicita estadísticas de trata de personas del '
             'año 2023. Al respecto, se informa que la información de dicho año se encuentra en proceso de consolidación y será '
             'difundida en la próxima edición del informe técnico correspondiente. Se remiten los últimos datos publicados, '
             'correspondientes al año 2022:'])
    data = [('Lima', 312), ('Madre de Dios', 124), ('Cusco', 98), ('Puno', 87), ('Loreto', 81), ('Arequipa', 63), ('Piura', 49),
            ('Tumbes', 41), ('Junín', 38), ('Otros departamentos', 167)]
    tot = sum(v for _, v in data)
    rows = [[d, Cn(v, 'denuncia', y=2022), Pbare(round(v / tot * 100, 1), 1, y=2022, u='column')] for d, v in data]
    rows.append(['Total', Cn(tot, 'denuncia', 'us', y=2022), Pbare(100.0, 1, y=2022, u='column')])
    R.table([['Departamento', 'Denuncias', '%']], rows, widths=(6.0, 2.8, 2.2), size=10, bold_rows=(len(rows) - 1,), head_shade='DEEBF7',
            caption='Denuncias por el delito de trata de personas, según departamento, 2022')
    R.p('Fuente: Ministerio del Interior – Sistema de Denuncias Policiales.', size=8, italic=True)
    body(R, ['Atentamente,'])
    cosign(R, ('Dra. Nancy Hidalgo Alva', 'Directora Técnica de Demografía e Indicadores Sociales'),
           ('Lic. Aníbal Sánchez Aguilar', 'Subdirector de Estadísticas Sociales'))
    R.save()


def w044():
    """Regional government: border prevention campaigns in 2023 by place, two logos, amounts closed with ',-' in the text."""
    R = new('w044', 'answered', None, ['prevention', 'governance'], Y23,
            S('Gobierno Regional de Tumbes', 'GRT', 'regional_government'), 'OFICIO N° 0198-2024-GOB.REG.TUMBES-GGR-GRDS',
            ['Registro N° 0032741', 'Informe N° 014-2024-GOB.REG.TUMBES-GRDS-SGDS'], '2024-03-01',
            'oficio with two logos flanking the letterhead, own number underlined and the date at the left; table of campaigns by place; QR beside the signature',
            notes='The regional government reports its 2023 border campaigns against trafficking by place (people informed and '
                  'leaflets handed out), the sessions of the regional board (governance) and its budget written "S/ 45 300,-" '
                  '(allocated) and "S/ 41 870,-" (executed).',
            font='Arial', size=10.5)
    two_logo_header(R, (logo_png('grt23', 'GRT', 'shield', (0, 90, 160)), 1.5), (logo_png('grt23b', 'TUMBES', 'circle', (0, 90, 160)), 1.5),
                    ['GOBIERNO REGIONAL TUMBES', 'Gerencia Regional de Desarrollo Social'])
    open21(R, 2024, date23('Tumbes', '2024-03-01', 'slash_mon'), 'OFICIO N° 0198-2024-GOB.REG.TUMBES-GGR-GRDS',
           ['Señorita', 'DIANA CAROLINA ZAPATA ESCOBEDO', 'Presente.-'],
           [('ASUNTO', ':  Acciones de prevención de la trata de personas en la frontera – 2023'), ('REF.', ':  Registro N° 0032741')],
           ref_style='under', order='ref', date_align='l')
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Sobre la base del Informe N° 014-2024-GOB.REG.TUMBES-GRDS-SGDS, '
             'se informa que en el año 2023 la Mesa Regional contra la Trata de Personas sesionó ' + Cn(5, 'sesión', y=2023)
             + ' veces y que se realizaron campañas de información en la zona de frontera con el Ecuador:'])
    data = [('CEBAF Aguas Verdes', 14, 3820, 5100), ('Terminal terrestre de Tumbes', 9, 2465, 3300), ('Zarumilla – mercado central', 6, 1390, 1800),
            ('Puerto Pizarro', 4, 610, 900), ('Corrales – plaza principal', 3, 455, 600)]
    rows = [[n, Cn(a, 'campaña', y=2023), Cn(b, 'persona', y=2023), Cn(c, 'material', y=2023)] for n, a, b, c in data]
    rows.append(['Total'] + [Cn(sum(d[k] for d in data), w, y=2023) for k, w in ((1, 'campaña'), (2, 'persona'), (3, 'material'))])
    R.table([['Lugar', 'Campañas', 'Personas informadas', 'Materiales entregados']], rows, widths=(6.4, 2.4, 3.2, 3.2), size=9.5,
            bold_rows=(len(rows) - 1,), head_shade='BDD7EE')
    body(R, ['Para estas acciones se programó un presupuesto de ' + Mcd(45300, y=2023, r='a') + ', del cual se ejecutó '
             + Mcd(41870, y=2023, r='e') + '.', 'Atentamente,'])
    qr_sign(R, 'Lic. Milton Rodolfo Ruidías Infante', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Tumbes', 4404,
            when='01/03/2024 16:20')
    R.save()


def w045():
    """Clarification: a regional government asks which units and what kind of budget information is requested."""
    R = new('w045', 'missing', 'clarification', ['governance'], Y23,
            S('Gobierno Regional de La Libertad', 'GRLL', 'regional_government'), 'CARTA N° 000061-2024-GRLL-GGR-SG',
            ['Solicitud de acceso a la información N° 00227-2024'], '2024-02-06',
            'letter with breadcrumb letterhead, number and date inline; the two questions as lettered points; form-like signature lines',
            notes='The regional government asks the requester to specify which of its executing units and what kind of budget '
                  'information on the 2023 regional plan against trafficking is asked for. Clarification; the period 2023 is '
                  'stated. No figures.',
            font='DejaVu Sans', size=9.5)
    path_header(R, ['GOBIERNO REGIONAL LA LIBERTAD', 'Gerencia General Regional', 'Secretaría General'])
    open23(R, 2024, date21('Trujillo', '2024-02-06', 'weekday'), 'CARTA N° 000061-2024-GRLL-GGR-SG',
           ['Señora', 'VANESSA PAOLA CHÁVEZ LUJÁN', 'Presente.-'],
           [('Asunto', ':  Precisión de solicitud de acceso a la información'), ('Referencia', ':  Solicitud de acceso a la información N° 00227-2024')],
           order='inline')
    body(R, ['Me dirijo a usted en relación con el documento de la referencia, mediante el cual solicita «el presupuesto del Plan '
             'Regional contra la Trata de Personas del año 2023». Al respecto, a fin de atender su pedido, le solicitamos precisar:'])
    for k, t in (('a)', 'Si requiere la información de la Gerencia Regional de Desarrollo Social o de todas las unidades ejecutoras del '
                        'pliego (salud, educación, trabajo).'),
                 ('b)', 'Si requiere el presupuesto programado, el ejecutado o ambos, y a qué nivel de detalle (actividad, meta o '
                        'clasificador de gasto).')):
        R.p('%s\t%s' % (k, t), align='j', indent=1.2, first=-0.6, after=3)
    body(R, ['La precisión deberá presentarse dentro de los dos días hábiles siguientes a la recepción de la presente; en caso '
             'contrario, la solicitud se considerará como no presentada, de acuerdo con el Reglamento de la Ley N° 27806.',
             'Atentamente,'])
    field_sign(R, 'Abog. Gustavo Adolfo Reyna Cabrera', 'Secretario General', 'Gobierno Regional La Libertad')
    R.save()
