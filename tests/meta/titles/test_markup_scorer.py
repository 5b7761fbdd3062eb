"""The HTML headline wordings competing in the fitted scorer."""

from __future__ import annotations

import json

import pytest

from newscorpus import extract_html
from newscorpus.meta.titles.markup_scorer import (
    MARKUP_FEATURES,
    TitleEntry,
    choose_markup_title,
    markup_title_candidates,
    markup_title_scorer,
)
from newscorpus.meta.titles.scorer import TitleScorer
from newscorpus.vocab import data_file

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring.</p>"
)


def _features(candidate_features: tuple[float, ...]) -> dict[str, float]:
    return dict(zip(MARKUP_FEATURES, candidate_features, strict=True))


def test_same_wording_from_several_places_is_one_candidate() -> None:
    found = markup_title_candidates(
        [
            TitleEntry(text="Ferries return to the bay", source="og:title"),
            TitleEntry(text="FERRIES return to the bay!", source="headline"),
            TitleEntry(text="Ferries return to the bay", source="h1", h1_index=0),
            TitleEntry(text="Valley Courier", source="h1", h1_index=1, logo=True),
        ],
        baseline="Ferries return to the bay",
    )
    assert [c.text for c in found] == ["Ferries return to the bay", "Valley Courier"]
    first, logo = (_features(c.features) for c in found)
    assert first["og_title"] == first["json_ld"] == first["h1"] == first["h1_first"] == 1.0
    assert first["baseline"] == 1.0
    assert first["h1_alone"] == 1.0  # the logo does not count as a second headline
    assert logo["h1_logo"] == 1.0
    assert logo["h1_first"] == 0.0
    assert first["log_sources"] > logo["log_sources"]


def test_features_of_a_wording_naming_the_site_and_of_the_slug() -> None:
    found = markup_title_candidates(
        [
            TitleEntry(text="Ferries return to the bay", source="title-element"),
            TitleEntry(
                text="Ferries return to the bay | Valley Courier",
                source="title-element",
                unstripped=True,
            ),
        ],
        sites=("Valley Courier",),
        url="https://valleycourier.example/news/ferries-return-to-the-bay",
    )
    stripped, printed = (_features(c.features) for c in found)
    assert printed["unstripped"] == printed["names_site"] == printed["separator"] == 1.0
    assert printed["holds_other"] == 1.0
    assert stripped["inside_other"] == 1.0
    assert stripped["names_site"] == stripped["separator"] == 0.0
    assert stripped["slug_overlap"] == 1.0
    assert stripped["no_slug"] == 0.0


def test_without_an_address_the_slug_features_say_so() -> None:
    (only,) = markup_title_candidates([TitleEntry(text="Storm: what we know", source="h1")])
    values = _features(only.features)
    assert values["no_slug"] == 1.0
    assert values["kicker_colon"] == 1.0
    assert values["agree"] == 0.0


def test_empty_and_wordless_entries_give_no_candidate() -> None:
    assert markup_title_candidates([TitleEntry(text="", source="h1")]) == []
    assert markup_title_candidates([TitleEntry(text=" – | ", source="og:title")]) == []
    assert choose_markup_title([]) is None


def test_the_given_scorer_decides() -> None:
    entries = [
        TitleEntry(text="Ferries return", source="og:title"),
        TitleEntry(text="Ferries return to the bay after the storm", source="h1", h1_index=0),
    ]
    prefer_h1 = TitleScorer(weights={"h1": 2.0}, bias=0.0, bar=0.0, features=MARKUP_FEATURES)
    prefer_og = TitleScorer(weights={"og_title": 2.0}, bias=0.0, bar=0.0, features=MARKUP_FEATURES)
    chosen = choose_markup_title(entries, scorer=prefer_h1)
    assert chosen is not None
    assert chosen.text == "Ferries return to the bay after the storm"
    chosen = choose_markup_title(entries, scorer=prefer_og)
    assert chosen is not None
    assert chosen.text == "Ferries return"


def test_shipped_weights_name_only_known_features_and_say_how_they_were_fitted() -> None:
    data = json.loads(data_file("html_title_scorer.json").read_text(encoding="utf-8"))
    assert set(data["weights"]) <= set(MARKUP_FEATURES)
    assert "half A" in data["_doc"]
    assert markup_title_scorer().features == MARKUP_FEATURES


def test_a_page_agreeing_everywhere_keeps_its_headline() -> None:
    html = (
        "<html><head><title>Ferries return to the bay | Valley Courier</title>"
        "<meta property='og:title' content='Ferries return to the bay'>"
        "<meta property='og:site_name' content='Valley Courier'></head><body>"
        "<h1 class='site-logo'><a href='/'>Valley Courier</a></h1>"
        f"<article><h1>Ferries return to the bay</h1>{BODY}</article></body></html>"
    )
    art = extract_html(html, url="https://valleycourier.example/news/ferries-return-to-the-bay")
    assert art.title == "Ferries return to the bay"
    assert art.provenance["title"].source in {"html:h1", "html:meta"}


def test_itemprop_headline_is_a_candidate_where_nothing_else_is() -> None:
    html = (
        "<html><head></head><body><div itemscope>"
        "<span itemprop='headline'>Ferries return to the bay</span>"
        f"{BODY}</div></body></html>"
    )
    art = extract_html(html)
    assert art.title == "Ferries return to the bay"
    assert art.provenance["title"].rule == "itemprop:scored"


@pytest.mark.parametrize("text", ["a: " * 20000, "x -" * 30000, ": " * 50000 + "\n"])
def test_long_adversarial_wordings_are_read_quickly(text: str) -> None:
    found = markup_title_candidates([TitleEntry(text=text, source="og:title")])
    assert len(found) <= 1
