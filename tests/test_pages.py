"""Real page structure: every page of tests/pages gives its hand-checked golden record.

Each page mirrors a real Iranian or Afghan site (its URL is in the page's JSON and in
tests/pages/SOURCES.md): menus, banners, kickers, header lines, related lists and
footers as the site prints them. The golden record (title, number, published and
updated to the minute with the offset) was checked by hand, not produced by this library.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
from tests.checks import page_expected, page_view

import jalali_meta as jm

PAGES_DIR = Path(__file__).with_name("pages")
PAGES = sorted(p for p in PAGES_DIR.iterdir() if p.suffix in (".txt", ".html"))

# Pages that still fail, each with the reason; strict, so a fixed page must leave this list.
KNOWN_FAILURES: dict[str, str] = {
    "042_kayhan-london_1394-azar-pdf-page": (
        "title wrong (title-uncertain warned): the golden's title is the flipbook's page title «Page 14 - (کیهان لندن - "
        "سال ... شماره ۳۷ (دوره جديد», which prints the paper's volume and issue number (a "
        "masthead: no title candidate since 041's rule); the article headlines are split "
        "across interleaved PDF columns («ﺭﻳﺸﻪ ﺩﺭ ﺁﻳﻴﻦﻫﺎﻯ      ﻣﻨﺘﺸﺮ ﺷﺪ ...», gutters of "
        "spaces), which score highest right above the first paragraph; with those set aside "
        "(tried) the unread presentation-form week line «ﺟﻤﻌﻪ 13ﺗﺎ ﭘﻨﺠﺸﻨﺒﻪ ...» wins; the text "
        "prints no single-line article headline"
    ),
    # Held-out pages 300-329 (branch holdtext), measured blind before any fix:
    "306_tahlilbazaar_body_first_date_title_arabic_comma_code": (
        "title missing: the page text opens with the body, so the date line, headline and "
        "lead below it count as below the article and no title is chosen (the number "
        "«۱۵۷٬۰۴۰», refused before, is read since holdtext)"
    ),
    "314_ubuntu_ir_smf_forum_reply_page": (
        "title wrong: the topic title is printed only after «نویسنده موضوع:» with a view "
        "count in brackets; a reply's heading right above a «« پاسخ #31 : ...»» line is "
        "taken. Since titles5 warned (title-uncertain: it heads a reply in a forum thread; "
        "the topic line competes)"
    ),
    "321_persianv_views_title_glued_category_no_date": (
        "title wrong (title-uncertain warned): the headline (line 1) is followed by a view "
        "counter and the headline glued to its category names; the lead's first line is chosen"
    ),
    # Held-out pages 330-339 (second batch, measured blind; same result on main and here):
    "333_seolab_course_event_date_label_two_digit_year": (
        "title wrong (title-uncertain warned): the section heading «خلاصه جلسه اول» right above the first paragraph "
        "is taken over the course title, which sits between the course meta lines and two "
        "account prompts (since titles5 no candidates; the course title ties with the heading and a tie goes to the lower line)"
    ),
    "336_kabulnath_diaspora_menu_title_subtitle_author_date_in_text": (
        "title wrong (title-uncertain warned): the numbered section heading «1ـ سخن آغازین» "
        "right above the first paragraph is no title since the tatweel rule, but the author's "
        "name «دکتر نصیر احمدی» and the subtitle tie above it, far over the title (2 points)"
    ),
    # Held-out pages 340-345 (third batch, measured blind; same result on main and here):
    "340_iums_health_center_bulleted_date_views_sentence_title": (
        "title wrong (title-uncertain warned): the site's link line «سایت پیشین مرکز» (line 1, above the bulleted "
        "date) is taken; the real title is a whole sentence ending in a period, which the "
        "headline shape rules mark down"
    ),
    "343_alef_show_text_bare_dated_id_line_no_date": (
        "number missing: the text view prints the ID «4020703062» alone on a line under the "
        "title, without a label; an unlabelled number is no ID (even when the URL's last "
        "segment is the same number)"
    ),
    # A held-out HTML page (branch holdhtml):
    "400_hawzahnews_today_banner_hijri_photo_link_no_date": (
        "blind batch 400-454 (measured on main before any fix for it): title wrong, no title-uncertain: the page prints no headline line; a photo-gallery link «تصاویر/ ...» (another item) is taken. "
        "Since titles2 a link to a photo or video item chosen by score is warned (title-uncertain)"
    ),
    "406_noandishaan_ipb_forum_one_line_posted_in_date_no_title": (
        "blind batch 400-454 (measured on main before any fix for it): published missing: the whole post is one line («... ارسال شده در 7 شهریور، ۱۳۸۸ ...»); listing-page fires and no date line exists"
    ),
    "413_parsiblog_category_page_short_year_date_am_time_author": (
        "blind batch 400-454 (measured on main before any fix for it): title wrong (listing-page, no title-uncertain), published missing: the ad link «سفارش تبلیغ» is taken as the list's name; «90/3/20 | 1:2 صبح» (unpadded minute) is refused (not-a-date). "
        "Since titles2 the ad link is no list name; the post's line «صبا ویژن» is kept, warned (title-uncertain: a list's address without its name)"
    ),
    "420_boursetrends_telegram_mirror_time_seconds_before_slash_date_counters": (
        "blind batch 400-454 (measured on main before any fix for it): title wrong, no title-uncertain: the page prints no headline; the channel name «اسمارت بورس | smartbourse_com» is taken. "
        "Since titles2 the channel name beside its handle is no candidate; the button «بازگشت به خانه» is taken, "
        "warned (title-uncertain: «جزئیات خبر | تلگرام» scores the same)"
    ),
    "426_aftag_telegraph_afghanistan_today_clock_english_date_label_zodiac_dateline": (
        "blind batch 400-454 (measured on main before any fix for it): published missing (invalid-date): «Date: 23:47, 05-02-2015» is refused as ambiguous day/month order; the golden takes day first from the «۱۶ دلو» dateline"
    ),
    "427_azamnews_pashto_agency_dateline_pashto_zodiac_month": (
        "blind batch 400-454 (measured on main before any fix for it): published missing: the Pashto dateline «عزم: (یکشنبې، د لړم ۲۸، ۱۴۰۲)» (month after «د», Pashto weekday) is not read"
    ),
    "434_manaman_village_site_title_glued_author_mixed_digit_dates": (
        "blind batch 400-454 (measured on main before any fix for it): title wrong, no title-uncertain: a line with the title glued to «نویسنده: NAME - date» is taken; the golden is null (two different dates, no headline line). "
        "Since titles2 a line holding an author's label and a date is no candidate; the body's first line "
        "«نخستین مدرسه روستا : ...» is taken, warned (title-uncertain: the next line goes on with «و ...»)"
    ),
    "460_entekhab_code_date_reversed_spaced_time_arabic_yeh": (
        "fresh batch 460-498 (first measured on main ace9285): published missing (invalid-date: the time printed minutes first, «۴۰ : ۱۶»). "
        "The title was wrong without title-uncertain (the lead printed twice taken over the headline) until titles5"
    ),
    "463_chekhabar_aggregator_title_zoom_footer_date_seconds_am_views": (
        "fresh batch 460-498 (first measured on main ace9285): number and published missing: the aggregator's footer date with seconds and AM/PM and its code are not read"
    ),
    "474_eshia_lecture_teacher_course_slash_date_subject_no_headline": (
        "fresh batch 460-498 (first measured on main ace9285): title wrong: the invocation "
        "«بسم الله الرحمن الرحيم» is taken; the golden is null. Since titles5 warned "
        "(title-uncertain: an invocation opens a text without naming it; the teacher's line "
        "competes)"
    ),
    "477_herat_mfa_consulate_portal_static_page_title_subtitle_no_date": (
        "fresh batch 460-498 (first measured on main ace9285): title wrong (title-uncertain): a coordinates line is taken (since titles5 the subtitle «ولایت  هرات باستان» above it, which shares more words with the lead, still warned; the title «ولایت هرات» over it is marked down as a short line inside a longer one); number missing: the ID is printed only in the page's address; parse_article(url=...) does not take the URL's ID (parse_html does), and the older text goldens say null for such pages: the two conventions are to be unified"
    ),
    "480_cri_persian_english_today_banner_gmt8_datetime_seconds": (
        "fresh batch 460-498 (first measured on main ace9285): published missing: «2020-11-07 15:31:55» after GMT+08:00 is not read. "
        "The title (the toolbar line with runs of spaces was taken, warned) is right since titles5"
    ),
    "482_moph_af_drupal_author_english_datetime_pm_title_twice_latest_news": (
        "fresh batch 460-498 (first measured on main ace9285): number missing: the ID is printed only in the page's address; parse_article(url=...) does not take the URL's ID (parse_html does), and the older text goldens say null for such pages: the two conventions are to be unified"
    ),
    "483_moph_af_announcement_no_date_sidebar_announcement_dates": (
        "fresh batch 460-498 (first measured on main ace9285): published wrong (warned): a "
        "sidebar announcement's date; number missing: the ID is printed only in the page's "
        "address; parse_article(url=...) does not take the URL's ID (parse_html does), and "
        "the older text goldens say null for such pages: the two conventions are to be "
        "unified. The title (the heading in other words under the author's line was taken) is "
        "right since titles5"
    ),
    "486_moph_af_drupal_html_created_field_latest_news_view": (
        "fresh batch 460-498 (first measured on main ace9285): number missing: the Drupal node ID is only in the canonical address, which this page's HTML does not carry (the golden takes it from the URL the page was fetched at)"
    ),
    "487_qut_university_today_words_banner_word_date_bz_pm_title_twice": (
        "fresh batch 460-498 (first measured on main ace9285): number missing: the ID is printed only in the page's address; parse_article(url=...) does not take the URL's ID (parse_html does), and the older text goldens say null for such pages: the two conventions are to be unified"
    ),
    "488_tarikhirani_historical_clipping_date_then_pub_date_pipe_time_code": (
        "fresh batch 460-498 (first measured on main ace9285): published wrong (warned): the 1948 clipping date printed above the article's date is taken"
    ),
    "489_setaresobh_newspaper_today_year_first_issue_date_number_print": (
        "fresh batch 460-498 (first measured on main ace9285): number missing: the golden's ID is not read. "
        "The title (the subtitle under it, every line set apart by a blank line, was taken, warned) is right since titles5"
    ),
    "491_khawaran_afghan_joomla_pdf_print_email_author_jalali_weekday_comma_time": (
        "fresh batch 460-498 (first measured on main ace9285): published wrong, no warning: the golden reads the time on Kabul's clock (an Afghan site, noted as uncertain by its author); the page prints Iranian month names and no Afghan sign the library reads, so Tehran's clock is used"
    ),
    "493_idlg_gov_af_title_body_no_date_path_id": (
        "fresh batch 460-498 (first measured on main ace9285): number missing: the ID is printed only in the page's address; parse_article(url=...) does not take the URL's ID (parse_html does), and the older text goldens say null for such pages: the two conventions are to be unified"
    ),
    "496_skyboy612_persianblog_body_then_footer_date_arabic_indic_digits_author": (
        "fresh batch 460-498 (first measured on main ace9285): number missing: the ID is printed only in the page's address; parse_article(url=...) does not take the URL's ID (parse_html does), and the older text goldens say null for such pages: the two conventions are to be unified"
    ),
    "497_boghanews_wp_dash_list_id_date_time_author": (
        "fresh batch 460-498 (first measured on main ace9285): number and published missing: the WordPress dash list «- ID - date - time - author» is not read"
    ),
}
# Pages where a value differs from the golden one without a warning (strict xfail as well);
# a wrong title needs the title-uncertain warning, any warning covers the other fields.
SILENT_WRONG: dict[str, str] = {
    "491_khawaran_afghan_joomla_pdf_print_email_author_jalali_weekday_comma_time": (
        "fresh batch 460-498 (first measured on main ace9285): published wrong, no warning: the golden reads the time on Kabul's clock (an Afghan site, noted as uncertain by its author); the page prints Iranian month names and no Afghan sign the library reads, so Tehran's clock is used"
    ),
}

# Without its address, a tag or category page whose text alone does not show it is a list
# gives its first item's headline as the title, with no title-uncertain warning.
# Pages wrong without a warning with their URL but warned from the text alone.
_WARNED_TEXT_ALONE = {
    # Without its /category/ address the page is no list, and the title it gets (the site's
    # name) comes with title-uncertain.
    "413_parsiblog_category_page_short_year_date_am_time_author",
}
SILENT_WRONG_TEXT_ALONE: dict[str, str] = {
    **{k: v for k, v in SILENT_WRONG.items() if k not in _WARNED_TEXT_ALONE},
    "134_blogir_category_post_count": "title: the category's description line, not its name",
    "157_eghtesadmosbat_today_bullets_tag_page": "title: the first item's headline, not the tag",
    "256_pouyanews_labelled_today_banner_tag": "title: the first item's headline, not the tag",
    "482_moph_af_drupal_author_english_datetime_pm_title_twice_latest_news": (
        "published on Tehran's clock: without its .af address nothing in the text (an English "
        "date, Dari prose) says the site keeps Kabul's clock"
    ),
}

_URL = re.compile(r"https?://\S+")


def source_url(path: Path) -> str | None:
    """The page's address: the first http(s) token of its golden's «source»."""
    golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    found = _URL.search(golden["source"])
    return found.group(0) if found else None


@functools.cache
def _parse(path: Path) -> jm.Article:
    """Parse a page once for the three tests that read it (records are immutable).

    A scraper knows the page's address: text pages are parsed with their source URL
    (HTML pages carry theirs in canonical / og:url).
    """
    if path.suffix == ".html":
        return jm.parse_html(path.read_bytes())
    return jm.parse_article(path.read_text(encoding="utf-8"), url=source_url(path))


def _wrong_without_a_warning(golden: dict[str, str | None], article: jm.Article) -> list[str]:
    """The fields that differ from the golden (and are not None) with no warning to say so.

    The title needs the title-uncertain warning; the other fields any warning.
    """
    got = page_view(article)
    codes = {notice.code for notice in article.warnings}
    wrong = [
        name
        for name in ("title", "number", "published", "updated")
        if got[name] is not None
        and got[name] != golden[name]
        and ("title-uncertain" not in codes if name == "title" else not codes)
    ]
    return wrong


def _cases(known: dict[str, str], suffix: str | None = None) -> list[object]:
    cases: list[object] = []
    for path in PAGES:
        if suffix is not None and path.suffix != suffix:
            continue
        reason = known.get(path.stem)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(path, id=path.stem, marks=marks))
    return cases


def test_pages_are_many_and_described() -> None:
    """At least 80 page texts and 30 HTML pages, each with a golden record and its source."""
    texts = [p for p in PAGES if p.suffix == ".txt"]
    pages = [p for p in PAGES if p.suffix == ".html"]
    assert len(texts) >= 80
    assert len(pages) >= 30
    for path in PAGES:
        golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert golden["source"].strip()
        assert set(golden["expected"]) >= {"title", "number", "published", "updated"}


def test_known_failures_name_real_pages() -> None:
    """Every page listed as a known failure exists."""
    stems = {p.stem for p in PAGES}
    assert sorted((set(KNOWN_FAILURES) | set(SILENT_WRONG_TEXT_ALONE)) - stems) == []


@pytest.mark.parametrize("path", _cases(KNOWN_FAILURES))
def test_page_gives_its_golden_record(path: Path) -> None:
    """Title, number, published and updated (to the minute, with offset) equal the golden."""
    golden = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert page_expected(golden["expected"]) == page_view(_parse(path))


@pytest.mark.parametrize("path", _cases(SILENT_WRONG))
def test_no_value_wrong_without_a_warning(path: Path) -> None:
    """A value that differs from the golden one (not None) always comes with a warning."""
    golden = page_expected(
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    )
    assert _wrong_without_a_warning(golden, _parse(path)) == []


@pytest.mark.parametrize("path", _cases(SILENT_WRONG_TEXT_ALONE, ".txt"))
def test_no_value_wrong_without_a_warning_from_the_text_alone(path: Path) -> None:
    """Parsed without its address, a page text gives no wrong value without a warning."""
    golden = page_expected(
        json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    )
    article = jm.parse_article(path.read_text(encoding="utf-8"))
    assert _wrong_without_a_warning(golden, article) == []


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_spans_are_ordered_and_point_at_values(path: Path) -> None:
    """Every span has start <= end, and text spans point at the value they name."""
    article = _parse(path)
    text = (
        jm.visible_text(path.read_bytes())
        if path.suffix == ".html"
        else path.read_text(encoding="utf-8")
    )
    for field in article.fields:
        if field.value_span is not None:
            assert field.value_span[0] <= field.value_span[1]
            assert text[slice(*field.value_span)] == field.value
    for name, span in article.spans.items():
        assert span[0] <= span[1], name
    for notice in article.warnings:
        if notice.span is not None:
            assert 0 <= notice.span[0] <= notice.span[1] <= len(text)
    for stamp in (article.published, article.updated):
        if stamp is not None and stamp.span is not None:
            assert text[slice(*stamp.span)] == stamp.text
