"""Date candidates printed in the page's text: the date line near the headline, and date lines
elsewhere on the page (outside lists of other articles, teaser cards nested as ``<article>``
in the article, copyright and legal lines, and the masthead's clock above the site's menu).

A label before the date says its kind: "Updated", "Aktualisiert", "mis à jour", "обновлено"… make
it ``modified``, never published; an event label ("Termin:", "Deadline:"), a span's end ("available
until") or a document's version ("Version 3, 29 June 2007") makes it ``other``. Date lines elsewhere
are short date-only or labelled lines, a press release's place and date, or a blog's sentence about
the post ("This entry was posted on … and is filed under …"). A relative date ("3 hours ago") is
resolved against ``MetaOptions.reference_time``, else kept as an unresolved ``relative`` one.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> page = ("Ferries return\\n\\nPublished 4 March 2024, updated 5 March 2024\\n\\n"
    ...         + "The ferries came back to the port today after the storm. " * 3)
    >>> classified = classify(text_to_blocks(page))
    >>> [(c.kind, c.date.value.day) for c in text_date_candidates(classified, classified.blocks[:2])]
    [('published', 4), ('modified', 5)]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate

import attrs

from ... import rule_names
from ...blocks import Block
from ...clean.classify import Classified
from ...clean.thresholds import THRESHOLDS
from ...options import MetaOptions
from ...shapes.datelines import looks_like_dateline
from ...shapes.dates import ParsedDate, find_dates
from ...shapes.relative import day_words_pattern, find_relative
from .bounds import dates_as
from .choose import DateCandidate, DateKind
from .labels import (
    date_labels_pattern,
    post_sentence,
    posted_after,
    posted_before,
    posted_passive,
    posting_words,
    publication_label,
    published_label,
    until_label,
    updated_label,
)
from .precedence import rank_of

__all__ = ["blocks_with_year", "date_kind", "text_date_candidates"]

# Lists of other pages, legal small print and comments: their dates are never the article's.
_NOT_ARTICLE = frozenset(
    {
        rule_names.RELATED_LIST,
        rule_names.COPYRIGHT_LINE,
        rule_names.LEGAL_LINE,
        rule_names.COOKIE_NOTICE,
        rule_names.COMMENT_SECTION,
        rule_names.COMMENT_WIDGET,
        rule_names.NEWSLETTER_PROMPT,
    }
)
# A label that dates an event the page announces, not the page: "Termin: 15.11.2021",
# "Release: 10.11.2023", "Deadline: 1 May 2024".
_EVENT = re.compile(
    r"(?<!\w)(?:termin|veranstaltung|event|deadline|release|anmeldeschluss|einsendeschluss|"
    r"bewerbungsschluss|date\s+de\s+l'événement|fecha\s+del\s+evento)\s*:[^\d:]{0,20}$",
    re.IGNORECASE,
)
# A document's version and its date ("Version 3, 29 June 2007", "Fassung 2.1 vom 1. März
# 2020"): the day that version of a licence, a standard or a policy was issued, not the page's.
_VERSION = re.compile(
    r"(?<!\w)(?:version|fassung|versión|versione|versão|versie|wersja)\s{1,3}v?\d{1,3}"
    r"(?:\.\d{1,3}){0,3}\s{0,3}(?:[,:–—-]|vom|du|del|de|of|from|van|z)?\s{0,3}$",
    re.IGNORECASE,
)
_MAX_WORDS = 30
_PLACE_WORDS = 10
# Place names before a press release's date: capitalised words, "am", "an der", "|", "/".
_PLACE = re.compile(
    r"\s*[^\W\d_][^\d,;:!?()]{1,60},\s*(?:den|le|el|il|em|am|on)?\s*", re.IGNORECASE
)
# A relative date counts only on a short line of its own ("3 hours ago", "Updated yesterday"):
# in a sentence, "hier" or "today" is just a word.
_RELATIVE_WORDS = 6
_LEAD_CHARS = 80
_LEAD_WORDS = 4
_SHORT_LINE = 12
_YEAR = re.compile(r"(?:19|20)\d\d|\d\.\d\d(?!\d)|\d/\d\d?/\d\d(?!\d)")  # "10.12.19", "2/11/23"
# What each form of ``_YEAR`` holds, each led by a literal (a fast scan for the regex engine).
_CENTURIES = (re.compile(r"19\d\d"), re.compile(r"20\d\d"))
_SHORT_YEARS = re.compile(r"[./]\d\d")
_LEAD_BEFORE = 10
_LEAD_AFTER = 5  # a teaser, a photo credit and a byline may come before the dated paragraph
_LEAD_MIN_WORDS = 8
DATED_WORDS = 80  # the scored days read the same blocks for their days
_LABEL_WORDS = 4

_ASIDE_ATTRS = frozenset({"related", "comment", "comments", "sidebar"})
_ASIDE_ATTRS_BUT_SIDEBAR = _ASIDE_ATTRS - {"sidebar"}


def date_kind(prefix: str) -> DateKind:
    """What the words before a date make it: ``other`` after an event, version or "until"
    label, ``modified`` after an update label, else ``published``.

    Example:
        >>> date_kind("Updated 10:05 AM ET,"), date_kind("Termin: "), date_kind("By Ann Lee, ")
        ('modified', 'other', 'published')
        >>> date_kind("Updated20:49, "), date_kind("Verfügbar bis ")  # glued; an expiry
        ('modified', 'other')
    """
    # A time between label and date ("Updated 10:05 AM ET, Thu Nov 9, 2023"; "Updated20:49")
    # leaves the label in charge: no word boundary before the hour, as markup glues them.
    last = _CLOCK.sub(" ", prefix[-60:])[-40:]
    if _EVENT.search(last) or _VERSION.search(last) or until_label().search(last):
        return "other"
    return "modified" if updated_label().search(last) else "published"


_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?", re.IGNORECASE)


def _block_candidates(
    block: Block, opts: MetaOptions, source: str, rule: str
) -> list[DateCandidate]:
    dates = dates_as(block.text, opts)
    relative = {r.start for r in find_relative(block.text)}
    dates = [d for d in dates if d.start not in relative or _stands_alone(block.text, d.text)]
    found = [
        DateCandidate(
            date=date,
            kind=date_kind(block.text[: date.start]),
            source=source,
            rule=rule,
            raw=block.text,
            rank=rank_of(source, rule),
            block=block.index,
        )
        for date in dates
    ]
    if not found and opts.reference_time is None:
        found = [
            DateCandidate(
                date=None,
                kind="relative",
                source=source,
                rule="relative-unresolved",
                raw=rel.text,
                rank=rank_of(source, "relative-unresolved"),
                block=block.index,
            )
            for rel in find_relative(block.text)
            if _stands_alone(block.text, rel.text)
        ]
    return found


_DIGIT_LINE = re.compile(r"\d[^\n]*")  # a line's first digit, and the rest of the line


def _may_be_dated(texts: Sequence[str]) -> set[int]:
    """The positions of the ``texts`` where :func:`_block_candidates` may find a date: every
    absolute date and every number-unit relative one ("3 hours ago") holds a digit, the rest a
    day word ("yesterday", "heute"). The header window of a page whose headline is not found
    is the whole page: the texts are joined and searched once (neither a digit nor a day word
    spans a line break, and a line break stands where a text's ends would for the words'
    lookarounds), instead of looking for dates block by block.

    Example:
        >>> sorted(_may_be_dated(["Menu", "3 May 2024", "Updated yesterday", "The end"]))
        [1, 2]
    """
    joined = "\n".join(texts)
    starts = list(accumulate([len(text) + 1 for text in texts], initial=0))
    found = {bisect_right(starts, m.start()) - 1 for m in _DIGIT_LINE.finditer(joined)}
    found.update(bisect_right(starts, m.start()) - 1 for m in day_words_pattern().finditer(joined))
    return found


def _stands_alone(text: str, span: str) -> bool:
    """Whether a relative date is the line itself ("3 hours ago", "Updated: yesterday"), not a
    word in a sentence ("Sie sind hier", "the vote today")."""
    if len(text.split()) > _RELATIVE_WORDS:
        return False
    rest = date_labels_pattern().sub(" ", text.replace(span, " "))
    return sum(ch.isalnum() for ch in rest) <= sum(ch.isalnum() for ch in span)


def text_date_candidates(
    classified: Classified,
    window: Sequence[Block],
    options: MetaOptions | None = None,
    *,
    dated: Sequence[Block] | None = None,
) -> list[DateCandidate]:
    """Date candidates from the header ``window`` (the first dated block, rank 24) and from the
    first date line elsewhere on the page (rank 60; 40 when labelled as the publication date).

    Args:
        classified: the classified blocks of the page.
        window: the blocks around the headline where a date line is expected.
        options: reference time, year floor, future dates, day-first reading.
        dated: the page's blocks with a year (:func:`blocks_with_year`, 80 words at most).

    Returns:
        The candidates, header first.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Storm hits\\n\\n3 hours ago\\n\\n" + "The storm hit the coast before dawn today. " * 3
        >>> classified = classify(text_to_blocks(page))
        >>> [(c.kind, c.raw) for c in text_date_candidates(classified, classified.blocks[:2])]
        [('relative', '3 hours ago')]
    """
    opts = options or MetaOptions()
    found: list[DateCandidate] = []
    relative: list[DateCandidate] = []
    updates: list[DateCandidate] = []
    may_be_dated = _may_be_dated([block.text for block in window])
    for position, block in enumerate(window):
        if position in may_be_dated and block.words <= _MAX_WORDS and _readable(block, classified):
            found = _block_candidates(block, opts, "text:header", "date-near-headline")
            if found and found[0].kind == "relative":
                relative, found = relative or found, []
            if found and all(c.kind == "modified" for c in found) and not updates:
                # "Updated …" on a line of its own: the publication line may follow.
                updates, found = found, []
            if found:
                break
    found = updates + (found or relative)
    found.extend(_lead(classified, opts))
    seen = {block.index for block in window}
    dated = blocks_with_year(classified.blocks, DATED_WORDS) if dated is None else dated
    for block in _datelines(classified, seen, dated):
        elsewhere = _block_candidates(block, opts, "text:dateline", "dateline")
        if _publication_label(classified, block):
            elsewhere = [_labelled_up(c) for c in elsewhere]
        found.extend(elsewhere)
        # An "Updated: …" or "Termin: …" line does not end the search for the page's
        # publication date line.
        if any(c.kind not in ("modified", "other") for c in elsewhere):
            break
    return found


def _publication_label(classified: Classified, block: Block) -> bool:
    """Whether a date line is labelled as the page's publication date, by the words before its
    date or by a short label line of its own just before it (``<dt>Published</dt><dd>…``)."""
    dates = find_dates(block.text, allow_future=True, min_year=1)
    if not dates:
        return False
    if publication_label().search(block.text[: dates[0].start].rstrip()):
        return True
    if block.text[: dates[0].start].strip() or block.index == 0:
        return False
    before = classified.blocks[block.index - 1]
    return before.words <= _LABEL_WORDS and bool(publication_label().search(before.text.strip()))


def _labelled_up(candidate: DateCandidate) -> DateCandidate:
    """A date line labelled as the publication date ranks above the generic ``date`` meta tag
    (rank 41): the page names it, where the tag is often the last change."""
    if candidate.kind != "published":
        return candidate
    rule = "labelled-dateline"
    return attrs.evolve(candidate, rank=rank_of("text:dateline", rule), rule=rule)


def _lead(classified: Classified, options: MetaOptions) -> list[DateCandidate]:
    """A date opening a paragraph at the top of the article, the news-agency dateline
    ("BERLIN, 2 March 2024 – …", "(18.01.2018) Farmers…", "Press release of 25 January 2022 |
    Berlin – …"): the first such paragraph among the few around the start of the body."""
    if classified.start is None:
        return []
    start = classified.start
    for block in classified.blocks[max(0, start - _LEAD_BEFORE) : start + _LEAD_AFTER]:
        if block.words < _LEAD_MIN_WORDS or not _readable(block, classified):
            continue
        found = _opening_date(block, options)
        if found is not None:
            return [found]
    return []


def _opening_date(block: Block, options: MetaOptions) -> DateCandidate | None:
    dates = dates_as(block.text[:_LEAD_CHARS], options)
    if not dates:
        return None
    prefix = block.text[: dates[0].start]
    if not _opens(block.text, dates[0]):
        return None
    return DateCandidate(
        date=dates[0],
        kind=date_kind(prefix),
        source="text:lead",
        rule="date-at-lead",
        raw=block.text[:_LEAD_CHARS],
        rank=rank_of("text:lead", "date-at-lead"),
        block=block.index,
    )


def _readable(block: Block, classified: Classified, *, sidebar: bool = False) -> bool:
    verdict = classified.verdicts.get(block.index)
    if verdict is not None and verdict.rule in _NOT_ARTICLE:
        return False
    asides = _ASIDE_ATTRS_BUT_SIDEBAR if sidebar else _ASIDE_ATTRS
    return asides.isdisjoint(block.attr_words)


def _about_this_post(text: str) -> bool:
    """Whether a block is a blog's sentence about the post itself: a date told as this post's
    publication ("posted on …", "wurde am … veröffentlicht") in a sentence that names the post
    ("This entry", "Dieser Beitrag") or its filing ("filed under", "abgelegt"). Such a sentence
    says whose date it is, so it counts wherever the theme puts it (a sidebar included)."""
    if not _may_tell_posting(text) or not post_sentence().search(text):
        return False
    for date in find_dates(text, allow_future=True, min_year=1):
        before, after = text[max(0, date.start - 40) : date.start], text[date.end : date.end + 40]
        if posted_before().search(before) or (
            posted_passive().search(before) and posted_after().search(after)
        ):
            return True
    return False


# The only characters the case-blind regexes match to a letter of the posting words
# (labels.posting_words) that lower() does not turn into it (İ lowers to two characters).
_CASE_ODD = ("İ", "ı", "ſ")


def _may_tell_posting(text: str) -> bool:
    """False only when no posting word is in ``text`` as the case-blind regexes read it."""
    if any(odd in text for odd in _CASE_ODD):
        return True
    low = text.lower()
    return any(word in low for word in posting_words())


def _datelines(classified: Classified, seen: set[int], dated: Sequence[Block]) -> Iterator[Block]:
    """Short blocks that are a date line (a date with at most labels around it) or a labelled
    date ("Posted on 3 May 2013"), outside lists of other articles; and the blog's sentence
    about the post itself ("This entry was posted on … and is filed under …")."""
    for block in dated:  # cheap pre-filter: every dateline has a year
        if (
            block.index not in seen
            and _date_block(block, classified)
            and not _above_the_menu(block, classified)
        ):
            yield block


def _date_block(block: Block, classified: Classified) -> bool:
    text = block.text
    if block.words <= _MAX_WORDS and _readable(block, classified) and not _in_other_item(block):
        dates = find_dates(text, allow_future=True, min_year=1)
        # All three tests read these dates: a block without one is none of them.
        if dates and (looks_like_dateline(text) or _labelled(text, dates) or _placed(text, dates)):
            return True
    if not _readable(block, classified, sidebar=True):
        return False
    return _about_this_post(text) or _labelled_aside(block, classified)


def _labelled_aside(block: Block, classified: Classified) -> bool:
    """Whether a short date line in a sidebar is labelled as the publication date ("Mise en
    ligne" over "23 mai 2019" in a podcast's credits box): the label says whose date it is, as
    the blog's sentence about the post does, so the sidebar does not hide it. Link text is a
    card of another page, not a label of this one."""
    return (
        block.words <= _LABEL_WORDS + 4
        and block.link_density == 0
        and not _in_other_item(block)
        and _publication_label(classified, block)
        and not _labelled_nearby(block, classified)
    )


_NEARBY = 6


def _labelled_nearby(block: Block, classified: Classified) -> bool:
    """Whether another labelled date line stands within a few blocks: a sidebar repeating
    "Published …" is a widget listing other posts, not the credits of this one."""
    low, high = max(0, block.index - _NEARBY), block.index + _NEARBY + 1
    return any(
        other.index != block.index
        and other.words <= _LABEL_WORDS + 4
        and _publication_label(classified, other)
        for other in classified.blocks[low:high]
    )


def _above_the_menu(block: Block, classified: Classified) -> bool:
    """Whether a date line stands above the site's menu, before the article: the masthead's
    clock ("Thursday, 16 February 2012" beside the search box) prints the day of the visit on
    every page of the site. The menu is a run of links right after the date line (at least
    ``_MENU_RUN`` of the next ``_MENU_RUN + 1`` blocks are navigation made of links), all of it
    before the headline and the body: after the headline, such a run is the article's tags."""
    start = classified.start
    if start is None or block.index + _MENU_RUN >= start:
        return False
    following = classified.blocks[block.index + 1 : block.index + _MENU_RUN + 2]
    if sum(1 for after in following if _menu_link(after, classified)) < _MENU_RUN:
        return False
    return all(before.tag != "h1" for before in classified.blocks[: block.index])


def _menu_link(block: Block, classified: Classified) -> bool:
    verdict = classified.verdicts.get(block.index)
    return (
        verdict is not None
        and verdict.rule in _MENU_RULES
        and block.link_density >= THRESHOLDS.menu_links
    )


_MENU_RUN = 5
_MENU_RULES = frozenset({rule_names.NAV_RUN, rule_names.NAV_ITEM, rule_names.MENU_LINE})


def _in_other_item(block: Block) -> bool:
    """Whether a block sits in an ``<article>`` nested in another one: HTML nests an article
    for an item of its own (a teaser card of another story, a comment), so a date line there
    dates that item, not the page."""
    return block.path.split("/").count("article") > 1


def blocks_with_year(blocks: Sequence[Block], max_words: int) -> list[Block]:
    """The blocks of at most ``max_words`` words whose text has a year (``_YEAR``), in order.

    A regex scan of every block costs more than the rest of the header: the texts are joined
    and scanned once for the literal each form of ``_YEAR`` starts with (a hit cannot span two
    blocks: none holds the newline). A "19xx" or "20xx" is a year; a block with only a
    decimal point or a slash before two digits is searched with ``_YEAR``.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> [b.text for b in blocks_with_year(text_to_blocks("Menu\\n\\n3 May 2024"), 10)]
        ['3 May 2024']
    """
    short = [block for block in blocks if block.words <= max_words]
    texts = [block.text for block in short]
    joined = "\n".join(texts)
    starts = list(accumulate([len(text) + 1 for text in texts], initial=0))
    hit: set[int] = set()
    for pattern in _CENTURIES:
        hit.update(bisect_right(starts, m.start()) - 1 for m in pattern.finditer(joined))
    dotted = {bisect_right(starts, m.start()) - 1 for m in _SHORT_YEARS.finditer(joined)}
    hit.update(i for i in dotted - hit if _YEAR.search(texts[i]))
    return [short[i] for i in sorted(hit)]


def _labelled(text: str, dates: Sequence[ParsedDate]) -> bool:
    prefix = text[: dates[0].start]
    if not published_label().search(prefix) and not updated_label().search(prefix):
        return False
    # A short labelled line is a date line; in a longer one the date must open it.
    return len(text.split()) <= _SHORT_LINE or _opens(text, dates[0])


def _placed(text: str, dates: Sequence[ParsedDate]) -> bool:
    """Whether a short line is a press release's place and date, the date closing it
    ("Hofheim | Wiesbaden, 11. November 2021", "Hamburg, den 2. Dezember 2022")."""
    if len(text.split()) > _PLACE_WORDS:
        return False
    if len(dates) != 1 or text[dates[0].end :].strip(" .–-"):
        return False
    return bool(_PLACE.fullmatch(text[: dates[0].start]))


def _opens(text: str, date: ParsedDate) -> bool:
    """Whether ``date`` opens ``text`` as a dateline does: at most a few words before it, and a
    separator, not more of a sentence, after it ("On 2 May 2014, the court…" is narrative)."""
    prefix = text[: date.start]
    if len(prefix.split()) > _LEAD_WORDS or any(mark in prefix for mark in ".!?"):
        return False
    rest = text[date.end :].lstrip()
    after = rest[:1]
    return not (after.isalnum() or after == ",") or _byline_next(rest)


# A byline right after the date ("06.11.2023 13:30 von Olga", "3 May 2019 by Ann Lee"): the
# line is the article's date and author line, not a sentence going on.
_BY_NAME = re.compile(r"(?:von|by|par|por|di|door|av|przez|от)\s+(?P<initial>[^\W\d_])")


def _byline_next(rest: str) -> bool:
    match = _BY_NAME.match(rest)
    return match is not None and match["initial"].isupper()
