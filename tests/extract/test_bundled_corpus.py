"""Extraction on the bundled synthetic pages matches what each page is known to hold."""

from __future__ import annotations

import pytest

from newscorpus import Article, Corpus
from newscorpus.testing import sample_corpus_path, sample_expected

FIELDS = ("title", "subtitle", "section", "authors", "published", "source")


@pytest.fixture(scope="module")
def by_name() -> dict[str, Article]:
    corpus = Corpus.load(sample_corpus_path())
    # Every page loads; the folder's README is no page, and is said to be skipped.
    assert [(s.path.rsplit("/", 1)[-1], s.error) for s in corpus.skipped] == [
        ("README.md", "NotAPage")
    ]
    return {a.origin.path.rsplit("/", 1)[-1]: a for a in corpus if a.origin and a.origin.path}


@pytest.mark.parametrize("name", sorted(sample_expected()))
def test_metadata_fields(by_name: dict[str, Article], name: str) -> None:
    article, expected = by_name[name], sample_expected()[name]
    got = {
        "title": article.title,
        "subtitle": article.subtitle,
        "section": article.section,
        "authors": list(article.authors),
        "published": article.published_iso,
        "source": article.source,
    }
    assert got == {field: expected[field] for field in FIELDS}


@pytest.mark.parametrize("name", sorted(sample_expected()))
def test_body_starts_and_ends_right_and_carries_no_boilerplate(
    by_name: dict[str, Article], name: str
) -> None:
    article, expected = by_name[name], sample_expected()[name]
    text = " ".join(article.text.split())
    assert text.startswith(" ".join(expected["body_first"].split()))
    assert " ".join(article.paragraphs[-1].split()).startswith(
        " ".join(expected["body_last"].split())
    )
    for boilerplate in expected["not_in_body"]:
        assert boilerplate not in text


def test_every_removal_names_a_rule(by_name: dict[str, Article]) -> None:
    for article in by_name.values():
        assert article.removed, article.title
        assert all(r.rule for r in article.removed)
