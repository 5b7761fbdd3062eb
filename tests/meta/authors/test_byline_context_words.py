"""The small readings behind the plain-text byline scorer's newer features, each on its own:
the words before an inline prefix, the prepositions that end a split byline's first line, a name
glued to the next word, the headline's share of a name and a surname spelled in an address.
Synthetic lines in several languages, empty and hostile input included."""

from __future__ import annotations

import time

import pytest

from newscorpus.blocks import Block
from newscorpus.meta.authors.text.context import (
    around,
    headline_share,
    plain_letters,
    spelled_in,
)
from newscorpus.meta.authors.text.wording import (
    glue_point,
    prefix_prepositions,
    words_before_prefix,
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Posted on 4 March 2024 by Ann Lee", (0.75, 1.0)),
        ("Publié le 4 mars 2024 par Claire Dubois", (0.75, 1.0)),
        ("Ann Lee", (0.0, 0.0)),
        ("Von Anna Berger", (0.0, 0.0)),  # the prefix opens the line: no word before it
        ("", (0.0, 0.0)),
    ],
)
def test_words_before_prefix(line: str, expected: tuple[float, float]) -> None:
    assert words_before_prefix(line) == expected


def test_words_before_prefix_is_capped_at_two() -> None:
    many = " ".join(["word"] * 30) + " by Ann Lee"
    assert words_before_prefix(many) == (2.0, 0.0)


@pytest.mark.parametrize("word", ["by", "von", "par", "door", "por"])
def test_prepositions_end_a_split_byline(word: str) -> None:
    assert word in prefix_prepositions()


@pytest.mark.parametrize("word", ["author", "autor", "anna", ""])
def test_label_nouns_and_names_are_no_prepositions(word: str) -> None:
    assert word not in prefix_prepositions()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann LeeSenior Reporter", 7),
        ("Anna BergerRedakteurin", 11),
        ("Ann McDonald", None),  # one lower-case letter before the capital: no glue
        ("JOHN SMITH", None),
        ("", None),
    ],
)
def test_glue_point(text: str, expected: int | None) -> None:
    assert glue_point(text) == expected


def test_glue_point_is_linear_on_a_long_line() -> None:
    started = time.perf_counter()
    assert glue_point("ab" * 100_000 + "a") is None
    assert time.perf_counter() - started < 2


def test_headline_share() -> None:
    words = frozenset({"der", "plan", "river"})
    assert headline_share(("Der Strom",), words, False) == 0.5
    assert headline_share(("Ann Lee",), words, False) == 0.0
    assert headline_share(("Ann Lee",), words, True) == 1.0  # the headline itself
    assert headline_share((), words, False) == 0.0
    assert headline_share(("Ann Lee",), frozenset(), False) == 0.0


def test_plain_letters_drops_accents_case_and_signs() -> None:
    assert plain_letters("André Loibl") == "andreloibl"
    assert plain_letters("/2024/Çağlar-Öz/") == "2024caglaroz"
    assert plain_letters("") == ""


def test_spelled_in_wants_a_surname_of_three_letters() -> None:
    assert spelled_in(("Maria López",), "2024marialopezwins") == 1.0
    assert spelled_in(("Ann Lee",), "annsmith") == 0.0
    assert spelled_in(("Li",), "li") == 0.0  # too short to tell
    assert spelled_in(("Ann Lee",), "") == 0.0


def test_around_reads_the_headline_and_the_path_only() -> None:
    blocks = [Block(index=0, text="Ferries Return"), Block(index=1, text="Body")]
    words, path = around(blocks, 0, "https://ann-lee.example.org/news/ferries?id=7#top")
    assert words == frozenset({"ferries", "return"})
    assert path == "newsferries"  # the host (the site's name) and the query are left out


@pytest.mark.parametrize("url", [None, "", "not a url", "https://example.org"])
def test_around_without_a_path(url: str | None) -> None:
    assert around([], None, url) == (frozenset(), "")


def test_around_ignores_a_headline_index_out_of_range() -> None:
    assert around([Block(index=0, text="Ferries")], 5, None) == (frozenset(), "")
