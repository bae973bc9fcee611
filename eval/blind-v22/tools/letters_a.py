"""blind-v22 letters z001-z015 (written from scratch for this set from the labeling guide)."""
from common import *
from lib import logo_png


PER22 = ('2022-01-01', '2022-12-31')
PER23 = ('2023-01-01', '2023-12-31')


def z001():
    R = new('z001', 'missing', 'acknowledgment', ['governance'], ('2021-01-01', '2022-12-31'),
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'CARTA N° 000317-2023-SG-OTAI/UNMSM', ['Expediente N° 2023-0014578'], '2023-08-09',
            'carta, acronym letterhead, addressee before the own number, date with capitalised month, electronic signature line',
            notes='The university only says the request was registered and sent to two of its own units (a faculty and the research '
                  'vice-rectorate) to gather the information, and that it will answer when they reply: an acknowledgment, not a '
                  'referral to another entity. The request (research and studies on trafficking, 2021-2022) is governance.',
            font='Calibri', size=11)
    acronym_header(R, 'UNMSM', ['Universidad Nacional Mayor de San Marcos', 'Universidad del Perú, Decana de América',
                                'Secretaría General - Oficina de Transparencia y Acceso a la Información'], color=(120, 20, 30))
    open22(R, 2023, date22('Ciudad Universitaria', '2023-08-09', 'cap'), 'CARTA N° 000317-2023-SG-OTAI/UNMSM',
           ['Señora', 'María Luisa Quispe Tello', 'Jr. Los Geranios 415, Lince', 'Presente.-'], order='to_first')
    R.p('**Asunto:** Solicitud de acceso a la información pública - Expediente N° 2023-0014578', after=8)
    R.p('De mi consideración:', after=6)
    body(R, [
        'Me dirijo a usted para hacer de su conocimiento que su solicitud, mediante la cual requiere información sobre los '
        'estudios, tesis e investigaciones sobre trata de personas financiados o auspiciados por esta Casa de Estudios durante los '
        'años 2021 y 2022, ha sido recibida y registrada en nuestro sistema de trámite.',
        'Considerando que la información requerida no obra en esta Oficina, su pedido ha sido trasladado al Vicerrectorado de '
        'Investigación y Posgrado y a la Facultad de Ciencias Sociales, unidades que vienen recopilando los datos pertinentes. '
        'Una vez que esta Oficina reciba lo actuado por dichas dependencias, se le remitirá la respuesta correspondiente a la '
        'dirección electrónica consignada en su solicitud.',
        'Agradeciendo su comprensión, quedo de usted.',
    ])
    R.p('Atentamente,', before=4)
    efirma_line(R, 'CARLOS ENRIQUE VILLAR MONTOYA', 'Responsable de Acceso a la Información Pública', '09/08/2023 11:42:07',
                system='SGD - UNMSM')
    initials(R, 'CEVM/rfp')
    R.save()


def z002():
    R = new('z002', 'out_of_period', None, ['governance', 'prevention'], PER22,
            S('Dirección Regional de Comercio Exterior y Turismo del Cusco', 'DIRCETUR Cusco', 'regional_government'),
            'OFICIO N° 0587-2023-GR CUSCO/DIRCETUR-DT', ['Orden de Servicio N° 1184-2022-GR CUSCO/DIRCETUR', 'Solicitud de acceso a la información de fecha 08 de mayo de 2023'], '2023-05-22',
            'oficio, names left and logo right over a coloured rule, date with hyphens, province table of one earlier year, V°B° boxes',
            notes='Asked for 2022. The 2022 report of the regional round table on responsible tourism was commissioned to a consultant '
                  '(a cited service order) and not delivered, so the directorate sends the 2019 figures, the last year the table met '
                  'in person: out_of_period. Workshops and trained people are prevention; the sessions of the round table are governance.',
            font='Arial', size=10)
    logo_right_header(R, ['GOBIERNO REGIONAL CUSCO', 'Dirección Regional de Comercio Exterior y Turismo',
                          'Dirección de Turismo'], (logo_png('dircetur', 'DRT', 'circle', (150, 90, 20)), 2.0), color='9C5A14')
    open22(R, 2023, date22('Cusco', '2023-05-22', 'hyphen'), 'OFICIO N° 0587-2023-GR CUSCO/DIRCETUR-DT',
           ['Señor', 'Julio César Ancco Huamán', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Información sobre prevención de la explotación sexual de niñas, niños y adolescentes en el ámbito del '
                      'turismo - año 2022'),
           ('Ref.', ':  Solicitud de acceso a la información de fecha 08 de mayo de 2023')], tab=2.0, w2=14.0)
    body(R, [
        'Tengo el agrado de dirigirme a usted en atención al documento de la referencia, por el cual solicita información sobre '
        'las acciones desarrolladas por esta Dirección Regional durante el año 2022 para prevenir la explotación sexual de niñas, '
        'niños y adolescentes en viajes y turismo.',
        'Al respecto, le informo que la sistematización de las actividades del año 2022 fue encargada a un consultor externo '
        'mediante la Orden de Servicio N° 1184-2022-GR CUSCO/DIRCETUR, cuyo entregable final no ha sido presentado a la fecha, '
        'por lo que esta Dirección no dispone de cifras validadas de dicho periodo. En tanto se regularice la entrega, pongo a su '
        'disposición los resultados del año 2019, último periodo en que la Mesa Regional de Turismo Responsable sesionó de '
        'manera presencial y consolidó su informe anual:',
    ])
    head = [['Provincia', 'Talleres de sensibilización 2019', 'Personas capacitadas 2019',
             'Establecimientos que suscribieron el código de conducta 2019']]
    data = [('Cusco', [14, 386, 52]), ('Urubamba', [9, 211, 37]), ('Calca', [4, 97, 11]), ('Anta', [3, 64, 6]),
            ('La Convención', [5, 118, 9]), ('Canchis', [2, 41, 4])]
    ctab(R, head, data, ['taller', 'persona', 'establecimiento'], year=2019, total='Total regional', widths=(3.6, 3.6, 3.6, 5.2),
         size=9, caption='Acciones de prevención en el sector turismo - Región Cusco, 2019')
    R.p('Adicionalmente, en el año 2019 la Mesa Regional de Turismo Responsable realizó ' + Czw(7, 'sesión', fem=True, y=2019) +
        ' sesiones ordinarias, con la participación de ' + C('23', 23, 'institución', y=2019) + ' instituciones públicas y privadas.',
        align='j', after=6)
    body(R, ['Una vez recibido el entregable del consultor, se le hará llegar la información del año 2022.'])
    R.p('Atentamente,', before=4)
    vb_sign(R, 'Lic. ROSA ELVIRA CCAHUANA PUMA', 'Directora de Turismo', 'DIRCETUR Cusco',
            vbs=('Asesoría Legal', 'Dirección Regional'), before=14)
    R.save()


def z003():
    R = new('z003', 'out_of_period', None, ['prevention', 'protection'], PER23,
            S('Municipalidad Distrital de San Martín de Porres', 'MDSMP', 'district_municipality'),
            'OFICIO N° 0932-2023-GDHS/MDSMP', ['Acta de Constatación N° 004-2023-MDSMP-GDHS', 'Expediente N° 28741-2023'],
            '2023-12-11',
            'oficio, names with a flag strip under them, abbreviated month date, a plain-text table aligned on tab stops between dashed rules, two earlier years and a signed variation',
            notes='Asked for 2023. The DEMUNA archive of 2023 was damaged by a water leak (a cited record of the finding) and is being '
                  'rebuilt, so the office gives 2021 and 2022 only: out_of_period. Variation percents have no year. DEMUNA cases are '
                  'protection; talks and participants are prevention.',
            font='Arial', size=10.5)
    flag_header(R, ['MUNICIPALIDAD DISTRITAL DE SAN MARTÍN DE PORRES', 'Gerencia de Desarrollo Humano y Social',
                    'Subgerencia de DEMUNA y OMAPED'])
    open22(R, 2023, date22('San Martín de Porres', '2023-12-11', 'abbr_de'), 'OFICIO N° 0932-2023-GDHS/MDSMP',
           ['Señor:', 'RAÚL ANDRÉS MENDOZA CÁRDENAS', 'Ciudad.-'], order='date_left')
    kv(R, [('ASUNTO', 'Atención a solicitud de información sobre trata de personas - periodo 2023'),
           ('REF.', 'Expediente N° 28741-2023')], tab=2.4, w2=13.6)
    body(R, [
        'Me dirijo a usted en relación con el expediente de la referencia, mediante el cual solicita el número de casos de trata '
        'de personas atendidos por la DEMUNA y las actividades de prevención realizadas por esta comuna durante el año 2023.',
        'Sobre el particular, debo informarle que en el mes de octubre del presente año una filtración de agua en el local del '
        'archivo de la Subgerencia afectó los registros físicos y las fichas de atención del año en curso, conforme consta en el '
        'Acta de Constatación N° 004-2023-MDSMP-GDHS. Dichos registros vienen siendo reconstruidos, por lo que a la fecha no es '
        'posible entregar cifras del periodo solicitado.',
        'Sin perjuicio de ello, se remite la información consolidada de los dos años anteriores, que se conserva en formato digital:',
    ])
    rows = []
    for lab, what, a, b in [('Casos de presunta trata atendidos por la DEMUNA', 'caso', 11, 14),
                            ('Charlas informativas en instituciones educativas', 'charla', 26, 31),
                            ('Participantes en charlas', 'participante', 1184, 1062),
                            ('Ferias y pasacalles de sensibilización', 'feria', 3, 5)]:
        rows.append([lab, Cn(a, what, y=2021), Cn(b, what, y=2022), Psig(round((b - a) / a * 100, 1))])
    R.tabgrid([['Indicador', '2021', '2022', 'Variación']], rows, [(11.2, 'r'), (13.4, 'r'), (16.0, 'r')], size=9.5, rule='-',
              rule_len=178)
    body(R, ['Cabe precisar que la totalidad de casos fue derivada al Centro Emergencia Mujer y a la comisaría del sector para '
             'las acciones de su competencia.'])
    R.p('Atentamente,', before=4)
    sigline(R, 'Abog. KARINA SOLEDAD HUERTA LLANOS', 'Gerente de Desarrollo Humano y Social', align='c')
    R.save()


def z004():
    R = new('z004', 'missing', 'clarification', [], None,
            S('Municipalidad Provincial de Cajamarca', 'MPC', 'provincial_municipality'),
            'CARTA N° 112-2023-MPC/SG-RAI', ['Solicitud S/N de fecha 14 de junio de 2023'], '2023-06-21',
            'carta typed in a typewriter face, two-digit-year date, the request quoted in a framed box, points (1) and (2), motto in the footer',
            notes='The request states no period and asks only for "las acciones" on trafficking; the municipality asks the requester '
                  'to state the period and the kind of actions within two working days (a duration, not a figure): clarification. '
                  'Period not stated; no axis is named.',
            font='Courier New', size=10.5)
    R.header(['MUNICIPALIDAD PROVINCIAL DE CAJAMARCA', 'SECRETARÍA GENERAL', 'Responsable de Acceso a la Información Pública'],
             size=9, rule=False)
    open22(R, 2023, date22('Cajamarca', '2023-06-21', 'yy'), 'CARTA N° 112-2023-MPC/SG-RAI',
           ['Señor', 'Walter Huamán Chuquiruna', 'Jr. Amalia Puga N° 820', 'Cajamarca.-'], order='ref_right', motto=False)
    R.p('REFERENCIA: Solicitud S/N de fecha 14 de junio de 2023', after=8)
    body(R, ['Es grato dirigirme a usted para saludarlo y, en atención al documento de la referencia, manifestarle lo siguiente.',
             'En su solicitud se requiere textualmente:'], align='j')
    boxed(R, '"información sobre las acciones realizadas por la municipalidad en materia de trata de personas"', italic=True)
    body(R, ['Dado que el pedido no permite identificar con precisión la información requerida, y a fin de atenderlo '
             'adecuadamente, se le solicita precisar:'])
    R.p('(1) el periodo (años o meses) al que se refiere la información; y', indent=0.8, after=2)
    R.p('(2) el tipo de acciones que le interesa conocer y las áreas de la municipalidad a las que alude.', indent=0.8, after=6)
    body(R, ['Para tal efecto, se le otorga un plazo de dos (2) días hábiles contados desde la recepción de la presente; en caso '
             'contrario, se dará por concluido el trámite.'])
    R.p('Atentamente,', before=4)
    sigline(R, 'JORGE LUIS TERRONES VÁSQUEZ', 'Responsable de Acceso a la Información Pública', align='l')
    motto_footer(R, 2023, extra='Av. Alameda de los Incas s/n - Complejo Qhapac Ñan - Cajamarca')
    R.save()


def z005():
    R = new('z005', 'missing', 'clarification', ['governance'], PER22,
            S('Gobierno Regional de Huancavelica', 'GRH', 'regional_government'),
            'OFICIO N° 0214-2023/GOB.REG.HVCA/SG', ['Registro N° 3187452'], '2023-03-16',
            'oficio, flag-strip letterhead with logo, date with the month in roman numerals, numbered requirements, typed post-signature box',
            notes='The request (budget allocated and executed for actions against trafficking in 2022, restated) lacks the '
                  'requester\'s identity document number and address; the office asks to correct it within two working days '
                  '(a duration): clarification. A budget of the plan is governance.',
            font='Arial', size=11)
    flag_header(R, ['GOBIERNO REGIONAL DE HUANCAVELICA', 'Secretaría General'],
                logo=(logo_png('grhvca', 'GRH', 'shield', (20, 90, 40)), 1.5))
    open22(R, 2023, date22('Huancavelica', '2023-03-16', 'roman'), 'OFICIO N° 0214-2023/GOB.REG.HVCA/SG',
           ['Señora', 'ELENA BEATRIZ ROJAS PAUCAR', 'Presente.-'], order='ref_right')
    kv(R, [('ASUNTO', ':  Subsanación de solicitud de acceso a la información'),
           ('REFERENCIA', ':  Registro N° 3187452')], tab=3.0, w2=13.0)
    body(R, [
        'Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, por el cual solicita se le informe sobre '
        'el presupuesto asignado y ejecutado por el Gobierno Regional de Huancavelica en acciones contra la trata de personas '
        'durante el año 2022.',
        'Revisada su solicitud, se advierte que no cumple con los siguientes requisitos previstos en el Reglamento de la Ley de '
        'Transparencia y Acceso a la Información Pública:',
    ])
    numbered(R, ['Número del documento de identidad de la solicitante.',
                 'Domicilio real o, en su caso, dirección de correo electrónico para recibir la respuesta.'])
    body(R, ['En tal sentido, se le solicita subsanar las observaciones en el plazo de dos (2) días hábiles; vencido dicho plazo '
             'sin que se haya efectuado la subsanación, la solicitud se tendrá por no presentada.'])
    R.p('Atentamente,', before=4)
    posfirma(R, 'Abg. Víctor Hugo Ñahui Ccora', 'Secretario General', 'Gobierno Regional de Huancavelica')
    R.save()


def z006():
    R = new('z006', 'answered', None, ['prevention', 'protection'], PER22,
            S('Municipalidad Distrital de Cerro Colorado', 'MDCC', 'district_municipality'),
            'OFICIO N° 318-2023-MDCC/GDS', ['Solicitud de Acceso a la Información N° 0457-2023'], '2023-04-27',
            'oficio, thick rule over names and a grey contact block, date in capitals, the null answer in two short paragraphs',
            notes='Substantive null answer for 2022: no prevention activity was programmed or carried out and no budget was '
                  'assigned ("S/ 0.00", allocated 2022); the DEMUNA registered "CERO (00)" cases. Answered. Budget and activities '
                  'are prevention; DEMUNA cases are protection.',
            font='Arial', size=11)
    address_header(R, ['MUNICIPALIDAD DISTRITAL DE CERRO COLORADO', 'Gerencia de Desarrollo Social', 'Arequipa - Perú'],
                   ['Calle Mariano Melgar N° 500, Urb. La Libertad', 'Teléfono (054) 382590', 'mesadepartes@municerrocolorado.gob.pe'])
    open22(R, 2023, date22('Cerro Colorado', '2023-04-27', 'upper'), 'OFICIO N° 318-2023-MDCC/GDS',
           ['Señor', 'Diego Armando Talavera Núñez', 'Presente.-'], order='date_left')
    kv(R, [('Asunto:', 'Respuesta a la Solicitud de Acceso a la Información N° 0457-2023')], tab=2.2, w2=13.8)
    body(R, [
        'Es grato dirigirme a usted para dar respuesta a su solicitud, referida a las actividades de prevención de la trata de '
        'personas ejecutadas por esta municipalidad en el año 2022, el presupuesto asignado a las mismas y los casos atendidos.',
        'Al respecto, la Subgerencia de Programas Sociales informa que durante el año 2022 no se programaron ni se ejecutaron '
        'actividades de prevención de la trata de personas, y que en el Presupuesto Institucional de dicho ejercicio no se asignó '
        'monto alguno para tal finalidad (' + Mf(0, pre='S/ ', y=2022, r='a') + ').',
        'Asimismo, la Defensoría Municipal del Niño y del Adolescente (DEMUNA) no registró en el año 2022 ningún caso de trata de '
        'personas; el número de casos atendidos es ' + Cup(0, 'caso', y=2022) + '.',
        'Sin otro particular, quedo de usted.',
    ])
    sigline(R, 'Lic. PATRICIA VERÓNICA ZEGARRA ARCE', 'Gerente de Desarrollo Social', align='c')
    R.save()


def z007():
    R = new('z007', 'missing', 'no_reply', ['prevention'], PER22,
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'RESOLUCIÓN N° 002871-2023-JUS/TTAIP-SEGUNDA SALA', ['Expediente N° 04512-2023-JUS/TTAIP'], '2023-09-14',
            'resolution of the transparency tribunal: VISTO, numbered considerations, SE RESUELVE; date in capitals; no figures',
            notes='The transparency tribunal (part of the justice ministry, recorded as the ministry) declares the appeal founded '
                  'because the district municipality of Laberinto never answered the request (2022 prevention activities, '
                  'restated): no_reply. Terms in working days are durations.',
            font='Times New Roman', size=11.5)
    R.header(['Ministerio de Justicia y Derechos Humanos', 'Tribunal de Transparencia y Acceso a la Información Pública'],
             logo=(logo_png('minjus', 'MJ', 'shield', (150, 20, 20)), 1.4), size=9)
    R.p('RESOLUCIÓN N° 002871-2023-JUS/TTAIP-SEGUNDA SALA', bold=True, align='c', size=12, after=2)
    R.p('EXPEDIENTE\t:  04512-2023-JUS/TTAIP\nRECURRENTE\t:  ANA LUCÍA PAREDES VILCA\nENTIDAD\t:  MUNICIPALIDAD DISTRITAL DE LABERINTO\n'
        'SUMILLA\t:  Declara fundado recurso de apelación', size=10, after=6)
    R.p(date22('Miraflores', '2023-09-14', 'upper'), align='r', after=8)
    R.p('**VISTO** el Expediente N° 04512-2023-JUS/TTAIP de fecha 21 de agosto de 2023, que contiene el recurso de apelación '
        'interpuesto por ANA LUCÍA PAREDES VILCA contra la denegatoria por silencio administrativo negativo de la MUNICIPALIDAD '
        'DISTRITAL DE LABERINTO, respecto de su solicitud de acceso a la información pública presentada el 13 de julio de 2023.',
        align='j', after=6)
    R.p('CONSIDERANDO:', bold=True, after=4)
    numbered(R, [
        'Que la recurrente solicitó a la entidad información sobre las acciones de prevención de la trata de personas '
        'ejecutadas durante el año 2022, incluyendo campañas, charlas y materiales de difusión.',
        'Que, vencido el plazo de diez (10) días hábiles previsto en el literal b) del artículo 11 del Texto Único Ordenado de la '
        'Ley N° 27806, la entidad no atendió la solicitud ni comunicó prórroga alguna, por lo que la recurrente consideró '
        'denegado su pedido e interpuso el recurso de apelación.',
        'Que, requerida por este Tribunal para formular sus descargos, la entidad tampoco se pronunció dentro del plazo otorgado, '
        'no obrando en el expediente documento alguno que acredite la entrega de la información o la inexistencia de la misma.',
        'Que la información solicitada es de naturaleza pública y no se encuentra comprendida en las excepciones previstas en los '
        'artículos 15 a 17 de la citada ley.',
    ])
    R.p('SE RESUELVE:', bold=True, after=4, before=4)
    R.p('**Artículo 1.-** Declarar FUNDADO el recurso de apelación interpuesto por ANA LUCÍA PAREDES VILCA; en consecuencia, '
        'ORDENAR a la MUNICIPALIDAD DISTRITAL DE LABERINTO que entregue la información solicitada.', align='j', after=4)
    R.p('**Artículo 2.-** SOLICITAR a la entidad que, en un plazo máximo de siete (7) días hábiles, acredite ante este Tribunal '
        'el cumplimiento de lo dispuesto.', align='j', after=4)
    R.p('**Artículo 3.-** NOTIFICAR la presente resolución a la recurrente y a la entidad.', align='j', after=8)
    t = R.doc.add_table(rows=1, cols=2)
    for c, (n, pst) in zip(t.rows[0].cells, [('ULISES ZAMORA BARBOZA', 'Vocal Presidente'), ('MARÍA ROSA MENA MENA', 'Vocal')]):
        q = c.paragraphs[0]
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run('\n\n' + '_' * 26 + '\n')
        rr = q.add_run(n + '\n'); rr.bold = True
        q.add_run(pst)
    R.save()


def z008():
    R = new('z008', 'missing', 'off_topic', [], PER22,
            S('Procuraduría Pública Especializada en Delitos de Corrupción', 'PPEDC', 'other'),
            'OFICIO N° 004312-2023-PGE/PPEDC', ['Solicitud de Acceso N° 1287-2023'], '2023-03-28',
            'oficio about "tráfico de influencias": acronym letterhead, date with hyphens, court-district table, money in millions',
            notes='Off topic: the anti-corruption attorney\'s office reports cases of "tráfico de influencias" (influence peddling), '
                  'not trafficking in persons. Civil reparations have no role.',
            font='Arial', size=10.5)
    acronym_header(R, 'PGE', ['Procuraduría General del Estado', 'Procuraduría Pública Especializada en Delitos de Corrupción',
                              'Unidad de Gestión de Información'], color=(30, 30, 110))
    open22(R, 2023, date22('Lima', '2023-03-28', 'hyphen'), 'OFICIO N° 004312-2023-PGE/PPEDC',
           ['Señor', 'Alonso Benavides Ruiz', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto:', 'Información estadística sobre casos de tráfico de influencias - 2022'),
           ('Referencia:', 'Solicitud de Acceso N° 1287-2023')], tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted con relación al documento de la referencia, mediante el cual solicita información sobre los casos '
        'de tráfico registrados durante el año 2022 en los que interviene esta Procuraduría.',
        'Sobre el particular, se remite el reporte de los procesos por el delito de tráfico de influencias (artículo 400 del '
        'Código Penal) en los que esta Procuraduría se constituyó en actor civil durante el año 2022:',
    ])
    data = [('Lima', 48, 412500.00), ('Lima Norte', 17, 96300.00), ('Callao', 12, 88000.00), ('Arequipa', 9, 64750.00),
            ('Cusco', 11, 120400.00), ('Piura', 7, 38900.00), ('Junín', 6, 41200.00)]
    rows = [[d, Cn(n, 'caso', y=2022), Mf(m, 'us', y=2022)] for d, n, m in data]
    rows.append(['Total', Cn(sum(x[1] for x in data), 'caso', y=2022), Mf(sum(x[2] for x in data), 'us', y=2022)])
    R.table([['Distrito judicial', 'Casos con constitución en actor civil', 'Reparación civil solicitada (S/)']], rows,
            widths=(4.6, 4.6, 5.0), size=9, bold_rows=(len(rows) - 1,), head_shade='DDEBF7')
    R.p('En el mismo periodo se obtuvo el pago de reparaciones civiles por ' + Mmill(1.27, st='us', dec=2, y=2022) +
        ', correspondientes a ' + C('23', 23, 'sentencia', y=2022) + ' sentencias firmes.', align='j', after=6)
    R.p('Atentamente,', before=4)
    efirma_line(R, 'GISELLA PATRICIA ORÉ SALAZAR', 'Procuradora Pública Adjunta', '28/03/2023 16:05:33', system='SGD-PGE')
    R.save()


def z009():
    R = new('z009', 'out_of_period', None, ['prevention', 'protection'], ('2020-01-01', '2021-12-31'),
            S('Fondo de las Naciones Unidas para la Infancia', 'UNICEF', 'foreign'),
            'PER/REP/2023/0412', ['your request of 21 September 2023'], '2023-10-12',
            'letter in English, names left and logo right, ordinal date, an indicator table with a result column (2023) and a target column (2024)',
            lang='en',
            notes='Asked for UNICEF support on child trafficking in 2020-2021; the office says the records of those years are held '
                  'by the regional office and gives its 2023 results and the 2024 plan: out_of_period (later years only). The 2024 '
                  'targets and budget are plans (year 2024; the budget allocated).',
            font='Calibri', size=11)
    logo_right_header(R, ['UNICEF Peru', 'Representation Office', 'Parque Melitón Porras 350, Miraflores, Lima 18'],
                      (logo_png('unicef', 'UN', 'circle', (0, 110, 190)), 1.8), color='1CABE2')
    R.p(date22('Lima', '2023-10-12', 'en_ord'), after=4)
    R.p('Ref.: PER/REP/2023/0412', bold=True, after=8)
    to(R, ['Ms. Claudia Ríos Benavente', 'Lima'])
    R.p('**Subject:** Information on UNICEF support to the prevention of child trafficking, 2020-2021', after=8)
    R.p('Dear Ms. Ríos,', after=6)
    body(R, [
        'Thank you for your request of 21 September 2023, in which you ask for information on the support UNICEF provided to '
        'Peruvian authorities in 2020 and 2021 to prevent the trafficking of children and adolescents and to assist child victims.',
        'Please note that the programme files of the 2017-2021 country programme were transferred to our Regional Office for Latin '
        'America and the Caribbean when that programme closed, and we are not able to report figures for those years from Lima. '
        'We are, however, pleased to share the results of the current country programme:',
    ])
    rows = [['Teachers trained on risk identification and referral', C('1,250', 1250, 'teacher', y=2023), C('1,800', 1800, 'teacher', y=2024)],
            ['Municipalities supported to set up child protection routes', C('38', 38, 'municipality', y=2023), C('52', 52, 'municipality', y=2024)],
            ['Children and adolescents reached by prevention sessions', C('14,600', 14600, 'child', y=2023), '–'],
            ['Child victims referred to specialised care', C('96', 96, 'victim', y=2023), '–'],
            ['Programme budget', '–', M('USD 480,000', 480000, y=2024, r='a', cur='USD')]]
    R.table([['Indicator', 'Result 2023', 'Target 2024']], rows, widths=(9.5, 3.0, 3.2), size=10, head_shade='DDEBF7')
    body(R, ['For information on 2020 and 2021, we suggest contacting the Regional Office in Panama, which keeps those files.'])
    R.p('Yours sincerely,', before=6)
    signoff(R, 'Rebecca L. Hartmann', 'Deputy Representative', 'UNICEF Peru', align='l', before=22)
    R.save()


def z010():
    R = new('z010', 'missing', 'off_topic', [], PER22,
            S('Ministerio de Cultura', 'MC', 'ministry'),
            'OFICIO N° 000641-2023-DGDP/MC', ['Hoja de Ruta N° 2023-0087412'], '2023-05-04',
            'oficio about illicit trafficking of cultural goods: GOB-style header, country table with counts and dollar values, a PDF-style signature',
            notes='Off topic: "tráfico ilícito de bienes culturales" (cultural property), not trafficking in persons. The estimated '
                  'value has no role.',
            font='Arial', size=10.5)
    gob_header(R, ['Ministerio\nde Cultura', 'Viceministerio de Patrimonio\nCultural e Industrias Culturales',
                   'Dirección General de Defensa\ndel Patrimonio Cultural'])
    open22(R, 2023, date22('San Borja', '2023-05-04', 'cap'), 'OFICIO N° 000641-2023-DGDP/MC',
           ['Señor', 'Gonzalo Ferreyra Loayza', 'Presente.-'], order='date_left')
    kv(R, [('Asunto', ':  Bienes culturales recuperados - año 2022'), ('Referencia', ':  Hoja de Ruta N° 2023-0087412')],
       tab=2.6, w2=13.4)
    body(R, [
        'Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
        'sobre las acciones realizadas en el año 2022 contra el tráfico ilícito.',
        'Al respecto, le informo que, en el marco de la lucha contra el tráfico ilícito de bienes culturales, durante el año 2022 '
        'se logró la restitución al Perú de bienes arqueológicos, históricos y etnográficos, según el siguiente detalle:',
    ])
    data = [('Estados Unidos de América', 412, 612400), ('Argentina', 86, 198300), ('Chile', 57, 176500), ('España', 33, 201000),
            ('Alemania', 19, 104800), ('México', 12, 53200)]
    rows = [[c, Cn(n, 'bien cultural', y=2022), Mf(v, 'us', y=2022, cur='USD')] for c, n, v in data]
    rows.append(['Total', Cn(sum(d[1] for d in data), 'bien cultural', y=2022), Mf(sum(d[2] for d in data), 'us', y=2022, cur='USD')])
    R.table([['País de procedencia', 'Bienes culturales restituidos', 'Valor referencial (US$)']], rows, widths=(5.6, 4.2, 4.4),
            size=9.5, bold_rows=(len(rows) - 1,), head_shade='D9D9D9')
    R.p('El valor referencial del total de bienes restituidos asciende a ' + M('US$ 1,346,200.00', 1346200.0, y=2022, cur='USD') +
        '. Asimismo, se realizaron ' + Cup(64, 'intervención', fem=True, y=2022) + ' intervenciones en puntos de control aduanero.',
        align='j', after=6)
    R.p('Atentamente,', before=4)
    adobe_sign(R, 'LUIS ALBERTO CHUMPITAZ ROJAS', 'Director General', 'Dirección General de Defensa del Patrimonio Cultural',
               "2023.05.04 10:18:22 -05'00'")
    R.save()


def z011():
    R = new('z011', 'missing', 'no_information', ['governance'], ('2021-01-01', '2022-12-31'),
            S('Gobierno Regional de Pasco', 'GRP', 'regional_government'),
            'OFICIO N° 0741-2023-G.R.P./GGR-GRDS', ['Informe N° 045-2023-GRP-GGR-GRDS/SGPS', 'Expediente N° 1529874'], '2023-07-05',
            'oficio, right-aligned letterhead, abbreviated month date, a cited internal report, no figures',
            notes='The social development office says that, after its sub-office searched its files (cited report), no minutes, '
                  'plan or budget of the regional network against trafficking for 2021-2022 were found: no_information.',
            font='Arial', size=11)
    right_header(R, ['GOBIERNO REGIONAL DE PASCO', 'Gerencia General Regional', 'Gerencia Regional de Desarrollo Social'])
    open22(R, 2023, date22('Cerro de Pasco', '2023-07-05', 'abbr_de'), 'OFICIO N° 0741-2023-G.R.P./GGR-GRDS',
           ['Señor', 'Edwin Fabián Espinoza Atencio', 'Presente.'], order='to_first')
    kv(R, [('ASUNTO', ':  Respuesta a solicitud de información'), ('REF.', ':  Expediente N° 1529874')], tab=2.4, w2=13.6)
    body(R, [
        'Por medio del presente me dirijo a usted en atención al documento de la referencia, por el cual solicita copia de las '
        'actas de sesión, el plan de trabajo y el presupuesto de la Red Regional de lucha contra la Trata de Personas de Pasco '
        'correspondientes a los años 2021 y 2022.',
        'Al respecto, la Sub Gerencia de Programas Sociales, mediante el Informe N° 045-2023-GRP-GGR-GRDS/SGPS, señala que, '
        'efectuada la búsqueda en su acervo documentario físico y digital, no se ha encontrado documentación referida a la '
        'mencionada Red durante el periodo solicitado, por lo que esta Gerencia no cuenta con la información requerida.',
        'Se le comunica lo anterior en cumplimiento de lo dispuesto por el Texto Único Ordenado de la Ley N° 27806, según el cual '
        'la solicitud no implica la obligación de crear o producir información con la que no se cuente.',
    ])
    R.p('Atentamente,', before=4)
    sig_stamp(R, 'Ing. RONALD ALIAGA HUAYTA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Pasco',
              rect_seal('grp', ['GOBIERNO REGIONAL', 'PASCO', 'G.R.D.S.'], color=(30, 60, 150)))
    R.save()


def z012():
    R = new('z012', 'missing', 'off_topic', [], PER22,
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'OFICIO N° 000287-2023-SUNAT/7K0000', ['Expediente N° 000-URD003-2023-415287-9'], '2023-04-18',
            'oficio about chemical inputs (IQBF): letterhead in a ruled three-cell box, month-first date, unruled table of controls, '
            'fines with dotted thousands and the word soles',
            notes='Off topic: "tráfico ilícito de insumos químicos" (controlled chemical inputs), not trafficking in persons. '
                  'Fines have no role.',
            font='Arial', size=10.5)
    hbox(R, ['SUNAT', 'Intendencia Nacional de Insumos Químicos y Bienes Fiscalizados', 'Gerencia de Operaciones'],
         logo=(logo_png('sunat', 'SUN', 'square', (170, 20, 20)), 1.9), right='Documento\nelectrónico')
    open22(R, 2023, date22('Lima', '2023-04-18', 'month_first'), 'OFICIO N° 000287-2023-SUNAT/7K0000',
           ['Señorita', 'Fiorella Castañeda Bravo', 'Presente.-'], order='ref_right')
    kv(R, [('Asunto', ':  Atención de solicitud de información'), ('Referencia', ':  Expediente N° 000-URD003-2023-415287-9')],
       tab=2.6, w2=13.4)
    body(R, [
        'Me dirijo a usted en atención al expediente de la referencia, por el cual solicita información sobre las acciones de '
        'control del tráfico ilícito realizadas en el departamento de Madre de Dios durante el año 2022.',
        'Al respecto, se detallan las acciones de control de insumos químicos y bienes fiscalizados (IQBF) utilizados en la '
        'minería ilegal y en la elaboración de drogas:',
    ])
    rows = [['Operativos de control en vía terrestre', Cn(146, 'operativo', y=2022)],
            ['Operativos en establecimientos comerciales', Cn(58, 'operativo', y=2022)],
            ['Intervenciones con incautación de IQBF', Cn(37, 'intervención', y=2022)],
            ['Vehículos intervenidos', Cn(212, 'vehículo', y=2022)],
            ['Usuarios sancionados', Cn(29, 'usuario', y=2022)]]
    R.table([['Acción de control (2022)', 'Cantidad']], rows, widths=(10.5, 3.5), size=9.5, ruled='none')
    R.p('Las multas impuestas en dicho periodo ascendieron a ' + Mafter(1274650, st='eu', dec=0, y=2022) +
        ', de las cuales se ha cobrado el ' + Pf(41.6, 2, 'eu', suf=' %', y=2022) + '.', align='j', after=6)
    R.p('Atentamente,', before=4)
    adobe_sign(R, 'Carmen Rosa Valdivia Peña', 'Gerente de Operaciones', 'Intendencia Nacional de IQBF', "2023.04.18 15:41:02 -05'00'")
    R.save()


def z013():
    R = new('z013', 'answered', None, ['prevention'], PER23,
            S('Unidad de Gestión Educativa Local de Tambopata', 'UGEL Tambopata', 'regional_government'),
            'OFICIO N° 01128-2023-GOREMAD-DRE/UGEL-T/D', ['Solicitud N° 0287-2023', 'Informe N° 064-2023-UGEL-T/AGP-TOE'],
            '2023-12-19',
            'oficio, centred letterhead with logo, roman-numeral date, points "1.-" to "5.-" with counts in capital words, digits '
            'before words and dotted thousands, small table by level',
            notes='Prevention in schools in 2023: trained teachers, schools, students, tutoring sessions. "1.247" is a count with '
                  'dotted thousands. Teachers trained to prevent are prevention. The UGEL is an executing unit of the regional '
                  'government (named as itself).',
            font='Arial', size=10.5)
    R.header(['GOBIERNO REGIONAL DE MADRE DE DIOS', 'DIRECCIÓN REGIONAL DE EDUCACIÓN',
              'UNIDAD DE GESTIÓN EDUCATIVA LOCAL DE TAMBOPATA'], logo=(logo_png('ugelt', 'UGEL', 'square', (0, 90, 60)), 1.5))
    open22(R, 2023, date22('Puerto Maldonado', '2023-12-19', 'roman'), 'OFICIO N° 01128-2023-GOREMAD-DRE/UGEL-T/D',
           ['Señora', 'Nadia Pacheco Vargas', 'Presente.-'], order='ref_right')
    kv(R, [('ASUNTO', ':  Remite información de acciones preventivas frente a la trata de personas - 2023'),
           ('REF.', ':  Solicitud N° 0287-2023')], tab=2.2, w2=13.8)
    body(R, ['Me es grato saludarla y, en atención al documento de la referencia, remitirle la información proporcionada por el '
             'Área de Gestión Pedagógica mediante el Informe N° 064-2023-UGEL-T/AGP-TOE, sobre las acciones desarrolladas en el '
             'año 2023 en materia de prevención de la trata de personas en las instituciones educativas de la jurisdicción:'])
    for t in ['1.- Se capacitó a ' + Cup(86, 'docente', y=2023) + ' docentes tutores en la identificación de señales de riesgo '
              'y en la ruta de derivación de casos.',
              '2.- Las acciones se desarrollaron en ' + Czw(21, 'institución educativa', fem=True, y=2023) +
              ' instituciones educativas de los distritos de Tambopata, Inambari, Laberinto y Las Piedras.',
              '3.- Participaron en las sesiones de tutoría ' + Cn(1247, 'estudiante', 'eu', y=2023) + ' estudiantes del nivel '
              'secundario.',
              '4.- Se realizaron ' + Czw(12, 'sesión', fem=True, y=2023) + ' sesiones de escuela de familias, con ' +
              C('348', 348, 'padre de familia', y=2023) + ' padres y madres de familia asistentes.',
              '5.- Se distribuyó material informativo sobre la línea 1818 en todas las instituciones participantes.']:
        R.p(t, align='j', indent=0.6, first=-0.6, after=3)
    ctab(R, [['Nivel educativo', 'II.EE. participantes', 'Estudiantes participantes']],
         [('Secundaria - ámbito urbano', [9, 781]), ('Secundaria - ámbito rural', [12, 466])],
         ['institución educativa', 'estudiante'], year=2023, st='eu', widths=(6.0, 3.6, 4.2), size=9, total='Total')
    R.p('Atentamente,', before=4)
    sig_seal(R, 'Mg. HÉCTOR RAÚL CHÁVEZ LIMA', 'Director de Programa Sectorial II', 'UGEL Tambopata',
             seal_png('ugelt', ['UGEL', 'TAMBOPATA', 'DIRECCIÓN'], color=(20, 60, 150)))
    R.save()


def z014():
    R = new('z014', 'answered', None, ['governance', 'protection'], PER22,
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0319-2023-DP/OD-CUSCO', ['Carta S/N de fecha 2 de febrero de 2023'], '2023-02-17',
            'oficio, coloured band letterhead, date in notarial words, counts in capital words and in words with zero-padded digits, '
            'supervision table by kind of entity, rubber-stamp picture beside the signature',
            notes='The Cusco office of the Ombudsman reports its 2022 supervisions of shelters, UPE, CEM and police stations and '
                  'its participation in the regional network. Supervision of care services is protection; the network and the '
                  'follow-up of the regional plan are governance.',
            font='Times New Roman', size=11.5)
    band_header(R, ['DEFENSORÍA DEL PUEBLO', 'Oficina Defensorial de Cusco'], fill='003A70')
    open22(R, 2023, date22('Cusco', '2023-02-17', 'notarial'), 'OFICIO N° 0319-2023-DP/OD-CUSCO',
           ['Señorita', 'Yessenia Huillca Mamani', 'Presente.-'], order='date_left')
    R.p('**Referencia:** Carta S/N de fecha 2 de febrero de 2023', after=8)
    body(R, [
        'Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita información '
        'sobre la intervención de esta Oficina Defensorial frente a la trata de personas durante el año 2022.',
        'Durante dicho año, la Oficina Defensorial de Cusco efectuó ' + Cup(18, 'supervisión', fem=True, y=2022) +
        ' supervisiones a servicios públicos vinculados a la atención de víctimas, conforme al detalle siguiente:',
    ])
    ctab(R, [['Entidad supervisada', 'Supervisiones', 'Recomendaciones formuladas']],
         [('Centros de Acogida Residencial (CAR)', [6, 21]), ('Unidades de Protección Especial (UPE)', [3, 9]),
          ('Centros Emergencia Mujer (CEM)', [5, 14]), ('Comisarías', [4, 17])],
         ['supervisión', 'recomendación'], year=2022, widths=(7.4, 3.0, 4.0), size=10, total='Total', head_shade='D6DCE4')
    body(R, [
        'Asimismo, esta Oficina participó en ' + Cwz(9, 'sesión', fem=True, y=2022) + ' sesiones de la Red Regional contra la '
        'Trata de Personas y el Tráfico Ilícito de Migrantes de Cusco, en las que se hizo seguimiento a la implementación del '
        'Plan Regional, y atendió ' + Cwz(7, 'queja', fem=True, y=2022) + ' quejas relacionadas con la atención a presuntas '
        'víctimas.',
    ])
    R.p('Atentamente,', before=4)
    sig_seal(R, 'Abog. MARCO ANTONIO QUISPE SULLCA', 'Jefe de la Oficina Defensorial de Cusco', 'Defensoría del Pueblo',
             seal_png('dpcusco', ['DEFENSORÍA', 'DEL PUEBLO', 'OD CUSCO'], color=(0, 58, 112)))
    R.save()


def z015():
    import openpyxl
    from openpyxl.styles import Font, Alignment
    R = new('z015', 'answered', None, ['protection'], ('2022-01-01', '2023-12-31'),
            S('Superintendencia Nacional de Migraciones', 'MIGRACIONES', 'other'),
            None, [], '2024-01-15',
            'spreadsheet sent alone, one sheet per year (2022, 2023), nationality rows, three count columns and a share column, '
            'no letter, report-date line',
            fmt='xlsx', keep_native=True,
            notes='A workbook of the migration authority with one sheet per year: foreign presumed victims identified, humanitarian '
                  'migratory status granted and assisted returns, by nationality, and the share of each nationality. No own '
                  'number. The letter date is the report date written on both sheets. Humanitarian status and returns are protection.')
    wb = R.wb
    ws0 = wb.active
    data = {2022: [('Venezuela', 61, 38, 4), ('Colombia', 17, 9, 3), ('Ecuador', 8, 5, 2), ('Bolivia', 6, 2, 3),
                   ('República Popular China', 3, 1, 0), ('Otras nacionalidades', 4, 2, 1)],
            2023: [('Venezuela', 74, 51, 6), ('Colombia', 22, 13, 2), ('Ecuador', 11, 7, 4), ('Bolivia', 5, 3, 2),
                   ('República Popular China', 2, 2, 0), ('Otras nacionalidades', 6, 3, 1)]}
    for k, yr in enumerate((2022, 2023)):
        ws = ws0 if k == 0 else wb.create_sheet()
        ws.title = str(yr)
        xsetup(ws, landscape=False)
        ws['A1'] = 'SUPERINTENDENCIA NACIONAL DE MIGRACIONES'
        ws['A1'].font = Font(bold=True, size=12)
        ws['A2'] = 'Gerencia de Información y Análisis Migratorio'
        ws['A3'] = 'Presuntas víctimas extranjeras de trata de personas - año %d' % yr
        ws['A3'].font = Font(bold=True, size=11)
        ws['A4'] = 'Fecha de reporte: 15/01/2024'
        rows = []
        tot = [0, 0, 0]
        n_all = sum(x[1] for x in data[yr])
        for nat, a, b, c in data[yr]:
            tot[0] += a; tot[1] += b; tot[2] += c
            rows.append([nat, (a, '#,##0', 'count', {'what': 'víctima', 'y': yr}), (b, '#,##0', 'count', {'what': 'persona', 'y': yr}),
                         (c, '#,##0', 'count', {'what': 'retorno', 'y': yr}),
                         (round(a / n_all, 3), '0.0%', 'percent', {'y': yr, 'u': 'cell'})])
        rows.append(['Total', (tot[0], '#,##0', 'count', {'what': 'víctima', 'y': yr}), (tot[1], '#,##0', 'count', {'what': 'persona', 'y': yr}),
                     (tot[2], '#,##0', 'count', {'what': 'retorno', 'y': yr}), (1.0, '0.0%', 'percent', {'y': yr, 'u': 'cell'})])
        nxt = xtable(R, ws, 6, [['Nacionalidad', 'Presuntas víctimas identificadas', 'Calidad migratoria humanitaria otorgada',
                                  'Retornos asistidos', 'Participación']], rows, widths=(26, 16, 18, 12, 13), bold_last=True,
                     head_fill='FCE4D6')
        ws.cell(row=nxt + 1, column=1, value='Fuente: Sistema Integrado de Migraciones. Elaboración: GIAM.')
        ws.cell(row=nxt + 1, column=1).font = Font(italic=True, size=9)
        xfont(ws, 'Calibri')
    R.save()
