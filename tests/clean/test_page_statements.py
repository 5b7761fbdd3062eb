"""The page's own statements of what its article is, as evidence for the body run.

Synthetic pages, one per mechanism: a story streamed into place by a script (React's streamed
rendering), a story in a language the page's other prose does not share, vouched for by the
JSON-LD ``articleBody``; a story cut by ad slots and outweighed by a cookie notice, found by the
``<article>`` around the headline; the element marked ``itemprop="articleBody"``.
"""

from __future__ import annotations

import json
import time

import pytest

from newscorpus import extract_html
from newscorpus.blocks import Block
from newscorpus.clean.run import interruptions, stated_container
from newscorpus.clean.statement import ArticleStatement
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.jsonld import article_body

STORY = [
    "The regional council approved the new flood defence plan on Tuesday after a long debate.",
    "Engineers will raise the embankments along the northern bank by nearly one metre in total.",
    "Residents of the lower town had asked for better protection since the floods of last spring.",
    "Work is due to begin in March and should be finished before the autumn storms arrive here.",
]

# Invented words in no language the project knows: prose without any stop word it could count.
FOREIGN = [
    "Wokhala mantobi selaweni kutho manyeka ngelomi, bazothe ukhalani mbelowa sethuza.",
    "Ngolweni bakhumela zintolo wasabela phandlo, kumbala nzekelo sothana wemkhulo.",
    "Abathozi balanyeka umkhalo wezintsha, bazothembela nokhanyo lwendlela sabantwana.",
    "Sekuphela izinyanga wabhekela mzantsi, kodwa akazange athole umzali wakhe nokho.",
    "Umkhandlu wathembisa ukulungisa imigwaqo ngaphambi kwekhefu, kusho umholi wendawo.",
]

BIO = (
    "Ann Lee is the editor of the paper and has written about the town, its council and the "
    "people who live along the river for more than ten years, and she still enjoys it."
)


def _paras(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def _text(html: str) -> str:
    return extract_html(html).text


# -- streamed rendering ---------------------------------------------------------------------


def test_a_streamed_story_is_read_where_the_script_puts_it() -> None:
    html = (
        "<html><body><nav><a href='/'>Home</a></nav><h1>Council approves flood plan</h1>"
        "<template id='B:1'></template><div aria-hidden='true' class='skeleton'></div>"
        "<footer><p>© 2024 Example Gazette</p></footer>"
        f"<div hidden id='S:1'><div class='story'>{_paras(STORY)}</div></div>"
        "<script>$RC('B:1','S:1')</script></body></html>"
    )
    texts = [b.text for b in parse_html(html).blocks]
    assert texts.index(STORY[0]) < texts.index("© 2024 Example Gazette")
    assert _text(html).split("\n\n") == STORY


def test_streamed_parts_named_part_first_and_by_the_later_call() -> None:
    html = (
        "<body><h1>Title</h1><template id='P:2'></template><p>Tail line.</p>"
        f"<div hidden id='S:2'>{_paras(STORY[:2])}</div>"
        '<script>$RS("S:2","P:2")</script></body>'
    )
    assert [b.text for b in parse_html(html).blocks] == ["Title", *STORY[:2], "Tail line."]
    html = html.replace("P:2", "B:2").replace('$RS("S:2","B:2")', '$RR("B:2","S:2",[])')
    assert [b.text for b in parse_html(html).blocks] == ["Title", *STORY[:2], "Tail line."]


def test_a_hidden_part_no_script_moves_stays_hidden() -> None:
    html = f"<body><h1>Title</h1><p>{STORY[0]}</p><div hidden id='S:3'><p>{STORY[1]}</p></div>"
    html += "<script>$RC('B:9','S:3')</script></body>"  # no such placeholder
    assert STORY[1] not in [b.text for b in parse_html(html).blocks]


def test_streamed_calls_on_a_hostile_page_stay_linear() -> None:
    page = "<body><p>x</p><script>" + "$RC('B:1'," * 50_000 + "</script></body>"
    start = time.perf_counter()
    parse_html(page)
    assert time.perf_counter() - start < 5  # a catastrophic backtrack would take minutes


# -- JSON-LD articleBody ----------------------------------------------------------------------


def _ld(body: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": body}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _foreign_page(head: str) -> str:
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Umbiko wezindaba</h1><div class='entry'>{_paras(FOREIGN)}</div></article>"
        f"<div class='author-box'><p>{BIO}</p></div>"
        "<footer><p>© 2024 Example Gazette</p></footer></body></html>"
    )


def test_a_story_the_json_ld_vouches_for_is_body_whatever_its_language() -> None:
    assert _text(_foreign_page(_ld(" ".join(FOREIGN)))).split("\n\n") == FOREIGN


def test_without_a_statement_the_foreign_story_is_not_read_as_prose() -> None:
    # The page's prose is judged by the stop words of the language guessed for it (English,
    # from the bio): the statement is what tells the story apart.
    assert FOREIGN[0] not in _text(_foreign_page(""))


@pytest.mark.parametrize("body", [None, 42, ["a", "list"], "", "Too short to vouch."])
def test_a_missing_or_odd_article_body_changes_nothing(body: object) -> None:
    assert _text(_foreign_page(_ld(body))) == _text(_foreign_page(""))


def test_article_body_takes_the_longest_text() -> None:
    assert article_body([{"articleBody": "One."}, {"articleBody": "A longer one."}]) == (
        "A longer one."
    )
    assert article_body([{"articleBody": 3}, {"headline": "x"}]) is None
    assert article_body([]) is None


def test_statement_reads_markup_and_entities_and_matches_by_words() -> None:
    said = ArticleStatement.of(text="<p>" + " </p><p>".join(STORY).replace("&", "&amp;") + "</p>")
    reworded = STORY[1].replace("nearly", "almost")  # one word changed: most shingles still match
    blocks = [Block(index=i, text=t) for i, t in enumerate([STORY[0], reworded, "Share", "Home"])]
    assert said.marks(blocks) == (True, True, False, False)
    assert not said.empty and ArticleStatement.of(text=None).empty


def test_statement_of_a_hostile_text_stays_linear() -> None:
    start = time.perf_counter()
    ArticleStatement.of(text="<" * 200_000 + "a b c d " * 20)
    ArticleStatement.of(text="<a" * 100_000)
    assert time.perf_counter() - start < 5


# -- <article>, itemprop and interruptions --------------------------------------------------

NOTICE = [
    "When you visit our website, we store cookies on your browser to collect information that "
    "is used to make the site work as you expect it to and to give you a more personal web "
    "experience; you can choose not to allow some types of cookies below.",
    "Please note that blocking some types of cookies may impact your experience of the site and "
    "the services we are able to offer, and that your choices apply to this browser only.",
    "If you live in some places you have the right to opt out of the sale of your personal data "
    "at any time, which you can do by using the switches on this page and saving your choice.",
    "These cookies are necessary for the website to function and cannot be switched off in our "
    "systems; they are usually only set in response to actions made by you on the pages here.",
]


def _slotted_story(article_attrs: str = "") -> str:
    slot = "<div class='ad'><span>Advertisement · Scroll to continue</span></div>"
    story = (
        f"<p>{STORY[0]}</p>{slot}<p>{STORY[1]}</p>{slot}<p>{STORY[2]}</p>{slot}<p>{STORY[3]}</p>"
    )
    return (
        "<html><body><nav><a href='/'>Home</a></nav>"
        f"<article{article_attrs}><h1>Council approves flood plan</h1><div class='text'>{story}</div>"
        "</article><div class='teasers'><h3><a href='/x'>Other story</a></h3></div>"
        f"<div class='consent main'>{_paras(NOTICE)}</div></body></html>"
    )


def test_a_story_cut_by_ad_slots_is_found_in_the_headlines_article() -> None:
    assert _text(_slotted_story()).split("\n\n") == STORY


def test_an_element_marked_article_body_is_the_container() -> None:
    html = _slotted_story().replace("<article>", "<div>").replace("</article>", "</div>")
    html = html.replace("<div class='text'>", "<div class='text' itemprop='articleBody'>")
    assert parse_html(html).article_elements
    assert _text(html).split("\n\n") == STORY


def test_stated_container_needs_a_share_of_the_prose() -> None:
    head = Block(
        index=0, text="Title", tag="h1", path="html/body/article/h1", ancestors=(1, 2, 3, 4)
    )
    story = Block(
        index=1, text="Story.", tag="p", path="html/body/article/p", ancestors=(1, 2, 3, 5)
    )
    other = Block(index=2, text="Other.", tag="p", path="html/body/div/p", ancestors=(1, 2, 6, 7))
    assert stated_container([head, story, other], [0, 40, 60]) == 3
    assert stated_container([head, story, other], [0, 10, 90]) is None
    assert stated_container([story, other], [40, 60], frozenset({3})) == 3
    assert stated_container([story, other], [40, 60]) is None  # no headline, no statement


def test_interruptions_are_short_lines_between_paragraphs_of_one_element() -> None:
    para = [Block(index=i, text=STORY[0], tag="p", ancestors=(1, 2, 10 + i)) for i in range(5)]
    slot = Block(index=1, text="Advertisement", ancestors=(1, 2, 20, 21))
    ending = Block(index=3, text="Related stories", ancestors=(1, 2, 22))
    blocks = [para[0], slot, para[2], ending, para[4]]
    good = [True, False, True, False, True]
    assert interruptions(blocks, good, [None, "menu-line", None, "related-list", None]) == [1]
    elsewhere = Block(index=1, text="Advertisement", ancestors=(1, 30, 31))
    assert interruptions([para[0], elsewhere, para[2]], good[:3], [None, "menu-line", None]) == []
    assert interruptions([], [], []) == []


# -- aria-hidden ----------------------------------------------------------------------------


def test_an_aria_hidden_paragraph_is_read_an_aria_hidden_icon_is_not() -> None:
    html = (
        f"<body><article><h1>Title</h1>{_paras(STORY[:2])}"
        f"<p class='paywall' aria-hidden='true'>{STORY[2]}</p>"
        f"<div aria-hidden='true'>Icon label</div><p>{STORY[3]}</p></article></body>"
    )
    texts = [b.text for b in parse_html(html).blocks]
    assert STORY[2] in texts and "Icon label" not in texts
