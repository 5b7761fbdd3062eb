"""Byline candidates of plain-text pages and their scorer, on synthetic pages of our own.

Each candidate kind (a prefix on the line above, a prefix inside a meta line, names beside a
date, names alone above the body) in several languages, each rejection (a name alone inside the
body, interface words, a phrase after "von"/"by" that is no name, junk glued to a name), the
bar and its provenance, and regexes that stay linear on long adversarial lines.
"""

from __future__ import annotations

import re
import time

import pytest

from newscorpus import ExtractOptions, MetaOptions, extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.errors import OptionsError
from newscorpus.meta.authors.text import lines, wording
from newscorpus.meta.authors.text.lines import (
    BYLINE_FEATURES,
    KINDS,
    BylineScorer,
    best_byline,
    byline_candidates,
    byline_scorer,
)

BODY = {
    "en": "The council voted on Monday to back the new river plan after a long debate. ",
    "de": "Der Stadtrat hat am Montag nach langer Debatte den neuen Plan für den Fluss beschlossen. ",
    "fr": "Le conseil a voté lundi le nouveau plan pour la rivière après un long débat. ",
    "es": "El consejo votó el lunes el nuevo plan para el río tras un largo debate. ",
    "nl": "De gemeenteraad heeft maandag na een lang debat het nieuwe plan voor de rivier aangenomen. ",
}
HEADLINE = {
    "en": "Council backs the river plan",
    "de": "Stadtrat beschließt den Plan für den Fluss",
    "fr": "Le conseil adopte le plan pour la rivière",
    "es": "El consejo aprueba el plan del río",
    "nl": "Gemeenteraad steunt het rivierplan",
}
PREFIX = {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "nl": "Door"}


def page(lang: str, *header: str) -> str:
    return "\n\n".join(["Home", HEADLINE[lang], *header, BODY[lang] * 3, BODY[lang] * 2])


def candidates(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.kind, c.names) for c in byline_candidates(classify(text_to_blocks(text)))]


@pytest.mark.parametrize("lang", sorted(PREFIX))
def test_a_prefix_on_the_line_above_gives_the_names(lang: str) -> None:
    text = page(lang, PREFIX[lang], "Anna Berger")
    assert ("split-prefix", ("Anna Berger",)) in candidates(text)
    assert extract_text(text).authors == ("Anna Berger",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Posted on 4 March 2024 by annlee | Leave a comment", ("annlee",)),
        ("Veröffentlicht am 4. März 2024 von Anna Berger", ("Anna Berger",)),
        ("4 mars 2024 par Claire Martin", ("Claire Martin",)),
        ("Gepubliceerd 4 maart 2024 door Jan Vos", ("Jan Vos",)),
        ("4. März 2024AutorAnna Berger", ("Anna Berger",)),
    ],
)
def test_a_prefix_inside_a_meta_line(line: str, names: tuple[str, ...]) -> None:
    assert ("inline-prefix", names) in candidates(page("en", line))


@pytest.mark.parametrize(
    "line",
    [
        "Anna Berger | 4 March 2024",
        "Anna Berger 04.03.2024, 10:15 Uhr",
        "Anna Berger / THE COURIER / Mar 4, 2024, 10:15",
        "Anna Berger4. März 2024",
    ],
)
def test_names_beside_a_date(line: str) -> None:
    found = candidates(page("de", line))
    assert ("dated-names", ("Anna Berger",)) in found
    assert extract_text(page("de", line)).authors == ("Anna Berger",)


@pytest.mark.parametrize("lang", ["en", "es", "nl"])
def test_names_alone_above_the_body_are_candidates(lang: str) -> None:
    assert ("bare-names", ("Maria Lopez",)) in candidates(page(lang, "Maria Lopez"))


def test_a_name_alone_in_the_body_is_no_candidate() -> None:
    text = "\n\n".join(["Home", HEADLINE["en"], BODY["en"] * 3, "Maria Lopez", BODY["en"] * 2])
    assert all(kind != "bare-names" for kind, _ in candidates(text))


@pytest.mark.parametrize(
    "line",
    [
        "Palästinenser mutmaßlich von Siedlern erschossen",  # "von" + no name
        "Faire Mode von der kleinen Firma aus Berlin",
        "Updated Monday | 4 March 2024",  # interface words are no name
        "Actualizado Lunes, 2 diciembre 2024",
        "Mis à jour le 4 mars 2024",
    ],
)
def test_phrases_that_are_no_names_give_no_candidate(line: str) -> None:
    assert candidates(page("en", line)) == []


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By\n\nAnn LeeStaff Writer", ("Ann Lee",)),
        ("By\n\nAnn Lee Updated", ("Ann Lee",)),
        ("Von\n\nAnna BergerKorrespondentin", ("Anna Berger",)),
    ],
)
def test_junk_glued_to_a_name_is_cut(line: str, names: tuple[str, ...]) -> None:
    assert ("split-prefix", names) in candidates(page("en", line))


def test_a_weak_candidate_stays_out_with_its_score_in_the_provenance() -> None:
    text = page("en", "Maria Lopez")
    strict = ExtractOptions(meta=MetaOptions(byline_bar=1.0))
    article = extract_text(text, options=strict)
    assert article.authors == ()
    why = article.provenance["authors"]
    assert why.rule.startswith("below-bar:") and why.raw == "Maria Lopez"
    loose = ExtractOptions(meta=MetaOptions(byline_bar=0.0))
    taken = extract_text(text, options=loose)
    assert taken.authors == ("Maria Lopez",)
    assert taken.provenance["authors"].rule.startswith("scored:bare-names:")


def test_a_prefix_byline_is_read_before_any_scoring() -> None:
    article = extract_text(page("en", "By Ann Lee", "Maria Lopez"))
    assert article.authors == ("Ann Lee",)
    assert article.provenance["authors"].rule == "byline:prefix"


def test_the_bar_is_a_probability() -> None:
    with pytest.raises(OptionsError):
        MetaOptions(byline_bar=1.5)


def test_the_shipped_scorer_prefers_a_prefix_to_a_bare_name() -> None:
    scorer = byline_scorer()
    assert 0 < scorer.bar < 1 and set(scorer.weights) == set(BYLINE_FEATURES)
    found = byline_candidates(classify(text_to_blocks(page("en", "Maria Lopez", "By", "Ann Lee"))))
    best = best_byline(found)
    assert best is not None and best.names == ("Ann Lee",)


def test_a_scorer_of_our_own() -> None:
    only_bare = BylineScorer(weights={"kind_bare-names": 5.0}, bias=-2.0, bar=0.5)
    found = byline_candidates(classify(text_to_blocks(page("en", "Maria Lopez", "By", "Ann Lee"))))
    best = best_byline(found, only_bare)
    assert best is not None and best.kind == "bare-names"
    assert KINDS[0] == "prefix"


def test_html_pages_give_no_candidates() -> None:
    from newscorpus.blocks import Block
    from newscorpus.clean.classify import Classified

    blocks = (Block(index=0, text="Anna Berger | 4 March 2024", tag="p"),)
    assert (
        byline_candidates(
            Classified(blocks=blocks, verdicts={}, start=None, end=None, language=None)
        )
        == []
    )


_BUDGET_SECONDS = 5.0  # for 50,000 characters; a linear scan takes milliseconds (see test_vocab)
_NEAR_MATCHES = [
    "von " * 12_500,
    "by:" * 16_000 + "1",
    "Ab" * 25_000,
    "4. März 2024" + "Autor1" * 8_000,
    "Ann Lee " + "| " * 25_000,
    "a " * 25_000 + "on",
    "1." * 25_000,
]


@pytest.mark.parametrize(
    "pattern",
    [
        wording.inline_prefix(),
        lines._SEGMENTS,
        lines._DATE_WORDS,
        wording._GLUED,
        lines._DATE_SHAPE,
    ],
)
def test_the_regexes_stay_linear_on_long_near_matches(pattern: re.Pattern[str]) -> None:
    for text in _NEAR_MATCHES:
        start = time.process_time()
        pattern.search(text)
        pattern.split(text)
        assert time.process_time() - start < _BUDGET_SECONDS, (pattern.pattern[:40], text[:20])


def test_long_lines_are_no_candidates() -> None:
    line = "Anna Berger | " + "4 March 2024 " * 40
    assert candidates(page("en", line)) == []


STORY = {
    "en": "Minister Anna Berger said on Monday that the river plan would go ahead. "
    "Berger spoke after a long debate in the council. ",
    "de": "Ministerin Anna Berger sagte am Montag, der Plan für den Fluss werde umgesetzt. "
    "Berger sprach nach einer langen Debatte im Stadtrat. ",
    "fr": "La ministre Anna Berger a dit lundi que le plan pour la rivière serait lancé. "
    "Berger a parlé après un long débat au conseil. ",
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_name_after_the_body_that_the_story_is_about_is_no_signature(lang: str) -> None:
    text = "\n\n".join(
        ["Home", "River plan goes ahead", STORY[lang] * 2, STORY[lang], "Anna Berger"]
    )
    article = extract_text(text)
    assert article.authors == ()


@pytest.mark.parametrize("lang", sorted(STORY))
def test_a_signature_the_story_does_not_name_stays(lang: str) -> None:
    text = "\n\n".join(
        ["Home", "River plan goes ahead", STORY[lang] * 2, STORY[lang], "Marie Dupont"]
    )
    assert extract_text(text).authors == ("Marie Dupont",)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_name_above_the_body_that_the_story_is_about_scores_lower(lang: str) -> None:
    about = "\n\n".join(["Home", "River plan goes ahead", "Anna Berger", STORY[lang] * 3])
    other = "\n\n".join(["Home", "River plan goes ahead", "Marie Dupont", STORY[lang] * 3])
    first = best_byline(byline_candidates(classify(text_to_blocks(about))))
    second = best_byline(byline_candidates(classify(text_to_blocks(other))))
    assert first is not None and second is not None and first.score < second.score


def features_of(text: str, names: tuple[str, ...]) -> dict[str, float]:
    for candidate in byline_candidates(classify(text_to_blocks(text))):
        if candidate.names == names:
            return dict(zip(BYLINE_FEATURES, candidate.features, strict=True))
    raise AssertionError(f"{names} is no candidate of the page")


NAV = [f"Section {n}" for n in range(1, 21)]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_prefix_byline_far_above_the_body_is_a_candidate(lang: str) -> None:
    text = "\n\n".join(
        [f"{PREFIX[lang]} Anna Berger", *NAV, HEADLINE[lang], BODY[lang] * 3, BODY[lang] * 2]
    )
    assert features_of(text, ("Anna Berger",))["far"] == 1.0


def test_a_bare_name_far_above_the_body_is_no_candidate() -> None:
    text = "\n\n".join(["Anna Berger", *NAV, HEADLINE["en"], BODY["en"] * 3, BODY["en"] * 2])
    assert candidates(text) == []


@pytest.mark.parametrize(
    ("lang", "line", "names"),
    [
        ("en", "Posted by annlee at 10:52", ("annlee",)),
        ("de", "Eingestellt von Anna Berger um 10:52", ("Anna Berger",)),
        ("fr", "Publié par Claire Martin le 4 mars", ("Claire Martin",)),
        ("es", "Publicado por Lucía Gómez", ("Lucía Gómez",)),
    ],
)
def test_a_byline_signed_after_the_body_is_a_candidate(
    lang: str, line: str, names: tuple[str, ...]
) -> None:
    body = [BODY[lang] * 3, *[BODY[lang] * 2] * 5]
    text = "\n\n".join(["Home", HEADLINE[lang], *body, line, "Reply"])
    values = features_of(text, names)
    assert values["after_end"] == 1.0 and values["far"] == 1.0
    assert values["verb_before"] == 1.0 and values["sentence"] == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "Kein reines Abtelefonieren von Adressen",
        "Projekte zur Vergärung von Wirtschaftsdüngern gesucht",
        "Lessons learned by Ferryman",
        "Un regard porté par Montréal",
    ],
)
def test_a_sentence_that_says_by_is_told_from_a_meta_line(line: str) -> None:
    found = byline_candidates(classify(text_to_blocks(page("en", line))))
    for candidate in found:
        assert dict(zip(BYLINE_FEATURES, candidate.features, strict=True))["sentence"] > 0


@pytest.mark.parametrize(
    ("line", "names", "expected"),
    [
        ("Alles Gute", ("Alles Gute",), 1.0),
        ("Im Schlepptau", ("Im Schlepptau",), 1.0),
        ("Sin Salida", ("Sin Salida",), 1.0),
        ("Before Dawn", ("Before Dawn",), 1.0),
        ("Ludwig van Beethoven", ("Ludwig van Beethoven",), 0.0),  # a particle is no stop word
        ("Jan van Dijk", ("Jan van Dijk",), 0.0),
        ("Anna Berger", ("Anna Berger",), 0.0),
    ],
)
def test_a_headline_word_in_the_names_is_a_feature(
    line: str, names: tuple[str, ...], expected: float
) -> None:
    assert features_of(page("de", line), names)["stopword"] == expected


@pytest.mark.parametrize("role", ["Redakteurin", "Staff Writer", "Journaliste", "Periodista"])
def test_a_role_beside_the_names_is_a_feature(role: str) -> None:
    assert features_of(page("en", "Maria Lopez", role), ("Maria Lopez",))["role_beside"] == 1.0
    assert features_of(page("en", "Maria Lopez"), ("Maria Lopez",))["role_beside"] == 0.0


def test_many_name_lines_on_a_page_are_rivals() -> None:
    alone = features_of(page("en", "Maria Lopez"), ("Maria Lopez",))
    crowded = features_of(page("en", "Maria Lopez", "Jan Vos", "Claire Martin"), ("Maria Lopez",))
    assert alone["rivals"] == 0.0 and crowded["rivals"] == 0.4


def test_a_date_line_above_the_names_is_a_feature() -> None:
    values = features_of(page("en", "4 March 2024", "Maria Lopez"), ("Maria Lopez",))
    assert values["date_before"] == 1.0 and values["after_headline"] == 0.0


def test_the_cue_test_stays_linear_on_long_near_matches() -> None:
    for text in [*_NEAR_MATCHES, "byby" * 12_500, "Autoren" * 7_000]:
        start = time.process_time()
        wording.has_cue(text)
        assert time.process_time() - start < _BUDGET_SECONDS, text[:20]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Written by Ann Lee", True),
        ("Text und Fotos: Anna Berger", True),
        ("【纠错】 责任编辑：孔德明", True),
        ("Autor/in: Anna Berger", True),
        ("Bystanders watched the vonage ad", False),  # a cue inside a word is none
        ("Weather and traffic", False),
    ],
)
def test_a_far_line_is_read_only_when_it_holds_a_cue(line: str, expected: bool) -> None:
    assert wording.has_cue(line) is expected


def test_the_page_text_folds_as_block_by_block() -> None:
    blocks = text_to_blocks("Straße\n\nΣΟΦΙΑ\n\nﬁsh İstanbul\n\nEnd")
    by_block = [block.text.casefold() for block in blocks]
    text, body, after = lines._page_text(blocks, 1, 2)
    assert text == "\n".join(by_block)
    assert (body, after) == (len(by_block[0]) + 1, sum(len(t) + 1 for t in by_block[:3]))
    assert lines._page_text(blocks, 9, 9) == (text, len(text) + 1, len(text) + 1)
    assert lines._page_text((), 0, 0) == ("", 0, 0)
