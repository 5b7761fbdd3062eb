"""The newscorpus command line, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscorpus.cli import main
from newscorpus.testing import sample_corpus_path


@pytest.fixture
def extracted(tmp_path: Path) -> Path:
    out = tmp_path / "corpus.jsonl"
    assert main(["extract", str(sample_corpus_path()), "-o", str(out)]) == 0
    return out


def test_extract_writes_every_page_and_reports_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "corpus.jsonl"
    assert main(["extract", str(sample_corpus_path()), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 12 and all(r["text"] for r in records)
    assert "wrote 12 articles" in capsys.readouterr().err


def test_extract_to_csv_and_skip_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(
        "The harbour reopened on Monday after a week of repairs, officials said.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    out = tmp_path / "out.csv"
    assert main(["extract", str(tmp_path), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").count("\n") == 2
    err = capsys.readouterr().err
    assert "1 skipped" in err and "empty.txt" in err


def test_errors_raise_gives_exit_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert (
        main(["extract", str(tmp_path), "-o", str(tmp_path / "o.jsonl"), "--errors", "raise"]) == 2
    )
    assert "empty.txt" in capsys.readouterr().err


def test_info_search_kwic(extracted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(extracted)]) == 0
    out = capsys.readouterr().out
    assert "articles:  12" in out and "sources:" in out
    assert main(["search", str(extracted), "council OR flood*"]) == 0
    captured = capsys.readouterr()
    assert "articles match" in captured.err and captured.out.count("\n") >= 1
    assert main(["kwic", str(extracted), "council", "--width", "20"]) == 0
    assert "council" in capsys.readouterr().out.lower()


def test_bad_query_is_a_clean_error(extracted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", str(extracted), '"unclosed']) == 2
    assert "column" in capsys.readouterr().err


def test_demo(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--articles", "2"]) == 0
    out = capsys.readouterr().out
    assert out.count("\ntitle:") == 2 and "articles:  12" in out


def test_stats_counts_per_period(extracted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stats", str(extracted), "--by", "year"]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == "period\tgroup\tterm\tcount\ttotal"
    assert all(len(line.split("\t")) == 5 for line in lines[1:]) and len(lines) > 1
    assert "undated" in captured.err
    assert main(["stats", str(extracted), "council", "flood*", "--group", "source"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()[1:]]
    assert {row[2] for row in rows} == {"council", "flood*"}
    assert all(int(row[3]) <= int(row[4]) for row in rows)


def test_stats_bad_query_is_exit_status_2(
    extracted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stats", str(extracted), "a AND"]) == 2
    assert "column" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from newscorpus import __version__

    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"newscorpus {__version__}\n"
