"""fix256: a line of no sentence's mark ending with a short name in guillemets is no paragraph
by its closing mark: a headline's «... در مسابقات بین المللی «قائم کاپ»» (4dangehnews.ir,
real71 #21), printed once over a lead that ends with a period. Sentences are ours."""

from __future__ import annotations

import pytest

from jalali_meta import parse_article
from jalali_meta._lines import HEADLINE_MAX_WORDS, count_words

HEADLINE = "قهرمانی تیم والیبال دختران شهرستان در رقابت‌های استانی «جام ستارگان»"
LEAD = "تیم والیبال دختران شهرستان دیشب با پیروزی در دیدار پایانی عنوان قهرمانی را به دست آورد."
BODY = (
    "به گزارش خبرنگار ما، دیدار پایانی این رقابت‌ها در سالن ورزشی شهید بهشتی برگزار شد و "
    "تماشاگران زیادی بازی را از نزدیک دیدند.\n\n"
    "مربی تیم گفت: بازیکنان ما در همه دیدارهای این دوره با انگیزه بازی کردند.\n"
)


def _page(head: str, top: str = "") -> str:
    return f"{top}{head}\n\n{LEAD}\n\n{BODY}"


@pytest.mark.parametrize("top", ["", "//\nکدخبر: ۵۸۲۱۴ //\n\n"])
def test_headline_ending_with_short_quoted_name_is_title(top: str) -> None:
    assert parse_article(_page(HEADLINE, top)).title == HEADLINE


def test_headline_ending_with_spaced_quoted_name_is_title() -> None:
    head = "قهرمانی تیم والیبال دختران شهرستان در رقابت‌های استانی « جام ستارگان »"
    assert parse_article(_page(head)).title == head


def test_line_ending_with_quoted_sentence_stays_paragraph_neg() -> None:
    # «... گفت «... است.»»: the closing mark closes a sentence, the line is running text.
    line = "مربی تیم والیبال دختران شهرستان پس از دیدار پایانی گفت «این قهرمانی حق بازیکنان است.»"
    assert parse_article(_page(line)).title is None


def test_line_ending_with_long_quoted_part_stays_paragraph_neg() -> None:
    # Five words in guillemets: more than a name (QUOTED_NAME_MAX_WORDS).
    line = (
        "قهرمانی تیم والیبال دختران شهرستان در رقابت‌های استانی "
        "«جام ستارگان ورزش بانوان استان البرز»"
    )
    assert parse_article(_page(line)).title is None


def test_paragraph_length_line_ending_with_quoted_name_stays_paragraph_neg() -> None:
    line = (
        "تیم والیبال دختران شهرستان دیشب پس از یک هفته رقابت فشرده با تیم‌های شهرهای دیگر "
        "استان و با حمایت تماشاگران زیادی که سالن ورزشی را پر کرده بودند در دیدار پایانی "
        "پیروز شد و عنوان قهرمانی رقابت‌های استانی را برد «جام ستارگان»"
    )
    assert count_words(line) > HEADLINE_MAX_WORDS
    assert parse_article(_page(line)).title is None
