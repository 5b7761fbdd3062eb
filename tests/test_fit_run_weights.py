"""benchmarks/fit_run_weights.py: how it changes one weight, scores trial weights on synthetic
pages, restores the shipped weights, writes the data file and skips without ../shared."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fit_run_weights as fit

from newscorpus.blocks import text_to_blocks
from newscorpus.clean import run as run_module
from newscorpus.clean.weights import weights

_STORY = "The ferry ran again on Monday after the storm had passed the coast. " * 3


def _page(text: str, taken: frozenset[int] = frozenset()) -> fit.Page:
    blocks = tuple(text_to_blocks(text))
    return fit.Page(fit.BENCH_TEXT, f"{fit.BENCH_TEXT}:k1", blocks, None, taken)


def test_one_weight_changes_and_the_others_stay() -> None:
    base = weights()
    changed = fit.with_value(base, "short_penalty", 35)
    assert changed.short_penalty == 35
    assert changed.rule_penalty == base.rule_penalty
    assert isinstance(fit.with_value(base, "rule_length_cap", 250.0).rule_length_cap, int)


def test_a_rule_weight_goes_into_the_rule_penalties() -> None:
    changed = fit.with_value(weights(), "timestamp-line", 400)
    assert changed.penalty("timestamp-line") == 400
    assert changed.rule_penalty == weights().rule_penalty


def test_the_trial_weights_decide_and_the_shipped_ones_come_back() -> None:
    page = _page("Menu\n\n" + _STORY)
    assert fit.bodies([page], weights())[page.id] == _STORY.strip()
    trial = fit.with_value(weights(), "short_penalty", 7)
    with fit.using(trial):
        assert run_module.weights() is trial
    assert run_module.weights is weights


def test_blocks_the_metadata_took_are_left_out_of_the_body() -> None:
    page = _page(_STORY + "\n\n" + _STORY.replace("ferry", "bus"), taken=frozenset({0}))
    assert "ferry" not in fit.bodies([page], weights())[page.id]


def test_the_weights_are_restored_after_an_error() -> None:
    with pytest.raises(ZeroDivisionError), fit.using(weights()):
        _ = 1 / 0
    assert run_module.weights is weights


def test_text_pages_split_like_their_html_twins() -> None:
    page = _page(_STORY)
    twin = fit.Page(fit.BENCH, f"{fit.BENCH}:k1", (), None, frozenset())
    assert fit.in_half(page, "A") == fit.in_half(twin, "A")
    assert fit.in_half(page, "all")


def test_the_objective_is_the_mean_of_the_sets() -> None:
    assert fit.objective({"a": 0.9, "b": 0.7}) == pytest.approx(0.8)


def test_writing_keeps_the_doc_and_the_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "classifier.json"
    shipped = fit.OUT.read_text(encoding="utf-8")
    out.write_text(shipped, encoding="utf-8")
    monkeypatch.setattr(fit, "OUT", out)
    fit.write(fit.with_value(weights(), "short_penalty", 30))
    raw = json.loads(out.read_text(encoding="utf-8"))
    assert raw["short_penalty"] == 30
    assert raw["_doc"] == json.loads(shipped)["_doc"]
    assert raw.keys() == json.loads(shipped).keys()


def test_it_skips_cleanly_without_the_shared_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSCORPUS_SHARED", str(tmp_path / "absent"))
    with pytest.raises(SystemExit) as exit_info:
        fit.main(["--no-fit"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("skipped: ")
