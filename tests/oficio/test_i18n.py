"""oficio's languages: Spanish by default, English with ``--lang en`` or the setting
``lang``, each a gettext catalog (``oficio/locale``) that is complete and compiled; a third
language is only a catalog."""

from __future__ import annotations

import shutil

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from oficio import i18n, settings
from oficio.cli.corpus import reclassified_line
from oficio.cli.main import app
from oficio.errors import ConfigError, DiskFullError
from oficio.labels import SPANISH_NAMES
from scripts import catalogs


def test_every_message_of_the_code_is_in_the_catalogs_and_each_mo_is_current():
    assert catalogs.problems() == []
    ids = {message for _, message in catalogs.code_ids()}
    assert "Sources of every number" in ids  # a call inside an f-string counts
    assert "see the document's warnings" in ids  # and one inside another call
    assert {lang for lang in i18n.languages()} >= {"es", "en"}


def test_spanish_is_the_default(spanish):
    assert i18n.current() == "es"
    assert i18n._("oficio report") == "Informe de oficio"
    assert reclassified_line(2) == ("2 respuestas reclasificadas desde su texto guardado "
                                    "(sin leerlas de nuevo).")
    assert i18n.label("status", "out_of_period") == SPANISH_NAMES["status"]["out_of_period"]
    assert i18n.label("sender_kind", "district_municipality") == "municipalidad distrital"


def test_the_setting_gives_english(monkeypatch):
    monkeypatch.setenv("OFICIO_LANG", "en")
    assert i18n._("oficio report") == "oficio report"
    assert reclassified_line(1) == "1 reply reclassified from its stored text (not read again)."
    assert i18n.label("status", "out_of_period") == "out of period"
    assert i18n.label("missing_kind", "clarification") == "asks for clarification"


def test_an_error_follows_the_language_and_keeps_its_code(monkeypatch):
    monkeypatch.delenv("OFICIO_LANG")
    spanish = str(DiskFullError("/datos"))
    assert spanish.startswith("[E307] /datos: el disco está lleno. Libere espacio")
    assert "disk is full" not in spanish
    monkeypatch.setenv("OFICIO_LANG", "en")
    assert str(DiskFullError("/datos")).startswith("[E307] /datos: the disk is full. Free")


def test_a_language_oficio_has_no_catalog_for_is_error_e210(monkeypatch):
    with pytest.raises(ConfigError, match=r"\[E210\].*lang.*'fr'"):
        settings.parse(settings.BY_KEY["lang"], "fr", "OFICIO_LANG")
    monkeypatch.setenv("OFICIO_LANG", "fr")
    assert i18n.current() == "es"  # here the default; the command stops at its start
    result = CliRunner().invoke(app, ["settings"])  # run_main makes it exit code 2
    assert isinstance(result.exception, ConfigError) and "E210" in str(result.exception)


def test_the_lang_option_wins_over_the_setting(monkeypatch):
    monkeypatch.setenv("OFICIO_LANG", "en")
    result = CliRunner().invoke(app, ["--lang", "es", "settings"])
    assert result.exit_code == 0, result.output
    assert "predeterminado" in result.output and "lang = es" in result.output
    result = CliRunner().invoke(app, ["--lang", "en", "settings"])
    assert "default" in result.output and "predeterminado" not in result.output


def test_a_third_language_is_only_a_catalog(tmp_path, monkeypatch):
    locale = tmp_path / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    folder = locale / "pt" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    with (i18n.LOCALE_DIR / "en" / "LC_MESSAGES" / "oficio.po").open("rb") as handle:
        catalog = read_po(handle, locale="pt")
    catalog.add("oficio report", "relatório do oficio")
    catalog.get("out_of_period", context="status").string = "fora do prazo"
    with (folder / "oficio.mo").open("wb") as handle:
        write_mo(handle, catalog)
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    monkeypatch.setenv("OFICIO_LANG", "pt")
    assert "pt" in i18n.languages()
    settings.check_environment()  # a valid setting now
    assert i18n._("oficio report") == "relatório do oficio"
    assert i18n.label("status", "out_of_period") == "fora do prazo"
    assert i18n._("Tables: {folder}") == "Tables: {folder}"  # not translated: the English


def test_the_language_is_read_from_the_settings_variable():
    from oficio.i18n import LANG_ENV
    from oficio.settings import BY_KEY

    assert BY_KEY["lang"].env == LANG_ENV


def test_processing_states_and_run_endings_are_shown_in_spanish(spanish):
    from oficio.cli.corpus import _run_line
    from oficio.i18n import label

    assert (label("processing", "ok"), label("processing", "failed")) == ("procesado", "falló")
    run = {"run_id": 1, "started_at": "2026-12-08T03:05", "status": "finished", "processed": 12,
           "failed": 1, "skipped": 0, "changed": 0, "removed": 0, "restored": 0}
    line = _run_line(run)
    assert "terminada" in line and "finished" not in line
