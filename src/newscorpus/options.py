"""Frozen, keyword-only options for each stage: cleaning, metadata, extraction and loading.

Options are values, not settings: pass them where they apply, derive variants with
``attrs.evolve``. Validators reject contradictions at construction time.

Example:
    >>> opts = ExtractOptions(clean=CleanOptions(disabled_rules=frozenset({"repeated-block"})))
    >>> "repeated-block" in opts.clean.disabled_rules
    True
    >>> LoadOptions(errors="explode")
    Traceback (most recent call last):
    ...
    newscorpus.errors.OptionsError: errors must be one of 'raise', 'warn', 'skip', not 'explode'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, Literal, Protocol, runtime_checkable

import attrs

from . import rule_names
from .errors import OptionsError

__all__ = [
    "CleanOptions",
    "ErrorPolicy",
    "ExtractOptions",
    "LoadOptions",
    "MetaOptions",
    "TemplateModel",
]

ErrorPolicy = Literal["raise", "warn", "skip"]
Segmentation = Literal["auto", "lines", "paragraphs"]

_LANGS = ("en", "ru", "de", "fr", "es", "tr", "az", "pt", "it")


def _one_of(*allowed: str) -> Callable[[object, attrs.Attribute[str], str], None]:
    def check(_inst: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in allowed:
            choices = ", ".join(repr(a) for a in allowed)
            raise OptionsError(f"{attribute.name} must be one of {choices}, not {value!r}")

    return check


def _frozen(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


def _positive(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value <= 0:
        raise OptionsError(f"{attribute.name} must be positive, not {value!r}")


def _optional_share(
    _inst: object, attribute: attrs.Attribute[float | None], value: float | None
) -> None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise OptionsError(f"{attribute.name} must be between 0 and 1 (or None), not {value!r}")


def _known_rules(
    _inst: object, attribute: attrs.Attribute[frozenset[str]], value: frozenset[str]
) -> None:
    unknown = sorted(value - rule_names.ALL, key=repr)
    if unknown:
        given = ", ".join(repr(name) for name in unknown)
        known = ", ".join(sorted(rule_names.ALL))
        raise OptionsError(f"{attribute.name}: no rule is named {given}; the rules are: {known}")


@runtime_checkable
class TemplateModel(Protocol):
    """What ``CleanOptions.boilerplate`` holds: a model of site templates (a
    :class:`~newscorpus.templates.BoilerplateModel`) that gives the cleaning rule for one page.

    A protocol, not the class, so that the options (at the bottom of the package) need not import
    the templates module (which fits and saves models, above extraction).

    Example:
        >>> from newscorpus import BoilerplateModel
        >>> isinstance(BoilerplateModel(sites=()), TemplateModel)
        True
    """

    def rule(
        self, *, url: str | None = None, source: str | None = None
    ) -> Callable[[Any], Iterable[Any]]:
        """The cleaning rule (page in, verdicts out) for a page with this address and publisher."""
        ...


def _flag(_inst: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise OptionsError(f"{attribute.name} must be True or False, not {value!r}")


@attrs.frozen(kw_only=True)
class CleanOptions:
    """How pages are cut into blocks and which blocks are boilerplate.

    Attributes:
        segmentation: ``"lines"`` makes every non-empty line a block, ``"paragraphs"`` joins
            lines up to a blank line, ``"auto"`` (default) joins only hard-wrapped lines.
        languages: the phrase lists to use (ISO 639-1 codes); ``None`` uses all shipped lists,
            which is what mixed-language corpora want.
        disabled_rules: rule names never to apply (see :mod:`newscorpus.rule_names`); an
            unknown name raises :class:`~newscorpus.errors.OptionsError`, which lists the known ones.
        min_body_words: a block needs this many words to count as body text on its own.
        boilerplate: a :class:`~newscorpus.templates.BoilerplateModel` fitted on many pages; its
            site template lines are dropped as ``learned-template`` (see :doc:`/howto/templates`).
        keep_standfirst: (HTML) keep the standfirst, the sentence or two between the headline
            and the article's first paragraph, as the body's opening. Off by default: whether a
            standfirst is body text differs between conventions (the pass that keeps it is
            ``newscorpus.clean.passes.leads``).

    Example:
        >>> CleanOptions(segmentation="lines").segmentation
        'lines'
    """

    segmentation: Segmentation = attrs.field(
        default="auto", validator=_one_of("auto", "lines", "paragraphs")
    )
    languages: tuple[str, ...] | None = attrs.field(default=None)
    disabled_rules: frozenset[str] = attrs.field(
        default=frozenset(), converter=_frozen, validator=_known_rules
    )
    min_body_words: int = attrs.field(default=10, validator=_positive)
    boilerplate: TemplateModel | None = attrs.field(default=None)
    keep_standfirst: bool = attrs.field(default=False, validator=_flag)

    @boilerplate.validator
    def _check_boilerplate(self, _attr: attrs.Attribute[object], value: object) -> None:
        if value is not None and not isinstance(value, TemplateModel):
            raise OptionsError(
                f"boilerplate must be a BoilerplateModel or None, not {type(value).__name__}"
            )

    @languages.validator
    def _check_languages(self, _attr: attrs.Attribute[object], value: object) -> None:
        if value is None:
            return
        if not isinstance(value, tuple) or not value:
            raise OptionsError("languages must be None or a non-empty tuple of language codes")
        unknown = [v for v in value if v not in _LANGS]
        if unknown:
            raise OptionsError(f"no phrase lists for {unknown}; shipped: {', '.join(_LANGS)}")


@attrs.frozen(kw_only=True)
class MetaOptions:
    """How metadata is read.

    Attributes:
        reference_time: the time relative dates ("3 hours ago") are resolved against, e.g. the
            crawl time. ``None`` leaves relative dates unresolved: never ``now()`` silently.
        dayfirst: force day-first (``True``) or month-first (``False``) reading of numeric dates;
            ``None`` decides from the page (dotted dates are day-first, the language, other dates).
        min_year: dates before this year are rejected as publication dates.
        allow_future: accept publication dates after ``reference_time`` (or today).
        reference_from_file: with no ``reference_time``, use the crawl time a record carries
            (``crawled``, ``fetched``, ``crawl_time``…) or else the modification time of the file
            a page was loaded from (the moment it was saved, a fair stand-in for the crawl).
        title_bar: how sure (a probability, 0 to 1) the headline scorer of plain-text pages must
            be to give a title; ``None`` takes the bar fitted with the scorer. Higher gives fewer
            titles and fewer wrong ones; a title below the bar is left out, and the provenance
            keeps the candidate and its score.
        byline_bar: the same for the byline scorer of plain-text pages (a byline line without a
            prefix, a prefix on the line above, names beside a date): ``None`` takes the fitted
            bar; a byline that opens with its prefix ("By Ann Lee") is taken without scoring.
        date_bar: the same for the publication-day scorer of plain-text pages (every day the
            page prints competes): ``None`` takes the fitted bar; a day below the bar is left
            out, and the provenance says which day and with what probability.

    Example:
        >>> MetaOptions(min_year=2000).min_year
        2000
    """

    reference_time: datetime | None = None
    dayfirst: bool | None = None
    min_year: int = attrs.field(default=1990, validator=_positive)
    allow_future: bool = False
    reference_from_file: bool = False
    title_bar: float | None = attrs.field(default=None, validator=_optional_share)
    byline_bar: float | None = attrs.field(default=None, validator=_optional_share)
    date_bar: float | None = attrs.field(default=None, validator=_optional_share)


@attrs.frozen(kw_only=True)
class ExtractOptions:
    """Options for turning one page into an :class:`~newscorpus.article.Article`.

    Attributes:
        clean: how blocks are judged body or boilerplate.
        meta: how metadata is read.
        max_elements: an HTML page with more elements than this is refused with an
            :class:`~newscorpus.errors.InputError` rather than read for many seconds; real pages
            hold a few thousand.

    Example:
        >>> ExtractOptions().clean.segmentation, ExtractOptions().max_elements
        ('auto', 200000)
    """

    clean: CleanOptions = attrs.field(factory=CleanOptions)
    meta: MetaOptions = attrs.field(factory=MetaOptions)
    max_elements: int = attrs.field(default=200_000, validator=_positive)


_DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@attrs.frozen(kw_only=True)
class LoadOptions:
    """How files are found, decoded and read.

    Attributes:
        errors: ``"raise"`` stops at the first unusable page; ``"warn"`` and ``"skip"`` leave it
            out and record a :class:`~newscorpus.errors.Skipped` (``"warn"`` also warns).
        encoding: force an encoding instead of detecting one.
        max_bytes: files larger than this are refused (a clear error, not a hang); so are
            compressed files (``.gz``, ``.bz2``, ``.xz``, ``.zst``) that decompress to more than
            this, a :class:`~newscorpus.errors.CompressionError` raised after decompressing at
            most that much. WARC files, read record by record, may be larger: the cap applies to
            each record and to its decoded page.
        text_field: the JSONL key / CSV column with the text; ``None`` tries the usual names.
        html_field: the JSONL key / CSV column with raw HTML, if the records hold HTML.
        extract: the extraction options used for every page.
        keep_empty: keep the pages whose extraction finds no article text (a page of scripts,
            menus or links only) as articles with an empty ``text``; by default they are left
            out and listed in ``Corpus.skipped`` with the reason, whatever ``errors`` says.

    Example:
        >>> LoadOptions(errors="skip").errors
        'skip'
        >>> LoadOptions().keep_empty
        False
    """

    errors: ErrorPolicy = attrs.field(default="raise", validator=_one_of("raise", "warn", "skip"))
    encoding: str | None = None
    max_bytes: int = attrs.field(default=_DEFAULT_MAX_BYTES, validator=_positive)
    text_field: str | None = None
    html_field: str | None = attrs.field(default=None)
    extract: ExtractOptions = attrs.field(factory=ExtractOptions)
    keep_empty: bool = False

    @html_field.validator
    def _check_fields(self, _attr: attrs.Attribute[object], value: object) -> None:
        if value is not None and value == self.text_field:
            raise OptionsError("text_field and html_field name the same column")
