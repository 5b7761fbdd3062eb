"""List the direct quotes, with their speakers, in the sample pages.

Reads the five pages of ../shared/samples when that folder is there (it is skipped otherwise),
and always the bundled sample corpus, so it prints something anywhere.

Run: python examples/quotes.py
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from newscorpus import Corpus
from newscorpus.samples import sample_corpus_path

SHARED_SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"


def show(corpus: Corpus, label: str) -> None:
    found = corpus.quotes()
    print(f"== {label}: {len(found)} quotes in {len(corpus)} articles")
    titles = {a.id: a.title or "(untitled)" for a in corpus}
    for quote in found:
        speaker = quote.speaker or "(speaker unknown)"
        cue = f" [{quote.cue}]" if quote.cue else ""
        text = textwrap.shorten(quote.text, width=90, placeholder=" …")
        print(f"- {speaker}{cue}, in {titles[quote.article_id][:40]!r} ¶{quote.paragraph}:")
        print(f"    “{text}”")


def main() -> None:
    pages = sorted(SHARED_SAMPLES.glob("*.txt")) if SHARED_SAMPLES.is_dir() else []
    if pages:
        show(Corpus.load(pages), f"{len(pages)} pages of {SHARED_SAMPLES}")
    else:
        print(f"(no {SHARED_SAMPLES}: skipping the shared sample pages)")
    show(Corpus.load(sample_corpus_path()), "the bundled sample corpus")


if __name__ == "__main__":
    main()
