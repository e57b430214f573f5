"""fix275: a blog's or site's name printed over the post, read as the title with the text
alone (no address). An HTML page given without its address names its site's home by its one
feed's host or by its links worded «خانه» to a host's root: the theme's header linking there is
the site's name and the one post title linking into the host is the post's. In a text, a first
line whose next line repeats its words and adds its own (a site's name over its description)
is doubted, and the short title-shaped line under both is taken; «سایت» and an institution's
name taken as the headline is the site's name for itself, no title. The sentences and names are written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_VERSES = (
    "باران آمد و کوچه های ده را شست<br />\n"
    "بوی خاک نم خورده در خانه ها پیچید<br />\n"
    "کودکان از پشت پنجره به آسمان نگاه کردند<br />\n"
)


def _blog_html(head: str, feed: str | None, home: str, post: str, title_tag: str) -> str:
    feed_link = (
        f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{feed}" />'
        if feed
        else ""
    )
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
        f"<title>{title_tag}</title>{feed_link}</head><body>"
        f'<div id="header"><h1><a href="{home}">{head}</a></h1></div>'
        '<div class="post">'
        f'<h2 class="posttitle"><a href="{post}">باران بهاری در روستا</a></h2>'
        f'<div class="postcontent">{_VERSES}</div>'
        '<div class="postfooter"><span>+ نوشته شده در پنجشنبه ششم تیر ۱۳۹۲ ساعت 21:35 '
        "توسط مهتاب</span></div></div></body></html>"
    )


def _uncertain(article: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in article.warnings)


def test_html_alone_feed_host_makes_header_the_site_name_and_post_title_the_title() -> None:
    page = _blog_html(
        "دفتر باران",
        "https://baran-example.blogfa.com/rss",
        "https://baran-example.blogfa.com/",
        "https://baran-example.blogfa.com/post/12",
        "دفتر باران",
    )
    article = jm.parse_html(page)
    assert article.title == "باران بهاری در روستا"
    assert not _uncertain(article)


def test_html_alone_title_tag_name_dash_post_also_takes_the_post_title() -> None:
    page = _blog_html(
        "دفتر باران",
        "https://baran-example.blogfa.com/rss",
        "https://baran-example.blogfa.com/",
        "https://baran-example.blogfa.com/post/12",
        "دفتر باران - باران بهاری در روستا",
    )
    assert jm.parse_html(page).title == "باران بهاری در روستا"


def test_html_alone_home_worded_link_names_the_host() -> None:
    # No feed: the menu's «خانه» linking to the host's root names the site's home, and the
    # header linking there (the <title> repeating it) is the site's name, no post's title.
    page = (
        '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
        "<title>انجمن باغداران دره سبز</title></head><body>"
        '<div class="header"><a href="https://baghdaran-example.ir/">انجمن باغداران دره سبز</a>'
        '<ul><li><a href="https://baghdaran-example.ir/">خانه</a></li>'
        '<li><a href="https://baghdaran-example.ir/about">درباره ما</a></li></ul></div>'
        '<div class="content"><p>«باغ های دره سبز بیش از صد سال است که آب خود را از چشمه '
        "بالای ده می گیرند و هر خانواده سهمی از آن دارد.»<br>بخشی از کتاب تاریخ دره سبز</p>"
        "</div></body></html>"
    )
    article = jm.parse_html(page)
    assert article.title != "انجمن باغداران دره سبز"


def test_html_alone_feed_on_another_host_takes_nothing_new() -> None:
    # Near miss: the feed is served from another host (a feed service): no site home is
    # inferred, and the post title linking elsewhere is no permalink of this site.
    page = _blog_html(
        "دفتر باران",
        "https://feeds.example-feeds.com/baran",
        "https://baran-example.blogfa.com/",
        "https://baran-example.blogfa.com/post/12",
        "دفتر باران",
    )
    assert jm.parse_html(page).title != "باران بهاری در روستا"


_POST = (
    "نوشته شده توسط مهتاب کاظمی\n"
    "دیشب باران تندی آمد و جوی های کنار کوچه پر از آب شد و بچه ها قایق های کاغذی خود را در "
    "آن رها کردند تا ببینند کدام زودتر به سر کوچه می رسد.\n"
    "صبح که بیدار شدیم هوا آن قدر پاک بود که کوه های دور از پشت بام خانه پیدا بودند.\n"
)


def test_blog_name_over_its_description_gives_the_post_title() -> None:
    page = (
        "باران و آفتاب روستا\n"
        "در این وبلاگ از باران و آفتاب روستا و مردم آن می نویسم.\n"
        "قایق های کاغذی\n" + _POST
    )
    article = jm.parse_article(page)
    assert article.title == "قایق های کاغذی"
    assert not _uncertain(article)


def test_name_over_description_without_site_word_takes_post_title_with_doubt() -> None:
    page = (
        "باران و آفتاب روستا\n"
        "یادداشت های روزهای باران و آفتاب روستا در دامنه کوه\n"
        "قایق های کاغذی\n" + _POST
    )
    article = jm.parse_article(page)
    assert article.title == "قایق های کاغذی"
    assert _uncertain(article)


def test_headline_over_lead_opening_with_it_is_kept() -> None:
    # Near miss: the lead's first sentence repeats the headline's words and opens with them.
    headline = "بازگشایی کتابخانه روستای دره سبز"
    page = (
        f"{headline}\n"
        "بازگشایی کتابخانه روستای دره سبز پس از دو سال امروز انجام شد.\n"
        "ساعت های کار تازه\n" + _POST
    )
    article = jm.parse_article(page)
    assert article.title == headline
    assert not _uncertain(article)


def test_tag_name_over_dated_item_title_is_kept() -> None:
    # Near miss: a tag's name over its item's title that adds only a day and month to it.
    page = (
        "روز درختکاری و منابع طبیعی\n\n"
        "15 اسفند ، روز درختکاری و منابع طبیعی\n\n"
        "15 اسفند ، روز درختکاری و منابع طبیعی\n\n"
        "روز درختکاری هر سال در تقویم کشور یادآور ارزش جنگل ها و مراتع است و مدرسه ها و "
        "اداره ها در این روز نهال می کارند .\n"
    )
    article = jm.parse_article(page)
    assert article.title == "روز درختکاری و منابع طبیعی"
    assert not _uncertain(article)


def test_site_word_and_institution_name_is_the_site_not_the_title() -> None:
    # «سایت» then an institution's name (its kind hyphenated): the site's name for itself.
    page = (
        "سایت بنیاد فرهنگی-آموزشی کوهپایه\n\n"
        "روستای کوهپایه در دامنه کوهی بلند قرار دارد و مردم آن بیشتر به باغداری و دامداری "
        "مشغول اند و هر سال در پاییز جشن برداشت گردو را برگزار می کنند.\n\n"
        "مدرسه روستا سال گذشته بازسازی شد و اکنون بیش از صد شاگرد در آن درس می خوانند.\n"
    )
    article = jm.parse_article(page)
    assert article.title is None
    assert _uncertain(article)


def test_headline_about_a_site_with_a_verb_is_kept() -> None:
    # Near miss: a headline opening «سایت سازمان ...» that says what befell the site.
    headline = "سایت سازمان آب روستایی از دسترس خارج شد"
    page = (
        f"{headline}\n\n"
        "به گزارش خبرنگار ما، سایت سازمان آب روستایی از صبح امروز باز نمی شود و کارشناسان "
        "در حال بررسی علت آن هستند.\n\n"
        "مسئولان گفتند تا فردا سایت دوباره در دسترس خواهد بود.\n"
    )
    article = jm.parse_article(page)
    assert article.title == headline
    assert not _uncertain(article)


def test_kicker_over_headline_with_glued_verb_is_not_a_site_name() -> None:
    # Near miss: a short kicker over the headline repeating its words and ending with a verb
    # whose present prefix is glued on («میشود», Dari spelling): a headline, no description.
    headline = "کتابخانه سیار از فردا در روستاهای دره سبز کار خود را آغاز میکند"
    page = (
        "کتابخانه سیار دره سبز\n\n"
        f"{headline}\n\n"
        "مسئول کتابخانه های ولسوالی میگوید که این کتابخانه هفته ای دو بار به هر روستا میرود و "
        "کودکان میتوانند کتاب های آن را به خانه ببرند.\n\n"
        "سال گذشته تنها یک کتابخانه کوچک در مرکز ولسوالی باز بود و راه آن برای کودکان دور بود.\n"
    )
    article = jm.parse_article(page)
    assert not any("a site's name" in str(w) for w in article.warnings)


def test_dated_item_header_repeating_the_headline_is_no_description() -> None:
    # Near miss: the headline, then a news script's item header (a bracketed date and time
    # before the headline again): the line holds a date, no site's description.
    headline = "آنچه باغداران دره سبز باید بدانند"
    page = (
        f"{headline}\n\n(5 مهر 1402 - 10:15:20) {headline}\n"
        "دیشب باران تندی آمد و جوی های کنار باغ ها پر از آب شد و کشاورزان گفتند که آب چشمه "
        "امسال بیشتر از سال گذشته است.\n"
        "کارشناسان می گویند درختان تازه را باید پیش از سرما هرس کرد تا شاخه ها آسیب نبینند.\n"
    )
    article = jm.parse_article(page)
    assert article.title == headline
    assert not _uncertain(article)
