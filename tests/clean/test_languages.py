"""Every shipped language: a synthetic page of our own with widget lines in that language.

The body must be kept whole and the widget lines dropped: no language may fall back to "keep
everything" (no stop words, so nothing reads as prose) or "drop everything".
"""

from __future__ import annotations

import pytest

from newscorpus import extract_text
from newscorpus.clean import LANGUAGES

PAGES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        [
            "The city council approved the new budget for the harbour on Tuesday after a debate.",
            "Engineers said that the work on the old pier would start in the spring of next year.",
            "The mayor told reporters that the town had waited far too long for these repairs.",
        ],
        ["Share on Facebook", "Subscribe to our newsletter", "Read also", "Rail strike ends"],
    ),
    "ru": (
        [
            "Городской совет во вторник утвердил новый бюджет порта после долгого обсуждения.",
            "Инженеры сказали, что работы на старом причале начнутся весной следующего года.",
            "Мэр заявил журналистам, что город слишком долго ждал этого ремонта и что это важно.",
        ],
        ["Поделиться в Telegram", "Подписывайтесь на наш канал", "Читайте также", "Забастовка"],
    ),
    "de": (
        [
            "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen.",
            "Die Ingenieure sagten, dass die Arbeiten an der alten Mole im Frühjahr beginnen.",
            "Der Bürgermeister sagte, dass die Stadt schon viel zu lange auf die Reparatur wartet.",
        ],
        ["Auf Facebook teilen", "Jetzt abonnieren", "Lesen Sie auch", "Streik beendet"],
    ),
    "fr": (
        [
            "Le conseil municipal a approuvé mardi le nouveau budget du port après un long débat.",
            "Les ingénieurs ont dit que les travaux sur la vieille jetée commenceront au printemps.",
            "Le maire a dit aux journalistes que la ville attendait ces réparations depuis des années.",
        ],
        ["Partager sur Facebook", "Abonnez-vous", "Lire aussi", "Fin de la grève"],
    ),
    "es": (
        [
            "El ayuntamiento aprobó el martes el nuevo presupuesto del puerto tras un largo debate.",
            "Los ingenieros dijeron que las obras en el viejo muelle empezarán en la primavera.",
            "El alcalde dijo a los periodistas que la ciudad esperaba estas obras desde hace años.",
        ],
        ["Compartir en Facebook", "Suscríbete", "Lee también", "Termina la huelga"],
    ),
    "tr": (
        [
            "Belediye meclisi salı günü uzun bir tartışmanın ardından limanın yeni bütçesini onayladı.",
            "Mühendisler eski iskele üzerindeki çalışmaların bu bahar başlayacağını ve bir yıl süreceğini söyledi.",
            "Belediye başkanı, şehrin bu onarımları çok uzun zamandır beklediğini ve bunun önemli olduğunu söyledi.",
        ],
        ["Facebook'ta paylaş", "Abone ol", "İlgili haberler", "Grev sona erdi"],
    ),
    "az": (
        [
            "Şəhər şurası çərşənbə axşamı uzun müzakirədən sonra limanın yeni büdcəsini təsdiq etdi.",
            "Mühəndislər bildirdi ki, köhnə körpüdə işlər bu yaz başlayacaq və bir il davam edəcək.",
            "Şəhər meri jurnalistlərə dedi ki, şəhər bu təmiri çox uzun müddət gözləyirdi və bu vacibdir.",
        ],
        ["Facebook-da paylaş", "Abunə olun", "Həmçinin oxuyun", "Tətil bitdi"],
    ),
    "pt": (
        [
            "A câmara municipal aprovou na terça-feira o novo orçamento do porto depois de um debate.",
            "Os engenheiros disseram que as obras no velho cais vão começar na primavera do ano que vem.",
            "O prefeito disse aos jornalistas que a cidade esperava por estas obras há muitos anos.",
        ],
        ["Compartilhar no Facebook", "Assine a newsletter", "Leia também", "Greve termina"],
    ),
    "it": (
        [
            "Il consiglio comunale ha approvato martedì il nuovo bilancio del porto dopo un dibattito.",
            "Gli ingegneri hanno detto che i lavori sul vecchio molo inizieranno in primavera.",
            "Il sindaco ha detto ai giornalisti che la città aspettava questi lavori da molti anni.",
        ],
        [
            "Condividi su Facebook",
            "Iscriviti alla newsletter",
            "Leggi anche",
            "Finisce lo sciopero",
        ],
    ),
}


def test_every_shipped_language_has_a_page() -> None:
    assert set(PAGES) == set(LANGUAGES)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_body_kept_and_widgets_dropped(language: str) -> None:
    body, widgets = PAGES[language]
    share, newsletter, related, teaser = widgets
    text = "\n\n".join([share, *body, newsletter, related, teaser])
    article = extract_text(text)
    assert article.text == "\n\n".join(body)
    assert article.language == language
    rules = {r.text: r.rule for r in article.removed}
    assert rules[share] == "share-prompt"
    assert rules[newsletter] == "newsletter-prompt"
    assert rules[related] == "related-list"
