"""Title rules found with the fourteenth blind batch (tests/pages 920-937) and page 860.

Each rule has a positive and a negative case; every positive case failed before its change.
"""

from __future__ import annotations

from tests.checks import warning_codes as _codes

import jalali_meta as jm

FIRST = "دانش‌آموزان را به کلاس برگردانیم"
SECOND = "وزارت زراعت چهل هزار تن گندم اصلاح‌شده میان دهقانان توزیع می‌کند"
FIRST_TEXT = (
    "بسته ماندن مکتب‌ها در چند ولسوالی به دلیل ناامنی، هزاران کودک را از درس دور کرده است. "
    "بزرگان محل می‌گویند اگر تا پایان تابستان راه‌حلی پیدا نشود، بازگشت آنان سال‌ها زمان خواهد برد."
)
SECOND_TEXT = (
    "سخنگوی وزارت زراعت و مالداری با نشر خبرنامه‌ای گفت که بذر اصلاح‌شده گندم در آستانه فصل "
    "کشت پاییزی در دوازده ولایت میان دهقانان نیازمند توزیع می‌شود و کارشناسان به آنان کمک می‌کنند."
)
TWO_POSTS = f"{FIRST}\n\n{FIRST_TEXT}\n\n{SECOND}\n\n{SECOND_TEXT}\n"
ONE_POST = f"{FIRST}\n\n{FIRST_TEXT}\n"


# -- a day archive's address over several posts doubts the first one (_article._address) ---


def test_jalali_day_archive_with_several_posts_warns_on_the_first_headline() -> None:
    # 926: «/1396/06/30/» lists that day's posts; the headline is the first post's.
    article = jm.parse_article(TWO_POSTS, url="http://www.example.af/1396/06/30/")
    assert "title-uncertain" in _codes(article)


def test_gregorian_day_archive_with_several_posts_warns_too() -> None:
    article = jm.parse_article(TWO_POSTS, url="https://www.example.tj/2019/03/11/")
    assert "title-uncertain" in _codes(article)


def test_day_archive_showing_one_post_keeps_its_headline_without_doubt() -> None:
    # One post alone on the day's archive is that post (pages 717, 725).
    article = jm.parse_article(ONE_POST, url="https://www.example.tj/2019/03/11/")
    assert article.title == FIRST
    assert "title-uncertain" not in _codes(article)


def test_posts_address_with_a_day_before_its_slug_is_no_archive() -> None:
    article = jm.parse_article(TWO_POSTS, url="https://www.example.tj/2019/03/11/post-slug/")
    assert article.title == FIRST
    assert "title-uncertain" not in _codes(article)


# -- a list's ?start= offset in the address doubts the headline (_article._address) --------


def test_list_offset_in_the_address_warns_on_the_headline() -> None:
    # 927: Joomla's category view at «?start=368»: the headline is an item's.
    article = jm.parse_article(ONE_POST, url="http://www.example.ir/es/136-es?start=368")
    assert "title-uncertain" in _codes(article)


def test_zero_offset_or_other_query_keeps_the_headline() -> None:
    for url in ("http://www.example.ir/es/136-es?start=0", "http://www.example.ir/es/136?id=368"):
        article = jm.parse_article(ONE_POST, url=url)
        assert article.title == FIRST
        assert "title-uncertain" not in _codes(article)


# -- an address's slug naming an unprinted headline doubts the chosen line (_article) ------

ROUNDUP = (
    "اجتماعی\n\n"
    "برکناری یک مدیر شهری در پی سخنان تند درباره خبرنگاران\n\n"
    "سخنان تند یکی از مدیران شهری درباره خبرنگاران محلی در نشست بررسی وضعیت سواحل، واکنش‌های "
    "گسترده‌ای در میان اهالی رسانه و کاربران فضای مجازی داشت و به برکناری او انجامید.\n"
)
ROUNDUP_HEADING = "برکناری یک مدیر شهری در پی سخنان تند درباره خبرنگاران"


def test_slug_of_another_headline_warns_on_the_printed_one() -> None:
    # 860: «/news/125149/حواشی-خبری-در-اولین-هفته-آذر» names the roundup; the page prints
    # only its first item's heading.
    url = "https://www.example.com/news/125149/حواشی-خبری-در-اولین-هفته-آذر"
    article = jm.parse_article(ROUNDUP, url=url)
    assert "title-uncertain" in _codes(article)


def test_slug_sharing_a_word_with_the_headline_keeps_it() -> None:
    # A slug worded otherwise but sharing a word with the headline speaks for it.
    url = "https://www.example.com/news/125149/برکناری-مدیر-پس-از-توهین-به-رسانه‌ها"
    article = jm.parse_article(ROUNDUP, url=url)
    assert article.title == ROUNDUP_HEADING
    assert "title-uncertain" not in _codes(article)


def test_short_slug_of_a_category_says_nothing() -> None:
    url = "https://www.example.com/news/125149/اخبار-استان"
    article = jm.parse_article(ROUNDUP, url=url)
    assert article.title == ROUNDUP_HEADING
    assert "title-uncertain" not in _codes(article)


# -- the slug rule on real pages' shapes (docs/slug_sample.md) ------------------------------

OTHER_ITEM = (
    "بنیاد سینمایی | در جشنواره فیلم کوتاه شهر؛\n"
    "«راه خانه» جایزه بهترین فیلم داستانی را گرفت\n"
    "روزنامه محلی | در سالگرد انتشار مطرح شد؛\n"
    "مدیر یک گروه رسانه‌ای گفت: روزنامه شهر در سه دهه گذشته روایتگر صبور رویدادهای استان "
    "بوده و باید در عرصه ملی هم شنیده شود.\n"
)


def test_slug_naming_an_unprinted_headline_doubts_another_items_line() -> None:
    # A page whose stored text keeps the box of another item above its own lead: the
    # address names the post's headline, which no line prints.
    url = "https://www.example.ir/fa/news/15266/روزنامه-شهر-روایتگر-صبور-رویدادهای-استان-است"
    article = jm.parse_article(OTHER_ITEM, url=url)
    assert "title-uncertain" in _codes(article)


CUT_SLUG_PAGE = (
    "بهترین شهرهای ساحلی کشور از نگاه مسافران\n"
    "هر سال مسافران بسیاری برای دیدن ساحل و بازارهای محلی به شهرهای جنوبی سفر می‌کنند و "
    "برخی از این شهرها در نظرسنجی‌ها جایگاه نخست را دارند.\n"
)


def test_slug_cut_mid_word_keeps_the_printed_headline() -> None:
    # Permalink plugins cut a long slug mid-word («...-از-نگاه-مس»): the words it keeps
    # are the headline's, so the printed line stays the title without doubt.
    url = "https://www.example.ir/263280/بهترین-شهرهای-ساحلی-کشور-از-نگاه-مس"
    article = jm.parse_article(CUT_SLUG_PAGE, url=url)
    assert article.title == "بهترین شهرهای ساحلی کشور از نگاه مسافران"
    assert "title-uncertain" not in _codes(article)


# -- a Markdown «# Tags» heading is no headline (_article, Markdown headings) ---------------

TAJIK = "Донишҷӯёни як хобгоҳ дар Хуҷанд ба хонаҳояшон фиристода мешаванд"
TAJIK_TEXT = (
    "Маъмурияти донишгоҳ ба донишҷӯёне, ки дар хобгоҳи Хуҷанд зиндагӣ мекунанд, хабар додааст, "
    "ки бино барои истифодаи дигар лозим аст ва онҳо бояд то шом ашёи худро ҷамъ кунанд.\n"
)


def test_markdown_tags_heading_is_not_the_title() -> None:
    # 928: «# Tags» over the category's hashtag, then the headline.
    article = jm.parse_article(f"# Tags\n#Хабарҳо\n\n{TAJIK}\n\n{TAJIK_TEXT}")
    assert article.title == TAJIK


def test_markdown_headline_heading_is_still_the_title() -> None:
    article = jm.parse_article(f"Хабарҳо\n\n# {TAJIK}\n\n{TAJIK_TEXT}")
    assert article.title == TAJIK


# -- a line right under a record's field label alone is the field's value (_article) -------

NAME = "نوروزی عبدالحسین"
DEFINITION = (
    "روزنامه‌نگار و مترجم، مدیر یکی از نخستین چاپخانه‌های تبریز، نماینده دوره ششم مجلس شورای ملی"
)
ENTRY = (
    "نوروزی، عبدالحسین ، روزنامه‌نگار و مترجم، مدیر یکی از نخستین چاپخانه‌های تبریز. پدرش از "
    "بازرگانان تبریز بود و او در جوانی به چاپ کتاب و روزنامه روی آورد و چند کتاب ترجمه کرد.\n"
)


def test_line_under_a_definition_label_is_not_the_title() -> None:
    # 929: «معرف» (definition) over the entry's one-line description, then «متن».
    article = jm.parse_article(f"{NAME}\n\nمعرف\n\n{DEFINITION}\nمتن\n{ENTRY}")
    assert article.title == NAME


def test_headline_over_a_field_label_stays_the_title() -> None:
    # The label under the headline («چکیده» over a paper's abstract): the line over it is the
    # headline; only the line under a label is the field's value.
    headline = "ترجمه تازه‌ای از سفرنامه یک بازرگان تبریزی منتشر شد"
    article = jm.parse_article(f"{headline}\n\nچکیده\n\n{ENTRY}")
    assert article.title == headline


# -- a short <title> that the list's address spells names the list (_html, _article) -------

TAG_PAGE = (
    "<html><head><title>فرهنگ</title></head><body>"
    "<div class='item'><div class='date'>دوشنبه, 12 فروردين 1398 14:36</div>"
    f"<p>{FIRST_TEXT}</p></div>"
    "<div class='item'><div class='date'>جمعه, 09 فروردين 1398 13:39</div>"
    f"<p>{SECOND_TEXT}</p></div></body></html>"
)


def test_title_tag_spelled_by_the_tag_address_names_the_list() -> None:
    # 934: Joomla's tag view «/tag/فرهنگ?start=32» with «<title>فرهنگ</title>».
    url = "http://www.example.com/site/tag/%D9%81%D8%B1%D9%87%D9%86%DA%AF?start=32"
    article = jm.parse_html(TAG_PAGE, url=url)
    assert article.title == "فرهنگ"
    assert "listing-page" in _codes(article)


def test_short_title_tag_at_another_tags_address_gives_no_title() -> None:
    # The <title> is not the tag the address names: a site's name, no title.
    url = "http://www.example.com/site/tag/%D9%87%D9%86%D8%B1?start=32"
    article = jm.parse_html(TAG_PAGE, url=url)
    assert article.title is None
