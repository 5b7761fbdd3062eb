"""Audit a corpus: load the bundled sample pages, print the quality report, look at its figures
as Python objects, and write the report as one self-contained HTML page.

Run: python examples/audit_corpus.py [FOLDER]   (writes audit-report.html into FOLDER, or into a
new temporary folder, and prints where)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from newscorpus import AuditOptions, Corpus
from newscorpus.audit import write_audit_html
from newscorpus.samples import sample_corpus_path

corpus = Corpus.load(sample_corpus_path(), errors="skip")
report = corpus.audit(options=AuditOptions(short_words=450))
print(report)

# The same figures, typed: what share of each source's articles is dated, and what to re-read.
for part in report.sources:
    print(
        f"{part.source or '(no source)':<24} dated {part.date_share:.0%}, median {part.words.median} words"
    )
print("undated:", [ref.where.rsplit("/", 1)[-1] for ref in report.undated])
print("top rule:", report.rules[0].rule, report.rules[0].blocks, "blocks")

folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="newscorpus-"))
page = folder / "audit-report.html"
write_audit_html(report, page, title="Sample corpus audit")
print(f"wrote {page.resolve()} ({page.stat().st_size // 1024} KB, no external file needed)")
print("open it in a browser; it needs no network")
