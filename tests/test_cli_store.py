"""The command line on SQLite stores: index, then info, stats, search and kwic on the .db file
give what they give on the JSONL corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.cli import main
from newscorpus.testing import sample_corpus_path


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("cli")
    jsonl, db = folder / "corpus.jsonl", folder / "news.db"
    assert main(["extract", str(sample_corpus_path()), "-o", str(jsonl)]) == 0
    assert main(["index", str(jsonl), "-o", str(db)]) == 0
    return jsonl, db


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    assert main(args) == 0
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_index_reports_progress_and_adds_only_new_articles(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl, db = files
    with Corpus.open(db) as store:
        assert list(store) == list(Corpus.load(jsonl))
    _, err = _run(["index", str(jsonl), "-o", str(db)], capsys)
    assert "indexing: 12 articles" in err and "indexed 0 new articles" in err
    assert "(12 in the store)" in err


@pytest.mark.parametrize(
    "args",
    [
        ["search", "{}", "river OR tram*"],
        ["search", "{}", 'title:flood* OR "city council"', "--limit", "1"],
        ["kwic", "{}", "river", "--width", "15"],
        ["stats", "{}", "river", "flood*", "--by", "year", "--group", "source"],
        ["stats", "{}", "--by", "month"],
    ],
)
def test_query_commands_answer_the_same_on_db_and_jsonl(
    files: tuple[Path, Path], args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl, db = files
    on_db, db_err = _run([a.format(db) for a in args], capsys)
    on_jsonl, jsonl_err = _run([a.format(jsonl) for a in args], capsys)
    assert on_db == on_jsonl and on_db.strip()
    assert db_err.splitlines()[-1:] == jsonl_err.splitlines()[-1:] or args[0] == "stats"


def test_info_on_a_store(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    _, db = files
    out, _ = _run(["info", str(db)], capsys)
    assert "articles:  12" in out and "news.db" in out and "languages: en" in out


def test_a_bad_db_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not sqlite")
    assert main(["search", str(bad), "x"]) == 2
    assert "not a newscorpus store" in capsys.readouterr().err
