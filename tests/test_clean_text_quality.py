"""Text-mode cleaning: timestamp lines, teaser lists, and the Portuguese and Italian lists.

Synthetic pages of our own that reproduce the patterns seen on real pages.
"""

from __future__ import annotations

import pytest

from newscorpus import extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify, guess_language, phrase_book
from newscorpus.clean.timestamps import is_timestamp

BODY = [
    "The harbour board voted on Monday to rebuild the old north pier before the summer season.",
    "Fishermen said the pier had been unsafe for years and that repairs were long overdue.",
    "The board expects the work to cost about four million and to take eighteen months.",
]

TEASERS = [
    "Council delays vote on the new bus lanes",
    "Ana Sousa",
    "Tuesday November 19, 2019",
    "The council postponed its decision on bus lanes for the third time, citing the cost "
    "of the work and the objections of shop owners along the main street in the old town.",
    "Schools reopen after the heating failure",
    "Ben Carter",
    "Monday November 18, 2019",
    "Pupils returned to class on Monday after engineers repaired the heating that failed "
    "during the cold spell last week, the education office said in a statement on its site.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday November 19, 2019",
        "2 days ago at 07:52 am",
        "November 19, 2019 at 5:10 pm",
        "19.11.2019 | 16:20",
        "Updated 2019-11-19 08:00 GMT",
        "3 часа назад",
        "19 de novembro de 2019 às 14:30",
    ],
)
def test_date_only_lines_are_timestamps(line: str) -> None:
    assert is_timestamp(line)


@pytest.mark.parametrize(
    "line",
    [
        "Top 10",
        "Rain closed 19 roads on Tuesday",
        "Dare to Play 3",
        "1 tackle (1 combined).",
        "",
        "x" * 500 + " May 3, 2020",
        BODY[0],
    ],
)
def test_other_lines_are_not_timestamps(line: str) -> None:
    assert not is_timestamp(line)


def test_teaser_list_with_dates_after_the_body_is_dropped() -> None:
    text = "\n\n".join(["Pier to be rebuilt", *BODY, "More from the Gazette", *TEASERS])
    article = extract_text(text)
    assert all(p in article.text for p in BODY)
    assert "postponed" not in article.text and "heating" not in article.text
    rules = {r.text: r.rule for r in article.removed}
    assert rules["Tuesday November 19, 2019"] == "timestamp-line"


def test_dateline_above_the_body_is_not_a_timestamp_line() -> None:
    text = "\n\n".join(["November 19, 2019", *BODY])
    result = classify(text_to_blocks(text))
    assert all(v.rule != "timestamp-line" for v in result.verdicts.values())
    assert [b.text for b in result.body] == BODY


def test_one_date_between_long_paragraphs_does_not_cut_the_article() -> None:
    long_body = [" ".join([p] * 4) for p in BODY]
    text = "\n\n".join([*long_body[:2], "(Published Monday, Nov. 18, 2019)", long_body[2]])
    kept = {b.text for b in classify(text_to_blocks(text)).body}
    assert set(long_body) <= kept


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("O conselho aprovou o orçamento da cidade, que vai ser votado de novo em março.", "pt"),
        ("Il consiglio ha approvato il bilancio della città, che sarà votato di nuovo.", "it"),
    ],
)
def test_portuguese_and_italian_are_guessed(text: str, language: str) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize(
    ("category", "line"),
    [
        ("related_headings", "Você pode gostar..."),
        ("related_headings", "Leia também:"),
        ("related_headings", "Leggi anche"),
        ("share", "Condividi su Facebook"),
        ("legal", "Tutti i diritti riservati"),
    ],
)
def test_portuguese_and_italian_widget_wording(category: str, line: str) -> None:
    assert phrase_book().match(category, line) is not None
