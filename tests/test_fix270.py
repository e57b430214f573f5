"""fix270: what blind93 (tests/pages 2430-2448) found. An ASP.NET CMS's «/GetNews/<id>/<slug>»
route names one news item; an old ASP site's «page.asp?tid=<id>», the query's one field, its
page; a one-column layout table as text extraction prints it («| TEXT |» rows, trafilatura) is
read row by row as its cells' text; a portal's info line «NAME - تاریخ انتشار: DATE - تعداد
بازدید: N» is never the headline. Sentences are ours."""

from __future__ import annotations

from jalali_meta import parse_article
from jalali_meta.testing import url_number

KICKER = "مدیر اداره منابع طبیعی شهرستان در گفتگو با خبرنگار ما:"
HEADLINE = "کاشت ده هزار نهال بلوط در دامنه های کوه سفید آغاز شد"
DATE_LINE = "سه شنبه 12 مهر 1401 - 09:15:20 AM"
SOURCE = "ایرنا - اجتماعی"
BODY = (
    "رئیس اداره منابع طبیعی شهرستان از آغاز کاشت ده هزار نهال بلوط با همراهی دانش آموزان و "
    "اهالی روستاهای پایین دست در دامنه های کوه سفید خبر داد. وی گفت نهال ها در نهالستان "
    "شهرستان پرورش یافته اند و تا پایان آبان در زمین گذاشته می شوند و آبیاری آن ها تا دو سال "
    "بر عهده دهیاری ها خواهد بود."
)


def _rows(*cells: str) -> str:
    """A one-column table as text extraction prints it: one «| CELL |» row a line."""
    return "\n".join(f"| {cell} | " for cell in cells) + "\n"


# Addresses -------------------------------------------------------------------------------


def test_get_news_route_names_the_news_item() -> None:
    assert url_number("https://example.ir/GetNews/412/کاشت-نهال-بلوط") == "412"
    assert url_number("https://example.ir/ViewNews/88/کاشت-نهال") == "88"


def test_get_news_list_and_get_page_routes_name_no_item() -> None:
    # Near misses: the news list's page and a static page of the same CMS.
    assert url_number("https://example.ir/GetNewsList/1/Index.html") is None
    assert url_number("https://example.ir/GetPage/2/Index.html") is None


def test_sole_tid_field_of_a_page_script_is_its_id() -> None:
    assert url_number("http://example.ir/page.asp?tid=317") == "317"
    assert url_number("http://example.ir/viewthread.php?tid=52810") == "52810"  # a thread


def test_tid_near_misses_are_not_read() -> None:
    # Too short for an item's ID (a type's or a topic's), a list's script, or beside
    # another field (a language's or a list's).
    assert url_number("http://example.ir/page.asp?tid=3") is None
    assert url_number("http://example.ir/forumdisplay.php?tid=317") is None
    assert url_number("http://example.ir/category.asp?tid=317") is None
    assert url_number("http://example.ir/news_list.asp?tid=317") is None
    assert url_number("http://example.ir/page.asp?tid=317&lang=2") is None


def test_tid_page_gives_the_article_number() -> None:
    text = "شنبه 25 تیر 1390 - نمايش : 412\n\n  " + HEADLINE + "\n" + BODY + "\n"
    article = parse_article(text, url="http://example.ir/page.asp?tid=317")
    assert article.number == "317"


# One-column table rows -------------------------------------------------------------------


def test_one_column_table_headline_under_kicker_over_date_and_source() -> None:
    # A print view's layout table: site name, kicker, headline, date, agency and desk,
    # body: the headline, never the agency's line under the date.
    text = _rows("نشریه محلی", KICKER, HEADLINE, DATE_LINE, SOURCE, BODY)
    article = parse_article(text)
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.isoformat() == "2022-10-04T09:15:20+03:30"


def test_one_column_table_reads_as_its_plain_lines() -> None:
    cells = ("نشریه محلی", KICKER, HEADLINE, DATE_LINE, SOURCE, BODY)
    plain = parse_article("\n".join(cells) + "\n")
    piped = parse_article(_rows(*cells))
    assert piped.title == plain.title == HEADLINE
    assert piped.published == plain.published or (
        piped.published is not None
        and plain.published is not None
        and piped.published.isoformat() == plain.published.isoformat()
    )


def test_lone_date_in_a_one_cell_row_stays_warned() -> None:
    # Near miss: a date alone in its row, no time, over the headline: a site's day cell as
    # often as the item's date; never taken silently.
    article = parse_article(_rows("Tuesday, 4 October, 2022", HEADLINE, BODY))
    assert article.title == HEADLINE
    if article.published is not None:
        assert any(w.code == "published-unlabelled" for w in article.warnings)


def test_row_of_several_cells_is_not_cut() -> None:
    # Near miss: «| A | B |» is a row of two cells, kept as printed (a list's row).
    article = parse_article("| کد خبر: 123456 | شنبه ۱۵ مرداد ۱۳۹۰ | \n" + HEADLINE + "\n\n" + BODY)
    assert article.title == HEADLINE


# A portal's info line ---------------------------------------------------------------------


def test_name_then_info_line_with_labelled_date_and_views() -> None:
    # A portal's page of one word's name (tests/pages 1064/1065's shape): the name, then
    # the name again with the page's date and view count, then the text.
    name = "معرفی"
    info = f"{name} - تاریخ انتشار: 1390/05/12 - تعداد بازدید: 10301"
    body = "معرفی اداره در شهرستان: " + BODY
    for text in (_rows(name, info, body), f"{name}\n{info}\n{body}\n"):
        article = parse_article(text)
        assert article.title == name
        assert article.published is not None
        assert article.published.jalali_date == (1390, 5, 12)


def test_headline_with_a_date_but_no_date_label_is_still_a_headline() -> None:
    # Near miss: a headline naming a day, no date label before it, stays the headline.
    headline = "برگزاری جشنواره بلوط در روستای سفید کوه 20 مهر 1401"
    article = parse_article(f"{headline}\n{DATE_LINE}\n\n{BODY}\n")
    assert article.title == headline
