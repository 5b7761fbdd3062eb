"""Several ``<article>`` elements in the body run, none holding most of its prose: a live blog's
posts are one story; on an endless page the first story is the page's own, the next ones are
other articles (``other-article``)."""

from __future__ import annotations

from newscorpus import extract_html
from newscorpus.blocks import Block
from newscorpus.clean.passes.articles import other_articles

_HEAD = (
    "<html lang='en'><head><title>Harbour</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
)
_FOOT = "<footer><p>© 2024 Harbour Courier. All rights reserved.</p></footer></body></html>"


def _post(number: int) -> str:
    return (
        f"<article class='post'><time>1{number}:00</time><p>Update {number}: the ferry left "
        "the quay again this morning and the harbour master said the storm has passed.</p>"
        "</article>"
    )


def _story(name: str, paragraphs: int) -> str:
    body = "".join(
        f"<p>{name} paragraph {i}: the council met on Monday and the mayor spoke about the "
        "bridge, its long repairs and what the works will cost the town this year.</p>"
        for i in range(paragraphs)
    )
    return f"<article><h2>{name} story</h2>{body}</article>"


def test_a_live_blog_keeps_every_post() -> None:
    page = _HEAD + "<main><h1>Live: the storm</h1>" + "".join(map(_post, range(6))) + "</main>"
    text = extract_html(page + _FOOT).text
    assert all(f"Update {n}:" in text for n in range(6))


def test_an_endless_page_keeps_its_first_story_only() -> None:
    stories = _story("Bridge", 12) + _story("Ferry", 14) + _story("Market", 13)
    article = extract_html(_HEAD + "<main>" + stories + "</main>" + _FOOT)
    assert "Bridge paragraph 11" in article.text
    assert "Ferry paragraph" not in article.text
    assert "Market paragraph" not in article.text
    assert any(r.rule == "other-article" for r in article.removed)


def test_a_short_card_above_the_story_is_not_taken_for_it() -> None:
    card = (
        "<article class='card'><p>Also today: the market square closes early for the harvest "
        "fair, the council said on Monday.</p></article>"
    )
    stories = _story("Bridge", 12) + _story("Ferry", 13)
    text = extract_html(_HEAD + "<main>" + card + stories + "</main>" + _FOOT).text
    assert "Bridge paragraph 11" in text
    assert "market square" not in text


def test_long_stories_side_by_side_are_no_entries() -> None:
    # Three long <article>s under one parent: whole stories, not a live blog's posts.
    prose = "The ferry ran again on Monday after a week of storms kept it in port. " * 25
    blocks = [
        Block(
            index=i,
            text=prose,
            tag="p",
            path="html/body/main/article/p",
            ancestors=(1, 2, 3, 10 + i, 20 + i),
        )
        for i in range(3)
    ]
    verdicts = other_articles(blocks, (0, 2), [True] * 3, {})
    assert sorted(verdicts) == [1, 2]
    assert {v.rule for v in verdicts.values()} == {"other-article"}


def test_short_posts_under_two_parents_are_no_entries() -> None:
    text = "The ferry left the quay again this morning, the harbour master said."
    blocks = [
        Block(
            index=i,
            text=text,
            tag="p",
            path="html/body/div/article/p",
            ancestors=(1, 2, 3 + i % 2, 10 + i, 20 + i),
        )
        for i in range(4)
    ]
    assert sorted(other_articles(blocks, (0, 3), [True] * 4, {})) == [1, 2, 3]
