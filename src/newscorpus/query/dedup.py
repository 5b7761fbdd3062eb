"""Near-duplicate articles — syndicated copies, re-posts with an edited headline, a trimmed
ending or added boilerplate — found with MinHash and locality-sensitive hashing.

Each body is cut into overlapping word shingles (``shingle_size`` folded words); a MinHash
signature of ``permutations`` values estimates how alike two bodies are, and the signature's
bands pick the candidate pairs. The signature is a one-permutation MinHash: each shingle is
hashed once, with a fixed-seed hash, into one of ``permutations`` bins, each bin keeps its
smallest value, and an empty bin borrows from the next filled one — linear in the length of
the body instead of ``permutations`` times it. Candidates are then checked on their exact
shingle sets (Jaccard similarity), so the LSH only decides what to compare, never what is
reported. Matching pairs join into clusters; the earliest article of a cluster (by publication
date, then by position) is its canonical one. Everything is seeded: the same corpus gives the
same clusters on every run and every machine (no use of Python's salted ``hash()``).

Example:
    >>> from datetime import datetime
    >>> from newscorpus.article import Article
    >>> body = "The river council approved the new flood barrier on Monday after a long debate. " * 3
    >>> arts = [Article(id="copy", text=body + "Subscribe to our newsletter.",
    ...                 published=datetime(2023, 5, 2)),
    ...         Article(id="orig", text=body, published=datetime(2023, 5, 1)),
    ...         Article(id="other", text="Rail workers walked out over pay in the north.")]
    >>> [(c.canonical, c.copies) for c in near_duplicates(arts)]
    [('orig', ('copy',))]
"""

from __future__ import annotations

import random
import zlib
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import timezone

import attrs

from ..article import Article
from ..errors import OptionsError
from ._text import words

__all__ = ["DedupOptions", "DuplicateCluster", "near_duplicates"]

_PRIME = (1 << 61) - 1  # a Mersenne prime above every 32-bit shingle hash
_UTC = timezone.utc


def _positive(_instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise OptionsError(f"{attribute.name} must be 1 or more, not {value}", stage="options")


@attrs.frozen(kw_only=True)
class DedupOptions:
    """How :func:`near_duplicates` compares bodies.

    Attributes:
        threshold: the smallest Jaccard similarity of two bodies' shingle sets that makes them
            near-duplicates (0 < threshold ≤ 1).
        shingle_size: words per shingle.
        permutations: values per MinHash signature (bins of the one hash function).
        bands: LSH bands; ``permutations`` must divide into them evenly. More bands (fewer rows
            each) find more candidate pairs: the exact check keeps precision.
        seed: the seed of the hash functions.

    Raises:
        OptionsError: a value is out of range or ``bands`` does not divide ``permutations``.

    Example:
        >>> DedupOptions(threshold=0.8).rows
        2
        >>> DedupOptions(permutations=64, bands=10)
        Traceback (most recent call last):
        ...
        newscorpus.errors.OptionsError: permutations (64) must be a multiple of bands (10)
    """

    threshold: float = 0.5
    shingle_size: int = attrs.field(default=4, validator=_positive)
    permutations: int = attrs.field(default=64, validator=_positive)
    bands: int = attrs.field(default=32, validator=_positive)
    seed: int = 20231

    def __attrs_post_init__(self) -> None:
        if not 0 < self.threshold <= 1:
            raise OptionsError(
                f"threshold must be in (0, 1], not {self.threshold}", stage="options"
            )
        if self.permutations % self.bands:
            raise OptionsError(
                f"permutations ({self.permutations}) must be a multiple of bands ({self.bands})",
                stage="options",
            )

    @property
    def rows(self) -> int:
        """Signature values per band."""
        return self.permutations // self.bands


@attrs.frozen(kw_only=True)
class DuplicateCluster:
    """A group of near-duplicate articles.

    Attributes:
        canonical: the id of the earliest article (by publication date, then position).
        copies: the ids of the others, in corpus order.
        positions: the positions in the input of the canonical article and then of the copies.
        similarity: the lowest Jaccard similarity of a copy to the canonical article.

    Example:
        >>> c = DuplicateCluster(canonical="a", copies=("b",), positions=(3, 7), similarity=0.8)
        >>> c.ids, len(c)
        (('a', 'b'), 2)
    """

    canonical: str
    copies: tuple[str, ...]
    positions: tuple[int, ...]
    similarity: float

    @property
    def ids(self) -> tuple[str, ...]:
        """The canonical id, then the copies'."""
        return (self.canonical, *self.copies)

    def __len__(self) -> int:
        return len(self.positions)


def near_duplicates(
    articles: Iterable[Article],
    *,
    threshold: float | None = None,
    options: DedupOptions | None = None,
) -> list[DuplicateCluster]:
    """Clusters of near-duplicate bodies, ordered by the position of their canonical article.

    Args:
        articles: the articles to compare (bodies only: an edited headline does not hide a copy).
        threshold: shortcut for ``options.threshold``.
        options: the comparison settings (see :class:`DedupOptions`).

    Raises:
        OptionsError: ``threshold`` is out of range.

    Example:
        >>> from newscorpus.article import Article
        >>> near_duplicates([Article(text="One two three four five six."),
        ...                  Article(text="Seven eight nine ten eleven.")])
        []
    """
    opts = options or DedupOptions()
    if threshold is not None:
        opts = attrs.evolve(opts, threshold=threshold)
    items = list(articles)
    shingles = [_shingles(a.text, opts.shingle_size) for a in items]
    hash_ = _hash_function(opts)
    buckets: dict[tuple[int, tuple[int, ...]], list[int]] = defaultdict(list)
    # Identical bodies join their first copy directly: a corpus scraped twice stays linear.
    first_with: dict[frozenset[int], int] = {}
    identical: dict[tuple[int, int], float] = {}
    for position, found in enumerate(shingles):
        if not found:
            continue
        first = first_with.setdefault(found, position)
        if first != position:
            identical[first, position] = 1.0
            continue
        signature = _signature(found, hash_, opts.permutations)
        for band in range(opts.bands):
            key = tuple(signature[band * opts.rows : (band + 1) * opts.rows])
            buckets[band, key].append(position)
    pairs = _matching_pairs(buckets.values(), shingles, opts.threshold)
    return _clusters(items, shingles, {**pairs, **identical})


def _shingles(text: str, size: int) -> frozenset[int]:
    tokens = words(text)
    if not tokens:
        return frozenset()
    grams = (" ".join(tokens[i : i + size]) for i in range(max(1, len(tokens) - size + 1)))
    return frozenset(zlib.crc32(g.encode("utf-8")) for g in grams)


def _hash_function(opts: DedupOptions) -> tuple[int, int]:
    rng = random.Random(opts.seed)
    return rng.randrange(1, _PRIME), rng.randrange(0, _PRIME)


def _signature(shingles: frozenset[int], hash_: tuple[int, int], size: int) -> list[int]:
    a, b = hash_
    values = [_PRIME] * size
    for shingle in shingles:
        hashed = (a * shingle + b) % _PRIME
        slot, value = hashed % size, hashed // size
        values[slot] = min(values[slot], value)
    filled = [i for i, v in enumerate(values) if v < _PRIME]
    if len(filled) < size:
        _densify(values, filled)
    return values


def _densify(values: list[int], filled: list[int]) -> None:
    """Fill each empty bin from the next filled one to its right (wrapping round), offset by
    the distance, so two bodies with the same shingles still get the same signature."""
    size = len(values)
    for index in range(size):
        if values[index] < _PRIME:
            continue
        position = bisect_left(filled, index) % len(filled)
        source = filled[position]
        distance = (source - index) % size
        values[index] = values[source] + distance * _PRIME


def _jaccard(first: frozenset[int], second: frozenset[int]) -> float:
    union = len(first | second)
    return len(first & second) / union if union else 0.0


def _matching_pairs(
    buckets: Iterable[list[int]], shingles: Sequence[frozenset[int]], threshold: float
) -> dict[tuple[int, int], float]:
    checked: dict[tuple[int, int], float] = {}
    for members in buckets:
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                pair = (first, second)
                if pair not in checked:
                    checked[pair] = _jaccard(shingles[first], shingles[second])
    return {pair: score for pair, score in checked.items() if score >= threshold}


def _sort_key(article: Article, position: int) -> tuple[int, float, int]:
    published = article.published
    if published is None:
        return (1, 0.0, position)
    aware = published if published.utcoffset() is not None else published.replace(tzinfo=_UTC)
    return (0, aware.timestamp(), position)


def _clusters(
    items: Sequence[Article],
    shingles: Sequence[frozenset[int]],
    pairs: dict[tuple[int, int], float],
) -> list[DuplicateCluster]:
    parent = list(range(len(items)))

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for first, second in sorted(pairs):
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for position in range(len(items)):
        groups[root(position)].append(position)
    clusters = [
        _cluster(items, shingles, members) for members in groups.values() if len(members) > 1
    ]
    return sorted(clusters, key=lambda c: c.positions[0])


def _cluster(
    items: Sequence[Article], shingles: Sequence[frozenset[int]], members: list[int]
) -> DuplicateCluster:
    head = min(members, key=lambda p: _sort_key(items[p], p))
    rest = tuple(p for p in members if p != head)
    similarity = min(_jaccard(shingles[head], shingles[p]) for p in rest)
    return DuplicateCluster(
        canonical=items[head].id,
        copies=tuple(items[p].id for p in rest),
        positions=(head, *rest),
        similarity=round(similarity, 6),
    )
