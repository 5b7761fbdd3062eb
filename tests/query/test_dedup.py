"""Near-duplicate clusters: planted copies found, the earliest kept as canonical, runs repeat."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.errors import OptionsError
from newscorpus.query import DedupOptions, DuplicateCluster, near_duplicates

_VOCAB = [
    "council",
    "river",
    "bridge",
    "budget",
    "vote",
    "police",
    "storm",
    "harbour",
    "school",
    "rail",
    "strike",
    "minister",
    "court",
    "election",
    "farmers",
    "market",
    "price",
    "water",
    "power",
    "hospital",
    "road",
    "plan",
    "report",
    "city",
    "village",
    "union",
]


def _story(rng: random.Random, words: int = 120) -> str:
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(_VOCAB) for _ in range(rng.randint(6, 14))) + ".")
    return " ".join(sentences)


def _corpus(seed: int = 7) -> tuple[list[Article], set[frozenset[str]]]:
    rng = random.Random(seed)
    arts: list[Article] = []
    planted: set[frozenset[str]] = set()
    day = datetime(2023, 1, 1, tzinfo=timezone.utc)
    for n in range(30):
        body = _story(rng)
        arts.append(
            Article(id=f"o{n}", title=f"Story {n}", text=body, published=day + timedelta(days=n))
        )
        if n % 3 == 0:
            words = body.split()
            copy = " ".join(words[: int(len(words) * 0.8)]) + " Subscribe to our newsletter today."
            arts.append(
                Article(
                    id=f"c{n}",
                    title=f"Edited story {n}",
                    text=copy,
                    published=day + timedelta(days=n, hours=5),
                )
            )
            planted.add(frozenset({f"o{n}", f"c{n}"}))
    return arts, planted


def test_planted_copies_are_found_and_nothing_else() -> None:
    arts, planted = _corpus()
    found = {frozenset(c.ids) for c in near_duplicates(arts)}
    assert found == planted


def test_same_clusters_on_every_run_and_in_any_order() -> None:
    arts, _ = _corpus(3)
    first = near_duplicates(arts)
    assert near_duplicates(arts) == first
    shuffled = list(reversed(arts))
    assert {frozenset(c.ids) for c in near_duplicates(shuffled)} == {
        frozenset(c.ids) for c in first
    }
    assert {c.canonical for c in near_duplicates(shuffled)} == {c.canonical for c in first}


def test_earliest_article_is_canonical_even_when_listed_last() -> None:
    body = _story(random.Random(1))
    arts = [
        Article(id="late", text=body + " Share this.", published=datetime(2023, 5, 3)),
        Article(id="undated", text=body),
        Article(id="early", text=body, published=datetime(2023, 5, 1, tzinfo=timezone.utc)),
    ]
    (cluster,) = near_duplicates(arts)
    assert cluster.canonical == "early"
    assert cluster.copies == ("late", "undated")
    assert cluster.positions == (2, 0, 1)
    assert 0.5 <= cluster.similarity <= 1.0
    assert len(cluster) == 3


def test_threshold_decides() -> None:
    rng = random.Random(2)
    body = _story(rng, 200)
    half = " ".join(body.split()[:100])
    arts = [Article(id="a", text=body), Article(id="b", text=half)]
    assert near_duplicates(arts, threshold=0.9) == []
    assert [c.ids for c in near_duplicates(arts, threshold=0.4)] == [("a", "b")]


def test_empty_and_short_bodies() -> None:
    assert near_duplicates([]) == []
    assert near_duplicates([Article(text=""), Article(text="")]) == []
    assert [
        c.ids for c in near_duplicates([Article(id="x", text="Hi."), Article(id="y", text="Hi!")])
    ] == [("x", "y")]


def test_corpus_method_matches_the_function() -> None:
    arts, _ = _corpus(5)
    assert Corpus(arts).near_duplicates() == near_duplicates(arts)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"threshold": 0}, "threshold"),
        ({"threshold": 1.5}, "threshold"),
        ({"shingle_size": 0}, "shingle_size"),
        ({"permutations": 64, "bands": 10}, "multiple of bands"),
        ({"bands": 0}, "bands"),
    ],
)
def test_bad_options(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        DedupOptions(**kwargs)  # type: ignore[arg-type]


def test_bad_threshold_shortcut() -> None:
    with pytest.raises(OptionsError):
        near_duplicates([Article(text="x")], threshold=-1)


def test_cluster_record() -> None:
    cluster = DuplicateCluster(
        canonical="a", copies=("b", "c"), positions=(0, 4, 5), similarity=0.7
    )
    assert cluster.ids == ("a", "b", "c")


def test_clusters_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import test_dedup as t\n"
        "from newscorpus.query import near_duplicates\n"
        "arts, _ = t._corpus(11)\n"
        "print([(c.canonical, c.copies, c.similarity) for c in near_duplicates(arts)])\n"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, str(Path(__file__).parent)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1 and "o0" in outputs.pop()


def test_many_identical_bodies_form_one_cluster() -> None:
    body = _story(random.Random(4))
    arts = [Article(id=f"x{i}", text=body) for i in range(3000)]
    (cluster,) = near_duplicates(arts)
    assert cluster.canonical == "x0" and len(cluster) == 3000 and cluster.similarity == 1.0
