"""fix190: real58's general causes (docs/real_sample.md, «A forty-seventh sample»).

1. «پیام‌نما» (Mehr News's daily verse box, real58 #07) is a daily box's heading, and a box
   heading with a spaced trailing colon («حدیث روز :», kavoshnews.com, #26) is one too.
2. A breadcrumb's arrows left before a headline («» » » HEADLINE», #26) are not the title's.
3. A headline a flattened table cell closes with bars («HEADLINE | ||», madresehnews.com,
   #08) is the title, not a diff table's row (fix179's rows open with or hold a bar).
4. The item's link printed under «لینک مطلب :» / «لینک کوتاه :» gives the number when the
   address holds none and no code is printed (#08, khalijpress.ir #18).
5. «/news/<category-slug>/9689», the whole path: the item's ID (sk.mcth.ir, #15).
6. «[ شناسه خبر : ۴۶۸۳۴ ]»: a label line in square brackets reads as a label (mojerasa.ir, #14).
7. A blog's masthead (its name twice, its description) printed twice opening the page is the
   site's: the line under it is the title, uncertain (talesh-voice.blogsky.com, #20).
Headlines and bodies are ours (ordinary local news).
"""

from __future__ import annotations

import jalali_meta as jm

_BODY = (
    "فرماندار شهرستان گفت: بارش شدید باران شنبه شب برق شماری از روستاهای این شهرستان را"
    " قطع کرد و گروه‌های امدادی برای کمک به مردم اعزام شدند.\n"
    "این مقام مسئول افزود که خسارت‌ها در حال بررسی است و برق بیشتر روستاها تا صبح وصل شد.\n"
)
_HEADLINE = "سیل برق روستاهای شهرستان را قطع کرد"


# -- 1. daily boxes (Mehr's «پیام‌نما» box over its verse, real58 #07; kavoshnews.com #26)

_VERSE_BOX = (
    "{heading}\n\n"
    "وَ تَعَاوَنُوا عَلَى الْبِرِّ وَ التَّقْوَى وَ لَا تَعَاوَنُوا عَلَى الْإِثْمِ وَ الْعُدْوَانِ"
    " * * * و در نیکوکاری و پرهیزگاری با یکدیگر همکاری کنید و در گناه و تجاوز همکاری"
    " نکنید [تا جامعه‌ای سالم بماند و هیچ کس در آن تنها نماند؛ زیرا هر کس که به دیگری در"
    " کار نیک یاری رساند، پاداش آن را از پروردگار خود خواهد گرفت] و از خدا پروا کنید [و"
    " فرمان او را در همه کارها به یاد داشته باشید، چه در خانه و چه در بازار و چه در"
    " میان مردم] که خدا سخت کیفر است [برای کسانی که از حق روی بگردانند و به دیگران"
    " ستم کنند و اندرز پیامبران را نشنوند]. * * * دست در دست هم دهیم به مهر / میهن خویش"
    " را کنیم آباد\n\n"
    "۲ فروردین ۱۴۰۴، ۱۴:۰۷\n\n"
    "تگرگ در روستای سرسبز همدان؛ خسارت به باغ‌ها و مزارع\n\n"
    "تگرگ در روستای سرسبز همدان؛ خسارت به باغ‌ها و مزارع\n\n"
    "همدان- بخشدار گفت: بارش تگرگ عصر دیروز به باغ‌های میوه و مزارع گندم روستای سرسبز"
    " خسارت زد و کارشناسان جهاد کشاورزی برای برآورد آن به منطقه رفتند.\n"
)


def test_verse_box_heading_is_no_title() -> None:
    for heading in ("پیام\u200cنما", "پیامنما"):
        for url in (None, "https://www.mehrnews.com/news/6412345/x"):
            article = jm.parse_article(_VERSE_BOX.format(heading=heading), url=url)
            assert article.title == "تگرگ در روستای سرسبز همدان؛ خسارت به باغ‌ها و مزارع"


def test_verse_box_heading_neg_one_word_headline() -> None:
    """A one-word line over a body paragraph without a box's verse stays a candidate: the
    heading rule is by the box's name, not by shape (the headline printed twice wins)."""
    text = "پیام\u200cرسان\n\n" + _BODY
    assert jm.parse_article(text).title != "تگرگ در روستای سرسبز همدان؛ خسارت به باغ‌ها و مزارع"


_SAYING_BOX = (
    "{heading}\n"
    "پیامبر اکرم (ص) می فرماید : دانش را بجویید هرچند در دورترین جا باشد.\n\n\n"
    "» » » » سیل برق روستاهای شهرستان را قطع کرد\n\n"
    f"{_BODY}"
)


def test_daily_box_heading_with_spaced_colon_and_crumb_arrows() -> None:
    """kavoshnews.com's page (real58 #26): «حدیث روز :» over a saying, then the headline
    after a breadcrumb's lost names («» » » »»)."""
    for heading in ("حدیث روز :", "حدیث روز:"):
        article = jm.parse_article(_SAYING_BOX.format(heading=heading))
        assert article.title == _HEADLINE


def test_daily_box_heading_neg_colon_line_over_headline() -> None:
    """A longer line closed by a colon (a kicker of four words and more) is no box's
    heading: the rule reads the box's name only, and the headline stays the title."""
    text = f"سخنگوی اداره برق استان گفت :\n{_HEADLINE}\n\n{_BODY}"
    assert jm.parse_article(text).title == _HEADLINE


# -- 2. breadcrumb arrows before the headline (real58 #26)


def test_crumb_arrow_run_is_not_the_titles() -> None:
    for arrows in ("» » ", "› › › ", "> > "):
        assert jm.parse_article(f"{arrows}{_HEADLINE}\n\n{_BODY}").title == _HEADLINE


def test_crumb_arrow_neg_one_arrow_kept() -> None:
    """One arrow alone is no breadcrumb's run: the line is kept as printed."""
    title = jm.parse_article(f"» {_HEADLINE}\n\n{_BODY}").title
    assert title == f"» {_HEADLINE}"


# -- 3. a headline closed by a table cell's bars (madresehnews.com, real58 #08)


def test_headline_closed_by_bars_is_the_title() -> None:
    for bars in (" | ||", " ||", " | |||"):
        assert jm.parse_article(f"{_HEADLINE}{bars}\n{_BODY}").title == _HEADLINE


def test_headline_closed_by_bars_neg_diff_row() -> None:
    """A diff table's row opening with a bar (fix179's shape) is never the title."""
    row = f"| {_HEADLINE} | ||"
    assert jm.parse_article(f"{row}\n{_BODY}").title != _HEADLINE


# -- 4. the item's printed link gives the number (real58 #08, #18)


def test_printed_item_link_gives_the_number() -> None:
    for line in (
        "لینک مطلب :https://news.example.ir/fa/22184 |",
        "لینک کوتاه : https://news.example.ir/?p=216796",
    ):
        text = f"{_HEADLINE}\n{_BODY}{line}\n"
        expected = line.rstrip(" |").rsplit("/", 1)[-1].removeprefix("?p=")
        assert jm.parse_article(text).number == expected
        address = "https://news.example.ir/1402/03/sel-barq"
        assert jm.parse_article(text, url=address).number == expected


def test_printed_item_link_neg_code_wins_and_no_id() -> None:
    link = "لینک کوتاه : https://news.example.ir/?p=216796"
    assert jm.parse_article(f"{_HEADLINE}\nکد خبر : ۵۵۱۲۳\n{_BODY}{link}\n").number == "55123"
    tag = "لینک کوتاه : https://news.example.ir/tag/sel-barq"
    assert jm.parse_article(f"{_HEADLINE}\n{_BODY}{tag}\n").number is None


# -- 5. an item's ID after its category's slug (sk.mcth.ir, real58 #15)


def test_id_after_category_slug() -> None:
    text = f"{_HEADLINE}\n{_BODY}"
    assert jm.parse_article(text, url="https://x.example.ir/news/general-manager/9689").number == (
        "9689"
    )


def test_id_after_category_slug_neg() -> None:
    text = f"{_HEADLINE}\n{_BODY}"
    for url in (
        "https://x.example.ir/news/2017/10",
        "https://x.example.ir/news/page/3",
        "https://x.example.ir/news/xy/2381",
        "https://x.example.ir/tag/general-manager/9689",
        "https://x.example.ir/news/general-manager/1402",
    ):
        assert jm.parse_article(text, url=url).number is None, url


# -- 6. a label line in square brackets (mojerasa.ir, real58 #14)


def test_bracketed_label_line() -> None:
    text = f"[ شناسه خبر : ۴۶۸۳۴ ]\n[ مدت زمان تقریبی برای مطالعه : 2 دقیقه ]\n{_HEADLINE}\n{_BODY}"
    article = jm.parse_article(text)
    assert article.number == "46834"
    assert article.title == _HEADLINE


def test_bracketed_label_neg_no_id_label() -> None:
    """A bracketed line whose label names no ID («کد تخفیف», a discount code) gives none."""
    text = f"[ کد تخفیف : ۴۶۸۳۴ ]\n{_HEADLINE}\n{_BODY}"
    assert jm.parse_article(text).number is None


# -- 7. a blog's masthead printed twice (talesh-voice.blogsky.com, real58 #20)

_BLOG_HEADLINE = "شهردار: ۱۲ پارک تازه در شهر ساخته می‌شود"
_MASTHEAD = (
    "صدای شهر ما\n\nصدای شهر ما\n\n"
    "شهر ما شهری کهن و سرسبز در دامنه کوه‌های شمالی است که هر سال پذیرای هزاران گردشگر است\n"
)


def test_masthead_printed_twice_is_no_title() -> None:
    text = (
        f"{_MASTHEAD}{_MASTHEAD}\n{_BLOG_HEADLINE}\nپارک‌های شهری\n\n"
        "شهردار در جلسه شورای شهر گفت که ساخت دوازده پارک تازه در محله‌های کم برخوردار از"
        " بهار آغاز می‌شود و تا پایان سال به پایان می‌رسد.\n"
    )
    for url in (None, "http://shahr-ma.blogsky.com/1394/12/07/post-351/"):
        article = jm.parse_article(text, url=url)
        assert article.title == _BLOG_HEADLINE
        # (uncertain: a month archive prints the same header over its first post, tests/pages 1354)
        assert "title-uncertain" in {warning.code for warning in article.warnings}


def test_masthead_twice_neg_headline_printed_twice() -> None:
    """A news page's headline printed twice under its date line: the headline stays."""
    text = f"۲ فروردین ۱۴۰۴، ۱۴:۰۷\n\n{_HEADLINE}\n\n{_HEADLINE}\n\n{_BODY}"
    assert jm.parse_article(text).title == _HEADLINE


# -- The lead's mend after fix190: a daily box on a page with no blank lines (tests/pages 350
# and 371 as tests/test_flattened.py flattens them: Mehr's «پیام‌نما» box, then the item's
# kicker, headline and lead, every line single-spaced). Before it the box took the three
# lines under its heading, the kicker and headline among them, and a photo caption below
# became the title, silently.
_MEHR_FLAT = (
    "سیاست\nمجلس و انتخابات\nپیام‌نما\n"
    "إِنَّ مَعَ الْعُسْرِ يُسْرًا * * * بی‌گمان با هر سختی آسانی‌ای هست و هر گره‌ای با "
    "شکیبایی باز می‌شود * * * شب هرچه دراز باشد سپیده از پی آن می‌آید\n"
    "سخنگوی شورای شهر خبر داد\n"
    "بازگشایی کتابخانه مرکزی شهر پس از نوسازی\n"
    "تهران- سخنگوی شورای شهر از بازگشایی کتابخانه مرکزی شهر پس از شش ماه نوسازی در هفته "
    "آینده خبر داد و گفت ساعت کار کتابخانه نیز تا ده شب افزایش می‌یابد.\n"
    "۱۵ مهر ۱۴۰۲، ۹:۴۰\nکد خبر ۵۸۹۴۳۲۱\nعکس تزئینی است\n"
    "به گزارش خبرنگار ما، سخنگوی شورای شهر صبح امروز در نشست خبری گفت کار نوسازی "
    "کتابخانه مرکزی به پایان رسیده و تالار مطالعه آن دو برابر شده است.\n"
)


def test_a_long_verse_ends_the_daily_box_on_a_page_with_no_blank_lines() -> None:
    article = jm.parse_article(_MEHR_FLAT)
    assert article.title == "بازگشایی کتابخانه مرکزی شهر پس از نوسازی"


def test_a_daily_box_of_short_lines_neg_still_takes_them() -> None:
    """-neg: a saying and its translation, each shorter than a long verse, under «حدیث روز»
    with no blank line: both stay in the box (a headline under them, with its date line)."""
    text = (
        "حدیث روز\nالعلم نور\nدانش روشنایی است\n۱۵ مهر ۱۴۰۲، ۹:۴۰\n"
        "بازگشایی کتابخانه مرکزی شهر پس از نوسازی\n"
        "به گزارش خبرنگار ما، سخنگوی شورای شهر صبح امروز در نشست خبری گفت کار نوسازی "
        "کتابخانه مرکزی به پایان رسیده و تالار مطالعه آن دو برابر شده است.\n"
    )
    article = jm.parse_article(text)
    assert article.title == "بازگشایی کتابخانه مرکزی شهر پس از نوسازی"
    ignored = {(item.text, item.reason) for item in article.ignored}
    assert ("دانش روشنایی است", "widget") in ignored
