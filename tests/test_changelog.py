"""CHANGELOG.md in the usual Keep a Changelog form, written for users.

* Versions: ``## [Unreleased]`` first, then ``## [X.Y.Z] - YYYY-MM-DD``, newest first.
* Inside a version, only the standard kinds of change, each at most once and named plainly:
  Added, Changed, Deprecated, Removed, Fixed, Security.
* No words of the project's internal history ("round", "session" …): a user reads what changed
  for them, not how the work was organised.
* The examples (which users copy) name no developer-only path.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
KINDS = ("Added", "Changed", "Deprecated", "Removed", "Fixed", "Security")
HISTORY_WORDS = re.compile(
    r"\b(rounds?(?![- ]trip)|sessions?|sprints?|helpers?|house plan|issue \d+)\b", re.I
)
VERSION = re.compile(r"^## \[(Unreleased|\d+\.\d+\.\d+)\](?: - (\d{4}-\d{2}-\d{2}))?$")


def _lines() -> list[str]:
    return CHANGELOG.read_text(encoding="utf-8").splitlines()


def test_changelog_versions_are_keep_a_changelog_headings() -> None:
    versions = [line for line in _lines() if line.startswith("## ")]
    assert versions, "no version heading"
    matches = [VERSION.match(line) for line in versions]
    assert all(matches), [v for v, m in zip(versions, matches, strict=True) if not m]
    names = [m.group(1) for m in matches if m]
    assert names[0] == "Unreleased" and "Unreleased" not in names[1:]
    released = [m for m in matches[1:] if m]
    assert all(m.group(2) for m in released), "a released version without its date"
    numbers = [tuple(int(x) for x in m.group(1).split(".")) for m in released]
    assert numbers == sorted(numbers, reverse=True), "versions are not newest first"


def test_changelog_kinds_of_change_are_the_standard_ones() -> None:
    seen: list[str] = []
    for line in _lines():
        if line.startswith("## "):
            seen = []
        elif line.startswith("### "):
            kind = line.removeprefix("### ")
            assert kind in KINDS, f"not a Keep a Changelog kind: {line!r}"
            assert kind not in seen, f"{kind} twice in one version"
            seen.append(kind)


def test_changelog_has_no_internal_history_words() -> None:
    found = [
        f"line {number}: {line.strip()}"
        for number, line in enumerate(_lines(), 1)
        if HISTORY_WORDS.search(line)
    ]
    assert not found, "\n".join(found)


def test_examples_name_no_developer_only_path() -> None:
    developer_only = re.compile(r"\.\./shared|/work/|NEWSCORPUS_SHARED|\"shared\"|'shared'")
    found = [
        f"{path.name}: {line.strip()}"
        for path in sorted((ROOT / "examples").glob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if developer_only.search(line)
    ]
    assert not found, "\n".join(found)
