"""The shortcuts that keep reading a text page's header cheap give the answers of the plain
definitions they stand in for.

The header reader asks about the same few dozen lines of every page in several ways (a title
candidate's features, a byline line's names); each shortcut below skips a regex where a cheaper
test proves it would find nothing, reads a value once, or folds a page once. These tests hold
each to its definition on generated lines. No timing assertions: ``benchmarks/textmode.py
--speed`` measures the speed.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.blocks import Block, text_to_blocks
from newscorpus.clean import classify
from newscorpus.meta.authors import names
from newscorpus.meta.authors.text import lines
from newscorpus.meta.authors.text.context import page_text
from newscorpus.meta.titles import interface, overlap
from newscorpus.meta.titles import text as titles
from newscorpus.meta.titles.overlap import content_words
from newscorpus.meta.titles.scorer import FEATURES

# Letters of both cases and of Latin-1, digits, the separators and signs the patterns look for.
_PIECES = st.sampled_from(
    [
        *"aAbBcCdDeEyYzZßäéÿÖſİ0123456789 |/·•-–—.,:;()@_\n",
        *("By ", "Ann", "Lee", "Staff", "Writer", "2024", "12:30", "Updated", "x@y.org"),
    ]
)
_LINE = st.lists(_PIECES, max_size=30).map("".join)


def _head_by_definition(text: str) -> str:
    """A separator put where a name is glued to what follows, then the text before the first
    separator (what ``lines._names`` read before the shortcut)."""
    glued = re.compile(r"(?<=[a-zß-ÿ]{2})(?=[A-Z][a-zß-ÿ])")
    return lines._SEGMENTS.split(glued.sub(" | ", text, count=1), maxsplit=1)[0]


@settings(max_examples=500, deadline=None)
@given(_LINE)
def test_the_text_before_a_separator_matches_its_definition(text: str) -> None:
    assert lines._before_separator(text) == _head_by_definition(text)


def test_a_glued_name_ends_where_the_next_word_starts() -> None:
    assert lines._before_separator("Ann LeeStaff Writer") == "Ann Lee"
    assert lines._before_separator("Ann McDonald | 4 March") == "Ann McDonald"
    assert lines._before_separator("") == ""


@settings(max_examples=500, deadline=None)
@given(_LINE)
def test_a_dated_line_is_one_the_date_pattern_finds(text: str) -> None:
    assert lines._dated(text) == bool(lines._DATE_SHAPE.search(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=8), st.integers(0, 9), st.integers(0, 9))
def test_the_page_is_folded_as_its_blocks_joined(texts: list[str], start: int, end: int) -> None:
    blocks = [Block(index=i, text=t) for i, t in enumerate(texts)]
    page, body_start, after_start = page_text(blocks, start, end)
    assert page == "\n".join(texts).casefold()
    low, high = min(start, len(texts)), min(end + 1, len(texts))
    if low < high:  # the body's offsets span its blocks, folded, and the line break after them
        body = "\n".join(texts[low:high]).casefold()
        assert page[body_start:].startswith(body)
        assert after_start - body_start == len(body) + 1


def _strip_name_junk_by_definition(text: str) -> str | None:
    """``strip_name_junk`` as written before its shortcuts (every pattern tried on every name)."""
    name = re.sub(r"\([^)]{0,80}\)", " ", text)
    name = names._EMAIL.sub(" ", name)
    name = names._JUNK.sub("", name)
    name = names._prefix().sub("", name.strip())
    name = re.split(r",|\s[-–—|]\s|\s[-–—]|[-–—]\s", name, maxsplit=1)[0]
    name = " ".join(name.split()).strip(" .,:;")
    return name or None


@settings(max_examples=500, deadline=None)
@given(_LINE)
def test_name_junk_is_stripped_as_by_its_definition(text: str) -> None:
    assert names.strip_name_junk(text) == _strip_name_junk_by_definition(text)


def test_name_junk_in_parentheses_and_mail_addresses_still_goes() -> None:
    assert names.strip_name_junk("Ann Lee (Fotos) ann@example.org, Staff") == "Ann Lee"


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_the_interface_share_counts_each_word(text: str) -> None:
    tokens = re.findall(r"\w+", text.casefold())
    known = interface._interface_words()
    expected = sum(token in known for token in tokens) / len(tokens) if tokens else 0.0
    assert titles.interface_share(text) == expected


_PAGE = (
    "Home\n\nNews\n\nSport\n\nShare on Facebook\n\nRiver plan backed\n\nNews\n\n"
    "Council backs the river plan\n\nBy Ann Lee\n\n04.03.2024\n\n"
    + "The council backed the river plan on Monday after a long debate about the banks. " * 3
    + "\n\nRiver plan backed by the council, the mayor said."
)


def test_the_page_context_counts_lines_as_the_page_prints_them() -> None:
    page = classify(text_to_blocks(_PAGE))
    context = titles._context(page, None, (-1, None))
    texts = [b.text for b in page.blocks]
    joined = "\n".join(texts)
    for text in texts:
        assert context.repeated(text) == (texts.count(text) > 1)
        assert context.contained(text) == (joined.count(text) > texts.count(text))
    for block in page.blocks:
        assert context.interface(block) == titles.interface_share(block.text)
        assert context.content(block) == content_words(block.text)


def test_title_features_come_in_the_order_of_their_names() -> None:
    page = classify(text_to_blocks(_PAGE))
    candidates = titles.score_titles(page)
    assert candidates
    for candidate in candidates:
        assert len(candidate.features) == len(FEATURES)
        values = dict(zip(FEATURES, candidate.features, strict=True))
        assert values["short"] == float(candidate.block.words <= 3)
        assert values["all_caps"] == float(candidate.block.text.isupper())
        assert values["no_url"] == 1.0


@settings(max_examples=300, deadline=None)
@given(_LINE)
def test_every_year_the_title_features_find_holds_a_digit(text: str) -> None:
    if titles._YEAR.search(text):
        assert titles._DIGIT.search(text)


@settings(max_examples=500, deadline=None)
@given(_LINE)
def test_a_person_name_is_cleaned_as_by_its_definition(text: str) -> None:
    name = _strip_name_junk_by_definition(text)
    expected = name if name and names.looks_like_person_name(name) else None
    assert names.clean_person_name(text) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["plan", "Brücke", "2024", "ab", "東京都庁", "ソウル", "서울시", " ", ", "]
        ),
        max_size=12,
    ).map("".join)
)
def test_content_words_are_read_token_by_token_as_defined(text: str) -> None:
    tokens = re.findall(r"\w+", text.casefold())
    assert content_words(text) == overlap._words(tokens)
