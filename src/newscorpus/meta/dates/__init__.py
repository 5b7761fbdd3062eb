"""Dates of a page: read from its printed text and its markup, and chosen among.

Example:
    >>> from newscorpus.options import MetaOptions
    >>> date_as("2024-03-04", MetaOptions()).precision
    'day'
"""

from .bounds import date_as, dates_as

__all__ = ["date_as", "dates_as"]
