"""What tells ``oficio.corpus.outputs.redact`` that capitalized words are a person's name, or are
not.

A name is introduced by what comes before it (``INTRODUCED``): a title (``Sr.``, ``Dra.``,
``Crnl. PNP``), ``Señora`` on its own line, ``DE :``, or a role in a case, with or without
its article, a ``presunta`` before it, a nationality after it and ``de iniciales`` or
``de nombre`` (``la víctima venezolana``, ``el tratante``, ``los investigados``, ``la
agraviada de iniciales``, ``la madre de la menor``, ``en agravio de``, ``Apellidos y
nombres:``). What comes after it may tell too (``FOLLOWED``): ``identificado con``, a DNI
or another document, an age (``, de 17 años``), ``de nacionalidad``.

Minors are often named by initials (``K.M.L.R.``): they are masked after a role or
``iniciales`` (``INITIALS``). Tables write surnames in capitals before a comma
(``QUISPE MAMANI, Rosa Elena``: ``SURNAMES_FIRST``).

Not names (``NOT_NAMES``): runs that start with a word of an institution, a place, a law
or a document (``Hospital Arzobispo Loayza``, ``Trata de Personas``), and runs after a word
that makes them a place or a school (``PLACE_BEFORE``: ``I.E. José Carlos Mariátegui``,
``Av. Alfonso Ugarte``, ``distrito de José Luis Bustamante y Rivero``).
"""

from __future__ import annotations

import re

from oficio.textfold import fold

NATIONALITY = (
    r"(?:venezolan|colombian|ecuatorian|bolivian|peruan|chilen|argentin|brasileñ|paraguay|"
    r"uruguay|dominican|cuban|haitian|china|chino|mexican|español|estadounidense|"
    r"extranjer)[oa]?s?"
)
ROLE = (
    r"(?:presunt[oa]s?[ \t]+)?(?:menor(?:es)?(?:[ \t]+de[ \t]+edad)?|víctimas?|agraviad[oa]s?|"
    r"adolescentes?|niñ[oa]s?|ciudadan[oa]s?|señora?s?|señorita|jóvenes|joven|mujer(?:es)?|"
    r"varón|hombre|persona|tratantes?|investigad[oa]s?|imputad[oa]s?|detenid[oa]s?|"
    r"intervenid[oa]s?|denunciad[oa]s?|denunciantes?|testigos?|captor(?:a|es)?|"
    r"procesad[oa]s?|acusad[oa]s?|sentenciad[oa]s?|condenad[oa]s?|agresor(?:a|es)?|"
    r"explotador(?:a|es)?|reclutador(?:a|es)?|sospechos[oa]s?|autor(?:a|es)?|"
    r"rescatad[oa]s?|afectad[oa]s?|implicad[oa]s?|requisitoriad[oa]s?|"
    r"madre|padre|hij[oa]|herman[oa]|tí[oa]|abuel[oa]|prim[oa]|pareja|conviviente|"
    r"espos[oa]|enamorad[oa]|progenitor(?:a)?|tutor(?:a)?|apoderad[oa]|"
    r"pariente(?:[ \t]+lejan[oa])?|"
    r"captador(?:a|es)?|referid[oa]|mencionad[oa]|dueñ[oa]|propietari[oa]|encargad[oa]|"
    r"administrador(?:a)?|fiscal(?:es)?(?:[ \t]+adjunt[oa])?(?:[ \t]+(?:provincial|superior))?"
    r"(?:[ \t]+titular)?|juez(?:a)?|psicólog[oa]|trabajador(?:a)?[ \t]+social|abogad[oa]|"
    r"(?:la|el)[ \t]+(?:sra|sr|srta)\.)"
)
_ARTICLE = (
    r"(?:(?:a|de|contra|por|con|y|e)[ \t]+)?(?:(?:la|el|los|las|al|del|su|sus|un|una)[ \t]+)?"
)
_QUALIFIER = (
    rf"(?:[ \t]+(?:de[ \t]+nacionalidad[ \t]+)?{NATIONALITY}|,?[ \t]+de[ \t]+\d{{1,2}}"
    r"[ \t]+años(?:[ \t]+de[ \t]+edad)?,?|[ \t]+de[ \t]+(?:iniciales|nombre)|[ \t]+"
    r"(?:llamad[oa]|conocid[oa][ \t]+como|identificad[oa][ \t]+como)|"
    r"[ \t]+del?[ \t]+(?:la[ \t]+|el[ \t]+)?(?-i:[A-ZÁÉÍÓÚ][\w.]+(?:[ \t]+[A-ZÁÉÍÓÚ]\w+)*),)*,?"
)
INTRODUCED = re.compile(
    r"(?:\b(?:Sr|Sra|Srta|Dr|Dra|Abog|Abg|Lic|Ing|Mg|Mag|Prof|Econ|Arq|Obst|CPC|Cmdte|Crnl|"
    r"Cap|Tte|Gral|Sgto|SO\d?|Sub ?Of|My|Mr|Mrs|Ms)\.?(?:[ \t]+PNP)?|\bSeñora?[ \t]*\n|"
    r"(?-i:\bDE)[ \t]*:|\b(?:don|doña)|"
    rf"\b{_ARTICLE}{ROLE}{_QUALIFIER}(?:[ \t]+de[ \t]+{_ARTICLE}{ROLE}{_QUALIFIER})?[ \t]*:?|"
    r"\ben[ \t]+agravio[ \t]+de(?:[ \t]+(?:la|el|los|las))?|\ba[ \t]+nombre[ \t]+de|"
    r"\bcontra|\bde[ \t]+nombre|\bquien(?:es)?[ \t]+(?:dijo|dijeron|responde)[ \t]+\w+|"
    r"\bnombres?(?:[ \t]+y[ \t]+apellidos?)?[ \t]*:|\bapellidos?(?:[ \t]+y[ \t]+nombres?)?"
    r"[ \t]*:|\balias|\biniciales|\b(?:Atentamente|Saludos|Cordialmente),?[ \t]*\n\s*|"
    r"(?-i:\bDe):)[ \"“'«(]*$",
    re.IGNORECASE,
)
LEAD = re.compile(
    rf"^(?:(?:{ROLE}|{NATIONALITY}|Nombres?|Apellidos?)(?:[ \t:]+|$)(?:de(?:l|[ \t]+la|[ \t]+los)?"
    r"[ \t]+)?)+",
    re.IGNORECASE,
)
# Spanish words that are no part of a name, in capitals or not
STOPWORDS = frozenset(
    "en el la los las con por para que se su sus al es son fue no si lo le un una cual siendo "
    "horas ambas ambos este esta ese esa sobre entre sin hasta desde".split()
)
FOLLOWED = re.compile(
    r"^(?:,?[ \t]*(?:identificad[oa]s?[ \t]+(?:con|como)|con[ \t]+(?:DNI|D\.N\.I|C\.?E\b|"
    r"carn|pasaporte|documento|c[ée]dula|PTP|CPP)|de[ \t]+nacionalidad|\(?de[ \t]+\d{1,2}"
    r"[ \t]+años|\(\d{1,2}\)|\(\d{1,2}[ \t]+años|alias\b|natural[ \t]+de|"
    r"\(?(?:DNI|D\.N\.I|C\.E\.|pasaporte)\b)|[ \t]*\n[ \t]*(?:DNI|D\.N\.I|ID No)|"
    r"[ \t]*\((?:DNI|D\.N\.I|C\.?E\b|PTP|CPP|pasaporte|PAS\b|carn[ée]|N[°º])|"
    r"[ \t]*[–-][ \t]*(?:DNI|C\.?E\b|PTP|CPP|PAS|pasaporte|\+?\d{6})|[ \t]*<[\w.+-]+@|"
    rf"[ \t]*\((?:{ROLE}|{NATIONALITY})\)|,?[ \t]*titular[ \t]+del?\b|\s*\((?:pasaporte|C\.?E\b)|"
    r"[ \t]*[|\t][ \t]*\d{8}\b|[ \t]*\n[ \t]*(?:Fiscal|Jef[ea]|Director|Coordinador|"
    r"Especialista|Gerente|Comisari|President|Subprefect|Prefect|Secretari|Responsable|"
    r"Abogad|Psicólog|Trabajador|Asistente|Alcalde|Juez|Administrador|Sub ?Oficial))",
    re.IGNORECASE,
)
INITIALS = re.compile(
    r"(?-i:(?<![\w.])[A-ZÑÁÉÍÓÚ]\.[ \t]?(?:[A-ZÑÁÉÍÓÚ]\.[ \t]?){1,5}(?![\w])|"
    r"(?<=iniciales )[A-ZÑ]{2,6}\b)"
)
_UP = r"[A-ZÁÉÍÓÚÑÜ]{2,}"
_CAP = r"(?:[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+|[A-ZÁÉÍÓÚÑÜ]{2,})"
SURNAMES_FIRST = re.compile(
    rf"(?-i:\b{_UP}(?:[ \t]+(?:DE[ \t]+(?:LA[ \t]+|LOS[ \t]+)?)?{_UP})+[ \t]*,[ \t]*"
    rf"{_CAP}(?:[ \t]+{_CAP})*)"
)
PLACE_BEFORE = re.compile(
    r"(?:\bI\.[ \t]?E\.(?:[ \t]?P\.)?|\bC\.[ \t]?E\.|\bI\.[ \t]?E\.[ \t]?I\.|\bAv\.?|\bAvenida|"
    r"\bJr\.?|\bJir[óo]n|\bCalle|\bPsje\.?|\bPasaje|\bUrb\.?|\bUrbanizaci[óo]n|\bA\.[ \t]?H\.|"
    r"\bAA\.[ \t]?HH\.|\bAsentamiento[ \t]+Humano|\bAsoc\.|\bMz\.?|\bPlaza|\bParque|"
    r"\bColegio(?:[ \t]+Nacional)?|\bInstituci[óo]n[ \t]+Educativa|\bEscuela|\bHospital|"
    r"\bUniversidad(?:[ \t]+Nacional)?|\bCentro[ \t]+de[ \t]+Salud|\bPuesto[ \t]+de[ \t]+Salud|"
    r"\bComisar[íi]a(?:[ \t]+PNP)?|\bdistrito[ \t]+de|\bprovincia[ \t]+de|\bcalle|\bav\.|"
    r"\bHogar|\bAldea|\bCAR|\bCEBA|\bCETPRO|\bIESTP|\bN[°º]|\bPrograma|\bPlan|\bLey|"
    r"\bHospital[ \t]+(?:Nacional|Regional)|\bbarrio|\bsector|\bcentro[ \t]+poblado|"
    r"\bcaser[íi]o|\bcomunidad[ \t]+(?:campesina|nativa)(?:[ \t]+de)?|\bnatural[ \t]+de|"
    r"\bprocedente[ \t]+de|\bciudad[ \t]+de|\bresidente[ \t]+en)(?:[ \t]*N[°º][ \t]*\d+)?"
    r"[ \t\"“]*$",
    re.IGNORECASE,
)
NOT_NAMES = frozenset(
    fold(word)
    for word in (
        "Adjuntía Área Centro Comisión Coordinación Defensoría Departamento Despacho Dirección "
        "División Fiscalía Gerencia Gobierno Jefatura Jefe Ministerio Municipalidad Oficina "
        "Policía Presidencia Programa Región Responsable Secretaría Sección Servicio Sub "
        "Subgerencia Subdirección Transparencia Unidad "
        # institutions, places, laws, documents, time: never the first word of a name
        "Hospital Clínica Colegio Institución Universidad Instituto Escuela Juzgado Sala Corte "
        "Comisaría Puesto Hogar Aldea Albergue Casa Refugio Avenida Av Jirón Jr Calle Pasaje "
        "Plaza Parque Urbanización Asentamiento Distrito Provincia Estado Nacional Regional "
        "Provincial Distrital Superintendencia Registro Sistema Red Mesa Consejo Congreso "
        "Poder Tribunal Procuraduría Migraciones Superintendencia Organización Asociación "
        "Fundación Empresa Hotel Hostal Discoteca Bar Club Minera Trata Ley Decreto Resolución "
        "Oficio Informe Memorando Carta Plan Política Estrategia Protocolo Reglamento Código "
        "Artículo Expediente Carpeta Caso Acta Anexo Lunes Martes Miércoles Jueves Viernes "
        "Sábado Enero Febrero Marzo Abril Mayo Junio Agosto Setiembre Septiembre "
        "Octubre Noviembre Diciembre Perú República Delito Delitos Atentamente Asunto "
        "Referencia Total Cuadro Tabla Fuente Nota Elaboración Presente Teléfono Telf Cel Celular "
        "Correo Identificado Identificada Nacionalidad Documento Domicilio Edad Fecha Firma "
        "Permiso Carné Carnet Pasaporte Denuncia Sr Sra Srta Dr Dra Ps Lic Abog Ing Mg Prof Crnl "
        "Cmdte Cap Tte Gral Sgto Alf Coronel Comandante Capitán Teniente Suboficial"
    ).split()
)
