"""Title, subtitle, section, date and byline from the blocks printed above the body.

News pages print a header cluster just before the body: the headline, maybe a standfirst (dek),
a section label, a date line and a byline, in varying order, with share buttons or an image
caption mixed in. This module walks back from the first body block through that cluster.

* The walk skips date lines, bylines, share prompts, captions and section labels, and collects
  at most two headline-like blocks; it stops at anything else (a nav item, a widget heading such
  as "Popular Articles"). The first collected is the title, the second the subtitle. A title
  printed twice counts once.
* Dates are read only in that cluster (never in "Read also" lists, never from a copyright line).
* A section label is an upper-case word or two printed on the date line or next to the title.

Example:
    >>> from newscorpus.blocks import text_to_blocks
    >>> from newscorpus.clean import classify
    >>> page = ("Trending now\\n\\nCouncil backs the river plan\\n\\nBy Ann Lee\\n\\n"
    ...         "04.03.2024\\n\\n" + "The council voted on Monday to back the new plan. " * 3)
    >>> found = read_header(classify(text_to_blocks(page)))
    >>> found.values["title"], found.values["authors"], found.values["published"].value.date()
    ('Council backs the river plan', ('Ann Lee',), datetime.date(2024, 3, 4))
"""

from __future__ import annotations

from collections.abc import Sequence

from .. import rule_names
from ..article import Evidence
from ..blocks import Block
from ..clean.classify import Classified
from ..clean.phrases import fold
from ..clean.rules import is_sentence_like
from ..options import MetaOptions
from ..shapes.datelines import looks_like_dateline
from .authors.bylines import parse_byline
from .dates.choose import choose_published
from .dates.text import text_date_candidates
from .partial import Found, MetaFields

__all__ = ["read_header"]

# Verdicts a header block may carry and still be read as a headline: a title is short, may sit
# in a run of short lines, may be printed twice, and lies outside the body run.
_HEADLINE_OK = frozenset({rule_names.OUTSIDE_BODY, rule_names.NAV_RUN, rule_names.REPEATED_BLOCK})
# Verdicts the walk steps over without stopping.
_SKIPPABLE = frozenset(
    {rule_names.SHARE_PROMPT, rule_names.IMAGE_CAPTION, rule_names.NEWSLETTER_PROMPT}
)
_CAPTION_TAGS = frozenset({"figcaption", "caption"})
_MAX_HEADLINES = 2
_DATE_WINDOW = 3


def read_header(classified: Classified, options: MetaOptions | None = None) -> Found:
    """Read title, subtitle, section, date and byline from the header cluster of a page.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Monday, March 04, 2024\\n\\nFerries return\\n\\n" + "The ferries came back to the port today. " * 3
        >>> found = read_header(classify(text_to_blocks(page)))
        >>> found.values["title"], found.consumed
        ('Ferries return', {1: 'title', 0: 'dateline'})
    """
    opts = options or MetaOptions()
    blocks = classified.blocks
    start = classified.start if classified.start is not None else len(blocks)
    headlines, skipped = _walk_back(classified, start)
    values: MetaFields = {}
    evidence: dict[str, Evidence] = {}
    consumed: dict[int, str] = {}
    if headlines:
        _take_titles(headlines, values, evidence, consumed)
    first = headlines[0][0].index if headlines else start
    window = [b for b in blocks[max(0, first - _DATE_WINDOW) : start] if _dateable(b, classified)]
    _take_byline(window, values, evidence, consumed)
    # Dates: the same window, reaching further back over the share buttons and captions the
    # walk stepped over when no headline was found.
    low = max(0, min(first, start - len(skipped)) - _DATE_WINDOW)
    date_window = [b for b in blocks[low:start] if _dateable(b, classified)]
    _take_date(date_window, classified, opts, (values, evidence, consumed))
    for block in skipped:
        consumed.setdefault(block.index, "header")
    return Found(values=values, evidence=evidence, consumed=consumed)


def _walk_back(classified: Classified, start: int) -> tuple[list[tuple[Block, ...]], list[Block]]:
    """Collect up to two headline-like blocks (grouping copies), walking back from ``start``."""
    headlines: list[tuple[Block, ...]] = []
    skipped: list[Block] = []
    for block in reversed(classified.blocks[:start]):
        verdict = classified.verdicts.get(block.index)
        rule = verdict.rule if verdict else None
        if (
            block.tag in _CAPTION_TAGS
            or rule in _SKIPPABLE
            or _is_button(block, rule, bool(headlines))
            or _is_meta_line(block)  # the costly test last
        ):
            skipped.append(block)
            continue
        if rule not in _HEADLINE_OK and rule is not None:
            break
        if not _headline_like(block):
            break
        if headlines and fold(headlines[-1][0].text) == fold(block.text):
            headlines[-1] = (block, *headlines[-1])
            continue
        if len(headlines) == _MAX_HEADLINES:
            break
        if headlines and block.words < 3:
            break  # a one- or two-word line above the headline is a menu item, not a title
        headlines.append((block,))
    headlines.reverse()
    return headlines, skipped


def _is_button(block: Block, rule: str | None, after_headline: bool) -> bool:
    """A one- or two-word share or menu button between the header and the body ("Telegram",
    "Facebook"): stepped over until the walk has found the headline, where it would end it."""
    return (
        not after_headline
        and block.words <= 2
        and rule in {rule_names.NAV_RUN, rule_names.NAV_ITEM}
    )


def _is_meta_line(block: Block) -> bool:
    if block.words > 25:
        return False
    return looks_like_dateline(block.text) or parse_byline(block.text) is not None


def _headline_like(block: Block) -> bool:
    text = block.text
    if not 2 <= block.words <= 40 or len(text) > 300:
        return False
    return not (is_sentence_like(text) and text.rstrip("\"'”’»)").endswith("."))


def _take_titles(
    headlines: Sequence[tuple[Block, ...]],
    values: MetaFields,
    evidence: dict[str, Evidence],
    consumed: dict[int, str],
) -> None:
    title_copies = headlines[0]
    values["title"] = title_copies[0].text
    evidence["title"] = Evidence(
        source="text:header",
        rule="headline-above-body",
        raw=title_copies[0].text,
        block=title_copies[0].index,
    )
    for copy in title_copies:
        consumed[copy.index] = "title"
    if len(headlines) > 1:
        dek = headlines[1][0]
        values["subtitle"] = dek.text
        evidence["subtitle"] = Evidence(
            source="text:header", rule="line-under-headline", raw=dek.text, block=dek.index
        )
        for copy in headlines[1]:
            consumed[copy.index] = "subtitle"


# Lists of other pages and small print: a date there is never the article's.
_NOT_DATEABLE = frozenset(
    {
        rule_names.RELATED_LIST,
        rule_names.COPYRIGHT_LINE,
        rule_names.LEGAL_LINE,
        rule_names.COOKIE_NOTICE,
    }
)


def _dateable(block: Block, classified: Classified) -> bool:
    verdict = classified.verdicts.get(block.index)
    return verdict is None or verdict.rule not in _NOT_DATEABLE


def _take_byline(
    window: Sequence[Block],
    values: MetaFields,
    evidence: dict[str, Evidence],
    consumed: dict[int, str],
) -> None:
    for block in window:
        if block.words > 25:
            continue
        byline = parse_byline(block.text)
        if byline is None or not byline.authors:
            continue
        values["authors"] = byline.authors
        evidence["authors"] = Evidence(
            source="text:header", rule=f"byline:{byline.rule}", raw=block.text, block=block.index
        )
        if byline.publisher:
            values["source"] = byline.publisher
            evidence["source"] = Evidence(
                source="text:header", rule="byline-publisher", raw=block.text, block=block.index
            )
        if byline.organisations:
            values["organisations"] = byline.organisations
        consumed[block.index] = "byline"
        return


def _take_date(
    window: Sequence[Block],
    classified: Classified,
    opts: MetaOptions,
    found: tuple[MetaFields, dict[str, Evidence], dict[int, str]],
) -> None:
    values, evidence, consumed = found
    candidates = text_date_candidates(classified, window, opts)
    values["date_candidates"] = tuple(candidates)
    header = [c for c in candidates if c.source == "text:header"]
    if not header:
        return
    block = next(b for b in window if b.index == header[0].block)
    consumed.setdefault(block.index, "dateline")
    published = choose_published(header)
    if published is None or published.date is None:
        return
    values["published"] = published.date
    evidence["published"] = published.evidence()
    section = _section_prefix(block.text[: published.date.start])
    if section:
        values["section"] = section
        evidence["section"] = Evidence(
            source="text:header", rule="label-before-date", raw=block.text, block=block.index
        )


_WEEKDAY_HINTS = (
    "day",
    "tag",
    "di",
    "dı",
    "дельник",
    "ник",
    "ница",
    "среда",
    "суббота",
    "воскресенье",
)


def _section_prefix(prefix: str) -> str | None:
    """An upper-case label of one to three words printed before a date on the same line."""
    label = prefix.strip().strip("-–—|:,•·").strip()
    words = label.split()
    if not 1 <= len(words) <= 3 or not label.isupper() or any(ch.isdigit() for ch in label):
        return None
    if label.casefold().endswith(_WEEKDAY_HINTS) and len(words) == 1 and len(label) <= 11:
        return None  # "MONDAY" is part of the date, not a section
    return label
