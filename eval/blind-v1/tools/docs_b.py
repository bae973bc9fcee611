from common import *

DOCS = []
A = DOCS.append
Y17, Y18, Y19 = ("2017-01-01", "2017-12-31"), ("2018-01-01", "2018-12-31"), ("2019-01-01", "2019-12-31")
EJ = ("2017-01-01", "2018-06-30")

# b010 SUNAFIL
S = Sd("Superintendencia Nacional de Fiscalización Laboral", "SUNAFIL", "other",
       "SUPERINTENDENCIA NACIONAL DE FISCALIZACIÓN LABORAL", "Intendencia Nacional de Supervisión del Sistema Inspectivo")
A(quick("b010", S, "OFICIO N° 0215-2019-SUNAFIL/INSSI", "2019-02-14", "Información sobre inspecciones en materia de trabajo forzoso y trata – 2018",
        ["Solicitud de acceso a la información pública N° 0098-2019", "Informe N° 031-2019-SUNAFIL/INSSI/SIT"],
        ["Me dirijo a usted en atención a los documentos de la referencia, a fin de remitirle la información solicitada respecto de las actuaciones inspectivas vinculadas a trabajo forzoso y trata de personas con fines de explotación laboral, correspondientes al año 2018.",
         "Según el Informe de la referencia b), durante el año 2018 el Grupo Especializado de Inspectores contra el Trabajo Forzoso y el Trabajo Infantil (GEIT-TF-TI) realizó [[c:214|214|inspección|2018]] inspecciones, en las que se identificó a [[c:38|38|trabajador|2018]] trabajadores en presunta situación de trabajo forzoso y a [[c:57|57|menor de edad|2018]] menores de edad en situación de trabajo infantil.",
         "Como resultado, se propusieron multas por un total de [[m:S/ 1 162 350,00|1162350|PEN|2018|]] y se remitieron [[c:nueve (9)|9|informe|2018]] informes al Ministerio Público por indicios de trata de personas con fines de explotación laboral.",
         "Asimismo, se capacitó a [[c:146|146|inspector|2018]] inspectores del trabajo en la identificación de indicadores de trata, y se difundieron materiales informativos sobre derechos laborales en las regiones de Lima, Cusco y Madre de Dios, alcanzando a [[c:3 400|3400|trabajador|2018]] trabajadores."],
        ("Abog. MÓNICA PATRICIA VELARDE SALAS", "Intendenta Nacional de Supervisión del Sistema Inspectivo"),
        "answered", ["prosecution", "prevention"], Y18, cited=["Solicitud de acceso a la información pública N° 0098-2019", "Informe N° 031-2019-SUNAFIL/INSSI/SIT"],
        layout="oficio, running text, money with space thousands and comma decimals; inspections count", scan=True, photo=1, to=1, ngo=1,
        cc=["c.c.: Gerencia General"], font="Calibri"))

# b011 Migraciones
S = Sd("Superintendencia Nacional de Migraciones", "MIGRACIONES", "other",
       "SUPERINTENDENCIA NACIONAL DE MIGRACIONES", "Gerencia de Servicios Migratorios")
A(quick("b011", S, "OFICIO N° 000184-2020-GSM/MIGRACIONES", "2020-01-28", "Atención a solicitud de información – trata de personas 2019",
        ["Solicitud de acceso a la información pública de fecha 10.01.2020"],
        ["Tengo el agrado de dirigirme a usted, con relación al documento de la referencia, mediante el cual solicita información sobre las acciones de Migraciones en el marco del PNAT 2017-2021 durante el año 2019.",
         "Al respecto, se informa lo siguiente:",
         P("a) Calidad migratoria humanitaria: durante el 2019 se otorgó la calidad migratoria humanitaria a [[c:21|21|víctima extranjera|2019]] víctimas extranjeras de trata de personas, a solicitud del Ministerio Público, de las cuales [[c:17|17|persona|2019]] son de nacionalidad venezolana.", "list"),
         P("b) Alertas migratorias: se registraron [[c:1 046|1046|alerta migratoria|2019]] alertas migratorias por presunta trata de personas en los puestos de control fronterizo de Tumbes, Tacna y Desaguadero, y se impidió la salida del país de [[c:73|73|menor de edad|2019]] menores de edad que viajaban sin la autorización correspondiente.", "list"),
         P("c) Capacitación: se capacitó a [[c:412|412|servidor|2019]] servidores de control migratorio en la detección de posibles víctimas, con una inversión de [[m:S/ 64,500.00|64500|PEN|2019|executed]].", "list"),
         "La información sobre las denuncias derivadas de dichas alertas corresponde a la Policía Nacional del Perú."],
        ("JOSÉ ANTONIO TELLO BARRIOS", "Gerente de Servicios Migratorios"), "answered", ["protection", "prevention", "prosecution"], Y19,
        layout="oficio with lettered items; counts in text; money S/ 64,500.00", scan=True, to=2, ngo=2, font="Arial",
        stamp="Av. España 734, Breña – Central telefónica 200-1000"))

# b012 INEI
S = Sd("Instituto Nacional de Estadística e Informática", "INEI", "other",
       "INSTITUTO NACIONAL DE ESTADÍSTICA E INFORMÁTICA", "Dirección Técnica de Demografía e Indicadores Sociales")
t = Table(caption="Cuadro N° 3. Perú: Denuncias por presunto delito de trata de personas, según departamento, 2018", label_header="Departamento",
          cols=[Col("Denuncias", "count", year=2018, what="denuncia", unit_source="column"),
                Col("Víctimas", "count", year=2018, what="víctima", unit_source="column"),
                Col("Distribución % de denuncias", "percent", year=2018, unit_source="column")],
          rows=[["Lima Metropolitana", "396", "512", "38.4"], ["Cusco", "104", "166", "10.1"], ["Puno", "88", "141", "8.5"],
                ["Madre de Dios", "79", "132", "7.7"], ["Loreto", "61", "90", "5.9"], ["Resto del país", "303", "455", "29.4"],
                ["Total", "1 031", "1 496", "100.0"]], ruled=False,
          note="Fuente: Ministerio del Interior – RETA PNP. Elaboración: INEI.")
A(quick("b012", S, "OFICIO N° 322-2019-INEI/DTDIS", "2019-04-09", "Información estadística sobre trata de personas – año 2018",
        ["Carta S/N de fecha 25.03.2019"],
        ["Me es grato dirigirme a usted, en atención a su carta de la referencia, en la que solicita información estadística sobre trata de personas correspondiente al año 2018, en el marco del Plan Nacional contra la Trata de Personas 2017-2021.",
         "Sobre el particular, el INEI, como integrante de la Comisión Multisectorial, elabora el boletín anual “Perú: Estadísticas de Trata de Personas”, sobre la base de los registros administrativos del Ministerio del Interior, el Ministerio Público y el Poder Judicial. Para la edición correspondiente al año 2018 se destinó un presupuesto de [[m:S/ 38,200.00|38200|PEN|2018|allocated]].",
         "A continuación, se presenta la información disponible:", t,
         "Como se aprecia, el [[p:55.6%|55.6|2018]] de las denuncias se concentró en cuatro departamentos. La publicación completa puede consultarse en el portal institucional www.inei.gob.pe."],
        ("Mg. CARMEN LUZ SÁNCHEZ ARIAS", "Directora Técnica de Demografía e Indicadores Sociales"), "answered", ["governance", "prosecution"], Y18,
        layout="oficio with UNRULED table, counts + percent column, space-thousands in total row, source note", scan=True, photo=1, to=1, ngo=1,
        font="Arial", size=10.5, pn="pagina", cc=["DTDIS/mlp"]))

# b013 Corte Superior de Justicia de Puno
S = Sd("Corte Superior de Justicia de Puno", "CSJPU", "autonomous", "PODER JUDICIAL DEL PERÚ", "CORTE SUPERIOR DE JUSTICIA DE PUNO",
       "Presidencia – Oficina de Estadística")
A(quick("b013", S, "OFICIO N° 0612-2018-P-CSJPU/PJ", "2018-07-19", "Información sobre procesos por trata de personas – enero 2017 a junio 2018",
        ["Solicitud S/N recibida el 05.07.2018", "Informe N° 044-2018-UE-CSJPU/PJ"],
        ["Tengo el agrado de dirigirme a usted, para hacer de su conocimiento que, conforme a lo informado por la Oficina de Estadística mediante el documento b) de la referencia, en el periodo de enero de 2017 a junio de 2018 los órganos jurisdiccionales de este Distrito Judicial registraron la siguiente carga en procesos por el delito de trata de personas:",
         P("– Procesos ingresados: [[c:47|47|proceso|]] (de ellos, [[c:31|31|proceso|2017]] en 2017 y [[c:16|16|proceso|2018]] en el primer semestre de 2018).", "list"),
         P("– Sentencias condenatorias: [[c:9|9|sentencia condenatoria|]] ; sentencias absolutorias: [[c:4|4|sentencia absolutoria|]].", "list"),
         P("– Procesos en trámite al 30.06.2018: [[c:28|28|proceso|2018]].", "list"),
         "Adicionalmente, se informa que en el año 2017 se capacitó a [[c:35|35|juez|2017]] jueces y personal jurisdiccional en el marco del Protocolo Intersectorial para la prevención y persecución del delito de trata de personas.",
         "Los números de expediente y las partes procesales no se consignan por tratarse de información protegida por la Ley N° 29733, Ley de Protección de Datos Personales."],
        ("Dr. HÉCTOR RAÚL APAZA MAMANI", "Presidente de la Corte Superior de Justicia de Puno"), "answered", ["prosecution"], EJ,
        cited=["Informe N° 044-2018-UE-CSJPU/PJ"], layout="court oficio; dash list of counts with and without year; law number distractors",
        scan=True, to=0, ngo=0, city="Puno", dstyle="caps", font="Times New Roman", size=12))

# b014 Defensoría
S = Sd("Defensoría del Pueblo", "DP", "autonomous", "DEFENSORÍA DEL PUEBLO", "Adjuntía para la Niñez y la Adolescencia")
A(quick("b014", S, "OFICIO N° 0097-2019-DP/ANA", "2019-03-22", "Respuesta a solicitud de información – supervisión de la atención a víctimas de trata, 2018",
        ["Solicitud de acceso a la información pública (Registro N° 2019-0214)"],
        ["Me dirijo a usted para atender su solicitud de la referencia, respecto de las acciones desarrolladas por la Defensoría del Pueblo durante el año 2018 en relación con la trata de personas.",
         "En el año 2018, esta Adjuntía supervisó [[c:24|24|centro de atención residencial|2018]] Centros de Atención Residencial que acogen a niñas, niños y adolescentes víctimas de trata, ubicados en ocho regiones del país. En [[c:13|13|centro|2018]] de ellos se advirtió la ausencia de un plan de reintegración individual, lo que fue comunicado al Ministerio de la Mujer y Poblaciones Vulnerables mediante recomendaciones defensoriales.",
         "Asimismo, las oficinas defensoriales atendieron [[c:57|57|queja|2018]] quejas y petitorios vinculados a la actuación de las autoridades frente a casos de trata, y se realizaron [[c:30|30|charla|2018]] charlas de difusión de derechos en zonas de riesgo.",
         "El informe de supervisión se encuentra en proceso de edición y será publicado en el portal institucional."],
        ("Dra. LUCÍA MERCEDES ARANDA VIGO", "Adjunta para la Niñez y la Adolescencia"), "answered", ["protection", "prevention"], Y18,
        layout="short oficio, counts in running text", scan=False, photo=1, to=2, ngo=2, font="Arial", cc=["Archivo ANA"]))

# b015 MINEDU
S = Sd("Ministerio de Educación", "MINEDU", "ministry", "MINISTERIO DE EDUCACIÓN", "Dirección General de Educación Básica Regular",
       "Dirección de Educación Secundaria")
A(quick("b015", S, "OFICIO N° 00452-2020-MINEDU/VMGP-DIGEBR", "2020-02-18", "Acciones de prevención de la trata de personas en el sector educación – 2019",
        ["Solicitud S/N de fecha 30.01.2020", "Informe N° 00118-2020-MINEDU/VMGP-DIGEBR-DES"],
        ["Es grato dirigirme a usted, en atención al documento a) de la referencia, para remitirle la información sobre las acciones de prevención de la trata de personas implementadas por el Ministerio de Educación durante el año 2019.",
         "De acuerdo con el Informe b) de la referencia, en el 2019 se desarrolló el programa de fortalecimiento de capacidades “Escuelas seguras y libres de trata”, mediante el cual se capacitó a [[c:1 250|1250|docente|2019]] docentes y a [[c:318|318|director|2019]] directores de instituciones educativas de nivel secundario en [[c:7|7|región|2019]] regiones priorizadas.",
         "Para tal fin, se asignó un presupuesto de [[m:dos millones quinientos mil y 00/100 soles (S/ 2 500 000,00)|2500000|PEN|2019|allocated]], del cual se ejecutó el [[p:94 %|94|2019]]. Adicionalmente, se distribuyeron [[c:45 000|45000|guía|2019]] guías de tutoría con contenidos de prevención a las Unidades de Gestión Educativa Local (UGEL).",
         "Finalmente, se señala que la línea 1818 fue difundida en las sesiones de tutoría como canal de denuncia."],
        ("Mg. ROSA ISABEL CÓRDOVA FALCÓN", "Directora General de Educación Básica Regular"), "answered", ["prevention"], Y19,
        cited=["Informe N° 00118-2020-MINEDU/VMGP-DIGEBR-DES"],
        layout="oficio; amount in words followed by numeric amount in parentheses (one figure); 1818 hotline distractor", scan=True, photo=1,
        to=0, ngo=0, font="Arial", notes="The amount written in words and repeated in digits in parentheses is one figure (surface covers both)."))

# b016 MINSA mixed periods
S = Sd("Ministerio de Salud", "MINSA", "ministry", "MINISTERIO DE SALUD", "Dirección General de Intervenciones Estratégicas en Salud Pública",
       "Dirección de Salud Mental")
t = Table(caption="Atenciones de salud a víctimas de trata de personas, 2016 – 2018", label_header="Tipo de atención",
          cols=[Col("2016", "count", year=2016, unit_source="column"), Col("2017", "count", year=2017, unit_source="column"),
                Col("2018", "count", year=2018, unit_source="column")],
          rows=[["Atención en salud mental", "212", "264", "301"], ["Atención médica general", "145", "170", "188"],
                ["Atención en salud sexual y reproductiva", "98", "121", "133"]],
          row_whats={"Atención en salud mental": "atención", "Atención médica general": "atención",
                     "Atención en salud sexual y reproductiva": "atención"})
A(quick("b016", S, "OFICIO N° 2318-2019-DGIESP/MINSA", "2019-05-06", "Atenciones de salud a víctimas de trata – año 2018",
        ["Solicitud de acceso a la información pública N° 0412-2019"],
        ["Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información sobre las atenciones de salud brindadas a víctimas de trata de personas durante el año 2018.",
         "Sobre el particular, la Dirección de Salud Mental informa que, según el Sistema de Información HIS-MINSA, las atenciones registradas con el código de diagnóstico vinculado a trata de personas fueron las siguientes (se incluye, a modo referencial, la serie desde el año 2016):", t,
         "En el año 2018 se atendió a [[c:412|412|víctima|2018]] víctimas en los establecimientos de salud del primer nivel y en los Centros de Salud Mental Comunitarios. Cabe precisar que en el año 2016 el número de víctimas atendidas fue de [[c:287|287|víctima|2016]]."],
        ("Dr. YURI LICINIO CUTIPÉ CÁRDENAS", "Director de Salud Mental"), "answered", ["protection"], Y18, cited=["Solicitud de acceso a la información pública N° 0412-2019"],
        layout="oficio; ruled table with years as columns incl. out-of-period 2016 series; mixed in-period and out-of-period", scan=True,
        to=1, ngo=1, font="Arial", notes="Mixes 2016-2017 (out of period) with 2018 data: answered."))

# b017 MTPE
S = Sd("Ministerio de Trabajo y Promoción del Empleo", "MTPE", "ministry", "MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO",
       "Dirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo")
A(quick("b017", S, "OFICIO N° 0389-2018-MTPE/2/15", "2018-03-20", "Información sobre acciones contra la trata de personas con fines de explotación laboral – 2017",
        ["Solicitud S/N, Registro N° 0023891-2018"],
        ["Me dirijo a usted en relación con la solicitud de la referencia, mediante la cual requiere información sobre las acciones de este Ministerio en materia de trata de personas con fines de explotación laboral y trabajo forzoso durante el año 2017.",
         "Durante el 2017, la Dirección de Derechos Fundamentales realizó [[c:16|16|taller|2017]] talleres de sensibilización sobre trabajo forzoso dirigidos a empleadores y trabajadores de los sectores agrícola, minero y textil, con [[c:940|940|participante|2017]] participantes; asimismo, se aprobó el III Plan Nacional para la Lucha contra el Trabajo Forzoso.",
         "El presupuesto ejecutado en dichas actividades fue de [[m:ciento veinte mil soles|120000|PEN|2017|executed]].",
         "Respecto del programa piloto de inserción laboral para víctimas de trata, se informa que este no ha sido creado, al encontrarse pendiente la aprobación del marco normativo correspondiente. En cuanto a las inspecciones laborales, la inspección es competencia de SUNAFIL, entidad a la que puede dirigir su consulta."],
        ("Abog. ELIANA MARÍA ROMERO QUISPE", "Directora General de Derechos Fundamentales y Seguridad y Salud en el Trabajo"),
        "answered", ["prevention", "governance"], Y17,
        layout="oficio; money in words; says pilot programme not created and inspection is SUNAFIL's competence beside real figures",
        scan=True, photo=1, to=3, ngo=3, font="Times New Roman", size=12, dstyle="long0"))

# b018 MINJUSDH Defensa Pública - Word SIAF-style table, es format
S = Sd("Ministerio de Justicia y Derechos Humanos", "MINJUSDH", "ministry", "MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS",
       "Dirección General de Defensa Pública y Acceso a la Justicia")
t = Table(caption="ANEXO 1 – EJECUCIÓN PRESUPUESTAL DEL SERVICIO DE DEFENSA DE VÍCTIMAS – TRATA DE PERSONAS, AÑO 2018 (S/)",
          label_header="Genérica de gasto",
          cols=[Col("PIA", "money", "allocated", 2018, fmt="es"), Col("PIM", "money", "allocated", 2018, fmt="es"),
                Col("Devengado", "money", "executed", 2018, fmt="es"), Col("Avance %", "percent", year=2018, unit_source="column", fmt="es")],
          rows=[["2.1 PERSONAL Y OBLIGACIONES SOCIALES", "612.400,00", "640.150,00", "638.902,35", "99,8"],
                ["2.3 BIENES Y SERVICIOS", "118.000,00", "131.780,00", "117.405,10", "89,1"],
                ["TOTAL", "730.400,00", "771.930,00", "756.307,45", "98,0"]], font_size=8.5)
A(quick("b018", S, "OFICIO N° 1104-2019-JUS/DGDPAJ", "2019-04-15", "Información sobre defensa pública a víctimas de trata – 2018",
        ["Solicitud de acceso a la información pública del 29.03.2019", "Informe N° 087-2019-JUS/DGDPAJ-DAV"],
        ["Es grato dirigirme a usted, en atención a la solicitud a) de la referencia, a fin de remitir la información relativa al patrocinio legal brindado a víctimas de trata de personas durante el año 2018.",
         "Conforme al Informe b) de la referencia, la Dirección de Asistencia Legal y Defensa de Víctimas patrocinó a [[c:312|312|víctima|2018]] víctimas de trata de personas a nivel nacional, a través de [[c:64|64|defensor público|2018]] defensores públicos especializados. En [[c:41|41|caso|2018]] casos se solicitó la reparación civil a favor de las víctimas.",
         "El detalle presupuestal se presenta en el Anexo 1, con montos expresados en soles:", t,
         "Se precisa que la defensa de oficio a favor de los imputados no forma parte de la información solicitada."],
        ("Dr. MARCO ANTONIO ESPINOZA LUJÁN", "Director General de Defensa Pública y Acceso a la Justicia"), "answered", ["protection"], Y18,
        cited=["Informe N° 087-2019-JUS/DGDPAJ-DAV"],
        layout="oficio + Word SIAF-style ruled table by genérica, numbers 612.400,00 (dot thousands, comma decimals), unit (S/) in caption",
        scan=True, to=1, ngo=1, font="Arial", size=10.5, dstyle="caps"))

# b019 GORE Puno native xlsx (numeric cells)
S = Sd("Gobierno Regional Puno", "GORE Puno", "regional_government")
t1 = Table(caption=None, label_header="Fuente / Genérica / Producto", extra_label_cols=[],
           cols=[Col("PIA", "money", "allocated", 2018, unit_source="page"), Col("PIM", "money", "allocated", 2018, unit_source="page"),
                 Col("Certificación", "money", "committed", 2018, unit_source="page"), Col("Devengado", "money", "executed", 2018, unit_source="page"),
                 Col("Girado", "money", "executed", 2018, unit_source="page"), Col("Avance %", "percent", year=2018, unit_source="column")],
           rows=[["1. RECURSOS ORDINARIOS", "150,000.00", "182,300.00", "180,950.00", "171,442.60", "171,442.60", "94.04"],
                 ["3000001 ACCIONES COMUNES", "60,000.00", "72,300.00", "72,000.00", "70,015.00", "70,015.00", "96.84"],
                 ["3000785 MESA REGIONAL CONTRA LA TRATA DE PERSONAS", "40,000.00", "45,000.00", "44,950.00", "41,227.60", "41,227.60", "91.62"],
                 ["3000786 CAMPAÑAS DE PREVENCIÓN EN ZONAS DE RIESGO", "50,000.00", "65,000.00", "64,000.00", "60,200.00", "60,200.00", "92.62"],
                 ["TOTAL", "150,000.00", "182,300.00", "180,950.00", "171,442.60", "171,442.60", "94.04"]])
t1.numeric = True
d = mk("b019", S, fmt="xlsx", language="es", on_topic=True, status="answered", mk=None, axes=["governance", "prevention"],
       period=Y18, period_stated=True, reference="ANEXO N° 01 – INFORME N° 112-2019-GR PUNO/GRPPAT-SGP",
       cited=[], letter_date="2019-02-12", native_only=True,
       layout="native XLSX (not converted): SIAF sheet with numeric cells formatted #,##0.00, product rows; title 'EN SOLES'; request period in title",
       notes="Native spreadsheet; page = 1 (single sheet). Cell text is the displayed format. Reference is the annex title line.")
d.sheets = [dict(name="Ejecucion 2018", title=["GOBIERNO REGIONAL PUNO", "ANEXO N° 01 – INFORME N° 112-2019-GR PUNO/GRPPAT-SGP",
                                                 "EJECUCIÓN PRESUPUESTAL DE ACTIVIDADES CONTRA LA TRATA DE PERSONAS – AÑO 2018 (solicitado: enero a diciembre 2018)",
                                                 "EN SOLES", "Puno, 12 de febrero de 2019"],
                 tables=[t1], foot=["Fuente: SIAF – Módulo de Procesos Presupuestarios"], widths=[46, 13, 13, 13, 13, 13, 9])]
A(d)

# b020 MP Cusco
S = Sd("Municipalidad Provincial del Cusco", "MPC", "provincial_municipality", "MUNICIPALIDAD PROVINCIAL DEL CUSCO",
       "Gerencia de Desarrollo Humano y Social", "Sub Gerencia de la Mujer y Poblaciones Vulnerables")
A(quick("b020", S, "INFORME N° 067-2020-SGMPV-GDHS/MPC", "2020-02-03", "Acciones contra la trata de personas – periodo 2019",
        ["Proveído N° 311-2020-SG/MPC", "Solicitud de información de fecha 17.01.2020"],
        ["Por medio del presente me dirijo a usted, en atención al documento de la referencia, para informarle sobre las acciones ejecutadas por la Sub Gerencia durante el año 2019 en materia de trata de personas.",
         "1. Se conformó la Red Provincial contra la Trata de Personas y el Tráfico Ilícito de Migrantes del Cusco, aprobada mediante Ordenanza Municipal N° 022-2019-MPC, integrada por [[c:18|18|institución|2019]] instituciones públicas y privadas.",
         "2. Se ejecutaron [[c:24|24|taller|2019]] talleres con adolescentes y padres de familia en los distritos de Santiago, Wanchaq y San Sebastián, con [[c:1,096|1096|participante|2019]] participantes.",
         "3. Se desarrolló la campaña “Cusco sin Trata” en el terminal terrestre y el aeropuerto, con una inversión de [[m:S/ 12 500|12500|PEN|2019|executed]].",
         "4. La DEMUNA atendió [[c:6|6|caso|2019]] casos de presunta trata de adolescentes, los cuales fueron derivados a la Unidad de Protección Especial del Cusco.",
         "Es todo cuanto informo a usted para los fines pertinentes."],
        ("Lic. YESENIA HUILLCA MAMANI", "Sub Gerente de la Mujer y Poblaciones Vulnerables"), "answered",
        ["governance", "prevention", "protection"], Y19, cited=["Proveído N° 311-2020-SG/MPC", "Ordenanza Municipal N° 022-2019-MPC"],
        layout="internal informe (A: / De:) style numbered paragraphs; count with comma thousands 1,096; S/ 12 500 without decimals",
        scan=True, photo=1, to=None, city="Cusco", salutation="", font="Arial",
        closing="", extra_top=[P("A\t: Abog. LUIS ALBERTO QUISPE TITO – Secretario General", "left"),
                               P("De\t: Lic. YESENIA HUILLCA MAMANI – Sub Gerente de la Mujer y Poblaciones Vulnerables", "left")]))

# b021 MD La Victoria null 2019 + SUNAFIL
S = Sd("Municipalidad Distrital de La Victoria", "MLV", "district_municipality", "MUNICIPALIDAD DE LA VICTORIA",
       "Gerencia de Desarrollo Humano")
A(quick("b021", S, "CARTA N° 031-2020-GDH/MLV", "2020-01-30", "Respuesta a solicitud de acceso a la información – trata de personas 2019",
        ["Solicitud N° 0045-2020 (Expediente N° 1022-2020)"],
        ["Tengo el agrado de dirigirme a usted, en atención a su solicitud de la referencia, relacionada con las acciones desarrolladas por esta corporación municipal frente a la trata de personas durante el año 2019.",
         "Al respecto, cumplo con informarle que durante el año 2019 la Municipalidad de La Victoria no ejecutó actividades específicas de prevención ni de atención a víctimas de trata de personas, ni asignó presupuesto para dicho fin en su Presupuesto Institucional.",
         "En relación con la verificación de condiciones laborales en los talleres y galerías del emporio comercial de Gamarra, se precisa que la fiscalización laboral es competencia de la SUNAFIL; esta Municipalidad únicamente fiscaliza licencias de funcionamiento y condiciones de seguridad en edificaciones.",
         "Sin otro particular, quedo de usted."],
        ("Lic. WALTER GONZALO PALACIOS RÍOS", "Gerente de Desarrollo Humano"), "answered", ["prevention", "protection", "governance"], Y19, cited=["Solicitud N° 0045-2020"],
        layout="municipal carta; substantive null answer for 2019 plus 'fiscalización laboral es competencia de SUNAFIL'; no figures",
        scan=True, to=2, ngo=2, font="Arial", closing="Atentamente,",
        notes="Substantive null answer (answered). Mentions SUNAFIL competence for labour inspection."))

# b022 GORE Madre de Dios unruled table, mixed periods
S = Sd("Gobierno Regional de Madre de Dios", "GOREMAD", "regional_government", "GOBIERNO REGIONAL DE MADRE DE DIOS",
       "Gerencia Regional de Desarrollo Social")
t = Table(caption="Acciones de la Mesa Regional contra la Trata de Personas", label_header="Acción",
          extra_label_cols=[],
          cols=[Col("2015", "count", year=2015, unit_source="column"), Col("2016", "count", year=2016, unit_source="column"),
                Col("2017", "count", year=2017, unit_source="column")],
          rows=[["Sesiones de la Mesa Regional", "4", "5", "8"], ["Talleres de capacitación a operadores", "3", "6", "11"],
                ["Ferias informativas", "1", "2", "4"], ["Personas sensibilizadas", "650", "1 120", "2 380"]],
          row_whats={"Sesiones de la Mesa Regional": "sesión", "Talleres de capacitación a operadores": "taller",
                     "Ferias informativas": "feria", "Personas sensibilizadas": "persona"}, ruled=False)
A(quick("b022", S, "OFICIO N° 0533-2018-GOREMAD/GRDS", "2018-05-09", "Informe de acciones PNAT – año 2017",
        ["Solicitud de acceso a la información pública del 18.04.2018"],
        ["Me dirijo a usted para saludarla cordialmente y, en atención a su solicitud de la referencia, remitirle el consolidado de acciones desarrolladas por la Mesa Regional contra la Trata de Personas de Madre de Dios, incluyendo los dos años previos para fines comparativos:", t,
         "En el año 2017 se destinó a estas acciones la suma de [[m:S/ 96,200.00|96200|PEN|2017|allocated]], de la cual se ejecutó [[m:S/ 88,915.00|88915|PEN|2017|executed]] ([[p:92.4%|92.4|2017]]). Asimismo, el Hogar de Refugio Temporal regional acogió a [[c:29|29|adolescente|2017]] adolescentes víctimas de trata rescatadas en la zona de La Pampa.",
         "Cabe precisar que la Mesa Regional fue reconocida mediante Ordenanza Regional N° 021-2014-RMDD/CR y actualizó su plan de acción en el año 2017 conforme al PNAT 2017-2021."],
        ("Lic. ROXANA YOLANDA VARGAS CHÁVEZ", "Gerente Regional de Desarrollo Social"), "answered", ["governance", "prevention", "protection"], Y17,
        cited=["Ordenanza Regional N° 021-2014-RMDD/CR"],
        layout="oficio; UNRULED counts table with years 2015-2017 as columns (mixed in/out of period); money and percent in text",
        scan=True, photo=1, to=0, ngo=0, city="Puerto Maldonado", dstyle="dot", font="Arial",
        notes="Mixes 2015-2016 with requested 2017: answered."))

# b023 RREE English
S = Sd("Ministerio de Relaciones Exteriores", "RREE", "ministry", "MINISTRY OF FOREIGN AFFAIRS OF PERU",
       "Directorate General of Peruvian Communities Abroad and Consular Affairs")
A(quick("b023", S, "Note RE (DGC) N° 2-18-B/245", "2019-02-26", "Request for information – assistance to Peruvian victims of trafficking abroad, 2018",
        ["Your letter dated 8 February 2019 (access to information request under Law N° 27806)"],
        ["I am writing in reply to your request for information on the actions taken by the Ministry of Foreign Affairs in 2018 to assist Peruvian nationals who were victims of trafficking in persons abroad, within the framework of the National Plan against Trafficking in Persons 2017-2021.",
         "During 2018, Peruvian consular offices assisted [[c:17|17|Peruvian national|2018]] Peruvian nationals identified as victims of trafficking, mainly in Argentina, Chile, Spain and Bolivia. Of these, [[c:11|11|victim|2018]] victims were repatriated with the support of the Humanitarian Assistance Fund, at a total cost of [[m:US$ 15,000|15000|USD|2018|executed]] (approximately [[m:S/ 50,250.00|50250|PEN|2018|executed]]).",
         "In addition, the Ministry trained [[c:94|94|consular officer|2018]] consular officers in the identification and referral of victims, and signed a cooperation agreement with the Republic of Bolivia on the protection of victims.",
         "Please note that personal data of the assisted persons are confidential under Law N° 29733."],
        ("Ambassador RICARDO FERNANDO LUNA VERA", "Director General of Peruvian Communities Abroad and Consular Affairs"),
        "answered", ["protection"], Y18, en=True,
        layout="English note from the foreign ministry; USD and PEN amounts in text; counts; no 'Año' line",
        scan=True, photo=1, to=0, ngo=0, dstyle="en", font="Times New Roman", size=12,
        notes="Training of consular officers is for victim identification and referral, counted under protection."))

# b024 MINCETUR English
S = Sd("Ministerio de Comercio Exterior y Turismo", "MINCETUR", "ministry", "MINISTRY OF FOREIGN TRADE AND TOURISM",
       "Vice Ministry of Tourism – General Directorate of Tourism Policies")
A(quick("b024", S, "OFFICIAL LETTER N° 086-2018-MINCETUR/VMT/DGPDT", "2018-03-01", "Actions to prevent sexual exploitation of children and adolescents in tourism, 2017",
        ["Request for access to public information received on 14 February 2018"],
        ["In response to your request, we inform you of the activities carried out by the Vice Ministry of Tourism in 2017 to prevent trafficking in persons and the sexual exploitation of children and adolescents in travel and tourism (ESNNA).",
         "In 2017 the Ministry trained [[c:640|640|tourism service provider|2017]] tourism service providers in Cusco, Loreto, Piura and Lima, and [[c:212|212|company|2017]] companies signed the Code of Conduct against ESNNA. The awareness campaign “Peru: tourism free of exploitation” was displayed at [[c:14|14|airport|2017]] airports and bus terminals.",
         "The budget executed for these activities amounted to [[m:S/ 85,000|85000|PEN|2017|executed]], which represents [[p:96.6 %|96.6|2017]] of the amount allocated.",
         "Should you require further information, please contact our office at (01) 513-6100, extension 1420."],
        ("MARÍA DEL CARMEN DE REPARAZ ZAMORA", "General Director of Tourism Policies"),
        "answered", ["prevention"], Y17, en=True,
        layout="English official letter; counts, money and percent in text; phone distractor",
        scan=True, to=1, ngo=1, dstyle="en", font="Arial"))

# b025 PNP Piura unruled table
S = Sd("Policía Nacional del Perú – Región Policial Piura", "REGPOL Piura", "police", "POLICÍA NACIONAL DEL PERÚ",
       "III MACRO REGIÓN POLICIAL PIURA – REGIÓN POLICIAL PIURA", "División de Investigación Criminal – Departamento contra la Trata de Personas")
t = Table(caption="INTERVENCIONES POR TRATA DE PERSONAS – REGPOL PIURA – 2019", label_header="Mes",
          cols=[Col("Operativos", "count", year=2019, what="operativo", unit_source="column"),
                Col("Denuncias", "count", year=2019, what="denuncia", unit_source="column"),
                Col("Detenidos", "count", year=2019, what="detenido", unit_source="column"),
                Col("Víctimas rescatadas", "count", year=2019, what="víctima", unit_source="column")],
          rows=[["Enero – Marzo", "9", "7", "5", "21"], ["Abril – Junio", "12", "10", "8", "33"],
                ["Julio – Setiembre", "8", "6", "3", "14"], ["Octubre – Diciembre", "11", "9", "7", "26"],
                ["TOTAL", "40", "32", "23", "94"]], ruled=False, header_bold=True)
A(quick("b025", S, "OFICIO N° 078-2020-III-MACREPOL-PIU/REGPOL-DIVINCRI-DEPTRATA", "2020-01-22", "Información estadística año 2019",
        ["Solicitud S/N del 06.01.2020 dirigida a la Región Policial Piura"],
        ["Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, para remitirle la información estadística de las intervenciones efectuadas por este Departamento durante el año 2019:", t,
         "Del total de víctimas rescatadas, [[c:62|62|mujer|2019]] son mujeres y [[c:31|31|menor de edad|2019]] menores de edad; [[c:48|48|víctima|2019]] víctimas son de nacionalidad venezolana. Todas fueron puestas a disposición del Ministerio Público.",
         "Es cuanto informo a Ud. para los fines pertinentes."],
        ("COMANDANTE PNP ALEX ENRIQUE MORE CHUNGA", "Jefe del Departamento contra la Trata de Personas – DIVINCRI Piura"),
        "answered", ["prosecution", "protection"], Y19,
        layout="police oficio; UNRULED quarterly counts table with TOTAL row; long reference line; scanned copy rotated 90° (page on its side)", scan=90, photo=1, to=3, ngo=3,
        city="Piura", dstyle="caps", salutation="", font="Arial", decenio=False,
        closing="Dios guarde a Ud."))

# b026 MP Fiscalía Superior Coordinadora + xlsx annex
S = Sd("Ministerio Público – Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas", "MP-FN", "autonomous",
       "MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN", "Fiscalía Superior Coordinadora de las Fiscalías Especializadas en Delitos de Trata de Personas")
d = quick("b026", S, "OFICIO N° 000233-2020-MP-FN-FSCFETP", "2020-02-10", "Información sobre carga procesal de las FISTRAP – año 2019",
          ["Solicitud de acceso a la información pública N° 2020-00271", "Oficio N° 000017-2020-MP-FN-GG-OFIAE"],
          ["Me dirijo a usted en atención a la solicitud a) de la referencia, mediante la cual requiere información sobre las Fiscalías Especializadas en Delitos de Trata de Personas (FISTRAP) durante el año 2019.",
           "Al respecto, se adjunta en anexo el reporte remitido por la Oficina de Análisis Estratégico contra la Criminalidad mediante el documento b) de la referencia, con el detalle por distrito fiscal. En términos globales, en el año 2019 las [[c:siete|7|fiscalía especializada|2019]] FISTRAP registraron [[c:1 118|1118|caso|2019]] casos ingresados y obtuvieron [[c:52|52|sentencia condenatoria|2019]] sentencias condenatorias.",
           "La información nominal de las investigaciones es reservada conforme al artículo 324 del Código Procesal Penal."],
          ("Dra. ZOILA MARÍA DEL PILAR MORALES GUTIÉRREZ", "Fiscal Superior Coordinadora"), "answered", ["prosecution"], Y19,
          cited=["Solicitud de acceso a la información pública N° 2020-00271", "Oficio N° 000017-2020-MP-FN-GG-OFIAE"],
          layout="oficio + XLSX annex converted (counts by distrito fiscal, percent column); 'siete' written as word",
          scan=True, to=0, ngo=0, dstyle="long0", font="Arial")
d.fmt = "docx+xlsx"
t = Table(caption="Casos ingresados y resultados por distrito fiscal – FISTRAP 2019", label_header="Distrito fiscal",
          cols=[Col("Casos ingresados", "count", year=2019, what="caso", unit_source="column"),
                Col("Acusaciones", "count", year=2019, what="acusación", unit_source="column"),
                Col("Sentencias condenatorias", "count", year=2019, what="sentencia condenatoria", unit_source="column"),
                Col("% de casos con acusación", "percent", year=2019, unit_source="column")],
          rows=[["Lima", "402", "61", "19", "15.17"], ["Lima Norte", "118", "17", "6", "14.41"], ["Callao", "97", "12", "4", "12.37"],
                ["Cusco", "163", "22", "9", "13.50"], ["Puno", "121", "15", "5", "12.40"], ["Madre de Dios", "139", "20", "7", "14.39"],
                ["Tumbes", "78", "8", "2", "10.26"], ["TOTAL", "1118", "155", "52", "13.86"]])
d.sheets = [dict(name="FISTRAP 2019", title=["MINISTERIO PÚBLICO – OFICINA DE ANÁLISIS ESTRATÉGICO CONTRA LA CRIMINALIDAD", "ANEXO – REPORTE FISTRAP 2019"],
                 tables=[t], foot=["Fuente: SGF – Fecha de corte: 31.12.2019"], widths=[24, 14, 14, 16, 16])]
A(d)

# b027 Universidad Nacional de San Antonio Abad del Cusco
S = Sd("Universidad Nacional de San Antonio Abad del Cusco", "UNSAAC", "other", "UNIVERSIDAD NACIONAL DE SAN ANTONIO ABAD DEL CUSCO",
       "Vicerrectorado de Investigación")
A(quick("b027", S, "OFICIO N° 0158-2019-VRIN-UNSAAC", "2019-03-07", "Información sobre investigaciones en materia de trata de personas – 2018",
        ["Solicitud de acceso a la información pública, Expediente N° 754321"],
        ["Me dirijo a usted en atención al expediente de la referencia, en el que solicita información sobre las acciones de esta Casa de Estudios vinculadas al Plan Nacional contra la Trata de Personas durante el año 2018.",
         "Al respecto, el Vicerrectorado de Investigación informa que en el año 2018 se financiaron [[c:dos (02)|2|proyecto de investigación|2018]] proyectos de investigación sobre trata de personas con fines de explotación laboral en la minería informal de Quispicanchi y sobre la captación de adolescentes a través de redes sociales, con un monto total de [[m:S/ 30,000.00|30000|PEN|2018|allocated]] provenientes de recursos del canon.",
         "Asimismo, la Facultad de Derecho y Ciencia Política organizó un seminario sobre el delito de trata de personas dirigido a estudiantes y operadores de justicia, con la participación de [[c:210|210|asistente|2018]] asistentes.",
         "Los resultados de las investigaciones serán publicados en la revista institucional durante el presente año."],
        ("Dr. GILBERT ALAGÓN HUALLPA", "Vicerrector de Investigación"), "answered", ["governance", "prevention"], Y18,
        layout="public university oficio; research projects count written 'dos (02)'; money from canon", scan=True, to=2, ngo=2,
        city="Cusco", font="Times New Roman", size=12))

# b028 MD Independencia (Huaraz) null
S = Sd("Municipalidad Distrital de Independencia (Huaraz)", "MDI", "district_municipality", "MUNICIPALIDAD DISTRITAL DE INDEPENDENCIA",
       "Provincia de Huaraz – Región Áncash", "Oficina de Secretaría General")
A(quick("b028", S, "CARTA N° 009-2019-MDI/SG", "2019-01-29", "Atención a solicitud",
        ["Solicitud de información pública de fecha 14 de enero de 2019, sobre acciones contra la trata de personas en el año 2018"],
        ["Por medio de la presente le saludo y en atención a su solicitud le comunico que, según lo informado por la Sub Gerencia de Desarrollo Social, en el año 2018 esta Municipalidad no ha realizado actividades de prevención o sensibilización contra la trata de personas, no ha conformado ninguna instancia de articulación en la materia y no ha programado presupuesto para tal fin.",
         "Se le informa asimismo que la DEMUNA no ha registrado casos de trata de personas durante dicho año.",
         "Sin otro particular."],
        ("Bach. ELMER JULIO HUERTA ROSALES", "Secretario General"), "answered", ["prevention", "governance", "protection"], Y18,
        layout="one-page district carta; substantive null answer; period only inside reference line", scan=True, photo=1, to=1, ngo=1,
        city="Huaraz", dstyle="num", font="Arial", closing="Atentamente,", decenio=False,
        notes="Substantive null answer (no actions, no mesa, no budget, no cases)."))

# b029 GORE Tumbes mixed, network not created
S = Sd("Gobierno Regional de Tumbes", "GORE Tumbes", "regional_government", "GOBIERNO REGIONAL DE TUMBES",
       "Gerencia Regional de Desarrollo Social", "Sub Gerencia de Programas Sociales")
t = Table(caption="Resumen de actividades y presupuesto (expresado en soles)", label_header="Periodo",
          cols=[Col("Actividades realizadas", "count", what="actividad", unit_source="column"),
                Col("Beneficiarios", "count", what="beneficiario", unit_source="column"),
                Col("Presupuesto ejecutado", "money", "executed")],
          rows=[["Año 2016", "6", "480", "15,400.00"], ["Año 2017", "11", "1,350", "27,900.00"], ["Enero – junio 2018", "5", "610", "12,050.00"]],
          row_years={"Año 2016": 2016, "Año 2017": 2017, "Enero – junio 2018": 2018})
A(quick("b029", S, "OFICIO N° 402-2018/GOB.REG.TUMBES-GRDS-SGPS", "2018-08-14", "Información PNAT enero 2017 – junio 2018",
        ["Solicitud S/N del 24.07.2018"],
        ["Es grato dirigirme a usted para hacerle llegar la información requerida sobre las acciones de prevención de la trata de personas realizadas por esta Gerencia entre enero de 2017 y junio de 2018, en la región fronteriza de Tumbes.", t,
         "Las actividades consistieron en charlas en instituciones educativas de Aguas Verdes y Zarumilla y en la difusión de la línea 1818 en el Centro Binacional de Atención en Frontera (CEBAF). Se incluye el año 2016 como referencia.",
         "Respecto de la Red Regional contra la Trata de Personas, se informa que aún no ha sido creada, encontrándose en revisión el proyecto de ordenanza regional."],
        ("Lic. DORIS ELIZABETH GARCÍA ZAPATA", "Sub Gerente de Programas Sociales"), "answered", ["prevention", "governance"], EJ,
        layout="oficio; ruled table with periods as rows (2016 out of period + in-period rows), counts with comma thousands; network 'not created'",
        scan=True, to=0, ngo=0, city="Tumbes", dstyle="caps", font="Arial",
        notes="Mixed in-period and out-of-period rows; answered. 'Red Regional... aún no ha sido creada' beside figures."))

# b030 INABIF native docx, miles de soles
S = Sd("Programa Integral Nacional para el Bienestar Familiar", "INABIF", "other", "MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES",
       "Programa Integral Nacional para el Bienestar Familiar – INABIF", "Unidad de Servicios de Protección de Niñas, Niños y Adolescentes")
t = Table(caption="Cuadro N° 1: Presupuesto de los CAR especializados en víctimas de trata – 2018 (Expresado en miles de soles)",
          label_header="Centro de Atención Residencial",
          cols=[Col("PIM", "money", "allocated", 2018, scale=1000), Col("Ejecutado", "money", "executed", 2018, scale=1000),
                Col("Residentes atendidas", "count", year=2018, what="residente", unit_source="column")],
          rows=[["CAR Santa Rosita (Lima)", "1,250", "1,198", "38"], ["CAR Gracia (Cusco)", "842", "811", "24"],
                ["CAR Virgen del Carmen (Madre de Dios)", "615", "590", "19"], ["TOTAL", "2,707", "2,599", "81"]])
d = quick("b030", S, "OFICIO N° 000388-2019-MIMP/INABIF.USPNNA", "2019-03-18", "Información sobre atención a víctimas de trata en CAR – 2018",
          ["Solicitud de acceso a la información pública del 01.03.2019"],
          ["Me dirijo a usted en atención a la solicitud de la referencia, mediante la cual requiere información sobre la atención a niñas, niños y adolescentes víctimas de trata en los Centros de Atención Residencial (CAR) del INABIF durante el año 2018.",
           "En el año 2018 el INABIF contó con [[c:tres (03)|3|centro de atención residencial|2018]] CAR especializados en la atención de adolescentes mujeres víctimas de trata, cuyos datos se consignan en el cuadro siguiente:", t,
           "Adicionalmente, [[c:27|27|adolescente|2018]] adolescentes egresaron con plan de reintegración familiar concluido."],
          ("Lic. CECILIA ROCÍO MONTES ALVARADO", "Jefa de la Unidad de Servicios de Protección de Niñas, Niños y Adolescentes"),
          "answered", ["protection"], Y18,
          layout="native DOCX (not converted): oficio with ruled table in thousands of soles ('Expresado en miles de soles' in caption)",
          to=3, ngo=3, font="Arial", notes="Native Word file; page numbers from the LibreOffice rendering. Table values are in thousands: 1,250 -> 1250000.0. Sender is the INABIF programme (under MIMP, whose name heads the letterhead); MIMP is an acceptable parent.")
d.native_only = True
A(d)

# b031 Programa AURORA 2019
S = Sd("Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar – AURORA",
       "AURORA", "other", "MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES", "Programa Nacional AURORA",
       "Sub Unidad de Atención y Protección frente a la Violencia")
A(quick("b031", S, "INFORME N° 0214-2020-MIMP-AURORA-SAP", "2020-02-25", "Atenciones a víctimas de trata en los servicios del Programa AURORA – 2019",
        ["Memorando N° 0077-2020-MIMP-AURORA-DE", "Solicitud de acceso a la información del 11.02.2020"],
        ["Tengo el agrado de dirigirme a usted para informar sobre la atención brindada a víctimas de trata de personas en los servicios del Programa durante el periodo enero – diciembre 2019, solicitada mediante el documento b) de la referencia.",
         "2.1 Los Centros Emergencia Mujer (CEM) atendieron [[c:274|274|caso|2019]] casos de trata de personas y explotación sexual, lo que representa el [[p:0.2 %|0.2|2019]] del total de casos atendidos por violencia.",
         "2.2 El Servicio de Atención Urgente (SAU) intervino en [[c:43|43|caso|2019]] casos derivados por la línea 100 y la línea 1818.",
         "2.3 El presupuesto del Programa para la atención especializada de víctimas de trata ascendió a [[m:S/ 2.5 millones|2500000|PEN|2019|allocated]], con un nivel de ejecución del [[p:97.1%|97.1|2019]].",
         "2.4 Se capacitó a [[c:580|580|profesional|2019]] profesionales de los CEM en el protocolo de atención a víctimas de trata.",
         "III. CONCLUSIÓN: la información solicitada ha sido atendida en su integridad."],
        ("Abog. GIOVANNA PATRICIA ROJAS LOZANO", "Coordinadora de la Sub Unidad de Atención y Protección frente a la Violencia"),
        "answered", ["protection"], Y19, cited=["Memorando N° 0077-2020-MIMP-AURORA-DE"],
        layout="informe with numbered sections 2.1-2.4; 'S/ 2.5 millones'; hotline numbers 100 and 1818 as distractors",
        scan=True, photo=1, to=None, salutation="", font="Calibri", closing="Es todo cuanto informo.",
        extra_top=[P("A\t: Dirección Ejecutiva del Programa Nacional AURORA", "left"), P("De\t: Sub Unidad de Atención y Protección frente a la Violencia", "left")],
        notes="Budget for specialised care of victims and training of CEM staff on the care protocol both go to protection. Sender is the AURORA programme (under MIMP, whose name heads the letterhead); MIMP is an acceptable parent.")) 

# b032 MEF native xlsx, space thousands strings
S = Sd("Ministerio de Economía y Finanzas", "MEF", "ministry")
cc = lambda h, k, r: Col(h, k, r, 2018, fmt="sp", unit_source="page")
t = Table(caption=None, label_header="Pliego",
          cols=[cc("PIA", "money", "allocated"), cc("PIM", "money", "allocated"), cc("Devengado", "money", "executed"),
                Col("Avance %", "percent", year=2018, fmt="sp", unit_source="column")],
          rows=[["006: MINISTERIO DEL INTERIOR", "1 030 908,00", "1 214 500,00", "1 120 332,18", "92,2"],
                ["039: MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES", "3 215 000,00", "3 402 880,00", "3 287 115,90", "96,6"],
                ["022: MINISTERIO PÚBLICO", "2 406 112,00", "2 611 112,00", "2 402 951,47", "92,0"],
                ["012: MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO", "420 000,00", "418 000,00", "391 884,60", "93,8"],
                ["TOTAL", "7 072 020,00", "7 646 492,00", "7 202 284,15", "94,2"]])
d = mk("b032", S, fmt="xlsx", language="es", on_topic=True, status="answered", mk=None, axes=["governance"],
       period=Y18, period_stated=True, reference="ANEXO AL OFICIO N° 0412-2019-EF/50.06", cited=[], letter_date="2019-03-28",
       native_only=True,
       layout="native XLSX (not converted): budget by pliego, text cells in '1 030 908,00' format, title 'EN SOLES', request period in title",
       notes="Native spreadsheet; page 1. PNAT budget as a whole by pliego -> governance.")
d.sheets = [dict(name="PNAT 2018", title=["MINISTERIO DE ECONOMÍA Y FINANZAS – DIRECCIÓN GENERAL DE PRESUPUESTO PÚBLICO",
                                            "ANEXO AL OFICIO N° 0412-2019-EF/50.06",
                                            "PRESUPUESTO DE ACTIVIDADES VINCULADAS AL PNAT 2017-2021 – AÑO FISCAL 2018 (periodo solicitado: 2018)",
                                            "EN SOLES", "Lima, 28 de marzo de 2019"], tables=[t],
                 foot=["Fuente: Consulta Amigable SIAF-MEF, al 31.12.2018"], widths=[52, 16, 16, 16, 10])]
A(d)

# b033 DRTPE Junín
S = Sd("Gobierno Regional Junín – Dirección Regional de Trabajo y Promoción del Empleo", "DRTPE Junín", "regional_government",
       "GOBIERNO REGIONAL JUNÍN", "DIRECCIÓN REGIONAL DE TRABAJO Y PROMOCIÓN DEL EMPLEO")
t = Table(caption="Actividades de prevención del trabajo forzoso y la trata con fines de explotación laboral – 2019", label_header="Actividad",
          cols=[Col("Meta programada", "count", year=2019, unit_source="column"), Col("Meta ejecutada", "count", year=2019, unit_source="column"),
                Col("Ejecución %", "percent", year=2019, unit_source="column")],
          rows=[["Charlas en empresas agroindustriales", "20", "17", "85"], ["Orientaciones a trabajadores migrantes", "500", "642", "128.4"],
                ["Ferias de empleo con módulo informativo", "4", "4", "100"]],
          row_whats={"Charlas en empresas agroindustriales": "charla", "Orientaciones a trabajadores migrantes": "orientación",
                     "Ferias de empleo con módulo informativo": "feria"}, ruled=True)
A(quick("b033", S, "OFICIO N° 118-2020-GRJ-DRTPE/DPSC", "2020-02-19", "Información sobre acciones contra la trata de personas – año 2019",
        ["Solicitud S/N del 04.02.2020", "Informe N° 012-2020-GRJ-DRTPE/DPSC-SDPDF"],
        ["Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, para hacer de su conocimiento las actividades desarrolladas por esta Dirección Regional durante el 2019 en materia de prevención de la trata de personas con fines de explotación laboral:", t,
         "Asimismo, la Dirección Regional integró la Comisión Regional contra la Trata de Personas de Junín, participando en [[c:5|5|sesión|2019]] sesiones ordinarias. Las inspecciones de trabajo en la región se encuentran a cargo de la Intendencia Regional de SUNAFIL Junín."],
        ("Abog. PERCY RAÚL CAMPOS HINOSTROZA", "Director Regional de Trabajo y Promoción del Empleo"), "answered", ["prevention", "governance"], Y19,
        cited=["Informe N° 012-2020-GRJ-DRTPE/DPSC-SDPDF"],
        layout="oficio with ruled table of programmed vs executed physical goals, 'Ejecución %' column of bare numbers",
        scan=True, to=2, ngo=2, city="Huancayo", dstyle="caps", font="Arial"))

# b034 DEVIDA (obscure-ish) answered
S = Sd("Comisión Nacional para el Desarrollo y Vida sin Drogas", "DEVIDA", "other", "PRESIDENCIA DEL CONSEJO DE MINISTROS",
       "COMISIÓN NACIONAL PARA EL DESARROLLO Y VIDA SIN DROGAS – DEVIDA", "Oficina Zonal VRAEM – Pichari")
A(quick("b034", S, "CARTA N° 022-2018-DV-OZ-PICHARI", "2018-04-20", "Respuesta a solicitud de información – prevención de trata en el VRAEM, 2017",
        ["Solicitud de acceso a la información pública de fecha 03.04.2018"],
        ["Me dirijo a usted en atención a su solicitud, en la cual requiere información sobre acciones de prevención de la trata de personas ejecutadas por esta Oficina Zonal en el año 2017.",
         "Durante el año 2017, en el marco del Programa Presupuestal de Prevención y Tratamiento del Consumo de Drogas, se incorporaron contenidos sobre trata de personas en [[c:32|32|sesión educativa|2017]] sesiones educativas con familias de los distritos de Pichari, Kimbiri y Llochegua, con la participación de [[c:745|745|padre de familia|2017]] padres de familia. El costo de los materiales utilizados fue de [[m:S/. 7,480.00|7480|PEN|2017|executed]].",
         "DEVIDA no cuenta con competencias en la atención de víctimas ni en la investigación del delito, por lo que dichos aspectos deben ser consultados al Ministerio de la Mujer y Poblaciones Vulnerables y al Ministerio Público."],
        ("Ing. OSCAR DAVID QUISPE ESPINOZA", "Jefe de la Oficina Zonal VRAEM – Pichari"), "answered", ["prevention"], Y17,
        layout="short carta from an obscure zonal office; says not competent for other axes but gives real prevention figures",
        scan=True, photo=1, to=0, ngo=0, city="Pichari", dstyle="long0", font="Arial"))
