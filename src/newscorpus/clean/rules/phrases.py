"""The phrase rules: share prompts, appeals, legal lines, banners and widget labels, by their
wording (the phrase lists of ``newscorpus/data/phrases/<lang>.json``).

Which phrase category names which rule, up to how many words, is the table
``PHRASE_RULES`` of ``newscorpus.clean.phrases``.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> page = Page.of(text_to_blocks("Share this\\n\\nA long paragraph of the story.\\n\\nNo comments"))
    >>> [(v.block, v.rule) for v in phrase_rules(page)]
    [(0, 'share-prompt'), (2, 'comment-widget')]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache
from itertools import compress, count
from operator import not_, or_

from ...blocks import Block
from ..language import casefold_words
from ..page import Page, Verdict, shared_verdict
from ..phrases import PHRASE_MAX_WORDS, PHRASE_RULES

__all__ = ["phrase_rules"]

_REMEMBERED_WORDS = 4


def _folded_words(block: Block) -> Sequence[str] | None:
    """The ``\\w+`` runs of the block's folded text, when they are at hand: a paragraph's words
    are split once for the language guess (:func:`~newscorpus.clean.language.casefold_words`,
    which remembers them), and they are the folded text's words too when folding changes no
    word: the text is NFKC already (ASCII is), holds no dotted capital I or combining dot
    (their folding is repaired), no underscore (a word character that the edges lose), and no
    count was cut off the end (its last word does not end in a digit). Quote marks and spacing,
    which folding does change, are no word characters."""
    text = block.text
    if block.words < _GUESSED_WORDS or "_" in text:
        return None
    if not text.isascii() and (
        "\u0130" in text or "\u0307" in text or not unicodedata.is_normalized("NFKC", text)
    ):
        return None
    words = casefold_words(text)
    return None if words and words[-1][-1].isdigit() else words


_GUESSED_WORDS = 8  # the blocks whose words the language guess reads


@cache
def _categories_allowing(words: int) -> frozenset[str]:
    """The phrase categories whose rule may name a block of ``words`` words."""
    return frozenset(category for _, category, most in PHRASE_RULES if words <= most)


def phrase_rules(page: Page) -> Iterable[Verdict]:
    """Share prompts, newsletter and donation appeals, legal lines, cookie banners, ad
    disclosures, comment widgets, form artifacts, pagination, navigation items and widget
    headings, from the phrase lists.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> [v.rule for v in phrase_rules(Page.of(text_to_blocks("Share this\\n\\nNext")))]
        ['share-prompt', 'pagination']
    """
    book, folded, blocks = page.book, page.folded, page.blocks
    whole_index, starters = book.whole_index, book.by_first_word.keys()
    for position in _phrase_candidates(page):
        block = blocks[position]
        words = block.words
        if words > PHRASE_MAX_WORDS:
            continue
        # A short line (a button, a menu item) recurs across a site's pages: its phrases are
        # remembered. A longer block is mostly a sentence seen once, and only the categories
        # whose rules allow so many words can name it: only their phrases are looked for.
        text = folded[position]
        if words <= _REMEMBERED_WORDS:
            # Most short lines are no whole phrase and plain words none of which a phrase
            # starts with: no look (the remembered look costs more than the test).
            if text not in whole_index and _unstarted(text, starters):
                continue
            found: Mapping[str, str] = book.found(text)
        else:
            runs = _folded_words(block)
            if runs is None:
                runs = _WORD.findall(text)
            # No phrase can start among the block's words, nor is it a whole phrase: no look.
            if book.by_first_word.keys().isdisjoint(runs) and text not in book.whole_index:
                continue
            found = book.found_among(text, _categories_allowing(words), words=runs)
        if not found:
            continue
        for name, category, most_words in PHRASE_RULES:
            if words > most_words:
                continue
            phrase = found.get(category)
            if phrase is not None:
                yield shared_verdict(block.index, name, phrase)
                break


def _unstarted(folded: str, starters: AbstractSet[str]) -> bool:
    """Whether ``folded`` is words of letters and digits only, one space apart (so they are
    its ``\\w+`` runs), none of them in ``starters``: then no contained phrase can start in it.

    Example:
        >>> _unstarted("world news", {"share"}), _unstarted("share it", {"share"})
        (True, False)
        >>> _unstarted("world: news", {"share"})  # not plain: its words are not its tokens
        False
    """
    return starters.isdisjoint(folded.split()) and folded.replace(" ", "").isalnum()


def _phrase_candidates(page: Page) -> list[int]:
    """The positions of the blocks a phrase can name, in page order: those that fold to a
    whole phrase, and those whose fold holds a space or a mark (every contained phrase holds
    one, so a fold of letters and digits only can hold none); found in C."""
    folded = page.folded
    whole = map(page.book.whole_index.__contains__, folded)
    return list(compress(count(), map(or_, whole, map(not_, map(str.isalnum, folded)))))


_WORD = re.compile(r"\w+")
