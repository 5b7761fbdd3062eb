"""The search language: operators, precedence, phrases, accents, fields, dates and errors."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newscorpus.article import Article
from newscorpus.errors import NewsCorpusError, QuerySyntaxError
from newscorpus.query import (
    And,
    ArticleTokens,
    DateRange,
    Field,
    Not,
    Or,
    Phrase,
    Prefix,
    Proximity,
    Query,
    Term,
    nodes,
    parse_query,
    search,
)

FLOOD = Article(
    id="flood",
    title="Floods hit the valley",
    subtitle="Rivers burst their banks",
    text="Heavy rain flooded the lower town.\n\nThe council met on Monday.",
    source="Valley Courier",
    section="Local",
    language="en",
    authors=("Rachel Avraham", "Ann Lee"),
    published=datetime(2023, 3, 12, 9, 15),
)
STRIKE = Article(
    id="strike",
    title="Rail strike ends",
    text="The rail strike ended after talks. Trains run again on Monday.",
    source="Harbour Ledger",
    section="Business",
    language="en-GB",
    authors=("Tom Kim",),
    published=datetime(2023, 7, 1, 18, 0, tzinfo=timezone(timedelta(hours=3))),
)
TURKIYE = Article(
    id="turkiye",
    title="Türkiye votes",
    text="Voters in Türkiye and in İzmir went to the polls. Straße closed.",
    source="NordPost.Info",
    section="World",
    language="tr",
    authors=("Ayşe Yılmaz",),
)
ALL = [FLOOD, STRIKE, TURKIYE]


def ids(query: str) -> list[str]:
    return [a.id for a in search(ALL, query)]


# -- operators ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("monday", ["flood", "strike"]),
        ("MONDAY", ["flood", "strike"]),
        ("monday council", ["flood"]),  # implicit AND
        ("monday AND council", ["flood"]),
        ("council OR trains", ["flood", "strike"]),
        ("monday NOT council", ["strike"]),
        ("monday -council", ["strike"]),
        ("NOT monday", ["turkiye"]),
        ("-monday", ["turkiye"]),
        ("NOT NOT monday", ["flood", "strike"]),
        ("--monday", ["flood", "strike"]),
        ("banks", ["flood"]),  # the subtitle is searched
        ("floods", ["flood"]),  # so is the title
    ],
)
def test_operators(query: str, expected: list[str]) -> None:
    assert ids(query) == expected


def test_lower_case_and_or_not_are_plain_words() -> None:
    assert ids("voters and polls") == ["turkiye"]  # "and" is a word in that text
    assert ids("council or trains") == []  # no text holds the word "or"
    assert ids("trains not") == []
    assert parse_query("a or b").root == And((Term("a"), Term("or"), Term("b")))


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("a OR b c", Or((Term("a"), And((Term("b"), Term("c")))))),
        ("a b OR c", Or((And((Term("a"), Term("b"))), Term("c")))),
        ("NOT a b", And((Not(Term("a")), Term("b")))),
        ("NOT a OR b", Or((Not(Term("a")), Term("b")))),
        ("a OR b AND NOT c", Or((Term("a"), And((Term("b"), Not(Term("c"))))))),
        ("(a OR b) c", And((Or((Term("a"), Term("b"))), Term("c")))),
        ("NOT (a OR b)", Not(Or((Term("a"), Term("b"))))),
        ("((a))", Term("a")),
        ("(a b) (c d)", And((Term("a"), Term("b"), Term("c"), Term("d")))),
        ("a OR (b OR c)", Or((Term("a"), Term("b"), Term("c")))),
        (
            "(a OR (b (c OR -d)))",
            Or((Term("a"), And((Term("b"), Or((Term("c"), Not(Term("d")))))))),
        ),
    ],
)
def test_precedence_and_grouping(query: str, tree: object) -> None:
    assert parse_query(query).root == tree


def test_precedence_changes_results() -> None:
    assert ids("trains OR council monday") == ["flood", "strike"]
    assert ids("(trains OR council) monday") == ["flood", "strike"]
    assert ids("trains OR council polls") == ["strike"]
    assert ids("(trains OR council) polls") == []
    assert ids("(rain OR talks) AND NOT (council OR voters)") == ["strike"]


# -- phrases, prefixes, proximity -----------------------------------------------------------------


def test_phrases_need_consecutive_words_in_order() -> None:
    assert ids('"rail strike"') == ["strike"]
    assert ids('"strike rail"') == []
    assert ids('"rail ended"') == []
    assert ids('"RAIL  Strike"') == ["strike"]


def test_phrases_do_not_span_title_and_body() -> None:
    # the title ends "ends", the body starts "The": no phrase "ends the"
    assert ids('"ends the"') == []
    assert ids('"valley rivers"') == []  # title end + subtitle start


def test_a_word_with_inner_punctuation_is_a_phrase() -> None:
    assert parse_query("e-mail").root == Phrase(("e", "mail"))
    assert parse_query("NordPost.Info").root == Phrase(("nordpost", "info"))
    assert ids("lower-town") == ["flood"]


def test_prefix_matches_any_word_start() -> None:
    assert parse_query("flood*").root == Prefix("flood")
    assert ids("flood*") == ["flood"]
    assert ids("vot*") == ["turkiye"]
    assert ids("trai*") == ["strike"]
    assert ids("xyz*") == []
    assert ids("Türk*") == ["turkiye"]


def test_proximity_finds_words_within_n_tokens_in_any_order() -> None:
    # "rain flooded the lower town": rain=0 .. town=4
    assert parse_query('"rain town"~4').root == Proximity(("rain", "town"), 4)
    assert ids('"rain town"~4') == ["flood"]
    assert ids('"town rain"~4') == ["flood"]
    assert ids('"rain town"~3') == []
    assert ids('"rain lower town"~4') == ["flood"]
    assert ids('"rain town monday"~4') == []
    assert ids('"rail strike"~0') == []  # adjacent words are 1 apart
    assert ids('"rail strike"~1') == ["strike"]


def test_proximity_and_phrase_normal_forms() -> None:
    assert parse_query('"a b a"~3').root == Proximity(("a", "b"), 3)
    assert parse_query('"a a"~3').root == Term("a")
    assert parse_query('"word"').root == Term("word")


# -- accents and case -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", ["turkiye", "TÜRKİYE", "Türkiye", "Tu\u0308rkiye", "izmir", "strasse", "ayse"]
)
def test_accent_and_case_insensitive(query: str) -> None:
    field = "author:" if query == "ayse" else ""
    assert ids(field + query) == ["turkiye"]


def test_accented_query_finds_plain_text() -> None:
    plain = Article(text="Cafe culture in Turkiye.")
    assert search([plain], "café türkiye") == [plain]


# -- fields and dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("title:floods", ["flood"]),
        ("title:rain", []),  # only in the body
        ("title:(rail OR votes)", ["strike", "turkiye"]),
        ('title:"rail strike"', ["strike"]),
        ("title:vot*", ["turkiye"]),
        ('title:"strike ends"~1', ["strike"]),
        ("author:avraham", ["flood"]),
        ('author:"ann lee"', ["flood"]),
        ('author:"avraham ann"', []),  # does not run across two authors
        ('source:"harbour ledger"', ["strike"]),
        ("source:nordpost", ["turkiye"]),
        ("section:world", ["turkiye"]),
        ("language:en", ["flood", "strike"]),
        ("language:gb", ["strike"]),
        ("Title:FLOODS", ["flood"]),
        ("-source:courier monday", ["strike"]),
    ],
)
def test_fields(query: str, expected: list[str]) -> None:
    assert ids(query) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("published:[2023-03-12 TO 2023-03-12]", ["flood"]),  # inclusive on both ends
        ("published:[2023-03-13 TO *]", ["strike"]),
        ("published:[* TO 2023-06-30]", ["flood"]),
        ("published:[* TO *]", ["flood", "strike"]),  # no date, no match
        ("published:[2023 TO 2023]", ["flood", "strike"]),
        ("published:[2023-07 TO 2023-07]", ["strike"]),
        ("published:[2024 TO *]", []),
        ("monday -published:[2023-07-01 TO *]", ["flood"]),
    ],
)
def test_date_range(query: str, expected: list[str]) -> None:
    assert ids(query) == expected


def test_date_range_widens_years_and_months() -> None:
    root = parse_query("published:[2023-02 TO 2024]").root
    assert root == DateRange(datetime(2023, 2, 1).date(), datetime(2024, 12, 31).date())


# -- printing and terms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "printed"),
    [
        ("a  b", "a AND b"),
        ("a OR b c", "a OR (b AND c)"),
        ("a b OR c", "(a AND b) OR c"),
        ("-a", "NOT a"),
        ("NOT (a b)", "NOT (a AND b)"),
        ('"Rail  Strike"', '"rail strike"'),
        ('"a b"~05', '"a b"~5'),
        ("Sanction*", "sanction*"),
        ("TITLE:(a -b)", "title:(a AND NOT b)"),
        ("author:Lee", "author:lee"),
        ("published:[2023 TO *]", "published:[2023-01-01 TO *]"),
        ("Türkiye", "turkiye"),
    ],
)
def test_str_prints_a_normalised_query(query: str, printed: str) -> None:
    assert str(parse_query(query)) == printed
    assert str(parse_query(printed)) == printed


def test_terms_lists_what_to_highlight() -> None:
    query = parse_query('flood* "rail strike" -storm title:(votes OR talks) author:lee rain rain')
    assert query.terms() == ["flood*", "rail strike", "votes", "talks", "rain"]
    assert parse_query('"a b"~3').terms() == ["a", "b"]
    assert parse_query("NOT (a OR b)").terms() == []


def test_query_keeps_its_text_and_matches_articles_or_tokens() -> None:
    query = parse_query("rail strike")
    assert isinstance(query, Query) and query.text == "rail strike"
    assert query.matches(STRIKE) and not query.matches(FLOOD)
    assert query.matches(ArticleTokens(STRIKE))


def test_search_accepts_a_parsed_query_and_keeps_order() -> None:
    assert search(reversed(ALL), parse_query("monday")) == [STRIKE, FLOOD]
    assert search([], "monday") == []


def test_search_tokenises_each_field_of_an_article_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = nodes.words

    def counting(text: str, *, case: bool = True) -> list[str]:
        calls.append(text)
        return real(text, case=case)

    monkeypatch.setattr(nodes, "words", counting)
    search([FLOOD], 'monday council "lower town" flood* "rain town"~4 -trains title:floods')
    # title, subtitle and body once for the default field, then the title once for title:
    assert calls == [FLOOD.title, FLOOD.subtitle, FLOOD.text, FLOOD.title]


# -- errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "column", "message"),
    [
        ("", 0, "empty query"),
        ("   ", 0, "empty query"),
        ('flood "rail strike', 6, "unclosed quote"),
        ("(a OR b", 0, "unclosed parenthesis"),
        ("a (b (c)", 2, "unclosed parenthesis"),
        ("(", 0, "unclosed parenthesis"),
        ("a OR b)", 6, "unmatched ')'"),
        (")", 0, "unmatched ')'"),
        ("a ()", 2, "empty parentheses"),
        ("AND a", 0, "AND must have a term before it"),
        ("OR a", 0, "OR must have a term before it"),
        ("a AND", 2, "AND must be followed by a term"),
        ("a OR", 2, "OR must be followed by a term"),
        ("a OR OR b", 2, "OR must be followed by a term"),
        ("(a AND) b", 3, "AND must be followed by a term"),
        ("a NOT", 2, "NOT must be followed by a term"),
        ("NOT AND a", 0, "NOT must be followed by a term"),
        ("a - b", 2, "'-' must be followed directly by a term"),
        ("a -", 2, "'-' must be followed directly by a term"),
        ("-)", 0, "'-' must be followed by a term"),
        ("foo:bar", 0, "unknown field 'foo:'"),
        ("a https://x.org", 2, "unknown field 'https:'"),
        ("title:", 0, "title: must be followed by"),
        ("title: AND", 0, "title: must be followed by"),
        ("title:author:x", 6, "author: cannot stand inside title:"),
        ("title:(a author:x)", 9, "author: cannot stand inside title:"),
        ("published:(2023)", 10, "published: takes a date"),
        ("published:", 0, "published: takes a date"),
        ("published:[2023-01-01 2023-06-30]", 10, "a date range reads"),
        ("published:[2023-01-01 to 2023-06-30]", 22, "a date range reads"),
        ("published:[2023-01-01 TO 2023-13-30]", 25, "not a date: '2023-13-30'"),
        ("published:[yesterday TO *]", 11, "not a date: 'yesterday'"),
        ("published:[2023-06-30 TO 2023-01-01]", 25, "ends before it starts"),
        ("published:[2023-06-30 TO *", 10, "unclosed '['"),
        ("a [2023 TO 2024]", 2, "goes after published:"),
        ("a*b", 1, "'*' goes at the end of a word"),
        ("*", 0, "'*' needs the start of a word"),
        ("e-mail*", 0, "a prefix must be a single word"),
        ("rain~2", 4, "'~N' goes after a quoted phrase"),
        ('"rain town"~', 11, "'~' must be followed by a number"),
        ('"rain town"~1234567', 11, "too large"),
        ('""', 0, "empty phrase"),
        ('a "!!"', 2, "empty phrase"),
        ("a & b", 2, "nothing to search for in '&'"),
    ],
)
def test_syntax_errors_point_at_the_problem(query: str, column: int, message: str) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    err = caught.value
    assert message in err.message
    assert err.column == column
    assert err.query == query
    assert err.stage == "query"
    assert isinstance(err, ValueError) and isinstance(err, NewsCorpusError)
    assert str(err).splitlines()[-1] == "  " + " " * column + "^"


def test_search_raises_on_a_bad_query() -> None:
    with pytest.raises(QuerySyntaxError):
        search(ALL, "a AND")


def test_non_text_query_is_a_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError, match="must be text"):
        parse_query(42)  # type: ignore[arg-type]


@pytest.mark.slow
def test_hostile_nesting_is_refused_not_crashed() -> None:
    with pytest.raises(QuerySyntaxError, match="nest deeper") as caught:
        parse_query("(" * 100_000 + "a")
    assert caught.value.column == 64
    assert parse_query("NOT " * 100_001 + "a").root == Not(Term("a"))
    assert parse_query("-" * 100_000 + "a").root == Term("a")
    long_or = " OR ".join(f"w{i}" for i in range(20_000))
    assert len(parse_query(long_or).root.operands) == 20_000  # type: ignore[union-attr]
    assert parse_query("(" * 64 + "a" + ")" * 64).root == Term("a")


# -- properties -----------------------------------------------------------------------------------

_FRAGMENTS = st.sampled_from(
    [
        "flood",
        "Türkiye",
        "rail",
        "and",
        "or",
        "e-mail",
        "x2",
        "sanction*",
        '"rail strike"',
        '"a b c"~3',
        '"solo"~2',
        "AND",
        "OR",
        "NOT",
        "-",
        "(",
        ")",
        "title:",
        "author:",
        "source:",
        "section:",
        "language:",
        "published:",
        "[2023-01-01 TO 2023-06-30]",
        "[* TO 2024]",
        "{2023 TO 2024-03}",
        "[2023-01 TO 2023-02}",
        "{2023-01-01 TO *]",
        "2023-05",
        "&&",
        "||",
        "{",
        "}",
        "*",
        "~",
        '"',
        "title:(a OR b)",
        "bogus:",
        ":",
        "]",
    ]
)
_JOINERS = st.sampled_from(["", " ", "  ", "\t"])


@st.composite
def query_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_FRAGMENTS, _JOINERS), min_size=1, max_size=10))
    return "".join(fragment + joiner for fragment, joiner in parts)


@given(st.text(max_size=80) | query_like())
@settings(max_examples=400)
def test_parse_raises_only_query_syntax_errors(text: str) -> None:
    try:
        parse_query(text)
    except QuerySyntaxError as err:
        assert 0 <= err.column <= len(text)
        assert err.query == text


@given(st.text(max_size=60) | query_like())
@settings(max_examples=400)
def test_printed_query_reparses_to_the_same_tree(text: str) -> None:
    try:
        query = parse_query(text)
    except QuerySyntaxError:
        assume(False)
        return
    again = parse_query(str(query))
    assert again.root == query.root
    assert str(again) == str(query)
    for article in ALL:
        assert again.matches(article) == query.matches(article)


def test_node_types_are_exported() -> None:
    tree = parse_query('title:x "a b"~2 published:[2023 TO *] "c d" y*').root
    assert isinstance(tree, And)
    kinds = [type(op) for op in tree.operands]
    assert kinds == [Field, Proximity, DateRange, Phrase, Prefix]
