"""blind-v8 replies h835-h845 (written for this set)."""
from common import *


def h835():
    R = new('h835', 'missing', 'no_information', ['governance', 'prevention', 'protection', 'prosecution'], ('2017-01-01', '2018-12-31'),
            S('Gobierno Regional de Ayacucho', 'GRA', 'regional_government'),
            'OFICIO N° 302-2019-GRA/GG-GRDS', [], '2019-06-04',
            'short oficio: the office holds no information; restates the four axes asked')
    letter(R, ['GOBIERNO REGIONAL DE AYACUCHO', 'Gerencia Regional de Desarrollo Social'], 2019,
           'Ayacucho, 04 de junio de 2019', 'OFICIO N° 302-2019-GRA/GG-GRDS',
           ['Señora', 'Coordinadora del Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Respuesta a solicitud de acceso a la información pública'), ('REF.', ': Solicitud sobre acciones en los ejes de gobernanza, prevención, atención y persecución del PNAT, años 2017 y 2018')],
           logo=(logo_png('gra', 'AYAC', 'shield', (120, 0, 0)), 1.8))
    body(R, ['Me dirijo a usted, en atención a la solicitud de la referencia, para comunicarle que, luego de la búsqueda efectuada en los archivos de la Gerencia y de las Subgerencias a su cargo, no se ha ubicado documentación ni registros sobre la materia solicitada, por lo que esta entidad no cuenta con la información requerida.',
             'Cabe señalar que, conforme al artículo 13° del TUO de la Ley N° 27806, la entidad no está obligada a crear o producir información con la que no cuente.',
             'Atentamente,'])
    R.sign('Lic. EDGAR PALOMINO ROJAS', 'Gerente Regional de Desarrollo Social')
    R.save()


def h836():
    R = new('h836', 'missing', 'no_information', ['prevention'], ('2020-01-01', '2020-12-31'),
            S('Municipalidad Distrital de Independencia', 'MDI', 'district_municipality'),
            'CARTA N° 018-2021-SGPS-GDS/MDI', ['Informe N° 007-2021-DEMUNA/MDI'], '2021-02-09',
            'carta citing an internal report; no records found; a phone number and an address (not figures)')
    letter(R, ['MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA', 'Subgerencia de Programas Sociales', 'Av. Túpac Amaru N° 3500 – Independencia – Telf. 712-1600'], 2021,
           'Independencia, 09 de febrero de 2021', 'CARTA N° 018-2021-SGPS-GDS/MDI',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Información sobre campañas de prevención de la trata de personas, año 2020'), ('REF.', ': Informe N° 007-2021-DEMUNA/MDI')])
    body(R, ['De mi mayor consideración:',
             'En atención a su requerimiento, y de acuerdo con lo informado por la DEMUNA mediante el documento de la referencia, le comunico que revisado el acervo documentario de esta Subgerencia no se han encontrado registros sobre campañas o actividades vinculadas a la trata de personas en el periodo solicitado, debido a que el archivo del año 2020 se encuentra incompleto por el trabajo remoto durante la emergencia sanitaria.',
             'Atentamente,'])
    R.sign('Lic. MÓNICA TAPIA ARÉVALO', 'Subgerente de Programas Sociales')
    R.save()


def h837():
    R = new('h837', 'missing', 'no_information', ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Ministerio de Cultura', 'MC', 'ministry'),
            None, [], '2020-02-04',
            'printed e-mail from the transparency office; no own number; no information held', font='Arial', size=10)
    R.p('Correo: Transparencia MC - Outlook', size=8, color=(90, 90, 90), after=8)
    R.p('Respuesta a su solicitud SAIP N° 0158-2020', bold=True, size=13, after=4)
    kv(R, [('De', 'Transparencia Ministerio de Cultura <transparencia@cultura.gob.pe>'), ('Enviado', 'martes, 04 de febrero de 2020 10:15'), ('Para', 'observatorio.trata@gmail.com'),
           ('Asunto', 'Respuesta a su solicitud SAIP N° 0158-2020')], tab=2.2, w2=14, size=9.5)
    body(R, ['Buenos días:',
             'En atención a su solicitud de acceso a la información pública sobre las acciones de prevención de la trata de personas dirigidas a pueblos indígenas u originarios durante el año 2019, la Dirección General de Derechos de los Pueblos Indígenas ha informado que no cuenta con información ni registros sobre dicha materia.',
             'Sin otro particular, quedamos de usted.',
             'Atentamente,', 'Oficina de Atención al Ciudadano y Gestión Documental', 'Ministerio de Cultura'], align='l')
    R.save()


def h838():
    R = new('h838', 'missing', 'not_competent_referred', ['prosecution', 'protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Energía y Minas', 'MINEM', 'ministry'),
            'OFICIO N° 0612-2019/MINEM-SG-OGDAC', [], '2019-03-19',
            'oficio: not competent, request forwarded to two other entities (art. 15-A)')
    letter(R, ['MINISTERIO DE ENERGÍA Y MINAS', 'Secretaría General', 'Oficina General de Documentación y Atención al Ciudadano'], 2019,
           'San Borja, 19 de marzo de 2019', 'OFICIO N° 0612-2019/MINEM-SG-OGDAC',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Solicitud de información sobre víctimas rescatadas en zonas de minería ilegal, año 2018')], logo=(logo_png('minem', 'MINEM', 'square', (200, 120, 0)), 2.2))
    body(R, ['Me dirijo a ustedes en atención a la solicitud del asunto. Al respecto, cabe señalar que el Ministerio de Energía y Minas no es la entidad competente para producir ni poseer información sobre operativos policiales, rescates ni atención a víctimas de trata de personas en zonas de minería ilegal.',
             'En tal sentido, en aplicación del artículo 15-A del Reglamento de la Ley de Transparencia, se ha procedido a encauzar su solicitud al Ministerio del Interior y al Ministerio Público, entidades que poseerían la información, lo que se pone en su conocimiento.',
             'Atentamente,'])
    R.sign('Abog. KAREN MILAGROS LOAYZA PEÑA', 'Jefa de la Oficina General de Documentación y Atención al Ciudadano')
    R.save()


def h839():
    R = new('h839', 'missing', 'not_competent_referred', ['prosecution'], ('2018-01-01', '2019-12-31'),
            S('United Nations Office on Drugs and Crime - Liaison and Partnership Office in Peru', 'UNODC', 'foreign'),
            'UNODC/LPOPER/2020/031', [], '2020-03-05',
            'letter in English: UN agency not holding the data, refers the requester to national authorities', lang='en', font='Calibri')
    R.header(['UNITED NATIONS OFFICE ON DRUGS AND CRIME', 'Liaison and Partnership Office in Peru'], logo=(logo_png('unodc', 'UNODC', 'circle', (0, 100, 170)), 1.6), align='l')
    R.p('Lima, 5 March 2020', align='r')
    R.p('UNODC/LPOPER/2020/031', bold=True)
    to(R, ['Observatorio Ciudadano contra la Trata de Personas', 'Lima, Peru'])
    body(R, ['Dear Madam,',
             'We acknowledge your letter requesting statistics on trafficking investigations, prosecutions and convictions in Peru for 2018 and 2019.',
             'UNODC does not produce or hold national criminal justice statistics. These are compiled by the Peruvian authorities, which report them to UNODC for the Global Report on Trafficking in Persons. We have therefore forwarded your request to the Ministry of the Interior (RETA system) and to the Public Prosecutor\'s Office, which are competent to provide the information.',
             'With kind regards,'])
    R.sign('Kristian Hölge', 'Representative', align='l', firma=False)
    R.save()


def h840():
    R = new('h840', 'missing', 'not_competent', ['governance'], ('2017-01-01', '2021-12-31'),
            S('Ministerio de Economía y Finanzas', 'MEF', 'ministry'),
            'OFICIO N° 0231-2022-EF/45.01', [], '2022-05-10',
            'oficio: not competent, no referral')
    letter(R, ['MINISTERIO DE ECONOMÍA Y FINANZAS', 'Oficina General de Atención al Ciudadano y Gestión Documental'], 2022,
           'Lima, 10 de mayo de 2022', 'OFICIO N° 0231-2022-EF/45.01',
           ['Señora', 'Coordinadora del Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('Asunto', ': Solicitud de información sobre los planes y el presupuesto regional del PNAT 2017-2021')], logo=(logo_png('mef', 'MEF', 'square', (160, 20, 20)), 2.0))
    body(R, ['Tengo el agrado de dirigirme a usted en atención al asunto, para comunicarle que la Dirección General de Presupuesto Público ha señalado que la formulación, seguimiento y evaluación de los planes regionales contra la trata de personas, así como la programación de las acciones que los integran, no forman parte de las funciones de este Ministerio, por lo que no corresponde a esta entidad atender su pedido.',
             'Atentamente,'])
    R.sign('CPC. ÓSCAR MIRANDA VALDEZ', 'Director de la Oficina de Atención al Ciudadano')
    R.save()


def h841():
    R = new('h841', 'missing', 'acknowledgment', ['prevention'], ('2019-01-01', '2019-12-31'),
            S('Embassy of Canada to Peru', None, 'foreign'),
            None, [], '2020-01-09',
            'printed e-mail in English, acknowledgment of receipt only', lang='en', font='Arial', size=10)
    R.p('Mail - observatorio.trata - Outlook', size=8, color=(90, 90, 90), after=8)
    R.p('Acknowledgement: information request - anti-trafficking awareness 2019', bold=True, size=13)
    kv(R, [('From', 'LIMA-GR (Embassy of Canada) <lima@international.gc.ca>'), ('Date', 'Thu 1/9/2020 9:02 AM'), ('To', 'observatorio.trata@gmail.com')], tab=2.0, w2=14, size=9.5)
    body(R, ['Dear Sir/Madam,',
             'This is to confirm that the Embassy of Canada in Lima has received your request for information about Canadian-funded awareness activities against human trafficking in Peru during 2019. Your message has been forwarded to the relevant section of the Embassy, which will contact you in due course.',
             'Please do not reply to this message.',
             'Embassy of Canada to Peru', 'Calle Bolognesi 228, Miraflores, Lima'], align='l')
    R.save()


def h842():
    R = new('h842', 'missing', 'clarification', [], None,
            S('Gobierno Regional Junín', 'GRJ', 'regional_government'),
            'CARTA N° 011-2020-GRJ/ORAF-TRANSP', [], '2020-01-16',
            'carta asking the requester to specify period and office within two working days; period not stated')
    letter(R, ['GOBIERNO REGIONAL JUNÍN', 'Oficina Regional de Administración y Finanzas', 'Responsable de Acceso a la Información Pública'], 2020,
           'Huancayo, 16 de enero de 2020', 'CARTA N° 011-2020-GRJ/ORAF-TRANSP',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Solicitud de subsanación'), ('REF.', ': Solicitud de acceso a la información pública, registro N° 00341')])
    body(R, ['Me dirijo a ustedes en atención al documento de la referencia, mediante el cual solicitan "toda la información sobre trata de personas" de este Gobierno Regional.',
             'Al respecto, conforme al artículo 11° del Reglamento de la Ley de Transparencia y Acceso a la Información Pública, se les solicita precisar el periodo al que se refiere su pedido y el tipo de información requerida (actividades, presupuesto, casos), a fin de derivarlo al órgano que corresponda. Para ello cuentan con un plazo de dos días hábiles; de no subsanarse la omisión, la solicitud se considerará como no presentada.',
             'Atentamente,'])
    R.sign('CPC. ELMER HUAMÁN SOTO', 'Responsable de Acceso a la Información Pública')
    R.save()


def h843():
    R = new('h843', 'missing', 'denied_exception', ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Policía Nacional del Perú - Dirección de Investigación Criminal', 'DIRINCRI PNP', 'police'),
            'OFICIO N° 451-2020-DIRINCRI-PNP/SEC-UNITRAN', [], '2020-02-27',
            'oficio denying access under the exceptions of art. 17 (investigations under way, reserved)')
    letter(R, ['POLICÍA NACIONAL DEL PERÚ', 'DIRECCIÓN DE INVESTIGACIÓN CRIMINAL', 'Secretaría - Unidad de Trámite Documentario'], 2020,
           'Lima, 27 de febrero de 2020', 'OFICIO N° 451-2020-DIRINCRI-PNP/SEC-UNITRAN',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Atención a solicitud de copias de atestados e informes policiales sobre trata de personas, año 2019')],
           logo=(logo_png('pnp3', 'PNP', 'circle', (30, 90, 40)), 1.6))
    body(R, ['Tengo el honor de dirigirme a ustedes, con relación al asunto, para comunicarles que la información solicitada (copias de los atestados e informes policiales formulados en 2019 por delitos de trata de personas, con identificación de las víctimas) forma parte de investigaciones en trámite y contiene datos personales de víctimas, incluidas personas menores de edad.',
             'En consecuencia, la información se encuentra comprendida en las excepciones previstas en los numerales 5 y 6 del artículo 17° del TUO de la Ley N° 27806, Ley de Transparencia y Acceso a la Información Pública, por lo que se deniega su entrega.',
             'Dios guarde a Ud.'])
    R.sign('Crnl. PNP MARCO ANTONIO SALINAS VERA', 'Jefe de la Secretaría de la DIRINCRI PNP')
    R.save()


def h844():
    R = new('h844', 'missing', 'no_reply', ['protection'], ('2021-01-01', '2021-12-31'),
            S('Municipalidad Provincial de Maynas', 'MPM', 'provincial_municipality'),
            None, [], '2022-03-02',
            'printout of the online case-tracking page: request pending, no reply; only the portal page, no letter')
    R.p('https://tramite.munimaynas.gob.pe/consulta/expediente', size=8, color=(90, 90, 90), after=6)
    R.p('MUNICIPALIDAD PROVINCIAL DE MAYNAS', bold=True, align='c', size=14, after=0)
    R.p('Sistema de Trámite Documentario – Consulta de Expedientes', align='c', after=10)
    rows = [['N° de expediente', '2021-0048812'], ['Fecha de registro', '13/12/2021'], ['Remitente', 'OBSERVATORIO CIUDADANO CONTRA LA TRATA DE PERSONAS'],
            ['Asunto', 'SOLICITUD DE ACCESO A LA INFORMACIÓN PÚBLICA – ATENCIÓN A VÍCTIMAS DE TRATA DE PERSONAS, AÑO 2021'],
            ['Oficina actual', 'GERENCIA DE DESARROLLO SOCIAL'], ['Estado', 'PENDIENTE'], ['Documento de respuesta', '— (no registra)']]
    R.table([['Campo', 'Detalle']], rows, widths=(5, 11), size=9.5, align='l')
    R.p('Consulta realizada el 02/03/2022 a las 11:47. El expediente no registra documento de respuesta a la fecha.', size=9, italic=True)
    R.save()


def h845():
    R = new('h845', 'missing', 'acknowledgment', ['governance', 'prevention'], ('2021-01-01', '2021-12-31'),
            S('Gobierno Regional de Tumbes', 'GORE Tumbes', 'regional_government'),
            'CARTA N° 027-2022/GOB.REG.TUMBES-SG-UTD', [], '2022-01-20',
            'carta from the registry: receipt confirmed and request passed to an internal office; no substance')
    letter(R, ['GOBIERNO REGIONAL DE TUMBES', 'Secretaría General', 'Unidad de Trámite Documentario y Archivo'], 2022,
           'Tumbes, 20 de enero de 2022', 'CARTA N° 027-2022/GOB.REG.TUMBES-SG-UTD',
           ['Señores', 'Observatorio Ciudadano contra la Trata de Personas', 'Presente.-'],
           [('ASUNTO', ': Constancia de recepción de su solicitud'), ('REF.', ': Solicitud sobre la Red Regional contra la Trata de Personas y campañas de prevención realizadas en 2021')])
    body(R, ['Por medio de la presente se les comunica que su solicitud de la referencia ha sido recibida y registrada con el Expediente N° 0001874, y remitida a la Gerencia Regional de Desarrollo Social, órgano de este Gobierno Regional que se encargará de darle respuesta dentro del plazo de ley.',
             'Atentamente,'])
    R.sign('Sr. JAVIER ZAPATA INFANTE', 'Jefe de la Unidad de Trámite Documentario y Archivo')
    R.save()
