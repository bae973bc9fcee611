"""blind-v21 letters y046-y060 (written from scratch for this set)."""
from common import *
from lib import M, C, P


def y046():
    R = new('y046', 'answered', None, ['prevention', 'prosecution'], ('2021-01-01', '2021-12-31'),
            S('Oficina de las Naciones Unidas contra la Droga y el Delito', 'UNODC', 'foreign'),
            'UNODC/LPOPE/2022/031', ['your request of 14 February 2022'], '2022-03-03', lang='en', font='Calibri',
            layout='English letter of a UN office, letterhead beside a blue vertical bar: US-style date, dollars with the code after the number in prose, a two-column '
                   'results sheet',
            notes='Answered in English: 2021 project budget (allocated and spent) and training and awareness results. Training of '
                  'police, prosecutors and judges on investigation is prosecution; awareness workshops are prevention.')
    bar_header(R, ['UNITED NATIONS OFFICE ON DRUGS AND CRIME', 'Liaison and Partnership Office in Peru',
                   'Av. Javier Prado Oeste 640, San Isidro, Lima 27, Peru'], color='1F5FA8', size=8.5,
               logo=(logo_png('unodc21', 'UN', 'circle', (0, 90, 160)), 1.0))
    R.p(date21(None, '2022-03-03', 'en_us'), align='l', after=2)
    R.p('Ref.: UNODC/LPOPE/2022/031', bold=True, after=8)
    to(R, ['Mr. Gustavo Ramírez Ocaña', 'Lima, Peru'])
    body(R, ['Dear Mr. Ramírez,',
             'Thank you for your request of 14 February 2022 regarding the activities of our Office against trafficking in persons in '
             'Peru during 2021.',
             'In 2021 the project on strengthening the criminal justice response to trafficking in persons had a budget of %s, of '
             'which %s was spent by 31 December 2021, a delivery rate of %s. Its main results were:' % (
                 Mcode(486200, 'USD', 'us', 0, after=True, y=2021, r='a'), Mcode(412750.30, 'USD', after=True, y=2021, r='e'),
                 Pf(84.9, y=2021))], align='j')
    ficha(R, [('Police officers trained in investigation techniques', Cn(612, 'police officer', y=2021)),
              ('Prosecutors and judges trained', Cn(287, 'prosecutor or judge', y=2021)),
              ('Awareness workshops with communities and schools', Cn(38, 'workshop', y=2021)),
              ('Participants in awareness workshops', Cn(1312, 'participant', y=2021))],
          head=('Result (2021)', 'Number'), widths=(11.0, 3.5), size=10)
    body(R, ['Please do not hesitate to contact us should you require further information.', 'Yours sincerely,'], align='l')
    R.p('', before=18)
    R.p('Carla M. Bertolotti', bold=True, after=0)
    R.p('Head of Office a.i.', after=0)


def y047():
    R = new('y047', 'missing', 'acknowledgment', ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional Puno', 'GORE Puno', 'regional_government'),
            'CARTA N° 112-2023-GR PUNO/SG-RAI', ['Solicitud N° 0398-2023-TAIP'], '2023-04-19',
            layout='carta announcing the use of the extension of the term, with the new date; no information',
            notes='Acknowledgment: the regional government only communicates that it will use the extension of the legal term, '
                  'because the information must be gathered from several offices, and promises an answer by a stated date. '
                  'Durations in days are not figures.')
    spaced_header(R, 'Gobierno Regional Puno', ['Secretaría General', 'Funcionario Responsable de Acceso a la Información Pública'],
                  size=7, spacing=60, rule='double')
    open21(R, 2023, date21('Puno', '2023-04-19'), 'CARTA N° 112-2023-GR PUNO/SG-RAI',
           ['Señor', 'HÉCTOR ABEL CUTIPA MAMANI', 'Presente.-'],
           [('Asunto', ': Comunica prórroga de plazo'), ('Referencia', ': Solicitud N° 0398-2023-TAIP')], order='ref')
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las sesiones '
             'de la Comisión Regional contra la Trata de Personas y las actividades de prevención ejecutadas en el año 2022.',
             'Al respecto, le comunico que, debido a que la información solicitada debe ser recabada de diversas unidades orgánicas y '
             'órganos desconcentrados, esta entidad hará uso de la prórroga prevista en el literal b) del artículo 11 del Texto Único '
             'Ordenado de la Ley N° 27806, por un plazo adicional de diez (10) días hábiles, por lo que la información le será '
             'proporcionada a más tardar el 5 de mayo de 2023.', 'Atentamente,'])
    scribble_sign(R, 'Abog. ROXANA YANET CHURA APAZA', 'Funcionaria Responsable de Acceso a la Información Pública', 'Gobierno Regional Puno')


def y048():
    R = new('y048', 'answered', None, ['protection', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Paucarpata', 'MDP', 'district_municipality'),
            'OFICIO N° 039-2022-GDS-MDP', ['Solicitud de fecha 7 de febrero de 2022', 'Informe N° 011-2022-DEMUNA-MDP'], '2022-02-21',
            layout='short oficio with a substantive null answer and a zero count written in words with the digit in brackets',
            notes='Answered (substantive null answer): in 2021 the DEMUNA registered no trafficking case, recorded as "cero (0) casos", '
                  'and no prevention activity was carried out. The zero is the only figure.')
    R.header(['MUNICIPALIDAD DISTRITAL DE PAUCARPATA', 'Gerencia de Desarrollo Social'], align='l', size=9,
             logo=(logo_png('mdp21', 'MDP', 'shield', (0, 70, 140)), 1.0))
    open21(R, 2022, date21('Paucarpata', '2022-02-21'), 'OFICIO N° 039-2022-GDS-MDP',
           ['Señorita', 'ALEJANDRA SOFÍA VELARDE CHÁVEZ', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud de información'), ('Referencia', ': Solicitud de fecha 7 de febrero de 2022')],
           order='date', ref_style='box', motto_size=7)
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia, mediante la cual requiere información '
             'sobre los casos de trata de personas atendidos por la DEMUNA y las actividades de prevención realizadas en el año 2021.',
             'Al respecto, según el Informe N° 011-2022-DEMUNA-MDP, durante el año 2021 la DEMUNA de Paucarpata registró %s casos de '
             'trata de personas. Asimismo, en dicho año no se realizaron actividades de prevención de la trata de personas, al '
             'haberse priorizado las acciones frente a la emergencia sanitaria.' % Cwp(0, 'caso', y=2021),
             'Atentamente,'])
    sigline(R, 'Lic. JUAN CARLOS ZEGARRA MOSCOSO', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Paucarpata', align='c')


def y049():
    R = new('y049', 'out_of_period', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Departamento de Investigación Criminal de Tumbes', 'DEPINCRI Tumbes', 'police'),
            'OFICIO N° 058-2024-REGPOL-TUM/DIVINCRI-DEPINCRI', ['Solicitud de fecha 3 de enero de 2024', 'Resolución N° 0012-2024-IG PNP'],
            '2024-01-25', font='Times New Roman', size=11.5,
            layout='police oficio in Times: a transposed table of indicators by year with a variation column, earlier years only',
            notes='Out of period: the 2023 records are held by the police inspectorate for an administrative investigation (a '
                  'cited resolution), and the reply gives 2021 and 2022. Variation percents have no year.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL TUMBES', 'DEPARTAMENTO DE INVESTIGACIÓN CRIMINAL - TUMBES'], align='l', size=9)
    open21(R, 2024, date21('Tumbes', '2024-01-25'), 'OFICIO N° 058-2024-REGPOL-TUM/DIVINCRI-DEPINCRI',
           ['Señor', 'ALBERTO MANUEL OLAYA CRUZ', 'Presente.'],
           [('ASUNTO', ': Información estadística sobre trata de personas'), ('REF.', ': Solicitud de fecha 3 de enero de 2024')],
           order='ref', motto_size=6.5)
    body(R, ['Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para hacer de su conocimiento que los '
             'registros del año 2023 de este Departamento se encuentran en poder de la Inspectoría General de la PNP, en el marco de '
             'la investigación administrativa dispuesta por la Resolución N° 0012-2024-IG PNP, por lo que no es posible acceder a '
             'ellos. Se remite la información de los años 2021 y 2022:'])
    data = [('Denuncias registradas', 'denuncia', 38, 45), ('Operativos realizados', 'operativo', 12, 17),
            ('Personas detenidas', 'detenido', 21, 26), ('Víctimas rescatadas', 'víctima', 44, 59)]
    rows = []
    for lab, w, a, b in data:
        rows.append([lab, Cn(a, w, y=2021), Cn(b, w, y=2022), Pf(round((b - a) / a * 100, 1), st='eu', suf=' %', u='cell')])
    R.table([['Indicador', '2021', '2022', 'Variación']], rows, widths=(6.0, 2.5, 2.5, 3.0), size=10.5, ruled='hlines')
    body(R, ['Es todo cuanto informo a Ud.'])
    scribble_sign(R, 'EDWIN GONZALO FARIAS PEÑA', 'MAYOR PNP', 'JEFE DEL DEPINCRI TUMBES')


def y050():
    R = new('y050', 'answered', None, ['governance'], ('2019-01-01', '2022-12-31'),
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'OFICIO N° 0412-2023-EF/50.06', ['Expediente N° 2023-0031187', 'Memorando N° 0198-2023-EF/50.04'], '2023-04-26',
            layout='oficio of the budget directorate: year rows with amounts in millions of soles stated in the column headers, '
                   'a total row over the four years, a bare percent column',
            notes='Answered: budget of the trafficking-related activities of all sectors as a whole (governance) for 2019-2022; '
                  'headers say "millones de S/". The total row over four years has no year.')
    R.header(['MINISTERIO DE ECONOMÍA Y FINANZAS', 'Despacho Viceministerial de Hacienda', 'Dirección General de Presupuesto Público'],
             align='c', size=8.5, logo=(logo_png('mef21', 'MEF', 'square', (150, 20, 20)), 1.2))
    open21(R, 2023, date21('Lima', '2023-04-26', 'del'), 'OFICIO N° 0412-2023-EF/50.06',
           ['Señor', 'IVÁN RODRIGO SALAS CORNEJO', 'Presente.-'],
           [('Asunto', ': Presupuesto de la Política Nacional frente a la Trata de Personas'), ('Referencia', ': Expediente N° 2023-0031187')],
           order='ref', ref_style='center')
    body(R, ['Me dirijo a usted en atención al documento de la referencia y, conforme al Memorando N° 0198-2023-EF/50.04, le remito el '
             'presupuesto de las actividades vinculadas a la lucha contra la trata de personas del conjunto de pliegos del Sector '
             'Público, en el periodo 2019-2022:'])
    data = [(2019, 48.6, 55.2, 47.9), (2020, 41.3, 44.8, 35.1), (2021, 52.7, 60.4, 54.6), (2022, 58.9, 66.1, 61.3)]
    rows = []
    for y, a, b, c in data:
        rows.append([str(y), Mf(a, 'us', 1, scale=1e6, y=y, r='a'), Mf(b, 'us', 1, scale=1e6, y=y, r='a'), Mf(c, 'us', 1, scale=1e6, y=y, r='e'),
                     Pbare(round(c / b * 100, 1), 1, y=y, u='column')])
    A, B, Cc = (round(sum(x[k] for x in data), 1) for k in (1, 2, 3))
    rows.append(['Total 2019-2022', Mf(A, 'us', 1, scale=1e6, r='a'), Mf(B, 'us', 1, scale=1e6, r='a'), Mf(Cc, 'us', 1, scale=1e6, r='e'),
                 Pbare(round(Cc / B * 100, 1), 1, u='column')])
    R.table([['Año fiscal', 'PIA (millones de S/)', 'PIM (millones de S/)', 'Devengado (millones de S/)', 'Avance (%)']], rows,
            widths=(3.4, 3.0, 3.0, 3.2, 2.4), size=10, bold_rows=(4,), note='Fuente: Base de datos del SIAF-SP al 31 de marzo de 2023.')
    body(R, ['Atentamente,'])
    qr_sign(R, 'ROSARIO DEL PILAR MEDINA ORTEGA', 'Directora de Articulación del Presupuesto Territorial', 'Dirección General de Presupuesto Público', 1050,
            when='26/04/2023 10:50')


def y051():
    R = new('y051', 'missing', 'no_information', ['protection'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Distrital de Alto de la Alianza', 'MDAA', 'district_municipality'),
            'CARTA N° 017-2024-SG-MDAA', ['Solicitud N° 0045-2024'], '2024-02-06',
            layout='short carta, left-aligned letterhead with a logo, no figures',
            notes='No information: the municipality does not hold records on trafficking victims attended in 2023 because its DEMUNA '
                  'does not register that kind of case; it does not say that no case occurred.')
    R.header(['MUNICIPALIDAD DISTRITAL ALTO DE LA ALIANZA', 'Secretaría General'], align='l', size=9,
             logo=(logo_png('mdaa21', 'AA', 'circle', (0, 110, 80)), 1.0))
    open21(R, 2024, date21('Alto de la Alianza', '2024-02-06', 'slash'), 'CARTA N° 017-2024-SG-MDAA',
           ['Señora', 'MARTHA ROSARIO TICONA LAURA', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud de acceso a la información'), ('Referencia', ': Solicitud N° 0045-2024')],
           order='date', motto_size=6.5)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, referida al número de víctimas de trata de personas '
             'atendidas por la DEMUNA del distrito durante el año 2023.',
             'Al respecto, se le informa que la DEMUNA no lleva un registro diferenciado de casos de trata de personas, por lo que esta '
             'entidad no cuenta con la información solicitada.', 'Atentamente,'])
    R.sign('Abog. FREDDY OMAR CALIZAYA MAMANI', 'Secretario General', before=22)


def y052():
    R = new('y052', 'answered', None, ['governance', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0147-2023-DP/ADHPD', ['Solicitud de fecha 16 de marzo de 2023', 'Informe de Adjuntía N° 004-2023-DP/ADHPD'],
            '2023-04-10',
            layout='oficio of the Ombudsman\'s office with findings in numbered paragraphs, counts and shares in running text',
            notes='Answered: the 2022 supervision of police stations on how they register and handle trafficking complaints '
                  '(prosecution) and on their use of the RETA register (governance: an information system). Counts and shares '
                  'are all in prose ("47 de las 126": two counts).')
    R.header(['DEFENSORÍA DEL PUEBLO', 'Adjuntía para los Derechos Humanos y las Personas con Discapacidad'], align='c', size=9,
             logo=(logo_png('dp21', 'DP', 'circle', (0, 70, 130)), 1.1))
    open21(R, 2023, date21('Lima', '2023-04-10'), 'OFICIO N° 0147-2023-DP/ADHPD',
           ['Señor', 'SEBASTIÁN ANDRÉS LOAYZA PRIETO', 'Presente.-'],
           [('Asunto', ': Resultados de la supervisión a comisarías en materia de trata de personas - 2022'),
            ('Referencia', ': Solicitud de fecha 16 de marzo de 2023')], order='ref')
    body(R, ['Me dirijo a usted en atención al documento de la referencia y le remito los principales resultados de la supervisión '
             'realizada por la Defensoría del Pueblo en el año 2022 a comisarías sobre la recepción y el trámite de denuncias por trata '
             'de personas, contenidos en el Informe de Adjuntía N° 004-2023-DP/ADHPD:'])
    numbered(R, ['Se supervisaron %s comisarías en %s regiones del país.' % (Cn(126, 'comisaría', y=2022), Cn(18, 'región', y=2022)),
                 'En %s de las %s comisarías (%s) el personal no conocía el Protocolo Intersectorial para la Prevención y Persecución '
                 'del Delito de Trata de Personas.' % (Cn(47, 'comisaría', y=2022), Cn(126, 'comisaría', y=2022), Psp(37.3, y=2022)),
                 'El %s de las comisarías no registraba las denuncias por trata en el Sistema RETA, sino como desaparición de personas.' % Psp(28.6, y=2022),
                 'Solo %s comisarías contaban con un ambiente reservado para entrevistar a las presuntas víctimas.' % Cn(22, 'comisaría', y=2022)],
             fmt_='%d.')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Abog. MARIELA PATRICIA VELÁSQUEZ ORÉ', 'Adjunta para los Derechos Humanos y las Personas con Discapacidad', 'Defensoría del Pueblo')


def y053():
    R = new('y053', 'out_of_period', None, ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Ica', 'GORE Ica', 'regional_government'),
            'OFICIO N° 0231-2023-GORE-ICA/GRDS', ['Solicitud de fecha 20 de marzo de 2023', 'Resolución Gerencial N° 0045-2023-GORE-ICA/GRDS'],
            '2023-04-04',
            layout='oficio with a bar letterhead, the plan of the current year in prose with an amount in thousands written with '
                   '"mil" and a count in words',
            notes='Out of period: the officer responsible in 2021 left without handing over the files (a disciplinary procedure opened '
                  'by a cited resolution); the reply gives only the 2023 plan (allocated amount, planned workshops). Nothing is said '
                  'about 2021 activity.')
    bar_header(R, ['GOBIERNO REGIONAL DE ICA', 'Gerencia Regional de Desarrollo Social'], color='B45F06')
    open21(R, 2023, date21('Ica', '2023-04-04', 'abbr'), 'OFICIO N° 0231-2023-GORE-ICA/GRDS',
           ['Señora', 'PAMELA ROCÍO HUAMANÍ TASAYCO', 'Presente.-'],
           [('Asunto', ': Información sobre prevención de la trata de personas'), ('Referencia', ': Solicitud de fecha 20 de marzo de 2023')],
           order='date')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las actividades '
             'de prevención de la trata de personas ejecutadas por esta Gerencia en el año 2021.',
             'Al respecto, le informo que el servidor que tuvo a su cargo dichas actividades en el año 2021 concluyó su vínculo con la '
             'entidad sin efectuar la entrega de cargo ni del acervo documentario, por lo que mediante la Resolución Gerencial N° '
             '0045-2023-GORE-ICA/GRDS se dispuso el inicio del procedimiento administrativo disciplinario correspondiente.',
             'Sin perjuicio de ello, se le informa que para el año 2023 esta Gerencia ha programado %s talleres de prevención en '
             'instituciones educativas de las provincias de Ica, Pisco y Chincha, con un presupuesto asignado de %s.' % (
                 Cw(12, 'taller', y=2023), Mmil(95, y=2023, r='a')),
             'Atentamente,'])
    R.sign('Lic. HILDA MARISOL PACHAS FLORES', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ica', before=20)


def y054():
    R = new('y054', 'missing', 'not_competent', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 000318-2023-JUS/PRONABI-UAJ', ['Hoja de Ruta N° 0087412-2023'], '2023-03-01',
            layout='oficio of a ministry programme (seized assets) explaining its functions, no referral',
            notes='Not competent: the seized-assets programme says it administers seized assets and does not keep statistics of '
                  'trafficking cases or convictions; it neither forwards the request nor names another body. The programme is '
                  'recorded as the ministry.')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Programa Nacional de Bienes Incautados - PRONABI', 'Unidad de Asesoría Jurídica'],
             align='r', size=8.5)
    open21(R, 2023, date21('Lima', '2023-03-01'), 'OFICIO N° 000318-2023-JUS/PRONABI-UAJ',
           ['Señor', 'MAURICIO ENRIQUE DELGADO PAZ', 'Presente.-'],
           [('Asunto', ': Respuesta a solicitud de acceso a la información pública'), ('Referencia', ': Hoja de Ruta N° 0087412-2023')],
           order='ref', ref_style='under')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita el número de procesos y de sentencias '
             'por el delito de trata de personas en el año 2022.',
             'Al respecto, le informo que el PRONABI tiene por función la recepción, registro, calificación, custodia, seguridad, '
             'conservación, administración y asignación de los bienes incautados, decomisados y declarados en pérdida de dominio, '
             'por lo que no genera ni registra información estadística sobre procesos penales o sentencias, la cual no se encuentra '
             'dentro del ámbito de sus competencias.', 'Atentamente,'])
    qr_sign(R, 'GIOVANNA ELIZABETH RIVAS MONTOYA', 'Jefa de la Unidad de Asesoría Jurídica', 'PRONABI', 1054, when='01/03/2023 16:40')


def y055():
    R = new('y055', 'out_of_period', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Tumbes', 'MPT', 'provincial_municipality'),
            'OFICIO N° 0098-2024-MPT-GDS', ['Expediente N° 00712-2024', 'Oficio N° 0841-2023-MPT-GDS'], '2024-02-15',
            layout='oficio with a table of planned activities for the next year: date and place columns (not figures) and the '
                   'expected participants',
            notes='Out of period: the 2023 DEMUNA registers were sent to the ministry for the accreditation evaluation (a cited oficio) '
                  'and have not been returned; the reply gives only the 2024 plan. Expected participants are counts of 2024.')
    two_logo_header(R, (logo_png('mpt21', 'MPT', 'shield', (0, 100, 130)), 1.5), (logo_png('tum21', 'TUM', 'circle', (0, 100, 130)), 1.5),
                    ['MUNICIPALIDAD PROVINCIAL DE TUMBES', 'Gerencia de Desarrollo Social'])
    open21(R, 2024, date21('Tumbes', '2024-02-15'), 'OFICIO N° 0098-2024-MPT-GDS',
           ['Señor', 'ÉDGAR ALONSO SAAVEDRA NOLE', 'Presente.-'],
           [('Asunto', ': Atención de solicitud de información'), ('Referencia', ': Expediente N° 00712-2024')], order='ref', motto_size=6.5)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las actividades '
             'de prevención de la trata de personas realizadas en el año 2023.',
             'Al respecto, le comunico que los registros de la DEMUNA del año 2023 fueron remitidos al Ministerio de la Mujer y '
             'Poblaciones Vulnerables para la evaluación de la acreditación de la Defensoría, mediante el Oficio N° 0841-2023-MPT-GDS, '
             'y a la fecha no han sido devueltos. No obstante, se le remiten las actividades programadas para el año 2024:'])
    acts = [('Campaña en el Terminal Terrestre', '23/02/2024', 'Av. Tumbes Norte', 300), ('Taller con estudiantes de secundaria', '12/04/2024', 'I.E. El Triunfo', 120),
            ('Feria informativa por el Día contra la Trata', '23/09/2024', 'Plaza de Armas de Tumbes', 500),
            ('Capacitación a mototaxistas', '18/10/2024', 'Local comunal de Pampa Grande', 80)]
    rows = [[a, d, l, Cn(n, 'participante', y=2024)] for a, d, l, n in acts]
    R.table([['Actividad', 'Fecha', 'Lugar', 'Participantes esperados']], rows, widths=(5.6, 2.3, 4.6, 2.6), size=9.5)
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Lic. MILAGROS IVONNE CRUZ BARRETO', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Tumbes')


def y056():
    R = new('y056', 'out_of_period', None, ['governance'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional La Libertad', 'GRLL', 'regional_government'),
            'OFICIO N° 000389-2023-GRLL-GGR-GRDIS', ['Solicitud de fecha 8 de mayo de 2023', 'Oficio N° 000371-2023-GRLL-GGR-GRDIS'],
            '2023-05-24',
            layout='oficio with a table whose total column comes first, then the years 2020 and 2021; a total row',
            notes='Out of period: the 2022 minutes of the regional network are kept by its former technical secretary, now at another '
                  'body, and were asked back by a cited oficio; the reply gives 2020 and 2021 governance figures. The total column '
                  'spans two years (no year).')
    R.header(['GOBIERNO REGIONAL LA LIBERTAD', 'Gerencia Regional de Desarrollo e Inclusión Social'], align='c', size=9,
             logo=(logo_png('grll21', 'GLL', 'shield', (120, 0, 40)), 1.2))
    open21(R, 2023, date21('Trujillo', '2023-05-24', 'weekday'), 'OFICIO N° 000389-2023-GRLL-GGR-GRDIS',
           ['Señorita', 'CAMILA FERNANDA RODRÍGUEZ ALVA', 'Presente.-'],
           [('Asunto', ': Información sobre la Red Regional contra la Trata de Personas'),
            ('Referencia', ': Solicitud de fecha 8 de mayo de 2023')], order='ref', ref_style='box')
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información '
             'sobre el funcionamiento de la Red Regional contra la Trata de Personas durante el año 2022.',
             'Al respecto, las actas y documentos de la Red del año 2022 se encuentran en poder de quien ejerció la Secretaría Técnica, '
             'actualmente en otra entidad, a quien se le ha requerido su devolución mediante el Oficio N° 000371-2023-GRLL-GGR-GRDIS. '
             'Se le alcanza la información de los años 2020 y 2021:'])
    data = [('Sesiones ordinarias', 'sesión', [4, 5]), ('Sesiones extraordinarias', 'sesión', [1, 2]),
            ('Instituciones integrantes', 'institución', [19, 23]), ('Acuerdos adoptados', 'acuerdo', [14, 21]),
            ('Informes de seguimiento del plan', 'informe', [2, 4])]
    rows = []
    for lab, w, v in data:
        rows.append([lab, Cn(sum(v), w), Cn(v[0], w, y=2020), Cn(v[1], w, y=2021)] if lab != 'Instituciones integrantes'
                    else [lab, '-', Cn(v[0], w, y=2020), Cn(v[1], w, y=2021)])
    R.table([['Indicador', 'Total', '2020', '2021']], rows, widths=(7.0, 2.2, 2.2, 2.2), size=10)
    body(R, ['Atentamente,'])
    R.sign('Mg. VÍCTOR HUGO RAMÍREZ CASTAÑEDA', 'Gerente Regional de Desarrollo e Inclusión Social', 'Gobierno Regional La Libertad', before=18)


def y057():
    R = new('y057', 'missing', 'not_competent_referred', ['protection', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Puente Piedra', 'MDPP', 'district_municipality'),
            'CARTA N° 0211-2023-SG/MDPP', ['Expediente N° 9912-2023', 'Oficio Múltiple N° 012-2023-SG/MDPP'], '2023-05-15',
            layout='carta forwarding the request to two bodies by one cited multiple oficio',
            notes='Not competent, referred: the municipality forwarded the request (victims and complaints of 2022) to the women\'s '
                  'emergency centre programme and to the prosecutors\' district by one cited multiple oficio.')
    R.header(['MUNICIPALIDAD DISTRITAL DE PUENTE PIEDRA', 'Secretaría General'], align='c', size=9)
    open21(R, 2023, date21('Puente Piedra', '2023-05-15'), 'CARTA N° 0211-2023-SG/MDPP',
           ['Señor', 'NICOLÁS ESTEBAN HUARCAYA LEÓN', 'Presente.-'],
           [('Asunto', ': Derivación de solicitud'), ('Referencia', ': Expediente N° 9912-2023')], order='date')
    body(R, ['Me dirijo a usted en relación con el expediente de la referencia, en el que solicita el número de víctimas de trata de '
             'personas atendidas y de denuncias presentadas en el distrito durante el año 2022.',
             'Al respecto, le comunico que dicha información no es generada por esta Municipalidad; por tal motivo, su solicitud ha '
             'sido encausada al Programa Nacional AURORA del Ministerio de la Mujer y Poblaciones Vulnerables y a la Presidencia de la '
             'Junta de Fiscales Superiores de Lima Norte, mediante el Oficio Múltiple N° 012-2023-SG/MDPP, a fin de que le brinden '
             'atención.', 'Atentamente,'])
    R.sign('Abog. LUZ MARINA ESPINOZA TORRES', 'Secretaria General', before=22)


def y058():
    R = new('y058', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Organismo Supervisor de Inversión Privada en Telecomunicaciones', 'OSIPTEL', 'other'),
            'C. 00214-GG/2023', ['Expediente N° 00087-2023-TAIP'], '2023-02-24',
            layout='short letter of a regulator on telephone traffic ("tráfico de llamadas"), figures in prose',
            notes='Off topic: telephone and data traffic statistics, not trafficking in persons. Its figures are kept (minutes in '
                  'millions as a count, a growth percent with no year).')
    R.header(['OSIPTEL', 'Organismo Supervisor de Inversión Privada en Telecomunicaciones', 'Gerencia General'], align='l', size=8.5,
             logo=(logo_png('osiptel21', 'OS', 'circle', (0, 110, 170)), 1.0))
    R.p(date21('San Borja', '2023-02-24'), align='r', after=4)
    R.p('C. 00214-GG/2023', bold=True, after=8)
    to(R, ['Señor', 'RAÚL ERNESTO CÁCERES VILLAR', 'Presente.-'])
    kv(R, [('Asunto', ': Información sobre tráfico - año 2022'), ('Referencia', ': Expediente N° 00087-2023-TAIP')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Al respecto, le informo que, según los reportes de las '
             'empresas operadoras, el tráfico de llamadas de telefonía móvil alcanzó en el año 2022 %s minutos, y el tráfico de '
             'datos móviles creció %s respecto del año anterior. Asimismo, se atendieron %s reclamos de usuarios en segunda '
             'instancia.' % (C('78 412 millones', 78412000000.0, 'minuto', y=2022), Psp(23.6), Cn(41287, 'reclamo', 'sp', y=2022)),
             'Cabe precisar que el OSIPTEL supervisa el mercado de telecomunicaciones y no cuenta con información sobre otras materias.',
             'Atentamente,'])
    R.sign('SERGIO ENRIQUE CIFUENTES CASTAÑEDA', 'Gerente General', before=20)


def y059():
    R = new('y059', 'out_of_period', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional Amazonas', 'GRA', 'regional_government'),
            'OFICIO N° 0612-2023-G.R.AMAZONAS/GRDS', ['Solicitud de fecha 12 de octubre de 2023'], '2023-10-27',
            layout='oficio with figures in indented lines under a sub-heading per year, counts as digits followed by the number in '
                   'words in brackets',
            notes='Out of period: the request is for 2021; the 2021 documents are in the central archive being organised after the '
                  'merger of offices, and the reply gives 2018 and 2019 figures only.')
    spaced_header(R, 'Gobierno Regional Amazonas', ['Gerencia Regional de Desarrollo Social', 'Chachapoyas'], size=7, spacing=40,
                  rule='single', logo=(logo_png('grama21', 'GRA', 'shield', (0, 100, 50)), 1.1))
    open21(R, 2023, date21('Chachapoyas', '2023-10-27'), 'OFICIO N° 0612-2023-G.R.AMAZONAS/GRDS',
           ['Señor', 'WILMER ALCIDES TUESTA VILLACREZ', 'Presente.-'],
           [('Asunto', ': Acciones de la Comisión Regional contra la Trata de Personas'),
            ('Referencia', ': Solicitud de fecha 12 de octubre de 2023')], order='ref')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'de la Comisión Regional contra la Trata de Personas de Amazonas en el año 2021.',
             'Al respecto, los documentos del año 2021 se encuentran en el Archivo Central de la entidad, en proceso de organización '
             'luego de la fusión de las Gerencias de Desarrollo Social e Inclusión, por lo que no es posible ubicarlos. Se le alcanza '
             'la información de los años anteriores que obra en esta Gerencia:'])
    years = {2018: ['La Comisión Regional sesionó en %s oportunidades.' % Cdw(5, 'sesión', y=2018),
                    'Se realizaron %s charlas en instituciones educativas de Chachapoyas y Bagua.' % Cdw(14, 'charla', y=2018),
                    'Se capacitó a %s docentes tutores.' % Cn(236, 'docente', y=2018)],
             2019: ['La Comisión Regional sesionó en %s oportunidades.' % Cdw(6, 'sesión', y=2019),
                    'Se realizaron %s charlas y %s ferias informativas en Bagua Grande y Utcubamba.' % (
                        Cdw(19, 'charla', y=2019), Cdw(3, 'feria', y=2019)),
                    'Se capacitó a %s docentes tutores y a %s autoridades comunales.' % (Cn(318, 'docente', y=2019), Cn(54, 'autoridad', y=2019))]}
    for y in (2018, 2019):
        R.p('Año %d' % y, bold=True, after=2, indent=0.5)
        for t in years[y]:
            R.p(t, indent=1.0, after=2, align='j')
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Lic. ROGER EMILIO ZUTA CHUQUIZUTA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Amazonas')


def y060():
    R = new('y060', 'answered', None, ['prosecution', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Región Policial Ucayali', 'REGPOL Ucayali', 'police'),
            'OFICIO N° 094-2024-REGPOL-UCAYALI/SEC-UNIPLEDU', ['Solicitud de fecha 15 de enero de 2024'],
            '2024-02-01', font='Arial Narrow', size=11.5,
            layout='police oficio in Arial Narrow: findings in points with closing brackets, a table by purpose of exploitation with '
                   'the share in every cell and a total row',
            notes='Answered: 2023 complaints, operations, detainees and rescued victims, and complaints by purpose with shares. '
                  'Referrals of victims to the victim-assistance unit and the UPE are protection.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL UCAYALI', 'Secretaría - Unidad de Planeamiento Educativo'], align='c', size=9,
             logo=(logo_png('regpolu21', 'PNP', 'shield', (20, 80, 40)), 1.0))
    open21(R, 2024, date21('Pucallpa', '2024-02-01', 'del'), 'OFICIO N° 094-2024-REGPOL-UCAYALI/SEC-UNIPLEDU',
           ['Señora', 'ROSSMERY ELENA PANDURO RÍOS', 'Presente.'],
           [('ASUNTO', ': Remite información solicitada'), ('REF.', ': Solicitud de fecha 15 de enero de 2024')], order='ref',
           motto_size=6.5)
    body(R, ['Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para informarle lo siguiente respecto del '
             'delito de trata de personas en la jurisdicción de la Región Policial Ucayali durante el año 2023, según el Sistema RETA:'])
    for t in ['a) Se registraron %s denuncias por el delito de trata de personas.' % Cn(73, 'denuncia', y=2023),
              'b) Se ejecutaron %s operativos, con %s personas detenidas.' % (Cn(26, 'operativo', y=2023), Cn(31, 'detenido', y=2023)),
              'c) Se rescató a %s presuntas víctimas, de las cuales %s eran menores de edad, quienes fueron derivadas a la Unidad de '
              'Protección Especial y a la Unidad de Asistencia a Víctimas y Testigos.' % (Cn(88, 'víctima', y=2023), Cn(37, 'víctima', y=2023))]:
        R.p(t, indent=0.5, align='j', after=3)
    R.p('d) Las denuncias según la finalidad de explotación fueron:', indent=0.5, after=3)
    data = [('Explotación sexual', 41), ('Explotación laboral', 22), ('Mendicidad', 4), ('Otras formas', 6)]
    rows = [[f, Cn(n, 'denuncia', y=2023), Psp(round(n / 73 * 100, 1), y=2023, u='cell')] for f, n in data]
    rows.append(['Total', Cn(73, 'denuncia', y=2023), Psp(100.0, y=2023, u='cell')])
    R.table([['Finalidad', 'Denuncias', 'Porcentaje']], rows, widths=(5.5, 2.5, 2.5), size=10.5, bold_rows=(4,))
    body(R, ['Es cuanto informo a Ud. para los fines pertinentes.'])
    scribble_sign(R, 'RICARDO ALFONSO TELLO VÁSQUEZ', 'CORONEL PNP', 'JEFE DE LA REGIÓN POLICIAL UCAYALI')
