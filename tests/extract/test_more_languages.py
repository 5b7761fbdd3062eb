"""Text pages outside the nine cleaning languages: Chinese, Japanese, Korean, Arabic, Polish,
Dutch, Czech and Ukrainian pages get their body, their printed date and (with the ``[lang]``
extra) their language. Every page here is written for these tests."""

# ruff: noqa: E501  (a paragraph of prose per line reads better than one cut in pieces)

from __future__ import annotations

import pytest

from newscorpus import extract_text
from newscorpus.meta import language_model_available, parse_date

# (headline, date line as printed, three body paragraphs, the date it stands for)
PAGES: dict[str, tuple[str, str, tuple[str, str, str], str]] = {
    "zh": (
        "市议会决定重建旧桥",
        "2024年5月2日 10:30",
        (
            "市议会星期一决定在冬天到来之前重建这座旧桥，工程预计将于五月开始。",
            "市长在新闻发布会上表示，新桥将比旧桥更宽，并设有自行车道和人行道。",
            "据估计，整个工程的费用约为十亿元，其中一半由中央政府承担，其余由市财政支付。",
        ),
        "2024-05-02",
    ),
    "ja": (
        "市議会、古い橋の建て直しを決定",
        "2024年5月2日",
        (
            "市議会は月曜日、冬になる前に古い橋を建て直すことを決めました。工事は五月に始まる予定です。",
            "市長は記者会見で、新しい橋は古い橋より広く、自転車道と歩道が設けられると述べました。",
            "費用はおよそ十億円で、その半分を国が負担し、残りを市の予算でまかなうことになっています。",
        ),
        "2024-05-02",
    ),
    "ko": (
        "시의회, 낡은 다리 재건축 결정",
        "2024년 5월 2일",
        (
            "시의회는 월요일에 겨울이 오기 전에 낡은 다리를 다시 짓기로 결정했다. 공사는 5월에 시작될 예정이다.",
            "시장은 기자회견에서 새 다리가 기존 다리보다 넓고 자전거 도로와 보도가 설치될 것이라고 말했다.",
            "전체 공사비는 약 100억 원으로 추산되며 그 절반은 중앙정부가, 나머지는 시가 부담한다.",
        ),
        "2024-05-02",
    ),
    "ar": (
        "مجلس المدينة يقرر إعادة بناء الجسر القديم",
        "2 مايو 2024",
        (
            "قرر مجلس المدينة يوم الاثنين إعادة بناء الجسر القديم قبل حلول فصل الشتاء، ومن المتوقع أن تبدأ الأعمال في شهر مايو.",
            "وقال رئيس البلدية في مؤتمر صحفي إن الجسر الجديد سيكون أوسع من القديم وسيضم مسارا للدراجات وممرا للمشاة.",
            "وتقدر تكلفة المشروع بنحو مليار، تتحمل الحكومة المركزية نصفها وتدفع البلدية الباقي من ميزانيتها السنوية.",
        ),
        "2024-05-02",
    ),
    "pl": (
        "Rada miasta zdecydowała o odbudowie mostu",
        "2 maja 2024",
        (
            "Rada miasta zdecydowała w poniedziałek o odbudowie starego mostu przed nadejściem zimy. Prace mają ruszyć w maju.",
            "Burmistrz powiedział na konferencji prasowej, że nowy most będzie szerszy od starego i będzie miał ścieżkę rowerową.",
            "Koszt inwestycji szacuje się na miliard złotych, z czego połowę pokryje rząd, a resztę zapłaci miasto.",
        ),
        "2024-05-02",
    ),
    "nl": (
        "Gemeenteraad besluit oude brug te herbouwen",
        "2 mei 2024",
        (
            "De gemeenteraad heeft maandag besloten de oude brug voor de winter te herbouwen. Het werk begint in mei.",
            "De burgemeester zei op een persconferentie dat de nieuwe brug breder wordt dan de oude en een fietspad krijgt.",
            "De kosten worden geschat op een miljard euro, waarvan de helft door het Rijk en de rest door de stad wordt betaald.",
        ),
        "2024-05-02",
    ),
    "cs": (
        "Městská rada rozhodla o obnově mostu",
        "2. května 2024",
        (
            "Městská rada v pondělí rozhodla, že starý most bude před zimou znovu postaven. Práce začnou v květnu.",
            "Starosta na tiskové konferenci řekl, že nový most bude širší než starý a bude mít cyklostezku i chodník.",
            "Náklady se odhadují na miliardu korun, polovinu zaplatí stát a zbytek uhradí město ze svého rozpočtu.",
        ),
        "2024-05-02",
    ),
    "uk": (
        "Міська рада вирішила відбудувати старий міст",
        "2 травня 2024",
        (
            "Міська рада в понеділок вирішила відбудувати старий міст до настання зими. Роботи розпочнуться у травні.",
            "Мер сказав на пресконференції, що новий міст буде ширшим за старий і матиме велосипедну доріжку.",
            "Вартість робіт оцінюють у мільярд гривень, половину сплатить держава, а решту місто зі свого бюджету.",
        ),
        "2024-05-02",
    ),
}


def _page(code: str) -> str:
    title, date, body, _ = PAGES[code]
    return "\n\n".join(["Home | News | Sport", title, date, *body, "Share | Facebook | Twitter"])


@pytest.mark.parametrize("code", sorted(PAGES))
def test_text_page_gets_body_title_and_date(code: str) -> None:
    title, _, body, day = PAGES[code]
    article = extract_text(_page(code))
    assert article.paragraphs == body
    assert article.title == title
    assert article.published_iso is not None
    assert article.published_iso.startswith(day)


@pytest.mark.skipif(not language_model_available(), reason="the [lang] extra is not installed")
@pytest.mark.parametrize("code", sorted(PAGES))
def test_text_page_gets_its_language(code: str) -> None:
    assert extract_text(_page(code)).language == code


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("2. května 2024", "2024-05-02"),
        ("15 září 2023", "2023-09-15"),
        ("3 listopadu 2022", "2022-11-03"),
        ("1. ledna 2021", "2021-01-01"),
        ("2 مايو 2024", "2024-05-02"),
        ("الخميس 2 أيار 2024", "2024-05-02"),
        ("٢ مايو ٢٠٢٤", "2024-05-02"),  # Arabic-Indic digits
        ("17 تموز 2023", "2023-07-17"),
    ],
)
def test_czech_and_arabic_month_names(printed: str, iso: str) -> None:
    parsed = parse_date(printed)
    assert parsed is not None
    assert parsed.value.date().isoformat() == iso


@pytest.mark.parametrize("text", ["pro 2024 a led 5 2023", "5 pro 2024", "12 led 2023"])
def test_czech_abbreviations_are_not_months(text: str) -> None:
    assert parse_date(text) is None


def test_long_arabic_line_without_a_date_is_fast_to_reject() -> None:
    line = ("مايو " * 5_000) + "1" * 3 + " أيار" * 5_000
    assert parse_date(line) is None
