"""Body recall in HTML: short lines the shape rules name (a run of short lines) that open
text of the story's own element below them are the story's sub-headings; the same lines after
its last paragraph are a box's labels and still go.

Every page here is synthetic: it reproduces a pattern, never a real page's text.
"""

from __future__ import annotations

from newscorpus import extract_html
from newscorpus.blocks import Block
from newscorpus.clean.page import verdict
from newscorpus.clean.passes.wrappers import pardon_wrapper_words

STORY = [
    "The county court ruled on Tuesday that the harbour board must publish its accounts.",
    "The board had argued for two years that the figures were a matter for its members alone.",
    "Judges found that the public pays for the harbour and so may read how the money is spent.",
    "The board said it would study the ruling before deciding whether to take the case further.",
]
HEADINGS = ["County court", "For the people", "Ruling", "What it held"]
LABELS = ["More from the court", "Harbour", "Accounts", "Boards"]


def _page(heads: list[str], tail: list[str]) -> str:
    return (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/c'>Courts</a></nav>"
        "<div class='ruling'><h1>Harbour board must open its books</h1>"
        + "".join(f"<p>{line}</p>" for line in STORY[:2])
        + "<div class='part'>"
        + "".join(f"<p>{line}</p>" for line in heads)
        + "".join(f"<p>{line}</p>" for line in STORY[2:])
        + "".join(f"<p>{line}</p>" for line in tail)
        + "</div></div><footer><p>© 2024 Court News</p></footer></body></html>"
    )


def test_short_lines_above_the_story_text_of_their_element_are_kept() -> None:
    art = extract_html(_page(HEADINGS, []))
    assert [p for p in art.paragraphs if p in HEADINGS] == HEADINGS
    assert [p for p in art.paragraphs if p in STORY] == STORY
    assert not [r for r in art.removed if r.text in HEADINGS]


def test_short_lines_after_the_last_paragraph_still_go() -> None:
    art = extract_html(_page([], LABELS))
    assert not [p for p in art.paragraphs if p in LABELS]


def test_a_linked_line_above_the_story_text_still_goes() -> None:
    ancestors = (1, 2, 3)
    label = Block(index=0, text="Courts", tag="p", link_density=1.0, ancestors=(*ancestors, 4))
    story = Block(index=1, text=STORY[0], tag="p", ancestors=(*ancestors, 5))
    named = {0: verdict(0, "nav-run")}
    assert pardon_wrapper_words([label, story], (0, 1), [False, True], named) == named


def test_an_unlinked_line_above_prose_of_its_element_is_pardoned() -> None:
    ancestors = (1, 2, 3)
    heading = Block(index=0, text="Ruling", tag="h3", ancestors=(*ancestors, 4))
    story = Block(index=1, text=STORY[0], tag="p", ancestors=(*ancestors, 5))
    other = Block(index=2, text=STORY[1], tag="p", ancestors=(1, 2, 9, 10))
    assert (
        pardon_wrapper_words([heading, story], (0, 1), [False, True], {0: verdict(0, "nav-run")})
        == {}
    )
    # Prose of another element below it vouches for nothing.
    named = {0: verdict(0, "nav-run")}
    assert pardon_wrapper_words([heading, other], (0, 1), [False, True], named) == named


def test_a_box_label_set_in_a_div_above_prose_still_goes() -> None:
    # An ad slot's label between the story's paragraphs sits in a <div>, not in the story's text.
    ancestors = (1, 2, 3)
    slot = Block(index=0, text="Advertisement", tag="div", ancestors=(*ancestors, 4))
    story = Block(index=1, text=STORY[0], tag="p", ancestors=(*ancestors, 5))
    named = {0: verdict(0, "nav-run")}
    assert pardon_wrapper_words([slot, story], (0, 1), [False, True], named) == named


def test_a_line_without_a_word_above_prose_still_goes() -> None:
    # An unexpanded entity or a code token is no sub-heading.
    ancestors = (1, 2, 3)
    token = Block(index=0, text="&xa;&xb2;", tag="p", ancestors=(*ancestors, 4))
    story = Block(index=1, text=STORY[0], tag="p", ancestors=(*ancestors, 5))
    named = {0: verdict(0, "nav-run")}
    assert pardon_wrapper_words([token, story], (0, 1), [False, True], named) == named
