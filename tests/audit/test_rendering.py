"""The audit report as text and as one self-contained HTML page, the command and the store."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from newscorpus import Corpus, Skipped
from newscorpus.article import Article, Origin
from newscorpus.audit import AuditOptions, AuditReport, audit, audit_html, write_audit_html
from newscorpus.cli import main
from newscorpus.errors import WriteError
from newscorpus.store import write_store
from newscorpus.testing import sample_corpus_path

from .test_figures import ARTICLES, NOW, OPTIONS, SKIPPED


@pytest.fixture(scope="module")
def report() -> AuditReport:
    return Corpus(ARTICLES, skipped=SKIPPED).audit(options=OPTIONS)


def _line(text: str, start: str) -> str:
    found = [line for line in text.splitlines() if line.strip().startswith(start)]
    assert found, f"no line starting {start!r} in:\n{text}"
    return found[0]


def _figures(row: str) -> list[str]:
    return row.split()


def test_text_gives_every_figure(report: AuditReport) -> None:
    text = report.to_text()
    assert text.startswith("Audit of 8 articles, 3 inputs skipped (at 2024-06-01 12:00 UTC)\n")
    assert "published 2024-01-01 to 2024-06-02" in text
    assert _line(text, "title").split() == ["title", "6", "75.0%"]
    assert _line(text, "date").split()[:3] == ["date", "7", "87.5%"]
    assert "precision: year 1, day 3, minute 1, second 1, unknown 1" in text
    assert _line(text, "authors").split() == ["authors", "4", "50.0%"]
    assert "en 6, (none) 1, de 1" in _line(text, "language")
    assert "min 0, p10 0, median 20, p90 120, max 120, mean 34.4" in text
    assert _line(text, "1–49").endswith(" 5") and _line(text, "100–199").endswith(" 1")
    assert _line(text, "empty").split() == ["empty", "1", "12.5%"]
    assert _line(text, "very short (< 10 words)").split()[-2:] == ["1", "12.5%"]
    assert _line(text, "undated").split() == ["undated", "1", "12.5%"]
    assert _line(text, "dated in the future").split()[-2:] == ["2", "25.0%"]
    assert "pages/c.jsonl:3 — T3, 20 words" in text
    assert _line(text, "share-prompt").split() == ["share-prompt", "3", "2"]
    assert "1 cluster of 2 articles; 1 is a copy of another (12.5% of the articles)" in text
    assert _line(text, "NotAPage").split()[:2] == ["NotAPage", "2"]
    assert "e.g. pages/bad.txt: not UTF-8" in text
    # source, articles, title, date, authors, language, median words, short, undated, future
    assert _line(text, "(all)").split()[1:] == _figures("8 75% 88% 50% 88% 20 1 1 2")
    assert _line(text, "Herald").split()[1:] == _figures("4 100% 100% 50% 100% 30 0 0 1")
    assert _line(text, "(no source)").split()[2:] == _figures("1 0% 100% 0% 100% 0 0 0 1")
    assert str(report) == text


def test_text_limits_sources_and_examples() -> None:
    arts = [Article(text="x", source=f"S{i}") for i in range(5)]
    text = audit(arts, options=OPTIONS).to_text(sources=2, examples=1)
    assert "… 3 more sources, 3 articles" in text
    assert "… and 4 more" in text  # 5 undated pages, one named
    assert "… 3 more sources" not in audit(arts, options=OPTIONS).to_text(sources=None)


def test_long_paths_are_cut_in_the_middle() -> None:
    art = Article(text="short", url="https://example.org/" + "a" * 200 + "/end.html")
    text = audit([art], options=OPTIONS).to_text()
    assert "https://example.org/aaa" in text and "…" in text and "end.html" in text


def test_files_are_named_from_the_folder_they_share(tmp_path: Path) -> None:
    folder = tmp_path / "scraped" / "site"
    arts = [
        Article(text="x", origin=Origin(path=str(folder / "a.html"))),
        Article(text="y", origin=Origin(path=str(folder / "sub" / "b.jsonl"), line=4)),
    ]
    skipped = [Skipped(path=str(folder / "c.css"), reason="a style sheet", error="NotAPage")]
    text = audit(arts, skipped=skipped, options=OPTIONS).to_text()
    assert f"files named below are in {folder}{os.sep}" in text
    assert "      a.html, 1 word" in text
    assert f"      sub{os.sep}b.jsonl:4, 1 word" in text
    assert "e.g. c.css: a style sheet" in text
    assert "files named below" not in audit(ARTICLES, options=OPTIONS).to_text()  # relative


def test_html_is_one_self_contained_page(report: AuditReport) -> None:
    page = audit_html(report, title="Herald & Courier")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<title>Herald &amp; Courier</title>" in page
    # no script, no style sheet, image, font or frame fetched from anywhere
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(|src=", page, re.I)
    assert set(re.findall(r"https?://[^\s\"'<]+", page)) <= {
        "http://www.w3.org/2000/svg",
        "https://x.example/b",  # printed as text: where the short page came from
    }
    assert page.count("<svg") == 6  # coverage, precision, languages, lengths, timeline, rules


def test_html_gives_every_figure(report: AuditReport) -> None:
    page = audit_html(report)
    for figure in (
        "75.0% (6)",  # titles
        "87.5% (7)",  # dates
        "50.0% (4)",  # authors
        "3 (37.5%)",  # day precision
        "3 blocks in 2 articles",  # share-prompt
        "median 20, p90 120",
        "Undated: 1",
        "Dated in the future: 2",
        "Very short (under 10 words): 1",
        "Empty: 1",
        "holding 2 articles; copies of another article: 1 (12.5% of the articles)",
        "Skipped inputs: 3",
        "<td>NotAPage</td><td>2</td>",
        "pages/c.jsonl:3",
        "articles per week",
    ):
        assert figure in page, figure
    assert "<tr><td>Herald</td><td>4</td>" in page


def test_html_escapes_what_the_pages_say() -> None:
    art = Article(text="x", source="<script>alert(1)</script>", title="<b>T</b>")
    page = audit_html(audit([art], options=OPTIONS))
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>T</b>" not in page


def test_write_audit_html_writes_atomically(tmp_path: Path, report: AuditReport) -> None:
    path = tmp_path / "report.html"
    write_audit_html(report, path)
    assert path.read_text(encoding="utf-8") == audit_html(report)
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]
    with pytest.raises(WriteError):
        write_audit_html(report, tmp_path / "missing" / "report.html")


def test_the_command_prints_the_report_and_writes_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "audit.html"
    assert main(["audit", str(sample_corpus_path()), "--html", str(page), "--sources", "3"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("Audit of 12 articles, 1 input skipped")
    assert "NotAPage" in out.out and "… 7 more sources" in out.out
    assert f"wrote the report to {page}" in out.err
    assert "<svg" in page.read_text(encoding="utf-8")


def test_the_command_audits_a_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "news.db"
    write_store(ARTICLES, store)
    assert main(["audit", str(store), "--short-words", "10"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("Audit of 8 articles, 0 inputs skipped")
    assert _line(text, "very short (< 10 words)").split()[-2:] == ["1", "12.5%"]


def test_the_command_refuses_a_bad_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", str(sample_corpus_path()), "--short-words", "0"]) == 2
    assert "short_words must be 1 or more" in capsys.readouterr().err


def test_a_store_audits_as_the_corpus_does(tmp_path: Path) -> None:
    from newscorpus.store import StoredCorpus

    path = tmp_path / "news.db"
    write_store(ARTICLES, path)
    memory = audit(ARTICLES, options=OPTIONS)
    with StoredCorpus.open(path) as store:
        stored = store.audit(options=OPTIONS)
        courier = store.where(source="Courier").audit(options=OPTIONS)
    assert stored.overall == memory.overall and stored.sources == memory.sources
    assert stored.rules == memory.rules and stored.duplicates == memory.duplicates
    assert [r.id for r in stored.future] == [r.id for r in memory.future]
    assert courier.overall.articles == 3 and stored.skipped == ()


def test_now_defaults_to_the_time_of_the_audit() -> None:
    from datetime import datetime, timezone

    before = datetime.now(timezone.utc)
    report = audit([], options=AuditOptions())
    assert before <= report.now <= datetime.now(timezone.utc)
    assert report.now > NOW
