"""fix212: a site's home page read as a list (blind77, tests/pages 2120-2129).

A home address («http://host/», «/index.php», «/fa/», no query) over a front page's items names
no article: no title, no date, a ``listing-page`` warning. Its <h1> (a featured item's headline)
and a tab's label over its news are no title either; a skip link is chrome. The near misses keep
their records: the same text at an item's address, an item printing its own labelled ID at a home
address, and a blog's root on a blog platform showing one post. Page structures follow
bloghnews.com's and andoz.tj's front pages (tests/pages 2120, 2121, 2128); the sentences are
our own.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

# bloghnews.com's front page shape (tests/pages 2120): link bar, today banner, menu, then items,
# each a kicker ending with a colon, a headline and a one-paragraph abstract.
_FRONT = """خبرنامه
ارتباط با ما
آرشیو
سه‌شنبه ۱۴ فروردین ۱۴۰۲
صفحه نخست
شهرستانها
فرهنگ
ورزشی
مدیر آموزش و پرورش گرگان:
بازگشایی مدارس گرگان پس از تعطیلات نوروزی از شنبه آینده
مدیر آموزش و پرورش گرگان گفت: کلاس‌های درس از شنبه آینده طبق برنامه برگزار می‌شود و خانواده‌ها باید کتاب‌ها و لوازم دانش‌آموزان را پیش از آن آماده کنند تا روز اول بدون مشکل بگذرد.
رئیس اداره راهداری گلستان:
تردد در محور گرگان به مشهد روان است
رئیس اداره راهداری گلستان با بیان اینکه بارش باران در گردنه‌ها ادامه دارد، گفت: رانندگان با سرعت مطمئن حرکت کنند و پیش از سفر از وضعیت جاده‌ها در سامانه راهداری خبر بگیرند.
فرماندار کردکوی:
کاشت نهال در حاشیه رودخانه کردکوی آغاز شد
فرماندار کردکوی از کاشت دو هزار نهال در حاشیه رودخانه این شهر خبر داد و افزود: داوطلبان محلی و دانش‌آموزان در این طرح همکاری دارند و نگهداری نهال‌ها با شهرداری خواهد بود.
"""

_HEADLINE = "بازگشایی مدارس گرگان پس از تعطیلات نوروزی از شنبه آینده"


@pytest.mark.parametrize(
    "url",
    [
        "http://www.golestan-news.ir/",
        "http://www.golestan-news.ir",
        "http://www.golestan-news.ir/index.php",
        "http://www.golestan-news.ir/fa/",
        "http://www.golestan-news.ir/default.aspx",
    ],
)
def test_home_address_over_front_page_gives_no_title_and_warns_listing(url: str) -> None:
    """A home address over a front page's items: no title, no date, a listing-page warning."""
    article = jm.parse_article(_FRONT, url=url)
    assert article.title is None
    assert article.published is None
    assert "listing-page" in warning_codes(article)


def test_item_address_keeps_the_front_page_text_as_before_neg() -> None:
    """Near miss: the same text at an item's address is not read as a home page."""
    article = jm.parse_article(_FRONT, url="http://www.golestan-news.ir/fa/news/48213/")
    assert article.title == _HEADLINE


def test_home_address_with_a_query_naming_an_item_is_no_home_page_neg() -> None:
    """Near miss: «/index.php?id=...» names an item, not the home page."""
    article = jm.parse_article(_FRONT, url="http://www.golestan-news.ir/index.php?newsid=48213")
    assert "listing-page" not in warning_codes(article)


# A site's item printing its own header (ict.gov.ir's news page shape, tests/pages 100) whose
# address is the site's root: the item's labelled ID says the page is that item.
_ITEM = """دیدار وزیر با هیئت تجاری ارمنستان در تهران

شماره :
61942
آخرین به روزرسانی :
دوشنبه 1402/08/15 ساعت 11:20
دسته بندی

دیدار وزیر با هیئت تجاری ارمنستان در تهران

وزیر در دیدار با هیئت تجاری ارمنستان بر گسترش همکاری دو کشور در زمینه خدمات پستی و اقتصاد دیجیتال تاکید کرد و گفت: کارگروه مشترک دو کشور تا پایان سال برنامه اجرایی را آماده می‌کند.
"""


def test_item_with_its_labelled_id_at_a_home_address_keeps_its_record_neg() -> None:
    """Near miss: an item's labelled ID at a home address: the page is that item."""
    article = jm.parse_article(_ITEM, url="https://www.ict-example.ir/")
    assert article.title == "دیدار وزیر با هیئت تجاری ارمنستان در تهران"
    assert article.number == "61942"
    assert article.updated is not None
    assert article.updated.jalali_date == (1402, 8, 15)


# A blog's root on a blog platform showing one post (tests/pages 153's shape): the post.
_BLOG = """سنگ‌نوشته‌های کوهستان
یادداشت‌های یک معلم روستا

بهار در دره پامیر

برف کوه‌ها آب می‌شود و رودخانه دوباره پرآب شده است؛ بچه‌های روستا صبح‌ها پیش از مدرسه گوسفندها را به دامنه می‌برند و عصرها در کنار رود بازی می‌کنند تا آفتاب پشت کوه پنهان شود.
"""


def test_blog_root_on_a_blog_platform_is_not_read_as_a_site_home_neg() -> None:
    """Near miss: a blog platform's blog root keeps main's record (no listing-page)."""
    article = jm.parse_article(_BLOG, url="http://pamir-note.blogfa.com/")
    assert "listing-page" not in warning_codes(article)


# bloghnews.com's HTML front page shape (tests/pages 2121): its <h1> is the featured item's.
_HTML = f"""<html><head><title>پایگاه خبری گلستان</title>
<meta property="og:type" content="website"></head><body>
<div class="today">سه‌شنبه ۱۴ فروردین ۱۴۰۲</div>
<ul><li>صفحه نخست</li><li>فرهنگ</li><li>ورزشی</li></ul>
<div class="featured"><div class="kicker">مدیر آموزش و پرورش گرگان:</div>
<h1><a href="/fa/doc/news/48213/">{_HEADLINE}</a></h1>
<p>مدیر آموزش و پرورش گرگان گفت: کلاس‌های درس از شنبه آینده طبق برنامه برگزار می‌شود و خانواده‌ها باید کتاب‌ها و لوازم دانش‌آموزان را پیش از آن آماده کنند.</p></div>
<h3><a href="/fa/doc/news/48214/">تردد در محور گرگان به مشهد روان است</a></h3>
<p>رئیس اداره راهداری گلستان گفت: رانندگان با سرعت مطمئن حرکت کنند و پیش از سفر از وضعیت جاده‌ها خبر بگیرند.</p>
<h3><a href="/fa/doc/news/48215/">کاشت نهال در حاشیه رودخانه کردکوی آغاز شد</a></h3>
<p>فرماندار کردکوی از کاشت دو هزار نهال در حاشیه رودخانه این شهر خبر داد و افزود: داوطلبان محلی در این طرح همکاری دارند.</p>
</body></html>"""


def test_home_page_h1_of_a_featured_item_is_no_title() -> None:
    """A home page's <h1> holding the featured item's headline is not the page's title."""
    article = jm.parse_html(_HTML.encode(), url="http://www.golestan-news.ir/")
    assert article.title is None
    assert "listing-page" in warning_codes(article)


def test_h1_at_an_item_address_stays_the_title_neg() -> None:
    """Near miss: the same <h1> at an item's address is the item's headline."""
    article = jm.parse_html(_HTML.encode(), url="http://www.golestan-news.ir/fa/doc/news/48213/")
    assert article.title == _HEADLINE


# andoz.tj's front page shape (tests/pages 2128): tabs' labels over dated news items.
_TABS = """Кумитаи андоз
Асосӣ
Дар бораи Кумита
Қонунгузорӣ
Эълонҳо
Хабарҳо
Мизи мудаввар бо соҳибкорони шаҳри Хуҷанд баргузор гардид
12 Апр 2023, 10:15
Дар шаҳри Хуҷанд мизи мудаввар бо иштироки соҳибкорон ва кормандони раёсати андоз доир шуд ва саволҳои соҳибкорон оид ба ҳисоботдиҳии электронӣ баррасӣ гардиданд.
Семинар оид ба ҳисоботи электронӣ дар Бохтар
11 Апр 2023, 14:30
Дар шаҳри Бохтар барои соҳибкорони хурд семинари омӯзишӣ оид ба пешниҳоди ҳисоботи электронӣ гузаронида шуд ва ба саволҳои иштирокчиён ҷавоб дода шуд.
"""


def test_home_page_tab_label_over_its_news_is_no_title() -> None:
    """A tab's label over a home page's dated news is not the page's name."""
    article = jm.parse_article(_TABS, url="http://andoz-example.tj/")
    assert article.title is None
    assert article.published is None
    assert "listing-page" in warning_codes(article)


_PARAGRAPH = (
    "کتابخانه عمومی تازه نجف‌آباد با بیست هزار جلد کتاب و سالن مطالعه ویژه نوجوانان روز گذشته "
    "افتتاح شد و مسئولان شهر گفتند ساعت کار آن در تابستان تا ده شب ادامه دارد."
)


@pytest.mark.parametrize("skip", ["انتقال به محتوای اصلی", "Toggle navigation"])
def test_skip_link_and_menu_button_text_are_never_the_title(skip: str) -> None:
    """A skip link's or a collapsed menu button's text over a page's text is not its title
    (abfaesfahan.ir's Drupal skip link, vatanlink.com's Bootstrap button: tests/pages 2124,
    2126)."""
    article = jm.parse_article(f"{skip}\n\n{_PARAGRAPH}\n")
    assert article.title != skip


@pytest.mark.parametrize("skip", ["انتقال به محتوای اصلی", "Toggle navigation"])
def test_headline_under_a_skip_link_stays_the_title_neg(skip: str) -> None:
    """Near miss: the headline under a skip link is the title, as before."""
    headline = "افتتاح کتابخانه عمومی تازه در شهر نجف‌آباد"
    article = jm.parse_article(f"{skip}\n\n{headline}\n\n{_PARAGRAPH}\n")
    assert article.title == headline
