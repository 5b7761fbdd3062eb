"""ProQuest text exports: cover, records between rules, fields, odd records, truncation.
Every fixture is written here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from newscorpus import Article, Corpus
from newscorpus.errors import ExportError
from newscorpus.io.archives import looks_like_proquest, parse_proquest

RULE = "_" * 64

EXPORT = f"""{RULE}

Report Information from ProQuest
07 December 2026 09:41
{RULE}

Table of contents
1. Mill to close after 90 years
2. Schools reopen
{RULE}

Document 1 of 2

Mill to close after 90 years

Author: Okafor, Grace; Lind, Bo

Publication info: Northern Ledger ; Leeds (UK) [Leeds (UK)]. 09 Jan 2018: 3.

ProQuest document link

Abstract: The mill will close in March.

Full text: The mill that employed half the valley will close in March.

Workers were told on Monday. Note: the union will meet on Friday.

"We were not surprised," one said.

Credit: By Grace Okafor and Bo Lind

Subject: Manufacturing; Layoffs

Title: Mill to close after 90 years

Publication title: Northern Ledger; Leeds (UK)

First page: 3

Publication year: 2018

Publication date: Jan 9, 2018

Section: Business

Publisher: Ledger Media

Place of publication: Leeds (UK)

Source type: Newspapers

Language of publication: English

Document type: News

ProQuest document ID: 1987654321

Document URL: https://www.proquest.com/newspapers/mill/docview/1987654321/se-2

Copyright: Copyright Ledger Media Jan 9, 2018

Last updated: 2018-01-10

Database: Global Newsstream
{RULE}

Document 2 of 2

Schools reopen

Full text:
Pupils returned on Tuesday.
Teachers said the repairs were finished.

Title: Schools reopen

Publication title: Valley Echo

Publication date: Sep 4, 2018

Language of publication: English

ProQuest document ID: 2000000002
{RULE}

Bibliography
Citation style: APA 6th - American Psychological Association, 6th Edition

Database copyright © 2026 ProQuest LLC. All rights reserved.
"""


def _articles(text: str) -> list[Article]:
    out = list(parse_proquest(text, path="pq.txt"))
    assert all(isinstance(a, Article) for a in out), out
    return [a for a in out if isinstance(a, Article)]


def test_record_every_field() -> None:
    art = _articles(EXPORT)[0]
    assert art.title == "Mill to close after 90 years"
    assert art.authors == ("Grace Okafor", "Bo Lind")
    assert art.source == "Northern Ledger; Leeds (UK)"
    assert art.published == datetime(2018, 1, 9)
    assert art.published_precision == "day"
    assert art.section == "Business"
    assert art.language == "en"
    assert art.meta["document_id"] == "1987654321"
    assert art.meta["document_url"].endswith("/docview/1987654321/se-2")
    assert art.meta["copyright"].startswith("Copyright Ledger Media")
    assert art.meta["abstract"] == "The mill will close in March."
    assert art.meta["place_of_publication"] == "Leeds (UK)"
    assert art.provenance["authors"].rule == "field:Author"
    assert art.origin is not None and art.origin.line == 1 and art.origin.format == "proquest"


def test_full_text_runs_to_the_next_known_label_only() -> None:
    art = _articles(EXPORT)[0]
    assert art.paragraphs == (
        "The mill that employed half the valley will close in March.",
        "Workers were told on Monday. Note: the union will meet on Friday.",
        '"We were not surprised," one said.',
    )
    assert art.meta["credit"] == "By Grace Okafor and Bo Lind"


def test_record_without_author_and_text_below_its_label() -> None:
    art = _articles(EXPORT)[1]
    assert art.authors == () and art.section is None
    assert art.paragraphs == (
        "Pupils returned on Tuesday.",
        "Teachers said the repairs were finished.",
    )
    assert art.published == datetime(2018, 9, 4)


def test_cover_and_closing_pages_are_recorded_furniture() -> None:
    art = _articles(EXPORT)[0]
    furniture = [r.text for r in art.removed if r.detail == "cover or closing page"]
    assert "Report Information from ProQuest" in furniture
    assert "Bibliography" in furniture


def test_truncated_export() -> None:
    cut = EXPORT[: EXPORT.index("Publication title: Valley Echo")]
    out = list(parse_proquest(cut, path="cut.txt"))
    assert [type(x).__name__ for x in out] == ["Article", "ExportError"]
    assert isinstance(out[1], ExportError) and out[1].line == 2 and "cut.txt" in str(out[1])


def test_detection() -> None:
    assert looks_like_proquest(EXPORT)
    assert not looks_like_proquest("Title: my notes\nAuthor: me\nThe rest.")
    [err] = parse_proquest("no records here", path="x.txt")
    assert isinstance(err, ExportError)


def test_corpus_load(tmp_path: Path) -> None:
    path = tmp_path / "ProQuestDocuments-2026-12-07.txt"
    path.write_text(EXPORT, encoding="utf-8")
    corpus = Corpus.load(path)
    assert [a.title for a in corpus] == ["Mill to close after 90 years", "Schools reopen"]
    assert corpus[0].read_from is not None and corpus[0].read_from.line == 1
