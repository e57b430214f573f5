"""fix314: mut56's shapes main gets wrong (benchmarks/mut56_main_pages.py, docs/reliability.md
«The fifty-sixth round»): (a) a news lead where «this site» reports read as a blog's
description, (b) a blog's header under a line of its own, (c) a place's name over a list whose
items lost their marks, (d) a post's excerpt cut «...» or not cut over its full text, (e)
quotes holding a number under the same kicker, (f) label lines each under the same kicker,
(g) a headline over «کد:» and «منبع خبر:» over a cut summary. The sentences are ours."""

from __future__ import annotations

import pytest

from jalali_meta import parse_article

TEXT = (
    "باران دیشب جوی های محله را پر کرد و صبح امروز کارگران شهرداری برگ ها و گل و لای را از "
    "دهانه آبروها بیرون آوردند تا آب در خیابان ها نماند.\n\n"
    "یکی از کسبه بازار گفت که آب تا نیمه شب جلوی مغازه ها ایستاده بود و چند نفر با سطل آن را "
    "به جوی بزرگ سر خیابان بردند.\n"
)


def _codes(article: object) -> set[str]:
    return {warning.code for warning in article.warnings}  # type: ignore[attr-defined]


# (e) quotes holding a number, each under the same lettered kicker.
COUNTED_QUOTES = (
    "مدیر آبفا: ۴ تیم شبانه آبروها را باز می کنند",
    "شهردار منطقه: باران تا ۲ روز دیگر ادامه دارد",
    "رئیس آتش نشانی: آب ۱۵ خانه را بیرون کشیدیم",
)


@pytest.mark.parametrize("kicker", ["ویدیو", "گفتگو"])
def test_counting_quotes_under_the_same_kicker_give_no_title(kicker: str) -> None:
    page = "".join(f"{kicker}\n{quote}\n" for quote in COUNTED_QUOTES) + TEXT
    article = parse_article(page)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_counting_quote_under_its_kicker_on_an_article_stays_title() -> None:
    # One pair: an article's headline under its kicker.
    article = parse_article(f"ویدیو\n{COUNTED_QUOTES[1]}\n\n{TEXT}")
    assert article.title == COUNTED_QUOTES[1]
    assert "listing-page" not in _codes(article)


def test_kicker_over_numbered_label_values_makes_no_list() -> None:
    # A label's value of numbers and one word is no quote, whatever its length.
    page = (
        "ویدیو\nتلفن: ۰۲۱ ۸۸ ۷۷ ۶۶ داخلی ۱۲\nویدیو\nنمابر: ۰۲۱ ۸۸ ۷۷ ۵۵ داخلی ۱۴\n"
        "ویدیو\nپیامک: ۳۰۰۰ ۱۲ ۳۴ ۵۶ داخلی ۱۶\n" + TEXT
    )
    assert "listing-page" not in _codes(parse_article(page))


# (f) label lines each under the same kicker, no headline.
LABELS = (
    "ساعت کار : شنبه تا چهارشنبه از هشت صبح باز است",
    "نشانی انبار : جاده قدیم کنار پمپ بنزین",
    "کارشناس پاسخگو : مهندس کریمی از واحد فنی",
)


@pytest.mark.parametrize(
    ("kicker", "labels"),
    [
        ("اطلاعیه", LABELS),
        ("-", tuple(label.replace(" :", ":") for label in LABELS)),
        ("•", LABELS),
    ],
)
def test_label_lines_under_the_same_kicker_are_no_sure_title(
    kicker: str, labels: tuple[str, ...]
) -> None:
    page = "".join(f"{kicker}\n{label}\n" for label in labels) + TEXT
    article = parse_article(page)
    assert article.title is None or "title-uncertain" in _codes(article)


def test_two_label_lines_under_a_kicker_over_a_headline_keep_it() -> None:
    # Near miss: two labelled lines, then a headline of its own over the text.
    headline = "آبروهای محله پس از باران دیشب باز شد"
    page = f"اطلاعیه\n{LABELS[0]}\nاطلاعیه\n{LABELS[1]}\n\n{headline}\n\n{TEXT}"
    article = parse_article(page)
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


def test_one_quoting_headline_under_its_kicker_stays_sure() -> None:
    # Near miss: an article's headline quoting its speaker under its kicker, once.
    headline = "شهردار منطقه: آبروهای محله پس از باران باز شد"
    article = parse_article(f"ویدیو\n{headline}\n\n{TEXT}")
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


# (a) a headline with no verb over a news lead where «this site» reports, over a short line.
MUSEUM_HEADLINE = "ساعت بازدید تازه موزه های استان"
MUSEUM_LEAD = (
    "این سایت خبر داد که موزه های استان از ماه آینده روزهای جمعه هم تا غروب باز می مانند و "
    "بلیت دانش آموزان نیم بها می شود"
)


@pytest.mark.parametrize("verb", ["خبر داد", "اعلام کرد", "نوشت"])
def test_news_lead_where_this_site_reports_is_no_blog_description(verb: str) -> None:
    lead = MUSEUM_LEAD.replace("خبر داد", verb)
    page = f"گزارش\n\n{MUSEUM_HEADLINE}\n\n{lead}\n\nجزئیات\n\n{TEXT}"
    assert parse_article(page).title == MUSEUM_HEADLINE


# (b) 2560's blog layout: the blog's name and its self-description, the post's short title.
BLOG_NAME = "دفتر خاطرات (مریم احمدی)"
BLOG_DESCRIPTION = (
    "این وبلاگ قرار است روزهای مدرسه و بازی های کوچه و آدم های محله قدیمی نویسنده اش را "
    "برای نوه هایش نگه دارد"
)
POST = "\n\n".join(
    [
        "در محله ما کوچه ای بود",
        "که ته آن یک درخت توت",
        "بزرگ داشت و بچه ها",
        "تابستان زیر آن جمع می شدند.",
    ]
)


@pytest.mark.parametrize("line", ["خبرهای روز", "اخبار ورزشی"])
def test_post_title_under_a_blog_header_under_a_line(line: str) -> None:
    page = f"{line}\n\n{BLOG_NAME}\n\n{BLOG_DESCRIPTION}\n\nحوض\n\n{POST}\n"
    assert parse_article(page).title == "حوض"


def test_post_title_under_a_blog_header_alone_stays() -> None:
    # 2560's layout as fix301 read it: unchanged.
    page = f"{BLOG_NAME}\n\n{BLOG_DESCRIPTION}\n\nحوض\n\n{POST}\n"
    assert parse_article(page).title == "حوض"


def test_news_lead_under_a_line_and_a_headline_gives_no_short_line() -> None:
    # Near miss: «this site» reporting under the same two lines is no blog's description.
    page = f"خبرهای روز\n\n{MUSEUM_HEADLINE}\n\n{MUSEUM_LEAD}\n\nجزئیات\n\n{TEXT}"
    assert parse_article(page).title != "جزئیات"


# (c) a place's name over a list whose items lost their marks, or have a paragraph each.
PLACE = "آبشار دره سنگی"
PLACE_PARAGRAPH = (
    "مسیر پیاده روی از پل چوبی روستا آغاز می شود و پس از یک ساعت راه رفتن کنار رودخانه به "
    "پای صخره ها می رسد."
)
LAST_ITEM = "- فروشگاه عسل و گردوی محلی"
PLACE_TAIL = (
    "تاریخچه\nمردم روستاهای پایین دره از قدیم آب آبشار را با جوی های سنگی به باغ های خود "
    "می بردند و آسیاب های آبی کنار آن کار می کرد.\n"
    "امروز بیشتر آسیاب ها خراب شده اند و تنها یکی از آن ها برای گردشگران دوباره ساخته شده "
    "است و در روزهای تعطیل گندم آرد می کند.\n"
)


@pytest.mark.parametrize(
    "body",
    [
        f"امکانات\n- آلاچیق های چوبی\n- چشمه آب آشامیدنی\nکرایه اسب\nراهنمای محلی\n{LAST_ITEM}\n",
        f"- آلاچیق های چوبی\nکرایه اسب\n{LAST_ITEM}\n",
        f"{PLACE_PARAGRAPH}\n- آلاچیق های چوبی\n{PLACE_PARAGRAPH}\n{LAST_ITEM}\n",
    ],
)
def test_place_name_over_a_list_whose_items_lost_marks(body: str) -> None:
    assert parse_article(f"{PLACE}\n{body}{PLACE_TAIL}").title == PLACE


def test_three_unmarked_lines_in_a_row_are_no_list() -> None:
    # Near miss: three lines without a mark in a row between the items: not read as a list.
    body = (
        "امکانات\n- آلاچیق های چوبی\n- چشمه آب آشامیدنی\n- کرایه اسب\nراهنمای محلی\n"
        f"پارکینگ ندارد\nبلیت ندارد\n{LAST_ITEM}\n"
    )
    assert parse_article(f"{PLACE}\n{body}{PLACE_TAIL}").title != PLACE


# (d) a post printing its excerpt over its full text, the excerpt cut «...» or not cut.
CLINIC_HEADLINE = "درمانگاه تازه روستای سنگان افتتاح شد ."
CLINIC_EXCERPT = (
    "رئیس شبکه بهداشت شهرستان گفت : با افتتاح این درمانگاه بیماران چهار روستای اطراف دیگر "
    "برای گرفتن نوبت پزشک و خرید دارو هر هفته راه کوهستانی و طولانی شهر را"
)


@pytest.mark.parametrize("cut", [" ...", "…", ""])
def test_headline_over_its_own_excerpt_cut_any_way(cut: str) -> None:
    page = (
        "پایگاه خبری دره سبز\n\n"
        "09:15:40 - یکشنبه 12 آبان 1392\n"
        f"{CLINIC_HEADLINE}\n"
        f"{CLINIC_EXCERPT}{cut}\n\n"
        f"{CLINIC_EXCERPT} نمی روند و در همان روستا درمان می شوند .\n\n"
        "وی افزود : این درمانگاه دو پزشک و یک ماما دارد و هزینه ساخت آن را خیرین داده اند .\n"
    )
    article = parse_article(page)
    assert article.title is not None
    assert article.title.startswith("درمانگاه تازه روستای سنگان")
    assert "title-uncertain" not in _codes(article)
    assert article.published is not None
    assert article.published.jalali_date == (1392, 8, 12)
    assert getattr(article.published.gregorian, "hour", None) == 9


def test_paragraph_printed_once_under_the_headline_is_no_excerpt() -> None:
    # Near miss: the lead printed once, cut by no theme: the stopped headline over it stays.
    page = (
        "09:15:40 - یکشنبه 12 آبان 1392\n"
        f"{CLINIC_HEADLINE}\n\n"
        f"{CLINIC_EXCERPT} نمی روند و در همان روستای سنگان درمانگاه تازه دارند .\n\n"
        "وی افزود : این درمانگاه دو پزشک و یک ماما دارد و هزینه ساخت آن را خیرین داده اند .\n"
    )
    assert parse_article(page).title == CLINIC_HEADLINE


# (g) an item's headline over two fields, «کد:» and «منبع خبر:», over its summary cut «...».
BRIDGE_ITEM = (
    "     بازگشایی پل تازه روی رودخانه شهر\n\n"
    "     کد: 872\n"
    "     منبع خبر: روابط عمومی اداره راه\n"
    "     پل تازه رودخانه دو محله شمالی شهر را به بازار وصل می کند و رفت و آمد خودروها را از "
    "پل کهنه سنگی کم می کند و ...\n"
    "     با بازگشایی این پل، مردم دو محله شمالی که تاکنون برای رسیدن به بازار راه درازی را "
    "دور می زدند در چند دقیقه به مرکز شهر می رسند.\n"
    "     ساخت این پل دو سال طول کشید و هزینه آن از اعتبارات استانی پرداخت شد.\n"
)


def test_headline_over_code_and_source_fields_over_cut_summary() -> None:
    article = parse_article(BRIDGE_ITEM)
    assert article.title == "بازگشایی پل تازه روی رودخانه شهر"
    assert "title-uncertain" not in _codes(article)
    assert article.number == "872"
