"""parse_html: how the page's machine sources become candidates (held-out pages, branch holdhtml)."""

from __future__ import annotations

import pytest

import jalali_meta as jm

pytest.importorskip("selectolax")


def _page(head: str, header: str) -> str:
    """A small article page: ``head`` inside <head>, ``header`` lines above the body."""
    return (
        f'<html lang="fa"><head><meta charset="utf-8">{head}</head><body>'
        '<nav><a href="/">خانه</a> <a href="/eco">اقتصاد</a></nav><main>'
        "<h1>افزایش ساعت کار نانوایی‌های شهر قزوین در ماه رمضان</h1>"
        f"{header}"
        "<p>مدیر اتحادیه نانوایان قزوین گفت: نانوایی‌های سنتی در ماه رمضان تا ساعت یک بامداد "
        "باز هستند و نوبت دوم پخت از ساعت پنج عصر آغاز می‌شود تا صف‌ها کوتاه‌تر شود.</p>"
        "<p>وی افزود: بازرسان اتحادیه هر شب از نانوایی‌های سطح شهر بازدید می‌کنند.</p>"
        "</main></body></html>"
    )


def _ld(published: str, modified: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"datePublished": "{published}", "dateModified": "{modified}"}}</script>'
    )


def test_modified_repeating_published_is_no_update() -> None:
    """A JSON-LD dateModified equal to datePublished gives no update, even when the
    visible line (without seconds) wins the publication time."""
    page = _page(
        _ld("2024-01-10T05:12:44Z", "2024-01-10T05:12:44Z"),
        '<div class="date">۲۰ دی ۱۴۰۲ - ۰۸:۴۲</div>',
    )
    article = jm.parse_html(page)
    assert article.published.isoformat() == "2024-01-10T08:42:00+03:30"
    assert article.updated is None
    assert article.warnings == ()
    assert [f.value for f in article.fields if f.label == "json-ld dateModified"] == [
        "2024-01-10T05:12:44Z"
    ]


def test_modified_repeating_another_sources_published_is_no_update() -> None:
    """article:modified_time equal to the JSON-LD publication moment (written in another
    offset) is no update either."""
    page = _page(
        '<meta property="article:modified_time" content="2024-01-10T08:42:44+03:30">'
        + _ld("2024-01-10T05:12:44+00:00", ""),
        '<div class="date">۲۰ دی ۱۴۰۲ - ۰۸:۴۲</div>',
    )
    assert jm.parse_html(page).updated is None


def test_modified_after_published_is_an_update() -> None:
    """A dateModified later than datePublished is the update time."""
    page = _page(
        _ld("2024-01-10T05:12:44Z", "2024-01-10T07:30:00Z"),
        '<div class="date">۲۰ دی ۱۴۰۲ - ۰۸:۴۲</div>',
    )
    article = jm.parse_html(page)
    assert article.updated.isoformat() == "2024-01-10T11:00:00+03:30"
    assert article.warnings == ()


def test_modified_repeating_a_wrong_offset_published_is_no_update() -> None:
    """When the visible time beats a machine publication time in a wrong offset, the
    machine dateModified that repeats it is not kept as an (earlier) update."""
    page = _page(
        _ld("2024-01-10T08:42:00+04:30", "2024-01-10T08:42:00+04:30"),
        '<div class="date">۲۰ دی ۱۴۰۲ - ۰۸:۴۲</div>',
    )
    article = jm.parse_html(page)
    assert article.published.isoformat() == "2024-01-10T08:42:00+03:30"
    assert article.updated is None
    assert [w.code for w in article.warnings] == ["html-date-conflict"]


def _afghan_page(top: str, body_extra: str = "", aside: str = "") -> str:
    """A Dari news page with only a UTC machine date; ``top`` is the site's top bar."""
    return (
        '<html lang="fa-IR"><head><meta charset="utf-8">'
        '<meta property="article:published_time" content="2023-05-14T04:05:00+00:00">'
        f'</head><body><div class="topbar">{top}</div>'
        '<nav><a href="/">صفحه نخست</a> <a href="/region">ولایات</a></nav>'
        '<div class="wrap"><article><h1>توزیع بذر اصلاح‌شده گندم برای دهقانان بلخ</h1>'
        "<p>ریاست زراعت بلخ می‌گوید که در هفته جاری بیش از دو هزار تن بذر اصلاح‌شده گندم "
        "میان دهقانان ولسوالی‌های این ولایت توزیع می‌شود و کار توزیع تا آخر ماه ادامه دارد.</p>"
        f"<p>به گفته مسئولان، دهقانان نیازمند در اولویت قرار دارند. {body_extra}</p>"
        f"</article>{aside}</div></body></html>"
    )


def test_afghan_dates_in_the_chrome_set_kabul_clock() -> None:
    """A top bar dated in a zodiac month puts a machine-only publication time on Kabul's
    clock (+04:30), the same instant."""
    article = jm.parse_html(_afghan_page("یکشنبه ۲۴ ثور ۱۴۰۲"))
    assert article.published.isoformat() == "2023-05-14T08:35:00+04:30"


def test_afghan_dates_in_a_related_list_set_kabul_clock() -> None:
    """Item dates of a related list (outside the article) in zodiac months count too."""
    aside = (
        '<div class="related"><h3>اخبار مرتبط</h3><ul><li><a href="#">آغاز کشت پنبه در '
        "هرات</a> <span>۲۰ ثور ۱۴۰۲</span></li></ul></div>"
    )
    article = jm.parse_html(_afghan_page("", aside=aside))
    assert article.published.isoformat() == "2023-05-14T08:35:00+04:30"


def test_afghan_date_in_the_article_text_is_no_site_clock() -> None:
    """A zodiac date quoted in the article's own text does not move the page to Kabul."""
    page = _afghan_page("", body_extra="این برنامه از ۱۵ حمل ۱۴۰۲ آغاز شده بود.")
    assert jm.parse_html(page).published.isoformat() == "2023-05-14T07:35:00+03:30"


def test_zodiac_word_without_a_date_is_no_site_clock() -> None:
    """A month name used as a word in the chrome («میزان», amount) is no Afghan date."""
    page = _afghan_page("میزان بارندگی امروز ۱۲ میلی‌متر؛ دمای هوا ۱۴۰۲ درجه نیست")
    assert jm.parse_html(page).published.isoformat() == "2023-05-14T07:35:00+03:30"


def test_afghan_day_glued_to_month_in_the_chrome_sets_kabul_clock() -> None:
    """A top-bar date with the day glued to the month («۲۴ثور ۱۴۰۲») counts as well."""
    article = jm.parse_html(_afghan_page("یکشنبه ۲۴ثور ۱۴۰۲"))
    assert article.published.isoformat() == "2023-05-14T08:35:00+04:30"


def test_year_without_a_day_in_the_chrome_is_no_site_clock() -> None:
    """A month name and a year without a day («ثور ۱۴۰۲», an archive link) is not read."""
    page = _afghan_page('<a href="/archive/1402/02">آرشیو ثور ۱۴۰۲</a>')
    assert jm.parse_html(page).published.isoformat() == "2023-05-14T07:35:00+03:30"


def _dari_page(url: str, lang: str) -> str:
    """A page with a UTC machine date only, at ``url``, in language ``lang``."""
    return _afghan_page("").replace(
        '<html lang="fa-IR"><head>',
        f'<html lang="{lang}"><head><link rel="canonical" href="{url}">',
    )


def test_af_host_sets_kabul_clock() -> None:
    """A page at an .af host shows a machine-only time on Kabul's clock."""
    page = _dari_page("https://www.example.af/dari/news/4567/", "fa")
    assert jm.parse_html(page).published.isoformat() == "2023-05-14T08:35:00+04:30"


def test_afghan_language_tag_sets_kabul_clock() -> None:
    """A fa-AF (or prs) language tag does too."""
    for lang in ("fa-AF", "prs"):
        page = _dari_page("https://news.example.com/a/4567.html", lang)
        assert jm.parse_html(page).published.isoformat() == "2023-05-14T08:35:00+04:30"


def test_iranian_host_and_language_keep_tehran_clock() -> None:
    """An .ir host in fa-IR, or Pashto without a country, keeps Tehran's clock."""
    for url, lang in (("https://www.example.ir/fa/news/4567/", "fa-IR"), ("https://x.com/", "ps")):
        page = _dari_page(url, lang)
        assert jm.parse_html(page).published.isoformat() == "2023-05-14T07:35:00+03:30"
