"""fix241: attack73's not-right inputs (benchmarks/attacks73.py, docs/reliability.md
«Attacks, seventy-third round», "After fix241") made right by general rules.

Each rule has a whole page of the failing shape (structure named after its real source,
sentences written here, values changed) and a near miss (``_neg``) that keeps main's record.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm


def _codes(article: jm.Article) -> list[str]:
    return [warning.code for warning in article.warnings]


# -- (1) An Iranian publisher's own signs against Afghan Dari words ---------------------------

# An Iranian agency's page about Afghanistan (the shape of khabaronline.ir's news pages: the
# headline, «DAY - TIME», the lead and the body), its sentences using Afghan words
# («دهاقین», «حاصلات», «ولسوالی») as the offices it reports on write them.
_POMEGRANATE = (
    "برداشت انار در ولایت قندهار آغاز شد\n\n{date}\n\n"
    "ریاست زراعت ولایت قندهار اعلام کرد که برداشت انار در باغ های این ولایت آغاز شده و "
    "حاصلات امسال دهاقین بیش از سال گذشته است.\n\n"
    "به گفته این ریاست، سردخانه های تازه در دو ولسوالی برای نگهداری انار آماده شده است.\n"
)


def test_iranian_host_and_iranian_month_keep_tehrans_clock() -> None:
    """A .ir host printing «۲۵ مهر ۱۴۰۲ - ۰۹:۴۵» over Dari words: Tehran's clock (it was
    Kabul's, +04:30, silently)."""
    article = jm.parse_article(
        _POMEGRANATE.format(date="۲۵ مهر ۱۴۰۲ - ۰۹:۴۵"), url="https://www.akhbar-example.ir/n/77"
    )
    assert article.published is not None
    assert article.published.gregorian == dt.datetime(
        2023, 10, 17, 9, 45, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30))
    )
    assert "zone-unread" not in _codes(article)


def test_iranian_month_on_a_foreign_host_leaves_the_clock_unsure() -> None:
    """The Iranian month alone against the Dari words (a .com host): the day is sure, the
    time is not read, warned ``zone-unread`` (it was Kabul's clock, silently)."""
    article = jm.parse_article(
        _POMEGRANATE.format(date="۲۵ مهر ۱۴۰۲ - ۰۹:۴۵"), url="https://akhbar-example.com/n/77"
    )
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 10, 17)
    assert "zone-unread" in _codes(article)


def test_iranian_host_with_a_numeric_date_leaves_the_clock_unsure() -> None:
    """The .ir host alone against the Dari words (a numeric date names no month): the day,
    the time not read, warned."""
    article = jm.parse_article(
        _POMEGRANATE.format(date="۱۴۰۲/۰۷/۲۵ ۰۹:۴۵"), url="https://www.akhbar-example.ir/n/77"
    )
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 10, 17)
    assert "zone-unread" in _codes(article)


def test_afghan_month_on_an_iranian_host_keeps_kabuls_clock_neg() -> None:
    """«۲۵ میزان ۱۴۰۲» (the Afghan month) on a .ir host: the page prints Afghan dates, Kabul's
    clock, as on main."""
    article = jm.parse_article(
        _POMEGRANATE.format(date="۲۵ میزان ۱۴۰۲ - ۰۹:۴۵"), url="https://www.akhbar-example.ir/n/77"
    )
    assert article.published is not None
    assert article.published.gregorian == dt.datetime(
        2023, 10, 17, 9, 45, tzinfo=dt.timezone(dt.timedelta(hours=4, minutes=30))
    )


def test_afghan_paper_off_af_with_an_english_byline_keeps_kabuls_clock_neg() -> None:
    """real67's page (docs/real_sample.md's fifty-sixth sample, #20: an Afghan paper on a host
    outside .af, an English byline date): no Iranian sign, Kabul's clock as on main."""
    text = _POMEGRANATE.replace("{date}", "by Karim Rahimi | October 17, 2023 9:45 AM")
    article = jm.parse_article(text, url="https://dari.kandahar-example.com/news/77")
    assert article.published is not None
    assert article.published.gregorian == dt.datetime(
        2023, 10, 17, 9, 45, tzinfo=dt.timezone(dt.timedelta(hours=4, minutes=30))
    )


# -- (5) «آخرین ویرایش:» is an update label --------------------------------------------------

# A university's WordPress page at a date path (attacks73's library page), its last line the
# page's labelled last edit.
_EDITED = (
    "ثبت نام خوابگاه های دانشجویی برای نیمسال دوم آغاز شد\n\n"
    "معاونت دانشجویی دانشگاه اعلام کرد که ثبت نام خوابگاه ها برای نیمسال دوم از امروز در "
    "سامانه آموزشی انجام می شود و تا پایان هفته ادامه دارد.\n\n"
    "دانشجویان شهرستانی در اولویت اسکان قرار دارند.\n\n"
    "{stamp}\n"
)
_EDITED_URL = "https://khabgah-example.ac.ir/1402/09/18/sabtenam/"


def test_last_edit_label_at_the_end_is_the_update() -> None:
    """«آخرین ویرایش: دوشنبه ۱۸ دی ۱۴۰۲»: the update; the path's day the publication (the
    stamp was the publication, warned ``url-date-mismatch``)."""
    article = jm.parse_article(
        _EDITED.format(stamp="آخرین ویرایش: دوشنبه ۱۸ دی ۱۴۰۲"), url=_EDITED_URL
    )
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 12, 9)
    assert article.updated is not None
    assert article.updated.gregorian == dt.date(2024, 1, 8)


def test_last_edit_words_without_a_colon_are_no_label_neg() -> None:
    """«آخرین ویرایش» in a sentence, no colon: no update label, as on main."""
    article = jm.parse_article(
        _EDITED.format(stamp="آخرین ویرایش آیین نامه خوابگاه ها در ۱۸ دی ۱۴۰۲ انجام شد."),
        url=_EDITED_URL,
    )
    assert article.updated is None
