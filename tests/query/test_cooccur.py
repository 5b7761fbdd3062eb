"""Co-occurrence of terms, in whole articles and within a window of words."""

from __future__ import annotations

import pytest

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.errors import OptionsError, QuerySyntaxError
from newscorpus.query import Cooccurrence, SearchIndex, cooccurrence

ARTS = [
    Article(text="Floods hit the valley and the dam held."),
    Article(
        text="The dam was inspected. " + "Nothing else happened that day at all. " * 3 + "Floods."
    ),
    Article(title="Rail strike", text="Floods stopped the trains."),
    Article(text="A quiet day."),
]


def pairs(rows: list[Cooccurrence]) -> list[tuple[str, str, int]]:
    return [(r.first, r.second, r.count) for r in rows]


def test_whole_article_counts() -> None:
    rows = cooccurrence(ARTS, ["flood*", "dam", '"rail strike"'])
    assert pairs(rows) == [
        ("flood*", "dam", 2),
        ("flood*", '"rail strike"', 1),
        ("dam", '"rail strike"', 0),
    ]
    assert (rows[0].first_count, rows[0].second_count, rows[0].share) == (3, 2, 1.0)


def test_queries_with_operators_without_a_window() -> None:
    rows = cooccurrence(ARTS, ["floods AND NOT dam", "title:rail"])
    assert pairs(rows) == [("floods AND NOT dam", "title:rail", 1)]


def test_window_counts_only_near_occurrences() -> None:
    assert pairs(cooccurrence(ARTS, ["flood*", "dam"], window=6)) == [("flood*", "dam", 1)]
    assert pairs(cooccurrence(ARTS, ["flood*", "dam"], window=100)) == [("flood*", "dam", 2)]
    assert pairs(cooccurrence(ARTS, ["floods", "the dam"], window=5)) == [("floods", "the dam", 1)]
    assert pairs(cooccurrence(ARTS, ["floods", "the dam"], window=4)) == [("floods", "the dam", 0)]
    assert pairs(cooccurrence(ARTS, ['"rail strike"', "floods"], window=3)) == [
        ('"rail strike"', "floods", 1)
    ]


def test_corpus_method_and_index_agree() -> None:
    corpus = Corpus(ARTS)
    assert corpus.cooccurrence(["flood*", "dam"]) == cooccurrence(
        SearchIndex(ARTS), ["flood*", "dam"]
    )


@pytest.mark.parametrize(
    ("terms", "window", "error"),
    [
        (["flood"], None, OptionsError),
        ("flood dam", None, OptionsError),
        (["flood", "dam"], -1, OptionsError),
        (["flood OR dam", "x"], 3, OptionsError),
        (["flood", "a AND"], None, QuerySyntaxError),
    ],
)
def test_bad_input(terms: list[str], window: int | None, error: type[Exception]) -> None:
    with pytest.raises(error):
        cooccurrence(ARTS, terms, window=window)
