"""Newsletter and follow prompts in the spellings sites use: "Siguenos en" without its accent,
"Never miss the latest …"."""

from __future__ import annotations

import pytest

from newscorpus import extract_html

_ES = "".join(
    f"<p>El ayuntamiento cerró la calle del puerto durante {day} horas el lunes para reparar "
    "el muelle, y los autobuses pasaron por el puente del norte de la ciudad, según informó "
    "la alcaldía a los vecinos en una carta.</p>"
    for day in range(2, 7)
)
_EN = "".join(
    f"<p>The council closed the harbour road for {day} hours on Monday to repair the quay, "
    "and the buses ran over the north bridge instead, the town hall told residents in a "
    "letter sent out last week.</p>"
    for day in range(2, 7)
)


@pytest.mark.parametrize(
    ("lang", "story", "prompt"),
    [
        ("es", _ES, "Siguenos en Telegram, Instagram y Facebook"),
        ("en", _EN, "Never miss the latest news by signing up to our morning briefing."),
    ],
)
def test_prompt_after_the_story_goes(lang: str, story: str, prompt: str) -> None:
    html = f"<html lang='{lang}'><body><article><h1>Puerto</h1>{story}<p>{prompt}</p></article></body></html>"
    art = extract_html(html)
    assert "letter" in art.text or "carta" in art.text
    assert prompt not in art.text
    assert any(r.rule == "newsletter-prompt" and r.text == prompt for r in art.removed)
