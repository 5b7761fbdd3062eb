"""LexisNexis / Nexis Uni exports: classic text (English, German, French labels), Nexis Uni
DOCX and RTF, odd documents, bad and truncated exports. Every fixture is written here."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from textwrap import dedent

import pytest

from newscorpus import Article, Corpus
from newscorpus.errors import ExportError, InputError
from newscorpus.io.archives import parse_nexis, read_export
from newscorpus.io.archives.docx import WORD_NS
from newscorpus.io.archives.fields import FURNITURE, METADATA
from newscorpus.testing.exports import to_rtf, write_nexis_docx

CLASSIC_EN = dedent(
    """\
                              1 of 3 DOCUMENTS

                   Copyright 2019 Harbour Media Group
                          The Harbour Gazette (Maine)

                           August 14, 2019 Wednesday
                             Final Edition
                             Correction Appended

    Ferry service to the islands
    resumes after repairs

    BYLINE: By MARTA OSEI and Tom Birch, Staff Writers

    SECTION: LOCAL NEWS; Pg. B1

    LENGTH: 342 words

    DATELINE: PORTLAND

    The ferry to the outer islands sailed again on Tuesday.

    GRAPHIC: PHOTO: The ferry leaves the terminal. (Photo by A. Staff)

    Islanders had waited three weeks for the hull repairs.

    LOAD-DATE: August 15, 2019

    LANGUAGE: ENGLISH

    PUBLICATION-TYPE: Newspaper

                     Copyright 2019 Harbour Media Group
                              All Rights Reserved


                              2 of 3 DOCUMENTS

                              Wire Digest

                      March 2, 2020 Monday 6:45 PM GMT

    HEADLINE: Council delays vote on budget

    SECTION: POLITICS

    LENGTH: 88 words

    The council postponed its budget vote to next week.

    Members asked for more time.

    LOAD-DATE: March 3, 2020

    LANGUAGE: ENGLISH


                              3 of 3 DOCUMENTS

                              Die Hafenzeitung

                           14. August 2019 Mittwoch

    Fähre fährt wieder

    AUTOR: Von Jana Kohl, Hamburg

    RUBRIK: LOKALES; S. 12

    LÄNGE: 210 Wörter

    Die Fähre zu den Inseln fährt seit Dienstag wieder.

    UPDATE: 15. August 2019

    SPRACHE: GERMAN

    PUBLICATION-TYPE: Zeitung
    """
)

CLASSIC_FR = dedent(
    """\
                              1 sur 1 DOCUMENTS

                                 Le Courrier du Port

                              vendredi 6 mars 2020

    Le port rouvre ses quais

    AUTEUR: Par Luc Moreau

    RUBRIQUE: ÉCONOMIE

    LONGUEUR: 120 mots

    Le port a rouvert ses quais vendredi matin.

    LANGUE: FRENCH
    """
)


def _articles(text: str, path: str = "lexis.txt") -> list[Article]:
    out = list(parse_nexis(text, path=path))
    assert all(isinstance(a, Article) for a in out), out
    return [a for a in out if isinstance(a, Article)]


def test_classic_english_document_every_field() -> None:
    first = _articles(CLASSIC_EN)[0]
    assert first.title == "Ferry service to the islands resumes after repairs"
    assert first.source == "The Harbour Gazette (Maine)"
    assert first.published == datetime(2019, 8, 14)
    assert first.published_precision == "day"
    assert first.authors == ("Marta Osei", "Tom Birch")
    assert first.section == "LOCAL NEWS; Pg. B1"
    assert first.language == "en"
    assert first.meta["word_count"] == 342
    assert first.meta["edition"] == "Final Edition"
    assert first.meta["correction_appended"] is True
    assert first.meta["dateline"] == "PORTLAND"
    assert first.meta["load_date"] == "2019-08-15"
    assert first.meta["publication_type"] == "Newspaper"
    assert "Harbour Media Group" in first.meta["copyright"]
    assert first.paragraphs == (
        "The ferry to the outer islands sailed again on Tuesday.",
        "Islanders had waited three weeks for the hull repairs.",
    )
    assert first.origin is not None and first.origin.line == 1 and first.origin.format == "nexis"


def test_classic_provenance_and_removals_say_where_each_value_came_from() -> None:
    first = _articles(CLASSIC_EN)[0]
    assert first.provenance["authors"].rule == "field:BYLINE"
    assert first.provenance["authors"].raw.startswith("By MARTA OSEI")
    assert first.provenance["published"].rule == "field:date line"
    assert first.provenance["source"].source == "export:nexis"
    graphic = [r for r in first.removed if r.detail == "graphic"]
    assert graphic and graphic[0].rule == FURNITURE and graphic[0].text.startswith("GRAPHIC:")
    assert graphic[0].line == 23
    byline = next(r for r in first.removed if r.detail == "byline")
    assert byline.rule == METADATA and byline.text.startswith("BYLINE: By MARTA")
    assert not any("GRAPHIC" in p for p in first.paragraphs)


def test_headline_label_time_on_date_line_and_missing_byline() -> None:
    second = _articles(CLASSIC_EN)[1]
    assert second.title == "Council delays vote on budget"
    assert second.published == datetime(2020, 3, 2, 18, 45, tzinfo=timezone.utc)
    assert second.published_precision == "minute"
    assert second.authors == ()
    assert "authors" not in second.provenance
    assert second.origin is not None and second.origin.line == 2
    assert second.paragraphs == (
        "The council postponed its budget vote to next week.",
        "Members asked for more time.",
    )


def test_german_and_french_labels() -> None:
    german = _articles(CLASSIC_EN)[2]
    assert (german.title, german.source, german.language) == (
        "Fähre fährt wieder",
        "Die Hafenzeitung",
        "de",
    )
    assert german.published == datetime(2019, 8, 14)
    assert german.authors == ("Jana Kohl",)
    assert german.section == "LOKALES; S. 12"
    assert german.meta["word_count"] == 210
    assert german.meta["load_date"] == "2019-08-15"
    [french] = _articles(CLASSIC_FR)
    assert french.title == "Le port rouvre ses quais"
    assert french.published == datetime(2020, 3, 6)
    assert french.authors == ("Luc Moreau",)
    assert french.section == "ÉCONOMIE"
    assert french.language == "fr"
    assert french.meta["word_count"] == 120


def test_two_date_lines_keep_the_first_and_unknown_labels_go_to_meta() -> None:
    text = dedent(
        """\
        1 of 1 DOCUMENT

        Evening Post

        June 1, 2021 Tuesday
        June 2, 2021 Wednesday 1:05 AM EST

        Storm closes the coast road

        SECTION: NEWS

        JOURNAL-CODE: EVP

        Crews cleared the road overnight.

        LOAD-DATE: June 3, 2021
        """
    )
    [art] = _articles(text)
    assert art.published == datetime(2021, 6, 1)
    assert art.meta["edition"] == "June 2, 2021 Wednesday 1:05 AM EST"
    assert art.meta["journal_code"] == "EVP"
    assert art.text == "Crews cleared the road overnight."


def _docx(paragraphs: list[str]) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w") as archive:
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{WORD_NS}"><w:body>{body}</w:body></w:document>',
        )
    return raw.getvalue()


NEXIS_UNI = [
    "Date and Time: Tuesday, March 3, 2020 9:12:00 AM CET",
    "Job Number: 1234",
    "Documents (2)",
    "1. Harbour fees rise",
    "2. Gulls return",
    "Harbour fees rise",
    "Coastal Times",
    "March 2, 2020 Monday",
    "Copyright 2020 Coastal Times Ltd. All Rights Reserved",
    "Section: BUSINESS; Pg. 7",
    "Length: 95 words",
    "Byline: Ana Ruiz",
    "Body",
    "Fees at the harbour rise in April.",
    "Boat owners objected.",
    "Classification",
    "Language: ENGLISH",
    "Publication-Type: Newspaper",
    "Load-Date: March 3, 2020",
    "End of Document",
    "Gulls return",
    "Coastal Times",
    "March 3, 2020 Tuesday",
    "Length: 40 words",
    "Body",
    "The gulls are back.",
    "Graphic",
    "A gull on a post.",
    "Load-Date: March 4, 2020",
    "End of Document",
]


def test_nexis_uni_docx_with_cover_page_and_many_documents() -> None:
    docs = list(read_export(_docx(NEXIS_UNI), "nexis", path="uni.docx"))
    first, second = docs
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.title, first.source, first.authors) == (
        "Harbour fees rise",
        "Coastal Times",
        ("Ana Ruiz",),
    )
    assert first.published == datetime(2020, 3, 2)
    assert first.section == "BUSINESS; Pg. 7"
    assert first.meta["word_count"] == 95 and first.language == "en"
    assert first.paragraphs == ("Fees at the harbour rise in April.", "Boat owners objected.")
    cover = [r for r in first.removed if r.detail == "cover page"]
    assert [r.text for r in cover][:2] == [NEXIS_UNI[0], NEXIS_UNI[1]]
    assert second.title == "Gulls return" and second.authors == ()
    assert second.text == "The gulls are back."  # the graphic's caption is not body
    assert second.origin is not None and second.origin.line == 2


def test_one_article_docx_and_rtf() -> None:
    art = Article(
        title="Quay reopens",
        source="Port News",
        authors=("Ida Berg",),
        published=datetime(2022, 1, 4),
        published_precision="day",
        language="en",
        text="The quay reopened.\n\nTraffic resumed.",
    )
    [docx] = read_export(write_nexis_docx([art]), "nexis", path="one.docx")
    assert isinstance(docx, Article)
    assert (docx.title, docx.source, docx.authors, docx.text) == (
        art.title,
        art.source,
        art.authors,
        art.text,
    )
    rtf = to_rtf(CLASSIC_FR).encode("ascii")
    [french] = read_export(rtf, "nexis", path="lexis.rtf")
    assert isinstance(french, Article) and french.title == "Le port rouvre ses quais"
    assert french.section == "ÉCONOMIE"


def test_truncated_classic_export_names_file_and_document() -> None:
    cut = CLASSIC_EN[: CLASSIC_EN.index("Die Fähre zu den Inseln") + 10]
    out = list(parse_nexis(cut, path="cut.txt"))
    assert [type(x).__name__ for x in out] == ["Article", "Article", "ExportError"]
    err = out[2]
    assert isinstance(err, ExportError)
    assert err.path == "cut.txt" and err.line == 3
    assert "truncated" in str(err) and "document 3" in str(err)


def test_truncated_single_document_export_is_short_of_its_length() -> None:
    cut = CLASSIC_FR[: CLASSIC_FR.index("LANGUE")]
    [err] = parse_nexis(cut.replace("120 mots", "500 mots"), path="one.txt")
    assert isinstance(err, ExportError) and err.line == 1 and "truncated" in str(err)
    [art] = parse_nexis(cut.replace("120 mots", "8 mots"), path="one.txt")
    assert isinstance(art, Article)


def test_truncated_nexis_uni_and_empty_document() -> None:
    out = list(read_export(_docx(NEXIS_UNI[:24]), "nexis", path="cut.docx"))
    assert [type(x).__name__ for x in out] == ["Article", "ExportError"]
    assert isinstance(out[1], ExportError) and out[1].line == 2
    header_only = "1 of 2 DOCUMENTS\n\n2 of 2 DOCUMENTS\n\nPaper\n\nMay 1, 2020\n\nTitle\n\nBody.\n"
    kinds = [type(x).__name__ for x in parse_nexis(header_only, path="h.txt")]
    assert kinds[0] == "ExportError"


def test_damaged_docx_is_an_export_error_naming_the_file() -> None:
    data = _docx(NEXIS_UNI)
    with pytest.raises(ExportError, match=r"bad\.docx"):
        list(read_export(data[: len(data) // 2], "nexis", path="bad.docx"))
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    with pytest.raises(ExportError, match="not well-formed"):
        list(read_export(broken.getvalue(), "nexis", path="x.docx"))
    with pytest.raises(ExportError, match="unknown archive format"):
        list(read_export(b"x", "lexis", path="x.txt"))


def test_docx_damaged_anywhere_is_an_export_error_or_read() -> None:
    # Noise written over each stretch of the archive in turn hits the local headers, the
    # deflate streams and the central directory: zlib errors and bad offsets included.
    data = _docx(NEXIS_UNI)
    errors = 0
    for at in range(0, len(data), max(1, len(data) // 150)):
        damaged = data[:at] + b"\xff\x00\x13\x37" * 4 + data[at + 16 :]
        try:
            list(read_export(damaged, "nexis", path="noisy.docx"))
        except InputError as err:  # ExportError, or binary input when the ZIP magic is hit
            assert err.path == "noisy.docx"
            errors += 1
    assert errors > 0


def test_no_document_at_all() -> None:
    [err] = parse_nexis("Just some text\nwithout any export structure.\n", path="n.txt")
    assert isinstance(err, ExportError) and "no document found" in str(err)


def test_corpus_load_recognises_each_nexis_container(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(CLASSIC_EN, encoding="utf-8")
    (tmp_path / "b.rtf").write_text(to_rtf(CLASSIC_FR), encoding="ascii")
    (tmp_path / "c.docx").write_bytes(_docx(NEXIS_UNI))
    corpus = Corpus.load(tmp_path)
    assert len(corpus) == 6 and not corpus.skipped
    assert {a.origin.format for a in corpus if a.origin} == {"nexis"}
    assert all(a.read_from is not None for a in corpus)


def test_skip_policy_records_the_truncated_document(tmp_path: Path) -> None:
    cut = CLASSIC_EN[: CLASSIC_EN.index("Die Fähre zu den Inseln") + 10]
    path = tmp_path / "cut.txt"
    path.write_text(cut, encoding="utf-8")
    corpus = Corpus.load(path, errors="skip")
    assert len(corpus) == 2
    [skip] = corpus.skipped
    assert skip.path == str(path) and skip.line == 3 and skip.error == "ExportError"
    with pytest.raises(ExportError, match=r"cut\.txt, document 3"):
        Corpus.load(path)
