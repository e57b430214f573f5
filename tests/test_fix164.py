"""fix164: the fifty-sixth attack round's findings, part A (benchmarks/attacks56.py,
docs/reliability.md «Attacks, fifty-sixth round»): Dari words in an Afghan official's quoted
speech, an Iranian agency's relay over Afghan offices, a unit's signature under a labels line or
opening with its office, a framed headline naming a «پایگاه», Joomla's who's-online line under
the visit's date banner, and an HTML bold headline run glued to its relay lead. Sentences
written for these tests; the positives fail on main 39e2f5c8."""

from __future__ import annotations

import pytest

import jalali_meta as jm

_DATE = "۱۴۰۱/۹/۱۶ - ۱۰:۲۰"  # 2022-12-07 10:20 (Tehran +03:30, Kabul +04:30)
_TEHRAN = "2022-12-07T10:20:00+03:30"
_KABUL = "2022-12-07T10:20:00+04:30"
_DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02, a Tuesday


def _published(article: jm.Article) -> str | None:
    return article.published.isoformat() if article.published is not None else None


def _codes(article: jm.Article) -> list[str]:
    return [warning.code for warning in article.warnings]


# 1. Dari words in the article's own official's quoted speech: Kabul's clock.
def test_afghan_page_with_dari_only_in_an_officials_speech_keeps_kabuls_clock() -> None:
    text = (
        f"آغاز ثبت نام متعلمین در مکاتب ولایت هرات\n\nدوشنبه {_DATE}\n\n"
        "ریاست معارف ولایت هرات ثبت نام متعلمین تازه را در مکاتب شهر آغاز کرد.\n\n"
        "آمر این ریاست گفت: «منسوبین معارف به حیث رهنما در مکاتب حاضر اند و کار در چوکات "
        "لایحه تازه پیش می‌رود.»\n\nثبت نام تا آخر ماه دوام دارد.\n"
    )
    assert _published(jm.parse_article(text)) == _KABUL


def test_speech_quoted_without_a_colon_but_ending_its_sentence_counts_too() -> None:
    text = (
        f"آغاز ثبت نام متعلمین در مکاتب ولایت هرات\n\n{_DATE}\n\n"
        "ریاست معارف ولایت هرات ثبت نام متعلمین تازه را در مکاتب شهر آغاز کرد و آمر آن "
        "افزود «منسوبین ما به حیث رهنما در مکاتب حاضر اند.»\n"
    )
    assert _published(jm.parse_article(text)) == _KABUL


def test_iranian_agency_quoting_an_afghan_officials_speech_keeps_tehrans_clock_neg() -> None:
    # The same speech under an Iranian agency's relay: the agency's report.
    text = (
        f"آغاز ثبت نام دانش‌آموزان در مدارس هرات\n\n{_DATE}\n\n"
        "به گزارش خبرنگار ایرنا از هرات، ثبت نام دانش‌آموزان تازه در مدارس این شهر آغاز شد.\n\n"
        "یک مسئول محلی گفت: «منسوبین معارف به حیث رهنما در مکاتب حاضر اند و کار در چوکات "
        "لایحه تازه پیش می‌رود.»\n"
    )
    assert _published(jm.parse_article(text)) == _TEHRAN


def test_iranian_page_quoting_afghan_offices_by_name_keeps_tehrans_clock_neg() -> None:
    text = (
        f"نشست مدیران شهری مشهد و هرات برگزار شد\n\n{_DATE}\n\n"
        "مدیران شهرداری مشهد با هیئتی از «شاروالی هرات» و «پوهنتون هرات» درباره همکاری "
        "شهری گفت‌وگو کردند.\n\nنشست بعدی در بهار برگزار می‌شود.\n"
    )
    assert _published(jm.parse_article(text)) == _TEHRAN


def test_afghan_page_with_one_dari_word_keeps_todays_reading_neg() -> None:
    # One Dari word is too little (fix152's two): Tehran's clock, as before.
    text = (
        f"آغاز کار سرک تازه در شهر هرات\n\n{_DATE}\n\n"
        "شاروالی شهر کار ساخت سرک تازه را در ناحیه سوم آغاز کرد.\n\n"
        "کار این سرک تا پایان سال تمام می‌شود.\n"
    )
    assert _published(jm.parse_article(text)) == _TEHRAN


# 2. An Iranian agency's relay outweighs Afghan offices named unquoted.
def test_iranian_agency_report_naming_afghan_offices_keeps_tehrans_clock() -> None:
    text = (
        f"صادرات میوه از مرز دوغارون دو برابر شد\n\n{_DATE}\n\n"
        "به گزارش خبرگزاری مهر از مشهد، صادرات میوه از مرز دوغارون در پاییز امسال دو برابر "
        "سال گذشته شد.\n\nمسئول شاروالی هرات گفت بازار میوه شهر از این محموله‌ها پر است و "
        "سارنوالی هرات بر نرخ‌ها نظارت می‌کند.\n"
    )
    assert _published(jm.parse_article(text)) == _TEHRAN


def test_relay_over_dari_usage_in_the_pages_own_sentences_warns() -> None:
    # The signs disagree: an Iranian agency relayed, Dari written: the day, no time, warned.
    text = (
        f"آغاز دوره آموزشی برای کارمندان گمرک\n\n{_DATE}\n\n"
        "به گزارش ایسنا، دوره تازه آموزشی در چوکات برنامه گمرکات برای منسوبین گمرک اسلام قلعه "
        "آغاز شد و تا آخر ماه دوام دارد.\n"
    )
    article = jm.parse_article(text)
    assert _published(article) == "2022-12-07"
    assert "zone-unread" in _codes(article)


# 3. A unit's signature under the item's labels line, or opening with its office.
_UNI_HEAD = "تیم رباتیک دانشگاه در مسابقات کشوری مقام نخست را به دست آورد"
_UNI_BODY = (
    "تیم رباتیک دانشکده مهندسی برق با ربات امدادگر خود در مسابقات کشوری رباتیک مقام نخست "
    "را به دست آورد.\n\nسرپرست تیم گفت ربات در سه ماه در کارگاه دانشکده ساخته شد.\n"
)


@pytest.mark.parametrize(
    "header",
    [
        f"تاریخ: {_DAY} | کد خبر: ۵۵۱۰\nروابط عمومی دانشکده مهندسی برق",
        f"تاریخ انتشار: {_DAY}\nروابط عمومی دانشکده مهندسی برق",
        f"{_DAY}\nمدیریت روابط عمومی دانشگاه",
        f"{_DAY}\nاداره کل روابط عمومی دانشگاه",
    ],
)
def test_unit_signature_under_the_header_is_no_title(header: str) -> None:
    article = jm.parse_article(f"{_UNI_HEAD}\n{header}\n\n{_UNI_BODY}")
    assert article.title == _UNI_HEAD


def test_html_unit_signature_opening_with_its_office_is_no_title() -> None:
    page = (
        f"<html><body><h2>{_UNI_HEAD}</h2><time>{_DAY}</time><p>مدیریت روابط عمومی دانشگاه</p>"
        + "".join(f"<p>{para}</p>" for para in _UNI_BODY.split("\n\n"))
        + "</body></html>"
    )
    assert jm.parse_html(page).title == _UNI_HEAD


def test_headline_about_the_unit_saying_what_it_did_stays_the_title_neg() -> None:
    # A kicker over a headline opening with «مدیریت روابط عمومی», its verb at its end.
    headline = "مدیریت روابط عمومی دانشگاه برگزیده شد"
    text = (
        f"در جشنواره ملی روابط عمومی‌های دانشگاه‌ها\n{headline}\n{_DAY}\n\n"
        "مدیریت روابط عمومی دانشگاه در جشنواره ملی روابط عمومی‌ها در بخش اطلاع‌رسانی "
        "برگزیده شد.\n\nرئیس دانشگاه از کارکنان این مدیریت قدردانی کرد.\n"
    )
    assert jm.parse_article(text).title == headline


# 4. A framed headline naming a «پایگاه» (a base), over its subtitle.
_BASE_BODY = (
    "\n\nپایگاه امداد و نجات هلال احمر در گردنه صائین با دو خودروی نجات و هشت امدادگر امروز "
    "آغاز به کار کرد.\n\nمدیر هلال احمر استان گفت این پایگاه در زمستان شبانه‌روزی باز است.\n"
)


def test_framed_headline_holding_a_base_is_the_title() -> None:
    headline = "گشایش پایگاه امداد و نجات زمستانی در گردنه صائین"
    text = f".: {headline} :.\nامدادگران این پایگاه به مسافران جاده کمک می‌کنند\n{_DAY}{_BASE_BODY}"
    assert jm.parse_article(text).title == headline


def test_framed_site_name_opening_with_its_word_stays_a_site_name_neg() -> None:
    headline = "پایگاه امداد زمستانی در گردنه صائین آغاز به کار کرد"
    text = f".: پایگاه خبری هلال احمر استان اردبیل :.\n{headline}\n{_DAY}{_BASE_BODY}"
    assert jm.parse_article(text).title == headline


# 5. Joomla's who's-online line under the visit's date banner.
_FOREST = "پاکسازی بستر رودخانه شهر با مشارکت داوطلبان انجام شد"
_FOREST_BODY = (
    "بستر رودخانه شهر با مشارکت دویست داوطلب و کارکنان شهرداری از زباله پاکسازی شد.\n\n"
    "شهردار گفت این کار هر فصل تکرار می‌شود.\n"
)


@pytest.mark.parametrize(
    "status",
    [
        "ما ۲۳ مهمان و ۲ عضو آنلاین داریم",
        "ما 7 مهمان و بدون عضو آنلاین داریم",
        "ما یک مهمان و بدون عضو آن‌لاین داریم",
    ],
)
def test_date_banner_over_joomla_whos_online_line_is_not_published(status: str) -> None:
    text = f"اداره محیط زیست شهرستان\n\nشنبه ۱۶ دی ۱۴۰۲ ساعت ۰۹:۱۵\n{status}\n\n{_FOREST}\n\n{_FOREST_BODY}"
    article = jm.parse_article(text)
    assert article.title == _FOREST
    assert article.published is None


def test_date_line_over_a_visits_counter_alone_keeps_its_date_neg() -> None:
    text = f"اداره محیط زیست شهرستان\n\nشنبه ۱۶ دی ۱۴۰۲ ساعت ۰۹:۱۵\nبازدید امروز: ۱۴۲\n\n{_FOREST}\n\n{_FOREST_BODY}"
    assert _published(jm.parse_article(text)) == "2024-01-06T09:15:00+03:30"


# 6. HTML: a bold headline run opening its block, its relay lead right after it.
_EXPO = "برپایی بازارچه محصولات کشاورزی روستاییان در میدان شهر"
_EXPO_LEAD = "به گزارش روابط عمومی شهرداری، این بازارچه امروز برپا شد."
_EXPO_MORE = (
    "<p>در این بازارچه سی غرفه از روستاهای شهرستان محصولات تازه کشاورزی و لبنیات محلی "
    "عرضه می‌کنند و بازارچه تا پایان ماه هر روز باز است.</p>"
)


@pytest.mark.parametrize("tag", ["b", "strong"])
def test_bold_headline_run_glued_to_its_relay_is_the_title(tag: str) -> None:
    page = (
        f"<html><body><table><tr><td><{tag}>{_EXPO}</{tag}>{_EXPO_LEAD}</td></tr>"
        f"<tr><td>{_EXPO_MORE}</td></tr></table></body></html>"
    )
    assert jm.parse_html(page).title == _EXPO


def test_bold_kicker_inside_a_paragraph_stays_on_its_line_neg() -> None:
    # Text before the bold run in its block: a kicker inside the paragraph, not a headline.
    page = (
        f"<html><body><h1>{_EXPO}</h1><p>بازارچه امروز برپا شد و <b>برپایی بازارچه محصولات "
        f"کشاورزی</b>به گزارش روابط عمومی شهرداری، تا پایان ماه باز است.</p>{_EXPO_MORE}"
        "</body></html>"
    )
    assert "\nبه گزارش" not in jm.visible_text(page)
    assert jm.parse_html(page).title == _EXPO
