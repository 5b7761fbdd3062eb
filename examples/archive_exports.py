"""Load news-archive exports (LexisNexis / Nexis Uni, Factiva, ProQuest) from one folder, see
what each field was read from, and find the same article in several archives.

The exports here are synthetic, written by ``newscorpus.testing.exports``; point
``Corpus.load`` at your own downloads instead.

Run: python examples/archive_exports.py
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from newscorpus import Article, Corpus
from newscorpus.testing.exports import (
    write_factiva_html,
    write_nexis_docx,
    write_nexis_text,
    write_proquest_text,
)

WIRE = (
    "Regional ministers agreed on Tuesday to fund the new rail link between the two ports,"
    " ending a dispute that had delayed the project for three years."
)


def story(title: str, source: str, day: int, text: str, authors: tuple[str, ...] = ()) -> Article:
    return Article(
        title=title,
        source=source,
        authors=authors,
        text=text,
        language="en",
        section="News",
        published=datetime(2024, 4, day),
        published_precision="day",
        meta={"document_id": f"{source[:4].upper()}{day:02d}"},
    )


def write_exports(folder: Path) -> None:
    """A Nexis text export, a Nexis Uni DOCX, a Factiva HTML file and a ProQuest text file."""
    (folder / "nexis.txt").write_text(
        write_nexis_text([story("Rail link funded", "Harbour Gazette", 2, WIRE, ("Mia Holt",))]),
        encoding="utf-8",
    )
    (folder / "uni.docx").write_bytes(
        write_nexis_docx([story("Port strike ends", "Coast Times", 3, "Dock workers returned.")])
    )
    (folder / "factiva.html").write_text(
        write_factiva_html([story("Ministers back rail link", "Valley Courier", 2, WIRE)]),
        encoding="utf-8",
    )
    (folder / "proquest.txt").write_text(
        write_proquest_text([story("Rail deal agreed", "Daily Ledger", 3, WIRE + " More soon.")]),
        encoding="utf-8",
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_exports(folder)
        corpus = Corpus.load(folder, errors="skip")
    print(corpus.report(), "\n")
    for article in corpus:
        print(
            f"{article.meta['archive']:<9} {article.published_iso}  {article.source:<16} {article.title}"
        )
        for field in ("title", "published", "authors"):
            evidence = article.provenance.get(field)
            if evidence is not None:
                print(f"          {field:<10} from {evidence.rule:<18} {evidence.raw!r}")
        kinds = sorted({r.detail for r in article.removed})
        print(f"          removed: {', '.join(kinds)}\n")
    print("the same article in several archives:")
    for cluster in corpus.near_duplicates(threshold=0.6):
        print(
            "  "
            + " = ".join(
                f"{corpus[i].source} ({corpus[i].meta['archive']})" for i in cluster.positions
            )
        )


if __name__ == "__main__":
    main()
