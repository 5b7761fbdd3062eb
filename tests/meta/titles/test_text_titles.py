"""Headlines, bylines and signatures of plain-text pages, on synthetic pages of our own.

Each candidate kind (a headline above the body, a byline further up or in the body's first
lines, a signature after the body) and each rejection (interface words, picture credits, time
phrases, share rows, widget headings after the body) in several languages, and the bar that
leaves a weak title out with its reason in the provenance.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscorpus import MetaOptions, extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.errors import OptionsError
from newscorpus.meta import parse_byline
from newscorpus.meta.header import header_title_candidates
from newscorpus.meta.titles.menus import menu_lines
from newscorpus.meta.titles.overlap import content_words, shared_words, url_words
from newscorpus.meta.titles.scorer import FEATURES, TitleScorer, title_scorer
from newscorpus.meta.titles.text import (
    REACH,
    best_title,
    interface_share,
    may_be_title,
    score_titles,
)
from newscorpus.options import ExtractOptions

from .invented_story import BODY, HEADLINE

SLUG = {
    "en": "council-backs-river-plan",
    "de": "stadtrat-beschliesst-plan-fluss",
    "fr": "conseil-adopte-plan-riviere",
    "es": "consejo-aprueba-plan-rio",
}
# Lines that are never a headline, by language: share rows, credits, time phrases, buttons.
NOT_TITLES = {
    "en": ["Share on Facebook", "Photo: Getty Images", "Updated 2 hours ago", "Read more"],
    "de": ["Teilen Twittern Senden", "Foto: Getty Images", "Vor 2 Stunden aktualisiert"],
    "fr": ["Partager sur Facebook", "Photo : AFP", "Mis à jour il y a 2 heures"],
    "es": ["Compartir en Facebook", "Foto: EFE", "Actualizado hace 2 horas"],
}


def page(lang: str, *above: str) -> str:
    return "\n\n".join([*above, HEADLINE[lang], BODY[lang] * 3, BODY[lang] * 2])


def url(lang: str) -> str:
    return f"https://news.example.org/{lang}/2024/{SLUG[lang]}"


@pytest.mark.parametrize("lang", sorted(HEADLINE))
def test_headline_above_the_body_is_the_title(lang: str) -> None:
    art = extract_text(page(lang, "Home", *NOT_TITLES[lang]), url=url(lang))
    assert art.title == HEADLINE[lang]
    assert art.provenance["title"].rule.startswith("scored:")
    assert art.provenance["title"].raw == HEADLINE[lang]


@pytest.mark.parametrize("lang", sorted(HEADLINE))
def test_interface_credit_and_time_lines_are_never_titles(lang: str) -> None:
    text = "\n\n".join([*NOT_TITLES[lang], BODY[lang] * 3, BODY[lang] * 2])
    for address in (url(lang), None):
        art = extract_text(text, url=address)
        assert art.title not in NOT_TITLES[lang]


@pytest.mark.parametrize("lang", sorted(NOT_TITLES))
def test_interface_share_of_rejected_lines(lang: str) -> None:
    assert interface_share(HEADLINE[lang]) < 0.5
    assert max(interface_share(line) for line in NOT_TITLES[lang]) >= 0.5


def test_weak_title_is_left_out_with_its_reason() -> None:
    art = extract_text(
        page("en"), url=url("en"), options=ExtractOptions(meta=MetaOptions(title_bar=1.0))
    )
    assert art.title is None
    evidence = art.provenance["title"]
    assert evidence.rule.startswith("below-bar:") and evidence.raw == HEADLINE["en"]
    assert art.to_dict()["provenance"]["title"]["raw"] == HEADLINE["en"]


def test_lower_bar_gives_the_title() -> None:
    options = ExtractOptions(meta=MetaOptions(title_bar=0.0))
    assert extract_text(page("en"), url=url("en"), options=options).title == HEADLINE["en"]


@pytest.mark.parametrize("bad", [-0.1, 1.5])
def test_title_bar_out_of_range_is_refused(bad: float) -> None:
    with pytest.raises(OptionsError, match="title_bar"):
        MetaOptions(title_bar=bad)


def test_url_words_lift_the_headline_over_a_teaser_heading() -> None:
    text = page("en", "Council backs the river plan", "Most read: Ferries return to the bay")
    classified = classify(text_to_blocks(text))
    best = best_title(header_title_candidates(classified, url=url("en")))
    assert best is not None and best.block.text == HEADLINE["en"]


def test_scorer_and_features_agree() -> None:
    scorer = title_scorer()
    assert set(scorer.weights) <= set(FEATURES)
    none = TitleScorer(weights={}, bias=0.0, bar=0.5)
    assert none.probabilities([(0.0,) * len(FEATURES)]) == [pytest.approx(0.5)]
    assert none.probabilities([]) == []
    assert score_titles(classify(text_to_blocks(BODY["en"] * 4))) == []


def test_candidates_compete_for_the_page() -> None:
    scorer = TitleScorer(weights={"short": 2.0}, bias=0.0, bar=0.5)
    one = [tuple(1.0 if f == "short" else 0.0 for f in FEATURES)]
    alone, pair = scorer.probabilities(one), scorer.probabilities(one * 2)
    assert alone[0] > 0.5 > pair[0]  # two equal lines: neither stands out
    assert sum(pair) < 1  # the rest is "none of them"


# New candidate kinds: far above the body, one-word lines and sentences the slug spells, and a
# heading cleaning took for the body's first block.
FILLER = ["Sport", "Weather", "Culture", "Travel", "Opinion", "Podcasts", "Video", "Games"]


@pytest.mark.parametrize("lang", sorted(HEADLINE))
def test_headline_far_above_the_body_is_found_by_the_slug(lang: str) -> None:
    lines = [HEADLINE[lang], *(f"{w} {i}" for i in range(4) for w in FILLER)]
    text = "\n\n".join([*lines, BODY[lang] * 3, BODY[lang] * 2])
    classified = classify(text_to_blocks(text))
    assert classified.start is not None and 15 < classified.start <= REACH
    best = best_title(header_title_candidates(classified, url=url(lang)))
    assert best is not None and best.block.text == HEADLINE[lang]


def test_one_word_headline_needs_the_slug() -> None:
    text = "\n\n".join(["Home", "Contact", "Lighthouses", BODY["en"] * 3, BODY["en"] * 2])
    classified = classify(text_to_blocks(text))
    spelled = [c.block.text for c in score_titles(classified, url="https://x.org/lighthouses")]
    unspelled = [c.block.text for c in score_titles(classified, url="https://x.org/harbour")]
    assert "Lighthouses" in spelled
    assert unspelled == [] and score_titles(classified) == []


def test_sentence_headline_needs_the_slug() -> None:
    line = "Wild goats ruled the island for a century. Now it blooms again."
    text = "\n\n".join(["Home", line, BODY["en"] * 3, BODY["en"] * 2])
    classified = classify(text_to_blocks(text))
    address = "https://x.org/2020/wild-goats-ruled-island-century-blooms"
    assert line in [c.block.text for c in score_titles(classified, url=address)]
    assert line not in [c.block.text for c in score_titles(classified, url="https://x.org/a-b")]


def test_heading_taken_for_body_is_a_candidate() -> None:
    text = "\n\n".join([BODY["en"] * 3, BODY["en"] * 2])
    heading = "Council backs the river plan"
    classified = classify(text_to_blocks(heading + "\n\n" + text))
    found = [c.block.text for c in score_titles(classified, url=url("en"))]
    assert found == [heading]


def test_section_words_of_the_url_are_not_the_slug() -> None:
    slug, directories = url_words("https://x.org/politik/wirtschaft/stadtrat-beschliesst-plan.html")
    assert slug == {"stadtrat", "beschliesst", "plan"}
    assert directories == {"politik", "wirtschaft"}
    assert url_words("https://x.org/") == (frozenset(), frozenset())
    assert url_words("not a url") == (frozenset(), frozenset())


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("Brüssel prüft Tiktok", "https://x.ch/story/bruessel-prueft-tiktok-1032"),
        ("Berne interdit désormais le fongicide", "https://x.ch/suisse/berne-interdit-fongicide"),
        ("Ruszyła budowa mostu", "https://x.pl/kraj/ruszyla-budowa-mostu"),
        (
            "Нова лінія метро",
            "https://x.ua/news/%D0%BD%D0%BE%D0%B2%D0%B0-%D0%BB%D1%96%D0%BD%D1%96%D1%8F",
        ),
        ("新しい橋が開通", "https://x.jp/news/%E6%96%B0%E3%81%97%E3%81%84%E6%A9%8B"),
    ],
)
def test_slug_words_match_across_spellings_and_scripts(line: str, address: str) -> None:
    slug, _ = url_words(address)
    found, hit = shared_words(content_words(line), slug)
    assert found >= 2 and hit >= 2


def test_url_words_resist_adversarial_addresses() -> None:
    long_path = "https://x.org/" + "-" * 50_000 + "a" * 50_000 + "/" * 10_000
    slug, _ = url_words(long_path)
    assert slug == {"a" * 50_000}
    assert content_words("ab" * 50_000 + " " + "-" * 50_000) == {"ab" * 50_000}


# Bylines: looked for above the header cluster and in the body's first lines.
BYLINES = {
    "en": ("By J.R. Stone", ("J.R. Stone",)),
    "de": ("Von Anna Berger // 1. November 2023", ("Anna Berger",)),
    "fr": ("Par Marie Dupont", ("Marie Dupont",)),
    "es": ("Por Luis García · 4 de mayo de 2022", ("Luis García",)),
}


@pytest.mark.parametrize("lang", sorted(BYLINES))
def test_byline_prefixes_and_date_tails(lang: str) -> None:
    line, authors = BYLINES[lang]
    found = parse_byline(line)
    assert found is not None and found.authors == authors


def test_byline_with_a_colon_after_by() -> None:
    found = parse_byline("by: Cora Neas")
    assert found is not None and found.authors == ("Cora Neas",)


@pytest.mark.parametrize("lang", sorted(BYLINES))
def test_byline_far_above_the_body_is_read(lang: str) -> None:
    line, authors = BYLINES[lang]
    filler = ["Share on Facebook", "Listen to this article", "Kicker line here"]
    text = "\n\n".join([line, *filler, HEADLINE[lang], BODY[lang] * 3, BODY[lang] * 2])
    assert extract_text(text).authors == authors


@pytest.mark.parametrize("lang", sorted(BYLINES))
def test_byline_in_the_body_opening_is_read_and_left_out_of_the_body(lang: str) -> None:
    line, authors = BYLINES[lang]
    text = "\n\n".join([HEADLINE[lang], BODY[lang] * 3, line, BODY[lang] * 2, BODY[lang] * 3])
    art = extract_text(text)
    assert art.authors == authors
    assert line not in art.text


# After the body: widget headings look like names; a signature needs a given name or a dash.
WIDGETS = ["Latest Posts", "Vorheriger Beitrag", "Articles Récents", "Entradas Recientes"]


@pytest.mark.parametrize("widget", WIDGETS)
def test_widget_heading_after_the_body_is_no_signature(widget: str) -> None:
    text = "\n\n".join([HEADLINE["en"], BODY["en"] * 3, BODY["en"] * 2, widget])
    assert extract_text(text).authors == ()


@pytest.mark.parametrize("signature", ["Anna Berger", "— Tobiah Quill", "Marie Dupont"])
def test_signature_with_a_given_name_or_a_dash(signature: str) -> None:
    text = "\n\n".join([HEADLINE["en"], BODY["en"] * 3, BODY["en"] * 2, signature])
    assert extract_text(text).authors == (signature.lstrip("— "),)


MENU = st.lists(
    st.sampled_from(["Home", "World News", "Sport", "Share on Facebook", "Latest Posts", "Menu"]),
    min_size=3,
    max_size=8,
)
WORDS = st.lists(
    st.sampled_from(["Council", "river", "plan", "backs", "Ann", "Lee", "By", "new", "ferry"]),
    min_size=1,
    max_size=9,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(
    menu=MENU,
    heads=st.lists(WORDS, min_size=1, max_size=4),
    address=st.sampled_from([None, url("en")]),
)
# Found by a run of 3000 random examples: a menu of one section name printed three times over
# a byline. No line of the block is a named menu item; the repeated line makes it a menu.
@example(menu=["World News"] * 3, heads=["By Ann Lee"], address=None)
def test_title_and_authors_stay_within_one_line_and_out_of_menus(
    menu: list[str], heads: list[str], address: str | None
) -> None:
    lines = ["\n".join(menu), *heads, BODY["en"] * 3, BODY["en"] * 2]
    art = extract_text("\n\n".join(lines), url=address)
    page_lines = [line.strip() for chunk in lines for line in chunk.split("\n")]
    if art.title is not None:
        assert any(art.title in line and len(art.title) <= len(line) for line in page_lines)
        assert art.title not in menu
    for name in art.authors:
        assert any(name in line for line in page_lines)
        assert name not in menu


# Issue 14: cleaning names "Home" a menu item but no word list holds "World News"; printed in
# one block of short lines with it, it is the menu's item too, in whatever order.
@pytest.mark.parametrize(
    "menu",
    [
        ["Home", "Home", "World News"],
        ["World News", "Home", "Home"],
        ["Home", "World News", "Home"],
        ["World News", "Home"],
    ],
)
def test_menu_item_above_a_refused_line_is_no_title(menu: list[str]) -> None:
    lines = ["\n".join(menu), "river Council Council Council Council", BODY["en"] * 3, BODY["en"]]
    art = extract_text("\n\n".join(lines))
    assert art.title not in menu


# A section name no word list holds, printed in one menu block with a known menu word.
MENU_BLOCKS = {
    "en": ["Home", "Harbour Towns"],
    "de": ["Startseite", "Hafenstädte im Norden"],
    "fr": ["Accueil", "Villes portuaires"],
    "es": ["Inicio", "Ciudades del puerto"],
}


@pytest.mark.parametrize("lang", sorted(MENU_BLOCKS))
@pytest.mark.parametrize("address", [None, "url"])
def test_no_line_of_a_menu_block_is_the_title(lang: str, address: str | None) -> None:
    for menu in (MENU_BLOCKS[lang], MENU_BLOCKS[lang][::-1]):
        refused = NOT_TITLES[lang][0]
        text = "\n\n".join(["\n".join(menu), refused, BODY[lang] * 3, BODY[lang] * 2])
        art = extract_text(text, url=url(lang) if address else None)
        assert art.title not in menu, (lang, menu)
        # The headline under the menu still stands.
        art = extract_text(page(lang, "\n".join(menu)), url=url(lang) if address else None)
        assert art.title == HEADLINE[lang], (lang, menu)


@pytest.mark.parametrize("lang", sorted(MENU_BLOCKS))
def test_menu_lines_take_the_unnamed_items_of_a_named_menu(lang: str) -> None:
    menu = MENU_BLOCKS[lang]
    classified = classify(text_to_blocks(page(lang, "\n".join(menu))))
    assert menu_lines(classified) == frozenset({0, 1})
    assert all(not may_be_title(block, classified) for block in classified.blocks[:2])
    # Short lines printed together with no menu word among them are no menu.
    alone = classify(text_to_blocks(page(lang, "\n".join([menu[1], menu[1][::-1]]))))
    assert menu_lines(alone) == frozenset()


SHORT_HEADLINE = {
    "en": "River plan backed",
    "de": "Flussplan beschlossen",
    "fr": "Plan rivière adopté",
    "es": "Plan del río aprobado",
}


@pytest.mark.parametrize("lang", sorted(MENU_BLOCKS))
@pytest.mark.parametrize("address", [None, "url"])
def test_a_breadcrumb_ending_in_the_headline_leaves_it_the_title(
    lang: str, address: str | None
) -> None:
    # "Home" then the headline, one block, and the headline printed again under it: the
    # breadcrumb's line is a menu item, its copy outside the menu the title.
    crumb = "\n".join([MENU_BLOCKS[lang][0], SHORT_HEADLINE[lang]])
    text = "\n\n".join([crumb, SHORT_HEADLINE[lang], BODY[lang] * 3, BODY[lang] * 2])
    classified = classify(text_to_blocks(text))
    assert menu_lines(classified) == frozenset({0, 1})
    address = f"https://news.example.org/{lang}/2024/{SHORT_HEADLINE[lang]}" if address else None
    candidates = score_titles(classified, url=address)
    assert [c.block.index for c in candidates] == [2]
    assert extract_text(text, url=address).title == SHORT_HEADLINE[lang]


def test_a_sheet_of_labelled_fields_is_no_menu() -> None:
    # A product's fields with a dialog's "Close" button among them.
    sheet = "\n".join(["Origin:", "Rioja, Spain", "Maker:", "Close"])
    assert menu_lines(classify(text_to_blocks(page("en", sheet)))) == frozenset({3})


def test_menu_lines_need_every_line_of_the_block_short() -> None:
    # A headline printed under a menu word with no blank line between is no menu item.
    text = "\n".join(["Home", "Council backs the river plan after a long fight"])
    classified = classify(text_to_blocks(page("en", text)))
    assert 1 not in menu_lines(classified)
    assert menu_lines(classify(text_to_blocks(""))) == frozenset()


# Dates: a site's header prints today's date far above the story; the URL spells the story's own.
@pytest.mark.parametrize(
    ("dateline", "lang"),
    [("Thursday, November 02, 2023", "en"), ("Donnerstag, 2. November 2023", "de")],
)
def test_url_date_wins_over_a_far_header_date(dateline: str, lang: str) -> None:
    address = f"https://news.example.org/{lang}/2023/10/29/{SLUG[lang]}"
    far = page(lang, dateline, "Home", "World", "Sport", "Share on Facebook")
    art = extract_text(far, url=address)
    assert art.published is not None and art.published.date().isoformat() == "2023-10-29"
    assert art.provenance["published"].source == "url"
    # A date printed right above the headline is the story's own and stands.
    near = extract_text(page(lang, dateline), url=address)
    assert near.published is not None and near.published.date().isoformat() == "2023-11-02"


# A block of short lines printing one of them again is a menu, named item or not: a site prints
# its sections' names over and over, a headline once in a block of its own.
REPEATING_MENUS = {
    "en": ["World News", "World News", "World News"],
    "de": ["Weltnachrichten", "Lokales", "Weltnachrichten"],
    "fr": ["Monde", "Économie", "Monde", "Culture"],
    "es": ["Internacional", "Internacional", "Deportes"],
}


@pytest.mark.parametrize("lang", sorted(REPEATING_MENUS))
@pytest.mark.parametrize("address", [None, "url"])
def test_a_block_printing_a_line_again_is_a_menu(lang: str, address: str | None) -> None:
    menu = REPEATING_MENUS[lang]
    classified = classify(text_to_blocks(page(lang, "\n".join(menu))))
    assert menu_lines(classified) == frozenset(range(len(menu)))
    refused = "\n\n".join(["\n".join(menu), "By Ann Lee", BODY[lang] * 3, BODY[lang] * 2])
    art = extract_text(refused, url=url(lang) if address else None)
    assert art.title not in menu


def test_a_repeated_line_makes_no_menu_of_two_lines_or_of_a_long_line() -> None:
    # A headline printed twice with no blank line between: two lines are no menu.
    twice = "\n".join([HEADLINE["en"], HEADLINE["en"]])
    assert menu_lines(classify(text_to_blocks(page("en", twice)))) == frozenset()
    # A long line in the block: a kicker, the headline and its copy are no menu.
    long_line = "\n".join(
        ["Harbour Desk", HEADLINE["en"] + " after a long and bitter fight", "Harbour Desk"]
    )
    assert menu_lines(classify(text_to_blocks(page("en", long_line)))) == frozenset()
