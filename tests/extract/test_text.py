"""extract_text end to end on synthetic pages: metadata forms, removals, provenance."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import ExtractOptions, MetaOptions, clean_text, extract_text
from newscorpus.testing import build_page

BODY = [
    "The regional council approved the new tram line on Tuesday after a debate that lasted most of the night.",
    "Construction is due to begin in the spring, and the first trams should run within three years, officials said.",
    "“This line will connect the old town with the university for the first time,” the transport chief said.",
    "Shop owners on the route asked the council to keep the street open to deliveries during the works.",
]


def test_title_byline_date_and_body() -> None:
    page = build_page(
        title="Council approves the new tram line",
        body=BODY,
        header=["Trending now"],
        between={0: ["By Marta Lindqvist", "04.03.2024"]},
        footer=["Share this article", "© 2024 VALLEY COURIER. All rights reserved."],
    )
    art = extract_text(page)
    assert art.title == "Council approves the new tram line"
    assert art.authors == ("Marta Lindqvist",)
    assert art.published == datetime(2024, 3, 4) and art.published_precision == "day"
    assert art.paragraphs == tuple(BODY)
    rules = {r.text: r.rule for r in art.removed}
    assert rules["Council approves the new tram line"] == "title"
    assert rules["By Marta Lindqvist"] == "byline"
    assert rules["04.03.2024"] == "dateline"
    assert rules["Trending now"] in {"widget-heading", "related-list"}
    assert art.provenance["title"].rule == "headline-above-body"
    assert art.provenance["authors"].source == "text:header"


def test_title_printed_twice_counts_once_and_dek_is_subtitle() -> None:
    page = build_page(
        title="Tram line approved",
        body=BODY,
        between={0: ["Tram line approved", "The vote ends a decade of planning for the east side"]},
    )
    art = extract_text(page)
    assert art.title == "Tram line approved"
    assert art.subtitle == "The vote ends a decade of planning for the east side"
    assert "Tram line approved" not in art.text


def test_date_line_before_title_and_glued_byline_with_publisher() -> None:
    page = build_page(
        title="Ferries return to the northern route",
        body=BODY,
        header=["Monday, March 04, 2024"],
        between={0: ["ByCity Desk- Valley Courier"]},
    )
    art = extract_text(page)
    assert art.published_iso == "2024-03-04"
    assert art.authors == ("City Desk",)
    assert art.source == "Valley Courier"


def test_section_and_date_on_one_line_and_interview_label() -> None:
    page = build_page(
        title="Harbour chief on the new cranes",
        body=BODY,
        between={0: ["Harbour Ledger interview with Tomas Berg", "ECONOMY  12 March 2024 - 09:15"]},
    )
    art = extract_text(page)
    assert art.section == "ECONOMY"
    assert art.published_iso == "2024-03-12T09:15:00"
    assert art.subtitle == "Harbour Ledger interview with Tomas Berg"
    assert art.source == "Harbour Ledger"
    assert art.authors == ()


def test_copyright_year_is_not_a_date_and_related_dates_are_not_taken() -> None:
    page = build_page(
        title="Bridge reopens after repairs",
        body=BODY,
        footer=[
            "Read also",
            "Rail strike talks resume",
            "15 June 2024 - 17:16",
            "© 2020 NORDPOST.INFO, All Rights Reserved",
        ],
    )
    art = extract_text(page)
    assert art.published is None
    assert art.source == "NORDPOST.INFO"


def test_author_from_bio_signature_and_author_box_is_not_body() -> None:
    bio = "Jane Doe is a senior analyst at the Open Ports Institute. She is the author of two books on trade."
    art = extract_text(build_page(title="Ports and power", body=BODY, footer=[bio]))
    assert art.authors == ("Jane Doe",) and bio not in art.text
    signature = "Jane Doe, economist, head of the Open Ports project"
    art = extract_text(
        build_page(
            title="Ports and power",
            body=BODY,
            footer=[signature, "About the Author", "Jane Doe Founder and editor of the site."],
        )
    )
    assert art.authors == ("Jane Doe",) and signature not in art.text
    assert {r.rule for r in art.removed} >= {"signature", "author-box"}


def test_publisher_from_thank_you_line_wins_over_copyright() -> None:
    page = build_page(
        title="Tram plans approved",
        body=BODY,
        footer=[
            "Thank you for choosing NordPost.Info as your source for regional news.",
            "© 2024 NORDPOST.INFO, All Rights Reserved",
        ],
    )
    assert extract_text(page).source == "NordPost.Info"


def test_page_without_publisher_names_none() -> None:
    assert extract_text(build_page(title="Tram plans approved", body=BODY)).source is None


def test_relative_date_needs_a_reference_time() -> None:
    page = build_page(title="Storm closes the pass", body=BODY, between={0: ["3 hours ago"]})
    assert extract_text(page).published is None
    options = ExtractOptions(meta=MetaOptions(reference_time=datetime(2024, 3, 4, 12, 0)))
    art = extract_text(page, options=options)
    assert art.published is not None and art.published.date() == datetime(2024, 3, 4).date()


def test_russian_page() -> None:
    body = [
        "Городской совет во вторник одобрил строительство новой трамвайной линии после долгих споров.",
        "По словам чиновников, строительство начнётся весной, а первые трамваи пойдут через три года.",
        "Жители района попросили совет сохранить движение для доставки товаров во время работ.",
    ]
    page = build_page(
        title="Совет одобрил новую трамвайную линию",
        body=body,
        between={0: ["Автор: Иван Петров", "12 марта 2024"]},
        footer=["Читайте также", "Другие новости дня"],
    )
    art = extract_text(page)
    assert art.language == "ru"
    assert art.title == "Совет одобрил новую трамвайную линию"
    assert art.authors == ("Иван Петров",)
    assert art.published_iso == "2024-03-12"
    assert art.paragraphs == tuple(body)


def test_clean_text_and_empty_input() -> None:
    assert clean_text("") == ""
    art = extract_text("   \n\n  ")
    assert art.text == "" and art.title is None and art.removed == ()


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_string_gives_an_article_whose_text_lines_come_from_the_input(text: str) -> None:
    art = extract_text(text, options=ExtractOptions())
    input_lines = {line.strip() for line in text.splitlines()}
    for paragraph in art.paragraphs:
        assert (
            all(part in text for part in paragraph.split(" ") if part) or paragraph in input_lines
        )
