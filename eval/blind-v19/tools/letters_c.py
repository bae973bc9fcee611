"""blind-v19 letters v031-v045 (written from scratch for this set)."""
from common import *
from lib import M, C, P, logo_png

GR = 'regional_government'


def v031():
    R = new('v031', 'out_of_period', None, ['governance', 'prevention'], ('2022-01-01', '2023-12-31'),
            S('Gobierno Regional de Tacna', 'GRT', GR), 'OFICIO N° 0412-2024-GGR/GOB.REG.TACNA',
            ['Ordenanza Regional N° 007-2024-CR/GOB.REG.TACNA'], '2024-06-18',
            'oficio, plan-only table of 2025 targets and a programmed budget in words and digits',
            notes='Request 2022-2023; gives only the 2025 plan: in 2022-2023 the spending was booked in a generic programme without a trafficking purpose, so it cannot be separated. Plan figures get 2025.')
    std(R, ['GOBIERNO REGIONAL DE TACNA', 'Gerencia General Regional'], 2024, 'Tacna, 18 de junio de 2024', 'OFICIO N° 0412-2024-GGR/GOB.REG.TACNA',
        ['Señora', 'Pamela Cutipa Flores', 'Presente'], [('ASUNTO', ': Acciones contra la trata de personas en los años 2022 y 2023')])
    body(R, ['Durante 2022 y 2023 los gastos en esta materia se registraron en una actividad genérica de promoción social, sin una finalidad '
             'propia, por lo que no es posible separarlos del resto ni determinar las acciones realizadas con ellos.',
             'Con la Ordenanza Regional N° 007-2024-CR/GOB.REG.TACNA se aprobó el Plan Regional, cuya programación para 2025 es:'])
    R.table([['Meta 2025', 'Cantidad']], [['Operativos conjuntos en el paso de frontera', Cn(12, 'operativo', y=2025)],
                                       ['Talleres en colegios de frontera', Cn(30, 'taller', y=2025)],
                                       ['Servidores capacitados', Cn(150, 'servidor', y=2025)]], widths=(9.0, 3.0))
    body(R, ['El presupuesto programado para 2025 es de ' + Mdw(185000, y=2025, r='a') + '.'])
    R.sign('Ing. Víctor Mamani Coaquira', 'Gerente General Regional')


def v032():
    R = new('v032', 'answered', None, ['prevention', 'protection'], ('2018-01-01', '2019-12-31'),
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'), 'CARTA N° 037-2020-SG/MDI',
            ['Solicitud S/N de fecha 06 de enero de 2020'], '2020-01-21',
            'carta, two side-by-side year columns with count and share of the year, percents with "por ciento"',
            notes='Request 2018 and 2019, answered for both; shares written "por ciento" per year.')
    std(R, ['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Secretaría General'], 2020, 'Independencia, 21 de enero de 2020', 'CARTA N° 037-2020-SG/MDI',
        ['Señora', 'Hilda Sulca Rojas', 'Presente'], [('Ref.', ': Solicitud S/N de fecha 06 de enero de 2020')])
    body(R, ['Atendiendo su solicitud sobre los años 2018 y 2019, la DEMUNA y la Sub Gerencia de Participación Vecinal informan:'])
    rows = []
    for lab, w, a, b in (('Casos de riesgo atendidos', 'caso', 14, 21), ('Charlas en colegios', 'charla', 30, 36), ('Vecinos capacitados', 'vecino', 420, 515)):
        rows.append([lab, Cn(a, w, y=2018), Cn(b, w, y=2019)])
    R.table([['Acción', '2018', '2019']], rows, widths=(7.0, 2.5, 2.5))
    body(R, ['Los casos atendidos en 2019 representan el ' + Ppc(50, y=2019) + ' más que en 2018, y el ' + Ppc(68.4, 1, y=2019) +
             ' de ellos fue derivado al Centro Emergencia Mujer.'])
    R.sign('Abog. Víctor Palomino Ureta', 'Secretario General')


def v033():
    R = new('v033', 'missing', 'denied_exception', ['prosecution', 'governance'], ('2021-01-01', '2022-12-31'),
            S('Dirección Nacional de Inteligencia', 'DINI', 'other'), 'OFICIO N° 0031-2023-DINI/OAJ',
            ['Informe Legal N° 012-2023-DINI/OAJ'], '2023-02-13',
            'oficio denying access under the secret-information exception after a legal report',
            notes='Denied under article 15 (secret information: intelligence).')
    std(R, ['DIRECCIÓN NACIONAL DE INTELIGENCIA', 'Oficina de Asesoría Jurídica'], 2023, 'Lima, 13 de febrero de 2023', 'OFICIO N° 0031-2023-DINI/OAJ',
        ['Señor', 'Samuel Ochoa Paredes', 'Presente'], [('Asunto', ': Información sobre trata de personas 2021-2022')])
    body(R, ['Se ha evaluado su pedido sobre los informes de inteligencia elaborados entre 2021 y 2022 respecto de organizaciones dedicadas a la trata de personas.',
             'Conforme al Informe Legal N° 012-2023-DINI/OAJ, dicha información está clasificada como secreta por corresponder al ámbito de inteligencia, '
             'supuesto previsto en el numeral 1 del artículo 15 del TUO de la Ley N° 27806; en consecuencia, se deniega el acceso.'])
    R.sign('Abog. Rolando Ticse Paucar', 'Jefe de la Oficina de Asesoría Jurídica')


def v034():
    R = new('v034', 'answered', None, ['protection'], ('2021-01-01', '2022-12-31'),
            S('Ministerio de Relaciones Exteriores', 'RREE', 'ministry'), 'OFICIO RE (DPN) N° 2-10-B/118',
            ['Solicitud N° 2023-000477'], '2023-02-02',
            'oficio, country rows with two year columns, repatriation costs in US$ with K in a second table',
            notes='Request 2021-2022, answered by year. Repatriation costs executed in USD.')
    std(R, ['MINISTERIO DE RELACIONES EXTERIORES', 'Dirección General de Comunidades Peruanas en el Exterior y Asuntos Consulares',
            'Dirección de Protección y Asistencia al Nacional'], 2023, 'Lima, 2 de febrero de 2023', 'OFICIO RE (DPN) N° 2-10-B/118',
        ['Señora', 'Lucía Benavente Ortiz', 'Presente'], [('Ref.:', 'Solicitud N° 2023-000477')], style='r')
    body(R, ['Me es grato informarle el número de connacionales víctimas de trata asistidos por las oficinas consulares en 2021 y 2022:'])
    R.table([['País', '2021', '2022']], yrows([('Argentina', 'connacional', [12, 15]), ('Chile', 'connacional', [21, 18]), ('España', 'connacional', [9, 14]),
                                          ('Ecuador', 'connacional', [6, 11])], [2021, 2022], total=False), widths=(5.0, 2.5, 2.5))
    R.table([['Concepto', '2021', '2022']], [['Repatriaciones', Cn(8, 'repatriación', y=2021), Cn(13, 'repatriación', y=2022)],
                                          ['Costo ejecutado', Mk(19.4, 'US$ ', st='us', dec=1, y=2021, r='e', cur='USD', u='cell'),
                                           Mk(31.7, 'US$ ', st='us', dec=1, y=2022, r='e', cur='USD', u='cell')]], widths=(5.0, 2.5, 2.5))
    R.sign('Min. Carlos Zevallos Arana', 'Director de Protección y Asistencia al Nacional')


def v035():
    R = new('v035', 'out_of_period', None, ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Arequipa', 'MPA', 'provincial_municipality'), 'OFICIO N° 0188-2023-MPA/GDS',
            ['Informe N° 044-2023-MPA/GDS-SGDEMUNA', 'Acta de inspección N° 006-2022-MPA/SGGRD'], '2023-04-19',
            'oficio, results of 2023 against targets for 2025 in a table with both years and a percent of target',
            notes='Request 2021; gives 2023 results and 2025 targets: the 2021 files were destroyed by a fire in the annex of the municipal building (inspection record cited).')
    std(R, ['MUNICIPALIDAD PROVINCIAL DE AREQUIPA', 'Gerencia de Desarrollo Social'], 2023, 'Arequipa, 19 de abril de 2023', 'OFICIO N° 0188-2023-MPA/GDS',
        ['Señor', 'Ronald Apaza Ccori', 'Presente'], [('ASUNTO', ': Información 2021 sobre trata de personas')], style='l',
        logo=(logo_png('mpa', 'MPA', 'square', (30, 30, 120)), 1.5))
    body(R, ['El archivo de la Sub Gerencia de DEMUNA correspondiente a 2021 se perdió en el incendio que afectó el anexo del palacio municipal, según el '
             'Acta de inspección N° 006-2022-MPA/SGGRD, y no existe copia digital. Conforme al Informe N° 044-2023-MPA/GDS-SGDEMUNA, se informa lo más reciente:'])
    rows = []
    for lab, w, a, b in (('Charlas preventivas', 'charla', 48, 60), ('Casos derivados al CEM', 'caso', 13, 20)):
        rows.append([lab, Cn(a, w, y=2023), Cn(b, w, y=2025), Pf(round(a / b * 100, 0), 0, y=2023, u='cell')])
    R.table([['Indicador', 'Resultado 2023', 'Meta 2025', 'Avance']], rows, widths=(6.0, 3.0, 3.0, 2.2))
    R.sign('Lic. Flor Chirinos Valdivia', 'Gerente de Desarrollo Social')


def v036():
    R = new('v036', 'answered', None, ['governance'], ('2023-01-01', '2023-12-31'),
            S('Gobierno Regional de Piura', 'GRP', GR), 'OFICIO N° 0266-2024/GRP-420000',
            ['Solicitud de información de fecha 11.01.2024'], '2024-01-31',
            'oficio, body with network sessions and budget stated as "S/ 0,18 millones" and in digits, percent of execution',
            notes='2023 stated in text. PIM allocated, devengado executed, execution percent.')
    std(R, ['GOBIERNO REGIONAL PIURA', 'Gerencia Regional de Desarrollo Social'], 2024, 'Piura, 31 de enero de 2024', 'OFICIO N° 0266-2024/GRP-420000',
        ['Señor', 'Jesús Zapata Chunga', 'Presente.-'], [('Ref.', ': Solicitud de información de fecha 11.01.2024')])
    body(R, ['En 2023 la Red Regional contra la Trata de Personas celebró ' + Cwp(11, 'sesión', fem=True, y=2023) + ' sesiones y aprobó su plan de trabajo. '
             'Su actividad contó con un PIM de ' + Mpmill(0.18, dec=2, y=2023, r='a') + ' y un devengado de ' + Mf(163420, 'us', 2, pre='S/ ', y=2023, r='e') +
             ', esto es, un avance del ' + Pf(90.8, 1, 'eu', y=2023) + '.',
             'Participaron ' + Cn(27, 'institución', y=2023) + ' instituciones públicas y privadas.'])
    R.sign('Abog. Lizbeth Morán Sosa', 'Gerente Regional de Desarrollo Social')


def v037():
    R = new('v037', 'missing', 'no_reply', ['prevention', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Autoridad Nacional de Transparencia y Acceso a la Información Pública', 'ANTAIP', 'ministry'), 'OFICIO N° 000481-2023-JUS/DGTAIPD-DFTAIP',
            ['Solicitud de fecha 02 de marzo de 2023', 'Oficio N° 000402-2023-JUS/DGTAIPD-DFTAIP'], '2023-06-06',
            'oficio of the transparency authority reporting that the provincial municipality never answered',
            notes='The authority reports that the Municipalidad Provincial de Chachapoyas did not answer the request on trafficking (2022): no reply. Sender is the authority.')
    std(R, ['Ministerio de Justicia y Derechos Humanos', 'Dirección General de Transparencia, Acceso a la Información Pública y Protección de Datos Personales',
            'Dirección de Fiscalización y Supervisión'], 2023, 'Miraflores, 06 de junio de 2023', 'OFICIO N° 000481-2023-JUS/DGTAIPD-DFTAIP',
        ['Señora', 'Roxana Tafur Zegarra', 'Presente'], [('Asunto', ': Resultado de la supervisión a su solicitud no atendida')])
    body(R, ['En atención a su queja, esta Dirección requirió a la Municipalidad Provincial de Chachapoyas, mediante Oficio N° 000402-2023-JUS/DGTAIPD-DFTAIP, '
             'informar sobre la atención de su Solicitud de fecha 02 de marzo de 2023, referida a casos y actividades contra la trata de personas del año 2022.',
             'La entidad reconoció que no emitió respuesta dentro del plazo legal ni con posterioridad. Se ha recomendado el inicio del procedimiento '
             'sancionador correspondiente; usted puede, además, interponer recurso de apelación ante el Tribunal de Transparencia.'])
    R.sign('Abog. Daniela Rosales Quiroz', 'Directora de Fiscalización y Supervisión', 'Autoridad Nacional de Transparencia y Acceso a la Información Pública')


def v038():
    R = new('v038', 'answered', None, ['protection'], ('2019-04-01', '2019-06-30'),
            S('Gerencia Regional de Salud La Libertad', 'GERESA La Libertad', GR), 'OFICIO N° 1466-2019-GRLL-GGR/GRSS',
            ['Solicitud N° 0562-2019'], '2019-07-22',
            'oficio, month rows (April-June) with attention-type columns and a quarter total row',
            notes='Part-year: second quarter 2019 (abril a junio). Quarter totals keep 2019.')
    std(R, ['GOBIERNO REGIONAL LA LIBERTAD', 'GERENCIA REGIONAL DE SALUD'], 2019, 'Trujillo, 22 de julio de 2019', 'OFICIO N° 1466-2019-GRLL-GGR/GRSS',
        ['Señor', 'Óscar Rebaza Lozano', 'Presente'], [('ASUNTO', ': Atenciones a víctimas de trata, II trimestre 2019'), ('REF.', ': Solicitud N° 0562-2019')], style='band',
        logo=(logo_png('geresa', 'GRS', 'circle', (200, 100, 0)), 1.5))
    ctab(R, [['Mes', 'Atención médica', 'Atención psicológica', 'Referencias a CEM']],
         [('Abril', [6, 9, 3]), ('Mayo', [8, 11, 4]), ('Junio', [5, 7, 2])], ['atención médica', 'atención psicológica', 'referencia'], 2019,
         total='Total II trimestre', widths=(4.5, 3.2, 3.2, 3.2))
    R.sign('MC. Aurora Castañeda Vera', 'Gerente Regional de Salud')


def v039():
    R = new('v039', 'out_of_period', None, ['prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'), 'OFICIO N° 00621-2024-MINEDU/VMGP-DIGC',
            ['Informe N° 00088-2024-MINEDU/VMGP-DIGC-DSEE'], '2024-03-27',
            'oficio, two-year table (2021, 2022) with counts and a percent column with % in each cell',
            notes='Request 2023; gives 2021-2022: the 2023 SíseVe figures are validated each year in the second quarter of the following year and are not yet validated.')
    std(R, ['PERÚ  Ministerio de Educación', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Calidad de la Gestión Escolar'], 2024,
        'Lima, 27 de marzo de 2024', 'OFICIO N° 00621-2024-MINEDU/VMGP-DIGC', ['Señora', 'Nadia Ríos Carbajal', 'Presente'],
        [('Asunto', ': Casos de presunta trata reportados en 2023')])
    body(R, ['Según el Informe N° 00088-2024-MINEDU/VMGP-DIGC-DSEE, los reportes del año 2023 en el SíseVe se validan con las UGEL durante el segundo '
             'trimestre del año siguiente, por lo que a la fecha no se dispone de cifras validadas. Se remiten las de los años previos:'])
    rows = []
    for y, a, b in ((2021, 37, 29), (2022, 52, 44)):
        rows.append([str(y), Cn(a, 'caso reportado', y=y), Cn(b, 'caso derivado', y=y), Pf(round(b / a * 100, 1), 1, y=y, u='cell')])
    R.table([['Año', 'Casos reportados', 'Derivados a la autoridad', 'Derivados / reportados']], rows, widths=(2.0, 3.5, 4.0, 3.5))
    R.sign('Mg. Cecilia Arbulú Ponce', 'Directora General de Calidad de la Gestión Escolar')


def v040():
    R = new('v040', 'answered', None, ['prevention', 'prosecution', 'protection'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Distrital de Ventanilla', 'MDV', 'district_municipality'), 'CARTA N° 0199-2023/MDV-GDH',
            ['Solicitud N° 1287-2023'], '2023-02-28',
            'carta, table with zone rows and zero counts in cells, one count in words with zero-padded digits',
            notes='2022 stated; zeros beside real counts are figures.')
    std(R, ['MUNICIPALIDAD DISTRITAL DE VENTANILLA', 'Gerencia de Desarrollo Humano'], 2023, 'Ventanilla, 28 de febrero de 2023', 'CARTA N° 0199-2023/MDV-GDH',
        ['Señorita', 'Valeria Chumpitaz Rojas', 'Presente'], [('Asunto', ': Operativos y charlas sobre trata – 2022'), ('Ref.', ': Solicitud N° 1287-2023')])
    ctab(R, [['Zona', 'Operativos a discotecas', 'Charlas', 'Menores puestos a disposición']],
         [('Pachacútec', [3, 8, 0]), ('Ventanilla Alta', [2, 5, 1]), ('Mi Perú', [0, 4, 0]), ('Zona industrial', [1, 0, 0])],
         ['operativo', 'charla', 'menor'], 2022, total='Total', widths=(4.0, 3.5, 2.5, 3.8))
    body(R, ['La DEMUNA atendió además ' + Cwz(2, 'caso', y=2022) + ' casos derivados por la comisaría.'])
    R.sign('Lic. Janet Huamaní Soto', 'Gerente de Desarrollo Humano')


def v041():
    R = new('v041', 'missing', 'not_competent', ['prevention'], ('2022-01-01', '2022-12-31'),
            S('Organismo Supervisor de Inversión Privada en Telecomunicaciones', 'OSIPTEL', 'other'), 'CARTA N° 00142-GG/2023',
            ['Solicitud N° 0096-2023'], '2023-01-24',
            'carta, not within its functions, suggests the ministry without forwarding',
            notes='Not competent; suggests writing to the women\'s ministry but does not forward: not a referral.')
    std(R, ['OSIPTEL', 'Gerencia General'], 2023, 'Lima, 24 de enero de 2023', 'CARTA N° 00142-GG/2023', ['Señor', 'Andrés Paucar Llanos', 'Presente'],
        [('Referencia', ': Solicitud N° 0096-2023')], motto=False)
    body(R, ['Su solicitud pide las campañas contra la trata de personas ejecutadas en 2022. OSIPTEL regula y supervisa el mercado de servicios públicos de '
             'telecomunicaciones; la prevención de la trata no forma parte de sus funciones y no genera ni posee esa información.',
             'Podría dirigir su pedido al Ministerio de la Mujer y Poblaciones Vulnerables, que, entendemos, conduce campañas en esa materia.'])
    R.sign('Ing. Sergio Cifuentes Castañeda', 'Gerente General')


def v042():
    R = new('v042', 'answered', None, ['protection'], ('2023-01-01', '2023-12-31'),
            S('Unidad Distrital de Asistencia a Víctimas y Testigos de Arequipa', 'UDAVIT Arequipa', 'autonomous'),
            'OFICIO N° 000077-2024-MP-FN-UDAVIT-AREQUIPA', ['Carta N° 002-2024-CLADEM'], '2024-01-25',
            'oficio, a two-column sheet of services with counts, amounts of support with no stage, percents of women',
            notes='2023. Support money (aid to victims) has no stated stage (role null).')
    std(R, ['MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN', 'Unidad Distrital de Asistencia a Víctimas y Testigos de Arequipa'], 2024, 'Arequipa, 25 de enero de 2024',
        'OFICIO N° 000077-2024-MP-FN-UDAVIT-AREQUIPA', ['Señora', 'Coordinadora de CLADEM', 'Presente'], [('Ref.', ': Carta N° 002-2024-CLADEM')])
    body(R, ['Durante el año 2023 esta Unidad brindó asistencia a víctimas de trata de personas según el detalle siguiente:'])
    ficha(R, [('Víctimas incorporadas al programa', Cn(64, 'víctima', y=2023)), ('De ellas, mujeres', Psp(81.3, y=2023, u='column')),
              ('Atenciones psicológicas', Cn(388, 'atención psicológica', y=2023)), ('Atenciones sociales', Cn(241, 'atención social', y=2023)),
              ('Apoyo económico otorgado', Mcd(27450, y=2023, u='cell'))], head=('Concepto', 'Año 2023 (%, S/)'))
    R.sign('Abog. Patricia Llerena Delgado', 'Coordinadora de la UDAVIT Arequipa')


def v043():
    R = new('v043', 'out_of_period', None, ['prosecution'], ('2016-01-01', '2016-12-31'),
            S('Región Policial Arequipa', 'REGPOL Arequipa', 'police'), 'OFICIO N° 099-2022-REGPOL-AQP/DIVINCRI-DEPINTRATA',
            ['Resolución Jefatural N° 0045-2020-AGN/J'], '2022-05-10',
            'police oficio, two years as columns in a table ruled with horizontal lines',
            notes='Request 2016; gives 2019-2020: the 2016 registers were eliminated under the document retention schedule approved by the national archive.')
    std(R, ['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL AREQUIPA', 'DIVINCRI – Departamento de Investigación de Trata de Personas'], 2022,
        'Arequipa, 10 de mayo de 2022', 'OFICIO N° 099-2022-REGPOL-AQP/DIVINCRI-DEPINTRATA', ['Señor', 'Iván Cornejo Salas', 'Presente'],
        [('ASUNTO', ': Operativos realizados en el año 2016')], dec=False)
    body(R, ['Los libros de registro de 2016 fueron eliminados conforme al cronograma de conservación de documentos aprobado por la Resolución '
             'Jefatural N° 0045-2020-AGN/J, por haber vencido su plazo de retención. Los registros conservados más antiguos son:'])
    R.table([['Concepto', '2019', '2020']], yrows([('Operativos', 'operativo', [34, 21]), ('Detenidos', 'detenido', [27, 15]),
                                              ('Víctimas rescatadas', 'víctima', [46, 29])], [2019, 2020]), widths=(6.0, 2.5, 2.5), ruled='hlines')
    R.sign('Cmdte. PNP Jhon Zegarra Tejada', 'Jefe del DEPINTRATA – Arequipa')


def v044():
    R = new('v044', 'answered', None, ['prevention'], ('2020-01-01', '2021-12-31'),
            S('Unidad de Gestión Educativa Local de Puno', 'UGEL Puno', GR), 'OFICIO N° 0378-2022-GR-PUNO/DREP/UGEL-PUNO/D',
            ['FUT N° 2022-1189'], '2022-03-30',
            'oficio, years as column groups with target and achieved under each, a budget row in "S/." with dot grouping',
            notes='Request 2020-2021, answered per year. Meta (target) and logrado per year; budget row "S/." executed.')
    std(R, ['GOBIERNO REGIONAL PUNO', 'DIRECCIÓN REGIONAL DE EDUCACIÓN PUNO', 'UGEL PUNO'], 2022, 'Puno, 30 de marzo de 2022',
        'OFICIO N° 0378-2022-GR-PUNO/DREP/UGEL-PUNO/D', ['Señor', 'Fredy Coila Apaza', 'Presente'], [('REF.', ': FUT N° 2022-1189')])
    head = [['Actividad', '2020', '', '2021', ''], ['', 'Meta', 'Logro', 'Meta', 'Logro']]
    rows = [['Sesiones de tutoría', Cn(120, 'sesión', y=2020), Cn(96, 'sesión', y=2020), Cn(150, 'sesión', y=2021), Cn(158, 'sesión', y=2021)],
            ['Docentes capacitados', Cn(80, 'docente', y=2020), Cn(63, 'docente', y=2020), Cn(100, 'docente', y=2021), Cn(112, 'docente', y=2021)],
            ['Gasto', '-', Mf(8400, 'eu', 0, pre='S/. ', y=2020, r='e', u='cell'), '-', Mf(12650, 'eu', 0, pre='S/. ', y=2021, r='e', u='cell')]]
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(5.0, 2.2, 2.5, 2.2, 2.5))
    R.sign('Prof. Wilber Condori Ramos', 'Director de la UGEL Puno')


def v045():
    R = new('v045', 'missing', 'acknowledgment', ['governance'], ('2022-01-01', '2022-12-31'),
            S('Contraloría General de la República', 'CGR', 'autonomous'), None, ['Solicitud N° 20230004512'], '2023-04-03',
            'printed automatic e-mail from the transparency mailbox: registration number and term, no information',
            notes='Automatic acknowledgment with the registry number; no reference line of its own.')
    email_head(R, [('De:', 'transparencia@contraloria.gob.pe'), ('Enviado:', 'lunes, 3 de abril de 2023 09:14'), ('Para:', 'k.llanos@correo.pe'),
                   ('Asunto:', 'Registro de su Solicitud N° 20230004512')])
    body(R, ['Estimado(a) ciudadano(a):', 'La Contraloría General de la República ha registrado su solicitud de acceso a la información pública '
             'N° 20230004512, referida a los informes de control sobre el presupuesto del plan contra la trata de personas del año 2022.',
             'Su pedido será atendido dentro del plazo previsto en el TUO de la Ley N° 27806. Este es un mensaje automático; por favor, no lo responda.',
             'Oficina de Transparencia y Acceso a la Información – Contraloría General de la República'], align='l')
