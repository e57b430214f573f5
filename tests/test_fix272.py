"""fix272: what blind94 found (tests/pages 2450-2465). A year-like number between a news
collection's segment and the item's slug («/fa/news/1391/<slug>», shafaf.com, 2455) that the
page never prints: a year's folder as often as an item's ID, so it is warned; a Pashto
dateline «SITE (WEEKDAY، DAY سلواغه، YEARل)» opening a page with no headline line
(kabull.com, 2465): a dateline, never the title, and its date is the page's. Sentences are
ours."""

from __future__ import annotations

from jalali_meta import parse_article

BODY_FA = (
    "به گزارش خبرنگار ما ، بهای هر بند کاغذ تحریر در بازار چاپ در هفته‌های اخیر بالا رفته "
    "است و چاپخانه‌های کوچک از کمبود کاغذ گلایه دارند.\n"
    "یکی از فروشندگان گفت: اگر واردات کاغذ زودتر انجام نشود ، قیمت‌ها باز هم بالا می‌رود."
)
HEADLINE_FA = "افزایش بهای کاغذ تحریر در بازار چاپ"


def _codes(article: object) -> set[str]:
    return {w.code for w in article.warnings}  # type: ignore[attr-defined]


def test_year_like_segment_before_a_slug_never_printed_is_warned() -> None:
    text = f"{HEADLINE_FA}\n{BODY_FA}\n"
    for url in (
        "http://news.example/fa/news/1391/افزایش-بهای-کاغذ",
        "http://news.example/fa/news/2012/افزایش-بهای-کاغذ",
        "http://news.example/articles/1402/some-slug",
    ):
        article = parse_article(text, url=url)
        assert "number-year-like" in _codes(article), url


def test_year_like_id_the_page_prints_stays_unwarned() -> None:
    # The site prints the same number as the item's code: it is the ID (iraneconomist's
    # «/fa/news/2013/<slug>» with «کد خبر: ۲۰۱۳», tests/pages 013).
    text = f"{HEADLINE_FA}\nکد خبر: ۱۳۹۱\n{BODY_FA}\n"
    article = parse_article(text, url="http://news.example/fa/news/1391/افزایش-بهای-کاغذ")
    assert article.number == "1391"
    assert "number-year-like" not in _codes(article)


def test_near_misses_of_the_year_segment() -> None:
    text = f"{HEADLINE_FA}\n{BODY_FA}\n"
    # Not a year of the web (1500-1899, 2070, 1352): an item's ID, no doubt.
    for url, number in (
        ("http://news.example/fa/news/4218/افزایش-بهای-کاغذ", "4218"),
        ("http://news.example/fa/news/1657/افزایش-بهای-کاغذ", "1657"),
        ("http://news.example/fa/news/2070/افزایش-بهای-کاغذ", "2070"),
        ("http://news.example/fa/news/1352/افزایش-بهای-کاغذ", "1352"),
        ("http://news.example/fa/news/1127305/افزایش-بهای-کاغذ", "1127305"),
    ):
        article = parse_article(text, url=url)
        assert article.number == number
        assert "number-year-like" not in _codes(article), url
    # After a segment naming one item (not a collection): not doubted.
    article = parse_article(text, url="http://news.example/node/1391/slug")
    assert "number-year-like" not in _codes(article)


BODY_PS = (
    "د ولایت د ټرانسپورټ ریاست د ښار دننه د ټکسي موټرو لپاره د کرایې نوې نرخنامه اعلان "
    "کړه، چې د تېلو د بیې له ټیټېدو وروسته یې د ځینو لارو کرایه لږه شوې ده.\n"
    "د دې نرخنامې له مخې، د ښار دننه د یوې سیټې کرایه شل افغانۍ ټاکل شوې او چلوونکي "
    "باید نرخنامه د موټر په شیشه کې ولګوي."
)


def test_site_name_then_bracketed_pashto_date_is_a_dateline() -> None:
    for first in (
        "کابل ټکی کام (پنجشنبه، ۱۶ سلواغه، ۱۴۰۴ل)",
        "کابل ټکی کام (پنجشنبه، ۱۶ سلواغه، ۱۴۰۴)",
        "غزني نیوز (۱۶ سلواغه، ۱۴۰۴ل)",
    ):
        article = parse_article(f"{first}\n{BODY_PS}\n{BODY_PS}\n", url="https://x.example/?p=5")
        assert article.title is None, first
        assert article.published is not None
        assert article.published.jalali_date == (1404, 11, 16)


def test_near_misses_of_the_bracketed_dateline() -> None:
    # A headline of several words with a date in brackets stays a headline; a word after
    # the brackets makes the line no dateline either.
    for first in (
        "د غزني ولایت د ټکسي کرایې نوې نرخنامه (پنجشنبه، ۱۶ سلواغه، ۱۴۰۴ل)",
        "کابل ټکی کام (پنجشنبه، ۱۶ سلواغه، ۱۴۰۴ل) خبر",
    ):
        article = parse_article(f"{first}\n{BODY_PS}\n{BODY_PS}\n", url="https://x.example/?p=5")
        assert article.title == first
