"""Synthetic news-archive exports written from Articles, in each archive's layout: for tests
(read them back and compare) and benchmarks (hundreds of documents). No vendor text is copied:
the layouts follow the archives' documented structure (see :mod:`newscorpus.io.archives`).

Each writer prints what an Article holds: title, source, published (with a time when its
precision is finer than a day), authors, section, language, ``meta["word_count"]`` (else the
body's own count), ``meta["document_id"]`` and the body's paragraphs.

Example:
    >>> from datetime import datetime
    >>> from newscorpus.article import Article
    >>> art = Article(title="Talks resume", source="The Courier", authors=("Ann Lee",),
    ...               published=datetime(2010, 3, 5), published_precision="day",
    ...               language="en", text="The talks resumed.")
    >>> print(write_factiva_text([art]).splitlines()[0])
    HD  Talks resume
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from xml.sax.saxutils import escape

from ..article import Article

__all__ = [
    "to_rtf",
    "write_factiva_html",
    "write_factiva_text",
    "write_nexis_docx",
    "write_nexis_text",
    "write_proquest_text",
]

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}
_WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
}
_LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French"}
_NEXIS_LABELS = {
    "en": ("of", "DOCUMENTS", "BYLINE", "SECTION", "LENGTH", "words", "LOAD-DATE", "LANGUAGE"),
    "de": ("von", "DOKUMENTEN", "AUTOR", "RUBRIK", "LÄNGE", "Wörter", "UPDATE", "SPRACHE"),
    "fr": ("sur", "DOCUMENTS", "AUTEUR", "RUBRIQUE", "LONGUEUR", "mots", "UPDATE", "LANGUE"),
}


def _lang(article: Article) -> str:
    return article.language if article.language in _MONTHS else "en"


def _long_date(value: datetime, language: str, weekday: bool = True) -> str:
    month = _MONTHS[language][value.month - 1]
    day = _WEEKDAYS[language][value.weekday()] if weekday else ""
    if language == "en":
        printed = f"{month} {value.day}, {value.year} {day}"
    elif language == "de":
        printed = f"{value.day}. {month} {value.year} {day}"
    else:
        printed = f"{day} {value.day} {month} {value.year}"
    return " ".join(printed.split())


def _clock(article: Article) -> str:
    if article.published is None or article.published_precision in (None, "year", "month", "day"):
        return ""
    return f" {article.published:%H:%M}"


def _words(article: Article) -> int:
    count = article.meta.get("word_count")
    return count if isinstance(count, int) else article.word_count


def write_nexis_text(
    articles: Sequence[Article], *, first: int = 1, total: int | None = None
) -> str:
    """A classic LexisNexis text export: ``N of M DOCUMENTS`` headers, publication, date line,
    headline, capitalised field lines, body, closing fields and copyright; labels in the
    article's language (English, German or French).

    Args:
        articles: the documents, in order.
        first: the number of the first document (a file of a longer export starts later).
        total: the export's announced total (``len(articles)`` when not given).

    Example:
        >>> from newscorpus.article import Article
        >>> write_nexis_text([Article(title="T", text="Body.", language="de")]).splitlines()[0]
        '                    1 von 1 DOKUMENTEN'
    """
    total = total if total is not None else first + len(articles) - 1
    out: list[str] = []
    for number, art in enumerate(articles, start=first):
        lang = _lang(art)
        of, docs, byline, section, length, words, load, language = _NEXIS_LABELS[lang]
        out += [f"{' ' * 20}{number} {of} {total} {docs}", ""]
        if art.source:
            out += [f"{' ' * 20}{art.source}", ""]
        if art.published is not None:
            out += [f"{' ' * 20}{_long_date(art.published, lang)}{_clock(art)}", ""]
        if art.title:
            out += [art.title, ""]
        if art.authors:
            joiner = {"en": " and ", "de": " und ", "fr": " et "}[lang]
            out += [f"{byline}: {joiner.join(art.authors)}", ""]
        if art.section:
            out += [f"{section}: {art.section}", ""]
        out += [f"{length}: {_words(art)} {words}", ""]
        out += [line for p in art.paragraphs for line in (p, "")]
        if art.published is not None:
            out += [f"{load}: {_long_date(art.published, lang, weekday=False)}", ""]
        if art.language:
            out += [f"{language}: {_LANGUAGE_NAMES.get(art.language, art.language).upper()}", ""]
        out += ["PUBLICATION-TYPE: Newspaper", "", f"{' ' * 16}Copyright {art.source or ''}", ""]
    return "\r\n".join(out) + "\r\n"


def _nexis_uni_paragraphs(articles: Sequence[Article]) -> list[str]:
    paragraphs = ["Date and Time: Monday, December 7, 2026 10:00:00 AM CET", "Job Number: 1"]
    paragraphs += [f"Documents ({len(articles)})", "Client/Matter: -None-"]
    paragraphs += [f"{i}. {art.title}" for i, art in enumerate(articles, start=1)]
    for art in articles:
        lang = _lang(art)
        paragraphs += [art.title or "", art.source or ""]
        if art.published is not None:
            paragraphs.append(f"{_long_date(art.published, lang)}{_clock(art)}")
        paragraphs.append(f"Copyright {art.source or ''}")
        if art.section:
            paragraphs.append(f"Section: {art.section}")
        paragraphs.append(f"Length: {_words(art)} words")
        if art.authors:
            paragraphs.append(f"Byline: {' and '.join(art.authors)}")
        paragraphs += ["Body", *art.paragraphs, "Classification"]
        if art.language:
            paragraphs.append(
                f"Language: {_LANGUAGE_NAMES.get(art.language, art.language).upper()}"
            )
        paragraphs.append("Publication-Type: Newspaper")
        if art.published is not None:
            paragraphs.append(f"Load-Date: {_long_date(art.published, 'en', weekday=False)}")
        paragraphs.append("End of Document")
    return paragraphs


def write_nexis_docx(articles: Sequence[Article]) -> bytes:
    """A Nexis Uni DOCX export: a cover page, then each document headline first, title-case
    field lines, a ``Body`` heading and an ``End of Document`` line.

    Args:
        articles: the documents, in order.

    Example:
        >>> from newscorpus.article import Article
        >>> write_nexis_docx([Article(title="T", text="Body.")])[:2]
        b'PK'
    """
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>'
        for p in _nexis_uni_paragraphs(articles)
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", xml)
    return raw.getvalue()


def to_rtf(text: str) -> str:
    """``text`` as an RTF document: one ``\\par`` per line, characters beyond ASCII escaped.

    Args:
        text: plain text.

    Example:
        >>> to_rtf("März")
        '{\\\\rtf1\\\\ansi\\\\deff0 M\\\\u228?rz\\\\par\\n}'
    """

    def char(ch: str) -> str:
        if ch in "\\{}":
            return "\\" + ch
        if ord(ch) < 128:
            return ch
        code = ord(ch)
        return f"\\u{code - 65536 if code > 32767 else code}?"

    lines = ("".join(char(ch) for ch in line) + "\\par\n" for line in text.splitlines())
    return "{\\rtf1\\ansi\\deff0 " + "".join(lines) + "}"


def _factiva_fields(art: Article) -> list[tuple[str, list[str]]]:
    lang = _lang(art)
    fields: list[tuple[str, list[str]]] = [("HD", [art.title or ""])]
    if art.section:
        fields.append(("SE", [art.section]))
    if art.authors:
        fields.append(("BY", [f"By {' and '.join(art.authors)}"]))
    fields.append(("WC", [f"{_words(art)} words"]))
    if art.published is not None:
        fields.append(
            (
                "PD",
                [
                    f"{art.published.day} {_MONTHS[lang][art.published.month - 1]} {art.published.year}"
                ],
            )
        )
        if _clock(art):
            fields.append(("ET", [_clock(art).strip()]))
    if art.source:
        fields += [("SN", [art.source]), ("SC", [art.source[:4].upper()])]
    if art.language:
        fields.append(("LA", [_LANGUAGE_NAMES.get(art.language, art.language)]))
    fields.append(("CY", [f"(c) {art.source or ''}"]))
    paragraphs = list(art.paragraphs)
    fields += [("LP", paragraphs[:1]), ("TD", paragraphs[1:])]
    fields.append(("NS", ["gcat : Political/General News"]))
    fields.append(("AN", [f"Document {art.meta.get('document_id', 'X')}"]))
    return [(code, value) for code, value in fields if value]


def write_factiva_text(articles: Sequence[Article]) -> str:
    """A Factiva text export with field codes: each code at the start of a line, short values
    beside it, the lead (``LP``) and text (``TD``) paragraphs on the lines below, blank lines
    between paragraphs, ``AN Document …`` closing each article, page lines between.

    Args:
        articles: the articles, in order; ``meta["document_id"]`` is printed as the accession
            number.

    Example:
        >>> from newscorpus.article import Article
        >>> "AN  Document F1" in write_factiva_text([Article(title="T", text="B", meta={"document_id": "F1"})])
        True
    """
    out: list[str] = []
    for number, art in enumerate(articles, start=1):
        for code, value in _factiva_fields(art):
            if code in ("LP", "TD"):
                out += [code, *(x for p in value for x in (p, ""))]
            else:
                out += [f"{code}  {value[0]}", ""]
        out += [f"Page {number} of {len(articles)} © 2026 Factiva, Inc. All rights reserved.", ""]
    return "\n".join(out)


def write_factiva_html(articles: Sequence[Article]) -> str:
    """A Factiva HTML export: one ``div class="article xxArticle"`` per article holding a table
    of field rows (code, value; the text's paragraphs as ``p`` elements).

    Args:
        articles: the articles, in order.

    Example:
        >>> from newscorpus.article import Article
        >>> "<b>HD</b>" in write_factiva_html([Article(title="T", text="B")])
        True
    """
    parts = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>Factiva</title></head><body>']
    for art in articles:
        parts.append(f'<div class="article {_lang(art)}Article"><table>')
        for code, value in _factiva_fields(art):
            cell = "".join(f"<p>{escape(v)}</p>" for v in value)
            parts.append(f'<tr><td class="index"><b>{code}</b></td><td>{cell}</td></tr>')
        parts.append("</table></div><br>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_proquest_text(articles: Sequence[Article]) -> str:
    """A ProQuest text export: a cover with a table of contents, then each record after a rule
    of underscores: ``Document N of M``, the headline, ``Author:`` (surname first), ``Full
    text:`` and the catalogue fields.

    Args:
        articles: the records, in order; ``meta["document_id"]`` is printed as the ProQuest
            document ID.

    Example:
        >>> from newscorpus.article import Article
        >>> "Document 1 of 1" in write_proquest_text([Article(title="T", text="B")])
        True
    """
    rule = "_" * 60
    out = [rule, "", "Report Information from ProQuest", "December 07 2026 10:00", rule, ""]
    out += ["Table of contents", *(f"{i}. {a.title}" for i, a in enumerate(articles, 1)), rule]
    for number, art in enumerate(articles, start=1):
        out += ["", f"Document {number} of {len(articles)}", "", art.title or "", ""]
        if art.authors:
            names = (", ".join(reversed(n.rsplit(" ", 1))) for n in art.authors)
            out += [f"Author: {'; '.join(names)}", ""]
        paragraphs = list(art.paragraphs)
        if paragraphs:
            out += [
                f"Full text: {paragraphs[0]}",
                "",
                *(x for p in paragraphs[1:] for x in (p, "")),
            ]
        out += [f"Title: {art.title}"] if art.title else []
        out += [f"Publication title: {art.source}"] if art.source else []
        if art.published is not None:
            out += [f"Publication year: {art.published.year}"]
            month = _MONTHS["en"][art.published.month - 1][:3]
            out += [f"Publication date: {month} {art.published.day}, {art.published.year}"]
        out += [f"Section: {art.section}"] if art.section else []
        out += ["Source type: Newspapers"]
        if art.language:
            out += [f"Language of publication: {_LANGUAGE_NAMES.get(art.language, art.language)}"]
        out += [f"ProQuest document ID: {art.meta.get('document_id', number)}"]
        out += [
            f"Document URL: https://www.proquest.com/docview/{art.meta.get('document_id', number)}"
        ]
        out += [f"Copyright: Copyright {art.source or ''}", "Database: Global Newsstream", "", rule]
    out += ["", "Bibliography", "Contact ProQuest", "Copyright © 2026 ProQuest LLC."]
    return "\n".join(out) + "\n"
