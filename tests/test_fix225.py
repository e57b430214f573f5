"""fix225: the inputs attack70 found not right on main (docs/reliability.md, "Attacks,
seventieth round").

- A forum reply's header («DATE» over «#2», vBulletin 3's cells, forum.sarmaye.com's thread,
  tests/pages 2181) standing under the thread's title and the first post's text is read as
  the walk reads it above the text (fix222): its date the reply's, never the thread's; and a
  short post ending «؟» over it is no headline over its own header.
- A verbless headline opening with an institution's noun and giving the body a role in an
  event («... میزبان ...», «... قهرمان ...») is no institution's name (9798fe7b's masthead).
- A front page's run of three dated items (a municipality's home page, tests/pages 2120's
  shape) whose middle teaser is long enough to be a paragraph stays a list.
- A news list's label («اخبار دانشگاه», a faculty's news page, blind77's 2123 shape) over two
  dated items, and a day archive's heading («بایگانی نوشته‌های روز: DAY», WordPress's theme
  wording, attacks66/fix209) over two posts: the first item's headline is not the page's.
"""

from __future__ import annotations

import jalali_meta as jm


def _jalali(article: jm.Article) -> tuple[int, int, int] | None:
    return None if article.published is None else article.published.jalali_date


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- a reply's header under the first post (vBulletin 3's cells, tests/pages 2181) ---------------
_TOPIC = "نصب نشدن به روزرسانی ویندوز روی لپ تاپ قدیمی"
_POST = (
    "سلام، از هفته پیش هر بار که به روزرسانی ویندوز را نصب می کنم در نیمه کار خطا می دهد و "
    "دوباره برمی گردد. فضای دیسک هم کافی است و آنتی ویروس را هم خاموش کردم. کسی راهی بلد است؟"
)
_REPLY = (
    "ابزار عیب یابی به روزرسانی را اجرا کنید و بعد پوشه دانلودها را پاک کنید؛ مال من درست شد.\n"
)


def test_reply_header_under_the_first_post_gives_no_date() -> None:
    for header in (
        "March 3rd, 2024, 18:40\n#3",
        "March 3rd, 2024, 18:40   #14",
        "۱۳ اسفند ۱۴۰۲، ۱۸:۴۰\n#۳",
    ):
        article = jm.parse_article(f"{_TOPIC}\n\n{_POST}\n\n{header}\n\n{_REPLY}")
        assert article.title == _TOPIC, header
        assert article.published is None, header


def test_first_post_header_under_the_text_still_dates_neg() -> None:
    """Near miss: a header numbered «#1» under the text is the first post's (a saved copy's
    cells out of order): its date is taken, as on main."""
    article = jm.parse_article(f"{_TOPIC}\n\n{_POST}\n\nMarch 3rd, 2024, 18:40\n#1\n\n{_REPLY}")
    assert article.published is not None
    assert article.published.gregorian.date().isoformat() == "2024-03-03"


_ASK = "سلام، از دیروز به روزرسانی ویندوز روی لپ تاپ من نصب نمی شود. راه حلی دارید؟"


def test_short_question_post_over_a_reply_header_is_no_title() -> None:
    doc = (
        f"انجمن رایانه نمونه > ویندوز\n\n۱۲ اسفند ۱۴۰۲، ۲۱:۱۵\n#۱\n\n{_TOPIC}\n\n{_ASK}\n\n"
        f"۱۳ اسفند ۱۴۰۲، ۰۸:۰۵\n#۲\n\n{_REPLY}"
    )
    article = jm.parse_article(doc)
    assert article.title == _TOPIC
    assert _jalali(article) == (1402, 12, 12)


def test_question_headline_over_its_own_date_line_neg() -> None:
    """Near miss: a question headline over its article's date line (no post number): the
    question is the title, as on main."""
    question = "چرا قیمت بلیت قطار مشهد در نوروز بالا رفت؟"
    body = (
        "مدیرکل راه آهن استان گفت که افزایش قیمت بلیت قطارهای مسافری در نوروز بر پایه مصوبه "
        "شورای عالی ترابری انجام شده و برای همه مسیرها یکسان است.\n\n"
        "او افزود که قطارهای فوق العاده هم از نیمه اسفند به برنامه حرکت اضافه می شوند.\n"
    )
    article = jm.parse_article(f"{question}\n\n۱۲ اسفند ۱۴۰۲\n\n{body}")
    assert article.title == question
    assert _jalali(article) == (1402, 12, 12)


# -- a verbless headline giving an institution a role (a faculty's home page) --------------------
_BODY = (
    "تیم دانشجویی دانشکده با ربات امدادگر خود در دور پایانی مسابقات کشوری امتیاز نخست را گرفت "
    "و سه جایزه ویژه داوران را هم به دست آورد.\n\n"
    "رئیس دانشکده گفت که هزینه سفر تیم به مسابقات جهانی سال آینده از بودجه پژوهشی پرداخت "
    "می شود و ثبت نام برای تیم تازه از هفته آینده آغاز خواهد شد.\n"
)


def test_role_headline_opening_with_an_institution_is_the_title() -> None:
    headline = "دانشکده فنی قهرمان مسابقات ربات امدادگر"
    article = jm.parse_article(
        f"دانشکده فنی و مهندسی\n\n{headline}\n\n۲ اسفند ۱۴۰۲\n\n{_BODY}",
        url="https://eng-faculty.ac.ir/",
    )
    assert article.title == headline
    assert _jalali(article) == (1402, 12, 2)


def test_institution_name_alone_over_a_dated_text_stays_a_list_neg() -> None:
    """Near miss: the faculty's name alone over a date and a text at its home address is
    9798fe7b's dated teaser under a masthead: no title, no date, as on main."""
    article = jm.parse_article(
        f"دانشکده فنی و مهندسی\n۲ اسفند ۱۴۰۲\n\n{_BODY}", url="https://eng-faculty.ac.ir/"
    )
    assert article.title is None
    assert article.published is None


# -- three dated items, the middle teaser a paragraph (tests/pages 2120's shape) -----------------
_ITEMS = (
    ("توزیع بسته های کود رایگان میان باغداران حاشیه شهر", "۱۰ اسفند ۱۴۰۲", "توزیع تا پایان هفته ادامه دارد."),
    (
        "بازگشایی کتابخانه عمومی محله شمالی با ظرفیت تازه",
        "۹ اسفند ۱۴۰۲",
        "این کتابخانه بعد از سه ماه بازسازی با دو تالار تازه دوباره باز شد.",
    ),
    ("آغاز طرح ساماندهی دستفروشان خیابان مرکزی شهر", "۹ اسفند ۱۴۰۲", "طرح از شنبه اجرا می شود."),
)  # fmt: skip


def _front(items: tuple[tuple[str, str, str], ...]) -> str:
    rows = "".join(f"{head}\n{stamp}\n{teaser}\n\n" for head, stamp, teaser in items)
    return f"شهرداری شهر نمونه\n\nآخرین اخبار\n\n{rows}کلیه حقوق محفوظ است.\n"


def test_three_items_with_a_paragraph_teaser_in_the_middle_are_a_list() -> None:
    article = jm.parse_article(_front(_ITEMS))
    assert article.title is None
    assert article.published is None
    assert "listing-page" in _codes(article)


def test_article_between_two_dated_items_keeps_its_title_neg() -> None:
    """Near miss: the middle item holds two paragraphs (an article's text) under two items of
    one line each: the article's headline and date, as on main."""
    head, stamp, _ = _ITEMS[1]
    body = (
        "کتابخانه عمومی محله شمالی پس از سه ماه بازسازی با دو تالار مطالعه تازه و یک بخش "
        "ویژه کودکان دوباره به روی مردم باز شد و از امروز هر روز تا ساعت هشت شب کار می کند.\n"
        "مدیر کتابخانه گفت که عضویت برای دانش آموزان محله تا پایان سال رایگان است و کتاب های "
        "تازه هر ماه به قفسه ها اضافه می شوند.\n"
    )
    items = (_ITEMS[0], (head, stamp, body.rstrip("\n")), _ITEMS[2])
    article = jm.parse_article("".join(f"{h}\n{s}\n{t}\n\n" for h, s, t in items))
    assert article.title == head
    assert _jalali(article) == (1402, 12, 9)


# -- a news list's label over two dated items (a faculty's news page, blind77's 2123 shape) ------
def test_news_label_over_two_dated_items_is_a_list() -> None:
    rows = "".join(f"{head}\n{stamp}\n{teaser}\n\n" for head, stamp, teaser in _ITEMS[::2])
    for label in ("اخبار دانشکده", "آخرین اخبار"):
        article = jm.parse_article(f"{label}\n\n{rows}")
        assert article.title is None, label
        assert article.published is None, label


def test_section_name_over_an_article_and_one_dated_item_neg() -> None:
    """Near miss: «اخبار دانشکده» over an article (its headline, date and two paragraphs) and
    one dated item under it: the article's title and date, as on main."""
    head, stamp, _ = _ITEMS[0]
    body = (
        "شهرداری توزیع بسته های کود رایگان را میان باغداران حاشیه شهر آغاز کرد و هر باغدار "
        "با نشان دادن کارت شناسایی می تواند یک بسته بگیرد.\n"
        "معاون خدمات شهری گفت که سه هزار بسته آماده شده و توزیع تا پایان هفته ادامه دارد.\n"
    )
    other = _ITEMS[2]
    doc = f"اخبار دانشکده\n\n{head}\n{stamp}\n{body}\n{other[0]}\n{other[1]}\n{other[2]}\n"
    article = jm.parse_article(doc)
    assert article.title == head
    assert _jalali(article) == (1402, 12, 10)


# -- a day archive's heading over two posts (WordPress's theme wording, attacks66, fix209) -------
def test_day_archive_heading_over_two_posts_doubts_the_first() -> None:
    posts = (
        f"{_ITEMS[0][0]}\n\nباغداران می توانند بسته کود را از دفتر منطقه بگیرند...\n\n"
        f"{_ITEMS[2][0]}\n\nماموران شهرداری از شنبه در خیابان مرکزی مستقر می شوند...\n"
    )
    for heading in ("بایگانی نوشته‌های روز: ۱۴۰۲/۱۲/۰۹", "بایگانی نوشته‌های دسته روزانه: 1402/12/09"):
        article = jm.parse_article(f"{heading}\n\n{posts}")
        assert article.title is None, heading
        assert "title-uncertain" in _codes(article), heading
        assert _jalali(article) in (None, (1402, 12, 9)), heading


def test_post_date_line_over_its_headline_and_sections_neg() -> None:
    """Near miss: a post's own date line with no archive label (Blogger prints the date over
    the headline) over its headline, a teaser-length lead, a section's heading and its line:
    one post, its headline and day, as on main."""
    head = _ITEMS[1][0]
    doc = (
        f"۱۴۰۲/۱۲/۰۹\n\n{head}\n\nکتابخانه بعد از سه ماه بازسازی دوباره باز شد.\n\n"
        "ساعت کار تالارهای تازه کتابخانه\n\nتالارها هر روز تا ساعت هشت شب باز هستند.\n"
    )
    article = jm.parse_article(doc)
    assert article.title == head
    assert _jalali(article) == (1402, 12, 9)
