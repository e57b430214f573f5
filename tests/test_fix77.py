"""fix77: real25's missing numbers and date.

The address shapes are real sites' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number

BODY = (
    "شورای شهر در نشست دیروز خود طرح تازه ساماندهی حمل و نقل عمومی را بررسی کرد و "
    "اعضای شورا درباره هزینه‌های آن به گفت‌وگو پرداختند.\n\n"
    "به گفته رئیس شورا این طرح پس از بررسی کارشناسان در ماه آینده به اجرا درمی‌آید.\n"
)

# -- 1. An item key as a path segment, its value in the next one --


@pytest.mark.parametrize(
    ("url", "number"),
    [
        # DNN's article view (khorasanbar.com, tests/pages 1260): the module's «mid» is not read.
        ("https://bar.example.ir/Home/ctl/ArticleView/mid/543/articleId/2290/slug-of-it", "2290"),
        ("https://bar.example.ir/Home/ctl/ArticleView/articleId/2290/mid/543/", "2290"),
        # A DNN blog's post (chrishammond.com, ifinity.com.au).
        ("https://blog.example.com/blog/itemid/3178/how-to-upgrade-ubuntu-2204", "3178"),
        ("https://blog.example.com/Blog/EntryId/36/An-open-letter", "36"),
        ("https://x.example.ir/fa/newsid/77/", "77"),
        # Seagull's article view (iamg.org; hekanetworks.com with a static page's «staticId»).
        ("https://x.example.org/index.php/publisher/articleview/frmArticleID/115", "115"),
        (
            "https://x.example.com/index.php/publisher/articleview/frmArticleID/25/staticId/31/",
            "25",
        ),
        # Seagull's session key before the path's rest (iccimguil.ir).
        (
            "http://x.example.ir/index.php/publisher/articleview/action/view/"
            "?ZPISESSID=bu96p1m0&/1/frmArticleID/1290/",
            "1290",
        ),
    ],
)
def test_an_item_key_in_the_path_gives_the_value_after_it(url: str, number: str) -> None:
    assert url_number(url) == number
    assert jm.parse_article(f"طرح تازه حمل و نقل شهری\n\n{BODY}", url=url).number == number


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example.ir/news/page/2/",  # a list's page
        "https://bar.example.ir/Home/ctl/ArticleView/mid/543/",  # a module's number only
        "https://bar.example.ir/Home/tabid/55/Default.aspx",  # a tab's
        "https://x.example.ir/itemid/09121234567",  # a phone, not an ID
        "https://x.example.ir/articleId/12/newsId/13/",  # two keys, two values: a doubt
        "https://x.example.ir/articleId/slug-of-it/",  # no digits after the key
    ],
)
def test_no_item_key_in_the_path_gives_no_number_from_it(url: str) -> None:
    assert url_number(url) is None


def test_a_year_then_an_id_is_read_as_before() -> None:
    assert url_number("https://x.example.ir/news/1399/12345/") == "12345"


# -- 2. A one-word date label glued to the author's name (91.98.46.102:1000/Rooznegar.aspx) --

SITE = "بنیاد پژوهش‌های فرهنگی"
HEAD = "پیشینه صنعت کاغذ در ایران"


def _published(line: str) -> tuple[int, int, int] | None:
    article = jm.parse_article(f"{SITE}\n{HEAD}\n\n{line}\n\n{HEAD}\n\n{BODY}")
    return article.published.jalali_date if article.published is not None else None


@pytest.mark.parametrize("label", ["تاريخ", "تاریخ"])
def test_a_date_label_glued_to_the_author_name_opens_the_date(label: str) -> None:
    line = f"نويسنده : دکتر علی رضایی نیا{label}: چهارشنبه 11 شهریور 1394"
    article = jm.parse_article(f"{SITE}\n{HEAD}\n\n{line}\n\n{HEAD}\n\n{BODY}")
    assert article.published is not None
    assert article.published.jalali_date == (1394, 6, 11)
    assert article.author == "دکتر علی رضایی نیا"


@pytest.mark.parametrize(
    "line",
    [
        # A word ending in the label's letters inside a sentence: more words after the date.
        "نويسنده : علی رضایی همایش پیشاتاریخ: 11 شهریور 1394 در تهران برگزار شد",
        "همایش پیشاتاریخ: 11 شهریور 1394 در تهران برگزار شد",
        # «زمان» ends «سازمان»: a four-letter label is never read glued.
        "نويسنده : علی رضایی سازمان: 11 شهریور 1394",
        # No author's label before it (a link's «کلیک کنید» run into «تاریخ»).
        "منبع : ایرنا لینک خبر : اینجا کلیک کنیدتاریخ: 11 شهریور 1394",
        # ... and no label at all on the line (mut22).
        "برای دیدن فیلم اینجا کلیک کنیدتاریخ: 11 شهریور 1394",
        # No full date after the colon.
        "نويسنده : علی رضایی پیشاتاریخ: شهریور 1394",
    ],
)
def test_a_word_ending_in_a_date_label_is_no_label(line: str) -> None:
    assert _published(line) is None


# -- 3. WordPress's post ID before the day's date path (armaneghtesadi.ir) --


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example.ir/146813/1397/01/27/%d8%a8%d8%b1%d9%82-%d8%a7%d9%84%d8%a8%d8%b1%d8%b2/",
        "http://news.example.ir/146813/1397/01/27/",
        "http://blog.example.fr/index.php/146813/2019/01/27/un-billet/",
    ],
)
def test_an_id_before_a_day_path_is_the_number(url: str) -> None:
    assert url_number(url) == "146813"
    assert jm.parse_article(f"طرح تازه حمل و نقل شهری\n\n{BODY}", url=url).number == "146813"


@pytest.mark.parametrize(
    "url",
    [
        "http://persian.example.cn/921/2020/11/07/165s190291.htm",  # a section's short number
        "http://news.example.ir/146813/1397/01/",  # no day: a month's archive under a number
        "http://news.example.ir/146813/1397/13/27/a-post/",  # no month 13: no date path
        "http://news.example.ir/09121234567/1397/01/27/a-post/",  # a phone
        "http://news.example.ir/146813/1397/01/27/a-post/2/",  # more after the slug
        "http://news.example.ir/014681/1397/01/27/a-post/",  # a leading zero (mut22)
        "http://news.example.ir/13970127/1397/01/27/a-post/",  # the day's own date code
    ],
)
def test_no_id_before_a_day_path(url: str) -> None:
    assert url_number(url) is None


def test_a_year_path_then_an_id_is_still_the_id() -> None:
    assert url_number("http://news.example.ir/1397/01/27/146813/") == "146813"
