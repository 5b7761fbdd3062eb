"""Text-mode cleaning: timestamp lines, teaser lists, and the Portuguese and Italian lists.

Synthetic pages of our own that reproduce the patterns seen on real pages.
"""

from __future__ import annotations

import pytest

from newscorpus import extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify, guess_language, phrase_book
from newscorpus.clean.passes.lists import list_shape
from newscorpus.clean.rules.captions import ends_with_credit
from newscorpus.clean.rules.teasers import glued_headline
from newscorpus.clean.rules.timestamps import is_timestamp

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


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        (
            "Harbour Crane Back In ServiceThe port said on Monday the crane was repaired at last.",
            "glued",
        ),
        (
            "Council Delays The Vote On Bus ScheduleA decision is now expected in the spring, it said.",
            "glued",
        ),
        (
            "Bus lanes vote delayed again in the city LONDON: The council postponed the vote.",
            "dateline",
        ),
    ],
)
def test_glued_teaser_shapes(text: str, shape: str) -> None:
    assert glued_headline(text) == shape


@pytest.mark.parametrize(
    "text",
    [
        "Following the new MacBook Pro, Apple plans a smaller model with the same keyboard.",
        "Teens love Apple's AirPods, and they are putting them on their wish lists this year.",
        "LONDON: The council postponed the vote on bus lanes for the third time this year.",
        "Tested by: John Smith RRP: 49.95 Euro for the set, with a case and a spare strap.",
        "Q: In reading the SportsBusiness Journal, it was noted that you won an award. Can you?",
        "",
    ],
)
def test_ordinary_paragraphs_are_not_glued_teasers(text: str) -> None:
    assert glued_headline(text) is None


def test_glued_teaser_cards_above_the_article_go() -> None:
    cards = [
        "Harbour Crane Back In ServiceThe port said on Monday that the crane was repaired and "
        "that ships would be loaded again from Tuesday morning, ending a week of delays.",
        "Schools Reopen After Heating FailurePupils returned to class on Monday after engineers "
        "repaired the heating that failed during the cold spell, the education office said.",
    ]
    article = extract_text("\n\n".join([*cards, *cards, "Pier to be rebuilt", *BODY]))
    assert article.text == "\n\n".join(BODY)
    assert {r.rule for r in article.removed if r.text in cards} <= {"teaser", "repeated-block"}


def test_bracketed_comment_count_starts_the_comment_section() -> None:
    comment = (
        "I think the board should have done this years ago, and the cost is far too high for "
        "what we get, but at least the fishermen will be safe on the pier again next summer."
    )
    text = "\n\n".join(
        [*BODY, "[ 167 comments ]", "Top Rated Comments", comment, comment + " Yes."]
    )
    article = extract_text(text)
    assert article.text == "\n\n".join(BODY)
    assert any(r.rule == "comment-section" for r in article.removed)


def test_dates_inside_a_teaser_list_still_end_the_body() -> None:
    dek = (
        "The council postponed its decision on the bus lanes for the third time this autumn, "
        "citing the cost of the work and the objections raised by shop owners on the main street."
    )
    teasers = []
    for day in (18, 17, 16):
        teasers += [
            f"Other story number {day}",
            f"November {day}, 2019 at 2:01 pm",
            dek + f" ({day})",
        ]
    text = "\n\n".join([*BODY, "Related", *teasers])
    article = extract_text(text)
    assert article.text == "\n\n".join(BODY)


@pytest.mark.parametrize("heading", ["About Jane Doe", "Sobre Carlos Lima", "Über Anna Berg"])
def test_about_a_name_heads_an_author_box(heading: str) -> None:
    bio = "She has covered the harbour and the city council for the paper since the year 2009."
    article = extract_text("\n\n".join([*BODY, heading, bio]))
    assert article.text == "\n\n".join(BODY)
    rules = {r.text: r.rule for r in article.removed}
    assert rules[bio] == "author-box"
    assert rules[heading] in {"author-box", "signature"}  # the tail reader may take the name


@pytest.mark.parametrize("line", ["About three hundred people came.", "About the harbour plan"])
def test_about_in_a_sentence_or_lower_case_is_no_author_box(line: str) -> None:
    article = extract_text("\n\n".join([*BODY, line]))
    assert all(r.rule != "author-box" for r in article.removed)


@pytest.mark.parametrize(
    "caption",
    [
        "Boats wait outside the harbour on Monday. (Photo: Jane Roe/Getty Images)",
        "Workers repair the pier in the old port, November 18, 2019. REUTERS/John Doe",
        "A model of the new pier shown at the town hall. Credit: Harbour Board",
        "Fishermen unload their catch at dawn in the old port. Jane Roe / AFP",
        "The pier before the storm (AP Photo/John Doe, File)",
        "The old pier in winter [File: Reuters]",
    ],
)
def test_captions_ending_with_a_credit_go_without_cutting_the_body(caption: str) -> None:
    text = "\n\n".join([BODY[0], caption, BODY[1], BODY[2]])
    article = extract_text(text)
    assert article.text == "\n\n".join(BODY)
    assert {r.text: r.rule for r in article.removed}[caption] == "image-caption"


@pytest.mark.parametrize(
    "line",
    [
        "An Alibaba spokesperson declined to comment on the pricing to Reuters.",
        "It will start at $44,000, not including a $7,500 federal tax credit.",
        "The question is: is the displayed image correct?",
        "Crowds waved flags in the old square on Sunday.  (Photo: Jane Roe)",
        "",
    ],
)
def test_sentences_mentioning_agencies_or_credit_are_not_captions(line: str) -> None:
    assert not ends_with_credit(line)


def test_quick_fire_questions_after_the_body_are_kept() -> None:
    qa = [
        "Q: Favourite book?",
        "A: The old man and the sea, which I read every summer at the harbour since I was twelve.",
        "Q: Favourite food?",
        "A: Grilled fish",
        "Q: Favourite place?",
        "A: The north pier at dawn",
    ]
    article = extract_text("\n\n".join([*BODY, *qa, "Thanks for reading", "Share on Facebook"]))
    assert article.text == "\n\n".join([*BODY, *qa])


def test_a_table_under_its_own_heading_after_the_body_is_kept() -> None:
    table = [
        "Harbour Town (Group A): 10th title",
        "Old Bridge (Group A): Seventh title",
        "North Pier (Group B): Third title",
    ]
    article = extract_text("\n\n".join([*BODY, "Champions so far", *table]))
    assert article.text == "\n\n".join([*BODY, "Champions so far", *table])


def test_headlines_after_the_body_are_no_list() -> None:
    headlines = [
        "Council delays bus lanes",
        "Schools reopen after heating failure",
        "Rail fares rise",
    ]
    article = extract_text("\n\n".join([*BODY, "Most read", *headlines]))
    assert article.text == "\n\n".join(BODY)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Q: Tea?", "label:A:"),
        ("10) Lego", "label:0)"),
        ("Spain (F): 11th", "punct:():"),
        ("Rain", None),
    ],
)
def test_list_shapes(text: str, shape: str | None) -> None:
    assert list_shape(text) == shape


def test_numbered_list_with_links_after_a_lead_in_is_kept() -> None:
    items = [
        "1) A wooden model of the north pier",
        "https://shop.example.org/pier",
        "2) The harbour board's history of the port",
        "https://shop.example.org/history",
        "3) A print of the old lighthouse at dawn",
        "https://shop.example.org/print",
    ]
    lead_in = "For readers who want a souvenir of the old pier, here are our picks:"
    article = extract_text("\n\n".join([*BODY, lead_in, *items, "Related", "Rail fares rise"]))
    kept = [*BODY, lead_in, *(i for i in items if not i.startswith("https"))]
    assert article.text == "\n\n".join(kept)
    assert {r.rule for r in article.removed if r.text.startswith("https")} == {"url-line"}


def test_long_legal_notice_after_the_body_goes() -> None:
    notice = (
        "This page is subject to copyright. Apart from fair dealing for the purpose of private "
        "study or research, no part may be reproduced without the written permission of the "
        "publisher. The content is provided for information purposes only."
    )
    article = extract_text("\n\n".join([*BODY, notice]))
    assert article.text == "\n\n".join(BODY)
    assert {r.text: r.rule for r in article.removed}[notice] == "legal-line"


def test_a_paragraph_about_copyright_law_is_no_legal_notice() -> None:
    paragraph = (
        "The court said the harbour photographs were protected by copyright and that the board "
        "had used them in its new brochure for tourists without asking the photographer, who "
        "lives in the old town, for permission first."
    )
    article = extract_text("\n\n".join([BODY[0], paragraph, BODY[1], BODY[2]]))
    assert paragraph in article.paragraphs


@pytest.mark.parametrize(
    "bio",
    [
        "Jane Doe (@janedoe) is a staff writer covering the harbour and the council.",
        "John Roe (john.roe@example.org) is the editor and publisher of the Harbour Gazette.",
    ],
)
def test_a_bio_opening_with_a_handle_is_an_author_box(bio: str) -> None:
    article = extract_text("\n\n".join([*BODY, bio]))
    assert article.text == "\n\n".join(BODY)
    assert {r.text: r.rule for r in article.removed}[bio] in {"author-box", "author-bio"}


def test_a_sentence_naming_a_person_without_handle_is_no_bio() -> None:
    line = "Jane Doe is a fisherman who has worked on the north pier for thirty years, she said."
    article = extract_text("\n\n".join([BODY[0], BODY[1], line, BODY[2]]))
    assert line in article.paragraphs
