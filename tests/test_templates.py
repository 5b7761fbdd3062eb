"""Learned site templates: fitting, applying, saving and loading a BoilerplateModel."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from newscorpus import (
    CleanOptions,
    Corpus,
    Document,
    ExtractOptions,
    LoadOptions,
    ModelFileError,
    OptionsError,
    extract,
)
from newscorpus.clean import SiteTemplate, TemplateOptions, fingerprint, site_key
from newscorpus.clean.sites import group_by_similarity, host_of
from newscorpus.templates import BoilerplateModel
from newscorpus.testing import SitePage, make_site_pages

RULE = "learned-template"


@pytest.fixture(scope="module")
def site_pages() -> list[SitePage]:
    return make_site_pages(sites=3, pages=12, seed=7)


@pytest.fixture(scope="module")
def model(site_pages: list[SitePage]) -> BoilerplateModel:
    return BoilerplateModel.fit(p.document() for p in site_pages)


def _with(model: BoilerplateModel | None) -> ExtractOptions:
    return ExtractOptions(clean=CleanOptions(boilerplate=model))


# -- fingerprints and site keys ----------------------------------------------------------------
def test_fingerprint_folds_dates_digits_case_and_punctuation() -> None:
    assert fingerprint("Monday, 4 March 2024") == fingerprint("sunday, 29 NOVEMBER 2026")
    assert fingerprint("Eastfield 13°C") == fingerprint("Eastfield -2°C")
    # Month names are folded only where a digit says the line is a date.
    assert fingerprint("March on") != fingerprint("May on")
    assert fingerprint("Share this story") != fingerprint("Share that story")
    assert fingerprint("* * *") == ""


def test_long_fingerprints_keep_a_head_and_a_hash() -> None:
    long_a, long_b = "word " * 100 + "end one", "word " * 100 + "end two"
    assert fingerprint(long_a) != fingerprint(long_b)
    assert len(fingerprint(long_a)) < 300
    assert fingerprint("word " * 5000) == ""  # a huge block is never a template line


def test_a_huge_block_repeated_on_every_page_is_not_learned() -> None:
    huge = "The same long text. " * 2000
    pages = [f"Home\n\nWorld\n\nSport\n\n{huge}" for _ in range(3)]
    lines = {fp for s in BoilerplateModel.fit(pages).sites for fp, _ in s.lines}
    assert lines == {"home", "world", "sport"}


def test_site_keys_prefer_host_then_source() -> None:
    assert site_key(url="http://www.Example.org/a", source="X") == ("host", "example.org")
    assert site_key(url=None, source=" The  Ledger ") == ("source", "the ledger")
    assert site_key(url="not a url", source=None) is None
    assert host_of("http://[broken") is None


# -- fitting -------------------------------------------------------------------------------------
def test_fit_learns_each_site_by_host(model: BoilerplateModel, site_pages: list[SitePage]) -> None:
    hosts = sorted(s.name for s in model.sites)
    assert hosts == sorted({host_of(p.url) or "" for p in site_pages})
    for site in model.sites:
        assert site.kind == "host" and site.pages == 12
        learned = dict(site.lines)
        assert any(fp.startswith("about us") for fp in learned)  # the per-site about paragraph
        assert all(count >= 3 for count in learned.values())


def test_sites_grouped_by_source_when_no_url(site_pages: list[SitePage]) -> None:
    model = BoilerplateModel.fit(p.document(url=False, source=True) for p in site_pages)
    assert sorted(s.name for s in model.sites) == sorted({p.site.casefold() for p in site_pages})
    assert {s.kind for s in model.sites} == {"source"}


def test_sites_grouped_by_similarity_when_nothing_is_known(site_pages: list[SitePage]) -> None:
    model = BoilerplateModel.fit(p.content for p in site_pages)
    assert {s.kind for s in model.sites} == {"similar"}
    # Every group holds pages of one site only: the learned lines name no other site.
    for site in model.sites:
        about = [fp for fp, _ in site.lines if fp.startswith("about us")]
        assert len(about) <= 1
    assert sum(s.pages for s in model.sites) == len(site_pages)
    assert len([s for s in model.sites if s.lines]) >= 3


def test_similarity_grouping_ignores_shared_generic_lines() -> None:
    generic = {"home": False, "news": False, "sport": False}
    site_a = {"a tagline": False, "a footer": False, "a menu": False, "a contact": False}
    site_b = {"b tagline": False, "b footer": False, "b menu": False, "b contact": False}
    pages = [{**generic, **site_a}, {**generic, **site_b}, {**generic, **site_a}]
    assert group_by_similarity(pages, min_shared=3) == [[0, 2], [1]]


def test_one_page_per_site_learns_nothing() -> None:
    pages = make_site_pages(sites=5, pages=1, seed=3)
    model = BoilerplateModel.fit(p.document() for p in pages)
    assert len(model.sites) == 5
    assert all(s.lines == () for s in model.sites)
    doc = pages[0].document()
    assert extract(doc, options=_with(model)) == extract(doc)


def test_text_unique_to_one_page_is_never_learned() -> None:
    options = TemplateOptions(min_pages=2, min_share=0.01, prose_share=0.01)
    pages = [f"Home\n\nWorld\n\nSport\n\nThe {word} story alone." for word in ("first", "second")]
    model = BoilerplateModel.fit(pages, options)
    learned = {fp for s in model.sites for fp, _ in s.lines}
    assert learned == {"home", "world", "sport"}


def test_long_blocks_need_a_larger_share() -> None:
    prose = "We are an independent newsroom, owned by readers, and we never take money " * 2
    short = "Tips welcome at the desk"
    pages = []
    for i in range(10):
        parts = ["Home", "World", "Sport", f"Story number {'abcdefghij'[i]} here."]
        if i < 3:
            parts += [prose, short]
        pages.append("\n\n".join(parts))
    learned = {fp for s in BoilerplateModel.fit(pages).sites for fp, _ in s.lines}
    assert fingerprint(short) in learned  # 3 of 10 pages: enough for a short line
    assert fingerprint(prose) not in learned  # ... not for a 26-word paragraph (needs half)
    more = [p + "\n\n" + prose for p in pages[3:6]]  # now on 6 of 10 pages
    learned = {
        fp for s in BoilerplateModel.fit(pages[:3] + more + pages[6:]).sites for fp, _ in s.lines
    }
    assert fingerprint(prose) in learned


def test_fit_from_articles_reads_paragraphs_and_removals(site_pages: list[SitePage]) -> None:
    articles = [extract(p.document()) for p in site_pages]
    model = BoilerplateModel.fit(articles)
    assert {s.kind for s in model.sites} == {"host"}
    assert all(s.lines for s in model.sites)


def test_fit_from_blocks_equals_fit_from_text() -> None:
    from newscorpus import text_to_blocks

    pages = [f"Home\n\nWorld\n\nSport\n\nThe {w} story." for w in ("one", "two", "three")]
    from_blocks = BoilerplateModel.fit([text_to_blocks(p) for p in pages])
    assert from_blocks == BoilerplateModel.fit(pages) and from_blocks.sites[0].lines


def test_fit_rejects_other_things() -> None:
    with pytest.raises(OptionsError, match="Documents, Articles, str pages"):
        BoilerplateModel.fit([42])  # type: ignore[list-item]
    with pytest.raises(OptionsError, match="list"):
        BoilerplateModel.fit([["not", "blocks"]])  # type: ignore[list-item]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"min_pages": 1},
        {"min_share": 0},
        {"min_share": 1.5},
        {"min_share": 0.6, "prose_share": 0.5},
        {"prose_words": 0},
        {"min_shared": 0},
        {"min_pages": "3"},
    ],
)
def test_template_options_reject_bad_values(kwargs: dict[str, object]) -> None:
    with pytest.raises(OptionsError):
        TemplateOptions(**kwargs)  # type: ignore[arg-type]


# -- applying --------------------------------------------------------------------------------
def test_model_removes_template_and_keeps_every_body_paragraph(
    model: BoilerplateModel, site_pages: list[SitePage]
) -> None:
    removed_with_model = 0
    for page in site_pages:
        article = extract(page.document(), options=_with(model))
        body = page.body.split("\n\n")
        assert [p for p in article.paragraphs if p in body] == body
        learned = [r for r in article.removed if r.rule == RULE]
        assert all(r.text not in body for r in learned)
        removed_with_model += len(learned)
        for removal in learned:
            site, _, count = removal.detail.partition(": on ")
            assert site == host_of(page.url) and count.endswith("of 12 pages")
    assert removed_with_model > len(site_pages)


def test_model_raises_precision_over_rules_alone(
    model: BoilerplateModel, site_pages: list[SitePage]
) -> None:
    def stray(options: ExtractOptions | None) -> int:
        count = 0
        for page in site_pages:
            body = set(page.body.split("\n\n"))
            count += sum(
                p not in body for p in extract(page.document(), options=options).paragraphs
            )
        return count

    assert stray(None) > 0
    assert stray(_with(model)) < stray(None) / 4


def test_model_applies_to_html_pages_too() -> None:
    pages = make_site_pages(sites=2, pages=8, seed=2, kind="html")
    model = BoilerplateModel.fit(p.document() for p in pages)
    for page in pages:
        article = extract(page.document(), options=_with(model))
        assert any(r.rule == RULE for r in article.removed)
        assert set(page.body.split("\n\n")) <= set(article.paragraphs)


def test_new_page_without_url_is_matched_by_similarity(
    model: BoilerplateModel, site_pages: list[SitePage]
) -> None:
    fresh = make_site_pages(sites=3, pages=14, seed=7)[-1]  # a page the model never saw
    article = extract(fresh.document(url=False), options=_with(model))
    details = {r.detail.split(":")[0] for r in article.removed if r.rule == RULE}
    assert details == {host_of(fresh.url)}


def test_page_from_an_unknown_site_is_left_alone(model: BoilerplateModel) -> None:
    page = "Totally other site\n\nMenu\n\n" + "A story about the harbour and its cranes. " * 3
    assert not any(
        r.rule == RULE
        for r in extract(Document(content=page, kind="text"), options=_with(model)).removed
    )


def test_learned_rule_can_be_disabled(model: BoilerplateModel, site_pages: list[SitePage]) -> None:
    options = ExtractOptions(
        clean=CleanOptions(boilerplate=model, disabled_rules=frozenset({RULE}))
    )
    assert extract(site_pages[0].document(), options=options) == extract(site_pages[0].document())


def test_clean_options_reject_a_non_model() -> None:
    with pytest.raises(OptionsError, match="BoilerplateModel"):
        CleanOptions(boilerplate="model.json")  # type: ignore[arg-type]


# -- saving, loading, pickling ---------------------------------------------------------------
def test_save_load_round_trip(model: BoilerplateModel, tmp_path: Path) -> None:
    target = tmp_path / "model.json"
    model.save(target)
    assert BoilerplateModel.load(target) == model
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["model.json"]  # no temporary file left


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"format": "something-else"}', "not a newscorpus boilerplate model"),
        ('{"format": "newscorpus-boilerplate-model", "version": 99}', "version 99"),
        ('{"format": "newscorpus-boilerplate-model", "version": 1, "options": {}}', "damaged"),
        (
            '{"format": "newscorpus-boilerplate-model", "version": 1, "options": {}, '
            '"sites": [{"kind": "planet", "name": "x", "pages": 3, "lines": []}]}',
            "kind must be",
        ),
        (
            '{"format": "newscorpus-boilerplate-model", "version": 1, "options": {"min_pages": 0}, '
            '"sites": []}',
            "damaged",
        ),
        ("[1, 2]", "not a newscorpus boilerplate model"),
    ],
)
def test_load_errors_name_the_file(tmp_path: Path, content: str, message: str) -> None:
    target = tmp_path / "bad.json"
    target.write_text(content, encoding="utf-8")
    with pytest.raises(ModelFileError, match=message) as caught:
        BoilerplateModel.load(target)
    assert caught.value.path == str(target) and str(target) in str(caught.value)


def test_load_missing_and_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="cannot read"):
        BoilerplateModel.load(tmp_path / "absent.json")
    binary = tmp_path / "model.bin"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ModelFileError, match="UTF-8"):
        BoilerplateModel.load(binary)


def test_model_and_options_pickle(model: BoilerplateModel, site_pages: list[SitePage]) -> None:
    again = pickle.loads(pickle.dumps(model))
    assert again == model
    doc = site_pages[1].document(url=False)
    assert extract(doc, options=_with(again)) == extract(doc, options=_with(model))
    options = pickle.loads(pickle.dumps(LoadOptions(extract=_with(model))))
    assert options.extract.clean.boilerplate == model
    assert hash(CleanOptions(boilerplate=model)) == hash(CleanOptions(boilerplate=again))


def test_site_template_checks_its_fields() -> None:
    with pytest.raises(OptionsError, match="kind"):
        SiteTemplate(kind="planet", name="x", pages=3)  # type: ignore[arg-type]
    with pytest.raises(OptionsError, match="pages"):
        SiteTemplate(kind="host", name="x", pages=0)


def test_site_template_lookup() -> None:
    site = SiteTemplate(kind="source", name="x", pages=4, lines=[("b", 3), ("a", 4)])
    assert site.lines == (("a", 4), ("b", 3)) and site.count("b") == 3 and site.count("z") == 0


# -- corpora ---------------------------------------------------------------------------------
def _write_jsonl(pages: list[SitePage], path: Path) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for page in pages:
            handle.write(json.dumps({"url": page.url, "text": page.content}) + "\n")


def test_corpus_load_learns_boilerplate(site_pages: list[SitePage], tmp_path: Path) -> None:
    _write_jsonl(site_pages, tmp_path / "pages.jsonl")
    plain = Corpus.load(tmp_path / "pages.jsonl")
    learned = Corpus.load(tmp_path / "pages.jsonl", learn_boilerplate=True)

    def stray(corpus: Corpus) -> int:
        return sum(
            len(set(a.paragraphs) - set(p.body.split("\n\n")))
            for a, p in zip(corpus, site_pages, strict=True)
        )

    for article, page in zip(learned, site_pages, strict=True):
        assert set(page.body.split("\n\n")) <= set(article.paragraphs)
    assert stray(learned) < stray(plain) / 4


def test_corpus_load_with_a_saved_model_in_workers(
    model: BoilerplateModel, site_pages: list[SitePage], tmp_path: Path
) -> None:
    _write_jsonl(site_pages[:6], tmp_path / "pages.jsonl")
    model.save(tmp_path / "model.json")
    options = LoadOptions(extract=_with(BoilerplateModel.load(tmp_path / "model.json")))
    corpus = Corpus.load(tmp_path / "pages.jsonl", options=options, workers=2)
    assert all(any(r.rule == RULE for r in a.removed) for a in corpus)


def test_corpus_load_learns_from_saved_articles_too(
    site_pages: list[SitePage], tmp_path: Path
) -> None:
    Corpus(extract(p.document()) for p in site_pages).to_jsonl(tmp_path / "articles.jsonl")
    plain = Corpus.load(tmp_path / "articles.jsonl")
    learned = Corpus.load(tmp_path / "articles.jsonl", learn_boilerplate=True)
    assert learned == plain.clean(BoilerplateModel.fit(plain))
    assert sum(len(a.paragraphs) for a in learned) < sum(len(a.paragraphs) for a in plain)


def test_corpus_load_refuses_two_models(model: BoilerplateModel, tmp_path: Path) -> None:
    _write_jsonl(make_site_pages(sites=1, pages=2), tmp_path / "pages.jsonl")
    with pytest.raises(OptionsError, match="one or the other"):
        Corpus.load(
            tmp_path / "pages.jsonl",
            options=LoadOptions(extract=_with(model)),
            learn_boilerplate=True,
        )


def test_corpus_clean_drops_template_paragraphs(site_pages: list[SitePage]) -> None:
    corpus = Corpus(extract(p.document()) for p in site_pages)
    model = BoilerplateModel.fit(corpus)
    cleaned = corpus.clean(model)
    assert len(cleaned) == len(corpus)
    for before, after, page in zip(corpus, cleaned, site_pages, strict=True):
        body = page.body.split("\n\n")
        assert set(body) <= set(after.paragraphs)
        dropped = [r for r in after.removed if r.rule == RULE]
        assert [r.text for r in dropped] == [
            p for p in before.paragraphs if p not in after.paragraphs
        ]
        assert after.removed[: len(before.removed)] == before.removed
    assert sum(len(a.paragraphs) for a in cleaned) < sum(len(a.paragraphs) for a in corpus)
    assert corpus.clean(BoilerplateModel(sites=())) == corpus


# -- the synthetic corpus --------------------------------------------------------------------
def test_make_site_pages_is_deterministic_and_checks_input() -> None:
    assert make_site_pages(sites=2, pages=3, seed=5) == make_site_pages(sites=2, pages=3, seed=5)
    assert make_site_pages(sites=2, pages=3, seed=5) != make_site_pages(sites=2, pages=3, seed=6)
    for kwargs in ({"sites": 0}, {"sites": 9}, {"pages": 0}, {"kind": "pdf"}):
        with pytest.raises(OptionsError):
            make_site_pages(**kwargs)  # type: ignore[arg-type]
    page = make_site_pages(sites=1, pages=1)[0]
    assert all(paragraph in page.content for paragraph in page.body.split("\n\n"))


def test_learned_verdict_takes_over_a_shape_only_one() -> None:
    from newscorpus.blocks import text_to_blocks
    from newscorpus.clean import classify

    nav = "Harbour cranes\n\nRiver ferries\n\nTown hall\n\nOld mills\n\n"
    pages = [nav + f"The {w} story was told in full at the meeting today." for w in ("a", "b", "c")]
    model = BoilerplateModel.fit(pages)
    blocks = text_to_blocks(
        nav + "A new story was told in full at the meeting today, said the chair."
    )
    plain = classify(blocks)
    learned = classify(blocks, extra_rules=[model.rule()])
    assert {plain.verdicts[i].rule for i in range(4)} == {"nav-run"}
    assert {learned.verdicts[i].rule for i in range(4)} == {RULE}
    assert [b.index for b in learned.body] == [b.index for b in plain.body] == [4]


def test_corpus_load_learns_from_a_folder_of_text_files(tmp_path: Path) -> None:
    pages = make_site_pages(sites=3, pages=8, seed=11)
    for number, page in enumerate(pages):
        (tmp_path / f"page{number:03d}.txt").write_text(page.content, encoding="utf-8")
    corpus = Corpus.load(tmp_path, learn_boilerplate=True)
    assert len(corpus) == len(pages)
    for article, page in zip(corpus, pages, strict=True):
        assert set(page.body.split("\n\n")) <= set(article.paragraphs)
        assert any(r.rule == RULE and "group-" in r.detail for r in article.removed)


def test_fitting_on_nothing_gives_an_empty_model() -> None:
    model = BoilerplateModel.fit([])
    assert model.sites == ()
    assert model.template_positions(["Home", "World", "Sport"]) == {}
