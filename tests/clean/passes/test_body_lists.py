"""A plain list inside the body run (ingredients, specifications) is the article's own: its
short items are no navigation run."""

from __future__ import annotations

from newscorpus import extract_html

_PARAS = [
    "Der Kuchen gelingt auch Anfängern, wenn man den Teig vor dem Backen eine Stunde kühl "
    "stellt und die Form gut einfettet, damit sich nichts festsetzt.",
    "Den Ofen auf hundertachtzig Grad vorheizen, den Teig in die Form geben und etwa vierzig "
    "Minuten backen, bis die Oberfläche goldbraun ist und ein Holzstäbchen sauber bleibt.",
    "Nach dem Backen den Kuchen in der Form abkühlen lassen und erst dann stürzen, weil er "
    "warm noch leicht bricht und die Glasur sonst nicht hält.",
]
_ITEMS = ["200 g Mehl", "150 g Zucker", "3 Eier", "1 Päckchen Backpulver", "100 ml Milch"]


def test_short_plain_items_between_paragraphs_stay() -> None:
    items = "".join(f"<li>{item}</li>" for item in _ITEMS)
    html = (
        "<html lang='de'><body><nav><ul><li><a href='/a'>Rezepte</a></li>"
        "<li><a href='/b'>Backen</a></li><li><a href='/c'>Kochen</a></li></ul></nav>"
        f"<article><h1>Einfacher Rührkuchen</h1><p>{_PARAS[0]}</p><ul>{items}</ul>"
        f"<p>{_PARAS[1]}</p><p>{_PARAS[2]}</p></article></body></html>"
    )
    art = extract_html(html)
    for item in _ITEMS:
        assert item in art.text
    assert "Rezepte" not in art.text


def test_linked_items_between_paragraphs_still_go() -> None:
    items = "".join(f"<li><a href='/t/{n}'>{item}</a></li>" for n, item in enumerate(_ITEMS))
    html = (
        "<html lang='de'><body><article><h1>Einfacher Rührkuchen</h1>"
        f"<p>{_PARAS[0]}</p><ul>{items}</ul><p>{_PARAS[1]}</p><p>{_PARAS[2]}</p>"
        "</article></body></html>"
    )
    art = extract_html(html)
    assert _PARAS[2] in art.text
    assert "150 g Zucker" not in art.text
