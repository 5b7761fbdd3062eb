"""The link-density cut-offs and body-text shares are named once
(:data:`newscorpus.clean.thresholds.THRESHOLDS`): every one is used, none is written inline."""

from __future__ import annotations

import ast
from pathlib import Path

import attrs

from newscorpus.clean.thresholds import THRESHOLDS, Thresholds

SOURCE = Path(__file__).resolve().parents[2] / "src" / "newscorpus"
MODULES = sorted(SOURCE.rglob("*.py"))


def _trees() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in MODULES]


def test_the_values_are_the_ones_cleaning_was_tuned_with() -> None:
    assert attrs.asdict(THRESHOLDS) == {
        "prose_links": 0.4,
        "linked_line": 0.5,
        "link_dense": 0.6,
        "link_list": 0.85,
        "linked_prose": 0.8,
        "menu_links": 0.8,
        "main_container": 0.8,
        "main_article": 0.6,
        "repeated_prose": 0.5,
    }
    assert Thresholds() == THRESHOLDS


def test_every_threshold_is_used() -> None:
    used: set[str] = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "THRESHOLDS"
            ):
                used.add(node.attr)
    assert used == {field.name for field in attrs.fields(Thresholds)}


def test_no_link_density_is_compared_with_a_number_written_inline() -> None:
    inline: list[tuple[str, int]] = []
    for path, tree in _trees():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Compare):
                continue
            sides = [node.left, *node.comparators]
            reads_links = any(
                isinstance(side, ast.Attribute) and side.attr == "link_density" for side in sides
            )
            # zero (no link at all) is a fact, not a cut-off
            numbers = [
                side.value
                for side in sides
                if isinstance(side, ast.Constant)
                and isinstance(side.value, float | int)
                and side.value != 0
            ]
            if reads_links and numbers:
                inline.append((str(path.relative_to(SOURCE)), node.lineno))
    assert inline == []
