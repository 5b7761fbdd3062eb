"""The :class:`AuditReport`, and its text form for the terminal.

Example:
    >>> from newscorpus.audit import audit
    >>> from newscorpus.testing import make_article
    >>> print(audit([make_article(source="X")]).to_text().splitlines()[0])  # doctest: +ELLIPSIS
    Audit of 1 article, 0 inputs skipped (at ... UTC)
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import datetime

import attrs

from ..errors import Skipped
from ..query.counts import Period
from .parts import AuditOptions, DuplicateSummary, PageRef, RuleCount, SkipCount, SourceAudit

__all__ = ["AuditReport"]

_BAR = 30  # characters of the widest histogram bar in the text form
_LINE = re.compile(r":\d+$")  # the ":12" after a record's file


@attrs.frozen(kw_only=True)
class AuditReport:
    """The quality report of a corpus, as :func:`~newscorpus.audit.audit` computes it.

    Print it (``str(report)`` is :meth:`to_text`) or render it as an HTML page with
    :func:`~newscorpus.audit.audit_html`.

    Attributes:
        overall: the figures of the whole corpus.
        sources: the figures of each source, most articles first (``source=""``: articles
            without a source).
        rules: the cleaning rules that removed blocks, most blocks first.
        languages: ``(language, articles)`` pairs, most articles first (``""``: no language).
        timeline_by: the period of ``timeline``.
        timeline: ``(period, articles)`` for every period from the first dated article's to the
            last one's, periods without articles included.
        duplicates: how many articles are near-duplicates of another.
        skipped: the inputs loading left out, and why.
        empty: the articles whose body has no word.
        short: the articles whose body is very short.
        undated: the articles without a publication date.
        future: the articles dated after ``now``.
        now: the moment future dates were judged against (UTC).
        options: the options the audit ran with.

    Example:
        >>> from newscorpus.audit import audit
        >>> from newscorpus.testing import make_article
        >>> report = audit([make_article(published=None)])
        >>> report.overall.undated, [ref.words for ref in report.undated]
        (1, [36])
    """

    overall: SourceAudit
    sources: tuple[SourceAudit, ...]
    rules: tuple[RuleCount, ...]
    languages: tuple[tuple[str, int], ...]
    timeline_by: Period
    timeline: tuple[tuple[str, int], ...]
    duplicates: DuplicateSummary
    skipped: tuple[Skipped, ...]
    empty: tuple[PageRef, ...]
    short: tuple[PageRef, ...]
    undated: tuple[PageRef, ...]
    future: tuple[PageRef, ...]
    now: datetime
    options: AuditOptions

    @property
    def skip_counts(self) -> tuple[SkipCount, ...]:
        """The skipped inputs by error, most first, each with its first example.

        Example:
            >>> from newscorpus.audit import audit
            >>> skip = Skipped(path="a.css", reason="a style sheet", error="NotAPage")
            >>> [(s.error, s.count) for s in audit([], skipped=[skip, skip]).skip_counts]
            [('NotAPage', 2)]
        """
        counted = Counter(s.error for s in self.skipped)
        first: dict[str, Skipped] = {}
        for skip in self.skipped:
            first.setdefault(skip.error, skip)
        order = sorted(counted, key=lambda error: (-counted[error], error))
        return tuple(SkipCount(error=e, count=counted[e], example=first[e]) for e in order)

    def __str__(self) -> str:
        return self.to_text()

    def to_text(self, *, sources: int | None = 20, examples: int = 5) -> str:
        """The report as plain text for a terminal, about 60 lines for most corpora.

        Args:
            sources: list at most this many sources (the biggest); ``None`` lists all.
            examples: name at most this many pages of each problem (empty, short, …).

        Example:
            >>> from newscorpus.audit import audit
            >>> from newscorpus.testing import make_article
            >>> text = audit([make_article(title=None)]).to_text()
            >>> "title" in text and "0.0%" in text
            True
        """
        # Name files from the folder they share: long absolute paths would be cut in the middle.
        root = _shared_folder(
            [ref.where for _, refs in self._problem_groups() for ref in refs[:examples]]
            + [skip.example.path for skip in self.skip_counts]
        )
        sections = [
            self._heading() + (f"\nfiles named below are in {root}{os.sep}" if root else ""),
            self._coverage(),
            self._lengths(),
            self._problems(examples, root),
            self._rules(),
            self._duplicates(),
            self._skips(root),
            self._sources(sources),
        ]
        return "\n\n".join(section for section in sections if section) + "\n"

    def _heading(self) -> str:
        o = self.overall
        lines = [
            f"Audit of {_plural(o.articles, 'article')}, {_plural(len(self.skipped), 'input')}"
            f" skipped (at {self.now:%Y-%m-%d %H:%M} UTC)"
        ]
        if o.first is not None:
            lines.append(f"published {o.first} to {o.last}")
        return "\n".join(lines)

    def _coverage(self) -> str:
        o = self.overall
        precision = ", ".join(f"{name} {n}" for name, n in o.precision)
        languages = ", ".join(f"{code or '(none)'} {n}" for code, n in self.languages[:8])
        rows = [
            ("title", o.titled, ""),
            ("date", o.dated, f"precision: {precision}" if precision else ""),
            ("authors", o.authored, ""),
            ("language", o.with_language, languages),
        ]
        lines = ["Metadata           articles    share"]
        for name, count, note in rows:
            lines.append(f"  {name:<16}{count:>9} {_percent(o.share(count)):>8}   {note}".rstrip())
        return "\n".join(lines)

    def _lengths(self) -> str:
        w = self.overall.words
        lines = [
            f"Body length in words: min {w.minimum}, p10 {w.p10}, median {w.median}, p90 {w.p90},"
            f" max {w.maximum}, mean {w.mean}"
        ]
        widest = max((b.count for b in w.bins), default=0) or 1
        for b in w.bins:
            bar = "#" * round(_BAR * b.count / widest)
            lines.append(f"  {b.label:>9} |{bar:<{_BAR}} {b.count}")
        return "\n".join(lines)

    def _problem_groups(self) -> list[tuple[str, tuple[PageRef, ...]]]:
        return [
            ("empty", self.empty),
            (f"very short (< {self.options.short_words} words)", self.short),
            ("undated", self.undated),
            ("dated in the future", self.future),
        ]

    def _problems(self, examples: int, root: str) -> str:
        lines = ["Pages to look at"]
        for name, refs in self._problem_groups():
            lines.append(f"  {name:<28}{len(refs):>6} {_percent(self.overall.share(len(refs))):>8}")
            lines.extend(f"      {_describe(ref, root)}" for ref in refs[:examples])
            if len(refs) > examples:
                lines.append(f"      … and {len(refs) - examples} more")
        return "\n".join(lines)

    def _rules(self) -> str:
        if not self.rules:
            return "Removal rules: no block was removed"
        lines = ["Removal rules that fired most      blocks  articles"]
        lines.extend(f"  {r.rule:<32}{r.blocks:>7}{r.articles:>10}" for r in self.rules[:15])
        if len(self.rules) > 15:
            rest = self.rules[15:]
            lines.append(f"  … {len(rest)} more rules, {sum(r.blocks for r in rest)} blocks")
        return "\n".join(lines)

    def _duplicates(self) -> str:
        d = self.duplicates
        if not d.checked:
            return "Near-duplicates: not looked for"
        return (
            f"Near-duplicates: {_plural(d.clusters, 'cluster')} of {_plural(d.articles, 'article')};"
            f" {d.copies} {'is a copy' if d.copies == 1 else 'are copies'} of another"
            f" ({_percent(d.share)} of the articles)"
        )

    def _skips(self, root: str) -> str:
        if not self.skipped:
            return "Skipped inputs: none"
        lines = [f"Skipped inputs: {len(self.skipped)}"]
        for s in self.skip_counts:
            where = _clip(_relative(s.example.path, root), 48)
            where += f":{s.example.line}" if s.example.line else ""
            reason = s.example.reason
            reason = reason if len(reason) <= 90 else reason[:89] + "…"
            lines.append(f"  {s.error:<20}{s.count:>6}   e.g. {where}: {reason}")
        return "\n".join(lines)

    def _sources(self, limit: int | None) -> str:
        shown: Sequence[SourceAudit] = self.sources if limit is None else self.sources[:limit]
        head = (
            f"{'By source':<30}{'articles':>9}{'title':>8}{'date':>8}{'authors':>8}{'lang':>8}"
            f"{'median':>8}{'short':>7}{'undated':>8}{'future':>7}"
        )
        lines = [head]
        lines.extend(_source_row(part) for part in [self.overall, *shown])
        if len(shown) < len(self.sources):
            rest = self.sources[len(shown) :]
            lines.append(f"  … {len(rest)} more sources, {sum(p.articles for p in rest)} articles")
        return "\n".join(lines)


def _source_row(part: SourceAudit) -> str:
    name = "(all)" if part.source is None else part.source or "(no source)"
    shares = "".join(
        f"{_percent(share, digits=0):>8}"
        for share in (part.title_share, part.date_share, part.author_share, part.language_share)
    )
    return (
        f"  {_clip(name, 27):<28}{part.articles:>9}{shares}{part.words.median:>8}"
        f"{part.short:>7}{part.undated:>8}{part.future:>7}"
    )


def _describe(ref: PageRef, root: str) -> str:
    title = (ref.title or "").strip()
    if len(title) > 50:
        title = title[:49] + "…"
    named = f" — {title}" if title else ""
    when = f" ({ref.published})" if ref.published else ""
    return f"{_clip(_relative(ref.where, root), 80)}{named}{when}, {_plural(ref.words, 'word')}"


def _shared_folder(paths: Iterable[str]) -> str:
    """The folder all the absolute file paths among ``paths`` are in ("" when there is none
    but the root), so that the text can name files from there."""
    files = [_LINE.sub("", path) for path in paths if os.path.isabs(path)]
    if not files:
        return ""
    try:
        folder = os.path.commonpath([os.path.dirname(path) for path in files])
    except ValueError:  # paths on different drives
        return ""
    return "" if folder in ("", os.sep) else folder


def _relative(path: str, root: str) -> str:
    prefix = root + os.sep
    return path[len(prefix) :] if root and path.startswith(prefix) else path


def _percent(share: float, *, digits: int = 1) -> str:
    return f"{100 * share:.{digits}f}%"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, the cut marked; the middle goes for a long path."""
    if len(text) <= width:
        return text
    half = (width - 1) // 2
    return text[:half] + "…" + text[len(text) - (width - 1 - half) :]
