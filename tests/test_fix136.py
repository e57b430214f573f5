"""fix136: wrong values the thirty-second mutation round found on main (docs/reliability.md,
"The thirty-second round: fix123-fix129 under mutation"; mutants 31, 32, 19 of
benchmarks/hand_mutants_32.py were better than the rules they changed).

1. A glued today banner with a header's counter after its date («امروزپنجشنبه, 17 بهمن 1398
   19:12 | 45 بازدید») gave the banner's day as the published time: the banner needed its
   date to end the line. A bar and a short counter (a digit, three words at most) after the
   date keep it a banner; a sentence after the date is still a lead.
2. A full-stop headline over its info line was looked for on the text's first line only: a
   section's name over it («اخبار پژوهشکده») became the title. The headline may stand under
   at most two section or chrome lines.
3. «DATE AGENCY / HEADLINE» and «DATE - AGENCY / HEADLINE» were kept whole (the line the
   title, no date): the date and headline cut allows a news agency's name of one or two
   words after the date.
4. A section editor's byline «دبیر بخش موسیقی و هنرهای نمایشی» (four words after «بخش»)
   printed twice was the title: the section's name runs to the line's end.
Page texts below are written for these tests (layouts from webda.gmu.ac.ir, rihu.ac.ir,
tests/test_fix125.py's Persian page and tests/test_fix124.py's magazine page).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

# 1. A glued today banner with a counter after its date.

_BANNER_URL = "https://news.example.ac.ir/index.php/riasat/5120-bazdid-az-kargah"
_BANNER_HEADLINE = "بازدید معاون دانشگاه از کارگاه های تازه ساز دانشکده فنی"
_BANNER_ITEM = (
    "\n\n" + _BANNER_HEADLINE + "\n\n"
    "معاون دانشگاه از روند تجهیز کارگاه های تازه ساز دانشکده فنی در شهرک علمی بازدید کرد.\n\n\n"
    "به گزارش روابط عمومی، در این بازدید که رئیس دانشکده و دو کارشناس فنی نیز حضور "
    "داشتند، گزارشی از پیشرفت کار و نیازهای باقی مانده ارائه شد و قرار شد کارگاه ها تا "
    "پایان ترم آماده بهره برداری شوند.\n"
)


@pytest.mark.parametrize(
    "banner",
    [
        "امروزپنجشنبه, 17 بهمن 1398 19:12 | 45 بازدید",
        "امروزسه‌شنبه، ۲۲ آبان ۱۴۰۱ | بازدید امروز: ۱۲۳",
    ],
)
@pytest.mark.parametrize("url", [_BANNER_URL, None])
def test_glued_banner_with_counter_is_no_published_date(banner: str, url: str | None) -> None:
    record = jm.parse_article(banner + _BANNER_ITEM, url=url)
    assert record.title == _BANNER_HEADLINE
    assert record.published is None


@pytest.mark.parametrize("url", [_BANNER_URL, None])
def test_glued_weekday_date_bar_sentence_is_no_banner_neg(url: str | None) -> None:
    # A bar after the date and then a sentence: the lead's own dateline, no banner; the
    # item's date line above it is read.
    text = (
        _BANNER_HEADLINE + "\n"
        "پنجشنبه, 17 بهمن 1398 - 10:05\n\n"
        "امروزپنجشنبه 17 بهمن 1398 | معاون دانشگاه از کارگاه های تازه ساز دانشکده فنی "
        "بازدید کرد.\n\n"
        "به گزارش روابط عمومی، در این بازدید رئیس دانشکده نیز حضور داشت.\n"
    )
    record = jm.parse_article(text, url=url)
    assert record.title == _BANNER_HEADLINE
    assert record.published is not None
    assert record.published.jalali_date == (1398, 11, 17)


# 2. A full-stop headline under a section's name.

_STOPPED_URL = "https://www.research.example.ac.ir/fa/news/31840"
_STOPPED = "کارگاه روش تحقیق میدانی در پژوهشکده علوم انسانی برگزار شد."
_INFO_LINE = "۲۳ آذر ۱۳۸۶ | ۱۱:۲۰ کد : ۳۱۸۴۰ اخبار"
_STOPPED_BODY = (
    "به گزارش روابط عمومی پژوهشکده، کارگاه دو روزه روش تحقیق میدانی با حضور استادان "
    "و دانشجویان دکتری در سالن اجتماعات برگزار شد و شرکت کنندگان با شیوه های گردآوری "
    "داده در میدان آشنا شدند.\n"
)


@pytest.mark.parametrize("section", ["اخبار پژوهشکده", "خبرهای پژوهشی", "گروه علمی"])
@pytest.mark.parametrize("url", [_STOPPED_URL, None])
def test_stopped_headline_under_section_line(section: str, url: str | None) -> None:
    text = f"{section}\n{_STOPPED}\n{_INFO_LINE}\n{_STOPPED_BODY}"
    record = jm.parse_article(text, url=url)
    assert record.title == _STOPPED
    assert record.published is not None
    assert record.published.jalali_date == (1386, 9, 23)


@pytest.mark.parametrize("url", [_STOPPED_URL, None])
def test_stopped_headline_under_section_and_menu_lines(url: str | None) -> None:
    text = f"صفحه اصلی\nاخبار پژوهشکده\n{_STOPPED}\n{_INFO_LINE}\n{_STOPPED_BODY}"
    assert jm.parse_article(text, url=url).title == _STOPPED


@pytest.mark.parametrize("url", [_STOPPED_URL, None])
def test_full_stop_sentence_in_related_list_is_no_headline_neg(url: str | None) -> None:
    # A body sentence ending with a full stop over a related item's date line: the item's
    # headline over its own date stays the title.
    headline = "نشست هم اندیشی پژوهشگران علوم اجتماعی در پژوهشکده"
    text = (
        f"اخبار پژوهشکده\n{headline}\n۲۰ آذر ۱۳۸۶ | ۰۹:۱۰ کد : ۳۱۸۰۲ اخبار\n"
        f"{_STOPPED_BODY}"
        "در پایان نشست گزارش کار گروه ها خوانده شد.\n"
        f"{_INFO_LINE}\n"
        "در این نشست پژوهشگران درباره برنامه های سال آینده و همکاری با دانشگاه ها سخن "
        "گفتند و پیشنهادهای خود را به رئیس پژوهشکده دادند.\n"
    )
    record = jm.parse_article(text, url=url)
    assert record.title == headline
    assert record.published is not None
    assert record.published.jalali_date == (1386, 9, 20)


@pytest.mark.parametrize("url", [_STOPPED_URL, None])
def test_stopped_line_under_headline_is_no_headline_neg(url: str | None) -> None:
    # A headline of its own over the stopped line: the line above is no section's name, so
    # the stopped line is not taken for the headline.
    headline = "برگزاری کارگاه روش تحقیق میدانی در پژوهشکده"
    text = f"{headline}\n{_STOPPED}\n{_INFO_LINE}\n{_STOPPED_BODY}"
    assert jm.parse_article(text, url=url).title != _STOPPED


# 3. A date, an agency's name and the headline on one line.

_DATED_URL = "https://www.example.ir/fa/news/88213"
_DATED_HEADLINE = "بازگشایی جاده دشت آباد پس از دو هفته انسداد"
_DATED_BODY = (
    "جاده دشت آباد که از دو هفته پیش به دلیل رانش کوه بسته شده بود، از صبح امروز با پایان "
    "کار راهداران دوباره به روی خودروها باز شد.\n\n"
    "مدیر راهداری شهرستان گفت که دیواره های حائل تازه در سه نقطه از مسیر ساخته شده است.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        f"۱۴۰۲/۰۵/۱۲ ایرنا / {_DATED_HEADLINE}",
        f"۱۲ مرداد ۱۴۰۲ - ایسنا / {_DATED_HEADLINE}",
        f"۱۴۰۲/۰۵/۱۲ خبرگزاری مهر | {_DATED_HEADLINE}",
    ],
)
@pytest.mark.parametrize("url", [_DATED_URL, None])
def test_date_agency_headline_is_cut(line: str, url: str | None) -> None:
    record = jm.parse_article(f"{line}\n{_DATED_BODY}", url=url)
    assert record.title == _DATED_HEADLINE
    assert record.published is not None
    assert record.published.jalali_date == (1402, 5, 12)


@pytest.mark.parametrize(
    "line",
    [
        # a count and its noun before the slash: no date to cut off
        f"۱۴۰۲ نفر / {_DATED_HEADLINE}",
        f"۱۲ مرداد خانوار / {_DATED_HEADLINE}",
    ],
)
def test_number_words_headline_no_date_neg(line: str) -> None:
    record = jm.parse_article(f"{line}\n{_DATED_BODY}", url=_DATED_URL)
    assert record.published is None


# 4. A section editor's byline naming a long section, printed twice.

_MAG_URL = "https://mag.example.ir/issue/18/6/theater"
_MAG_BODY = (
    "تالارهای شهر در این فصل میزبان چند اجرای تازه بودند و گروه‌های جوان با همه دشواری‌ها "
    "نمایش‌هایشان را روی صحنه بردند. در این بخش با دو کارگردان و یک نوازنده گفت‌وگو کرده‌ایم "
    "که از تمرین‌های شبانه و هزینه‌های اجرا می‌گویند.\n\n"
    "- نخستین گفت‌وگو با کارگردانی است که پس از سه سال دوباره نمایشی را روی صحنه برده است.\n"
)


@pytest.mark.parametrize(
    "byline", ["دبیر بخش موسیقی و هنرهای نمایشی", "سردبیر سرویس فرهنگ و هنر استان"]
)
@pytest.mark.parametrize("url", [_MAG_URL, None])
def test_long_section_editor_printed_twice_is_no_title(byline: str, url: str | None) -> None:
    text = f"سرآغاز\n\n{byline}\n{byline}\n\n{_MAG_BODY}"
    assert jm.parse_article(text, url=url).title == "سرآغاز"


@pytest.mark.parametrize("url", [_MAG_URL, None])
def test_long_section_editor_with_verb_is_headline_neg(url: str | None) -> None:
    headline = "دبیر بخش موسیقی و هنرهای نمایشی منصوب شد"
    assert jm.parse_article(f"{headline}\n\n{_MAG_BODY}", url=url).title == headline


# 5. A breadcrumb step with a number in its name before a date label (mutant 37 of round 32).

_CRUMB_URL = "https://news.example.ir/fa/news/5521"
_CRUMB_HEADLINE = "بررسی بودجه سال آینده شهر در جلسه شورا"
_CRUMB_BODY = (
    "\n\nبه گزارش خبرنگار ما، جلسه شورای شهر با حضور شهردار و معاونان او برگزار شد و درباره "
    "بودجه سال آینده گفت و گو شد و اعضای شورا پیشنهادهای خود را ارائه کردند.\n\n"
    "در پایان جلسه قرار شد گزارش کامل بودجه تا پایان ماه به شورا داده شود.\n"
)


@pytest.mark.parametrize(
    "crumb",
    [
        "خانه » اخبار ۲۴ ساعت تاریخ انتشار : ۲۰ دی ۱۴۰۳ - ۱۰:۳۰ | ۱۲ بازدید",
        "خانه » شماره ۸۴۲ تاریخ انتشار : ۲۰ دی ۱۴۰۳ - ۱۰:۳۰",
    ],
)
@pytest.mark.parametrize("url", [_CRUMB_URL, None])
def test_numbered_crumb_step_before_date_label(crumb: str, url: str | None) -> None:
    record = jm.parse_article(f"{_CRUMB_HEADLINE}\n{crumb}{_CRUMB_BODY}", url=url)
    assert record.title == _CRUMB_HEADLINE
    assert record.published is not None
    assert record.published.jalali_date == (1403, 10, 20)


@pytest.mark.parametrize("url", [_CRUMB_URL, None])
def test_dated_crumb_step_before_date_label_neg(url: str | None) -> None:
    # A date in the step: another item's, so the label's date is not read from this row.
    crumb = "خانه » ۱۸ دی ۱۴۰۳ تاریخ انتشار : ۲۰ دی ۱۴۰۳ - ۱۰:۳۰"
    record = jm.parse_article(f"{_CRUMB_HEADLINE}\n{crumb}{_CRUMB_BODY}", url=url)
    assert record.published is None
