"""Sphinx configuration for the newscorpus documentation (MyST Markdown pages, furo theme)."""

from __future__ import annotations

import re
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
    "sphinx_copybutton",
    # The over-time how-to's figures are drawn when the docs build (Agg backend, PNG into the
    # build folder): matplotlib, the [plot] extra, is in the docs extra.
    "matplotlib.sphinxext.plot_directive",
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
    # The command line's progress bar, which open_stream and ArticleStream also take.
    ("py:class", "newscorpus._batch.progress.ProgressBar"),
    ("py:class", "ArticleTokens"),  # a docstring's short name for newscorpus.query.ArticleTokens
    # The cleaning stage's verdicts on a page, taken by the headline scorer's functions; an
    # internal type with no page of its own.
    ("py:class", "newscorpus.clean.classify.Classified"),
    ("py:class", "collections.abc.Mapping"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "datetime.date"),
    ("py:class", "date"),  # datetime.date, as plot.py's signature spells it
    ("py:class", "datetime.datetime"),
    ("py:class", "lxml.etree._Element"),
    ("py:class", "pathlib.Path"),
    ("py:class", "re.Pattern"),
    ("py:class", "pandas.DataFrame"),
    ("py:class", "Axes"),  # matplotlib.axes.Axes, in the signatures of the plots
    ("py:class", "matplotlib.axes.Axes"),
    ("py:class", "datasets.Dataset"),  # the hf extra's class; no inventory of its docs here
    ("py:class", "Traversable"),  # importlib.resources.abc.Traversable (3.11+; importlib.abc before)
    ("py:class", "types.ModuleType"),  # what errors.import_extra returns
]

plot_formats = [("png", 100)]
plot_html_show_formats = False
plot_html_show_source_link = False
plot_rcparams = {"figure.figsize": (8, 4)}

html_theme = "furo"
html_title = f"newscorpus {release}"

# The copy button copies code without the ``>>>`` / ``...`` prompts and without the output lines
# of a doctest, so what is pasted runs.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_exclude = ".linenos, .gp, .go"


def _attrs_defaults(app, what, name, obj, options, signature, return_annotation):  # type: ignore[no-untyped-def]
    """Show an attrs class's factory defaults as values (``authors=()``), not ``= NOTHING``."""
    import attrs  # noqa: PLC0415

    if what != "class" or not signature or "NOTHING" not in signature or not attrs.has(obj):
        return None
    for field in attrs.fields(obj):
        default = field.default
        if not field.init or not isinstance(default, attrs.Factory) or default.takes_self:
            continue
        alias = getattr(field, "alias", None) or field.name.lstrip("_")
        pattern = rf"(\b{re.escape(alias)}(?:: [^=]+?)?) = NOTHING"
        signature = re.sub(pattern, rf"\1 = {default.factory()!r}", signature, count=1)
    return signature, return_annotation


def setup(app):  # type: ignore[no-untyped-def]
    app.connect("autodoc-process-signature", _attrs_defaults)
