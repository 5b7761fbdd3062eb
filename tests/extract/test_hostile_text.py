"""Hostile plain text: huge lines, many tiny lines, no blank lines, punctuation runs.

No timing assertions: each case must simply finish and give a sensible article.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import CleanOptions, ExtractOptions, extract_text

SENTENCE = "The port reopened on Monday after a week of repairs, officials said. "


@pytest.mark.slow
def test_fifty_megabyte_single_line() -> None:
    text = SENTENCE * (50_000_000 // len(SENTENCE))
    article = extract_text(text)
    assert len(article.paragraphs) == 1 and article.text.startswith("The port")


@pytest.mark.slow
def test_hundred_thousand_one_character_lines() -> None:
    article = extract_text("x\n" * 100_000)
    assert article.text == ""
    assert len(article.removed) == 100_000


@pytest.mark.slow
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


_LINES = ExtractOptions(clean=CleanOptions(segmentation="lines"))
# Lines that look like page furniture and prose, so that some are kept and some dropped.
_PAGE_LINE = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["Share this", "Read also", "Menu", "May 2, 2024", "© 2024 Gazette", ""]),
    st.builds(lambda n: SENTENCE * n, st.integers(min_value=1, max_value=3)),
)


def _is_subsequence(items: list[str], of: list[str]) -> bool:
    remaining = iter(of)
    return all(any(item == line for line in remaining) for item in items)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PAGE_LINE, max_size=40))
def test_kept_paragraphs_are_a_subsequence_of_the_input_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = extract_text(text, options=_LINES)
    stripped = [line.strip() for line in text.splitlines() if line.strip()]
    assert _is_subsequence(list(article.paragraphs), stripped)
    assert all(paragraph in article.text for paragraph in article.paragraphs)


@pytest.mark.slow
def test_thirty_thousand_list_items_after_the_body() -> None:
    items = "\n".join(f"{i % 999 + 1}) item" for i in range(30_000))
    article = extract_text(SENTENCE * 3 + "\n" + items + "\n" + "(Photo: x) " * 10_000)
    assert article.paragraphs[0] == (SENTENCE * 3).strip()
    assert all(r.rule for r in article.removed)  # every dropped line names its rule
