"""Body recall in HTML: article text the page hides from a plain reader, or prints in shapes
that look like furniture, is still the article.

Every page here is synthetic: it reproduces a pattern, never a real page's text.
"""

from __future__ import annotations

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html

STORY = [
    "The harbour board agreed on Thursday to dredge the eastern channel before the summer.",
    "Fishing crews had warned for months that the silt made the channel unsafe at low tide.",
    "The work will cost less than expected because the board will share a dredger with a port.",
    "Boats will be diverted to the western quay for the three weeks that the dredging takes.",
]


def _paras(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def test_a_story_printed_only_in_noscript_is_read() -> None:
    # A blog platform renders the post with a script (its copy is a string, not markup) and
    # prints it again in <noscript> for readers without scripts.
    html = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/a'>Archive</a></nav>"
        "<div class='post'><h1>Harbour channel to be dredged</h1>"
        f"<script type='text/template'>{_paras(STORY)}</script>"
        f"<noscript>{_paras(STORY)}</noscript></div>"
        "<footer><p>© 2024 Harbour Notes</p></footer></body></html>"
    )
    art = extract_html(html)
    assert list(art.paragraphs) == STORY


def test_a_noscript_notice_or_pixel_is_still_skipped() -> None:
    html = (
        "<html><body><noscript><p>Please enable JavaScript.</p></noscript>"
        "<noscript><img src='pixel.gif'></noscript>"
        f"<div>{_paras(STORY[:2])}</div></body></html>"
    )
    assert [b.text for b in parse_html(html).blocks] == STORY[:2]


def test_a_long_javascript_notice_in_noscript_is_skipped() -> None:
    notice = "This site needs JavaScript for comments and galleries; " * 5
    html = f"<html><body><noscript><p>{notice}</p></noscript><div>{_paras(STORY[:2])}</div></body></html>"
    assert [b.text for b in parse_html(html).blocks] == STORY[:2]
