"""The SQLite store: round trip, opening bad files, adding, and answers equal to the in-memory
corpus on the same articles (search, where, counts, kwic, sources, authors)."""

from __future__ import annotations

import sqlite3
import tracemalloc
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from itertools import islice
from pathlib import Path

import pytest

from newscorpus import Corpus, StoreError, StoreVersionError, WriteError
from newscorpus.article import Article, Evidence, Origin, Removal
from newscorpus.errors import InputError, NewsCorpusError, OptionsError, QuerySyntaxError
from newscorpus.io.writers import read_jsonl_articles
from newscorpus.query import from_source
from newscorpus.store import SCHEMA_VERSION, StoredCorpus, write_store
from newscorpus.testing import make_corpus_articles

UTC3 = timezone(timedelta(hours=3))


def _special() -> list[Article]:
    """Hand-made articles for the corners: accents, case, scripts, underscores, many authors,
    no date, no source, aware and naive dates, the same word in several fields."""
    return [
        Article(id="s1", title="Türkiye votes", text="ÉTÉ in İstanbul; the naïve Straße plan.",
                authors=("Zoë Ça", "Ann Lee"), source="Valley Courier", language="tr",
                published=datetime(2023, 6, 30, 23, 30, tzinfo=UTC3)),
        Article(id="s2", title="TURKIYE and ete", text="foo_bar baz. Rail strike ends; strike rail.",
                authors=("Lee Ann",), source="  valley   COURIER ", language="en-GB",
                published=datetime(2023, 7, 1, 0, 30)),
        Article(id="s3", title=None, subtitle="Трамвай и город", text="Новый трамвай в городе.",
                language="ru", section="Город", published=datetime(2021, 1, 4)),
        Article(id="s4", title="No date", text="River flood warnings, flooding rivers, floods.",
                authors=("River Desk",), source="Eastfield Gazette", section="Weather"),
        Article(id="s5", title="Strike", subtitle="rail", text="Then a rail journey; strike again.",
                authors=("Ann Lee", " Ann Lee "), source="Eastfield Gazette", language="EN_us",
                published=datetime(2022, 12, 31, 12, 0, tzinfo=timezone.utc)),
    ]  # fmt: skip


ARTICLES = make_corpus_articles(160, seed=11) + _special()

QUERIES = [
    "council", "COUNCIL", "flood*", "flood", "river*", '"rail strike"', '"strike rail"',
    "rail strike", '"rail strike"~3', '"strike journey"~4', "turkiye", "Türkiye", "ete", "été",
    "istanbul", "strasse", "naive", "foo_bar", "foo", "трамвай", "ТРАМВАЙ", "город*",
    "NOT council", "council AND NOT police", "-(council OR police)", "council OR police",
    "title:turkiye", "title:(strike OR river)", "title:strike*", "author:lee", 'author:"ann lee"',
    'author:"lee ann"', "author:zoe", "author:(ann AND NOT zoe)", "source:courier",
    'source:"valley courier"', "section:weather", "section:город", "language:en", "language:gb",
    "published:[2023 TO *]", "published:[* TO 2022-12-31]", "published:[2023-06-30 TO 2023-06-30]",
    "NOT published:[2023 TO *]", "council AND published:[2023-01 TO 2023-06]",
    "(flood* OR storm*) AND NOT published:[2022 TO 2022]", "NOT title:x", "rail -strike",
    '"ann lee" OR river', 'NOT "strike journey"~4', "NOT author:zoe",
]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StoredCorpus]:
    path = tmp_path_factory.mktemp("store") / "news.db"
    assert Corpus(ARTICLES).save(path) == len(ARTICLES)
    with Corpus.open(path) as opened:
        yield opened


MEMORY = Corpus(ARTICLES)


# -- round trip -----------------------------------------------------------------------------
def test_every_field_round_trips(tmp_path: Path) -> None:
    full = Article(
        id="full", title="T", subtitle="S", section="Sec", authors=("A B", "C"),
        published=datetime(2020, 2, 3, 4, 5, tzinfo=UTC3), published_precision="minute",
        modified=datetime(2020, 2, 4), source="Src", url="https://x.example/a", language="de",
        text="One.\n\nTwo ü.", removed=(Removal(text="Share", rule="share-prompt", block=1, line=2),),
        provenance={"title": Evidence(source="text:title", rule="first-line", raw="T", block=0)},
        meta={"k": [1, "ü", None], "n": {"x": 1.5}}, origin=Origin(path="a.jsonl", line=3, format="jsonl"),
    )  # fmt: skip
    path = tmp_path / "one.db"
    Corpus([full, Article(text="minimal")]).save(path)
    with Corpus.open(path) as opened:
        back = list(opened)
        assert back == [full, Article(text="minimal")]
        assert opened.get("full") == full and opened.get("nope") is None


def test_iteration_keeps_insertion_order_and_matches_memory(store: StoredCorpus) -> None:
    assert list(store) == ARTICLES
    assert len(store) == len(ARTICLES)
    assert list(store.ids()) == [a.id for a in ARTICLES]


def test_iteration_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "big.db"
    write_store(make_corpus_articles(1500, seed=3), path)
    with StoredCorpus.open(path) as opened:
        tracemalloc.start()
        first = list(islice(opened, 3))
        _, few = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        tracemalloc.start()
        everything = list(opened)
        _, full = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert len(first) == 3 and len(everything) == 1500
    assert few * 5 < full  # reading three articles does not load the store


# -- opening files that are not stores ---------------------------------------------------------
def test_missing_file_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such store") as err:
        Corpus.open(tmp_path / "absent.db")
    assert err.value.path == str(tmp_path / "absent.db")


def test_not_a_database_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("just some text, not a database\n" * 50)
    with pytest.raises(StoreError, match="not an SQLite database") as err:
        Corpus.open(path)
    assert str(path) in str(err.value) and isinstance(err.value, NewsCorpusError)


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE meta (key TEXT, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('format', 'something-else')")
    with pytest.raises(StoreError, match="not a newscorpus store"):
        Corpus.open(path)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(StoreError, match="not a newscorpus store"):
        Corpus.open(empty)


@pytest.mark.parametrize("version", [str(SCHEMA_VERSION + 1), "0", "banana"])
def test_other_schema_version_is_refused(tmp_path: Path, version: str) -> None:
    path = tmp_path / "v.db"
    write_store(ARTICLES[:3], path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (version,))
    with pytest.raises(StoreVersionError, match=f"version {version}") as err:
        Corpus.open(path)
    assert err.value.path == str(path)


def test_damaged_file_raises_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    write_store(make_corpus_articles(300, seed=5), path)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(3 * page, len(data) - page, 2 * page):  # scribble over many pages
        data[start + 100 : start + 600] = b"\xff" * 500
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as err, Corpus.open(path) as opened:
        list(opened)
        opened.counts("council", group="author")
        len(opened.search("council OR police"))
    assert str(path) in str(err.value)


# -- writing and adding ------------------------------------------------------------------------
def test_only_exact_repeats_are_skipped_every_copy_with_the_same_id_stays(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    a1, a2, b = Article(id="a", text="first"), Article(id="a", text="second"), Article(id="b")
    assert write_store([a1, a2, a1, b], path) == 3
    with Corpus.open(path) as opened:
        assert opened.add([b, Article(id="b", text="again"), Article(id="c", text="c")]) == 2
        d = Article(id="d", text="d")
        assert opened.add([d, d, Article(id="d", text="dd")], batch_size=1) == 2
        assert [a.text for a in opened] == ["first", "second", "", "again", "c", "d", "dd"]
        assert len(opened.search("again OR second OR dd")) == 3
        assert opened.get("a") == a1


def test_add_rejects_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    write_store([], path)
    with Corpus.open(path) as opened:
        with pytest.raises(InputError, match="takes Articles, not str"):
            opened.add(["not an article"])  # type: ignore[list-item]
        with pytest.raises(OptionsError, match="batch_size"):
            opened.add([], batch_size=0)
        assert len(opened) == 0


def test_save_replaces_atomically_and_leaves_no_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    Corpus(ARTICLES[:5]).save(path)

    def failing() -> Iterator[Article]:
        yield ARTICLES[0]
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        write_store(failing(), path)
    with Corpus.open(path) as opened:  # the old store is intact
        assert len(opened) == 5
    Corpus(ARTICLES[:2]).save(path)
    with Corpus.open(path) as opened:
        assert [a.id for a in opened] == [a.id for a in ARTICLES[:2]]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("r.db")) == []


def test_save_into_a_missing_folder_or_onto_a_folder_is_a_write_error(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="cannot write here"):
        Corpus(ARTICLES[:1]).save(tmp_path / "no" / "such" / "x.db")
    with pytest.raises(WriteError, match="is a folder"):
        Corpus(ARTICLES[:1]).save(tmp_path)


# -- the same answers as in memory ------------------------------------------------------------
@pytest.mark.parametrize("query", QUERIES)
def test_search_equals_in_memory_search(store: StoredCorpus, query: str) -> None:
    expected = [a.id for a in MEMORY.search(query)]
    hits = store.search(query)
    assert [a.id for a in hits] == expected
    assert len(hits) == len(expected) and list(hits.ids()) == expected


def test_the_corner_queries_do_match_something(store: StoredCorpus) -> None:
    # the equivalence above would be empty comfort if the corner queries matched nothing
    for query in (
        "turkiye",
        "été",
        "strasse",
        "трамвай",
        "foo_bar",
        '"rail strike"~3',
        "author:zoe",
    ):
        assert len(store.search(query)) > 0, query


def test_search_chains_with_where_and_filter(store: StoredCorpus) -> None:
    expected = MEMORY.where(language="en").search("council OR flood*").filter(from_source("x"))
    got = store.where(language="en").search("council OR flood*").filter(from_source("x"))
    assert list(got) == list(expected)
    narrowed = store.search("police").search("council")
    assert [a.id for a in narrowed] == [a.id for a in MEMORY.search("police AND council")]


def test_bad_query_raises_the_same_error(store: StoredCorpus) -> None:
    with pytest.raises(QuerySyntaxError):
        store.search("a AND")


WHERE = [
    {"source": "valley courier"},
    {"source": ["Eastfield Gazette", "VALLEY  Courier"]},
    {"section": "город"},
    {"section": ["Weather", "Politics"]},
    {"language": "en"},
    {"language": ["en-us", "ru"]},
    {"author": "lee"},
    {"author": "Ann Lee"},
    {"author": "zoe ca"},
    {"since": "2023"},
    {"until": "2022-12-31"},
    {"since": "2023-06-30", "until": "2023-06-30"},
    {"since": date(2021, 1, 4), "until": datetime(2023, 1, 1)},
    {"since": datetime(2023, 6, 30, 21, 0, tzinfo=timezone.utc)},
    {"until": datetime(2023, 6, 30, 20, 0, tzinfo=timezone.utc)},
    {"since": "2023-06-30T23:00"},
    {"source": "eastfield gazette", "since": "2022", "language": "en"},
]


@pytest.mark.parametrize(
    "conditions", WHERE, ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items())
)
def test_where_equals_in_memory_where(store: StoredCorpus, conditions: dict[str, object]) -> None:
    expected = [a.id for a in MEMORY.where(**conditions)]  # type: ignore[arg-type]
    got = store.where(**conditions)  # type: ignore[arg-type]
    assert [a.id for a in got] == expected and len(got) == len(expected)


def test_where_rejects_what_memory_rejects(store: StoredCorpus) -> None:
    for bad in (
        {"source": ""},
        {"author": "!!"},
        {"since": "not a date"},
        {"since": "2024", "until": "2023"},
    ):
        with pytest.raises(OptionsError):
            store.where(**bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("by", ["day", "week", "month", "year"])
@pytest.mark.parametrize("group", [None, "source", "author", "section", "language"])
def test_counts_equal_in_memory_counts(store: StoredCorpus, by: str, group: str | None) -> None:
    terms = ["council", "flood*", "трамвай", '"rail strike"~3', "NOT police"]
    expected = MEMORY.counts(terms, by=by, group=group)  # type: ignore[arg-type]
    assert store.counts(terms, by=by, group=group) == expected  # type: ignore[arg-type]
    assert store.counts(by=by, group=group) == MEMORY.counts(by=by, group=group)  # type: ignore[arg-type]


def test_counts_on_views_and_bad_arguments(store: StoredCorpus) -> None:
    view = store.where(source="valley courier").search("council OR police")
    expected = MEMORY.where(source="valley courier").search("council OR police")
    assert view.counts("council", by="year") == expected.counts("council", by="year")
    filtered = store.filter(lambda a: len(a.text) > 200)
    assert filtered.counts("council") == MEMORY.filter(lambda a: len(a.text) > 200).counts(
        "council"
    )
    with pytest.raises(ValueError, match="by must be"):
        store.counts(by="decade")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="group must be"):
        store.counts(group="colour")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "term",
    [
        "council",
        "rail strike",
        '"rail strike"',
        "flood*",
        "трамвай",
        "Straße",
        "council OR police",
        "title:council",
        "council AND NOT police",
        '"rail strike"~3 OR source:courier flood*',
    ],
)
def test_kwic_equals_in_memory_kwic(store: StoredCorpus, term: str) -> None:
    assert store.kwic(term, width=20) == MEMORY.kwic(term, width=20)


@pytest.mark.parametrize("query", ["***", '"unclosed', "author:lee", "NOT council"])
def test_kwic_rejects_queries_it_cannot_show(store: StoredCorpus, query: str) -> None:
    with pytest.raises(QuerySyntaxError):
        store.kwic(query)


def test_kwic_rejects_a_negative_width(store: StoredCorpus) -> None:
    with pytest.raises(OptionsError):
        store.kwic("river", width=-1)


def test_sources_authors_languages_equal_memory(store: StoredCorpus) -> None:
    assert store.sources() == MEMORY.sources()
    assert store.authors() == MEMORY.authors()
    view = store.search("council")
    assert view.sources() == MEMORY.search("council").sources()
    assert view.authors() == MEMORY.search("council").authors()
    langs = store.languages()
    assert sum(n for _, n in langs) == len(ARTICLES) and ("EN_us", 1) in langs
    checked = store.filter(lambda a: a.language == "ru")
    assert checked.languages() == [("ru", sum(a.language == "ru" for a in ARTICLES))]
    assert checked.sources() == MEMORY.filter(lambda a: a.language == "ru").sources()


def test_to_jsonl_writes_the_view(store: StoredCorpus, tmp_path: Path) -> None:
    out = tmp_path / "hits.jsonl"
    assert store.search("council").to_jsonl(out) == len(MEMORY.search("council"))
    assert list(read_jsonl_articles(out)) == list(MEMORY.search("council"))


def test_repr_and_close(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    write_store(ARTICLES[:2], path)
    opened = StoredCorpus.open(path)
    assert repr(opened) == "<StoredCorpus c.db>" and "view" in repr(opened.search("x"))
    assert opened.path == str(path)
    opened.close()
    opened.close()  # twice is fine
