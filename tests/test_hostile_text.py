"""Hostile plain text: huge lines, many tiny lines, no blank lines, punctuation runs.

No timing assertions: each case must simply finish and give a sensible article.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import extract_text

SENTENCE = "The port reopened on Monday after a week of repairs, officials said. "


def test_fifty_megabyte_single_line() -> None:
    text = SENTENCE * (50_000_000 // len(SENTENCE))
    article = extract_text(text)
    assert len(article.paragraphs) == 1 and article.text.startswith("The port")


def test_hundred_thousand_one_character_lines() -> None:
    article = extract_text("x\n" * 100_000)
    assert article.text == ""
    assert len(article.removed) == 100_000


def test_no_blank_lines_and_punctuation_runs() -> None:
    lines = [f"Paragraph {i}: {SENTENCE}" for i in range(5_000)]
    assert len(extract_text("\n".join(lines)).paragraphs) == 5_000
    assert extract_text("." * 2_000_000 + "a").text == ""
    assert extract_text("1." * 1_000_000).text == ""


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=40))
def test_text_is_made_of_input_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = extract_text(text)
    stripped = [line.strip() for line in text.splitlines() if line.strip()]
    joined = " ".join(stripped)
    for paragraph in article.paragraphs:
        assert paragraph in joined
