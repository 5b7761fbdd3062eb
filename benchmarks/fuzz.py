"""Fuzz ``Article.from_dict``, the loaders (``Corpus.load`` on generated files) and the
extractors (``extract_html``, ``extract_text``) with hypothesis-generated input.

Loaders are fed generated records and files, and also valid files of every other kind the
library reads (news-archive exports as text, RTF, DOCX and HTML; WARC, plain and gzipped)
damaged at random: cut short, a span deleted, doubled or overwritten with random bytes.

The promise checked: whatever the input, the call returns or raises a
:class:`~newscorpus.errors.NewsCorpusError`; any other exception is a crash, printed with the
input that caused it (shortened). The time is shared equally between the three targets, each run
in rounds of generated examples until its share is spent.

Usage::

    python benchmarks/fuzz.py --minutes 10
    python benchmarks/fuzz.py --minutes 1 --seed 3

Prints, per target, the inputs run and the crashes, and exits 1 if any crash was found.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from newscorpus import Article, Corpus, extract_html, extract_text
from newscorpus.errors import NewsCorpusError
from newscorpus.testing import make_article, make_corpus_articles, warc_record
from newscorpus.testing.exports import (
    to_rtf,
    write_factiva_html,
    write_factiva_text,
    write_nexis_docx,
    write_nexis_text,
    write_proquest_text,
)

FIELDS = list(make_article().to_dict())
SENTENCE = "The council voted on Monday to back the plan for the river banks, officials said."
TAGS = ["div", "p", "title", "script", "table", "tr", "td", "br", "a", "b", "h1", "meta", "svg"]
ATTRS = [
    ' property="og:url" content="javascript:x"',
    ' property="article:published_time" content="20240303 10:00 ET"',
    ' class="byline"',
    ' type="application/ld+json"',
    " hidden",
    ' style="display:none"',
    "",
]

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
RECORD = st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), JSON, max_size=10)
VALID = st.builds(lambda d, extra: {**d, **extra}, st.just(make_article().to_dict()), RECORD)

_PIECE = st.one_of(
    st.sampled_from(TAGS).flatmap(lambda t: st.sampled_from(ATTRS).map(lambda a: f"<{t}{a}>")),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from([SENTENCE, "Autor: Ann Lee", "By Ann Lee", "12.03.2024", "\n" * 20, " " * 50]),
    st.text(max_size=20),
    st.sampled_from(["\ud800", "&amp;", "&#0;", "<!--", "-->", "<![CDATA[", "<?xml?>", "\x00"]),
)
PAGE = st.lists(_PIECE, max_size=60).map("".join)
MANY = st.tuples(_PIECE, st.integers(min_value=1, max_value=3000)).map(lambda p: p[0] * p[1])
HTML = PAGE | MANY | st.tuples(PAGE, MANY, PAGE).map("".join)


def _line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


FILE = st.one_of(
    st.tuples(
        st.just(".jsonl"),
        st.lists(RECORD | VALID | JSON, max_size=5).map(
            lambda rows: "\n".join(_line(r) for r in rows).encode("utf-8", "surrogatepass")
        ),
    ),
    st.tuples(
        st.just(".json"),
        (RECORD | VALID | JSON).map(lambda v: _line(v).encode("utf-8", "surrogatepass")),
    ),
    st.tuples(
        st.sampled_from([".csv", ".txt", ".html", ".jsonl", ".json"]), st.binary(max_size=400)
    ),
    st.tuples(
        st.sampled_from([".csv", ".txt", ".html"]),
        HTML.map(lambda s: s.encode("utf-8", "surrogatepass")),
    ),
    st.tuples(
        st.just(".csv"),
        st.lists(st.lists(st.text(max_size=20), max_size=4), max_size=6).map(
            lambda rows: "\n".join(",".join(r) for r in [["title", "text"], *rows]).encode(
                "utf-8", "surrogatepass"
            )
        ),
    ),
)


def _warc(articles: list[Article], gzipped: bool) -> bytes:
    records = [warc_record("warcinfo", "")]
    for number, article in enumerate(articles):
        page = f"<html><title>{article.title}</title><p>{article.text}</p></html>"
        records.append(warc_record("response", f"https://x.org/{number}", page.encode()))
    if gzipped:
        return b"".join(gzip.compress(record, mtime=0) for record in records)
    return b"".join(records)


# Each kind: the file's suffix and a writer of valid content for a few articles.
WELL_FORMED: dict[str, tuple[str, Callable[[list[Article]], bytes]]] = {
    "nexis-text": (".txt", lambda a: write_nexis_text(a).encode("utf-8")),
    "nexis-rtf": (".rtf", lambda a: to_rtf(write_nexis_text(a)).encode("utf-8")),
    "nexis-docx": (".docx", write_nexis_docx),
    "factiva-text": (".txt", lambda a: write_factiva_text(a).encode("utf-8")),
    "factiva-html": (".html", lambda a: write_factiva_html(a).encode("utf-8")),
    "proquest-text": (".txt", lambda a: write_proquest_text(a).encode("utf-8")),
    "warc": (".warc", lambda a: _warc(a, gzipped=False)),
    "warc-gz": (".warc.gz", lambda a: _warc(a, gzipped=True)),
}

# A damage: what to do, where (a share of the length), how many bytes, and bytes to write.
_DAMAGE = st.tuples(
    st.sampled_from(["cut", "delete", "double", "overwrite", "insert"]),
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=1, max_value=200),
    st.binary(min_size=1, max_size=40),
)


def _damaged(kind: str, count: int, article_seed: int, damages: list[Any]) -> tuple[str, bytes]:
    suffix, write = WELL_FORMED[kind]
    content = write(make_corpus_articles(count, seed=article_seed))
    for action, where, length, noise in damages:
        at = int(where * len(content))
        if action == "cut":
            content = content[:at]
        elif action == "delete":
            content = content[:at] + content[at + length :]
        elif action == "double":
            content = content[:at] + content[at : at + length] * 2 + content[at + length :]
        elif action == "overwrite":
            content = content[:at] + noise + content[at + len(noise) :]
        else:
            content = content[:at] + noise + content[at:]
    return suffix, content


DAMAGED_FILE = st.builds(
    _damaged,
    st.sampled_from(sorted(WELL_FORMED)),
    st.integers(min_value=1, max_value=3),
    st.integers(min_value=0, max_value=50),
    st.lists(_DAMAGE, max_size=3),
)


class Target:
    """One function under fuzz: counts the inputs and keeps the first few crashes."""

    def __init__(self, name: str, strategy: st.SearchStrategy[Any], call: Callable[[Any], Any]):
        self.name, self.strategy, self.call = name, strategy, call
        self.runs = 0
        self.crashes: Counter[str] = Counter()
        self.examples: dict[str, str] = {}

    def run_one(self, value: Any) -> None:
        self.runs += 1
        try:
            self.call(value)
        except NewsCorpusError:
            pass
        except Exception as err:  # a crash: anything not ours
            key = f"{type(err).__name__}: {traceback.extract_tb(err.__traceback__)[-1].name}"
            self.crashes[key] += 1
            self.examples.setdefault(key, f"{err!r:.200} on {value!r:.300}")

    def fuzz(self, seconds: float, start_seed: int) -> None:
        deadline = time.monotonic() + seconds
        round_seed = start_seed
        while time.monotonic() < deadline:
            round_seed += 1

            @seed(round_seed)
            @settings(
                max_examples=200,
                deadline=None,
                database=None,
                phases=[Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            @given(self.strategy)
            def one_round(value: Any) -> None:
                if time.monotonic() < deadline:
                    self.run_one(value)

            one_round()


def _load(folder: Path) -> Callable[[tuple[str, bytes]], Any]:
    counter = iter(range(10**12))

    def load(file: tuple[str, bytes]) -> Any:
        suffix, content = file
        path = folder / f"page{next(counter)}{suffix}"
        path.write_bytes(content)
        try:
            Corpus.load(path, errors="skip")
            return Corpus.load(path)
        finally:
            path.unlink()

    return load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        targets = [
            Target("Article.from_dict", RECORD | VALID, Article.from_dict),
            Target("Corpus.load", FILE, _load(Path(folder))),
            Target("Corpus.load exports", DAMAGED_FILE, _load(Path(folder))),
            Target("extract_html", HTML, extract_html),
            Target("extract_text", HTML, extract_text),
        ]
        share = args.minutes * 60 / len(targets)
        for number, target in enumerate(targets):
            target.fuzz(share, args.seed * 1_000_000 + number * 100_000)
            print(
                f"{target.name:<18} {target.runs:>8} inputs {sum(target.crashes.values()):>4}"
                " crashes",
                flush=True,
            )
            for key, example in target.examples.items():
                print(f"    {key} ×{target.crashes[key]}: {example}")
    total = sum(t.runs for t in targets)
    crashes = sum(sum(t.crashes.values()) for t in targets)
    print(f"total: {total} inputs in {args.minutes:g} minutes, {crashes} crashes")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
