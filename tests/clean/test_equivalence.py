"""Fast paths and caches of the cleaning rules, the language guess, the phrase books and the
publisher readers give the same answers as the plain definitions."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.blocks import Block, text_to_blocks
from newscorpus.clean import page as page_module
from newscorpus.clean import phrases as phrases_module
from newscorpus.clean.language import (
    WORD,
    casefold_words,
    guess_language,
    guess_language_of_parts,
    stopword_density,
    stopwords,
)
from newscorpus.clean.phrases import LANGUAGES, fold, fold_each, phrase_book
from newscorpus.clean.rules import boxes as boxes_module
from newscorpus.clean.rules import captions as captions_module
from newscorpus.clean.rules import comments as comments_module
from newscorpus.clean.rules import is_sentence_like
from newscorpus.clean.rules import phrases as phrase_rules_module
from newscorpus.clean.rules import repeats as repeats_module
from newscorpus.clean.rules import shapes as shapes_module
from newscorpus.clean.rules import teasers as teasers_module
from newscorpus.clean.weights import weights
from newscorpus.extract import _slashed_lines
from newscorpus.meta import publisher as sources_module
from newscorpus.shapes.day_order import dayfirst_from_dates

_TERMINAL = ".!?…。！？"
_CLOSERS = "\"'”’»)]*」』）"


def _plain_sentence_like(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith(")"):
        opening = stripped.rfind("(", max(0, len(stripped) - 80))
        if opening > 0:
            stripped = stripped[:opening].rstrip()
    stripped = stripped.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


@given(st.text(alphabet=st.sampled_from(list("ab .!?…)(\"'”»]*」） \t")), max_size=20))
def test_is_sentence_like_matches_its_plain_definition(text: str) -> None:
    assert is_sentence_like(text) == _plain_sentence_like(text)


@pytest.mark.parametrize("text", ["", " ", ")", "(Photo)", "Done.)", "He left.”", "Menu", "。"])
def test_is_sentence_like_edge_cases(text: str) -> None:
    assert is_sentence_like(text) == _plain_sentence_like(text)


_WORDS = st.lists(st.sampled_from(["the", "der", "и", "la", "ve", "bir", "río", "x", "of"]))


@given(_WORDS, st.sampled_from([None, *LANGUAGES, "xx"]))
def test_stopword_density_counts_like_a_plain_loop(words: list[str], language: str | None) -> None:
    def share(lang: str) -> float:
        return sum(1 for w in words if w in stopwords(lang)) / len(words)

    if not words:
        expected = 0.0
    elif language in LANGUAGES:
        expected = share(language)
    else:
        expected = max(share(lang) for lang in LANGUAGES)
    assert stopword_density(words, language) == expected


@given(st.lists(st.sampled_from(["the", "der", "die", "и", "в", "la", "el", "ve", "river"])))
def test_guess_language_scores_like_a_plain_loop(words: list[str]) -> None:
    text = " ".join(words)
    tokens = WORD.findall(text.casefold())
    scores = {lang: sum(1 for w in tokens if w in stopwords(lang)) for lang in LANGUAGES}
    best = max(scores, key=lambda lang: (scores[lang], lang == "en"))
    expected = None if len(tokens) < 8 or scores[best] < 0.1 * len(tokens) else best
    assert guess_language(text) == expected


def test_categories_answers_are_copies_callers_may_change() -> None:
    book = phrase_book(("en",))
    first = book.categories("share this")
    assert first
    first.clear()
    assert book.categories("share this")


def test_categories_of_long_text_is_not_remembered() -> None:
    book = phrase_book(("en",))
    long_text = "subscribe to our newsletter " + "word " * 100
    before = book._remembered.cache_info().currsize  # type: ignore[attr-defined]
    assert book.categories(long_text)["newsletter"] == "subscribe to our"
    assert book._remembered.cache_info().currsize == before  # type: ignore[attr-defined]


def test_categories_memory_stays_bounded() -> None:
    from newscorpus.clean import phrases

    book = phrase_book(("en",))
    for n in range(phrases._SEEN_MAX + 10):
        book.categories(f"line {n} x")
    assert book._remembered.cache_info().currsize == phrases._SEEN_MAX  # type: ignore[attr-defined]
    assert book.categories("line 1 x") == {}  # dropped from the cache, still answered


def test_phrase_books_built_alike_still_compare_equal() -> None:
    from newscorpus.clean.phrases import PhraseBook

    book = phrase_book(("en",))
    twin = PhraseBook(book.whole, book.whole_index, book.by_first_word)
    assert twin == book
    assert twin.categories("share this") == book.categories("share this")


def test_find_dates_without_a_digit_still_reads_relative_dates() -> None:
    from datetime import datetime

    from newscorpus.shapes.dates import find_dates

    ref = datetime(2024, 3, 4, 12, 0)
    assert find_dates("No date on this line at all") == []
    assert [d.value.day for d in find_dates("Published yesterday", reference_time=ref)] == [3]
    assert [d.value.day for d in find_dates("Published 2 March 2024")] == [2]


@given(st.from_regex(shapes_module._COPYRIGHT))
def test_copyright_pre_check_passes_every_copyright_match(text: str) -> None:
    assert shapes_module._COPYRIGHT.search(text)
    assert shapes_module._may_be_copyright(text)


@pytest.mark.parametrize(
    "text", ["© 2024 Courier", "(C) 2021 X", "COPYRIGHT NOTICE", "All Rights Reserved.", "Home"]
)
def test_copyright_pre_check_agrees_with_the_regex(text: str) -> None:
    found = bool(shapes_module._COPYRIGHT.search(text))
    assert shapes_module._may_be_copyright(text) or not found
    assert found == (text != "Home")


@given(st.from_regex(comments_module._SAYS))
def test_says_pre_check_passes_every_says_line(text: str) -> None:
    stripped = text.strip()
    if comments_module._SAYS.match(stripped):
        assert comments_module._may_say(stripped)


@pytest.mark.parametrize("text", ["Jane Doe says:", "Иван написала", "Ali yazdı", "Menu"])
def test_says_pre_check_examples(text: str) -> None:
    assert comments_module._may_say(text) == (text != "Menu")
    assert bool(comments_module._SAYS.match(text)) == (text != "Menu")


_PROSE = "Der Hund und die Katze. The dog and the cat; el perro y el gato, и кошка. " * 400


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 300), st.integers(0, 9000)), max_size=8))
def test_guess_of_parts_equals_the_guess_of_the_joined_text(cuts: list[tuple[int, int]]) -> None:
    parts = [_PROSE[start : start + length] for start, length in cuts]
    assert guess_language_of_parts(parts) == guess_language(" ".join(parts))


@pytest.mark.parametrize(
    "lengths", [[9_999, 10_000], [10_000, 9_999, 5], [20_000, 3], [19_999, 4], [0, 0, 20_001]]
)
def test_guess_of_parts_at_the_sample_edge(lengths: list[int]) -> None:
    parts = [("river der and die " * 2_000)[:n] for n in lengths]
    assert guess_language_of_parts(parts) == guess_language(" ".join(parts))


def test_casefold_words_of_long_text_is_not_remembered() -> None:
    from newscorpus.clean import language

    text = "Straße " * 1_000
    before = language._casefold_words.cache_info().currsize
    assert casefold_words(text) == tuple(WORD.findall(text.casefold()))
    assert language._casefold_words.cache_info().currsize == before


@given(st.from_regex(sources_module._COPYRIGHT))
def test_holder_pre_check_passes_every_copyright_match(text: str) -> None:
    if sources_module._COPYRIGHT.search(text[:500]):
        assert sources_module._may_name_holder(text)


@given(st.from_regex(sources_module._THANKS))
def test_thanks_pre_check_passes_every_thank_you_line(text: str) -> None:
    assert sources_module._may_thank(text)


def test_source_pre_checks_keep_the_readings() -> None:
    assert sources_module.copyright_holder("\u212a \u00a9 2021 Harbour Ledger") == "Harbour Ledger"
    assert sources_module._may_thank("THAN\u212a YOU for reading")
    assert not sources_module._may_thank("Read more")


def test_phrase_book_still_pickles() -> None:
    import pickle

    book = phrase_book(("en",))
    book.categories("share this")
    copy = pickle.loads(pickle.dumps(book))
    assert copy == book
    assert copy.categories("share this") == book.categories("share this")


@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("12/3 a0")), min_size=1, max_size=12), max_size=8
    )
)
def test_slashed_lines_decide_dayfirst_as_the_whole_page_does(lines: list[str]) -> None:

    blocks = [Block(index=i, text=t) for i, t in enumerate(lines)]
    whole = "\n".join(b.text for b in blocks)
    assert dayfirst_from_dates(_slashed_lines(blocks)) == dayfirst_from_dates(whole)


def test_slashed_lines_pass_a_long_page_whole() -> None:

    blocks = [Block(index=0, text="x" * 200_000), Block(index=1, text="13/02/2024")]
    assert _slashed_lines(blocks) == "x" * 200_000 + "\n13/02/2024"


def _plain_glued_headline(text: str) -> str | None:
    """glued_headline without the cheap pre-search before the glue pattern."""
    head = text[:200]
    glue = teasers_module._GLUE.search(head)
    if glue and teasers_module._headline_words(head[: glue.end()], title_case=True):
        return "glued"
    dateline = teasers_module._DATELINE.search(head)
    if dateline is None or dateline.start() < 20:
        return None
    words = teasers_module._headline_words(head[: dateline.start()], title_case=False)
    return "dateline" if words else None


@given(st.text(alphabet=st.sampled_from(list("abcdefgAB Zé1.:—-")), max_size=60))
def test_glued_headline_matches_its_plain_definition(text: str) -> None:
    assert teasers_module.glued_headline(text) == _plain_glued_headline(text)


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Crane Back In ServiceThe port said the crane was repaired.",
        "Council Delays Vote On Bus LanesThe council postponed it again today.",
        "Apple updates the PlayStation app for owners of older models today.",
    ],
)
def test_glued_headline_matches_its_plain_definition_on_examples(text: str) -> None:
    assert teasers_module.glued_headline(text) == _plain_glued_headline(text)


@given(
    st.sampled_from(["1 ", "٣ ", "12\t", "One ", "TWO ", "three ", "x ", "(3) ", " 4 ", ""]),
    st.sampled_from(["comments", "Responses to it", "replies on x", "thoughts on", "kommentare"]),
)
def test_comment_count_patterns_only_match_where_the_pre_check_lets_them(
    head: str, tail: str
) -> None:
    text = head + tail
    matched = comments_module._COUNTED.match(text) or comments_module._RESPONSES_TO.match(text)
    if matched:
        assert text[:1] in comments_module._COUNT_STARTS or text[:1].isdecimal()


def _fields(obj: object) -> dict[str, object]:
    return {f.name: getattr(obj, f.name) for f in attrs.fields(type(obj))}


@given(st.integers(0, 10_000), st.text(max_size=12), st.text(max_size=12))
def test_verdict_builder_equals_the_constructor(block: int, rule: str, detail: str) -> None:
    made = page_module.verdict(block, rule, detail)
    expected = page_module.Verdict(block=block, rule=rule, detail=detail)
    assert made == expected and hash(made) == hash(expected) and repr(made) == repr(expected)
    assert page_module.verdict(block, rule) == page_module.Verdict(block=block, rule=rule)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.rule = "other"  # type: ignore[misc]


@given(st.text(alphabet=st.sampled_from(list("ab Cd.\n\t\u00a0先日iPhone")), max_size=80))
def test_text_blocks_equal_blocks_built_by_the_constructor(text: str) -> None:
    for block in text_to_blocks(text):
        plain = Block(
            index=block.index, text=block.text, line=block.line, blank_before=block.blank_before
        )
        assert _fields(block) == _fields(plain) and block.words == plain.words
        assert hash(block) == hash(plain)


@given(st.text(alphabet=st.sampled_from(list("ab.@:/w -+_\u00a0\n")), max_size=30))
def test_url_and_menu_pre_checks_pass_every_match(text: str) -> None:
    if shapes_module._URL_ONLY.match(text):
        assert " " not in text
    has_separator = any(sep in text for sep in shapes_module._MENU_SEPARATORS)
    assert (shapes_module._MENU_SEPARATOR.search(text) is not None) == has_separator


@given(st.sampled_from(["Jane Doe", "Ann Marie Lee", "jane doe"]), st.text(max_size=12))
def test_handle_bio_needs_an_at_sign(name: str, inside: str) -> None:
    text = f"{name} ({inside}) is a writer for the paper."
    if boxes_module._HANDLE_BIO.match(text):
        assert "@" in text


def test_page_prose_is_reads_as_prose_of_each_block() -> None:
    story = "The bridge reopened on Monday after two long years of repairs, the council said."
    blocks = text_to_blocks("\n\n".join(["Menu", story, "Short line.", story[:-1], story]))
    page = page_module.Page.of(blocks)
    assert page.prose == tuple(page_module.reads_as_prose(b, page) for b in blocks)
    assert page.prose == (False, True, False, False, True)


@given(
    st.lists(
        st.tuples(
            st.integers(0, 900),
            st.sampled_from([None, "share-prompt", "nav-run", "unknown-rule"]),
            st.booleans(),
            st.booleans(),
        ),
        max_size=8,
    )
)
def test_weights_scores_equal_score_of_each_block(
    rows: list[tuple[int, str | None, bool, bool]],
) -> None:
    table = weights()
    lengths, named, good, inside = ([r[i] for r in rows] for i in range(4))

    def plain(length: int, rule: str | None, is_good: bool, is_inside: bool) -> float:
        if rule is not None:
            return -(table.penalty(rule) + min(length, table.rule_length_cap))
        if is_good:
            return float(length)
        capped = min(length, table.short_length_cap)
        if is_inside:
            return -(table.inside_short_penalty + table.inside_short_per_char * capped)
        return -(table.short_penalty + table.short_per_char * capped)

    expected = [plain(*row) for row in rows]
    assert [table.score(length=n, rule=r, good=g, inside=i) for n, r, g, i in rows] == expected
    assert table.scores(lengths, named, good, inside) == expected


@given(st.text(alphabet=st.sampled_from(list("ab \t\n\u00a0\u2028\u3000\x1c\x85.")), max_size=20))
def test_repeat_keys_equal_the_plain_spacing_fold(text: str) -> None:
    assert repeats_module._spacing_aside(text) == " ".join(text.split())


_TAIL_PIECES = [":", "/", " ", ".", "©", "x", "Photo", "Credit", "AFP", "Getty Images", " file"]
_TAILS = st.lists(
    st.sampled_from([*_TAIL_PIECES, "REUTERS", "Reuters", "/ AP", "\n", "!", "word " * 5]),
    max_size=25,
).map(lambda parts: "".join(parts).rstrip())


@given(_TAILS)
def test_credit_pre_checks_pass_every_match(tail: str) -> None:
    if captions_module._LABEL_TAIL.search(tail):
        assert captions_module._may_be_label(tail)
    if captions_module._AGENCY_TAIL.search(tail):
        assert captions_module._may_be_agency(tail)


@given(st.integers(0, 70), st.sampled_from(["Photo: Jane Roe", "x / Getty Images file", "a/AP"]))
def test_credit_pre_checks_at_their_length_limits(pad: int, end: str) -> None:
    tail = ("word " * 30)[:pad] + end
    assert bool(captions_module._LABEL_TAIL.search(tail)) <= captions_module._may_be_label(tail)
    assert bool(captions_module._AGENCY_TAIL.search(tail)) <= captions_module._may_be_agency(tail)


@given(_TAILS, st.sampled_from(["", ")", " (Photo by Jane Roe)", "]", " "]))
def test_credited_captions_mark_check_passes_every_credit(text: str, end: str) -> None:
    text += end
    if captions_module.ends_with_credit(text):
        assert captions_module._MARK.search(text, len(text) - captions_module._TAIL_CHARS)


_PHRASE_WORDS = ["share", "this", "subscribe", "to", "our", "newsletter", "support", "us", "we"]
_PHRASE_WORDS += ["privacy", "policy", "all", "rights", "reserved", "more", "in", "you", "your"]


@given(
    st.lists(st.sampled_from([*_PHRASE_WORDS, ",", ":", "x"]), max_size=30).map(" ".join),
    st.integers(0, 70),
)
def test_found_among_equals_categories_cut_to_the_allowed_ones(text: str, words: int) -> None:
    book = phrase_book(None)
    folded = fold(text)
    allowed = phrase_rules_module._categories_allowing(words)
    expected = {c: p for c, p in book.categories(folded).items() if c in allowed}
    assert book.found_among(folded, allowed) == expected


def test_phrase_rules_name_long_blocks_as_before() -> None:
    appeal = "If you value our reporting, please support us with a donation today, " * 2
    notice = "This site uses cookies; read our privacy policy and terms of use to learn more."
    page = page_module.Page.of(text_to_blocks(f"{appeal}\n\n{notice}\n\nShare this"))
    names = [(v.block, v.rule) for v in phrase_rules_module.phrase_rules(page)]
    assert names == [(0, "donation-appeal"), (1, "legal-line"), (2, "share-prompt")]


@given(st.text(alphabet=st.sampled_from(list("a’‘`´“”«»'\" é—")), max_size=30))
def test_quotes_unify_as_translate_does(text: str) -> None:
    assert phrases_module._unify_quotes(text) == text.translate(phrases_module._QUOTES)


_ODD = ["é", "’", "“s”", "İstanbul", "i\u0307", "ﬁ", "Straße", "«x»", "²", "Ⅻ", "١٢", "ǅ"]
_ASCII_PIECES = [
    "Share",
    "this",
    "18",
    "2024",
    "(12)",
    "a_b",
    "`x`",
    "--",
    " ",
    "  ",
    "\t",
    ".",
    ":",
]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from([*_ASCII_PIECES, "Support", "us", "7", "[3]", "1234567", *_ODD])),
    st.lists(st.sampled_from([*_ASCII_PIECES, "word", "x."]), min_size=8, max_size=12),
)
def test_guessed_words_are_the_folded_words_when_used(head: list[str], tail: list[str]) -> None:
    text = "".join(head) + " " + " ".join(tail)
    block = Block(index=0, text=text)
    words = phrase_rules_module._folded_words(block)
    if words is not None:
        assert list(words) == phrases_module._WORD.findall(fold(text))


@pytest.mark.parametrize(
    "text",
    [
        "Please support us today; every gift keeps our reporting free for all readers.",
        "`Share` this -- story (12) with friends, family and all the people you know well:",
        "Subscribe to our newsletter for the news you need (3 times a week) in your inbox.",
        "“Support us,” she said, “and keep Straße news free for everyone who reads it.”",
    ],
)
def test_guessed_words_are_used_and_equal_on_examples(text: str) -> None:
    words = phrase_rules_module._folded_words(Block(index=0, text=text))
    assert words is not None
    assert list(words) == phrases_module._WORD.findall(fold(text))


def test_weights_scores_refuse_columns_of_unequal_length() -> None:
    with pytest.raises(ValueError, match=r"shorter|longer"):
        weights().scores([10, 20], [None], [True, False], [False, False])


def test_found_among_no_category_finds_nothing() -> None:
    book = phrase_book(("en",))
    assert book.found_among("share this", frozenset()) == {}
    assert book.found_among("", frozenset({"share"})) == {}
    assert fold_each([]) == []
