"""The byline reader's shortcuts give the plain definitions' answers.

``split_authors`` returns early for a line whose parts name nobody and cuts a part at its first
dash with one search; the organisation test looks its words up once; the scored candidates are
built once with their rivals count; ``best_byline`` copies only the winner; the far lines' cue
test searches one tree of the cues. Each is checked here against the definition it replaces, on
synthetic lines of our own (and on long adversarial ones).
"""

from __future__ import annotations

import re
import time

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus.blocks import Block
from newscorpus.meta.authors import bylines
from newscorpus.meta.authors.bylines import split_authors
from newscorpus.meta.authors.names import clean_person_name, strip_name_junk
from newscorpus.meta.authors.text import lines, wording
from newscorpus.meta.authors.text.lines import (
    BYLINE_FEATURES,
    BylineCandidate,
    BylineScorer,
    best_byline,
)
from newscorpus.vocab import words

_PIECES = st.sampled_from(
    [
        "Ann", "Lee", "Tom", "PARK", "van", "de", "and", "und", "&", ",", " - ", " – ", " | ",
        "-", "Staff Writer", "Senior", "Reporter", "News Desk", "AP", "dpa", "Reuters", "(Fotos)",
        "ann@example.org", "Updated", "by", "Von", "the", "river", " ", "  ", ".", "x",
    ]
)  # fmt: skip
_LINES = st.lists(_PIECES, max_size=12).map(" ".join)


def _plain_is_organisation(name: str) -> bool:
    lowered = name.lower()
    if lowered in words("organisations", "agencies"):
        return True
    org_words = words("organisations", "desk", "desk_more")
    parts = lowered.split()
    return bool(parts) and (parts[-1] in org_words or (len(parts) <= 3 and parts[0] in org_words))


def _plain_split_authors(text: str, *, strict: bool = True) -> tuple[str, ...]:
    """``split_authors`` as it was written before its shortcuts."""
    names: list[str] = []
    roles: list[str] = []
    for raw in bylines._and().split(text):
        part = raw.strip(" .,;:")
        if not part:
            continue
        head = re.split(r"\s[-–—|]\s", part, maxsplit=1)[0]
        if bylines._role_only().match(part):
            roles.append(part)
        elif _plain_is_organisation(head):
            names.append(head.strip())
        else:
            name = clean_person_name(part) if strict else strip_name_junk(part)
            if name:
                names.append(name)
    return tuple(dict.fromkeys(names or roles))


@settings(max_examples=400, deadline=None)
@given(_LINES, st.booleans())
def test_split_authors_matches_its_plain_definition(line: str, strict: bool) -> None:
    assert split_authors(line, strict=strict) == _plain_split_authors(line, strict=strict)


@settings(max_examples=300, deadline=None)
@given(_LINES)
def test_the_organisation_test_matches_its_plain_definition(name: str) -> None:
    assert bylines._is_organisation(name) == _plain_is_organisation(name)


def test_split_authors_cases() -> None:
    assert split_authors("Share") == ()
    assert split_authors("Council backs the river plan") == ()
    assert split_authors("Sports Desk - The Courier") == ("Sports Desk",)
    assert split_authors("Staff Writer") == ("Staff Writer",)
    assert split_authors("Ann Lee, Staff Writer") == ("Ann Lee",)
    assert split_authors("Ann Lee and Ann Lee") == ("Ann Lee",)


def test_split_authors_stays_fast_on_long_adversarial_lines() -> None:
    for line in ("Ann - " * 5_000, "a, " * 10_000, " and " * 8_000, "-" * 50_000):
        began = time.perf_counter()
        split_authors(line)
        assert time.perf_counter() - began < 2.0


def _candidate(index: int, kind: str, rivals_at: float = 0.0) -> BylineCandidate:
    features = tuple(
        rivals_at if f == "rivals" else float(f == f"kind_{kind}") for f in BYLINE_FEATURES
    )
    return BylineCandidate(
        block=Block(index=index, text=f"line {index}"),
        kind=kind,
        names=("Ann Lee",),
        features=features,
    )


def test_the_rivals_count_is_set_in_place() -> None:
    read = [
        (c.block, c.kind, c.names, c.features)
        for c in (
            _candidate(0, "bare-names"),
            _candidate(1, "prefix"),
            _candidate(2, "dated-names"),
        )
    ]
    at = BYLINE_FEATURES.index("rivals")
    built = lines._with_rivals(read)
    assert [c.features[at] for c in built] == [0.2, 0.4, 0.2]
    for candidate, (block, kind, names, features) in zip(built, read, strict=True):
        assert (candidate.block, candidate.kind, candidate.names) == (block, kind, names)
        assert candidate.features[:at] == features[:at]
        assert candidate.features[at + 1 :] == features[at + 1 :]
    assert lines._with_rivals([]) == []


def _plain_best(candidates: list[BylineCandidate], scorer: BylineScorer) -> BylineCandidate | None:
    scored = [attrs.evolve(c, score=scorer.probability(c.features)) for c in candidates]
    return max(scored, key=lambda c: c.score, default=None)


def test_the_best_byline_is_the_first_of_the_highest() -> None:
    scorer = BylineScorer(weights={"kind_prefix": 3.0, "kind_bare-names": 1.0}, bias=-1.0, bar=0.5)
    ties = [_candidate(0, "bare-names"), _candidate(1, "prefix"), _candidate(2, "prefix")]
    best = best_byline(ties, scorer)
    assert best == _plain_best(ties, scorer)
    assert best is not None and best.block.index == 1 and best.score > 0.5
    assert best_byline([], scorer) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(lines.KINDS), max_size=8))
def test_best_byline_matches_its_plain_definition(kinds: list[str]) -> None:
    scorer = BylineScorer(
        weights={f"kind_{k}": i / 3 for i, k in enumerate(lines.KINDS)}, bias=0.0, bar=0.5
    )
    candidates = [_candidate(i, kind) for i, kind in enumerate(kinds)]
    assert best_byline(candidates, scorer) == _plain_best(candidates, scorer)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Ann", "Lee", " ", "on", "am", "ON", "a las", "de", "x", "\t"]),
        max_size=10,
    ).map("".join)
)
def test_the_head_before_a_date_word_is_the_split_s_first_piece(line: str) -> None:
    cut = lines._DATE_WORDS.search(line)
    assert (line if cut is None else line[: cut.start()]) == lines._DATE_WORDS.split(
        line, maxsplit=1
    )[0]
    assert lines._names("Ann Lee am 4. März", strict=True) == ("Ann Lee",)


def _plain_has_cue(text: str) -> bool:
    """``has_cue`` as a set lookup of the line's casefolded words."""
    single, caseless = wording._cue_words()
    return not single.isdisjoint(wording._WORD.findall(text.casefold())) or (
        not text.isascii() and any(cue in text for cue in caseless)
    )


_CUE_PIECES = st.sampled_from(
    [
        "by", "By", "BY", "von", "Von:", "Autor", "Autorin", "autor/in", "Autor(in)", "de", "par",
        "Text", "texto", "Bystanders", "vonage", "reporter", "Reporters", "责任编辑", "编辑", "：",
        "作者", "Ann", "Lee", "ß", "İ", "ﬁ", " ", "", "-", "1", "_", ":", "é", "автор", "Автор",
    ]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_CUE_PIECES, max_size=10).map("".join))
def test_the_cue_search_matches_the_word_lookup(line: str) -> None:
    assert wording.has_cue(line) == _plain_has_cue(line)


def test_the_cue_search_stays_linear_on_long_letter_runs() -> None:
    for line in ("autor" * 20_000, "by" * 50_000, "a " * 50_000, "责任编" * 30_000):
        began = time.perf_counter()
        assert wording.has_cue(line) == _plain_has_cue(line)
        assert time.perf_counter() - began < 2.0


def _plain_inline(text: str) -> tuple[int, str] | None:
    found = wording.inline_prefix().search(text)
    return None if found is None else (found.start(), found["rest"])


_INLINE_PIECES = st.sampled_from(
    [
        "by", "By", "BY", "von", "Von", "par", "por", "door", "przez", "af", "av", "da", "author",
        "Autor", "AUTEUR", "redakteurin", "Verfasser", "Ann", "lee", "x", "b", "a", "4", "2024",
        " ", "  ", "\t", "\u00a0", "\n", ":", "：", "|", "·", "•", ",", "/", "-", ".", "_", "é",
        "İ", "K", "ſ", "Å",
    ]
)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(st.lists(_INLINE_PIECES, max_size=14).map("".join))
def test_the_inline_prefix_search_matches_the_plain_pattern(line: str) -> None:
    assert wording.find_inline_prefix(line) == _plain_inline(line)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_the_inline_prefix_search_matches_on_any_text(line: str) -> None:
    assert wording.find_inline_prefix(line) == _plain_inline(line)


def test_the_inline_prefix_search_cases() -> None:
    assert wording.find_inline_prefix("Posted on 4 March 2024 by ann") == (23, "ann")
    assert wording.find_inline_prefix("by Ann Lee") == (0, "Ann Lee")
    assert wording.find_inline_prefix("28. Juli 2019AuthorAnn") == (13, "Ann")
    assert wording.find_inline_prefix("Nearby Ann") is None  # no sign before "by"
    assert wording.find_inline_prefix("") is None


def test_the_inline_prefix_search_stays_linear_on_long_lines() -> None:
    lines = (
        " by 1" * 20_000, "by" * 50_000, " b" * 50_000, "4autor :" * 12_000, " " * 100_000,
        "|Von" * 25_000, " by a\n" * 15_000,
    )  # fmt: skip
    for line in lines:
        began = time.perf_counter()
        assert wording.find_inline_prefix(line) == _plain_inline(line)
        assert time.perf_counter() - began < 2.0
