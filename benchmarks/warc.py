"""WARC input: the 181 benchmark pages written into a WARC with warcio, read back two ways.

1. **Acceptance.** A per-record gzip WARC holding each page as an HTTP response, with the
   records a real crawl writes around them (a warcinfo record, a request and a metadata record per
   page, image responses, revisits, a redirect) and, last, a truncated response.
   ``Corpus.load(warc, errors="skip")`` must give one article per page with the same ``text`` as
   ``extract_html`` on the same HTML (and URL), every other record skipped and counted, the
   truncated one reported with its offset.
2. **Dask** (``--dask``): the same WARC on a ``LocalCluster`` of two worker processes, split
   into byte spans, must give the same articles as ``Corpus.load`` in this process, and the
   Parquet dataset it writes must read back with pandas, ``published`` timezone-aware.
3. **Reader speed.** Records per second of fastwarc (the reader newscorpus uses) against warcio
   (the standard), same file, same run: every record's headers, every response's decoded
   payload. Medians of ``--passes`` alternating passes over a WARC of ``--copies`` copies of the
   pages (each copy a new set of URLs).

    python benchmarks/warc.py [--copies 10] [--passes 5] [--no-speed] [--no-acceptance] [--dask]
    python benchmarks/warc.py --reader fastwarc|warcio --warc FILE   # one reader, for a timer

Needs warcio and fastwarc (``pip install 'newscorpus[warc]' warcio``) and ../shared (or
NEWSCORPUS_SHARED); skips cleanly without them.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import require_shared

from newscorpus import Corpus, extract_html
from newscorpus.io import decode_html_bytes

WARC_DATE = "2024-05-14T09:30:00Z"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def _need(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        print(f"skipped: benchmarks/warc.py needs {module} (pip install 'newscorpus[warc]' warcio)")
        sys.exit(0)


def load_pages(shared: Path) -> list[tuple[str, bytes]]:
    """(URL, raw HTML bytes) of the 181 benchmark pages, in key order."""
    bench = shared / "bench" / "article-extraction"
    truth = json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (truth[key]["url"], gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes()))
        for key in sorted(truth)
    ]


class _Writer:
    """The records of a crawl, written with warcio."""

    def __init__(self, stream: io.BufferedWriter) -> None:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        self.headers = StatusAndHeaders
        self.writer = WARCWriter(stream, gzip=True)

    def response(self, url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
        http = self.headers(
            status,
            [("Content-Type", content_type), ("Server", "nginx"), ("Connection", "close")],
            protocol="HTTP/1.1",
        )
        record = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": WARC_DATE},
        )
        self.writer.write_record(record)

    def request(self, url: str) -> None:
        path = "/" + url.split("/", 3)[-1] if url.count("/") >= 3 else "/"
        http = self.headers(
            f"GET {path} HTTP/1.1",
            [("Host", url.split("/")[2]), ("User-Agent", "crawler/1.0")],
            is_http_request=True,
        )
        self.writer.write_record(
            self.writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), http_headers=http
            )
        )

    def metadata(self, url: str) -> None:
        payload = io.BytesIO(b"via: https://example.org/\r\nfetchTimeMs: 120\r\n")
        self.writer.write_record(
            self.writer.create_warc_record(
                url, "metadata", payload=payload, warc_content_type="application/warc-fields"
            )
        )

    def revisit(self, url: str) -> None:
        http = self.headers("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = self.writer.create_revisit_record(
            url, "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", url, WARC_DATE, http_headers=http
        )
        self.writer.write_record(record)

    def warcinfo(self) -> None:
        info = {"software": "benchmarks/warc.py", "format": "WARC File Format 1.1"}
        self.writer.write_record(self.writer.create_warcinfo_record("bench.warc.gz", info))


def build_warc(
    path: Path, pages: list[tuple[str, bytes]], *, copies: int = 1, truncated: bool = True
) -> Counter[str]:
    """Write the crawl of ``pages`` (``copies`` times, under new URLs) to ``path``; returns how
    many records of each kind it wrote."""
    kinds: Counter[str] = Counter()
    with path.open("wb") as stream:
        writer = _Writer(stream)
        writer.warcinfo()
        kinds["warcinfo"] += 1
        for copy in range(copies):
            for number, (url, body) in enumerate(pages):
                page_url = url if copy == 0 else f"{url}#copy{copy}"
                writer.request(page_url)
                writer.response(page_url, body, "text/html; charset=utf-8")
                writer.metadata(page_url)
                kinds.update(("request", "page", "metadata"))
                if number % 10 == 0:
                    writer.response(f"{page_url}/logo.png", PNG, "image/png")
                    writer.revisit(page_url)
                    writer.response(f"{page_url}/old", b"", "text/html", status="301 Moved")
                    kinds.update(("image", "revisit", "redirect"))
        if truncated:
            start = stream.tell()
            writer.response("https://example.org/cut", pages[0][1], "text/html")
            end = stream.tell()
    if truncated:
        path.write_bytes(path.read_bytes()[: start + (end - start) // 2])
        kinds["truncated"] += 1
    return kinds


# -- reader speed ------------------------------------------------------------------------------


def read_with_warcio(path: Path) -> int:
    """Every record's type and URL, every response's decoded payload; returns the records seen."""
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            count += 1
            record.rec_headers.get_header("WARC-Target-URI")
            if record.rec_type == "response":
                record.http_headers.get_header("Content-Type")
                record.content_stream().read()
    return count


def read_with_fastwarc(path: Path) -> int:
    """The same as :func:`read_with_warcio`, with fastwarc."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    count = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(
            stream, record_types=WarcRecordType.any_type, parse_http=False
        ):
            count += 1
            record.headers.get("WARC-Target-URI")
            if record.record_type == WarcRecordType.response:
                record.parse_http()
                record.http_content_type  # noqa: B018 - read it, as the loader does
                record.reader.read()
    return count


READERS: dict[str, Callable[[Path], int]] = {
    "fastwarc": read_with_fastwarc,
    "warcio": read_with_warcio,
}


def reader_speed(path: Path, passes: int) -> dict[str, float]:
    """Records per second of each reader: the median of ``passes`` passes, run in turn."""
    times: dict[str, list[float]] = {name: [] for name in READERS}
    counts: dict[str, int] = {}
    for _ in range(passes):
        for name, read in READERS.items():
            start = time.perf_counter()
            counts[name] = read(path)
            times[name].append(time.perf_counter() - start)
    if len(set(counts.values())) != 1:
        raise SystemExit(f"the readers saw different numbers of records: {counts}")
    return {name: counts[name] / statistics.median(times[name]) for name in READERS}


# -- acceptance --------------------------------------------------------------------------------


def _same_text(
    pages: list[tuple[str, bytes]], corpus: Corpus, *, with_url: bool = True
) -> Iterator[str]:
    """The URLs whose loaded text differs from ``extract_html`` on the same HTML (and URL)."""
    loaded = {article.url: article.text for article in corpus}
    for url, body in pages:
        html = decode_html_bytes(body)
        expected = extract_html(html, url=url if with_url else None).text
        if loaded.get(url) != expected:
            yield url


def acceptance(path: Path, pages: list[tuple[str, bytes]], kinds: Counter[str]) -> bool:
    corpus = Corpus.load(path, errors="skip")
    skipped = Counter(s.error for s in corpus.skipped)
    different = list(_same_text(pages, corpus))
    without_url = list(_same_text(pages, corpus, with_url=False))
    others = sum(kinds.values()) - kinds["page"]
    truncated = [s for s in corpus.skipped if "truncated" in s.reason]
    print(f"records written: {dict(kinds)}")
    print(
        f"articles: {len(corpus)} of {len(pages)} pages; text differs from extract_html: "
        f"{len(different)} (given the URL), {len(without_url)} (without it)"
    )
    print(f"skipped: {len(corpus.skipped)} of {others} other records {dict(skipped)}")
    for skip in truncated:
        print(f"  reported: {skip}")
    return (
        len(corpus) == len(pages)
        and not different
        and len(corpus.skipped) == others
        and len(truncated) == 1
    )


def dask_acceptance(path: Path, folder: Path) -> bool:
    """Two worker processes against this process, on the same WARC; the dataset read back."""
    _need("distributed")
    import pandas
    from distributed import Client, LocalCluster

    from newscorpus.dask import load_bag, to_parquet

    expected = Corpus.load(path, errors="skip")
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        loaded = load_bag(path, errors="skip", partition_size=1024 * 1024)
        corpus = loaded.compute()
        written = to_parquet(loaded.articles, folder)
    frame = pandas.read_parquet(folder)
    same = list(corpus) == list(expected)
    same_skips = corpus.skipped == expected.skipped
    print(
        f"dask: {loaded.articles.npartitions} partitions on 2 workers: {len(corpus)} articles, "
        f"{len(corpus.skipped)} skipped; same articles as in-process: {same}, same skips: "
        f"{same_skips}"
    )
    print(
        f"dask: parquet dataset {written} rows in {len(list(folder.iterdir()))} files; "
        f"pandas reads {len(frame)} rows, published dtype {frame.published.dtype}"
    )
    aware = getattr(frame.published.dtype, "tz", None) is not None
    return same and same_skips and written == len(frame) == len(expected) and aware


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of the pages for speed")
    parser.add_argument("--passes", type=int, default=5, help="timed passes per reader")
    parser.add_argument("--no-speed", action="store_true", help="skip the reader speed")
    parser.add_argument("--no-acceptance", action="store_true", help="skip the acceptance")
    parser.add_argument("--dask", action="store_true", help="also the Dask acceptance")
    parser.add_argument("--reader", choices=sorted(READERS), help="only read --warc with this")
    parser.add_argument("--warc", type=Path, help="the WARC for --reader (written if missing)")
    args = parser.parse_args(argv)
    _need("warcio")
    _need("fastwarc")
    if args.reader:  # the pages are read only to write the WARC, once
        if args.warc is None:
            parser.error("--reader needs --warc")
        if not args.warc.exists():
            pages = load_pages(require_shared("benchmarks/warc.py"))
            build_warc(args.warc, pages, copies=args.copies, truncated=False)
        print(f"{args.reader}: {READERS[args.reader](args.warc)} records")
        return 0
    pages = load_pages(require_shared("benchmarks/warc.py"))
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_acceptance:
            warc = Path(tmp) / "bench.warc.gz"
            ok = acceptance(warc, pages, build_warc(warc, pages))
            if args.dask:
                ok = dask_acceptance(warc, Path(tmp) / "dataset") and ok
            print("acceptance:", "PASS" if ok else "FAIL")
        if not args.no_speed:
            big = Path(tmp) / "speed.warc.gz"
            kinds = build_warc(big, pages, copies=args.copies, truncated=False)
            rates = reader_speed(big, args.passes)
            print(
                f"reader speed, {sum(kinds.values())} records, {big.stat().st_size:,} bytes, "
                f"median of {args.passes} passes:"
            )
            for name, rate in rates.items():
                print(f"  {name:9} {rate:10,.0f} records/s")
            print(f"  fastwarc / warcio: {rates['fastwarc'] / rates['warcio']:.2f}x")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
