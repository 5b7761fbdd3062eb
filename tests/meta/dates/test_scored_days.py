"""The publication day of plain-text pages chosen among every day the page prints
(meta/dates/scored.py, scorer.py): each candidate kind, each rejection, the bar, and HTML pages
left to the rules. All pages here are invented."""

from __future__ import annotations

import pytest

from newscorpus import extract_text
from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.meta.dates.choose import DateCandidate
from newscorpus.meta.dates.scored import DayCandidate, best_day, day_candidates, scored_candidates
from newscorpus.meta.dates.scorer import FEATURES, DateScorer, date_scorer
from newscorpus.meta.header import read_header
from newscorpus.shapes.dates import parse_date

from .invented_pages import days as _days
from .invented_pages import page as _page


def test_every_feature_has_a_fitted_weight() -> None:
    scorer = date_scorer()
    assert set(scorer.weights) == set(FEATURES)
    assert 0 < scorer.bar < 1


@pytest.mark.parametrize(
    ("language", "dateline", "day"),
    [
        ("en", "Published 4 March 2024", "2024-03-04"),
        ("de", "Veröffentlicht am 4. März 2024", "2024-03-04"),
        ("fr", "Publié le 4 mars 2024", "2024-03-04"),
        ("pl", "wtorek, 5 marca 2024", "2024-03-05"),
        ("nl", "dinsdag 5 maart 2024", "2024-03-05"),
        ("cs", "úterý 5. března 2024", "2024-03-05"),
        ("uk", "вівторок, 5 березня 2024", "2024-03-05"),
    ],
)
def test_the_header_date_line_wins_over_a_teaser_list(
    language: str, dateline: str, day: str
) -> None:
    teasers = [
        "Harbour lights return",
        "12.01.2024",
        "Night market opens",
        "15.01.2024",
        "Old mill sold",
        "19.01.2024",
    ]
    text = _page(["River bridge vote", dateline], language) + "\n\n" + "\n\n".join(teasers)
    article = extract_text(text)
    assert article.published is not None
    assert article.published.date().isoformat() == day
    assert article.provenance["published"].rule.startswith("scored:")


def test_teaser_days_are_candidates_marked_as_a_list() -> None:
    lines = ["Mill sold", "12.01.2024", "Market opens", "15.01.2024", "Lights return", "19.01.2024"]
    days = _days(_page(["River bridge vote", "4 March 2024"]) + "\n\n" + "\n\n".join(lines))
    assert days["2024-01-15"]["dated_neighbours"] > 0
    assert days["2024-01-15"]["after_body"] == 1.0
    assert days["2024-03-04"]["header"] == 1.0
    assert days["2024-03-04"]["dated_neighbours"] == 0.0


def test_a_day_only_in_prose_is_marked_as_such() -> None:
    prose = (
        "The first ferry sailed from the old pier on 2 June 1998, and it ran for twenty years. " * 2
    )
    days = _days(_page(["River bridge vote", "4 March 2024", prose]))
    assert days["1998-06-02"]["sentence_only"] == 1.0
    assert days["2024-03-04"]["short_line"] == 1.0


def test_an_event_or_version_date_is_not_a_candidate() -> None:
    days = _days(_page(["River bridge vote", "4 March 2024", "Termin: 30.04.2024"]))
    assert "2024-04-30" not in days
    days = _days(_page(["Licence text", "Version 3, 29 June 2007"]))
    assert "2007-06-29" not in days


def test_an_update_line_is_marked_modified() -> None:
    days = _days(_page(["River bridge vote", "4 March 2024", "Updated 6 March 2024"]))
    assert days["2024-03-06"]["modified"] == 1.0
    assert days["2024-03-04"]["modified"] == 0.0


def test_the_url_day_is_a_candidate_and_agrees() -> None:
    url = "https://news.example/2024/03/04/river-bridge-vote"
    days = _days(_page(["River bridge vote", "4 March 2024"]), url=url)
    assert days["2024-03-04"]["url_day"] == 1.0
    assert days["2024-03-04"]["url_printed"] == 1.0
    only_url = _days(_page(["River bridge vote"]), url=url)
    assert only_url["2024-03-04"]["url_only"] == 1.0


def test_a_masthead_date_above_the_title_is_marked() -> None:
    text = _page(
        ["Thursday, 7 March 2024", "Home", "News", "Sport", "River bridge vote", "4 March 2024"]
    )
    classified = classify(text_to_blocks(text))
    found = list(read_header(classified).values.get("date_candidates", ()))
    days = day_candidates(classified, found, title=4)
    masthead = next(d for d in days if d.date.value.day == 7)
    features = dict(zip(FEATURES, masthead.features, strict=True))
    assert features["above_title"] == 1.0
    assert features["page_top"] == 1.0


def test_below_the_bar_the_page_stays_undated_and_says_why() -> None:
    text = _page(["River bridge vote", "4 March 2024"])
    classified = classify(text_to_blocks(text))
    found = list(read_header(classified).values.get("date_candidates", ()))
    strict = DateScorer(weights={}, bias=0.0, bar=0.99)
    chosen, below = scored_candidates(classified, found, title=0, scorer=strict)
    assert chosen == ()
    assert below is not None and below.rule.startswith("below-bar:")


def test_a_page_without_dates_has_no_candidates() -> None:
    classified = classify(text_to_blocks(_page(["River bridge vote"])))
    assert scored_candidates(classified, [], title=0) == ((), None)
    assert best_day([], date_scorer()) is None


def test_unresolved_relative_dates_are_kept() -> None:
    relative = DateCandidate(
        date=None, kind="relative", source="text:header", rule="relative-unresolved"
    )
    classified = classify(text_to_blocks(_page(["River bridge vote"])))
    assert scored_candidates(classified, [relative], title=0) == ((relative,), None)


def test_html_pages_keep_the_rules_choice() -> None:
    # read_header scores days only when asked (extract_text asks, extract_html does not)
    text = _page(["River bridge vote", "Version 3, 29 June 2007"])
    found = read_header(classify(text_to_blocks(text)))
    assert all(not c.rule.startswith("scored") for c in found.values.get("date_candidates", ()))


def test_best_day_is_the_most_probable() -> None:
    date = parse_date("2024-03-04")
    assert date is not None
    low = DayCandidate(date=date, block=1, raw="", features=(0.0,))
    high = DayCandidate(date=date, block=2, raw="", features=(1.0,))
    scorer = DateScorer(weights={"header": 2.0}, bias=0.0, bar=0.5, features=("header",))
    best = best_day([low, high], scorer)
    assert best is not None and best.block == 2 and 0.5 < best.score < 1
    assert scorer.score((100.0,)) == 30.0  # clipped


def test_long_hostile_pages_stay_fast() -> None:
    import time

    hostile = "\n\n".join(["3 May 2024 " * 20, "1." * 5000, "2024 " * 3000, "Version 3, " * 2000])
    started = time.perf_counter()
    extract_text(_page(["River bridge vote", hostile]))
    assert time.perf_counter() - started < 10


def test_a_date_on_the_byline_and_nearest_the_headline_is_marked() -> None:
    text = _page(["12.01.2024", "Mill sold", "River bridge vote", "By Ann Lee, 4 March 2024"])
    classified = classify(text_to_blocks(text))
    found = list(read_header(classified).values.get("date_candidates", ()))
    days = {
        d.date.value.date().isoformat(): dict(zip(FEATURES, d.features, strict=True))
        for d in day_candidates(classified, found, title=2)
    }
    assert days["2024-03-04"]["byline_line"] == 1.0
    assert days["2024-03-04"]["nearest_title"] == 1.0
    assert days["2024-01-12"]["byline_line"] == 0.0
    assert days["2024-01-12"]["nearest_title"] == 0.0


@pytest.mark.parametrize(
    ("label", "teaser"),
    [("Read also", "Rail strike talks resume"), ("Lesen Sie auch", "Bahnstreik geht weiter")],
)
def test_a_day_only_in_a_list_of_other_pages_is_no_candidate(label: str, teaser: str) -> None:
    text = _page(["River bridge vote"]) + f"\n\n{label}\n\n{teaser}\n\n15 June 2024 - 17:16"
    assert "2024-06-15" not in _days(text)
    assert extract_text(text).published is None
