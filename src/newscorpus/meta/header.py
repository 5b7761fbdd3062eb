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
from .authors.text.lines import BylineCandidate, best_byline, byline_candidates, byline_scorer
from .dates.choose import DateCandidate, choose_published
from .dates.scored import scored_candidates
from .dates.text import DATED_WORDS, blocks_with_year, text_date_candidates
from .dates.url import date_from_url, month_from_url
from .partial import Found, MetaFields
from .titles.scorer import TitleScorer, title_scorer
from .titles.text import TitleCandidate, best_title, may_be_title, score_titles

__all__ = ["header_byline_candidates", "header_title_candidates", "read_header"]

# Verdicts a header block may carry and still be read as a headline: a title is short, may sit
# in a run of short lines, may be printed twice, and lies outside the body run.
_HEADLINE_OK = frozenset({rule_names.OUTSIDE_BODY, rule_names.NAV_RUN, rule_names.REPEATED_BLOCK})
# Verdicts the walk steps over without stopping.
_SKIPPABLE = frozenset(
    {rule_names.SHARE_PROMPT, rule_names.IMAGE_CAPTION, rule_names.NEWSLETTER_PROMPT}
)
_CAPTION_TAGS = frozenset({"figcaption", "caption"})
_MAX_HEADLINES = 2
_WALK_REACH = 15  # blocks above the body within which the walk's headline stands untested
_DATE_WINDOW = 3


def read_header(
    classified: Classified,
    options: MetaOptions | None = None,
    *,
    url: str | None = None,
    score_dates: bool = False,
) -> Found:
    """Read title, subtitle, section, date and byline from the header cluster of a page.

    Args:
        classified: the page's blocks and their verdicts.
        options: how dates are read and how sure a headline must be (``title_bar``).
        url: the page's address, whose path often spells the headline's words.
        score_dates: let every day the page prints compete for the publication date
            (:mod:`newscorpus.meta.dates.scored`), as for a plain-text page; else the header's
            date line and the other date lines are the candidates, for the final choice among
            the markup's dates.

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
    found_in = (values, evidence, consumed)
    _take_titles(classified, headlines, (opts, url), (values, evidence, consumed))
    first = headlines[0][0].index if headlines else start
    window = [b for b in blocks[max(0, first - _DATE_WINDOW) : start] if _dateable(b, classified)]
    _take_byline(window, values, evidence, consumed)
    if "authors" not in values:
        _take_byline(_byline_reach(classified, first, start), values, evidence, consumed)
    if "authors" not in values:
        headline = headlines[0][0].index if headlines else None
        candidates = byline_candidates(classified, headline=headline, url=url)
        _take_scored_byline(candidates, opts, found_in)
    # Dates: the same window, reaching further back over the share buttons and captions the
    # walk stepped over when no headline was found.
    low = max(0, min(first, start - len(skipped)) - _DATE_WINDOW)
    date_window = [b for b in blocks[low:start] if _dateable(b, classified)]
    # The blocks with a year: both date readings search them (found once, a scan of the page).
    dated = blocks_with_year(blocks, DATED_WORDS)
    _take_date((date_window, dated), classified, (opts, url), (values, evidence, consumed))
    if score_dates:
        title = evidence["title"].block if "title" in values else None
        if title is None and headlines:
            title = headlines[0][0].index
        _score_date((classified, dated), title, opts, found_in)
    for block in skipped:
        consumed.setdefault(block.index, "header")
    return Found(values=values, evidence=evidence, consumed=consumed)


def header_title_candidates(
    classified: Classified, *, url: str | None = None, scorer: TitleScorer | None = None
) -> list[TitleCandidate]:
    """The headline candidates of a page's header, scored (see ``newscorpus.meta.titles.text``),
    with the header walk's own title and subtitle marked among their features.

    Args:
        classified: the page's blocks and their verdicts.
        url: the page's address.
        scorer: the weights; the shipped ones when None.

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Menu\\n\\nFerries return\\n\\n" + "The ferries came back to the port today. " * 3
        >>> [c.block.text for c in header_title_candidates(classify(text_to_blocks(page)))]
        ['Ferries return']
    """
    start = classified.start if classified.start is not None else len(classified.blocks)
    headlines, _ = _walk_back(classified, start)
    return score_titles(classified, url=url, walked=_walked(headlines), scorer=scorer)


def header_byline_candidates(
    classified: Classified, *, url: str | None = None
) -> list[BylineCandidate]:
    """The byline candidates of a page's text (see ``newscorpus.meta.authors.text.lines``), with
    the header walk's headline as the place they are measured from; unscored.

    Args:
        classified: the page's blocks and their verdicts.
        url: the page's address (a name spelled in it is a feature).

    Example:
        >>> from newscorpus.blocks import text_to_blocks
        >>> from newscorpus.clean import classify
        >>> page = "Ferries return\\n\\nBy\\n\\nAnn Lee\\n\\n" + "The ferries came back today. " * 5
        >>> [c.names for c in header_byline_candidates(classify(text_to_blocks(page)))]
        [('Ann Lee',)]
    """
    start = classified.start if classified.start is not None else len(classified.blocks)
    headlines, _ = _walk_back(classified, start)
    headline = headlines[0][0].index if headlines else None
    return byline_candidates(classified, headline=headline, url=url)


def _walked(headlines: Sequence[tuple[Block, ...]]) -> tuple[int, int | None]:
    """The block indexes of the walk's title and subtitle (``-1`` and None when missing)."""
    title = headlines[0][0].index if headlines else -1
    subtitle = headlines[1][0].index if len(headlines) > 1 else None
    return title, subtitle


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
    classified: Classified,
    headlines: Sequence[tuple[Block, ...]],
    page: tuple[MetaOptions, str | None],
    found: tuple[MetaFields, dict[str, Evidence], dict[int, str]],
) -> None:
    """The best-scoring headline candidate as the title when it reaches the bar, else no title
    and the candidate with its score in the evidence; the walk's subtitle when the title is the
    walk's own. The walk's headline blocks are header either way.

    Without the URL's words the scorer is weak (half A: token F1 0.28 at its bar), so on a page
    given without its URL the headline just above the body stands when it passes the
    candidates' own tests (and nothing is scored); only when it fails are the others scored."""
    opts, url = page
    _, evidence, consumed = found
    for copies, role in zip(headlines, ("title", "subtitle"), strict=False):
        for copy in copies:
            consumed[copy.index] = role
    if not url and headlines and _walk_title_holds(classified, headlines[0][0]):
        _set_title(headlines, headlines[0][0], "headline-above-body", found)
        return
    scorer = title_scorer(with_url=bool(url))
    bar = scorer.bar if opts.title_bar is None else opts.title_bar
    best = best_title(score_titles(classified, url=url, walked=_walked(headlines), scorer=scorer))
    if best is None:
        return
    if best.score < bar:
        evidence["title"] = Evidence(
            source="text:header",
            rule=f"below-bar:{best.score:.3f}<{bar:.2f}",
            raw=best.block.text,
            block=best.block.index,
        )
        return
    _set_title(headlines, best.block, f"scored:{best.score:.3f}", found)


def _walk_title_holds(classified: Classified, block: Block) -> bool:
    """Whether the walk's headline is near the body (:data:`_WALK_REACH`) and passes the
    candidates' tests."""
    start = classified.start if classified.start is not None else len(classified.blocks)
    return start - block.index <= _WALK_REACH and may_be_title(block, classified)


def _set_title(
    headlines: Sequence[tuple[Block, ...]],
    block: Block,
    rule: str,
    found: tuple[MetaFields, dict[str, Evidence], dict[int, str]],
) -> None:
    values, evidence, consumed = found
    values["title"] = block.text
    evidence["title"] = Evidence(source="text:header", rule=rule, raw=block.text, block=block.index)
    consumed[block.index] = "title"
    if len(headlines) > 1 and headlines[0][0].index == block.index:
        dek = headlines[1][0]
        values["subtitle"] = dek.text
        evidence["subtitle"] = Evidence(
            source="text:header", rule="line-under-headline", raw=dek.text, block=dek.index
        )


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


_BYLINE_REACH = 12
_BODY_BYLINE = 2  # the body's first blocks: a byline printed under the lead picture


def _byline_reach(classified: Classified, first: int, start: int) -> list[Block]:
    """Where a byline is looked for when the header cluster holds none: the blocks above the
    body further up than the cluster, nearest first (a site may print the byline above a
    teaser image, a kicker and share buttons), never in a list of other pages or small print.
    A byline line that starts with its prefix ("By", "Von", "Por") is rare anywhere else."""
    low = max(0, start - _BYLINE_REACH)
    high = max(low, first - _DATE_WINDOW)
    above = [b for b in reversed(classified.blocks[low:high]) if _dateable(b, classified)]
    return above + list(classified.blocks[start : start + _BODY_BYLINE])


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


def _take_scored_byline(
    candidates: Sequence[BylineCandidate],
    opts: MetaOptions,
    found: tuple[MetaFields, dict[str, Evidence], dict[int, str]],
) -> None:
    """The best-scoring byline candidate's names as the authors when it reaches the bar, else
    no authors and the candidate with its score in the evidence."""
    best = best_byline(candidates)
    if best is None:
        return
    values, evidence, _ = found
    bar = byline_scorer().bar if opts.byline_bar is None else opts.byline_bar
    text = best.block.text
    if best.score < bar:
        rule = f"below-bar:{best.score:.2f}<{bar:.2f}"
        evidence["authors"] = Evidence(
            source="text:header", rule=rule, raw=text, block=best.block.index
        )
        return
    values["authors"] = best.names
    rule = f"scored:{best.kind}:{best.score:.2f}"
    # The line is not taken out of the body: a name line is scored, not sure enough to cut.
    evidence["authors"] = Evidence(
        source="text:header", rule=rule, raw=text, block=best.block.index
    )


def _take_date(
    blocks: tuple[Sequence[Block], Sequence[Block]],
    classified: Classified,
    page: tuple[MetaOptions, str | None],
    found: tuple[MetaFields, dict[str, Evidence], dict[int, str]],
) -> None:
    """The date line of the header ``window`` and the others as candidates (``dated``: the
    page's blocks with a year)."""
    values, evidence, consumed = found
    opts, url = page
    window, dated = blocks
    candidates = text_date_candidates(classified, window, opts, dated=dated)
    values["date_candidates"] = (*candidates, *_url_dates(url, opts))
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


def _score_date(
    page: tuple[Classified, Sequence[Block]],
    title: int | None,
    opts: MetaOptions,
    found: tuple[MetaFields, dict[str, Evidence], dict[int, str]],
) -> None:
    """The page's days compete (see :mod:`newscorpus.meta.dates.scored`): the winner above the
    bar replaces the rules' choice, and below it the page is left undated."""
    values, evidence, _ = found
    classified, dated = page
    byline = evidence["authors"].block if "authors" in evidence else None
    candidates, below = scored_candidates(
        classified,
        values.get("date_candidates", ()),
        title=title,
        byline=byline,
        options=opts,
        dated=dated,
    )
    values["date_candidates"] = candidates
    values.pop("published", None)
    evidence.pop("published", None)
    chosen = next((c for c in candidates if c.kind == "published" and c.date), None)
    if chosen is not None and chosen.date is not None:
        values["published"] = chosen.date
        evidence["published"] = chosen.evidence()
    elif below is not None:
        evidence["published"] = below


def _url_dates(url: str | None, opts: MetaOptions) -> tuple[DateCandidate, ...]:
    """The dates the page's URL spells (a full date, else a year and month), for the final
    choice among all sources: a site's header prints today's date, a URL the story's own."""
    if not url:
        return ()
    found = date_from_url(url, opts) or month_from_url(url, opts)
    return () if found is None else (found,)


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
