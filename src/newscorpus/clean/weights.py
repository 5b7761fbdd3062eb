"""The weights of the body-run decision, shipped as data (``newscorpus/data/classifier.json``).

Kept out of the code so that they can be read, audited and re-fitted in one place; the file's
``_doc`` entry says what each weight does and how it was chosen.

Example:
    >>> w = weights()
    >>> w.penalty("timestamp-line") > w.penalty("share-prompt") > 0
    True
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

import attrs

__all__ = ["Weights", "weights"]


@attrs.frozen(kw_only=True)
class Weights:
    """How much each kind of block counts when the body run is chosen.

    Attributes:
        min_stopword_share: share of stop words a block needs to read as body.
        rule_penalty: the penalty of a block a rule named, unless ``rule_penalties`` has one.
        rule_penalties: penalties per rule name.
        rule_length_cap: a named block's length counts against it up to this many characters.
        short_penalty: the base penalty of a block that neither reads as body nor was named.
        short_per_char: and its penalty per character ...
        short_length_cap: ... up to this many characters.
        inside_short_penalty: (HTML) the base penalty of such a block inside the article's
            container, where short lines are mostly the article's own ...
        inside_short_per_char: ... and its penalty per character.

    Example:
        >>> Weights(min_stopword_share=0.1, rule_penalty=80, rule_penalties={},
        ...         rule_length_cap=400, short_penalty=20, short_per_char=0.5,
        ...         short_length_cap=300, inside_short_penalty=2, inside_short_per_char=0.05,
        ...         ).score(length=100, rule=None, good=False)
        -70.0
    """

    min_stopword_share: float
    rule_penalty: float
    rule_penalties: Mapping[str, float]
    rule_length_cap: int
    short_penalty: float
    short_per_char: float
    short_length_cap: int
    inside_short_penalty: float
    inside_short_per_char: float

    def penalty(self, rule: str) -> float:
        """The penalty of a block named by ``rule``."""
        return self.rule_penalties.get(rule, self.rule_penalty)

    def score(self, *, length: int, rule: str | None, good: bool, inside: bool = False) -> float:
        """A block's score: its length when it reads as body, else a penalty; ``inside`` says
        the block sits in the article's HTML container."""
        return self.scores([length], [rule], [good], [inside])[0]

    def scores(
        self,
        lengths: Sequence[int],
        rules: Sequence[str | None],
        good: Sequence[bool],
        inside: Sequence[bool],
    ) -> list[float]:
        """:meth:`score` of every block of a page at once (the same numbers; one call per page,
        not one per block, and the weights read once).

        Example:
            >>> weights().scores([100, 100], [None, "share-prompt"], [True, False], [False, False])[0]
            100.0
        """
        penalty, default_penalty = self.rule_penalties.get, self.rule_penalty
        rule_cap, short_cap = self.rule_length_cap, self.short_length_cap
        inside_base, inside_rate = self.inside_short_penalty, self.inside_short_per_char
        short_base, short_rate = self.short_penalty, self.short_per_char
        # One comprehension, the weights read once: a page has hundreds of blocks.
        return [
            -(penalty(rule, default_penalty) + min(length, rule_cap))
            if rule is not None
            else float(length)
            if is_good
            else -(inside_base + inside_rate * min(length, short_cap))
            if is_inside
            else -(short_base + short_rate * min(length, short_cap))
            for length, rule, is_good, is_inside in zip(lengths, rules, good, inside, strict=True)
        ]


@cache
def weights() -> Weights:
    """The shipped weights (read once, then cached).

    Example:
        >>> weights().short_per_char
        0.6
    """
    path = resources.files("newscorpus") / "data" / "classifier.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Weights(**{k: v for k, v in raw.items() if not k.startswith("_")})
