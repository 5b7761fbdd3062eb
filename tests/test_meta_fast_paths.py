"""Fast paths in the date readers give the same answers as the plain definitions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.blocks import Block
from newscorpus.meta import dates as dates_module
from newscorpus.meta import text_dates

# Pieces that build month-name dates and near misses: days, ordinals, month names in several
# languages and cases, a non-month word, years of three to five digits, separators.
_PIECES = st.sampled_from(
    [
        "1", "12", "123", "1st", "3rd", "1er", "5º", "de", "March", "MAR", "mar.", "Sept", "sep",
        "марта", "März", "ağustos", "mayo", "Mayıs", "Ferry", "2024", "1999", "202", "20245",
        " ", "  ", "   ", "    ", ",", ".", "-", "x", "é", "\n", "T",
    ]
)  # fmt: skip


_MONTH = st.sampled_from(["March", "mar", "Sept", "sep", "марта", "März", "mayo", "Ferry", "12"])
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
    assert text_dates._with_year(blocks) == plain


def test_with_year_examples() -> None:
    texts = ["Posted 4 March 2024", "no year here", "18.10.19", "x" * 10 + " 2019" * 40, "1.50 €"]
    blocks = [Block(index=i, text=text) for i, text in enumerate(texts)]
    assert [b.index for b in text_dates._with_year(blocks)] == [0, 2, 4]
    assert text_dates._with_year([]) == []
