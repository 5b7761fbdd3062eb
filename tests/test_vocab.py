"""The vocabularies in ``data/vocab``: well formed, and the regexes built from them safe on long
adversarial text.

No timing assertion in the usual sense: each regex must finish a 50,000-character near-match
within a budget of CPU seconds that is hundreds of times what a linear scan takes, so only
catastrophic backtracking (which takes hours) can fail it.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable

import pytest

from newscorpus.meta.authors import bylines, element_names, elements, markup, names, nearby
from newscorpus.meta.titles import markup as title_markup
from newscorpus.vocab import data_file, vocabulary

_FILES = sorted(p.name for p in data_file("vocab").iterdir() if p.name.endswith(".json"))


def test_the_authors_and_titles_vocabularies_are_shipped() -> None:
    for name in (
        "author_placeholders",
        "byline_prefixes",
        "conjunctions",
        "name_parts",
        "not_name_words",
        "organisations",
        "roles",
        "titles",
    ):
        assert f"{name}.json" in _FILES


@pytest.mark.parametrize("filename", _FILES)
def test_vocabulary_files_are_well_formed(filename: str) -> None:
    raw = json.loads(data_file("vocab", filename).read_text(encoding="utf-8"))
    assert isinstance(raw.get("_doc"), str) and raw["_doc"].strip()
    lists = {key: value for key, value in raw.items() if not key.startswith("_")}
    assert lists, filename
    for key, value in lists.items():
        # A list of words, or (categories within a language) an object of such lists.
        groups = value.items() if isinstance(value, dict) else [(key, value)]
        for group, words in groups:
            assert isinstance(words, list) and words, (filename, key, group)
            assert all(isinstance(word, str) and word.strip() for word in words), (filename, key)
            assert len(set(words)) == len(words), (filename, key, group)
    table = vocabulary(filename.removesuffix(".json"))
    assert set(table) == set(lists)
    for key, value in lists.items():  # a language's categories read as one list of its words
        flat = [w for ws in value.values() for w in ws] if isinstance(value, dict) else value
        assert set(table[key]) == set(flat), (filename, key)


# Every builder of a regex from the authors' and titles' vocabularies.
_BUILDERS: dict[str, Callable[[], re.Pattern[str]]] = {
    "bylines.prefix": bylines._prefix,
    "bylines.label": bylines._label,
    "bylines.and": bylines._and,
    "bylines.role_only": bylines._role_only,
    "names.prefix": names._prefix,
    "element_names.role_tail": element_names.role_tail,
    "element_names.interview_label": element_names._interview_label,
    "element_names.lead_date": element_names._lead_date,
    "elements.inner_by": elements._inner_by,
    "markup.split": markup._split,
    "markup.role_alone": markup._role_alone,
    "markup.prefix": markup._prefix,
    "nearby.joint": nearby._joint,
    "titles.segments": title_markup._segments,
}

_BUDGET_SECONDS = 5.0  # for 50,000 characters; a linear scan takes milliseconds
_LENGTH = 50_000


def _near_matches() -> list[str]:
    """Long strings made of the vocabularies' words, whole and clipped, with the separators
    the regexes look for, where a match keeps almost succeeding."""
    pieces = sorted(
        {w for name in _vocab_names() for ws in vocabulary(name).values() for w in ws},
    )
    texts = []
    for glue in (" ", ", ", ": ", " | ", ""):
        for clip in (0, 1):
            words = [w[:-clip] if clip and len(w) > 1 else w for w in pieces]
            text = glue.join(words)
            texts.append((text * (_LENGTH // max(len(text), 1) + 1))[:_LENGTH])
    texts.append(("By Ann Lee and " * _LENGTH)[:_LENGTH])
    texts.append(("Chefredakteurin" * _LENGTH)[:_LENGTH])
    texts.append(("staff senior chief " * _LENGTH)[:_LENGTH] + "writerx")
    texts.append(("June 5, 2019 " * _LENGTH)[:_LENGTH])
    return texts


def _vocab_names() -> tuple[str, ...]:
    return ("byline_prefixes", "conjunctions", "roles", "titles")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_BUILDERS))
def test_regexes_from_vocabularies_are_safe_on_long_near_matches(name: str) -> None:
    pattern = _BUILDERS[name]()
    assert pattern is _BUILDERS[name](), "built once"
    start = time.process_time()
    for text in _near_matches():
        pattern.match(text)
        pattern.search(text)
        pattern.split(text)
    assert time.process_time() - start < _BUDGET_SECONDS, name
