"""WARC input: pages from response records; every other record skipped and counted; truncated and
corrupt records reported with the file and byte offset. All WARCs here are synthetic."""

from __future__ import annotations

import bz2
import gzip
import json
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newscorpus import Corpus, LoadOptions, extract_html
from newscorpus.cli import main
from newscorpus.errors import EncodingError, InputError, MissingExtraError, RecordError
from newscorpus.io.sniff import classify
from newscorpus.io.warc import iter_warc
from newscorpus.testing import warc_record, write_warc

pytest.importorskip("fastwarc")

PROSE = "The harbour reopened on Monday after a week of storm repairs, the port authority said."
SECOND = "Fishing boats left at dawn, and the first catch was landed before noon on the quay."


def page(title: str, extra: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav>Home | News</nav>"
        f"<article><h1>{title}</h1>{extra}<p>{PROSE}</p><p>{SECOND}</p></article>"
        "<footer>Share this article</footer></body></html>"
    )


URLS = [f"https://news.example.org/story-{n}" for n in range(3)]


def crawl_records() -> list[bytes]:
    """Three pages among the records a crawl writes around them (eight records that are none)."""
    records = [warc_record("warcinfo", "")]
    for number, url in enumerate(URLS):
        records += [
            warc_record("request", url),
            warc_record("response", url, page(f"Story {number}").encode()),
            warc_record("metadata", url),
        ]
    records += [
        warc_record("response", URLS[0] + "/logo.png", b"\x89PNG\r\n", content_type="image/png"),
        warc_record("revisit", URLS[1]),
        warc_record("response", URLS[2] + "/old", b"", status="301 Moved Permanently"),
        warc_record("response", "https://news.example.org/robots.txt", b"User-agent: *",
                    content_type="text/plain"),
    ]  # fmt: skip
    return records


@pytest.fixture(params=["crawl.warc", "crawl.warc.gz"])
def crawl(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return write_warc(tmp_path / request.param, crawl_records())


def test_each_page_is_an_article_and_every_other_record_is_counted(crawl: Path) -> None:
    corpus = Corpus.load(crawl)
    assert [a.url for a in corpus] == URLS
    assert [a.title for a in corpus] == ["Story 0", "Story 1", "Story 2"]
    assert all(a.read_from is not None and a.read_from.format == "warc" for a in corpus)
    assert [a.read_from.line for a in corpus if a.read_from] == [3, 6, 9]
    assert len(corpus.skipped) == 11  # warcinfo, 3 requests, 3 metadata, 4 others
    assert {s.error for s in corpus.skipped} == {"NotAPage"}
    reasons = " ".join(s.reason for s in corpus.skipped)
    for kind in ("a warcinfo record", "a request record", "a metadata record", "a revisit record",
                 "image/png content", "HTTP status 301", "robots.txt"):  # fmt: skip
        assert kind in reasons
    assert all("byte offset" in s.reason for s in corpus.skipped)


def test_text_is_extract_html_on_the_same_html(crawl: Path) -> None:
    corpus = Corpus.load(crawl)
    for number, article in enumerate(corpus):
        expected = extract_html(page(f"Story {number}"), url=URLS[number])
        assert article.text == expected.text
        assert article.id == expected.id


def test_the_crawl_time_dates_relative_dates(tmp_path: Path) -> None:
    html = page("Bridge reopens", "<p class='date'>Published 3 hours ago</p>")
    warc = write_warc(
        tmp_path / "c.warc.gz",
        [warc_record("response", URLS[0], html.encode(), date="2024-05-14T09:30:00Z")],
    )
    article = Corpus.load(warc)[0]
    assert article.published == datetime(2024, 5, 14, 6, 30, tzinfo=timezone.utc)
    assert article.meta["crawled"] == "2024-05-14T09:30:00+00:00"
    assert extract_html(html).published is None  # without the crawl time, no date


def test_the_callers_reference_time_wins(tmp_path: Path) -> None:
    from newscorpus import ExtractOptions, MetaOptions

    html = page("Bridge reopens", "<p class='date'>Published 3 hours ago</p>")
    warc = write_warc(tmp_path / "c.warc", [warc_record("response", URLS[0], html.encode())])
    when = datetime(2025, 1, 1, 12, 0, tzinfo=timezone.utc)
    options = LoadOptions(extract=ExtractOptions(meta=MetaOptions(reference_time=when)))
    assert Corpus.load(warc, options=options)[0].published == datetime(
        2025, 1, 1, 9, 0, tzinfo=timezone.utc
    )


@pytest.mark.parametrize(
    ("body", "content_type", "word"),
    [
        ("<p>Новости: мэр открыл мост через реку.</p>".encode("cp1251"),
         "text/html; charset=windows-1251", "Новости"),
        ("<p>Ça a marché, dit le maire.</p>".encode(), "text/html; charset=iso-8859-1", "Ça"),
        ("<p>Ça a marché, dit le maire.</p>".encode("cp1252"), "text/html; charset=nonsense",
         "Ça"),
        (b"Plain words about the harbour.", "text/plain; charset=utf-8", "harbour"),
    ],
)  # fmt: skip
def test_the_http_charset_decodes_the_page(
    tmp_path: Path, body: bytes, content_type: str, word: str
) -> None:
    warc = write_warc(
        tmp_path / "c.warc", [warc_record("response", URLS[0], body, content_type=content_type)]
    )
    [document] = list(iter_warc(warc, max_bytes=10**6))
    assert not isinstance(document, Exception)
    assert word in getattr(document, "content", "")


def test_a_forced_encoding_wins_and_fails_loudly(tmp_path: Path) -> None:
    body = "<p>Ça</p>".encode("cp1252")
    warc = write_warc(tmp_path / "c.warc", [warc_record("response", URLS[0], body)])
    with pytest.raises(EncodingError, match=r"record 1 \(byte offset 0\)"):
        Corpus.load(warc, options=LoadOptions(encoding="ascii"))


def test_untyped_pages_are_sniffed_and_resources_read(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "c.warc",
        [
            warc_record("response", URLS[0], page("Sniffed").encode(), content_type=""),
            warc_record("resource", URLS[1], page("Resource").encode(), content_type="text/html"),
            warc_record("response", URLS[2], b"\x00\x01binary", content_type=""),
        ],
    )
    corpus = Corpus.load(warc)
    assert [a.title for a in corpus] == ["Sniffed", "Resource"]
    assert "binary content" in corpus.skipped[0].reason


def _chunked(data: bytes, size: int = 100) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def test_transfer_and_content_encodings_are_undone(tmp_path: Path) -> None:
    html = page("Encoded").encode()
    warc = write_warc(
        tmp_path / "c.warc.gz",
        [
            warc_record("response", URLS[0], gzip.compress(html),
                        http_headers=[("Content-Encoding", "gzip")]),
            warc_record("response", URLS[1], _chunked(gzip.compress(html)),
                        http_headers=[("Transfer-Encoding", "chunked"),
                                      ("Content-Encoding", "gzip")]),
            warc_record("response", URLS[2], html, http_headers=[("Content-Encoding", "gzip")]),
        ],
    )  # fmt: skip
    assert Corpus.load(warc).titles() == ["Encoded"] * 3


@pytest.mark.parametrize(
    ("payload", "headers", "problem"),
    [
        (b"zz\r\nabc\r\n0\r\n\r\n", [("Transfer-Encoding", "chunked")], "bad chunk size"),
        (b"ff\r\nabc", [("Transfer-Encoding", "chunked")], "cut short"),
        (b"3\r\nabc\r\n" * 20_000, [("Transfer-Encoding", "chunked")], "without its final"),
        (b"\x1f\x8b\x08\x00garbage", [("Content-Encoding", "gzip")], "corrupt"),
        (b"<p>x</p>", [("Content-Encoding", "compress")], "unknown payload encoding"),
    ],
)
def test_bad_payload_encodings_are_record_errors(
    tmp_path: Path, payload: bytes, headers: list[tuple[str, str]], problem: str
) -> None:
    warc = write_warc(
        tmp_path / "c.warc",
        [warc_record("response", URLS[0], payload, http_headers=headers),
         warc_record("response", URLS[1], page("Kept").encode())],
    )  # fmt: skip
    corpus = Corpus.load(warc, errors="skip")
    assert corpus.titles() == ["Kept"]
    [skip] = corpus.skipped
    assert skip.error == "RecordError"
    assert problem in skip.reason and "record 1 (byte offset 0)" in skip.reason


def test_a_gzip_bomb_payload_is_refused(tmp_path: Path) -> None:
    bomb = gzip.compress(b"<p>" + b"a" * 2_000_000)
    warc = write_warc(
        tmp_path / "c.warc",
        [warc_record("response", URLS[0], bomb, http_headers=[("Content-Encoding", "gzip")])],
    )
    with pytest.raises(RecordError, match="inflates past max_bytes=100,000"):
        Corpus.load(warc, options=LoadOptions(max_bytes=100_000))


def test_a_record_over_max_bytes_is_refused(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "c.warc", [warc_record("response", URLS[0], page("Big").encode() * 50)]
    )
    with pytest.raises(InputError, match="over max_bytes=1,000"):
        Corpus.load(warc, options=LoadOptions(max_bytes=1_000))


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_a_truncated_last_record_is_reported_with_its_offset(tmp_path: Path, name: str) -> None:
    good = write_warc(tmp_path / f"good-{name}", crawl_records())
    cut = write_warc(tmp_path / f"last-{name}", [warc_record("response", URLS[0] + "/cut",
                                                             page("Cut").encode() * 20)])  # fmt: skip
    data = good.read_bytes() + cut.read_bytes()[: cut.stat().st_size // 2]
    warc = tmp_path / name
    warc.write_bytes(data)
    corpus = Corpus.load(warc, errors="skip")
    assert [a.url for a in corpus] == URLS
    [truncated] = [s for s in corpus.skipped if s.error == "RecordError"]
    assert truncated.path == str(warc)
    assert f"byte offset {good.stat().st_size:,}" in truncated.reason
    assert "truncated" in truncated.reason
    with pytest.raises(RecordError, match=r"record 15 \(byte offset [\d,]+\): a truncated"):
        Corpus.load(warc)


def test_corrupt_data_ends_the_file_with_a_report(tmp_path: Path) -> None:
    records = crawl_records()
    warc = tmp_path / "bad.warc.gz"
    members = [gzip.compress(r, mtime=0) for r in records]
    members[4] = members[4][:20] + bytes(b ^ 0xFF for b in members[4][20:40]) + members[4][40:]
    warc.write_bytes(b"".join(members))
    corpus = Corpus.load(warc, errors="skip")
    assert [a.url for a in corpus] == URLS[:1]
    [corrupt] = [s for s in corpus.skipped if s.error == "RecordError"]
    assert "corrupt WARC data after record 4" in corrupt.reason
    assert "the rest of the file cannot be read" in corrupt.reason


def test_garbage_between_records_is_reported(tmp_path: Path) -> None:
    records = crawl_records()
    warc = write_warc(tmp_path / "bad.warc", [*records[:3], b"GARBAGE LINE\r\n\r\n", *records[3:]])
    corpus = Corpus.load(warc, errors="skip")
    assert [a.url for a in corpus] == URLS[:1]
    assert "after record 3" in corpus.skipped[-1].reason


def test_a_record_without_content_length_is_corrupt(tmp_path: Path) -> None:
    record = warc_record("response", URLS[0], page("X").encode())
    head, _, rest = record.partition(b"Content-Length: ")
    _length, _, block = rest.partition(b"\r\n")
    broken = head + b"Content-Length: many\r\n" + block
    warc = write_warc(tmp_path / "bad.warc", [broken])
    corpus = Corpus.load(warc, errors="skip")
    assert len(corpus) == 0 and corpus.skipped and corpus.skipped[0].error == "RecordError"


def test_an_empty_or_non_warc_file_named_warc(tmp_path: Path) -> None:
    (tmp_path / "empty.warc").write_bytes(b"")
    assert len(Corpus.load(tmp_path / "empty.warc")) == 0
    (tmp_path / "text.warc").write_text("not a WARC at all\n", encoding="utf-8")
    with pytest.raises(RecordError, match="corrupt WARC data at its start"):
        Corpus.load(tmp_path / "text.warc")


def test_non_http_responses_are_skipped(tmp_path: Path) -> None:
    record = warc_record("resource", "dns:news.example.org", b"20240514 news.example.org A 1.2.3.4",
                         content_type="text/dns")  # fmt: skip
    response = record.replace(b"WARC-Type: resource", b"WARC-Type: response")
    warc = write_warc(tmp_path / "dns.warc", [response])
    corpus = Corpus.load(warc)
    assert "a text/dns response (not HTTP)" in corpus.skipped[0].reason
    untyped = warc_record("response", URLS[0], page("X").encode()).replace(
        b"Content-Type: application/http; msgtype=response\r\n", b""
    )
    corpus = Corpus.load(write_warc(tmp_path / "untyped.warc", [untyped]))
    assert "a response without a content type (not HTTP)" in corpus.skipped[0].reason


def test_warcs_are_recognised_by_content_in_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    write_warc(folder / "part-00001", crawl_records(), compress=True)
    write_warc(folder / "part-00002.warc", crawl_records())
    (folder / "part-00003.warc.bz2").write_bytes(bz2.compress(b"".join(crawl_records())))
    assert classify(folder / "part-00001") == "warc"
    assert len(Corpus.load(folder)) == 9


def test_without_fastwarc_the_error_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warc = write_warc(tmp_path / "c.warc", crawl_records())
    monkeypatch.setitem(sys.modules, "fastwarc.warc", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'newscorpus\[warc\]'"):
        Corpus.load(warc)


def test_cli_extract_reads_a_warc(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", crawl_records())
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(warc), "-o", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in rows] == URLS
    assert "3 articles loaded, 11 skipped" in capsys.readouterr().err


def test_workers_give_the_same_articles(crawl: Path) -> None:
    assert Corpus.load(crawl, workers=2) == Corpus.load(crawl)


def test_cli_index_stores_a_warcs_pages(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", crawl_records())
    db = tmp_path / "news.db"
    assert main(["index", str(warc), "-o", str(db)]) == 0
    assert [a.url for a in Corpus.load(db)] == URLS


def test_a_record_without_a_date_has_no_crawl_time(tmp_path: Path) -> None:
    record = warc_record("response", URLS[0], page("Undated").encode())
    record = record.replace(b"WARC-Date: 2024-05-14T09:30:00Z\r\n", b"")
    article = Corpus.load(write_warc(tmp_path / "c.warc", [record]))[0]
    assert "crawled" not in article.meta and article.title == "Undated"


def test_cli_format_warc_reads_any_name(tmp_path: Path) -> None:
    dump = write_warc(tmp_path / "dump.dat", crawl_records(), compress=True)
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(dump), "--format", "warc", "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3
