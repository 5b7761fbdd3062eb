"""Direct quotes and their speakers: marks, cues on either side, long quotes, pronouns."""

from __future__ import annotations

import pytest

from newscorpus import Corpus
from newscorpus.article import Article
from newscorpus.query import Quote, quotes, quotes_in


def one(text: str) -> Quote:
    found = quotes_in(text, article_id="t")
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "quote", "speaker", "cue"),
    [
        ("“We will not give in,” Kara cautioned.", "We will not give in", "Kara", "cautioned"),
        (
            '"The bridge stays shut," said Ali Kara, the mayor.',
            "The bridge stays shut",
            "Ali Kara",
            "said",
        ),
        (
            "“It is over,” the foreign minister said on Monday.",
            "It is over",
            "the foreign minister",
            "said",
        ),
        (
            "“Prices will rise,” according to Lena Vogt.",
            "Prices will rise",
            "Lena Vogt",
            "according to",
        ),
        ("Herzog remarked: “The border is open.”", "The border is open.", "Herzog", "remarked"),
        ("Ms. Vogt told reporters: “We are ready.”", "We are ready.", "Ms. Vogt", "told"),
        (
            "According to Omar Haddad, “the port reopens in May.”",
            "the port reopens in May.",
            "Omar Haddad",
            "according to",
        ),
        (
            "«Nous restons ici», a déclaré Marie Dupont.",
            "Nous restons ici",
            "Marie Dupont",
            "a déclaré",
        ),
        ("„Wir bleiben hier“, sagte Jonas Weber.", "Wir bleiben hier", "Jonas Weber", "sagte"),
        ("‹Seguimos aquí›, dijo Ana Ruiz.", "Seguimos aquí", "Ana Ruiz", "dijo"),
        ("»Wir gehen«, sagte Eva Roth.", "Wir gehen", "Eva Roth", "sagte"),
        ("“We tried,” Ursula von der Leyen said.", "We tried", "Ursula von der Leyen", "said"),
        ("“Never,” Kara quickly replied.", "Never", "Kara", "replied"),
    ],
)
def test_quote_forms(text: str, quote: str, speaker: str, cue: str) -> None:
    found = one(text)
    assert found.text == quote
    assert found.speaker == speaker
    assert found.cue == cue
    assert text[found.offset] in '“"«»„‹'
    assert found.end > found.offset and text[found.end - 1] in '”"»«“›'


def test_split_quote_keeps_its_speaker_for_both_parts() -> None:
    text = "“Nothing will happen tomorrow,” Kara cautioned, “but something could in years.”"
    first, second = quotes_in(text)
    assert (first.speaker, second.speaker) == ("Kara", "Kara")
    assert second.text == "but something could in years."


def test_pronoun_resolves_to_the_last_named_speaker() -> None:
    text = (
        "“The plan is ready,” said Mira Sato.\n\n"
        "The council met later.\n\n"
        "“We start in June,” she added."
    )
    found = quotes_in(text)
    assert [(q.speaker, q.cue, q.paragraph) for q in found] == [
        ("Mira Sato", "said", 0),
        ("Mira Sato", "added", 2),
    ]


def test_pronoun_without_a_named_speaker_stays_unknown() -> None:
    found = one("“We start in June,” he added.")
    assert found.speaker is None
    assert found.cue == "added"


def test_quote_running_over_paragraphs() -> None:
    text = (
        "Kara spoke at length.\n\n"
        "“The first years were hard for everyone in the valley.\n\n"
        "“But the road is open now and the trucks are back,” said Kara."
    )
    found = one(text)
    assert found.text == (
        "The first years were hard for everyone in the valley.\n\n"
        "But the road is open now and the trucks are back"
    )
    assert found.speaker == "Kara"
    assert found.paragraph == 1
    assert text.index("“The first") == found.offset


def test_a_quote_left_open_is_not_a_quote() -> None:
    assert quotes_in("“This never closes and nobody said where it ends.\n\nNext paragraph.") == []


def test_cue_in_the_paragraph_before() -> None:
    found = one("The minister Elif Demir remarked:\n\n“Talks resume on Monday.”")
    assert found.speaker == "Elif Demir"
    assert found.paragraph == 1


def test_unattributed_quote_in_the_same_paragraph_keeps_the_speaker() -> None:
    text = "“Talks start soon,” Kara noted. “They should not be delayed any longer, not at all.”"
    _first, second = quotes_in(text)
    assert second.speaker == "Kara"
    assert second.cue == "noted"


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    text = (
        "The “progressive” agenda was named. She wrote “Women and War: A History” in 2010. "
        "Critics called it “fake news” loudly."
    )
    assert quotes_in(text) == []


def test_long_unattributed_sentence_is_a_quote_without_speaker() -> None:
    found = one("Later: “The whole town came out to see the new bridge open today.” Then rain.")
    assert found.speaker is None
    assert found.cue is None


def test_sentence_start_words_are_not_speakers() -> None:
    found = quotes_in("“Rain stops play at the ground,” But said nothing. In said: “No.”")
    assert all(q.speaker not in ("But", "In") for q in found)


def test_quotes_over_a_corpus_name_their_article() -> None:
    arts = [
        Article(id="a", text="Nothing quoted."),
        Article(id="b", text="“Yes,” said Ana Lima.\n\n“No,” said Rui Costa."),
    ]
    found = Corpus(arts).quotes()
    assert [(q.article_id, q.speaker, q.paragraph) for q in found] == [
        ("b", "Ana Lima", 0),
        ("b", "Rui Costa", 1),
    ]
    assert found == quotes(arts)


def test_hostile_inputs_finish() -> None:
    text = "“" * 20_000 + " said Kara " + '"' * 20_001 + "«" * 5000
    quotes_in(text)  # must not hang or raise
    assert quotes_in("") == []
    # 20,000 paragraphs that each re-open a quote never closed: quadratic work would take
    # minutes here, the linear scan a fraction of a second
    assert quotes_in("\n\n".join("“" + "word " * 20 for _ in range(20_000))) == []


def test_non_text_is_refused() -> None:
    with pytest.raises(TypeError, match="takes text"):
        quotes_in(None)  # type: ignore[arg-type]


def test_nouns_and_clauses_are_not_cues_or_speakers() -> None:
    text = (
        "The group in the United States: “We keep the archive open to everyone who asks us.”\n\n"
        "“The river is the same river every year, whatever we decide.” The council has not "
        "yet said when work starts."
    )
    assert [q.speaker for q in quotes_in(text)] == [None, None]


def test_pronouns_do_not_resolve_to_organisations() -> None:
    text = "According to the Harbour Trust, “costs rose.”\n\n“We will wait,” he added."
    assert [q.speaker for q in quotes_in(text)] == ["the Harbour Trust", None]


def test_pronoun_with_no_speaker_yet_stands_for_the_person_named_before() -> None:
    text = (
        "When nineteen-year-old Tariq Mensah looked at the data from the United States, he saw "
        "a spike. “It looked like an error at first,” he said."
    )
    assert [q.speaker for q in quotes_in(text)] == ["Tariq Mensah"]


def test_cue_with_a_that_clause_before_a_colon() -> None:
    text = (
        "Mayor Ines Duarte spoke in Porto, where she declared that the budget question is "
        "urgent now: “We cannot wait another year for the repairs.”"
    )
    found = one(text)
    assert (found.speaker, found.cue) == ("Mayor Ines Duarte", "declared")


def test_long_aside_between_name_and_cue() -> None:
    text = (
        "As Lea Brandt, the head of the regional farmers union in the north, warned: “Prices fall.”"
    )
    assert one(text).speaker == "Lea Brandt"
    assert one("Kara believes that, “talks can start again soon.”").speaker == "Kara"


def test_quotes_after_a_long_quote_ends_in_the_same_paragraph() -> None:
    text = (
        "“The first part runs on for a whole paragraph here.\n\n"
        "“And ends here,” said Ana Lima. Then Rui Costa added: “We disagree with all of it.”"
    )
    found = quotes_in(text)
    assert [(q.speaker, q.paragraph) for q in found] == [("Ana Lima", 0), ("Rui Costa", 1)]


def test_quote_cues_are_data_read_once() -> None:
    # Every list of data/vocab/quote_cues.json reaches its reader, lower case, and a phrase
    # is read as its words.
    from newscorpus.query.quotes import cues
    from newscorpus.vocab import vocabulary

    table = vocabulary("quote_cues")
    assert set(table) == {
        "verbs",
        "phrases",
        "auxiliaries",
        "pronouns",
        "adverbs",
        "particles",
        "speaker_stop",
        "abbreviations",
        "articles",
        "not_before_person",
    }
    assert all(w == w.lower().strip() for ws in table.values() for w in ws)
    assert cues.cue_verbs() == frozenset(table["verbs"])
    assert cues.cue_phrases() == {tuple(p.split()) for p in table["phrases"]}
    assert cues.cue_phrases() is cues.cue_phrases(), "built once"
    for reader, key in (
        (cues.auxiliaries, "auxiliaries"),
        (cues.pronouns, "pronouns"),
        (cues.adverbs, "adverbs"),
        (cues.particles, "particles"),
        (cues.speaker_stop, "speaker_stop"),
        (cues.abbreviations, "abbreviations"),
        (cues.articles, "articles"),
        (cues.not_before_person, "not_before_person"),
    ):
        assert reader() == frozenset(table[key]), key
    # "states", "notes" … are nouns too: "the United States" is no cue.
    assert not {"states", "notes", "claims", "remarks", "replies"} & cues.cue_verbs()
    # No phrase is the start of another, so the order phrases are tried in never matters.
    phrases = cues.cue_phrases()
    assert not any(a != b and b[: len(a)] == a for a in phrases for b in phrases)


def test_quote_regexes_stay_linear_on_hostile_strings() -> None:
    import time

    from newscorpus.query.quotes import speakers

    assert speakers._token() is speakers._token(), "built once"
    assert speakers._token().findall("Mr. Kara and Dr. Lee") == ["Mr.", "Kara", "and", "Dr.", "Lee"]
    start = time.perf_counter()
    for text in ("Mr" * 25_000, "Mrs." * 12_500, "a.b" * 16_000, "“x,” said " * 5_000):
        speakers._token().findall(text)
        quotes_in(text[:50_000], article_id="t")
    assert time.perf_counter() - start < 10.0
