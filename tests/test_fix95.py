"""The values the twenty-fourth mutation round (docs/reliability.md, "The twenty-fourth round:
fix87-fix89 and attack36 under mutation") found wrong without a warning, fixed by fix95.

1. A call's schedule step whose date line says more than the date: «مهلت ارسال اصل مقالات:»
over «تا 30 اردیبهشت 1398» read the deadline as the published date, silently (fix87 took the
label out of the title candidates, so the doubt it raised went too). A date under a step label
ending with a colon is the step's date, never the publication; and that date line is no title.
2. «30 اردیبهشت 1398 (تمدید شد)» (a date and a note in brackets, nothing else) was the title.
3. A blog's sidebar link right over its archive heading was the title, silently, when no date
line stood under the heading or the post's own title stood under the date: now no title,
doubted (which of the two lines is the post's cannot be told).
4. A theme toggle run into the next span of the top bar, by one tab before the bar's date or
with no date at all («حالت تاریک کتابخانه مرکزی شهر»), was the title, silently: it is passed
over as the bar's furniture, like the toggle alone, so the install prompt under it is found.
5. A forum's notice with a longer reason, «این پست به دلیل تخلف حذف شده است.», was the title:
a moderator's verb before «شده» makes it a notice at up to six words between.

The sentences are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm


def _codes(record: jm.Article) -> set[str]:
    return {warning.code for warning in record.warnings}


# 1 and 2. A call's schedule.

CALL = "فراخوان همایش ملی زبان و ادبیات فارسی"
RULE = "مقاله‌هایی که پس از مهلت مقرر برسند در فرایند داوری قرار نمی‌گیرند."


def _call(step: str) -> str:
    return f"{CALL}\n\nمهلت ارسال اصل مقالات:\n{step}\n{RULE}\n"


def _schedule(step: str) -> str:
    return (
        "زمان‌بندی همایش\n\n"
        "آخرین فرصت ارسال چکیده مقالات به دبیرخانه همایش:\n12 فروردین 1398\n"
        f"مهلت ارسال اصل مقالات:\n{step}\n{RULE}\n"
    )


@pytest.mark.parametrize("step", ["تا 30 اردیبهشت 1398", "30 اردیبهشت 1398 (تمدید شد)"])
def test_a_deadline_with_company_under_its_label_is_no_publication_date(step: str) -> None:
    record = jm.parse_article(_call(step))
    assert record.title == CALL
    assert record.published is None


@pytest.mark.parametrize("step", ["تا 30 اردیبهشت 1398", "30 اردیبهشت 1398 (تمدید شد)"])
def test_a_schedules_step_date_with_company_is_no_title(step: str) -> None:
    record = jm.parse_article(_schedule(step))
    assert record.title == "زمان‌بندی همایش"
    assert record.published is None


def test_neg_a_dated_line_under_a_headline_without_colon_dates_the_page() -> None:
    # No step label over the line: the date beside «تا» stays a candidate of the page's date.
    headline = "مهلت ارسال اصل مقالات همایش ادبیات تمدید شد"
    record = jm.parse_article(f"{headline}\nتا 30 اردیبهشت 1398\n\n{RULE}\n")
    assert record.title == headline


def test_neg_a_date_with_more_than_a_note_stays_text() -> None:
    # The brackets close a headline's words, not a note after a date alone.
    headline = "30 اردیبهشت 1398 روز پایان ثبت نام داوطلبان آزمون سراسری (اطلاعیه)"
    record = jm.parse_article(f"{headline}\n\n{RULE}\n")
    assert record.title == headline


# 3. A blog's sidebar link over its archive heading.

RADIO_LEAD = (
    "مدیر رادیو کرمان از پخش ویژه برنامه‌های پاییزی برای دانش‌آموزان و خانواده‌ها از هفته "
    "آینده خبر داد و گفت این برنامه‌ها هر روز صبح پخش خواهد شد."
)
RADIO_MORE = (
    "به گزارش رادیو نیوز، وی افزود: بخشی از این برنامه‌ها با همکاری آموزش و پرورش استان "
    "تهیه شده و مسابقه‌ای هم برای شنوندگان در نظر گرفته شده است."
)
LINK = "فهرست شبکه های استانی صدا و سیما"
BLOG_HEAD = f"وبلاگ رادیوهای استانی - آدرس تلگرام: radioblog@\n\nصفحات مهم وبلاگ\n{LINK}\n"


def test_a_sidebar_link_over_the_archive_heading_without_a_date_is_doubted() -> None:
    record = jm.parse_article(f"{BLOG_HEAD}آرشیو ماهانه\n{RADIO_LEAD}\n\n{RADIO_MORE}\n")
    assert record.title != LINK
    assert record.title is None
    assert "title-uncertain" in _codes(record)


def test_a_sidebar_link_over_the_archive_heading_with_a_title_under_the_date_is_not_taken() -> None:
    record = jm.parse_article(
        f"{BLOG_HEAD}آرشیو ماهانه\nتاریخ ایجاد: شنبه بیست و دوم مهر ۱۳۸۹       موضوع:\n"
        f"برنامه پاییزی رادیو کرمان\n\n{RADIO_LEAD}\n\n{RADIO_MORE}\n"
    )
    assert record.title != LINK
    assert record.title == "برنامه پاییزی رادیو کرمان" or (
        record.title is None and "title-uncertain" in _codes(record)
    )


def test_neg_a_line_over_another_heading_without_a_date_stays_the_title() -> None:
    record = jm.parse_article(f"{BLOG_HEAD}برنامه پاییزی\n{RADIO_LEAD}\n\n{RADIO_MORE}\n")
    assert record.title is not None
    assert "آرشیو" not in record.title


# 4. A theme toggle run into the bar's next span.

HEADLINE = "کتابخانه مرکزی شهر پس از شش سال هنوز افتتاح نشده است"
LEAD = (
    "ساختمان کتابخانه مرکزی که قرار بود در دو سال ساخته شود، پس از شش سال همچنان نیمه‌کاره "
    "مانده و دانش‌آموزان برای مطالعه به سالن‌های کوچک محله‌ها می‌روند."
)
MORE = (
    "به گزارش خبرنگار پایگاه خبری نمونه؛ دیوارهای ساختمان سال‌هاست بی‌نما مانده و "
    "پیمانکار کار را نیمه‌تمام رها کرده است."
)
TODAY = "پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی"
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"


def _page(bar: str) -> str:
    return "\n".join((bar, INSTALL, "ببینید؛", "", HEADLINE, "", LEAD, "", MORE))


@pytest.mark.parametrize(
    "bar",
    [
        f"حالت تاریک\t{TODAY}",
        "حالت تاریک\tشهر نمونه",
        "حالت تاریک  شهر نمونه",
        "حالت تاریک شهر نمونه",
        "Dark mode شهر نمونه",
    ],
)
def test_a_toggle_run_into_the_bars_next_span_is_passed_over(bar: str) -> None:
    record = jm.parse_article(_page(bar))
    assert record.title == HEADLINE
    assert record.published is None


def test_neg_a_headline_starting_with_the_toggles_words_stays_the_title() -> None:
    headline = "حالت تاریک واتساپ برای همه کاربران فعال شد"
    record = jm.parse_article("\n".join((headline, INSTALL, "", LEAD, "", MORE)))
    assert record.title == headline


def test_neg_a_headline_and_a_tab_and_a_date_are_not_passed_over() -> None:
    record = jm.parse_article("\n".join((f"{HEADLINE}\t{TODAY}", "", LEAD, "", MORE)))
    assert record.title is not None
    assert record.title.startswith(HEADLINE)


# 5. A forum's notice about the post with its reason.

BODY = (
    "\n\n    سه شنبه ٩ تیرماه ساعت ١١ صبح\n"
    "سلام دوستان، سگ من از دیروز غذا نمی‌خورد و بی‌حال است؛ کسی می‌داند چه کار باید کرد؟\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "این پست به دلیل تخلف حذف شده است.",
        "این موضوع به درخواست نویسنده آن قفل شده است",
        "• این تاپیک به دلیل تکراری بودن بسته شده است",
    ],
)
def test_a_forum_notice_with_its_reason_is_no_title(notice: str) -> None:
    record = jm.parse_article(f"{notice}{BODY}")
    assert record.title != notice
    assert record.title is None or "title-uncertain" in _codes(record)


@pytest.mark.parametrize(
    "headline",
    [
        "این موضوع بارها در مجلس بررسی شده است",
        "این پست مرزی پس از دو سال بازگشایی شده است",
    ],
)
def test_neg_a_headline_about_a_post_with_another_verb_stays_the_title(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n{BODY}")
    assert record.title == headline


def test_neg_a_three_word_notice_with_another_verb_is_still_fix89s() -> None:
    # No moderator's verb: fix89's notice of at most three words takes it, not fix95's.
    notice = "این موضوع توسط مدیر سنجاق شده است"
    record = jm.parse_article(f"{notice}{BODY}")
    assert record.title != notice
    assert record.title is None or "title-uncertain" in _codes(record)


def test_a_forum_notice_with_six_words_of_reason_is_no_title() -> None:
    # mut25: up to six words between the post and the moderator's verb
    notice = "این پست به دلیل نقض قوانین انجمن سایت حذف شده است"
    record = jm.parse_article(f"{notice}{BODY}")
    assert record.title != notice
