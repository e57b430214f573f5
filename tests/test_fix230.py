"""fix230: the inputs the seventy-first round of attacks found not right on main 7bd706c6
(benchmarks/attacks71.py, docs/reliability.md «Attacks, seventy-first round»).

- An HTML page whose ``<h1>`` is an institution's name alone over the article's own heading
  (``<h3>``), its date and text: the heading under it is the title; the ``<h1>`` is the
  site's masthead.
- A Markdown twin's level-1 heading, an institution's name, over a menu of links and undated
  ``###`` headlines: the heading is doubted (title-uncertain) as the same line is with no
  ``#``, not taken silently.
- A list article's pick numbered with a hash («#۲ ...») between the date line and the text:
  a numbered entry of the text, not the headline above the date.
- A verbless headline honouring people «محترم» after a preposition («تقدیر ... از ...
  محترم ...») is the title, no letter's salutation; a salutation alone over a letter
  leaves no title, and says so.

Layouts: a provincial governorate's portal root (attacks71's ostan-fars shape), a
university's front page as a Markdown twin (tests/pages 2150-2159's twins), a shop
magazine's buying guide, a provincial news item and a university letter (real65 #24's
petition letter); every sentence written for these tests, values changed.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _html(body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>".encode()


# -- an institution's name as <h1> over the item's own heading (a provincial portal) ---------
_EVENT = "فرمانداری کازرون میزبان نمایشگاه صنایع دستی جنوب کشور"
_EVENT_TEXT = (
    "نمایشگاه صنایع دستی جنوب کشور امسال با حضور هنرمندان پنج استان در سالن اجتماعات شهر "
    "برپا می شود و بازدید از غرفه های آن برای همه آزاد است.",
    "رئیس اداره میراث فرهنگی شهرستان گفت که فروش آثار هنرمندان بی واسطه در غرفه ها انجام می شود.",
)


def _portal(top: str, heading: str) -> bytes:
    paragraphs = "".join(f"<p>{text}</p>" for text in _EVENT_TEXT)
    return _html(f"{top}{heading}<p>۱۴ اردیبهشت ۱۴۰۳</p>{paragraphs}")


def test_institution_name_h1_over_the_item_heading_is_the_masthead() -> None:
    article = jm.parse_html(_portal("<h1>فرمانداری کازرون</h1>", f"<h3>{_EVENT}</h3>"))
    assert article.title == _EVENT
    assert "title-uncertain" not in _codes(article)
    assert article.published is not None
    assert article.published.gregorian == dt.date(2024, 5, 3)


def test_institution_name_h1_over_a_plain_headline_heading() -> None:
    """The same with an item heading that does not repeat the name (an <h2>)."""
    head = "برپایی نمایشگاه صنایع دستی جنوب کشور در سالن اجتماعات شهر"
    article = jm.parse_html(_portal("<h1>فرمانداری کازرون</h1>", f"<h2>{head}</h2>"))
    assert article.title == head


def test_headline_h1_over_its_subheading_stays_the_title_neg() -> None:
    """Near miss: the item's headline is the <h1>, an institution's name in <h3> under it
    (the office that issued it): the <h1> stays the title."""
    article = jm.parse_html(_portal(f"<h1>{_EVENT}</h1>", "<h3>فرمانداری کازرون</h3>"))
    assert article.title == _EVENT
    assert "title-uncertain" not in _codes(article)


def test_institution_name_h1_alone_over_text_keeps_main_record_neg() -> None:
    """Near miss: the institution's name in <h1> with no heading under it, over its text:
    nothing under it is a headline, so the <h1>'s weight is kept as on main."""
    paragraphs = "".join(f"<p>{text}</p>" for text in _EVENT_TEXT)
    article = jm.parse_html(_html(f"<h1>فرمانداری کازرون</h1><p>۱۴ اردیبهشت ۱۴۰۳</p>{paragraphs}"))
    assert article.title == "فرمانداری کازرون"


# -- a Markdown twin's level-1 site name over a menu and undated headlines -------------------
_MENU = ("خانه", "خبرها", "آموزش", "پژوهش", "فرهنگی", "ارتباط با ما")
_UNDATED = (
    "برپایی نشست هم اندیشی استادان گروه ریاضی",
    "فراخوان پذیرش پژوهشگر پسادکتری در پژوهشکده آب",
    "دیدار معاون دانشگاه با دانشجویان خوابگاه شهید چمران",
    "آغاز نام نویسی دوره های کوتاه مدت زبان انگلیسی",
)


def _front(head: str) -> str:
    menu = "".join(f"- [{label}](/m{i})\n" for i, label in enumerate(_MENU))
    items = "".join(f"### [{text}](/news/{i})\n\n" for i, text in enumerate(_UNDATED))
    return f"{head}دانشگاه فنی کرانه\n\n{menu}\n{items}"


def test_markdown_level_one_name_over_menu_and_undated_items_is_doubted() -> None:
    article = jm.parse_article(_front("# "))
    assert article.title is None or "title-uncertain" in _codes(article)
    assert article.published is None


def test_markdown_level_one_headline_over_its_article_stays_neg() -> None:
    """Near miss: a Markdown article's level-1 headline over its date and text: the title,
    no doubt."""
    head = "برپایی نشست هم اندیشی استادان گروه ریاضی در دانشکده علوم"
    body = (
        "نشست هم اندیشی استادان گروه ریاضی روز گذشته با حضور بیست استاد در تالار دانشکده "
        "علوم برگزار شد و برنامه درسی نیمسال آینده در آن بررسی شد.\n\n"
        "مدیر گروه گفت که نتیجه این نشست تا پایان ماه به دانشجویان اعلام می شود.\n"
    )
    article = jm.parse_article(f"# {head}\n\n۱۴ اردیبهشت ۱۴۰۳\n\n{body}")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- a list article's pick numbered with a hash under the date line (a shop magazine) --------
_GUIDE = "راهنمای انتخاب کوله پشتی برای سفرهای چند روزه"
_GUIDE_TEXT = (
    "کوله پشتی سفرهای چند روزه باید بند کمری پهن و پشتی تهویه دار داشته باشد تا وزن بار "
    "روی لگن بیفتد و شانه ها خسته نشوند.\n\n"
    "پیش از خرید کوله را با چند کیلو بار در فروشگاه امتحان کنید و بندهای آن را تنظیم کنید.\n"
)


def test_hash_numbered_pick_under_the_date_is_no_headline() -> None:
    article = jm.parse_article(
        f"{_GUIDE}\n\n۲ دی ۱۴۰۲\n\n#۲ کوله سبک با قاب آلومینیومی\n\n{_GUIDE_TEXT}"
    )
    assert article.title == _GUIDE
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 12, 23)


def test_forum_post_number_alone_keeps_the_thread_date_neg() -> None:
    """Near miss: a forum's first post, its day over «#1» alone (no space and words after
    the number): the thread's title and date as on main."""
    topic = "مشکل روشن نشدن لپ تاپ بعد از به روز رسانی ویندوز"
    post = (
        "سلام دوستان، لپ تاپ من بعد از به روز رسانی دیشب ویندوز دیگر روشن نمی شود و فقط چراغ "
        "آن چند ثانیه روشن می ماند. کسی راه حلی سراغ دارد؟\n"
    )
    article = jm.parse_article(f"{topic}\n\n۲ دی ۱۴۰۲\n#۱\n\n{post}")
    assert article.title == topic
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 12, 23)


# -- «محترم» in a headline and in a letter's salutation -------------------------------------
_NEWS_TEXT = (
    "استاندار در دیدار با خانواده های کادر درمان درگذشته در دوران همه گیری از فداکاری آنان "
    "قدردانی کرد و گفت که نام آنان بر یکی از بوستان های شهر گذاشته می شود.\n\n"
    "در این دیدار لوح سپاس استانداری به نماینده خانواده ها داده شد.\n"
)


def test_headline_honouring_people_after_a_preposition_is_the_title() -> None:
    head = "تجلیل فرماندار از پرستاران محترم بیمارستان امام رضا"
    article = jm.parse_article(f"{head}\n\n۲ دی ۱۴۰۲\n\n{_NEWS_TEXT}")
    assert article.title == head
    assert article.published is not None
    assert article.published.gregorian == dt.date(2023, 12, 23)


_LETTER = (
    "با توجه به افزایش شمار دانشجویان دوره کارشناسی ارشد و کمبود آزمایشگاه، خواهشمند است "
    "دستور فرمایید یکی از کارگاه های بلااستفاده دانشکده برای کار عملی دانشجویان در نظر "
    "گرفته شود.\n"
)


def test_salutation_alone_over_a_letter_gives_no_title_and_says_so() -> None:
    """A letter's salutation is the only line above its text: no title, with a warning
    (main left no title and no warning)."""
    article = jm.parse_article(f"معاونت محترم آموزشی دانشکده فنی\n\n{_LETTER}")
    assert article.title is None
    assert "title-uncertain" in _codes(article)


def test_salutation_under_a_headline_is_no_title_neg() -> None:
    """Near miss: a news page printing a letter under its headline: the salutation is still
    refused, the headline is the title."""
    head = "درخواست دانشجویان برای راه اندازی آزمایشگاه تازه"
    article = jm.parse_article(
        f"{head}\n\n۲ دی ۱۴۰۲\n\nمعاونت محترم آموزشی دانشکده فنی\n\n{_LETTER}"
    )
    assert article.title == head


def test_long_institution_name_h1_is_no_machine_headline_either() -> None:
    """An institution's name of four words in <h1> (a machine title long enough to win over
    the visible pick) over the item's heading: still the masthead."""
    head = "برپایی نمایشگاه صنایع دستی جنوب کشور در سالن اجتماعات شهر"
    article = jm.parse_html(_portal("<h1>دانشگاه علوم پزشکی کازرون</h1>", f"<h2>{head}</h2>"))
    assert article.title == head
