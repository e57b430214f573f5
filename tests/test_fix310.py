"""fix310: attack83's inputs left not right (benchmarks/attacks83.py, docs/reliability.md
«Attacks, eighty-third round») read by general rules: a question headline about the reader's
browser is no browser notice; a post footer glued after «…» or with its label stretched by a
kashida is cut; an Arabic month pair with the second name in brackets is a date; a digit twin's
copies parted by a dash or a bar; a name of four or five words printed twice under an ad's
label; kickers differing only by their running times over teasers; a site's name credited by
the lead over a lone teaser. Each with near misses that keep their record. The sentences are
ours."""

from __future__ import annotations

import pytest

from jalali_meta import parse_article

DATE_LINE = "۲۵ آبان ۱۴۰۲ - ۰۸:۴۵"
WHEN = "2023-11-16T08:45:00+03:30"
TEXT = (
    "به گزارش خبرنگار ما، ماهیگیران بندر از نیمه شب گذشته با قایق های کوچک به دریا رفتند و "
    "تا سپیده دم تورهای پر از ماهی را به اسکله آوردند.\n\n"
    "رئیس تعاونی صیادان گفت که صید امسال به سبب آرامی دریا از سال پیش بیشتر بوده است و "
    "بازار ماهی شهر این روزها شلوغ است.\n"
)


def _codes(article: object) -> set[str]:
    return {warning.code for warning in article.warnings}  # type: ignore[attr-defined]


def _published(article: object) -> str | None:
    stamp = article.published  # type: ignore[attr-defined]
    return None if stamp is None else stamp.gregorian.isoformat()


# == a question headline about the reader's browser ===========================================
@pytest.mark.parametrize(
    "headline",
    ["آیا مرورگر شما به روز است؟", "آیا مرورگر خود را به روز کرده اید؟"],
)
def test_question_headline_about_your_browser_is_the_title(headline: str) -> None:
    article = parse_article(f"{headline}\n\n{DATE_LINE}\n\n{TEXT}")
    assert article.title == headline
    assert _published(article) == WHEN


def test_browser_notice_over_headline_is_still_refused() -> None:
    headline = "صید ماهی در بندر از سال پیش بیشتر شد"
    for notice in ("مرورگر شما قدیمی است", "آیا مایل به نصب وب اپلیکیشن بندرنیوز هستید؟"):
        article = parse_article(f"{notice}\n\n{headline}\n\n{DATE_LINE}\n\n{TEXT}")
        assert article.title == headline


# == a post footer glued after «…» or with a kashida in its label ==============================
POST_HEAD = "شبی کنار اسکله"
POST = (
    "دیشب تا دیروقت کنار اسکله نشستیم و به چراغ قایق هایی که از دور می آمدند نگاه کردیم.\n\n"
    "پدرم از سال هایی گفت که با قایق پارویی تا جزیره می رفت و ماهی ها را در سبد به خانه "
    "می آورد"
)
FOOTER_WHEN = "2023-11-16T21:05:00+03:30"


@pytest.mark.parametrize(
    ("end", "label"),
    [
        ("…", "نوشته شده در"),
        ("…", "ارسال شده در"),
        (".", "نوشـته شده در"),
        (".", "ارسـال شـده در"),
        ("…", "نگـارش در تاریخ"),
    ],
)
def test_glued_footer_after_ellipsis_or_with_kashida_is_cut(end: str, label: str) -> None:
    doc = f"{POST_HEAD}\n\n{POST}{end}{label} پنجشنبه ۲۵ آبان ۱۴۰۲ ساعت ۲۱:۰۵ توسط سارا\n"
    article = parse_article(doc)
    assert article.title == POST_HEAD
    assert _published(article) == FOOTER_WHEN


def test_label_after_ellipsis_with_the_sentence_going_on_is_no_footer() -> None:
    # The label's words in a sentence that goes on after the date: no footer, no date.
    doc = (
        f"{POST_HEAD}\n\n{POST}…نوشته شده در دفتر پدرم که سال ۱۴۰۲ را سال پرباری خواند و "
        "از همه ماهیگیران تشکر کرد\n"
    )
    article = parse_article(doc)
    assert article.title == POST_HEAD
    assert article.published is None


# == an Arabic month pair with the second name in brackets =====================================
AR_HEAD = "افتتاح سوق السمك الجديد في الميناء"
AR_TEXT = (
    "افتتح رئيس البلدية صباح اليوم سوق السمك الجديد قرب الميناء بحضور عدد من الصيادين "
    "والتجار الذين قالوا إن السوق سيخفف الزحام عن الشارع القديم.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "١٦ تشرين الثاني (نوفمبر) ٢٠٢٣",
        "١٦ تشرين ثاني (نوفمبر) ٢٠٢٣",
        "١٦ نوفمبر (تشرين الثاني) ٢٠٢٣",
        "الخميس ١٦ تشرين الثاني (نوفمبر) ٢٠٢٣",
    ],
)
def test_arabic_month_pair_in_brackets_is_a_date(line: str) -> None:
    article = parse_article(f"{AR_HEAD}\n\n{line}\n\n{AR_TEXT}")
    assert article.title == AR_HEAD
    assert article.published is not None
    assert str(article.published.gregorian)[:10] == "2023-11-16"


def test_two_months_paired_in_brackets_are_no_date() -> None:
    article = parse_article(f"{AR_HEAD}\n\n١٦ تشرين الثاني (ديسمبر) ٢٠٢٣\n\n{AR_TEXT}")
    assert article.published is None


# == a digit twin's copies parted by a dash or a bar ==========================================
TWIN_ASCII = "صید 35 تن ماهی در بندر طی یک شب"
TWIN_PERSIAN = "صید ۳۵ تن ماهی در بندر طی یک شب"


@pytest.mark.parametrize("parting", [" - ", " | ", " – "])
def test_digit_twin_parted_by_dash_or_bar_gives_the_persian_copy(parting: str) -> None:
    article = parse_article(f"{TWIN_ASCII}{parting}{TWIN_PERSIAN}\n\n{DATE_LINE}\n\n{TEXT}")
    assert article.title == TWIN_PERSIAN
    assert _published(article) == WHEN


def test_two_headlines_parted_by_dash_stay_whole() -> None:
    # Two parts with different words: a headline and its second part, left whole.
    headline = "صید 35 تن ماهی در بندر - ۳۵ قایق به دریا رفتند"
    article = parse_article(f"{headline}\n\n{DATE_LINE}\n\n{TEXT}")
    assert article.title == headline


# == a name of four or five words printed twice under an ad's label =============================
BLOG_POST = (
    "دیشب تا دیروقت کنار اسکله نشستیم و به چراغ قایق هایی که از دور می آمدند نگاه کردیم و "
    "پدرم قصه های دریا را گفت.\n\nامروز صبح دوباره به اسکله رفتیم و قایق ها را شمردیم.\n"
)


@pytest.mark.parametrize("name", ["دفتر خاطرات یک ماهیگیر", "وبلاگ سارا از بندر لنگه"])
def test_blog_name_printed_twice_under_ad_label_is_no_title(name: str) -> None:
    article = parse_article(f"تبلیغات\n{name}\n{name}\n\n{BLOG_POST}")
    assert article.title is None


def test_headline_with_a_verb_printed_twice_under_ad_label_stays() -> None:
    headline = "قایق ها به اسکله برگشتند"
    article = parse_article(f"تبلیغات\n{headline}\n{headline}\n\n{BLOG_POST}")
    assert article.title == headline


def test_name_printed_twice_under_ad_label_over_date_line_stays() -> None:
    name = "دفتر خاطرات یک ماهیگیر"
    article = parse_article(f"تبلیغات\n{name}\n{name}\n{DATE_LINE}\n\n{BLOG_POST}")
    assert article.title == name


# == kickers over teasers differing by their running times =====================================
CLIPS = (
    "بازگشت قایق های صیادی به اسکله در سپیده دم",
    "گفت و گو با پیرترین ماهیگیر بندر",
    "بازار ماهی شهر در روزهای پر صید",
    "تعمیر تورهای ماهیگیری در کارگاه ساحلی",
)


@pytest.mark.parametrize("kicker", ["فیلم", "ویدئو"])
def test_teasers_under_kicker_with_running_times_are_a_list(kicker: str) -> None:
    times = ("۰۳:۱۲", "۰۱:۴۵", "۰۲:۰۸", "۰۵:۳۰")
    doc = "\n\n".join(f"{kicker} {time}\n{clip}" for time, clip in zip(times, CLIPS, strict=True))
    article = parse_article(doc + "\n")
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_one_kicker_with_running_time_over_an_article_keeps_the_headline() -> None:
    headline = CLIPS[0]
    article = parse_article(f"فیلم ۰۳:۱۲\n{headline}\n\n{DATE_LINE}\n\n{TEXT}")
    assert article.title == headline


# == a site's name credited by the lead over a lone teaser =====================================
HEAD = "صید ماهی در بندر از سال پیش بیشتر شد"
LEAD = (
    "ماهیگیران بندر از نیمه شب گذشته با قایق های کوچک به دریا رفتند و تا سپیده دم تورهای پر "
    "از ماهی را به اسکله آوردند"
)


def test_credited_site_name_over_lone_teaser_is_no_title() -> None:
    doc = (
        f"بندر نیوز\n\n{HEAD}\n{DATE_LINE}\nبه گزارش خبرنگار بندر نیوز، {LEAD[:70]} …\nادامه مطلب\n"
    )
    article = parse_article(doc)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_credited_site_name_over_whole_article_keeps_the_headline() -> None:
    doc = (
        f"بندر نیوز\n\n{HEAD}\n{DATE_LINE}\n\nبه گزارش خبرنگار بندر نیوز، {LEAD}.\n\n"
        "رئیس تعاونی صیادان گفت که صید امسال به سبب آرامی دریا از سال پیش بیشتر بوده است.\n"
    )
    article = parse_article(doc)
    assert article.title == HEAD
    assert _published(article) == WHEN
    assert not _codes(article)


@pytest.mark.parametrize("doc", ["فیلم", "فیلم ۰۳:۱۲", "بندر نیوز\n"])
def test_short_line_alone_is_read_without_error(doc: str) -> None:
    # A page of one short line: the line taken may stand where a kicker stands, with no
    # teaser under it.
    assert parse_article(doc).title == doc.strip()
