"""Streaming (iter_articles), worker processes (workers="auto", crashes in a worker) and
progress (progress=True, callables)."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import newscorpus._batch.outcomes as batch
from newscorpus import Corpus, InputError, OptionsError, iter_articles
from newscorpus._batch.outcomes import SMALL_INPUT, worker_count
from newscorpus._batch.pool import ordered_map
from newscorpus.io import Document, write_jsonl
from newscorpus.stream import page_total
from newscorpus.testing import sample_corpus_path

FORK = multiprocessing.get_start_method() == "fork"
needs_fork = pytest.mark.skipif(
    not FORK, reason="patching the extractor reaches worker processes only when they are forked"
)


def _pages(folder: Path, count: int) -> Path:
    folder.mkdir(exist_ok=True)
    for number in range(count):
        (folder / f"{number:03d}.txt").write_text(
            f"Report number {number} from the valley\n\nThe council met on Monday and voted "
            f"{number} to nothing on the new bridge, the mayor said after the meeting.\n\n"
            "Work starts in spring, officials said.\n",
            encoding="utf-8",
        )
    return folder


def test_iter_articles_gives_what_load_gives_in_order() -> None:
    loaded = Corpus.load(sample_corpus_path(), workers=1)
    for workers in (1, 2, "auto"):
        with iter_articles(sample_corpus_path(), workers=workers) as stream:
            assert list(stream) == list(loaded)
        assert stream.skipped == loaded.skipped and stream.done == len(loaded)


def test_iter_articles_is_lazy(tmp_path: Path) -> None:
    stream = iter_articles(_pages(tmp_path / "p", 40), workers=1)
    assert stream.done == 0
    first = next(stream)
    assert first.title == "Report number 0 from the valley" and stream.done == 1
    stream.close()
    assert list(stream) == []


def test_pool_reads_only_a_window_ahead() -> None:
    pulled = []

    def items() -> Iterator[int]:
        for number in range(1000):
            pulled.append(number)
            yield number

    results = ordered_map(abs, items(), workers=2, chunk_size=4, on_crash=lambda i, w: -1)
    assert next(results) == 0
    assert len(pulled) <= 2 * 4 * 4 + 4  # in flight: four chunks per worker, and one more
    assert list(results) == list(range(1, 1000))


@pytest.mark.parametrize("bad", [0, -2, "many", True, 1.5])
def test_bad_workers_are_refused(bad: object) -> None:
    with pytest.raises(OptionsError, match="workers"):
        iter_articles(sample_corpus_path(), workers=bad)  # type: ignore[arg-type]
    with pytest.raises(OptionsError, match="workers"):
        Corpus.load(sample_corpus_path(), workers=bad)  # type: ignore[arg-type]


def test_worker_count() -> None:
    assert worker_count(None) == 1 and worker_count(4) == 4
    assert worker_count("auto") == len(os.sched_getaffinity(0))


def test_auto_stays_in_this_process_for_a_few_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pool was started")

    monkeypatch.setattr(batch, "ordered_map", no_pool)
    monkeypatch.setattr(batch, "_cores", lambda: 2)
    few = _pages(tmp_path / "few", SMALL_INPUT - 1)
    assert len(Corpus.load(few, workers="auto")) == SMALL_INPUT - 1
    many = _pages(tmp_path / "many", SMALL_INPUT)
    with pytest.raises(AssertionError, match="a pool was started"):
        Corpus.load(many, workers="auto")


def test_workers_give_byte_identical_output(tmp_path: Path) -> None:
    folder = _pages(tmp_path / "p", 30)
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"out-{workers}.jsonl"
        write_jsonl(iter_articles(folder, workers=workers), out)
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") == 30


def _dies_on_poison(document: Document, options: object = None) -> object:
    if "POISON" in document.content:
        os._exit(7)  # as a segfault or the kernel's OOM killer would end it: no exception
    if "BUG" in document.content:
        raise ZeroDivisionError("a bug in extraction")
    return _real_extract(document, options=options)  # type: ignore[arg-type]


_real_extract = batch.extract


def _poisoned(tmp_path: Path) -> Path:
    folder = _pages(tmp_path / "p", 30)
    (folder / "007.txt").write_text("POISON page\n\nIt kills the process.\n", encoding="utf-8")
    (folder / "021.txt").write_text("BUG page\n\nIt raises.\n", encoding="utf-8")
    return folder


@needs_fork
def test_a_page_that_kills_its_worker_is_reported_and_the_rest_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _poisoned(tmp_path)
    serial = Corpus.load(folder, workers=1, errors="skip")  # the real extractor: no crash
    monkeypatch.setattr(batch, "extract", _dies_on_poison)
    corpus = Corpus.load(folder, workers=2, errors="skip")
    assert list(corpus) == [a for a in serial if not a.text.startswith(("It kills", "It raises"))]
    by_file = {Path(s.path).name: s for s in corpus.skipped}
    assert set(by_file) == {"007.txt", "021.txt"}
    assert by_file["007.txt"].error == "InputError"
    assert "worker process extracting this page died" in by_file["007.txt"].reason
    assert "ZeroDivisionError" in by_file["021.txt"].reason


@needs_fork
def test_a_killed_worker_raises_naming_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _poisoned(tmp_path)
    monkeypatch.setattr(batch, "extract", _dies_on_poison)
    with pytest.raises(InputError, match=r"007\.txt: the worker process"):
        Corpus.load(folder, workers=2)


def _exit_on_three(number: int) -> int:
    if number == 3:
        os._exit(1)
    return number * 10


def test_pool_isolates_the_item_that_breaks_it() -> None:
    results = ordered_map(
        _exit_on_three, range(12), workers=2, chunk_size=4, on_crash=lambda item, why: -item
    )
    assert list(results) == [0, 10, 20, -3, *range(40, 120, 10)]


def test_progress_callable_counts_pages() -> None:
    seen: list[int] = []
    Corpus.load(sample_corpus_path(), workers=2, progress=seen.append)
    assert seen == list(range(1, 13))


def test_progress_true_draws_a_bar_with_total_and_rate(capsys: pytest.CaptureFixture[str]) -> None:
    assert len(Corpus.load(sample_corpus_path(), workers=1, progress=True)) == 12
    err = capsys.readouterr().err
    assert "13/13" in err and "pages/s" in err


def test_page_total_only_for_page_files(tmp_path: Path) -> None:
    folder = _pages(tmp_path / "p", 3)
    assert page_total(folder, None) == 3
    assert page_total([folder / "000.txt"], "html") == 1
    write_jsonl(Corpus.load(folder), tmp_path / "c.jsonl")
    assert page_total(tmp_path / "c.jsonl", None) is None
    assert page_total(folder, "jsonl") is None


def test_cli_extract_streams_with_workers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newscorpus.cli import main

    folder = _pages(tmp_path / "p", 20)
    outputs = []
    for workers in ("1", "2", "auto"):
        out = tmp_path / f"out-{workers}.csv"
        assert main(["extract", str(folder), "-o", str(out), "--workers", workers]) == 0
        outputs.append(out.read_bytes())
        assert "wrote 20 articles" in capsys.readouterr().err
    assert outputs[0] == outputs[1] == outputs[2]


@pytest.mark.parametrize("bad", ["0", "-1", "lots"])
def test_cli_refuses_bad_workers(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    from newscorpus.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(sample_corpus_path()), "-o", "x.jsonl", "--workers", bad])
    assert exit_info.value.code == 2
    assert "expected 'auto' or a number of at least 1" in capsys.readouterr().err


def _auto_count(_: int) -> int:
    return worker_count("auto")


def test_auto_is_one_process_inside_a_pool_worker() -> None:
    results = ordered_map(_auto_count, [0], workers=1, chunk_size=1, on_crash=lambda i, w: -1)
    assert list(results) == [1]


def test_skips_are_listed_in_reading_order_whatever_the_workers(tmp_path: Path) -> None:
    folder = _pages(tmp_path / "p", 20)
    (folder / "004.txt").write_text("", encoding="utf-8")  # an empty file: left out by reading
    (folder / "009.html").write_text("<html><script>x()</script></html>", encoding="utf-8")
    (folder / "012.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)  # no page
    (folder / "zz.md").write_text("notes", encoding="utf-8")  # after the last page
    orders = []
    for workers in (1, 2, "auto"):
        corpus = Corpus.load(folder, workers=workers, errors="skip")
        orders.append([(Path(s.path).name, s.error) for s in corpus.skipped])
        assert len(corpus) == 19
    assert orders[0] == orders[1] == orders[2]
    assert [name for name, _error in orders[0]] == ["004.txt", "009.html", "012.png", "zz.md"]
