"""fix154: the findings of the sixty-first blind batch (blind64, tests/pages 1860-1871).

- A day and clock over the site's status line (its latest post's age, its visitors online)
  is the site's banner of the visit, never the published time (tests/pages 1864).
- A line printed three times at the page's top over another printed twice over the running
  text is a blog's name over the post's title (tests/pages 1868).
- A short line between an item's code and its views counter, under the date line that
  follows the headline, is the item's section, not the title (1863's extracted twins).
"""

from __future__ import annotations

import jalali_meta as jm

LEAD = (
    "به گزارش خبرنگار ما، نخستین جشنواره محلی خرما در شهرستان با حضور ۶۰ غرفه از روستاهای "
    "منطقه روز گذشته گشایش یافت و تا پایان هفته برای بازدید عموم باز است."
)
BODY = (
    "برگزارکنندگان این جشنواره گفتند که فروش محصولات در روز نخست بیش از انتظار بوده و "
    "شمار زیادی از مسافران نیز از غرفه‌ها دیدن کرده‌اند."
)
HEADLINE = "جشنواره خرما در جنوب استان گشایش یافت"


def _page(*top: str) -> str:
    return "\n".join([*top, "", HEADLINE, "", LEAD, "", BODY, ""])


# 1. A today banner with a 12-hour clock over the site's status line.


def test_clock_over_status_line_is_a_banner() -> None:
    text = _page("چهارشنبه ۱۵ آبان ۱۴۰۳ ساعت ۹:۱۲ق.ظ", "::آخرین مطلب 2 ساعت پیش | افراد آنلاین: 14")
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is None


def test_clock_over_online_users_is_a_banner() -> None:
    text = _page("۱۵ آبان ۱۴۰۳ ساعت ۱۰:۴۰", "کاربران آنلاین : ۷")
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is None


def test_clock_over_visit_counter_is_kept_neg() -> None:
    # A visits-today counter is a blog's sidebar, printed under its post's own date line
    # as well (tests/pages 1513): the date line stays the published time.
    text = _page("چهارشنبه ۱۵ آبان ۱۴۰۳ ساعت ۹:۱۲ق.ظ", "بازدید امروز: 47")
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.jalali_date == (1403, 8, 15)


# 2. A blog's name printed three times over the post's title printed twice.

VERSE = "دلم گرفته ز دوری و شب دراز است هنوز چراغ خانه به امید تو روشن است هنوز"
POST = "هشدار آلودگی"
POST_LEAD = (
    "ادارات و بانک‌های شهر فردا به دلیل آلودگی هوا دو ساعت زودتر تعطیل می‌شوند و تردد "
    "خودروهای سنگین تا پایان وضعیت اضطرار ممنوع است."
)


def test_name_thrice_over_title_twice() -> None:
    text = "\n".join([VERSE, VERSE, "", VERSE, "", POST, "", POST, "", POST_LEAD, ""])
    assert jm.parse_article(text).title == POST


def test_name_twice_over_title_thrice_neg() -> None:
    # A blog's name printed twice over the post's title printed three times (tests/pages
    # 1249, 1410): the thrice-printed line is the post's title.
    title = "گشایش نمایشگاه کتاب در مرکز استان"
    text = "\n".join(["پیام شهر", "پیام شهر", title, title, "", title, POST_LEAD, ""])
    assert jm.parse_article(text).title == title


# 3. A section's name inside the item's header block.

SECTION_LEAD = (
    "تهران ـ در پی بارش‌های سنگین سه روز گذشته رانش زمین در دامنه کوه چند خانه روستایی را "
    "در بر گرفت و گروه‌های امداد برای یافتن ساکنان به منطقه اعزام شدند."
)
SECTION_HEADLINE = "رانش زمین چند خانه روستایی را در بر گرفت"


def _header_page(*header: str) -> str:
    return "\n".join(
        ["صفحه اصلی", "درباره ما", "اخبار", "تماس با ما", SECTION_HEADLINE, *header, SECTION_LEAD]
    )


def test_section_between_code_and_counter() -> None:
    text = _header_page(
        "۱۲ دی ۱۳۸۵ | ۱۰:۲۰", "کد : ۲۴۱۱", "رويدادهاى زمين و معدن", "تعداد بازدید:۲۱۹"
    )
    article = jm.parse_article(text)
    assert article.title == SECTION_HEADLINE
    assert article.number == "2411"


def test_short_line_between_labels_without_date_neg() -> None:
    # No date line in the block over it: the short line may be the headline under a code
    # (no header block topped by a headline), and the rule does not mark it a section.
    short = "رانش زمین در روستا"
    text = "\n".join(["کد : ۲۴۱۱", short, "تعداد بازدید:۲۱۹", SECTION_LEAD])
    assert jm.parse_article(text).title == short


# 4. A Blogger date header over a mailing list's subject, read from the text alone.

LIST_HEADLINE = "مدارس روستایی شهرستان به سامانه گرمایش تازه مجهز شدند"
LIST_BODY = (
    "خبرگزاری نمونه - مدیر آموزش و پرورش شهرستان گفت که گرمایش ۴۰ مدرسه روستایی پیش از "
    "آغاز زمستان با سامانه‌های تازه جایگزین شده است."
)


def _list_post(subject: str) -> str:
    return "\n".join(["Monday, March 8, 2010", "", subject, "", LIST_HEADLINE, "", LIST_BODY, ""])


def test_date_header_over_list_subject() -> None:
    article = jm.parse_article(_list_post(f"[KhabarList] KhabarList : خبرنامه - {LIST_HEADLINE}"))
    assert article.title == LIST_HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2010-03-08"


def test_date_over_site_named_title_neg() -> None:
    # The headline under a site's name and a dash, no list's tag: the date over it may be
    # the site's banner of the visit, and is not taken from the text alone.
    article = jm.parse_article(_list_post(f"سایت خبری نمونه - {LIST_HEADLINE}"))
    assert article.title == LIST_HEADLINE
    assert article.published is None


# 5. A typed separator of dashes is no Markdown table rule (tests/pages 1867 was sniffed as
# Markdown for its two 75-dash rules, failing tests/test_markdown.py on main).


def test_long_dash_rules_are_no_markdown() -> None:
    from jalali_meta.testing import looks_like_markdown

    rule = "-" * 60
    text = "\n".join([LIST_HEADLINE, rule, LIST_BODY, rule, "The webmaster!", ""])
    assert not looks_like_markdown(text)


def test_eleven_dash_rules_are_no_markdown() -> None:
    # mut35: more than LONE_RULE_DASHES (10) dashes alone is a typed separator.
    from jalali_meta.testing import looks_like_markdown

    rule = "-" * 11
    text = "\n".join([LIST_HEADLINE, rule, LIST_BODY, rule, "The webmaster!", ""])
    assert not looks_like_markdown(text)


def test_ten_dash_rules_are_markdown_neg() -> None:
    from jalali_meta.testing import looks_like_markdown

    rule = "-" * 10
    text = "\n".join([LIST_HEADLINE, rule, LIST_BODY, rule, "The webmaster!", ""])
    assert looks_like_markdown(text)


def test_short_table_rules_are_markdown_neg() -> None:
    # html2text's one-column table rule «---» twice still shows Markdown.
    from jalali_meta.testing import looks_like_markdown

    text = "\n".join([LIST_HEADLINE, "---  ", LIST_BODY, "---  ", "The webmaster!", ""])
    assert looks_like_markdown(text)
