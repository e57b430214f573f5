"""fix196: the sixty-third attack round's findings (docs/reliability.md, "Attacks, sixty-third
round", "After fix196") and blind73's tag archive (tests/pages 2044, 2045).

- A run-on lead printed with no headline, its lead's clause («با اشاره به», «ضمن» and a
  verbal noun) in fifteen counted words or more (RUN_ON_LEAD_WORDS; a detached «های» is one
  word with its noun): doubted.
- A saying kicker over three header lines (a date, a byline, a code line) and the lead:
  doubted, as over two (KICKER_HEADER_LINES, as many as the motto rule steps over).
- A numbered list whose items each print their labelled date line («1» / HEADLINE / «تاریخ
  انتشار : ...» / teaser, «2» the same): a list, not a counter over one article's headline.
- A kicker and its headline printed twice over a photo's caption, the lead retelling the
  headline: the headline, not a blog's name and motto; a pair printed twice that the text
  does not retell, past fix192's word counts (a four-word name): doubted.
- A WordPress archive's title with the archive word after the tag's name («NAME بایگانی –
  SITE»): the list's name NAME, from a text's first line and from an HTML page's <title>.

Each positive fails on main 9c616b28; each ``-neg`` near miss keeps main's record. The
sentences, names and headlines are written for these tests; each layout names its source.
"""

from __future__ import annotations

import jalali_meta as jm

DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _doubted(article: jm.Article) -> bool:
    return article.title is None or "title-uncertain" in _codes(article)


# -- 1. a run-on lead of fewer than twenty counted words ---------------------------------------
# Layout: a county news site's stored text, the lead first with no headline (tests/pages 2018,
# samanealborz.ir), its date line, then the text.
_REST = (
    f"{DAY}\n"
    "به گفته وی ظرفیت اقامتگاه های بوم گردی استان در دو سال گذشته دو برابر شده و بیشتر آنها "
    "در روستاهای کوهستانی قرار دارند.\n"
    "ثبت نام گردشگران از هفته آینده در سامانه استان آغاز می شود.\n"
)


def test_run_on_lead_of_seventeen_words_is_doubted() -> None:
    """Seventeen counted words (eighteen as written: the detached «های» is a suffix), «با اشاره
    به» inside, no mark: a lead printed with no headline, doubted (fix188's twenty missed it)."""
    lead = (
        "معاون گردشگری استان با اشاره به تعطیلات از آمادگی بوم گردی های روستایی برای "
        "پذیرش مسافران خبر داد"
    )
    assert _doubted(jm.parse_article(f"{lead}\n{_REST}"))


def test_run_on_lead_with_zemn_of_eighteen_words_is_doubted() -> None:
    lead = (
        "مدیرکل راهداری استان ضمن تشریح برنامه زمستانی از آماده باش گروه های برف روبی در "
        "گردنه های کوهستانی خبر داد"
    )
    assert _doubted(jm.parse_article(f"{lead}\n{_REST}"))


def test_long_headline_without_a_leads_clause_neg() -> None:
    """Near miss: an unmarked headline of seventeen counted words without «با اشاره به» or «ضمن»
    stays the title, undoubted (fix172's long headlines)."""
    headline = (
        "آغاز پذیرش مسافران نوروزی در اقامتگاه های بوم گردی روستاهای کوهستانی استان از "
        "هفته آینده با نرخ مصوب"
    )
    article = jm.parse_article(f"{headline}\n{_REST}")
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


# -- 2. a saying kicker over three header lines -------------------------------------------------
# Layout: a ministry's portal (mut40's mutant 17's page, tests/test_fix193.py): the kicker, the
# item's date, byline and code lines, the lead.
_KICKER = "وزیر نیرو عنوان کرد"
_KICKER_LEAD = (
    "وزیر نیرو در بازدید از سد مخزنی شهرستان گفت ذخیره آب پشت سدهای استان از سال گذشته بیشتر "
    "شده و تا پایان تابستان کمبودی در آب شرب شهرها پیش بینی نمی شود.\n"
)


def test_saying_kicker_over_date_byline_and_code_is_doubted() -> None:
    page = f"{_KICKER}\n{DAY}\nخبرنگار: حمید صالحی\nکد خبر: ۷۷۴۰۲\n{_KICKER_LEAD}"
    article = jm.parse_article(page)
    assert _doubted(article)
    assert article.number == "77402"


def test_saying_kicker_over_its_headline_neg() -> None:
    """Near miss: the kicker, the three header lines, then the headline over the lead: the
    headline."""
    headline = "ذخیره آب سدهای استان از سال گذشته بیشتر شد"
    page = f"{_KICKER}\n{headline}\n{DAY}\nخبرنگار: حمید صالحی\nکد خبر: ۷۷۴۰۲\n{_KICKER_LEAD}"
    assert jm.parse_article(page).title == headline


# -- 3. a numbered list whose items print their labelled dates ----------------------------------
# Layout: an Afghan Dari site's list (payam-aftab.com, real59 #16; attacks63): «1», the item's
# headline, its «تاریخ انتشار :» line, a cut teaser; then «2» the same.
_ITEMS = (
    ("بازگشایی مکتب دختران در ولسوالی های شمال بلخ", "۲۰ ثور ۱۴۰۲"),
    ("آغاز ساخت بند آبگردان تازه در ولایت پروان", "۱۸ ثور ۱۴۰۲"),
)


def _numbered(items: tuple[tuple[str, str], ...]) -> str:
    return "".join(
        f"{number}\n{head}\nتاریخ انتشار : {day}\n"
        "گزارش کوتاهی از این رویداد که متن کامل آن در صفحه خبر آمده است…\n\n"
        for number, (head, day) in enumerate(items, 1)
    )


def test_numbered_list_of_two_dated_items_is_no_article() -> None:
    assert _doubted(jm.parse_article(_numbered(_ITEMS)))


def test_lone_counter_over_a_dated_headline_neg() -> None:
    """Near miss: a lone «1» (a comment count) over one headline and its labelled date, the
    article's text under it, a «2» further down over no dated headline (a like count): the
    headline, undoubted (fix192)."""
    head = _ITEMS[0][0]
    page = (
        f"1\n{head}\nتاریخ انتشار : {_ITEMS[0][1]}\n"
        "مکتب دختران در سه ولسوالی شمال ولایت بلخ پس از ترمیم صنف ها امروز دوباره باز شد و "
        "صدها شاگرد به درس برگشتند.\n"
        "مسئولان معارف گفتند کتاب های درسی تازه هفته آینده توزیع می شود.\n2\nپسندیدم\n"
    )
    article = jm.parse_article(page)
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- 4. a kicker and headline printed twice; a blog's masthead past fix192's counts -------------
# Layout: a print view's kicker and headline printed twice over a photo caption (attacks63);
# BlogSky's header, the blog's name and motto printed twice (khouzestan.blogsky.com, real59 #22).
_COURT_KICKER = "دادستان عمومی شهرستان"
_COURT_HEAD = "پرونده قاچاق چوب جنگل های شمال به دادگاه رسید"
_COURT_TEXT = (
    "دادستان عمومی شهرستان گفت پرونده قاچاق چوب از جنگل های شمال پس از تکمیل تحقیقات به "
    "دادگاه فرستاده شد و دو متهم اصلی بازداشت شده اند.\n\n"
    "وی افزود رسیدگی به این پرونده در نوبت فوری است.\n"
)


def test_kicker_and_headline_printed_twice_over_a_caption() -> None:
    pair = f"{_COURT_KICKER}\n\n{_COURT_HEAD}\n\n"
    page = f"{pair}{pair}عکس از مهدی نادری\n\n{DAY}\n\n{_COURT_TEXT}"
    assert jm.parse_article(page).title == _COURT_HEAD


_POST = "آیین سنتی گلاب گیری در روستاهای کاشان آغاز شد"
_POST_TEXT = (
    "با آغاز فصل برداشت گل محمدی کارگاه های خانگی روستاهای اطراف شهر دیگ های مسی را روشن "
    "کردند و گردشگران زیادی برای دیدن این آیین به روستاها آمده اند.\n\n"
    "برداشت گل تا پایان ماه ادامه دارد.\n"
)


def test_blogs_long_name_over_its_motto_twice_is_doubted() -> None:
    """A name of four words over its motto, printed twice (past fix192's three-word name):
    the name is no headline; doubted at least."""
    pair = (
        "دفترچه یادداشت های مسافر کوچک\n\nنوشته هایی از سفرهای کوتاه به شهرها و روستاهای ایران\n\n"
    )
    article = jm.parse_article(f"{pair}{pair}سفرنامه\n\n{_POST}\n\n{_POST_TEXT}")
    assert article.title == _POST or _doubted(article)


def test_blogs_name_and_motto_twice_neg() -> None:
    """Near miss: fix192's shape (a two-word name, a short motto): the post's title."""
    pair = "یادداشت های سفر\n\nنوشته هایی از سفرهای کوتاه\n\n"
    assert jm.parse_article(f"{pair}{pair}سفرنامه\n\n{_POST}\n\n{_POST_TEXT}").title == _POST


def test_headline_and_subtitle_printed_twice_retold_neg() -> None:
    """Near miss: a headline over its subtitle printed twice, the lead retelling them: one of
    the pair, undoubted (no masthead; main takes the subtitle, as fix192's test allows)."""
    headline = "گلاب گیری در کاشان آغاز شد"
    subtitle = "کارگاه های خانگی روستاها دیگ های مسی را روشن کردند"
    pair = f"{headline}\n\n{subtitle}\n\n"
    article = jm.parse_article(f"{pair}{pair}{_POST_TEXT}")
    assert article.title in (headline, subtitle)
    assert "title-uncertain" not in _codes(article)


# -- 5. «NAME بایگانی – SITE»: the archive word after the tag's name ---------------------------
# Layout: a WordPress news site's tag archive (faratahlilnews.ir, tests/pages 2044 and 2045):
# the archive's title line or <title>, one listed item with its date, kicker and excerpt.
_TAG = "صنایع دستی یزد"
_TAG_URL = "https://news.example.ir/tag/%D8%B5%D9%86%D8%A7%DB%8C%D8%B9/"
_ITEM = (
    "کارگاه هایی که خاموش شدند ۲۱ مهر ۱۳۹۸\n"
    "بافندگان یزد در انتظار بازار تازه؛\n\n"
    "کارگاه هایی که خاموش شدند\n\n"
    "“رکود” بازار گردشگری کارگاه های زیلوبافی و ترمه بافی یزد را یکی پس از دیگری به تعطیلی "
    "کشانده و استادکاران چشم به نمایشگاه های خارجی دوخته اند.\n"
)


def test_tag_archive_title_line_with_the_archive_word_after_the_name() -> None:
    article = jm.parse_article(f"{_TAG} بایگانی – خبرنامه کویر\n{_ITEM}", url=_TAG_URL)
    assert article.title == _TAG
    assert article.published is None


def test_tag_archive_title_element_with_the_archive_word_after_the_name() -> None:
    html = (
        f"<html><head><title>{_TAG} بایگانی - خبرنامه کویر</title>"
        '<meta property="og:site_name" content="خبرنامه کویر">'
        f'<meta property="og:title" content="{_TAG} بایگانی - خبرنامه کویر"></head><body>'
        '<h2><a href="/4412/">کارگاه هایی که خاموش شدند</a></h2><span>۲۱ مهر ۱۳۹۸</span>'
        "<h3>بافندگان یزد در انتظار بازار تازه؛</h3>"
        "<p>“رکود” بازار گردشگری کارگاه های زیلوبافی و ترمه بافی یزد را یکی پس از دیگری به "
        "تعطیلی کشانده و استادکاران چشم به نمایشگاه های خارجی دوخته اند.</p></body></html>"
    )
    assert jm.parse_html(html, url=_TAG_URL).title == _TAG


def test_headline_about_an_archive_neg() -> None:
    """Near miss: a headline ending «... به آرشیو» before the site's name is no archive's
    title (it ends with a linking word): main's records, no list, in text and in HTML."""
    headline = "سفری کوتاه به آرشیو"
    lead = (
        "خبرنگار ما از آرشیو اسناد تاریخی شهر دیدن کرد و با کارکنان آن درباره نگهداری نسخه "
        "های خطی گفت و گو کرد."
    )
    text = jm.parse_article(f"{headline} - خبرنامه کویر\n{DAY}\n{lead}\n")
    assert text.title == f"{headline} - خبرنامه کویر"
    assert "listing-page" not in _codes(text)
    html = (
        f"<html><head><title>{headline} - خبرنامه کویر</title>"
        '<meta property="og:site_name" content="خبرنامه کویر"></head>'
        f"<body><p>{lead}</p></body></html>"
    )
    page = jm.parse_html(html)
    assert page.title == headline
    assert "listing-page" not in _codes(page)
