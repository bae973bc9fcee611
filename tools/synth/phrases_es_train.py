"""Spanish phrase bank used ONLY for the train split.

Slots: {y} year of the sentence (figures in it get that year); {c:lemma} a count;
{z:lemma} a zero count; {m:allocated|executed|none} money; {usd} money in dollars;
{p} percent; {place}; {org} another institution (a gold mention); {sender_short};
{topic}; {per}; {req}; {rdate}; {cso}; {exp} a file number; {victim} an invented victim.
"""

from tools.synth.phrases_train_extra import ES_AXIS, ES_NULL, ES_PLANS, ES_TOPIC, widen

BANK = {
    "subject": ["Respuesta a solicitud de acceso a la información pública",
                "Atención a pedido de información", "Remite información solicitada",
                "Solicitud de información en el marco de la Ley N° 27806"],
    "request_forms": ["Carta {sign} {n}-{y}-{acr}", "Solicitud {sign} {n}-{y}",
                      "Expediente {sign} {y}-{exp}",
                      "Solicitud de acceso a la información pública de fecha {long}",
                      "Solicitud S/N de fecha {short}"],
    "cover": ["Al respecto, se remite el Informe N° {inf}, que contiene la información "
              "solicitada.",
              "Para tal efecto, adjunto al presente el Informe Técnico N° {inf}, elaborado "
              "por el área competente."],
    "nota_open": ["El {sender} saluda atentamente a {cso} y, con relación a su "
                  "solicitud, tiene a bien informar lo siguiente."],
    "opening_neutral": [
        "Me dirijo a usted en relación con su solicitud de acceso a la información pública{per}.",
        "Tengo el agrado de dirigirme a usted, con relación al documento de la referencia{per}.",
        "Es grato dirigirme a usted a fin de atender el documento de la referencia{per}.",
    ],
    "opening": [
        "En atención a su solicitud presentada en el marco del Texto Único Ordenado de la Ley N° "
        "27806, cumplo con remitir la información proporcionada por las áreas competentes{per}.",
        "Me es grato saludarle y, en relación con el documento de la referencia, informarle lo "
        "siguiente sobre {topic}{per}.",
        "Tengo el agrado de dirigirme a usted, en atención al documento de la referencia, "
        "mediante el cual solicita información sobre las acciones realizadas en el marco del "
        "Plan Nacional contra la Trata de Personas 2017-2021{per}.",
        "Es grato dirigirme a usted para saludarle cordialmente y, a la vez, dar respuesta a "
        "su solicitud de acceso a la información pública{per}.",
        "Me dirijo a usted con relación a la solicitud de la referencia, a fin de remitirle "
        "la información requerida sobre {topic}{per}.",
        "Por especial encargo de la Alta Dirección, me dirijo a usted para atender el pedido "
        "de información formulado por su representada{per}.",
        "Tengo a bien dirigirme a usted a fin de hacer de su conocimiento lo informado por "
        "el área técnica respecto de su pedido{per}.",
    ],
    "per_year": [", referida al año {py}", " correspondiente al ejercicio {py}",
                 ", respecto del año {py}"],
    "per_range": [", correspondiente al periodo comprendido entre el {ps} y el {pe}",
                  " por el periodo {ps} al {pe}"],
    "axis": {
        "governance": [
            "Mediante Resolución Ministerial N° 0488-2018-IN se reconformó la mesa de trabajo "
            "regional, que sesionó {c:vez} veces durante {y}.",
            "El Observatorio Regional de Trata de Personas publicó {c:informe} informes "
            "estadísticos en {y}, elaborados con datos de {org}.",
            "Como parte del seguimiento al PNAT 2017-2021 se remitieron {c:reporte} reportes de "
            "avance a la secretaría técnica, con un cumplimiento de {p} de los indicadores.",
            "Esta entidad integra la Comisión Multisectorial Permanente contra la Trata de "
            "Personas, que en {y} celebró {c:sesión} sesiones ordinarias.",
            "La meta presupuestal vinculada al PNAT tuvo un PIM de {m:allocated} y un devengado "
            "de {m:executed}, equivalente a {p} de ejecución.",
            "Con recursos ordinarios por {m:none} se financió en {y} el funcionamiento de la"
            " secretaría técnica de la red regional.",
            "Se implementó el registro de casos en el sistema SISTRA, en el que se ingresaron "
            "{c:caso} casos durante el periodo.",
            "En {y}, {sender_short} participó en {c:sesión} sesiones de la mesa regional de "
            "trabajo contra la trata de personas, en coordinación con {org}.",
            "Mediante ordenanza se aprobó el Plan Regional contra la Trata de Personas "
            "alineado al PNAT 2017-2021, habiéndose asignado {m:allocated} para su "
            "implementación en {y}.",
            "El presupuesto institucional de apertura destinado a las actividades del PNAT "
            "ascendió a {m:allocated}, con una ejecución de {m:executed} al cierre del "
            "ejercicio {y}, lo que representa un avance de {p}.",
            "Se registraron {c:caso} casos en el Sistema RETA durante {y}, información que es "
            "remitida periódicamente a {org}.",
            "Para el financiamiento de las acciones del Plan Nacional contra la Trata de "
            "Personas se asignó un monto de {m:allocated} en el año fiscal {y}.",
            "Se elaboró un estudio diagnóstico sobre la situación de la trata de personas en "
            "{place}, con una inversión de {m:executed}.",
            "{c:municipalidad} municipalidades de la región aprobaron ordenanzas de creación "
            "de redes locales contra la trata de personas.",
            "Según el informe de seguimiento remitido a {org}, se cumplió el {p} de las metas "
            "del plan regional programadas para {y}.",
        ],
        "prevention": [
            "Se realizaron {c:charla} charlas dirigidas a transportistas y personal de terminales"
            " terrestres para identificar a posibles víctimas durante {y}.",
            "La estrategia de prevención en zonas de minería informal alcanzó a {c:familia} "
            "familias, con un gasto de {m:executed}.",
            "Se capacitó a {c:servidor} servidores públicos en prevención de la trata de "
            "personas y en el uso de la línea 1818.",
            "{c:escolar} escolares de nivel secundario participaron en las sesiones de tutoría"
            " sobre trata de personas desarrolladas en {y}.",
            "Se llevaron a cabo {c:campaña} campañas de sensibilización (Corazón Azul) en "
            "{place}, con una inversión de {m:executed}.",
            "Durante el periodo se dictaron {c:charla} charlas a padres de familia y se capacitó "
            "a {c:docente} docentes tutores para identificar situaciones de riesgo.",
            "Se ejecutó el programa de orientación laboral para jóvenes en riesgo, que atendió a "
            "{c:persona} personas en {y}.",
            "En {y} se realizaron {c:taller} talleres de sensibilización sobre trata de "
            "personas dirigidos a estudiantes de secundaria de {place}, con la participación "
            "de {c:estudiante} estudiantes.",
            "Se capacitó a {c:docente} docentes de instituciones educativas públicas en "
            "estrategias para prevenir la captación de niñas, niños y adolescentes.",
            "La campaña comunicacional de verano alcanzó a {c:persona} personas en ferias y "
            "plazas públicas de {place}.",
            "Se difundió la línea gratuita 1818 en {c:charla} charlas informativas realizadas "
            "en terminales terrestres durante {y}.",
            "Con un presupuesto de {m:none} se produjeron afiches, volantes y spots "
            "radiales para la prevención de la trata de personas.",
            "Se desarrollaron {c:feria} ferias informativas en zonas de riesgo, en alianza "
            "con {org}.",
            "Asimismo, {c:comunicador} comunicadores sociales fueron capacitados en el "
            "tratamiento responsable de noticias sobre trata en el año {y}.",
            "Se orientó a {c:persona} personas en situación de vulnerabilidad sobre sus "
            "derechos laborales y los riesgos de las ofertas de empleo engañosas.",
            "Las acciones preventivas alcanzaron una cobertura del {p} de las instituciones "
            "educativas focalizadas en {y}.",
        ],
        "protection": [
            "Se brindó asistencia consular a {c:connacional} connacionales víctimas de trata en "
            "el exterior durante {y}, en coordinación con {org}.",
            "Las víctimas extranjeras identificadas ({c:persona} personas) recibieron orientación"
            " sobre su situación migratoria y acceso a servicios de salud.",
            "Se destinó {m:none} a la atención integral de víctimas (alimentación, "
            "alojamiento y traslados) durante {y}.",
            "{c:víctima} víctimas recibieron acompañamiento psicológico y social en los servicios"
            " de la jurisdicción.",
            "Los psicólogos del programa brindaron {c:atención} atenciones a niñas, niños y "
            "adolescentes derivados por la fiscalía en {y}.",
            "El {p} de las víctimas atendidas en {y} fue reinsertado en el sistema educativo.",
            "Durante {y}, los Centros de Atención Residencial acogieron a {c:víctima} víctimas "
            "de trata de personas, de las cuales {c:menor} eran menores de edad.",
            "Las Unidades de Protección Especial atendieron {c:caso} casos de niñas, niños y "
            "adolescentes presuntas víctimas de trata.",
            "Se brindó asistencia legal gratuita a {c:víctima} víctimas a través de los "
            "defensores públicos de víctimas en {y}.",
            "El equipo de salud mental brindó {c:atención} atenciones psicológicas a personas "
            "afectadas por la trata en {place}.",
            "Se gestionó la repatriación de {c:connacional} connacionales víctimas de trata, "
            "con un costo total de {usd}.",
            "Los Centros Emergencia Mujer reportaron {c:atención} atenciones vinculadas a trata "
            "con fines de explotación sexual en {y}.",
            "Actualmente funcionan {c:hogar} hogares de refugio temporal para víctimas en la "
            "región, con un presupuesto anual de {m:allocated}.",
            "En coordinación con {org} se regularizó la situación migratoria de "
            "{c:persona} personas extranjeras identificadas como víctimas de trata.",
            "Un total de {c:beneficiario} beneficiarios cuenta con un plan de reintegración "
            "individual que incluye inserción educativa y laboral.",
        ],
        "prosecution": [
            "Se fiscalizó a {c:agencia} agencias privadas de empleo, de las cuales {c:agencia} "
            "fueron sancionadas por ofertas laborales engañosas en {y}.",
            "Se dispuso la apertura de {c:investigación} investigaciones preliminares por el "
            "delito de trata de personas y delitos conexos.",
            "Las Fiscalías Provinciales Penales registraron {c:caso} casos por trata de personas "
            "en {y}; en {c:caso} de ellos se formuló acusación.",
            "En el marco de las intervenciones se identificó a {c:víctima} presuntas víctimas, de"
            " las cuales el {p} eran mujeres.",
            "{c:operativo} operativos de control en carreteras y terminales se realizaron con "
            "participación de {org} durante {y}.",
            "Se desarrolló un curso especializado en investigación financiera del delito de "
            "trata, en el que participaron {c:fiscal} fiscales.",
            "En el año {y} se registraron {c:denuncia} denuncias por el delito de trata de "
            "personas y {c:víctima} presuntas víctimas.",
            "Se ejecutaron {c:operativo} operativos policiales en bares, discotecas y "
            "campamentos mineros, logrando el rescate de {c:persona} personas y "
            "{c:detenido} detenidos.",
            "Las Fiscalías Especializadas en Delitos de Trata de Personas tramitaron "
            "{c:carpeta} carpetas fiscales en {y}, de las cuales {c:carpeta} fueron "
            "formalizadas.",
            "Se obtuvieron {c:sentencia} sentencias condenatorias por el delito de trata de "
            "personas durante el periodo informado.",
            "Se capacitó a {c:fiscal} fiscales y {c:efectivo} efectivos policiales en "
            "técnicas de investigación del delito de trata de personas.",
            "En coordinación con {org}, se efectuaron {c:inspección} inspecciones de trabajo "
            "forzoso en {place} durante {y}.",
            "El {p} de las denuncias registradas en {y} corresponde a la finalidad de "
            "explotación sexual.",
            "Un total de {c:juez} jueces penales participó en el curso sobre valoración de la "
            "prueba en casos de trata de personas.",
        ],
    },
    "null": {
        "governance": ["En el ejercicio {y} no se contó con una meta presupuestal vinculada "
                       "al PNAT.",
                       "No se asignó presupuesto específico para las actividades del PNAT en "
                       "el ejercicio {y}.",
                       "En {y} no se conformó ninguna instancia de articulación regional en "
                       "materia de trata de personas."],
        "prevention": ["Se informa que en {y} no se programaron talleres ni campañas de "
                       "prevención de la trata de personas.",
                       "Durante el año {y} esta entidad no ejecutó actividades de prevención "
                       "de la trata de personas.",
                       "Se realizaron {z:taller} talleres de prevención en {y}, por falta de "
                       "presupuesto."],
        "protection": ["En {y} no se atendió a víctimas de trata de personas en los servicios "
                       "a cargo de {sender_short}.",
                       "En {y} se registraron {z:víctima} víctimas atendidas en los servicios "
                       "de la jurisdicción."],
        "prosecution": ["En {y} no se registraron denuncias por el delito de trata de "
                        "personas en esta jurisdicción.",
                        "Se informa que en {y} se registraron {z:denuncia} denuncias por el "
                        "delito materia de consulta."],
    },
    "plans": {
        "governance": ["El Plan Operativo Institucional {y} contempla {m:allocated} para la "
                       "secretaría técnica de la red contra la trata.",
                       "Para el año {y} se ha previsto un presupuesto de {m:allocated} para "
                       "la implementación del plan regional contra la trata."],
        "prevention": ["En {y} se implementará una campaña de sensibilización que alcanzará "
                       "a {c:persona} personas, según lo programado.",
                       "Para el año {y} se tiene programado realizar {c:taller} talleres de "
                       "prevención en instituciones educativas."],
        "protection": ["Se ha programado la atención de {c:víctima} víctimas en el nuevo "
                       "centro de acogida a partir de {y}.",
                       "Se proyecta implementar {c:hogar} hogares de refugio temporal en {y}."],
        "prosecution": ["Está programada para {y} la realización de {c:operativo} operativos "
                        "conjuntos con la fiscalía especializada.",
                        "Para {y} se tiene programada la capacitación de {c:fiscal} fiscales "
                        "en investigación del delito de trata."],
    },
    "oop_intro": [
        "Se precisa que esta entidad solo cuenta con información consolidada de los años {ys}, la"
        " cual se detalla a continuación:",
        "Al respecto, se informa que la información sistematizada con que cuenta esta "
        "entidad corresponde a los años {ys}, conforme se detalla a continuación:",
        "Cabe señalar que los registros disponibles abarcan únicamente el periodo {ys}:",
    ],
    "plans_intro": [
        "Se informa que para el periodo solicitado no se programaron actividades; no obstante, se"
        " tiene previsto lo siguiente:",
        "Sobre el particular, se informa que las acciones en esta materia se encuentran en "
        "etapa de programación, según el siguiente detalle:",
    ],
    "topic": {
        "governance": "el presupuesto y los mecanismos de articulación del PNAT",
        "prevention": "las acciones de prevención de la trata de personas",
        "protection": "la atención y protección de las víctimas de trata",
        "prosecution": "las denuncias y casos de trata de personas",
        None: "la implementación de la política contra la trata de personas",
    },
    "missing": {
        "no_information": [
            "Sobre el particular, el área usuaria ha informado que no se han ejecutado ni "
            "registrado acciones vinculadas a lo solicitado, por lo que no se cuenta con dicha "
            "información.",
            "Habiéndose consultado a las unidades orgánicas, estas señalan que no poseen "
            "información estadística sobre {topic}.",
            "Al respecto, se informa que luego de la búsqueda realizada en los archivos de "
            "{sender_short}, no se ha encontrado información relacionada con {topic}.",
            "Se comunica que esta entidad no cuenta con la información solicitada, por cuanto "
            "no genera ni posee registros sobre {topic}.",
        ],
        "not_competent_referred": [
            "Atendiendo a que la información requerida no es generada por esta entidad, se ha "
            "cursado el oficio correspondiente a {org} para que le brinde respuesta directamente.",
            "Se precisa que {sender_short} no es competente para atender lo solicitado, por lo "
            "que se ha procedido a derivar su pedido a {org}, en aplicación del literal b) "
            "del artículo 11 del TUO de la Ley N° 27806.",
            "Lo solicitado sobre {topic} es competencia de {org}, entidad a la cual se ha "
            "trasladado su solicitud para la atención correspondiente.",
        ],
        "not_competent": [
            "Conforme a su Reglamento de Organización y Funciones, {sender_short} no tiene "
            "atribuciones en materia de trata de personas, por lo que no corresponde atender lo "
            "solicitado.",
            "Se le informa que lo requerido sobre {topic} escapa al ámbito de competencia de esta"
            " entidad.",
            "La información requerida no corresponde a las competencias y funciones de "
            "{sender_short}, por lo que no es posible atender su pedido.",
        ],
        "acknowledgment": [
            "Se hace de su conocimiento que su solicitud ha sido admitida y se encuentra en "
            "proceso de atención, conforme a los plazos establecidos en la ley.",
            "Por medio del presente acusamos recibo de su solicitud, la misma que ha sido "
            "registrada con el Expediente N° {exp} y derivada al área competente.",
            "Se comunica que su pedido sobre {topic} se encuentra en trámite en la unidad "
            "orgánica responsable, y será atendido oportunamente.",
        ],
        "clarification": [
            "Se ha advertido que su solicitud no precisa el órgano ni el periodo al que se "
            "refiere, por lo que se le solicita subsanar tales observaciones a fin de continuar "
            "con el trámite.",
            "Se le solicita precisar la información requerida, indicando el periodo y el tipo "
            "de acciones sobre las que solicita información, a fin de dar trámite a su pedido.",
            "De la revisión de su solicitud se advierte que no se ha identificado con claridad "
            "la información requerida, por lo que se le solicita subsanar dicha omisión.",
        ],
        "denied_exception": [
            "Se deniega el acceso a la información requerida, toda vez que contiene la identidad "
            "de víctimas de trata de personas, información protegida por el numeral 5 del "
            "artículo 17 del TUO de la Ley N° 27806.",
            "La información solicitada se encuentra comprendida en la excepción prevista en el "
            "numeral 5 del artículo 17 del TUO de la Ley N° 27806, por contener datos "
            "personales cuya publicidad constituye una invasión de la intimidad.",
            "No es posible atender su pedido sobre {topic}, por tratarse de información "
            "vinculada a investigaciones en trámite, de acuerdo con el artículo 15 de la Ley "
            "de Transparencia y Acceso a la Información Pública.",
        ],
    },
    "partial_none": ["En cuanto a {other}, esta entidad no cuenta con información.",
                     "Respecto de {other}, no se dispone de registros en los archivos de la "
                     "entidad."],
    "restate": ["En el documento de la referencia se solicita información sobre {topic}.",
                "Su pedido está referido a {topic}."],
    "closing": [
        "Hago propicia la ocasión para expresarle mi consideración.",
        "Sin otro particular, hago propicia la oportunidad para expresarle los sentimientos "
        "de mi especial consideración y estima.",
        "Es propicia la ocasión para renovarle las muestras de mi consideración.",
        "Agradeciendo la atención que brinde al presente, quedo de usted.",
    ],
    "table_intro": ["A continuación se detalla la información solicitada:",
                    "Se adjunta el cuadro resumen con la información remitida:",
                    "El detalle se muestra en el cuadro siguiente:"],
    "antecedentes": [
        "Mediante el documento de la referencia, de fecha {rdate}, {cso} solicita "
        "información sobre {topic}{per}.",
        "Con fecha {rdate}, se recibió la solicitud de acceso a la información pública "
        "presentada por {cso}{per}.",
    ],
    "analysis_intro": ["Revisada la información remitida por las unidades orgánicas, se "
                       "informa lo siguiente:",
                       "De la revisión de los registros institucionales se desprende lo "
                       "siguiente:"],
    "conclusion": ["Se ha dado atención a la solicitud, remitiendo la información "
                   "disponible en los registros de la entidad.",
                   "Se recomienda remitir el presente informe a la solicitante para su "
                   "conocimiento."],
    "conclusion_missing": ["Corresponde comunicar a la solicitante lo señalado en el presente "
                           "informe, en el marco del TUO de la Ley N° 27806."],
    "recommend": ["Se recomienda remitir copia del presente informe a la Oficina de Atención "
                  "al Ciudadano para su notificación."],
    "victim": ["Entre los casos atendidos figura el de {victim}, quien fue derivada al "
               "servicio de acogida con la debida reserva."],
    "activity": {
        "governance": ["Sesiones de la red regional", "Elaboración del plan regional",
                       "Seguimiento del PNAT", "Registro en el Sistema RETA"],
        "prevention": ["Talleres en colegios", "Ferias informativas",
                       "Capacitación a docentes", "Difusión de la línea 1818"],
        "protection": ["Atención en CAR", "Asistencia psicológica", "Defensa pública a víctimas",
                       "Reintegración de víctimas"],
        "prosecution": ["Operativos policiales", "Denuncias registradas",
                        "Carpetas fiscales", "Capacitación a fiscales"],
    },
}

widen(BANK, ES_AXIS, ES_TOPIC, ES_NULL, ES_PLANS)
