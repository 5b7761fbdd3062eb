"""The quality gate's floors file and its comparison logic (synthetic figures; no ../shared)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

# Appended, not inserted: the benchmark scripts' names must not shadow any other module.
sys.path.append(str(Path(__file__).resolve().parents[1] / "benchmarks"))

import gate


def test_the_floors_file_is_well_formed() -> None:
    floors = gate.load_floors()
    data = json.loads(gate.FLOORS_FILE.read_text(encoding="utf-8"))
    assert "rule" in data["_doc"]
    assert "never lower a floor" in data["_doc"]["rule"]
    # Every family of figures the gate measures has floors: the samples, both benchmark modes,
    # and title, authors and date on the three metadata sets in both modes.
    assert {"samples.fields_right", "samples.body_f1", "samples.stray_lines"} <= set(floors)
    assert {"bench.html.f1", "bench.text.f1"} <= set(floors)
    for mode in ("html", "text"):
        for name in ("trafilatura-eval", "fundus-dev"):
            for figure in ("title_exact", "authors_f1", "date_exact"):
                assert floors[f"meta.{mode}.{name}.{figure}"].kind == "min"
            for figure in ("title_wrong", "authors_wrong", "date_wrong"):
                assert floors[f"meta.{mode}.{name}.{figure}"].kind == "max"
        assert f"meta.{mode}.htmldate-eval.date_exact" in floors
    assert floors["samples.fields_right"].bound == 30
    assert floors["samples.stray_lines"] == gate.Floor("samples.stray_lines", "max", 0.0)
    # A share or an F1 is a fraction; only the counts of the samples may exceed 1.
    for name, floor in floors.items():
        if name not in ("samples.fields_right", "samples.stray_lines"):
            assert 0 <= floor.bound <= 1, name


def test_every_floor_names_a_suite_the_gate_measures() -> None:
    prefixes = {"samples", "bench.html", "bench.text", "meta.html", "meta.text"}
    for name in gate.load_floors():
        assert any(name.startswith(prefix + ".") for prefix in prefixes), name


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"floors": {"a.b": {"min": 0.5}}}, "'_doc' and 'floors'"),
        ({"_doc": "", "floors": {"a.b": {"min": 0.5}}}, "'_doc' is empty"),
        ({"_doc": "d", "floors": {}}, "non-empty"),
        ({"_doc": "d", "floors": {"Bad Name": {"min": 0.5}}}, "dotted"),
        ({"_doc": "d", "floors": {"a.b": {"min": 0.5, "max": 0.9}}}, "must be"),
        ({"_doc": "d", "floors": {"a.b": {"floor": 0.5}}}, "must be"),
        ({"_doc": "d", "floors": {"a.b": {"min": "0.5"}}}, "not a number"),
        ({"_doc": "d", "floors": {"a.b": {"min": True}}}, "not a number"),
        ({"_doc": "d", "floors": {"a.b": {"min": float("nan")}}}, "finite"),
    ],
)
def test_a_malformed_floors_file_is_refused(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        gate.parse_floors(data)


FLOORS = gate.parse_floors(
    {"_doc": "synthetic", "floors": {"x.f1": {"min": 0.9}, "x.wrong": {"max": 0.1}}}
)


def _statuses(figures: dict[str, float]) -> list[str]:
    return [check.status for check in gate.compare(figures, FLOORS)]


def test_a_figure_at_or_above_its_floor_passes() -> None:
    assert _statuses({"x.f1": 0.9, "x.wrong": 0.1}) == ["OK", "OK"]
    assert _statuses({"x.f1": 0.95, "x.wrong": 0.0}) == ["OK", "OK"]
    assert all(check.passed for check in gate.compare({"x.f1": 1.0, "x.wrong": 0.05}, FLOORS))


def test_a_figure_below_its_floor_or_above_its_ceiling_fails() -> None:
    checks = gate.compare({"x.f1": 0.8999, "x.wrong": 0.1001}, FLOORS)
    assert [c.status for c in checks] == ["BELOW", "ABOVE"]
    assert not any(check.passed for check in checks)


def test_a_floor_whose_figure_was_not_measured_fails() -> None:
    checks = gate.compare({"x.f1": 0.95, "x.other": 0.5}, FLOORS)
    assert [c.status for c in checks] == ["OK", "MISSING"]
    assert not checks[1].passed


def test_the_report_puts_each_figure_beside_its_floor() -> None:
    lines = gate.format_checks(gate.compare({"x.f1": 0.85, "x.wrong": 0.05}, FLOORS))
    assert lines[1].split() == ["x.f1", "0.8500", ">=", "0.9000", "BELOW"]
    assert lines[2].split() == ["x.wrong", "0.0500", "<=", "0.1000", "OK"]


def test_suggested_floors_sit_0005_from_today_and_never_loosen() -> None:
    assert gate.suggested_bound("min", 0.97934) == 0.9743
    assert gate.suggested_bound("max", 0.03797) == 0.043
    assert gate.suggested_bound("max", 0.0) == 0.005
    suggested = gate.suggest({"x.f1": 0.99, "x.wrong": 0.5}, FLOORS)
    assert suggested == {"x.f1": {"min": 0.985}, "x.wrong": {"max": 0.1}}
    assert gate.suggest({"x.f1": 0.5}, FLOORS)["x.f1"] == {"min": 0.9}


def test_the_gate_skips_cleanly_without_the_shared_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSCORPUS_SHARED", str(tmp_path / "absent"))
    with pytest.raises(SystemExit) as exit_info:
        gate.main([])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("skipped: ")
    assert len(out.strip().splitlines()) == 1
