"""blind-v15 letters r031-r045 (out_of_period r031-r040, missing r041-r045). Written from scratch for this set; every
person, number, figure and event is invented; institution names are real."""
from lib import M, C, P, plain, para_border
from common import *


def r031():
    R = new('r031', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Policía Nacional del Perú - Región Policial Madre de Dios', 'REGPOL MDD', 'police'),
            'OFICIO N° 215-2019-III-MACREPOL PUNO-MDD/REGPOL MDD-SEC', ['Solicitud N° 0007-2019', 'Parte N° 031-2019-REGPOL MDD/DEPINCRI'],
            '2019-02-11',
            'police oficio with "Referencia :" (space); years 2016 and 2017 as columns for a 2018 request; counts by sex in one sentence',
            notes='Requested 2018; 2018 statistics are said to be still in consolidation and only 2016-2017 are given: out_of_period.')
    R.header(['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL MADRE DE DIOS', 'Secretaría'], logo=(logo_png('pnp', 'PNP', 'shield', (20, 80, 40)), 1.3))
    lema(R, 2019)
    R.p('Puerto Maldonado, 11 de febrero de 2019', align='r', after=6)
    R.p('OFICIO N° 215-2019-III-MACREPOL PUNO-MDD/REGPOL MDD-SEC', bold=True, after=8)
    to(R, ['Señora', 'NOELIA MARGOT CHURA QUISPE', 'Presente.-'])
    refline(R, [('Asunto :', 'Información estadística sobre trata de personas'),
                ('Referencia :', 'a) Solicitud N° 0007-2019\nb) Parte N° 031-2019-REGPOL MDD/DEPINCRI')])
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento a) de la referencia, por el cual solicita información '
             'sobre los operativos contra la trata de personas efectuados en el año 2018 en la región Madre de Dios.',
             'Al respecto, según el documento b), la estadística del año 2018 se encuentra en proceso de consolidación por el '
             'Departamento de Investigación Criminal, por lo que se remite la información consolidada de los años anteriores:'])
    ytab(R, 'Concepto', [2016, 2017], [
        ('Operativos realizados', ('c', 'operativo'), [38, 52]),
        ('Presuntas víctimas rescatadas', ('c', 'víctima'), [97, 143]),
        ('Personas detenidas', ('c', 'persona'), [24, 31]),
        ('Locales intervenidos', ('c', 'local'), [61, 88])], widths=(7.6, 3.0, 3.0))
    body(R, ['En el año 2017, las %s presuntas víctimas rescatadas fueron %s mujeres y %s varones; %s de ellas eran menores de edad.'
             % (C('143', 143, 'víctima', y=2017), C('129', 129, 'mujer', y=2017), C('14', 14, 'varón', y=2017), C('58', 58, 'víctima', y=2017)),
             'Es todo cuanto informo a usted.'])
    R.sign('CORONEL PNP RAFAEL ÁNGEL SUCLUPE DÍAZ', 'Jefe de la Región Policial Madre de Dios', 'OA - 307219', before=20)
    R.save()


def r032():
    R = new('r032', 'out_of_period', None, ['governance'], ('2021-01-01', '2021-12-31'),
            S('Universidad Nacional Mayor de San Marcos', 'UNMSM', 'other'),
            'OFICIO N° 000318-2022-VRIP/UNMSM', ['Expediente N° UNMSM-20220015472', 'Informe N° 000044-2022-DGIP-VRIP/UNMSM'], '2022-04-06',
            'university oficio; a 2021 request answered with research projects funded in 2017-2018; amounts in a table with "S/" '
            'in its own column; "S/ 0.42 millones" in prose',
            notes='Requested 2021; only 2017-2018 projects: out_of_period. "S/" in a separate column: unit_source cell.')
    top(R, ['UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS', 'Universidad del Perú, DECANA DE AMÉRICA',
            'Vicerrectorado de Investigación y Posgrado'], 2022, 'Lima, 6 de abril de 2022', 'OFICIO N° 000318-2022-VRIP/UNMSM')
    to(R, ['Señora', 'MARÍA FERNANDA QUIROZ SALDAÑA', 'Presente.-'])
    asunto(R, [('Asunto:', 'Proyectos de investigación sobre trata de personas'),
               ('Referencia:', 'a) Expediente N° UNMSM-20220015472\nb) Informe N° 000044-2022-DGIP-VRIP/UNMSM')])
    body(R, ['Me dirijo a usted en atención al documento a), mediante el cual solicita información sobre los proyectos de '
             'investigación en materia de trata de personas financiados por la Universidad en el año 2021.',
             'Según el informe b) de la Dirección General de Investigación y Posgrado, la convocatoria 2021 de proyectos con '
             'financiamiento se encuentra aún en etapa de evaluación de informes finales, por lo que no se dispone de su '
             'información. Los proyectos sobre la materia financiados en las convocatorias previas fueron los siguientes:'])
    data = [('B17031241', 'Trata de personas y minería aurífera en Madre de Dios', '2017', 98500.00),
            ('B17150082', 'Representaciones sociales de la explotación sexual en adolescentes de Lima', '2017', 64200.00),
            ('B18030510', 'Rutas de captación en la frontera Tacna-Arica', '2018', 121000.00),
            ('B18170233', 'Respuesta del sistema de justicia penal frente a la trata (2010-2017)', '2018', 136300.00)]
    rows = [[cd, tit, yy, 'S/', Mf(m, y=int(yy), u='cell')] for cd, tit, yy, m in data]
    R.table([['Código', 'Proyecto', 'Año', 'Moneda', 'Monto financiado']], rows, widths=(2.2, 7.4, 1.3, 1.6, 3.0), row_label_col=1, size=8.5)
    body(R, ['En total, el financiamiento de estos proyectos ascendió a %s.' % M('S/ 0.42 millones', 420000),
             'Atentamente,'])
    dsig(R, 'DR. LUIS ALBERTO CHÁVEZ HUAMÁN', 'Vicerrector de Investigación y Posgrado', 'UNMSM',
         when='06.04.2022 10:30:12 -05:00', fau='20148092282')
    R.save()


def r033():
    R = new('r033', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Gobierno Regional Piura', 'GRP', 'regional_government'),
            'INFORME TÉCNICO N° 012-2023-GRP-DREP-DGP', ['Expediente N° 03142-2023', 'Proveído N° 0211-2023-GRP-DREP'], '2023-02-20',
            'informe técnico of a regional education directorate with numbered sections 1.-5. and sub-points; a 2020 request '
            'answered with the 2023 plan of activities only; amounts with "S/" and dot thousands inside the cells',
            notes='Requested 2020; only 2023 planned activities and programmed budget: out_of_period.')
    R.header(['GOBIERNO REGIONAL PIURA', 'DIRECCIÓN REGIONAL DE EDUCACIÓN PIURA', 'Dirección de Gestión Pedagógica'])
    lema(R, 2023)
    R.p('INFORME TÉCNICO N° 012-2023-GRP-DREP-DGP', bold=True, align='c', size=12, after=6)
    kv(R, [('A', ': Director Regional de Educación Piura'), ('DE', ': Directora de Gestión Pedagógica'),
           ('ASUNTO', ': Atención del Expediente N° 03142-2023 - acciones de prevención de la trata de personas'),
           ('REF.', ': Proveído N° 0211-2023-GRP-DREP'), ('FECHA', ': Piura, 20 de febrero de 2023')], tab=2.2, w2=13.8)
    R.p('_' * 78, after=6, size=8)
    R.p('1. OBJETO', bold=True, after=2)
    body(R, ['Atender el pedido de información sobre las acciones de prevención de la trata de personas desarrolladas en el '
             'año 2020 en las instituciones educativas de la región.'])
    R.p('2. BASE LEGAL', bold=True, after=2)
    body(R, ['2.1. Texto Único Ordenado de la Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública.\n'
             '2.2. Ley N° 28950, Ley contra la Trata de Personas y el Tráfico Ilícito de Migrantes.'])
    R.p('3. ANÁLISIS', bold=True, after=2)
    body(R, ['3.1. Revisado el acervo de la Dirección, no se ubicaron los reportes del año 2020, periodo en que las labores se '
             'desarrollaron de manera remota.',
             '3.2. Para el año 2023 se ha programado el siguiente plan de actividades de prevención:'])
    acts = [('Talleres de prevención para tutores', 40, 'taller', 12500.00), ('Jornadas con padres de familia', 64, 'jornada', 8960.00),
            ('Concurso regional de afiches', 1, 'concurso', 4300.00), ('Visitas de monitoreo a II.EE.', 120, 'visita', 15840.00)]
    rows = [[lab, Cn(n, w, y=2023), w.capitalize(), Mn(m, 'eu', y=2023, r='a', u='cell')] for lab, n, w, m in acts]
    rows.append(['Total', '', '', Mn(sum(a[3] for a in acts), 'eu', y=2023, r='a', u='cell')])
    R.table([['Actividad', 'Meta física', 'Unidad de medida', 'Presupuesto programado 2023']], rows, widths=(6.2, 2.2, 3.2, 4.2), bold_rows=(4,))
    R.p('4. CONCLUSIONES', bold=True, after=2)
    body(R, ['4.1. No se cuenta con información del año 2020; se remite la programación del año 2023.'])
    R.p('5. RECOMENDACIÓN', bold=True, after=2)
    body(R, ['Remitir el presente informe al solicitante a través del funcionario responsable de acceso a la información.'])
    R.sign('MG. JUANA ROSA ESPINOZA ZAPATA', 'Directora de Gestión Pedagógica', before=14)
    R.save()


def r034():
    R = new('r034', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Trujillo', 'MPT', 'provincial_municipality'),
            'CARTA N° 041-2020-MPT-GDS', ['Expediente N° 8821-2020', 'Ordenanza Municipal N° 014-2016-MPT'], '2020-01-28',
            'carta with a "Sumilla:" line under the number; 2016-2017 activities for a 2019 request; amounts written "PEN 38 400"',
            notes='Requested 2019; only 2016 and 2017 are reported: out_of_period.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE TRUJILLO', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpt', 'MPT', 'circle', (30, 60, 120)), 1.4))
    lema(R, 2020)
    R.p('Trujillo, 28 de enero de 2020', align='r', after=6)
    R.p('CARTA N° 041-2020-MPT-GDS', bold=True, after=2)
    R.p('Sumilla: Se informa sobre acciones contra la trata de personas (Exp. N° 8821-2020)', italic=True, after=8)
    to(R, ['Señor', 'GUSTAVO ADOLFO REYES CÓRDOVA', 'Presente.-'])
    body(R, ['Es grato dirigirme a usted en atención a su solicitud registrada con Expediente N° 8821-2020, referida a las acciones '
             'de la Municipalidad Provincial de Trujillo contra la trata de personas en el año 2019.',
             'Al respecto, la Gerencia de Desarrollo Social informa que la documentación de dicho año fue remitida al Archivo '
             'Central y se encuentra en proceso de organización. La información que obra en esta Gerencia corresponde a los '
             'años 2016 y 2017, en los que, en el marco de la Ordenanza Municipal N° 014-2016-MPT, se desarrollaron las siguientes '
             'acciones:',
             '1) En el año 2016 la Mesa Provincial contra la Trata de Personas sesionó %s veces y se realizaron %s campañas en '
             'los distritos de El Porvenir, La Esperanza y Florencia de Mora, con un gasto de %s.'
             % (C('4', 4, 'sesión', y=2016), C('6', 6, 'campaña', y=2016), M('PEN 38 400', 38400, y=2016, r='e')),
             '2) En el año 2017 la Mesa sesionó %s veces, se realizaron %s campañas y se capacitó a %s docentes, con un gasto de %s.'
             % (C('7', 7, 'sesión', y=2017), C('10', 10, 'campaña', y=2017), C('235', 235, 'docente', y=2017), M('PEN 41 950', 41950, y=2017, r='e')),
             'Atentamente,'])
    R.sign('LIC. CARMEN VICTORIA ALVA PLASENCIA', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Trujillo', before=22)
    R.save()


def r035():
    R = new('r035', 'out_of_period', None, ['prevention'], ('2021-01-01', '2021-06-30'),
            S('Ministerio de Desarrollo e Inclusión Social', 'MIDIS', 'ministry'),
            'OFICIO N° D000087-2022-MIDIS-PNADP-DE', ['Solicitud N° 2022-000412', 'Informe N° D000019-2022-MIDIS-PNADP-UCTT'], '2022-01-20',
            'oficio; a request for January-June 2021 answered with July-December 2021 only, one row per month',
            notes='Requested January-June 2021; the records of these sessions begin in July 2021 and only July-December 2021 is reported: out_of_period.')
    top(R, ['MINISTERIO DE DESARROLLO E INCLUSIÓN SOCIAL', 'Programa Nacional de Apoyo Directo a los Más Pobres - JUNTOS',
            'Dirección Ejecutiva'], 2022, 'Lima, 20 de enero de 2022', 'OFICIO N° D000087-2022-MIDIS-PNADP-DE')
    to(R, ['Señora', 'ROCÍO DEL PILAR HUAMÁN ÁLVAREZ', 'Presente.-'])
    asunto(R, [('Asunto:', 'Sesiones de prevención de la trata de personas con usuarias del Programa JUNTOS'),
               ('Referencia:', 'a) Solicitud N° 2022-000412\nb) Informe N° D000019-2022-MIDIS-PNADP-UCTT')])
    body(R, ['Tengo el agrado de dirigirme a usted, en atención a la solicitud a) de la referencia, sobre las sesiones de prevención '
             'de la trata de personas con usuarias del Programa durante el primer semestre de 2021.',
             'Conforme al informe b), el registro de estas sesiones en el aplicativo de acompañamiento familiar se implementó a '
             'partir de julio de 2021; no se dispone de registros del primer semestre. Los datos registrados son los siguientes:'])
    data = [('Julio 2021', 14, 402, 9), ('Agosto 2021', 22, 655, 13), ('Setiembre 2021', 31, 917, 17), ('Octubre 2021', 27, 788, 16),
            ('Noviembre 2021', 35, 1046, 21), ('Diciembre 2021', 18, 503, 11)]
    rows = [[lab, Cn(a, 'sesión', y=2021), Cn(b, 'usuaria', y=2021), Cn(c, 'distrito', y=2021)] for lab, a, b, c in data]
    rows.append(['Total jul.-dic. 2021', Cn(sum(d[1] for d in data), 'sesión', y=2021), Cn(sum(d[2] for d in data), 'usuaria', y=2021), '-'])
    R.table([['Mes', 'Sesiones', 'Usuarias participantes', 'Distritos']], rows, widths=(4.6, 2.8, 4.0, 2.8), bold_rows=(6,),
            note='El total de distritos no se suma porque un distrito puede repetirse en varios meses.')
    body(R, ['Atentamente,'])
    dsig(R, 'JORGE LUIS ESPINOZA CANALES', 'Director Ejecutivo', 'Programa JUNTOS', when='20.01.2022 18:02:44 -05:00', fau='20504003021')
    R.save()


def r036():
    R = new('r036', 'out_of_period', None, ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional Huánuco', 'GRH', 'regional_government'),
            'OFICIO N° 0251-2021-GRH/GRPPAT', ['Expediente N° 00719-2021'], '2021-03-03',
            'oficio; budget table with "Genérica de gasto" rows and PIM/devengado columns for 2019 and 2020 under merged year '
            'headers; unit stated only in the note under the table; for a 2018 request',
            notes='Requested 2018; 2018 data were not migrated and only 2019-2020 execution is given: out_of_period. Unit only in '
                  'the note under the table: unit_source caption.')
    top(R, ['GOBIERNO REGIONAL HUÁNUCO', 'Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial'], 2021,
        'Huánuco, 03 de marzo de 2021', 'OFICIO N° 0251-2021-GRH/GRPPAT')
    to(R, ['Señor', 'WILFREDO PONCE ESPINOZA', 'Presente.-'])
    asunto(R, [('ASUNTO:', 'Información presupuestal - prevención de la trata de personas'), ('REF.:', 'Expediente N° 00719-2021')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita la ejecución presupuestal '
             'de la actividad de prevención de la trata de personas del año 2018.',
             'Sobre el particular, la información del ejercicio 2018 no fue migrada al nuevo módulo de consulta de esta Gerencia. '
             'Se le alcanza la ejecución de los ejercicios 2019 y 2020, en los que la actividad se mantuvo vigente:'])
    data = [('2.1 Personal y obligaciones sociales', 54000.00, 53820.00, 56400.00, 55910.00),
            ('2.3 Bienes y servicios', 87300.00, 80164.35, 64120.00, 41286.90),
            ('2.6 Adquisición de activos no financieros', 12000.00, 11880.00, 0.00, 0.00)]
    rows = []
    T = [0.0] * 4
    for lab, a, b, c, d in data:
        for i, v in enumerate((a, b, c, d)):
            T[i] += v
        rows.append([lab, Mf(a, y=2019, r='a'), Mf(b, y=2019, r='e'), Mf(c, y=2020, r='a'), Mf(d, y=2020, r='e')])
    rows.append(['Total', Mf(T[0], y=2019, r='a'), Mf(T[1], y=2019, r='e'), Mf(T[2], y=2020, r='a'), Mf(T[3], y=2020, r='e')])
    R.table([['Genérica de gasto', '2019', '', '2020', ''], ['', 'PIM', 'Devengado', 'PIM', 'Devengado']], rows,
            merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], widths=(5.8, 2.5, 2.5, 2.5, 2.5), unit='caption', bold_rows=(3,),
            colnames=[None, '2019 PIM', '2019 Devengado', '2020 PIM', '2020 Devengado'],
            note='Expresado en soles. Fuente: SIAF-SP.')
    body(R, ['Atentamente,'])
    R.sign('ECON. MARCO ANTONIO ROJAS TRUJILLO', 'Gerente Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial', before=22)
    R.save()


def r037():
    R = new('r037', 'out_of_period', None, ['governance'], ('2021-01-01', '2021-12-31'),
            S('Agencia Peruana de Cooperación Internacional', 'APCI', 'other'),
            'LETTER N° 0123-2022-APCI/DOC', ['request N° 2022-00188'], '2022-05-10',
            'English letter of a Peruvian agency to a foreign researcher; table by cooperation source with 2018 and 2019 USD '
            'amounts and project counts; "Letter N°" own number',
            lang='en',
            notes='Requested 2021; 2021 annual declarations are still being validated, only 2018-2019 are given: out_of_period. '
                  'Cooperation funds for projects aligned with the national plan: governance.')
    R.header(['AGENCIA PERUANA DE COOPERACIÓN INTERNACIONAL', 'Peruvian Agency for International Cooperation',
              'Directorate of Operations and Training'])
    R.p('Miraflores, May 10, 2022', align='r', after=6)
    R.p('LETTER N° 0123-2022-APCI/DOC', bold=True, after=8)
    to(R, ['Ms. Hannah Weber', 'Doctoral researcher', 'Berlin, Germany'])
    R.p('Subject: Your request N° 2022-00188 - cooperation against trafficking in persons', bold=True, after=6)
    body(R, ['Dear Ms. Weber,',
             'In reply to your request concerning international cooperation projects against trafficking in persons executed in '
             'Peru in 2021, we inform you that the annual declarations of 2021 are still being validated. The validated data of '
             'the two previous years, for projects aligned with the national plan against trafficking, are as follows:'])
    data = [('Bilateral cooperation', 6, 1245300.00, 8, 1587420.00), ('Multilateral cooperation', 4, 2310000.00, 5, 2864150.00),
            ('Private (NGDO) cooperation', 11, 684925.50, 9, 571300.00)]
    rows = []
    T = [0, 0.0, 0, 0.0]
    for lab, a, b, c, d in data:
        T[0] += a; T[1] += b; T[2] += c; T[3] += d
        rows.append([lab, Cn(a, 'project', y=2018), Mf(b, y=2018, r='e', cur='USD'), Cn(c, 'project', y=2019), Mf(d, y=2019, r='e', cur='USD')])
    rows.append(['Total', Cn(T[0], 'project', y=2018), Mf(T[1], y=2018, r='e', cur='USD'), Cn(T[2], 'project', y=2019), Mf(T[3], y=2019, r='e', cur='USD')])
    R.table([['Source', '2018', '', '2019', ''], ['', 'Projects', 'Executed (USD)', 'Projects', 'Executed (USD)']], rows,
            merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], widths=(4.8, 1.9, 3.0, 1.9, 3.0), bold_rows=(3,),
            colnames=[None, '2018 Projects', '2018 Executed (USD)', '2019 Projects', '2019 Executed (USD)'])
    body(R, ['Best regards,'])
    R.sign('Carlos Eduardo Salas Vidal', 'Director of Operations and Training', 'APCI', align='l', before=18)
    R.save()


def r038():
    R = new('r038', 'out_of_period', None, ['prosecution', 'prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Ananea', 'MDA', 'district_municipality'),
            'OFICIO N° 026-2023-MDA/A', ['Expediente N° 0118-2023'], '2023-02-08',
            'oficio with "Atención:" and "Asunto:"; list "1ro.- ... 4to.-"; 2022 operations in a mining town for a 2020 request',
            notes='Requested 2020; the previous administration left no 2020 records and only 2022 is reported: out_of_period.')
    R.header(['MUNICIPALIDAD DISTRITAL DE ANANEA', 'Provincia de San Antonio de Putina - Región Puno', 'Alcaldía'])
    lema(R, 2023)
    R.p('Ananea, 08 de febrero de 2023', align='r', after=6)
    R.p('OFICIO N° 026-2023-MDA/A', bold=True, after=8)
    to(R, ['Señor', 'VÍCTOR HUGO CUTIPA LAURA', 'Presente.-'])
    refline(R, [('Atención:', 'Unidad de Fiscalización y Control Municipal'),
                ('Asunto:', 'Respuesta al Expediente N° 0118-2023 sobre acciones contra la trata de personas en 2020')], tab=2.4, w2=13.6)
    body(R, ['Tengo el agrado de dirigirme a usted para comunicarle que la gestión anterior no dejó acervo documentario del año '
             '2020 sobre la materia de su solicitud. No obstante, se informa lo actuado en el año 2022 en el centro poblado de '
             'La Rinconada y en el anexo de Cerro Lunar:'])
    items = ['Se participó en %s operativos interinstitucionales con la Policía Nacional y la Fiscalía en bares y cantinas.' % C('9', 9, 'operativo', y=2022),
             'Se clausuró %s locales nocturnos que funcionaban sin licencia municipal.' % C('14', 14, 'local', y=2022),
             'Se rescató a %s presuntas víctimas, quienes fueron derivadas a la Unidad de Protección Especial y al CEM.' % C('22', 22, 'víctima', y=2022),
             'Se difundieron mensajes preventivos en %s programas radiales locales.' % C('30', 30, 'programa', y=2022)]
    suf = ['ro', 'do', 'ro', 'to']
    for i, t in enumerate(items, 1):
        R.p('%d%s.- %s' % (i, suf[i - 1], t), align='j', indent=0.5, after=3)
    body(R, ['Atentamente,'])
    R.sign('PROF. ELISEO QUISPE MAMANI', 'Alcalde', 'Municipalidad Distrital de Ananea', before=22)
    R.save()


def r039():
    R = new('r039', 'out_of_period', None, ['protection'], ('2017-01-01', '2017-12-31'),
            S('Ministerio de Salud', 'MINSA', 'ministry'),
            'OFICIO N° 0342-2018-DGIESP/MINSA', ['Expediente N° 18-004122-001', 'Nota Informativa N° 0051-2018-DSAME-DGIESP/MINSA'], '2018-02-02',
            'oficio; table of care for victims with the total in the first row, 2015 and 2016 columns and a percent-of-total '
            'column for 2016, for a 2017 request',
            notes='Requested 2017; 2017 data not yet validated, only 2015-2016: out_of_period.')
    top(R, ['MINISTERIO DE SALUD', 'Dirección General de Intervenciones Estratégicas en Salud Pública',
            'Dirección de Salud Mental'], 2018, 'Lima, 02 de febrero de 2018', 'OFICIO N° 0342-2018-DGIESP/MINSA')
    to(R, ['Señor', 'ANDRÉS FELIPE GAMARRA SOTO', 'Presente.-'])
    asunto(R, [('Asunto:', 'Atenciones de salud a víctimas de trata de personas'),
               ('Referencia:', 'Expediente N° 18-004122-001\nNota Informativa N° 0051-2018-DSAME-DGIESP/MINSA')])
    body(R, ['Me dirijo a usted en atención a su solicitud de información sobre las atenciones brindadas en los establecimientos '
             'del Ministerio de Salud a víctimas de trata de personas en el año 2017. La Dirección de Salud Mental informa que '
             'los registros del año 2017 del sistema HIS aún no han sido validados por la Oficina General de Tecnologías de la '
             'Información, por lo que remite la información de los años 2015 y 2016:'])
    data = [('Salud mental', 214, 287), ('Medicina general', 156, 190), ('Ginecología y obstetricia', 88, 103), ('Otras especialidades', 41, 58)]
    t15 = sum(d[1] for d in data); t16 = sum(d[2] for d in data)
    rows = [['TOTAL', Cn(t15, 'atención', y=2015), Cn(t16, 'atención', y=2016), Pf(100.0, y=2016, u='column')]]
    for lab, a, b in data:
        rows.append([lab, Cn(a, 'atención', y=2015), Cn(b, 'atención', y=2016), Pf(round(b / t16 * 100, 1), y=2016, u='column')])
    R.table([['Tipo de atención', '2015', '2016', '% 2016']], rows, widths=(6.4, 2.6, 2.6, 2.6), bold_rows=(0,))
    body(R, ['Atentamente,'])
    R.sign('MC. PATRICIA INÉS VELÁSQUEZ RUIZ', 'Directora de Salud Mental', before=22)
    R.save()


def r040():
    R = new('r040', 'out_of_period', None, ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Corte Superior de Justicia de Loreto', 'CSJLO', 'autonomous'),
            'OFICIO N° 000061-2024-GAD-CSJLO-PJ', ['Solicitud N° 000014-2024'], '2024-01-31',
            'oficio; table of judgments by court with 2021 and 2022 columns and the total in the first row, for a 2023 request',
            notes='Requested 2023; the 2023 statistical report closes later and only 2021-2022 are given: out_of_period.')
    R.header(['PODER JUDICIAL DEL PERÚ', 'CORTE SUPERIOR DE JUSTICIA DE LORETO', 'Gerencia de Administración Distrital'],
             logo=(logo_png('pj', 'PJ', 'circle', (120, 20, 20)), 1.3))
    lema(R, 2024)
    R.p('Iquitos, 31 de enero de 2024', align='r', after=6)
    R.p('OFICIO N° 000061-2024-GAD-CSJLO-PJ', bold=True, after=8)
    to(R, ['Señor', 'MANUEL ALEJANDRO GRÁNDEZ PINEDO', 'Presente.-'])
    asunto(R, [('Asunto:', 'Sentencias por trata de personas'), ('Referencia:', 'Solicitud N° 000014-2024')])
    body(R, ['Me dirijo a usted en atención a la solicitud de la referencia. Al respecto, el informe estadístico anual 2023 de los '
             'órganos jurisdiccionales se cierra en el mes de marzo de 2024, por lo que a la fecha no es posible remitir la '
             'información de dicho año. Se remite la información de los años 2021 y 2022:'])
    data = [('Juzgado Penal Colegiado Supraprovincial de Maynas', 11, 14), ('1° Juzgado Penal Unipersonal de Maynas', 6, 5),
            ('Juzgado Penal Unipersonal de Alto Amazonas', 3, 4), ('Juzgado Penal Unipersonal de Requena', 1, 2),
            ('Juzgado Penal Unipersonal de Mariscal Ramón Castilla', 2, 3)]
    rows = [['Total', Cn(sum(d[1] for d in data), 'sentencia', y=2021), Cn(sum(d[2] for d in data), 'sentencia', y=2022)]]
    rows += [[lab, Cn(a, 'sentencia', y=2021), Cn(b, 'sentencia', y=2022)] for lab, a, b in data]
    R.table([['Órgano jurisdiccional', 'Sentencias 2021', 'Sentencias 2022']], rows, widths=(9.0, 3.0, 3.0), bold_rows=(0,))
    body(R, ['Atentamente,'])
    R.sign('ABOG. LUZ MARINA DEL CASTILLO VELA', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Loreto', before=22)
    R.save()


def r041():
    R = new('r041', 'missing', 'no_information', ['prevention', 'governance'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Provincial de Huancayo', 'MPH', 'provincial_municipality'),
            'CARTA N° 112-2019-MPH/SG', ['Expediente N° 20190003341', 'Memorando N° 214-2019-MPH/GDS'], '2019-02-27',
            'carta; after a search in the social development office and the central archive, no information is found; the '
            'entity is not obliged to create it (art. 13); no figures',
            notes='Nothing found after a search: no_information.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE HUANCAYO', 'Secretaría General'])
    lema(R, 2019)
    R.p('Huancayo, 27 de febrero de 2019', align='r', after=6)
    R.p('CARTA N° 112-2019-MPH/SG', bold=True, after=8)
    to(R, ['Señorita', 'YESSICA PAOLA RAMOS CANCHAYA', 'Presente.-'])
    asunto(R, [('ASUNTO:', 'Respuesta a solicitud de acceso a la información pública'), ('REFERENCIA:', 'Expediente N° 20190003341')])
    body(R, ['Me dirijo a usted en atención a su solicitud de la referencia, mediante la cual requiere información sobre las '
             'campañas de prevención de la trata de personas y el funcionamiento de la red provincial contra la trata durante '
             'el año 2018.',
             'Al respecto, mediante Memorando N° 214-2019-MPH/GDS, la Gerencia de Desarrollo Social comunica que, efectuada la '
             'búsqueda en su acervo documentario y en el Archivo Central de la entidad, no se ha ubicado documentación referida a '
             'lo solicitado.',
             'En tal sentido, y conforme al artículo 13 del Texto Único Ordenado de la Ley N° 27806, la entidad no está obligada a '
             'crear o producir información con la que no cuente o no tenga obligación de contar al momento de efectuarse el pedido.',
             'Atentamente,'])
    R.sign('ABOG. CÉSAR AUGUSTO TAIPE ROJAS', 'Secretario General', 'Municipalidad Provincial de Huancayo', before=22)
    R.save()


def r042():
    R = new('r042', 'missing', 'no_information', ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('International Labour Organization', 'ILO', 'foreign'),
            None, [], '2020-06-16',
            'short English letter without an own number: after a search the office has not found the requested statistics; '
            'no figures',
            lang='en',
            notes='Nothing found after a search: no_information (no referral).')
    R.header(['International Labour Organization', 'ILO Office for the Andean Countries'], align='l', rule=True)
    R.p('Lima, 16 June 2020', after=8)
    to(R, ['Mr. Tomás Aguirre Benavides'])
    R.p('Subject: Statistics on victims of forced labour identified in Peru in 2019', bold=True, after=8)
    body(R, ['Dear Mr. Aguirre,',
             'Thank you for your enquiry about the number of victims of forced labour and trafficking for labour exploitation '
             'identified by the Peruvian labour inspection system between January and December 2019.',
             'We regret to inform you that, after a search of our project files and publications, the ILO Office has not found '
             'these statistics for 2019: our office has neither compiled nor published them.',
             'Kind regards,'])
    R.sign('Programme Unit', 'ILO Office for the Andean Countries', align='l', firma=False, before=12)
    R.save()


def r043():
    R = new('r043', 'missing', 'not_competent_referred', ['prevention', 'governance'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Cerro Colorado', 'MDCC', 'district_municipality'),
            'CARTA N° 087-2021-MDCC/OSG', ['Expediente N° 2021-0011209', 'Oficio N° 104-2021-MDCC/OSG'], '2021-03-10',
            'carta; the district municipality says the regional plan and network are the regional government\'s and that it '
            'forwarded the request by oficio; no figures',
            notes='Not competent; the request was forwarded to the Gobierno Regional de Arequipa: not_competent_referred.')
    R.header(['MUNICIPALIDAD DISTRITAL DE CERRO COLORADO', 'Oficina de Secretaría General'])
    lema(R, 2021)
    R.p('Cerro Colorado, 10 de marzo de 2021', align='r', after=6)
    R.p('CARTA N° 087-2021-MDCC/OSG', bold=True, after=8)
    to(R, ['Señor', 'ERICK MAURICIO VELARDE DÍAZ', 'Presente.-'])
    asunto(R, [('Asunto:', 'Encauzamiento de solicitud de acceso a la información'), ('Referencia:', 'Expediente N° 2021-0011209')])
    body(R, ['Me dirijo a usted en atención a su solicitud de información sobre la ejecución del Plan Regional contra la Trata de '
             'Personas de Arequipa y las sesiones de la Red Regional durante el año 2020.',
             'Al respecto, se le informa que dicho plan y la red regional son conducidos por el Gobierno Regional de Arequipa, por '
             'lo que esta Municipalidad no posee la información solicitada. En aplicación del literal b) del artículo 11 del TUO de '
             'la Ley N° 27806, su solicitud ha sido encauzada al Gobierno Regional de Arequipa mediante Oficio N° 104-2021-MDCC/OSG, '
             'lo cual se pone en su conocimiento.',
             'Atentamente,'])
    R.sign('ABOG. SILVIA ROXANA APAZA CUTIPA', 'Secretaria General', 'Municipalidad Distrital de Cerro Colorado', before=22)
    R.save()


def r044():
    R = new('r044', 'missing', 'not_competent_referred', ['governance'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'OFICIO N° 0218-2020-EF/45.01', ['HR N° 013874-2020', 'Oficio N° 0217-2020-EF/45.01'], '2020-02-18',
            'oficio with a digital signature box; the ministry forwards the request on the execution of the national plan to the '
            'Ministry of the Interior (forwarding oficio cited); a hint to the public budget query tool; no figures',
            notes='Not competent for the plan\'s execution; forwarded to the Ministerio del Interior: not_competent_referred.')
    top(R, ['MINISTERIO DE ECONOMÍA Y FINANZAS', 'Oficina General de Atención al Ciudadano'], 2020, 'Lima, 18 de febrero de 2020',
        'OFICIO N° 0218-2020-EF/45.01', logo=(logo_png('mef', 'MEF', 'square', (150, 20, 20)), 1.3))
    to(R, ['Señora', 'PAULA ANDREA NÚÑEZ BERROSPI', 'Presente.-'])
    asunto(R, [('Asunto:', 'Solicitud de información sobre el Plan Nacional contra la Trata de Personas'), ('Referencia:', 'HR N° 013874-2020')])
    body(R, ['Me dirijo a usted con relación al documento de la referencia, mediante el cual solicita el presupuesto asignado y '
             'ejecutado en el año 2019 para el Plan Nacional contra la Trata de Personas 2017-2021, desagregado por entidad.',
             'Sobre el particular, el seguimiento de la implementación del referido plan y de su financiamiento corresponde al '
             'Ministerio del Interior, en su calidad de Secretaría Técnica de la Comisión Multisectorial de Naturaleza Permanente '
             'contra la Trata de Personas y el Tráfico Ilícito de Migrantes. Por ello, su solicitud ha sido remitida a dicha '
             'entidad mediante Oficio N° 0217-2020-EF/45.01, de la misma fecha.',
             'Sin perjuicio de ello, la ejecución presupuestal de las entidades públicas puede consultarse en el aplicativo '
             'Consulta Amigable del portal institucional del MEF.',
             'Atentamente,'])
    dsig(R, 'RAÚL ERNESTO PALACIOS VEGA', 'Jefe de la Oficina General de Atención al Ciudadano', 'MEF',
         when='18.02.2020 14:22:09 -05:00', fau='20131370645')
    R.save()


def r045():
    R = new('r045', 'missing', 'not_competent', ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Superintendencia Nacional de Servicios de Saneamiento', 'SUNASS', 'other'),
            'OFICIO N° 0097-2022-SUNASS-OAC', ['Solicitud N° 2022-000233'], '2022-01-26',
            'oficio; the water-services regulator states it has no functions on trafficking in persons, with no referral; no figures',
            notes='Not competent, no referral: not_competent.')
    top(R, ['SUPERINTENDENCIA NACIONAL DE SERVICIOS DE SANEAMIENTO', 'Oficina de Atención al Ciudadano'], 2022,
        'Lima, 26 de enero de 2022', 'OFICIO N° 0097-2022-SUNASS-OAC')
    to(R, ['Señor', 'RENATO IVÁN CARDOSO PAZ', 'Presente.-'])
    asunto(R, [('Asunto:', 'Respuesta a la Solicitud N° 2022-000233')])
    body(R, ['Me dirijo a usted en atención a su solicitud, mediante la cual requiere información sobre las acciones de '
             'prevención de la trata de personas realizadas por la SUNASS en el año 2021.',
             'Al respecto, le informamos que, conforme a su Ley de creación y a su Reglamento de Organización y Funciones, la SUNASS '
             'es el organismo regulador de los servicios de saneamiento y no tiene asignadas funciones vinculadas a la prevención o '
             'persecución de la trata de personas, ni forma parte de la comisión multisectorial en la materia. Por ello, no '
             'genera ni posee la información requerida.',
             'Atentamente,'])
    R.sign('LIC. MÓNICA PATRICIA ARANA ROJAS', 'Jefa de la Oficina de Atención al Ciudadano', 'SUNASS', before=22)
    R.save()
