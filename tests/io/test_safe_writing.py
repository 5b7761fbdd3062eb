"""Writers: modes that respect the umask, no stale parts, errors naming the target, the output
format chosen by the extension, and CSV cells a spreadsheet will not run as formulas."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from newscorpus import Article, Corpus
from newscorpus.cli import main
from newscorpus.errors import WriteError
from newscorpus.io import atomic, write_csv, write_jsonl

PROSE = "The harbour reopened on Monday after a week of storm repairs, the port authority said."


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_new_output_files_get_the_mode_the_umask_allows(tmp_path: Path, umask: int) -> None:
    old = os.umask(umask)
    try:
        write_jsonl([Article(text=PROSE)], tmp_path / "a.jsonl")
        write_csv([Article(text=PROSE)], tmp_path / "a.csv")
    finally:
        os.umask(old)
    for name in ("a.jsonl", "a.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o666 & ~umask


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_replacing_a_file_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    write_jsonl([Article(text=PROSE)], out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_stale_parts_of_a_killed_write_are_removed_by_the_next_write(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    dead = tmp_path / f".out.jsonl.{2**22 + 1}.k3j2.part"  # above Linux's pid_max: never alive
    live = tmp_path / f".out.jsonl.{os.getpid()}.abcd.part"  # a writer still running
    other = tmp_path / f".other.jsonl.{2**22 + 1}.k3j2.part"  # another target's: not ours
    for part in (dead, live, other):
        part.write_text("half", encoding="utf-8")
    write_jsonl([Article(text=PROSE)], out)
    assert not dead.exists() and live.exists() and other.exists()


def test_a_full_disk_error_names_the_target_not_the_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp_path / ".out.jsonl.x.part"))

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(WriteError) as info:
        write_jsonl([Article(text=PROSE)], tmp_path / "out.jsonl")
    assert "out.jsonl" in str(info.value) and ".part" not in str(info.value)
    assert "No space left" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_extract_output_format_follows_the_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(PROSE, encoding="utf-8")
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"PAR1")
    assert len(Corpus.from_parquet(out)) == 1
    assert main(["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out.xlsx")]) == 2
    assert ".xlsx" in capsys.readouterr().err
    assert not (tmp_path / "out.xlsx").exists()


def test_csv_export_neutralises_spreadsheet_formulas_by_default(tmp_path: Path) -> None:
    cells = ["=1+1", '=HYPERLINK("http://x")', "@SUM(A1)", "+1", "-2", "\t=x", "plain"]
    corpus = Corpus([Article(text=PROSE, title=c) for c in cells])
    out = tmp_path / "a.csv"
    corpus.to_csv(out, columns=("title",))
    rows = out.read_text(encoding="utf-8").splitlines()[1:]
    assert all(r.lstrip('"').startswith("'") for r in rows[:-1]) and rows[-1] == "plain"
    corpus.to_csv(out, columns=("title",), escape_formulas=False)
    assert out.read_text(encoding="utf-8").splitlines()[1] == "=1+1"
