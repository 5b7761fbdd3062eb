"""Examples everywhere, and all of them true.

* Every public function and class of every public module carries an ``Example:`` doctest
  (the docstring doctests themselves run in CI's doctest step,
  ``python -m pytest --doctest-modules src/newscorpus``).
* The ``>>>`` examples in the documentation pages run and print what they show.
* The tutorial runs from top to bottom, as a reader would type it.
* Every other Python block in the documentation at least compiles.
"""

from __future__ import annotations

import doctest
import importlib
import inspect
import os
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

import newscorpus

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.rglob("*.md"))
# A block in the tutorial that starts with this comment needs the reader's own files: not run.
NOT_RUN_MARK = "# with your own"

_FENCE = re.compile(r"^```python[^\n]*\n(.*?)^```", re.DOTALL | re.MULTILINE)


def _public_modules() -> list[str]:
    names = ["newscorpus"]
    for info in pkgutil.walk_packages(newscorpus.__path__, "newscorpus."):
        parts = info.name.split(".")
        if any(part.startswith("_") for part in parts):
            continue  # private modules and __main__
        names.append(info.name)
    return sorted(names)


def _documented_here(module: ModuleType) -> list[tuple[str, object]]:
    """The public functions and classes ``module`` defines itself (not its re-exports)."""
    found = []
    for name in getattr(module, "__all__", ()):
        obj = getattr(module, name)
        if (inspect.isfunction(obj) or inspect.isclass(obj)) and obj.__module__ == module.__name__:
            found.append((name, obj))
    return found


def _own_doc(obj: object) -> str:
    doc = vars(obj).get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return doc if isinstance(doc, str) else ""


@pytest.mark.parametrize("module_name", _public_modules())
def test_public_names_have_examples(module_name: str) -> None:
    module = importlib.import_module(module_name)
    missing = []
    for name, obj in _documented_here(module):
        doc = _own_doc(obj)
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            if not doc.strip():  # an error class needs its docstring, not an example
                missing.append(f"{name} (no docstring)")
            continue
        has_section = "Example:" in doc or "Examples:" in doc
        if not (has_section and ">>>" in doc):
            missing.append(name)
    assert not missing, f"{module_name}: public names without an 'Example:' doctest: {missing}"


def _doctest_pages() -> list[Path]:
    return [page for page in PAGES if ">>>" in page.read_text(encoding="utf-8")]


@pytest.mark.parametrize("page", _doctest_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_doc_page_examples_run(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    text = page.read_text(encoding="utf-8")
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, {"__name__": "__docs__"}, page.name, str(page), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
    assert runner.tries > 0


def _blocks(page: Path) -> list[str]:
    return _FENCE.findall(page.read_text(encoding="utf-8"))


def test_tutorial_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [b for b in _blocks(DOCS / "tutorial.md") if not b.startswith(NOT_RUN_MARK)]
    assert len(blocks) >= 5, "the tutorial lost its code"
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__tutorial__"}
    for number, block in enumerate(blocks, 1):
        code = compile(block, f"docs/tutorial.md (python block {number})", "exec")
        exec(code, namespace)
    assert os.listdir(tmp_path), "the tutorial's export step wrote no file"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_doc_code_compiles(page: Path) -> None:
    for number, block in enumerate(_blocks(page), 1):
        if block.lstrip().startswith(">>>"):
            continue  # doctest-style: run by test_doc_page_examples_run
        compile(block, f"{page.relative_to(ROOT)} (python block {number})", "exec")


_CLAIM = re.compile(r"^print\((?P<expr>.*)\)\s*#\s*True\b.*$", re.MULTILINE)


def test_every_true_claim_in_the_tutorial_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``print(x)  # True`` line of the tutorial runs as ``assert x``."""
    blocks = [b for b in _blocks(DOCS / "tutorial.md") if not b.startswith(NOT_RUN_MARK)]
    claims = sum(len(_CLAIM.findall(b)) for b in blocks)
    assert claims >= 2, "the tutorial's round-trip claims are gone"
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__tutorial__"}
    for number, block in enumerate(blocks, 1):
        checked = _CLAIM.sub(lambda m: f"assert {m['expr']}, {m['expr']!r}", block)
        exec(compile(checked, f"docs/tutorial.md (python block {number})", "exec"), namespace)


def test_no_unchecked_true_claim_in_the_docs() -> None:
    """Outside the tutorial (checked above), a claim that prints True is a doctest, which runs."""
    unchecked = [
        f"{page.relative_to(ROOT)}: {line.strip()}"
        for page in [*PAGES, ROOT / "README.md"]
        if page.name != "tutorial.md"
        for block in _blocks(page)
        if not block.lstrip().startswith(">>>")
        for line in block.splitlines()
        if re.search(r"#\s*(True|False)\b", line)
    ]
    assert not unchecked, unchecked
