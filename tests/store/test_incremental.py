"""Incremental indexing: pages already in the store (same path, same content) are not read
again; the version-2 store is upgraded; new stores get the mode the umask gives."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from newscorpus import Corpus, StoreError
from newscorpus.cli import main
from newscorpus.io import write_jsonl
from newscorpus.store import SCHEMA_VERSION, StoredCorpus, write_store
from newscorpus.stream import index_pages
from newscorpus.testing import make_corpus_articles


def _page(folder: Path, number: int, words: str = "on the new bridge") -> Path:
    path = folder / f"{number:02d}.txt"
    path.write_text(
        f"Report number {number} from the valley\n\nThe council met on Monday and voted "
        f"{words}, the mayor said after the meeting.\n\nWork starts in spring.\n",
        encoding="utf-8",
    )
    return path


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number in range(count):
        _page(folder, number)
    return folder


def test_index_again_reads_only_new_and_changed_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = _folder(tmp_path, 5), str(tmp_path / "news.db")
    assert main(["index", str(folder), "-o", db, "--workers", "1"]) == 0
    assert "indexed 5 new articles" in capsys.readouterr().err
    _page(folder, 5)  # a new page
    _page(folder, 2, words="against the new bridge")  # an edited page
    seen: list[int] = []
    report = index_pages(folder, db, workers=1, progress=seen.append)
    assert (report.added, report.unchanged, report.stored) == (2, 4, 7)
    assert seen == [1, 2]  # only two pages were extracted
    assert main(["index", str(folder), "-o", db]) == 0
    err = capsys.readouterr().err
    assert "indexed 0 new articles" in err and "6 pages already indexed, not read again" in err


def test_a_page_is_known_by_its_absolute_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, db = _folder(tmp_path, 3), tmp_path / "news.db"
    index_pages(folder, db, workers=1)
    monkeypatch.chdir(tmp_path)
    assert index_pages("pages", db, workers=1).unchanged == 3


def test_appended_records_alone_are_extracted(tmp_path: Path) -> None:
    jsonl, db = tmp_path / "pages.jsonl", tmp_path / "news.db"
    lines = [
        f'{{"url": "https://example.org/{n}", "text": "The harbour reopened after repairs on '
        f'day {n}, the port authority said on Monday."}}\n'
        for n in range(4)
    ]
    jsonl.write_text("".join(lines[:3]), encoding="utf-8")
    assert index_pages(jsonl, db, workers=1).added == 3
    jsonl.write_text("".join(lines), encoding="utf-8")
    report = index_pages(jsonl, db, workers=1)
    assert (report.added, report.unchanged) == (1, 3)


def test_pages_without_text_are_remembered_failures_are_not(tmp_path: Path) -> None:
    folder, db = _folder(tmp_path, 2), tmp_path / "news.db"
    (folder / "empty.html").write_text("<html><script>x()</script></html>", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    first = index_pages(folder, db, workers=1, errors="skip")
    assert first.added == 2 and {Path(s.path).name for s in first.skipped} == {
        "empty.html",
        "binary.txt",
    }
    again = index_pages(folder, db, workers=1, errors="skip")
    assert again.unchanged == 3  # the two pages and the page without article text
    assert [Path(s.path).name for s in again.skipped] == ["binary.txt"]  # tried again


def test_articles_read_as_such_are_added_once(tmp_path: Path) -> None:
    jsonl, db = tmp_path / "corpus.jsonl", tmp_path / "news.db"
    write_jsonl(make_corpus_articles(6, seed=3), jsonl)
    assert index_pages(jsonl, db, workers=1).added == 6
    report = index_pages(jsonl, db, workers=1)
    assert (report.added, report.duplicates, report.stored) == (0, 6, 6)


def _as_version_2(path: Path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("DROP TABLE pages")
        connection.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    connection.close()


def _version(path: Path) -> str:
    connection = sqlite3.connect(path)
    found = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    connection.close()
    return str(found[0])


def test_a_version_2_store_is_read_as_it_is_and_upgraded_for_writing(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    articles = make_corpus_articles(5, seed=4)
    write_store(articles, db)
    _as_version_2(db)
    with StoredCorpus.open(db, read_only=True) as store:
        assert list(store) == articles
    assert _version(db) == "2"
    folder = _folder(tmp_path, 2)
    assert index_pages(folder, db, workers=1).added == 2
    assert _version(db) == str(SCHEMA_VERSION) == "3"
    assert index_pages(folder, db, workers=1).unchanged == 2


def test_index_into_a_read_only_store_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    write_store(make_corpus_articles(2, seed=1), db)
    db.chmod(0o444)
    if os.access(db, os.W_OK):
        pytest.skip("root can write a 0444 file")
    with pytest.raises(StoreError, match="read-only"):
        index_pages(_folder(tmp_path, 1), db, workers=1)


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_a_new_store_gets_the_mode_the_umask_gives(tmp_path: Path, mask: int) -> None:
    old = os.umask(mask)
    try:
        write_store(make_corpus_articles(2, seed=1), tmp_path / "a.db")
        index_pages(_folder(tmp_path, 1), tmp_path / "b.db", workers=1)
    finally:
        os.umask(old)
    for name in ("a.db", "b.db"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_new_index_leaves_nothing(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(Exception, match="binary"):
        index_pages(folder, tmp_path / "news.db", workers=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pages"]
    assert len(Corpus.load(folder, errors="skip")) == 2
