"""blind-v8 replies h825-h834 (written for this set)."""
from common import *


def h825():
    R = new('h825', 'out_of_period', None, ['governance'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional de San Martín', 'GRSM', 'regional_government'),
            'INFORME N° 031-2021-GRSM/GRPyP-SGP', ['Oficio N° 0221-2021-GRSM/GGR'], '2021-03-04',
            'informe, SIAF-style grid table for 2016-2017 (PIA, PIM, certificación, devengado, avance) for a 2020 request; unit in caption',
            notes='Request is for 2020; the budget table covers 2016 and 2017 only (activity closed in 2018).')
    R.header(['GOBIERNO REGIONAL SAN MARTÍN', 'Gerencia Regional de Planeamiento y Presupuesto', 'Sub Gerencia de Presupuesto'], logo=(logo_png('grsm', 'GRSM', 'shield', (30, 120, 50)), 1.8))
    lema(R, 2021)
    R.p('INFORME N° 031-2021-GRSM/GRPyP-SGP', bold=True, align='c')
    kv(R, [('A', ': Gerente General Regional'), ('DE', ': Sub Gerente de Presupuesto'), ('ASUNTO', ': Presupuesto para la lucha contra la trata de personas, ejercicio fiscal 2020'),
           ('REF.', ': Oficio N° 0221-2021-GRSM/GGR'), ('FECHA', ': Moyobamba, 04 de marzo de 2021')])
    R.p('_' * 80, size=8)
    body(R, ['1. En atención al documento de la referencia, se informa que la actividad presupuestal vinculada al Plan Regional contra la Trata de Personas estuvo registrada en el pliego 459 únicamente en los ejercicios 2016 y 2017; a partir de 2018 no se le asignaron recursos. Se adjunta el reporte correspondiente:'])
    rows = []
    for y, pia, pim, cert, dev in [(2016, 95000, 112300, 108500, 104977), (2017, 110000, 98600, 97200, 96845)]:
        av = round(dev / pim * 100, 1)
        rows.append([str(y), M('{:,}'.format(pia), pia, y=y, r='a'), M('{:,}'.format(pim), pim, y=y, r='a'), M('{:,}'.format(cert), cert, y=y, r='c'), M('{:,}'.format(dev), dev, y=y, r='e'), P('{:.1f}%'.format(av), av, y=y, u='cell')])
    R.table([['Año', 'PIA', 'PIM', 'Certificado', 'Devengado', 'Avance']], rows, widths=(2, 2.8, 2.8, 2.8, 2.8, 2.2), unit='caption',
            caption='Ejecución de la actividad 5005884 (en soles)', bold_rows=())
    body(R, ['2. Se recomienda remitir el presente informe al solicitante.'])
    R.sign('CPC. ROBERTO RUIZ PAREDES', 'Sub Gerente de Presupuesto')
    R.save()


def h826():
    R = new('h826', 'out_of_period', None, ['prevention', 'protection'], ('2018-03-01', '2018-05-31'),
            S('Municipalidad Distrital de Villa El Salvador', 'MVES', 'district_municipality'),
            'OFICIO N° 153-2018-GDS/MVES', [], '2018-12-12',
            'oficio, request for March-May 2018 answered with September-November 2018; bulleted figures',
            notes='Requested months: March to May 2018. The figures are for September-November 2018.')
    letter(R, ['MUNICIPALIDAD DE VILLA EL SALVADOR', 'Gerencia de Desarrollo Social'], 2018,
           'Villa El Salvador, 12 de diciembre de 2018', 'OFICIO N° 153-2018-GDS/MVES',
           ['Señora', 'Coordinadora del Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Información sobre acciones contra la trata de personas (marzo - mayo 2018)')], logo=(logo_png('mves', 'VES', 'square', (0, 120, 60)), 1.9))
    body(R, ['Tengo el agrado de dirigirme a usted para informarle que la DEMUNA y la Subgerencia de Salud y Bienestar Social desarrollaron las siguientes acciones entre los meses de setiembre y noviembre del presente año:'])
    R.bullets(['Septiembre: ' + C('4 pasacalles', 4, 'pasacalle', y=2018) + ' informativos en los sectores 2, 3 y 6, con ' + C('520 participantes', 520, 'participante', y=2018) + '.',
               'Octubre: atención de ' + C('3 casos', 3, 'caso', y=2018) + ' de adolescentes en presunto riesgo, derivados a la Unidad de Protección Especial.',
               'Noviembre: taller para ' + C('36 promotoras', 36, 'promotora', y=2018) + ' de los comedores populares, con un costo de ' + M('S/ 2 150.00', 2150.00, y=2018, r='e') + '.'])
    body(R, ['Atentamente,'])
    R.sign('Lic. CARMEN ROSA HUAYTA LEÓN', 'Gerente de Desarrollo Social')
    R.save()


def h827():
    R = new('h827', 'out_of_period', None, ['prosecution'], ('2017-01-01', '2017-12-31'),
            S('Corte Superior de Justicia de Tumbes', 'CSJTU', 'autonomous'),
            'OFICIO N° 00188-2018-P-CSJTU/PJ', [], '2018-04-10',
            'oficio, request for 2017 answered with 2014-2016 sentences; ruled table, years as columns',
            notes='2017 data not yet consolidated; only 2014-2016 reported.')
    letter(R, ['CORTE SUPERIOR DE JUSTICIA DE TUMBES', 'Presidencia'], 2018,
           'Tumbes, 10 de abril de 2018', 'OFICIO N° 00188-2018-P-CSJTU/PJ',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Procesos judiciales por trata de personas - año 2017')], logo=(logo_png('pj2', 'PJ', 'shield', (110, 20, 20)), 1.7))
    body(R, ['Tengo el agrado de dirigirme a ustedes en atención a su solicitud. Al respecto, la Oficina de Estadística informa que la información del año judicial 2017 se encuentra en proceso de consolidación, por lo que se remite la información de los tres años anteriores:'])
    rows = []
    for conc, a, b, c in [('Procesos ingresados', 18, 22, 27), ('Sentencias condenatorias', 5, 7, 9), ('Sentencias absolutorias', 2, 3, 2)]:
        w = 'proceso' if conc.startswith('Proc') else 'sentencia'
        rows.append([conc, C(str(a), a, w, y=2014), C(str(b), b, w, y=2015), C(str(c), c, w, y=2016)])
    R.table([['Concepto', '2014', '2015', '2016']], rows, widths=(6, 2.4, 2.4, 2.4))
    body(R, ['Atentamente,'])
    R.sign('Dr. JOSÉ LUIS NAVARRO CASTRO', 'Presidente de la Corte Superior de Justicia de Tumbes')
    R.save()


def h828():
    R = new('h828', 'out_of_period', None, ['prevention', 'governance'], ('2019-01-01', '2019-12-31'),
            S('Universidad Nacional de San Antonio Abad del Cusco', 'UNSAAC', 'other'),
            'CARTA N° 045-2021-VRIN-UNSAAC', [], '2021-09-28',
            'carta, only a 2022 plan with targets (metas) for a 2019 request; unruled target table',
            notes='Only targets planned for 2022.')
    letter(R, ['UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO', 'Vicerrectorado de Investigación'], 2021,
           'Cusco, 28 de setiembre de 2021', 'CARTA N° 045-2021-VRIN-UNSAAC',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('Asunto', ': Actividades sobre trata de personas en el año 2019')], logo=(logo_png('unsaac', 'UNSAAC', 'shield', (130, 20, 40)), 1.8))
    body(R, ['Es grato saludarles y, en relación a su pedido de información, comunicarles que el Vicerrectorado de Investigación ha incorporado en su Plan Operativo 2022 un programa de proyección social sobre trata de personas, con las siguientes metas:'])
    rows = [['Talleres de prevención en comunidades campesinas', C('10', 10, 'taller', y=2022)],
            ['Estudiantes voluntarios capacitados', C('80', 80, 'estudiante', y=2022)],
            ['Investigaciones financiadas (concurso)', C('2', 2, 'investigación', y=2022)]]
    R.table([['Meta 2022', 'Cantidad']], rows, widths=(9, 3), ruled='none', head_shade=None, num_align='c')
    body(R, ['El presupuesto programado para el programa es de ' + M('S/ 60 000', 60000.0, y=2022, r='a') + '.', 'Atentamente,'])
    R.sign('Dr. GILBERTO ALARCÓN QUISPE', 'Vicerrector de Investigación')
    R.save()


def h829():
    R = new('h829', 'out_of_period', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA', 'AURORA', 'ministry'),
            'OFICIO N° 000512-2019-MIMP-AURORA-DE', [], '2019-05-16',
            'oficio, period only in subject line (2018); figures for 2016; count words',
            notes='Requested year (2018) appears only in the subject line; figures refer to 2016.')
    letter(R, ['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Programa Nacional AURORA', 'Dirección Ejecutiva'], 2019,
           'Lima, 16 de mayo de 2019', 'OFICIO N° 000512-2019-MIMP-AURORA-DE',
           ['Señora', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Casos de trata de personas atendidos en los CEM durante el año 2018')], logo=(logo_png('mimp2', 'MIMP', 'square', (150, 30, 60)), 2.0))
    body(R, ['Tengo el agrado de dirigirme a usted para remitir la información con la que cuenta este Programa. Según el último reporte estadístico validado, los Centros Emergencia Mujer atendieron en el año 2016 a ' + C('ciento ochenta y nueve (189) personas', 189, 'persona', y=2016) +
             ' afectadas por trata de personas con fines de explotación sexual y ' + C('cuarenta y dos (42)', 42, 'persona', y=2016) + ' por explotación laboral; el ' + P('78.6%', 78.6, y=2016) + ' fueron mujeres.',
             'Los reportes de los años posteriores se encuentran en proceso de validación por la Unidad de Generación de Información y Gestión del Conocimiento.',
             'Atentamente,'])
    R.sign('MARIELLA CAMPOS FLORES', 'Directora Ejecutiva (e)')
    R.save()


def h830():
    R = new('h830', 'out_of_period', None, ['protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 0987-2019-JUS/DGDPAJ', [], '2019-04-30',
            'oficio, historical series 2013-2016 in a grid table with merged header; 2018 requested',
            notes='Series ends in 2016; nothing for 2018.')
    letter(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'], 2019,
           'Miraflores, 30 de abril de 2019', 'OFICIO N° 0987-2019-JUS/DGDPAJ',
           ['Señora', 'Coordinadora del Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Patrocinio de víctimas de trata de personas por la Defensa Pública, año 2018')], logo=(logo_png('minjus', 'MINJUS', 'square', (120, 30, 30)), 2.2))
    body(R, ['Me dirijo a usted para remitir la serie histórica de patrocinios a víctimas de trata de personas brindados por los defensores públicos de víctimas, disponible en el sistema de información de esta Dirección General:'])
    rows = []
    for y, a, b in [(2013, 48, 31), (2014, 66, 40), (2015, 83, 57), (2016, 102, 71)]:
        rows.append([str(y), C(str(a), a, 'patrocinio', y=y), C(str(b), b, 'patrocinio', y=y)])
    R.table([['Año', 'Patrocinios de víctimas', ''], ['', 'Nuevos', 'Concluidos']], rows, widths=(3, 4, 4), merges=[(0, 0, 1, 0), (0, 1, 0, 2)],
            colnames=[None, 'Patrocinios de víctimas Nuevos', 'Patrocinios de víctimas Concluidos'], num_align='c')
    body(R, ['A partir del año 2017 el registro se integró a un nuevo sistema informático cuyos datos aún no han sido migrados.', 'Atentamente,'])
    R.sign('Abog. LUZ MARINA QUISPE TORRES', 'Directora General de Defensa Pública y Acceso a la Justicia')
    R.save()


# ---------------- off_topic (missing) ----------------

def h831():
    R = new('h831', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Miraflores', 'MDM', 'district_municipality'),
            'INFORME N° 214-2019-SGFC-GAC/MM', [], '2019-08-06',
            'informe on a street-vending enforcement operation (operativo, prevención); not about trafficking')
    R.header(['MUNICIPALIDAD DE MIRAFLORES', 'Gerencia de Autorización y Control', 'Subgerencia de Fiscalización y Control'], logo=(logo_png('mdm', 'MM', 'shield', (0, 90, 60)), 1.6))
    lema(R, 2019)
    R.p('INFORME N° 214-2019-SGFC-GAC/MM', bold=True, align='c')
    kv(R, [('A', ': Gerente de Autorización y Control'), ('ASUNTO', ': Resultados del operativo de control del comercio ambulatorio en el Parque Kennedy'), ('FECHA', ': Miraflores, 06 de agosto de 2019')])
    body(R, ['1. El día 3 de agosto de 2019, entre las 18:00 y 23:00 horas, se realizó un operativo conjunto con el Serenazgo y la Policía Nacional para la prevención y control del comercio ambulatorio no autorizado en el Parque Kennedy y calles aledañas.',
             '2. Participaron ' + C('24 inspectores municipales', 24, 'inspector', y=2019) + ' y ' + C('30 efectivos del Serenazgo', 30, 'efectivo', y=2019) + '. Se intervino a ' + C('41 comerciantes', 41, 'comerciante', y=2019) + ' y se decomisaron mercaderías que fueron trasladadas al depósito municipal.',
             '3. Se impusieron ' + C('19 papeletas de infracción', 19, 'papeleta', y=2019) + ' por un monto total de ' + M('S/ 39,900.00', 39900.00, y=2019) + ', conforme al Cuadro Único de Infracciones y Sanciones.',
             '4. Se recomienda continuar con los operativos de prevención los fines de semana y brindar atención a los vecinos que presenten quejas por ruidos.'])
    R.sign('Abog. RICARDO BELTRÁN OSORIO', 'Subgerente de Fiscalización y Control')
    R.save()


def h832():
    R = new('h832', 'missing', 'off_topic', [], None,
            S('Gobierno Regional Piura', 'GRP', 'regional_government'),
            'OFICIO N° 0644-2023/GRP-ORSDN', [], '2023-03-21',
            'oficio on rain emergency (prevención, atención a damnificados), grid table with money in soles; not about trafficking')
    letter(R, ['GOBIERNO REGIONAL PIURA', 'Oficina Regional de Seguridad y Defensa Nacional'], 2023,
           'Piura, 21 de marzo de 2023', 'OFICIO N° 0644-2023/GRP-ORSDN',
           ['Señor', 'Director de la Dirección Desconcentrada del INDECI - Piura', 'Presente.-'],
           [('ASUNTO', ': Acciones de prevención y atención ante lluvias intensas'), ('REF.', ': Decreto Supremo que declara el Estado de Emergencia')], logo=(logo_png('grp', 'PIURA', 'shield', (0, 60, 140)), 1.8))
    body(R, ['Tengo el agrado de dirigirme a usted para informar sobre las acciones de prevención y atención humanitaria ejecutadas por este Gobierno Regional ante las lluvias intensas de marzo:'])
    rows = [['Kits de abrigo entregados', C('3,200', 3200, 'kit', y=2023), M('448,000.00', 448000.00, y=2023, r='e')],
            ['Familias damnificadas atendidas', C('1,150', 1150, 'familia', y=2023), M('215,600.00', 215600.00, y=2023, r='e')],
            ['Drenes limpiados', C('18', 18, 'dren', y=2023), M('380,250.00', 380250.00, y=2023, r='e')]]
    R.table([['Acción', 'Cantidad', 'Monto ejecutado (S/)']], rows, widths=(7, 3, 4))
    body(R, ['Se solicita la atención prioritaria de ' + C('12 distritos', 12, 'distrito', y=2023) + ' con mayor número de viviendas afectadas.', 'Atentamente,'])
    R.sign('Crl. EP (r) MANUEL SEMINARIO CASTRO', 'Jefe de la Oficina Regional de Seguridad y Defensa Nacional')
    R.save()


def h833():
    R = new('h833', 'missing', 'off_topic', [], None,
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'MEMORANDO N° 0377-2020-DGIESP/MINSA', [], '2020-02-19',
            'memorando on anaemia and vaccination campaign ("protección", "atención"); percents; not about trafficking')
    memo_head(R, 'MEMORANDO N° 0377-2020-DGIESP/MINSA',
              [('PARA', ': Directores de las DIRIS Lima Norte, Centro, Sur y Este'), ('DE', ': Director General de Intervenciones Estratégicas en Salud Pública'),
               ('ASUNTO', ': Campaña de protección contra la anemia y vacunación de niños menores de 5 años'), ('FECHA', ': 19 de febrero de 2020')],
              ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública'], year=2020, logo=(logo_png('minsa2', 'MINSA', 'square', (0, 110, 90)), 2.0))
    body(R, ['Me dirijo a ustedes para comunicar que, del 2 al 29 de marzo de 2020, se desarrollará la campaña "Protegidos y sin anemia", orientada a la atención integral de niñas y niños menores de cinco años.',
             'La meta es alcanzar una cobertura de vacunación del ' + P('95 %', 95.0, y=2020) + ' y reducir en ' + P('5 puntos porcentuales', 5.0, y=2020) + ' la prevalencia de anemia en los distritos priorizados. Para tal efecto se asignan ' + C('160 brigadas', 160, 'brigada', y=2020) + ' de salud.',
             'Se solicita designar un responsable de la atención y reportar el avance semanalmente.', 'Atentamente,'])
    R.sign('Dr. JOSÉ EDUARDO CERNA DÍAZ', 'Director General (e)')
    R.save()


def h834():
    R = new('h834', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'RESOLUCIÓN DE GERENCIA N° 112-2021-MPH/GSCGA', [], '2021-06-14',
            'resolución on noise control operation and environmental protection; one fine; not about trafficking')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Gerencia de Servicios a la Ciudad y Gestión Ambiental'], logo=(logo_png('mph', 'HYO', 'shield', (100, 50, 0)), 1.6))
    R.p('RESOLUCIÓN DE GERENCIA N° 112-2021-MPH/GSCGA', bold=True, align='c', size=12)
    R.p('Huancayo, 14 de junio de 2021', align='c', after=8)
    R.p('VISTO:', bold=True)
    R.p('El Acta de Operativo de Control de Ruidos Molestos de fecha 5 de junio de 2021 y el Informe Técnico de la Subgerencia de Gestión Ambiental; y,', align='j')
    R.p('CONSIDERANDO:', bold=True)
    body(R, ['Que, la protección del ambiente y la prevención de la contaminación sonora son competencia de las municipalidades provinciales conforme a la Ley Orgánica de Municipalidades;',
             'Que, durante el operativo se verificó que el establecimiento denominado "Discoteca Tropical" superaba el límite máximo permitido de ruido en horario nocturno;',
             'Que, corresponde imponer la multa prevista en el código 04-105 del Cuadro de Infracciones, equivalente a ' + P('50 % de la UIT', 50.0) + ', es decir ' + M('S/ 2,200.00', 2200.00, y=2021) + ';'])
    R.p('SE RESUELVE:', bold=True)
    R.p('ARTÍCULO PRIMERO.- IMPONER la multa señalada al titular del establecimiento y disponer la atención de la queja vecinal.', align='j')
    R.p('REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.', bold=True, before=6)
    R.sign('Ing. VÍCTOR HUGO ROJAS LAZO', 'Gerente de Servicios a la Ciudad y Gestión Ambiental')
    R.save()
