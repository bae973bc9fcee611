"""Spanish phrase bank used ONLY for the heldout split (wording never used in train)."""

BANK = {
    "subject": ["Absolución de requerimiento ciudadano", "Entrega de información pública",
                "Lo que se indica"],
    "request_forms": ["Pedido {sign} {n}-{y}-{acr}", "Formulario de solicitud del {long}",
                      "Registro {sign} {exp}-{y}"],
    "cover": ["Anexamos el Informe N° {inf}, donde figuran los datos que usted pidió.",
              "Va adjunto el documento técnico N° {inf} con las respuestas a su consulta."],
    "nota_open": ["El {sender} presenta sus saludos a {cso} y le hace llegar la "
                  "respuesta a su consulta."],
    "opening_neutral": [
        "Por el presente nos dirigimos a usted respecto de su pedido{per}.",
        "Reciba un cordial saludo en relación con el escrito que nos hizo llegar{per}.",
    ],
    "opening": [
        "Nos comunicamos con usted para dar respuesta a lo solicitado a esta institución acerca "
        "de {topic}{per}.",
        "Por el presente me dirijo a su despacho para absolver el requerimiento de "
        "información formulado al amparo de la Ley de Transparencia{per}.",
        "Reciba usted mi cordial saludo; en relación con su pedido, cumplo con trasladarle "
        "lo reportado por las áreas usuarias{per}.",
        "Atendiendo a lo requerido en su comunicación, hacemos llegar la información que obra "
        "en nuestros registros acerca de {topic}{per}.",
        "Sirva la presente para remitir la respuesta institucional a la consulta que nos "
        "formuló{per}.",
    ],
    "per_year": [" durante el año {py}", ", para el año calendario {py}"],
    "per_range": [", en el lapso que va del {ps} al {pe}", " (desde el {ps} hasta el {pe})"],
    "axis": {
        "governance": [
            "La Ordenanza Regional N° 412-2018-GR, publicada el 3 de mayo de 2018, destinó "
            "{m:allocated} a la política contra la trata.",
            "Para cerrar brechas de información, la mesa técnica validó {c:indicador} indicadores"
            " de seguimiento que se reportan a {org}.",
            "Por acuerdo de concejo se constituyó la instancia provincial de articulación contra "
            "la trata, que reunió a {c:institución} instituciones públicas y privadas.",
            "Conforme al aplicativo de consulta amigable, la asignación para actividades del plan"
            " nacional ascendió a {m:allocated} en {y}.",
            "A nivel de gasto, lo girado para la meta del plan contra la trata fue de "
            "{m:executed}, es decir, el {p} de lo previsto.",
            "La comisión regional multisectorial sesionó {c:vez} veces a lo largo de {y} "
            "y contó con la asistencia técnica de {org}.",
            "Del total presupuestado para el eje de gobernanza del PNAT en {y}, que fue "
            "{m:allocated}, se devengaron {m:executed}.",
            "El gobierno local emitió {c:ordenanza} ordenanzas que institucionalizan la "
            "política contra la trata en su territorio.",
            "En el marco del plan nacional, la partida total prevista para {y} llegó a "
            "{m:allocated} y su nivel de gasto alcanzó el {p}.",
            "La plataforma de seguimiento reporta {c:institución} instituciones que informaron "
            "avances del plan en {place}.",
            "Se contrató una consultoría para sistematizar información estadística sobre el "
            "delito, cuyo valor fue de {m:none}.",
        ],
        "prevention": [
            "Conductores de transporte interprovincial ({c:conductor} en total) aprendieron a "
            "reconocer señales de captación de pasajeros menores de edad.",
            "Brigadas escolares de {place} replicaron los contenidos aprendidos ante {c:compañero} "
            "compañeros de aula.",
            "Una feria itinerante recorrió {c:distrito} distritos, difundiendo mensajes "
            "sobre captación por redes sociales en {y}.",
            "Se distribuyó material educativo impreso en quechua a un costo de {m:none}, "
            "dirigido a comunidades con alta migración.",
            "Personal especializado dictó {c:charla} charlas en colegios rurales de {place} "
            "a fin de alertar a los adolescentes sobre las falsas ofertas de trabajo.",
            "Gracias al convenio con {org}, {c:maestro} maestros y maestras fueron formados "
            "como replicadores para evitar que sus alumnos sean captados en {y}.",
            "Durante {y} se colocaron paneles informativos y se repartieron volantes, "
            "invirtiendo {m:executed} en dicha estrategia.",
            "La jornada de movilización ciudadana congregó a {c:participante} participantes "
            "en la plaza principal de {place}.",
            "Se ejecutaron {c:campaña} campañas radiales en lenguas originarias para que la "
            "población identifique señales de riesgo.",
            "Mediante visitas casa por casa se informó a {c:familia} familias de zonas "
            "mineras sobre cómo reconocer la captación en {y}.",
            "El nivel de recordación del mensaje preventivo entre los encuestados fue de {p}.",
        ],
        "protection": [
            "Cada una de las {c:sobreviviente} sobrevivientes identificadas en {y} contó con un "
            "plan de vida elaborado por el equipo multidisciplinario.",
            "Mediante el equipo itinerante se asistió en {y} a {c:adolescente} adolescentes "
            "rescatados, a quienes se les brindó alimentación, vestido y soporte emocional.",
            "Los gastos de acogida temporal de las sobrevivientes sumaron {m:executed}, cubiertos"
            " con recursos directamente recaudados.",
            "Un abogado defensor asumió la representación legal de {c:mujer} mujeres extranjeras "
            "explotadas en {place}.",
            "Las víctimas rescatadas fueron acogidas en {c:albergue} albergues especializados, "
            "que en {y} brindaron alojamiento a {c:menor} menores de edad.",
            "El servicio de defensa pública patrocinó a {c:persona} personas agraviadas "
            "durante {y}.",
            "A través de la unidad de asistencia a víctimas y testigos se otorgaron medidas "
            "de protección a {c:víctima} víctimas.",
            "Los profesionales de psicología realizaron {c:sesión} sesiones de terapia y "
            "acompañamiento a sobrevivientes en {place}.",
            "El consulado facilitó el retorno al país de {c:connacional} connacionales, "
            "con un gasto de {usd}.",
            "El programa de reinserción destinó {m:none} a becas y capital semilla para "
            "sobrevivientes en {y}.",
            "Se otorgó la calidad migratoria humanitaria a {c:persona} personas extranjeras "
            "que fueron víctimas de explotación, en articulación con {org}.",
        ],
        "prosecution": [
            "Dentro de las carpetas en trámite, {c:imputado} imputados afrontan prisión "
            "preventiva por trata agravada.",
            "Se instruyó a {c:inspector} inspectores laborales en la detección de trabajo "
            "forzoso durante las visitas inspectivas realizadas en {y}.",
            "Durante {y}, el juzgado especializado dictó {c:fallo} fallos, de los cuales el {p} "
            "impuso penas superiores a doce años.",
            "Tras las diligencias de allanamiento, {c:agente} agentes intervinieron locales "
            "nocturnos de {place}, con el apoyo de {org}.",
            "Los magistrados que concluyeron el diplomado sobre persecución estratégica del "
            "delito fueron {c:magistrado}.",
            "La unidad policial especializada intervino en {c:acción} acciones de control "
            "en {place} durante {y}, liberando a {c:víctima} víctimas.",
            "Los despachos fiscales abrieron {c:investigación} investigaciones preliminares "
            "por trata en {y}, y {c:caso} casos llegaron a juicio oral.",
            "Ante las comisarías de la jurisdicción se presentaron {c:denuncia} denuncias "
            "relacionadas con captación y explotación de personas.",
            "El órgano jurisdiccional emitió {c:fallo} fallos condenatorios contra "
            "tratantes en el lapso informado.",
            "Con el apoyo de {org}, {c:agente} agentes de investigación se especializaron "
            "en el manejo de la escena y la entrevista a víctimas.",
            "Los inspectores de trabajo verificaron {c:centro} centros laborales de "
            "{place} por indicios de trabajo forzoso.",
            "Solo el {p} de las investigaciones iniciadas en {y} culminó con acusación.",
        ],
    },
    "null": {
        "governance": ["Para el ejercicio {y} la entidad no contó con recursos destinados "
                       "al PNAT ni integró instancias de coordinación."],
        "prevention": ["Se deja constancia de que en {y} no hubo charlas ni campañas "
                       "preventivas a cargo de esta institución.",
                       "Las campañas preventivas ejecutadas en {y} fueron {z:campaña}."],
        "protection": ["Ninguna víctima de trata fue acogida por {sender_short} en {y}."],
        "prosecution": ["Los registros de {y} no reportan hechos de trata de personas "
                        "denunciados en la circunscripción.",
                        "La cifra de casos investigados en {y} fue de {z:caso}."],
    },
    "plans": {
        "governance": ["Recién en {y} la entidad contará con {m:allocated} asignados a la "
                       "política de trata, según su plan operativo.",
                       "El proyecto de presupuesto para {y} contempla {m:allocated} con "
                       "destino a la política de trata."],
        "prevention": ["Está previsto que en {y} se dicten {c:charla} charlas preventivas en "
                       "la provincia."],
        "protection": ["Se espera habilitar {c:albergue} albergues adicionales en {y}."],
        "prosecution": ["Hacia {y} se formará a {c:fiscal} fiscales en litigación de casos de "
                        "explotación.",
                        "En {y} se prevé la realización de {c:intervención} intervenciones "
                        "policiales coordinadas."],
    },
    "oop_intro": [
        "Los registros más recientes que hemos podido ubicar datan de {ys}; los compartimos a "
        "continuación:",
        "Debemos indicar que nuestra base de datos solo contiene información de {ys}, que "
        "detallamos para su conocimiento:",
    ],
    "plans_intro": ["Hacemos de su conocimiento que las intervenciones en la materia se "
                    "iniciarán próximamente, de acuerdo con lo planificado:"],
    "topic": {
        "governance": "la gestión presupuestal y la articulación interinstitucional del plan",
        "prevention": "las actividades preventivas y de sensibilización",
        "protection": "los servicios de acogida y asistencia a víctimas",
        "prosecution": "la persecución penal y las intervenciones policiales",
        None: "la lucha contra la trata de personas",
    },
    "missing": {
        "no_information": [
            "Efectuada la búsqueda en el acervo documentario, no se ubicó documentación alguna "
            "referida a {topic}.",
            "Según lo reportado por la unidad encargada, no se han generado registros que "
            "permitan atender el pedido.",
            "Las áreas consultadas han señalado que no disponen de datos sobre {topic}, por "
            "lo que no es posible proporcionarlos.",
        ],
        "not_competent_referred": [
            "Como lo que usted solicita sobre {topic} obra en poder de {org}, hemos dispuesto el "
            "traslado inmediato de su escrito a esa entidad.",
            "Su pedido excede nuestras atribuciones; por ello, lo hemos remitido a {org}, que "
            "es la entidad que posee dicha información.",
        ],
        "not_competent": [
            "Esta institución carece de competencia sobre {topic} y, en consecuencia, no está "
            "en condiciones de absolver su consulta.",
        ],
        "acknowledgment": [
            "Su solicitud ha sido recibida y derivada internamente; en breve se le comunicará "
            "la respuesta.",
            "Dejamos constancia de haber recibido su documento, que fue ingresado con la Hoja "
            "de Ruta N° {exp}.",
        ],
        "clarification": [
            "Su escrito no permite identificar con precisión los datos requeridos; sírvase "
            "reformularlo para poder tramitarlo.",
            "Para continuar con el trámite, le pedimos aclarar qué años y qué actividades "
            "abarca su requerimiento, pues en los términos planteados resulta impreciso.",
        ],
        "denied_exception": [
            "No procede la entrega solicitada sobre {topic}, pues se trata de información "
            "reservada vinculada a la seguridad de las personas protegidas, según el artículo 16 "
            "de la Ley N° 27806.",
            "Lo requerido constituye información confidencial según el artículo 17 de la Ley "
            "N° 27806, toda vez que forma parte de procesos penales en curso.",
        ],
    },
    "partial_none": ["Sobre {other} no tenemos datos que reportar."],
    "restate": ["Usted nos consultó acerca de {topic}."],
    "closing": ["Cordiales saludos de parte de la oficina a mi cargo.",
                "Quedamos a su disposición para cualquier consulta adicional.",
                "Sin otro particular que tratar por ahora, quedo de usted."],
    "table_intro": ["Los datos se consignan en la siguiente tabla:",
                    "Véase el resumen consolidado:"],
    "antecedentes": [
        "Con escrito del {rdate}, {cso} pidió conocer {topic}{per}.",
    ],
    "analysis_intro": ["Consolidados los aportes de las dependencias involucradas, se "
                       "precisa:"],
    "conclusion": ["La consulta queda absuelta con la información contenida en el "
                   "presente documento."],
    "conclusion_missing": ["Debe ponerse en conocimiento de quien presentó el pedido lo "
                           "expuesto líneas arriba."],
    "recommend": ["Notifíquese a la persona solicitante por el medio que indicó en su escrito."],
    "victim": ["Uno de los expedientes corresponde a {victim}, cuyo caso recibe seguimiento "
               "reservado."],
    "activity": {
        "governance": ["Reuniones de la comisión", "Consultoría estadística",
                       "Monitoreo del plan"],
        "prevention": ["Charlas en colegios rurales", "Campañas radiales",
                       "Formación de replicadores"],
        "protection": ["Albergues especializados", "Patrocinio legal", "Terapia psicológica"],
        "prosecution": ["Intervenciones policiales", "Investigaciones fiscales",
                        "Juicios orales"],
    },
}
