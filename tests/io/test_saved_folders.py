"""Folders as people save them: pages recognised by content whatever their name, everything else
skipped with a reason, and pages without article text not counted as articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus import Corpus, LoadOptions

_BODY = (
    "<p>The city council voted on Tuesday to build a new flood barrier along the river, after "
    "three winters of flooding that closed the old market and the ferry landing.</p>"
    "<p>The barrier will cost 40 million and take two years to build, the mayor said, adding "
    "that residents of the lower town would be consulted before work begins next spring.</p>"
    "<p>Opponents said the money would be better spent on moving homes away from the river "
    "banks, where insurance has become impossible to find for many families.</p>"
)


def _page(title: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{_BODY}</article></body></html>"
    )


_SCRIPT_ONLY = (
    "<!DOCTYPE html><html><head><script src='app.js'></script></head>"
    "<body><div id='root'></div><script>render(document.getElementById('root'))</script>"
    "</body></html>"
)

PAGES = {
    "mirror/example.org/news/flood-barrier": _page("Flood barrier approved"),
    "mirror/example.org/article.php?id=12": _page("Ferry landing to close"),
    "saved/Council votes.html": _page("Council votes on barrier"),
    "pages/story.shtml": _page("Market reopens"),
    "pages/report.aspx": _page("Insurance costs rise"),
}
NOT_PAGES = {
    "mirror/example.org/wp-includes/js/jquery.min.js?ver=3.7": "(function(){var a=1;})();",
    "mirror/example.org/style.css": "body { color: black }",
    "saved/Council votes_files/saved_resource.html": "<html><body><p>Ad frame</p></body></html>",
    "saved/Council votes_files/analytics": "!function(){window.ga=1}();",
    "saved/Council votes_files/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00",
    "pages/photo": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "pages/app.html": _SCRIPT_ONLY,
}


@pytest.fixture
def saves(tmp_path: Path) -> Path:
    for name, content in {**PAGES, **NOT_PAGES}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return tmp_path


def _names(paths: list[str], root: Path) -> set[str]:
    return {Path(p).relative_to(root).as_posix() for p in paths}


def test_folder_pages_are_recognised_by_content_whatever_their_name(saves: Path) -> None:
    corpus = Corpus.load(saves)
    assert _names([a.origin.path for a in corpus if a.origin and a.origin.path], saves) == set(
        PAGES
    )
    assert all(a.text and a.title for a in corpus)
    assert {a.origin.format for a in corpus if a.origin} == {"html"}


@pytest.mark.parametrize("errors", ["raise", "warn", "skip"])
def test_files_of_a_folder_that_are_no_page_are_skipped_with_a_reason(
    saves: Path, errors: str
) -> None:
    corpus = Corpus.load(saves, errors=errors)  # type: ignore[arg-type]
    assert len(corpus) == len(PAGES)
    assert _names([s.path for s in corpus.skipped], saves) == set(NOT_PAGES)
    reasons = {Path(s.path).name: s.reason for s in corpus.skipped}
    assert "saved page Council votes.html" in reasons["saved_resource.html"]
    assert "JPEG image" in reasons["photo"]
    assert "no article text" in reasons["app.html"]


def test_a_page_without_article_text_is_not_an_article(tmp_path: Path) -> None:
    (tmp_path / "app.html").write_text(_SCRIPT_ONLY, encoding="utf-8")
    (tmp_path / "story.html").write_text(_page("Market reopens"), encoding="utf-8")
    corpus = Corpus.load(tmp_path)
    assert [a.title for a in corpus] == ["Market reopens"]
    assert [(Path(s.path).name, s.error) for s in corpus.skipped] == [("app.html", "EmptyArticle")]
    assert "keep_empty=True" in corpus.skipped[0].reason


def test_keep_empty_keeps_pages_without_article_text(tmp_path: Path) -> None:
    (tmp_path / "app.html").write_text(_SCRIPT_ONLY, encoding="utf-8")
    kept = Corpus.load(tmp_path, keep_empty=True)
    assert [a.text for a in kept] == [""] and kept.skipped == ()
    by_options = Corpus.load(tmp_path, options=LoadOptions(keep_empty=True, errors="skip"))
    assert len(by_options) == 1


def test_an_empty_article_written_by_newscorpus_loads_back(tmp_path: Path) -> None:
    (tmp_path / "app.html").write_text(_SCRIPT_ONLY, encoding="utf-8")
    kept = Corpus.load(tmp_path, keep_empty=True)
    kept.to_jsonl(tmp_path / "out.jsonl")
    assert list(Corpus.load(tmp_path / "out.jsonl")) == list(kept)
