"""blind-v12 letters n016-n030 (answered n016-n024, out_of_period n025-n030). Written from scratch for this set."""
from common import *
from lib import logo_png


def n016():
    R = new('n016', 'answered', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 0021-2023-GRU-GGR-GRPPAT', [], '2023-01-19',
            'oficio + landscape SIAF annex by específica de gasto under a page title with "(Expresado en soles)", avance column "(%)", total row')
    letter(R, ['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], 2023,
           'Pucallpa, 19 de enero de 2023', 'OFICIO N° 0021-2023-GRU-GGR-GRPPAT',
           ['Señor', 'Víctor Manuel Pizango Shahuano', 'Presente.-'],
           [('ASUNTO', ': Ejecución presupuestal de la meta de prevención de la trata de personas – ejercicio 2022'),
            ('REF.', ': Solicitud de acceso a la información N° 0004-2023 (05.01.2023)')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el cual solicita la ejecución presupuestal del '
             '**año fiscal 2022** de la meta 0034 "Acciones de prevención y atención frente a la trata de personas", a cargo de la '
             'Gerencia Regional de Desarrollo Social.',
             'Al respecto, se remite como Anexo N° 01 el reporte de ejecución extraído del aplicativo SIAF-SP al cierre del ejercicio, '
             'desagregado por específica de gasto.', 'Atentamente,'])
    R.sign('CPC Rosa Amelia Panduro Vásquez', 'Gerente Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial', before=18)
    R.landscape()
    R.p('ANEXO N° 01', bold=True, align='c', after=0)
    R.p('EJECUCIÓN PRESUPUESTAL AL 31/12/2022 – META 0034 – FUENTE: RECURSOS ORDINARIOS', bold=True, align='c', after=0)
    R.p('(Expresado en soles)', italic=True, align='c', after=6)
    data = [('2.3.1 5.1 2', 'Papelería en general, útiles y materiales de oficina', [4500, 6200, 6180, 6180, 6180, 6180]),
            ('2.3.1 99.1 99', 'Otros bienes', [2000, 1350, 1200, 1200, 1190.40, 1190.40]),
            ('2.3.2 1.2 1', 'Pasajes y gastos de transporte', [8000, 9800, 9640, 9640, 9415.50, 9415.50]),
            ('2.3.2 1.2 2', 'Viáticos y asignaciones por comisión de servicio', [12000, 14600, 14320, 14320, 14320, 14100]),
            ('2.3.2 2.4 4', 'Servicio de impresiones, encuadernación y empastado', [6000, 7850, 7850, 7850, 7850, 7850]),
            ('2.3.2 7.11 99', 'Servicios diversos', [22500, 19400, 18760, 18760, 17205.30, 17205.30]),
            ('2.3.2 8.1 1', 'Contrato administrativo de servicios', [36000, 36000, 35990, 35990, 35990, 35990])]
    head = ['Clasificador', 'Específica de gasto', 'PIA', 'PIM', 'Certificado', 'Compromiso anual',
            'Devengado', 'Girado', 'Avance (%)']
    siaf(R, data, 2022, head=head, st='us', unit='page', widths=(2.6, 7.6, 2.2, 2.2, 2.4, 2.4, 2.3, 2.3, 1.8), size=8.5,
         total_label='TOTAL META 0034', pct_suf='', note='Fuente: SIAF-SP, consulta amigable al 31/12/2022.')


def n017():
    R = new('n017', 'answered', None, ['prevention', 'prosecution'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Miraflores', 'MDM', 'district_municipality'),
            'CARTA N° 118-2022-GFSC/MM', ['Memorándum N° 044-2022-SGFA-GFSC/MM'], '2022-02-22',
            'carta, bullets with counts of many nouns, fines with no budget role')
    R.header(['MUNICIPALIDAD DE MIRAFLORES', 'Gerencia de Fiscalización y Seguridad Ciudadana'], align='l',
             logo=(logo_png('mira12', 'MM', 'circle', (0, 90, 140)), 1.3))
    lema(R, 2022)
    R.p('Miraflores, 22 de febrero de 2022', align='r')
    R.p('CARTA N° 118-2022-GFSC/MM', bold=True)
    to(R, ['Señora', 'Daniela Sofía Benavides Ormeño', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública sobre las acciones de control '
             'desarrolladas por la Municipalidad de Miraflores **en el año 2021** frente a la explotación sexual y la trata de personas '
             'en establecimientos del distrito. Según lo reportado por la Subgerencia de Fiscalización Administrativa '
             '(Memorándum N° 044-2022-SGFA-GFSC/MM):'])
    R.bullets(['Se ejecutaron %s operativos conjuntos con la Policía Nacional y la Fiscalía Especializada en Delitos de Trata de '
               'Personas en discotecas, saunas, casas de masajes y hospedajes.' % Cn(27, 'operativo', y=2021),
               'Como resultado, se clausuraron temporalmente %s establecimientos y se impusieron %s papeletas de infracción, por un '
               'monto total de multas de %s.' % (Cn(9, 'establecimiento', y=2021), Cn(41, 'papeleta', y=2021),
                                                  Mf(96300, 'spd', pre='S/ ', y=2021)),
               'Durante las intervenciones, la PNP puso a buen recaudo a %s presuntas víctimas, todas mujeres extranjeras.' % Cn(3, 'víctima', y=2021),
               'Se revocaron %s licencias de funcionamiento.' % C('dos (2)', 2, 'licencia', y=2021),
               'En prevención, la campaña "Miraflores sin trata" distribuyó %s volantes y capacitó a %s trabajadores de '
               'hoteles y hostales.' % (Cn(2300, 'volante', y=2021, st='sp'), Cn(186, 'trabajador', y=2021))])
    R.p('Atentamente,')
    R.sign('Crnl. PNP (r) Álvaro José Dibós León', 'Gerente de Fiscalización y Seguridad Ciudadana')


def n018():
    R = new('n018', 'answered', None, ['protection'], ('2021-07-01', '2021-12-31'),
            S('Ministerio Público - Unidad Distrital de Asistencia a Víctimas y Testigos de Arequipa', 'MP', 'autonomous'),
            'OFICIO N° 031-2022-MP-FN-UDAVIT-AREQUIPA', [], '2022-01-14',
            'oficio, table with horizontal rules only, type of assistance x victims/witnesses, total row; second half of a year')
    R.header(['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Distrito Fiscal de Arequipa',
              'Unidad Distrital de Asistencia a Víctimas y Testigos'], align='c')
    lema(R, 2022)
    R.p('Arequipa, 14 de enero de 2022', align='r')
    R.p('OFICIO N° 031-2022-MP-FN-UDAVIT-AREQUIPA', bold=True)
    to(R, ['Señor', 'Luis Alberto Zeballos Cornejo', 'Presente.'])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a su solicitud de información relativa a las víctimas de trata de '
             'personas asistidas por esta Unidad **en el segundo semestre del año 2021 (julio a diciembre)**, para informarle que, '
             'según nuestros registros, se brindaron las siguientes asistencias:'])
    ctab(R, [['Tipo de asistencia', 'Víctimas de trata', 'Testigos']],
         [('Asistencia legal', [34, 6]), ('Asistencia psicológica', [41, 4]), ('Asistencia social', [29, 2]),
          ('Derivación a servicios de salud', [12, 0]), ('Albergue / hogar de refugio', [8, 0])],
         ['víctima', 'testigo'], year=2021, ruled='hlines', widths=(6.5, 3.0, 3.0), head_shade=None, total='Total asistencias')
    body(R, ['Cabe precisar que una misma persona puede haber recibido más de un tipo de asistencia. En total se asistió a %s víctimas '
             'distintas, de las cuales %s eran adolescentes.' % (Cn(46, 'víctima', y=2021), Cn(19, 'adolescente', y=2021))])
    R.p('Atentamente,')
    R.sign('Psic. Verónica Luz Begazo Salinas', 'Coordinadora de la UDAVIT Arequipa')


def n019():
    R = new('n019', 'answered', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Poder Judicial - Corte Superior de Justicia de Junín', 'CSJJU', 'autonomous'),
            'OFICIO N° 000233-2022-GAD-CSJJU-PJ', ['Memorando N° 000087-2022-CE-UPD-GAD-CSJJU-PJ'], '2022-02-08',
            'oficio, ruled table with the total row first, three count columns')
    letter(R, ['CORTE SUPERIOR DE JUSTICIA DE JUNÍN', 'Gerencia de Administración Distrital'], 2022,
           'Huancayo, 08 de febrero de 2022', 'OFICIO N° 000233-2022-GAD-CSJJU-PJ',
           ['Señor', 'Néstor Abel Huamán Rojas', 'Presente.-'],
           [('ASUNTO', ': Carga procesal por delito de trata de personas 2021'),
            ('REF.', ': Memorando N° 000087-2022-CE-UPD-GAD-CSJJU-PJ')])
    body(R, ['Me dirijo a usted para hacer de su conocimiento la información estadística solicitada respecto de los expedientes por '
             'el delito de trata de personas tramitados en los órganos jurisdiccionales penales de este Distrito Judicial durante el '
             '**periodo enero - diciembre 2021**, remitida por la Coordinación de Estadística con el memorando de la referencia:'])
    ctab(R, [['Órgano jurisdiccional', 'Ingresados', 'Resueltos', 'Pendientes al cierre']],
         [('1° Juzgado de Investigación Preparatoria de Huancayo', [12, 8, 9]),
          ('2° Juzgado de Investigación Preparatoria de Huancayo', [9, 7, 5]),
          ('Juzgado de Investigación Preparatoria de Satipo', [15, 9, 11]),
          ('Juzgado de Investigación Preparatoria de La Merced', [7, 4, 6]),
          ('Juzgado Penal Colegiado de Huancayo', [6, 5, 3])],
         'expediente', year=2021, total='TOTAL CORTE', total_first=True, widths=(8.0, 2.4, 2.4, 2.6), head_shade='FCE4D6')
    R.p('Atentamente,')
    R.sign('Abog. Patricia Noemí Ccente Baldeón', 'Gerente de Administración Distrital')


def n020():
    R = new('n020', 'answered', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Policía Nacional del Perú - Departamento de Investigación Criminal Iquitos', 'DEPINCRI PNP Iquitos', 'police'),
            'OFICIO N° 098-2023-REGPOL LORETO/DIVINCRI-DEPINCRI-IQT', [], '2023-02-03',
            'oficio, ruled table by purpose of exploitation x sex of victims, share-% column, caption with unit "(N° de víctimas)"')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL LORETO', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL',
              'DEPARTAMENTO DE INVESTIGACIÓN CRIMINAL – IQUITOS'], align='l', size=8)
    lema(R, 2023)
    R.p('Iquitos, 03 de febrero de 2023', align='r')
    R.p('OFICIO N° 098-2023-REGPOL LORETO/DIVINCRI-DEPINCRI-IQT', bold=True)
    to(R, ['Señora', 'Sheyla Margot Panaifo Ríos', 'Presente.'])
    body(R, ['Tengo el honor de dirigirme a usted, en atención a su solicitud de información sobre las denuncias por trata de '
             'personas registradas por esta unidad **durante el año 2022**, para informarle que se registraron %s denuncias, en '
             'las cuales se identificó a las víctimas que se detallan:' % Cn(38, 'denuncia', y=2022)])
    R.table([['Finalidad de explotación', 'Mujeres', 'Hombres', 'Total', '% del total']],
            [[lab, Cn(a, 'víctima', y=2022, u='caption'), Cn(b, 'víctima', y=2022, u='caption'), Cn(a + b, 'víctima', y=2022, u='caption'),
              Pf(round((a + b) / 62 * 100, 1), y=2022, u='column')]
             for lab, a, b in [('Explotación sexual', 31, 2), ('Explotación laboral', 9, 14), ('Mendicidad', 3, 2),
                               ('Venta de niños', 1, 0), ('Otras formas', 0, 0)]]
            + [['Total', Cn(44, 'víctima', y=2022, u='caption'), Cn(18, 'víctima', y=2022, u='caption'),
                Cn(62, 'víctima', y=2022, u='caption'), Pf(100.0, y=2022, u='column')]],
            widths=(5.5, 2.3, 2.3, 2.3, 2.5), caption='Víctimas según finalidad de explotación y sexo, 2022 (N° de víctimas)',
            bold_rows=(5,), head_shade='D9E1F2')
    body(R, ['Asimismo, se detuvo a %s presuntos tratantes en flagrancia.' % Cn(17, 'presunto tratante', y=2022),
             'Es cuanto informo a usted.'])
    R.sign('Comandante PNP Iván Darío Chumbe Tuesta', 'Jefe del DEPINCRI Iquitos')


def n021():
    R = new('n021', 'answered', None, ['prevention', 'prosecution'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional La Libertad - Gerencia Regional de Trabajo y Promoción del Empleo', 'GRTPE La Libertad', 'regional_government'),
            'OFICIO N° 000117-2022-GRLL-GGR-GRTPE', [], '2022-02-11',
            'oficio, money with girado and pagado, counts in sentences and a bullet list')
    letter(R, ['GOBIERNO REGIONAL LA LIBERTAD', 'GERENCIA REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO'], 2022,
           'Trujillo, 11 de febrero de 2022', 'OFICIO N° 000117-2022-GRLL-GGR-GRTPE',
           ['Señor', 'Jhonatan Elías Vásquez Alvarado', 'Presente.-'],
           [('ASUNTO', ': Acciones frente al trabajo forzoso y la trata con fines de explotación laboral – 2021')])
    body(R, ['Es grato dirigirme a usted en atención a su solicitud de acceso a la información, referida a las acciones de esta '
             'Gerencia Regional frente a la trata de personas con fines de explotación laboral **en el ejercicio 2021**. Informo:'])
    R.bullets(['La Sub Gerencia de Inspección del Trabajo realizó %s inspecciones en el sector agroexportador de Virú y Chao y %s en '
               'minería artesanal de Pataz, detectándose %s casos de indicios de trabajo forzoso que fueron comunicados a la '
               'Fiscalía.' % (Cn(64, 'inspección', y=2021), Cn(23, 'inspección', y=2021), C('cuatro (4)', 4, 'caso', y=2021)),
               'Se impusieron multas en %s expedientes sancionadores.' % Cn(11, 'expediente', y=2021),
               'Se capacitó a %s empleadores y %s trabajadores agrícolas sobre derechos laborales y señales de captación.'
               % (Cn(152, 'empleador', y=2021), Cn(1094, 'trabajador', y=2021))])
    body(R, ['Para la contratación de inspectores auxiliares de refuerzo en Pataz se pagó %s, y por concepto de movilidad y viáticos '
             'el monto girado ascendió a %s, ambos con cargo al presupuesto 2021 de la Gerencia.'
             % (Mf(18400, 'us', pre='S/ ', y=2021, r='e'), Mf(7235.60, 'us', pre='S/ ', y=2021, r='e')),
             'Atentamente,'])
    R.sign('Abog. Óscar Humberto Paredes Ávalos', 'Gerente Regional de Trabajo y Promoción del Empleo')


def n022():
    R = new('n022', 'answered', None, ['prevention'], ('2021-01-01', '2022-12-31'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'),
            'OFICIO N° 0487-2023-MTC/18.01', ['Informe N° 0112-2023-MTC/18.01'], '2023-02-20',
            'oficio, counts by year in sentences, contract value with no budget role')
    letter(R, ['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Políticas y Regulación en Transporte Multimodal'],
           2023, 'Lima, 20 de febrero de 2023', 'OFICIO N° 0487-2023-MTC/18.01', ['Señor', 'Manuel Ignacio Ruiz Cabrera', 'Presente.-'],
           [('Asunto', ': Acciones del sector transportes para la prevención de la trata de personas'),
            ('Referencia', ': Solicitud de acceso a la información pública (Registro E-104422-2023)')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, por el que solicita información sobre las acciones '
             'desarrolladas por el Ministerio **en los años 2021 y 2022** para prevenir la trata de personas en el transporte '
             'terrestre interprovincial. Conforme al Informe N° 0112-2023-MTC/18.01, se informa:',
             'En 2021 se capacitó a %s conductores y cobradores de %s empresas de transporte interprovincial, mediante '
             'módulos virtuales. En 2022 la capacitación fue presencial en los terminales de Lima, Cusco, Puno y Tumbes, con %s '
             'participantes.' % (Cn(1840, 'conductor', y=2021), Cn(38, 'empresa', y=2021), Cn(2215, 'participante', y=2022)),
             'Asimismo, en 2022 se instalaron paneles informativos sobre la línea 1818 en %s terminales terrestres. El contrato de '
             'diseño y producción de dichos paneles tuvo un valor de %s. Las empresas capacitadas en 2021 representan el %s de las '
             'empresas con autorización vigente.' % (Cn(26, 'terminal', y=2022), Mf(45000, 'us', pre='S/ ', y=2022), Pf(12, 0, suf=' por ciento', y=2021)),
             'Atentamente,'])
    R.sign('Ing. Lorena Beatriz Cáceres Gamarra', 'Directora General')


def n023():
    R = new('n023', 'answered', None, ['protection'], ('2021-01-01', '2022-12-31'),
            S('Registro Nacional de Identificación y Estado Civil', 'RENIEC', 'autonomous'),
            'OFICIO N° 000412-2023/GRI/RENIEC', [], '2023-03-06',
            'oficio, counts and a percent in prose, a null statement for one item')
    letter(R, ['REGISTRO NACIONAL DE IDENTIFICACIÓN Y ESTADO CIVIL', 'Gerencia de Restitución de la Identidad y Apoyo Social'],
           2023, 'Lima, 06 de marzo de 2023', 'OFICIO N° 000412-2023/GRI/RENIEC', ['Señora', 'Pamela Iris Vera Cusi', 'Presente.-'],
           [('ASUNTO', ': Documentación de víctimas de trata de personas, 2021-2022')])
    body(R, ['De mi consideración:',
             'En atención a su solicitud de acceso a la información pública, relativa al trámite de documentos de identidad para '
             'víctimas de trata de personas en los **años 2021 y 2022**, se informa lo siguiente:',
             'a) En el marco del procedimiento de emisión gratuita del DNI para población vulnerable, se atendieron %s trámites a favor '
             'de víctimas de trata derivadas por el Ministerio Público y el MIMP en 2021, y %s en 2022.'
             % (Cn(212, 'trámite', y=2021), Cn(287, 'trámite', y=2022)),
             'b) Del total, el %s correspondió a menores de edad, en su mayoría procedentes de Loreto y Madre de Dios.' % Pf(58.7, dec=1),
             'c) Respecto de las solicitudes de inscripción extemporánea de nacimiento derivadas por las Unidades de Protección Especial, '
             'no se registraron casos en ninguno de los dos años.',
             'Atentamente,'])
    R.sign('Abog. Rodrigo Esteban Morante Guzmán', 'Gerente de Restitución de la Identidad y Apoyo Social')


def n024():
    R = new('n024', 'answered', None, ['governance', 'prevention', 'protection'], ('2022-01-01', '2022-09-30'),
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'),
            'OFICIO N° 412-2022-MPCH/GDH', [], '2022-10-21',
            'oficio, ruled table with caption "(en soles)", programmed vs executed per activity and total; DEMUNA counts in text; January-September period')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CHICLAYO', 'Gerencia de Desarrollo Humano'], align='c')
    lema(R, 2022)
    R.p('Chiclayo, 21 de octubre de 2022', align='r')
    R.p('OFICIO N° 412-2022-MPCH/GDH', bold=True)
    to(R, ['Señora', 'Erika Maribel Santisteban Chapoñán', 'Presente.-'])
    body(R, ['Me es grato dirigirme a usted para atender su solicitud de información sobre las acciones de la Municipalidad Provincial '
             'de Chiclayo contra la trata de personas **de enero a setiembre de 2022**.',
             '1. La Mesa Provincial contra la Trata de Personas fue reactivada por Ordenanza Municipal N° 019-2022-MPCH/A y sesionó '
             '%s veces en el periodo.' % Cn(4, 'sesión', y=2022),
             '2. La DEMUNA atendió %s casos de niñas, niños y adolescentes en situación de riesgo, de los cuales %s fueron derivados a la '
             'Unidad de Protección Especial por indicios de trata.' % (Cn(93, 'caso', y=2022), Cn(7, 'caso', y=2022)),
             '3. El presupuesto de las actividades fue el siguiente:'])
    rows = []
    tp = te = 0
    for lab, a, b in [('Campaña "Chiclayo dice NO a la trata"', 18000, 16420.50), ('Talleres en instituciones educativas', 9500, 8870),
                      ('Fortalecimiento de la DEMUNA', 24000, 17315.80)]:
        rows.append([lab, Mf(a, 'us', y=2022, r='a'), Mf(b, 'us', y=2022, r='e')])
        tp += a; te += b
    rows.append(['Total', Mf(tp, 'us', y=2022, r='a'), Mf(round(te, 2), 'us', y=2022, r='e')])
    R.table([['Actividad', 'Monto programado', 'Monto ejecutado a setiembre']], rows, widths=(7.5, 3.3, 3.6), unit='caption',
            caption='Cuadro 1. Presupuesto de actividades contra la trata, 2022 (en soles)', bold_rows=(3,), head_shade='E2EFDA')
    R.p('Atentamente,')
    R.sign('Lic. Walter Enrique Muro Delgado', 'Gerente de Desarrollo Humano')


def n025():
    R = new('n025', 'out_of_period', None, ['governance', 'prevention'], ('2021-01-01', '2021-06-30'),
            S('Gobierno Regional Amazonas', 'GRA', 'regional_government'),
            'OFICIO N° 264-2021-G.R.AMAZONAS/GRDS', [], '2021-08-17',
            'oficio, restates first half of 2021, then a ruled table of targets and programmed budget for 2022 and 2023 only')
    letter(R, ['GOBIERNO REGIONAL AMAZONAS', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], 2021, 'Chachapoyas, 17 de agosto de 2021',
           'OFICIO N° 264-2021-G.R.AMAZONAS/GRDS', ['Señor', 'Wilder Oyarce Mas', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de información'),
            ('REFERENCIA', ': Solicitud de fecha 02 de agosto de 2021')])
    body(R, ['Tengo el agrado de dirigirme a usted, en relación a su solicitud, en la que requiere información sobre las actividades '
             'y el presupuesto ejecutado en materia de trata de personas **durante el primer semestre del año 2021**.',
             'Al respecto, le informo que esta Gerencia viene formulando el Plan Regional contra la Trata de Personas, cuya '
             'programación para los próximos ejercicios es la siguiente:'])
    rows = []
    for lab, m22, m23, p22 in [('Talleres de prevención en instituciones educativas', 20, 30, 24000),
                               ('Capacitación a operadores de justicia y salud', 4, 6, 15500),
                               ('Campañas comunicacionales en lenguas originarias', 2, 3, 18000)]:
        rows.append([lab, Cn(m22, 'acción', y=2022), Cn(m23, 'acción', y=2023), Mf(p22, 'us', y=2022, r='a')])
    R.table([['Actividad programada', 'Meta física 2022 (N° de acciones)', 'Meta física 2023 (N° de acciones)',
              'Presupuesto programado 2022 (S/)']], rows, widths=(7.0, 2.8, 2.8, 3.2), head_shade='D0CECE')
    body(R, ['Las actividades del primer semestre de 2021 se vieron suspendidas por el estado de emergencia sanitaria.',
             'Atentamente,'])
    R.sign('Lic. Carmen Rosa Tafur Zuta', 'Gerente Regional de Desarrollo Social')


def n026():
    R = new('n026', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de San Martín de Porres', 'MDSMP', 'district_municipality'),
            'CARTA N° 026-2021-GDH/MDSMP', [], '2021-03-03',
            'carta, 2020 requested; unruled table of 2018 and 2019 talks by sector, total row')
    R.header(['MUNICIPALIDAD DISTRITAL DE SAN MARTÍN DE PORRES', 'Gerencia de Desarrollo Humano'], align='c')
    lema(R, 2021)
    R.p('San Martín de Porres, 03 de marzo del 2021', align='r')
    R.p('CARTA N° 026-2021-GDH/MDSMP', bold=True)
    to(R, ['Señor(a)', 'Gianella Ruth Espinoza Caycho', 'Presente.-'])
    body(R, ['Por medio de la presente, en atención a su solicitud de acceso a la información respecto de las charlas de prevención '
             'de la trata de personas realizadas por la municipalidad **en el año 2020**, cumplo con informarle que la Subgerencia de '
             'Educación, Cultura y Deporte remitió los registros disponibles, que corresponden a los años 2018 y 2019:'])
    ctab(R, [['Sector', 'Charlas 2018', 'Charlas 2019']],
         [('Sector Condevilla', [6, 4]), ('Sector Palao', [3, 5]), ('Sector Perú', [4, 2]), ('Sector Santa Rosa', [2, 3]),
          ('Sector Infantas', [5, 6])], 'charla', year=[2018, 2019], ruled='none', widths=(5.5, 3, 3), head_shade=None, total='Total')
    body(R, ['En dichas charlas participaron %s vecinos en 2018 y %s en 2019.' % (Cn(1320, 'vecino', y=2018), Cn(1275, 'vecino', y=2019)),
             'Atentamente,'])
    R.sign('Lic. Orlando Félix Ramírez Chumpitaz', 'Gerente de Desarrollo Humano')


def n027():
    R = new('n027', 'out_of_period', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Tacna', 'GRT', 'regional_government'),
            'OFICIO N° 0089-2023-GGR-GRDS/GOB.REG.TACNA', [], '2023-02-14',
            'oficio, 2018 requested; bullet list of 2021 and 2022 activities and money')
    letter(R, ['GOBIERNO REGIONAL DE TACNA', 'Gerencia Regional de Desarrollo Social'], 2023, 'Tacna, 14 de febrero de 2023',
           'OFICIO N° 0089-2023-GGR-GRDS/GOB.REG.TACNA', ['Señora', 'Liliana Noemí Copaja Mamani', 'Presente.-'],
           [('ASUNTO', ': Atención a solicitud de acceso a la información'),
            ('REF.', ': Solicitud sobre acciones contra la trata de personas del año 2018')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Al respecto, debo precisar que la actual gestión no cuenta '
             'con el acervo documentario del año 2018 en materia de trata de personas; sin embargo, se pone en su conocimiento las '
             'acciones implementadas recientemente:'])
    R.bullets(['Año 2021: instalación de la Comisión Regional Multisectoral contra la Trata de Personas y Tráfico Ilícito de Migrantes, '
               'que sesionó %s veces; %s operadores de frontera capacitados en el Complejo Fronterizo Santa Rosa.'
               % (Cn(3, 'sesión', y=2021), Cn(74, 'operador', y=2021)),
               'Año 2022: aprobación del Plan Regional 2022-2026; %s talleres en colegios de Tacna, Alto de la Alianza y Ciudad Nueva; '
               'presupuesto asignado de %s, con una ejecución de %s.'
               % (Cn(22, 'taller', y=2022), M('cuarenta mil y 00/100 soles (S/ 40,000.00)', 40000.0, y=2022, r='a'), Mf(36912.45, 'us', pre='S/ ', y=2022, r='e'))])
    R.p('Atentamente,')
    R.sign('Mg. Hugo Renán Vizcarra Flores', 'Gerente Regional de Desarrollo Social')


def n028():
    R = new('n028', 'out_of_period', None, ['prosecution'], ('2019-07-01', '2019-12-31'),
            S('Ministerio Público - Fiscalía Provincial Penal Corporativa de Huaraz', 'MP', 'autonomous'),
            'OFICIO N° 0145-2020-MP-FN-FPPC-HUARAZ', [], '2020-01-30',
            'oficio, July-December 2019 requested; ruled monthly table January-June 2019 with total row')
    R.header(['MINISTERIO PÚBLICO', 'Distrito Fiscal de Áncash', 'Primera Fiscalía Provincial Penal Corporativa de Huaraz'], align='c')
    lema(R, 2020)
    R.p('Huaraz, 30 de enero de 2020', align='r')
    R.p('OFICIO N° 0145-2020-MP-FN-FPPC-HUARAZ', bold=True)
    to(R, ['Señor', 'Kevin Josué Minaya Osorio', 'Presente.-'])
    body(R, ['Me dirijo a usted con relación a su solicitud de información estadística de las denuncias por el delito de trata de '
             'personas recibidas por esta Fiscalía **entre julio y diciembre de 2019**. Al respecto, remito lo que obra en el registro '
             'de este despacho:'])
    ctab(R, [['Mes (2019)', 'Denuncias ingresadas', 'Formalizadas', 'Archivadas']],
         [('Enero', [2, 0, 1]), ('Febrero', [1, 1, 0]), ('Marzo', [3, 1, 1]), ('Abril', [0, 0, 0]), ('Mayo', [2, 0, 2]),
          ('Junio', [4, 2, 1])], ['denuncia', 'denuncia', 'denuncia'], year=2019, widths=(3.5, 3.5, 3, 3), total='Total I semestre')
    body(R, ['La información del segundo semestre se encuentra en proceso de consolidación en el Sistema de Gestión Fiscal.',
             'Atentamente,'])
    R.sign('Dr. Fidel Teodoro Valverde Huerta', 'Fiscal Provincial Coordinador')


def n029():
    import openpyxl
    from openpyxl.styles import Font
    R = new('n029', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-04-30'),
            S('Policía Nacional del Perú - Departamento de Investigación Criminal Tarapoto', 'DEPINCRI PNP Tarapoto', 'police'),
            None, [], '2022-09-12',
            'spreadsheet sent alone (XLSX rendered to PDF): title rows restate January-April 2022, monthly table May-August 2022',
            fmt='xlsx')
    ws = R.wb.active
    ws.title = 'Reporte'
    xsetup(ws, landscape=True)
    ws['A1'] = 'POLICÍA NACIONAL DEL PERÚ – REGIÓN POLICIAL SAN MARTÍN – DEPINCRI TARAPOTO'
    ws['A1'].font = Font(bold=True, size=12)
    ws['A2'] = 'ATENCIÓN A SOLICITUD DE ACCESO A LA INFORMACIÓN: casos de trata de personas de enero a abril de 2022'
    ws['A3'] = 'PERIODO DEL REPORTE: MAYO – AGOSTO 2022          Fecha de emisión: 12/09/2022'
    ws['A3'].font = Font(italic=True)
    rows = []
    for m, a, b, c, d in [('Mayo 2022', 3, 2, 4, 1), ('Junio 2022', 5, 3, 7, 2), ('Julio 2022', 2, 1, 2, 0), ('Agosto 2022', 4, 4, 6, 3)]:
        rows.append([m, (a, '0', 'count', {'what': 'denuncia', 'y': 2022}), (b, '0', 'count', {'what': 'operativo', 'y': 2022}),
                     (c, '0', 'count', {'what': 'víctima', 'y': 2022}), (d, '0', 'count', {'what': 'detenido', 'y': 2022})])
    rows.append(['TOTAL', (14, '0', 'count', {'what': 'denuncia', 'y': 2022}), (10, '0', 'count', {'what': 'operativo', 'y': 2022}),
                 (19, '0', 'count', {'what': 'víctima', 'y': 2022}), (6, '0', 'count', {'what': 'detenido', 'y': 2022})])
    xtable(R, ws, 5, [['MES', 'DENUNCIAS', 'OPERATIVOS', 'VÍCTIMAS RESCATADAS', 'DETENIDOS']], rows,
           widths=(22, 16, 16, 24, 16), bold_last=True)
    ws['A12'] = 'Fuente: Libro de denuncias y SIDPOL – DEPINCRI Tarapoto.'
    ws['A13'] = 'Responsable: S3 PNP Rita Flor Sangama Tapullima'


def n030():
    R = new('n030', 'out_of_period', None, ['prevention'], ('2021-01-01', '2022-12-31'),
            S('Comisión de Promoción del Perú para la Exportación y el Turismo', 'PROMPERÚ', 'other'),
            'CARTA N° 0071-2023-PROMPERÚ/GG-OAJ', [], '2023-02-27',
            'carta, 2021-2022 requested; only 2023 targets, with goal amounts and a percent')
    letter(R, ['COMISIÓN DE PROMOCIÓN DEL PERÚ PARA LA EXPORTACIÓN Y EL TURISMO – PROMPERÚ', 'Oficina de Asesoría Jurídica'], 2023,
           'San Isidro, 27 de febrero de 2023', 'CARTA N° 0071-2023-PROMPERÚ/GG-OAJ', ['Señor', 'Sebastián Ayala Briceño', 'Presente.-'],
           [('Asunto', ': Solicitud de información sobre prevención de la ESNNA y trata en el turismo (2021-2022)')])
    body(R, ['Me dirijo a usted en atención a su solicitud de acceso a la información pública, mediante la cual requiere conocer las '
             'acciones de PROMPERÚ vinculadas a la prevención de la trata de personas en el sector turismo **durante los años 2021 y '
             '2022**.',
             'Al respecto, la Subdirección de Promoción del Turismo Interno informa que las acciones sobre esta materia se han incorporado '
             'en el Plan Operativo Institucional 2023, con las siguientes metas:'])
    R.bullets(['Adhesión de %s prestadores de servicios turísticos al Código de Conducta contra la explotación sexual de niñas, niños '
               'y adolescentes;' % Cn(120, 'prestador', y=2023),
               'difusión de mensajes preventivos en %s ferias de turismo interno;' % Cn(8, 'feria', y=2023),
               'presupuesto programado para ambas actividades: %s;' % Mf(210000, 'us', pre='S/ ', y=2023, r='a'),
               'meta de cobertura: el %s de los operadores de turismo registrados en Cusco y Loreto.' % Pf(35, 0, y=2023)])
    body(R, ['Atentamente,'])
    R.sign('Abog. Claudia Renata Seminario Ruiz', 'Jefa de la Oficina de Asesoría Jurídica')
