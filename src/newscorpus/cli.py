"""The ``newscorpus`` command: extract, index, info, stats, search, kwic, audit and demo.

``info``, ``stats``, ``search`` and ``kwic`` read a corpus file as ``extract`` writes it (or any
loadable path) or an SQLite store written by ``index`` (a ``.db`` file), which they query in SQL
without loading it.

Example:
    >>> main(["search", "--help"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    SystemExit: 0
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence

from . import __version__
from ._batch import ProgressBar, Workers, load_options
from .audit import AuditOptions, write_audit_html
from .corpus import Corpus
from .errors import NewsCorpusError, OptionsError
from .io.frames import write_parquet
from .io.writers import write_csv, write_jsonl
from .options import ErrorPolicy
from .query.counts import GROUPS, PERIODS
from .store import StoredCorpus
from .stream import index_pages, open_stream, page_total
from .testing import sample_corpus_path

__all__ = ["main"]


def _bar(label: str, paths: Sequence[str], fmt: str | None, unit: str = "pages") -> ProgressBar:
    """A progress bar on a terminal (its total counted first); one summary line otherwise."""
    live = sys.stderr.isatty()
    total = page_total(list(paths), fmt) if live else None
    return ProgressBar(label=label, total=total, unit=unit, live=live, summary=True)


def _load(
    paths: Sequence[str], errors: ErrorPolicy, fmt: str | None = None, workers: Workers = "auto"
) -> Corpus:
    bar = _bar("reading", paths, fmt)
    try:
        corpus = Corpus.load(list(paths), format=fmt, errors=errors, progress=bar, workers=workers)
    finally:
        bar.close()
    if corpus.skipped:
        sys.stderr.write(corpus.report() + "\n")
    return corpus


def _workers(value: str) -> Workers:
    """``--workers``: ``auto`` or a whole number of at least 1."""
    if value == "auto":
        return "auto"
    try:
        count = int(value)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(
            f"expected 'auto' or a number of at least 1, not {value!r}"
        )
    return count


_OUTPUTS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def _output_format(output: str) -> str:
    """The export format named by the output's extension; any other extension is refused."""
    suffix = os.path.splitext(output)[1].lower()
    if suffix not in _OUTPUTS:
        raise OptionsError(
            f"{output}: cannot tell the output format from {suffix or 'no extension'!r};"
            f" name the file {', '.join(_OUTPUTS)}"
        )
    return _OUTPUTS[suffix]


def _cmd_extract(args: argparse.Namespace) -> int:
    fmt = _output_format(args.output)  # before the (long) loading, not after
    writers = {"jsonl": write_jsonl, "csv": write_csv, "parquet": write_parquet}
    bar = _bar("reading", args.paths, args.format)
    options = load_options(None, args.errors, None)
    # Articles are written as they are extracted (JSONL and CSV; Parquet is written at the end).
    with open_stream(
        args.paths, options, format=args.format, workers=args.workers, progress=bar
    ) as stream:
        count = writers[fmt](stream, args.output)
    if stream.skipped:
        sys.stderr.write(stream.report() + "\n")
    sys.stderr.write(f"wrote {count} articles to {args.output} ({len(stream.skipped)} skipped)\n")
    return 0


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _is_store(path: str) -> bool:
    """A ``.db`` file, or any file that starts as an SQLite database does."""
    if path.endswith(".db"):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except OSError:
        return False


def _corpus(args: argparse.Namespace) -> Corpus | StoredCorpus:
    if _is_store(args.file):  # reading commands never write to a store
        return StoredCorpus.open(args.file, read_only=True)
    return _load([args.file], args.errors)


def _cmd_index(args: argparse.Namespace) -> int:
    bar = _bar("indexing", args.paths, args.format)
    report = index_pages(
        args.paths,
        args.output,
        format=args.format,
        workers=args.workers,
        progress=bar,
        errors=args.errors,
    )
    if report.skipped:
        for skip in report.skipped:
            sys.stderr.write(f"  {skip}\n")
    notes = [f"{len(report.skipped)} skipped"] if report.skipped else []
    if report.unchanged:
        notes.append(f"{report.unchanged} pages already indexed, not read again")
    if report.duplicates:
        notes.append(f"{report.duplicates} already stored, skipped")
    sys.stderr.write(
        f"indexed {report.added} new articles into {args.output} ({report.stored} in the store)"
        + ("; " + "; ".join(notes) if notes else "")
        + "\n"
    )
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    with StoredCorpus.open(args.file) as store:
        problems = store.check()
        count = len(store)
    for problem in problems:
        sys.stderr.write(f"newscorpus: {args.file}: {problem}\n")
    verdict = f"{len(problems)} problems found" if problems else "no damage found"
    sys.stderr.write(f"{args.file}: {count} articles checked, {verdict}\n")
    return 1 if problems else 0


def _cmd_info(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    if isinstance(corpus, StoredCorpus):
        with corpus:
            print(_store_summary(corpus))
    else:
        print(_summary(corpus))
    return 0


def _store_summary(store: StoredCorpus) -> str:
    """The summary :func:`_summary` gives, read from SQL (no word count: that needs every text)."""
    days = store.counts(by="day")  # grouped in SQL: one row per day with articles
    dated = sum(row.total for row in days)
    first, last = (days[0].period, days[-1].period) if days else (None, None)
    languages = store.languages()
    lines = [
        f"store:     {store.path} ({os.path.getsize(store.path) / 1e6:.1f} MB)",
        f"articles:  {len(store)}",
        f"dated:     {dated}" + (f" ({first} to {last})" if first else ""),
        "languages: " + (", ".join(f"{k or '?'} {v}" for k, v in languages) or "-"),
        "sources:   " + (", ".join(f"{s} ({n})" for s, n in store.sources()[:10]) or "-"),
        "authors:   " + (", ".join(f"{s} ({n})" for s, n in store.authors()[:10]) or "-"),
    ]
    return "\n".join(lines)


def _summary(corpus: Corpus) -> str:
    dates = sorted(
        (a.published for a in corpus if a.published is not None),
        key=lambda d: d.replace(tzinfo=None),
    )
    languages = Counter(a.language or "?" for a in corpus)
    lines = [
        f"articles:  {len(corpus)}",
        f"skipped:   {len(corpus.skipped)}",
        f"words:     {sum(a.word_count for a in corpus)}",
        f"dated:     {len(dates)}"
        + (f" ({dates[0].date()} to {dates[-1].date()})" if dates else ""),
        "languages: " + ", ".join(f"{k} {v}" for k, v in languages.most_common()),
        "sources:   " + (", ".join(f"{s} ({n})" for s, n in corpus.sources()[:10]) or "-"),
        "authors:   " + (", ".join(f"{s} ({n})" for s, n in corpus.authors()[:10]) or "-"),
        f"removed:   {sum(len(a.removed) for a in corpus)} blocks",
    ]
    return "\n".join(lines)


def _cmd_search(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    hits = corpus.search(args.query)
    for article in itertools.islice(hits, args.limit):
        when = article.published_iso or "-"
        print(f"{article.id}\t{when}\t{article.source or '-'}\t{article.title or '(untitled)'}")
    sys.stderr.write(f"{len(hits)} of {len(corpus)} articles match\n")
    if isinstance(corpus, StoredCorpus):
        corpus.close()
    return 0


def _cmd_kwic(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    try:
        hits = corpus.kwic(args.query, width=args.width)
    finally:
        if isinstance(corpus, StoredCorpus):
            corpus.close()
    for hit in hits[: args.limit]:
        if args.format == "jsonl":
            print(json.dumps(hit.to_dict(), ensure_ascii=False))
        else:
            print(f"{hit.article_id}\t{hit.source or '-'}\t{hit}")
    sys.stderr.write(f"{len(hits)} hits\n")
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    corpus = _corpus(args)
    try:
        rows = corpus.counts(args.terms or None, by=args.by, group=args.group)
        # Every dated article falls in exactly one year: the rest were left out of the rows.
        undated = len(corpus) - sum(row.total for row in corpus.counts(None, by="year"))
    finally:
        if isinstance(corpus, StoredCorpus):
            corpus.close()
    print("period\tgroup\tterm\tcount\ttotal")
    for row in rows:
        print(f"{row.period}\t{row.group or '-'}\t{row.term or '*'}\t{row.count}\t{row.total}")
    sys.stderr.write(f"{len(rows)} rows; {undated} undated articles not counted\n")
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    options = AuditOptions(short_words=args.short_words)
    if len(args.paths) == 1 and _is_store(args.paths[0]):
        with StoredCorpus.open(args.paths[0], read_only=True) as store:
            report = store.audit(options=options)
    else:
        report = _load(args.paths, args.errors).audit(options=options)
    print(report.to_text(sources=args.sources or None), end="")
    if args.html:
        write_audit_html(report, args.html)
        sys.stderr.write(f"wrote the report to {args.html}\n")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    corpus = _load([str(sample_corpus_path())], "raise")
    for article in corpus[: args.articles]:
        print("=" * 72)
        print(f"title:     {article.title}")
        print(f"subtitle:  {article.subtitle}")
        print(f"authors:   {', '.join(article.authors) or '-'}")
        print(f"published: {article.published_iso or '-'}   source: {article.source or '-'}")
        print(
            f"removed:   {len(article.removed)} blocks ({', '.join(sorted({r.rule for r in article.removed}))})"
        )
        print("-" * 72)
        print(article.text[:600] + ("…" if len(article.text) > 600 else ""))
    print("=" * 72)
    print(_summary(corpus))
    return 0


def _add_workers(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--workers",
        type=_workers,
        default="auto",
        help="processes to extract with: a number, or auto, one per core (default: auto; "
        "a handful of pages is extracted in one process)",
    )


def _top_parser() -> argparse.ArgumentParser:
    """The command itself, with its own options, before the subcommands are added."""
    parser = argparse.ArgumentParser(
        prog="newscorpus", description="Clean, typed corpora from scraped news pages."
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="print the version"
    )
    return parser


def _parser() -> argparse.ArgumentParser:  # noqa: PLR0915  (one statement per option, read as a list)
    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        if name != "demo":
            command.add_argument(
                "--errors",
                choices=("raise", "warn", "skip"),
                default="skip",
                help="what to do with unreadable pages (default: skip and report)",
            )
        return command

    extract = add("extract", "extract articles from files, folders or globs into JSONL or CSV")
    extract.add_argument(
        "paths", nargs="+", help="files, folders (read recursively) or quoted globs to read"
    )
    extract.add_argument(
        "-o",
        "--output",
        required=True,
        help="the output file; its extension picks the format: .jsonl, .ndjson, .csv or .parquet",
    )
    extract.add_argument(
        "--format",
        choices=("text", "html", "jsonl", "json", "csv", "warc", "nexis", "factiva", "proquest"),
        help="read every input as this format, whatever its extension (default: by extension,"
        " and by content for WARC files and archive exports: nexis, factiva, proquest)",
    )
    _add_workers(extract)
    extract.set_defaults(run=_cmd_extract)
    index = add(
        "index",
        "load files into an SQLite store (a new one, or added to): pages indexed before with "
        "the same content are not read again, and a record already stored is skipped",
    )
    index.add_argument(
        "paths", nargs="+", help="pages, folders, globs or corpus files (JSONL, CSV) to store"
    )
    index.add_argument("-o", "--output", required=True, help="the store, e.g. news.db")
    index.add_argument(
        "--format",
        choices=("text", "html", "jsonl", "json", "csv", "warc", "nexis", "factiva", "proquest"),
        help="read every input as this format, whatever its extension (default: by extension,"
        " and by content for WARC files and archive exports: nexis, factiva, proquest)",
    )
    _add_workers(index)
    index.set_defaults(run=_cmd_index)
    check = add("check", "verify an SQLite store: integrity, search indexes, every article")
    check.add_argument("file", help="the SQLite store to verify, e.g. news.db")
    check.set_defaults(run=_cmd_check)
    info = add("info", "summarise a corpus file (JSONL from 'extract', a .db store, or any path)")
    info.add_argument("file", help="a corpus file, a .db store, or any loadable path")
    info.set_defaults(run=_cmd_info)
    search = add("search", "list the articles matching a query")
    search.add_argument("file", help="a corpus file, a .db store, or any loadable path")
    search.add_argument("query", help="a query in the query language; quote it for the shell")
    search.add_argument(
        "--limit", type=int, default=50, help="print at most this many articles (default: 50)"
    )
    search.set_defaults(run=_cmd_search)
    kwic = add("kwic", "keyword-in-context lines for the terms of a query")
    kwic.add_argument("file", help="a corpus file, a .db store, or any loadable path")
    kwic.add_argument(
        "query",
        help="a query in the query language, as for search; its words, phrases and prefixes "
        "are shown in context in the articles it finds",
    )
    kwic.add_argument(
        "--width", type=int, default=40, help="characters of context on each side (default: 40)"
    )
    kwic.add_argument(
        "--limit", type=int, default=100, help="print at most this many lines (default: 100)"
    )
    kwic.add_argument(
        "--format",
        choices=("text", "jsonl"),
        default="text",
        help="text: article id, source and the aligned line, tab-separated; jsonl: one JSON "
        "object per hit with article_id, source, published, url, title, position, left, match "
        "and right (default: text)",
    )
    kwic.set_defaults(run=_cmd_kwic)
    stats = add(
        "stats", "articles per period, and those matching each query, as tab-separated rows"
    )
    stats.add_argument("file", help="a corpus file, a .db store, or any loadable path")
    stats.add_argument("terms", nargs="*", help="queries to count (none: count every article)")
    stats.add_argument(
        "--by", choices=PERIODS, default="month", help="the period to count by (default: month)"
    )
    stats.add_argument(
        "--group",
        choices=GROUPS,
        default=None,
        help="split the counts by this field (default: none)",
    )
    stats.set_defaults(run=_cmd_stats)
    _audit_arguments(
        add(
            "audit",
            "a quality report: metadata coverage per source, body lengths, empty, short, "
            "undated and future-dated pages, removal rules, near-duplicates and skipped inputs",
        )
    )
    demo = add("demo", "extract the bundled sample pages and show what came out")
    demo.add_argument(
        "--articles", type=int, default=3, help="how many articles to show in full (default: 3)"
    )
    demo.set_defaults(run=_cmd_demo)
    return parser


def _audit_arguments(audit: argparse.ArgumentParser) -> None:
    audit.add_argument(
        "paths", nargs="+", help="files, folders, globs or corpus files to audit, or one .db store"
    )
    audit.add_argument(
        "--html", default=None, help="also write the report as one self-contained HTML page here"
    )
    audit.add_argument(
        "--short-words",
        type=int,
        default=50,
        help="a body with fewer words than this is very short (default: 50)",
    )
    audit.add_argument(
        "--sources",
        type=int,
        default=20,
        help="list this many sources in the text report, the biggest first; 0 for all "
        "(default: 20)",
    )
    audit.set_defaults(run=_cmd_audit)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 for a NewsCorpusError).

    Example:
        >>> main(["info", "/no/such/folder"])
        2
    """
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader went away (`| head -1`): stop quietly
        return _stdout_closed()
    except NewsCorpusError as err:
        sys.stderr.write(f"newscorpus: error: {err}\n")
        return 2
    return status


def _stdout_closed() -> int:
    """Point standard output at ``/dev/null`` so the interpreter's last flush cannot raise again,
    and return 1, as Python's documentation advises for a closed pipe (see the ``signal`` module's
    note on SIGPIPE)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file descriptor (a captured stream)
        pass
    return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
