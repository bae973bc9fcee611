"""blind-v4 replies d454-d460 (off-topic documents)."""
from lib import M, C, P, logo_png
from common import new, S, slogan, refblock, footnotes


def d454():
    R = new('d454', 'missing', 'off_topic', [], None,
            S('Municipalidad Distrital de Surquillo', 'MDS', 'district_municipality'),
            'RESOLUCIÓN DE GERENCIA MUNICIPAL N° 147-2019-GM-MDS', ['Informe N° 0388-2019-SGLCP-GAF/MDS', 'Informe Legal N° 211-2019-GAJ/MDS'], '2019-07-19',
            'resolución approving a procurement (vehicle maintenance): VISTOS / CONSIDERANDO / SE RESUELVE',
            notes='Procurement resolution, nothing about trafficking. "valor referencial" counted as allocated; the awarded amount has no role.')
    R.p('MUNICIPALIDAD DISTRITAL DE SURQUILLO', bold=True, align='c', size=12, after=4)
    R.p('RESOLUCIÓN DE GERENCIA MUNICIPAL N° 147-2019-GM-MDS', bold=True, align='c', under=True, after=4)
    R.p('Surquillo, 19 de julio de 2019', align='c', after=8)
    R.p('EL GERENTE MUNICIPAL DE LA MUNICIPALIDAD DISTRITAL DE SURQUILLO', bold=True)
    R.p('VISTOS:', bold=True)
    R.p('El Informe N° 0388-2019-SGLCP-GAF/MDS de la Subgerencia de Logística y Control Patrimonial y el Informe Legal N° 211-2019-GAJ/MDS '
        'de la Gerencia de Asesoría Jurídica, sobre la aprobación del expediente de contratación del servicio de mantenimiento preventivo '
        'y correctivo de la flota vehicular municipal; y,', align='j')
    R.p('CONSIDERANDO:', bold=True)
    R.p('Que, el artículo 194 de la Constitución Política del Perú establece que las municipalidades son órganos de gobierno local con '
        'autonomía política, económica y administrativa en los asuntos de su competencia;', align='j')
    R.p(f'Que, la Subgerencia de Logística y Control Patrimonial sustenta la necesidad de contratar el servicio para '
        f'{C("doce (12)", 12, "vehículo")} vehículos de serenazgo y limpieza pública, con un valor referencial de '
        f'{M("S/ 96 500,00", 96500, r="a")}, incluidos los impuestos de ley;', align='j')
    R.p('Que, la Gerencia de Planeamiento y Presupuesto ha emitido la certificación de crédito presupuestario correspondiente;', align='j')
    R.p('Que, el comité de selección otorgó la buena pro al postor AUTOSERVICIOS SAN MARTÍN S.A.C. por el monto de '
        f'{M("S/ 91 280,00", 91280)};', align='j')
    R.p('Estando a lo expuesto y en uso de las facultades delegadas mediante Resolución de Alcaldía N° 045-2019-MDS;', align='j')
    R.p('SE RESUELVE:', bold=True)
    R.p('ARTÍCULO PRIMERO.- APROBAR el expediente de contratación del servicio de mantenimiento preventivo y correctivo de la flota '
        'vehicular de la Municipalidad Distrital de Surquillo.', align='j')
    R.p('ARTÍCULO SEGUNDO.- ENCARGAR a la Subgerencia de Logística y Control Patrimonial el cumplimiento de la presente resolución.', align='j')
    R.p('REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.', bold=True, align='c', before=8)
    R.sign('Abog. JORGE ENRIQUE PALMA ROBLES', 'Gerente Municipal', before=18)
    R.save()


def d455():
    R = new('d455', 'missing', 'off_topic', [], None,
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'),
            'ACTA DE SESIÓN ORDINARIA DE CONCEJO N° 014-2019-MPCH', [], '2019-07-12',
            'acta of a municipal council session (street vending, parking fee); letter_date is the session date',
            notes='Council minutes about street vending and parking fees, nothing about trafficking. Votes and abstentions are counts (voto, abstención).')
    R.p('MUNICIPALIDAD PROVINCIAL DE CHICLAYO', bold=True, align='c', size=12, after=2)
    R.p('ACTA DE SESIÓN ORDINARIA DE CONCEJO N° 014-2019-MPCH', bold=True, align='c', after=8)
    R.p('En la ciudad de Chiclayo, siendo las 10:00 horas del día 12 de julio de 2019, en el Salón Consistorial del Palacio Municipal, '
        'se reunieron el señor Alcalde y los señores regidores, a fin de llevar a cabo la Sesión Ordinaria de Concejo convocada conforme a ley.', align='j')
    R.p(f'Verificado el quórum reglamentario con la asistencia de {C("trece (13)", 13, "regidor")} regidores, el señor Alcalde declaró '
        'abierta la sesión.', align='j')
    R.p('AGENDA:', bold=True)
    R.p('1. Ordenanza de reordenamiento del comercio ambulatorio en el Centro Histórico.\n2. Tarifa de la zona de estacionamiento regulado.', indent=0.5)
    R.p('DESARROLLO:', bold=True)
    R.p(f'Primer punto.- La Gerencia de Desarrollo Económico informó que se empadronó a {C("2 400", 2400, "comerciante")} comerciantes '
        'ambulantes y propuso su reubicación en los campos feriales. Sometido a votación, fue aprobado por '
        f'{C("once (11)", 11, "voto")} votos a favor y {C("dos (2)", 2, "abstención")} abstenciones.', align='j')
    R.p(f'Segundo punto.- Se propuso una tarifa de {M("S/ 1,50", 1.5)} por hora en la zona de estacionamiento regulado de la avenida '
        'Balta. Sometido a votación, fue aprobado por unanimidad.', align='j')
    R.p('No habiendo otro punto que tratar, se levantó la sesión a las 12:40 horas, firmando los asistentes en señal de conformidad.', align='j')
    R.sign('LUIS ALBERTO CHÁVEZ SAMAMÉ', 'Alcalde', before=16)
    R.sign('Abog. ROSA ELVIRA CHAPOÑÁN LLONTOP', 'Secretaria General', before=10)
    R.save()


def d456():
    R = new('d456', 'missing', 'off_topic', [], None,
            S('Gobierno Regional de Huancavelica', 'GRH', 'regional_government'),
            'REPORTE N° 012-2019-GRH/GRPPAT-SGP', [], '2019-01-21',
            'budget execution report of PP 0001 Programa Articulado Nutricional (SIAF-style table, unit in title)',
            notes='Budget report of a nutrition programme: off topic, no axes.')
    R.p('GOBIERNO REGIONAL DE HUANCAVELICA', bold=True, align='c', size=12, after=0)
    R.p('Gerencia Regional de Planeamiento, Presupuesto y Acondicionamiento Territorial - Sub Gerencia de Presupuesto', align='c', size=9, after=6)
    R.p('REPORTE N° 012-2019-GRH/GRPPAT-SGP', bold=True, align='c')
    R.p('Huancavelica, 21 de enero de 2019', align='c', after=8)
    cap = 'EJECUCIÓN PRESUPUESTAL AL 31 DE DICIEMBRE DE 2018 - PROGRAMA PRESUPUESTAL 0001: PROGRAMA ARTICULADO NUTRICIONAL (En soles)'
    data = [('3000001 Acciones comunes', 1254300, 1398420, 1371905.22),
            ('3033251 Familias saludables con conocimientos para el cuidado infantil', 2105000, 2287650, 2190473.10),
            ('3033254 Niños con vacuna completa', 3480200, 3912800, 3850211.74),
            ('3033255 Niños con CRED completo según edad', 2876000, 3045100, 2911486.30)]
    tot = [sum(d[i] for d in data) for i in (1, 2, 3)]
    rows = []
    for lab, a, b, c in data + [('TOTAL', tot[0], tot[1], tot[2])]:
        pct = round(c / b * 100, 1)
        rows.append([lab, M('{:,.2f}'.format(a), a, y=2018, r='a', u='caption'), M('{:,.2f}'.format(b), b, y=2018, r='a', u='caption'),
                     M('{:,.2f}'.format(c), round(c, 2), y=2018, r='e', u='caption'), P('{:.1f}'.format(pct), pct, y=2018)])
    R.table([['Producto', 'PIA', 'PIM', 'Devengado', 'Avance %']], rows, widths=(7.0, 2.6, 2.6, 2.6, 1.6), caption=cap, bold_rows=(4,), size=8.5,
            note='Fuente: SIAF - Módulo de Procesos Presupuestarios. Pliego 447 Gobierno Regional de Huancavelica.')
    R.p('Se remite para conocimiento de la Gerencia General Regional.', align='j')
    R.sign('CPC. WILLIAM DANIEL QUISPE ÑAHUINLLA', 'Sub Gerente de Presupuesto', before=16)
    R.save()


def d457():
    R = new('d457', 'missing', 'off_topic', [], ('2018-01-01', '2018-12-31'),
            S('Ministerio del Ambiente', 'MINAM', 'ministry'),
            'OFICIO N° 00318-2019-MINAM/VMGA/DGCA', ['Expediente N° 2019011874'], '2019-04-09',
            'transparency reply about another subject (air quality monitoring stations, 2018)',
            notes='A reply to an access request about air quality, not trafficking: off topic. Its own requested period (2018) is written.')
    R.header(['PERÚ  Ministerio del Ambiente', 'Viceministerio de Gestión Ambiental', 'Dirección General de Calidad Ambiental'], align='l', size=8.5)
    slogan(R, 2019)
    R.p('San Isidro, 9 de abril de 2019', align='r')
    R.p('OFICIO N° 00318-2019-MINAM/VMGA/DGCA', bold=True)
    R.p('Señor\nHUGO FERNANDO ARÉVALO CÁRDENAS\nPresente.-')
    R.p('Asunto: Información sobre estaciones de monitoreo de la calidad del aire en Lima Metropolitana, año 2018\nReferencia: Expediente N° 2019011874', bold=True, after=6)
    R.p('Me dirijo a usted en atención a su solicitud de acceso a la información pública. Al respecto, se informa que durante el año 2018 '
        f'la red de vigilancia de la calidad del aire de Lima Metropolitana contó con {C("diez (10)", 10, "estación", y=2018)} estaciones '
        f'automáticas, de las cuales {C("dos (2)", 2, "estación", y=2018)} estuvieron en mantenimiento durante el segundo semestre. La '
        f'operatividad promedio de la red fue del {P("92 %", 92, y=2018)}.', align='j')
    R.p(f'Para la renovación de equipos se ejecutó en el año 2018 un monto de {M("S/ 2,3 millones", 2300000, y=2018, r="e")}.', align='j')
    R.p('Atentamente,')
    R.sign('Ing. PATRICIA ELENA RAMÍREZ LUNA', 'Directora General de Calidad Ambiental', before=18)
    R.save()


def d458():
    R = new('d458', 'missing', 'off_topic', [], None,
            S('Embassy of the Republic of Korea in Peru', None, 'foreign'),
            'No. KEP-2019-0412', [], '2019-03-22',
            'English note from a foreign embassy announcing a scholarship programme', lang='en',
            notes='Scholarship announcement from a foreign embassy: off topic. KRW stipend.')
    R.p('EMBASSY OF THE REPUBLIC OF KOREA', bold=True, align='c', size=12, after=0)
    R.p('Lima, Peru', align='c', size=10, after=12)
    R.p('No. KEP-2019-0412', bold=True)
    R.p('March 22, 2019', align='r')
    R.p('The Embassy of the Republic of Korea presents its compliments to the Ministry of Education of the Republic of Peru and has the '
        'honour to inform that the Government of Korea is offering scholarships for graduate studies under the Global Korea Scholarship '
        'programme for the 2019 academic year.', align='j')
    R.p(f'A total of {C("15", 15, "scholarship", y=2019)} scholarships are available for Peruvian applicants. Each scholarship covers '
        f'tuition, round-trip airfare and a monthly stipend of {M("KRW 900,000", 900000, cur="KRW")}. Applications must be submitted to the '
        'Embassy by April 30, 2019.', align='j')
    R.p('The Embassy of the Republic of Korea avails itself of this opportunity to renew to the Ministry of Education of the Republic of '
        'Peru the assurances of its highest consideration.', align='j')
    R.p('(Seal)', align='r', italic=True, before=14)
    R.save()


def d459():
    R = new('d459', 'missing', 'off_topic', [], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Distrital de La Molina', 'MDLM', 'district_municipality'),
            'CARTA N° 0457-2019-MDLM-SG', ['Expediente N° 11872-2019'], '2019-07-08',
            'transparency reply about building permits (another subject); date "08 JUL. 2019"; small table',
            notes='A reply to an access request about building permits in 2018: off topic. Fees collected have no role.')
    R.p('MUNICIPALIDAD DE LA MOLINA', bold=True, align='l', size=12, after=0)
    R.p('Secretaría General', align='l', size=10, after=8)
    R.p('La Molina, 08 JUL. 2019', align='r')
    R.p('CARTA N° 0457-2019-MDLM-SG', bold=True)
    R.p('Señora\nCECILIA BEATRIZ MONTOYA RIVAS\nPresente.-')
    R.p('Asunto: Licencias de edificación otorgadas en el año 2018\nReferencia: Expediente N° 11872-2019', bold=True, after=6)
    R.p('Me dirijo a usted en atención a su solicitud presentada al amparo de la Ley N° 27806, para remitirle la información '
        'proporcionada por la Subgerencia de Obras Privadas sobre las licencias de edificación otorgadas en el año 2018:', align='j')
    R.table([['Modalidad', 'Licencias\notorgadas', 'Derechos de\ntrámite\nrecaudados (S/)']],
            [['Modalidad A', C('118', 118, 'licencia', y=2018), M('98,540.00', 98540, y=2018)],
             ['Modalidad B', C('142', 142, 'licencia', y=2018), M('412,306.50', 412306.5, y=2018)],
             ['Modalidades C y D', C('52', 52, 'licencia', y=2018), M('734,454.00', 734454, y=2018)],
             ['Total', C('312', 312, 'licencia', y=2018), M('1,245,300.50', 1245300.5, y=2018)]],
            widths=(5.0, 3.0, 4.0), bold_rows=(3,))
    R.p('Atentamente,')
    R.sign('Abog. CARLOS EDUARDO BENAVIDES TORRES', 'Secretario General', before=18)
    R.save()


def d460():
    R = new('d460', 'missing', 'off_topic', [], None,
            S('Universidad Nacional de Trujillo', 'UNT', 'other'),
            'RESOLUCIÓN RECTORAL N° 0845-2019/UNT', ['Oficio N° 0211-2019-DGA-UNT'], '2019-05-03',
            'university resolution setting admission exam fees and places',
            notes='Admission fees and places: off topic.')
    R.p('UNIVERSIDAD NACIONAL DE TRUJILLO', bold=True, align='c', size=13, after=2)
    R.p('RESOLUCIÓN RECTORAL N° 0845-2019/UNT', bold=True, align='c', after=2)
    R.p('Trujillo, 3 de mayo de 2019', align='c', after=8)
    R.p('VISTO el Oficio N° 0211-2019-DGA-UNT de la Dirección General de Admisión, que propone el cuadro de vacantes y los derechos de '
        'inscripción del Examen de Admisión 2019-II; y,', align='j')
    R.p('CONSIDERANDO:', bold=True)
    R.p('Que, conforme a la Ley Universitaria N° 30220, las universidades públicas determinan el número de vacantes de sus procesos de '
        'admisión en función de su capacidad;', align='j')
    R.p(f'Que, la Dirección General de Admisión propone ofertar {C("2 950", 2950, "vacante")} vacantes para las diferentes escuelas '
        'profesionales;', align='j')
    R.p('Estando a lo acordado y en uso de las atribuciones conferidas;', align='j')
    R.p('SE RESUELVE:', bold=True)
    R.p('PRIMERO.- APROBAR el cuadro de vacantes del Examen de Admisión 2019-II.', align='j')
    R.p(f'SEGUNDO.- FIJAR los derechos de inscripción en {M("S/ 250,00", 250)} para postulantes de colegios públicos y en '
        f'{M("S/ 380,00", 380)} para postulantes de colegios privados.', align='j')
    R.p('REGÍSTRESE, COMUNÍQUESE Y ARCHÍVESE.', bold=True, align='c', before=8)
    R.sign('Dr. CARLOS ALBERTO VÁSQUEZ BOYER', 'Rector', before=16)
    R.save()
