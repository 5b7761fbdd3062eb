"""One loader for the word lists and tables shipped in ``newscorpus/data``.

Every vocabulary the stages match on — phrase lists, stop words, month and weekday names, byline
prefixes, date labels, conjunctions, roles, class words — is data, kept apart from the code that
uses it. Vocabularies live in ``data/vocab/<name>.json`` as one object whose keys are language
codes (or, for vocabularies that are not about a language, category names) and whose values are
lists of words; a ``"_doc"`` key says what the list is for and, where a list was fitted, on what.
A language's entry may itself be an object of lists by category (``date_labels.json``:
``{"de": {"published": [...], "modified": [...]}}``): :func:`vocabulary` and :func:`words` read
such an entry as all its categories' words, and the module that needs one category reads it
with :func:`load_json`.

Files are read on first use and cached, never at import time. Regular expressions built from a
vocabulary are compiled once, by the module that uses them, from :func:`alternation`.

Example:
    >>> "nav" in words("class_words", "boilerplate")
    True
    >>> alternation(["de", "de la", "d'"])
    "de\\\\ la|d'|de"
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

__all__ = ["alternation", "data_file", "load_json", "load_lines", "vocabulary", "words"]


def data_file(*parts: str) -> Traversable:
    """The shipped data file at ``newscorpus/data/<parts>``.

    Example:
        >>> data_file("months.json").name
        'months.json'
    """
    path = resources.files("newscorpus") / "data"
    for part in parts:
        path = path / part
    return path


@cache
def load_json(*parts: str) -> Any:
    """The parsed JSON data file at ``newscorpus/data/<parts>``, read once.

    Example:
        >>> load_json("months.json")["en"]["march"]
        3
    """
    return json.loads(data_file(*parts).read_text(encoding="utf-8"))


@cache
def load_lines(*parts: str) -> tuple[str, ...]:
    """The non-empty lines of a text data file (``#`` opens a comment line), stripped.

    Example:
        >>> "the" in load_lines("stopwords", "en.txt")
        True
    """
    text = data_file(*parts).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def vocabulary(name: str) -> Mapping[str, tuple[str, ...]]:
    """The vocabulary ``data/vocab/<name>.json``: its lists by key (language or category),
    without the ``"_doc"`` entry.

    Example:
        >>> sorted(vocabulary("class_words"))
        ['boilerplate', 'break', 'content', 'weak']
    """
    return _vocabulary(name)


@cache
def _vocabulary(name: str) -> Mapping[str, tuple[str, ...]]:
    raw = load_json("vocab", f"{name}.json")
    return {key: _flat(value) for key, value in raw.items() if not key.startswith("_")}


def _flat(value: list[str] | dict[str, list[str]]) -> tuple[str, ...]:
    """A list of words as a tuple; an object of lists by category as all its words, in order."""
    if isinstance(value, dict):
        return tuple(dict.fromkeys(word for words in value.values() for word in words))
    return tuple(value)


@cache
def words(name: str, *keys: str) -> frozenset[str]:
    """The words of vocabulary ``name`` under ``keys`` (languages or categories), or under every
    key when none is given; cached, so a hot loop may call it.

    Example:
        >>> {"nav", "article"} <= words("class_words")
        True
        >>> "article" in words("class_words", "boilerplate")
        False
    """
    table = _vocabulary(name)
    chosen = keys or tuple(table)
    return frozenset(word for key in chosen for word in table.get(key, ()))


def alternation(items: Iterable[str]) -> str:
    """A regular-expression alternation of ``items``, escaped, longest first (so that a longer
    phrase wins over its own prefix), ties in alphabetical order; deterministic for a set.

    Example:
        >>> alternation({"by", "by the"})
        'by\\\\ the|by'
    """
    return "|".join(re.escape(item) for item in sorted(set(items), key=lambda w: (-len(w), w)))


_Tree = dict[str, "_Tree"]  # a character -> what may follow it ("" -> {}: an item ends)


def trie_alternation(items: Iterable[str]) -> str:
    """The alternation of :func:`alternation` written as a tree of the items' shared beginnings
    ("jan(?:uary)?" for "january" and "jan"): it matches the same text with the same
    preference (a longer item before its own prefix), but the regex engine tries each
    character once instead of every item in turn, which for hundreds of words (the month
    names) is most of a failed match's cost. Items that differ only in letter case, for a
    case-blind regex, must not both be given (no vocabulary holds both: their words are lower
    case).

    Example:
        >>> trie_alternation({"jan", "january", "june"})
        'j(?:an(?:uary)?|une)'
        >>> import re
        >>> re.fullmatch(trie_alternation({"by", "by the"}), "by the") is not None
        True
    """
    tree: _Tree = {}
    for item in set(items):
        node = tree
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}  # an item ends here

    def written(node: _Tree) -> str:
        branches = [
            re.escape(char) + written(after) for char, after in sorted(node.items()) if char
        ]
        if not branches:
            return ""
        if "" in node:  # greedy: the longer items first, then the one ending here
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return written(tree)
