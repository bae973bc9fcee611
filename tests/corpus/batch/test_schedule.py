"""How a batch schedules its documents: which file is read when, and how many at once."""

from __future__ import annotations

from pathlib import Path

from oficio.corpus.batch.flow import Window
from oficio.corpus.batch.scan import CorpusFile, reading_order


def files(sizes: dict[str, int]) -> list[CorpusFile]:
    return [CorpusFile(Path("/c") / name, name, name, size, 0) for name, size in sizes.items()]


def test_the_largest_file_is_read_first_and_every_file_once():
    corpus = files({f"n{i:02d}.pdf": 5_000 + i for i in range(20)}
                   | {"scan_a.pdf": 900_000, "scan_b.pdf": 600_000})
    order = [f.relpath for f in reading_order(corpus)]
    assert order[0] == "scan_a.pdf"
    assert sorted(order) == sorted(f.relpath for f in corpus)


def test_large_files_are_spread_among_small_ones():
    """Scans named after the born-digital replies must not all come at the end."""
    sizes = {f"native_{i:03d}.pdf": 4_000 for i in range(140)}
    sizes |= {f"scan_{i:03d}.pdf": 500_000 + i for i in range(60)}
    order = [f.relpath for f in reading_order(files(sizes))]
    scans = [i for i, name in enumerate(order) if name.startswith("scan")]
    assert scans[0] == 0
    assert max(b - a for a, b in zip(scans, scans[1:], strict=False)) <= 10
    assert any(name.startswith("scan") for name in order[-20:])


def test_equal_sizes_keep_the_folder_order():
    order = reading_order(files({name: 100 for name in ("a.txt", "b.txt", "c.txt", "d.txt")}))
    assert [f.relpath for f in order] == ["a.txt", "b.txt", "c.txt", "d.txt"]


def test_an_empty_corpus_and_empty_files():
    assert reading_order([]) == []
    assert len(reading_order(files({"a.txt": 0, "b.txt": 0}))) == 2


def test_the_window_keeps_reads_to_the_workers_and_a_bound_in_all():
    window = Window(reads=2, total=5)
    assert window.admits({})
    assert not window.admits({"f1": ("read", None), "f2": ("read", None)})
    assert window.admits({"f1": ("read", None), "f2": ("extract", None),
                          "f3": ("classify", None)})
    assert not window.admits({f"f{i}": ("extract", None) for i in range(5)})
