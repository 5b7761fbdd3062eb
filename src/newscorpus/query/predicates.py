"""Composable article filters: :class:`Predicate` and the factories that make them.

A predicate is a callable ``Article -> bool`` with a readable ``repr``; combine predicates with
``&``, ``|`` and ``~`` or with :func:`all_of`, :func:`any_of` and :func:`not_`. Predicates pickle,
so they can be shipped to worker processes.

Example:
    >>> from datetime import datetime
    >>> from newscorpus.article import Article
    >>> recent_reuters = from_source("Reuters") & published_between("2023-01-01", "2023-06-30")
    >>> recent_reuters
    all_of(from_source('Reuters'), published_between(2023-01-01, 2023-06-30))
    >>> recent_reuters(Article(source="REUTERS", published=datetime(2023, 3, 1)))
    True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import attrs

from ..article import Article
from ..errors import OptionsError
from ._dates import as_date, is_aware, parse_bound
from ._text import fold, words
from .search import Query, parse_query

__all__ = [
    "Predicate",
    "all_of",
    "any_of",
    "by_author",
    "from_source",
    "in_language",
    "in_section",
    "mentions",
    "not_",
    "published_between",
]

DateLike = date | datetime | str
ArticleTest = Callable[[Article], bool]


@attrs.frozen(repr=False)
class Predicate:
    """A test on one article, with a readable description.

    Args:
        func: the test.
        description: what ``repr`` shows (by default the function's name).

    Example:
        >>> from newscorpus.article import Article
        >>> long = Predicate(lambda a: a.word_count > 2, "longer_than(2)")
        >>> long, (~long)(Article(text="Short text."))
        (longer_than(2), True)
    """

    func: ArticleTest
    description: str = ""

    def __call__(self, article: Article) -> bool:
        return bool(self.func(article))

    def __repr__(self) -> str:
        return self.description or _describe(self.func)

    def __and__(self, other: ArticleTest) -> Predicate:
        return all_of(self, other)

    def __rand__(self, other: ArticleTest) -> Predicate:
        return all_of(other, self)

    def __or__(self, other: ArticleTest) -> Predicate:
        return any_of(self, other)

    def __ror__(self, other: ArticleTest) -> Predicate:
        return any_of(other, self)

    def __invert__(self) -> Predicate:
        return not_(self)


def _describe(func: ArticleTest) -> str:
    if isinstance(func, Predicate):
        return repr(func)
    return str(getattr(func, "__name__", None) or repr(func))


def _as_predicate(func: ArticleTest, factory: str) -> Predicate:
    if isinstance(func, Predicate):
        return func
    if not callable(func):
        raise OptionsError(
            f"{factory}() takes predicates or callables, not {type(func).__name__}",
            stage="options",
        )
    return Predicate(func)


@attrs.frozen
class _AllOf:
    parts: tuple[Predicate, ...]

    def __call__(self, article: Article) -> bool:
        return all(part(article) for part in self.parts)


@attrs.frozen
class _AnyOf:
    parts: tuple[Predicate, ...]

    def __call__(self, article: Article) -> bool:
        return any(part(article) for part in self.parts)


@attrs.frozen
class _Not:
    part: Predicate

    def __call__(self, article: Article) -> bool:
        return not self.part(article)


def _flatten(preds: tuple[ArticleTest, ...], kind: type, factory: str) -> tuple[Predicate, ...]:
    parts: list[Predicate] = []
    for pred in preds:
        wrapped = _as_predicate(pred, factory)
        if isinstance(wrapped.func, kind) and isinstance(wrapped.func, (_AllOf, _AnyOf)):
            parts.extend(wrapped.func.parts)
        else:
            parts.append(wrapped)
    return tuple(parts)


def all_of(*preds: ArticleTest) -> Predicate:
    """True when every predicate is (``all_of()`` is always true); nested ``all_of`` flatten.

    Args:
        *preds: predicates or plain callables taking an article, tried in order until one is
            false.

    Raises:
        OptionsError: an argument is not callable.

    Example:
        >>> all_of(from_source("A"), all_of(in_language("en"), in_section("World")))
        all_of(from_source('A'), in_language('en'), in_section('World'))
    """
    parts = _flatten(preds, _AllOf, "all_of")
    return Predicate(_AllOf(parts), f"all_of({', '.join(map(repr, parts))})")


def any_of(*preds: ArticleTest) -> Predicate:
    """True when some predicate is (``any_of()`` is always false); nested ``any_of`` flatten.

    Args:
        *preds: predicates or plain callables taking an article, tried in order until one is
            true.

    Raises:
        OptionsError: an argument is not callable.

    Example:
        >>> from_source("A") | from_source("B") | by_author("lee")
        any_of(from_source('A'), from_source('B'), by_author('lee'))
    """
    parts = _flatten(preds, _AnyOf, "any_of")
    return Predicate(_AnyOf(parts), f"any_of({', '.join(map(repr, parts))})")


def not_(pred: ArticleTest) -> Predicate:
    """True when ``pred`` is false.

    Args:
        pred: a predicate or a plain callable taking an article.

    Raises:
        OptionsError: ``pred`` is not callable.

    Example:
        >>> ~from_source("A")
        not_(from_source('A'))
    """
    part = _as_predicate(pred, "not_")
    return Predicate(_Not(part), f"not_({part!r})")


def _bound(value: DateLike | None, *, end: bool) -> date | None:
    if value is None or isinstance(value, date):  # datetime is a date too
        return value
    if not isinstance(value, str):
        raise OptionsError(
            "published_between() takes dates, datetimes or ISO strings, "
            f"not {type(value).__name__}",
            stage="options",
        )
    try:
        return parse_bound(value, end=end)
    except ValueError:
        raise OptionsError(
            f"not a date: {value!r} (write 2023-06-30, 2023-06, 2023 or 2023-06-30T12:00)",
            stage="options",
        ) from None


def _aligned(value: date, bound: date) -> tuple[date, date]:
    """The two values made comparable: date-times as such when both are naive or both aware,
    otherwise their calendar days."""
    if (
        isinstance(value, datetime)
        and isinstance(bound, datetime)
        and is_aware(value) == is_aware(bound)
    ):
        return value, bound
    return as_date(value), as_date(bound)


@attrs.frozen
class _Between:
    start: date | None
    end: date | None

    def __call__(self, article: Article) -> bool:
        published = article.published
        if published is None:
            return False
        if self.start is not None:
            value, bound = _aligned(published, self.start)
            if value < bound:
                return False
        if self.end is not None:
            value, bound = _aligned(published, self.end)
            if value > bound:
                return False
        return True


def published_between(start: DateLike | None = None, end: DateLike | None = None) -> Predicate:
    """Published from ``start`` to ``end``, both inclusive; either may be open (``None``).

    Bounds are dates, date-times or ISO strings (``"2023"`` and ``"2023-06"`` cover the whole
    year or month). A date bound covers its whole day; a date-time is compared as such unless one
    side is naive and the other timezone-aware, when their calendar days are compared. Articles
    without a publication date never match.

    Args:
        start: the earliest publication kept; ``None`` for no lower bound.
        end: the latest publication kept (``"2023-06"`` keeps all of June); ``None`` for no
            upper bound.

    Raises:
        OptionsError: a bound is not a date, or ``end`` comes before ``start``.

    Example:
        >>> from newscorpus.article import Article
        >>> june = published_between("2023-06", "2023-06")
        >>> june, june(Article(published=datetime(2023, 6, 30, 23, 59)))
        (published_between(2023-06-01, 2023-06-30), True)
    """
    low, high = _bound(start, end=False), _bound(end, end=True)
    if low is not None and high is not None:
        first, last = _aligned(low, high)
        if last < first:
            raise OptionsError(
                f"published_between(): the end {high.isoformat()} comes before the start "
                f"{low.isoformat()}",
                stage="options",
            )
    shown = ", ".join("None" if b is None else b.isoformat() for b in (low, high))
    return Predicate(_Between(low, high), f"published_between({shown})")


def _names(factory: str, names: tuple[str, ...]) -> frozenset[str]:
    if not names:
        raise OptionsError(f"{factory}() needs at least one name", stage="options")
    keys = set()
    for name in names:
        if not isinstance(name, str) or not name.strip():
            raise OptionsError(
                f"{factory}(): names must be non-empty text, not {name!r}", stage="options"
            )
        keys.add(" ".join(fold(name).split()))
    return frozenset(keys)


def _shown(factory: str, names: tuple[str, ...]) -> str:
    return f"{factory}({', '.join(map(repr, names))})"


@attrs.frozen
class _FieldIn:
    field: str
    keys: frozenset[str]

    def __call__(self, article: Article) -> bool:
        value = getattr(article, self.field)
        return bool(value) and " ".join(fold(value).split()) in self.keys


def from_source(*names: str) -> Predicate:
    """From one of the named sources (case- and accent-insensitive, spaces normalised).

    Args:
        *names: the sources' whole names (``"AP"`` does not match ``"AP News"``); at least one.

    Raises:
        OptionsError: no name is given, or one is not text or is blank.

    Example:
        >>> from newscorpus.article import Article
        >>> from_source("Le Monde", "AP")(Article(source="le  monde"))
        True
    """
    return Predicate(_FieldIn("source", _names("from_source", names)), _shown("from_source", names))


def in_section(*names: str) -> Predicate:
    """In one of the named sections (case- and accent-insensitive, spaces normalised).

    Args:
        *names: the sections' whole names, as the article's ``section`` holds them; at least one.

    Raises:
        OptionsError: no name is given, or one is not text or is blank.

    Example:
        >>> from newscorpus.article import Article
        >>> in_section("world")(Article(section="World"))
        True
    """
    return Predicate(_FieldIn("section", _names("in_section", names)), _shown("in_section", names))


@attrs.frozen
class _LanguageIn:
    codes: frozenset[str]

    def __call__(self, article: Article) -> bool:
        if not article.language:
            return False
        code = article.language.strip().lower().replace("_", "-")
        return code in self.codes or code.split("-")[0] in self.codes


def in_language(*codes: str) -> Predicate:
    """In one of the languages (ISO 639-1 codes, case-insensitive); ``"en"`` also takes ``"en-GB"``.

    Args:
        *codes: language codes, bare (``"en"``: any region) or with a region (``"en-GB"``, or
            ``"en_GB"``: that region only); at least one.

    Raises:
        OptionsError: no code is given, or one is not text or is blank.

    Example:
        >>> from newscorpus.article import Article
        >>> in_language("en", "fr")(Article(language="EN_gb"))
        True
        >>> in_language("en-us")(Article(language="en"))
        False
    """
    keys = _names("in_language", codes)
    return Predicate(
        _LanguageIn(frozenset(k.replace("_", "-") for k in keys)), _shown("in_language", codes)
    )


@attrs.frozen
class _AuthorHas:
    words: tuple[str, ...]

    def __call__(self, article: Article) -> bool:
        size = len(self.words)
        for author in article.authors:
            tokens = words(author)
            for start in range(len(tokens) - size + 1):
                if tuple(tokens[start : start + size]) == self.words:
                    return True
        return False


def by_author(name: str) -> Predicate:
    """Written by an author whose name holds ``name`` as whole words (case- and
    accent-insensitive): ``"avraham"`` and ``"rachel avraham"`` both match ``"Rachel Avraham"``.

    Args:
        name: one or more words of an author's name, matched in this order, side by side, within
            one author of the article; a part of a word (``"avra"``) does not match.

    Raises:
        OptionsError: ``name`` holds no word.

    Example:
        >>> from newscorpus.article import Article
        >>> art = Article(authors=("Rachel Avraham", "Ann Lee"))
        >>> by_author("avraham")(art), by_author("avra")(art)
        (True, False)
    """
    found = tuple(words(name)) if isinstance(name, str) else ()
    if not found:
        raise OptionsError(f"by_author() needs a name with letters, not {name!r}", stage="options")
    return Predicate(_AuthorHas(found), f"by_author({name!r})")


@attrs.frozen
class _Mentions:
    query: Query

    def __call__(self, article: Article) -> bool:
        return self.query.matches(article)


def mentions(query: str | Query) -> Predicate:
    """Title, subtitle or body match ``query`` in the search language (see
    :func:`~newscorpus.query.parse_query`).

    Args:
        query: a query string, or a query parsed by :func:`~newscorpus.query.parse_query`.

    Raises:
        QuerySyntaxError: ``query`` does not parse.

    Example:
        >>> from newscorpus.article import Article
        >>> pred = mentions('"rail strike" OR flood*')
        >>> pred, pred(Article(text="Flooding closed the road."))
        (mentions('"rail strike" OR flood*'), True)
    """
    parsed = query if isinstance(query, Query) else parse_query(query)
    return Predicate(_Mentions(parsed), f"mentions({parsed.text!r})")
