"""fix306: mut55's shapes (benchmarks/mut55_main_pages.py, docs/reliability.md «The
fifty-fifth round») read by general rules: (e) a bar-less menu of two items opening with a
site page's link («تماس با ما ورزش»), (d) teasers each under the same bullet, (f) teasers
quoting their speaker under the same lettered kicker, (g) a blog post's long subtitle under
its byline, (b) a kicker over a verb headline holding digits, (a) a view address's name of
four words. The sentences are ours."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from jalali_meta import parse_article

TEXT = (
    "کارگران شهرداری از صبح امروز برف خیابان های اصلی را پاک کردند و تا ظهر بیشتر راه های "
    "شهر باز شد و اتوبوس ها دوباره به راه افتادند.\n\n"
    "معاون شهردار گفت که برای کوچه های تنگ محله های قدیمی هم گروه های تازه ای به کار گرفته "
    "شده اند و تا فردا کار آن ها تمام می شود.\n"
)


def _codes(article: object) -> set[str]:
    return {warning.code for warning in article.warnings}  # type: ignore[attr-defined]


# (e) a menu of two items: a site page's link and one menu word.
@pytest.mark.parametrize("menu", ["تماس با ما ورزش", "درباره ما اخبار", "تماس با ما فرهنگی"])
def test_two_item_menu_opening_with_site_page_link_is_no_title(menu: str) -> None:
    article = parse_article(f"{menu}\n\n{TEXT}")
    assert article.title != menu


def test_two_item_menu_over_headline_leaves_headline() -> None:
    headline = "برف خیابان های اصلی شهر تا ظهر پاک شد"
    article = parse_article(f"تماس با ما ورزش\n\n{headline}\n\n{TEXT}")
    assert article.title == headline


def test_headline_opening_with_about_us_stays_title() -> None:
    # «درباره ما» followed by words no menu prints: a headline.
    headline = "درباره ما چه می گویند همسایگان"
    article = parse_article(f"{headline}\n\n{TEXT}")
    assert article.title == headline


# (d) teasers each under the same bullet or dash line.
TEASERS = (
    "۵ راه برای کم کردن مصرف آب در خانه",
    "گشتی در بازار ماهی فروشان بندر انزلی",
    "چرا درختان پاییز برگ هایشان را می ریزند",
    "نان سنگک در تنور های قدیمی محله",
)


@pytest.mark.parametrize("bullet", ["-", "•", "*", "–"])
def test_teasers_each_under_the_same_bullet_give_no_title(bullet: str) -> None:
    page = "".join(f"{bullet}\n{teaser}\n" for teaser in TEASERS) + TEXT
    article = parse_article(page)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_one_headline_under_a_bullet_stays_title() -> None:
    article = parse_article(f"•\n{TEASERS[1]}\n\n{TEXT}")
    assert article.title == TEASERS[1]
    assert "listing-page" not in _codes(article)


def test_bullets_over_label_lines_make_no_list() -> None:
    # A dash over each label line (attacks72's tax circular): no teasers, even with the
    # value long enough to read as a quote; a bullet heads no quoting teasers.
    page = (
        "-\nوضعیت اداره : همه شعبه ها از شنبه باز هستند\n-\nنشانی دفتر : خیابان امام کوچه "
        "سوم پلاک دوازده\n-\nمسئول پاسخگویی : کارشناس بخش مالیات مشاغل شهر\n\n" + TEXT
    )
    assert "listing-page" not in _codes(parse_article(page))


# (f) teasers quoting their speaker under the same lettered kicker.
QUOTES = (
    "رئیس هواشناسی: برف تا پایان هفته ادامه دارد",
    "فرماندار: مدرسه های روستاها فردا تعطیل است",
    "مدیر راهداری: گردنه حیران با زنجیر چرخ باز است",
)


@pytest.mark.parametrize("kicker", ["ویدیو", "گزارش تصویری"])
def test_quoting_teasers_under_the_same_kicker_give_no_title(kicker: str) -> None:
    page = "".join(f"{kicker}\n{teaser}\n" for teaser in QUOTES) + TEXT
    article = parse_article(page)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_kicker_over_short_label_lines_makes_no_list() -> None:
    # «منبع: ...» of two words is a label, no quote.
    page = "ویدیو\nمنبع: خبرگزاری محلی\nویدیو\nمنبع: روزنامه شهر\nویدیو\nمنبع: رادیو استان\n" + TEXT
    assert "listing-page" not in _codes(parse_article(page))


def test_quoting_headline_under_its_kicker_on_an_article_stays_title() -> None:
    article = parse_article(f"ویدیو\n{QUOTES[0]}\n\n{TEXT}")
    assert article.title == QUOTES[0]


# (g) a blog post's long subtitle under its byline.
BLOG = (
    "یادداشت های یک باغبان\nنوشته های کوتاه درباره باغچه های کوچک و گیاهان خانگی شهر\n"
    "گلدان های پنجره\nنوشته شده توسط مریم کاظمی\n"
    "چند گلدان شمعدانی و حسن یوسف که در یک زمستان سرد پشت پنجره آشپزخانه ماندند و با نور کم "
    "آفتاب دوباره گل دادند\n"
    "امسال زمستان سرد بود و گلدان ها را از بالکن به آشپزخانه آوردم و پشت پنجره گذاشتم تا کمی "
    "آفتاب بگیرند.\n"
    "در اسفند ماه شمعدانی ها دوباره گل دادند و حسن یوسف ها برگ های تازه و رنگی آوردند.\n"
)


def test_long_post_subtitle_under_byline_is_not_taken_silently() -> None:
    article = parse_article(BLOG)
    subtitle = BLOG.split("\n")[4]
    assert article.title != subtitle or "title-uncertain" in _codes(article)
    assert article.title == "گلدان های پنجره" or "title-uncertain" in _codes(article)


# (b) a kicker over a verb headline, either holding a digit.
@pytest.mark.parametrize(
    ("kicker", "headline"),
    [
        ("کتابخانه سیار روستای ولیک", "کتابخانه سیار از ۳ آبان به روستای ولیک میرود"),
        ("۴ کتابخانه سیار روستای ولیک", "۴ کتابخانه سیار از شنبه به روستای ولیک میروند"),
        ("کتابخانه سیار روستای ولیک", "کتابخانه سیار از شنبه به روستای ولیک میرود"),
    ],
)
def test_kicker_over_verb_headline_with_digits_is_doubted(kicker: str, headline: str) -> None:
    article = parse_article(f"{kicker}\n\n{headline}\n\n{TEXT}")
    assert "title-uncertain" in _codes(article)
    assert article.title != kicker


# (a) a view address «/PageInfo-NUMBER-<name>» whose name of four words is printed.
def test_view_address_with_a_four_word_name_gives_the_number() -> None:
    name = "ساعات کاری کتابخانه مرکزی"
    url = "http://shahr-example.ir/PageInfo-4127-" + quote(name.replace(" ", "-"))
    article = parse_article(f"{name}\n\n{TEXT}", url=url)
    assert article.number == "4127"


def test_view_address_with_a_three_word_name_gives_no_number() -> None:
    # Three words name a static page as often as an item («ساعات کاری کتابخانه»).
    name = "ساعات کاری کتابخانه"
    url = "http://shahr-example.ir/PageInfo-27-" + quote(name.replace(" ", "-"))
    article = parse_article(f"{name}\n\n{TEXT}", url=url)
    assert article.number is None
