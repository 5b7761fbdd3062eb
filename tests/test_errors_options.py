"""The error tree and the options objects."""

from __future__ import annotations

import pickle

import pytest

from newscorpus import errors
from newscorpus.options import CleanOptions, ExtractOptions, LoadOptions, MetaOptions


def test_every_error_is_a_newscorpus_error_and_a_builtin() -> None:
    assert issubclass(errors.EncodingError, errors.NewsCorpusError)
    assert issubclass(errors.EncodingError, UnicodeError)
    assert issubclass(errors.RecordError, ValueError)
    assert issubclass(errors.WriteError, OSError)
    assert issubclass(errors.MissingExtraError, ImportError)
    assert issubclass(errors.QuerySyntaxError, ValueError)


def test_errors_carry_context_and_survive_pickling() -> None:
    err = errors.RecordError("not JSON", path="a.jsonl", line=7, stage="parse")
    clone = pickle.loads(pickle.dumps(err))
    assert (clone.path, clone.line, clone.stage, str(clone)) == (
        "a.jsonl",
        7,
        "parse",
        "a.jsonl, line 7: not JSON",
    )
    query_err = pickle.loads(pickle.dumps(errors.QuerySyntaxError("bad", query="a AND", column=2)))
    assert query_err.column == 2 and "a AND" in str(query_err)


def test_skipped_record_from_error() -> None:
    skipped = errors.Skipped.from_error(errors.BinaryInputError("binary", path="x.txt"))
    assert (skipped.path, skipped.error) == ("x.txt", "BinaryInputError")


def test_missing_extra_names_the_extra() -> None:
    assert "newscorpus[parquet]" in str(
        errors.MissingExtraError.for_extra("parquet", "to_parquet()", "pyarrow")
    )


def test_options_validate() -> None:
    with pytest.raises(errors.OptionsError, match="segmentation"):
        CleanOptions(segmentation="sentences")  # type: ignore[arg-type]
    with pytest.raises(errors.OptionsError, match="no phrase lists"):
        CleanOptions(languages=("xx",))
    with pytest.raises(errors.OptionsError, match="positive"):
        CleanOptions(min_body_words=0)
    with pytest.raises(errors.OptionsError, match="same column"):
        LoadOptions(text_field="body", html_field="body")
    with pytest.raises(errors.OptionsError):
        LoadOptions(errors="ignore")  # type: ignore[arg-type]
    assert MetaOptions().min_year == 1990
    assert ExtractOptions().clean == CleanOptions()


def test_options_are_frozen_and_picklable() -> None:
    opts = LoadOptions(errors="skip")
    with pytest.raises(AttributeError):
        opts.errors = "raise"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(opts)) == opts
