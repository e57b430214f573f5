"""fix262: what blind92 found (tests/pages 2410-2426). An item's date label of two words or
more glued after its headline with its colon and the date («HEADLINE تاریخ ثبت: DATE», a PHP
CMS's item, naein.ir, 2424/2425); WordPress's «/%year%/%monthnum%/%day%/%post_id%/» from the
site's root with a two-digit post ID read (nedayekhosh.ir, 2410/2411; its day too since fix265). Sentences are ours."""

from __future__ import annotations

from tests.checks import warning_codes

from jalali_meta import parse_article

HEADLINE = "برگزاری جشنواره گل محمدی در روستاهای شهرستان"
BODY = (
    "به گزارش خبرنگار ما، نخستین جشنواره گل محمدی با حضور کشاورزان و خانواده‌های آنان "
    "در میدان اصلی روستا برگزار شد و غرفه‌های محصولات محلی تا شب باز بودند.\n\n"
    "دبیر جشنواره گفت: این برنامه هر سال در فصل برداشت گل برگزار خواهد شد و سال آینده "
    "روستاهای بیشتری در آن شرکت می‌کنند."
)


def _glued(label_and_date: str) -> str:
    return f"ورود\n{HEADLINE} {label_and_date}\n\n{BODY}\n"


def test_registration_label_glued_after_the_headline_is_cut_with_its_date() -> None:
    article = parse_article(_glued("تاریخ ثبت: 1394/03/11 19:20"))
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:16] == "2015-06-01T19:20"


def test_publication_label_glued_with_a_spaced_colon_is_cut() -> None:
    article = parse_article(_glued("تاریخ انتشار : 1400/05/02"))
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2021-07-24"


def test_date_alone_glued_after_the_headline_still_cut() -> None:
    # (the rule before fix262: no label, the date cut from the headline)
    article = parse_article(_glued("1394/03/11"))
    assert article.title == HEADLINE


def test_label_words_without_a_colon_stay_with_the_headline() -> None:
    # near miss: «تاریخ ثبت» before the date with no colon is not read as the label cut
    # off; the title never loses words on a line that does not print the label's colon
    article = parse_article(_glued("تاریخ ثبت 1394/03/11"))
    assert article.title is None or article.title.startswith(HEADLINE)
    assert article.title != HEADLINE


def test_label_leaves_too_few_words_keeps_the_line_whole() -> None:
    # near miss: two words before the label are no headline's least (DATED_TITLE_WORDS)
    text = f"ورود\nجشنواره گل تاریخ ثبت: 1394/03/11\n\n{BODY}\n"
    article = parse_article(text)
    assert article.title != "جشنواره گل"


WP_BODY = f"{HEADLINE}\n\n{BODY}\n"


def test_wordpress_day_and_two_digit_post_id_address() -> None:
    article = parse_article(WP_BODY, url="https://news.example.ir/2024/12/10/58")
    assert article.number == "58"
    # Decided in the 43rd session (fix265; fix262 left the day unread): WordPress builds the
    # path from the post's date whatever the last segment is, so the day is the post's,
    # warned as read from the address.
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-12-10"
    assert "published-from-url" in warning_codes(article)


def test_wordpress_day_and_post_id_after_index_php() -> None:
    article = parse_article(WP_BODY, url="https://news.example.ir/index.php/2024/12/10/58/")
    assert article.number == "58"


def test_day_and_post_id_of_three_digits_read_as_before() -> None:
    article = parse_article(WP_BODY, url="https://news.example.ir/2021/01/26/8304/")
    assert article.number == "8304"


def test_two_digit_number_under_a_folder_is_not_read() -> None:
    # near miss: the day path under other folders is no WordPress permalink from the root
    article = parse_article(WP_BODY, url="https://news.example.ir/view/2024/12/10/58")
    assert article.number is None


def test_long_id_under_a_folder_gives_no_day() -> None:
    # near miss: aftabir.com's «/news/article/view/2017/08/08/1746609» (tests/pages 010):
    # the ID is read, the day is not (no WordPress permalink)
    article = parse_article(WP_BODY, url="https://news.example.ir/news/view/2017/08/08/1746609")
    assert article.number == "1746609"
    assert article.published is None


def test_one_digit_after_the_day_is_not_read() -> None:
    article = parse_article(WP_BODY, url="https://news.example.ir/2024/12/10/5")
    assert article.number is None
    assert article.published is None


def test_two_digits_that_may_be_an_hour_are_not_read() -> None:
    # near miss: «/2024/12/10/12/» may be an hour's folder (tests/test_fix38.py)
    article = parse_article(WP_BODY, url="https://news.example.ir/2024/12/10/12/")
    assert article.number is None
    assert article.published is None
