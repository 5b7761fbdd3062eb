"""Fast paths in the date readers give the same answers as the plain definitions."""

from __future__ import annotations

import re
from datetime import datetime
from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.blocks import Block
from newscorpus.clean.classify import Classified
from newscorpus.clean.rules import Verdict
from newscorpus.meta.authors import bylines as bylines_module
from newscorpus.meta.authors import signatures
from newscorpus.meta.authors.bylines import parse_byline
from newscorpus.meta.dates import labels as date_labels
from newscorpus.meta.dates import text as text_dates
from newscorpus.shapes import dates as dates_module
from newscorpus.shapes import relative as relative_module
from newscorpus.shapes.dates import find_dates
from newscorpus.shapes.relative import find_relative
from newscorpus.vocab import trie_alternation

# Pieces that build month-name dates and near misses: days, ordinals, month names in several
# languages and cases, a non-month word, years of three to five digits, separators.
_PIECES = st.sampled_from(
    [
        "1", "12", "123", "1st", "3rd", "1er", "5º", "de", "March", "MAR", "mar.", "Sept", "sep",
        "марта", "März", "ağustos", "mayo", "Mayıs", "Ferry", "2024", "1999", "202", "20245",
        " ", "  ", "   ", "    ", ",", ".", "-", "x", "é", "\n", "T",
    ]
)  # fmt: skip


_MONTH = st.sampled_from(
    ["March", "mar", "Sept", "sep", "марта", "März", "mayo", "Ferry", "12", "października"]
)
_GAP = st.sampled_from(["", " ", "  ", "    ", "de ", " de "])
# A date in either order with optional marks (dots, commas, ordinals), among random pieces.
_DATE = st.tuples(
    st.sampled_from(["", " ", "x", "1"]),
    st.sampled_from(["1", "12", "123"]),
    st.sampled_from(["", "st", "th", "er", "º", "."]),
    _GAP,
    _MONTH,
    st.sampled_from(["", ".", ",", ".,"]),
    _GAP,
    st.sampled_from(["2024", "202", "20245"]),
).map("".join)
_SWAPPED = st.tuples(
    _MONTH,
    st.sampled_from(["", "."]),
    _GAP,
    st.sampled_from(["3", "03", "3rd"]),
    st.sampled_from(["", ","]),
    _GAP,
    st.sampled_from(["2024", "20245"]),
).map("".join)


_NOISE = st.lists(_PIECES, max_size=3).map("".join)


@settings(max_examples=400)
@given(
    st.one_of(
        st.lists(_PIECES, max_size=12).map("".join),
        st.tuples(_NOISE, st.one_of(_DATE, _SWAPPED), _NOISE, st.one_of(_DATE, _SWAPPED)).map(
            "".join
        ),
    )
)
def test_month_matches_find_what_finditer_finds(text: str) -> None:
    shapes = (dates_module._DAY_WORD_YEAR, dates_module._WORD_DAY_YEAR)
    for pattern, shape in zip(dates_module._patterns(), shapes, strict=True):
        fast = [
            (m.span(), m.groupdict()) for m in dates_module._month_matches(pattern, shape, text)
        ]
        plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert fast == plain


@pytest.mark.parametrize(
    "text",
    [
        "Updated 12 March 2024, 1st Mar. 2023",
        "March 3rd, 2024 and Sept 1 2020",
        "Mar. 12, 2024",
        "12 de mayo de 2024",
        "5 марта 2024 г.",
        "123 March 2024",  # the shape matches where the month pattern does not
        "Ferry 12, 2024",
        "",
    ],
)
def test_month_matches_examples(text: str) -> None:
    shapes = (dates_module._DAY_WORD_YEAR, dates_module._WORD_DAY_YEAR)
    for pattern, shape in zip(dates_module._patterns(), shapes, strict=True):
        fast = [m.span() for m in dates_module._month_matches(pattern, shape, text)]
        assert fast == [m.span() for m in pattern.finditer(text)]


def _plain_month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The month-name patterns with the names as a plain alternation, longest first (what
    the tree of names stands for)."""
    names = "|".join(re.escape(m) for m in sorted(dates_module._months(), key=len, reverse=True))
    tree = trie_alternation(dates_module._months())
    day_month, month_day = dates_module._patterns()
    return (
        re.compile(day_month.pattern.replace(tree, names), re.IGNORECASE),
        re.compile(month_day.pattern.replace(tree, names), re.IGNORECASE),
    )


def _month_variants(name: str) -> list[str]:
    # Every case and the letters a case-blind regex reads as others (σ/ς, i/ı/İ, s/ſ).
    return [
        name, name.upper(), name.title(), name[:-1], name + "a", name.replace("σ", "ς"),
        name.replace("i", "ı"), name.replace("s", "ſ"), name.replace("i", "İ"),
    ]  # fmt: skip


def test_month_name_tree_matches_as_the_plain_alternation() -> None:
    plain = _plain_month_patterns()
    assert plain[0].pattern != dates_module._patterns()[0].pattern
    forms = ("{d} {m} {y}", "{d}. {m} {y}", "{m} {d}, {y}", "{m}. {d} {y}", "{d} de {m} de {y}",
             "x{d} {m}.  {y}1", "{m} {d}th, {y}", "le {d}er {m} {y} à", "{d}{m} {y}")  # fmt: skip
    for name in dates_module._months():
        for variant in _month_variants(name):
            for form in forms:
                text = form.format(d=12, m=variant, y=2024)
                for tree, alternation in zip(dates_module._patterns(), plain, strict=True):
                    found = [(m.span(), m.groupdict()) for m in tree.finditer(text)]
                    assert found == [(m.span(), m.groupdict()) for m in alternation.finditer(text)]


@settings(max_examples=300)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_month_name_tree_matches_generated_text_as_the_plain_alternation(text: str) -> None:
    for tree, alternation in zip(dates_module._patterns(), _plain_month_patterns(), strict=True):
        for start in range(len(text) + 1):
            fast, slow = tree.match(text, start), alternation.match(text, start)
            assert (fast and (fast.span(), fast.groupdict())) == (
                slow and (slow.span(), slow.groupdict())
            )


def test_month_shapes_match_every_month_name() -> None:
    # The shapes stand for the month names as a word: every name must be a word.
    assert all(re.fullmatch(r"\w+", name) for name in dates_module._months())


_LINE_PIECES = st.sampled_from(
    ["2024", "1999", "19", "20", "201", "4.03.24", "1.234", ".99", "12.5", "word", " ", "\n", "."]
)


@given(st.lists(st.lists(_LINE_PIECES, max_size=40).map("".join), max_size=12))
def test_with_year_keeps_the_short_blocks_a_year_search_keeps(texts: list[str]) -> None:
    blocks = [Block(index=i, text=text) for i, text in enumerate(texts)]
    plain = [
        b for b in blocks if b.words <= text_dates._MAX_WORDS and text_dates._YEAR.search(b.text)
    ]
    assert text_dates.blocks_with_year(blocks, text_dates._MAX_WORDS) == plain


def test_with_year_examples() -> None:
    texts = ["Posted 4 March 2024", "no year here", "18.10.19", "x" * 10 + " 2019" * 40, "1.50 €"]
    blocks = [Block(index=i, text=text) for i, text in enumerate(texts)]
    assert [b.index for b in text_dates.blocks_with_year(blocks, 30)] == [0, 2, 4]
    assert text_dates.blocks_with_year([], 30) == []


_DATE_PIECES = st.sampled_from(
    ["03/04/2024", "13/04/2024", "04/13/24", "2024-03-04", "4.3.2024", "4 March 2024", "/", " "]
)


@given(st.lists(_DATE_PIECES, max_size=6).map("".join), st.permutations([None, True, False]))
def test_remembered_readings_equal_fresh_ones(text: str, order: list[bool | None]) -> None:
    # Asked in any order, the remembered reading for each ``dayfirst`` is the fresh reading.
    for dayfirst in order:
        assert dates_module._absolute(text, dayfirst) == dates_module._read_absolute(text, dayfirst)


def test_remembered_readings_are_copies_callers_may_change() -> None:
    first = dates_module._absolute("Posted 4 March 2024", None)
    assert first
    first.clear()
    assert dates_module._absolute("Posted 4 March 2024", None)
    relative = find_relative("3 hours ago")
    relative.clear()
    assert find_relative("3 hours ago")


def test_long_lines_are_not_remembered() -> None:
    text = "4 March 2024 " + "word " * 100
    before = dates_module._remembered_absolute.cache_info().currsize
    assert dates_module._absolute(text, None)
    assert dates_module._remembered_absolute.cache_info().currsize == before
    before = relative_module._remembered.cache_info().currsize
    assert find_relative("3 hours ago " + "word " * 100)
    assert relative_module._remembered.cache_info().currsize == before


def test_remembered_readings_stay_bounded() -> None:
    for n in range(max(dates_module._REMEMBERED, relative_module._REMEMBERED) + 10):
        dates_module._absolute(f"{n} March 2020", None)
        find_relative(f"{n} hours ago")
    assert dates_module._remembered_absolute.cache_info().currsize == dates_module._REMEMBERED
    assert relative_module._remembered.cache_info().currsize == relative_module._REMEMBERED
    assert [d.value.day for d in find_dates("1 March 2020")] == [1]  # dropped, still answered


def test_relative_dates_remembered_per_reference_time() -> None:
    first, second = datetime(2024, 3, 4, 12, 0), datetime(2024, 3, 5, 12, 0)
    assert find_relative("2 days ago", first)[0].value == datetime(2024, 3, 2)
    assert find_relative("2 days ago", second)[0].value == datetime(2024, 3, 3)
    assert find_relative("2 days ago")[0].value is None


_GATE_PIECES = st.sampled_from(
    ["2024", "03", "4", "-", "/", ".", " ", "\u2003", "T", "12:48", "March", "de", "mayo", "x"]
)


_SEP = st.sampled_from(["-", "/", ".", " ", "\u2003", " de ", ", ", ""])
# Three parts and two separators: ISO, numeric, year-first and month-name dates, near misses.
_ABSOLUTE = st.tuples(
    st.sampled_from(["", "x", "Posted "]),
    st.sampled_from(["03", "4", "2024", "March", "mayo"]),
    _SEP,
    st.sampled_from(["03", "4", "13", "March", "mayo"]),
    _SEP,
    st.sampled_from(["2024", "24", "03", "4"]),
    st.sampled_from(["", " 12:48", "T12:48:00Z"]),
).map("".join)


# Numeric dates: the same separator twice.
_NUMERIC = st.builds(
    lambda first, sep, second, year: f"{first}{sep}{second}{sep}{year}",
    st.sampled_from(["03", "4", "13", "2024"]),
    st.sampled_from(["-", "/", "."]),
    st.sampled_from(["03", "4", "13"]),
    st.sampled_from(["2024", "24", "03"]),
)


@settings(max_examples=300)
@given(
    st.one_of(st.lists(_GATE_PIECES, max_size=14).map("".join), _ABSOLUTE, _NUMERIC),
    st.sampled_from([None, True, False]),
)
def test_read_absolute_gates_drop_no_date(text: str, dayfirst: bool | None) -> None:
    plain: list[tuple[object, ...]] = []
    dates_module._numeric_dates(text, dayfirst, plain)  # type: ignore[arg-type]
    dates_module._month_dates(text, plain)  # type: ignore[arg-type]
    plain.extend(dates_module._other_forms(text))  # ungated: read on every text
    assert dates_module._read_absolute(text, dayfirst) == plain


_RELATIVE_PIECES = st.sampled_from(
    [
        "3", "12", "1234", " ", "  ", "\t", "hours", "Stunden", "jours", "дня", "ago", "vor",
        "il y a", "hace", "há", "önce", "назад", "Yesterday", "HEUTE", "hier", "dün", "dünən",
        "bu gün", "bugün", "aujourd'hui", "ВЧЕРА", "Sie", "x", "é", ",", ".",
    ]
)  # fmt: skip


_GAPS = st.sampled_from([" ", "  ", "\t", "   ", ""])
_PHRASE = st.tuples(
    st.sampled_from(["", "vor", "il y a", "hace", "x"]),
    _GAPS,
    st.sampled_from(["3", "12", "1234"]),
    _GAPS,
    st.sampled_from(["hours", "Stunden", "jours", "дня", "h"]),
    _GAPS,
    st.sampled_from(["ago", "назад", "", "önce"]),
).map("".join)


@settings(max_examples=300)
@given(st.one_of(st.lists(_RELATIVE_PIECES, max_size=10).map("".join), _PHRASE))
def test_find_relative_gate_drops_no_phrase(text: str) -> None:
    _check_relative_gate(text)


@pytest.mark.parametrize(
    "text", ["3  hours ago", "vor\t2  Stunden", "il y a 3 jours", "Hier, 12:00", "AUJOURD'HUI", ""]
)
def test_find_relative_gate_examples(text: str) -> None:
    _check_relative_gate(text)


def _check_relative_gate(text: str) -> None:
    fast = [(r.start, r.end, r.minutes) for r in relative_module._find(text, None)]
    # The plain reading: the whole pattern at every position, never the day words alone.
    with patch.object(relative_module, "_NUMBER_UNIT", re.compile("")):
        plain = [(r.start, r.end, r.minutes) for r in relative_module._find(text, None)]
    assert fast == plain


_BYLINE_PIECES = st.sampled_from(
    ["By", "by", "Von", "Автор:", " ", "Ann Lee", "Tom Park", "and", ",", "-", "The Courier", "x"]
)


@given(st.lists(_BYLINE_PIECES, max_size=8).map("".join))
def test_remembered_bylines_equal_fresh_ones(text: str) -> None:
    assert parse_byline(text) == bylines_module._read_byline(text)
    assert parse_byline(text) == bylines_module._read_byline(text)


def test_long_lines_are_not_remembered_as_bylines() -> None:
    before = bylines_module._remembered_byline.cache_info().currsize
    assert parse_byline("By Ann Lee" + " " * 400) is not None
    assert bylines_module._remembered_byline.cache_info().currsize == before


@given(st.lists(st.booleans(), max_size=8))
def test_last_body_block_is_the_body_s_last_when_it_has_two(kept: list[bool]) -> None:
    blocks = tuple(Block(index=i, text=f"line {i}") for i in range(len(kept)))
    verdicts = {i: Verdict(block=i, rule="nav-item") for i, keep in enumerate(kept) if not keep}
    classified = Classified(blocks=blocks, verdicts=verdicts, start=None, end=None, language=None)
    body = classified.body
    assert signatures._last_body_block(classified) == (body[-1] if len(body) > 1 else None)


def test_month_gate_reaches_the_widest_month_name_date() -> None:
    # The longest month name with every optional mark and the widest gaps the patterns allow.
    name = max(dates_module._months(), key=len)
    text = f"Posted 31er   de {name.upper()}.,   de 2024 12:48"
    assert [d.text for d in find_dates(text)] == [text.removeprefix("Posted ")]
    plain: list[tuple[object, ...]] = []
    dates_module._month_dates(text, plain)  # type: ignore[arg-type]
    assert dates_module._read_absolute(text, None) == plain


def test_month_names_hold_no_digit() -> None:
    # The month gate looks for a day number, then non-digits, then the year.
    assert not any(ch.isdecimal() for name in dates_module._months() for ch in name)


def _plain_about_this_post(text: str) -> bool:
    """text_dates._about_this_post without its word gate."""
    if not date_labels.post_sentence().search(text):
        return False
    for date in find_dates(text, allow_future=True, min_year=1):
        before, after = text[max(0, date.start - 40) : date.start], text[date.end : date.end + 40]
        if date_labels.posted_before().search(before) or (
            date_labels.posted_passive().search(before) and date_labels.posted_after().search(after)
        ):
            return True
    return False


_POST_PIECES = st.sampled_from(
    [
        "This entry was ", "Dieser Beitrag ", "posted on ", "POSTED ON ", "PoſTED on ",
        "publİshed on ", "publıshed on ", "wurde am ", "WURDE am ", "Saturday, ", "3 May 2013",
        "3. Mai 2013 ", "veröffentlicht", "VERÖFFENTLICHT", " and is filed under News.",
        " abgelegt.", "publié le ", "x", " ",
    ]
)  # fmt: skip


@given(st.lists(_POST_PIECES, max_size=10).map("".join))
def test_about_this_post_gate_drops_no_post_sentence(text: str) -> None:
    assert text_dates._about_this_post(text) == _plain_about_this_post(text)


def test_about_this_post_gate_knows_every_case_blind_letter() -> None:
    """Each character the case-blind regexes match to a letter of a posting word is turned into
    that letter by lower(), or is one of the odd ones the gate lets through."""
    letters = {
        ch: re.compile(re.escape(ch), re.IGNORECASE) for ch in "".join(date_labels.posting_words())
    }
    for code in range(0x110000):
        char = chr(code)
        for letter, pattern in letters.items():
            if char.lower() != letter and pattern.fullmatch(char):
                assert char in text_dates._CASE_ODD, (hex(code), letter)
    assert text_dates._about_this_post("This entry was posted on Saturday, 3 May 2013 at 10:00")
    assert text_dates._about_this_post("This entry was poſted on Saturday, 3 May 2013 at 10:00")


def test_posting_words_are_the_words_the_posted_patterns_need() -> None:
    """The gate's words stay in step with posted_before's and posted_passive's."""
    found = re.search(r"\(\?:([^()]*)\)", date_labels.posted_before().pattern)
    assert found is not None
    assert {*found.group(1).split("|"), "wurde"} == set(date_labels.posting_words())
    assert date_labels.posted_passive().pattern.startswith(r"(?<!\w)(?:wurde)\s")


# Pieces of class and id strings: the marks in several cases, near misses, separators, and the
# letters whose case folds differ between lower() and a case-insensitive regex (İ, ı, ſ, K).
_MARK_PIECES = st.sampled_from(
    [
        "author", "AUTHOR", "Autor", "byline", "by", "BY", "posted-by", "by_line", "bypass",
        "user-name", "USER_NAME", "username", "meta", "Info", "credit", "nav", "entry", " ",
        "-", "_", "\n", "ſ", "İnfo", "ınfo", "\u212author", "é", "x",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_MARK_PIECES, max_size=8).map("".join) | st.text(max_size=40))
def test_byline_marks_are_found_as_a_case_insensitive_search_finds_them(marker: str) -> None:
    from newscorpus.meta.authors import elements as domauthors

    plain = re.compile(domauthors._ANY_MARK_PATTERN, re.IGNORECASE).search(marker) is not None
    assert domauthors._any_mark(marker) is plain
