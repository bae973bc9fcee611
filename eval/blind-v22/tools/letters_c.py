"""blind-v22 letters z031-z045 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import logo_png


PER22 = ('2022-01-01', '2022-12-31')
PER23 = ('2023-01-01', '2023-12-31')


def z031():
    R = new('z031', 'answered', None, ['governance', 'prevention'], PER22,
            S('Universidad Nacional de San Agustín de Arequipa', 'UNSA', 'other'),
            'OFICIO N° 0318-2023-VRI-UNSA', ['Resolución Vicerrectoral N° 0145-2022-VRI-UNSA', 'Solicitud de fecha 6 de marzo de 2023'],
            '2023-03-24',
            'oficio of a public university, logo-right letterhead, date in notarial words, an amount in words alone, counts in '
            'running text',
            notes='Research projects on trafficking funded in 2022 (governance: research and knowledge) and a diploma course that '
                  'trained public servants to prevent trafficking (prevention). "ciento ochenta mil soles" is an amount in words '
                  'alone, allocated by a cited resolution.',
            font='Times New Roman', size=11.5)
    logo_right_header(R, ['UNIVERSIDAD NACIONAL DE SAN AGUSTÍN DE AREQUIPA', 'Vicerrectorado de Investigación'],
                      (logo_png('unsa', 'UNSA', 'shield', (120, 20, 40)), 1.6), color='7A1428')
    open22(R, 2023, date22('Arequipa', '2023-03-24', 'notarial'), 'OFICIO N° 0318-2023-VRI-UNSA',
           ['Señora', 'Gabriela Tejada Bustamante', 'Presente.-'], order='date_left')
    R.p('**Asunto:** Investigación y formación en materia de trata de personas - 2022', after=2)
    R.p('**Referencia:** Solicitud de fecha 6 de marzo de 2023', after=8)
    body(R, [
        'Es grato dirigirme a usted para dar respuesta a la solicitud de la referencia, relativa a la participación de esta '
        'Universidad en la lucha contra la trata de personas durante el año 2022.',
        'En materia de investigación, mediante la Resolución Vicerrectoral N° 0145-2022-VRI-UNSA se aprobó el financiamiento, '
        'con recursos del canon minero, de ' + Czw(3, 'proyecto', y=2022) + ' proyectos de investigación sobre la trata de '
        'personas en los corredores mineros de Caravelí y Condesuyos, con un monto asignado de ' +
        Mwsoles(180000, y=2022, r='a') + '. A diciembre de 2022 se habían publicado ' + Czw(2, 'artículo', y=2022) +
        ' artículos científicos derivados de dichos proyectos.',
        'En materia de formación, la Escuela de Posgrado desarrolló el Diplomado en Prevención de la Trata de Personas y '
        'Atención a Víctimas, en el que se capacitó a ' + C('148', 148, 'servidor', y=2022) + ' servidores públicos de la región, '
        'de los cuales el ' + Pw(61, y=2022) + ' pertenecía a los sectores Educación y Salud.',
        'Asimismo, la Universidad integra la Mesa Regional contra la Trata de Personas de Arequipa, a la que presentó los '
        'resultados preliminares de los proyectos en ' + Czw(2, 'sesión', fem=True, y=2022) + ' sesiones.',
    ])
    R.p('Atentamente,', before=4)
    sig_seal(R, 'Dr. ÁLVARO FERNÁNDEZ DEL CARPIO', 'Vicerrector de Investigación', 'UNSA',
             seal_png('unsa', ['UNSA', 'VICERRECTORADO', 'INVESTIGACIÓN'], color=(120, 20, 40)))
    R.save()


def z032():
    R = new('z032', 'out_of_period', None, ['governance', 'prevention'], PER22,
            S('Gobierno Regional de Lambayeque', 'GORE Lambayeque', 'regional_government'),
            'OFICIO N° 1124-2023-GR.LAMB/GRDS', ['Informe N° 077-2023-GR.LAMB/GRDS-OSI', 'Expediente N° 4471239'], '2023-08-16',
            'oficio, centred letterhead, date with capitalised month, lists with dot leaders under a heading per year',
            notes='Asked for 2022. The licence of the regional information system that holds the 2022 module expired (cited '
                  'report), so the office gives 2019 and 2020 from printed reports: out_of_period. Commission sessions and the '
                  'regional plan are governance; campaigns and talks prevention.',
            font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL LAMBAYEQUE', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'],
             logo=(logo_png('grlamb', 'GRL', 'shield', (160, 100, 10)), 1.4), size=9)
    open22(R, 2023, date22('Chiclayo', '2023-08-16', 'cap'), 'OFICIO N° 1124-2023-GR.LAMB/GRDS',
           ['Señor', 'Jhonatan Chiroque Sánchez', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Información sobre acciones contra la trata de personas - 2022'),
           ('Referencia', ':  Expediente N° 4471239')], tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención al expediente de la referencia, por el cual solicita información sobre las acciones '
        'realizadas por la Comisión Regional contra la Trata de Personas de Lambayeque en el año 2022.',
        'Al respecto, la Oficina de Sistemas e Informática, con Informe N° 077-2023-GR.LAMB/GRDS-OSI, comunica que la licencia '
        'del sistema de seguimiento en el que se registraban las acciones del año 2022 venció y no ha sido renovada, por lo que '
        'no es posible acceder a dicho módulo. Se remite la información que consta en los informes impresos de los años 2019 y '
        '2020:',
    ])
    R.p('Año 2019', bold=True, under=True, after=2)
    leaders(R, [('Sesiones de la Comisión Regional', Cz(6, 'sesión', y=2019)),
                ('Campañas de sensibilización', Cz(11, 'campaña', y=2019)),
                ('Personas sensibilizadas', Cn(4318, 'persona', 'eu', y=2019)),
                ('Charlas en instituciones educativas', C('27', 27, 'charla', y=2019))], pos=15.8)
    R.p('Año 2020', bold=True, under=True, after=2, before=6)
    leaders(R, [('Sesiones de la Comisión Regional (virtuales)', Cz(4, 'sesión', y=2020)),
                ('Campañas de sensibilización', Cz(3, 'campaña', y=2020)),
                ('Personas sensibilizadas', Cn(1205, 'persona', 'eu', y=2020)),
                ('Charlas en instituciones educativas', C('8', 8, 'charla', y=2020))], pos=15.8)
    body(R, ['Una vez restablecido el acceso al sistema, se le remitirá la información del año 2022.'])
    R.p('Atentamente,', before=4)
    sigline(R, 'Lic. SONIA ISABEL CHAPOÑÁN DÍAZ', 'Gerente Regional de Desarrollo Social', align='c')
    R.save()


def z033():
    R = new('z033', 'answered', None, ['prosecution'], ('2021-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Arequipa', 'CSJAR', 'autonomous'),
            'OFICIO N° 000742-2023-P-CSJAR-PJ', ['Solicitud de Acceso N° 0187-2023'], '2023-04-05',
            'oficio in a serif face on page 1 and a landscape annex on page 2: court rows, two-level year header, counts with '
            'a footnote asterisk glued to some cells',
            notes='Criminal proceedings for trafficking in 2021 and 2022 by court. Cells marked "*" (a footnote about proceedings '
                  'received from another district) are counts; the asterisk is not part of the figure.',
            font='DejaVu Serif', size=10.5)
    logo_right_header(R, ['PODER JUDICIAL', 'Corte Superior de Justicia de Arequipa', 'Presidencia'],
                      (logo_png('csjar', 'AR', 'circle', (130, 20, 20)), 1.6), color='821414')
    open22(R, 2023, date22('Arequipa', '2023-04-05', 'month_first'), 'OFICIO N° 000742-2023-P-CSJAR-PJ',
           ['Señor', 'Fernando Ugarte Zúñiga', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Procesos por delito de trata de personas 2021-2022'), ('Referencia', ':  Solicitud de Acceso N° 0187-2023')],
       tab=3.2, w2=12.8)
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, para remitirle en anexo el reporte '
             'elaborado por la Coordinación de Estadística de esta Corte Superior sobre los procesos penales por el delito de trata '
             'de personas tramitados en los años 2021 y 2022 en los órganos jurisdiccionales del Distrito Judicial de Arequipa.',
             'La información ha sido extraída del Sistema Integrado Judicial y no contiene datos personales de las partes.'])
    R.p('Atentamente,', before=4)
    adobe_sign(R, 'Dr. Carlos Alberto Polanco Gutiérrez', 'Presidente', 'Corte Superior de Justicia de Arequipa',
               "2023.04.05 12:10:51 -05'00'")
    R.landscape()
    R.p('ANEXO - Procesos penales por el delito de trata de personas, Distrito Judicial de Arequipa', bold=True, align='c', after=6)
    head = [['Órgano jurisdiccional', '2021', '', '', '', '2022', '', '', ''],
            ['', 'Ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias', 'En trámite al cierre',
             'Ingresados', 'Sentencias condenatorias', 'Sentencias absolutorias', 'En trámite al cierre']]
    merges = [(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 0, 8)]
    names = hnames(head, merges)
    W = ['proceso', 'sentencia', 'sentencia', 'proceso'] * 2
    Y = [2021] * 4 + [2022] * 4
    data = [('Juzgado Penal Colegiado Supraprovincial', [12, 4, 1, 9, 15, 6, 2, 11], {0, 4}),
            ('Juzgado Penal Unipersonal de Camaná', [5, 2, 0, 3, 7, 3, 1, 4], set()),
            ('Juzgado Penal Unipersonal de Caylloma', [4, 1, 1, 2, 6, 2, 0, 4], {4}),
            ('Juzgado Penal Unipersonal de Caravelí', [6, 2, 0, 5, 9, 3, 1, 6], set()),
            ('Juzgado de Investigación Preparatoria de Mariano Melgar', [3, 0, 0, 3, 4, 1, 0, 3], set()),
            ('Sala Penal de Apelaciones', [2, 1, 0, 1, 3, 2, 0, 1], set())]
    rows = []
    tot = [0] * 8
    for lab, v, star in data:
        r = [lab]
        for j, x in enumerate(v):
            r.append(Cstar(x, W[j], y=Y[j]) if j in star else Cn(x, W[j], y=Y[j]))
            tot[j] += x
        rows.append(r)
    rows.append(['Total'] + [Cn(x, W[j], y=Y[j]) for j, x in enumerate(tot)])
    R.table(head, rows, merges=merges, colnames=names, widths=(6.2,) + (2.2,) * 8, size=9, bold_rows=(len(rows) - 1,),
            head_shade='D9E2F3', note='(*) Incluye procesos remitidos por el Distrito Judicial de Puno por razón de competencia '
                                      'territorial. Fuente: Sistema Integrado Judicial - Coordinación de Estadística.')
    R.save()


def z034():
    R = new('z034', 'answered', None, ['governance', 'prevention', 'protection'], PER22,
            S('Gobierno Regional de Cajamarca', 'GRC', 'regional_government'),
            'OFICIO N° 0456-2023-GR.CAJ/GRDS', ['Ordenanza Regional N° 006-2021-GR.CAJ-CR', 'Solicitud N° 0088-2023'], '2023-02-15',
            'oficio, letterhead split between header (logo, name in small capitals) and footer (address), abbreviated month date, '
            'a budget table whose unit (millions of soles) is stated only in a note under it',
            notes='Budget of the regional plan in 2022 by line of action (PIA, PIM, devengado) in millions of soles, the unit given '
                  'only in the note under the table (recorded as caption). Commission and plan are governance, campaigns '
                  'prevention, the regional shelter protection; the total row is the budget of the plan as a whole.',
            font='Arial', size=10.5)
    foot_letterhead(R, 'Gobierno Regional de Cajamarca - Gerencia Regional de Desarrollo Social',
                    'Jr. Santa Teresa de Journet N° 351, Urb. La Alameda - Cajamarca\nwww.regioncajamarca.gob.pe',
                    logo=(logo_png('grcaj', 'GRC', 'shield', (20, 70, 130)), 1.4))
    open22(R, 2023, date22('Cajamarca', '2023-02-15', 'abbr_de'), 'OFICIO N° 0456-2023-GR.CAJ/GRDS',
           ['Señora', 'Cinthya Paola Bazán Chávez', 'Presente.-'], order='to_first')
    kv(R, [('ASUNTO', ':  Presupuesto del Plan Regional contra la Trata de Personas - 2022'),
           ('REFERENCIA', ':  Solicitud N° 0088-2023')], tab=3.0, w2=13.0)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia. El Plan Regional contra la Trata de Personas y el '
        'Tráfico Ilícito de Migrantes de Cajamarca fue aprobado mediante Ordenanza Regional N° 006-2021-GR.CAJ-CR. En el año 2022 '
        'la Comisión Regional sesionó en ' + Cwz(5, 'sesión', fem=True, y=2022) + ' oportunidades.',
        'La programación y ejecución presupuestal del Plan en el año 2022 fue la siguiente:',
    ])
    data = [('Funcionamiento de la Comisión Regional', 0.08, 0.11, 0.09),
            ('Campañas de prevención en provincias', 0.42, 0.65, 0.51),
            ('Centro de Acogida Residencial "Virgen de la Natividad"', 1.25, 1.38, 1.31),
            ('Seguimiento y evaluación del Plan', 0.05, 0.05, 0.02)]
    rows = []
    for lab, a, b, c in data:
        rows.append([lab, Mf(a, 'us', y=2022, r='a', scale=1e6, u='caption'), Mf(b, 'us', y=2022, r='a', scale=1e6, u='caption'),
                     Mf(c, 'us', y=2022, r='e', scale=1e6, u='caption')])
    ta, tb, tc = (round(sum(d[k] for d in data), 2) for k in (1, 2, 3))
    rows.append(['Total', Mf(ta, 'us', y=2022, r='a', scale=1e6, u='caption'), Mf(tb, 'us', y=2022, r='a', scale=1e6, u='caption'),
                 Mf(tc, 'us', y=2022, r='e', scale=1e6, u='caption')])
    R.table([['Línea de acción', 'PIA 2022', 'PIM 2022', 'Devengado 2022']], rows, widths=(8.2, 2.4, 2.4, 2.8), size=10,
            bold_rows=(len(rows) - 1,), head_shade='DDEBF7',
            note='Nota: cifras expresadas en millones de soles. Fuente: Consulta Amigable - MEF.')
    body(R, ['El Centro de Acogida Residencial atendió en el año 2022 a ' + Cup(17, 'residente', y=2022) + ' adolescentes '
             'víctimas de trata.'])
    R.p('Atentamente,', before=4)
    efirma_line(R, 'ECON. MANUEL ANTONIO SILVA MENDOZA', 'Gerente Regional de Desarrollo Social', '15/02/2023 10:55:18',
                system='SGD Gobierno Regional Cajamarca')
    R.save()


def z035():
    R = new('z035', 'answered', None, ['prosecution'], PER22,
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000214-2023-SUNAFIL/INSSI', ['Solicitud N° 2023-00412'], '2023-02-28',
            'oficio, GOB-style header, hyphen date, region rows under a two-level header (forced / child labour), fines with '
            'spaced thousands and a decimal point',
            notes='Labour inspections on forced labour and child labour in 2022 by regional office. Labour inspections are '
                  'prosecution. The fines in the text are "S/ 2 318 450.00" (spaces for thousands, point for decimals); no role.',
            font='Arial', size=10)
    gob_header(R, ['Ministerio\nde Trabajo', 'Superintendencia Nacional\nde Fiscalización Laboral', 'Intendencia Nacional de\nSupervisión del Sistema Inspectivo'])
    open22(R, 2023, date22('Jesús María', '2023-02-28', 'hyphen'), 'OFICIO N° 000214-2023-SUNAFIL/INSSI',
           ['Señor', 'Marco Antonio Lévano Oré', 'Presente.-'], order='date_left')
    kv(R, [('Asunto', ':  Inspecciones en materia de trabajo forzoso y trabajo infantil - 2022'),
           ('Referencia', ':  Solicitud N° 2023-00412')], tab=2.6, w2=13.4)
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, a fin de remitir la información de las órdenes de '
             'inspección concluidas en el año 2022 por las intendencias regionales en materia de trabajo forzoso y trabajo infantil:'])
    head = [['Intendencia Regional', 'Trabajo forzoso', '', 'Trabajo infantil', ''],
            ['', 'Órdenes de inspección', 'Trabajadores afectados', 'Órdenes de inspección', 'Menores identificados']]
    merges = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)]
    names = hnames(head, merges)
    W_ = ['orden de inspección', 'trabajador', 'orden de inspección', 'menor']
    data = [('Lima Metropolitana', [18, 142, 26, 37]), ('Arequipa', [6, 41, 9, 12]), ('Cusco', [7, 58, 12, 19]),
            ('Madre de Dios', [9, 73, 5, 8]), ('Puno', [4, 22, 11, 23]), ('Loreto', [5, 31, 7, 10]), ('Ica', [3, 47, 6, 9])]
    rows = []
    tot = [0] * 4
    for lab, v in data:
        rows.append([lab] + [Cn(x, W_[j], y=2022) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['Total'] + [Cn(x, W_[j], y=2022) for j, x in enumerate(tot)])
    R.table(head, rows, merges=merges, colnames=names, widths=(4.6, 2.8, 2.8, 2.8, 2.8), size=9.5, bold_rows=(len(rows) - 1,),
            head_shade='E2EFDA')
    body(R, ['Como resultado de dichas inspecciones se impusieron multas por un total de ' + Mf(2318450, 'spd', pre='S/ ', y=2022) +
             '. Asimismo, ' + Czw(11, 'caso', y=2022) + ' casos fueron puestos en conocimiento del Ministerio Público por indicios '
             'de delito.'])
    R.p('Atentamente,', before=4)
    efirma_line(R, 'ABOG. VERÓNICA ELIZABETH CASTRO PÉREZ', 'Intendenta Nacional de Supervisión del Sistema Inspectivo',
                '28/02/2023 17:31:12', system='SGD-SUNAFIL')
    R.save()


def z036():
    R = new('z036', 'missing', 'denied_exception', ['prosecution'], PER22,
            S('Instituto de Medicina Legal y Ciencias Forenses', 'IMLCF', 'autonomous'),
            'OFICIO N° 002187-2023-MP-FN-IMLCF-GG', ['Informe Legal N° 0412-2023-MP-FN-IMLCF-OAJ', 'Solicitud N° 5874-2023'],
            '2023-07-19',
            'oficio of the forensic institute of the Public Ministry: logo-left letterhead, date in capitals, the exception quoted, '
            'PDF-style signature lines, no figures',
            notes='Copies of the forensic certificates of trafficking victims examined in 2022 in Lima Norte are denied as health '
                  'data and personal information, and as part of investigations in course (cited legal report): '
                  'denied_exception. Forensic examinations serve the criminal investigation: prosecution.',
            font='Arial', size=11)
    left_header(R, (logo_png('imlcf', 'IML', 'shield', (120, 30, 30)), 1.5),
                ['MINISTERIO PÚBLICO', 'Instituto de Medicina Legal y Ciencias Forenses', 'Gerencia General'])
    open22(R, 2023, date22('Lima', '2023-07-19', 'upper'), 'OFICIO N° 002187-2023-MP-FN-IMLCF-GG',
           ['Señor', 'Rubén Darío Caballero Vela', 'Presente.-'], order='ref_right')
    kv(R, [('ASUNTO', ':  Respuesta a solicitud de acceso a la información'), ('REF.', ':  Solicitud N° 5874-2023')],
       tab=2.2, w2=13.8)
    body(R, [
        'Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere copia de los certificados '
        'médico legales y de las pericias psicológicas practicadas durante el año 2022 a presuntas víctimas de trata de personas '
        'en la División Médico Legal de Lima Norte.',
        'Sobre el particular, conforme a lo opinado por la Oficina de Asesoría Jurídica en el Informe Legal '
        'N° 0412-2023-MP-FN-IMLCF-OAJ, los documentos solicitados contienen datos personales sensibles relativos a la salud de '
        'las personas examinadas, cuya divulgación constituye una invasión de su intimidad personal, por lo que se encuentran '
        'comprendidos en la excepción prevista en el numeral 5 del artículo 17 del Texto Único Ordenado de la Ley N° 27806. '
        'Asimismo, forman parte de investigaciones fiscales en trámite, cuyo contenido tiene carácter reservado.',
        'Por lo expuesto, se deniega su solicitud.',
    ])
    R.p('Atentamente,', before=4)
    adobe_sign(R, 'Dra. Patricia Milagros Luna Ccahuana', 'Gerente General', 'Instituto de Medicina Legal y Ciencias Forenses',
               "2023.07.19 11:48:06 -05'00'")
    R.save()


def z037():
    R = new('z037', 'missing', 'no_reply', ['governance', 'prevention'], PER22,
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0512-2023-DP/OD-ANCASH', ['Oficio N° 0431-2023-DP/OD-ANCASH', 'Queja N° 0087-2023', 'solicitud de acceso a la información del 2 de junio de 2023'], '2023-09-05',
            'oficio of an Ombudsman office, split letterhead, abbreviated month date, the office\'s own intervention '
            'cited, no figures',
            notes='The Áncash office of the Ombudsman tells the requester that, despite its intervention (cited oficio), the '
                  'provincial municipality of Huaraz has still not answered her request on the provincial committee and 2022 '
                  'campaigns: no_reply.',
            font='Arial', size=11)
    split_header(R, ['DEFENSORÍA DEL PUEBLO', 'República del Perú'], 'OD Áncash\nOficina Defensorial de Áncash')
    open22(R, 2023, date22('Huaraz', '2023-09-05', 'abbr_de'), 'OFICIO N° 0512-2023-DP/OD-ANCASH',
           ['Señora', 'Nelly Huerta Villanueva', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Comunica estado de su queja'), ('Referencia', ':  Queja N° 0087-2023')], tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en relación con la queja de la referencia, presentada porque la Municipalidad Provincial de Huaraz '
        'no respondió su solicitud de acceso a la información del 2 de junio de 2023, referida a las sesiones de la Instancia '
        'Provincial de Concertación y a las campañas de prevención de la trata de personas realizadas en el año 2022.',
        'Al respecto, le informamos que mediante el Oficio N° 0431-2023-DP/OD-ANCASH esta Oficina recomendó al alcalde provincial '
        'atender su pedido. Sin embargo, vencido el plazo otorgado, la entidad no ha remitido la información ni ha comunicado '
        'a esta Oficina las razones de su omisión.',
        'Le recordamos que puede interponer recurso de apelación ante el Tribunal de Transparencia y Acceso a la Información '
        'Pública. Esta Oficina continuará el seguimiento del caso.',
    ])
    R.p('Atentamente,', before=4)
    signoff(R, 'Abog. LUIS ENRIQUE OBREGÓN MAGUIÑA', 'Jefe de la Oficina Defensorial de Áncash')
    R.save()


def z038():
    R = new('z038', 'out_of_period', None, ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'),
            'OFICIO N° 0745-2023-GDS/MDC', ['Memorando N° 0118-2023-SGDEMUNA/MDC', 'Solicitud N° 3341-2023'], '2023-10-03',
            'oficio, acronym letterhead, month-first date, indicator table for two later years with footnote asterisks',
            notes='Asked for 2020. The DEMUNA files before 2021 were transferred to the central archive and are not indexed (cited '
                  'memorandum), so the office gives 2022 and 2023: out_of_period (later years). Cells with "*" are counts.',
            font='Arial', size=10.5)
    acronym_header(R, 'COMAS', ['Municipalidad Distrital de Comas', 'Gerencia de Desarrollo Social', 'Subgerencia de DEMUNA'],
                   color=(180, 30, 30), acr_size=20)
    open22(R, 2023, date22('Comas', '2023-10-03', 'month_first'), 'OFICIO N° 0745-2023-GDS/MDC',
           ['Señor', 'Álvaro Ñique Carhuapoma', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Respuesta a solicitud de información'), ('Referencia', ':  Solicitud N° 3341-2023')], tab=2.6, w2=13.4)
    body(R, [
        'Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia, relativa a los casos de trata de '
        'personas atendidos y a las acciones de prevención realizadas en el año 2020.',
        'La Subgerencia de DEMUNA, con Memorando N° 0118-2023-SGDEMUNA/MDC, informa que los expedientes anteriores al año 2021 '
        'fueron transferidos al Archivo Central y aún no han sido inventariados, por lo que no es posible ubicar la información '
        'del año 2020. Se remite la información disponible de los años 2022 y 2023:',
    ])
    rows = [['Casos de presunta trata atendidos', Cstar(6, 'caso', y=2022), Cstar(9, 'caso', y=2023)],
            ['Casos derivados a la UPE', Cn(2, 'caso', y=2022), Cn(4, 'caso', y=2023)],
            ['Charlas de prevención', Cn(15, 'charla', y=2022), Cn(22, 'charla', y=2023)],
            ['Asistentes a las charlas', Cn(640, 'asistente', y=2022), Cn(915, 'asistente', y=2023)]]
    R.table([['Indicador', '2022', '2023']], rows, widths=(8.6, 2.6, 2.6), size=10, head_shade='F8CBAD',
            note='* Incluye casos derivados por el Centro Emergencia Mujer Comas.')
    R.p('Atentamente,', before=4)
    vb_sign(R, 'Lic. FLOR DE MARÍA ESPINOZA RAMOS', 'Gerente de Desarrollo Social', vbs=('Subgerencia DEMUNA',), before=20)
    R.save()


def z039():
    R = new('z039', 'missing', 'not_competent', ['prosecution'], PER22,
            S('Autoridad Portuaria Nacional', 'APN', 'other'),
            'OFICIO N° 0219-2023-APN-GG', ['Solicitud N° 0147-2023'], '2023-03-14',
            'oficio, address letterhead, two-digit-year date, functions stated, no referral, no figures',
            notes='The port authority says control and detection operations against trafficking are not among its functions; it '
                  'names no body and forwards nothing: not_competent.',
            font='Arial', size=11)
    address_header(R, ['AUTORIDAD PORTUARIA NACIONAL', 'Gerencia General'],
                   ['Av. Santa Rosa N° 135, La Perla', 'Callao', 'Central (01) 630-9600'])
    open22(R, 2023, date22('Callao', '2023-03-14', 'yy'), 'OFICIO N° 0219-2023-APN-GG',
           ['Señora', 'Silvia Huamaní Rojas', 'Presente.-'], order='to_first')
    kv(R, [('Asunto', ':  Atención a solicitud de información'), ('Referencia', ':  Solicitud N° 0147-2023')], tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere información sobre los '
        'operativos de control y la detección de casos de trata de personas realizados en los terminales portuarios durante el '
        'año 2022.',
        'Al respecto, debo señalar que, de acuerdo con la Ley del Sistema Portuario Nacional, las funciones de esta Autoridad se '
        'circunscriben al desarrollo, la promoción y la regulación técnico-normativa de la actividad portuaria; no le corresponde '
        'realizar operativos de control migratorio o policial ni llevar registros de casos de trata de personas. En consecuencia, '
        'esta entidad no es competente para atender lo solicitado.',
    ])
    R.p('Atentamente,', before=4)
    sigline(R, 'Ing. RICARDO ANTONIO MALPARTIDA LEÓN', 'Gerente General', align='c')
    R.save()


def z040():
    R = new('z040', 'missing', 'not_competent_referred', ['protection'], PER23,
            S('Municipalidad Distrital de Villa María del Triunfo', 'MVMT', 'district_municipality'),
            'OFICIO N° 0318-2023-SGDEMUNA-GDS/MVMT',
            ['Oficio N° 0316-2023-SGDEMUNA-GDS/MVMT', 'Oficio N° 0317-2023-SGDEMUNA-GDS/MVMT', 'Expediente N° 21458-2023'], '2023-11-29',
            'oficio, flag-strip letterhead, hyphen date, two forwarding oficios cited, no figures',
            notes='The DEMUNA says trafficking cases in 2023 are attended by the women\'s emergency centre and the police, and that '
                  'it forwarded the request to both by two cited oficios: not_competent_referred.',
            font='Arial', size=11)
    flag_header(R, ['MUNICIPALIDAD DISTRITAL DE VILLA MARÍA DEL TRIUNFO', 'Gerencia de Desarrollo Social - Subgerencia de DEMUNA'])
    open22(R, 2023, date22('Villa María del Triunfo', '2023-11-29', 'hyphen'), 'OFICIO N° 0318-2023-SGDEMUNA-GDS/MVMT',
           ['Señora', 'Diana Carolina Poma Arce', 'Presente.-'], order='date_left')
    kv(R, [('Asunto', ':  Derivación de solicitud'), ('Referencia', ':  Expediente N° 21458-2023')], tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita el número de víctimas de trata '
        'de personas atendidas en el distrito durante el año 2023 y el tipo de atención recibida.',
        'Sobre el particular, le informo que la atención de víctimas de trata de personas corresponde al Centro Emergencia Mujer '
        'de Villa María del Triunfo, del Ministerio de la Mujer y Poblaciones Vulnerables, y a la Comisaría PNP del sector, que '
        'registran dichos casos. Por ello, su solicitud ha sido derivada a ambas entidades mediante el Oficio '
        'N° 0316-2023-SGDEMUNA-GDS/MVMT y el Oficio N° 0317-2023-SGDEMUNA-GDS/MVMT, respectivamente.',
    ])
    R.p('Atentamente,', before=4)
    sigline(R, 'Abog. JESSICA PAOLA ARANDA CUEVA', 'Subgerente de DEMUNA', align='c')
    R.save()


def z041():
    R = new('z041', 'answered', None, ['protection', 'prosecution'], PER22,
            S('Organización Internacional para las Migraciones', 'OIM', 'foreign'),
            'IOM-PE/2023/0187', ['your letter dated 14 February 2023'], '2023-03-09',
            'letter in English, acronym letterhead, ordinal date, unruled assistance table with the currency code in every amount cell, '
            'millions in words in the text',
            lang='en',
            notes='IOM Peru reports 2022 assistance to victims (protection) and training of police officers and prosecutors in '
                  'identification and investigation (prosecution). Amount cells print "USD" (unit in the cell); the programme '
                  'budget is "US$ 1.2 million" (allocated).',
            font='Calibri', size=11)
    acronym_header(R, 'IOM', ['International Organization for Migration', 'Mission in Peru', 'Counter-Trafficking Unit'],
                   color=(0, 60, 130))
    R.p(date22('Lima', '2023-03-09', 'en_ord'), align='r', after=2)
    R.p('IOM-PE/2023/0187', bold=True, align='r', after=8)
    to(R, ['Mr. Sebastián Loayza Trigoso', 'Lima'])
    R.p('Dear Mr. Loayza,', after=6)
    body(R, [
        'With reference to your letter dated 14 February 2023, we are pleased to share the information on the assistance provided '
        'by IOM Peru to victims of trafficking in persons during 2022.',
        'In 2022, IOM assisted ' + C('312', 312, 'victim', y=2022) + ' victims of trafficking, of whom ' + C('87', 87, 'victim', y=2022) +
        ' were foreign nationals. The counter-trafficking programme had a budget of ' + Mmillion(1.2, y=2022, r='a') +
        ' for the year. The assistance provided was as follows:',
    ])
    data = [('Temporary shelter', 46, 58400), ('Medical and psychological care', 118, 96250.5), ('Legal counselling', 74, 31800),
            ('Assisted voluntary return', 29, 48250), ('Reintegration grants', 45, 67500)]
    rows = [[lab, Cn(n, 'person', y=2022), Mcode(m, 'USD', y=2022, r='e', u='cell')] for lab, n, m in data]
    R.table([['Type of assistance', 'Persons assisted', 'Amount spent']], rows, widths=(7.0, 3.5, 4.0), size=10, ruled='none')
    body(R, ['In addition, IOM trained ' + C('240', 240, 'officer', y=2022) + ' police officers and prosecutors on victim '
             'identification and the investigation of trafficking cases, in coordination with the Public Ministry.',
             'We remain at your disposal for any further information.'])
    R.p('Kind regards,', before=4)
    signoff(R, 'Andrea Villanueva Costa', 'Programme Coordinator', 'IOM Peru', align='l', before=22)
    R.save()


def z042():
    R = new('z042', 'missing', 'acknowledgment', ['governance'], PER22,
            S('Gobierno Regional de Áncash', 'GRA', 'regional_government'),
            'CONSTANCIA DE RECEPCIÓN N° 004587-2023-GRA/UTD', [], '2023-03-14',
            'printed receipt of the document office: a ruled field table (registry, date and time, sender, subject, folios, '
            'destination), a note, no signature',
            notes='A receipt of the regional government\'s document office registering the request (budget of the PNAT actions in '
                  '2022) and naming the office it goes to: acknowledgment. The folio count is not a figure. The letter date is the '
                  'receipt date.',
            font='Arial', size=10)
    R.header(['GOBIERNO REGIONAL DE ÁNCASH', 'Unidad de Trámite Documentario y Archivo'], size=9)
    R.p('CONSTANCIA DE RECEPCIÓN N° 004587-2023-GRA/UTD', bold=True, align='c', size=12, after=10)
    fields = [('Fecha y hora de recepción', '14.03.2023 - 10:42 h'), ('Tipo de documento', 'Solicitud de acceso a la información pública'),
              ('Remitente', 'EDGAR HUERTA CASTILLO'),
              ('Asunto', 'Presupuesto asignado y ejecutado en las acciones del Plan Nacional contra la Trata de Personas - año 2022'),
              ('Folios', '03'), ('Destino', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'),
              ('Estado', 'RECIBIDO - EN TRÁMITE')]
    from docx.shared import Cm, Pt
    t = R.doc.add_table(rows=len(fields), cols=2)
    t.style = 'Table Grid'
    t.autofit = False
    from lib import shade
    for i, (k, v) in enumerate(fields):
        a, b = t.rows[i].cells
        a.width = Cm(5.0); b.width = Cm(11.0)
        shade(a, 'EDEDED')
        ra = a.paragraphs[0].add_run(k); ra.bold = True; ra.font.size = Pt(9.5)
        rb = b.paragraphs[0].add_run(v); rb.font.size = Pt(9.5)
    R.p('', after=6)
    body(R, ['La presente constancia acredita la recepción de su documento. El plazo de atención se computa desde el día hábil '
             'siguiente a la fecha de recepción. Puede consultar el estado de su trámite en la página web institucional con el '
             'número de constancia.'], size=9)
    R.p('Usuario: mcoral  |  Terminal: UTD-03', size=8, align='r')
    R.save()


def z043():
    R = new('z043', 'missing', 'denied_exception', ['prosecution'], PER23,
            S('División de Investigación Criminal de Arequipa', 'DIVINCRI Arequipa', 'police'),
            'OFICIO N° 1287-2023-REGPOL-AQP/DIVINCRI-SEC', ['Solicitud S/N del 2 de octubre de 2023'], '2023-10-16',
            'police oficio in a condensed face, centred letterhead with logo, date with capitalised month, exceptions cited, '
            'no figures',
            notes='Copies of police reports of trafficking investigations of 2023 are denied as information of investigations in '
                  'course and of police intelligence (exceptions of the transparency law): denied_exception.',
            font='DejaVu Sans Condensed', size=10.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL AREQUIPA', 'DIVISIÓN DE INVESTIGACIÓN CRIMINAL'],
             logo=(logo_png('pnp2', 'PNP', 'shield', (20, 80, 40)), 1.3), size=9)
    open22(R, 2023, date22('Arequipa', '2023-10-16', 'cap'), 'OFICIO N° 1287-2023-REGPOL-AQP/DIVINCRI-SEC',
           ['Señor', 'Julio Mendoza Pinto', 'Presente.-'], order='date_left')
    kv(R, [('ASUNTO', ':  Da respuesta a solicitud.'), ('REF.', ':  Solicitud S/N del 2 de octubre de 2023.')], tab=2.2, w2=13.8)
    body(R, [
        'Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, mediante el cual solicita copia de los '
        'informes policiales formulados por esta División durante el año 2023 en investigaciones por el delito de trata de '
        'personas.',
        'Al respecto, se le comunica que los informes policiales solicitados forman parte de investigaciones fiscales en trámite '
        'y contienen información de inteligencia y datos de identificación de víctimas y testigos, por lo que su entrega se '
        'encuentra restringida conforme a los artículos 15, 16 y 17 del Texto Único Ordenado de la Ley N° 27806. En consecuencia, '
        'no es posible atender su pedido.',
        'Es todo cuanto se informa a Ud.',
    ])
    R.p('Dios guarde a Ud.', before=4)
    sigline(R, 'OA-294417', 'HÉCTOR MANUEL ZEGARRA TICONA\nCORONEL PNP\nJEFE DE LA DIVINCRI AREQUIPA', align='c')
    R.save()


def z044():
    R = new('z044', 'answered', None, ['prosecution'], PER23,
            S('Región Policial Madre de Dios', 'REGPOL Madre de Dios', 'police'),
            'OFICIO N° 412-2023-REGPOL-MDD/SEC-UNIPLEDU', ['Solicitud de Acceso a la Información N° 0078-2023'], '2023-12-27',
            'police oficio in a serif face, centred letterhead, date in capitals, hierarchically numbered rows (1., 1.1 ...) '
            'with bold subtotal rows, provinces as columns',
            notes='Operations, rescued victims and arrests in 2023 by province. Subtotal rows ("1.", "2.", "3.") and their sub-rows '
                  'are all figures, each with its own printed row label. Rescues during operations and arrests are prosecution.',
            font='Times New Roman', size=11)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'Unidad de Planeamiento y Educación'],
             logo=(logo_png('pnp3', 'PNP', 'shield', (20, 80, 40)), 1.3), size=9)
    open22(R, 2023, date22('Puerto Maldonado', '2023-12-27', 'upper'), 'OFICIO N° 412-2023-REGPOL-MDD/SEC-UNIPLEDU',
           ['Señora', 'Mónica Arévalo Ríos', 'Presente.-'], order='ref_right')
    kv(R, [('ASUNTO', ':  Remite información estadística - año 2023'),
           ('REF.', ':  Solicitud de Acceso a la Información N° 0078-2023')], tab=2.2, w2=13.8)
    body(R, ['Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para remitir la información '
             'estadística de las acciones contra la trata de personas ejecutadas por las unidades de esta Región Policial '
             'durante el año 2023. En total se ejecutaron ' + Cup(39, 'operativo', y=2023) + ' operativos, según el detalle:'])
    spec = [('1. Operativos realizados', 'operativo', None), ('1.1 En bares y centros nocturnos', 'operativo', (9, 3, 2)),
            ('1.2 En campamentos mineros', 'operativo', (11, 4, 2)), ('1.3 En terminales y vías de transporte', 'operativo', (6, 1, 1)),
            ('2. Presuntas víctimas rescatadas', 'víctima', None), ('2.1 Mayores de edad', 'víctima', (34, 8, 5)),
            ('2.2 Menores de edad', 'víctima', (19, 6, 2)),
            ('3. Personas detenidas', 'detenido', None), ('3.1 De nacionalidad peruana', 'detenido', (14, 3, 2)),
            ('3.2 De nacionalidad extranjera', 'detenido', (3, 0, 1))]
    rows, bold, indent = [], [], []
    i = 0
    while i < len(spec):
        lab, what, _ = spec[i]
        subs = []
        j = i + 1
        while j < len(spec) and spec[j][2] is not None:
            subs.append(spec[j]); j += 1
        tot = [sum(s[2][k] for s in subs) for k in range(3)]
        bold.append(len(rows))
        rows.append([lab] + [Cn(x, what, y=2023) for x in tot] + [Cn(sum(tot), what, y=2023)])
        for sl, sw, sv in subs:
            indent.append(len(rows))
            rows.append([sl] + [Cn(x, sw, y=2023) for x in sv] + [Cn(sum(sv), sw, y=2023)])
        i = j
    R.table([['Acción', 'Tambopata', 'Manu', 'Tahuamanu', 'Total 2023']], rows, widths=(6.6, 2.4, 2.2, 2.4, 2.4), size=10,
            bold_rows=tuple(bold), indent_rows=tuple(indent), indent_cm=0.5, head_shade='D9D9D9')
    R.p('Es todo cuanto informo a Ud.', before=4)
    R.p('Dios guarde a Ud.', after=4)
    sigline(R, 'OA-301265', 'WILFREDO CHOQUEHUANCA PARI\nCORONEL PNP\nJEFE DE LA REGPOL MADRE DE DIOS', align='c')
    R.save()


def z045():
    R = new('z045', 'missing', 'acknowledgment', [], None,
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            None, ['2023-0158742'], '2023-10-02',
            'printed web page of the virtual front desk: browser date line at the top, confirmation box with the registry '
            'number, address line at the bottom, no own number, no signature',
            notes='The confirmation page of the health ministry\'s virtual front desk: the request was registered with a file '
                  'number. Acknowledgment. The page names no period and no subject beyond "acceso a la información"; no axis. The '
                  'file number is not the document\'s own number (reference null); it is kept as a cited registry entry.',
            font='Arial', size=10)
    R.header(['2/10/23, 19:48                                    Mesa de Partes Digital - MINSA'], size=7.5, rule=False, bold_first=False,
             align='l')
    R.footer('https://mesadepartes.minsa.gob.pe/registro/confirmacion?exp=2023-0158742                                        1/1',
             size=7.5, align='l')
    R.p('MINISTERIO DE SALUD', bold=True, size=14, color=(0, 90, 160), after=0)
    R.p('Mesa de Partes Digital', size=11, color=(90, 90, 90), after=12)
    p = R.p('✔  Su documento ha sido registrado correctamente', bold=True, size=12, color=(0, 120, 60), after=8)
    rows = [('N° de expediente', '2023-0158742'), ('Fecha de registro', '02/10/2023 19:47:12'),
            ('Tipo de trámite', 'Solicitud de acceso a la información pública (Ley N° 27806)'),
            ('Asunto', 'Solicitud de acceso a la información pública'),
            ('Dependencia de destino', 'Oficina de Transparencia y Anticorrupción'), ('Estado', 'Registrado')]
    kv(R, rows, tab=4.4, w2=11.6)
    body(R, ['Conserve el número de expediente para el seguimiento de su trámite. Los documentos presentados después de las '
             '17:00 horas, o en días inhábiles, se consideran recibidos el día hábil siguiente.',
             'Se ha enviado una copia de esta constancia al correo electrónico registrado.'], size=9.5)
    R.save()
