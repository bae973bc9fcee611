"""blind-v20 letters x016-x030, written from scratch for this set. Every person, document number, figure and event is invented."""
from lib import *
from common import *


def x016():
    R = new('x016', 'missing', 'no_information', ['protection'], ('2022-01-01', '2022-12-31'),
            S('Hospital Santa Rosa de Puerto Maldonado', None, 'regional_government'),
            'CARTA N° 112-2023-GOREMAD-DIRESA-HSR/DE', ['Informe N° 045-2023-HSR-UEI', 'Solicitud de fecha 2 de marzo de 2023'],
            '2023-03-16', 'carta, split letterhead (regional government and health directorate left, hospital on the right), no figures',
            notes='No information: the statistics unit found no record of care to trafficking victims because the records do not note the '
                  'condition; the hospital, an executing unit, is named as itself (kind regional_government).')
    split_header(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Dirección Regional de Salud'], 'HOSPITAL SANTA ROSA\nPuerto Maldonado')
    open20(R, 2023, 'Puerto Maldonado, 16 de marzo de 2023', 'CARTA N° 112-2023-GOREMAD-DIRESA-HSR/DE',
           ['Señora', 'MILAGROS ESPINOZA CÁRDENAS', 'Presente.-'],
           [('Asunto', ':  Respuesta a solicitud de acceso a la información pública'),
            ('Referencia', ':  a) Solicitud de fecha 2 de marzo de 2023\n   b) Informe N° 045-2023-HSR-UEI')])
    body(R, ['Es grato dirigirme a usted con relación a los documentos de la referencia, mediante los cuales solicita el número de víctimas '
             'de trata de personas atendidas en este Hospital durante el año 2022, desagregado por sexo, edad y tipo de atención.',
             'Al respecto, la Unidad de Estadística e Informática, mediante el Informe b) de la referencia, ha señalado que, revisados el '
             'Sistema de Información HIS y el registro de atenciones de emergencia, no se cuenta con la información solicitada, por cuanto '
             'los formatos de registro no consignan la condición de víctima de trata de personas del paciente.',
             'En ese sentido, conforme al artículo 13 del Texto Único Ordenado de la Ley N° 27806, la solicitud de información no implica la '
             'obligación de crear o producir información con la que no se cuente al momento de efectuarse el pedido.',
             'Atentamente,'])
    signoff(R, 'M.C. RAÚL ERNESTO DÁVILA PINTO', 'Director Ejecutivo', 'Hospital Santa Rosa de Puerto Maldonado')


def x017():
    R = new('x017', 'answered', None, ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° 211-2021-INPE/18.01', ['Carta N° 004-2021-JPR'],
            '2021-01-20', 'oficio, GOB.PE brand letterhead (ministry box above the institute), regional office rows with two count columns, '
                          'a share of the total in the text',
            notes='Answered: prison population for trafficking at 31 December 2020, the requested year. INPE is its own body (kind other), '
                  'not the justice ministry shown in the brand letterhead. "18.01" is part of the reference.')
    gob_header(R, ['Ministerio de Justicia\ny Derechos Humanos', 'Instituto Nacional Penitenciario', 'Unidad de Estadística'],
               widths=[1.6, 4.4, 5.4, 4.6])
    open20(R, 2021, 'Lima, 20 de enero de 2021', 'OFICIO N° 211-2021-INPE/18.01',
           ['Señor', 'JULIO PAREDES RAMÍREZ', 'Presente.-'],
           [('Asunto:', 'Población penal por el delito de trata de personas – año 2020'),
            ('Ref.:', 'Carta N° 004-2021-JPR')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para remitirle la información de la población penal intramuros '
             'por el delito de trata de personas, según situación jurídica, al 31 de diciembre de 2020:'])
    data = [('Lima', 142, 205), ('Norte – Chiclayo', 61, 88), ('Sur – Arequipa', 22, 31), ('Centro – Huancayo', 18, 27),
            ('Oriente – Huánuco', 25, 34), ('Sur Oriente – Cusco', 39, 71), ('Nor Oriente – San Martín', 16, 24), ('Altiplano – Puno', 27, 38)]
    tot = ctab(R, [['Oficina Regional', 'Procesados', 'Sentenciados']], [(a, [b, c]) for a, b, c in data], ['interno', 'interno'],
               year=2020, total='Total general', widths=(6.0, 3.0, 3.0), size=9.5)
    body(R, ['Del total de internos por este delito, el %s tiene la condición de sentenciado.'
             % Psp(round(tot[1] / (tot[0] + tot[1]) * 100, 1), y=2020),
             'Atentamente,'])
    signoff(R, 'LIC. ROCÍO DEL PILAR SALAZAR NÚÑEZ', 'Jefa de la Unidad de Estadística', 'Instituto Nacional Penitenciario')


def x018():
    R = new('x018', 'answered', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            'OFICIO N° 000356-2024-MIGRACIONES-GSM', ['Solicitud N° 2024-000219'],
            '2024-01-30', 'oficio, GOB.PE brand letterhead, nationality rows with three count columns (a zero cell) and a total row, '
                          'partial answer (no breakdown by sex and age)',
            notes='Answered (partly): humanitarian migratory status for foreign trafficking victims in 2023; the breakdown by sex and age '
                  'is not registered, which does not make the reply missing. Migratory status of victims is protection.')
    gob_header(R, ['Ministerio del Interior', 'Superintendencia Nacional de Migraciones', 'Gerencia de Servicios Migratorios'],
               widths=[1.6, 4.0, 5.6, 4.8])
    open20(R, 2024, 'Breña, 30 de enero de 2024', 'OFICIO N° 000356-2024-MIGRACIONES-GSM',
           ['Señorita', 'VALERIA TORRES ÑAUPARI', 'Presente.-'],
           [('Asunto', ':  Calidad migratoria humanitaria otorgada a víctimas de trata de personas en el año 2023'),
            ('Referencia', ':  Solicitud N° 2024-000219')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle sobre las solicitudes de calidad migratoria '
             'humanitaria presentadas por personas extranjeras víctimas de trata de personas durante el año 2023:'])
    tot = ctab(R, [['Nacionalidad', 'Solicitudes presentadas', 'Solicitudes aprobadas', 'En evaluación']],
               [('Venezolana', [38, 29, 6]), ('Colombiana', [9, 7, 2]), ('Ecuatoriana', [4, 3, 1]), ('Otras', [3, 2, 0])],
               ['solicitud', 'solicitud', 'solicitud'], year=2023, total='Total', widths=(4.5, 3.4, 3.4, 3.0), size=9.5)
    body(R, ['Las solicitudes aprobadas representan el %s de las presentadas. Cabe precisar que el sistema de registro no consigna la '
             'información desagregada por sexo y edad de las personas solicitantes, por lo que no es posible atender ese extremo del pedido.'
             % Pf(round(tot[1] / tot[0] * 100, 1), st='eu', suf='%', y=2023),
             'Atentamente,'])
    signoff(R, 'ABG. DIEGO ARMANDO LUNA VELARDE', 'Gerente de Servicios Migratorios')


def x019():
    R = new('x019', 'out_of_period', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Red de Salud Cusco Norte', None, 'regional_government'),
            'OFICIO N° 218-2023-GR-CUSCO/GERESA-RSCN-DE', ['Expediente N° 12874-2023'],
            '2023-09-12', 'oficio, centred letterhead, transposed table (indicators as rows, two earlier years as columns)',
            notes='Out of period: 2023 was asked; the statistician post has been vacant since January 2023 and the facilities\' 2023 '
                  'reports were not consolidated, so only 2021 and 2022 are given. Training health staff to detect and care for '
                  'victims is protection.')
    R.header(['GOBIERNO REGIONAL CUSCO', 'GERENCIA REGIONAL DE SALUD', 'RED DE SALUD CUSCO NORTE', 'Dirección Ejecutiva'], size=8.5)
    open20(R, 2023, 'Cusco, 12 de setiembre de 2023', 'OFICIO N° 218-2023-GR-CUSCO/GERESA-RSCN-DE',
           ['Señor', 'ABEL CCAHUANA QUISPE', 'Presente.-'],
           [('ASUNTO:', 'Atención de solicitud de información – atención a víctimas de trata, año 2023'),
            ('REF.:', 'Expediente N° 12874-2023')])
    body(R, ['Tengo a bien dirigirme a usted, en atención al expediente de la referencia. Al respecto, le informo que el cargo de estadístico '
             'de esta Red se encuentra vacante desde enero de 2023, por lo que los reportes mensuales de los establecimientos de salud '
             'correspondientes a dicho año aún no han sido consolidados.',
             'No obstante, ponemos a su disposición la información consolidada de los años anteriores:'])
    ytab(R, 'Indicador', [2021, 2022],
         [('Capacitaciones al personal de salud en detección y atención de víctimas', ('c', 'capacitación'), [4, 6]),
          ('Personal de salud capacitado', ('c', 'trabajador de salud'), [87, 132]),
          ('Presuntas víctimas atendidas en establecimientos de la Red', ('c', 'víctima'), [11, 16])],
         widths=(9.6, 2.4, 2.4), size=9.5)
    body(R, ['Atentamente,'])
    signoff(R, 'M.C. YOLANDA HUAMANÍ CHOQUE', 'Directora Ejecutiva', 'Red de Salud Cusco Norte')


def x020():
    R = new('x020', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'CARTA N° 018-2021-MPT/GDS-SGDH', ['Solicitud S/N de fecha 12 de enero de 2021', 'Ordenanza Municipal N° 021-2019-MPT'],
            '2021-02-03', 'carta, right-aligned letterhead, activity table grouped under shaded axis heading rows, dashes, total row',
            notes='Answered: 2020. Axis heading rows group the activities; the noun of each count in the "N° de acciones" column is that '
                  'of its row (sesión, ordenanza, campaña, charla), the total row counts acciones. Investment executed in 2020.')
    right_header(R, ['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Desarrollo Social',
                     'Subgerencia de Desarrollo Humano'])
    open20(R, 2021, 'Puerto Maldonado, 03 de febrero de 2021', 'CARTA N° 018-2021-MPT/GDS-SGDH',
           ['Señor', 'EDWIN CHAMBI MAMANI', 'Presente.-'],
           [('Asunto:', 'Acciones contra la trata de personas – ejercicio 2020'),
            ('Ref.:', 'Solicitud S/N de fecha 12 de enero de 2021')])
    body(R, ['Tengo el agrado de dirigirme a usted para dar respuesta a su solicitud. En el marco de la Ordenanza Municipal N° 021-2019-MPT, '
             'que aprueba el Plan Provincial contra la Trata de Personas, esta Subgerencia ejecutó en el año 2020 las siguientes acciones:'])
    rows = [['EJE: GOBERNANZA', '', '', ''],
            ['Sesiones de la Mesa Provincial', Cn(6, 'sesión', y=2020), Cn(58, 'participante', y=2020), Mf(2400.00, y=2020, r='e')],
            ['Ordenanzas aprobadas', Cn(1, 'ordenanza', y=2020), '-', '-'],
            ['EJE: PREVENCIÓN', '', '', ''],
            ['Campañas en el puerto fluvial y el terminal terrestre', Cn(4, 'campaña', y=2020), Cn(1320, 'participante', y=2020),
             Mf(9860.50, y=2020, r='e')],
            ['Charlas en instituciones educativas', Cn(12, 'charla', y=2020), Cn(2045, 'participante', y=2020), Mf(3150.00, y=2020, r='e')],
            ['TOTAL', Cn(23, 'acción', y=2020), Cn(3423, 'participante', y=2020), Mf(15410.50, y=2020, r='e')]]
    R.table([['Actividad', 'N° de acciones', 'Participantes', 'Inversión ejecutada (S/)']], rows, widths=(7.4, 2.4, 2.6, 3.4), size=9,
            groups=(0, 3), bold_rows=(6,))
    body(R, ['Atentamente,'])
    signoff(R, 'LIC. KATHERINE ROJAS VARGAS', 'Subgerente de Desarrollo Humano')


def x021():
    R = new('x021', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías', 'SUTRAN', 'other'),
            'OFICIO N° 00188-2022-SUTRAN/06.1', ['Solicitud N° 0731-2022'],
            '2022-03-08', 'oficio, GOB.PE brand letterhead, figures in running prose only (dotted and spaced thousands)',
            notes='Off topic: road transport control operations (vehicles inspected, control records), not trafficking in persons, although '
                  'the name of the body contains "Personas". The period stated is kept.')
    gob_header(R, ['Ministerio de Transportes\ny Comunicaciones', 'Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías'],
               widths=[1.6, 5.0, 9.4])
    open20(R, 2022, 'Lima, 08 de marzo de 2022', 'OFICIO N° 00188-2022-SUTRAN/06.1',
           ['Señor', 'MARCO ANTONIO BRAVO CHÁVEZ', 'Presente.-'],
           [('Asunto', ':  Acciones de fiscalización en la Red Vial Nacional durante el año 2021'),
            ('Referencia', ':  Solicitud N° 0731-2022')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informarle que durante el año 2021 esta Superintendencia '
             'realizó %s operativos de control en la Red Vial Nacional, en los cuales se fiscalizó a %s vehículos de transporte de pasajeros '
             'y de mercancías, y se levantaron %s actas de control por infracciones al Reglamento Nacional de Administración de Transporte.'
             % (Cn(2418, 'operativo', st='eu', y=2021), Cn(31502, 'vehículo', st='sp', y=2021), Cn(4876, 'acta de control', st='sp', y=2021)),
             'El %s de las actas correspondió a vehículos que circulaban sin la habilitación vigente, y se internó en el depósito oficial a '
             '%s vehículos.' % (Psp(15.5, st='eu', y=2021), Cn(312, 'vehículo', y=2021)),
             'Atentamente,'])
    signoff(R, 'ING. PATRICIA CHUMPITAZ REYES', 'Gerente de Supervisión y Fiscalización')


def x022():
    R = new('x022', 'missing', 'denied_exception', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Región Policial Cusco', None, 'police'),
            'OFICIO N° 1218-2023-REGPOL-CUSCO/SEC-UNITRDOC', ['Informe N° 022-2023-REGPOL-CUSCO/DIVINCRI-DEPINTRAP',
                                                              'Solicitud de acceso a la información de fecha 9 de febrero de 2023'],
            '2023-02-27', 'police oficio in Times New Roman, centred capital letterhead, no figures; decree and article numbers only',
            font='Times New Roman',
            notes='Denied: the operations of 2022 (places, dates, personnel, persons detained) are withheld as reserved information under '
                  'the transparency law; no figures.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL CUSCO', 'SECRETARÍA – UNITRDOC'], size=9.5)
    open20(R, 2023, 'Cusco, 27 de febrero de 2023', 'OFICIO N° 1218-2023-REGPOL-CUSCO/SEC-UNITRDOC',
           ['Señor', 'RENATO CÁCERES LOAYZA', 'Ciudad.-'],
           [('ASUNTO', ':  Comunica improcedencia de entrega de información.'),
            ('REF.', ':  a) Solicitud de acceso a la información de fecha 9 de febrero de 2023\n   b) Informe N° 022-2023-REGPOL-CUSCO/DIVINCRI-DEPINTRAP')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento a) de la referencia, mediante el cual solicita la relación de los '
             'operativos contra la trata de personas ejecutados durante el año 2022, con indicación de lugares, fechas, número de efectivos '
             'participantes y personas intervenidas.',
             'Al respecto, conforme a lo opinado en el documento b) de la referencia, la información solicitada se encuentra comprendida en '
             'la excepción prevista en el numeral 1, literal a), del artículo 16 del Texto Único Ordenado de la Ley N° 27806, aprobado por '
             'Decreto Supremo N° 021-2019-JUS, por tratarse de información vinculada a planes de operaciones policiales, cuya difusión '
             'pondría en riesgo las investigaciones en curso; motivo por el cual no es posible atender su pedido.',
             'Dios guarde a usted.'])
    signoff(R, 'WILFREDO ZEGARRA PUMA', 'CORONEL PNP', 'Jefe de la Secretaría de la Región Policial Cusco')


def x023():
    R = new('x023', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 00874-2022-JUS/DGDPAJ', ['Hoja de Ruta N° 00341877-2022'],
            '2022-04-19', 'oficio, GOB.PE brand letterhead, district office rows with two count columns, partial answer, a variation percent',
            notes='Answered (partly): public defence of trafficking victims in 2021 by district office; hearings are not recorded. '
                  'Public defenders for victims are protection. The variation against 2020 has no year.')
    gob_header(R, ['Ministerio de Justicia\ny Derechos Humanos', 'Viceministerio de Justicia', 'Dirección General de Defensa Pública y Acceso a la Justicia'],
               widths=[1.6, 4.4, 3.6, 6.4])
    open20(R, 2022, 'Miraflores, 19 de abril de 2022', 'OFICIO N° 00874-2022-JUS/DGDPAJ',
           ['Señora', 'CLAUDIA MARISOL VERA PACHECO', 'Presente.-'],
           [('Asunto:', 'Patrocinio legal a víctimas de trata de personas – año 2021'),
            ('Referencia:', 'Hoja de Ruta N° 00341877-2022')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para remitirle la información sobre los '
             'patrocinios brindados por los defensores públicos de víctimas a personas agraviadas por el delito de trata de personas en 2021:'])
    ctab(R, [['Dirección Distrital de Defensa Pública', 'Patrocinios a víctimas', 'Defensores asignados']],
         [('Lima', [96, 11]), ('Madre de Dios', [41, 4]), ('Loreto', [37, 4]), ('Cusco', [29, 3]), ('Puno', [22, 3]), ('Tumbes', [15, 2])],
         ['patrocinio', 'defensor público'], year=2021, total='Total', widths=(6.6, 3.2, 3.2), size=9.5)
    body(R, ['El número de patrocinios representa un incremento de %s respecto del año anterior. Respecto del número de audiencias en las '
             'que participaron los defensores, le informamos que dicho dato no se registra en el Sistema de Defensa Pública, por lo que no '
             'es posible proporcionarlo.' % Psp(41.2, st='eu'),
             'Atentamente,'])
    signoff(R, 'DRA. ROXANA ISABEL MEZA CÁCERES', 'Directora General de Defensa Pública y Acceso a la Justicia')


def x024():
    R = new('x024', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de San Martín de Porres', 'MDSMP', 'district_municipality'),
            'CARTA N° 0214-2023-GDHS/MDSMP', ['Expediente N° 8842-2023', 'Oficio N° 112-2023-PPM/MDSMP'],
            '2023-03-21', 'carta, centred letterhead with logo, figures in running prose, spaced thousands',
            notes='Out of period: 2020 was asked; the 2020 files are in the custody of the municipal attorney\'s office as evidence in a '
                  'judicial process, so the 2022 campaigns are reported instead. It does not say that nothing was done in 2020.')
    R.header(['MUNICIPALIDAD DISTRITAL DE SAN MARTÍN DE PORRES', 'Gerencia de Desarrollo Humano y Social'],
             logo=(logo_png('mdsmp', 'SMP', 'circle', (0, 80, 150)), 1.3))
    open20(R, 2023, 'San Martín de Porres, 21 de marzo de 2023', 'CARTA N° 0214-2023-GDHS/MDSMP',
           ['Señora', 'LORENA CAMPOS HUAYTA', 'Presente.-'],
           [('ASUNTO', ':  Información sobre campañas de prevención de la trata de personas del año 2020'),
            ('REFERENCIA', ':  Expediente N° 8842-2023')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, cumplo con informarle que el acervo documentario de '
             'esta Gerencia correspondiente al año 2020 se encuentra bajo custodia de la Procuraduría Pública Municipal, como elemento de '
             'prueba en un proceso judicial en trámite, conforme a lo comunicado mediante Oficio N° 112-2023-PPM/MDSMP, por lo que no es '
             'posible acceder a él.',
             'Sin perjuicio de ello, le informo que en el año 2022 la Subgerencia de Bienestar Social realizó %s campañas de sensibilización '
             'y %s ferias informativas sobre trata de personas en los mercados y paraderos del distrito, con una participación de %s vecinos.'
             % (Cn(7, 'campaña', y=2022), Cn(3, 'feria', y=2022), Cn(2150, 'vecino', st='sp', y=2022)),
             'Atentamente,'])
    signoff(R, 'LIC. RODRIGO SALINAS PUERTA', 'Gerente de Desarrollo Humano y Social')


def x025():
    R = new('x025', 'missing', 'clarification', ['prevention', 'protection'], ('2021-01-01', '2022-12-31'),
            S('Gobierno Regional de Cajamarca', None, 'regional_government'),
            'CARTA N° 096-2023-GR.CAJ/SG', ['Solicitud de Acceso a la Información Pública N° 1412-2023'],
            '2023-05-04', 'carta of the general secretariat, centred letterhead, points a) and b), no figures',
            notes='Clarification: asks whether the request is about trafficking in persons or migrant smuggling and which office it is '
                  'meant for, within two working days (a duration, not a figure). The requested period (2021-2022) is restated.')
    R.header(['GOBIERNO REGIONAL CAJAMARCA', 'Secretaría General – Responsable de Acceso a la Información Pública'], size=9,
             logo=(logo_png('grcaj', 'CAJ', 'shield', (140, 20, 20)), 1.2))
    open20(R, 2023, 'Cajamarca, 04 de mayo de 2023', 'CARTA N° 096-2023-GR.CAJ/SG',
           ['Señor', 'HUGO ALFREDO TERRONES DÍAZ', 'Presente.-'],
           [('Asunto:', 'Solicita precisar pedido de información'),
            ('Referencia:', 'Solicitud de Acceso a la Información Pública N° 1412-2023')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las "acciones de '
             'prevención y atención realizadas por el Gobierno Regional en materia de tráfico y trata durante los años 2021 y 2022".',
             'Al respecto, a fin de atender adecuadamente su pedido, se le solicita precisar:'])
    R.p('a)\tSi la información requerida se refiere al delito de trata de personas, al de tráfico ilícito de migrantes o a ambos; y', indent=1.0, first=-0.6, align='j')
    R.p('b)\tLa unidad orgánica o el programa respecto del cual solicita la información.', indent=1.0, first=-0.6, align='j')
    body(R, ['Para tal efecto, se le otorga un plazo de dos (2) días hábiles contados desde el día siguiente de notificada la presente; '
             'vencido dicho plazo sin que se efectúe la precisión, se dará por concluido el trámite.',
             'Atentamente,'])
    signoff(R, 'ABG. SILVIA CHÁVEZ MEDINA', 'Responsable de Acceso a la Información Pública')


def x026():
    R = new('x026', 'answered', None, ['prosecution', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Dirección Regional de Trabajo y Promoción del Empleo de Madre de Dios', 'DRTPE Madre de Dios', 'regional_government'),
            'OFICIO N° 0177-2023-GOREMAD-DRTPE', ['Solicitud de fecha 10 de abril de 2023'],
            '2023-04-26', 'oficio, letterhead as a ruled box in the body, figures in running prose (a share in brackets, fines typed with '
                          '".oo"), sector rows with two count columns',
            notes='Answered: 2022 labour inspections (prosecution) and talks (prevention). "S/. 45,300.oo" is a fine proposed, no role. '
                  '"9 (26,5 %)" holds a count and a percent.')
    hbox(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Dirección Regional de Trabajo y Promoción del Empleo',
             'Sub Dirección de Inspección del Trabajo'], logo=(logo_png('drtpe', 'DRT', 'square', (0, 90, 60)), 1.6),
         right='Mesa de Partes\nReg. 00872')
    open20(R, 2023, 'Puerto Maldonado, 26 de abril de 2023', 'OFICIO N° 0177-2023-GOREMAD-DRTPE',
           ['Señor', 'ALFREDO NINA CUTIPA', 'Presente.-'],
           [('Asunto:', 'Inspecciones de trabajo vinculadas al trabajo forzoso y la trata con fines de explotación laboral, 2022'),
            ('Ref.:', 'Solicitud de fecha 10 de abril de 2023')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia. Durante el año 2022, esta Dirección Regional realizó %s inspecciones '
             'de trabajo en actividades de riesgo; en %s (%s) de ellas se identificaron indicios de trabajo forzoso o de trata con fines de '
             'explotación laboral, que fueron comunicados al Ministerio Público. Las multas propuestas en dichas inspecciones ascendieron a %s.'
             % (Cn(34, 'inspección', y=2022), Cn(9, 'inspección', y=2022), Psp(26.5, st='eu', y=2022), Moo(45300, y=2022)),
             'El detalle por sector económico es el siguiente:'])
    ctab(R, [['Sector económico', 'Inspecciones', 'Trabajadores comprendidos']],
         [('Minería aurífera', [15, 212]), ('Comercio', [7, 48]), ('Restaurantes y bares', [8, 37]),
          ('Agricultura y extracción forestal', [4, 61])], ['inspección', 'trabajador'], year=2022, total='Total',
         widths=(6.5, 3.0, 3.6), size=9.5)
    body(R, ['Asimismo, en el marco de la prevención, se desarrollaron %s charlas informativas dirigidas a trabajadores y empleadores de '
             'los corredores mineros.' % Cn(6, 'charla', y=2022),
             'Atentamente,'])
    signoff(R, 'ABOG. WILBER CONDORI PAREDES', 'Director Regional de Trabajo y Promoción del Empleo')


def x027():
    R = new('x027', 'missing', 'not_competent_referred', ['governance'], ('2022-01-01', '2022-12-31'),
            S('Organismo Supervisor de la Inversión en Energía y Minería', 'OSINERGMIN', 'other'),
            'OFICIO N° 0233-2023-OS-GG', ['Oficio N° 0231-2023-OS-GG', 'Solicitud N° 2023-0451'],
            '2023-06-02', 'oficio, left letterhead with logo, no figures',
            notes='Not competent, referred: the request (PNAT budget and actions) was forwarded to the interior ministry by a cited oficio.')
    left_header(R, (logo_png('osin', 'OS', 'circle', (220, 120, 0)), 1.5),
                ['OSINERGMIN', 'Organismo Supervisor de la Inversión en Energía y Minería', 'Gerencia General'])
    open20(R, 2023, 'Lima, 02 de junio de 2023', 'OFICIO N° 0233-2023-OS-GG',
           ['Señora', 'IRENE SOTOMAYOR LÓPEZ', 'Presente.-'],
           [('Asunto', ':  Solicitud de acceso a la información pública'),
            ('Referencia', ':  Solicitud N° 2023-0451')])
    body(R, ['Tengo el agrado de dirigirme a usted con relación a la solicitud de la referencia, mediante la cual requiere información sobre '
             'el presupuesto asignado y las acciones ejecutadas en el año 2022 en el marco del Plan Nacional contra la Trata de Personas.',
             'Al respecto, le informamos que, de acuerdo con sus funciones, OSINERGMIN supervisa y fiscaliza el cumplimiento de las '
             'disposiciones legales y técnicas de las actividades de los subsectores de electricidad, hidrocarburos y minería, por lo que '
             'no forma parte de las entidades responsables de la implementación de dicho Plan ni posee la información solicitada.',
             'En aplicación del artículo 11 del Texto Único Ordenado de la Ley N° 27806, su solicitud ha sido remitida al Ministerio del '
             'Interior, mediante Oficio N° 0231-2023-OS-GG, por ser la entidad que preside la Comisión Multisectorial encargada de su '
             'seguimiento.',
             'Atentamente,'])
    signoff(R, 'ING. ENRIQUE DELGADO ROMÁN', 'Gerente General')


def x028():
    R = new('x028', 'answered', None, ['prevention'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Comercio Exterior y Turismo de Cusco', 'DIRCETUR Cusco', 'regional_government'),
            'OFICIO N° 0512-2023-GR CUSCO/DIRCETUR-DT', ['Solicitud de Información N° 0098-2023'],
            '2024-01-10', 'oficio, split letterhead, transposed table (indicators as rows, provinces as columns, a total column), '
                          'space-grouped amount with decimal point in the text',
            notes='Answered: 2023 prevention of sexual exploitation of children in tourism. The total column sums the provinces. '
                  'The reference line is dated 2023 although the letter is of January 2024.')
    split_header(R, ['GOBIERNO REGIONAL CUSCO', 'Dirección Regional de Comercio Exterior y Turismo'], 'DIRCETUR\nDirección de Turismo')
    open20(R, 2024, 'Cusco, 10 de enero de 2024', 'OFICIO N° 0512-2023-GR CUSCO/DIRCETUR-DT',
           ['Señorita', 'NATALIA HUAMANI ROZAS', 'Presente.-'],
           [('ASUNTO', ':  Acciones de prevención de la explotación sexual de niñas, niños y adolescentes en el ámbito del turismo – 2023'),
            ('REF.', ':  Solicitud de Información N° 0098-2023')])
    body(R, ['Me dirijo a usted, en atención al documento de la referencia, para remitirle la información de las acciones realizadas en el '
             'año 2023 para la prevención de la explotación sexual de niñas, niños y adolescentes y la trata de personas en los '
             'establecimientos de hospedaje y agencias de viaje de la región:'])
    prov = ['Cusco', 'Urubamba', 'Calca', 'La Convención']
    ind = [('Establecimientos que suscribieron el Código de Conducta', 'establecimiento', [48, 21, 6, 9]),
           ('Trabajadores del sector turismo capacitados', 'trabajador', [312, 140, 37, 58]),
           ('Campañas de sensibilización', 'campaña', [5, 3, 1, 2])]
    rows = []
    for lab, w, vals in ind:
        rows.append([lab] + [Cn(v, w, y=2023) for v in vals] + [Cn(sum(vals), w, y=2023)])
    R.table([['Indicador'] + prov + ['Total']], rows, widths=(6.2, 1.9, 2.0, 1.6, 2.4, 1.8), size=9)
    body(R, ['Para dichas acciones se ejecutó un presupuesto de %s, con cargo a recursos ordinarios.' % Mn(86400.00, st='spd', y=2023, r='e'),
             'Atentamente,'])
    signoff(R, 'LIC. ÁNGEL CUSIHUAMÁN QUISPE', 'Director de Turismo')


def x029():
    R = new('x029', 'missing', 'no_reply', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Tribunal de Transparencia y Acceso a la Información Pública', 'TTAIP', 'ministry'),
            'RESOLUCIÓN N° 002817-2023-JUS/TTAIP-SEGUNDA SALA', ['Expediente N° 04512-2023-JUS/TTAIP'],
            '2023-07-19', 'resolution of the transparency tribunal (VISTO, CONSIDERANDO, SE RESUELVE), no figures; durations in days',
            size=10,
            notes='No reply: the tribunal finds that the district municipality of Laberinto never answered the request (negative silence) '
                  'and orders it to deliver. The sender is the tribunal (kind ministry). "siete (7) días hábiles" and "diez (10) días '
                  'hábiles" are durations, not figures.')
    gob_header(R, ['Ministerio de Justicia\ny Derechos Humanos', 'Tribunal de Transparencia y Acceso a la Información Pública'],
               widths=[1.6, 5.4, 9.0])
    lema(R, 2023)
    R.p('RESOLUCIÓN N° 002817-2023-JUS/TTAIP-SEGUNDA SALA', bold=True, align='c', after=2)
    kv(R, [('Expediente', ':  04512-2023-JUS/TTAIP'), ('Recurrente', ':  GERMÁN PACHECO YUCRA'),
           ('Entidad', ':  MUNICIPALIDAD DISTRITAL DE LABERINTO'), ('Sumilla', ':  Declara fundado recurso de apelación')],
       size=10, tab=2.8, w2=13.2, bold_keys=False)
    R.p('Miraflores, 19 de julio de 2023', after=6)
    R.p('VISTO el Expediente N° 04512-2023-JUS/TTAIP, de fecha 26 de junio de 2023, interpuesto por GERMÁN PACHECO YUCRA contra la '
        'denegatoria por silencio administrativo negativo de su solicitud de acceso a la información pública presentada ante la '
        'MUNICIPALIDAD DISTRITAL DE LABERINTO el 22 de mayo de 2023.', align='j', after=6)
    R.p('CONSIDERANDO:', bold=True, after=2)
    body(R, ['Que, el recurrente solicitó información sobre "las acciones de prevención de la trata de personas y de atención a sus víctimas '
             'ejecutadas por la Municipalidad en el año 2022";',
             'Que, conforme al literal b) del artículo 11 del Texto Único Ordenado de la Ley N° 27806, la entidad debía atender la solicitud '
             'en un plazo no mayor de diez (10) días hábiles; sin embargo, de autos no se advierte que la entidad haya emitido respuesta '
             'alguna ni que haya formulado sus descargos ante este Tribunal, pese a haber sido debidamente notificada;',
             'Que, al no haber acreditado la entidad que la información solicitada se encuentre comprendida en alguna excepción, corresponde '
             'estimar el recurso de apelación;'], size=10)
    R.p('SE RESUELVE:', bold=True, after=2)
    body(R, ['Artículo 1.- Declarar FUNDADO el recurso de apelación interpuesto por GERMÁN PACHECO YUCRA.',
             'Artículo 2.- ORDENAR a la MUNICIPALIDAD DISTRITAL DE LABERINTO que entregue la información solicitada en un plazo máximo de '
             'siete (7) días hábiles, bajo responsabilidad.'], size=10)
    R.p('Regístrese, comuníquese y publíquese.', after=4, size=10)
    signoff(R, 'TERESA ELVIRA QUINTANILLA SOTO', 'Vocal Presidenta', 'Segunda Sala', before=16)


def x030():
    R = new('x030', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de La Victoria', 'MDLV', 'district_municipality'),
            'INFORME N° 0412-2022-SGFC-GFC/MDLV', ['Memorando N° 0087-2022-GM/MDLV'],
            '2022-01-18', 'internal informe of a municipal sub-office to its manager (A / DE / ASUNTO / REF. / FECHA), a short count and '
                          'amount table',
            notes='Off topic: commercial inspections and fines in the Gamarra area, not trafficking in persons. The fines have no role. '
                  'The period stated is kept.')
    R.header(['MUNICIPALIDAD DE LA VICTORIA', 'Gerencia de Fiscalización y Control'], size=9)
    memo(R, 'INFORME N° 0412-2022-SGFC-GFC/MDLV', [('A', ':  ABG. CÉSAR LINARES POMA – Gerente de Fiscalización y Control'),
                                                  ('DE', ':  SUBGERENCIA DE FISCALIZACIÓN COMERCIAL'),
                                                  ('ASUNTO', ':  Resultados de las acciones de fiscalización comercial – año 2021'),
                                                  ('REF.', ':  Memorando N° 0087-2022-GM/MDLV'),
                                                  ('FECHA', ':  La Victoria, 18 de enero de 2022')], year=2022)
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, para informarle los resultados de las acciones '
             'de fiscalización a establecimientos comerciales del emporio de Gamarra y zonas aledañas durante el año 2021:'])
    R.table([['Concepto', 'Resultado 2021']],
            [['Operativos de fiscalización', Cn(126, 'operativo', y=2021)],
             ['Establecimientos clausurados', Cn(43, 'establecimiento', y=2021)],
             ['Mercadería retenida (lotes)', Cn(518, 'lote', y=2021)],
             ['Multas impuestas', Mn(1284600.00, y=2021)]], widths=(8.0, 4.0), size=10)
    body(R, ['Es todo cuanto informo a usted para los fines pertinentes.'])
    signoff(R, 'ABG. MÓNICA ZAPATA REYES', 'Subgerente de Fiscalización Comercial')
