"""Silent titles of the real17 sample (docs/real_sample.md): a list page read from its text
alone, a headline glued to its summary, a line of keywords, a headline restated by a second
heading under a stray mark.

The pages are written for these tests; each mirrors the layout of the real page named.
"""

from __future__ import annotations

from tests.checks import FLOOD_LEAD as LEAD
from tests.checks import FLOOD_MORE as MORE
from tests.checks import title_doubted as doubted

import jalali_meta as jm


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


# -- A second heading restating the headline after a stray mark (profile.center) -------------

EXAM_HEADLINE = "چطور در آزمون ورودی نمره، رتبه و تراز حساب می‌شود؟ همراه با نمونه"
EXAM_PAGE = (
    f"{EXAM_HEADLINE}\n\n,\nنمونه حساب نمره آزمون ورودی، تراز رتبه\n\n"
    "آزمون ورودی دانشگاه‌ها هر سال برای صدها هزار داوطلب برگزار می‌شود و بسیاری از آنان "
    "می‌خواهند بدانند نمره خامشان چگونه به تراز و رتبه تبدیل می‌شود و چه عواملی در آن اثر "
    "دارد. در این نوشته مراحل این محاسبه را گام به گام توضیح می‌دهیم.\n\n"
    "نمره خام:\n\nنمره خام هر درس از شمار پاسخ‌های درست و نادرست به دست می‌آید و پاسخ "
    "نادرست بخشی از نمره را کم می‌کند.\n"
)


def test_second_heading_restating_the_headline_under_a_mark_yields_to_it() -> None:
    """«نمره،» and «نمره» are one word: the lower heading restates the headline above it,
    and the headline printed first is the title."""
    article = parse(EXAM_PAGE)
    assert article.title == EXAM_HEADLINE
    assert not doubted(article)


def test_kicker_ending_with_a_comma_is_no_print_of_the_headline() -> None:
    """«در پی ...،» over a headline sharing its words introduces it (radiokoocheh.com's
    layout, page 690): the headline under it stays the title."""
    headline = "«اعتراض فروشندگان بازار طلای شهر تبریز»"
    page = f"در پی تعطیلی بازار طلای شهر تبریز،\n\n{headline}\n\n۱۴۰۲/۰۳/۱۲\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page).title == headline


# -- A headline glued to its summary and category (hesabdarifan.tekmedu.ir) ------------------

GLUED = (
    "دستورالعمل ثبت نام مدارس غیردولتیثبت نام مدارس غیر دولتی برای سال تحصیلی آینده و "
    "مدارک لازماطلاعیه"
)
GLUED_URL = "https://school.example.ir/1403/05/12/دستورالعمل-ثبت-نام-مدارس-غیردولتی"


def test_glued_headline_is_cut_where_the_slug_ends() -> None:
    article = parse(GLUED, url=GLUED_URL)
    assert article.title == "دستورالعمل ثبت نام مدارس غیردولتی"


def test_glued_headline_text_alone_is_doubted() -> None:
    """No address: the line's run «ثبت نام مدارس» printed twice (the summary restating the
    headline) makes it uncertain."""
    article = parse(GLUED)
    assert article.title == GLUED
    assert doubted(article)


def test_slug_cut_at_wordpress_limit_does_not_cut_the_headline() -> None:
    """A slug at WordPress's 200-character limit (198 here) ends inside a word because it
    was cut short («...-سرا» of «سراسری»): the headline stays whole."""
    headline = "برنامه ثبت نام آزمون ورودی دانشگاه سراسری اعلام شد"
    url = "https://news.example.ir/برنامه-ثبت-نام-آزمون-ورودی-دانشگاه-سرا/"
    page = f"{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page, url=url).title == headline


def test_slug_ending_inside_a_slashed_headline_does_not_cut_it() -> None:
    """«نیست/برنامه»: a headline's two parts, not a glue (absnews.ir, page 654)."""
    headline = "مرکز پژوهش به دنبال کار سیاسی نیست/برنامه تازه برای خبرنگاران"
    url = "https://news.example.ir/مرکز-پژوهش-به-دنبال-کار-سیاسی-نیست-بر/"
    page = f"{headline}\n\n{LEAD}\n\n{MORE}\n"
    assert parse(page, url=url).title == headline


# -- A line of keywords alone (vidbid.ir's video page) ----------------------------------------


def test_lone_keyword_line_is_doubted() -> None:
    keywords = (
        "وزارت بهداشت واکسن آنفلوانزا فصل سرما کودکان سالمندان شبکه سلامت شبکه یک گزارش شبکه 5"
    )
    assert doubted(parse(keywords))


def test_lone_headline_naming_two_countries_twice_is_not_doubted() -> None:
    """A long headline may name a word twice; no word three times, no phrase twice."""
    headline = "نشست مشترک وزیران نفت ایران و عراق درباره صادرات گاز ایران به عراق در سال آینده"
    article = parse(headline)
    assert article.title == headline
    assert not doubted(article)


def test_lone_headline_ending_with_a_verb_is_not_doubted() -> None:
    """A word three times, but the line states something (a verb ends it): a headline."""
    headline = "مسابقه فوتبال امشب از شبکه سه و شبکه ورزش و شبکه استانی پخش می‌شود"
    article = parse(headline)
    assert article.title == headline
    assert not doubted(article)


def test_short_lone_slogan_repeating_a_word_is_not_doubted() -> None:
    """A short headline may say a word three times (a slogan): only a long line is read."""
    headline = "ایران، ایران، ایران: سرود تازه گروه کر"
    article = parse(headline)
    assert article.title == headline
    assert not doubted(article)


def test_lone_question_headline_repeating_its_term_is_not_doubted() -> None:
    """«ارز چیست؟انواع نرخ ارز – ... – نرخ ارز چگونه تعیین می شود؟» (vamoon.ir, page 708):
    a question is a headline."""
    headline = "ارز چیست؟انواع نرخ ارز – تفاوت پول و ارز – نرخ ارز چگونه تعیین می شود؟"
    assert not doubted(parse(headline))


# -- List pages read from their text alone ----------------------------------------------------

LEASE = "قرارداد اجاره (Lease)"
LEASE_EXCERPT = (
    f" {LEASE} اجاره عقدی است که به موجب آن مستأجر مالک منافع عین مستأجره می‌شود و "
    "قانون مدنی شرایط آن را در چند ماده آورده است. از این رو برای هر دو طرف دانستن "
    "حقوق و تکالیف خود پیش از امضای قرارداد لازم است. فلذا به …"
)


def test_read_more_button_naming_the_headline_doubts_it() -> None:
    """lawgostar.com's tag page: the item's heading, its excerpt cut with «…», and the
    theme's button «HEADLINE ادامه مطلب »»: an item of a list, not the page's headline."""
    page = f"{LEASE}\n\n{LEASE_EXCERPT}\n\n{LEASE} ادامه مطلب »\n"
    article = parse(page)
    assert article.title == LEASE
    assert doubted(article)


def test_read_more_button_naming_another_page_does_not_doubt() -> None:
    """A box's button under the article names another page (an archive), not the headline."""
    headline = "سه راه برای کاهش خسارت سیل در شهرهای ساحلی"
    page = f"{headline}\n\n{LEAD}\n\n{MORE}\n\nآرشیو گزارش‌های سیل ادامه مطلب »\n"
    article = parse(page)
    assert article.title == headline
    assert not doubted(article)


def test_one_headline_article_with_a_short_first_paragraph_is_not_doubted() -> None:
    headline = "سه راه برای کاهش خسارت سیل در شهرهای ساحلی"
    page = f"{headline}\n\nسیل امسال زودتر آمد.\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert not doubted(article)


THEATRE_EXCERPT = (
    "نمایش «باغ آلبالو» قرار بود از اول مهر در تالار اصلی شهر اجراهایش را آغاز کند، "
    "اما در نهایت از دهم مهر…"
)


def test_excerpt_printed_twice_under_the_headline_doubts_it() -> None:
    """sornakhabar.com's section page: kicker, the first item's headline, its excerpt cut
    with «…» in the slider and again in the list, then other items' leads."""
    headline = "امیدواریم اجرای «باغ آلبالو» تمدید شود"
    page = (
        f"کارگردان نمایش:\n{headline}\n{THEATRE_EXCERPT}\n{THEATRE_EXCERPT}\n"
        "دو کارگردان جوان نمایش‌های تازه خود را برای اجرا در تالار کوچک شهر آماده می‌کنند.\n"
        "همه سالن‌های نمایش شهر به مناسبت ایام سوگواری پنج شب تعطیل خواهند بود.\n"
    )
    article = parse(page)
    assert article.title == headline
    assert doubted(article)


def test_lead_printed_twice_in_full_is_not_an_excerpt() -> None:
    """h-edalat.ir's article prints its whole lead twice (a summary box, then the body):
    no cut excerpt, no list."""
    headline = "سه راه برای کاهش خسارت سیل در شهرهای ساحلی"
    page = f"{headline}\n\n{LEAD}\n\n{LEAD}\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert not doubted(article)


def test_one_excerpt_over_the_article_going_on_is_not_doubted() -> None:
    """A headline over a paragraph cut with «…» printed once, the text going on: a stored
    teaser or a summary box, no list shown."""
    headline = "امیدواریم اجرای «باغ آلبالو» تمدید شود"
    page = f"{headline}\n\n{THEATRE_EXCERPT}\n\n{LEAD}\n\n{MORE}\n"
    article = parse(page)
    assert article.title == headline
    assert not doubted(article)


MINISTER = "وزیر نیرو: مدیریت آب به استان‌ها سپرده می‌شود"
MINISTER_LEAD = (
    "وزیر نیرو با بیان اینکه تصمیم‌ها باید به مردم نزدیک‌تر شود گفت: استانداران از این پس "
    "درباره سهم آب کشاورزی و صنعت استان خود تصمیم می‌گیرند و وزارتخانه تنها بر اجرای "
    "قانون نظارت می‌کند."
)
COUNCIL = "رئیس شورای هماهنگی آب استان‌ها انتخاب شد"
COUNCIL_LEAD = (
    "مهندس علی رضایی با ۲۱ رای از ۳۱ رای به عنوان رئیس شورای هماهنگی آب استان‌ها انتخاب شد."
)


def test_item_blocks_restating_their_headlines_doubt_the_first() -> None:
    """khabarbinonline.ir's tag page: two items, each a headline and its lead right under
    it, a blank line between; the second lead restates its headline."""
    article = parse(f"{MINISTER}\n{MINISTER_LEAD}\n\n{COUNCIL}\n{COUNCIL_LEAD}\n")
    assert article.title == MINISTER
    assert doubted(article)


def test_blocks_without_the_list_layout_are_not_doubted() -> None:
    """The same lines with no blank line between the blocks, or with a blank line under
    every line (a double-spaced text), or with the text going on under them: no item
    layout to read, the headline stays, not doubted."""
    for page in (
        f"{MINISTER}\n{MINISTER_LEAD}\n{COUNCIL}\n{COUNCIL_LEAD}\n",
        f"{MINISTER}\n\n{MINISTER_LEAD}\n\n{COUNCIL}\n\n{COUNCIL_LEAD}\n",
        f"{MINISTER}\n{MINISTER_LEAD}\n\n{COUNCIL}\n{COUNCIL_LEAD}\n{MORE}\n",
    ):
        article = parse(page)
        assert article.title == MINISTER, page
        assert not doubted(article), page


def test_article_with_a_subheading_keeps_its_headline() -> None:
    """An article's section (a subheading over its paragraph, a blank line before it) is
    not restated by its paragraph: the headline stays, not doubted."""
    headline = "سه راه برای کاهش خسارت سیل در شهرهای ساحلی"
    page = (
        f"{headline}\n{LEAD}\n\n"
        "بازگشایی آبراهه‌های قدیمی شهر\n"
        "نخستین کار باز کردن مسیرهای قدیمی آب است که سال‌ها زیر خیابان و ساختمان پنهان "
        "مانده‌اند و هنگام باران آب را به کوچه‌ها برمی‌گردانند.\n"
    )
    article = parse(page)
    assert article.title == headline
    assert not doubted(article)


# -- mut15: the edges of the rules above (docs/reliability.md, "The fifteenth round") ------


def test_slug_ending_two_letters_before_a_words_end_does_not_cut() -> None:
    """«...-غیردولتیث»: two letters of the word go on after the slug, a cut-short slug's
    end, no word's worth: the line is not cut there (it stays whole, doubted)."""
    url = "https://school.example.ir/1403/05/12/دستورالعمل-ثبت-نام-مدارس-غیردولتیث"
    article = parse(GLUED, url=url)
    assert article.title == GLUED
    assert doubted(article)


def test_question_over_its_answer_heads_no_item_block() -> None:
    """An FAQ's question over its answer, another block under it: not a list's items."""
    question = "آیا مدیریت آب به استان‌ها سپرده می‌شود؟"
    article = parse(f"{question}\n{MINISTER_LEAD}\n\n{COUNCIL}\n{COUNCIL_LEAD}\n")
    assert article.title == question
    assert not doubted(article)


def test_paragraph_ending_with_a_colon_heads_no_item_block() -> None:
    """A paragraph ending with «:» leads into what follows (a list, a quote): no item's lead."""
    article = parse(f"{MINISTER}\n{MINISTER_LEAD[:-1]}:\n\n{COUNCIL}\n{COUNCIL_LEAD}\n")
    assert article.title == MINISTER
    assert not doubted(article)
