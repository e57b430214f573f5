"""fix250: blind89's silent titles (tests/pages 2352, 2359, 2361; docs/evaluation.md).

- A WordPress day archive's address («/2024/12/06») over one headline and one paragraph that
  stops in a sentence with no mark, nothing after it (ferdosrasa.ir's layout, 2361): the
  archive's only excerpt cut at its length. Without an address the text cannot tell it from
  an item stored without its last stop (fix140's doubt); the day archive's address tells:
  no title, no published (the day is the list's).
- A news CMS's stored text that lost its <h1> (zanerouz.ir's layout, 2352): the line taken
  stands right over the page's home breadcrumb («صفحه نخست » گزارش»), where a kicker or a
  lead stands, and no headline follows the breadcrumb: doubted (title-uncertain).
- A blog's stored text printing no heading, its paragraphs hard-wrapped mid-sentence
  (pesarkhob.blog.ir's layout, 2359): a line holding closed sentences one after the other
  and stopping in the next with no mark is a paragraph's line, never a title.

The headlines and texts are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {notice.code for notice in article.warnings}


# -- (1) a day archive's one cut excerpt -------------------------------------------------------

_CUT_EXCERPT = (
    "\nپیام تسلیت مدیرکل میراث فرهنگی استان به مناسبت درگذشت استاد سفالگر\n"
    "پیام مدیرکل میراث فرهنگی، صنایع دستی و گردشگری استان به مناسبت درگذشت استاد سفالگر "
    "روستای لالجین که سال‌ها در کارگاه کوچک خود شاگردان بسیاری را با رموز این هنر کهن آشنا "
    "کرد و نام روستا را در نمایشگاه‌های کشور بلند آوازه ساخت و یادگارهای او در موزه‌های "
    "استان نگهداری می‌شود و شاگردانش راه او را ادامه می‌دهند و"
)


def test_day_archive_one_cut_excerpt_is_the_list() -> None:
    for url in ("https://example-news.ir/2023/05/14", "https://example-news.ir/1402/02/24/"):
        article = jm.parse_article(_CUT_EXCERPT, url=url)
        assert article.title is None
        assert article.published is None
        assert {"listing-page", "title-uncertain"} <= _codes(article)


def test_day_archive_neg_full_stop_post_keeps_its_title() -> None:
    # The post's text closes with its stop: one post shown whole at its day's archive is the
    # page (tests/pages 717's rule), its day the address's.
    text = _CUT_EXCERPT.rstrip(" و") + " است.\n"
    article = jm.parse_article(text, url="https://example-news.ir/2023/05/14")
    assert article.title == "پیام تسلیت مدیرکل میراث فرهنگی استان به مناسبت درگذشت استاد سفالگر"
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2023-05-14"


def test_item_address_neg_cut_text_keeps_its_title() -> None:
    # The same text at an item's address (a slug after the day) is that item.
    article = jm.parse_article(_CUT_EXCERPT, url="https://example-news.ir/2023/05/14/payam-taslit/")
    assert article.title == "پیام تسلیت مدیرکل میراث فرهنگی استان به مناسبت درگذشت استاد سفالگر"


# -- (2) a line over the home breadcrumb, no headline under it -------------------------------


def _cms_text(under_crumb: str) -> str:
    return (
        "کد خبر: ۵۱۲۳\n"
        "تاریخ انتشار: ۱۲ مهر ۱۴۰۱ - ۱۰:۲۰\n"
        "ذذ\n"
        "نگاهی به تلاش کشاورزان جوان برای احیای باغ‌های انار در دامنه کوه\n"
        "صفحه نخست » گزارش\n\n"
        f"{under_crumb}"
        "صبح زود است و کشاورزان جوان روستا با بیل و شلنگ به باغ‌های قدیمی انار رفته‌اند تا "
        "جوی‌های خشک را دوباره باز کنند. یکی از آنها می‌گوید: «پدرم این باغ را رها کرده بود، "
        "ما تصمیم گرفتیم دوباره زنده‌اش کنیم.» به گفته آنها امسال نخستین محصول برداشت می‌شود.\n"
    )


def test_line_over_home_breadcrumb_without_headline_is_doubted() -> None:
    article = jm.parse_article(_cms_text("حسن رضایی\n\n"))
    assert "title-uncertain" in _codes(article)
    assert article.number == "5123"


def test_headline_under_breadcrumb_neg_is_taken_undoubted() -> None:
    # The page prints its headline under the breadcrumb: that one is the title, and the
    # breadcrumb casts no doubt on it (the line over the crumb may still compete).
    headline = "احیای باغ‌های انار با همت کشاورزان جوان روستا"
    article = jm.parse_article(_cms_text(f"{headline}\n\n"))
    assert article.title == headline
    assert not any("breadcrumb" in notice.message for notice in article.warnings)


# -- (3) a hard-wrapped paragraph's line of several sentences --------------------------------

_WRAPPED = (
    "پاییز سال 1370 بود. تازه به مدرسه راهنمایی رفته بودم. معلم جغرافی از ما خواست "
    "\n\nدرباره روستای خود چیزی بنویسیم و من نمی دانستم از کجا شروع کنم.\n\n"
    "نزد مادربزرگ رفتم . او با حوصله برایم قصه گفت. از چشمه ها و باغ ها گفت و من نوشتم . "
    "اینکه:چشمه روستا از کجا می آید؟چشمه \n\n"
    "چند سال آب دارد ؟ باغ ها را چه کسی کاشته است؟ مردم زمستان ها چه می کردند؟ \n\n"
    "اکنون پس از سال ها همان پرسش ها بهانه این نوشته شده است و از روستا می نویسم:\n\n"
    "روستای ما در دامنه کوه و در کنار رودخانه ای کوچک قرار دارد و از آبادی های قدیمی "
    "\n\nمنطقه است.\n\nادامه دارد . با سپاس از شما\n"
)


def test_hard_wrapped_sentences_line_is_no_title() -> None:
    for url in (None, "http://example.blog.ir/1395/08/10/rousta-ma"):
        article = jm.parse_article(_WRAPPED, url=url)
        assert article.title is None
        assert "title-uncertain" in _codes(article)


def test_two_sentence_headline_neg_keeps_its_title() -> None:
    # A headline of two questions and a closing mark, over its text: one headline.
    headline = "باغ های انار روستا چه شد؟ کشاورزان جوان پاسخ می دهند"
    text = (
        f"{headline}\n\n"
        "کشاورزان جوان روستا امسال با بازگشایی جوی های قدیمی و کاشت نهال های تازه، باغ های "
        "انار رها شده را دوباره زنده کرده اند و نخستین محصول را در پاییز برداشت می کنند.\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline
