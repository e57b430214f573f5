"""parse_article's rules, pinned one behaviour per test (found by mutation testing the resolver)."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.checks import warning_code_list as codes

import jalali_meta as jm

LEAD = "\nلید خبر در یک جمله.\n"
ROOT = Path(__file__).resolve().parent.parent


def fields(article: jm.Article) -> list[tuple[str, str, str, object, object]]:
    """Each field as (name, label, value, span, value_span)."""
    return [(f.name, f.label, f.value, f.span, f.value_span) for f in article.fields]


# -- a time printed alone on the line under a date ---------------------------------------------


def test_time_line_under_a_date_is_that_dates_time() -> None:
    """«ساعت: ۱۶:۴۲» right under a date without a time gives the date its time."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت: ۱۶:۴۲" + LEAD)
    stamp = article.published
    assert stamp.isoformat() == "2023-09-19T16:42:00+03:30"
    assert (stamp.text, stamp.span) == ("۱۴۰۲/۰۶/۲۸\nساعت: ۱۶:۴۲", (20, 42))
    assert article.spans["published"] == (20, 42)
    assert fields(article) == [
        ("published", "تاریخ انتشار", "۱۴۰۲/۰۶/۲۸", (6, 30), (20, 30)),
        ("time", "", "ساعت: ۱۶:۴۲", (31, 42), (31, 42)),
    ]
    assert (codes(article), article.ignored) == ([], ())


def test_time_line_keeps_seconds_and_the_afternoon_word() -> None:
    """Seconds and «ب.ظ» on the time line are read (16:42:30; 4:10 pm is 16:10)."""
    with_seconds = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\n۱۶:۴۲:۳۰" + LEAD)
    afternoon = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت ۴:۱۰ ب.ظ" + LEAD)
    morning = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت ۱۲:۱۰ ق.ظ" + LEAD)
    assert with_seconds.published.isoformat() == "2023-09-19T16:42:30+03:30"
    assert afternoon.published.isoformat() == "2023-09-19T16:10:00+03:30"
    assert morning.published.isoformat() == "2023-09-19T00:10:00+03:30"


def test_time_line_reads_latin_pm_in_capitals() -> None:
    """«4:10 PM» on the time line is 16:10, whatever the letter case."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت 4:10 PM" + LEAD)
    assert article.published.isoformat() == "2023-09-19T16:10:00+03:30"


def test_time_line_under_a_gregorian_date() -> None:
    """A time line under a Gregorian date joins it on the Gregorian day."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: 19 September 2023\nساعت: ۱۶:۴۲" + LEAD)
    assert article.published.isoformat() == "2023-09-19T16:42:00+03:30"
    assert article.published.jalali_date == (1402, 6, 28)
    assert article.published.calendar == "gregorian"


def test_time_line_after_a_blank_line_stays_apart() -> None:
    """A blank line between the date and the time line: the time is set aside, not joined."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\n\nساعت: ۱۶:۴۲" + LEAD)
    assert article.published.isoformat() == "2023-09-19"
    expected = [("ساعت: ۱۶:۴۲", (32, 43), "time without a date")]
    assert [(i.text, i.span, i.reason) for i in article.ignored] == expected


def test_time_line_after_a_blank_line_joins_in_a_double_spaced_text() -> None:
    """In a text with a blank line before every line (an extraction that double-spaces its
    blocks), a blank line groups nothing: the date and the time line under it are one."""
    text = "عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت: ۱۶:۴۲" + LEAD
    article = jm.parse_article(text.replace("\n", "\n\n"))
    assert article.published.isoformat() == "2023-09-19T16:42:00+03:30"


def test_the_seed_double_spaced_gives_the_same_values() -> None:
    """The seed's «شماره :» and «آخرین به روزرسانی :» labels print their values on the next
    line; with a blank line after every line they still read (the update stays an update)."""
    seed = (ROOT / "seeds" / "000_93f79026dfa18f1a.txt").read_text(encoding="utf-8")
    for spacing in ("\n\n", "\n\n\n", "\r\n\r\n"):
        article = jm.parse_article(seed.replace("\n", spacing))
        assert (article.number, article.published, article.updated.isoformat()) == (
            "43222",
            None,
            "2023-09-19T16:42:00+03:30",
        )


def test_an_empty_label_before_a_blank_line_stays_empty_in_a_single_spaced_text() -> None:
    """Where blank lines group the text, a label printed empty before a blank line keeps no
    value: the number after the blank line is not its value."""
    text = "عنوان خبر\nکد خبر:\n\n۵۲۸۱۷\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸" + LEAD
    assert jm.parse_article(text).number is None


def test_a_scroll_button_or_a_box_heading_is_no_tag() -> None:
    """An empty tags label followed by «Top» (a scroll-to-top button) or a most-read box's
    heading gives no tags; a list of words does."""
    body = "عنوان خبر تازه شهر\nمتن خبر که چند جمله دارد و به موضوع اصلی می‌پردازد و تمام می‌شود.\n"
    for after in ("Top", "بازگشت به بالا", "پر بیننده‌ترین اخبار دولت", "اخبار مرتبط"):
        for spacing in ("\n", "\n\n"):
            text = (body + "برچسب ها:\n" + after + "\n").replace("\n", spacing)
            assert jm.parse_article(text).tags == (), (after, spacing)
    assert jm.parse_article(body + "برچسب ها:\nشهر، خبر\n").tags == ("شهر", "خبر")


def test_invalid_time_line_is_reported_and_not_used() -> None:
    """A time line 25:42 leaves the date without a time, with an invalid-date warning."""
    text = "عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\nساعت: ۲۵:۴۲" + LEAD
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2023-09-19"
    (notice,) = article.warnings
    assert notice.code == "invalid-date"
    assert notice.message == "time 25:42 does not exist; the time line is not used"
    assert notice.span == (20, 42)
    assert [i.reason for i in article.ignored] == ["time without a date"]
    with pytest.raises(jm.DateError):
        jm.parse_article(text, strict=True)


def test_time_line_in_a_dst_gap_is_flagged() -> None:
    """A time line that falls in a DST gap joins the date, with nonexistent-time."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: ۱۴۰۱/۰۱/۰۲\nساعت: ۰۰:۳۰" + LEAD)
    assert article.published.dst == "nonexistent"
    assert codes(article) == ["nonexistent-time"]
    assert article.warnings[0].span == (20, 42)
    assert article.warnings[0].message.startswith("00:30 on 2022-03-22 did not exist in Tehran")


def test_time_line_under_the_updated_date() -> None:
    """The update date takes the time line under it, the publication date its own."""
    text = (
        "عنوان\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸ ۰۹:۰۰\nتاریخ به روزرسانی: ۱۴۰۲/۰۶/۲۸\nساعت: ۱۶:۴۲" + LEAD
    )
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2023-09-19T09:00:00+03:30"
    assert article.updated.isoformat() == "2023-09-19T16:42:00+03:30"


def test_time_line_under_a_date_on_the_first_line() -> None:
    """A date on the very first line (above the title) takes the time line under it."""
    article = jm.parse_article("۱۴۰۲/۰۶/۲۸\nساعت ۱۶:۴۲\nعنوان خبر\nکد خبر: ۱۲" + LEAD)
    assert article.published.isoformat() == "2023-09-19T16:42:00+03:30"


def test_time_line_as_the_very_last_line() -> None:
    """A footer date with its time line as the last line of the text is joined to it."""
    text = "عنوان خبر\nکد خبر: ۱۲\n" + LEAD + "پاراگراف دوم.\n۲۸ شهریور ۱۴۰۲\nساعت ۱۰:۰۰"
    assert jm.parse_article(text).published.isoformat() == "2023-09-19T10:00:00+03:30"


def test_time_line_as_the_last_line_is_not_joined() -> None:
    """A date on the last line has no line under it: it stays a day."""
    article = jm.parse_article("عنوان\nکد خبر: ۱۲" + LEAD + "تاریخ انتشار: ۱۴۰۲/۰۶/۲۸")
    assert article.published.isoformat() == "2023-09-19"


# -- reading a labelled date -------------------------------------------------------------------

BODY = "\nلید خبر در یک جمله.\nپاراگراف دوم خبر.\n"


def notices(article: jm.Article) -> list[tuple[str, str, object]]:
    """Each warning as (code, message, span)."""
    return [(w.code, w.message, w.span) for w in article.warnings]


def test_relative_date_is_named_as_such() -> None:
    """A relative value after a date label is left empty, and the warning says why."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: امروز ۱۶:۴۲" + BODY)
    message = (
        "'امروز ۱۶:۴۲' is a relative date, which is not converted (the parser never reads "
        "the clock); value left empty"
    )
    assert notices(article) == [("not-a-date", message, (20, 31))]
    assert article.published is None


def test_relative_words_are_found_in_any_case() -> None:
    """«Yesterday» with a capital letter is a relative date too."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: Yesterday 16:42" + BODY)
    assert "is a relative date" in article.warnings[0].message


def test_words_after_a_date_label_are_not_a_date() -> None:
    """Words that are no date after a date label: None, and a not-a-date warning on them."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: به زودی" + BODY)
    assert notices(article) == [
        ("not-a-date", "'به زودی' is not a date; value left empty", (20, 27))
    ]


def test_invalid_labelled_date_points_at_the_date() -> None:
    """An invalid labelled date: None, and invalid-date with the calendar's reason, on the date."""
    article = jm.parse_article("عنوان\nتاریخ انتشار: 1402/07/31 10:00" + BODY)
    message = "day 31 does not exist in مهر 1402: مهر has 30 days; value left empty"
    assert notices(article) == [("invalid-date", message, (20, 36))]
    assert article.published is None


def test_second_date_label_on_a_line_reads_its_own_date() -> None:
    """Two date labels on one line: each field gets the date after its own label."""
    article = jm.parse_article(
        "عنوان\nتاریخ انتشار: ۱ خرداد ۱۴۰۲ | تاریخ به روزرسانی: ۲ خرداد ۱۴۰۲" + BODY
    )
    assert (article.published.isoformat(), article.published.span) == ("2023-05-22", (20, 32))
    assert (article.updated.isoformat(), article.updated.span) == ("2023-05-23", (54, 66))
    assert article.warnings == ()


def test_empty_date_label_is_silent() -> None:
    """A date label with nothing after it: no value, no warning, the label kept in fields."""
    article = jm.parse_article("عنوان\nتاریخ انتشار:" + BODY)
    assert (article.published, article.warnings) == (None, ())
    assert [(f.name, f.value) for f in article.fields] == [("published", "")]


def test_empty_date_label_does_not_hide_the_next_date() -> None:
    """After an empty publication label, the update label below it is still read."""
    article = jm.parse_article("عنوان\nتاریخ انتشار:\n\nتاریخ به روزرسانی: ۲ خرداد ۱۴۰۲" + BODY)
    assert (article.published, article.updated.isoformat()) == (None, "2023-05-23")


# -- which date wins -----------------------------------------------------------------------------


def test_header_label_beats_label_above_the_title() -> None:
    """Two labelled publication dates: the header's wins over the one above the title."""
    text = "تاریخ انتشار: ۲ خرداد ۱۴۰۲\nعنوان\nتاریخ انتشار: ۱ خرداد ۱۴۰۲" + BODY
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2023-05-22"
    message = (
        "two published dates: '۱ خرداد ۱۴۰۲' (after 'تاریخ انتشار') is used, "
        "'۲ خرداد ۱۴۰۲' (after 'تاریخ انتشار') is not"
    )
    assert notices(article) == [("published-conflict", message, (14, 26))]


def test_header_label_beats_label_in_the_footer() -> None:
    """A labelled date in the footer loses to the header's, with a published-conflict on it."""
    text = "عنوان\nتاریخ انتشار: ۱ خرداد ۱۴۰۲" + BODY + "تاریخ انتشار: ۳ خرداد ۱۴۰۲"
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2023-05-22"
    assert [(w.code, w.span) for w in article.warnings] == [("published-conflict", (85, 97))]


def test_two_update_labels_conflict_under_their_own_code() -> None:
    """Two different labelled update dates give updated-conflict, the first one kept."""
    text = "عنوان\nتاریخ به روزرسانی: ۱ خرداد ۱۴۰۲\nتاریخ به روزرسانی: ۳ خرداد ۱۴۰۲" + BODY
    article = jm.parse_article(text)
    assert article.updated.isoformat() == "2023-05-22"
    message = (
        "two updated dates: '۱ خرداد ۱۴۰۲' (after 'تاریخ به روزرسانی') is used, "
        "'۳ خرداد ۱۴۰۲' (after 'تاریخ به روزرسانی') is not"
    )
    assert notices(article) == [("updated-conflict", message, (57, 69))]


def test_unlabelled_header_date_that_disagrees_is_reported() -> None:
    """A labelled date wins over an unlabelled header date; the disagreement is reported."""
    text = "عنوان\n۲ خرداد ۱۴۰۲\nتاریخ انتشار: ۱ خرداد ۱۴۰۲" + BODY
    article = jm.parse_article(text)
    message = (
        "two published dates: '۱ خرداد ۱۴۰۲' (after 'تاریخ انتشار') is used, "
        "'۲ خرداد ۱۴۰۲' (date line) is not"
    )
    assert notices(article) == [("published-conflict", message, (6, 18))]


def test_unlabelled_dates_around_the_header_lose_to_a_label() -> None:
    """A labelled date wins over date lines above the title or under the body.

    A date line right above the title is strong evidence (scored above the conflict
    threshold, docs/formats.md "Which value wins"), so its disagreement is reported; a date
    line under the body is weak and quiet.
    """
    above = jm.parse_article("۳ خرداد ۱۴۰۲\nعنوان\nتاریخ انتشار: ۱ خرداد ۱۴۰۲" + BODY)
    below = jm.parse_article("عنوان\nتاریخ انتشار: ۱ خرداد ۱۴۰۲" + BODY + "۳ خرداد ۱۴۰۲")
    assert [above.published.isoformat(), below.published.isoformat()] == ["2023-05-22"] * 2
    assert ([w.code for w in above.warnings], below.warnings) == (["published-conflict"], ())


def test_unlabelled_header_date_is_the_publication_date() -> None:
    """With no labelled date, the first unlabelled header date is published, silently."""
    article = jm.parse_article("عنوان\n۱ خرداد ۱۴۰۲\n۲ خرداد ۱۴۰۲" + BODY)
    assert article.published.isoformat() == "2023-05-22"
    assert article.spans["published"] == (6, 18)


def test_update_before_publication_points_at_the_update() -> None:
    """updated-before-published is reported on the update date, with both dates named."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱\nتاریخ به روزرسانی: ۳ بهمن ۱۴۰۱" + BODY
    message = (
        "the update time '۳ بهمن ۱۴۰۱' is earlier than the publication time '۴ بهمن ۱۴۰۱'; "
        "both kept as printed"
    )
    assert notices(jm.parse_article(text)) == [("updated-before-published", message, (51, 62))]


def test_same_day_update_without_time_is_not_before() -> None:
    """An update on the publication day, one of them without a time, is not 'before'."""
    text = "عنوان\nتاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰\nتاریخ به روزرسانی: ۴ بهمن ۱۴۰۱" + BODY
    assert jm.parse_article(text).warnings == ()


# -- the article ID ------------------------------------------------------------------------------


def test_same_id_twice_is_one_id() -> None:
    """The same ID printed twice is no conflict."""
    article = jm.parse_article("عنوان\nکد خبر: 11\nکد خبر: ۱۱" + BODY)
    assert (article.number, article.warnings) == ("11", ())


def test_two_ids_conflict_on_the_second() -> None:
    """Two different IDs: the header's first is kept, number-conflict on the other."""
    article = jm.parse_article("عنوان\nکد خبر: 11" + BODY + "کد خبر: 12")
    message = "two article IDs: '11' after 'کد خبر' is used, '12' after 'کد خبر' is not"
    assert article.number == "11"
    assert notices(article) == [("number-conflict", message, (63, 65))]


def test_invalid_id_is_skipped_for_the_next_one() -> None:
    """A value that is not an ID is reported; the next valid ID is the number."""
    article = jm.parse_article("عنوان\nکد خبر: الف\nکد خبر: 12" + BODY)
    assert (article.number, article.spans["number"]) == ("12", (26, 28))
    expected = [("number-invalid", "'الف' after 'کد خبر' is not an article ID", (14, 17))]
    assert notices(article) == expected


def test_dated_id_that_agrees_is_silent() -> None:
    """An ID that starts with the publication date (14011103...) needs no note."""
    article = jm.parse_article("عنوان\nکد خبر: 14011103000123\nتاریخ انتشار: ۳ بهمن ۱۴۰۱" + BODY)
    assert (article.number, article.warnings) == ("14011103000123", ())


def test_dated_id_that_disagrees_is_noted_on_the_id() -> None:
    """An ID starting with another Jalali date than the publication day is noted on the ID."""
    article = jm.parse_article("عنوان\nکد خبر: 14011103000123\nتاریخ انتشار: ۴ بهمن ۱۴۰۱" + BODY)
    message = (
        "the ID '14011103000123' starts with the date 1401/11/03, but the publication date is "
        "1401/11/04; the printed date is kept"
    )
    assert notices(article) == [("number-date-mismatch", message, (14, 28))]


def test_dated_id_is_compared_only_with_a_jalali_date() -> None:
    """A publication date printed in Gregorian is not compared with the ID's Jalali digits."""
    text = "عنوان\nکد خبر: 14011103000123\nتاریخ انتشار: 24 January 2023" + BODY
    assert jm.parse_article(text).warnings == ()


# -- text fields ---------------------------------------------------------------------------------


def test_header_category_beats_footer_category() -> None:
    """A category in the header wins over one in the footer."""
    article = jm.parse_article("عنوان\nسرویس: ورزشی" + BODY + "سرویس: سیاسی")
    assert (article.category, article.spans["category"]) == ("ورزشی", (13, 18))


def test_empty_label_gives_way_to_a_filled_one() -> None:
    """An empty category label is skipped for the next label with a value."""
    article = jm.parse_article("عنوان\nسرویس:\n\nسرویس: سیاسی" + BODY)
    assert article.category == "سیاسی"


def test_labelled_source_beats_the_agency_after_a_date() -> None:
    """«منبع:» wins over the agency name printed after the date line."""
    text = "عنوان\nدوشنبه، ۳ بهمن ۱۴۰۱، ساعت ۰۹:۱۵  — ایرنا\nمنبع: ایسنا" + BODY
    article = jm.parse_article(text)
    assert article.source == "ایسنا"


# -- issue 16, real pages: title evidence and line shapes ----------------------------------------

PARAS = (
    "\nمتن نخست خبر که چند جمله دارد و به موضوع اصلی می‌پردازد و تمام می‌شود.\n"
    "متن دوم خبر هم جزئیات بیشتری از همین رویداد را برای خواننده بیان می‌کند.\n"
)


def test_quoted_name_in_a_headline_is_not_a_breadcrumb() -> None:
    """«...» around a name is quotation: the headline is still the title."""
    article = jm.parse_article("اخبار سیاسی\n\nسفر «وزیر» به ترکیه به تعویق افتاد\n" + PARAS)
    assert article.title == "سفر «وزیر» به ترکیه به تعویق افتاد"


def test_permalink_slug_names_the_title() -> None:
    """A printed address whose slug spells a short line makes that line the title."""
    text = (
        "آفتاب سنجی\nمرکز دانشنامه بزرگ\nچهارشنبه 25 دی 1398\n"
        "https://example.ir/fa/article/246901/آفتاب-سنجی\n" + PARAS
    )
    assert jm.parse_article(text).title == "آفتاب سنجی"


def test_tag_heading_names_the_listing_page() -> None:
    """The short line over «برچسب ها» is the tag page's title, not the first item's headline."""
    text = "روندهای سیاسی\nبرچسب ها\nخبر نخست درباره یک سفر کوتاه منتشر شد\n" + PARAS
    assert jm.parse_article(text).title == "روندهای سیاسی"


def test_excerpts_with_a_read_more_button_make_a_listing() -> None:
    """Excerpts with «بیشتر بخوانید »»: the line above the first item is the title, warned."""
    text = "شهرستان جدید\nانتصاب سرپرستان تازه در چند شهرستان\n" + PARAS + "بیشتر بخوانید »\n"
    article = jm.parse_article(text)
    assert (article.title, article.evidence["title"]) == ("شهرستان جدید", "listing name")
    assert codes(article) == ["listing-page"]


def test_a_related_link_under_read_more_inside_an_article_is_no_listing() -> None:
    """«بیشتر بخوانید» over another item's headline and its date, inside the running text:
    a related link, not a list's button; the page is one article and the link's date is
    not its date."""
    text = (
        "اقتصاد شهری\nسه پارک تازه در حاشیه شهر ساخته می‌شود\n"
        + PARAS
        + "بیشتر بخوانید\nمهلت ثبت نام مسکن ملی تا پایان ماه تمدید شد\n۲۰/۱۲/۲۰۲۵\n"
        + "متن سوم خبر پس از پیوند مرتبط ادامه می‌یابد و نکته دیگری را بیان می‌کند.\n"
    )
    article = jm.parse_article(text)
    assert (article.title, article.published, codes(article)) == (
        "سه پارک تازه در حاشیه شهر ساخته می‌شود",
        None,
        [],
    )


def test_read_more_before_a_headline_and_its_excerpt_still_makes_a_listing() -> None:
    """A button followed by the next item's headline and excerpt (no date line alone under
    the headline) still marks a list of excerpts."""
    text = (
        "شهرستان جدید\nانتصاب سرپرستان تازه در چند شهرستان\n"
        + PARAS
        + "بیشتر بخوانید »\nسه پارک تازه در حاشیه شهر ساخته می‌شود\n"
        + PARAS
    )
    article = jm.parse_article(text)
    assert (article.title, codes(article)) == ("شهرستان جدید", ["listing-page"])


def test_an_exclaimed_headline_over_its_date_line_is_the_title() -> None:
    """A headline ending with «!» (or a question mark) with its date line right under it
    (a subtitle between at most) is the headline, not the body's first paragraph."""
    for mark in ("!", "؟"):
        headline = "مردم شهر تا پایان هفته همه خیابان‌های محله را پاک کنند" + mark
        text = (
            "خانه\nاستان‌ها\n" + headline + "\nگزارش روزانه پاکیزگی شهر\n"
            "سه شنبه ۵ اسفند ۱۳۹۹ ساعت ۰۸:۳۸\n" + PARAS
        )
        assert jm.parse_article(text).title == headline


def test_a_paragraph_ending_with_an_exclamation_above_running_text_is_the_body() -> None:
    """A long line ending with «!» followed by running text is the lead, not a headline."""
    lead = "مردم شهر تا پایان هفته همه خیابان‌های محله را پاک کنند و زباله را جدا کنند!"
    article = jm.parse_article("خیابان‌های پاکیزه\n" + lead + PARAS)
    assert article.title == "خیابان‌های پاکیزه"
    assert article.lead == lead


_EXCLAIMED = "مردم شهر تا پایان هفته همه خیابان‌های محله را پاک کنند"


@pytest.mark.parametrize(
    "header",
    [
        "سه شنبه ۵ اسفند ۱۳۹۹ ساعت ۰۸:۳۸\n",  # the date line right under the headline
        "گزارش روزانه پاکیزگی شهر\nکد خبر: ۱۲۳۴۵\n",  # a label line under a subtitle
        "گزارش روزانه پاکیزگی شهر\nسی شنبه ۵ حوت ۱۳۹۹ ساعت ۰۸:۳۸\n",  # a date with company
    ],
)
@pytest.mark.parametrize("mark", ["!", "!!", "؟", "?"])
def test_an_exclaimed_headline_over_its_header_lines(header: str, mark: str) -> None:
    """A headline ending with «!», «!!», «؟» or «?» over its date or label line (right under
    it, or under a subtitle) is the title, not the body's first paragraph."""
    text = "خانه\nاستان‌ها\n" + _EXCLAIMED + mark + "\n" + header + PARAS
    assert jm.parse_article(text).title == _EXCLAIMED + mark


def test_an_exclaimed_headline_of_the_most_words_a_headline_has() -> None:
    """25 words (a headline's most) ending with «!» over its date line: still the title."""
    headline = " ".join(["واژه"] * 24) + " بیدار!"  # 25 words
    text = "خانه\nاستان‌ها\n" + headline + "\nسه شنبه ۵ اسفند ۱۳۹۹ ساعت ۰۸:۳۸\n" + PARAS
    assert jm.parse_article(text).title == headline


def test_an_exclaimed_line_with_its_date_three_lines_below_starts_the_body() -> None:
    """Two lines between an exclaimed paragraph and a date line: no header under it, so it
    is the lead (the date is farther than a headline's header stands)."""
    lead = _EXCLAIMED + " و زباله را جدا کنند!"
    text = (
        "خیابان‌های پاکیزه\n" + lead + "\nگزارش روزانه\nپاکیزگی شهر\n"
        "سه شنبه ۵ اسفند ۱۳۹۹ ساعت ۰۸:۳۸\n" + PARAS
    )
    assert jm.parse_article(text).lead == lead


def test_an_exclaimed_paragraph_over_a_short_line_and_running_text_is_the_lead() -> None:
    """An exclaimed paragraph with a short text line under it (no date, no label) is the
    lead: a short line is no header."""
    lead = _EXCLAIMED + " و زباله را جدا کنند!"
    text = "خیابان‌های پاکیزه\n" + lead + "\nعکس: آرشیو\n" + PARAS
    assert jm.parse_article(text).lead == lead


@pytest.mark.parametrize("words", [3, 25])  # 25: the most words of a headline
def test_a_related_link_of_any_headline_length_inside_an_article(words: int) -> None:
    """A related link's headline of 3 to 25 words (a headline's most) under «بیشتر بخوانید»,
    with its date, even at the very end of the text: no list, no date taken."""
    related = " ".join(["واژه"] * words)
    text = (
        "اقتصاد شهری\nسه پارک تازه در حاشیه شهر ساخته می‌شود\n"
        + PARAS
        + "بیشتر بخوانید\n"
        + related
        + "\n۲۰/۱۲/۲۰۲۵\n"
    )
    article = jm.parse_article(text)
    assert (article.title, article.published, codes(article)) == (
        "سه پارک تازه در حاشیه شهر ساخته می‌شود",
        None,
        [],
    )


@pytest.mark.parametrize("button", ["بیشتر بخوانید", "Read more »", "READ MORE"])
def test_a_read_more_button_with_one_line_under_it_ends_a_list_of_excerpts(button: str) -> None:
    """A read-more button (in any case) with a single line after it at the text's end is a
    list's button, not a related link (which needs its headline and its date)."""
    text = (
        "شهرستان جدید\nانتصاب سرپرستان تازه در چند شهرستان\n"
        + PARAS
        + button
        + "\nسه پارک تازه در حاشیه شهر ساخته می‌شود\n"
    )
    article = jm.parse_article(text)
    assert (article.title, codes(article)) == ("شهرستان جدید", ["listing-page"])


@pytest.mark.parametrize("spacing", ["\n", "\n\n"])
def test_a_daily_box_is_page_chrome(spacing: str) -> None:
    """«حدیث روز» and the saying under it (a daily box at the top of the page) are neither
    the title nor the start of the body; the date line after them is still read."""
    text = (
        "حدیث روز\nپیامبر اکرم (ص) می فرماید: طلب علم بر هر مسلمانی واجب است و ثواب دارد.\n"
        "۲۸ فروردین ۱۴۰۲ - ۱۴:۵۳\nسه پارک تازه در حاشیه شهر ساخته می‌شود" + PARAS
    ).replace("\n", spacing)
    article = jm.parse_article(text)
    assert (article.title, article.published.isoformat()) == (  # type: ignore[union-attr]
        "سه پارک تازه در حاشیه شهر ساخته می‌شود",
        "2023-04-17T14:53:00+03:30",
    )
    assert [(i.text, i.reason) for i in article.ignored][:2] == [
        ("حدیث روز", "widget"),
        ("پیامبر اکرم (ص) می فرماید: طلب علم بر هر مسلمانی واجب است و ثواب دارد.", "widget"),
    ]


def test_a_daily_box_ends_at_a_blank_line() -> None:
    """In a single-spaced text the box ends at the first blank line: what follows is the page."""
    text = (
        "حدیث روز\nطلب علم بر هر مسلمانی واجب است.\n\nسه پارک تازه در حاشیه شهر ساخته می‌شود" + PARAS
    )
    article = jm.parse_article(text)
    assert article.title == "سه پارک تازه در حاشیه شهر ساخته می‌شود"
    assert article.lead == PARAS.strip().splitlines()[0]


@pytest.mark.parametrize("label", ["نویسندگان:", "پدیدآورنده:", "نویسنده:", "منبع:"])
def test_the_value_under_an_empty_text_label_is_never_the_title(label: str) -> None:
    """«نویسندگان:» alone, the names on the next line (rasekhoon.net): the names are the
    field's value (authors, or source), not the title, whatever their score."""
    text = (
        "سیر پیدایش فرهنگ‌های لغت عربی در قرن‌های نخست\nجمعه، 14 آبان 1395\n"
        + label
        + "\nحسن کریمی و مریم صالحی"
        + PARAS
    )
    article = jm.parse_article(text)
    assert article.title == "سیر پیدایش فرهنگ‌های لغت عربی در قرن‌های نخست"
    name = "source" if label == "منبع:" else "author"
    assert (name, "حسن کریمی و مریم صالحی") in [(f.name, f.value) for f in article.fields]


def test_a_headline_under_an_empty_source_label_and_a_blank_line_is_still_the_title() -> None:
    """A blank line after the empty label (single-spaced text): the next line is no value."""
    text = "منبع:\n\nسه پارک تازه در حاشیه شهر ساخته می‌شود" + PARAS
    assert jm.parse_article(text).title == "سه پارک تازه در حاشیه شهر ساخته می‌شود"


@pytest.mark.parametrize(
    ("line", "title", "published"),
    [
        ("اطلاعیه زمان انتخاب واحد نیمسال اول 97-96 1396/05/30",
         "اطلاعیه زمان انتخاب واحد نیمسال اول 97-96", "2017-08-21"),
        ("استاد دانشگاه: هیئت‌های ممیزه سخت‌گیرتر شده‌اند 2021-06-23T06:48:17+04:30",
         "استاد دانشگاه: هیئت‌های ممیزه سخت‌گیرتر شده‌اند", "2021-06-23T06:48:17+04:30"),
        ("اطلاعیه انتخاب واحد - ۱۴۰۲/۰۶/۲۸", "اطلاعیه انتخاب واحد", "2023-09-19"),
    ],
)  # fmt: skip
def test_a_headline_line_ending_with_its_date(line: str, title: str, published: str) -> None:
    """A headline and one numeric date run into one line (a portal's table row, an ISO stamp
    after the headline): the headline without the date is the title, the date is published."""
    article = jm.parse_article(line + PARAS)
    assert (article.title, article.published.isoformat()) == (title, published)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "line",
    [
        "آیین‌نامه انضباطی دانش‌آموزان مصوب 1388/05/20",  # the law's approval date
        "نشست خبری در ۲۸ شهریور ۱۴۰۲",  # a month's name: the headline's own phrase
        "اطلاعیه 1396/05/30",  # too short a headline to stand without its date
    ],
)
def test_a_headline_whose_date_is_its_own_phrase_keeps_it(line: str) -> None:
    """A date the headline's words lead into stays in the title and is no publication date."""
    article = jm.parse_article(line + PARAS)
    assert (article.title, article.published) == (line, None)


def test_a_login_forms_fields_are_no_title() -> None:
    """«نام کاربری یا نشانی ایمیل» / «رمز عبور» / «مرا به خاطر بسپار» over a lead with no
    headline line: no title, warned (the best line is site furniture)."""
    text = (
        "نام کاربری یا نشانی ایمیل\nرمز عبور\nمرا به خاطر بسپار\n"
        "شیراز- معاون گردشگری استان از تمدید ساعت بازدید موزه‌ها در تعطیلات خبر داد و گفت "
        "این تصمیم تا پایان ماه اجرا می‌شود.\n" + PARAS
    )
    article = jm.parse_article(text)
    assert (article.title, codes(article)) == (None, ["title-uncertain"])


def test_a_headline_about_passwords_is_still_a_headline() -> None:
    """A headline that names a password is not the form's field: it is the title."""
    text = "خانه\nهشدار پلیس درباره سرقت رمز عبور کاربران بانک‌ها" + PARAS
    assert jm.parse_article(text).title == "هشدار پلیس درباره سرقت رمز عبور کاربران بانک‌ها"


def test_keyword_list_is_not_a_headline() -> None:
    """A line of comma-separated keywords left open is never the title."""
    text = "«روز خبرنگار»\nروز خبرنگار, خبرنگار, هفده مرداد, پیام روز خبرنگار, متن کوتاه,\n" + PARAS
    assert jm.parse_article(text).title == "«روز خبرنگار»"


def test_numbered_heading_is_not_a_headline() -> None:
    """«الف: ...» right above the text is a numbered heading; the headline above it wins."""
    text = "شیوه نامه واگذاری غرفه های بازارچه های محلی\nالف: بازارچه محلی\n" + PARAS
    assert jm.parse_article(text).title == "شیوه نامه واگذاری غرفه های بازارچه های محلی"


def test_byline_with_pipe_date_and_time_is_read() -> None:
    """«نوشته شده توسط NAME | ۹ بهمن ۱۴۰۰ | ۲۲:۰۰» under the lead gives the date and time."""
    text = (
        "عنوان خبر درباره تراشه‌ها\nخلاصه خبر در یک جمله کوتاه برای خواننده آمده است ...\n"
        "نوشته شده توسط امیر امام جمعه | ۹ بهمن ۱۴۰۰ | ۲۲:۰۰" + PARAS
    )
    article = jm.parse_article(text)
    assert article.published.isoformat() == "2022-01-29T22:00:00+03:30"


def test_zone_note_after_the_time_ends_the_date_line() -> None:
    """«ساعت : 12:19 بوقت تهران» is Tehran time: the line is a date line, not a title."""
    article = jm.parse_article("۱۳۹۹ دوشنبه ۱۱ فروردين ساعت : 12:19 بوقت تهران\n" + PARAS)
    assert (article.title, article.published.isoformat()) == (None, "2020-03-30T12:19:00+04:30")


def test_month_and_year_alone_is_no_title() -> None:
    """«فروردین 1404» names no day and is no headline."""
    article = jm.parse_article("فروردین 1404\n" + PARAS)
    assert (article.title, article.published) == (None, None)


def test_issue_number_in_words_makes_an_issue_line() -> None:
    """«شماره هشت هزار و ... - ۰۷ شهریور ۱۴۰۲» is an issue line: its date is the issue's."""
    text = "روزنامه ایران - شماره هشت هزار و دویست - ۰۷ شهریور ۱۴۰۲ - صفحه ۳\nعنوان خبر" + PARAS
    article = jm.parse_article(text)
    assert (article.issue, article.published.isoformat()) == ("هشت هزار و دویست", "2023-08-29")
    assert codes(article) == ["issue-date-only"]


def test_zodiac_banner_puts_machine_times_in_kabul() -> None:
    """A page whose banner prints a zodiac month is Afghan: times are shown in Kabul time."""
    html = (
        '<html lang="fa"><head><meta property="article:published_time" '
        'content="2023-12-06T06:50:00+00:00"></head><body><div>پنجشنبه ۱۶ قوس ۱۴۰۲</div>'
        "<nav><a>صفحه اصلی</a><a>سیاسی</a><a>اقتصادی</a><a>اجتماعی</a><a>فرهنگی</a>"
        "<a>ورزشی</a><a>جهان</a></nav><h1>عنوان خبر</h1><p>لید خبر در یک جمله.</p></body></html>"
    )
    pytest.importorskip("selectolax")
    assert jm.parse_html(html).published.isoformat() == "2023-12-06T11:20:00+04:30"


# -- the page's URL as evidence (issue 16) -----------------------------------------------------

# A list's name, then its one item: a headline, a date line and a paragraph.
ONE_ITEM = "استان غربی تهران\n\nبررسی طرح جدا شدن شهرستان‌های غربی\n1402-11-15\n" + PARAS


def test_tag_url_makes_the_page_a_listing() -> None:
    """At a «/tag/NAME» address the line its slug spells is the title; the item's date is not."""
    article = jm.parse_article(ONE_ITEM, url="http://example.ir/tag/استان-غربی-تهران")
    assert (article.title, article.published) == ("استان غربی تهران", None)
    assert (article.evidence["title"], codes(article)) == ("listing name", ["listing-page"])
    assert article.url == "http://example.ir/tag/استان-غربی-تهران"


def test_without_a_url_one_item_reads_as_an_article() -> None:
    """The same text with no address (``url=None``): nothing marks a list (one article)."""
    article = jm.parse_article(ONE_ITEM, url=None)
    assert (article.title, article.published.isoformat(), article.url) == (
        "بررسی طرح جدا شدن شهرستان‌های غربی",
        "2024-02-04",
        None,
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://example.ir/fa/tags/256816/1/%D8%B3%D9%81%D8%B1",
        "https://example.ir/category/%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1/",
        "https://example.ir/tag/x/page/3/",
        "https://example.ir/page/2/",
        "https://example.ir/?s=%D8%B3%D9%81%D8%B1",
        "http://www.example.com/etiran/?cat=24",
        "https://example.ir/fa/archive",
        "https://example.ir/archives/1402/05",
        "https://example.blogspot.com/search/label/news",
        "https://example.ir/برچسب/سفر",
    ],
)
def test_listing_shaped_urls(url: str) -> None:
    """Tag, category, search, archive and pagination addresses make a list: no page date."""
    article = jm.parse_article(ONE_ITEM, url=url)
    assert (article.published, "listing-page" in codes(article)) == (None, True)


@pytest.mark.parametrize(
    "url",
    [
        "https://dgla.example.ac.ir/fa/page/3175/%D8%A2%DB%8C%DB%8C%D9%86-%D9%86%D8%A7%D9%85%D9%87",
        "http://ent.example.ac.ir/fa/research/page/19959/",
        "https://example.ir/archives/5736/%D8%B3%D9%81%D8%B1",
        "http://www.example.com/persian/archives/7128",
        "https://example.ir/fa/news/1127305/خبر-تازه",
        "http://example.ir/?p=1770",
        "https://example.ir/research/tagging-notes",
    ],
)
def test_article_urls_are_not_listings(url: str) -> None:
    """An article's address (an ID after «/page/» or «/archives/», «?p=») is no list."""
    article = jm.parse_article(ONE_ITEM, url=url)
    assert (article.published.isoformat(), codes(article)) == ("2024-02-04", [])


def test_url_slug_supports_the_line_it_spells() -> None:
    """Of two headline-shaped lines, the one the URL's slug spells is the title."""
    text = "گزارش تصویری از نمایشگاه\nنمایشگاه کتاب تهران گشایش یافت\n" + PARAS
    assert jm.parse_article(text).title == "نمایشگاه کتاب تهران گشایش یافت"
    url = "https://example.ir/fa/news/12345/گزارش-تصویری-از-نمایشگاه"
    assert jm.parse_article(text, url=url).title == "گزارش تصویری از نمایشگاه"


def test_url_date_path_is_the_weakest_published() -> None:
    """A text that prints no date takes its URL's «/1399/02/03/», with a warning."""
    article = jm.parse_article("عنوان خبر\n" + PARAS, url="https://example.ir/1399/02/03/x/")
    assert (article.published.isoformat(), article.evidence["published"]) == (
        "2020-04-22",
        "url",
    )
    assert codes(article) == ["published-from-url"]


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",
        "::::",
        "",
        "%%%/x%",
        "http://example.ir/fa/news/%ZZ%",
        "/1399/13/45/",
        "x" * 5000,
    ],
)
@pytest.mark.parametrize("strict", [False, True])
def test_malformed_url_is_no_evidence_and_never_raises(url: str, strict: bool) -> None:
    """A URL that cannot be read changes nothing but ``url``, in lenient and strict mode."""
    text = "عنوان خبر\nتاریخ انتشار: ۳ بهمن ۱۴۰۱\n" + PARAS
    plain = jm.parse_article(text, strict=strict)
    article = jm.parse_article(text, strict=strict, url=url)
    assert (jm.to_dict(article) | {"url": None, "hostname": None}) == (
        jm.to_dict(plain) | {"url": None, "hostname": None}
    )


def test_url_must_be_text() -> None:
    """A URL that is not a str is a TypeError, as for the text."""
    with pytest.raises(TypeError, match="url must be a str or None"):
        jm.parse_article("عنوان خبر\n" + PARAS, url=b"https://example.ir/")  # type: ignore[arg-type]


STANZA = (
    "بهار آمد و باغ از نو جوان شد\nزمین از عطر گل‌ها گلستان شد\n"
    "به میلاد تو ای مولای عالم\nدل هر خسته‌ای آرام جان شد\n"
)


def test_a_stanza_above_the_body_is_no_title() -> None:
    """Four short rhyming lines in a row are a poem: a page without a headline has no title."""
    article = jm.parse_article("تاریخ انتشار: ۳ بهمن ۱۴۰۱\n\n" + STANZA + PARAS)
    assert (article.title, article.published.isoformat()) == (None, "2023-01-23")


def test_the_headline_under_a_stanza_is_the_title() -> None:
    """A stanza's lines are set aside; the headline right under it is still the title."""
    article = jm.parse_article(STANZA + "جشنواره شعر جوان در شهرستان‌ها برگزار شد\n" + PARAS)
    assert article.title == "جشنواره شعر جوان در شهرستان‌ها برگزار شد"


def test_a_caption_printed_twice_under_the_headline_is_not_the_title() -> None:
    """An image's alt text and caption (one line twice in a row) under the headline lose."""
    caption = "وزیر خارجه در نشست خبری امروز\n"
    text = "رهایی ۱۴ زندانی از زندان‌های یک کشور همسایه\n\n" + caption * 2 + PARAS
    assert jm.parse_article(text).title == "رهایی ۱۴ زندانی از زندان‌های یک کشور همسایه"


def test_a_title_printed_twice_under_its_date_line_is_the_title() -> None:
    """The same line twice in a row under a date line (a print page) is still the title."""
    title = "آیین نامه ساماندهی مشاغل مزاحم شهری\n"
    text = (
        "تاریخ انتشار : ۳۰ مهر ۱۳۹۹ | ۱۲:۳۶\n"
        + title * 2
        + "آیین نامه اجرایی انتقال مشاغل\n"
        + PARAS
    )
    assert jm.parse_article(text).title == title.strip()


SIDEBAR = (
    "خبر های جدید\n\nاشتراک گسترده زنان در انتخابات ولسی جرگه\n\n"
    "کابل باختر /28 میزان 1397 شمار زیادی از زنان صبح امروز در مراکز رای دهی حاضر شدند و...\n\n"
    "همه مراکز رای دهی در دایکندی باز است\n\n"
    "نیلی 28 میزان 1397 باختر همه مراکز رای دهی در سراسر ولایت از صبح امروز باز بوده و...\n\n"
    "اعلانات\n\n"
)


def test_a_sidebar_of_cut_excerpts_does_not_start_the_body() -> None:
    """Excerpts cut with «...» above an article: the body and its headline come after them."""
    article = jm.parse_article(SIDEBAR + "مروری بر روزنامه های امروز کابل\n" + PARAS)
    assert (article.title, article.lead) == (
        "مروری بر روزنامه های امروز کابل",
        PARAS.split("\n")[1],
    )


def test_a_yearless_dateline_is_no_title() -> None:
    """«کابل باختر/17/ سنبله» (place, agency, day and month) is a dateline, not the headline."""
    text = "مروری بر روزنامه های امروز کابل\n\nکابل باختر/17/ سنبله\n" + PARAS
    assert jm.parse_article(text).title == "مروری بر روزنامه های امروز کابل"


@pytest.mark.parametrize("value", ["12 345", "۱۲ ۳۴۵", "12345  67", "N12345 77"])
def test_an_id_followed_by_a_digit_group_is_refused_not_cut(value: str) -> None:
    """«کد خبر: 12 345» is one number printed with a space: refused with a warning, never 12."""
    article = jm.parse_article(f"عنوان خبر\nکد خبر: {value}\nمتن خبر.")
    assert (article.number, [w.code for w in article.warnings]) == (None, ["number-invalid"])


@pytest.mark.parametrize(
    ("line", "number"),
    [("کد خبر: 12345 ۱۴۰۲/۰۶/۲۸", "12345"), ("کد خبر: 12345  ۱۶:۴۲", "12345")],
)
def test_an_id_followed_by_a_date_or_time_keeps_the_id(line: str, number: str) -> None:
    """A date or a time after the ID on its line is another segment: the ID is read."""
    assert number == jm.parse_article(f"عنوان خبر\n{line}\nمتن خبر.").number


def test_a_time_range_on_a_time_line_is_no_offset() -> None:
    """«ساعت: 10:00-12:00» under a date is not 10:00 at UTC-12: the day stays, with a warning."""
    article = jm.parse_article("عنوان خبر\nتاریخ: ۱۴۰۲/۰۶/۲۸\nساعت: 10:00-12:00\nمتن خبر.")
    assert article.published is not None
    assert (article.published.isoformat(), codes(article)) == ("2023-09-19", ["invalid-date"])


@pytest.mark.parametrize(
    ("url", "hostname"),
    [("https://www.Example.ir/fa/news/1", "www.example.ir"), ("http://[::1", None), ("متن", None)],
)
def test_text_with_a_url_has_its_hostname(url: str, hostname: str | None) -> None:
    """parse_article(url=...) sets url and its lower-case host, as an HTML page's canonical does."""
    article = jm.parse_article("عنوان خبر\nمتن خبر.", url=url)
    assert (article.url, article.hostname) == (url, hostname)


def test_an_id_followed_by_a_date_with_a_month_name_keeps_the_id() -> None:
    """«کد خبر: ۷۷۸۸۱ ۳ بهمن ۱۴۰۱ - ۰۰:۰۰»: the day's digits start a date, so the ID stands."""
    article = jm.parse_article("عنوان خبر\nکد خبر: ۷۷۸۸۱ ۳ بهمن ۱۴۰۱ - ۰۰:۰۰\nمتن خبر.")
    assert article.published is not None
    assert (article.number, article.published.isoformat()) == ("77881", "2023-01-23T00:00:00+03:30")


def test_a_date_joined_to_its_time_line_keeps_its_label_in_conflicts() -> None:
    """A labelled date whose time is on the next line is named by its label in a conflict."""
    article = jm.parse_article(
        "عنوان خبر\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۸\n۱۶:۴۲\nتاریخ انتشار: ۱۴۰۲/۰۶/۲۰ ۱۰:۰۰\nمتن خبر."
    )
    conflict = next(w for w in article.warnings if w.code == "published-conflict")
    assert conflict.message.count("(after 'تاریخ انتشار')") == 2


def test_the_url_date_note_names_the_date() -> None:
    """published-from-url says which date of the address was used."""
    article = jm.parse_article("عنوان خبر\nمتن خبر.", url="https://x.ir/news/1402/06/28/5/s")
    note = next(w for w in article.warnings if w.code == "published-from-url")
    assert "'1402/6/28'" in note.message


# -- the title among a newspaper item's heading lines -------------------------------------------


def test_about_line_under_a_headline_is_its_subtitle() -> None:
    """«درباره ...» right under a short headline names its subject: the headline is the title."""
    text = (
        "ستون خبرها\n\nگرانی بلیت\nدرباره قیمت سفرهای هوایی\n"
        "خبر اول اینکه یک پایگاه خبری دیروز با نقل قولی نادرست مدعی شد قیمت بلیت پروازهای "
        "داخلی دو برابر می‌شود؛ در حالی که مسئولان این خبر را رد کرده‌اند و نرخ تازه‌ای "
        "اعلام نشده است.\n"
    )
    assert jm.parse_article(text).title == "گرانی بلیت"


def test_about_line_under_a_kicker_is_the_title() -> None:
    """Under a kicker that ends with a colon, a «درباره ...» line is still the headline."""
    text = (
        "یادداشت سردبیر:\nدرباره قیمت سفرهای هوایی\n"
        "یک پایگاه خبری دیروز با نقل قولی نادرست مدعی شد قیمت بلیت پروازهای داخلی دو برابر "
        "می‌شود؛ در حالی که مسئولان این خبر را رد کرده‌اند و نرخ تازه‌ای اعلام نشده است.\n"
    )
    assert jm.parse_article(text).title == "درباره قیمت سفرهای هوایی"


ITEM = (
    "چند بانک دولتی و خصوصی از هفته آینده اسکناس نو را در شعب منتخب خود در سراسر کشور "
    "توزیع می‌کنند و مشتریان می‌توانند با مراجعه به این شعب و ارائه کارت ملی تا سقف "
    "تعیین شده اسکناس نو دریافت کنند.\n"
)
ITEM2 = (
    "رئیس یک اتحادیه صنفی می‌گوید برخی فروشندگان با دامن زدن به شایعه کمبود برنج در بازار "
    "قیمت‌ها را بالا برده‌اند، در حالی که انبارهای کشور برای چند ماه آینده ذخیره کافی دارند.\n"
)


def test_short_news_column_name_is_the_title() -> None:
    """«اخبار کوتاه» over headline/paragraph items: the column's name is the page's title."""
    text = (
        "اقتصادی\n\nاخبار کوتاه\n\nتوزیع اسکناس نو در شعب منتخب بانک‌ها\n\n" + ITEM
        + "\nکمبود برنج بهانه گرانفروشی است\n\n" + ITEM2
    )  # fmt: skip
    article = jm.parse_article(text)
    assert (article.title, article.evidence["title"]) == ("اخبار کوتاه", "listing name")
    assert "listing-page" in codes(article)


def test_news_category_over_an_article_is_not_its_title() -> None:
    """A category line («اخبار اقتصادی») over a headline, lead and subheading stays chrome."""
    text = (
        "اخبار اقتصادی\n\nتوزیع اسکناس نو در شعب منتخب بانک‌ها\n\n" + ITEM
        + "\nکمبود برنج بهانه گرانفروشی است\n\n" + ITEM2
    )  # fmt: skip
    assert jm.parse_article(text).title == "توزیع اسکناس نو در شعب منتخب بانک‌ها"


def test_a_days_news_roundup_names_its_day() -> None:
    """«آخرین خبرهای <date>» over timed items is the title, and the date line under it dates it."""
    text = (
        "۱. پرش به گزارش\n۲. پرش به منوی اصلی\n\nآخرین خبرهای شنبه ۳۱ شهریور ۱۳۹۷\n\n"
        "۱۳۹۷ شهریور ۳۱, شنبه\n\n[۲۲:۱۹]\nواکنش یک سخنگو به حمله اهواز\n\n" + ITEM
        + "\n[۲۱:۰۵]\nشکست تیم ملی والیبال برابر کانادا\n\n" + ITEM2
    )  # fmt: skip
    article = jm.parse_article(text)
    assert (article.title, article.published.isoformat()) == (
        "آخرین خبرهای شنبه ۳۱ شهریور ۱۳۹۷",
        "2018-09-22",
    )


# -- a headline that states the event over its subtitle (issue 16, page 001) --------------------

# A newspaper archive page: issue line, a poem box, then the item (words written for these tests).
_ISSUE = (
    "دوشنبه ۱۴ آذر ۱۳۸۳ - سال دوازدهم - شماره ۳۵۶۸ - Dec 4, 2004\n"
    "امروز با حافظ\n"
    "دلم ربوده لولي وشي است شورانگيز\n"
)
_BODY = (
    "گروه شهري: شوراي شهر تهران ديروز طرح تازه اي را براي نوسازي پل هاي عابر پياده در "
    "مركز شهر تصويب كرد و اجراي آن از ماه آينده آغاز مي شود.\n"
    "رئيس كميسيون عمران شورا گفت: در مرحله نخست بيست پل فرسوده بازسازي مي شود و هزينه آن "
    "از محل عوارض نوسازي تامين خواهد شد.\n"
)


def test_headline_with_a_verb_over_a_subtitle_without_one() -> None:
    """«... نوسازي مي شوند» over «تصويب طرح ... پل هاي عابر»: the upper line is the title."""
    text = _ISSUE + "پل هاي عابر پياده نوسازي مي شوند\nتصويب طرح بيست پل تازه در مركز شهر\n" + _BODY
    article = jm.parse_article(text)
    assert article.title == "پل هاي عابر پياده نوسازي مي شوند"


def test_headline_over_subtitle_when_only_the_lead_shares_its_words() -> None:
    """A headline sharing no word with its subtitle but with the lead under it still wins."""
    text = _ISSUE + "شوراي شهر كوتاه نمي آيد\nپايان دو سال انتظار ساكنان مركز تهران\n" + _BODY
    assert jm.parse_article(text).title == "شوراي شهر كوتاه نمي آيد"


def test_kicker_without_a_verb_over_a_headline_with_one() -> None:
    """«در جلسه ...» (a kicker naming the context) over «... تصويب شد»: the lower line."""
    text = _ISSUE + "در جلسه علني شوراي شهر تهران\nطرح نوسازي پل هاي عابر تصويب شد\n" + _BODY
    assert jm.parse_article(text).title == "طرح نوسازي پل هاي عابر تصويب شد"


def test_kicker_with_a_verb_of_saying_stays_a_kicker() -> None:
    """«رئيس كميسيون ... خبر داد» (a speaker) over a phrase: the phrase is the headline."""
    for kicker in ("رئيس كميسيون عمران شوراي شهر خبر داد", "رئيس كميسيون عمران شورا مي گويد"):
        text = _ISSUE + kicker + "\nنوسازي بيست پل عابر پياده در مركز شهر\n" + _BODY
        assert jm.parse_article(text).title == "نوسازي بيست پل عابر پياده در مركز شهر"


def test_kicker_naming_the_occasion_over_a_headline() -> None:
    """«در نشست ... مطرح شد», «با حضور ... برگزار شد» (a kicker naming where it was said or
    held, a news agency's روتیتر) over a phrase: the phrase is the headline, not its subtitle."""
    for kicker in ("در نشست خبري شوراي شهر مطرح شد", "با حضور شهردار تهران برگزار شد"):
        text = _ISSUE + kicker + "\nنوسازي بيست پل عابر پياده در مركز شهر\n" + _BODY
        assert jm.parse_article(text).title == "نوسازي بيست پل عابر پياده در مركز شهر"


def test_headline_opening_with_in_and_ending_with_a_verb_keeps_its_subtitle() -> None:
    """«در مركز شهر ... ساخته شد» states an event (no occasion noun before «شد»): it is the
    headline over the phrase under it."""
    text = (
        _ISSUE + "در مركز شهر بيست پل عابر ساخته شد\nتصويب طرح بيست پل تازه در مركز شهر\n" + _BODY
    )
    assert jm.parse_article(text).title == "در مركز شهر بيست پل عابر ساخته شد"


def test_verse_with_a_verb_over_an_unrelated_headline_is_no_headline() -> None:
    """A verse line ending with «نيست» over a headline of another story is not its headline."""
    text = _ISSUE + "كه در اين راه هيچ منزل بي خطر نيست\nبيست پل عابر تازه در مركز شهر\n" + _BODY
    assert jm.parse_article(text).title == "بيست پل عابر تازه در مركز شهر"


def test_two_headlines_with_verbs_keep_the_lower_one() -> None:
    """Both lines state an event (a kicker sentence over the headline): the lower line stays."""
    text = _ISSUE + "مهلت ثبت نام به پايان رسيد\nبيست پل عابر پياده نوسازي مي شوند\n" + _BODY
    assert jm.parse_article(text).title == "بيست پل عابر پياده نوسازي مي شوند"


# -- a bare date above the headline (issue 16, page 256 without its address) ---------------------

_TEASER = (
    "ساخت سه پارک تازه در حاشیه شهر\n"
    "{date}\n"
    "کدام محله‌ها زودتر صاحب پارک می‌شوند؟\n"
    "ساخت سه پارک تازه در حاشیه شهر\n"
    "معاون شهردار در جمع خبرنگاران گفت: ساخت نخستین پارک از ماه آینده آغاز می‌شود و دو پارک "
    "دیگر تا پایان سال به بهره‌برداری می‌رسد تا ساکنان حاشیه شهر هم فضای سبز داشته باشند.\n"
)


@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_bare_date_between_two_prints_of_a_headline_is_noted(blank: str) -> None:
    """«1403-02-20» alone between a headline and its second print (a list item): a note."""
    article = jm.parse_article(_TEASER.format(date="1403-02-20").replace("\n", blank))
    assert (article.published.isoformat(), codes(article)) == (
        "2024-05-09",
        ["published-unlabelled"],
    )


def test_bare_date_under_a_headline_printed_once_is_not_noted() -> None:
    """A headline, then its date alone on the next line, then the body: the article's date."""
    lines = _TEASER.format(date="1403-02-20").splitlines()
    article = jm.parse_article("\n".join([lines[0], lines[1], lines[4]]))
    assert (article.published.isoformat(), codes(article)) == ("2024-05-09", [])


@pytest.mark.parametrize(
    "date", ["1403-02-20 - 10:15", "پنجشنبه ۲۰ اردیبهشت ۱۴۰۳", "خبرگزاری مهر / ۱۴۰۳/۰۲/۲۰"]
)
def test_date_with_a_time_weekday_or_source_above_the_title_is_not_noted(date: str) -> None:
    """With a time, a weekday or a source beside it, the date line above the title is the header."""
    article = jm.parse_article(_TEASER.format(date=date))
    assert (article.published.isoformat()[:10], codes(article)) == ("2024-05-09", [])


# -- a newspaper page's PDF text layer (issue 16, pages 041 and 043) ------------------------------

_FRONT = (
    "نشریه نمونه شماره 2210\n\n"
    "یک اقتصاددان: news.example.ir {date} ISSN 1234-5678 بازار مسکن در انتظار تصمیم تازه "
    "بانک مرکزی است صفحه 3 قیمت 5000تومان شماره 2210 {twin} صادرات فرش دستباف دوباره رونق "
    "گرفت صفحه 5 بازگشایی کتابخانه‌های محلی پس از تعطیلات از روز شنبه آغاز می‌شود و "
    "کتابداران می‌گویند شمار اعضای تازه امسال بیشتر از سال‌های پیش بوده است.\n"
)


def test_masthead_date_inside_a_front_page_paragraph_is_the_issue_date() -> None:
    """«شماره 2210» and «دوشنبه 7آبان ماه 1403» run into one paragraph: the issue date."""
    article = jm.parse_article(_FRONT.format(date="دوشنبه  7آبان ماه 1403", twin="2024October28"))
    assert (article.published.isoformat(), article.number, article.issue, codes(article)) == (
        "2024-10-28",
        None,
        "2210",
        ["issue-date-only"],
    )


@pytest.mark.parametrize(
    "date",
    ["سه شنبه  7آبان ماه 1403", "7آبان ماه 1403"],
    ids=["weekday-disagrees", "no-weekday"],
)
def test_paragraph_date_without_its_weekday_is_no_masthead(date: str) -> None:
    """A date whose weekday is missing or wrong, beside «شماره N», stays a mention."""
    article = jm.parse_article(_FRONT.format(date=date, twin=""))
    assert (article.published, article.issue) == (None, None)


def test_masthead_in_a_paragraph_gives_way_to_the_articles_own_date() -> None:
    """An article with its own labelled date keeps it; the masthead date only fills a gap."""
    text = "عنوان خبر نمونه\nتاریخ انتشار: ۱۴۰۳/۰۸/۰۹ - ۱۰:۲۰\n" + _FRONT.format(
        date="دوشنبه  7آبان ماه 1403", twin=""
    )
    assert jm.parse_article(text).published.isoformat() == "2024-10-30T10:20:00+03:30"


def test_english_masthead_line_of_a_front_page() -> None:
    """«(Tehran Sunday 3 Nov. 2024 No. 7788» on a front page without paragraphs: the issue date."""
    text = (
        "Page 1\n\n"
        "سال بیستم شماره  7788یکشنبه  13آبان  1 1403جمادی  24 1446صفحه\n\n"
        "رئیس سازمان هواشناسی در نشست خبری هشدار داد\n\n"
        "بارش‌های پاییزی زودتر از همیشه از راه می‌رسد\n\n"
        "شهرهای شمالی کشور از اواخر هفته با کاهش دما و باران‌های پراکنده روبه‌رو می‌شوند صفحه 4\n\n"
        ")ISSN1234-5678 Keytitle: NAMUNE (Tehran Sunday 3 Nov. 2024 No. 7788\n"
    )
    article = jm.parse_article(text)
    assert (article.title, article.published.isoformat(), codes(article)) == (
        "بارش‌های پاییزی زودتر از همیشه از راه می‌رسد",
        "2024-11-03",
        ["issue-date-only"],
    )


@pytest.mark.parametrize("label", ["Page 12", "P. 12", "صفحه ۱۲"])
def test_a_viewers_page_label_is_never_the_title(label: str) -> None:
    """«Page 12» on its own line (a PDF viewer's label) over a short text is not its title."""
    article = jm.parse_article(label + "\nبارش‌های پاییزی زودتر از همیشه از راه می‌رسد\n")
    assert article.title == "بارش‌های پاییزی زودتر از همیشه از راه می‌رسد"


def test_a_first_line_ending_with_another_verb_is_still_the_title() -> None:
    """A short text's first line ending with a verb that reports no speech stays its title."""
    article = jm.parse_article("بارش باران پاییزی در شمال آغاز شد\nباران در راه است\n")
    assert article.title == "بارش باران پاییزی در شمال آغاز شد"


def test_a_speakers_kicker_without_a_colon_is_not_the_title() -> None:
    """«... هشدار داد» (a speaker, no colon) over a headline: the headline is the title."""
    article = jm.parse_article("رئیس سازمان هواشناسی هشدار داد\nباران در راه است\n")
    assert article.title == "باران در راه است"


_WATER = (
    "به گزارش خبرنگار ما، وزیر نیرو در جمع مدیران صنعت آب گفت که بیش از نیمی از سدهای کشور کمتر "
    "از یک سوم ظرفیت خود آب دارند و مردم باید مصرف را کاهش دهند.\n"
    "وی افزود: طرح‌های انتقال آب به شهرهای بزرگ تا پایان سال به بهره‌برداری می‌رسد و تعرفه‌های "
    "تازه برای مشترکان پرمصرف اعمال خواهد شد.\n"
)


def test_short_headline_under_a_speakers_kicker_without_a_colon() -> None:
    """«بحران آب» (two words) under «وزیر ... تأکید کرد» is the headline the kicker introduces."""
    text = "اخبار\nسیاسی\nوزیر نیرو در جمع مدیران صنعت آب تأکید کرد\nبحران آب\n۱۴۰۳/۰۸/۰۹ - ۱۰:۲۰\n"
    assert jm.parse_article(text + _WATER).title == "بحران آب"


def test_a_question_ending_with_a_verb_of_saying_is_a_headline() -> None:
    """«... چه می‌گوید؟» is a question headline, not a speaker's kicker."""
    article = jm.parse_article("یک مدل پیش‌بینی درباره ریال چه می‌گوید؟\nنمودار نرخ دلار\n")
    assert article.title == "یک مدل پیش‌بینی درباره ریال چه می‌گوید؟"


def test_an_item_under_a_lists_label_is_no_headline_over_a_subtitle() -> None:
    """«تازه‌ترین‌ها:» then an item with a verb over a verbless headline: the headline stays."""
    text = (
        "تازه‌ترین‌ها:\nنمایشگاه کتاب کودک بدون محدودیت برگزار شد\n"
        "نشست تشریح برنامه‌های نمایشگاه کتاب استان\n"
        "به گزارش خبرنگار ما، نشستی برای تشریح برنامه‌های نمایشگاه کتاب استان برگزار شد و "
        "مسئولان از حضور بیش از دویست ناشر در این دوره خبر دادند.\n"
        "دبیر نمایشگاه گفت: امسال برای نخستین بار بخشی ویژه کتاب‌های صوتی در نظر گرفته شده است "
        "و ناشران شهرستانی غرفه رایگان دارند.\n"
    )
    assert jm.parse_article(text).title == "نشست تشریح برنامه‌های نمایشگاه کتاب استان"


def test_a_passive_announced_headline_is_no_speakers_kicker() -> None:
    """«... اعلام شد» (was announced) is a headline's passive, not a speaker's kicker."""
    article = jm.parse_article("نتایج انتخابات شوراها اعلام شد\nجزئیات آرای شهرها\n")
    assert article.title == "نتایج انتخابات شوراها اعلام شد"


def test_an_english_no_before_a_number_is_no_issue_number() -> None:
    """«no 12» in English words beside a weekday date is no masthead: no issue date."""
    article = jm.parse_article(
        _FRONT.replace("شماره 2210", "no 12").format(date="دوشنبه  7آبان ماه 1403", twin="")
    )
    assert (article.published, article.issue) == (None, None)


_PARK = (
    "شهرداری در این طرح بیست کتابخانه کوچک در پارک‌های شهر می‌سازد و کتاب‌های آن را شهروندان "
    "اهدا می‌کنند تا همه بتوانند رایگان کتاب بخوانند.\n"
    "مدیر طرح گفت که نخستین کتابخانه در هفته آینده در پارک مرکزی گشایش می‌یابد و بقیه تا پایان "
    "سال آماده خواهند شد.\n"
)
_PARK_TITLE = "کتابخانه‌های کوچک به پارک‌ها می‌آیند"


def uncertain(article: jm.Article) -> list[str]:
    """The messages of the article's title-uncertain warnings."""
    return [w.message for w in article.warnings if w.code == "title-uncertain"]


def test_a_headline_over_its_date_line_and_body_is_not_uncertain() -> None:
    """A headline, its date line and the body: the title comes with no title-uncertain warning."""
    article = jm.parse_article(f"{_PARK_TITLE}\nسه‌شنبه ۱۲ دی ۱۴۰۲ - ۱۰:۳۰\n\n{_PARK}")
    assert (article.title, uncertain(article)) == (_PARK_TITLE, [])


def test_a_close_competitor_makes_the_title_uncertain_and_is_named() -> None:
    """Two headline-shaped lines within a point of each other: the warning names the other one."""
    article = jm.parse_article(f"{_PARK_TITLE}\n\nگزارش ویژه شهر\n\n{_PARK}")
    messages = uncertain(article)
    assert len(messages) == 1
    assert any(line in messages[0] for line in (_PARK_TITLE, "گزارش ویژه شهر"))


def test_a_kicker_with_a_colon_and_no_headline_gives_no_title() -> None:
    """«گزارش هفته:» right above the body is a kicker with nothing under it: no title, a warning."""
    article = jm.parse_article(f"گزارش هفته:\n\n{_PARK}")
    assert None is article.title
    assert len(uncertain(article)) == 1


def test_a_kicker_with_a_colon_over_a_headline_gives_the_headline() -> None:
    """«گزارش هفته:» over a headline: the headline is the title, with no doubt."""
    article = jm.parse_article(f"گزارش هفته:\n{_PARK_TITLE}\n\n{_PARK}")
    assert (article.title, uncertain(article)) == (_PARK_TITLE, [])


@pytest.mark.parametrize("credit", [" - عکس: سارا احمدی", " - ایرنا"])
def test_a_caption_shaped_title_is_uncertain(credit: str) -> None:
    """A line ending with a photo credit («... - عکس: ...», «... - ایرنا») taken as title is warned."""
    article = jm.parse_article(f"کتابخانه‌ای در پارک مرکزی شهر در روز گشایش{credit}\n\n{_PARK}")
    assert len(uncertain(article)) == 1


def test_a_headline_with_a_dash_inside_is_not_caption_shaped() -> None:
    """«تهران - مشهد؛ ...» (a dash between words, more words after it) is no caption."""
    article = jm.parse_article(f"تهران - مشهد؛ قطار تازه به راه افتاد\n\n{_PARK}")
    assert uncertain(article) == []


def test_a_title_with_gutters_of_spaces_is_uncertain() -> None:
    """A line with runs of spaces inside (PDF columns run together) taken as title is warned."""
    article = jm.parse_article(f"کتابخانه‌های کوچک      به پارک‌ها     می‌آیند\n\n{_PARK}")
    assert len(uncertain(article)) == 1


def test_the_start_of_a_paragraph_cut_by_the_layout_is_an_uncertain_title() -> None:
    """A line and the next printed whole above them (a teaser): taking the first is warned."""
    cut = "شهرداری در این طرح بیست کتابخانه کوچک در پارک‌های شهر می‌سازد و"
    rest = "کتاب‌های آن را شهروندان اهدا می‌کنند."
    text = f"کتابخانه‌های کوچک\n{cut} {rest} […]\n{cut}\n{rest}\n{_PARK}"
    assert len(uncertain(jm.parse_article(text))) == 1


def test_a_line_over_a_different_paragraph_is_not_a_cut_paragraph() -> None:
    """A headline over a paragraph that does not continue it gets no title-uncertain warning."""
    cut = "شهرداری در این طرح بیست کتابخانه کوچک در پارک‌های شهر می‌سازد و"
    article = jm.parse_article(f"{_PARK_TITLE}\n{cut}\n{_PARK}")
    assert (article.title, uncertain(article)) == (_PARK_TITLE, [])


def test_a_headline_named_by_the_html_is_not_uncertain() -> None:
    """The same close competitor, but the page's <h1> names the headline: no doubt."""
    html = (
        f"<html><body><h1>{_PARK_TITLE}</h1><p>گزارش ویژه شهر</p>"
        + "".join(f"<p>{p}</p>" for p in _PARK.splitlines())
        + "</body></html>"
    )
    article = jm.parse_html(html)
    assert (article.title, uncertain(article)) == (_PARK_TITLE, [])


def test_title_uncertainty_does_not_raise_in_strict_mode() -> None:
    """Strict mode reports a doubtful title as a warning; it never raises for it."""
    article = jm.parse_article(f"{_PARK_TITLE}\n\nگزارش ویژه شهر\n\n{_PARK}", strict=True)
    assert len(uncertain(article)) == 1


def test_a_short_menu_line_over_a_longer_headline_is_no_rival() -> None:
    """A three-word menu item right above a longer headline leaves the title without doubt."""
    article = jm.parse_article(f"صفحه نخست\nخبرهای تازه شهر\n{_PARK_TITLE}\n\n{_PARK}")
    assert (article.title, uncertain(article)) == (_PARK_TITLE, [])


_LONG_LEAD = (
    "شهرداری می‌خواهد تا پایان امسال در هر پارک بزرگ شهر یک کتابخانه کوچک بسازد و کتاب‌های آن "
    "را از اهدای شهروندان فراهم کند"
)


def test_a_lead_length_line_under_a_shorter_headline_is_the_lead() -> None:
    """A 22-word line without a period under a 6-word headline sharing its words: the headline."""
    headline = "کتابخانه‌ها به پارک‌های شهر می‌روند"
    article = jm.parse_article(f"{headline}\n\n{_LONG_LEAD}\n\n{_PARK}")
    assert (article.title, uncertain(article)) == (headline, [])


def test_a_long_headline_under_a_speakers_kicker_stays_the_title() -> None:
    """«... تأکید کرد» (a speaker's kicker) over a long line: the long line is the headline."""
    article = jm.parse_article(f"مدیر طرح کتابخانه‌های پارکی تأکید کرد\n{_LONG_LEAD}\n\n{_PARK}")
    assert article.title == _LONG_LEAD


def test_a_breadcrumb_over_a_long_line_is_no_headline() -> None:
    """«صفحه نخست >> فرهنگی >> کتاب» above a long line is a breadcrumb, never the title."""
    article = jm.parse_article(f"صفحه نخست >> فرهنگی >> کتاب\n{_LONG_LEAD}\n\n{_PARK}")
    assert article.title == _LONG_LEAD


def test_a_caption_with_a_credit_under_a_headline_is_not_the_title() -> None:
    """«... - ایسنا» (a photo's caption) right above the body loses to the headline above it."""
    headline = "کتابخانه‌ها به پارک‌ها می‌روند!"
    caption = "کودکان در کتابخانه پارک مرکزی شهر - ایسنا"
    article = jm.parse_article(f"{headline}\n\n{caption}\n\n{_PARK}")
    assert article.title == headline


def test_a_numbered_heading_with_a_tatweel_is_not_the_title() -> None:
    """«۱ـ سرآغاز سخن» (a number and a tatweel) above the body is a section of the text."""
    article = jm.parse_article(f"{_PARK_TITLE}\n\n۱ـ سرآغاز سخن در باره کتاب\n{_PARK}")
    assert article.title == _PARK_TITLE


# -- lines that are never the title (blind batch 400-454) -------------------------------------

_BRIDGE = "پل تاریخی شهر پس از دو سال مرمت بازگشایی شد"
_BRIDGE_BODY = (
    "پل تاریخی شهر که دو سال برای مرمت بسته بود از امروز دوباره به روی مردم باز است و "
    "شهرداری می‌گوید رفت و آمد خودروها از آن ممنوع می‌ماند.\n\n"
    "کارشناسان میراث فرهنگی گفتند که سنگ‌های کهنه پل با همان مصالح قدیمی جایگزین شده‌اند "
    "تا چهره پل دگرگون نشود.\n"
)


def test_a_line_without_a_letter_is_never_the_title() -> None:
    """A counter «۱۲۳» alone on the first line of a text without running text is no title."""
    article = jm.parse_article("۱۲۳\nبازگشایی پل تاریخی شهر\nتاریخ: ۱۴۰۲/۰۸/۰۵")
    assert article.title == "بازگشایی پل تاریخی شهر"


def test_a_headline_with_numbers_stays_the_title() -> None:
    """A headline holding digits («۸ هزار ...») has letters: still the title."""
    headline = "۸ هزار نهال در پارک‌های شهر کاشته شد"
    article = jm.parse_article(f"{headline}\n\n{_BRIDGE_BODY}")
    assert (article.title, uncertain(article)) == (headline, [])


def test_a_date_with_its_weekday_alone_is_never_the_title() -> None:
    """«۱۴۰۲ آبان ۵, جمعه» (a blog's date header, year first) on the first line is no title."""
    article = jm.parse_article("۱۴۰۲ آبان ۵, جمعه\nبازگشایی پل تاریخی شهر\nعکس از سارا")
    assert article.title == "بازگشایی پل تاریخی شهر"


def test_a_headline_naming_a_date_stays_the_title() -> None:
    """A headline with words beside its date («... ۵ آبان ۱۴۰۲») is no bare date line."""
    headline = "آغاز مرمت پل تاریخی شهر از ۵ آبان ۱۴۰۲"
    article = jm.parse_article(f"{headline}\n\n{_BRIDGE_BODY}")
    assert article.title == headline


def test_a_line_with_an_authors_label_and_a_date_is_never_the_title() -> None:
    """A headline glued to «نویسنده: NAME - date» is a byline line: the line below wins."""
    glued = "پل تاریخینویسنده: سارا کریمی - ۱۴۰۲/۰۸/۰۵"
    article = jm.parse_article(f"{glued}\nبازگشایی پل تاریخی شهر\nعکس از سارا")
    assert article.title == "بازگشایی پل تاریخی شهر"


def test_the_word_for_author_in_a_headline_is_no_byline() -> None:
    """«نویسنده» without a colon in a headline with a year: the headline stays the title."""
    headline = "نویسنده جوان شهر جایزه کتاب سال ۱۴۰۲ را برد"
    article = jm.parse_article(f"{headline}\n\n{_BRIDGE_BODY}")
    assert article.title == headline


def test_a_channels_name_beside_its_handle_is_never_the_title() -> None:
    """«خبر فوری شهر | shahr_news» (a channel's name and handle) is no title."""
    article = jm.parse_article("خبر فوری شهر | shahr_news\nبازگشایی پل تاریخی شهر\nعکس از سارا")
    assert article.title == "بازگشایی پل تاریخی شهر"


def test_a_headline_with_a_pipe_and_no_handle_stays_the_title() -> None:
    """«... | ...» without a Latin handle or address: a two-part headline, still the title."""
    headline = "پل تاریخی بازگشایی شد | خودروها ممنوع"
    article = jm.parse_article(f"خبر فوری\n{headline}\n\n{_BRIDGE_BODY}")
    assert article.title == headline


def test_a_name_with_an_initial_is_never_the_title() -> None:
    """«س. کریمی (راوی)» (an author's name with an initial) under the headline is no title."""
    article = jm.parse_article(f"{_BRIDGE}\n\nس. کریمی (راوی)\n\n{_BRIDGE_BODY}")
    assert article.title == _BRIDGE


def test_a_headline_opening_with_an_initial_stays_the_title() -> None:
    """A headline of five words or more opening with an initial is no author's name."""
    headline = "م. سرشک شاعر شهر درگذشت و در زادگاهش به خاک سپرده شد"
    article = jm.parse_article(f"{headline}\n\n{_BRIDGE_BODY}")
    assert article.title == headline


def test_a_labels_value_on_its_own_line_is_not_the_first_line_title() -> None:
    """Without running text, «رده:» over «میراث فرهنگی»: the value is passed, the next line wins."""
    article = jm.parse_article("۱۴:۲۰\nرده:\nمیراث فرهنگی\nبازگشایی پل تاریخی شهر\nعکس از سارا")
    assert article.title == "بازگشایی پل تاریخی شهر"


def test_a_kicker_over_a_headline_is_no_label() -> None:
    """Without running text, a three-word kicker with a colon is no label: the line under it wins."""
    article = jm.parse_article("مدیر میراث گفت:\nبازگشایی پل تاریخی شهر\nعکس از سارا")
    assert article.title == "بازگشایی پل تاریخی شهر"


def test_a_reports_opening_is_no_first_line_title() -> None:
    """Without running text, a first line opening «به گزارش ...» is the lead cut by the layout."""
    article = jm.parse_article(
        "به گزارش روابط عمومی شهرداری\nپل تاریخی شهر از امروز\nبه روی مردم باز است"
    )
    assert article.title is None


def test_a_first_line_the_next_line_goes_on_from_is_doubtful() -> None:
    """Without running text, a first line followed by «و ...» is kept with title-uncertain."""
    text = "پل تاریخی شهر پس از دو سال\nو با هزینه شهرداری مرمت شد\nعکس از سارا"
    article = jm.parse_article(text)
    assert article.title == "پل تاریخی شهر پس از دو سال"
    assert [w.code for w in article.warnings if w.code == "title-uncertain"] == ["title-uncertain"]


def test_a_first_line_title_over_a_new_line_is_not_doubtful() -> None:
    """Without running text, a first line over a line that starts afresh gets no warning."""
    article = jm.parse_article("پل تاریخی شهر بازگشایی شد\nشهرداری: خودروها ممنوع\nعکس از سارا")
    assert (article.title, uncertain(article)) == ("پل تاریخی شهر بازگشایی شد", [])


def test_a_link_to_a_photo_item_chosen_by_score_is_doubtful() -> None:
    """«تصاویر/ ...» (a gallery's link) over the body is kept with title-uncertain."""
    line = "تصاویر/ بازدید دانش‌آموزان از پل تاریخی شهر"
    article = jm.parse_article(f"{line}\n\n{_BRIDGE_BODY}")
    assert article.title == line
    assert [w.code for w in article.warnings if w.code == "title-uncertain"] == ["title-uncertain"]


def test_a_headline_with_a_slash_inside_is_no_photo_link() -> None:
    """A headline with «/» after its first words («مرمت پل/ ...») is not warned for it."""
    headline = "مرمت پل تاریخی/ خودروها از پل عبور نمی‌کنند"
    article = jm.parse_article(f"{headline}\n\n{_BRIDGE_BODY}")
    assert (article.title, uncertain(article)) == (headline, [])


def test_a_quoted_headline_over_the_body_is_the_title() -> None:
    """«...» alone on its line over a paragraph is the headline, not the body's start."""
    quoted = "«پل تاریخی شهر را با همان سنگ‌های کهنه مرمت کرده‌ایم»"
    article = jm.parse_article(f"گزارش ویدیویی\n\n{quoted}\n\n{_BRIDGE_BODY}")
    assert article.title == quoted


def test_a_quoted_sentence_over_the_body_stays_a_paragraph() -> None:
    """A quotation ending its sentence inside the marks («....») starts the body."""
    quoted = "«پل تاریخی شهر را با همان سنگ‌های کهنه مرمت کرده‌ایم و دیگر خودرویی از آن نمی‌گذرد.»"
    article = jm.parse_article(f"{_BRIDGE}\n\n{quoted}\n\n{_BRIDGE_BODY}")
    assert (article.title, article.lead) == (_BRIDGE, quoted)


_SHELF_LEAD = (
    "کتابخانه مرکزی شهر از این هفته قفسه‌های چوبی تازه‌ای برای کتاب‌های کودکان ساخته است "
    "و کودکان می‌توانند کتاب‌ها را خودشان بردارند.\n\n"
    "کتابداران می‌گویند کودکان در هفته نخست بیش از دویست کتاب از این قفسه‌ها امانت گرفته‌اند.\n"
)


def test_a_line_under_a_headline_sharing_fewer_words_with_the_lead_is_doubtful() -> None:
    """A subheading under the headline («یک روز بارانی دیگر! ...») sharing no word with the
    lead: warned. (It was «درود دوستان! ...» until fix98, which makes a writer's greeting to
    the readers never a headline, so that line no longer competes.)"""
    headline = "قفسه‌های چوبی تازه برای کتاب‌های کودکان کتابخانه مرکزی"
    text = f"{headline}\n\nیک روز بارانی دیگر! (این بار کوتاه می‌نویسم)\n\n{_SHELF_LEAD}"
    article = jm.parse_article(text)
    assert [w.code for w in article.warnings if w.code == "title-uncertain"] == ["title-uncertain"]


def test_a_headline_under_a_context_kicker_is_not_doubtful() -> None:
    """«در پی ...» (a kicker naming a context) sharing more of the lead's words than the
    headline under it: the headline is not warned."""
    kicker = "در پی درخواست کتابداران کتابخانه مرکزی شهر برای کودکان"
    headline = "هدیه‌ای تازه برای بچه‌های شهر"
    article = jm.parse_article(f"{kicker}\n{headline}\n\n{_SHELF_LEAD}")
    assert (article.title, uncertain(article)) == (headline, [])


def test_a_headline_sharing_the_leads_words_under_a_kicker_is_not_doubtful() -> None:
    """A kicker over a headline that shares as many words with the lead: no warning."""
    kicker = "گزارشی از شهر"
    headline = "قفسه‌های چوبی تازه برای کتاب‌های کودکان"
    article = jm.parse_article(f"{kicker}\n{headline}\n\n{_SHELF_LEAD}")
    assert (article.title, uncertain(article)) == (headline, [])


def test_a_subtitle_printed_twice_under_the_headline_is_doubtful() -> None:
    """A subtitle printed under the headline and again over the lead, the headline naming the
    lead's words: the subtitle kept is warned."""
    headline = "کتابخانه مرکزی برای کتاب‌های کودکان قفسه‌های چوبی ساخت"
    subtitle = "بچه‌ها خودشان انتخاب می‌کنند"
    text = f"{headline}\n\n{subtitle}\n\nتاریخ: ۱۴۰۲/۰۸/۰۵\n{subtitle}\n{_SHELF_LEAD}"
    article = jm.parse_article(text)
    assert [w.code for w in article.warnings if w.code == "title-uncertain"] == ["title-uncertain"]


def test_a_headline_printed_twice_under_its_kicker_is_not_doubtful() -> None:
    """A headline printed twice under a kicker that shares no more of the lead's words: sure."""
    headline = "قفسه‌های چوبی تازه برای کتاب‌های کودکان"
    text = f"گزارشی از شهر\n{headline}\n\nتاریخ: ۱۴۰۲/۰۸/۰۵\n{headline}\n{_SHELF_LEAD}"
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (headline, [])


def test_an_advertisements_link_is_never_the_title() -> None:
    """«سفارش تبلیغ» (a blog's ad link) on the first line of a text without running text."""
    article = jm.parse_article("سفارش تبلیغ\nبازگشایی پل تاریخی شهر\nعکس از سارا")
    assert article.title == "بازگشایی پل تاریخی شهر"


def test_a_headline_about_advertising_stays_the_title() -> None:
    """A headline naming advertising («تبلیغات ...») is no ad link: still the title."""
    headline = "تبلیغات شهری روی پل تاریخی ممنوع شد"
    article = jm.parse_article(f"{headline}\n\n{_BRIDGE_BODY}")
    assert (article.title, uncertain(article)) == (headline, [])


_ITEMS = "".join(
    f"پل شماره {n} شهر بازگشایی شد\n{_BRIDGE_BODY}\nکد خبر: {n}00\n\n" for n in (1, 2, 3)
)


def test_a_lists_address_without_its_name_printed_warns_the_items_headline() -> None:
    """At a category address, an ad link above the first item is no list name: the page
    names no list, and the item's headline is not its title (fix37: None, title-uncertain)."""
    article = jm.parse_article(f"سفارش تبلیغ\n{_ITEMS}", url="https://example.ir/category/bridges/")
    assert article.title is None
    assert [w.code for w in article.warnings if w.code == "title-uncertain"] == ["title-uncertain"]


def test_a_lists_address_with_its_name_printed_is_not_doubtful() -> None:
    """At a category address, the short line above the first item names the list: no warning."""
    article = jm.parse_article(f"پل‌های شهر\n{_ITEMS}", url="https://example.ir/category/bridges/")
    assert (article.title, uncertain(article)) == ("پل‌های شهر", [])


_QUESTION = "پل تاریخی شهر را چه کسی مرمت کرد؟"


def test_a_breadcrumb_with_the_headline_glued_is_not_the_body() -> None:
    """«خانه > گزارش : HEADLINE» (13 words with a question mark) is no paragraph; the headline
    printed alone under it is the title, over a shorter subheading."""
    text = (
        f"خانه > گزارش‌های شهری : {_QUESTION}\n\n{_QUESTION}\n\nپل را چه کسی ساخت؟\n\n{_BRIDGE_BODY}"
    )
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (_QUESTION, [])


def test_a_headline_printed_twice_in_a_row_over_the_body_is_the_title() -> None:
    """A question of ten words (with « ؟» spaced) printed twice in a row is the title."""
    headline = "پل تاریخی یا پل تازه : کدام را مرمت کنیم ؟"
    article = jm.parse_article(f"{headline}\n\n{headline}\n{_BRIDGE_BODY}")
    assert article.title == headline


def test_a_sentence_printed_twice_in_a_row_stays_the_body() -> None:
    """A whole sentence (ending with a period) printed twice in a row still starts the body."""
    sentence = "پل تاریخی شهر پس از دو سال مرمت از امروز به روی مردم باز است."
    article = jm.parse_article(f"{_BRIDGE}\n\n{sentence}\n{sentence}\n{_BRIDGE_BODY}")
    assert (article.title, article.lead) == (_BRIDGE, sentence)


_SUMMARY = (
    "شهرداری اعلام کرد پل تاریخی شهر پس از دو سال مرمت از امروز دوباره به روی عابران "
    "پیاده باز است و خودروها اجازه عبور ندارند."
)


def test_a_summary_over_the_headline_does_not_hide_the_headline() -> None:
    """«summary / headline / body» (a site's excerpt printed first): the headline is the title."""
    headline = "بازگشایی پل تاریخی شهر برای عابران پیاده"
    article = jm.parse_article(f"{_SUMMARY}\n{headline}\n{_BRIDGE_BODY}")
    assert (article.title, uncertain(article)) == (headline, [])


def test_a_subheading_under_a_first_paragraph_is_no_headline() -> None:
    """A first paragraph, then a short line sharing none of its words, then more text: no title."""
    article = jm.parse_article(f"{_SUMMARY}\nسخنی با خوانندگان گرامی\n{_BRIDGE_BODY}")
    assert article.title is None


def test_a_headline_under_a_short_heading_with_a_colon_is_no_labels_value() -> None:
    """Without running text, «اخبار روز:» over a six-word headline: the headline is the title."""
    article = jm.parse_article("اخبار روز:\nپل تاریخی شهر دوباره باز شد؟\nعکس از سارا")
    assert article.title == "پل تاریخی شهر دوباره باز شد؟"


def test_a_breadcrumb_is_no_first_line_title() -> None:
    """Without running text, a breadcrumb on the first line is passed over."""
    article = jm.parse_article("صفحه نخست > گزارش‌ها\nپل تاریخی شهر دوباره باز شد\nعکس از سارا")
    assert article.title == "پل تاریخی شهر دوباره باز شد"


def test_a_headline_printed_again_with_more_glued_on_keeps_the_first_print() -> None:
    """HEADLINE, a byline, then «HEADLINE مصوب (...)» over the body: the first print is the title."""
    headline = "آیین‌نامه مرمت پل‌های تاریخی شهر"
    text = (
        f"{headline}\n\nنوشته شده توسط: سارا کریمی    نوع مطلب :قوانین ،\n\n"
        f"{headline} مصوب (5 8 1402 - 12 ماده )\n\n{_BRIDGE_BODY}"
    )
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (headline, [])


def test_a_short_line_the_headline_starts_with_is_not_its_first_print() -> None:
    """A line of fewer than 20 characters that the headline starts with (a section) is no print."""
    headline = "پل تاریخی شهر پس از دو سال مرمت بازگشایی شد"
    article = jm.parse_article(f"پل تاریخی\n{headline}\n\n{_BRIDGE_BODY}")
    assert article.title == headline


# -- titles5: titles wrong without a warning on held-out pages ---------------------------------

_CUT_TEASER = (
    "سیل راه‌های روستایی شمال استان را بست\n"
    "مسئولان استان گفته‌اند که راه‌های روستایی تا پایان هفته بازگشایی می‌شود....\n"
)


def test_a_teaser_cut_with_four_dots_over_a_headline_does_not_start_the_body() -> None:
    """Another item's teaser (headline, excerpt ending «....») above the article: the
    article's headline under it is the title, not the teaser's."""
    article = jm.parse_article(_CUT_TEASER + _BRIDGE + "\n03 May 2024\n" + _BRIDGE_BODY)
    assert (article.title, article.lead) == (_BRIDGE, _BRIDGE_BODY.split("\n", maxsplit=1)[0])


def test_a_lead_ending_with_four_dots_over_the_body_stays_the_lead() -> None:
    """A writer's lead trailing off with «....» right over the next paragraph starts the body."""
    lead = "پل تاریخی شهر پس از دو سال بسته ماندن دوباره به روی مردم باز شد اما خودروها...."
    article = jm.parse_article(f"{lead}\n{_BRIDGE_BODY}")
    assert (article.title, article.lead) == (None, lead)


_LIBRARY = "آغاز کار کتابخانه‌های سیار در روستاهای استان"
_LIBRARY_LEAD = (
    "نخستین کتابخانه سیار استان از امروز با صدها جلد کتاب کودک و نوجوان به روستاهای "
    "دورافتاده شمال استان سفر می‌کند"
)
_LIBRARY_BODY = (
    "به گزارش خبرنگار ما، مدیر کتابخانه‌های عمومی استان گفت: این کتابخانه‌ها هر هفته به ده "
    "روستا می‌روند و کودکان می‌توانند کتاب‌ها را دو هفته امانت بگیرند و پس از آن کتاب "
    "تازه‌ای بردارند تا همه روستاها از این طرح بهره‌مند شوند.\n"
)


def _library_page(lead: str, credit: str) -> str:
    """Code, headline, the lead, a site's credit line, the lead again, the body."""
    return f"کد خبر: ۱۲۳۴۵\n{_LIBRARY}\n{lead}\n{credit}\n{lead}\n{_LIBRARY_BODY}"


def test_a_lead_sentence_printed_twice_under_the_headline_is_no_title() -> None:
    """A whole sentence of a lead's length printed twice (a summary box, then the body's
    first paragraph after the site's credit «... :») is the lead; the headline over it is
    the title, and the credit ending with a colon is no rival to it."""
    text = _library_page(_LIBRARY_LEAD + ".", "پایگاه خبری تحلیلی نمونه (example.ir) :")
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (_LIBRARY, [])


def test_a_long_line_without_a_period_printed_twice_stays_the_title() -> None:
    """A long line without a final period under a short one, printed again under the body's
    first paragraph: a long headline's two prints, not a lead."""
    text = f"{_LIBRARY}\n{_LIBRARY_LEAD}\n\n{_LIBRARY_BODY}\n{_LIBRARY_LEAD}\n"
    assert jm.parse_article(text).title == _LIBRARY_LEAD


def test_a_credit_ending_with_a_semicolon_still_competes() -> None:
    """A line scoring within a point of the headline ending with «؛» (no colon) is a rival."""
    text = _library_page(_LIBRARY_LEAD + ".", "پایگاه خبری تحلیلی نمونه (example.ir)؛")
    article = jm.parse_article(text)
    assert article.title == _LIBRARY
    assert len(uncertain(article)) == 1


_LESSON_BODY = (
    "بحث امروز درباره شرایط وقف زمین برای ساختن کتابخانه‌های محلی است که در جلسه پیش آغاز شد.\n"
    "در جلسه گذشته گفتیم که وقف برای عموم مردم است و متولی خاص آن مالک زمین نیست؛ اما اداره آن "
    "بر عهده امینان محل است و آنان باید هر سال گزارش کار خود را به مردم بدهند.\n"
)


@pytest.mark.parametrize("invocation", ["بسم الله الرحمن الرحيم", "به نام خداوند بخشنده مهربان"])
def test_an_invocation_chosen_as_the_headline_is_uncertain(invocation: str) -> None:
    """A lecture's page: teacher, course, date, an invocation over the subject and the body;
    the invocation, chosen by score, opens the text without naming it: the best other line
    (the teacher's) is taken instead, warned, with the invocation competing (fixtitle: the
    invocation itself was the title; page 697's only heading is the best other line)."""
    teacher = "استاد علی محمدی نیک"
    subject = "موضوع: فقه وقف (وقف عام برای مردم)/کلیات وقف /اداره موقوفه (نقش امینان)"
    text = f"{teacher}\n\nدرس اصول\n\n1400/08/17\n\n{invocation}\n\n{subject}\n\n{_LESSON_BODY}"
    article = jm.parse_article(text)
    assert article.title == teacher
    assert len(uncertain(article)) == 1
    assert f"«{invocation}» competes" in uncertain(article)[0]


def test_an_invocation_on_the_first_line_of_a_short_text_is_uncertain() -> None:
    """Without running text, an invocation taken as the first line is warned."""
    article = jm.parse_article("بسم الله الرحمن الرحیم\nدرس اصول\n1400/08/17")
    assert len(uncertain(article)) == 1


def test_a_headline_opening_with_an_invocations_word_is_not_uncertain() -> None:
    """«بسم‌الله‌خوانی ...» (a headline about the invocation) is no invocation."""
    headline = "بسم‌الله‌خوانی کودکان در جشن تکلیف مدرسه"
    text = f"{headline}\n1400/08/17\n{_LESSON_BODY}"
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (headline, [])


_EXAM = "ثبت‌نام آزمون استخدامی شهرداری از شنبه آغاز می‌شود"
_EXAM_BODY = (
    "ثبت‌نام داوطلبان آزمون استخدامی شهرداری از شنبه در سامانه سازمان سنجش آغاز می‌شود و تا "
    "پایان هفته بعد ادامه دارد و داوطلبان باید مدارک خود را همراه داشته باشند.\n"
    "ویرایش اطلاعات ثبت‌نام تنها یک بار و در زمان اعلام شده ممکن است.\n"
)


def test_a_sign_up_prompt_over_the_article_is_neither_title_nor_body() -> None:
    """A site's prompt to sign up («... در وب سایت ... ثبت نام نمایید», «... اشتراک ...
    خواهید داشت.») over the article's code and headline: the headline is the title."""
    prompt = (
        "کاربر گرامی\n"
        "برای دیدن ویدئوهای ویژه باید در وب سایت روزنامه نمونه ثبت نام نمایید\n"
        "با ثبت نام و خرید اشتراک به نسخه کامل روزنامه و همه ویدئوهای ویژه دسترسی "
        "خواهید داشت.\n"
    )
    article = jm.parse_article(prompt + f"کدخبر: ۸۷۷۰۹\n{_EXAM}\n{_EXAM_BODY}")
    assert (article.title, article.number) == (_EXAM, "87709")


@pytest.mark.parametrize(
    "headline",
    [
        "ثبت‌نام وام ازدواج از فردا در سامانه بانک‌ها آغاز می‌شود",
        "این نکات را پیش از سفر نوروزی حتماً رعایت کنید",
        "برای ثبت‌نام کنکور به سایت سنجش مراجعه کنید",
    ],
)
def test_a_headline_about_signing_up_or_addressing_the_reader_stays_the_title(
    headline: str,
) -> None:
    """A headline with an account word but no verb to the reader, one with such a verb but no
    account word, and a service headline telling readers where to sign up: still titles."""
    article = jm.parse_article(f"کدخبر: ۸۷۷۰۹\n{headline}\n{_EXAM_BODY}")
    assert article.title == headline


_NOTICE_BODY = (
    "با آغاز فصل گرما، اداره آب شهر از همه خانواده‌ها می‌خواهد تا آب آشامیدنی را پیش از "
    "نوشیدن بجوشانند و مخزن‌های خانگی را هر ماه بشویند تا از بیماری‌ها پیشگیری شود.\n"
    "همکاری همه شهروندان گرامی را در رعایت این نکات خواهانیم.\n"
)


def test_a_headline_reworded_under_its_authors_line_keeps_the_first_print() -> None:
    """«اطلاعیه اداره آب ...», an author's account, then «بیانیه خبری اداره آب ...» over the
    body (the page's title, then the same headline in other words): the first is the title."""
    title = "اطلاعیه اداره آب و فاضلاب شهر کرمان"
    text = f"{title}\nadmin_water\nبیانیه خبری اداره آب و فاضلاب شهر کرمان\nشهروندان عزیز!\n"
    article = jm.parse_article(text + _NOTICE_BODY)
    assert (article.title, uncertain(article)) == (title, [])


def test_a_kicker_sharing_some_words_with_the_headline_is_no_rewording() -> None:
    """A kicker above the headline sharing fewer than four in five of its words: the headline
    under it stays the title."""
    headline = "بیانیه خبری اداره آب درباره جوشاندن آب آشامیدنی"
    text = f"اطلاعیه اداره آب شهر کرمان\nadmin_water\n{headline}\nشهروندان عزیز!\n"
    assert jm.parse_article(text + _NOTICE_BODY).title == headline


_REPLY_BODY = (
    "با این فرمان کوتاه می‌شود شمار هر واژه را در یک فایل متنی به دست آورد و از روی آن فهرست "
    "واژه‌های پرکاربرد را ساخت.\n"
    "من هم مدتی به این کار فکر کرده‌ام؛ برای نتیجه‌ای درست دست کم چند ماه داده لازم است.\n"
)


def test_a_reply_heading_in_a_forum_thread_is_uncertain() -> None:
    """A post's subject right above «« پاسخ #12 : date »», the thread printing no topic
    line: a reply's heading, warned (the best other line competing)."""
    heading = "شمردن واژه‌ها با یک فرمان کوتاه"
    text = f"انجمن نمونه\nآفلاین سارا\n{heading}\n« پاسخ #12 : 28 فروردین 1392، 12:27 ق‌ظ »\n"
    article = jm.parse_article(text + _REPLY_BODY)
    assert article.title == heading
    assert len(uncertain(article)) == 1
    assert "it heads a reply in a forum thread" in uncertain(article)[0]


def test_a_thread_printing_its_topic_line_has_the_topic_for_title() -> None:
    """The same reply under the thread's «نویسنده موضوع: TOPIC (...)» line (until titles7
    the reply's heading, warned with the topic line competing): the topic is the title."""
    topic = "نویسنده موضوع: ساختن فهرست واژه‌های پرکاربرد فارسی  (دفعات بازدید: 5120 بار)"
    heading = "شمردن واژه‌ها با یک فرمان کوتاه"
    text = (
        f"انجمن نمونه\n{topic}\nآفلاین سارا\n{heading}\n« پاسخ #12 : 28 فروردین 1392، 12:27 ق‌ظ »\n"
    )
    article = jm.parse_article(text + _REPLY_BODY)
    assert article.title == "ساختن فهرست واژه‌های پرکاربرد فارسی"
    assert uncertain(article) == []


def test_a_headline_over_a_line_opening_with_reply_is_not_uncertain() -> None:
    """A paragraph opening with «پاسخ 12 کاربر» (no «#») under the headline marks no reply."""
    headline = "شمردن واژه‌ها با یک فرمان کوتاه در لینوکس"
    text = f"{headline}\nپاسخ 12 کاربر به این پرسش یکی بود: " + _REPLY_BODY
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (headline, [])


_ENTRY_BODY = (
    "در سنت گاه‌شماری ایرانی، برج‌ها و دیوارهای بلند گاه چون ساعت آفتابی به کار می‌رفتند و "
    "سایه آنها آغاز فصل‌ها را نشان می‌داد و کشاورزان کار خود را با آن می‌سنجیدند.\n"
    "در سده‌های بعد، اخترشناسان جدول‌هایی برای روزهای سال فراهم کردند.\n"
)


def test_an_institutions_name_chosen_under_a_short_title_gives_way_to_it() -> None:
    """A print page: «گاه‌نامه», the publisher «مرکز پژوهش‌های تاریخ ایران», the date, the
    body. The publisher's name, chosen by score, gives way to the line above it, which is
    warned with the publisher's line competing."""
    publisher = "مرکز پژوهش‌های تاریخ ایران"
    text = f"گاه‌نامه\n{publisher}\nچهارشنبه 25 دی 1398\n" + _ENTRY_BODY
    article = jm.parse_article(text)
    assert article.title == "گاه‌نامه"
    assert len(uncertain(article)) == 1
    assert f"«{publisher}» competes" in uncertain(article)[0]


@pytest.mark.parametrize(
    "headline",
    ["مرکز پژوهش‌های تاریخ ایران گاه‌نامه تازه را منتشر کرد", "مرکز پژوهش‌ها: گاه‌نامه منتشر شد"],
)
def test_a_headline_opening_with_an_institution_is_not_uncertain(headline: str) -> None:
    """A headline opening with an institution's name but stating an event is not warned."""
    text = f"گاه‌نامه\n{headline}\nچهارشنبه 25 دی 1398\n" + _ENTRY_BODY
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (headline, [])


_FAIR = "نمایشگاه کتاب کودک با حضور ناشران خارجی گشایش یافت"
_FAIR_BODY = (
    "سومین نمایشگاه بین‌المللی کتاب کودک صبح امروز شنبه در شیراز با حضور صدها ناشر داخلی و "
    "خارجی گشایش یافت و تا پایان هفته ادامه دارد.\n"
    "بر اساس اعلام برگزارکنندگان، امسال چند ناشر تازه در بخش کتاب‌های آموزشی غرفه دارند.\n"
)


def test_a_toolbar_line_with_runs_of_spaces_is_no_title() -> None:
    """«GMT+03:30 || date   site توصیه کنید   چاپ   پست الکترونیکی» (a toolbar run together,
    several runs of spaces) under the headline: the headline is the title."""
    toolbar = "GMT+03:30 || 2020-11-07 15:31:55    example توصیه کنید   چاپ   پست الکترونیکی"
    text = f"Mon  Apr 14th  2025\nنشریه نمونه\n\n{_FAIR}\n\n{toolbar}\n\n{_FAIR_BODY}"
    assert jm.parse_article(text).title == _FAIR


def test_a_headline_with_one_run_of_spaces_stays_the_title() -> None:
    """One run of spaces inside a headline (a PDF's line break) does not mark it down."""
    headline = _FAIR.replace("کودک ", "کودک   ")
    article = jm.parse_article(f"اخبار فرهنگی امروز\n\n{headline}\n\n{_FAIR_BODY}")
    assert article.title == headline


_TRAIN = "قطار گردشگری تهران - کاشان دوباره راه می‌افتد"
_TRAIN_SUBTITLE = "بازگشایی مسیر گردشگری کاشان"
_TRAIN_BODY = (
    "راه‌آهن اعلام کرد قطار گردشگری تهران به کاشان که از پارسال به دلیل تعمیر ریل متوقف شده "
    "بود از هفته آینده دوباره راه می‌افتد و بلیت آن از امروز فروخته می‌شود.\n\n"
    "مسافران می‌توانند بسته‌های سفر یک‌روزه را هم از همین سامانه بخرند.\n"
)


def test_a_subtitle_under_a_verb_headline_on_a_page_of_spaced_lines_is_no_title() -> None:
    """Every line set apart by a blank line: the verbless subtitle under the headline that
    states the event is still its subtitle, and the headline is the title."""
    text = f"شماره 1663\n\n{_TRAIN}\n\n{_TRAIN_SUBTITLE}\n\n{_TRAIN_BODY}"
    assert jm.parse_article(text).title == _TRAIN


def test_a_line_set_apart_from_a_headline_tied_to_its_kicker_is_not_its_subtitle() -> None:
    """A blank line under a headline printed right under its kicker: the line below it is
    not taken for its subtitle, so the headline wins on the lead's words alone, warned."""
    text = f"اخبار شهری\n{_TRAIN}\n\n{_TRAIN_SUBTITLE}\n\n{_TRAIN_BODY}"
    article = jm.parse_article(text)
    assert (article.title, len(uncertain(article))) == (_TRAIN, 1)


_TEACHERS = "اداره آموزش استان از استخدام ۵۰۰ معلم تازه در روستاها خبر داد"
_TEACHERS_SUMMARY = (
    "مسئولان اداره آموزش استان اعلام کرده‌اند که در ماه‌های آینده، ۵۰۰ معلم تازه برای "
    "مدرسه‌های روستاها استخدام خواهند شد."
)
_TEACHERS_BODY = (
    "به گزارش خبرنگار ما، مسئولان اداره آموزش امروز این خبر را در نشستی با مدیران مدرسه‌ها "
    "گفتند و افزودند که آزمون استخدامی در ماه آینده برگزار می‌شود.\n"
    "هنوز روشن نیست که سهم هر شهرستان از این معلمان چند نفر خواهد بود.\n"
)


def test_a_related_link_between_two_prints_of_the_summary_is_no_title() -> None:
    """«HEADLINE / summary / another item's headline / summary / body»: the headline over
    the summary's first print, sharing more of its words, is the title, not warned."""
    related = "اداره آموزش شهر از توزیع کتاب‌های درسی در مدرسه‌های مرکز استان خبر داد"
    text = (
        f"خبرگزاری نمونه\n{_TEACHERS}\n{_TEACHERS_SUMMARY}\n{related}\n{_TEACHERS_SUMMARY}\n"
        + _TEACHERS_BODY
    )
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (_TEACHERS, [])


def test_a_headline_between_two_prints_of_its_summary_stays_the_title() -> None:
    """«line / summary / HEADLINE / summary / body», the line over the summary sharing fewer
    of its words than the headline: the headline between the prints is the title."""
    upper = "گزارشی از نشست خبری امروز در شهر"
    text = f"{upper}\n{_TEACHERS_SUMMARY}\n{_TEACHERS}\n{_TEACHERS_SUMMARY}\n" + _TEACHERS_BODY
    assert jm.parse_article(text).title == _TEACHERS


_BALKH_BODY = (
    "ولایت بلخ به مرکزیت شهر مزار شریف یکی از ولایات شمالی کشور است و با ولایات جوزجان و "
    "سمنگان همسایه است و رود آمو مرز شمالی آن را می‌سازد.\n"
    "شهر بلخ که در متن‌های کهن مادر شهرها خوانده شده، امروز شهری کوچک در غرب مزار شریف است.\n"
)


def test_a_compilers_credit_and_its_bracketed_note_are_no_title() -> None:
    """«تهیه و گردآوری: NAME» and «(استاد ...)» under a two-word title printed twice: a
    credit and its note in brackets, and the title above them is the title."""
    text = (
        "دانشنامه نمونه\n۱۳۸۷ مهر ۲۸, یکشنبه\nبلخ امروز\nبلخ امروز\n"
        "تهیه و گردآوری: علی کابلی\n(استاد پیشین دانشگاه کابل)\n" + _BALKH_BODY
    )
    assert jm.parse_article(text).title == "بلخ امروز"


@pytest.mark.parametrize(
    "headline",
    ["تهیه نقشه تازه گسل‌های شهر آغاز شد", "(ویدئو) بلخ امروز؛ شهری کوچک در غرب مزار شریف"],
)
def test_a_headline_opening_with_a_credits_word_or_a_bracket_stays_the_title(
    headline: str,
) -> None:
    """A headline opening with «تهیه» (no credit's «تهیه و گردآوری») or with a bracket it
    does not end with is not marked down."""
    text = f"دانشنامه نمونه\nشهر کهن بلخ در شمال\n{headline}\n" + _BALKH_BODY
    assert jm.parse_article(text).title == headline


_POST_BODY = (
    "به مناسبت سالگرد راه‌اندازی این وبلاگ که درست یک سال بعد از نخستین بسته شدنش از راه "
    "رسید، چند نکته را با خوانندگان در میان می‌گذاریم.\n"
    "خیلی‌ها می‌پرسند چرا هنوز می‌نویسیم، ما هم می‌پرسیم چرا هنوز می‌خوانید!\n"
)


def test_a_post_numbered_alone_has_its_number_as_the_title() -> None:
    """A blog post titled «#183» under its date: the number is the title."""
    assert jm.parse_article("2008/09/01\n#183\n" + _POST_BODY).title == "#183"


@pytest.mark.parametrize("line", ["۶۵", "183", "# 183"])
def test_a_number_without_a_hash_is_no_title(line: str) -> None:
    """A bare counter («۶۵», «183») or a hash set apart from its number is no title."""
    assert jm.parse_article(f"2008/09/01\n{line}\n" + _POST_BODY).title is None


def test_a_greeting_to_the_readers_under_a_headline_does_not_compete() -> None:
    """fix98: «درود دوستان! ...» under the headline is a writer's greeting, never a headline:
    the headline is the title and that line raises no doubt."""
    headline = "قفسه‌های چوبی تازه برای کتاب‌های کودکان کتابخانه مرکزی"
    article = jm.parse_article(
        f"{headline}\n\nدرود دوستان! (این بار کوتاه می‌نویسم)\n\n{_SHELF_LEAD}"
    )
    assert (article.title, uncertain(article)) == (headline, [])


def test_the_line_above_sharing_more_words_with_the_lead_is_the_title() -> None:
    """A subheading under the headline («یک روز بارانی دیگر! ...»; «درود دوستان! ...» until
    fix98 made a greeting to the readers no headline) sharing no word with the lead: the
    headline above it is the title, warned, the subheading competing."""
    headline = "قفسه‌های چوبی تازه برای کتاب‌های کودکان کتابخانه مرکزی"
    subheading = "یک روز بارانی دیگر! (این بار کوتاه می‌نویسم)"
    article = jm.parse_article(f"{headline}\n\n{subheading}\n\n{_SHELF_LEAD}")
    assert article.title == headline
    assert f"«{subheading}» competes" in uncertain(article)[0]


def test_account_prompts_asking_the_reader_are_no_title() -> None:
    """«حساب کاربری ندارید؟ ثبت نام» and «حساب کاربری دارید؟ ورود» under a course's name:
    the site's prompts, never the title."""
    title = "دوره آموزشی افزایش سرعت سایت"
    prompts = "حساب کاربری ندارید؟ ثبت نام\nحساب کاربری دارید؟ ورود\n"
    assert jm.parse_article(f"{title}\n{prompts}{_FAIR_BODY}").title == title


def test_a_question_to_the_reader_without_an_account_word_stays_the_title() -> None:
    """«آیا ... کتابخانه دارید؟» asks the reader but names no account: a headline."""
    question = "آیا در شهر خود کتابخانه کودک دارید؟"
    text = f"دوره آموزشی افزایش سرعت سایت\n{question}\n{_FAIR_BODY}"
    assert jm.parse_article(text).title == question


# -- titles6: blind batch 500-537 ---------------------------------------------------------------

_REVIEW = "برگزیده گزارش‌های مطبوعات امروز"
_REVIEW_BODY = (
    "روزنامه‌های صبح امروز بیشتر صفحه‌های نخست خود را به برنامه‌های اقتصادی نامزدهای "
    "انتخابات شورای شهر اختصاص داده‌اند.\n\n"
    "یکی از روزنامه‌ها در گزارشی نوشته است که هنوز هیچ برنامه روشنی برای مهار گرانی "
    "مسکن و کرایه‌ها ارائه نشده است و بیشتر وعده‌ها کلی مانده است.\n"
)


def test_a_quoted_subheading_under_the_headline_is_no_title() -> None:
    """«...» alone on its line between a headline and the body: a quoted subheading (a press
    review's first item, an epigraph), not the headline."""
    text = (
        f"تاریخ انتشار: ۲۸ اردیبهشت ۱۳۸۸\n\n{_REVIEW}\n\n«نامزدها و وعده‌های شهری»\n{_REVIEW_BODY}"
    )
    article = jm.parse_article(text)
    assert (article.title, uncertain(article)) == (_REVIEW, [])


@pytest.mark.parametrize("above", ["وزیر کشور در نشست خبری امروز گفت:", "ویدیو ها"])
def test_a_quoted_headline_under_a_kicker_or_a_section_name_stays_the_title(above: str) -> None:
    """Under a kicker ending with a colon, or a section's name of two words, the quoted line
    is the headline itself."""
    quote = "«نامزدها و وعده‌های شهری»"
    article = jm.parse_article(f"{above}\n\n{quote}\n{_REVIEW_BODY}")
    assert article.title == quote


def test_a_prompt_to_follow_the_site_starts_no_body() -> None:
    """«برای دریافت آخرین خبرها ... با ما همراه باشید.» over the headline printed twice: the
    site's prompt, neither the title nor the body's start."""
    prompt = "برای دریافت آخرین خبرها و رویدادها با ما همراه باشید."
    text = f"{prompt}\n\n{_REVIEW}\n\n{_REVIEW}\n\n{_REVIEW_BODY}"
    assert jm.parse_article(text).title == _REVIEW


def test_a_lead_asking_readers_to_go_with_others_still_starts_the_body() -> None:
    """A sentence ending «... همراه باشید.» that does not ask to follow the site («با ما»)
    is running text: no title above it."""
    lead = "مسافران نوروزی در سفرهای جاده‌ای همیشه با پلیس راه و امدادگران همراه باشید."
    article = jm.parse_article(f"{lead}\n\n{_REVIEW_BODY}")
    assert article.title is None


def test_a_line_cut_with_an_ellipsis_loses_to_the_headline_above() -> None:
    """A video's or a link's title cut by the site («... - Herat Municipality ...») between
    the headline and the byline: the headline above it is the title."""
    question = "آیا پارک‌های شهر به فراموشی سپرده شده است؟!"
    video = "برنامه شهر و شهروند (30) - ریاست شهرداری - City Municipality ..."
    text = f"{question}\n\n{video}\n\nبه قلم- احمد رحیمی\n\n{_REVIEW_BODY}"
    assert jm.parse_article(text).title == question


def test_a_headline_ending_with_an_ellipsis_over_the_body_stays_the_title() -> None:
    """The only headline-shaped line, ending «...», over a section's name: still the title."""
    headline = "نامزدهای شورای شهر و وعده‌هایی که ..."
    article = jm.parse_article(f"اقتصادی\n\n{headline}\n\n{_REVIEW_BODY}")
    assert article.title == headline


_RULES = (
    "هر کاربر فقط یک نام کاربری می‌تواند داشته باشد و حساب‌های تکراری بسته می‌شوند\n"
    "عنوان هر موضوع باید محتوای آن را روشن بگوید و موضوع‌های بی‌عنوان حذف می‌شوند\n"
)


def test_a_forum_clock_and_a_login_form_are_no_first_line_title() -> None:
    """Without running text: the forum's clock «زمان جاري : date - time» (a date with company)
    and its login form «نام کاربري : پسورد : ...» are passed over for the heading."""
    text = (
        "زمان جاري : شنبه 29 اردیبهشت 1403 - 5:49 بعد از ظهر\n"
        "نام کاربري : پسورد : يا عضويت | رمز عبور را فراموش کردم\n"
        f"قوانین انجمن\n{_RULES}"
    )
    article = jm.parse_article(text)
    assert (article.title, article.published) == ("قوانین انجمن", None)


def test_a_labelled_date_line_over_a_forums_heading_is_still_read() -> None:
    """A date labelled as the post's («تاریخ ارسال : ...»), unlike the forum's clock, is read."""
    text = f"تاریخ ارسال : شنبه 29 اردیبهشت 1403 - 5:49\nقوانین انجمن\n{_RULES}"
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat().startswith("2024-05-18")


@pytest.mark.parametrize(
    "first",
    ["آخرین خبرهای شنبه ۳۱ شهریور ۱۳۹۷", "چگونه رمز عبور و نام کاربری خود را بازیابی کنیم"],
)
def test_a_days_roundup_or_a_headline_about_passwords_stays_the_first_line(first: str) -> None:
    """A day's news roundup ending with its date, and a headline naming passwords without a
    form's colons: first-line titles still."""
    assert jm.parse_article(f"{first}\nقوانین انجمن\n{_RULES}").title == first


def test_a_greeting_over_a_sign_up_box_gives_no_title() -> None:
    """A forum's «جدیدترین‌ها» tab and «خوش آمدید» greeting over its sign-up text: site
    furniture only, so no title, with title-uncertain."""
    body = (
        "با ثبت نام، شما می توانید با سایر اعضای انجمن ما گفت‌وگو و تبادل نظر داشته باشید.\n"
        "ارسال فایل‌های بزرگ در انجمن ممکن نیست و باید آن‌ها را در سرویس‌های دیگر گذاشت.\n"
    )
    article = jm.parse_article(f"جدیدترین‌ها\n\nخوش آمدید\n\n{body}")
    assert article.title is None
    assert "title-uncertain" in codes(article)


def test_a_headline_welcoming_someone_stays_the_title() -> None:
    """«... خوش آمدید» with more words is a headline, not the site's greeting."""
    headline = "به جمع خانواده بزرگ ورزش شهر خوش آمدید"
    assert jm.parse_article(f"{headline}\n\n{_REVIEW_BODY}").title == headline


_MASTHEAD_NOTE = (
    "نمونه از کهن‌ترین روزنامه‌های چاپی کشور است که نخستین شماره آن در 15 ثور سال 1306 "
    "در کابل به چاپ رسید و تا امروز منتشر می‌شود.\n"
)
_CENTRE = "آغاز کار دومین مرکز تداوی در کابل"
_CENTRE_BODY = (
    "دومین مرکز تداوی بیماران دیروز در ناحیه هفتم شهر کابل به کار آغاز کرد و سرپرست "
    "وزارت صحت عامه در محفل گشایش آن از همکاری نهادهای خیریه سپاس گزاری کرد.\n"
    "به گفته او، شمار بیماران ثبت‌شده در کشور در یک سال گذشته نزدیک به دو برابر شده است.\n"
)


def test_a_papers_name_over_its_description_gives_way_to_the_headline_below() -> None:
    """A paper's name (masthead) over its standing description, then the headline and the
    body: the headline is the title, warned, the masthead competing."""
    text = f"روزنامه ملی نمونه\n{_MASTHEAD_NOTE}\n{_CENTRE}\n{_CENTRE_BODY}"
    article = jm.parse_article(text)
    assert article.title == _CENTRE
    assert "«روزنامه ملی نمونه» competes" in uncertain(article)[0]


def test_an_institutions_headline_over_its_body_stays_the_title() -> None:
    """A headline naming a paper over a run of paragraphs (no headline under the first):
    the title, as before."""
    headline = "روزنامه ملی نمونه؛ قدیمی‌ترین روزنامه دولتی"
    article = jm.parse_article(f"{headline}\n{_MASTHEAD_NOTE}{_CENTRE_BODY}")
    assert article.title == headline


_COLUMN = (
    "سوت\n"
    "کنار گذاشتن «مهاجم ملی»\n"
    "از فهرست اروپایی باشگاه\n"
    "باشگاه یونانی نام مهاجم ملی خود را در فهرست بازیکنانش برای مرحله گروهی رقابت‌های "
    "اروپایی قرار نداد و او تا زمستان نمی‌تواند در این رقابت‌ها بازی کند.\n"
    "اعتراض کتبی باشگاه به سازمان لیگ\n"
    "باشگاه شهر با ارسال نامه‌ای به سازمان لیگ به داوری دیدار هفته گذشته این تیم اعتراض "
    "کرد و خواستار بررسی دوباره صحنه‌های آن دیدار شد.\n"
)


def test_the_line_the_addresss_slug_spells_is_the_title() -> None:
    """A column's one-word name spelled by the address's slug («.../54893/سوت») over its items:
    the title, over the first item's headline that scores higher."""
    article = jm.parse_article(_COLUMN, url="https://news.example/fa/Main/Detail/54893/سوت")
    assert article.title == "سوت"


def test_a_slug_spelling_no_line_leaves_the_headline() -> None:
    """An address whose slug spells no line of the page is no evidence for the short line."""
    article = jm.parse_article(_COLUMN, url="https://news.example/fa/Main/Detail/54893/ورزش")
    assert article.title == "از فهرست اروپایی باشگاه"


def test_the_end_of_a_headline_split_over_two_lines_is_uncertain() -> None:
    """«از فهرست ...» right under a verbless headline-shaped line: the end of one headline
    split by the layout, kept with title-uncertain naming the line above."""
    article = jm.parse_article(_COLUMN)
    assert article.title == "از فهرست اروپایی باشگاه"
    assert "«کنار گذاشتن «مهاجم ملی»» competes" in uncertain(article)[0]


def test_a_headline_opening_with_a_preposition_under_a_whole_headline_is_sure() -> None:
    """Under a line ending with «!», or set apart by a blank line, a headline opening with
    «از» is no split headline's end."""
    for above in ("کنار گذاشتن «مهاجم ملی»!\n", "کنار گذاشتن «مهاجم ملی»\n\n"):
        text = _COLUMN.replace("سوت\nکنار گذاشتن «مهاجم ملی»\n", above)
        article = jm.parse_article(text)
        assert (article.title, uncertain(article)) == ("از فهرست اروپایی باشگاه", [])


_SISTAN = "سیستان، هیرمند و کشاورزی"
_SISTAN_BODY = (
    "سرزمینی که امروز در دو سوی مرز هیرمند آباد است، در سده‌های میانه یکی از انبارهای غله "
    "خراسان به شمار می‌رفت و جغرافی‌دانان از کشتزارهای آن بسیار نوشته‌اند.\n"
    "در این نوشته کوشش شده است تا با نگاهی به همین منابع، پیوند آب و آبادانی در این "
    "سرزمین بررسی شود.\n"
)


def test_a_writers_name_after_an_academic_rank_printed_twice_is_no_title() -> None:
    """The title first, a Latin typography widget, the writer's name after an Afghan academic
    rank printed twice around «لومړۍ برخه», a couplet with «ـــ»: the title is the first line."""
    text = (
        f"{_SISTAN}\n\nزیرمتون\nTypography\n• Smaller Small Medium Big Bigger\n"
        "• Default Helvetica Segoe Georgia Times\n\nکاندید اکادمیسین سیستانی\n\n"
        "لومړۍ برخه\n\nکاندید اکادمیسین سیستانی\n\n"
        "هیرمند ای رود پرآب و پرصدا ـــ ای نگین سبز دشت و کشتزار\n(شاعر ناشناس)\n\n"
        f"{_SISTAN_BODY}"
    )
    assert jm.parse_article(text).title == _SISTAN


@pytest.mark.parametrize(
    "headline", ["پوهاند حبیبی رئیس فرهنگستان شد", "معاون وزیر معارف به هرات رفت"]
)
def test_a_headline_naming_a_rank_with_a_verb_stays_the_title(headline: str) -> None:
    """A headline opening with a rank that goes on with a verb, or with «معاون» and no rank,
    is a headline, not a byline (over a part's label of two words)."""
    assert jm.parse_article(f"{headline}\n\nبخش نخست\n\n{_SISTAN_BODY}").title == headline


def test_a_couplet_with_tatweels_between_its_halves_is_no_title() -> None:
    """«... ـــ ...» (two halves of four to nine words) over the body, under the headline: an
    epigraph."""
    couplet = "هیرمند ای رود پرآب و پرصدا ـــ ای نگین سبز دشت و کشتزار"
    assert jm.parse_article(f"{_SISTAN}\n\n{couplet}\n\n{_SISTAN_BODY}").title == _SISTAN


def test_a_headline_with_one_tatweel_stays_the_title() -> None:
    """A long headline with a single tatweel «ـ» (a numbered heading's mark) is no couplet."""
    headline = "بازسازی کانال‌های آبیاری هیرمند ـ نخستین گام برای کشتزارهای سیستان"
    assert jm.parse_article(f"{_SISTAN}\n\n{headline}\n\n{_SISTAN_BODY}").title == headline


def test_latin_widget_lines_between_the_title_and_the_body_do_not_push_it_away() -> None:
    """Latin-only bulleted lines of a site widget between the title and the body are not counted as
    headlines between them: the title keeps its closeness to the body."""
    text = (
        f"{_SISTAN}\n• Typography Smaller Small Medium\n• Default Helvetica Segoe Georgia Times\n"
        f"بخش نخست\n{_SISTAN_BODY}"
    )
    assert jm.parse_article(text).title == _SISTAN


def test_persian_lines_between_the_title_and_the_body_still_count() -> None:
    """The same lines in Persian script are headline-shaped lines between: the first line is
    no longer the best. (The short line over the body is «سخن نخست»: a part heading «بخش
    نخست» scores less since fix8 and would leave the first line best for that reason.)"""
    text = (
        f"{_SISTAN}\n• تایپوگرافی کوچک‌تر کوچک متوسط\n• پیش‌فرض هلوتیکا سگو جورجیا تایمز\n"
        f"سخن نخست\n{_SISTAN_BODY}"
    )
    assert jm.parse_article(text).title != _SISTAN


_RAIL_BODY = (
    "خبر اول اینکه، یک پایگاه خبری روز گذشته با نقل قولی نادرست از یک مسئول راه‌آهن مدعی شد "
    "که بلیت قطار از ماه آینده دو برابر می‌شود، اما این خبر درست نیست.\n"
    "خبر دوم اینکه، برخلاف آنچه برخی کانال‌ها منتشر کرده‌اند، نمایشگاه کتاب استانی امسال لغو "
    "نشده و طبق برنامه برگزار می‌شود.\n"
)


def test_a_subtitle_in_a_double_spaced_text_is_still_a_subtitle() -> None:
    """«شایعه بلیت» / «درباره قیمت سفرهای ریلی» with a blank line after every line (a
    double-spaced extraction): the blank line sets nothing apart, the short headline is the
    title as in the text itself."""
    text = f"صفحات\nشماره ۸۲۶۸ - ۰۷ شهریور ۱۴۰۲\nشایعه بلیت\nدرباره قیمت سفرهای ریلی\n{_RAIL_BODY}"
    assert jm.parse_article(text).title == "شایعه بلیت"
    assert jm.parse_article(text.replace("\n", "\n\n")).title == "شایعه بلیت"


def test_a_line_about_set_apart_by_a_blank_line_is_no_subtitle() -> None:
    """In a text that is not double-spaced, «درباره ...» set apart from the line above by a
    blank line is no subtitle of it: it is the headline over the body."""
    text = (
        f"صفحات\nشماره ۸۲۶۸ - ۰۷ شهریور ۱۴۰۲\nشایعه بلیت\n\nدرباره قیمت سفرهای ریلی\n{_RAIL_BODY}"
    )
    assert jm.parse_article(text).title == "درباره قیمت سفرهای ریلی"


_SHORTAGE = "کمبود معلم در مدارس حاشیه شهر جدی است"
_SHORTAGE_BODY = (
    "در آستانه سال تحصیلی جدید، بسیاری از مدارس حاشیه شهرهای بزرگ هنوز برای چند کلاس معلم "
    "ندارند و مدیران آن‌ها از کمبود نیرو گلایه می‌کنند.\n"
    "به گفته یکی از مدیران مدارس جنوب شهر، برخی کلاس‌ها در هفته نخست بدون معلم مانده‌اند.\n"
)


def test_a_phrase_under_a_verb_headline_in_a_double_spaced_text_is_its_subtitle() -> None:
    """A verbless line under a headline ending with a verb, every line double-spaced: its
    subtitle, as in the text itself."""
    text = f"{_SHORTAGE}\n| مرضیه صاحبی|\n{_SHORTAGE_BODY}"
    assert jm.parse_article(text).title == _SHORTAGE
    assert jm.parse_article(text.replace("\n", "\n\n")).title == _SHORTAGE
    assert uncertain(jm.parse_article(text)) == []  # a subtitle: no rival


def test_a_phrase_set_apart_from_a_verb_headline_is_no_subtitle() -> None:
    """Not double-spaced, a blank line before the verbless line only: it is set apart from
    the headline, no subtitle of it, and ties with it (since titles7 the headline, sharing
    the lead's words, wins the tie, and the phrase competes with it)."""
    text = f"{_SHORTAGE}\n\n| مرضیه صاحبی|\n{_SHORTAGE_BODY}"
    article = jm.parse_article(text)
    assert article.title == _SHORTAGE
    assert "«| مرضیه صاحبی|» competes" in uncertain(article)[0]


def test_a_stanza_in_a_double_spaced_text_is_still_a_poem() -> None:
    """A stanza with a blank line after every line (a double-spaced extraction): still a
    poem, no title, as in the text itself."""
    text = ("تاریخ انتشار: ۳ بهمن ۱۴۰۱\n\n" + STANZA + PARAS).replace("\n", "\n\n")
    assert jm.parse_article(text).title is None


def test_a_stanza_whose_lines_are_set_apart_is_no_poem() -> None:
    """Not double-spaced, a blank line between each of the four lines: no stanza in a row,
    and a line of it is taken for the headline."""
    lines = STANZA.strip().split("\n")
    text = "تاریخ انتشار: ۳ بهمن ۱۴۰۱\n" + "\n\n".join(lines) + "\n" + PARAS
    assert jm.parse_article(text).title is not None


# -- No-break spaces (U+00A0) are spaces to the title rules (issue 16) ---------------------------

_NBSP_CASES = [
    # A breadcrumb «>>» over a long line, never the title.
    (f"صفحه نخست >> فرهنگی >> کتاب\n{_LONG_LEAD}\n\n{_PARK}", _LONG_LEAD),
    # A breadcrumb « > » as the first line of a text without running text.
    (
        "صفحه نخست > گزارش‌ها\nپل تاریخی شهر دوباره باز شد\nعکس از سارا",
        "پل تاریخی شهر دوباره باز شد",
    ),
    # A couplet «... ـــ ...» under the headline: an epigraph.
    (
        f"{_SISTAN}\n\nهیرمند ای رود پرآب و پرصدا ـــ ای نگین سبز دشت و کشتزار\n\n{_SISTAN_BODY}",
        _SISTAN,
    ),
]


@pytest.mark.parametrize(("text", "title"), _NBSP_CASES)
def test_no_break_spaces_give_the_same_title(text: str, title: str) -> None:
    """Every space a no-break space (a CMS's `&nbsp;`): the same line is the title."""
    assert jm.parse_article(text).title == title
    found = jm.parse_article(text.replace(" ", "\u00a0")).title
    assert found is not None
    assert found.replace("\u00a0", " ") == title


def test_no_break_spaces_are_kept_in_the_values_returned() -> None:
    """The rules read a no-break space as a space; the title, lead, body and ignored lines
    are still returned as printed, their no-break spaces kept."""
    text = f"صفحه نخست > گزارش‌ها\n{_SISTAN}\n\n{_SISTAN_BODY}".replace(" ", "\u00a0")
    article = jm.parse_article(text)
    assert article.title == _SISTAN.replace(" ", "\u00a0")
    assert article.lead is not None
    assert "\u00a0" in article.lead
    assert " " not in article.lead
    assert all(" " not in line for line in article.body)
    assert all(" " not in ignored.text for ignored in article.ignored)


# A Pashto article: the headline and lead hold letters Persian does not write (ښ ګ ې ...).
PASHTO_PAGE = (
    "د ښار د اوبو رسولو نوې پروژه پیل شوه\n"
    "2021-03-21 18:36:31\n"
    "د ښار په ختیځو سیمو کې د اوبو رسولو نوې شبکه جوړېږي او کار یې له نن څخه پیل شو.\n"
    "دویم پاراګراف د پروژې د لګښت په اړه معلومات ورکوي.\n"
)


def test_a_pashto_article_keeps_kabuls_clock() -> None:
    """A zoneless stamp on a page written in Pashto is Kabul's wall time, as on an .af host."""
    article = jm.parse_article(PASHTO_PAGE)
    assert article.published.isoformat() == "2021-03-21T18:36:31+04:30"


def test_one_pashto_name_in_a_persian_article_keeps_tehrans_clock() -> None:
    """A Persian report naming a Pashto place («لښکرګاه») is not a Pashto page."""
    text = (
        "سفر هیئت ایرانی به لښکرگاه برای گفت‌وگو درباره آب\n"
        "2021-03-21 18:36:31\n"
        "هیئتی از وزارت نیرو برای گفت‌وگو درباره حقابه به ولایت هلمند سفر کرد و با مقام‌های محلی دیدار کرد.\n"
        "بند دوم خبر درباره نتیجه این دیدار است.\n"
    )
    assert jm.parse_article(text).published.isoformat() == "2021-03-21T18:36:31+03:30"


def test_a_date_box_in_a_meta_row_is_its_own_line() -> None:
    """«<span class="views">2,235</span><span class="author">...</span><span class="created">
    2021-03-21 18:36:31</span>»: CSS sets the boxes apart; the date box is a date line."""
    pytest.importorskip("selectolax")
    html = (
        '<html><body><h1>عنوان مقاله درباره کشاورزی بهاری</h1><div class="meta">'
        '<span class="views">2,235</span> <span class="author">Riaz Muqamzai - ریاض مقامزی</span> '
        '<span class="created">2021-03-21 18:36:31</span></div>'
        "<p>متن مقاله درباره آیین‌های کشاورزی در آغاز بهار است و چند بند دارد.</p></body></html>"
    )
    assert jm.parse_html(html).published.isoformat() == "2021-03-21T18:36:31+03:30"


def test_a_label_box_beside_a_value_box_stays_on_its_line() -> None:
    """Boxes whose class names no date (a label and its value) stay on one line."""
    pytest.importorskip("selectolax")
    html = (
        '<html><body><h1>عنوان مقاله درباره کشاورزی بهاری</h1><div class="meta">'
        '<span class="label">کد خبر:</span><span class="value">۴۵۶۷۸</span></div>'
        "<p>متن مقاله درباره آیین‌های کشاورزی در آغاز بهار است و چند بند دارد.</p></body></html>"
    )
    assert jm.parse_html(html).number == "45678"


AFGHAN_STAMP_PAGE = "عنوان خبر درباره کتاب تازه\nتاریخ انتشار: ۰۹:۵۱ ۱۳۹۶/۸/۲۲" + LEAD


@pytest.mark.parametrize(
    ("url", "offset"),
    [
        ("https://mail.afghanpaper.com/nbody.php?id=141434", "+04:30"),
        ("https://kabulnow.com/2023/05/x/", "+04:30"),
        ("https://www.moe.gov.af/dr/news/12", "+04:30"),
        ("https://www.irna.ir/news/84432109/", "+03:30"),
        (None, "+03:30"),
    ],
)
def test_an_afghan_host_name_puts_the_page_on_kabuls_clock(url: str | None, offset: str) -> None:
    """A host ending in .af or naming the country («afghanpaper», «kabulnow»): Kabul's clock."""
    article = jm.parse_article(AFGHAN_STAMP_PAGE, url=url)
    assert article.published.isoformat() == "2017-11-13T09:51:00" + offset


_MENU = "صفحه نخست\nبانک و بیمه\nبورس\nمسکن\nخودرو\nطلا و ارز\n"


def test_a_section_name_printed_in_the_menu_and_over_the_headline_is_no_title() -> None:
    """«بانک و بیمه» as a menu item and again over the headline: a section's name printed
    twice is not the headline printed twice."""
    text = (
        _MENU + "اقتصادنیوز\nبانک و بیمه\nنرخ سود سپرده‌های بانکی تغییر می‌کند؟\n"
        "دوشنبه ۲۰ آذر ۱۴۰۲ ساعت ۱۱:۳۰\nکد خبر: ۶۰۲۳۴۵\n"
        "شنیده‌ها از احتمال بازنگری سقف نرخ سود سپرده‌ها در جلسه آینده شورا حکایت دارد.\n"
    )
    assert jm.parse_article(text).title == "نرخ سود سپرده‌های بانکی تغییر می‌کند؟"


def test_a_short_headline_printed_twice_outside_a_menu_is_the_title() -> None:
    """A three-word headline printed above and below its header, in no menu, is the title."""
    text = (
        _MENU + "\nگرانی نان سنگک\nپیش‌خبر کوتاه درباره نانوایی‌های شهر\n"
        "دوشنبه ۲۰ آذر ۱۴۰۲ ساعت ۱۱:۳۰\nکد خبر: ۶۰۲۳۴۵\nگرانی نان سنگک\n"
        "قیمت نان سنگک در نانوایی‌های آزادپز شهر از امروز بیشتر شد و مردم گلایه دارند.\n"
    )
    assert jm.parse_article(text).title == "گرانی نان سنگک"


# -- ZWNJs kept, dropped or printed as spaces give the same title (issue 16, titles7) ---------

_ZWNJ_BODY = (
    "به گزارش خبرنگار ما، نشست بررسی بودجه عمرانی استان‌ها روز گذشته با حضور نمایندگان "
    "برگزار شد و طرح‌های نیمه‌تمام یک به یک مرور شدند.\n"
    "در این نشست گفته شد که بودجه عمرانی استان‌ها امسال بیش از سال گذشته خواهد بود.\n"
)
_ZWNJ_CASES = [
    # A page's label «تازه‌ترین‌ها:» over a ticker item is no kicker of that item.
    (
        "پنجشنبه ۱ مهر ۱۴۰۲\nتازه‌ترین‌ها:\nوزیر نیرو: برق شهرها پایدار می‌ماند\n"
        "نشست بررسی بودجه عمرانی استان‌ها در تهران\n" + _ZWNJ_BODY,
        "نشست بررسی بودجه عمرانی استان‌ها در تهران",
    ),
    # A headline under an occasion's kicker, a writer's name under it.
    (
        "تاریخ انتشار: ۱۰:۲۳ - ۱۲-۰۴-۱۳۹۳\nبه بهانه سیزدهم تیر ماه\n\n"
        "تیرگان؛ جشن آب‌پاشی و یاد کمان‌دار افسانه‌ای\n\nبهرام نیک‌نام\n\n"
        "در گاه‌شماری کهن ایرانی، هر روز ماه نامی داشت و روز سیزدهم در ماه تیر جشن بود.\n"
        "تیرگان از جشن‌های کهنی است که مردم در آن به یکدیگر آب می‌پاشیدند.\n",
        "تیرگان؛ جشن آب‌پاشی و یاد کمان‌دار افسانه‌ای",
    ),
    # A column's name, then the headline over its «درباره ...» subtitle.
    (
        "روزنامه ایران - شماره ۸۲۶۸ - ۰۷ شهریور ۱۴۰۲ - صفحه ۳\nدیگه‌چه‌خبر؟\nشایعه بلیت\n"
        "درباره قیمت سفرهای ریلی\n"
        " خبر اول اینکه، یک پایگاه خبری روز گذشته با نقل قولی نادرست مدعی شد که بلیت قطار "
        "گران می‌شود؛ راه‌آهن این خبر را رد کرد.\n"
        "خبر دوم اینکه، نمایشگاه کتاب استانی امسال لغو نشده و طبق برنامه برگزار می‌شود.\n",
        "شایعه بلیت",
    ),
    # «روزنامه‌نگاری ...» opens a headline, not an institution's name (a masthead).
    (
        "روزنامه شرق روزنامه شرق نارون\nروزنامه‌نگاري و حافظه تاريخي\nمهرداد كياني\n"
        "در مرور روزنامه‌هاي بازمانده از دوره مشروطه، بيش از هر چيز با گوناگوني برداشت‌ها "
        "روبه‌رو مي‌شويم.\nاين پراكندگي تنها به عامه مردم محدود نبود و اهل قلم را هم در بر "
        "مي‌گرفت.\n",
        "روزنامه‌نگاري و حافظه تاريخي",
    ),
]


@pytest.mark.parametrize(("text", "title"), _ZWNJ_CASES)
@pytest.mark.parametrize("zwnj", ["\u200c", " ", ""], ids=["kept", "space", "dropped"])
def test_zwnjs_kept_dropped_or_spaced_give_the_same_title(text: str, title: str, zwnj: str) -> None:
    """The title's evidence counts words the same way whatever became of the ZWNJs: a
    plural or verb ending printed apart (``استان ها``, ``می شود``) is no word of its own."""
    found = jm.parse_article(text.replace("\u200c", zwnj)).title
    assert found == title.replace("\u200c", zwnj)


# -- Ties between two lines of the same score (titles7) ---------------------------------------

_TIE_BODY = (
    "این دومین نوشته از مجموعه‌ای است که در آن ساختار ماژول‌های پرستاشاپ و تغییرات آن را "
    "مرور می‌کنیم.\n"
    "در نسخه تازه بخشی از ماژول‌ها به سیستم جدید منتقل شده‌اند و برخی کنترلرهای قدیمی تنها "
    "برای سازگاری باقی مانده‌اند.\n"
)


def test_a_tie_goes_to_the_upper_line_sharing_more_words_with_the_lead() -> None:
    """«HEADLINE / a box's heading / byline / lead»: the heading ties with the headline, and
    the headline, which shares the lead's words, wins."""
    text = (
        "رفتن به مطلب\n\nساختار ماژول‌ها در پرستاشاپ 1.7 - تغییرات سال 2019\n\n"
        "پست‌های پیشنهاد شده\n\nنوشته شده توسط- مارتین رودریگز\n\nمترجم: رضا کاظمی\n\n" + _TIE_BODY
    )
    assert jm.parse_article(text).title == "ساختار ماژول‌ها در پرستاشاپ 1.7 - تغییرات سال 2019"


def test_a_tie_goes_to_the_lower_line_when_the_upper_shares_no_more_words() -> None:
    """The same page whose headline shares no word with the lead: the lower line wins the
    tie, as before (a kicker stands above the headline), and is uncertain."""
    text = (
        "رفتن به مطلب\n\nگفت‌وگوی هفته با مدیران فروشگاه‌سازهای ایرانی\n\n"
        "پست های پیشنهاد شده\n\nنوشته شده توسط- مارتین رودریگز\n\nمترجم: رضا کاظمی\n\n" + _TIE_BODY
    )
    article = jm.parse_article(text)
    assert article.title == "پست های پیشنهاد شده"
    assert "title-uncertain" in codes(article)


# -- A WordPress archive's title names the list (titles7) --------------------------------------

_ARCHIVE_ITEM = (
    "گذری بر راه‌های کهن خراسان\n۲۲ مهر ۱۴۰۰\n"
    "راه‌هایی که روزگاری توس و نیشابور را به هرات و مرو می‌پیوست، تنها راه بازرگانی نبود؛ "
    "راه دانش و شعر هم بود و کاروان‌ها کتاب هم می‌بردند.\n"
    "در این گزارش چند منزل کهن این راه‌ها را با هم مرور می‌کنیم و از کاروانسراهای آن می‌گوییم.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "بایگانی‌های خراسان تاریخی - نشریه فرهنگی خاتون شرق",
        "بایگانی های خراسان تاریخی | خاتون شرق",
        "بایگانی: خراسان تاریخی",
        "بایگانی‌های خراسان تاریخی",
    ],
)
def test_a_wordpress_archive_title_names_the_list(line: str) -> None:
    """«بایگانی‌های NAME - SITE» above the first item: the page lists NAME's posts; the
    title is NAME, the item's date is not the page's."""
    article = jm.parse_article(f"{line}\n{_ARCHIVE_ITEM}")
    assert article.title == "خراسان تاریخی"
    assert article.evidence["title"] == "listing name"
    assert "listing-page" in codes(article)
    assert article.published is None


@pytest.mark.parametrize(
    "line",
    [
        "بایگانی‌های ماهانه",  # a sidebar's monthly archives
        "بایگانی اسناد ملی در مشهد گسترش می‌یابد",  # a headline about an archive
        "بایگانی‌های استان بازسازی می‌شوند",  # a headline with a verb
    ],
)
def test_an_archive_word_alone_names_no_list(line: str) -> None:
    """A sidebar's «بایگانی‌های ماهانه», a headline about an archive: no list's name."""
    article = jm.parse_article(f"{line}\n{_ARCHIVE_ITEM}")
    assert article.evidence.get("title") != "listing name"
    assert article.title != line.rsplit(maxsplit=1)[-1]


def test_an_archive_title_below_the_running_text_names_no_list() -> None:
    """An archive title printed under the article (a footer's link) is not the page's."""
    article = jm.parse_article(f"{_ARCHIVE_ITEM}بایگانی‌های خراسان تاریخی - خاتون شرق\n")
    assert article.title == "گذری بر راه‌های کهن خراسان"


# -- A headline printed as a sentence, printed again (titles7) --------------------------------

_SHIRAZ = "شهرداری شیراز در آیینی از بانوان کارآفرین محله‌های کم‌برخوردار قدردانی کرد."
_SHIRAZ_LONG = (
    "شهرداری شیراز در آیینی که روز گذشته با حضور اعضای شورا و مدیران شهری برگزار شد از "
    "بانوان کارآفرین محله‌های کم‌برخوردار قدردانی کرد."
)
_SHIRAZ_BODY = (
    "یکی از اعضای شورای شهر در این آیین گفت که شهرداری در دو سال گذشته سی بازارچه محلی برای "
    "فروش محصولات خانگی برپا کرده است.\n"
    "رئیس کمیسیون اجتماعی شورا نیز گفت بانوان کارآفرین برای بیش از دویست نفر از همسایگان خود "
    "کار ایجاد کرده‌اند.\n"
)


def test_a_sentence_printed_twice_with_nothing_above_is_the_headline() -> None:
    """A one-sentence headline ending with a period, printed twice over the body, nothing
    headline-shaped above it: the title, period and all."""
    article = jm.parse_article(f"{_SHIRAZ}\n{_SHIRAZ}\n{_SHIRAZ_BODY}")
    assert article.title == _SHIRAZ
    assert "title-uncertain" not in codes(article)


def test_a_sentence_printed_again_with_a_file_name_under_furniture_is_the_headline() -> None:
    """A site's link, bulleted date and reading time above, the sentence printed again with
    a media file's name glued to it: the sentence is the title, not the link."""
    text = (
        f"سایت پیشین مرکز\n• ۱۴۰۳/۰۱/۰۲ - ۰۱:۰۶\n• زمان مطالعه: ۱ دقیقه\n"
        f"{_SHIRAZ}\n330352.mp3 {_SHIRAZ}\n{_SHIRAZ_BODY}"
    )
    assert jm.parse_article(text).title == _SHIRAZ


def test_a_sentence_printed_twice_under_a_headline_is_its_lead() -> None:
    """A headline-shaped line above the sentence printed twice: the sentence is the lead
    (a summary box and the body's first paragraph), the line above the title."""
    text = f"قدردانی از بانوان کارآفرین محله‌ها\n{_SHIRAZ}\n{_SHIRAZ}\n{_SHIRAZ_BODY}"
    assert jm.parse_article(text).title == "قدردانی از بانوان کارآفرین محله‌ها"


def test_a_long_sentence_printed_twice_is_a_lead_not_a_headline() -> None:
    """A sentence of a lead's length (over 20 words) printed twice, nothing above: the lead
    printed twice, and the page prints no headline."""
    assert jm.parse_article(f"{_SHIRAZ_LONG}\n{_SHIRAZ_LONG}\n{_SHIRAZ_BODY}").title is None


def test_a_link_to_a_site_is_never_the_title() -> None:
    """«سایت پیشین مرکز» (a link to the centre's previous site) first on a short text: the
    headline under it is the title; «سایت تازه دانشگاه رونمایی شد» (a verb) is a headline."""
    linked = jm.parse_article("سایت پیشین مرکز\nسالن ورزشی دانشگاه بازگشایی شد\n")
    stated = jm.parse_article("سایت تازه دانشگاه رونمایی شد\nسایت پیشین مرکز\n")
    assert linked.title == "سالن ورزشی دانشگاه بازگشایی شد"
    assert stated.title == "سایت تازه دانشگاه رونمایی شد"


_IPO = "عرضه اولیه در بورس چیست؟ + راهنمای خرید عرضه اولیه «غکویر»"


def test_a_headline_printed_twice_over_a_counter_and_a_category_is_the_title() -> None:
    """A headline printed twice in a row, then a view counter and a category's name, then
    the body: the headline, though it ends like a sentence («»»)."""
    assert jm.parse_article(f"{_IPO}\n{_IPO}\n546584\nورود به بورس\n{_SHIRAZ_BODY}").title == _IPO


def test_a_line_printed_twice_far_above_the_body_starts_it() -> None:
    """Three short lines between the two copies and the body: too far, the copies are the
    running text's start and no title is chosen."""
    text = f"{_IPO}\n{_IPO}\n546584\nورود به بورس\nآموزش بورس\n{_SHIRAZ_BODY}"
    assert jm.parse_article(text).title is None


# -- A list's later page, items with their own IDs (titles7) ----------------------------------

_TAG_ITEMS = (
    "هواداران تازه‌ای که فوتبال ایران پیدا کرد\n"
    "ستاره پیشین تیم ملی می‌گوید مدرسه‌های فوتبال در شهرهای کوچک بیش از همیشه بازیکن دارند.\n"
    "کد خبر: ۱۷۷۱۴۱   تاریخ انتشار : ۱۴۰۳/۰۹/۲۵\n"
    "فدراسیون فوتبال و وعده دوباره زمین‌های چمن\n"
    "در حالی که بسیاری از ورزشگاه‌های شهرستان‌ها هنوز زمین استاندارد ندارند، وعده‌ها تکرار شد.\n"
    "کد خبر: ۱۷۷۱۰۵   تاریخ انتشار : ۱۴۰۳/۰۹/۲۵\n"
    "کدام مربیان خارجی در لیگ ماندند؟\n"
    "از هفت مربی خارجی که فصل را در لیگ برتر آغاز کردند، تنها چهار نفر تا نیم‌فصل ماندند.\n"
    "کد خبر: ۱۷۶۸۸۲   تاریخ انتشار : ۱۴۰۳/۰۹/۱۸\n"
)


@pytest.mark.parametrize("line", ["فوتبال ایران - صفحه 3", "فوتبال ایران | صفحه ۲ از ۹ | دیدار"])
def test_a_lists_later_page_names_the_list(line: str) -> None:
    """«NAME - صفحه 3» above the items: the list's third page; the title is NAME."""
    article = jm.parse_article(f"{line}\n{_TAG_ITEMS}")
    assert article.title == "فوتبال ایران"
    assert article.evidence["title"] == "listing name"


@pytest.mark.parametrize(
    "line",
    [
        "روزنامه همشهری - صفحه ۳",  # a newspaper's page
        "۱۰ نکته درباره فوتبال ایران - صفحه 3",  # digits in the name
        "گزارشی بلند درباره آینده فوتبال ایران و مدرسه‌های آن - صفحه 2",  # a headline's page
    ],
)
def test_a_page_number_after_a_newspaper_or_a_headline_names_no_list(line: str) -> None:
    """A newspaper's page, a name with digits, a long headline on its second page: no
    list's name taken from the line."""
    article = jm.parse_article(f"{line}\n{_TAG_ITEMS}")
    assert article.title != line.rsplit(" - ", 1)[0]


def test_items_with_their_own_ids_under_the_first_headline_are_a_list() -> None:
    """Without its address, a tag page whose items print their own «کد خبر»: the first
    item's headline is not the page's title (fix37: None, title-uncertain), the items' dates
    are not the page's."""
    article = jm.parse_article(_TAG_ITEMS)
    assert article.title is None
    assert "title-uncertain" in codes(article)
    assert "listing-page" in codes(article)


def test_an_article_with_its_own_id_is_no_list() -> None:
    """One headline, one «کد خبر» and a body: an article, its title sure."""
    text = "\n".join(_TAG_ITEMS.split("\n")[:3]) + "\n" + _SHIRAZ_BODY
    article = jm.parse_article(text)
    assert article.title == "هواداران تازه‌ای که فوتبال ایران پیدا کرد"
    assert "title-uncertain" not in codes(article)


# -- A forum thread's topic in its header (titles7) -------------------------------------------

_FORUM_POST = (
    "آفلاین کیان\n• ارسال: 2338\nشمردن تکرار حروف با یک دستور کوتاه\n"
    "« پاسخ #31 : 28 فروردین 1392، 12:27 ق‌ظ »\n"
    "با این دستور کوتاه می‌شود شمار تکرار هر حرف را در یک فایل متنی به دست آورد و از روی آن "
    "بسامد حروف را تخمین زد.\n"
    "من هم مدت‌ها به این موضوع فکر کرده‌ام؛ کار کوتاهی نیست و برای نتیجه‌ای قابل اعتماد یک سال "
    "داده لازم است.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "نویسنده موضوع: طراحی چینش تازه صفحه‌کلید فارسی  (دفعات بازدید: 52224 بار)",
        "نام موضوع طراحی چینش تازه صفحه‌کلید فارسی",
        "عنوان موضوع: طراحی چینش تازه صفحه‌کلید فارسی",
    ],
)
def test_a_forum_threads_topic_line_names_the_title(line: str) -> None:
    """SMF's «نویسنده موضوع: TOPIC (دفعات بازدید: N بار)», XenForo's «نام موضوع TOPIC»: the
    topic is the title, not the heading of the reply shown."""
    article = jm.parse_article(f"انجمن‌های فارسی\n{line}\n{_FORUM_POST}")
    assert article.title == "طراحی چینش تازه صفحه‌کلید فارسی"
    assert article.evidence["title"] == "forum topic"


@pytest.mark.parametrize(
    "line",
    [
        "نویسنده موضوع Sara-k",  # the topic's author (no colon)
        "موضوع: فقه المسجد (مسجد طراز انقلاب اسلامی)",  # a lecture's subject label
        "نام موضوع",  # the label alone
    ],
)
def test_an_author_or_a_subject_label_names_no_topic(line: str) -> None:
    """The topic's author, a lecture's «موضوع:» label, an empty label: no topic."""
    article = jm.parse_article(f"انجمن‌های فارسی\n{line}\n{_FORUM_POST}")
    assert article.evidence.get("title") != "forum topic"


# -- A headline printed again with its category glued on; a teaser's pieces (titles7) ---------

_SEARCH = "مهارت جستجوی منابع فارسی در اینترنت"
_SEARCH_CUT = (
    "نبود یک رسم‌الخط یکسان در فارسی، جستجوی منابع را در وب دشوار کرده است و کاربر با املاهای "
    "گوناگون"
)
_SEARCH_BODY = (
    "این نوشته چند روش ساده را برای بهتر کردن دقت و جامعیت جستجو پیشنهاد می‌کند و نمونه‌هایی "
    "هم می‌آورد.\nروش نخست نوشتن چند املای رایج یک واژه در کنار هم است تا موتور جستجو همه را "
    "ببیند.\n"
)


def _search_page(glued: str) -> str:
    """A post's page: headline, views, the headline with ``glued`` after it, a teaser cut
    with «[…]», the same paragraph cut into two lines by the layout, the body."""
    return (
        f"{_SEARCH}\nمشاهده : 130\n{_SEARCH} {glued}\n{_SEARCH_CUT} یک واژه روبه‌رو می‌شود […]\n"
        f"{_SEARCH_CUT}\nیک واژه روبه‌رو می‌شود.\n{_SEARCH_BODY}"
    )


def test_a_headline_printed_again_with_its_category_glued_is_printed_twice() -> None:
    """«HEADLINE» then «HEADLINE کامپیوتر و موبایل» (its category's names glued on): the
    headline printed twice, over the pieces of a paragraph the layout cut (no headline)."""
    article = jm.parse_article(_search_page("کامپیوتر و موبایل"))
    assert article.title == _SEARCH
    assert "title-uncertain" not in codes(article)


def test_a_long_tail_glued_to_a_headline_is_no_second_print() -> None:
    """More than a category's names glued on (a subtitle run into the line): no second
    print, and the page's title stays uncertain."""
    glued = "و راه‌های ساده برای یافتن مقاله‌های علمی به زبان فارسی"
    article = jm.parse_article(_search_page(glued))
    assert article.title != _SEARCH
    assert "title-uncertain" in codes(article)


# -- A text opening with the body's end, its header further down (titles7) --------------------

_GOLD_OPENING = (
    "به گزارش بازار، زمان‌بندی تازه از روز چهارشنبه اول تیر اجرا می‌شود و داد و ستد "
    "گواهی‌های سپرده و صندوق‌های طلا طبق جدول زیر انجام خواهد شد:\n"
    "مرحله پیش گشایش ۱۱ و ۳۰ الی ۱۲\nمرحله گشایش ۱۲\nمرحله حراج پیوسته ۱۲ الی ۱۵\n"
)
_GOLD_HEADER = (
    "۲۸ خرداد ۱۴۰۱ - ۱۹:۴۵\nساعت داد و ستد صندوق‌های طلا در بورس کالا تغییر کرد\n"
    "بورس کالای ایران در اطلاعیه‌ای زمان تازه معاملات گواهی‌های سپرده و صندوق‌های طلا را "
    "اعلام کرد.\nکد خبر: ۱۵۷٬۰۴۰\nنظر شما\n"
)


def test_a_text_opening_with_the_bodys_end_has_its_headline_under_the_date() -> None:
    """The body's last paragraph and a table first, then the date line, the headline and
    the lead: the headline under the date is the title."""
    article = jm.parse_article(_GOLD_OPENING + _GOLD_HEADER)
    assert article.title == "ساعت داد و ستد صندوق‌های طلا در بورس کالا تغییر کرد"
    assert article.published is not None
    assert article.published.isoformat() == "2022-06-18T19:45:00+04:30"


def test_a_headline_over_the_first_paragraph_keeps_it_as_the_body() -> None:
    """The same text with a headline over its first paragraph: that paragraph starts the
    body, and its headline is the title."""
    article = jm.parse_article(
        "زمان‌بندی تازه معاملات صندوق‌های طلا\n" + _GOLD_OPENING + _GOLD_HEADER
    )
    assert article.title == "زمان‌بندی تازه معاملات صندوق‌های طلا"


# -- A title in a template's frame of marks; numbered items «1. ...» (titles7) -----------------

_RIJAL_BODY = (
    "در بخش نخست، تعریف، موضوع و غرض علم رجال و رابطه آن با علم درایه بررسی شده است و "
    "نویسنده نمونه‌هایی از کتاب‌های کهن می‌آورد.\n"
    "در بخش دوم چهار کتاب کهن رجالی و روش نویسندگان آن‌ها معرفی شده و در بخش سوم شیوه‌های "
    "داوری درباره راویان آمده است.\n"
)


def test_a_title_in_a_frame_of_marks_is_the_title_without_it() -> None:
    """«.:: TITLE ::.» over the author, an abstract's heading and its numbered parts: the
    framed line is the title, returned without its frame."""
    text = (
        ".:: نگاهی به تاریخ علم رجال ::.\n« محمدحسین رضوانی »\nچکیده\n"
        "این نوشتار سرگذشت علم رجال را در سه بخش:\n1. تعریف و موضوع علم رجال؛\n"
        "2. نخستین کتاب های رجالی،\n3. روش های داوری درباره راویان؛\n" + _RIJAL_BODY
    )
    article = jm.parse_article(text)
    assert article.title == "نگاهی به تاریخ علم رجال"
    assert "title-uncertain" not in codes(article)


def test_a_loading_message_in_a_frame_is_no_title() -> None:
    """«::: در حال بارگیری لطفا صبر کنید :::» (a prompt to the reader) gets no frame's bonus:
    the headline under it is the title."""
    text = "::: در حال بارگیری لطفا صبر کنید :::\nنگاهی به تاریخ علم رجال\n" + _RIJAL_BODY
    assert jm.parse_article(text).title == "نگاهی به تاریخ علم رجال"


def test_a_numbered_item_is_no_headline() -> None:
    """«3. روش های ...» right above the body is an item of a numbered list (like «۳- ...»),
    not the headline over it; a headline opening with a number and no dot still is one."""
    listed = jm.parse_article(
        "نگاهی به تاریخ علم رجال\n« محمدحسین رضوانی »\n3. روش های داوری درباره راویان\n"
        + _RIJAL_BODY
    )
    counted = jm.parse_article("3 روش تازه برای داوری درباره راویان\n" + _RIJAL_BODY)
    assert listed.title == "نگاهی به تاریخ علم رجال"
    assert counted.title == "3 روش تازه برای داوری درباره راویان"


# -- A list's dated items, one paragraph each (titles7) ----------------------------------------

_PAPER_ITEM = (
    "NONE\n۱۰:۲۰ - سه شنبه ۲۸ دی ۱۴۰۰\nچاپخانه‌ها در صف کاغذ\n"
    "کمبود کاغذ روزنامه در ماه‌های اخیر چند نشریه استانی را ناچار کرده است صفحه‌های خود را کم "
    "کنند و چاپ را به روزهای دیگر ببرند.\n"
)
_PAPER_NEXT = (
    "NONE\n۰۸:۱۳ - یکشنبه ۶ مهر ۱۳۹۹\nگفت‌وگو با یکی از نخستین خبرنگاران شهری اصفهان\n"
    "او از سال‌های نخست دهه شصت در صفحه شهری روزنامه کار کرده و از دوره‌ای می‌گوید که خبرها "
    "با تلفن می‌رسید.\n"
)


def test_dated_items_of_one_paragraph_each_make_the_first_headline_uncertain() -> None:
    """Without its address, a tag page of dated items (date, headline, one paragraph, then
    the next date): the first item's headline is kept, warned."""
    article = jm.parse_article("روزنامه همشهری\n" + _PAPER_ITEM + _PAPER_NEXT)
    assert article.title == "چاپخانه‌ها در صف کاغذ"
    assert any("dated items" in message for message in uncertain(article))


def test_an_article_of_several_paragraphs_over_a_dated_item_is_sure() -> None:
    """Date, headline and two paragraphs, then another dated item: an article with a related
    item under it, its headline sure."""
    second = "چاپخانه‌های بزرگ هم گفته‌اند تا پایان سال تنها سفارش‌های قدیمی را می‌پذیرند.\n"
    article = jm.parse_article("روزنامه همشهری\n" + _PAPER_ITEM + second + _PAPER_NEXT)
    assert article.title == "چاپخانه‌ها در صف کاغذ"
    assert uncertain(article) == []


# -- A phone banner, a letter's salutation, a headline with a number glued on (titles7) -------

_CIRCULAR = "بخشنامه شماره 100/48167/9000 به رؤسای کل دادگستری استانها"
_CIRCULAR_LETTER = (
    "با احترام تصویر بخشنامه شماره 100/48167/9000 مورخ 18/10/1390 ریاست محترم قوه قضائیه جهت "
    "درج در روزنامه رسمی به پیوست ارسال می‌شود.\nمدیرکل دبیرخانه قوه قضائیه\n"
)
_CIRCULAR_BODY = (
    "رؤسای کل دادگستری استانها مکلفند برای رسیدگی به اعتراضات مربوط به اراضی ملی و دولتی، "
    "شعبه یا شعبی از دادگاهها را اختصاص دهند.\n"
    "این بخشنامه از تاریخ ابلاغ لازم‌الاجراست و رؤسای کل بر اجرای آن نظارت می‌کنند.\n"
)


def test_a_phone_banner_a_salutation_and_a_glued_number_leave_the_headline() -> None:
    """A phone banner over the headline with a number glued on, a letter of transmission
    (its salutation «مدیرعامل محترم ...»), the headline printed alone, the body: the
    headline, without the glued number."""
    text = (
        "جهت مشاوره تلفنی با وکیل با شماره 09121234567 در تماس باشید.\n"
        f"{_CIRCULAR} شماره100/48167/9000\nمدیرعامل محترم روزنامه رسمی کشور\n"
        f"{_CIRCULAR_LETTER}{_CIRCULAR}\n{_CIRCULAR_BODY}"
    )
    article = jm.parse_article(text)
    assert article.title == _CIRCULAR
    assert "title-uncertain" not in codes(article)


def test_a_phone_number_in_running_text_is_no_banner() -> None:
    """A paragraph with a phone number and no call to phone: running text, the body's start."""
    text = (
        "ستاد اطلاع‌رسانی استان خبر داد\n"
        "شهروندان برای گزارش خرابی شبکه آب می‌توانند با شماره 09121234567 که شبانه‌روزی "
        "پاسخگوست تماس بگیرند و کارشناسان در کمتر از یک ساعت اعزام می‌شوند.\n" + _CIRCULAR_BODY
    )
    article = jm.parse_article(text)
    assert article.title == "ستاد اطلاع‌رسانی استان خبر داد"
    assert article.lead is not None
    assert article.lead.startswith("شهروندان")


def test_a_second_part_of_a_headline_is_no_glued_number() -> None:
    """«HEADLINE | به زبان ساده» over a subheading that prints its first part alone: the
    whole headline (the tail holds no number)."""
    headline = "اعداد کاتالان و کاربردهای آن | به زبان ساده"
    text = (
        f"{headline}\nزمان مطالعه: ۹ دقیقه\n"
        "در نوشته‌های پیشین مجله با دنباله‌های عددی آشنا شدید و اکنون نوبت اعداد کاتالان است.\n"
        "اعداد کاتالان و کاربردهای آن\n"
        "در ریاضیات ترکیبیاتی، عدد کاتالان تعداد راه‌های درست پرانتزگذاری یک عبارت را می‌شمارد.\n"
    )
    assert jm.parse_article(text).title == headline


def test_a_headline_naming_a_respected_official_with_a_verb_is_a_headline() -> None:
    """«محترم» in a headline stating an event (a verb) is no salutation: the title."""
    headline = "سرپرست محترم اداره کل منابع طبیعی استان منصوب شد"
    assert jm.parse_article(f"{headline}\n{_CIRCULAR_BODY}").title == headline


def test_a_publications_credit_line_is_never_the_title() -> None:
    """«صاحب امتیاز و مدیر مسئول: NAME» (a masthead's credit line) is no headline."""
    text = (
        "نشریه دانشجویی آشتی\n\nصاحب امتیاز و مدیر مسئول: علی رضا کاظمی\n\n"
        "يكشنبه, ۶ بهمن ۱۳۹۲، ۰۸:۴۰ ب.ظ\n\n"
        "ویژگی‌هایی که یک رویداد را برای نشریه ما خبری می‌کند در این یادداشت آمده است و "
        "نمونه‌هایی از هر کدام را می‌خوانید.\n"
    )
    assert jm.parse_article(text).title != "صاحب امتیاز و مدیر مسئول: علی رضا کاظمی"


def test_a_headline_quoting_an_editor_stays_the_title() -> None:
    """«سردبیر کیهان: ...» quotes an editor: a headline, not a credit line."""
    headline = "سردبیر کیهان: مذاکره بدون ضمانت نتیجه‌ای ندارد"
    text = (
        f"{headline}\nکد خبر: ۱۲۳۴۵\nتاریخ انتشار: ۳ بهمن ۱۴۰۱ - ۰۹:۱۵\n"
        "سردبیر روزنامه کیهان در یادداشت امروز خود درباره مذاکرات هسته‌ای نوشت که بدون ضمانت "
        "اجرایی نتیجه‌ای به دست نمی‌آید.\n"
    )
    assert jm.parse_article(text).title == headline


def test_a_journals_table_of_contents_link_is_no_title() -> None:
    """«فهرست مقالات» (a journal site's link back to the issue's contents) is page chrome."""
    text = (
        "فهرست مقالات\n\nنامه‌ها\n\n(1 صفحه - از 77 تا 77)\n\n"
        "نویسنده نامه پیشنهاد کرده است که روز پایان سرودن شاهنامه در تقویم رسمی کشور به نام "
        "فردوسی ثبت شود.\n"
    )
    assert jm.parse_article(text).title != "فهرست مقالات"


_AFGHAN_MAGAZINE = (
    "{masthead}\n\nنخستین سینمای شهر در سال‌های دور\nجمعه ، 28 مهر 1396 ، 09:06\n\n"
    "نخستین نمایش فیلم در شهر در باغی بزرگ برگزار شد و مردم از دیدن تصاویر متحرک شگفت‌زده شدند.\n"
)


@pytest.mark.parametrize(
    ("masthead", "offset"),
    [
        ("Khawaran.com نشریهء سیاسی، فرهنگی، تاریخی و اجتماعی افغانستان", "+04:30"),
        ("منبع: خبرگزاری باختر افغانستان", "+03:30"),  # a source line: the site's clock
        ("اخبار افغانستان", "+03:30"),  # a section's name
    ],
)
def test_a_masthead_naming_a_periodical_of_afghanistan_keeps_kabuls_clock(
    masthead: str, offset: str
) -> None:
    """«... نشریهء ... افغانستان» over the title: the site is Afghan, its times Kabul's."""
    article = jm.parse_article(_AFGHAN_MAGAZINE.format(masthead=masthead))
    assert article.published.isoformat() == "2017-10-20T09:06:00" + offset


# -- a day archive's address («/2019/03/11/», WordPress) ---------------------------------------

_DAY_POST = "АЗ ТАЪРИХИ РӮЗНОМАИ ВИЛОЯТ\n\nРӯзномаи ноҳиявӣ яке аз нашрияҳои қадимаи ноҳия ба шумор меравад, ки […]\n\nContinue Reading\n"
_DAY_POSTS = (
    _DAY_POST
    + "\nОЗМУНИ ДАСТАРХОНОРОӢ\n\nДар шаҳр озмуни дастархоноройӣ гузашт ва ғолибон муайян шуданд […]\n\nContinue Reading\n"
)


def test_a_day_archive_with_one_post_is_that_posts_day() -> None:
    """A day archive's address showing one post: the page is that post, of that day (warned)."""
    article = jm.parse_article(_DAY_POST, url="http://khuroson.tj/2019/03/11/")
    assert (article.published.isoformat(), article.evidence["published"]) == ("2019-03-11", "url")
    assert "published-from-url" in codes(article)
    html = jm.parse_html(
        '<html><head><link rel="canonical" href="http://khuroson.tj/2019/03/11/"></head><body>'
        + "".join(f"<p>{line}</p>" for line in _DAY_POST.splitlines() if line)
        + "</body></html>"
    )
    assert html.published is not None
    assert html.published.isoformat() == "2019-03-11"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (_DAY_POSTS, "http://khuroson.tj/2019/03/11/"),  # several posts: a list of the day's
        (_DAY_POSTS, "http://khuroson.tj/2019/03/11/slug-of-a-post/"),  # several posts
        (_DAY_POST, "http://khuroson.tj/2019/03/"),  # a month's archive
        (_DAY_POST, "http://khuroson.tj/2019/02/30/"),  # no such day
    ],
)
def test_no_date_from_a_day_archive_of_several_posts_a_month_or_no_day(text: str, url: str) -> None:
    """Several posts, a month or an invalid day: no date."""
    assert jm.parse_article(text, url=url).published is None


# -- a list's heading in the footer: the dates under it are its items' ---------------------------

_ANNOUNCEMENT = (
    "اطلاعیه وزارت صحت عامه\n\nبا آغاز فصل گرما وزارت صحت عامه از خانواده‌ها می‌خواهد تا آب "
    "آشامیدنی را پیش از استفاده جوش دهند و میوه و سبزیجات را به خوبی بشویند.\n\n"
    "همکاری تمام هموطنان گرامی را در زمینه رعایت اصول حفظ الصحه خواهانیم.\n\n"
)
_LIST_ITEMS = (
    "Wed, Feb 21 2024 10:17 AM\nBackground image\n\nAnnouncement of the General Directorate!\n\n"
    "Tue, Jan 30 2024 9:43 AM\nBackground image\n\nExecutive Board Certification Exam!\n"
)


@pytest.mark.parametrize("heading", ["Latest announcements", "آخرین اخبار", "Recent posts"])
def test_dates_under_a_latest_lists_heading_are_its_items(heading: str) -> None:
    """Under «Latest announcements» in the footer, no date line is the article's."""
    article = jm.parse_article(_ANNOUNCEMENT + heading + "\n\n" + _LIST_ITEMS)
    assert article.published is None


def test_a_date_right_under_the_body_before_a_lists_heading_is_still_read() -> None:
    """The footer's date line above the list's heading is still the article's (warned)."""
    article = jm.parse_article(
        _ANNOUNCEMENT + "Wed, Feb 21 2024 10:17 AM\n\nLatest announcements\n\n" + _LIST_ITEMS[26:]
    )
    assert article.published is not None
    assert article.published.isoformat()[:16] == "2024-02-21T10:17"
    assert "published-unlabelled" in codes(article)


# -- a labelled "today" banner: «تاریخ : weekday, date Gregorian twin» above the title -------

_UNDER_BANNER = (
    "\n\nروزی که فوتبال شهر ما سه رنگ شد\n\nاسفند ماه سال ۱۳۵۷ چند جوان محله تیمی کوچک "
    "ساختند و نامش را از پرچمی گرفتند که بر بام مدرسه برافراشته بود.\n"
)


def test_a_labelled_date_with_weekday_and_twin_above_the_title_is_a_banner() -> None:
    """«تاریخ : شنبه, ۱ اردیبهشت , ۱۴۰۳ Saturday, 20 April , 2024» is the visit day's banner."""
    banner = "تاریخ : شنبه, ۱ اردیبهشت , ۱۴۰۳ Saturday, 20 April , 2024"
    article = jm.parse_article(banner + _UNDER_BANNER)
    assert article.published is None
    assert "today widget" in [entry.reason for entry in article.ignored]


@pytest.mark.parametrize(
    "header",
    [
        "تاریخ انتشار : شنبه, ۱ اردیبهشت , ۱۴۰۳ Saturday, 20 April , 2024",  # publication's
        "تاریخ : شنبه, ۱ اردیبهشت , ۱۴۰۳ - ۰۹:۱۵ Saturday, 20 April , 2024",  # a time
        "تاریخ : ۱ اردیبهشت , ۱۴۰۳ 20 April , 2024",  # no weekday
        "تاریخ : شنبه, ۱ اردیبهشت , ۱۴۰۳",  # no twin
    ],
)
def test_a_labelled_date_above_the_title_is_kept_without_all_banner_signs(header: str) -> None:
    """A publication label, a time, or no weekday or twin: the labelled date is the article's."""
    article = jm.parse_article(header + _UNDER_BANNER)
    assert article.published is not None
    assert article.published.jalali_date == (1403, 2, 1)


# -- a list's address with no list name: the date above the first headline is that item's -------

_DATED_TAG_ITEMS = (
    "2020-07-18\n\nزبان و ادبیات فارسی\n\n زبان و ادبیات فارسی   عصر جمعه یاد روزهایی افتادم "
    "که با دیوان سعدی و حافظ خو گرفتم و این ادبیات جهانی است اما […]\n"
    "2017-07-22\n\nبه یاد زنده‌یاد غلامرضا طاهر\n\nشهرضا، طاهر   این چند خط را برای ادای دین به "
    "غلامرضا طاهر می‌نویسم و نیز برای همه آنان که در گمنامی نوشتند و […]\n"
)


def test_at_a_lists_address_the_date_above_the_first_headline_is_the_items() -> None:
    """At a /tag/ address without the tag's name, the date line over the first item is its."""
    article = jm.parse_article(_DATED_TAG_ITEMS, url="http://h-razavi.com/tag/سعدی-شیرازی/")
    assert article.published is None
    assert "listing-page" in codes(article)


def test_at_an_articles_address_the_date_above_the_headline_is_still_read() -> None:
    """The same lines at an article's address: the date line over the headline is read."""
    article = jm.parse_article(
        _DATED_TAG_ITEMS, url="http://h-razavi.com/1399/زبان-و-ادبیات-فارسی/"
    )
    assert article.published is not None
    assert article.published.isoformat()[:10] == "2020-07-18"


# -- a list's address showing one post in full: its labelled date is the page's ----------------

_CATEGORY_POST = (
    "صبا ویژن\nتاریخ : جمعه 90/3/20 | 1:2 صبح | نویسنده : مهدی صفایی\n\n"
    "برای حل مشکل ترافیک شهر گاهی مسئولان محترم پیشنهادهای عجیبی مطرح می کنند که اگر مردم "
    "به آن ها عمل کنند نتایج بسیار جالبی به دست می آید و ما هم به این توصیه گوش می سپاریم.\n\n"
    "هرچند در نوشته های گذشته درباره ترافیک زیاد نوشته ایم، این بار فقط برای این که پیشنهاد "
    "این مدیر محترم بی پاسخ نماند این چند خط را نوشتیم.\n"
)
_CATEGORY_URL = "http://shisheynoor.parsiblog.com/category/دعابرای+گردوغبار!/"


def test_a_category_page_of_one_full_post_takes_its_labelled_date() -> None:
    """One post in full under its labelled header at a /category/ address: its date (warned)."""
    article = jm.parse_article(_CATEGORY_POST, url=_CATEGORY_URL)
    assert article.published is not None
    assert article.published.isoformat() == "2011-06-10T01:02:00+04:30"
    assert "listing-page" in codes(article)


@pytest.mark.parametrize(
    "text",
    [
        # A second post with its own labelled header: a list of posts.
        _CATEGORY_POST + "\nیادداشت دوم\nتاریخ : شنبه 90/3/21 | 9:10 صبح | نویسنده : مهدی صفایی\n\n"
        "امروز هم درباره ترافیک شهر چند خط دیگر می نویسیم تا پیشنهاد تازه مدیران را بسنجیم.\n",
        # The post cut as an excerpt: a list's item.
        _CATEGORY_POST.replace("نوشتیم.\n", "نوشتیم و […]\n"),
        # A read-more button under it: a list's item.
        _CATEGORY_POST + "\nادامه مطلب\n",
    ],
)
def test_a_category_page_of_several_posts_or_an_excerpt_has_no_date(text: str) -> None:
    """Two posts, an excerpt cut with «[…]» or a read-more button: the date is an item's."""
    assert jm.parse_article(text, url=_CATEGORY_URL).published is None
