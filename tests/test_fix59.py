"""Four shapes of the twenty-fifth blind batch (1140-1159): a node's headline over its print
view's link and its date line, a clock with a one-digit minute beside a date that pads no
number, 1C-Bitrix's item ID in the address, and a question headline over its kicker.

The shapes are real (named beside each group); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import jalali_meta as jm

LEAD = (
    "به گزارش خبرنگار ما، اکیپ‌های شرکت توزیع برق از عصر امروز پایه‌های شکسته را جایگزین "
    "کرده‌اند و بیشتر مشترکان شهر دوباره برق دارند و کار تا پایان شب ادامه دارد.\n"
)


def url_number(url: str) -> str | None:
    """The number a page that prints none gets from its address alone (public API)."""
    return jm.parse_article(f"عنوان یک خبر تازه امروز\n\n{LEAD}", url=url).number


def codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- A headline, its print link, its date (Drupal's print module; Iransamaneh portals) -----
# barghab.ir/en/node/22684 prints the node title, «Printer-friendly version», «Tuesday,
# April 17, 2018», then a kicker and a second headline in the body; asretebar.ir and
# asrebazar.ir print «HEADLINE» / «نسخه قابل چاپ» / the date line.

HEADLINE = "برق همه محله‌های شهر تا پایان شب وصل می‌شود"
KICKER = "مدیرعامل شرکت توزیع نیروی برق استان:"
SECOND = "تعمیر پایه‌های آسیب‌دیده در شمال شهر تا یک ساعت دیگر تمام می‌شود"


def test_headline_over_its_print_link_and_english_date_wins_over_the_kicked_line() -> None:
    """The node's title over its print link and date is the title; the kicker and the line
    under it are the body's; the English «Weekday, Month D, YYYY» line is the date."""
    text = f"{HEADLINE}\n\nPrinter-friendly version\nTuesday, April 17, 2018\n{KICKER}\n\n{SECOND}\n\n{LEAD}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2018-04-17"


def test_persian_print_link_between_headline_and_date_works_the_same() -> None:
    text = f"{HEADLINE}\nنسخه قابل چاپ\nسه‌شنبه ۲۸ فروردین ۱۳۹۷\n{KICKER}\n\n{SECOND}\n\n{LEAD}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2018-04-17"


def test_without_the_print_link_the_kicked_line_stays_the_headline() -> None:
    """Near miss: a site's slogan over the date line, then a kicker and its headline (no
    print link between): the headline under the kicker is still the title."""
    text = f"{HEADLINE}\nTuesday, April 17, 2018\n{KICKER}\n\n{SECOND}\n\n{LEAD}"
    assert jm.parse_article(text).title == SECOND


def test_print_link_without_a_date_under_it_gives_no_bonus() -> None:
    """Near miss: «نسخه چاپی» in a toolbar with no date line under it says nothing."""
    text = f"{HEADLINE}\nنسخه چاپی\n{KICKER}\n\n{SECOND}\n\n{LEAD}"
    assert jm.parse_article(text).title == SECOND


# -- A one-digit minute beside a date that pads no number ----------------------------------
# mail.gov.af/index.php/dr/node/13657 prints «پنجشنبه ۱۴۰۳/۳/۱۷ - ۱۳:۸» (Drupal, an Afghan
# ministry): the month «۳» unpadded, so «۱۳:۸» is 13:08.

TITLE = "دیدار هیئت وزارت زراعت با مسئولان ولایت درباره حاصلات پنبه"


def parse_dated(line: str) -> jm.Article:
    return jm.parse_article(f"{TITLE}\n\n{line}\n\n{LEAD}")


def test_unpadded_minute_beside_an_unpadded_month_is_read() -> None:
    article = parse_dated("پنجشنبه ۱۴۰۳/۳/۱۷ - ۱۳:۸")
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:16] == "2024-06-06T13:08"
    assert "time-unread" not in codes(article)


def test_unpadded_minute_beside_an_unpadded_day_is_read() -> None:
    article = parse_dated("۱۴۰۳/۰۳/۷ - ۹:۵")
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:16] == "2024-05-27T09:05"


def test_unpadded_minute_beside_a_padded_date_stays_unread() -> None:
    """Near miss: «۱۴۰۳/۰۳/۱۷ - ۱۳:۸»: the date pads its numbers, so the clock's lone digit
    may have lost one: the day is kept, the time is not guessed (warned)."""
    article = parse_dated("۱۴۰۳/۰۳/۱۷ - ۱۳:۸")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-06-06"
    assert "time-unread" in codes(article)


def test_unpadded_minute_beside_a_month_name_stays_unread() -> None:
    """Near miss: a day before a month's name is printed unpadded by every site: no sign."""
    article = parse_dated("سه شنبه ۹ مهر ۱۳۹۸ | ۱۳:۴")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2019-10-01"
    assert "time-unread" in codes(article)


# -- 1C-Bitrix's item in the address -------------------------------------------------------
# tajnature.tj/news/?ELEMENT_ID=4681; Bitrix's news.detail component reads ELEMENT_ID from the
# request (dev.1c-bitrix.ru/support/forum/forum6/topic95751/), beside IBLOCK_ID / SECTION_ID.


def test_bitrix_element_id_is_the_item_id() -> None:
    assert url_number("http://www.tajnature.tj/news/?ELEMENT_ID=4681") == "4681"
    assert url_number("http://x.tj/news/detail.php?IBLOCK_ID=7&ELEMENT_ID=3345") == "3345"
    assert url_number("http://x.tj/news/detail.php?SECTION_ID=12&ELEMENT_ID=3345") == "3345"


def test_bitrix_section_alone_and_element_code_are_no_item_id() -> None:
    assert url_number("http://x.tj/news/index.php?SECTION_ID=12") is None
    assert url_number("http://x.tj/news/detail.php?ELEMENT_CODE=news-of-the-day") is None
    # another item's ID beside it: which one is the page's?
    assert url_number("http://x.tj/news/detail.php?ELEMENT_ID=3345&COMMENT_ID=9") is None


# -- A question headline over its kicker ---------------------------------------------------
# risknews.ir/news/151575/.../show prints «HEADLINE/ ... چقدر است؟» / «KICKER؛» / the lead.

QUESTION = "شش گام تازه بیمه مرکزی برای نظارت بر ذخایر فنی/ سهم اکچوئرهای مستقل چقدر است؟"
BODY = (
    "سه شرکت حسابرسی تازه برای بررسی صورت‌های مالی بیمه‌گران انتخاب شدند و گزارش آنان از "
    "امسال مبنای تصمیم‌گیری ناظر خواهد بود و کفایت ذخایر هر رشته جداگانه بررسی می‌شود.\n\n"
    "به گزارش ما، بیمه مرکزی در سال‌های اخیر کوشیده بخشی از کارهای نظارتی خود را به "
    "نهادهای تخصصی بیرونی واگذار کند تا نظارت دقیق‌تر و سریع‌تر انجام شود و هزینه کم شود.\n"
)


def test_question_headline_over_its_kicker_is_the_title() -> None:
    text = f"{QUESTION}\n\nنظارت بیرونی در گفت‌وگو با مدیران بیمه مرکزی؛\n\n{BODY}"
    assert jm.parse_article(text).title == QUESTION


def test_question_over_a_line_without_a_kickers_mark_is_no_headline() -> None:
    """Near miss: the line under the question ends with no kicker's «؛» or «:» (a line of
    running text cut by the layout, say): the question is not read as a headline over it."""
    text = f"{QUESTION}\n\nنظارت بیرونی در گفت‌وگو با مدیران بیمه مرکزی\n\n{BODY}"
    assert jm.parse_article(text).title is None


# -- Mutation round 18 (docs/reliability.md, "The eighteenth round") ------------------------


def test_short_headline_under_the_date_leaves_the_line_over_the_link_doubted() -> None:
    """A three-word headline-shaped line under the date over a paragraph («قطع برق شمال
    شهر»): the line over the print link may be a section's name or a kicker, so it gets no
    bonus; it still wins, doubted, never silently."""
    text = f"{HEADLINE}\nنسخه قابل چاپ\nسه‌شنبه ۲۸ فروردین ۱۳۹۷\nقطع برق شمال\n{LEAD}"
    article = jm.parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" in codes(article)


def test_bitrix_information_block_beside_a_bare_id_is_no_other_item() -> None:
    """Bitrix's news.detail without ELEMENT_ID, its default detail address «detail.php?ID=N»
    beside the information block «IBLOCK_ID»: the block is a container, the ID the item's."""
    assert url_number("http://x.tj/news/detail.php?IBLOCK_ID=7&ID=3345") == "3345"


def test_question_headline_over_a_kicker_ending_with_a_colon_is_the_title() -> None:
    text = f"{QUESTION}\n\nنظارت بیرونی در گفت‌وگو با مدیران بیمه مرکزی:\n\n{BODY}"
    assert jm.parse_article(text).title == QUESTION
