"""fix174: the sixty-fourth blind batch's findings (docs/evaluation.md «1920-1934,
sixty-fourth blind batch») and the fifty-eighth attack round's warned case (docs/reliability.md
«Attacks, fifty-eighth round», benchmarks/attacks58.py).

1. A line opening with the home link (or a list's name) that ends with a headline printed
   alone a few lines below is a breadcrumb run into the headline: the shorter line is the
   title (``_title._crumb_over_its_tail``; rajeoon.com, tests/pages 1934).
2. A headline printed twice in a row over a few short sub-heading lines (a table of
   contents) right over the text is the title, not the contents' last line
   (``_title._twice_over_subheadings``; mohammadilawyer.com, tests/pages 1922).
3. A short line right under an ad's label («سفارش تبلیغ») is the advertiser's name, never a
   title candidate, nor is the label over it; the walk's first line under such an ad box is
   in doubt (the blog's name as often; a Parsiblog blog, tests/pages 1932).
4. A numeric WordPress slug of an ID's digits (five or more) with the duplicate-slug suffix
   «-2» ... «-9» ending the path reads as the bare number (``/web/10763-2``; ganrrc.org.ir,
   tests/pages 1928).
5. fix168's today banner over a ticker: four wide gaps or more make a ticker however few
   its words (six short headlines, 24 words).

The positives fail on main 1cac7271; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_BODY = (
    "کتابخانه عمومی شهر از این هفته ساعت کار خود را تا ده شب افزایش داده است\n"
    "اعضای کتابخانه می توانند کتاب های تازه را از قفسه ویژه امانت بگیرند\n"
    "کارت عضویت نیز در همان روز مراجعه صادر می شود\n"
)

# -- 1. a breadcrumb run into the headline, the headline printed alone below it
_GUIDE = "راهنمای عضویت در کتابخانه عمومی شهر"


def test_home_breadcrumb_over_its_headline_alone() -> None:
    """«خانه ... HEADLINE» / a Latin username / HEADLINE / subtitle: the headline alone."""
    text = (
        f"خانه فرهنگ و جامعه نوشته های کوتاه {_GUIDE}\n\nnarges ahmadi\n\n{_GUIDE}\n\n"
        f"آنچه هر عضو تازه باید بداند\n\n{_BODY}"
    )
    assert jm.parse_article(text).title == _GUIDE


def test_list_name_breadcrumb_over_its_headline_alone() -> None:
    """«مطالب گوناگون HEADLINE» / HEADLINE: a list's name opening the breadcrumb."""
    text = f"مطالب گوناگون {_GUIDE}\n\n{_GUIDE}\n\nآنچه هر عضو تازه باید بداند\n\n{_BODY}"
    assert jm.parse_article(text).title == _GUIDE


def test_headline_with_more_words_over_its_tail_neg() -> None:
    """A longer line not opening with a home link or a list's name, over a line that is its
    end: not read as a breadcrumb (today's reading kept)."""
    text = f"گزارش تازه درباره {_GUIDE}\n\n{_GUIDE}\n\nآنچه هر عضو تازه باید بداند\n\n{_BODY}"
    assert jm.parse_article(text).title != _GUIDE


def test_home_line_without_its_tail_below_neg() -> None:
    """«خانه ...» with no line below printing its end alone: not cut here."""
    text = f"خانه فرهنگ و جامعه نوشته های کوتاه {_GUIDE}\n\nnarges ahmadi\n\n{_BODY}"
    assert jm.parse_article(text).title != _GUIDE


# -- 2. a headline printed twice over short sub-heading lines
_CLINIC = "مشاوره حقوقی خانواده"
_TWICE_LEAD = (
    "مشاوره حقوقی خانواده به راهنمایی هایی گفته می شود که یک وکیل درباره طلاق، مهریه و "
    "حضانت فرزند به زن و شوهر می دهد. بیشتر پرونده های خانواده با یک جلسه مشاوره ساده "
    "کوتاه تر می شوند و هزینه دادرسی کمتری دارند.\n\n"
    "وکیل پیش از هر اقدامی مدارک ازدواج و سابقه پرونده را می خواند و راه های سازش را "
    "پیشنهاد می کند.\n"
)


def _twice(headings: list[str], head: str = _CLINIC, lead: str = _TWICE_LEAD) -> str:
    rows = "\n\n".join(headings)
    return f"مشاور حقوقی شما در شرق تهران\n\n12 آبان 1399\n\n{head}\n\n{head}\n\n{rows}\n\n{lead}"


def test_headline_twice_over_three_subheadings() -> None:
    """The headline printed twice over three sub-heading lines: the headline."""
    text = _twice(["مشاوره خانواده چیست", "تاریخچه دادگاه خانواده", "چرا مشاوره پیش از دعوا"])
    assert jm.parse_article(text).title == _CLINIC


def test_headline_twice_over_two_subheadings() -> None:
    text = _twice(["تاریخچه دادگاه خانواده", "چرا مشاوره پیش از دعوا لازم است"])
    assert jm.parse_article(text).title == _CLINIC


def test_name_twice_over_lines_lead_never_names_neg() -> None:
    """A short name printed twice whose words the text never uses (a site's logo and name):
    not taken over the line right above the text."""
    text = _twice(
        ["مشاوره خانواده چیست", "تاریخچه دادگاه خانواده", "چرا مشاوره پیش از دعوا"],
        head="دفتر بهار روشن",
    )
    assert jm.parse_article(text).title != "دفتر بهار روشن"


def test_headline_printed_once_over_subheadings_neg() -> None:
    """Printed once: the rule does not apply (today's reading kept)."""
    on_main = jm.parse_article(
        f"مشاور حقوقی شما در شرق تهران\n\n12 آبان 1399\n\n{_CLINIC}\n\n"
        f"مشاوره خانواده چیست\n\nتاریخچه دادگاه خانواده\n\nچرا مشاوره پیش از دعوا\n\n"
        f"{_TWICE_LEAD}"
    )
    assert on_main.title == "چرا مشاوره پیش از دعوا"


# -- 3. an ad's label and the advertiser's name
_MILL = (
    "آسیاب کهنه پایین روستا هنوز سرپاست و سنگ بزرگ آن در گوشه حیاط مانده است پیرمردهای "
    "آبادی از روزهایی یاد می کنند که همه گندم ده را همین آسیاب آرد می کرد و صف گاری ها تا "
    "سر جاده می رسید هفته پیش با چند نفر از جوانان سری به آنجا زدیم و از دیوارهای "
    "ترک خورده و سقف گنبدی آن عکس گرفتیم\n\n"
    "امیدواریم میراث فرهنگی برای مرمت آن کاری بکند\n"
)


def test_advertiser_under_ad_label_is_no_title() -> None:
    """«سفارش تبلیغ» / «نور ویژن» / the blog's name / «نظر» / the post: never the advertiser;
    the blog's name under the ad box is in doubt."""
    text = f"سفارش تبلیغ\nنور ویژن\n\nروستای سبزدشت\n\nنظر\n\n{_MILL}"
    article = jm.parse_article(text)
    assert article.title != "نور ویژن"
    assert "title-uncertain" in _codes(article)


def test_headline_under_ads_menu_item_neg() -> None:
    """A headline's length under a menu's «تبلیغات»: still a candidate (today's reading)."""
    head = "مرمت آسیاب کهنه روستای سبزدشت آغاز شد"
    text = f"تبلیغات\n{head}\n\n{_MILL}"
    assert jm.parse_article(text).title == head


# -- 4. WordPress's duplicate-slug suffix after a numeric slug
_NEWS = "آغاز کلاس های تابستانی کتابخانه\n\nکلاس های تابستانی کتابخانه از شنبه آغاز می شود.\n"


def test_numeric_slug_with_duplicate_suffix() -> None:
    assert jm.parse_article(_NEWS, url="https://example.org.ir/web/20481-2").number == "20481"
    assert jm.parse_article(_NEWS, url="https://example.org.ir/web/20481-3/").number == "20481"


def test_date_like_pair_is_no_duplicate_suffix_neg() -> None:
    assert jm.parse_article(_NEWS, url="https://example.org.ir/web/1402-12").number is None
    assert jm.parse_article(_NEWS, url="https://example.org.ir/news/12-3456").number is None
    assert jm.parse_article(_NEWS, url="https://example.org.ir/web/1402-3").number is None
    assert jm.parse_article(_NEWS, url="https://example.org.ir/1-2/").number is None


# -- 5. a today banner over a short ticker
_GAP = "      "
_SHORT_TICKER = _GAP.join(
    [
        "آزمون زبان انگلیسی",
        "تمدید مهلت انتخاب واحد",
        "اطلاعیه",
        "نشست استادان راهنما",
        "بازدید از کتابخانه مرکزی",
        "جشن دانش آموختگان",
    ]
)
_ESSAY = (
    "دانشگاه در سال های گذشته برنامه های تازه ای برای پژوهش دانشجویان فراهم کرده است. "
    "این برنامه ها بیشتر در دانشکده های فنی و پایه اجرا می شوند و دانشجویان زیادی از آن ها "
    "بهره برده اند.\n\n"
    "مدیران دانشگاه می گویند این کار در سال آینده هم ادامه خواهد یافت.\n"
)


def _banner(ticker: str) -> str:
    return f"پایگاه خبری دانشگاه جنوب\nیکشنبه ۱۰ دی ۱۴۰۲\n{ticker}\n\nآخرین اخبار\n\n{_ESSAY}"


def test_banner_over_short_ticker_is_no_date() -> None:
    """Six short headlines (17 words) joined by wide gaps under the today banner: the banner
    is the visit's day, no publication date."""
    assert jm.parse_article(_banner(_SHORT_TICKER)).published is None


def test_banner_over_headline_with_one_double_space_neg() -> None:
    """A headline with one double space under a dated line: no ticker, the date stays."""
    head = "آزمون زبان انگلیسی  دانشجویان دکتری برگزار شد"
    article = jm.parse_article(_banner(head))
    assert article.published is not None


def test_ad_box_over_a_dated_post_gives_no_ad_title() -> None:
    """«سفارش تبلیغ» / «نور ویژن» / a labelled date line / the post: neither the label nor
    the advertiser is the title (tests/pages 413's layout)."""
    text = f"سفارش تبلیغ\nنور ویژن\nتاریخ : جمعه 1402/3/20 | نویسنده : رضا کریمی\n\n{_MILL}"
    assert jm.parse_article(text).title not in ("سفارش تبلیغ", "نور ویژن")


# -- 6. a Markdown category archive's label heading; a headline's colon part under its byline
_TRIP_TEASER = (
    "### [سفر پاییزی به جنگل ابر شاهرود](https://blog.example.ir/abr-autumn/)\n\n"
    "جنگل ابر در پاییز رنگارنگ‌تر از همیشه است و مه صبحگاهی آن را می‌پوشاند…\n"
)


def test_markdown_category_archive_label_heading_gives_its_name() -> None:
    """«# بایگانی دسته: NAME» over «## NAME» and one item: the list's name, flagged."""
    text = f"# بایگانی دسته: طبیعت گردی\n\n## طبیعت گردی\n\n{_TRIP_TEASER}"
    article = jm.parse_article(text)
    assert article.title == "طبیعت گردی"
    assert "listing-page" in _codes(article)


def test_markdown_category_heading_without_archive_word_neg() -> None:
    """«# دسته: NAME» (no archive word) as the one heading: not cut by this rule (a post's
    category field reads so too); today's reading, the heading whole, flagged, is kept."""
    text = f"# دسته: طبیعت گردی\n\n## طبیعت گردی\n\n{_TRIP_TEASER}"
    article = jm.parse_article(text)
    assert article.title == "دسته: طبیعت گردی"
    assert "listing-page" in _codes(article)


_PART = "حق تألیف رساله"
_WHOLE = f"{_PART}: دانشجو، استاد مشاور و پژوهشگاه چه سهمی دارند"
_RIGHTS = (
    "رساله حاصل کار دانشجو است، اما استاد مشاور و پژوهشگاه نیز در آن سهم دارند و قانون "
    "حمایت از حقوق مؤلفان برای هر یک حقی جدا شناخته است.\n\n"
    "در این نوشته این سه حق را یکی یکی بررسی می‌کنیم.\n"
)


def _byline_page(whole: str, part: str) -> str:
    return (
        f"{whole}\r\n\r\nنویسنده: مینا کاظمی\r\n-\r\nبروزرسانی: 1402/10/12\r\n"
        f"زمان مطالعه: 5 دقیقه\r\n-سیاست انتشار مطالب\r\n{part}\r\n\r\n"
        + _RIGHTS.replace("\n", "\r\n")
    )


def test_colon_part_under_byline_is_no_rival() -> None:
    """«FIRST: REST» / byline / stamps / «FIRST» / body: the whole headline, undoubted."""
    article = jm.parse_article(_byline_page(_WHOLE, _PART))
    assert article.title == _WHOLE
    assert "title-uncertain" not in _codes(article)


def test_part_under_byline_without_colon_still_doubted_neg() -> None:
    """The same page, the headline's parts set apart by a dash, not a colon: the line under
    the byline still competes (today's doubt kept)."""
    whole = _WHOLE.replace(":", " -")
    article = jm.parse_article(_byline_page(whole, _PART))
    assert "title-uncertain" in _codes(article)
