"""Days the plain-text date readers now read or set apart (meta/dates/text.py, labels.py,
shapes/dates.py): "until" labels, more update labels, labels and names glued to the date by a
renderer. Each with its rejections, in several languages. All pages here are invented."""

from __future__ import annotations

import time

import pytest

from newscorpus.meta.dates.labels import until_label, updated_label
from newscorpus.meta.dates.text import date_kind
from newscorpus.shapes.dates import find_dates

from .invented_pages import days as _days
from .invented_pages import page as _page


@pytest.mark.parametrize(
    "prefix",
    [
        "02:57 Min. Verfügbar bis ",
        "Gültig bis: ",
        "Available until ",
        "Offer valid until ",
        "Disponible jusqu'au ",
        "Disponible hasta el ",
        "Disponibile fino al ",
        "Beschikbaar tot ",
    ],
)
def test_an_until_label_makes_the_date_another_kind(prefix: str) -> None:
    assert date_kind(prefix) == "other"


@pytest.mark.parametrize("prefix", ["Published ", "Stand: ", "Von Ann Lee, ", "bisher ", "Untill"])
def test_words_that_are_no_until_label_leave_the_date_published(prefix: str) -> None:
    assert date_kind(prefix) == "published"


@pytest.mark.parametrize(
    "prefix",
    [
        "Updated20:49, ",  # the renderer dropped the space between label and time
        "Letzte Aktualisierung am ",
        "Mise à jour le ",
        "Ultimo aggiornamento ",
        "Última actualización: ",
        "Laatst gewijzigd op ",
        "Revised ",
    ],
)
def test_update_labels_in_several_languages_make_the_date_modified(prefix: str) -> None:
    assert date_kind(prefix) == "modified"


def test_a_day_after_an_until_label_is_no_candidate_of_its_own() -> None:
    text = _page(
        ["Feuerwehr länger im Dienst", "Stand: 22.04.2024", "Verfügbar bis 06.05.2024"], "de"
    )
    days = _days(text)
    assert "2024-04-22" in days
    assert "2024-05-06" not in days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Publiziert17. Dezember 2024, 12:17", "2024-12-17"),
        ("Ann Collignon22. Februar 2020", "2020-02-22"),
        ("postedon3 May 2024", "2024-05-03"),
        ("publié le4 mars 2024", "2024-03-04"),
    ],
)
def test_a_label_or_name_glued_to_the_day_is_read(text: str, day: str) -> None:
    assert [d.value.date().isoformat() for d in find_dates(text)] == [day]


@pytest.mark.parametrize(
    "text",
    ["COVID19 March 2020", "MP3 May 2020", "x123 May 2020", "a_3 May 2020", "B12. März 2021"],
)
def test_a_code_or_a_longer_number_before_the_day_is_no_date(text: str) -> None:
    assert find_dates(text) == []


def test_a_glued_date_line_is_a_candidate_day() -> None:
    days = _days(_page(["Brücke wird gebaut", "Publiziert17. Dezember 2024, 12:17"], "de"))
    assert set(days) == {"2024-12-17"}


def test_the_new_regexes_stay_fast_on_long_hostile_text() -> None:
    hostile = [
        "a1" * 20_000 + " May",
        "Verfügbar " * 5_000 + "bis",
        "Letzte Aktualisierung " * 3_000,
        "x" * 50_000 + "17. Dezember 2024",
        "Updated" * 5_000 + "20:49, ",
    ]
    began = time.perf_counter()
    for text in hostile:
        find_dates(text)
        until_label().search(text[-40:])
        updated_label().search(text[-40:])
        date_kind(text)
    assert time.perf_counter() - began < 5.0
