"""Scale benchmark for the SQLite store: a seeded synthetic corpus of N articles (default 1M).

Reports, for one run on this machine:

* ingest rate into the store (articles/s): ``write_store(read_jsonl_articles(...))`` from a
  JSONL file, so JSON parsing and ``Article.from_dict`` are included, generation is not;
* the store's size on disk (and the JSONL's, for scale);
* p50/p95 latency of a term query, a phrase query, a boolean query with a date range and
  ``counts(by="month")``, each beside the same question asked of a pandas DataFrame with
  ``str.contains`` in the same run. *Latency* of a query is ``len(store.search(q))``: the exact
  number of matching articles (ids counted in SQL, no article decoded); for pandas it is
  ``int(mask.sum())`` over the same texts. For counts it is the full list of CountRow;
* peak RSS of a fresh process that opens the store and iterates every article (decoding each
  into an Article).

The corpus: a Zipf-distributed vocabulary of 40,000 words (a few hundred real English words at
the head, pronounceable synthetic words below), topical words and two-word phrases per section,
article lengths log-normal around ~330 words, eight sources, ten years of dates, 1-3 authors.

Usage::

    python benchmarks/scale.py                 # 1,000,000 articles (many minutes)
    python benchmarks/scale.py --articles 20000  # a quick run

Everything is generated into a temporary folder, removed at the end. Needs pandas
(``pip install 'newscorpus[pandas]'``).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from newscorpus.io.writers import read_jsonl_articles
from newscorpus.store import StoredCorpus, write_store

HEAD = """
the of and to a in that is was he for it with as his on be at by i this had not are but from or
have an they which one you were her all she there would their we him been has when who will more
no if out so said what up its about into than them can only other new some could time these two
may then do first any my now such like our over man me even most made after also did many before
must through back years where much your way well down should because each just those people how
too little state good very make world still own see men work long get here between both life
being under never day same another know while last might us great old year off come since
against go came right used take three
""".split()  # noqa: SIM905 (a paragraph of words reads better than 200 quoted items)
SOURCES = (
    "Valley Courier", "Eastfield Gazette", "The Harbour Ledger", "NordPost", "Daily Meridian",
    "Capital Tribune", "Coastal Herald", "Metro Wire",
)  # fmt: skip
TOPICS = {
    "politics": ("parliament", "election", "minister", "coalition", "vote", "opposition"),
    "economy": ("inflation", "central bank", "interest rates", "budget", "market", "exports"),
    "weather": ("flood", "storm", "drought", "rainfall", "heatwave", "river"),
    "transport": ("rail strike", "tram", "motorway", "airport", "ferry", "commuters"),
    "health": ("hospital", "vaccine", "nurses", "clinic", "waiting lists", "outbreak"),
    "sport": ("match", "league", "coach", "stadium", "final", "transfer"),
}
FIRST = ("Ann", "Ben", "Chloé", "Dmitri", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas")
LAST = ("Lee", "Kim", "Öztürk", "Novak", "Garcia", "Brown", "Müller", "Silva", "Okafor", "Rossi")
START = datetime(2015, 1, 1)
DAYS = 3652

QUERIES = {
    "term": "parliament",
    "phrase": '"central bank"',
    "boolean+date": "(flood OR storm) AND NOT drought AND published:[2019-01-01 TO 2020-12-31]",
}


def _vocabulary(rng: random.Random, size: int) -> tuple[list[str], list[float]]:
    syllables = [c + v for c in "bcdfghklmnprstvz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    seen = set(HEAD)
    words = list(HEAD)
    while len(words) < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    cumulative, total = [], 0.0
    for rank in range(1, size + 1):
        total += 1.0 / rank**1.07
        cumulative.append(total)
    return words, cumulative


def _text(rng: random.Random, vocab: tuple[list[str], list[float]], topic: tuple[str, ...]) -> str:
    words, cumulative = vocab
    length = max(60, min(3000, int(math.exp(rng.gauss(5.8, 0.5)))))
    tokens = rng.choices(words, cum_weights=cumulative, k=length)
    for _ in range(max(1, length // 60)):
        tokens[rng.randrange(length)] = rng.choice(topic)
    sentences = [" ".join(tokens[i : i + 16]) for i in range(0, length, 16)]
    sentences = [s[0].upper() + s[1:] + "." for s in sentences]
    return "\n\n".join(" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4))


def _record(i: int, rng: random.Random, vocab: Any) -> dict[str, Any]:
    section = rng.choice(sorted(TOPICS))
    topic = TOPICS[section]
    published = START + timedelta(days=rng.randrange(DAYS), minutes=rng.randrange(1440))
    authors = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.choice((1, 1, 2, 3)))]
    title = f"{rng.choice(topic).capitalize()} {' '.join(rng.choices(vocab[0][:3000], k=6))}"
    return {
        "id": f"syn-{i}",
        "title": title,
        "section": section,
        "authors": authors,
        "published": published.isoformat(),
        "source": SOURCES[i % len(SOURCES)],
        "url": f"https://news{i % len(SOURCES)}.example/{section}/{i}",
        "language": "en",
        "text": _text(rng, vocab, topic),
    }


def generate(path: Path, n: int, seed: int) -> dict[str, list[Any]]:
    """Write n records as JSONL; return the columns pandas needs."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 40_000)
    columns: dict[str, list[Any]] = {"title": [], "text": [], "published": [], "source": []}
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            record = _record(i, rng, vocab)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            for key, values in columns.items():
                values.append(record[key])
    return columns


def _timed(
    run: Callable[[], object], repeats: int, *, warm_up: bool = True
) -> tuple[float, float, object]:
    result = run() if warm_up else None  # the answer to compare (a full scan needs no warm-up)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        answer = run()
        times.append((time.perf_counter() - started) * 1000)
        result = answer if result is None else result
    times.sort()
    p95 = times[min(len(times) - 1, math.ceil(0.95 * len(times)) - 1)]
    return statistics.median(times), p95, result


def _pandas_questions(columns: dict[str, list[Any]]) -> dict[str, Callable[[], object]]:
    import pandas as pd

    frame = pd.DataFrame(columns)
    frame["published"] = pd.to_datetime(frame["published"])
    # Lower-cased once, untimed: the scans then need no case-insensitive regex (pandas' best case).
    both = (frame["title"] + "\n" + frame["text"]).str.lower()

    def has(pattern: str) -> Any:
        return both.str.contains(pattern, regex=True)

    def boolean() -> int:
        in_range = frame["published"].between("2019-01-01", "2020-12-31 23:59:59")
        return int(
            ((has(r"\bflood\b") | has(r"\bstorm\b")) & ~has(r"\bdrought\b") & in_range).sum()
        )

    def by_month() -> object:
        months = frame["published"].dt.strftime("%Y-%m")
        return has(r"\belection\b").groupby(months).sum().tolist()

    return {
        "term": lambda: int(has(r"\bparliament\b").sum()),
        "phrase": lambda: int(has(r"\bcentral\s+bank\b").sum()),
        "boolean+date": boolean,
        "counts(by=month)": by_month,
    }


def _store_questions(store: StoredCorpus) -> dict[str, Callable[[], object]]:
    questions: dict[str, Callable[[], object]] = {
        name: (lambda q=query: len(store.search(q))) for name, query in QUERIES.items()
    }
    questions["counts(by=month)"] = lambda: [r.count for r in store.counts("election", by="month")]
    return questions


# VmHWM is the peak RSS of this process image alone (ru_maxrss would carry the parent's peak
# across fork and exec on Linux).
_ITERATE = """
import sys
from newscorpus.store import StoredCorpus
with StoredCorpus.open(sys.argv[1]) as store:
    n = sum(1 for _ in store)
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(n, status)
"""


def iteration_rss(db: Path) -> tuple[int, float]:
    """Articles read and peak RSS (MB) of a fresh process iterating the whole store."""
    done = subprocess.run(
        [sys.executable, "-c", _ITERATE, str(db)], check=True, capture_output=True, text=True
    )
    count, rss_kb = done.stdout.split()
    return int(count), int(rss_kb) / 1024


def _progress(total: int) -> Callable[[int], None]:
    started = time.perf_counter()

    def show(done: int) -> None:
        if done % 50_000 < 2000 or done == total:
            rate = done / max(time.perf_counter() - started, 1e-9)
            print(f"  ingested {done:,}/{total:,} ({rate:,.0f}/s)", file=sys.stderr, flush=True)

    return show


def run(n: int, seed: int, repeats: int, pandas_repeats: int) -> None:
    with tempfile.TemporaryDirectory(prefix="newscorpus-scale-") as folder:
        jsonl, db = Path(folder) / "corpus.jsonl", Path(folder) / "corpus.db"
        started = time.perf_counter()
        columns = generate(jsonl, n, seed)
        print(f"generated {n:,} articles in {time.perf_counter() - started:.0f}s "
              f"(JSONL {jsonl.stat().st_size / 1e6:,.0f} MB)", flush=True)  # fmt: skip
        started = time.perf_counter()
        stored = write_store(read_jsonl_articles(jsonl), db, progress=_progress(n))
        elapsed = time.perf_counter() - started
        print(f"ingest: {stored:,} articles in {elapsed:.0f}s = {stored / elapsed:,.0f} articles/s")
        print(f"store size: {db.stat().st_size / 1e6:,.0f} MB on disk")
        jsonl.unlink()
        print(f"{'question':18} {'store p50':>10} {'p95':>9} {'pandas p50':>11} {'p95':>9} "
              f"{'speed-up':>9}  answer")  # fmt: skip
        pandas = _pandas_questions(columns)
        del columns
        with StoredCorpus.open(db) as store:
            for name, ask in _store_questions(store).items():
                s50, s95, answer = _timed(ask, repeats)
                p50, p95, expected = _timed(pandas[name], pandas_repeats, warm_up=False)
                same = "same" if answer == expected else f"DIFFERS (pandas {expected!r:.40})"
                shown = answer if isinstance(answer, int) else f"{len(answer)} months"  # type: ignore[arg-type]
                print(f"{name:18} {s50:8.1f}ms {s95:7.1f}ms {p50:9.1f}ms {p95:7.1f}ms "
                      f"{p50 / s50:8.0f}x  {shown} ({same})", flush=True)  # fmt: skip
        del pandas
        count, rss = iteration_rss(db)
        print(f"iterate whole store: {count:,} articles, peak RSS {rss:.0f} MB (fresh process)")
        print(
            f"this process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeats", type=int, default=30, help="timed runs per store query")
    parser.add_argument("--pandas-repeats", type=int, default=5, help="timed runs per pandas scan")
    args = parser.parse_args()
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("skipped: benchmarks/scale.py needs pandas: pip install 'newscorpus[pandas]'")
        return
    print(f"scale benchmark: {args.articles:,} articles, seed {args.seed}, "
          f"SQLite {__import__('sqlite3').sqlite_version}, {os.cpu_count()} CPUs")  # fmt: skip
    run(args.articles, args.seed, args.repeats, args.pandas_repeats)


if __name__ == "__main__":
    main()
