"""The label regexes written as trees of their words' beginnings match exactly what the plain
alternations of the same words match: the same place, the same span, the same replacement."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.meta.authors.text import wording
from newscorpus.meta.dates.labels import until_label, updated_label
from newscorpus.shapes.date_words import date_labels, label_alternation, label_tree
from newscorpus.vocab import alternation, words

# Pieces of label-like text: whole labels, their beginnings, near misses, spaces, marks, digits.
_PIECES = st.sampled_from(
    [
        "Updated", "updated on", "last", "last  edited", "last\nedited", "Verfügbar bis", "bis",
        "bis zum", "available", "until", "Valid until", "Am", "am", "Posted", "Montag", "Mon",
        "von", "by", "By:", "Autor", "Text:", "Ann", " ", "  ", ":", ".", ",", "10:05", "2024",
        "x", "é", "\n",
    ]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=12).map("".join)


def _templates() -> list[tuple[list[str], str]]:
    return [
        (list(date_labels("modified")), r"(?:{})[^\d]{{0,20}}$"),
        (list(date_labels("until")), r"(?<!\w)(?:{})[\s:.,]{{0,3}}$"),
        ([*date_labels("dateline"), "am", "last", "montag", "mon"], r"(?<!\w)(?:{})(?!\w)"),
    ]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_label_trees_match_as_the_alternations(text: str) -> None:
    for labels, template in _templates():
        plain = re.compile(template.format(label_alternation(labels)), re.IGNORECASE)
        tree = re.compile(template.format(label_tree(labels)), re.IGNORECASE)
        first, second = plain.search(text), tree.search(text)
        assert (first and first.span()) == (second and second.span())
        assert plain.sub(" ", text) == tree.sub(" ", text)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_inline_prefix_matches_as_the_alternation(text: str) -> None:
    prepositions = alternation(words("byline_prefixes", "markup_label_prepositions"))
    labels = alternation(words("byline_prefixes", "markup_label_nouns"))
    plain = re.compile(
        rf"(?:^|(?<=[\s\d|·•,:/]))(?:(?i:{prepositions})\s*:?\s+|(?i:{labels})\s*:\s*"
        rf"|(?:{prepositions}|(?i:{labels}))(?=[A-Z]))(?P<rest>[^\W\d_].*)$"
    )
    first, second = plain.search(text), wording.inline_prefix().search(text)
    assert (first and first.span("rest")) == (second and second.span("rest"))


def test_the_label_regexes_still_read_their_labels() -> None:
    assert updated_label().search("Zuletzt  bearbeitet am ")
    assert until_label().search("02:57 Min. Verfügbar bis ")
    assert not until_label().search("Posted ")
    assert label_tree([]) == ""


def test_long_text_without_labels_is_read_quickly() -> None:
    text = "last " * 5000 + "x"  # a label's beginning at every place, never a label's end
    assert until_label().search(text) is None
