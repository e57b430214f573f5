"""Leftovers of the afternoon's attacks and mutation round (fix36, issue #16).

Each test prints a page in words written for this file: an invitation to the reader
(«... را ببینید.») at the top of a page whose machine titles name something else, a quoted
headline after a speaker's label, an event's block of place and hour over the article's
dates. Each rule has its near miss, which must not change.
"""

from __future__ import annotations

import datetime as dt

from tests.checks import warning_codes as _codes

import jalali_meta as jm

_STORY = (
    "کتابخانه عمومی تازه با ده هزار جلد کتاب و سالن مطالعه برای دویست نفر صبح امروز با "
    "حضور مسئولان شهری و گروهی از اهالی محله به روی مردم باز شد و تا ساعت نه شب باز است."
)
_BIDDING = "عکس‌های این آیین را در ادامه ببینید."


def _html(first: str, meta: str, tag: str = "p") -> str:
    return (
        f"<html><head><title>خبرنامه شهر</title>{meta}</head><body>"
        f"<{tag}>{first}</{tag}><p>{_STORY}</p></body></html>"
    )


# 1. An invitation is never the headline, whatever the machine titles say.


def test_an_invitation_is_no_title_under_any_machine_title() -> None:
    for meta in (
        '<meta property="og:title" content="کتابخانه">',
        f'<meta property="og:title" content="{_BIDDING}">',
        '<meta name="twitter:title" content="کتابخانه تازه شهر">',
        "",
    ):
        for tag in ("p", "h1"):
            art = jm.parse_html(_html(_BIDDING, meta, tag))
            assert art.title != _BIDDING, (meta, tag)
            if art.title is None:
                assert "title-uncertain" in _codes(art), (meta, tag)


def test_an_invitation_in_h1_is_no_title_with_a_warning() -> None:
    art = jm.parse_html(_html(_BIDDING, "", "h1"))
    assert art.title is None
    assert "title-uncertain" in _codes(art)


def test_a_headline_near_an_invitation_stays_under_machine_titles() -> None:
    line = "عکس‌های آیین بازگشایی کتابخانه تازه شهر"  # no period, no imperative
    for meta in ('<meta property="og:title" content="کتابخانه">', ""):
        for tag in ("p", "h1"):
            art = jm.parse_html(_html(line, meta, tag))
            assert art.title == line, (meta, tag)
            assert "title-uncertain" not in _codes(art)


# 2. A quoted headline after a speaker's label is one quotation: its closing mark ends no
# sentence, so it is no running text.

_DAY = "۲۴ آبان ۱۴۰۲"
_BODY = (
    "به گزارش خبرنگار ما، وزیر در نشست امروز با مدیران رسانه‌های استان از برنامه‌های تازه "
    "وزارتخانه برای حمایت از مطبوعات و خبرگزاری‌های محلی در سال آینده سخن گفت.\n\n"
    "او افزود که سهم رسانه‌های محلی از آگهی‌های دولتی در بودجه تازه دو برابر می‌شود."
)


def test_a_quoted_headline_after_a_speaker_is_the_title() -> None:
    for line in (
        "معاون وزیر: «سهم رسانه‌ها – نشریات محلی و سایت‌ها – در آگهی‌ها بیشتر می‌شود»",
        "«سهم نشریات محلی و سایت‌های خبری از آگهی‌های دولتی در سال آینده بیشتر می‌شود»",
        "معاون وزیر فرهنگ: «سهم نشریات محلی از آگهی‌های دولتی در سال آینده بیشتر می‌شود»",
    ):
        art = jm.parse_article(f"{line}\n\n{_DAY}\n\n{_BODY}")
        assert art.title == line, line


def test_a_quotation_ending_a_sentence_stays_running_text() -> None:
    # the sentence's period inside the marks: the line ends a sentence
    line = "معاون وزیر: «سهم نشریات محلی از آگهی‌های دولتی در سال آینده بیشتر می‌شود.»"
    art = jm.parse_article(f"{line}\n\n{_DAY}\n\n{_BODY}")
    assert art.title != line
    # a sentence that quotes at its end, more than a label before the mark
    line = "معاون وزیر در نشست امروز با مدیران گفت که «سهم نشریات محلی بیشتر می‌شود»"
    art = jm.parse_article(f"{line}\n\n{_DAY}\n\n{_BODY}")
    assert art.title != line


# 3. An event's block (its place, then its hour) over the article's date: the hour is the
# event's, never the publication's.

_HEADLINE = "نمایشگاه عکس شهر در فرهنگسرای مرکزی گشایش می‌یابد"


def _published(block: str, dateline: str) -> jm.Timestamp | None:
    return jm.parse_article(f"{_HEADLINE}\n\n{block}{dateline}\n\n{_BODY}").published


def test_an_events_hour_under_its_place_is_not_the_publication_time() -> None:
    for block in (
        "مکان: فرهنگسرای مرکزی\nساعت: ۱۷:۳۰\n",
        "محل برگزاری: فرهنگسرای مرکزی\nساعت: ۱۷:۳۰\n",
        "- نشانی: خیابان انقلاب\n۱۷:۳۰\n",
    ):
        for dateline in (f"تاریخ انتشار: {_DAY}", _DAY):
            stamp = _published(block, dateline)
            assert stamp is not None, block
            assert stamp.gregorian.isoformat() == "2023-11-15", block
            assert not isinstance(stamp.gregorian, dt.datetime), block


def test_an_hour_under_another_label_stays_the_publication_time() -> None:
    for block in (
        "ساعت: ۱۷:۳۰\n",
        "نویسنده: مریم کاظمی\nساعت: ۱۷:۳۰\n",
        "مکانیک خودرو\nساعت: ۱۷:۳۰\n",
    ):
        stamp = _published(block, f"تاریخ انتشار: {_DAY}")
        assert stamp is not None, block
        assert isinstance(stamp.gregorian, dt.datetime), block
        assert (stamp.gregorian.hour, stamp.gregorian.minute) == (17, 30), block
