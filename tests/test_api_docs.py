"""The API reference a person can read: every parameter of every public function and method is
described in its docstring's ``Args:`` section (Google style), and return types are precise.

"Public" is what the reference pages document: the names of ``newscorpus.__all__`` and the
public methods of its classes (a class's own ``__init__`` parameters are its attributes, which
``Attributes:`` describes).
"""

from __future__ import annotations

import inspect
import re
import typing

import pytest

import newscorpus

_SECTION = re.compile(r"^\s*(Args|Arguments|Parameters|Keyword Args):\s*$")
_ARG = re.compile(r"^\s+\**(\w+)(?: \([^)]*\))?:")


def _described(doc: str) -> set[str]:
    names: set[str] = set()
    inside = False
    indent = 0
    for line in doc.splitlines():
        if _SECTION.match(line):
            inside, indent = True, len(line) - len(line.lstrip())
            continue
        if inside and line.strip() and len(line) - len(line.lstrip()) <= indent:
            inside = False
        if inside and (match := _ARG.match(line)):
            names.add(match.group(1))
    return names


def _callables() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = []
    for name in sorted(newscorpus.__all__):
        obj = getattr(newscorpus, name)
        if inspect.isfunction(obj):
            found.append((name, obj))
        elif inspect.isclass(obj) and not issubclass(obj, BaseException):
            for attr, member in vars(obj).items():
                if attr.startswith("_"):
                    continue
                function = (
                    member.__func__ if isinstance(member, (classmethod, staticmethod)) else member
                )
                if inspect.isfunction(function):
                    found.append((f"{name}.{attr}", function))
    return found


def _parameters(function: object) -> list[str]:
    return [
        p.name
        for p in inspect.signature(function).parameters.values()  # type: ignore[arg-type]
        if p.name not in {"self", "cls"}
    ]


@pytest.mark.parametrize(("name", "function"), _callables(), ids=[n for n, _ in _callables()])
def test_every_public_parameter_is_described(name: str, function: object) -> None:
    wanted = _parameters(function)
    missing = sorted(set(wanted) - _described(inspect.getdoc(function) or ""))
    assert not missing, f"{name}: parameters without a description under 'Args:': {missing}"


def test_to_pandas_returns_a_dataframe() -> None:
    hints = typing.get_type_hints(
        newscorpus.Corpus.to_pandas, {"pandas": pytest.importorskip("pandas")}
    )
    assert hints["return"] is pytest.importorskip("pandas").DataFrame
