"""fix126: wrong values found by mutation round 31 (mut31) and attack round 46 (attack46).

Page-shaped texts written for these tests: two dash-led headlines of other stories over a
page's headline printed twice; a headline's first print led by «»» over the headline and
three other stories' headlines; a Tajik weekday before a day-first date with a two-digit
year; Khovar's dateline opening a lead («CITY, DATE /AGENCY/.»); a «خبر :» label before a
headline of two words.
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

URL = "https://kerman-example.ir/news/70412/"

HEADLINE = "بازگشایی دوباره بازار سرپوشیده کرمان پس از مرمت"
BODY = (
    "به گزارش خبرنگار ما، بازار سرپوشیده کرمان پس از دو سال مرمت از صبح امروز دوباره به روی "
    "کسبه و گردشگران باز شد و مغازه‌داران به حجره‌های خود بازگشتند.\n"
    "مدیرکل میراث فرهنگی استان گفت: سقف‌های آجری و تیمچه‌های بازار با همان مصالح قدیمی "
    "بازسازی شده‌اند و کار مرمت بخش جنوبی نیز تا پایان سال به پایان می‌رسد.\n"
)
OTHERS = (
    "برف سنگین راه ارتباطی سه روستای بافت را بست",
    "نمایشگاه فرش دستباف در سیرجان گشایش یافت؛ ۶۰ غرفه فعال شد!",
    "تیم فوتبال مس به مرحله یک‌هشتم جام حذفی رسید",
)


def _both(text: str) -> list[jm.Article]:
    return [jm.parse_article(text, url=URL), jm.parse_article(text)]


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# 1. Two dash-led headlines of other stories over the headline printed twice (mut31's 32).


def test_two_dash_led_headlines_over_headline_twice() -> None:
    text = f"- {OTHERS[0]}\n- {OTHERS[1]}\n{HEADLINE}\n{HEADLINE}\n{BODY}"
    for article in _both(text):
        assert article.title == HEADLINE


def test_title_keeps_no_list_dash() -> None:
    for dash in ("- ", "– "):
        for article in _both(f"{dash}{HEADLINE}\n{BODY}"):
            assert article.title == HEADLINE


def test_minus_glued_to_a_number_stays_in_the_title_neg() -> None:
    # «-۵ درجه ...»: a minus sign of a number, not a list's dash.
    headline = "-۵ درجه؛ سردترین شب زمستان در شهر کرمان ثبت شد"
    for article in _both(f"{headline}\n{BODY}"):
        assert article.title == headline


def test_two_dash_led_lines_without_headline_twice_neg() -> None:
    # Without the headline printed again under them, the two lines are not set aside, as
    # fix118 leaves a run of three: nothing says where the article starts.
    text = f"- {OTHERS[0]}\n- {OTHERS[1]}\n{HEADLINE}\n{BODY}"
    for article in _both(text):
        assert article.title != HEADLINE or "title-uncertain" in _codes(article)


# 2. «» HEADLINE» over «HEADLINE» over three other stories' headlines (mut31's report).


@pytest.mark.parametrize("first", [f"» {HEADLINE}", f"{HEADLINE} |", f"** {HEADLINE} **"])
def test_marked_first_print_over_other_headlines(first: str) -> None:
    # The first print with a mark of its own (a pointer, a bar, stars) is still the headline.
    text = f"{first}\n{HEADLINE}\n" + "\n".join(OTHERS) + "\n" + BODY
    for article in _both(text):
        assert article.title == HEADLINE
        assert "title-uncertain" in _codes(article)


@pytest.mark.parametrize("first", [f"» {HEADLINE}", f"{HEADLINE} |"])
def test_marked_first_print_over_its_subtitle(first: str) -> None:
    # The same two prints over a subtitle repeating the headline's words: no list, certain
    # (the old code took the subtitle, the marked print not read as the headline's).
    subtitle = "مرمت بازار سرپوشیده کرمان دو سال به درازا کشید"
    text = f"{first}\n{HEADLINE}\n{subtitle}\n{BODY}"
    for article in _both(text):
        assert article.title == HEADLINE
        assert "title-uncertain" not in _codes(article)


# 3. A Tajik weekday before a day-first date with a two-digit year (mut31's report).

TJ_URL = "https://example.tj/news/culture/theatre-season/"
TJ_BODY = (
    "Дар театри шаҳри Хуҷанд мавсими нави намоишҳо бо саҳнагузории драмаи таърихӣ оғоз ёфт.\n"
    "Ба намоиши аввал зиёда аз шашсад тамошобин ҳузур доштанд ва ҳунармандонро бо кафкӯбӣ "
    "истиқбол карданд.\n"
)


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Шанбе 25.03.23 12:12", "2023-03-25T12:12:00+05:00"),
        ("Сешанбе, 28/03/23", "2023-03-28"),
    ],
)
def test_tajik_weekday_before_day_first_two_digit_year(line: str, iso: str) -> None:
    for url in (TJ_URL, None):
        article = jm.parse_article(f"ФАРҲАНГ\n{line}\n\n{TJ_BODY}", url=url)
        assert article.published is not None
        assert article.published.isoformat() == iso
        assert "two-digit-year" in _codes(article)


def test_tajik_wrong_weekday_two_digit_year_is_empty() -> None:
    # 25 March 2023 was a Saturday: «Ҷумъа» (Friday) fits no reading; none is guessed.
    article = jm.parse_article(f"ФАРҲАНГ\nҶумъа 25.03.23 12:12\n\n{TJ_BODY}", url=TJ_URL)
    assert article.published is None
    assert "invalid-date" in _codes(article)


@pytest.mark.parametrize(("weekday", "codes"), [("دوشنبه", set()), ("جمعه", {"weekday-mismatch"})])
def test_persian_weekday_before_two_digit_year_neg(weekday: str, codes: set[str]) -> None:
    # A Persian weekday: the Jalali day read as before (warned when the weekday does not fit).
    article = jm.parse_article(f"{HEADLINE}\n{weekday} ۰۲/۰۳/۰۱ ۱۲:۱۲\n{BODY}")
    assert article.published is not None
    assert article.published.isoformat() == "2023-05-22T12:12:00+03:30"
    assert codes <= _codes(article)


# 4. Khovar's dateline opening the lead (attack46's dushanbe-dateline-wednesday-neg).

TJ_HEAD = "Дар Хуҷанд мавсими нави театрӣ оғоз ёфт"


@pytest.mark.parametrize(
    "dateline",
    [
        "ДУШАНБЕ, 29 марта 2023 /АМИТ «Ховар»/. ",
        "ХУҶАНД, 29 марти 2023 /АМИТ «Ховар»/. ",
        "ХУҶАНД, 29.03.2023 /АМИТ «Ховар»/. ",
    ],
)
def test_khovar_dateline_opening_the_lead(dateline: str) -> None:
    for url in (TJ_URL, None):
        article = jm.parse_article(f"{TJ_HEAD}\n\n{dateline}{TJ_BODY}", url=url)
        assert article.title == TJ_HEAD
        assert article.published is not None
        assert article.published.gregorian == dt.date(2023, 3, 29)
        assert article.evidence.get("published") == "dateline"


@pytest.mark.parametrize(
    "opening",
    [
        "ХУҶАНД, 29 марта 2023, АМИТ «Ховар». ",  # no agency between slashes
        "Хуҷанд, 29 марта 2023 /АМИТ «Ховар»/. ",  # the city not in capitals
        "ХУҶАНД, 29 марта 2023 мавсими театрӣ оғоз ёфт. ",  # the date is the story's
    ],
)
def test_khovar_dateline_near_misses_neg(opening: str) -> None:
    article = jm.parse_article(f"{TJ_HEAD}\n\n{opening}{TJ_BODY}", url=TJ_URL)
    assert article.evidence.get("published") != "dateline"


# 5. «خبر :» before a headline of two words (mut31's report).


def test_news_label_before_two_word_headline() -> None:
    for article in _both(f"خبر : بازار سرپوشیده\n{BODY}"):
        assert article.title == "بازار سرپوشیده"


def test_news_label_before_one_word_neg() -> None:
    # One word after the label is no headline: the line is kept as it was.
    for article in _both(f"خبر : بازار\n{BODY}"):
        assert article.title != "بازار"
