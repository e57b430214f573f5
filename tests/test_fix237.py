"""fix237: blind85's pages (tests/pages 2270-2289).

- A breadcrumb's links run into one line without separators: the home item, a list's name
  and a word or two more («صفحه نخست اخبار مناسبت ها»: a portal's top bar, pbb.pvesal.ir,
  tests/pages 2273) is never a title; and an ``h2.content-title`` alone names the item where
  the page has no <h1>, as a post's ``entry-title`` does.
- A blog post's footer byline «بدست NAME در دسته [CATEGORY]» (a Parsiblog post,
  31shab.parsiblog.com, tests/pages 2277) is never a title.
- A sentence broken over lines by the layout (long pieces with no sentence end, the line
  under them opening with «و») is no headline; a couplet trailing off with an ellipsis and
  couplets parted by blank lines are a stanza (a Blogfa archive page, shamimadab3.blogfa.com,
  tests/pages 2284).
- A headline printed whole in parentheses, «(( ... )).», over a lead repeating its words is the
  title (a sports office's Blog.ir post, sportshajiabad.blog.ir, tests/pages 2287).

Every sentence written for these tests, values changed.
"""

from __future__ import annotations

import jalali_meta as jm

# -- a portal's top bar run into one line (pbb.pvesal.ir) ---------------------------------------
_PORTAL = """<!DOCTYPE html>
<html dir="rtl" lang="fa"><head><meta charset="utf-8"><title>پایگاه خبری اداره</title></head>
<body>
<div class="top-bar"><a href="/">صفحه نخست</a> <a href="/c/1">اخبار</a> <a href="/c/7">رویدادها</a></div>
<div class="content-detail">
<div class="content-date">١٣٩٩/٠٨/٢۵</div>
<div class="content-summary">باغ کوچک مدرسه امسال با کمک دانش‌آموزان دوباره سبز شد و نهال‌های تازه گرفت.</div>
<h2 class="content-title">باغچه مدرسه</h2>
<div class="content-body"><p>بچه‌ها هر هفته یک ساعت را به آبیاری و هرس گیاهان باغچه می‌گذرانند.</p>
<p>مدیر مدرسه از همراهی خانواده‌ها قدردانی کرد.</p></div>
</div>
</body></html>
"""


def test_home_run_breadcrumb_is_no_title_and_content_title_names_item() -> None:
    article = jm.parse_html(_PORTAL, url="http://portal.example.ir/content/cid/4471")
    assert article.title == "باغچه مدرسه"


def test_home_run_breadcrumb_line_in_text_is_no_title() -> None:
    text = (
        "صفحه نخست اخبار رویدادها\n\n"
        "باغچه مدرسه\n\n"
        "١٣٩٩/٠٨/٢۵\n\n"
        "بچه‌ها هر هفته یک ساعت را به آبیاری و هرس گیاهان باغچه می‌گذرانند.\n"
    )
    assert jm.parse_article(text).title == "باغچه مدرسه"


def test_home_opening_headline_is_kept_neg() -> None:
    """Near miss: a headline opening with «صفحه نخست» and no list's name after it (a headline
    about the papers' front pages) stays the title."""
    text = (
        "صفحه نخست روزنامه های ورزشی امروز\n\n"
        "1399/08/25\n\n"
        "روزنامه های ورزشی امروز بیشتر به بازی دیشب پرداخته اند.\n"
    )
    assert jm.parse_article(text).title == "صفحه نخست روزنامه های ورزشی امروز"


# -- a Parsiblog post's footer byline (31shab.parsiblog.com) ------------------------------------
_PARSIBLOG = (
    "سفارش تبلیغ\nصبا ویژن\n\n90/8/21\n8:40 صبح\n\n"
    "نامه ای که هرگز نفرستادم!\n\n"
    "بدست رضا احمدی در دسته\n\n"
    "نمی دانم شما هم نامه ای دارید که هیچ وقت پستش نکرده اید یا نه! نامه کوتاهی است و در یک "
    "شب بارانی نوشتمش، اما عمدا آن را در کشوی میز نگه داشتم تا روزی دوباره بخوانمش.\n\n"
    "غرضم از این یادداشت، اما، دو سطری بود که پدرم در پشت همان پاکت نوشته است.دو سطری که "
    "بارها خوانده ام.\n\n"
    "گفتم: نامه را بفرست تا برسد\n"
    "گفتا: حرف ها که رسید، دیگر نامه ای نمی ماند ...\n\n"
    "کامل اش را اینجا بخوانید\n"
)


def test_parsiblog_footer_byline_is_no_title() -> None:
    assert jm.parse_article(_PARSIBLOG).title == "نامه ای که هرگز نفرستادم!"


def test_gaining_headline_with_class_word_is_kept_neg() -> None:
    """Near miss: a headline about winning in a weight class («بدست آوردن ... در دسته ...»)
    is no byline."""
    text = (
        "بدست آوردن مدال طلا در دسته نوجوانان\n\n"
        "1399/08/25\n\n"
        "کشتی گیر جوان شهرمان در مسابقات کشوری بر سکوی نخست ایستاد و مدال طلا گرفت.\n"
    )
    assert jm.parse_article(text).title == "بدست آوردن مدال طلا در دسته نوجوانان"


# -- a sentence broken over lines under a stanza (shamimadab3.blogfa.com) -----------------------
_ARCHIVE = (
    "شب آمد و ماه بر بام تابید      \n"
    "                      نسیم از دل کوه آرام وزید\n\n"
    "درختان به خواب زمستان فرو رفت              \n"
    " دل ما به دیدار صبح امید... \n\n"
    "کشاورزان روستا در آخرین روزهای پاییز با جمع کردن برگ ها و شخم زدن زمین\n\n"
    " خود را برای کاشت گندم زمستانه آماده می کنند و این رسم را از پدران خود به یادگار دارند\n\n"
    "و هر سال آن را با دقت و حوصله تکرار می کنند.\n\n"
    "در روايات آمده است كه كار را با دلی پاك و دستی گشاده آغاز كنيد ، كه نيكی آغاز كار\n\n"
    " در همه سال همراه شما خواهد بود\n\n"
    "ضرب المثل های روستایی\n\n\n \n\n"
    "0هر که کاشت، درو کرد.\n\n"
    "0آب که از سر گذشت، چه یک وجب چه صد وجب.\n"
)


def test_broken_sentence_under_stanza_is_no_title() -> None:
    assert jm.parse_article(_ARCHIVE).title is None


def test_headline_over_lead_opening_with_and_is_kept_neg() -> None:
    """Near miss: a short headline over a long lead line and a line opening with «و» is no
    piece of a broken sentence (one long line is no run)."""
    text = (
        "کاشت گندم زمستانه\n\n"
        "1390/09/02\n\n"
        "کشاورزان روستا در آخرین روزهای پاییز زمین ها را برای کاشت گندم زمستانه آماده کردند\n"
        "و امیدوارند امسال باران به موقع ببارد.\n"
    )
    assert jm.parse_article(text).title == "کاشت گندم زمستانه"


# -- a headline in double parentheses (sportshajiabad.blog.ir) ----------------------------------
_SPORTS = (
    "(( برگزاری مسابقات شطرنج دانش آموزان بمناسبت هفته تربیت بدنی در شهرستان نمونه)).\n"
    "مسابقات شطرنج دانش آموزان بمناسبت هفته تربیت بدنی در شهرستان نمونه برگزار گردید.\n"
    "به گزارش روابط عمومی اداره ورزش و جوانان شهرستان، این مسابقات با حضور 24 بازیکن "
    "در سالن ورزشی شهید بهشتی برگزار شد و سه نفر برتر جوایز خود را گرفتند.\n"
)


def test_double_parenthesised_headline_over_its_lead_is_title() -> None:
    article = jm.parse_article(_SPORTS, url="https://sports-sample.blog.ir/post/412/")
    assert article.title == (
        "(( برگزاری مسابقات شطرنج دانش آموزان بمناسبت هفته تربیت بدنی در شهرستان نمونه))."
    )


def test_parenthesised_aside_over_other_words_is_no_title_neg() -> None:
    """Near miss: a sentence in parentheses over a paragraph of other words is an aside."""
    text = (
        "(این یادداشت پیش از این در نشریه مدرسه چاپ شده بود).\n"
        "به گزارش روابط عمومی اداره ورزش و جوانان شهرستان، مسابقات شطرنج با حضور 24 بازیکن "
        "در سالن ورزشی شهید بهشتی برگزار شد و سه نفر برتر جوایز خود را گرفتند.\n"
    )
    assert jm.parse_article(text, url="https://sports-sample.blog.ir/post/413/").title is None
