"""ProQuest plain-text exports.

What the layout is (from ProQuest's help pages and the readers that document it): a cover
(``Report Information from ProQuest``, the date, a table of contents), then the records, each
separated from the next by a rule of underscores; a record opens with ``Document N of M`` and the
headline, then fields ``Label: value`` (``Author:``, ``Publication info:``, ``Abstract:``,
``Full text:``, ``Title:``, ``Publication title:``, ``Publication date:``, ``Section:``,
``Language of publication:``, ``ProQuest document ID:``, ``Document URL:``, ``Copyright:`` …).
A value runs until the next line that opens a field; ``Full text:`` holds the body. After the
last record come a bibliography and ProQuest's terms, which are furniture. Labels come from
``data/exports/proquest.json``; a line opens a field only when its label is listed there, so
that a sentence with a colon in the body stays in the body.

Example:
    >>> text = ("Document 1 of 1\\n\\nTalks resume\\n\\nAuthor: Lee, Ann\\n\\n"
    ...         "Full text: The talks resumed on Friday.\\n\\nTitle: Talks resume\\n"
    ...         "Publication title: The Courier\\nPublication date: Mar 5, 2010\\n"
    ...         "Language of publication: English\\nProQuest document ID: 123456\\n")
    >>> [art] = parse_proquest(text, path="p.txt")
    >>> art.title, art.authors, art.source, art.published_iso, art.meta["document_id"]
    ('Talks resume', ('Ann Lee',), 'The Courier', '2010-03-05', '123456')
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from ...article import Article
from ...errors import ExportError
from ...vocab import alternation, load_json
from .fields import FURNITURE, ArchiveDocument
from .layout import Line, paragraphs, value_paragraphs

__all__ = ["looks_like_proquest", "parse_proquest"]

_RULE = re.compile(r"^\s*[_=]{20,}\s*$")
_FIELD = re.compile(r"^(?P<label>[^:\n]{2,45}?)\s?:(?:[ \t]+(?P<value>.*))?$")
_DISTINCT = {"source", "document_id", "document_url", "text", "language", "date"}


@cache
def _labels() -> Mapping[str, str]:
    """Each known label, lower-cased, to the field it fills (``other`` labels to their own
    snake_case name)."""
    table = load_json("exports", "proquest.json")
    out: dict[str, str] = {}
    for name, labels in table.items():
        if name.startswith("_") or name in ("document_words", "of_words"):
            continue
        for label in labels:
            key = label.lower()
            out[key] = re.sub(r"\W+", "_", key).strip("_") if name == "other" else name
    return out


@cache
def _document_line() -> re.Pattern[str]:
    table = load_json("exports", "proquest.json")
    return re.compile(
        rf"^\s*(?:{alternation(table['document_words'])})\s+(?P<n>\d{{1,6}})\s+"
        rf"(?:{alternation(table['of_words'])})\s+(?P<total>\d{{1,6}})\s*$",
        re.IGNORECASE,
    )


def _field_of(text: str) -> tuple[str, str, str] | None:
    match = _FIELD.match(text.strip())
    if match is None:
        return None
    label = match["label"].strip()
    field = _labels().get(label.lower())
    return None if field is None else (label, field, (match["value"] or "").strip())


def looks_like_proquest(text: str) -> bool:
    """Whether ``text`` (the start of a file) is a ProQuest text export: a ``Document N of M``
    line, or two of ProQuest's distinctive field labels.

    Args:
        text: the first few hundred kilobytes of the file, decoded.

    Example:
        >>> looks_like_proquest("Document 1 of 3\\n\\nHeadline\\n\\nFull text: …")
        True
        >>> looks_like_proquest("Title: My holiday\\nAuthor: me")
        False
    """
    lines = text.splitlines()[:20000]
    if any(_document_line().match(line) for line in lines[:5000]):
        return True
    fields = {found[1] for line in lines if ":" in line and (found := _field_of(line))}
    return len(fields & _DISTINCT) >= 2 and "text" in fields | {"document_id"} & fields


def parse_proquest(text: str, *, path: str) -> Iterator[Article | ExportError]:
    """Every record of a ProQuest text export.

    Args:
        text: the whole export.
        path: the file, named in errors and origins.

    Example:
        >>> whole = "Document 1 of 2\\n\\nA\\n\\nFull text: Body.\\nProQuest document ID: 1\\n"
        >>> cut = whole + "_" * 30 + "\\nDocument 2 of 2\\n\\nB\\n\\nFull text: Bo"
        >>> [type(x).__name__ for x in parse_proquest(cut, path="p.txt")]
        ['Article', 'ExportError']
    """
    lines = [Line(text=t, number=n) for n, t in enumerate(text.splitlines(), start=1)]
    chunks: list[list[Line]] = [[]]
    for line in lines:
        if _RULE.match(line.text):
            chunks.append([])
        else:
            chunks[-1].append(line)
    records = [c for c in chunks if _is_record(c)]
    furniture = [line for c in chunks if not _is_record(c) for line in c]
    for number, record in enumerate(records, start=1):
        if number == len(records) > 1 and _unclosed(record) and not _unclosed(records[0]):
            doc = ArchiveDocument(archive="proquest", path=path, number=number)
            yield doc.error(
                "the file stops in the middle of this record's fields (no publication title,"
                " document ID or URL): the export looks truncated; download it again"
            )
            continue
        yield _record(record, number, path, furniture if number == 1 else [])
    if not records:
        yield ExportError("no ProQuest record found ('Document N of M')", path=path, stage="parse")


def _is_record(chunk: Sequence[Line]) -> bool:
    return any(_document_line().match(line.text) for line in chunk[:5]) or (
        len({f[1] for line in chunk if (f := _field_of(line.text))} & _DISTINCT) >= 2
    )


def _unclosed(record: Sequence[Line]) -> bool:
    """A record without the identifying fields ProQuest closes every record with."""
    names = {f[1] for line in record if (f := _field_of(line.text))}
    return not names & {"document_id", "document_url", "copyright", "source"}


def _record(
    lines: Sequence[Line], number: int, path: str, furniture: Sequence[Line]
) -> Article | ExportError:
    doc = ArchiveDocument(archive="proquest", path=path, number=number)
    for line in furniture:
        doc.remove(line.text, FURNITURE, line=line.number, detail="cover or closing page")
    fields: list[tuple[str, str, Line, list[Line]]] = []
    head: list[Line] = []
    for line in lines:
        found = _field_of(line.text)
        if found is not None:
            label, name, value = found
            fields.append((label, name, line, [Line(value, line.number)]))
        elif fields:
            fields[-1][3].append(line)
        else:
            head.append(line)
    _head(doc, head, has_title=any(name == "title" for _, name, _, _ in fields))
    for label, name, line, value_lines in fields:
        _add(doc, label, name, line, value_lines)
    try:
        return doc.article()
    except ExportError as err:
        return err


def _head(doc: ArchiveDocument, head: Sequence[Line], *, has_title: bool) -> None:
    """``Document N of M``, the headline (unless a ``Title:`` field gives it) and links."""
    groups = paragraphs(head)
    for index, group in enumerate(groups):
        text = " ".join(" ".join(line.text.split()) for line in group)
        if _document_line().match(text):
            doc.remove(text, FURNITURE, line=group[0].number, detail="document header")
        elif index <= 1 and not has_title and doc.first("title") is None:
            doc.add_field("title", text, label="headline", line=group[0].number)
        else:
            doc.remove(text, FURNITURE, line=group[0].number, detail="record heading")


def _add(doc: ArchiveDocument, label: str, name: str, line: Line, value: Sequence[Line]) -> None:
    if name == "text":
        doc.remove(f"{label}:", FURNITURE, line=line.number, detail="full text label")
        for text, number in value_paragraphs(value):
            doc.add_paragraph(text, line=number)
        return
    joined = "\n\n".join(text for text, _ in value_paragraphs(value))
    doc.add_field(name, joined, label=label, line=line.number, printed=f"{label}: {joined}")
