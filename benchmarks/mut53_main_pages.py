"""The pages the fifty-third mutation round found wrong or doubtful on main (docs/reliability.md,
"The fifty-third round: fix275-fix283 under mutation", "Seen on main and left for a fix
helper"), each with its record: title, published day and hour, number, warning codes.

    PYTHONPATH=src python benchmarks/mut53_main_pages.py

The sentences are written for this script; the layouts are those of the rules' own pages
(fix275's blog: a name, a line under it, the post's title, its byline and text; fix277's
encyclopedia page and its date run into the lead after a wide gap).
"""

from __future__ import annotations

from main_pages import print_records

import jalali_meta as jm

# (a) A blog's name, a line under it (its motto) that fix275's `_name_over_description` does
# not take for a description (it leaves one of the name's words out, adds one word only,
# holds a year, or has as many words as the name), the post's short title, its byline and
# text: main gives the motto or the name as the title, silently; expected the post's title
# (warned at least), which mutants 0, 1, 3 and 8 give, warned. After fix289: the post's title,
# warned (`_title._name_and_motto_over_byline`).
_POST = (
    "نوشته شده توسط مهتاب کاظمی\n"
    "دیشب باران تندی آمد و جوی های کنار کوچه پر از آب شد و بچه ها قایق های کاغذی خود را در "
    "آن رها کردند تا ببینند کدام زودتر به سر کوچه می رسد.\n"
    "صبح که بیدار شدیم هوا آن قدر پاک بود که کوه های دور از پشت بام خانه پیدا بودند.\n"
)
_MOTTOS = (
    ("باران و آفتاب روستا", "یادداشت های روزهای باران و برف در دامنه کوه"),
    ("باران و آفتاب روستا", "یادداشت های روزهای برفی زمستان در دامنه کوه"),
    ("باران و آفتاب روستا", "یادداشت های باران و آفتاب روستا"),
    ("باران و آفتاب روستا", "یادداشت های روزهای باران و آفتاب روستا در دامنه کوه 1402"),
    ("باران و آفتاب در روستا", "یادداشت باران آفتاب روستا کوه"),
)

# (b) An encyclopedia page's name right over a section's heading and its bulleted list, no
# lead paragraph (fix277's `_heading_over_listed_item` wants a paragraph under the name):
# main gives the list's last item, silently; expected the page's name (mutant 35's record).
# After fix289: the page's name (`_title._section_heading_over_list`).
_WIKI = (
    "ایستگاه راه آهن\nامکانات\n- باجه فروش بلیت قطار\n- سکوی سوار شدن مسافران\n"
    "- سالن انتظار گرم و سرپوشیده\n- نمازخانه و سرویس بهداشتی\n- دکه های فروش روزنامه و خوراکی\n"
    "تاریخچه\nنخستین خط آهن کشور در دوره قاجار میان تهران و شهر ری کشیده شد و مردم برای "
    "زیارت با آن سفر می کردند و سال ها تنها خط آهن کشور همین مسیر کوتاه بود.\n"
    "در دهه های بعد ساخت راه آهن سراسری آغاز شد و ایستگاه های بزرگی در شهرهای مسیر آن "
    "ساخته شد که برخی از آن ها امروز بنای تاریخی به شمار می روند.\n"
)

# (c) A date, a wide gap and the lead run into it, the lead opening with a quote mark or a
# digit (fix277's `_lines._gapped_date_cut` wants a letter first), or the date opening with
# its weekday (9ac84c26's branch wants a digit first): main reads no date; expected
# 1401/08/12 (10:15 when printed; mutants 42 and 88 give it). After fix289: the quote mark
# and the digit read (`_lines._GAPPED_TEXT_OPENINGS`); the weekday-first date is fix288's.
_HEADLINE = "آغاز برداشت زعفران در مزارع شهرستان قائنات"
_LEAD = (
    "مدیر جهاد کشاورزی قائنات گفت: برداشت زعفران از امروز در بیش از هزار هکتار از مزارع "
    "این شهرستان آغاز شد و تا پایان آبان ادامه دارد."
)
_SECOND = (
    "وی افزود: پیش بینی می شود امسال به دلیل بارش های مناسب پاییزی محصول بیشتری نسبت به "
    "سال گذشته برداشت شود."
)

# (d) A short kicker over a headline that repeats its words and ends with a verb, over the
# text (fix275's own near miss, tests/test_fix275.py's kicker, whose test asserts only that
# no site-name doubt is given): main gives the kicker, silently; expected the headline
# (doubtful: the long line may be read as a lead; no mutant changes it). After fix293: the
# headline, `title-uncertain` (`_title._kicker_over_verb_headline`).
_KICKER_TEXT = (
    "مسئول کتابخانه های ولسوالی میگوید که این کتابخانه هفته ای دو بار به هر روستا میرود و "
    "کودکان میتوانند کتاب های آن را به خانه ببرند و هفته بعد پس بدهند.\n\n"
    "سال گذشته تنها یک کتابخانه کوچک در مرکز ولسوالی باز بود و راه آن برای کودکان دور بود.\n"
)


# (e) A university's static page (fix282's layout): the header's site name, the page's <h2>
# heading, a three-part <title> whose middle part (a group's name) is not the site's name in
# the header: main gives the header's site name, silently; expected the heading (no mutant
# changes it: fix282's `_html` rule keeps a part the headline part repeats). After fix289:
# the heading (`_article._inside_printed_title_tag`).
_STATIC_PAGE = (
    '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
    "<title>معرفی دانشکده علوم دریایی - گروه شیمی - دانشگاه هرمز و جنوب</title></head><body>"
    '<header><span class="site-title">دانشکده علوم دریایی</span>'
    '<nav><a href="/">صفحه اصلی</a><a href="/about">معرفی دانشکده</a>'
    '<a href="/news">اخبار</a></nav></header>'
    '<main><h2 class="page-title">معرفی دانشکده علوم دریایی</h2><div class="page-body">'
    "<p>دانشکده علوم دریایی در سال های نخست دانشگاه با دو گروه آموزشی کار خود را آغاز کرد و "
    "امروز دانشجویان کارشناسی و کارشناسی ارشد در آن درس می خوانند.</p>"
    "<p>آزمایشگاه های دانشکده در ساختمان کنار ساحل است و دانشجویان هر ترم چند روز را در "
    "کشتی پژوهشی دانشگاه می گذرانند.</p></div></main>"
    "<footer>کلیه حقوق این سایت متعلق به دانشگاه هرمز و جنوب است.</footer></body></html>"
)


# (f) fix275's blog page given without its address but with its canonical link, the one post
# title linking to that canonical address, the header's name linking to the host's root:
# main gives no title (`title-uncertain`), where the same page without the canonical link
# gets the post's title, sure (`_html` computes the site's home only when no address is
# known, and the canonical one counts as known; mutant 18's record is the post's title).
# After fix293: the post's title, sure (the canonical link's host is the site's home).
_VERSES = (
    "باران آمد و کوچه های ده را شست<br />\n"
    "بوی خاک نم خورده در خانه ها پیچید<br />\n"
    "کودکان از پشت پنجره به آسمان نگاه کردند<br />\n"
)
_BLOG = "https://baran-example.blogfa.com/"


# (g) (mut53b) The same gapped line with no headline over it, the page's first line: a
# weekday's date, a place or an agency and a dash before the date, or a month and its year,
# a wide gap, the lead: main gives the part before the gap as the title, silently, and reads
# no date; expected no title (warned) and the date (mutant 88 gives no title and 1401/08/12
# for the weekday's date).
_GAPPED_FIRST = (
    "پنجشنبه ۱۲ آبان ۱۴۰۱",
    "تهران - ۱۲ آبان ۱۴۰۱",
    "ایرنا ۱۲ آبان ۱۴۰۱",
    "آبان ماه ۱۴۰۱",
)
_LIBRARY_LEAD = (
    "به گزارش خبرنگار ما، مدیر کتابخانه های عمومی استان امروز گفت که از هفته آینده "
    "کتابخانه ها تا ساعت ده شب باز خواهند بود."
)
_LIBRARY_MORE = (
    "او افزود که این تصمیم پس از درخواست های فراوان دانشجویان و دانش آموزان گرفته شده است "
    "و تا پایان شهریور ادامه دارد."
)

# (h) (mut53b) A bar-less menu of a site's pages opening with «خانه» right over the text, no
# headline: three items (fewer than fix278's four, every one a menu's word) or five with one
# item no menu's word: main gives the menu's tail as the title, silently; expected no title
# (mutant 47 gives no title, warned, for the five items). After fix291 (three items of menu
# words, one a site page's link, are a menu; «گالری» a menu's word): no title, `title-uncertain`,
# for both.
_MENUS = ("خانه مقالات تماس با ما", "خانه مقالات درباره ما تماس با ما گالری")


def _blog(canonical: bool) -> str:
    link = f'<link rel="canonical" href="{_BLOG}post/12" />' if canonical else ""
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
        f'<title>دفتر باران</title><link rel="alternate" type="application/rss+xml" '
        f'href="{_BLOG}rss" />{link}</head><body>'
        f'<div id="header"><h1><a href="{_BLOG}">دفتر باران</a></h1></div>'
        f'<div class="post"><h2 class="posttitle"><a href="{_BLOG}post/12">باران بهاری در روستا'
        f'</a></h2><div class="postcontent">{_VERSES}</div>'
        '<div class="postfooter"><span>+ نوشته شده در پنجشنبه ششم تیر ۱۳۹۲ ساعت 21:35 '
        "توسط مهتاب</span></div></div></body></html>"
    )


def _pages() -> list[tuple[str, jm.Article]]:
    pages = [
        (
            f"(a) «{name}» / «{motto}» / post",
            jm.parse_article(f"{name}\n{motto}\nقایق های کاغذی\n{_POST}"),
        )
        for name, motto in _MOTTOS
    ]
    pages.append(("(b) a page's name over a heading and a list, no lead", jm.parse_article(_WIKI)))
    pages.extend(
        (
            f"(c) a gapped date before a lead opening with «{mark}»",
            jm.parse_article(f"{_HEADLINE}\n\n۱۰:۱۵ – ۱۲ آبان ۱۴۰۱   {lead}\n{_SECOND}\n"),
        )
        for mark, lead in (("«", f"«{_LEAD}»"), ("۱۲", f"۱۲ {_LEAD}"))
    )
    pages.extend(
        (
            f"(c) a gapped date «{date}» before the lead",
            jm.parse_article(f"{_HEADLINE}\n\n{date}   {_LEAD}\n{_SECOND}\n"),
        )
        for date in ("پنجشنبه ۱۲ آبان ۱۴۰۱", "پنجشنبه، ۱۲ آبان ۱۴۰۱ - ۱۰:۱۵")
    )
    pages.extend(
        (
            f"(d) a kicker over a headline ending «{verb}»",
            jm.parse_article(
                f"کتابخانه سیار دره سبز\n\nکتابخانه سیار از فردا در روستاهای دره سبز {verb}\n\n"
                + _KICKER_TEXT
            ),
        )
        for verb in ("میچرخد", "راه اندازی شد")
    )
    pages.append(
        (
            "(e) <title> «HEADING - SECTION - UNIVERSITY», the section not in the heading",
            jm.parse_html(
                _STATIC_PAGE, url="https://marine.example.ac.ir/news/5f1a2b3c/staticpage"
            ),
        )
    )
    pages.extend(
        (f"(f) fix275's blog page, canonical link: {canonical}", jm.parse_html(_blog(canonical)))
        for canonical in (True, False)
    )
    pages.extend(
        (
            f"(g) «{date}», a wide gap and the lead, no headline",
            jm.parse_article(f"{date}   {_LIBRARY_LEAD}\n{_LIBRARY_MORE}\n"),
        )
        for date in _GAPPED_FIRST
    )
    pages.extend(
        (
            f"(h) the menu «{menu}» over the text, no headline",
            jm.parse_article(f"{menu}\n{_LIBRARY_LEAD}\n{_LIBRARY_MORE}\n"),
        )
        for menu in _MENUS
    )
    return pages


def main() -> None:
    print_records(_pages())


if __name__ == "__main__":
    main()
