"""Text pages' fast paths (blocks built a field at a time) give the same blocks as the plain
definition."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newscorpus.blocks import Block, text_to_blocks


def _plain_text_to_blocks(text: str, segmentation: str) -> list[Block]:
    """text_to_blocks by its plain definition: lines grouped, then each block built by its constructor."""
    groups: list[tuple[int, bool, list[str]]] = []
    blank = True
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            blank = True
            continue
        previous = groups[-1][2][-1] if groups else ""
        wrapped = len(previous) >= 50 and previous[-1] not in '.!?:;"”»)…。！？'
        joins = {"paragraphs": True, "lines": False}.get(
            segmentation, wrapped and line[:1].islower()
        )
        if groups and not blank and joins:
            groups[-1][2].append(line)
        else:
            groups.append((number, blank, [line]))
        blank = False
    return [
        Block(index=i, text=" ".join(parts), line=number, blank_before=gap)
        for i, (number, gap, parts) in enumerate(groups)
    ]


_LINES = st.text(
    alphabet=st.sampled_from(list("ab Cd.\n\r\t\x1f\x0b\u00a0\u2028先日")), max_size=40
)


@given(
    st.lists(st.one_of(_LINES, st.just("x" * 55), st.just("y" * 50 + ".")), max_size=12),
    st.sampled_from(["auto", "lines", "paragraphs"]),
)
def test_text_to_blocks_equals_its_plain_definition(pieces: list[str], segmentation: str) -> None:
    text = "\n".join(pieces)
    made = text_to_blocks(text, segmentation=segmentation)  # type: ignore[arg-type]
    plain = _plain_text_to_blocks(text, segmentation)
    assert made == plain
    assert [b.words for b in made] == [b.words for b in plain]
    assert [attrs.asdict(b) for b in made] == [attrs.asdict(b) for b in plain]
