"""CI's quality gate: every gated benchmark figure beside its floor; exit 1 if any is below.

The floors live in one data file, ``benchmarks/floors.json`` (its ``_doc`` says what each figure
is and how it is measured). A floor (``"min"``) is the lowest figure allowed, a ceiling
(``"max"``, for the scorer's "wrong" shares and stray lines) the highest. Each was set at today's
figure minus (or plus) 0.005. A change that raises a figure raises its floor in the same commit;
a floor is never lowered.

The figures are measured by the benchmark scripts' own functions (``samples.measure``,
``htmlmode.measure``, ``textmode.measure``, ``metadata.measure``, ``textmeta.measure``) on the
data of ../shared (or ``NEWSCORPUS_SHARED``); without it the gate prints one "skipped: ..." line
and exits 0. The measurements run in up to two processes (``--jobs``); each is deterministic, so
the figures do not depend on the number of processes.

    python benchmarks/gate.py [--update] [--jobs N]

``--update`` also prints the floors that today's figures suggest (each figure minus 0.005, or plus
0.005 for a ceiling, never lowering a floor), as JSON to paste into floors.json; it writes nothing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
FLOORS_FILE = HERE / "floors.json"
MARGIN = 0.005
"""How far below today's figure a floor sits (above, for a ceiling)."""
DECIMALS = 4
"""Floors are written with this many decimals, rounded away from today's figure."""

Kind = Literal["min", "max"]
_KINDS: tuple[Kind, ...] = ("min", "max")
_NAME = re.compile(r"^[a-z][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$")

Measure = Callable[[Path], dict[str, float]]

# The data each measurement reads under the shared folder.
NEEDED = (
    "samples/expected.json",
    "bench/evaluate.py",
    "bench/score_meta.py",
    "bench/render_text.py",
    "bench/article-extraction/ground-truth.json",
    "bench/article-extraction/html",
    "bench/article-extraction/text",
    "bench/metadata",
)


@dataclass(frozen=True)
class Floor:
    """One gated figure's bound: ``kind`` ``"min"`` is a floor, ``"max"`` a ceiling."""

    name: str
    kind: Kind
    bound: float

    def holds(self, value: float) -> bool:
        """Whether ``value`` is at or on the good side of the bound."""
        return value >= self.bound if self.kind == "min" else value <= self.bound


@dataclass(frozen=True)
class Check:
    """A figure measured today beside its floor (``value`` None: it was not measured)."""

    floor: Floor
    value: float | None

    @property
    def passed(self) -> bool:
        return self.value is not None and self.floor.holds(self.value)

    @property
    def status(self) -> str:
        if self.value is None:
            return "MISSING"
        if self.passed:
            return "OK"
        return "BELOW" if self.floor.kind == "min" else "ABOVE"


def parse_floors(data: Mapping[str, Any]) -> dict[str, Floor]:
    """The floors of a parsed floors.json; ValueError naming the first malformed part.

    The file holds ``"_doc"`` (what the figures are) and ``"floors"``: figure name -> exactly
    one of ``{"min": number}`` or ``{"max": number}``.
    """
    if set(data) != {"_doc", "floors"}:
        raise ValueError(f"floors file keys must be '_doc' and 'floors', not {sorted(data)}")
    if not data["_doc"]:
        raise ValueError("floors file '_doc' is empty")
    entries = data["floors"]
    if not isinstance(entries, dict) or not entries:
        raise ValueError("'floors' must be a non-empty object")
    floors: dict[str, Floor] = {}
    for name, entry in entries.items():
        if not _NAME.match(name):
            raise ValueError(f"floor name {name!r} is not dotted lower-case words")
        if not isinstance(entry, dict) or len(entry) != 1 or next(iter(entry)) not in _KINDS:
            raise ValueError(f"floor {name!r} must be {{'min': number}} or {{'max': number}}")
        kind: Kind = "min" if "min" in entry else "max"
        bound = entry[kind]
        if isinstance(bound, bool) or not isinstance(bound, (int, float)):
            raise ValueError(f"floor {name!r}: {bound!r} is not a number")
        if not math.isfinite(bound) or bound < 0:
            raise ValueError(f"floor {name!r}: {bound!r} is not a finite figure >= 0")
        floors[name] = Floor(name, kind, float(bound))
    return floors


def load_floors(path: Path = FLOORS_FILE) -> dict[str, Floor]:
    """The floors of ``path`` (benchmarks/floors.json by default), checked."""
    return parse_floors(json.loads(path.read_text(encoding="utf-8")))


def compare(figures: Mapping[str, float], floors: Mapping[str, Floor]) -> list[Check]:
    """Each floor beside its figure, in the floors' order; a figure without a floor is not
    gated, a floor without a figure fails (MISSING)."""
    return [Check(floor, figures.get(name)) for name, floor in floors.items()]


def format_checks(checks: list[Check]) -> list[str]:
    """One line per check: name, today's figure, the bound, and OK / BELOW / ABOVE / MISSING."""
    width = max((len(c.floor.name) for c in checks), default=10)
    lines = [f"{'figure':<{width}}  {'today':>8}  {'floor':>9}  status"]
    for check in checks:
        value = "-" if check.value is None else f"{check.value:.4f}"
        sign = ">=" if check.floor.kind == "min" else "<="
        lines.append(
            f"{check.floor.name:<{width}}  {value:>8}  {sign} {check.floor.bound:<6.4f}  "
            f"{check.status}"
        )
    return lines


def suggested_bound(kind: Kind, value: float) -> float:
    """The floor today's ``value`` sets: ``value - MARGIN`` rounded down (a ceiling: plus, up)."""
    scale = 10.0**DECIMALS
    if kind == "min":
        return math.floor(round((value - MARGIN) * scale, 6)) / scale
    return math.ceil(round((value + MARGIN) * scale, 6)) / scale


def suggest(
    figures: Mapping[str, float], floors: Mapping[str, Floor]
) -> dict[str, dict[str, float]]:
    """The ``floors`` object today's figures suggest: a bound moves only to the stricter side."""
    out: dict[str, dict[str, float]] = {}
    for name, floor in floors.items():
        bound = floor.bound
        if name in figures:
            candidate = suggested_bound(floor.kind, figures[name])
            bound = max(bound, candidate) if floor.kind == "min" else min(bound, candidate)
        out[name] = {floor.kind: bound}
    return out


def _scripts_importable() -> None:
    # Run as a script, this folder is sys.path[0] already; imported (by the tests), it is put
    # last, so that its script names (metadata, templates ...) shadow nothing.
    if str(HERE) not in sys.path:
        sys.path.append(str(HERE))


def suites() -> dict[str, Measure]:
    """Each measurement by the prefix of its figures, the longest first (they run in parallel)."""
    _scripts_importable()
    import htmlmode
    import metadata
    import samples
    import textmeta
    import textmode

    return {
        "meta.text": textmeta.measure,
        "meta.html": metadata.measure,
        "bench.html": htmlmode.measure,
        "bench.text": textmode.measure,
        "samples": samples.measure,
    }


def measure_all(shared: Path, jobs: int) -> dict[str, float]:
    """Every figure, named ``<suite>.<figure>``, in the suites' order whatever ``jobs`` is."""
    measures = suites()
    results: dict[str, dict[str, float]] = {}
    if jobs <= 1:
        results = {prefix: run(shared) for prefix, run in measures.items()}
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            futures: dict[str, Future[dict[str, float]]] = {
                prefix: pool.submit(run, shared) for prefix, run in measures.items()
            }
            results = {prefix: future.result() for prefix, future in futures.items()}
    return {
        f"{prefix}.{name}": value
        for prefix, figures in results.items()
        for name, value in figures.items()
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument(
        "--update", action="store_true", help="also print the floors today's figures suggest"
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=min(2, os.cpu_count() or 1),
        help="processes to measure in (default: 2, or 1 on one core)",
    )
    args = parser.parse_args(argv)
    floors = load_floors()
    _scripts_importable()
    from _shared import require_shared

    shared = require_shared("the quality gate")
    missing = [part for part in NEEDED if not (shared / part).exists()]
    if missing:
        print(f"QUALITY GATE FAILED: {shared} lacks {', '.join(missing)}")
        return 1
    start = time.perf_counter()
    figures = measure_all(shared, args.jobs)
    checks = compare(figures, floors)
    print(f"quality gate: {len(checks)} figures against {FLOORS_FILE.name} (data: {shared})")
    print("\n".join(format_checks(checks)))
    print(f"measured in {time.perf_counter() - start:.0f} s ({args.jobs} processes)")
    if args.update:
        suggested = suggest(figures, floors)
        raised = [
            name for name, floor in floors.items() if suggested[name][floor.kind] != floor.bound
        ]
        print("\nsuggested floors (written nowhere; paste into floors.json, never lower one):")
        print(
            "\n".join(
                f"    {json.dumps(name)}: {json.dumps(bound)}," for name, bound in suggested.items()
            )
        )
        print(f"raised: {', '.join(raised) or 'none'}")
    failed = [check for check in checks if not check.passed]
    if failed:
        names = ", ".join(f"{c.floor.name} ({c.status})" for c in failed)
        print(f"QUALITY GATE FAILED: {len(failed)} of {len(checks)} figures: {names}")
        return 1
    print(f"quality gate passed: {len(checks)} figures at or above their floors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
