"""Fast paths of the body decision give the same answers as their plain definitions."""

from __future__ import annotations

import importlib

from hypothesis import given
from hypothesis import strategies as st

from newscorpus.blocks import Block
from newscorpus.clean import language as language_module
from newscorpus.clean.language import WORD
from newscorpus.clean.rules import Verdict, verdict

# The module, not the function of the same name that newscorpus.clean exports.
classify_module = importlib.import_module("newscorpus.clean.classify")

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
    got = classify_module._outside_body(blocks, span, verdicts, cut)
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
    got = classify_module._pardon(verdicts, cut)
    assert got == want
    assert got is not verdicts
