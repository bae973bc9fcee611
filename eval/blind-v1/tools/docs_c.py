from common import *

DOCS = []
A = DOCS.append
Y17, Y18, Y19 = ("2017-01-01", "2017-12-31"), ("2018-01-01", "2018-12-31"), ("2019-01-01", "2019-12-31")
EJ = ("2017-01-01", "2018-06-30")

# ================= OUT OF PERIOD =================
# b035 MP Maynas: restates ene2017-jun2018, gives plans 2019-2021
S = Sd("Municipalidad Provincial de Maynas", "MPM", "provincial_municipality", "MUNICIPALIDAD PROVINCIAL DE MAYNAS",
       "Gerencia de Desarrollo Social", "Iquitos – Loreto")
t = Table(caption="Programación multianual de actividades contra la trata de personas 2019 – 2021 (en soles)", label_header="Actividad",
          cols=[Col("2019", "money", "allocated", 2019), Col("2020", "money", "allocated", 2020), Col("2021", "money", "allocated", 2021)],
          rows=[["Campañas de sensibilización en puertos fluviales", "25,000.00", "30,000.00", "30,000.00"],
                ["Fortalecimiento de la Red Provincial", "10,000.00", "12,000.00", "12,000.00"],
                ["Total programado", "35,000.00", "42,000.00", "42,000.00"]])
A(quick("b035", S, "OFICIO N° 0267-2018-GDS-MPM", "2018-09-12", "Información sobre trata de personas – periodo enero 2017 – junio 2018",
        ["Solicitud de acceso a la información pública S/N de fecha 22.08.2018"],
        ["Me dirijo a usted con relación a su solicitud de la referencia, mediante la cual requiere información sobre las acciones y el presupuesto de esta Municipalidad contra la trata de personas en el periodo enero 2017 – junio 2018.",
         "Al respecto, le informo que la Gerencia de Desarrollo Social ha elaborado la propuesta de Plan Provincial contra la Trata de Personas 2019-2021, alineado al PNAT 2017-2021, que prevé las siguientes actividades y montos referenciales:", t,
         "Asimismo, se prevé capacitar a [[c:300|300|operador turístico|2020]] operadores turísticos y transportistas fluviales en el año 2020. La propuesta será elevada al Concejo Municipal para su aprobación mediante ordenanza."],
        ("Lic. JORGE ARMANDO SAAVEDRA RUIZ", "Gerente de Desarrollo Social"), "out_of_period", ["governance", "prevention"], EJ,
        layout="oficio restating requested period ene 2017 - jun 2018, then only a 2019-2021 programming table (allocated by year)",
        scan=True, photo=1, to=1, ngo=1, city="Iquitos", font="Arial",
        notes="Only future plans (2019-2021): out_of_period. Figures are programmed amounts."))

# b036 GORE Ayacucho: 2018 requested; gives 2015-2016 (docx + xlsx annex)
S = Sd("Gobierno Regional de Ayacucho", "GRA", "regional_government", "GOBIERNO REGIONAL DE AYACUCHO",
       "Gerencia Regional de Desarrollo Social")
d = quick("b036", S, "OFICIO N° 0145-2019-GRA/GG-GRDS", "2019-02-25", "Remite información sobre trata de personas",
          ["Solicitud de información pública referida al año 2018, recibida el 08.02.2019"],
          ["Es grato dirigirme a usted, en atención a la solicitud de la referencia, para remitirle la información disponible en esta Gerencia Regional sobre las acciones contra la trata de personas.",
           "Conforme al acervo documentario, las acciones registradas corresponden al Proyecto “Prevención de la trata de personas en la provincia de Huamanga”, ejecutado en los años 2015 y 2016, cuyo reporte de ejecución se adjunta en anexo (un folio). En dicho proyecto se capacitó a [[c:410|410|docente|2016]] docentes en el año 2016.",
           "Se hace presente que la actual gestión viene reorganizando el archivo de la Gerencia."],
          ("Mg. NELLY ROCÍO HUAMÁN GÓMEZ", "Gerente Regional de Desarrollo Social"), "out_of_period", ["prevention"], Y18,
          layout="oficio + XLSX annex (converted) with only 2015-2016 execution; request year 2018 stated in reference line",
          scan=True, to=0, ngo=0, city="Ayacucho", dstyle="caps", font="Times New Roman", size=12,
          notes="Request was for 2018; only 2015-2016 information given.")
d.fmt = "docx+xlsx"
t = Table(caption="PROYECTO: PREVENCIÓN DE LA TRATA DE PERSONAS EN LA PROVINCIA DE HUAMANGA – EJECUCIÓN (S/)", label_header="Componente",
          cols=[Col("PIM", "money", "allocated", 2015, group="2015"), Col("Devengado", "money", "executed", 2015, group="2015"),
                Col("PIM", "money", "allocated", 2016, group="2016"), Col("Devengado", "money", "executed", 2016, group="2016")],
          rows=[["Capacitación docente", "48,000.00", "45,210.00", "52,000.00", "50,870.00"],
                ["Campañas comunicacionales", "30,000.00", "28,400.00", "26,000.00", "19,950.00"],
                ["TOTAL", "78,000.00", "73,610.00", "78,000.00", "70,820.00"]])
d.sheets = [dict(name="Anexo", title=["GOBIERNO REGIONAL DE AYACUCHO – ANEXO"], tables=[t], widths=[30, 14, 14, 14, 14])]
A(d)

# b037 Ministerio de Cultura: 2019 requested; gives 2016
S = Sd("Ministerio de Cultura", "MINCUL", "ministry", "MINISTERIO DE CULTURA", "Viceministerio de Interculturalidad",
       "Dirección General de Ciudadanía Intercultural")
A(quick("b037", S, "OFICIO N° 000098-2020-DGCI/MC", "2020-02-07", "Acciones de prevención de la trata en pueblos indígenas – año 2019",
        ["Solicitud de acceso a la información pública N° 2020-0031"],
        ["Me dirijo a usted en atención a su solicitud, mediante la cual requiere información sobre las acciones realizadas por este Ministerio en el año 2019 para prevenir la trata de personas en pueblos indígenas u originarios.",
         "Al respecto, se informa que la última intervención específica en la materia fue la elaboración y difusión, en el año 2016, de materiales informativos traducidos a [[c:6|6|lengua indígena|2016]] lenguas indígenas (asháninka, awajún, shipibo-konibo, quechua, aimara y matsigenka), con un tiraje de [[c:12 000|12000|ejemplar|2016]] ejemplares y una inversión de [[m:S/ 54,300.00|54300|PEN|2016|executed]].",
         "Dichos materiales fueron distribuidos a través de las Direcciones Desconcentradas de Cultura de Junín, Cusco, Ucayali y Amazonas."],
        ("Lic. ÁNGELA MARÍA ACEVEDO HUERTAS", "Directora General de Ciudadanía Intercultural"), "out_of_period", ["prevention"], Y19, cited=["Solicitud de acceso a la información pública N° 2020-0031"],
        layout="oficio; asked 2019, answers only with 2016 figures", scan=True, to=2, ngo=2, font="Arial", pn="pagina"))

# b038 MD Santiago (Cusco): asked 2019, gives 2020-2021 programmed budget
S = Sd("Municipalidad Distrital de Santiago (Cusco)", "MDS", "district_municipality", "MUNICIPALIDAD DISTRITAL DE SANTIAGO",
       "Cusco – Perú", "Oficina de Planeamiento y Presupuesto")
A(quick("b038", S, "CARTA N° 015-2020-OPP-MDS", "2020-01-21", "Información sobre presupuesto para la lucha contra la trata de personas (periodo solicitado: 2019)",
        ["Solicitud de acceso a la información pública de fecha 08.01.2020"],
        ["Tengo a bien dirigirme a usted, en atención a su solicitud, para comunicarle que en el Presupuesto Institucional de Apertura del año fiscal 2020 se ha programado, por primera vez, la actividad “Prevención de la violencia y la trata de personas en el distrito”, con un PIA de [[m:S/ 20,000.00|20000|PEN|2020|allocated]].",
         "Asimismo, en la programación multianual se ha previsto para el año 2021 un monto de [[m:S/ 25,000.00|25000|PEN|2021|allocated]] para la misma actividad, sujeto a la disponibilidad de recursos."],
        ("CPC. MARLENE QUISPE CONDORI", "Jefa de la Oficina de Planeamiento y Presupuesto"), "out_of_period", ["prevention"], Y19,
        layout="short carta; requested period 2019 in subject; only 2020-2021 programmed budget", scan=False, photo=1, to=3, ngo=3,
        city="Cusco", dstyle="dot", font="Arial", closing="Atentamente,",
        notes="Does not say what was done in 2019; only 2020 PIA and 2021 programming: out_of_period."))

# b039 GORE Arequipa (Gerencia Regional de Salud): 2017 requested, gives 2019 plan
S = Sd("Gobierno Regional de Arequipa – Gerencia Regional de Salud", "GERESA Arequipa", "regional_government",
       "GOBIERNO REGIONAL DE AREQUIPA", "GERENCIA REGIONAL DE SALUD", "Dirección de Promoción de la Salud")
A(quick("b039", S, "OFICIO N° 1542-2018-GRA/GRS/GR-DPS", "2018-11-05", "Información de acciones frente a la trata de personas",
        ["Solicitud S/N del 18.10.2018, sobre las acciones del año 2017"],
        ["Por el presente, y en atención a la solicitud de la referencia, se informa que esta Gerencia ha incorporado en su Plan Operativo Institucional del año 2019 la actividad “Atención integral en salud a víctimas de trata de personas”, con una meta de [[c:120|120|víctima|2019]] víctimas a atender y un presupuesto programado de [[m:S/ 36 000,00|36000|PEN|2019|allocated]].",
         "Igualmente, para el año 2019 se tiene previsto capacitar a [[c:80|80|profesional de salud|2019]] profesionales de salud de los establecimientos de las provincias de Arequipa, Caylloma y Camaná en el protocolo de atención."],
        ("M.C. JUAN CARLOS ZEVALLOS BEGAZO", "Director de Promoción de la Salud"), "out_of_period", ["protection"], Y17,
        layout="oficio; request for 2017 (in reference line), answer only about 2019 plans", scan=True, to=1, ngo=1, city="Arequipa",
        dstyle="long", font="Arial"))

# b040 GORE San Martín: 2018 requested, 2014-2016 table (unruled)
S = Sd("Gobierno Regional de San Martín", "GORESAM", "regional_government", "GOBIERNO REGIONAL DE SAN MARTÍN",
       "Gerencia Regional de Desarrollo Social")
t = Table(caption="Personas capacitadas en prevención de la trata de personas", label_header="Año",
          cols=[Col("Talleres", "count", what="taller", unit_source="column"), Col("Participantes", "count", what="participante", unit_source="column"),
                Col("Inversión (S/)", "money", "executed", unit_source="column")],
          rows=[["2014", "5", "230", "9,800.00"], ["2015", "7", "415", "12,600.00"], ["2016", "4", "198", "8,150.00"]],
          row_years={"2014": 2014, "2015": 2015, "2016": 2016}, ruled=False)
A(quick("b040", S, "OFICIO N° 289-2019-GRSM/GRDS", "2019-03-04", "Respuesta a solicitud de información – acciones contra la trata de personas en el año 2018",
        ["Solicitud S/N del 14.02.2019"],
        ["Me dirijo a usted, en atención a su solicitud de la referencia, para remitirle la información que obra en esta Gerencia respecto de las acciones de capacitación en prevención de la trata de personas:", t,
         "Dichas acciones fueron ejecutadas por la Sub Gerencia de Programas Sociales en las provincias de Moyobamba, Rioja y Tocache."],
        ("Lic. KARLA VANESSA DEL ÁGUILA TORRES", "Gerente Regional de Desarrollo Social"), "out_of_period", ["prevention"], Y18,
        layout="oficio; request year 2018 in subject; UNRULED table with years 2014-2016 as rows; money column with (S/) in header",
        scan=True, photo=1, to=0, ngo=0, city="Moyobamba", dstyle="caps", font="Arial"))

# b041 PCM English: out_of_period
S = Sd("Presidencia del Consejo de Ministros", "PCM", "ministry", "PRESIDENCY OF THE COUNCIL OF MINISTERS",
       "Secretariat for Decentralization")
A(quick("b041", S, "LETTER N° 045-2019-PCM/SD", "2019-05-16", "Information request on anti-trafficking coordination with regional governments, 2018",
        ["Request under Law N° 27806 dated 30 April 2019"],
        ["We acknowledge your request for information on the activities of the Secretariat for Decentralization in 2018 regarding coordination with regional governments on trafficking in persons.",
         "We inform you that the Secretariat has included in its 2020 work plan a technical assistance line for regional governments on the incorporation of the National Plan against Trafficking in Persons into their Regional Concerted Development Plans. For 2020 the Secretariat has programmed [[c:12|12|technical assistance session|2020]] technical assistance sessions and a budget of [[m:S/ 48,000|48000|PEN|2020|allocated]].",
         "No specific activities on this matter were recorded in previous years' work plans of the Secretariat."],
        ("VÍCTOR HUGO SALAZAR RUIZ", "Secretary for Decentralization"), "out_of_period", ["governance"], Y18, en=True,
        layout="English letter; asked 2018; only a 2020 plan", scan=True, to=2, ngo=2, dstyle="en", font="Arial",
        notes="Saying no activities were recorded in 'previous years' is vague and not tied to 2018; main content is the 2020 plan: out_of_period."))

# b042 MP Huancayo: 2017 requested, gives 2019-2020
S = Sd("Municipalidad Provincial de Huancayo", "MPH", "provincial_municipality", "MUNICIPALIDAD PROVINCIAL DE HUANCAYO",
       "Gerencia de Desarrollo Humano", "Sub Gerencia de Programas Sociales")
A(quick("b042", S, "OFICIO N° 072-2020-MPH/GDH", "2020-03-02", "Atención a solicitud de información",
        ["Solicitud de acceso a la información pública, Registro N° 4412-2020, sobre acciones contra la trata de personas durante el año 2017"],
        ["Me dirijo a usted, en atención al documento de la referencia, para informarle que esta Gerencia, a partir del segundo semestre del año 2019, viene ejecutando el programa “Huancayo sin Trata”, en el marco del cual se realizaron [[c:14|14|charla|2019]] charlas informativas en el año 2019 y [[c:5|5|charla|2020]] charlas en lo que va del año 2020, llegando a [[c:860|860|estudiante|]] estudiantes.",
         "El programa cuenta con un presupuesto anual de [[m:S/ 18 000|18000|PEN||allocated]], financiado con recursos directamente recaudados. No se cuenta con registros de acciones anteriores al inicio del programa."],
        ("Lic. ROCÍO DEL PILAR MEZA ORIHUELA", "Gerente de Desarrollo Humano"), "out_of_period", ["prevention"], Y17,
        layout="oficio; request year 2017 in reference; answer only about 2019-2020 programme", scan=True, to=0, ngo=0, city="Huancayo",
        dstyle="long0", font="Arial",
        notes="'No se cuenta con registros de acciones anteriores' is weak; the information given is only 2019-2020: out_of_period."))

# ================= MISSING =================
# --- no_information
S = Sd("Municipalidad Distrital de Ate", "MDA", "district_municipality", "MUNICIPALIDAD DISTRITAL DE ATE", "Gerencia Municipal – Oficina de Atención al Ciudadano")
A(quick("b043", S, "CARTA N° 088-2018-MDA/OAC", "2018-03-16", "Solicitud de acceso a la información pública – trata de personas 2017",
        ["Expediente N° 3341-2018 del 01.03.2018"],
        ["Por medio de la presente me dirijo a usted, en atención al expediente de la referencia, para comunicarle que, efectuadas las consultas a la Gerencia de Desarrollo Social y a la Sub Gerencia de Salud y Bienestar, estas han informado que no se cuenta con la información solicitada respecto de las acciones contra la trata de personas durante el año 2017, al no haberse generado ni encontrarse en poder de dichas unidades orgánicas.",
         "En ese sentido, de conformidad con el artículo 13 del Texto Único Ordenado de la Ley N° 27806, la entidad no está obligada a crear o producir información con la que no cuente."],
        ("Sr. EDUARDO MARTÍN LLONTOP FLORES", "Jefe de la Oficina de Atención al Ciudadano"), "missing", ["prevention"], Y17, mk_="no_information",
        layout="short carta; 'no se cuenta con la información solicitada' (art. 13 TUO)", scan=True, to=1, ngo=1, font="Arial", closing="Atentamente,",
        notes="Says the information does not exist in its units; not a statement that no actions were taken."))

S = Sd("Gobierno Regional de Áncash", "GRA", "regional_government", "GOBIERNO REGIONAL DE ÁNCASH", "Secretaría General – Responsable de Transparencia")
A(quick("b044", S, "OFICIO N° 0517-2019-GRA/SG", "2019-04-22", "Respuesta a solicitud de información – PNAT 2018",
        ["Solicitud S/N del 05.04.2019", "Memorando N° 224-2019-GRA/GRDS"],
        ["Tengo el agrado de dirigirme a usted, en atención a la solicitud a) de la referencia, para poner en su conocimiento que, mediante el Memorando b) de la referencia, la Gerencia Regional de Desarrollo Social comunica que la información requerida sobre las acciones desarrolladas en el año 2018 en el marco del Plan Nacional contra la Trata de Personas no obra en los archivos de dicha Gerencia, debido a que la documentación de la gestión anterior no fue entregada en el proceso de transferencia.",
         "Lamentamos no poder atender su requerimiento en esta oportunidad."],
        ("Abog. FIORELLA ROSSANA VALVERDE SOTO", "Secretaria General"), "missing", [], Y18, mk_="no_information",
        cited=["Memorando N° 224-2019-GRA/GRDS"], layout="oficio; information not in archives (transfer of administration); scanned copy rotated 270° (90° clockwise)",
        scan=270, photo=1, to=0, ngo=0, city="Huaraz", dstyle="caps", font="Times New Roman", size=12))

S = Sd("Universidad Nacional de Piura", "UNP", "other", "UNIVERSIDAD NACIONAL DE PIURA", "Oficina de Secretaría General")
A(quick("b045", S, "CARTA N° 412-2019-SG-UNP", "2019-12-31", "Solicitud de información sobre investigaciones en trata de personas (2019)",
        ["Solicitud de acceso a la información pública N° 214-2019"],
        ["Me dirijo a usted para comunicarle que, consultado el Vicerrectorado de Investigación y el Instituto de Investigación y Promoción del Desarrollo, se ha verificado que no existe información registrada sobre investigaciones, proyectos o actividades relacionadas con la trata de personas durante el año 2019, por lo que no es posible atender su pedido."],
        ("Dr. CÉSAR AUGUSTO REYES PEÑA", "Secretario General"), "missing", ["governance"], Y19, mk_="no_information", cited=["Solicitud de acceso a la información pública N° 214-2019"],
        layout="very short university carta; no information registered; date as a stamp-like line '31 DIC. 2019'", scan=False, to=3, ngo=3, city="Piura", dstyle="stamp", font="Arial",
        closing="Atentamente,"))

S = Sd("Dirección Regional de Educación de Lima Metropolitana", "DRELM", "other", "MINISTERIO DE EDUCACIÓN",
       "DIRECCIÓN REGIONAL DE EDUCACIÓN DE LIMA METROPOLITANA", "Oficina de Atención al Usuario y Comunicaciones")
A(quick("b046", S, "OFICIO N° 01124-2018-MINEDU/VMGI-DRELM-OAUC", "2018-08-02", "Atención a solicitud de acceso a la información",
        ["Solicitud con Expediente N° 0089432-2018, sobre acciones contra la trata de personas entre enero 2017 y junio 2018"],
        ["Es grato dirigirme a usted, en atención al documento de la referencia, para informarle que el Equipo de Tutoría y Orientación Educativa de esta Dirección Regional ha manifestado no contar con información sistematizada sobre las acciones de prevención de la trata de personas en las instituciones educativas de Lima Metropolitana en el periodo enero 2017 – junio 2018.",
         "Sin perjuicio de ello, se sugiere canalizar su requerimiento a las Unidades de Gestión Educativa Local (UGEL) de la jurisdicción."],
        ("Lic. JAVIER ENRIQUE PORTOCARRERO DÍAZ", "Jefe de la Oficina de Atención al Usuario y Comunicaciones"), "missing", ["prevention"], EJ,
        mk_="no_information", layout="oficio; no systematised information; suggests asking UGELs (no referral made)", scan=True, to=2, ngo=2,
        font="Arial", notes="Suggests other bodies but does not forward the request: no_information rather than not_competent_referred."))

# --- not_competent_referred
S = Sd("Superintendencia Nacional de los Registros Públicos", "SUNARP", "other", "SUPERINTENDENCIA NACIONAL DE LOS REGISTROS PÚBLICOS",
       "Oficina General de Atención al Ciudadano")
d = quick("b047", S, "OFICIO N° 0212-2018-SUNARP/OGAC", "2018-02-20", "Traslado de solicitud de acceso a la información pública",
          ["Solicitud de acceso a la información pública de fecha 07.02.2018 (Hoja de Trámite N° 2018-1170)"],
          ["Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre las acciones desarrolladas en el año 2017 en el marco del Plan Nacional contra la Trata de Personas 2017-2021.",
           "Al respecto, se le comunica que la SUNARP no forma parte de las entidades responsables de la implementación del referido Plan, por lo que no posee la información requerida. En aplicación del literal b) del artículo 11 del TUO de la Ley N° 27806, se ha procedido a derivar su solicitud al Ministerio del Interior, entidad que preside la Comisión Multisectorial contra la Trata de Personas, mediante Oficio N° 0213-2018-SUNARP/OGAC, lo que se pone en su conocimiento."],
          ("Abog. LILIANA PATRICIA CHÁVEZ MORÁN", "Jefa de la Oficina General de Atención al Ciudadano"), "missing", [], Y17,
          mk_="not_competent_referred", cited=["Oficio N° 0213-2018-SUNARP/OGAC"],
          layout="native DOCX (not converted): oficio declaring lack of competence and forwarding to MININTER", to=0, ngo=0, font="Arial")
d.native_only = True
A(d)

S = Sd("Ministerio de Energía y Minas", "MINEM", "ministry", "MINISTERIO DE ENERGÍA Y MINAS", "Oficina de Atención al Ciudadano y Gestión Documentaria")
A(quick("b048", S, "OFICIO N° 0934-2019/MEM-OACGD", "2019-02-28", "Derivación de solicitud – acciones contra trata de personas en zonas mineras (2018)",
        ["Registro N° 2901144 del 15.02.2019"],
        ["Me dirijo a usted en relación con su solicitud de la referencia, a través de la cual pide información sobre las acciones de prevención y fiscalización de la trata de personas con fines de explotación laboral en zonas de minería informal durante el año 2018.",
         "Al respecto, la Dirección General de Formalización Minera ha señalado que la materia consultada no se encuentra dentro de las competencias de este Ministerio. Por tal motivo, su solicitud ha sido remitida a la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL) y al Ministerio de Trabajo y Promoción del Empleo, para su atención directa, conforme al artículo 15-A.2 del Reglamento de la Ley de Transparencia."],
        ("Sra. GLADYS MERCEDES ARÉVALO PINTO", "Jefa de la Oficina de Atención al Ciudadano y Gestión Documentaria"), "missing",
        ["prosecution", "prevention"], Y18, mk_="not_competent_referred", layout="oficio; not competent, request forwarded to SUNAFIL and MTPE",
        scan=True, photo=1, to=1, ngo=1, font="Arial", dstyle="caps"))

S = Sd("Municipalidad Distrital de Miraflores", "MM", "district_municipality", "MUNICIPALIDAD DE MIRAFLORES", "Secretaría General")
A(quick("b049", S, "CARTA N° 140-2019-SG/MM", "2019-07-03", "Atención de solicitud",
        ["Documento Simple N° 10874-2019, solicitud sobre el albergue para víctimas de trata de personas en 2019"],
        ["Me dirijo a usted en atención al documento de la referencia y le comunico que la Municipalidad de Miraflores no administra ni financia hogares de refugio temporal o centros de atención residencial para víctimas de trata de personas.",
         "Por ello, su pedido ha sido trasladado al Ministerio de la Mujer y Poblaciones Vulnerables mediante Oficio N° 327-2019-SG/MM, de fecha 01.07.2019, a fin de que dicha entidad le brinde la información requerida. Para consultas puede comunicarse con el teléfono 617-7272."],
        ("Abog. GUILLERMO FRANCISCO ARIAS LAZO", "Secretario General"), "missing", ["protection"], Y19, mk_="not_competent_referred",
        cited=["Documento Simple N° 10874-2019", "Oficio N° 327-2019-SG/MM"], layout="short municipal carta; referral to MIMP; phone distractor",
        scan=True, to=2, ngo=2, dstyle="long", font="Arial", closing="Atentamente,"))

S = Sd("Ministerio de Vivienda, Construcción y Saneamiento", "MVCS", "ministry", "MINISTRY OF HOUSING, CONSTRUCTION AND SANITATION",
       "Office of Document Management and Citizen Services")
A(quick("b050", S, "LETTER N° 1187-2018-VIVIENDA/OGGD", "2018-05-14", "Forwarding of your access to information request",
        ["Your request dated 26 April 2018 (Reg. N° 0051293-2018)"],
        ["With reference to your request for information on actions taken between January 2017 and June 2018 under the National Plan against Trafficking in Persons 2017-2021, we inform you that this Ministry has no functions related to the prevention of trafficking, the care of victims or the prosecution of the crime.",
         "Therefore, in accordance with Article 11(b) of the Single Revised Text of Law N° 27806, your request has been forwarded to the Ministry of Women and Vulnerable Populations (MIMP) and to the Ministry of the Interior (MININTER), which will reply to you directly."],
        ("MIGUEL ÁNGEL FLORES CHÁVEZ", "Head of the Office of Document Management and Citizen Services"), "missing", [], EJ,
        mk_="not_competent_referred", en=True, layout="English letter; not competent; forwarded to MIMP and MININTER", scan=True, to=1, ngo=1,
        dstyle="en", font="Arial"))

# --- not_competent (no referral)
S = Sd("Servicio Nacional de Meteorología e Hidrología del Perú", "SENAMHI", "other", "SERVICIO NACIONAL DE METEOROLOGÍA E HIDROLOGÍA DEL PERÚ",
       "Oficina de Comunicaciones – Transparencia")
A(quick("b051", S, "CARTA N° 018-2018/SENAMHI-OC", "2018-02-23", "Respuesta a solicitud de información",
        ["Solicitud de acceso a la información pública de fecha 09.02.2018, sobre acciones del año 2017"],
        ["Por la presente nos dirigimos a usted en atención a su solicitud, mediante la cual requiere información sobre las actividades desarrolladas por nuestra institución en el marco del Plan Nacional contra la Trata de Personas 2017-2021.",
         "Al respecto, le comunicamos que el SENAMHI, conforme a su Ley de creación y su Reglamento de Organización y Funciones, tiene por finalidad generar y proveer información meteorológica, hidrológica y climática, no siendo competente en materia de trata de personas; por lo tanto, no genera ni posee la información solicitada."],
        ("Lic. PAOLA ANDREA RIVAS CÁCERES", "Responsable de Acceso a la Información Pública"), "missing", [], Y17, mk_="not_competent",
        layout="short carta from an obscure body; not competent, no referral", scan=True, photo=1, to=0, ngo=0, font="Calibri", closing="Atentamente,"))

S = Sd("Organismo Supervisor de la Inversión en Energía y Minería", "OSINERGMIN", "other", "OSINERGMIN", "Gerencia de Atención al Usuario")
A(quick("b052", S, "OFICIO N° 374-2019-OS/GAU", "2019-03-08", "Solicitud de información – trata de personas, año 2018",
        ["Solicitud S/N recibida el 21.02.2019"],
        ["Me dirijo a usted con relación al documento de la referencia, para manifestarle que las funciones de OSINERGMIN se circunscriben a la supervisión y fiscalización de las actividades de los sectores de energía y minería en materia de seguridad de la infraestructura y cumplimiento de obligaciones técnicas y legales, por lo que esta entidad no es competente en materia de prevención, atención o persecución de la trata de personas ni cuenta con la información solicitada."],
        ("Ing. RAÚL ANTONIO TORRES MALDONADO", "Gerente de Atención al Usuario"), "missing", [], Y18, mk_="not_competent",
        layout="one-paragraph oficio; not competent, no referral", scan=True, to=3, ngo=3, font="Arial", dstyle="caps"))

S = Sd("Archivo General de la Nación", "AGN", "other", "ARCHIVO GENERAL DE LA NACIÓN", "Secretaría General")
A(quick("b053", S, "OFICIO N° 045-2020-AGN/SG", "2020-01-27", "Su solicitud de información sobre trata de personas (2019)",
        ["Solicitud de acceso a la información pública N° 005-2020-AGN"],
        ["Tengo el agrado de dirigirme a usted, para comunicarle que el Archivo General de la Nación, como ente rector del Sistema Nacional de Archivos, no tiene competencias ni funciones vinculadas al Plan Nacional contra la Trata de Personas 2017-2021 y, en consecuencia, no ha desarrollado acciones ni cuenta con información sobre la materia en el año 2019."],
        ("Abog. HUGO ENRIQUE BARRIENTOS SALAS", "Secretario General"), "missing", [], Y19, mk_="not_competent", cited=["Solicitud de acceso a la información pública N° 005-2020-AGN"],
        layout="one-paragraph oficio; not competent", scan=False, to=1, ngo=1, font="Times New Roman", size=12,
        notes="Not competent (no referral); its 'no ha desarrollado acciones' follows from lack of competence, not a substantive null answer."))

# --- acknowledgment
S = Sd("Gobierno Regional Junín", "GRJ", "regional_government", "GOBIERNO REGIONAL JUNÍN", "Oficina de Trámite Documentario y Archivo")
A(quick("b054", S, "CARTA N° 0062-2019-GRJ/OTDA", "2019-01-18", "Constancia de recepción de solicitud de acceso a la información pública",
        ["Solicitud de información sobre acciones PNAT 2017-2021 durante el año 2018"],
        ["Mediante la presente se le comunica que su solicitud de la referencia ha sido recibida y registrada en esta entidad con el Expediente N° 00412-2019 el día 16 de enero de 2019, y ha sido derivada a la Gerencia Regional de Desarrollo Social para su atención dentro del plazo previsto en el artículo 11 del TUO de la Ley N° 27806.",
         "Una vez que la unidad orgánica remita la información, se le notificará en la dirección electrónica consignada en su solicitud."],
        ("Sr. TEODORO FÉLIX CAMARENA ROJAS", "Jefe de la Oficina de Trámite Documentario y Archivo"), "missing", [], Y18, mk_="acknowledgment",
        layout="acknowledgment of receipt with expediente number; no information", scan=True, to=0, ngo=0, city="Huancayo", dstyle="num",
        font="Arial", closing="Atentamente,"))

S = Sd("Municipalidad Metropolitana de Lima", "MML", "provincial_municipality", "MUNICIPALIDAD METROPOLITANA DE LIMA",
       "Secretaría General – Subgerencia de Archivo General y Transparencia")
d = quick("b055", S, "CARTA N° 0931-2018-MML/SGC-SAGT", "2018-02-14", "Prórroga del plazo de atención – Ley N° 27806",
          ["Solicitud de acceso a la información pública, Registro N° 11245-2018, sobre acciones contra la trata de personas en el año 2017"],
          ["Me dirijo a usted en relación con su solicitud de la referencia, para comunicarle que, conforme a lo dispuesto en el literal g) del artículo 11 del TUO de la Ley N° 27806, y dado que la información requerida debe ser recopilada de diversas unidades orgánicas, esta entidad hará uso de la prórroga del plazo, por lo que la información le será proporcionada a más tardar el 09 de marzo de 2018.",
           "Agradeceremos su comprensión."],
          ("Abog. SILVIA ROXANA MEDINA PAREDES", "Subgerente de Archivo General y Transparencia"), "missing", [], Y17, mk_="acknowledgment",
          layout="native DOCX (not converted): notice of extension of the deadline; no information", to=2, ngo=2, font="Arial")
d.native_only = True
A(d)

S = Sd("Poder Judicial – Gerencia General", "PJ", "autonomous", "PODER JUDICIAL DEL PERÚ", "Gerencia General – Oficina de Transparencia")
A(quick("b056", S, "CARTA N° 000211-2020-OT-GG-PJ", "2020-01-15", "Recepción de solicitud de información",
        ["Solicitud S/N de fecha 10.01.2020 – Registro N° 2020-004721"],
        ["Por medio de la presente, se acusa recibo de su solicitud de la referencia, a través de la cual requiere información estadística sobre procesos judiciales por el delito de trata de personas correspondiente al año 2019.",
         "Se le informa que su solicitud ha sido trasladada a la Subgerencia de Estadística de la Gerencia de Planificación, dependencia que se encuentra recopilando la información a nivel de todas las Cortes Superiores de Justicia del país."],
        ("Lic. MARIELA JANET SOTO CARRIÓN", "Responsable de la Oficina de Transparencia"), "missing", ["prosecution"], Y19, mk_="acknowledgment",
        layout="acknowledgment of receipt; internal transfer for compilation; no figures",
        scan=True, photo=1, to=3, ngo=3, font="Arial", closing="Atentamente,",
        notes=""))

# --- clarification
S = Sd("Municipalidad Provincial de Arequipa", "MPA", "provincial_municipality", "MUNICIPALIDAD PROVINCIAL DE AREQUIPA",
       "Oficina de Secretaría General – Área de Transparencia")
A(quick("b057", S, "CARTA N° 057-2018-MPA/SG-AT", "2018-03-06", "Solicitud de subsanación – acceso a la información pública",
        ["Solicitud de acceso a la información pública de fecha 27.02.2018"],
        ["Me dirijo a usted en atención a su solicitud de la referencia, en la que requiere “toda la información sobre trata de personas del año 2017”.",
         "Al respecto, y de conformidad con el artículo 11 del Reglamento de la Ley N° 27806, se le solicita precisar la información requerida, indicando las acciones, documentos o datos concretos que desea obtener (por ejemplo: actividades de prevención, presupuesto, casos atendidos por la DEMUNA), así como la unidad orgánica a la que se refiere, dentro del plazo de dos días hábiles de notificada la presente; caso contrario, su solicitud se considerará como no presentada."],
        ("Abog. CARLOS ALFREDO ZEBALLOS NÚÑEZ", "Secretario General"), "missing", [], Y17, mk_="clarification",
        layout="carta asking the requester to specify (subsanar) within two working days", scan=True, to=0, ngo=0, city="Arequipa",
        dstyle="long", font="Arial", closing="Atentamente,"))

S = Sd("Universidad Nacional Mayor de San Marcos", "UNMSM", "other", "NATIONAL UNIVERSITY OF SAN MARCOS", "General Secretariat – Transparency Office")
A(quick("b058", S, "LETTER N° 0022-2019-SG-UNMSM", "2019-02-04", "Request for clarification of your information request",
        ["Your request received on 28 January 2019 regarding 'actions against trafficking in 2018'"],
        ["We have received your request for information. In order to process it, we kindly ask you to specify which information you require (research projects, academic events, agreements or budget) and the faculty or office concerned, since the request refers to the University as a whole, including its faculties and research institutes.",
         "Please note that, under the Regulation of Law N° 27806, if the request is not clarified within two working days, it will be archived."],
        ("Dr. JUAN CARLOS VELA ALARCÓN", "Secretary General"), "missing", [], Y18, mk_="clarification", en=True,
        layout="English letter asking to clarify the request", scan=False, photo=1, to=1, ngo=1, dstyle="en", font="Times New Roman", size=12,
        salutation="Dear Mr. Paredes,"))

# --- denied_exception
S = Sd("Policía Nacional del Perú – Dirección de Inteligencia", "DIRIN PNP", "police", "POLICÍA NACIONAL DEL PERÚ",
       "DIRECCIÓN DE INTELIGENCIA", "Secretaría")
A(quick("b059", S, "OFICIO N° 112-2018-DIRIN-PNP/SEC", "2018-08-20", "Improcedencia de solicitud de acceso a la información",
        ["Solicitud S/N del 06.08.2018 sobre operaciones de inteligencia contra redes de trata de personas (enero 2017 – junio 2018)"],
        ["Tengo el honor de dirigirme a Ud., en atención a la solicitud de la referencia, para comunicarle que la información requerida, relacionada con las operaciones de inteligencia desarrolladas contra organizaciones criminales dedicadas a la trata de personas, constituye información secreta, conforme al numeral 1 del artículo 15 del TUO de la Ley N° 27806, por referirse a actividades de inteligencia y contrainteligencia cuya revelación podría poner en riesgo la seguridad de las personas y la eficacia de las investigaciones.",
         "En consecuencia, se deniega su solicitud, pudiendo usted interponer recurso de apelación dentro del plazo de ley."],
        ("CORONEL PNP EDGAR MANUEL TAPIA REVILLA", "Jefe de la Secretaría de la DIRIN PNP"), "missing", ["prosecution"], EJ, mk_="denied_exception",
        layout="police oficio denying access under art. 15 (secret information)", scan=True, to=2, ngo=2, dstyle="caps", font="Arial",
        decenio=False, salutation="", closing="Dios guarde a Ud."))

S = Sd("Ministerio Público – Fiscalía Provincial Penal Corporativa de Tacna", "MP-FN", "autonomous", "MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN",
       "Distrito Fiscal de Tacna", "Primera Fiscalía Provincial Penal Corporativa de Tacna")
A(quick("b060", S, "OFICIO N° 0481-2019-MP-FN-1FPPC-TACNA", "2019-06-11", "Respuesta a solicitud de copias de carpetas fiscales",
        ["Solicitud de acceso a la información pública del 28.05.2019", "Carpeta Fiscal N° 2506014501-2018-1142-0"],
        ["Me dirijo a usted, en atención a la solicitud de la referencia a), mediante la cual requiere copia de las disposiciones emitidas en las investigaciones por trata de personas a cargo de este despacho durante el año 2018, incluida la carpeta fiscal b).",
         "Al respecto, se le informa que no es posible acceder a lo solicitado, por cuanto las investigaciones se encuentran en trámite y tienen carácter reservado, conforme al artículo 324 del Código Procesal Penal y al numeral 4 del artículo 17 del TUO de la Ley N° 27806, que exceptúa del acceso la información vinculada a investigaciones en trámite."],
        ("Dra. VANESSA LILIANA CCAMA FLORES", "Fiscal Provincial"), "missing", ["prosecution"], Y18, mk_="denied_exception",
        cited=[], layout="fiscalía oficio denying access (investigation under reserve, art. 17)",
        scan=True, photo=1, to=3, ngo=3, city="Tacna", dstyle="long0", font="Times New Roman", size=12))

# ================= OFF TOPIC =================
def off(id, S, ref, date, blocks, layout, **kw):
    d = mk(id, S, fmt="docx", language=kw.pop("language", "es"), on_topic=False, status="missing", mk="off_topic", axes=[],
           period=None, period_stated=False, reference=ref, cited=kw.pop("cited", []), letter_date=date, layout=layout, **kw)
    d.blocks = blocks
    return d

# b061 native xlsx budget report
S = Sd("Municipalidad Distrital de Carabayllo", "MDC", "district_municipality")
t = Table(caption=None, label_header="Genérica de gasto",
          cols=[Col("PIA", "money", "allocated", 2018, unit_source="page"), Col("PIM", "money", "allocated", 2018, unit_source="page"),
                Col("Devengado", "money", "executed", 2018, unit_source="page"), Col("Avance %", "percent", year=2018, unit_source="column")],
          rows=[["2.1 PERSONAL Y OBLIGACIONES SOCIALES", "9,845,200.00", "10,112,430.00", "9,987,611.25", "98.77"],
                ["2.2 PENSIONES Y OTRAS PRESTACIONES SOCIALES", "1,204,000.00", "1,204,000.00", "1,175,904.10", "97.67"],
                ["2.3 BIENES Y SERVICIOS", "23,377,309.00", "27,905,118.00", "24,880,442.73", "89.16"],
                ["2.6 ADQUISICIÓN DE ACTIVOS NO FINANCIEROS", "6,500,000.00", "14,733,260.00", "9,102,875.40", "61.78"],
                ["TOTAL", "40,926,509.00", "53,954,808.00", "45,146,833.48", "83.68"]])
t.numeric = True
d = mk("b061", S, fmt="xlsx", language="es", on_topic=False, status="missing", mk="off_topic", axes=[], period=None, period_stated=False,
       reference=None, cited=[], letter_date="2019-01-31", native_only=True,
       layout="native XLSX (not converted): municipal budget execution report by genérica, numeric cells; not about trafficking",
       notes="Off-topic: general municipal budget. Reference null (no number line).")
d.sheets = [dict(name="Ejecucion 2018", title=["MUNICIPALIDAD DISTRITAL DE CARABAYLLO", "Oficina de Planeamiento y Presupuesto",
                                                 "EVALUACIÓN DE LA EJECUCIÓN PRESUPUESTAL – AÑO FISCAL 2018 – TODA FUENTE", "EN SOLES",
                                                 "Carabayllo, 31 de enero de 2019"], tables=[t],
                 foot=["Fuente: SIAF-SP"], widths=[48, 16, 16, 16, 10])]
A(d)

# b062 resolución MAPRO
S = Sd("Gobierno Regional de Lambayeque", "GRL", "regional_government")
blocks = [P("GOBIERNO REGIONAL DE LAMBAYEQUE", "heading"), P("GERENCIA GENERAL REGIONAL", "center"),
          P("RESOLUCIÓN DE GERENCIA GENERAL REGIONAL N° 000214-2018-GR.LAMB/GGR", "title"),
          P("Chiclayo, 22 de junio de 2018", "right"),
          P("VISTO: El Informe Técnico N° 033-2018-GR.LAMB/ORPP-OFDI de la Oficina de Desarrollo Institucional, y el Informe Legal N° 412-2018-GR.LAMB/ORAJ, sobre la aprobación del Manual de Procedimientos de la Oficina de Tesorería; y,"),
          P("CONSIDERANDO:", "bold"),
          P("Que, mediante el documento de visto, la Oficina de Desarrollo Institucional emite opinión favorable respecto del proyecto de Manual de Procedimientos (MAPRO) de la Oficina de Tesorería, el cual contiene [[c:14|14|procedimiento|]] procedimientos administrativos internos vinculados a la programación de pagos, custodia de valores y conciliación de cuentas bancarias;"),
          P("Que, conforme a la Directiva N° 002-2017-GR.LAMB/ORPP, los manuales de procedimientos son aprobados por la Gerencia General Regional;"),
          P("Estando a lo dispuesto en la Ley N° 27867, Ley Orgánica de Gobiernos Regionales, y en uso de las facultades conferidas por la Resolución Ejecutiva Regional N° 045-2018-GR.LAMB/GR;"),
          P("SE RESUELVE:", "bold"),
          P("ARTÍCULO PRIMERO.- APROBAR el Manual de Procedimientos (MAPRO) de la Oficina de Tesorería del Gobierno Regional de Lambayeque, que en anexo forma parte integrante de la presente resolución."),
          P("ARTÍCULO SEGUNDO.- DISPONER la publicación de la presente resolución en el portal institucional."),
          P("REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.", "bold"),
          P("\n\nIng. JOSÉ LUIS SILVA MARTÍNEZ", "center"), P("Gerente General Regional", "center")]
A(off("b062", S, "RESOLUCIÓN DE GERENCIA GENERAL REGIONAL N° 000214-2018-GR.LAMB/GGR", "2018-06-22", blocks,
      "regional resolution approving an administrative manual (MAPRO); many document/law numbers; one count",
      cited=["Informe Técnico N° 033-2018-GR.LAMB/ORPP-OFDI", "Informe Legal N° 412-2018-GR.LAMB/ORAJ", "Directiva N° 002-2017-GR.LAMB/ORPP",
             "Resolución Ejecutiva Regional N° 045-2018-GR.LAMB/GR"], scan=True, photo=1, font="Times New Roman", size=12))

# b063 Acta CODISEC
S = Sd("Municipalidad Distrital de Comas", "MDC", "district_municipality")
blocks = [P("MUNICIPALIDAD DISTRITAL DE COMAS", "heading"), P("COMITÉ DISTRITAL DE SEGURIDAD CIUDADANA – CODISEC COMAS", "center"),
          P("ACTA DE LA SEGUNDA SESIÓN ORDINARIA DEL CODISEC – 2019", "title"),
          P("En el distrito de Comas, siendo las 10:00 horas del día 24 de abril de 2019, en el auditorio del Palacio Municipal, sito en Av. Miguel Grau N° 300, se reunieron los integrantes del Comité Distrital de Seguridad Ciudadana, con la presencia del Alcalde, quien lo preside, el Comisario de la Comisaría PNP Santa Luzmila, el representante de la Subprefectura Distrital y los Coordinadores Generales de las Juntas Vecinales."),
          P("AGENDA: 1. Informe del Gerente de Seguridad Ciudadana sobre el primer trimestre. 2. Informe de la Comisaría. 3. Acuerdos.", "bold"),
          P("1. El Gerente de Seguridad Ciudadana informó que en el primer trimestre del año el Serenazgo realizó [[c:1 845|1845|patrullaje|2019]] patrullajes integrados con la Policía Nacional y atendió [[c:612|612|incidencia|2019]] incidencias reportadas a la central de emergencias; asimismo, se instalaron [[c:36|36|cámara de videovigilancia|2019]] nuevas cámaras de videovigilancia con una inversión de [[m:S/ 412,800.00|412800|PEN|2019|executed]]."),
          P("2. El Comisario informó que los delitos contra el patrimonio se redujeron en [[p:8.5 %|8.5|2019]] respecto del mismo periodo del año anterior, y que se recuperaron [[c:12|12|vehículo|2019]] vehículos robados."),
          P("3. ACUERDOS: a) Incrementar los patrullajes nocturnos en el sector de Collique. b) Solicitar a la Región Policial Lima la asignación de más efectivos. c) Realizar la próxima sesión el 26 de julio de 2019."),
          P("Siendo las 12:15 horas, se dio por concluida la sesión, firmando los asistentes en señal de conformidad."),
          P("\n\nRAÚL DÍAZ PÉREZ – Alcalde – Presidente del CODISEC", "center"),
          P("Secretario Técnico del CODISEC", "center")]
A(off("b063", S, None, "2019-04-24", blocks, "acta of a district citizen-security committee (CODISEC); crime/patrol figures, unrelated to trafficking",
      scan=True, font="Arial", notes="Off-topic. Reference null: an acta without its own number line."))

# b064 JEE candidate CV
S = Sd("Jurado Electoral Especial de Lima Centro", "JEE Lima Centro", "autonomous", "JURADO NACIONAL DE ELECCIONES",
       "JURADO ELECTORAL ESPECIAL DE LIMA CENTRO")
A(quick("b064", S, "OFICIO N° 0318-2018-JEE-LIMA CENTRO/JNE", "2018-08-27", "Atención a solicitud de acceso a la información pública – hoja de vida de candidato",
        ["Solicitud de acceso a la información pública del 20.08.2018 (Expediente N° ERM.2018021455)"],
        ["Tengo el agrado de dirigirme a usted, en atención a su solicitud de la referencia, mediante la cual requiere copia de la declaración jurada de hoja de vida del candidato a la alcaldía del distrito de Breña en las Elecciones Regionales y Municipales 2018, así como de los documentos que sustentan sus estudios.",
         "Al respecto, se le remite adjunta copia de la hoja de vida publicada en la plataforma Voto Informado. El costo de reproducción asciende a [[m:S/ 0.60|0.60|PEN||]], a razón de [[m:S/ 0.10|0.10|PEN||]] por folio, monto que deberá abonar en el Banco de la Nación (RUC del JNE 20131378972).",
         "Se precisa que los datos personales como DNI, domicilio y teléfono han sido tachados conforme a la Ley N° 29733."],
        ("Dr. HÉCTOR ENRIQUE LAMA MORE", "Presidente del Jurado Electoral Especial de Lima Centro"), "missing", [], None, stated=False,
        mk_="off_topic", on_topic=False, layout="JEE oficio about a candidate's CV (different transparency request); fee amounts; RUC distractor",
        scan=True, to=1, ngo=1, font="Arial"))

# b065 SEDAPAL water service
S = Sd("Servicio de Agua Potable y Alcantarillado de Lima", "SEDAPAL", "other", "SEDAPAL", "Equipo de Atención al Cliente – Centro de Servicios Comas")
A(quick("b065", S, "CARTA N° 1187-2019-EACC-SEDAPAL", "2019-09-10", "Respuesta a solicitud de información – suministro N° 4512870",
        ["Solicitud de acceso a la información pública N° 0712-2019"],
        ["Nos dirigimos a usted en atención a su solicitud de la referencia, referida a la continuidad del servicio de agua potable en la Asociación de Vivienda Los Jardines de Collique.",
         "Al respecto, le informamos que el sector de abastecimiento 312 recibe el servicio en horario restringido de 05:00 a 11:00 horas, debido a trabajos de rehabilitación del reservorio R-15, cuya culminación está prevista para diciembre de 2019. La obra beneficiará a [[c:4 300|4300|familia|2019]] familias y cuenta con una inversión de [[m:S/ 3 850 000,00|3850000|PEN|2019|]].",
         "Asimismo, según el historial del suministro, el consumo promedio de los últimos seis meses fue de 18 m³ y el último recibo emitido fue por [[m:S/ 62.40|62.40|PEN|2019|]]."],
        ("Ing. MARTHA ISABEL CRUZ LEÓN", "Jefa del Equipo de Atención al Cliente – Comas"), "missing", [], None, stated=False,
        mk_="off_topic", on_topic=False, cited=["Solicitud de acceso a la información pública N° 0712-2019"], layout="water utility letter (other transparency request); supply number and sector codes as distractors",
        scan=False, photo=1, to=3, ngo=3, font="Arial", closing="Atentamente,",
        notes="'18 m³' is a consumption quantity (not money/count/percent): not labelled."))

# b066 convocatoria CAS
S = Sd("Municipalidad Distrital de Carmen de la Legua Reynoso", "MDCLR", "district_municipality")
t = Table(caption="Puestos convocados", label_header="Puesto",
          cols=[Col("Cantidad", "count", what="plaza", unit_source="column"),
                Col("Remuneración mensual (S/)", "money", unit_source="column")],
          rows=[["Sereno a pie", "8", "1,300.00"], ["Asistente administrativo – Rentas", "2", "1,800.00"],
                ["Especialista en presupuesto", "1", "3,500.00"]])
blocks = [P("MUNICIPALIDAD DISTRITAL DE CARMEN DE LA LEGUA REYNOSO", "heading"), P("Sub Gerencia de Recursos Humanos", "center"),
          P("PROCESO CAS N° 004-2019-MDCLR", "title"),
          P("CONVOCATORIA PARA LA CONTRATACIÓN ADMINISTRATIVA DE SERVICIOS", "center"),
          P("I. GENERALIDADES", "bold"),
          P("Objeto de la convocatoria: contratar los servicios de personal para las unidades orgánicas que se indican, bajo el régimen del Decreto Legislativo N° 1057."), t,
          P("II. CRONOGRAMA", "bold"),
          P("Publicación en el portal Talento Perú: del 04 al 17 de junio de 2019. Presentación de expedientes: 18 de junio de 2019, de 08:30 a 16:30 horas, en Av. Morales Duárez N° 1250, Callao. Evaluación curricular: 19 de junio. Entrevista personal: 21 de junio. Publicación de resultados: 24 de junio de 2019."),
          P("III. REQUISITOS GENERALES", "bold"),
          P("Copia simple del DNI vigente, declaración jurada de no tener antecedentes penales ni policiales, y currículum vitae documentado."),
          P("Carmen de la Legua Reynoso, 03 de junio de 2019", "right"), P("LA COMISIÓN", "center")]
A(off("b066", S, "PROCESO CAS N° 004-2019-MDCLR", "2019-06-03", blocks, "job call (convocatoria CAS) with ruled table of positions and salaries; schedule dates",
      scan=True, font="Arial"))

# b067 English MTC
S = Sd("Ministerio de Transportes y Comunicaciones", "MTC", "ministry", "MINISTRY OF TRANSPORT AND COMMUNICATIONS",
       "PROVIAS NACIONAL – Office of Citizen Services")
A(quick("b067", S, "LETTER N° 0451-2019-MTC/20.OAC", "2019-10-15", "Information on road maintenance contracts – Route PE-3S",
        ["Your request under Law N° 27806 dated 30 September 2019"],
        ["In reply to your request, we inform you that the periodic maintenance of National Route PE-3S, section Cusco – Sicuani, is being carried out under a contract signed on 12 March 2019 for an amount of [[m:S/ 86,420,317.55|86420317.55|PEN|2019|committed]], with a term of 36 months.",
         "As of 30 September 2019, physical progress reached [[p:27.4%|27.4|2019]] and payments made amount to [[m:S/ 21,105,880.00|21105880|PEN|2019|executed]]. The contract and its addenda may be consulted in the SEACE electronic platform."],
        ("ANA SOFÍA PAREDES GUEVARA", "Head of the Office of Citizen Services"), "missing", [], None, stated=False, mk_="off_topic", on_topic=False,
        en=True, layout="English letter about road maintenance contract (unrelated request); amounts and progress percent",
        scan=True, to=1, ngo=1, dstyle="en", font="Arial", notes="Contract amount is a commitment; '36 months' is a duration (not a figure)."))

# b068 UGEL rendición de cuentas
S = Sd("Unidad de Gestión Educativa Local N° 06 – Ate", "UGEL 06", "other", "DIRECCIÓN REGIONAL DE EDUCACIÓN DE LIMA METROPOLITANA",
       "UNIDAD DE GESTIÓN EDUCATIVA LOCAL N° 06 – ATE")
t = Table(caption="Cuadro 2: Mantenimiento de locales escolares 2018 (en soles)", label_header="Concepto",
          cols=[Col("Monto asignado", "money", "allocated", 2018), Col("Monto ejecutado", "money", "executed", 2018),
                Col("Locales", "count", year=2018, what="local escolar", unit_source="column")],
          rows=[["Mantenimiento regular", "4,812,600.00", "4,790,115.20", "412"], ["Kits de higiene", "615,000.00", "598,730.00", "389"]], ruled=False)
blocks = [P("DIRECCIÓN REGIONAL DE EDUCACIÓN DE LIMA METROPOLITANA", "heading"), P("UNIDAD DE GESTIÓN EDUCATIVA LOCAL N° 06 – ATE", "center"),
          P("INFORME DE RENDICIÓN DE CUENTAS – AÑO 2018", "title"),
          P("INFORME N° 019-2019-UGEL.06/DIR", "bold"), P("Vitarte, 15 de febrero de 2019", "right"),
          P("1. La UGEL 06 tiene bajo su jurisdicción [[c:1 126|1126|institución educativa|2018]] instituciones educativas públicas y privadas, con una población de [[c:238 450|238450|estudiante|2018]] estudiantes matriculados en 2018."),
          P("Las cifras que se presentan a continuación provienen del Sistema de Información de Apoyo a la Gestión de la Institución Educativa (SIAGIE) y del aplicativo de mantenimiento de locales escolares, con corte al 31 de diciembre de 2018."),
          PageBreak(),
          P("2. En el marco del Programa de Mantenimiento de Locales Escolares se ejecutaron las siguientes transferencias:"), t,
          P("3. El [[p:96.3 %|96.3|2018]] de las instituciones educativas presentó oportunamente su declaración de gastos."),
          P("4. Se contrataron [[c:284|284|docente|2018]] docentes por reemplazo y se atendieron [[c:2 115|2115|expediente|2018]] expedientes de licencias y beneficios."),
          P("\n\nMg. LUIS FELIPE CANALES RAMOS", "center"), P("Director de la UGEL 06", "center")]
A(off("b068", S, "INFORME N° 019-2019-UGEL.06/DIR", "2019-02-15", blocks, "accountability report of a local education unit, 2 pages; unruled table on page 2; counts and money unrelated to trafficking",
      scan=True, photo=2, font="Arial", page_numbers="pagina"))

# ================= LONGER MULTI-PAGE ANSWERED REPLIES =================
# b069 GORE Piura: oficio + informe técnico, merged header table on page 2
S = Sd("Gobierno Regional Piura", "GRP", "regional_government", "GOBIERNO REGIONAL PIURA", "Gerencia Regional de Desarrollo Social")
d = mk("b069", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["governance", "prevention", "protection", "prosecution"], period=Y18, period_stated=True,
       reference="OFICIO N° 0211-2019/GRP-430000", cited=["Informe Técnico N° 007-2019/GRP-430000-SGPS", "Ordenanza Regional N° 398-2017/GRP-CR"], letter_date="2019-02-19",
       layout="oficio (p.1) + informe técnico (pp.2-3); table with merged group headers (Meta física / Presupuesto S/) and wrapped headers on page 2; page header/footer",
       scan=True, photo=2, font="Arial", size=10.5, page_numbers="pagina",
       page_header=["GOBIERNO REGIONAL PIURA", "Gerencia Regional de Desarrollo Social – Av. San Ramón s/n, Urb. San Eduardo, Piura"],
       notes="Photo shows page 2 (the table page).")
t = Table(caption="Cuadro N° 1: Metas físicas y presupuesto por eje del PNAT – Año 2018", label_header="Eje / actividad",
          cols=[Col("Programada", "count", year=2018, unit_source="column", group="Meta física"),
                Col("Ejecutada", "count", year=2018, unit_source="column", group="Meta física"),
                Col("PIM", "money", "allocated", 2018, unit_source="column", group="Presupuesto (S/)"),
                Col("Devengado", "money", "executed", 2018, unit_source="column", group="Presupuesto (S/)")],
          rows=[["Gobernanza: sesiones de la Comisión Regional", "6", "6", "8,000.00", "7,450.00"],
                ["Prevención: talleres en instituciones educativas", "40", "46", "52,000.00", "51,280.00"],
                ["Prevención: campañas en terminales y ferias", "6", "5", "35,500.00", "30,114.60"],
                ["Atención: víctimas acogidas en hogar temporal", "25", "19", "120,000.00", "104,336.00"],
                ["Persecución: operativos conjuntos con PNP y Fiscalía", "10", "14", "6,000.00", "5,870.00"],
                ["TOTAL", "-", "-", "221,500.00", "199,050.60"]],
          row_whats={"Gobernanza: sesiones de la Comisión Regional": "sesión", "Prevención: talleres en instituciones educativas": "taller",
                     "Prevención: campañas en terminales y ferias": "campaña", "Atención: víctimas acogidas en hogar temporal": "víctima",
                     "Persecución: operativos conjuntos con PNP y Fiscalía": "operativo"}, font_size=8.5)
body = [
    P("Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información sobre las acciones implementadas por el Gobierno Regional Piura en el marco del Plan Nacional contra la Trata de Personas 2017-2021 durante el año 2018."),
    P("Al respecto, remito adjunto el Informe Técnico N° 007-2019/GRP-430000-SGPS, elaborado por la Sub Gerencia de Programas Sociales, que contiene la información solicitada."),
]
blocks = letter(S, "OFICIO N° 0211-2019/GRP-430000", "2019-02-19", body, "Remite información sobre acciones PNAT 2017-2021 – año 2018",
                refs=["Solicitud de acceso a la información pública S/N del 04.02.2019"], city="Piura", dstyle="caps",
                sign=("Lic. CARMEN ROSA PALACIOS NAVARRO", "Gerente Regional de Desarrollo Social"), to=0, ngo=0, head_in_body=False,
                cc=["Adj.: Informe Técnico N° 007-2019/GRP-430000-SGPS", "CRPN/lpz"])
blocks += [PageBreak(),
    P("INFORME TÉCNICO N° 007-2019/GRP-430000-SGPS", "title"),
    P("A\t: Lic. Carmen Rosa Palacios Navarro – Gerente Regional de Desarrollo Social", "left"),
    P("De\t: Sub Gerencia de Programas Sociales", "left"),
    P("Asunto\t: Acciones contra la trata de personas – año 2018", "left"),
    P("Fecha\t: Piura, 15 de febrero de 2019", "left"),
    P("I. ANTECEDENTES", "bold"),
    P("La Comisión Regional Multisectorial contra la Trata de Personas de Piura fue reconocida mediante Ordenanza Regional N° 398-2017/GRP-CR y cuenta con un plan de acción regional 2018-2021 alineado al PNAT 2017-2021."),
    P("II. ACCIONES EJECUTADAS EN EL AÑO 2018", "bold"),
    P("El cuadro siguiente resume las metas físicas programadas y ejecutadas, así como el presupuesto por eje estratégico:"),
    t,
    P("Como se aprecia, la ejecución presupuestal global alcanzó el [[p:89.9 %|89.9|2018]]. La menor ejecución en el componente de atención se debe a que el hogar de refugio temporal acogió a menos víctimas de las previstas, al haberse derivado parte de los casos a los CAR del INABIF."),
    P("III. OTRAS ACCIONES", "bold"),
    P("a) En coordinación con la Dirección Regional de Educación se capacitó a [[c:386|386|docente|2018]] docentes tutores de las provincias de Piura, Sullana y Talara en la detección de casos de captación.", "list"),
    P("b) Se apoyó a la Fiscalía Provincial Especializada de Piura con el traslado de [[c:22|22|víctima|2018]] víctimas rescatadas hacia sus lugares de origen, con un gasto de [[m:S/ 9 870,00|9870|PEN|2018|executed]].", "list"),
    P("c) Se difundió la línea 1818 y la Central 100 en [[c:12|12|emisora radial|2018]] emisoras radiales de la región.", "list"),
    P("IV. CONCLUSIÓN", "bold"),
    P("El Gobierno Regional Piura ha cumplido con las actividades programadas para el año 2018, con excepción de la implementación del sistema regional de registro de casos, que se encuentra pendiente."),
    P("\n\nLic. MARCO ANTONIO VALDIVIEZO CHUMACERO", "center"), P("Sub Gerente de Programas Sociales", "center")]
d.blocks = blocks
A(d)

# b070 MP-FN UCAVIT: oficio + informe, thousands of soles, 3 pages
S = Sd("Ministerio Público – Fiscalía de la Nación", "MP-FN", "autonomous", "MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN",
       "Unidad Central de Asistencia a Víctimas y Testigos – UCAVIT")
d = mk("b070", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["protection", "governance"], period=EJ, period_stated=True,
       reference="OFICIO N° 000417-2018-MP-FN-UCAVIT", cited=["Solicitud de acceso a la información pública N° 2018-06612", "Informe N° 000092-2018-MP-FN-UCAVIT-AT"], letter_date="2018-08-22",
       layout="oficio + informe over 2 pages; wrapped-header ruled table by distrito fiscal; budget table 'Expresado en miles de soles'",
       scan=True, photo=2, font="Times New Roman", size=11.5, page_numbers="pagina")
t1 = Table(caption="Cuadro N° 1: Víctimas de trata de personas incorporadas al Programa de Asistencia, enero 2017 – junio 2018",
           label_header="Distrito fiscal",
           cols=[Col("Víctimas incorporadas 2017", "count", year=2017, what="víctima", unit_source="column"),
                 Col("Víctimas incorporadas enero – junio 2018", "count", year=2018, what="víctima", unit_source="column"),
                 Col("Atenciones psicológicas", "count", what="atención psicológica", unit_source="column"),
                 Col("Atenciones sociales", "count", what="atención social", unit_source="column")],
           rows=[["Lima", "212", "118", "1,046", "622"], ["Cusco", "97", "51", "388", "240"], ["Madre de Dios", "88", "40", "301", "197"],
                 ["Puno", "64", "29", "214", "133"], ["Loreto", "52", "33", "190", "121"], ["Otros distritos fiscales", "245", "137", "802", "515"],
                 ["TOTAL", "758", "408", "2,941", "1,828"]], font_size=9)
t2 = Table(caption="Cuadro N° 2: Presupuesto del Programa destinado a víctimas de trata (Expresado en miles de soles)", label_header="Periodo",
           cols=[Col("PIM", "money", "allocated", scale=1000), Col("Ejecutado", "money", "executed", scale=1000),
                 Col("% de ejecución", "percent", unit_source="column")],
           rows=[["Año 2017", "3,480.5", "3,301.2", "94.8"], ["Enero – junio 2018", "3,720.0", "1,512.9", "40.7"]],
           row_years={"Año 2017": 2017, "Enero – junio 2018": 2018}, font_size=9)
body = [P("Me dirijo a usted, en atención al documento de la referencia, a fin de remitirle el Informe N° 000092-2018-MP-FN-UCAVIT-AT, que contiene la información sobre la asistencia brindada a víctimas de trata de personas por el Programa de Protección y Asistencia a Víctimas y Testigos durante el periodo enero 2017 – junio 2018.")]
blocks = letter(S, "OFICIO N° 000417-2018-MP-FN-UCAVIT", "2018-08-22", body, "Remite información – asistencia a víctimas de trata (enero 2017 – junio 2018)",
                refs=["Solicitud de acceso a la información pública N° 2018-06612", "Informe N° 000092-2018-MP-FN-UCAVIT-AT"],
                sign=("Dra. PATRICIA ELIZABETH VERA LOZADA", "Jefa de la Unidad Central de Asistencia a Víctimas y Testigos"), to=1, ngo=1,
                dstyle="long0", cc=["c.c. Fiscalía de la Nación – Gerencia General"])
blocks += [PageBreak(), P("INFORME N° 000092-2018-MP-FN-UCAVIT-AT", "title"),
    P("1. OBJETO", "bold"),
    P("Informar sobre la atención brindada a víctimas de trata de personas incorporadas al Programa de Protección y Asistencia a Víctimas y Testigos, a nivel nacional, entre enero de 2017 y junio de 2018."),
    P("2. ANÁLISIS", "bold"),
    P("2.1 Durante el periodo, las Unidades Distritales de Asistencia a Víctimas y Testigos (UDAVIT) incorporaron a [[c:1 166|1166|víctima|]] víctimas de trata de personas, conforme al detalle siguiente:"),
    t1,
    P("2.2 El [[p:78 %|78|]] de las víctimas incorporadas fueron mujeres y el [[p:41 %|41|]] niñas, niños y adolescentes. Asimismo, [[c:143|143|víctima extranjera|]] víctimas fueron de nacionalidad extranjera, principalmente venezolana, colombiana y boliviana, cuya situación migratoria fue coordinada con la Superintendencia Nacional de Migraciones."),
    P("2.3 En el marco de la asistencia económica de emergencia, se otorgó apoyo para alimentación, alojamiento y traslado por un monto total de [[m:S/ 214,670.00|214670|PEN||executed]], y en [[c:37|37|caso|]] casos se financió el retorno de la víctima a su lugar de origen."),
    P("2.4 El presupuesto del Programa asignado a la atención de víctimas de trata se detalla en el cuadro siguiente:"),
    t2,
    P("3. CONCLUSIONES", "bold"),
    P("3.1 El Programa ha atendido de manera continua a las víctimas de trata incorporadas por las fiscalías especializadas y las fiscalías penales y de familia."),
    P("3.2 Se recomienda fortalecer el registro de casos en el Sistema de Registro y Estadística del delito de Trata de Personas (SISTRA), a cargo del Ministerio Público."),
    P("\n\nLic. RICARDO DANIEL OLIVERA SANTOS", "center"), P("Área Técnica – UCAVIT", "center")]
d.blocks = blocks
A(d)

# b071 Gobierno Regional del Callao: memorando + informe, money in many forms, unruled table
S = Sd("Gobierno Regional del Callao", "GRC", "regional_government", "GOBIERNO REGIONAL DEL CALLAO",
       "Gerencia Regional de Desarrollo Social", "Oficina de Promoción de la Mujer y Poblaciones Vulnerables")
t = Table(caption="Detalle de actividades 2019 – Región Callao", label_header="Actividad",
          extra_label_cols=["Fecha / lugar"],
          cols=[Col("N° de participantes", "count", year=2019, what="participante", unit_source="column"),
                Col("Costo", "money", "executed", 2019, unit_source="cell")],
          rows=[["Foro regional “Callao sin trata”", "30.07.2019 – Auditorio GRC", "260", "S/ 4,500.00"],
                ["Taller a estibadores y transportistas del puerto", "15.08.2019 – Terminal Portuario", "85", ("S/. 1 200,00", {"fmt": "sp"})],
                ["Campaña en el Aeropuerto Internacional Jorge Chávez", "23.09.2019 – Hall nacional", "1 500", "S/ 6,350"],
                ["Capacitación a serenos de los distritos del Callao", "10.10.2019 – Bellavista", "140", "S/ 2,180.00"]],
          ruled=False)
d = mk("b071", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["prevention", "governance"], period=Y19, period_stated=True,
       reference="MEMORANDO N° 0488-2020-GRC/GRDS", cited=["Solicitud de acceso a la información pública N° 0092-2020", "Informe N° 016-2020-GRC/GRDS-OPMPV"], letter_date="2020-02-20",
       layout="memorando transmitting an informe (2 pages); UNRULED table with a text column and money with currency in each cell (mixed formats)",
       scan=True, photo=None, font="Arial", size=11)
blocks = [P("GOBIERNO REGIONAL DEL CALLAO", "heading"), P("Gerencia Regional de Desarrollo Social", "center"),
          P(DECENIO, "center", size=8), P(ANIO[2020], "center", size=8),
          P("MEMORANDO N° 0488-2020-GRC/GRDS", "title"),
          P("PARA\t: Abog. Luis Miguel Ramos Salinas – Responsable de Acceso a la Información Pública", "left"),
          P("DE\t: Gerencia Regional de Desarrollo Social", "left"),
          P("ASUNTO\t: Información sobre acciones contra la trata de personas – año 2019", "left"),
          P("REF.\t: Solicitud de acceso a la información pública N° 0092-2020 (periodo solicitado: enero – diciembre 2019)", "left"),
          P("FECHA\t: Callao, 20 FEB. 2020", "left"),
          P("Me dirijo a usted para remitirle el Informe N° 016-2020-GRC/GRDS-OPMPV, mediante el cual la Oficina de Promoción de la Mujer y Poblaciones Vulnerables detalla las acciones realizadas en el año 2019, a fin de que se sirva atender la solicitud de la referencia."),
          P("\n\nLic. ÉDGAR JAVIER FALCÓN ROJAS", "center"), P("Gerente Regional de Desarrollo Social", "center"),
          PageBreak(),
          P("INFORME N° 016-2020-GRC/GRDS-OPMPV", "title"),
          P("1. La Mesa Regional contra la Trata de Personas y el Tráfico Ilícito de Migrantes del Callao sesionó en [[c:4|4|sesión|2019]] ocasiones durante el año 2019 y aprobó su plan de trabajo anual."),
          P("2. Las actividades de prevención se resumen a continuación:"), t,
          P("3. En total se invirtió la suma de [[m:14,230 soles|14230|PEN|2019|executed]], con cargo a la meta presupuestal 0045 de la Gerencia, cuyo PIM fue de [[m:S/ 20 000,00|20000|PEN|2019|allocated]]."),
          P("4. Se distribuyeron [[c:5 000|5000|volante|2019]] volantes y [[c:300|300|afiche|2019]] afiches con la línea gratuita 1818 y el número de WhatsApp 955 880 122 de la Mesa Regional."),
          P("\n\nLic. SONIA BEATRIZ CHUMPITAZ LEVANO", "center"), P("Responsable de la Oficina de Promoción de la Mujer y Poblaciones Vulnerables", "center")]
d.blocks = blocks
d.notes = "Money cells carry their own currency marks (unit_source cell). 4,500+1,200+6,350+2,180 = 14,230."
A(d)

# b072 Gobierno Regional de Ucayali: informe with wrapped-header ruled table, bare % column, money words
S = Sd("Gobierno Regional de Ucayali", "GOREU", "regional_government", "GOBIERNO REGIONAL DE UCAYALI",
       "Gerencia Regional de Desarrollo Social", "Sub Gerencia de Desarrollo e Inclusión Social")
t = Table(caption="Cuadro N° 2: Ejecución presupuestal 2019 (en soles)", label_header="Producto / actividad",
          cols=[Col("Presupuesto asignado (S/)", "money", "allocated", 2019, unit_source="column"),
                Col("Ejecutado al 31.12.2019 (S/)", "money", "executed", 2019, unit_source="column"),
                Col("% avance", "percent", year=2019, unit_source="column")],
          rows=[["Fortalecimiento de la Red Regional contra la Trata", "12,000.00", "11,640.00", "97.0"],
                ["Prevención en comunidades nativas del río Ucayali", "28,500.00", "19,950.00", "70.0"],
                ["Atención y derivación de víctimas", "9,800.00", "9,800.00", "100.0"],
                ["TOTAL", "50,300.00", "41,390.00", "82.3"]])
A(quick("b072", S, "OFICIO N° 097-2020-GRU-GRDS/SGDIS", "2020-01-31", "Información sobre acciones PNAT – año 2019",
        ["Solicitud S/N de fecha 16.01.2020", "Informe N° 004-2020-GRU-GRDS/SGDIS-EPV"],
        ["Me dirijo a usted en atención al documento a) de la referencia, para informarle sobre las acciones realizadas por el Gobierno Regional de Ucayali durante el año 2019 contra la trata de personas.",
         "En el año 2019 se asignaron [[m:cincuenta mil trescientos y 00/100 soles|50300|PEN|2019|allocated]] a las actividades vinculadas al PNAT, de los cuales se ejecutó el [[p:82 %|82|2019]], conforme al cuadro siguiente:", t,
         "Las acciones de prevención alcanzaron a [[c:27|27|comunidad nativa|2019]] comunidades nativas de las provincias de Coronel Portillo y Atalaya, y se atendió y derivó a [[c:9|9|víctima|2019]] víctimas a la Unidad de Protección Especial y al Hogar de Refugio Temporal de Pucallpa.",
         "La menor ejecución en las comunidades nativas obedeció a la crecida del río en los meses de febrero y marzo, que impidió el traslado de los equipos."],
        ("Lic. JUDITH MARLENE PANDURO RÍOS", "Sub Gerente de Desarrollo e Inclusión Social"), "answered", ["governance", "prevention", "protection"], Y19,
        cited=["Informe N° 004-2020-GRU-GRDS/SGDIS-EPV"],
        layout="oficio; ruled table with wrapped headers 'Presupuesto asignado (S/)', 'Ejecutado al 31.12.2019 (S/)', '% avance'; amount in words; 82 % vs 82.3 in table",
        scan=True, photo=1, to=0, ngo=0, city="Pucallpa", dstyle="long", font="Arial"))
