"""Hostile and odd input to the loaders: nothing lost, nothing garbled, every loss reported.

Every case keeps the count: records in = articles loaded + skips reported.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from newscorpus import Article, Corpus
from newscorpus.errors import NewsCorpusError, RecordError
from newscorpus.io import decode_html_bytes

PROSE = "The harbour reopened on Monday after a week of storm repairs, the port authority said."


def _write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8", newline="")
    return path


def _accounted(corpus: Corpus, records_in: int) -> None:
    assert len(corpus) + len(corpus.skipped) == records_in, corpus.report()


def test_jsonl_lines_holding_unicode_line_separators_are_read_whole(tmp_path: Path) -> None:
    articles = [
        Article(text=f"{PROSE} Note\u2028{i}.", title=f"T{i}\u0085x\u2029") for i in range(3)
    ]
    out = tmp_path / "out.jsonl"
    Corpus(articles).to_jsonl(out)
    loaded = Corpus.load(out)
    assert [a.text for a in loaded] == [a.text for a in articles]
    assert [a.title for a in loaded] == [a.title for a in articles]


def test_utf8_bytes_win_over_a_lying_latin_meta_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="ISO-8859-1"><title>Andrés Iniesta</title></head></html>'
    assert decode_html_bytes(page.encode("utf-8")) == page
    lying_cp1252 = page.replace("ISO-8859-1", "windows-1252")
    assert decode_html_bytes(lying_cp1252.encode("utf-8")) == lying_cp1252
    # A true Latin-1 page (not valid UTF-8) still follows its declaration.
    assert decode_html_bytes(page.encode("latin-1")) == page
    # A declaration that is not a single-byte Latin charset is kept even for UTF-8-valid bytes.
    koi = '<meta charset="koi8-r"><p>Да</p>'
    assert decode_html_bytes(koi.encode("koi8-r")) == koi
    path = _write(tmp_path, "p.html", page.encode("utf-8") + f"<p>{PROSE}</p>".encode())
    assert Corpus.load(path, keep_empty=True)[0].title == "Andrés Iniesta"


def _csv_rows(count: int, broken: int) -> str:
    lines = ["id,text"]
    for i in range(count):
        quote = '"' if i != broken else ""
        lines.append(f'{i},"{PROSE} Row {i}.{quote}')
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("broken", [0, 4, 9])
def test_csv_unclosed_quote_is_a_skipped_row_not_a_swallowed_one(
    tmp_path: Path, broken: int
) -> None:
    path = _write(tmp_path, "rows.csv", _csv_rows(10, broken))
    corpus = Corpus.load(path, errors="skip")
    _accounted(corpus, 10)
    assert len(corpus.skipped) == 1 and corpus.skipped[0].line == broken + 2
    assert all(f"Row {broken}." not in a.text for a in corpus)
    with pytest.raises(RecordError, match=r"rows\.csv, line"):
        Corpus.load(path)


def test_csv_nul_byte_skips_its_row_not_the_file(tmp_path: Path) -> None:
    text = "id,text\n" + "".join(f'{i},"{PROSE} Row {i}."\n' for i in range(5))
    data = text.encode().replace(b"Row 2.", b"Row\x002.")
    corpus = Corpus.load(_write(tmp_path, "nul.csv", data), errors="skip")
    _accounted(corpus, 5)
    assert len(corpus) == 4 and corpus.skipped[0].line == 4


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_broken_symlinks_in_a_folder_or_glob_are_reported_skips(tmp_path: Path) -> None:
    _write(tmp_path, "good.txt", PROSE)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    for source in (tmp_path, str(tmp_path / "*.txt")):
        corpus = Corpus.load(source, errors="skip")
        _accounted(corpus, 3)
        reasons = {Path(s.path or "").name: s.reason for s in corpus.skipped}
        assert set(reasons) == {"dangling.txt", "loop.txt"}
        assert "link" in reasons["dangling.txt"] and "link" in reasons["loop.txt"]
    with pytest.raises(NewsCorpusError, match="dangling"):
        Corpus.load(tmp_path)


def test_random_binary_without_nul_is_not_an_empty_article(tmp_path: Path) -> None:
    noise = bytes(b for b in random.Random(7).randbytes(20_000) if b)
    corpus = Corpus.load(_write(tmp_path, "noise.txt", noise), errors="skip")
    _accounted(corpus, 1)
    assert len(corpus) == 0 and corpus.skipped[0].error == "BinaryInputError"


def test_deeply_nested_json_is_a_record_error_not_a_recursion_error(tmp_path: Path) -> None:
    deep = "[" * 100_000
    lines = [json.dumps({"text": PROSE}), deep, json.dumps({"text": PROSE + " Two."})]
    path = _write(tmp_path, "deep.jsonl", "\n".join(lines) + "\n")
    corpus = Corpus.load(path, errors="skip")
    _accounted(corpus, 3)
    assert corpus.skipped[0].line == 2
    with pytest.raises(RecordError, match=r"deep\.jsonl, line 2"):
        Corpus.load(path)
    whole = _write(tmp_path, "deep.json", deep)
    with pytest.raises(RecordError, match=r"deep\.json"):
        Corpus.load(whole)


@pytest.mark.parametrize(
    "field",
    [
        {"provenance": [1, 2]},
        {"url": True},
        {"title": 5},
        {"removed": [3]},
        {"origin": "x"},
        {"meta": [1]},
        {"authors": 7},
    ],
)
def test_article_record_of_the_wrong_shape_is_a_record_error(
    tmp_path: Path, field: dict[str, object]
) -> None:
    record = {"id": "a", "text": PROSE, "removed": [], **field}
    with pytest.raises(RecordError):
        Article.from_dict(record)
    good = {"id": "b", "text": PROSE, "removed": []}
    path = _write(tmp_path, "shape.jsonl", f"{json.dumps(good)}\n{json.dumps(record)}\n")
    with pytest.raises(RecordError, match=r"shape\.jsonl, line 2"):
        Corpus.load(path)
    corpus = Corpus.load(path, errors="skip")
    _accounted(corpus, 2)


def test_lone_surrogates_are_replaced_on_read_so_every_writer_works(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "s.jsonl",
        '{"text": "Broken \\ud800 char. ' + PROSE + '"}\n'
        '{"id": "x", "text": "Art \\udfff.", "removed": [], "title": "T\\ud83d"}\n',
    )
    corpus = Corpus.load(path)
    assert "\ufffd" in corpus[0].text and corpus[1].title == "T\ufffd"
    for name, write in (
        ("o.jsonl", corpus.to_jsonl),
        ("o.csv", corpus.to_csv),
        ("o.db", corpus.save),
    ):
        assert write(tmp_path / name) == 2
    assert [a.text for a in Corpus.load(tmp_path / "o.jsonl")] == [a.text for a in corpus]
    pytest.importorskip("pyarrow")
    assert corpus.to_parquet(tmp_path / "o.parquet") == 2


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_records_in_equal_articles_loaded_plus_skips_reported_for_every_case(
    tmp_path: Path,
) -> None:
    lines = [json.dumps({"text": f"{PROSE} \u2028{i}"}) for i in range(3)]
    _write(tmp_path, "sep.jsonl", "\n".join([*lines, "[" * 50_000, '{"text": "\\ud800 x"}']))
    _write(tmp_path, "rows.csv", _csv_rows(10, 4))
    _write(tmp_path, "nul.csv", b"id,text\n1,a\x00b\n2," + PROSE.encode() + b"\n")
    _write(tmp_path, "noise.txt", bytes(b for b in random.Random(3).randbytes(5000) if b))
    _write(tmp_path, "shape.jsonl", json.dumps({"id": "a", "text": "x", "removed": [], "url": 1}))
    (tmp_path / "dangling.html").symlink_to(tmp_path / "gone.html")
    records_in = 5 + 10 + 2 + 1 + 1 + 1
    _accounted(Corpus.load(tmp_path, errors="skip"), records_in)
