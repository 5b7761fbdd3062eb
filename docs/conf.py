"""Sphinx configuration for the newscorpus documentation (MyST Markdown pages, furo theme)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

project = "newscorpus"
author = "newscorpus developers"
copyright = "2026, newscorpus developers"

try:
    release = version("newscorpus")
except PackageNotFoundError:  # building from a checkout that was never installed
    release = "0+unknown"
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "myst_parser",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Docstrings are Google style.
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True  # "Attributes:" as a field list, so attrs fields are not described twice
napoleon_use_rtype = False

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"show-inheritance": True}

# Every cross-reference must resolve (-n -W in CI). No intersphinx (the build runs offline), so
# the standard library and third-party types that appear in signatures cannot resolve: they are
# listed here, and nothing of newscorpus's own is.
nitpicky = True
nitpick_ignore = [
    ("py:class", "collections.abc.Callable"),
    ("py:class", "collections.abc.Collection"),
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "os.PathLike"),
    ("py:class", "newscorpus.query.nodes._Tokens"),
    # StoredCorpus's private mixin; its methods are documented on StoredCorpus itself.
    ("py:class", "newscorpus.store._streamed.Streamed"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "datetime.date"),
    ("py:class", "datetime.datetime"),
    ("py:class", "lxml.etree._Element"),
    ("py:class", "pathlib.Path"),
    ("py:class", "re.Pattern"),
    ("py:class", "Traversable"),  # importlib.resources.abc.Traversable (3.11+; importlib.abc before)
]

html_theme = "furo"
html_title = f"newscorpus {release}"
