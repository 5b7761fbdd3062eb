"""A damaged store is a StoreError naming the store and the row, never a zlib or JSON error, and
``StoredCorpus.check`` (``newscorpus check``) finds damage on demand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newscorpus import Corpus, StoreError
from newscorpus.cli import main
from newscorpus.store import write_store
from newscorpus.testing import make_corpus_articles


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "d.db"
    write_store(make_corpus_articles(30, seed=3), path)
    return path


def _set_text(path: Path, rowid: int, data: bytes | None) -> None:
    with sqlite3.connect(path) as con:
        if data is None:
            con.execute("DELETE FROM texts WHERE rowid = ?", (rowid,))
        else:
            con.execute("UPDATE texts SET data = ? WHERE rowid = ?", (data, rowid))
    con.close()


def _flip(path: Path, rowid: int) -> None:
    with sqlite3.connect(path) as con:
        data = bytearray(
            con.execute("SELECT data FROM texts WHERE rowid=?", (rowid,)).fetchone()[0]
        )
    con.close()
    for at in range(4, len(data), 7):
        data[at] ^= 0xFF
    _set_text(path, rowid, bytes(data))


def test_flipped_bytes_in_a_row_are_a_store_error_naming_store_and_row(tmp_path: Path) -> None:
    path = _store(tmp_path)
    _flip(path, 7)
    with Corpus.open(path) as store, pytest.raises(StoreError) as err:
        list(store)
    assert str(path) in str(err.value) and "row 7" in str(err.value)


def test_a_row_whose_text_is_gone_is_a_store_error(tmp_path: Path) -> None:
    path = _store(tmp_path)
    _set_text(path, 5, None)
    with Corpus.open(path) as store, pytest.raises(StoreError) as err:
        list(store.search("the OR council OR police OR a"))
    assert "row 5" in str(err.value)


def test_a_row_that_is_not_an_article_is_a_store_error(tmp_path: Path) -> None:
    import zlib

    path = _store(tmp_path)
    _set_text(path, 3, zlib.compress(b'{"provenance": [1, 2], "text": 5}'))
    with Corpus.open(path) as store, pytest.raises(StoreError) as err:
        store.get(next(iter(store.ids())))
        list(store)
    assert "row 3" in str(err.value)


def test_check_finds_nothing_on_a_sound_store(tmp_path: Path) -> None:
    with Corpus.open(_store(tmp_path)) as store:
        assert store.check() == []


def test_check_reports_a_damaged_row_and_a_zeroed_page(tmp_path: Path) -> None:
    path = _store(tmp_path)
    _flip(path, 2)
    with sqlite3.connect(path) as con:
        page = con.execute("SELECT rootpage FROM sqlite_master WHERE name='articles_source'")
        root = int(page.fetchone()[0])
        size = int(con.execute("PRAGMA page_size").fetchone()[0])
    con.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * size : root * size] = bytes(size)
    path.write_bytes(bytes(data))
    with Corpus.open(path, read_only=True) as store:
        problems = store.check()
    assert any("row 2" in p for p in problems)
    assert any("integrity" in p for p in problems)


def test_cli_check_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _store(tmp_path)
    assert main(["check", str(path)]) == 0
    assert "30 articles" in capsys.readouterr().err
    _flip(path, 4)
    assert main(["check", str(path)]) == 1
    err = capsys.readouterr().err
    assert "row 4" in err and str(path) in err


def test_cli_search_and_kwic_on_a_damaged_store_end_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _store(tmp_path)
    for rowid in range(1, 31):
        _flip(path, rowid)
    assert main(["search", str(path), "NOT zzzz"]) == 2
    assert main(["kwic", str(path), "the"]) == 2
    err = capsys.readouterr().err
    assert "row 1" in err and "Traceback" not in err
