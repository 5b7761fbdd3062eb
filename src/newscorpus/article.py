"""The article model: :class:`Article`, :class:`Removal`, :class:`Evidence` and :class:`Origin`.

An :class:`Article` is what extraction makes of one page: the clean body, its metadata, every block
that cleaning dropped (with the rule that dropped it) and where each metadata value came from.
It round-trips losslessly through JSON with :meth:`Article.to_dict` / :meth:`Article.from_dict`.

Example:
    >>> from datetime import datetime
    >>> art = Article(title="Talks resume", text="First paragraph.", authors=("Ann Lee",),
    ...               published=datetime(2023, 6, 1), published_precision="day")
    >>> art.published_iso
    '2023-06-01'
    >>> Article.from_dict(art.to_dict()) == art
    True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any, Literal, cast

import attrs

from .errors import RecordError

__all__ = ["Article", "Evidence", "Origin", "Precision", "Removal", "make_article_id"]

Precision = Literal["year", "month", "day", "minute", "second"]
_PRECISIONS: tuple[str, ...] = ("year", "month", "day", "minute", "second")

JSONValue = Any  # anything json.dumps accepts; kept loose on purpose for `meta`


@attrs.frozen(kw_only=True)
class Removal:
    """A block that cleaning dropped, where it stood and the rule that dropped it.

    Attributes:
        text: the block's text as it stood in the page.
        rule: the name of the rule or feature that decided (e.g. ``"share-prompt"``).
        block: the 0-based index of the block in the page.
        line: the 1-based line of the block in a text page (``None`` for HTML).
        detail: anything the rule adds (the phrase that matched, the repeated text's count).

    Example:
        >>> Removal(text="Share this article", rule="share-prompt", block=3, line=7)
        Removal(text='Share this article', rule='share-prompt', block=3, line=7, detail='')
    """

    text: str
    rule: str
    block: int
    line: int | None = None
    detail: str = ""


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a metadata value came from.

    Attributes:
        source: the kind of place (``"text:byline"``, ``"html:json-ld"``, ``"html:meta"``, …).
        rule: the rule that read it (``"byline-prefix"``, ``"copyright-line"``, …).
        raw: the text it was read from, as printed.
        block: the block index it was found in, when it came from a block.

    Example:
        >>> Evidence(source="text:byline", rule="byline-prefix", raw="By Ann Lee", block=2).rule
        'byline-prefix'
    """

    source: str
    rule: str
    raw: str = ""
    block: int | None = None


@attrs.frozen(kw_only=True)
class Origin:
    """Where a page came from: the file, and the line or record inside it.

    Example:
        >>> Origin(path="news/a.jsonl", line=12, format="jsonl").path
        'news/a.jsonl'
    """

    path: str | None = None
    line: int | None = None
    format: str | None = None


def make_article_id(*, url: str | None, text: str, title: str | None = None) -> str:
    """A stable id for a page: a hash of its URL, or of its title and text when it has none.

    Example:
        >>> make_article_id(url="https://example.org/a", text="")
        'u-579f2a2ceeee0bc369f8'
        >>> make_article_id(url=None, text="Body") == make_article_id(url=None, text="Body")
        True
    """
    if url:
        return "u-" + hashlib.sha1(url.strip().encode("utf-8")).hexdigest()[:20]
    payload = f"{title or ''}\n{text}".encode("utf-8", "surrogatepass")
    return "t-" + hashlib.sha1(payload).hexdigest()[:20]


def _tuple_of_str(value: str | Iterable[Any] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _removals(value: Iterable[Removal]) -> tuple[Removal, ...]:
    return tuple(value)


def _evidence_map(value: Mapping[str, Evidence]) -> dict[str, Evidence]:
    return dict(value)


def _meta_map(value: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    return dict(value)


def _check_precision(_inst: object, _attr: object, value: str | None) -> None:
    if value is not None and value not in _PRECISIONS:
        raise ValueError(f"published_precision must be one of {_PRECISIONS}, not {value!r}")


@attrs.frozen(kw_only=True, eq=True)
class Article:
    """One news article: clean body, metadata, removals and provenance.

    Attributes:
        id: a stable identifier (see :func:`make_article_id`); made from url or text when empty.
        title: the headline.
        subtitle: the standfirst under the headline.
        section: the section label printed with the article.
        authors: the people or desks named as authors, in order.
        published: publication date-time; timezone-aware when the page gives a zone.
        published_precision: how much of ``published`` the page printed (``"day"`` for a date
            without a time).
        modified: last-modified date-time, kept apart from ``published``.
        source: the publication's name as the page spells it.
        url: the page's address.
        language: an ISO 639-1 code.
        text: the clean body, paragraphs separated by a blank line.
        removed: every block cleaning dropped, with its rule.
        provenance: for each metadata field, the :class:`Evidence` it was read from.
        meta: anything else found (JSON-serialisable values).
        origin: the file and line or record the page came from: the article's own, kept by
            every writer and reader (JSONL, Parquet, the store).
        read_from: where this object was read from in this session, e.g. the JSONL file and line
            or the Parquet row :meth:`~newscorpus.corpus.Corpus.load` read it from (for a page,
            its ``origin``); ``None`` for an article made in memory. Not part of equality, not
            written by any writer, so that what is written loads back equal.

    Example:
        >>> a = Article(text="Hello world.", url="https://example.org/x")
        >>> a.id.startswith("u-"), a.word_count
        (True, 2)
    """

    id: str = ""
    title: str | None = None
    subtitle: str | None = None
    section: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    published: datetime | None = None
    published_precision: Precision | None = attrs.field(default=None, validator=_check_precision)
    modified: datetime | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    text: str = ""
    removed: tuple[Removal, ...] = attrs.field(default=(), converter=_removals)
    provenance: Mapping[str, Evidence] = attrs.field(factory=dict, converter=_evidence_map)
    meta: Mapping[str, JSONValue] = attrs.field(factory=dict, converter=_meta_map)
    origin: Origin | None = None
    read_from: Origin | None = attrs.field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(
                self, "id", make_article_id(url=self.url, text=self.text, title=self.title)
            )

    __hash__ = None  # type: ignore[assignment]  # mappings inside: equality, not hashing

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The body's paragraphs.

        Example:
            >>> Article(text="One.\\n\\nTwo.").paragraphs
            ('One.', 'Two.')
        """
        return tuple(p for p in self.text.split("\n\n") if p.strip())

    @property
    def word_count(self) -> int:
        """Number of whitespace-separated words in the body."""
        return len(self.text.split())

    @property
    def published_iso(self) -> str | None:
        """``published`` as ISO 8601, cut to the precision the page printed.

        Example:
            >>> Article(published=datetime(2020, 12, 29), published_precision="day").published_iso
            '2020-12-29'
        """
        return _iso(self.published, self.published_precision)

    def evolve(self, **changes: Any) -> Article:
        """A copy with some fields changed (the id is kept unless given).

        Args:
            **changes: the new values, by field name (``title="B"``), converted and validated as
                the constructor does; a name that is not a field raises ``TypeError``.

        Example:
            >>> Article(text="x", title="A").evolve(title="B").title
            'B'
        """
        return attrs.evolve(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict holding every field; :meth:`from_dict` reverses it exactly.

        Example:
            >>> Article(text="x", authors=("A",)).to_dict()["authors"]
            ['A']
        """
        return {
            "id": self.id,
            "title": self.title,
            "subtitle": self.subtitle,
            "section": self.section,
            "authors": list(self.authors),
            "published": _datetime_to_json(self.published),
            "published_precision": self.published_precision,
            "modified": _datetime_to_json(self.modified),
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "text": self.text,
            "removed": [attrs.asdict(r) for r in self.removed],
            "provenance": {k: attrs.asdict(v) for k, v in self.provenance.items()},
            "meta": dict(self.meta),
            "origin": None if self.origin is None else attrs.asdict(self.origin),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict`'s output (unknown keys go to ``meta``).

        Args:
            data: a record as :meth:`to_dict` writes it, or the same read back from JSON (dates
                as ISO strings); a missing key takes the field's default.

        Raises:
            RecordError: a field holds a value of the wrong shape (a ``ValueError`` too).

        Example:
            >>> Article.from_dict({"text": "Body.", "published": "2021-03-04"}).published_precision
            'day'
        """
        if not isinstance(data, Mapping):
            raise RecordError(f"an article record is an object, not {type(data).__name__}")
        try:
            return cls._from_mapping(data)
        except RecordError:
            raise
        except (TypeError, ValueError) as exc:
            raise RecordError(f"not a valid article record: {exc}") from exc

    @classmethod
    def _from_mapping(cls, data: Mapping[str, Any]) -> Article:
        known = {f.name for f in attrs.fields(cls)} - {"read_from"}  # never written
        extra = {k: v for k, v in data.items() if k not in known}
        published, guessed = _datetime_from_json(data.get("published"))
        modified, _ = _datetime_from_json(data.get("modified"))
        # An absent precision is read off the ISO string; an explicit null stays null.
        precision = data.get("published_precision", guessed if published else None)
        meta = dict(_mapping(data, "meta"))
        meta.update(extra)
        origin = _mapping(data, "origin")
        return cls(
            id=str(data.get("id") or ""),
            title=_text(data, "title"),
            subtitle=_text(data, "subtitle"),
            section=_text(data, "section"),
            source=_text(data, "source"),
            url=_text(data, "url"),
            language=_text(data, "language"),
            authors=_tuple_of_str(data.get("authors")),
            published=published,
            published_precision=cast("Precision | None", precision),
            modified=modified,
            text=str(data.get("text") or ""),
            removed=tuple(Removal(**r) for r in _mappings(data, "removed")),
            provenance={
                k: Evidence(**_as_mapping(v, f"provenance.{k}"))
                for k, v in _mapping(data, "provenance").items()
            },
            meta=meta,
            origin=Origin(**origin) if origin else None,
        )


def _wrong(name: str, value: Any, wanted: str) -> RecordError:
    return RecordError(f"{name!r} must be {wanted}, not {type(value).__name__} {value!r:.60}")


def _text(data: Mapping[str, Any], name: str) -> str | None:
    """A field that is a string or null (``"url": true`` is refused, not crashed on later)."""
    value = data.get(name)
    if value is None or isinstance(value, str):
        return value
    raise _wrong(name, value, "a string or null")


def _mapping(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """The field ``name`` as a mapping (empty when absent or null)."""
    return _as_mapping(data.get(name), name)


def _as_mapping(value: Any, name: str) -> Mapping[str, Any]:
    if not value:
        return {}
    if isinstance(value, Mapping):
        return value
    raise _wrong(name, value, "an object")


def _mappings(data: Mapping[str, Any], name: str) -> list[Mapping[str, Any]]:
    value = data.get(name) or []
    if isinstance(value, list | tuple) and all(isinstance(v, Mapping) for v in value):
        return list(value)
    raise _wrong(name, value, "a list of objects")


def _datetime_to_json(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _datetime_from_json(value: Any) -> tuple[datetime | None, Precision]:
    """Parse an ISO string; also say how precise it was."""
    if value is None or value == "":
        return None, "second"
    if isinstance(value, datetime):
        return value, "second"
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day), "day"
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"not an ISO 8601 date: {text!r}") from exc
    if len(text) <= 10:
        return parsed, "day"
    return parsed, "second" if parsed.second or parsed.microsecond else "minute"


def _iso(value: datetime | None, precision: str | None) -> str | None:
    if value is None:
        return None
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    if precision == "day":
        return value.date().isoformat()
    if precision == "minute":
        return value.replace(second=0, microsecond=0).isoformat()
    return value.isoformat()
