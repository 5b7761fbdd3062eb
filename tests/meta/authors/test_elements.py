"""Authors from byline elements and JSON-LD references, on synthetic pages."""

from __future__ import annotations

import pytest

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.authors.bylines import contributors, is_organisation, split_authors
from newscorpus.meta.authors.choose import choose_authors
from newscorpus.meta.authors.elements import read_dom_byline
from newscorpus.meta.authors.markup import (
    AuthorCandidate,
    clean_author_names,
    jsonld_works,
    labelled_authors,
    surname_first,
)
from newscorpus.meta.authors.names import is_given_name, names_a_person, strip_name_junk
from newscorpus.meta.authors.sites import domain_owner, site_names

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring.</p>"
)


def _authors(markup: str) -> tuple[str, ...] | None:
    byline = read_dom_byline(parse_html(f"<html><body>{markup}</body></html>").root)
    return None if byline is None else byline.authors


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<span class="byline">By <span class="author vcard">Ann Lee</span></span>', ("Ann Lee",)),
        ('<p class="byline">Veröffentlicht vonEva Sousa</p>', ("Eva Sousa",)),
        ('<div class="entry-author">von jimbo42</div>', ("jimbo42",)),
        ('<a rel="author" href="/u/1">Tom Park</a>', ("Tom Park",)),
        (
            '<span itemprop="author" itemscope><a href="/a"><span itemprop="name">Ida Berg</span></a></span>',
            ("Ida Berg",),
        ),
        ('<div class="post-author">Par Marie Curtis | 3 mai 2024</div>', ("Marie Curtis",)),
        ('<p class="author">11:30 Uhr von Jan Holm</p>', ("Jan Holm",)),
        ('<p class="author">Ann Lee Last updated 3 May 2024</p>', ("Ann Lee",)),
        ('<div class="byline">von Ann Lee und Tom Park</div>', ("Ann Lee", "Tom Park")),
        (
            '<p><a rel="author">Ann Lee</a>, <a rel="author">Tom Park</a></p>',
            ("Ann Lee", "Tom Park"),
        ),
        ("<p><strong>Autor:</strong> <a href='/p/7'>Klaus Berg</a></p>", ("Klaus Berg",)),
        ("<h4>Author</h4><p><a href='/p/7'>Nina Vogt</a></p>", ("Nina Vogt",)),
        ("<address>By <a href='/p/2'>Ola Dahl</a></address>", ("Ola Dahl",)),
        ('<div class="byline">By Reuters</div>', ("Reuters",)),
    ],
)
def test_byline_elements(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        # readers' comments, author boxes, related posts and footers are not the byline
        '<div class="comments"><div class="comment-author vcard">Tom sagt:</div></div>',
        '<div class="related-posts"><span class="author">Ann Lee</span></div>',
        '<footer><span class="author">Ann Lee</span></footer>',
        '<img class="author-avatar" alt="Ann Lee">',
        '<a class="author" href="/u">View all posts by Ann Lee</a>',
        '<span class="author">Von</span>',
        '<p class="byline">By the way, the minister said the plan was final.</p>',
        "<p>No byline here.</p>",
    ],
)
def test_not_bylines(markup: str) -> None:
    assert _authors(markup) is None


def test_author_box_only_when_no_byline() -> None:
    box = '<div class="author-box"><span class="author-name">Ann Lee</span></div>'
    assert _authors(box) == ("Ann Lee",)
    assert _authors(f'<p class="byline">By Tom Park</p>{box}') == ("Tom Park",)


def test_footer_of_the_post_counts_but_not_the_site_footer() -> None:
    post = '<article><footer class="entry-footer"><span class="author">Ann Lee</span></footer></article>'
    assert _authors(post) == ("Ann Lee",)
    assert _authors('<div id="footer"><span class="author">Ann Lee</span></div>') is None


def test_no_root_gives_none() -> None:
    assert read_dom_byline(None) is None


def test_jsonld_author_by_id_reference() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@graph": ['
        '{"@type": "Article", "headline": "Ferries", "author": {"@id": "#p1"}},'
        '{"@type": "Person", "@id": "#p1", "name": "Ann Lee"}]}</script></head>'
        f"<body><article>{BODY}</article></body></html>"
    )
    art = extract_html(html)
    assert art.authors == ("Ann Lee",)
    assert art.provenance["authors"].source == "html:json-ld"


def test_dom_byline_in_extraction_with_provenance() -> None:
    html = (
        '<html><head><meta name="author" content="site-admin@example.org"></head><body><article>'
        '<h1>Ferries</h1><p class="byline">By <a rel="author" href="/u/ann">Ann Lee</a></p>'
        f"{BODY}</article></body></html>"
    )
    art = extract_html(html)
    assert art.authors == ("Ann Lee",)
    assert art.provenance["authors"].source == "html:byline"
    assert art.provenance["authors"].rule == "rel-author"


def test_agency_byline_is_marked_organisation() -> None:
    html = f'<html><body><article><div class="byline">By AFP</div>{BODY}</article></body></html>'
    art = extract_html(html)
    assert art.authors == ("AFP",)
    assert art.meta["organisations"] == ["AFP"]


def test_split_authors_loose_keeps_nicknames() -> None:
    assert split_authors("jimbo42 und Ann Lee", strict=False) == ("jimbo42", "Ann Lee")
    assert split_authors("jimbo42 und Ann Lee") == ("Ann Lee",)


def test_is_organisation() -> None:
    assert is_organisation("dpa") and is_organisation("News Desk")
    assert not is_organisation("Ann Lee")


def test_strip_name_junk() -> None:
    assert strip_name_junk("Ann Lee (ann@example.org), reporter") == "Ann Lee"
    assert strip_name_junk("   ") is None


def _page(head: str, body: str = "") -> str:
    return f"<html><head>{head}</head><body><article>{body}{BODY}</article></body></html>"


def test_jsonld_organisation_that_is_the_site_gives_way_to_the_byline() -> None:
    head = (
        '<meta property="og:site_name" content="Valley Courier">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferries",'
        ' "author": {"@type": "Organization", "name": "Valley Courier"}}</script>'
    )
    art = extract_html(_page(head, '<p class="byline">By Ann Lee</p>'))
    assert art.authors == ("Ann Lee",)
    assert art.provenance["authors"].source == "html:byline"


def test_jsonld_wire_agency_author_is_kept_and_marked() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle",'
        ' "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Organization",'
        ' "name": "Reuters"}]}</script>'
    )
    art = extract_html(_page(head))
    assert art.authors == ("Ann Lee", "Reuters")
    assert art.meta["organisations"] == ["Reuters"]


def test_meta_author_that_is_the_host_gives_way_to_a_byline() -> None:
    url = "https://www.valley-courier.com/news/1"
    head = '<meta name="author" content="valley-courier.com">'
    art = extract_html(_page(head, '<p class="byline">By Ann Lee</p>'), url=url)
    assert art.authors == ("Ann Lee",)
    # with nobody else named, the site is the author
    assert extract_html(_page(head), url=url).authors == ("valley-courier.com",)


def test_jsonld_and_meta_disagree_jsonld_wins() -> None:
    head = (
        '<meta name="author" content="Tom Park">'
        '<script type="application/ld+json">{"@type": "Article", "author": "Ann Lee"}</script>'
    )
    art = extract_html(_page(head))
    assert art.authors == ("Ann Lee",)
    assert art.provenance["authors"].source == "html:json-ld"


def test_nickname_gives_way_to_full_name() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article",'
        ' "author": {"@type": "Person", "name": "Todd"}}</script>'
    )
    art = extract_html(_page(head, '<a rel="author" href="/t">Todd Bates</a>'))
    assert art.authors == ("Todd Bates",)


def test_clean_author_names_bad_input() -> None:
    assert clean_author_names([]) == ()
    assert clean_author_names(["", "   ", "mailto@example.org"]) == ()
    assert clean_author_names(["By Ann Lee; Tom Park"]) == ("Ann Lee", "Tom Park")


def test_choose_authors_all_site_names() -> None:
    only_site = AuthorCandidate(names=("Example GmbH",), source="html:meta", rule="author")
    assert choose_authors([only_site]) == only_site
    person = AuthorCandidate(names=("Ann Lee",), source="html:meta", rule="dc.creator")
    assert choose_authors([only_site, person]) == person
    assert site_names(None, url="not a url") == ()


def test_meta_line_with_byline_prefix() -> None:
    assert _authors('<p class="postmetadata">Von R. Berg am 3. Mai 2024</p>') == ("R. Berg",)
    assert _authors('<div class="metaInfo">Ein Artikel von Ida Berg | 27.01.2022</div>') == (
        "Ida Berg",
    )
    assert _authors('<p class="postmetadata">Filed under news</p>') is None


def test_forum_data_author_as_last_resort() -> None:
    markup = '<article data-author="seabird42"><p>First post.</p></article>'
    assert _authors(markup) == ("seabird42",)


def test_user_name_gives_way_to_full_name() -> None:
    nick = AuthorCandidate(names=("ann.lee",), source="html:json-ld", rule="author")
    full = AuthorCandidate(names=("Ann B. Lee",), source="html:byline", rule="byline-class")
    assert choose_authors([nick, full]) == full


def test_unmarked_byline_paragraph_needs_a_person_name() -> None:
    assert _authors("<article><p>von Ida Berg</p><p>Body text here.</p></article>") == ("Ida Berg",)
    assert _authors("<article><p>by the sea</p></article>") is None


def test_layout_wrapper_naming_a_sidebar_is_not_a_sidebar() -> None:
    markup = '<div class="content-sidebar-wrap"><span class="author">Ann Lee</span></div>'
    assert _authors(markup) == ("Ann Lee",)
    assert _authors('<div class="sidebar-left"><span class="author">Ann Lee</span></div>') is None


def test_desk_names_are_kept() -> None:
    assert _authors('<span class="byline author">von Redaktion, 24. Januar 2022</span>') == (
        "Redaktion",
    )


def test_contributors_record_kind_and_provenance() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": ['
        '{"@type": "Person", "name": "Ann Lee"},'
        '{"@type": "NewsMediaOrganization", "name": "Harbour Wire Service"}]}</script>'
    )
    art = extract_html(_page(head))
    assert art.meta["contributors"] == [
        {"name": "Ann Lee", "kind": "person", "provenance": "html:json-ld:author"},
        {
            "name": "Harbour Wire Service",
            "kind": "organization",
            "provenance": "html:json-ld:author",
        },
    ]
    again = type(art).from_dict(art.to_dict())
    assert again.meta["contributors"] == art.meta["contributors"]


def test_person_and_organization_typed_author_is_a_person() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "Article",'
        ' "author": {"@type": ["Person", "Organization"], "name": "Ann Lee"}}</script>'
    )
    assert extract_html(_page(head)).meta["contributors"][0]["kind"] == "person"


def test_contributors_without_provenance() -> None:
    assert contributors(["Ann Lee"], organisations=["ann lee"]) == [
        {"name": "Ann Lee", "kind": "organization"}
    ]


def test_unmarked_line_after_the_body_is_not_a_signature_in_html() -> None:
    html = f"<html><body><article>{BODY}<p>Harbour Lights</p></article></body></html>"
    assert extract_html(html).authors == ()


def test_byline_inside_a_meta_line() -> None:
    markup = '<div class="meta">Posted in Travel by seabird on August 3, 2019</div>'
    assert _authors(markup) == ("seabird",)


def test_site_desk_and_handle_repeats_are_dropped() -> None:
    byline = AuthorCandidate(
        names=("Ann Lee", "annlee", "Courier Staff"), source="html:byline", rule="byline-class"
    )
    chosen = choose_authors([byline], sites=("courier.example",))
    assert chosen is not None and chosen.names == ("Ann Lee",)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<p class="byline">Cat Ross /June 12, 2020 9:49 am EST /</p>', ("Cat Ross",)),
        ('<p class="byline">AUTOR/IN Jan Holm</p>', ("Jan Holm",)),
        ('<p class="author">Ida Berg Chefredakteurin</p>', ("Ida Berg",)),
        ('<p class="byline">Ann Lee / dpa</p>', ("Ann Lee", "dpa")),
    ],
)
def test_byline_residue(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


def test_comment_form_words_are_not_names() -> None:
    assert _authors('<div class="author">Name Email Comment Submit</div>') is None


def test_credit_line_keeps_the_writer_not_the_illustrator() -> None:
    markup = "<article><p><em>Text von Ida Berg Illustration von Tom Park</em></p></article>"
    assert _authors(markup) == ("Ida Berg",)
    assert _authors('<p class="byline">Ann Lee Fotos: Tom Park</p>') == ("Ann Lee",)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Verfasst von", ("Jana Korte",)),
        ("Written by", ("Jana Korte",)),
        ("Escrito por", ("Jana Korte",)),
        ("Est. reading time", ()),
        ("Geschätzte Lesezeit", ()),
    ],
)
def test_twitter_label_names_the_author(label: str, expected: tuple[str, ...]) -> None:
    head = (
        f'<meta name="twitter:label1" content="{label}">'
        '<meta name="twitter:data1" content="Jana Korte">'
    )
    assert extract_html(_page(head)).authors == expected


def test_labelled_authors_second_pair_and_bad_input() -> None:
    metas = {
        "twitter:label1": "Est. reading time",
        "twitter:data1": "3 minutes",
        "twitter:label2": "Written by",
        "twitter:data2": "Ann Lee, Tom Park",
    }
    assert labelled_authors(metas) == ("Ann Lee", "Tom Park")
    assert labelled_authors({"twitter:label1": "Written by"}) == ()
    assert labelled_authors({}) == ()


@pytest.mark.parametrize(
    "markup",
    [
        '<div class="info"><b>Von:</b><br><br> Jana Korte</div>',
        "<dl><dt>Autorin</dt><dd>Jana Korte</dd></dl>",
    ],
)
def test_label_then_name_on_the_next_line(markup: str) -> None:
    byline = read_dom_byline(parse_html(f"<article><p>Text.</p>{markup}</article>").root)
    assert byline is not None
    assert byline.authors == ("Jana Korte",)


def test_label_with_nothing_after_it_gives_nothing() -> None:
    page = parse_html("<article><p>Text.</p><div><b>Von:</b><br><br></div></article>")
    assert read_dom_byline(page.root) is None


def test_comment_by_the_post_author_names_the_author_as_last_resort() -> None:
    comments = (
        '<ol class="comments-list"><li class="comment byuser comment-author-tkorte">'
        '<cite class="fn">Ulla Reader</cite><p>Nice.</p></li>'
        '<li class="comment byuser comment-author-jkorte bypostauthor">'
        '<div class="comment-author vcard"><b class="fn">Jana Korte</b> <span>sagt:</span>'
        "</div><p>Thanks!</p></li></ol>"
    )
    page = parse_html(f"<article><p>Text.</p></article>{comments}")
    byline = read_dom_byline(page.root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (("Jana Korte",), "post-author-comment")
    # a real byline wins over it
    marked = parse_html(f'<article><p class="byline">By Ann Lee</p></article>{comments}')
    assert read_dom_byline(marked.root).authors == ("Ann Lee",)  # type: ignore[union-attr]


def test_unmarked_link_to_the_authors_page() -> None:
    link = '<a href="https://example.de/autoren/jana-koerte-6841"><span>Jana Körte</span></a>'
    byline = read_dom_byline(parse_html(f"<article><p>{link}</p><p>Text.</p></article>").root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (("Jana Körte",), "author-link")


@pytest.mark.parametrize(
    "markup",
    [
        # the text is not the person the address names
        '<article><a href="/author/jana-korte/">Alle Beiträge</a><p>Text.</p></article>',
        '<article><a href="/author/jana-korte/">Tom Park</a><p>Text.</p></article>',
        # a list of other posts' authors
        '<article><p>Text.</p></article><div class="related"><a href="/author/tom-park/">'
        "Tom Park</a></div>",
        # not an author's page
        '<article><a href="/autos/tom-park">Tom Park</a><p>Text.</p></article>',
    ],
)
def test_author_links_that_are_not_bylines(markup: str) -> None:
    assert read_dom_byline(parse_html(markup).root) is None


def test_label_alone_in_its_block_names_the_next_block() -> None:
    markup = (
        '<div><div><p class="label"><strong>By</strong></p></div>'
        '<div><p class="full-name">Jana Korte</p></div></div>'
    )
    byline = read_dom_byline(parse_html(f"<article>{markup}<p>Text.</p></article>").root)
    assert byline is not None
    assert byline.authors == ("Jana Korte",)


def test_label_inside_a_longer_block_does_not_climb() -> None:
    markup = "<div><p><strong>By</strong> the river we sat.</p></div><div><p>Jana Korte</p></div>"
    byline = read_dom_byline(parse_html(f"<article>{markup}</article>").root)
    assert byline is None or byline.authors != ("Jana Korte",)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Jana Korte/SP-X", ("Jana Korte",)),
        ("Jana Korte/dpa", ("Jana Korte",)),
        ("Jana Korte / dpa", ("Jana Korte", "dpa")),
        ("jkorte/ab", ("jkorte/ab",)),  # one word: a handle, not a name with a sigle
    ],
)
def test_agency_sigle_glued_to_a_name(written: str, expected: tuple[str, ...]) -> None:
    page = parse_html(f'<article><p><span class="author">{written}</span></p></article>')
    byline = read_dom_byline(page.root)
    assert byline is not None
    assert byline.authors == expected


def test_one_person_site_named_after_its_owner() -> None:
    page = "<html><head><title>Rivers in spring | Jana Korteweg</title></head><body><article>"
    art = extract_html(page + BODY + "</article></body></html>", url="https://jana-korteweg.de/a/")
    assert art.authors == ("Jana Korteweg",)
    assert art.provenance["authors"].rule == "domain-owner"


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Rivers in spring | Valley Courier", "https://valleycourier.com/a/"),  # a masthead
        ("Rivers in spring | Jana Korteweg", "https://example.com/a/"),  # another host
        ("Rivers in spring | jana korteweg", "https://janakorteweg.com/a/"),  # not capitalised
        ("Rivers in spring | Jana Korteweg", None),  # no host at all
        ("Rivers | Al Bo", "https://albo.com/"),  # too short a host to tell
    ],
)
def test_domain_owner_needs_a_persons_name_spelling_the_host(title: str, url: str | None) -> None:
    assert domain_owner([title], url=url) is None


def test_domain_owner_not_when_the_site_names_a_publisher() -> None:
    head = (
        "<title>Rivers in spring | Jana Korteweg</title>"
        '<meta property="og:site_name" content="Korteweg Media">'
    )
    assert extract_html(_page(head), url="https://janakorteweg.com/a/").authors == ()


@pytest.mark.parametrize(
    ("sigle", "site", "is_site"),
    [
        ("VK", "Valley Kurier", True),
        ("VK", "VK - Valley Kurier", True),
        ("VK", "VALLEY KURIER", True),
        ("AL", "Valley Kurier", False),  # an author's own initials
        ("Vk", "Valley Kurier", False),  # not a sigle in capitals
        ("VK", "", False),
    ],
)
def test_site_signing_with_its_initials(sigle: str, site: str, is_site: bool) -> None:
    jsonld = AuthorCandidate(names=(sigle,), source="html:json-ld", rule="author")
    byline = AuthorCandidate(names=("Ann Lee",), source="html:byline", rule="byline-class")
    chosen = choose_authors([jsonld, byline], sites=(site,) if site else ())
    assert chosen is not None
    assert chosen.names == (("Ann Lee",) if is_site else (sigle,))


def test_recipe_author_when_no_article_names_one() -> None:
    recipe = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "Recipe", "name": "Plum cake", "author": {"@type": "Person", '
        '"name": "kuchenfee"}}]}</script>'
    )
    art = extract_html(_page(recipe))
    assert art.authors == ("kuchenfee",)
    assert art.provenance["authors"].rule == "work-author"
    # an article's byline wins over it
    assert extract_html(_page(recipe, '<p class="byline">By Ann Lee</p>')).authors == ("Ann Lee",)


def test_jsonld_works_bad_input() -> None:
    assert list(jsonld_works("Recipe")) == []
    assert list(jsonld_works({"@type": 5, "author": "x"})) == []
    assert list(jsonld_works([[{"@type": ["Thing", "Review"], "author": "x"}]])) == [
        {"@type": ["Thing", "Review"], "author": "x"}
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Autorin: Jana Korte, Projektleiterin im Haus", ("Jana Korte",)),
        ('Autor: <a href="/anwalt/">Rechtsanwalt</a> Jana Korte', ("Jana Korte",)),
        ('Autor: <a href="/p/jk">Jana Korte</a>', ("Jana Korte",)),
        ("Autoren: Jana Korte, Tom Park", ("Jana Korte", "Tom Park")),
        ("<span>责任编辑：  王小明 </span>", ("王小明",)),
    ],
)
def test_label_opening_a_line_of_running_text(line: str, expected: tuple[str, ...]) -> None:
    markup = f"<article><div>Der Text endet hier.<br><br>{line}<br>Bild: Archiv</div></article>"
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (expected, "text-label")


@pytest.mark.parametrize(
    "markup",
    [
        # the word inside a sentence, not a label opening a line
        "<article><div>Der Autor: ein Mann, der nie schrieb.</div></article>",
        # a script's text is no line of the page
        "<article><p>Text.</p><script>var a = 1;\nAuthor: Tom Park</script></article>",
        # in the comments
        '<article><p>Text.</p></article><div class="comments">Autor: Tom Park</div>',
    ],
)
def test_text_label_not_a_byline(markup: str) -> None:
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is None or byline.rule != "text-label"


@pytest.mark.parametrize(
    "credit", ["Bereitgestellt von BlogHost.com", "Proudly powered by BlogHost", "Theme by Ann Lee"]
)
def test_platform_credit_in_an_author_element_is_no_byline(credit: str) -> None:
    page = parse_html(f'<article><p>Text.</p><div class="site-author">{credit}</div></article>')
    assert read_dom_byline(page.root) is None


_LONG_P = "<p>" + "Die Mannschaft spielte am Abend vor vollen Rängen und gewann. " * 3 + "</p>"


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("<p><b><i>Jana Korte</i></b></p>", ("Jana Korte",)),
        ("<p><strong>Jana Maria Korte</strong></p>", ("Jana Maria Korte",)),
    ],
)
def test_article_signed_in_its_last_paragraph(last: str, expected: tuple[str, ...]) -> None:
    byline = read_dom_byline(parse_html(f"<article><div>{_LONG_P}{last}</div></article>").root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (expected, "signed-paragraph")


@pytest.mark.parametrize(
    "markup",
    [
        # a heading over a list
        f"{_LONG_P}<p><strong>Weitere Informationen</strong></p><ul><li>a</li></ul>",
        # after a short line, not after the text
        "<p>Kurz.</p><p><b>Jana Korte</b></p>",
        # not only the emphasis
        f"{_LONG_P}<p><b>Jana</b> Korte</p>",
        # not the last paragraph
        f"{_LONG_P}<p><b>Jana Korte</b></p><p>Noch ein Absatz.</p>",
    ],
)
def test_not_a_signed_paragraph(markup: str) -> None:
    byline = read_dom_byline(parse_html(f"<article><div>{markup}</div></article>").root)
    assert byline is None or byline.rule != "signed-paragraph"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # soft hyphens a typesetter put inside the name
        ("<p>Von Lo\u00adren\u00adzo Bianchi</p>", ("Lorenzo Bianchi",)),
        ('<span class="author">Ka\u00adtrin\u200b Vogel</span>', ("Katrin Vogel",)),
        # a forum's or community's user name with a number
        ('<p class="author">Beitrag von <a class="username">k7</a> » 3. März 2010</p>', ("k7",)),
        ('<span class="author">von Gretchen12</span>', ("Gretchen12",)),
        # a date after "vom"
        ('<p class="byline">Von Ina Kurz vom 3. Februar 2022</p>', ("Ina Kurz",)),
    ],
)
def test_byline_name_shapes(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="author">von 23</span>',
        '<span class="author">von 12.03.</span>',
        '<span class="author">x</span>',
        # initials alone are as often a reviewer's or a photographer's
        '<span class="author">D.E.</span>',
    ],
)
def test_byline_without_a_name(markup: str) -> None:
    assert _authors(markup) is None


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # an agency's sigle is not "af"/"da" glued to a name
        ('<div class="autors"><span>AFP</span></div>', ("AFP",)),
        ('<span class="author">DAVID Morel</span>', ("DAVID Morel",)),
        ('<span class="byline">vonAnn Lee</span>', ("Ann Lee",)),
    ],
)
def test_prefix_glued_only_in_lower_case(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


def test_date_label_is_not_a_byline() -> None:
    assert _authors('<span class="meta-author">DATE : 27/09/2020</span>') is None


@pytest.mark.parametrize("topic", ["kommentare", "slider-home", "related-news", "menu"])
def test_post_taxonomy_classes_do_not_hide_the_byline(topic: str) -> None:
    page = (
        f'<article class="post hentry category-{topic} tag-{topic}"><header>'
        '<span class="byline">Von <a rel="author" href="/author/ina-kurz/">Ina Kurz</a></span>'
        f"</header>{BODY}</article>"
    )
    assert _authors(page) == ("Ina Kurz",)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # a date in words before "by"
        ('<span class="post-meta">March 3, 2021 by Jo Brandt</span>', ("Jo Brandt",)),
        ('<span class="byline">4. Mai 2020 von Jo Brandt</span>', ("Jo Brandt",)),
        # a time after the name
        ('<span class="byline">posted by Halvorsen at 09:41</span>', ("Halvorsen",)),
        # links to the author's profiles after the name
        ('<div class="author">Autor: Mia Roth Twitter mehr</div>', ("Mia Roth",)),
        # the name printed twice, for two screen sizes
        ('<span class="author">Per LundPer Lund</span>', ("Per Lund",)),
    ],
)
def test_byline_junk_around_the_name(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


@pytest.mark.parametrize(
    "markup",
    [
        '<span class="author">von am 2.3.2019</span>',  # an empty byline, then its date
        '<span class="post-author">12.05.21 / 3 Kommentare</span>',
        '<span class="byline">9 March 2015 • 4:10pm</span>',
        '<span class="author-share">Beitrag teilen:</span>',  # a label naming nobody
        '<span class="byline">created by</span>',
        '<span class="author">Telefon: 0800 123 456</span>',
        '<span class="author">CH-8001 Zürich</span>',
    ],
)
def test_byline_that_names_nobody(markup: str) -> None:
    assert _authors(markup) is None


def test_two_names_joined_by_a_slash_are_two_people() -> None:
    assert _authors('<span class="author">Lena Vogt/Piet Aalders</span>') == (
        "Lena Vogt",
        "Piet Aalders",
    )
    assert _authors('<span class="author">Lena Vogt/dpa</span>') == ("Lena Vogt",)


def test_byline_and_meta_outvote_the_jsonld_author() -> None:
    uploader = AuthorCandidate(names=("Rolf Ebner",), source="html:json-ld", rule="author")
    byline = AuthorCandidate(names=("Lena Vogt", "Piet Aalders"), source="html:byline", rule="x")
    parsely = AuthorCandidate(names=("Lena Vogt",), source="html:meta", rule="parsely-author")
    chosen = choose_authors([uploader, byline, parsely])
    assert chosen is not None and chosen.names == ("Lena Vogt", "Piet Aalders")
    # one source against one: the JSON-LD stays first
    chosen = choose_authors([uploader, byline])
    assert chosen is not None and chosen.names == ("Rolf Ebner",)
    # the meta tag agrees with the JSON-LD: no vote against it
    agrees = AuthorCandidate(names=("Rolf Ebner",), source="html:meta", rule="author")
    chosen = choose_authors([uploader, byline, agrees])
    assert chosen is not None and chosen.names == ("Rolf Ebner",)


def test_outvoted_on_a_page() -> None:
    page = (
        '<html><head><meta name="parsely-author" content="Lena Vogt">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry",'
        ' "author": {"@type": "Person", "name": "Rolf Ebner"}}</script></head><body><article>'
        '<h1>Ferry</h1><p class="byline">By <a rel="author" href="/a/lv">Lena Vogt</a></p>'
        f"{BODY}</article></body></html>"
    )
    assert extract_html(page).authors == ("Lena Vogt",)


@pytest.mark.parametrize(
    "name", ["Redaktion", "Redaktion Nord", "Redacción", "rédaction", "Redazione Sport"]
)
def test_the_desk_in_other_languages_is_an_organisation(name: str) -> None:
    assert is_organisation(name)
    assert contributors((name, "Lena Vogt"))[0]["kind"] == "organization"


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("dcterms.creator", "Lena Vogt", ("Lena Vogt",)),
        ("DC:Creator", "Lena Vogt", ("Lena Vogt",)),
        ("article:author_name", "Piet Aalders", ("Piet Aalders",)),
        ("byl", "By Piet Aalders and Lena Vogt", ("Piet Aalders", "Lena Vogt")),
        ("cXenseParse:author", "Lena Vogt", ("Lena Vogt",)),
    ],
)
def test_less_common_author_meta_keys(key: str, value: str, expected: tuple[str, ...]) -> None:
    page = (
        f'<html><head><meta name="{key}" content="{value}"></head><body><article><h1>Ferry</h1>'
        f"{BODY}</article></body></html>"
    )
    assert extract_html(page).authors == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Super User"], ()),
        (["Unknown"], ()),
        (["publisher"], ()),
        (["Lena Vogt", "Kiel", "Germany"], ("Lena Vogt",)),
        (["Hafenstraße 3, Kiel, Deutschland"], ()),
        # a country alone among people is not a place line's only sign: people stay
        (["Lena Vogt", "Piet Aalders"], ("Lena Vogt", "Piet Aalders")),
    ],
)
def test_placeholders_and_addresses_are_no_authors(
    names: list[str], expected: tuple[str, ...]
) -> None:
    assert clean_author_names(names) == expected


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("DC.creator", "Aalders, Piet", ("Piet Aalders",)),
        ("citation_author", "Vogt, L.", ("L. Vogt",)),
        # not Dublin Core: a list of two
        ("author", "Aalders, Vogt", ("Aalders", "Vogt")),
    ],
)
def test_dublin_core_names_surname_first(key: str, value: str, expected: tuple[str, ...]) -> None:
    page = (
        f'<html><head><meta name="{key}" content="{value}"></head><body><article><h1>Ferry</h1>'
        f"{BODY}</article></body></html>"
    )
    assert extract_html(page).authors == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Vogt, Lena", "Lena Vogt"),
        ("", ""),
        ("Vogt", "Vogt"),
        ("Vogt, Lena, Kiel", "Vogt, Lena, Kiel"),
    ],
)
def test_surname_first(value: str, expected: str) -> None:
    assert surname_first(value) == expected


def _blog_page(footer: str, figure: str = "") -> str:
    return (
        "<html><head><title>Gartentagebuch</title></head><body><article><h1>Tomaten im Oktober</h1>"
        f"{BODY}{figure}</article><footer><p>{footer}</p><p>Impressum | Datenschutz</p></footer>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        ("© 2024 Lena Vogt", ("Lena Vogt",)),
        ("(c) Johann Berger • Alle Rechte vorbehalten", ("Johann Berger",)),
        ("© 2024 Seaside Media", ()),  # not a person
        ("© 2024 Lena Vogt GmbH", ()),
        ("Fotos: © Lena Vogt", ()),  # a picture's credit
    ],
)
def test_a_personal_sites_copyright_holder(footer: str, expected: tuple[str, ...]) -> None:
    assert extract_html(_blog_page(footer)).authors == expected


def test_a_captions_copyright_is_not_the_author() -> None:
    figure = '<figure><img src="a.jpg"><figcaption>© Lena Vogt</figcaption></figure>'
    assert extract_html(_blog_page("Impressum", figure)).authors == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Vogt", True),
        ("JOHANN BERGER", True),
        ("Lena", False),  # one word
        ("", False),
        ("Seaside Media", False),  # no given name first
        ("Lena Vogt 2024", False),
        ("Lena vogt_kiel", False),
        ("Lena Vogt GmbH", False),
        ("Dr. Lena M. Vogt", True),  # a title and a middle initial
        ("Jan van der Berg", True),
        ("Lena Vogt Aalders Kunz", False),  # too many surnames for one person
        ("Dr. Seaside Media", False),
    ],
)
def test_names_a_person(text: str, expected: bool) -> None:
    assert names_a_person(text) is expected


def test_is_given_name_is_case_blind_and_rejects_other_words() -> None:
    assert is_given_name("lena") and is_given_name("LENA")
    assert not is_given_name("") and not is_given_name("Zeitung")


@pytest.mark.parametrize(
    "line", ["Bereitgestellt von Blogplattform.example", "Proudly powered by Blogplattform"]
)
def test_a_platform_credit_in_a_meta_line_is_no_byline(line: str) -> None:
    assert _authors(f'<footer class="entry-meta"><p class="site-info">{line}</p></footer>') is None


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<span class="byline">9 News Harbor</span>', ("9 News Harbor",)),
        ('<span class="byline">11:30 Uhr von Lena Vogt</span>', ("Lena Vogt",)),
        ('<span class="byline">3.5.2020 Lena Vogt</span>', ("Lena Vogt",)),
    ],
)
def test_a_number_alone_is_no_leading_time(markup: str, expected: tuple[str, ...]) -> None:
    assert _authors(markup) == expected


def _headline_page(after_h1: str, body: str = BODY) -> str:
    return f"<article><h1>Fähre fährt wieder</h1>{after_h1}<div>{body}</div></article>"


@pytest.mark.parametrize(
    "after_h1",
    [
        '<div class="pm"><ul><li><a href="/u/9">Lena Vogt</a></li><li>21.05.2019</li></ul></div>',
        "<p><span>Johann Berger</span> · 3. Mai 2024</p>",
    ],
)
def test_a_name_alone_near_the_headline(after_h1: str) -> None:
    byline = read_dom_byline(parse_html(_headline_page(after_h1)).root)
    assert byline is not None and byline.rule == "near-headline"
    assert byline.authors[0] in ("Lena Vogt", "Johann Berger")


@pytest.mark.parametrize(
    ("after_h1", "body"),
    [
        # no common given name first: a place, a brand
        ("<p><span>Seaside Media</span></p>", BODY),
        # after the text has started
        ("", _LONG_P + "<p><span>Lena Vogt</span></p>"),
        # in a list of related posts
        ('<div class="related"><span>Lena Vogt</span></div>', BODY),
        # a picture's caption
        ('<figure><img src="a.jpg"><figcaption><span>Lena Vogt</span></figcaption></figure>', BODY),
    ],
)
def test_no_name_near_the_headline(after_h1: str, body: str) -> None:
    assert read_dom_byline(parse_html(_headline_page(after_h1, body)).root) is None
