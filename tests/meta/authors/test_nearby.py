"""The last-resort scored byline, on synthetic pages."""

from __future__ import annotations

import pytest

from newscorpus import extract_html
from newscorpus.htmlblocks import parse_html
from newscorpus.meta.authors.nearby import THRESHOLD, scored_authors, scored_byline

TEXT = (
    "<p>" + "The harbour board met on Tuesday to discuss the winter ferry timetable. " * 4 + "</p>"
)


def _guess(between: str, *, headline: str = "<h1>Ferries run late</h1>", sites=()):
    page = parse_html(f"<html><body><main>{headline}{between}{TEXT}</main></body></html>")
    byline = scored_byline(page.root, sites=sites)
    return None if byline is None else byline.authors


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        ("<div><em>Escrito por:</em> Ana Ruiz</div>", ("Ana Ruiz",)),
        ("<div>Text: Jonas Brandt</div>", ("Jonas Brandt",)),
        ("<p>Written by Harriet Olu-Brook</p>", ("Harriet Olu-Brook",)),
        ("<div>Di Marco Ferrante</div>", ("Marco Ferrante",)),
        ("<span>Geschrieben von Jonas Brandt, 3. Mai 2024</span>", ("Jonas Brandt",)),
    ],
)
def test_a_label_before_a_name_is_enough(between: str, expected: tuple[str, ...]) -> None:
    assert _guess(between) == expected


def test_a_given_name_with_a_date_after_it() -> None:
    assert _guess("<p><span>Anna Berger | 3 May 2024</span></p>") == ("Anna Berger",)


def test_a_date_in_a_nearby_block_counts() -> None:
    between = "<div><time>3 May 2024</time></div><div><span>Anna Berger</span></div>"
    assert _guess(between) == ("Anna Berger",)


def test_a_link_to_the_persons_page_counts() -> None:
    # neither word is a common given name: the profile address and the date speak for it
    between = '<p>4 June 2023</p><div><a href="/in/zorvan-quillet">Zorvan Quillet</a></div>'
    assert _guess(between) == ("Zorvan Quillet",)
    topic = '<p>4 June 2023</p><div><a href="/thema/zorvan-quillet">Zorvan Quillet</a></div>'
    assert _guess(topic) is None  # a topic's page is no person's


def test_several_names_after_a_label() -> None:
    between = "<p>Von Jonas Brandt, Lea Kraus und Tom Park - 3. Mai 2024</p>"
    assert _guess(between) == ("Jonas Brandt", "Lea Kraus", "Tom Park")


def test_a_role_and_a_weekday_are_cut_off() -> None:
    assert _guess("<p>By Anna Berger Senior Writer</p>") == ("Anna Berger",)
    assert _guess("<p>Par Anna Berger Le 17/02/2020</p>") == ("Anna Berger",)


@pytest.mark.parametrize(
    "between",
    [
        "<p>Anna Berger</p>",  # a lone name: as often the person the story is about
        "<figure><img src='a.jpg'><figcaption>By Anna Berger</figcaption></figure>",
        "<p>Foto: Anna Berger</p>",
        "<p>© Anna Berger</p>",
        "<nav><p>By Anna Berger</p></nav>",
        "<div class='related'><p>By Anna Berger</p></div>",
        "<ul><li><a href='/a'>By Anna Berger</a></li><li>Two</li><li>Three</li></ul>",
        "<p>By Valley Courier</p>",  # a masthead, not a person
        "<p>Von Der Spendenteddy</p>",  # a nickname with an article
        "<p>Termine Whisky Tastings Januar – Mai 2024</p>",
        "<p>Anna Berger said the ferries will run late.</p>",  # a sentence
        "<p>By Anna BergerValley Courier</p>",  # a name glued to the next element's text
    ],
)
def test_not_a_byline(between: str) -> None:
    assert _guess(between) is None


def test_a_name_printed_plain_in_a_posts_meta_list() -> None:
    items = "<ul class='post-info'><li>Kommentar</li><li>3. Mai 2024</li><li>Jonas T. Brandt</li>"
    assert _guess(items + "<li>1 Kommentar</li></ul>") == ("Jonas T. Brandt",)
    # the same list made of links (tags, team pages) is not read
    linked = "<ul><li><a href='/t/1'>Kommentar</a></li><li>3. Mai 2024</li>"
    assert _guess(linked + "<li><a href='/t/2'>Jonas Brandt</a></li></ul>") is None


def test_the_site_itself_is_not_taken() -> None:
    assert _guess("<p>By Harbour Ledger</p>", sites=("Harbour Ledger",)) is None
    assert _guess("<p>By Harbour Ledger</p>") == ("Harbour Ledger",)


def test_the_headline_is_the_heading_the_title_holds() -> None:
    page = parse_html(
        "<html><head><title>Ferries run late this winter | Courier</title></head><body>"
        "<h1>Courier</h1><p>Weather</p><p>By Jonas Brandt</p><h2>Ferries run late this winter</h2>"
        f"<p>By Anna Berger</p>{TEXT}</body></html>"
    )
    byline = scored_byline(page.root)
    assert byline is not None and byline.authors == ("Anna Berger",)


def test_nothing_after_the_text_has_started() -> None:
    assert _guess(f"{TEXT}<p>By Anna Berger</p>") is None


def test_no_page_and_no_headline() -> None:
    assert scored_byline(None) is None
    assert scored_byline(parse_html("<p>By Anna Berger</p>").root) is None
    assert scored_authors(parse_html("<p>nothing</p>").root).values == {}


def test_threshold_is_what_a_label_alone_scores() -> None:
    assert THRESHOLD == 3  # documented: a label alone, or a given name with a date, suffices


def test_extract_html_uses_it_only_when_nothing_else_names_anyone() -> None:
    page = (
        "<html><body><article><h1>Ferries run late</h1><p>4 June 2023</p>"
        '<div><a href="/in/zorvan-quillet">Zorvan Quillet</a></div>'
        f"{TEXT}</article></body></html>"
    )
    art = extract_html(page)
    assert art.authors == ("Zorvan Quillet",)
    assert art.provenance["authors"].rule == "scored-block"
    named = page.replace("<html>", "<html><head><meta name='author' content='Lea Kraus'></head>")
    assert extract_html(named).authors == ("Lea Kraus",)


def test_a_byline_over_the_headline() -> None:
    assert _guess("", headline="<p>By Lea Kraus</p><h1>Ferries run late</h1>") == ("Lea Kraus",)


def test_a_signature_after_the_text() -> None:
    page = parse_html(
        f"<html><body><h1>Ferries run late</h1>{TEXT}{TEXT}<p>Text: Jonas Brandt</p>"
        "<div class='related'><p>By Lea Kraus</p></div></body></html>"
    )
    byline = scored_byline(page.root)
    assert byline is not None and byline.authors == ("Jonas Brandt",)


def test_an_institution_ends_the_list_and_a_desk_is_no_person() -> None:
    between = "<p>By Anna Berger, Jonas Brandt, Valley University</p>"
    assert _guess(between) == ("Anna Berger", "Jonas Brandt")
    assert _guess("<p>By Harbour Court Reporter</p>") is None
