"""Captions known by their label ("Abbildung 4: …", "Fig. 2. …"), left in the text between
paragraphs. Every page here is synthetic."""

from __future__ import annotations

import pytest

from newscorpus import extract_html, extract_text

STORY = [
    "The glacier lost more ice this summer than in any year since the measurements began. The "
    "research station counted fewer than twenty days with fresh snow between May and October.",
    "Researchers flew a drone over the tongue every week to map the snow depth in detail. Each "
    "flight took an hour, and the team compared the maps with those of the three summers before.",
    "They found that the snow melted first on the slopes that face south towards the valley. By "
    "August the ice there lay bare, while the northern slopes still held a thin grey cover.",
]
CAPTIONS = [
    "Abbildung 4: Die Gletscherzunge im August, vom Nordgrat aus gesehen. Deutlich zu sehen "
    "sind die dunklen Flächen, auf denen der Schnee schon ganz verschwunden ist.",
    "Fig. 2. Snow depth on the glacier tongue in March and in August, measured by the drone "
    "on the same route each week, with the difference between the two shown in red.",
    "Figure: The research hut below the glacier, where the team stored its drones.",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_labelled_caption_between_paragraphs_is_dropped(caption: str) -> None:
    page = "\n\n".join([*STORY[:2], caption, STORY[2]])
    art = extract_text(page)
    assert list(art.paragraphs) == STORY
    assert [r.detail for r in art.removed if r.text == caption] == ["inline: numbered"]


def test_a_labelled_caption_in_html_does_not_cut_the_story() -> None:
    html = (
        "<html><body><div class='story'><h1>Glacier shrinks</h1>"
        f"<p>{STORY[0]}</p><p>{CAPTIONS[0]}</p><p>{STORY[1]}</p><p>{STORY[2]}</p>"
        "</div></body></html>"
    )
    assert list(extract_html(html).paragraphs) == STORY


def test_a_sentence_about_a_figure_is_kept() -> None:
    story = [
        *STORY[:2],
        "Figure skaters from the valley club trained on the frozen lake below it in winter.",
        "Fig trees do not grow this high up, the researchers noted with some regret in June.",
    ]
    assert list(extract_text("\n\n".join(story)).paragraphs) == story
