from common import *

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- b001 MIMP
S = dict(name="Ministerio de la Mujer y Poblaciones Vulnerables", acr="MIMP", kind="ministry",
         lines=["PERÚ – MINISTERIO DE LA MUJER Y POBLACIONES VULNERABLES",
                "Despacho Viceministerial de la Mujer",
                "Dirección General contra la Violencia de Género"])
body = [
    P("Tengo el agrado de dirigirme a usted en atención al documento de la referencia a), mediante el cual solicita, al amparo del Texto Único Ordenado de la Ley N° 27806, información sobre las acciones ejecutadas por este Ministerio en el marco del Plan Nacional contra la Trata de Personas 2017-2021 durante el año 2017."),
    P("Al respecto, la Dirección de Asistencia Técnica y Promoción Territorial, mediante el documento de la referencia b), informa lo siguiente:"),
    P("1. Durante el año 2017 se desarrollaron [[c:veintiocho (28)|28|taller|2017]] talleres descentralizados de prevención de la trata de personas dirigidos a operadores locales y comunidad educativa en las regiones de Cusco, Puno, Loreto y Madre de Dios, en los que participaron [[c:2 140|2140|persona|2017]] personas.", "list"),
    P("2. Los Centros Emergencia Mujer registraron [[c:93|93|caso|2017]] casos vinculados a trata de personas, de los cuales el [[p:61 %|61|2017]] correspondió a mujeres adolescentes. Asimismo, el Programa Integral Nacional para el Bienestar Familiar atendió a [[c:54|54|víctima|2017]] niñas, niños y adolescentes víctimas en sus Centros de Atención Residencial.", "list"),
    P("3. Para la ejecución de estas actividades se contó con un presupuesto asignado de [[m:S/ 1,250,000.00|1250000|PEN|2017|allocated]], del cual se ejecutó [[m:S/ 1,087,430.50|1087430.50|PEN|2017|executed]], lo que representa un avance de [[p:87.0 %|87.0|2017]].", "list"),
    P("El detalle por actividad se presenta en el cuadro siguiente:"),
    Table(caption="Cuadro N° 1: Ejecución de actividades contra la trata de personas – Año 2017 (en soles)",
          label_header="Actividad",
          cols=[Col("Presupuesto asignado (S/)", "money", "allocated", 2017),
                Col("Ejecutado al 31.12.2017 (S/)", "money", "executed", 2017),
                Col("% avance", "percent", year=2017, unit_source="column"),
                Col("Meta física", "count", year=2017, unit_source="column")],
          rows=[["Talleres de prevención", "420,000.00", "401,250.00", "95.5", "28"],
                ["Campaña comunicacional “Trata sin Engaño”", "380,000.00", "296,180.50", "77.9", "4"],
                ["Asistencia técnica a gobiernos regionales", "450,000.00", "390,000.00", "86.7", "9"],
                ["TOTAL", "1,250,000.00", "1,087,430.50", "87.0", "-"]],
          row_whats={"Talleres de prevención": "taller", "Campaña comunicacional “Trata sin Engaño”": "campaña",
                     "Asistencia técnica a gobiernos regionales": "gobierno regional"}),
    P("Cabe precisar que la información sobre denuncias y procesos penales corresponde al Ministerio del Interior y al Ministerio Público, respectivamente."),
]
d = mk("b001", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["governance", "prevention", "protection"], period=("2017-01-01", "2017-12-31"), period_stated=True,
       reference="OFICIO N° 0456-2018-MIMP/DGCVG",
       cited=["Informe N° 0040-2018-MIMP/DGCVG-DATPS"], letter_date="2018-03-14",
       layout="oficio, letterhead text, ruled table with wrapped headers and meta física column, unit in caption",
       scan=True, photo=1, page_numbers="pagina", font="Arial")
d.blocks = letter(S, "OFICIO N° 0456-2018-MIMP/DGCVG", "2018-03-14", body,
                  "Solicitud de acceso a la información pública – acciones PNAT 2017-2021, año 2017",
                  refs=["Solicitud S/N del 02.02.2018 (Reg. N° 1812-2018)", "Informe N° 0040-2018-MIMP/DGCVG-DATPS"],
                  sign=("NANCY ROSARIO TOLENTINO GAMARRA", "Directora General contra la Violencia de Género"),
                  cc=["c.c.: Archivo", "NRTG/jlq"], stamp="MESA DE PARTES – Reg. N° 4521")
A(d)

# ---------------------------------------------------------------- b002 MININTER DGSD
S = dict(name="Ministerio del Interior", acr="MININTER", kind="ministry",
         lines=["MINISTERIO DEL INTERIOR", "Dirección General de Seguridad Democrática",
                "Dirección de Derechos Fundamentales"])
body = [
    P("Me dirijo a usted con relación a su solicitud de la referencia, en la que requiere información sobre la implementación del Plan Nacional contra la Trata de Personas 2017-2021 en el periodo comprendido entre enero de 2017 y junio de 2018."),
    P("Sobre el particular, esta Dirección General, en su condición de Secretaría Técnica de la Comisión Multisectorial de naturaleza permanente contra la Trata de Personas y el Tráfico Ilícito de Migrantes, informa que en dicho periodo la Comisión sesionó en [[c:once (11)|11|sesión|]] oportunidades y aprobó el informe anual de cumplimiento del año 2017."),
    P("Asimismo, el Registro Estadístico del delito de Trata de Personas y Afines (RETA-PNP) registró [[c:1 307|1307|denuncia|2017]] denuncias durante el año 2017 y [[c:684|684|denuncia|2018]] durante el primer semestre de 2018. La línea gratuita 1818 opción 1 recibió [[c:3 215|3215|llamada|]] llamadas vinculadas al delito."),
    P("En cuanto a los recursos, se detalla a continuación el presupuesto asignado a las actividades a cargo de la Dirección General:"),
    Table(caption="Cuadro N° 2: Presupuesto de actividades PNAT a cargo de la DGSD (en soles)",
          label_header="Actividad operativa",
          cols=[Col("PIM", "money", "allocated", 2017, group="2017"),
                Col("Devengado", "money", "executed", 2017, group="2017"),
                Col("PIM", "money", "allocated", 2018, group="2018 (al 30 de junio)"),
                Col("Devengado", "money", "executed", 2018, group="2018 (al 30 de junio)")],
          rows=[["Secretaría Técnica de la Comisión Multisectorial", "312,500.00", "298,774.20", "340,000.00", "151,309.00"],
                ["Capacitación a operadores del sistema", "185,000.00", "177,420.00", "210,000.00", "64,880.00"],
                ["Campaña nacional de sensibilización", "520,000.00", "505,130.00", "480,000.00", "90,120.50"],
                ["TOTAL", "1,017,500.00", "981,324.20", "1,030,000.00", "306,309.50"]]),
    P("Finalmente, se precisa que el Sistema de Registro y Estadística del delito de Trata de Personas (SISTRA) se encuentra a cargo del Ministerio Público, por lo que la información sobre investigaciones fiscales deberá ser solicitada a dicha entidad."),
]
d = mk("b002", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["governance", "prevention", "prosecution"], period=("2017-01-01", "2018-06-30"), period_stated=True,
       reference="OFICIO N° 1287-2018/IN/DGSD",
       cited=["Carta N° 017-2018-RL", "Informe N° 000112-2018/IN/DGSD/DDF"], letter_date="2018-08-08",
       layout="oficio; table with merged header cells (years over PIM/Devengado), unit in caption; counts in text",
       scan=True, page_numbers="pagina", font="Times New Roman")
d.blocks = letter(S, "OFICIO N° 1287-2018/IN/DGSD", "2018-08-08", body,
                  "Atención a solicitud de información – Ley N° 27806",
                  refs=["Carta N° 017-2018-RL (Expediente N° 2018-0045123)", "Informe N° 000112-2018/IN/DGSD/DDF"],
                  dstyle="caps", sign=("CARLOS ALBERTO MENDOZA RIVAS", "Director General de Seguridad Democrática"),
                  cc=["C.c. Despacho Viceministerial de Seguridad Pública"], to=1, ngo=1)
A(d)

# ---------------------------------------------------------------- b003 PNP DIRCTPTIM
S = dict(name="Policía Nacional del Perú – Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes",
         acr="DIRCTPTIM PNP", kind="police",
         lines=["POLICÍA NACIONAL DEL PERÚ", "DIRECCIÓN CONTRA LA TRATA DE PERSONAS Y TRÁFICO ILÍCITO DE MIGRANTES",
                "DIRCTPTIM PNP – Secretaría"])
body = [
    P("Tengo el honor de dirigirme a Ud., en atención al documento de la referencia, mediante el cual solicita información estadística sobre las intervenciones realizadas por esta Dirección durante el año 2018, en el marco del PNAT 2017-2021."),
    P("Al respecto, se remite el siguiente resumen elaborado por el Departamento de Estadística de esta Dirección:"),
    Table(caption="RESULTADOS OPERATIVOS DIRCTPTIM PNP – AÑO 2018", label_header="Indicador",
          cols=[Col("Ene-Jun", "count", year=2018, unit_source="column"),
                Col("Jul-Dic", "count", year=2018, unit_source="column"),
                Col("Total 2018", "count", year=2018, unit_source="column")],
          rows=[["Operativos realizados", "112", "139", "251"],
                ["Denuncias registradas", "87", "104", "191"],
                ["Personas detenidas", "64", "71", "135"],
                ["Víctimas rescatadas", "203", "246", "449"],
                ["Víctimas menores de edad", "58", "77", "135"]],
          row_whats={"Operativos realizados": "operativo", "Denuncias registradas": "denuncia",
                     "Personas detenidas": "detenido", "Víctimas rescatadas": "víctima",
                     "Víctimas menores de edad": "víctima"}, ruled=True),
    P("Del total de víctimas rescatadas, el [[p:71.3 %|71.3|2018]] fue captado con fines de explotación sexual y el [[p:22.5 %|22.5|2018]] con fines de explotación laboral; las demás finalidades suman el porcentaje restante. Las víctimas fueron puestas a disposición de la Unidad de Protección Especial y de la Fiscalía de Familia, según corresponda."),
    P("Asimismo, durante el año se capacitó a [[c:326|326|efectivo policial|2018]] efectivos policiales de las Regiones Policiales de Lima, Cusco, Puno y Madre de Dios en técnicas de investigación del delito de trata de personas."),
    P("Para cualquier coordinación adicional puede comunicarse al teléfono (01) 518-3500 anexo 4021."),
]
d = mk("b003", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["prosecution", "protection"], period=("2018-01-01", "2018-12-31"), period_stated=True,
       reference="OFICIO N° 342-2019-DIRNIC-PNP/DIRCTPTIM-SEC", cited=[], letter_date="2019-02-21",
       layout="police oficio; ruled counts table by semester; percents and counts in text; phone distractor; scanned copy rotated 180° (upside down)",
       scan=180, photo=1, font="Arial", size=10.5)
d.notes = "scanned copy is rotated 180 degrees"
d.blocks = letter(S, "OFICIO N° 342-2019-DIRNIC-PNP/DIRCTPTIM-SEC", "2019-02-21", body,
                  "Remite información estadística solicitada – año 2018",
                  refs=["Solicitud de acceso a la información pública del 06.02.2019"], dstyle="caps",
                  sign=("CORONEL PNP JORGE LUIS CÁRDENAS VELA", "Jefe de la DIRCTPTIM PNP"),
                  salutation="", cc=["JLCV/kmr", "Av. España 450 – Cercado de Lima"], to=2, ngo=2,
                  closing="Es propicia la ocasión para expresarle los sentimientos de mi consideración y estima personal.",
                  decenio=False)
A(d)

# ---------------------------------------------------------------- b004 MP-FN Observatorio
S = dict(name="Ministerio Público – Fiscalía de la Nación", acr="MP-FN", kind="autonomous",
         lines=["MINISTERIO PÚBLICO", "FISCALÍA DE LA NACIÓN", "Observatorio de Criminalidad"])
body = [
    P("Es grato dirigirme a usted, en atención a su solicitud de acceso a la información pública registrada con el Expediente N° 18-004517, mediante la cual requiere información sobre los casos de trata de personas registrados por el Ministerio Público durante el año 2017."),
    P("Sobre el particular, el Observatorio de Criminalidad ha procesado la información del Sistema de Gestión Fiscal (SGF) y del Sistema de Información de Apoyo al Trabajo Fiscal (SIATF), con los siguientes resultados:"),
    P("• En el año 2017 las fiscalías a nivel nacional registraron [[c:1 307|1307|denuncia|2017]] denuncias por el delito de trata de personas (artículo 153 del Código Penal), lo que representa un incremento del [[p:17.4 %|17.4|2017]] respecto del año anterior.", "list"),
    P("• Las regiones con mayor número de casos fueron Lima ([[c:402|402|caso|2017]] casos), Cusco ([[c:131|131|caso|2017]]), Puno ([[c:118|118|caso|2017]]) y Madre de Dios ([[c:96|96|caso|2017]]).", "list"),
    P("• Se identificó a [[c:1 589|1589|presunta víctima|2017]] presuntas víctimas, de las cuales el [[p:80.2%|80.2|2017]] fueron mujeres y el [[p:33.67%|33.67|2017]] menores de edad.", "list"),
    P("• Se formularon [[c:doce (12)|12|acusación|2017]] acusaciones en las Fiscalías Especializadas en Delitos de Trata de Personas y se obtuvieron [[c:29|29|sentencia condenatoria|2017]] sentencias condenatorias a nivel nacional.", "list"),
    P("Se precisa que las cifras son referenciales y están sujetas a actualización, conforme a la depuración de los registros que realizan los despachos fiscales."),
]
d = mk("b004", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["prosecution"], period=("2017-01-01", "2017-12-31"), period_stated=True,
       reference="CARTA N° 0188-2018-MP-FN-OBSERVATORIO", cited=[], letter_date="2018-03-05",
       layout="carta with bullet list; counts and percents in running text; expediente and article number distractors",
       scan=True, font="Calibri", page_numbers="num")
d.blocks = letter(S, "CARTA N° 0188-2018-MP-FN-OBSERVATORIO", "2018-03-05", body,
                  "Información estadística sobre trata de personas 2017",
                  refs=["Solicitud de acceso a la información – Expediente N° 18-004517"], dstyle="long0",
                  sign=("Dr. LUIS ENRIQUE ZAVALETA PONCE", "Jefe del Observatorio de Criminalidad"),
                  cc=["LEZP/mcv"], to=0, ngo=0, decenio=True)
A(d)

# ---------------------------------------------------------------- b005 FISTRAP Lima
S = dict(name="Ministerio Público – Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima",
         acr="FISTRAP Lima", kind="autonomous",
         lines=["MINISTERIO PÚBLICO – FISCALÍA DE LA NACIÓN", "Fiscalía Provincial Especializada en Delitos de Trata de Personas de Lima",
                "Jr. Carabaya 831, Cercado de Lima – Central 625-5555"])
body = [
    P("Tengo el agrado de dirigirme a usted, a fin de dar respuesta a lo solicitado respecto de la carga fiscal de este despacho durante el año 2018."),
    P("Durante el periodo indicado, este despacho tuvo a su cargo [[c:214|214|carpeta fiscal|2018]] carpetas fiscales por el delito de trata de personas, de las cuales [[c:96|96|carpeta fiscal|2018]] se encuentran en investigación preliminar, [[c:61|61|carpeta fiscal|2018]] en investigación preparatoria y [[c:18|18|carpeta fiscal|2018]] en etapa intermedia con requerimiento acusatorio. Las restantes fueron archivadas."),
    P("En coordinación con la DIRCTPTIM PNP se participó en [[c:cuarenta y dos (42)|42|operativo|2018]] operativos, en los que se rescató a [[c:118|118|víctima|2018]] víctimas. Todas ellas fueron derivadas al Programa de Asistencia a Víctimas y Testigos (UDAVIT), que brindó atención psicológica a [[c:87|87|víctima|2018]] de ellas y asistencia legal a [[c:104|104|víctima|2018]]."),
    P("Es preciso señalar que la información sobre el estado específico de cada investigación tiene carácter reservado, conforme al artículo 324 del Código Procesal Penal, por lo que solo se consignan cifras globales."),
]
d = mk("b005", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["prosecution", "protection"], period=("2018-01-01", "2018-12-31"), period_stated=True,
       reference="OFICIO N° 075-2019-MP-FN-FISTRAP-LIMA", cited=[], letter_date="2019-01-24",
       layout="short fiscalía oficio; counts in running text incl. number in words; address/phone in letterhead; reserve clause but figures given",
       scan=True, font="Times New Roman", size=12)
d.blocks = letter(S, "OFICIO N° 075-2019-MP-FN-FISTRAP-LIMA", "2019-01-24", body,
                  "Se remite información solicitada", refs=["Solicitud S/N de fecha 09.01.2019"],
                  sign=("ROSA ELVIRA HUAMÁN SOTO", "Fiscal Provincial Titular"), to=3, ngo=3, decenio=False,
                  cc=["REHS/ajg"])
A(d)

# ---------------------------------------------------------------- b006 GORE Loreto
S = dict(name="Gobierno Regional de Loreto", acr="GOREL", kind="regional_government",
         lines=["GOBIERNO REGIONAL DE LORETO", "Gerencia Regional de Desarrollo Social",
                "Av. Abelardo Quiñones Km 1.5 – Iquitos"])
body = [
    P("Es grato dirigirme a usted para saludarla y, en atención a su solicitud, informarle sobre las acciones realizadas por el Gobierno Regional de Loreto contra la trata de personas durante el año 2017."),
    P("1. Mediante Ordenanza Regional N° 012-2017-GRL-CR se reconoció a la Red Regional contra la Trata de Personas de Loreto, que durante el año sesionó en [[c:seis (06)|6|sesión|2017]] oportunidades y aprobó su plan de trabajo alineado al PNAT 2017-2021.", "list"),
    P("2. Se desarrollaron [[c:15|15|charla|2017]] charlas informativas en instituciones educativas de Iquitos, Nauta y Yurimaguas, con la participación de [[c:1 820|1820|estudiante|2017]] estudiantes, así como la feria informativa por el Día Nacional contra la Trata de Personas.", "list"),
    P("3. Para dichas actividades se asignó un presupuesto de [[m:S/. 45 300,00|45300|PEN|2017|allocated]], ejecutándose [[m:S/. 41 872,40|41872.40|PEN|2017|executed]].", "list"),
    P("4. En relación con el programa piloto de reintegración económica de víctimas previsto en el plan regional, se informa que dicho programa no ha sido creado a la fecha, por falta de disponibilidad presupuestal.", "list"),
    P("Adjunto al presente el Informe N° 089-2018-GRL-GRDS/SGPS, que contiene el detalle de las actividades."),
]
d = mk("b006", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["governance", "prevention"], period=("2017-01-01", "2017-12-31"), period_stated=False,
       reference="OFICIO N° 123-2018-GRL/GRDS", cited=["Ordenanza Regional N° 012-2017-GRL-CR", "Informe N° 089-2018-GRL-GRDS/SGPS"],
       letter_date="2018-04-03",
       layout="regional oficio, numbered paragraphs; money as S/. 45 300,00; states a pilot programme was not created beside real figures",
       scan=True, photo=1, font="Arial")
d.notes = "period not written in the subject/request restatement except as 'año 2017' in body -> period_stated false? body says 'durante el año 2017' restating the request: see period_stated"
d.period_stated = True
d.notes = "The body restates the request as 'durante el año 2017'."
d.blocks = letter(S, "OFICIO N° 123-2018-GRL/GRDS", "2018-04-03", body,
                  "Información sobre acciones contra la trata de personas",
                  refs=["Solicitud S/N del 12.03.2018"], city="Iquitos",
                  sign=("Lic. MARÍA TERESA PINEDO DEL ÁGUILA", "Gerente Regional de Desarrollo Social"),
                  cc=["c.c. Archivo GRDS"], to=0, ngo=0, stamp="GOBIERNO REGIONAL DE LORETO – TRÁMITE DOCUMENTARIO – Reg. N° 07741")
A(d)

# ---------------------------------------------------------------- b007 GORE Cusco + SIAF xlsx annex
S = dict(name="Gobierno Regional Cusco", acr="GORE Cusco", kind="regional_government",
         lines=["GOBIERNO REGIONAL CUSCO", "GERENCIA REGIONAL DE PLANEAMIENTO, PRESUPUESTO Y ACONDICIONAMIENTO TERRITORIAL",
                "Sub Gerencia de Presupuesto"])
body = [
    P("Me dirijo a usted en atención a su solicitud de la referencia, mediante la cual requiere información sobre el presupuesto destinado a la lucha contra la trata de personas en el periodo enero 2017 – junio 2018."),
    P("Al respecto, se adjunta el reporte del Sistema Integrado de Administración Financiera (SIAF-SP) de la meta presupuestal vinculada a la prevención y atención de la trata de personas, ejecutada por la Gerencia Regional de Desarrollo Social, con cifras expresadas en soles."),
    P("Como se aprecia en el anexo, en el año 2017 el PIM de la meta ascendió a [[m:S/ 386,540.00|386540|PEN|2017|allocated]] con un devengado de [[m:S/ 352,118.75|352118.75|PEN|2017|executed]]; en el primer semestre de 2018 se devengó el [[p:41.8%|41.8|2018]] del PIM."),
    P("Las actividades ejecutadas comprendieron la conformación de la Mesa Regional contra la Trata de Personas, campañas en las provincias de La Convención, Quispicanchi y Cusco, y la capacitación de operadores de salud y educación."),
]
d = mk("b007", S, fmt="docx+xlsx", language="es", on_topic=True, status="answered", mk=None,
       axes=["governance", "prevention"], period=("2017-01-01", "2018-06-30"), period_stated=True,
       reference="OFICIO N° 0981-2018-GR CUSCO/GRPPAT-SGP", cited=[], letter_date="2018-07-31",
       layout="oficio + SIAF annex (xlsx converted, landscape) with fuente/genérica/meta rows and PIA..Devengado, Avance %; unit EN SOLES in title",
       scan=True, font="Arial")
d.blocks = letter(S, "OFICIO N° 0981-2018-GR CUSCO/GRPPAT-SGP", "2018-07-31", body,
                  "Remito información presupuestal – trata de personas",
                  refs=["Solicitud de acceso a la información pública, Reg. N° 14523"], city="Cusco", dstyle="caps",
                  sign=("ECON. WILBER HUAMANÍ QUISPE", "Sub Gerente de Presupuesto"), to=1, ngo=1,
                  cc=["Adj.: Anexo SIAF"])
cols = lambda yr: [Col("PIA", "money", "allocated", yr, unit_source="page"), Col("PIM", "money", "allocated", yr, unit_source="page"),
                   Col("Certificación", "money", "committed", yr, unit_source="page"),
                   Col("Compromiso anual", "money", "committed", yr, unit_source="page"),
                   Col("Devengado", "money", "executed", yr, unit_source="page"),
                   Col("Girado", "money", "executed", yr, unit_source="page"),
                   Col("Avance %", "percent", year=yr, unit_source="column")]
t17 = Table(caption="AÑO FISCAL 2017", label_header="Fuente / Genérica / Meta", cols=cols(2017),
            rows=[["1. RECURSOS ORDINARIOS", "300,000.00", "312,540.00", "312,540.00", "305,211.00", "290,118.75", "290,118.75", "92.83"],
                  ["2.3 BIENES Y SERVICIOS", "300,000.00", "312,540.00", "312,540.00", "305,211.00", "290,118.75", "290,118.75", "92.83"],
                  ["5. RECURSOS DETERMINADOS", "50,000.00", "74,000.00", "70,500.00", "66,000.00", "62,000.00", "61,450.00", "83.78"],
                  ["2.3 BIENES Y SERVICIOS ", "50,000.00", "74,000.00", "70,500.00", "66,000.00", "62,000.00", "61,450.00", "83.78"],
                  ["TOTAL META 0087", "350,000.00", "386,540.00", "383,040.00", "371,211.00", "352,118.75", "351,568.75", "91.09"]])
t18 = Table(caption="AÑO FISCAL 2018 (AL 30 DE JUNIO)", label_header="Fuente / Genérica / Meta", cols=cols(2018),
            rows=[["1. RECURSOS ORDINARIOS", "320,000.00", "320,000.00", "210,000.00", "180,450.00", "133,760.00", "120,300.00", "41.80"],
                  ["2.3 BIENES Y SERVICIOS", "320,000.00", "320,000.00", "210,000.00", "180,450.00", "133,760.00", "120,300.00", "41.80"],
                  ["TOTAL META 0087", "320,000.00", "320,000.00", "210,000.00", "180,450.00", "133,760.00", "120,300.00", "41.80"]])
d.sheets = [dict(name="SIAF", title=["GOBIERNO REGIONAL CUSCO – SEDE CENTRAL", "REPORTE DE EJECUCIÓN PRESUPUESTAL – META 0087 PREVENCIÓN Y ATENCIÓN DE LA TRATA DE PERSONAS",
                                       "EN SOLES"], tables=[t17, t18], foot=["Fuente: SIAF-SP, consulta amigable al 30.06.2018", "Elaborado por: Sub Gerencia de Presupuesto"],
                 widths=[34, 14, 14, 14, 14, 14, 14, 9])]
A(d)

# ---------------------------------------------------------------- b008 MP Tambopata
S = dict(name="Municipalidad Provincial de Tambopata", acr="MPT", kind="provincial_municipality",
         lines=["MUNICIPALIDAD PROVINCIAL DE TAMBOPATA", "Gerencia de Desarrollo Social y Económico",
                "Puerto Maldonado – Madre de Dios"])
body = [
    P("Me dirijo a usted con relación a su solicitud de información sobre las acciones desarrolladas por esta comuna frente a la trata de personas en el año 2018."),
    P("Al respecto, informo a usted que la Sub Gerencia de Comercialización y Policía Municipal participó, conjuntamente con la Fiscalía Provincial Especializada y la Policía Nacional, en [[c:diecinueve (19)|19|operativo|2018]] operativos de control a bares, discotecas y hospedajes del corredor La Pampa – Mazuko, como resultado de los cuales se clausuraron [[c:23|23|establecimiento|2018]] establecimientos por carecer de licencia."),
    P("Por su parte, la DEMUNA realizó [[c:8|8|campaña|2018]] campañas de sensibilización en mercados y terminales terrestres, y atendió a [[c:11|11|adolescente|2018]] adolescentes derivados por presunta explotación. El gasto total de estas acciones fue de [[m:S/ 18 640.00|18640|PEN|2018|executed]], financiado con recursos directamente recaudados."),
    P("En cuanto a la verificación de las condiciones laborales en los campamentos mineros, se precisa que la inspección del trabajo es competencia de la Superintendencia Nacional de Fiscalización Laboral (SUNAFIL) y de la Dirección Regional de Trabajo, por lo que esta Municipalidad no cuenta con dicha información."),
]
d = mk("b008", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["prosecution", "prevention", "protection"], period=("2018-01-01", "2018-12-31"), period_stated=True,
       reference="CARTA N° 045-2019-MPT/GDSE", cited=[], letter_date="2019-03-11",
       layout="municipal carta, running text only; contains 'la inspección es competencia de SUNAFIL' beside real figures",
       scan=True, font="Arial", size=11)
d.blocks = letter(S, "CARTA N° 045-2019-MPT/GDSE", "2019-03-11", body, "Respuesta a solicitud de información",
                  refs=["Solicitud de fecha 20 de febrero de 2019"], city="Puerto Maldonado",
                  sign=("Abog. JHON FREDDY CHAMBI CONDORI", "Gerente de Desarrollo Social y Económico"), to=2, ngo=2,
                  cc=["Cc.: Archivo"], decenio=False)
A(d)

# ---------------------------------------------------------------- b009 MD San Juan de Lurigancho null answer
S = dict(name="Municipalidad Distrital de San Juan de Lurigancho", acr="MDSJL", kind="district_municipality",
         lines=["MUNICIPALIDAD DE SAN JUAN DE LURIGANCHO", "Secretaría General – Funcionario Responsable de Acceso a la Información Pública"])
body = [
    P("Me dirijo a usted en atención a su solicitud de acceso a la información pública, a través de la cual requiere conocer las acciones desarrolladas por esta Municipalidad en el marco del Plan Nacional contra la Trata de Personas 2017-2021, así como el presupuesto asignado, durante el año 2017."),
    P("Al respecto, la Gerencia de Desarrollo Social, mediante Memorando N° 0312-2018-GDS/MDSJL, ha informado que durante el periodo solicitado esta Municipalidad no ha desarrollado acciones específicas de prevención de la trata de personas ni ha asignado presupuesto para dicho fin, toda vez que no se cuenta con una meta presupuestal vinculada a la materia."),
    P("Asimismo, la Sub Gerencia de Planeamiento y Presupuesto ha confirmado que en el Presupuesto Institucional Modificado del año 2017 no existe actividad alguna relacionada con la trata de personas."),
    P("Sin perjuicio de ello, se le comunica que la Municipalidad viene evaluando su incorporación a la Red Distrital de Protección de niñas, niños y adolescentes."),
]
d = mk("b009", S, fmt="docx", language="es", on_topic=True, status="answered", mk=None,
       axes=["prevention", "governance"], period=("2017-01-01", "2017-12-31"), period_stated=True,
       reference="CARTA N° 214-2018-SG/MDSJL", cited=["Memorando N° 0312-2018-GDS/MDSJL"], letter_date="2018-02-27",
       layout="short municipal carta; substantive null answer (no actions, no budget in 2017); no figures",
       scan=False, font="Arial")
d.notes = "Substantive null answer: answered with no figures; axes are those the null statement covers (prevention actions, budget)."
d.blocks = letter(S, "CARTA N° 214-2018-SG/MDSJL", "2018-02-27", body, "Atención a solicitud de acceso a la información pública",
                  refs=["Expediente N° 6721-2018"], sign=("Abog. PATRICIA MILAGROS RUIZ ORÉ", "Secretaria General"),
                  to=3, ngo=3, dstyle="long0", cc=[])
A(d)
