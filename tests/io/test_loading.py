"""Loading files: encodings, bad input, JSONL/CSV records, skip reports, atomic writers."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import Article, Corpus, LoadOptions
from newscorpus.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    MissingColumnError,
    NewsCorpusError,
    RecordError,
    WriteError,
)
from newscorpus.io import (
    NewsCorpusWarning,
    decode_bytes,
    decode_html_bytes,
    read_jsonl_articles,
    write_csv,
    write_jsonl,
)

PROSE = "The harbour reopened on Monday after a week of storm repairs, the port authority said."
RUSSIAN = "Порт снова открылся в понедельник после недели ремонта, сообщили в администрации порта."


def test_utf8_with_and_without_bom_and_utf16() -> None:
    assert decode_bytes(PROSE.encode("utf-8")) == PROSE
    assert decode_bytes(b"\xef\xbb\xbf" + PROSE.encode("utf-8")) == PROSE
    assert decode_bytes(PROSE.encode("utf-16")) == PROSE
    assert decode_bytes(RUSSIAN.encode("utf-16-le")) == RUSSIAN


def test_legacy_encodings_are_detected() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251")) == RUSSIAN
    latin = "Der Bürgermeister eröffnete die Brücke über die Förde."
    assert decode_bytes(latin.encode("latin-1")) == latin
    assert decode_bytes(
        (RUSSIAN + " ") * (40).encode("cp1251")
        if False
        else ((RUSSIAN + " ") * 40).encode("cp1251")
    ).startswith(RUSSIAN)


def test_empty_binary_and_forced_encoding_errors_name_the_file() -> None:
    with pytest.raises(EmptyInputError, match=r"a\.txt"):
        decode_bytes(b"", path="a.txt")
    with pytest.raises(EmptyInputError):
        decode_bytes(b"  \n\t ", path="a.txt")
    with pytest.raises(BinaryInputError, match=r"img\.txt"):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100), path="img.txt")
    with pytest.raises(BinaryInputError):
        decode_bytes(b"abc\x00\x01\x02\xff\xfe\x00\x00\x10" * 50, path="blob.txt")
    with pytest.raises(EncodingError, match="utf-8"):
        decode_bytes(RUSSIAN.encode("cp1251"), path="x.txt", encoding="utf-8")


def test_html_declared_charset_is_used_only_when_it_decodes() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Да</p></body></html>'
    assert "Да" in decode_html_bytes(page.encode("cp1251"))
    lying = '<html><head><meta charset="utf-8"></head><body><p>Порт</p></body></html>'.encode(
        "cp1251"
    )
    assert "Порт" in decode_html_bytes(lying)


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_folder_is_read_recursively_and_glob_works(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", "Title one\n\n" + PROSE)
    _write(tmp_path, "deep/b.html", f"<html><body><h1>Title two</h1><p>{PROSE}</p></body></html>")
    _write(tmp_path, "deep/notes.md", "not read")
    corpus = Corpus.load(tmp_path)
    assert sorted(a.title or "" for a in corpus) == ["Title one", "Title two"]
    assert len(Corpus.load(str(tmp_path / "**" / "*.html"))) == 1
    assert all(a.origin is not None and a.origin.path for a in corpus)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        Corpus.load(tmp_path / "nope")
    (tmp_path / "empty").mkdir()
    with pytest.raises(EmptyInputError):
        Corpus.load(tmp_path / "empty")


def test_bad_files_raise_or_are_skipped_with_a_report(tmp_path: Path) -> None:
    _write(tmp_path, "good.txt", PROSE)
    _write(tmp_path, "empty.txt", b"")
    _write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(64))
    _write(tmp_path, "legacy.txt", RUSSIAN.encode("cp1251"))
    with pytest.raises(NewsCorpusError):
        Corpus.load(tmp_path)
    corpus = Corpus.load(tmp_path, errors="skip")
    assert len(corpus) == 2
    reasons = {Path(s.path).name: s.error for s in corpus.skipped}
    assert reasons == {"empty.txt": "EmptyInputError", "binary.txt": "BinaryInputError"}
    assert "2 skipped" in corpus.report() and "binary.txt" in corpus.report()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Corpus.load(tmp_path, errors="warn")
    assert sum(issubclass(w.category, NewsCorpusWarning) for w in caught) == 2


def test_jsonl_broken_line_is_named_and_the_rest_loads(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": PROSE, "title": "First", "url": "https://example.org/1"}),
        "{not json",
        json.dumps({"body": PROSE, "published": "2024-03-04"}),
    ]
    path = _write(tmp_path, "records.jsonl", "\n".join(lines) + "\n")
    with pytest.raises(RecordError) as info:
        Corpus.load(path)
    assert info.value.line == 2 and "records.jsonl" in str(info.value)
    corpus = Corpus.load(path, errors="skip")
    assert next(a.title for a in corpus) == "First"
    assert corpus[1].published_iso == "2024-03-04"
    assert [(s.line, s.error) for s in corpus.skipped] == [(2, "RecordError")]


def test_jsonl_record_without_text_and_non_object(tmp_path: Path) -> None:
    path = _write(tmp_path, "r.jsonl", '{"title": "no text"}\n[1, 2]\n')
    corpus = Corpus.load(path, errors="skip")
    assert len(corpus) == 0
    assert [s.error for s in corpus.skipped] == ["EmptyInputError", "RecordError"]


def test_csv_with_text_column_and_without_one(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.csv", f'title,text,author\nOne,"{PROSE}",Ann Lee\n')
    corpus = Corpus.load(good)
    assert corpus[0].title == "One" and corpus[0].authors == ("Ann Lee",)
    bad = _write(tmp_path, "bad.csv", f'headline,summary\nOne,"{PROSE}"\n')
    with pytest.raises(MissingColumnError) as info:
        Corpus.load(bad)
    assert (
        "headline" in str(info.value)
        and "summary" in str(info.value)
        and "text_field" in str(info.value)
    )
    chosen = Corpus.load(bad, options=LoadOptions(text_field="summary"))
    assert len(chosen) == 1 and chosen[0].text == PROSE


def test_huge_file_is_refused_with_the_option_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", PROSE * 100)
    with pytest.raises(InputError, match="max_bytes"):
        Corpus.load(path, options=LoadOptions(max_bytes=100))


def test_jsonl_export_round_trips_and_is_reloaded_as_articles(tmp_path: Path) -> None:
    corpus = Corpus.load(_write(tmp_path, "a.txt", "Harbour reopens\n\nBy Ann Lee\n\n" + PROSE))
    out = tmp_path / "out.jsonl"
    assert corpus.to_jsonl(out) == 1
    again = Corpus.load(out)
    assert again[0].text == corpus[0].text and again[0].removed == corpus[0].removed
    assert next(iter(read_jsonl_articles(out))).id == corpus[0].id


def test_csv_export(tmp_path: Path) -> None:
    articles = [Article(text=PROSE, title="T", authors=("A", "B"))]
    out = tmp_path / "out.csv"
    assert write_csv(articles, out) == 1
    header, row = out.read_text(encoding="utf-8").splitlines()[:2]
    assert header.startswith("id,url,title") and "A; B" in row


def test_writers_leave_nothing_half_written(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("old content\n", encoding="utf-8")

    def broken() -> list[Article]:
        yield Article(text="one")
        raise RuntimeError("the source failed half-way")

    with pytest.raises(RuntimeError):
        write_jsonl(broken(), out)
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with pytest.raises(WriteError):
        write_jsonl([Article(text="x")], tmp_path / "missing-folder" / "out.jsonl")


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.builds(
            Article,
            text=_text,
            title=st.none() | _text,
            authors=st.lists(_text, max_size=3).map(tuple),
        ),
        max_size=5,
    )
)
def test_jsonl_writer_reader_round_trip(
    tmp_path_factory: pytest.TempPathFactory, articles: list[Article]
) -> None:
    out = tmp_path_factory.mktemp("rt") / "a.jsonl"
    write_jsonl(articles, out)
    assert list(read_jsonl_articles(out)) == articles


def test_impossible_record_date_is_kept_visible_not_dropped(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "r.jsonl", json.dumps({"text": PROSE, "published": "2023-02-31"}) + "\n"
    )
    article = Corpus.load(path)[0]
    assert article.published is None
    assert article.meta["unparsed_date"] == "2023-02-31"
