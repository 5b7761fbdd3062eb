"""A store opens read-only when asked, or when its file or folder cannot be written: reading works,
writing is a StoreError that says why, and the file is left as it was."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newscorpus import Corpus, StoreError
from newscorpus.article import Article
from newscorpus.store import StoredCorpus, write_store
from newscorpus.testing import make_corpus_articles

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def _store(tmp_path: Path) -> Path:
    path = tmp_path / "ro.db"
    write_store(make_corpus_articles(20, seed=4), path)
    return path


def test_read_only_open_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = _store(tmp_path)
    before = path.read_bytes()
    with StoredCorpus.open(path, read_only=True) as store:
        assert store.read_only
        assert len(store) == 20 and len(list(store)) == 20
        with pytest.raises(StoreError) as err:
            store.add([Article(id="new", text="New text.")])
    assert "read-only" in str(err.value) and str(path) in str(err.value)
    assert path.read_bytes() == before  # not even switched to WAL
    assert not Path(f"{path}-wal").exists()


def test_a_wal_store_opens_read_only(tmp_path: Path) -> None:
    path = _store(tmp_path)
    with StoredCorpus.open(path) as store:  # a read-write open switches the store to WAL
        store.add([Article(id="new", text="New text.")])
    with Corpus.open(path, read_only=True) as store:
        assert len(store) == 21


@pytest.fixture
def locked(tmp_path: Path) -> Iterator[Path]:
    path = _store(tmp_path)
    with StoredCorpus.open(path):  # WAL mode, as every store that was added to
        pass
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    yield path
    tmp_path.chmod(0o755)
    path.chmod(0o644)


@pytest.mark.skipif(ROOT, reason="root can write a 0444 file in a 0555 folder")
def test_an_unwritable_store_opens_read_only_by_itself(locked: Path) -> None:
    with StoredCorpus.open(locked) as store:
        assert store.read_only and len(list(store)) == 20
        with pytest.raises(StoreError, match="read-only"):
            store.add([Article(id="new", text="New text.")])
