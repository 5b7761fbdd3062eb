"""Fast paths of the body decision give the same answers as their plain definitions."""

from __future__ import annotations

import importlib
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.blocks import Block
from newscorpus.clean import language as language_module
from newscorpus.clean import page as page_module
from newscorpus.clean import phrases as phrases_module
from newscorpus.clean.language import WORD
from newscorpus.clean.rules import Page, Verdict, is_sentence_like, verdict
from newscorpus.clean.rules import captions as captions_module
from newscorpus.clean.rules import comments as comments_module
from newscorpus.clean.rules import shapes as shapes_module
from newscorpus.clean.rules import teasers as teasers_module
from newscorpus.clean.rules import timestamps as timestamps_module
from newscorpus.clean.rules.captions import ends_with_credit
from newscorpus.clean.rules.timestamps import is_timestamp, timestamp_lines

# The module, not the function of the same name that newscorpus.clean exports.
outside_module = importlib.import_module("newscorpus.clean.passes.outside")
run_module = importlib.import_module("newscorpus.clean.run")

# Every ASCII character, and some that are word characters outside ASCII (or casefold to more).
_CHARS = st.sampled_from([chr(c) for c in range(128)] + list("éßİıДж\u0307ﬁ²_\u00a0"))


@given(st.text(alphabet=_CHARS, max_size=60))
def test_split_words_equals_findall_of_the_casefold(text: str) -> None:
    assert language_module._split_words(text) == WORD.findall(text.casefold())


def test_split_words_ascii_examples() -> None:
    split = language_module._split_words
    assert split("Don't STOP_now, 2024-05!") == ["don", "t", "stop_now", "2024", "05"]
    assert split("") == []
    assert split("  ...  ") == []


def _plain_outside_body(
    blocks: list[Block],
    span: tuple[int, int] | None,
    verdicts: dict[int, Verdict],
    places: list[bool | None],
) -> dict[int, Verdict]:
    final = dict(verdicts)
    first, last = span if span else (1, 0)
    for block in blocks:
        index = block.index
        if index not in final and (not first <= index <= last or places[index] is False):
            final[index] = verdict(index, "outside-body")
    return final


_SPANS = st.none() | st.tuples(
    st.integers(min_value=0, max_value=13), st.integers(min_value=0, max_value=13)
)
_PLACES = st.none() | st.lists(st.sampled_from([None, True, False]), min_size=13, max_size=13)


@given(
    st.integers(min_value=0, max_value=12),
    _SPANS,
    st.lists(st.integers(min_value=0, max_value=12), max_size=6),
    _PLACES,
)
def test_outside_body_equals_the_plain_loop(
    count: int,
    span: tuple[int, int] | None,
    named: list[int],
    places: list[bool | None] | None,
) -> None:
    blocks = [Block(index=i, text=f"line {i}") for i in range(count)]
    verdicts = {i: verdict(i, "nav-item") for i in named if i < count}
    cut: list[bool | None] = [None] * count if places is None else places[:count]
    got = outside_module.outside_body(blocks, span, verdicts, cut)
    want = _plain_outside_body(blocks, span, verdicts, cut)
    assert got == want
    assert list(got) == list(want)  # the same order too


@given(
    st.lists(st.integers(min_value=0, max_value=9), max_size=6),
    st.lists(st.sampled_from([None, True, False]), min_size=10, max_size=10),
    st.booleans(),
)
def test_pardon_equals_the_plain_filter(
    named: list[int], places: list[bool | None], text: bool
) -> None:
    verdicts = {i: verdict(i, "repeated-block" if i % 2 else "nav-run") for i in named}
    cut: list[bool | None] = [None] * 10 if text else places
    want = {i: v for i, v in verdicts.items() if not (cut[i] and v.rule == "repeated-block")}
    got = run_module._pardon(verdicts, cut)
    assert got == want
    assert got is not verdicts


# A plain line: letters of any script and spaces only.
_PLAIN = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Lt", "Lm", "Lo")) | st.just(" "),
    min_size=1,
    max_size=40,
).filter(page_module._is_plain)


@given(_PLAIN)
def test_plain_lines_pass_no_test_of_the_rules_that_skip_them(text: str) -> None:
    # shape_rules: it has a letter, and is neither a bare URL nor a menu line.
    assert any(map(str.isalpha, text))
    assert shapes_module._URL_ONLY.match(text) is None
    assert not shapes_module._is_menu_line(text)
    # timestamp_lines, credited_captions, nav_runs and every other reader of is_sentence_like.
    assert not is_timestamp(text)
    assert captions_module._MARK.search(text) is None
    assert not ends_with_credit(text)
    assert not is_sentence_like(text)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("World News", True),
        ("Şəkil İlgili Новости", True),
        ("", False),
        ("   ", False),
        ("Page 2", False),
        ("Sign in.", False),
        ("Home\u00a0News", False),  # another space: looked at in full
        ("a" * 501, False),  # too long to look at: counted as marked
    ],
)
def test_is_plain_examples(text: str, plain: bool) -> None:
    assert page_module._is_plain(text) is plain


# Lines of every kind the skipping rules name, mixed with plain ones.
_LINE = st.sampled_from(
    [
        "World News",
        "Sign in",
        "photo by",
        "May 2, 2024",
        "19.11.2019 | 16:20",
        "https://example.org/a",
        "Home | World | Sport",
        "---",
        "Boats in the harbour. (Photo by Jane Roe)",
        "Done.",
        "The council met on Monday and voted on the new budget for the city.",
        "The mayor said the bridge will reopen in May after two years of work.",
        "2 days ago",
        "Credit: ESA",
        "Jane Roe / AFP",
    ]
)


def _reference_shape_rules(page: Page) -> list[Verdict]:
    out = []
    for block in page.blocks:
        text = block.text
        if block.words > 40:
            continue
        if not (text[:1].isalpha() or any(map(str.isalpha, text))):
            out.append(verdict(block.index, "no-letters"))
        elif " " not in text and shapes_module._URL_ONLY.match(text):
            out.append(verdict(block.index, "url-line"))
        elif shapes_module._is_menu_line(text):
            out.append(verdict(block.index, "menu-line"))
    return out


def _reference_timestamp_lines(page: Page) -> list[Verdict]:
    blocks, prose = page.blocks, page.prose
    if True not in prose:
        return []
    return [
        verdict(blocks[i].index, "timestamp-line")
        for i in range(prose.index(True) + 1, len(blocks))
        if blocks[i].words <= 12 and is_timestamp(blocks[i].text)
    ]


def _reference_credited_captions(page: Page) -> list[Verdict]:
    return [
        verdict(b.index, "image-caption", "inline: credit")
        for b in page.blocks
        if b.words <= 120
        and captions_module._MARK.search(b.text, len(b.text) - 120) is not None
        and captions_module.ends_with_credit(b.text)
    ]


def _reference_nav_runs(page: Page) -> list[Verdict]:
    out: list[Verdict] = []
    run: list[Block] = []
    for block in [*page.blocks, None]:
        if block is not None and block.words <= 4 and not is_sentence_like(block.text):
            run.append(block)
            continue
        if len(run) >= 4:
            out.extend(verdict(b.index, "nav-run") for b in run)
        run = []
    return out


@given(st.lists(_LINE | _PLAIN, max_size=14))
def test_rules_that_skip_plain_lines_name_what_they_named(lines: list[str]) -> None:
    page = Page.of([Block(index=i, text=t) for i, t in enumerate(lines)])
    assert list(shapes_module.shape_rules(page)) == _reference_shape_rules(page)
    assert list(timestamp_lines(page)) == _reference_timestamp_lines(page)
    assert list(captions_module.credited_captions(page)) == _reference_credited_captions(page)
    assert list(shapes_module.nav_runs(page)) == _reference_nav_runs(page)
    assert page.marked == tuple(i for i, t in enumerate(lines) if not page_module._is_plain(t))


@given(st.text(alphabet=st.sampled_from(list("abzAZ é:—-.")), max_size=40))
def test_case_turn_finds_what_the_plain_pattern_finds(text: str) -> None:
    plain = re.search(r"[a-z][A-Z][a-z ]", text)
    assert (teasers_module._CASE_TURN.search(text) is None) == (plain is None)
    # The dateline pre-check: every dateline match holds a colon, " —" or " -".
    if teasers_module._DATELINE.search(text):
        assert ":" in text or " —" in text or " -" in text


def _general_fold(text: str) -> str:
    """phrases._fold by its general steps, with no ASCII shortcut."""
    text = unicodedata.normalize("NFKC", text).translate(phrases_module._QUOTES)
    folded = text.casefold().replace("i\u0307", "i")
    folded = phrases_module._strip_edges(" ".join(folded.split()))
    if folded[-1:].isdigit():
        folded = phrases_module._strip_edges(phrases_module._COUNT.sub("", folded))
    return folded


@given(st.text(alphabet=st.sampled_from([chr(c) for c in range(128)]), max_size=30))
def test_ascii_fold_equals_the_general_steps(text: str) -> None:
    assert phrases_module._fold(text) == _general_fold(text)


@pytest.mark.parametrize("text", ["  Related Posts (12): ", "Page 2", "`Quote`", "--", "a\tb"])
def test_ascii_fold_examples(text: str) -> None:
    assert phrases_module._fold(text) == _general_fold(text)


def _plain_is_timestamp(text: str) -> bool:
    """is_timestamp by its plain definition: every token counted, both searches always run."""
    if len(text) > 80 or re.search(r"\d", text) is None:
        return False
    anchors, time_words = timestamps_module._date_words()
    folded = text.casefold()
    anchored = bool(
        timestamps_module._TIME.search(folded) or timestamps_module._NUMERIC_DATE.search(folded)
    )
    stray = 0
    for token in timestamps_module._TOKEN.findall(folded):
        if token.isdigit():
            continue
        if token in anchors:
            anchored = True
        elif token not in time_words:
            stray += 1
    entry = timestamps_module._ENTRY_AFTER_DATE.search(folded)
    return anchored and stray <= 1 and not (stray and entry)


_DATE_PARTS = st.sampled_from(
    ["May", "2", "2024", "19.11.2019", "16:20", "ago", "days", "at", "pm", "Top", "news", ":", "|"]
)


@given(st.lists(_DATE_PARTS, max_size=8), st.sampled_from([" ", ", ", ""]))
def test_is_timestamp_equals_the_plain_count(parts: list[str], joint: str) -> None:
    text = joint.join(parts)
    assert is_timestamp(text) == _plain_is_timestamp(text)


_PREFIX_SETS = st.frozensets(
    st.sampled_from(["photo:", "(photo", "фото", "pic", "p", "", "image by"])
)


@given(
    _PREFIX_SETS, st.sampled_from(["Photo: x", "(Photo AP)", "Фото дня", "pic", "", "Plain", "x"])
)
def test_stray_caption_prefix_groups_answer_as_startswith(
    prefixes: frozenset[str], text: str
) -> None:
    folded = text.casefold()
    starts = captions_module._by_initial(prefixes).get(folded[:1])
    grouped = "" in prefixes or (starts is not None and folded.startswith(starts))
    assert grouped == folded.startswith(tuple(prefixes))


def test_every_whitespace_character_lies_below_the_tails_bound() -> None:
    # sys.maxunicode is 0x10FFFF; whitespace ends at U+3000 (ideographic space).
    assert max(c for c in range(0x110000) if chr(c).isspace()) < 0x3001


@given(
    st.sampled_from(["Jane says", "Ann wrote:", "Bob said", "Иван написала", "x", "", "Meg dice"]),
    st.sampled_from(["", ":", " ", "\u3000", "\t", ".", "::"]),
)
def test_says_tails_pass_every_line_may_say_passes(line: str, end: str) -> None:
    text = line + end
    if comments_module._may_say(text.strip()):
        assert text[-1:] in comments_module._says_tails() or "написал" in text


_LABEL_PIECES = st.sampled_from(
    [
        *("Photo", "PHOTOGRAPH", "image credit", "Foto", "Bild", "credıt", "CREDIT", "x", "."),
        *(")", ":", " ", "  ", "\u3000", "\t", "Jane Roe", "/", "?"),
    ]
)


@given(st.lists(_LABEL_PIECES, max_size=10).map("".join))
def test_label_pre_check_passes_every_label_match(tail: str) -> None:
    if captions_module._LABEL_TAIL.search(tail):
        assert captions_module._may_be_label(tail)


@pytest.mark.parametrize(
    ("tail", "label"),
    [
        ("Boats at dawn. Photo: Jane Roe", True),
        ("Boats at dawn. Credit : ESA", True),
        ("The minister says: we will act", False),
        (":", False),
        (" :", False),
    ],
)
def test_label_pre_check_examples(tail: str, label: bool) -> None:
    assert captions_module._may_be_label(tail) is label
    assert bool(captions_module._LABEL_TAIL.search(tail)) is label
