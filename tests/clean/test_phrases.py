"""Phrase folding and matching: the fast paths agree with the plain definitions."""

from __future__ import annotations

import itertools
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.clean.phrases import fold, load_phrases, phrase_book

_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'}
)


def _plain_fold(text: str) -> str:
    """fold() by its plain definition, without fast paths: the definition the fast one must match."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    folded = folded.replace("i\u0307", "i")  # Turkish "İ": the dotted capital folds to plain i
    folded = re.sub(r"\s+", " ", folded).strip()
    folded = re.sub(r"^[\W_]+|[\W_]+$", "", folded)
    folded = re.sub(r" ?[(\[]?\d{1,6}[)\]]?$", "", folded)
    return re.sub(r"^[\W_]+|[\W_]+$", "", folded)


@pytest.mark.parametrize(
    "text",
    [
        "  Related Posts (12): ",
        "Comments [3]",
        "Don`t miss",
        "Don’t miss “this”",
        "«Читайте также»",
        "Share\u00a0\u2003this\x1c now",
        "ﬁnance ２０２４",
        "Page ٣",
        "Top 10²",
        "___",
        "",
        "-- 12 --",
        "Straße",
    ],
)
def test_fold_matches_its_plain_definition(text: str) -> None:
    assert fold(text) == _plain_fold(text)


@given(st.text(alphabet=st.sampled_from(list("aZ 1(2)[3]_-.:`’«»\t\u00a0ﬁ２٣²İß\n")), max_size=30))
def test_fold_matches_its_plain_definition_on_generated_text(text: str) -> None:
    assert fold(text) == _plain_fold(text)


def _equal_length_pair() -> tuple[str, str, str]:
    """Two contained phrases of one category, same length, different first words."""
    for category, phrases in load_phrases("en").items():
        if category.endswith("_prefixes"):
            continue
        multi = [p for p in phrases if " " in p and p.replace(" ", "").isalpha()]
        for a, b in itertools.combinations(sorted(multi), 2):
            if len(a) == len(b) and a.split()[0] != b.split()[0] and a not in b and b not in a:
                return category, a, b
    raise AssertionError("no two equal-length phrases in one category")


def test_tie_between_equal_length_phrases_goes_to_the_first_in_the_text() -> None:
    category, a, b = _equal_length_pair()
    book = phrase_book(("en",))
    assert book.categories(f"{a} and {b}")[category] == a
    assert book.categories(f"{b} and {a}")[category] == b


@given(st.text(alphabet=st.sampled_from(list("aZq09 `\t")), max_size=20))
def test_fold_of_plain_ascii_words_matches_its_plain_definition(text: str) -> None:
    # The commonest lines take a shortcut (ASCII words, single spaces): it must agree too.
    assert fold(text) == _plain_fold(text)
