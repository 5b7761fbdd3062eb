"""Helpers shared by the benchmark scripts: where ../shared is, and its body metric.

The benchmark data and its metric live outside the repository (``../shared`` beside the clone,
or the folder named by ``NEWSCORPUS_SHARED``). Scripts skip cleanly when it is absent.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """The shared folder, or None when it is not there."""
    env = os.environ.get("NEWSCORPUS_SHARED")
    candidate = Path(env) if env else ROOT.parent / "shared"
    return candidate if candidate.is_dir() else None


def require_shared(what: str) -> Path:
    """The shared folder; exit 0 with a message when it is absent (a clean skip)."""
    found = shared_dir()
    if found is None:
        print(f"skipped: {what} needs ../shared (or NEWSCORPUS_SHARED); not found")
        sys.exit(0)
    return found


def load_shared_module(shared: Path, filename: str) -> ModuleType:
    """Import one of the benchmark's own scripts from ``shared/bench`` (standard library only)."""
    path = shared / "bench" / filename
    spec = importlib.util.spec_from_file_location(f"shared_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_metric(shared: Path) -> ModuleType:
    """Import the benchmark's own body metric (evaluate.py)."""
    return load_shared_module(shared, "evaluate.py")


def pages_per_second(run: Callable[[str], object], pages: Sequence[str], passes: int = 3) -> float:
    """Pages per second of ``run`` over ``pages``, one process, the median of ``passes`` passes."""
    times = []
    for _ in range(passes):
        start = time.perf_counter()
        for page in pages:
            run(page)
        times.append(time.perf_counter() - start)
    return len(pages) / statistics.median(times)
