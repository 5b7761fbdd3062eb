"""Test-suite settings: on CI the hypothesis tests run a fixed sequence of examples.

A property test that draws new examples on every run can fail on one CI run and pass on the
next; on CI (``CI`` set, as ``.ci/run`` does) the examples are derandomized so a run is
repeatable, and a failure reproduces from a clean clone. Locally they stay random, to keep
finding new cases; ``benchmarks/fuzz.py`` explores further.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")
