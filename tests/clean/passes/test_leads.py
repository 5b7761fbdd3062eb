"""The lead paragraph that opens the body run in a box of its own stays in the body."""

from __future__ import annotations

from newscorpus import extract_html
from newscorpus.blocks import Block
from newscorpus.clean.passes.leads import lead_paragraphs

_STORY = (
    "<p>The harbour board said the new quay will take ferries of twice the current size "
    "once the dredging work in the outer basin is finished.</p>"
    "<p>Fishermen had asked for a longer quay for years, since the old one floods at high "
    "tide and boats must wait in the bay for the water to fall.</p>"
    "<p>The work is paid for by the region and the port, each taking half of the cost, and "
    "the board expects the first ferry to berth there in the spring.</p>"
) + "".join(
    f"<p>On day {day} of the works the crews will move {day * 40} tonnes of stone from the "
    f"quarry to the harbour, and the road along the bay will be closed from {day} in the "
    "morning until the evening, the council said in a letter to the residents.</p>"
    for day in range(1, 9)
)


def _page(lead: str) -> str:
    return (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<h1>Harbour gets a longer quay</h1>"
        f"<div class='intro'><p>{lead}</p></div>"
        f"<div class='story'>{_STORY}</div>"
        "<footer>© Coast Courier</footer></body></html>"
    )


def test_lead_outside_the_story_box_is_kept() -> None:
    lead = (
        "Work on the longer quay in the town's harbour begins next week, the board said on "
        "Tuesday, after a decade of talks between the port, the region and the fishermen, who "
        "have waited for a safe berth since the storms of the last winters damaged the old one "
        "and left two of their boats on the rocks near the lighthouse at the harbour mouth."
    )
    art = extract_html(_page(lead))
    assert lead in art.text
    assert "Fishermen had asked" in art.text
    assert "Home" not in art.text


def test_a_label_or_a_list_item_is_no_lead() -> None:
    blocks = [
        Block(index=0, text="Read more about the harbour and the quay", tag="p", ancestors=(1, 2)),
        Block(
            index=1,
            text="A list item that reads like a sentence, with ten words.",
            tag="li",
            ancestors=(1, 3),
        ),
        Block(
            index=2,
            text="The quay opens next spring, the harbour board said today.",
            tag="p",
            ancestors=(1, 4, 5),
        ),
    ]
    assert lead_paragraphs(blocks, (0, 2), {}, [False, False, True]) == set()


def test_nothing_when_the_run_starts_inside_or_no_container() -> None:
    block = Block(
        index=0,
        text="The quay opens next spring, the harbour board said today.",
        tag="p",
        ancestors=(1, 2),
    )
    assert lead_paragraphs([block], (0, 0), {}, [True]) == set()
    assert lead_paragraphs([block], (0, 0), {}, [None]) == set()
    assert lead_paragraphs([block], (0, 3), {}, [False]) == set()  # a span past the page
