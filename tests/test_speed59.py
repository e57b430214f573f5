"""speed59: the cuts of this pass give the values the code gave before them.

``squeeze`` folds İ, ſ and the Kelvin sign only when the name holds one of them (the lookup
of every other character was the cost); a Latin name holding one is read as its month or
weekday, a Persian one as before.
"""

import pytest

import jalali_meta as jm


@pytest.mark.parametrize(
    ("text", "jalali"),
    [
        ("23 Augu\u017ft 2023", "1402-06-01"),  # ſ in a Gregorian month's name
        ("1 Apr\u0130l 2023", "1402-01-12"),  # İ
        ("5 \u212ahordad 1399", "1399-03-05"),  # the Kelvin sign in a Jalali month's name
        ("\u017fhanbeh 1402/06/25", "1402-06-25"),  # ſ in a weekday's name
        ("سه\u200cشنبه ۲۸ شهریور ۱۴۰۲", "1402-06-28"),  # a Persian name: nothing to fold
    ],
)
def test_folded_letters_read_their_names(text: str, jalali: str) -> None:
    """A name with a letter the grammar's case folding reads as ASCII is looked up folded."""
    assert jm.parse_datetime(text).jalali_isoformat() == jalali


DATE_LINE = "۱۴ آذر ۱۴۰۳ - ۱۰:۲۰"
LEAD = (
    "مرکز آمار امروز اعلام کرد که نرخ تورم ماهانه در آبان به دو و نیم درصد رسیده و این رقم "
    "نسبت به ماه پیش کاهش نشان می‌دهد."
)
MORE = (
    "به گفته کارشناسان این مرکز، کاهش قیمت برخی کالاهای خوراکی در این ماه بیشترین سهم را "
    "در این کاهش داشته است و پیش‌بینی می‌شود روند در ماه آینده نیز ادامه یابد."
)


def test_digit_twin_with_decimal_separators_in_both_forms_gives_one_copy() -> None:
    """A headline printed twice, «2.5» and «۲٫۵» (the Arabic decimal separator): the copy in
    Persian digits, as with the percent sign (fix304); the separator is folded only when the
    line holds it."""
    ascii_copy = "نرخ تورم ماهانه به 2.5 درصد رسید"
    persian_copy = "نرخ تورم ماهانه به ۲٫۵ درصد رسید"
    text = f"{ascii_copy}{persian_copy}\n{DATE_LINE}\n\n{LEAD}\n\n{MORE}\n"
    assert jm.parse_article(text).title == persian_copy
