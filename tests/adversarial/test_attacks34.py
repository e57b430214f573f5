"""The silent values the thirty-fourth round of attacks found and fixed (docs/reliability.md,
"Attacks, thirty-fourth round").

1. fix83 keeps only the day of a Gregorian time printed without
its zone on a page written in Urdu (Pakistan's or India's clock, unknown). A page in Sindhi,
the other language of Pakistan (and India) in this script, writes none of Urdu's own letters
(ے ٹ ڈ ڑ ں) but its own (ڪ ٽ ڏ ڻ ۾ ڄ ٻ ڳ; sindhsalamat.com's script), so its «09 اپريل 2023
10:30» was read on Kabul's clock («اپريل» is Dari's spelling too) without a warning. Sindhi's
own letters now count alike.

2. fix81 sets aside a count of minutes alone on its line (a reading time's value under its
label); a reading time printed with its word after the count («۵ دقیقه مطالعه», one of the
header's reading-time forms) on its own line, over the post's text, was still the title.

The sentences are ours.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm

SINDHI_HEADLINE = "سنڌ ۾ مينهن جو نئون سلسلو شروع ٿي ويو"
SINDHI_LEAD = (
    "محڪمي موسميات چيو آهي ته ايندڙ ٽن ڏينهن تائين صوبي جي اڪثر شهرن ۾ مينهن پوندو ۽ "
    "هيٺاهين علائقن مان پاڻي ڪڍڻ لاءِ عملو مقرر ڪيو ويو آهي."
)


def _codes(record: jm.Article) -> list[str]:
    return [warning.code for warning in record.warnings]


def test_a_sindhi_pages_time_without_a_zone_keeps_its_day_only_warned() -> None:
    record = jm.parse_article(f"{SINDHI_HEADLINE}\n\n09 اپريل 2023 10:30\n\n{SINDHI_LEAD}\n")
    assert record.published is not None
    assert record.published.gregorian == dt.date(2023, 4, 9)
    assert not record.published.has_time
    assert _codes(record).count("zone-unread") == 1


def test_a_sindhi_pages_time_with_its_offset_is_kept() -> None:
    record = jm.parse_article(f"{SINDHI_HEADLINE}\n\n2023-04-09 10:30 +05:00\n\n{SINDHI_LEAD}\n")
    assert record.published is not None
    expected = dt.datetime(2023, 4, 9, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    assert record.published.gregorian == expected
    assert "zone-unread" not in _codes(record)


def test_a_dari_page_naming_a_sindhi_city_keeps_kabuls_clock() -> None:
    # Near miss: a Dari page with a Sindhi place name in its own spelling (two of Sindhi's
    # letters) is no Sindhi page: Kabul's clock, as before.
    text = (
        "بارش‌های تازه در ولایت‌های شرقی آغاز شد\n\n09 اپریل 2023 10:30\n\n"
        "اداره هواشناسی گفت باران‌ها که از شهر ڪراچي آغاز شده، تا سه روز در ولایت‌های شرقی "
        "ادامه دارد و راه‌های کوهستانی ممکن است بسته شوند."
    )
    record = jm.parse_article(text)
    assert record.published is not None
    stamp = record.published.gregorian
    assert isinstance(stamp, dt.datetime)
    assert stamp.replace(tzinfo=None) == dt.datetime(2023, 4, 9, 10, 30)
    assert stamp.utcoffset() == dt.timedelta(hours=4, minutes=30)
    assert "zone-unread" not in _codes(record)


READ = (
    "بیت‌کوین بزرگ‌ترین رمزارز بازار از نظر ارزش کل است و جهت قیمت آن بر بیشتر دارایی‌های "
    "دیگر بازار اثر می‌گذارد. در این مطلب عوامل مؤثر بر قیمت آن را مرور می‌کنیم.\n"
)


def test_a_reading_time_with_its_word_alone_on_a_line_is_no_title() -> None:
    for line in ("۵ دقیقه مطالعه", "12 دقیقه زمان مطالعه", "۳ دقیقه خواندن"):
        record = jm.parse_article(f"خانه\nمجله\nتحلیل بیت‌کوین\n{line}\n{READ}")
        assert record.title == "تحلیل بیت‌کوین"


def test_a_headline_opening_with_minutes_of_reading_stays_the_title() -> None:
    # Near miss: a headline that says more after «N دقیقه مطالعه» is a headline.
    headline = "۱۵ دقیقه مطالعه در روز حافظه را تقویت می‌کند"
    record = jm.parse_article(f"{headline}\n\n{READ}")
    assert record.title == headline
