"""Document children: forked with what they need already loaded, and nothing of it loaded
in the batch's own process."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from oficio.corpus.batch.child import load_document
from oficio.corpus.batch.isolation import run_isolated
from oficio.extract.read import language
from oficio.extract.read.options import LoadOptions
from tests.conftest import ROOT


def vocabulary_loaded() -> bool:
    return language.vocabulary.cache_info().currsize == 1


def test_document_children_start_with_the_word_tables_loaded():
    assert run_isolated(vocabulary_loaded, (), 120, 4096, "probe") is True


def test_the_batch_process_loads_neither_the_childrens_word_tables_nor_their_loader():
    probe = ("import sys, oficio.corpus.batch.flow, oficio.corpus.batch.stages\n"
             "import oficio.corpus.batch.child\n"
             "from oficio.extract.read import language\n"
             "print(language.vocabulary.cache_info().currsize,\n"
             "      'oficio.extract.read.loader' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert run.stdout.strip() == "0 False", run.stderr


def test_document_children_start_with_the_loader_imported():
    assert run_isolated(loader_imported, (), 120, 4096, "probe") is True


def loader_imported() -> bool:
    return "oficio.extract.read.loader" in sys.modules


def test_document_children_start_with_what_the_fork_server_loaded_set_aside_from_the_gc():
    # A child's collections would otherwise walk (and so copy) the fork server's memory.
    assert run_isolated(gc.get_freeze_count, (), 120, 4096, "probe") > 10_000


def test_the_fork_server_loads_its_word_tables_without_importing_spacy():
    language.vocabulary.__wrapped__()  # the lists are in the cache folder
    probe = "import sys, oficio.corpus.batch.child_preload\nprint('spacy' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert run.stdout.strip() == "False", run.stderr


def modules_a_load_imports(path: str) -> list[str]:
    before = set(sys.modules)
    load_document(path, LoadOptions(jobs=1), None)
    return sorted(set(sys.modules) - before)


@pytest.mark.parametrize("name", ["12_rree_note.txt", "01_mimp_oficio_native.pdf"])
def test_a_document_child_imports_nothing_to_load_a_text_or_a_pdf(examples, name):
    # each import in a child costs it again (a text file took 69 ms instead of 33)
    path = str(examples / name)
    assert run_isolated(modules_a_load_imports, (path,), 120, 4096, name) == []
