"""blind-v4 replies d413-d428."""
from lib import M, C, P, XL, logo_png
from common import new, S, slogan, refblock, footnotes


def d413():
    R = new('d413', 'answered', None, ['governance', 'prosecution'], ('2017-01-01', '2017-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000619-2018/IN/DGSD', ['Expediente N° 2018-0018876'], '2018-04-12',
            'oficio; table in millions of soles (unit only in caption) with percent column',
            notes='Money table values are in millions (caption): 4.25 -> 4250000.0.')
    R.header(['MINISTERIO DEL INTERIOR', 'Dirección General de Seguridad Democrática'], align='l',
             logo=(logo_png('mininter', 'MI', 'shield', (20, 60, 130)), 1.3))
    slogan(R, 2018)
    R.p('Lima, 12 de abril de 2018', align='r')
    R.p('OFICIO N° 000619-2018/IN/DGSD', bold=True)
    R.p('Señor\nPABLO ANDRÉS HIDALGO VERA\nPresente.-')
    R.p('Asunto: Presupuesto del Plan Nacional de Acción contra la Trata de Personas - ejercicio 2017', bold=True)
    R.p('Ref.: Expediente N° 2018-0018876', after=6)
    R.p('Me dirijo a usted en atención al documento de la referencia. En calidad de Secretaría Técnica de la Comisión Multisectorial '
        'de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes, esta Dirección General consolidó la '
        'información presupuestal remitida por los sectores para el ejercicio 2017, que se resume a continuación:', align='j')
    cap = 'Presupuesto destinado a actividades del PNAT 2017-2021, ejercicio 2017 (en millones de soles)'
    rows = []
    for ent, a, b, pc in [('Ministerio del Interior', '4.25', '3.91', '92.0'), ('Ministerio de la Mujer y Poblaciones Vulnerables', '6.80', '6.12', '90.0'),
                          ('Ministerio de Justicia y Derechos Humanos', '1.15', '0.98', '85.2'), ('Ministerio de Trabajo y Promoción del Empleo', '0.62', '0.55', '88.7'),
                          ('Total', '12.82', '11.56', '90.2')]:
        rows.append([ent, M(a, round(float(a) * 1e6, 2), y=2017, r='a', u='caption'), M(b, round(float(b) * 1e6, 2), y=2017, r='e', u='caption'),
                     P(pc, float(pc), y=2017)])
    R.table([['Entidad', 'PIM', 'Devengado', '% de\nejecución']], rows, widths=(7.5, 2.5, 2.5, 2.3), caption=cap, bold_rows=(4,),
            note='Fuente: información remitida por los sectores a la Secretaría Técnica; SIAF-MEF.')
    R.p('Adicionalmente, se informa que el Sistema de Registro y Estadística del delito de Trata de Personas y Afines (RETA-PNP) '
        f'registró {C("1 433", 1433, "denuncia", y=2017)} denuncias por el delito de trata de personas durante el año 2017.', align='j')
    R.p('Atentamente,')
    R.sign('MARCO ANTONIO LUNA ZEVALLOS', 'Director General de Seguridad Democrática', before=18)
    R.save()


def d414():
    R = new('d414', 'answered', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 2291-2019-DGIESP/MINSA', ['Expediente N° 19-041187-001', 'Nota Informativa N° 077-2019-DSAME-DGIESP/MINSA'], '2019-05-20',
            'oficio, ISO date line "2019-05-20", table by DIRESA; says specific registry/protocol "no ha sido creado"')
    R.header(['PERÚ  Ministerio de Salud', 'Viceministerio de Salud Pública', 'Dirección General de Intervenciones Estratégicas en Salud Pública'],
             align='l', logo=(logo_png('minsa', 'MS', 'circle', (160, 30, 30)), 1.3))
    slogan(R, 2019)
    R.p('2019-05-20', align='r')
    R.p('OFICIO N° 2291-2019-DGIESP/MINSA', bold=True)
    R.p('Señora\nNOEMÍ ESTHER CHÁVEZ LLACSA\nPresente.-')
    R.p('Asunto: Atención de salud a víctimas de trata de personas en el año 2018\nRef.: Expediente N° 19-041187-001', bold=True, after=6)
    R.p('Me dirijo a usted para comunicarle que, conforme a la Nota Informativa N° 077-2019-DSAME-DGIESP/MINSA de la Dirección de Salud '
        'Mental, en el año 2018 los establecimientos de salud registraron en el sistema HIS la atención de '
        f'{C("312", 312, "víctima", y=2018)} víctimas de trata de personas, según el siguiente detalle:', align='j')
    data = [('DIRIS / DIRESA Lima Metropolitana', 96), ('DIRESA Loreto', 54), ('DIRESA Madre de Dios', 41), ('GERESA Cusco', 38),
            ('DIRESA Puno', 29), ('Otras regiones', 54), ('Total', 312)]
    R.table([['Ámbito', 'Víctimas atendidas\n(personas)']], [[a, C(str(b), b, 'víctima', y=2018)] for a, b in data],
            widths=(8.0, 4.0), bold_rows=(6,))
    R.p(f'De ellas, {C("188", 188, "víctima", y=2018)} recibieron al menos una atención de salud mental.', align='j')
    R.p('Cabe precisar que a la fecha no ha sido creado un registro nominal específico de víctimas de trata en el sector, por lo que la '
        'cifra corresponde a atenciones codificadas con los diagnósticos vinculados; asimismo, la Guía Técnica de atención integral de '
        'salud a víctimas de trata se encuentra en proceso de aprobación.', align='j')
    R.p('Atentamente,')
    R.sign('M.C. RAÚL ERNESTO POMA ARTEAGA', 'Director General', 'Dirección General de Intervenciones Estratégicas en Salud Pública', before=18)
    R.save()


def d415():
    R = new('d415', 'answered', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'ministry'),
            None, [], None, 'XLSX statistical annex with no letter; title block states the year; monthly rows by CAR',
            fmt='xlsx', notes='Spreadsheet only: no reference and no date; the period is taken from its title (año 2018).')
    ws = R.wb.active
    ws.title = 'CAR 2018'
    ws['A1'] = 'PROGRAMA INTEGRAL NACIONAL PARA EL BIENESTAR FAMILIAR - INABIF'
    ws['A2'] = 'Unidad de Servicios de Protección de Niñas, Niños y Adolescentes'
    ws['A3'] = 'Niñas, niños y adolescentes víctimas de trata de personas atendidos en Centros de Atención Residencial (CAR), año 2018'
    ws['A5'] = 'Centro de Atención Residencial'
    ws['B5'] = 'Ingresos 2018'
    ws['C5'] = 'Egresos 2018'
    ws['D5'] = 'Reintegrados a familia'
    ws['E5'] = 'Permanecen al 31/12/2018'
    data = [('CAR Especializado Casa de la Mujer - Lima', 38, 29, 21, 17), ('CAR Santa Rosa - Lima', 24, 18, 12, 9),
            ('CAR Virgen del Carmen - Cusco', 17, 11, 8, 10), ('CAR San Martín de Porres - Madre de Dios', 15, 12, 9, 6)]
    cols = ['Ingresos 2018', 'Egresos 2018', 'Reintegrados a familia', 'Permanecen al 31/12/2018']
    what = ['niña, niño o adolescente'] * 4
    r = 6
    for name, *vals in data + [('TOTAL', 94, 70, 50, 42)]:
        ws['A%d' % r] = name
        for j, v in enumerate(vals):
            XL(R, ws, '%s%d' % ('BCDE'[j], r), v, '#,##0', kind='count', what='niña, niño o adolescente', y=2018, row=name, col=cols[j], u='column')
        r += 1
    ws['A%d' % (r + 1)] = 'Fuente: Sistema de Información de la USPNNA. Elaborado: Unidad de Planeamiento y Presupuesto.'
    ws.column_dimensions['A'].width = 46
    for c in 'BCDE':
        ws.column_dimensions[c].width = 17
    from openpyxl.styles import Font, Alignment, Border, Side
    ws['A1'].font = Font(bold=True, size=12)
    ws['A3'].font = Font(bold=True)
    thin = Side(style='thin')
    for row in ws.iter_rows(min_row=5, max_row=10, max_col=5):
        for c in row:
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            if c.row == 5:
                c.font = Font(bold=True); c.alignment = Alignment(wrap_text=True, horizontal='center')
    ws.page_setup.orientation = 'landscape'
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 1
    ws.page_setup.fitToWidth = 1
    R.save()


def d416():
    R = new('d416', 'answered', None, ['protection', 'prosecution'], ('2018-01-01', '2019-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000154-2020-GG/MIGRACIONES', ['Expediente N° LM200003417', 'Informe N° 000021-2020-SM-MIGRACIONES'], '2020-01-24',
            'oficio, table by nationality, prose figures')
    R.header(['PERÚ   Ministerio del Interior   |   Superintendencia Nacional de Migraciones', 'Gerencia General'], align='l', size=8.5)
    slogan(R, 2020)
    R.p('Breña, 24 de enero de 2020', align='r')
    R.p('OFICIO N° 000154-2020-GG/MIGRACIONES', bold=True)
    R.p('Señor\nDIEGO ARMANDO PALACIOS TUME\nPresente.-')
    refblock(R, [('ASUNTO', ': Información sobre víctimas extranjeras de trata de personas, enero 2018 a diciembre 2019'),
                 ('REFERENCIA', ': Expediente N° LM200003417')])
    R.p('Tengo el agrado de dirigirme a usted en atención al expediente de la referencia. Sobre el particular, de acuerdo con el Informe '
        'N° 000021-2020-SM-MIGRACIONES de la Subgerencia de Movimiento Migratorio, se informa que entre enero de 2018 y diciembre de 2019 '
        f'se otorgó la calidad migratoria humanitaria a {C("23", 23, "víctima")} personas extranjeras víctimas de trata, conforme al detalle:', align='j')
    R.table([['Nacionalidad', 'Año 2018', 'Año 2019', 'Total']],
            [['Venezolana', C('6', 6, 'víctima', y=2018), C('9', 9, 'víctima', y=2019), C('15', 15, 'víctima')],
             ['Colombiana', C('2', 2, 'víctima', y=2018), C('3', 3, 'víctima', y=2019), C('5', 5, 'víctima')],
             ['Boliviana', C('1', 1, 'víctima', y=2018), C('1', 1, 'víctima', y=2019), C('2', 2, 'víctima')],
             ['Ecuatoriana', '-', C('1', 1, 'víctima', y=2019), C('1', 1, 'víctima')],
             ['Total', C('9', 9, 'víctima', y=2018), C('14', 14, 'víctima', y=2019), C('23', 23, 'víctima')]],
            widths=(4.5, 2.5, 2.5, 2.5), bold_rows=(4,))
    R.p('Asimismo, en el mismo periodo se registraron en el sistema de control migratorio '
        f'{C("118", 118, "alerta migratoria")} alertas migratorias de niñas, niños y adolescentes reportados como desaparecidos, a '
        'pedido de la Policía Nacional y del Ministerio Público.', align='j')
    R.p('Atentamente,')
    R.sign('ÁNGEL FERNANDO CAYCHO LOZANO', 'Gerente General', 'Superintendencia Nacional de Migraciones', before=18)
    R.save()


def d417():
    R = new('d417', 'answered', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'CARTA N° 027-2019-UNSAAC/VRIN', ['Expediente N° 918233'], '2019-02-04',
            'carta from a university vice-rectorate, short')
    R.p('UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', bold=True, align='c', size=12, after=0)
    R.p('VICERRECTORADO DE INVESTIGACIÓN', align='c', size=10, after=10)
    R.p('Cusco, 4 de febrero del 2019', align='r')
    R.p('CARTA N° 027-2019-UNSAAC/VRIN', bold=True)
    R.p('Señora\nYESSICA PAOLA LEÓN ALARCÓN\nPresente.-')
    R.p('ASUNTO: Investigación y actividades sobre trata de personas en el año 2018 (Exp. N° 918233)', bold=True, after=6)
    R.p('Es grato dirigirme a usted para informarle que, durante el año 2018, la Universidad, con recursos del canon, financió '
        f'{C("dos (02)", 2, "proyecto de investigación", y=2018)} proyectos de investigación sobre la trata de personas con fines de '
        f'explotación sexual y laboral en la región Cusco, para los cuales se asignó un monto total de {M("S/ 72 000,00", 72000, y=2018, r="a")}.', align='j')
    R.p(f'Además, la Facultad de Derecho y Ciencia Política organizó {C("cinco (05)", 5, "conversatorio", y=2018)} conversatorios de '
        f'sensibilización, con la asistencia de {C("640", 640, "estudiante", y=2018)} estudiantes universitarios.', align='j')
    R.p('Atentamente,')
    R.sign('Dr. WILBERT ISAAC ZAVALETA CHOQUE', 'Vicerrector de Investigación', before=20)
    R.save()


def d418():
    R = new('d418', 'answered', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'OF. RE (DPA) N° 2-10-B/412', ['Solicitud N° 0212-2019-TR'], '2019-02-28',
            'RREE-style reference; table by country; quoted English passage from a consulate',
            notes='Spanish letter with an English passage quoted from a consulate report.')
    R.p('MINISTERIO DE RELACIONES EXTERIORES', bold=True, align='c', size=12, after=0)
    R.p('Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares', align='c', size=9.5, after=0)
    R.p('Dirección de Protección y Asistencia al Nacional', align='c', size=9.5, after=8)
    R.p('Lima, 28 de febrero de 2019', align='r')
    R.p('OF. RE (DPA) N° 2-10-B/412', bold=True)
    R.p('Señor\nGONZALO MARTÍN ARIAS BELTRÁN\nPresente.-')
    R.p('Asunto: Asistencia a connacionales víctimas de trata de personas en el exterior, año 2018 (Solicitud N° 0212-2019-TR)', bold=True, after=6)
    R.p(f'Tengo el agrado de dirigirme a usted para informarle que en el año 2018 las Oficinas Consulares del Perú asistieron a '
        f'{C("27", 27, "víctima", y=2018)} connacionales víctimas de trata de personas, conforme al siguiente cuadro:', align='j')
    data = [('Argentina', 9), ('Chile', 7), ('Ecuador', 4), ('España', 3), ('Bolivia', 2), ('Estados Unidos de América', 2)]
    R.table([['País', 'Connacionales asistidos']], [[a, C(str(b), b, 'víctima', y=2018)] for a, b in data] + [['Total', C('27', 27, 'víctima', y=2018)]],
            widths=(7.0, 4.0), bold_rows=(6,))
    R.p(f'Del total, {C("11", 11, "víctima", y=2018)} fueron repatriados al Perú, para lo cual se ejecutaron '
        f'{M("US$ 6,840.00", 6840, y=2018, r="e", cur="USD")} del fondo de asistencia humanitaria.', align='j')
    R.p('Respecto de los casos en los Estados Unidos, el Consulado General en Nueva York informó lo siguiente:', align='j')
    R.p('"The victims were referred to a local service provider, received shelter and legal counselling, and were advised on the '
        'T-visa process. Both have expressed their wish to remain in the United States while the criminal case proceeds."',
        italic=True, indent=1.0, size=10)
    R.p('Atentamente,')
    R.sign('Ministro Consejero ERNESTO JAVIER SALINAS DEL CARPIO', 'Director de Protección y Asistencia al Nacional', before=18)
    R.save()


def d419():
    R = new('d419', 'answered', None, ['protection', 'prosecution', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('International Organization for Migration - Mission in Peru', 'IOM', 'other'),
            'Ref. IOM-LIM/2019/0087', [], '2019-03-14',
            'English letter from an international organization, bullet list, USD amounts', lang='en')
    R.header(['INTERNATIONAL ORGANIZATION FOR MIGRATION', 'ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES', 'Mission in Peru'],
             align='l', logo=(logo_png('iom', 'IOM', 'circle', (20, 70, 150)), 1.3))
    R.p('Lima, 14 March 2019', align='r')
    R.p('Ref. IOM-LIM/2019/0087', bold=True)
    R.p('Ms. Andrea Valeria Núñez Ccori\nLima')
    R.p('Subject: Your request for information on IOM counter-trafficking activities in Peru, calendar year 2018', bold=True, after=6)
    R.p('Dear Ms. Núñez,')
    R.p('Thank you for your request dated 18 February 2019. Although IOM is not a Peruvian State body and is not bound by Law 27806, '
        'we are pleased to share the following information on our counter-trafficking work in Peru during calendar year 2018:', align='j')
    R.bullets([f'Direct assistance (shelter, medical and psychological care, voluntary return) to {C("86", 86, "victim", y=2018)} '
               f'victims of trafficking, of whom {C("54", 54, "victim", y=2018)} were Venezuelan nationals.',
               f'Training on investigation techniques and victim identification for {C("310", 310, "official", y=2018)} police officers '
               'and prosecutors in Lima, Tumbes, Tacna and Madre de Dios.',
               f'An awareness campaign along the northern border that reached an estimated {C("12,500", 12500, "person", y=2018)} people.'])
    R.p(f'These activities were funded by a project with a total budget of {M("US$ 420,000", 420000, r="a", cur="USD")}, of which '
        f'{M("US$ 365,210.55", 365210.55, y=2018, r="e", cur="USD")} was spent in 2018.', align='j')
    R.p('Please do not hesitate to contact us should you need further details.')
    R.p('Yours sincerely,')
    R.sign('Federica Marzotti', 'Chief of Mission a.i.', 'IOM Peru', before=18)
    R.save()


def d420():
    R = new('d420', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Embassy of the United States of America in Lima', None, 'foreign'),
            None, [], '2019-03-04', 'English embassy letter, no reference number, fiscal-year figures',
            lang='en', notes='US fiscal year 2018 (Oct 2017-Sep 2018) overlaps the requested calendar year 2018 -> answered. "obligated" read as committed; fiscal-year figures get no year.')
    R.p('Embassy of the United States of America', bold=True, align='c', size=13, after=0)
    R.p('Bureau of International Narcotics and Law Enforcement Affairs (INL) Section', align='c', size=10, after=0)
    R.p('Lima, Peru', align='c', size=10, after=12)
    R.p('March 4, 2019', align='r')
    R.p('Mr. Sebastián Ignacio Torres Llerena\nLima')
    R.p('Dear Mr. Torres:')
    R.p('Thank you for your letter requesting information on U.S. Government support to Peruvian institutions for the investigation '
        'and prosecution of trafficking in persons during 2018. The Embassy is not subject to Peru\'s transparency law, but we are '
        'glad to provide the following public information.', align='j')
    R.p(f'In fiscal year 2018 (October 2017 - September 2018), INL obligated {M("US$ 1.2 million", 1200000, r="c", cur="USD")} for '
        'projects with the Public Ministry and the Peruvian National Police. Under these projects, '
        f'{C("145", 145, "prosecutor")} prosecutors and {C("210", 210, "police officer")} police officers completed courses '
        'on financial investigation and victim-centered interviewing, and equipment valued at '
        f'{M("US$ 85,400", 85400, cur="USD")} was donated to the police trafficking division.', align='j')
    R.p('Sincerely,')
    R.sign('Katherine L. Mercer', 'Director, INL Section', before=20)
    R.save()


def d421():
    R = new('d421', 'answered', None, ['protection'], ('2019-01-01', '2019-06-30'),
            S('Ministerio Público - Unidad Distrital de Asistencia a Víctimas y Testigos de Arequipa', 'UDAVIT', 'autonomous'),
            'OFICIO N° 118-2019-MP-FN-UDAVIT-AREQUIPA', ['Oficio N° 2210-2019-MP-FN-PJFSAREQUIPA'], '2019-07-18',
            'oficio, date "18 JUL. 2019", table of assistance by type')
    R.p('MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', bold=True, align='c', size=11, after=0)
    R.p('Distrito Fiscal de Arequipa', align='c', size=10, after=0)
    R.p('Unidad Distrital de Asistencia a Víctimas y Testigos', align='c', size=10, after=8)
    slogan(R, 2019)
    R.p('Arequipa, 18 JUL. 2019', align='r')
    R.p('OFICIO N° 118-2019-MP-FN-UDAVIT-AREQUIPA', bold=True)
    R.p('Señor\nPresidente de la Junta de Fiscales Superiores del Distrito Fiscal de Arequipa\nPresente.-')
    R.p('Ref.: Oficio N° 2210-2019-MP-FN-PJFSAREQUIPA', bold=True)
    R.p('Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual se traslada la solicitud de '
        'acceso a la información pública sobre la asistencia brindada a víctimas de trata de personas en el primer semestre de 2019. '
        f'Al respecto, esta Unidad incorporó al Programa de Protección y Asistencia a {C("52", 52, "víctima", y=2019)} víctimas de trata, '
        'a quienes se brindó la siguiente asistencia:', align='j')
    R.table([['Tipo de asistencia', 'Víctimas\natendidas', 'Atenciones\nbrindadas']],
            [['Legal', C('44', 44, 'víctima', y=2019), C('97', 97, 'atención', y=2019)],
             ['Psicológica', C('39', 39, 'víctima', y=2019), C('156', 156, 'atención', y=2019)],
             ['Social', C('31', 31, 'víctima', y=2019), C('68', 68, 'atención', y=2019)]],
            widths=(5.0, 3.0, 3.0))
    R.p('Atentamente,')
    R.sign('Abog. MILAGROS PATRICIA DELGADO RIVERA', 'Coordinadora de la UDAVIT Arequipa', before=18)
    R.save()


def d422():
    R = new('d422', 'answered', None, ['prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Huánuco', 'GOREHCO', 'regional_government'),
            'OFICIO N° 221-2019-GRHCO-GRDS', ['Expediente N° 1198473', 'Informe N° 045-2019-GRHCO-GRDS/SGDS'], '2019-02-07',
            'oficio that only forwards + annexed informe with the answer on page 2; figures plus "no ha sido creada" and "es competencia del MIMP y del Ministerio Público"',
            notes='The oficio only forwards the informe; the informe gives 2018 figures, says the regional network has not been created (governance) and that victim care is another body\'s competence -> answered.')
    R.p('GOBIERNO REGIONAL HUÁNUCO', bold=True, size=12, after=0)
    R.p('Gerencia Regional de Desarrollo Social', size=10, after=10)
    slogan(R, 2019)
    R.p('Huánuco, 07 de febrero de 2019', align='r')
    R.p('OFICIO N° 221-2019-GRHCO-GRDS', bold=True)
    R.p('Señor\nLUIS MIGUEL ALVARADO TRINIDAD\nPresente.-')
    R.p('ASUNTO: Remite información solicitada - trata de personas, año 2018\nREF.: Expediente N° 1198473', bold=True, after=6)
    R.p('Me dirijo a usted en atención al documento de la referencia, para remitirle adjunto el Informe N° 045-2019-GRHCO-GRDS/SGDS, '
        'elaborado por la Sub Gerencia de Desarrollo Social, que contiene la información solicitada respecto del año 2018.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. ELMER DAVID TARAZONA RUBÍN', 'Gerente Regional de Desarrollo Social', before=18)
    R.p('Adjunto: Informe N° 045-2019-GRHCO-GRDS/SGDS (01 folio)', size=8, before=10)
    R.pagebreak()
    R.p('GOBIERNO REGIONAL HUÁNUCO - SUB GERENCIA DE DESARROLLO SOCIAL', bold=True, align='c', size=10)
    R.p('INFORME N° 045-2019-GRHCO-GRDS/SGDS', bold=True, align='c', after=8)
    refblock(R, [('A', ': Lic. ELMER DAVID TARAZONA RUBÍN - Gerente Regional de Desarrollo Social'),
                 ('DE', ': Lic. SANDRA NOEMÍ ESPINOZA ALCÁNTARA - Sub Gerente de Desarrollo Social'),
                 ('ASUNTO', ': Acciones contra la trata de personas en el año 2018'),
                 ('FECHA', ': Huánuco, 5 de febrero de 2019')], size=10)
    R.p('Tengo el agrado de dirigirme a usted para informarle, respecto del año 2018, lo siguiente:', align='j')
    R.p('a) La Red Regional contra la Trata de Personas de Huánuco no ha sido creada; el proyecto de ordenanza se encuentra en '
        'evaluación de la Oficina Regional de Asesoría Jurídica.', align='j', indent=0.5)
    R.p(f'b) Se capacitó a {C("85", 85, "servidor público", y=2018)} servidores públicos de las municipalidades provinciales en '
        f'prevención de la trata de personas y se participó en {C("seis (6)", 6, "feria", y=2018)} ferias informativas.', align='j', indent=0.5)
    R.p('c) La atención y protección de las víctimas es competencia del Ministerio de la Mujer y Poblaciones Vulnerables, a través del '
        'Centro Emergencia Mujer, y del Ministerio Público, por lo que esta Sub Gerencia no registra información al respecto.', align='j', indent=0.5)
    R.p('Es todo cuanto informo a usted.', align='j')
    R.sign('Lic. SANDRA NOEMÍ ESPINOZA ALCÁNTARA', 'Sub Gerente de Desarrollo Social', before=18)
    R.save()


def d423():
    R = new('d423', 'answered', None, ['prevention', 'protection', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de Villa María del Triunfo', 'MVMT', 'district_municipality'),
            'OFICIO N° 034-2020-SG/MVMT', ['Informe N° 012-2020-DEMUNA-GDS/MVMT'], '2020-01-20',
            'short oficio, substantive null (no cases, no budget) with one talk',
            notes='No cases at the DEMUNA, no budget, one talk in 2019: a substantive (mostly null) answer -> answered.')
    R.p('MUNICIPALIDAD DISTRITAL DE VILLA MARÍA DEL TRIUNFO', bold=True, align='c', size=12, after=0)
    R.p('Secretaría General', align='c', size=10, after=8)
    slogan(R, 2020)
    R.p('Villa María del Triunfo, 20 de enero de 2020', align='r')
    R.p('OFICIO N° 034-2020-SG/MVMT', bold=True)
    R.p('Señora\nGRACIELA ROCÍO PUMA HUILLCA\nPresente.-')
    R.p('Asunto: Acciones frente a la trata de personas durante el año 2019', bold=True, after=6)
    R.p('Me dirijo a usted para informarle, según el Informe N° 012-2020-DEMUNA-GDS/MVMT, que durante el año 2019 la Defensoría '
        'Municipal del Niño y del Adolescente (DEMUNA) no registró casos de niñas, niños o adolescentes víctimas de trata de personas, y '
        'que la Municipalidad no asignó presupuesto a actividades del Plan Nacional de Acción contra la Trata de Personas.', align='j')
    R.p(f'En materia de prevención, se realizó {C("una (1)", 1, "charla", y=2019)} charla informativa dirigida a madres de los comedores '
        'populares de la zona de José Carlos Mariátegui.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. JESÚS ALBERTO RAMOS CUYA', 'Secretario General', before=18)
    R.save()


def d424():
    R = new('d424', 'answered', None, ['prosecution'], ('2017-01-01', '2018-12-31'),
            S('Policía Nacional del Perú - División de Investigación Criminal Juliaca', 'PNP', 'police'),
            'OFICIO N° 087-2019-REGPOL-PUNO/DIVINCRI-JUL', [], '2019-02-26',
            'police oficio, date "26FEB2019", year-column table that adds 2016 to the requested 2017-2018',
            notes='Table adds 2016 (not requested) next to 2017 and 2018 -> answered.')
    R.p('POLICÍA NACIONAL DEL PERÚ', bold=True, align='l', size=11, after=0)
    R.p('REGIÓN POLICIAL PUNO', align='l', size=9.5, after=0)
    R.p('DIVISIÓN DE INVESTIGACIÓN CRIMINAL - JULIACA', align='l', size=9.5, after=10)
    R.p('Juliaca, 26FEB2019', align='r')
    R.p('OFICIO N° 087-2019-REGPOL-PUNO/DIVINCRI-JUL', bold=True)
    refblock(R, [('SEÑORA', ': MARLENE CUTIPA APAZA'), ('ASUNTO', ': Información estadística sobre trata de personas, años 2017 y 2018'),
                 ('REF.', ': Solicitud de fecha 11FEB2019')])
    R.p('Tengo el honor de dirigirme a Ud., con relación al documento de la referencia, a fin de hacerle llegar la información '
        'solicitada; se agrega el año 2016 con fines comparativos:', align='j')
    R.table([['Concepto', '2016', '2017', '2018']],
            [['Denuncias registradas', C('31', 31, 'denuncia', y=2016), C('38', 38, 'denuncia', y=2017), C('45', 45, 'denuncia', y=2018)],
             ['Personas detenidas', C('12', 12, 'detenido', y=2016), C('15', 15, 'detenido', y=2017), C('21', 21, 'detenido', y=2018)],
             ['Víctimas rescatadas', C('47', 47, 'víctima', y=2016), C('52', 52, 'víctima', y=2017), C('68', 68, 'víctima', y=2018)]],
            widths=(6.0, 2.5, 2.5, 2.5), note='Fuente: Libro de registro de denuncias y SIDPOL.')
    R.p('Dios guarde a Ud.', align='c')
    R.sign('OA-318842\nJAVIER ROLANDO MAMANI QUISPE', 'MAYOR PNP', 'JEFE DE LA DIVINCRI - JULIACA', before=22)
    R.save()


def d425():
    R = new('d425', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 0312-2019-SUNAFIL/INII', ['Expediente N° 2019-0007731'], '2019-03-13',
            'oficio, ruled table with wrapped header, money in cell, proposed fines without role')
    R.header(['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL - SUNAFIL', 'Intendencia Nacional de Inteligencia Inspectiva'],
             align='l', logo=(logo_png('sunafil', 'SF', 'square', (20, 90, 160)), 1.2))
    slogan(R, 2019)
    R.p('Lima, 13 de marzo de 2019', align='r')
    R.p('OFICIO N° 0312-2019-SUNAFIL/INII', bold=True)
    R.p('Señor\nRICARDO ANTONIO BECERRA GUEVARA\nPresente.-')
    R.p('Asunto: Inspecciones en materia de trabajo forzoso e infantil - año 2018\nReferencia: Expediente N° 2019-0007731', bold=True, after=6)
    R.p('Me dirijo a usted para remitir la información de las actuaciones inspectivas del Sistema de Inspección del Trabajo en el año '
        '2018 vinculadas a trabajo forzoso y trabajo infantil, supuestos asociados a la trata con fines de explotación laboral:', align='j')
    R.table([['Materia', 'Órdenes de\ninspección\ngeneradas', 'Actas de\ninfracción', 'Multas propuestas']],
            [['Trabajo forzoso', C('14', 14, 'orden de inspección', y=2018), C('5', 5, 'acta de infracción', y=2018), M('S/ 187 250,00', 187250, y=2018, u='cell')],
             ['Trabajo infantil', C('96', 96, 'orden de inspección', y=2018), C('4', 4, 'acta de infracción', y=2018), M('S/ 125 200,00', 125200, y=2018, u='cell')]],
            widths=(4.0, 3.0, 3.0, 4.0))
    R.p('Atentamente,')
    R.sign('Abog. VERÓNICA ISABEL MORALES TAPIA', 'Intendenta Nacional de Inteligencia Inspectiva', before=18)
    R.save()


def d426():
    R = new('d426', 'answered', None, ['prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Delegation of the European Union to Peru', 'EU', 'foreign'),
            'Ref. Ares(2020)118452', [], '2020-01-10',
            'English letter, date "10/01/2020" (dd/mm/yyyy), EUR amounts; says victim data belongs to MIMP', lang='en',
            notes='Gives its own 2019 project figures and refers victim statistics to MIMP -> answered.')
    R.p('EUROPEAN UNION', bold=True, align='l', size=13, after=0)
    R.p('DELEGATION TO PERU', align='l', size=10, after=0)
    R.p('Head of Cooperation', align='l', size=9, italic=True, after=12)
    R.p('Lima, 10/01/2020', align='r')
    R.p('Ref. Ares(2020)118452', bold=True)
    R.p('Mr. Álvaro Renzo Carhuamaca Soto\nLima')
    R.p('Subject: EU-funded projects against trafficking in human beings in Peru in 2019', bold=True, after=6)
    R.p('Dear Mr. Carhuamaca,')
    R.p('In reply to your request, please find below information on EU-funded actions against trafficking in human beings implemented '
        f'in Peru during 2019. The EU supported {C("three", 3, "project", y=2019)} projects implemented by civil society organisations, '
        f'with a total EU contribution of {M("EUR 1,500,000", 1500000, r="a", cur="EUR")} for 2018-2021. Payments made in 2019 amounted to '
        f'{M("EUR 410,000", 410000, y=2019, r="e", cur="EUR")}.', align='j')
    R.p(f'In 2019 these projects trained {C("1,850", 1850, "teacher", y=2019)} teachers in prevention and supported shelter and '
        f'psychosocial care for {C("64", 64, "victim", y=2019)} victims in Cusco and Madre de Dios.', align='j')
    R.p('The Delegation does not keep national statistics on victims; these are held by the Ministry of Women and Vulnerable '
        'Populations (MIMP), to which we suggest you address that part of your request.', align='j')
    R.p('Yours sincerely,')
    R.sign('Johanna M. Lindqvist', 'Head of Cooperation', before=18)
    R.save()


def d427():
    R = new('d427', 'answered', None, ['governance'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional Amazonas', 'GRA', 'regional_government'),
            'OFICIO N° 145-2019-G.R.AMAZONAS/GRDS', ['Expediente N° 0773-2019', 'Ordenanza Regional N° 008-2018-GRA/CR'], '2019-03-28',
            'oficio, short paragraphs, budget with percent')
    R.header(['GOBIERNO REGIONAL AMAZONAS', 'Gerencia Regional de Desarrollo Social'], align='c',
             logo=(logo_png('gra', 'GRA', 'shield', (30, 110, 60)), 1.2))
    slogan(R, 2019)
    R.p('Chachapoyas, 28 de marzo de 2019', align='r')
    R.p('OFICIO N° 145-2019-G.R.AMAZONAS/GRDS', bold=True)
    R.p('Señora\nKAREN LIZBETH TUESTA GUIVIN\nPresente.-')
    R.p('ASUNTO: Información sobre la implementación del Plan Regional contra la Trata de Personas en el año 2018', bold=True)
    R.p('REFERENCIA: Expediente N° 0773-2019', bold=True, after=6)
    R.p('Me dirijo a usted en atención al documento de la referencia para informarle que, mediante Ordenanza Regional '
        'N° 008-2018-GRA/CR, se aprobó en el año 2018 el Plan Regional contra la Trata de Personas de Amazonas, y que la Comisión '
        f'Regional encargada de su seguimiento se instaló con {C("14", 14, "institución", y=2018)} instituciones integrantes.', align='j')
    R.p(f'Para la implementación del Plan Regional se asignaron en el ejercicio 2018 {M("S/ 40 000,00", 40000, y=2018, r="a")}, de los cuales '
        f'se ejecutaron {M("S/ 12 400,00", 12400, y=2018, r="e")} ({P("31 %", 31, y=2018)}), debido a que la transferencia se efectuó en el último trimestre.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. TEÓFILO RAMIRO CULQUI ZUTA', 'Gerente Regional de Desarrollo Social', before=18)
    R.save()


def d428():
    R = new('d428', 'answered', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'),
            'OFICIO N° 0412-2019-MTC/17', ['Hoja de Ruta N° E-061122-2019'], '2019-04-01',
            'oficio; table with wrapped headers, units in caption; totals row', photo=True)
    R.header(['PERÚ  |  Ministerio de Transportes y Comunicaciones', 'Viceministerio de Transportes',
              'Dirección General de Políticas y Regulación en Transporte Multimodal'], align='l', size=8.5)
    slogan(R, 2019)
    R.p('Lima, 1 de abril de 2019', align='r')
    R.p('OFICIO N° 0412-2019-MTC/17', bold=True)
    R.p('Señor\nMARTÍN ALONSO FLORES QUINTANA\nPresente.-')
    refblock(R, [('Asunto', ': Campaña de prevención de la trata de personas en el transporte terrestre - año 2018'),
                 ('Referencia', ': Hoja de Ruta N° E-061122-2019')])
    R.p('Me dirijo a usted para informarle que durante el año 2018 este Ministerio ejecutó la campaña "Viaja seguro, viaja sin trata" en '
        'terminales terrestres, con los resultados que se muestran a continuación:', align='j')
    cap = 'Resultados de la campaña 2018 por región (número de terminales, materiales y personas)'
    data = [('Lima', 14, '8 000', 8000, 620), ('Cusco', 9, '4 500', 4500, 410), ('Puno', 8, '3 500', 3500, 300),
            ('Madre de Dios', 6, '2 500', 2500, 280), ('Tumbes', 11, '3 500', 3500, 340), ('Total', 48, '22 000', 22000, 1950)]
    rows = []
    for reg, t, mt, mv, cd in data:
        rows.append([reg, C(str(t), t, 'terminal', y=2018), C(mt, mv, 'material', y=2018), C('{:,}'.format(cd).replace(',', ' '), cd, 'conductor', y=2018)])
    R.table([['Región', 'Terminales\nterrestres\nintervenidos', 'Materiales\ninformativos\ndistribuidos', 'Conductores y\npersonal de\nempresas\ncapacitados']],
            rows, widths=(3.5, 3.0, 3.0, 3.0), caption=cap, bold_rows=(5,))
    R.p('Atentamente,')
    R.sign('Ing. CARLOS ENRIQUE MEDINA SOTELO', 'Director General de Políticas y Regulación en Transporte Multimodal', before=18)
    R.save()
