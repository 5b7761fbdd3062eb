"""Save the bundled sample corpus as an SQLite store, reopen it, query it, add to it.

Run: python examples/store_demo.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newscorpus import Corpus
from newscorpus.samples import sample_corpus_path
from newscorpus.testing import make_corpus_articles


def main() -> None:
    corpus = Corpus.load(sample_corpus_path())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "news.db"
        print(f"saved {corpus.save(path)} articles to {path.name}")
        with Corpus.open(path) as store:
            hits = store.search("river OR flood* OR tram*")
            print(f"{len(hits)} of {len(store)} stored articles match 'river OR flood* OR tram*'")
            for article in hits:
                print(f"  {article.published_iso or '-':19}  {article.title}")
            for line in store.kwic("river", width=30)[:3]:
                print(line)
            print("sources:", store.sources()[:3])
            added = store.add(make_corpus_articles(200, seed=1))
            again = store.add(make_corpus_articles(200, seed=1))  # same ids: skipped
            print(f"added {added} generated articles, then {again} (duplicates are skipped)")
            for row in store.where(language="en").counts(["council", "flood*"], by="year"):
                print(f"  {row.period}  {row.term:8} {row.count:3} of {row.total}")
            same = list(store.search("council")) == list(Corpus(store).search("council"))
            print("store search equals in-memory search:", same)


if __name__ == "__main__":
    main()
