"""Page-level fast paths (word splitting by C string passes, word counts decided once per page,
removals built inline) give the same results as their plain definitions."""

from __future__ import annotations

import importlib
import sys

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.article import Removal
from newscorpus.blocks import Block, count_words, text_to_blocks
from newscorpus.clean import language as language_module
from newscorpus.clean.classify import Classified
from newscorpus.clean.language import WORD
from newscorpus.clean.rules import verdict
from newscorpus.options import ExtractOptions, MetaOptions
from newscorpus.shapes.day_order import dayfirst_for, dayfirst_from_dates

blocks_module = importlib.import_module("newscorpus.blocks")
extract_module = importlib.import_module("newscorpus.extract")

# ASCII, letters and digits beyond it, the punctuation the fast split turns into spaces (and
# its neighbours that it leaves to the regex), spaces of every kind, CJK, a lone surrogate.
_WORDY = list("abZ09_ éßİıДжЖ\u0307ﬁ²³µªº¹½ⓐ⁰ⁱ₀ℓ")
_MARKS = [chr(c) for c in range(0x2000, 0x2080)] + [chr(c) for c in range(0xA0, 0xC0)]
_OTHER = list("×÷\u0085\u1680\u3000、。「」（）－＋\u2212\u2116™€🙂\ufe0f\u0301\ud800\x00\t\n")
_CHARS = st.sampled_from(_WORDY + _MARKS + _OTHER + [chr(c) for c in range(32, 127)])


@given(st.text(alphabet=_CHARS, max_size=60))
def test_split_words_equals_findall_of_the_casefold(text: str) -> None:
    assert language_module._split_words(text) == WORD.findall(text.casefold())


def test_split_folded_is_right_or_silent_for_every_character() -> None:
    """Each character of the Basic Multilingual Plane between two letters: the fast split either
    gives the regex's words or leaves the text to the regex (None)."""
    for code in range(0x80, 0x10000):
        folded = f"a{chr(code)}b x".casefold()
        fast = language_module._split_folded(folded)
        assert fast is None or fast == WORD.findall(folded), hex(code)


def test_split_folded_takes_the_common_punctuation() -> None:
    split = language_module._split_folded
    assert split("he said “no” — then… «left» © 2024") == [
        "he",
        "said",
        "no",
        "then",
        "left",
        "2024",
    ]
    assert split("министр заявил: «да»") == ["министр", "заявил", "да"]
    assert split("snake_case é") is None  # an underscore: the regex decides
    assert split("a\ud800b") is None  # a lone surrogate has no UTF-8


@given(st.text(alphabet=_CHARS, max_size=40))
def test_word_counts_equal_count_words(text: str) -> None:
    texts = [line.strip() for line in text.splitlines() if line.strip()]
    assert blocks_module._word_counts(texts) == [count_words(t) for t in texts]


def test_may_hold_cjk_for_every_character_count_words_counts() -> None:
    cjk = blocks_module._CJK
    for code in range(sys.maxunicode + 1):
        if cjk.match(chr(code)):
            assert blocks_module._may_hold_cjk(f"a {chr(code)}"), hex(code)
    assert not blocks_module._may_hold_cjk("Министр — «да» ’ é")


_PAGE_LINES = st.lists(
    st.text(alphabet=st.sampled_from(list("ab Cd.\t先日이の\u3000\u2009")), max_size=12)
    | st.just("y" * 50),
    max_size=10,
)


@given(_PAGE_LINES)
def test_text_blocks_count_words_as_the_constructor(lines: list[str]) -> None:
    for block in text_to_blocks("\n".join(lines)):
        assert block.words == Block(index=0, text=block.text).words


def _plain_split(
    classified: Classified, consumed: dict[int, str]
) -> tuple[tuple[Removal, ...], list[Block]]:
    """extract._split by its plain definition: one Removal by its constructor per dropped block."""
    removed: list[Removal] = []
    kept: list[Block] = []
    for block in classified.blocks:
        role = consumed.get(block.index)
        found = classified.verdicts.get(block.index)
        if role is not None and role != "header":
            removed.append(Removal(text=block.text, rule=role, block=block.index, line=block.line))
        elif found is not None:
            removed.append(
                Removal(
                    text=block.text,
                    rule=found.rule,
                    block=block.index,
                    line=block.line,
                    detail=found.detail,
                )
            )
        else:
            kept.append(block)
    return tuple(removed), kept


_INDEXES = st.integers(min_value=0, max_value=11)


@given(
    st.integers(min_value=0, max_value=10),
    st.dictionaries(_INDEXES, st.sampled_from(["nav-item", "outside-body"]), max_size=8),
    st.dictionaries(_INDEXES, st.sampled_from(["title", "byline", "header"]), max_size=5),
    st.booleans(),
)
def test_split_equals_the_plain_loop(
    count: int, named: dict[int, str], consumed: dict[int, str], html: bool
) -> None:
    blocks = tuple(
        Block(index=i, text=f"line {i}", line=None if html else i + 1) for i in range(count)
    )
    verdicts = {i: verdict(i, rule, f"why {i}") for i, rule in named.items()}
    classified = Classified(blocks=blocks, verdicts=verdicts, start=None, end=None, language=None)
    made = extract_module._split(classified, consumed)
    plain = _plain_split(classified, consumed)
    assert made == plain
    assert [attrs.asdict(r) for r in made[0]] == [attrs.asdict(r) for r in plain[0]]


sources_module = importlib.import_module("newscorpus.meta.publisher")
_SOURCE_CHARS = st.sampled_from([*"cCoOpPyYrR()©aAtThHnNkK\u212aeEvV İı\n-.", "\ud800"])


@given(st.lists(st.text(alphabet=_SOURCE_CHARS, max_size=14), max_size=8))
def test_holder_blocks_are_the_blocks_may_name_holder_passes(texts: list[str]) -> None:
    blocks = [Block(index=i, text=text) for i, text in enumerate(texts)]
    page = sources_module._page_bytes(texts)
    expected = [b for b in blocks if sources_module._may_name_holder(b.text)]
    assert sources_module._holder_blocks(blocks, page) == expected


@given(st.lists(st.text(alphabet=_SOURCE_CHARS, max_size=14), max_size=8))
def test_thanks_page_check_passes_every_page_with_a_thank_you_line(texts: list[str]) -> None:
    page = sources_module._page_bytes(texts)
    if any(sources_module._may_thank(text) for text in texts):
        assert b"thank" in page or sources_module._KELVIN in page


@given(st.from_regex(sources_module._INTERVIEW))
def test_interview_page_check_passes_every_interview_label(text: str) -> None:
    assert b"nterv" in sources_module._page_bytes(["Home", text])


def test_source_readers_behind_the_page_checks() -> None:
    page = text_to_blocks(
        "THANK YOU for reading Harbour Ledger.\n\nNORDPOST Interview with Ann Lee\n\n"
        "© 2020 Valley Courier"
    )
    assert sources_module.read_source(page).values["source"] == "Harbour Ledger"
    assert sources_module.read_source(page[1:]).values["source"] == "NORDPOST"
    assert sources_module.read_source(page[2:]).values["source"] == "Valley Courier"
    assert sources_module.read_source(text_to_blocks("Nothing to see here")).values == {}


def test_default_options_equal_fresh_ones() -> None:
    assert extract_module._default_options() == ExtractOptions()
    assert extract_module._default_options() is extract_module._default_options()


@given(
    st.sampled_from([None, True, False]),
    st.sampled_from([None, "de", "en", "en-US", "en-GB"]),
    st.sampled_from(["", "25/03/2024", "03/25/2024", "03/04/2024"]),
)
def test_page_meta_is_the_meta_of_the_page_dayfirst_options(
    given_dayfirst: bool | None, language: str | None, text: str
) -> None:
    """Also the plain definition: the whole page's slashed dates read eagerly."""
    options = ExtractOptions(meta=MetaOptions(dayfirst=given_dayfirst))
    blocks = text_to_blocks(text)
    evolved = extract_module._with_page_dayfirst(options, language, blocks)
    assert extract_module._page_meta(options.meta, language, blocks) == evolved.meta
    assert evolved.clean == options.clean
    dayfirst = given_dayfirst
    if dayfirst is None:
        dayfirst = dayfirst_for(language)
    if dayfirst is None:
        dayfirst = dayfirst_from_dates(text)
    assert evolved.meta.dayfirst == dayfirst
