"""fix278: blind95's silent and missing values (tests/pages 2470-2489, docs/evaluation.md
«ninety-second blind batch»). A bar-less menu of a site's pages («خانه مقالات درباره ما
تماس با ما», japarak.com, 2474) is chrome, never the title nor a breadcrumb run into one; a
news-of-the-day box label («Хабари рӯз», «خبر روز», sangar.info, 2486) is a daily box's
heading, never a title; the Dari solar months in Tajik Cyrillic with the Gregorian twin
after «мутобиқ» and the era «мелодӣ» («3 сунбула 1403 мутобиқ 24 августи 2024 мелодӣ»,
2486/2487) are read, the two halves checked against each other; an ID glued after «new»
(«/tj/new83117/», dialog.tj, 2488); WordPress's permalink with the post's ID between the
day's path and its hour/minute/second (chelchelehbandar.ir, 2470). Layouts from those
pages; the sentences are ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article, parse_html
from jalali_meta.testing import url_number

HEADLINE = "گرد و غبار مبل را چگونه بگیریم"
BODY = (
    "بیشتر خانه‌ها مبلی دارند که سال‌ها در پذیرایی مانده است و کمتر کسی به یاد می‌آورد که "
    "پارچه آن هم مانند فرش گرد و غبار را در خود نگه می‌دارد و به شست‌وشو نیاز پیدا می‌کند.\n\n"
    "پیش از هر کاری بهتر است شوینده را روی گوشه‌ای پنهان از پارچه امتحان کنید تا رنگ آن "
    "تغییر نکند و لکه تازه‌ای بر جای نماند."
)
MENU = "خانه مقالات درباره ما تماس با ما"
SHORT = "فرش‌شویی"


def test_menu_of_site_pages_over_headline_is_not_the_title() -> None:
    # 2474 gave «تماس با ما» (contact us), the menu's last item, as the title, silently.
    for text in (
        f"{MENU}\n{HEADLINE}\n{HEADLINE}\n1403/03/14\n{BODY}\n",
        f"{MENU}\n\n{HEADLINE}\n\n1403/03/14\n\n{BODY}\n",
    ):
        article = parse_article(text)
        assert article.title == HEADLINE
        assert article.published is not None
        assert article.published.jalali_date == (1403, 3, 14)


def test_menu_of_site_pages_in_html_gives_the_headline() -> None:
    # 2474's shape, a one-word title: the top menu's links on their own lines, a page header's <h1> and the
    # post's <h2>, a slashed day; no meta.
    page = (
        '<html lang="fa" dir="rtl"><head><title>' + SHORT + " | سایت</title></head>"
        '<body>\n<div class="top-nav">\n  <a href="/fa">خانه</a>\n  <a href="/Post/fa">مقالات'
        '</a>\n  <a href="/About">درباره ما</a>\n  <a href="/Contact">تماس با ما</a>\n</div>\n'
        f'<div class="page-header">\n  <h1>{SHORT}</h1>\n</div>\n<div class="post-box">\n'
        f'  <h2 class="post-title">{SHORT}</h2>\n  <span class="post-date">1403/03/14</span>\n'
        '  <div class="post-content">\n'
        + "".join(f"    <p>{p}</p>\n" for p in BODY.split("\n\n"))
        + "  </div>\n</div>\n</body></html>"
    )
    article = parse_html(page, url="http://example.com/Post/fa/81")
    assert article.title == SHORT
    assert "title-uncertain" not in warning_codes(article)


def test_breadcrumb_glued_to_headline_still_cut() -> None:
    # Near miss: home and a section's name run into a headline that is no menu item.
    headline = "بازگشایی مدارس استان از هفته آینده به صورت حضوری آغاز می‌شود"
    article = parse_article(f"خانه اخبار ویژه {headline}\n\n{BODY}\n")
    assert article.title == headline


def test_headline_opening_with_home_word_is_no_menu() -> None:
    # Near miss: a headline of ordinary words after «خانه» (a house) stays whole.
    headline = "خانه تاریخی شهر پس از مرمت به روی گردشگران باز شد"
    article = parse_article(f"{headline}\n\n{BODY}\n")
    assert article.title == headline


TAJIK_BODY = (
    "Бозорҳои марзӣ дар соҳили дарё ҳафтае як бор барпо мешуданд ва сокинони деҳаҳои ду "
    "тарафи дарё дар он ҷо орд, равған ва матоъ мехариданд.\n\n"
    "Ба гуфтаи муаррих, ин бозорҳо на танҳо ҷои савдо, балки ҷои дидори хешовандон низ буданд."
)
TEASER = "Роҳи кӯҳӣ пеш аз фарорасии зимистон дар ду ҳафта таъмир мешавад."


@pytest.mark.parametrize("label", ["Хабари рӯз", "Хабарҳои рӯз", "خبر روز", "خبرهای روز"])
def test_day_news_label_is_never_the_title(label: str) -> None:
    # 2486 gave «Хабари рӯз» (news of the day) as the title, silently; the teaser under it
    # is another item's, and the page prints no headline of its own.
    text = f"{label}\n\n{TEASER}\n\nТаърих нашр: 24 августи 2024\n\n{TAJIK_BODY}\n"
    article = parse_article(text)
    assert article.title != label
    assert article.title is None


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_day_news_box_holds_one_item_the_headline_under_it_stays(gap: str) -> None:
    # Near miss: the box shows one item (its teaser); the page's own headline under it is
    # the title, as a «حدیث روز» box's several lines would not leave it.
    headline = "Бозорҳои марзӣ дар соҳили Ому дубора кушода мешаванд"
    text = gap.join(["Хабари рӯз", TEASER, headline, "Таърих нашр: 24 августи 2024", TAJIK_BODY])
    assert parse_article(text + "\n").title == headline


@pytest.mark.parametrize(
    ("line", "jalali"),
    [
        ("Таърих нашр: шанбе, 3 сунбула 1403 мутобиқ 24 августи 2024 мелодӣ", (1403, 6, 3)),
        ("Таърихи нашр: 16 асад 1403 мутобиқ 06 августи 2024 мелодӣ", (1403, 5, 16)),
        ("Таърих нашр: 1 ҳамал 1403", (1403, 1, 1)),
        ("Таърих нашр: 24 августи 2024 мелодӣ", (1403, 6, 3)),
    ],
)
def test_tajik_afghan_month_dates_are_read(line: str, jalali: tuple[int, int, int]) -> None:
    headline = "Бозорҳои марзӣ дар соҳили Ому дубора кушода мешаванд"
    article = parse_article(f"{headline}\n\n{line}\n\n{TAJIK_BODY}\n")
    assert article.published is not None
    assert article.published.jalali_date == jalali
    assert "twin-mismatch" not in warning_codes(article)


def test_tajik_twins_that_disagree_are_warned() -> None:
    headline = "Бозорҳои марзӣ дар соҳили Ому дубора кушода мешаванд"
    line = "Таърих нашр: шанбе, 3 сунбула 1403 мутобиқ 25 августи 2024 мелодӣ"
    article = parse_article(f"{headline}\n\n{line}\n\n{TAJIK_BODY}\n")
    assert "twin-mismatch" in warning_codes(article)


def test_afghan_month_word_in_a_sentence_is_no_date() -> None:
    # Near miss: «асад» (a man's name, the month's word) without a day and a year.
    headline = "Бозорҳои марзӣ дар соҳили Ому дубора кушода мешаванд"
    text = f"{headline}\n\nАсад ва 3 нафар дигар ба бозор омаданд.\n\n{TAJIK_BODY}\n"
    assert parse_article(text).published is None


@pytest.mark.parametrize(
    ("url", "number"),
    [
        ("https://dialog.example.tj/tj/new83117/", "83117"),
        ("https://x.example.ir/1402/09/06/slug-words-here/21361/news/admin/11/24/38/", "21361"),
        ("https://x.example.ir/2023/11/27/slug-words-here/21361/11/24/38/", "21361"),
    ],
)
def test_url_ids(url: str, number: str) -> None:
    assert url_number(url) == number


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example.ir/tj/new2024/",  # a year's shape, four digits
        "https://x.example.ir/tj/news-new12/",  # a short number
        "https://x.example.ir/tj/renew12345x/",  # another word, glued letters after
    ],
)
def test_glued_new_near_misses(url: str) -> None:
    assert url_number(url) is None


@pytest.mark.parametrize(
    "url",
    [
        # two numbers between the day and the clock: which is the ID cannot be told
        "https://x.example.ir/1402/09/06/slug-words/21361/77/11/24/38/",
        # a clock out of range
        "https://x.example.ir/1402/09/06/slug-words/21361/news/11/74/38/",
        # no name between the day and the clock
        "https://x.example.ir/1402/09/06/21361/11/24/38/",
        # the day's path not at the root
        "https://x.example.ir/news/1402/09/06/slug-words/21361/news/11/24/38/",
    ],
)
def test_time_tail_near_misses(url: str) -> None:
    # The day may be read from the path (warned); never a time from these segments.
    published = parse_article(BODY + "\n", url=url).published
    assert published is None or "T" not in published.isoformat()


def test_permalink_time_tail_gives_the_time() -> None:
    # 2470: the day read from the address, warned; the permalink's hour and minute too.
    url = "https://x.example.ir/1402/09/06/slug-words-here/21361/news/admin/11/24/38/"
    article = parse_article(BODY + "\n", url=url)
    assert article.number == "21361"
    assert article.published is not None
    assert article.published.isoformat() == "2023-11-27T11:24:00+03:30"
    assert "published-from-url" in warning_codes(article)


def test_day_path_without_time_tail_stays_a_day() -> None:
    url = "https://x.example.ir/1402/09/06/slug-words-here/21361/"
    article = parse_article(BODY + "\n", url=url)
    assert article.published is not None
    assert article.published.isoformat() == "2023-11-27"


def test_day_news_label_with_colon_over_the_headline_stays_a_label() -> None:
    # Near miss (attacks38's news-of-the-day-label-over-article-neg): «خبر روز :» with its
    # colon is a kicker's or a ticker's label; the headline under it is the title.
    headline = "شورای شهر طرح تازه پیاده‌روسازی خیابان‌های مرکزی را تصویب کرد"
    text = f"خبر روز :\n{headline}\n۵ مهر ۱۴۰۲\n{BODY}\n"
    assert parse_article(text).title == headline
