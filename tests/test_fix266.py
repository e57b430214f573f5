"""fix266: what attacks 77 and 76 left open (benchmarks/attacks77.py, attacks76.py;
docs/reliability.md «Attacks, seventy-seventh round», «seventy-sixth round»): a table's header
row of three or four column names glued, Markdown «+» items under a lead-in, WordPress's
«دسته: NAME» archive <title>, a static page's «<h1>درباره ...</h1>» under the site's name, a
person's name over her quote headline, a poem printed one couplet a line, and the copyright
notice's rarer marks. Sentences are ours."""

from __future__ import annotations

import pytest
from tests.test_fix248 import _FOOTER, _NAME, _URL, _blogfa

from jalali_meta import parse_article, parse_html

HEADLINE = "باغ گیاه شناسی شهر پس از دو سال به روی مردم باز شد"
DATE_LINE = "۱۸ آذر ۱۴۰۲ - ۱۰:۲۰"
BODY = (
    "به گزارش خبرنگار ما، باغ گیاه شناسی شهر که دو سال برای بازسازی گلخانه ها و مسیرهای "
    "پیاده روی بسته بود از امروز صبح دوباره به روی بازدیدکنندگان باز شده است.\n\n"
    "مدیر باغ گفت بازدید برای دانش آموزان مدرسه های شهر تا پایان سال رایگان خواهد بود."
)
ROWS = (
    "1گل رز هلندیبرای باغچه های آفتابگیر، با گل های درشت سرخ که از بهار تا پاییز پیوسته "
    "گل می دهند.\n"
    "2گل شمعدانی ایرانیبرای گلدان های لب پنجره، با برگ های خوشبو و گل های صورتی کوچک.\n"
)


def _codes(article: object) -> set[str]:
    return {w.code for w in getattr(article, "warnings", ())}


# -- a table's header row, three or four column names glued ------------------------------------


@pytest.mark.parametrize("header", ["ردیفعنوانشرح", "ردیفنامقیمتتوضیحات"])
def test_three_or_four_glued_column_names_are_no_title(header: str) -> None:
    article = parse_article(f"۴۱۲۸۸ کد مطلب\n{header}\n{ROWS}")
    assert article.title != header
    assert article.number == "41288"


def test_headline_over_three_glued_column_names_stays_neg() -> None:
    article = parse_article(f"{HEADLINE}\n{DATE_LINE}\nردیفعنوانشرح\n{ROWS}")
    assert article.title == HEADLINE


# -- Markdown «+» items under a lead-in ----------------------------------------------------------


def test_plus_items_under_a_lead_in_are_no_title() -> None:
    text = (
        "برای نگهداری گلدان ها به این وسایل نیاز دارید :\n\n+ قیچی باغبانی\n+ خاک برگ\n+ آبپاش\n\n"
    )
    article = parse_article(text + BODY + "\n")
    assert article.title not in ("+ قیچی باغبانی", "+ خاک برگ", "+ آبپاش")
    assert article.title is None or "title-uncertain" in _codes(article)


def test_headline_over_plus_items_stays_neg() -> None:
    # Near miss: the items under the headline and its date: the headline stays the title.
    items = "+ قیچی باغبانی\n+ خاک برگ\n+ آبپاش\n\n"
    article = parse_article(f"{HEADLINE}\n{DATE_LINE}\n\n{items}{BODY}\n")
    assert article.title == HEADLINE


# -- WordPress's term archive <title> with its label; a static page's <h1> ----------------------


def _wordpress(body_class: str, heading: str, head_title: str) -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        f"<title>{head_title}</title></head>"
        f'<body class="{body_class}"><header><a href="/" class="logo">خبرنامه باغستان</a></header>'
        f'<div class="archive-page"><h1 class="archive-title">{heading}</h1>'
        '<article class="archive-item post"><h2 class="item-title">'
        f'<a href="https://bagh-example.ir/baz-shod/">{HEADLINE}</a></h2>'
        '<div class="item-excerpt"><p>باغ گیاه شناسی شهر که دو سال برای بازسازی گلخانه ها '
        "بسته بود از امروز صبح دوباره به روی بازدیدکنندگان باز شده است و دانش آموزان "
        "می توانند رایگان از آن دیدن کنند.</p></div></article></div>"
        "<footer><p>همه حقوق برای خبرنامه باغستان محفوظ است.</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    ("body_class", "head_title"),
    [
        ("archive category category-golha category-4", "دسته: گل و گیاه – خبرنامه باغستان"),
        ("archive tag tag-golha tag-9", "برچسب: گل و گیاه | خبرنامه باغستان"),
    ],
)
def test_term_archive_title_with_its_label_names_the_list(body_class: str, head_title: str) -> None:
    article = parse_html(_wordpress(body_class, "گل و گیاه", head_title))
    assert article.title == "گل و گیاه"
    assert article.published is None
    assert "listing-page" in _codes(article)


def test_labelled_title_on_a_post_is_no_list_neg() -> None:
    # Near miss: the same label before the name under a post's classes: no list.
    article = parse_html(
        _wordpress(
            "post-template-default single single-post postid-31",
            "گل و گیاه",
            "دسته: گل و گیاه – خبرنامه باغستان",
        )
    )
    assert "listing-page" not in _codes(article)


def test_static_page_about_heading_is_its_title() -> None:
    article = parse_html(
        _wordpress(
            "page-template-default page page-id-5", "درباره باغ", "درباره باغ | خبرنامه باغستان"
        )
    )
    assert article.title == "درباره باغ"
    assert "listing-page" not in _codes(article)


def test_about_line_under_a_headline_stays_its_subtitle_neg() -> None:
    # Near miss: with no <h1> marking it, «درباره ...» under a short headline is its subtitle.
    article = parse_article(
        f"شایعه گرانی بلیت باغ\nدرباره قیمت تازه بلیت های باغ\n{DATE_LINE}\n\n{BODY}\n"
    )
    assert article.title == "شایعه گرانی بلیت باغ"


# -- a person's name over her quote headline -------------------------------------------------------

QUOTE = "سارا کریمی: گلخانه تازه باغ را تا پایان زمستان به روی مردم باز می کنیم"


def test_person_name_over_her_quote_gives_the_quote() -> None:
    article = parse_article(f"سارا کریمی\n\n{QUOTE}\n\n{DATE_LINE}\n\n{BODY}\n")
    assert article.title == QUOTE
    assert "title-uncertain" not in _codes(article)


def test_person_name_over_a_verbless_colon_heading_stays_neg() -> None:
    # Near miss: «NAME: زندگی و آثار ...» ends with no verb: it expands the name's heading.
    article = parse_article(
        f"سارا کریمی\n\nسارا کریمی: زندگی و آثار گیاه شناس شهر\n\n{DATE_LINE}\n\n{BODY}\n"
    )
    assert article.title == "سارا کریمی"


# -- a poem printed one couplet a line ------------------------------------------------------------

HEMISTICHS = [
    "باران که زد به شیشه ی ایوان ما",
    "گل کرد باز غنچه ی گلدان ما",
    "سبزه دمید از دل خاک سیاه",
    "کرد هوای خوش ده را نگاه",
    "بلبل خوش خوان به سر شاخه خواند",
    "بر سر هر برگ گلی را نشاند",
]
SIGNATURE = "نویسنده : ; ساعت ۶:۴۰ ب.ظ روز ۱۴۰۲/۹/۱۸\n\n"


@pytest.mark.parametrize("mark", [" *** ", " * ", "\t", "   "])
def test_masnavi_one_couplet_a_line_is_no_title(mark: str) -> None:
    poem = "".join(HEMISTICHS[at] + mark + HEMISTICHS[at + 1] + "\n" for at in (0, 2, 4))
    article = parse_article(SIGNATURE + poem)
    assert article.title is None or "title-uncertain" in _codes(article)
    assert article.title is None or mark.strip() not in article.title


def test_headlines_parted_by_stars_are_no_poem_neg() -> None:
    # Near miss: lines of two headlines parted by stars, not rhyming within each line: the
    # rule leaves them (the record is then what the other rules give, as on main).
    lines = [
        "باغ گیاه شناسی شهر دوباره باز شد *** نمایشگاه گل های بهاری برپا شد",
        "کارگاه کاشت نهال برای کودکان برگزار شد *** بازار گل و گیاه به میدان شهر آمد",
        "جشن درختکاری در پارک محله برگزار شد *** مسابقه عکاسی از گل ها آغاز شد",
    ]
    article = parse_article("\n".join(lines) + "\n\n" + BODY + "\n")
    assert article.title in lines


# -- the copyright notice's rarer marks --------------------------------------------------------

# fix248's Blogfa page (tests/pages 2312's shape, tests/test_fix248.py), its notice's mark varied.


@pytest.mark.parametrize("mark", ["Ⓒ", "ⓒ", "（Ｃ）", "&copy;", "کپی رایت", "&copy; 2023"])
def test_rare_copyright_mark_names_the_blog(mark: str) -> None:
    article = parse_article(_blogfa(_FOOTER, copyright_line=f"{mark} {_NAME}"), url=_URL)
    assert article.title == "نخستین باران پاییز مبارک"


def test_copyright_words_naming_no_site_take_nothing_neg() -> None:
    # Near miss: «کپی رایت محفوظ است» names no blog: the rule has no evidence, the page reads
    # as with no notice (as on main).
    article = parse_article(_blogfa(_FOOTER, copyright_line="کپی رایت محفوظ است"), url=_URL)
    bare = parse_article(_blogfa(_FOOTER, copyright_line="ابزار وبمستر"), url=_URL)
    assert article.title == bare.title != "نخستین باران پاییز مبارک"
