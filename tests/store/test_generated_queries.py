"""Generated queries: the store answers every one exactly as the in-memory search does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscorpus import Corpus, StoredCorpus
from newscorpus.article import Article
from newscorpus.testing import make_corpus_articles

WORDS = ["council", "police", "river", "flood", "rail", "strike", "ann", "lee", "türkiye",
         "ETE", "été", "strasse", "straße", "трамвай", "город", "foo_bar", "the", "of", "courier"]  # fmt: skip
EXTRA = [
    Article(id="x1", title="Türkiye ÉTÉ", text="Straße of the river; foo_bar.", authors=("Ann Lee",)),
    Article(id="x2", title="Трамвай", text="Город и трамвай. Rail strike, the strike of rail.",
            authors=("Lee", "Ann"), source="The Courier"),
]  # fmt: skip
ARTICLES = make_corpus_articles(80, seed=21) + EXTRA

word = st.sampled_from(WORDS)
leaf = st.one_of(
    word,
    word.map(lambda w: w[:3] + "*"),
    st.lists(word, min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"'),
    st.tuples(st.lists(word, min_size=2, max_size=3), st.integers(0, 6)).map(
        lambda p: '"' + " ".join(p[0]) + f'"~{p[1]}'
    ),
    st.sampled_from(["title", "author", "source", "section"]).flatmap(
        lambda f: word.map(lambda w: f"{f}:{w}")
    ),
    st.sampled_from(["published:[2023 TO *]", "published:[* TO 2022-06]"]),
)
queries = st.recursive(
    leaf,
    lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from([" AND ", " OR ", " "]), inner).map(
            lambda t: f"({t[0]}{t[1]}{t[2]})"
        ),
        inner.map(lambda q: f"NOT {q}"),
    ),
    max_leaves=5,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoredCorpus]:
    path: Path = tmp_path_factory.mktemp("equiv") / "e.db"
    Corpus(ARTICLES).save(path)
    with Corpus.open(path) as opened:
        yield opened


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=queries)
def test_generated_queries_match_memory(store: StoredCorpus, query: str) -> None:
    expected = [a.id for a in Corpus(ARTICLES).search(query)]
    hits = store.search(query)
    assert [a.id for a in hits] == expected
    assert len(hits) == len(expected)
