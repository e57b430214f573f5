"""fix87: blind batch 39 (tests/pages/1360-1375)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

import pytest

import jalali_meta as jm

# 1. An Afghan Pashto agency's dateline opening the lead: «AGENCY (weekday، day month، yearل):».

_HEADLINE = "د کابل ښاروالۍ: د ښار د سړکونو د رغونې کار به تر پسرلي مخکې پیل شي"
_BODY = (
    "ښاروال نن خبریالانو ته وویل چې د ښار د سړکونو د رغونې لپاره اړین بودجه برابره شوې "
    "او کار به ژر پیل شي، خو د ژمي سړې هوا به ځینې کارونه وځنډوي."
)
_NEXT = (
    "د ښار اوسېدونکو هم وویل چې د سړکونو خرابي د دوی ورځنی ژوند ستونزمن کړی او هیله لري "
    "چې دا ځل به کار په خپل وخت بشپړ شي."
)


def _pashto_page(lead_opening: str) -> str:
    return f"\n{_HEADLINE}\n{lead_opening}{_BODY}\n{_NEXT}\n"


def test_pashto_agency_dateline_with_solar_year_mark_is_published() -> None:
    article = jm.parse_article(_pashto_page("نن ټکی اسیا (سه شنبه، ۲۸ مرغومي، ۱۴۰۰ل): "))
    assert article.published is not None
    assert article.published.gregorian == dt.date(2022, 1, 18)


def test_solar_year_mark_lam_reads_as_jalali() -> None:
    stamp = jm.parse_datetime("سه شنبه، ۲۸ مرغومي، ۱۴۰۰ل")
    assert stamp.gregorian == dt.date(2022, 1, 18)


def test_lam_before_a_word_is_no_year_mark_neg() -> None:
    try:
        jm.parse_datetime("۲۸ دی ۱۴۰۰ ل د")
    except jm.DateError:
        return
    raise AssertionError("«ل» before a word read as a year mark")


def test_yearless_pashto_dateline_gives_no_date_neg() -> None:
    article = jm.parse_article(_pashto_page("نن ټکی اسیا (سه شنبه، ۲۸ مرغومي): "))
    assert article.published is None


def test_parenthesised_date_later_in_the_lead_is_no_dateline_neg() -> None:
    lead = "ښاروال وویل چې د تېر کال پلان (سه شنبه، ۲۸ مرغومي، ۱۴۰۰ل): "
    article = jm.parse_article(_pashto_page(lead))
    assert article.published is None


def test_spaced_name_before_iranian_month_date_stays_a_quote_neg() -> None:
    article = jm.parse_article(_pashto_page("سید حسن نصرالله (یکشنبه ۲۲ بهمن ۱۳۵۷): "))
    assert article.published is None


def test_header_date_wins_over_the_dateline_and_the_conflict_warns() -> None:
    page = f"\n{_HEADLINE}\n۱۴۰۰/۱۱/۰۵\nنن ټکی اسیا (سه شنبه، ۲۸ مرغومي، ۱۴۰۰ل): {_BODY}\n{_NEXT}\n"
    article = jm.parse_article(page)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2022, 1, 25)
    assert any(w.code == "published-conflict" for w in article.warnings)


# 2. «KICKER:» over a headline of two quotes joined by «./» over an agency's lead.

_KICKER = "مدیرکل بهزیستی استان همدان:"
_PAIR = (
    "شمار مددجویان تحت پوشش در سال جاری افزایش یافته است./ "
    "طرح اشتغال خانگی برای زنان سرپرست خانوار اجرا می‌شود."
)
_ILNA_LEAD = (
    "ایلنا-همدان: مدیرکل بهزیستی استان همدان از افزایش شمار مددجویان تحت پوشش این اداره کل "
    "در سال جاری خبر داد و گفت طرح تازه‌ای برای اشتغال خانگی زنان در دست اجراست."
)
_ILNA_MORE = (
    "وی افزود: در این طرح به هر خانوار وام کم‌بهره پرداخت می‌شود و دوره‌های آموزشی رایگان "
    "نیز برای آنان برگزار خواهد شد تا بتوانند در خانه کار کنند."
)


def test_quote_pair_headline_under_kicker_is_the_title() -> None:
    page = f"کد خبر: 51234 A\n\n{_KICKER}\n\n{_PAIR}\n\n{_ILNA_LEAD}\n\n{_ILNA_MORE}\n"
    article = jm.parse_article(page)
    assert article.title == _PAIR


def test_quote_pair_headline_without_kicker_is_the_title() -> None:
    page = f"{_PAIR}\n\n{_ILNA_LEAD}\n\n{_ILNA_MORE}\n"
    assert jm.parse_article(page).title == _PAIR


def test_two_sentences_joined_by_slash_over_plain_text_are_no_title_neg() -> None:
    plain = (
        "مددجویان می‌گویند این وام‌ها کافی نیست و هزینه‌های زندگی هر سال بیشتر می‌شود و "
        "بسیاری از خانوارها نمی‌توانند اقساط خود را به موقع پرداخت کنند."
    )
    page = f"{_KICKER}\n\n{_PAIR}\n\n{plain}\n\n{_ILNA_MORE}\n"
    assert jm.parse_article(page).title is None


# 3. A conference's important-dates page: deadline labels ending with a colon over date lines.

_SCHEDULE = (
    "زمان‌بندی همایش\n\n"
    "آخرین فرصت ارسال چکیده مقالات به دبیرخانه همایش:\n12 فروردین 1398\n"
    "اعلام نتایج داوری چکیده‌ها:\n5 اردیبهشت 1398\n"
    "مهلت ارسال اصل مقالات پذیرفته شده:\n30 اردیبهشت 1398\n"
    "زمان برگزاری همایش:\nسه شنبه 14 خرداد 1398 ساعت 9 الی 16\n"
    "مقالاتی که پس از مهلت مقرر برسند در فرایند داوری قرار نمی‌گیرند.\n"
)


def test_schedule_page_has_its_heading_and_no_published_date() -> None:
    article = jm.parse_article(_SCHEDULE)
    assert article.title == "زمان‌بندی همایش"
    assert article.published is None


def test_deadline_headline_without_colon_still_dates_the_page_neg() -> None:
    page = (
        "آخرین فرصت ثبت نام در آزمون استخدامی فرا رسید\n\n12 فروردین 1398\n\n"
        "داوطلبان آزمون استخدامی دستگاه‌های اجرایی تا پایان هفته جاری فرصت دارند ثبت نام "
        "خود را در سامانه سازمان سنجش آموزش کشور انجام دهند و کارت خود را دریافت کنند.\n"
    )
    article = jm.parse_article(page)
    assert article.title == "آخرین فرصت ثبت نام در آزمون استخدامی فرا رسید"
    assert article.published is not None
    assert article.published.jalali_date == (1398, 1, 12)


# 5. A blog's sidebar links and its archive heading over the post's date: no post title.

_RADIO_LEAD = (
    "مدیر رادیو یزد از پخش ویژه برنامه‌های تابستانی برای نوجوانان و خانواده‌ها از هفته "
    "آینده خبر داد و گفت این برنامه‌ها هر روز عصر پخش خواهد شد."
)
_RADIO_MORE = (
    "به گزارش رادیو نیوز، وی افزود: بخشی از این برنامه‌ها با همکاری آموزش و پرورش استان "
    "تهیه شده و مسابقه‌ای هم برای شنوندگان در نظر گرفته شده است."
)


def _blog_page(link: str, heading: str) -> str:
    return (
        "وبلاگ رادیوهای استانی - آدرس تلگرام: radioblog@\n\n"
        "صفحات مهم وبلاگ\n"
        f"{link}\n"
        f"{heading}\n"
        "تاريخ ايجاد: شنبه بیست و دوم خرداد ۱۳۸۹       موضوع:\n\n"
        f"{_RADIO_LEAD}\n\n{_RADIO_MORE}\n"
    )


def test_sidebar_link_over_archive_heading_is_no_title() -> None:
    article = jm.parse_article(_blog_page("فهرست شبکه های استانی صدا و سیما", "آرشيو ماهانه"))
    assert article.title is None
    assert any(w.code == "title-uncertain" for w in article.warnings)
    assert article.published is not None
    assert article.published.jalali_date == (1389, 3, 22)


def test_short_line_over_the_date_without_archive_heading_stays_neg() -> None:
    article = jm.parse_article(
        _blog_page("فهرست شبکه های استانی صدا و سیما", "برنامه تابستانی رادیو یزد")
    )
    assert article.title is not None


def test_three_word_name_before_afghan_date_without_year_mark_is_no_dateline_neg() -> None:
    article = jm.parse_article(_pashto_page("د ښار شورا (سه شنبه، ۲۸ مرغومي، ۱۴۰۰): "))
    assert article.published is None


# Mutation round 24 (benchmarks/hand_mutants_24.py): the edges of fix87's rules.


def test_lone_lam_before_a_word_leaves_a_lunar_looking_date_in_doubt_neg() -> None:
    # «ل» is the solar year's mark only alone: «ل ب» (an initial, a word after it) gives an
    # all-digit date of a lunar-looking year no Jalali era, so it stays doubted as lunar.
    body = (
        "متن خبر درباره برگزاری نشست شورای شهر و تصمیم‌های تازه آن برای ساماندهی بازار روز "
        "است و ادامه دارد.\n"
    )
    record = jm.parse_article(f"نشست شورای شهر\nتاریخ: ۱۴۴۵/۰۳/۱۲ ل ب\n{body}")
    assert record.published is None or record.published.jalali_date != (1445, 3, 12)


def test_spaced_name_before_iranian_month_date_with_an_era_stays_a_quote_neg() -> None:
    # An era word alone does not make the bracket an Afghan agency's dateline: the month must
    # be an Afghan one too.
    article = jm.parse_article(_pashto_page("خمینی (یکشنبه ۲۲ بهمن ۱۳۵۷ ه.ش): "))
    assert article.published is None


@pytest.mark.parametrize(
    "pair",
    [
        # each quote of three words, the least the rule takes
        "مددجویان افزایش یافتند./ طرح اشتغال خانگی برای زنان سرپرست خانوار اجرا می‌شود.",
        # (over fifteen words: no full-stop headline restated by the lead, fix84's rule)
        "شمار مددجویان تحت پوشش بهزیستی استان در سال جاری نسبت به پارسال افزایش یافته است./ "
        "طرح اشتغال اجراست.",
    ],
)
def test_quote_pair_of_three_word_quotes_is_the_title(pair: str) -> None:
    assert jm.parse_article(f"{pair}\n\n{_ILNA_LEAD}\n\n{_ILNA_MORE}\n").title == pair


def test_two_long_sentences_joined_by_slash_are_no_headline_neg() -> None:
    # Past HEADLINE_MAX_WORDS (25) the two sentences are a paragraph, not a headline.
    long_pair = (
        "شمار مددجویان تحت پوشش بهزیستی استان همدان در سال جاری نسبت به سال گذشته با رشد "
        "چشمگیری همراه بوده و افزایش یافته است./ طرح اشتغال خانگی برای زنان سرپرست خانوار "
        "در همه شهرستان‌های استان با همکاری بانک‌ها و خیریه‌ها اجرا می‌شود."
    )
    record = jm.parse_article(f"{long_pair}\n\n{_ILNA_LEAD}\n\n{_ILNA_MORE}\n")
    assert record.title != long_pair


def test_headline_over_a_quote_pair_stays_the_title_neg() -> None:
    # Only a kicker ending with a colon gives way to the quotes under it; a headline does not.
    headline = "افزایش شمار مددجویان بهزیستی همدان در سال جاری"
    record = jm.parse_article(f"{headline}\n\n{_PAIR}\n\n{_ILNA_LEAD}\n\n{_ILNA_MORE}\n")
    assert record.title == headline


def test_two_sentences_over_a_sidebar_boxs_agency_lead_are_no_title_neg() -> None:
    # The lead under the quotes must be the page's own: an agency's lead in a box outside the
    # article (another story's teaser) does not make the paragraph above it a headline.
    plain = (
        "مددجویان می‌گویند این وام‌ها کافی نیست و هزینه‌های زندگی هر سال بیشتر می‌شود و "
        "بسیاری از خانوارها نمی‌توانند اقساط خود را به موقع پرداخت کنند."
    )
    page = (
        f"<html><head><meta charset='utf-8'></head><body><p>{_PAIR}</p>"
        f"<aside><p>{_ILNA_LEAD}</p></aside><p>{plain}</p><p>{_ILNA_MORE}</p></body></html>"
    ).encode()
    assert jm.parse_html(page).title != _PAIR


def _steps(label: str) -> str:
    return (
        "زمان‌بندی همایش\n\n"
        "آخرین فرصت ارسال چکیده مقالات به دبیرخانه همایش:\n12 فروردین 1398\n"
        f"{label}\n30 اردیبهشت 1398\n"
        "مقالاتی که پس از مهلت مقرر برسند در فرایند داوری قرار نمی‌گیرند.\n"
    )


def test_schedule_step_of_nine_words_is_a_label() -> None:
    # «مهلت» and eight words after it, the longest step label the rule takes.
    article = jm.parse_article(_steps("مهلت ارسال اصل مقالات کامل به دبیرخانه علمی همایش:"))
    assert article.title == "زمان‌بندی همایش"
    assert article.published is None


_EXAM_BODY = (
    "داوطلبان آزمون استخدامی دستگاه‌های اجرایی تا پایان هفته جاری فرصت دارند ثبت نام "
    "خود را در سامانه سازمان سنجش آموزش کشور انجام دهند و کارت خود را دریافت کنند.\n"
)


def test_deadline_headline_without_colon_right_over_its_date_dates_the_page_neg() -> None:
    headline = "آخرین فرصت ثبت نام در آزمون استخدامی فرا رسید"
    article = jm.parse_article(f"{headline}\n12 فروردین 1398\n\n{_EXAM_BODY}")
    assert article.title == headline
    assert article.published is not None
    assert article.published.jalali_date == (1398, 1, 12)


def test_deadline_label_without_colon_over_a_date_stays_a_title_candidate_neg() -> None:
    # A step label ends with a colon; «مهلت ثبت نام آزمون» without one is the page's headline.
    article = jm.parse_article(f"مهلت ثبت نام آزمون\n12 فروردین 1398\n\n{_EXAM_BODY}")
    assert article.title == "مهلت ثبت نام آزمون"


def test_deadline_label_over_running_text_is_a_doubted_kicker_neg() -> None:
    # No date under it: not a schedule's step, a kicker with no headline under it (doubted).
    article = jm.parse_article(f"مهلت ارسال آثار جشنواره:\n{_EXAM_BODY}")
    assert article.title is None
    assert any(w.code == "title-uncertain" for w in article.warnings)


@pytest.mark.parametrize(
    "heading", ["آرشيو موضوعی", "بایگانی ماهانه", "آرشيو ماهانه:", "آرشیو ماهیانه"]
)
def test_sidebar_link_over_each_archive_heading_is_no_title(heading: str) -> None:
    article = jm.parse_article(_blog_page("فهرست شبکه های استانی صدا و سیما", heading))
    assert article.title is None
    assert any(w.code == "title-uncertain" for w in article.warnings)


def test_line_over_archive_heading_the_address_spells_is_the_title_neg() -> None:
    # The post's address spells the line: it is the post's own title, not a sidebar link.
    link = "فهرست شبکه های استانی صدا و سیما"
    url = "http://radioblog.blogfa.com/post/" + quote(link.replace(" ", "-"))
    article = jm.parse_article(_blog_page(link, "آرشيو ماهانه"), url=url)
    assert article.title == link
