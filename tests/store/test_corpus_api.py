"""The store has the Corpus's query and export API ("same API, on disk"), with the same answers,
read by streaming the view."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.store import StoredCorpus
from newscorpus.testing import make_corpus_articles

BODY = "The council approved the new flood barrier after a long debate on Monday night."
ARTICLES = [
    *make_corpus_articles(40, seed=8),
    Article(id="q1", text=f"“We stay,” said Ana Lima. {BODY}"),
    Article(id="q2", text=BODY, source="Copy Desk"),
]
MEMORY = Corpus(ARTICLES)
# What a Corpus offers that a store does not need: building from memory or other files, and
# the in-memory conveniences (a sequence's index/count, re-cleaning with a model).
NOT_ON_A_STORE = {
    "load", "from_parquet", "from_hf_dataset", "open", "save", "skipped", "report", "titles", "to_dicts",
    "clean", "index", "count",
}  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoredCorpus]:
    path = tmp_path_factory.mktemp("api") / "news.db"
    MEMORY.save(path)
    with Corpus.open(path) as opened:
        yield opened


def test_stored_corpus_has_the_corpus_api() -> None:
    public = {name for name in dir(Corpus) if not name.startswith("_")}
    missing = sorted(public - NOT_ON_A_STORE - set(dir(StoredCorpus)))
    assert missing == []


@pytest.mark.parametrize(
    "ask",
    [
        lambda c: c.timeline("year"),
        lambda c: c.timeline("month", group="source"),
        lambda c: c.quotes(),
        lambda c: c.near_duplicates(),
        lambda c: c.cooccurrence(["council", "flood*", "police"]),
        lambda c: c.cooccurrence(["council", "flood*"], window=4),
        lambda c: c.search("council").cooccurrence(["council", "barrier"]),
        lambda c: c.to_pandas().to_dict("list"),
    ],
)
def test_analyses_equal_memory(store: StoredCorpus, ask: object) -> None:
    assert callable(ask)
    assert ask(store) == ask(MEMORY)


def test_exports_equal_memory(store: StoredCorpus, tmp_path: Path) -> None:
    assert store.to_csv(tmp_path / "s.csv") == MEMORY.to_csv(tmp_path / "m.csv") == 42
    assert (tmp_path / "s.csv").read_bytes() == (tmp_path / "m.csv").read_bytes()
    with open(tmp_path / "s.csv", newline="", encoding="utf-8") as handle:
        assert len(list(csv.reader(handle))) == 43
    hits = store.search("council")
    assert hits.to_csv(tmp_path / "h.csv", columns=["id"]) == len(MEMORY.search("council"))
    assert store.to_parquet(tmp_path / "s.parquet") == 42
    assert list(Corpus.from_parquet(tmp_path / "s.parquet")) == list(
        Corpus.from_parquet(_parquet(MEMORY, tmp_path))
    )


def test_hf_dataset_equals_memory(store: StoredCorpus) -> None:
    pytest.importorskip("datasets")
    assert store.to_hf_dataset().to_list() == MEMORY.to_hf_dataset().to_list()
    assert Corpus.from_hf_dataset(store.search("council").to_hf_dataset()) == Corpus(
        list(MEMORY.search("council"))
    )


def _parquet(corpus: Corpus, folder: Path) -> Path:
    corpus.to_parquet(folder / "m.parquet")
    return folder / "m.parquet"


def test_counts_leave_undated_matches_out_and_the_readme_says_so(tmp_path: Path) -> None:
    from datetime import datetime

    arts = [Article(id="d", text="New sanctions.", published=datetime(2023, 1, 2)),
            Article(id="u", text="Sanctions again.")]  # fmt: skip
    Corpus(arts).save(tmp_path / "u.db")
    with Corpus.open(tmp_path / "u.db") as store:
        hits, rows = store.search("sanction*"), store.counts("sanction*", by="year")
        assert (len(hits), sum(row.count for row in rows)) == (2, 1)
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "undated = len(hits) - sum(row.count for row in rows)" in readme


def test_the_tutorial_jsonl_round_trip_prints_what_it_claims(tmp_path: Path) -> None:
    from newscorpus.testing import sample_corpus_path

    hits = Corpus.load(sample_corpus_path())
    hits.to_jsonl(tmp_path / "hits.jsonl")
    again = Corpus.load(tmp_path / "hits.jsonl")
    assert list(again) == list(hits)
    assert [a.origin for a in again] == [a.origin for a in hits]
    assert again[0].read_from is not None and again[0].read_from.line == 1
    tutorial = (Path(__file__).parents[2] / "docs" / "tutorial.md").read_text(encoding="utf-8")
    assert "print(list(again) == list(hits))  # True" in tutorial
