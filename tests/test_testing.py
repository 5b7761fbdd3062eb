"""newscorpus.testing: the factories, the bundled sample corpus and the page builder."""

from __future__ import annotations

import doctest
import json
import re
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscorpus.samples as samples_module
import newscorpus.testing as testing_module
import newscorpus.testing.articles as articles_module
import newscorpus.testing.pages as pages_module
import newscorpus.testing.samples as samples_alias_module
import newscorpus.testing.sites as sites_module
from newscorpus.article import Article
from newscorpus.errors import InputError, NewsCorpusError, OptionsError
from newscorpus.testing import (
    DEFAULT_SOURCES,
    build_page,
    make_article,
    make_corpus_articles,
    sample_corpus_path,
    sample_expected,
    sample_pages,
)

EXPECTED_KEYS = {
    "title",
    "subtitle",
    "section",
    "authors",
    "published",
    "source",
    "language",
    "encoding",
    "paragraphs",
    "body_first",
    "body_last",
    "not_in_body",
}


def _fold(text: str) -> str:
    return " ".join(text.split())


def test_doctests_run() -> None:
    results = [
        doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        for module in (
            testing_module,
            articles_module,
            pages_module,
            samples_module,
            samples_alias_module,
            sites_module,
        )
    ]
    assert sum(r.attempted for r in results) > 10
    assert sum(r.failed for r in results) == 0


# --------------------------------------------------------------------------- make_article


def test_make_article_defaults_are_valid_and_deterministic() -> None:
    art = make_article()
    assert art == make_article()
    assert art.title and art.source and art.authors and art.text
    assert art.language == "en"
    assert art.published_iso == "2024-03-12T09:15:00"
    assert art.id.startswith("u-")
    assert len(art.paragraphs) == 2
    assert Article.from_dict(json.loads(json.dumps(art.to_dict()))) == art


def test_make_article_overrides_each_field() -> None:
    art = make_article(
        title="T",
        subtitle=None,
        section="Sport",
        authors=["A B", "C D"],
        source="Eastfield Gazette",
        language="de",
        text="One.\n\nTwo.\n\nThree.",
    )
    assert (art.title, art.subtitle, art.section) == ("T", None, "Sport")
    assert art.authors == ("A B", "C D")
    assert art.source == "Eastfield Gazette"
    assert art.language == "de"
    assert art.paragraphs == ("One.", "Two.", "Three.")


def test_make_article_id_follows_url_unless_given() -> None:
    assert make_article(url="https://a.example/1").id != make_article(url="https://a.example/2").id
    assert make_article(id="fixed", url="https://a.example/1").id == "fixed"
    no_url = make_article(url=None)
    assert no_url.id.startswith("t-")


@pytest.mark.parametrize(
    ("published", "precision", "iso"),
    [
        (datetime(2021, 5, 2), "day", "2021-05-02"),
        (datetime(2021, 5, 2, 7, 30), "minute", "2021-05-02T07:30:00"),
        (datetime(2021, 5, 2, 7, 30, 15), "second", "2021-05-02T07:30:15"),
        (None, None, None),
    ],
)
def test_make_article_derives_precision_from_published(
    published: datetime | None, precision: str | None, iso: str | None
) -> None:
    art = make_article(published=published)
    assert art.published_precision == precision
    assert art.published_iso == iso


def test_make_article_keeps_an_explicit_precision() -> None:
    art = make_article(published=datetime(2021, 5, 2, 7, 30), published_precision="day")
    assert art.published_iso == "2021-05-02"


def test_make_article_rejects_unknown_fields() -> None:
    with pytest.raises(TypeError, match=r"'headline'.*Article fields: id, title"):
        make_article(headline="x")


def test_make_article_rejects_a_bad_precision() -> None:
    with pytest.raises(ValueError, match="published_precision"):
        make_article(published_precision="week")


# --------------------------------------------------------------------------- make_corpus_articles


def test_corpus_articles_are_deterministic_and_seed_dependent() -> None:
    first = make_corpus_articles(25, seed=3)
    assert first == make_corpus_articles(25, seed=3)
    assert first != make_corpus_articles(25, seed=4)
    assert [a.to_dict() for a in first] == [a.to_dict() for a in make_corpus_articles(25, seed=3)]


def test_corpus_articles_prefix_is_stable() -> None:
    assert make_corpus_articles(40)[:7] == make_corpus_articles(7)
    assert make_corpus_articles(0) == []


def test_corpus_articles_vary() -> None:
    arts = make_corpus_articles(60)
    assert len({a.id for a in arts}) == 60
    assert len({a.url for a in arts}) == 60
    assert {a.source for a in arts} == set(DEFAULT_SOURCES)
    years = {a.published.year for a in arts if a.published}
    assert len(years) >= 4
    assert min(years) >= 2019 and max(years) <= 2024
    langs = [a.language for a in arts]
    assert langs.count("en") > len(arts) * 0.7
    assert {"de", "ru"} <= set(langs)
    counts = {len(a.authors) for a in arts}
    assert {0, 1, 2} <= counts
    assert len({a.section for a in arts}) >= 4
    assert {a.published_precision for a in arts} == {"day", "minute"}
    assert all(len(a.paragraphs) >= 2 and a.title for a in arts)


def test_corpus_articles_use_given_sources() -> None:
    arts = make_corpus_articles(6, sources=("Only Outlet", "Other Outlet"))
    assert {a.source for a in arts} == {"Only Outlet", "Other Outlet"}
    assert all(".example/" in (a.url or "") for a in arts)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"n": -1}, "n must be 0 or more"),
        ({"n": 3, "sources": ()}, "sources must be a non-empty"),
        ({"n": 3, "sources": "Valley Courier"}, "sources must be a non-empty"),
    ],
)
def test_corpus_articles_reject_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(OptionsError, match=message) as info:
        make_corpus_articles(**kwargs)  # type: ignore[arg-type]
    assert isinstance(info.value, NewsCorpusError)
    assert isinstance(info.value, ValueError)


@settings(max_examples=40, deadline=None)
@given(n=st.integers(0, 30), seed=st.integers(-(10**6), 10**6))
def test_corpus_articles_round_trip_and_unique_ids(n: int, seed: int) -> None:
    arts = make_corpus_articles(n, seed=seed)
    assert len(arts) == n
    assert len({a.id for a in arts}) == n
    for art in arts:
        assert Article.from_dict(json.loads(json.dumps(art.to_dict()))) == art
        assert art.published is not None
        assert art.published_iso is not None and art.published_iso[:4] in {
            "2019",
            "2020",
            "2021",
            "2022",
            "2023",
            "2024",
        }


# --------------------------------------------------------------------------- the sample corpus


def test_sample_corpus_has_twelve_pages() -> None:
    folder = sample_corpus_path()
    assert isinstance(folder, Path) and folder.is_dir()
    names = sorted(p.name for p in folder.iterdir() if p.suffix in {".txt", ".html"})
    assert len(names) == 12
    assert sum(n.endswith(".txt") for n in names) == 8
    assert sum(n.endswith(".html") for n in names) == 4
    assert (folder / "README.md").is_file()


def test_expected_covers_every_file_and_only_them() -> None:
    expected = sample_expected()
    assert set(expected) == set(sample_pages())
    for name, entry in expected.items():
        assert set(entry) == EXPECTED_KEYS, name
        assert isinstance(entry["title"], str) and entry["title"], name
        assert isinstance(entry["authors"], list), name
        assert all(isinstance(a, str) and a for a in entry["authors"]), name
        assert entry["language"] in {"en", "de", "ru"}, name
        assert 4 <= entry["paragraphs"] <= 10, name
        assert len(entry["body_first"]) == 60 and len(entry["body_last"]) == 60, name
        assert 3 <= len(entry["not_in_body"]) <= 6, name
        if entry["published"] is not None:
            datetime.fromisoformat(entry["published"])


def test_readme_describes_every_file() -> None:
    readme = (sample_corpus_path() / "README.md").read_text(encoding="utf-8")
    assert "synthetic" in readme.lower()
    for name in sample_expected():
        assert f"`{name}`" in readme


@pytest.mark.parametrize("name", sorted(sample_expected()))
def test_expected_values_are_on_the_page(name: str) -> None:
    page, entry = sample_pages()[name], sample_expected()[name]
    folded = _fold(page)
    assert entry["title"] in page
    assert entry["body_first"] in folded
    assert entry["body_last"] in folded
    for text in entry["not_in_body"]:
        assert _fold(text) in folded, text
        assert text not in entry["body_first"] and text not in entry["body_last"]
    if entry["subtitle"]:
        assert entry["subtitle"] in page
    for author in entry["authors"]:
        assert author in page
    if entry["source"]:
        assert entry["source"] in page


def test_exactly_one_page_is_not_utf8_and_its_name_says_so() -> None:
    folder = sample_corpus_path()
    expected = sample_expected()
    odd = {name for name, entry in expected.items() if entry["encoding"] != "utf-8"}
    assert odd == {"ru_cp1251_tram_line.txt"}
    raw = (folder / "ru_cp1251_tram_line.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert raw.decode("cp1251") == sample_pages()["ru_cp1251_tram_line.txt"]
    for name in set(expected) - odd:
        (folder / name).read_bytes().decode("utf-8")


def test_sample_corpus_path_from_a_zip_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "pkg.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("newscorpus/data/sample_corpus/a.txt", "x")
    inside = zipfile.Path(archive, "newscorpus/data/sample_corpus/")
    monkeypatch.setattr(samples_module, "_sample_folder", lambda: inside)
    with pytest.raises(InputError, match=r"sample_pages\(\) instead") as info:
        sample_corpus_path()
    assert info.value.path is not None and "pkg.zip" in info.value.path


def test_sample_corpus_path_missing_data_is_an_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(samples_module, "_sample_folder", lambda: tmp_path / "nowhere")
    with pytest.raises(InputError, match="installation is incomplete"):
        sample_corpus_path()


def test_sample_functions_keep_their_testing_names() -> None:
    for name in samples_module.__all__:
        assert getattr(testing_module, name) is getattr(samples_module, name)
        assert getattr(samples_alias_module, name) is getattr(samples_module, name)


def test_sample_pages_returns_a_fresh_dict() -> None:
    pages = sample_pages()
    pages.clear()
    assert len(sample_pages()) == 12
    expected = sample_expected()
    expected.clear()
    assert len(sample_expected()) == 12


# Every boilerplate pattern the brief lists appears somewhere in the set.
PATTERNS = [
    "Popular Articles",
    "Trending now",
    "Click an icon above to share, email, or save this article",
    "Share on Facebook",
    "Tweet",
    "Previous\nNext",
    "Subscribe to our Telegram channel",
    "Never miss a story",
    "We need your support",
    "Thank you for choosing",
    "Terms and Conditions",
    "Privacy Policy",
    "All Rights Reserved",
    "Read also",
    "Latest news",
    "No comments:",
    "Post a Comment",
    "Leave a reply",
    "This field is for validation purposes and should be left unchanged.",
    "img collage",
    "Photo: Staff",
    "About the Author",
    "Related Topics",
    "Related Posts",
    "interview with",
    "ByCity Desk-",
    "Monday, March 04, 2024",
    "04.03.2024",
    "SCIENCE  12 March 2024 - 09:15",
    "Автор: ",
    "Von ",
    "remarked: “",
    "” the mayor said.",
    "economist, head of the",
    "is a senior analyst at",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_every_pattern_is_shown(pattern: str) -> None:
    assert any(pattern in page for page in sample_pages().values())


def test_title_twice_donation_twice_and_repeated_share_prompt() -> None:
    pages = sample_pages()
    assert any(
        page.count(e["title"]) >= 2 and e["title"] + "\n\n" + e["title"] in page
        for e, page in ((sample_expected()[n], p) for n, p in pages.items())
    )
    assert any(page.count("We need your support") == 2 for page in pages.values())
    assert any(page.count("Click an icon above to share") >= 3 for page in pages.values())


def test_dates_bylines_and_languages_cover_the_hard_cases() -> None:
    expected = sample_expected()
    undated = [n for n, e in expected.items() if e["published"] is None]
    assert any("©" in sample_pages()[n] for n in undated)  # a copyright year is not a date
    assert any(not e["authors"] for e in expected.values())
    assert any(e["source"] is None for e in expected.values())
    assert {e["language"] for e in expected.values()} == {"en", "de", "ru"}


def test_html_pages_carry_metadata_markup() -> None:
    html = {n: p for n, p in sample_pages().items() if n.endswith(".html")}
    for name, page in html.items():
        entry = sample_expected()[name]
        assert re.search(r"<title>[^<]+ \| " + re.escape(entry["source"]) + "</title>", page)
        for needle in (
            'property="og:title"',
            'property="og:site_name"',
            'property="article:published_time"',
            'name="author"',
            "<article",
            "<nav",
            "<footer",
            "<aside",
            "comment",
        ):
            assert needle in page, (name, needle)
        assert f'content="{entry["published"]}"' in page
    with_ld = [p for p in html.values() if "application/ld+json" in p]
    assert len(with_ld) == 1
    block = with_ld[0].split('<script type="application/ld+json">')[1].split("</script>")[0]
    data = json.loads(block)
    assert data["@type"] == "NewsArticle"
    assert [a["@type"] for a in data["author"]] == ["Person", "Person"]
    assert data["publisher"]["@type"] == "Organization"


# --------------------------------------------------------------------------- build_page


def test_build_page_places_parts_where_asked() -> None:
    page = build_page(
        title="Title",
        body=["P0.", "P1.", "P2."],
        header=["Home\nNews", "Trending now"],
        footer=["No comments:", "© 2024 X"],
        between={0: ["By Ann Lee", "04.03.2024"], 2: ["Read also"], 3: ["Bio line."]},
    )
    assert page.endswith("\n")
    assert page[:-1].split("\n\n") == [
        "Home\nNews",
        "Trending now",
        "Title",
        "By Ann Lee",
        "04.03.2024",
        "P0.",
        "P1.",
        "Read also",
        "P2.",
        "Bio line.",
        "No comments:",
        "© 2024 X",
    ]


def test_build_page_minimal_and_without_title() -> None:
    assert build_page(title="T", body=[]) == "T\n"
    assert build_page(title="", body=["Only."]) == "Only.\n"
    assert build_page(title="T", body=["A."], between={}) == "T\n\nA.\n"


@pytest.mark.parametrize("key", [-1, 3, 10])
def test_build_page_rejects_out_of_range_keys(key: int) -> None:
    with pytest.raises(InputError, match=r"between keys must be 0\.\.2") as info:
        build_page(title="T", body=["A.", "B."], between={key: ["x"]})
    assert isinstance(info.value, ValueError)


_block = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\n"),
    min_size=1,
    max_size=20,
)


@settings(max_examples=60, deadline=None)
@given(body=st.lists(_block, max_size=6), data=st.data())
def test_build_page_order_property(body: list[str], data: st.DataObject) -> None:
    between = data.draw(
        st.dictionaries(st.integers(0, len(body)), st.lists(_block, max_size=2), max_size=3)
    )
    page = build_page(title="Title", body=body, between=between)
    want = ["Title"]
    for i, para in enumerate(body):
        want += [*between.get(i, []), para]
    want += between.get(len(body), [])
    assert page[:-1].split("\n\n") == want
