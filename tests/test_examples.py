"""Every script in examples/ runs as is: exit status 0, in a fresh working directory."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
TIMEOUT_SECONDS = 120


def test_there_are_examples() -> None:
    assert EXAMPLES, f"no examples/*.py found under {ROOT}: the examples folder is missing or empty"


@pytest.mark.parametrize(
    "script",
    EXAMPLES or [pytest.param(None, id="no-examples")],
    ids=lambda p: p.name if isinstance(p, Path) else str(p),
)
def test_example_runs(script: Path | None, tmp_path: Path) -> None:
    assert script is not None, "no examples/*.py to run"
    env = dict(os.environ)
    # Import the package from this checkout even when it is not installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    assert result.returncode == 0, (
        f"{script.name} exited {result.returncode}\n"
        f"--- stdout ---\n{result.stdout[-3000:]}\n--- stderr ---\n{result.stderr[-3000:]}"
    )
    assert result.stdout.strip(), f"{script.name} printed nothing"
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
