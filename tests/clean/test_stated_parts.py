"""The parts of an article a page states line by line (a recipe's ingredients and steps) carry
the body run over its short lines.

Synthetic pages: a recipe stated in JSON-LD, one marked with microdata, a long box between the
ingredients and the steps, and a story whose ``articleBody`` must not widen the run.
"""

from __future__ import annotations

import json

from newscorpus import extract_html, rule_names
from newscorpus.blocks import Block
from newscorpus.clean.page import Verdict
from newscorpus.clean.passes.stated import stated_reach
from newscorpus.clean.statement import ArticleStatement
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.jsonld import jsonld_blobs, recipe_text

INGREDIENTS = ["250 g plain flour", "2 large eggs", "300 ml whole milk", "1 pinch of salt"]
STEPS = [
    "Sift the flour into a large bowl and make a well in the middle of it for the eggs.",
    "Whisk the eggs and the milk together, then pour them slowly into the flour while stirring.",
    "Leave the batter to rest for half an hour before you fry the pancakes in a hot pan.",
    "Serve the pancakes warm with lemon and sugar, or with any fruit that is in season now.",
]
MENU = ["Home", "Recipes", "Baking", "Contact", "About us"]


def _menu() -> str:
    return "<nav><ul>" + "".join(f"<li><a href='/{m}'>{m}</a></li>" for m in MENU) + "</ul></nav>"


def _steps() -> str:
    return "<div class='method'>" + "".join(f"<p>{s}</p>" for s in STEPS) + "</div>"


def _recipe_jsonld(**extra: object) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Recipe",
        "name": "Plain pancakes",
        "description": "Thin pancakes for a quiet Sunday morning, made with what the cupboard holds.",
        "recipeIngredient": INGREDIENTS,
        "recipeInstructions": [{"@type": "HowToStep", "text": s} for s in STEPS],
        **extra,
    }
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _ingredient_list(marked: bool = False) -> str:
    prop = " itemprop='recipeIngredient'" if marked else ""
    first, second = (
        "".join(f"<li{prop}><span>{i}</span></li>" for i in part)
        for part in (INGREDIENTS[:2], INGREDIENTS[2:])
    )
    return (
        f"<h2>Ingredients</h2><ul class='ingredients'>{first}</ul>"
        f"<h3>For the batter:</h3><ul class='ingredients'>{second}</ul>"
    )


def _page(head: str, body: str) -> str:
    return (
        f"<html lang='en'><head><title>Plain pancakes</title>{head}</head><body>{_menu()}"
        f"<h1>Plain pancakes</h1>{body}<footer><p>© 2024 Example Kitchen</p></footer>"
        "</body></html>"
    )


def test_a_recipe_stated_in_jsonld_keeps_its_ingredient_lines() -> None:
    html = _page(_recipe_jsonld(), _ingredient_list() + _steps())
    text = extract_html(html).text
    for line in INGREDIENTS + STEPS:
        assert line in text
    assert "For the batter:" in text  # the sub-heading between the stated lines
    for item in MENU:
        assert item not in text.split("\n\n")
    assert "© 2024" not in text


def test_without_the_statement_the_ingredient_lines_are_left_out() -> None:
    # The same page without its JSON-LD: short lines are no prose, the run starts at the steps.
    text = extract_html(_page("", _ingredient_list() + _steps())).text
    assert STEPS[0] in text
    assert INGREDIENTS[0] not in text


def test_ingredients_marked_with_microdata_are_kept() -> None:
    text = extract_html(_page("", _ingredient_list(marked=True) + _steps())).text
    for line in INGREDIENTS:
        assert line in text


def test_a_long_box_between_the_stated_parts_stays_out() -> None:
    facts = "".join(f"<div class='facts'>{f}</div>" for f in ["Energy", "390 kcal", "Fat", "13 g"])
    html = _page(_recipe_jsonld(), _ingredient_list() + facts + _steps())
    text = extract_html(html).text
    assert INGREDIENTS[0] in text and STEPS[0] in text
    assert "390 kcal" not in text


def test_a_story_articlebody_does_not_widen_the_run() -> None:
    story = [s.replace("pancakes", "ferries") for s in STEPS]
    data = {"@type": "NewsArticle", "articleBody": " ".join(["Tags", "Harbour", *story])}
    html = (
        f"<html lang='en'><head><script type='application/ld+json'>{json.dumps(data)}</script>"
        f"</head><body>{_menu()}<h1>Ferries return</h1>"
        "<div class='story'>" + "".join(f"<p>{s}</p>" for s in story) + "</div>"
        "<ul class='tags'><li>Tags</li><li>Harbour</li></ul></body></html>"
    )
    text = extract_html(html).text
    assert text.split("\n\n") == story


def test_told_vouches_line_by_line_and_marks_more() -> None:
    said = ArticleStatement.of(part_text="\n".join(INGREDIENTS + STEPS), parts=frozenset({9}))
    blocks = [
        Block(index=0, text="2 large eggs", ancestors=(1, 2)),
        Block(index=1, text="Subscribe", ancestors=(1, 2)),
        Block(index=2, text="A line inside a marked part", ancestors=(1, 9)),
    ]
    assert said.told(blocks) == (True, False, True)
    assert said.marks(blocks) == (True, False, True)
    assert said.tells_parts and not said.empty
    assert ArticleStatement.of(text="\n".join(STEPS)).told(blocks) == (False, False, False)


def test_stated_reach_stops_at_a_firmly_named_block() -> None:
    blocks = [
        Block(index=i, text=t, tag="li") for i, t in enumerate(["2 large eggs", "x", STEPS[0]])
    ]
    named = {1: Verdict(block=1, rule=rule_names.COMMENT_SECTION)}
    span, verdicts, _ = stated_reach(blocks, (2, 2), [True, False, True], named, [])
    assert span == (2, 2) and verdicts == named
    soft = {1: Verdict(block=1, rule=rule_names.NAV_RUN)}
    span, verdicts, _ = stated_reach(blocks, (2, 2), [True, False, True], soft, [])
    assert span == (0, 2) and not verdicts


def test_stated_reach_without_a_statement_changes_nothing() -> None:
    blocks = [Block(index=0, text=STEPS[0]), Block(index=1, text="Share")]
    assert stated_reach(blocks, (0, 0), [], {}, [None, None]) == ((0, 0), {}, [None, None])
    # A statement of the wrong length (not this page's) is no statement.
    assert stated_reach(blocks, (0, 0), [True], {}, [])[0] == (0, 0)


def test_stated_reach_takes_outside_container_blocks_in() -> None:
    blocks = [Block(index=i, text=t, tag="li") for i, t in enumerate(["2 large eggs", STEPS[0]])]
    span, _, places = stated_reach(blocks, (1, 1), [True, True], {}, [False, True])
    assert span == (0, 1) and places == [True, True]


def test_recipe_text_reads_sections_and_skips_bad_values() -> None:
    data = {
        "@graph": [
            {"@type": ["Recipe"], "recipeIngredient": ["1 egg", 3, None, " "]},
            {
                "@type": "Recipe",
                "recipeInstructions": [
                    {"@type": "HowToSection", "itemListElement": [{"text": "Beat the egg."}]},
                    {"@type": "HowToStep", "text": ["Fry it."]},
                    "Eat it.",
                ],
            },
            {"@type": "NewsArticle", "recipeIngredient": ["not a recipe"]},
        ]
    }
    assert recipe_text([data]) == "1 egg\nBeat the egg.\nFry it.\nEat it."
    assert recipe_text([]) is None
    assert recipe_text(["text", 4, None, {"@type": "Recipe"}]) is None


def test_recipe_text_is_bounded_on_deep_nesting() -> None:
    deep: object = "too deep"
    for _ in range(10_000):
        deep = [deep]
    assert recipe_text([{"@type": "Recipe", "recipeIngredient": deep}]) is None


def test_jsonld_blobs_skips_broken_scripts() -> None:
    page = parse_html(
        '<html><head><script type=\'application/ld+json\'>{"@type": "Recipe"}</script>'
        "<script type='application/ld+json'>{broken</script>"
        '<script type=\'text/javascript\'>{"@type": "Recipe"}</script>'
        f"<script type='application/ld+json'>{'[' * 100_000}</script></head></html>"
    )
    assert page.root is not None
    assert jsonld_blobs(page.root) == [{"@type": "Recipe"}]


def test_microdata_parts_are_collected_by_serial_number() -> None:
    page = parse_html(
        "<body><ul><li itemprop='recipeIngredient'>1 egg</li><li>Share</li></ul>"
        "<div itemprop='articleBody'><p>Story.</p></div>"
        "<div itemprop='description recipeInstructions'><p>Beat it.</p></div></body>"
    )
    marked = [b.text for b in page.blocks if not page.part_elements.isdisjoint(b.ancestors)]
    assert marked == ["1 egg", "Beat it."]
    assert page.article_elements and page.article_elements.isdisjoint(page.part_elements)
