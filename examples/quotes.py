"""List the direct quotes, with their speakers, in the sample pages.

Reads the bundled sample corpus, and the pages of the folders you name.

Run: python examples/quotes.py [FOLDER...]
"""

from __future__ import annotations

import sys
import textwrap

from newscorpus import Corpus
from newscorpus.samples import sample_corpus_path


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
    show(Corpus.load(sample_corpus_path()), "the bundled sample corpus")
    for folder in sys.argv[1:]:
        show(Corpus.load(folder, errors="skip"), folder)


if __name__ == "__main__":
    main()
