"""fix224: what attack69 left (docs/reliability.md, "Attacks, sixty-ninth round", "After
fix224"), and a bracketed weekday before its date.

- A weekday in brackets before a date («(دوشنبه) ۲۵ بهمن ۱۳۹۹») is read with the date and
  checked against it, as an unbracketed one is: a contradicted one makes ``jm.find_dates``
  refuse the date and ``jm.parse_article`` keep it with ``weekday-mismatch`` (before, the
  bracket was passed over and the date read alone, no warning).
- A front page's text alone (akhbarostanha.ir's provincial front page, fix215, blind77): three
  headlines each over its stamp «DAY - HH:MM» and the same teaser sentence under each (a
  list template's placeholder) is a list, also when the title would be the last item's
  headline; an article under such a box, its own lead and body under its own stamp, is not.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _jalali(article: jm.Article) -> tuple[int, int, int] | None:
    return None if article.published is None else article.published.jalali_date


# -- a bracketed weekday before the date (a blog post's header: headline, date, text) ---------
# 25 Bahman 1399 = 2021-02-13, a Saturday («شنبه»).
_HEAD = "گزارش سفر به آبشار مارگون در زمستان"
_TEXT = (
    "صبح زود از شیراز راه افتادیم و پس از سه ساعت رانندگی در جاده برفی به روستای مارگون "
    "رسیدیم و از آنجا پیاده تا آبشار رفتیم.\n\n"
    "آبشار نیمه یخ زده بود و چند گروه دیگر هم برای عکاسی آمده بودند.\n"
)


def _post(date_line: str) -> str:
    return f"{_HEAD}\n\n{date_line}\n\n{_TEXT}"


def test_bracketed_contradicted_weekday_warns_as_an_unbracketed_one() -> None:
    for line in ("(دوشنبه) ۲۵ بهمن ۱۳۹۹", "( دوشنبه ) ۲۵ بهمن ۱۳۹۹", "(Monday) 25 Bahman 1399"):
        article = jm.parse_article(_post(line))
        assert article.title == _HEAD
        assert _jalali(article) == (1399, 11, 25)
        assert "weekday-mismatch" in _codes(article), line
        assert article.published is not None
        assert article.published.weekday is not None


def test_bracketed_contradicted_weekday_refuses_the_date_in_find_dates() -> None:
    assert jm.find_dates("(دوشنبه) ۲۵ بهمن ۱۳۹۹") == []
    assert jm.find_dates("دوشنبه ۲۵ بهمن ۱۳۹۹") == []


def test_bracketed_matching_weekday_is_read_with_its_date() -> None:
    (found,) = jm.find_dates("(شنبه) ۲۵ بهمن ۱۳۹۹")
    assert found.jalali_date == (1399, 11, 25)
    assert found.weekday == "شنبه"
    assert found.text == "(شنبه) ۲۵ بهمن ۱۳۹۹"


def test_bracketed_matching_weekday_page_keeps_its_record_neg() -> None:
    article = jm.parse_article(_post("(شنبه) ۲۵ بهمن ۱۳۹۹"))
    assert article.title == _HEAD
    assert _jalali(article) == (1399, 11, 25)
    assert "weekday-mismatch" not in _codes(article)


def test_bracketed_word_that_is_no_weekday_keeps_the_date_neg() -> None:
    # «(ویرایش شده) DATE»: a bracket before the date that names no weekday is not read.
    article = jm.parse_article(_post("(ویرایش) ۲۵ بهمن ۱۳۹۹"))
    assert _jalali(article) == (1399, 11, 25)
    assert "weekday-mismatch" not in _codes(article)


# -- a front page's items carrying one placeholder teaser (akhbarostanha.ir, fix215) ----------
_ITEMS = (
    ("گشایش نمایشگاه صنایع دستی بانوان روستایی در شهرستان", "۲ دی ۱۴۰۲ - ۱۱:۴۰"),
    ("آغاز کشت گلخانه ای توت فرنگی در دهستان مرکزی", "۲ دی ۱۴۰۲ - ۱۰:۰۵"),
    ("تعمیر پل قدیمی رودخانه پیش از بارندگی های زمستان", "۱ دی ۱۴۰۲ - ۱۷:۲۰"),
)
_PLACEHOLDER = "برای خواندن متن کامل این خبر روی عنوان آن در صفحه اول پایگاه کلیک کنید."


def _front(items: tuple[tuple[str, str], ...], site: str = "پایگاه خبری شهرستان") -> str:
    text = "".join(f"{head}\n{stamp}\n{_PLACEHOLDER}\n\n" for head, stamp in items)
    return f"{site}\n\n{text}" if site else text


def test_items_with_one_placeholder_teaser_are_a_list() -> None:
    for text in (_front(_ITEMS), _front(_ITEMS, site="")):
        article = jm.parse_article(text)
        assert article.title is None
        assert article.published is None
        assert "listing-page" in _codes(article)


def test_article_under_a_box_of_placeholder_items_keeps_its_record_neg() -> None:
    # The box's first two items (one placeholder teaser each), then the article's own
    # headline, its stamp, and its lead and body: the article's page.
    head, stamp = "برگزاری آزمون استخدامی آموزش و پرورش استان در دو نوبت", "۳ دی ۱۴۰۲ - ۰۸:۳۰"
    box = "".join(f"{h}\n{s}\n{_PLACEHOLDER}\n\n" for h, s in _ITEMS[:2])
    body = (
        "آزمون استخدامی آموزش و پرورش استان روز جمعه در دو نوبت صبح و عصر در مرکز استان "
        "برگزار می شود و داوطلبان باید کارت ورود به جلسه را از پایگاه سازمان بگیرند.\n\n"
        "مدیر کل آموزش و پرورش استان گفت که نتایج این آزمون تا پایان بهمن اعلام خواهد شد "
        "و پذیرفته شدگان برای مصاحبه دعوت می شوند.\n"
    )
    article = jm.parse_article(f"{box}{head}\n{stamp}\n{body}")
    assert article.title == head
    assert _jalali(article) == (1402, 10, 3)
