"""blind-v16 letters s001-s015 (answered). Written from the labeling guide; every person, number and figure is invented."""
from common import *


def closing(R, txt='Atentamente,'):
    R.p(txt, after=0, before=4)


# ---------------------------------------------------------------- s001
def s001():
    R = new('s001', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 0318-2020-MIMP/DGCVG', ['Expediente N° 2020-0004417'], '2020-02-17',
            'ordinary oficio; count table of specialised shelters with "N.° de" headers and a total row; PIM and devengado with "S/." glued to the number; percent written "por ciento"',
            notes='"cinco CAR" is a count of shelters (what "car"). The PIM and devengado of the specialised shelters fund care, so protection.')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Dirección General contra la Violencia de Género'], 2020,
           'San Isidro, 17 de febrero de 2020', 'OFICIO N° 0318-2020-MIMP/DGCVG',
           ['Señora', 'ROSARIO ELENA QUISPE VILCA', 'Jr. Los Cedros 214, Pueblo Libre', 'Presente.-'],
           [('ASUNTO', ': Atención de víctimas de trata de personas en Centros de Atención Residencial especializados'),
            ('REFERENCIA', ': Expediente N° 2020-0004417')], logo=(logo_png('mimp', 'MIMP', color=(140, 20, 60)), 1.5))
    body(R, ['Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información '
             'sobre las víctimas de trata de personas atendidas durante el año 2019 en los Centros de Atención Residencial (CAR) '
             'especializados a cargo de este Ministerio.',
             'Sobre el particular, le informo que en el año 2019 funcionaron %s CAR especializados para la atención de niñas, niños '
             'y adolescentes víctimas de trata de personas, con la cobertura que se detalla a continuación:' % C('cinco', 5, 'car', y=2019)])
    ctab(R, [['Centro de Atención Residencial', 'N.° de plazas', 'N.° de víctimas atendidas', 'N.° de víctimas reintegradas a su familia']],
         [('CAR especializado Lima', [40, 63, 21]), ('CAR especializado Cusco', [24, 38, 12]),
          ('CAR especializado Madre de Dios', [20, 34, 9]), ('CAR especializado Loreto', [24, 41, 14]),
          ('CAR especializado Puno', [16, 27, 8])],
         ['plaza', 'víctima', 'víctima'], year=2019, widths=(6.2, 2.6, 3.4, 3.8), caption='Cuadro N° 1: Atención en CAR especializados, año 2019')
    pim, dev = 3418250.00, 3296118.40
    body(R, ['Para el funcionamiento de los CAR especializados, el Presupuesto Institucional Modificado (PIM) del año 2019 fue de %s, '
             'del cual se devengó %s, equivalente al %s del PIM.' % (
                 Mjoin(pim, y=2019, r='a'), Mjoin(dev, y=2019, r='e'), Ppc(round(dev / pim * 100, 1), 1, y=2019)),
             'Es propicia la ocasión para expresarle las muestras de mi especial consideración.'])
    closing(R)
    R.sign('CLAUDIA MARISOL PAREDES ÑAUPARI', 'Directora General', 'Dirección General contra la Violencia de Género')


# ---------------------------------------------------------------- s002
def s002():
    R = new('s002', 'answered', None, ['prosecution'], ('2018-01-01', '2020-12-31'),
            S('Ministerio Público - Fiscalía de la Nación', 'MP-FN', 'autonomous'),
            'OFICIO N° 214-2021-MP-FN-FPEDTP-LIMA',
            ['Solicitud de Acceso a la Información Pública N° 0391-2021', 'Informe N° 007-2021-MP-FN-FPEDTP-LIMA'], '2021-03-19',
            'covering oficio + informe on page 2; table with years as rows and stages of the case as columns, total row; counts in a bullet list with the noun first',
            notes='The total row of the year table sums 2018-2020 and has no year. The bullet counts cover the whole period 2018-2020 (no year).')
    letter(R, ['MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima'], 2021,
           'Lima, 19 de marzo de 2021', 'OFICIO N° 214-2021-MP-FN-FPEDTP-LIMA',
           ['Señor', 'JULIO CÉSAR MENDOZA ARCE', 'Av. Brasil 1470, Dpto. 302, Jesús María', 'Presente.-'],
           [('ASUNTO', ': Remite información estadística de casos por delito de trata de personas'),
            ('REF.', ': Solicitud de Acceso a la Información Pública N° 0391-2021')], logo=(logo_png('mpfn', 'MP', color=(20, 60, 120)), 1.5))
    body(R, ['Tengo el agrado de dirigirme a usted en atención al documento de la referencia, por el cual solicita información sobre '
             'los casos por el delito de trata de personas registrados por este despacho fiscal entre los años 2018 y 2020.',
             'Al respecto, se remite el Informe N° 007-2021-MP-FN-FPEDTP-LIMA, que contiene la información solicitada, obtenida del '
             'Sistema de Gestión Fiscal (SGF) y de los registros internos del despacho.',
             'Sin otro particular, hago propicia la oportunidad para expresarle los sentimientos de mi consideración.'])
    closing(R)
    R.sign('MARÍA ELENA CHUQUILLANQUI RÍOS', 'Fiscal Provincial Titular', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima')
    R.pagebreak()
    R.p('INFORME N° 007-2021-MP-FN-FPEDTP-LIMA', bold=True, align='c', size=12, after=6)
    kv(R, [('A', ': Dra. María Elena Chuquillanqui Ríos - Fiscal Provincial Titular'),
           ('DE', ': Abog. Renzo Tello Cárdenas - Asistente en Función Fiscal'),
           ('ASUNTO', ': Información estadística de casos 2018-2020'), ('FECHA', ': Lima, 17 de marzo de 2021')])
    R.p('I. CASOS REGISTRADOS POR AÑO Y ETAPA', bold=True, after=4)
    yrow_table(R, [['Año', 'Casos ingresados', 'Archivados', 'Formalizados', 'Con acusación', 'Con sentencia']],
               [(2018, [146, 52, 61, 29, 14]), (2019, [171, 63, 70, 35, 19]), (2020, [128, 41, 57, 30, 11])],
               ['caso'] * 5, total='Total 2018-2020', widths=(3.2, 2.6, 2.4, 2.6, 2.6, 2.6), size=9)
    R.p('II. VÍCTIMAS E INVESTIGADOS (2018-2020)', bold=True, after=4)
    bl(R, ['Víctimas identificadas: %s' % C('388', 388, 'víctima'),
           'Víctimas menores de edad: %s' % C('151', 151, 'víctima'),
           'Víctimas de nacionalidad extranjera: %s' % C('94', 94, 'víctima'),
           'Personas investigadas: %s' % C('412', 412, 'persona')])
    R.p('III. CONCLUSIÓN', bold=True, after=4, before=6)
    body(R, ['La información consignada corresponde a los casos a cargo de este despacho en el periodo solicitado y puede ser '
             'remitida al solicitante.'])
    R.sign('RENZO TELLO CÁRDENAS', 'Asistente en Función Fiscal', before=18)


# ---------------------------------------------------------------- s003
def s003():
    R = new('s003', 'answered', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Policía Nacional del Perú - Región Policial Tumbes', 'PNP', 'police'),
            'OFICIO N° 086-2022-REGPOL TUMBES/SEC', [], '2022-02-14',
            'police oficio; table with two header rows (merged group headers over programmed/executed operations and results), quarters as rows; victims by sex and age in a bullet list with the noun first; percent with a space before %',
            notes='Column names join the merged upper header and the lower header ("N.° de operativos Programados"). The bullets split the 52 rescued victims (what "mujer", "adolescente", "varón").')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'III Macro Región Policial Tumbes - Región Policial Tumbes', 'Secretaría'], 2022,
           'Tumbes, 14 de febrero de 2022', 'OFICIO N° 086-2022-REGPOL TUMBES/SEC',
           ['Señora', 'ANA LUCÍA FERNÁNDEZ RÍOS', 'Ciudad.-'],
           [('ASUNTO', ': Información sobre operativos contra la trata de personas - año 2021'),
            ('REF.', ': Solicitud de acceso a la información pública de fecha 27ENE2022')],
           logo=(logo_png('pnp', 'PNP', shape='circle', color=(20, 90, 40)), 1.5))
    body(R, ['Tengo el honor de dirigirme a usted, en atención al documento de la referencia, para remitirle la información de los '
             'operativos realizados durante el año 2021 por las unidades de la Región Policial Tumbes contra el delito de trata de personas:'])
    q = [('I Trimestre', [12, 11, 6, 14]), ('II Trimestre', [14, 14, 9, 17]), ('III Trimestre', [15, 13, 4, 9]), ('IV Trimestre', [13, 13, 7, 12])]
    W_ = ['operativo', 'operativo', 'persona', 'víctima']
    rows, tot = [], [0, 0, 0, 0]
    for lab, v in q:
        rows.append([lab] + [Cn(x, W_[j], y=2021) for j, x in enumerate(v)])
        tot = [a + b for a, b in zip(tot, v)]
    rows.append(['TOTAL'] + [Cn(x, W_[j], y=2021) for j, x in enumerate(tot)])
    mtable(R, [['Periodo', 'N.° de operativos', '', 'Resultados', ''], ['', 'Programados', 'Ejecutados', 'Personas detenidas', 'Víctimas rescatadas']],
           rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(3.6, 2.8, 2.8, 3.0, 3.0), bold_rows=(4,),
           caption='Operativos contra la trata de personas - 2021')
    R.p('Las víctimas rescatadas en el año 2021 se distribuyen de la siguiente manera:', align='j', after=2)
    bl(R, ['Mujeres adultas: %s' % C('27', 27, 'mujer', y=2021), 'Adolescentes mujeres: %s' % C('16', 16, 'adolescente', y=2021),
           'Varones adultos: %s' % C('6', 6, 'varón', y=2021), 'Adolescentes varones: %s' % C('3', 3, 'adolescente', y=2021)])
    body(R, ['Se precisa que el %s de los operativos programados fue ejecutado, quedando pendientes los programados en zonas de difícil '
             'acceso por razones climáticas.' % Psp(round(tot[1] / tot[0] * 100, 1), 1, y=2021),
             'Es propicia la oportunidad para expresarle los sentimientos de mi especial consideración.'])
    closing(R, 'Dios guarde a usted.')
    R.sign('JORGE LUIS SALAZAR PINEDO', 'CORONEL PNP - CIP N° 294517', 'Jefe de la Región Policial Tumbes')


# ---------------------------------------------------------------- s004
def s004():
    R = new('s004', 'answered', None, ['governance', 'prevention', 'prosecution', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'OFICIO N° 0142-2023-GOREMAD/GRDS', ['Registro N° 01893-2023'], '2023-03-06',
            'oficio on page 1 with amounts written "S/ 45 mil"; a cuadro-resumen annex alone on page 2 whose action labels wrap over two or three lines',
            notes='"S/ 45 mil" is 45000.0 (allocated) and "S/ 38 mil" 38000.0 (executed); the annex column "Monto ejecutado (S/)" sums to the same 38 000. Row numbers (N°) and the axis column are not figures; a dash is not a figure.')
    letter(R, ['GOBIERNO REGIONAL DE MADRE DE DIOS', 'Gerencia Regional de Desarrollo Social'], 2023,
           'Puerto Maldonado, 06 de marzo de 2023', 'OFICIO N° 0142-2023-GOREMAD/GRDS',
           ['Señor', 'EDWIN RAÚL CONDORI MAMANI', 'Presente.-'],
           [('ASUNTO', ': Información sobre la implementación del Plan Regional contra la Trata de Personas – año 2022'),
            ('REFERENCIA', ': Registro N° 01893-2023')], logo=(logo_png('goremad', 'MDD', color=(0, 100, 60)), 1.5))
    body(R, ['De mi consideración:',
             'Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'ejecutadas en el año 2022 en el marco del Plan Regional contra la Trata de Personas de Madre de Dios.',
             'Al respecto, le comunico que para el año 2022 el Gobierno Regional asignó %s a la actividad «Implementación del Plan '
             'Regional contra la Trata de Personas», de los cuales se ejecutaron %s en las acciones que se detallan en el cuadro '
             'resumen adjunto como anexo.' % (Mmil(45, y=2022, r='a'), Mmil(38, y=2022, r='e')),
             'Sin otro particular, quedo de usted.'])
    closing(R)
    R.sign('KARINA SOLEDAD RENGIFO TAPULLIMA', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Madre de Dios')
    R.pagebreak()
    R.p('ANEXO', bold=True, align='c', after=0)
    R.p('CUADRO RESUMEN DE ACCIONES EJECUTADAS EN EL AÑO 2022', bold=True, align='c', after=6)
    acts = [('1', 'Sesiones ordinarias y extraordinarias de la Red Regional de Lucha contra la Trata de Personas', 'Gobernanza', 6, 148, 6500),
            ('2', 'Campañas de sensibilización en mercados, terminales terrestres y plazas de Puerto Maldonado', 'Prevención', 9, 3120, 9200),
            ('3', 'Talleres de prevención con estudiantes de secundaria en Tambopata, Manu y Tahuamanu', 'Prevención', 14, 1065, 4800),
            ('4', 'Capacitación a operadores de justicia en la investigación del delito de trata de personas', 'Persecución', 3, 87, 7300),
            ('5', 'Acompañamiento a operativos interinstitucionales en el corredor minero de la Interoceánica', 'Persecución', 5, None, 5600),
            ('6', 'Asistencia y traslado de víctimas rescatadas a su lugar de origen', 'Protección', 11, 11, 2100),
            ('7', 'Elaboración y difusión de material informativo sobre la Línea 1818', 'Prevención', 1, None, 2500)]
    rows, t = [], [0, 0, 0]
    for n, lab, eje, a, p_, m in acts:
        rows.append([n, lab, eje, Cn(a, 'acción', y=2022), Cn(p_, 'participante', y=2022) if p_ is not None else '-',
                     Mf(m, y=2022, r='e')])
        t[0] += a; t[1] += p_ or 0; t[2] += m
    rows.append(['', 'TOTAL', '', Cn(t[0], 'acción', y=2022), Cn(t[1], 'participante', y=2022), Mf(t[2], y=2022, r='e')])
    R.table([['N°', 'Acción ejecutada', 'Eje del PNAT', 'N.° de acciones', 'N.° de participantes', 'Monto ejecutado (S/)']], rows,
            widths=(0.9, 5.6, 2.4, 2.2, 2.4, 2.7), row_label_col=1, size=9, bold_rows=(7,))
    R.p('Fuente: Subgerencia de Desarrollo Social - GOREMAD.', size=8, italic=True)


# ---------------------------------------------------------------- s005
def s005():
    R = new('s005', 'answered', None, ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Tambopata', 'MPT', 'provincial_municipality'),
            'CARTA N° 027-2021-MPT/GDS', [], '2021-04-22',
            'carta quoting the request at length (indented, italics); counts, a percent written "por ciento" and an executed amount in running text',
            notes='The period is stated only inside the quoted request. "siete (7)" is one count of 7.')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE TAMBOPATA', 'Gerencia de Desarrollo Social', 'Jr. Piura N° 315 - Puerto Maldonado'], 2021,
           'Puerto Maldonado, 22 de abril de 2021', 'CARTA N° 027-2021-MPT/GDS',
           ['Señorita', 'NORMA ISABEL HUILLCA QUISPE', 'Presente.-'],
           [('ASUNTO', ': Atención de solicitud de acceso a la información pública')], logo=(logo_png('mpt', 'MPT'), 1.5))
    body(R, ['Me dirijo a usted en atención a su solicitud presentada el 5 de abril de 2021, en la cual requiere textualmente lo siguiente:'])
    quote(R, '«Solicito se sirva informar, al amparo del Texto Único Ordenado de la Ley N° 27806, las acciones realizadas por la '
             'Municipalidad Provincial de Tambopata durante el año 2020 en materia de prevención de la trata de personas y de atención '
             'a presuntas víctimas, indicando el número de campañas, el número de personas sensibilizadas, los casos atendidos por la '
             'DEMUNA y el presupuesto ejecutado en dichas acciones, así como la instancia municipal responsable de su seguimiento.»')
    body(R, ['Al respecto, la Gerencia de Desarrollo Social informa que, durante el año 2020 y pese a las restricciones de la emergencia '
             'sanitaria, se realizaron %s campañas de sensibilización en los asentamientos humanos y en la zona de la carretera '
             'Interoceánica, alcanzando a %s personas, el %s de ellas estudiantes de educación secundaria.' % (
                 C('siete (7)', 7, 'campaña', y=2020), C('2 450', 2450, 'persona', y=2020), Ppc(62, y=2020)),
             'En el mismo periodo, la DEMUNA atendió %s casos de niñas, niños y adolescentes en situación de riesgo, de los cuales %s '
             'fueron comunicados a la Unidad de Protección Especial por indicios de trata de personas; %s adolescentes recibieron '
             'acogida temporal en coordinación con dicha unidad.' % (C('37', 37, 'caso', y=2020), C('5', 5, 'caso', y=2020),
                                                                     C('3', 3, 'adolescente', y=2020)),
             'El gasto ejecutado en las campañas ascendió a %s, financiado con recursos directamente recaudados. El seguimiento de '
             'estas acciones está a cargo de la Subgerencia de Programas Sociales.' % Mf(6800, pre='S/ ', y=2020, r='e'),
             'Atentamente,'])
    R.sign('LUIS ALBERTO PACAYA RUIZ', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Tambopata')


# ---------------------------------------------------------------- s006
def s006():
    R = new('s006', 'answered', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de Laberinto', 'MDL', 'district_municipality'),
            'CARTA N° 011-2020-MDL/A', ['Expediente N° 0112-2020'], '2020-01-30',
            'short carta signed by the mayor; substantive null answer, no figures',
            notes='Substantive null answer for the requested year 2019: no prevention activity, no case cared for, no budget, no local working group. Axes are those it speaks about.')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE LABERINTO', 'Provincia de Tambopata - Región Madre de Dios', 'Alcaldía'], 2020,
           'Laberinto, 30 de enero de 2020', 'CARTA N° 011-2020-MDL/A',
           ['Señora', 'GLADYS VERÓNICA ARIAS TORRES', 'Puerto Maldonado.-'],
           [('ASUNTO', ': Respuesta a solicitud de información'), ('REF.', ': Expediente N° 0112-2020')])
    body(R, ['Tengo a bien dirigirme a usted, en atención al expediente de la referencia, mediante el cual solicita información sobre '
             'las acciones desarrolladas por esta Municipalidad durante el año 2019 en materia de trata de personas.',
             'Al respecto, le comunico que, revisado el acervo documentario de la Subgerencia de Desarrollo Social y de la DEMUNA, '
             'durante el año 2019 esta Municipalidad no ejecutó actividades de prevención de la trata de personas, no registró casos de '
             'presuntas víctimas atendidas o derivadas por la DEMUNA, no asignó presupuesto a dicha materia y no conformó una instancia '
             'distrital de concertación sobre el tema.',
             'Cabe precisar que, a partir del presente año, la Municipalidad participa en las convocatorias de la Red Regional de '
             'Lucha contra la Trata de Personas de Madre de Dios.', 'Atentamente,'])
    R.sign('WILBER HUAMÁN CCAHUANA', 'Alcalde', 'Municipalidad Distrital de Laberinto')


# ---------------------------------------------------------------- s007
def s007():
    R = new('s007', 'answered', None, ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 000318-2022-P-CSJPU-PJ', ['Solicitud N° 041-2022'], '2022-03-11',
            'judiciary oficio; indicator table whose columns run right to left (Total first, then 2021, then 2020); a stock row with a dash in the total; percent with a space before %',
            notes='2020 is given beside the requested 2021, so the reply mixes in- and out-of-period data (answered). Total column figures have no year. "Procesos en trámite al cierre del año" is not added up (dash).')
    letter(R, ['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Puno', 'Presidencia'], 2022,
           'Puno, 11 de marzo de 2022', 'OFICIO N° 000318-2022-P-CSJPU-PJ',
           ['Señor', 'FREDY ALEJANDRO MAQUERA CHOQUE', 'Jr. Deza 418, Puno', 'Presente.-'],
           [('ASUNTO', ': Información estadística sobre procesos por delito de trata de personas'),
            ('REF.', ': Solicitud N° 041-2022')], logo=(logo_png('pj', 'PJ', color=(110, 20, 20)), 1.5))
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud de la referencia, mediante la cual requiere información '
             'sobre los procesos por el delito de trata de personas tramitados durante el año 2021 en los órganos jurisdiccionales del '
             'Distrito Judicial de Puno.',
             'Conforme a lo informado por la Coordinación de Estadística, se remite la información requerida; se consigna también la '
             'del año 2020 para fines comparativos:'])
    data = [('Procesos ingresados', 'proceso', 58, 44, True), ('Sentencias condenatorias', 'sentencia', 19, 13, True),
            ('Sentencias absolutorias', 'sentencia', 6, 5, True), ('Autos de sobreseimiento', 'auto', 8, 7, True),
            ('Procesos en trámite al cierre del año', 'proceso', 41, 35, False),
            ('Personas sentenciadas con pena efectiva', 'persona', 23, 15, True)]
    rows = []
    for lab, w, a, b, add in data:
        rows.append([lab, Cn(a + b, w) if add else '-', Cn(a, w, y=2021), Cn(b, w, y=2020)])
    R.table([['Indicador', 'Total', '2021', '2020']], rows, widths=(7.0, 2.4, 2.4, 2.4), size=9.5,
            caption='Procesos por delito de trata de personas (art. 153 del Código Penal)')
    body(R, ['El %s de los procesos ingresados en el año 2021 concluyó con sentencia condenatoria.' % Psp(round(19 / 58 * 100, 1), 1, y=2021),
             'Hago propicia la ocasión para expresarle los sentimientos de mi consideración.'])
    closing(R)
    R.sign('ROGELIO TICONA APAZA', 'Presidente', 'Corte Superior de Justicia de Puno')


# ---------------------------------------------------------------- s008
def s008():
    R = new('s008', 'answered', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00482-2019-MINEDU/VMGP-DIGC', ['Expediente MINEDU N° 2019-0061783', 'Informe N° 00131-2019-MINEDU/VMGP-DIGC-DIGE'],
            '2019-06-14',
            'reply with a cover page (page 1), covering oficio (page 2) and informe with a count table by regional education office with "N.° de" headers (page 3)',
            notes='The cover page has no figures. Counts of trained teachers, schools and students are prevention.')
    R.header(['MINISTERIO DE EDUCACIÓN', 'Viceministerio de Gestión Pedagógica'], logo=(logo_png('minedu', 'MED', color=(150, 20, 20)), 1.4))
    cover(R, [('RESPUESTA A SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA', True, 15),
              ('Dirección General de Calidad de la Gestión Escolar', False, 13),
              ('Expediente MINEDU N° 2019-0061783', False, 12),
              ('Contiene: Oficio N° 00482-2019-MINEDU/VMGP-DIGC e Informe N° 00131-2019-MINEDU/VMGP-DIGC-DIGE', False, 11),
              ('Lima, junio de 2019', False, 12)])
    lema(R, 2019)
    R.p('Lima, 14 de junio de 2019', align='r', after=6)
    R.p('OFICIO N° 00482-2019-MINEDU/VMGP-DIGC', bold=True, under=True, after=8)
    to(R, ['Señor', 'ALONSO GUTIÉRREZ BEJAR', 'Presente.-'])
    kv(R, [('Asunto', ': Acciones de prevención de la trata de personas en instituciones educativas'),
           ('Referencia', ': Expediente MINEDU N° 2019-0061783')])
    body(R, ['Me dirijo a usted con relación al expediente de la referencia, mediante el cual solicita información sobre las acciones de '
             'prevención de la trata de personas desarrolladas en instituciones educativas durante el año 2018.',
             'Al respecto, remito el Informe N° 00131-2019-MINEDU/VMGP-DIGC-DIGE, elaborado por la Dirección de Gestión Escolar, que '
             'atiende lo solicitado.', 'Atentamente,'])
    R.sign('PATRICIA ELIZABETH SORIA VALDIVIA', 'Directora General', 'Dirección General de Calidad de la Gestión Escolar')
    R.pagebreak()
    R.p('INFORME N° 00131-2019-MINEDU/VMGP-DIGC-DIGE', bold=True, align='c', after=6)
    kv(R, [('A', ': Patricia Elizabeth Soria Valdivia, Directora General'), ('DE', ': Jorge Enrique Lazo Medina, Director de Gestión Escolar'),
           ('ASUNTO', ': Información sobre prevención de la trata de personas en el año 2018'), ('FECHA', ': 12 de junio de 2019')])
    body(R, ['1. En el año 2018 la Dirección de Gestión Escolar, en coordinación con las Direcciones Regionales de Educación (DRE), '
             'desarrolló talleres de capacitación a docentes tutores para la prevención de la trata de personas y la explotación sexual '
             'de niñas, niños y adolescentes, con el siguiente alcance:'])
    ctab(R, [['Dirección Regional de Educación', 'N.° de docentes capacitados', 'N.° de IIEE participantes', 'N.° de estudiantes alcanzados']],
         [('DRE Cusco', [412, 38, 6840]), ('DRE Loreto', [365, 31, 5912]), ('DRE Madre de Dios', [198, 17, 3105]), ('DRE Puno', [441, 42, 7260]),
          ('DRE Piura', [287, 24, 4418]), ('DRE Tumbes', [143, 12, 2036]), ('DRE Junín', [256, 21, 3977]),
          ('DRE Lima Metropolitana', [530, 47, 9384])],
         ['docente', 'institución educativa', 'estudiante'], year=2018, total='TOTAL', widths=(5.6, 3.2, 3.2, 3.4), size=9)
    body(R, ['2. Asimismo, se distribuyeron %s ejemplares de la guía «Aprendo a cuidarme» en las instituciones educativas '
             'participantes.' % Cn(25000, 'ejemplar', y=2018),
             '3. Se recomienda remitir el presente informe al solicitante.'])
    R.sign('JORGE ENRIQUE LAZO MEDINA', 'Director de Gestión Escolar', before=16)


# ---------------------------------------------------------------- s009
def s009():
    R = new('s009', 'answered', None, ['prosecution'], ('2023-01-01', '2023-06-30'),
            S('Superintendencia Nacional de Fiscalización Laboral', 'SUNAFIL', 'other'),
            'OFICIO N° 000217-2023-SUNAFIL/INII', ['Solicitud con Registro N° 0045822-2023'], '2023-07-18',
            'oficio; month table (January-June) whose first header cell is blank, one noun per row, total column; percent with a space before %; fines in prose',
            notes='Part-year request (January-June 2023). The proposed fines have no role.')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL', 'Intendencia Nacional de Inteligencia Inspectiva'], 2023,
           'Lima, 18 de julio de 2023', 'OFICIO N° 000217-2023-SUNAFIL/INII',
           ['Señor', 'DIEGO ARMANDO VILLACORTA SOTO', 'Presente.-'],
           [('ASUNTO', ': Atención de solicitud de acceso a la información pública'),
            ('REFERENCIA', ': Solicitud con Registro N° 0045822-2023')], logo=(logo_png('sunafil', 'SNF', shape='square', color=(0, 70, 140)), 1.4))
    body(R, ['Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita información '
             'sobre las actuaciones inspectivas en materia de trabajo forzoso y trata de personas con fines de explotación laboral '
             'realizadas entre enero y junio de 2023.',
             'Al respecto, la Intendencia Nacional de Inteligencia Inspectiva ha consolidado la siguiente información:'])
    data = [('Órdenes de inspección por trabajo forzoso', 'orden de inspección', [3, 5, 4, 6, 2, 4]),
            ('Órdenes de inspección por trabajo infantil', 'orden de inspección', [9, 11, 8, 12, 10, 14]),
            ('Actas de infracción emitidas', 'acta de infracción', [2, 3, 2, 4, 1, 4]),
            ('Trabajadores afectados identificados', 'trabajador', [7, 15, 6, 21, 3, 12]),
            ('Casos comunicados al Ministerio Público', 'caso', [1, 2, 0, 2, 0, 1])]
    rows = [[lab] + [Cn(v, w, y=2023) for v in vals] + [Cn(sum(vals), w, y=2023)] for lab, w, vals in data]
    R.table([['', 'Ene.', 'Feb.', 'Mar.', 'Abr.', 'May.', 'Jun.', 'Total']], rows, widths=(5.4, 1.35, 1.35, 1.35, 1.35, 1.35, 1.35, 1.5),
            size=9, caption='Actuaciones inspectivas, enero - junio 2023')
    n_ord = sum(data[0][2]) + sum(data[1][2])
    body(R, ['De las %s órdenes de inspección generadas en el semestre, el %s concluyó con acta de infracción. Las multas propuestas en '
             'dichas actas suman %s.' % (Cn(n_ord, 'orden de inspección', y=2023), Psp(round(16 / n_ord * 100, 1), 1, y=2023),
                                         Mf(412836.50, pre='S/ ', y=2023)),
             'Sin otro particular, quedo de usted.'])
    closing(R)
    dsig(R, 'Carmen Rosa Ugarte Palomino', 'Intendenta Nacional de Inteligencia Inspectiva', 'SUNAFIL', when='18/07/2023 16:05:12', fau='20555195444')


# ---------------------------------------------------------------- s010 (spreadsheet)
def s010():
    R = new('s010', 'answered', None, ['governance'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Puno', 'GRP', 'regional_government'),
            None, ['Expediente N° 1547-2022-GRP'], '2022-03-15',
            'spreadsheet sent alone (XLSX): title rows ending "Expresado en soles", budget table by expenditure line with PIA / PIM / Certificación / Devengado / Avance (no unit in the headers), total row',
            fmt='xlsx', keep_native=True,
            notes='A spreadsheet with no own number. The budget of the regional plan against trafficking as a whole is governance. The unit of the amounts is stated only in the title block of the sheet ("Expresado en soles"): unit_source page. Expenditure codes inside the row labels are not figures.')
    from openpyxl.styles import Font
    ws = R.wb.active
    ws.title = 'Ejecución 2021'
    for i, (t, b) in enumerate([('GOBIERNO REGIONAL PUNO', True), ('GERENCIA REGIONAL DE DESARROLLO SOCIAL', True),
                                ('REPORTE DE EJECUCIÓN PRESUPUESTAL AL 31 DE DICIEMBRE - AÑO FISCAL 2021', True),
                                ('Actividad: Implementación del Plan Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes', False),
                                ('Fuente: Consulta amigable SIAF-MEF. Fecha de reporte: 15/03/2022', False), ('Expresado en soles', False)]):
        ws.cell(row=i + 1, column=1, value=t).font = Font(bold=b, size=11 if b else 10)
    data = [('2.3.1.5.1.2 Papelería en general, útiles y materiales de oficina', 3000, 4850, 4850, 4612.40),
            ('2.3.2.1.2.1 Pasajes y gastos de transporte', 8000, 12600, 12480, 12156.00),
            ('2.3.2.1.2.2 Viáticos y asignaciones por comisión de servicio', 10000, 14300, 13900, 13720.00),
            ('2.3.2.2.4.4 Servicio de impresiones, encuadernación y empastado', 6000, 9500, 9500, 9450.00),
            ('2.3.2.7.11.99 Servicios diversos', 15000, 21750, 20400, 18935.80),
            ('2.3.2.8.1.1 Contrato administrativo de servicios', 42000, 45600, 45600, 45600.00)]
    rows, tot = [], [0, 0, 0, 0]
    roles = ['a', 'a', 'c', 'e']
    for lab, *v in data:
        rows.append([lab] + [(x, '#,##0.00', 'money', {'y': 2021, 'r': roles[j], 'u': 'page'}) for j, x in enumerate(v)] +
                    [(round(v[3] / v[1], 3), '0.0%', 'percent', {'y': 2021})])
        tot = [a + b for a, b in zip(tot, v)]
    tot = [round(x, 2) for x in tot]
    rows.append(['TOTAL'] + [(x, '#,##0.00', 'money', {'y': 2021, 'r': roles[j], 'u': 'page'}) for j, x in enumerate(tot)] +
                [(round(tot[3] / tot[1], 3), '0.0%', 'percent', {'y': 2021})])
    r = xtable(R, ws, 8, [['Específica de gasto', 'PIA', 'PIM', 'Certificación', 'Devengado', 'Avance %']], rows,
               widths=[62, 14, 14, 17, 16, 11], bold_last=True)
    ws.cell(row=r + 1, column=1, value='Nota: Información remitida en atención al Expediente N° 1547-2022-GRP.').font = Font(italic=True, size=9)
    xfont(ws)
    xsetup(ws)


# ---------------------------------------------------------------- s011
def s011():
    R = new('s011', 'answered', None, ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            'CARTA N° 118-2023-SGDH-GDS/MVES', ['Documento Simple N° 2023-0002741'], '2023-02-09',
            'carta whose period is stated only in the ASUNTO line; counts in a bullet list with the noun first; executed amount in prose',
            notes='The year 2022 appears only in the subject line; the figures are recorded with year 2022 because the letter answers for that year alone.')
    letter(R, ['MUNICIPALIDAD DE VILLA EL SALVADOR', 'Gerencia de Desarrollo Humano - Subgerencia de Desarrollo Humano'], 2023,
           'Villa El Salvador, 09 de febrero de 2023', 'CARTA N° 118-2023-SGDH-GDS/MVES',
           ['Señor', 'KEVIN ANDRÉS PALOMINO SALAS', 'Presente.-'],
           [('ASUNTO', ': Acciones de prevención de la trata de personas en el distrito – año 2022'),
            ('REFERENCIA', ': Documento Simple N° 2023-0002741')], logo=(logo_png('mves', 'VES', color=(200, 120, 0)), 1.4))
    body(R, ['Es grato dirigirme a usted, en atención al documento de la referencia, para informarle que la Subgerencia de Desarrollo '
             'Humano, a través de la DEMUNA y del Programa Municipal de la Juventud, desarrolló las siguientes acciones:'])
    bl(R, ['Charlas informativas en instituciones educativas: %s' % C('18', 18, 'charla', y=2022),
           'Estudiantes participantes en las charlas: %s' % C('1 240', 1240, 'estudiante', y=2022),
           'Ferias de sensibilización en el Parque Industrial y en la plataforma Pachacámac: %s' % C('4', 4, 'feria', y=2022),
           'Padres de familia orientados: %s' % C('356', 356, 'padre de familia', y=2022),
           'Volantes distribuidos: %s' % C('6 500', 6500, 'volante', y=2022)])
    body(R, ['El gasto de estas acciones ascendió a %s, con cargo a la meta presupuestal de la DEMUNA.' % Mf(9870, pre='S/ ', y=2022, r='e'),
             'Sin otro particular, me despido de usted.'])
    closing(R)
    R.sign('ROSA ELVIRA CHÁVEZ HUAYTA', 'Subgerente de Desarrollo Humano', 'Municipalidad de Villa El Salvador')


# ---------------------------------------------------------------- s012
def s012():
    R = new('s012', 'answered', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Dirección Regional de Salud Junín', 'DIRESA Junín', 'regional_government'),
            'RESOLUCIÓN DIRECTORAL N° 0412-2020-GRJ-DIRESA/DG', ['Expediente N° 02184-2020', 'Informe N° 038-2020-GRJ-DIRESA/DESP'], '2020-02-20',
            'resolución directoral that answers the request (VISTOS / CONSIDERANDO / SE RESUELVE); counts in words with digits; an amount in words with the digits in brackets; executed amounts in brackets after their description',
            notes='"ochenta y seis mil quinientos soles (S/ 86,500)" is one allocated figure. The three amounts in brackets after what they paid for are executed ("se ejecutó"). "dos psicólogos" is a count.')
    R.header(['GOBIERNO REGIONAL JUNÍN', 'DIRECCIÓN REGIONAL DE SALUD JUNÍN'], logo=(logo_png('diresaj', 'DRS', color=(0, 90, 120)), 1.4))
    lema(R, 2020)
    R.p('RESOLUCIÓN DIRECTORAL N° 0412-2020-GRJ-DIRESA/DG', bold=True, align='c', size=12, after=2)
    R.p('Huancayo, 20 de febrero de 2020', align='c', after=8)
    R.p('VISTOS:', bold=True, after=2)
    body(R, ['La solicitud de acceso a la información pública con Expediente N° 02184-2020, presentada por el señor MARCO ANTONIO HUAMÁN '
             'LEIVA; el Informe N° 038-2020-GRJ-DIRESA/DESP de la Dirección Ejecutiva de Salud de las Personas; y,'])
    R.p('CONSIDERANDO:', bold=True, after=2)
    body(R, ['Que, el Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública, establece que toda '
             'persona tiene derecho a solicitar y recibir información de cualquier entidad de la Administración Pública;',
             'Que, mediante el expediente de vistos, el administrado solicita información sobre la atención brindada durante el año 2019 '
             'por los establecimientos de salud de la región a presuntas víctimas de trata de personas y sobre el presupuesto destinado a '
             'dicho fin;',
             'Que, con el informe de vistos, la Dirección Ejecutiva de Salud de las Personas señala que en el año 2019 los establecimientos '
             'de salud de la región atendieron a %s presuntas víctimas de trata de personas, de las cuales %s recibieron atención en salud '
             'mental y %s fueron referidas al Hospital Regional Docente Materno Infantil El Carmen;' % (
                 C('cuarenta y seis (46)', 46, 'víctima', y=2019), C('treinta y una (31)', 31, 'víctima', y=2019),
                 C('doce (12)', 12, 'víctima', y=2019)),
             'Que, para dichas atenciones se asignó en el año 2019 la suma de %s, la cual se ejecutó en la adquisición de kits de atención '
             'a víctimas de violencia sexual (%s), en la capacitación del personal de salud en la atención de víctimas (%s) y en la '
             'contratación de %s psicólogos (%s);' % (
                 Mwords(86500, y=2019, r='a'), Mf(12430, pre='S/ ', y=2019, r='e'), Mf(9860, pre='S/ ', y=2019, r='e'),
                 C('dos', 2, 'psicólogo', y=2019), Mf(57600, pre='S/ ', y=2019, r='e')),
             'Estando a lo dispuesto en el TUO de la Ley N° 27806 y en uso de las facultades conferidas;'])
    R.p('SE RESUELVE:', bold=True, after=2)
    body(R, ['**ARTÍCULO PRIMERO.-** DECLARAR PROCEDENTE la solicitud de acceso a la información pública presentada por el señor MARCO '
             'ANTONIO HUAMÁN LEIVA.',
             '**ARTÍCULO SEGUNDO.-** ENTREGAR al solicitante copia del Informe N° 038-2020-GRJ-DIRESA/DESP, cuyo contenido se resume en '
             'el tercer y cuarto considerandos de la presente resolución.',
             '**ARTÍCULO TERCERO.-** NOTIFICAR la presente resolución al interesado en el domicilio señalado en su solicitud.'])
    R.p('REGÍSTRESE Y COMUNÍQUESE.', bold=True, align='c', before=6)
    R.sign('M.C. OSCAR VÍCTOR POMA ROJAS', 'Director Regional de Salud', 'Dirección Regional de Salud Junín')


# ---------------------------------------------------------------- s013
def s013():
    R = new('s013', 'answered', None, ['governance', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de Apurímac', 'GRAP', 'regional_government'),
            'OFICIO CIRCULAR N° 012-2021-GRAP/GRDS', ['Registro N° 00087-2021'], '2021-01-19',
            'oficio circular addressed to the members of the regional network and the requester; province table whose total column comes first (before its parts); counts of provinces in prose',
            notes='The "Total de acciones" column is printed first and sums the three columns to its right. "5 de las 7 provincias" are two counts of provinces.')
    letter(R, ['GOBIERNO REGIONAL DE APURÍMAC', 'Gerencia Regional de Desarrollo Social'], 2021,
           'Abancay, 19 de enero de 2021', 'OFICIO CIRCULAR N° 012-2021-GRAP/GRDS',
           ['Señores', 'INTEGRANTES DE LA RED REGIONAL CONTRA LA TRATA DE PERSONAS DE APURÍMAC',
            'Señora LUZ MARINA CCOPA HUAMANÍ (solicitante)', 'Presente.-'],
           [('ASUNTO', ': Remite información consolidada de acciones de prevención de la trata de personas 2020'),
            ('REF.', ': Solicitud de acceso a la información pública, Registro N° 00087-2021')],
           logo=(logo_png('grap', 'APU', color=(120, 60, 0)), 1.4))
    body(R, ['Me dirijo a ustedes para remitir la información consolidada de las acciones de prevención de la trata de personas ejecutadas '
             'durante el año 2020 por las Redes Provinciales, cuya instalación se completó en %s de las %s provincias de la región, '
             'información que ha sido requerida mediante el documento de la referencia:' % (C('5', 5, 'provincia', y=2020),
                                                                                             C('7', 7, 'provincia'))])
    prov = [('Abancay', 12, 3, 5), ('Andahuaylas', 15, 4, 6), ('Antabamba', 4, 1, 2), ('Aymaraes', 6, 2, 1), ('Cotabambas', 5, 1, 3),
            ('Chincheros', 7, 2, 2), ('Grau', 3, 0, 1)]
    rows, t = [], [0, 0, 0]
    for lab, a, b, c in prov:
        rows.append([lab, Cn(a + b + c, 'acción', y=2020), Cn(a, 'charla', y=2020), Cn(b, 'feria', y=2020), Cn(c, 'taller', y=2020)])
        t = [t[0] + a, t[1] + b, t[2] + c]
    rows.append(['Total regional', Cn(sum(t), 'acción', y=2020), Cn(t[0], 'charla', y=2020), Cn(t[1], 'feria', y=2020), Cn(t[2], 'taller', y=2020)])
    R.table([['Provincia', 'Total de acciones', 'Charlas', 'Ferias informativas', 'Talleres con docentes']], rows,
            widths=(4.0, 3.0, 2.6, 3.0, 3.0), bold_rows=(7,), size=9.5, caption='Acciones de prevención por provincia - 2020')
    body(R, ['Se solicita a los integrantes de la Red validar la información de su provincia en la próxima sesión ordinaria.', 'Atentamente,'])
    R.sign('DORIS ELENA SULLCA PALOMINO', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Apurímac')


# ---------------------------------------------------------------- s014 (English)
def s014():
    R = new('s014', 'answered', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'),
            'Note RE (DGC) No. 2-5-B/118', ['Request No. 0982-2022'], '2022-05-10',
            'English letter of a Peruvian ministry to a foreign researcher; table by country with a US$ column; euro and USD amounts and a percent in prose',
            lang='en', notes='Repatriation costs have no role; "€6,200 ... paid" is executed (EUR). "three" is a count of victims.')
    R.header(['MINISTRY OF FOREIGN AFFAIRS OF PERU', 'Directorate General for Peruvian Communities Abroad and Consular Affairs'],
             logo=(logo_png('rree', 'RE', shape='circle', color=(120, 20, 20)), 1.4))
    R.p('Lima, May 10, 2022', align='r', after=6)
    R.p('Note RE (DGC) No. 2-5-B/118', bold=True, after=8)
    to(R, ['Dr. Helen Whitford', 'School of Sociology and Social Policy', 'University of Leeds, United Kingdom'])
    kv(R, [('Subject:', 'Request for public information – assistance to Peruvian victims of trafficking abroad, 2021'),
           ('Reference:', 'Your e-mail of 19 April 2022 (Request No. 0982-2022)')])
    body(R, ['Dear Dr. Whitford,',
             'In reply to your request, I am pleased to inform you that during 2021 the consular offices of Peru assisted Peruvian nationals '
             'identified as victims of trafficking in persons abroad, as follows:'])
    data = [('Argentina', 14, 9, 10350.00), ('Bolivia', 6, 5, 2980.00), ('Chile', 11, 7, 6125.00), ('Ecuador', 5, 4, 2210.00),
            ('Spain', 9, 3, 8940.00), ('Mexico', 8, 6, 9875.00), ('United States', 5, 2, 7480.00)]
    rows, t = [], [0, 0, 0.0]
    for c, a, b, m in data:
        rows.append([c, Cn(a, 'victim', y=2021), Cn(b, 'victim', y=2021), Mf(m, y=2021, cur='USD')])
        t = [t[0] + a, t[1] + b, t[2] + m]
    rows.append(['Total', Cn(t[0], 'victim', y=2021), Cn(t[1], 'victim', y=2021), Mf(t[2], y=2021, cur='USD')])
    R.table([['Country', 'Victims assisted', 'Victims repatriated', 'Repatriation costs (US$)']], rows, widths=(4.2, 3.2, 3.4, 4.4),
            ruled='hlines', bold_rows=(7,), size=9.5)
    body(R, ['In addition, the Consulate General in Madrid paid %s for emergency shelter for %s of the victims assisted in Spain.' % (
                 M('€6,200', 6200.0, y=2021, r='e', cur='EUR'), C('three', 3, 'victim', y=2021)),
             'The humanitarian assistance budget line allocated to these cases in 2021 was %s, of which %s was executed (%s).' % (
                 Mf(60000, pre='USD ', y=2021, r='a', cur='USD'), Mf(54160, pre='USD ', y=2021, r='e', cur='USD'),
                 Pf(round(54160 / 60000 * 100, 1), 1, y=2021)),
             'Yours sincerely,'])
    R.sign('Ambassador CARLOS ENRIQUE VELARDE OLAECHEA', 'Director General for Peruvian Communities Abroad and Consular Affairs')


# ---------------------------------------------------------------- s015
def s015():
    R = new('s015', 'answered', None, ['prevention', 'prosecution'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional La Libertad', 'GRLL', 'regional_government'),
            'OFICIO N° 000231-2023-GRLL-GGR/GRTPE', ['Expediente N° 05517491'], '2023-01-27',
            'oficio of a regional labour office; two-year table with a blank first header cell and row labels that wrap over two or three lines; a percent variation in prose',
            notes='2021 is given beside the requested 2022 (mixed, answered). The variation between years has no year.')
    letter(R, ['GOBIERNO REGIONAL LA LIBERTAD', 'Gerencia Regional de Trabajo y Promoción del Empleo'], 2023,
           'Trujillo, 27 de enero de 2023', 'OFICIO N° 000231-2023-GRLL-GGR/GRTPE',
           ['Señora', 'MILAGROS DEL PILAR ALVA RODRÍGUEZ', 'Presente.-'],
           [('ASUNTO', ': Información sobre acciones frente al trabajo forzoso y la trata con fines de explotación laboral'),
            ('REFERENCIA', ': Solicitud de acceso a la información pública (Expediente N° 05517491)')],
           logo=(logo_png('grll', 'GRL', color=(0, 60, 130)), 1.4))
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'desarrolladas por esta Gerencia Regional durante el año 2022 frente al trabajo forzoso y la trata de personas con fines de '
             'explotación laboral. Se consigna también la información del año 2021, con fines comparativos:'])
    data = [('Inspecciones laborales en materia de trabajo forzoso y trata con fines de explotación laboral en el sector agroexportador', 'inspección', 46, 58),
            ('Trabajadoras y trabajadores orientados sobre sus derechos laborales en ferias y campañas', 'trabajador', 1870, 2415),
            ('Empresas agroexportadoras sensibilizadas sobre trabajo decente', 'empresa', 22, 35),
            ('Casos derivados al Ministerio Público por indicios de trata laboral', 'caso', 3, 5)]
    rows = [[lab, Cn(a, w, y=2021), Cn(b, w, y=2022)] for lab, w, a, b in data]
    R.table([['', '2021', '2022']], rows, widths=(6.2, 2.6, 2.6), size=9.5)
    body(R, ['En el año 2022 el número de inspecciones se incrementó en %s respecto del año anterior.' % Psp(round((58 / 46 - 1) * 100, 1), 1),
             'Atentamente,'])
    R.sign('VÍCTOR HUGO BACILIO LEÓN', 'Gerente Regional de Trabajo y Promoción del Empleo', 'Gobierno Regional La Libertad')
