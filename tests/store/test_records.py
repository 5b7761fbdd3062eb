"""The store holds what the Corpus holds: articles that share a content-derived id but come from
different files are all kept; only a true re-add of the very same record is skipped."""

from __future__ import annotations

from pathlib import Path

from newscorpus import Corpus
from newscorpus.article import Article, Origin
from newscorpus.store import write_store

BODIES = ["the river broke its banks", "the council voted on the budget", "the rail strike ended"]


def _page(number: int, body: str) -> str:
    return (
        f"Headline number {number} of the day\n\nOn Tuesday {body} after three days, and the "
        "mayor opened two shelters for families.\n\nOfficials said more would follow soon.\n"
    )


def _twice(folder: Path) -> list[Path]:
    """Three texts, each written to two files: six pages, three distinct content ids."""
    paths = []
    for n, body in enumerate(BODIES):
        for copy in ("a", "b"):
            path = folder / f"{n}{copy}.txt"
            path.write_text(_page(n, body), encoding="utf-8")
            paths.append(path)
    return paths


def test_store_holds_every_article_the_corpus_holds(tmp_path: Path) -> None:
    corpus = Corpus.load(_twice(tmp_path))
    assert len(corpus) == 6 and len({a.id for a in corpus}) == 3
    assert corpus.save(tmp_path / "s.db") == 6
    with Corpus.open(tmp_path / "s.db") as store:
        assert len(store) == 6
        assert list(store) == list(corpus)
        assert len(store.search("river")) == len(corpus.search("river")) == 2


def test_same_id_with_different_content_is_kept(tmp_path: Path) -> None:
    first, second = Article(id="a", text="first"), Article(id="a", text="second")
    assert write_store([first, second], tmp_path / "d.db") == 2
    with Corpus.open(tmp_path / "d.db") as store:
        assert store.get("a") == first  # get() gives the first stored under an id
        assert [a.text for a in store] == ["first", "second"]


def test_a_true_readd_of_the_same_record_is_skipped(tmp_path: Path) -> None:
    here = Origin(path="x.txt", line=1)
    record = Article(id="a", text="same", origin=here)
    other_file = record.evolve(origin=Origin(path="y.txt", line=1))
    path = tmp_path / "r.db"
    assert write_store([record, record], path) == 1
    with Corpus.open(path) as store:
        assert store.add([record, other_file, other_file], batch_size=1) == 1
        assert store.add([record, other_file]) == 0
        assert len(store) == 2
