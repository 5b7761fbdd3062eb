"""Composable predicates: each factory, the combinators, reprs, pickling and bad arguments."""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta, timezone

import pytest

from newscorpus.article import Article
from newscorpus.errors import OptionsError, QuerySyntaxError
from newscorpus.query import (
    Predicate,
    all_of,
    any_of,
    by_author,
    from_source,
    in_language,
    in_section,
    mentions,
    not_,
    parse_query,
    published_between,
)

UTC = timezone.utc
PLUS3 = timezone(timedelta(hours=3))


def art(**fields: object) -> Article:
    fields.setdefault("text", "Some text.")
    return Article(**fields)  # type: ignore[arg-type]


# -- published_between ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (datetime(2022, 12, 31, 23, 59), False),
        (datetime(2023, 1, 1, 0, 0), True),  # start day included
        (datetime(2023, 6, 30, 23, 59, 59), True),  # the whole end day included
        (datetime(2023, 7, 1), False),
        (datetime(2023, 3, 1, tzinfo=UTC), True),
        (None, False),
    ],
)
def test_published_between_dates_is_inclusive(published: datetime | None, expected: bool) -> None:
    pred = published_between(date(2023, 1, 1), date(2023, 6, 30))
    assert pred(art(published=published)) is expected
    assert published_between("2023-01-01", "2023-06-30")(art(published=published)) is expected


def test_published_between_open_ends() -> None:
    old, new = art(published=datetime(1999, 1, 1)), art(published=datetime(2030, 1, 1))
    assert published_between(start="2000-01-01")(new) and not published_between("2000")(old)
    assert published_between(end="2000-01-01")(old) and not published_between(end="2000")(new)
    assert published_between()(old) and not published_between()(art())


def test_published_between_years_and_months_cover_the_whole_period() -> None:
    pred = published_between("2024-02", "2024-02")
    assert repr(pred) == "published_between(2024-02-01, 2024-02-29)"
    assert pred(art(published=datetime(2024, 2, 29, 12)))
    assert not pred(art(published=datetime(2024, 3, 1)))
    assert repr(published_between("2023", "2023")) == "published_between(2023-01-01, 2023-12-31)"


def test_published_between_naive_datetimes_compare_exactly() -> None:
    naive = published_between(datetime(2023, 1, 1, 12, 0), "2023-01-01T18:00")
    assert not naive(art(published=datetime(2023, 1, 1, 11, 59)))
    assert naive(art(published=datetime(2023, 1, 1, 12, 0)))
    assert naive(art(published=datetime(2023, 1, 1, 18, 0)))
    assert not naive(art(published=datetime(2023, 1, 1, 18, 1)))


def test_published_between_aware_against_naive_compares_days() -> None:
    # 12:00 UTC bound, naive article at 08:00 the same day: days compared, so it matches
    pred = published_between(datetime(2023, 1, 1, 12, 0, tzinfo=UTC), None)
    assert pred(art(published=datetime(2023, 1, 1, 8, 0)))
    assert not pred(art(published=datetime(2022, 12, 31, 23, 0)))
    # naive bound, aware article
    until = published_between(None, datetime(2023, 1, 1, 0, 0))
    assert until(art(published=datetime(2023, 1, 1, 22, 0, tzinfo=PLUS3)))
    assert not until(art(published=datetime(2023, 1, 2, 0, 30, tzinfo=PLUS3)))


def test_published_between_exact_aware_comparison() -> None:
    pred = published_between("2023-01-01T12:00Z", None)
    assert not pred(art(published=datetime(2023, 1, 1, 14, 59, tzinfo=PLUS3)))  # 11:59 UTC
    assert pred(art(published=datetime(2023, 1, 1, 15, 0, tzinfo=PLUS3)))  # 12:00 UTC


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ("2023-06-30", "2023-01-01", "comes before the start"),
        (date(2023, 2, 1), datetime(2023, 1, 31, 23), "comes before the start"),
        ("yesterday", None, "not a date: 'yesterday'"),
        (None, "2023-02-30", "not a date"),
        ("2023-13", None, "not a date"),
        (None, "2023-13", "not a date"),
        ("", None, "not a date"),
        (20230101, None, "not int"),
    ],
)
def test_published_between_rejects_bad_bounds(start: object, end: object, message: str) -> None:
    with pytest.raises(OptionsError, match=message) as caught:
        published_between(start, end)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)


def test_published_between_same_day_with_mixed_kinds_is_fine() -> None:
    pred = published_between(datetime(2023, 1, 1, 18, tzinfo=UTC), date(2023, 1, 1))
    assert pred(art(published=datetime(2023, 1, 1, 9)))


# -- field predicates -----------------------------------------------------------------------------


def test_from_source_is_case_and_space_insensitive() -> None:
    pred = from_source("Reuters", "Le Monde")
    assert pred(art(source="REUTERS")) and pred(art(source=" le  monde "))
    assert not pred(art(source="Reuters Breakingviews")) and not pred(art())


def test_in_section_and_in_language() -> None:
    assert in_section("World", "Économie")(art(section="economie"))
    assert not in_section("World")(art(section="Business")) and not in_section("World")(art())
    english = in_language("EN")
    assert english(art(language="en")) and english(art(language="en-GB"))
    assert english(art(language="en_us"))
    assert not english(art(language="fr")) and not english(art())
    assert not in_language("en-GB")(art(language="en-US"))
    assert in_language("en-gb")(art(language="en_GB"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("avraham", True),
        ("AVRAHAM", True),
        ("rachel avraham", True),
        ("Rachel  Avraham", True),
        ("avra", False),  # whole words only
        ("avraham ann", False),  # not across two authors
        ("ann", True),
        ("yilmaz", False),
        ("ayse", True),  # accents ignored
    ],
)
def test_by_author_matches_whole_words_of_any_author(name: str, expected: bool) -> None:
    article = art(authors=("Rachel Avraham", "Ann Lee", "Ayşe Kaya"))
    assert by_author(name)(article) is expected


@pytest.mark.parametrize(
    ("factory", "args", "message"),
    [
        (from_source, (), "needs at least one name"),
        (from_source, ("",), "non-empty"),
        (from_source, ("Reuters", "  "), "non-empty"),
        (in_section, (), "needs at least one name"),
        (in_language, (None,), "non-empty"),
        (by_author, ("",), "needs a name"),
        (by_author, ("--",), "needs a name"),
    ],
)
def test_empty_names_are_refused(factory: object, args: tuple[object, ...], message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        factory(*args)  # type: ignore[operator]


def test_mentions_uses_the_search_language() -> None:
    pred = mentions('"rail strike" OR flood*')
    assert repr(pred) == "mentions('\"rail strike\" OR flood*')"
    assert pred(art(title="Flooding", text="Water."))
    assert pred(art(subtitle="The rail strike ends"))
    assert not pred(art(text="A strike on the rail."))
    assert mentions(parse_query("water"))(art(text="Water."))
    with pytest.raises(QuerySyntaxError):
        mentions("a AND")


# -- combinators and reprs ------------------------------------------------------------------------


def test_reprs_read_like_the_calls() -> None:
    combined = all_of(from_source("Reuters"), published_between("2023-01-01", "2023-06-30"))
    assert repr(combined) == (
        "all_of(from_source('Reuters'), published_between(2023-01-01, 2023-06-30))"
    )
    assert repr(published_between(None, datetime(2023, 6, 30, 12))) == (
        "published_between(None, 2023-06-30T12:00:00)"
    )
    assert repr(by_author("Ann Lee")) == "by_author('Ann Lee')"
    assert repr(in_language("en", "fr")) == "in_language('en', 'fr')"
    assert repr(in_section("World")) == "in_section('World')"
    assert repr(not_(from_source("A"))) == "not_(from_source('A'))"


def test_operators_combine_and_flatten() -> None:
    a, b, c = from_source("A"), from_source("B"), in_section("S")
    assert repr(a & b & c) == "all_of(from_source('A'), from_source('B'), in_section('S'))"
    assert repr(a | b | c) == "any_of(from_source('A'), from_source('B'), in_section('S'))"
    assert repr((a | b) & ~c) == (
        "all_of(any_of(from_source('A'), from_source('B')), not_(in_section('S')))"
    )
    assert repr(~~a) == "not_(not_(from_source('A')))"
    pred = (a | b) & ~c
    assert pred(art(source="a", section="T"))
    assert not pred(art(source="a", section="S"))
    assert not pred(art(source="C", section="T"))
    assert (~~a)(art(source="A"))


def test_plain_callables_combine_on_either_side() -> None:
    def is_long(article: Article) -> bool:
        return article.word_count > 3

    left, right = is_long & from_source("A"), from_source("A") | is_long
    assert repr(left) == "all_of(is_long, from_source('A'))"
    assert repr(right) == "any_of(from_source('A'), is_long)"
    assert left(art(source="A", text="one two three four"))
    assert not left(art(source="A", text="short"))
    assert right(art(source="B", text="one two three four"))
    assert repr(Predicate(is_long)) == "is_long"
    assert repr(Predicate(is_long, "longer_than(3)")) == "longer_than(3)"


def test_empty_combinations() -> None:
    assert all_of()(art()) is True and any_of()(art()) is False
    assert repr(all_of()) == "all_of()"


def test_non_callables_are_refused() -> None:
    with pytest.raises(OptionsError, match="takes predicates or callables"):
        all_of(from_source("A"), "Reuters")  # type: ignore[arg-type]
    with pytest.raises(OptionsError):
        not_(3)  # type: ignore[arg-type]


def test_predicates_pickle_and_compare_equal() -> None:
    pred = (
        from_source("A") & published_between("2023", "2024-06") & ~by_author("lee")
        | mentions("vote*")
        | in_language("en")
        | in_section("World")
    )
    again = pickle.loads(pickle.dumps(pred))
    assert again == pred and repr(again) == repr(pred)
    sample = art(source="a", published=datetime(2023, 5, 1), text="Votes.")
    assert again(sample) is pred(sample) is True


def test_predicate_results_are_booleans() -> None:
    pred = Predicate(lambda a: a.title)  # type: ignore[arg-type,return-value]
    assert pred(art(title="x")) is True and pred(art()) is False
