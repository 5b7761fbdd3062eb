"""Search the bundled sample corpus, print keyword-in-context lines, and export the hits.

Run: python examples/search_and_export.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newscorpus import Corpus
from newscorpus.samples import sample_corpus_path


def main() -> None:
    corpus = Corpus.load(sample_corpus_path())
    hits = corpus.search("council OR flood* OR strike")
    print(f"{len(hits)} of {len(corpus)} articles match 'council OR flood* OR strike'")
    for line in corpus.kwic("council", width=35)[:8]:
        print(line)
    print("\nsources:", corpus.sources())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "hits.jsonl"
        written = hits.to_jsonl(out)
        again = Corpus.load(out)
        identical = list(again) == list(hits)
        print(
            f"\nwrote {written} articles to JSONL and read back {len(again)}; identical: {identical}"
        )
        if not identical:
            raise SystemExit("the JSONL round trip changed the articles")


if __name__ == "__main__":
    main()
