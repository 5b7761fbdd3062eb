"""German and Spanish "related posts" headings end the article like the English ones."""

from __future__ import annotations

import pytest

from newscorpus import extract_html

_STORY = "".join(
    f"<p>Am {day}. Tag der Bauarbeiten wird die Straße am Hafen zwischen sieben und neun Uhr "
    f"gesperrt, und die Busse fahren in dieser Zeit über die Brücke im Norden der Stadt, wie "
    f"die Verwaltung am Montag in einem Brief an {day * 10} Anwohner mitteilte.</p>"
    for day in range(1, 6)
)


@pytest.mark.parametrize("heading", ["Ähnliche Beiträge", "Weitere Beiträge:", "Mehr Themen"])
def test_related_heading_and_its_list_go(heading: str) -> None:
    html = (
        "<html lang='de'><body><article><h1>Hafenstraße wird gesperrt</h1>"
        f"{_STORY}<h3>{heading}</h3>"
        "<p>Neue Radwege am Ufer</p><p>Markt zieht um</p><p>Fähre fährt wieder</p>"
        "</article></body></html>"
    )
    art = extract_html(html)
    assert "Anwohner mitteilte" in art.text
    assert heading.rstrip(":") not in art.text
    assert "Markt zieht um" not in art.text
    assert any(r.rule == "related-list" for r in art.removed)
