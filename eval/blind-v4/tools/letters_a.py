"""blind-v4 replies d401-d412."""
from lib import M, C, P, logo_png
from common import new, S, slogan, refblock, footnotes


def d401():
    R = new('d401', 'answered', None, ['protection', 'governance'], ('2017-01-01', '2018-06-30'),
            S('Ministerio de la Mujer y Poblaciones Vulnerables', 'MIMP', 'ministry'),
            'OFICIO N° 1184-2018-MIMP/DGCVG', ['Expediente N° 2018-0042117', 'Informe Técnico N° 038-2018-MIMP/DGCVG-DAPRODE'],
            '2018-07-03', 'oficio + annexed informe técnico; answer split across both; table with wrapped headers, unit in caption',
            photo=True)
    R.header(['MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES', 'Despacho Viceministerial de la Mujer',
              'Dirección General contra la Violencia de Género'], logo=(logo_png('mimp', 'MIMP', 'square', (150, 20, 60)), 1.5))
    slogan(R, 2018)
    R.p('Lima, 3 de julio del 2018', align='r')
    R.p('OFICIO N° 1184-2018-MIMP/DGCVG', bold=True, under=True, after=8)
    R.p('Señora\nMARITZA ELENA QUISPE HUAMANÍ\nCalle Los Ficus 380, Urb. Santa Anita\nLima.-', after=8)
    refblock(R, [('Asunto', ': Solicitud de acceso a la información pública sobre atención a víctimas de trata de personas (enero 2017 - junio 2018)'),
                 ('Referencia', ': Expediente N° 2018-0042117')])
    R.p('De mi consideración:', after=6)
    R.p('Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita, al amparo del '
        'Texto Único Ordenado de la Ley N° 27806, información sobre la atención brindada a víctimas de trata de personas y la '
        'participación del Ministerio en la gobernanza de la política nacional, durante el periodo comprendido entre enero de 2017 y junio de 2018.', align='j')
    R.p('Al respecto, se remite adjunto el Informe Técnico N° 038-2018-MIMP/DGCVG-DAPRODE, elaborado por la Dirección de Asistencia '
        'y Promoción de Derechos, que contiene el detalle solicitado. Sin perjuicio de ello, se precisa que en el periodo indicado los '
        f'Hogares de Refugio Temporal articulados con este Ministerio brindaron atención a {C("doscientas catorce (214)", 214, "víctima")} '
        f'víctimas de trata de personas, y que esta Dirección General participó en {C("once (11)", 11, "sesión")} sesiones de la Comisión '
        'Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes.', align='j')
    R.p('Hago propicia la oportunidad para expresarle los sentimientos de mi especial consideración.', align='j')
    R.p('Atentamente,')
    R.sign('ROSA AMELIA CÁRDENAS VILLAR', 'Directora General', 'Dirección General contra la Violencia de Género', before=20)
    R.p('RACV/lmt  -  Adj.: lo indicado (02 folios)', size=7.5, before=10)
    R.pagebreak()
    R.p('INFORME TÉCNICO N° 038-2018-MIMP/DGCVG-DAPRODE', bold=True, align='c', after=8)
    refblock(R, [('A', ': ROSA AMELIA CÁRDENAS VILLAR\n  Directora General contra la Violencia de Género'),
                 ('DE', ': JULIO CÉSAR PAREDES ÑAHUI\n  Director de Asistencia y Promoción de Derechos'),
                 ('ASUNTO', ': Información sobre víctimas de trata atendidas, enero 2017 - junio 2018'),
                 ('FECHA', ': Lima, 28 de junio de 2018')], size=10)
    R.p('I. ANTECEDENTES', bold=True)
    R.p('Mediante Expediente N° 2018-0042117 se solicita información sobre la atención a víctimas de trata de personas en el periodo enero 2017 - junio 2018.', align='j')
    R.p('II. ANÁLISIS', bold=True)
    R.p('2.1 Atención en Hogares de Refugio Temporal', bold=True)
    R.table([['Periodo', 'Niñas, niños y\nadolescentes', 'Personas\nadultas', 'Total\natendidas']],
            [['2017', C('96', 96, 'víctima', y=2017), C('41', 41, 'víctima', y=2017), C('137', 137, 'víctima', y=2017)],
             ['Enero - junio 2018', C('58', 58, 'víctima', y=2018), C('19', 19, 'víctima', y=2018), C('77', 77, 'víctima', y=2018)],
             ['Total', C('154', 154, 'víctima'), C('60', 60, 'víctima'), C('214', 214, 'víctima')]],
            widths=(4.5, 3.6, 3.0, 3.0), caption='Cuadro N° 1. Víctimas de trata de personas atendidas en Hogares de Refugio Temporal, según grupo de edad (número de personas)',
            bold_rows=(2,), note='Fuente: Registro de atenciones DAPRODE, corte al 30.06.2018.')
    R.p('2.2 Presupuesto', bold=True)
    R.p(f'Para el funcionamiento de los hogares se asignó en el año 2017 un PIM de {M("S/ 1 480 000,00", 1480000, y=2017, r="a")}, del cual '
        f'se ejecutó (devengado) {M("S/ 1 312 455,60", 1312455.60, y=2017, r="e")}, equivalente al {P("88,7 %", 88.7, y=2017)} de avance. '
        f'Para el año 2018 el PIM asciende a {M("S/ 1 525 300,00", 1525300, y=2018, r="a")} y al 30 de junio se ha devengado '
        f'{M("S/ 702 118,45", 702118.45, y=2018, r="e")} ({P("46,0 %", 46.0, y=2018)}).', align='j')
    R.p('2.3 Fortalecimiento de capacidades', bold=True)
    R.p(f'En el periodo se capacitó a {C("63", 63, "profesional")} profesionales de los hogares en el Protocolo Intersectorial para la '
        'Prevención y Persecución del Delito y la Protección, Atención y Reintegración de Víctimas de Trata de Personas.', align='j')
    R.p('III. CONCLUSIÓN', bold=True)
    R.p('Se recomienda remitir el presente informe a la solicitante.', align='j')
    R.sign('JULIO CÉSAR PAREDES ÑAHUI', 'Director de Asistencia y Promoción de Derechos', before=14)
    R.save()


def d402():
    R = new('d402', 'answered', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Ministerio Público - Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', 'MP-FN', 'autonomous'),
            'OFICIO N° 0027-2019-MP-FN-FPEDTP-LIMA', ['Carta N° 004-2019-AIP'], '2019-01-08',
            'oficio, bullet list of counts, date stamp style "08 ENE. 2019"; says assistance to victims is UDAVIT\'s competence', photo=True)
    R.p('MINISTERIO PÚBLICO', bold=True, align='c', size=13, after=0)
    R.p('FISCALÍA DE LA NACIÓN', align='c', size=10, after=0)
    R.p('Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', align='c', italic=True, size=10, after=10)
    slogan(R, 2019)
    R.p('Lima, 08 ENE. 2019', align='r')
    R.p('OFICIO N° 0027-2019-MP-FN-FPEDTP-LIMA', bold=True)
    R.p('Señor\nCARLOS ALBERTO YUPANQUI SORIA\nPresente.-', after=8)
    R.p('Ref.: Carta N° 004-2019-AIP (solicitud de información del año 2018)', bold=True)
    R.p('Me dirijo a usted en atención al documento de la referencia, por el cual se solicita información estadística sobre las '
        'investigaciones por el delito de trata de personas tramitadas por este despacho fiscal durante el año 2018. Sobre el particular, '
        'de acuerdo con el Sistema de Gestión Fiscal (SGF), se informa lo siguiente:', align='j')
    R.bullets([f'Carpetas fiscales ingresadas en el año 2018: {C("187", 187, "carpeta fiscal", y=2018)}.',
               f'Carpetas archivadas en sede preliminar: {C("64", 64, "carpeta fiscal", y=2018)}.',
               f'Investigaciones preparatorias formalizadas: {C("39", 39, "investigación preparatoria", y=2018)}.',
               f'Requerimientos acusatorios presentados: {C("21", 21, "acusación", y=2018)}.',
               f'Sentencias condenatorias obtenidas: {C("nueve (09)", 9, "sentencia condenatoria", y=2018)}.',
               f'Víctimas identificadas en las carpetas del año: {C("243", 243, "víctima", y=2018)}, de las cuales '
               f'{C("171", 171, "víctima", y=2018)} son mujeres ({P("70,4%", 70.4, y=2018)}).'])
    R.p('En cuanto a la asistencia legal, psicológica y social brindada a dichas víctimas, se precisa que ésta es competencia de la '
        'Unidad Distrital de Asistencia a Víctimas y Testigos (UDAVIT) del Distrito Fiscal de Lima, a la que podrá dirigir su consulta.', align='j')
    R.p('Atentamente,')
    R.sign('GLADYS NOEMÍ HUERTAS PALOMINO', 'Fiscal Provincial Titular', 'Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima', before=22)
    R.save()


def d403():
    R = new('d403', 'answered', None, ['prosecution', 'protection'], ('2019-01-01', '2019-06-30'),
            S('Policía Nacional del Perú - División de Investigación de Delitos de Trata de Personas y Tráfico Ilícito de Migrantes', 'PNP', 'police'),
            'OFICIO N° 412-2019-DIRNIC PNP/DIVINTRAP-SEC.', [], '2019-07-15',
            'police oficio, date "15JUL2019", table by quarter with wrapped headers, totals row')
    R.letterhead_table(None, ['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN DE INVESTIGACIÓN CRIMINAL',
                              'DIVISIÓN DE INVESTIGACIÓN DE DELITOS DE TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES'],
                       right='DIVINTRAP\nSECRETARÍA', widths=(1.0, 12.5, 3.0))
    R.p('')
    R.p('Lima, 15JUL2019', align='r')
    R.p('OFICIO N° 412-2019-DIRNIC PNP/DIVINTRAP-SEC.', bold=True)
    refblock(R, [('SEÑOR', ': Responsable de atender solicitudes de acceso a la información - DIRNIC PNP'),
                 ('ASUNTO', ': Remite información estadística del primer semestre del año 2019 (enero-junio)'),
                 ('REF.', ': Solicitud S/N de fecha 03JUL2019')])
    R.p('Tengo el honor de dirigirme a Ud., en relación al documento de la referencia, a fin de remitirle la información producida por '
        'esta División en el primer semestre del año 2019 (enero a junio), conforme al siguiente detalle:', align='j')
    cap = 'ACCIONES DE LA DIVINTRAP - PRIMER SEMESTRE 2019'
    R.table([['Periodo', 'Operativos\nrealizados', 'Víctimas\nrescatadas', 'Presuntos\ntratantes\ndetenidos', 'Informes\npoliciales\nformulados']],
            [['I Trimestre 2019', C('34', 34, 'operativo', y=2019), C('112', 112, 'víctima', y=2019), C('27', 27, 'detenido', y=2019), C('19', 19, 'informe policial', y=2019)],
             ['II Trimestre 2019', C('41', 41, 'operativo', y=2019), C('139', 139, 'víctima', y=2019), C('33', 33, 'detenido', y=2019), C('24', 24, 'informe policial', y=2019)],
             ['TOTAL', C('75', 75, 'operativo', y=2019), C('251', 251, 'víctima', y=2019), C('60', 60, 'detenido', y=2019), C('43', 43, 'informe policial', y=2019)]],
            widths=(4.0, 2.8, 2.8, 2.8, 2.8), caption=cap, bold_rows=(2,), note='Fuente: Sistema de Registro y Estadística del delito de Trata de Personas y Afines (RETA PNP).')
    R.p(f'Asimismo, de las víctimas rescatadas, {C("38", 38, "víctima", y=2019)} menores de edad fueron puestas a disposición de la Unidad '
        'de Protección Especial (UPE) del MIMP para su atención y protección.', align='j')
    R.p('Es propicia la ocasión para expresarle los sentimientos de mi especial consideración y estima personal.', align='j')
    R.p('Dios guarde a Ud.', align='c')
    R.sign('O-221874\nLUIS ENRIQUE CHUQUIMANGO TELLO', 'CORONEL PNP', 'JEFE DE LA DIVINTRAP', before=26)
    R.save()


def d404():
    R = new('d404', 'answered', None, ['governance', 'prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Loreto', 'GOREL', 'regional_government'),
            'OFICIO N° 096-2019-GRL-GGR/GRDS', ['Expediente N° 00871-2019', 'Ordenanza Regional N° 012-2014-GRL-CR'], '2019-01-22',
            'oficio with numbered sections; real figures plus "aún no ha sido aprobado" / "no ha sido creada"')
    R.header(['GOBIERNO REGIONAL DE LORETO', 'Gerencia Regional de Desarrollo Social'], align='l',
             logo=(logo_png('gorel', 'GRL', 'shield', (20, 100, 40)), 1.4))
    slogan(R, 2019)
    R.p('Iquitos, 22 de enero de 2019', align='r')
    R.p('OFICIO N° 096-2019-GRL-GGR/GRDS', bold=True)
    R.p('Señora:\nPATRICIA LUCÍA RENGIFO AREVALO\nCiudad.-', after=6)
    R.p('ASUNTO: Información sobre acciones regionales contra la trata de personas - año 2018', bold=True)
    R.p('REF.: Expediente N° 00871-2019', bold=True, after=8)
    R.p('Es grato dirigirme a usted para dar respuesta a su solicitud de la referencia, referida a las acciones del Gobierno Regional de '
        'Loreto contra la trata de personas en el año 2018, conforme se detalla:', align='j')
    R.p('1. Instancia regional', bold=True)
    R.p('La Red Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes de Loreto, creada por Ordenanza Regional '
        f'N° 012-2014-GRL-CR, sesionó en {C("seis (06)", 6, "sesión", y=2018)} oportunidades durante el año 2018. El Plan Regional contra la Trata '
        'de Personas 2018-2021 aún no ha sido aprobado por el Consejo Regional; asimismo, el Observatorio Regional de la Trata previsto en '
        'dicho plan no ha sido creado.', align='j')
    R.p('2. Prevención', bold=True)
    R.p(f'Se desarrollaron {C("catorce (14)", 14, "taller", y=2018)} talleres de sensibilización en instituciones educativas de Iquitos, '
        f'Nauta y Caballococha, con la participación de {C("1 260", 1260, "estudiante", y=2018)} estudiantes de nivel secundario.', align='j')
    R.p('3. Presupuesto', bold=True)
    R.p('Para la actividad "Acciones de prevención de la trata de personas" se contó en el ejercicio 2018 con un Presupuesto Institucional '
        f'Modificado (PIM) de {M("S/ 85 000,00", 85000, y=2018, r="a")}, habiéndose ejecutado {M("S/ 61 320,00", 61320, y=2018, r="e")}, '
        f'que representa el {P("72,1 %", 72.1, y=2018)} de ejecución.', align='j')
    R.p('Sin otro particular, quedo de usted.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. ROGER ARMANDO PINEDO SAAVEDRA', 'Gerente Regional de Desarrollo Social', before=22)
    R.save()


def d405():
    R = new('d405', 'answered', None, ['prevention', 'governance'], ('2017-01-01', '2017-12-31'),
            S('Municipalidad Distrital de San Juan de Lurigancho', 'MDSJL', 'district_municipality'),
            'CARTA N° 145-2018-SG/MDSJL', ['Informe N° 037-2018-GDH/MDSJL', 'Memorando N° 211-2018-SGPV-GDH/MDSJL'], '2018-03-14',
            'carta, plain letterhead, substantive null answer, no figures',
            notes='Substantive null for the requested year 2017 (no prevention actions, no budget, no committee) -> answered, per the guide; axes from what the null is about.')
    R.p('MUNICIPALIDAD DISTRITAL DE SAN JUAN DE LURIGANCHO', bold=True, size=12, after=0)
    R.p('Secretaría General', size=10, after=12)
    R.p('San Juan de Lurigancho, 14 de marzo de 2018')
    R.p('CARTA N° 145-2018-SG/MDSJL', bold=True, before=6)
    R.p('Señor\nWALTER ENRIQUE MAMANI CCOPA\nJr. Los Amautas 1480, Zárate\nPresente.-', after=8)
    R.p('Asunto: Respuesta a solicitud de acceso a la información pública - acciones contra la trata de personas, año 2017', bold=True, after=8)
    R.p('De mi consideración:')
    R.p('Me dirijo a usted para hacer de su conocimiento que, de acuerdo con el Informe N° 037-2018-GDH/MDSJL de la Gerencia de Desarrollo '
        'Humano y el Memorando N° 211-2018-SGPV-GDH/MDSJL de la Subgerencia de Participación Vecinal, durante el año 2017 esta corporación '
        'municipal no ha desarrollado acciones de prevención de la trata de personas ni ha asignado presupuesto para actividades vinculadas '
        'al Plan Nacional de Acción contra la Trata de Personas.', align='j')
    R.p('Del mismo modo, se informa que en el año 2017 no se conformó en el distrito una mesa, red o comité de trabajo en la materia, lo '
        'cual se encuentra previsto para el presente ejercicio en el marco de la articulación con la Prefectura de Lima.', align='j')
    R.p('Con lo cual se da por atendida su solicitud.')
    R.p('Atentamente,')
    R.sign('Abog. DORIS JANET VILCHEZ ORÉ', 'Secretaria General', before=22)
    R.save()


def d406():
    R = new('d406', 'answered', None, ['prevention'], ('2017-01-01', '2018-12-31'),
            S('Municipalidad Provincial del Cusco', 'MPC', 'provincial_municipality'),
            'OFICIO N° 318-2018-GDHS/MPC', ['Solicitud con Registro N° 27744'], '2018-12-05',
            'oficio, two-column body text, mixes 2016 with 2017-2018',
            notes='Gives 2016 (out of period) next to 2017 and 2018 (requested) -> answered.')
    R.p('MUNICIPALIDAD PROVINCIAL DEL CUSCO', bold=True, align='c', size=13, after=0)
    R.p('Gerencia de Desarrollo Humano y Social', align='c', size=10, after=0)
    R.p('"Cusco, Patrimonio Cultural de la Humanidad"', align='c', italic=True, size=9, after=10)
    R.p('Cusco, 05 de diciembre de 2018', align='r')
    R.p('OFICIO N° 318-2018-GDHS/MPC', bold=True)
    R.p('Señorita\nALEJANDRA SOFÍA HUAMÁN CONDORI\nPresente.-')
    R.p('ASUNTO: Atiende solicitud sobre acciones de prevención de la trata de personas, periodo 2017 - 2018', bold=True)
    R.p('REFERENCIA: Solicitud con Registro N° 27744', bold=True, after=6)
    R.columns(2)
    R.p('Por medio del presente me dirijo a usted en atención al documento de la referencia, para informarle sobre las acciones de '
        'prevención de la trata de personas desarrolladas por la Municipalidad Provincial del Cusco en los años 2017 y 2018.', align='j')
    R.p('Como antecedente, cabe señalar que en el año 2016 la Subgerencia de la Mujer y Poblaciones Vulnerables realizó '
        f'{C("ocho (08)", 8, "charla", y=2016)} charlas informativas en mercados de abastos del Centro Histórico.', align='j')
    R.p(f'En el año 2017 se ejecutaron {C("doce (12)", 12, "charla", y=2017)} charlas en instituciones educativas y una feria '
        f'informativa en la Plaza de Armas, a la que asistieron aproximadamente {C("2 300", 2300, "persona", y=2017)} personas.', align='j')
    R.p(f'En el año 2018 se realizaron {C("quince (15)", 15, "charla", y=2018)} charlas dirigidas a trabajadores del sector turismo y a '
        f'transportistas, y la campaña "Cusco sin Trata", en la que se distribuyeron {C("4 500", 4500, "volante", y=2018)} volantes. Para '
        f'dicha campaña se ejecutó un monto de {M("S/ 18 500,00", 18500, y=2018, r="e")} con cargo a recursos directamente recaudados.', align='j')
    R.p('Se adjunta copia de las actas de las actividades y el registro fotográfico correspondiente.', align='j')
    R.columns(1)
    R.p('Atentamente,', before=6)
    R.sign('Mg. FREDY ROLANDO CAHUANA QUISPE', 'Gerente de Desarrollo Humano y Social', before=18)
    R.save()


def d407():
    R = new('d407', 'answered', None, ['prevention'], ('2017-01-01', '2018-12-31'),
            S('Ministerio de Educación', 'MINEDU', 'ministry'),
            'OFICIO N° 00457-2019-MINEDU/VMGP-DIGC', ['Expediente N° MPT2019-EXT-0012288', 'Informe N° 00031-2019-MINEDU/VMGP-DIGC-DITOE'], '2019-02-11',
            'oficio with two tables: counts by region and year (two-row wrapped headers), budget table with unit "(en soles)" in caption',
            photo=True)
    R.header(['PERÚ  |  Ministerio de Educación', 'Viceministerio de Gestión Pedagógica', 'Dirección General de Calidad de la Gestión Escolar'],
             align='l', logo=(logo_png('minedu', 'ME', 'square', (180, 20, 20)), 1.2))
    slogan(R, 2019)
    R.p('Lima, 11 de febrero de 2019', align='r')
    R.p('OFICIO N° 00457-2019-MINEDU/VMGP-DIGC', bold=True)
    R.p('Señor\nJORGE LUIS ESPINOZA BALTAZAR\nPresente.-')
    refblock(R, [('Asunto', ': Información sobre acciones de prevención de la trata de personas en el sector educación (años 2017 y 2018)'),
                 ('Referencia', ': Expediente N° MPT2019-EXT-0012288')])
    R.p('Me dirijo a usted con relación al expediente de la referencia. Al respecto, la Dirección de Tutoría y Orientación Educativa '
        'ha emitido el Informe N° 00031-2019-MINEDU/VMGP-DIGC-DITOE, cuyos datos principales se resumen a continuación:', align='j')
    cap = 'Cuadro 1. Docentes capacitados e instituciones educativas intervenidas en prevención de la trata de personas, por región'
    rows = []
    data = [('Loreto', 320, 410, 25, 31), ('Madre de Dios', 180, 205, 14, 16), ('Cusco', 240, 268, 18, 22), ('Puno', 210, 247, 16, 19),
            ('Total', 950, 1130, 73, 88)]
    for reg, a, b, c, d in data:
        fa = lambda v: '{:,}'.format(v)
        rows.append([reg, C(fa(a), a, 'docente', y=2017), C(fa(b), b, 'docente', y=2018),
                     C(str(c), c, 'institución educativa', y=2017), C(str(d), d, 'institución educativa', y=2018)])
    R.table([['Región', 'Docentes capacitados', '', 'Instituciones educativas\nintervenidas', ''], ['', '2017', '2018', '2017', '2018']], rows,
            merges=((0, 1, 0, 2), (0, 3, 0, 4), (0, 0, 1, 0)), widths=(3.5, 2.6, 2.6, 2.6, 2.6), caption=cap, bold_rows=(4,),
            colnames=[None, 'Docentes capacitados 2017', 'Docentes capacitados 2018', 'Instituciones educativas intervenidas 2017',
                      'Instituciones educativas intervenidas 2018'])
    cap2 = 'Cuadro 2. Presupuesto de la intervención de prevención de la trata de personas (en soles)'
    R.table([['Año', 'PIM', 'Devengado', 'Avance\n(%)']],
            [['2017', M('420,000.00', 420000, y=2017, r='a', u='caption'), M('391,860.00', 391860, y=2017, r='e', u='caption'), P('93.3', 93.3, y=2017)],
             ['2018', M('455,000.00', 455000, y=2018, r='a', u='caption'), M('402,675.00', 402675, y=2018, r='e', u='caption'), P('88.5', 88.5, y=2018)]],
            widths=(2.5, 3.5, 3.5, 2.5), caption=cap2, note='Fuente: Consulta amigable MEF, fecha de consulta 04.02.2019.')
    R.p('Se adjunta el informe en versión digital. Atentamente,', align='j')
    R.sign('CLAUDIA INÉS VALDIVIA MORENO', 'Directora General', 'Dirección General de Calidad de la Gestión Escolar', before=18)
    R.save()


def d408():
    R = new('d408', 'answered', None, ['prevention'], ('2019-01-01', '2019-08-31'),
            S('Ministerio de Trabajo y Promoción del Empleo', 'MTPE', 'ministry'),
            'OFICIO N° 0873-2019-MTPE/2/15', ['Hoja de Ruta N° E-118402-2019', 'Informe N° 0112-2019-MTPE/2/15.1'], '2019-10-02',
            'oficio with a long legal preamble; figures plus "fiscalización es competencia de la SUNAFIL"',
            notes='Gives its own 2019 prevention figures and says labour inspection is SUNAFIL\'s competence -> answered (prevention only).')
    R.header(['Ministerio de Trabajo y Promoción del Empleo', 'Viceministerio de Promoción del Empleo y Capacitación Laboral',
              'Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo'], align='c', size=8.5)
    slogan(R, 2019)
    R.p('Jesús María, 2 de octubre de 2019')
    R.p('OFICIO N° 0873-2019-MTPE/2/15', bold=True)
    R.p('Señora\nLUCÍA FERNANDA SALAS ARROYO\nAv. Arequipa 2750, dpto. 302, Lince\nPresente.-')
    refblock(R, [('Asunto', ': Información sobre acciones de prevención de la trata con fines de explotación laboral, de enero a agosto de 2019'),
                 ('Referencia', ': Hoja de Ruta N° E-118402-2019')])
    R.p('De mi consideración:')
    R.p('El artículo 2, inciso 5, de la Constitución Política del Perú reconoce el derecho de toda persona a solicitar sin expresión de '
        'causa la información que requiera y a recibirla de cualquier entidad pública, en el plazo legal. El Texto Único Ordenado de la '
        'Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública, aprobado por Decreto Supremo N° 021-2019-JUS, desarrolla '
        'dicho derecho y establece que las entidades están obligadas a entregar la información que posean o se encuentre bajo su control, '
        'sin que ello suponga la obligación de crear o producir información con la que no cuenten.', align='j')
    R.p('Asimismo, conforme al Reglamento de Organización y Funciones del Ministerio, esta Dirección General tiene a su cargo la '
        'formulación de políticas en materia de erradicación del trabajo forzoso y del trabajo infantil, así como la promoción de '
        'derechos fundamentales en el ámbito laboral.', align='j')
    R.p('En ese marco, y según lo informado mediante Informe N° 0112-2019-MTPE/2/15.1, de enero a agosto de 2019 esta Dirección General '
        f'realizó {C("nueve (9)", 9, "taller", y=2019)} talleres de prevención de la trata de personas con fines de explotación laboral y '
        f'del trabajo forzoso, dirigidos a trabajadores y empleadores de Madre de Dios, Cusco y Ucayali, con {C("412", 412, "participante", y=2019)} '
        f'participantes; asimismo, el servicio de orientación "Trabaja sin Riesgos" absolvió {C("57", 57, "consulta", y=2019)} consultas '
        'vinculadas a ofertas de empleo engañosas.', align='j')
    R.p('Respecto de las inspecciones laborales por trabajo forzoso o trata con fines de explotación laboral, se precisa que la fiscalización '
        'del cumplimiento de la normativa sociolaboral es competencia de la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL), '
        'por lo que dicha información debe ser requerida a esa entidad.', align='j')
    R.p('Atentamente,')
    R.sign('JAVIER OSWALDO TUESTA RÍOS', 'Director General de Derechos Fundamentales y Seguridad y Salud en el Trabajo', before=20)
    R.save()


def d409():
    R = new('d409', 'answered', None, ['prosecution'], ('2017-01-01', '2018-12-31'),
            S('Poder Judicial - Corte Superior de Justicia de Puno', 'CSJPU', 'autonomous'),
            'OFICIO N° 0211-2019-P-CSJPU/PJ', ['Informe N° 018-2019-CE-CSJPU/PJ'], '2019-02-19',
            'oficio with footnotes (superscript markers), year-row table with wrapped headers, em-dash for missing total')
    R.p('PODER JUDICIAL DEL PERÚ', bold=True, align='c', size=13, after=0)
    R.p('CORTE SUPERIOR DE JUSTICIA DE PUNO', bold=True, align='c', size=11, after=0)
    R.p('Presidencia', align='c', size=10, after=8)
    slogan(R, 2019)
    R.p('Puno, 19 de febrero de 2019', align='r')
    R.p('OFICIO N° 0211-2019-P-CSJPU/PJ', bold=True)
    R.p('Señor\nRENATO ALONSO CCALLO MAMANI\nPresente.-')
    R.p('Asunto: Procesos por delito de trata de personas, años 2017 y 2018', bold=True, after=6)
    R.p('Tengo el agrado de dirigirme a usted para remitirle, en atención a su solicitud de acceso a la información pública, la '
        'información estadística de los procesos judiciales por el delito de trata de personas{sup:1} tramitados en los órganos '
        'jurisdiccionales de este Distrito Judicial durante los años 2017 y 2018, según el Informe N° 018-2019-CE-CSJPU/PJ de la Oficina '
        'de Estadística{sup:2}:', align='j')
    R.table([['Año', 'Procesos\ningresados', 'Sentencias\ncondenatorias', 'Sentencias\nabsolutorias', 'Procesos en\ntrámite al cierre\ndel año']],
            [['2017', C('48', 48, 'proceso', y=2017), C('11', 11, 'sentencia condenatoria', y=2017), C('4', 4, 'sentencia absolutoria', y=2017), C('33', 33, 'proceso', y=2017)],
             ['2018', C('57', 57, 'proceso', y=2018), C('16', 16, 'sentencia condenatoria', y=2018), C('3', 3, 'sentencia absolutoria', y=2018), C('71', 71, 'proceso', y=2018)],
             ['Total', C('105', 105, 'proceso'), C('27', 27, 'sentencia condenatoria'), C('7', 7, 'sentencia absolutoria'), '—']],
            widths=(2.5, 3.0, 3.0, 3.0, 3.2), bold_rows=(2,))
    R.p(f'De las sentencias emitidas en ambos años, el {P("79,4 %", 79.4)} fueron condenatorias.', align='j')
    R.p('Atentamente,')
    R.sign('Dr. HERNÁN TEÓFILO QUISPE LAURA', 'Presidente de la Corte Superior de Justicia de Puno', before=18)
    footnotes(R, ['1 Artículo 153 del Código Penal y formas agravadas del artículo 153-A.',
                  '2 Fuente: Sistema Integrado Judicial (SIJ), información al 31 de diciembre de cada año.'])
    R.save()


def d410():
    R = new('d410', 'answered', None, ['governance'], ('2018-01-01', '2018-12-31'),
            S('Defensoría del Pueblo', 'DP', 'autonomous'),
            'OFICIO N° 0042-2019-DP/ADHPD', ['Informe de Adjuntía N° 005-2019-DP/ADHPD'], '2019-03-25',
            'oficio with footnotes; counts with percents in prose')
    R.p('DEFENSORÍA DEL PUEBLO', bold=True, align='c', size=14, after=0)
    R.p('Adjuntía para los Derechos Humanos y las Personas con Discapacidad', align='c', size=10, after=10)
    R.p('Miraflores, 25 de marzo de 2019', align='r')
    R.p('OFICIO N° 0042-2019-DP/ADHPD', bold=True)
    R.p('Señora\nMÓNICA BEATRIZ ZEGARRA LLANOS\nPresente.-')
    R.p('Asunto: Supervisión de las instancias regionales contra la trata de personas en el año 2018', bold=True, after=6)
    R.p('Me dirijo a usted en atención a su solicitud de información sobre la supervisión realizada por la Defensoría del Pueblo a los '
        'gobiernos regionales en materia de trata de personas durante el año 2018{sup:1}.', align='j')
    R.p(f'En dicho año se supervisó a {C("25", 25, "gobierno regional", y=2018)} gobiernos regionales. De ellos, '
        f'{C("17", 17, "gobierno regional", y=2018)} ({P("68 %", 68, y=2018)}) contaban con una instancia regional de articulación '
        f'(red, mesa o comisión) reconocida por ordenanza, y {C("9", 9, "gobierno regional", y=2018)} ({P("36 %", 36, y=2018)}) '
        'tenían un plan regional contra la trata de personas aprobado. Solo '
        f'{C("cuatro (4)", 4, "gobierno regional", y=2018)} gobiernos regionales habían asignado presupuesto específico a actividades '
        'del Plan Nacional.', align='j')
    R.p('Los resultados completos se encuentran en el Informe de Adjuntía N° 005-2019-DP/ADHPD, disponible en el portal institucional{sup:2}.', align='j')
    R.p('Atentamente,')
    R.sign('PERCY GUSTAVO ARANA BELLIDO', 'Adjunto para los Derechos Humanos y las Personas con Discapacidad', before=18)
    footnotes(R, ['1 Supervisión realizada entre abril y noviembre de 2018.', '2 www.defensoria.gob.pe, sección Informes.'])
    R.save()


def d411():
    R = new('d411', 'answered', None, ['governance', 'prevention', 'protection'], ('2019-01-01', '2019-10-31'),
            S('Gobierno Regional de Madre de Dios', 'GOREMAD', 'regional_government'),
            'MEMORANDO N° 0188-2019-GOREMAD/GRDS', ['Memorando N° 0721-2019-GOREMAD/SG'], '2019-11-08',
            'memorando with long preamble (VISTO/CONSIDERANDO style), numbered points')
    R.p('GOBIERNO REGIONAL DE MADRE DE DIOS', bold=True, align='c', size=12, after=0)
    R.p('GERENCIA REGIONAL DE DESARROLLO SOCIAL', align='c', size=10, after=4)
    slogan(R, 2019)
    R.p('MEMORANDO N° 0188-2019-GOREMAD/GRDS', bold=True, align='c', after=8)
    refblock(R, [('A', ': Abog. KATHERINE MILAGROS SOTO ARANA\n  Funcionaria Responsable de Acceso a la Información Pública'),
                 ('DE', ': Lic. EDGAR WILFREDO HUAYLLANI CHURA\n  Gerente Regional de Desarrollo Social'),
                 ('ASUNTO', ': Información sobre acciones contra la trata de personas de enero a octubre de 2019'),
                 ('REF.', ': Memorando N° 0721-2019-GOREMAD/SG'),
                 ('FECHA', ': Puerto Maldonado, 08 de noviembre del 2019')], size=10)
    R.p('Por el presente me dirijo a usted en relación al documento de la referencia, mediante el cual traslada la solicitud de acceso a '
        'la información pública presentada por la ciudadana Rosa Elvira Quispe Tito. Previamente a dar respuesta, resulta necesario '
        'precisar el marco en que se desarrollan las acciones de esta Gerencia: la Ley N° 28950, Ley contra la Trata de Personas y el '
        'Tráfico Ilícito de Migrantes, y su reglamento, asignan a los gobiernos regionales la responsabilidad de implementar acciones de '
        'prevención, atención y reintegración en su ámbito; la Política Nacional frente a la Trata de Personas y sus Formas de Explotación '
        'y el Plan Nacional de Acción contra la Trata de Personas 2017-2021 establecen los ejes de gobernanza, prevención, atención y '
        'fiscalización; y la Ordenanza Regional que aprueba el Plan Regional encarga a esta Gerencia la secretaría técnica de la Mesa '
        'Regional. En dicho marco, se informa lo siguiente respecto al periodo de enero a octubre de 2019:', align='j')
    R.p(f'1. La Mesa Regional contra la Trata de Personas de Madre de Dios se reunió en {C("siete (07)", 7, "sesión", y=2019)} sesiones '
        'ordinarias, en las que se aprobó su plan de trabajo anual y el protocolo regional de derivación de casos.', align='j')
    R.p(f'2. Se realizaron {C("22", 22, "charla", y=2019)} charlas preventivas en instituciones educativas de Tambopata, Inambari y '
        f'Laberinto, con {C("3 310", 3310, "estudiante", y=2019)} estudiantes participantes.', align='j')
    R.p(f'3. En coordinación con el Centro Emergencia Mujer, se brindó atención psicológica y social a {C("19", 19, "víctima", y=2019)} '
        'víctimas de trata rescatadas en La Pampa, y se gestionó su alojamiento temporal.', align='j')
    R.p('4. Para estas acciones se asignó a la Meta 0045 "Prevención de la trata de personas" un PIM de '
        f'{M("S/ 120 000,00", 120000, y=2019, r="a")}, con una ejecución al 31 de octubre de {M("S/ 97 560,00", 97560, y=2019, r="e")} '
        f'({P("81,3%", 81.3, y=2019)}).', align='j')
    R.p('Lo que comunico a usted para su conocimiento y fines.', align='j')
    R.sign('Lic. EDGAR WILFREDO HUAYLLANI CHURA', 'Gerente Regional de Desarrollo Social', before=20)
    R.save()


def d412():
    R = new('d412', 'answered', None, ['prosecution', 'prevention', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Provincial de Coronel Portillo', 'MPCP', 'provincial_municipality'),
            'OFICIO N° 0765-2018-MPCP-GFC', ['Expediente Externo N° 041952-2018'], '2019-01-16',
            'oficio with bullet list; reference number year differs from the letter date year')
    R.letterhead_table(None, ['MUNICIPALIDAD PROVINCIAL DE CORONEL PORTILLO', 'Gerencia de Fiscalización y Control', 'Pucallpa - Ucayali'],
                       right='MPCP\nGFC', widths=(1.0, 12.5, 3.0))
    R.p('')
    R.p('Pucallpa, 16 de enero de 2019', align='r')
    R.p('OFICIO N° 0765-2018-MPCP-GFC', bold=True)
    R.p('Señor\nHÉCTOR MANUEL FASABI RÍOS\nPresente.-')
    R.p('Asunto: Acciones municipales vinculadas a la trata de personas durante el año 2018', bold=True)
    R.p('Referencia: Expediente Externo N° 041952-2018', bold=True, after=6)
    R.p('Tengo el agrado de dirigirme a usted para informarle que, durante el año 2018, la Gerencia de Fiscalización y Control, en '
        'coordinación con la Policía Nacional del Perú y la Fiscalía Provincial Especializada, realizó las siguientes acciones:', align='j')
    R.bullets([f'{C("26", 26, "operativo", y=2018)} operativos de fiscalización en bares, discotecas y hospedajes de Callería y Yarinacocha.',
               f'{C("9", 9, "local", y=2018)} locales clausurados por funcionar sin licencia o con presencia de menores de edad.',
               f'{C("3", 3, "licencia", y=2018)} licencias de funcionamiento revocadas.',
               f'{C("4", 4, "menor de edad", y=2018)} menores de edad encontradas en dichos locales y puestas a disposición de la Unidad de Protección Especial de Ucayali.',
               f'Un taller informativo con {C("45", 45, "propietario", y=2018)} propietarios y administradores de hospedajes sobre la detección de posibles casos de trata.'])
    R.p('Sin otro particular, me despido de usted.')
    R.sign('Ing. CÉSAR AUGUSTO VÁSQUEZ PANDURO', 'Gerente de Fiscalización y Control', before=20)
    R.save()
