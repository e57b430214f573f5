"""fix137: attacks49's findings (docs/reliability.md, "Attacks, forty-ninth round"): a headline
glued to its cut teaser by « : » over more paragraphs than the teased one, and a breadcrumb
parted by «›» or «>» run into a date label."""

import datetime

import jalali_meta as jm

_HEAD = "ساخت پل دوم شهر سنندج تا پایان سال به پایان می‌رسد"
_LEAD = (
    "شهردار سنندج گفت ساخت پل دوم شهر که دو سال پیش آغاز شده بود اکنون هفتاد درصد پیشرفت "
    "دارد و تا پایان سال به بهره‌برداری می‌رسد."
)
_TEASER = "شهردار سنندج گفت ساخت پل دوم شهر که دو سال پیش آغاز شده بود ..."
_MORE = (
    "\n\nاو افزود: اعتبار این طرح از محل درآمدهای شهرداری تامین شده است.\n\n"
    "به گفته وی بخش دوم طرح نیز از بهار آینده آغاز می‌شود.\n"
)


def _codes(record: jm.Article) -> list[str]:
    return [warning.code for warning in record.warnings]


# -- «HEADLINE : TEASER ...» over the teased paragraph and more --------------------------------


def test_glued_teaser_over_several_paragraphs() -> None:
    record = jm.parse_article(f"{_HEAD} : {_TEASER}\n{_LEAD}{_MORE}")
    assert record.title == _HEAD


def test_glued_teaser_over_several_paragraphs_blank_line_between() -> None:
    record = jm.parse_article(f"{_HEAD} : {_TEASER}\n\n{_LEAD}{_MORE}")
    assert record.title == _HEAD


def test_neg_glued_teaser_unicode_ellipsis_stays_warned() -> None:
    # «…» ends the line like a kicker's mark: the whole line is doubted, and stays so.
    teaser = _TEASER.replace(" ...", "…")
    record = jm.parse_article(f"{_HEAD} : {teaser}\n{_LEAD}{_MORE}")
    assert record.title == _HEAD or "title-uncertain" in _codes(record)


def test_neg_name_colon_quote_over_another_body() -> None:
    # «NAME : QUOTE ...» over paragraphs that do not repeat the quote: no teaser is seen, the
    # line is not cut at its colon.
    line = "رئیس سازمان برنامه : بودجه سال آینده بر پایه درآمدهای پایدار بسته می‌شود ..."
    body = (
        "لایحه بودجه سال آینده هفته بعد به مجلس می‌رود و نمایندگان در کمیسیون تلفیق آن را "
        "بررسی می‌کنند."
    )
    record = jm.parse_article(f"{line}\n{body}{_MORE}")
    assert record.title != "رئیس سازمان برنامه"


def test_neg_teaser_of_too_few_repeated_words() -> None:
    # The paragraph repeats fewer than eight of the line's words: no cut at the colon.
    line = f"{_HEAD} : شهردار سنندج گفت ..."
    record = jm.parse_article(f"{line}\n{_LEAD}{_MORE}")
    assert record.title != _HEAD


# -- a breadcrumb parted by «›» or «>» run into a date label ------------------------------------

_UNI = "دانشگاه تهران ثبت‌نام ترم بهمن را از شنبه آغاز می‌کند"
_UNI_BODY = (
    "معاون آموزشی دانشگاه تهران گفت ثبت‌نام دانشجویان برای ترم بهمن از شنبه آغاز می‌شود و "
    "تا پایان هفته ادامه دارد."
)
_DAY = datetime.date(2023, 11, 14)


def _published(text: str) -> datetime.date | None:
    record = jm.parse_article(text)
    return None if record.published is None else record.published.gregorian


def test_markdown_crumb_with_single_guillemets_run_into_date_label() -> None:
    crumb = "[خانه](/) › [دانشگاه](/fa/uni) › اخبار"
    assert _published(f"{crumb} تاریخ انتشار: ۲۳ آبان ۱۴۰۲\n\n# {_UNI}\n\n{_UNI_BODY}") == _DAY


def test_plain_crumb_with_single_guillemets_run_into_date_label() -> None:
    text = f"خانه › دانشگاه › اخبار تاریخ انتشار: ۲۳ آبان ۱۴۰۲\n\n{_UNI}\n\n{_UNI_BODY}"
    assert _published(text) == _DAY


def test_crumb_with_greater_than_run_into_date_label() -> None:
    text = f"خانه > دانشگاه > اخبار تاریخ خبر: ۲۳ آبان ۱۴۰۲\n\n{_UNI}\n\n{_UNI_BODY}"
    assert _published(text) == _DAY


def test_neg_single_guillemet_in_prose_before_date_label() -> None:
    # One «›» in a sentence is a mark, no trail: the line is not read as a crumb's label line.
    line = "گزارش سالانه › بخش نخست درباره آمار تاریخ انتشار: ۲۳ آبان ۱۴۰۲"
    assert _published(f"{_UNI}\n\n{line}\n\n{_UNI_BODY}") is None


def test_neg_guillemet_crumb_run_into_event_date_label() -> None:
    # An event's date after the trail is no publication date: the item's own label wins.
    text = (
        "صفحه اصلی › رویدادها › همایش تاریخ برگزاری: ۲۳ آبان ۱۴۰۲\n\n"
        f"{_UNI}\nتاریخ انتشار: ۱۰ مهر ۱۴۰۲\n\n{_UNI_BODY}"
    )
    assert _published(text) == datetime.date(2023, 10, 2)
