"""blind-v10 letters k027-k039. Written from scratch for this set; officials, numbers and events invented."""
from lib import M, C, P, logo_png
from common import S, new, lema, kv, to, top, asunto, body, letter, memo_head, fmt, Mf, Cn, Pf, siaf, notes_block


def k027():
    ref = 'OFICIO N° 0208-2023-GR.CAJ/GRDS'
    R = new('k027', 'out_of_period', None, ['governance', 'prevention'], ('2022-01-01', '2022-12-31'),
            S('Gobierno Regional de Cajamarca', 'GRC', 'regional_government'), ref, ['Ordenanza Regional N° 007-2023-GR.CAJ-CR'], '2023-05-16',
            'oficio; only the new regional plan with 2024-2027 targets, horizontal rules table of targets')
    letter(R, ['GOBIERNO REGIONAL CAJAMARCA', 'Gerencia Regional de Desarrollo Social'], 2023, 'Cajamarca, 16 de mayo de 2023', ref,
           ['Señora', 'ELIZABETH NOEMÍ CHÁVEZ TERRONES', 'Presente.-'],
           [('ASUNTO:', 'Acciones contra la trata de personas ejecutadas en el año 2022')])
    body(R, ['Me dirijo a usted en atención a su solicitud. Al respecto, le comunicamos que mediante Ordenanza Regional N° 007-2023-GR.CAJ-CR se aprobó el Plan Regional contra la Trata de Personas 2023-2027, cuyas metas principales son las siguientes:'])
    R.table([['Indicador', 'Meta 2024', 'Meta 2027']],
            [['Instituciones educativas con programa preventivo', C('120', 120, 'institución educativa', y=2024), C('400', 400, 'institución educativa', y=2027)],
             ['Mesas provinciales instaladas', C('6', 6, 'mesa', y=2024), C('13', 13, 'mesa', y=2027)],
             ['Funcionarios capacitados', C('250', 250, 'funcionario', y=2024), C('900', 900, 'funcionario', y=2027)]],
            ruled='hlines', widths=(8.0, 3.0, 3.0))
    body(R, [f"Para el año 2024 se ha programado un presupuesto de {M('S/ 480,000.00', 480000.0, y=2024, r='a')} en el Programa Presupuestal correspondiente, y se estima que el costo total del Plan al 2027 será de {M('S/ 2.6 millones', 2600000.0, y=None, r='a')}."])
    R.sign('Mg. OSCAR FELIPE VÁSQUEZ TERÁN', 'Gerente Regional de Desarrollo Social')


def k028():
    ref = 'IOM-PE/2022/0358'
    R = new('k028', 'out_of_period', None, ['protection'], ('2021-01-01', '2021-12-31'),
            S('International Organization for Migration - Peru', 'IOM', 'foreign'), ref, [], '2022-06-30',
            'English letter; 2019 data for a 2021 request; unruled table of assistance', lang='en', notes='International organisation, recorded as kind foreign.')
    R.header(['INTERNATIONAL ORGANIZATION FOR MIGRATION', 'Mission in Peru'], align='l')
    R.p('Lima, 30 June 2022', align='r')
    R.p('Reference: ' + ref, bold=True)
    to(R, ['Mr. Sergio Ayala Quispe', 'Lima, Peru'])
    R.p('Subject: Assistance to victims of trafficking in 2021', bold=True, after=8)
    body(R, ['Dear Mr. Ayala,',
             'Thank you for your interest in our work. Please note that our figures for 2021 are still under review by our regional office. The latest published figures refer to 2019 and are as follows:'])
    R.table([['Type of assistance (2019)', 'Persons']],
            [['Temporary accommodation', C('64', 64, 'person', y=2019)],
             ['Medical and psychosocial care', C('52', 52, 'person', y=2019)],
             ['Assisted voluntary return', C('17', 17, 'person', y=2019)]], ruled='none', widths=(7.0, 3.0))
    body(R, [f"The total cost of this assistance was {M('USD 143,870', 143870.0, y=2019, r='e', cur='USD')}.", 'Kind regards,'])
    R.sign('Ana Beatriz Collins', 'Head of Protection Unit', align='l', before=18)


def k029():
    ref = 'OFICIO N° 215-2020-REGPOL-AQP/DIVINCRI-DEPINTRATA'
    R = new('k029', 'out_of_period', None, ['prosecution'], ('2020-01-01', '2020-06-30'),
            S('Policía Nacional del Perú - Región Policial Arequipa', 'PNP', 'police'), ref, [], '2020-08-14',
            'oficio; January-June 2020 asked, 2017-2018 given; table by province with totals; stamp')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'REGIÓN POLICIAL AREQUIPA', 'DIVINCRI - Departamento de Investigación de Trata de Personas'], 2020,
           'Arequipa, 14 de agosto de 2020', ref, ['Señor', 'HUGO ARMANDO TALAVERA RIVERA', 'Presente.-'],
           [('ASUNTO:', 'Información de operativos contra la trata de personas, enero a junio 2020')])
    R.stamp(['DEPINTRATA AQP', 'ARCHIVO', 'CONFORME', '14-08-2020'], color=(20, 20, 120))
    body(R, ['Tengo el honor de dirigirme a usted, para informarle que debido a la migración del sistema de registro al aplicativo SIDPOL, los datos del primer semestre de 2020 aún no han sido consolidados. Se remite la información de los años 2017 y 2018 existente en los archivos de esta unidad:'])
    data = [('Arequipa', 14, 19), ('Caylloma', 9, 11), ('Camaná', 3, 4), ('Caravelí', 6, 8), ('Islay', 2, 3)]
    rows = [[p, C(str(a), a, 'operativo', y=2017), C(str(b), b, 'operativo', y=2018)] for p, a, b in data]
    rows.append(['Total', C('34', 34, 'operativo', y=2017), C('45', 45, 'operativo', y=2018)])
    R.table([['Provincia', 'Operativos 2017', 'Operativos 2018']], rows, widths=(4.5, 3.5, 3.5), bold_rows=(5,))
    body(R, [f"En dichos operativos se rescató a {C('92', 92, 'víctima')} presuntas víctimas y se detuvo a {C('38', 38, 'persona')} personas."])
    R.sign('MAYOR PNP RONALD CÁCERES ZÚÑIGA', 'Jefe del DEPINTRATA - DIVINCRI AQP')


def k030():
    ref = 'OFICIO N° 0719-2022-JUS/DGDPAJ'
    R = new('k030', 'out_of_period', None, ['protection'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Justicia y Derechos Humanos', 'MINJUSDH', 'ministry'), ref, [], '2022-09-12',
            'oficio; 2021-2022 given for a 2019 request; ruled table with merged and wrapped headers')
    letter(R, ['MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS', 'Dirección General de Defensa Pública y Acceso a la Justicia'], 2022,
           'Miraflores, 12 de setiembre de 2022', ref, ['Señora', 'ROXANA BEATRIZ LOAYZA MEJÍA', 'Presente.-'],
           [('Asunto:', 'Patrocinio a víctimas de trata de personas durante el año 2019')])
    body(R, ['Me dirijo a usted para informarle que el módulo de registro de patrocinios a víctimas de trata fue habilitado en el Sistema de Defensa Pública en el año 2021. En tal sentido, se alcanza la información disponible:'])
    R.table([['Año', 'Víctimas patrocinadas por defensores públicos', '', 'Casos con\nreparación\ncivil fijada'], ['', 'Adultas', 'Menores de edad', '']],
            [['2021', C('118', 118, 'víctima', y=2021), C('47', 47, 'víctima', y=2021), C('12', 12, 'caso', y=2021)],
             ['2022 (ene-jul)', C('96', 96, 'víctima', y=2022), C('39', 39, 'víctima', y=2022), C('9', 9, 'caso', y=2022)]],
            merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3)], widths=(3.0, 3.5, 3.5, 3.5),
            colnames=[None, 'Víctimas patrocinadas por defensores públicos Adultas', 'Víctimas patrocinadas por defensores públicos Menores de edad', 'Casos con reparación civil fijada'])
    R.sign('Abog. FERNANDO JOSÉ ALVA CÁRDENAS', 'Director General de Defensa Pública y Acceso a la Justicia')


def k031():
    ref = 'CARTA N° 084-2021-GDS-MPM'
    R = new('k031', 'out_of_period', None, ['prevention'], ('2021-01-01', '2021-06-30'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'), ref, [], '2022-01-11',
            'carta; January-June asked, July-December given; monthly horizontal-rules table with total')
    letter(R, ['MUNICIPALIDAD PROVINCIAL DE MAYNAS', 'Gerencia de Desarrollo Social'], 2022, 'Iquitos, 11 de enero de 2022', ref,
           ['Señor', 'ÍTALO MANUEL PANDURO SHAPIAMA', 'Presente.-'],
           [('ASUNTO:', 'Actividades de prevención de la trata de personas de enero a junio de 2021')])
    body(R, ['Me dirijo a usted en atención a su solicitud. La Subgerencia de Participación Vecinal inició las actividades de prevención en el mes de julio de 2021, por lo que se remite lo ejecutado en el segundo semestre:'])
    data = [('Julio', 2, 85), ('Agosto', 3, 130), ('Setiembre', 5, 212), ('Octubre', 4, 176), ('Noviembre', 6, 241), ('Diciembre', 1, 40)]
    rows = [[m, C(str(a), a, 'charla', y=2021), C(str(b), b, 'asistente', y=2021)] for m, a, b in data]
    rows.append(['Total', C('21', 21, 'charla', y=2021), C('884', 884, 'asistente', y=2021)])
    R.table([['Mes 2021', 'Charlas en mercados y puertos', 'Asistentes']], rows, ruled='hlines', widths=(3.5, 5.0, 3.0), bold_rows=(6,))
    R.sign('Lic. KATTY JOHANA SAAVEDRA RÍOS', 'Gerente de Desarrollo Social')


def k032():
    ref = 'OFICIO N° 0631-2018-MTC/15'
    R = new('k032', 'out_of_period', None, ['prevention'], ('2018-01-01', '2018-06-30'),
            S('Ministerio de Transportes y Comunicaciones', 'MTC', 'ministry'), ref, [], '2018-10-03',
            'oficio; only the 2019 work plan (targets) for a first-semester-2018 request')
    letter(R, ['MINISTERIO DE TRANSPORTES Y COMUNICACIONES', 'Dirección General de Transporte Terrestre'], 2018, 'Lima, 03 de octubre de 2018', ref,
           ['Señorita', 'NATALY VANESSA CÓRDOVA PRADO', 'Presente.-'],
           [('ASUNTO:', 'Acciones de prevención de trata en el transporte interprovincial - primer semestre 2018')])
    body(R, ['Me es grato dirigirme a usted para comunicarle que esta Dirección General viene elaborando su Plan de Trabajo 2019 en materia de prevención de la trata de personas en el transporte terrestre, el cual contempla:'])
    R.bullets([f"capacitar a {C('500', 500, 'conductor', y=2019)} conductores y personal de terminales terrestres;",
               f"instalar paneles informativos en {C('35', 35, 'terminal terrestre', y=2019)} terminales terrestres autorizados; y",
               f"supervisar el control de documentos de identidad de menores en el {P('100%', 100.0, y=2019)} de las empresas fiscalizadas."])
    R.sign('Ing. ALFREDO JAVIER TORRES ARCE', 'Director General de Transporte Terrestre')


def k033():
    ref = 'OFICIO N° 0389-2023-MP-FN-PJFS-CUSCO'
    R = new('k033', 'out_of_period', None, ['prosecution'], ('2022-01-01', '2022-12-31'),
            S('Ministerio Público - Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Cusco', 'MP', 'autonomous'), ref,
            ['Oficio N° 0112-2023-MP-FN-FPETP-CUSCO'], '2023-03-27',
            'oficio; requested year only in the reference line; table by province 2019-2020 with totals')
    letter(R, ['MINISTERIO PÚBLICO', 'PRESIDENCIA DE LA JUNTA DE FISCALES SUPERIORES', 'DISTRITO FISCAL DE CUSCO'], 2023,
           'Cusco, 27 de marzo de 2023', ref, ['Señora', 'GLADYS HUAMÁN LEÓN', 'Presente.-'],
           [('ASUNTO:', 'Remite información'), ('REF.:', 'Solicitud de acceso a la información sobre carpetas fiscales por trata del año 2022\nOficio N° 0112-2023-MP-FN-FPETP-CUSCO')])
    body(R, ['Me dirijo a usted para remitir la información proporcionada por la Fiscalía Provincial Especializada en Delitos de Trata de Personas de Cusco mediante el oficio de la referencia:'])
    data = [('Cusco', 38, 44), ('La Convención', 21, 17), ('Quispicanchi', 15, 19), ('Canchis', 6, 9), ('Urubamba', 4, 3)]
    rows = [[p, C(str(a), a, 'carpeta fiscal', y=2019), C(str(b), b, 'carpeta fiscal', y=2020)] for p, a, b in data]
    rows.append(['Total', C('84', 84, 'carpeta fiscal', y=2019), C('92', 92, 'carpeta fiscal', y=2020)])
    R.table([['Provincia', 'Carpetas 2019', 'Carpetas 2020']], rows, widths=(4.5, 3.0, 3.0), bold_rows=(5,), head_shade='FCE4D6')
    body(R, ['La información del año 2022 se encuentra en proceso de depuración en el Sistema de Gestión Fiscal.'])
    R.sign('Dr. JUAN CARLOS AYMA QUISPE', 'Presidente de la Junta de Fiscales Superiores del Distrito Fiscal de Cusco')


# ---------------- missing ----------------

def k034():
    ref = 'OFICIO N° 173-2020-GRA/GG-GRDS'
    R = new('k034', 'missing', 'no_information', ['prevention', 'protection'], ('2019-01-01', '2019-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'), ref, ['Informe N° 021-2020-GRA/GG-GRDS-SGPS'], '2020-02-25',
            'one-page oficio: information not available')
    letter(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'], 2020, 'Ayacucho, 25 de febrero de 2020', ref,
           ['Señor', 'RICHARD PALOMINO ÑAHUI', 'Presente.-'],
           [('ASUNTO:', 'Respuesta a solicitud sobre actividades de prevención y atención a víctimas de trata - 2019')])
    body(R, ['Me dirijo a usted para comunicarle que, de acuerdo con el Informe N° 021-2020-GRA/GG-GRDS-SGPS de la Subgerencia de Programas Sociales, esta Gerencia no cuenta con la información solicitada, toda vez que no se ha ubicado en sus archivos registro alguno de actividades vinculadas a la prevención de la trata ni a la atención de víctimas correspondiente al periodo requerido.',
             'Atentamente,'])
    R.sign('Lic. NÉLIDA CUBA GUTIÉRREZ', 'Gerente Regional de Desarrollo Social')


def k035():
    ref = 'CARTA N° 0219-2022-MDA/SG'
    R = new('k035', 'missing', 'no_information', ['governance', 'prevention'], ('2020-01-01', '2021-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'), ref, ['Memorándum N° 0601-2022-MDA/GDS'], '2022-04-07',
            'carta of the general secretary: no record found')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE ATE', 'Secretaría General', 'Funcionario Responsable de Acceso a la Información Pública'], 2022,
           'Ate, 07 de abril de 2022', ref, ['Señora', 'CINTHIA ROCÍO VALDERRAMA LÓPEZ', 'Presente.-'],
           [('ASUNTO:', 'Atención a solicitud de acceso a la información pública (periodo 2020-2021)')])
    body(R, ['Por la presente me dirijo a usted, con relación a su solicitud mediante la cual requiere información sobre la mesa distrital contra la trata de personas y las campañas de prevención realizadas en los años 2020 y 2021.',
             'Al respecto, la Gerencia de Desarrollo Social, mediante Memorándum N° 0601-2022-MDA/GDS, manifiesta que revisado el acervo documentario de sus unidades orgánicas no se ha encontrado documentación relacionada con lo solicitado. Cabe recordar que, conforme al artículo 13 del TUO de la Ley N° 27806, la entidad no está obligada a crear o producir información con la que no cuente.',
             'Atentamente,'])
    R.sign('Abog. PERCY RAÚL MORALES CHÁVEZ', 'Secretario General')


def k036():
    ref = 'OFICIO N° 0066-2021-UNT/VAC'
    R = new('k036', 'missing', 'no_information', [], ('2020-01-01', '2020-12-31'),
            S('Universidad Nacional de Trujillo', 'UNT', 'other'), ref, [], '2021-03-10',
            'short oficio of a public university: no information, no axis detail in the text')
    letter(R, ['UNIVERSIDAD NACIONAL DE TRUJILLO', 'Vicerrectorado Académico'], 2021, 'Trujillo, 10 de marzo de 2021', ref,
           ['Señor', 'LUIS ENRIQUE PLASENCIA RUIZ', 'Presente.-'],
           [('ASUNTO:', 'Su solicitud de información sobre trata de personas, año 2020')])
    body(R, ['Me dirijo a usted para comunicarle que, consultadas las facultades y oficinas de esta universidad, no obra en nuestros registros información sobre las acciones consultadas en su solicitud para el año 2020.',
             'Atentamente,'])
    R.sign('Dra. MARÍA ELENA GAMBOA REYES', 'Vicerrectora Académica')


def k037():
    ref = 'OFICIO N° 000097-2021-DGDP/MC'
    R = new('k037', 'missing', 'not_competent_referred', ['prevention', 'protection'], ('2020-01-01', '2020-12-31'),
            S('Ministerio de Cultura', 'MC', 'ministry'), ref, ['Oficio N° 000096-2021-DGDP/MC'], '2021-02-03',
            'oficio: not competent, request forwarded to MIMP and MININTER')
    letter(R, ['MINISTERIO DE CULTURA', 'Dirección General de Derechos de los Pueblos Indígenas'], 2021, 'San Borja, 03 de febrero de 2021', ref,
           ['Señora', 'ALEJANDRA SOFÍA VILCHEZ MORA', 'Presente.-'],
           [('Asunto:', 'Solicitud sobre prevención de la trata y atención a víctimas indígenas en 2020')])
    body(R, ['Me dirijo a usted en relación con su solicitud. Al respecto, le informo que, de acuerdo con sus funciones, este Ministerio no tiene a su cargo la ejecución de acciones de prevención de la trata de personas ni la atención de sus víctimas.',
             'En aplicación del artículo 11, literal b), del TUO de la Ley N° 27806, su solicitud ha sido reencausada al Ministerio de la Mujer y Poblaciones Vulnerables y al Ministerio del Interior mediante Oficio N° 000096-2021-DGDP/MC, de lo cual se le pone en conocimiento.'])
    R.sign('Lic. CARLOS ENRIQUE HUAYTA MEDINA', 'Director General de Derechos de los Pueblos Indígenas')


def k038():
    ref = 'OFICIO N° 00288-2022-CG/SGE'
    R = new('k038', 'missing', 'not_competent_referred', ['governance'], ('2021-01-01', '2021-12-31'),
            S('Contraloría General de la República', 'CGR', 'autonomous'), ref, [], '2022-03-21',
            'oficio: not the holder of the information, forwarded to the Ministry of the Interior; letterhead drawn as one picture', notes='Letterhead is one picture: the institution lines are not in the PDF text layer; the sender is also in the signature block.')
    R.header_image(['CONTRALORÍA GENERAL DE LA REPÚBLICA', 'Secretaría General'], 'cgrk038', color=(0, 60, 120), shape='circle')
    lema(R, 2022)
    R.p('Jesús María, 21 de marzo de 2022', align='r')
    R.p(ref, bold=True, under=True, after=8)
    to(R, ['Señor', 'MARTÍN ALONSO GÁLVEZ RÍOS', 'Presente.-'])
    kv(R, [('Asunto:', 'Presupuesto del Plan Nacional contra la Trata de Personas - ejercicio 2021')])
    body(R, ['Me dirijo a usted, en atención a su solicitud de información, para hacer de su conocimiento que la Contraloría General de la República no genera ni posee la información solicitada, que corresponde a la entidad que ejerce la Secretaría Técnica de la Comisión Multisectorial.',
             'Por tal motivo, su solicitud ha sido derivada al Ministerio del Interior, entidad a la que deberá dirigirse para el seguimiento correspondiente.'])
    R.sign('Abog. KARINA PATRICIA SOTO ALZAMORA', 'Funcionaria Responsable de Entregar la Información')


def k039():
    ref = None
    R = new('k039', 'missing', 'not_competent', ['prosecution'], ('2020-01-01', '2020-12-31'),
            S('British Embassy Lima', None, 'foreign'), ref, [], '2021-01-19',
            'English e-mail-style letter of a foreign embassy with no own number: not competent, no referral', lang='en')
    R.header(['British Embassy Lima', 'Torre Parque Mar, Av. José Larco 1301, Miraflores'], align='r', rule=False)
    R.p('19 January 2021', align='l', after=10)
    to(R, ['Dear Ms. Huertas,'])
    body(R, ['Thank you for your message requesting the number of trafficking investigations supported by the British Embassy in Peru during 2020.',
             'Please note that the Embassy is not a Peruvian public entity and is therefore not subject to Law 27806 on transparency and access to public information. Nor is the Embassy responsible for investigating crimes in Peru, so we are unable to provide the information requested.',
             'With best wishes,'])
    R.sign('Political Section', 'British Embassy Lima', align='l', before=6, firma=False)
