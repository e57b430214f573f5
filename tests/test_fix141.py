"""fix141: leads of the real44 to real46 samples (docs/real_sample.md): a WordPress list item
(headline, the theme's date, an excerpt cut by «[…]») ending the text, a weekday's date line
opening the text over the item's own labels, and a headlines box's heading alone over a
headline printed twice."""

import jalali_meta as jm

# -- 1. A list theme's item: headline, date line, excerpt cut by «[…]», nothing else ----------

_ITEM_HEADLINE = "آغاز ثبت نام طرح تابستانه کتابخانه های عمومی شهرستان"
_EXCERPT = (
    "به اطلاع شهروندان می رساند ثبت نام طرح تابستانه کتابخانه های عمومی شهرستان برای "
    "کودکان و نوجوانان از شنبه آغاز می شود و علاقه مندان می توانند برای آگاهی از برنامه "
    "ها و ساعت کار هر کتابخانه به نزدیک ترین شعبه مراجعه کنند و کارت عضویت خود را همراه"
)


def test_list_item_with_date_and_bracketed_cut_is_no_title() -> None:
    text = f"{_ITEM_HEADLINE}\nخرداد 12, 1402\n{_EXCERPT} […]"
    for record in (jm.parse_article(text), jm.parse_article(text, url="http://example.ir/news/")):
        assert record.title is None
        assert record.published is None
        assert "listing-page" in [w.code for w in record.warnings]


def test_list_item_with_date_and_bracketed_dots_is_no_title() -> None:
    record = jm.parse_article(f"{_ITEM_HEADLINE}\n۱۲ خرداد ۱۴۰۲\n{_EXCERPT} [...]")
    assert record.title is None


def test_dotted_lead_under_date_keeps_its_headline_neg() -> None:
    # A writer's dots (no theme's brackets) may cut a stored article's lead: unchanged.
    record = jm.parse_article(f"{_ITEM_HEADLINE}\nخرداد 12, 1402\n{_EXCERPT} ...")
    assert record.title == _ITEM_HEADLINE


def test_bracketed_cut_with_text_below_keeps_its_headline_neg() -> None:
    more = (
        "مسئول کتابخانه مرکزی گفت امسال کلاس های قصه گویی و نقاشی نیز در برنامه طرح "
        "تابستانه گنجانده شده است و شرکت در آنها رایگان خواهد بود."
    )
    record = jm.parse_article(f"{_ITEM_HEADLINE}\nخرداد 12, 1402\n{_EXCERPT} […]\n{more}")
    assert record.title == _ITEM_HEADLINE


# -- 2. A weekday's date line opening the text over the item's own labels ----------------------

_PHOTO_HEADLINE = "نمایشگاه گل و گیاه در بوستان ملت برپا شد"
_PHOTO_BODY = (
    "نمایشگاه گل و گیاه امروز سه شنبه در بوستان ملت با حضور گلکاران استان گشایش یافت و "
    "تا پایان هفته برای بازدید عموم شهروندان باز است. در این نمایشگاه گونه های کمیاب گیاهان "
    "آپارتمانی و گل های فصلی به نمایش گذاشته شده است."
)


def test_weekday_date_over_item_labels_is_published() -> None:
    text = (
        "سه شنبه ۱۵ فروردین ۱۴۰۲\n\nسرویس : اجتماعی\n\nعکاس :مریم احمدی\n\n"
        f"آژانس عکس نمونه\n\n{_PHOTO_HEADLINE}\n\n{_PHOTO_BODY}"
    )
    record = jm.parse_article(text)
    assert record.title == _PHOTO_HEADLINE
    assert record.published is not None
    assert record.published.jalali_date == (1402, 1, 15)
    assert "published-unlabelled" in [w.code for w in record.warnings]


def test_weekday_date_over_site_name_is_a_banner_neg() -> None:
    # Over the site's name and a menu, no label of the item's under it: the visit's banner.
    text = (
        "سه شنبه ۱۵ فروردین ۱۴۰۲\n\nپایگاه خبری نمونه\n\nخانه اخبار عکس فیلم\n\n"
        f"آژانس عکس نمونه\n\n{_PHOTO_HEADLINE}\n\n{_PHOTO_BODY}"
    )
    record = jm.parse_article(text)
    assert record.title == _PHOTO_HEADLINE
    assert record.published is None


# -- 3. A headlines box's heading alone over a headline printed twice --------------------------

_BOX_HEADLINE = "آغاز دور برگشت لیگ فوتبال نوجوانان استان"
# The story's text cut short (no sentence's end): no paragraph tells the lead apart.
_BOX_BODY = "تیم های نوجوانان استان از امروز در دور برگشت لیگ به مصاف حریفان خود می روند"


def _boxed(heading: str) -> str:
    return (
        f"{heading}\n\n{_BOX_HEADLINE}\n\n  • کد خبر: ۲۱۴۵۶\n  • ۱۷ بهمن ۱۴۰۳ - ۱۰:۴۷\n"
        f"{_BOX_HEADLINE}\n{_BOX_BODY}"
    )


def test_headlines_box_heading_gives_way_to_headline_printed_twice() -> None:
    for heading in ("سرخط خبرها", "سرخط اخبار"):
        record = jm.parse_article(_boxed(heading))
        assert record.title == _BOX_HEADLINE


def test_headlines_box_heading_over_headline_printed_once_neg() -> None:
    # The headline not printed again under it: the rule does not fire (as before).
    text = (
        f"سرخط خبرها\n\nخبر دیگری از ورزش استان\n\n  • کد خبر: ۲۱۴۵۶\n"
        f"  • ۱۷ بهمن ۱۴۰۳ - ۱۰:۴۷\n{_BOX_HEADLINE}\n{_BOX_BODY}"
    )
    record = jm.parse_article(text)
    assert record.title != _BOX_HEADLINE
