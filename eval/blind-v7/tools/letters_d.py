"""blind-v7 replies g740-g750 (written for this set)."""
from lib import M, C, P, logo_png
from common import new, S, lema, kv, to, top, body, notes_block


def g740():
    R = new('g740', 'answered', None, ['governance', 'prevention', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'OFICIO N° 177-2019/GOB.REG.TUMBES-GGR-GRDS', ['Informe N° 031-2019/GOB.REG.TUMBES-GGR-GRPPAT-SGP'], '2019-05-09',
            'oficio + unruled SIAF table by genérica with "Monto (S/)" headers, Spanish decimal comma and dot thousands',
            font='Tahoma', size=10)
    top(R, ['GOBIERNO REGIONAL DE TUMBES', 'Gerencia Regional de Desarrollo Social'], 2019, 'Tumbes, 09 de mayo de 2019',
        'OFICIO N° 177-2019/GOB.REG.TUMBES-GGR-GRDS', logo=(logo_png('grt', 'GRT', 'shield', (0, 90, 120)), 1.3))
    to(R, ['Señora', 'MARÍA ELENA QUISPE HUAMÁN', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Presupuesto ejecutado en acciones contra la trata de personas durante el año 2018'),
           ('Ref.', ': Informe N° 031-2019/GOB.REG.TUMBES-GGR-GRPPAT-SGP')])
    body(R, ['Me dirijo a usted para alcanzarle la información presupuestal del año fiscal 2018 de la actividad "Implementación del '
             'Plan Regional contra la Trata de Personas", a cargo de esta Gerencia, según el informe de la referencia:'])
    R.table([['Genérica de gasto', 'PIA\nMonto (S/)', 'PIM\nMonto (S/)', 'Devengado\nMonto (S/)']],
            [['2.3 Bienes y servicios', M('80.000,00', 80000.00, y=2018, r='a'), M('112.650,00', 112650.00, y=2018, r='a'),
              M('104.377,25', 104377.25, y=2018, r='e')],
             ['2.5 Otros gastos', M('10.000,00', 10000.00, y=2018, r='a'), M('6.000,00', 6000.00, y=2018, r='a'),
              M('5.850,00', 5850.00, y=2018, r='e')],
             ['Total', M('90.000,00', 90000.00, y=2018, r='a'), M('118.650,00', 118650.00, y=2018, r='a'),
              M('110.227,25', 110227.25, y=2018, r='e')]],
            ruled='none', head_shade=None, widths=(5.5, 3.2, 3.2, 3.2), bold_rows=(2,))
    body(R, ['Con estos recursos se atendió a ' + C('19 víctimas', 19, 'víctima', y=2018) + ' en el Hogar de Refugio Temporal de Zarumilla, '
             'se implementó la campaña "Frontera segura" en el CEBAF Aguas Verdes, con ' + C('4 200 folletos', 4200, 'folleto', y=2018) +
             ' distribuidos, y se realizaron ' + C('tres sesiones', 3, 'sesión', y=2018) + ' de la Mesa Regional.',
             'Atentamente,'])
    R.sign('Lic. JOSÉ MANUEL OLAYA ZAPATA', 'Gerente Regional de Desarrollo Social')
    R.save()


def g741():
    R = new('g741', 'out_of_period', None, ['prevention', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de San Román', 'MPSR', 'provincial_municipality'),
            None, ['Solicitud N° 0452-2023'], '2023-09-14',
            'printed Outlook e-mail in Spanish; request 2019 quoted; reply describes 2023 actions only',
            font='Segoe UI', size=10)
    R.p('Correo: Transparencia MPSR - Outlook', size=8, after=6)
    R.p('RE: Solicitud N° 0452-2023 - Acciones contra la trata de personas 2019', bold=True, size=13, after=4)
    kv(R, [('De:', 'Transparencia Municipalidad Provincial de San Román <transparencia@munisanroman.gob.pe>'),
           ('Enviado:', 'jueves, 14 de septiembre de 2023 10:47'),
           ('Para:', 'observatorio.trata@gmail.com'),
           ('Asunto:', 'RE: Solicitud N° 0452-2023 - Acciones contra la trata de personas 2019')], size=9, tab=2.4)
    body(R, ['Buenos días:',
             'En atención a su Solicitud N° 0452-2023, en la cual requiere información sobre las acciones de la municipalidad contra '
             'la trata de personas en el año 2019, la Gerencia de Desarrollo Social nos informa lo siguiente:',
             '1. La Comisión Provincial contra la Trata de Personas de San Román fue reactivada en febrero de 2023 y a la fecha ha '
             'sesionado ' + C('cuatro veces', 4, 'sesión', y=2023) + '.',
             '2. En julio de 2023 se realizó la campaña "Juliaca sin trata" en el terminal terrestre, con la participación de ' +
             C('1.350 personas', 1350, 'persona', y=2023) + ' y un gasto de ' + M('S/ 9.870,00', 9870.00, y=2023, r='e') + '.',
             '3. Se capacitó a ' + C('62 inspectores municipales', 62, 'inspector', y=2023) + ' en la identificación de indicios de trata '
             'durante las inspecciones a hospedajes.',
             'La gestión municipal anterior no dejó acervo documentario sobre la materia.',
             'Atentamente,',
             'Unidad de Transparencia y Acceso a la Información\nMunicipalidad Provincial de San Román - Juliaca'], align='l', size=10)
    R.save()


def g742():
    R = new('g742', 'answered', None, ['prevention', 'prosecution', 'protection'], ('2018-01-01', '2019-12-31'),
            S('International Labour Organization - Office for the Andean Countries', 'ILO', 'other'),
            'ILO-LIM/2020/0143', [], '2020-02-18',
            'English letter with a ruled table of expenditure by year, header "Expenditure (USD)", counts in prose',
            lang='en', font='Times New Roman', size=11)
    R.header(['INTERNATIONAL LABOUR ORGANIZATION', 'ILO Decent Work Technical Support Team and Country Office for the Andean Countries'],
             logo=(logo_png('ilo', 'ILO', 'circle', (0, 60, 130)), 1.3))
    R.p('Lima, 18 February 2020', align='r')
    R.p('Our ref.: ILO-LIM/2020/0143', bold=True)
    to(R, ['Mr. Carlos Alberto Mendoza Ríos', 'Citizens\u2019 Observatory on Trafficking in Persons', 'Lima'])
    body(R, ['Dear Mr. Mendoza,',
             'With reference to your request for information on the ILO\u2019s contribution to the fight against forced labour and '
             'trafficking for labour exploitation in Peru in 2018 and 2019, I am pleased to provide the following summary of the '
             'project "Bridge to Global Action on Forced Labour".'])
    R.table([['Activity', 'Expenditure (USD)', ''], ['', '2018', '2019']],
            [['Support to the National Commission against Forced Labour', M('48,200', 48200, cur='USD', y=2018, r='e'),
              M('51,750', 51750, cur='USD', y=2019, r='e')],
             ['Training of labour inspectors', M('36,900', 36900, cur='USD', y=2018, r='e'), M('42,300', 42300, cur='USD', y=2019, r='e')],
             ['Victim identification and referral protocol', M('22,400', 22400, cur='USD', y=2018, r='e'),
              M('18,650', 18650, cur='USD', y=2019, r='e')]],
            merges=[(0, 1, 0, 2), (0, 0, 1, 0)], widths=(8.5, 3.0, 3.0), colnames=[None, '2018', '2019'])
    body(R, ['Over the two years, ' + C('214 labour inspectors', 214, 'labour inspector') + ' were trained, and the referral protocol was '
             'applied in ' + C('37 cases', 37, 'case', y=2019) + ' identified during inspections in 2019. Nearly ' + P('60 per cent', 60) +
             ' of the inspectors trained work in the regions of Madre de Dios, Cusco and Loreto.',
             'Please do not hesitate to contact us should you require further details.',
             'Yours sincerely,'], align='j')
    R.sign('Philippe Vanhuynegem', 'Director', 'ILO Office for the Andean Countries', align='l', firma=False)
    R.save()


def g743():
    R = new('g743', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            'OFICIO N° 0098-2020-GDS/MDI', ['Oficio Múltiple N° 012-2020-CG'], '2020-02-19',
            'oficio on the Vaso de Leche programme (beneficiaries and rations), grid table; not about trafficking')
    top(R, ['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Gerencia de Desarrollo Social', 'Subgerencia de Programas Alimentarios'], 2020,
        'Independencia, 19 de febrero de 2020', 'OFICIO N° 0098-2020-GDS/MDI')
    to(R, ['Señor', 'Jefe del Órgano de Control Institucional', 'Presente.-'])
    kv(R, [('Asunto', ': Información del Programa del Vaso de Leche - II semestre 2019'), ('Ref.', ': Oficio Múltiple N° 012-2020-CG')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitir la información del Programa del Vaso de Leche '
             'correspondiente al segundo semestre de 2019:'])
    R.table([['Tipo de beneficiario', 'Beneficiarios', 'Raciones distribuidas']],
            [['Niños de 0 a 6 años', C('8 214', 8214, 'beneficiario', y=2019), C('1 478 520', 1478520, 'ración', y=2019)],
             ['Madres gestantes y en lactancia', C('1 102', 1102, 'beneficiario', y=2019), C('198 360', 198360, 'ración', y=2019)],
             ['Adultos mayores', C('2 376', 2376, 'beneficiario', y=2019), C('427 680', 427680, 'ración', y=2019)],
             ['Personas con TBC', C('95', 95, 'beneficiario', y=2019), C('17 100', 17100, 'ración', y=2019)]],
            widths=(6.5, 3.0, 4.0), num_align='c', head_shade='E2EFDA')
    body(R, ['El gasto en insumos (leche evaporada y hojuelas de avena) ascendió a ' + M('S/ 1.936.418,60', 1936418.60, y=2019, r='e') +
             ', equivalente al ' + P('97,2%', 97.2, y=2019) + ' de la transferencia recibida del MIDIS.',
             'Atentamente,'])
    R.sign('Lic. ROSARIO DEL PILAR CANCHO VERA', 'Gerente de Desarrollo Social')
    R.save()


def g744():
    R = new('g744', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Piura', 'GORE Piura', 'regional_government'),
            'ACTA N° 007-2020-GRP-GRDS', ['Solicitud de Acceso a la Información N° 0216-2020'], '2020-03-03',
            'acta de entrega de información (minute of delivery), numbered clauses; delivered information is about 2016-2017',
            notes='Request for 2019 restated; the information delivered covers 2016-2017 only.')
    R.header(['GOBIERNO REGIONAL PIURA', 'GERENCIA REGIONAL DE DESARROLLO SOCIAL'], logo=(logo_png('grp', 'GRP', 'square', (0, 80, 60)), 1.2))
    R.p('ACTA N° 007-2020-GRP-GRDS', bold=True, align='c', size=13, after=0)
    R.p('ACTA DE ENTREGA DE INFORMACIÓN PÚBLICA', bold=True, align='c', after=10)
    body(R, ['En la ciudad de Piura, siendo las 10:30 horas del día 03 de marzo de 2020, en las oficinas de la Gerencia Regional de '
             'Desarrollo Social, se reunieron la Lic. Carmen Rosa Sernaqué Ipanaqué, responsable de acceso a la información, y el '
             'Sr. Julio César Timaná Flores, en representación del Observatorio Ciudadano sobre Trata de Personas, para la entrega de '
             'la información solicitada mediante la Solicitud de Acceso a la Información N° 0216-2020, referida a las acciones de la '
             'Red Regional contra la Trata de Personas durante el año 2019.',
             'PRIMERO.- La responsable de acceso a la información deja constancia de que la Red Regional no registra actas ni informes '
             'del año 2019 en el acervo de la Gerencia, por encontrarse la Secretaría Técnica en proceso de reorganización.',
             'SEGUNDO.- Se hace entrega de la copia del Informe Anual de la Red Regional correspondiente a los años 2016-2017, que da '
             'cuenta de ' + C('11 sesiones', 11, 'sesión') + ', ' + C('27 charlas', 27, 'charla') + ' en colegios de Sullana y Paita, '
             'con ' + C('3 640 estudiantes', 3640, 'estudiante') + ' participantes, y una ejecución de ' +
             M('S/ 58,300.00', 58300.00, r='e') + ' en el bienio.',
             'TERCERO.- El representante del Observatorio recibe la documentación en ' + C('46 folios', 46, 'folio') + ' y deja constancia '
             'de que la información entregada no corresponde al periodo solicitado.',
             'Siendo las 11:05 horas, se da por concluido el acto, firmando los presentes en señal de conformidad.'])
    R.table([['_________________________', '_________________________'],
             ['Lic. Carmen Rosa Sernaqué Ipanaqué\nResponsable de Acceso a la Información', 'Julio César Timaná Flores\nObservatorio Ciudadano']],
            [], ruled='none', head_shade=None, head_bold=False, widths=(8.0, 8.0), size=9)
    R.save()


def g745():
    R = new('g745', 'answered', None, ['protection'], ('2019-01-01', '2020-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000891-2021-SM-MIGRACIONES', ['Solicitud de Acceso a la Información Pública N° 2021-01155'], '2021-03-15',
            'oficio, grid table of foreign victims by nationality with merged year header and totals; percent and count in prose')
    top(R, ['SUPERINTENDENCIA NACIONAL DE MIGRACIONES', 'Gerencia de Servicios Migratorios'], 2021, 'Breña, 15 de marzo de 2021',
        'OFICIO N° 000891-2021-SM-MIGRACIONES')
    to(R, ['Señor', 'CARLOS ALBERTO MENDOZA RÍOS', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Calidades migratorias otorgadas a víctimas de trata de personas, 2019-2020'),
           ('Ref.', ': Solicitud de Acceso a la Información Pública N° 2021-01155')])
    body(R, ['Me dirijo a usted, en atención a la solicitud de la referencia, para remitirle la información estadística (sin datos '
             'personales) de ciudadanos extranjeros víctimas de trata de personas a quienes se otorgó la calidad migratoria especial '
             'o humanitaria:'])
    R.table([['Nacionalidad', 'Calidades migratorias otorgadas', ''], ['', '2019', '2020']],
            [['Venezolana', C('58', 58, 'calidad migratoria', y=2019), C('34', 34, 'calidad migratoria', y=2020)],
             ['Colombiana', C('12', 12, 'calidad migratoria', y=2019), C('7', 7, 'calidad migratoria', y=2020)],
             ['Ecuatoriana', C('6', 6, 'calidad migratoria', y=2019), C('4', 4, 'calidad migratoria', y=2020)],
             ['Otras', C('3', 3, 'calidad migratoria', y=2019), C('2', 2, 'calidad migratoria', y=2020)],
             ['Total', C('79', 79, 'calidad migratoria', y=2019), C('47', 47, 'calidad migratoria', y=2020)]],
            merges=[(0, 1, 0, 2), (0, 0, 1, 0)], widths=(5.0, 3.5, 3.5), num_align='c', bold_rows=(4,), head_shade='DEEAF6')
    body(R, ['En 2020, el ' + P('72,3 %', 72.3, y=2020) + ' de las calidades otorgadas correspondió a ciudadanas venezolanas. Asimismo, '
             'se exoneró del pago de tasas y multas migratorias a ' + C('41 víctimas', 41, 'víctima', y=2020) + ' en dicho año.',
             'Atentamente,'])
    R.sign('ABG. MÓNICA PATRICIA ZEGARRA LUNA', 'Gerente de Servicios Migratorios')
    R.save()


def g746():
    R = new('g746', 'missing', 'no_information', ['prosecution', 'protection'], ('2017-01-01', '2018-12-31'),
            S('Ministerio Público - Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Tumbes', 'MP-FN', 'autonomous'),
            'OFICIO N° 000612-2019-MP-FN-PJFSTUMBES', ['Oficio N° 021-2019-OCTP'], '2019-04-03',
            'oficio: files searched, information not held / not systematized; words "no se registra información" but no substantive data')
    top(R, ['MINISTERIO PÚBLICO', 'Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Tumbes'], 2019,
        'Tumbes, 03 de abril de 2019', 'OFICIO N° 000612-2019-MP-FN-PJFSTUMBES')
    to(R, ['Señora', 'MARÍA ELENA QUISPE HUAMÁN', 'Presente.-'])
    kv(R, [('Asunto', ': Respuesta a pedido de información'), ('Ref.', ': Oficio N° 021-2019-OCTP')])
    body(R, ['Tengo a bien dirigirme a usted con relación al documento de la referencia, por el cual solicita información sobre el número '
             'de víctimas de trata de personas atendidas y las carpetas fiscales por dicho delito en este Distrito Fiscal, durante los '
             'años 2017 y 2018, desagregadas por edad, sexo y nacionalidad.',
             'Al respecto, se consultó a las fiscalías provinciales penales corporativas de Tumbes, Zarumilla y Contralmirante Villar, '
             'las que informan que no cuentan con la información en la forma requerida, por cuanto el registro de carpetas no consigna '
             'los datos de las víctimas de manera desagregada, y que la información estadística se centraliza en la Oficina de '
             'Racionalización y Estadística de la Fiscalía de la Nación, en Lima.',
             'En ese sentido, no es posible atender su pedido con la información que obra en esta sede.',
             'Atentamente,'])
    R.sign('Dr. WALTER ENRIQUE SEMINARIO OLAYA', 'Presidente de la Junta de Fiscales Superiores', 'Distrito Fiscal de Tumbes')
    R.save()


def g747():
    R = new('g747', 'missing', 'not_competent_referred', ['governance', 'prevention', 'protection', 'prosecution'], ('2017-01-01', '2021-12-31'),
            S('Ministerio de Cultura', 'MINCUL', 'ministry'),
            'OFICIO N° 000233-2022-OGAC/MC', ['Expediente N° 2022-0044152'], '2022-05-26',
            'oficio: restates a long list of requested topics (commission, campaigns, shelters, complaints, budget), then not competent and referred to MININTER and MIMP')
    top(R, ['MINISTERIO DE CULTURA', 'Oficina General de Atención al Ciudadano y Gestión Documentaria'], 2022,
        'San Borja, 26 de mayo de 2022', 'OFICIO N° 000233-2022-OGAC/MC')
    to(R, ['Señora', 'ANA LUCÍA TORRES GAMARRA', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Encausamiento de solicitud de acceso a la información'), ('Ref.', ': Expediente N° 2022-0044152')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita, respecto del periodo 2017-2021, '
             'la siguiente información:'])
    R.bullets(['a) Participación en la Comisión Multisectorial Permanente contra la Trata de Personas y presupuesto asignado al PNAT.',
               'b) Campañas de prevención y sensibilización dirigidas a pueblos indígenas u originarios.',
               'c) Víctimas indígenas atendidas en centros de acogida residencial y servicios de intérpretes en lenguas originarias.',
               'd) Denuncias, investigaciones y operativos en zonas con presencia de población indígena.'], style='List Paragraph')
    body(R, ['Al respecto, luego de la consulta a la Dirección General de Ciudadanía Intercultural, se advierte que este Ministerio no '
             'es la entidad que posee la información solicitada. Por tal motivo, en aplicación del artículo 15-A del Reglamento de la '
             'Ley de Transparencia, su solicitud ha sido encausada al Ministerio del Interior y al Ministerio de la Mujer y '
             'Poblaciones Vulnerables, entidades que presiden y participan en la Comisión Multisectorial, respectivamente.',
             'Atentamente,'])
    R.sign('CLAUDIA MARÍA FERNÁNDEZ RUBIO', 'Jefa de la Oficina General de Atención al Ciudadano y Gestión Documentaria')
    R.save()


def g748():
    R = new('g748', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Cerro Colorado', 'MDCC', 'district_municipality'),
            'CARTA N° 071-2021-MDCC/GDS', ['Solicitud N° 0114-2021'], '2021-02-17',
            'carta: substantive null answer for 2020 (no activities, no budget, S/ 0,00), with a zero count',
            notes='Substantive null answer: no actions and no budget in 2020.')
    top(R, ['MUNICIPALIDAD DISTRITAL DE CERRO COLORADO', 'Gerencia de Desarrollo Social'], 2021, 'Cerro Colorado, 17 de febrero de 2021',
        'CARTA N° 071-2021-MDCC/GDS')
    to(R, ['Señora', 'María Elena Quispe Huamán', 'Observatorio Ciudadano sobre Trata de Personas'])
    kv(R, [('Asunto', ': Información sobre acciones contra la trata de personas - 2020'), ('Ref.', ': Solicitud N° 0114-2021')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, para informarle que durante el año 2020 esta Municipalidad '
             'no ejecutó actividades de prevención de la trata de personas, debido a la declaratoria de emergencia sanitaria y a la '
             'reprogramación del presupuesto municipal para la atención de la pandemia.',
             'En consecuencia, el presupuesto ejecutado en la materia durante el ejercicio 2020 fue de ' + M('S/ 0,00', 0.0, y=2020, r='e') +
             ', y se realizaron ' + C('cero (0) campañas', 0, 'campaña', y=2020) + ' informativas. Asimismo, el Comité Distrital de '
             'Seguridad Ciudadana no trató el tema en sus sesiones de dicho año.',
             'Atentamente,'])
    R.sign('Lic. FREDDY ALBERTO CHOQUEHUANCA RAMOS', 'Gerente de Desarrollo Social')
    R.save()


def g749():
    R = new('g749', 'out_of_period', None, ['protection'], ('2017-01-01', '2018-12-31'),
            S('Programa Integral Nacional para el Bienestar Familiar', 'INABIF', 'ministry'),
            'OFICIO N° 000154-2019-MIMP-INABIF-DE', ['Hoja de Ruta N° 00512-2019'], '2019-01-23',
            'oficio, table for 2016 only (request 2017-2018), headers wrapped over two lines, percent column "(%)" and per-resident cost',
            font='Arial Narrow', size=11)
    top(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Integral Nacional para el Bienestar Familiar - INABIF',
            'Dirección Ejecutiva'], 2019, 'Lima, 23 de enero de 2019', 'OFICIO N° 000154-2019-MIMP-INABIF-DE')
    to(R, ['Señor', 'CARLOS ALBERTO MENDOZA RÍOS', 'Observatorio Ciudadano sobre Trata de Personas', 'Presente.-'])
    kv(R, [('Asunto', ': Residentes víctimas de trata en Centros de Atención Residencial, 2017-2018'),
           ('Ref.', ': Hoja de Ruta N° 00512-2019')])
    body(R, ['Me dirijo a usted en relación al documento de la referencia, mediante el cual solicita el número de niñas, niños y '
             'adolescentes víctimas de trata atendidos en los Centros de Atención Residencial del INABIF en los años 2017 y 2018.',
             'Al respecto, la Unidad de Servicios de Protección de Niñas, Niños y Adolescentes informa que la última información '
             'validada corresponde al cierre del año 2016, según el siguiente detalle:'])
    R.table([['Centro de Atención\nResidencial', 'Residentes víctimas\nde trata (2016)', 'Proporción del\ntotal de residentes (%)',
              'Costo anual por\nresidente (S/)']],
            [['CAR Santa Rosa (Lima)', C('24', 24, 'residente', y=2016), P('18,5', 18.5, y=2016), M('21 600', 21600, y=2016)],
             ['CAR Virgen de Fátima (Lima)', C('11', 11, 'residente', y=2016), P('9,2', 9.2, y=2016), M('20 950', 20950, y=2016)],
             ['CAR Señor de los Milagros (Cusco)', C('16', 16, 'residente', y=2016), P('22,0', 22.0, y=2016), M('19 480', 19480, y=2016)]],
            widths=(5.5, 3.5, 3.8, 3.2), num_align='c', head_shade='D9E1F2')
    body(R, ['La información de 2017 y 2018 se encuentra en proceso de validación por la Unidad de Planeamiento.',
             'Atentamente,'])
    R.sign('Abg. JAVIER ANTONIO MUÑOZ CÁCERES', 'Director Ejecutivo', 'INABIF')
    R.save()


def g750():
    R = new('g750', 'missing', 'no_reply', [], ('2017-01-01', '2021-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            None, ['Expediente N° 2022-0217736'], '2022-12-05',
            'printout of the online procedure tracking page (seguimiento de trámite): request pending, no reply',
            notes='Tracking printout: the request is still "EN PROCESO"; the institution never answered.')
    R.p('MINISTERIO DEL INTERIOR - Plataforma de Trámite Documentario', bold=True, size=12, after=0)
    R.p('Consulta de estado de expediente', size=10, after=10)
    R.table([['Campo', 'Valor']],
            [['Número de expediente', 'Expediente N° 2022-0217736'],
             ['Fecha de registro', '14/10/2022 09:31'],
             ['Administrado', 'OBSERVATORIO CIUDADANO SOBRE TRATA DE PERSONAS'],
             ['Tipo de documento', 'Solicitud de acceso a la información pública (Ley N° 27806)'],
             ['Asunto', 'Solicita información sobre acciones contra la trata de personas en el marco del PNAT, periodo 2017-2021'],
             ['Unidad de destino', 'Dirección General de Seguridad Democrática'],
             ['Estado', 'EN PROCESO'],
             ['Documento de respuesta', '(ninguno)'],
             ['Fecha de consulta', '05/12/2022 16:02']],
            widths=(5.0, 11.0), size=10, head_shade='BFBFBF')
    R.p('Movimientos del expediente', bold=True, size=10)
    R.table([['Fecha', 'Origen', 'Destino', 'Acción']],
            [['14/10/2022', 'Mesa de Partes Virtual', 'Oficina de Transparencia', 'Derivado'],
             ['17/10/2022', 'Oficina de Transparencia', 'DGSD', 'Derivado para atención'],
             ['02/11/2022', 'DGSD', 'DGSD - Dirección de Asuntos Técnicos', 'Recibido']],
            widths=(2.5, 4.5, 5.5, 3.5), size=9, head_shade='BFBFBF')
    R.p('https://tramite.mininter.gob.pe/consulta-expediente        Página 1 de 1', size=7, before=30)
    R.save()
