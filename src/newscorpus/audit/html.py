"""The audit report as one self-contained HTML page: its charts inline SVG, its style inline, no
script and no link to anything outside it, so it can be mailed to a colleague as it is.

Example:
    >>> from newscorpus.audit import audit
    >>> from newscorpus.testing import make_article
    >>> page = audit_html(audit([make_article(source="X")]))
    >>> page.startswith("<!DOCTYPE html>") and "<svg" in page and "src=" not in page
    True
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from html import escape

from ..io.atomic import atomic_write
from .parts import PageRef, SourceAudit
from .report import AuditReport
from .svg import bar_columns, bar_rows

__all__ = ["audit_html", "write_audit_html"]

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#222}
h1{margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
.muted{color:#666}.cards{display:flex;flex-wrap:wrap;gap:.6rem;margin:1rem 0}
.card{border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem;min-width:7.5rem}
.card b{display:block;font-size:1.4rem}.card.warn b{color:#b03a2e}
table{border-collapse:collapse;font-size:.8rem;margin:.5rem 0}
th,td{border:1px solid #e3e3e3;padding:.25rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}td.l{text-align:left}.refs th{text-align:left}
td.d{white-space:nowrap}.wide{overflow-x:auto}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:1.5rem}
@media (max-width:800px){.grid{grid-template-columns:1fr}}
"""


def audit_html(report: AuditReport, *, title: str = "Corpus audit", examples: int = 20) -> str:
    """The report as a complete HTML page (a string).

    Args:
        report: the report, from :func:`~newscorpus.audit.audit`.
        title: the page's title and heading.
        examples: list at most this many pages of each problem (empty, short, …) and skips.

    Example:
        >>> from newscorpus.audit import audit
        >>> "<title>My corpus</title>" in audit_html(audit([]), title="My corpus")
        True
    """
    body = [
        f"<h1>{escape(title)}</h1>",
        _summary(report),
        _coverage(report),
        _lengths_and_time(report),
        _rules(report),
        _sources(report),
        _problems(report, examples),
        _duplicates_and_skips(report, examples),
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def write_audit_html(
    report: AuditReport,
    path: str | os.PathLike[str],
    *,
    title: str = "Corpus audit",
    examples: int = 20,
) -> None:
    """Write :func:`audit_html`'s page to ``path`` (atomically, UTF-8).

    Args:
        report: the report, from :func:`~newscorpus.audit.audit`.
        path: the file to write; replaced whole when it exists.
        title: the page's title and heading.
        examples: list at most this many pages of each problem and skips.

    Raises:
        WriteError: the file cannot be written.

    Example:
        >>> import tempfile, pathlib
        >>> from newscorpus.audit import audit
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "audit.html"
        >>> write_audit_html(audit([]), path)
        >>> path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        True
    """
    page = audit_html(report, title=title, examples=examples)
    with atomic_write(path) as handle:
        handle.write(page)


def _summary(report: AuditReport) -> str:
    o, d = report.overall, report.duplicates
    span = f"published {o.first} to {o.last}; " if o.first else ""
    cards = [
        ("articles", str(o.articles), False),
        ("inputs skipped", str(len(report.skipped)), bool(report.skipped)),
        ("dated", _percent(o.date_share), o.date_share < 0.9),
        ("with authors", _percent(o.author_share), o.author_share < 0.5),
        ("empty or very short", str(o.empty + o.short), bool(o.empty + o.short)),
        ("dated in the future", str(o.future), bool(o.future)),
        ("near-duplicate copies", _percent(d.share) if d.checked else "not checked", d.share > 0),
    ]
    html = "".join(
        f'<div class="card{" warn" if warn else ""}"><b>{escape(value)}</b>{escape(name)}</div>'
        for name, value, warn in cards
    )
    when = f"{report.now:%Y-%m-%d %H:%M} UTC"
    return (
        f'<p class="muted">{escape(span)}audited {escape(when)}; '
        f"very short: under {report.options.short_words} words</p>"
        f'<div class="cards">{html}</div>'
    )


def _coverage(report: AuditReport) -> str:
    o = report.overall
    fields = [
        ("title", o.titled),
        ("date", o.dated),
        ("authors", o.authored),
        ("language", o.with_language),
    ]
    coverage = bar_rows(
        [(name, o.share(n), f"{_percent(o.share(n))} ({n})") for name, n in fields],
        maximum=1.0,
        width=460,
        label_width=90,
    )
    precision = bar_rows(
        [(name, n, f"{n} ({_percent(o.share(n))})") for name, n in o.precision]
        or [("no dates", 0, "")],
        maximum=max((n for _, n in o.precision), default=0),
        width=460,
        label_width=90,
        color="#6a9f58",
    )
    languages = bar_rows(
        [(code or "(none)", n, str(n)) for code, n in report.languages[:12]],
        maximum=max((n for _, n in report.languages), default=0),
        width=460,
        label_width=90,
        color="#9c6ab0",
    )
    return (
        "<h2>Metadata</h2><div class='grid'>"
        f"<div><h3>Articles with each field</h3>{coverage}</div>"
        f"<div><h3>Date precision (dated articles)</h3>{precision}</div>"
        f"<div><h3>Languages</h3>{languages}</div></div>"
    )


def _lengths_and_time(report: AuditReport) -> str:
    w = report.overall.words
    histogram = bar_columns(
        [(b.label, b.count) for b in w.bins], axis_label="articles", color="#c07a38"
    )
    timeline = (
        bar_columns(list(report.timeline), axis_label=f"articles per {report.timeline_by}")
        if report.timeline
        else "<p>No article is dated.</p>"
    )
    return (
        "<h2>Body length</h2>"
        f"<p>Words per body: min {w.minimum}, p10 {w.p10}, median {w.median}, p90 {w.p90}, "
        f"max {w.maximum}, mean {w.mean}.</p>{histogram}"
        f"<h2>Articles over time</h2>{timeline}"
    )


def _rules(report: AuditReport) -> str:
    if not report.rules:
        return "<h2>Removal rules</h2><p>No block was removed.</p>"
    top = report.rules[:15]
    chart = bar_rows(
        [(r.rule, r.blocks, f"{r.blocks} blocks in {r.articles} articles") for r in top],
        maximum=top[0].blocks,
        width=760,
        label_width=230,
        color="#a85448",
    )
    more = len(report.rules) - len(top)
    note = f"<p class='muted'>… and {more} more rules.</p>" if more > 0 else ""
    return f"<h2>Removal rules that fired most</h2>{chart}{note}"


def _sources(report: AuditReport) -> str:
    head = (
        "<tr><th>source</th><th>articles</th><th>title</th><th>date</th><th>authors</th>"
        "<th>language</th><th>median words</th><th>empty</th><th>short</th><th>undated</th>"
        "<th>future</th><th>first</th><th>last</th></tr>"
    )
    rows = [_source_row(part) for part in [report.overall, *report.sources]]
    return f"<h2>By source</h2><div class='wide'><table>{head}{''.join(rows)}</table></div>"


def _source_row(part: SourceAudit) -> str:
    name = "(all)" if part.source is None else part.source or "(no source)"
    shares = "".join(
        f'<td style="background:hsl({round(120 * s)},60%,88%)">{_percent(s)}</td>'
        for s in (part.title_share, part.date_share, part.author_share, part.language_share)
    )
    counts = "".join(
        f"<td>{n}</td>"
        for n in (part.words.median, part.empty, part.short, part.undated, part.future)
    )
    return (
        f"<tr><td>{escape(name)}</td><td>{part.articles}</td>{shares}{counts}"
        f"<td class='d'>{part.first or ''}</td><td class='d'>{part.last or ''}</td></tr>"
    )


def _problems(report: AuditReport, examples: int) -> str:
    groups = [
        ("Empty", report.empty),
        (f"Very short (under {report.options.short_words} words)", report.short),
        ("Undated", report.undated),
        ("Dated in the future", report.future),
    ]
    parts = ["<h2>Pages to look at</h2>"]
    for name, refs in groups:
        parts.append(f"<h3>{escape(name)}: {len(refs)}</h3>")
        if refs:
            parts.append(_ref_table(refs[:examples], len(refs)))
    return "".join(parts)


def _ref_table(refs: Sequence[PageRef], total: int) -> str:
    head = "<tr><th>where</th><th>title</th><th>source</th><th>published</th><th>words</th></tr>"
    rows = "".join(
        f"<tr><td class='l'>{escape(r.where)}</td><td class='l'>{escape(r.title or '')}</td>"
        f"<td class='l'>{escape(r.source or '')}</td><td>{escape(r.published or '')}</td>"
        f"<td>{r.words}</td></tr>"
        for r in refs
    )
    more = f"<p class='muted'>… and {total - len(refs)} more.</p>" if total > len(refs) else ""
    return f"<table class='refs'>{head}{rows}</table>{more}"


def _duplicates_and_skips(report: AuditReport, examples: int) -> str:
    d = report.duplicates
    dup = (
        f"<p>Clusters of near-duplicates: {d.clusters}, holding {d.articles} articles; copies of "
        f"another article: {d.copies} ({_percent(d.share)} of the articles).</p>"
        if d.checked
        else "<p>Near-duplicates were not looked for.</p>"
    )
    parts = ["<h2>Near-duplicates</h2>", dup, f"<h2>Skipped inputs: {len(report.skipped)}</h2>"]
    if report.skipped:
        counted = "".join(
            f"<tr><td>{escape(s.error)}</td><td>{s.count}</td></tr>" for s in report.skip_counts
        )
        parts.append(f"<table><tr><th>why</th><th>inputs</th></tr>{counted}</table>")
        listed = "".join(f"<li>{escape(str(s))}</li>" for s in report.skipped[:examples])
        more = len(report.skipped) - examples
        parts.append(
            f"<ul>{listed}</ul>" + (f"<p class='muted'>… and {more} more.</p>" if more > 0 else "")
        )
    return "".join(parts)


def _percent(share: float) -> str:
    return f"{100 * share:.1f}%"
