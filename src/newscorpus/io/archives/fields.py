"""One archive document as its parsers read it, and the :class:`~newscorpus.article.Article` made
of it: typed fields, each with the label it was printed under as provenance, the body's
paragraphs, and the archive's furniture (headers, field lines, copyright, end markers) recorded as
removals.

The three archives' parsers (:mod:`.nexis`, :mod:`.factiva`, :mod:`.proquest`) only find where
each field stands; reading the values (dates with their precision, word counts, language names,
bylines) happens here, once, the same way for every archive.

Example:
    >>> doc = ArchiveDocument(archive="nexis", path="a.txt", number=1)
    >>> doc.add_field("title", "Talks resume", label="HEADLINE", line=3)
    >>> doc.add_field("date", "March 5, 2010 Friday", label="date line", line=2)
    >>> doc.add_paragraph("The talks resumed on Friday.", line=5)
    >>> art = doc.article()
    >>> art.title, art.published_iso, art.provenance["title"].rule
    ('Talks resume', '2010-03-05', 'field:HEADLINE')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

import attrs

from ...article import Article, Evidence, Origin, Precision, Removal
from ...errors import ExportError
from ...shapes import dayfirst_for, parse_date
from ...shapes.date_words import weekdays
from ...vocab import alternation, load_json
from .people import split_authors

__all__ = ["FURNITURE", "METADATA", "ArchiveDocument", "language_code", "read_date"]

METADATA = "export-metadata"
"""The removal rule of a line the archive printed as a field, whose value went into the
article's metadata."""
FURNITURE = "export-furniture"
"""The removal rule of the archive's own furniture (document headers, headings, end markers,
copyright lines, graphics notes, cover pages)."""

_WORDS = re.compile(r"\d[\d,.\s]*")
_ARTICLE_FIELDS = ("title", "source", "section")


def language_code(name: str) -> str | None:
    """The ISO 639-1 code of a language as an archive prints it (``ENGLISH``, ``Deutsch``,
    ``Anglais``, ``en``); ``None`` for a name not in ``data/exports/languages.json``.

    Example:
        >>> language_code("ENGLISH"), language_code("Deutsch"), language_code("fr"), language_code("?")
        ('en', 'de', 'fr', None)
    """
    key = " ".join(name.split()).strip(" .;").lower()
    if re.fullmatch(r"[a-z]{2}", key):
        return key
    table: Mapping[str, str] = load_json("exports", "languages.json")
    code = table.get(key) or table.get(key.split(" ")[0].split(",")[0].split(";")[0])
    return code if isinstance(code, str) else None


@cache
def _weekday_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(weekdays())})\b\.?,?", re.IGNORECASE)


_TIME = re.compile(
    r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?"
)


@lru_cache(maxsize=4096)  # an export repeats its dates: many documents of a day
def read_date(text: str, language: str | None = None) -> tuple[datetime, Precision] | None:
    """A date as an archive prints it (``March 5, 2010 Friday``, ``5. März 2010``,
    ``5 March 2010``, ``Mar 5, 2010``, ``2010-03-05``), with the precision printed; weekday
    names are ignored and a time printed after the date (``10:30 PM``) is kept.

    Args:
        text: the date as printed.
        language: the document's language code, which says how to read ``03/04/2010``.

    Example:
        >>> read_date("March 5, 2010 Friday 10:30 PM")
        (datetime.datetime(2010, 3, 5, 22, 30), 'minute')
        >>> read_date("5. März 2010", "de")
        (datetime.datetime(2010, 3, 5, 0, 0), 'day')
        >>> read_date("no date") is None
        True
    """
    cleaned = " ".join(_weekday_pattern().sub(" ", text[:200]).split())
    found = parse_date(cleaned, dayfirst=dayfirst_for(language), allow_future=True)
    if found is None:
        return None
    value, precision = found.value, found.precision
    if precision == "day":
        clock = _TIME.search(cleaned, found.end)
        if clock is not None:
            value, precision = _with_clock(value, clock), "minute"
    return value, precision


def _with_clock(value: datetime, clock: re.Match[str]) -> datetime:
    hour = int(clock["h"])
    ampm = (clock["ampm"] or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return value.replace(hour=hour, minute=int(clock["m"]), second=int(clock["s"] or 0))


def _word_count(text: str) -> int | None:
    match = _WORDS.search(text)
    if match is None:
        return None
    digits = re.sub(r"\D", "", match.group())
    return int(digits) if digits and len(digits) < 9 else None


@attrs.define(kw_only=True)
class ArchiveDocument:
    """One document of an export, filled in by a parser: its fields as printed, its body's
    paragraphs and the lines left out; :meth:`article` reads them into an Article.

    Attributes:
        archive: the archive's format name (``"nexis"``, ``"factiva"``, ``"proquest"``).
        path: the export file.
        number: the document's 1-based number in the export.

    Example:
        >>> doc = ArchiveDocument(archive="factiva", path="f.txt", number=2)
        >>> doc.add_field("title", "Talks resume", label="HD", line=3)
        >>> doc.add_field("length", "512 words", label="WC", line=4)
        >>> doc.article().meta["word_count"]
        512
    """

    archive: str
    path: str
    number: int
    fields: list[tuple[str, str, str, int | None]] = attrs.field(factory=list)
    paragraphs: list[tuple[str, int | None]] = attrs.field(factory=list)
    removed: list[Removal] = attrs.field(factory=list)
    _blocks: int = 0

    def add_field(
        self, name: str, value: str, *, label: str, line: int | None, printed: str | None = None
    ) -> None:
        """Record a field printed under ``label`` (its line is also a removal from the body).

        Args:
            name: the field it fills (``"title"``, ``"date"``, ``"byline"``, a meta key).
            value: the value as printed.
            label: the label or code it was printed under, or what the line is
                (``"date line"``).
            line: its 1-based line in the export, when the export has lines.
            printed: the line as it stood, label included (``value`` when not given).
        """
        value = value.strip()
        self.fields.append((name, value, label, line))
        self.remove(printed if printed is not None else value, METADATA, line=line, detail=name)

    def add_paragraph(self, text: str, *, line: int | None) -> None:
        """Add a paragraph of the body (runs of white space are kept as printed inside it).

        Args:
            text: the paragraph.
            line: its 1-based line in the export.
        """
        text = text.strip()
        if text:
            self.paragraphs.append((text, line))
            self._blocks += 1

    def remove(self, text: str, rule: str, *, line: int | None, detail: str = "") -> None:
        """Record a line of the document that is not body text.

        Args:
            text: the line as printed.
            rule: :data:`~newscorpus.io.archives.fields.METADATA` or
                :data:`~newscorpus.io.archives.fields.FURNITURE`.
            line: its 1-based line in the export.
            detail: what it was (the field it filled, or the kind of furniture).
        """
        if text.strip():
            self.removed.append(
                Removal(text=text.strip(), rule=rule, block=self._blocks, line=line, detail=detail)
            )
            self._blocks += 1

    def error(self, message: str) -> ExportError:
        """An :class:`~newscorpus.errors.ExportError` naming the file and this document.

        Args:
            message: what is wrong and what to do.
        """
        return ExportError(
            f"{message} (document {self.number} of this {self.archive} export)",
            path=self.path,
            line=self.number,
            stage="parse",
        )

    def first(self, name: str) -> tuple[str, str, int | None] | None:
        """The first field ``name`` recorded: its value, label and line."""
        for field, value, label, line in self.fields:
            if field == name and value:
                return value, label, line
        return None

    def article(self) -> Article:
        """The Article: typed fields with provenance, the body, the removals.

        Raises:
            ExportError: the document has neither a body nor a title (a truncated export).
        """
        if not self.paragraphs and self.first("title") is None:
            raise self.error("neither a title nor a body (the export may be truncated)")
        values: dict[str, Any] = {}
        provenance: dict[str, Evidence] = {}
        meta: dict[str, Any] = {"archive": self.archive}
        language = self._language(values, provenance, meta)
        for name in _ARTICLE_FIELDS:
            self._text_field(name, values, provenance)
        self._published(language, values, provenance, meta)
        self._authors(values, provenance)
        self._meta(meta)
        return Article(
            text="\n\n".join(text for text, _ in self.paragraphs),
            removed=tuple(self.removed),
            provenance=provenance,
            meta=meta,
            origin=Origin(path=self.path, line=self.number, format=self.archive),
            **values,
        )

    def _evidence(self, label: str, raw: str) -> Evidence:
        return Evidence(source=f"export:{self.archive}", rule=f"field:{label}", raw=raw[:300])

    def _text_field(
        self, name: str, values: dict[str, Any], provenance: dict[str, Evidence]
    ) -> None:
        # A headline or publication printed over several lines is one value.
        found = [
            (value, label) for field, value, label, _ in self.fields if field == name and value
        ]
        if found:
            raw = " ".join(value for value, _ in found)
            values[name] = " ".join(raw.split())
            provenance[name] = self._evidence(found[0][1], raw)

    def _language(
        self, values: dict[str, Any], provenance: dict[str, Evidence], meta: dict[str, Any]
    ) -> str | None:
        found = self.first("language")
        if found is None:
            return None
        code = language_code(found[0])
        if code is None:
            meta["language_printed"] = found[0]
            return None
        values["language"] = code
        provenance["language"] = self._evidence(found[1], found[0])
        return code

    def _published(
        self,
        language: str | None,
        values: dict[str, Any],
        provenance: dict[str, Evidence],
        meta: dict[str, Any],
    ) -> None:
        found = self.first("date")
        if found is None:
            return
        clock = self.first("time")
        printed = f"{found[0]} {clock[0]}" if clock else found[0]
        read = read_date(printed, language)
        if read is None:
            meta["date_printed"] = found[0]
            return
        values["published"], values["published_precision"] = read
        provenance["published"] = self._evidence(found[1], printed)

    def _authors(self, values: dict[str, Any], provenance: dict[str, Evidence]) -> None:
        # ProQuest's "Author:" field prints "Surname, Given"; bylines print names as signed.
        surname_first = self.first("byline") is None
        found = self.first("byline") or self.first("author")
        if found is None:
            return
        authors = split_authors(found[0], surname_first=surname_first)
        if authors:
            values["authors"] = authors
            provenance["authors"] = self._evidence(found[1], found[0])

    def _meta(self, meta: dict[str, Any]) -> None:
        taken = {*_ARTICLE_FIELDS, "date", "time", "byline", "author", "language", "length"}
        length = self.first("length")
        if length is not None:
            count = _word_count(length[0])
            if count is not None:
                meta["word_count"] = count
        for name, value, _label, _line in self.fields:
            if name in taken or not value:
                continue
            if name == "correction_appended":
                meta[name] = True
                continue
            if name in meta and isinstance(meta[name], str):
                meta[name] = f"{meta[name]}\n{value}"
            else:
                meta.setdefault(name, value)
