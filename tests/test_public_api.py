"""The top-level public API: ``__all__`` lists exactly the public names, each one documented."""

from __future__ import annotations

import importlib
import inspect
import re
import types
from importlib import metadata
from pathlib import Path

import pytest

import newscorpus

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "api.md"
# The exported names, read without failing collection when __all__ is missing (the first test
# then says so); a missing or empty __all__ still gives one failing case below, never a skip.
EXPORTED = sorted(getattr(newscorpus, "__all__", ())) or ["<no __all__>"]


def _public_names() -> set[str]:
    """Names bound in the package namespace that a user sees as public.

    Everything counts except private names, submodules and the ``from __future__`` feature flag;
    a helper imported at top level (``Any``, ``Path``) must be made private or exported.
    """
    names = set()
    for name, value in vars(newscorpus).items():
        if name.startswith("_") or isinstance(value, types.ModuleType):
            continue
        if type(value).__module__ == "__future__":  # the `annotations` feature flag
            continue
        names.add(name)
    return names


def test_all_is_exactly_the_public_names() -> None:
    assert hasattr(newscorpus, "__all__"), "newscorpus defines no __all__"
    exported = set(newscorpus.__all__)
    public = _public_names()
    missing, extra = sorted(public - exported), sorted(exported - public)
    assert not missing, f"public in newscorpus but missing from __all__: {missing}"
    assert not extra, f"in __all__ but not defined in newscorpus: {extra}"
    assert sorted(newscorpus.__all__) == sorted(public)


def test_all_has_no_duplicates_and_is_sorted() -> None:
    assert hasattr(newscorpus, "__all__"), "newscorpus defines no __all__"
    assert len(newscorpus.__all__) == len(set(newscorpus.__all__))
    assert list(newscorpus.__all__) == sorted(newscorpus.__all__)


def test_star_import_gives_exactly_all() -> None:
    assert hasattr(newscorpus, "__all__"), "newscorpus defines no __all__"
    namespace: dict[str, object] = {}
    exec("from newscorpus import *", namespace)
    namespace.pop("__builtins__")
    assert sorted(namespace) == sorted(newscorpus.__all__)


def _own_doc(obj: object) -> str | None:
    """The object's own docstring (a class does not count its base class's)."""
    if inspect.isclass(obj):
        doc = vars(obj).get("__doc__")
        return doc if isinstance(doc, str) else None
    return getattr(obj, "__doc__", None)


@pytest.mark.parametrize("name", EXPORTED)
def test_every_exported_name_is_documented(name: str) -> None:
    obj = getattr(newscorpus, name)
    doc = _own_doc(obj)
    assert doc and doc.strip(), f"newscorpus.{name} has no docstring"


@pytest.mark.parametrize("name", EXPORTED)
def test_every_exported_name_is_listed_in_the_api_page(name: str) -> None:
    obj = getattr(newscorpus, name)
    text = API_PAGE.read_text(encoding="utf-8")
    assert f".{name}`" in text, f"docs/api.md does not list newscorpus.{name} ({obj!r})"


@pytest.mark.parametrize("name", EXPORTED)
def test_every_exported_name_is_reachable_from_its_module(name: str) -> None:
    obj = getattr(newscorpus, name)
    module_name = getattr(obj, "__module__", None)
    assert module_name and module_name.startswith("newscorpus."), (
        f"newscorpus.{name} comes from {module_name!r}, not from a newscorpus module"
    )
    assert getattr(importlib.import_module(module_name), name, None) is obj


def test_the_package_is_documented_and_has_a_version() -> None:
    assert newscorpus.__doc__ and newscorpus.__doc__.strip()
    version = newscorpus.__version__
    assert isinstance(version, str) and re.match(r"\d+\.\d+", version), version
    try:
        installed = metadata.version("newscorpus")
    except metadata.PackageNotFoundError:  # imported from a checkout that was never installed
        return
    assert version == installed, "newscorpus.__version__ differs from the installed metadata"
    with pytest.raises(AttributeError):
        _ = newscorpus.no_such_name  # type: ignore[attr-defined]
