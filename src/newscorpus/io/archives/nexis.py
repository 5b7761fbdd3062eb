"""LexisNexis and Nexis Uni exports: the classic text layout and Nexis Uni's layout.

What the two layouts are (from LexisNexis's and Nexis Uni's help pages and the readers that
document them, LexisNexisTools and tm.plugin.lexisnexis):

* **classic** (LexisNexis Academic TXT and RTF): each document opens with a line
  ``N of M DOCUMENTS`` (German ``N von M DOKUMENTEN``, French ``N sur M DOCUMENTS``); then the
  publication, the date line (``March 5, 2010 Friday``, perhaps followed by an edition line),
  the headline, and field lines in capitals (``SECTION:``, ``LENGTH: 812 words``, ``BYLINE:``,
  ``DATELINE:``); the body; closing field lines (``LOAD-DATE:``, ``LANGUAGE:``,
  ``PUBLICATION-TYPE:``, ``GRAPHIC:``) and copyright lines, which may also stand above the
  publication.
* **Nexis Uni** (DOCX, RTF): a cover page (``Date and Time:``, ``Job Number:``, the list of
  documents) and then, per document, the headline, the publication, the date line, copyright,
  field lines in title case (``Section:``, ``Length:``, ``Byline:``), a ``Body`` heading, the
  body, closing headings and fields (``Classification``, ``Language:``, ``Load-Date:``) and an
  ``End of Document`` line.

The parser works on lines, not on fixed positions: labels come from ``data/exports/nexis.json``
(English, German and French); a label it does not know is kept in ``meta``.

Example:
    >>> text = ("1 of 1 DOCUMENT\\n\\nThe Courier\\n\\nMarch 5, 2010 Friday\\n\\nTalks resume\\n\\n"
    ...         "BYLINE: By Ann Lee\\n\\nLENGTH: 5 words\\n\\nThe talks resumed on Friday.\\n\\n"
    ...         "LOAD-DATE: March 6, 2010\\n\\nLANGUAGE: ENGLISH\\n")
    >>> [art] = parse_nexis(text, path="a.txt")
    >>> art.title, art.source, art.authors, art.published_iso, art.language, art.text
    ('Talks resume', 'The Courier', ('Ann Lee',), '2010-03-05', 'en', 'The talks resumed on Friday.')
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from ...article import Article
from ...errors import ExportError
from ...vocab import alternation, load_json
from .fields import FURNITURE, ArchiveDocument, read_date
from .layout import COPYRIGHT, Line, is_date_line, paragraphs

__all__ = ["looks_like_nexis", "parse_nexis", "parse_nexis_lines"]


@cache
def _labels() -> Mapping[str, str]:
    """Each known label, upper-cased, to the field it fills."""
    table = load_json("exports", "nexis.json")
    names = ("title", "section", "length", "byline", "dateline", "highlight", "load_date")
    more = ("language", "publication_type", "correction_date", "url", "furniture")
    return {label.upper(): name for name in (*names, *more) for label in table[name]}


@cache
def _words(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_json("exports", "nexis.json")[key])


@cache
def _document_header() -> re.Pattern[str]:
    table = load_json("exports", "nexis.json")
    return re.compile(
        rf"^\s*(?P<n>\d{{1,6}})\s+(?:{alternation(table['of_words'])})\s+(?P<total>\d{{1,6}})\s+"
        rf"(?:{alternation(table['document_words'])})\s*$",
        re.IGNORECASE,
    )


_LABEL = re.compile(r"^(?P<label>[^\W\d_][\w\-/ ]{0,30}?)\s?:(?:\s+(?P<value>.*))?$")
_CORRECTION = re.compile(r"^(?:correction appended|korrektur angefügt|rectificatif)\.?$", re.I)


def looks_like_nexis(text: str) -> bool:
    """Whether ``text`` (the start of a file) is a LexisNexis or Nexis Uni export.

    Args:
        text: the first few hundred kilobytes of the file, decoded.

    Example:
        >>> looks_like_nexis("   1 of 250 DOCUMENTS\\n\\n  The Courier\\n")
        True
        >>> looks_like_nexis("A story about 1 of 250 documents.")
        False
    """
    if any(_document_header().match(line) for line in text.splitlines()[:200]):
        return True
    lines = {line.strip().lower() for line in text.splitlines()}
    labels = {line.split(":", 1)[0] for line in lines if ":" in line}
    return bool(lines & _words("end_markers")) and bool(
        labels & {"load-date", "length", "language", "ladedatum", "länge", "longueur"}
    )


def parse_nexis(text: str, *, path: str) -> Iterator[Article | ExportError]:
    """Every document of a LexisNexis / Nexis Uni export given as text (TXT, or RTF already
    turned into text): an Article each, or an ExportError for a document that cannot be read.

    Args:
        text: the whole export.
        path: the file, named in errors and origins.

    Example:
        >>> [type(x).__name__ for x in parse_nexis("1 of 2 DOCUMENTS\\n\\n", path="a.txt")]
        ['ExportError']
    """
    lines = [Line(text=t, number=n) for n, t in enumerate(text.splitlines(), start=1)]
    return parse_nexis_lines(lines, path=path)


def parse_nexis_lines(lines: Sequence[Line], *, path: str) -> Iterator[Article | ExportError]:
    """As :func:`parse_nexis`, for lines already numbered (a DOCX file's paragraphs).

    Args:
        lines: the export's lines (or paragraphs), in order.
        path: the file, named in errors and origins.

    Example:
        >>> paras = ["Talks resume", "The Courier", "March 5, 2010", "Length: 4 words", "Body",
        ...          "The talks resumed today.", "Load-Date: March 6, 2010", "End of Document"]
        >>> [art] = parse_nexis_lines([Line(p, n) for n, p in enumerate(paras, 1)], path="a.docx")
        >>> art.title, art.source, art.text
        ('Talks resume', 'The Courier', 'The talks resumed today.')
    """
    starts = [i for i, line in enumerate(lines) if _document_header().match(line.text)]
    if starts:
        yield from _classic(lines, starts, path)
    else:
        yield from _nexis_uni(lines, path)


def _classic(
    lines: Sequence[Line], starts: list[int], path: str
) -> Iterator[Article | ExportError]:
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(lines)
        header = _document_header().match(lines[start].text)
        number = int(header["n"]) if header else index + 1
        doc = ArchiveDocument(archive="nexis", path=path, number=number)
        doc.remove(lines[start].text, FURNITURE, line=lines[start].number, detail="document header")
        closed = _read_document(doc, lines[start + 1 : end], title_first=False)
        last = index == len(starts) - 1
        if last and not closed and (len(starts) > 1 or _short_of_its_length(doc)):
            yield doc.error(
                "the file ends before this document's closing fields (LOAD-DATE:, LANGUAGE:, …):"
                " the export looks truncated; download it again"
            )
            continue
        yield from _finish(doc)


def _nexis_uni(lines: Sequence[Line], path: str) -> Iterator[Article | ExportError]:
    ends = [i for i, line in enumerate(lines) if line.text.strip().lower() in _words("end_markers")]
    start = 0
    for number, end in enumerate(ends, start=1):
        doc = ArchiveDocument(archive="nexis", path=path, number=number)
        _read_document(doc, lines[start:end], title_first=True)
        doc.remove(lines[end].text, FURNITURE, line=lines[end].number, detail="end of document")
        yield from _finish(doc)
        start = end + 1
    rest = [line for line in lines[start:] if line.text.strip()]
    if rest and (ends or any(_label_of(line.text) for line in rest)):
        doc = ArchiveDocument(archive="nexis", path=path, number=len(ends) + 1)
        yield doc.error(
            "the file ends without this document's 'End of Document' line: the export looks"
            " truncated; download it again"
        )
    elif not ends:
        doc = ArchiveDocument(archive="nexis", path=path, number=1)
        yield doc.error("no document found: neither 'N of M DOCUMENTS' nor 'End of Document'")


def _short_of_its_length(doc: ArchiveDocument) -> bool:
    """The body holds less than half the words its ``LENGTH:`` line announces."""
    length = doc.first("length")
    printed = re.match(r"\s*(\d{1,7})", length[0]) if length else None
    words = sum(len(text.split()) for text, _ in doc.paragraphs)
    return printed is not None and words < int(printed.group(1)) / 2


def _finish(doc: ArchiveDocument) -> Iterator[Article | ExportError]:
    try:
        yield doc.article()
    except ExportError as err:
        yield err


def _label_of(text: str) -> tuple[str, str, str] | None:
    """``(printed label, field, value)`` when the line is a field line of a known label."""
    match = _LABEL.match(text.strip())
    if match is None:
        return None
    label = match["label"].strip()
    field = _labels().get(label.upper())
    if field is None:
        return None
    return label, field, (match["value"] or "").strip()


def _classic_label(text: str) -> tuple[str, str, str] | None:
    """A field line of a known label, or of any label in capitals (the classic layout's
    labels; a headline with a colon, ``Harbour: fees rise``, is not one)."""
    found = _any_label(text)
    return found if found is not None and (found[0].isupper() or _label_of(text)) else None


def _any_label(text: str) -> tuple[str, str, str] | None:
    """A field line of any label printed the archive's way (capitals, or ``Title-Case:``)."""
    known = _label_of(text)
    if known is not None:
        return known
    match = _LABEL.match(text.strip())
    if match is None or match["value"] is None:
        return None
    label = match["label"].strip()
    if not (label.isupper() or re.fullmatch(r"[A-Z][a-z]+(?:[-/ ][A-Za-z][a-z]+)*", label)):
        return None
    return label, label.lower().replace("-", "_").replace(" ", "_"), match["value"].strip()


def _read_document(doc: ArchiveDocument, lines: Sequence[Line], *, title_first: bool) -> bool:
    """Fill ``doc`` from the lines of one document; says whether closing fields were seen."""
    # Nexis Uni's cover page prints labels of its own ("Job Number:") before the first
    # document's headline: there only the known labels open the fields.
    opens = _label_of if title_first else _classic_label
    first_field = next(
        (i for i, line in enumerate(lines) if opens(line.text) or _is_heading(line.text)),
        len(lines),
    )
    head = [line for line in lines[:first_field] if line.text.strip()]
    if title_first:
        _head_title_first(doc, head)
    else:
        _head_classic(doc, lines[:first_field])
    return _fields_and_body(doc, lines[first_field:], title_first=title_first)


def _is_heading(text: str) -> bool:
    return text.strip().lower() in _words("headings")


def _copyright(doc: ArchiveDocument, line: Line) -> bool:
    if COPYRIGHT.match(line.text.strip()):
        doc.add_field("copyright", line.text, label="", line=line.number)
        return True
    return False


def _head_classic(doc: ArchiveDocument, lines: Sequence[Line]) -> None:
    """Publication, date line (and edition lines under it), then the headline."""
    groups = paragraphs(lines)
    date_line = next((line for group in groups for line in group if is_date_line(line.text)), None)
    date_group = next((g for g, group in enumerate(groups) if date_line in group), None)
    for g, group in enumerate(groups):
        for line in group:
            if _copyright(doc, line):
                continue
            if line is date_line:
                doc.add_field("date", line.text, label="date line", line=line.number)
            elif _CORRECTION.match(line.text.strip()):
                doc.add_field(
                    "correction_appended", line.text, label="correction line", line=line.number
                )
            elif (date_group is None and g == 0) or (date_group is not None and g < date_group):
                doc.add_field("source", line.text, label="publication line", line=line.number)
            elif g == date_group:
                doc.add_field("edition", line.text, label="edition line", line=line.number)
            else:
                doc.add_field("title", line.text, label="headline", line=line.number)


def _head_title_first(doc: ArchiveDocument, head: list[Line]) -> None:
    """Headline, publication, date line, edition and copyright (Nexis Uni)."""
    date_at = next((i for i, line in enumerate(head) if i > 0 and is_date_line(line.text)), None)
    for i, line in enumerate(head):
        if _copyright(doc, line):
            continue
        if date_at is None:
            name = "title" if i == 0 else "source" if i == 1 else "edition"
        elif i < date_at - 2:
            doc.remove(line.text, FURNITURE, line=line.number, detail="cover page")
            continue
        else:
            name = ("title", "source", "date")[i - date_at + 2] if i <= date_at else "edition"
        if name == "edition" and _CORRECTION.match(line.text.strip()):
            doc.add_field(
                "correction_appended", line.text, label="correction line", line=line.number
            )
        else:
            label = {"title": "headline", "source": "publication line", "date": "date line"}
            doc.add_field(name, line.text, label=label.get(name, "edition line"), line=line.number)


def _fields_and_body(doc: ArchiveDocument, lines: Sequence[Line], *, title_first: bool) -> bool:
    """Leading fields, the body, closing fields; each paragraph in turn."""
    state = "fields"
    closed = False
    groups = [[line] for line in lines if line.text.strip()] if title_first else paragraphs(lines)
    for group in groups:
        text = " ".join(" ".join(line.text.split()) for line in group)
        first = group[0]
        heading = _is_heading(first.text)
        label = _any_label(first.text) if state != "body" else _label_of(first.text)
        if state == "body" and label is not None and label[1] not in _body_labels():
            label = None
        if heading:
            doc.remove(first.text, FURNITURE, line=first.number, detail="heading")
            state = "body" if first.text.strip().lower() in _words("body_headings") else "closing"
            closed = closed or state == "closing"
        elif label is not None:
            if state == "body" and label[1] != "furniture":
                state = "closing"
            closed = closed or state == "closing"
            _field(doc, label, text, first)
        elif state == "closing" or COPYRIGHT.match(text):
            _closing_line(doc, group, text)
        elif _CORRECTION.match(text):
            doc.add_field("correction_appended", text, label="correction line", line=first.number)
        else:
            state = "body"
            doc.add_paragraph(text, line=first.number)
    return closed


@cache
def _body_labels() -> frozenset[str]:
    """The fields whose label ends the body (or, for graphics notes, interrupts it)."""
    trailing = {label.upper() for label in load_json("exports", "nexis.json")["trailing"]}
    return frozenset(field for label, field in _labels().items() if label in trailing)


def _field(doc: ArchiveDocument, label: tuple[str, str, str], text: str, first: Line) -> None:
    printed, field, _value = label
    value = text.split(":", 1)[1].strip() if ":" in text else text
    if field == "furniture":
        doc.remove(text, FURNITURE, line=first.number, detail=printed.lower())
    else:
        doc.add_field(field, value, label=printed, line=first.number, printed=text)
    if field == "load_date":
        read = read_date(value)
        if read is not None:
            doc.fields[-1] = ("load_date", read[0].date().isoformat(), printed, first.number)


def _closing_line(doc: ArchiveDocument, group: Sequence[Line], text: str) -> None:
    if not _copyright(doc, Line(text=text, number=group[0].number)):
        doc.remove(text, FURNITURE, line=group[0].number, detail="after the closing fields")
