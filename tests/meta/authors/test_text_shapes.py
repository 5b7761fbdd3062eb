"""The byline shapes of ``newscorpus.meta.authors.text.shapes`` on synthetic lines and pages of
our own: a prefix whose names run on into an outlet, a role or a meta line's rest; names before
a role; names after a date; each in several languages, each rejection (interface words, time
phrases, credits, section labels, a sentence after "von"/"by", a role line in the body), and
regexes that stay linear on long adversarial lines.
"""

from __future__ import annotations

import re
import time

import pytest

from newscorpus import extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.meta.authors.text import shapes, wording
from newscorpus.meta.authors.text.lines import KINDS, byline_candidates
from newscorpus.meta.authors.text.shapes import SHAPE_KINDS, name_run, read_shape
from newscorpus.meta.authors.text.wording import holds_credit


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Ann Lee For The Courier", ("Ann Lee",)),
        ("By Ann Lee, Tom Park and Joe Bloggs", ("Ann Lee", "Tom Park", "Joe Bloggs")),
        ("Von: Anna BERGER, Jonas WEBER", ("Anna BERGER", "Jonas WEBER")),
        ("Par Claire DUBOIS", ("Claire DUBOIS",)),
        ("PorLucía Gómez", ("Lucía Gómez",)),
        ("Geschrieben vonAnna Berger", ("Anna Berger",)),
        ("Door Jan de Vries voor De Krant", ("Jan de Vries",)),
        ("Weather | Updated 3 hours ago | Written by Ann Lee", ("Ann Lee",)),
        ("Von Anna Berger Kategorien: Politik", ("Anna Berger",)),
        ("Text & Fotos: Jonas Weber", ("Jonas Weber",)),
        ("Reporting by Ann Lee; Editing by Tom Park", ("Ann Lee",)),
        ("Text von Anna Berger Illustration von Jonas Weber", ("Anna Berger",)),
        ("Von Anna BergerKorrespondentin", ("Anna Berger",)),
        (
            "Von Anna Berger, Jonas Weber und Lena Roth, NDR",
            ("Anna Berger", "Jonas Weber", "Lena Roth"),
        ),
        ("Foto: Anna Berger | Text: Jonas Weber", ("Jonas Weber",)),
        ("责任编辑：孔德明", ("孔德明",)),
    ],
)
def test_a_prefix_with_a_tail_gives_the_names(line: str, names: tuple[str, ...]) -> None:
    assert read_shape(line, in_body=False) == ("loose-prefix", names)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Lee, Senior Reporter", ("Ann Lee",)),
        ("Ann Lee Deputy Editor", ("Ann Lee",)),
        ("Anna Berger (Redakteurin)", ("Anna Berger",)),
        ("Claire Dubois, journaliste", ("Claire Dubois",)),
        ("Lucía Gómez, periodista", ("Lucía Gómez",)),
        ("Ann LeeNews Reporter", ("Ann Lee",)),
        ("박준석 기자", ("박준석",)),
        ("王小明 记者", ("王小明",)),
    ],
)
def test_names_before_a_role(line: str, names: tuple[str, ...]) -> None:
    assert read_shape(line, in_body=False) == ("role-names", names)


def test_names_with_a_role_in_the_body_are_a_quoted_person() -> None:
    assert read_shape("Ann Lee, Senior Reporter", in_body=True) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("2. Februar 2022 Anna Berger", ("Anna Berger",)),
        ("1. Februar 2022 Anna Berger 6", ("Anna Berger",)),
        ("March 4, 2024 Ann Lee", ("Ann Lee",)),
        ("04.03.2024, 11:30 Uhr Anna Berger", ("Anna Berger",)),
        ("4 mars 2024 | Claire Dubois", ("Claire Dubois",)),
        ("2. Februar 20202. Februar 2020 Anna Berger 1 Kommentar", ("Anna Berger",)),
    ],
)
def test_names_after_a_date(line: str, names: tuple[str, ...]) -> None:
    assert read_shape(line, in_body=False) == ("date-names", names)


@pytest.mark.parametrize(
    "line",
    [
        "Share this story",
        "READ MORE",
        "Updated 4 March 2024",
        "4 March 2024 Read more",
        "Monday, March 4, 2024",
        "Von Montag bis Freitag geöffnet",
        "Von den 15 Teilnehmern kamen 12",
        "By Monday, the river had risen",
        "Par exemple, le conseil a voté",
        "Por favor, comparte este artículo",
        "Di Maio ha detto",
        "Featured image by Ann Lee",
        "Photo by Ann Lee/Reuters",
        "Übersetzung Anna Berger",
        "Ann Lee/USA Today Sports",
        "4 March 2024 The council backs the plan",
        "By Ann",  # one word: no telling a login from a word
    ],
)
def test_lines_that_are_no_byline_in_these_shapes(line: str) -> None:
    assert read_shape(line, in_body=False) is None


def test_a_place_after_the_comma_is_no_name() -> None:
    assert read_shape("Von Seb Weber, Lille 05.08.2024", in_body=False) == (
        "loose-prefix",
        ("Seb Weber",),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee and Tom PARK for The Courier", (("Ann Lee", "Tom PARK"), "for The Courier")),
        ("Jan de Vries en Anna Berger", (("Jan de Vries", "Anna Berger"), "")),
        ("Ann Lee, Projektleiterin der Stiftung", (("Ann Lee",), "Projektleiterin der Stiftung")),
        ("Updated Monday", ((), "Updated Monday")),
        ("the river rose", ((), "the river rose")),
        ("", ((), "")),
    ],
)
def test_the_name_run(text: str, expected: tuple[tuple[str, ...], str]) -> None:
    assert name_run(text) == expected


def test_a_name_run_holds_at_most_four_names() -> None:
    names, _ = name_run("Ann Lee, Tom Park, Joe Bloggs, Anna Berger, Jonas Weber")
    assert len(names) == 4


def test_credits_are_told() -> None:
    assert holds_credit("Bildquelle: Anna Berger")
    assert not holds_credit("Veröffentlicht von Anna Berger")


def test_the_kinds_are_candidate_kinds() -> None:
    assert set(SHAPE_KINDS) <= set(KINDS)


BODY = "The council voted on Monday to back the new river plan after a long debate. "


def _page(*header: str) -> str:
    return "\n\n".join(["Home", "Council backs the river plan", *header, BODY * 3, BODY * 2])


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("By Ann Lee For The Courier", "loose-prefix"),
        ("Ann Lee, Senior Reporter", "role-names"),
        ("March 4, 2024 Ann Lee", "date-names"),
    ],
)
def test_each_shape_is_a_candidate_of_a_page(line: str, kind: str) -> None:
    classified = classify(text_to_blocks(_page(line)))
    assert (kind, ("Ann Lee",)) in [(c.kind, c.names) for c in byline_candidates(classified)]


def test_a_prefix_with_an_outlet_gives_the_authors() -> None:
    assert extract_text(_page("By Ann Lee For The Courier")).authors == ("Ann Lee",)


def test_bad_input_gives_nothing() -> None:
    assert read_shape("", in_body=False) is None
    assert read_shape("By " + "Ann Lee " * 40, in_body=False) is None  # longer than a byline
    assert read_shape("\x00\ufffd|||", in_body=False) is None


_BUDGET_SECONDS = 5.0  # for 50,000 characters; a linear scan takes milliseconds
_NEAR_MATCHES = [
    "By " * 16_000,
    "Von:" * 12_500 + "1",
    "Ann " * 12_500,
    "Ann Lee, " * 5_500,
    "1. März 2024 " * 4_000,
    "12.12.2024, " * 4_500,
    "| " * 25_000,
    "责任编辑" * 12_000,
    "AbcdEfgh" * 6_000,
    "기자 " * 16_000,
]


@pytest.mark.parametrize(
    "pattern",
    [
        shapes._prefix(),
        shapes._cjk_label(),
        shapes._cjk_role(),
        shapes._leading_date(),
        shapes._SEGMENT,
        shapes._TOKENS,
        wording._GLUED,
    ],
)
def test_the_regexes_stay_linear_on_long_near_matches(pattern: re.Pattern[str]) -> None:
    for text in _NEAR_MATCHES:
        start = time.process_time()
        pattern.search(text)
        pattern.match(text)
        assert time.process_time() - start < _BUDGET_SECONDS, (pattern.pattern[:40], text[:20])


def test_the_reader_stays_fast_on_long_lines() -> None:
    for text in _NEAR_MATCHES:
        start = time.process_time()
        read_shape(text, in_body=False)
        name_run(text)
        assert time.process_time() - start < _BUDGET_SECONDS, text[:20]
