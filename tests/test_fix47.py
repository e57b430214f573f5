"""A forum member's join date is never the post's date; a Tajik page's all-digit dates are day
first; a Cyrillic view or comment counter is page chrome.

Shapes: the author panel of a rozfa forum post («عضويت: 19 /3 /1392», parsiniak.rozfa.com,
pages 1088-1089); a Tajik DataLife Engine page whose headline is glued to «9-05-2023, 23:46»
over «Хабарро хонданд: 447 нафар» and «Назарҳо: 0» (hamsafon.tj, pages 1062-1063). The texts
are written for these tests; each mirrors the layout of the real page named."""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = (
    "کارشناسان می‌گویند شهرهای ساحلی کشور هنوز برای باران‌های شدید آماده نیستند و "
    "بسیاری از آبراهه‌های قدیمی در سال‌های گذشته با ساخت‌وساز بسته شده است."
)
TAJIK_LEAD = (
    "Дар маркази эҷодиёти наврасони шаҳр имсол се маҳфили нави ҳунарҳои мардумӣ кушода шуд, "
    "ки дар онҳо зиёда аз шаст нафар наврас кулолгарӣ ва гулдӯзиро меомӯзанд."
)


def codes(article: jm.Article) -> set[str]:
    return {notice.code for notice in article.warnings}


# -- A forum member's join date in the author panel ------------------------------------------

FORUM_POST = (
    "تعداد بازدید 182\nنویسنده پیام\nking آفلاین\n\nارسالها : 150\n{joined}\n"
    "محل زندگی: تهران\nتشکرها : 238\n\nراهنمای سایت\n\n" + LEAD + "\n"
)


@pytest.mark.parametrize(
    "joined",
    [
        "عضويت: 19 /3 /1392",  # rozfa's panel, Arabic yeh as printed
        "تاریخ عضویت: ۱۳۹۲/۰۳/۱۹",
        "عضو از: ۱۹ خرداد ۱۳۹۲",
        "Join Date: 1392/03/19",
        "Member since: 1392/03/19",
        "Joined: 1392/03/19",
    ],
)
def test_a_members_join_date_is_never_the_posts_date(joined: str) -> None:
    """The author panel's join date is a profile's fact: the post prints no date, so None."""
    article = jm.parse_article(FORUM_POST.format(joined=joined))
    assert article.published is None
    assert any(item.reason == "another date" and item.text == joined for item in article.ignored)


def test_a_headline_about_membership_keeps_its_dated_line() -> None:
    """Near miss: a labelled publication date under a headline about membership is read."""
    text = "عضویت ایران در سازمان همکاری شانگهای قطعی شد\nتاریخ انتشار: ۱۴۰۲/۰۴/۱۳\n" + LEAD
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2023-07-04"


# -- A Tajik page's all-digit date, day first -----------------------------------------------

TAJIK_PAGE = "НАҚШИ ҲУНАРҲОИ МАРДУМӢ ДАР МАКТАБ{date}\n{counter}\nНазарҳо: 0\n" + TAJIK_LEAD + "\n"


def test_a_tajik_headline_glued_to_its_date_is_cut_and_the_date_read_day_first() -> None:
    """«...МАКТАБ9-05-2023, 23:46»: headline without the date, 9 May 2023 on Dushanbe's clock."""
    text = TAJIK_PAGE.format(date="9-05-2023, 23:46", counter="Хабарро хонданд: 447 нафар")
    article = jm.parse_article(text)
    assert article.title == "НАҚШИ ҲУНАРҲОИ МАРДУМӢ ДАР МАКТАБ"
    assert article.published is not None
    assert article.published.isoformat() == "2023-05-09T23:46:00+05:00"
    assert "day-month-order" in codes(article)


def test_a_tajik_sites_address_says_day_first_too() -> None:
    """A .tj address names the order (and the clock) for a date line in any script."""
    text = "عنوان خبر آزمایشی در دوشنبه\n09.05.2023\n" + LEAD
    article = jm.parse_article(text, url="https://example.tj/news/123-slug.html")
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2023-05-09"


def test_an_ambiguous_date_on_a_persian_page_stays_empty() -> None:
    """Near miss: on a page that is not Tajik the order is unknown: None, warned."""
    text = "عنوان خبر آزمایشی در تهران\n09.05.2023\n" + LEAD
    article = jm.parse_article(text)
    assert article.published is None
    assert "invalid-date" in codes(article)


def test_a_glued_date_that_reads_one_way_needs_no_language() -> None:
    """«...19-05-2023»: only one reading; the headline is cut on any page."""
    text = TAJIK_PAGE.format(date="19-05-2023, 23:46", counter="Просмотров: 1204")
    article = jm.parse_article(text)
    assert article.title == "НАҚШИ ҲУНАРҲОИ МАРДУМӢ ДАР МАКТАБ"
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2023-05-19"


# -- Cyrillic view and comment counters ------------------------------------------------------


@pytest.mark.parametrize(
    "counter",
    ["Хабарро хонданд: 447 нафар", "Просмотров: 1204", "Комментариев: 0", "Назарҳо: 3"],
)
def test_a_cyrillic_counter_is_chrome(counter: str) -> None:
    """A counter line under the headline is set aside as a counter, never the title."""
    text = "НАҚШИ ҲУНАРҲОИ МАРДУМӢ ДАР МАКТАБ\n" + counter + "\n" + TAJIK_LEAD + "\n"
    article = jm.parse_article(text)
    assert article.title == "НАҚШИ ҲУНАРҲОИ МАРДУМӢ ДАР МАКТАБ"
    assert any(item.reason == "counter" and item.text == counter for item in article.ignored)


def test_a_headline_with_a_read_count_in_its_words_is_no_counter() -> None:
    """Near miss: words after the number make it a sentence, not a counter."""
    line = "Хабарро хонданд: 447 нафар дар як рӯз"
    text = line + "\n" + TAJIK_LEAD + "\n"
    assert not any(item.reason == "counter" for item in jm.parse_article(text).ignored)


# -- mut15: the edges of the rules above (docs/reliability.md, "The fifteenth round") ------


@pytest.mark.parametrize(
    ("printed", "day"), [("12.05.2023", "2023-05-12"), ("05.12.2023", "2023-12-05")]
)
def test_a_tajik_date_with_twelve_as_day_or_month_is_read_day_first(printed: str, day: str) -> None:
    """12 is a month too: «12.05.2023» may be read either way, and a .tj page says which."""
    text = "عنوان خبر آزمایشی در دوشنبه\n" + printed + "\n" + LEAD
    article = jm.parse_article(text, url="https://example.tj/news/123-slug.html")
    assert article.published is not None
    assert article.published.isoformat()[:10] == day
    assert "day-month-order" in codes(article)


def test_an_ambiguous_date_glued_to_a_persian_headline_is_cut_and_warned() -> None:
    """A headline glued to «9-05-2023» on a page that says no order: the date is no part of
    the title wherever its day stands (mut15: the headline kept it, silently); the date
    itself is None, warned."""
    headline = "آغاز ثبت‌نام دوره‌های آموزشی تابستانه در کتابخانه مرکزی"
    article = jm.parse_article(f"{headline}9-05-2023, 23:46\nبازدید: 120\n{LEAD}\n")
    assert article.title == headline
    assert article.published is None
    assert "invalid-date" in codes(article)
