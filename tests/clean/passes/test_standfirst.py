"""The standfirst between the headline and the story: left out by default, kept on request."""

from __future__ import annotations

import pytest

from newscorpus import CleanOptions, ExtractOptions, extract_html, extract_text
from newscorpus.blocks import Block
from newscorpus.clean.passes.leads import standfirst_paragraphs
from newscorpus.errors import OptionsError

_STORY = "".join(
    f"<p>On day {day} of the works the crews will move {day * 40} tonnes of stone from the "
    f"quarry to the harbour, and the road along the bay will be closed from {day} in the "
    "morning until the evening, the council said in a letter to the residents.</p>"
    for day in range(1, 9)
)
_STANDFIRST = "Ferries twice the size will berth in the town from the spring, the board says."
_KEEP = ExtractOptions(clean=CleanOptions(keep_standfirst=True))


def _page(header: str) -> str:
    return (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        f"<header><h1>Harbour gets a longer quay</h1>{header}</header>"
        f"<article><div class='story'>{_STORY}</div></article>"
        "<footer>© Coast Courier</footer></body></html>"
    )


def _p(index: int, text: str, tag: str = "p") -> Block:
    return Block(index=index, text=text, tag=tag, ancestors=(1, index + 2))


def test_standfirst_left_out_by_default_and_kept_on_request() -> None:
    page = _page(f"<p class='standfirst'>{_STANDFIRST}</p><div class='byline'>By Ann Lee</div>")
    assert _STANDFIRST not in extract_html(page).text
    kept = extract_html(page, options=_KEEP)
    assert kept.text.startswith(_STANDFIRST)
    assert "By Ann Lee" not in kept.text  # the byline between them stays out
    assert kept.authors == ("Ann Lee",)
    assert "Home" not in kept.text
    assert "Harbour gets a longer quay" not in kept.text  # the headline is metadata


def test_at_most_two_blocks_and_never_the_headline() -> None:
    lead = "The harbour board met on Tuesday and agreed on the plan for the new quay."
    blocks = [
        _p(0, "Harbour gets a longer quay", tag="h1"),
        _p(1, lead),
        _p(2, lead.replace("Tuesday", "Monday")),
        _p(3, lead.replace("Tuesday", "Friday")),
        _p(4, "The crews start work in the outer basin once the dredgers have left the bay."),
    ]
    assert standfirst_paragraphs(blocks, (4, 4), {}) == {2, 3}


def test_walk_stops_at_a_list_item_and_skips_short_lines() -> None:
    blocks = [
        _p(0, "Harbour gets a longer quay", tag="h1"),
        _p(1, "The harbour board met on Tuesday and agreed on the plan for the new quay."),
        _p(2, "A linked teaser that reads like a sentence of more than ten words.", tag="li"),
        _p(3, "Ann Lee, 3 May 2024"),
        _p(4, "Ferries twice the size will berth in the town from spring next year."),
        _p(5, "The crews start work in the outer basin once the dredgers have left the bay."),
    ]
    assert standfirst_paragraphs(blocks, (5, 5), {}) == {4}


def test_nothing_without_a_headline_or_with_a_bad_span() -> None:
    blocks = [
        _p(0, "The harbour board met on Tuesday and agreed on the plan for the new quay."),
        _p(1, "The crews start work in the outer basin once the dredgers have left the bay."),
    ]
    assert standfirst_paragraphs(blocks, (1, 1), {}) == set()
    assert standfirst_paragraphs(blocks, (5, 9), {}) == set()
    assert standfirst_paragraphs([], (0, 0), {}) == set()


def test_plain_text_is_unchanged_by_the_option() -> None:
    page = (
        "Harbour gets a longer quay\n\n" + _STANDFIRST + "\n\n"
        "The crews will move stone from the quarry to the harbour for eight days, and the "
        "road along the bay will be closed in the mornings, the council said.\n"
    )
    default = extract_text(page)
    assert extract_text(page, options=_KEEP).text == default.text


@pytest.mark.parametrize("value", ["yes", 1, None])
def test_option_must_be_a_bool(value: object) -> None:
    with pytest.raises(OptionsError, match="keep_standfirst"):
        CleanOptions(keep_standfirst=value)  # type: ignore[arg-type]
