"""One JSON text (a JSONL line or a JSON file) into Python values, safely: malformed or too deeply
nested JSON is a :class:`~newscorpus.errors.RecordError` naming the file and line, and lone
surrogates (``\\ud800`` escapes that encode no character, and that no UTF-8 writer can write) are
replaced by U+FFFD, the replacement character, so that what is read can always be written back.

Example:
    >>> loads_record('{"text": "a\\\\ud800b"}', path="a.jsonl", line=1)
    {'text': 'a\\ufffdb'}
    >>> loads_record("[" * 100_000, path="a.jsonl", line=3)
    Traceback (most recent call last):
    ...
    newscorpus.errors.RecordError: a.jsonl, line 3: not valid JSON (nested too deeply)
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import RecordError

__all__ = ["loads_record", "replace_lone_surrogates"]

# A \uD800-\uDFFF escape: the only way JSON text yields a lone surrogate. Linear, no backtracking.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def loads_record(text: str, *, path: str, line: int) -> Any:
    """Parse one JSON text that starts on ``line`` of ``path``, naming both when it cannot be parsed.

    Raises:
        RecordError: not valid JSON, or nested too deeply to parse.

    Example:
        >>> loads_record('{"a": 1}', path="x.jsonl", line=1)
        {'a': 1}
    """
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordError(
            f"not valid JSON ({exc.msg} at column {exc.colno})",
            path=path,
            line=line + exc.lineno - 1,
            stage="parse",
        ) from exc
    except RecursionError as exc:
        raise RecordError(
            "not valid JSON (nested too deeply)", path=path, line=line, stage="parse"
        ) from exc
    if _SURROGATE_ESCAPE.search(text) is None:
        return value
    try:
        return replace_lone_surrogates(value)
    except RecursionError as exc:  # pragma: no cover - json.loads refuses deeper values first
        raise RecordError("nested too deeply", path=path, line=line, stage="parse") from exc


def replace_lone_surrogates(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings (keys too) replaced by U+FFFD.

    Example:
        >>> replace_lone_surrogates({"t": ["ok", "x\\udc80"]})
        {'t': ['ok', 'x\\ufffd']}
    """
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [replace_lone_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {replace_lone_surrogates(k): replace_lone_surrogates(v) for k, v in value.items()}
    return value
