"""The date precedence table (``data/date_precedence.json``): well formed, in step with the
documented table, and the only place a candidate's rank comes from."""

from __future__ import annotations

import ast
import re
from datetime import datetime
from pathlib import Path

from newscorpus import MetaOptions
from newscorpus.meta import find_page_dates
from newscorpus.meta.dates import choose
from newscorpus.meta.dates.choose import DateCandidate, candidates_of
from newscorpus.meta.dates.precedence import is_generic_date_tag, meta_tag, rank_of, threshold
from newscorpus.meta.partial import Found
from newscorpus.shapes.dates import parse_date
from newscorpus.vocab import load_json

_SRC = Path(__file__).resolve().parents[3] / "src" / "newscorpus"
_TABLE = load_json("date_precedence.json")

_BODY = (
    "<p>The orchard society planted forty new apple trees along the old railway path on the "
    "weekend, volunteers said, and hopes to harvest the first fruit in three years.</p>"
    "<p>Local schools will look after two of the rows and learn how to prune them, the society "
    "added in its newsletter to members and neighbours.</p>"
)
_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": '
    '"2024-03-04T09:00:00+01:00", "dateCreated": "2024-03-04T08:00:00+01:00", "dateModified": '
    '"2024-03-05T09:00:00+01:00", "uploadDate": "2024-03-01", "date": "2024-03-02"}</script>'
    '<script type="application/ld+json">{"@type": "VideoObject", "datePublished": "2024-03-03",'
    ' "dateCreated": "2024-03-03", "dateModified": "2024-03-03"}</script>'
)
_METAS = "".join(
    f'<meta name="{name}" content="2024-03-04">'
    for name in (
        "article:published_time",
        "article:modified_time",
        "pubdate",
        "last-modified",
        "DC.date",
        "x-publish-stamp",
        "x-revised-stamp",
        "x-event-date",
    )
)


def _markup_page() -> str:
    return (
        f'<html lang="en"><head><title>Apple trees planted</title>{_LD}{_METAS}'
        '<meta property="og:image" content="https://x.org/img/2024/03/01/tree.png">'
        '<script>window.state = {"published_at": "2024-03-04T10:00:00Z"};</script>'
        "</head><body><article><h1>Apple trees planted</h1>"
        '<span itemprop="datePublished" content="2024-03-04"></span>'
        '<time datetime="2024-03-04" pubdate>4 March</time>'
        '<time datetime="2024-03-04" class="updated">4 March</time>'
        '<time datetime="2024-03-03">3 March</time>'
        f'<div class="post-date">4 March 2024</div>{_BODY}</article></body></html>'
    )


def _weak_page() -> str:
    return (
        '<html lang="en"><head><title>Apple trees planted</title>'
        '<meta name="description" content="March 4, 2024 — Trees are planted."></head><body>'
        '<article><h1>Apple trees planted</h1><div data-timestamp="1709546400">x</div>'
        f"{_BODY}</article></body></html>"
    )


def _text_pages() -> list[str]:
    body = "The orchard society planted forty new apple trees along the old path on Sunday. " * 3
    return [
        f"Apple trees planted\n\n4 March 2024\n\n{body}\n\nPublished on: 5 March 2024\n\nMore",
        f"Apple trees planted\n\n3 hours ago\n\n{body}\n\n6 March 2024\n\nMore",
        f"Apple trees planted\n\nBy Ann Lee\n\nBERLIN, 2 March 2024 – {body}\n\nEnd",
    ]


def _all_candidates() -> list[DateCandidate]:
    opts = MetaOptions(reference_time=datetime(2024, 3, 10))
    found = list(
        find_page_dates(_markup_page(), url="https://x.org/2024/03/04/trees", options=opts)
    )
    found += find_page_dates(_weak_page(), url="https://x.org/2024/03/trees", options=opts)
    plain = f'<html><body><article><time datetime="2024-03-04">4 March</time>{_BODY}</article>'
    found += find_page_dates(plain, options=opts)
    for text in _text_pages():
        found += find_page_dates(text, markup="text")
    given = Found(values={"published": parse_date("2024-01-02")})
    return found + candidates_of([given])


def test_the_table_is_well_formed() -> None:
    assert isinstance(_TABLE["_doc"], str) and _TABLE["_doc"]
    assert set(_TABLE) == {"_doc", "ranks", "meta_tags", "thresholds"}
    for source, families in _TABLE["ranks"].items():
        assert source and families, source
        for family, rank in families.items():
            assert isinstance(rank, int) and not isinstance(rank, bool) and 0 <= rank < 100, family
    names: list[str] = []
    for family, kinds in _TABLE["meta_tags"].items():
        assert family in _TABLE["ranks"]["html:meta"], family
        assert set(kinds) <= {"published", "modified", "other"}
        for listed in kinds.values():
            assert all(name == name.lower().strip() and name for name in listed)
            names.extend(listed)
    assert len(names) == len(set(names)), "a meta tag listed twice"
    assert set(_TABLE["thresholds"]) == {"weak", "voting", "well_dated"}


def test_every_candidate_rank_comes_from_the_table() -> None:
    candidates = _all_candidates()
    seen: set[tuple[str, int]] = set()
    for candidate in candidates:
        source = "record" if candidate.rule == "given" else candidate.source
        ranks = _TABLE["ranks"][source]
        assert candidate.rank in ranks.values(), (candidate.source, candidate.rule, candidate.rank)
        seen.add((source, candidate.rank))
    expected = {
        (source, rank) for source, ranks in _TABLE["ranks"].items() for rank in ranks.values()
    }
    assert seen == expected, f"table entries no reader emitted: {sorted(expected - seen)}"


def test_the_readers_emit_every_family_of_the_table() -> None:
    candidates = _all_candidates()
    sources = {c.source for c in candidates} | {"record"}
    assert sources == set(_TABLE["ranks"])


def test_generic_date_tags_are_known_by_rule_not_rank() -> None:
    assert is_generic_date_tag("html:meta", "DC.date")
    assert not is_generic_date_tag("html:time", "date")
    assert not is_generic_date_tag("html:meta", "pubdate")
    assert meta_tag("dcterms.date") == ("published", "generic-date-tag")
    assert rank_of("html:meta", "generic-date-tag") == 41
    generic = [c for c in _all_candidates() if c.rank == 41]
    assert generic and all(is_generic_date_tag(c.source, c.rule) for c in generic)


def test_the_docstring_table_lists_the_ranks_of_the_data_file() -> None:
    doc = choose.__doc__ or ""
    table = doc.split("======", 1)[1].rsplit("======", 1)[0]
    documented = {
        int(rank)
        for line in table.splitlines()
        if re.match(r"\d", line)
        for rank in re.findall(r"\d+", line.split("  ")[0])
    }
    data = {rank for ranks in _TABLE["ranks"].values() for rank in ranks.values()}
    assert documented == data
    assert f"rank {threshold('weak')} and above" in " ".join(doc.split())


def test_no_rank_number_is_written_in_the_readers() -> None:
    """Ranks are looked up (``rank_of``), never written as numbers, and never compared for
    equality: a candidate is known by its source and rule."""
    for path in sorted((_SRC / "meta").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "rank":
                assert not isinstance(node.value, ast.Constant), f"{path}:{node.value.lineno}"
            if isinstance(node, ast.Compare):
                parts = [node.left, *node.comparators]
                ranked = any(isinstance(p, ast.Attribute) and p.attr == "rank" for p in parts)
                if ranked:
                    assert not any(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops), (
                        f"{path}:{node.lineno}"
                    )
                    assert not any(isinstance(p, ast.Constant) for p in parts), (
                        f"{path}:{node.lineno}"
                    )
