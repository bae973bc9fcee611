"""blind-v26 letters k001-k015, written from scratch for this set from the labeling guide."""
from common import *

REQ = ['Señora', 'Milagros Paredes Caycho', 'Investigadora del Observatorio Ciudadano sobre Trata de Personas', 'Presente.-']
REQ2 = ['Señor', 'Julio César Ñahui Espinoza', 'Coordinador de la Red Ciudadana de Vigilancia contra la Trata', 'Ciudad.-']
PERTXT = 'enero de 2023 a diciembre de 2024'


def k001():
    R = new('k001', 'answered', None, ['protection', 'prevention'], PER26,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000412-2025-MIMP-AURORA-DE', ['Solicitud N° 2025-0001187', 'Informe N° D000088-2025-MIMP-AURORA-SGAT'],
            '2025-03-14', 'oficio, tinted-band letterhead, ruled grid opening, zebra table by region with share column, caps signature',
            notes='AURORA programme of MIMP (recorded as MIMP). Cases of trafficking attended by the CEM in 2023 and 2024, with a share column of 2024; prevention activities in the text. Answered.',
            font='Calibri', size=10.5)
    tint_band_header(R, ['Ministerio de la Mujer y Poblaciones Vulnerables', 'Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar – AURORA', 'Dirección Ejecutiva'],
                     logo=(logo_png('aurora', 'MIMP', 'circle', (150, 30, 90)), 1.6))
    open26(R, 2025, date26('Lima', '2025-03-14', 'cap_month'), 'OFICIO N° D000412-2025-MIMP-AURORA-DE', REQ[:3],
           [('ASUNTO', 'Atención de solicitud de acceso a la información pública'),
            ('REFERENCIA', 'Solicitud N° 2025-0001187 (%s)' % '28.02.2025')], order='grid')
    para(R, 'Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información sobre los casos de trata de personas atendidos por los Centros Emergencia Mujer (CEM) y las acciones preventivas desarrolladas entre %s.' % PERTXT)
    para(R, 'Al respecto, la Subunidad de Gestión de la Atención remitió el Informe N° D000088-2025-MIMP-AURORA-SGAT, según el cual los CEM atendieron los siguientes casos vinculados a trata de personas:')
    ctab26(R, [['Región', 'Casos atendidos 2023', 'Casos atendidos 2024', '% del total 2024']],
           [('Lima Metropolitana', [38, 44]), ('Cusco', [21, 26]), ('Madre de Dios', [17, 23]), ('Loreto', [19, 15]),
            ('Puno', [12, 18]), ('Arequipa', [9, 11]), ('Otras regiones', [27, 31])],
           'caso', year=[2023, 2024], pct=(1, 'total'), pct_fn=lambda v, y: Pcoma(v, 1, y=y, u='column'),
           style='zebra', widths=(5.2, 3.4, 3.4, 3.2), size=9, caption='Cuadro 1. Casos de trata de personas atendidos por los CEM, según región')
    para(R, 'En materia preventiva, durante 2023 se realizaron %s acciones de sensibilización sobre captación con fines de explotación, y en 2024 se alcanzó a %s personas mediante ferias y charlas comunitarias, el %s de ellas adolescentes.'
         % (Cn(1284, 'acción', y=2023), Cdot(15430, 'persona', y=2024), Pcoma(36.5, 1, y=2024)))
    para(R, 'Es todo cuanto informo a usted para los fines que estime pertinentes.')
    caps_left_sign(R, 'Rocío del Pilar Cárdenas Vilca', 'Directora Ejecutiva', 'Programa Nacional AURORA')
    return R


def k002():
    R = new('k002', 'missing', 'no_information', ['prevention', 'protection', 'governance'], PER26,
            S('Municipalidad Distrital de Inambari', None, 'district_municipality'),
            'CARTA N° 018-2025-MDI/GM', ['Expediente N° 0312-2025', 'Informe N° 041-2025-MDI/GDS'],
            '2025-03-05', 'carta, monogram letterhead, box-right opening, framed signature',
            notes='The social development office found no documents on prevention, victim care, the working group or budget for 2023-2024 (cited report). no_information.',
            font='Liberation Sans', size=10.5)
    monogram_header(R, 'MDI', ['Municipalidad Distrital de Inambari', 'Provincia de Tambopata – Región Madre de Dios', 'Gerencia Municipal'])
    open26(R, 2025, date26('Mazuco', '2025-03-05', 'month_first'), 'CARTA N° 018-2025-MDI/GM', REQ2,
           [('Asunto', 'Respuesta a solicitud de información pública'), ('Referencia', 'Expediente N° 0312-2025')], order='box_right')
    para(R, 'Me dirijo a usted en relación con el expediente de la referencia, por el cual solicita información sobre las acciones de prevención de la trata de personas, la atención a presuntas víctimas, la conformación de una instancia de trabajo distrital y el presupuesto asignado a dichas acciones en el periodo comprendido entre %s.' % PERTXT)
    para(R, 'Sobre el particular, la Gerencia de Desarrollo Social, mediante Informe N° 041-2025-MDI/GDS, comunica que, efectuada la búsqueda en su acervo documentario y en el archivo central, no se ha encontrado documentación relacionada con lo solicitado, por lo que esta entidad no cuenta con la información requerida.')
    para(R, 'Sin otro particular, quedo de usted.')
    boxed_sign(R, 'Ing. Wilber Huanca Mamani', 'Gerente Municipal', 'Municipalidad Distrital de Inambari')
    return R


def k003():
    R = new('k003', 'answered', None, ['governance', 'prevention'], PER26,
            S('Gobierno Regional de Cusco', 'GORE Cusco', 'regional_government'),
            'OFICIO N.° 0256-2025-GR CUSCO/GRDS', ['Solicitud N° 0087-2025-GRC', 'Ordenanza Regional N° 214-2023-CR/GRC.CUSCO'],
            '2025-02-20', 'oficio, double-rule letterhead, to-first opening, session count table with semester columns and frame ruling, budget table in continental notation with thick head rule',
            notes='Gerencia Regional de Desarrollo Social (recorded as the regional government). Regional network sessions and trainings by semester, budget PIM/devengado 2023 and 2024 in S/ with comma decimals. Answered.',
            font='Times New Roman', size=11)
    double_rule_header(R, ['Gobierno Regional Cusco', 'Gerencia Regional de Desarrollo Social', 'Av. Tomasa Ttito Condemayta s/n – Wanchaq'],
                       logo=(logo_png('grcusco', 'GRC', 'shield', (120, 80, 10)), 1.3))
    open26(R, 2025, date26('Cusco', '2025-02-20', 'legal'), 'OFICIO N.° 0256-2025-GR CUSCO/GRDS', REQ,
           [('ASUNTO:', 'Información sobre la Red Regional contra la Trata de Personas'), ('REF.:', 'Solicitud N° 0087-2025-GRC')], order='to_first')
    para(R, 'De mi consideración: en atención a la solicitud de la referencia, que pide información de las acciones de la Red Regional de Lucha contra la Trata de Personas y el Tráfico Ilícito de Migrantes del Cusco durante %s, informo lo siguiente.' % PERTXT)
    para(R, 'La Red, reconocida mediante Ordenanza Regional N° 214-2023-CR/GRC.CUSCO, sesionó y capacitó según el detalle:')
    rowtab26(R, [['Actividad', 'I Sem. 2023', 'II Sem. 2023', 'I Sem. 2024', 'II Sem. 2024']],
             [('Sesiones ordinarias de la Red', 'sesión', [3, 3, 2, 3]), ('Sesiones extraordinarias', 'sesión', [1, 2, 1, None]),
              ('Talleres a operadores de turismo', 'taller', [4, 6, 5, 7]), ('Charlas en instituciones educativas', 'charla', [11, 9, 14, 12])],
             [2023, 2023, 2024, 2024], style='frame', widths=(6.4, 2.4, 2.4, 2.4, 2.4), size=9,
             caption='Actividades de la Red Regional por semestre')
    t = R.table([['Año', 'PIM', 'Devengado']],
                [['2023', Mf(86420.0, 'eu', y=2023, r='a', u='caption'), Mf(79815.4, 'eu', y=2023, r='e', u='caption')],
                 ['2024', Mf(94300.0, 'eu', y=2024, r='a', u='caption'), Mf(91208.75, 'eu', y=2024, r='e', u='caption')]],
                widths=(3.0, 4.0, 4.0), ruled='none', size=9.5,
                caption='Presupuesto de la actividad "Prevención de la trata de personas" (en soles)')
    style26(t, 'thick')
    para(R, 'La ejecución alcanzó el %s en 2023 y el %s en 2024.' % (Pcoma(92.4, 1, y=2023), Pcoma(96.7, 1, y=2024)))
    R.p('Atentamente,', after=0)
    dbl_rule_sign(R, 'Abg. Ruth Nélida Quispe Ccahuana', 'Gerente Regional de Desarrollo Social')
    return R


def k004():
    R = new('k004', 'out_of_period', None, ['prosecution'], PER26,
            S('Región Policial Cusco', 'REGPOL Cusco', 'police'),
            'OFICIO N° 112-2025-REGPOL CUSCO/DIVINCRI-DEPINTRAT', ['Solicitud S/N de fecha 03FEB2025', 'Memorándum N° 037-2025-REGPOL CUSCO/UNIPLEDU'],
            '2025-02-24', 'police oficio, plain centred header, monospace type, years as rows 2021-2022 with frame ruling',
            notes='The period 2023-2024 is restated, but the unit gives only 2021 and 2022: the 2023-2024 records went to the police statistics office during the SIDPOL migration (cited memorandum) and are not in its archive. out_of_period.',
            font='Courier New', size=10)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL CUSCO', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL – DEPINTRAT'], logo=(logo_png('pnpcus', 'PNP', 'shield', (20, 90, 40)), 1.3))
    lema(R, 2025, size=7)
    R.p(date26('Cusco', '2025-02-24', 'compact'), align='r', after=4)
    R.p('OFICIO N° 112-2025-REGPOL CUSCO/DIVINCRI-DEPINTRAT', bold=True, after=8)
    kv(R, [('SEÑORA', 'Milagros Paredes Caycho – Observatorio Ciudadano sobre Trata de Personas'),
           ('ASUNTO', 'Remite información estadística'),
           ('REF.', 'Solicitud S/N de fecha 03FEB2025')], size=9.5, tab=2.4, w2=13.6)
    para(R, 'Tengo el honor de dirigirme a Ud., con relación al documento de la referencia, mediante el cual solicita el número de denuncias, operativos y personas detenidas por el delito de trata de personas en el ámbito de la Región Policial Cusco, entre el 1 de enero de 2023 y el 31 de diciembre de 2024.')
    para(R, 'Al respecto, se informa que los registros correspondientes a los años 2023 y 2024 fueron remitidos a la Unidad de Planeamiento durante la migración del SIDPOL, conforme al Memorándum N° 037-2025-REGPOL CUSCO/UNIPLEDU, y no obran en el archivo de este Departamento. Se remite la información disponible:', size=10)
    yrowtab26(R, [['Año', 'Denuncias', 'Operativos', 'Detenidos', 'Víctimas rescatadas']],
              [('2021', 2021, [46, 31, 22, 58]), ('2022', 2022, [53, 37, 29, 71])],
              ['denuncia', 'operativo', 'detenido', 'víctima'], style='frame',
              widths=(2.6, 3.0, 3.0, 3.0, 3.6), size=9.5, caption='DEPINTRAT CUSCO – RESUMEN 2021-2022')
    R.p('Es propicia la ocasión para expresarle los sentimientos de mi especial consideración.', after=2, size=10)
    R.p('Dios guarde a Ud.', align='c', bold=True, before=6, after=0)
    R.sign('CRNL. PNP Hernán Salas Villafuerte', 'Jefe de la DIVINCRI – REGPOL Cusco', before=30)
    return R


def k005():
    R = new('k005', 'answered', None, ['prosecution', 'protection'], PER26,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Madre de Dios', None, 'autonomous'),
            'OFICIO N° 000231-2025-MP-FN-FPEDTP-MDD', ['Solicitud de Acceso a la Información N° 118-2025', 'INFORME N° 004-2025-MP-FN-FPEDTP-MDD'],
            '2025-03-11', 'oficio + informe on page 2 (own number INFORME as second heading), fiscal files by stage and year, percent column, zebra ruling',
            notes='Page 1 oficio, page 2 the prosecutor\'s report. Fiscal files of 2023 and 2024 by stage, victims referred to the victims\' assistance unit. The oficio\'s number is the reference; the informe is cited. Answered.',
            font='Times New Roman', size=11)
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Madre de Dios', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas'],
             logo=(logo_png('mpfn', 'MP', 'circle', (30, 50, 120)), 1.3))
    open26(R, 2025, date26('Puerto Maldonado', '2025-03-11', 'del_year'), 'OFICIO N° 000231-2025-MP-FN-FPEDTP-MDD', REQ,
           [('Asunto', 'Se remite información solicitada'), ('Referencia', 'Solicitud de Acceso a la Información N° 118-2025')], order='box_right')
    para(R, 'Por medio del presente, en atención a la solicitud de la referencia, remito a usted el INFORME N° 004-2025-MP-FN-FPEDTP-MDD, que contiene la información estadística de las carpetas fiscales por el delito de trata de personas ingresadas en este despacho durante los años 2023 y 2024, así como las derivaciones de víctimas a la Unidad Distrital de Asistencia a Víctimas y Testigos.')
    para(R, 'Se precisa que la información se entrega sin datos personales de las víctimas ni de los investigados.')
    R.sign('Vanessa Lucía Torres Arriola', 'Fiscal Provincial Titular', 'FPEDTP de Madre de Dios', before=30)
    R.pagebreak()
    R.p('INFORME N° 004-2025-MP-FN-FPEDTP-MDD', bold=True, align='c', after=6)
    ruled_head(R, [('A', 'Vanessa Lucía Torres Arriola – Fiscal Provincial Titular'), ('DE', 'Área de Estadística del despacho'),
                   ('ASUNTO', 'Carpetas fiscales por trata de personas 2023-2024'), ('FECHA', '10.03.2025')], size=10)
    R.p('1. Carpetas fiscales según etapa', bold=True, after=2)
    t, tot = ctab26(R, [['Etapa procesal', '2023', '2024', '% 2024']],
                    [('Investigación preliminar', [61, 74]), ('Investigación preparatoria', [23, 28]),
                     ('Etapa intermedia', [9, 12]), ('Juicio oral', [6, 8]), ('Archivadas', [34, 29])],
                    'carpeta fiscal', year=[2023, 2024], pct=(1, 'total'), pct_fn=lambda v, y: Pf(v, 1, suf='%', y=y, u='column'),
                    style='zebra', widths=(6.2, 2.6, 2.6, 2.4), size=10)
    R.p('2. Víctimas y sentencias', bold=True, after=2, before=6)
    para(R, 'Se derivaron a la UDAVIT %s presuntas víctimas en 2023 y %s en 2024. En el mismo periodo se obtuvieron %s sentencias condenatorias, con penas entre 8 y 15 años de pena privativa de libertad.'
         % (Cdw26(47, 'víctima', y=2023), Cdw26(63, 'víctima', y=2024), Cdw26(9, 'sentencia condenatoria', fem=True, y=None)))
    R.p('Atentamente,', before=10)
    R.p('Lic. Estad. Óscar Gamarra Huillca', bold=True, after=0, before=18)
    R.p('Responsable de Estadística', size=10)
    return R


def k006():
    R = new('k006', 'answered', None, ['protection', 'prevention'], PER26,
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 0587-2025-DGIESP/MINSA', ['Expediente N° DGIESP20250000214', 'NOTA INFORMATIVA N° 0093-2025-DSAME-DGIESP/MINSA'],
            '2025-04-02', 'oficio, corner-block letterhead, grid opening, victims attended table by CSMC type with merged year headers, budget in text with Mmildec',
            notes='Mental health directorate of MINSA. Victims of trafficking attended in community mental health centres 2023-2024 (protection); training of health staff to detect and prevent (prevention); executed budget in the text. Answered.',
            font='Arial', size=10)
    corner_block_header(R, ['Ministerio de Salud', 'Viceministerio de Salud Pública', 'Dirección General de Intervenciones Estratégicas en Salud Pública', 'Dirección de Salud Mental'],
                        logo=(logo_png('minsa', 'MINSA', 'square', (160, 20, 20)), 2.2))
    open26(R, 2025, date26('Lima', '2025-04-02', 'dots'), 'OFICIO N° 0587-2025-DGIESP/MINSA', REQ2[:3],
           [('ASUNTO', 'Respuesta sobre atención en salud mental a víctimas de trata'), ('REFERENCIA', 'Expediente N° DGIESP20250000214')], order='grid')
    para(R, 'Es grato dirigirme a usted, en atención al documento de la referencia, para remitirle la NOTA INFORMATIVA N° 0093-2025-DSAME-DGIESP/MINSA, con la información sobre atención en salud mental a personas afectadas por trata de personas en el periodo %s:' % PERTXT)
    ctab26(R, [['Establecimiento', 'Personas atendidas', '', 'Sesiones de terapia', ''], ['', '2023', '2024', '2023', '2024']],
           [('Centros de Salud Mental Comunitaria', [142, 168, 1105, 1342]), ('Hospitales generales', [37, 41, 212, 260]),
            ('Hogares protegidos', [8, 11, 96, 118])],
           ['persona', 'persona', 'sesión', 'sesión'], year=[2023, 2024, 2023, 2024],
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), style='stub', widths=(6.0, 2.4, 2.4, 2.5, 2.5), size=9,
           caption='Atenciones a personas afectadas por trata de personas')
    para(R, 'Asimismo, en 2024 se capacitó a %s profesionales de la salud del primer nivel en la detección y prevención de la trata, con una inversión ejecutada de %s en el mismo año.'
         % (Cn(612, 'profesional de la salud', y=2024), Mmildec(148.3, y=2024, r='e')))
    para(R, 'Sin otro particular, hago propicia la ocasión para expresarle los sentimientos de mi consideración.')
    dbl_rule_sign(R, 'Dr. Ernesto Valdivia Paucar', 'Director General', 'Dirección General de Intervenciones Estratégicas en Salud Pública')
    return R


def k007():
    R = new('k007', 'missing', 'not_competent_referred', ['prevention', 'prosecution'], PER26,
            S('Ministerio de Energía y Minas', 'MINEM', 'ministry'),
            'OFICIO N° 0219-2025-MINEM/SG-OACGD', ['Registro N° 3897412', 'OFICIO N° 0217-2025-MINEM/SG-OACGD', 'OFICIO N° 0218-2025-MINEM/SG-OACGD'],
            '2025-02-27', 'oficio, tinted-band letterhead, to-first opening, caps signature',
            notes='The mining ministry says prevention and prosecution of trafficking in mining areas are not its functions and forwarded the request to the interior ministry and MIMP by two cited oficios. not_competent_referred.',
            font='Calibri', size=11)
    tint_band_header(R, ['Ministerio de Energía y Minas', 'Secretaría General', 'Oficina de Atención a la Ciudadanía y Gestión Documental'],
                     logo=(logo_png('minem', 'MINEM', 'square', (40, 40, 40)), 1.6), fill='E8E8E8', line='404040')
    open26(R, 2025, date26('San Borja', '2025-02-27', 'iso'), 'OFICIO N° 0219-2025-MINEM/SG-OACGD', REQ,
           [('Asunto:', 'Traslado de solicitud de acceso a la información pública'), ('Referencia:', 'Registro N° 3897412')], order='to_first')
    para(R, 'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones de prevención de la trata de personas y de persecución del delito en zonas de actividad minera, en el periodo %s.' % PERTXT)
    para(R, 'Al respecto, le informo que, de acuerdo con el Reglamento de Organización y Funciones del Ministerio de Energía y Minas, este Sector no tiene competencia en la prevención ni en la investigación de dicho delito. Por ello, en aplicación del artículo 15-A del TUO de la Ley N° 27806, su solicitud ha sido trasladada al Ministerio del Interior mediante OFICIO N° 0217-2025-MINEM/SG-OACGD y al Ministerio de la Mujer y Poblaciones Vulnerables mediante OFICIO N° 0218-2025-MINEM/SG-OACGD, entidades que podrían poseer la información.')
    caps_left_sign(R, 'Patricia Elena Rojas Miranda', 'Jefa de la Oficina de Atención a la Ciudadanía y Gestión Documental')
    return R


def k008():
    R = new('k008', 'out_of_period', None, ['governance', 'prevention'], PER26,
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 094-2025-GRU-GRDS', ['Solicitud N° 0041-2025', 'Informe N° 012-2025-GRU-GRDS-SGPV'],
            '2025-03-18', 'oficio, monogram letterhead, box-right opening, one-year table 2022 with thick head rule',
            notes='The period 2023-2024 is restated; the regional government gives only its 2022 figures because the 2023-2024 reports of the regional working group were not consolidated (cited report). out_of_period.',
            font='DejaVu Sans', size=9.5)
    monogram_header(R, 'GOREU', ['Gobierno Regional de Ucayali', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Poblaciones Vulnerables'], color='1F6E43')
    open26(R, 2025, date26('Pucallpa', '2025-03-18', 'sep_month'), 'OFICIO N° 094-2025-GRU-GRDS', REQ,
           [('Asunto', 'Información sobre trata de personas'), ('Referencia', 'Solicitud N° 0041-2025')], order='box_right')
    para(R, 'Tengo el agrado de dirigirme a usted para atender su solicitud sobre las acciones desarrolladas por la Comisión Regional contra la Trata de Personas de Ucayali entre enero de 2023 y diciembre de 2024.')
    para(R, 'Según el Informe N° 012-2025-GRU-GRDS-SGPV, los reportes de los años 2023 y 2024 de la Comisión no han sido consolidados, debido a que las instituciones integrantes no remitieron sus matrices de seguimiento. En consecuencia, solo se dispone de la información correspondiente al año 2022:')
    rowtab26(R, [['Indicador', 'Año 2022']],
             [('Sesiones de la Comisión Regional', 'sesión', [7]), ('Campañas de sensibilización', 'campaña', [12]),
              ('Personas sensibilizadas', 'persona', [3460]), ('Docentes capacitados', 'docente', [214])],
             [2022], style='thick', widths=(8.0, 3.2), size=9)
    para(R, 'El presupuesto ejecutado en 2022 fue de %s.' % Mpen(38650.0, y=2022, r='e'))
    boxed_sign(R, 'Lic. Karina Ruiz Saavedra', 'Gerente Regional de Desarrollo Social')
    return R


def k009():
    R = new('k009', 'answered', None, ['governance', 'prevention', 'protection', 'prosecution'], PER26,
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 0177-2025-GRL-GGR-GRDS', ['Expediente N° 2025-004412', 'Ordenanza Regional N° 009-2023-GRL-CR'],
            '2025-03-27', 'oficio + annex page with an indicator matrix (indicators as rows, years as columns, unit-of-measure column), double-rule letterhead',
            notes='Page 2: the regional plan\'s indicator matrix with a unit-of-measure column, 2023 and 2024 values and a 2024 target; the target column is a programmed count (year 2024). Answered.',
            font='Arial', size=10.5)
    double_rule_header(R, ['Gobierno Regional de Loreto', 'Gerencia Regional de Desarrollo Social'], logo=(logo_png('gorel', 'GRL', 'shield', (10, 90, 60)), 1.2))
    open26(R, 2025, date26('Iquitos', '2025-03-27', 'del_year'), 'OFICIO N° 0177-2025-GRL-GGR-GRDS', REQ2,
           [('ASUNTO', 'Remite matriz de indicadores del Plan Regional contra la Trata de Personas'), ('REF.', 'Expediente N° 2025-004412')], order='to_first')
    para(R, 'Es grato dirigirme a usted, en atención al expediente de la referencia, para remitirle en anexo la matriz de indicadores del Plan Regional contra la Trata de Personas de Loreto, aprobado por Ordenanza Regional N° 009-2023-GRL-CR, con los resultados de los años 2023 y 2024.')
    para(R, 'Como se aprecia, se mantuvo la operatividad de la Mesa Regional y se incrementaron las acciones preventivas en las cuencas del Amazonas y del Putumayo.')
    dbl_rule_sign(R, 'Mg. Luis Alberto Panduro Ríos', 'Gerente Regional de Desarrollo Social')
    R.pagebreak()
    R.p('ANEXO – MATRIZ DE INDICADORES 2023-2024', bold=True, align='c', after=6)
    rows = [('Sesiones de la Mesa Regional', 'Sesión', 'sesión', 10, 11, 12), ('Planes provinciales aprobados', 'Plan', 'plan', 2, 3, 4),
            ('Campañas fluviales de prevención', 'Campaña', 'campaña', 14, 19, 20), ('Estudiantes sensibilizados', 'Estudiante', 'estudiante', 4870, 5325, 6000),
            ('Víctimas con asistencia integral', 'Víctima', 'víctima', 66, 81, 90), ('Operativos con participación regional', 'Operativo', 'operativo', 9, 13, 12)]
    body_ = [[lab, um, Cn(a, w, y=2023), Cn(b, w, y=2024), Cn(c, w, y=2024)] for lab, um, w, a, b, c in rows]
    t = R.table([['Indicador', 'Unidad de medida', 'Resultado 2023', 'Resultado 2024', 'Meta 2024']], body_,
                widths=(6.4, 2.8, 2.4, 2.4, 2.2), size=9.5, ruled='grid', colnames=['Indicador', 'Unidad de medida', 'Resultado 2023', 'Resultado 2024', 'Meta 2024'])
    style26(t, 'zebra')
    R.p('Fuente: Secretaría Técnica de la Mesa Regional de Loreto.', size=8, italic=True)
    return R


def k010():
    R = new('k010', 'missing', 'acknowledgment', [], None,
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'other'),
            'CONSTANCIA N° 0008823-2025/MPV', ['Solicitud SAIP N° 2025-00719'],
            '2025-02-12', 'printed receipt of a digital front desk, bordered grid of fields, no signature',
            notes='A receipt of the digital front desk: the request was registered and will be answered within the legal term; no substantive information, the period is not written. acknowledgment.',
            font='DejaVu Sans', size=9.5)
    tint_band_header(R, ['Registro Nacional de Identificación y Estado Civil', 'Mesa de Partes Virtual'], fill='DDEBF7', line='1F4E79',
                     logo=(logo_png('reniec', 'RENIEC', 'circle', (20, 60, 130)), 1.5))
    R.p('CONSTANCIA N° 0008823-2025/MPV', bold=True, align='c', size=12, after=2)
    R.p('Constancia de recepción de documento', align='c', italic=True, after=10)
    t = R.doc.add_table(rows=6, cols=2)
    t.style = 'Table Grid'
    items = [('Tipo de trámite', 'Solicitud de acceso a la información pública'), ('N° de solicitud', 'Solicitud SAIP N° 2025-00719'),
             ('Fecha y hora de registro', date26('', '2025-02-12', 'dots') + ' 16:42'), ('Solicitante', 'Milagros Paredes Caycho'),
             ('Unidad de destino', 'Gerencia de Registros Civiles'), ('Estado', 'Registrado – en trámite')]
    for i, (a, b) in enumerate(items):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[1].text = b
    R.p('', after=8)
    para(R, 'Su solicitud ha sido registrada y derivada a la unidad orgánica correspondiente, que le responderá dentro del plazo establecido en el Texto Único Ordenado de la Ley N° 27806. Puede consultar el estado de su trámite en la plataforma de la Mesa de Partes Virtual con el número de solicitud.')
    R.p('Este documento se genera automáticamente y no requiere firma.', size=8, italic=True, color=(100, 100, 100))
    return R


def k011():
    R = new('k011', 'answered', None, ['governance', 'prevention', 'protection'], PER26,
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0142-2025-GOREMAD/GRDS', ['Solicitud N° 0067-2025-GOREMAD', 'Informe Técnico N° 008-2025-GOREMAD/GRDS-SGDS'],
            '2025-03-07', 'oficio, corner-block letterhead, grid opening, numbered points, row-noun table by year with frame ruling',
            notes='Real 2023-2024 figures (working-group sessions, workshops, people reached, executed budget); it also says the regional temporary shelter for victims "no ha sido creado" (information about protection) and that investigation is the competence of the Public Ministry and the police (no prosecution axis: it gives no information on it). Answered.',
            font='Calibri', size=10.5)
    corner_block_header(R, ['Gobierno Regional de Madre de Dios', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Desarrollo Social'],
                        logo=(logo_png('goremad', 'GRMDD', 'shield', (0, 110, 70)), 1.8), color='00704A')
    open26(R, 2025, date26('Puerto Maldonado', '2025-03-07', 'cap_month'), 'OFICIO N° 0142-2025-GOREMAD/GRDS', REQ[:3],
           [('ASUNTO', 'Información sobre acciones contra la trata de personas 2023-2024'), ('REFERENCIA', 'Solicitud N° 0067-2025-GOREMAD')], order='grid')
    para(R, 'Me dirijo a usted, en atención a la solicitud de la referencia, para informarle, sobre la base del Informe Técnico N° 008-2025-GOREMAD/GRDS-SGDS, lo siguiente:')
    numbered(R, ['La Mesa Regional contra la Trata de Personas de Madre de Dios sesionó y desarrolló acciones de prevención según el cuadro adjunto.',
                 'El Hogar de Refugio Temporal regional para víctimas de trata de personas no ha sido creado a la fecha; las víctimas identificadas son derivadas a los servicios del MIMP.',
                 'La investigación del delito, los operativos y los rescates son competencia del Ministerio Público y de la Policía Nacional del Perú, por lo que esta Gerencia no registra dicha información.'],
             fmt_='%d)', size=10)
    rowtab26(R, [['Acción', '2023', '2024']],
             [('Sesiones de la Mesa Regional', 'sesión', [6, 8]), ('Talleres en comunidades mineras', 'taller', [15, 22]),
              ('Personas sensibilizadas', 'persona', [2315, 3180]), ('Spots radiales difundidos', 'spot radial', [240, 310])],
             [2023, 2024], style='frame', widths=(7.6, 2.8, 2.8), size=9.5, caption='Acciones 2023-2024')
    para(R, 'El gasto devengado en estas acciones fue de %s en 2023 y de %s en 2024.' % (Mfull(52480.0, y=2023, r='e'), Mfull(61930.5, y=2024, r='e')))
    caps_left_sign(R, 'Lic. Yuri Alfredo Chambi Condori', 'Gerente Regional de Desarrollo Social', legal=False)
    return R


def k012():
    R = new('k012', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Cerro Colorado', 'MDCC', 'district_municipality'),
            'INFORME N° 0318-2025-MDCC/GDU-SGOP', ['Memorando N° 112-2025-MDCC/GM'],
            '2025-02-17', 'internal report on street paving works, ruled head, budget table per work with S/ in the header and zebra rows',
            notes='An internal report on the paving of streets (not about trafficking in persons). Amounts are money with roles from the columns. off_topic.',
            font='Arial Narrow', size=10.5)
    monogram_header(R, 'MDCC', ['Municipalidad Distrital de Cerro Colorado', 'Gerencia de Desarrollo Urbano', 'Sub Gerencia de Obras Públicas'], color='8B4513')
    lema(R, 2025, size=7)
    R.p('INFORME N° 0318-2025-MDCC/GDU-SGOP', bold=True, align='c', size=12, after=6)
    ruled_head(R, [('A', 'Gerente de Desarrollo Urbano'), ('DE', 'Sub Gerente de Obras Públicas'),
                   ('ASUNTO', 'Avance de obras de pavimentación 2024'), ('REF.', 'Memorando N° 112-2025-MDCC/GM'),
                   ('FECHA', date26('Cerro Colorado', '2025-02-17', 'dots'))])
    para(R, 'En atención al documento de la referencia, informo el avance financiero de las obras de pavimentación ejecutadas por administración directa durante el año 2024:')
    btab26(R, [['Obra', 'Presupuesto aprobado (S/)', 'Ejecutado (S/)', 'Avance (%)']],
           [('Pavimentación Av. Aviación (tramo II)', [1845300.0, 1702488.6]), ('Calles del AA.HH. Villa Paraíso', [612450.0, 598112.4]),
            ('Pasajes de la Urb. La Libertad', [284900.0, 211730.0]), ('Veredas del sector Pachacútec', [158620.0, 158620.0])],
           2024, ['a', 'e'], lambda v, r: Mf(v, y=2024, r=r), style='zebra', widths=(6.4, 3.4, 3.0, 2.2), size=9,
           avance=(1, 0, lambda v: Pf(v, 1, suf='', y=2024)))
    para(R, 'La obra de la Av. Aviación beneficiará a %s vecinos del sector.' % Cn(12400, 'vecino', y=2024))
    R.p('Es todo cuanto informo.', after=0)
    R.sign('Ing. Fredy Apaza Choque', 'Sub Gerente de Obras Públicas', before=26)
    return R


def k013():
    R = new('k013', 'out_of_period', None, ['governance'], PER26,
            S('Universidad Nacional Amazónica de Madre de Dios', 'UNAMAD', 'other'),
            'CARTA N° 027-2025-UNAMAD-VRIN', ['Expediente N° 1146-2025', 'Resolución de Consejo Universitario N° 318-2022-UNAMAD-CU'],
            '2025-03-20', 'carta, tinted-band letterhead, to-first opening, research projects table with year column and money per cell',
            notes='The period 2023-2024 is restated; the university gives only research projects of 2020-2022 (the 2023-2024 projects are in progress and have no final reports). Each project amount carries the year of its row; "S/" in every amount cell. out_of_period.',
            font='DejaVu Serif', size=9.5)
    tint_band_header(R, ['Universidad Nacional Amazónica de Madre de Dios', 'Vicerrectorado de Investigación', '"Madre de Dios, Capital de la Biodiversidad del Perú"'],
                     logo=(logo_png('unamad', 'UNAMAD', 'circle', (0, 100, 40)), 1.6), fill='FFF2CC', line='7F6000')
    open26(R, 2025, date26('Puerto Maldonado', '2025-03-20', 'month_first'), 'CARTA N° 027-2025-UNAMAD-VRIN', REQ2,
           [('Asunto:', 'Investigaciones sobre trata de personas'), ('Referencia:', 'Expediente N° 1146-2025')], order='to_first', dec=False)
    para(R, 'Me dirijo a usted en atención a su solicitud sobre los proyectos de investigación relacionados con la trata de personas desarrollados entre enero de 2023 y diciembre de 2024.')
    para(R, 'Al respecto, los proyectos financiados en las convocatorias 2023 y 2024 se encuentran en ejecución y aún no cuentan con informe final aprobado, por lo que no es posible proporcionar sus resultados. Se informa los proyectos concluidos en años anteriores:')
    rows = [('Trata laboral en la minería aurífera de Huepetuhe', '2020', 28500.0, 2020), ('Captación de adolescentes en el corredor Interoceánico', '2021', 34200.0, 2021),
            ('Percepciones de riesgo en estudiantes universitarios', '2022', 19850.0, 2022)]
    t = R.table([['Proyecto', 'Año', 'Financiamiento']],
                [[a, b, Mcell(v, y=y, r='a')] for a, b, v, y in rows], widths=(9.4, 1.6, 3.8), size=9, ruled='grid',
                caption='Proyectos concluidos (aprobados por Resolución de Consejo Universitario N° 318-2022-UNAMAD-CU)')
    style26(t, 'thick')
    para(R, 'Los proyectos involucraron a %s estudiantes de pregrado.' % Cdw26(14, 'estudiante', y=None))
    boxed_sign(R, 'Dr. Isaac Ocsa Vargas', 'Vicerrector de Investigación')
    return R


def k014():
    R = new('k014', 'answered', None, ['prosecution'], PER26,
            S('Corte Superior de Justicia de Madre de Dios', 'CSJMD', 'autonomous'),
            'OFICIO N° 000084-2025-P-CSJMD-PJ', ['Solicitud N° 00021-2025-TAIP-CSJMD', 'INFORME N° 000019-2025-CE-UPD-GAD-CSJMD-PJ'],
            '2025-03-13', 'court oficio, plain header, grid opening, process table with merged year headers and percent column, frame-zebra ruling',
            notes='Trafficking cases entered and resolved by the criminal courts in 2023 and 2024; sentences by type and a conviction rate. Answered.',
            font='Times New Roman', size=10.5)
    R.header(['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Madre de Dios', 'Presidencia'], logo=(logo_png('pjmdd', 'PJ', 'shield', (110, 20, 20)), 1.2))
    open26(R, 2025, date26('Puerto Maldonado', '2025-03-13', 'caps_weekday'), 'OFICIO N° 000084-2025-P-CSJMD-PJ', REQ[:3],
           [('ASUNTO', 'Atiende solicitud de información'), ('REFERENCIA', 'Solicitud N° 00021-2025-TAIP-CSJMD')], order='grid')
    para(R, 'Tengo el agrado de dirigirme a usted para remitirle, conforme al INFORME N° 000019-2025-CE-UPD-GAD-CSJMD-PJ de la Coordinación de Estadística, la información de procesos por delito de trata de personas (artículos 129-A y 129-B del Código Penal) correspondiente a los años 2023 y 2024:')
    ctab26(R, [['Órgano jurisdiccional', 'Ingresos', '', 'Sentencias', ''], ['', '2023', '2024', '2023', '2024']],
           [('Juzgado Penal Colegiado', [14, 17, 9, 12]), ('Juzgados Penales Unipersonales', [6, 8, 4, 5]),
            ('Juzgados de Investigación Preparatoria', [31, 36, None, None]), ('Sala Penal de Apelaciones', [7, 9, 6, 7])],
           ['proceso', 'proceso', 'sentencia', 'sentencia'], year=[2023, 2024, 2023, 2024],
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), style='frame_zebra', widths=(6.2, 2.2, 2.2, 2.3, 2.3), size=9)
    para(R, 'Del total de sentencias de primera instancia, el %s fueron condenatorias en 2023 y el %s en 2024; en ese último año se fijó reparación civil por un total de %s.'
         % (Pf(84.6, 1, y=2023), Pf(88.2, 1, y=2024), Mf(214000.0, pre='S/ ', y=2024)))
    R.p('Atentamente,', after=0)
    R.sign('Dr. Rubén Apaza Huarcaya', 'Presidente de la Corte Superior de Justicia de Madre de Dios', before=30)
    return R


def k015():
    R = new('k015', 'missing', 'not_competent', ['prevention', 'prosecution'], PER26,
            S('Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías', 'SUTRAN', 'other'),
            'OFICIO N° 0331-2025-SUTRAN/05.1', ['Solicitud N° 0459-2025-SUTRAN'],
            '2025-02-26', 'oficio, monogram letterhead, box-right opening, functions listed with Word bullets, no referral',
            notes='SUTRAN lists its functions (supervision of land transport) and says it neither prevents nor investigates trafficking; it forwards the request to nobody. not_competent.',
            font='Liberation Serif', size=11)
    monogram_header(R, 'SUTRAN', ['Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías', 'Oficina de Atención al Ciudadano y Gestión Documental'], color='1F3864')
    open26(R, 2025, date26('Lima', '2025-02-26', 'short_slash'), 'OFICIO N° 0331-2025-SUTRAN/05.1', REQ2,
           [('Asunto', 'Respuesta a solicitud de acceso a la información'), ('Referencia', 'Solicitud N° 0459-2025-SUTRAN')], order='box_right')
    para(R, 'Me dirijo a usted en atención a la solicitud de la referencia, en la que requiere información sobre las acciones de prevención y de control del traslado de víctimas de trata de personas en el transporte interprovincial entre enero de 2023 y diciembre de 2024.')
    para(R, 'Al respecto, conforme a su Ley de creación, la SUTRAN tiene las siguientes funciones:')
    bl(R, ['Supervisar y fiscalizar el cumplimiento de las normas de transporte terrestre de personas, carga y mercancías.',
           'Fiscalizar los pesos y medidas vehiculares en la red vial nacional.',
           'Sancionar las infracciones a los reglamentos nacionales de transporte y tránsito.'])
    para(R, 'En tal sentido, la prevención del delito de trata de personas y la investigación de los casos no forman parte de las competencias de esta Superintendencia, por lo que no generamos ni poseemos la información solicitada.')
    dbl_rule_sign(R, 'Abog. Giovanna Castillo Ramos', 'Jefa de la Oficina de Atención al Ciudadano y Gestión Documental')
    return R
