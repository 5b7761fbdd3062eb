"""The SQLite store used the way a user's code uses it; `mypy --strict` checks this file.

Not collected by pytest; it also runs (``python tests/typing/use_store.py``) and writes only
into a temporary folder.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newscorpus import Article, Corpus, CountRow, KwicHit, StoredCorpus, StoreError


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.db"
        stored: int = Corpus([Article(text="Floods rose in the valley.")]).save(path)
        with Corpus.open(path) as store:
            view: StoredCorpus = store.where(since="2020").search("flood*")
            titles: list[str | None] = [a.title for a in store.search("valley")]
            rows: list[CountRow] = store.counts(["flood*"], by="year", group="source")
            lines: list[KwicHit] = store.kwic("valley")
            added: int = store.add([Article(text="Another.")], batch_size=10)
            print(stored, len(view), titles, rows, lines, added, store.sources())
        try:
            Corpus.open(Path(folder) / "missing.db")
        except StoreError as err:
            print(err.path)


if __name__ == "__main__":
    main()
