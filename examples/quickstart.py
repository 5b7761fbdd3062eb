"""Load the bundled sample pages, show a few clean articles and what was removed from them.

Run: python examples/quickstart.py
"""

from __future__ import annotations

from collections import Counter

from newscorpus import Corpus
from newscorpus.samples import sample_corpus_path


def main() -> None:
    corpus = Corpus.load(sample_corpus_path())
    print(f"{len(corpus)} articles from {sample_corpus_path().name}/\n")
    for article in corpus[:3]:
        print(f"# {article.title}")
        print(
            f"  by {', '.join(article.authors) or 'nobody named'}, {article.published_iso or 'undated'},"
            f" {article.source or 'publisher not named'}"
        )
        print(f"  {article.word_count} words kept, {len(article.removed)} blocks removed")
        print(f"  first paragraph: {article.paragraphs[0][:100]}…\n" if article.paragraphs else "")
    rules = Counter(r.rule for a in corpus for r in a.removed)
    print("what was removed, by rule:")
    for rule, count in rules.most_common():
        print(f"  {rule:<20} {count}")


if __name__ == "__main__":
    main()
