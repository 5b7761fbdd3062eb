"""Crash safety: a process killed (SIGKILL) inside ``add()`` leaves a store that opens with every
committed article and no part of the batch it was writing."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.store import write_store
from newscorpus.testing import make_corpus_articles

BATCH = 40
# The child adds three batches; inside the third transaction, after its rows are written but
# before COMMIT, it says so and waits to be killed.
CHILD = textwrap.dedent(
    """
    import sys, time
    from newscorpus.store import StoredCorpus, _schema
    from newscorpus.testing import make_corpus_articles

    original = _schema.Database.insert
    calls = 0

    def insert(self, rows):
        global calls
        original(self, rows)
        calls += 1
        if calls == 3:
            print("inside the third batch", flush=True)
            time.sleep(60)

    _schema.Database.insert = insert
    store = StoredCorpus.open(sys.argv[1])
    store.add(make_corpus_articles(200, seed=9)[20:], batch_size={batch},
              progress=lambda done: print("committed", done, flush=True))
    """
).format(batch=BATCH)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_inside_add_keeps_committed_batches_and_no_partial_one(tmp_path: Path) -> None:
    articles = make_corpus_articles(200, seed=9)
    path = tmp_path / "crash.db"
    write_store(articles[:20], path)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line.strip())
        if line.startswith("inside"):
            os.kill(child.pid, signal.SIGKILL)
            break
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert lines == [f"committed {BATCH}", f"committed {2 * BATCH}", "inside the third batch"]

    committed = articles[: 20 + 2 * BATCH]
    with Corpus.open(path) as store:
        assert list(store) == committed  # every committed article, whole, in order
        assert len(store) == len(committed)
        memory = Corpus(committed)
        for query in ("council", "flood* OR police", "NOT council"):
            assert [a.id for a in store.search(query)] == [a.id for a in memory.search(query)]
        assert store.authors() == memory.authors()
        # the store is still writable: the killed batch can be added again
        assert store.add(articles[20 + 2 * BATCH : 20 + 3 * BATCH]) == BATCH
        assert len(store) == len(committed) + BATCH
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
