"""fix163: the forty-second real sample's findings (real53, docs/real_sample.md): a header's
time bullet beside its date bullet (#8, an English-interface DouranPortal item,
shahrdariqods.ir), an emoji marker before a headline (#11, a county governorate's
Telegram-style post, piranshahr-ag.ir) and a magazine's dotted ``YEAR.MONTH.ID.html`` address
(#13, bukharamag.com). The layouts are those pages'; the sentences are written for these
tests. Every positive fails on main a00df68 (= 6aa8613 in src/)."""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number

_BODY = (
    "آتش‌سوزی انبار کاغذ در شهرک صنعتی مهار شد\n"
    "رئیس آتش‌نشانی شهر از مهار حریق یک انبار کاغذ در نیمه شب گذشته خبر داد.\n\n"
    "به گزارش روابط عمومی شهرداری، این حریق با تلاش سه ساعته آتش‌نشانان مهار شد و "
    "به کسی آسیبی نرسید.\n"
)
_AT_0829 = "2024-07-27T08:29:00+03:30"


def _published(text: str) -> tuple[str | None, str | None]:
    """The publication time read from ``text`` and the text its span covers."""
    article = jm.parse_article(text)
    span = article.spans.get("published")
    stamp = article.published.isoformat() if article.published is not None else None
    return stamp, (text[slice(*span)] if span is not None else None)


# 1. A labelled time on its own line next to the labelled date in one header block.
def test_time_bullet_over_date_bullet_under_a_date_of_the_day() -> None:
    """The DouranPortal header: a date of the day, then the item's time, day, visits and
    code as bullets; the time bullet gives the day its time (real53 #8)."""
    header = (
        "Monday, September 16, 2024\n  • time : 08:29\n  • Date : Sat Jul 27, 2024\n"
        "  • item visited : 311\n  • news code : 24871\n"
    )
    article = jm.parse_article(header + _BODY)
    assert article.published is not None
    assert article.published.isoformat() == _AT_0829
    assert article.number == "24871"
    assert article.title == "آتش‌سوزی انبار کاغذ در شهرک صنعتی مهار شد"
    stamp, printed = _published(header + _BODY)
    assert (stamp, printed) == (_AT_0829, "time : 08:29\n  • Date : Sat Jul 27, 2024")


def test_persian_time_bullet_span_opens_at_its_label() -> None:
    """The bullet before «ساعت» is no part of the value's span."""
    stamp, printed = _published("• ساعت : ۰۸:۲۹\n• تاریخ : ۱۴۰۳/۰۵/۰۶\n" + _BODY)
    assert (stamp, printed) == (_AT_0829, "ساعت : ۰۸:۲۹\n• تاریخ : ۱۴۰۳/۰۵/۰۶")


def test_date_bullet_over_time_bullet() -> None:
    """The other order: the day's bullet first, its time's bullet right under it."""
    stamp, printed = _published("  • Date : Sat Jul 27, 2024\n  • time : 08:29\n" + _BODY)
    assert (stamp, printed) == (_AT_0829, "Sat Jul 27, 2024\n  • time : 08:29")


@pytest.mark.parametrize(
    "header",
    [
        "• ساعت : ۰۸:۲۹\n• تاریخ : ۱۴۰۳/۰۵/۰۶\n• کد خبر : ۲۴۸۷۱\n",
        "• تاریخ : ۱۴۰۳/۰۵/۰۶\n• ساعت : ۰۸:۲۹\n• کد خبر : ۲۴۸۷۱\n",
        "time : 08:29\nDate : Sat Jul 27, 2024\n",
        "Date : Sat Jul 27, 2024\nTime: 08:29\n",
        "- time : 08:29\n- Date : Sat Jul 27, 2024\n",
    ],
)
def test_labelled_time_line_beside_its_date_line(header: str) -> None:
    """Persian labels in a bulleted list, the English «time :» label alone or bulleted:
    either order, the two lines are one value."""
    assert _published(header + _BODY)[0] == _AT_0829


def test_unbulleted_persian_time_and_date_lines_still_joined_neg() -> None:
    """«ساعت :» over «تاریخ :» without bullets was read before: unchanged."""
    assert _published("ساعت : ۰۸:۲۹\nتاریخ : ۱۴۰۳/۰۵/۰۶\n" + _BODY)[0] == _AT_0829


@pytest.mark.parametrize(
    "header",
    [
        # A bullet's time never joins a date printed outside its list.
        "  • time : 08:29\nDate : Sat Jul 27, 2024\n",
        "Date : Sat Jul 27, 2024\n  • time : 08:29\n",
        "• ساعت : ۰۸:۲۹\nتاریخ : ۱۴۰۳/۰۵/۰۶\n",
        # Another field between the time and the date: not the date's neighbour.
        "  • time : 08:29\n  • item visited : 311\n  • Date : Sat Jul 27, 2024\n",
        # Not the label «time»: a word that opens with it.
        "Times : 08:29\nDate : Sat Jul 27, 2024\n",
        "timeline: 08:29\nDate : Sat Jul 27, 2024\n",
        # An event's hour under its date, over the publication's day.
        "• زمان برگزاری : ۲۰ مرداد ۱۴۰۳\n• ساعت : ۱۸:۰۰\n• تاریخ انتشار : ۱۴۰۳/۰۵/۰۶\n",
    ],
)
def test_time_not_joined_outside_its_block_neg(header: str) -> None:
    """The day alone, as before: the time line is not the date's."""
    assert _published(header + _BODY)[0] == "2024-07-27"


# 2. Pictographic markers around a headline.
_POST = (
    "\n\n \n\n▪️استاندار در این بازدید از روند ساخت تونل انتقال آب به دریاچه ارومیه دیدن کرد "
    "و گفت کار با سرعت پیش می‌رود.\n\nبا پایان کار این تونل هر سال آب بیشتری به دریاچه "
    "می‌رسد و به احیای آن کمک می‌کند.\n\n🔖 جمعه: ۲۱آبان ماه ۱۴۰۰\n@county_channel"
)
_HEADLINE = "بازدید سرزده استاندار از سد و تونل انتقال آب به دریاچه ارومیه؛"


def test_emoji_marker_before_a_headline_printed_twice() -> None:
    """«🔴 HEADLINE؛» twice, a Telegram-style post: the title is the headline, its span
    on the printed headline (real53 #11)."""
    text = f"🔴 {_HEADLINE}\n\n🔴 {_HEADLINE}{_POST}"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert article.title == text[slice(*article.spans["title"])]
    assert article.published is not None
    assert article.published.isoformat() == "2021-11-12"


@pytest.mark.parametrize(
    "line",
    [
        f"🔴 {_HEADLINE}",
        f"▪️{_HEADLINE}",
        f"📌✅ {_HEADLINE}",
        f"⭕️ {_HEADLINE} ⭕️",
        f"1️⃣ {_HEADLINE}",
        f"{_HEADLINE} 👇",
        f"{_HEADLINE} 2️⃣",
        f"🇮🇷 {_HEADLINE}",
        f"■ {_HEADLINE}",
    ],
)
def test_markers_at_a_titles_edges_are_not_the_title(line: str) -> None:
    """Leading and trailing emoji, keycaps, flags and geometric bullets are cut; the span
    still points at the headline's text."""
    text = line + _POST
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert article.title == text[slice(*article.spans["title"])]


@pytest.mark.parametrize(
    "headline",
    [
        "بازدید استاندار از ❤️ سد و تونل انتقال آب دریاچه ارومیه",  # inside: kept
        "رونمایی از گوشی تازه Galaxy® در بازار تهران",  # a name's mark: kept
        "۱۰ نکته برای نگهداری گیاهان آپارتمانی در زمستان",  # a count, no keycap: kept
        "قیمت‌ها باز هم بالا رفت‼",  # a sentence's closing mark: kept
    ],
)
def test_marks_that_belong_to_the_headline_stay_neg(headline: str) -> None:
    """A pictograph inside the headline, ®, ™, ‼ and a plain count are the headline's."""
    assert headline == jm.parse_article(headline + _POST).title


# 3. A dotted year, month and ID ending the address.
def test_dotted_year_month_id_address() -> None:
    """«/1388.07.2441.html»: the magazine's month, then its item's ID (real53 #13)."""
    assert url_number("https://bukharamag.com/1388.07.2441.html") == "2441"
    text = "معرفی نشریه‌ای از تاجیکستان / نویسنده ستون\n\nاین شماره از نشریه در دوشنبه چاپ شد.\n"
    article = jm.parse_article(text, url="https://mag.example.com/1390.11.3187.html")
    assert article.number == "3187"


@pytest.mark.parametrize(
    "url",
    [
        "https://mag.example.com/1388.07.24.html",  # a day: a date path, no ID
        "https://mag.example.com/1388.13.2441.html",  # no month 13
        "https://mag.example.com/1388.07.0241.html",  # a leading zero
        "https://mag.example.com/tag/1388.07.2441.html",  # under a list's segment
        "https://mag.example.com/1388.07.2441.html/comments",  # not the last segment
        "https://mag.example.com/v1.2.345",  # no year
        "http://www.mountain.example.com/site/2700",  # Yii's default controller: left
    ],
)
def test_dotted_addresses_that_hold_no_id_neg(url: str) -> None:
    """No ID read from these shapes, as before."""
    assert url_number(url) is None
