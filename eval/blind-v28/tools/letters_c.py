"""blind-v28 letters n041-n060 (written for this set)."""
from common import *


def n041():
    R = new('n041', 'out_of_period', None, ['prevention', 'protection'], PER28,
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'OFICIO N° 0296-2023-MPA/GDS', ['Solicitud de Acceso a la Información N° 0342-2023'], '2023-06-07',
            'oficio, framed-name letterhead, the period in the subject, a 2020 table only',
            notes='out_of_period: the province restates the requested period in the subject but sends only its 2020 report (talks and DEMUNA cases); it says the 2021-2023 reports are being rebuilt after a loss of files.')
    framed_name_header(R, ['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Social'], logo=LG('mpa', 'MPA', 'shield', (0, 60, 130), 1.5),
                       right=['Plaza de Armas s/n', 'Arequipa'])
    open28(R, 2023, date28('Arequipa', '2023-06-07', 'del'), 'OFICIO N° 0296-2023-MPA/GDS', REQ_B,
           [('Asunto', 'Información sobre trata de personas, periodo marzo 2021 – febrero 2023'),
            ('Referencia', 'Solicitud de Acceso a la Información N° 0342-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud. Debido a la pérdida de archivos ocurrida en el traslado de la Gerencia, '
             'los reportes de 2021 a 2023 vienen siendo reconstruidos. Se remite el último reporte anual completo:'])
    head = [['Actividad (año 2020)', 'Cantidad']]
    rows = [['Charlas preventivas virtuales', Cn(12, 'charla', y=2020)], ['Participantes', Csp(1085, 'participante', y=2020)],
            ['Casos atendidos por la DEMUNA', Cn(4, 'caso', y=2020)]]
    tab28(R, head, rows, style='vdotted', widths=(7.0, 3.0))
    rule_sign(R, 'Lic. Edith Zegarra Bustamante', 'Gerente de Desarrollo Social')


def n042():
    R = new('n042', 'answered', None, ['protection'], PER28,
            S('Unidad Distrital de Asistencia Inmediata a Víctimas y Testigos de Loreto', 'UDAVIT Loreto', 'autonomous'),
            'OFICIO N° 000093-2023-MP-FN-UDAVIT-LORETO', ['Oficio N° 000611-2023-MP-FN-PJFS-LORETO'], '2023-06-30',
            'oficio of the victims\' assistance unit, crest letterhead, table of assistance type by year with a percent column "45,2 %"',
            notes='answered: victims of trafficking assisted by the unit (legal, psychological and social assistance, shelter placement), by year of the period, with the share of each type over the period total (no year).')
    crest_caps_header(R, ['Ministerio Público', 'Distrito Fiscal de Loreto', 'Unidad Distrital de Asistencia Inmediata a Víctimas y Testigos'],
                      logo=LG('mp2', 'MP', 'circle', (20, 40, 110), 1.3))
    open28(R, 2023, date28('Iquitos', '2023-06-30', 'dotted'), 'OFICIO N° 000093-2023-MP-FN-UDAVIT-LORETO', REQ_A,
           [('Asunto', 'Información sobre asistencia a víctimas de trata de personas'), ('Referencia', 'Oficio N° 000611-2023-MP-FN-PJFS-LORETO')],
           order='numfirst')
    body(R, ['Me dirijo a usted en atención al documento de la referencia, con el que la Presidencia de la Junta de Fiscales '
             'Superiores trasladó su pedido, para informarle sobre la asistencia brindada a víctimas de trata de personas entre '
             'marzo de 2021 y febrero de 2023:'])
    head = [['Tipo de asistencia', '2021 (mar.–dic.)', '2022', '2023 (ene.–feb.)', '% del periodo']]
    data = [('Asistencia legal', [38, 51, 7], 45.2), ('Asistencia psicológica', [27, 40, 5], 34.0), ('Asistencia social', [14, 19, 2], 16.5),
            ('Ubicación en albergue', [4, 4, 1], 4.3)]
    rows = [[lab, Cn(v[0], 'víctima asistida', y=2021), Cn(v[1], 'víctima asistida', y=2022), Cn(v[2], 'víctima asistida', y=2023), Psp28(p)]
            for lab, v, p in data]
    tab28(R, head, rows, style='double', widths=(4.6, 2.8, 2.0, 2.8, 2.4))
    ebox_sign(R, 'Abog. Janeth Pinedo Arévalo', 'Coordinadora de la UDAVIT Loreto', '30/06/2023 08:55')


def n043():
    R = new('n043', 'missing', 'no_information', ['prevention'], PER28,
            S('Municipalidad Distrital de Cerro Colorado', 'MDCC', 'district_municipality'),
            'CARTA N° 112-2023-MDCC/OTAIP', ['Solicitud N° 0342-2023', 'Informe N° 067-2023-MDCC/GDS'], '2023-05-16',
            'carta, stripe letterhead, the period in the body, no figures',
            notes='missing/no_information: by a cited report, the social development office says it does not hold information on prevention actions against trafficking for March 2021 - February 2023.')
    stripe_header(R, ['MUNICIPALIDAD DISTRITAL DE CERRO COLORADO', 'Oficina de Transparencia y Acceso a la Información'], fill='4A148C', acr='MDCC')
    open28(R, 2023, date28('Cerro Colorado', '2023-05-16', 'month_year'), 'CARTA N° 112-2023-MDCC/OTAIP', REQ_C,
           [('Asunto', 'Respuesta a solicitud'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['De mi consideración:', 'En atención a su solicitud sobre las acciones de prevención de la trata de personas '
             'ejecutadas por esta comuna entre marzo de 2021 y febrero de 2023, la Gerencia de Desarrollo Social, mediante el '
             'Informe N° 067-2023-MDCC/GDS, ha manifestado que no cuenta con información sobre lo solicitado.',
             'En consecuencia, se da por atendida su solicitud conforme al artículo 13 del TUO de la Ley N° 27806.'])
    left_sign(R, 'Abog. Miriam Chávez Delgado', 'Responsable de Acceso a la Información Pública', initials_='MCHD/lcc')


def n044():
    R = new('n044', 'answered', None, ['prevention', 'governance'], PER28,
            S('Municipalidad Provincial de Tacna', 'MPT', 'provincial_municipality'),
            'OFICIO N° 0501-2023-GDS/MPT', ['Expediente N° 0019874-2023'], '2023-06-22',
            'oficio, top and bottom rule letterhead, border campaign table by year with a percent column, money with space thousands',
            notes='answered: border campaigns at the Tacna-Arica crossing, people informed and the share of them reached in Aymara or Quechua, by year, sessions of the provincial working group, and an amount executed in 2022.')
    topbottom_header(R, 'MUNICIPALIDAD PROVINCIAL DE TACNA', 'MPT', sub=['Gerencia de Desarrollo Social', 'Tacna – Perú'], color=(0x8B, 0x00, 0x00))
    open28(R, 2023, date28('Tacna', '2023-06-22', 'a_los'), 'OFICIO N° 0501-2023-GDS/MPT', REQ_A,
           [('Asunto', 'Información sobre prevención de la trata de personas'), ('Referencia', 'Expediente N° 0019874-2023')])
    body(R, ['Me dirijo a usted, en atención al expediente de la referencia, para informarle de las campañas de prevención en el '
             'Complejo Fronterizo Santa Rosa y el terminal internacional, realizadas entre marzo de 2021 y febrero de 2023:'])
    head = [['Año', 'Campañas', 'Personas informadas', 'Informadas en aimara o quechua']]
    rows = [['2021', Cn(5, 'campaña', y=2021), Csp(2140, 'persona', y=2021), Psp28(12.5, y=2021)],
            ['2022', Cn(11, 'campaña', y=2022), Csp(5380, 'persona', y=2022), Psp28(18.3, y=2022)],
            ['2023', Cn(2, 'campaña', y=2023), Csp(760, 'persona', y=2023), Psp28(9.7, y=2023)]]
    tab28(R, head, rows, style='headline', widths=(2.0, 2.6, 3.6, 4.6))
    R.p('2021: desde marzo; 2023: enero y febrero.', size=8, italic=True)
    body(R, ['La Mesa Provincial contra la Trata de Personas sesionó %s veces. En 2022 se ejecutó %s en materiales bilingües.' %
             (Cwords28(7, 'sesión'), Mspc(9480.00, y=2022, r='e'))])
    dotted_sign(R, 'Lic. Rosario Mamani Ticona', 'Gerente de Desarrollo Social', close='Atentamente,')


def n045():
    R = new('n045', 'missing', 'denied_exception', ['prosecution'], PER28,
            S('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tacna', None, 'autonomous'),
            'OFICIO N° 000188-2023-MP-FN-FPETP-TACNA', ['Solicitud N° 0342-2023'], '2023-05-12',
            'oficio, crest letterhead, refusal under the reserve of the investigation, no figures',
            notes='missing/denied_exception: the prosecutor refuses copies and details of the case files of the period because the investigation is reserved and the files contain personal data of victims.')
    crest_caps_header(R, ['Ministerio Público', 'Fiscalía de la Nación', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tacna'],
                      logo=LG('mp3', 'MP', 'circle', (20, 40, 110), 1.3))
    open28(R, 2023, date28('Tacna', '2023-05-12', 'iso'), 'OFICIO N° 000188-2023-MP-FN-FPETP-TACNA', REQ_A,
           [('Asunto', 'Improcedencia de entrega de información'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud de copias y del detalle de las carpetas fiscales por el delito de trata de '
             'personas tramitadas por este despacho entre marzo de 2021 y febrero de 2023.',
             'Al respecto, la investigación fiscal tiene carácter reservado conforme al artículo 324 del Código Procesal Penal, y las '
             'carpetas contienen datos personales de las víctimas protegidos por el artículo 17 del TUO de la Ley N° 27806 y la Ley '
             'N° 29733. Por ello, la información solicitada se encuentra exceptuada del derecho de acceso y no puede ser entregada.'])
    ebox_sign(R, 'Abog. Carlos Alberto Ticona Flores', 'Fiscal Provincial', '12/05/2023 12:20')


def n046():
    R = new('n046', 'answered', None, ['prevention'], PER28,
            S('Gobierno Regional de Moquegua', 'GRM', 'regional_government'),
            'OFICIO N° 0672-2023-GRM/GRDS', ['Solicitud N° 0342-2023'], '2023-07-04',
            'oficio, split-line letterhead, school and radio campaign figures in running text with several notations',
            notes='answered: prevention in schools and a radio campaign in the period, by year, with amounts executed in "S/ 12 345,50" and "12.345,50 soles" notations and a share "0,42".')
    split_line_header(R, ['GOBIERNO REGIONAL DE MOQUEGUA'], ['Gerencia Regional de Desarrollo Social'], sub='Calle Ayacucho 1154 – Moquegua', color='006064')
    open28(R, 2023, date28('Moquegua', '2023-07-04', 'dotted'), 'OFICIO N° 0672-2023-GRM/GRDS', REQ_C,
           [('Asunto', 'Atención de solicitud de información'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted para informarle que, en el periodo de marzo de 2021 a febrero de 2023, la Gerencia Regional de '
             'Desarrollo Social desarrolló las siguientes acciones de prevención de la trata de personas:',
             '1. En el año 2021, %s sesiones educativas en %s colegios de Ilo y Mariscal Nieto, con un gasto de %s.' %
             (Cn(48, 'sesión educativa', y=2021), Cn(16, 'colegio', y=2021), Mspc(6210.00, y=2021, r='e')),
             '2. En el año 2022, la campaña radial “Que no te engañen”, con %s spots difundidos en %s emisoras, por %s.' %
             (Cn(1320, 'spot', y=2022), Cwords28(5, 'emisora', y=2022), Meus(17450.80, y=2022, r='e')),
             '3. La proporción de colegios secundarios de la región alcanzados en el periodo fue de %s.' % Pshare(42.0)])
    rule_sign(R, 'Mg. Vilma Flores Aguilar', 'Gerente Regional de Desarrollo Social')


def n047():
    R = new('n047', 'missing', 'off_topic', [], None,
            S('Gobierno Regional de Pasco', None, 'regional_government'),
            'ACTA DE CONFORMIDAD N° 027-2023-GRP/GRA-SGL', ['Orden de Servicio N° 0418-2023'], '2023-04-28',
            'acta certifying a service (printing of forms) with a key-value block and the amount',
            notes='missing/off_topic: a certificate of conformity for a printing service; nothing about trafficking in persons. The amount paid is money executed (the text says "monto a pagar"); the number of forms is a count.')
    R.header(['GOBIERNO REGIONAL DE PASCO', 'Gerencia Regional de Administración – Subgerencia de Logística'], size=9)
    R.p('ACTA DE CONFORMIDAD N° 027-2023-GRP/GRA-SGL', bold=True, align='c', size=12, after=8)
    kv(R, [('Orden de servicio', 'Orden de Servicio N° 0418-2023'), ('Proveedor', 'Imprenta Cerro Graf E.I.R.L.'),
           ('Servicio', 'Impresión de %s formularios de control patrimonial' % Csp(2500, 'formulario')),
           ('Monto a pagar', Mspc(3875.00, r='e')), ('Fecha', date28('Cerro de Pasco', '2023-04-28', 'iso'))], tab=4.0, w2=12.0)
    body(R, ['El área usuaria otorga la conformidad del servicio, por haberse cumplido en el plazo y las condiciones pactadas.'])
    pair_sign(R, ('Bach. Yeni Rojas Chamorro', 'Área usuaria'), ('CPC Abel Ticse Ramos', 'Subgerente de Logística'))


def n048():
    R = new('n048', 'out_of_period', None, ['prosecution'], PER28,
            S('Región Policial Madre de Dios', None, 'police'),
            'OFICIO N° 0733-2023-REGPOL-MDD/SEC', ['Solicitud N° 0342-2023'], '2023-07-18',
            'police oficio, the period restated, then only March–June 2023 by month, dotted vertical lines',
            font='Times New Roman',
            notes='out_of_period: the police region restates the requested period (1 March 2021 - 28 February 2023) and then says its statistics start with the new registry in March 2023; it gives only March-June 2023 operations, rescues and arrests (year 2023).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'DEPARTAMENTO DE INVESTIGACIÓN CRIMINAL'], size=9, rule=False)
    open28(R, 2023, date28('Puerto Maldonado', '2023-07-18', 'short'), 'OFICIO N° 0733-2023-REGPOL-MDD/SEC', REQ_B,
           [('Asunto', 'Información estadística'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Tengo el honor de dirigirme a Ud. en atención a su solicitud, referida a las intervenciones por trata de personas '
             'realizadas del 01 de marzo de 2021 al 28 de febrero de 2023. Al respecto, se le informa que el registro estadístico '
             'de este Departamento se implementó en marzo de 2023, por lo que solo puede proporcionarse la siguiente información:'])
    head = [['Mes (2023)', 'Operativos', 'Víctimas rescatadas', 'Detenidos']]
    data = [('Marzo', [3, 11, 2]), ('Abril', [4, 9, 4]), ('Mayo', [2, 6, 1]), ('Junio', [5, 14, 3])]
    wh = ['operativo', 'víctima rescatada', 'detenido']
    grid28(R, head, data, lambda v, j, lab: Cn(v, wh[j], y=2023), style='vdotted', total='Total', widths=(3.6, 2.6, 3.4, 2.6))
    rule_sign(R, 'Coronel PNP Javier Quispe Mendoza', 'Jefe de la Región Policial Madre de Dios', close='Dios guarde a Ud.')


def n049():
    R = new('n049', 'answered', None, ['protection'], PER28,
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° D000318-2023-MIMP-INABIF-DPE', ['Solicitud N° 0342-2023'], '2023-06-28',
            'oficio of INABIF, framed-name letterhead, residents of the residential care centres by centre and year, a total row',
            notes='answered: INABIF (recorded as the MIMP) reports adolescents victims of trafficking received in its specialised residential care centres by centre and year of the period, and those reintegrated with their families.')
    framed_name_header(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Integral Nacional para el Bienestar Familiar – INABIF'],
                       logo=LG('inabif', 'INB', 'circle', (120, 40, 140), 1.5), right=['Dirección de Protección Especial'])
    open28(R, 2023, date28('Lima', '2023-06-28', 'upper'), 'OFICIO N° D000318-2023-MIMP-INABIF-DPE', REQ_B,
           [('Asunto', 'Atención a solicitud de información – víctimas de trata en CAR'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted para remitirle el número de adolescentes víctimas de trata de personas ingresadas a los Centros de '
             'Acogida Residencial (CAR) especializados del INABIF entre marzo de 2021 y febrero de 2023:'])
    head = [['CAR', '2021 (mar.–dic.)', '2022', '2023 (ene.–feb.)']]
    data = [('CAR Especializado “Nuevo Amanecer” – Lima', [17, 22, 3]), ('CAR “Santa Rosa” – Cusco', [9, 13, 2]),
            ('CAR “Amazonía” – Madre de Dios', [12, 15, 1])]
    yrs = [2021, 2022, 2023]
    grid28(R, head, data, lambda v, j, lab: Cn(v, 'residente', y=yrs[j]), style='grid', total='Total', widths=(7.2, 3.0, 2.0, 3.0))
    body(R, ['En el mismo periodo, %s adolescentes egresaron por reintegración familiar.' % Cn(29, 'adolescente')])
    stack_sign(R, 'Lic. Mónica Palacios Ugaz', 'Directora de Protección Especial', 'INABIF', when='28/06/2023 11:40')


def n050():
    R = new('n050', 'missing', 'clarification', ['prevention'], PER28,
            S('Gobierno Regional de Tacna', 'GRT', 'regional_government'),
            'CARTA N° 087-2023-GR/GOB.REG.TACNA-OTAIP', ['Solicitud N° 0342-2023'], '2023-05-09',
            'carta, stripe letterhead, request to specify with the period quoted, no figures',
            notes='missing/clarification: the region asks which prevention actions and which executing units she means (the period March 2021 - February 2023 is quoted); it gives no information. Axes: what was asked, prevention.')
    stripe_header(R, ['GOBIERNO REGIONAL DE TACNA', 'Oficina de Transparencia y Acceso a la Información Pública'], fill='B71C1C', acr='GRT')
    open28(R, 2023, date28('Tacna', '2023-05-09', 'del'), 'CARTA N° 087-2023-GR/GOB.REG.TACNA-OTAIP', REQ_C,
           [('Asunto', 'Solicita precisar pedido'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted con relación a su solicitud de información sobre las “acciones de prevención de la trata de personas '
             'de marzo de 2021 a febrero de 2023”. Para atenderla, sírvase precisar:',
             'a) si se refiere a las acciones de la sede regional o también a las de las unidades ejecutoras (salud, educación, '
             'trabajo); y',
             'b) si requiere documentos (informes, actas) o solo datos estadísticos.',
             'Mientras no se reciba la precisión, el plazo de atención quedará suspendido.'])
    left_sign(R, 'Abog. Ruth Vargas Cutipa', 'Responsable de Acceso a la Información Pública')


def n051():
    R = new('n051', 'out_of_period', None, ['prevention'], PER28,
            S('Universidad Nacional de San Agustín de Arequipa', 'UNSA', 'other'),
            'OFICIO N° 0412-2023-ORI-UNSA', ['Request No. 0342-2023'], '2023-06-01',
            'letter in English of the international relations office, a short table of 2018-2020 only',
            lang='en', font='Calibri',
            notes='out_of_period (in English): the university restates the period (March 2021 to February 2023) but reports only its cooperation project on trafficking prevention, which ran from 2018 to 2020 and ended before the period.')
    R.header(['UNIVERSIDAD NACIONAL DE SAN AGUSTÍN DE AREQUIPA', 'International Relations Office'], align='l', size=9)
    open28(R, 2023, date28(None, '2023-06-01', 'en_ord'), 'OFICIO N° 0412-2023-ORI-UNSA', ['Dr. Carmen Rosa Tello Ríos'],
           [('Re', 'Request No. 0342-2023, period March 2021 to February 2023')], order='english', motto=False)
    body(R, ['Dear Dr. Tello,', 'Thank you for your request. Our office coordinated one cooperation project on the prevention of '
             'trafficking in persons, which ended in December 2020; no activities on this subject were registered afterwards by '
             'this office. The project results were:'], align='l')
    head = [['Year', 'Workshops', 'Students trained', 'Funding (USD)']]
    rows = [[str(y), Cn(a, 'workshop', y=y), Cn(b, 'student', y=y), Mf(c, 'us', 0, cur='USD', y=y, r='a')]
            for y, a, b, c in ((2018, 6, 180, 12000), (2019, 9, 265, 15500), (2020, 4, 110, 8000))]
    tab28(R, head, rows, style='headline', widths=(2.0, 3.0, 3.4, 3.4))
    en_sign28(R, 'Dr. Fernando Zegarra Medina', 'Head, International Relations Office', close='Best regards,')


def n052():
    R = new('n052', 'answered', None, ['prevention', 'protection'], PER28,
            S('Municipalidad Distrital de El Tambo', 'MDT', 'district_municipality'),
            'FORMATO DE RESPUESTA N° 0145-2023-MDT/OTAIP', ['Solicitud N° 0342-2023'], '2023-06-09',
            'a printed answer form with check boxes (information delivered / partial / not held) and a small table',
            notes='answered: the transparency office\'s answer form ticks "se entrega la información" and gives DEMUNA cases and prevention talks by year of the period.')
    R.header(['MUNICIPALIDAD DISTRITAL DE EL TAMBO', 'Oficina de Transparencia y Acceso a la Información Pública'], size=9,
             logo=LG('mdt', 'MDT', 'square', (0, 90, 50), 1.3))
    R.p('FORMATO DE RESPUESTA N° 0145-2023-MDT/OTAIP', bold=True, align='c', size=12, after=6)
    kv(R, [('Solicitante', 'Andrea Salas Chumpitaz'), ('Solicitud', 'Solicitud N° 0342-2023'),
           ('Información pedida', 'Acciones contra la trata de personas, marzo 2021 – febrero 2023'),
           ('Fecha', date28('El Tambo', '2023-06-09', 'slash_word'))], tab=3.8, w2=12.2)
    R.p('Resultado de la atención:', bold=True, after=2)
    checkbox28(R, [(True, 'Se entrega la información solicitada'), (False, 'Se entrega la información en forma parcial'),
                   (False, 'La entidad no posee la información'), (False, 'Se deriva a la entidad competente')])
    R.p('Detalle:', bold=True, after=2, before=6)
    head = [['Acción', '2021 (mar.–dic.)', '2022', '2023 (ene.–feb.)']]
    data = [('Charlas preventivas', [4, 9, 1]), ('Casos DEMUNA', [1, 2, 0])]
    wh = {'Charlas preventivas': 'charla', 'Casos DEMUNA': 'caso'}
    yrs = [2021, 2022, 2023]
    grid28(R, head, data, lambda v, j, lab: Cn(v, wh[lab], y=yrs[j]), style='grid', widths=(5.6, 3.0, 2.2, 3.0))
    R.p('Firma y sello del responsable: ____________________', before=14)
    R.p('Lic. Oswaldo Rojas Cárdenas – Responsable de Acceso a la Información', size=9)


def n053():
    R = new('n053', 'missing', 'off_topic', [], None,
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'PROCESO CAS N° 045-2023-EF/43.03', [], '2023-05-03',
            'call for applications for an administrative service contract, requirements and a schedule, the monthly pay',
            notes='missing/off_topic: a job call (CAS) for an archive assistant; nothing about trafficking in persons. The monthly pay is money with role null; the number of posts is a count.')
    split_line_header(R, ['MINISTERIO DE ECONOMÍA Y FINANZAS'], ['Oficina General de Recursos Humanos'], color='1F4E79')
    R.p('PROCESO CAS N° 045-2023-EF/43.03', bold=True, align='c', size=12, after=2)
    R.p('CONVOCATORIA PARA LA CONTRATACIÓN ADMINISTRATIVA DE SERVICIOS DE UN(A) ASISTENTE DE ARCHIVO', bold=True, align='c', after=8)
    kv(R, [('Puestos', Cwords28(2, 'puesto')), ('Remuneración mensual', Mspc(3500.00)), ('Lugar', 'Jr. Junín 319, Cercado de Lima'),
           ('Publicación', date28(None, '2023-05-03', 'iso'))], tab=4.6, w2=11.4)
    bl(R, ['Bachiller en Archivística, Administración o afines.', 'Experiencia general mínima de tres años.',
           'Conocimiento de gestión documental.'])
    R.p('La inscripción se realiza en el portal institucional.', size=9, before=6)


def n054():
    R = new('n054', 'answered', None, ['prevention', 'governance'], PER28,
            S('Municipalidad Provincial de Chachapoyas', 'MPCH', 'provincial_municipality'),
            'OFICIO N° 0219-2023-MPCH/A', ['Solicitud N° 0342-2023', 'Informe N° 038-2023-MPCH/GDS-SGPS'], '2023-06-19',
            'oficio (page 1) + internal report (page 2) with a ruled table by year and money in millions with a decimal comma',
            notes='answered: the covering letter sends the social office\'s report: provincial working group sessions, the provincial plan and its budget, talks and people reached, by year of the period; the plan budget is "S/ 0,2 millones" (allocated).')
    topbottom_header(R, 'MUNICIPALIDAD PROVINCIAL DE CHACHAPOYAS', 'MPCH', sub=['Alcaldía', 'Jr. Ayacucho 1040 – Chachapoyas'], color=(0x3E, 0x27, 0x23))
    open28(R, 2023, date28('Chachapoyas', '2023-06-19', 'del'), 'OFICIO N° 0219-2023-MPCH/A', REQ_A,
           [('Asunto', 'Remite informe sobre trata de personas'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted para saludarlo y remitirle el Informe N° 038-2023-MPCH/GDS-SGPS, que contiene la información de las '
             'acciones de la Municipalidad Provincial contra la trata de personas entre marzo de 2021 y febrero de 2023.'])
    rule_sign(R, 'Prof. Víctor Culqui Zuta', 'Alcalde Provincial')
    R.pagebreak()
    R.p('INFORME N° 038-2023-MPCH/GDS-SGPS', bold=True, align='c', after=6)
    kv(R, [('A', 'Alcalde Provincial'), ('De', 'Subgerente de Promoción Social'), ('Asunto', 'Acciones contra la trata de personas'),
           ('Fecha', date28('Chachapoyas', '2023-06-15', 'iso'))])
    body(R, ['1. La Mesa Provincial contra la Trata de Personas fue reactivada en junio de 2021 y aprobó el Plan Provincial 2022-2023, '
             'con un presupuesto asignado de %s.' % Mmill28(0.2, y=2022, r='a'),
             '2. Acciones de prevención:'])
    head = [['Año', 'Sesiones de la Mesa', 'Charlas', 'Personas alcanzadas']]
    rows = [['2021', Cn(3, 'sesión', y=2021), Cn(8, 'charla', y=2021), Csp(640, 'persona', y=2021)],
            ['2022', Cn(5, 'sesión', y=2022), Cn(15, 'charla', y=2022), Csp(1210, 'persona', y=2022)],
            ['2023', Cn(1, 'sesión', y=2023), Cn(2, 'charla', y=2023), Csp(95, 'persona', y=2023)]]
    tab28(R, head, rows, style='grid', widths=(2.0, 3.6, 2.4, 3.6))
    body(R, ['Es todo cuanto informo.'])
    R.p('Lic. Sandra Mas Tuesta\nSubgerente de Promoción Social', align='c', before=20, size=10)


def n055():
    R = new('n055', 'out_of_period', None, ['prevention', 'governance'], PER28,
            S('Gobierno Regional de Áncash', None, 'regional_government'),
            'OFICIO N° 0588-2023-GRA/GRDS', ['Solicitud N° 0342-2023'], '2023-07-21',
            'oficio, crest letterhead, the period in the subject only, March–June 2023 figures and a 2024 target',
            notes='out_of_period: the period is quoted only in the subject; the body reports the new regional commission installed in March 2023, its sessions and talks of March-June 2023, and the 2024 budget programmed; nothing of March 2021 - February 2023.')
    crest_caps_header(R, ['Gobierno Regional de Áncash', 'Gerencia Regional de Desarrollo Social'], logo=LG('gra', 'GRA', 'shield', (0, 90, 140), 1.3))
    open28(R, 2023, date28('Huaraz', '2023-07-21', 'a_los'), 'OFICIO N° 0588-2023-GRA/GRDS', REQ_C,
           [('Asunto', 'Trata de personas – marzo 2021 a febrero 2023'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud, para informarle que mediante Ordenanza Regional se instaló en marzo de '
             '2023 la Comisión Regional contra la Trata de Personas de Áncash, que entre marzo y junio de 2023 sesionó %s veces y '
             'organizó %s charlas en Huaraz y Chimbote, con %s asistentes.' % (Cwords28(3, 'sesión', y=2023), Cn(14, 'charla', y=2023), Csp(1150, 'asistente', y=2023)),
             'Para el año 2024 se ha programado %s para el plan regional.' % Mspc(250000.00, y=2024, r='a')])
    dotted_sign(R, 'Abog. Iris Mejía Solís', 'Gerente Regional de Desarrollo Social')


def n056():
    R = new('n056', 'answered', None, ['prevention', 'protection'], None,
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0402-2023-MDA/GDS', ['Expediente N° 23051-2023'], '2023-06-16',
            'carta, plain centred header, no period stated, figures by calendar year in a headline table and a share "0,08"',
            notes='answered: the district gives DEMUNA cases and prevention talks for 2021 and 2022 without restating the requested period (the request registry gives it); the figures fall in the period. A share is written as a fraction.')
    plain_center_header(R, ['MUNICIPALIDAD DISTRITAL DE ATE', 'Gerencia de Desarrollo Social'], logo=LG('mda', 'ATE', 'circle', (200, 80, 0), 1.3))
    open28(R, 2023, date28('Ate', '2023-06-16', 'month_year'), 'CARTA N° 0402-2023-MDA/GDS', REQ_A,
           [('Asunto', 'Información sobre trata de personas'), ('Referencia', 'Expediente N° 23051-2023')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, para remitirle la información de la Gerencia de Desarrollo '
             'Social sobre las acciones realizadas contra la trata de personas:'])
    head = [['Acción', '2021', '2022']]
    rows = [['Charlas en colegios', Cn(21, 'charla', y=2021), Cn(34, 'charla', y=2022)],
            ['Casos atendidos por la DEMUNA', Cn(6, 'caso', y=2021), Cn(9, 'caso', y=2022)],
            ['Casos derivados a la UPE', Cn(5, 'caso derivado', y=2021), Cn(7, 'caso derivado', y=2022)]]
    tab28(R, head, rows, style='headline', widths=(6.6, 2.4, 2.4))
    body(R, ['Los casos de trata representaron una proporción de %s del total de casos de la DEMUNA en 2022.' % Pshare(8.0, y=2022)])
    left_sign(R, 'Lic. Maritza Condori Yupanqui', 'Gerente de Desarrollo Social', initials_='MCY/rtt')


def n057():
    R = new('n057', 'missing', 'no_information', ['prevention'], PER28,
            S('Ministerio de Cultura', None, 'ministry'),
            'OFICIO N° 000281-2023-OTAIP/MC', ['Solicitud N° 2023-0342-MC', 'Memorando N° 000512-2023-DGPI/MC'], '2023-05-19',
            'oficio, split-line letterhead, the period in the body, a cited memorandum, no figures',
            notes='missing/no_information: the culture ministry (indigenous peoples directorate) reports by a cited memorandum that it has no record of prevention actions on trafficking in indigenous communities for the period.')
    split_line_header(R, ['MINISTERIO DE CULTURA'], ['Oficina de Transparencia y Acceso', 'a la Información Pública'], color='8E24AA')
    open28(R, 2023, date28('San Borja', '2023-05-19', 'upper'), 'OFICIO N° 000281-2023-OTAIP/MC', REQ_B,
           [('Asunto', 'Atención de solicitud'), ('Referencia', 'Solicitud N° 2023-0342-MC')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre acciones de prevención de la trata de personas en comunidades '
             'indígenas entre marzo de 2021 y febrero de 2023.',
             'Al respecto, la Dirección General de Pueblos Indígenas, mediante el Memorando N° 000512-2023-DGPI/MC, informa que no '
             'cuenta con registros de acciones sobre dicha materia en el periodo señalado.'])
    ebox_sign(R, 'Abog. Diana Luján Chirinos', 'Responsable de la OTAIP', '19/05/2023 17:36', inst='Ministerio de Cultura')


def n058():
    R = new('n058', 'out_of_period', None, ['prevention'], PER28,
            S('Municipalidad Provincial de Ilo', 'MPI', 'provincial_municipality'),
            'OFICIO N° 0177-2023-GDS-MPI', ['Solicitud N° 0342-2023'], '2023-06-14',
            'oficio, topbottom letterhead, the period in the body, 2019 and 2020 only, money in words alone',
            notes='out_of_period: the province restates the period but can report only the 2019 and 2020 campaigns in the port (its 2021-2023 files were sent to the central archive and are pending retrieval).')
    topbottom_header(R, 'MUNICIPALIDAD PROVINCIAL DE ILO', 'MPI', sub=['Gerencia de Desarrollo Social'], color=(0x00, 0x4D, 0x80))
    open28(R, 2023, date28('Ilo', '2023-06-14', 'dotted'), 'OFICIO N° 0177-2023-GDS-MPI', REQ_A,
           [('Asunto', 'Información solicitada'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las acciones de prevención de la trata de personas de marzo de 2021 '
             'a febrero de 2023. Los expedientes de ese periodo fueron remitidos al Archivo Central y su recuperación está pendiente; '
             'se informa lo registrado en los años anteriores:',
             '• 2019: %s campañas en el puerto y el terminal pesquero, con un gasto de %s.' % (Cn(5, 'campaña', y=2019), Mwords28(4800, y=2019, r='e')),
             '• 2020: %s campañas radiales.' % Cwords28(2, 'campaña', fem=True, y=2020)])
    left_sign(R, 'Lic. Jaime Coaguila Nina', 'Gerente de Desarrollo Social')


def n059():
    R = new('n059', 'missing', 'not_competent_referred', ['prevention'], PER28,
            S('Autoridad de Transporte Urbano para Lima y Callao', 'ATU', 'other'),
            'OFICIO N° 000397-2023-ATU/GG', ['Solicitud N° 0342-2023', 'Oficio N° 000395-2023-ATU/GG', 'Oficio N° 000396-2023-ATU/GG'], '2023-05-23',
            'oficio, stripe letterhead, referral to two bodies by cited oficios, the period in the body',
            notes='missing/not_competent_referred: the urban transport authority says the prevention of trafficking in interprovincial bus terminals is the matter of SUTRAN and the Ministry of the Interior and that it forwarded the request to both by two cited oficios.')
    stripe_header(R, ['AUTORIDAD DE TRANSPORTE URBANO PARA LIMA Y CALLAO', 'Gerencia General'], fill='00838F', acr='ATU')
    open28(R, 2023, date28('Lima', '2023-05-23', 'a_los'), 'OFICIO N° 000397-2023-ATU/GG', REQ_A,
           [('Asunto', 'Traslado de solicitud de información'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las acciones de prevención de la trata de personas en los terminales '
             'terrestres de pasajeros entre marzo de 2021 y febrero de 2023.',
             'Al respecto, la fiscalización de los terminales de transporte interprovincial corresponde a la Superintendencia de '
             'Transporte Terrestre de Personas, Carga y Mercancías (SUTRAN), y las acciones contra la trata al Ministerio del '
             'Interior; por ello, se ha trasladado su solicitud a dichas entidades mediante el Oficio N° 000395-2023-ATU/GG y el '
             'Oficio N° 000396-2023-ATU/GG, respectivamente.'])
    ebox_sign(R, 'Ing. Marco Antonio Tello Ruiz', 'Gerente General', '23/05/2023 10:12', inst='ATU')


def n060():
    R = new('n060', 'answered', None, ['governance', 'prevention', 'protection'], PER28,
            S('Municipalidad Provincial de Huaraz', 'MPHZ', 'provincial_municipality'),
            'OFICIO N° 0361-2023-MPHZ/GDS', ['Solicitud N° 0342-2023'], '2023-07-13',
            'oficio, framed-name letterhead, table with the three years and a total, shares as percents, money in running text',
            notes='answered: provincial network sessions, talks, people reached and DEMUNA cases by year of the period with a total column (no year); the budget executed over the period is in the text without a year.')
    framed_name_header(R, ['MUNICIPALIDAD PROVINCIAL DE HUARAZ', 'Gerencia de Desarrollo Social'], logo=LG('mphz', 'MPH', 'shield', (90, 40, 0), 1.5),
                       right=['Av. Luzuriaga 734', 'Huaraz'])
    open28(R, 2023, date28('Huaraz', '2023-07-13', 'iso'), 'OFICIO N° 0361-2023-MPHZ/GDS', REQ_B,
           [('Asunto', 'Información sobre trata de personas (marzo de 2021 a febrero de 2023)'), ('Referencia', 'Solicitud N° 0342-2023')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para remitirle la información de la Gerencia de Desarrollo '
             'Social:'])
    head = [['Indicador', '2021', '2022', '2023', 'Total']]
    data = [('Sesiones de la Red Provincial', [2, 4, 1]), ('Charlas preventivas', [9, 17, 2]), ('Personas alcanzadas', [730, 1460, 120]),
            ('Casos DEMUNA derivados a la UPE', [1, 3, 0])]
    wh = {'Sesiones de la Red Provincial': 'sesión', 'Charlas preventivas': 'charla', 'Personas alcanzadas': 'persona',
          'Casos DEMUNA derivados a la UPE': 'caso derivado'}
    rows = []
    yrs = [2021, 2022, 2023, None]
    for lab, v in data:
        rows.append([lab] + [Csp(x, wh[lab], y=yrs[j]) for j, x in enumerate(v + [sum(v)])])
    tab28(R, head, rows, style='double', widths=(5.6, 2.0, 2.0, 2.0, 2.2))
    R.p('2021: marzo a diciembre; 2023: enero y febrero.', size=8, italic=True)
    body(R, ['En el periodo se ejecutó un total de %s en estas acciones, que equivale al %s del presupuesto asignado a la meta.' %
             (Mspc(27640.50, r='e'), Psp28(81.4))])
    rule_sign(R, 'Mg. Elva Huerta Jamanca', 'Gerente de Desarrollo Social')
