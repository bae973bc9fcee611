"""blind-v24 letters a031-a045 (written from scratch for this set from the labeling guide)."""
from common import *
from common import _pborder
from lib import M, C, P, logo_png, shade

Y24 = ('2024-01-01', '2024-12-31')
Y23 = ('2023-01-01', '2023-12-31')


def a031():
    R = new('a031', 'out_of_period', None, ['prevention', 'protection'], Y24,
            S('Municipalidad Distrital de Cerro Colorado', 'MDCC', 'district_municipality'),
            'OFICIO N° 027-2025-MDCC/GDS', ['Expediente N° 2025-1187', 'Ordenanza Municipal N° 611-MDCC'], '2025-04-14',
            'oficio with a grid opening; months as rows (January-March 2025) and two count columns',
            notes='The municipal office for children and vulnerable people was created by a cited 2025 ordinance and reports only its '
                  'own work of January-March 2025 for a 2024 request (out of period).', font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD DISTRITAL DE CERRO COLORADO', 'Gerencia de Desarrollo Social'], align='c', size=9,
             logo=(logo_png('mdcc', 'MCC', 'shield', (0, 80, 160)), 1.2))
    open24(R, 2025, date24('Cerro Colorado', '2025-04-14', 'roman'), 'OFICIO N° 027-2025-MDCC/GDS', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Respuesta sobre acciones contra la trata de personas'),
                                            ('Referencia', 'Expediente N° 2025-1187')])
    body(R, ['Me dirijo a usted para atender su pedido sobre las acciones de prevención y atención frente a la trata de personas '
             'realizadas en el año 2024.',
             'Al respecto, la Subgerencia de Protección de Poblaciones Vulnerables fue creada mediante la Ordenanza Municipal N° '
             '611-MDCC e inició funciones en enero de 2025; su registro comprende únicamente las acciones realizadas desde esa fecha:'])
    rows = []
    for m_, a, b in (('Enero 2025', 2, 1), ('Febrero 2025', 4, 3), ('Marzo 2025', 5, 2)):
        rows.append([m_, Cn(a, 'charla', y=2025), Cn(b, 'caso', y=2025)])
    rows.append(['Total', Cn(11, 'charla', y=2025), Cn(6, 'caso', y=2025)])
    R.table([['Mes', 'Charlas preventivas', 'Casos derivados al CEM']], rows, widths=(5.0, 4.0, 4.4), size=10, bold_rows=(3,))
    body(R, ['Atentamente,'])
    box_sign(R, 'Lic. Zaida Cornejo Begazo', 'Gerente de Desarrollo Social')


def a032():
    R = new('a032', 'answered', None, ['governance', 'prevention', 'protection'], Y24,
            S('Gobierno Regional de Tacna', 'GORE Tacna', 'regional_government'),
            'OFICIO N° 0166-2025-GGR/GOB.REG.TACNA', ['Solicitud de Acceso N° 0201-2025', 'Informe N° 039-2025-GRDS/GOB.REG.TACNA'],
            '2025-03-07',
            'oficio with a tab header; budget table whose caption says "(en millones de soles)" with decimal commas; counts in prose',
            notes='The caption states the amounts in millions of soles ("0,42" is 420 000). Regional commission sessions, '
                  'prevention campaigns on the border and victims sheltered in 2024.', font='Calibri', size=11)
    tab_header(R, ['GOBIERNO REGIONAL DE TACNA', 'Gerencia General Regional'], 'Gerencia Regional de\nDesarrollo Social',
               fill='4A2C6B', logo=(logo_png('gtacna', 'GRT', 'shield', (74, 44, 107)), 1.3))
    open24(R, 2025, date24('Tacna', '2025-03-07', 'month_first'), 'OFICIO N° 0166-2025-GGR/GOB.REG.TACNA', order='right_block',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Acciones y presupuesto 2024 contra la trata'),
                                                                     ('Referencia:', 'Solicitud de Acceso N° 0201-2025')])
    body(R, ['Me dirijo a usted para remitir la información contenida en el Informe N° 039-2025-GRDS/GOB.REG.TACNA, respecto del año '
             '2024. La Comisión Regional contra la Trata de Personas sesionó en %s oportunidades; se realizaron %s campañas de '
             'prevención en el Complejo Fronterizo Santa Rosa y en el terminal terrestre, y el hogar de refugio temporal acogió a '
             '%s víctimas.' % (Cwd(5, 'sesión', y=2024), Cn(14, 'campaña', y=2024), Cn(23, 'víctima', y=2024))])
    items = [('Comisión Regional y sistema de seguimiento', 0.12, 0.15, 0.14), ('Prevención en zona de frontera', 0.42, 0.58, 0.55),
             ('Hogar de refugio temporal', 0.96, 1.07, 1.02), ('Capacitación a operadores', 0.08, 0.11, 0.09)]
    rows = [[a, Mf(p, 'eu', 2, scale=1e6, y=2024, r='a'), Mf(m, 'eu', 2, scale=1e6, y=2024, r='a'), Mf(d, 'eu', 2, scale=1e6, y=2024, r='e')]
            for a, p, m, d in items]
    rows.append(['Total', Mf(1.58, 'eu', 2, scale=1e6, y=2024, r='a'), Mf(1.91, 'eu', 2, scale=1e6, y=2024, r='a'),
                 Mf(1.80, 'eu', 2, scale=1e6, y=2024, r='e')])
    R.table([['Línea de acción', 'PIA', 'PIM', 'Devengado']], rows, widths=(7.4, 2.6, 2.6, 2.6), size=9.5, unit='caption',
            caption='Presupuesto 2024 del Plan Regional contra la Trata de Personas (en millones de soles)', bold_rows=(4,))
    body(R, ['Atentamente,'])
    cargo_first_sign(R, 'Abg. Lucía Condori Flores', 'Gerente General Regional', 'Gobierno Regional de Tacna')


def a033():
    R = new('a033', 'missing', 'no_reply', [], Y24,
            S('Gobierno Regional de Lambayeque', 'GORE Lambayeque', 'regional_government'),
            'OFICIO N° 000211-2025-GR.LAMB/GRDS', ['Solicitud N° 0117-2025', 'Oficio N° 000098-2025-GR.LAMB/GRDS',
                                                    'Oficio N° 000154-2025-GR.LAMB/GRDS'], '2025-03-14',
            'oficio with a document-control header; a short chronology of the forwarding and the reminder',
            notes='The regional government says that the provincial municipality of Ferreñafe, to which it forwarded the request and '
                  'sent a reminder (two cited oficios), has not answered: no reply on file.', font='Times New Roman', size=11.5)
    iso_header(R, ['GOBIERNO REGIONAL DE LAMBAYEQUE', 'Gerencia Regional de Desarrollo Social'], 'GRDS-F-11',
               logo=(logo_png('glamb', 'GRL', 'circle', (0, 70, 140)), 1.4))
    open24(R, 2025, date24('Chiclayo', '2025-03-14', 'dmy_dash'), 'OFICIO N° 000211-2025-GR.LAMB/GRDS', order='right_block',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Estado de su solicitud'), ('Ref.:', 'Solicitud N° 0117-2025')])
    body(R, ['Me dirijo a usted con relación a su solicitud sobre las acciones de la Municipalidad Provincial de Ferreñafe contra la '
             'trata de personas en el año 2024, e informo lo siguiente:'])
    for k, t in enumerate(['Mediante el Oficio N° 000098-2025-GR.LAMB/GRDS se trasladó su pedido a la Municipalidad Provincial de '
                           'Ferreñafe, por ser la entidad que posee la información.',
                           'Ante la falta de respuesta, se le reiteró el pedido mediante el Oficio N° 000154-2025-GR.LAMB/GRDS.',
                           'A la fecha, dicha Municipalidad no ha remitido respuesta alguna a este Gobierno Regional.']):
        R.p('\u2022 ' + t, indent=0.6, first=-0.4, after=3, align='j')
    body(R, ['Se le sugiere dirigirse directamente a la citada entidad. Atentamente,'])
    fdo_sign(R, 'Econ. Manuel Chero Ñiquen', 'Gerente Regional de Desarrollo Social', copy_note=False)


def a034():
    R = new('a034', 'answered', None, ['governance', 'prevention'], Y24,
            S('Universidad Nacional Amazónica de Madre de Dios', 'UNAMAD', 'other'),
            'OFICIO N° 0058-2025-UNAMAD-VRAC', ['Solicitud de fecha 17 de febrero de 2025'], '2025-03-04',
            'university oficio with a crest header; "una docena" of workshops and other counts in prose; a two-column results sheet',
            notes='"una docena de talleres" is one count of 12. Research projects are governance, workshops and volunteers '
                  'prevention; all 2024.', font='Liberation Serif', size=11.5)
    crest_header(R, ['Universidad Nacional Amazónica de Madre de Dios', 'Vicerrectorado Académico'],
                 (logo_png('unamad', 'UNA', 'circle', (0, 100, 50)), 1.4))
    open24(R, 2025, date24('Puerto Maldonado', '2025-03-04', 'dias_mes'), 'OFICIO N° 0058-2025-UNAMAD-VRAC', order='date_first',
           to_lines=['Señora', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información solicitada'),
                                                                  ('Referencia:', 'Solicitud de fecha 17 de febrero de 2025')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Durante el año 2024 la Universidad desarrolló %s de '
             'talleres de prevención de la trata de personas dirigidos a estudiantes de primer ciclo, con la participación de '
             'estudiantes voluntarios de la Escuela de Educación.' % Cdoc(12, 'taller', y=2024)])
    ficha(R, [('Estudiantes participantes en los talleres', Cn(684, 'estudiante', y=2024)),
              ('Voluntarios capacitados como facilitadores', Cn(35, 'voluntario', y=2024)),
              ('Proyectos de investigación sobre trata en ejecución', Cn(3, 'proyecto', y=2024)),
              ('Tesis de pregrado sustentadas sobre la materia', Cn(4, 'tesis', y=2024))],
          head=('Indicador 2024', 'N°'), widths=(11.0, 2.6), size=10)
    body(R, ['Atentamente,'])
    scribble_sign(R, 'Dr. Néstor Apaza Huillca', 'Vicerrector Académico', seed=3401)


def a035():
    R = new('a035', 'missing', 'not_competent_referred', ['protection'], Y24,
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'),
            'OFICIO N° D000312-2025-MIDIS-SG/OACGD', ['Solicitud N° 0631-2025', 'Oficio N° D000309-2025-MIDIS-SG/OACGD'], '2025-02-11',
            'oficio with an electronic-signature box; one referral oficio cited',
            notes='Not competent: the assistance to victims of trafficking belongs to the women\'s ministry; the request was forwarded '
                  'to it by a cited oficio.', font='Arial', size=10.5)
    tab_header(R, ['MINISTERIO DE DESARROLLO E INCLUSIÓN SOCIAL', 'Secretaría General'], 'Atención a la Ciudadanía',
               fill='B45F06', logo=(logo_png('midis', 'MID', 'square', (180, 95, 6)), 1.3))
    open24(R, 2025, date24('San Isidro', '2025-02-11', 'dot_month'), 'OFICIO N° D000312-2025-MIDIS-SG/OACGD', order='date_first',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Traslado de solicitud'), ('Referencia:', 'Solicitud N° 0631-2025')])
    body(R, ['Me dirijo a usted con relación a su solicitud sobre los servicios de atención y reintegración brindados a víctimas de '
             'trata de personas en el año 2024.',
             'Al respecto, el MIDIS no presta servicios de atención a víctimas de trata; dichos servicios se encuentran a cargo del '
             'Ministerio de la Mujer y Poblaciones Vulnerables. Por ello, su pedido fue trasladado a dicho Ministerio mediante el '
             'Oficio N° D000309-2025-MIDIS-SG/OACGD, a fin de que le responda directamente.', 'Atentamente,'])
    ecert_sign(R, 'Claudia Ferreyra Montes', 'Jefa de la Oficina de Atención a la Ciudadanía y Gestión Documental', 'MIDIS',
               '11/02/2025 a las 15:40 h')


def a036():
    R = new('a036', 'answered', None, ['protection'], Y24,
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° D000421-2025-DGIESP/MINSA', ['Solicitud de Acceso N° 2025-0009920', 'Nota Informativa N° D000057-2025-DSAME/MINSA'],
            '2025-03-19',
            'oficio + table page: victims attended in community mental health centres by health directorate, '
            'three-level header (year over sex over age group)',
            notes='Mental-health care of victims of trafficking in 2024 by health directorate (DIRIS / DIRESA / GERESA rows). '
                  'Column names join the three header rows.', font='Calibri', size=11)
    thickthin_header(R, ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública',
                         'Dirección de Salud Mental'], color='0B5394',
                     logo=(logo_png('minsa', 'MIN', 'shield', (11, 83, 148)), 1.2))
    open24(R, 2025, date24('Lima', '2025-03-19', 'roman'), 'OFICIO N° D000421-2025-DGIESP/MINSA', order='ref_rules',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Atención en salud mental a víctimas de trata'),
                                                                 ('Referencia:', 'Solicitud de Acceso N° 2025-0009920')])
    body(R, ['Me dirijo a usted para remitirle, en anexo, la información de la Dirección de Salud Mental contenida en la Nota '
             'Informativa N° D000057-2025-DSAME/MINSA, sobre las víctimas de trata de personas atendidas en los Centros de Salud '
             'Mental Comunitarios durante el año 2024.', 'Atentamente,'])
    box_sign(R, 'M.C. Yesenia Salcedo Prado', 'Directora General (e)', 'Dirección General de Intervenciones Estratégicas en Salud Pública')
    R.pagebreak()
    R.p('Víctimas de trata de personas atendidas en CSMC, por dirección de salud, sexo y grupo de edad – 2024', bold=True, align='c', after=4)
    dirs = [('DIRIS Lima Centro', 14, 5, 3, 1), ('DIRIS Lima Norte', 11, 7, 2, 2), ('DIRIS Lima Sur', 9, 4, 1, 0),
            ('DIRIS Lima Este', 12, 6, 2, 1), ('DIRESA Callao', 8, 3, 1, 1), ('GERESA Arequipa', 10, 4, 2, 0),
            ('DIRESA Cusco', 13, 9, 3, 2), ('DIRESA Madre de Dios', 17, 11, 4, 3), ('DIRESA Puno', 9, 8, 2, 1),
            ('GERESA Loreto', 15, 10, 3, 2), ('DIRESA Piura', 7, 3, 2, 0), ('DIRESA Tumbes', 6, 4, 1, 1)]
    head = [['Dirección de salud', '2024', '', '', ''], ['', 'Mujeres', '', 'Hombres', ''],
            ['', '18 a más', 'Menores de 18', '18 a más', 'Menores de 18']]
    mer = [(0, 0, 2, 0), (0, 1, 0, 4), (1, 1, 1, 2), (1, 3, 1, 4)]
    names = hnames(head, mer)
    rows = []
    tt = [0, 0, 0, 0]
    for d, *v in dirs:
        rows.append([d] + [Cn(x, 'víctima', y=2024) for x in v])
        tt = [a + b for a, b in zip(tt, v)]
    rows.append(['Total'] + [Cn(x, 'víctima', y=2024) for x in tt])
    R.table(head, rows, merges=mer, colnames=names, widths=(5.2, 2.6, 2.6, 2.6, 2.6), size=9.5, bold_rows=(len(rows) - 1,))
    R.p('Fuente: HIS MINSA. Elaboración: DSAME.', size=7.5, italic=True)


def a037():
    R = new('a037', 'out_of_period', None, ['governance', 'prevention'], Y24,
            S('Municipalidad Provincial de Puno', 'MPP', 'provincial_municipality'),
            'OFICIO N° 064-2025-MPP/GDS', ['Expediente N° 2025-02281', 'Informe N° 011-2025-MPP/GDS-SGDH'], '2025-03-21',
            'oficio with the date first; a table of 2022 results of the provincial plan with a "Meta / Logro / %" layout',
            notes='The 2024 evaluation of the provincial plan has not been approved by the council; the last approved evaluation '
                  '(2022) is given (out of period).', font='DejaVu Sans', size=10)
    R.header(['MUNICIPALIDAD PROVINCIAL DE PUNO', 'Gerencia de Desarrollo Social'], align='l', size=9,
             logo=(logo_png('mpp', 'MPP', 'circle', (0, 80, 140)), 1.2))
    footer3(R, ['Jr. Deustua – Puno', 'Mesa de partes virtual', 'www.munipuno.gob.pe'])
    open24(R, 2025, date24('Puno', '2025-03-21', 'ymd_slash'), 'OFICIO N° 064-2025-MPP/GDS', order='date_first',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información sobre el Plan Provincial contra la Trata'),
                                                                     ('Referencia:', 'Expediente N° 2025-02281')])
    body(R, ['En atención a su pedido sobre la ejecución en el año 2024 del Plan Provincial contra la Trata de Personas, se informa '
             'que, según el Informe N° 011-2025-MPP/GDS-SGDH, la evaluación de dicho año aún no ha sido aprobada por el Concejo '
             'Municipal. La última evaluación aprobada corresponde al año 2022:'])
    rows = []
    for lab, w, m, l in (('Sesiones de la Mesa Provincial', 'sesión', 6, 4), ('Talleres en colegios secundarios', 'taller', 30, 27),
                         ('Docentes capacitados', 'docente', 150, 118), ('Campañas en ferias sabatinas', 'campaña', 8, 8)):
        rows.append([lab, Cn(m, w, y=2022), Cn(l, w, y=2022), Pf(round(l / m * 100, 1), 1, 'eu', suf=' %', y=2022, u='column')])
    R.table([['Actividad (año 2022)', 'Meta', 'Logro', '% de avance']], rows, widths=(7.6, 2.2, 2.2, 2.8), size=9.5,
            ruled='hlines', head_shade=None)
    body(R, ['Atentamente,'])
    box_sign(R, 'Lic. Fredy Ticona Apaza', 'Gerente de Desarrollo Social')


def a038():
    R = new('a038', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de La Victoria', 'MDLV', 'district_municipality'),
            'INFORME N° 112-2025-SGFC-GFC/MLV', ['Memorando N° 045-2025-GFC/MLV'], '2025-02-06',
            'internal report on street-vending inspection: budget table by item (PIM, devengado) and counts of operations',
            notes='Off topic: control of street vending in Gamarra (fines, operations, budget of the inspection service), not '
                  'trafficking in persons. Figures kept; no axes.', font='Arial', size=10.5)
    R.header(['MUNICIPALIDAD DE LA VICTORIA', 'Gerencia de Fiscalización y Control', 'Subgerencia de Fiscalización y Control'],
             align='c', size=8.5)
    R.p('INFORME N° 112-2025-SGFC-GFC/MLV', bold=True, align='c', size=12, after=6)
    kv(R, [('A:', 'Gerente de Fiscalización y Control'), ('DE:', 'Subgerente de Fiscalización y Control'),
           ('ASUNTO:', 'Resultados de fiscalización del comercio ambulatorio 2024'), ('REF.:', 'Memorando N° 045-2025-GFC/MLV'),
           ('FECHA:', date24('La Victoria', '2025-02-06', 'dmy_dash'))])
    R.p('_' * 80, size=7, after=6)
    body(R, ['Se informa que en el año 2024 se ejecutaron %s operativos de recuperación de espacios públicos en el emporio comercial '
             'de Gamarra y se impusieron %s papeletas de infracción.' % (Cn(96, 'operativo', y=2024), Cn(1312, 'papeleta', y=2024)),
             'El presupuesto del servicio fue el siguiente:'])
    rows = [['Personal de fiscalización (CAS)', Mf(1840000, y=2024, r='a'), Mf(1796420.35, y=2024, r='e')],
            ['Depósito municipal y traslado de mercadería', Mf(312000, y=2024, r='a'), Mf(287615.0, y=2024, r='e')],
            ['Uniformes y equipos', Mf(96500, y=2024, r='a'), Mf(94980.5, y=2024, r='e')]]
    R.table([['Rubro', 'PIM (S/)', 'Devengado (S/)']], rows, widths=(8.0, 3.4, 3.4), size=9.5)
    body(R, ['Es cuanto informo a usted.'])
    sigline(R, 'Abg. Percy Luyo Huamán', 'Subgerente de Fiscalización y Control', align='c')


def a039():
    R = new('a039', 'answered', None, ['prosecution', 'protection'], Y24,
            S('Región Policial Loreto', 'REGPOL Loreto', 'police'),
            'OFICIO N° 211-2025-REGPOL LORETO/DIVINCRI-DEPINTRATA', ['Solicitud de Acceso N° 019-2025'], '2025-02-17',
            'police oficio; twelve months as rows with four count columns and a total row, dotted row lines',
            notes='Monthly operations, complaints, arrests and rescued victims of the trafficking investigation department of Loreto '
                  'in 2024 (rescues during operations are prosecution; the hand-over of rescued minors to protection units '
                  'is protection).', font='DejaVu Sans', size=9.5)
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL LORETO', 'DIVINCRI – Departamento de Investigación contra la Trata de Personas'],
             align='c', size=8, logo=(logo_png('pnplor', 'PNP', 'shield', (30, 80, 30)), 1.1))
    lema(R, 2025, size=7.5)
    R.p('OFICIO N° 211-2025-REGPOL LORETO/DIVINCRI-DEPINTRATA', bold=True, after=2)
    R.p(date24('Iquitos', '2025-02-17', 'caps_plain'), after=6)
    to(R, ['Señor(a):', 'SOLICITANTE', 'Presente.-'])
    kv(R, [('ASUNTO:', 'Remite estadística 2024'), ('REF.:', 'Solicitud de Acceso N° 019-2025')])
    body(R, ['Tengo el honor de dirigirme a usted para remitir la estadística del Departamento de Investigación contra la Trata de '
             'Personas de Loreto correspondiente al año 2024:'])
    months = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Setiembre', 'Octubre', 'Noviembre', 'Diciembre']
    vals = [(2, 5, 3, 6), (1, 4, 1, 2), (3, 7, 4, 9), (2, 6, 2, 4), (4, 8, 5, 11), (2, 5, 1, 3), (3, 6, 4, 7), (1, 3, 0, 2),
            (2, 5, 3, 5), (3, 9, 6, 12), (2, 4, 2, 3), (1, 6, 2, 4)]
    ctab(R, [['Mes', 'Operativos', 'Denuncias', 'Detenidos', 'Víctimas rescatadas']], list(zip(months, [list(v) for v in vals])),
         ['operativo', 'denuncia', 'detenido', 'víctima'], year=2024, total='TOTAL', widths=(3.6, 2.8, 2.8, 2.8, 3.4), size=9,
         ruled='none')
    dotted_rules(R.doc.tables[-1])
    body(R, ['Las víctimas menores de edad rescatadas fueron puestas a disposición de la Unidad de Protección Especial de Loreto.'])
    R.p('Dios guarde a Ud.', align='c', after=0)
    cargo_first_sign(R, 'Comandante PNP Hugo Flores Pacaya', 'Jefe del DEPINTRATA Loreto', align='c', before=24)


def a040():
    R = new('a040', 'missing', 'acknowledgment', ['prevention'], Y24,
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'CARTA N° 000047-2025-SG/UNMSM', ['Registro N° 0009812-2025'], '2025-01-16',
            'short letter of the transparency office with a boxed summary of the registered request',
            notes='Acknowledgment: the request was registered and assigned to the student welfare office; it will be answered '
                  'within the legal term. No information.', font='Times New Roman', size=12)
    crest_header(R, ['Universidad Nacional Mayor de San Marcos', 'Universidad del Perú, Decana de América', 'Secretaría General'],
                 (logo_png('unmsm', 'SM', 'circle', (110, 20, 20)), 1.5))
    open24(R, 2025, date24('Lima', '2025-01-16', 'en_gb'), 'CARTA N° 000047-2025-SG/UNMSM', order='ref_rules',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'])
    body(R, ['Me dirijo a usted para comunicarle que su solicitud de acceso a la información pública ha sido registrada con los '
             'siguientes datos:'])
    boxed(R, 'Registro N° 0009812-2025 – Materia: programas de prevención de la trata de personas dirigidos a estudiantes, año '
             '2024 – Unidad encargada: Oficina General de Bienestar Universitario.')
    body(R, ['La respuesta le será remitida dentro del plazo establecido por el Texto Único Ordenado de la Ley de Transparencia y '
             'Acceso a la Información Pública.', 'Atentamente,'])
    box_sign(R, 'Mg. Ana María Luján Ríos', 'Secretaria General (e)')


def a041():
    R = new('a041', 'answered', None, ['prevention', 'protection'], Y24,
            S('Municipalidad Distrital de Yarinacocha', 'MDY', 'district_municipality'),
            'OFICIO N° 033-2025-MDY-GDS', ['Expediente N° 1453-2025'], '2025-02-25',
            'oficio with a tab header; lettered points; amounts with the sign glued to an ungrouped number ("S/.24850.00")',
            notes='Prevention talks, DEMUNA cases and a campaign budget for 2024; "S/.24850.00" and "S/.7390.50" are executed '
                  'amounts.', font='Arial', size=10.5)
    tab_header(R, ['MUNICIPALIDAD DISTRITAL DE YARINACOCHA', 'Gerencia de Desarrollo Social'], 'DEMUNA', fill='006064',
               logo=(logo_png('mdy', 'MDY', 'shield', (0, 96, 100)), 1.2))
    open24(R, 2025, date24('Yarinacocha', '2025-02-25', 'roman'), 'OFICIO N° 033-2025-MDY-GDS', order='right_block',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Información 2024'), ('Referencia:', 'Expediente N° 1453-2025')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, a fin de informarle lo siguiente respecto del año 2024:'])
    for k, t in zip('abcd', ['Se realizaron %s charlas de prevención de la trata en las comunidades nativas de San Francisco y Santa Clara.'
                             % Cn(19, 'charla', y=2024),
                             'La DEMUNA atendió %s casos de niñas, niños y adolescentes en situación de riesgo vinculados a explotación, '
                             'los que fueron derivados a la Unidad de Protección Especial de Ucayali.' % Cn(8, 'caso', y=2024),
                             'La campaña «Yarina sin trata» tuvo un gasto ejecutado de %s.' % Mglue(24850, y=2024, r='e'),
                             'Se adquirieron materiales informativos en lengua shipibo-konibo por %s.' % Mglue(7390.5, y=2024, r='e')]):
        R.p('%s. %s' % (k, t), indent=0.7, first=-0.5, after=3, align='j')
    body(R, ['Atentamente,'])
    cargo_first_sign(R, 'Lic. Gloria Panduro Sánchez', 'Gerente de Desarrollo Social')


def a042():
    R = new('a042', 'missing', 'no_information', ['protection'], Y24,
            S('Dirección Regional de Salud Huancavelica', 'DIRESA Huancavelica', 'regional_government'),
            'OFICIO N° 0118-2025-GOB.REG-HVCA/DIRESA-DG', ['Solicitud N° 024-2025', 'Informe N° 006-2025-DIRESA-HVCA/DESP'],
            '2025-02-28',
            'oficio with a grid opening; short; certified-copy signature',
            notes='No information: the health directorate has no record of care to victims of trafficking in 2024 in its files (it '
                  'does not say that none were attended).', font='Calibri', size=11)
    R.header(['GOBIERNO REGIONAL DE HUANCAVELICA', 'Dirección Regional de Salud Huancavelica', 'Dirección General'], align='c', size=8.5)
    open24(R, 2025, date24('Huancavelica', '2025-02-28', 'caps_weekday'), 'OFICIO N° 0118-2025-GOB.REG-HVCA/DIRESA-DG', order='grid',
           to_lines=['Solicitante'], rows=[('Asunto', 'Respuesta a solicitud de información'), ('Referencia', 'Solicitud N° 024-2025')])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las atenciones de salud brindadas a víctimas de trata de personas '
             'en el año 2024.',
             'Al respecto, la Dirección Ejecutiva de Salud de las Personas, mediante el Informe N° 006-2025-DIRESA-HVCA/DESP, '
             'comunica que no cuenta en sus archivos con información desagregada sobre dicha materia, por cuanto los '
             'establecimientos de salud no reportan el diagnóstico asociado a trata de personas.', 'Atentamente,'])
    fdo_sign(R, 'M.C. Edgar Ccencho Huamán', 'Director General')


def a043():
    R = new('a043', 'answered', None, ['prevention'], Y24,
            S('Dirección Regional de Trabajo y Promoción del Empleo de Junín', 'DRTPE Junín', 'regional_government'),
            'OFICIO N° 0076-2025-GRJ/DRTPE', ['Solicitud N° 0033-2025-DRTPE'], '2025-03-11',
            'oficio; provinces as rows with two count columns and a percent column with "pct."; zebra rows',
            notes='Talks to prevent forced labour and labour trafficking in 2024 by province, participants and share of the '
                  'participants that were young people. An executing unit of the regional government, named as itself.',
            font='Liberation Sans', size=10.5)
    thickthin_header(R, ['GOBIERNO REGIONAL JUNÍN', 'Dirección Regional de Trabajo y Promoción del Empleo'], color='C00000',
                     logo=(logo_png('drtpej', 'DRT', 'square', (192, 0, 0)), 1.2))
    open24(R, 2025, date24('Huancayo', '2025-03-11', 'dias_mes'), 'OFICIO N° 0076-2025-GRJ/DRTPE', order='date_first',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Prevención del trabajo forzoso 2024'),
                                                                 ('Referencia:', 'Solicitud N° 0033-2025-DRTPE')])
    body(R, ['Me dirijo a usted para informar las charlas de prevención del trabajo forzoso y de la trata con fines de explotación '
             'laboral realizadas en el año 2024 por la Dirección de Promoción del Empleo:'])
    provs = [('Huancayo', 12, 486, 41.2), ('Chanchamayo', 8, 317, 55.8), ('Satipo', 9, 402, 60.4), ('Tarma', 5, 188, 38.3),
             ('Jauja', 4, 151, 35.1), ('Junín', 3, 97, 44.3), ('Concepción', 3, 110, 29.1), ('Chupaca', 2, 73, 31.5), ('Yauli', 2, 64, 26.6)]
    rows = [[p_, Cn(a, 'charla', y=2024), Cn(b, 'participante', y=2024), Ppct(c, y=2024, u='column')] for p_, a, b, c in provs]
    R.table([['Provincia', 'Charlas', 'Participantes', 'Jóvenes (%)']], rows, widths=(5.0, 2.6, 3.2, 3.0), size=9.5,
            shade_rows=tuple(range(0, len(rows), 2)), shade_fill='F2F2F2')
    body(R, ['Atentamente,'])
    box_sign(R, 'Abg. Raúl Mayta Orihuela', 'Director Regional de Trabajo y Promoción del Empleo')


def a044():
    R = new('a044', 'out_of_period', None, ['prevention'], Y24,
            S('Ministerio de Cultura', 'MINCUL', 'ministry'),
            'OFICIO N° 000089-2025-DGPI/MC', ['Solicitud N° 2025-01127', 'Memorando N° 000061-2025-DLI/MC'], '2025-03-24',
            'oficio with a crest header; a table of 2023 translations of prevention materials by language',
            notes='The 2024 translations are still under quality review (cited memorandum); the 2023 translations and copies '
                  'distributed are given (out of period).', font='Times New Roman', size=11.5)
    crest_header(R, ['Ministerio de Cultura', 'Viceministerio de Interculturalidad', 'Dirección General de Derechos de los Pueblos Indígenas'],
                 (logo_png('mincul', 'MC', 'circle', (140, 20, 20)), 1.4))
    open24(R, 2025, date24('San Borja', '2025-03-24', 'month_first'), 'OFICIO N° 000089-2025-DGPI/MC', order='ref_rules',
           to_lines=['Señor', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Materiales de prevención en lenguas indígenas'),
                                                                 ('Referencia:', 'Solicitud N° 2025-01127')])
    body(R, ['Me dirijo a usted con relación a su solicitud sobre la traducción a lenguas indígenas u originarias de materiales de '
             'prevención de la trata de personas en el año 2024.',
             'Conforme al Memorando N° 000061-2025-DLI/MC, las traducciones del año 2024 se encuentran en revisión de calidad por la '
             'Dirección de Lenguas Indígenas. Se informa lo realizado en el año 2023:'])
    langs = [('Quechua', 3, 4000), ('Aimara', 2, 2500), ('Asháninka', 2, 1500), ('Shipibo-konibo', 1, 1200), ('Awajún', 1, 1000),
             ('Matsigenka', 1, 800)]
    rows = [[l, Cn(a, 'material', y=2023), Cn(b, 'ejemplar', 'sp', y=2023)] for l, a, b in langs]
    R.table([['Lengua', 'Materiales traducidos', 'Ejemplares distribuidos']], rows, widths=(5.0, 4.0, 4.2), size=10)
    body(R, ['Atentamente,'])
    ecert_sign(R, 'Rosa Elvira Inuma Chávez', 'Directora General de Derechos de los Pueblos Indígenas', 'Ministerio de Cultura',
               '24/03/2025 a las 10:11 h')


def a045():
    R = new('a045', 'missing', 'clarification', [], None,
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'CARTA N° 019-2025-MPCP-SG', ['Expediente N° 005187-2025'], '2025-01-23',
            'short letter with a document-control header; the unclear part of the request quoted',
            notes='Asks the requester to say which years and which offices; the request said "en los últimos años", so no period '
                  'is stated. Two working days is a duration.', font='Arial', size=11)
    iso_header(R, ['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'Secretaría General'], 'SG-F-004',
               logo=(logo_png('mpcp', 'MCP', 'shield', (0, 90, 60)), 1.4))
    open24(R, 2025, date24('Pucallpa', '2025-01-23', 'dot_month'), 'CARTA N° 019-2025-MPCP-SG', order='right_block',
           to_lines=['Señor(a)', 'Solicitante', 'Presente.-'], rows=[('Asunto:', 'Solicita precisar pedido'),
                                                                     ('Referencia:', 'Expediente N° 005187-2025')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, en el que solicita «la información de las acciones '
             'realizadas contra la trata de personas en los últimos años».',
             'Al no haberse indicado los años ni las unidades orgánicas a las que se refiere su pedido, se le solicita precisarlo '
             'en el plazo de dos (2) días hábiles, a efectos de poder atenderlo.', 'Atentamente,'])
    cargo_first_sign(R, 'Abg. Jhon Arévalo Del Águila', 'Secretario General')
