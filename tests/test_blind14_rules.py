"""Rules found with the eleventh blind batch (tests/pages 860-879).

Each rule has a positive and a negative case; every positive case failed before its change.
"""

from __future__ import annotations

from tests.checks import warning_codes as codes

import jalali_meta as jm

HEADLINE = "برکناری یک مدیر شهری در پی سخنان تند درباره خبرنگاران"
BODY = (
    "سخنان تند یکی از مدیران شهری درباره خبرنگاران محلی در نشست بررسی وضعیت سواحل، "
    "واکنش‌های گسترده‌ای در میان اهالی رسانه و کاربران فضای مجازی به همراه داشت. چند ساعت "
    "پس از انتشار فایل صوتی این نشست، حکم برکناری او صادر شد.\n"
)


def day(article: jm.Article) -> str | None:
    return article.published.gregorian.isoformat()[:10] if article.published else None


# -- a counter after a date's time is no company (_header.py, _date_line) -------------------


def test_comment_count_after_the_date_and_time_keeps_the_date_line() -> None:
    # 860: «08 آذر 1403 09:52 0 کامنت»: the date, the time, then the comment count.
    article = jm.parse_article(f"08 آذر 1403 09:52 0 کامنت\n\n{HEADLINE}\n\n{BODY}")
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2024-11-28T09:52:00+03:30"


def test_words_after_the_date_and_time_are_still_company() -> None:
    # Not a counter (no number before the word): a line of text that holds a date.
    article = jm.parse_article(
        f"08 آذر 1403 09:52 کامنت های کاربران درباره این خبر\n\n{HEADLINE}\n\n{BODY}"
    )
    assert article.published is None


# -- a bare date line next to a widget's line is the widget's (_article.py, _widget_date) ----

PRAYER = "اوقات شرعی تهران؛ اذان ظهر سه شنبه ۱۶ اسفند ۱۴۰۱"
EXPLAIN = (
    "اوقات شرعی زمان‌هایی از شبانه‌روز است که بر پایه طول و عرض جغرافیایی هر شهر و تاریخ "
    "همان روز با فرمول‌های نجومی به دست می‌آید و به ساعت و دقیقه اعلام می‌شود.\n"
)


def test_date_line_between_prayer_times_is_not_the_publication_date() -> None:
    # 869/877: the widget's «۱۴۰۱/۱۱/۱۶» (a typo of its day) over «اذان ظهر: ۱۲:۱۵».
    text = f"{PRAYER}\n\nاذان مغرب: ۱۸:۲۳\n\n۱۴۰۱/۱۱/۱۶\n\nاذان ظهر: ۱۲:۱۵\n\n{EXPLAIN}"
    article = jm.parse_article(text)
    assert article.published is None
    assert "published-conflict" in codes(article)


def test_date_line_away_from_a_widget_is_still_read() -> None:
    text = f"{PRAYER}\n\n۱۴۰۱/۱۲/۱۶\n\nگزارش خبرنگار اقتصادی از بازار امروز\n\n{EXPLAIN}"
    assert day(jm.parse_article(text)) == "2023-03-07"


# -- «تاریخ امروز» labels a date widget (_header.py, TODAY_DATE_LABEL) ----------------------


def test_todays_date_label_is_a_today_widget() -> None:
    for label in ("تاریخ شمسی امروز", "تاریخ امروز سه شنبه اوقات شرعی"):
        article = jm.parse_article(f"{label}\n\n{BODY}")
        assert article.title is None, label
        assert [line.reason for line in article.ignored] == ["today widget"], label


def test_todays_history_headline_is_text() -> None:
    headline = "تاریخ امروز ایران در گرو تصمیم‌های بزرگ دیروز است"
    article = jm.parse_article(f"{headline}\n\n{BODY}")
    assert article.title == headline
    assert not article.ignored


# -- a caption between a widget's lines is no title (_article.py, _inside_widget) -----------


def test_caption_inside_a_widget_loses_to_the_headline_above() -> None:
    # 869: the widget's own caption between its times, the page's headline above it.
    text = (
        f"{PRAYER}\n\nتاریخ شمسی امروز\n\nاذان مغرب: ۱۸:۲۳\n\nغروب آفتاب: ۱۸:۰۴\n\n"
        "اوقات شرعی تهران – زمان اذان صبح ظهر مغرب به افق تهران\n\n"
        f"اذان ظهر: ۱۲:۱۵\n\nطلوع آفتاب: ۰۶:۲۷\n\n{EXPLAIN}"
    )
    assert jm.parse_article(text).title == PRAYER


def test_line_under_the_widget_is_still_a_headline() -> None:
    # The same caption under the widget (no widget line below it): a headline over the body.
    caption = "اوقات شرعی تهران – زمان اذان صبح ظهر مغرب به افق تهران"
    text = f"اذان مغرب: ۱۸:۲۳\n\nغروب آفتاب: ۱۸:۰۴\n\n{caption}\n\n{EXPLAIN}"
    assert jm.parse_article(text).title == caption


# -- a day archive's day is no post's on a page that reads as a list (_url_candidates) ------

ITEMS = [
    (
        "پل‌های چوبی بدخشان؛ راه‌هایی که هر بهار آب می‌برد",
        "با آب شدن برف‌ها در ولسوالی‌های دوردست بدخشان، چند پل چوبی که روستاها را به مرکز "
        "ولسوالی وصل می‌کرد، دوباره تخریب شده است. باشندگان می‌گویند هر بهار سیلاب آنها را "
        "می‌برد،",
    ),
    (
        "افزایش بیماران تنفسی در شفاخانه‌های مزارشریف",
        "مسئولان صحت عامه بلخ می‌گویند با سرد شدن هوا، شمار کودکانی که با بیماری‌های تنفسی به "
        "شفاخانه‌ها آورده می‌شوند، دو برابر شده است.",
    ),
    (
        "کمبود معلم زن در مکتب‌های روستایی غزنی",
        "شماری از باشندگان ولسوالی‌های غزنی می‌گویند مکتب‌های دخترانه روستاهای‌شان معلم زن "
        "ندارند و بسیاری از دختران از درس باز می‌مانند.",
    ),
    (
        "کشت زعفران؛ امید تازه کشاورزان هرات",
        "کشاورزان ولسوالی غوریان هرات امسال زمین‌های بیشتری را زیر کشت زعفران برده‌اند و "
        "می‌گویند درآمد زعفران چند برابر گندم است.",
    ),
]
DAY_ARCHIVE = "https://swn.af/2020/12/06/"


def test_day_archive_of_several_items_gives_no_published() -> None:
    # 870: four items, each a headline and an excerpt, at /2020/12/06/.
    text = "\n\n".join(f"{head}\n\n{excerpt}" for head, excerpt in ITEMS) + "\n"
    article = jm.parse_article(text, url=DAY_ARCHIVE)
    assert article.published is None
    assert "listing-page" in codes(article)


def test_day_archive_of_one_post_gives_its_day() -> None:
    head, excerpt = ITEMS[0]
    article = jm.parse_article(f"{head}\n\n{excerpt}\n", url=DAY_ARCHIVE)
    assert day(article) == "2020-12-06"


# -- a colon-ending headline over the header's ID label (_article.py, _over_id_label) -------

COLON_HEADLINE = "رشت، در شب جشن:"
STREETS = (
    "اختصاصی/نگاه ایران: خیابان‌های مرکز شهر را چراغانی کرده‌اند؛ بوی اسپند و شیرینی در هوا "
    "پیچیده و همه از جشن بزرگ شب نیمه شعبان حرف می‌زنند. خانواده‌ها با شوق به خیابان آمده‌اند.\n"
)


def test_colon_ending_line_over_the_id_label_is_the_headline() -> None:
    # 862: the headline ends with «:», the indented «کد خبر: 3123» under it.
    article = jm.parse_article(f"{COLON_HEADLINE}\n       کد خبر: 3123\n{STREETS}")
    assert article.title == COLON_HEADLINE
    assert article.number == "3123"


def test_colon_ending_line_over_the_lead_is_still_a_kicker() -> None:
    article = jm.parse_article(f"{COLON_HEADLINE}\n{STREETS}")
    assert article.title is None
    assert "title-uncertain" in codes(article)


# -- «امروز» and a whole date opening the first paragraph (_article.py, _today_dateline) ----

AVINI = (
    "شهید آوینی\n\n \n\n"
    "امروز {weekday} نوزدهم خرداد سال 1384 هجری شمسی برابر با دوم جمادی الاول سال 1426 هجری "
    "قمری و مصادف با نهم ژوئن 2005میلادی است .\n\n"
    "روز کتابخانه های سیار :\n"
    "در چنین روزی در سال 1362 نخستین کتابخانه سیار شهر با یک اتوبوس کهنه و چند صد جلد کتاب "
    "کار خود را در محله های جنوبی آغاز کرد . این کتابخانه هر هفته به چهار محله سر می زد .\n"
)


def test_today_and_a_whole_date_opening_the_text_is_the_pages_day() -> None:
    # 861/873: «امروز پنج شنبه نوزدهم خرداد سال 1384 ...» over a column's dated entries.
    article = jm.parse_article(AVINI.format(weekday="پنج شنبه"))
    assert day(article) == "2005-06-09"


def test_today_with_a_wrong_weekday_names_no_day() -> None:
    # 19 Khordad 1384 is a Thursday: «شنبه» says the sentence is not that day's.
    article = jm.parse_article(AVINI.format(weekday="شنبه"))
    assert article.published is None


def test_today_without_a_year_names_no_day() -> None:
    text = AVINI.format(weekday="پنج شنبه").replace("سال 1384 هجری شمسی", "")
    assert jm.parse_article(text).published is None


# -- a <title> that is only the logo's alt text names the site (_html.py, _logo_alt) --------

PAGE = (
    '<html dir="rtl"><head><title>شهید آوینی</title></head><body>'
    '<table><tr><td><img src="{src}" alt="شهید آوینی"></td></tr>'
    '<tr><td><p align="center"><b>شهید آوینی</b></p>'
    "<p>امروز پنج شنبه نوزدهم خرداد سال 1384 هجری شمسی برابر با دوم جمادی الاول سال "
    "1426 هجری قمری و مصادف با نهم ژوئن 2005میلادی است .</p>"
    "<p><b>روز کتابخانه های سیار :</b><br>در چنین روزی در سال 1362 نخستین کتابخانه سیار شهر با یک اتوبوس کهنه و چند صد جلد "
    "کتاب کار خود را در محله های جنوبی آغاز کرد .</p></td></tr></table></body></html>"
)


def test_title_equal_to_the_header_images_alt_is_the_sites_name() -> None:
    # 873: <title> and the bold line say «شهید آوینی», the header image's alt the same.
    article = jm.parse_html(PAGE.format(src="/images/header.jpg"))
    assert article.title != "شهید آوینی"


def test_title_equal_to_a_photos_alt_is_still_the_title() -> None:
    article = jm.parse_html(PAGE.format(src="/images/photo-1384.jpg"))
    assert article.title == "شهید آوینی"


# -- a theme's «مرور برچسب» heading over the list's name (_article.py, _browsed_name) -------

TAG_ITEM = (
    "دو ولسوالی آرام غور تا کی آرام می‌مانند؟\n\n"
    "با گسترش ناامنی‌ها در شماری از ولایت‌های غربی، طی هفته‌های گذشته چند ولسوالی از کنترل "
    "نیروهای دولتی بیرون رفت و دامنه جنگ تا نزدیکی مراکز شهرها رسید. در این میان، دو ولسوالی "
    "غور هنوز آرام مانده‌اند، به شمول…\n"
)


def test_browse_tag_heading_names_the_list_under_it() -> None:
    # 864 from the text alone: «مرور برچسب», the tag's name, one item and its cut excerpt.
    article = jm.parse_article(f"مرور برچسب\n\nحمایت دولت\n\n{TAG_ITEM}")
    assert article.title == "حمایت دولت"
    assert "listing-page" in codes(article)


def test_short_line_without_the_browse_heading_is_no_lists_name() -> None:
    article = jm.parse_article(f"اخبار ولایات\n\nحمایت دولت\n\n{TAG_ITEM}")
    assert article.title != "حمایت دولت"
