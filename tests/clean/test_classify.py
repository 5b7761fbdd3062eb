"""Each boilerplate pattern, on synthetic pages of our own."""

from __future__ import annotations

import pytest

from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.options import CleanOptions

BODY = [
    "The city council approved the new flood defence budget on Tuesday after a long debate.",
    "Engineers said the work on the river banks would start in the spring and last two years.",
    "“We cannot wait for the next flood to act,” the mayor told reporters outside the hall.",
    "Residents of the lower town welcomed the decision but asked for a faster timetable.",
]


def page(*, before: list[str] = (), between: list[str] = (), after: list[str] = ()) -> str:  # type: ignore[assignment]
    parts = [*before, BODY[0], BODY[1], *between, BODY[2], BODY[3], *after]
    return "\n\n".join(parts)


def rules_for(text: str, options: CleanOptions | None = None) -> dict[str, str]:
    result = classify(text_to_blocks(text), options)
    kept = {b.text for b in result.body}
    assert set(BODY) <= kept, f"body lost: {set(BODY) - kept}"
    return {result.blocks[i].text: v.rule for i, v in result.verdicts.items()}


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Click an icon above to share, email, or save this article", "share-prompt"),
        ("Share on Facebook", "share-prompt"),
        ("Subscribe to our Telegram channel", "newsletter-prompt"),
        ("Get the Valley Courier by email. Never miss a top story", "newsletter-prompt"),
        ("We need your support to keep reporting.", "donation-appeal"),
        ("Previous", "pagination"),
        ("Next", "pagination"),
        ("This field is for validation purposes and should be left unchanged.", "form-artifact"),
        ("Advertisement", "widget-heading"),
        ("Home | World | Sport | Culture", "menu-line"),
        ("https://example.org/story/123", "url-line"),
        ("* * *", "no-letters"),
    ],
)
def test_lines_between_body_paragraphs_are_named(line: str, rule: str) -> None:
    assert rules_for(page(between=[line]))[line] == rule


def test_legal_and_copyright_lines_after_the_body() -> None:
    rules = rules_for(
        page(
            after=[
                "Terms and Conditions",
                "Privacy Policy",
                "© 2024 VALLEY COURIER, All Rights Reserved",
            ]
        )
    )
    assert rules["Terms and Conditions"] == "legal-line"
    assert rules["© 2024 VALLEY COURIER, All Rights Reserved"] in {"legal-line", "copyright-line"}


def test_comment_widgets() -> None:
    rules = rules_for(page(after=["No comments:", "Post a Comment", "Leave a reply"]))
    assert set(rules.values()) == {"comment-widget"}


def test_read_also_list_with_timestamps_is_dropped_whole() -> None:
    listing = [
        "Read also",
        "Harbour cranes return after the storm",
        "12 June 2024 - 10:15",
        "Rail strike talks resume",
        "13 June 2024 - 09:00",
        "Latest news",
        "Markets open higher",
        "14 June 2024 - 08:00",
    ]
    rules = rules_for(page(after=listing))
    assert all(rules[line] == "related-list" for line in listing)


def test_widget_heading_above_the_title_does_not_swallow_the_header() -> None:
    result = classify(
        text_to_blocks(page(before=["Popular Articles", "Council backs the flood plan"]))
    )
    verdicts = {result.blocks[i].text: v.rule for i, v in result.verdicts.items()}
    assert verdicts["Popular Articles"] in {"widget-heading", "related-list"}
    assert verdicts["Council backs the flood plan"] == "outside-body"


def test_short_related_teaser_inside_the_body_is_dropped_but_body_resumes() -> None:
    rules = rules_for(page(between=["Also read:", "Bridge reopens after two years"]))
    assert rules["Bridge reopens after two years"] == "related-list"


def test_stray_image_captions() -> None:
    rules = rules_for(page(before=["img river collage"], between=["Photo: Staff photographer"]))
    assert rules["img river collage"] == "image-caption"
    assert rules["Photo: Staff photographer"] == "image-caption"


def test_author_box_heading_and_bio() -> None:
    rules = rules_for(page(after=["About the Author", "Jane Doe Founder and editor of the site."]))
    assert rules["About the Author"] == "author-box"
    assert rules["Jane Doe Founder and editor of the site."] == "author-box"


def test_appeal_printed_twice_is_repeated_boilerplate() -> None:
    appeal = (
        "Our newsroom depends on readers, and every month we publish reporting that nobody "
        "else will publish for this region."
    )
    rules = rules_for(page(after=["Thank you for choosing the Courier.", appeal, "Donate", appeal]))
    assert rules[appeal] == "repeated-block"


def test_nav_run_of_short_lines() -> None:
    nav = ["World", "Business", "Local news", "Weather", "Culture desk"]
    rules = rules_for(page(before=nav))
    assert {rules[n] for n in nav} <= {"nav-run", "nav-item"}


def test_market_share_sentence_is_not_a_share_prompt() -> None:
    line = "Its market share grew by a third, the report said."
    result = classify(text_to_blocks(page(between=[line])))
    assert line in {b.text for b in result.body}


def test_disabled_rules_are_not_applied() -> None:
    text = page(between=["Share on Facebook"])
    rules = rules_for(text, CleanOptions(disabled_rules=frozenset({"share-prompt"})))
    assert rules.get("Share on Facebook") != "share-prompt"


def test_non_english_phrases() -> None:
    rules = rules_for(
        page(after=["Читайте также", "Поделиться", "Tüm hakları saklıdır", "Lesen Sie auch"])
    )
    assert rules["Читайте также"] == "related-list"
    assert rules["Tüm hakları saklıdır"] in {"legal-line", "related-list"}


def test_page_without_prose_has_no_body() -> None:
    result = classify(text_to_blocks("Home\n\nNews\n\nContact"))
    assert result.body == () and result.start is None
