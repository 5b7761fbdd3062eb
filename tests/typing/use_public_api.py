"""The public API used the way a user's code uses it; `mypy --strict` checks this file.

It is not a test module (pytest does not collect it): it is here so that a change to a public
signature that would break typed user code fails the type check. It also runs
(``python tests/typing/use_public_api.py``) and writes only into a temporary folder.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

from newscorpus import (
    Article,
    AuditOptions,
    AuditReport,
    BoilerplateModel,
    CleanOptions,
    Cooccurrence,
    Corpus,
    CountRow,
    CountTable,
    DedupOptions,
    DuplicateCluster,
    Evidence,
    ExportError,
    ExtractOptions,
    KwicHit,
    LoadOptions,
    MissingExtraError,
    ModelFileError,
    NewsCorpusError,
    Predicate,
    QuerySyntaxError,
    Quote,
    Removal,
    TemplateOptions,
    all_of,
    any_of,
    by_author,
    extract_text,
    from_source,
    mentions,
    not_,
    published_between,
)
from newscorpus.meta import LanguageGuess, detect_language, language_model_available

PAGE = """Share this

Floods close the valley road

By Ann Lee

Heavy rain closed the valley road on Sunday, the police said in a statement on Monday.

The council said repairs would take a week, and asked drivers to use the northern bypass.
"""


def clean_one(text: str) -> Article:
    options = ExtractOptions(clean=CleanOptions(disabled_rules=frozenset({"image-caption"})))
    article: Article = extract_text(text, url="https://example.org/floods", options=options)
    title: str | None = article.title
    authors: tuple[str, ...] = article.authors
    published: datetime | None = article.published
    body: str = article.text
    paragraphs: tuple[str, ...] = article.paragraphs
    assert isinstance(body, str) and len(paragraphs) >= 0 and (title is None or authors is not None)
    assert published is None or published.year > 0
    return article


def audit(article: Article) -> dict[str, str]:
    removed: tuple[Removal, ...] = article.removed
    rules: Counter[str] = Counter(removal.rule for removal in removed)
    lines: list[int | None] = [removal.line for removal in removed]
    assert sum(rules.values()) == len(lines)
    sources: dict[str, str] = {}
    for field, evidence in article.provenance.items():
        ev: Evidence = evidence
        sources[field] = f"{ev.source}/{ev.rule}: {ev.raw}"
    return sources


def query(corpus: Corpus) -> list[str]:
    first: Article = corpus[0]
    head: Corpus = corpus[:2]
    predicate: Predicate = all_of(
        any_of(from_source("Valley Courier"), by_author("Ann Lee")),
        not_(mentions("sport*")),
        published_between("2020-01-01", None),
    )
    combined: Predicate = (from_source("Valley Courier") | by_author("Ann Lee")) & ~mentions("tax")
    recent: Corpus = head.filter(predicate).filter(combined)
    long_reads: Corpus = corpus.filter(lambda a: a.word_count > 10)
    by_field: Corpus = corpus.where(source="Valley Courier", since="2020-01-01", language="en")
    hits: Corpus = corpus.search('"valley road" OR flood*')
    lines: list[KwicHit] = hits.kwic("valley", width=30)
    shown: list[str] = [str(line) for line in lines]
    matches: list[str] = [line.match for line in lines]
    outlets: list[str | None] = [line.source for line in hits.kwic("valley OR title:flood*")]
    dated: list[datetime | None] = [line.published for line in lines]
    rows: list[dict[str, object]] = [line.to_dict() for line in lines]
    assert len(outlets) + len(dated) + len(rows) >= 0
    counts: list[tuple[str, int]] = corpus.sources()
    assert len(recent) + len(long_reads) + len(by_field) + len(counts) >= 0
    return [first.id, *shown, *matches, *corpus.titles()]


def export(corpus: Corpus, folder: Path) -> Corpus:
    written: int = corpus.to_jsonl(folder / "corpus.jsonl")
    rows: int = corpus.to_csv(folder / "corpus.csv", columns=["id", "title", "published"])
    assert written == rows == len(corpus)
    return Corpus.load(folder / "corpus.jsonl", errors="skip")


def templates(corpus: Corpus, folder: Path) -> Corpus:
    model: BoilerplateModel = BoilerplateModel.fit(corpus, TemplateOptions(min_share=0.3))
    model.save(folder / "templates.json")
    try:
        loaded = BoilerplateModel.load(folder / "templates.json")
    except ModelFileError as err:
        raise SystemExit(str(err)) from err
    options = LoadOptions(extract=ExtractOptions(clean=CleanOptions(boilerplate=loaded)))
    again: Corpus = Corpus.load(folder / "corpus.jsonl", options=options)
    learned: Corpus = Corpus.load(folder / "corpus.jsonl", learn_boilerplate=True)
    assert len(again) == len(learned)
    return corpus.clean(loaded)


def archive_export(folder: Path) -> list[str]:
    """Load a news-archive export, forcing the archive; a bad document names its number."""
    from newscorpus.io.archives import EXPORT_FORMATS, read_export

    path = folder / "factiva.txt"
    path.write_text(
        "HD  Ferry returns\nTD\nThe ferry is back.\nAN  Document F1\n", encoding="utf-8"
    )
    try:
        corpus = Corpus.load(path, format=EXPORT_FORMATS[1])
    except ExportError as err:
        number: int | None = err.line
        raise SystemExit(f"document {number}") from err
    ids = [str(a.meta.get("document_id")) for a in corpus]
    for item in read_export(path.read_bytes(), "factiva", path=str(path)):
        if isinstance(item, ExportError):
            raise SystemExit(str(item))
        ids.append(item.title or "")
    return ids


def analyse(corpus: Corpus) -> tuple[int, float]:
    timeline: list[CountRow] = corpus.timeline("year", group="source")
    pairs: list[Cooccurrence] = corpus.cooccurrence(["flood*", "valley"], window=5)
    clusters: list[DuplicateCluster] = corpus.near_duplicates(options=DedupOptions(threshold=0.8))
    said: list[Quote] = corpus.quotes()
    speakers = [q.speaker or "?" for q in said if q.attributed]
    canonical: list[str] = [c.canonical for c in clusters]
    share: float = pairs[0].share if pairs else 0.0
    table: CountTable = corpus.counts(["flood*"], by="month").observed()
    report: AuditReport = corpus.audit(options=AuditOptions(short_words=80, duplicates=False))
    undated: list[str] = [ref.where for ref in report.undated]
    dated: float = report.overall.date_share + sum(p.date_share for p in report.sources)
    text: str = report.to_text(sources=5)
    return len(timeline) + len(speakers) + len(canonical) + len(table) + len(undated) + len(text), (
        share + dated
    )


def languages(corpus: Corpus) -> dict[str, int]:
    guess: LanguageGuess | None = detect_language(PAGE)
    rule: str = guess.rule if guess is not None else "none"
    codes = Counter(article.language or "?" for article in corpus)
    assert rule and isinstance(language_model_available(), bool)
    return dict(codes)


def share(corpus: Corpus, folder: Path) -> Corpus:
    try:
        dataset = corpus.to_hf_dataset()
    except MissingExtraError:
        return corpus  # the hf extra is not installed
    dataset.save_to_disk(str(folder / "dataset"))
    return Corpus.from_hf_dataset(type(dataset).load_from_disk(str(folder / "dataset")))


def main() -> None:
    article = clean_one(PAGE)
    audit(article)
    corpus = Corpus([article, article.evolve(id="copy", source="Valley Courier")])
    try:
        corpus.search("(unbalanced")
    except QuerySyntaxError as err:
        column: int = err.column
        assert column >= 0
    query(corpus)
    analyse(corpus)
    assert sum(languages(corpus).values()) == len(corpus)
    with tempfile.TemporaryDirectory() as folder:
        try:
            again = export(corpus, Path(folder))
        except NewsCorpusError as err:
            raise SystemExit(str(err)) from err
        assert len(again) == len(corpus)
        assert len(templates(corpus, Path(folder))) == len(corpus)
        assert share(corpus, Path(folder)) == corpus
        assert archive_export(Path(folder)) == ["F1", "Ferry returns"]


if __name__ == "__main__":
    main()
