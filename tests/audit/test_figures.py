"""Every figure of the audit report, on a synthetic corpus whose answers are worked out by hand.

The corpus (``now`` is 2024-06-01 12:00 UTC, very short is under 10 words):

===  ========  =====  ===========  ========  ============================  =========  =====
id   source    title  authors      language  published (precision)         words      other
===  ========  =====  ===========  ========  ============================  =========  =====
a    Courier   T1     Ann          en        2024-01-05 (day)              20         share-prompt ×2, nav-item
b    Courier   —      —            en        2024-03-10 14:00 UTC (minute) 5 (short)  share-prompt
c    Courier   T3     Bo           —         —                             20
d    Herald    T4     Cy, Di       de        2024-06-02 (day, future)      20 (= a)   legal-line
e    —         blank  —            en        2024-06-01 18:00+02 (second)  0 (empty)  future: 16:00 UTC
f    Herald    T6     Ed           en        2024-06-01 (day, today)       120
g    Herald    T7     —            en        2024 (year)                   60
h    Herald    T8     blank        en        2024-02-01 (none recorded)    30
===  ========  =====  ===========  ========  ============================  =========  =====
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from newscorpus import Corpus, OptionsError, Skipped
from newscorpus.article import Article, Origin, Removal
from newscorpus.audit import AuditOptions, AuditReport, audit

NOW = datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
OPTIONS = AuditOptions(now=NOW, short_words=10)


def _words(count: int, stem: str) -> str:
    return " ".join(f"{stem}{i}" for i in range(count))


def _removed(*rules: str) -> tuple[Removal, ...]:
    return tuple(Removal(text="x", rule=rule, block=i) for i, rule in enumerate(rules))


ARTICLES = [
    Article(
        id="a",
        source="Courier",
        title="T1",
        authors=("Ann",),
        language="en",
        published=datetime(2024, 1, 5),
        published_precision="day",
        text=_words(20, "a"),
        removed=_removed("share-prompt", "share-prompt", "nav-item"),
        origin=Origin(path="pages/a.html"),
    ),
    Article(
        id="b",
        source="Courier",
        language="en",
        published=datetime(2024, 3, 10, 14, 0, tzinfo=timezone.utc),
        published_precision="minute",
        text=_words(5, "b"),
        removed=_removed("share-prompt"),
        url="https://x.example/b",
    ),
    Article(
        id="c",
        source="Courier",
        title="T3",
        authors=("Bo",),
        text=_words(20, "c"),
        origin=Origin(path="pages/c.jsonl", line=3),
    ),
    Article(
        id="d",
        source="Herald",
        title="T4",
        authors=("Cy", "Di"),
        language="de",
        published=datetime(2024, 6, 2),
        published_precision="day",
        text=_words(20, "a"),
        removed=_removed("legal-line"),
    ),
    Article(
        id="e",
        title="  ",
        language="en",
        published=datetime(2024, 6, 1, 18, 0, tzinfo=timezone(timedelta(hours=2))),
        published_precision="second",
        text="",
    ),
    Article(
        id="f",
        source="Herald",
        title="T6",
        authors=("Ed",),
        language="en",
        published=datetime(2024, 6, 1),
        published_precision="day",
        text=_words(120, "f"),
    ),
    Article(
        id="g",
        source="Herald",
        title="T7",
        language="en",
        published=datetime(2024, 1, 1),
        published_precision="year",
        text=_words(60, "g"),
    ),
    Article(
        id="h",
        source="Herald",
        title="T8",
        authors=("  ",),
        language="en",
        published=datetime(2024, 2, 1),
        text=_words(30, "h"),
    ),
]
SKIPPED = [
    Skipped(path="pages/style.css", reason="a style sheet, not a page", error="NotAPage"),
    Skipped(path="pages/bad.txt", reason="not UTF-8 nor any known encoding", error="EncodingError"),
    Skipped(path="pages/logo.png", reason="an image, not a page", error="NotAPage"),
]


@pytest.fixture(scope="module")
def report() -> AuditReport:
    return Corpus(ARTICLES, skipped=SKIPPED).audit(options=OPTIONS)


def test_overall_metadata_coverage(report: AuditReport) -> None:
    o = report.overall
    assert o.source is None and o.articles == 8
    assert (o.titled, o.dated, o.undated, o.authored, o.with_language) == (6, 7, 1, 4, 7)
    assert (o.title_share, o.date_share, o.author_share, o.language_share) == (
        0.75,
        0.875,
        0.5,
        0.875,
    )
    assert o.precision == (("year", 1), ("day", 3), ("minute", 1), ("second", 1), ("unknown", 1))
    assert (o.first, o.last) == (date(2024, 1, 1), date(2024, 6, 2))


def test_problem_pages(report: AuditReport) -> None:
    o = report.overall
    assert (o.empty, o.short, o.future) == (1, 1, 2)
    assert [r.id for r in report.empty] == ["e"]
    assert [r.id for r in report.short] == ["b"]
    assert [r.id for r in report.undated] == ["c"]
    assert [r.id for r in report.future] == ["d", "e"]  # f is dated today: not in the future
    assert report.undated[0].where == "pages/c.jsonl:3" and report.undated[0].title == "T3"
    assert report.short[0].where == "https://x.example/b" and report.short[0].words == 5
    assert report.empty[0].where == "e"  # neither a file nor a URL: its id
    assert report.future[0].published == "2024-06-02"


def test_body_length_distribution(report: AuditReport) -> None:
    w = report.overall.words
    # lengths sorted: 0 5 20 20 20 30 60 120; nearest-rank quantiles
    assert (w.articles, w.words, w.minimum, w.p10, w.median, w.p90, w.maximum) == (
        8,
        275,
        0,
        0,
        20,
        120,
        120,
    )
    assert w.mean == 34.4
    assert [(b.label, b.count) for b in w.bins] == [
        ("0", 1),
        ("1–49", 5),
        ("50–99", 1),
        ("100–199", 1),
        ("200–399", 0),
        ("400–799", 0),
        ("800–1599", 0),
        ("1600+", 0),
    ]


def test_per_source_figures(report: AuditReport) -> None:
    assert [(s.source, s.articles) for s in report.sources] == [
        ("Herald", 4),
        ("Courier", 3),
        ("", 1),
    ]
    herald, courier, nameless = report.sources
    assert (herald.titled, herald.dated, herald.authored, herald.with_language) == (4, 4, 2, 4)
    assert herald.precision == (("year", 1), ("day", 2), ("unknown", 1))
    assert (herald.empty, herald.short, herald.future, herald.words.median) == (0, 0, 1, 30)
    assert (herald.first, herald.last) == (date(2024, 1, 1), date(2024, 6, 2))
    assert (courier.titled, courier.dated, courier.authored, courier.with_language) == (2, 2, 2, 2)
    assert courier.precision == (("day", 1), ("minute", 1))
    assert (courier.short, courier.undated, courier.words.median) == (1, 1, 20)
    assert courier.author_share == pytest.approx(2 / 3)
    assert (nameless.articles, nameless.titled, nameless.empty, nameless.future) == (1, 0, 1, 1)
    # every count of the sources adds up to the overall one
    for name in ("titled", "dated", "authored", "with_language", "empty", "short", "future"):
        assert sum(getattr(s, name) for s in report.sources) == getattr(report.overall, name)


def test_removal_rules_languages_and_duplicates(report: AuditReport) -> None:
    assert [(r.rule, r.blocks, r.articles) for r in report.rules] == [
        ("share-prompt", 3, 2),
        ("legal-line", 1, 1),
        ("nav-item", 1, 1),
    ]
    assert report.languages == (("en", 6), ("", 1), ("de", 1))
    d = report.duplicates
    assert (d.checked, d.clusters, d.articles, d.copies, d.total, d.share) == (
        True,
        1,
        2,
        1,
        8,
        0.125,
    )


def test_timeline_fills_every_week(report: AuditReport) -> None:
    # 2024-01-01 to 2024-06-02 is 153 days: counted by ISO week, W01 to W22
    assert report.timeline_by == "week"
    assert len(report.timeline) == 22 and sum(n for _, n in report.timeline) == 7
    counted = dict(report.timeline)
    assert (counted["2024-W01"], counted["2024-W05"], counted["2024-W10"]) == (2, 1, 1)
    assert counted["2024-W22"] == 3 and counted["2024-W02"] == 0


def test_skipped_inputs_and_why(report: AuditReport) -> None:
    assert report.skipped == tuple(SKIPPED)
    assert [(s.error, s.count, s.example.path) for s in report.skip_counts] == [
        ("NotAPage", 2, "pages/style.css"),
        ("EncodingError", 1, "pages/bad.txt"),
    ]


def test_report_keeps_its_reference_time_and_options(report: AuditReport) -> None:
    assert report.now == NOW and report.options is OPTIONS


def test_a_naive_now_is_read_as_utc() -> None:
    naive = audit(ARTICLES, options=AuditOptions(now=datetime(2024, 6, 1, 12, 0)))
    assert naive.now == NOW and naive.overall.future == 2


def test_coarse_dates_are_future_only_when_their_period_starts_later() -> None:
    def future(published: datetime, precision: str) -> int:
        art = Article(text="x", published=published, published_precision=precision)  # type: ignore[arg-type]
        return audit([art], options=OPTIONS).overall.future

    assert future(datetime(2024, 6, 30), "month") == 0
    assert future(datetime(2024, 7, 1), "month") == 1
    assert future(datetime(2024, 12, 31), "year") == 0
    assert future(datetime(2025, 1, 1), "year") == 1
    assert future(datetime(2024, 6, 1, 12, 1), "minute") == 1  # naive: read as UTC
    assert future(datetime(2024, 6, 1, 13, 0, tzinfo=timezone(timedelta(hours=2))), "minute") == 0


def test_without_duplicates_nothing_is_compared() -> None:
    report = audit(ARTICLES, options=AuditOptions(now=NOW, duplicates=False))
    assert not report.duplicates.checked and report.duplicates.total == 8
    assert "not looked for" in report.to_text()


def test_an_empty_corpus_gives_zeros_not_errors() -> None:
    report = audit([], options=OPTIONS)
    o = report.overall
    assert (o.articles, o.title_share, o.words.median, o.words.mean, o.first) == (
        0,
        0.0,
        0,
        0.0,
        None,
    )
    assert report.sources == () and report.timeline == () and report.duplicates.share == 0.0
    assert "Audit of 0 articles" in report.to_text()


def test_cjk_bodies_are_measured_in_words_as_cleaning_counts_them() -> None:
    body = "市議会は月曜日、川岸の整備計画を承認し、一年にわたる議論に決着をつけた。" * 4
    report = audit([Article(text=body)], options=OPTIONS)
    assert report.overall.words.maximum > 50 and report.overall.short == 0


@pytest.mark.parametrize(
    "kwargs",
    [{"short_words": 0}, {"length_bins": (1, 5)}, {"length_bins": (0, 5, 5)}, {"length_bins": ()}],
)
def test_bad_options_are_options_errors(kwargs: dict[str, object]) -> None:
    with pytest.raises(OptionsError):
        AuditOptions(**kwargs)  # type: ignore[arg-type]


def test_the_audit_reads_its_input_once() -> None:
    report = audit(iter(ARTICLES), options=OPTIONS)  # a generator: no second pass possible
    assert report.overall.articles == 8 and report.duplicates.clusters == 1
