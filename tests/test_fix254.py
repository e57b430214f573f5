"""fix254: a value printed before its label with no colon, as a theme whose meta list prints
each value's span before its label's span gives it to a text extraction (shirgahkhabar.ir,
tests/pages 2372/2373): «بهمن ۱۸, ۱۴۰۲ تاریخ انتشار», «10114کد مطلب». Sentences are ours."""

from __future__ import annotations

from jalali_meta import parse_article

HEADLINE = "مسابقه کتاب‌خوانی دانش‌آموزان روستایی در کتابخانه شهر برگزار شد"
BODY = (
    "به گزارش خبرنگار ما، نخستین مسابقه کتاب‌خوانی ویژه دانش‌آموزان روستاهای اطراف "
    "با حضور معلمان و خانواده‌ها در سالن کتابخانه عمومی برگزار شد."
)


def _page(*meta: str) -> str:
    return "\n".join([*meta, HEADLINE, BODY])


def test_month_first_date_before_its_label_is_published() -> None:
    article = parse_article(_page("اسفند ۲۳, ۱۴۰۱ تاریخ انتشار"))
    assert article.published is not None
    assert article.published.jalali_date == (1401, 12, 23)
    assert article.title == HEADLINE


def test_day_first_date_before_its_label_is_published() -> None:
    article = parse_article(_page("۲۳ اسفند ۱۴۰۱ تاریخ انتشار"))
    assert article.published is not None
    assert article.published.jalali_date == (1401, 12, 23)


def test_id_glued_before_its_label_is_the_number() -> None:
    article = parse_article(_page("۲۳ اسفند ۱۴۰۱ تاریخ انتشار", "admin نویسنده", "20731کد مطلب"))
    assert article.number == "20731"
    assert article.published is not None
    assert article.published.jalali_date == (1401, 12, 23)


def test_sentence_ending_in_label_words_is_no_label_line() -> None:
    # Near miss: words besides the date before the label words: a sentence, not a meta line.
    article = parse_article(_page("در ۲۳ اسفند ۱۴۰۱ خبر مهم را دیدیم و تاریخ انتشار"))
    assert article.published is None


def test_one_word_label_after_a_number_is_no_id() -> None:
    # Near miss: one word after the digits («کد» alone ends many phrases): no ID read.
    article = parse_article(_page("۲۳ اسفند ۱۴۰۱ تاریخ انتشار", "20731کد"))
    assert article.number is None
