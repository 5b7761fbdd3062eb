"""Factiva exports: the text and RTF exports with field codes, and the HTML export.

What the layouts are (from Factiva's help pages and tm.plugin.factiva's documentation): each
article is a run of fields, each opened by a code of two or three capitals (``HD`` headline,
``BY`` byline, ``WC`` word count, ``PD`` date, ``ET`` time, ``SN`` source name, ``SC`` source
code, ``LA`` language, ``CY`` copyright, ``LP`` lead paragraphs, ``TD`` the rest of the text,
``CO``/``IN``/``NS``/``RE`` coding, ``AN`` the accession number, ``Document …``, which closes the
article). In text and RTF the code stands at the start of a line, its value beside it or on
the lines below; in HTML each article is a ``div`` whose class says ``article`` (and its
language, ``enArticle``), holding a table of rows: the code in the first cell, the value in the
second. Page lines (``Page 3 of 250 © 2024 Factiva, Inc.``) and the search summary after the last
article are furniture. Codes come from ``data/exports/factiva.json``; a code it does not know is
kept in ``meta``.

Example:
    >>> text = ("HD Talks resume\\nBY By Ann Lee\\nWC 5 words\\nPD 5 March 2010\\nSN The Courier\\n"
    ...         "LA English\\nTD\\nThe talks resumed on Friday.\\nAN Document COUR000020100305e6350001\\n")
    >>> [art] = parse_factiva(text, path="f.txt")
    >>> art.title, art.authors, art.published_iso, art.meta["document_id"], art.text
    ('Talks resume', ('Ann Lee',), '2010-03-05', 'COUR000020100305e6350001', 'The talks resumed on Friday.')
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from functools import cache

from lxml import html as lxml_html

from ...article import Article
from ...errors import ExportError
from ...vocab import load_json
from .fields import FURNITURE, ArchiveDocument
from .layout import Line, value_paragraphs

__all__ = ["looks_like_factiva", "parse_factiva", "parse_factiva_html"]

_BODY = ("lead", "text")
_CODE_LINE = re.compile(r"^(?P<code>[A-Z]{2,3})(?P<gap>[ \t]*)(?P<value>.*)$")
_PAGE = re.compile(
    r"^(?:page|seite|página|pagina)\s+\d+\s+(?:of|von|de|sur|di)\s+\d+\b.*factiva", re.I
)
_ARTICLE_DIV = re.compile(
    r"<div\b[^>]{0,200}?\bclass=[\"'][^\"']{0,100}?\barticle\b", re.IGNORECASE
)
_DOCUMENT_ID = re.compile(r"^(?:document|dokument)\s+(?P<id>\S+)\s*$", re.IGNORECASE)


@cache
def _codes() -> Mapping[str, str]:
    """Each known code to the field it fills."""
    table = load_json("exports", "factiva.json")
    return {
        code: ("index" if name == "index" else name)
        for name, codes in table.items()
        if not name.startswith("_") and name != "page_furniture"
        for code in codes
    }


def looks_like_factiva(text: str) -> bool:
    """Whether ``text`` (the start of a file, text or HTML) is a Factiva export: three or more
    of its field codes opening lines (or table cells), the headline among them.

    Args:
        text: the first few hundred kilobytes of the file, decoded.

    Example:
        >>> looks_like_factiva("HD Talks resume\\nWC 5 words\\nPD 5 March 2010\\nSN Courier\\n")
        True
        >>> looks_like_factiva("HD video and SN ratings")
        False
    """
    # In HTML the codes stand in table cells inside a <div class="article ...">.
    html = _ARTICLE_DIV.search(text[:400_000]) is not None
    cells = set(re.findall(r">\s*([A-Z]{2,3})\s*<", text[:400_000])) if html else set()
    lines = {
        m["code"]
        for line in text.splitlines()[:5000]
        if (m := _CODE_LINE.match(line)) and (m["gap"] or not m["value"])
    }
    for found in (cells, lines):
        known = found & set(_codes())
        if (
            "HD" in known
            and len(known & {"WC", "PD", "SN", "SC", "AN", "LA", "TD", "LP", "BY"}) >= 2
        ):
            return True
    return False


def _code_of(line: str, in_body: bool) -> tuple[str, str] | None:
    """``(code, value)`` when ``line`` opens a field. Inside the text a code must stand alone,
    or before a tab or two spaces (or be the closing ``AN Document …``), so that a sentence in
    capitals ("IN THE MORNING") is not read as one."""
    match = _CODE_LINE.match(line.rstrip())
    if match is None:
        return None
    code, gap, value = match["code"], match["gap"], match["value"]
    if value and not gap:
        return None
    known = code in _codes()
    separated = not value or "\t" in gap or len(gap) >= 2
    if in_body and not separated and not (code == "AN" and _DOCUMENT_ID.match(value)):
        return None
    if not known and not separated:
        return None
    return code, value


def parse_factiva(text: str, *, path: str) -> Iterator[Article | ExportError]:
    """Every article of a Factiva text export (or RTF already turned into text).

    Args:
        text: the whole export.
        path: the file, named in errors and origins.

    Example:
        >>> [type(x).__name__ for x in parse_factiva("HD Cut off\\nWC 900 words\\n", path="f.txt")]
        ['ExportError']
    """
    lines = [Line(text=t, number=n) for n, t in enumerate(text.splitlines(), start=1)]
    records: list[list[tuple[str, Line, list[Line]]]] = [[]]
    furniture: list[Line] = []
    for line in lines:
        current = records[-1]
        in_body = bool(current) and _codes().get(current[-1][0]) in _BODY
        if _PAGE.match(line.text.strip()):
            furniture.append(line)
            continue
        opened = _code_of(line.text, in_body)
        if opened is None:
            if current:
                current[-1][2].append(line)
            else:
                furniture.append(line)
            continue
        code, value = opened
        closed = (
            bool(current) and current[-1][0] == "AN" and any(x.text.strip() for x in current[-1][2])
        )
        if closed or (code == "HD" and any(c == "HD" for c, _, _ in current)):
            records.append([])
        records[-1].append((code, line, [Line(value, line.number)] if value else []))
    yield from _records([r for r in records if r], path, furniture)


def _records(
    records: Sequence[Sequence[tuple[str, Line, list[Line]]]], path: str, furniture: list[Line]
) -> Iterator[Article | ExportError]:
    for number, record in enumerate(records, start=1):
        doc = ArchiveDocument(archive="factiva", path=path, number=number)
        if number == 1:
            for line in furniture:
                doc.remove(line.text, FURNITURE, line=line.number, detail="page or summary line")
        for code, line, value_lines in record:
            _add(doc, code, line, value_lines)
        unclosed = doc.first("document_id") is None and number == len(records)
        if unclosed and (len(records) > 1 or not doc.paragraphs):
            yield doc.error(
                "the file stops before this article's closing 'AN Document …' line: the"
                " export looks truncated; download it again"
            )
            continue
        try:
            yield doc.article()
        except ExportError as err:
            yield err


def _add(doc: ArchiveDocument, code: str, line: Line, value_lines: Sequence[Line]) -> None:
    field = _codes().get(code, code.lower())
    if field in _BODY:
        doc.remove(code, FURNITURE, line=line.number, detail=f"{code} field code")
        for text, number in value_paragraphs(value_lines):
            doc.add_paragraph(text, line=number)
        return
    paragraphs = value_paragraphs(value_lines)
    if field == "document_id" and paragraphs:
        # The accession number closes the article: what follows it (the search summary after
        # the last article) is furniture.
        for text, number in paragraphs[1:]:
            doc.remove(text, FURNITURE, line=number, detail="after the accession number")
        match = _DOCUMENT_ID.match(paragraphs[0][0])
        paragraphs = [(match["id"] if match else paragraphs[0][0], paragraphs[0][1])]
    value = "\n".join(text for text, _ in paragraphs)
    if field == "index":
        field = f"coding_{code.lower()}"
    doc.add_field(field, value, label=code, line=line.number, printed=f"{code} {value}")


def parse_factiva_html(html: str, *, path: str) -> Iterator[Article | ExportError]:
    """Every article of a Factiva HTML export: each ``div`` of class ``article`` and its table
    of field rows.

    Args:
        html: the whole export.
        path: the file, named in errors and origins.

    Example:
        >>> page = ('<div class="article enArticle"><table><tr><td><b>HD</b></td><td>Talks</td></tr>'
        ...         '<tr><td><b>TD</b></td><td><p>One.</p><p>Two.</p></td></tr></table></div>')
        >>> [art] = parse_factiva_html(page, path="f.html")
        >>> art.title, art.paragraphs
        ('Talks', ('One.', 'Two.'))
    """
    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, TypeError) as exc:  # lxml's ParserError is a ValueError
        yield ExportError(f"not readable as HTML: {exc}", path=path, stage="parse")
        return
    articles = [div for div in root.iter("div") if "article" in (div.get("class") or "").split()]
    if not articles:
        yield ExportError(
            'no Factiva article found (no <div class="article …"> with a table of field codes)',
            path=path,
            stage="parse",
        )
        return
    for number, div in enumerate(articles, start=1):
        doc = ArchiveDocument(archive="factiva", path=path, number=number)
        for row in div.iter("tr"):
            cells = [cell for cell in row if cell.tag == "td"]
            if not cells:
                continue
            code = " ".join(cells[0].text_content().split())
            if len(cells) < 2 or not re.fullmatch(r"[A-Z]{2,3}", code):
                doc.remove(row.text_content(), FURNITURE, line=None, detail="table row")
                continue
            paras = list(cells[1].iter("p")) or [cells[1]]
            value = [Line(p.text_content(), None) for p in paras for _ in ("",)]
            spaced = [x for line in value for x in (line, Line("", None))]
            _add(doc, code, Line(code, None), spaced)
        try:
            yield doc.article()
        except ExportError as err:
            yield err
