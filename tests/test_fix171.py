"""fix171: the fifty-seventh attack round's findings (docs/reliability.md «Attacks,
fifty-seventh round», benchmarks/attacks57.py).

1. A paragraph opening with the whole headline-shaped line over its date line is no lead
   under a header: a site's name, its date banner and its description opening with the name
   (``_article._lead_under_header``), so the headline printed twice under them is the title.
2. The date line of fix161's header block over a lead may carry its label («تاریخ انتشار:
   ...», «ارسال شده در ...»): a verse quoted twice under that lead is no title.
3. fix167's three-word headline under a site's frame may stand over a labelled date line;
   the views counter of fix167's code/section/views block may print its value first
   («219 بازدید»).
4. More English function words in a ``?paged=N`` slug («about», «our»...).
5. A rule of tatweels («ــــ», spaced or not) is a separator line (fix160's frame).
6. A tags or category line is a post's footer line (fix165's plural-label doubt), and a
   glued plural of a noun ending in «ی» («نقاشیهای») is a plural label.

The positives fail on main 4baa7ac5; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۲۰ آذر ۱۴۰۲"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. a site's name, its date banner and its description over the headline printed twice
_SITE = "فرهنگسرای محله یاس"
_CLASS_HEAD = "دوره خوشنویسی برای نوجوانان در فرهنگسرا آغاز می‌شود"
_SITE_TEXT = (
    f"{_SITE}\n"
    f"دوشنبه {_DAY}\n"
    f"{_SITE} هر ماه برنامه‌های تازه‌ای در رشته‌های هنری برای همه اهالی محله برگزار می‌کند "
    "و خبر آن‌ها را در همین صفحه می‌نویسد.\n\n"
    f"{_CLASS_HEAD}\n\n"
    "نوجوانان سیزده تا هجده ساله می‌توانند در این دوره ثبت نام کنند.\n\n"
    f"{_CLASS_HEAD}\n\n"
    "دوره تازه خوشنویسی نوجوانان از شنبه آینده در فرهنگسرای محله آغاز می‌شود و ثبت نام آن "
    "تا پایان هفته ادامه دارد.\n\n"
    "استاد دوره گفت هنرجویان در پایان دوره کارهای خود را به نمایش می‌گذارند.\n"
)


def test_site_description_under_date_banner_is_no_lead() -> None:
    """The headline printed twice under the site's description is the title, not the name."""
    assert jm.parse_article(_SITE_TEXT).title == _CLASS_HEAD


_POET_HEAD = "شب شعر جوانان در فرهنگسرای محله یاس برگزار شد"
_POET_LEAD = (
    "شب شعر جوانان دیشب در فرهنگسرای محله یاس با حضور ده شاعر جوان برگزار شد و هر کدام "
    "شعری تازه خواندند."
)
_VERSE = "شب شعر جوانان شب باران و ستاره است"
_INTRO = "یکی از شاعران این مصرع را در آغاز شعرش خواند:"
_CLOSE = "برگزارکنندگان گفتند شب شعر بعدی ماه آینده برگزار می‌شود."


def test_lead_retelling_its_headline_keeps_the_verse_out_neg() -> None:
    """fix161's reading holds: a lead retelling its headline (not opening with it whole)
    under the headline and a date line, a verse quoted twice under it: the headline."""
    text = f"{_POET_HEAD}\n{_DAY}\n{_POET_LEAD}\n{_VERSE}\n{_INTRO}\n{_VERSE}\n{_CLOSE}\n"
    article = jm.parse_article(text)
    assert article.title == _POET_HEAD
    assert "title-uncertain" not in _codes(article)


# -- 2. a labelled date line in fix161's header block
_NOVEL_HEAD = "جلسه نقد رمان باغ انار در کانون نویسندگان شهر برگزار شد"
_NOVEL_LEAD = (
    "جلسه نقد رمان باغ انار با حضور نویسنده کتاب و اعضای کانون نویسندگان شهر عصر دیروز "
    "برگزار شد و منتقدان درباره شخصیت‌ها و زبان این رمان سخن گفتند."
)
_NOVEL_LINE = "باغ انار ما پر از صدای باران است"
_NOVEL_INTRO = "یکی از منتقدان این جمله را نمونه نثر ساده نویسنده دانست و دوباره آن را خواند:"
_NOVEL_CLOSE = "نویسنده در پایان جلسه گفت رمان تازه‌اش را تا بهار به ناشر می‌دهد."


def _forum(date_line: str) -> str:
    return (
        f"{_NOVEL_HEAD}\n{date_line}\n{_NOVEL_LEAD}\n{_NOVEL_LINE}\n{_NOVEL_INTRO}\n"
        f"{_NOVEL_LINE}\n{_NOVEL_CLOSE}\n"
    )


def test_line_quoted_twice_under_labelled_date_line_is_no_title() -> None:
    for date_line in (f"تاریخ انتشار: {_DAY} - ۱۸:۴۰", f"ارسال شده در {_DAY}"):
        article = jm.parse_article(_forum(date_line))
        assert article.title == _NOVEL_HEAD, date_line
        assert article.published is not None
        assert article.published.gregorian.isoformat().startswith("2023-12-11")


def test_labelled_date_line_headline_printed_twice_neg() -> None:
    """The headline printed at the top and again over the lead, a labelled date line between."""
    text = f"{_NOVEL_HEAD}\nتاریخ انتشار: {_DAY}\n{_NOVEL_HEAD}\n{_NOVEL_LEAD}\n{_NOVEL_CLOSE}\n"
    assert jm.parse_article(text).title == _NOVEL_HEAD


# -- 3. fix167's frame over a three-word headline over a labelled date line; its code /
# section / views block with the views counter printed value first
_BRIDGE_HEAD = "افتتاح کتابخانه محله"
_BRIDGE_LEAD = (
    "کتابخانه محله شهرک گلستان صبح امروز با حضور شهردار و اعضای شورای شهر افتتاح شد و از "
    "هفته آینده به روی اهالی باز است."
)


def _framed(date_line: str) -> str:
    return f".: شهرداری آستارا :.\n\n{_BRIDGE_HEAD}\n{date_line}\n{_BRIDGE_LEAD}\n"


def test_frame_over_three_word_headline_over_labelled_date_line() -> None:
    for date_line in (f"تاریخ انتشار: {_DAY}", f"ارسال شده در {_DAY}"):
        assert jm.parse_article(_framed(date_line)).title == _BRIDGE_HEAD, date_line


def test_frame_over_three_word_headline_labelled_date_line_unrelated_lead_neg() -> None:
    """The lead under the labelled date line shares no word with the three-word line: the
    frame's site name stays the title (fix167's condition holds)."""
    text = (
        f".: شهرداری آستارا :.\n\nدکتر رضا کریمی\nتاریخ انتشار: {_DAY}\n"
        "شورای شهر در نشست دیروز بودجه سال آینده شهرداری را بررسی و تصویب کرد و اعضا درباره "
        "آن گفتگو کردند.\n"
    )
    assert jm.parse_article(text).title != "دکتر رضا کریمی"


_MINE_HEAD = "ریزش معدن زغال سنگ در طبس بدون تلفات بود"
_MINE_BODY = (
    "بخشی از تونل معدن زغال سنگ در شهرستان طبس بامداد امروز ریزش کرد و به گفته مسئولان "
    "هیچ کارگری آسیب ندید.\n\n"
    "کارشناسان سازمان زمین‌شناسی برای بررسی علت ریزش به محل رفته‌اند.\n"
)


def _toolbar(views: str) -> str:
    return (
        "صفحه اصلی\nاخبار\nتماس با ما\n"
        f"{_MINE_HEAD}\nکد : 5120\nگزارش‌های معدن و صنعت\n{views}\n\n{_MINE_BODY}"
    )


def test_views_counter_value_first_under_the_section() -> None:
    for views in ("312 بازدید", "۳۱۲ بازدید", "312 views"):
        article = jm.parse_article(_toolbar(views))
        assert article.title == _MINE_HEAD, views


def test_comment_counter_value_first_under_the_section_neg() -> None:
    """A comments counter («3 نظر») is no views counter: the block is not fix167's, and the
    section is not passed over for this reason (today's reading kept)."""
    text = _toolbar("3 نظر")
    assert jm.parse_article(text).title == "گزارش‌های معدن و صنعت"


# -- 4. more English function words in a ?paged=N slug
_LAB_HEAD = "بازدید دانشجویان مهندسی عمران از سد کرخه"
_LAB_ITEM = (
    f"{_LAB_HEAD}\n{_DAY}\n\nدانشجویان سال سوم مهندسی عمران دانشگاه امروز از سد کرخه و "
    "نیروگاه آن بازدید کردند و با کار بخش‌های گوناگون سد آشنا شدند.\n\nاستاد راهنمای "
    "بازدید گفت بازدید بعدی از سد دز خواهد بود.\n"
)


def test_section_slug_with_more_english_function_words_at_paged_2() -> None:
    for path in (
        "/stories-about-our-students/",
        "/all-news-from-your-faculty/",
        "/news-and-more-about-us/",
        "/news-about-its-labs/",
    ):
        article = jm.parse_article(_LAB_ITEM, url=f"https://civil.example.ac.ir{path}?paged=2")
        assert article.title is None or "title-uncertain" in _codes(article), path


def test_post_slug_with_about_and_four_content_words_at_paged_2_neg() -> None:
    """A post's own slug keeps four content words beside «about» and «our»: the post."""
    url = "https://civil.example.ac.ir/students-about-our-karkheh-dam-field-trip/?paged=2"
    article = jm.parse_article(_LAB_ITEM, url=url)
    assert article.title == _LAB_HEAD
    assert "listing-page" not in _codes(article)


# -- 5. a rule of tatweels frames fix160's one-item list
_LIB_NAME = "کتابخانه مرکزی"
_LIB_HEAD = "نمایشگاه کتاب‌های کمیاب در کتابخانه مرکزی دانشگاه گشایش یافت"
_LIB_TEASER = (
    "نمایشگاه کتاب‌های کمیاب و نسخه‌های خطی کتابخانه مرکزی دانشگاه امروز با حضور رئیس "
    "دانشگاه گشایش یافت و تا پایان هفته برای بازدید دانشجویان و استادان باز است."
)


def _category(rule: str, spacing: str) -> str:
    lines = [_LIB_NAME, rule, "اخبار", _LIB_HEAD, _LIB_TEASER, rule, "رویدادها"]
    return spacing.join(lines) + "\n"


def test_tatweel_rule_frames_one_item_list() -> None:
    for spacing in ("\n\n", "\n"):
        article = jm.parse_article(_category("ــــــــــــــــ", spacing))
        assert article.title == _LIB_NAME, repr(spacing)
        assert "listing-page" in _codes(article)


def test_tatweel_stretched_word_is_no_rule_neg() -> None:
    """A word stretched with tatweels («اخـــبار») in the rule's place is no separator: the
    item's headline stays the title, as on main."""
    article = jm.parse_article(_category("اخـــــبار", "\n\n"))
    assert article.title == _LIB_HEAD
    assert "listing-page" not in _codes(article)


# -- 6. fix165's plural label: a tags or category line in the footer; «ی» + glued «های»
_WALK = (
    "صبح زود با خانواده به طرف دریاچه راه افتادیم و نزدیک ظهر به کنار آب رسیدیم و زیر سایه "
    "درختان بید ناهار خوردیم و بعد از کمی استراحت با قایق کوچکی دور دریاچه گشتیم و پرندگان "
    "مهاجر را تماشا کردیم که روی آب نشسته بودند و غروب خسته اما شاد به شهر برگشتیم.\n"
)


def _codes_of(text: str) -> tuple[str | None, set[str]]:
    article = jm.parse_article(text)
    return article.title, _codes(article)


def test_plural_label_over_one_paragraph_tags_footer() -> None:
    for footer in (
        "برچسب‌ها: دریاچه، پرندگان، سفر",
        "دسته‌بندی: سفرهای خانوادگی",
        "برچسب‌ها: دریاچه، پرندگان\nنوشته شده توسط رضا | نظرات (۱)",
    ):
        title, codes = _codes_of(f"خاطره‌های سفر\n{_WALK}{footer}\n")
        assert title is None or "title-uncertain" in codes, footer


def test_glued_plural_of_a_noun_ending_with_yeh() -> None:
    for label in ("عکاسیهای شبانه", "عكاسيهاي شبانه", "گزارشیهای کوتاه"):
        title, codes = _codes_of(f"{label}\n{_WALK}")
        assert title is None or "title-uncertain" in codes, label


def test_singular_ending_with_ha_and_ezafe_neg() -> None:
    """«اژدهای مهربان» (a dragon, «اژدها» and its «ی») and «رهای ...» stay the titles undoubted:
    the letter before «ها» is no «ی»."""
    for label in ("اژدهای مهربان", "رهای کوهستان"):
        title, codes = _codes_of(f"{label}\n{_WALK}")
        assert title == label
        assert "title-uncertain" not in codes


def test_plural_label_over_one_paragraph_and_a_sentence_neg() -> None:
    """A sentence under the paragraph (no footer line) keeps fix165's reading: the label is
    the title, undoubted."""
    text = f"خاطره‌های سفر\n{_WALK}\nسال بعد دوباره به همین دریاچه خواهیم رفت و چند روز می‌مانیم.\n"
    title, _ = _codes_of(text)
    assert title == "خاطره‌های سفر"
