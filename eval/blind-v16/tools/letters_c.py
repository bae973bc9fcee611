"""blind-v16 letters s031-s045 (out_of_period s031-s040, missing s041-s045). Every person, number and figure is invented."""
from common import *


def closing(R, txt='Atentamente,'):
    R.p(txt, after=0, before=4)


# ---------------------------------------------------------------- s031
def s031():
    R = new('s031', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            'CARTA N° 042-2023-SGPS-GDS/MDI', ['Expediente N° 3894-2023'], '2023-03-17',
            'carta; counts in bullet lists with the noun first under a heading per year (2021, 2022)',
            notes='Request for 2019; the 2019 and 2020 files await digitisation in the central archive, so 2021 and 2022 are given (out_of_period).')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Gerencia de Desarrollo Social - Subgerencia de Programas Sociales'], 2023,
           'Independencia, 17 de marzo de 2023', 'CARTA N° 042-2023-SGPS-GDS/MDI',
           ['Señor', 'BRAYAN JOSUÉ QUISPE LAURA', 'Presente.-'],
           [('ASUNTO', ': Información sobre acciones de prevención de la trata de personas'), ('REFERENCIA', ': Expediente N° 3894-2023')],
           logo=(logo_png('mdi', 'MDI', color=(0, 90, 160)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de '
             'prevención de la trata de personas realizadas por esta Municipalidad en el año 2019.',
             'Al respecto, la documentación de los años 2019 y 2020 se encuentra en el Archivo Central pendiente de digitalización, por '
             'lo que no ha podido ser revisada en el plazo de atención. Se remite la información registrada en el sistema de gestión '
             'documentaria para los años siguientes:'])
    R.p('Año 2021', bold=True, after=2)
    bl(R, ['Charlas en instituciones educativas: %s' % C('9', 9, 'charla', y=2021), 'Personas sensibilizadas: %s' % C('742', 742, 'persona', y=2021)])
    R.p('Año 2022', bold=True, after=2, before=4)
    bl(R, ['Charlas en instituciones educativas: %s' % C('14', 14, 'charla', y=2022),
           'Personas sensibilizadas: %s' % C('1 106', 1106, 'persona', y=2022),
           'Ferias informativas en el cono norte: %s' % C('3', 3, 'feria', y=2022)])
    body(R, ['Atentamente,'])
    R.sign('CINTHIA MARGOT LEÓN ESPINOZA', 'Subgerente de Programas Sociales', 'Municipalidad Distrital de Independencia')


# ---------------------------------------------------------------- s032
def s032():
    R = new('s032', 'out_of_period', None, ['prosecution'], ('2017-01-01', '2017-12-31'),
            S('Corte Superior de Justicia de Tacna', 'CSJTA', 'autonomous'),
            'OFICIO N° 000154-2021-GAD-CSJTA-PJ', ['Solicitud N° 0093-2021'], '2021-02-22',
            'judiciary oficio; indicator table with columns right to left (Total, 2020, 2019); a count of courts in prose',
            notes='Request for 2017; the 2017 records are in the former case system, not migrated, so 2019-2020 are given (out_of_period). Total column figures have no year.')
    letter(R, ['PODER JUDICIAL DEL PERÚ', 'Corte Superior de Justicia de Tacna', 'Gerencia de Administración Distrital'], 2021,
           'Tacna, 22 de febrero de 2021', 'OFICIO N° 000154-2021-GAD-CSJTA-PJ',
           ['Señora', 'LOURDES MARIBEL CHOQUE NINA', 'Presente.-'],
           [('ASUNTO', ': Procesos por delito de trata de personas'), ('REF.', ': Solicitud N° 0093-2021')],
           logo=(logo_png('pj', 'PJ', color=(110, 20, 20)), 1.5))
    body(R, ['Tengo el agrado de dirigirme a usted en atención a la solicitud de la referencia, por la cual requiere información de los procesos '
             'por el delito de trata de personas tramitados en el año 2017.',
             'Al respecto, la Coordinación de Estadística informa que los expedientes del año 2017 fueron registrados en el sistema anterior, '
             'cuya información no ha sido migrada al Sistema Integrado Judicial, por lo que no puede ser procesada. Se remite la información '
             'disponible de los años 2019 y 2020:'])
    data = [('Expedientes ingresados', 'expediente', 17, 21), ('Sentencias condenatorias', 'sentencia', 5, 7),
            ('Sentencias absolutorias', 'sentencia', 3, 2), ('Expedientes con reserva del fallo o conclusión anticipada', 'expediente', 2, 4)]
    rows = [[lab, Cn(a + b, w), Cn(b, w, y=2020), Cn(a, w, y=2019)] for lab, w, a, b in data]
    R.table([['Concepto', 'Total', '2020', '2019']], rows, widths=(7.4, 2.2, 2.2, 2.2), size=9.5)
    body(R, ['Dichos procesos fueron tramitados por %s juzgados penales colegiados de la sede central.' % C('2', 2, 'juzgado'),
             'Atentamente,'])
    dsig(R, 'Pedro Pablo Cáceres Ayca', 'Gerente de Administración Distrital', 'Corte Superior de Justicia de Tacna', when='22/02/2021 12:15:33',
         fau='20159981216')


# ---------------------------------------------------------------- s033
def s033():
    R = new('s033', 'out_of_period', None, ['prevention'], ('2021-01-01', '2021-12-31'),
            S('Dirección Regional de Educación Cajamarca', 'DRE Cajamarca', 'regional_government'),
            'NOTA INFORMATIVA N° 027-2024-GR.CAJ/DRE-DGP', ['Expediente N° 1209487'], '2024-01-26',
            'nota informativa (A / DE / ASUNTO / REF. / FECHA) of a regional education office addressed to the transparency officer; points numbered i) to iv) with counts, a percent "por ciento" and an amount',
            notes='Request for 2021; the 2021 data were not entered in the regional application and remain with the local education units, so 2023 is given (out_of_period).')
    memo(R, 'NOTA INFORMATIVA N° 027-2024-GR.CAJ/DRE-DGP',
         [('A', ': Abog. Luis Armando Chávez Tello\n  Responsable de Acceso a la Información Pública'),
          ('DE', ': Mg. Flor de María Vargas Cueva\n  Directora de Gestión Pedagógica'),
          ('ASUNTO', ': Información sobre prevención de la trata de personas en instituciones educativas'),
          ('REF.', ': Expediente N° 1209487'), ('FECHA', ': Cajamarca, 26 de enero de 2024')],
         head_lines=['GOBIERNO REGIONAL CAJAMARCA', 'Dirección Regional de Educación Cajamarca'], logo=(logo_png('grcaj', 'CAJ', color=(150, 60, 0)), 1.4),
         year=2024)
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual el solicitante requiere información sobre las '
             'acciones de prevención de la trata de personas desarrolladas en las instituciones educativas de la región durante el año 2021.',
             'Sobre el particular, informo que la información del año 2021 no fue registrada en el aplicativo regional de tutoría y se '
             'encuentra en los archivos de las Unidades de Gestión Educativa Local, que aún no la han remitido. Se comunica la información '
             'del año 2023, registrada en dicho aplicativo:'])
    pts = ['se capacitó a %s docentes tutores de las %s UGEL de la región en la prevención de la trata de personas;' % (
               C('324', 324, 'docente', y=2023), C('13', 13, 'ugel')),
           'se desarrollaron %s sesiones de tutoría sobre captación y riesgos en redes sociales, con la participación de %s estudiantes;' % (
               C('418', 418, 'sesión', y=2023), C('9 870', 9870, 'estudiante', y=2023)),
           'el %s de las instituciones educativas focalizadas incorporó la prevención de la trata de personas en su plan de tutoría;' %
           Ppc(71, y=2023),
           'el gasto en materiales y movilidad ascendió a %s.' % Mf(28450.75, pre='S/ ', y=2023, r='e')]
    for k, t in zip(['i)', 'ii)', 'iii)', 'iv)'], pts):
        R.p('%s  %s' % (k, t), align='j', indent=0.8, first=-0.8, after=3)
    body(R, ['Es todo cuanto informo para su conocimiento y fines.'])
    R.sign('Mg. FLOR DE MARÍA VARGAS CUEVA', 'Directora de Gestión Pedagógica', 'DRE Cajamarca')


# ---------------------------------------------------------------- s034
def s034():
    R = new('s034', 'out_of_period', None, ['governance', 'prevention', 'prosecution'], ('2023-01-01', '2023-12-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0219-2024-MTPE/2/15', ['Hoja de Ruta N° E-014782-2024'], '2024-02-19',
            'oficio; table with two header rows, the units "N.° de personas" and "Presupuesto ejecutado (S/)" each in an upper merged cell over 2021 and 2022',
            notes='Request for 2023; the 2023 figures will be published in the statistical yearbook under preparation, so 2021-2022 are given (out_of_period). Training of labour inspectors is prosecution; technical assistance to regional committees is governance.')
    letter(R, ['MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO', 'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], 2024,
           'Jesús María, 19 de febrero de 2024', 'OFICIO N° 0219-2024-MTPE/2/15',
           ['Señora', 'ANDREA LUCÍA PACHECO VEGA', 'Presente.-'],
           [('ASUNTO', ': Acciones frente al trabajo forzoso'), ('REFERENCIA', ': Hoja de Ruta N° E-014782-2024')],
           logo=(logo_png('mtpe', 'MTPE', color=(170, 20, 20)), 1.5))
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones '
             'desarrolladas en el año 2023 frente al trabajo forzoso y la trata de personas con fines de explotación laboral.',
             'Al respecto, se informa que la información del año 2023 será publicada en el Anuario Estadístico Sectorial, actualmente en '
             'elaboración. Se remite la información de los dos años anteriores:'])
    data = [('Orientación a trabajadores migrantes sobre trabajo forzoso', [1240, 1685], [18400.00, 23150.00]),
            ('Capacitación a inspectores del trabajo en identificación de trabajo forzoso', [96, 128], [12600.00, 15980.00]),
            ('Asistencia técnica a comisiones regionales contra el trabajo forzoso', [57, 72], [8750.00, 9900.00])]
    rows = []
    for lab, c, m in data:
        rows.append([lab, Cn(c[0], 'persona', y=2021), Cn(c[1], 'persona', y=2022), Mf(m[0], y=2021, r='e'), Mf(m[1], y=2022, r='e')])
    mtable(R, [['Acción', 'N.° de personas', '', 'Presupuesto ejecutado (S/)', ''], ['', '2021', '2022', '2021', '2022']], rows,
           merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(6.4, 1.9, 1.9, 2.7, 2.7), size=9)
    body(R, ['Atentamente,'])
    dsig(R, 'Rocío Amparo Lazarte Flores', 'Directora General de Derechos Fundamentales y Seguridad y Salud en el Trabajo', 'MTPE',
         when='19/02/2024 15:02:47', fau='20131023414')


# ---------------------------------------------------------------- s035
def s035():
    R = new('s035', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'),
            'OFICIO N° 0841-2021-MTC/18', ['Expediente N° E-027913-2021'], '2021-03-29',
            'oficio; two-year table of campaign counts in bus terminals; spending written "S/ 86 mil" in prose',
            notes='Request for 2020; the regional transport offices have not yet sent all 2020 reports, so 2018-2019 are given (out_of_period).')
    letter(R, ['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Políticas y Regulación en Transporte Multimodal'], 2021,
           'Lima, 29 de marzo de 2021', 'OFICIO N° 0841-2021-MTC/18',
           ['Señor', 'RODRIGO IGNACIO SALAZAR BUSTAMANTE', 'Presente.-'],
           [('ASUNTO', ': Campañas de prevención de la trata de personas en el transporte terrestre'),
            ('REFERENCIA', ': Expediente N° E-027913-2021')], logo=(logo_png('mtc', 'MTC', shape='square', color=(0, 60, 120)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las campañas de '
             'prevención de la trata de personas realizadas en terminales terrestres durante el año 2020.',
             'Al respecto, las Direcciones Regionales de Transportes y Comunicaciones aún no han remitido en su totalidad los reportes del '
             'año 2020, por lo que no es posible consolidarlos. Se alcanza la información de los años 2018 y 2019:'])
    data = [('Terminales terrestres intervenidos', 'terminal', 34, 47), ('Empresas de transporte capacitadas', 'empresa', 58, 81),
            ('Conductores y personal de boletería capacitados', 'persona', 612, 930), ('Pasajeros informados', 'pasajero', 15420, 21876)]
    R.table([['Concepto', '2018', '2019']], [[lab, Cn(a, w, y=2018), Cn(b, w, y=2019)] for lab, w, a, b in data], widths=(8.0, 2.6, 2.6),
            size=9.5, ruled='hlines')
    body(R, ['El gasto en estas campañas fue de %s en 2018 y de %s en 2019.' % (Mmil(86, y=2018, r='e'), Mmil(112, y=2019, r='e')),
             'Atentamente,'])
    R.sign('Ing. MIGUEL ÁNGEL TORRES OBANDO', 'Director General', 'Dirección General de Políticas y Regulación en Transporte Multimodal')


# ---------------------------------------------------------------- s036
def s036():
    R = new('s036', 'out_of_period', None, ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Chiclayo', 'MPCH', 'provincial_municipality'),
            'OFICIO N° 0176-2022-MPCH/GDS', ['Registro N° 0024318-2022'], '2022-02-25',
            'reply with a cover page (page 1) and an oficio (page 2) giving 2019 figures and 2022 targets and budget',
            notes='Request for 2021; the 2021 files are being rebuilt after water damage to the archive, so 2019 results and 2022 plans are given (out_of_period). Targets are counts with year 2022; the 2022 budget is allocated.')
    R.header(['MUNICIPALIDAD PROVINCIAL DE CHICLAYO', 'Gerencia de Desarrollo Social'], logo=(logo_png('mpch', 'MPC', color=(0, 80, 50)), 1.4))
    cover(R, [('INFORMACIÓN SOLICITADA AL AMPARO DE LA LEY N° 27806', True, 15), ('Ley de Transparencia y Acceso a la Información Pública', False, 12),
              ('Solicitante: Karla Vanessa Ñique Chapoñán', False, 12), ('Registro N° 0024318-2022', False, 12),
              ('Gerencia de Desarrollo Social', False, 12), ('Chiclayo - 2022', False, 12)], top_space=150)
    lema(R, 2022)
    R.p('Chiclayo, 25 de febrero de 2022', align='r', after=6)
    R.p('OFICIO N° 0176-2022-MPCH/GDS', bold=True, under=True, after=8)
    to(R, ['Señora', 'KARLA VANESSA ÑIQUE CHAPOÑÁN', 'Presente.-'])
    kv(R, [('ASUNTO', ': Acciones de lucha contra la trata de personas'), ('REF.', ': Registro N° 0024318-2022')])
    body(R, ['Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre las acciones de '
             'lucha contra la trata de personas ejecutadas por esta Municipalidad en el año 2021.',
             'Al respecto, los expedientes del año 2021 de la Subgerencia de Programas Sociales se encuentran en proceso de reconstrucción '
             'por el deterioro de los archivos físicos durante las lluvias de enero, por lo que se remite la información disponible:',
             'En el año 2019 la Comisión Multisectorial Provincial sesionó en %s oportunidades y se desarrollaron %s charlas de prevención en '
             'instituciones educativas del cercado, con %s estudiantes participantes.' % (
                 C('5', 5, 'sesión', y=2019), C('22', 22, 'charla', y=2019), C('1 930', 1930, 'estudiante', y=2019)),
             'Para el año 2022 se ha programado realizar %s charlas y %s ferias informativas, con un presupuesto asignado de %s.' % (
                 C('30', 30, 'charla', y=2022), C('4', 4, 'feria', y=2022), Mf(30000, pre='S/ ', y=2022, r='a')),
             'Atentamente,'])
    R.sign('Lic. JOSÉ LUIS SANTISTEBAN MONTENEGRO', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Chiclayo')


# ---------------------------------------------------------------- s037
def s037():
    R = new('s037', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'OFICIO N° 0231-2020-GRA/GR-GG-GRDS', ['Expediente N° 0004185'], '2020-02-12',
            'oficio; 2017 budget as "presupuesto institucional modificado" and executed amount, a European Union contribution "€ 40.000", counts in prose',
            notes='Request for 2019; the 2019 evaluation report is pending approval by the regional council, so 2017 is given (out_of_period). The EU contribution has no role (EUR).')
    letter(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'], 2020,
           'Ayacucho, 12 de febrero de 2020', 'OFICIO N° 0231-2020-GRA/GR-GG-GRDS',
           ['Señor', 'FRANKLIN ROMERO HUAMANÍ', 'Presente.-'],
           [('ASUNTO', ': Información sobre el Plan Regional contra la Trata de Personas'), ('REF.', ': Expediente N° 0004185')],
           logo=(logo_png('gra', 'AYA', color=(120, 0, 60)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre la implementación del '
             'Plan Regional contra la Trata de Personas en el año 2019.',
             'Al respecto, el informe de evaluación del año 2019 se encuentra pendiente de aprobación por el Consejo Regional, por lo que aún '
             'no puede ser difundido. Se remite la información del año de aprobación del Plan Regional:',
             'En el año 2017 la actividad «Implementación del Plan Regional contra la Trata de Personas» contó con un presupuesto institucional '
             'modificado de %s, del cual se ejecutó %s. Adicionalmente, la cooperación de la Unión Europea aportó %s para la campaña regional '
             '«Ayacucho libre de trata».' % (Mf(156800, pre='S/ ', y=2017, r='a'), Mf(149215.60, pre='S/ ', y=2017, r='e'),
                                             M('€ 40.000', 40000.0, y=2017, cur='EUR')),
             'En ese año se conformaron %s redes provinciales y se capacitó a %s docentes y promotores comunitarios en la prevención de la '
             'trata de personas.' % (C('11', 11, 'red', y=2017), C('230', 230, 'persona', y=2017)),
             'Atentamente,'])
    R.sign('Lic. NILDA CONDE PALOMINO', 'Gerente Regional de Desarrollo Social', 'Gobierno Regional de Ayacucho')


# ---------------------------------------------------------------- s038
def s038():
    R = new('s038', 'out_of_period', None, ['prosecution'], ('2024-01-01', '2024-06-30'),
            S('Policía Nacional del Perú - Región Policial Loreto', 'PNP', 'police'),
            'OFICIO N° 498-2024-REGPOL-LORETO/SEC', [], '2024-07-23',
            'police oficio; table of complaints and victims by form of exploitation with "N.° de" headers and total; operations in prose',
            notes='Request for January-June 2024; those records are still being entered in the police complaint system, so 2023 is given (out_of_period).')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'V Macro Región Policial Loreto - Región Policial Loreto'], 2024,
           'Iquitos, 23 de julio de 2024', 'OFICIO N° 498-2024-REGPOL-LORETO/SEC',
           ['Señora', 'TERESA DEL CARMEN FLORES AMASIFUÉN', 'Presente.-'],
           [('ASUNTO', ': Información sobre el delito de trata de personas'),
            ('REF.', ': Solicitud de acceso a la información pública de fecha 08JUL2024')],
           logo=(logo_png('pnp', 'PNP', shape='circle', color=(20, 90, 40)), 1.5))
    body(R, ['Tengo el honor de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita información sobre '
             'las denuncias por el delito de trata de personas registradas entre enero y junio de 2024.',
             'Al respecto, las denuncias del primer semestre de 2024 se encuentran en proceso de registro en el Sistema de Denuncias '
             'Policiales, por lo que se remite la información del año 2023:'])
    ctab(R, [['Finalidad de explotación', 'N.° de denuncias', 'N.° de presuntas víctimas']],
         [('Explotación sexual', [41, 63]), ('Explotación laboral', [17, 38]), ('Mendicidad', [4, 6]), ('Otras formas', [3, 3])],
         ['denuncia', 'víctima'], year=2023, widths=(6.0, 3.4, 3.8), size=9.5)
    body(R, ['En el mismo año se realizaron %s operativos en los puertos fluviales y en los establecimientos nocturnos de Iquitos, San Juan '
             'Bautista y Belén.' % C('47', 47, 'operativo', y=2023), 'Dios guarde a usted.'])
    R.sign('RAÚL ERNESTO GONZALES DÁVILA', 'CORONEL PNP', 'Jefe de la Región Policial Loreto')


# ---------------------------------------------------------------- s039
def s039():
    R = new('s039', 'out_of_period', None, ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Provincial de Mariscal Nieto', 'MPMN', 'provincial_municipality'),
            'CARTA N° 019-2021-GDS/MPMN', ['Expediente N° 2168-2021'], '2021-03-10',
            'carta; spending written in brackets after each item described, counts in the same sentences',
            notes='Request for 2020; the 2020 information is not yet systematised after staff turnover, so 2018 is given (out_of_period). The amounts in brackets are what was spent ("se ejecutaron").')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE MARISCAL NIETO', 'Gerencia de Desarrollo Social'], 2021,
           'Moquegua, 10 de marzo de 2021', 'CARTA N° 019-2021-GDS/MPMN',
           ['Señora', 'ROXANA ELIZABETH TICONA FLORES', 'Presente.-'],
           [('ASUNTO', ': Acciones de prevención de la trata de personas'), ('REF.', ': Expediente N° 2168-2021')],
           logo=(logo_png('mpmn', 'MMN', color=(90, 40, 0)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de '
             'prevención de la trata de personas realizadas por esta Municipalidad en el año 2020.',
             'Al respecto, debido a la rotación del personal de la Subgerencia de Programas Sociales, la información del año 2020 aún no ha '
             'sido sistematizada. Se remite la información del año 2018, última consolidada:',
             'En el año 2018 se ejecutaron las siguientes acciones: la campaña «Moquegua sin trata» en %s centros poblados (%s); la '
             'impresión de %s afiches y dípticos informativos (%s); y %s talleres con madres y padres de familia de los comités del Vaso de '
             'Leche (%s).' % (C('8', 8, 'centro poblado', y=2018), Mf(7250, pre='S/ ', y=2018, r='e'), C('3 000', 3000, 'afiche', y=2018),
                             Mf(2180, pre='S/ ', y=2018, r='e'), C('12', 12, 'taller', y=2018), Mf(3460, pre='S/ ', y=2018, r='e')),
             'Atentamente,'])
    R.sign('Lic. EDGAR RAMIRO COAYLA MAMANI', 'Gerente de Desarrollo Social', 'Municipalidad Provincial de Mariscal Nieto')


# ---------------------------------------------------------------- s040
def s040():
    R = new('s040', 'out_of_period', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Universidad Nacional de San Agustín de Arequipa', 'UNSA', 'other'),
            'OFICIO N° 0093-2024-DURS-UNSA', ['Expediente N° 2024-0001452'], '2024-01-31',
            'university oficio; plan table of 2024 activities with targets and a programmed budget printed "S/ 9,600.00" in each cell (no unit in the header), total row',
            notes='Request for 2022; each faculty keeps its 2022 records and they have not been consolidated; only the 2024 plan is given (plans only: out_of_period). Targets are counts with year 2024; the programmed budget is allocated, its unit printed in each cell (unit_source cell).')
    letter(R, ['UNIVERSIDAD NACIONAL DE SAN AGUSTÍN DE AREQUIPA', 'Dirección Universitaria de Responsabilidad Social'], 2024,
           'Arequipa, 31 de enero de 2024', 'OFICIO N° 0093-2024-DURS-UNSA',
           ['Señor', 'ÓSCAR RENATO ZEGARRA DELGADO', 'Presente.-'],
           [('ASUNTO', ': Acciones de la universidad frente a la trata de personas'), ('REFERENCIA', ': Expediente N° 2024-0001452')],
           logo=(logo_png('unsa', 'UNSA', shape='circle', color=(130, 0, 30)), 1.4))
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones '
             'realizadas por la universidad frente a la trata de personas durante el año 2022.',
             'Al respecto, los registros de las actividades del año 2022 se encuentran en cada facultad y no han sido consolidados por esta '
             'Dirección. Se remite el plan de trabajo 2024 del Programa de Voluntariado contra la Trata de Personas:'])
    acts = [('Talleres de prevención en colegios de Cerro Colorado y Yura', 16, 9600.00), ('Formación de voluntarios universitarios', 2, 4800.00),
            ('Foro académico regional sobre trata de personas', 1, 7500.00), ('Estudio sobre captación por redes sociales', 1, 15000.00)]
    rows = [[lab, Cn(n, 'actividad', y=2024), Mf(m, pre='S/ ', y=2024, r='a', u='cell')] for lab, n, m in acts]
    rows.append(['Total', Cn(sum(a[1] for a in acts), 'actividad', y=2024), Mf(sum(a[2] for a in acts), pre='S/ ', y=2024, r='a', u='cell')])
    R.table([['Actividad', 'Meta 2024', 'Presupuesto programado']], rows, widths=(8.2, 2.4, 4.2), bold_rows=(4,), size=9.5)
    body(R, ['Atentamente,'])
    R.sign('Dra. GLADYS MARLENE ZÚÑIGA CHÁVEZ', 'Directora Universitaria de Responsabilidad Social', 'UNSA')


# ---------------------------------------------------------------- s041
def s041():
    R = new('s041', 'missing', 'no_information', ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Pichari', 'MDP', 'district_municipality'),
            'CARTA N° 034-2022-MDP/GDS', ['Expediente N° 0987-2022', 'Informe N° 012-2022-MDP-GDS/DEMUNA'], '2022-04-06',
            'carta of a district municipality of the VRAEM; no figures',
            notes='The offices searched and found no documents or records holding the requested information (no_information); it does not say that nothing was done.')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE PICHARI', 'Provincia de La Convención - Cusco', 'Gerencia de Desarrollo Social'], 2022,
           'Pichari, 06 de abril de 2022', 'CARTA N° 034-2022-MDP/GDS',
           ['Señor', 'ALEX GIANCARLO ROMERO HUAMÁN', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'), ('REF.', ': Expediente N° 0987-2022')])
    body(R, ['Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre las acciones de '
             'prevención de la trata de personas y la atención de presuntas víctimas realizadas por esta Municipalidad en el año 2021.',
             'Al respecto, mediante el Informe N° 012-2022-MDP-GDS/DEMUNA, la responsable de la DEMUNA comunica que, efectuada la búsqueda '
             'en los archivos de la Gerencia de Desarrollo Social y de la DEMUNA, no se ha ubicado documentación ni registros que contengan '
             'la información solicitada, por lo que no es posible atender su pedido.',
             'Sin otro particular, quedo de usted.', 'Atentamente,'])
    R.sign('Lic. YOVANA MENDOZA QUISPE', 'Gerente de Desarrollo Social', 'Municipalidad Distrital de Pichari')


# ---------------------------------------------------------------- s042
def s042():
    R = new('s042', 'missing', 'no_information', ['governance'], ('2018-01-01', '2019-12-31'),
            S('Gobierno Regional de Tumbes', 'GRT', 'regional_government'),
            'CARTA N° 0058-2020-GRT/RAIP', ['Expediente N° 2020-00473'], '2020-03-03',
            'standard reply form with typed check boxes, the box "No se cuenta con la información" marked; no figures',
            notes='The budget office holds no record of the requested budget of the regional plan (no_information).')
    R.header(['GOBIERNO REGIONAL DE TUMBES', 'Responsable de Acceso a la Información Pública'], logo=(logo_png('grtum', 'TUM', color=(0, 100, 120)), 1.4))
    lema(R, 2020)
    R.p('FORMATO DE RESPUESTA A SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA', bold=True, align='c', size=12, after=2)
    R.p('CARTA N° 0058-2020-GRT/RAIP', bold=True, align='c', after=8)
    kv(R, [('Solicitante', ': Marlon Yonatan Zapata Ruiz'), ('Expediente', ': Expediente N° 2020-00473'),
           ('Fecha de presentación', ': 14/02/2020'),
           ('Información solicitada', ': Presupuesto asignado y ejecutado por el Gobierno Regional para la implementación del Plan Regional '
                                      'contra la Trata de Personas en los años 2018 y 2019.')], tab=4.2, w2=11.8)
    R.p('Resultado de la atención:', bold=True, after=2)
    checkbox(R, [(False, 'Se entrega la información solicitada'), (False, 'Se entrega parcialmente la información'),
                 (True, 'No se cuenta con la información'), (False, 'Se deniega la información (excepción)'),
                 (False, 'Se deriva la solicitud a la entidad competente')])
    R.p('Sustento:', bold=True, after=2, before=6)
    body(R, ['La Subgerencia de Presupuesto informa que en sus registros no existe una actividad o meta presupuestal específica para la '
             'implementación del Plan Regional contra la Trata de Personas en los años solicitados, por lo que no cuenta con la información '
             'requerida, en aplicación del artículo 13 del TUO de la Ley N° 27806.'])
    R.p('Tumbes, 03 de marzo de 2020', align='r', after=0)
    R.sign('Abog. KATHERINE JULISSA OLAYA RAMÍREZ', 'Responsable de Acceso a la Información Pública', 'Gobierno Regional de Tumbes', before=14)


# ---------------------------------------------------------------- s043
def s043():
    R = new('s043', 'missing', 'not_competent_referred', ['prosecution'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad de Miraflores', 'MM', 'district_municipality'),
            'CARTA N° 0214-2022-SG/MM', ['Oficio N° 0087-2022-SG/MM'], '2022-02-18',
            'carta quoting the request at length; the request is forwarded to the Public Ministry by a cited oficio; no figures',
            notes='The municipality says it is not competent and forwarded the request to the Ministerio Público (not_competent_referred).')
    letter(R, ['MUNICIPALIDAD DE MIRAFLORES', 'Secretaría General'], 2022, 'Miraflores, 18 de febrero de 2022', 'CARTA N° 0214-2022-SG/MM',
           ['Señorita', 'ARIANA VALERIA CORNEJO PAZ', 'Presente.-'],
           [('ASUNTO', ': Derivación de solicitud de acceso a la información pública')], logo=(logo_png('mm', 'MIR', color=(0, 120, 90)), 1.4))
    body(R, ['Tengo el agrado de dirigirme a usted en relación con su solicitud de acceso a la información pública, en la cual requiere lo siguiente:'])
    quote(R, '«Se me informe el número de investigaciones fiscales abiertas durante el año 2021 por el delito de trata de personas con fines '
             'de explotación sexual en el distrito de Miraflores, el estado de dichas investigaciones y el número de personas denunciadas, '
             'desagregado por mes.»')
    body(R, ['Al respecto, le comunico que la información solicitada no es generada ni se encuentra en posesión de esta Municipalidad, por '
             'corresponder a las funciones del Ministerio Público. En tal sentido, en aplicación del literal b) del artículo 11 del TUO de la '
             'Ley N° 27806, su solicitud ha sido derivada a dicha entidad mediante el Oficio N° 0087-2022-SG/MM, para la atención que corresponda.',
             'Atentamente,'])
    R.sign('Abog. CÉSAR AUGUSTO VILLARÁN BAZO', 'Secretario General', 'Municipalidad de Miraflores')


# ---------------------------------------------------------------- s044 (English)
def s044():
    R = new('s044', 'missing', 'not_competent_referred', ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('Embassy of the United States of America in Peru', None, 'foreign'),
            None, [], '2021-06-08',
            'English letter of a foreign embassy (no own number); says it is not subject to the Peruvian law and referred the request to the Ministry of the Interior; no figures',
            lang='en', notes='The embassy is not competent and referred the request (not_competent_referred).')
    R.header(['Embassy of the United States of America', 'Lima, Peru'], logo=(logo_png('usemb', 'USA', shape='circle', color=(20, 40, 100)), 1.3))
    R.p('June 8, 2021', align='r', after=8)
    to(R, ['Ms. Carolina Ruiz Bermúdez', 'Lima'])
    body(R, ['Dear Ms. Ruiz Bermúdez,',
             'Thank you for your letter requesting information, under Peru\'s Law 27806, on joint counter-trafficking operations carried out '
             'in 2020 by the Peruvian National Police with the support of the United States Government, and on the number of persons '
             'arrested in those operations.',
             'As a diplomatic mission, the Embassy is not subject to Law 27806, and information on police operations in Peru is held by '
             'the Peruvian authorities. We have therefore referred your request to the Ministry of the Interior of Peru, which is the '
             'competent authority, and we suggest that you follow up with its transparency office.',
             'Sincerely,'])
    R.sign('Public Affairs Section', 'Embassy of the United States of America - Lima', firma=False, before=10)


# ---------------------------------------------------------------- s045
def s045():
    R = new('s045', 'missing', 'not_competent', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Aduanas y de Administración Tributaria', 'SUNAT', 'other'),
            'CARTA N° 000412-2023-SUNAT/1M0000', ['Solicitud N° 2023-00918'], '2023-02-27',
            'carta of the tax and customs agency; says the matter is outside its functions, no referral; no figures',
            notes='Not competent and no referral (not_competent).')
    letter(R, ['SUPERINTENDENCIA NACIONAL DE ADUANAS Y DE ADMINISTRACIÓN TRIBUTARIA', 'Oficina de Transparencia'], 2023,
           'Lima, 27 de febrero de 2023', 'CARTA N° 000412-2023-SUNAT/1M0000',
           ['Señor', 'JHONATAN PERCY ALIAGA SOTO', 'Presente.-'],
           [('ASUNTO', ': Atención de solicitud de acceso a la información pública'), ('REFERENCIA', ': Solicitud N° 2023-00918')],
           logo=(logo_png('sunat', 'SNT', shape='square', color=(160, 20, 20)), 1.4))
    body(R, ['Me dirijo a usted con relación a la solicitud de la referencia, mediante la cual requiere información sobre los casos de trata '
             'de personas detectados en los puestos de control fronterizo durante el año 2022 y las denuncias presentadas por dichos casos.',
             'Al respecto, le informamos que, conforme a su Ley General y a su Reglamento de Organización y Funciones, la SUNAT tiene a su '
             'cargo la administración de los tributos internos y del control aduanero de mercancías; la detección de casos de trata de '
             'personas y su denuncia no forman parte de sus funciones, por lo que no posee ni genera la información solicitada.',
             'Atentamente,'])
    dsig(R, 'Mariela Fiorella Osorio Cueva', 'Oficial de Transparencia', 'SUNAT', when='27/02/2023 10:11:52', fau='20131312955')
