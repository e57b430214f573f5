"""A kicker naming the speaker over a quote headline «NAME: ...» (fix54).

Iranian news sites print the speaker's office as a kicker (روتیتر) over the headline, with a
colon («معاون استاندار آذربایجان شرقی:», nasrnews.ir/tag/اهل-قلم; «سخنگوی دولت در ...:»,
ilna.ir/tags/مهاجرانی_سخنگوی_دولت) or, as here, without one over a headline that repeats the
name before the quote. The pages are written for these tests.
"""

from __future__ import annotations

from tests.checks import FLOOD_LEAD as LEAD
from tests.checks import FLOOD_MORE as MORE
from tests.checks import title_doubted as doubted

import jalali_meta as jm

DATE = "۱۲ اسفند ۱۴۰۲"


def title(text: str) -> str | None:
    return jm.parse_article(text).title


def test_speaker_kicker_over_quote_headline_gives_the_quote() -> None:
    """«وزیر نیرو» over «وزیر نیرو: ...»: the short line is the speaker, the quote the title."""
    quote = "وزیر نیرو: طرح لایروبی رودخانه‌های شهرهای ساحلی از ماه آینده آغاز می‌شود"
    assert title(f"وزیر نیرو\n\n{quote}\n\n{DATE}\n\n{LEAD}\n\n{MORE}\n") == quote


def test_two_word_office_over_quote_headline_gives_the_quote() -> None:
    """An office of two words («معاون استاندار») names a speaker too."""
    quote = "معاون استاندار گیلان: آبراهه‌های بسته‌شده شهرهای ساحلی تا پاییز بازگشایی می‌شوند"
    page = f"معاون استاندار گیلان\n\n{quote}\n\n{DATE}\n\n{LEAD}\n\n{MORE}\n"
    assert title(page) == quote


def test_heading_over_its_expanding_subheading_stays_the_title() -> None:
    """Near miss: a topic heading («آبگرفتگی شهرهای ساحلی») over «HEADING: ...» is still the
    title, the longer line its subheading (real18 #66, erampethospital.com)."""
    heading = "آبگرفتگی شهرهای ساحلی"
    sub = f"{heading}: چرا آبراهه‌های قدیمی دیگر باران را از شهر بیرون نمی‌برند"
    assert title(f"{heading}\n\n{sub}\n\n{LEAD}\n\n{MORE}\n") == heading


def test_bare_name_over_quote_headline_is_doubted() -> None:
    """A bare name without an office («محمدجواد ظریف») over «NAME: ... آغاز می‌شود» reads as a
    heading, but the line under it states like a quote: the title is doubted, never silent."""
    quote = "محمدجواد ظریف: طرح لایروبی رودخانه‌های شهرهای ساحلی از ماه آینده آغاز می‌شود"
    article = jm.parse_article(f"محمدجواد ظریف\n\n{quote}\n\n{DATE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == quote or any(w.code == "title-uncertain" for w in article.warnings)


def test_heading_over_a_question_subheading_is_not_doubted() -> None:
    """Near miss: «HEADING: چرا ...» asks; the heading is the title without a doubt."""
    heading = "آبگرفتگی شهرهای ساحلی"
    sub = f"{heading}: چرا آبراهه‌های قدیمی دیگر باران را از شهر بیرون نمی‌برند"
    article = jm.parse_article(f"{heading}\n\n{sub}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == heading
    assert not any(w.code == "title-uncertain" for w in article.warnings)


def test_two_word_office_over_its_quote_headline_is_a_kicker() -> None:
    """«نایب رئیس مجلس» over «نایب رئیس مجلس: ... می‌شود»: an office of two words («نایب»
    alone names none) is the speaker's kicker; the quote headline is the title, undoubted
    (benchmarks/hand_mutants_16.py's mutant 63)."""
    office = "نایب رئیس مجلس"
    quote = f"{office}: لایحه بودجه هفته آینده در صحن علنی بررسی می‌شود"
    article = jm.parse_article(f"{office}\n\n{quote}\n\n{DATE}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == quote
    assert not doubted(article)
