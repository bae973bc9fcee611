"""blind-v24 letters a016-a030 (written from scratch for this set from the labeling guide)."""
from common import *
from common import _pborder
from lib import M, C, P, logo_png, shade

Y24 = ('2024-01-01', '2024-12-31')
Y23 = ('2023-01-01', '2023-12-31')


def a016():
    R = new('a016', 'answered', None, ['prevention'], Y24,
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'OFICIO N° 042-2025-MPC/GDHS', ['Expediente N° 3317-2025'], '2025-02-12',
            'letter sent as an OpenDocument file: footer in three cells; a small ruled table; "S/ 38 450,—" in prose',
            notes='Sent as an ODT file alone (its PDF rendering is in native/pdf-rendering). Prevention workshops, fairs and '
                  'participants in 2024; the campaign cost "S/ 38 450,—" is executed.', font='Liberation Sans', size=11,
            fmt='odt', keep_native=True)
    R.header(['MUNICIPALIDAD PROVINCIAL DEL CUSCO', 'Gerencia de Desarrollo Humano y Social'], align='c', size=9,
             logo=(logo_png('mpc24', 'MPC', 'circle', (150, 110, 0)), 1.3))
    footer3(R, ['Plaza de Armas s/n – Palacio Municipal', 'Central telefónica municipal', 'www.cusco.gob.pe\nmesadepartes@cusco.gob.pe'])
    open24(R, 2025, date24('Cusco', '2025-02-12', 'roman'), 'OFICIO N° 042-2025-MPC/GDHS', order='date_first',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información sobre prevención de la trata de personas'),
                                                                 ('Referencia:', 'Expediente N° 3317-2025')])
    body(R, ['Es grato dirigirme a usted en atención al expediente de la referencia, para informarle las acciones de prevención '
             'de la trata de personas desarrolladas por la Municipalidad durante el año 2024:'])
    rows = [['Talleres en instituciones educativas', Cn(26, 'taller', y=2024), Cn(1140, 'participante', y=2024)],
            ['Ferias informativas en la Plaza San Francisco', Cn(4, 'feria', y=2024), Cn(2310, 'participante', y=2024)],
            ['Capacitaciones a conductores de transporte interprovincial', Cn(7, 'capacitación', y=2024), Cn(265, 'participante', y=2024)]]
    R.table([['Actividad', 'N° de actividades', 'Participantes']], rows, widths=(8.8, 3.4, 3.4), size=9.5)
    body(R, ['La campaña comunicacional «Cusco sin trata» demandó una inversión de %s, ejecutada con recursos directamente '
             'recaudados.' % Memd(38450, y=2024, r='e'), 'Atentamente,'])
    box_sign(R, 'Abg. Rosa Luz Huamán Cusi', 'Gerente de Desarrollo Humano y Social')


def a017():
    R = new('a017', 'missing', 'clarification', [], Y24,
            S('Gobierno Regional de Áncash', 'GRA', 'regional_government'),
            'CARTA N° 014-2025-GRA/SG-RAIP', ['Solicitud de Acceso N° 0087-2025'], '2025-01-22',
            'short letter with an ISO-style control header and a boxed quote of the request',
            notes='Asks the requester to specify which offices and what kind of data within two working days; the 2024 period is '
                  'quoted from the request. The "dos (2) días hábiles" is a duration, not a figure.', font='Times New Roman', size=12)
    iso_header(R, ['GOBIERNO REGIONAL DE ÁNCASH', 'Secretaría General', 'Responsable de Acceso a la Información Pública'],
               'SG-RAIP-F01', logo=(logo_png('gra_an', 'GRA', 'shield', (0, 60, 120)), 1.4))
    open24(R, 2025, date24('Huaraz', '2025-01-22', 'ymd_slash'), 'CARTA N° 014-2025-GRA/SG-RAIP', order='ref_rules',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'])
    body(R, ['Me dirijo a usted con relación a la Solicitud de Acceso N° 0087-2025, en la cual requiere lo siguiente:'])
    boxed(R, '«Toda la información que tenga el Gobierno Regional sobre trata de personas en el año 2024».', italic=True)
    body(R, ['Dado que este Gobierno Regional cuenta con diversas gerencias, direcciones regionales y unidades ejecutoras, '
             'y que su pedido no precisa el órgano ni el tipo de información requerida (documentos de gestión, estadísticas, '
             'presupuesto u otros), le solicitamos precisar su pedido en un plazo de dos (2) días hábiles, conforme al artículo '
             '11 del Reglamento de la Ley de Transparencia; caso contrario, se dará por concluido el trámite.', 'Atentamente,'])
    cargo_first_sign(R, 'Abg. Miriam Vega Colonia', 'Responsable de Acceso a la Información Pública', 'Gobierno Regional de Áncash')


def a018():
    R = new('a018', 'out_of_period', None, ['prevention'], Y24,
            S('Unidad de Gestión Educativa Local Tambopata', 'UGEL Tambopata', 'regional_government'),
            'OFICIO N° 0233-2025-GOREMAD-DRE/UGEL-T/D', ['Solicitud N° 011-2025-UGEL-T'], '2025-04-22',
            'oficio with a crest header; table of schools with 2025 (March-April) talks, students and teachers',
            notes='The schools did not send their 2024 tutoring reports; the local education unit gives only the talks of '
                  'March-April 2025, after the request period (out of period). An executing unit of the regional government, '
                  'named as itself.', font='Calibri', size=11)
    crest_header(R, ['Gobierno Regional de Madre de Dios', 'Dirección Regional de Educación', 'Unidad de Gestión Educativa Local Tambopata'],
                 (logo_png('ugelt', 'UGEL', 'square', (0, 100, 160)), 1.4))
    open24(R, 2025, date24('Puerto Maldonado', '2025-04-22', 'dmy_dash'), 'OFICIO N° 0233-2025-GOREMAD-DRE/UGEL-T/D',
           order='right_block', to_lines=['Señor(a)', 'Solicitante', 'Presente.-'],
           rows=[('Asunto:', 'Información sobre prevención de la trata en II.EE.'), ('Referencia:', 'Solicitud N° 011-2025-UGEL-T')])
    body(R, ['Me dirijo a usted con relación a su solicitud sobre las acciones de prevención de la trata de personas '
             'desarrolladas en las instituciones educativas de la jurisdicción durante el año 2024.',
             'Al respecto, el Área de Gestión Pedagógica informa que las instituciones educativas no remitieron los informes de '
             'tutoría del año 2024 y que la información disponible corresponde a las charlas realizadas entre marzo y abril de '
             '2025, al inicio del presente año escolar:'])
    data = [('IE Guillermo Billinghurst', [3, 412, 18]), ('IE Carlos Fermín Fitzcarrald', [2, 305, 12]),
            ('IE Santa Rosa', [2, 288, 11]), ('IE Dos de Mayo', [1, 134, 7]), ('IE Javier Heraud (Laberinto)', [2, 97, 6]),
            ('IE N° 52161 Mazuko', [1, 76, 5])]
    ctab(R, [['Institución educativa', 'Charlas', 'Estudiantes', 'Docentes']], data, ['charla', 'estudiante', 'docente'],
         year=2025, widths=(7.0, 2.6, 2.8, 2.6), size=9.5, caption='Charlas de prevención de la trata, marzo – abril 2025')
    dark_head(R.doc.tables[-1], fill='1F4E79')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Mg. Hernán Quispe Layme', 'Director de la UGEL Tambopata', seed=1801)


def a019():
    R = new('a019', 'answered', None, ['prosecution'], Y24,
            S('Corte Superior de Justicia de Cusco', 'CSJCU', 'autonomous'),
            'OFICIO N° 000318-2025-P-CSJCU-PJ', ['Solicitud de Acceso N° 000092-2025', 'Informe N° 000017-2025-UPD-GAD-CSJCU-PJ'],
            '2025-02-19',
            'court oficio with a grid opening; dark-headed table of courts with five count columns and a total row',
            notes='Cases of trafficking in persons in the courts of Cusco in 2024. A superior court, named as the court (autonomous). '
                  'Count nouns: expediente, sentencia.', font='Arial', size=10.5)
    R.header(['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Cusco', 'Presidencia'], align='c', size=8.5,
             logo=(logo_png('pj24', 'PJ', 'shield', (120, 20, 20)), 1.2))
    open24(R, 2025, date24('Cusco', '2025-02-19', 'month_first'), 'OFICIO N° 000318-2025-P-CSJCU-PJ', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Atención de solicitud de acceso a la información pública'),
                                            ('Referencia', 'Solicitud de Acceso N° 000092-2025')])
    body(R, ['Tengo el agrado de dirigirme a usted para remitir, conforme al Informe N° 000017-2025-UPD-GAD-CSJCU-PJ de la Unidad '
             'de Planeamiento y Desarrollo, la información sobre los expedientes por el delito de trata de personas tramitados en '
             'los órganos jurisdiccionales de este Distrito Judicial durante el año 2024:'])
    data = [('Juzgado Penal Colegiado Supraprovincial', [18, 15, 9, 2, 3]), ('1° Juzgado de Investigación Preparatoria de Cusco', [24, 19, 0, 0, 5]),
            ('Juzgado de Investigación Preparatoria de Wanchaq', [11, 8, 0, 0, 3]), ('Juzgado Penal Unipersonal de La Convención', [9, 7, 4, 1, 2]),
            ('Juzgado Penal Unipersonal de Canchis', [6, 4, 2, 1, 2]), ('Sala Penal de Apelaciones', [13, 12, 0, 0, 1])]
    ctab(R, [['Órgano jurisdiccional', 'Ingresados', 'Resueltos', 'Sentencias condenatorias', 'Sentencias absolutorias', 'En trámite']],
         data, ['expediente', 'expediente', 'sentencia', 'sentencia', 'expediente'], year=2024,
         widths=(4.7, 2.2, 1.9, 2.9, 2.7, 1.9), size=8.5)
    dark_head(R.doc.tables[-1], fill='7F1D1D')
    body(R, ['Atentamente,'])
    ecert_sign(R, 'Marco Antonio Tupayachi Luna', 'Presidente', 'Corte Superior de Justicia de Cusco', '19/02/2025 a las 12:15 h')


def a020():
    R = new('a020', 'missing', 'denied_exception', ['prosecution'], Y24,
            S('Región Policial Madre de Dios', 'REGPOL MDD', 'police'),
            'OFICIO N° 047-2025-REGPOL MDD/SEC', ['Solicitud de Acceso N° 006-2025'], '2025-01-28',
            'police oficio; the exception of the transparency law quoted in a shaded box; certified-copy signature',
            notes='Access denied: the places, dates and personnel of the 2024 operations against trafficking are reserved '
                  'information of police intelligence (exception of the transparency law).', font='DejaVu Sans', size=10)
    thickthin_header(R, ['POLICÍA NACIONAL DEL PERÚ', 'Región Policial Madre de Dios', 'Secretaría'], color='385723',
                     logo=(logo_png('pnpmdd', 'PNP', 'shield', (40, 90, 40)), 1.1))
    lema(R, 2025)
    R.p('OFICIO N° 047-2025-REGPOL MDD/SEC', bold=True, align='c', after=2)
    R.p(date24('Puerto Maldonado', '2025-01-28', 'caps_plain'), align='c', after=8)
    to(R, ['Señor(a)', 'SOLICITANTE', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Deniega acceso a información clasificada'), ('REF.:', 'Solicitud de Acceso N° 006-2025')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita la relación '
             'de operativos contra la trata de personas ejecutados en el año 2024, con indicación de lugares, fechas, unidades '
             'intervinientes y personal participante.',
             'Al respecto, dicha información forma parte de planes de operaciones y de inteligencia policial, cuya divulgación '
             'podría poner en riesgo la integridad del personal y el resultado de investigaciones en curso, por lo que se '
             'encuentra comprendida en la excepción prevista en el siguiente dispositivo:'])
    p = R.p('Texto Único Ordenado de la Ley N° 27806, artículo 16: «El derecho de acceso a la información pública no podrá ser '
            'ejercido respecto de la información clasificada como reservada […] cuando tenga por finalidad prevenir y reprimir la '
            'criminalidad en el país y su revelación pueda entorpecerla».', size=9.5, italic=True, indent=0.5, after=8)
    _pborder(p, 'left', sz=18, space=6, color='808080')
    body(R, ['En consecuencia, se deniega su solicitud en el extremo indicado.'])
    fdo_sign(R, 'Coronel PNP Víctor Raúl Ayala Cuba', 'Jefe de la Región Policial Madre de Dios')


def a021():
    R = new('a021', 'answered', None, ['prevention', 'protection'], Y24,
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'OFICIO N° 089-2025-SGDS-GDS-MPM', ['Expediente N° 4478-2025', 'Informe N° 023-2025-DEMUNA-MPM'], '2025-04-09',
            'oficio; a table with a 2024 column and a January-March 2025 column side by side; "S/ 45k" in prose',
            notes='Gives the requested 2024 figures and, in the same table and text, those of January-March 2025 (mixed in and '
                  'out of period: answered). Each figure keeps the year of its column.', font='Calibri', size=11)
    tab_header(R, ['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Gerencia de Desarrollo Social'], 'Subgerencia de\nDesarrollo Social',
               fill='0F5257', logo=(logo_png('mpm', 'MPM', 'circle', (15, 82, 87)), 1.3))
    open24(R, 2025, date24('Iquitos', '2025-04-09', 'dot_month'), 'OFICIO N° 089-2025-SGDS-GDS-MPM', order='ref_rules',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información sobre trata de personas'),
                                                                 ('Referencia:', 'Expediente N° 4478-2025')])
    body(R, ['Tengo el agrado de dirigirme a usted para atender el expediente de la referencia, sobre las acciones municipales '
             'frente a la trata de personas en el año 2024. Según el Informe N° 023-2025-DEMUNA-MPM, se consigna la información '
             'del año solicitado y, para fines comparativos, la del primer trimestre de 2025:'])
    rows = [['Charlas de prevención en el puerto de Masusa y Bellavista Nanay', Cn(31, 'charla', y=2024), Cn(9, 'charla', y=2025)],
            ['Personas sensibilizadas', Cn(2875, 'persona', y=2024), Cn(640, 'persona', y=2025)],
            ['Casos de NNA derivados por la DEMUNA a la UPE', Cn(14, 'caso', y=2024), Cn(5, 'caso', y=2025)],
            ['Orientaciones legales a familias de víctimas', Cn(22, 'orientación', y=2024), Cn(6, 'orientación', y=2025)]]
    R.table([['Acción', 'Año 2024', 'Enero - marzo 2025']], rows, widths=(9.2, 3.0, 3.4), size=9.5, ruled='hlines')
    body(R, ['El presupuesto devengado en estas acciones fue de %s en el año 2024 y de %s entre enero y marzo de 2025.'
             % (Mlk(45, y=2024, r='e'), Mlk(12, y=2025, r='e')), 'Atentamente,'])
    box_sign(R, 'Lic. Karina Tuesta Pinedo', 'Subgerente de Desarrollo Social')


def a022():
    R = new('a022', 'out_of_period', None, ['prevention'], Y24,
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0061-2025-MINCETUR/VMT/DGPDT', ['Registro N° 0021584-2025'], '2025-02-24',
            'ministry oficio with a grid opening; years 2022 and 2023 as rows of a two-level table',
            notes='The 2024 annual report on the prevention of sexual exploitation of children in tourism is still being drafted; '
                  'the 2022 and 2023 figures are given (out of period). Year from the row.', font='Arial', size=10.5)
    R.header(['MINISTERIO DE COMERCIO EXTERIOR Y TURISMO', 'Viceministerio de Turismo',
              'Dirección General de Políticas de Desarrollo Turístico'], align='l', size=8.5,
             logo=(logo_png('mincetur', 'MCT', 'square', (180, 0, 40)), 1.2))
    open24(R, 2025, date24('San Isidro', '2025-02-24', 'roman'), 'OFICIO N° 0061-2025-MINCETUR/VMT/DGPDT', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Prevención de la explotación sexual de NNA en el ámbito del turismo'),
                                            ('Referencia', 'Registro N° 0021584-2025')])
    body(R, ['Me dirijo a usted en relación con el documento de la referencia, mediante el cual solicita información sobre las '
             'acciones de prevención de la trata y la explotación sexual de niñas, niños y adolescentes en el sector turismo '
             'realizadas en el año 2024.',
             'Al respecto, el informe anual 2024 se encuentra en elaboración. Se alcanza la información de los dos años anteriores:'])
    head = [['Año', 'Prestadores de servicios turísticos', '', 'Personas capacitadas'], ['', 'Capacitados', 'Suscriptores del Código de Conducta', '']]
    mer = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)]
    rows = []
    for y, a, b, c in ((2022, 318, 142, 1260), (2023, 402, 187, 1545)):
        rows.append([str(y), Cn(a, 'prestador', y=y), Cn(b, 'prestador', y=y), Cn(c, 'persona', 'eu', y=y)])
    mtable(R, head, rows, merges=mer, widths=(2.2, 4.2, 5.0, 4.2), size=9.5)
    body(R, ['Atentamente,'])
    cargo_first_sign(R, 'Luis Alberto Chirinos Paz', 'Director General de Políticas de Desarrollo Turístico')


def a023():
    R = new('a023', 'answered', None, ['governance', 'protection', 'prosecution'], Y24,
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0038-2025-DP/OD-PUNO', ['Solicitud N° 0192-2025-DP/TRANSP'], '2025-03-03',
            'oficio with a tab header; supervision results in numbered points; counts in words with digits in brackets; '
            '"por 100" percents',
            notes='The Puno office of the Ombudsman (recorded as Defensoría del Pueblo) on its 2024 supervision of police stations and '
                  'women\'s emergency centres. Supervision is governance; findings on police stations prosecution, on CEM protection. '
                  '"dieciocho (18)" is one count.', font='Liberation Serif', size=11.5)
    tab_header(R, ['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Puno'], 'Transparencia', fill='2E3A87',
               logo=(logo_png('dp24', 'DP', 'circle', (46, 58, 135)), 1.3))
    open24(R, 2025, date24('Puno', '2025-03-03', 'caps_plain'), 'OFICIO N° 0038-2025-DP/OD-PUNO', order='right_block',
           to_lines=['Señora', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Resultados de supervisión 2024'),
                                                                  ('Referencia:', 'Solicitud N° 0192-2025-DP/TRANSP')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle sobre las supervisiones realizadas por '
             'esta Oficina Defensorial en el año 2024 en materia de trata de personas:'])
    numbered(R, ['Se supervisó %s comisarías de la región; en el %s de ellas el personal desconocía el protocolo '
                 'intersectorial para la atención de víctimas.' % (Cwd(18, 'comisaría', fem=True, y=2024), Ppor100(44.4, 1, y=2024)),
                 'Solo %s de las comisarías supervisadas contaba con libro de registro de denuncias por trata actualizado.'
                 % Cwd(7, 'comisaría', fem=True, y=2024),
                 'Se supervisó además %s Centros Emergencia Mujer; en el %s no se había designado a un profesional para el '
                 'seguimiento de los casos de trata.' % (Cwd(9, 'centro', y=2024), Ppor100(33, y=2024)),
                 'Se formularon %s recomendaciones a la Región Policial Puno y al Programa Nacional Warmi Ñan.'
                 % Cwd(26, 'recomendación', fem=True, y=2024)], fmt_='%d)')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Abg. Elena Mamani Coaquira', 'Jefa de la Oficina Defensorial de Puno', seed=2301)


def a024():
    R = new('a024', 'missing', 'no_information', ['governance', 'prevention'], Y24,
            S('Gobierno Regional de Pasco', 'GOREPA', 'regional_government'),
            'OFICIO N° 0052-2025-GRP-GGR/GRDS', ['Solicitud N° 0019-2025', 'Informe N° 007-2025-GRP/GRDS-SGDS'], '2025-02-05',
            'oficio with a thick-thin rule header; short text citing an internal report; boxed signature',
            notes='No records of the regional commission or of prevention actions in 2024 were found (no information).',
            font='Calibri', size=11)
    thickthin_header(R, ['GOBIERNO REGIONAL DE PASCO', 'Gerencia Regional de Desarrollo Social'], color='833C0B')
    open24(R, 2025, date24('Cerro de Pasco', '2025-02-05', 'dias_mes'), 'OFICIO N° 0052-2025-GRP-GGR/GRDS', order='date_first',
           to_lines=['Señor:', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Respuesta a solicitud'), ('Ref.:', 'Solicitud N° 0019-2025')])
    body(R, ['Tengo a bien dirigirme a usted, en atención a su solicitud sobre la Comisión Regional contra la Trata de Personas y '
             'las acciones de prevención realizadas en el año 2024.',
             'Sobre el particular, mediante el Informe N° 007-2025-GRP/GRDS-SGDS la Subgerencia de Desarrollo Social comunica que '
             'no obra en su acervo documentario información sobre las sesiones de dicha comisión ni sobre actividades de '
             'prevención correspondientes al periodo solicitado; por tanto, no es posible atender su pedido.', 'Atentamente,'])
    box_sign(R, 'Ing. Rubén Espinoza Atencio', 'Gerente Regional de Desarrollo Social')


def a025():
    R = new('a025', 'answered', None, ['governance'], Y24,
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000176-2025/IN/VSP/DGSD', ['Solicitud N° 2025-0004411', 'Informe Técnico N° 000012-2025/IN/VSP/DGSD/DAIC'],
            '2025-03-10',
            'oficio + technical report page (roman-numbered sections); a budget table by sector with PIM, devengado and a '
            'percent; counts of regional networks in prose',
            notes='The security directorate of the interior ministry (technical secretariat of the multisectoral commission) on the '
                  '2024 budget of the national policy against trafficking by sector and on the commission: governance. '
                  'Sector rows; avance is devengado / PIM.', font='Arial', size=10.5)
    R.header(['MINISTERIO DEL INTERIOR', 'Viceministerio de Seguridad Pública', 'Dirección General de Seguridad Democrática'],
             align='c', size=8.5, logo=(logo_png('mininter', 'MIN', 'shield', (0, 60, 30)), 1.2))
    open24(R, 2025, date24('Lima', '2025-03-10', 'roman'), 'OFICIO N° 000176-2025/IN/VSP/DGSD', order='ref_rules',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Remite informe técnico'),
                                                                 ('Referencia:', 'Solicitud N° 2025-0004411')])
    body(R, ['Me dirijo a usted con relación al documento de la referencia, para remitirle el Informe Técnico N° '
             '000012-2025/IN/VSP/DGSD/DAIC, que contiene la información solicitada sobre el presupuesto y el funcionamiento de la '
             'Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes '
             'durante el año 2024.', 'Atentamente,'])
    ecert_sign(R, 'Gustavo Adolfo Reátegui Soto', 'Director General de Seguridad Democrática', 'MININTER', '10/03/2025 a las 09:26 h')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 000012-2025/IN/VSP/DGSD/DAIC', bold=True, align='c', after=6)
    R.p('I. ANTECEDENTES', bold=True, after=2)
    body(R, ['Solicitud N° 2025-0004411, sobre el presupuesto 2024 de la Política Nacional frente a la Trata de Personas y sus '
             'formas de explotación.'], size=10)
    R.p('II. ANÁLISIS', bold=True, after=2)
    body(R, ['2.1. Según la información reportada por los sectores a la Secretaría Técnica, el presupuesto 2024 vinculado a los '
             'servicios de la política nacional fue el siguiente:'], size=10)
    sec = [('Ministerio del Interior', 18450320.0, 16982115.4), ('Ministerio Público', 12906540.0, 12114870.25),
           ('Ministerio de la Mujer y Poblaciones Vulnerables', 9874200.0, 9102333.8), ('Ministerio de Trabajo y Promoción del Empleo', 2315600.0, 2088417.0),
           ('Ministerio de Justicia y Derechos Humanos', 1652900.0, 1590210.6), ('Ministerio de Salud', 1204750.0, 987300.9)]
    rows = []
    for s_, pim, dev in sec:
        rows.append([s_, Mf(pim, y=2024, r='a'), Mf(dev, y=2024, r='e'), Pf(round(dev / pim * 100, 1), y=2024, u='column')])
    tp, td = sum(x[1] for x in sec), sum(x[2] for x in sec)
    rows.append(['Total', Mf(round(tp, 2), y=2024, r='a'), Mf(round(td, 2), y=2024, r='e'), Pf(round(td / tp * 100, 1), y=2024, u='column')])
    R.table([['Sector', 'PIM 2024', 'Devengado 2024', 'Avance']], rows, widths=(7.0, 3.2, 3.2, 2.0), size=9, bold_rows=(6,),
            caption='Presupuesto de la Política Nacional frente a la Trata de Personas por sector, 2024 (en soles)', unit='caption')
    body(R, ['2.2. La Comisión Multisectorial celebró %s sesiones ordinarias y %s extraordinarias; asimismo, a diciembre de 2024 se '
             'encontraban activas %s redes o mesas regionales contra la trata de personas.'
             % (Cn(6, 'sesión', y=2024), Cn(2, 'sesión', y=2024), Cn(24, 'red', y=2024))], size=10)
    R.p('III. CONCLUSIÓN', bold=True, after=2)
    body(R, ['Se recomienda remitir el presente informe al solicitante.'], size=10)
    cargo_first_sign(R, 'Lic. Daniela Poma Arévalo', 'Especialista de la Dirección de Articulación', before=10)


def a026():
    R = new('a026', 'missing', 'off_topic', [], None,
            S('Ministerio de Energía y Minas', 'MINEM', 'ministry'),
            'OFICIO N° 0412-2025-MINEM/DGFM', ['Registro N° 3876120'], '2025-02-27',
            'ministry oficio on the mining formalisation register: count table by department',
            notes='Off topic: registrations in the mining formalisation register by department, not trafficking in persons. '
                  'Counts kept (noun "minero"); no axes; no period of a request stated.', font='Times New Roman', size=11.5)
    R.header(['MINISTERIO DE ENERGÍA Y MINAS', 'Dirección General de Formalización Minera'], align='c', size=9)
    open24(R, 2025, date24('San Borja', '2025-02-27', 'month_first'), 'OFICIO N° 0412-2025-MINEM/DGFM', order='right_block',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información sobre el Registro Integral de Formalización Minera'),
                                                                 ('Referencia:', 'Registro N° 3876120')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre los '
             'mineros inscritos en el Registro Integral de Formalización Minera (REINFO) en condición de vigentes:'])
    data = [('Arequipa', [21458, 8812]), ('Ayacucho', [9874, 3320]), ('Madre de Dios', [10256, 2045]), ('Puno', [14633, 4120]),
            ('La Libertad', [6785, 2214]), ('Piura', [3902, 1177])]
    ctab(R, [['Departamento', 'Inscripciones vigentes', 'Inscripciones suspendidas']], data, 'inscripción',
         widths=(6.0, 4.4, 4.4), size=9.5)
    body(R, ['Atentamente,'])
    cargo_first_sign(R, 'Ing. Óscar Villanueva Roca', 'Director General de Formalización Minera')


def a027():
    R = new('a027', 'answered', None, ['prevention', 'protection'], Y24,
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            None, ['Expediente N° 12874-2025'], '2025-02-04',
            'printed e-mail from the transparency officer with the header lines and a quoted table; no own number',
            notes='A printed e-mail (no own number): prevention talks and DEMUNA cases in 2024, amounts "S/ 18k" and "S/ 6k" '
                  '(thousands with a lower-case k), and a percent with "pct.".', font='Calibri', size=11)
    R.p('Correo institucional – Municipalidad Distrital de Ate', bold=True, size=9, after=2)
    kv(R, [('De:', 'Transparencia MDA <transparencia@muniate.gob.pe>'), ('Enviado:', 'martes, 4 de febrero de 2025 17:42'),
           ('Para:', 'solicitante'), ('Asunto:', 'RE: Solicitud de acceso a la información – Expediente N° 12874-2025')], size=9)
    R.p('_' * 80, size=7, after=6)
    body(R, ['Estimado(a) solicitante:',
             'En atención a su pedido sobre las acciones de la Municipalidad frente a la trata de personas durante el año 2024, '
             'la Subgerencia de Salud, Educación y DEMUNA nos remite lo siguiente:'], align='l')
    rows = [['Charlas en colegios y mercados', Cn(38, 'charla', y=2024)], ['Personas informadas', Cn(3406, 'persona', y=2024)],
            ['Casos de NNA en riesgo atendidos por DEMUNA', Cn(17, 'caso', y=2024)],
            ['Casos derivados al CEM y a la UPE', Cn(11, 'caso', y=2024)]]
    R.table([['Acción 2024', 'Cantidad']], rows, widths=(10.0, 3.0), size=10, ruled='hlines', align='l')
    body(R, ['El gasto en materiales fue de %s y en movilidad de %s. El %s de las charlas se realizó en Huaycán y Santa Clara.'
             % (Mlk(18, y=2024, r='e'), Mlk(6, y=2024, r='e'), Ppct(57.9, y=2024)),
             'Saludos cordiales,'], align='l')
    R.p('Lic. Ricardo Ulloa Meza', bold=True, after=0)
    R.p('Funcionario Responsable de Acceso a la Información Pública', size=10, after=0)
    R.p('Municipalidad Distrital de Ate', size=10)


def a028():
    R = new('a028', 'out_of_period', None, ['prosecution'], Y24,
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000094-2025-SUNAFIL/GG/OGTIC', ['Solicitud N° 0356-2025-SUNAFIL', 'Memorando N° 000311-2025-SUNAFIL/INII'],
            '2025-03-17',
            'oficio; years as rows (2022, 2023) with counts and a fines column whose header states "(S/)"',
            notes='The inspection system migrated in 2024 and its data are not yet certified (cited memorandum); the figures of 2022 '
                  'and 2023 on forced labour and labour trafficking are given (out of period). Fines have no role.',
            font='Arial', size=10.5)
    iso_header(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Gerencia General'], 'SUNAFIL-GG-F02', '03')
    open24(R, 2025, date24('Lima', '2025-03-17', 'month_first'), 'OFICIO N° 000094-2025-SUNAFIL/GG/OGTIC', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Inspecciones sobre trabajo forzoso'), ('Referencia', 'Solicitud N° 0356-2025-SUNAFIL')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, sobre las inspecciones laborales en materia de trabajo '
             'forzoso y trata con fines de explotación laboral realizadas en el año 2024.',
             'Según el Memorando N° 000311-2025-SUNAFIL/INII, los datos del año 2024 aún no han sido certificados tras la migración '
             'del sistema informático de inspección. Se alcanza la información de los años 2022 y 2023:'])
    rows = []
    for y, a, b, c, d in ((2022, 64, 29, 412, 1287450.5), (2023, 81, 37, 538, 1954320.0)):
        rows.append([str(y), Cn(a, 'orden de inspección', y=y), Cn(b, 'orden de inspección', y=y), Cn(c, 'trabajador', y=y),
                     Mf(d, y=y)])
    R.table([['Año', 'Órdenes de inspección', 'Con infracción', 'Trabajadores afectados', 'Multas propuestas (S/)']], rows,
            widths=(1.8, 3.2, 2.8, 3.4, 3.8), size=9.5)
    body(R, ['Atentamente,'])
    ecert_sign(R, 'Fiorella Gamarra Ríos', 'Gerente General', 'SUNAFIL', '17/03/2025 a las 18:03 h')


def a029():
    R = new('a029', 'missing', 'not_competent', ['prevention'], Y24,
            S('Superintendencia Nacional de Educación Superior Universitaria', 'SUNEDU', 'other'),
            'OFICIO N° 0129-2025-SUNEDU-SG', ['Solicitud N° 0245-2025'], '2025-02-13',
            'oficio; the functions of the body listed with a), b), c); no referral',
            notes='Not competent: the superintendency supervises university licensing and does not run prevention programmes; '
                  'it lists its functions and forwards nothing.', font='Liberation Serif', size=11.5)
    R.header(['SUPERINTENDENCIA NACIONAL DE EDUCACIÓN SUPERIOR UNIVERSITARIA', 'Secretaría General'], align='l', size=8.5)
    open24(R, 2025, date24('Lima', '2025-02-13', 'dmy_dash'), 'OFICIO N° 0129-2025-SUNEDU-SG', order='right_block',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Atención de solicitud'), ('Referencia:', 'Solicitud N° 0245-2025')])
    body(R, ['Me dirijo a usted con relación a su solicitud sobre los programas de prevención de la trata de personas dirigidos a '
             'estudiantes universitarios durante el año 2024.',
             'Al respecto, le informamos que, conforme a la Ley Universitaria y a su Reglamento de Organización y Funciones, la '
             'SUNEDU tiene a su cargo:'])
    for k, t in zip('abc', ['el licenciamiento del servicio educativo superior universitario;',
                            'la supervisión de la calidad del servicio educativo universitario; y',
                            'la fiscalización del uso de los recursos públicos y beneficios otorgados a las universidades.']):
        R.p('%s) %s' % (k, t), indent=0.8, after=2)
    body(R, ['En ese sentido, la entidad no desarrolla ni registra programas de prevención de la trata de personas, materia que no '
             'se encuentra dentro de sus competencias.', 'Atentamente,'])
    box_sign(R, 'Abg. Javier Cornejo Llosa', 'Secretario General')


def a030():
    R = new('a030', 'answered', None, ['protection'], Y24,
            S('Hospital Regional del Cusco', 'HRC', 'regional_government'),
            'OFICIO N° 0187-2025-GR-CUSCO/HRC-DE', ['Expediente N° 00491-2025'], '2025-02-20',
            'hospital oficio; two-level header "Atenciones 2024" over female / male / total; a bare share column under "%"',
            notes='A regional hospital (executing unit of the regional government of Cusco, named as itself). Victims of trafficking '
                  'attended in 2024 by service and sex; the share column is the percent of all attended.', font='DejaVu Sans', size=10)
    crest_header(R, ['Gobierno Regional del Cusco', 'Hospital Regional del Cusco', 'Dirección Ejecutiva'],
                 (logo_png('hrc', 'HRC', 'circle', (0, 110, 110)), 1.3))
    open24(R, 2025, date24('Cusco', '2025-02-20', 'caps_weekday'), 'OFICIO N° 0187-2025-GR-CUSCO/HRC-DE', order='ref_rules',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Atenciones a víctimas de trata de personas'),
                                                                     ('Referencia:', 'Expediente N° 00491-2025')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al expediente de la referencia, para informarle sobre las '
             'atenciones brindadas por este Hospital a víctimas de trata de personas durante el año 2024:'])
    serv = [('Emergencia', 12, 3), ('Ginecología y obstetricia', 9, 0), ('Pediatría', 7, 4), ('Psicología', 21, 6),
            ('Psiquiatría', 5, 2), ('Servicio social', 18, 5)]
    tot = sum(a + b for _, a, b in serv)
    rows = []
    for s_, a, b in serv:
        rows.append([s_, Cn(a, 'víctima', y=2024), Cn(b, 'víctima', y=2024), Cn(a + b, 'víctima', y=2024),
                     Pbare(round((a + b) / tot * 100, 1), y=2024, u='column')])
    ta, tb = sum(x[1] for x in serv), sum(x[2] for x in serv)
    rows.append(['Total', Cn(ta, 'víctima', y=2024), Cn(tb, 'víctima', y=2024), Cn(tot, 'víctima', y=2024),
                 Pbare(100.0, y=2024, u='column')])
    head = [['Servicio', 'Atenciones 2024', '', '', '%'], ['', 'Mujeres', 'Hombres', 'Total', '']]
    mer = [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 1, 4)]
    mtable(R, head, rows, merges=mer, widths=(5.6, 2.4, 2.4, 2.4, 2.0), size=9.5, bold_rows=(6,))
    body(R, ['Atentamente,'])
    cargo_first_sign(R, 'M.C. Alfredo Zúñiga Paredes', 'Director Ejecutivo', 'Hospital Regional del Cusco')
