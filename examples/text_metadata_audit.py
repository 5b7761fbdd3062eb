"""Audit the metadata of plain-text pages: each title, author and date with where it came from,
the titles the headline scorer turned down (and why), and the bar traded for more titles.

Run: python examples/text_metadata_audit.py
"""

from __future__ import annotations

from collections import Counter

from newscorpus import Article, ExtractOptions, MetaOptions, extract_text

BODY = (
    "The harbour board moved the late crossing to Fridays after the captains asked for it, "
    "and the first boat on the new timetable leaves next week. "
)
# Pages of our own, as a browser's copy and paste gives them.
PAGES = {
    "https://courier.example.org/2024/ferry-timetable-changes": "\n\n".join(
        ["Home", "Share on Facebook", "Ferry timetable changes", "By Ann Lee", BODY * 3]
    ),
    "https://courier.example.org/2024/harbour-news": "\n\n".join(
        ["Menu", "Photo: Getty Images", "Weather warning for the coast", BODY * 3, "Latest Posts"]
    ),
}
FIELDS = ("title", "authors", "published")


def show(url: str, article: Article) -> None:
    print(f"# {url}")
    for field in FIELDS:
        evidence = article.provenance.get(field)
        where = f"{evidence.source} / {evidence.rule} / {evidence.raw!r}" if evidence else "-"
        print(f"  {field:<9} {getattr(article, field)!s:<28.28} <- {where}")


def main() -> None:
    articles = {url: extract_text(text, url=url) for url, text in PAGES.items()}
    for url, article in articles.items():
        show(url, article)
    rules = Counter(
        a.provenance["title"].rule.split(":")[0]
        for a in articles.values()
        if "title" in a.provenance
    )
    print(f"\ntitles taken ('scored') and turned down ('below-bar'): {dict(rules)}")
    loose = ExtractOptions(meta=MetaOptions(title_bar=0.0))
    url, text = next(iter(PAGES.items()))
    print(f"with title_bar=0.0: {extract_text(text, url=url, options=loose).title!r}")


if __name__ == "__main__":
    main()
