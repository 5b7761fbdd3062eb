"""The cleaning rules, one module per family; each takes a :class:`~newscorpus.clean.page.Page`
and yields :class:`~newscorpus.clean.page.Verdict` s. They are registered, named and ordered in
:mod:`newscorpus.clean.registry`; what a rule sees and says is re-exported here for rule authors.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> [v.rule for v in nav_runs(Page.of(text_to_blocks("Home\\nWorld\\nSport\\nTech", segmentation="lines")))]
    ['nav-run', 'nav-run', 'nav-run', 'nav-run']
"""

from ..page import Page, Verdict, is_sentence_like, reads_as_prose, shared_verdict, verdict
from .boxes import author_boxes, related_lists
from .captions import credited_captions, numbered_captions, stray_captions
from .comments import comment_sections
from .dom import dom_boilerplate
from .phrases import phrase_rules
from .repeats import repeated_blocks
from .shapes import copyright_lines, nav_runs, shape_rules
from .teasers import glued_teasers
from .timestamps import timestamp_lines

__all__ = [
    "Page",
    "Verdict",
    "author_boxes",
    "comment_sections",
    "copyright_lines",
    "credited_captions",
    "dom_boilerplate",
    "glued_teasers",
    "is_sentence_like",
    "nav_runs",
    "numbered_captions",
    "phrase_rules",
    "reads_as_prose",
    "related_lists",
    "repeated_blocks",
    "shape_rules",
    "shared_verdict",
    "stray_captions",
    "timestamp_lines",
    "verdict",
]
