"""benchmarks/generalize.py: its split of the page keys and its clean skip without ../shared."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))

import generalize
from textmode import half


def test_the_181_pages_split_on_their_own_key_the_records_on_their_id() -> None:
    # As htmlmode.py splits the 181 pages (by page key) and metadata.py the records (by id).
    assert generalize._key("bench:abc123") == "abc123"
    assert generalize._key("fundus-dev:Site_2024_01_01") == "fundus-dev:Site_2024_01_01"
    assert half(generalize._key("bench:abc123")) == half("abc123")


def test_it_skips_cleanly_without_the_shared_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSCORPUS_SHARED", str(tmp_path / "absent"))
    with pytest.raises(SystemExit) as exit_info:
        generalize.main(["--tools", "newscorpus"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("skipped: ")
