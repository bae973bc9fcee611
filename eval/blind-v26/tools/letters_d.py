"""blind-v26 letters k046-k060, written from scratch for this set from the labeling guide."""
from common import *

REQ = ['Señora', 'Milagros Paredes Caycho', 'Investigadora del Observatorio Ciudadano sobre Trata de Personas', 'Presente.-']
REQ2 = ['Señor', 'Julio César Ñahui Espinoza', 'Coordinador de la Red Ciudadana de Vigilancia contra la Trata', 'Ciudad.-']
REQ3 = ['Señorita', 'Andrea Lucía Mamani Torres', 'Asociación Civil Caminos Seguros', 'Presente.-']


def k046():
    R = new('k046', 'answered', None, ['prevention', 'governance'], PER26,
            S('Municipalidad Distrital de Yarinacocha', 'MDY', 'district_municipality'),
            'OFICIO N° 067-2025-MDY-GDS', ['Solicitud N° 0094-2025-MDY', 'Resolución de Alcaldía N° 212-2023-MDY'],
            '2025-03-13', 'oficio, double-rule letterhead, to-first opening, activities by year in running text with digits-then-words counts, small amounts "S/ 4.8 mil"',
            notes='Workshops, fairs and committee sessions in 2023 and 2024, all in the text, and small executed amounts. Answered.',
            font='Calibri', size=11)
    double_rule_header(R, ['Municipalidad Distrital de Yarinacocha', 'Gerencia de Desarrollo Social'], logo=(logo_png('mdy', 'MDY', 'circle', (0, 120, 120)), 1.2))
    open26(R, 2025, date26('Yarinacocha', '2025-03-13', 'iso'), 'OFICIO N° 067-2025-MDY-GDS', REQ,
           [('ASUNTO:', 'Remite información sobre acciones contra la trata de personas'), ('REF.:', 'Solicitud N° 0094-2025-MDY')], order='to_first')
    para(R, 'Me dirijo a usted, en atención a la solicitud de la referencia, para informarle lo siguiente sobre el periodo enero 2023 – diciembre 2024:')
    bl(R, ['El Comité Distrital contra la Trata de Personas, reconocido por Resolución de Alcaldía N° 212-2023-MDY, sesionó %s veces en 2023 y %s en 2024.' % (Cdw26(4, 'sesión', fem=True, y=2023), Cdw26(6, 'sesión', fem=True, y=2024)),
           'Se realizaron %s talleres en comunidades ribereñas en 2023 y %s en 2024, con %s participantes en este último año.' % (Cdw26(7, 'taller', y=2023), Cdw26(12, 'taller', y=2024), Cn(438, 'participante', y=2024)),
           'Se organizaron %s ferias informativas en el puerto de Yarinacocha en 2024.' % Cdw26(3, 'feria', fem=True, y=2024),
           'El gasto ejecutado fue de %s en 2023 y de %s en 2024.' % (Mmildec(4.8, y=2023, r='e'), Mmildec(7.25, dec=2, y=2024, r='e'))])
    dbl_rule_sign(R, 'Lic. Jhonny Ríos Panaifo', 'Gerente de Desarrollo Social')
    return R


def k047():
    R = new('k047', 'out_of_period', None, ['governance', 'prevention'], PER26,
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'OFICIO N° 0152-2025-MPCP-GDS', ['Expediente N° 03871-2025', 'Informe N° 011-2025-MPCP-GDS-SGPS'],
            '2025-03-27', 'oficio, corner-block letterhead, grid opening, 2019 diagnosis figures in a district table with share column, frame ruling',
            notes='The period is restated; the municipality sends only figures of its 2019 provincial diagnosis: no 2023-2024 reports were systematised (cited report). out_of_period.',
            font='Arial', size=10.5)
    corner_block_header(R, ['Municipalidad Provincial de Coronel Portillo', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpcp', 'MPCP', 'shield', (0, 90, 60)), 1.6), color='00B0F0')
    open26(R, 2025, date26('Pucallpa', '2025-03-27', 'cap_month'), 'OFICIO N° 0152-2025-MPCP-GDS', REQ2[:3],
           [('ASUNTO', 'Respuesta a solicitud de información'), ('REFERENCIA', 'Expediente N° 03871-2025')], order='grid')
    para(R, 'En atención a su solicitud de información sobre la situación de la trata de personas en la provincia y las acciones municipales entre enero de 2023 y diciembre de 2024, le informo que, según el Informe N° 011-2025-MPCP-GDS-SGPS, no se cuenta con reportes sistematizados de dicho periodo.')
    para(R, 'Se adjunta la información del Diagnóstico Provincial sobre Trata de Personas elaborado en 2019:')
    ctab26(R, [['Distrito', 'Casos identificados 2019', '% del total']],
           [('Callería', [42]), ('Yarinacocha', [27]), ('Manantay', [19]), ('Campo Verde', [8]), ('Masisea', [5])],
           'caso', year=[2019], pct=(0, 'total'), pct_fn=lambda v, y: Pf(v, 1, suf=' %', y=y, u='column'), style='frame', widths=(5.0, 4.2, 3.0), size=10)
    para(R, 'El diagnóstico encuestó a %s adolescentes de instituciones educativas.' % Cdot(1260, 'adolescente', y=2019))
    caps_left_sign(R, 'Mg. Lizbeth Tananta Sinti', 'Gerente de Desarrollo Social')
    return R


def k048():
    R = new('k048', 'missing', 'denied_exception', ['prosecution', 'protection'], PER26,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Cusco', None, 'autonomous'),
            'OFICIO N° 000187-2025-MP-FN-FPEDTP-CUSCO', ['Solicitud N° 0301-2025-MP-FN'],
            '2025-03-25', 'oficio, plain Public Ministry header, box-right opening, exceptions quoted',
            notes='The prosecutor\'s office refuses copies of the 2023-2024 fiscal files and the victims\' lists: reserved investigations and personal data protected by the transparency law\'s exceptions. No figures. denied_exception.',
            font='Times New Roman', size=11)
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Cusco', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas'], logo=(logo_png('mpfn', 'MP', 'circle', (30, 50, 120)), 1.2))
    open26(R, 2025, date26('Cusco', '2025-03-25', 'del_year'), 'OFICIO N° 000187-2025-MP-FN-FPEDTP-CUSCO', REQ3,
           [('Asunto', 'Respuesta a solicitud'), ('Referencia', 'Solicitud N° 0301-2025-MP-FN')], order='box_right')
    para(R, 'Me dirijo a usted en atención a su solicitud de copias de las carpetas fiscales por trata de personas abiertas en 2023 y 2024 y de la relación de víctimas asistidas.')
    para(R, 'Al respecto, las carpetas fiscales se encuentran en investigación y su contenido es reservado según el artículo 324 del Código Procesal Penal; asimismo, la relación de víctimas contiene datos personales cuya divulgación afectaría su intimidad, supuesto exceptuado por el numeral 5 del artículo 17 del TUO de la Ley N° 27806. Por tanto, no corresponde entregar la información solicitada.')
    R.sign('Dr. Wálter Huamán Ccahuana', 'Fiscal Provincial Titular', 'FPEDTP de Cusco', before=30)
    return R


def k049():
    R = new('k049', 'answered', None, ['governance', 'prevention', 'protection'], PER26,
            S('Gobierno Regional de Amazonas', 'GRA', 'regional_government'),
            'OFICIO N° 0233-2025-G.R.AMAZONAS/GRDS', ['Solicitud N° 0079-2025', 'Informe N° 027-2025-G.R.AMAZONAS/GRDS-SGPV'],
            '2025-04-03', 'oficio, monogram letterhead, box-right opening, indicators with 2022, 2023 and 2024 columns, zebra; text amounts in two years',
            notes='Mixed periods: 2022 (earlier) beside 2023 and 2024 (requested), in the table and in the text. Answered (mixed in- and out-of-period information).',
            font='Liberation Serif', size=11)
    monogram_header(R, 'GRA', ['Gobierno Regional Amazonas', 'Gerencia Regional de Desarrollo Social', 'Sub Gerencia de Poblaciones Vulnerables'], color='2F5597')
    open26(R, 2025, date26('Chachapoyas', '2025-04-03', 'month_first'), 'OFICIO N° 0233-2025-G.R.AMAZONAS/GRDS', REQ,
           [('Asunto', 'Información sobre acciones contra la trata de personas'), ('Referencia', 'Solicitud N° 0079-2025')], order='box_right')
    para(R, 'Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para remitir la información del Informe N° 027-2025-G.R.AMAZONAS/GRDS-SGPV, que incluye el año 2022 como referencia:')
    rowtab26(R, [['Indicador', '2022', '2023', '2024']],
             [('Sesiones de la Mesa Regional', 'sesión', [5, 6, 7]), ('Talleres en comunidades awajún', 'taller', [6, 9, 13]),
              ('Personas capacitadas', 'persona', [520, 735, 964]), ('Víctimas derivadas a servicios de protección', 'víctima', [11, 14, 19])],
             [2022, 2023, 2024], style='zebra', widths=(7.4, 2.4, 2.4, 2.4), size=10)
    para(R, 'El presupuesto asignado fue de %s en 2023 y de %s en 2024, con una ejecución del %s y del %s, respectivamente.'
         % (Mf(35000.0, pre='S/. ', y=2023, r='a'), Mf(42000.0, pre='S/. ', y=2024, r='a'), Pf(91.2, 1, y=2023), Pf(95.8, 1, y=2024)))
    boxed_sign(R, 'Lic. Rosario Chuquizuta Vela', 'Gerente Regional de Desarrollo Social')
    return R


def k050():
    R = new('k050', 'missing', 'not_competent_referred', ['prosecution', 'prevention'], PER26,
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'CARTA N° 0119-2025-MPA/SG', ['Expediente N° 0023198-2025', 'OFICIO N° 0211-2025-MPA/SG', 'OFICIO N° 0212-2025-MPA/SG'],
            '2025-03-05', 'carta, tinted-band letterhead, grid opening, two referrals cited',
            notes='The provincial municipality says operations and complaints are not its competence and forwarded the request to the regional government and the police region by two cited oficios. not_competent_referred.',
            font='Arial', size=10.5)
    tint_band_header(R, ['Municipalidad Provincial de Arequipa', 'Secretaría General'], fill='F2F2F2', line='7F7F7F', logo=(logo_png('mpa', 'MPA', 'shield', (90, 90, 90)), 1.4))
    open26(R, 2025, date26('Arequipa', '2025-03-05', 'caps_weekday'), 'CARTA N° 0119-2025-MPA/SG', REQ2[:3],
           [('ASUNTO', 'Encausamiento de solicitud'), ('REFERENCIA', 'Expediente N° 0023198-2025')], order='grid')
    para(R, 'En atención al expediente de la referencia, por el que solicita información sobre denuncias, operativos y campañas de prevención de la trata de personas en Arequipa entre enero de 2023 y diciembre de 2024, le comunico que esta Municipalidad no genera dicha información.')
    para(R, 'Por ello, su solicitud ha sido encausada al Gobierno Regional de Arequipa mediante OFICIO N° 0211-2025-MPA/SG y a la Región Policial Arequipa mediante OFICIO N° 0212-2025-MPA/SG, para su atención directa.')
    dbl_rule_sign(R, 'Abog. Fernando Linares Delgado', 'Secretario General')
    return R


def k051():
    R = new('k051', 'out_of_period', None, ['protection', 'prevention'], PER26,
            S('Organización Internacional para las Migraciones', 'OIM', 'foreign'),
            'CARTA OIM/PE/2025/0147', [],
            '2025-04-11', 'letter of an international organisation, corner-block letterhead, to-first opening, 2025 quarter table, thick head rule',
            notes='The IOM office in Peru (foreign) restates the 2023-2024 request but gives only the first quarter of 2025 of its current project, since the 2023-2024 project reports belong to a closed project and are with its donor. out_of_period.',
            font='Carlito', size=10.5)
    corner_block_header(R, ['Organización Internacional para las Migraciones', 'Oficina en Perú', 'Unidad de Protección'], logo=(logo_png('oim', 'OIM', 'circle', (0, 80, 160)), 1.6), color='0033A0')
    open26(R, 2025, date26('Lima', '2025-04-11', 'sep_month'), 'CARTA OIM/PE/2025/0147', REQ, None, order='to_first', motto=False)
    para(R, 'Estimada señora Paredes: en relación con su solicitud del 12 de marzo de 2025 sobre la asistencia brindada por la OIM a víctimas de trata de personas en el Perú entre enero de 2023 y diciembre de 2024, le informamos que los reportes de dicho periodo corresponden a un proyecto ya cerrado cuyos informes se encuentran en poder del donante, por lo que no podemos compartirlos.')
    para(R, 'Como muestra de colaboración, compartimos los datos del primer trimestre de 2025 del proyecto en curso:')
    rowtab26(R, [['Servicio', 'Enero – Marzo 2025']],
             [('Víctimas con asistencia directa', 'víctima', [46]), ('Retornos voluntarios asistidos', 'retorno', [9]),
              ('Funcionarios capacitados', 'funcionario', [182])], [2025], style='thick', widths=(8.0, 4.0), size=10)
    para(R, 'El %s de las víctimas asistidas fueron mujeres. El proyecto en curso cuenta con un financiamiento aprobado de %s para 2025, del cual se desembolsó %s en el trimestre.' % (Pcoma(82.6, 1, y=2025), Mf(185000.0, pre='US$ ', cur='USD', y=2025, r='a'), Mf(41370.5, pre='US$ ', cur='USD', y=2025, r='e')))
    R.p('Cordialmente,', before=8)
    R.p('Daniela Obando Fuentes', bold=True, before=30, after=0)
    R.p('Oficial de Protección – OIM Perú', after=0)
    return R


def k052():
    R = new('k052', 'answered', None, ['prosecution'], PER26,
            S('Ministerio Público – Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 001342-2025-MP-FN-GG-OFICINA DE ESTADÍSTICA', ['Solicitud N° 2025-TAIP-00871', 'OFICIO N° 000918-2025-MP-FN-OBSERVATORIO'],
            '2025-03-21', 'oficio + table page (page 2) with complaints by fiscal district, two years, percent of the total, zebra with frame',
            notes='Complaints for trafficking registered by the prosecution service by fiscal district, 2023 and 2024, with shares; page 2 is the table page. Answered.',
            font='Arial', size=10.5)
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Gerencia General – Oficina de Estadística'], logo=(logo_png('mpfn2', 'MP', 'circle', (30, 50, 120)), 1.2))
    open26(R, 2025, date26('Lima', '2025-03-21', 'dots'), 'OFICIO N° 001342-2025-MP-FN-GG-OFICINA DE ESTADÍSTICA', REQ3,
           [('ASUNTO:', 'Denuncias por trata de personas 2023-2024'), ('REF.:', 'Solicitud N° 2025-TAIP-00871')], order='to_first')
    para(R, 'Me dirijo a usted para remitirle, en la página siguiente, el cuadro de denuncias por el delito de trata de personas registradas en el Sistema de Gestión Fiscal durante 2023 y 2024, elaborado con la información del OFICIO N° 000918-2025-MP-FN-OBSERVATORIO.')
    para(R, 'En 2024 se registraron %s denuncias a nivel nacional, un %s más que en 2023.' % (Cdot(2718, 'denuncia', y=2024), Pcoma(9.4, 1, y=2024)))
    R.sign('Econ. Jaime Paredes Loyola', 'Jefe de la Oficina de Estadística', before=30)
    R.pagebreak()
    R.p('DENUNCIAS POR TRATA DE PERSONAS SEGÚN DISTRITO FISCAL, 2023-2024', bold=True, align='c', after=6)
    data = [('Lima Centro', [412, 455]), ('Lima Norte', [168, 181]), ('Lima Sur', [121, 137]), ('Callao', [96, 104]), ('Cusco', [187, 204]),
            ('Madre de Dios', [163, 182]), ('Puno', [171, 176]), ('Loreto', [142, 161]), ('Arequipa', [138, 150]), ('Tumbes', [74, 83]),
            ('Otros distritos fiscales', [813, 885])]
    t, tot = ctab26(R, [['Distrito fiscal', '2023', '2024', '% 2024']], data, 'denuncia', year=[2023, 2024], pct=(1, 'total'),
                    pct_fn=lambda v, y: Pf(v, 1, suf='', y=y, u='column'), style='frame_zebra', widths=(6.0, 2.6, 2.6, 2.4), size=10, total='Total nacional')
    R.p('Fuente: Sistema de Gestión Fiscal (SGF).', size=8, italic=True)
    return R


def k053():
    R = new('k053', 'missing', 'off_topic', [], None,
            S('Dirección Regional de la Producción de Ica', 'DIREPRO Ica', 'regional_government'),
            'OFICIO N° 0124-2025-GORE-ICA/DIREPRO', ['Solicitud N° 0018-2025-DIREPRO'],
            '2025-02-13', 'oficio on artisanal fishing permits, double-rule letterhead, grid opening, permits by landing site with fees, thick head rule',
            notes='Artisanal fishing permits and fees by landing site in 2024 – not about trafficking in persons. off_topic.',
            font='DejaVu Sans', size=9.5)
    double_rule_header(R, ['Gobierno Regional de Ica', 'Dirección Regional de la Producción'], logo=(logo_png('direpro', 'DRP', 'square', (0, 70, 140)), 1.2))
    open26(R, 2025, date26('Ica', '2025-02-13', 'short_slash'), 'OFICIO N° 0124-2025-GORE-ICA/DIREPRO', REQ2[:3],
           [('ASUNTO', 'Permisos de pesca artesanal 2024'), ('REFERENCIA', 'Solicitud N° 0018-2025-DIREPRO')], order='grid')
    para(R, 'En atención a su solicitud, se informa el número de permisos de pesca artesanal otorgados y los derechos cobrados en 2024, por desembarcadero:')
    rows = [[a, Cn(n, 'permiso', y=2024), Mf(v, 'eu', u='caption', y=2024)] for a, n, v in
            [('DPA San Andrés', 148, 22200.0), ('DPA Lagunillas', 96, 14400.0), ('DPA Laguna Grande', 57, 8550.0), ('DPA San Juan de Marcona', 83, 12450.0)]]
    t = R.table([['Desembarcadero', 'Permisos otorgados', 'Derechos cobrados']], rows, widths=(6.0, 3.4, 3.8), size=9, ruled='none',
                caption='Permisos de pesca artesanal, 2024 (derechos en soles)')
    style26(t, 'thick')
    para(R, 'El %s de los permisos correspondió a embarcaciones menores de 10 metros de eslora.' % Pf(71.0, 0, suf=' %', y=2024))
    caps_left_sign(R, 'Ing. Pesq. Raúl Cahuana Tasayco', 'Director Regional de la Producción')
    return R


def k054():
    R = new('k054', 'missing', 'clarification', [], None,
            S('Gobierno Regional de Pasco', 'GOREPA', 'regional_government'),
            'CARTA N° 021-2025-G.R.PASCO/SG', ['Solicitud N° 0067-2025-GOREPA'],
            '2025-02-24', 'carta, corner-block letterhead, to-first opening, request to specify the period and the information',
            notes='The request did not state a period; the letter asks the requester to specify the period, the offices and the kind of information, within two working days (not figures). No period in the text. clarification.',
            font='Liberation Sans', size=10.5)
    corner_block_header(R, ['Gobierno Regional de Pasco', 'Secretaría General'], logo=(logo_png('gorepa', 'GRP', 'shield', (120, 0, 60)), 1.6), color='7030A0')
    open26(R, 2025, date26('Cerro de Pasco', '2025-02-24', 'compact'), 'CARTA N° 021-2025-G.R.PASCO/SG', REQ3,
           [('ASUNTO:', 'Solicitud de precisión'), ('REF.:', 'Solicitud N° 0067-2025-GOREPA')], order='to_first')
    para(R, 'Me dirijo a usted en relación con su solicitud, en la que pide "la información que tenga el Gobierno Regional sobre trata de personas".')
    para(R, 'Con el fin de atenderla, le pedimos precisar el periodo al que se refiere, las unidades orgánicas de las que requiere información y el tipo de información o documentos que solicita. Agradeceremos remitir la precisión en el plazo de dos días hábiles, conforme al TUO de la Ley N° 27806.')
    boxed_sign(R, 'Abog. Elmer Ticse Cóndor', 'Secretario General')
    return R


def k055():
    R = new('k055', 'answered', None, ['prosecution', 'prevention'], PER26,
            S('Dirección Regional de Trabajo y Promoción del Empleo de Cusco', 'DRTPE Cusco', 'regional_government'),
            'OFICIO N° 0188-2025-GR CUSCO/DRTPE', ['Solicitud N° 0132-2025-DRTPE', 'INFORME TÉCNICO N° 006-2025-GR CUSCO/DRTPE-DPSC'],
            '2025-03-31', 'oficio + technical report on page 2 with numbered sections I-III, inspections table with a percent column under "(%)" header, zebra; amounts in words first',
            notes='The regional labour directorate (an executing unit, named as itself): labour inspections on forced labour and trafficking (prosecution) and workshops on labour rights for people at risk (prevention), 2023 and 2024. Page 2 is the technical report. Answered.',
            font='Arial', size=10.5)
    tint_band_header(R, ['Gobierno Regional Cusco', 'Dirección Regional de Trabajo y Promoción del Empleo'], fill='DAEEF3', line='31849B',
                     logo=(logo_png('drtpe', 'DRTPE', 'square', (30, 110, 130)), 1.5))
    open26(R, 2025, date26('Cusco', '2025-03-31', 'iso'), 'OFICIO N° 0188-2025-GR CUSCO/DRTPE', REQ,
           [('ASUNTO', 'Información sobre trabajo forzoso y trata con fines de explotación laboral'), ('REFERENCIA', 'Solicitud N° 0132-2025-DRTPE')], order='grid')
    para(R, 'Tengo el agrado de dirigirme a usted para remitirle el INFORME TÉCNICO N° 006-2025-GR CUSCO/DRTPE-DPSC, que da cuenta de las inspecciones y acciones de prevención realizadas por esta Dirección Regional entre enero de 2023 y diciembre de 2024.')
    caps_left_sign(R, 'Abog. Wilfredo Ccori Laura', 'Director Regional de Trabajo y Promoción del Empleo')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 006-2025-GR CUSCO/DRTPE-DPSC', bold=True, align='c', after=4)
    R.p('Trabajo forzoso y trata de personas con fines de explotación laboral, 2023-2024', italic=True, align='c', after=8)
    R.p('I. INSPECCIONES', bold=True, after=2)
    head = [['Provincia', 'Inspecciones 2023', 'Inspecciones 2024', 'Con indicios de trabajo forzoso 2024 (%)']]
    ins = [('Cusco', 46, 58, 6.9), ('La Convención', 31, 39, 12.8), ('Quispicanchi', 18, 24, 16.7), ('Canchis', 12, 15, 6.7)]
    rows = [[p, Cn(a, 'inspección', y=2023), Cn(b, 'inspección', y=2024), Pf(c, 1, suf='', y=2024)] for p, a, b, c in ins]
    t = R.table(head, rows, widths=(4.0, 3.0, 3.0, 4.8), size=9.5)
    style26(t, 'zebra')
    R.p('II. PREVENCIÓN', bold=True, after=2, before=4)
    para(R, 'Se realizaron %s talleres sobre derechos laborales dirigidos a trabajadores agrícolas y de la minería informal en 2023 y %s en 2024, con %s participantes en 2024.' % (Cdw26(9, 'taller', y=2023), Cdw26(14, 'taller', y=2024), Cn(506, 'participante', y=2024)))
    R.p('III. PRESUPUESTO', bold=True, after=2)
    para(R, 'Para las acciones de 2024 se asignó %s y se ejecutó %s.' % (Mwfirst(58000.0, y=2024, r='a'), Mwfirst(55320.0, y=2024, r='e')))
    R.p('Cusco, 28 de marzo de 2025.', align='r', before=6)
    R.p('Lic. Adm. Roxana Huamán Sullca – Dirección de Prevención y Solución de Conflictos', size=9, align='r')
    return R


def k056():
    R = new('k056', 'missing', 'no_information', ['protection', 'prevention'], PER26,
            S('Municipalidad Distrital de Villa María del Triunfo', 'MVMT', 'district_municipality'),
            'OFICIO N° 0094-2025-GDS/MVMT', ['Expediente N° 0028831-2025', 'Informe N° 019-2025-SGDEMUNA-GDS/MVMT'],
            '2025-03-12', 'oficio, monogram letterhead, box-right opening, dbl-rule signature',
            notes='The DEMUNA has no record of trafficking cases or prevention actions for 2023-2024 (cited report): it does not have the information. no_information.',
            font='Calibri', size=11)
    monogram_header(R, 'MVMT', ['Municipalidad de Villa María del Triunfo', 'Gerencia de Desarrollo Social'], color='C55A11')
    open26(R, 2025, date26('Villa María del Triunfo', '2025-03-12', 'del_year'), 'OFICIO N° 0094-2025-GDS/MVMT', REQ2,
           [('Asunto', 'Respuesta a solicitud de información'), ('Referencia', 'Expediente N° 0028831-2025')], order='box_right')
    para(R, 'En atención al expediente de la referencia, sobre los casos de trata de personas atendidos y las acciones de prevención desarrolladas entre enero de 2023 y diciembre de 2024, le comunico que, según el Informe N° 019-2025-SGDEMUNA-GDS/MVMT, la DEMUNA no registra casos tipificados como trata de personas ni cuenta con registros de acciones preventivas específicas sobre la materia en dicho periodo, por lo que no posee la información solicitada.')
    dbl_rule_sign(R, 'Lic. Yolanda Ccahuana Pillaca', 'Gerente de Desarrollo Social')
    return R


def k057():
    R = new('k057', 'out_of_period', None, ['governance', 'prevention'], PER26,
            S('Gobierno Regional de Lima', 'GRL', 'regional_government'),
            'OFICIO N° 0261-2025-GRL/GRDS', ['Solicitud N° 0211-2025-GRL', 'Informe N° 031-2025-GRL/GRDS-SGPV'],
            '2025-04-07', 'oficio, tinted-band letterhead, to-first opening, 2022 table by province under a merged header, frame-zebra',
            notes='Only 2022 figures by province: the 2023-2024 information is being consolidated by the new technical secretariat (cited report). out_of_period.',
            font='Arial', size=10.5)
    tint_band_header(R, ['Gobierno Regional de Lima', 'Gerencia Regional de Desarrollo Social'], fill='EDEDED', line='C00000', logo=(logo_png('grlima', 'GRL', 'shield', (160, 0, 0)), 1.4))
    open26(R, 2025, date26('Huacho', '2025-04-07', 'legal'), 'OFICIO N° 0261-2025-GRL/GRDS', REQ3,
           [('ASUNTO:', 'Información sobre acciones contra la trata de personas'), ('REF.:', 'Solicitud N° 0211-2025-GRL')], order='to_first')
    para(R, 'Me dirijo a usted en atención a su solicitud de información de las acciones de la Comisión Regional contra la Trata de Personas de Lima durante 2023 y 2024. De acuerdo con el Informe N° 031-2025-GRL/GRDS-SGPV, dicha información se encuentra en consolidación por la nueva Secretaría Técnica. Se remite la información del año 2022:')
    head = [['Provincia', 'Año 2022', ''], ['', 'Campañas', 'Personas sensibilizadas']]
    ctab26(R, head, [('Huaura', [9, 1420]), ('Huaral', [7, 1105]), ('Barranca', [6, 890]), ('Cañete', [8, 1260]), ('Huarochirí', [4, 515])],
           ['campaña', 'persona'], year=[2022, 2022], merges=((0, 0, 1, 0), (0, 1, 0, 2)), style='frame_zebra', widths=(4.6, 3.0, 4.2), size=10)
    para(R, 'La Comisión sesionó %s veces en 2022.' % Cdw26(5, 'sesión', fem=True, y=2022))
    dbl_rule_sign(R, 'Mg. Óscar Malpartida Reyes', 'Gerente Regional de Desarrollo Social')
    return R


def k058():
    R = new('k058', 'answered', None, ['prevention', 'prosecution'], PER26,
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            'OFICIO N° 0317-2025-GSC-MPM', ['Solicitud N° 0432-2025-MPM', 'Informe N° 052-2025-SGFC-GSC-MPM'],
            '2025-03-18', 'oficio, corner-block letterhead, grid opening, joint inspections by type of business with closures and fines, frame ruling; prevention in text',
            notes='Joint inspections of hostels, bars and night venues with police and prosecutors (prosecution), closures and fines (no role), and prevention talks. Answered.',
            font='DejaVu Serif', size=9.5)
    corner_block_header(R, ['Municipalidad Provincial de Maynas', 'Gerencia de Seguridad Ciudadana', 'Sub Gerencia de Fiscalización y Control'], logo=(logo_png('mpm', 'MPM', 'circle', (0, 100, 60)), 1.7), color='00703C')
    open26(R, 2025, date26('Iquitos', '2025-03-18', 'cap_month'), 'OFICIO N° 0317-2025-GSC-MPM', REQ[:3],
           [('ASUNTO', 'Operativos conjuntos y acciones de prevención'), ('REFERENCIA', 'Solicitud N° 0432-2025-MPM')], order='grid')
    para(R, 'Me dirijo a usted para remitir, según el Informe N° 052-2025-SGFC-GSC-MPM, la información de los operativos conjuntos con la Policía Nacional y la Fiscalía Especializada en Delitos de Trata de Personas de Loreto en 2023 y 2024:')
    head = [['Giro del establecimiento', 'Operativos 2023', 'Operativos 2024', 'Clausuras 2024', 'Multas 2024 (S/)']]
    data = [('Hospedajes', 18, 24, 6, 31500.0), ('Bares y cantinas', 22, 29, 9, 47250.0), ('Discotecas', 9, 12, 4, 26400.0), ('Cabinas de internet', 5, 6, 1, 3850.0)]
    rows = [[g, Cn(a, 'operativo', y=2023), Cn(b, 'operativo', y=2024), Cn(c, 'clausura', y=2024), Mf(m, y=2024)] for g, a, b, c, m in data]
    t = R.table(head, rows, widths=(4.6, 2.6, 2.6, 2.6, 3.4), size=9)
    style26(t, 'frame')
    para(R, 'En prevención, se dictaron %s charlas a trabajadores de hospedajes y bares en 2024, con %s asistentes.' % (Cdw26(15, 'charla', fem=True, y=2024), Cn(372, 'asistente', y=2024)))
    caps_left_sign(R, 'Crl. (r) Augusto Flores Pinedo', 'Gerente de Seguridad Ciudadana')
    return R


def k059():
    R = new('k059', 'missing', 'no_reply', ['governance', 'protection'], PER26,
            S('Gobierno Regional de Áncash', 'GRA', 'regional_government'),
            'OFICIO N° 0143-2025-GRA/GRDS', ['Solicitud N° 0088-2025-GRA', 'OFICIO N° 0097-2025-GRA/GRDS', 'OFICIO N° 0121-2025-GRA/GRDS'],
            '2025-03-26', 'oficio, double-rule letterhead, box-right opening, reports that the forwarded body did not answer',
            notes='The regional government forwarded the request on the provincial working group and shelter referrals to the provincial municipality of Huaraz and sent a reminder (two cited oficios); Huaraz has not answered. no_reply.',
            font='Times New Roman', size=11)
    double_rule_header(R, ['Gobierno Regional de Áncash', 'Gerencia Regional de Desarrollo Social'])
    open26(R, 2025, date26('Huaraz', '2025-03-26', 'sep_month'), 'OFICIO N° 0143-2025-GRA/GRDS', REQ,
           [('Asunto', 'Comunica situación de su solicitud'), ('Referencia', 'Solicitud N° 0088-2025-GRA')], order='box_right')
    para(R, 'Me dirijo a usted en relación con su solicitud sobre el funcionamiento de la Mesa Provincial contra la Trata de Personas de Huaraz y las derivaciones de víctimas a servicios de protección entre enero de 2023 y diciembre de 2024.')
    para(R, 'Al respecto, con OFICIO N° 0097-2025-GRA/GRDS se trasladó el pedido a la Municipalidad Provincial de Huaraz, que preside la Mesa, y con OFICIO N° 0121-2025-GRA/GRDS se le reiteró. Hasta la fecha la Municipalidad no ha dado respuesta, lo que se pone en su conocimiento.')
    boxed_sign(R, 'Lic. Teodoro Villanueva Mejía', 'Gerente Regional de Desarrollo Social')
    return R


def k060():
    R = new('k060', 'missing', 'off_topic', [], None,
            S('Organismo de Evaluación y Fiscalización Ambiental', 'OEFA', 'other'),
            'OFICIO N° 00318-2025-OEFA/DFAI', ['Solicitud N° 2025-0512-OEFA'],
            '2025-02-11', 'oficio on environmental inspections and fines by sector, monogram letterhead, to-first opening, zebra table with fines in "S/ 45.3 mil"-style text',
            notes='Environmental supervisions and fines by sector in 2024 – not about trafficking in persons. Fines have no role. off_topic.',
            font='Calibri', size=11)
    monogram_header(R, 'OEFA', ['Organismo de Evaluación y Fiscalización Ambiental', 'Dirección de Fiscalización y Aplicación de Incentivos'], color='548235')
    open26(R, 2025, date26('Jesús María', '2025-02-11', 'dots'), 'OFICIO N° 00318-2025-OEFA/DFAI', REQ2,
           [('ASUNTO:', 'Supervisiones y multas 2024'), ('REF.:', 'Solicitud N° 2025-0512-OEFA')], order='to_first')
    para(R, 'En atención a su solicitud, se informan las supervisiones ambientales realizadas y las multas impuestas en 2024, por sector:')
    ctab26(R, [['Sector', 'Supervisiones 2024', 'Procedimientos sancionadores 2024']],
           [('Minería', [412, 96]), ('Hidrocarburos', [287, 71]), ('Electricidad', [138, 22]), ('Industria', [205, 48]), ('Pesquería', [164, 39])],
           ['supervisión', 'procedimiento sancionador'], year=[2024, 2024], style='zebra', widths=(4.6, 3.4, 4.8), size=10)
    para(R, 'Las multas impuestas en el sector minería sumaron %s y en hidrocarburos %s, en 2024.' % (Mmildec(2846.5, y=2024), Mmildec(1920.8, y=2024)))
    caps_left_sign(R, 'Abog. Claudia Ventura Ortiz', 'Directora de Fiscalización y Aplicación de Incentivos')
    return R
