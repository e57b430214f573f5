"""fix118: real37's silent titles (docs/real_sample.md, the twenty-sixth sample).

Page-shaped texts written for these tests, with the structure of the sample's pages (no
sentence of theirs): a page opening with a run of dash-led headlines of other items over
its own headline printed twice (#25), a headline printed twice over other stories'
headlines (#1), and «SECTION / HEADLINE» over the headline alone (#14).
"""

from __future__ import annotations

import jalali_meta as jm

URL = "https://semnan-example.ir/?p=4821"

HEADLINE = "۷۰درصد مدارس روستایی سمنان بازگشایی شدند!!"
BODY = (
    "مدیرکل آموزش و پرورش استان سمنان از بازگشایی مدارس روستایی این استان با حضور سه هزار "
    "دانش‌آموز خبر داد و گفت: کلاس‌های درس از شنبه هفته آینده دایر می‌شوند.\n"
    "وی افزود: سرویس‌های رفت و آمد دانش‌آموزان روستاهای دور افتاده نیز آماده شده است و "
    "معلمان جدید در این مدارس مشغول به کار خواهند شد.\n"
)
DASH_RUN = (
    "- واژگونی اتوبوس در جاده شاهرود هفت مصدوم داشت\n"
    "- بازگشایی نمایشگاه صنایع دستی تصمیم شورای شهر است!\n"
    "- هیچ استانی اجازه نمی دهد، منابع آبش به جای دیگر برود!\n"
    "- برداشت پسته در گرمسار آغاز شد؛ قیمت‌ها بالا رفت!\n"
    "- از کم‌آبی تا وعده‌های انتخاباتی!!\n"
)


def _both(text: str) -> list[jm.Article]:
    return [jm.parse_article(text, url=URL), jm.parse_article(text)]


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def test_dash_led_run_over_headline_printed_twice() -> None:
    # #25's shape: five dash-led headlines of other items, the headline, a speaker's line
    # ending with «؛», the headline again and the body.
    text = DASH_RUN + HEADLINE + "\n\nمدیرکل آموزش و پرورش استان سمنان؛\n" + HEADLINE + "\n" + BODY
    for article in _both(text):
        assert article.title == HEADLINE


def test_dash_led_run_headline_right_under_copy() -> None:
    # The same run over the headline printed twice in a row.
    text = DASH_RUN + HEADLINE + "\n" + HEADLINE + "\n" + BODY
    for article in _both(text):
        assert article.title == HEADLINE


def test_single_dash_led_headline_neg() -> None:
    # One headline opening with a dash over its own body: no run, the dash line stays
    # (without its list dash, fix126).
    line = "- بازگشایی مدارس روستایی سمنان با سه هزار دانش‌آموز"
    for article in _both(line + "\n" + BODY):
        assert article.title == line[2:]


def test_headline_with_spaced_dash_neg() -> None:
    # A headline holding « - » inside it is no list item.
    headline = "بازگشایی مدارس روستایی سمنان - سه هزار دانش‌آموز سر کلاس"
    for article in _both(headline + "\n" + BODY):
        assert article.title == headline


def test_dash_run_without_headline_twice_neg() -> None:
    # Without the headline printed again under the run, nothing says where the article
    # starts: the run is not set aside (the title is one of its lines or none, as before).
    text = DASH_RUN + HEADLINE + "\n" + BODY
    for article in _both(text):
        assert article.title != HEADLINE or "title-uncertain" in _codes(article)


FOOTBALL_HEADLINE = "باشگاه سپاهان قرارداد مهاجم جوان خود را تمدید کرد"
FOOTBALL_PAGE = (
    f"{FOOTBALL_HEADLINE}\n{FOOTBALL_HEADLINE}\n"
    "داوری دیدار پرسپولیس و ملوان زیر ذره‌بین کارشناسان؛ پنالتی گرفته نشد\n"
    "رکورد تماشاگران لیگ برتر امسال شکسته شد؛ ورزشگاه‌ها پر شدند!\n"
    "تیم ملی نوجوانان به اردوی کیش می‌رود اردوی آماده‌سازی از هفته آینده آغاز می‌شود...\n"
    "اردوی آماده‌سازی از هفته آینده آغاز می‌شود...\n"
    "به گزارش سایت ورزشی نمونه :\n"
    "کادر فنی تیم تراکتور پس از بازگشت از اردوی ترکیه برنامه تمرینات تازه‌ای را آغاز کرده "
    "است و چند بازیکن جوان نیز به جمع بزرگسالان اضافه شده‌اند.\n"
    "مدیران باشگاه امیدوارند پیش از آغاز فصل، دو بازیکن خارجی دیگر را نیز جذب کنند و "
    "تیم را برای رقابت‌های آسیایی آماده کنند.\n"
)


def test_headline_twice_over_other_headlines_doubted_text_alone() -> None:
    # #1's shape: a headline printed twice, then other stories' headlines (sharing no word
    # with it) before the text: the copies may open a related list; title-uncertain.
    article = jm.parse_article(FOOTBALL_PAGE)
    assert "title-uncertain" in _codes(article)


def test_headline_twice_over_its_subtitle_neg() -> None:
    # A headline printed twice over its subtitle and lead, which repeat its words: certain.
    text = (
        f"{FOOTBALL_HEADLINE}\n{FOOTBALL_HEADLINE}\n"
        "تمدید قرارداد مهاجم جوان سپاهان تا پایان فصل آینده\n"
        "باشگاه سپاهان اصفهان با تمدید قرارداد مهاجم جوان خود، او را تا پایان فصل آینده در "
        "این تیم نگه داشت و مذاکرات با دو بازیکن دیگر را نیز آغاز کرد.\n"
        "مدیران باشگاه امیدوارند پیش از آغاز فصل، دو بازیکن خارجی دیگر را نیز جذب کنند و "
        "تیم را برای رقابت‌های آسیایی آماده کنند.\n"
    )
    for article in _both(text):
        assert article.title == FOOTBALL_HEADLINE
        assert "title-uncertain" not in _codes(article)


SECTION_HEADLINE = "رویای اجاره ارزان"
SECTION_BODY = (
    "بر پایه گزارش تازه مرکز آمار، اجاره‌بهای واحدهای مسکونی در شهرهای کوچک کشور در یک سال "
    "گذشته بیش از کلانشهرها افزایش یافته است. کارشناسان دلیل آن را مهاجرت معکوس می‌دانند.\n"
    "در همین حال شمار قراردادهای اجاره ثبت‌شده در بنگاه‌ها نسبت به سال پیش کاهش داشته است.\n"
)


def test_section_slash_headline_over_the_headline_alone() -> None:
    # #14's shape: «SECTION / HEADLINE», then the headline alone, then the body.
    text = f"بازار مسکن / {SECTION_HEADLINE}\n\n{SECTION_HEADLINE}\n\n{SECTION_BODY}"
    for article in _both(text):
        assert article.title == SECTION_HEADLINE


def test_section_slash_headline_not_printed_again_neg() -> None:
    # The headline is not printed again alone: the line is kept whole, as before.
    line = f"بازار مسکن / {SECTION_HEADLINE}"
    for article in _both(f"{line}\n\n{SECTION_BODY}"):
        assert article.title == line


def test_section_slash_over_a_different_line_neg() -> None:
    # «SECTION / HEADLINE» over a longer line that is not the headline alone: the rule
    # needs the headline printed again alone, and cuts nothing here.
    line = f"بازار مسکن / {SECTION_HEADLINE}"
    text = f"{line}\n\nرویای اجاره ارزان در شهرهای کوچک\n\n{SECTION_BODY}"
    for article in _both(text):
        assert article.title != SECTION_HEADLINE


def test_headline_twice_over_subtitle_and_credit_neg() -> None:
    # A headline printed twice over a question subtitle and a writer's credit line, then
    # the text: two short lines sharing no word with it are a subtitle and a byline, not a
    # list of other stories.
    text = (
        f"{FOOTBALL_HEADLINE}\n{FOOTBALL_HEADLINE}\n"
        "آیا لیگ برتر امسال تماشاگران بیشتری به ورزشگاه‌ها خواهد کشید؟\n"
        "مریم احمدی، روزنامه‌نگار ورزشی\n"
        "کادر فنی تیم تراکتور پس از بازگشت از اردوی ترکیه برنامه تمرینات تازه‌ای را آغاز کرده "
        "است و چند بازیکن جوان نیز به جمع بزرگسالان اضافه شده‌اند.\n"
        "مدیران باشگاه امیدوارند پیش از آغاز فصل، دو بازیکن خارجی دیگر را نیز جذب کنند و "
        "تیم را برای رقابت‌های آسیایی آماده کنند.\n"
    )
    for article in _both(text):
        assert article.title == FOOTBALL_HEADLINE
        assert "title-uncertain" not in _codes(article)


OTHER_STORIES = (
    "داوری دیدار پرسپولیس و ملوان زیر ذره‌بین کارشناسان؛ پنالتی گرفته نشد",
    "رکورد تماشاگران لیگ برتر امسال شکسته شد؛ ورزشگاه‌ها پر شدند!",
    "تیم ملی نوجوانان برای اردوی آماده‌سازی به کیش می‌رود",
)
FOOTBALL_TEXT = FOOTBALL_PAGE.split("به گزارش", 1)[1]


def test_headline_twice_over_exactly_three_other_headlines_doubted() -> None:
    # (mut31) Three other stories' headlines under the two prints, then the credit line and
    # the text: three are enough to make the copies a list's first item.
    text = f"{FOOTBALL_HEADLINE}\n{FOOTBALL_HEADLINE}\n" + "\n".join(OTHER_STORIES)
    for article in _both(text + "\nبه گزارش" + FOOTBALL_TEXT):
        assert "title-uncertain" in _codes(article)


def test_headline_twice_over_two_other_headlines_neg() -> None:
    # -neg (mut31): two headline-shaped lines under the prints may be a subtitle and a
    # credit: no doubt.
    text = f"{FOOTBALL_HEADLINE}\n{FOOTBALL_HEADLINE}\n" + "\n".join(OTHER_STORIES[:2])
    for article in _both(text + "\nبه گزارش" + FOOTBALL_TEXT):
        assert article.title == FOOTBALL_HEADLINE
        assert "title-uncertain" not in _codes(article)


def test_headline_twice_over_a_subtitle_sharing_its_words_neg() -> None:
    # -neg (mut31): the first line under the prints repeats the headline's words (its
    # subtitle), then two other headline-shaped lines: no list of other stories.
    subtitle = "مهاجم جوان سپاهان تا پایان فصل آینده در اصفهان می‌ماند"
    text = f"{FOOTBALL_HEADLINE}\n{FOOTBALL_HEADLINE}\n{subtitle}\n" + "\n".join(OTHER_STORIES[1:])
    for article in _both(text + "\nبه گزارش" + FOOTBALL_TEXT):
        assert article.title == FOOTBALL_HEADLINE
        assert "title-uncertain" not in _codes(article)
