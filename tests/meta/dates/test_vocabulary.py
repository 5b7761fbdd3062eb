"""The date vocabularies as data (labels, weekdays, months, relative dates): well formed, read
through the one loader, and the regexes built from them safe on long hostile strings."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

import pytest

from newscorpus.meta.dates.labels import (
    attribute_stem_words,
    attribute_stems,
    date_labels_pattern,
    post_sentence,
    posted_after,
    posted_before,
    posted_passive,
    posting_words,
    publication_label,
    published_label,
    updated_label,
)
from newscorpus.shapes import dates, find_dates, find_relative, looks_like_dateline, parse_date
from newscorpus.shapes.date_words import (
    clock_words,
    date_labels,
    label_alternation,
    month_numbers,
    time_zones,
    weekdays,
)
from newscorpus.vocab import load_json

_LANGUAGES = {
    *("ar", "az", "cs", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr"),
    *("uk", "zh"),
}
# months only: the day-month order of these languages is read, their labels are not (yet)
_MONTH_LANGUAGES = _LANGUAGES | {
    "bg",
    "ca",
    "da",
    "el",
    "et",
    "fi",
    "hr",
    "hu",
    "id",
    "lt",
    "nb",
    "ro",
    "sk",
    "sl",
    "sr",
    "sv",
}


def test_date_labels_are_well_formed() -> None:
    table = load_json("vocab", "date_labels.json")
    assert isinstance(table["_doc"], str) and table["_doc"]
    for language, categories in table.items():
        if language == "_doc":
            continue
        assert language in _LANGUAGES, language
        assert set(categories) <= {"published", "modified", "dateline", "until"}, language
        for words in categories.values():
            assert words and len(words) == len(set(words))
            assert all(w == w.lower().strip() and "  " not in w for w in words)
    assert not set(date_labels("published")) & set(date_labels("modified"))


def test_weekdays_and_months_are_well_formed() -> None:
    for language, names in load_json("weekdays.json").items():
        assert language in _LANGUAGES and names and all(n == n.lower() for n in names)
    for language, names in load_json("months.json").items():
        assert language in _MONTH_LANGUAGES, language
        assert all(1 <= number <= 12 for number in names.values())
    assert month_numbers()["december"] == 12 and "sonntag" in weekdays("de")


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("zh", "2024年3月5日 星期二", "2024年3月6日 星期三"),
        ("ja", "2024年3月5日 火曜日", "2024年3月6日 水曜日"),
        ("ko", "2024년 3월 5일 화요일", "2024년 3월 6일 수요일"),
        ("ar", "الثلاثاء 5 مارس 2024", "الأربعاء 6 مارس 2024"),
        ("pl", "wtorek, 5 marca 2024", "środa, 6 marca 2024"),
        ("nl", "dinsdag 5 maart 2024", "woensdag 6 maart 2024"),
        ("cs", "úterý 5. března 2024", "středa 6. března 2024"),
        ("uk", "вівторок, 5 березня 2024", "середа, 6 березня 2024"),
    ],
)
def test_weekdays_of_more_languages(language: str, first: str, second: str) -> None:
    """Seven days a week in each language; a site's date line reads as one template line on
    every day (the weekday folded with the digits), and the date under the weekday is read."""
    from newscorpus.clean.sites import fingerprint

    assert len(weekdays(language)) >= 7
    assert fingerprint(first) == fingerprint(second)
    assert [d.value.day for d in find_dates(first, allow_future=True)] == [5]


def test_weekday_regexes_stay_fast_on_hostile_text() -> None:
    from newscorpus.io.archives.fields import _weekday_pattern  # built from every language

    hostile = "星期" * 20_000 + "środa" * 5_000 + " poniedziałekk" * 3_000
    started = time.perf_counter()
    _weekday_pattern().search(hostile)
    assert time.perf_counter() - started < 2


def test_relative_dates_are_well_formed() -> None:
    table = load_json("relative_dates.json")
    assert set(table) == {"_doc", "phrases", "unit_minutes", "units", "day_back", "day_words"}
    assert all(p.count("{n}") == p.count("{u}") == 1 for p in table["phrases"].values())
    assert set(table["units"]) == set(table["unit_minutes"])
    assert set(table["day_words"]) == set(table["day_back"])
    stems = [stem for listed in table["units"].values() for stem in listed]
    assert len(stems) == len(set(stems))


def test_one_list_serves_every_label_reader() -> None:
    # A word added to the data file reaches every reader: the kind of a printed date, date
    # lines, the label of a date line and the label before a relative date.
    for word in ("veröffentlicht", "publié", "опубликовано"):
        assert published_label().search(f"{word} am ")
        assert publication_label().search(f"{word}:")
        assert date_labels_pattern().search(word)
    assert updated_label().search("mis  à\tjour le ")
    assert looks_like_dateline("Published: Monday, 4 March 2024")
    # The date line labels are a subset kept apart (the cleaner drops date lines).
    assert set(date_labels("dateline")) <= {*date_labels("published"), *date_labels("modified")}


def test_label_alternation_lets_a_space_match_white_space() -> None:
    assert label_alternation(["mis à jour"]) == r"mis\s+à\s+jour"


@pytest.mark.parametrize(
    "text",
    [
        "a" * 50_000,
        "published " * 5_000,
        "mis " * 10_000 + "à",
        "updated" + " " * 50_000 + "x",
        "1 " * 20_000,
        "vor 2 " * 8_000,
        ("Montag, " * 3_000) + "4",
    ],
)
def test_label_regexes_stay_linear_on_hostile_strings(text: str) -> None:
    start = time.perf_counter()
    for pattern in (updated_label(), published_label(), publication_label()):
        pattern.search(text)
    date_labels_pattern().sub(" ", text)
    looks_like_dateline(text[:200])
    find_relative(text, datetime(2024, 3, 4))
    assert time.perf_counter() - start < 2.0


def test_clock_words_and_time_zones_are_well_formed() -> None:
    for category in ("before_time", "after_time", "skipped"):
        listed = clock_words(category)
        assert listed and len(listed) == len(set(listed))
        assert all(w == w.lower().strip() for w in listed)
    zones = time_zones()
    assert zones["CEST"] == 120 and zones["EDT"] == -240
    assert all(name == name.upper() and -720 <= m <= 840 for name, m in zones.items())
    assert not {"CST", "IST"} & set(zones), "ambiguous names stay out"
    # The words reach the time reader and dateutil.
    assert dates._time() is dates._time(), "built once"
    for text in (" a las 14:30", " saat 14:30", " 14:30 Uhr", " 14:30 (CEST)", " at 2:30 pm"):
        assert dates._time().match(text), text
    assert {"г", "uhr"} <= set(dates._info()._jump)
    parsed = dates.parse_date("5 March 2024 14:30 CET")
    assert parsed is not None and parsed.value.utcoffset() == timedelta(hours=1)


def test_attribute_stems_are_well_formed() -> None:
    table = load_json("vocab", "date_attributes.json")
    assert set(table) == {
        "_doc",
        "modified",
        "modified_data",
        "published",
        "data_date",
        "data_not_date",
    }
    for category, stems in table.items():
        if category == "_doc":
            continue
        assert stems == list(attribute_stem_words(category))
        assert all(s.isalpha() and s == s.lower() for s in stems), "plain substrings"
        assert all(attribute_stems(category).search(s.upper()) for s in stems)
    # The data-* reader's modified stems are a subset kept apart (tuned without "aktualis").
    assert set(table["modified_data"]) < set(table["modified"])
    assert not set(table["modified"]) & set(table["published"])


@pytest.mark.parametrize(
    "text",
    [
        " " * 50_000,
        "a las " * 8_000 + "1",
        ("14:30 " * 9_000)[:50_000],
        "at" + " " * 50_000 + "1",
        ("modif" * 10_000) + "x",
        "data-" + "updat" * 10_000,
        ("CEST" * 12_500) + "x",
    ],
)
def test_clock_and_attribute_regexes_stay_linear_on_hostile_strings(text: str) -> None:
    start = time.perf_counter()
    for position in (0, 1, len(text) // 2):
        dates._time().match(text, position)
    for category in ("modified", "modified_data", "published", "data_date", "data_not_date"):
        attribute_stems(category).search(text)
        attribute_stems(category).findall(text)
    assert time.perf_counter() - start < 2.0


def test_post_sentence_words_are_plain_and_reach_every_regex() -> None:
    table = load_json("vocab", "post_sentences.json")
    lists = {key: value for key, value in table.items() if key != "_doc"}
    for words in lists.values():
        assert words and len(words) == len(set(words))
        assert all(w == w.lower().strip() and "  " not in w for w in words)
    # The quick pre-check finds every word the two "posted" regexes need as a plain substring.
    assert set(posting_words()) == {*lists["posted"], *lists["passive"]}
    assert all(word.isalpha() for word in posting_words())
    for word in lists["posted"]:
        for preposition in lists["date_prepositions"]:
            text = f"This entry was {word.upper()} {preposition} Saturday, "
            assert posted_before().search(text), text
            assert any(w in text.lower() for w in posting_words())
    for this in lists["this"]:
        for noun in lists["post_nouns"]:
            assert post_sentence().search(f"{this}\n{noun}"), (this, noun)
    for filing in lists["filing"]:
        assert post_sentence().search(filing.replace(" ", "  ").upper())
    for word in lists["posted_after"]:
        assert posted_after().search(f" um 10:00 Uhr {word}")
    assert posted_passive().search("Dieser Beitrag wurde am Samstag, ")
    assert post_sentence() is post_sentence(), "built once"


@pytest.mark.parametrize(
    "text",
    [
        "this " * 10_000,
        "dieser beitrag " * 3_500,
        "posted on " * 5_000,
        "wurde wurde am " * 3_500,
        "filed " * 8_000 + "under",
        "a" * 50_000,
    ],
)
def test_post_sentence_regexes_stay_linear_on_hostile_strings(text: str) -> None:
    start = time.perf_counter()
    post_sentence().search(text)
    for pattern in (posted_before(), posted_passive(), posted_after()):
        pattern.search(text)
        pattern.search(text[:40])
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize(
    ("printed", "day"),
    [
        ("3. toukokuuta 2024", "2024-05-03"),
        ("3 Οκτωβρίου 2024", "2024-10-03"),
        ("3 octombrie 2024", "2024-10-03"),
        ("17 Agustus 2023", "2023-08-17"),
        ("3 de maig de 2024", "2024-05-03"),
        ("3. mája 2024", "2024-05-03"),
        ("3. svibnja 2024", "2024-05-03"),
        ("3. маја 2024", "2024-05-03"),
        ("3 януари 2024", "2024-01-03"),
        ("3. detsember 2024", "2024-12-03"),
        ("3 maj 2024", "2024-05-03"),
        ("3. desember 2024", "2024-12-03"),
    ],
)
def test_month_names_of_more_languages(printed: str, day: str) -> None:
    parsed = parse_date(f"Publicat {printed}, 10:30")
    assert parsed is not None and parsed.value.date().isoformat() == day


def test_a_name_two_languages_spell_alike_keeps_the_first_meaning() -> None:
    """Polish "listopada" is November; the Croatian October of the same spelling is left out."""
    assert month_numbers()["listopada"] == 11


def test_month_search_stays_linear_on_long_adversarial_text() -> None:
    for text in ("3. " * 30_000, "toukokuuta " * 30_000, "3 маја " * 30_000 + "x"):
        started = time.perf_counter()
        find_dates(text)
        assert time.perf_counter() - started < 10
