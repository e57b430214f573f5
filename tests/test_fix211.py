"""fix211: blind76's findings (tests/pages 2102, 2106/2107, 2110, 2114).

- A breadcrumb whose last crumb is the headline cut with «...», home and section glued to it
  by extraction («خانهخبرHEADLINE-CUT...»), over the headline printed whole: the whole copy
  is the title (rotbehonline.com's WordPress news theme, tests/pages 2102).
- «امروز – شنبه 17 تیر 1402 – ...»: the lead's today set off by dashes names its weekday; a
  date line of another weekday above the title is the theme's today banner, not used
  (published None, warned published-conflict).
- «TITLE ادامه مطلب » DATE»: a teaser's read-more link and its date run into its title's
  line end the title (a WordPress day archive's one teaser, otagh-bazargani.com, 2110).
- Tajik Drupal's submitted line «Ношир: NAME Санаи интишор: 3 Сентябр, 2020 - 09:30»
  (publisher, date of publication): a published label (kumitaizabon.tj, 2106).
- A heading that is a month's name and a year alone («# Сентябр 2020», a month archive's
  <h1> in Markdown): names a month, never the page (2107's Markdown twin).
- A regulation's long title (more than 25 words, a decree's number and date in brackets)
  right over its posting date line, no running text: the title (trt.moe.gov.ir, 2114); the
  decree's date in it is not the published.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _day(article: jm.Article) -> dt.date | None:
    if article.published is None:
        return None
    value = article.published.gregorian
    return value.date() if isinstance(value, dt.datetime) else value


# -- a glued breadcrumb ending with the headline cut, over the headline -----------------------
# Layout: rotbehonline.com's WordPress news theme as stored text (tests/pages 2102): the top
# bar's day, the breadcrumb «خانه» «خبر» HEADLINE-CUT... glued, the headline, the body.
_HEADLINE = "بازگشایی کتابخانه عمومی محله نارمک پس از سه سال تعمیر و بازسازی"
_BODY = (
    "\n\nکتابخانه عمومی محله نارمک که از سه سال پیش برای تعمیر سقف و تاسیسات بسته بود، با "
    "حضور مدیران نهاد کتابخانه ها و اهالی محله دوباره به روی مراجعان باز شد.\n\n"
    "به گفته مدیر کتابخانه، بخش کودکان این مجموعه بزرگ تر شده و سالن مطالعه آن اکنون "
    "دویست صندلی دارد .\n"
)


def test_glued_crumb_with_the_headline_cut_gives_the_whole_headline() -> None:
    cut = "خانهخبربازگشایی کتابخانه عمومی محله نارمک پس از سه سال..."
    article = jm.parse_article(f"{cut}\n\n{_HEADLINE}{_BODY}")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_cut_copy_of_another_headline_is_no_copy_neg() -> None:
    """Near miss: the crumb's cut headline is not the opening of the line below (another
    item's): no copy of it; the headline is taken by the other rules, as on main."""
    other = "خانهخبردیدار مدیران کتابخانه ها با شهردار منطقه هشت تهران..."
    article = jm.parse_article(f"{other}\n\n{_HEADLINE}{_BODY}")
    assert article.title == _HEADLINE


# -- the lead's «امروز – WEEKDAY DATE –» against a today banner above the title ----------------
# Layout: the same theme (tests/pages 2102): the top bar's day ten months after the event,
# the headline, a lead opening «امروز – WEEKDAY DAY MONTH YEAR – از ساعت ...».
_LEAD_TODAY = (
    "\n\nامروز – شنبه 24 تیر 1402 – از ساعت 10 صبح با حضور مدیران نهاد کتابخانه ها، کتابخانه "
    "عمومی محله نارمک پس از سه سال تعمیر دوباره به روی مراجعان باز شد.\n\n"
    "به گفته مدیر کتابخانه، بخش کودکان این مجموعه بزرگ تر شده و سالن مطالعه آن اکنون "
    "دویست صندلی دارد .\n"
)


def test_today_banner_of_another_weekday_than_the_leads_dashed_today_is_not_used() -> None:
    article = jm.parse_article(f"چهارشنبه 8 فروردین 1403\n\n{_HEADLINE}{_LEAD_TODAY}")
    assert article.title == _HEADLINE
    assert article.published is None
    assert "published-conflict" in _codes(article)


def test_date_line_on_the_leads_dashed_today_is_kept_neg() -> None:
    """Near miss: the date line above the title names the weekday the lead calls today
    (Saturday 24 Tir 1402): the item's day, taken as on main."""
    article = jm.parse_article(f"شنبه 24 تیر 1402\n\n{_HEADLINE}{_LEAD_TODAY}")
    assert _day(article) == dt.date(2023, 7, 15)


# -- a teaser's read-more link and date run into its title's line -------------------------------
# Layout: otagh-bazargani.com's WordPress day archive as stored text (tests/pages 2110): one
# teaser on one line, «TITLE ادامه مطلب » DAY MONTH YEAR».
_TEASER = "شیوه نامه صدور کارت بازرگانی برای شرکت های دانش بنیان"
_DAY_URL = "https://example-chamber.ir/2016/09/26"


def test_read_more_and_date_after_a_teaser_title_end_it() -> None:
    for link in ("ادامه مطلب »", "ادامه خبر", "بیشتر بخوانید ›"):
        article = jm.parse_article(f"{_TEASER} {link} 5 مهر 1395\n", url=_DAY_URL)
        assert article.title == _TEASER, link
        assert _day(article) == dt.date(2016, 9, 26), link


def test_read_more_phrase_with_words_after_it_is_kept_neg() -> None:
    """Near miss: the read-more words followed by more words, not a date: no teaser's link,
    the line kept whole as on main."""
    line = f"{_TEASER} ادامه مطلب در شماره بعدی نشریه"
    article = jm.parse_article(f"{line}\n", url=_DAY_URL)
    assert article.title == line


# -- Tajik Drupal's «Ношир: NAME Санаи интишор: DATE» -------------------------------------------
# Layout: kumitaizabon.tj's Drupal month archive as stored text (tests/pages 2106): the month's
# heading, the item's title, its user picture's alt, the submitted line, the title again.
_TAJIK_TITLE = "Эълон дар бораи озмуни луғатномаҳои соҳавӣ"
_TAJIK_BODY = (
    "\n\nКумитаи забон озмуни луғатномаҳои соҳавиро барои омӯзгорони донишгоҳҳо эълон "
    "мекунад.\n\nДархостҳо то охири моҳ ба суроғаи Кумита қабул карда мешаванд.\n"
)


def test_tajik_submitted_line_gives_the_published_on_dushanbes_clock() -> None:
    text = (
        f"Октябр 2021\n\n{_TAJIK_TITLE}\n\nШуъбаи иттилоот's picture\n"
        f"Ношир: Шуъбаи иттилоот Санаи интишор: 14 Октябр, 2021 - 11:15\n{_TAJIK_TITLE}"
        f"{_TAJIK_BODY}"
    )
    article = jm.parse_article(text)
    assert article.title == _TAJIK_TITLE
    assert article.published is not None
    assert article.published.gregorian == dt.datetime(
        2021, 10, 14, 11, 15, tzinfo=dt.timezone(dt.timedelta(hours=5))
    )


def test_tajik_publication_words_without_colon_are_no_label_neg() -> None:
    """Near miss: «Санаи интишор» without its colon (a sentence naming a date of
    publication): no label, no published, as on main."""
    text = (
        f"{_TAJIK_TITLE}\n\nСанаи интишор 14 Октябр, 2021 - 11:15 ба нашрия маълум "
        f"нест ва онро баъдтар муайян мекунанд.{_TAJIK_BODY}"
    )
    article = jm.parse_article(text)
    assert article.published is None


# -- a Markdown heading that is a month's name and a year alone ---------------------------------
# Layout: 2107's html2text Markdown twin (kumitaizabon.tj's Drupal archive view): «# MONTH
# YEAR», the item's linked «## [TITLE](...)», its submitted line, «## TITLE», the body.
def test_month_and_year_heading_is_no_title() -> None:
    for heading in ("Октябр 2021", "October, 2021", "مهر 1400"):
        markdown = (
            f"# {heading}\n\n## [{_TAJIK_TITLE}](/tg/node/1301)\n\n"
            f"Ношир: Шуъбаи иттилоот Санаи интишор: 14 Октябр, 2021 - 11:15\n\n"
            f"## {_TAJIK_TITLE}{_TAJIK_BODY}"
        )
        article = jm.parse_article(markdown)
        assert article.title == _TAJIK_TITLE, heading


def test_month_heading_with_more_words_is_the_title_neg() -> None:
    """Near miss: a heading with words besides the month and the year («Октябр 2021 дар
    Душанбе»): a headline, taken as on main."""
    heading = "Октябр 2021 дар Душанбе"
    markdown = (
        f"# {heading}\n\n## [{_TAJIK_TITLE}](/tg/node/1301)\n\n## {_TAJIK_TITLE}{_TAJIK_BODY}"
    )
    assert jm.parse_article(markdown).title == heading


# -- a regulation's long title over its posting date line --------------------------------------
# Layout: trt.moe.gov.ir's regulation page as stored text (tests/pages 2114): the title with
# the decree's number and date in brackets, then the bare posting date, nothing else.
_REGULATION = (
    "آیین نامه اجرایی ماده 7 قانون حمایت از صنایع کوچک و متوسط در خصوص آموزش کارکنان "
    "شرکت های تابعه وزارت صنعت و سازمان های وابسته به آن در استان ها (شماره 40512/ت 53120 "
    "هـ مورخ 1395/6/9)"
)


def test_long_regulation_title_over_its_posting_date() -> None:
    article = jm.parse_article(f"{_REGULATION}\n1395/07/02\n")
    assert article.title == _REGULATION
    assert _day(article) == dt.date(2016, 9, 23)  # the posting date, not the decree's


def test_long_sentence_over_a_date_line_is_no_title_neg() -> None:
    """Near miss: the long line ends with a full stop (running text, a sentence): no title,
    as on main; the date line is still the published."""
    sentence = _REGULATION[: _REGULATION.index(" (")] + " ابلاغ شد."
    article = jm.parse_article(f"{sentence}\n1395/07/02\n")
    assert article.title is None
    assert _day(article) == dt.date(2016, 9, 23)
