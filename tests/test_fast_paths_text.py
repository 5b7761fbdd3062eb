"""Text pages' fast paths (blocks built a field at a time, lazy folding, the phrase pre-check)
give the same answers as the plain definitions."""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.blocks import Block, text_to_blocks
from newscorpus.clean import rules as rules_module
from newscorpus.clean.phrases import fold, fold_each, phrase_book
from newscorpus.clean.rules import Page, Verdict, phrase_rules

_WORD = re.compile(r"\w+")
# Words of phrases (so some blocks match) mixed with prose, in several scripts and cases.
_VOCABULARY = [
    "subscribe", "to", "our", "newsletter", "share", "this", "Share", "privacy", "policy",
    "read", "more", "comments", "No", "donate", "today", "all", "rights", "reserved", "the",
    "bridge", "reopened", "on", "Monday", "after", "years", "İlgili", "Haberler", "Straße",
    "über", "Abonnieren", "Sie", "unseren", "café", "«quoted»", "12", "(3)", "a_b", "—", ",",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_VOCABULARY), min_size=0, max_size=70).map(" ".join)


@given(st.lists(_TEXTS, max_size=12))
def test_lazy_folds_equal_folding_every_text_first(texts: list[str]) -> None:
    eager = tuple(fold_each(texts))
    lazy = rules_module._Folds(list(texts))
    assert len(lazy) == len(eager)
    assert [lazy[i] for i in range(-len(texts), len(texts))] == list(eager + eager)
    assert lazy == eager and lazy == rules_module._Folds(list(texts)) and tuple(lazy) == eager
    assert lazy[1:3] == eager[1:3] and repr(lazy) == repr(eager) and hash(lazy) == hash(eager)


def test_lazy_folds_refuse_what_a_tuple_refuses() -> None:
    lazy = rules_module._Folds(["Share this"])
    with pytest.raises(IndexError):
        lazy[1]
    assert lazy != ["share this"]  # a tuple is no list either
    assert lazy == ("share this",)


@settings(max_examples=300)
@given(_TEXTS)
def test_no_phrase_is_found_where_the_pre_check_says_none_can_be(text: str) -> None:
    book, folded = phrase_book(), fold(text)
    words = _WORD.findall(folded)
    for most in (12, 30, 45, 60):
        categories = rules_module._categories_allowing(most)
        if not book.may_find(words, categories):
            assert book.found_among(folded, categories) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge reopened on Monday after two years of repairs to the deck.", False),
        ("Please subscribe to our newsletter for the latest news each morning.", True),
        ("Related", True),  # as many words as a whole-block phrase: the text must be folded
    ],
)
def test_may_find_examples(text: str, expected: bool) -> None:
    words = _WORD.findall(fold(text))
    assert phrase_book().may_find(words, rules_module._categories_allowing(60)) is expected


def _eager_phrase_rules(page: Page) -> Iterable[Verdict]:
    """phrase_rules as it was: every block of up to 60 words folded and looked up."""
    book = page.book
    for block in page.blocks:
        words = block.words
        if words > rules_module._PHRASE_MAX_WORDS:
            continue
        folded = fold(block.text)
        if words <= rules_module._REMEMBERED_WORDS:
            found = book.categories(folded)
        else:
            found = book.found_among(folded, rules_module._categories_allowing(words))
        for name, category, most_words in rules_module._PHRASE_RULES:
            if words <= most_words and category in found:
                yield rules_module.verdict(block.index, name, found[category])
                break


@settings(max_examples=150, deadline=None)
@given(st.lists(_TEXTS, max_size=10))
def test_phrase_rules_name_what_folding_every_block_names(texts: list[str]) -> None:
    page = Page.of(text_to_blocks("\n\n".join(texts)))
    assert list(phrase_rules(page)) == list(_eager_phrase_rules(page))
    assert tuple(page.folded) == tuple(
        fold(b.text) if b.words <= rules_module._PHRASE_MAX_WORDS else "" for b in page.blocks
    )


def _plain_text_to_blocks(text: str, segmentation: str) -> list[Block]:
    """text_to_blocks as first written: lines grouped, then each block built by its constructor."""
    groups: list[tuple[int, bool, list[str]]] = []
    blank = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            blank = True
            continue
        previous = groups[-1][2][-1] if groups else ""
        wrapped = len(previous) >= 50 and previous[-1] not in '.!?:;"”»)…。！？'
        joins = {"paragraphs": True, "lines": False}.get(
            segmentation, wrapped and line[:1].islower()
        )
        if groups and not blank and joins:
            groups[-1][2].append(line)
        else:
            groups.append((number, blank, [line]))
        blank = False
    return [
        Block(index=i, text=" ".join(parts), line=number, blank_before=gap)
        for i, (number, gap, parts) in enumerate(groups)
    ]


_LINES = st.text(
    alphabet=st.sampled_from(list("ab Cd.\n\r\t\x1f\x0b\u00a0\u2028先日")), max_size=40
)


@given(
    st.lists(st.one_of(_LINES, st.just("x" * 55), st.just("y" * 50 + ".")), max_size=12),
    st.sampled_from(["auto", "lines", "paragraphs"]),
)
def test_text_to_blocks_equals_its_plain_definition(pieces: list[str], segmentation: str) -> None:
    text = "\n".join(pieces)
    made = text_to_blocks(text, segmentation=segmentation)  # type: ignore[arg-type]
    plain = _plain_text_to_blocks(text, segmentation)
    assert made == plain
    assert [b.words for b in made] == [b.words for b in plain]
    assert [attrs.asdict(b) for b in made] == [attrs.asdict(b) for b in plain]
