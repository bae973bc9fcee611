"""blind-v15 letters r016-r030 (answered r016-r024, out_of_period r025-r030). Written from scratch for this set; every
person, number, figure and event is invented; institution names are real."""
from lib import M, C, P, plain, para_border
from common import *


def r016():
    R = new('r016', 'answered', None, ['prosecution', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Inambari', 'MDI', 'district_municipality'),
            'CARTA N° 018-2021-MDI/A', ['Expediente Administrativo N° 0412-2021', 'Informe N° 027-2021-MDI/GDS'], '2021-02-19',
            'carta whose references are only in the first paragraph; 2019 figures beside the requested 2020; an amount printed '
            'with a line break between "S/" and the number; "un total de" counts',
            notes='Mixed periods (2019 and 2020): answered. The amount "S/ 18 750,00" is broken over two lines after "S/".')
    R.header(['MUNICIPALIDAD DISTRITAL DE INAMBARI', 'Mazuko - Tambopata - Madre de Dios', 'Alcaldía'])
    lema(R, 2021)
    R.p('Mazuko, 19 de febrero de 2021', align='r', after=6)
    R.p('CARTA N° 018-2021-MDI/A', bold=True, after=8)
    to(R, ['Señor', 'FRANKLIN HUAMANTICA CHOQUE', 'Ciudad.-'])
    body(R, ['De mi especial consideración:',
             'Es grato dirigirme a usted para saludarlo y, en atención a su Expediente Administrativo N° 0412-2021, por el que '
             'solicita información sobre las acciones de la Municipalidad frente a la trata de personas en el año 2020, remitirle '
             'lo informado por la Gerencia de Desarrollo Social mediante Informe N° 027-2021-MDI/GDS:',
             'a) En el año 2020 se realizó un total de %s operativos de fiscalización de licencias en bares, cantinas y prostibares '
             'del centro poblado de Mazuko y de los corredores mineros, con participación de la Policía Nacional y la Fiscalía, '
             'frente a %s operativos en el año 2019. Se clausuró temporalmente %s establecimientos.'
             % (C('8', 8, 'operativo', y=2020), C('15', 15, 'operativo', y=2019), C('5', 5, 'establecimiento', y=2020)),
             'b) En dichos operativos la Fiscalía identificó a %s presuntas víctimas, todas ellas mujeres, de las cuales %s eran '
             'adolescentes.' % (C('12', 12, 'víctima', y=2020), C('4', 4, 'adolescente', y=2020)),
             'c) Por las restricciones de la emergencia sanitaria, las charlas preventivas se redujeron a %s (en 2019 fueron %s), '
             'con un total de %s asistentes.' % (C('3', 3, 'charla', y=2020), C('11', 11, 'charla', y=2019), C('145', 145, 'asistente', y=2020)),
             'd) Para estas acciones se destinó, con cargo a recursos directamente recaudados, la suma de %s en el año 2020.'
             % Mbreak('S/ 18 750,00', 18750.00, 2, y=2020),
             'Sin otro particular, me despido de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('ING. WILBER CONDORI APAZA', 'Alcalde', 'Municipalidad Distrital de Inambari', before=22)
    R.save()


def r017():
    R = new('r017', 'answered', None, ['protection', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000387-2022-SM-GG', ['Solicitud de Acceso a la Información Pública N° 0002871-2022', 'Informe N° 000142-2022-SM-GU'],
            '2022-03-02',
            'oficio with a digital signature box; counts by sex in one sentence; table by nationality with two status columns and a '
            'percent column computed row by row',
            notes='The percent column is the share of identified foreign victims of each nationality who got either status.')
    top(R, ['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Gerencia General'], 2022, 'Breña, 02 de marzo de 2022',
        'OFICIO N° 000387-2022-SM-GG', logo=(logo_png('migra', 'MIG', 'square', (0, 70, 140)), 1.4))
    to(R, ['Señora', 'VALERIA SOFÍA ORTIZ LANDA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Regularización migratoria de víctimas extranjeras de trata de personas - 2021'),
               ('Referencia:', 'a) Solicitud de Acceso a la Información Pública N° 0002871-2022\nb) Informe N° 000142-2022-SM-GU')])
    body(R, ['Me dirijo a usted, en atención al documento a) de la referencia, para informarle que, según el informe b), en el año '
             '2021 la Superintendencia Nacional de Migraciones tomó conocimiento de %s víctimas extranjeras de trata de personas, '
             '%s mujeres y %s varones, derivadas por el Ministerio Público y la Policía Nacional del Perú.'
             % (C('58', 58, 'víctima', y=2021), C('49', 49, 'mujer', y=2021), C('9', 9, 'varón', y=2021)),
             'La situación migratoria otorgada a dichas víctimas, por nacionalidad, es la siguiente:'])
    data = [('Venezolana', 34, 21, 9), ('Colombiana', 9, 5, 3), ('Ecuatoriana', 5, 2, 2), ('Boliviana', 4, 1, 1),
            ('Dominicana', 3, 2, 0), ('China', 2, 0, 1), ('Otras', 1, 0, 0)]
    rows = []
    T = [0, 0, 0]
    for lab, v, h, p in data:
        T[0] += v; T[1] += h; T[2] += p
        rows.append([lab, Cn(v, 'víctima', y=2021), Cn(h, 'víctima', y=2021), Cn(p, 'víctima', y=2021),
                     Pf(round((h + p) / v * 100, 1), y=2021, u='column')])
    rows.append(['Total', Cn(T[0], 'víctima', y=2021), Cn(T[1], 'víctima', y=2021), Cn(T[2], 'víctima', y=2021),
                 Pf(round((T[1] + T[2]) / T[0] * 100, 1), y=2021, u='column')])
    R.table([['Nacionalidad', 'Víctimas identificadas', 'Calidad migratoria humanitaria', 'Permiso temporal de permanencia',
              '% regularizado']], rows, widths=(3.4, 2.9, 3.4, 3.6, 2.5), bold_rows=(7,))
    body(R, ['Asimismo, en el marco de la prevención en puestos de control fronterizo, se registraron %s alertas por salida de '
             'menores de edad sin autorización y se capacitó a %s inspectores migratorios en la identificación de posibles víctimas.'
             % (C('1 306', 1306, 'alerta', y=2021), C('214', 214, 'inspector', y=2021)),
             'Atentamente,'])
    dsig(R, 'CÉSAR AUGUSTO MOLINA PAREDES', 'Gerente General', 'Superintendencia Nacional de Migraciones',
         when='02.03.2022 17:15:40 -05:00', fau='20551239692')
    R.save()


def r018():
    R = new('r018', 'answered', None, ['governance', 'protection', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'CARTA NOTARIAL N° 003-2021-GRU-GGR', ['Expediente N° 2021-01455', 'Carta Notarial s/n de fecha 01.03.2021'], '2021-03-17',
            'carta notarial with a notary\'s certification at its foot; amounts written "285 400 soles" (space thousands, the word '
            'soles after the number); "Atención:" line',
            notes='The requester had reiterated the request by a carta notarial; the reply was served through a notary. The '
                  'notary\'s certification (date of delivery, folio) holds no figures.')
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia General Regional'], logo=(logo_png('goreu', 'GRU', 'shield', (0, 100, 50)), 1.4))
    lema(R, 2021)
    R.p('Pucallpa, 17 de marzo de 2021', align='r', after=6)
    R.p('CARTA NOTARIAL N° 003-2021-GRU-GGR', bold=True, align='c', size=12, after=8)
    to(R, ['Señor', 'RAÚL ERNESTO VÁSQUEZ TORRES', 'Jr. Tacna N° 640, Callería', 'Pucallpa.-'])
    refline(R, [('Atención:', 'Gerencia Regional de Desarrollo Social'),
                ('Asunto:', 'Respuesta a su Expediente N° 2021-01455 y a su Carta Notarial s/n de fecha 01.03.2021')], tab=2.4, w2=13.6)
    body(R, ['Por medio de la presente, y en atención a los documentos señalados, cumplimos con informarle lo siguiente sobre las '
             'acciones del Gobierno Regional de Ucayali contra la trata de personas durante el año 2020:',
             'Primero: La Comisión Regional Multisectorial contra la Trata de Personas de Ucayali sesionó en %s oportunidades, '
             'de manera virtual, y aprobó la actualización de su plan regional.' % C('cuatro (04)', 4, 'sesión', y=2020),
             'Segundo: Para el Hogar de Refugio Temporal para víctimas de trata, que funciona en convenio con una entidad religiosa, '
             'se asignó %s, de los cuales se ejecutaron %s al cierre del año. En dicho hogar se albergó a %s adolescentes víctimas, '
             'con una permanencia promedio de cinco meses.' % (M('285 400 soles', 285400, y=2020, r='a'), M('271 938 soles', 271938, y=2020, r='e'),
                                                                C('13', 13, 'adolescente', y=2020)),
             'Tercero: Se difundieron %s spots radiales en castellano y shipibo-konibo y se realizaron %s charlas virtuales con %s '
             'participantes.' % (C('1 200', 1200, 'spot', y=2020), C('16', 16, 'charla', y=2020), C('982', 982, 'participante', y=2020)),
             'Sin otro particular, quedamos de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('ABOG. DIEGO ARMANDO FASANANDO RÍOS', 'Gerente General Regional', 'Gobierno Regional de Ucayali', before=20)
    R.p('', before=6)
    p = R.p('CERTIFICO: Que la presente carta notarial fue diligenciada en el domicilio señalado el día diecinueve de marzo '
            'de dos mil veintiuno, siendo recibida por persona que dijo ser familiar del destinatario. Doy fe. '
            '- Notaría Pública Sánchez Córdova, Pucallpa.', size=8, italic=True, align='j')
    para_border(p)
    R.save()


def r019():
    R = new('r019', 'answered', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 1124-2019-MTPE/2/15', ['Solicitud N° 2019-0004127'], '2019-03-21',
            'short covering oficio that gives no figure ("se remite el cuadro adjunto"); the answer is only in the attached table '
            'on page 2, by department, with a two-row header and a total',
            notes='The covering letter only refers to the attached table; all figures are in the table on page 2.')
    top(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Viceministerio de Promoción del Empleo y Capacitación Laboral',
            'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], 2019,
        'Lima, 21 de marzo de 2019', 'OFICIO N° 1124-2019-MTPE/2/15')
    to(R, ['Señora', 'GABRIELA INÉS ROMERO DEL CASTILLO', 'Presente.-'])
    asunto(R, [('Asunto:', 'Remite información - acciones de prevención del trabajo forzoso 2018'),
               ('Referencia:', 'Solicitud N° 2019-0004127')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, a fin de remitirle adjunto el '
             'cuadro con las acciones de sensibilización y capacitación en prevención del trabajo forzoso y la trata de personas '
             'con fines de explotación laboral, ejecutadas por esta Dirección General y las Direcciones y Gerencias Regionales '
             'de Trabajo durante el año 2018.',
             'Sin otro particular, me suscribo de usted.'])
    R.p('Atentamente,', after=0)
    R.sign('ABOG. MIGUEL ÁNGEL CANAHUIRE ROJAS', 'Director General de Derechos Fundamentales y Seguridad y Salud en el Trabajo',
           before=24)
    R.p('Adj.: Cuadro (01 folio)', size=8, before=10)
    R.pagebreak()
    R.p('CUADRO ADJUNTO', bold=True, align='c', after=2)
    R.p('Acciones de prevención del trabajo forzoso por departamento - año 2018', bold=True, align='c', after=6)
    data = [('Lima', 24, 2130, 187), ('Cusco', 11, 806, 64), ('Puno', 9, 712, 41), ('Madre de Dios', 14, 955, 52),
            ('Loreto', 7, 388, 29), ('Ucayali', 6, 301, 33), ('Junín', 8, 477, 27), ('Piura', 5, 296, 18),
            ('Ica', 6, 514, 22), ('Arequipa', 4, 268, 25)]
    rows = []
    T = [0, 0, 0]
    for lab, a, b, c in data:
        T[0] += a; T[1] += b; T[2] += c
        rows.append([lab, Cn(a, 'acción', y=2018), Cn(b, 'persona', y=2018), Cn(c, 'servidor', y=2018)])
    rows.append(['TOTAL', Cn(T[0], 'acción', y=2018), Cn(T[1], 'persona', y=2018), Cn(T[2], 'servidor', y=2018)])
    R.table([['Departamento', 'Sensibilización', '', 'Capacitación'],
             ['', 'Acciones', 'Personas sensibilizadas', 'Servidores públicos capacitados']], rows,
            merges=[(0, 0, 1, 0), (0, 1, 0, 2)], widths=(4.2, 3.0, 4.0, 4.6), bold_rows=(10,),
            colnames=[None, 'Sensibilización Acciones', 'Sensibilización Personas sensibilizadas', 'Capacitación Servidores públicos capacitados'],
            note='Fuente: DGDFSST y Direcciones/Gerencias Regionales de Trabajo y Promoción del Empleo.')
    R.save()


def r020():
    R = new('r020', 'answered', None, ['prosecution'], ('2022-01-01', '2022-09-30'),
            S('Policía Nacional del Perú - Región Policial Puno', 'REGPOL PUNO', 'police'),
            'OFICIO N° 812-2022-III-MACREPOL PUNO-MDD/REGPOL PUNO-SEC', ['Solicitud N° 0098-2022-TRANSP', 'Informe N° 045-2022-REGPOL PUNO/DIVINCRI-DEPINCRI'],
            '2022-10-21',
            'police oficio for January-September 2022; "PRIMERO: ... CUARTO:" ordinal paragraphs; complaint table by modality with '
            'one column per province and the total in the first row and first column',
            notes='Part-year request (January to September 2022).')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'III MACRO REGIÓN POLICIAL PUNO - MADRE DE DIOS', 'REGIÓN POLICIAL PUNO - SECRETARÍA'],
             logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.3))
    lema(R, 2022)
    R.p('Puno, 21 de octubre de 2022', align='r', after=6)
    R.p('OFICIO N° 812-2022-III-MACREPOL PUNO-MDD/REGPOL PUNO-SEC', bold=True, after=8)
    to(R, ['Señor', 'EDGAR RENÉ MAMANI TICONA', 'Jr. Lima N° 455', 'Puno.-'])
    body(R, ['Tengo el honor de dirigirme a usted, en atención a su Solicitud N° 0098-2022-TRANSP, mediante la cual requiere '
             'información sobre las denuncias por trata de personas registradas en la jurisdicción de la Región Policial Puno entre '
             'enero y setiembre de 2022; al respecto, según el Informe N° 045-2022-REGPOL PUNO/DIVINCRI-DEPINCRI, se informa:'])
    items = ['Entre el 01 de enero y el 30 de setiembre de 2022 se registraron %s denuncias por el presunto delito de trata de '
             'personas en las comisarías y unidades especializadas de la región.' % C('71', 71, 'denuncia', y=2022),
             'Se ejecutaron %s operativos policiales, principalmente en los centros mineros de La Rinconada y Cerro Lunar, '
             'en los que se rescató a %s presuntas víctimas, %s mujeres y %s varones.'
             % (C('26', 26, 'operativo', y=2022), C('58', 58, 'víctima', y=2022), C('51', 51, 'mujer', y=2022), C('7', 7, 'varón', y=2022)),
             'Se puso a disposición del Ministerio Público a %s personas detenidas en flagrancia.' % C('19', 19, 'detenido', y=2022),
             'Las denuncias por finalidad de explotación y provincia son las siguientes:']
    for i, t in enumerate(items, 1):
        R.p('**%s:** %s' % (ordinal(i).upper(), t), align='j', after=4)
    prov = ['Puno', 'San Román', 'San Antonio de Putina', 'Carabaya', 'Sandia']
    data = [('Explotación sexual', [6, 9, 18, 5, 3]), ('Explotación laboral', [2, 4, 9, 3, 2]), ('Mendicidad', [1, 2, 0, 0, 0]),
            ('Otras finalidades', [1, 1, 3, 1, 1])]
    tot = [sum(v[j] for _, v in data) for j in range(5)]
    rows = [['TOTAL', Cn(sum(tot), 'denuncia', y=2022)] + [Cn(x, 'denuncia', y=2022) for x in tot]]
    for lab, v in data:
        rows.append([lab, Cn(sum(v), 'denuncia', y=2022)] + [Cn(x, 'denuncia', y=2022) for x in v])
    R.table([['Finalidad', 'Total'] + prov], rows, widths=(3.6, 1.5, 1.8, 2.3, 2.9, 2.1, 1.9), size=8.5, bold_rows=(0,),
            note='Fuente: SIDPOL - DEPINCRI Puno (enero-setiembre 2022).')
    body(R, ['Es cuanto se informa para los fines del caso.'])
    R.sign('CORONEL PNP JULIO CÉSAR ARAGÓN MEZA', 'Jefe de la Región Policial Puno', 'OA - 318456', before=20)
    R.save()


def r021():
    R = new('r021', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 0689-2020-JUS/DGDPAJ', ['Expediente N° 20-014452-001', 'Informe N° 031-2020-JUS/DGDPAJ-DAV'], '2020-02-28',
            'oficio; table by district directorate of public defence with a percent column computed over the total row (total at '
            'the bottom, 100.0 %); amount in prose with dot thousands and comma decimals "S/ 1.284.650,40"')
    top(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'], 2020,
        'Miraflores, 28 de febrero de 2020', 'OFICIO N° 0689-2020-JUS/DGDPAJ', logo=(logo_png('minjus', 'JUS', 'shield', (150, 20, 20)), 1.4))
    to(R, ['Señor', 'FERNANDO JAVIER ALVA CÁCERES', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Patrocinio legal a víctimas de trata de personas - año 2019'),
               ('REFERENCIA', ': a) Expediente N° 20-014452-001\n  b) Informe N° 031-2020-JUS/DGDPAJ-DAV')])
    body(R, ['Me dirijo a usted, con relación al documento a) de la referencia, para hacer de su conocimiento que, conforme a lo '
             'informado por la Dirección de Asistencia Legal y Defensa de Víctimas en el documento b), los defensores públicos '
             'brindaron durante el año 2019 los siguientes servicios a víctimas de trata de personas:'])
    data = [('Lima', 88, 142), ('Lima Norte', 31, 57), ('Lima Sur', 19, 36), ('Callao', 14, 29), ('Cusco', 27, 61),
            ('Puno', 22, 40), ('Madre de Dios', 35, 48), ('Loreto', 29, 52), ('Arequipa', 12, 33), ('Tumbes', 9, 17),
            ('Otras direcciones distritales', 24, 71)]
    tp = sum(d[1] for d in data); to_ = sum(d[2] for d in data)
    rows = []
    for lab, p_, o in data:
        rows.append([lab, Cn(p_, 'patrocinio', y=2019), Pf(round(p_ / tp * 100, 1), y=2019, u='column'), Cn(o, 'orientación', y=2019)])
    rows.append(['TOTAL', Cn(tp, 'patrocinio', y=2019), Pf(100.0, y=2019, u='column'), Cn(to_, 'orientación', y=2019)])
    R.table([['Dirección Distrital de Defensa Pública', 'Patrocinios a víctimas', '% del total de patrocinios', 'Orientaciones legales']],
            rows, widths=(6.0, 3.0, 3.2, 3.0), bold_rows=(11,))
    body(R, ['El costo estimado del servicio de defensa de víctimas de trata en el año 2019, considerando las horas de trabajo de '
             'los defensores asignados, ascendió a %s.' % Mn(1284650.40, 'eu', y=2019, r='e'),
             'Atentamente,'])
    R.sign('ABOG. ROSA MARÍA VILLANUEVA ESPINOZA', 'Directora General de Defensa Pública y Acceso a la Justicia', before=20)
    R.save()


def r022():
    R = new('r022', 'answered', None, ['governance', 'prevention'], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'OFICIO N° 0097-2024-MPA/GDS', ['Expediente N° 2024-002317', 'Ordenanza Municipal N° 1548-2022-MPA'], '2024-01-30',
            'oficio with "Sumilla :" and "Referencia :" (space before the colon); budget table in thousands of soles stated only in '
            'the note under the table, with certification (committed) and executed columns',
            notes='Amounts of the table are in thousands of soles, stated only in the note under it: values x1000, unit_source caption.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpa', 'MPA', 'shield', (110, 20, 20)), 1.4))
    lema(R, 2024)
    R.p('Arequipa, 30 de enero de 2024', align='r', after=6)
    R.p('OFICIO N° 0097-2024-MPA/GDS', bold=True, under=True, after=8)
    to(R, ['Señora', 'LILIANA MARISOL TICONA FLORES', 'Presente.-'])
    refline(R, [('Sumilla :', 'Acciones y presupuesto contra la trata de personas - año 2023'),
                ('Referencia :', 'Expediente N° 2024-002317')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle que la Comisión Provincial contra la '
             'Trata de Personas de Arequipa, creada por Ordenanza Municipal N° 1548-2022-MPA, sesionó en %s oportunidades durante '
             'el año 2023 y que la Municipalidad ejecutó las siguientes actividades con cargo a su presupuesto institucional:'
             % C('8', 8, 'sesión', y=2023)])
    data = [('Funcionamiento de la Comisión Provincial', 42.5, 40.1, 38.7),
            ('Campañas en terminales terrestres y mercados', 96.0, 93.4, 91.2),
            ('Talleres en instituciones educativas', 58.3, 51.0, 49.8),
            ('Material de difusión', 31.2, 31.2, 30.9)]
    rows = []
    T = [0.0, 0.0, 0.0]
    for lab, a, c, e in data:
        T[0] += a; T[1] += c; T[2] += e
        rows.append([lab, Mf(a, dec=1, scale=1000, y=2023, r='a'), Mf(c, dec=1, scale=1000, y=2023, r='c'),
                     Mf(e, dec=1, scale=1000, y=2023, r='e')])
    rows.append(['Total', Mf(round(T[0], 1), dec=1, scale=1000, y=2023, r='a'), Mf(round(T[1], 1), dec=1, scale=1000, y=2023, r='c'),
                 Mf(round(T[2], 1), dec=1, scale=1000, y=2023, r='e')])
    R.table([['Actividad', 'PIM', 'Certificación', 'Devengado']], rows, widths=(7.6, 2.6, 2.8, 2.6), unit='caption', bold_rows=(4,),
            note='Nota: cifras en miles de soles. Fuente: Consulta Amigable MEF al 31.12.2023.')
    body(R, ['En las campañas y talleres participaron %s personas, y se distribuyeron %s materiales informativos.'
             % (C('6 480', 6480, 'persona', y=2023), C('15 000', 15000, 'material', y=2023)),
             'Atentamente,'])
    R.sign('LIC. ÓSCAR ENRIQUE ZEGARRA BEDREGAL', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Arequipa')
    R.save()


def r023():
    R = new('r023', 'answered', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Lambayeque', 'GRLAMB', 'regional_government'),
            'OFICIO N° 000214-2022-GR.LAMB/GRDS', ['Expediente N° 4120611-0', 'Informe Técnico N° 000019-2022-GR.LAMB/GRDS-SGPS'], '2022-02-22',
            'oficio forwarding an informe técnico on page 2 with sections I-IV; indicator table with years 2020 and 2021 as '
            'columns (mixed periods); percent of progress per year',
            notes='2020 values are given beside the requested 2021: answered.')
    top(R, ['GOBIERNO REGIONAL DE LAMBAYEQUE', 'Gerencia Regional de Desarrollo Social'], 2022, 'Chiclayo, 22 de febrero de 2022',
        'OFICIO N° 000214-2022-GR.LAMB/GRDS')
    to(R, ['Señor', 'JOSÉ MARÍA FIESTAS CHUNGA', 'Presente.-'])
    asunto(R, [('ASUNTO:', 'Información sobre la implementación del Plan Regional contra la Trata de Personas - 2021'),
               ('REFERENCIA:', 'Expediente N° 4120611-0')])
    body(R, ['Me dirijo a usted con relación al expediente de la referencia, para remitirle el Informe Técnico '
             'N° 000019-2022-GR.LAMB/GRDS-SGPS, que contiene la información solicitada sobre el año 2021.', 'Atentamente,'])
    dsig(R, 'MARÍA ELENA CHAPOÑÁN SANTISTEBAN', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Lambayeque',
         when='22.02.2022 09:12:31 -05:00', fau='20479569861')
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 000019-2022-GR.LAMB/GRDS-SGPS', bold=True, align='c', after=6)
    kv(R, [('A', ': Gerente Regional de Desarrollo Social'), ('DE', ': Subgerente de Promoción Social'),
           ('ASUNTO', ': Avance del Plan Regional contra la Trata de Personas 2021'), ('FECHA', ': Chiclayo, 18 de febrero de 2022')],
       tab=2.2, w2=13.8)
    R.p('I. ANTECEDENTES', bold=True, after=2)
    body(R, ['El Plan Regional contra la Trata de Personas de Lambayeque fue aprobado en el año 2019 y es monitoreado por la '
             'Mesa Regional contra la Trata de Personas.'])
    R.p('II. ANÁLISIS', bold=True, after=2)
    body(R, ['A efectos comparativos, se presentan los indicadores del plan en los años 2020 y 2021:'])
    ytab(R, 'Indicador', [2020, 2021], [
        ('Sesiones de la Mesa Regional', ('c', 'sesión'), [5, 9]),
        ('Campañas de sensibilización', ('c', 'campaña'), [7, 19]),
        ('Personas sensibilizadas', ('c', 'persona'), [2310, 8745]),
        ('Docentes capacitados', ('c', 'docente'), [96, 284]),
        ('Gobiernos locales con mesa o red', ('c', 'gobierno local'), [11, 17]),
        ('Avance de metas del plan', ('p', 1), [34.5, 68.2])], widths=(7.0, 3.0, 3.0))
    R.p('III. CONCLUSIÓN', bold=True, after=2)
    body(R, ['En el año 2021 se incrementaron las acciones de prevención con el retorno progresivo a la presencialidad.'])
    R.p('IV. RECOMENDACIÓN', bold=True, after=2)
    body(R, ['Remitir el presente informe al solicitante.'])
    R.sign('LIC. PERCY ALEJANDRO SERQUÉN LLONTOP', 'Subgerente de Promoción Social', before=14)
    R.save()


def r024():
    R = new('r024', 'answered', None, ['prosecution', 'governance'], ('2017-01-01', '2018-12-31'),
            S('Instituto Nacional de Estadística e Informática', 'INEI', 'other'),
            'OFICIO N° 0417-2019-INEI/DNCE', ['Solicitud N° 0000318-2019', 'Carta N° 012-2019-JCV'], '2019-03-14',
            'oficio; table of 26 rows (departments) with 2017 and 2018 complaint counts and a variation column with negative '
            'percents; the table continues on page 2 without its header',
            notes='The source is the registry of complaints of the police (RETA/SIDPOL) compiled by the INEI. Negative variations are '
                  'percent figures with a minus sign.')
    top(R, ['INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA', 'Dirección Nacional de Censos y Encuestas'], 2019,
        'Lima, 14 de marzo de 2019', 'OFICIO N° 0417-2019-INEI/DNCE')
    to(R, ['Señor', 'JORGE CASTRO VILLANUEVA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Denuncias por trata de personas 2017-2018'),
               ('Referencia:', 'Solicitud N° 0000318-2019 y Carta N° 012-2019-JCV')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a los documentos de la referencia, para remitirle el número de '
             'denuncias por el delito de trata de personas registradas por la Policía Nacional del Perú en los años 2017 y 2018, '
             'según departamento, información que el INEI compila a partir del Sistema de Registro y Estadística del delito de '
             'Trata de Personas y Afines (RETA) y del SIDPOL.',
             'Notas metodológicas: (i) se considera la fecha de registro de la denuncia y no la fecha de ocurrencia del hecho; '
             '(ii) una denuncia puede comprender a más de una presunta víctima; (iii) el departamento corresponde a la ubicación '
             'de la dependencia policial que registró la denuncia; (iv) las cifras de 2018 son preliminares y pueden variar por '
             'la actualización de los registros.',
             'Cabe precisar que el INEI no produce registros administrativos propios sobre este delito; la información que se '
             'remite proviene de las bases de datos que la Policía Nacional del Perú comparte con el Instituto en el marco del '
             'convenio de cooperación interinstitucional vigente, y es la misma que se publica en el informe técnico anual '
             'sobre estadísticas de trata de personas. El detalle por departamento es el siguiente:'])
    data = [('Amazonas', 8, 11), ('Áncash', 14, 12), ('Apurímac', 6, 9), ('Arequipa', 71, 84), ('Ayacucho', 12, 10),
            ('Cajamarca', 19, 23), ('Callao', 38, 45), ('Cusco', 98, 121), ('Huancavelica', 4, 6), ('Huánuco', 17, 15),
            ('Ica', 21, 27), ('Junín', 44, 52), ('La Libertad', 36, 41), ('Lambayeque', 29, 25), ('Lima', 402, 468),
            ('Loreto', 96, 88), ('Madre de Dios', 87, 102), ('Moquegua', 7, 9), ('Pasco', 11, 8), ('Piura', 33, 39),
            ('Puno', 104, 117), ('San Martín', 41, 36), ('Tacna', 26, 31), ('Tumbes', 18, 22), ('Ucayali', 39, 47)]
    rows = []
    T = [0, 0]
    for lab, a, b in data:
        T[0] += a; T[1] += b
        v = round((b - a) / a * 100, 1)
        rows.append([lab, Cn(a, 'denuncia', y=2017), Cn(b, 'denuncia', y=2018), Pf(v, y=None, u='column')])
    rows.append(['Total', Cn(T[0], 'denuncia', y=2017), Cn(T[1], 'denuncia', y=2018), Pf(round((T[1] - T[0]) / T[0] * 100, 1), u='column')])
    R.table([['Departamento', '2017', '2018', 'Var. % 2018/2017']], rows, widths=(5.5, 2.6, 2.6, 3.4), bold_rows=(25,), size=10.5,
            caption='Perú: Denuncias por trata de personas, según departamento, 2017-2018', repeat_head=False)
    body(R, ['Fuente: Policía Nacional del Perú - RETA / SIDPOL. Elaboración: INEI.', 'Atentamente,'])
    R.sign('ECON. ALFREDO NICOLÁS PALOMINO ARCE', 'Director Nacional de Censos y Encuestas', before=16)
    R.save()


def r025():
    R = new('r025', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Comercio Exterior y Turismo', 'MINCETUR', 'ministry'),
            'OFICIO N° 0128-2021-MINCETUR/VMT/DGPDT', ['Expediente N° 1038472', 'Memorándum N° 0042-2021-MINCETUR/VMT/DGPDT/DCT'],
            '2021-02-10',
            'ordinary oficio; the 2020 request is answered with 2018 and 2019 figures only (years as columns), because tourism '
            'activities were suspended in 2020',
            notes='Requested 2020; only 2018-2019 information is given, with an explanation for 2020 but no 2020 figure: out_of_period.')
    top(R, ['MINISTERIO DE COMERCIO EXTERIOR Y TURISMO', 'Viceministerio de Turismo',
            'Dirección General de Políticas de Desarrollo Turístico'], 2021, 'San Isidro, 10 de febrero de 2021',
        'OFICIO N° 0128-2021-MINCETUR/VMT/DGPDT')
    to(R, ['Señora', 'ELIZABETH NOEMÍ CAYO PARI', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Prevención de la explotación sexual de niñas, niños y adolescentes en el turismo'),
               ('REFERENCIA', ': a) Expediente N° 1038472\n  b) Memorándum N° 0042-2021-MINCETUR/VMT/DGPDT/DCT')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento a) de la referencia, mediante el cual solicita '
             'información sobre las acciones de prevención de la trata y la explotación sexual en el ámbito del turismo durante '
             'el año 2020.',
             'Al respecto, mediante el documento b) la Dirección de Calidad Turística informa que, debido a la suspensión de las '
             'actividades turísticas y de las capacitaciones presenciales durante el estado de emergencia, en el año 2020 no se '
             'consolidó información de la suscripción del Código de Conducta. No obstante, a fin de contribuir con su '
             'investigación, se remite la información de los dos años anteriores:'])
    ytab(R, 'Indicador', [2018, 2019], [
        ('Prestadores turísticos que suscribieron el Código de Conducta', ('c', 'prestador'), [412, 538]),
        ('Personas capacitadas del sector turismo', ('c', 'persona'), [2960, 3415]),
        ('Regiones con campaña "Tolerancia cero"', ('c', 'región'), [9, 12]),
        ('Monto ejecutado en campañas (S/)', ('m', 'e'), [184300.00, 221650.00])], widths=(8.4, 3.2, 3.2), size=9)
    body(R, ['Sin otro particular, hago propicia la oportunidad para expresarle los sentimientos de mi consideración.'])
    R.p('Atentamente,', after=0)
    dsig(R, 'CARLOS ENRIQUE VILLAFUERTE ROSAS', 'Director General de Políticas de Desarrollo Turístico', 'MINCETUR',
         when='10.02.2021 12:20:18 -05:00', fau='20504774288')
    R.save()


def r026():
    R = new('r026', 'out_of_period', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional Amazonas', 'GRA', 'regional_government'),
            'OFICIO N° 0176-2022-G.R.AMAZONAS/GRDS', ['Expediente N° 2022-0003315', 'Ordenanza Regional N° 021-2021-GRA/CR'], '2022-03-15',
            'oficio with "Sumilla:" and "Ref.:"; the 2019 request is answered with the 2022-2024 regional plan only: yearly '
            'targets and programmed budget with dot thousands and comma decimals',
            notes='Only plans for 2022-2024 (targets, programmed budget); nothing about 2019: out_of_period. Planned counts are figures with their target year.')
    R.header(['GOBIERNO REGIONAL AMAZONAS', 'Gerencia Regional de Desarrollo Social'])
    lema(R, 2022)
    R.p('Chachapoyas, 15 de marzo de 2022', align='r', after=6)
    R.p('OFICIO N° 0176-2022-G.R.AMAZONAS/GRDS', bold=True, after=8)
    refline(R, [('Sumilla:', 'Información sobre el Plan Regional contra la Trata de Personas.'),
                ('Ref.:', 'Expediente N° 2022-0003315')], tab=2.0, w2=14.0)
    to(R, ['Señor', 'HÉCTOR DAVID CULQUI TUESTA', 'Presente.-'])
    body(R, ['Me dirijo a usted en atención a su solicitud sobre las acciones del Gobierno Regional Amazonas contra la trata de '
             'personas en el año 2019. Sobre el particular, se informa que el Plan Regional contra la Trata de Personas de '
             'Amazonas 2022-2024 fue aprobado mediante Ordenanza Regional N° 021-2021-GRA/CR, y que sus metas y presupuesto '
             'programado son los siguientes:'])
    rows_ = [('Sesiones de la Comisión Regional', 'sesión', [4, 4, 4], 36000.00),
             ('Campañas de prevención en provincias', 'campaña', [7, 9, 11], 412500.00),
             ('Docentes capacitados', 'docente', [150, 220, 300], 118750.00),
             ('Víctimas con plan de reintegración', 'víctima', [10, 15, 20], 265000.00),
             ('Municipalidades con red local', 'municipalidad', [3, 5, 7], 42000.00)]
    rows = []
    for lab, w, metas, b in rows_:
        rows.append([lab] + [Cn(m, w, y=y) for m, y in zip(metas, (2022, 2023, 2024))] + [Mf(b, 'eu', r='a')])
    rows.append(['Total', '', '', '', Mf(sum(r[3] for r in rows_), 'eu', r='a')])
    R.table([['Línea de acción', 'Meta 2022', 'Meta 2023', 'Meta 2024', 'Presupuesto programado 2022-2024 (S/)']], rows,
            widths=(5.6, 1.9, 1.9, 1.9, 4.2), bold_rows=(5,))
    body(R, ['Las metas del plan se evaluarán anualmente por la Comisión Regional.', 'Atentamente,'])
    R.sign('LIC. ROSA ELVIRA TORREJÓN ZUTA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional Amazonas')
    R.save()


def r027():
    R = new('r027', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MPFN', 'autonomous'),
            'OFICIO N° 0042-2023-MP-FN-FPEDTP-CUSCO', ['Solicitud N° 0012-2023-TAIP', 'Hoja de Envío N° 0178-2023'], '2023-01-25',
            'oficio with two plain-text tab tables (one per year, 2020 and 2021) for a 2022 request whose data are not yet consolidated',
            notes='Requested 2022; the office says 2022 figures are not consolidated and gives 2020 and 2021 only: out_of_period.')
    R.header(['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Distrito Fiscal del Cusco',
              'Fiscalía Provincial Especializada en Delitos de Trata de Personas del Cusco'])
    lema(R, 2023)
    R.p('Cusco, 25 de enero de 2023', align='r', after=6)
    R.p('OFICIO N° 0042-2023-MP-FN-FPEDTP-CUSCO', bold=True, after=8)
    to(R, ['Señor', 'ALEJANDRO FLORES HUILLCA', 'Presente.-'])
    asunto(R, [('ASUNTO', ': Atiende Solicitud N° 0012-2023-TAIP'), ('REF.', ': Hoja de Envío N° 0178-2023')])
    body(R, ['Me dirijo a usted con relación a su pedido de estadísticas de esta Fiscalía correspondientes al año 2022. Al respecto, '
             'debo informarle que, por la migración del Sistema de Gestión Fiscal, la estadística del año 2022 se encuentra en '
             'proceso de consolidación por el Área de Estadística del Distrito Fiscal. Sin perjuicio de ello, se le alcanza la '
             'información de los años 2020 y 2021:'])
    for yr, vals in ((2020, [('Denuncias ingresadas', 64, 'denuncia'), ('Carpetas archivadas', 21, 'carpeta'),
                             ('Acusaciones formuladas', 9, 'acusación'), ('Sentencias condenatorias', 5, 'sentencia')]),
                     (2021, [('Denuncias ingresadas', 87, 'denuncia'), ('Carpetas archivadas', 33, 'carpeta'),
                             ('Acusaciones formuladas', 14, 'acusación'), ('Sentencias condenatorias', 8, 'sentencia')])):
        R.p('Año %d' % yr, bold=True, after=0, before=4)
        R.tabgrid([['Concepto', 'Cantidad']], [[lab, Cn(v, w, y=yr)] for lab, v, w in vals], stops=[(10.0, 'r')], size=10,
                  rule='=', rule_len=60)
    body(R, ['Una vez consolidada la información del año 2022, podrá solicitarla nuevamente.', 'Atentamente,'])
    R.sign('ABOG. GLORIA AMPARO CCAHUANA HUAMÁN', 'Fiscal Provincial', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas del Cusco')
    R.save()


def r028():
    R = new('r028', 'out_of_period', None, ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0389-2022-MDA/SG', ['Expediente N° 22174-2022'], '2022-07-15',
            'carta; the 2021 request is answered with January-June 2022 only; an amount whose space-separated thousands are broken '
            'over two lines ("S/ 24 / 650,00")',
            notes='Requested 2021; all figures are for the first half of 2022: out_of_period. "S/ 24 650,00" is broken over two lines '
                  'at its thousands space.')
    R.header(['MUNICIPALIDAD DISTRITAL DE ATE', 'Secretaría General'])
    lema(R, 2022)
    R.p('Ate, 15 de julio de 2022', align='r', after=6)
    R.p('CARTA N° 0389-2022-MDA/SG', bold=True, after=8)
    to(R, ['Señorita', 'MILAGROS ESTHER HUARCAYA POMA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Respuesta a su solicitud de acceso a la información'), ('Ref.:', 'Expediente N° 22174-2022')])
    body(R, ['Me dirijo a usted en atención a su solicitud, registrada con el expediente de la referencia, mediante la cual solicita '
             'información sobre las acciones de la Municipalidad contra la trata de personas durante el año 2021.',
             'Al respecto, la Subgerencia de Bienestar Social y DEMUNA informa que, debido al cambio de su personal, no conserva '
             'registros del año 2021, y remite la información con que cuenta, correspondiente al primer semestre de 2022:',
             '- Charlas preventivas en instituciones educativas del distrito: %s, con %s estudiantes.' % (C('21', 21, 'charla', y=2022), C('1 880', 1880, 'estudiante', y=2022)),
             '- Casos de presuntas víctimas atendidos por la DEMUNA y derivados a la Unidad de Protección Especial: %s.' % C('6', 6, 'caso', y=2022),
             '- Inversión en materiales y movilidad para el programa: %s, con cargo a recursos ordinarios, ejecutados al 30 de junio.'
             % Mbreak('S/ 24 650,00', 24650.00, 5, y=2022, r='e'),
             'Sin otro particular.'])
    R.p('Atentamente,', after=0)
    R.sign('ABOG. KARINA ELIZABETH SOTO VERA', 'Secretaria General', 'Municipalidad Distrital de Ate', before=22)
    R.save()


def r029():
    R = new('r029', 'out_of_period', None, ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Embassy of Canada to Peru', None, 'foreign'),
            None, [], '2023-03-09',
            'English letter of an embassy without an own number; hlines table of funded projects 2019-2020 with CAD amounts',
            lang='en',
            notes='Requested 2022; only 2019-2020 projects are given: out_of_period. The embassy answers voluntarily.')
    R.header(['Embassy of Canada to Peru', 'Ambassade du Canada au Pérou'], align='l', size=9, rule=False, italic_rest=True)
    R.p('Lima, March 9, 2023', align='r', after=8)
    to(R, ['Mr. Daniel Paredes Ugarte', 'Lima'])
    body(R, ['Dear Mr. Paredes:',
             'Thank you for your message asking about projects against trafficking in persons supported by Canada in Peru in 2022. '
             'The records of the Canada Fund for Local Initiatives for 2022 are still being closed and cannot be shared yet. For '
             'your reference, the projects it supported in 2019 and 2020 were the following:'])
    rows = [['Prevention of trafficking in schools of the Cusco region', 'Local NGO (Cusco)', '2019', M('CAD 48,500', 48500, y=2019, cur='CAD', u='cell')],
            ['Psychological support for adolescent victims', 'Local NGO (Lima)', '2019', M('CAD 62,000', 62000, y=2019, cur='CAD', u='cell')],
            ['Community radio campaign in Madre de Dios', 'Community radio network', '2020', M('CAD 35,750', 35750, y=2020, cur='CAD', u='cell')]]
    R.table([['Project', 'Partner', 'Year', 'Contribution']], rows, ruled='hlines', widths=(7.2, 4.0, 1.4, 3.0), head_shade=None)
    body(R, ['The three projects reached %s students and %s adolescents in total.' % (C('3,420', 3420, 'student'), C('57', 57, 'adolescent')),
             'Sincerely,'])
    R.sign('Julie Tremblay', 'First Secretary (Political)', 'Embassy of Canada to Peru', align='l', firma=False, before=20)
    R.save()


def r030():
    R = new('r030', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Autoridad de Transporte Urbano para Lima y Callao', 'ATU', 'other'),
            'CARTA N° 000211-2023-ATU/GG-OAC', ['Solicitud N° 2023-0014871'], '2023-05-12',
            'carta; for a 2019 request the body reports only 2022 campaigns in the bus system (the 2019 records were not transferred to it); '
            'amount with dot thousands and comma decimals after "S/"',
            notes='The authority has no 2019 records (not transferred) and reports 2022 only: out_of_period.')
    top(R, ['AUTORIDAD DE TRANSPORTE URBANO PARA LIMA Y CALLAO', 'Oficina de Atención al Ciudadano'], 2023,
        'Lima, 12 de mayo de 2023', 'CARTA N° 000211-2023-ATU/GG-OAC')
    to(R, ['Señor', 'RODRIGO ANDRÉS LÓPEZ CÁRDENAS', 'Presente.-'])
    asunto(R, [('Asunto:', 'Atención de la Solicitud N° 2023-0014871')])
    body(R, ['Nos dirigimos a usted con relación a su solicitud sobre las campañas contra la trata de personas realizadas en el '
             'sistema de transporte urbano en el año 2019.',
             'Sobre el particular, la ATU asumió la gestión del Metropolitano y de los Corredores Complementarios de manera '
             'progresiva, y el acervo documentario de las entidades que los administraban en 2019 aún no le ha sido transferido. '
             'La información disponible corresponde al año 2022, en el que, en coordinación con el Ministerio del Interior, se realizaron %s campañas de difusión de la Línea 1818 en %s buses y %s estaciones, con una inversión de %s.'
             % (C('3', 3, 'campaña', y=2022), C('1 240', 1240, 'bus', y=2022), C('38', 38, 'estación', y=2022), Mn(146800.00, 'eu', y=2022, r='e')),
             'Atentamente,'])
    dsig(R, 'PAOLA ANDREA MEZA GUTIÉRREZ', 'Jefa de la Oficina de Atención al Ciudadano', 'ATU',
         when='12.05.2023 15:48:02 -05:00', fau='20604932964')
    R.save()
