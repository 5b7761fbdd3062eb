"""Recognising archive exports by content: compressed, renamed, DOCX that is no export, hostile
heads; other interface languages; limits."""

from __future__ import annotations

import gzip
import io
import time
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from newscorpus import Article, Corpus, LoadOptions
from newscorpus.errors import ExportError
from newscorpus.io.archives import (
    detect_export,
    language_code,
    looks_like_factiva,
    looks_like_nexis,
    looks_like_proquest,
    parse_proquest,
    read_date,
    read_export,
    split_authors,
)
from newscorpus.io.archives.docx import WORD_NS
from newscorpus.io.sniff import classify, export_of
from newscorpus.testing.exports import (
    to_rtf,
    write_factiva_text,
    write_nexis_docx,
    write_nexis_text,
    write_proquest_text,
)

ARTICLE = Article(
    title="Harbour wall repaired",
    source="Coast Times",
    authors=("Ida Berg",),
    published=datetime(2023, 10, 2),
    published_precision="day",
    language="en",
    text="The wall was repaired.\n\nBoats returned.",
    meta={"document_id": "CT01"},
)


def test_compressed_and_renamed_exports_are_recognised(tmp_path: Path) -> None:
    (tmp_path / "lexis.txt.gz").write_bytes(gzip.compress(write_nexis_text([ARTICLE]).encode()))
    (tmp_path / "download").write_text(write_proquest_text([ARTICLE]), encoding="utf-8")
    (tmp_path / "factiva.doc").write_text(to_rtf(write_factiva_text([ARTICLE])), encoding="ascii")
    assert export_of(tmp_path / "lexis.txt.gz") == "nexis"
    assert classify(tmp_path / "download", tmp_path) == "proquest"
    assert classify(tmp_path / "factiva.doc", tmp_path) == "factiva"
    corpus = Corpus.load(tmp_path)
    assert sorted(a.meta["archive"] for a in corpus) == ["factiva", "nexis", "proquest"]
    assert {a.title for a in corpus} == {ARTICLE.title}


def test_a_word_file_that_is_no_export_is_not_a_page(tmp_path: Path) -> None:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{WORD_NS}"><w:body><w:p><w:r><w:t>Minutes of the meeting'
            "</w:t></w:r></w:p></w:body></w:document>",
        )
    path = tmp_path / "minutes.docx"
    path.write_bytes(raw.getvalue())
    assert export_of(path) is None
    corpus = Corpus.load(tmp_path)
    assert len(corpus) == 0 and corpus.skipped[0].error == "NotAPage"


def test_docx_over_max_bytes_is_refused(tmp_path: Path) -> None:
    data = write_nexis_docx([ARTICLE] * 20)
    with pytest.raises(ExportError, match="max_bytes"):
        list(read_export(data, "nexis", path="big.docx", limit=1000))
    path = tmp_path / "big.docx"
    path.write_bytes(data)
    corpus = Corpus.load(path, options=LoadOptions(errors="skip", max_bytes=len(data) + 10))
    assert len(corpus) == 0 and corpus.skipped[0].error == "ExportError"


@pytest.mark.parametrize(
    "head",
    [
        "x" * 600_000,
        "HD " * 200_000,
        ">HD<" * 100_000,
        "Document 1 of 1\n" * 40_000,
        "End of Document\nLength:\n" * 30_000,
        "{\\rtf1" + "\\par" * 200_000,
        "a:" * 300_000,
    ],
)
def test_detection_of_hostile_heads_is_quick(head: str) -> None:
    start = time.perf_counter()
    detect_export(head.encode())
    for looks in (looks_like_nexis, looks_like_factiva, looks_like_proquest):
        looks(head)
    # Not a timing assertion on the feature: a backtracking regex takes minutes, not seconds.
    assert time.perf_counter() - start < 30


def test_german_proquest_labels() -> None:
    text = (
        "Dokument 1 von 1\n\nHafenmauer repariert\n\nAutor: Berg, Ida\n\n"
        "Volltext: Die Mauer ist repariert.\n\nTitel der Publikation: Küstenblatt\n"
        "Erscheinungsdatum: 2. Okt. 2023\nSprache der Publikation: Deutsch\n"
        "ProQuest-Dokument-ID: 42\n"
    )
    [art] = parse_proquest(text, path="de.txt")
    assert isinstance(art, Article)
    assert (art.title, art.source, art.authors, art.language) == (
        "Hafenmauer repariert",
        "Küstenblatt",
        ("Ida Berg",),
        "de",
    )
    assert art.published == datetime(2023, 10, 2) and art.meta["document_id"] == "42"


def test_nexis_uni_rtf_reads_like_its_docx() -> None:
    paragraphs = [
        "Harbour wall repaired",
        "Coast Times",
        "October 2, 2023 Monday",
        "Length: 4 words",
        "Byline: Ida Berg",
        "Body",
        "The wall was repaired.",
        "Load-Date: October 3, 2023",
        "End of Document",
    ]
    rtf = to_rtf("\n".join(paragraphs)).encode("ascii")
    assert detect_export(rtf) == "nexis"
    [art] = read_export(rtf, "nexis", path="uni.rtf")
    assert isinstance(art, Article)
    assert (art.title, art.source, art.authors, art.text) == (
        "Harbour wall repaired",
        "Coast Times",
        ("Ida Berg",),
        "The wall was repaired.",
    )


def test_field_readers() -> None:
    assert language_code("GERMAN") == "de" and language_code("Klingonisch") is None
    assert read_date("2. Okt. 2023", "de") == (datetime(2023, 10, 2), "day")
    assert read_date("12/03/2021", "de") == (datetime(2021, 3, 12), "day")
    assert split_authors("By Ann Lee in Berlin") == ("Ann Lee",)
    assert split_authors("di Mario Rossi") == ("Mario Rossi",)
    assert split_authors("Af Klint and Di Maria") == ("Af Klint", "Di Maria")
    assert split_authors("Staff Reporter") == ()
    assert split_authors("Lee, Ann; O'NEIL, SEAN", surname_first=True) == ("Ann Lee", "Sean O'Neil")
