"""The README tells the truth: its Python runs as written, its setup says what a newcomer needs.

* Every ```python block of README.md runs, top to bottom in one namespace, as a reader would
  paste them, in an empty temporary working directory (so the files they write land there).
* The opening commands stay first: install and run the demo, then run the tests.
* The setup states the Python version ``pyproject.toml`` requires and creates a virtualenv.
* "Building the docs" is one command, the Sphinx build CI runs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

_FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _blocks(language: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    return [body for lang, body in _FENCE.findall(text) if lang == language]


def _section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.DOTALL | re.MULTILINE)
    assert match, f"README.md has no '## {title}' section"
    return match.group(1)


def test_readme_python_blocks_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _blocks("python")
    assert blocks, "README.md lost its Python example"
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__readme__"}
    for number, block in enumerate(blocks, 1):
        exec(compile(block, f"README.md (python block {number})", "exec"), namespace)


def test_readme_first_python_block_uses_the_bundled_pages() -> None:
    first = _blocks("python")[0]
    assert "from newscorpus.samples import sample_corpus_path" in first


def test_readme_opens_with_install_demo_and_tests() -> None:
    first = _blocks("bash")[0].splitlines()
    assert len(first) == 2, first
    assert "pip install" in first[0] and "newscorpus demo" in first[0]
    assert "python -m pytest" in first[1]


def test_readme_setup_states_python_version_and_makes_a_virtualenv() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^requires-python = ">=([\d.]+)"', pyproject, re.MULTILINE)
    assert match, "pyproject.toml states no minimum Python"
    minimum = match.group(1)
    setup = _section("Setup")
    assert f"Python {minimum} or newer" in setup
    assert "python3 -m venv" in setup


def test_readme_building_the_docs_is_one_command() -> None:
    blocks = [b for lang, b in _FENCE.findall(_section("Building the docs")) if lang == "bash"]
    assert len(blocks) == 1
    lines = [line for line in blocks[0].splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "sphinx-build -n -W" in lines[0] and " docs " in lines[0]
