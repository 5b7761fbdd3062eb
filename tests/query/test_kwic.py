"""Keyword in context: matching rules, positions, context widths and the printed line."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.article import Article
from newscorpus.errors import OptionsError, QuerySyntaxError
from newscorpus.query import KwicHit, kwic

RIVER = Article(
    id="r1",
    title="River plan",
    text="The river rose fast.\n\nRiverside homes and the RIVER plan were discussed; river-plan.",
)
TURKIYE = Article(
    id="t1", title="Vote", text="Polls in Türkiye opened. Turkiye votes; Tu\u0308rkiye."
)


def test_matches_whole_words_only_case_insensitively() -> None:
    hits = kwic([RIVER], "river")
    assert [h.match for h in hits] == ["river", "RIVER", "river"]  # not "Riverside"
    for hit in hits:
        assert RIVER.text[hit.position : hit.position + len(hit.match)] == hit.match
        assert hit.article_id == "r1" and hit.title == "River plan"


def test_case_sensitive() -> None:
    assert [h.match for h in kwic([RIVER], "RIVER", case_sensitive=True)] == ["RIVER"]
    assert kwic([RIVER], "River", case_sensitive=True) == []


def test_phrases_quoted_or_joined_by_punctuation() -> None:
    quoted = kwic([RIVER], '"river plan"')
    assert [h.match for h in quoted] == ["RIVER plan", "river-plan"]
    assert [h.position for h in kwic([RIVER], "river-plan")] == [h.position for h in quoted]
    assert kwic([RIVER], '"plan river"') == []


def test_unquoted_words_are_anded_as_in_search() -> None:
    hits = kwic([RIVER], "river plan")
    assert [h.match for h in hits] == ["river", "RIVER", "plan", "river", "plan"]


def test_prefix() -> None:
    assert [h.match for h in kwic([RIVER], "river*")] == [
        "river",
        "Riverside",
        "RIVER",
        "river",
    ]
    # inside quotes '*' is punctuation, as in search: "the riv" is not in the text
    assert kwic([RIVER], '"the riv*"') == []


def test_accents_are_ignored_and_positions_point_into_the_original_text() -> None:
    hits = kwic([TURKIYE], "turkiye")
    assert [h.match for h in hits] == ["Türkiye", "Turkiye", "Tu\u0308rkiye"]
    for hit in hits:
        assert TURKIYE.text[hit.position : hit.position + len(hit.match)] == hit.match
    assert [h.match for h in kwic([TURKIYE], "TÜRKİYE")] == [h.match for h in hits]


def test_contexts_are_cut_to_width_with_newlines_folded() -> None:
    hits = kwic([RIVER], "riverside", width=12)
    assert len(hits) == 1
    hit = hits[0]
    assert hit.position == RIVER.text.index("Riverside")
    assert hit.left == " rose fast. "  # "\n\n" folded into one space, then cut to 12
    assert hit.right == " homes and t"
    assert "\n" not in hit.left + hit.match + hit.right


@pytest.mark.parametrize("width", [0, 1, 5, 40, 500])
def test_every_context_fits_the_width(width: int) -> None:
    for hit in kwic([RIVER, TURKIYE], "river*", width=width):
        assert len(hit.left) <= width and len(hit.right) <= width
        assert hit.width == width
    first = kwic([RIVER], "the", width=width)[0]
    assert first.left == ""  # at the very start
    folded = " river rose fast. Riverside homes and the RIVER plan were discussed; river-plan."
    assert first.right == folded[:width]


def test_match_spanning_a_newline_is_folded() -> None:
    article = Article(id="n", text="the river\nplan")
    hit = kwic([article], '"river plan"')[0]
    assert hit.match == "river plan" and hit.position == 4


def test_hits_follow_article_then_text_order() -> None:
    hits = kwic([TURKIYE, RIVER], "turkiye")
    assert [h.article_id for h in hits] == ["t1", "t1", "t1"]
    both = kwic([RIVER, TURKIYE, RIVER], "river")
    assert [h.article_id for h in both] == ["r1"] * 3 + ["r1"] * 3
    positions = [h.position for h in both[:3]]
    assert positions == sorted(positions)


def test_overlapping_phrase_matches_are_not_counted_twice() -> None:
    hits = kwic([Article(text="ha ha ha ha")], '"ha ha"')
    assert [h.position for h in hits] == [0, 6]


def test_str_aligns_the_match_column() -> None:
    lines = [str(h) for h in kwic([RIVER], "river", width=20)]
    starts = {
        line.index(match) for line, match in zip(lines, ["river", "RIVER", "river"], strict=True)
    }
    assert starts == {20}
    assert lines[0] == " " * 16 + "The river rose fast. Riversid"  # left is "The ", right 20


def test_hit_is_frozen() -> None:
    hit = KwicHit(article_id="a", title=None, position=0, left="", match="x", right="")
    with pytest.raises(AttributeError):
        hit.position = 3  # type: ignore[misc]
    assert str(hit) == " " * 40 + "x"


@pytest.mark.parametrize(
    ("term", "message"),
    [
        ("", "empty query"),
        ('""', "empty phrase"),
        ("*", "needs the start of a word"),
        ("!!", "no letters or digits"),
        ("ri*ver", "goes at the end of a word"),
        ("river *", "needs the start of a word"),
        ('"unclosed', "unclosed quote"),
        ("author:lee", "nothing to show in context"),
        ("NOT river", "nothing to show in context"),
    ],
)
def test_bad_queries_raise_query_syntax_error(term: str, message: str) -> None:
    with pytest.raises(QuerySyntaxError, match=message):
        kwic([RIVER], term)


def test_a_negative_width_is_an_options_error() -> None:
    with pytest.raises(OptionsError, match="0 or more"):
        kwic([RIVER], "river", width=-1)


@given(
    st.text(alphabet="aeiouÄéİß \n\u0301.-", max_size=60),
    st.sampled_from(["a", "e", "é", "ae*", '"a e"', "ss"]),
    st.integers(0, 12),
)
def test_positions_and_widths_hold_on_any_text(text: str, term: str, width: int) -> None:
    for hit in kwic([Article(text=text)], term, width=width):
        assert 0 <= hit.position < len(text)
        assert text[hit.position :].startswith(hit.match.split(" ")[0])
        assert len(hit.left) <= width and len(hit.right) <= width
        assert hit.match.strip() == hit.match


def test_a_kwic_line_shows_the_text_as_it_is() -> None:
    art = Article(id="p", text="Azerbaijan’s sanctions. Then (sanctions) and “sanctions”, end.")
    lines = [str(h) for h in kwic([art], "sanctions", width=15)]
    assert lines[0] == "  Azerbaijan’s sanctions. Then (sanctio"
    assert "(sanctions)" in lines[1] and "“sanctions”," in lines[2]
    assert str(kwic([art], "azerbaijan", width=5)[0]) == "     Azerbaijan’s sa"
    # the match starts in the same column on every line
    assert {line.index("sanctions", 15) for line in lines} == {15}
