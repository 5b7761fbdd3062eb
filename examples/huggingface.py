"""Turn a corpus into a Hugging Face dataset, save it, read it back, and say how to publish it.

Needs the ``hf`` extra (``pip install 'newscorpus[hf]'``). Nothing is uploaded: pushing to the
Hub needs your account (see the "Share a corpus on the Hugging Face Hub" how-to).

Run: python examples/huggingface.py [OUTPUT_FOLDER]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from newscorpus import Corpus
from newscorpus.errors import MissingExtraError
from newscorpus.samples import sample_corpus_path


def main() -> None:
    corpus = Corpus.load(sample_corpus_path())
    try:
        dataset = corpus.to_hf_dataset()
    except MissingExtraError as error:
        print(error)  # names the extra to install
        return
    print(dataset)
    for name in ("published", "published_offset", "authors", "language"):
        print(f"  {name:<17} {dataset.features[name]}")
    first = dataset[0]
    print(f"first row: {first['title']!r}, published {first['published']}, by {first['authors']}")

    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "corpus"
    dataset.save_to_disk(str(folder))
    again = Corpus.from_hf_dataset(type(dataset).load_from_disk(str(folder)))
    print(f"saved to {folder}; read back {len(again)} articles, same as before: {again == corpus}")

    frame = dataset.to_pandas()
    years = frame.published.dropna().dt.year.value_counts().sort_index()
    print("dated articles per year:", {int(year): int(n) for year, n in years.items()})
    print('to publish: dataset.push_to_hub("your-name/your-corpus", private=True)')


if __name__ == "__main__":
    main()
