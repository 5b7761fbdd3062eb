"""More places pages name their authors: author-page links in other directories, class words,
logins spelled out by the text, author-page addresses in meta tags, JSON-LD name variants."""

from __future__ import annotations

import json

import pytest

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.authors.elements import read_dom_byline
from newscorpus.meta.authors.logins import full_names, profile_name

BODY = (
    "<p>The harbour board met on Tuesday to discuss the winter timetable for the ferries, "
    "and the members argued for an hour about the cost of the late crossing.</p>"
    "<p>Members agreed that the late crossing will run twice a week until the spring, when "
    "the board will look at the numbers of passengers again.</p>"
)


def _page(head: str = "", article: str = "") -> str:
    return (
        f"<html><head><title>Ferries - Harbour Post</title>{head}</head><body>"
        f"<article><h1>Ferries keep the late crossing</h1>{article}{BODY}</article></body></html>"
    )


@pytest.mark.parametrize(
    "directory",
    ["people", "profile", "journalists", "staff", "contributors", "redaktion", "by", "team"],
)
def test_link_to_an_authors_page_in_other_directories(directory: str) -> None:
    link = f'<a href="https://example.org/{directory}/quorin-maltby-77">Quorin Maltby</a>'
    byline = read_dom_byline(parse_html(f"<article><p>{link}</p><p>Text.</p></article>").root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (("Quorin Maltby",), "author-link")


def test_links_to_co_authors_pages_beside_it_are_taken_too() -> None:
    links = (
        '<div><a href="/people/quorin-maltby">Quorin Maltby</a> and '
        '<a href="/people/vesna-okafor">Vesna Okafor</a> · <a href="/politics/">Politics</a></div>'
    )
    byline = read_dom_byline(parse_html(f"<article>{links}<p>Text.</p></article>").root)
    assert byline is not None
    assert byline.authors == ("Quorin Maltby", "Vesna Okafor")


@pytest.mark.parametrize(
    "markup",
    [
        # a person the story is about, linked to a page that is not theirs
        '<article><a href="/people/quorin-maltby">Vesna Okafor</a><p>Text.</p></article>',
        # a team page, not a person's
        '<article><a href="/team/">Our team</a><p>Text.</p></article>',
        # in the list of other posts
        '<article><p>Text.</p></article><aside><a href="/staff/quorin-maltby">Quorin Maltby</a>'
        "</aside>",
    ],
)
def test_links_that_are_not_an_authors_page_name_nobody(markup: str) -> None:
    assert read_dom_byline(parse_html(markup).root) is None


@pytest.mark.parametrize("word", ["auteur", "article-redakteur", "journalist-name"])
def test_class_words_that_mark_the_byline(word: str) -> None:
    markup = f'<article><p>Text.</p><span class="{word}">Quorin Maltby</span></article>'
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is not None
    assert byline.authors == ("Quorin Maltby",)


def test_login_is_spelled_out_as_the_text_spells_it() -> None:
    root = parse_html("<p>The board met. (Quorin T. Maltby)</p>").root
    assert full_names(("quorin.maltby",), root) == ("Quorin T. Maltby",)
    assert full_names(("quorin_maltby", "Vesna Okafor"), root) == (
        "Quorin T. Maltby",
        "Vesna Okafor",
    )


@pytest.mark.parametrize(
    ("names", "markup"),
    [
        (("quorin.maltby",), "<p>No name here.</p>"),
        # only in lower case (an address, a file name), not as a name is printed
        (("quorin.maltby",), "<p>Write to quorin maltby at the desk.</p>"),
        # inside a script, not printed
        (("quorin.maltby",), "<script>var a = 'Quorin Maltby';</script><p>Text.</p>"),
        # a single word is a nickname the page may well sign with
        (("Quorin",), "<p>Quorin Maltby spoke.</p>"),
        # names with a space are names already
        (("Quorin Maltby",), "<p>Quorin T. Maltby spoke.</p>"),
    ],
)
def test_names_kept_as_they_are(names: tuple[str, ...], markup: str) -> None:
    assert full_names(names, parse_html(markup).root) == names


def test_full_names_without_a_page() -> None:
    assert full_names(("quorin.maltby",), None) == ("quorin.maltby",)
    assert full_names((), None) == ()


def test_login_in_json_ld_is_spelled_out_in_the_article() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"author": {"@type": "Person", "name": "quorin.maltby"}}</script>'
    )
    article = extract_html(_page(head, "<p><em>Quorin Maltby</em></p>"))
    assert article.authors == ("Quorin Maltby",)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("https://harbourpost.example/author/quorin-maltby/", "Quorin Maltby"),
        ("https://harbourpost.example/people/quorin-maltby-2291", "Quorin Maltby"),
        ("https://harbourpost.example/2024/03/ferries/", None),  # not an author's page
        ("https://harbourpost.example/author/qmaltby/", None),  # one word: no name to find
        ("https://harbourpost.example/author/vesna-okafor/", None),  # not in the text
        ("not an address", None),
        ("", None),
    ],
)
def test_profile_name(address: str, expected: str | None) -> None:
    root = parse_html("<p>Report: Quorin Maltby</p><p>Text.</p>").root
    assert profile_name(address, root) == expected


def test_author_page_address_in_meta_names_the_person_the_text_prints() -> None:
    head = '<meta property="article:author" content="https://harbourpost.example/author/quorin-maltby/">'
    # printed in a caption-free footnote no byline reader takes
    page = _page(head).replace("</article>", "<p>Reporting: quorin maltby</p></article>")
    assert extract_html(page).authors == ()  # lower case only: not a printed name
    page = _page(head).replace("</article>", "<small>Quorin Maltby reported.</small></article>")
    article = extract_html(page)
    assert article.authors == ("Quorin Maltby",)
    assert article.provenance["authors"].rule == "article:author-url"


def test_link_rel_author_in_the_head() -> None:
    head = '<link rel="author" href="/contributors/quorin-maltby">'
    page = _page(head).replace("</article>", "<small>Quorin Maltby reported.</small></article>")
    article = extract_html(page, url="https://harbourpost.example/ferries")
    assert article.authors == ("Quorin Maltby",)
    assert article.provenance["authors"].rule == "link-rel-author-url"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ({"@type": "Person", "name": ["Quorin Maltby"]}, ("Quorin Maltby",)),
        ({"@type": "Person", "givenName": "Quorin", "familyName": "Maltby"}, ("Quorin Maltby",)),
        ({"@type": "Person", "familyName": "Maltby"}, ("Maltby",)),
        ({"@type": "Person", "givenName": "Quorin"}, ()),  # no family name: not taken alone
    ],
)
def test_json_ld_name_variants(author: dict[str, object], expected: tuple[str, ...]) -> None:
    blob = json.dumps({"@type": "NewsArticle", "author": author})
    head = f'<script type="application/ld+json">{blob}</script>'
    assert extract_html(_page(head)).authors == expected


def test_json_ld_creator_stands_in_for_a_missing_author() -> None:
    blob = json.dumps(
        {"@type": "BlogPosting", "creator": {"@type": "Person", "name": "Vesna Okafor"}}
    )
    head = f'<script type="application/ld+json">{blob}</script>'
    assert extract_html(_page(head)).authors == ("Vesna Okafor",)
    both = json.dumps(
        {"@type": "BlogPosting", "author": "Quorin Maltby", "creator": "Vesna Okafor"}
    )
    head = f'<script type="application/ld+json">{both}</script>'
    assert extract_html(_page(head)).authors == ("Quorin Maltby",)


@pytest.mark.parametrize(
    "line",
    [
        "Geschrieben von Quorin Maltby am 3. Mai 2024",
        "Posted by Quorin Maltby",
        "Ein Beitrag von Quorin Maltby",
        "Escrito por Quorin Maltby",
        "03.05.2024 – von Quorin Maltby",
        "12:40 Uhr von Quorin Maltby",
    ],
)
def test_unmarked_byline_paragraphs(line: str) -> None:
    byline = read_dom_byline(parse_html(f"<article><p>{line}</p>{BODY}</article>").root)
    assert byline is not None
    assert byline.authors == ("Quorin Maltby",)


@pytest.mark.parametrize(
    "line",
    [
        "Posted in Ferries and Harbours",  # no byline word
        "3 May 2024",
        "Geschrieben von Quorin Maltby, der im Hafen arbeitet und viel über die Fähren weiß.",
    ],
)
def test_paragraphs_that_are_no_byline(line: str) -> None:
    assert read_dom_byline(parse_html(f"<article><p>{line}</p>{BODY}</article>").root) is None


@pytest.mark.parametrize(
    "title",
    [
        "Posts by Quorin Maltby",
        "View all posts by Quorin Maltby",
        "Beiträge von Quorin Maltby",
        "Articles par Quorin Maltby",
        "Entradas de Quorin Maltby",
    ],
)
def test_link_titled_posts_by_the_author(title: str) -> None:
    link = f'<a href="/?author=3" title="{title}">Quorin Maltby</a>'
    byline = read_dom_byline(parse_html(f"<article><div>{link}</div>{BODY}</article>").root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (("Quorin Maltby",), "author-link")


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/?author=3" title="Posts by Quorin Maltby">Vesna Okafor</a>',  # another name
        '<a href="/?cat=3" title="Posts about ferries">Ferries</a>',
        '<a href="/?author=3" title="Quorin Maltby">Quorin Maltby</a>',  # says nothing
    ],
)
def test_links_titled_otherwise_name_nobody(link: str) -> None:
    assert read_dom_byline(parse_html(f"<article><div>{link}</div>{BODY}</article>").root) is None


def test_posted_by_class_marks_the_byline() -> None:
    markup = '<article><span class="posted-by">Posted by <a href="/u/7">quorin</a></span></article>'
    byline = read_dom_byline(parse_html(markup + BODY).root)
    assert byline is not None
    assert byline.authors == ("quorin",)
    # "by" inside a longer word is no mark
    other = '<article><span class="baby-photo">Quorin Maltby</span><p>Text.</p></article>'
    assert read_dom_byline(parse_html(other).root) is None


def test_a_person_by_the_headline_beats_the_site_signing_alone() -> None:
    head = '<meta name="author" content="harbourpost.example"><meta property="og:site_name" content="Harbour Post">'
    page = _page(head, "<p>Von Quorin Maltby | 3. Mai 2024</p>".replace("<p>", '<p class="x">'))
    page = page.replace('<p class="x">', "<div><em>").replace(
        " | 3. Mai 2024</p>", "</em> | 3. Mai 2024</div>"
    )
    article = extract_html(page, url="https://harbourpost.example/ferries")
    assert article.authors == ("Quorin Maltby",)
    # with no person printed, the site stays the author
    alone = extract_html(_page(head), url="https://harbourpost.example/ferries")
    assert alone.authors == ("harbourpost.example",)


def test_only_site() -> None:
    from newscorpus.meta.authors.sites import only_site

    sites = ("Harbour Post", "harbourpost.example")
    assert only_site(["Harbour Post"], sites)
    assert only_site(["Harbour Post GmbH", "HP"], sites)
    assert not only_site(["Harbour Post", "Quorin Maltby"], sites)
    assert not only_site([], sites)


@pytest.mark.parametrize(
    "line",
    [
        "Ein Gastbeitrag von Quorin Maltby",
        "Kommentar von Quorin Maltby",
        "Eine Analyse von Quorin Maltby",
        "Von unserem Korrespondenten Quorin Maltby",
        "Von unserer Redakteurin Quorin Maltby",
        "Analysis by Quorin Maltby",
        "Un article de Quorin Maltby",
        "A cura di Quorin Maltby",
        "Reporting by Quorin Maltby",
        "Escrito por Quorin Maltby el 3 de mayo",
    ],
)
def test_bylines_naming_the_kind_of_piece(line: str) -> None:
    byline = read_dom_byline(parse_html(f"<article><p>{line}</p>{BODY}</article>").root)
    assert byline is not None
    assert byline.authors == ("Quorin Maltby",)


@pytest.mark.parametrize(
    "line",
    [
        "Autorka: Quorin Maltby",
        "Autor/in: Quorin Maltby",
        "Автор: Quorin Maltby",
        "Tekst: Quorin Maltby",
        "Texto: Quorin Maltby",
        "Text: Quorin Maltby",
    ],
)
def test_labels_opening_a_line_of_text(line: str) -> None:
    markup = f"<article><p>{BODY}</p><p>Fähren und Häfen<br>{line}<br>Fotos: Archiv</p></article>"
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (("Quorin Maltby",), "text-label")


def test_a_label_inside_a_sentence_names_nobody() -> None:
    markup = f"<article>{BODY}<p>The full text: read it at the harbour office.</p></article>"
    assert read_dom_byline(parse_html(markup).root) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("May 3, 2024 by Quorin Maltby", ("Quorin Maltby",)),
        ("Published 3 May 2024, by Quorin Maltby", ("Quorin Maltby",)),
        ("Veröffentlicht am 3. Mai 2024 von Quorin Maltby", ("Quorin Maltby",)),
        ("Veröffentlicht am 3. Mai 2024 um 12:40 Uhr von Quorin Maltby", ("Quorin Maltby",)),
        ("Am 03.05.24 von Quorin Maltby veröffentlicht", ("Quorin Maltby",)),
        ("Posted on May 3, 2024 by quorin", ("quorin",)),  # the date makes a nickname enough
    ],
)
def test_date_line_going_on_to_the_byline(line: str, expected: tuple[str, ...]) -> None:
    byline = read_dom_byline(parse_html(f"<article><p>{line}</p>{BODY}</article>").root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (expected, "byline-paragraph")


@pytest.mark.parametrize(
    "line",
    [
        "Posted on May 3, 2024 in Ferries",  # no byline word
        "In 2024 by the harbour the ferries ran late every single day of the week.",  # a sentence
        "Posted by ann",  # a nickname with nothing else for it
    ],
)
def test_date_lines_without_a_byline(line: str) -> None:
    assert read_dom_byline(parse_html(f"<article><p>{line}</p>{BODY}</article>").root) is None


@pytest.mark.parametrize("word", ["Jörg", "Hartmut", "Sébastien", "Małgorzata", "Gonzalo", "Özlem"])
def test_more_common_given_names(word: str) -> None:
    from newscorpus.meta.authors.names import is_given_name, names_a_person

    assert is_given_name(word)
    assert names_a_person(f"{word} Maltby")


@pytest.mark.parametrize("word", ["Can", "Bill", "Floor", "Kai", "Mercedes", "Jordan"])
def test_given_names_that_are_also_common_words_are_not_listed(word: str) -> None:
    from newscorpus.meta.authors.names import is_given_name

    assert not is_given_name(word)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3. Mai 2024 | Jörg Maltby", ("Jörg Maltby",)),
        ("May 3, 2024 · Anna Maltby", ("Anna Maltby",)),
        ("03.05.2024 – Anna Maltby", ("Anna Maltby",)),
        ("3. Mai 2024 | Politik Inland", None),  # not a person
        ("3. Mai 2024 | Quorin Maltby", None),  # not known to be a person's name
    ],
)
def test_date_then_a_persons_name(line: str, expected: tuple[str, ...] | None) -> None:
    markup = f"<div><p>{BODY}</p><p>{line}</p>{BODY}</div>"
    byline = read_dom_byline(parse_html(markup).root)
    assert (byline.authors if byline else None) == expected


def _ld(author: object) -> str:
    blob = json.dumps({"@type": "NewsArticle", "author": author})
    return f'<script type="application/ld+json">{blob}</script>'


def test_byline_naming_people_beats_a_json_ld_organisation() -> None:
    head = _ld({"@type": "Organization", "name": "Harbour Media Group"})
    byline = '<p class="byline">By Quorin Maltby</p>'
    assert extract_html(_page(head, byline)).authors == ("Quorin Maltby",)
    # a JSON-LD person keeps precedence, and an organisation is kept with no byline
    person = _ld({"@type": "Person", "name": "Vesna Okafor"})
    assert extract_html(_page(person, byline)).authors == ("Vesna Okafor",)
    assert extract_html(_page(head)).authors == ("Harbour Media Group",)
    # a byline naming a desk does not beat it either
    desk = '<p class="byline">By Harbour Desk</p>'
    assert extract_html(_page(head, desk)).authors == ("Harbour Media Group",)


def test_name_in_brackets_closing_the_article() -> None:
    last = "<p>" + "The board will decide in spring what happens next. " * 4 + "(Anna Maltby)</p>"
    byline = read_dom_byline(parse_html(f"<article>{BODY}{last}</article>").root)
    assert byline is not None
    assert byline.authors == ("Anna Maltby",)
    signed = "<p>The board will decide in spring. (Anna Maltby) +++</p>"
    after = read_dom_byline(parse_html(f"<article>{BODY}{signed}</article>").root)
    assert after is not None  # the paragraph before it is text enough
    assert after.authors == ("Anna Maltby",)


@pytest.mark.parametrize(
    "last",
    [
        "<p>The ferry was built in 1962 (Harbour Works).</p>",  # not a person
        "<p>Short. (Anna Maltby)</p>",  # no text before it
        "<p>It was named after its captain (Quorin Maltby).</p><p>More text follows.</p>",
    ],
)
def test_brackets_that_are_no_signature(last: str) -> None:
    assert read_dom_byline(parse_html(f"<article><p>Hi.</p>{last}</article>").root) is None


def test_name_printed_over_its_role_by_the_headline() -> None:
    markup = f"<article><h1>Ferries</h1><p>Anna Maltby<br>Redakteurin</p>{BODY}</article>"
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is not None
    assert (byline.authors, byline.rule) == (("Anna Maltby",), "near-headline")
    other = f"<article><h1>Ferries</h1><p>Anna Maltby<br>Hamburg</p>{BODY}</article>"
    assert read_dom_byline(parse_html(other).root) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Maltby, Anna", ("Anna Maltby",)),
        ("Anna, Tom", ("Anna", "Tom")),  # two people, not surname-first
        ("Anna Maltby | Harbour Post", ("Anna Maltby",)),
        ("'Anna Maltby, Tom Park'", ("Anna Maltby", "Tom Park")),
        ("Anna Maltby, Redakteurin", ("Anna Maltby",)),
        ("Anna Maltby-Smith", ("Anna Maltby-Smith",)),
    ],
)
def test_meta_author_values_cleaned(value: str, expected: tuple[str, ...]) -> None:
    head = f'<meta property="og:site_name" content="Harbour Post"><meta name="author" content="{value}">'
    assert extract_html(_page(head), url="https://harbourpost.example/a").authors == expected


@pytest.mark.parametrize(
    ("nickname", "bio", "expected"),
    [
        ("Quorin", "Quorin Maltby - Maschinenbauer und Radfahrer.", "Quorin Maltby"),
        ("Quorin", "Quorin Maltby is a reporter on the harbour desk.", "Quorin Maltby"),
        ("Quorin", "Quorin T. Maltby, reporter.", "Quorin T. Maltby"),
        ("Quorin", "Quorin Ich schreibe über Fähren.", None),  # no name ends there
        ("Quorin", "Hi, I am Quorin Maltby - reporter.", None),  # the bio does not open with it
        ("Quorin", "Quorin writes about ferries.", None),
        ("quorin", "quorin Maltby - reporter", None),  # a login, not a first name
        ("Quorin Maltby", "Quorin Maltby Smith - reporter", None),  # a full name already
        ("", "anything", None),
    ],
)
def test_bio_name(nickname: str, bio: str, expected: str | None) -> None:
    from newscorpus.meta.authors.logins import bio_name

    assert bio_name(nickname, bio) == expected


def test_json_ld_nickname_spelled_out_by_the_authors_own_description() -> None:
    blob = json.dumps(
        {
            "@graph": [
                {"@type": "Article", "author": {"@id": "#p"}},
                {
                    "@type": "Person",
                    "@id": "#p",
                    "name": "Quorin",
                    "description": "Quorin Maltby - Maschinenbauer und Radfahrer.",
                },
            ]
        }
    )
    head = f'<script type="application/ld+json">{blob}</script>'
    assert extract_html(_page(head)).authors == ("Quorin Maltby",)
    # the same words in an author box do not spell it out: pages sign with nicknames
    box = '<div class="author-box"><p>Quorin Maltby - Maschinenbauer.</p></div>'
    plain = _ld({"@type": "Person", "name": "Quorin"})
    assert extract_html(_page(plain, box)).authors == ("Quorin",)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("harbourpost.example reviewed by Quorin Maltby", ("Quorin Maltby",)),
        ("Why ferries run late | by Quorin Maltby | Notes", ("Quorin Maltby",)),
        ("Photos of the storm photographed by Mrs Q Maltby", ("Mrs Q Maltby",)),
        ("Stand by Me - Harbour Post", ()),
        ("Ferries by night | Harbour Post", ()),  # a place, not a writer
        ("Reviewed by the harbour board", ()),  # not a name
        ("", ()),
    ],
)
def test_title_byline(title: str, expected: tuple[str, ...]) -> None:
    from newscorpus.meta.authors.markup import title_byline

    assert title_byline(title) == expected


def test_title_byline_only_when_nothing_else_names_anyone() -> None:
    page = _page().replace("Ferries - Harbour Post", "Ferries reviewed by Quorin Maltby")
    article = extract_html(page)
    assert article.authors == ("Quorin Maltby",)
    assert article.provenance["authors"].rule == "title-byline"
    marked = page.replace("<h1>", '<p class="byline">By Vesna Okafor</p><h1>')
    assert extract_html(marked).authors == ("Vesna Okafor",)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>Posted in Politik | Von Quorin Maltby | 3 Kommentare</p>", ("Quorin Maltby",)),
        (
            "<div>This entry was posted in <a href='/c/n'>News</a> by <a href='/u'>Quorin Maltby"
            "</a>. Bookmark the <a href='/p'>permalink</a>.</div>",
            ("Quorin Maltby",),
        ),
        ("<p>Dieser Eintrag wurde am 3. Mai 2024 von quorin veröffentlicht.</p>", ("quorin",)),
        ("<p>Eingestellt von Quorin Maltby um 10:15</p>", ("Quorin Maltby",)),
    ],
)
def test_blog_themes_meta_lines(markup: str, expected: tuple[str, ...]) -> None:
    byline = read_dom_byline(parse_html(f"<article>{markup}{BODY}</article>").root)
    assert byline is not None
    assert byline.authors == expected


@pytest.mark.parametrize(
    "markup",
    [
        "<p>Politik | Wirtschaft | Kultur</p>",  # segments without a byline
        "<p>This entry was posted in News.</p>",
        "<p>Der Artikel wurde von der Redaktion geprüft und um 10:15 ergänzt.</p>",
    ],
)
def test_meta_lines_without_a_byline(markup: str) -> None:
    assert read_dom_byline(parse_html(f"<article>{markup}{BODY}</article>").root) is None


@pytest.mark.parametrize("kind", ["TechArticle", "Blog", "CreativeWork", "MedicalWebPage"])
def test_author_of_other_json_ld_works(kind: str) -> None:
    blob = json.dumps({"@type": kind, "author": {"@type": "Person", "name": "Quorin Maltby"}})
    head = f'<script type="application/ld+json">{blob}</script>'
    article = extract_html(_page(head))
    assert article.authors == ("Quorin Maltby",)
    assert article.provenance["authors"].rule == "work-author"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Reden / Rede von Bundespräsidentin Anna Maltby beim Hafentag", ("Anna Maltby",)),
        ("Remarks by President Jonas Maltby at the Harbour Summit", ("Jonas Maltby",)),
        ("Discours de Sébastien Maltby au congrès", ("Sébastien Maltby",)),
        ("Rede von Anna", ()),  # a given name alone
        ("Rede von Bürgermeister Quorin Maltby", ()),  # no known given name to start from
        ("Die Rede von der Zeitenwende", ()),
    ],
)
def test_speech_titles_name_the_speaker(title: str, expected: tuple[str, ...]) -> None:
    from newscorpus.meta.authors.markup import title_byline

    assert title_byline(title) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Quorin Maltby, Redakteur",
        "Quorin Maltby Senior Editor",
        "Quorin Maltby Contributor",
        "Quorin Maltby, Correspondent in Berlin",
        "Quorin Maltby E-Mail Folgen",
        "Quorin Maltby Kontakt",
        "Quorin Maltby Zum Autorenprofil",
        "Quorin Maltby View Profile",
        "Quorin Maltby Alle Artikel",
        "Artikel von Quorin Maltby anzeigen",
        "Quorin Maltby vor 3 Stunden",
        "Quorin Maltby ist Redakteurin bei der Harbour Post",
    ],
)
def test_author_box_words_and_roles_after_the_name(text: str) -> None:
    markup = f'<article><div class="author">{text}</div><p>Text.</p></article>'
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is not None
    assert byline.authors == ("Quorin Maltby",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Christa Jung", ("Christa Jung",)),  # "is" inside a word is no sentence
        ("Kristin Wasmann", ("Kristin Wasmann",)),
    ],
)
def test_box_words_inside_a_word_are_kept(text: str, expected: tuple[str, ...]) -> None:
    markup = f'<article><div class="author">{text}</div><p>Text.</p></article>'
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is not None
    assert byline.authors == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Quorin Maltby - Harbour Post", ("Quorin Maltby",)),
        ("Quorin Maltby – harbourpost.example", ("Quorin Maltby",)),
        ("Quorin Maltby (qm)", ("Quorin Maltby",)),
        ("Quorin Maltby (Redaktion)", ("Quorin Maltby",)),
        ("Quorin Maltby - Vesna Okafor", ("Quorin Maltby - Vesna Okafor",)),  # not the site
        ("Harbour Post", ("Harbour Post",)),  # the site alone, nobody else: kept
    ],
)
def test_site_after_a_dash_and_brackets_dropped(value: str, expected: tuple[str, ...]) -> None:
    for head in (
        _ld({"@type": "Person", "name": value}),
        f'<meta name="author" content="{value}">',
    ):
        site = '<meta property="og:site_name" content="Harbour Post">'
        page = _page(site + head)
        assert extract_html(page, url="https://harbourpost.example/a").authors == expected


@pytest.mark.parametrize(
    "key", ["og:article:author", "shareaholic:article_author_name", "author_name"]
)
def test_more_meta_keys_naming_the_author(key: str) -> None:
    head = f'<meta name="{key}" content="Quorin Maltby">'
    article = extract_html(_page(head))
    assert (article.authors, article.provenance["authors"].rule) == (("Quorin Maltby",), key)


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        # phpBB: the separator before the date
        (
            "<p class='author'>by <strong><a class='username' href='/m?u=3'>quorin42</a>"
            "</strong> » Mon May 03, 2024 10:15 am</p>",
            ("quorin42",),
        ),
        # vBulletin and XenForo mark the poster's name
        (
            "<div class='userinfo'><a class='username' href='/m?u=3'>quorin42</a></div>",
            ("quorin42",),
        ),
        # member pages: "/members/ann-lee.123/", "/u/…", "/@…"
        ("<div><a href='/members/quorin-maltby.123/'>Quorin Maltby</a></div>", ("Quorin Maltby",)),
        ("<div><a href='/u/quorinmaltby'>Quorin Maltby</a></div>", ("Quorin Maltby",)),
        (
            "<div><a href='https://example.org/@quorinmaltby'>Quorin Maltby</a></div>",
            ("Quorin Maltby",),
        ),
    ],
)
def test_forum_and_platform_posters(markup: str, expected: tuple[str, ...]) -> None:
    byline = read_dom_byline(parse_html(f"<article>{markup}{BODY}</article>").root)
    assert byline is not None
    assert byline.authors == expected


def test_logged_in_user_in_the_navigation_is_no_author() -> None:
    markup = f"<nav><span class='username'>quorin42</span></nav><article>{BODY}</article>"
    assert read_dom_byline(parse_html(markup).root) is None


@pytest.mark.parametrize(
    "word", ["reporter", "redaktor", "periodista", "creator", "nickname", "user-name"]
)
def test_more_class_words_marking_the_byline(word: str) -> None:
    markup = f'<article><h1>Ferries</h1><span class="{word}">Quorin Maltby</span>{BODY}</article>'
    byline = read_dom_byline(parse_html(markup).root)
    assert byline is not None
    assert byline.authors == ("Quorin Maltby",)


@pytest.mark.parametrize(
    "markup",
    [
        # a list of authors: one name per item, not glued together
        '<ul class="authors"><li><a href="/autor/quorin-maltby">Quorin Maltby</a></li>'
        '<li><a href="/autor/vesna-okafor">Vesna Okafor</a></li></ul>',
        # author links each alone in a wrapper of their own
        '<div class="article-authors"><div><a rel="author" href="/x">Quorin Maltby</a></div>'
        '<div><a rel="author" href="/y">Vesna Okafor</a></div></div>',
        # an avatar's initials before each name
        '<div class="authors"><div><span>QM</span> Quorin Maltby</div>'
        "<div><span>VO</span> Vesna Okafor</div></div>",
    ],
)
def test_co_authors_in_separate_elements(markup: str) -> None:
    byline = read_dom_byline(parse_html(f"<article>{markup}{BODY}</article>").root)
    assert byline is not None
    assert byline.authors == ("Quorin Maltby", "Vesna Okafor")


@pytest.mark.parametrize(
    "text",
    [
        "Von Quorin Maltby mit Material von dpa",
        "By Quorin Maltby with additional reporting by Vesna Okafor",
        "By Quorin Maltby; additional reporting from Lagos",
    ],
)
def test_reporting_credits_after_the_byline(text: str) -> None:
    byline = read_dom_byline(
        parse_html(f'<article><p class="byline">{text}</p>{BODY}</article>').root
    )
    assert byline is not None
    assert byline.authors == ("Quorin Maltby",)


def test_initials_that_are_no_avatar_stay() -> None:
    byline = read_dom_byline(
        parse_html(f'<article><p class="byline">AB Quorin Maltby</p>{BODY}</article>').root
    )
    assert byline is not None
    assert byline.authors == ("AB Quorin Maltby",)
