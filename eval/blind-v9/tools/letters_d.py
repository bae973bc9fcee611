"""blind-v9 letters h938-h950 (written for this set; officials, numbers and events invented)."""
from common import *
from lib import M, C, P


def h938():
    R = new('h938', 'missing', 'not_competent_referred', ['protection', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Miraflores', 'MDM', 'district_municipality'),
            'CARTA N° 112-2023-SGATD-SG/MM', ['Documento Simple N° 2023-004871'],
            '2023-01-20', 'short letter: not competent, request forwarded to MIMP and the Public Ministry; stamp')
    letter(R, ['MUNICIPALIDAD DE MIRAFLORES', 'Secretaría General – Subgerencia de Atención al Ciudadano y Gestión Documental'], 2023,
           'Miraflores, 20 de enero de 2023', 'CARTA N° 112-2023-SGATD-SG/MM',
           ['Señora', 'ISABEL CRISTINA LOZADA FERREYRA', 'Presente.-'],
           [('ASUNTO:', 'Solicitud de información sobre víctimas de trata atendidas y denuncias presentadas en el distrito durante el año 2022'),
            ('REF.:', 'Documento Simple N° 2023-004871')])
    R.stamp(['MUNICIPALIDAD DE MIRAFLORES', 'TRÁMITE DOCUMENTARIO', '20 ENE 2023'], width=4.6, color=(0, 90, 140))
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia. Sobre el particular, la atención a víctimas de trata de personas y la investigación de dichos delitos no se encuentran dentro de las competencias que la Ley Orgánica de Municipalidades asigna a este gobierno local.',
             'Por ello, en aplicación del artículo 15-A.2 del Reglamento de la Ley de Transparencia, se ha remitido su solicitud al Ministerio de la Mujer y Poblaciones Vulnerables y a la Fiscalía de la Nación, entidades que poseerían la información requerida, lo que se le comunica para su conocimiento.',
             'Atentamente,'])
    R.sign('Abog. RENATO SALAZAR BRICEÑO', 'Subgerente de Atención al Ciudadano y Gestión Documental')


def h939():
    R = new('h939', 'missing', 'not_competent', ['prosecution'], ('2020-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'OFICIO N° 000074-2022-SUNAT/1M0000', ['Solicitud N° 0019-2022-TAIP'],
            '2022-02-02', 'short oficio: not competent, no referral')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Secretaría Institucional'], 2022,
           'Lima, 02 de febrero de 2022', 'OFICIO N° 000074-2022-SUNAT/1M0000',
           ['Señor', 'JAVIER ORTIZ BARRIGA', 'Presente.-'],
           [('ASUNTO:', 'Operativos e intervenciones por trata de personas en puestos de control aduanero, 2020-2021'), ('REF.:', 'Solicitud N° 0019-2022-TAIP')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Al respecto, le informo que la SUNAT, conforme a su Ley General y su Reglamento de Organización y Funciones, ejerce el control aduanero de mercancías y medios de transporte, mas no la detección, investigación ni registro de casos de trata de personas, que no forman parte de sus competencias.',
             'En consecuencia, la SUNAT no genera ni posee la información solicitada, por no ser materia de su competencia.', 'Atentamente,'])
    R.sign('MÓNICA ELIZABETH PRADO CHÁVEZ', 'Secretaria Institucional', 'SUNAT')


def h940():
    R = new('h940', 'missing', 'not_competent', ['prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de Cayma', 'MDC', 'district_municipality'),
            'OFICIO N° 027-2020-MDC/SG', ['Expediente N° 200117-018'],
            '2020-01-29', 'very short oficio: not competent, no referral; letterhead as image')
    R.header_image(['MUNICIPALIDAD DISTRITAL DE CAYMA', 'Arequipa – Perú'], 'cay940', color=(110, 30, 30))
    lema(R, 2020)
    R.p('Cayma, 29 de enero de 2020', align='r')
    R.p('OFICIO N° 027-2020-MDC/SG', bold=True, after=8)
    to(R, ['Señor', 'TEÓFILO BARREDA NÚÑEZ', 'Presente.-'])
    body(R, ['Referencia: Expediente N° 200117-018', 'Asunto: Acciones de prevención y atención a víctimas de trata de personas, año 2019'], align='l')
    body(R, ['Por medio del presente, y en atención al expediente de la referencia, le manifestamos que la prevención de la trata de personas y la atención a sus víctimas no constituyen funciones asignadas a esta Municipalidad Distrital, por lo que no corresponde atender su pedido.',
             'Atentamente,'])
    R.sign('Abog. FLOR DE MARÍA VALDIVIA TEJADA', 'Secretaria General')


def h941():
    R = new('h941', 'missing', 'acknowledgment', ['protection'], ('2019-07-01', '2020-06-30'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'CARTA N° 0284-2020-OTAIP-SG/MINSA', ['Solicitud de Acceso N° 0003188-2020'],
            '2020-07-15', 'acknowledgment of receipt by e-mail-like letter; says the request is being processed')
    letter(R, ['MINISTERIO DE SALUD', 'Secretaría General – Oficina de Transparencia y Acceso a la Información Pública'], 2020,
           'Lima, 15 de julio de 2020', 'CARTA N° 0284-2020-OTAIP-SG/MINSA',
           ['Señora', 'NATALIA FUENTES LIZARRAGA', 'Presente.-'],
           [('ASUNTO:', 'Acuse de recibo – atención de salud mental a víctimas de trata de personas entre julio de 2019 y junio de 2020'), ('REF.:', 'Solicitud de Acceso N° 0003188-2020')])
    body(R, ['Me dirijo a usted para comunicarle que su solicitud de la referencia ha sido recibida y registrada en esta Oficina, y se ha requerido la información a la Dirección de Salud Mental de la Dirección General de Intervenciones Estratégicas en Salud Pública.',
             'Una vez recibida la respuesta del área competente, se le remitirá a la dirección electrónica consignada en su solicitud dentro del plazo establecido en el TUO de la Ley N° 27806.',
             'Atentamente,'])
    R.sign('Abog. VERÓNICA LUQUE DELGADO', 'Funcionaria Responsable de Acceso a la Información Pública')


def h942():
    R = new('h942', 'missing', 'acknowledgment', ['governance', 'prevention'], ('2021-01-01', '2022-06-30'),
            S('Gobierno Regional de Lambayeque', 'GORE Lambayeque', 'regional_government'),
            'OFICIO N° 000188-2022-GR.LAMB/SG', ['Solicitud de Acceso N° 0731-2022'],
            '2022-07-18', 'oficio: receipt and use of the extension of the term (prórroga), no information yet')
    letter(R, ['GOBIERNO REGIONAL LAMBAYEQUE', 'Secretaría General'], 2022,
           'Chiclayo, 18 de julio de 2022', 'OFICIO N° 000188-2022-GR.LAMB/SG',
           ['Señor', 'MARCO ANTONIO PISFIL DÍAZ', 'Presente.-'],
           [('ASUNTO:', 'Comunica prórroga para la atención de su solicitud'), ('REF.:', 'Solicitud de Acceso N° 0731-2022')])
    body(R, ['Me dirijo a usted con relación a su solicitud de la referencia, mediante la cual requiere información sobre el funcionamiento de la Red Regional contra la Trata de Personas y las campañas de prevención realizadas entre enero de 2021 y junio de 2022.',
             'Al respecto, le comunico que, dado que la información se encuentra dispersa en varias unidades orgánicas y requiere ser sistematizada, esta entidad hará uso de la prórroga prevista en el literal g) del artículo 11 del TUO de la Ley N° 27806, y le hará llegar la respuesta a más tardar el 05 de agosto de 2022.',
             'Atentamente,'])
    R.sign('Abog. CARLOS ENRIQUE VÍLCHEZ ÑIQUE', 'Secretario General')


def h943():
    R = new('h943', 'missing', 'clarification', ['prosecution'], None,
            S('Poder Judicial - Gerencia General', 'PJ', 'autonomous'),
            'CARTA N° 000231-2021-GG-PJ', ['Solicitud N° 2021-0012457'],
            '2021-05-11', 'short letter asking the requester to specify the period and courts; no period stated',
            notes='The request period is not stated in the document (the letter asks for it).')
    letter(R, ['PODER JUDICIAL DEL PERÚ', 'Gerencia General'], 2021,
           'Lima, 11 de mayo de 2021', 'CARTA N° 000231-2021-GG-PJ',
           ['Señor', 'FRANCO ALEJANDRO VILLENA ROSAS', 'Presente.-'],
           [('ASUNTO:', 'Solicita precisar pedido de información'), ('REF.:', 'Solicitud N° 2021-0012457')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita "todas las sentencias por trata de personas". Al respecto, a fin de atender adecuadamente su pedido, se le solicita precisar el periodo de tiempo y los distritos judiciales sobre los cuales requiere la información, así como si solicita copias de las resoluciones o solo datos estadísticos.',
             'Para ello se le concede el plazo de dos días hábiles contados desde la recepción de la presente, conforme al artículo 11 del Reglamento de la Ley N° 27806; en caso contrario, se tendrá por no presentada su solicitud.',
             'Atentamente,'])
    R.sign('Abog. LILIANA PAREDES CÁRDENAS', 'Responsable de Acceso a la Información Pública', 'Gerencia General del Poder Judicial')


def h944():
    R = new('h944', 'missing', 'clarification', ['governance', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'NOTIFICACIÓN N° 019-2022-MPH/SG-TAIP', ['Expediente N° 377512'],
            '2022-01-19', 'notification to cure a defect (subsanar) in the request: missing identity document; stamp')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Secretaría General – Transparencia y Acceso a la Información'], 2022,
           'Huancayo, 19 de enero de 2022', 'NOTIFICACIÓN N° 019-2022-MPH/SG-TAIP',
           ['Señora', 'MERY LUZ ÑAHUI CAMPOS', 'Presente.-'],
           [('ASUNTO:', 'Observación a solicitud de acceso sobre la Mesa Provincial contra la Trata de Personas (2020-2021)'), ('REF.:', 'Expediente N° 377512')])
    R.stamp(['MPH – SECRETARÍA GENERAL', 'NOTIFICADO', '19 ENE 2022'], width=4.2, color=(0, 100, 0))
    body(R, ['Se le notifica que la solicitud de la referencia no consigna el número de documento de identidad de la solicitante ni la dirección electrónica o domicilio para la entrega, requisitos exigidos por el artículo 10 del Reglamento de la Ley de Transparencia.',
             'En consecuencia, deberá subsanar la observación en el plazo de dos días hábiles; de no hacerlo, la solicitud se dará por no presentada y se procederá a su archivo.',
             'Atentamente,'])
    R.sign('Abog. RAÚL HINOSTROZA POMA', 'Funcionario Responsable de Transparencia')


def h945():
    R = new('h945', 'missing', 'denied_exception', ['prosecution', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio Público - Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', 'MP', 'autonomous'),
            'OFICIO N° 000098-2022-MP-FN-FPETP-LIMA', ['Solicitud N° 2022-TAIP-00615'],
            '2022-02-22', 'oficio denying access under art. 17 (reserved investigation) and art. 15-B (personal data)')
    letter(R, ['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima'], 2022,
           'Lima, 22 de febrero de 2022', 'OFICIO N° 000098-2022-MP-FN-FPETP-LIMA',
           ['Señorita', 'ROCÍO VALENZUELA OTINIANO', 'Presente.-'],
           [('ASUNTO:', 'Respuesta a solicitud de copias de carpetas fiscales 2021'), ('REF.:', 'Solicitud N° 2022-TAIP-00615')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere copia de las carpetas fiscales sobre trata de personas ingresadas a este despacho en el año 2021, con indicación de las medidas de protección dictadas a favor de las víctimas.',
             'Al respecto, las carpetas solicitadas se encuentran en etapa de investigación preparatoria y contienen datos que permitirían identificar a las víctimas, en su mayoría menores de edad. Por tanto, su solicitud se deniega al encontrarse comprendida en las excepciones previstas en el numeral 4 del artículo 17 (información vinculada a investigaciones en trámite) y en el numeral 5 del artículo 17 del TUO de la Ley N° 27806 (datos personales cuya publicidad constituye una invasión de la intimidad).',
             'Atentamente,'])
    R.sign('Dra. KATHERINE SALDAÑA RIVERA', 'Fiscal Provincial Titular', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima')


def h946():
    R = new('h946', 'missing', 'no_reply', ['prevention', 'protection'], ('2021-01-01', '2022-12-31'),
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'),
            None, ['Expediente N° 2023-0041587'], '2023-03-14',
            'printout of the municipal case-tracking page: request pending, no reply on file; date is the printout date',
            notes='No reply: tracking printout; the expediente number is the request, not a reply number.', font='Liberation Sans', size=10)
    R.p('MUNICIPALIDAD PROVINCIAL DE CHICLAYO', bold=True, size=12, after=0, color=(0, 60, 120))
    R.p('Mesa de Partes Virtual – Consulta de Expedientes', size=10, after=6, color=(0, 60, 120))
    R.p('https://tramite.munichiclayo.gob.pe/consulta?exp=2023-0041587', size=8, italic=True, after=8)
    kv(R, [('Expediente:', 'Expediente N° 2023-0041587'), ('Fecha de ingreso:', '08/02/2023 16:41'), ('Administrado:', 'CASTILLO SIESQUÉN, DORIS MARIBEL'),
           ('Tipo de trámite:', 'Solicitud de acceso a la información pública (Ley N° 27806)'),
           ('Asunto:', 'Acciones de prevención de la trata de personas y atención a víctimas realizadas en 2021 y 2022'),
           ('Estado actual:', 'PENDIENTE – EN ÁREA'), ('Respuesta:', 'Sin respuesta registrada')], size=9)
    R.table([['Fecha', 'Oficina', 'Acción', 'Observación']],
            [['08/02/2023', 'Mesa de Partes', 'Recepción', 'Ingreso virtual'],
             ['09/02/2023', 'Secretaría General', 'Derivado', 'Para atención'],
             ['13/02/2023', 'Gerencia de Desarrollo Social', 'Recibido', '—'],
             ['14/03/2023', 'Gerencia de Desarrollo Social', 'En trámite', 'Plazo vencido']], widths=(2.8, 5, 3, 4), size=9,
            caption='Historial de movimientos', caption_bold=False)
    R.p('Consulta generada el 14/03/2023 10:22:07', size=8, italic=True)


# ---------------- off-topic (long) ----------------

def h947():
    R = new('h947', 'missing', 'off_topic', [], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'),
            'INFORME N° 0412-2020-MPA/GTUCV', ['Solicitud de Acceso a la Información N° 0318-2020', 'Memorando N° 0227-2020-MPA/GM'],
            '2020-02-18', 'two-page informe on road safety (operativos, capacitaciones, traffic-accident victims, budget); table by district with total; not about trafficking',
            notes='Off topic: road safety and traffic accidents.')
    memo_head(R, 'INFORME N° 0412-2020-MPA/GTUCV',
              [('A:', 'Econ. Jaime Villanueva Linares\nGerente Municipal'), ('DE:', 'Ing. Óscar Zúñiga Begazo\nGerente de Transporte Urbano y Circulación Vial'),
               ('ASUNTO:', 'Información sobre acciones de seguridad vial ejecutadas durante el año 2019'),
               ('REF.:', 'a) Solicitud de Acceso a la Información N° 0318-2020\nb) Memorando N° 0227-2020-MPA/GM'),
               ('FECHA:', 'Arequipa, 18 de febrero de 2020')],
              ['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Transporte Urbano y Circulación Vial'], year=2020)
    R.p('I. ANTECEDENTES', bold=True)
    body(R, ['Mediante el documento b) de la referencia, la Gerencia Municipal dispone que esta Gerencia atienda la solicitud a), en la que se requiere información sobre las acciones de prevención, fiscalización y atención relacionadas con la seguridad vial en la provincia durante el año 2019, así como el presupuesto asignado y ejecutado.'])
    R.p('II. ANÁLISIS', bold=True)
    body(R, ['2.1 Fiscalización. En coordinación con la Unidad de Tránsito de la PNP, durante el año 2019 se realizaron %s de control de velocidad, documentos y estado de los vehículos de transporte público, en los que se impusieron %s y se internaron %s en el depósito municipal. Asimismo, se efectuaron %s de alcoholemia en horario nocturno.' % (
        C('148 operativos', 148, 'operativo', y=2019), C('9 473 papeletas', 9473, 'papeleta', y=2019), C('1 126 vehículos', 1126, 'vehículo', y=2019), C('37 operativos', 37, 'operativo', y=2019)),
        '2.2 Prevención y capacitación. La Escuela Municipal de Seguridad Vial desarrolló %s dirigidas a conductores de transporte público y %s para escolares de nivel primario, con una participación total de %s y %s, respectivamente. Se instalaron además %s y se repintaron %s de señalización horizontal.' % (
            C('62 capacitaciones', 62, 'capacitación', y=2019), C('45 charlas', 45, 'charla', y=2019), C('2 340 conductores', 2340, 'conductor', y=2019),
            C('6 815 estudiantes', 6815, 'estudiante', y=2019), C('214 señales verticales', 214, 'señal', y=2019), C('38 intersecciones', 38, 'intersección', y=2019)),
        '2.3 Atención y protección a víctimas de accidentes de tránsito. Según el registro del Observatorio Provincial de Seguridad Vial, en el año 2019 ocurrieron %s en la provincia, con %s y %s. El %s de los siniestros involucró a motociclistas y el %s se produjo entre las 18:00 y las 24:00 horas. Las víctimas fueron atendidas con cargo al SOAT y al AFOCAT; la Municipalidad brindó orientación legal gratuita a %s de víctimas.' % (
            C('4 812 accidentes de tránsito', 4812, 'accidente', y=2019), C('1 286 heridos', 1286, 'herido', y=2019), C('74 fallecidos', 74, 'fallecido', y=2019),
            P('31,7 %', 31.7, y=2019), P('44,2 %', 44.2, y=2019), C('93 familiares', 93, 'familiar', y=2019)),
        'La distribución de los accidentes por distrito fue la siguiente:'])
    dist = [('Cercado', 1104, 14), ('Cerro Colorado', 812, 16), ('José Luis Bustamante y Rivero', 597, 6), ('Paucarpata', 644, 9), ('Mariano Melgar', 318, 5),
            ('Cayma', 401, 7), ('Yanahuara', 276, 3), ('Otros distritos', 660, 14)]
    rows = [[d, C(str(a), a, 'accidente', y=2019), C(str(b), b, 'fallecido', y=2019)] for d, a, b in dist]
    rows.append(['Total', C(fmt(4812, 'sp', 0), 4812, 'accidente', y=2019), C('74', 74, 'fallecido', y=2019)])
    R.table([['Distrito', 'Accidentes', 'Fallecidos']], rows, widths=(7, 3, 3), bold_rows=(8,), size=9.5, caption='Accidentes de tránsito por distrito, 2019')
    body(R, ['2.4 Presupuesto. Para las acciones descritas, el Programa Presupuestal 0138 "Reducción del costo, tiempo e inseguridad en el sistema de transporte" contó en 2019 con un PIM de %s, del cual se devengó %s, lo que representa un avance de %s. El saldo no ejecutado corresponde a la adquisición de alcoholímetros, cuyo proceso de selección fue declarado desierto.' % (
        M('S/ 2.4 millones', 2400000.0, y=2019, r='a'), M('S/ 2 106 557,80', 2106557.80, y=2019, r='e'), P('87,8 %', 87.8, y=2019)),
        '2.5 Coordinación interinstitucional. El Consejo Provincial de Seguridad Vial sesionó en %s y aprobó el Plan Provincial de Seguridad Vial 2019-2022, con participación de la PNP, la Fiscalía de Prevención del Delito, la Gerencia Regional de Salud y la SUTRAN.' % C('siete (7) oportunidades', 7, 'sesión', y=2019)])
    R.p('III. CONCLUSIÓN', bold=True)
    body(R, ['Se remite la información disponible en esta Gerencia para que sea trasladada al solicitante dentro del plazo de ley.', 'Es cuanto informo a usted para los fines pertinentes.'])
    R.sign('Ing. ÓSCAR ZÚÑIGA BEGAZO', 'Gerente de Transporte Urbano y Circulación Vial', before=18)


def h948():
    R = new('h948', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de San Martín', 'GRSM', 'regional_government'),
            'OFICIO N° 0147-2022-GRSM/GRDS', ['Solicitud N° 0081-2022', 'Informe Técnico N° 009-2022-GRSM/GRDS/SGPS'],
            '2022-02-23', 'long oficio on domestic-violence services (HRT, capacitaciones, budget PP 1002); ruled table by province with total; not about trafficking',
            notes='Off topic: violence against women and family members, no trafficking.')
    letter(R, ['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Desarrollo Social'], 2022,
           'Moyobamba, 23 de febrero de 2022', 'OFICIO N° 0147-2022-GRSM/GRDS',
           ['Señora', 'DELIA RUIZ TUANAMA', 'Presente.-'],
           [('ASUNTO:', 'Acciones de la Instancia Regional de Concertación para erradicar la violencia contra las mujeres e integrantes del grupo familiar – 2021'),
            ('REF.:', 'a) Solicitud N° 0081-2022\nb) Informe Técnico N° 009-2022-GRSM/GRDS/SGPS')])
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento a) de la referencia, para remitirle la información sistematizada en el documento b) sobre las acciones de prevención, atención y protección desarrolladas en el año 2021 frente a la violencia contra las mujeres y los integrantes del grupo familiar.',
             'En materia de gobernanza, la Instancia Regional de Concertación sesionó en %s y aprobó el Plan Regional de Acción Conjunta 2021. Asimismo, se conformaron %s en igual número de provincias.' % (C('cinco (5) oportunidades', 5, 'sesión', y=2021), C('seis (6) instancias provinciales', 6, 'instancia', y=2021)),
             'En prevención, se realizaron: %s en instituciones educativas, %s en comunidades nativas y %s por el Día Internacional de la Eliminación de la Violencia contra la Mujer, con la participación de %s. Además, se capacitó a %s y %s en el llenado de la ficha de valoración de riesgo.' % (
                 C('86 talleres de masculinidades', 86, 'taller', y=2021), C('24 asambleas', 24, 'asamblea', y=2021), C('10 marchas', 10, 'marcha', y=2021),
                 C('12 470 personas', 12470, 'persona', y=2021), C('318 docentes', 318, 'docente', y=2021), C('142 efectivos policiales', 142, 'efectivo policial', y=2021)),
             'En atención y protección, el Hogar de Refugio Temporal regional "Warmi Wasi" acogió a %s víctimas de violencia familiar con sus %s; el tiempo promedio de permanencia fue de cuarenta días. El equipo multidisciplinario brindó %s psicológicas y %s legales. El %s de las usuarias egresó con un plan de seguridad y el %s logró reinsertarse laboralmente.' % (
                 C('57 mujeres', 57, 'mujer', y=2021), C('93 hijas e hijos', 93, 'hijo', y=2021), C('1 204 atenciones', 1204, 'atención', y=2021), C('389 orientaciones', 389, 'orientación', y=2021),
                 P('82 %', 82.0, y=2021), P('35 %', 35.0, y=2021)),
             'Los casos de violencia familiar derivados por las instancias provinciales a los servicios de atención fueron los siguientes:'])
    prov = [('Moyobamba', 412), ('Rioja', 268), ('San Martín', 603), ('Lamas', 154), ('Tocache', 187), ('Mariscal Cáceres', 121), ('Bellavista', 98), ('Otras provincias', 233)]
    rows = [[p_, C(str(n), n, 'caso', y=2021)] for p_, n in prov]
    rows.append(['Total', C(fmt(sum(n for _, n in prov), 'us', 0), sum(n for _, n in prov), 'caso', y=2021)])
    R.table([['Provincia', 'Casos derivados 2021']], rows, widths=(6, 4), bold_rows=(8,), size=9.5)
    body(R, ['Finalmente, en el marco del Programa Presupuestal 1002 "Productos específicos para la reducción de la violencia contra la mujer", este Gobierno Regional contó con un PIM de %s, de los cuales se certificó %s y se devengó %s al 31 de diciembre de 2021.' % (
        M('S/ 1 318 400,00', 1318400.00, y=2021, r='a'), M('S/ 1 297 150,00', 1297150.00, y=2021, r='c'), M('S/ 1 240 823,55', 1240823.55, y=2021, r='e')),
        'Atentamente,'])
    R.sign('Lic. ROSA ELVIRA PINEDO ARÉVALO', 'Gerente Regional de Desarrollo Social', before=18)


def h949():
    R = new('h949', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'INFORME N° 0089-2023-MDA/GFC-SGFA', ['Memorándum N° 0311-2023-MDA/SG'],
            '2023-01-30', 'long informe on municipal inspection and street-vending operations (operativos, clausuras, multas, capacitaciones, serenazgo); month table with total; not about trafficking',
            notes='Off topic: municipal inspections, informal commerce and serenazgo.')
    memo_head(R, 'INFORME N° 0089-2023-MDA/GFC-SGFA',
              [('PARA:', 'Abog. Sandra Meléndez Porras\nSecretaria General'), ('DE:', 'Sr. Walter Chumpitaz Ayala\nSubgerente de Fiscalización Administrativa'),
               ('ASUNTO:', 'Acciones de fiscalización y control del comercio ambulatorio, año 2022'), ('REF.:', 'Memorándum N° 0311-2023-MDA/SG'),
               ('FECHA:', 'Ate, 30 de enero de 2023')],
              ['MUNICIPALIDAD DISTRITAL DE ATE', 'Gerencia de Fiscalización y Control'], year=2023)
    body(R, ['Me dirijo a usted en atención al documento de la referencia, para informar las acciones de fiscalización ejecutadas en el año 2022 por esta Subgerencia, en coordinación con la Subgerencia de Serenazgo y la Policía Nacional del Perú.',
             '1. Operativos de control. Se realizaron %s a establecimientos comerciales en los ejes de la Carretera Central, Av. Nicolás Ayllón y el sector de Ceres, verificando la licencia de funcionamiento, el certificado de inspección técnica de seguridad y las condiciones de salubridad. Como resultado se impusieron %s, se clausuraron %s y se decomisaron bienes perecibles en mal estado en %s.' % (
                 C('276 operativos', 276, 'operativo', y=2022), C('1 038 papeletas de infracción', 1038, 'papeleta', y=2022), C('87 locales', 87, 'local', y=2022), C('19 mercados', 19, 'mercado', y=2022)),
             '2. Comercio ambulatorio. Se retiró a %s de la vía pública y se reubicó a %s en el campo ferial "Santa Clara", previo empadronamiento. Las multas impuestas por ocupación indebida de la vía pública ascendieron a %s, de las cuales se recaudó el %s.' % (
                 C('2 145 comerciantes ambulantes', 2145, 'comerciante', y=2022), C('312', 312, 'comerciante', y=2022), M('S/ 684,250.00', 684250.00, y=2022), P('46.3%', 46.3, y=2022)),
             '3. Capacitación. Se dictaron %s a los inspectores municipales sobre el procedimiento administrativo sancionador y %s a conductores de mercados sobre buenas prácticas de manipulación de alimentos.' % (
                 C('doce (12) cursos', 12, 'curso', y=2022), C('9 talleres', 9, 'taller', y=2022)),
             '4. Atención a víctimas de accidentes y emergencias. El personal de serenazgo atendió %s en la vía pública, trasladando a %s lesionadas a los establecimientos de salud de la zona.' % (
                 C('431 emergencias', 431, 'emergencia', y=2022), C('203 personas', 203, 'persona', y=2022)),
             'El número de operativos por trimestre fue el siguiente:'])
    q = [('I trimestre', 58), ('II trimestre', 71), ('III trimestre', 69), ('IV trimestre', 78)]
    rows = [[a, C(str(b), b, 'operativo', y=2022)] for a, b in q] + [['Total', C('276', 276, 'operativo', y=2022)]]
    R.table([['Periodo 2022', 'Operativos']], rows, ruled='hlines', widths=(5, 3), bold_rows=(4,), size=10)
    body(R, ['5. Presupuesto. La Subgerencia contó con un presupuesto institucional modificado de %s y ejecutó %s, destinados principalmente a combustible, uniformes y adquisición de una camioneta para los operativos.' % (
        M('S/ 1,950,000.00', 1950000.00, y=2022, r='a'), M('S/ 1,812,406.32', 1812406.32, y=2022, r='e')),
        'Es todo cuanto tengo que informar.'])
    R.sign('Sr. WALTER CHUMPITAZ AYALA', 'Subgerente de Fiscalización Administrativa', before=16)


def h950():
    R = new('h950', 'missing', 'off_topic', [], ('2017-01-01', '2017-12-31'),
            S('Instituto Nacional de Defensa Civil', 'INDECI', 'other'),
            'OFICIO N° 01208-2018-INDECI/5.0', ['Solicitud de Acceso N° 0244-2018'],
            '2018-03-21', 'long oficio on the 2017 coastal El Niño emergency (victims = damnificados, ayuda humanitaria, brigadistas, budget in millions); ruled table by region with total; not about trafficking',
            notes='Off topic: disaster response.')
    letter(R, ['INSTITUTO NACIONAL DE DEFENSA CIVIL', 'Dirección de Respuesta'], 2018,
           'Lima, 21 de marzo de 2018', 'OFICIO N° 01208-2018-INDECI/5.0',
           ['Señor', 'PABLO ENRIQUE SOTOMAYOR VIZA', 'Presente.-'],
           [('ASUNTO:', 'Información sobre atención a la población afectada por el Fenómeno El Niño Costero, año 2017'), ('REF.:', 'Solicitud de Acceso N° 0244-2018')])
    body(R, ['Es grato dirigirme a usted en atención a la solicitud de la referencia, para remitirle la información consolidada por la Dirección de Respuesta sobre las emergencias ocasionadas por las lluvias intensas, huaicos e inundaciones asociadas al Fenómeno El Niño Costero entre enero y mayo de 2017.',
             'De acuerdo con el Sistema de Información Nacional para la Respuesta y Rehabilitación (SINPAD), las emergencias dejaron %s y %s, así como %s y %s. Las víctimas fatales ascendieron a %s.' % (
                 C('285 453 damnificados', 285453, 'damnificado', y=2017), C('1 454 698 afectados', 1454698, 'afectado', y=2017),
                 C('25 700 viviendas colapsadas', 25700, 'vivienda', y=2017), C('258 545 viviendas afectadas', 258545, 'vivienda', y=2017), C('162 personas', 162, 'persona', y=2017)),
             'La distribución por departamento más afectado fue la siguiente:'])
    dep = [('Piura', 79210, 403602), ('Lambayeque', 43115, 198441), ('La Libertad', 61388, 176239), ('Áncash', 25114, 148702), ('Lima', 31806, 221530), ('Tumbes', 9402, 98115), ('Otros', 35418, 208069)]
    rows = [[d, C(fmt(a, 'us', 0), a, 'damnificado', y=2017), C(fmt(b, 'us', 0), b, 'afectado', y=2017)] for d, a, b in dep]
    rows.append(['Total', C('285,453', 285453, 'damnificado', y=2017), C('1,454,698', 1454698, 'afectado', y=2017)])
    R.table([['Departamento', 'Damnificados', 'Afectados']], rows, widths=(5.5, 3.5, 3.5), bold_rows=(7,), size=9.5)
    body(R, ['Para la atención de la población, el INDECI movilizó %s y desplegó %s de los Equipos de Respuesta Inmediata, quienes instalaron %s para familias damnificadas. Previamente, durante el año 2017 se habían capacitado %s en primeros auxilios y evaluación de daños.' % (
        C('ciento catorce (114) vuelos humanitarios', 114, 'vuelo', y=2017), C('1 320 brigadistas', 1320, 'brigadista', y=2017), C('8 640 carpas', 8640, 'carpa', y=2017), C('3 205 brigadistas comunitarios', 3205, 'brigadista', y=2017)),
        'El gasto en adquisición y distribución de bienes de ayuda humanitaria se financió con una transferencia de %s del Fondo para Intervenciones ante la Ocurrencia de Desastres Naturales, ejecutada al %s; adicionalmente, la cooperación internacional donó bienes valorizados en %s.' % (
            M('S/ 12,6 millones', 12600000.0, y=2017, r='a'), P('98,4 %', 98.4, y=2017), M('US$ 3.2 millones', 3200000.0, y=2017, cur='USD')),
        'Las acciones de rehabilitación de los servicios básicos y de la infraestructura vial fueron transferidas a la Autoridad para la Reconstrucción con Cambios.',
        'Sin otro particular, es propicia la oportunidad para expresarle las muestras de mi consideración.'])
    R.sign('Gral. Brig. (r) LUIS ALBERTO QUIROZ MELGAR', 'Director de Respuesta', 'INDECI', before=16)
