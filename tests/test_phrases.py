"""Phrase folding and matching: the fast paths agree with the plain definitions."""

from __future__ import annotations

import itertools

from newscorpus.clean.phrases import load_phrases, phrase_book


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
