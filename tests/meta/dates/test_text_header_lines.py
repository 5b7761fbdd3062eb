"""Plain-text header dates: a sentence that mentions a day, or an address whose path spells
another page's date, is not the page's date line (synthetic pages, several languages)."""

from __future__ import annotations

import datetime as dt

import pytest

from newscorpus import extract_text

BODY = {
    "en": "The council voted on Monday to back the new river plan after a long debate. ",
    "de": "Der Stadtrat hat am Montag nach langer Debatte den neuen Plan für den Fluss beschlossen. ",
    "fr": "Le conseil a voté lundi le nouveau plan pour la rivière après un long débat. ",
}
SENTENCE = {
    "en": "The fair that the council runs every year goes on from 1 to 8 May 2022 in the old harbour hall.",
    "de": "Die Messe, die der Stadtrat jedes Jahr ausrichtet, läuft vom 1. bis 8. Mai 2022 in der alten Halle.",
    "fr": "La foire que le conseil organise chaque année a lieu du 1 au 8 mai 2022 dans la vieille halle.",
}
DATELINE = {
    "en": "Friday, 28 April 2023",
    "de": "Freitag, 28.04.2023, 19:25",
    "fr": "vendredi 28 avril 2023",
}


def page(lang: str, *header: str) -> str:
    return "\n\n".join(
        ["Home", "Council backs the river plan", *header, BODY[lang] * 3, BODY[lang] * 2]
    )


@pytest.mark.parametrize("lang", sorted(SENTENCE))
def test_a_sentence_that_mentions_a_day_is_passed_over_for_the_dateline(lang: str) -> None:
    article = extract_text(page(lang, SENTENCE[lang], DATELINE[lang]))
    assert article.published is not None
    assert article.published.date() == dt.date(2023, 4, 28)


@pytest.mark.parametrize("lang", sorted(SENTENCE))
def test_a_sentence_alone_gives_no_header_date(lang: str) -> None:
    article = extract_text(page(lang, SENTENCE[lang]))
    why = article.provenance.get("published")
    assert why is None or why.rule != "date-near-headline"


@pytest.mark.parametrize("lang", sorted(SENTENCE))
def test_a_dateline_that_opens_a_long_line_still_counts(lang: str) -> None:
    line = DATELINE[lang] + " | " + SENTENCE[lang]
    article = extract_text(page(lang, line))
    assert article.published is not None and article.published.date() == dt.date(2023, 4, 28)


def test_an_address_with_a_date_in_its_path_is_no_date_line() -> None:
    line = "https://elsewhere.example.org/2017/02/14/another-story/"
    article = extract_text(page("en", line))
    assert article.published is None or article.published.date() != dt.date(2017, 2, 14)
    dated = extract_text(page("en", "Posted 28 April 2023 · " + line))
    assert dated.published is not None and dated.published.date() == dt.date(2023, 4, 28)
