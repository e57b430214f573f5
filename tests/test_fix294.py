"""fix294: the newest silent values of blind97/blind98 (tests/pages 2526, 2528, 2535).

(a) A blog post's footer label run into the body's last sentence by the extraction
(«...افتتاح شد.ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط NAME», a Mihanblog post, tests/pages
2535) is read as the post's footer: the label is evidence, the date the post's. The blog's
name printed twice under the ad label, the post printing no title, is no title.
(b) A list of one item read from the text alone: a name line sharing no word with its item
(a site's tagline over a tag page's only post, 2526) is doubted; a teaser printed as a few
paragraph lines, the last cut «...» (2528), is a teaser like a one-line one.
The layouts are the pages'; the sentences are ours.
"""

from __future__ import annotations

from datetime import date

from tests.checks import warning_codes

from jalali_meta import parse_article

FIRST = (
    "کتابخانه محله که سال‌ها در دو اتاق کوچک مسجد کار می‌کرد، حالا ساختمانی تازه دارد. این "
    "ساختمان در زمینی کنار مدرسه ساخته شده و سالن مطالعه آن صد صندلی دارد."
)
LAST = (
    "به گفته مسئول کتابخانه، بیش از سیصد نوجوان عضو کتابخانه هستند و هر هفته چند جلسه "
    "کتاب‌خوانی در آن برگزار می‌شود. ساختمان تازه عصر دیروز با حضور اعضای شورای شهر افتتاح شد."
)
BLOG = "صدای محله"


def _footer_post(footer: str) -> str:
    return f"تبلیغات\n{BLOG}\n{BLOG}\n\n{FIRST}\n\n{LAST}{footer}\nقالب وبلاگ\n"


# -- (a) the footer glued to the last full stop -----------------------------------------


def test_footer_glued_after_the_last_stop_dates_the_post() -> None:
    article = parse_article(_footer_post("ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط علی رضایی"))
    assert article.published is not None
    assert article.published.gregorian == date(2010, 8, 29)
    assert article.published.text == "یکشنبه 7 شهریور 1389"


def test_other_footer_labels_glued_after_a_stop_date_the_post() -> None:
    for label in ("نوشته شده در", "ارسال شده در"):
        article = parse_article(_footer_post(f"{label} دوشنبه 8 شهریور 1389 توسط علی رضایی"))
        assert article.published is not None, label
        assert article.published.gregorian == date(2010, 8, 30), label


def test_footer_without_author_glued_after_a_stop_dates_the_post() -> None:
    article = parse_article(_footer_post("ارسال در تاریخ 7 شهریور 1389"))
    assert article.published is not None
    assert article.published.gregorian == date(2010, 8, 29)


def test_label_words_in_running_text_are_no_footer() -> None:
    # Near miss: «ارسال در تاریخ» inside a sentence (no full stop right before it) is no label.
    sentence = " مهلت ارسال در تاریخ 7 شهریور 1389 به پایان رسید و نامه‌های دیرتر پذیرفته نشد"
    article = parse_article(_footer_post(sentence))
    assert article.published is None


def test_sentence_going_on_after_the_date_is_no_footer() -> None:
    # Near miss: a sentence after a stop opening with the words and going on after the date
    # (no «توسط NAME» and nothing else after it) is the text's own sentence.
    sentence = "ارسال در تاریخ 7 شهریور 1389 برای همه اعضا انجام شد و نامه‌ها رسید"
    article = parse_article(_footer_post(sentence))
    assert article.published is None


def test_footer_on_a_line_of_its_own_is_read() -> None:
    article = parse_article(_footer_post("\nارسال در تاریخ یکشنبه 7 شهریور 1389 توسط علی رضایی"))
    assert article.published is not None
    assert article.published.gregorian == date(2010, 8, 29)


# -- (a) the blog's name twice under the ad label --------------------------------------


def test_blog_name_twice_under_the_ad_label_is_no_title() -> None:
    article = parse_article(_footer_post("ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط علی رضایی"))
    assert article.title is None or "title-uncertain" in warning_codes(article)
    assert article.title != BLOG


def test_post_title_under_the_names_stays_the_title() -> None:
    # Near miss: the post prints its own title under the blog's name: it stays the title.
    headline = "ساختمان تازه کتابخانه محله افتتاح شد"
    text = f"تبلیغات\n{BLOG}\n{BLOG}\n\n{headline}\n\n{FIRST}\n\n{LAST}\n"
    article = parse_article(text)
    assert article.title == headline


def test_title_twice_over_its_date_line_under_the_ad_label_stays() -> None:
    # Near miss: a short title printed twice with the post's date line right under it.
    text = f"تبلیغات\n{BLOG}\n{BLOG}\n۷ شهریور ۱۳۸۹\n\n{FIRST}\n\n{LAST}\n"
    article = parse_article(text)
    assert article.title == BLOG


# -- (b) a list of one item from the text alone ----------------------------------------

TEASER = (
    "    در بسیاری از روستاهای کرمان هنوز کارگاه سفالگری در حیاط خانه برپاست و زنان خانواده "
    "در فاصله کارهای روزانه، کوزه و بشقاب می‌سازند – گل را خودشان ورز می‌دهند – رنگ‌ها را "
    "از خاک‌های محلی می‌گیرند. اما کاهش قیمت ظرف‌های دستی این کارگاه‌ها را کم‌شمارتر می‌کند…"
)
ITEM = "کارگاه‌های سفالگری در خانه‌های روستایی"


def test_one_item_list_name_sharing_no_word_is_doubted() -> None:
    text = f"تازه های فرهنگ و هنر\n\n{ITEM}\n\n{TEASER}\n\nخواندن بیشتر\n"
    article = parse_article(text)
    assert article.title is None or "title-uncertain" in warning_codes(article)


def test_one_item_list_name_sharing_a_word_stays_unwarned() -> None:
    # Near miss: a tag's name that is a word of its post stays the list's name, unwarned.
    text = f"سفالگری روستایی\n\n{ITEM}\n\n{TEASER}\n\nخواندن بیشتر\n"
    article = parse_article(text)
    assert article.title == "سفالگری روستایی"
    assert "title-uncertain" not in warning_codes(article)


HEAD = "نمایش ظرف‌های سفالی دوره قاجار در موزه شهر"
SAID = (
    "مسئول موزه شهر گفت: در این نمایشگاه ۴۰ ظرف سفالی که مردم شهر در دوره قاجار به موزه "
    "هدیه کرده‌اند، از 12 تا 25 آبان 1396 در تالار شماره دو به نمایش گذاشته می‌شود."
)
ADDED = (
    "وی افزود: قدیمی‌ترین ظرف این مجموعه مربوط به سال 1242 قمری است و نام سازنده آن در "
    "کف ظرف نوشته شده است"
)


def test_two_line_teaser_cut_under_a_name_is_a_list_of_one_item() -> None:
    text = f"ظرف‌های سفالی\n\n{HEAD}\n{SAID}\n{ADDED} ...\n"
    article = parse_article(text)
    assert article.title == "ظرف‌های سفالی"
    assert "listing-page" in warning_codes(article)


def test_two_paragraphs_not_cut_stay_an_article() -> None:
    # Near miss: the same page with its last paragraph ending a sentence is an article.
    text = f"ظرف‌های سفالی\n\n{HEAD}\n{SAID}\n{ADDED}.\n"
    article = parse_article(text)
    assert article.title == HEAD
    assert "listing-page" not in warning_codes(article)


def test_post_with_one_paragraph_and_read_more_keeps_its_title() -> None:
    # Near miss (the brief's): a post's title over one paragraph and «ادامه مطلب», no line
    # over it naming a list: the post's page, its title kept, unwarned.
    headline = "گرده گل، غذای کندو در بهار"
    body = (
        "گرده گل از نخستین روزهای بهار به کندو آورده می‌شود و منبع اصلی پروتئین زنبورها است. "
        "کلنی‌هایی که گرده کافی ذخیره نکرده‌اند در بهار دیرتر رشد می‌کنند."
    )
    article = parse_article(f"{headline}\n\n{body}\n\nادامه مطلب\n")
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)
