from common import *
S = []
# ---------------- b225 MINEM not competent
S.append(dict(id="b225", year=2018, letterhead="MINISTERIO DE ENERGÍA Y MINAS\nOficina General de Administración - Transparencia",
 meta=dict(layout="terse oficio, not competent without referral", language="es", on_topic=True, status="missing", missing_kind="not_competent", axes=[],
  period_start="2018-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Ministerio de Energía y Minas", acronym="MINEM", kind="ministry"),
  reference="OFICIO N° 1520-2018-MEM/OGA", cited_references=["Registro N° 2867431"], letter_date="2018-12-04"),
 scanned=True, photo=False,
 body=[R("San Borja, 04 de diciembre de 2018"), B("OFICIO N° 1520-2018-MEM/OGA"), P("Señor\nFernando Tapia Ccallo\nAsociación Minería Justa\nPresente.-"),
  P("**Asunto:** Respuesta a solicitud de acceso a la información pública (Registro N° 2867431)"),
  P("Me dirijo a usted en atención a su solicitud sobre acciones contra la trata de personas en zonas de minería informal durante el año 2018. Al respecto, cumplo con informarle que este Ministerio no tiene competencias asignadas en el Plan Nacional contra la Trata de Personas 2017-2021 ni en la persecución de dicho delito, por lo que no es posible atender su pedido."),
  *sign("CPC. GUSTAVO LINARES PAZ", "Director General de Administración", "Ministerio de Energía y Minas")]))

# ---------------- b226 UNMSM not competent referred
S.append(dict(id="b226", year=2019, letterhead="UNIVERSIDAD NACIONAL MAYOR DE SAN MARCOS\nSecretaría General",
 meta=dict(layout="carta, referral to Ministerio Público", language="es", on_topic=True, status="missing", missing_kind="not_competent_referred", axes=["prosecution"],
  period_start="2019-01-01", period_end="2019-06-30", period_stated=True,
  sender=dict(name="Universidad Nacional Mayor de San Marcos", acronym="UNMSM", kind="other"),
  reference="CARTA N° 0412-SG-2019", cited_references=["Expediente N° 04518-SG-2019", "Oficio N° 0413-SG-2019"], letter_date="2019-08-02"),
 scanned=True, photo=False,
 body=[R("Lima, 02 de agosto de 2019"), B("CARTA N° 0412-SG-2019"), P("Señorita\nMaría Fernanda Loli\nEstudiantes por los Derechos Humanos\nPresente.-"),
  P("**Asunto:** Solicitud de información sobre denuncias por trata de personas (enero - junio 2019)"), P("**Ref.:** Expediente N° 04518-SG-2019"),
  P("Es grato dirigirme a usted en atención a su pedido de información sobre denuncias y casos fiscales por trata de personas registrados entre enero y junio de 2019 en Lima Metropolitana."),
  P("Al respecto, la Universidad no es generadora ni poseedora de dicha información. Considerando que la persecución del delito corresponde al Ministerio Público, su pedido ha sido remitido a la Fiscalía de la Nación mediante Oficio N° 0413-SG-2019, conforme al artículo 11 literal b) del TUO de la Ley N° 27806."),
  *sign("DR. JORGE LUIS CHÁVEZ RAMOS", "Secretario General", "Universidad Nacional Mayor de San Marcos")]))

# ---------------- b227 PNP Región Policial Arequipa answered plain
S.append(dict(id="b227", year=2019, letterhead="POLICÍA NACIONAL DEL PERÚ\nIII Macro Región Policial Arequipa - Región Policial Arequipa\nDivisión de Investigación Criminal",
 meta=dict(layout="oficio + parte with ruled monthly table and totals", language="es", on_topic=True, status="answered", missing_kind=None,
  axes=["prosecution", "protection"], period_start="2018-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Región Policial Arequipa (Policía Nacional del Perú)", acronym="PNP", kind="police"),
  reference="OFICIO N° 274-2019-REGPOL-AQP/DIVINCRI-DEPINTRAT", cited_references=["Solicitud de fecha 02ENE2019"], letter_date="2019-01-21"),
 scanned=True, photo=True,
 body=[R("Arequipa, 21 de enero de 2019"), B("OFICIO N° 274-2019-REGPOL-AQP/DIVINCRI-DEPINTRAT"), P("Señora\nRepresentante Legal\nAsociación Mujeres del Sur\nPresente.-"),
  P("**Asunto:** Remite información estadística sobre trata de personas - año 2018"), P("**Ref.:** Solicitud de fecha 02ENE2019"),
  P("Tengo el honor de dirigirme a usted, en atención al documento de la referencia, para remitirle la información estadística del Departamento de Investigación de Trata de Personas de Arequipa correspondiente al año 2018:"),
  T(ctx=dict(us="column", year=2018), head=[["Trimestre", "Denuncias", "Operativos", "Detenidos", "Víctimas rescatadas"]],
    colctx={1: dict(what="denuncia"), 2: dict(what="operativo"), 3: dict(what="detenido"), 4: dict(what="víctima")},
    rows=[["I Trimestre", "[[#14]]", "[[#9]]", "[[#6]]", "[[#21]]"], ["II Trimestre", "[[#18]]", "[[#12]]", "[[#10]]", "[[#27]]"], ["III Trimestre", "[[#11]]", "[[#8]]", "[[#5]]", "[[#16]]"], ["IV Trimestre", "[[#20]]", "[[#15]]", "[[#13]]", "[[#34]]"], ["TOTAL", "[[#63]]", "[[#44]]", "[[#34]]", "[[#98]]"]], boldrows=[4]),
  P("Las víctimas rescatadas fueron puestas a disposición de la Unidad de Protección Especial (UPE) en el caso de menores de edad, y de la UDAVIT del Ministerio Público en el caso de personas adultas; [[#61 de ellas|w=víctima|y=2018]] eran menores de edad."),
  P("Se hace de conocimiento que las denuncias pueden presentarse en cualquier dependencia policial o a través de la línea 1818."),
  *sign("CORONEL PNP RICARDO ESPINOZA TALAVERA", "Jefe de la División de Investigación Criminal", "Región Policial Arequipa")]))

# ---------------- b229 MINJUSDH docx native out of period
S.append(dict(id="b229", year=2019, letterhead="MINISTERIO DE JUSTICIA Y DERECHOS HUMANOS\nDirección General de Defensa Pública y Acceso a la Justicia",
 meta=dict(layout="DOCX native; oficio with ruled table of public defence for victims 2016-2017", language="es", on_topic=True, status="out_of_period", missing_kind=None,
  axes=["protection"], period_start="2019-01-01", period_end="2019-12-31", period_stated=True,
  sender=dict(name="Ministerio de Justicia y Derechos Humanos", acronym="MINJUSDH", kind="ministry"),
  reference="OFICIO N° 2841-2019-JUS/DGDPAJ", cited_references=["Hoja de Trámite N° 255103-2019"], letter_date="2019-10-30"),
 scanned=True, photo=True, native="docx", notes="Native is DOCX; pages refer to the LibreOffice PDF rendering (render/b229.pdf). Requested 2019, only 2016-2017 data.",
 body=[R("Miraflores, 30 de octubre de 2019"), B("OFICIO N° 2841-2019-JUS/DGDPAJ"), P("Señor\nCoordinador\nRed de Defensa Legal de Víctimas\nPresente.-"),
  P("**Asunto:** Patrocinio legal a víctimas de trata de personas durante el periodo 2019"), P("**Referencia:** Hoja de Trámite N° 255103-2019"),
  P("Me dirijo a usted en atención al documento de la referencia. Sobre el particular, la Dirección de Asistencia Legal y Defensa de Víctimas cuenta con la siguiente información sistematizada de patrocinios a víctimas de trata de personas:"),
  T(ctx=dict(us="column"), head=[["Año", "Patrocinios\nnuevos", "Víctimas\npatrocinadas", "Defensores\npúblicos asignados"]], rowlabel=lambda r: r[0],
    colctx={1: dict(what="patrocinio"), 2: dict(what="víctima"), 3: dict(what="defensor público")}, rowctx={0: dict(year=2016), 1: dict(year=2017)},
    rows=[["2016", "[[#142]]", "[[#167]]", "[[#38]]"], ["2017", "[[#188]]", "[[#214]]", "[[#45]]"]]),
  P("La información correspondiente a los años siguientes viene siendo migrada al nuevo Sistema de Gestión de Defensa Pública, por lo que será publicada oportunamente."),
  *sign("ABOG. GLORIA ÁLVAREZ ROJAS", "Directora General de Defensa Pública y Acceso a la Justicia", "MINJUSDH")]))

# ---------------- b230 Migraciones Spanish out of period
S.append(dict(id="b230", year=2018, letterhead="SUPERINTENDENCIA NACIONAL DE MIGRACIONES\nGerencia de Servicios Migratorios",
 meta=dict(layout="oficio with figures in running text only", language="es", on_topic=True, status="out_of_period", missing_kind=None,
  axes=["protection", "prosecution"], period_start="2017-01-01", period_end="2018-06-30", period_stated=True,
  sender=dict(name="Superintendencia Nacional de Migraciones", acronym="MIGRACIONES", kind="other"),
  reference="OFICIO N° 000561-2018-GSM/MIGRACIONES", cited_references=["Solicitud SAIP N° 2018-1109"], letter_date="2018-09-12"),
 scanned=True, photo=True, notes="Requested 01/01/2017-30/06/2018; only 2015-2016 figures.",
 body=[R("Breña, 12 de setiembre de 2018"), B("OFICIO N° 000561-2018-GSM/MIGRACIONES"), P("Señora\nIsabel Carrasco Ugarte\nObservatorio de Movilidad Humana\nPresente.-"),
  P("**Asunto:** Calidad migratoria humanitaria otorgada a víctimas de trata"), P("**Referencia:** Solicitud SAIP N° 2018-1109 (periodo: 01/01/2017 - 30/06/2018)"),
  P("De mi consideración:"),
  P("En atención a la solicitud de la referencia, se informa que, de acuerdo con los registros de la Gerencia de Servicios Migratorios, en el año 2015 se otorgó la calidad migratoria humanitaria a [[#12 ciudadanos extranjeros|w=ciudadano extranjero|y=2015]] identificados como víctimas de trata de personas, y en el año 2016 a [[#19 ciudadanos extranjeros|w=ciudadano extranjero|y=2016]], en su mayoría de nacionalidad venezolana, colombiana y boliviana."),
  P("Asimismo, en el año 2016 se emitieron [[#57 alertas migratorias|w=alerta migratoria|y=2016]] a solicitud del Ministerio Público y de la Policía Nacional respecto de presuntos tratantes, y se impidió la salida del país de [[#8 menores de edad|w=menor de edad|y=2016]] que viajaban sin la autorización correspondiente."),
  P("Los registros posteriores se encuentran en proceso de depuración con la implementación del nuevo sistema de control migratorio."),
  *sign("ABOG. HÉCTOR VILLACORTA SALINAS", "Gerente de Servicios Migratorios", "MIGRACIONES")]))

# ---------------- b231 UNT safety committee acta (off-topic)
S.append(dict(id="b231", year=2019, letterhead="UNIVERSIDAD NACIONAL DE TRUJILLO\nComité de Seguridad y Salud en el Trabajo",
 meta=dict(layout="acta de sesión, numbered agreements", language="es", on_topic=False, status="missing", missing_kind="off_topic", axes=[],
  period_start=None, period_end=None, period_stated=False,
  sender=dict(name="Universidad Nacional de Trujillo", acronym="UNT", kind="other"),
  reference="ACTA N° 005-2019-CSST-UNT", cited_references=["Ley N° 29783"], letter_date="2019-05-09"),
 scanned=True, photo=False,
 body=[H("ACTA N° 005-2019-CSST-UNT"), C("SESIÓN ORDINARIA DEL COMITÉ DE SEGURIDAD Y SALUD EN EL TRABAJO"),
  P("En la ciudad de Trujillo, siendo las 10:00 horas del día 09 de mayo de 2019, en la Sala de Sesiones del Rectorado, Av. Juan Pablo II s/n, se reunieron los miembros titulares del Comité de Seguridad y Salud en el Trabajo, constituido conforme a la Ley N° 29783, con la asistencia de [[#8 miembros|w=miembro|y=2019]] de un total de [[#10 miembros|w=miembro]], verificándose el quórum reglamentario."),
  B("AGENDA"), LI("1. Informe de inspecciones de seguridad en laboratorios."), LI("2. Avance del Programa Anual de Seguridad y Salud en el Trabajo 2019."), LI("3. Adquisición de equipos de protección personal."),
  B("ACUERDOS"),
  LI("1. Aprobar el informe de inspecciones, en el que se identificaron [[#23 observaciones|w=observación|y=2019]] en laboratorios de la Facultad de Ingeniería Química."),
  LI("2. Se informa un avance del [[%41 %|y=2019]] del Programa Anual de SST al mes de abril."),
  LI("3. Solicitar a la Oficina de Logística la adquisición de equipos de protección personal por un monto referencial de [[$S/ 48,900.00|y=2019|r=-]]."),
  P("Siendo las 12:15 horas se dio por concluida la sesión, firmando los asistentes en señal de conformidad."),
  P("Ing. Alfonso Reyes Gil - Presidente      Lic. Rosa Cabrera León - Secretaria")]))

# ---------------- b232 MTPE answered + xlsx annex
S.append(dict(id="b232", year=2019, letterhead="MINISTERIO DE TRABAJO Y PROMOCIÓN DEL EMPLEO\nDirección General de Derechos Fundamentales y Seguridad y Salud en el Trabajo",
 meta=dict(layout="oficio + XLSX annex converted to PDF (several sheets: activities and budget)", language="es", on_topic=True, status="answered", missing_kind=None,
  axes=["prevention", "prosecution", "governance"], period_start="2017-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Ministerio de Trabajo y Promoción del Empleo", acronym="MTPE", kind="ministry"),
  reference="OFICIO N° 0211-2019-MTPE/2/15", cited_references=["Hoja de Ruta N° E-004417-2019"], letter_date="2019-02-14"),
 scanned=True, photo=True, annex="b232",
 body=[R("Lima, 14 de febrero de 2019"), B("OFICIO N° 0211-2019-MTPE/2/15"), P("Señor\nDirector Ejecutivo\nCentro de Políticas Públicas y Trabajo Decente\nPresente.-"),
  P("**Asunto:** Información sobre acciones contra el trabajo forzoso y la trata con fines de explotación laboral"), P("**Referencia:** Hoja de Ruta N° E-004417-2019"),
  P("Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, mediante el cual solicita información de las acciones realizadas entre enero de 2017 y diciembre de 2018 en el marco del PNAT 2017-2021 y del III Plan Nacional para la Lucha contra el Trabajo Forzoso."),
  P("Al respecto, la Dirección de Promoción y Protección de los Derechos Fundamentales Laborales informa que en dicho periodo la Comisión Nacional para la Lucha contra el Trabajo Forzoso sesionó en [[#11 oportunidades|w=sesión]], y que se capacitó a [[#524 inspectores|w=inspector]] de trabajo en la identificación de indicios de trata con fines de explotación laboral."),
  P("En el anexo se detallan las actividades de prevención y el presupuesto asignado y ejecutado por año."),
  *sign("ABOG. CARLOS ENRIQUE ROJAS VEGA", "Director General de Derechos Fundamentales y Seguridad y Salud en el Trabajo", "MTPE")]))

# ---------------- b233 Cancillería English answered
S.append(dict(id="b233", year=2019, letterhead="MINISTRY OF FOREIGN AFFAIRS OF PERU\nDirectorate of Protection and Assistance to Nationals",
 meta=dict(layout="English letter with unruled table by country", language="en", on_topic=True, status="answered", missing_kind=None,
  axes=["protection"], period_start="2018-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Ministerio de Relaciones Exteriores", acronym="RREE", kind="ministry"),
  reference="Note RE (DGC-DAN) N° 2-10-B/214", cited_references=["Request No. 2019-0087"], letter_date="2019-03-05"),
 scanned=True, photo=True,
 body=[R("Lima, 5 March 2019"), B("Note RE (DGC-DAN) N° 2-10-B/214"), P("Dr. Laura Benedetti\nHuman Trafficking Research Unit\nUniversity of Bologna\nItaly"),
  P("**Subject:** Assistance to Peruvian victims of trafficking abroad in 2018 (Request No. 2019-0087)"),
  P("Dear Dr. Benedetti,"),
  P("In response to your request, the Directorate of Protection and Assistance to Nationals informs that in 2018 Peruvian consular offices assisted [[#47 Peruvian nationals|w=peruvian national|y=2018]] identified as victims of trafficking in persons abroad. Of them, [[#29 victims|w=victim|y=2018]] were repatriated with funds from the Humanitarian Assistance Fund, for a total of [[$US$ 41,380|y=2018|r=executed]]."),
  T(ruled=False, ctx=dict(us="column", year=2018), head=[["Country of exploitation", "Victims assisted", "Repatriated"]],
    colctx={1: dict(what="victim"), 2: dict(what="victim")},
    rows=[["Argentina", "[[#16]]", "[[#9]]"], ["Chile", "[[#12]]", "[[#8]]"], ["Spain", "[[#8]]", "[[#5]]"], ["Ecuador", "[[#6]]", "[[#4]]"], ["Other", "[[#5]]", "[[#3]]"]]),
  P("Psychological and legal assistance was coordinated with local authorities and civil society organisations in each country."),
  *sign_en("MIN. CONS. ANA MARÍA DELGADO", "Director of Protection and Assistance to Nationals", "Ministry of Foreign Affairs")]))

# ---------------- b234 GR Junín future plans
S.append(dict(id="b234", year=2020, letterhead="GOBIERNO REGIONAL JUNÍN\nGerencia Regional de Desarrollo Social",
 meta=dict(layout="informe I/II/III describing only plans 2021-2022, budget in text and table", language="es", on_topic=True, status="out_of_period", missing_kind=None,
  axes=["governance", "prevention"], period_start="2019-01-01", period_end="2019-12-31", period_stated=True,
  sender=dict(name="Gobierno Regional de Junín", acronym="GRJ", kind="regional_government"),
  reference="INFORME N° 019-2020-GRJ/GRDS/SGDS", cited_references=["Expediente N° 3145187"], letter_date="2020-03-02"),
 scanned=True, photo=True, notes="Requested año 2019; only 2021-2022 plans.",
 body=[H("INFORME N° 019-2020-GRJ/GRDS/SGDS"),
  P("**A:** Gerente Regional de Desarrollo Social\n**DE:** Subgerente de Desarrollo Social\n**ASUNTO:** Atención a la solicitud de información sobre trata de personas del año 2019 (Expediente N° 3145187)\n**FECHA:** Huancayo, 02 de marzo de 2020"),
  B("I. ANTECEDENTES"), P("La organización Mujeres del Mantaro solicita información sobre las acciones del Gobierno Regional contra la trata de personas durante el año 2019."),
  B("II. ANÁLISIS"),
  P("2.1 La Subgerencia ha formulado la propuesta de Plan Regional de Acción contra la Trata de Personas 2021-2022, que prevé la creación de la Mesa Regional contra la Trata y un sistema regional de seguimiento de casos."),
  P("2.2 Para su ejecución se ha previsto una demanda adicional de [[$S/ 1.8 millones|v=1800000|r=allocated]] para el bienio 2021-2022, distribuidos de la siguiente manera:"),
  T(ctx=dict(us="column", role="allocated"), head=[["Componente", "2021 (S/)", "2022 (S/)"]], colctx={1: dict(year=2021), 2: dict(year=2022)},
    rows=[["Mesa regional y sistema de seguimiento", "[[$210,000]]", "[[$190,000]]"], ["Campañas de prevención en Satipo y Chanchamayo", "[[$520,000]]", "[[$480,000]]"], ["Capacitación a docentes", "[[$200,000]]", "[[$200,000]]"]]),
  B("III. CONCLUSIONES"), P("3.1 Las acciones contra la trata de personas se encuentran en etapa de planificación para el periodo 2021-2022."),
  *sign("LIC. EDITH CAMPOS ROMERO", "Subgerente de Desarrollo Social", "Gobierno Regional Junín")]))

# ---------------- b235 MP Huancayo no_information
S.append(dict(id="b235", year=2019, letterhead="MUNICIPALIDAD PROVINCIAL DE HUANCAYO\nOficina de Secretaría General",
 meta=dict(layout="terse oficio, no information", language="es", on_topic=True, status="missing", missing_kind="no_information", axes=["prevention"],
  period_start="2018-01-01", period_end="2018-12-31", period_stated=True,
  sender=dict(name="Municipalidad Provincial de Huancayo", acronym="MPH", kind="provincial_municipality"),
  reference="OFICIO N° 0731-2019-MPH/SG", cited_references=["Expediente N° 221508"], letter_date="2019-04-25"),
 scanned=90, photo=False,
 body=[R("Huancayo, 25 de abril de 2019"), B("OFICIO N° 0731-2019-MPH/SG"), P("Señora\nDirectora\nAsociación Mujeres del Mantaro\nPresente.-"),
  P("**Asunto:** Información sobre campañas de prevención de la trata de personas, año fiscal 2018 (Expediente N° 221508)"),
  P("Por medio del presente me dirijo a usted para comunicarle que, efectuada la búsqueda en el acervo documentario de las Gerencias de Desarrollo Social y de Seguridad Ciudadana, no se ha ubicado información relacionada con lo solicitado. En consecuencia, esta entidad no se encuentra en posibilidad de proporcionarla."),
  *sign("ABOG. ROGER MEZA CAMAYO", "Secretario General", "Municipalidad Provincial de Huancayo")]))

# ---------------- b236 Defensoría del Pueblo: figures + corresponde a otra entidad
S.append(dict(id="b236", year=2018, letterhead="DEFENSORÍA DEL PUEBLO\nAdjuntía para los Derechos de la Mujer",
 meta=dict(layout="carta + informe with numbered sections; ruled table of supervisions; statement that data belongs to another entity", language="es", on_topic=True, status="answered", missing_kind=None,
  axes=["governance", "protection"], period_start="2017-01-01", period_end="2017-12-31", period_stated=True,
  sender=dict(name="Defensoría del Pueblo", acronym="DP", kind="autonomous"),
  reference="CARTA N° 0097-2018-DP/ADM", cited_references=["Informe de Adjuntía N° 006-2018-DP/ADM", "Expediente N° 0112-2018"], letter_date="2018-03-27"),
 scanned=True, photo=True, notes="Figures on supervisions of regional commissions and shelters; says victim statistics 'corresponde a otra entidad' (Ministerio Público / MININTER).",
 body=[R("Lima, 27 de marzo de 2018"), B("CARTA N° 0097-2018-DP/ADM"), P("Señora\nNelly Aguirre Ccori\nColectivo Feminista Tejiendo Redes\nPresente.-"),
  P("**Asunto:** Solicitud de información - supervisión del PNAT, año 2017"), P("**Referencia:** Expediente N° 0112-2018"),
  P("Tengo el agrado de dirigirme a usted para remitirle, en atención a su solicitud, un resumen de los resultados de la supervisión realizada por esta Adjuntía durante el año 2017, contenidos en el Informe de Adjuntía N° 006-2018-DP/ADM."),
  *sign("DRA. ELIANA REVOLLAR AÑAÑOS", "Adjunta para los Derechos de la Mujer", "Defensoría del Pueblo"), PB,
  H("RESUMEN DEL INFORME DE ADJUNTÍA N° 006-2018-DP/ADM"),
  P("1. Durante el año 2017 la Defensoría del Pueblo supervisó el funcionamiento de las instancias regionales contra la trata de personas y de los servicios de acogida para víctimas. Se visitaron [[#22 regiones|w=región|y=2017]]:"),
  T(ctx=dict(us="column", year=2017), head=[["Aspecto supervisado", "Regiones\nsupervisadas", "Con resultado\nfavorable", "% favorable"]],
    colctx={1: dict(what="región"), 2: dict(what="región")},
    rows=[["Comisión o red regional instalada", "[[#22]]", "[[#17]]", "[[%77.3]]"], ["Plan regional aprobado", "[[#22]]", "[[#9]]", "[[%40.9]]"], ["Presupuesto asignado a la instancia regional", "[[#22]]", "[[#5]]", "[[%22.7]]"], ["Hogar de refugio temporal operativo", "[[#22]]", "[[#6]]", "[[%27.3]]"]]),
  P("2. Se supervisaron [[#9 Centros de Acogida Residencial|w=centro de acogida residencial|y=2017]] que albergan víctimas de trata, encontrándose que solo [[#3 de ellos|w=centro de acogida residencial|y=2017]] contaban con equipo psicológico completo."),
  P("3. Respecto de las estadísticas de denuncias, investigaciones y sentencias, se precisa que dicha información corresponde a otra entidad (Ministerio Público, Ministerio del Interior y Poder Judicial), a las que puede dirigir su pedido."),
  P("4. La Defensoría del Pueblo atiende consultas en la línea gratuita 0800-15-170.")]))
