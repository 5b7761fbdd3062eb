"""Near-duplicate clusters on a synthetic corpus with planted syndicated copies: precision,
recall and determinism.

Self-contained (needs no ../shared). Originals are generated from a seeded vocabulary drawn as
topical news prose (several stories share a topic and its words, so unrelated articles are not
trivially far apart). Each planted copy is an original re-published with some of: an edited
headline, a trimmed ending (10–35 % of the words cut), boilerplate added (a newsletter, donation
or "read also" paragraph), a dateline or byline line changed, and light word edits.

Scoring is over pairs: a pair of articles is a true duplicate pair when one is a copy of the
other (or both copy one original). Pair precision = true pairs among the pairs the clusters
imply; pair recall = true pairs found. Cluster precision/recall count clusters whose membership
is exactly a planted group. Determinism: the clusters of two runs, and of a run on the corpus in
reverse order, are compared.

    python benchmarks/dedup.py [--originals 400] [--seed 1] [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import datetime, timedelta, timezone
from itertools import combinations

from newscorpus.article import Article
from newscorpus.query import DedupOptions, near_duplicates

TOPICS = [
    ["council", "budget", "vote", "tax", "library", "road", "school", "repair", "mayor", "deficit"],
    ["river", "flood", "barrier", "rain", "storm", "valley", "water", "level", "warning", "dam"],
    [
        "rail",
        "strike",
        "union",
        "drivers",
        "pay",
        "shifts",
        "trains",
        "timetable",
        "talks",
        "wages",
    ],
    ["port", "ferry", "harbour", "cargo", "ships", "terminal", "freight", "crane", "dock", "tide"],
    [
        "election",
        "campaign",
        "candidate",
        "poll",
        "ballot",
        "votes",
        "turnout",
        "district",
        "party",
        "debate",
    ],
]
COMMON = [
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "on",
    "for",
    "with",
    "was",
    "is",
    "that",
    "it",
    "at",
    "by",
    "from",
    "has",
    "said",
    "will",
]
BOILERPLATE = [
    "Sign up for our morning newsletter and get the day's news in your inbox.",
    "Support independent journalism: donate today to keep our reporting free for all.",
    "Read also: Ten things to do this weekend in the city and around the valley.",
    "Follow us on social media for live updates from our reporters in the region.",
]


def _sentence(rng: random.Random, topic: list[str]) -> str:
    words = [
        rng.choice(topic if rng.random() < 0.45 else COMMON) for _ in range(rng.randint(8, 18))
    ]
    return " ".join(words).capitalize() + "."


def _body(rng: random.Random, topic: list[str]) -> str:
    paragraphs = []
    for _ in range(rng.randint(4, 8)):
        paragraphs.append(" ".join(_sentence(rng, topic) for _ in range(rng.randint(2, 4))))
    return "\n\n".join(paragraphs)


def _copy(rng: random.Random, body: str) -> str:
    words = body.split(" ")
    if rng.random() < 0.7:  # trimmed ending
        words = words[: int(len(words) * rng.uniform(0.65, 0.9))]
    for _ in range(rng.randint(0, 3)):  # light edits
        words[rng.randrange(len(words))] = rng.choice(COMMON)
    text = " ".join(words)
    if rng.random() < 0.8:  # boilerplate added
        text += "\n\n" + "\n\n".join(rng.sample(BOILERPLATE, rng.randint(1, 3)))
    if rng.random() < 0.5:  # a dateline of the syndicating outlet
        text = f"CITY, {rng.randint(1, 28)} May (Wire) — " + text
    return text


def corpus(originals: int, seed: int) -> tuple[list[Article], list[set[str]]]:
    """Articles (originals and copies, shuffled) and the planted groups of ids."""
    rng = random.Random(seed)
    start = datetime(2023, 1, 1, tzinfo=timezone.utc)
    articles: list[Article] = []
    groups: list[set[str]] = []
    for n in range(originals):
        body = _body(rng, rng.choice(TOPICS))
        when = start + timedelta(hours=rng.randint(0, 24 * 300))
        articles.append(Article(id=f"o{n}", title=f"Story {n}", text=body, published=when))
        if rng.random() < 0.3:
            group = {f"o{n}"}
            for k in range(rng.randint(1, 3)):
                later = when + timedelta(hours=rng.randint(1, 72))
                copy_id = f"o{n}-c{k}"
                title = f"Story {n}: " + rng.choice(["update", "what we know", "explained"])
                articles.append(
                    Article(id=copy_id, title=title, text=_copy(rng, body), published=later)
                )
                group.add(copy_id)
            groups.append(group)
    rng.shuffle(articles)
    return articles, groups


def _pairs(groups: list[set[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in combinations(sorted(g), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--originals", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threshold", type=float, default=DedupOptions().threshold)
    args = parser.parse_args()
    articles, planted = corpus(args.originals, args.seed)
    started = time.perf_counter()
    clusters = near_duplicates(articles, threshold=args.threshold)
    elapsed = time.perf_counter() - started
    found = [set(c.ids) for c in clusters]
    true_pairs, found_pairs = _pairs(planted), _pairs(found)
    exact = {frozenset(g) for g in found} & {frozenset(g) for g in planted}
    by_id = {a.id: a for a in articles}
    canonical_ok = sum(
        1
        for c in clusters
        if by_id[c.canonical].published == min(by_id[i].published for i in c.ids)  # type: ignore[type-var]
    )
    again = near_duplicates(articles, threshold=args.threshold)
    reversed_run = near_duplicates(list(reversed(articles)), threshold=args.threshold)
    same_reversed = {(c.canonical, frozenset(c.copies)) for c in reversed_run} == {
        (c.canonical, frozenset(c.copies)) for c in clusters
    }
    print(f"articles           {len(articles)} ({len(planted)} planted groups)")
    print(f"clusters found     {len(clusters)}")
    print(f"pair precision     {len(true_pairs & found_pairs) / max(1, len(found_pairs)):.3f}")
    print(f"pair recall        {len(true_pairs & found_pairs) / max(1, len(true_pairs)):.3f}")
    print(f"cluster precision  {len(exact) / max(1, len(found)):.3f}")
    print(f"cluster recall     {len(exact) / max(1, len(planted)):.3f}")
    print(f"earliest canonical {canonical_ok}/{len(clusters)}")
    print(f"same on rerun      {again == clusters}")
    print(f"same on reversal   {same_reversed}")
    print(f"seconds            {elapsed:.2f} (one run, pure Python; noisy on a shared machine)")


if __name__ == "__main__":
    main()
