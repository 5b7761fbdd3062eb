"""The body run's own checks called directly: an empty page, text blocks with no markup."""

from __future__ import annotations

from newscorpus.blocks import Block
from newscorpus.clean.passes.articles import other_articles
from newscorpus.clean.passes.bios import author_bios
from newscorpus.clean.passes.wrappers import pardon_page_wrapper, pardon_wrapper_words
from newscorpus.clean.rules import Page, verdict
from newscorpus.clean.rules.captions import numbered_captions

PROSE = "The ferry ran again on Monday after a week of storms kept it in port at the quay."


def test_an_empty_page_gets_nothing_and_no_error() -> None:
    assert list(numbered_captions(Page.of([]))) == []
    assert author_bios([], (0, -1), [], {}) == {}
    assert other_articles([], (0, -1), [], {}) == {}
    assert pardon_page_wrapper([], [], {}) == ([], {})
    assert pardon_wrapper_words([], (0, -1), [], {}) == {}


def test_text_blocks_without_markup_keep_the_verdicts_they_have() -> None:
    blocks = [Block(index=0, text=PROSE), Block(index=1, text="Share this")]
    named = {1: verdict(1, "share-prompt", "share")}
    assert other_articles(blocks, (0, 1), [True, False], named) == named
    assert author_bios(blocks, (0, 1), [True, False], named) == named
    assert pardon_page_wrapper(blocks, [True, False], named) == ([True, False], named)


def test_a_figure_word_inside_a_sentence_is_no_caption() -> None:
    page = Page.of([Block(index=0, text="Figures from the port show 2: ferries a day.")])
    assert list(numbered_captions(page)) == []
