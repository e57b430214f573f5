"""blind104's pages (fix309): labels, datelines and footers the batch showed unread.

- «دسته: NAME» (a post's category line, WordPress's post meta in Persian) under a headline
  is a header field, never the headline: greenvolunteers.ir's month archive of one post
  (tests/pages 2660) took it over the post's title;
- «نتایج جستجو تگ برای: NAME» (search results for the tag) opening a tag page served as a
  search (energyhorizon.ir, tests/pages 2663) names the tag's list, as «برچسب: NAME» does;
  a plain search's «نتایج جستجو برای: WORDS» names no list;
- a Tajik dateline with the agency's credit after a dash, «Бохтар, 14 октябр, 2025 – АИ
  «...».» (caravan-info.pro, tests/pages 2650/2651), dates the report;
- Blog.ir's post footer «۲ نظر ۰۷ مرداد ۹۳ ، ۱۸:۴۰» (a two-digit year) is read when the page
  prints the year in full (a month archive's counter «۱ مطلب در مرداد ۱۳۹۳ ثبت شده است»),
  warned two-digit-year; and the line above a counter of ONE post is the blog's, not the
  untitled post's (rijan.blog.ir, tests/pages 2667);
- at a tag's address, a headline right over one excerpt cut by the theme that ends the text
  is the only item's, even when it holds the tag's word (irannavgan.ir, tests/pages 2662).

The texts are written for this file; the shapes are the real pages' named above.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {notice.code for notice in article.warnings}


# -- «دسته: NAME» under a headline ---------------------------------------------------------

_NEST_BODY = (
    "گروه ما صبح پنجشنبه با ده جعبه چوبی که در کارگاه مدرسه ساخته بودیم به باغ ملی رفت و "
    "جعبه‌ها را روی درختان بلند کنار جوی آب نصب کرد تا پرستوها و سارها در بهار در آن‌ها "
    "لانه بسازند و جوجه‌هایشان از گزند گربه‌ها دور بمانند.\n\n"
    "پیش از نصب، یکی از اعضای باسابقه گروه درباره ارتفاع مناسب جعبه‌ها، جهت دریچه آن‌ها و "
    "فاصله‌شان از شاخه‌های نازک توضیح داد و قرار شد هر ماه یک نفر سری به آن‌ها بزند.\n\n"
    "از همه دوستانی که در ساختن و نصب جعبه‌ها کمک کردند سپاسگزاریم."
)


def test_category_line_under_a_headline_is_no_title() -> None:
    """A month archive of one post: the headline over «دسته: NAME» and the post's date."""
    text = (
        "گزارش برنامه زمستانی داوطلبان – بهمن ماه ۱۳۹۲\n\n"
        "دسته: گزارش برنامه‌ها\n\n۱۲ بهمن ماه ۱۳۹۲\n\nتوسط\n\n" + _NEST_BODY
    )
    article = jm.parse_article(text, url="http://example.ir/2014/02/")
    assert article.title == "گزارش برنامه زمستانی داوطلبان – بهمن ماه ۱۳۹۲"
    assert article.published is not None
    assert article.published.jalali_date == (1392, 11, 12)


def test_category_heading_opening_an_archive_still_names_it() -> None:
    """Near miss: «دسته: NAME» opening the page over posts is the category's archive."""
    text = (
        "دسته: گزارش برنامه‌ها\n\n"
        "گزارش ساخت جعبه‌های لانه برای پرستوها\n\n۱۲ بهمن ماه ۱۳۹۲\n\n"
        "گروه ما صبح پنجشنبه با ده جعبه چوبی به باغ ملی رفت و جعبه‌ها را نصب کرد ...\n\n"
        "گزارش پاکسازی ساحل رودخانه\n\n۲۸ دی ماه ۱۳۹۲\n\n"
        "بیست نفر از اعضای گروه کیسه‌های زباله را از کنار رودخانه جمع کردند و ...\n"
    )
    article = jm.parse_article(text, url="http://example.ir/category/reports/")
    assert article.title == "گزارش برنامه‌ها"
    assert article.published is None


# -- «نتایج جستجو تگ برای: NAME» -----------------------------------------------------------

_WIND_RESULT = (
    "نخستین مزرعه بادی کوچک استان در منجیل به شبکه سراسری وصل شد\n\n"
    "سه توربین دویست کیلوواتی این مزرعه که با سرمایه یک تعاونی روستایی ساخته شده است از هفته "
    "گذشته برق تولیدی خود را به شبکه می‌فروشند و درآمد آن میان اعضای تعاونی تقسیم می‌شود.\n"
)


def test_tag_search_heading_names_the_tag() -> None:
    """A tag page served as a search: the tag's name after the label is the title."""
    text = "نتایج جستجو تگ برای: مزرعه‌های بادی\n\n" + _WIND_RESULT
    for url in ("https://example.ir/Home/SearchTag?Searchtag=x", None):
        article = jm.parse_article(text, url=url)
        assert article.title == "مزرعه‌های بادی"
        assert article.published is None


def test_plain_search_heading_names_no_list() -> None:
    """Near miss: a plain search's «نتایج جستجو برای: WORDS» is not taken as a name."""
    text = "نتایج جستجو برای: مزرعه بادی منجیل\n\n" + _WIND_RESULT
    article = jm.parse_article(text)
    assert article.title != "مزرعه بادی منجیل"


# -- A Tajik dateline with the agency's credit after a dash --------------------------------

_TAJIK_HEADLINE = "Боғбонони ноҳияи Ашт ҳосили зардолуро пеш аз мӯҳлат ҷамъ карданд"
_TAJIK_REST = (
    "Боғбонони ноҳияи Ашт ҷамъоварии ҳосили зардолуро ду ҳафта пештар аз соли гузашта ба "
    "анҷом расониданд. Тибқи маълумоти мақомоти ноҳия, ба санаи 2 июл беш аз 12 ҳазор тонна "
    "зардолу ҷамъ оварда шудааст.\n\n"
    "Қисми зиёди ҳосил ба корхонаҳои коркарди мева супурда шуда, боқимонда ба бозорҳои дохилӣ "
    "фиристода мешавад."
)


def test_tajik_dateline_with_a_dash_credit_dates_the_report() -> None:
    """«Шаҳристон, 9 июл, 2024 – АИ «...».» opening the lead: the report's day."""
    text = f"{_TAJIK_HEADLINE}\n\nШаҳристон, 9 июл, 2024 – АИ «Хабарҳои Суғд». " + _TAJIK_REST
    article = jm.parse_article(text, url="https://example.tj/?p=5512")
    assert article.title == _TAJIK_HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-07-09"


def test_tajik_city_and_date_without_a_credit_is_not_read() -> None:
    """Near miss: a city, a date and a dash with no agency's credit after it stays text."""
    text = f"{_TAJIK_HEADLINE}\n\nШаҳристон, 9 июл, 2024 – боғбонон шод буданд. " + _TAJIK_REST
    article = jm.parse_article(text, url="https://example.tj/?p=5512")
    assert article.published is None


# -- Blog.ir's month archive of one untitled post ------------------------------------------

_BLOG_POST = (
    "پس از سه هفته کار داوطلبانه اهالی، دیواره کانال آب کشاورزی روستا بتن‌ریزی شد و آب "
    "بدون هدر رفتن به زمین‌های پایین‌دست رسید. دهیاری از همه کسانی که در تهیه مصالح کمک "
    "کردند تشکر می‌کند و فهرست هزینه‌ها را در مسجد روستا نصب کرده است.\n\n"
    "با سپاس از همراهی همه اهالی...\n\n"
)


def _blog_month(counter: str, footer: str, headline: str = "") -> str:
    return (
        "دهیاری روستای نمونه\n\n"
        "دهیاری روستای  نمونه\n"
        "طبقه بندی موضوعی\n\n"
        f"{counter}\n\n" + (f"{headline}\n\n" if headline else "") + _BLOG_POST + footer + "\n"
    )


def test_blog_month_archive_of_one_untitled_post() -> None:
    """The blog's name above the counter of one post, no headline: no title; the footer's
    two-digit year read from the counter's full year, warned."""
    text = _blog_month("۱ مطلب در شهریور ۱۳۹۴ ثبت شده است", "۳ نظر ۱۱ شهریور ۹۴ ، ۰۹:۲۵")
    for url in ("http://example.blog.ir/archive/1394/6/", None):
        article = jm.parse_article(text, url=url)
        assert article.title is None
        assert article.published is not None
        assert article.published.isoformat() == "2015-09-02T09:25:00+04:30"
        assert "two-digit-year" in _codes(article)


def test_blog_month_archive_of_one_titled_post_keeps_its_headline() -> None:
    """Near miss: the post's headline under the counter is the title."""
    headline = "بتن‌ریزی کانال آب کشاورزی روستا به پایان رسید"
    text = _blog_month("۱ مطلب در شهریور ۱۳۹۴ ثبت شده است", "۳ نظر ۱۱ شهریور ۹۴ ، ۰۹:۲۵", headline)
    article = jm.parse_article(text)
    assert article.title == headline


def test_two_digit_year_footer_without_the_full_year_is_not_read() -> None:
    """Near miss: no four-digit year printed anywhere: the footer's century is not guessed."""
    text = (
        "بتن‌ریزی کانال آب کشاورزی روستا به پایان رسید\n\n"
        + _BLOG_POST
        + "۳ نظر ۱۱ شهریور ۹۴ ، ۰۹:۲۵\n"
    )
    article = jm.parse_article(text)
    assert article.published is None


# -- A tag page's only item, its headline holding the tag's word ----------------------------

_TRAIN_TEASER = (
    "۱۴۰۳/۰۷/۰۲\n\n"
    "قطار حومه‌ای کرج کی دوباره راه می‌افتد؟\n\n"
    "به گزارش خبرنگار ما، معاون حمل و نقل شهرداری کرج درباره زمان راه‌اندازی دوباره خط "
    "حومه‌ای با اشاره به تعمیر واگن‌ها و نوسازی ایستگاه‌ها گفت: قرارداد خرید لوازم یدکی "
    "باید پیش از […]\n"
)


def test_tag_page_single_cut_teaser_holding_the_tag_word_gives_no_title() -> None:
    """«/tag/قطار/» over one teaser cut «[…]»: the list's only item, no title, no date."""
    article = jm.parse_article(
        _TRAIN_TEASER, url="https://example.ir/tag/%D9%82%D8%B7%D8%A7%D8%B1/"
    )
    assert article.title is None
    assert article.published is None
    assert "title-uncertain" in _codes(article)


def test_tag_page_single_whole_paragraph_keeps_its_headline() -> None:
    """Near miss: the paragraph under the headline is whole (no theme's cut): the headline
    holding the tag's word stays, doubted as a list's first item."""
    text = _TRAIN_TEASER.replace("باید پیش از […]", "امضا شده است.")
    article = jm.parse_article(text, url="https://example.ir/tag/%D9%82%D8%B7%D8%A7%D8%B1/")
    assert article.title == "قطار حومه‌ای کرج کی دوباره راه می‌افتد؟"
    assert "title-uncertain" in _codes(article)
