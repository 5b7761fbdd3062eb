"""Cookie-consent banners: a paragraph of their own, longer than a legal line, never the story.

Every page here is synthetic: it reproduces a pattern, never a real page's text.
"""

from __future__ import annotations

import pytest

from newscorpus import extract_html, extract_text

STORY = [
    "The village school will open a second kitchen garden next spring, the head teacher said.",
    "Pupils planted the first beds in April and sold their vegetables at the weekly market.",
    "Parents have offered to build a shed for the tools over the summer holidays this year.",
]
BANNERS = [
    "This website uses cookies so that we can give you the best experience we can. Cookie "
    "information is stored in your browser and lets us recognise you when you come back to "
    "the site, and helps our team to see which parts of the site you find most useful and "
    "interesting to read.",
    "Wir verwenden Cookies, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale "
    "Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Außerdem "
    "geben wir Informationen zu Ihrer Nutzung unserer Website an unsere Partner weiter.",
]


@pytest.mark.parametrize("banner", BANNERS)
def test_a_long_consent_banner_is_dropped_from_an_html_page(banner: str) -> None:
    assert len(banner.split()) > 25  # longer than a legal line may be
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><body><div class='entry'><h1>School garden grows</h1>"
        f"{paras}</div><div class='notice'><p>{banner}</p></div></body></html>"
    )
    art = extract_html(html)
    assert list(art.paragraphs) == STORY
    assert [r.rule for r in art.removed if r.text == banner] == ["cookie-notice"]


def test_a_consent_banner_that_outweighs_a_short_post_does_not_take_its_place() -> None:
    # A one-paragraph post, and a banner of two long paragraphs at the end of the page: by
    # length alone the banner would be the best run of prose.
    post = (
        "The garden club met on the green on Saturday and agreed to plant a row of fruit trees "
        "along the path to the school, with the first trees going in before the frost comes"
    )
    html = (
        "<html><body><div class='post'><h2>Fruit trees for the path</h2>"
        f"<p>{post}</p></div><div><p>{BANNERS[0]}</p><p>{BANNERS[1]}</p></div></body></html>"
    )
    art = extract_html(html)
    assert art.paragraphs[-1] == post
    assert "ookie" not in art.text


def test_a_consent_banner_is_dropped_from_a_text_page() -> None:
    page = "\n\n".join([*STORY, BANNERS[0]])
    art = extract_text(page)
    assert list(art.paragraphs) == STORY
    assert "cookie-notice" in {r.rule for r in art.removed}


def test_a_story_about_cookies_is_kept() -> None:
    story = [
        "Regulators said on Monday that many websites still set tracking cookies before asking.",
        "The agency will audit a sample of news sites and online shops over the coming months.",
        "Fines can reach four percent of turnover, though none has been that large so far.",
    ]
    assert list(extract_text("\n\n".join(story)).paragraphs) == story
