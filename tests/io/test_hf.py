"""The Hugging Face export: typed features, a lossless round trip through save_to_disk and
load_from_disk, and clear errors (a missing extra, a dataset that holds no articles)."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from newscorpus import Article, Corpus, Evidence, Origin, Removal
from newscorpus.errors import MissingColumnError, MissingExtraError, RecordError
from newscorpus.io.frames import COLUMNS
from newscorpus.io.hf import from_hf_dataset, hf_features, to_hf_dataset


def _articles() -> list[Article]:
    berlin = timezone(timedelta(hours=2))
    return [
        Article(
            id="a1",
            title="Brücke wird neu gebaut",
            authors=("Anna Weber", "Tom Park"),
            published=datetime(2024, 5, 2, 9, 30, tzinfo=berlin),
            published_precision="minute",
            source="Stadtbote",
            url="https://example.org/a1",
            language="de",
            text="Der Rat hat entschieden.\n\nDie Arbeiten beginnen im Mai.",
            removed=(Removal(text="Teilen", rule="share-prompt", block=3),),
            provenance={"title": Evidence(source="html:meta", rule="og:title", raw="Brücke")},
            meta={"tags": ["Verkehr"], "words": 9},
            origin=Origin(path="pages/a1.html", format="html"),
        ),
        Article(id="a2", text="A page without a date or a source.", language="en"),
        Article(
            id="a3",
            text="Printed without a zone.",
            published=datetime(2023, 12, 31, 23, 15),  # naive: no zone printed
            published_precision="minute",
        ),
    ]


def test_features_match_the_typed_frame() -> None:
    pytest.importorskip("datasets")
    features = hf_features()
    assert list(features) == list(COLUMNS)
    assert features["published"].dtype == "timestamp[us, tz=UTC]"
    assert features["modified"].dtype == "timestamp[us, tz=UTC]"
    assert features["authors"].feature.dtype == "string"
    assert {
        features[c].dtype for c in COLUMNS if c not in {"authors", "published", "modified"}
    } == {"string"}


def test_dataset_columns_and_values() -> None:
    pytest.importorskip("datasets")
    dataset = Corpus(_articles()).to_hf_dataset()
    assert dataset.num_rows == 3
    assert dataset.column_names == list(COLUMNS)
    first = dataset[0]
    assert first["authors"] == ["Anna Weber", "Tom Park"]
    assert first["published"] == datetime(2024, 5, 2, 7, 30, tzinfo=timezone.utc)
    assert first["published_offset"] == "+02:00"
    assert dataset[1]["published"] is None
    assert dataset[2]["published_offset"] is None  # zoneless: stored as printed, no offset
    assert dataset[2]["published"].hour == 23
    assert "newscorpus" in dataset.info.description


def test_round_trip_through_save_and_load_from_disk(tmp_path: Path) -> None:
    datasets = pytest.importorskip("datasets")
    corpus = Corpus(_articles())
    corpus.to_hf_dataset().save_to_disk(str(tmp_path / "corpus"))
    loaded = datasets.load_from_disk(str(tmp_path / "corpus"))
    assert loaded.features == hf_features()
    assert Corpus.from_hf_dataset(loaded) == corpus
    pandas = pytest.importorskip("pandas")
    frame = loaded.to_pandas()
    assert str(frame.published.dtype) == "datetime64[us, UTC]"
    assert frame.published.dt.year.tolist()[0] == 2024
    assert pandas.isna(frame.published[1])


def test_empty_corpus_gives_an_empty_typed_dataset() -> None:
    pytest.importorskip("datasets")
    dataset = Corpus([]).to_hf_dataset()
    assert dataset.num_rows == 0
    assert dataset.features == hf_features()
    assert list(from_hf_dataset(dataset)) == []


def test_a_dataset_dict_or_other_object_is_refused() -> None:
    datasets = pytest.importorskip("datasets")
    splits = datasets.DatasetDict({"train": to_hf_dataset(_articles())})
    with pytest.raises(MissingColumnError, match=r"dataset\['train'\]"):
        list(from_hf_dataset(splits))
    with pytest.raises(MissingColumnError, match="no 'text' column"):
        list(from_hf_dataset(object()))
    assert len(list(from_hf_dataset(splits["train"]))) == 3


def test_a_row_that_is_no_article_names_its_row() -> None:
    datasets = pytest.importorskip("datasets")
    bad = datasets.Dataset.from_dict({"text": ["fine", "also fine"], "removed": ["[]", "{oops"]})
    with pytest.raises(RecordError, match="not an article record") as caught:
        list(from_hf_dataset(bad))
    assert caught.value.line == 2


@pytest.mark.parametrize(
    "call", [lambda: Corpus([]).to_hf_dataset(), hf_features, lambda: to_hf_dataset([])]
)
def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, call: object) -> None:
    monkeypatch.setitem(sys.modules, "datasets", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'newscorpus\[hf\]'"):
        call()  # type: ignore[operator]
