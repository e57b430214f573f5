"""fix293: attacks80's open shapes (benchmarks/attacks80.py, docs/reliability.md «Attacks,
eightieth round»). A breadcrumb line the header sets aside as chrome, the home link first
(«صفحه نخست » آرشیو ۱۴۰۲ » HEADLINE»), over a lead repeating its last crumb gives that crumb
as the title (fix269's and fix283's crumbed headline, asked now for a chrome line too). A
Pashto year-first date with «د» (of) before an Afghan month, the day last
(«۱۴۰۲ د قوس ۱۸، شنبه»), is read when the year is a solar one (13xx, 14xx) and no word follows
the day. WordPress's time tail after a Gregorian day's path gives the minute, warned; an
<h1> that is a name the three-part <title> prints beside its printed headline part gives way
to it; mut53 (d): a short verbless line over a longer one repeating its words and ending with
a verb gives the verb's line, doubted; mut53 (f): a canonical link names the site's home. The
layouts are attacks80's and mut53's; the sentences are ours."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article, parse_html

HEADLINE = "کارگاه سفالگری کودکان در خانه فرهنگ روستا برپا شد"
LEAD = (
    f"{HEADLINE}. به گزارش خبرنگار ما، بیست کودک روستا در این کارگاه با گل رس کاسه و "
    "کوزه ساختند و مربیان شیوه پختن آن ها را در کوره نشان دادند."
)
OTHER_LEAD = (
    "به گزارش خبرنگار ما، بیست کودک روستا در این کارگاه با گل رس کاسه و کوزه ساختند و "
    "مربیان شیوه پختن آن ها را در کوره نشان دادند."
)
MORE = (
    "مسئول کارگاه گفت که دوره بعدی در فصل بهار برگزار می شود و ثبت نام آن از هفته آینده "
    "در دفتر خانه فرهنگ آغاز خواهد شد."
)


@pytest.mark.parametrize(
    "crumb",
    [
        f"صفحه نخست » آرشیو ۱۴۰۲ » {HEADLINE}",
        f"صفحه نخست » اخبار » {HEADLINE}",
        f"خانه > اخبار استان > {HEADLINE}",
    ],
)
def test_chrome_crumb_over_a_lead_repeating_its_last_crumb_gives_the_headline(crumb: str) -> None:
    article = parse_article(f"{crumb}\n\n{LEAD}\n\n{MORE}\n")
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)


def test_chrome_crumb_over_a_lead_of_other_words_gives_no_title() -> None:
    # Near miss: the lead does not repeat the last crumb; nothing says it is the headline.
    article = parse_article(f"صفحه نخست » اخبار » {HEADLINE}\n\n{OTHER_LEAD}\n\n{MORE}\n")
    assert article.title is None


def test_chrome_crumb_over_the_headline_printed_alone_keeps_that_headline() -> None:
    # Near miss: the headline is printed alone under the crumb; it stays the title.
    text = f"صفحه نخست » اخبار » {HEADLINE}\n\n{HEADLINE}\n\n{OTHER_LEAD}\n\n{MORE}\n"
    article = parse_article(text)
    assert article.title == HEADLINE
    assert "title-uncertain" not in warning_codes(article)


PS_HEADLINE = "د کلي ښوونځي ته نوې کتابتون جوړ شو"
PS_BODY = (
    "د کلي مشرانو وویل چې دا کتابتون به د ماشومانو لپاره هره ورځ پرانیستی وي او ښوونکي به "
    "هلته لوست ورکوي.\n\nد ښوونځي مدیر وویل چې تر اوسه دوه سوه کتابونه راټول شوي دي."
)


@pytest.mark.parametrize(
    "date_line",
    ["۱۴۰۲ د قوس ۱۸، شنبه", "۱۴۰۲ د قوس ۱۸", "شنبه ۱۴۰۲ د قوس ۱۸"],
)
def test_pashto_year_first_afghan_month_date_is_read(date_line: str) -> None:
    article = parse_article(f"{PS_HEADLINE}\n\n{date_line}\n\n{PS_BODY}\n")
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 18)
    assert str(article.published.gregorian)[:10] == "2023-12-09"
    assert article.title == PS_HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "2023 د قوس ۱۸",  # a Gregorian year before an Afghan month: no solar date
        "۱۴۰۲ سرطان ۳ هزار نفر",  # a count: a word after the number
        "په ۱۴۰۲ حمل ۱۸ ټنه بار",  # «حمل» (carrying), a count of tonnes
        "۱۴۰۲ قوس ۱۸، شنبه",  # no «د»: the zodiac name may be a word (test_held_out_rules)
    ],
)
def test_a_number_before_an_afghan_month_name_is_no_date(line: str) -> None:
    article = parse_article(f"{PS_HEADLINE}\n\n{line}\n\n{PS_BODY}\n")
    assert article.published is None


HEAD_FA = "کارگاه سفالگری کودکان در خانه فرهنگ روستا برپا شد"
TAIL_URL = "https://sofal-example.ir/2023/12/09/kargah-sofal/5518/news/editor/10/20/00/"


def test_time_tail_after_a_gregorian_day_path_gives_the_minute_warned() -> None:
    article = parse_article(f"{HEAD_FA}\n\n{OTHER_LEAD}\n\n{MORE}\n", url=TAIL_URL)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2023-12-09T10:20:00+03:30"
    assert "published-from-url" in warning_codes(article)
    assert article.number == "5518"


def test_time_tail_gives_way_to_the_printed_date() -> None:
    # Near miss: the page prints its own day and time; the printed one wins.
    text = f"{HEAD_FA}\n\nشنبه ۱۸ آذر ۱۴۰۲ ساعت ۱۸:۴۵\n\n{OTHER_LEAD}\n\n{MORE}\n"
    article = parse_article(text, url=TAIL_URL)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2023-12-09T18:45:00+03:30"
    assert "published-from-url" not in warning_codes(article)


def test_gregorian_day_path_with_two_numbers_before_the_tail_is_no_time() -> None:
    # Near miss: two numbers between the day and the tail: not the permalink's shape.
    url = "https://sofal-example.ir/2023/12/09/kargah/5518/77/10/20/00/"
    article = parse_article(f"{HEAD_FA}\n\n{OTHER_LEAD}\n\n{MORE}\n", url=url)
    assert article.published is None or article.published.gregorian.isoformat()[11:16] != "10:20"


SECTION = "کارگاه های هنری روستا"
REPORT = "گزارش کارگاه های هنری روستا"


def _section_page(heading_below: str | None, og: str | None = None) -> bytes:
    below = f"<h2>{heading_below}</h2>" if heading_below else ""
    meta = f"<meta property='og:title' content='{og}'>" if og else ""
    return (
        "<html><head><meta charset='utf-8'>"
        f"<title>{REPORT} - {SECTION} - دهیاری روستای سبز</title>{meta}</head><body>"
        f"<div class='section'><h1>{SECTION}</h1></div>{below}<p>{OTHER_LEAD}</p>"
        f"<p>{MORE}</p></body></html>"
    ).encode()


def test_section_name_h1_over_the_printed_title_headline_gives_the_headline() -> None:
    # <title> «REPORT - SECTION - SITE», <h1> SECTION, REPORT (which holds SECTION whole)
    # printed under it: the <h1> is the section's name, REPORT the title.
    article = parse_html(_section_page(REPORT))
    assert article.title == REPORT


def test_section_name_h1_without_the_headline_printed_stays_the_title() -> None:
    # Near miss (fix282's recipe shape): the <title>'s longer part is not printed on the
    # page; the <h1> stays the title.
    article = parse_html(_section_page(None))
    assert article.title == SECTION


def test_h1_that_og_title_names_stays_the_title() -> None:
    # Near miss: og:title names the <h1>'s words: a machine source says it is the title.
    article = parse_html(_section_page(REPORT, og=SECTION))
    assert article.title == SECTION


KICKER = "بازارچه محلی کوه سرخ"
VERB_HEADLINE = "بازارچه محلی از شنبه در دامنه کوه سرخ برپا میشود"
KICKER_TEXT = (
    "دهیار روستا میگوید که فروشندگان این بازارچه زنان روستا هستند و فرآورده های خانگی خود را "
    "بی واسطه به مسافران میفروشند و درآمد آن به خانواده ها میرسد.\n\n"
    "پارسال این بازارچه تنها در روزهای تعطیل باز بود و مسافران کمتری به آن میآمدند.\n"
)


@pytest.mark.parametrize("headline", [VERB_HEADLINE, "بازارچه محلی در دامنه کوه سرخ گشایش یافت"])
def test_kicker_over_a_verb_headline_repeating_it_gives_the_headline_in_doubt(
    headline: str,
) -> None:
    article = parse_article(f"{KICKER}\n\n{headline}\n\n{KICKER_TEXT}")
    assert article.title == headline
    assert "title-uncertain" in warning_codes(article)


def test_headline_over_a_verbless_line_repeating_it_is_not_this_rule() -> None:
    # Near miss: the longer line ends with no verb; the short line stays the title, unwarned
    # by this rule.
    subtitle = "بازارچه محلی زنان روستا در دامنه کوه سرخ"
    article = parse_article(f"{KICKER}\n\n{subtitle}\n\n{KICKER_TEXT}")
    assert article.title != subtitle


def test_headline_over_its_one_sentence_subtitle_stays_the_title() -> None:
    # Near miss: the line under the short headline repeats its words and ends with a verb
    # and a full stop: a subtitle's sentence, the short line the headline, unwarned.
    subtitle = "بازارچه محلی از شنبه در دامنه کوه سرخ برپا میشود."
    article = parse_article(f"{KICKER}\n\n{subtitle}\n\n{KICKER_TEXT}")
    assert article.title == KICKER
    assert "title-uncertain" not in warning_codes(article)


BLOG = "https://kooh-example.blogfa.com/"


def _blog(canonical: str | None) -> bytes:
    link = f"<link rel='canonical' href='{canonical}' />" if canonical else ""
    return (
        "<!DOCTYPE html><html dir='rtl'><head><meta charset='utf-8' /><title>دفتر کوه</title>"
        f"<link rel='alternate' type='application/rss+xml' href='{BLOG}rss' />{link}</head>"
        f"<body><div id='header'><h1><a href='{BLOG}'>دفتر کوه</a></h1></div>"
        f"<div class='post'><h2 class='posttitle'><a href='{BLOG}post/31'>برف اول در کوه سرخ"
        "</a></h2><div class='postcontent'>برف آمد و راه ده بسته شد<br />\n"
        "بچه ها از پشت پنجره کوه سفید را تماشا کردند<br />\n"
        "مادر نان گرم از تنور آورد<br />\n</div></div></body></html>"
    ).encode()


def test_blog_page_with_its_canonical_link_gives_the_post_title() -> None:
    article = parse_html(_blog(f"{BLOG}post/31"))
    assert article.title == "برف اول در کوه سرخ"
    assert "title-uncertain" not in warning_codes(article)


def test_blog_page_without_its_canonical_link_gives_the_post_title() -> None:
    # Regression guard: fix275's page given alone (the feed's host) keeps the post.
    article = parse_html(_blog(None))
    assert article.title == "برف اول در کوه سرخ"


def test_subheading_going_on_from_the_headline_keeps_the_headline() -> None:
    # Near miss (tests/pages 2049's shape): the longer line opens with the short one's words
    # and goes on; its last word «رفت» reads as a verb: the short line stays the title, sure.
    headline = "بازارچه محلی کوه سرخ"
    subheading = "بازارچه محلی کوه سرخ و راه های برون رفت"
    article = parse_article(f"{headline}\n\n{subheading}\n\n{KICKER_TEXT}")
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)
