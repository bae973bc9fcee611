"""The bundled gazetteer: fixed ids, subnational coverage, accents, user alias files."""

from __future__ import annotations

import csv
import importlib.util
import json

import pytest

from oficio.errors import GazetteerFileError, UnknownInstitutionError
from oficio.extract.institutions.gazetteer import DATA_FILE, KINDS, load_gazetteer
from tests.conftest import ROOT

UBIGEO = ROOT / "extract" / "data" / "ubigeo"

# From notes/gazetteer-ids (the fixed contract): id, acronym, canonical name, kind.
FIXED = [
    ("pcm", "PCM", "Presidencia del Consejo de Ministros", "ministry"),
    ("midagri", "MIDAGRI", "Ministerio de Desarrollo Agrario y Riego", "ministry"),
    ("mincetur", "MINCETUR", "Ministerio de Comercio Exterior y Turismo", "ministry"),
    ("mincul", "MINCUL", "Ministerio de Cultura", "ministry"),
    ("mindef", "MINDEF", "Ministerio de Defensa", "ministry"),
    ("mef", "MEF", "Ministerio de Economía y Finanzas", "ministry"),
    ("minedu", "MINEDU", "Ministerio de Educación", "ministry"),
    ("minem", "MINEM", "Ministerio de Energía y Minas", "ministry"),
    ("mininter", "MININTER", "Ministerio del Interior", "ministry"),
    ("minjusdh", "MINJUSDH", "Ministerio de Justicia y Derechos Humanos", "ministry"),
    ("mimp", "MIMP", "Ministerio de la Mujer y Poblaciones Vulnerables", "ministry"),
    ("produce", "PRODUCE", "Ministerio de la Producción", "ministry"),
    ("rree", "RREE", "Ministerio de Relaciones Exteriores", "ministry"),
    ("minsa", "MINSA", "Ministerio de Salud", "ministry"),
    ("mtpe", "MTPE", "Ministerio de Trabajo y Promoción del Empleo", "ministry"),
    ("mtc", "MTC", "Ministerio de Transportes y Comunicaciones", "ministry"),
    ("mvcs", "MVCS", "Ministerio de Vivienda, Construcción y Saneamiento", "ministry"),
    ("minam", "MINAM", "Ministerio del Ambiente", "ministry"),
    ("midis", "MIDIS", "Ministerio de Desarrollo e Inclusión Social", "ministry"),
    ("mpfn", "MP-FN", "Ministerio Público - Fiscalía de la Nación", "autonomous"),
    ("pj", "PJ", "Poder Judicial", "autonomous"),
    ("dp", "DP", "Defensoría del Pueblo", "autonomous"),
    ("congreso", "", "Congreso de la República", "autonomous"),
    ("reniec", "RENIEC", "Registro Nacional de Identificación y Estado Civil", "autonomous"),
    ("jnj", "JNJ", "Junta Nacional de Justicia", "autonomous"),
    ("pnp", "PNP", "Policía Nacional del Perú", "police"),
    ("pnp-dirctptim", "DIRCTPTIM",
     "Dirección contra la Trata de Personas y Tráfico Ilícito de Migrantes", "police"),
    ("pnp-depintrap", "DEPINTRAP", "Departamento de Investigación de Trata de Personas",
     "police"),
    ("sutran", "SUTRAN",
     "Superintendencia de Transporte Terrestre de Personas, Carga y Mercancías", "other"),
    ("sunafil", "SUNAFIL", "Superintendencia Nacional de Fiscalización Laboral", "other"),
    ("migraciones", "MIGRACIONES", "Superintendencia Nacional de Migraciones", "other"),
    ("inei", "INEI", "Instituto Nacional de Estadística e Informática", "other"),
    ("inabif", "INABIF", "Programa Integral Nacional para el Bienestar Familiar", "other"),
    ("aurora", "AURORA",
     "Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres "
     "e Integrantes del Grupo Familiar - AURORA", "other"),
    ("sunat", "SUNAT", "Superintendencia Nacional de Aduanas y de Administración Tributaria",
     "other"),
    ("conadis", "CONADIS",
     "Consejo Nacional para la Integración de la Persona con Discapacidad", "other"),
    ("sernanp", "SERNANP", "Servicio Nacional de Áreas Naturales Protegidas por el Estado",
     "other"),
]  # fmt: skip


def _source_codes(name: str) -> list[str]:
    with (UBIGEO / name).open(encoding="utf-8", newline="") as handle:
        return [row["inei"] for row in csv.DictReader(handle) if row["inei"].isdigit()]


@pytest.mark.parametrize(("id_", "acronym", "name", "kind"), FIXED)
def test_every_fixed_national_body_is_there_as_written(id_, acronym, name, kind):
    item = load_gazetteer()[id_]
    assert (item.acronym, item.name, item.kind) == (acronym, name, kind)


def test_former_names_and_acronyms_are_aliases():
    gazetteer = load_gazetteer()
    assert "MINTRA" in gazetteer["mtpe"].aliases
    mimp = set(gazetteer["mimp"].aliases)
    assert {"MIMDES", "Ministerio de la Mujer y Desarrollo Social"} <= mimp
    assert {"MINAGRI", "Ministerio de Agricultura y Riego"} <= set(gazetteer["midagri"].aliases)
    assert "MINJUS" in gazetteer["minjusdh"].aliases
    assert "MRREE" in gazetteer["rree"].aliases
    assert {"Ministerio Público", "Fiscalía de la Nación"} <= set(gazetteer["mpfn"].aliases)
    assert "PNCVFS" in gazetteer["aurora"].aliases
    assert "DIRINTRAP" in gazetteer["pnp-dirctptim"].aliases


def test_every_department_province_and_district_has_an_entry():
    gazetteer = load_gazetteer()
    for code in _source_codes("castagnetto_ubigeo_departamento.csv"):
        assert gazetteer[f"gore:{code[:2]}"].kind == "regional_government"
    for code in _source_codes("castagnetto_ubigeo_provincia.csv"):
        item = gazetteer[f"mpro:{code[:4]}"]
        assert item.kind == "provincial_municipality" and item.parent == f"gore:{code[:2]}"
    for code in _source_codes("castagnetto_ubigeo_distrito.csv"):
        item = gazetteer[f"mdis:{code}"]
        assert item.kind == "district_municipality" and item.parent == f"mpro:{code[:4]}"
    regional = [i for i in gazetteer if i.kind == "regional_government"]
    assert sum(1 for i in regional if not i.parent) == 25
    # nine sector directorates in each region, each under its regional government
    directorates = [i for i in regional if i.parent]
    assert len(directorates) == 9 * 25
    assert all(i.id.startswith(f"{i.parent}-") for i in directorates)
    assert gazetteer["gore:16-diresa"].name == "Dirección Regional de Salud de Loreto"


def test_lima_metropolitan_and_callao_and_cusco_names():
    gazetteer = load_gazetteer()
    assert gazetteer["mpro:1501"].name == "Municipalidad Metropolitana de Lima"
    assert gazetteer["mpro:1501"].acronym == "MML"
    assert gazetteer["gore:07"].name == "Gobierno Regional del Callao"
    assert "Gobierno Regional Cusco" in gazetteer["gore:08"].aliases
    assert "GORE Cusco" in gazetteer["gore:08"].aliases
    assert gazetteer["gore:15"].name == "Gobierno Regional de Lima"


def test_names_carry_accents_the_source_lacks():
    gazetteer = load_gazetteer()
    assert gazetteer["gore:10"].name == "Gobierno Regional de Huánuco"
    assert gazetteer["mdis:150128"].name == "Municipalidad Distrital de Rímac"
    assert gazetteer["mdis:150143"].name == "Municipalidad Distrital de Villa María del Triunfo"
    assert gazetteer["mdis:150133"].name == "Municipalidad Distrital de San Juan de Miraflores"
    assert gazetteer["mdis:150142"].name == "Municipalidad Distrital de Villa El Salvador"


def test_ids_kinds_and_parents_are_consistent():
    gazetteer = load_gazetteer()
    for item in gazetteer:
        assert item.kind in KINDS
        assert item.id == item.id.lower() and item.id.isascii()
        if item.parent:
            assert item.parent in gazetteer


def test_committed_file_matches_the_build_script():
    spec = importlib.util.spec_from_file_location("build", ROOT / "scripts/build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lines = DATA_FILE.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == module.build()


def test_extra_alias_csv_is_merged(tmp_path):
    extra = tmp_path / "aliases.csv"
    extra.write_text("id,alias\nmimp,Min. de la Mujer\nmpro:1501,Munilima\n", encoding="utf-8")
    gazetteer = load_gazetteer(extra)
    assert "Min. de la Mujer" in gazetteer["mimp"].aliases
    assert "Munilima" in gazetteer["mpro:1501"].aliases
    assert "Munilima" not in load_gazetteer()["mpro:1501"].aliases


def test_extra_alias_jsonl_is_merged(tmp_path):
    extra = tmp_path / "aliases.jsonl"
    extra.write_text('{"id": "pnp", "alias": "la Policía"}\n', encoding="utf-8")
    assert "la Policía" in load_gazetteer(extra)["pnp"].aliases


def test_unknown_id_names_the_file_and_the_line(tmp_path):
    extra = tmp_path / "aliases.csv"
    extra.write_text("id,alias\nmimp,MIMP-X\nministerio_falso,Algo\n", encoding="utf-8")
    with pytest.raises(UnknownInstitutionError) as caught:
        load_gazetteer(extra)
    assert "aliases.csv" in str(caught.value) and "line 3" in str(caught.value)
    assert "ministerio_falso" in str(caught.value)


def test_broken_jsonl_line_is_reported(tmp_path):
    extra = tmp_path / "aliases.jsonl"
    extra.write_text('{"id": "pnp", "alias": "x"}\n{"id": "pnp"\n', encoding="utf-8")
    with pytest.raises(GazetteerFileError, match="line 2"):
        load_gazetteer(extra)


# National public bodies, courts and universities an analyst meets (issue 18, item 4).
ADDED = [
    ("igp", "IGP", "Instituto Geofísico del Perú", "other"),
    ("senamhi", "SENAMHI", "Servicio Nacional de Meteorología e Hidrología del Perú", "other"),
    ("osinergmin", "OSINERGMIN", "Organismo Supervisor de la Inversión en Energía y Minería",
     "other"),
    ("servir", "SERVIR", "Autoridad Nacional del Servicio Civil", "other"),
    ("pge", "PGE", "Procuraduría General del Estado", "other"),
    ("oece", "OECE", "Organismo Especializado para las Contrataciones Públicas Eficientes",
     "other"),
    ("amag", "AMAG", "Academia de la Magistratura", "autonomous"),
    ("agn", "AGN", "Archivo General de la Nación", "other"),
    ("unmsm", "UNMSM", "Universidad Nacional Mayor de San Marcos", "other"),
    ("unsaac", "UNSAAC", "Universidad Nacional de San Antonio Abad del Cusco", "other"),
    ("pj-csj-lima", "CSJLI", "Corte Superior de Justicia de Lima", "autonomous"),
    ("pj-csj-callao", "", "Corte Superior de Justicia del Callao", "autonomous"),
    ("pj-csj-santa", "", "Corte Superior de Justicia del Santa", "autonomous"),
]  # fmt: skip


@pytest.mark.parametrize(("id_", "acronym", "name", "kind"), ADDED)
def test_national_bodies_universities_and_courts_are_there(id_, acronym, name, kind):
    item = load_gazetteer()[id_]
    assert (item.acronym, item.name, item.kind) == (acronym, name, kind)


def test_every_superior_court_has_an_entry_under_the_judiciary():
    courts = [i for i in load_gazetteer() if i.id.startswith("pj-csj")]
    assert len(courts) >= 34
    assert all(c.parent == "pj" and c.kind == "autonomous" for c in courts)
    assert "Corte Superior de Justicia de Puente Piedra - Ventanilla" in (
        load_gazetteer()["pj-csj-lima-noroeste"].aliases)


def test_fiscal_districts_and_police_units_are_units_of_their_institution():
    gazetteer = load_gazetteer()
    units = set(gazetteer["mpfn"].units)
    assert ("Presidencia de la Junta de Fiscales Superiores del Distrito Fiscal de Lima Norte"
            in units)
    assert "Distrito Fiscal del Santa" in units
    assert {"DIRCOCOR", "DIVINTRAP", "DIRINCRI"} <= set(gazetteer["pnp"].units)
    assert "CMNP TP-TIM" in gazetteer["mininter"].units
    assert "OSCE" in gazetteer["oece"].aliases


def test_existing_ids_keep_their_entries():
    """Adding bodies never renames or drops an id: every id of the first build is there."""
    ids = {item.id for item in load_gazetteer()}
    assert {f for f, *_ in FIXED} <= ids
    assert {"gore:08", "mpro:1501", "mdis:150133", "mdis:080607"} <= ids


def test_an_analyst_adds_an_institution_with_a_new_id(tmp_path):
    extra = tmp_path / "institutions.csv"
    extra.write_text(
        "id,name,acronym,kind,alias,parent\n"
        "beneficencia-lima,Sociedad de Beneficencia de Lima Metropolitana,SBLM,other,"
        "Beneficencia de Lima,\n"
        "beneficencia-lima,,,,Beneficencia Pública de Lima,\n"
        "mimp,,,,Min. de la Mujer,\n"
        "pnp-divtrap-aqp,División de Trata de Personas de Arequipa,,police,,pnp\n",
        encoding="utf-8")  # fmt: skip
    gazetteer = load_gazetteer(extra)
    item = gazetteer["beneficencia-lima"]
    assert (item.name, item.acronym, item.kind) == (
        "Sociedad de Beneficencia de Lima Metropolitana", "SBLM", "other")
    assert item.aliases == ("Beneficencia de Lima", "Beneficencia Pública de Lima")
    assert "Min. de la Mujer" in gazetteer["mimp"].aliases
    assert gazetteer["pnp-divtrap-aqp"].parent == "pnp"
    assert "beneficencia-lima" not in load_gazetteer()


def test_a_new_institution_in_jsonl(tmp_path):
    extra = tmp_path / "institutions.jsonl"
    extra.write_text('{"id": "cem-x", "name": "Casa de Acogida Santa Rosa", "kind": "other", '
                     '"aliases": ["CAR Santa Rosa"]}\n', encoding="utf-8")
    assert load_gazetteer(extra)["cem-x"].aliases == ("CAR Santa Rosa",)


@pytest.mark.parametrize(("row", "error", "says"), [
    ("nuevo,Algo Nuevo,,,x,", UnknownInstitutionError, "name and kind"),
    ("nuevo,Algo Nuevo,,embajada,x,", GazetteerFileError, "kind 'embajada'"),
    ("Nuevo Id,Algo Nuevo,,other,x,", GazetteerFileError, "lower-case"),
    ("nuevo,Algo Nuevo,,other,x,no-such-parent", UnknownInstitutionError, "parent"),
])  # fmt: skip
def test_a_new_institution_needs_a_valid_id_kind_and_parent(tmp_path, row, error, says):
    extra = tmp_path / "institutions.csv"
    extra.write_text(f"id,name,acronym,kind,alias,parent\n{row}\n", encoding="utf-8")
    if "name and kind" in says:
        extra.write_text(f"id,alias\n{row.split(',')[0]},x\n", encoding="utf-8")
    with pytest.raises(error) as caught:
        load_gazetteer(extra)
    assert says in str(caught.value) and "line 2" in str(caught.value)


def test_the_setting_names_a_file_for_every_run(tmp_path, monkeypatch):
    extra = tmp_path / "institutions.csv"
    extra.write_text("id,name,kind\nobs-x,Observatorio Regional de Trata,other\n",
                     encoding="utf-8")
    monkeypatch.setenv("OFICIO_INSTITUTIONS", str(extra))
    first = load_gazetteer()
    assert first["obs-x"].name == "Observatorio Regional de Trata"
    assert load_gazetteer() is first  # the same object: the matcher built on it is reused
    monkeypatch.delenv("OFICIO_INSTITUTIONS")
    assert "obs-x" not in load_gazetteer()
