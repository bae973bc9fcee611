"""Invented persons (officials, requesters, a few victims) and invented civil-society bodies.

Every name is composed from the lists below; none refers to a real person. The DNI and
RUC numbers are random digits.
"""

from __future__ import annotations

import random

FIRST_F = ("María Elena", "Rosa", "Carmen Julia", "Lucía", "Ana Sofía", "Gladys", "Milagros",
           "Patricia", "Verónica", "Silvia Rocío", "Yolanda", "Karina", "Elizabeth", "Norma",
           "Flor de María", "Jessica", "Maribel", "Liliana", "Doris", "Giovanna")
FIRST_M = ("Jorge Luis", "Carlos Alberto", "Víctor", "Juan Carlos", "Luis Miguel", "Raúl",
           "César Augusto", "Edwin", "Fernando", "José Antonio", "Walter", "Hugo", "Óscar",
           "Manuel Jesús", "Ricardo", "Alfredo", "Segundo", "Wilber", "Percy", "Elmer")
SURNAMES = ("Quispe", "Huamán", "Mamani", "Salas", "Chávez", "Vilca", "Ccorimanya", "Torres",
            "Paredes", "Rojas", "Alvarado", "Condori", "Zegarra", "Villanueva", "Lozano",
            "Apaza", "Tello", "Benavente", "Sarmiento", "Cárdenas", "Ñahui", "Pizarro",
            "Gutiérrez", "Mendoza", "Ticona", "Valdivia", "Arévalo", "Inga", "Yupanqui",
            "Carbajal", "Espinoza", "Llerena", "Ormeño", "Pacheco", "Ruiz")
TITLES_F = ("Abog.", "Lic.", "Mg.", "Dra.", "Econ.", "Ing.", "")
TITLES_M = ("Abog.", "Lic.", "Mg.", "Dr.", "Econ.", "Ing.", "")
TITLES_POLICE = ("Crnl. PNP", "Cmdte. PNP", "Gral. PNP", "My. PNP")

CSO_TYPES = ("Asociación Civil", "Colectivo", "Observatorio Ciudadano", "Asociación",
             "Red Ciudadana", "Centro de Estudios")
CSO_NAMES = ("Ruta Libre", "Horizonte sin Trata", "Manos por la Dignidad", "Camino Seguro",
             "Voces del Ande", "Puerta Abierta", "Mirada Ciudadana", "Llaqta Libre",
             "Sendas de Esperanza", "Vigía Andina", "Brújula Social", "Tejiendo Derechos")
CSO_ACRONYMS = ("RL", "HST", "MPD", "CS", "VDA", "PA", "MC", "LL", "SE", "VA", "BS", "TD")


def person(rng: random.Random, female: bool | None = None) -> tuple[str, bool]:
    """An invented full name (given names + two surnames) and whether it is female."""
    if female is None:
        female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.sample(SURNAMES, 2)
    return f"{first} {last[0]} {last[1]}", female


def title(rng: random.Random, female: bool, police: bool = False) -> str:
    if police:
        return rng.choice(TITLES_POLICE)
    return rng.choice(TITLES_F if female else TITLES_M)


def dni(rng: random.Random) -> str:
    return str(rng.randint(10_000_000, 79_999_999))


def ruc(rng: random.Random) -> str:
    return "20" + str(rng.randint(100_000_000, 999_999_999))


def phone(rng: random.Random) -> str:
    return rng.choice([f"(01) {rng.randint(200, 799)}-{rng.randint(1000, 9999)}",
                       f"({rng.randint(41, 84):03d}) {rng.randint(200000, 599999)}",
                       f"{rng.randint(200, 799)}-{rng.randint(1000, 9999)} anexo "
                       f"{rng.randint(100, 4999)}"])


def address(rng: random.Random, city: str) -> str:
    street = rng.choice(["Av. Los Próceres", "Jr. Junín", "Av. Arequipa", "Calle Los Cedros",
                         "Jr. Ayacucho", "Av. Grau", "Plaza de Armas", "Av. La Cultura",
                         "Jr. Lima", "Av. Bolognesi"])
    return f"{street} N° {rng.randint(100, 2999)}, {city}"


def cso(rng: random.Random) -> tuple[str, str]:
    """(full name, acronym) of an invented civil-society organization."""
    i = rng.randrange(len(CSO_NAMES))
    return f"{rng.choice(CSO_TYPES)} {CSO_NAMES[i]}", CSO_ACRONYMS[i]
