"""Articles written into each archive's layout (newscorpus.testing.exports) read back equal;
long exports; hostile input; files that are no export are left to the page readers."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscorpus import Article, Corpus
from newscorpus.io.archives import (
    detect_export,
    parse_factiva,
    parse_nexis,
    parse_proquest,
    read_export,
)
from newscorpus.io.sniff import classify
from newscorpus.testing import make_corpus_articles
from newscorpus.testing.exports import (
    to_rtf,
    write_factiva_html,
    write_factiva_text,
    write_nexis_docx,
    write_nexis_text,
    write_proquest_text,
)

Writer = Callable[[list[Article]], "str | bytes"]

WRITERS: dict[str, tuple[str, Writer, bool]] = {
    # name: (format, writer, whether the layout prints a time)
    "nexis-text": ("nexis", write_nexis_text, True),
    "nexis-rtf": ("nexis", lambda a: to_rtf(write_nexis_text(a)), True),
    "nexis-docx": ("nexis", write_nexis_docx, True),
    "factiva-text": ("factiva", write_factiva_text, True),
    "factiva-rtf": ("factiva", lambda a: to_rtf(write_factiva_text(a)), True),
    "factiva-html": ("factiva", write_factiva_html, True),
    "proquest-text": ("proquest", write_proquest_text, False),
}

_LETTERS = "abcdefghijklmnopqrstuvwxyzäöüéèçß"
_SMALL_WORDS = {
    "and",
    "und",
    "et",
    "y",
    "e",
    "by",
    "von",
    "par",
    "por",
    "in",
    "aus",
    "en",
    "of",
    "end",
}
# Words a byline reader must drop (roles) are not names: leave them out of generated names.
_ROLES = {"staff", "writer", "writers", "reporter", "reporters", "editor", "journalist", "spécial"}
_ROLES |= {"correspondent", "correspondents", "redakteur", "redakteurin", "korrespondent"}
_ROLES |= {"korrespondentin", "envoyé", "envoyée"}
_word = st.text(alphabet=_LETTERS, min_size=2, max_size=9).filter(
    lambda w: w not in _SMALL_WORDS and w not in _ROLES
)
_cap = _word.map(str.capitalize)
_PUNCT = st.sampled_from(["", ",", "", "", ";"])


@st.composite
def _sentence(draw: st.DrawFn, low: int = 3, high: int = 25) -> str:
    words = draw(st.lists(st.tuples(_word, _PUNCT), min_size=low, max_size=high))
    text = " ".join(w + p for w, p in words)
    return text[0].upper() + text[1:].rstrip(",;") + draw(st.sampled_from([".", "!", "?"]))


@st.composite
def _article(draw: st.DrawFn, with_time: bool, number: int) -> Article:
    minute = with_time and draw(st.booleans())
    day = draw(
        st.dates(min_value=datetime(1995, 1, 1).date(), max_value=datetime(2024, 12, 31).date())
    )
    published = datetime(day.year, day.month, day.day)
    if minute:
        published = published.replace(
            hour=draw(st.integers(0, 23)), minute=draw(st.integers(0, 59))
        )
    authors = draw(st.lists(st.tuples(_cap, _cap).map(" ".join), max_size=3, unique=True))
    return Article(
        title=" ".join(draw(st.lists(_cap, min_size=2, max_size=8))),
        source=" ".join(draw(st.lists(_cap, min_size=1, max_size=4))),
        authors=tuple(authors),
        section=draw(st.none() | st.lists(_cap, min_size=1, max_size=3).map(" ".join)),
        published=published,
        published_precision="minute" if minute else "day",
        language=draw(st.sampled_from([None, "en", "de", "fr"])),
        text="\n\n".join(draw(st.lists(_sentence(), min_size=1, max_size=5))),
        meta={
            "document_id": f"DOC{number:04d}{draw(st.integers(0, 10**6))}",
            "word_count": draw(st.integers(1, 5000)),
        },
    )


def _view(article: Article, archive: str) -> dict[str, Any]:
    """What every layout prints and the loader must give back."""
    view: dict[str, Any] = {
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "precision": article.published_precision,
        "authors": article.authors,
        "section": article.section,
        "language": article.language,
        "text": article.text,
    }
    if archive != "proquest":  # ProQuest's newspaper records print no word count
        view["word_count"] = article.meta.get("word_count")
    if archive != "nexis":  # LexisNexis prints no document id of its own
        view["document_id"] = article.meta.get("document_id")
    return view


def _read(name: str, articles: list[Article]) -> list[Article | Exception]:
    archive, writer, _ = WRITERS[name]
    data = writer(articles)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return list(read_export(raw, archive, path=f"export-{name}"))


@pytest.mark.parametrize("name", sorted(WRITERS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_round_trip(name: str, data: st.DataObject) -> None:
    archive, _, with_time = WRITERS[name]
    count = data.draw(st.integers(1, 4))
    articles = [data.draw(_article(with_time, n)) for n in range(count)]
    read = _read(name, articles)
    assert all(isinstance(a, Article) for a in read), read
    assert [_view(a, archive) for a in read if isinstance(a, Article)] == [
        _view(a, archive) for a in articles
    ]
    assert [a.origin.line for a in read if isinstance(a, Article) and a.origin] == list(
        range(1, count + 1)
    )


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_hundreds_of_documents(name: str) -> None:
    archive = WRITERS[name][0]
    articles = [
        a.evolve(meta={"document_id": f"ID{i}", "word_count": a.word_count}, url=None)
        for i, a in enumerate(make_corpus_articles(300))
    ]
    read = _read(name, articles)
    assert len(read) == 300 and all(isinstance(a, Article) for a in read)
    assert [a.title for a in read if isinstance(a, Article)] == [a.title for a in articles]
    assert detect_export(_raw(name, articles[:3])) == archive


def _raw(name: str, articles: list[Article]) -> bytes:
    data = WRITERS[name][1](articles)
    return data.encode("utf-8") if isinstance(data, str) else data


@pytest.mark.parametrize(
    "hostile",
    [
        "1 of 2 " * 20_000,
        ("HD " + "x" * 50_000 + "\n") * 3,
        "Document 1 of 1\n" + "Full text: " + "a:" * 40_000,
        ("SECTION:" + " " * 30_000 + "x\n") * 2,
        "\t" * 60_000 + "\nAN\n",
        ("March 5, 2010 " * 5_000) + "\n",
    ],
)
def test_hostile_input_is_read_in_linear_time(hostile: str) -> None:
    for parse in (parse_nexis, parse_factiva, parse_proquest):
        start = time.perf_counter()
        list(parse(hostile, path="hostile.txt"))
        # Not a timing assertion on the feature: a backtracking regex takes minutes, not seconds.
        assert time.perf_counter() - start < 20


def test_pages_are_not_taken_for_exports(tmp_path: Path) -> None:
    page = tmp_path / "story.txt"
    page.write_text(
        "Ferry returns\n\nBy Ann Lee\n\nThe ferry returned on Monday.\n\nLength: 3 km\n",
        encoding="utf-8",
    )
    html = tmp_path / "page.html"
    html.write_text("<html><body><p>HD</p><p>WC</p><p>PD</p></body></html>", encoding="utf-8")
    assert classify(page) == "text" and classify(html) == "html"
    corpus = Corpus.load(tmp_path)
    assert all(a.origin and a.origin.format in ("text", "html") for a in corpus)
