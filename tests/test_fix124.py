"""fix124: findings of the twenty-ninth real sample (real40).

1. A statistics page opening with bulleted «LABEL: VALUE» metadata items (the agency the
   table is adapted from, its source, the year it was made) over the table's numbered
   heading: the first item was the title (#21). Its Joomla address `/index.php/<menu>/
   554-17-5-<alias>` (an alias opening with the headline's own numbers) gave no number, nor
   did real39's `/index.php/archive/66-<alias>` (Joomla's archived-articles menu).
2. A magazine section's page: a one-word heading, then the section editor's byline
   («دبیر بخش ...») printed twice: the byline was the title (#22).
3. A tag page opening with its first item's bulleted kicker over the item's headline and
   teaser: at the tag's address the kicker was taken for the list's name, without a doubt
   (#26).
4. An item's long ID before a slug opening with the headline's number of three digits
   (`/fa/content/15770016/600-<slug>.html`) was not read (#7); a headline printed on both
   sides of its lead, under a lone «//» and a code line, was not taken text alone (#1).
Page texts below are written for these tests (layouts from amareiran.org, sarmashqmag.ir,
melatebidaronline.ir, shora-birjand.ir,
news.armanin.ir, fartaknews.ir).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

# 1. Bulleted metadata items over a statistics table.

_TABLE_HEAD = "12-3- ظرفیت نیروگاه‌های کشور به تفکیک نوع، سال‌های 1390-1398"
_TABLE = (
    "ظرفیت اسمی (مگاوات) تعداد واحد\n"
    "سال و نوع نیروگاه\n"
    "بخاری گازی سیکل ترکیبی برق‌آبی جمع\n"
    "15830 21410 17560 8500 63300 1390-1391\n"
    "15870 24180 19820 10650 70520 1394-1395\n"
    "15900 26010 21190 12050 75150 1397-1398\n"
)


def _stats_page(items: tuple[str, ...]) -> str:
    bullets = "\n".join(("• " if i == 0 else "  • ") + item for i, item in enumerate(items))
    return f"{bullets}\n{_TABLE_HEAD}\n{_TABLE}"


_META = (
    "برگرفته از: سازمان برنامه و بودجه. دفتر آمارهای اقتصادی و زیربنایی کشور",
    "منبع داده: گزارش سالانه صنعت برق",
    "سال تهیه: 1399",
)
_STATS_URL = (
    "http://amar.example.org/index.php/energy/power-plants/"
    "318-12-3-zrfyt-nyrwgah-hay-kshwr-be-tfkyk-nw-1390-1398"
)


@pytest.mark.parametrize("url", [_STATS_URL, None])
def test_bulleted_metadata_items_are_no_title(url: str | None) -> None:
    article = jm.parse_article(_stats_page(_META), url=url)
    assert article.title == _TABLE_HEAD


def test_two_bulleted_metadata_items_are_no_title() -> None:
    article = jm.parse_article(_stats_page(_META[1:]))
    assert article.title == _TABLE_HEAD


def test_bulleted_metadata_neg_a_bulleted_quote_headline() -> None:
    # A bulleted headline quoting a speaker, alone over the story: still the headline.
    head = "وزیر نیرو: ظرفیت نیروگاه‌های کشور تا پایان سال افزایش می‌یابد"
    text = (
        f"• {head}\n\n"
        "وزیر نیرو امروز در بازدید از نیروگاه سیکل ترکیبی شهر گفت که سه واحد تازه تا پایان "
        "سال به شبکه سراسری برق وصل می‌شود. او افزود که ساخت دو واحد دیگر نیز آغاز شده است.\n"
    )
    assert jm.parse_article(text).title == head


def test_joomla_alias_opening_with_the_headlines_numbers_gives_the_id() -> None:
    article = jm.parse_article(_stats_page(_META), url=_STATS_URL)
    assert article.number == "318"


def test_joomla_archive_menu_with_a_headline_alias_gives_the_id() -> None:
    url = (
        "http://shora.example.ir/index.php/archive/"
        "72-%D9%86%D8%AE%D8%B3%D8%AA%DB%8C%D9%86-%D8%AC%D9%84%D8%B3%D9%87-%D8%B4%D9%88%D8%B1%D8%A7"
        "-%D8%A8%D8%A7-%D8%AD%D8%B6%D9%88%D8%B1-%D8%B4%D9%87%D8%B1%D8%AF%D8%A7%D8%B1"
    )
    text = (
        "نخستین جلسه شورا با حضور شهردار\n\n"
        "نخستین جلسه علنی شورای اسلامی شهر امروز با حضور شهردار و اعضای شورا در سالن "
        "اجتماعات شهرداری برگزار شد و اعضا درباره بودجه سال آینده گفت‌وگو کردند.\n"
    )
    assert jm.parse_article(text, url=url).number == "72"


@pytest.mark.parametrize(
    "url",
    [
        # the alias too short to spell a headline: a category's list as often
        "http://amar.example.org/index.php/energy/318-12-3-zrfyt",
        # a year before the alias, or the alias a year range
        "http://amar.example.org/index.php/energy/1398-12-3-zrfyt-nyrwgah-hay-kshwr-be-tfkyk",
        # not a Joomla address with its front script
        "http://amar.example.org/energy/power-plants/318-12-3-zrfyt-nyrwgah-hay-kshwr-be-tfkyk",
        # a list's segment before it
        "http://amar.example.org/index.php/tag/318-12-3-zrfyt-nyrwgah-hay-kshwr-be-tfkyk",
        # Joomla's automatic alias, a creation time
        "http://amar.example.org/index.php/energy/2015-07-05-06-38-37",
        # an archive menu's short alias (a category's list), a year, no front script
        "http://shora.example.ir/index.php/archive/66-latest-news",
        "http://shora.example.ir/index.php/archive/1402-nkhstyn-jlsh-shwra-ba-hzwr-shhrdar",
        "http://shora.example.ir/archive/66-nkhstyn-jlsh-shwra-ba-hzwr-shhrdar",
        # years and counts before a slug
        "http://site.example.ir/2023-report",
        "http://site.example.ir/news/1402-budget",
        "http://site.example.ir/blog/10-tips-for-better-sleep-at-night",
    ],
)
def test_joomla_numbered_alias_neg(url: str) -> None:
    article = jm.parse_article(_stats_page(_META), url=url)
    assert article.number is None


# 2. A section editor's byline printed twice under a one-word heading.

_SECTION_BODY = (
    "امسال گروه‌های موسیقی شهر با همه کم‌وکاستی‌ها دست از تمرین نکشیده‌اند و چند کنسرت "
    "کوچک در خانه‌های فرهنگ برگزار کرده‌اند. در این بخش با سه نوازنده جوان گفت‌وگو کرده‌ایم "
    "که از سختی‌های کار گروهی در این روزها می‌گویند.\n\n"
    "- نخستین گفت‌وگو با نوازنده‌ای است که پس از دو سال دوری دوباره به صحنه برگشته و "
    "گروهش را از نو سامان داده است.\n"
)


@pytest.mark.parametrize(
    "byline", ["دبیر بخش موسیقی", "سردبیر سرویس فرهنگی", "گزارش از مریم احمدی"]
)
@pytest.mark.parametrize("url", ["https://mag.example.ir/issue/12/4/music", None])
def test_byline_printed_twice_is_no_title(byline: str, url: str | None) -> None:
    # The section's heading over the byline is the title.
    text = f"سرآغاز\n\n{byline}\n{byline}\n\n{_SECTION_BODY}"
    assert jm.parse_article(text, url=url).title == "سرآغاز"
    # Under «مقدمه» (a document's section heading, never a title) the page has none.
    text = f"مقدمه\n\n{byline}\n{byline}\n\n{_SECTION_BODY}"
    assert jm.parse_article(text, url=url).title is None
    # The byline alone over the text: no title either.
    text = f"{byline}\n{byline}\n\n{_SECTION_BODY}"
    assert jm.parse_article(text, url=url).title is None


@pytest.mark.parametrize(
    "headline",
    [
        # a headline naming the editor with a verb
        "دبیر بخش موسیقی جشنواره استعفا داد",
        # a report «on» an event names no person
        "گزارش از نشست خبری دبیر جشنواره",
        # a headline naming a person with a verb
        "گزارش از مریم احمدی منتشر شد",
    ],
)
def test_byline_neg_headline_with_a_verb_or_no_person(headline: str) -> None:
    text = f"{headline}\n\n{_SECTION_BODY}"
    assert jm.parse_article(text).title == headline


# 3. A tag page opening with its first item's bulleted kicker.

_ITEM_HEAD = "وضعیت روستاهای سیل‌زده شمال استان"
_TEASER = (
    "سیل هفته گذشته به خانه‌های بیش از سیصد خانوار در روستاهای شمال استان آسیب زد و راه "
    "چند روستا هنوز بسته است. گروه‌های امدادی از صبح امروز دوباره به منطقه رفته‌اند."
)
_TAG_URL = "https://news.example.ir/tag/%D8%B3%DB%8C%D9%84/page/7/"


def test_tag_page_first_items_bulleted_kicker_is_no_list_name() -> None:
    text = f"• سیل شمال استان\n\n    {_ITEM_HEAD}\n\n    {_TEASER}\n"
    article = jm.parse_article(text, url=_TAG_URL)
    codes = [w.code for w in article.warnings]
    assert article.title is None
    assert "listing-page" in codes
    assert "title-uncertain" in codes


def test_tag_page_neg_printed_tag_name_over_the_item() -> None:
    # The tag's name printed plain over the first item: the list's name, no doubt.
    text = f"سیل شمال استان\n\n{_ITEM_HEAD}\n\n{_TEASER}\n"
    article = jm.parse_article(text, url=_TAG_URL)
    assert article.title == "سیل شمال استان"
    assert "title-uncertain" not in [w.code for w in article.warnings]


# 4. A three-digit number opening the slug under the item's long ID; a headline printed on
# both sides of its lead.

_SAFFRON = (
    "۶۰۰ کیلوگرم زعفران از کشاورزان جنوب استان خریداری شد\n\n"
    "۶۰۰ کیلوگرم زعفران از کشاورزان جنوب استان خریداری شد\n\n"
    "مدیر تعاون روستایی استان گفت که ۶۰۰ کیلوگرم زعفران از کشاورزان جنوب استان به قیمت "
    "تضمینی خریداری و به انبار شرکت منتقل شده است.\n"
)


def test_long_id_before_a_slug_opening_with_three_digits() -> None:
    url = "http://news.example.ir/fa/content/15770016/600-kg-zafaran-az-keshavarzan.html"
    assert jm.parse_article(_SAFFRON, url=url).number == "15770016"


@pytest.mark.parametrize(
    "url",
    [
        # a short number before it: a section's
        "http://news.example.ir/fa/content/1577/600-kg-zafaran-az-keshavarzan.html",
        # a list's segment before it
        "http://news.example.ir/fa/tag/15770016/600-kg-zafaran-az-keshavarzan.html",
        # a slug of two words after the number
        "http://news.example.ir/fa/content/15770016/600-kg-zafaran.html",
    ],
)
def test_long_id_before_three_digits_neg(url: str) -> None:
    assert jm.parse_article(_SAFFRON, url=url).number is None


_AID_HEAD = "ارسال محموله‌های کمک غذایی هلال احمر به روستاهای سیل‌زده «دشت سبز»"
_AID_LEAD = "نخستین محموله‌های کمک غذایی هلال احمر صبح امروز به روستاهای سیل‌زده شمال استان رسید."
_AID_BODY = (
    "به گزارش خبرنامه شهر،\n\n مدیرعامل جمعیت هلال احمر استان گفت: ده کامیون آرد، برنج و "
    "روغن از انبار مرکزی بارگیری شد و تا پایان هفته به همه روستاهای آسیب‌دیده می‌رسد.\n\n"
    "وی افزود: گروه‌های ارزیاب نیز برای برآورد خسارت خانه‌ها به منطقه رفته‌اند.\n"
)


@pytest.mark.parametrize("top", ["//\nکدخبر: ۳۵۱۲۰۷ //\n\n", ""])
def test_headline_printed_on_both_sides_of_its_lead(top: str) -> None:
    text = f"{top}{_AID_HEAD}\n\n{_AID_LEAD}\n\n{_AID_HEAD}\n{_AID_BODY}"
    assert jm.parse_article(text).title == _AID_HEAD


def test_headline_around_lead_printed_once() -> None:
    # Printed once over its lead, the line is still the headline (fix256; this test claimed
    # no title before): it holds no sentence's mark, its closing «»» closes a short name in
    # guillemets, not a sentence, and the lead under it ends with a period. A real page of
    # this shape: 4dangehnews.ir's «... در مسابقات بین المللی «قائم کاپ»» (real71 #21).
    # The near misses (a quoted sentence, a long quoted part, a paragraph's length) are in
    # tests/test_fix256.py.
    text = f"//\nکدخبر: ۳۵۱۲۰۷ //\n\n{_AID_HEAD}\n\n{_AID_LEAD}\n\n{_AID_BODY}"
    assert jm.parse_article(text).title == _AID_HEAD


# Mutation round 32 (benchmarks/hand_mutants_32.py).


def test_bulleted_items_with_one_label_are_no_metadata_run_neg() -> None:
    # Two bulleted lines under the same speaker's label are quotes, not a page's metadata
    # items (those have a label each): the first stays the headline.
    head = "وزیر نیرو: سه واحد تازه نیروگاه تا پایان سال"
    text = (
        f"• {head}\n• وزیر نیرو: ساخت دو واحد دیگر نیروگاه\n\n"
        "وزیر نیرو امروز در بازدید از نیروگاه سیکل ترکیبی شهر گفت که سه واحد تازه تا پایان "
        "سال به شبکه سراسری برق وصل می‌شود. او افزود که ساخت دو واحد دیگر نیز آغاز شده است.\n"
    )
    assert jm.parse_article(text).title == head


def test_credit_byline_of_six_words_printed_twice_is_no_title() -> None:
    # «گزارش از دکتر NAME SURNAME SURNAME»: six words, a role byline still.
    byline = "گزارش از دکتر مریم احمدی کرمانی"
    text = f"سرآغاز\n\n{byline}\n{byline}\n\n{_SECTION_BODY}"
    assert jm.parse_article(text).title == "سرآغاز"


def test_joomla_numbered_alias_under_cat_segment_neg() -> None:
    # «cat», a list's segment that does not make the page a listing by itself: no number.
    url = "http://amar.example.org/index.php/cat/318-12-3-zrfyt-nyrwgah-hay-kshwr-be-tfkyk"
    assert jm.parse_article(_stats_page(_META), url=url).number is None


@pytest.mark.parametrize(
    "url",
    ["http://shora.example.ir/archive/1234567", "http://shora.example.ir/index.php/archive/98765/"],
)
def test_archive_segment_without_headline_alias_gives_no_number_neg(url: str) -> None:
    # Under «archive» only Joomla's ID before a headline's alias is an item's number.
    text = (
        "نخستین جلسه شورا با حضور شهردار\n\n"
        "نخستین جلسه علنی شورای اسلامی شهر امروز با حضور شهردار و اعضای شورا در سالن "
        "اجتماعات شهرداری برگزار شد و اعضا درباره بودجه سال آینده گفت‌وگو کردند.\n"
    )
    assert jm.parse_article(text, url=url).number is None
