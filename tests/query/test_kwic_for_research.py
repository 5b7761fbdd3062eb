"""KWIC for research: every hit names its article (id, source, date, address), the command line
prints the id and source on each line or writes JSONL, and hits become a pandas DataFrame."""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.cli import main
from newscorpus.errors import MissingExtraError
from newscorpus.query import KWIC_COLUMNS, kwic, kwic_frame
from newscorpus.store import StoredCorpus, write_store

WHEN = datetime(2023, 5, 2, 9, 30, tzinfo=timezone.utc)
ARTICLES = [
    Article(
        id="a1",
        title="Sanctions",
        text="New sanctions were announced.",
        source="Valley Courier",
        published=WHEN,
        url="https://courier.example/a1",
    ),
    Article(id="a2", title="More", text="Sanctions again.", source=None),
]


def test_each_hit_carries_its_article() -> None:
    first, second = kwic(ARTICLES, "sanctions")
    assert (first.article_id, first.source, first.published, first.url) == (
        "a1",
        "Valley Courier",
        WHEN,
        "https://courier.example/a1",
    )
    assert (second.article_id, second.source, second.published, second.url) == (
        "a2",
        None,
        None,
        None,
    )


def test_the_store_gives_the_same_hits(tmp_path: Path) -> None:
    write_store(ARTICLES, tmp_path / "k.db")
    with StoredCorpus.open(tmp_path / "k.db") as store:
        assert store.kwic("sanctions") == Corpus(ARTICLES).kwic("sanctions")


def test_hits_convert_to_a_dataframe() -> None:
    frame = kwic_frame(kwic(ARTICLES, "sanctions", width=5))
    assert tuple(frame.columns) == KWIC_COLUMNS
    assert frame["article_id"].tolist() == ["a1", "a2"]
    assert frame.loc[0, "source"] == "Valley Courier"
    assert frame.loc[0, "url"] == "https://courier.example/a1"
    assert frame[["left", "match", "right"]].values.tolist() == [
        ["New ", "sanctions", " were"],
        ["", "Sanctions", " agai"],
    ]
    assert len(kwic_frame([])) == 0


def test_a_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with pytest.raises(MissingExtraError, match=r"newscorpus\[pandas\]"):
        kwic_frame(kwic(ARTICLES, "sanctions"))


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    path = tmp_path / "c.jsonl"
    Corpus(ARTICLES).to_jsonl(path)
    return path


def test_cli_kwic_lines_name_the_article_and_source(
    corpus_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["kwic", str(corpus_file), "sanctions", "--width", "10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split("\t")[:2] == ["a1", "Valley Courier"]
    assert lines[1].split("\t")[:2] == ["a2", "-"]
    assert lines[0].split("\t")[2] == "      New sanctions were anno"  # the text as it is


def test_cli_kwic_writes_jsonl(corpus_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kwic", str(corpus_file), "sanctions", "--format", "jsonl", "--width", "4"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["article_id"] for row in rows] == ["a1", "a2"]
    first = rows[0]
    assert {"article_id", "source", "published", "url", "left", "match", "right"} <= set(first)
    assert first["source"] == "Valley Courier"
    assert first["published"] == WHEN.isoformat()
    assert first["url"] == "https://courier.example/a1"
    assert (first["left"], first["match"], first["right"]) == ("New ", "sanctions", " wer")
