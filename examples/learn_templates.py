"""Learn each site's template from a corpus, save the model, and apply it to new pages.

Uses the synthetic multi-site corpus of ``newscorpus.testing`` (true bodies known), so it runs
anywhere in a few seconds and prints how many stray (non-body) paragraphs each way leaves.

Run: python examples/learn_templates.py
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from newscorpus import BoilerplateModel, CleanOptions, Corpus, ExtractOptions, extract
from newscorpus.testing import SitePage, make_site_pages


def stray_paragraphs(corpus: Corpus, pages: list[SitePage]) -> int:
    """Paragraphs of the clean text that are not part of the page's true body."""
    return sum(
        len(set(article.paragraphs) - set(page.body.split("\n\n")))
        for article, page in zip(corpus, pages, strict=True)
    )


def main() -> None:
    pages = make_site_pages(sites=4, pages=20, seed=1)
    seen, new = pages[:60], pages[60:]  # sites take turns: 15 pages of each site, then 5 more

    # Fit on the pages we have (Documents here; Articles or plain text work too), and save.
    model = BoilerplateModel.fit(page.document() for page in seen)
    for site in model.sites:
        print(f"{site.name}: {len(site.lines)} template lines learned from {site.pages} pages")
    path = Path(tempfile.mkdtemp()) / "templates.json"
    model.save(path)

    # Later: load it and extract new pages with it.
    options = ExtractOptions(clean=CleanOptions(boilerplate=BoilerplateModel.load(path)))
    without = Corpus(extract(page.document()) for page in new)
    with_model = Corpus(extract(page.document(), options=options) for page in new)
    print(
        f"\nstray paragraphs on {len(new)} new pages: rules only {stray_paragraphs(without, new)}, "
        f"with the model {stray_paragraphs(with_model, new)}"
    )

    # What the model removed, and why.
    reasons = Counter(
        r.detail for a in with_model for r in a.removed if r.rule == "learned-template"
    )
    print("\nmost frequent learned removals (site: evidence):")
    for detail, count in reasons.most_common(5):
        print(f"  {count:3d} x {detail}")
    example = next(r for r in with_model[0].removed if r.rule == "learned-template")
    print(f"\ne.g. on {new[0].url}:\n  removed {example.text[:70]!r}\n  because {example.detail}")

    # An extracted corpus can be cleaned afterwards too.
    cleaned = without.clean(model)
    print(f"\nCorpus.clean(model) on the rules-only corpus: {stray_paragraphs(cleaned, new)} stray")


if __name__ == "__main__":
    main()
