"""The command line on SQLite stores: index, then info, stats, search and kwic on the .db file
give what they give on the JSONL corpus."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.cli import main
from newscorpus.testing import sample_corpus_path

PAGE_BODIES = [
    "the river broke its banks",
    "the council voted on the budget",
    "the rail strike ended",
]


def _page(number: int, body: str) -> str:
    return (
        f"Headline number {number} of the day\n\nOn Tuesday {body} after three days, and the "
        "mayor opened two shelters for families.\n\nOfficials said more would follow soon.\n"
    )


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
    assert "indexing: 12 pages" in err and "indexed 0 new articles" in err
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


def test_index_counts_every_article_and_names_true_readds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = []
    for n, body in enumerate(PAGE_BODIES):
        for copy in "ab":
            pages.append(tmp_path / f"{n}{copy}.txt")
            pages[-1].write_text(_page(n, body), encoding="utf-8")
    db = str(tmp_path / "n.db")
    _, err = _run(["index", *map(str, pages), "-o", db], capsys)
    assert "indexed 6 new articles" in err and "(6 in the store)" in err
    _, err = _run(["index", *map(str, pages), "-o", db], capsys)
    assert "indexed 0 new articles" in err and "6 pages already indexed, not read again" in err


def test_kwic_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    db = tmp_path / "many.db"
    body = "The river rose and the river fell. " * 40
    Corpus([Article(id=f"a{n}", text=body) for n in range(100)]).save(db)  # 8,000 lines
    command = [sys.executable, "-m", "newscorpus", "kwic", str(db), "river", "--limit", "100000"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # as `| head -1` does: the reader goes away with output pending
        err = proc.stderr.read().decode()
        status = proc.wait()
    assert b"river" in first
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert status == 1
