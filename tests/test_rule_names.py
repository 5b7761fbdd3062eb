"""Code outside clean/ that matches on a cleaning rule's name spells it by its constant in
:mod:`newscorpus.rule_names`, never as a bare string (a renamed rule then cannot silently stop
matching)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from newscorpus import rule_names

SOURCE = Path(__file__).resolve().parents[1] / "src" / "newscorpus"
# Everything above cleaning that reads the verdicts' names.
CHECKED = sorted(
    [
        *SOURCE.glob("meta/**/*.py"),
        *SOURCE.glob("io/**/*.py"),
        *SOURCE.glob("query/**/*.py"),
        *(
            SOURCE / name
            for name in ("extract.py", "templates.py", "corpus.py", "_batch/outcomes.py")
        ),
    ]
)


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes: prose may name a rule."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _rule_name_literals(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value in rule_names.ALL
        and id(node) not in docs
    ]


def test_the_checked_files_exist() -> None:
    assert len(CHECKED) > 40
    assert all(path.is_file() for path in CHECKED)


@pytest.mark.parametrize("path", CHECKED, ids=lambda path: str(path.relative_to(SOURCE)))
def test_no_rule_name_literal(path: Path) -> None:
    assert _rule_name_literals(path) == []


def test_the_check_finds_a_literal(tmp_path: Path) -> None:
    module = tmp_path / "reader.py"
    module.write_text('"""About nav-run."""\nSKIP = frozenset({"nav-run", "title"})\n')
    assert _rule_name_literals(module) == [(2, "nav-run")]
