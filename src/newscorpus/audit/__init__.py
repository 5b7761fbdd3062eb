"""A corpus's quality report: :func:`audit` computes an :class:`AuditReport`, which prints as
text; :func:`audit_html` renders it as one self-contained HTML page with its charts.

Example:
    >>> from newscorpus.testing import make_article
    >>> report = audit([make_article(title="A", source="X"), make_article(title=None, source="X")])
    >>> report.overall.title_share, report.sources[0].source
    (0.5, 'X')
"""

from .compute import audit, timeline_period
from .html import audit_html, write_audit_html
from .parts import (
    AuditOptions,
    DuplicateSummary,
    LengthBin,
    LengthSummary,
    PageRef,
    RuleCount,
    SkipCount,
    SourceAudit,
)
from .report import AuditReport

__all__ = [
    "AuditOptions",
    "AuditReport",
    "DuplicateSummary",
    "LengthBin",
    "LengthSummary",
    "PageRef",
    "RuleCount",
    "SkipCount",
    "SourceAudit",
    "audit",
    "audit_html",
    "timeline_period",
    "write_audit_html",
]
