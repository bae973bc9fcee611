# XLSX specs: annexes (converted to PDF and appended to the letter) and natives (kept as .xlsx)
from common import *
ANNEX = {}
ANNEX["b211"] = dict(sheets=[dict(name="Anexo", titles=["ANEXO - OFICIO N° 116-2019-MIMP-INABIF-USPNNA", "Residentes víctimas de trata atendidos y gasto ejecutado por CAR especializado - Año 2018"],
  ctx=dict(us="column", year=2018),
  head=[["Centro de Acogida Residencial", "Región", "N° de beneficiarios", "Gasto ejecutado (S/)"]],
  colctx={2: dict(what="beneficiario"), 3: dict(role="executed")},
  rows=[["CAR Especializado Casa Rosa", "Lima", "[[#24]]", "[[$812,450.30]]"], ["CAR Especializado Santa Rosa", "Cusco", "[[#17]]", "[[$596,120.00]]"], ["CAR Especializado Nuevo Amanecer", "Madre de Dios", "[[#15]]", "[[$540,870.55]]"], ["CAR Especializado Esperanza", "Loreto", "[[#11]]", "[[$433,905.10]]"], ["CAR Especializado Vida Nueva", "Lima", "[[#9]]", "[[$388,014.20]]"], ["TOTAL", "", "[[#76]]", "[[$2,771,360.15]]"]], boldrows=[5],
  notes=["Fuente: Unidad de Servicios de Protección de NNA - INABIF. Elaboración propia."], widths=[38, 16, 18, 22])])
ANNEX["b219"] = dict(sheets=[dict(name="Presupuesto 2019", titles=["ANEXO 1: Ejecución presupuestal de acciones contra la trata de personas - Año fiscal 2019", "(En miles de soles)"],
  ctx=dict(us="caption", year=2019, factor=1000.0),
  head=[["Actividad", "PIA", "PIM", "Devengado", "Avance %"]],
  colctx={1: dict(role="allocated"), 2: dict(role="allocated"), 3: dict(role="executed")},
  rows=[["Comisión Regional y seguimiento del Plan Regional", "[[$45.0]]", "[[$62.5]]", "[[$58.1]]", "[[%93.0%|u=column]]"], ["Prevención en instituciones educativas", "[[$180.0]]", "[[$214.8]]", "[[$199.6]]", "[[%92.9%|u=column]]"], ["Hogar de refugio temporal Casa Esperanza", "[[$320.0]]", "[[$355.2]]", "[[$341.7]]", "[[%96.2%|u=column]]"], ["TOTAL", "[[$545.0]]", "[[$632.5]]", "[[$599.4]]", "[[%94.8%|u=column]]"]], boldrows=[3],
  notes=["Fuente: Consulta Amigable MEF, corte al 31/12/2019."], widths=[46, 12, 12, 14, 12])])
ANNEX["b232"] = dict(sheets=[
 dict(name="Actividades", titles=["ANEXO 1 - Actividades de prevención 2017-2018", "Dirección de Promoción y Protección de los Derechos Fundamentales Laborales"], ctx=dict(us="column"),
  head=[["Actividad", "Talleres realizados", None, "Personas capacitadas", None], ["^", "2017", "2018", "2017", "2018"]],
  colctx={1: dict(year=2017, what="taller"), 2: dict(year=2018, what="taller"), 3: dict(year=2017, what="persona"), 4: dict(year=2018, what="persona")},
  rows=[["Talleres a empleadores agrícolas", "[[#12]]", "[[#18]]", "[[#410]]", "[[#655]]"], ["Talleres a trabajadores del hogar", "[[#8]]", "[[#11]]", "[[#236]]", "[[#301]]"], ["Talleres en ferias laborales \"Trabajo sin Trata\"", "[[#4]]", "[[#6]]", "[[#1,820]]", "[[#2,475]]"]],
  widths=[40, 12, 12, 14, 14]),
 dict(name="Presupuesto", titles=["ANEXO 2 - Presupuesto de la actividad 5005927 (trabajo forzoso y trata)"], ctx=dict(us="column"),
  head=[["Año", "PIM (S/)", "Devengado (S/)", "% ejecución"]],
  colctx={1: dict(role="allocated"), 2: dict(role="executed")}, rowctx={0: dict(year=2017), 1: dict(year=2018)},
  rows=[["2017", "[[$1,420,000.00]]", "[[$1,302,511.40]]", "[[%91.7%]]"], ["2018", "[[$1,655,000.00]]", "[[$1,598,202.65]]", "[[%96.6%]]"]], widths=[20, 18, 18, 14])])

NATIVE = []
NATIVE.append(dict(id="b228", year=2019, sheets=[dict(name="Reporte", titles=["PROGRAMA NACIONAL DE ALIMENTACIÓN ESCOLAR QALI WARMA", "Reporte de ejecución presupuestal por fuente de financiamiento - I semestre 2019", "Expresado en soles"],
  ctx=dict(us="caption", year=2019),
  head=[["Unidad Territorial", "PIM", "Certificado", "Devengado", "% Avance"]],
  colctx={1: dict(role="allocated"), 2: dict(role="committed"), 3: dict(role="executed"), 4: dict(us="column")},
  rows=[["UT Lima Metropolitana", "[[$58,412,300.00]]", "[[$51,204,118.20]]", "[[$27,880,412.55]]", "[[%47.7%]]"], ["UT Cusco", "[[$41,250,800.00]]", "[[$38,114,050.00]]", "[[$19,720,331.10]]", "[[%47.8%]]"], ["UT Puno", "[[$39,874,100.00]]", "[[$35,001,870.40]]", "[[$18,215,008.75]]", "[[%45.7%]]"]],
  notes=["Fuente: SIAF-SP. Fecha de corte: 30/06/2019."], widths=[30, 18, 18, 18, 10])],
 meta=dict(layout="XLSX native, single sheet budget report of an unrelated programme (unit in caption)", language="es", on_topic=False, status="missing", missing_kind="off_topic", axes=[],
  period_start=None, period_end=None, period_stated=False, sender=dict(name="Programa Nacional de Alimentación Escolar Qali Warma", acronym="PNAEQW", kind="other"),
  reference=None, cited_references=[], letter_date=None, notes="Native is XLSX; page = sheet number (1).")))
NATIVE.append(dict(id="b242", year=2021, sheets=[dict(name="Respuesta", titles=["PODER JUDICIAL - CORTE SUPERIOR DE JUSTICIA DE CUSCO", "Coordinación de Estadística", "Información solicitada: procesos por trata de personas, periodo 2017-2018 (Solicitud N° 0091-2021)", "Se remite la información disponible en el sistema:"],
  ctx=dict(us="column"),
  head=[["Órgano jurisdiccional", "Expedientes ingresados", None, "Sentencias", None], ["^", "2019", "2020", "2019", "2020"]],
  colctx={1: dict(year=2019, what="expediente"), 2: dict(year=2020, what="expediente"), 3: dict(year=2019, what="sentencia"), 4: dict(year=2020, what="sentencia")},
  rows=[["Juzgados de Investigación Preparatoria - Cusco", "[[#27]]", "[[#19]]", "[[#0]]", "[[#0]]"], ["Juzgados Penales Colegiados - Cusco", "[[#14]]", "[[#11]]", "[[#8]]", "[[#5]]"], ["Juzgado Penal de Quillabamba", "[[#9]]", "[[#6]]", "[[#3]]", "[[#2]]"]],
  notes=["Nota: los registros del sistema anteriores a 2019 no se encuentran disponibles.", "Cusco, 15 de marzo de 2021"], widths=[44, 13, 13, 13, 13])],
 meta=dict(layout="XLSX native, single sheet with merged two-level header; period stated in title rows", language="es", on_topic=True, status="out_of_period", missing_kind=None, axes=["prosecution"],
  period_start="2017-01-01", period_end="2018-12-31", period_stated=True, sender=dict(name="Corte Superior de Justicia de Cusco (Poder Judicial)", acronym="CSJCU", kind="autonomous"),
  reference=None, cited_references=["Solicitud N° 0091-2021"], letter_date="2021-03-15", notes="Native is XLSX; page = sheet number. Requested 2017-2018, gives 2019-2020.")))
NATIVE.append(dict(id="b246", year=2019, sheets=[
 dict(name="Acciones 2018", titles=["GOBIERNO REGIONAL DE MADRE DE DIOS - GERENCIA REGIONAL DE DESARROLLO SOCIAL", "Respuesta a la Solicitud N° 112-2019: acciones contra la trata de personas, año 2018"],
  ctx=dict(us="column", year=2018),
  head=[["Acción", "Meta", "Ejecutado", "Beneficiarios"]], colctx={3: dict(what="beneficiario")},
  rows=[["Sesiones de la Mesa Regional contra la Trata", "[[#6|w=sesión]]", "[[#5|w=sesión]]", "-"], ["Talleres en colegios de Tambopata y Manu", "[[#30|w=taller]]", "[[#34|w=taller]]", "[[#2,140]]"], ["Campaña \"Madre de Dios sin Trata\" en La Pampa", "[[#2|w=campaña]]", "[[#2|w=campaña]]", "[[#5,600]]"]], widths=[46, 10, 12, 14]),
 dict(name="Presupuesto 2018", titles=["Presupuesto de la Mesa Regional y del Plan Regional contra la Trata 2018"], ctx=dict(us="column", year=2018),
  head=[["Fuente", "PIM S/", "Ejecutado S/"]], colctx={1: dict(role="allocated"), 2: dict(role="executed")},
  rows=[["Recursos Ordinarios", "[[$150,000.00]]", "[[$141,320.50]]"], ["Recursos Determinados", "[[$65,000.00]]", "[[$48,900.00]]"]], widths=[30, 16, 16])],
 meta=dict(layout="XLSX native, two sheets (actions, budget), ruled", language="es", on_topic=True, status="answered", missing_kind=None, axes=["governance", "prevention"],
  period_start="2018-01-01", period_end="2018-12-31", period_stated=True, sender=dict(name="Gobierno Regional de Madre de Dios", acronym="GOREMAD", kind="regional_government"),
  reference=None, cited_references=["Solicitud N° 112-2019"], letter_date=None, notes="Native is XLSX; page = sheet number. Meta/Ejecutado are counts of sessions/workshops/campaigns.")))
