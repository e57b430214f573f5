"""blind31/blind32's silent cases: an Iranian mobile number as an address's path read as the
item's ID, and a ``<title>`` that only names the site taken as the headline.

The layouts are real (named beside each group); the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

BODY = (
    "شورای شهر در جلسه دیروز بودجه سال آینده را بررسی کرد و اعضای آن درباره هزینه‌های "
    "عمرانی و خدمات شهری گفت‌وگو کردند.\n"
)


# A mobile number (09xxxxxxxxx, or with the country's code 98 / 0098) is a contact's or an
# advertiser's page, never an item: no ID. (attack27's «/09121234567/».)
@pytest.mark.parametrize(
    "url",
    [
        "https://example.ir/09121234567/",
        "https://example.ir/989121234567",
        "https://example.ir/00989121234567/",
        "https://example.ir/agahi/09351234567",
        "https://example.ir/news/09121234567",
        "https://example.ir/?id=09121234567",
        "https://example.ir/show.php?p=09121234567",
    ],
)
def test_mobile_number_is_no_id(url: str) -> None:
    assert jm.parse_article(f"گزارش شورای شهر\n\n{BODY}", url=url).number is None


# Near misses: real long IDs of 12 to 17 digits open with 1 or 2 (tests/pages sources:
# ``/1402071000041`` a dated news code, ``/202507233114`` a timestamp, ISNA's
# ``/news/91080603319``), and a five-digit ID after «news» stays.
@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://example.ir/fa/news/1402071000041/", "1402071000041"),
        ("https://example.ir/202507233114", "202507233114"),
        ("https://example.ir/281578060883872", "281578060883872"),
        ("https://example.ir/Default.aspx?NewsID=14030131132039604", "14030131132039604"),
        ("https://example.ir/news/91080603319", "91080603319"),
        ("https://example.ir/news/37498.aspx", "37498"),
    ],
)
def test_long_ids_still_read(url: str, number: str) -> None:
    assert jm.parse_article(f"گزارش شورای شهر\n\n{BODY}", url=url).number == number


# An ASP.NET news page whose master page prints the site's name as its <title>, the same
# words as the logo's link home, and no headline element (vaghtnews.com/news/37498.aspx; the
# static master-page <title>: aspnet.4guysfromrolla.com/articles/051006-1.aspx): the logo's
# line is not the headline because <title> says the same: no title, warned.
LEAD = (
    "وقت نیوز - فرماندار شهر گفت : بازسازی پل قدیمی رودخانه تا پایان پاییز تمام می‌شود و "
    "رفت‌وآمد خودروها از هفته آینده محدود خواهد شد.</p><p>به گزارش وقت نیوز ، وی افزود "
    "که هزینه این کار از بودجه عمرانی استان پرداخت می‌شود و پیمانکار کار را آغاز کرده است."
)


def _webform(title: str, heading: str = "") -> bytes:
    return (
        f'<html dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<form method="post" action="./37498.aspx"><div id="header">'
        '<a href="/" class="logo">وقت نیوز</a></div>'
        f'<div class="news-body">{heading}<p>{LEAD}</p></div></form></body></html>'
    ).encode()


def test_title_tag_that_is_the_home_link_is_no_headline() -> None:
    article = jm.parse_html(_webform("وقت نیوز"), url="http://example.ir/news/37498.aspx")
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


HEADLINE = "بازسازی پل قدیمی رودخانه تا پایان پاییز تمام می‌شود"


def test_title_tag_headline_beside_site_name_stays() -> None:
    # Near miss: <title> holds the headline and the site's name; the headline is printed.
    page = _webform(f"{HEADLINE} - وقت نیوز", f"<h2>{HEADLINE}</h2>")
    article = jm.parse_html(page, url="http://example.ir/news/37498.aspx")
    assert article.title == HEADLINE


def test_h1_brand_that_title_tag_repeats_stays_a_real_heading() -> None:
    # Near miss: an <h1> headline that <title> repeats, no link home with its words.
    page = _webform(HEADLINE, f"<h1>{HEADLINE}</h1>")
    article = jm.parse_html(page, url="http://example.ir/news/37498.aspx")
    assert article.title == HEADLINE
    assert "title-uncertain" not in {w.code for w in article.warnings}


# A Joomla template's demo name left in the chrome over an article whose headline only
# <title> holds (journalism.tnu.tj/index.php/na-di-zhurnalist/325-...: «SJ News - шаблон
# joomla Авто»; bells.rdb.su/kalejdoskop-puteshestvij/95-...: «Шаблоны Joomla 3 здесь: ...»
# over the article): the credit is no headline; <title> fills the gap.
TJ_TITLE = "Таҷрибаомӯзии донишҷӯён дар редаксияҳои маҳаллӣ"
TJ_BODY = (
    "<p>Донишҷӯёни курси сеюм имсол дар редаксияҳои рӯзномаҳои ноҳиявӣ таҷрибаомӯзӣ карданд "
    "ва бо кори ҳаррӯзаи журналистон шинос шуданд.</p><p>Устодони факултет гуфтанд, ки ин "
    "гуна таҷриба барои омодагии касбии хатмкунандагон зарур аст.</p>"
)


def _joomla(title: str | None, credit: str, heading: str = "") -> bytes:
    head = f"<title>{title}</title>" if title is not None else ""
    return (
        f'<html lang="tg-tj"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="sj-credit">{credit}</div><div class="item-page">{heading}'
        f'<div itemprop="articleBody">{TJ_BODY}</div></div></body></html>'
    ).encode()


URL_TJ = "http://example.tj/index.php/news/325-tajriba"


def test_template_credit_gives_way_to_title_tag() -> None:
    article = jm.parse_html(_joomla(TJ_TITLE, "SJ News - шаблон joomla Авто"), url=URL_TJ)
    assert article.title == TJ_TITLE


def test_template_credit_over_a_site_name_title_is_no_title() -> None:
    # <title> only the site's short name: it fills no gap; no title, warned.
    article = jm.parse_html(_joomla("Факултет", "SJ News - шаблон joomla Авто"), url=URL_TJ)
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


def test_headline_about_a_template_stays() -> None:
    # Near miss: a tutorial's headline names a Joomla template; <title> says the same.
    headline = "آموزش نصب قالب جوملا روی هاست در پنج دقیقه"
    page = _joomla(f"{headline} - سایت آموزشی", "", f"<h2>{headline}</h2>")
    assert jm.parse_html(page, url=URL_TJ).title == headline
    text = f"{headline}\n\n{BODY}"
    assert jm.parse_article(text).title == headline


# A print view that prints the portal's name for itself over the text and no headline
# (125shahriar.ir's Joomla print view: «پورتال اطلاع رسانی سازمان آتش نشانی و خدمات ایمنی
# شهرداری شهریار»; the same self-name as a site's name on «پایگاه خبری مدیریت شهری فردیس»,
# shahrdarifardis.ir): the site's name, no title, warned.
PORTAL = "پورتال اطلاع رسانی سازمان آتش نشانی شهرداری نمونه"
FIRE = (
    "ساعت ۱۴ روز پنجشنبه حریق انبار علوفه یک دامداری در حاشیه جاده شهر به مرکز فرماندهی "
    "گزارش شد و آتش نشانان با دو دستگاه خودرو راهی محل حادثه شدند.\n\nآتش نشانان پس از دو "
    "ساعت آتش را خاموش کردند و این حادثه مصدومی نداشت.\n"
)


@pytest.mark.parametrize(
    "name",
    [
        PORTAL,
        "پایگاه اطلاع‌رسانی شهرداری نمونه",
        "سایت رسمی سازمان آتش نشانی شهر نمونه",
        "درگاه رسمی استانداری",  # three words, the fewest (mut22)
    ],
)
def test_site_self_name_over_print_view_is_no_title(name: str) -> None:
    article = jm.parse_article(f"{name}\n\n{FIRE}")
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


def test_site_self_name_in_html_title_tag_fills_no_gap() -> None:
    page = (
        f"<html><head><meta charset='utf-8'><title>{PORTAL}</title></head><body>"
        f"<div class='item-page'><p><strong>{PORTAL}</strong></p>"
        + "".join(f"<p>{p}</p>" for p in FIRE.split("\n\n"))
        + "</div></body></html>"
    ).encode()
    article = jm.parse_html(page, url="http://example.ir/index.php?option=com_content&id=3299")
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


@pytest.mark.parametrize(
    "headline",
    [
        "پایگاه اطلاع رسانی آتش نشانی شهر نمونه راه اندازی شد",
        "پورتال جدید سازمان آتش نشانی شهرداری نمونه",
    ],
)
def test_headline_about_a_portal_stays(headline: str) -> None:
    # Near misses: a headline about a portal (a verb), a portal's name without «اطلاع رسانی».
    assert jm.parse_article(f"{headline}\n\n{FIRE}").title == headline


# A blog magazine's marquee line over a post, a report's lead sentence («به گزارش يونسكو ...
# منتشر مي شود», golshn12.blogfa.com/post-2438.aspx), picked as the headline: a headline never
# opens with the lead's attribution; no title, warned.
POST = (
    "کتابخانه‌های روستایی از کم‌هزینه‌ترین ابزارهای توسعه فرهنگی به شمار می‌روند و در بسیاری "
    "از کشورها نخستین جایی هستند که کودک روستایی با کتاب آشنا می‌شود.\n"
)


def test_report_lead_line_is_no_title() -> None:
    text = "به گزارش یونسکو سالانه بیش از دو میلیون عنوان کتاب تازه در جهان منتشر می‌شود\n\n" + POST
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


def test_headline_over_a_report_lead_stays() -> None:
    # Near miss: the lead opening «به گزارش» under a real headline.
    headline = "کتابخانه‌های روستایی کتاب تازه گرفتند"
    text = f"{headline}\n\nبه گزارش خبرنگار ما، {POST}"
    assert jm.parse_article(text).title == headline
