"""newscorpus.dask: the same articles as in-process, from files and split WARCs, on a local
two-worker cluster; typed dataframes; Parquet datasets pandas reads back; options that pickle."""

from __future__ import annotations

import bz2
import pickle
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from newscorpus import CleanOptions, Corpus, ExtractOptions, LoadOptions, MetaOptions, extract
from newscorpus.errors import InputError, MissingExtraError
from newscorpus.io import iter_warc, to_dataframe
from newscorpus.templates import BoilerplateModel
from newscorpus.testing import make_site_pages, warc_record, write_warc

dask = pytest.importorskip("dask")
pytest.importorskip("dask.dataframe")
pandas = pytest.importorskip("pandas")
pytest.importorskip("fastwarc")

from newscorpus.dask import load_bag, to_parquet  # noqa: E402
from newscorpus.dask import to_dataframe as dask_frame  # noqa: E402

PROSE = "The harbour reopened on Monday after a week of storm repairs, the port authority said."


def page(number: int) -> bytes:
    when = f"2024-03-{number % 27 + 1:02d}T08:00:00+02:00"
    return (
        f"<!DOCTYPE html><html><head><title>Story {number}</title>"
        f'<meta property="article:published_time" content="{when}"></head><body>'
        f"<nav>Home | News</nav><article><h1>Story {number}</h1><p>{PROSE} ({number})</p>"
        f"<p>{PROSE}</p></article></body></html>"
    ).encode()


def crawl(path: Path, pages: int = 24) -> Path:
    records = [warc_record("warcinfo", "")]
    for number in range(pages):
        url = f"https://news.example.org/{number}"
        records += [
            warc_record("request", url),
            warc_record("response", url, page(number)),
            warc_record("metadata", url),
        ]
    records.append(warc_record("response", "https://news.example.org/x.png", b"\x89PNG",
                               content_type="image/png"))  # fmt: skip
    return write_warc(path, records)


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    return crawl(tmp_path / "crawl.warc.gz")


def test_spans_that_tile_a_warc_give_its_records_once_in_order(warc: Path) -> None:
    whole = list(iter_warc(warc, max_bytes=10**7))
    size = warc.stat().st_size
    step = size // 5
    tiles = [(start, start + step) for start in range(0, size, step)]
    pieces = [item for span in tiles for item in iter_warc(warc, max_bytes=10**7, span=span)]
    assert pieces == whole


def test_a_split_warc_gives_the_articles_of_corpus_load(warc: Path) -> None:
    loaded = load_bag(warc, partition_size=4096)
    assert loaded.articles.npartitions > 3
    corpus = loaded.compute(scheduler="sync")
    expected = Corpus.load(warc)
    assert list(corpus) == list(expected)
    assert corpus.skipped == expected.skipped


def test_a_warc_compressed_as_one_stream_splits_without_loss(tmp_path: Path) -> None:
    plain = crawl(tmp_path / "crawl.warc")
    packed = tmp_path / "crawl.warc.bz2"
    packed.write_bytes(bz2.compress(plain.read_bytes()))
    loaded = load_bag(packed, partition_size=1024)
    assert loaded.articles.npartitions > 1
    corpus = loaded.compute(scheduler="sync")
    assert list(corpus) == list(Corpus.load(packed)) and len(corpus) == 24


@pytest.mark.slow
def test_a_local_cluster_of_two_workers_gives_the_same_articles(warc: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    expected = Corpus.load(warc)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        loaded = load_bag(warc, partition_size=8192)
        corpus = loaded.compute()
        written = to_parquet(loaded.articles, tmp_path / "dataset")
    assert list(corpus) == list(expected) and corpus.skipped == expected.skipped
    assert written == len(expected)
    frame = pandas.read_parquet(tmp_path / "dataset")
    assert str(frame.published.dtype) == "datetime64[us, UTC]"
    assert frame.published.iloc[0] == pandas.Timestamp("2024-03-01T06:00:00Z")
    assert list(frame.id) == [a.id for a in expected]


def test_the_dataframe_has_the_in_process_dtypes(warc: Path) -> None:
    frame = dask_frame(load_bag(warc, partition_size=8192).articles)
    local = to_dataframe(Corpus.load(warc))
    computed = frame.compute(scheduler="sync").reset_index(drop=True)
    assert dict(frame.dtypes.astype(str)) == dict(local.dtypes.astype(str))
    assert dict(computed.dtypes.astype(str)) == dict(local.dtypes.astype(str))
    pandas.testing.assert_frame_equal(computed, local)


def test_a_parquet_dataset_loads_back_as_the_same_articles(warc: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    articles = load_bag(warc, partition_size=8192).articles
    to_parquet(articles, folder, scheduler="sync")
    assert len(list(folder.glob("part-*.parquet"))) == articles.npartitions
    back = Corpus.load(folder)
    assert [a.to_dict() for a in back] == [a.to_dict() for a in Corpus.load(warc)]


def test_a_failed_write_leaves_the_old_dataset(warc: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    articles = load_bag(warc).articles
    to_parquet(articles, folder, scheduler="sync")
    before = sorted(p.name for p in folder.iterdir())
    failing = articles.map(_explode)
    with pytest.raises(RuntimeError, match="boom"):
        to_parquet(failing, folder, scheduler="sync")
    assert sorted(p.name for p in folder.iterdir()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["crawl.warc.gz", "out"]


def _explode(article: object) -> object:
    raise RuntimeError("boom")


def test_folders_keep_their_skips_and_errors_name_the_page(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(f"Harbour reopens\n\n{PROSE}\n\n{PROSE}", encoding="utf-8")
    (folder / "logo.png").write_bytes(b"\x89PNG")
    (folder / "bad.jsonl").write_text('{"text": "x"}\n{oops\n', encoding="utf-8")
    loaded = load_bag(folder, errors="skip").compute(scheduler="sync")
    expected = Corpus.load(folder, errors="skip")
    assert list(loaded) == list(expected)
    assert sorted(map(str, loaded.skipped)) == sorted(map(str, expected.skipped))
    with pytest.raises(InputError, match=r"bad\.jsonl, line 2"):
        load_bag(folder).compute(scheduler="sync")


def test_options_pickle_with_what_they_hold() -> None:
    pages = make_site_pages(sites=2, pages=12)
    model = BoilerplateModel.fit([p.document() for p in pages])
    options = LoadOptions(
        errors="skip",
        extract=ExtractOptions(
            clean=CleanOptions(keep_standfirst=True, boilerplate=model),
            meta=MetaOptions(reference_time=datetime(2024, 5, 1, tzinfo=timezone.utc)),
        ),
    )
    back = pickle.loads(pickle.dumps(options))
    assert back.extract.meta == options.extract.meta
    assert back.extract.clean.keep_standfirst
    document = pages[0].document()
    assert extract(document, options=back.extract) == extract(document, options=options.extract)


def test_options_reach_the_workers(warc: Path) -> None:
    when = datetime(2030, 1, 1, tzinfo=timezone.utc)
    options = LoadOptions(extract=ExtractOptions(meta=MetaOptions(reference_time=when)))
    corpus = load_bag(warc, options=options, partition_size=8192).compute(scheduler="processes")
    assert list(corpus) == list(Corpus.load(warc, options=options))


def test_bad_arguments_and_missing_dask(
    warc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(ValueError, match="partition_size must be positive"):
        load_bag(warc, partition_size=0)
    with pytest.raises(InputError, match="no such file"):
        load_bag(tmp_path / "missing.warc")
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(MissingExtraError, match=r"newscorpus\[dask\]"):
        load_bag(warc)
