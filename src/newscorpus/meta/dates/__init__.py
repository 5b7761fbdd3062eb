"""Dates of a page: read from its printed text (:mod:`~newscorpus.meta.dates.text`), from its
markup (:mod:`~newscorpus.meta.dates.markup`) and its address (:mod:`~newscorpus.meta.dates.url`),
and chosen among (:mod:`~newscorpus.meta.dates.choose`).

:func:`~newscorpus.meta.dates.page.find_page_dates` is not re-exported here: it runs the whole
page's readers (:mod:`newscorpus.meta.header`, :mod:`newscorpus.meta.markup`), which themselves
import this package; import it from :mod:`newscorpus.meta`.

Example:
    >>> from newscorpus.options import MetaOptions
    >>> date_as("2024-03-04", MetaOptions()).precision
    'day'
"""

from .bounds import date_as, dates_as
from .choose import DateCandidate, choose_modified, choose_published
from .markup import html_date_candidates
from .text import text_date_candidates
from .url import date_from_url

__all__ = [
    "DateCandidate",
    "choose_modified",
    "choose_published",
    "date_as",
    "date_from_url",
    "dates_as",
    "html_date_candidates",
    "text_date_candidates",
]
