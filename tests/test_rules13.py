"""The newest rules under mutation (the thirteenth round, benchmarks/hand_mutants_13.py).

Each test pins a behaviour of fix31-fix34 and attack17 that a hand mutant of the rule
changed without any test failing: the site's home links, the reader's invitation, running
text cut into lines, the text-only list's guards, forum and ``key=value`` addresses, the
Jalali day in the path, «بامداد», deadline labels, the labelled time line, a site's slogan,
a wiki's page titles and the year after a date. Our own wording throughout.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes as _codes
from tests.test_fix32 import _ITEMS as FIX32_ITEMS

import jalali_meta as jm

_HEADLINE = "بازسازی بازار قدیمی شهر در دو مرحله آغاز شد"
_STORY = (
    "فرماندار شهرستان از آغاز طرح بازسازی بازار قدیمی خبر داد و گفت: کار ساخت در دو "
    "مرحله انجام می‌شود و بازاریان تا پایان سال به مغازه‌های تازه باز می‌گردند."
)
_LEAD = (
    "در هفته بیستم لیگ برتر فوتبال، استقلال در ورزشگاه آزادی با دو گل از سد حریف گذشت "
    "و پرسپولیس در بازی خارج از خانه با یک گل شکست خورد و از صدر جدول پایین آمد."
)


def _page(title: str, brand: str, heading: str = "") -> str:
    return (
        f'<html lang="fa"><head><title>{title}</title></head><body>'
        f"<header>{brand}"
        '<nav><a href="/news">اخبار</a><a href="/about">درباره ما</a></nav></header>'
        f"<main><article>{heading}<div class='date'>۱۴۰۲/۰۳/۱۵</div><p>{_STORY}</p>"
        "</article></main></body></html>"
    )


# 1. The site's home links (fix31).


def test_a_link_to_an_anchor_of_the_page_is_no_home_link() -> None:
    # «#top», «/#comments»: a place on the page, not the site's home page.
    url = "https://shahr.example.ir/news/123"
    for href in ("#top", "/#comments", "https://shahr.example.ir/#comments"):
        brand = f'<a class="brand" href="{href}">خبرنامه شهر</a>'
        art = jm.parse_html(_page(_HEADLINE, brand), url=url)
        assert art.title == "خبرنامه شهر", href


def test_an_h1_headline_linking_home_stays_the_title() -> None:
    # The page's <h1> is its headline even when it links to the home page.
    heading = f'<h1><a href="/">{_HEADLINE}</a></h1>'
    art = jm.parse_html(_page("خبرنامه", "", heading), url="https://shahr.example.ir/n/1")
    assert art.title == _HEADLINE
    assert art.evidence["title"] == "headline (h1)"


# 2. The reader's invitation (fix31).


def test_a_five_letter_imperative_ends_an_invitation() -> None:
    art = jm.parse_article(f"نظرتان را درباره این طرح به ما بدهید.\n{_LEAD}\n")
    assert art.title is None
    assert "title-uncertain" in _codes(art)


@pytest.mark.parametrize(
    "line",
    [
        "چرا باید این کتاب را بخوانید؟",  # a question, not a bidding
        "بشنوید.",  # one word alone: a name, not a sentence
    ],
)
def test_near_misses_of_an_invitation_stay_the_title(line: str) -> None:
    art = jm.parse_article(f"{line}\n{_LEAD}\n")
    assert art.title == line
    assert "title-uncertain" not in _codes(art)


def test_an_invitation_is_no_title_even_when_the_metadata_names_it() -> None:
    # (fix36, issue #16: the invitation is never the headline, whatever the machine titles;
    # this test asserted the opposite before.)
    line = "گزارش تصویری این مراسم را ببینید."
    page = (
        f'<html><head><meta property="og:title" content="{line}"></head><body>'
        f"<p>{line}</p><p>{_STORY}</p></body></html>"
    )
    art = jm.parse_html(page)
    assert art.title is None
    assert "title-uncertain" in _codes(art)


# 3. Running text cut into lines by the layout (fix31).


@pytest.mark.parametrize(
    "text",
    [
        # a blank line between: the line below is another block
        "استقلال در خانه برد. پرسپولیس در بازی خارج از خانه باخت\n\n"
        "پرسپولیس در بازی خارج از خانه با یک گل شکست خورد.\n",
        # a short headline of two sentences over a short line
        "استقلال برد. پرسپولیس باخت\nپرسپولیس در بازی خارج از خانه باخت.\n",
        # a lead far longer than the line above it
        "استقلال در خانه برد. پرسپولیس در بازی خارج از خانه باخت\n",
        # an initial's period, no sentence's end
        "گفت‌وگو با ع. پاشایی درباره کتاب تازه او و سال‌های نوشتن در شهر\n"
        "این گفت‌وگو در کتابفروشی شهر انجام شد.\n",
    ],
)
def test_headlines_with_a_period_inside_are_not_doubted(text: str) -> None:
    art = jm.parse_article(f"{text}{_LEAD}\n")
    assert art.title == text.split("\n", maxsplit=1)[0]
    assert "title-uncertain" not in _codes(art)


def test_a_line_cut_from_running_text_before_a_question_is_doubted() -> None:
    text = (
        "نام کاربری : رمز عبور :\n\n"
        "ارسال‌ها : ۱۵۰\n"
        "محل زندگی: تهران\n\n"
        "راهنمای سایت\n"
        "صفحه شخصی کاربران چیست؟\n\n"
        "هر عضو انجمن یک صفحه شخصی برای نمایش دارد. این صفحه شامل داده‌های\n"
        "کاربر است که هنگام نام‌نویسی یا بعدها در تنظیمات پر کرده است؟\n"
    )
    assert "title-uncertain" in _codes(jm.parse_article(text))


# 4. The text-only list's guards (fix32, attack17).

# The first three items of fix32's list (tests/test_fix32.py): headline over one paragraph each.
_ITEMS = FIX32_ITEMS[:3]


def _listing(items: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"{head}\n\n{lead}" for head, lead in items) + "\n"


def _lead_of(words: int) -> str:
    filler = ["و", "مردم", "شهر", "هم", "در", "این", "کار", "سهم", "دارند"]
    start = _ITEMS[0][1][:-1].split()
    return " ".join([*start, *(filler * 10)][:words]) + "."


def test_a_lead_of_sixty_words_is_still_an_excerpt() -> None:
    article = jm.parse_article(_listing([(_ITEMS[0][0], _lead_of(60)), *_ITEMS[1:]]))
    assert "listing-page" in _codes(article)


def test_a_lead_of_sixty_one_words_is_an_articles_paragraph() -> None:
    article = jm.parse_article(_listing([(_ITEMS[0][0], _lead_of(61)), *_ITEMS[1:]]))
    assert article.title == _ITEMS[0][0]
    assert "listing-page" not in _codes(article)


def test_a_list_whose_first_and_one_more_item_open_with_an_ordinal_is_a_list() -> None:
    # One ordinal heading after the first item is an item's own words («قسمت دوم ...»);
    # only two of them make an article's numbered sections.
    items = [
        ("قسمت اول مستند تازه شهر امشب پخش می‌شود", _ITEMS[0][1]),
        _ITEMS[1],
        ("قسمت دوم مستند تازه شهر فردا پخش می‌شود", _ITEMS[2][1]),
    ]
    assert "listing-page" in _codes(jm.parse_article(_listing(items)))


@pytest.mark.parametrize("ending", ["تا چه زمانی است", "چقدر می‌شود"])
def test_faq_questions_without_their_mark_stay_an_article(ending: str) -> None:
    # «مهلت ... تا چه زمانی است», «هزینه ... چقدر می‌شود»: questions over answers.
    head, lead = _ITEMS[0]
    qa = [(f"{h.split()[0]} {h.split()[1]} {ending}", p) for h, p in _ITEMS[1:]]
    article = jm.parse_article(_listing([(head, lead), *qa, qa[0]]))
    assert article.title == head
    assert "listing-page" not in _codes(article)


def test_sections_numbered_from_nakhost_stay_an_article() -> None:
    # «گام نخست» / «گام دوم»: an article's own numbered steps, «نخست» as «اول».
    head, lead = _ITEMS[0]
    items = [
        (head, lead),
        ("گام نخست ساخت بازار تازه شهر برداشته شد", _ITEMS[1][1]),
        ("گام دوم ساخت بازار تازه شهر در بهار است", _ITEMS[2][1]),
    ]
    article = jm.parse_article(_listing(items))
    assert article.title == head
    assert "listing-page" not in _codes(article)


# 5. The Jalali day in the address (fix33).


@pytest.mark.parametrize(
    "url",
    [
        "https://example.ir/news/20170928/1509455",  # eight digits after an item's segment
        "https://example.ir/2017-09-28/",  # a day ending the path: the day's archive
    ],
)
def test_a_gregorian_day_in_the_address_is_not_published(url: str) -> None:
    text = f"{_HEADLINE}\n\n{_STORY}\n"
    article = jm.parse_article(text, url=url)
    assert article.published is None
    assert "published-from-url" not in _codes(article)


def test_a_machine_date_wins_over_the_day_in_the_address() -> None:
    # The page's <meta> date is the page's own: the address's day is not used.
    page = (
        '<html><head><meta property="article:published_time" '
        'content="2024-10-05T09:30:00+03:30"></head><body>'
        f"<h1>{_HEADLINE}</h1><p>{_STORY}</p></body></html>"
    )
    article = jm.parse_html(page, url="https://example.ir/1403-06-14/news=1509455")
    assert article.published is not None
    assert article.published.jalali_isoformat()[:10] == "1403-07-14"
    assert "published-from-url" not in _codes(article)


def test_a_page_printing_only_another_events_date_takes_no_day_from_the_address() -> None:
    # The page prints a date (a deadline's): it is not a page without dates, so the
    # address's day is not taken for the page's.
    text = f"{_HEADLINE}\n\n{_STORY}\n\nمهلت ثبت‌نام: ۲۰ اردیبهشت ۱۴۰۳\n"
    article = jm.parse_article(text, url="https://example.ir/1403-06-14/news=1509455")
    assert article.published is None
    assert "published-from-url" not in _codes(article)


def test_a_list_page_takes_no_day_from_the_address() -> None:
    article = jm.parse_article(_listing(_ITEMS), url="https://example.ir/1403-06-14/news=1509455")
    assert "listing-page" in _codes(article)
    assert article.published is None


# 6. A labelled time line above a labelled date (fix34).

_HEAD = "نشست شورای شهر درباره بودجه سال آینده برگزار شد"


@pytest.mark.parametrize(
    "lines",
    [
        # an unlabelled clock above a labelled date: a widget's, not the date's
        "12:53\nتاریخ انتشار: 1401/05/18",
        # the label's value holds more than the date
        "ساعت: 12:53\nتاریخ انتشار: 1401/05/18 (ویرایش شده)",
    ],
)
def test_a_time_line_not_fit_to_join_leaves_the_day_alone(lines: str) -> None:
    published = jm.parse_article(f"{_HEAD}\n\n{lines}\n\n{_STORY}\n").published
    assert published is not None
    assert published.gregorian == dt.date(2022, 8, 9)


# 7. A site's name and slogan after the headline, a wiki's page titles (fix34).


@pytest.mark.parametrize(
    "line",
    [
        # a short last part with a verb is a sentence, not a slogan
        f"{_HEADLINE} – خبرگزاری فصل نو | همه را گفت",
        # over eight words after «تاریخچهٔ»: an article's headline, not a wiki's history page
        "تاریخچهٔ مسجد جامع شهر یزد از دوره آل بویه تا روزگار قاجار",
    ],
)
def test_near_misses_of_a_site_name_or_a_wiki_page_keep_the_line(line: str) -> None:
    article = jm.parse_article(f"{line}\n\n{_STORY}\n")
    assert article.title == line
    assert "title-uncertain" not in _codes(article)
