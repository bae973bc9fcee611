"""blind-v4 replies d440-d453 (missing, on topic)."""
from lib import M, C, P, logo_png
from common import new, S, slogan, refblock, footnotes


def d440():
    R = new('d440', 'missing', 'no_information', ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Municipalidad Distrital de Ate', 'MDA', 'district_municipality'),
            'CARTA N° 0281-2019-MDA/SG', ['Memorando N° 0412-2019-MDA/GDS'], '2019-05-14',
            'short carta; "no se ha encontrado información"')
    R.p('MUNICIPALIDAD DISTRITAL DE ATE', bold=True, align='c', size=12, after=0)
    R.p('Secretaría General', align='c', size=10, after=8)
    slogan(R, 2019)
    R.p('Ate, 14 de mayo de 2019', align='r')
    R.p('CARTA N° 0281-2019-MDA/SG', bold=True)
    R.p('Señor\nMIGUEL ÁNGEL CORONADO LÓPEZ\nPresente.-')
    R.p('Asunto: Solicitud de información sobre campañas de prevención de la trata de personas realizadas en el año 2018', bold=True, after=6)
    R.p('Me dirijo a usted en atención a su solicitud del asunto. Al respecto, mediante Memorando N° 0412-2019-MDA/GDS, la Gerencia de '
        'Desarrollo Social comunica que, revisados los archivos de sus subgerencias, no se ha encontrado información relacionada con lo '
        'solicitado.', align='j')
    R.p('En tal sentido, y de conformidad con el artículo 13 del Texto Único Ordenado de la Ley N° 27806, la entidad no se encuentra '
        'obligada a crear o producir información con la que no cuente.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. FIORELLA ANDREA CASTRO MEZA', 'Secretaria General', before=18)
    R.save()


def d441():
    R = new('d441', 'missing', 'no_information', ['governance', 'protection'], ('2017-01-01', '2018-12-31'),
            S('Gobierno Regional de Pasco', 'GOREPA', 'regional_government'),
            'OFICIO N° 0722-2019-G.R.PASCO-GGR/GRDS', ['Expediente N° 2019-00318'], '2019-04-12',
            'oficio, date "12 ABR. 2019", "no cuenta con la información solicitada"')
    R.p('GOBIERNO REGIONAL PASCO', bold=True, size=12, after=0)
    R.p('Gerencia General Regional - Gerencia Regional de Desarrollo Social', size=9.5, after=8)
    slogan(R, 2019)
    R.p('Cerro de Pasco, 12 ABR. 2019', align='r')
    R.p('OFICIO N° 0722-2019-G.R.PASCO-GGR/GRDS', bold=True)
    R.p('Señora\nVILMA ROSARIO ATENCIO BALDEÓN\nPresente.-')
    refblock(R, [('ASUNTO', ': Información sobre la instancia regional contra la trata de personas y la atención a víctimas, años 2017 y 2018'),
                 ('REF.', ': Expediente N° 2019-00318')])
    R.p('Tengo a bien dirigirme a usted para comunicarle que esta Gerencia Regional no cuenta con la información solicitada en el '
        'expediente de la referencia, toda vez que la misma no obra en sus archivos ni en los de la Sub Gerencia de Desarrollo e '
        'Inclusión Social.', align='j')
    R.p('Sin otro particular, quedo de usted.')
    R.sign('Lic. ÓSCAR RUBÉN YALICO CÁRDENAS', 'Gerente Regional de Desarrollo Social', before=18)
    R.save()


def d442():
    R = new('d442', 'missing', 'no_information', ['protection'], ('2019-01-01', '2019-12-31'),
            S('United Nations Children\'s Fund - Peru Country Office', 'UNICEF', 'other'),
            'Ref: LIM/REP/2020-031', [], '2020-01-28',
            'English letter; the organization holds no such data', lang='en')
    R.p('unicef  |  for every child', bold=True, size=13, color=(0, 110, 190), after=0)
    R.p('Peru Country Office  -  Parque Melitón Porras 350, Miraflores, Lima', size=8.5, after=12)
    R.p('28 January 2020', align='r')
    R.p('Ref: LIM/REP/2020-031', bold=True)
    R.p('Mr. Julio César Arana Pimentel\nLima')
    R.p('Dear Mr. Arana,')
    R.p('Thank you for your letter requesting data on child victims of trafficking assisted in shelters in Peru during 2019, '
        'disaggregated by region and by form of exploitation.', align='j')
    R.p('We regret to inform you that UNICEF does not hold this information. UNICEF does not run shelters or case-management services '
        'in Peru, and it does not collect or keep individual or aggregated records of child victims.', align='j')
    R.p('Kind regards,')
    R.sign('Ana Lucía Bermúdez', 'Child Protection Specialist', before=18)
    R.save()


def d443():
    R = new('d443', 'missing', 'not_competent_referred', ['protection'], ('2018-01-01', '2018-12-31'),
            S('Ministerio de Agricultura y Riego', 'MINAGRI', 'ministry'),
            'OFICIO N° 0320-2019-MINAGRI-SG/OACID', ['Oficio N° 0321-2019-MINAGRI-SG/OACID'], '2019-04-25',
            'oficio; not competent, forwarded to MIMP')
    R.header(['PERÚ   Ministerio de Agricultura y Riego', 'Secretaría General', 'Oficina de Atención a la Ciudadanía y Gestión Documentaria'],
             align='l', size=8.5)
    slogan(R, 2019)
    R.p('Lima, 25 de abril de 2019', align='r')
    R.p('OFICIO N° 0320-2019-MINAGRI-SG/OACID', bold=True)
    R.p('Señora\nELIANA PATRICIA CÓRDOVA RAMOS\nPresente.-')
    R.p('Asunto: Solicitud de información sobre atención y reintegración de víctimas de trata en zonas rurales, año 2018', bold=True, after=6)
    R.p('Me dirijo a usted con relación al asunto, para comunicarle que, de acuerdo con su Ley de Organización y Funciones, el Ministerio '
        'de Agricultura y Riego no tiene competencia en la atención, protección y reintegración de víctimas de trata de personas.', align='j')
    R.p('En aplicación del artículo 15-A del Reglamento de la Ley de Transparencia, se ha remitido su solicitud al Ministerio de la Mujer y '
        'Poblaciones Vulnerables mediante Oficio N° 0321-2019-MINAGRI-SG/OACID, entidad que la atenderá directamente.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. VÍCTOR HUGO SALCEDO NÚÑEZ', 'Director de la Oficina de Atención a la Ciudadanía y Gestión Documentaria', before=18)
    R.save()


def d444():
    R = new('d444', 'missing', 'not_competent_referred', ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Superintendencia Nacional de Educación Superior Universitaria', 'SUNEDU', 'other'),
            'OFICIO N° 0188-2019-SUNEDU-03-08', ['Expediente N° 0021876-2019-SUNEDU-TD'], '2019-06-03',
            'oficio; not competent; request sent on to MINEDU (encauzamiento)')
    R.p('SUPERINTENDENCIA NACIONAL DE EDUCACIÓN SUPERIOR UNIVERSITARIA', bold=True, align='c', size=11, after=0)
    R.p('Oficina de Atención al Ciudadano y Trámite Documentario', align='c', size=9.5, after=8)
    slogan(R, 2019)
    R.p('San Isidro, 3 de junio de 2019', align='r')
    R.p('OFICIO N° 0188-2019-SUNEDU-03-08', bold=True)
    R.p('Señor\nRENZO JAVIER ALARCÓN TITO\nPresente.-')
    R.p('Asunto: Capacitación de docentes en prevención de la trata de personas, año 2018\nReferencia: Expediente N° 0021876-2019-SUNEDU-TD', bold=True, after=6)
    R.p('Me dirijo a usted en atención al expediente de la referencia, mediante el cual solicita información sobre la capacitación de '
        'docentes de educación básica en prevención de la trata de personas durante el año 2018.', align='j')
    R.p('Al respecto, la SUNEDU es el organismo técnico encargado del licenciamiento y la supervisión de la calidad del servicio educativo '
        'universitario, por lo que no posee la información solicitada. En consecuencia, su pedido ha sido encausado al Ministerio de '
        'Educación, entidad competente, lo que se pone en su conocimiento.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. PAOLA ANDREA MEJÍA ROSALES', 'Jefa de la Oficina de Atención al Ciudadano y Trámite Documentario', before=18)
    R.save()


def d445():
    R = new('d445', 'missing', 'not_competent_referred', ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Poder Judicial - Corte Superior de Justicia de Lima Sur', 'CSJLS', 'autonomous'),
            'OFICIO N° 000412-2019-P-CSJLS/PJ', ['Oficio N° 000413-2019-P-CSJLS/PJ'], '2019-03-08',
            'oficio with ISO date "2019-03-08"; complaints are the Public Ministry\'s; forwarded')
    R.p('PODER JUDICIAL DEL PERÚ', bold=True, align='l', size=12, after=0)
    R.p('Corte Superior de Justicia de Lima Sur  -  Presidencia', align='l', size=10, after=8)
    R.p('Fecha: 2019-03-08', align='r')
    R.p('OFICIO N° 000412-2019-P-CSJLS/PJ', bold=True)
    R.p('Señora\nKATIA LORENA VILLANUEVA CHUMPITAZ\nPresente.-')
    R.p('Asunto: Denuncias por trata de personas en el año 2018', bold=True, after=6)
    R.p('Tengo el agrado de dirigirme a usted para comunicarle que las denuncias por el delito de trata de personas se presentan ante la '
        'Policía Nacional y el Ministerio Público, y no ante los órganos jurisdiccionales; por tanto, esta Corte no posee ni produce la '
        'información solicitada.', align='j')
    R.p('Sin perjuicio de ello, mediante Oficio N° 000413-2019-P-CSJLS/PJ se ha remitido su solicitud a la Presidencia de la Junta de '
        'Fiscales Superiores del Distrito Fiscal de Lima Sur, para su atención.', align='j')
    R.p('Atentamente,')
    R.sign('Dr. ÁLVARO RENÉ QUINTANILLA BARRETO', 'Presidente de la Corte Superior de Justicia de Lima Sur', before=18)
    R.save()


def d446():
    R = new('d446', 'missing', 'not_competent', ['governance'], ('2018-01-01', '2018-12-31'),
            S('Contraloría General de la República', 'CGR', 'autonomous'),
            'OFICIO N° 001287-2019-CG/GSC', ['Hoja de Ruta N° 2019-0094127'], '2019-07-24',
            'oficio; not competent, names MEF and each entity but forwards nothing (ODT source)', fmt='odt',
            notes='Says the budget data are held by each entity and the MEF, but does not forward the request -> not_competent.')
    R.p('CONTRALORÍA GENERAL DE LA REPÚBLICA', bold=True, align='c', size=12, after=0)
    R.p('Gerencia de Servicios al Ciudadano', align='c', size=10, after=8)
    slogan(R, 2019)
    R.p('Jesús María, 24 de julio de 2019', align='r')
    R.p('OFICIO N° 001287-2019-CG/GSC', bold=True)
    R.p('Señor\nANDRÉS FELIPE CUEVA MORALES\nPresente.-')
    R.p('Asunto: Presupuesto asignado a la implementación del Plan Nacional contra la Trata de Personas en 2018\nReferencia: Hoja de Ruta N° 2019-0094127', bold=True, after=6)
    R.p('Me dirijo a usted en relación con el documento de la referencia. Al respecto, se le informa que la Contraloría General de la '
        'República, como órgano rector del Sistema Nacional de Control, no administra ni consolida la información presupuestal de las '
        'entidades públicas vinculada al Plan Nacional de Acción contra la Trata de Personas, por lo que no es competente para atender lo '
        'solicitado.', align='j')
    R.p('Dicha información es generada por cada entidad ejecutora y se encuentra registrada en los sistemas del Ministerio de Economía y '
        'Finanzas, a los cuales podrá dirigirse si lo considera pertinente.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. LILIANA MERCEDES ESPINOZA CAJAS', 'Gerente de Servicios al Ciudadano', before=18)
    R.save()


def d447():
    R = new('d447', 'missing', 'not_competent', ['prosecution'], ('2018-01-01', '2018-12-31'),
            S('Embassy of Japan in Peru', None, 'foreign'),
            None, [], '2019-05-15',
            'short English letter from an embassy; not a Peruvian public entity, no referral', lang='en',
            notes='Opens by acknowledging receipt, then says it has no competence and refers the requester nowhere -> not_competent.')
    R.p('EMBASSY OF JAPAN IN PERU', bold=True, align='c', size=12, after=0)
    R.p('Consular Section', align='c', size=10, after=12)
    R.p('Lima, 15 May 2019', align='r')
    R.p('Ms. Rocío del Pilar Saavedra Inga\nLima')
    R.p('Dear Ms. Saavedra,')
    R.p('We acknowledge receipt of your request for statistics on criminal cases of trafficking in persons involving Japanese nationals '
        'in Peru during 2018, submitted under Law No. 27806.', align='j')
    R.p('Please note that the Embassy of Japan is not a Peruvian public entity and is therefore not subject to that law. Furthermore, '
        'the Embassy has no competence in criminal investigations carried out in Peru and does not compile such statistics.', align='j')
    R.p('We appreciate your understanding.')
    R.p('Sincerely yours,')
    R.sign('Consular Section', 'Embassy of Japan in Peru', before=14, firma=False)
    R.save()


def d448():
    R = new('d448', 'missing', 'acknowledgment', ['governance', 'prosecution'], ('2019-01-01', '2019-12-31'),
            S('Ministerio del Interior', 'MININTER', 'ministry'),
            'CARTA N° 000845-2020/IN/OGAC', ['Registro N° 0000019842-2020'], '2020-01-22',
            'carta of the citizen-service office: receipt and internal routing only',
            notes='Acknowledges receipt and routes the request inside the ministry (to the DGSD); no information and no referral to another entity -> acknowledgment.')
    R.header(['MINISTERIO DEL INTERIOR', 'Oficina General de Atención al Ciudadano'], align='l', size=9,
             logo=(logo_png('mininter', 'MI', 'shield', (20, 60, 130)), 1.2))
    slogan(R, 2020)
    R.p('Lima, 22 de enero de 2020', align='r')
    R.p('CARTA N° 000845-2020/IN/OGAC', bold=True)
    R.p('Señora\nTERESA MILAGROS ALIAGA ROMERO\nPresente.-')
    R.p('Asunto: Constancia de recepción de solicitud de acceso a la información pública', bold=True, after=6)
    R.p('Por medio de la presente, se hace de su conocimiento que su solicitud de acceso a la información pública sobre el presupuesto '
        'ejecutado y las denuncias registradas por trata de personas durante el año 2019 ha sido recibida con Registro '
        'N° 0000019842-2020 y derivada a la Dirección General de Seguridad Democrática, órgano que la atenderá dentro del plazo legal.', align='j')
    R.p('Puede realizar el seguimiento de su trámite en el portal institucional con el número de registro indicado.', align='j')
    R.p('Atentamente,')
    R.sign('Oficina General de Atención al Ciudadano', 'Ministerio del Interior', before=14, firma=False)
    R.save()


def d449():
    R = new('d449', 'missing', 'acknowledgment', ['prevention'], ('2018-01-01', '2018-12-31'),
            S('Gobierno Regional de Ica', 'GORE-ICA', 'regional_government'),
            'CARTA N° 087-2019-GORE-ICA/SG', ['Expediente N° 05521-2019'], '2019-05-10',
            'carta announcing an extension of the term (prórroga); no information',
            notes='Only announces the use of the extension and a delivery date; no information -> acknowledgment.')
    R.p('GOBIERNO REGIONAL DE ICA', bold=True, align='c', size=12, after=0)
    R.p('Secretaría General', align='c', size=10, after=8)
    slogan(R, 2019)
    R.p('Ica, 10 de mayo de 2019', align='r')
    R.p('CARTA N° 087-2019-GORE-ICA/SG', bold=True)
    R.p('Señor\nGUSTAVO ADOLFO HERNÁNDEZ PACHAS\nPresente.-')
    R.p('Asunto: Prórroga del plazo de atención - Expediente N° 05521-2019', bold=True, after=6)
    R.p('Me dirijo a usted en relación a su solicitud de información sobre las actividades de prevención de la trata de personas '
        'realizadas de enero a diciembre de 2018 por las gerencias de este Gobierno Regional.', align='j')
    R.p('Al respecto, dado que la información requerida debe ser recopilada de varias unidades orgánicas y de las direcciones regionales '
        'sectoriales, se le comunica que la entidad hará uso de la prórroga prevista en el literal g) del artículo 11 del Texto Único '
        'Ordenado de la Ley N° 27806, por lo que la información le será entregada a más tardar el 30 de mayo de 2019.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. JOSÉ LUIS MUCHAYPIÑA HUAMANÍ', 'Secretario General', before=18)
    R.save()


def d450():
    R = new('d450', 'missing', 'clarification', [], None,
            S('Municipalidad Provincial del Santa', 'MPS', 'provincial_municipality'),
            'CARTA N° 112-2019-MPS/SG', ['Expediente N° 22917-2019'], '2019-06-18',
            'carta asking the requester to specify the period and the information (subsanar)',
            notes='Asks to specify period and information; the request as quoted ("todo lo relacionado con la trata") has no axis.')
    R.p('MUNICIPALIDAD PROVINCIAL DEL SANTA', bold=True, align='c', size=12, after=0)
    R.p('Chimbote - Secretaría General', align='c', size=10, after=8)
    slogan(R, 2019)
    R.p('Chimbote, 18 de junio de 2019', align='r')
    R.p('CARTA N° 112-2019-MPS/SG', bold=True)
    R.p('Señora\nNATALY ESTEFANÍA RODRÍGUEZ VALVERDE\nPresente.-')
    R.p('Asunto: Solicitud de subsanación - Expediente N° 22917-2019', bold=True, after=6)
    R.p('Me dirijo a usted en atención a su solicitud, en la que requiere "toda la información relacionada con la trata de personas". '
        'Al respecto, a fin de atender su pedido, se le solicita precisar el periodo de tiempo y la información concreta que requiere '
        '(actividades, presupuesto, documentos de gestión u otros), conforme al literal d) del artículo 10 del Reglamento de la Ley de '
        'Transparencia.', align='j')
    R.p('Para ello se le otorga un plazo de dos (2) días hábiles; de no efectuarse la subsanación, se dará por concluido el trámite.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. ROBERTO CARLOS LLONTOP VÁSQUEZ', 'Secretario General', before=18)
    R.save()


def d451():
    R = new('d451', 'missing', 'clarification', ['protection'], ('2018-01-01', '2018-12-31'),
            S('Seguro Integral de Salud', 'SIS', 'other'),
            'CARTA N° 000233-2019-SIS/OGIAD', ['Expediente N° 19-018842-001'], '2019-08-27',
            'carta asking the requester to specify which benefits/codes are meant')
    R.header(['PERÚ  Ministerio de Salud  |  Seguro Integral de Salud', 'Oficina General de Imagen Institucional y Transparencia'],
             align='l', size=8.5)
    slogan(R, 2019)
    R.p('Lima, 27 de agosto de 2019', align='r')
    R.p('CARTA N° 000233-2019-SIS/OGIAD', bold=True)
    R.p('Señor\nJOSÉ ANTONIO FARFÁN CCAHUANA\nPresente.-')
    refblock(R, [('Asunto', ': Precisión de solicitud de acceso a la información pública'), ('Referencia', ': Expediente N° 19-018842-001')])
    R.p('Es grato dirigirme a usted en atención al documento de la referencia, mediante el cual solicita el número de atenciones '
        'financiadas por el SIS a víctimas de trata de personas durante el año 2018.', align='j')
    R.p('Al respecto, el SIS registra las prestaciones por código de diagnóstico y no por la condición de víctima; por ello, se le '
        'solicita precisar los diagnósticos (códigos CIE-10) o las prestaciones sobre los cuales requiere la información, a fin de '
        'atender su pedido.', align='j')
    R.p('Atentamente,')
    R.sign('Lic. ÉRIKA JULIANA PORTUGAL SALAS', 'Responsable de Acceso a la Información Pública', before=18)
    R.save()


def d452():
    R = new('d452', 'missing', 'denied_exception', ['prosecution'], ('2018-01-01', '2019-12-31'),
            S('Policía Nacional del Perú - Dirección de Inteligencia', 'PNP', 'police'),
            'OFICIO N° 1120-2019-DIRIN-PNP/SEC', ['Solicitud N° 0731-2019'], '2019-10-30',
            'police oficio denying access under the secrecy exception (art. 15)')
    R.p('POLICÍA NACIONAL DEL PERÚ', bold=True, align='c', size=12, after=0)
    R.p('DIRECCIÓN DE INTELIGENCIA', align='c', size=10, after=8)
    R.p('Lima, 30 de octubre de 2019', align='r')
    R.p('OFICIO N° 1120-2019-DIRIN-PNP/SEC', bold=True)
    refblock(R, [('SEÑOR', ': LUIS FERNANDO VALDEZ ARROYO'),
                 ('ASUNTO', ': Deniega solicitud de acceso a la información pública'),
                 ('REF.', ': Solicitud N° 0731-2019')])
    R.p('Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, mediante el cual solicita información sobre las '
        'operaciones de inteligencia realizadas contra organizaciones criminales dedicadas a la trata de personas en los años 2018 y 2019.', align='j')
    R.p('Al respecto, se le comunica que la información solicitada tiene la calidad de secreta, al estar comprendida en el numeral 1 del '
        'artículo 15 del Texto Único Ordenado de la Ley N° 27806 (información clasificada en el ámbito del Sistema de Inteligencia '
        'Nacional), por lo que su solicitud se deniega.', align='j')
    R.p('Dios guarde a Ud.', align='c')
    R.sign('O-219448\nRAFAEL ENRIQUE HUAMÁN SOTOMAYOR', 'CORONEL PNP', 'JEFE DE LA SECRETARÍA DE LA DIRIN', before=22)
    R.save()


def d453():
    R = new('d453', 'missing', 'denied_exception', ['prosecution'], ('2019-01-01', '2019-12-31'),
            S('Ministerio Público - Segunda Fiscalía Provincial Penal Corporativa de Tumbes', 'MP-FN', 'autonomous'),
            'OFICIO N° 0419-2019-MP-FN-2°FPPC-TUMBES', ['Carta N° 031-2019'], '2019-10-14',
            'oficio, date "14 OCT. 2019", denies copies of fiscal files (reserved investigations)')
    R.p('MINISTERIO PÚBLICO', bold=True, align='c', size=12, after=0)
    R.p('Distrito Fiscal de Tumbes', align='c', size=10, after=0)
    R.p('Segunda Fiscalía Provincial Penal Corporativa de Tumbes', align='c', italic=True, size=10, after=8)
    slogan(R, 2019)
    R.p('Tumbes, 14 OCT. 2019', align='r')
    R.p('OFICIO N° 0419-2019-MP-FN-2°FPPC-TUMBES', bold=True)
    R.p('Señor\nWILMER ANTONIO ZAPATA NOLE\nPresente.-')
    R.p('Ref.: Carta N° 031-2019', bold=True, after=6)
    R.p('Tengo el agrado de dirigirme a usted en atención al documento de la referencia, mediante el cual solicita copia de las '
        'disposiciones emitidas en las carpetas fiscales por el delito de trata de personas iniciadas en el año 2019 en este despacho.', align='j')
    R.p('Sobre el particular, se le informa que las investigaciones en curso tienen carácter reservado conforme al artículo 324 del '
        'Código Procesal Penal, y que la información solicitada se encuentra comprendida en la excepción del numeral 6 del artículo 17 '
        'del Texto Único Ordenado de la Ley N° 27806; por consiguiente, no es posible acceder a lo solicitado.', align='j')
    R.p('Atentamente,')
    R.sign('Abog. ELENA MARGARITA CHUNGA FLORES', 'Fiscal Provincial', before=18)
    R.save()
