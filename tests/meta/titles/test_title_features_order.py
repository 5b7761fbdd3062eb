"""The title features written straight into a tuple are the ones a {name: value} dict, picked
in the order of FEATURES, gave: the plain definition is kept here and compared on every
candidate of generated pages."""

from __future__ import annotations

import inspect
import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import rule_names
from newscorpus.blocks import Block, text_to_blocks
from newscorpus.clean import classify
from newscorpus.clean.classify import Classified
from newscorpus.meta.titles import text as titles_text
from newscorpus.meta.titles.overlap import shared_words
from newscorpus.meta.titles.scorer import FEATURES


def _plain_features(
    block: Block, rank: int, classified: Classified, context: titles_text._PageContext
) -> tuple[float, ...]:
    """The definition the tuple replaced: a dict by name, its values picked in FEATURES' order."""
    text = block.text
    tokens = text.split()
    content = context.content(block)
    size = max(len(content), 1)
    verdict = classified.verdicts.get(block.index)
    rule = verdict.rule if verdict else None
    blocks = classified.blocks
    stripped = text.rstrip("\"'”’»)")
    above = context.start - block.index
    in_slug, slug_hit = shared_words(content, context.slug)
    in_dirs, _ = shared_words(content, context.directories)
    after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    before = blocks[block.index - 1] if block.index > 0 else None
    repeated = context.repeated(text)
    meta_at = titles_text._meta_at
    nav = titles_text._NAMED_NAV
    values = {
        "walk_title": float(block.index == context.walked[0]),
        "walk_subtitle": float(block.index == context.walked[1]),
        "distance": math.log1p(max(0, above)),
        "char_distance": math.log1p(context.chars.get(block.index, 0)) / 10,
        "far": float(above > titles_text._FAR),
        "in_body": float(above <= 0),
        "rank": min(rank, 10) / 10,
        "log_words": math.log(max(block.words, 1)),
        "one_word": float(block.words == 1),
        "short": float(block.words <= 3),
        "long": float(block.words > 15),
        "end_period": float(stripped.endswith(".")),
        "end_question": float(stripped.endswith(("?", "!"))),
        "end_colon": float(stripped.endswith(":")),
        "all_caps": float(text.isupper()),
        "capitalised": sum(map(str.isupper, [t[0] for t in tokens])) / max(len(tokens), 1),
        "digits": sum(map(str.isdigit, text)) / max(len(text), 1),
        "has_year": float(
            titles_text._DIGIT.search(text) is not None
            and titles_text._YEAR.search(text) is not None
        ),
        "separators": float(bool(titles_text._SEPARATORS.search(text))),
        "commas": min(text.count(",") + text.count("，"), 3) / 3,
        "repeated": float(repeated),
        "repeated_long": float(block.words >= 4 and repeated),
        "contained": float(context.contained(text)),
        "next_meta": float(meta_at(block.index + 1, blocks, context.meta)),
        "prev_meta": float(meta_at(block.index - 1, blocks, context.meta)),
        "next_long": float(after is not None and after.words > 15),
        "prev_short": float(before is not None and before.words <= 3),
        "next_is_start": float(block.index + 1 == context.start),
        "page_title": context.page_title(block),
        "top_line": float(block.index == 0),
        "body_overlap": len(content & context.body_words) / size,
        "url_overlap": (in_slug + in_dirs) / size,
        "slug_overlap": in_slug / size,
        "slug_cover": slug_hit / max(len(context.slug), 1),
        "dir_overlap": in_dirs / size,
        "dir_only": float(bool(in_dirs) and not in_slug and in_dirs == len(content)),
        "no_url": float(not context.has_url),
        "interface": context.interface(block),
        "named_outside": float(rule == rule_names.OUTSIDE_BODY),
        "named_nav": float(rule in nav),
        "named_other": float(
            rule is not None and rule != rule_names.OUTSIDE_BODY and rule not in nav
        ),
    }
    assert tuple(values) == FEATURES
    return tuple(values[name] for name in FEATURES)


def _compare(page: str, url: str | None, walked: tuple[int, int | None]) -> None:
    classified = classify(text_to_blocks(page))
    context = titles_text._context(classified, url, walked)
    for rank, block in enumerate(classified.blocks):
        fast = titles_text.title_features(block, rank, classified, context)
        assert fast == _plain_features(block, rank, classified, context)
        assert [type(v) for v in fast] == [float] * len(FEATURES)


def test_each_value_stands_under_its_own_name_in_the_source() -> None:
    source = inspect.getsource(titles_text.title_features)
    named = re.findall(r"\),?  # (\w+)$|,  # (\w+)$|\(  # (\w+)$", source, re.MULTILINE)
    assert tuple(next(filter(None, groups)) for groups in named) == FEATURES


def test_a_plain_page_gives_the_same_features() -> None:
    page = (
        "Home | News | Sport\n\nFerries Return To The Port, Again?\n\n"
        "By Ann Lee | 4 March 2024\n\nFerries Return To The Port, Again?\n\n"
        + "The ferries came back to the port today, after 2023's long storms. "
        * 6
    )
    _compare(page, "https://example.org/news/ferries-return-to-the-port", (1, 2))
    _compare(page, None, (-1, None))


_WORDS = st.sampled_from(
    [
        "Ferries", "return", "to", "the", "port", "By", "Ann", "Lee", "2024", "04.03.2024",
        "|", "»", "-", "NEWS", "Home", "Sport", "news", "today.", "again?", "Read:", "more,",
        "“Quote”", "Übersicht", "港口", "12", "the port.", "Share", "",
    ]
)  # fmt: skip
_LINES = st.lists(_WORDS, min_size=1, max_size=20).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(_LINES, min_size=1, max_size=25),
    url=st.sampled_from([None, "https://example.org/news/ferries-return-to-the-port", "x"]),
    walked=st.tuples(st.integers(-1, 8), st.none() | st.integers(0, 8)),
)
def test_generated_pages_give_the_same_features(
    lines: list[str], url: str | None, walked: tuple[int, int | None]
) -> None:
    _compare("\n\n".join(lines), url, walked)


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_the_same_features(page: str) -> None:
    _compare(page, "https://example.org/a/b-c", (0, None))
