"""Clean one plain-text page and audit the result: every removal with its rule, every metadata
value with where it came from.

Run: python examples/explain_removals.py
"""

from __future__ import annotations

from newscorpus import extract_text

PAGE = """Trending now

Harbour cranes return after the storm

ECONOMY  12 March 2024 - 09:15

By Lena Kowalski

Click an icon above to share, email, or save this article

The port authority said on Tuesday that all six cranes damaged in last month's storm are back in service.

“We lost nine days of work, but no one was hurt,” the harbour master said at a press briefing.

Read also

Rail strike talks resume

11 March 2024 - 18:40

© 2024 HARBOUR LEDGER, All Rights Reserved
"""


def main() -> None:
    article = extract_text(PAGE)
    print("TEXT:\n" + article.text + "\n")
    for field in ("title", "section", "authors", "published", "source", "language"):
        evidence = article.provenance.get(field)
        where = f"{evidence.source} / {evidence.rule}" if evidence else "-"
        value = article.published_iso if field == "published" else getattr(article, field)
        print(f"{field:<10} {value!r:<45} from {where}")
    print("\nREMOVED:")
    for removal in article.removed:
        print(f"  line {removal.line:>3}  {removal.rule:<18} {removal.text[:60]}")


if __name__ == "__main__":
    main()
