"""One query language: ``kwic`` (in memory, on the store and on the command line) takes the
queries ``search`` takes, with the same meaning, and shows the matches of the query's terms in
exactly the articles ``search`` finds; a query it cannot show, or a malformed one, is a
``QuerySyntaxError``.

The examples of ``docs/query-language.md`` are read from the page, so a new example is checked
as soon as it is written.
"""

from __future__ import annotations

import random
import re
from datetime import datetime
from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.cli import main
from newscorpus.errors import QuerySyntaxError
from newscorpus.query import kwic, parse_query, search
from newscorpus.store import StoredCorpus, write_store
from newscorpus.testing import make_article

PAGE = Path(__file__).resolve().parents[2] / "docs" / "query-language.md"


def _page_examples() -> list[str]:
    """The queries of the page's examples: the Syntax table's last column, the operator lines
    and every query passed to ``search`` or ``parse_query`` in its code (errors excluded)."""
    text = PAGE.read_text(encoding="utf-8")
    syntax = text[text.index("## Syntax") : text.index("## Errors")]
    found: list[str] = []
    for line in syntax.splitlines():
        if line.startswith("| `"):
            example = line.rstrip(" |").rsplit("|", 1)[-1]
            found += re.findall(r"`([^`]+)`", example)
        elif line.startswith("* `"):
            found += re.findall(r"`([^`]+)` means", line)
    found += re.findall(r"(?:search\(articles|kwic\(articles), (['\"])(.+?)\1", text)
    queries = [q if isinstance(q, str) else q[1] for q in found]
    found_parsed = re.findall(r"parse_query\((['\"])(.+?)\1\)", syntax)
    queries += [q for _, q in found_parsed]
    return list(dict.fromkeys(q.replace("\\|", "|") for q in queries))


EXAMPLES = _page_examples()
WORDS = sorted(
    {w for q in EXAMPLES for w in re.findall(r"[^\W\d_]+", q) if w not in ("AND", "OR", "NOT")}
)


def _corpus(n: int = 120, seed: int = 3) -> list[Article]:
    """Articles whose titles, bodies and metadata mix the words of the page's examples."""
    pick = random.Random(seed)
    articles = []
    for i in range(n):
        body = " ".join(pick.choices([*WORDS, "the", "and", "floods", "e-mail"], k=12))
        title = " ".join(pick.choices(WORDS, k=3))
        articles.append(
            make_article(
                id=f"a{i}",
                title=title.capitalize(),
                text=body.capitalize() + ".\n\n" + " ".join(pick.choices(WORDS, k=6)) + ".",
                authors=tuple(pick.sample(["Ann Lee", "Tom Kim", "Eve Roe"], k=pick.randint(0, 2))),
                source=pick.choice(["Valley Courier", "Harbour Ledger", None]),
                section=pick.choice(["World", "Local", None]),
                language=pick.choice(["en", "en-GB", "tr"]),
                published=pick.choice(
                    [None, datetime(2023, pick.randint(1, 12), pick.randint(1, 28))]
                ),
            )
        )
    return articles


ARTICLES = _corpus()


def _shown_terms(article: Article, query: str) -> bool:
    """Whether a term of ``query`` that kwic shows is in the article's body."""
    body = Article(text=article.text)
    for term in parse_query(query).terms():
        as_query = f'"{term}"' if " " in term else term
        if parse_query(as_query).matches(body):
            return True
    return False


def test_the_page_has_examples_to_check() -> None:
    assert len(EXAMPLES) >= 30
    for query in ('flood* OR "rail strike"', "title:strike", "rail strike", "flood OR storm"):
        assert query in EXAMPLES


@pytest.mark.parametrize("query", EXAMPLES)
def test_kwic_shows_the_articles_search_finds_for_every_documented_query(query: str) -> None:
    found = search(ARTICLES, query)
    if not parse_query(query).terms():  # only metadata fields or negations: nothing to show
        with pytest.raises(QuerySyntaxError, match="nothing to show"):
            kwic(ARTICLES, query)
        return
    hits = kwic(ARTICLES, query, width=10)
    found_ids = [a.id for a in found]
    assert {h.article_id for h in hits} <= set(found_ids)
    shown = {h.article_id for h in hits}
    for article in found:
        if _shown_terms(article, query):
            assert article.id in shown, f"{query!r}: no kwic line for {article.id}"
    assert [h.article_id for h in hits] == sorted((h.article_id for h in hits), key=found_ids.index)


def test_some_documented_queries_find_articles() -> None:
    shown = [q for q in EXAMPLES if parse_query(q).terms() and search(ARTICLES, q)]
    assert len(shown) >= 20  # the corpus exercises the examples, not only empty answers


SUMMIT = [
    Article(
        id="s",
        title="Climate summit opens",
        text="The climate summit opened on Monday.",
        source="A",
    ),
    Article(id="f", title="Ferry news", text="A ferry sank near the port.", source="B"),
    Article(id="c", title="Weather", text="A climate report and a summit plan.", source="C"),
    Article(id="o", title="Other", text="Nothing to see here.", source="D"),
]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("summit OR ferry", {"s", "f", "c"}),
        ("title:climate", {"s"}),
        ("climate AND summit", {"s", "c"}),
        ("climate summit", {"s", "c"}),  # two ANDed words, as in search; not the phrase
        ('"climate summit"', {"s"}),
    ],
)
def test_kwic_understands_what_search_understands(query: str, ids: set[str]) -> None:
    assert {a.id for a in search(SUMMIT, query)} == ids
    assert {h.article_id for h in kwic(SUMMIT, query)} == ids
    assert {h.article_id for h in Corpus(SUMMIT).kwic(query)} == ids


def test_title_field_shows_the_word_in_the_body_of_the_articles_found() -> None:
    hits = kwic(SUMMIT, "title:summit")
    assert [(h.article_id, h.match) for h in hits] == [("s", "summit")]  # not c: not in its title


@pytest.mark.parametrize("query", ['"unclosed', "summit AND", "author:lee", "NOT summit"])
def test_a_query_kwic_cannot_show_is_a_query_syntax_error(query: str) -> None:
    with pytest.raises(QuerySyntaxError):
        kwic(SUMMIT, query)
    with pytest.raises(QuerySyntaxError):
        Corpus(SUMMIT).kwic(query)


def test_the_store_shares_the_language(tmp_path: Path) -> None:
    write_store(ARTICLES, tmp_path / "s.db")
    memory = Corpus(ARTICLES)
    with StoredCorpus.open(tmp_path / "s.db") as store:
        for query in (
            "flood OR storm",
            "title:strike",
            "rail strike",
            "(flood OR storm) AND valley",
        ):
            assert store.kwic(query, width=10) == memory.kwic(query, width=10)
            assert store.counts(query) == memory.counts(query)
        with pytest.raises(QuerySyntaxError):
            store.kwic('"unclosed')


def test_the_cli_kwic_and_stats_take_search_queries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.jsonl"
    Corpus(SUMMIT).to_jsonl(path)
    assert main(["kwic", str(path), "summit OR ferry"]) == 0
    out = capsys.readouterr().out
    assert "ferry" in out and "summit" in out
    assert main(["kwic", str(path), '"unclosed']) == 2
    assert "unclosed quote" in capsys.readouterr().err
    assert main(["stats", str(path), '"unclosed']) == 2
    assert "unclosed quote" in capsys.readouterr().err
