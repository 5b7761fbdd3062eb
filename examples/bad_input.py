"""Load a folder holding broken files with errors="skip" and read the report of what was left out.

Run: python examples/bad_input.py
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from newscorpus import Corpus, NewsCorpusError


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "good.txt").write_text(
            "Floods close the valley road\n\nHeavy rain closed the valley road on "
            "Sunday, the police said, and it may stay closed all week.\n",
            encoding="utf-8",
        )
        (root / "empty.txt").write_bytes(b"")
        (root / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
        (root / "records.jsonl").write_text(
            '{"text": "The bridge reopened on Monday after repairs."}\n{broken\n', encoding="utf-8"
        )
        try:
            Corpus.load(root)
        except NewsCorpusError as err:
            print(f"errors='raise' stops at the first bad file:\n  {err}\n")
        corpus = Corpus.load(root, errors="skip")
        print(corpus.report())


if __name__ == "__main__":
    main()
