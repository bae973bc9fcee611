"""The on-disk word lists and tables: built once, read back the same, never trusted when
torn."""

from __future__ import annotations

from pathlib import Path

import pytest

from oficio.extract.read.language import _first_lemmas, _vocabulary_words, lemma_table
from oficio.extract.read.word_lists import cached_table, cached_words

WORDS = {"oficio", "información", "trata", "niño"}


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("OFICIO_CACHE_DIR", str(folder))
    return folder


class Builder:
    def __init__(self, words: set[str]) -> None:
        self.words, self.calls = words, 0

    def __call__(self) -> set[str]:
        self.calls += 1
        return self.words


def test_a_word_list_is_built_once_then_read_back(cache):
    build = Builder(WORDS)
    assert cached_words("words", build) == WORDS
    assert cached_words("words", build) == WORDS
    assert build.calls == 1
    assert len(list(cache.iterdir())) == 1


def test_the_vocabulary_read_back_is_the_one_built(cache):
    built = frozenset(_vocabulary_words())
    assert cached_words("vocabulary", _vocabulary_words) == built
    assert cached_words("vocabulary", Builder(set())) == built  # read, not built


def test_a_torn_list_is_rebuilt(cache):
    build = Builder(WORDS)
    cached_words("words", build)
    (path,) = cache.iterdir()
    path.write_text(path.read_text(encoding="utf-8").rsplit("\n", 1)[0], encoding="utf-8")
    assert cached_words("words", build) == WORDS
    assert build.calls == 2
    assert cached_words("words", build) == WORDS and build.calls == 2  # repaired on disk


def test_changed_code_gives_a_new_list(cache, tmp_path):
    source = tmp_path / "builder.py"
    source.write_text("v1", encoding="utf-8")
    cached_words("words", Builder(WORDS), [source])
    source.write_text("v2", encoding="utf-8")
    assert cached_words("words", Builder({"nuevo"}), [source]) == {"nuevo"}


def test_a_new_list_replaces_the_old_versions_of_that_list_only(cache, tmp_path):
    source = tmp_path / "builder.py"
    source.write_text("v1", encoding="utf-8")
    cached_words("words", Builder(WORDS), [source])
    cached_words("other-words", Builder(WORDS), [source])
    cached_words("more-words", Builder(WORDS), [source])  # a name that ends like "words"
    unrelated = cache / "notes.txt"
    unrelated.write_text("not a list", encoding="utf-8")
    before = {path.name for path in cache.iterdir()}
    source.write_text("v2", encoding="utf-8")
    cached_words("words", Builder({"nuevo"}), [source])
    after = {path.name for path in cache.iterdir()}
    (new,) = after - before
    (old,) = before - after
    assert new.startswith("words-") and old.startswith("words-")
    assert len(after) == len(before)


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("OFICIO_CACHE_DIR", str(blocker / "cache"))
    build = Builder(WORDS)
    assert cached_words("words", build) == WORDS
    assert cached_words("words", build) == WORDS
    assert build.calls == 2


def test_a_table_answers_as_the_mapping_it_was_built_from(cache):
    table = {"niños": "niño", "talleres": "taller", "a": "", "Ñandú": "ñandú", "zeta": "z"}
    built = cached_table("table", lambda: table)
    read = cached_table("table", dict)  # read back, not built
    for words in (built, read):
        assert {word: words.get(word) for word in table} == table
        assert words.get("niñas") is None and words.get("", "-") == "-"
        assert "talleres" in words and "taller" not in words and len(words) == len(table)


def test_the_lemma_table_searched_on_disk_gives_every_lemma_of_the_loaded_one(cache):
    loaded = _first_lemmas("en")
    table = lemma_table.__wrapped__("en")
    assert len(table) == len(loaded)
    assert all(table.get(form) == lemma for form, lemma in loaded.items())
    assert table.get("Workshops") is None  # forms are looked up as written
