"""Advertising and affiliate-link disclosures: the site's notice, never the story. They may sit
between paragraphs (before a list of offers), so they go without cutting the story in two.
Every page here is synthetic."""

from __future__ import annotations

import pytest

from newscorpus import extract_html, extract_text

STORY = [
    "The new ferry timetable starts on Monday and adds two early crossings on weekdays. The "
    "harbour board said the change follows a survey of commuters taken over the winter.",
    "Tickets bought before the change stay valid, and season tickets will not cost more this "
    "year. The board will review the timetable again once the summer season is over.",
    "Passengers with bicycles are asked to use the early crossings when they can, because the "
    "afternoon boats are often full. Bicycle places can now be booked online in advance.",
]
NOTICES = [
    "This post contains affiliate links. If you buy through them, we may earn a commission at "
    "no extra cost to you.",
    "*Werbung. Dieser Beitrag enthält Werbung für einen Fahrradhändler aus der Stadt.",
    "Die mit Sternchen gekennzeichneten Links sind sogenannte Affiliate-Links. Kaufst du darüber "
    "ein, erhalten wir eine Provision.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_disclosure_between_paragraphs_goes_without_cutting_the_story(notice: str) -> None:
    page = "\n\n".join([STORY[0], notice, *STORY[1:]])
    art = extract_text(page)
    assert list(art.paragraphs) == STORY
    assert [r.rule for r in art.removed if r.text == notice] == ["ad-disclosure"]


def test_a_disclosure_above_an_html_story_is_dropped() -> None:
    html = (
        "<html><body><div class='post'><h1>New ferry timetable</h1>"
        f"<p>{NOTICES[0]}</p>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>"
    )
    assert list(extract_html(html).paragraphs) == STORY


def test_a_story_about_affiliate_marketing_is_kept() -> None:
    story = [
        *STORY[:2],
        "Online shops cut the fees they pay for affiliate links last year, the trade group said.",
    ]
    assert list(extract_text("\n\n".join(story)).paragraphs) == story
