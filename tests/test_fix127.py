"""fix127: findings of the thirtieth real sample (real41).

1. A provincial newspaper's article page prints, between its headline printed twice, a line
   naming the print page it ran on and the paper's issue number («منتشر شده در صفحه ... |
   شماره N»): the issue number was the item's number in both modes, and with the address it
   was preferred to the item's ID in `/articlerelation/ID` (#7).
2. A web-digest site's copy of a blog post opens with one line holding the blog's handle, its
   web address, a Jalali day and a comment count: the line was the title and its day was not
   read (#17).
3. A cooking guide opens with its long introduction, then a section heading, one sentence
   ending with a colon and a table's rows: the section heading was the title with no warning
   (#22); it is now doubted (the same shape is a headline under a site's summary as often).
4. A blog platform's post permalink `/p/ID/<slug>` gave no number (#16).
Page texts below are written for these tests (layouts from k-vatan.ir, ghatar.com,
ideachef.ir and o.niloblog.com).
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

# 1. A newspaper's print page and issue number on one line.

_PAPER_HEAD = "آغاز برداشت زعفران در مزارع قائنات"
_PAPER_BODY = (
    "مدیر جهاد کشاورزی شهرستان با اعلام آغاز برداشت زعفران از مزارع این شهرستان گفت امسال "
    "پیش بینی می شود بیش از بیست تن زعفران از سطح شش هزار هکتار برداشت شود.\n"
    "او افزود: سرمای بهاره بخشی از محصول را از بین برد، اما بارش های پاییزی به کمک "
    "کشاورزان آمد و کیفیت گل ها بهتر از سال گذشته است.\n"
)
_PAPER_URL = "https://paper-example.ir/daily/articlerelation/48216"


def _paper_page(issue_line: str) -> str:
    return f"{_PAPER_HEAD}\n\n{issue_line}\n\n{_PAPER_HEAD}\n{_PAPER_BODY}"


@pytest.mark.parametrize(
    "issue_line",
    [
        "منتشر شده در صفحه صفحه نخست | شماره 2417",
        "منتشر شده در صفحه اقتصادی | شماره ۲۴۱۷",
        "صفحه 3 | شماره 2417",
        "روزنامه کویر | شماره 2417",
        "نسخه چاپی | شماره 2417",
    ],
)
def test_issue_number_beside_print_page_is_no_item_number(issue_line: str) -> None:
    alone = jm.parse_article(_paper_page(issue_line))
    assert alone.title == _PAPER_HEAD
    assert alone.number is None
    assert alone.issue == "2417"
    with_url = jm.parse_article(_paper_page(issue_line), url=_PAPER_URL)
    assert with_url.number == "48216"
    assert with_url.issue == "2417"


@pytest.mark.parametrize(
    "number_line",
    [
        # a plain «شماره» header (the seed's), and one beside a home link, not a print page
        "شماره : 43222",
        "شماره : 43222 | صفحه اصلی",
        # «شماره خبر» is the item's own label, whatever shares its line
        "شماره خبر: 43222 | صفحه 3",
    ],
)
def test_item_number_label_stays_neg(number_line: str) -> None:
    alone = jm.parse_article(_paper_page(number_line))
    assert alone.number == "43222"
    assert alone.issue is None


def test_print_page_words_in_running_text_neg() -> None:
    # a paragraph naming a page and a number is running text, not an issue line
    line = (
        "به گزارش روزنامه محلی که در صفحه سوم خود منتشر کرد، شماره 2417 سامانه پیامکی "
        "برای ثبت درخواست کشاورزان فعال شده است و کشاورزان می توانند از امروز درخواست "
        "خود را برای دریافت کود و بذر از این راه ثبت کنند."
    )
    alone = jm.parse_article(_paper_page(line))
    assert alone.issue is None


# 2. A re-publisher's byline line: handle, blog address, day, comment count.

_POST_BODY = (
    "جشنواره امسال با نمایش فیلم هایی به پایان رسید که بیشترشان به پای آثار سال گذشته "
    "نمی رسیدند و تماشاگران در سالن ها کمتر از همیشه به وجد آمدند.\n"
    "به نظر من بهترین فیلم امسال اثری بود که با کمترین امکانات ساخته شد و داستانی ساده و "
    "روان داشت و بازیگرانش بی ادعا بازی کردند.\n\n"
    "جوایز در شب پایانی به برگزیدگان رسید و نگاه ها به دوره بعد دوخته شد.\n"
)
_DIGEST_URL = "https://www.digest-example.com/52071/%d9%86%da%af%d8%a7%d9%87/"


@pytest.mark.parametrize(
    "byline",
    [
        "cinema_notes cinemanotes.blogfa.com ۱۲ اسفند ۱۳۸۸ دیدگاه ۷",
        "cinemanotes www.cinemanotes.ir ۱۲ اسفند ۱۳۸۸ ۷ نظر",
    ],
)
@pytest.mark.parametrize("url", [_DIGEST_URL, None])
def test_address_date_comment_line_is_a_byline(byline: str, url: str | None) -> None:
    article = jm.parse_article(f"{byline}\n\n{_POST_BODY}", url=url)
    assert article.title is None
    assert article.published is not None
    assert article.published.gregorian == dt.date(2010, 3, 3)


@pytest.mark.parametrize(
    "line",
    [
        # a headline naming a site and a date, no comment count
        "سایت cinemanotes.ir از ۱۲ اسفند ۱۳۸۸ تعطیل شد",
        # a headline with a count of opinions but no web address
        "نتیجه ۷ نظر سنجی درباره جشنواره ۱۲ اسفند ۱۳۸۸ اعلام شد",
    ],
)
def test_headline_with_address_or_count_alone_stays_neg(line: str) -> None:
    article = jm.parse_article(f"{line}\n\n{_POST_BODY}")
    assert article.title == line


# 3. A section heading over a table's or a list's rows, under the opening paragraph.

_GUIDE_INTRO = (
    "کوفته تبریزی یکی از غذاهای مشهور آذربایجان است که با گوشت چرخ کرده، لپه، برنج و سبزی "
    "معطر درست می شود و در مهمانی ها جای ویژه ای دارد. در این راهنما مراحل پخت آن را برای "
    "شش نفر گام به گام توضیح می دهیم تا حتی اگر تازه کار باشید بتوانید آن را بپزید. این غذا "
    "با وجود ظاهر ساده اش حوصله می خواهد و هر مرحله آن نکته ای دارد."
)
_GUIDE_HEAD = "زمان پخت کوفته تبریزی برای 6 نفر"
_GUIDE_INTRO_ROWS = (
    "پخت کوفته کمی حوصله می خواهد. جدول زیر زمان تقریبی هر مرحله از کار را برای شش نفر نشان می دهد:"
)
_GUIDE_TABLE = (
    "مرحله | زمان | توضیح |\n"
    "خیساندن لپه | 2 ساعت | لپه را از شب قبل در آب بخیسانید و آب آن را عوض کنید. |\n"
    "پخت برنج | 20 دقیقه | برنج را با کمی نمک نیم پز کنید تا دانه ها باز نشوند. |\n"
)
_GUIDE_LIST = "- خیساندن لپه: 2 ساعت\n- پخت برنج: 20 دقیقه\n- شکل دادن: 30 دقیقه\n"
_GUIDE_URL = "https://chef-example.ir/iranian-foods/%da%a9%d9%88%d9%81%d8%aa%d9%87"


@pytest.mark.parametrize("rows", [_GUIDE_TABLE, _GUIDE_LIST])
@pytest.mark.parametrize("url", [_GUIDE_URL, None])
def test_heading_over_rows_under_opening_paragraph_is_doubted(rows: str, url: str | None) -> None:
    text = f"{_GUIDE_INTRO}\n{_GUIDE_HEAD}\n{_GUIDE_INTRO_ROWS}\n{rows}"
    article = jm.parse_article(text, url=url)
    assert article.title is None or "title-uncertain" in {w.code for w in article.warnings}


def test_headline_over_guide_with_rows_stays_neg() -> None:
    # the same heading printed over the introduction is the page's headline, not doubted
    text = f"{_GUIDE_HEAD}\n{_GUIDE_INTRO}\n{_GUIDE_INTRO_ROWS}\n{_GUIDE_TABLE}"
    article = jm.parse_article(text)
    assert article.title == _GUIDE_HEAD
    assert "title-uncertain" not in {w.code for w in article.warnings}


# 4. A blog platform's post permalink.


def test_post_permalink_after_p_gives_the_number() -> None:
    text = (
        "ستاره های غایب جشنواره تئاتر امسال\n\nساخت وبلاگ\n"
        "جای خالی برخی از بازیگران نام آشنا در جشنواره امسال به چشم می آید و علاقه مندان "
        "تئاتر در سالن ها سراغ آنها را می گیرند. به گزارش خبرگزاری ها، امسال چند بازیگر "
        "مشهور در هیچ نمایشی حضور ندارند.\n"
    )
    article = jm.parse_article(text, url="http://blog-example.niloblog.com/p/6120/ستاره-جشنواره")
    assert article.number == "6120"


@pytest.mark.parametrize(
    "url",
    [
        "http://news-example.ir/news/p/2/slug-a",  # «p» deeper in the path: a list's page
        "http://blog-example.com/p/1402/slug",  # a year
        "http://blog-example.com/p/6120",  # no slug after the number
    ],
)
def test_p_segment_elsewhere_gives_no_number_neg(url: str) -> None:
    text = (
        "جای خالی برخی از بازیگران نام آشنا در جشنواره امسال به چشم می آید و علاقه مندان "
        "تئاتر در سالن ها سراغ آنها را می گیرند.\n"
    )
    assert jm.parse_article(text, url=url).number is None


# Mutation round 32 (benchmarks/hand_mutants_32.py).


@pytest.mark.parametrize("url", [_GUIDE_URL, None])
def test_heading_printed_twice_over_rows_is_doubted(url: str | None) -> None:
    # The heading's second print between it and the colon sentence: still doubted.
    text = f"{_GUIDE_INTRO}\n{_GUIDE_HEAD}\n{_GUIDE_HEAD}\n{_GUIDE_INTRO_ROWS}\n{_GUIDE_TABLE}"
    article = jm.parse_article(text, url=url)
    assert article.title is None or "title-uncertain" in {w.code for w in article.warnings}


@pytest.mark.parametrize(
    "url", ["http://blog-example.com/p/6120/1-2", "http://blog-example.com/p/6120/۱۲"]
)
def test_p_segment_before_a_slug_without_letters_neg(url: str) -> None:
    # Digits after the number spell no post's title: no number.
    text = (
        "جای خالی برخی از بازیگران نام آشنا در جشنواره امسال به چشم می آید و علاقه مندان "
        "تئاتر در سالن ها سراغ آنها را می گیرند.\n"
    )
    assert jm.parse_article(text, url=url).number is None
