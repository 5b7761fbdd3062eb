"""The labels printed before a date ("Published", "Aktualisiert am", "mis à jour"), and the
stems of attribute names that say what a date in markup is ("dateModified", "data-updated"), as
regexes built once, on first use, from ``data/vocab/date_labels.json`` and
``data/vocab/date_attributes.json``.

Example:
    >>> bool(updated_label().search("Zuletzt bearbeitet am ")), bool(published_label().search("Posted on "))
    (True, True)
    >>> bool(publication_label().search("Erschienen am:"))
    True
    >>> bool(attribute_stems("modified").search("dateModified"))
    True
"""

from __future__ import annotations

import re
from functools import cache

from ...shapes.date_words import date_labels, label_alternation, label_tree
from ...vocab import alternation, vocabulary

__all__ = [
    "attribute_stem_words",
    "attribute_stems",
    "date_labels_pattern",
    "post_sentence",
    "posted_after",
    "posted_before",
    "posted_passive",
    "posting_words",
    "publication_label",
    "published_label",
    "until_label",
    "updated_label",
]


@cache
def updated_label() -> re.Pattern[str]:
    """An update label ending the text before a date ("Updated:", "aktualisiert am")."""
    labels = label_tree(date_labels("modified"))  # a tree: searched in every date's prefix
    return re.compile(rf"(?:{labels})[^\d]{{0,20}}$", re.IGNORECASE)


@cache
def until_label() -> re.Pattern[str]:
    """A label ending the text before a date that makes it the end of a span the page
    announces ("Verfügbar bis", "available until", "jusqu'au"): a media library's expiry, an
    offer's or a show's last day, never the page's publication.

    Example:
        >>> bool(until_label().search("02:57 Min. Verfügbar bis ")), bool(until_label().search("Posted "))
        (True, False)
    """
    labels = label_tree(date_labels("until"))  # a tree: searched in every date's prefix
    return re.compile(rf"(?<!\w)(?:{labels})[\s:.,]{{0,3}}$", re.IGNORECASE)


@cache
def published_label() -> re.Pattern[str]:
    """A publication label or a date word ending the text before a date on a date line."""
    labels = label_alternation(date_labels("published"))
    return re.compile(rf"(?:{labels}|datum|date|stand|am|on|le|el)[^\d]{{0,12}}$", re.IGNORECASE)


@cache
def date_labels_pattern() -> re.Pattern[str]:
    """Any date label or a short word that goes with a date ("on", "um")."""
    labels = label_alternation((*date_labels("published"), *date_labels("modified")))
    return re.compile(rf"(?<!\w)(?:{labels}|am|on|le|el|at|um)(?!\w)", re.IGNORECASE)


@cache
def publication_label() -> re.Pattern[str]:
    """A label that names a date as the page's publication ("Erschienen am:", "Published on"),
    ending the date's own line or standing alone on the line before it."""
    labels = label_alternation(date_labels("published"))
    return re.compile(
        rf"(?<!\w)(?:{labels})(?:\s+(?:on|am|le|el|il|em))?[\s:.-]{{0,3}}$", re.IGNORECASE
    )


def attribute_stem_words(category: str) -> tuple[str, ...]:
    """The stems of ``category`` in ``data/vocab/date_attributes.json``, in the file's order.

    Example:
        >>> attribute_stem_words("modified_data")[:2]
        ('modif', 'updat')
    """
    return vocabulary("date_attributes")[category]


@cache
def attribute_stems(category: str) -> re.Pattern[str]:
    """Any stem of ``category`` anywhere in a name, ignoring case (``"modified"``,
    ``"modified_data"``, ``"published"``, ``"data_date"``, ``"data_not_date"``).

    Example:
        >>> bool(attribute_stems("published").search("datePublished"))
        True
    """
    return re.compile(alternation(attribute_stem_words(category)), re.IGNORECASE)


# The blog's sentence about the post: "This entry was posted on Saturday, 3 May 2013 at 10:00
# and is filed under …", "Dieser Beitrag wurde am Samstag, 3. Mai 2013 um 10:00 Uhr
# veröffentlicht und unter … abgelegt" (data/vocab/post_sentences.json).


def _post_words(category: str) -> str:
    return label_alternation(vocabulary("post_sentences")[category])


@cache
def post_sentence() -> re.Pattern[str]:
    """Words that name the post ("This entry", "Dieser Beitrag") or its filing ("filed under").

    Example:
        >>> bool(post_sentence().search("Dieser  Beitrag wurde"))
        True
    """
    return re.compile(
        rf"(?<!\w)(?:(?:{_post_words('this')})\s+(?:{_post_words('post_nouns')})|"
        rf"{_post_words('filing')})(?!\w)",
        re.IGNORECASE,
    )


@cache
def posted_before() -> re.Pattern[str]:
    """ "posted on" (and a weekday) ending the text before a date.

    Example:
        >>> bool(posted_before().search("This entry was posted on Saturday, "))
        True
    """
    return re.compile(
        rf"(?<!\w)(?:{_post_words('posted')})\s+"
        rf"(?:{_post_words('date_prepositions')})\s+(?:\w+,?\s+)?$",
        re.IGNORECASE,
    )


@cache
def posted_passive() -> re.Pattern[str]:
    """ "wurde (…) am" (and a weekday) ending the text before a date.

    Example:
        >>> bool(posted_passive().search("Dieser Beitrag wurde am Samstag, "))
        True
    """
    return re.compile(
        rf"(?<!\w)(?:{_post_words('passive')})\s+(?:\w+\s+)?am\s+(?:\w+,?\s+)?$",
        re.IGNORECASE,
    )


@cache
def posted_after() -> re.Pattern[str]:
    """The participle ("veröffentlicht") closing "wurde am <date> …" within 30 characters.

    Example:
        >>> bool(posted_after().search(" um 10:00 Uhr veröffentlicht"))
        True
    """
    return re.compile(
        rf"^[^.!?]{{0,30}}?(?<!\w)(?:{_post_words('posted_after')})(?!\w)", re.IGNORECASE
    )


@cache
def posting_words() -> tuple[str, ...]:
    """The words :func:`posted_before` and :func:`posted_passive` need, as plain lower-case
    substrings: a text holding none of them is no sentence about the post.

    Example:
        >>> "wurde" in posting_words()
        True
    """
    table = vocabulary("post_sentences")
    return (*table["posted"], *table["passive"])
