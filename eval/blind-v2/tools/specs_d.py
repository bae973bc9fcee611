from common import *
S = []
# ---------------- b237 MINSA acknowledgment
S.append(dict(id="b237", year=2018, letterhead="MINISTERIO DE SALUD\nOficina de Transparencia y Anticorrupción",
 meta=dict(layout="short carta, acknowledgment + extension of term", language="es", on_topic=True, status="missing", missing_kind="acknowledgment", axes=["protection"],
  period_start="2018-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Ministerio de Salud", acronym="MINSA", kind="ministry"),
  reference="CARTA N° 1022-2018-OTRANS/MINSA", cited_references=["Expediente N° 18-118754-001"], letter_date="2018-12-18"),
 scanned=True, photo=False,
 body=[R("Lima, 18 de diciembre de 2018"), B("CARTA N° 1022-2018-OTRANS/MINSA"), P("Señor\nRaúl Gonzales Acuña\nPresente.-"),
  P("**Asunto:** Prórroga de plazo - Expediente N° 18-118754-001"),
  P("Me dirijo a usted para acusar recibo de su solicitud de acceso a la información pública sobre la atención de salud mental brindada a víctimas de trata de personas durante el año 2018."),
  P("Dado que la información requiere ser recopilada de diversas Direcciones de Redes Integradas de Salud, y al amparo del literal g) del artículo 11 del TUO de la Ley N° 27806, se le comunica que el plazo de atención se prorroga hasta el 15 de enero de 2019, fecha en la cual se le hará llegar la respuesta."),
  *sign("ABOG. MILUSKA TORRES VERA", "Responsable de Acceso a la Información Pública", "Ministerio de Salud")]))

# ---------------- b238 GR Puno clarification
S.append(dict(id="b238", year=2019, letterhead="GOBIERNO REGIONAL PUNO\nOficina Regional de Administración - Transparencia",
 meta=dict(layout="e-mail printout, request to clarify (precisar)", language="es", on_topic=True, status="missing", missing_kind="clarification", axes=["governance"],
  period_start=None, period_end=None, period_stated=False,
  sender=dict(name="Gobierno Regional de Puno", acronym="GRP", kind="regional_government"),
  reference=None, cited_references=["Solicitud N° 0411-2019"], letter_date="2019-05-13"),
 scanned=True, photo=False,
 body=[SM("Correo: transparencia@regionpuno.gob.pe"), P("**De:** Transparencia GORE Puno <transparencia@regionpuno.gob.pe>\n**Enviado el:** lunes, 13 de mayo de 2019 16:05\n**Para:** contacto@altiplanolibre.org\n**Asunto:** Solicitud N° 0411-2019 - precisión de pedido"),
  P("Estimados señores:"),
  P("Con relación a su Solicitud N° 0411-2019, en la que piden \"copia de todos los documentos de la mesa regional contra la trata\", les solicitamos precisar el periodo de la información requerida y si se refieren a actas, informes o resoluciones, a fin de poder ubicarla en el archivo de la Gerencia Regional de Desarrollo Social."),
  P("El plazo de atención se computará a partir de la recepción de la precisión."),
  P("Saludos cordiales,"), P("Responsable de Transparencia\nGobierno Regional Puno\nJr. Deustua 356, Puno - Telf. (051) 354000")]))

# ---------------- b239 MD Independencia null
S.append(dict(id="b239", year=2018, letterhead="MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA\nGerencia de Desarrollo Humano",
 meta=dict(layout="memorando + one-paragraph reply", language="es", on_topic=True, status="answered", missing_kind=None, axes=["prevention"],
  period_start="2017-01-01", period_end="2017-12-31", period_stated=True,
  sender=dict(name="Municipalidad Distrital de Independencia", acronym="MDI", kind="district_municipality"),
  reference="MEMORANDO N° 142-2018-GDH/MDI", cited_references=["Expediente N° 3312-2018"], letter_date="2018-03-08"),
 scanned=True, photo=False, notes="Substantive null answer for the year 2017.",
 body=[H("MEMORANDO N° 142-2018-GDH/MDI"), P("**A:** Abog. Teresa Cano Ríos - Responsable de Acceso a la Información Pública\n**DE:** Lic. Marco Ayala Quispe - Gerente de Desarrollo Humano\n**ASUNTO:** Respuesta al Expediente N° 3312-2018\n**FECHA:** Independencia, 08 de marzo de 2018"),
  P("Por el presente, y en atención al expediente del asunto, remitido por la Red Juvenil Lima Norte, informo que durante el año 2017 esta Gerencia no ejecutó campañas, talleres ni otras actividades de prevención de la trata de personas, toda vez que dichas acciones no fueron incluidas en el Plan Operativo Institucional 2017. Se sugiere trasladar esta respuesta a la recurrente."),
  P("Atentamente,"), P(""), C("**LIC. MARCO AYALA QUISPE**"), C("Gerente de Desarrollo Humano")]))

# ---------------- b240 Fiscalía de la Nación denied exception
S.append(dict(id="b240", year=2019, letterhead="MINISTERIO PÚBLICO - FISCALÍA DE LA NACIÓN\nSecretaría General",
 meta=dict(layout="oficio + short informe legal denying access", language="es", on_topic=True, status="missing", missing_kind="denied_exception", axes=["prosecution", "protection"],
  period_start="2019-01-01", period_end="2019-06-30", period_stated=True,
  sender=dict(name="Ministerio Público - Fiscalía de la Nación", acronym="MP-FN", kind="autonomous"),
  reference="OFICIO N° 003415-2019-MP-FN-SEGFIN", cited_references=["Informe N° 0211-2019-MP-FN-OGAJ", "Solicitud N° 4478-2019"], letter_date="2019-08-14"),
 scanned=True, photo=False,
 body=[R("Lima, 14 de agosto de 2019"), B("OFICIO N° 003415-2019-MP-FN-SEGFIN"), P("Señor\nAndrés Caballero Loayza\nPeriodista - Unidad de Investigación\nPresente.-"),
  P("**Asunto:** Respuesta a Solicitud N° 4478-2019"),
  P("Me dirijo a usted en atención a su solicitud mediante la cual requiere copia de las carpetas fiscales y la identidad de las víctimas de trata de personas atendidas por el Programa de Protección y Asistencia a Víctimas y Testigos durante el primer semestre de 2019."),
  P("Conforme a lo opinado por la Oficina General de Asesoría Jurídica en el Informe N° 0211-2019-MP-FN-OGAJ, la información solicitada se encuentra protegida por las excepciones previstas en el artículo 17, numerales 1 y 5, del TUO de la Ley N° 27806, por tratarse de investigaciones en trámite y de datos personales cuya publicidad constituye una invasión de la intimidad personal, además de la reserva establecida en la Ley N° 28950. Por tanto, se deniega el acceso."),
  *sign("ABOG. VÍCTOR SALAZAR MORÁN", "Secretario General de la Fiscalía de la Nación", "Ministerio Público")]))

# ---------------- b241 MINCETUR English out of period (2016)
S.append(dict(id="b241", year=2018, letterhead="MINISTRY OF FOREIGN TRADE AND TOURISM\nDirectorate General of Tourism Policies",
 meta=dict(layout="English letter, figures in running text, past campaign", language="en", on_topic=True, status="out_of_period", missing_kind=None,
  axes=["prevention"], period_start="2018-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Ministerio de Comercio Exterior y Turismo", acronym="MINCETUR", kind="ministry"),
  reference="OFICIO N° 417-2018-MINCETUR/VMT/DGPDT", cited_references=["Request of 3 September 2018"], letter_date="2018-09-24"),
 scanned=True, photo=False, notes="Requested 2018; describes only the 2016 campaign.",
 body=[R("San Isidro, 24 September 2018"), B("OFICIO N° 417-2018-MINCETUR/VMT/DGPDT"), P("Mr. Thomas Becker\nResponsible Travel Alliance\nBerlin, Germany"),
  P("**Subject:** Prevention of trafficking and sexual exploitation in tourism - year 2018"),
  P("Dear Mr. Becker,"),
  P("Thank you for your request. MINCETUR promotes the Code of Conduct against sexual exploitation of children and adolescents in travel and tourism. In 2016, [[#318 tourism businesses|w=tourism business|y=2016]] signed the Code, and [[#2,450 tourism workers|w=tourism worker|y=2016]] were trained in [[#14 regions|w=region|y=2016]] to identify and report possible cases, with an investment of [[$PEN 185,000|y=2016|r=executed]]."),
  P("The campaign also distributed materials promoting the free hotline 1818 at airports and bus terminals."),
  *sign_en("LIC. GUILLERMO PAREDES SOTO", "Director General of Tourism Policies", "MINCETUR")]))

# ---------------- b243 CSJ Loreto no information
S.append(dict(id="b243", year=2019, letterhead="PODER JUDICIAL DEL PERÚ\nCorte Superior de Justicia de Loreto - Oficina de Imagen y Transparencia",
 meta=dict(layout="oficio, no information held", language="es", on_topic=True, status="missing", missing_kind="no_information", axes=["prosecution"],
  period_start="2017-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Corte Superior de Justicia de Loreto (Poder Judicial)", acronym="CSJLO", kind="autonomous"),
  reference="OFICIO N° 0188-2019-OIT-CSJLO/PJ", cited_references=["Solicitud N° 066-2019", "Informe N° 022-2019-CE-CSJLO/PJ"], letter_date="2019-03-11"),
 scanned=True, photo=False,
 body=[R("Iquitos, 11 de marzo de 2019"), B("OFICIO N° 0188-2019-OIT-CSJLO/PJ"), P("Señores\nAsociación Amazonía Sin Trata\nPresente.-"),
  P("**Asunto:** Solicitud N° 066-2019 - sentencias por trata de personas"),
  P("En atención a su solicitud, referida a las sentencias emitidas por el delito de trata de personas entre los años 2017 y 2018, le comunico que, según el Informe N° 022-2019-CE-CSJLO/PJ de la Coordinación de Estadística, el Sistema Integrado Judicial no permite obtener información desagregada por tipo de delito para dicho periodo, por lo que esta Corte no cuenta con la información en los términos solicitados."),
  *sign("LIC. JULIO RENGIFO DÁVILA", "Responsable de Transparencia", "Corte Superior de Justicia de Loreto")]))

# ---------------- b244 MP Cajamarca road project off-topic
S.append(dict(id="b244", year=2019, letterhead="MUNICIPALIDAD PROVINCIAL DE CAJAMARCA\nGerencia de Infraestructura",
 meta=dict(layout="oficio replying about a road project, ruled table", language="es", on_topic=False, status="missing", missing_kind="off_topic", axes=[],
  period_start=None, period_end=None, period_stated=False,
  sender=dict(name="Municipalidad Provincial de Cajamarca", acronym="MPC", kind="provincial_municipality"),
  reference="OFICIO N° 0562-2019-GI-MPC", cited_references=["Expediente N° 41127-2019", "CUI N° 2345871"], letter_date="2019-09-18"),
 scanned=True, photo=False,
 body=[R("Cajamarca, 18 de setiembre de 2019"), B("OFICIO N° 0562-2019-GI-MPC"), P("Señor\nPresidente de la Comunidad Campesina de Chamis\nPresente.-"),
  P("**Asunto:** Estado del proyecto de mejoramiento del camino vecinal Chamis - Porcón"), P("**Referencia:** Expediente N° 41127-2019"),
  P("Me dirijo a usted para informarle sobre el estado del proyecto \"Mejoramiento del camino vecinal Chamis - Porcón\" con CUI N° 2345871:"),
  T(ctx=dict(us="column", year=2019), head=[["Concepto", "Monto (S/)"]],
    rows=[["Costo total de inversión", "[[$4,872,615.30|r=-]]"], ["Presupuesto asignado 2019", "[[$2,100,000.00|r=allocated]]"], ["Ejecutado al 31 de agosto", "[[$1,364,220.85|r=executed]]"]]),
  P("El avance físico de la obra es del [[%58 %|y=2019]] y se estima su culminación en el mes de diciembre. La longitud intervenida es de 12.4 km."),
  *sign("ING. SEGUNDO VÁSQUEZ CHÁVEZ", "Gerente de Infraestructura", "Municipalidad Provincial de Cajamarca")]))

# ---------------- b245 MD Miraflores docx native, referred
S.append(dict(id="b245", year=2018, letterhead="MUNICIPALIDAD DE MIRAFLORES\nGerencia de Participación Vecinal",
 meta=dict(layout="DOCX native; carta with referral to PNP", language="es", on_topic=True, status="missing", missing_kind="not_competent_referred", axes=["prosecution"],
  period_start="2018-01-01", period_end="2018-06-30", period_stated=True,
  sender=dict(name="Municipalidad Distrital de Miraflores", acronym="MM", kind="district_municipality"),
  reference="CARTA N° 276-2018-GPV/MM", cited_references=["Documento Simple N° 9914-2018", "Oficio N° 277-2018-GPV/MM"], letter_date="2018-07-20"),
 scanned=True, photo=False, native="docx", notes="Native is DOCX; pages refer to the LibreOffice PDF rendering.",
 body=[R("Miraflores, 20 de julio de 2018"), B("CARTA N° 276-2018-GPV/MM"), P("Señora\nCecilia Olaechea Pardo\nVecinos Unidos contra la Explotación\nPresente.-"),
  P("**Asunto:** Operativos contra la trata de personas - primer semestre 2018"), P("**Referencia:** Documento Simple N° 9914-2018"),
  P("Me dirijo a usted en atención al documento de la referencia, mediante el cual solicita información sobre los operativos contra la trata de personas realizados en el distrito durante el primer semestre de 2018."),
  P("Al respecto, se le informa que la realización de operativos de investigación y rescate de víctimas no es competencia de esta Municipalidad, sino de la Policía Nacional del Perú. Por ello, su solicitud ha sido derivada a la Comisaría de Miraflores mediante Oficio N° 277-2018-GPV/MM."),
  *sign("ABOG. FABIOLA MUÑOZ TELLO", "Gerente de Participación Vecinal", "Municipalidad de Miraflores")]))

# ---------------- b247 MTC clarification
S.append(dict(id="b247", year=2019, letterhead="MINISTERIO DE TRANSPORTES Y COMUNICACIONES\nOficina de Atención al Ciudadano y Gestión Documental",
 meta=dict(layout="carta requesting precision (subsanar)", language="es", on_topic=True, status="missing", missing_kind="clarification", axes=["prevention"],
  period_start="2019-01-01", period_end="2019-12-31", period_stated=True,
  sender=dict(name="Ministerio de Transportes y Comunicaciones", acronym="MTC", kind="ministry"),
  reference="CARTA N° 1408-2019-MTC/04.02", cited_references=["Hoja de Ruta N° E-221984-2019"], letter_date="2019-10-07"),
 scanned=True, photo=False,
 body=[R("Lima, 07 de octubre de 2019"), B("CARTA N° 1408-2019-MTC/04.02"), P("Señora\nPamela Hurtado Díaz\nPresente.-"),
  P("**Asunto:** Solicitud de acceso a la información pública - Hoja de Ruta N° E-221984-2019"),
  P("Tengo el agrado de dirigirme a usted en atención a su solicitud referida a \"las campañas de prevención de la trata de personas en terminales terrestres durante el periodo 2019\"."),
  P("Al respecto, a fin de atender su pedido, se le solicita precisar si requiere información de las campañas de la Dirección General de Políticas y Regulación en Transporte Multimodal o de la Superintendencia de Transporte Terrestre (SUTRAN), así como el formato en que desea recibirla. Para tal efecto, se le otorga un plazo de dos (2) días hábiles para subsanar su solicitud."),
  *sign("LIC. GABRIELA LUNA CÁRDENAS", "Responsable de Acceso a la Información Pública", "MTC")]))

# ---------------- b248 SBN not competent
S.append(dict(id="b248", year=2019, letterhead="SUPERINTENDENCIA NACIONAL DE BIENES ESTATALES",
 meta=dict(layout="short oficio, not competent (no referral)", language="es", on_topic=True, status="missing", missing_kind="not_competent", axes=["protection"],
  period_start="2018-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Superintendencia Nacional de Bienes Estatales", acronym="SBN", kind="other"),
  reference="OFICIO N° 02115-2019/SBN-SG-UTD", cited_references=["S.I. N° 08814-2019"], letter_date="2019-04-02"),
 scanned=True, photo=False,
 body=[R("San Isidro, 02 de abril de 2019"), B("OFICIO N° 02115-2019/SBN-SG-UTD"), P("Señor\nLuis Miguel Vargas Pinto\nAlianza por la Protección de Víctimas\nPresente.-"),
  P("**Asunto:** Atención a la S.I. N° 08814-2019"),
  P("Me dirijo a usted en relación con su solicitud de información sobre inmuebles estatales destinados a hogares de refugio temporal para víctimas de trata durante el año 2018. Sobre el particular, la Superintendencia Nacional de Bienes Estatales precisa que no tiene entre sus funciones la gestión de servicios de acogida ni la implementación del Plan Nacional contra la Trata de Personas; en consecuencia, no corresponde a esta entidad atender su pedido."),
  *sign("ABOG. ÁNGEL QUISPE ROJAS", "Jefe de la Unidad de Trámite Documentario", "SBN")]))
