"""fix91: real29's three silent titles with the address given. #13 (bonyadhamdeli.com): a
headline in two halves joined by a bar («TOPIC | QUESTION؟») was taken for a site's summary,
and the question subheading under it for the headline. #21 (a GitBook chapter): the
chapter's name printed twice at the top, the second time without its comma, lost to a
section's heading printed once lower. #44 (behdasht.gov.ir): a regulation's «مقدمه (...)»
section heading, its note in brackets, was taken over the regulation's name. The texts are
written for these tests on the real pages' layouts."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

# -- a headline in two halves joined by a bar (real29 #13) ---------------------------------

LEAD = (
    "ورزش در دوران بارداری چه فایده هایی دارد و از کدام حرکات باید پرهیز کرد و چه زمانی "
    "ورزش را کنار گذاشت. پزشکان می گویند بیشتر زنان باردار می توانند هر روز نیم ساعت پیاده "
    "روی کنند و این کار خواب و گوارش آنها را بهتر می کند."
)
MORE = (
    "در ماه های آخر بارداری بهتر است حرکات سنگین و پرش کنار گذاشته شود. شنا و نرمش های "
    "کششی ساده برای بیشتر مادران بی خطر است، اما پیش از شروع هر برنامه تازه باید با پزشک "
    "مشورت کرد تا وضعیت مادر و جنین سنجیده شود."
)
SUBHEADING = "چرا ورزش در بارداری مهم است؟"


def _guide(first: str) -> str:
    return f"{first}\n{SUBHEADING}\n{LEAD}\n{MORE}\n"


@pytest.mark.parametrize(
    "headline",
    [
        "راهنمای کامل ورزش در دوران بارداری | کدام حرکات برای مادر و جنین بی خطر است؟",
        "راهنمای کامل ورزش در دوران بارداری|کدام حرکات برای مادر و جنین بی خطر است؟",
    ],
)
@pytest.mark.parametrize("url", [None, "https://health.example.ir/?p=5120"])
def test_a_headline_in_two_halves_joined_by_a_bar_is_the_title(
    headline: str, url: str | None
) -> None:
    record = jm.parse_article(_guide(headline), url=url)
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize(
    "first",
    [
        # a short half: the site's name after the bar
        "کدام حرکات برای مادر و جنین در دوران بارداری بی خطر است؟ | مجله سلامت",
        # a sentence ends the first half: prose, no headline's half
        "ورزش در دوران بارداری برای بیشتر مادران بی خطر است. | پزشکان پیاده روی روزانه را "
        "توصیه می کنند",
    ],
)
def test_a_bar_line_of_another_shape_is_no_sure_headline_neg(first: str) -> None:
    record = jm.parse_article(_guide(first))
    assert record.title != first or "title-uncertain" in warning_codes(record)


# -- a chapter's name printed twice at the top (real29 #21) --------------------------------


def _chapter(first: str, second: str) -> str:
    return (
        f"{first}\n\n{second}\n\nکدهای این فصل را در مخزن پروژه پیدا می کنید\n\n"
        "در این فصل یاد می گیریم که چگونه یک برنامه کوچک بنویسیم و آن را روی رایانه خود "
        "اجرا کنیم تا نتیجه را ببینیم.\n\n"
        "  • یک پوشه تازه برای پروژه بسازید\n\n"
        "  • پرونده main.go را در آن پوشه بسازید و کد زیر را در آن بنویسید\n\n"
        'package main\n\nimport "os"\n\nfunc main() {\n\tos.Exit(0)\n}\n\n'
        "برای اجرای برنامه دستور go run را بزنید.\n\n"
        "روش کار\n\n"
        "هر برنامه گو یک بسته اصلی دارد که تابع اصلی در آن تعریف می شود و اجرای برنامه از "
        "همان تابع آغاز می شود و تا پایان آن ادامه پیدا می کند.\n\n"
        "برای تعریف یک تابع کلمه کلیدی func را می نویسیم و پس از آن نام تابع و پرانتزها را "
        "می آوریم.\n"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("متغیرها، ثابت ها", "متغیرها ثابت ها"),  # the comma left out of the heading
        ("فصل دوم: حلقه ها", "فصل دوم حلقه ها"),  # the colon left out
        ("آرایه ها و برش ها", "آرایه ها و برش ها"),  # the same print twice
    ],
)
@pytest.mark.parametrize("url", [None, "https://book.gitbook.io/go/chapter-2/variables"])
def test_a_name_printed_twice_at_the_top_wins_over_a_later_section_heading(
    first: str, second: str, url: str | None
) -> None:
    record = jm.parse_article(_chapter(first, second), url=url)
    assert record.title == first
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("متغیرها، ثابت ها", "کدهای نمونه فصل"),  # printed once
        ("متغیرها، ثابت ها", "متغیرها ثابت ها و توابع"),  # a longer second line
        ("دانشگاه علوم پزشکی تبریز", "دانشگاه علوم پزشکی تبریز"),  # a site's name twice
    ],
)
def test_a_top_line_not_printed_twice_or_an_institution_is_not_taken_neg(
    first: str, second: str
) -> None:
    record = jm.parse_article(_chapter(first, second))
    assert record.title != first


# -- a document's section heading with a note in brackets (real29 #44) ---------------------

RULES = (
    "با توجه به افزایش شمار مدارس غیردولتی در سال های گذشته و نیاز به نظارت یکسان بر کیفیت "
    "آموزش در همه استان ها، این دستورالعمل برای روشن کردن وظایف ادارات کل آموزش و پرورش و "
    "مدیران مدارس تهیه شده است و از آغاز سال تحصیلی اجرا می شود. ادارات کل موظفند گزارش "
    "اجرای آن را هر شش ماه یک بار به معاونت آموزش متوسطه بفرستند."
)
NAME = "دستورالعمل نظارت بر کیفیت آموزش در مدارس غیردولتی کشور"


def _regulation(section: str) -> str:
    return f"وزارت آموزش و پرورش\n\n{NAME}\n\nعنوان قانون:\n\nمتن قانون:\n\n{section}\n\n{RULES}\n"


@pytest.mark.parametrize("section", ["مقدمه (از دستورالعمل ها)", "چکیده (متن کامل در پیوست)"])
@pytest.mark.parametrize(
    "url", [None, "http://www.edu.example.ir/index.aspx?pageid=120&newsview=88"]
)
def test_a_section_heading_with_its_note_in_brackets_is_no_title(
    section: str, url: str | None
) -> None:
    record = jm.parse_article(_regulation(section), url=url)
    assert record.title == NAME


def test_a_section_heading_with_its_note_under_the_name_alone() -> None:
    record = jm.parse_article(f"{NAME}\n\nمقدمه (از دستورالعمل ها)\n\n{RULES}\n")
    assert record.title == NAME
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize(
    "headline",
    ["مقدمه نویسی برای کتاب (کارگاه آموزشی)", "پیوست های آموزشی (راهنمای مدیران)"],
)
def test_a_headline_opening_with_a_section_word_stays_neg(headline: str) -> None:
    record = jm.parse_article(f"{headline}\n\n{RULES}\n")
    assert record.title == headline


# -- a full-stop sentence over a lead that does not restate it (attacks36's gap) -----------

STOPPED = "ساعت کار ادارات استان از اول تیر تغییر می کند."
BUS_LEAD = (
    "شورای شهر در جلسه هفته گذشته درباره کمبود اتوبوس در خطوط غربی و شلوغی ایستگاه ها "
    "گفت و گو کرد و قرار شد گزارش آن برای استانداری فرستاده شود."
)
BUS_MORE = (
    "اعضای شورا همچنین خواستند که ناوگان تازه پیش از پایان سال به خطوط برسد و زمان انتظار "
    "مسافران کوتاه تر شود."
)


def test_a_full_stop_sentence_over_a_lead_on_another_subject_is_warned() -> None:
    record = jm.parse_article(f"{STOPPED}\n{BUS_LEAD}\n{BUS_MORE}\n")
    assert record.title is None or "title-uncertain" in warning_codes(record)


def test_a_full_stop_headline_its_lead_restates_stays_sure_neg() -> None:
    lead = (
        "معاون استاندار اعلام کرد ساعت کار ادارات استان از اول تیر تا پایان مرداد تغییر می کند "
        "و کارمندان از ساعت شش صبح تا یک بعد از ظهر سر کار خواهند بود."
    )
    record = jm.parse_article(f"{STOPPED}\n{lead}\n{BUS_MORE}\n")
    assert record.title == STOPPED
    assert "title-uncertain" not in warning_codes(record)


def test_a_headline_without_a_full_stop_over_another_subject_stays_sure_neg() -> None:
    headline = STOPPED.rstrip(".")
    record = jm.parse_article(f"{headline}\n{BUS_LEAD}\n{BUS_MORE}\n")
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


# -- mut25: the bar-joined headline's bounds ------------------------------------------------

HALF = "راهنمای کامل ورزش در دوران بارداری"
QUESTION = "کدام حرکات برای مادر و جنین بی خطر است؟"


def test_a_bar_line_with_a_three_word_half_is_not_taken_neg() -> None:
    # a half of three words (a site's or a section's name) is no headline's half
    first = f"راهنمای ورزش بارداری | {QUESTION}"
    record = jm.parse_article(_guide(first))
    assert record.title != first or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize("half", [HALF, QUESTION])
def test_a_bar_line_over_one_of_its_halves_printed_alone_is_not_taken_neg(half: str) -> None:
    # «TOPIC | QUESTION؟» over one half alone: the page's <title> over its printed headline
    record = jm.parse_article(f"{HALF} | {QUESTION}\n{half}\n{LEAD}\n{MORE}\n")
    assert record.title == half


def test_a_bar_line_over_a_shorter_paragraph_is_not_taken_neg() -> None:
    # the text under it is shorter than the line: no lead, so no headline over one
    first = f"{HALF} | {QUESTION}"
    short = "بیشتر زنان باردار می توانند هر روز نیم ساعت پیاده روی کنند."
    record = jm.parse_article(f"{first}\n{short}\n{LEAD}\n{MORE}\n")
    assert record.title != first or "title-uncertain" in warning_codes(record)


PROGRAM = "آموزش نوشتن نخستین برنامه به زبان گو"


@pytest.mark.parametrize(("first", "second"), [("کدنویسی، آسان", "کدنویسی آسان")])
def test_a_name_twice_right_over_the_headline_is_a_sites_name_neg(first: str, second: str) -> None:
    # mut25: no paragraph between the copies and the line under them: the copies are the
    # site's logo and name over the headline, not a chapter's name over its sections
    text = (
        f"{first}\n\n{second}\n\n{PROGRAM}\n\n"
        "در این فصل یاد می گیریم که چگونه یک برنامه کوچک بنویسیم و آن را روی رایانه خود "
        "اجرا کنیم تا نتیجه را ببینیم.\n\n"
        "هر برنامه گو یک بسته اصلی دارد که تابع اصلی در آن تعریف می شود و اجرای برنامه از "
        "همان تابع آغاز می شود و تا پایان آن ادامه پیدا می کند.\n"
    )
    record = jm.parse_article(text)
    assert record.title == PROGRAM


def test_a_full_stop_headline_its_lead_holds_half_of_stays_sure_neg() -> None:
    # mut25: the lead holds exactly half of the line's content words: no doubt
    lead = (
        "شورای شهر ساعت کار ادارات استان در جلسه هفته گذشته درباره کمبود اتوبوس در خطوط غربی "
        "و شلوغی ایستگاه ها گفت و گو کرد و قرار شد گزارش آن برای استانداری فرستاده شود."
    )
    record = jm.parse_article(f"{STOPPED}\n{lead}\n{BUS_MORE}\n")
    assert record.title == STOPPED
    assert "title-uncertain" not in warning_codes(record)
