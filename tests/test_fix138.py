"""fix138: findings of the thirty-fourth real sample (docs/real_sample.md, real45): a
labelled time line set apart by a blank line over a lone date line, and a Joomla ID in
1450-1499 before its alias (no year a page dates by)."""

import datetime as dt

import jalali_meta as jm

_HEADLINE = "آغاز فصل برداشت زعفران در مزارع شهرستان قائنات"
_BODY = (
    "برداشت زعفران در مزارع شهرستان قائنات از این هفته آغاز شد و کشاورزان گل‌ها را پیش از "
    "طلوع آفتاب می‌چینند تا رنگ و عطر آن حفظ شود و محصول بهتری به بازار برسد.\n"
    "مدیر جهاد کشاورزی شهرستان گفت پیش‌بینی می‌شود امسال محصول بیشتری از سال گذشته برداشت شود.\n"
)


def _photo_page(tail: str, **kw: str) -> jm.Article:
    """A photo-news page: headline, caption, photographer, then the meta lines at the end
    (not double-spaced: the caption's paragraphs stand on lines of their own)."""
    return jm.parse_article(f"{_HEADLINE}\n\n\n{_BODY}\nمریم رضایی\n\n{tail}", **kw)


def _at(stamp: jm.Timestamp | None, hour: int, minute: int) -> bool:
    return (
        stamp is not None
        and isinstance(stamp.gregorian, dt.datetime)
        and (stamp.gregorian.hour, stamp.gregorian.minute) == (hour, minute)
    )


def _untimed(stamp: jm.Timestamp | None) -> bool:
    return stamp is not None and not isinstance(stamp.gregorian, dt.datetime)


# -- 1. A labelled time line set apart over a lone date line ----------------------------------


def test_time_line_apart_over_lone_date_is_its_time() -> None:
    record = _photo_page("ساعت ۱۰:۰۰\n\n۱۴۰۱-۵-۲۶\n")
    assert record.published is not None
    assert record.published.jalali_date == (1401, 5, 26)
    assert _at(record.published, 10, 0)
    assert record.published.gregorian.utcoffset() == dt.timedelta(hours=4, minutes=30)


def test_labelled_publication_time_apart_over_padded_date() -> None:
    record = _photo_page("ساعت انتشار: ۰۸:۳۵\n\n۱۴۰۲/۰۷/۱۲\n")
    assert record.published is not None
    assert record.published.jalali_date == (1402, 7, 12)
    assert _at(record.published, 8, 35)


def test_event_time_apart_over_date_is_not_its_time_neg() -> None:
    record = _photo_page("ساعت برگزاری: ۱۸:۰۰\n\n۱۴۰۱-۵-۲۶\n")
    assert record.published is not None
    assert record.published.jalali_date == (1401, 5, 26)
    assert _untimed(record.published)


def test_time_separated_from_date_by_text_is_not_its_time_neg() -> None:
    record = _photo_page("ساعت ۱۰:۰۰\n\nعکاس: مریم رضایی\n\n۱۴۰۱-۵-۲۶\n")
    assert record.published is not None
    assert record.published.jalali_date == (1401, 5, 26)
    assert _untimed(record.published)


def test_bare_clock_apart_over_date_is_not_its_time_neg() -> None:
    record = _photo_page("۱۰:۰۰\n\n۱۴۰۱-۵-۲۶\n")
    assert record.published is not None
    assert _untimed(record.published)


# -- 2. A four-digit ID in 1450-1499 before its alias ------------------------------------------


_ARTICLE = f"{_HEADLINE}\n\n{_BODY}"


def test_joomla_id_in_1400s_after_section_is_read() -> None:
    url = "http://example-news.ir/economic/1487-%EF%BF%BD%EF%BF%BD-%EF%BF%BD%EF%BF%BD"
    assert jm.parse_article(_ARTICLE, url=url).number == "1487"


def test_id_in_1400s_before_percent_encoded_slug_after_news_is_read() -> None:
    url = "https://example-news.ir/fa/news/1462-%D8%B1%D8%A7%D9%87-%D8%A2%D9%87%D9%86"
    assert jm.parse_article(_ARTICLE, url=url).number == "1462"


def test_gregorian_year_before_slug_is_no_id_neg() -> None:
    url = "http://example-news.ir/economic/2023-report"
    assert jm.parse_article(_ARTICLE, url=url).number is None


def test_jalali_year_before_slug_is_no_id_neg() -> None:
    for url in (
        "http://example-news.ir/economic/1402-gozaresh-salane",
        "http://example-news.ir/economic/1446-ramezan",
    ):
        assert jm.parse_article(_ARTICLE, url=url).number is None


# -- 3. A ticker paragraph of other items' headlines over the headline printed twice ----------


_TICKER = (
    "تمرین تیم ملی والیبال در اردوی کیش آغاز شد! مربی تازه سپاهان معرفی شد | دیدار دوستانه "
    "تیم امید با ازبکستان لغو شد رکورد تازه شناگر جوان کشور در مسابقات آسیایی (۱۲ دی ۱۴۰۳) "
    "استعفای مدیرعامل باشگاه پیکان پذیرفته نشد | قرارداد دروازه‌بان ملی‌پوش تمدید شد "
    "نتیجه قرعه‌کشی جام حذفی اعلام شد | برنامه هفته بیستم لیگ برتر فوتسال منتشر شد"
)
_SPORT_HEADLINE = "آغاز دور برگشت رقابت‌های لیگ دسته دوم بسکتبال کشور"
_SPORT_LEAD = (
    "نمایندگان استان از امروز در دور برگشت رقابت‌های لیگ دسته دوم بسکتبال به میدان می‌روند "
    "و مسئولان هیئت استان امیدوارند تیم‌ها جایگاه خود را در جدول بهتر کنند"
)


def _sport_page(heading: str, copy: bool = True) -> jm.Article:
    meta = "  • کد خبر: ۳۲۰۱۱۸\n  • ۱۸ دی ۱۴۰۳ - ۰۹:۳۰\n"
    again = f"{_SPORT_HEADLINE}\n" if copy else ""
    return jm.parse_article(
        f"{_TICKER}\n{heading}\n\n{_SPORT_HEADLINE}\n\n{meta}{again}{_SPORT_LEAD}",
        url="https://example-sport.ir/fa/news/320118/slug",
    )


def test_headline_twice_under_ticker_and_its_heading_is_title() -> None:
    record = _sport_page("سرخط خبرها")
    assert record.title == _SPORT_HEADLINE
    assert record.number == "320118"
    assert _at(record.published, 9, 30)


def test_headline_twice_right_under_ticker_is_title() -> None:
    record = jm.parse_article(
        f"{_TICKER}\n\n{_SPORT_HEADLINE}\n\n  • کد خبر: ۳۲۰۱۱۸\n  • ۱۸ دی ۱۴۰۳ - ۰۹:۳۰\n"
        f"{_SPORT_HEADLINE}\n{_SPORT_LEAD}"
    )
    assert record.title == _SPORT_HEADLINE


def test_ticker_heading_is_never_title_neg() -> None:
    # The headline printed once: nothing says the bars' paragraph is a ticker, no rule fires.
    record = _sport_page("سرخط خبرها", copy=False)
    assert record.title != "سرخط خبرها"
    assert record.title is None or record.title == _SPORT_HEADLINE


# Mutation round 33 (benchmarks/hand_mutants_33.py): two bars are enough for a ticker.


def test_headline_twice_under_ticker_of_two_bars_is_title() -> None:
    ticker = _TICKER.replace(" | برنامه هفته بیستم", " و برنامه هفته بیستم")
    assert ticker.count("|") == 2
    record = jm.parse_article(
        f"{ticker}\nسرخط خبرها\n\n{_SPORT_HEADLINE}\n\n  • کد خبر: ۳۲۰۱۱۸\n"
        f"  • ۱۸ دی ۱۴۰۳ - ۰۹:۳۰\n{_SPORT_HEADLINE}\n{_SPORT_LEAD}",
        url="https://example-sport.ir/fa/news/320118/slug",
    )
    assert record.title == _SPORT_HEADLINE
