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


def test_a_story_whose_wrapper_carries_a_boilerplate_class_word_is_kept_whole() -> None:
    # "popular" marks "most read" boxes, but here it sits on the story's own wrapper: its
    # short lines (sub-headings, list items, a 14-word opening) must not be named boilerplate,
    # cutting the opening off the story at a "related" box inside it.
    more = [
        "Dredging is planned for the quiet weeks of June, when few fishing boats use the channel.",
        "The board said the silt will be taken to a site far out at sea, as the licence requires.",
        "A survey after the work will check that the channel keeps its new depth through winter.",
    ]
    opening = "The harbour board agreed on Thursday to dredge the eastern channel before summer."
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<article class='post is-popular'><h1>Harbour channel to be dredged</h1>"
        "<section class='entry-content popular-post'>"
        f"<p>{opening}</p><h2>Why now</h2><ul><li>Silt has raised the channel floor.</li>"
        "<li>Two boats ran aground in March.</li><li>Insurers raised their fees.</li></ul>"
        "<h2>Who pays</h2><div class='related'><p>Related stories</p>"
        "<div class='teaser-title'><a href='/a'>Port fees rise</a></div>"
        "<div class='teaser-title'><a href='/b'>New ferry route</a></div></div>"
        f"<h2>The cost</h2>{_paras(STORY[1:])}<h2>What follows</h2>{_paras(more)}"
        "</section></article><footer><p>© 2024 Harbour Notes</p></footer></body></html>"
    )
    art = extract_html(html)
    assert art.paragraphs[:2] == (opening, "Why now")
    assert "Insurers raised their fees." in art.paragraphs
    assert art.paragraphs[-1] == more[-1]
    assert "Port fees rise" not in art.text
    assert art.title == "Harbour channel to be dredged"


def test_short_lower_case_lines_inside_the_story_are_kept() -> None:
    # HTML gives alt text no block: a short lower-case line in the story is a line of it (a
    # command, the rest of a sentence after <br>, a table row), not a stray caption.
    html = (
        "<html><body><div class='story'><h1>Harbour app released</h1>"
        f"<p>{STORY[0]}</p><p>Install it from the terminal:</p><pre>pip install harbourapp</pre>"
        f"<p>{STORY[1]}<br>and at the western quay</p>"
        "<table><tr><td>eastern quay</td><td>2.5 m/s</td></tr></table>"
        f"{_paras(STORY[2:])}<p>print</p><p>photo / Harbour Board</p></div></body></html>"
    )
    paragraphs = extract_html(html).paragraphs
    assert "pip install harbourapp" in paragraphs
    assert "and at the western quay" in paragraphs
    assert "eastern quay\t2.5 m/s" in paragraphs
    assert "print" not in paragraphs and "photo / Harbour Board" not in paragraphs


def _player(items: int) -> str:
    """An embedded video player with its own "Up next" list of linked headlines."""
    links = "".join(
        f"<p><a href='/v/{n}'>Clip number {n} of the week</a></p>" for n in range(items)
    )
    return f"<div class='player'><div>Up next</div>{links}</div>"


def test_the_run_carries_over_a_long_embedded_player_to_the_story_above_it() -> None:
    opening = [
        "The town council voted on Monday to close the old ferry pier for repairs this autumn.",
        "Engineers found that two of the wooden piles had rotted through below the waterline.",
    ]
    rest = [
        *STORY,
        "Ferry passengers will board at a floating pontoon that the council is hiring for now.",
        "The repairs are expected to cost about half as much as a new pier would have cost.",
    ]
    html = (
        "<html><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        "<div class='story'><h1>Ferry pier to close</h1>"
        f"<div class='part'>{_paras(opening)}</div>{_player(40)}"
        f"<div class='part'>{_paras(rest)}</div></div>"
        "<footer><p>© 2024 Harbour Notes</p></footer></body></html>"
    )
    art = extract_html(html)
    assert list(art.paragraphs) == opening + rest


def test_a_bio_in_an_author_box_after_the_story_is_dropped() -> None:
    bio = (
        "Ann Lee covers the harbour and the coast for the paper and has written about ferries, "
        "fishing and the weather for more than ten years."
    )
    html = (
        "<html><body><article><h1>Harbour channel to be dredged</h1>"
        "<div class='author-name'>By Ann Lee</div>"
        f"<div class='entry-content'>{_paras(STORY)}"
        f"<div class='author-box'><p>{bio}</p></div></div></article></body></html>"
    )
    art = extract_html(html)
    assert list(art.paragraphs) == STORY
    assert [r.detail for r in art.removed if r.text == bio] == ["class author"]
    assert art.authors == ("Ann Lee",)


def test_a_story_whose_wrapper_is_named_for_the_author_is_kept() -> None:
    html = (
        "<html><body><h1>Harbour channel to be dredged</h1>"
        f"<div class='author-post-content'>{_paras(STORY)}</div></body></html>"
    )
    assert list(extract_html(html).paragraphs) == STORY


TRIPS = [
    (
        "A lake in the woods",
        "The lake lies an hour north of the city, and its sauna boat takes guests out on the water.",
    ),
    (
        "A climbing park",
        "The climbing park opens at nine and has routes for children and for adults who like it high.",
    ),
    (
        "A thermal bath",
        "The thermal bath is warm all year, and its outdoor pool looks over the fields to the river.",
    ),
]


def test_items_of_a_list_each_in_an_article_under_the_headline_are_kept() -> None:
    items = "".join(
        f"<article class='item'><h3>{head}</h3><p>{text}</p></article>" for head, text in TRIPS
    )
    html = (
        "<html><body><article class='post'><h1>Three trips out of town this autumn</h1>"
        "<p>Autumn is here, and these are the places we like to go when the days get shorter.</p>"
        f"{items}</article></body></html>"
    )
    paragraphs = extract_html(html).paragraphs
    assert [text for _, text in TRIPS] == [p for p in paragraphs if p in {t for _, t in TRIPS}]


def test_teaser_cards_beside_a_story_in_its_own_article_still_go() -> None:
    cards = "".join(f"<article class='card'><p>{text}</p></article>" for _, text in TRIPS)
    html = (
        "<html><body><h1>Harbour channel to be dredged</h1>"
        f"<article class='story'>{_paras(STORY)}</article>"
        f"<section>{cards}</section></body></html>"
    )
    assert list(extract_html(html).paragraphs) == STORY


def test_ruby_annotations_are_not_read_into_the_text() -> None:
    # A reading aid printed over the characters (<rt>, with <rp> brackets for old browsers)
    # is no part of the sentence.
    html = (
        "<html><body><p><ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>"
        "<ruby>字<rt>じ</rt></ruby>を読む。</p></body></html>"
    )
    assert [b.text for b in parse_html(html).blocks] == ["漢字を読む。"]


def test_a_form_around_the_whole_page_is_no_form() -> None:
    # Some frameworks wrap the whole page in one <form>: the story inside it is no web form,
    # while the menu inside it is still a menu.
    html = (
        "<html><body><form id='page-form' method='post'>"
        "<nav><ul><li><a href='/f'>Ferry times</a></li><li><a href='/w'>Tide tables</a></li>"
        "</ul></nav>"
        f"<div class='story'><h1>Harbour channel to be dredged</h1>{_paras(STORY)}</div>"
        "</form></body></html>"
    )
    art = extract_html(html)
    assert list(art.paragraphs) == STORY
    assert {r.detail for r in art.removed if r.text in {"Ferry times", "Tide tables"}} == {"nav"}


def test_an_aside_with_long_text_beside_a_story_is_still_furniture() -> None:
    about = [
        "We are a small team of volunteers who have written about the harbour, its boats and its "
        "people since the old fish market closed, and we publish a new story every week.",
        "Our reporters live in the town and the villages around the bay, and most of them have "
        "worked on the boats or in the yards at some point in their lives before writing.",
        "Readers can send us their own stories and photographs, and we print the best of them in "
        "the weekend edition together with the letters that reach us during the week.",
    ]
    html = (
        "<html><body>"
        f"<div class='story'><h1>Harbour channel to be dredged</h1>{_paras(STORY)}</div>"
        f"<aside>{_paras(about)}</aside></body></html>"
    )
    assert list(extract_html(html).paragraphs) == STORY


def test_a_named_anchor_around_a_sub_heading_is_no_link() -> None:
    # Old-style jump targets (<a name=...>, no href) wrap each sub-heading of a long story;
    # their text is the heading's, not a link's.
    page = parse_html(
        "<body><h3><a name='part2'><strong>Dredging starts in May</strong></a></h3>"
        "<h3><a href='/next'>Read the next story</a></h3>"
        "<h3><a>A bare anchor</a></h3></body>"
    )
    assert [b.link_density for b in page.blocks] == [0.0, 1.0, 1.0]


def test_sub_headings_in_named_anchors_stay_in_the_story() -> None:
    heads = ["Silt in the channel", "Sharing a dredger"]
    html = (
        "<html lang='en'><body><nav><a href='/'>Home</a> <a href='/a'>Archive</a></nav>"
        "<article><h1>Harbour channel to be dredged</h1>"
        f"{_paras(STORY[:2])}"
        f"<h3><a name='one'>{heads[0]}</a></h3>{_paras(STORY[2:3])}"
        f"<h3><a name='two'>{heads[1]}</a></h3>{_paras(STORY[3:])}"
        "</article><footer><p>© 2024 Harbour Notes</p></footer></body></html>"
    )
    assert list(extract_html(html).paragraphs) == [
        *STORY[:2],
        heads[0],
        STORY[2],
        heads[1],
        STORY[3],
    ]


def test_a_link_after_a_named_anchor_still_counts() -> None:
    # The anchor's end must undo only what its start did: a link after it still counts.
    page = parse_html("<body><p><a name='x'>Top</a> <a href='/y'>Menu link</a></p></body>")
    assert 0.6 < page.blocks[0].link_density < 1.0
