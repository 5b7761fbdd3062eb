"""Pages given as bytes (read with ``open(..., "rb")`` or fetched over HTTP) are decoded first."""

from __future__ import annotations

import pytest

from newscorpus import extract_html, extract_text
from newscorpus.article import Origin
from newscorpus.errors import BinaryInputError, EmptyInputError

_PAGE = (
    "<html><head><meta charset='{charset}'><title>Мост открыт</title></head><body><article>"
    "<h1>Мост открыт</h1><p>Старый мост снова открыт для движения после двух лет ремонта.</p>"
    "<p>Городские власти ожидают, что пробки исчезнут к концу недели.</p></article></body></html>"
)
_TEXT = "Café reopens\n\nThe old café on the square reopened on Monday after two years of works."


@pytest.mark.parametrize("charset", ["utf-8", "windows-1251", "koi8-r"])
def test_html_bytes_are_read_in_their_declared_charset(charset: str) -> None:
    page = _PAGE.format(charset=charset)
    from_bytes = extract_html(page.encode(charset))
    assert from_bytes.to_dict() == extract_html(page).to_dict()
    assert from_bytes.title == "Мост открыт"


def test_bytearray_and_memoryview_are_bytes_too() -> None:
    data = _PAGE.format(charset="utf-8").encode()
    expected = extract_html(data).text
    assert extract_html(bytearray(data)).text == expected
    assert extract_html(memoryview(data)).text == expected


def test_text_bytes_are_decoded_by_detection() -> None:
    assert extract_text(_TEXT.encode("utf-8")).to_dict() == extract_text(_TEXT).to_dict()
    assert "café" in extract_text(_TEXT.encode("latin-1")).text


@pytest.mark.parametrize("extract", [extract_html, extract_text])
def test_empty_bytes_name_the_file(extract: object) -> None:
    with pytest.raises(EmptyInputError) as caught:
        extract(b"", origin=Origin(path="pages/a.html"))  # type: ignore[operator]
    assert caught.value.path == "pages/a.html"


@pytest.mark.parametrize("extract", [extract_html, extract_text])
def test_binary_bytes_are_refused(extract: object) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with pytest.raises(BinaryInputError):
        extract(png, origin=Origin(path="pages/logo.png"))  # type: ignore[operator]


@pytest.mark.parametrize("extract", [extract_html, extract_text])
def test_neither_text_nor_bytes_is_a_type_error(extract: object) -> None:
    with pytest.raises(TypeError, match="str or bytes, got int"):
        extract(42)  # type: ignore[operator]
