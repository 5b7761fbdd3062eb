"""The in-memory search index gives exactly what a scan gives, and the corpus keeps it safely."""

from __future__ import annotations

import pickle
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.errors import QuerySyntaxError
from newscorpus.query import (
    And,
    DateRange,
    Field,
    Node,
    Not,
    Or,
    Phrase,
    Prefix,
    Proximity,
    Query,
    SearchIndex,
    Term,
    counts,
    parse_query,
    search,
)
from newscorpus.testing import make_corpus_articles

_WORDS = ["flood", "floods", "rail", "strike", "dam", "valley", "türkiye", "turkey"]
_FIELDS = ["title", "author", "source", "section", "language"]


@st.composite
def articles(draw: st.DrawFn) -> Article:
    def text(n: int) -> str:
        return " ".join(draw(st.lists(st.sampled_from(_WORDS), max_size=n)))

    day = draw(
        st.none()
        | st.dates(min_value=datetime(2022, 1, 1).date(), max_value=datetime(2024, 12, 31).date())
    )
    return Article(
        title=text(3) or None,
        text=text(12),
        authors=tuple(
            draw(st.lists(st.sampled_from(["Ann Lee", "Tom Kim", "Rail Dam"]), max_size=2))
        ),
        source=draw(st.sampled_from([None, "Valley Courier", "Flood Post"])),
        section=draw(st.sampled_from([None, "world", "strike news"])),
        language=draw(st.sampled_from([None, "en", "tr"])),
        published=None if day is None else datetime(day.year, day.month, day.day),
    )


_LEAF_WORDS = st.sampled_from(["flood", "floods", "rail", "strike", "dam", "turkiye", "lee", "en"])


def _leaves() -> st.SearchStrategy[Node]:
    words = st.lists(_LEAF_WORDS, min_size=2, max_size=3, unique=True).map(tuple)
    return st.one_of(
        _LEAF_WORDS.map(Term),
        st.sampled_from(["fl", "str", "tur", "d", "x"]).map(Prefix),
        words.map(Phrase),
        st.builds(Proximity, words, st.integers(0, 4)),
        st.builds(
            DateRange,
            st.sampled_from([None, datetime(2023, 1, 1).date()]),
            st.sampled_from([None, datetime(2023, 12, 31).date()]),
        ),
    )


def _trees() -> st.SearchStrategy[Node]:
    return st.recursive(
        _leaves(),
        lambda inner: st.one_of(
            inner.map(Not),
            st.lists(inner, min_size=2, max_size=3).map(tuple).map(And),
            st.lists(inner, min_size=2, max_size=3).map(tuple).map(Or),
            st.builds(
                Field,
                st.sampled_from(_FIELDS),
                _leaves().filter(lambda n: not isinstance(n, DateRange)),
            ),
        ),
        max_leaves=6,
    )


@given(st.lists(articles(), max_size=12), _trees())
@settings(max_examples=300, deadline=None)
def test_index_matches_the_scan(arts: list[Article], root: Node) -> None:
    query = Query(str(root), root)
    index = SearchIndex(arts)
    expected = [i for i, a in enumerate(arts) if query.matches(a)]
    assert index.matches(query) == expected
    assert index.matches(query) == expected  # a second search reuses the postings
    corpus = Corpus(arts)
    assert list(corpus.search(query)) == search(arts, query)


@given(st.lists(articles(), max_size=10))
@settings(max_examples=100, deadline=None)
def test_indexed_counts_equal_scanned_counts(arts: list[Article]) -> None:
    terms = ["flood*", '"rail strike"', "NOT dam", "title:valley"]
    for by in ("day", "month", "year"):
        for group in (None, "author", "source"):
            assert Corpus(arts).counts(terms, by=by, group=group) == counts(
                arts, terms, by=by, group=group
            )


def test_the_index_is_built_once_and_kept() -> None:
    corpus = Corpus(make_corpus_articles(30))
    first = corpus.search("the")
    built = corpus._index
    assert built is not None
    assert corpus.search("the") == first
    assert corpus._index is built  # the second search did not rebuild it


def test_filtered_corpora_get_their_own_index() -> None:
    corpus = Corpus([Article(text="flood one", source="A"), Article(text="flood two", source="B")])
    assert len(corpus.search("flood")) == 2
    narrowed = corpus.where(source="b")
    assert narrowed._index is None
    assert [a.text for a in narrowed.search("flood")] == ["flood two"]
    assert [a.text for a in corpus[1:].search("flood")] == ["flood two"]


def test_corpus_pickles_without_its_index() -> None:
    corpus = Corpus(make_corpus_articles(10))
    before = corpus.search("the OR a")
    assert corpus._index is not None
    data = pickle.dumps(corpus)
    again = pickle.loads(data)
    assert again == corpus
    assert again._index is None
    assert again.search("the OR a") == before


def test_bad_query_raises_through_the_index() -> None:
    with pytest.raises(QuerySyntaxError):
        SearchIndex([Article(text="x")]).matches("a AND")
    with pytest.raises(QuerySyntaxError):
        Corpus([Article(text="x")]).search("(")


def test_prefix_postings_stop_at_the_stem() -> None:
    index = SearchIndex([Article(text="sanction"), Article(text="sanctions"), Article(text="sand")])
    assert index.matches("sanction*") == [0, 1]
    assert index.matches("san*") == [0, 1, 2]
    assert index.matches("title:san*") == []


def test_parsed_query_objects_are_accepted() -> None:
    index = SearchIndex([Article(text="Floods")])
    assert index.matches(parse_query("flood*")) == [0]
