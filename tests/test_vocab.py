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
from pathlib import Path

import pytest

import newscorpus
from newscorpus.meta.authors import (
    bylines,
    element_names,
    elements,
    markup,
    names,
    nearby,
    unmarked,
)
from newscorpus.meta.titles import markup as title_markup
from newscorpus.vocab import data_file, vocabulary
from newscorpus.vocab import words as vocabulary_words

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


def test_every_vocabulary_file_has_a_reader() -> None:
    # A file no module names is a list nobody reads: each is named in src/newscorpus.
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in Path(newscorpus.__file__).parent.rglob("*.py")
    )
    for filename in _FILES:
        name = filename.removesuffix(".json")
        assert f'"{name}"' in source or f'"{filename}"' in source, filename


def test_the_author_page_folders_keep_their_readers_apart() -> None:
    # Named subsets of one file: each reader was tuned on its own list.
    table = vocabulary("author_pages")
    assert set(table) == {"profile_folders", "author_folders", "member_folders"}
    assert unmarked.author_href().search("/members/ann-lee.123/")
    assert unmarked.author_href().search("/autoren/ann-lee-6841").group("slug") == "ann-lee-6841"
    assert nearby._profile_path().search("/in/ann-lee")
    assert not unmarked.author_href().search("/in/ann-lee"), "'in' is only the scored block's"
    assert unmarked._profession().sub("", "Rechtsanwältin Ann Lee") == "Ann Lee"
    assert title_markup._kicker().search("article-Kicker")
    assert nearby._articles() == frozenset(vocabulary("not_name_words")["articles"])


def test_the_label_subsets_reach_their_readers() -> None:
    # Each reader's label words, from byline_prefixes.json, match as the reader was tuned.
    for phrase in vocabulary_words("byline_prefixes", "scored_phrases"):
        assert nearby._label().match(f"— {phrase.upper().replace(' ', chr(10))}: Ann Lee")
    for noun in vocabulary_words("byline_prefixes", "scored_label_nouns"):
        assert nearby._label().match(f"{noun}: Ann Lee") and not nearby._label().match(noun)
    for label in vocabulary_words("byline_prefixes", "element_labels"):
        assert elements._label().match(f" | {label} : ")
    for verb in vocabulary_words("byline_prefixes", "markup_label_verbs"):
        for preposition in vocabulary_words("byline_prefixes", "markup_label_prepositions"):
            assert markup._author_label().match(f"{verb} {preposition}:")
    for noun in vocabulary_words("byline_prefixes", "markup_label_nouns"):
        assert markup._author_label().match(noun.title())
    for label in vocabulary_words("byline_prefixes", "text_labels"):
        match = unmarked._text_label_pattern().search(f"Foto: x\n {label}: Ann Lee")
        assert match and match.group("rest") == "Ann Lee", label
        # The XPath pre-check finds every text label (followed by its colon) as a substring.
        needles = re.findall(r"contains\(\., '([^']+)'\)", unmarked._TEXT_LABEL_XPATH)
        assert any(n in f"{label}:" or n in f"{label.title()}:" for n in needles), label


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
    "titles.kicker": title_markup._kicker,
    "nearby.profile_path": nearby._profile_path,
    "unmarked.author_href": unmarked.author_href,
    "unmarked.profession": unmarked._profession,
    "unmarked.text_label": unmarked._text_label_pattern,
    "nearby.label": nearby._label,
    "elements.label": elements._label,
    "markup.author_label": markup._author_label,
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
    texts.append(("/autoren" * _LENGTH)[:_LENGTH])
    texts.append(("/author/ann-lee" * _LENGTH)[:_LENGTH])
    texts.append(("Rechtsanwältin " * _LENGTH)[:_LENGTH])
    return texts


def _vocab_names() -> tuple[str, ...]:
    return ("author_pages", "byline_prefixes", "conjunctions", "roles", "titles")


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
