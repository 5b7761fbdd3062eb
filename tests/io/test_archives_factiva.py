"""Factiva exports: text with field codes (values beside or below the code), RTF, HTML; odd
articles and truncated exports. Every fixture is written here."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from textwrap import dedent

import pytest

from newscorpus import Article, Corpus
from newscorpus.errors import ExportError
from newscorpus.io.archives import (
    looks_like_factiva,
    parse_factiva,
    parse_factiva_html,
    read_export,
)
from newscorpus.testing.exports import to_rtf

TEXT_EXPORT = dedent(
    """\
    HD\tTram line to open in spring
    CLM\tCity Desk
    SE\tMetro
    BY\tBy Paula Jansen
    WC\t256 words
    PD\t12 February 2021
    ET\t07:30
    SN\tRiverside Daily
    SC\tRVSD
    LA\tEnglish
    CY\t(c) 2021 Riverside Daily. All rights reserved.
    LP
    The new tram line will open in April, the city said.

    Tests begin next month.

    TD
    IN THE MORNING the first trams will run every ten minutes.

    BY 2023 the line will reach the airport.

    Page 1 of 2 © 2026 Factiva, Inc. All rights reserved.

    NS\tgtrans : Transport | gcat : Political/General News
    RE\teurz : Europe
    AN\tDocument RVSD000020210212eh2c0001d

    HD
    Zollstreit beigelegt

    WC
    180 Wörter

    PD
    3 März 2021

    SN
    Wirtschaftsblatt

    LA
    Deutsch

    TD
    Der Streit um die Zölle ist beigelegt.

    AN
    Document WIBL000020210303eh330002x
    """
)


def _articles(text: str) -> list[Article]:
    out = list(parse_factiva(text, path="factiva.txt"))
    assert all(isinstance(a, Article) for a in out), out
    return [a for a in out if isinstance(a, Article)]


def test_codes_with_values_beside_them_every_field() -> None:
    art = _articles(TEXT_EXPORT)[0]
    assert art.title == "Tram line to open in spring"
    assert art.section == "Metro"
    assert art.authors == ("Paula Jansen",)
    assert art.published == datetime(2021, 2, 12, 7, 30)
    assert art.published_precision == "minute"
    assert art.source == "Riverside Daily"
    assert art.language == "en"
    assert art.meta["word_count"] == 256
    assert art.meta["source_code"] == "RVSD"
    assert art.meta["column"] == "City Desk"
    assert art.meta["document_id"] == "RVSD000020210212eh2c0001d"
    assert art.meta["coding_ns"].startswith("gtrans")
    assert "Riverside Daily" in art.meta["copyright"]
    assert art.provenance["published"].rule == "field:PD"
    assert art.origin is not None and art.origin.line == 1


def test_capitals_in_the_text_are_not_field_codes_and_page_lines_are_furniture() -> None:
    art = _articles(TEXT_EXPORT)[0]
    assert art.paragraphs == (
        "The new tram line will open in April, the city said.",
        "Tests begin next month.",
        "IN THE MORNING the first trams will run every ten minutes.",
        "BY 2023 the line will reach the airport.",
    )
    assert any(r.detail == "page or summary line" for r in art.removed)


def test_codes_on_their_own_line_and_german_values() -> None:
    art = _articles(TEXT_EXPORT)[1]
    assert art.title == "Zollstreit beigelegt"
    assert art.published == datetime(2021, 3, 3)
    assert art.language == "de" and art.meta["word_count"] == 180
    assert art.text == "Der Streit um die Zölle ist beigelegt."
    assert art.authors == ()
    assert art.origin is not None and art.origin.line == 2


def test_rtf_export_reads_like_the_text() -> None:
    arts = list(read_export(to_rtf(TEXT_EXPORT).encode("ascii"), "factiva", path="f.rtf"))
    assert [a.title for a in arts if isinstance(a, Article)] == [
        "Tram line to open in spring",
        "Zollstreit beigelegt",
    ]


HTML_EXPORT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Factiva</title></head>
<body><div id="hd">Search results</div>
<div class="article enArticle"><table>
<tr><td><b>HD</b></td><td>Bridge tolls cut</td></tr>
<tr><td><b>BY</b></td><td>Lena Fox and Omar Haddad</td></tr>
<tr><td><b>WC</b></td><td>95 words</td></tr>
<tr><td><b>PD</b></td><td>1 July 2022</td></tr>
<tr><td><b>SN</b></td><td>Bay Courier</td></tr>
<tr><td><b>LA</b></td><td>English</td></tr>
<tr><td><b>LP</b></td><td><p>Tolls on the bridge fall by half.</p></td></tr>
<tr><td><b>TD</b></td><td><p>The cut starts on Monday.</p><p>Drivers welcomed it.</p></td></tr>
<tr><td><b>AN</b></td><td>Document BAYC000020220701ei710000b</td></tr>
</table></div>
<div class="article frArticle"><table>
<tr><td><b>HD</b></td><td>P&#233;age r&#233;duit</td></tr>
<tr><td><b>PD</b></td><td>2 juillet 2022</td></tr>
<tr><td><b>LA</b></td><td>Fran&#231;ais</td></tr>
<tr><td><b>TD</b></td><td><p>Le p&#233;age baisse.</p></td></tr>
<tr><td><b>AN</b></td><td>Document COUR000020220702ei720000c</td></tr>
</table></div></body></html>"""


def test_html_export() -> None:
    out = list(parse_factiva_html(HTML_EXPORT, path="f.html"))
    first, second = out
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.authors == ("Lena Fox", "Omar Haddad")
    assert first.published == datetime(2022, 7, 1)
    assert first.paragraphs == (
        "Tolls on the bridge fall by half.",
        "The cut starts on Monday.",
        "Drivers welcomed it.",
    )
    assert first.meta["document_id"] == "BAYC000020220701ei710000b"
    assert (second.title, second.language) == ("Péage réduit", "fr")
    assert second.published == datetime(2022, 7, 2)
    assert looks_like_factiva(HTML_EXPORT)


def test_html_without_articles_is_an_error() -> None:
    [err] = parse_factiva_html("<html><body><p>nothing</p></body></html>", path="x.html")
    assert isinstance(err, ExportError) and "x.html" in str(err)


def test_truncated_text_export_names_the_last_article() -> None:
    cut = TEXT_EXPORT[: TEXT_EXPORT.index("Der Streit")]
    out = list(parse_factiva(cut, path="cut.txt"))
    assert [type(x).__name__ for x in out] == ["Article", "ExportError"]
    assert isinstance(out[1], ExportError)
    assert out[1].line == 2 and "truncated" in str(out[1]) and "cut.txt" in str(out[1])


def test_detection_needs_several_codes() -> None:
    assert looks_like_factiva(TEXT_EXPORT)
    assert not looks_like_factiva("HD footage of the match.\nPD officers said.\n")
    assert not looks_like_factiva("<p>HD</p><p>WC</p>")


def test_corpus_load_picks_factiva_and_format_forces_it(tmp_path: Path) -> None:
    (tmp_path / "export.txt").write_text(TEXT_EXPORT, encoding="utf-8")
    (tmp_path / "export.html").write_text(HTML_EXPORT, encoding="utf-8")
    corpus = Corpus.load(tmp_path)
    assert len(corpus) == 4
    assert {a.meta["archive"] for a in corpus} == {"factiva"}
    renamed = tmp_path / "export.dat"
    renamed.write_text(TEXT_EXPORT, encoding="utf-8")
    assert len(Corpus.load(renamed, format="factiva")) == 2
    with pytest.raises(ExportError, match="DOCX"):
        list(read_export(b"PK\x03\x04rest", "factiva", path="x.docx"))
