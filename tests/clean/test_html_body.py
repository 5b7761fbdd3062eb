"""HTML main-content extraction: which parts of the DOM are the article body.

Every page here is synthetic: it reproduces a pattern (a list-heavy article, a stats table, a
teaser grid, comments in "content" boxes …), never a real page's text.
"""

from __future__ import annotations

from newscorpus import extract_html
from newscorpus.blocks import Block
from newscorpus.clean.rules.dom import element_of, main_container
from newscorpus.htmlblocks import parse_html

STORY = [
    "The regional council approved the new flood defence plan on Tuesday after a long debate.",
    "Engineers will raise the embankments along the northern bank by nearly one metre in total.",
    "Residents of the lower town had asked for better protection since the floods of last spring.",
    "Work is due to begin in March and should be finished before the autumn storms arrive here.",
]


def _paras(items: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


def _shell(main: str, after: str = "") -> str:
    return (
        "<html lang='en'><head></head><body>"
        "<nav class='menu'><ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul></nav>"
        f"<div class='page'><h1>Council approves flood plan</h1>{main}</div>{after}"
        "<footer><p>© 2024 Example Gazette</p></footer></body></html>"
    )


def test_list_items_and_sub_headings_inside_the_article_are_kept() -> None:
    items = "".join(f"<li>Step {n}: check the {w} gauge</li>" for n, w in enumerate("abcdef"))
    html = _shell(
        f"<div class='story'>{_paras(STORY[:2])}<h2>What happens next</h2><ul>{items}</ul>"
        f"<p>Short line.</p></div>"
    )
    art = extract_html(html)
    assert "What happens next" in art.paragraphs
    assert "Step 5: check the f gauge" in art.paragraphs
    assert art.paragraphs[-1] == "Short line."
    assert "Home" not in art.text and "Example Gazette" not in art.text


def test_lead_before_the_first_long_paragraph_is_kept_but_the_headline_is_metadata() -> None:
    html = _shell(f"<div class='story'><p>Flood plan: the key points.</p>{_paras(STORY)}</div>")
    art = extract_html(html)
    assert art.paragraphs[0] == "Flood plan: the key points."
    assert art.title == "Council approves flood plan"
    assert "Council approves flood plan" not in art.paragraphs


def test_repeated_line_inside_the_article_stays_but_a_repeated_appeal_outside_goes() -> None:
    html = _shell(
        f"<div class='story'><p>Serves 2.</p>{_paras(STORY[:2])}<p>Serves 2.</p>"
        f"{_paras(STORY[2:])}</div>",
        after="<div><p>Support local news today</p></div><div><p>Support local news today</p></div>",
    )
    art = extract_html(html)
    assert art.paragraphs.count("Serves 2.") == 2
    assert "Support local news" not in art.text


def test_table_rows_become_tab_separated_lines() -> None:
    rows = "".join(
        f"<tr><td>{name}</td><td>{n}</td><td>{n * 3}%</td></tr>"
        for n, name in enumerate(["Ann Lee", "Tom Park", "Eva Roth"], start=1)
    )
    html = _shell(
        f"<div class='story'>{_paras(STORY[:2])}<table><tr><th>Name</th><th>Games</th>"
        f"<th>Share</th></tr>{rows}</table>{_paras(STORY[2:])}</div>"
    )
    art = extract_html(html)
    assert "Tom Park\t2\t6%" in art.paragraphs
    assert art.text.index("Ann Lee") < art.text.index(STORY[2])


def test_layout_table_cells_keep_their_paragraphs() -> None:
    page = parse_html(f"<table><tr><td>{_paras(STORY[:2])}</td><td>Side</td></tr></table>")
    assert [b.text for b in page.blocks] == [*STORY[:2], "Side"]
    assert page.blocks[0].tag == "p"


def test_figure_captions_are_left_out_with_their_rule() -> None:
    html = _shell(
        f"<div class='story'>{_paras(STORY[:2])}<figure><img src='a.jpg'>"
        "<figcaption>Workers on the embankment in May. Photo: J. Doe</figcaption></figure>"
        f"<div class='image-caption'>The river at dawn</div>{_paras(STORY[2:])}</div>"
    )
    art = extract_html(html)
    assert art.paragraphs == tuple(STORY)
    rules = {r.text: r.rule for r in art.removed}
    assert rules["The river at dawn"] == "figure-caption"
    assert rules["Workers on the embankment in May. Photo: J. Doe"] in {
        "figure-caption",
        "image-caption",
    }


def test_comments_in_content_boxes_and_other_articles_are_dropped() -> None:
    comment = "I live by the river and I think this plan is far too late for all of us here."
    teaser = "A teaser about another story that runs long enough to read like a real paragraph."
    html = _shell(
        f"<article class='post'>{_paras(STORY)}"
        f"<h3>You may also like</h3><article class='card'><p>{teaser}</p></article></article>",
        after=(
            "<div id='comments'><div class='comment'><div class='content'>"
            f"<p>{comment}</p></div></div></div>"
        ),
    )
    art = extract_html(html)
    assert art.paragraphs[: len(STORY)] == tuple(STORY)
    assert comment not in art.text and teaser not in art.text
    assert {r.rule for r in art.removed if r.text == teaser} == {"other-article"}


def test_wrapper_class_words_do_not_drop_the_body() -> None:
    html = _shell(
        f"<div class='has-breadcrumb article-body'>{_paras(STORY[:2])}"
        f"<p>June 9: Riverside</p><p>June 10: Old Town</p>{_paras(STORY[2:])}</div>"
    )
    art = extract_html(html)
    assert "June 9: Riverside" in art.paragraphs and "June 10: Old Town" in art.paragraphs


def test_long_link_list_is_dropped_however_long() -> None:
    cloud = " ".join(f"<a href='/t{n}'>tag{n}</a>" for n in range(80))
    html = _shell(f"<div class='story'><div>{cloud}</div>{_paras(STORY)}</div>")
    art = extract_html(html)
    assert "tag7" not in art.text
    assert art.paragraphs == tuple(STORY)


def test_page_without_any_prose_sentence_keeps_its_short_lines() -> None:
    lines = "".join(
        f"<p>Round {n}: {day} May, North Stadium</p>" for n, day in enumerate(range(3, 20, 2))
    )
    html = _shell(f"<div class='box'><h2>Season calendar</h2>{lines}</div>")
    art = extract_html(html)
    assert "Round 0: 3 May, North Stadium" in art.paragraphs
    assert len(art.paragraphs) >= 9


def test_blocks_carry_their_ancestors() -> None:
    page = parse_html("<body><div><p>One</p><p>Two</p></div><p>Three</p></body>")
    one, two, three = page.blocks
    assert one.ancestors[:-1] == two.ancestors[:-1]
    assert one.ancestors[-1] != two.ancestors[-1]
    assert three.ancestors[-2] == one.ancestors[-3]  # <body>
    assert element_of(one, "div") == one.ancestors[-2]
    assert element_of(one, "article") is None


def test_main_container_bad_and_empty_input() -> None:
    assert main_container([], []) is None
    flat = [Block(index=0, text="Text only, no DOM.")]
    assert main_container(flat, [100]) is None
    split = [
        Block(index=0, text="a", ancestors=(1, 2, 3, 4)),
        Block(index=1, text="b", ancestors=(1, 2, 5, 6)),
    ]
    # Text split evenly between two boxes: no single container below <body> stands out.
    assert main_container(split, [50, 50]) is None
    assert element_of(Block(index=0, text="x"), "div") is None


def test_embedded_post_quoted_in_the_story_is_kept_but_a_share_bar_is_not() -> None:
    tweet = "The river is already at the top of the old wall, stay away from the bank tonight."
    html = _shell(
        f"<div class='story'>{_paras(STORY[:2])}<div class='social-embed'><blockquote>"
        f"<p>{tweet}</p></blockquote></div><div class='social'><p>Share on X</p></div>"
        f"{_paras(STORY[2:])}</div>"
    )
    art = extract_html(html)
    assert tweet in art.paragraphs
    assert "Share on X" not in art.text


def test_linked_sentence_in_the_story_stays_but_a_read_more_link_goes() -> None:
    linked = (
        "<p>The plan was drawn up by <a href='/a'>the regional water board engineers</a> and"
        " <a href='/b'>the national flood agency</a>.</p>"
    )
    more = "<p><a href='/c'>Read more: Ferry fares rise again as fuel costs climb this year</a></p>"
    art = extract_html(
        _shell(f"<div class='story'>{_paras(STORY[:2])}{linked}{more}{_paras(STORY[2:])}</div>")
    )
    assert any(p.startswith("The plan was drawn up by") for p in art.paragraphs)
    assert "Read more" not in art.text


def test_box_beside_the_story_article_is_dropped() -> None:
    bio = [
        "Ann Lee has written about rivers and floods for the paper since the year she joined us.",
        "Before that she reported on farming and water rights for a radio station in the north.",
    ]
    html = _shell(f"<article>{_paras(STORY)}</article><div class='box'>{_paras(bio)}</div>")
    art = extract_html(html)
    assert art.paragraphs == tuple(STORY)
    assert {r.rule for r in art.removed if r.text in bio} == {"outside-article"}


def test_question_headline_and_date_line_stay_out_of_the_body() -> None:
    html = (
        "<html><body><div class='story'><h1>Will the new flood plan really keep the lower town dry"
        " this year?</h1><div>Published 10:02 AM EST Nov 19, 2019</div>"
        f"{_paras(STORY)}</div></body></html>"
    )
    art = extract_html(html)
    assert art.paragraphs == tuple(STORY)
    assert art.published is not None and art.published.day == 19
