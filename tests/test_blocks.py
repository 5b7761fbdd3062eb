"""Segmenting plain text into blocks."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newscorpus.blocks import Block, text_to_blocks


def test_lines_become_blocks_with_line_numbers() -> None:
    blocks = text_to_blocks("Title\n\n  Indented line  \nNext line\n")
    assert [(b.text, b.line, b.blank_before) for b in blocks] == [
        ("Title", 1, True),
        ("Indented line", 3, True),
        ("Next line", 4, False),
    ]


def test_hard_wrapped_prose_is_joined_in_auto_mode_only() -> None:
    text = "The committee met late into the night and agreed, after a long debate,\nthat the plan would go ahead."
    assert len(text_to_blocks(text)) == 1
    assert len(text_to_blocks(text, segmentation="lines")) == 2
    assert len(text_to_blocks("A\nB\n\nC", segmentation="paragraphs")) == 2


def test_crlf_and_blank_only_input() -> None:
    assert [b.text for b in text_to_blocks("a\r\n\r\nb")] == ["a", "b"]
    assert text_to_blocks("  \n\t\n") == []


def test_word_count_is_precomputed() -> None:
    assert Block(index=0, text="one two  three").words == 3


@given(st.text())
def test_blocks_are_stripped_lines_of_the_input(text: str) -> None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    blocks = text_to_blocks(text, segmentation="lines")
    assert [b.text for b in blocks] == lines
    assert [b.index for b in blocks] == list(range(len(blocks)))


@given(
    index=st.integers(min_value=0, max_value=10**6),
    text=st.text(min_size=1, max_size=80),
    tag=st.one_of(st.none(), st.sampled_from(["p", "h1", "li", "td"])),
    path=st.text(max_size=30),
    attr_words=st.lists(st.text(min_size=1, max_size=8), max_size=4).map(tuple),
    link_density=st.floats(min_value=0, max_value=1),
    ancestors=st.lists(st.integers(min_value=0, max_value=10**6), max_size=4).map(tuple),
)
def test_markup_block_equals_the_constructor(
    *,
    index: int,
    text: str,
    tag: str | None,
    path: str,
    attr_words: tuple[str, ...],
    link_density: float,
    ancestors: tuple[int, ...],
) -> None:
    from newscorpus.blocks import markup_block

    made = markup_block(
        index,
        text,
        tag=tag,
        path=path,
        attr_words=attr_words,
        link_density=link_density,
        ancestors=ancestors,
    )
    built = Block(
        index=index,
        text=text,
        tag=tag,
        path=path,
        attr_words=attr_words,
        link_density=link_density,
        ancestors=ancestors,
    )
    assert made == built
    assert (made.words, made.line, made.blank_before, made.ancestors) == (
        built.words,
        built.line,
        built.blank_before,
        built.ancestors,
    )
