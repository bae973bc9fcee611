"""blind-v4 replies d429-d439 (out of period)."""
from lib import M, C, P, logo_png
from common import new, S, slogan, refblock, footnotes


def d429():
    R = new('d429', 'out_of_period', None, ['prevention'], ('2017-01-01', '2018-06-30'),
            S('Gobierno Regional de Apurímac', 'GRAP', 'regional_government'),
            'OFICIO N° 0389-2018-GRAP/07/GRDS', ['Registro N° 4471-2018'], '2018-07-20',
            'oficio restating "enero 2017 - junio 2018", then only 2015-2016 data in a small table',
            notes='Restates the requested period (enero 2017 - junio 2018) but gives only 2015 and 2016 -> out_of_period.')
    R.header(['GOBIERNO REGIONAL DE APURÍMAC', 'Gerencia Regional de Desarrollo Social'], align='c', size=9)
    slogan(R, 2018)
    R.p('Abancay, 20 de julio de 2018', align='r')
    R.p('OFICIO N° 0389-2018-GRAP/07/GRDS', bold=True)
    R.p('Señor\nFRANKLIN ELOY HUAMANÍ SEGOVIA\nPresente.-')
    R.p('ASUNTO: Respuesta a solicitud de información sobre prevención de la trata de personas, periodo enero 2017 - junio 2018', bold=True)
    R.p('REF.: Registro N° 4471-2018', bold=True, after=6)
    R.p('Es grato dirigirme a usted en atención a su solicitud de la referencia, por la cual requiere información sobre las actividades '
        'de prevención de la trata de personas realizadas por esta Gerencia en el periodo enero 2017 - junio 2018.', align='j')
    R.p('Al respecto, se informa que la información que obra en el acervo documental de la Sub Gerencia de Promoción Social corresponde '
        'a las actividades ejecutadas en los años 2015 y 2016, que se detallan a continuación:', align='j')
    R.table([['Año', 'Talleres', 'Participantes']],
            [['2015', C('4', 4, 'taller', y=2015), C('310', 310, 'participante', y=2015)],
             ['2016', C('6', 6, 'taller', y=2016), C('540', 540, 'participante', y=2016)]], widths=(3.0, 3.0, 3.5))
    R.p('Se adjuntan las listas de asistencia correspondientes en copia simple.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. NELLY ROSARIO PALOMINO CÁCERES', 'Gerente Regional de Desarrollo Social', before=18)
    R.save()


def d430():
    R = new('d430', 'out_of_period', None, ['governance', 'prevention'], ('2019-01-01', '2019-12-31'),
            S('Municipalidad Provincial de Huamanga', 'MPH', 'provincial_municipality'),
            'OFICIO N° 041-2020-MPH/GDS', ['Expediente N° 2019-28514'], '2020-01-17',
            'oficio restating the year 2019 and answering only with the 2020 work plan (programmed budget)',
            notes='Asked for 2019; gives only the 2020 plan and its programmed budget -> out_of_period.')
    R.p('MUNICIPALIDAD PROVINCIAL DE HUAMANGA', bold=True, align='c', size=12, after=0)
    R.p('GERENCIA DE DESARROLLO SOCIAL', align='c', size=10, after=6)
    slogan(R, 2020)
    R.p('Ayacucho, 17 de enero de 2020', align='r')
    R.p('OFICIO N° 041-2020-MPH/GDS', bold=True)
    R.p('Señora\nSONIA BEATRIZ GUTIÉRREZ POMA\nPresente.-')
    refblock(R, [('ASUNTO', ': Información sobre acciones contra la trata de personas realizadas en el año 2019'),
                 ('REFERENCIA', ': Expediente N° 2019-28514')])
    R.p('Tengo el agrado de dirigirme a usted en atención al expediente de la referencia y hacer de su conocimiento que la Red '
        'Provincial de Prevención de la Trata de Personas de Huamanga aprobó su Plan de Trabajo 2020, que contempla las siguientes acciones:', align='j')
    R.bullets([f'{C("ocho (08)", 8, "taller", y=2020)} talleres de prevención en instituciones educativas del cercado y de Carmen Alto.',
               f'{C("cuatro (04)", 4, "sesión", y=2020)} sesiones ordinarias de la Red Provincial.',
               'Una campaña comunicacional por el Día Mundial contra la Trata de Personas.'])
    R.p(f'Para tal fin se ha programado en el Presupuesto Institucional de Apertura 2020 un monto de {M("S/ 25 000,00", 25000, y=2020, r="a")}.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. EDWIN ROLANDO CONDE YUPANQUI', 'Gerente de Desarrollo Social', before=18)
    R.save()


def d431():
    R = new('d431', 'out_of_period', None, ['protection'], ('2019-01-01', '2019-07-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'),
            'OFICIO N° 1045-2019-JUS/DGDPAJ', ['Expediente N° 045117-2019'], '2019-09-09',
            'oficio restating "enero a julio de 2019", gives 2016-2017 table of public defence for victims (ODT source)', fmt='odt',
            notes='Requested enero-julio 2019; the last consolidated data given are 2016 and 2017 -> out_of_period.')
    R.header(['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'], align='l', size=9,
             logo=(logo_png('minjus', 'MJ', 'shield', (120, 20, 20)), 1.2))
    slogan(R, 2019)
    R.p('Miraflores, 09 de setiembre de 2019', align='r')
    R.p('OFICIO N° 1045-2019-JUS/DGDPAJ', bold=True)
    R.p('Señor\nROLANDO ENRIQUE VARGAS OCHOA\nPresente.-')
    R.p('Asunto: Patrocinio de víctimas de trata de personas por la Defensa Pública (enero a julio de 2019)\nReferencia: Expediente N° 045117-2019', bold=True, after=6)
    R.p('Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita el número de víctimas de trata de personas '
        'patrocinadas por defensores públicos de enero a julio de 2019. Al respecto, se informa que la última información estadística '
        'consolidada y validada por la Dirección de Asistencia Legal y Defensa de Víctimas corresponde a los años 2016 y 2017:', align='j')
    R.table([['Año', 'Patrocinios a víctimas\nde trata de personas', 'Defensores públicos\nasignados']],
            [['2016', C('1 204', 1204, 'patrocinio', y=2016), C('38', 38, 'defensor público', y=2016)],
             ['2017', C('1 389', 1389, 'patrocinio', y=2017), C('42', 42, 'defensor público', y=2017)]], widths=(2.5, 5.0, 4.5))
    R.p('Atentamente,')
    R.sign('Abog. MÓNICA ISABEL ROJAS VILCA', 'Directora General de Defensa Pública y Acceso a la Justicia', before=18)
    R.save()


def d432():
    R = new('d432', 'out_of_period', None, ['prosecution'], None,
            S('Policía Nacional del Perú - Dirección de Turismo', 'PNP', 'police'),
            'OFICIO N° 233-2019-DIRNOS-PNP/DIRTUR-SEC', ['Hoja de Trámite N° 1187-2019'], '2019-05-03',
            'police oficio; the request period is not restated; all data 2014-2015',
            notes='Period not written; the letter says its only records are of 2014 and 2015 and holds nothing later -> out_of_period, period fields null.')
    R.p('POLICÍA NACIONAL DEL PERÚ', bold=True, size=11, after=0)
    R.p('DIRECCIÓN NACIONAL DE ORDEN Y SEGURIDAD', size=9.5, after=0)
    R.p('DIRECCIÓN DE TURISMO', size=9.5, after=10)
    R.p('Lima, 03 de mayo de 2019', align='r')
    R.p('OFICIO N° 233-2019-DIRNOS-PNP/DIRTUR-SEC', bold=True)
    refblock(R, [('SEÑOR', ': ARTURO GABRIEL NINA CHOQUEHUANCA'), ('ASUNTO', ': Atiende solicitud de información'),
                 ('REF.', ': Hoja de Trámite N° 1187-2019')])
    R.p('Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para informarle que, según los archivos de la '
        'Sección de Estadística, esta Dirección intervino en casos de trata de personas vinculados a la actividad turística únicamente en '
        'los años 2014 y 2015, no contando con registros posteriores, al haberse transferido dichas investigaciones a la DIRNIC PNP:', align='j')
    R.bullets([f'Año 2014: {C("nueve (09)", 9, "intervención", y=2014)} intervenciones en hospedajes y {C("21", 21, "víctima", y=2014)} víctimas rescatadas.',
               f'Año 2015: {C("doce (12)", 12, "intervención", y=2015)} intervenciones en hospedajes y {C("34", 34, "víctima", y=2015)} víctimas rescatadas.'])
    R.p('Dios guarde a Ud.', align='c')
    R.sign('OS-407731\nCÉSAR AUGUSTO LAZO FERNÁNDEZ', 'CORONEL PNP', 'JEFE DE LA DIRECCIÓN DE TURISMO', before=22)
    R.save()


def d433():
    R = new('d433', 'out_of_period', None, ['prevention', 'prosecution'], ('2018-01-01', '2018-12-31'),
            S('International Labour Organization - ILO Office for the Andean Countries', 'ILO', 'other'),
            'Ref.: LIM/FL/2019/014', [], '2019-02-22',
            'English letter; restates 2018; only a 2014-2016 project is described', lang='en',
            notes='Asked about 2018; describes only a project that ran 2014-2016 -> out_of_period.')
    R.p('International Labour Organization', bold=True, size=13, after=0)
    R.p('ILO Decent Work Technical Support Team and Office for the Andean Countries', size=9.5, after=0)
    R.p('Las Flores 275, San Isidro, Lima 27, Peru', size=8.5, after=12)
    R.p('22 February 2019', align='r')
    R.p('Ref.: LIM/FL/2019/014', bold=True)
    R.p('Ms. Lourdes Fiorella Mendoza Ruiz\nLima')
    R.p('Dear Ms. Mendoza,')
    R.p('We acknowledge your letter asking for information on ILO activities in Peru related to trafficking for forced labour during '
        'the year 2018.', align='j')
    R.p('The ILO\'s technical cooperation in this area was carried out through the project "Consolidating and disseminating efforts to '
        'combat forced labour in Brazil and Peru", implemented between 2014 and 2016 with a budget of '
        f'{M("US$ 650,000", 650000, r="a", cur="USD")}. Under that project, {C("120", 120, "labour inspector", y=2015)} labour inspectors '
        f'were trained in 2015 to detect forced labour, and in 2016 awareness workshops reached {C("1,480", 1480, "worker", y=2016)} workers '
        'in the timber and mining supply chains.', align='j')
    R.p('We trust this information is useful.')
    R.p('Yours sincerely,')
    R.sign('Diego Armando Leclerc', 'Programme Officer', before=18)
    R.save()


def d434():
    R = new('d434', 'out_of_period', None, ['prevention'], None,
            S('Municipalidad Distrital de Belén', 'MDB', 'district_municipality'),
            'CARTA N° 019-2019-MDB/GDS', [], '2019-03-11',
            'short carta, period not restated, only 2016 activities',
            notes='Period not written; says the only actions on record are of 2016 -> out_of_period, period fields null.')
    R.p('MUNICIPALIDAD DISTRITAL DE BELÉN', bold=True, size=12, after=0)
    R.p('Gerencia de Desarrollo Social  -  Belén, Maynas, Loreto', size=9, after=10)
    R.p('Belén, 11 de marzo de 2019')
    R.p('CARTA N° 019-2019-MDB/GDS', bold=True)
    R.p('Señora\nKARINA ISABEL RUIZ TANANTA\nPresente.-')
    R.p('Asunto: Información sobre prevención de la trata de personas', bold=True)
    R.p('Referencia: Solicitud S/N recibida el 25 de febrero de 2019', after=6)
    R.p('Me dirijo a usted en atención a su solicitud, para informarle que las únicas acciones de prevención de la trata de personas '
        f'registradas por esta Gerencia corresponden al año 2016, en el que se realizaron {C("seis (6)", 6, "charla", y=2016)} charlas en el '
        f'puerto de Belén con la asistencia de {C("430", 430, "persona", y=2016)} personas, con un gasto ejecutado de '
        f'{M("S/ 3 500,00", 3500, y=2016, r="e")}.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. ROXANA MILAGROS PANAIFO TAPULLIMA', 'Gerente de Desarrollo Social', before=18)
    R.save()


def d435():
    R = new('d435', 'out_of_period', None, ['prosecution'], ('2019-01-01', '2019-06-30'),
            S('Instituto Nacional Penitenciario', 'INPE', 'other'),
            'OFICIO N° 287-2019-INPE/11', ['Expediente N° 0291833-2019'], '2019-08-05',
            'oficio restating the first semester of 2019; gives only December 2017 and December 2018 stock figures',
            notes='Asked for the first semester of 2019; gives only the prison population at 31 Dec 2017 and 31 Dec 2018 -> out_of_period.')
    R.header(['INSTITUTO NACIONAL PENITENCIARIO', 'Unidad de Estadística'], align='c', size=9)
    slogan(R, 2019)
    R.p('Lima, 05 de agosto de 2019', align='r')
    R.p('OFICIO N° 287-2019-INPE/11', bold=True)
    R.p('Señor\nEDUARDO FRANCISCO SALAZAR MEJÍA\nPresente.-')
    R.p('Asunto: Población penitenciaria por el delito de trata de personas, primer semestre de 2019\nRef.: Expediente N° 0291833-2019', bold=True, after=6)
    R.p('Me dirijo a usted para atender su solicitud sobre la población penitenciaria por el delito de trata de personas en el primer '
        'semestre de 2019. Al respecto, se informa que la Unidad de Estadística publica cifras al cierre de cada año, siendo las últimas '
        'disponibles las siguientes:', align='j')
    R.table([['Situación jurídica', 'Al 31.12.2017', 'Al 31.12.2018']],
            [['Procesados', C('181', 181, 'interno', y=2017), C('219', 219, 'interno', y=2018)],
             ['Sentenciados', C('231', 231, 'interno', y=2017), C('270', 270, 'interno', y=2018)],
             ['Total', C('412', 412, 'interno', y=2017), C('489', 489, 'interno', y=2018)]], widths=(5.0, 3.0, 3.0), bold_rows=(2,))
    R.p('Atentamente,')
    R.sign('Ing. HUGO ALBERTO CISNEROS PALACIOS', 'Jefe de la Unidad de Estadística', before=18)
    R.save()


def d436():
    R = new('d436', 'out_of_period', None, ['governance', 'prevention'], None,
            S('Gobierno Regional de Moquegua', 'GRM', 'regional_government'),
            'OFICIO N° 512-2019-GRM/GRDS', ['Expediente N° 7214-2019'], '2019-10-15',
            'oficio; period not restated; all figures 2014-2015',
            notes='Period not written; all information is of 2014-2015 and the letter says nothing later is on file -> out_of_period.')
    R.p('GOBIERNO REGIONAL DE MOQUEGUA', bold=True, align='c', size=12, after=0)
    R.p('Gerencia Regional de Desarrollo Social', align='c', size=10, after=6)
    slogan(R, 2019)
    R.p('Moquegua, 15 de octubre de 2019', align='r')
    R.p('OFICIO N° 512-2019-GRM/GRDS', bold=True)
    R.p('Señor\nRAÚL ALEJANDRO TICONA VELÁSQUEZ\nPresente.-')
    R.p('Asunto: Atención a solicitud sobre trata de personas\nRef.: Expediente N° 7214-2019', bold=True, after=6)
    R.p('Me dirijo a usted para informarle que, revisado el acervo documentario de esta Gerencia, la Comisión Regional Multisectorial '
        f'contra la Trata de Personas de Moquegua sesionó {C("cinco (5)", 5, "sesión", y=2014)} veces en el año 2014 y '
        f'{C("tres (3)", 3, "sesión", y=2015)} veces en el año 2015; asimismo, en el año 2015 se ejecutaron '
        f'{C("diez (10)", 10, "taller", y=2015)} talleres preventivos en Ilo y Mariscal Nieto. Con posterioridad a dicho año no obran '
        'registros de actividades en los archivos de la Gerencia.', align='j')
    R.p('Atentamente,')
    R.sign('Mg. CARMEN ROSA ARIAS ZEBALLOS', 'Gerente Regional de Desarrollo Social', before=18)
    R.save()


def d437():
    R = new('d437', 'out_of_period', None, ['governance', 'prevention'], ('2017-01-01', '2018-12-31'),
            S('Gobierno Regional de Ucayali', 'GOREU', 'regional_government'),
            'OFICIO N° 0031-2020-GRU-GRDS', ['Expediente N° 11520-2019'], '2020-01-09',
            'oficio restating "años 2017 y 2018"; gives 2019 activities and 2020 budget only',
            notes='Asked for 2017 and 2018; gives only 2019 activities and the 2020 budget -> out_of_period.')
    R.header(['GOBIERNO REGIONAL DE UCAYALI', 'Gerencia Regional de Desarrollo Social'], align='l', size=9,
             logo=(logo_png('goreu', 'GRU', 'circle', (20, 120, 90)), 1.2))
    slogan(R, 2020)
    R.p('Pucallpa, 9 de enero de 2020', align='r')
    R.p('OFICIO N° 0031-2020-GRU-GRDS', bold=True)
    R.p('Señor\nJHONNY ALEXANDER PEZO SHAPIAMA\nPresente.-')
    refblock(R, [('ASUNTO', ': Información sobre acciones contra la trata de personas en los años 2017 y 2018'),
                 ('REF.', ': Expediente N° 11520-2019')])
    R.p('Es grato dirigirme a usted para informarle que la Mesa Regional contra la Trata de Personas de Ucayali fue reactivada en el '
        f'año 2019, habiendo realizado {C("cinco (05)", 5, "sesión", y=2019)} sesiones en dicho año; asimismo, en 2019 se desarrollaron '
        f'{C("12", 12, "taller", y=2019)} talleres de sensibilización en Coronel Portillo y Atalaya.', align='j')
    R.p(f'Para el año 2020 se ha asignado a la actividad de prevención de la trata un PIA de {M("S/ 60 000,00", 60000, y=2020, r="a")}.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. MARÍA ELENA RÍOS DÁVILA', 'Gerente Regional de Desarrollo Social', before=18)
    R.save()


def d438():
    R = new('d438', 'out_of_period', None, ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Embassy of Canada to Peru', None, 'foreign'),
            None, [], '2020-04-06',
            'English embassy letter, no reference; asked about 2019, describes a project that ended in 2016', lang='en',
            notes='Asked for 2019; only a 2013-2016 project is described -> out_of_period.')
    R.p('Embassy of Canada to Peru', bold=True, align='r', size=12, after=0)
    R.p('Ambassade du Canada au Pérou', align='r', italic=True, size=10, after=0)
    R.p('Calle Bolognesi 228, Miraflores, Lima 18', align='r', size=8.5, after=12)
    R.p('April 6, 2020')
    R.p('Ms. Patricia Elena Gamarra Soto\nLima')
    R.p('Dear Ms. Gamarra,')
    R.p('Thank you for your inquiry about Canadian support to prevent trafficking in persons in Peru in 2019.', align='j')
    R.p('Canada\'s most recent initiative in this field was a regional project implemented from 2013 to 2016, with a contribution of '
        f'{M("CAD 2.4 million", 2400000, r="a", cur="CAD")}. In Peru, that project trained {C("1,100", 1100, "community leader")} community '
        'leaders in the prevention of trafficking in Puno, Cusco and Madre de Dios. Canada did not fund activities on this subject in Peru '
        'after the project closed.', align='j')
    R.p('Sincerely,')
    R.sign('Mark D. Holloway', 'Counsellor (Development)', before=18)
    R.save()


def d439():
    R = new('d439', 'out_of_period', None, ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Poder Judicial - Corte Superior de Justicia de Loreto', 'CSJLO', 'autonomous'),
            'OFICIO N° 0155-2019-P-CSJLO/PJ', ['Solicitud de Acceso N° 038-2019'], '2019-03-08',
            'oficio with two-column body; restates 2018; gives 2015 and 2016 only',
            notes='Asked about 2018; the letter says its statistics cover only 2015 and 2016 -> out_of_period.')
    R.p('PODER JUDICIAL', bold=True, align='c', size=13, after=0)
    R.p('CORTE SUPERIOR DE JUSTICIA DE LORETO', bold=True, align='c', size=10.5, after=0)
    R.p('Presidencia', align='c', size=10, after=6)
    slogan(R, 2019)
    R.p('Iquitos, 8 de marzo de 2019', align='r')
    R.p('OFICIO N° 0155-2019-P-CSJLO/PJ', bold=True)
    R.p('Señora\nDIANA CAROLINA SINARAHUA MOZOMBITE\nPresente.-')
    R.p('Asunto: Solicitud de Acceso N° 038-2019 - procesos por trata de personas del año 2018', bold=True, after=6)
    R.columns(2)
    R.p('Tengo el agrado de dirigirme a usted en atención a la solicitud del asunto, por la cual requiere el número de procesos por el '
        'delito de trata de personas tramitados en este Distrito Judicial durante el año 2018.', align='j')
    R.p('Sobre el particular, la Oficina de Estadística informa que el registro estadístico por tipo de delito disponible en esta Corte '
        'abarca únicamente los años 2015 y 2016, pues a partir de 2017 los datos se consolidan en la sede central del Poder Judicial.', align='j')
    R.p(f'En el año 2015 ingresaron {C("22", 22, "proceso", y=2015)} procesos y se emitieron {C("cinco (5)", 5, "sentencia", y=2015)} '
        f'sentencias; en el año 2016 ingresaron {C("29", 29, "proceso", y=2016)} procesos y se emitieron {C("siete (7)", 7, "sentencia", y=2016)} sentencias.', align='j')
    R.p('Se sugiere dirigir su pedido a la Gerencia General del Poder Judicial para el año solicitado.', align='j')
    R.columns(1)
    R.p('Atentamente,', before=6)
    R.sign('Dr. FRANCISCO JAVIER LOZANO PINEDO', 'Presidente', before=18)
    R.save()
