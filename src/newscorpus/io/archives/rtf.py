"""RTF exports turned into text, with the ``striprtf`` package (the ``[rtf]`` extra).

LexisNexis and Factiva both offer RTF downloads whose text, once the RTF markup is gone, has the
same layout as their text exports; the parsers then read it as text. Detecting an RTF export
needs no extra: :func:`rough_text` drops control words well enough to recognise the layout.

Example:
    >>> rough_text(r"{\\rtf1\\ansi {\\b HD}\\tab Talks\\par}")
    'HD Talks\\n'
"""

from __future__ import annotations

import re

from ...errors import ExportError, import_extra

__all__ = ["RTF_MAGIC", "rough_text", "rtf_to_text"]

RTF_MAGIC = b"{\\rtf"
"""The bytes an RTF file starts with."""

_CONTROL = re.compile(
    r"\\(?:par|line)\b ?|\\tab\b ?|\\[a-zA-Z]{1,32}-?\d{0,10} ?|\\'[0-9a-f]{2}|[{}]"
)


def rough_text(rtf: str) -> str:
    """The words of an RTF document without its markup, for recognising its layout only
    (paragraph and line breaks become new lines, tabs spaces; escaped characters are dropped).

    Args:
        rtf: the RTF source (or its first part).

    Example:
        >>> rough_text(r"{\\rtf1 1 of 2 DOCUMENTS\\par\\par The Courier}")
        '1 of 2 DOCUMENTS\\n\\nThe Courier'
    """

    def replace(match: re.Match[str]) -> str:
        token = match.group()
        if token.startswith(("\\par", "\\line")):
            return "\n"
        if token.startswith("\\tab"):
            return " "
        return ""

    return _CONTROL.sub(replace, rtf[:2_000_000])


def rtf_to_text(data: bytes, *, path: str) -> str:
    """The text of an RTF export.

    Args:
        data: the file's bytes.
        path: the file, named in errors.

    Raises:
        MissingExtraError: ``striprtf`` is not installed (``pip install 'newscorpus[rtf]'``).
        ExportError: the RTF cannot be read.

    Example:
        >>> rtf_to_text(rb"{\\rtf1\\ansi Talks\\par resume}", path="a.rtf")
        'Talks\\nresume'
    """
    module = import_extra("striprtf.striprtf", "rtf", f"reading the RTF export {path}")
    source = data.decode("cp1252", errors="replace")  # RTF is 7-bit; escapes carry the rest
    try:
        text = module.rtf_to_text(source, errors="replace")
    except (ValueError, LookupError, IndexError) as exc:
        raise ExportError(f"not a readable RTF file: {exc}", path=path, stage="parse") from exc
    return str(text)
