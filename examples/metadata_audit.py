"""Audit the metadata of HTML pages: each value with where it came from, every date candidate
with its rank, the authors as contributor records, and a relative date resolved against the
crawl time you give.

Run: python examples/metadata_audit.py
"""

from __future__ import annotations

from datetime import datetime, timezone

from newscorpus import ExtractOptions, MetaOptions, extract_html
from newscorpus.meta import find_page_dates
from newscorpus.samples import sample_corpus_path

FIELDS = ("title", "authors", "published", "modified", "source")

# A page of our own whose only date is relative: it needs the time the page was fetched.
RELATIVE_PAGE = (
    "<html><head><title>Ferry timetable changes | Valley Courier</title></head><body>"
    "<article><h1>Ferry timetable changes</h1><p class='byline'>By Ann Lee</p>"
    "<p class='meta'>3 hours ago</p>"
    "<p>The harbour board moved the late crossing to Fridays after the captains asked for "
    "it, and the first boat on the new timetable leaves next week.</p></article></body></html>"
)


def audit(path_name: str, html: str) -> None:
    article = extract_html(html)
    print(f"# {path_name}")
    for field in FIELDS:
        value = getattr(article, field)
        evidence = article.provenance.get(field)
        where = f"{evidence.source} / {evidence.rule}" if evidence else "-"
        print(f"  {field:<10} {value!s:<55.55} <- {where}")
    for record in article.meta.get("contributors", []):
        print(f"  contributor {record['name']} ({record['kind']})")
    print("  date candidates (lower rank wins; the chosen one is checked against the others):")
    for candidate in sorted(find_page_dates(html), key=lambda c: c.rank):
        when = candidate.date.value.isoformat() if candidate.date else "unresolved"
        print(f"    {candidate.rank:>3} {candidate.kind:<9} {candidate.source:<14} {when}")
    print()


def main() -> None:
    for path in sorted(sample_corpus_path().glob("*.html")):
        audit(path.name, path.read_text(encoding="utf-8"))

    crawled = datetime(2024, 3, 4, 12, 0, tzinfo=timezone.utc)
    options = ExtractOptions(meta=MetaOptions(reference_time=crawled))
    unresolved = extract_html(RELATIVE_PAGE).published
    resolved = extract_html(RELATIVE_PAGE, options=options).published
    print("# a relative date ('3 hours ago')")
    print(f"  without a reference time: {unresolved}  (never guessed from the clock)")
    if resolved is None:
        raise SystemExit("the relative date was not resolved against the reference time")
    print(f"  crawled at {crawled.isoformat()}: {resolved.isoformat()}")


if __name__ == "__main__":
    main()
