"""A view of a store: the SQL conditions chosen so far and the Python checks that confirm them.

Example:
    >>> View().narrowed("a.day IS NOT NULL").where()
    ' WHERE (a.day IS NOT NULL)'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

from ..article import Article

__all__ = ["View"]


@attrs.frozen
class View:
    """Conditions on ``articles a`` (ANDed), their parameters, and Python confirmations."""

    sql: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    checks: tuple[Callable[[Article], bool], ...] = ()

    def narrowed(
        self,
        sql: str | None,
        params: Sequence[Any] = (),
        check: Callable[[Article], bool] | None = None,
    ) -> View:
        return View(
            self.sql + ((sql,) if sql else ()),
            self.params + tuple(params),
            self.checks + ((check,) if check else ()),
        )

    def where(self) -> str:
        return (" WHERE " + " AND ".join(f"({s})" for s in self.sql)) if self.sql else ""
