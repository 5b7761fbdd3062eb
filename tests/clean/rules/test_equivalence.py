"""Page-wide fast paths of the cleaning rules give the answers of their plain definitions.

Each test below holds the plain, block-by-block form of a rule or helper, and compares it on
generated pages with the form that works on a whole page at once.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from newscorpus.blocks import Block
from newscorpus.clean import page as page_module
from newscorpus.clean import phrases as phrases_module
from newscorpus.clean.phrases import fold, fold_each
from newscorpus.clean.rules import Page, Verdict, is_sentence_like, shared_verdict, verdict
from newscorpus.clean.rules import boxes as boxes_module
from newscorpus.clean.rules import phrases as phrase_rules_module
from newscorpus.clean.rules import repeats as repeats_module
from newscorpus.options import CleanOptions

# Every ASCII character, and some that fold, space or count differently outside ASCII.
_CHARS = st.sampled_from([chr(c) for c in range(128)] + list("éßİıДж\u0307ﬁ²٣_\u00a0\u2003’“”«»`"))
_FOLDABLE = st.text(alphabet=_CHARS, max_size=40)
# Pieces that exercise the count, spacing and quote steps of a fold.
_PIECES = st.sampled_from(
    ["Related Posts", " (12)", "[3]", "  ", "\t", "Page 2", "´", "`quoted`", "İlgili", ":", "-"]
)


@given(st.lists(_FOLDABLE | st.lists(_PIECES, max_size=5).map("".join), max_size=8))
def test_fold_each_equals_fold_of_each_text(texts: list[str]) -> None:
    expected = [phrases_module._fold(t) for t in texts]
    assert fold_each(texts) == expected
    assert fold_each(iter(texts)) == expected  # any iterable, not only a list
    assert fold_each(tuple(texts)) == [fold(t) for t in texts]


@given(st.text(alphabet=st.sampled_from(list("ab 0123456789()[]-é")), max_size=30))
def test_cut_count_equals_the_substitution(text: str) -> None:
    assert phrases_module._cut_count(text) == phrases_module._COUNT.sub("", text)


# Lines of every kind the phrase, list and repeat rules name, mixed with body text.
_LINE = st.sampled_from(
    [
        "Share this",
        "Read also:",
        "Related posts",
        "Home",
        "Sign in",
        "Subscribe to our newsletter for the latest news",
        "01 February 2024 - 16:20",
        "Council votes on the new budget",
        "All rights reserved",
        "Click to share with a friend on your favourite network today",
        "The council met on Monday and voted on the new budget for the city.",
        "The mayor said the bridge will reopen in May after two years of work.",
        "Privacy policy",
        "Next",
        "Donate",
        "e-mail",
    ]
)


def _page(lines: list[str], min_body_words: int = 10) -> Page:
    options = CleanOptions(min_body_words=min_body_words)
    return Page.of([Block(index=i, text=t) for i, t in enumerate(lines)], options)


def _reference_phrase_rules(page: Page) -> list[Verdict]:
    out = []
    book, folded = page.book, page.folded
    for position, block in enumerate(page.blocks):
        words = block.words
        if words > phrases_module.PHRASE_MAX_WORDS:
            continue
        if words <= phrase_rules_module._REMEMBERED_WORDS:
            found = book.found(folded[position])
        else:
            found = book.found_among(
                folded[position],
                phrase_rules_module._categories_allowing(words),
                words=phrase_rules_module._folded_words(block),
            )
        for name, category, most_words in phrases_module.PHRASE_RULES:
            if words <= most_words and category in found:
                out.append(verdict(block.index, name, found[category]))
                break
    return out


def _reference_related_lists(page: Page) -> list[Verdict]:
    out = []
    blocks, prose = page.blocks, page.prose
    headings = page.book.whole.get("related_headings", frozenset())
    seen_body = False
    index = 0
    while index < len(blocks):
        heading = blocks[index]
        index += 1
        if heading.words > 6 or page.folded[index - 1] not in headings:
            seen_body = seen_body or prose[index - 1]
            continue
        items: list[Block] = []
        while seen_body and index < len(blocks) and not prose[index]:
            items.append(blocks[index])
            index += 1
        inline = seen_body and index < len(blocks)
        detail = ("inline: " if inline else "") + fold(heading.text)
        out.append(verdict(heading.index, "related-list", detail))
        headlines = sum(1 for b in items if not boxes_module._mostly_digits(b.text))
        if not inline or headlines <= boxes_module._MAX_INLINE_TEASERS:
            detail = "inline: item" if inline else "item"
            out.extend(verdict(b.index, "related-list", detail) for b in items)
    return out


def _reference_repeated_blocks(page: Page) -> list[Verdict]:
    keys = [repeats_module._spacing_aside(block.text) for block in page.blocks]
    counts = Counter(keys)
    repeated: dict[str, list[int]] = {}
    for key, block in zip(keys, page.blocks, strict=True):
        if counts[key] > 1 and len(key) >= 2:
            repeated.setdefault(key, []).append(block.index)
    prose = {
        b.index: len(b.text)
        for key, b in zip(keys, page.blocks, strict=True)
        if b.words >= 10 and key.count(" ") >= 9 and is_sentence_like(b.text)
    }
    total = sum(prose.values())
    twice = sum(prose.get(i, 0) for idx in repeated.values() for i in idx)
    keep_first = total > 0 and twice > 0.5 * total
    out = []
    for indexes in repeated.values():
        out.extend(
            verdict(i, "repeated-block", f"{len(indexes)} copies")
            for i in (indexes[1:] if keep_first else indexes)
        )
    return out


@given(st.lists(_LINE | _FOLDABLE, max_size=16), st.integers(min_value=1, max_value=12))
def test_page_rules_name_what_the_plain_loops_named(lines: list[str], least: int) -> None:
    page = _page(lines, least)
    assert list(phrase_rules_module.phrase_rules(page)) == _reference_phrase_rules(page)
    assert list(boxes_module.related_lists(page)) == _reference_related_lists(page)
    assert list(repeats_module.repeated_blocks(page)) == _reference_repeated_blocks(page)
    assert page.plain == tuple(page_module._is_plain(t) for t in lines)
    assert page.texts == tuple(lines)


@given(st.lists(_LINE | _FOLDABLE, max_size=12), st.sets(_LINE.map(fold), max_size=4))
def test_whole_among_is_the_blocks_whose_fold_is_a_phrase(
    lines: list[str], phrases: set[str]
) -> None:
    page = _page(lines)
    assert page.whole_among(phrases) == [i for i, f in enumerate(page.folded) if f in phrases]


def test_related_list_under_a_heading_after_the_body() -> None:
    story = "The council met on Monday and voted on the new budget for the city."
    page = _page([story, "Read also:", "Council votes on the new budget", "Home"])
    named = [(v.block, v.detail) for v in boxes_module.related_lists(page)]
    assert named == [(1, "read also"), (2, "item"), (3, "item")]
    assert named == [(v.block, v.detail) for v in _reference_related_lists(page)]


@given(st.integers(0, 2000), st.sampled_from(["nav-run", "repeated-block"]), st.text(max_size=8))
def test_shared_verdict_equals_a_new_one(block: int, rule: str, detail: str) -> None:
    shared = shared_verdict(block, rule, detail)
    assert shared == Verdict(block=block, rule=rule, detail=detail) == verdict(block, rule, detail)
    assert hash(shared) == hash(verdict(block, rule, detail)) and repr(shared) == repr(
        verdict(block, rule, detail)
    )
    assert shared_verdict(block, rule, detail) is shared  # remembered


# Short lines as a page folds them: plain words (some a phrase starts with), marks, whole phrases.
_SHORT_PIECES = st.sampled_from(
    ["share", "this", "more", "read", "news", "world", "home", "next", "2", "x_y", ":", "·", "é"]
)


@given(st.lists(_SHORT_PIECES, min_size=1, max_size=4).map(" ".join))
def test_unstarted_short_lines_hold_no_phrase(line: str) -> None:
    """A short line the phrase rule skips (no whole phrase, plain words none of which a
    contained phrase starts with) is one the phrase book finds nothing in."""
    book = phrases_module.phrase_book(None)
    starters = book.by_first_word.keys()
    folded = fold(line)
    if phrase_rules_module._unstarted(folded, starters):
        assert starters.isdisjoint(phrases_module._WORD.findall(folded))
        if folded not in book.whole_index:
            assert book.found(folded) == {}
