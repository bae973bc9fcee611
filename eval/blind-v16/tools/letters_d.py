"""blind-v16 letters s046-s060 (missing). Every person, number and figure is invented."""
from common import *


def closing(R, txt='Atentamente,'):
    R.p(txt, after=0, before=4)


# ---------------------------------------------------------------- s046
def s046():
    R = new('s046', 'missing', 'not_competent', ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Servicio Nacional de Meteorología e Hidrología del Perú', 'SENAMHI', 'other'),
            'CARTA N° D000087-2021-SENAMHI-SG', ['Expediente N° 2021-0000614'], '2021-02-09',
            'short carta of the weather service; the request is outside its functions, no referral; no figures',
            notes='Not competent and no referral (not_competent).')
    letter(R, ['SERVICIO NACIONAL DE METEOROLOGÍA E HIDROLOGÍA DEL PERÚ', 'Secretaría General'], 2021,
           'Lima, 09 de febrero de 2021', 'CARTA N° D000087-2021-SENAMHI-SG',
           ['Señora', 'PAOLA ANDREA MEJÍA CÁRDENAS', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'), ('REFERENCIA', ': Expediente N° 2021-0000614')],
           logo=(logo_png('senamhi', 'SNH', shape='circle', color=(0, 90, 160)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las campañas de '
             'prevención de la trata de personas realizadas por esta institución durante el año 2020.',
             'Al respecto, le informamos que el SENAMHI es el organismo encargado de generar y proveer información y conocimiento '
             'meteorológico, hidrológico y climático; las acciones de prevención de la trata de personas no se encuentran dentro de sus '
             'funciones, por lo que no genera ni posee la información requerida.',
             'Atentamente,'])
    dsig(R, 'Jorge Luis Vilca Rodríguez', 'Secretario General', 'SENAMHI', when='09/02/2021 16:44:10', fau='20131366028')


# ---------------------------------------------------------------- s047
def s047():
    R = new('s047', 'missing', 'acknowledgment', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Corte Superior de Justicia de Lima', 'CSJLI', 'autonomous'),
            None, ['Solicitud N° 2023-0124578'], '2023-05-10',
            'printed automatic e-mail acknowledging receipt, with the registry number and a summary of the request; no figures',
            notes='An automatic receipt: no information (acknowledgment). No own number.', font='Calibri')
    R.p('Imprimir | Cerrar ventana', size=8, align='r', after=4)
    email_head(R, [('De:', 'Mesa de Partes Virtual CSJ Lima <mpv-csjlima@pj.gob.pe>'), ('Fecha:', '10 de mayo de 2023, 08:15'),
                   ('Para:', 'gustavo.rengifo.a@outlook.com'), ('Asunto:', 'ACUSE DE RECIBO - Solicitud de acceso a la información pública')])
    R.p('CORTE SUPERIOR DE JUSTICIA DE LIMA', bold=True, align='c', after=0)
    R.p('Mesa de Partes Virtual', align='c', after=8)
    body(R, ['Estimado(a) ciudadano(a):',
             'Se ha registrado su solicitud de acceso a la información pública con el número Solicitud N° 2023-0124578, con el siguiente resumen:'],
         align='l')
    quote(R, 'Información estadística sobre las sentencias por el delito de trata de personas emitidas en el año 2022 por los juzgados '
             'penales del Distrito Judicial de Lima.', size=10)
    body(R, ['Su solicitud será atendida dentro del plazo previsto en el artículo 11 del TUO de la Ley N° 27806. Puede consultar el estado '
             'de su trámite en la Mesa de Partes Virtual con el número asignado.',
             'Este es un mensaje automático; por favor, no responda a este correo.'], align='l')


# ---------------------------------------------------------------- s048
def s048():
    R = new('s048', 'missing', 'acknowledgment', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'),
            'CARTA N° 045-2022-MPH/SG', ['Expediente N° 4417-2022'], '2022-03-08',
            'carta acknowledging receipt: the request was passed to an office of the same municipality and the answer will follow; no figures',
            notes='Passed on inside the municipality, not to another entity: acknowledgment, not a referral.')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE HUAMANGA', 'Secretaría General'], 2022, 'Ayacucho, 08 de marzo de 2022', 'CARTA N° 045-2022-MPH/SG',
           ['Señor', 'RUBÉN DARÍO HUAMÁN PALOMINO', 'Presente.-'],
           [('ASUNTO', ': Acuse de recibo de solicitud de acceso a la información pública'), ('REFERENCIA', ': Expediente N° 4417-2022')],
           logo=(logo_png('mph', 'MPH', color=(120, 30, 30)), 1.4))
    body(R, ['Me dirijo a usted para acusar recibo del expediente de la referencia, mediante el cual solicita información sobre las '
             'acciones de prevención de la trata de personas realizadas por esta Municipalidad en el año 2021.',
             'Le comunico que su solicitud ha sido remitida a la Gerencia de Desarrollo Humano de esta Municipalidad, unidad orgánica que '
             'posee la información, a fin de que la proporcione dentro del plazo de ley. Una vez recibida, le será remitida al correo '
             'electrónico consignado en su solicitud.',
             'Atentamente,'])
    R.sign('Abog. MARIBEL QUISPE ROJAS', 'Secretaria General', 'Municipalidad Provincial de Huamanga')


# ---------------------------------------------------------------- s049
def s049():
    R = new('s049', 'missing', 'clarification', [], None,
            S('Municipalidad Distrital de Comas', 'MDC', 'district_municipality'),
            'CARTA N° 0112-2023-SG/MDC', ['Expediente N° 0029784-2023'], '2023-05-19',
            'carta asking the requester to clarify (subsanar) the request within two working days; no period anywhere, no figures',
            notes='A request to clarify (clarification). The request only said "trata de personas"; no axis can be told from the text.')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE COMAS', 'Secretaría General'], 2023, 'Comas, 19 de mayo de 2023', 'CARTA N° 0112-2023-SG/MDC',
           ['Señora', 'JAZMÍN ROCÍO ALVARADO PEÑA', 'Presente.-'],
           [('ASUNTO', ': Solicitud de subsanación'), ('REFERENCIA', ': Expediente N° 0029784-2023')], logo=(logo_png('mdc', 'COM', color=(0, 80, 40)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita «toda la información que tenga la '
             'Municipalidad sobre trata de personas».',
             'Al respecto, a fin de atender su pedido, sírvase precisar lo siguiente:'])
    for t in ['a qué periodo corresponde la información que requiere;',
              'si requiere información de las acciones de la DEMUNA, de las fiscalizaciones de establecimientos o de otra unidad orgánica; y',
              'la forma de entrega de la información (copia simple, correo electrónico u otro medio).']:
        R.p('–  ' + t, indent=0.8, first=-0.5, after=2)
    body(R, ['Para ello, se le otorga el plazo de dos días hábiles contados desde el día siguiente de la notificación de la presente, '
             'vencido el cual, de no subsanarse, se dará por concluido el trámite.', 'Atentamente,'])
    R.sign('Abog. FRANCO ERNESTO LLANOS VERA', 'Secretario General', 'Municipalidad Distrital de Comas')


# ---------------------------------------------------------------- s050
def s050():
    R = new('s050', 'missing', 'clarification', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio de la Producción', 'PRODUCE', 'ministry'),
            'CARTA N° 00000214-2023-PRODUCE/OGACI', ['Registro N° 00031577-2023'], '2023-03-14',
            'carta asking which inspections the request means (labour or fisheries) and which ports, period restated; no figures',
            notes='A request to clarify (clarification).')
    letter(R, ['MINISTERIO DE LA PRODUCCIÓN', 'Oficina General de Atención a la Ciudadanía'], 2023,
           'San Isidro, 14 de marzo de 2023', 'CARTA N° 00000214-2023-PRODUCE/OGACI',
           ['Señor', 'ERICK MAURICIO VALDIVIA LUNA', 'Presente.-'],
           [('ASUNTO', ': Precisión de solicitud de acceso a la información pública'), ('REFERENCIA', ': Registro N° 00031577-2023')],
           logo=(logo_png('produce', 'PRD', shape='square', color=(0, 70, 130)), 1.4))
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información sobre '
             'las inspecciones realizadas en el año 2022 a embarcaciones pesqueras por presunto trabajo forzoso y trata de personas.',
             'Al respecto, y a fin de atender su pedido, agradeceremos que precise si la información que requiere se refiere a las '
             'fiscalizaciones pesqueras a cargo de este Ministerio o a las inspecciones de condiciones de trabajo, así como los puertos de '
             'desembarque de su interés. La precisión deberá remitirse dentro del plazo de dos días hábiles.',
             'Atentamente,'])
    dsig(R, 'Silvia Patricia Ramos Chumpitaz', 'Directora de la Oficina General de Atención a la Ciudadanía', 'PRODUCE',
         when='14/03/2023 12:20:05', fau='20504794637')


# ---------------------------------------------------------------- s051
def s051():
    R = new('s051', 'missing', 'denied_exception', ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 0117-2024-MP-FN-FPEDTP-TUMBES', ['Solicitud N° 0036-2024'], '2024-02-16',
            'prosecutor\'s oficio denying access to the case files under the reserve of the investigation; no figures',
            notes='Access denied under an exception (denied_exception).')
    letter(R, ['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes'], 2024,
           'Tumbes, 16 de febrero de 2024', 'OFICIO N° 0117-2024-MP-FN-FPEDTP-TUMBES',
           ['Señor', 'MANUEL ANTONIO FEIJÓO NAVARRO', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'), ('REF.', ': Solicitud N° 0036-2024')],
           logo=(logo_png('mpfn', 'MP', color=(20, 60, 120)), 1.5))
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia, mediante la cual requiere copia de las '
             'carpetas fiscales de las investigaciones por el delito de trata de personas iniciadas por este despacho en el año 2023, '
             'incluidas las declaraciones de las presuntas víctimas y los informes policiales.',
             'Al respecto, le comunico que dichas investigaciones se encuentran en trámite y tienen carácter reservado conforme al artículo '
             '324 del Código Procesal Penal; asimismo, contienen datos de presuntas víctimas cuya identidad debe protegerse. En consecuencia, '
             'la información solicitada se encuentra comprendida en la excepción prevista en el numeral 6 del artículo 17 del TUO de la Ley '
             'N° 27806, por lo que se deniega su entrega.',
             'Atentamente,'])
    R.sign('CARLOS ALBERTO ZAPATA OLIVARES', 'Fiscal Provincial', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Tumbes')


# ---------------------------------------------------------------- s052
def s052():
    R = new('s052', 'missing', 'denied_exception', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'OFICIO N° 000318-2023/IN/OGAC', ['Expediente N° 23-0006231', 'Informe N° 000142-2023/IN/OGAJ'], '2023-03-02',
            'oficio denying a list of rescued victims with names and ages (personal privacy exception) after a legal opinion; no figures',
            notes='Access denied under the personal privacy exception (denied_exception).')
    letter(R, ['MINISTERIO DEL INTERIOR', 'Oficina General de Atención al Ciudadano'], 2023, 'San Isidro, 02 de marzo de 2023',
           'OFICIO N° 000318-2023/IN/OGAC', ['Señora', 'NATALIA ESTEFANÍA RAMÍREZ OTERO', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'), ('REFERENCIA', ': Expediente N° 23-0006231')],
           logo=(logo_png('mininter', 'MIN', shape='circle', color=(30, 50, 100)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita la relación de las personas rescatadas '
             'en operativos contra la trata de personas durante el año 2022, con sus nombres, edades y lugar de origen.',
             'Al respecto, conforme a lo opinado por la Oficina General de Asesoría Jurídica en el Informe N° 000142-2023/IN/OGAJ, la '
             'información solicitada contiene datos personales de presuntas víctimas de un delito, cuya divulgación afectaría su intimidad '
             'personal y su seguridad. Por ello, se encuentra comprendida en la excepción prevista en el numeral 5 del artículo 17 del TUO '
             'de la Ley N° 27806, por lo que no es posible atender su pedido.',
             'Atentamente,'])
    dsig(R, 'Hugo Enrique Sandoval Paz', 'Jefe de la Oficina General de Atención al Ciudadano', 'MININTER', when='02/03/2023 18:21:44',
         fau='20131366966')


# ---------------------------------------------------------------- s053
def s053():
    R = new('s053', 'missing', 'no_reply', ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Tribunal de Transparencia y Acceso a la Información Pública', 'TTAIP', 'ministry'),
            'RESOLUCIÓN N° 001873-2021-JUS/TTAIP-PRIMERA SALA', ['Expediente N° 01412-2021-JUS/TTAIP'], '2021-07-28',
            'resolution of the transparency tribunal (VISTO / CONSIDERANDO / SE RESUELVE) finding that the provincial municipality never answered the request; no figures',
            notes='The document records that the request got no reply (no_reply); the issuer is the tribunal of the Ministry of Justice, not the municipality asked.')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Tribunal de Transparencia y Acceso a la Información Pública'],
             logo=(logo_png('minjus', 'JUS', color=(110, 20, 30)), 1.4))
    lema(R, 2021)
    R.p('RESOLUCIÓN N° 001873-2021-JUS/TTAIP-PRIMERA SALA', bold=True, align='c', size=12, after=6)
    kv(R, [('Expediente', ': Expediente N° 01412-2021-JUS/TTAIP'), ('Recurrente', ': Iván Alonso Seminario Ramos'),
           ('Entidad', ': Municipalidad Provincial de Sullana'), ('Sumilla', ': Declara fundado recurso de apelación')])
    R.p('Miraflores, 28 de julio de 2021', after=6)
    R.p('VISTO:', bold=True, after=2)
    body(R, ['El recurso de apelación interpuesto por el ciudadano Iván Alonso Seminario Ramos contra la denegatoria por silencio administrativo '
             'negativo de su solicitud de acceso a la información pública presentada a la Municipalidad Provincial de Sullana.'])
    R.p('CONSIDERANDO:', bold=True, after=2)
    body(R, ['Que, con fecha 3 de mayo de 2021, el recurrente solicitó a la entidad información sobre las acciones de prevención de la trata '
             'de personas realizadas en el año 2020;',
             'Que, al no haber obtenido respuesta dentro del plazo legal, el recurrente interpuso recurso de apelación, considerando denegada '
             'su solicitud en aplicación del silencio administrativo negativo;',
             'Que, notificada la entidad para que formule sus descargos, esta no los ha presentado ni ha acreditado haber atendido la '
             'solicitud, por lo que a la fecha no existe respuesta alguna al pedido del recurrente;'])
    R.p('SE RESUELVE:', bold=True, after=2)
    body(R, ['**Artículo 1.-** DECLARAR FUNDADO el recurso de apelación interpuesto por el ciudadano Iván Alonso Seminario Ramos.',
             '**Artículo 2.-** ORDENAR a la Municipalidad Provincial de Sullana que entregue la información solicitada, bajo '
             'responsabilidad.'])
    R.p('', before=18)
    R.table([['ULISES ZAMORA BARBOZA', 'MARÍA ROSA MENA MENA', 'PEDRO CHILET PAZ']], [['Vocal Presidente', 'Vocal', 'Vocal']], num_align='c',
            widths=(5.3, 5.3, 5.3), ruled='none', size=9, head_shade=None)


# ---------------------------------------------------------------- s054
def s054():
    R = new('s054', 'missing', 'no_reply', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad de La Victoria', 'MLV', 'district_municipality'),
            'CONSTANCIA N° 018-2022-SG/MLV', ['Expediente N° 12583-2022'], '2022-08-05',
            'constancia issued at the requester\'s request, stating that the request has no reply on file in the case system; no figures',
            notes='The document records that the request got no reply (no_reply).')
    R.header(['MUNICIPALIDAD DE LA VICTORIA', 'Secretaría General - Área de Trámite Documentario'], logo=(logo_png('mlv', 'MLV', color=(0, 60, 130)), 1.4))
    lema(R, 2022)
    R.p('CONSTANCIA N° 018-2022-SG/MLV', bold=True, align='c', size=13, after=12, before=10)
    body(R, ['La Secretaría General de la Municipalidad de La Victoria HACE CONSTAR:',
             'Que la solicitud de acceso a la información pública registrada con el Expediente N° 12583-2022, presentada el 14 de junio de '
             '2022 por la señora Milagros Celeste Huertas Ponce, mediante la cual requiere información sobre los operativos de fiscalización '
             'de hostales, bares y discotecas realizados en el año 2021 para detectar casos de trata de personas con fines de explotación '
             'sexual, no registra respuesta emitida a la fecha, según la consulta efectuada en el Sistema de Trámite Documentario.',
             'Se expide la presente a solicitud de la interesada, para los fines que estime convenientes.'])
    R.p('La Victoria, 05 de agosto de 2022', align='r', after=0, before=8)
    R.sign('Abog. RENÉ ARTURO SALINAS GUEVARA', 'Secretario General', 'Municipalidad de La Victoria')


# ================================================================ off topic
# ---------------------------------------------------------------- s055
def s055():
    R = new('s055', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de San Martín de Porres', 'MDSMP', 'district_municipality'),
            'CARTA N° 0287-2023-SGFA-GFC/MDSMP', ['Expediente N° 0081245-2023'], '2023-02-21',
            'off topic (noise control): quarter table of operations, neighbours\' complaints and fines issued; trainings, PIM and devengado in prose',
            notes='Not about trafficking in persons: noise control of bars and discotheques (off_topic); its figures are still figures.')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE SAN MARTÍN DE PORRES', 'Gerencia de Fiscalización y Control - Subgerencia de Fiscalización Administrativa'], 2023,
           'San Martín de Porres, 21 de febrero de 2023', 'CARTA N° 0287-2023-SGFA-GFC/MDSMP',
           ['Señor', 'WILFREDO JAVIER CASTRO MELGAR', 'Presente.-'],
           [('ASUNTO', ': Acciones de control de ruidos molestos - año 2022'), ('REFERENCIA', ': Expediente N° 0081245-2023')],
           logo=(logo_png('mdsmp', 'SMP', color=(0, 100, 60)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de '
             'control de ruidos molestos realizadas en el distrito durante el año 2022. Al respecto, se informa lo siguiente:'])
    ctab(R, [['Trimestre', 'Operativos de control de ruidos', 'Denuncias vecinales atendidas', 'Papeletas de infracción impuestas']],
         [('I Trimestre', [14, 71, 19]), ('II Trimestre', [16, 83, 22]), ('III Trimestre', [15, 69, 18]), ('IV Trimestre', [19, 89, 28])],
         ['operativo', 'denuncia', 'papeleta'], year=2022, widths=(3.6, 4.0, 4.0, 4.0), size=9.5)
    body(R, ['Asimismo, se realizaron %s capacitaciones a administradores de discotecas, bares y locales de eventos sobre los límites '
             'máximos permisibles de ruido. La actividad de fiscalización contó con un PIM de %s y un devengado de %s al cierre del año.' % (
                 C('8', 8, 'capacitación', y=2022), Mf(145000, pre='S/ ', y=2022, r='a'), Mf(131870.40, pre='S/ ', y=2022, r='e')),
             'Atentamente,'])
    R.sign('Abog. LUIS ENRIQUE PALACIOS DÍAZ', 'Subgerente de Fiscalización Administrativa', 'Municipalidad Distrital de San Martín de Porres')


# ---------------------------------------------------------------- s056
def s056():
    R = new('s056', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Autoridad Nacional del Agua', 'ANA', 'other'),
            'OFICIO N° 0412-2022-ANA-DARH', ['Carta s/n de fecha 02 de marzo de 2022'], '2022-03-18',
            'off topic (unauthorised water use): table by regional water authority with operations, complaints, sanction procedures and fines whose unit is only in the table title; trainings, PIM, devengado and a percent in prose',
            notes='Not about trafficking in persons (off_topic). Fines have no role; their unit is stated only in the table title ("multas en soles"): unit_source caption.')
    letter(R, ['AUTORIDAD NACIONAL DEL AGUA', 'Dirección de Administración de Recursos Hídricos'], 2022,
           'San Isidro, 18 de marzo de 2022', 'OFICIO N° 0412-2022-ANA-DARH',
           ['Señora', 'PATRICIA SOLEDAD MORI VILLANUEVA', 'Presente.-'],
           [('ASUNTO', ': Operativos de fiscalización del uso del agua'), ('REFERENCIA', ': Carta s/n de fecha 02 de marzo de 2022')],
           logo=(logo_png('ana', 'ANA', shape='circle', color=(0, 90, 170)), 1.4))
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información sobre '
             'los operativos de fiscalización contra el uso no autorizado del agua realizados en el año 2021:'])
    data = [('AAA Cañete-Fortaleza', 38, 54, 21, 186400), ('AAA Chaparra-Chincha', 29, 47, 16, 142750), ('AAA Jequetepeque-Zarumilla', 44, 61, 27, 238900),
            ('AAA Huarmey-Chicama', 25, 33, 12, 97300), ('AAA Caplina-Ocoña', 31, 40, 18, 164200)]
    rows, t = [], [0, 0, 0, 0]
    for lab, a, b, c, m in data:
        rows.append([lab, Cn(a, 'operativo', y=2021), Cn(b, 'denuncia', y=2021), Cn(c, 'procedimiento sancionador', y=2021), Mf(m, y=2021, u='caption')])
        t = [t[0] + a, t[1] + b, t[2] + c, t[3] + m]
    rows.append(['Total', Cn(t[0], 'operativo', y=2021), Cn(t[1], 'denuncia', y=2021), Cn(t[2], 'procedimiento sancionador', y=2021), Mf(t[3], y=2021, u='caption')])
    R.table([['Autoridad Administrativa del Agua', 'Operativos', 'Denuncias atendidas', 'Procedimientos sancionadores', 'Multas impuestas']],
            rows, widths=(4.8, 2.2, 2.6, 3.2, 3.2), bold_rows=(5,), size=9, caption='Cuadro N° 1: Fiscalización del uso del agua por AAA, año 2021 (multas en soles)')
    pim, dev = 2845300.00, 2611482.17
    body(R, ['Además, se realizaron %s capacitaciones a usuarios de agua agraria sobre la obtención de licencias. La actividad contó con un '
             'PIM de %s y un devengado de %s (%s).' % (C('57', 57, 'capacitación', y=2021), Mf(pim, pre='S/ ', y=2021, r='a'),
                                                      Mf(dev, pre='S/ ', y=2021, r='e'), Psp(round(dev / pim * 100, 1), 1, y=2021)),
             'Atentamente,'])
    R.sign('Ing. ÁNGEL RAMIRO PAREDES SOTO', 'Director de Administración de Recursos Hídricos', 'Autoridad Nacional del Agua')


# ---------------------------------------------------------------- s057
def s057():
    R = new('s057', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Salud Piura', 'DIRESA Piura', 'regional_government'),
            'OFICIO N° 0531-2024-GRP-DRSP-DESP', ['Expediente N° 00618-2024'], '2024-02-28',
            'off topic (dengue): province table of cases, fatal victims and larval-control operations; trainings and budget in millions in prose',
            notes='Not about trafficking in persons: dengue outbreak (off_topic). "víctimas fatales" are deaths from dengue.')
    letter(R, ['GOBIERNO REGIONAL PIURA', 'Dirección Regional de Salud Piura', 'Dirección Ejecutiva de Salud de las Personas'], 2024,
           'Piura, 28 de febrero de 2024', 'OFICIO N° 0531-2024-GRP-DRSP-DESP',
           ['Señor', 'JOSÉ GABRIEL TIMANÁ ZAPATA', 'Presente.-'],
           [('ASUNTO', ': Información sobre el brote de dengue 2023'), ('REFERENCIA', ': Expediente N° 00618-2024')],
           logo=(logo_png('diresap', 'DRS', color=(0, 110, 120)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre el brote de dengue '
             'registrado en la región durante el año 2023:'])
    ctab(R, [['Provincia', 'Casos confirmados', 'Víctimas fatales', 'Operativos de control larvario']],
         [('Piura', [18420, 41, 96]), ('Sullana', [12875, 29, 78]), ('Paita', [4310, 9, 34]), ('Talara', [3962, 7, 29]),
          ('Morropón', [2148, 4, 22]), ('Sechura', [1736, 3, 17]), ('Ayabaca', [412, 0, 8]), ('Huancabamba', [187, 0, 5])],
         ['caso', 'víctima', 'operativo'], year=2023, total='Total regional', widths=(4.0, 3.6, 3.4, 4.4), size=9.5)
    body(R, ['Se realizaron %s capacitaciones a promotores de salud y agentes comunitarios. Para la respuesta al brote se asignó un PIM de %s, '
             'del cual se devengó %s.' % (C('64', 64, 'capacitación', y=2023), M('S/ 14,6 millones', 14600000.0, y=2023, r='a'),
                                          M('S/ 13,9 millones', 13900000.0, y=2023, r='e')),
             'Atentamente,'])
    R.sign('M.C. LUCÍA ISABEL CHUNGA AMAYA', 'Directora Ejecutiva de Salud de las Personas', 'DIRESA Piura')


# ---------------------------------------------------------------- s058
def s058():
    R = new('s058', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Control de Servicios de Seguridad, Armas, Municiones y Explosivos de Uso Civil', 'SUCAMEC', 'other'),
            'OFICIO N° 00214-2023-SUCAMEC-GEPP', ['Solicitud N° 0189-2023-SUCAMEC'], '2023-01-24',
            'off topic (fireworks): counts in a bullet list with the noun first, value of seized goods in millions, victims of burns',
            notes='Not about trafficking in persons: illegal fireworks (off_topic). The value of seized goods has no role.')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE CONTROL DE SERVICIOS DE SEGURIDAD, ARMAS, MUNICIONES Y EXPLOSIVOS DE USO CIVIL',
               'Gerencia de Explosivos y Productos Pirotécnicos de Uso Civil'], 2023,
           'Lima, 24 de enero de 2023', 'OFICIO N° 00214-2023-SUCAMEC-GEPP',
           ['Señora', 'GABRIELA INÉS FALCÓN ROJAS', 'Presente.-'],
           [('ASUNTO', ': Operativos contra la comercialización ilegal de productos pirotécnicos'),
            ('REFERENCIA', ': Solicitud N° 0189-2023-SUCAMEC')], logo=(logo_png('sucamec', 'SUC', shape='square', color=(90, 60, 0)), 1.4))
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre los operativos contra '
             'la comercialización ilegal de productos pirotécnicos realizados en el año 2022. Al respecto, se informa:'])
    bl(R, ['Operativos realizados a nivel nacional: %s' % C('146', 146, 'operativo', y=2022),
           'Establecimientos intervenidos: %s' % C('389', 389, 'establecimiento', y=2022),
           'Denuncias presentadas ante el Ministerio Público: %s' % C('37', 37, 'denuncia', y=2022),
           'Capacitaciones a comerciantes autorizados: %s' % C('22', 22, 'capacitación', y=2022),
           'Víctimas de quemaduras por pirotécnicos reportadas por los hospitales: %s' % C('58', 58, 'víctima', y=2022)])
    body(R, ['El valor estimado de los productos decomisados asciende a %s.' % M('S/ 2,4 millones', 2400000.0, y=2022), 'Atentamente,'])
    R.sign('CRNL. (R) ALBERTO GUZMÁN VERA', 'Gerente de Explosivos y Productos Pirotécnicos de Uso Civil', 'SUCAMEC')


# ---------------------------------------------------------------- s059
def s059():
    R = new('s059', 'missing', 'off_topic', [], ('2021-01-01', '2021-12-31'),
            S('Organismo de Evaluación y Fiscalización Ambiental', 'OEFA', 'other'),
            'OFICIO N° 00097-2022-OEFA/DPEF-SEFA', ['Expediente N° 2022-E01-011874'], '2022-02-14',
            'off topic (municipal solid waste): department table of supervisions, environmental complaints and measures; trainings, PIM, devengado and percent (space before %) in prose',
            notes='Not about trafficking in persons: supervision of municipal solid waste dumps (off_topic).')
    letter(R, ['ORGANISMO DE EVALUACIÓN Y FISCALIZACIÓN AMBIENTAL', 'Subdirección de Seguimiento de Entidades de Fiscalización Ambiental'], 2022,
           'Jesús María, 14 de febrero de 2022', 'OFICIO N° 00097-2022-OEFA/DPEF-SEFA',
           ['Señor', 'ALDO MARTÍN CHUMPITAZ REYES', 'Presente.-'],
           [('ASUNTO', ': Supervisiones a la gestión municipal de residuos sólidos - 2021'),
            ('REFERENCIA', ': Expediente N° 2022-E01-011874')], logo=(logo_png('oefa', 'OEFA', shape='circle', color=(0, 120, 60)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia. Al respecto, las supervisiones a la gestión de residuos sólidos '
             'municipales realizadas en el año 2021 fueron las siguientes:'])
    ctab(R, [['Departamento', 'Supervisiones', 'Denuncias ambientales atendidas', 'Medidas administrativas dictadas']],
         [('Lima', [64, 218, 23]), ('Áncash', [19, 47, 6]), ('Arequipa', [22, 61, 8]), ('Cusco', [17, 39, 5]), ('Loreto', [12, 28, 4]),
          ('Piura', [21, 55, 9])], ['supervisión', 'denuncia', 'medida administrativa'], year=2021, widths=(4.0, 3.2, 4.2, 4.2), size=9.5)
    pim, dev = 1385000.00, 1247916.40
    body(R, ['Asimismo, se realizaron %s capacitaciones a gobiernos locales. La actividad contó con un PIM de %s y un devengado de %s, '
             'equivalente al %s.' % (C('31', 31, 'capacitación', y=2021), Mf(pim, pre='S/ ', y=2021, r='a'), Mf(dev, pre='S/ ', y=2021, r='e'),
                                     Psp(round(dev / pim * 100, 1), 1, y=2021)),
             'Atentamente,'])
    dsig(R, 'Karen Milagros Aguirre Huertas', 'Subdirectora de Seguimiento de Entidades de Fiscalización Ambiental', 'OEFA',
         when='14/02/2022 11:03:26', fau='20521286769')


# ---------------------------------------------------------------- s060
def s060():
    R = new('s060', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Instituto Nacional de Defensa de la Competencia y de la Protección de la Propiedad Intelectual', 'INDECOPI', 'other'),
            'CARTA N° 000238-2024-GEL/INDECOPI', ['Solicitud N° 0147-2024/TRANSPARENCIA'], '2024-01-30',
            'off topic (consumer protection): table of complaints and fines by sector with a total row; victims of online fraud, inspection operations and trainings in prose',
            notes='Not about trafficking in persons: consumer protection (off_topic). "víctimas de fraude" are consumers. Fines have no role.')
    letter(R, ['INSTITUTO NACIONAL DE DEFENSA DE LA COMPETENCIA Y DE LA PROTECCIÓN DE LA PROPIEDAD INTELECTUAL',
               'Gerencia de Estudios Económicos'], 2024, 'San Borja, 30 de enero de 2024', 'CARTA N° 000238-2024-GEL/INDECOPI',
           ['Señorita', 'CAMILA FERNANDA OTOYA BECERRA', 'Presente.-'],
           [('ASUNTO', ': Información sobre protección al consumidor en el comercio electrónico - 2023'),
            ('REFERENCIA', ': Solicitud N° 0147-2024/TRANSPARENCIA')], logo=(logo_png('indecopi', 'IND', shape='square', color=(180, 20, 20)), 1.4))
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Al respecto, en el año 2023 se registraron las siguientes '
             'denuncias por infracciones a las normas de protección al consumidor en el comercio electrónico:'])
    data = [('Tiendas por departamento', 1284, 1845600.00), ('Aerolíneas y agencias de viaje', 962, 2317450.00),
            ('Plataformas de reparto', 745, 688200.00), ('Telefonía e internet', 1108, 3046800.00)]
    rows = [[lab, Cn(n, 'denuncia', y=2023), Mf(m, y=2023)] for lab, n, m in data]
    rows.append(['Total', Cn(sum(d[1] for d in data), 'denuncia', y=2023), Mf(sum(d[2] for d in data), y=2023)])
    R.table([['Sector', 'Denuncias', 'Multas impuestas (S/)']], rows, widths=(6.4, 3.0, 4.2), bold_rows=(4,), size=9.5)
    body(R, ['Del total de denuncias, %s correspondieron a consumidores víctimas de fraude en compras por internet. Además, se realizaron '
             '%s operativos de fiscalización a proveedores y %s capacitaciones a proveedores sobre el Código de Protección y Defensa del '
             'Consumidor.' % (C('1 037', 1037, 'víctima', y=2023), C('312', 312, 'operativo', y=2023), C('45', 45, 'capacitación', y=2023)),
             'Atentamente,'])
    dsig(R, 'Javier Esteban Coronado Saleh', 'Gerente de Estudios Económicos', 'INDECOPI', when='30/01/2024 14:37:55', fau='20133840533')
