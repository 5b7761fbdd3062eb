"""Invented plain-text pages and the scored days read from them, shared by the date tests."""

from __future__ import annotations

from newscorpus.blocks import text_to_blocks
from newscorpus.clean import classify
from newscorpus.meta.dates.scored import day_candidates
from newscorpus.meta.dates.scorer import FEATURES
from newscorpus.meta.header import read_header

BODY = {
    "en": "The harbour board met on the quay to decide how the old ferry pier will be rebuilt. ",
    "de": "Der Gemeinderat hat am Abend lange über die neue Brücke am Fluss beraten und gestritten. ",
    "fr": "Le conseil municipal a longuement débattu du nouveau pont sur la rivière ce soir-là. ",
    "pl": "Rada miasta długo dyskutowała wieczorem o nowym moście na rzece i jego kosztach. ",
    "nl": "De gemeenteraad heeft gisteravond lang gesproken over de nieuwe brug over de rivier. ",
    "cs": "Zastupitelstvo města dlouho večer jednalo o novém mostě přes řeku a jeho ceně. ",
    "uk": "Міська рада довго обговорювала ввечері новий міст через річку та його вартість. ",
    "es": "El consejo municipal debatió durante horas el nuevo puente sobre el río anoche. ",
    "it": "Il consiglio comunale ha discusso a lungo del nuovo ponte sul fiume ieri sera. ",
}


def page(lines: list[str], language: str = "en") -> str:
    """The lines above an invented article body in the language."""
    return "\n\n".join([*lines, BODY[language] * 3, BODY[language] * 2])


def days(text: str, url: str | None = None) -> dict[str, dict[str, float]]:
    """Each day the page's text offers the date scorer, with its features by name."""
    classified = classify(text_to_blocks(text))
    found = list(read_header(classified, url=url).values.get("date_candidates", ()))
    scored = day_candidates(classified, found, title=0)
    return {
        d.date.value.date().isoformat(): dict(zip(FEATURES, d.features, strict=True))
        for d in scored
    }
