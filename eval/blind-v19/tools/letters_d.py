"""blind-v19 letters v046-v060 (written from scratch for this set)."""
from common import *
from lib import M, C, P, logo_png

GR = 'regional_government'


def v046():
    R = new('v046', 'out_of_period', None, ['prevention'], ('2024-01-01', '2024-06-30'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'), 'OFICIO N° 1893-2024-MTC/18.01',
            ['Solicitud N° 2024-TAIP-05521'], '2024-07-19',
            'oficio, the previous year in a two-column sheet, budget "soles" written before the number',
            notes='Request first semester 2024; gives 2023 only: the semester is consolidated by the planning office in August and the request arrived before. Transport-company trainings are prevention.')
    std(R, ['PERÚ  Ministerio de Transportes y Comunicaciones', 'Dirección General de Políticas y Regulación en Transporte Multimodal'], 2024,
        'Lima, 19 de julio de 2024', 'OFICIO N° 1893-2024-MTC/18.01', ['Señora', 'Mariela Soto Quispe', 'Presente'],
        [('Asunto', ': Capacitaciones a empresas de transporte, primer semestre de 2024'), ('Referencia', ': Solicitud N° 2024-TAIP-05521')])
    body(R, ['Los resultados del primer semestre de 2024 serán consolidados por la Oficina de Planeamiento en el mes de agosto, una vez que las '
             'direcciones desconcentradas remitan sus reportes; por ello, a la fecha no se cuenta con dichas cifras. Se remiten las del año 2023:'])
    ficha(R, [('Empresas de transporte interprovincial capacitadas', Cn(84, 'empresa de transporte', y=2023)),
              ('Conductores y terramozas capacitados', Cn(1312, 'conductor y terramoza', 'sp', y=2023)),
              ('Terminales con material informativo', Cn(46, 'terminal', y=2023)),
              ('Costo de las capacitaciones', Mlead(57800, y=2023, r='e', u='cell'))], head=('Indicador', '2023'))
    R.sign('Ing. Gustavo Ramírez Lazo', 'Director General')


def v047():
    R = new('v047', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Superintendencia Nacional de Control de Servicios de Seguridad, Armas, Municiones y Explosivos de Uso Civil', 'SUCAMEC', 'other'),
            'OFICIO N° 00211-2023-SUCAMEC-GAMAC', ['Solicitud N° 0301-2023'], '2023-03-02',
            'oficio on illegal arms trafficking: operations, seized weapons by region, budget of control',
            notes='Off topic: arms trafficking (tráfico ilícito de armas), not trafficking in persons; figures kept.')
    std(R, ['SUCAMEC', 'Gerencia de Armas, Municiones y Artículos Conexos'], 2023, 'Lima, 02 de marzo de 2023', 'OFICIO N° 00211-2023-SUCAMEC-GAMAC',
        ['Señor', 'Elías Vera Cortez', 'Presente'], [('Asunto', ': Operativos contra el tráfico ilícito de armas – 2022'), ('Referencia', ': Solicitud N° 0301-2023')])
    ctab(R, [['Región', 'Operativos', 'Armas incautadas', 'Detenidos']],
         [('Lima', [41, 312, 38]), ('La Libertad', [18, 147, 21]), ('Piura', [12, 96, 9])], ['operativo', 'arma', 'detenido'], 2022,
         widths=(4.0, 3.0, 3.5, 3.0))
    body(R, ['El presupuesto de las acciones de control en 2022 tuvo un PIM de ' + Mmabbr(2.4, y=2022, r='a') + '.'])
    R.sign('Crnl. (r) Walter Poma Gutiérrez', 'Gerente de Armas, Municiones y Artículos Conexos')


def v048():
    R = new('v048', 'missing', 'not_competent_referred', ['prevention', 'protection'], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional Agraria Cusco', 'DRA Cusco', GR), 'OFICIO N° 0560-2024-GR CUSCO/DRAC-DR',
            ['Oficio N° 0559-2024-GR CUSCO/DRAC-DR'], '2024-02-14',
            'oficio, short, the request passed to the regional social development office',
            notes='Not competent; says it forwarded the request to the regional government\'s social development office (another body of the same government, outside the directorate): referral.')
    std(R, ['GOBIERNO REGIONAL CUSCO', 'DIRECCIÓN REGIONAL AGRARIA CUSCO'], 2024, 'Cusco, 14 de febrero de 2024', 'OFICIO N° 0560-2024-GR CUSCO/DRAC-DR',
        ['Señora', 'Nelly Huillca Ccori', 'Presente'], [('Asunto', ': Trata de personas en zonas rurales – 2023')], style='r')
    body(R, ['Esta Dirección Regional tiene a su cargo la política agraria de la región y no desarrolla acciones de prevención de la trata ni de atención a víctimas.',
             'Por ello, su solicitud ha sido trasladada a la Gerencia Regional de Desarrollo Social del Gobierno Regional Cusco con Oficio N° 0559-2024-GR CUSCO/DRAC-DR, '
             'para su atención dentro del plazo de ley.'])
    R.sign('Ing. Hernán Quispe Huamán', 'Director Regional Agrario')


def v049():
    R = new('v049', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Servicio Nacional Forestal y de Fauna Silvestre', 'SERFOR', 'other'), 'OFICIO N° D000188-2024-MIDAGRI-SERFOR-DGGSPFFS',
            ['Solicitud N° 00034-2024'], '2024-01-29',
            'oficio on wildlife trafficking: operations, rescued animals by species group, a note with the budget in thousands',
            notes='Off topic: tráfico ilegal de fauna silvestre; "rescatados" are animals. Budget table cells in thousands stated in a caption.')
    std(R, ['Ministerio de Desarrollo Agrario y Riego', 'Servicio Nacional Forestal y de Fauna Silvestre',
            'Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre'], 2024, 'Magdalena del Mar, 29 de enero de 2024',
        'OFICIO N° D000188-2024-MIDAGRI-SERFOR-DGGSPFFS', ['Señor', 'Franco Díaz Mejía', 'Presente'],
        [('Asunto', ': Operativos contra el tráfico ilegal de fauna silvestre 2023'), ('Referencia', ': Solicitud N° 00034-2024')])
    ctab(R, [['Grupo taxonómico', 'Especímenes rescatados', 'Operativos']], [('Aves', [1240, 38]), ('Mamíferos', [412, 22]), ('Reptiles', [655, 17])],
         ['espécimen', 'operativo'], 2023, widths=(5.0, 4.0, 3.0))
    R.table([['Concepto', 'PIM', 'Devengado']], [['Control y vigilancia', Mf(3815.2, 'us', 1, scale=1000, y=2023, r='a', u='caption'),
                                                Mf(3420.7, 'us', 1, scale=1000, y=2023, r='e', u='caption')]],
            widths=(5.0, 3.0, 3.0), caption='Presupuesto 2023 (en miles de soles)')
    R.sign('Ing. Lucía Saldaña Rengifo', 'Directora General')


def v050():
    R = new('v050', 'out_of_period', None, ['prevention', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('Dirección Regional de Comercio Exterior y Turismo de Puno', 'DIRCETUR Puno', GR), 'OFICIO N° 0244-2020-GR PUNO/DIRCETUR',
            ['Oficio N° 0077-2020-CG/OCI-GRP'], '2020-02-26',
            'oficio, years 2016-2017 as rows in a small table, hotel inspections and trainings',
            notes='Request 2019; gives 2016-2017: the 2018-2019 inspection books were lent to the Contraloría\'s internal control office for an audit and have not been returned.')
    std(R, ['GOBIERNO REGIONAL PUNO', 'DIRECCIÓN REGIONAL DE COMERCIO EXTERIOR Y TURISMO'], 2020, 'Puno, 26 de febrero de 2020', 'OFICIO N° 0244-2020-GR PUNO/DIRCETUR',
        ['Señora', 'Rocío Mamani Larico', 'Presente'], [('ASUNTO', ': Inspecciones a hospedajes por trata – 2019')])
    body(R, ['Los libros de inspección de 2018 y 2019 fueron entregados al Órgano de Control Institucional, a su pedido (Oficio N° 0077-2020-CG/OCI-GRP), '
             'para un servicio de control que sigue en curso; mientras no sean devueltos no es posible extraer los datos. Se informan los años anteriores:'])
    yrow_table(R, [['Año', 'Hospedajes inspeccionados', 'Trabajadores capacitados']], [(2016, [58, 140]), (2017, [73, 189])],
               ['hospedaje', 'trabajador'], total=None, widths=(2.5, 4.5, 4.5))
    R.sign('Lic. Julio Chambi Flores', 'Director Regional')


def v051():
    R = new('v051', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Dirección Regional de Salud Piura', 'DIRESA Piura', GR), 'OFICIO N° 2210-2024-GRP-DRSP-DG',
            ['Solicitud N° 0178-2024'], '2024-02-12',
            'oficio on dengue vector control: operations, houses inspected, budget with certification',
            notes='Off topic: dengue control operations; "operativos" and budget unrelated to trafficking.')
    std(R, ['GOBIERNO REGIONAL PIURA', 'DIRECCIÓN REGIONAL DE SALUD PIURA'], 2024, 'Piura, 12 de febrero de 2024', 'OFICIO N° 2210-2024-GRP-DRSP-DG',
        ['Señor', 'Álex Sernaqué Ruiz', 'Presente'], [('Asunto', ': Operativos de control vectorial 2023'), ('Ref.', ': Solicitud N° 0178-2024')])
    body(R, ['En 2023 se ejecutaron ' + Cn(214, 'operativo', y=2023) + ' operativos de control larvario, con ' + Cn(186420, 'vivienda inspeccionada', 'sp', y=2023) +
             ' viviendas inspeccionadas. La intervención tuvo un PIM de ' + Mf(9874500, 'sp', 2, pre='S/ ', y=2023, r='a') + ', con una certificación de ' +
             Mf(9610220, 'sp', 2, pre='S/ ', y=2023, r='c') + ' y un devengado del ' + Psp(94.1, y=2023) + '.'])
    R.sign('MC. Renzo Távara Chira', 'Director General')


def v052():
    R = new('v052', 'missing', 'clarification', ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Dirección General de Capitanías y Guardacostas', 'DICAPI', 'other'), 'CARTA N° 0014-2023/DICAPI-TAIP',
            ['Solicitud N° 0058-2023'], '2023-01-31',
            'carta asking the requester to correct the request (missing identity document and delivery form)',
            notes='Clarification (subsanar): missing identity document and delivery form; the period 2022 is restated. Sender: the navy\'s coast guard directorate, kind other.')
    std(R, ['MARINA DE GUERRA DEL PERÚ', 'Dirección General de Capitanías y Guardacostas'], 2023, 'Callao, 31 de enero de 2023', 'CARTA N° 0014-2023/DICAPI-TAIP',
        ['Señor', 'Rómulo Trelles Cano', 'Presente'], [('Ref.', ': Solicitud N° 0058-2023')])
    body(R, ['Su solicitud sobre intervenciones a embarcaciones por presunta trata de personas durante 2022 no indica el número de su documento de '
             'identidad ni la forma de entrega de la información.',
             'Sírvase subsanar estas omisiones dentro de los dos días hábiles siguientes a la notificación de la presente; caso contrario, se considerará no presentada.'])
    R.sign('C. de N. Álvaro Prado Mendívil', 'Funcionario Responsable de Acceso a la Información Pública')


def v053():
    R = new('v053', 'out_of_period', None, ['protection', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Municipalidad Provincial de San Román', 'MPSR', 'provincial_municipality'), 'OFICIO N° 0412-2024-MPSR-J/GDS',
            ['Informe Técnico N° 021-2023-MPSR/SGGRD'], '2024-09-04',
            'oficio, semester columns of 2023 and 2024 under year groups, "S/ 45 300,-" style amounts',
            notes='Request 2022; gives 2023-2024: the DEMUNA office building was closed as unsafe by the civil-defence inspection and its 2022 files cannot be entered.')
    std(R, ['MUNICIPALIDAD PROVINCIAL DE SAN ROMÁN – JULIACA', 'Gerencia de Desarrollo Social'], 2024, 'Juliaca, 04 de setiembre de 2024',
        'OFICIO N° 0412-2024-MPSR-J/GDS', ['Señora', 'Beatriz Ccallo Mamani', 'Presente'], [('ASUNTO', ': Atenciones por trata de personas – 2022')])
    body(R, ['El local donde funcionaba la DEMUNA fue declarado inhabitable y clausurado según el Informe Técnico N° 021-2023-MPSR/SGGRD, y su archivo de 2022 '
             'permanece en el interior sin acceso autorizado. Se informa lo registrado desde el traslado a la nueva sede:'])
    head = [['Concepto', '2023', '', '2024', ''], ['', 'I Sem.', 'II Sem.', 'I Sem.', 'II Sem.']]
    rows = [['Casos atendidos', Cn(9, 'caso', y=2023), Cn(12, 'caso', y=2023), Cn(14, 'caso', y=2024), '-'],
            ['Gasto en asistencia', Mcd(18400, y=2023, r='e', u='cell'), Mcd(26900, y=2023, r='e', u='cell'), Mcd(31250, y=2024, r='e', u='cell'), '-']]
    mtable(R, head, rows, merges=((0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)), widths=(4.5, 2.6, 2.6, 2.6, 2.6))
    R.sign('Lic. Elvis Apaza Cusi', 'Gerente de Desarrollo Social')


def v054():
    R = new('v054', 'missing', 'no_reply', ['prevention', 'protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Yarinacocha', 'MDY', 'district_municipality'), None, ['Expediente N° 2022-003318'], '2022-03-15',
            'printout of the document-tracking system: the request shown as pending, with no answer, printed after the deadline',
            notes='Tracking printout: the request is "PENDIENTE – SIN RESPUESTA" after the term; no reply. Date of the printout.')
    R.header(['MUNICIPALIDAD DISTRITAL DE YARINACOCHA', 'Sistema de Gestión Documentaria – Consulta de expediente'], align='l')
    R.p('Fecha de impresión: 15/03/2022 16:40', align='r', size=9)
    R.table([['Campo', 'Valor']], [['Expediente', 'Expediente N° 2022-003318'], ['Asunto', 'Solicitud de acceso: casos y actividades contra la trata de personas año 2021'],
                                   ['Fecha de ingreso', '14/02/2022'], ['Unidad actual', 'Sub Gerencia de DEMUNA'], ['Estado', 'PENDIENTE – SIN RESPUESTA']],
            widths=(4.0, 11.0), size=9)
    R.table([['Fecha', 'De', 'A', 'Acción']], [['14/02/2022', 'Mesa de Partes', 'Secretaría General', 'Derivado'],
                                              ['16/02/2022', 'Secretaría General', 'Sub Gerencia de DEMUNA', 'Para atención']],
            widths=(2.5, 4.0, 4.5, 4.0), size=9, caption='Movimientos')


def v055():
    R = new('v055', 'missing', 'off_topic', [], ('2023-01-01', '2023-12-31'),
            S('Municipalidad Distrital de Surquillo', 'MDS', 'district_municipality'), 'INFORME N° 087-2024-SGFA-GDE/MDS',
            ['Memorando N° 0041-2024-GDE/MDS'], '2024-02-06',
            'internal informe (A / DE / ASUNTO / FECHA) on street-vending control operations, seizures and fines',
            notes='Off topic: control of street vending; operations, seizures and fines (fines have no stage).')
    memo(R, 'INFORME N° 087-2024-SGFA-GDE/MDS', [('A', ': Gerencia de Desarrollo Económico'), ('DE', ': Sub Gerencia de Fiscalización Administrativa'),
                                                ('ASUNTO', ': Operativos contra el comercio ambulatorio 2023'), ('REF.', ': Memorando N° 0041-2024-GDE/MDS'),
                                                ('FECHA', ': Surquillo, 06 de febrero de 2024')],
         head_lines=['MUNICIPALIDAD DE SURQUILLO', 'Sub Gerencia de Fiscalización Administrativa'])
    ctab(R, [['Mercado / zona', 'Operativos', 'Decomisos']], [('Mercado N° 1', [52, 118]), ('Av. Angamos', [37, 64]), ('Av. República de Panamá', [29, 41])],
         ['operativo', 'decomiso'], 2023, widths=(6.0, 3.0, 3.0))
    body(R, ['Se impusieron multas por un total de ' + Mf(148650, 'eu', 2, pre='S/ ', y=2023) + '.'])
    R.sign('Abog. Víctor Luyo Campos', 'Sub Gerente de Fiscalización Administrativa')


def v056():
    R = new('v056', 'out_of_period', None, ['governance', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('Gobierno Regional de Lambayeque', 'GORE Lambayeque', GR), 'OFICIO N° 000318-2022-GR.LAMB/GRDS',
            ['Informe N° 000061-2022-GR.LAMB/ORTI'], '2022-04-21',
            'oficio, a results-and-plan table with 2019 and 2022 columns and amounts in millions with "mill."',
            notes='Request 2020-2021; gives 2019 results and 2022 programming: the 2020-2021 files were kept in a cloud account suspended for non-payment of its licence; recovery requested.')
    std(R, ['GOBIERNO REGIONAL DE LAMBAYEQUE', 'Gerencia Regional de Desarrollo Social'], 2022, 'Chiclayo, 21 de abril de 2022', 'OFICIO N° 000318-2022-GR.LAMB/GRDS',
        ['Señor', 'Óscar Chapoñán Ñiquen', 'Presente'], [('Asunto', ': Acciones contra la trata en los años 2020 y 2021')], style='l',
        logo=(logo_png('grl', 'GRL', 'shield', (160, 110, 0)), 1.5))
    body(R, ['Según el Informe N° 000061-2022-GR.LAMB/ORTI, los archivos de 2020 y 2021 se guardaban en una cuenta institucional de almacenamiento en la nube '
             'que fue suspendida por falta de pago de la licencia; se ha solicitado al proveedor su restitución. Se informa lo disponible:'])
    R.table([['Concepto', 'Ejecutado 2019', 'Programado 2022']],
            [['Sesiones de la red regional', Cn(6, 'sesión', y=2019), Cn(8, 'sesión', y=2022)], ['Campañas radiales', Cn(3, 'campaña', y=2019), Cn(5, 'campaña', y=2022)],
             ['Presupuesto', Mmabbr(0.3, y=2019, r='e', u='cell'), Mmabbr(0.5, y=2022, r='a', u='cell')]], widths=(6.0, 3.5, 3.5))
    R.sign('Abog. Rosa Effio Chancafe', 'Gerente Regional de Desarrollo Social')


def v057():
    R = new('v057', 'missing', 'denied_exception', ['prosecution'], ('2023-01-01', '2023-12-31'),
            S('Fiscalía Provincial Corporativa Especializada contra la Criminalidad Organizada de Lima', None, 'autonomous'),
            'OFICIO N° 000403-2024-MP-FN-FPCECO-LIMA', ['Solicitud N° 0117-2024'], '2024-02-22',
            'oficio denying copies of investigation files under the reserved-information exception',
            notes='Denied: copies of investigation files are reserved (article 17 of the transparency law).')
    std(R, ['MINISTERIO PÚBLICO', 'Fiscalía Provincial Corporativa Especializada contra la Criminalidad Organizada de Lima'], 2024, 'Lima, 22 de febrero de 2024',
        'OFICIO N° 000403-2024-MP-FN-FPCECO-LIMA', ['Señora', 'Irene Castro Llerena', 'Presente'], [('Ref.', ': Solicitud N° 0117-2024')], dec=False)
    body(R, ['Usted solicita copia de las disposiciones emitidas en 2023 en las investigaciones contra organizaciones dedicadas a la trata de personas.',
             'Dichas investigaciones se encuentran en trámite y su contenido está protegido por la reserva de la investigación fiscal, supuesto de '
             'información confidencial previsto en el artículo 17 del TUO de la Ley N° 27806, por lo que no procede su entrega.'])
    R.sign('Dr. Mauricio Salas Arroyo', 'Fiscal Provincial Coordinador')


def v058():
    R = new('v058', 'missing', 'off_topic', [], ('2022-01-01', '2022-12-31'),
            S('Dirección Regional de la Producción de Loreto', 'DIREPRO Loreto', GR), 'OFICIO N° 0276-2023-GRL-DIREPRO',
            ['Solicitud N° 012-2023'], '2023-02-27',
            'oficio on illegal fishing control: operations on rivers, boats intervened, budget "S/ 320K" style',
            notes='Off topic: illegal fishing control (pesca ilegal); counts and budget unrelated to trafficking.')
    std(R, ['GOBIERNO REGIONAL DE LORETO', 'DIRECCIÓN REGIONAL DE LA PRODUCCIÓN'], 2023, 'Iquitos, 27 de febrero de 2023', 'OFICIO N° 0276-2023-GRL-DIREPRO',
        ['Señor', 'Pablo Tamani Ahuanari', 'Presente'], [('Asunto', ': Operativos de control de pesca 2022'), ('Ref.', ': Solicitud N° 012-2023')])
    R.table([['Cuenca', 'Operativos', 'Embarcaciones intervenidas']],
            [['Río Amazonas', Cn(23, 'operativo', y=2022), Cn(61, 'embarcación', y=2022)], ['Río Napo', Cn(11, 'operativo', y=2022), Cn(27, 'embarcación', y=2022)],
             ['Río Ucayali', Cn(15, 'operativo', y=2022), Cn(34, 'embarcación', y=2022)]], widths=(5.0, 3.0, 4.5))
    body(R, ['El PIM de la actividad de control y vigilancia fue de ' + Mk(320, y=2022, r='a') + ' y se ejecutó ' + Mk(287, y=2022, r='e') + '.'])
    R.sign('Blgo. Jaime Vela Paima', 'Director Regional de la Producción')


def v059():
    R = new('v059', 'out_of_period', None, ['protection', 'governance'], ('2022-01-01', '2022-12-31'),
            S('Red de Salud Alto Amazonas', None, GR), 'OFICIO N° 0154-2023-GRL-DRSL-RSAA/DE',
            ['Resolución Ministerial N° 1029-2022/MINSA'], '2023-05-09',
            'oficio of a health network (executing unit), earlier years as columns, percents of cases referred',
            notes='Request 2022; gives 2020-2021: the 2022 HIS records of the trafficking code are being recoded after a change of the coding catalogue and are not yet usable.')
    std(R, ['GOBIERNO REGIONAL DE LORETO', 'Unidad Ejecutora 404 – Red de Salud Alto Amazonas', 'Dirección Ejecutiva'], 2023, 'Yurimaguas, 09 de mayo de 2023',
        'OFICIO N° 0154-2023-GRL-DRSL-RSAA/DE', ['Señora', 'Gisela Pacaya Sangama', 'Presente'], [('Asunto', ': Atenciones a víctimas de trata, año 2022')], style='r')
    body(R, ['Con la Resolución Ministerial N° 1029-2022/MINSA se modificó el catálogo de códigos del sistema HIS, y los registros de 2022 vienen siendo '
             'recodificados por la Oficina de Estadística; hasta concluir ese proceso no pueden emitirse cifras. Se remiten las de 2020 y 2021:'])
    R.table([['Indicador', '2020', '2021']],
            [['Víctimas atendidas', Cn(17, 'víctima', y=2020), Cn(24, 'víctima', y=2021)], ['Referidas al CEM', Cn(11, 'víctima', y=2020), Cn(19, 'víctima', y=2021)],
             ['Referidas / atendidas', Psp(64.7, y=2020, u='cell'), Psp(79.2, y=2021, u='cell')]], widths=(6.0, 3.0, 3.0))
    R.sign('MC. Fernando Arévalo Tuanama', 'Director Ejecutivo')


def v060():
    R = new('v060', 'missing', 'off_topic', [], ('2021-01-01', '2022-12-31'),
            S('Comisión Nacional para el Desarrollo y Vida sin Drogas', 'DEVIDA', 'other'), 'OFICIO N° 000126-2023-DV-PE',
            ['Carta S/N de fecha 09 de enero de 2023'], '2023-01-30',
            'oficio on drug trafficking and alternative development: families, hectares reconverted, budget per year in a table with "millones de soles" header',
            notes='Off topic: illicit drug trafficking (tráfico ilícito de drogas). Budget in a column "(millones de S/)". Families are counts.')
    std(R, ['DEVIDA', 'Presidencia Ejecutiva'], 2023, 'San Isidro, 30 de enero de 2023', 'OFICIO N° 000126-2023-DV-PE', ['Señor', 'Renato Gálvez Olivares', 'Presente'],
        [('Ref.', ': Carta S/N de fecha 09 de enero de 2023')])
    body(R, ['En atención a su carta sobre acciones contra el tráfico ilícito de drogas en 2021 y 2022, se informa:'])
    R.table([['Año', 'Familias beneficiarias', 'Presupuesto ejecutado (millones de S/)']],
            [['2021', Cn(18240, 'familia', 'sp', y=2021), Mf(287.4, 'eu', 1, scale=1e6, y=2021, r='e')],
             ['2022', Cn(21115, 'familia', 'sp', y=2022), Mf(312.9, 'eu', 1, scale=1e6, y=2022, r='e')]], widths=(2.0, 4.5, 6.0))
    R.sign('Econ. Ricardo Soberón Fajardo', 'Presidente Ejecutivo')
