"""Compressed inputs: gzip, bzip2, xz (and zstd with its extra), recognised by their first bytes."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newscorpus import Corpus, LoadOptions
from newscorpus.cli import main
from newscorpus.errors import CompressionError, MissingExtraError

PROSE = "The harbour reopened on Monday after a week of storm repairs, the port authority said."
SECOND = "Fishing boats left at dawn, and the first catch was landed before noon on the quay."
HTML = (
    "<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><article>"
    f"<h1>Harbour reopens</h1><p>{PROSE}</p><p>{SECOND}</p></article></body></html>"
)


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    compressed: bytes = zstandard.ZstdCompressor().compress(data)
    return compressed


COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": _zstd,
}

FILES: dict[str, bytes] = {
    "page.txt": f"{PROSE}\n\n{SECOND}\n".encode(),
    "page.html": HTML.encode(),
    "corpus.jsonl": "".join(
        json.dumps({"text": text, "url": f"https://example.org/{n}"}) + "\n"
        for n, text in enumerate((PROSE, SECOND))
    ).encode(),
    "corpus.csv": f'url,text\nhttps://example.org/0,"{PROSE}"\nhttps://example.org/1,"{SECOND}"\n'.encode(),
}


def _texts(corpus: Corpus) -> list[tuple[str, int | None, str | None]]:
    return [
        (a.text, a.origin.line if a.origin else None, a.origin.format if a.origin else None)
        for a in corpus
    ]


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
@pytest.mark.parametrize("name", sorted(FILES))
def test_each_compression_of_each_format_loads_as_the_plain_file(
    tmp_path: Path, name: str, suffix: str
) -> None:
    plain = tmp_path / name
    plain.write_bytes(FILES[name])
    packed = tmp_path / "packed" / (name + suffix)
    packed.parent.mkdir()
    packed.write_bytes(COMPRESSORS[suffix](FILES[name]))
    expected = _texts(Corpus.load(plain))
    assert expected and all(text for text, _, _ in expected)
    for source in (packed, packed.parent, str(tmp_path / "packed" / f"*{suffix}")):
        corpus = Corpus.load(source)
        assert _texts(corpus) == expected
        assert all(a.origin is not None and a.origin.path == str(packed) for a in corpus)


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz"])
@pytest.mark.parametrize("name", ["lying.txt", "no_suffix", "wrong.dat", "story.php?id=3"])
def test_compression_is_recognised_by_content_when_the_name_lies(
    tmp_path: Path, name: str, suffix: str
) -> None:
    (tmp_path / "plain.html").write_text(HTML, encoding="utf-8")
    path = tmp_path / "in" / name
    path.parent.mkdir()
    path.write_bytes(COMPRESSORS[suffix](HTML.encode()))
    expected = [a.text for a in Corpus.load(tmp_path / "plain.html")]
    assert [a.text for a in Corpus.load(path)] == expected
    folder = Corpus.load(path.parent)
    assert [a.text for a in folder] == expected and not folder.skipped


def test_a_compressed_name_without_inner_extension_goes_by_content(tmp_path: Path) -> None:
    records = FILES["corpus.jsonl"]
    (tmp_path / "dump.gz").write_bytes(gzip.compress(records))
    corpus = Corpus.load(tmp_path)
    assert [a.text for a in corpus] == [PROSE, SECOND]
    assert [a.origin.line for a in corpus if a.origin] == [1, 2]


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
@pytest.mark.parametrize("damage", ["truncated", "corrupt"])
def test_a_truncated_or_corrupt_file_raises_or_skips_naming_it(
    tmp_path: Path, suffix: str, damage: str
) -> None:
    data = COMPRESSORS[suffix](((PROSE + "\n") * 200).encode())
    cut, flipped = data[: len(data) // 2], data[:6] + bytes(b ^ 0x5A for b in data[6:])
    data = cut if damage == "truncated" else flipped
    bad = tmp_path / f"bad.txt{suffix}"
    bad.write_bytes(data)
    (tmp_path / "good.txt").write_text(PROSE, encoding="utf-8")
    for source in (bad, tmp_path):
        with pytest.raises(CompressionError) as info:
            Corpus.load(source)
        assert info.value.path == str(bad) and str(bad) in str(info.value)
    corpus = Corpus.load(tmp_path, errors="skip")
    assert [a.text for a in corpus] == [PROSE]
    assert [(s.path, s.error) for s in corpus.skipped] == [(str(bad), "CompressionError")]


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz", ".zst"])
def test_a_decompression_bomb_is_refused_past_max_bytes(tmp_path: Path, suffix: str) -> None:
    bomb = tmp_path / f"bomb.txt{suffix}"
    bomb.write_bytes(COMPRESSORS[suffix](b"a " * 5_000_000))
    assert bomb.stat().st_size < 100_000
    with pytest.raises(CompressionError, match="max_bytes=1,000,000") as info:
        Corpus.load(bomb, options=LoadOptions(max_bytes=1_000_000))
    assert info.value.path == str(bomb)
    skipped = Corpus.load(bomb, options=LoadOptions(max_bytes=1_000_000, errors="skip")).skipped
    assert [s.error for s in skipped] == ["CompressionError"]


def test_zstd_without_its_extra_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "page.txt.zst"
    path.write_bytes(b"\x28\xb5\x2f\xfd" + b"\x00" * 20)
    monkeypatch.setitem(sys.modules, "zstandard", None)
    with pytest.raises(MissingExtraError, match=r"newscorpus\[zstd\]"):
        Corpus.load(path)


def test_cli_extract_reads_a_gzipped_jsonl(tmp_path: Path) -> None:
    source = tmp_path / "corpus.jsonl.gz"
    source.write_bytes(gzip.compress(FILES["corpus.jsonl"]))
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(source), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in rows] == [PROSE, SECOND]
    assert [r["origin"]["path"] for r in rows] == [str(source)] * 2
    assert [r["origin"]["line"] for r in rows] == [1, 2]
