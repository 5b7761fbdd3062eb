"""The page's own statements of its headline in plain text, on synthetic pages of our own.

A top line "Headline | Site" (a renderer printing the page's ``<title>``) and the URL's slug
state the headline: a line printing the top line's headline part is lifted over kickers,
section labels and teasers (feature ``page_title``), and lines the page states so are
candidates even far above the body or inside it. A section label spelling only the URL's
directories is marked (``dir_only``). Each kind and its rejections, in several languages.
"""

from __future__ import annotations

import time

import pytest

from newscorpus import extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.meta.header import header_title_candidates
from newscorpus.meta.titles.scorer import FEATURES
from newscorpus.meta.titles.text import BODY_REACH, REACH, best_title, score_titles
from newscorpus.meta.titles.top_line import line_key, top_line_parts

from .invented_story import BODY, HEADLINE

SITE = {"en": "Valley Courier", "de": "Tal-Bote", "fr": "Le Courrier", "es": "El Correo"}
SECTION = {"en": "Politics", "de": "Politik", "fr": "Politique", "es": "Política"}
TEASER = {
    "en": "Ferries return to the bay after the winter storms",
    "de": "Die Fähren kehren nach den Winterstürmen in die Bucht zurück",
    "fr": "Les ferries reviennent dans la baie après les tempêtes",
    "es": "Los transbordadores vuelven a la bahía tras las tormentas",
}
FILLER = ["Sport", "Weather", "Culture", "Travel", "Opinion", "Podcasts", "Video", "Games"]


def body(lang: str) -> list[str]:
    return [BODY[lang] * 3, BODY[lang] * 2, BODY[lang] * 3]


def feature(candidate_features: tuple[float, ...], name: str) -> float:
    return candidate_features[FEATURES.index(name)]


@pytest.mark.parametrize(
    ("line", "headline", "site"),
    [
        (
            "Council backs the river plan | Valley Courier",
            "council backs the river plan",
            "valley courier",
        ),
        ("Tal-Bote - Stadtrat beschließt den Plan", "stadtrat beschließt den plan", "tal-bote"),
        (
            "Le conseil adopte le plan – Politique – Le Courrier",
            "le conseil adopte le plan",
            "le courrier",
        ),
        ("El consejo aprueba el plan » El Correo", "el consejo aprueba el plan", "el correo"),
        ("Новый мост открыт | Вести", "новый мост открыт", "вести"),
    ],
)
def test_top_line_parts_split_the_site_from_the_headline(
    line: str, headline: str, site: str
) -> None:
    parts = top_line_parts(line)
    assert parts[line_key(headline)] > parts[line_key(site)]
    assert parts[line_key(line)] == 1.0


def test_top_line_parts_refuse_empty_long_and_wordless_lines() -> None:
    assert top_line_parts("") == {}
    assert top_line_parts("| - |") == {}
    assert top_line_parts("word " * 100) == {}
    # A colon is a kicker's, not a site separator: the line stays whole.
    assert list(top_line_parts("Brexit: talks resume")) == ["brexit: talks resume"]


def test_top_line_parts_resist_adversarial_lines() -> None:
    for line in (" |" * 5000, " - " * 5000, "a" * 50000, "- " * 20000 + "x"):
        started = time.perf_counter()
        top_line_parts(line)
        assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("lang", sorted(HEADLINE))
@pytest.mark.parametrize("address", [None, "https://news.example.org/story/9912"])
def test_top_line_lifts_the_headline_over_kicker_section_and_teaser(
    lang: str, address: str | None
) -> None:
    top = f"{HEADLINE[lang]} | {SITE[lang]}"
    lines = [top, "Home", SECTION[lang], HEADLINE[lang], TEASER[lang], *body(lang)]
    text = "\n\n".join(lines)
    classified = classify(text_to_blocks(text))
    candidates = header_title_candidates(classified, url=address)
    best = best_title(candidates)
    assert best is not None and best.block.text == HEADLINE[lang], [
        (c.block.text, c.score) for c in candidates
    ]
    assert feature(best.features, "page_title") > 0.5
    assert extract_text(text, url=address).title == HEADLINE[lang]


@pytest.mark.parametrize("lang", sorted(HEADLINE))
def test_a_line_the_top_line_does_not_print_gets_no_page_title_feature(lang: str) -> None:
    text = "\n\n".join([f"{TEASER[lang]} | {SITE[lang]}", "Home", HEADLINE[lang], *body(lang)])
    candidates = score_titles(classify(text_to_blocks(text)))
    headline = next(c for c in candidates if c.block.text == HEADLINE[lang])
    assert feature(headline.features, "page_title") == 0.0
    # The top line itself is marked as the top line, not as printing itself.
    top = next(c for c in candidates if c.block.index == 0)
    assert feature(top.features, "top_line") == 1.0 and feature(top.features, "page_title") == 0


@pytest.mark.parametrize("lang", sorted(HEADLINE))
def test_headline_beyond_reach_is_a_candidate_when_the_top_line_prints_it(lang: str) -> None:
    filler = [f"{w} {i}" for i in range(10) for w in FILLER]
    top = f"{HEADLINE[lang]} - {SITE[lang]}"
    text = "\n\n".join([top, HEADLINE[lang], *filler, *body(lang)])
    classified = classify(text_to_blocks(text))
    assert classified.start is not None and classified.start - 1 > REACH
    found = [c.block.index for c in score_titles(classified)]
    assert 1 in found
    # Without the top line's statement the far line is no candidate.
    plain = classify(text_to_blocks("\n\n".join(["Menu", HEADLINE[lang], *filler, *body(lang)])))
    assert 1 not in [c.block.index for c in score_titles(plain)]


@pytest.mark.parametrize(
    ("headline", "address"),
    [
        ("Ferienhaus Feinen", "https://x.de/ferienhaus/40222/ferienhaus-feinen.php"),
        (
            "Nepal says flydubai plane suffered no bird strike",
            "https://x.com/world/nepal-says-flydubai-plane-bird-strike",
        ),
        ("Le conseil adopte le plan", "https://x.fr/politique/conseil-adopte-plan"),
    ],
)
def test_headline_beyond_reach_is_a_candidate_when_the_slug_spells_it(
    headline: str, address: str
) -> None:
    filler = [f"{w} {i}" for i in range(10) for w in FILLER]
    text = "\n\n".join(["Menu", headline, *filler, *body("en")])
    classified = classify(text_to_blocks(text))
    assert classified.start is not None and classified.start - 1 > REACH
    assert 1 in [c.block.index for c in score_titles(classified, url=address)]
    # An address spelling other words, or none, leaves it out.
    assert 1 not in [c.block.index for c in score_titles(classified, url="https://x.org/a/b-c")]
    assert 1 not in [c.block.index for c in score_titles(classified)]


def test_a_short_slug_takes_only_a_line_spelling_all_of_it() -> None:
    filler = [f"{w} {i}" for i in range(10) for w in FILLER]
    text = "\n\n".join(["Menu", "Ferienhaus Feinen am Waldrand", *filler, *body("de")])
    classified = classify(text_to_blocks(text))
    address = "https://x.de/ferienhaus-feinen"  # two slug words: the line holds more
    assert 1 not in [c.block.index for c in score_titles(classified, url=address)]


@pytest.mark.parametrize("lang", sorted(HEADLINE))
def test_a_line_deep_in_the_body_is_never_a_candidate_even_when_the_top_line_prints_it(
    lang: str,
) -> None:
    # Read there, such lines raised half A's titles, lowered held-out half B's and took
    # sub-headings out of the body: only the lines above the body are read for a stated headline.
    top = f"{SITE[lang]} | {HEADLINE[lang]}"
    opening = [BODY[lang] * 2, BODY[lang] * 3, BODY[lang] * 2]
    text = "\n\n".join([top, *opening, HEADLINE[lang], *body(lang)])
    classified = classify(text_to_blocks(text))
    headline = len(opening) + 1
    assert classified.start is not None and headline - classified.start >= BODY_REACH
    assert headline not in [c.block.index for c in score_titles(classified)]


@pytest.mark.parametrize(
    ("label", "address", "expected"),
    [
        ("World Politics", "https://x.org/world/politics/2024/council-backs-river-plan", 1.0),
        ("Politik Inland", "https://x.de/politik/inland/stadtrat-beschliesst-plan", 1.0),
        ("Council politics", "https://x.org/politics/council-backs-river-plan", 0.0),
        ("Harbour views", "https://x.org/politics/council-backs-river-plan", 0.0),
    ],
)
def test_a_section_label_spelling_only_directories_is_marked(
    label: str, address: str, expected: float
) -> None:
    text = "\n\n".join([label, "Council backs the river plan", *body("en")])
    candidates = score_titles(classify(text_to_blocks(text)), url=address)
    found = next(c for c in candidates if c.block.text == label)
    assert feature(found.features, "dir_only") == expected
