"""The metadata sources: one Protocol, a registry of named sources in precedence order, the page
view they share, and the declared fields of their typed partial result."""

from __future__ import annotations

import importlib

import attrs
import pytest

from newscorpus import extract_html, extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.extract import hints_to_found
from newscorpus.htmlblocks import parse_html
from newscorpus.meta import (
    FIELDS,
    SOURCES,
    Found,
    MetaFields,
    NamedSource,
    PageView,
    merge_sources,
    read_record,
    read_sources,
)
from newscorpus.meta.sources import dated_results
from newscorpus.options import MetaOptions
from newscorpus.testing import sample_pages

# the module, not the function ``newscorpus.extract`` that the package exports under its name
extract_module = importlib.import_module("newscorpus.extract")

_PAGE = (
    "Bridge reopens\n\nBy Ann Lee\n\n"
    "The old bridge reopened on Monday after two years of repairs and a long wait.\n\n"
    "Traffic is expected to return to normal levels by the end of the week."
)


def _desk(view: PageView) -> Found:
    return Found(values={"section": "Local desk", "title": "Desk title"})


def _views(name: str, page: str) -> PageView:
    """Both stages of the registered sources run over one sample page, as extraction runs them."""
    html = parse_html(page) if name.endswith(".html") else None
    blocks = html.blocks if html is not None else text_to_blocks(page)
    view = PageView(
        blocks=blocks,
        options=MetaOptions(),
        html=html,
        hints={"title": "Given", "authors": "Ann Lee", "date": "2024-01-02"},
    )
    view = read_sources(view, stage="page")
    view = attrs.evolve(view, classified=classify(blocks))
    return read_sources(view, stage="body")


def test_registry_names_are_unique_and_in_precedence_order() -> None:
    names = [source.name for source in SOURCES]
    assert len(names) == len(set(names))
    assert names[:3] == ["record", "markup", "header"]
    assert names[-1] == "nearby-authors"
    assert {source.stage for source in SOURCES} == {"page", "body"}
    # the sources read before cleaning come first: their results steer it
    stages = [source.stage for source in SOURCES]
    assert stages == sorted(stages, key=lambda stage: stage != "page")


def test_every_field_a_source_returns_is_declared() -> None:
    assert frozenset(MetaFields.__annotations__) == FIELDS
    seen: set[str] = set()
    for name, page in sample_pages().items():
        view = _views(name, page)
        assert set(view.results) == {source.name for source in SOURCES}
        for source_name, found in view.results.items():
            assert set(found.values) <= FIELDS, (name, source_name, set(found.values) - FIELDS)
            assert set(found.evidence) <= set(found.values), (name, source_name)
            seen |= set(found.values)
    assert {"title", "authors", "published", "source", "date_candidates"} <= seen


def test_a_custom_source_passed_in_is_merged_in_its_place() -> None:
    blocks = text_to_blocks(_PAGE)
    view = PageView(blocks=blocks, options=MetaOptions(), classified=classify(blocks))
    last = (*SOURCES, NamedSource(name="desk", read=_desk))
    found = merge_sources(read_sources(view, last, stage="body"), last)
    assert found.values["section"] == "Local desk"
    assert found.values["title"] == "Bridge reopens"  # the header comes first
    first = (NamedSource(name="desk", read=_desk), *SOURCES)
    found = merge_sources(read_sources(view, first, stage="body"), first)
    assert found.values["title"] == "Desk title"


def test_a_source_sees_the_results_of_the_sources_before_it() -> None:
    seen: list[object] = []

    def reader(view: PageView) -> Found:
        seen.append(view.result("header").values.get("title"))
        seen.append(view.result("later").values)
        return Found()

    blocks = text_to_blocks(_PAGE)
    view = PageView(blocks=blocks, options=MetaOptions(), classified=classify(blocks))
    sources = (
        *SOURCES,
        NamedSource(name="reader", read=reader),
        NamedSource(name="later", read=_desk),
    )
    read_sources(view, sources, stage="body")
    assert seen == ["Bridge reopens", {}]


def test_a_registered_source_is_run_by_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    before = extract_text(_PAGE)
    assert before.section is None
    monkeypatch.setattr(extract_module, "SOURCES", (*SOURCES, NamedSource(name="desk", read=_desk)))
    after = extract_text(_PAGE)
    assert after.section == "Local desk"
    assert after.title == before.title == "Bridge reopens"
    assert after.provenance.get("section") is None  # the custom source gave no evidence


def test_extraction_runs_only_the_registered_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    html = (
        "<html><head><meta name='author' content='Tom Park'></head><body><p>"
        + _PAGE
        + "</p></body></html>"
    )
    assert extract_html(html).authors == ("Tom Park",)
    without_markup = tuple(source for source in SOURCES if source.name != "markup")
    monkeypatch.setattr(extract_module, "SOURCES", without_markup)
    assert extract_html(html).authors != ("Tom Park",)


def test_the_record_source_is_the_hints() -> None:
    hints = {"title": " Given ", "authors": ["Ann Lee"], "published": "03/04/2024"}
    assert hints_to_found(hints) == read_record(hints, MetaOptions())
    assert read_record({}).values == {}


def test_dated_results_are_the_dated_sources_in_order() -> None:
    view = _views("page.txt", _PAGE)
    dated = dated_results(view)
    assert dated == [view.results[name] for name in ("record", "markup", "header")]
