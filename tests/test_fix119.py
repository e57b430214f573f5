"""fix119: a Tajik weekday before a Cyrillic date and Tajik/Pashto section words alone
(«ВАРЗИШ», «خبرونه»), a print view's «عنوان :» title row, a «خبر :» label and a site's
name after a headline, and a tag line «TAG | اخبار TAG» over the headline (blind batch
1580-1595: tests/pages 1589, 1590, 1582, 1580, 1584)."""

import datetime as dt

import pytest

import jalali_meta as jm

# 1. A Tajik weekday before a Gregorian date in Cyrillic (javonon.tj, tests/pages 1589).

TAJIK_SPORT = (
    "ВАРЗИШ\n"
    "Шанбе 25 Март 2023 12:12\n\n"
    "Дар варзишгоҳи шаҳри Истаравшан бозии ниҳоии мусобиқаи ноҳиявӣ оид ба футбол байни "
    "дастаҳои мактабҳои миёна баргузор гардид.\n"
    "Дар мусобиқа 12 даста ширкат варзида, дар бозии ниҳоӣ дастаи “Зарафшон” бо ҳисоби 2:1 "
    "ғолиб омад.\n"
    "Ба ғолибон ва беҳтарин бозингарон ифтихорнома ва тӯҳфаҳои хотиравӣ супорида шуд.\n"
)
TAJIK_URL = "http://example.tj/news/sport/final-match/"


def test_tajik_weekday_before_cyrillic_date() -> None:
    stamp = jm.parse_datetime("Шанбе 25 Март 2023 12:12")
    assert stamp.gregorian.replace(tzinfo=None) == dt.datetime(2023, 3, 25, 12, 12)
    assert stamp.weekday == "Шанбе"


@pytest.mark.parametrize(
    "text", ["ШАНБЕ, 25 марта 2023", "шанбе 25 март 2023", "Якшанбе 26 Март 2023"]
)
def test_tajik_weekday_any_case(text: str) -> None:
    assert jm.parse_datetime(text).weekday is not None


def test_tajik_weekday_is_checked_against_the_date() -> None:
    # 25 March 2023 was a Saturday (Шанбе), not a Friday (Ҷумъа).
    with pytest.raises(jm.DateError):
        jm.parse_datetime("Ҷумъа 25 Март 2023")


def test_tajik_date_line_is_the_date_not_the_title() -> None:
    for url in (TAJIK_URL, None):
        record = jm.parse_article(TAJIK_SPORT, url=url)
        assert record.title is None
        assert record.published is not None
        assert record.published.isoformat() == "2023-03-25T12:12:00+05:00"


def test_tajik_section_word_over_headline() -> None:
    text = TAJIK_SPORT.replace(
        "Шанбе 25 Март 2023 12:12\n\n",
        "Шанбе 25 Март 2023 12:12\n\nДастаи “Зарафшон” ҷоми ноҳияро ба даст овард\n\n",
    )
    record = jm.parse_article(text, url=TAJIK_URL)
    assert record.title == "Дастаи “Зарафшон” ҷоми ноҳияро ба даст овард"


def test_tajik_headline_with_month_word_neg() -> None:
    # «март» as a word of a headline's sentence: no date there, the line stays the title.
    text = TAJIK_SPORT.replace(
        "ВАРЗИШ\nШанбе 25 Март 2023 12:12\n",
        "Мусобиқаи футбол дар моҳи март дар Истаравшан ба анҷом расид\n",
    )
    record = jm.parse_article(text, url=TAJIK_URL)
    assert record.title == "Мусобиқаи футбол дар моҳи март дар Истаравшан ба анҷом расид"
    assert record.published is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ДУШАНБЕ, 25 марта 2023 /АМИТ «Ховар»/. Дар шаҳр", dt.date(2023, 3, 25)),
        ("шаҳри Душанбе 12 июни 2015", dt.date(2015, 6, 12)),
    ],
)
def test_dushanbe_before_a_date_is_the_city_neg(text: str, day: dt.date) -> None:
    # «Душанбе» is Monday's name and the capital's: before a date it names the city (a
    # dateline), never a weekday the date would be checked against (neither day a Monday).
    (found,) = jm.find_dates(text)
    assert found.gregorian == day
    assert found.weekday is None


# 2. A section word alone over the headline (hewaddaily.com, tests/pages 1590).

PASHTO_ITEM = (
    "خبرونه\n\n"
    "په کندهار کې د اوبو نوې شبکه پرانيستل شوه\n\n"
    "د کندهار ښاروالۍ ويلي چې د\n"
    "ښار په لويديځه برخه کې د څښلو\n"
    "اوبو نوې شبکه پرانيستل شوې\n"
    "او له دې لارې به زرګونه کورنۍ\n"
    "پاکې اوبه ترلاسه کړي. د ښاروالۍ\n"
    "يوه چارواکي زياته کړه چې د\n"
    "شبکې دويمه برخه به تر راتلونکي\n"
    "کال پورې بشپړه شي او نورې\n"
    "سيمې به هم ورسره وتړل شي.\n"
)


@pytest.mark.parametrize("url", [None, "https://example.com/news/kandahar-water/"])
def test_pashto_section_word_alone_is_no_title(url: str | None) -> None:
    record = jm.parse_article(PASHTO_ITEM, url=url)
    assert record.title == "په کندهار کې د اوبو نوې شبکه پرانيستل شوه"


def test_pashto_section_word_in_a_headline_neg() -> None:
    text = PASHTO_ITEM.replace(
        "خبرونه\n\nپه کندهار کې د اوبو نوې شبکه پرانيستل شوه\n\n",
        "خبرونه وايي چې په کندهار کې د اوبو نوې شبکه پرانيستل شوه\n\n",
    )
    record = jm.parse_article(text)
    assert record.title == "خبرونه وايي چې په کندهار کې د اوبو نوې شبکه پرانيستل شوه"


# 3. A print view's «عنوان :» title row (eghtesadeiranonline.com, tests/pages 1582).

PRINT_HEADLINE = "بارش‌های بهاری حجم مخازن سدهای استان را افزایش داد"
PRINT_VIEW = (
    "خبرنامه آب ایران\n"
    "12 خرداد 1401 ساعت 09:40\n"
    "http://example.com/vdcab12cd.html\n"
    "--------------------------------------------------\n"
    f"عنوان : {PRINT_HEADLINE}\n"
    "--------------------------------------------------\n"
    "بر اساس تازه‌ترین گزارش شرکت آب منطقه‌ای، حجم آب ذخیره شده در مخازن سدهای استان در "
    "یک هفته گذشته نزدیک به ۱۵ درصد بیشتر شده است.\n"
    "متن : مدیر دفتر بهره‌برداری شرکت گفت ورودی سدها از آغاز سال آبی نسبت به سال گذشته "
    "بیشتر بوده و ذخایر برای مصرف تابستان کافی است.\n"
)
PRINT_HTML = (
    "<html><head><title>خبرنامه آب ایران - نسخه چاپی</title></head><body><table>"
    "<tr><td>خبرنامه آب ایران <span>12 خرداد 1401 ساعت 09:40</span> "
    "<a href='http://example.com/vdcab12cd.html'>http://example.com/vdcab12cd.html</a></td></tr>"
    "<tr><td>--------------------------------------------------</td></tr>"
    f"<tr><td>عنوان : {PRINT_HEADLINE}</td></tr>"
    "<tr><td>--------------------------------------------------</td></tr>"
    "<tr><td>بر اساس تازه‌ترین گزارش شرکت آب منطقه‌ای، حجم آب ذخیره شده در مخازن سدهای استان "
    "در یک هفته گذشته نزدیک به ۱۵ درصد بیشتر شده است.</td></tr>"
    "<tr><td>متن : مدیر دفتر بهره‌برداری شرکت گفت ورودی سدها از آغاز سال آبی نسبت به سال "
    "گذشته بیشتر بوده و ذخایر برای مصرف تابستان کافی است.</td></tr>"
    "</table></body></html>"
).encode()


@pytest.mark.parametrize("url", [None, "http://example.com/getab12cd.html"])
def test_print_view_title_row(url: str | None) -> None:
    record = jm.parse_article(PRINT_VIEW, url=url)
    assert record.title == PRINT_HEADLINE


def test_print_view_title_row_html() -> None:
    record = jm.parse_html(PRINT_HTML, url="http://example.com/getab12cd.html")
    assert record.title == PRINT_HEADLINE


def test_title_rows_of_a_list_neg() -> None:
    # Several «عنوان :» rows: a list's items, none the page's title by its label.
    text = PRINT_VIEW.replace(
        "--------------------------------------------------\nبر اساس",
        "عنوان : نشست مدیران شرکت آب منطقه‌ای با نمایندگان کشاورزان\n"
        "--------------------------------------------------\nبر اساس",
    )
    record = jm.parse_article(text)
    assert record.evidence.get("title") != "title label"


def test_title_row_of_a_record_under_the_text_neg() -> None:
    # A book's record under a page's text («عنوان: NAME», «نویسنده: ...»): the book's name.
    text = (
        "قسمت دوازدهم: روزهای بارانی\n\n"
        "در این قسمت از پادکست خلاصه کتاب روزهای بارانی را می‌شنوید که داستان خانواده‌ای "
        "در شمال کشور است و از سال‌های دور تا امروز را روایت می‌کند.\n\n"
        "مشخصات کتاب\n\n"
        "عنوان: روزهای بارانی\n\n"
        "نویسنده: سارا نیک‌پور\n\n"
        "ناشر: نشر باران\n"
    )
    record = jm.parse_article(text)
    assert record.title == "قسمت دوازدهم: روزهای بارانی"


# 4. «خبر : HEADLINE - SITE» (espadnews.ir, tests/pages 1580) and a tag line (1584).

LABELLED_HEADLINE = "افزایش ۲۰ درصدی سفرهای جاده‌ای در روزهای نخست تعطیلات نوروز"
LABELLED = (
    f"خبر : {LABELLED_HEADLINE} - اسپاد نیوز\n\n\n"
    "رئیس پلیس راه کشور گفت: در پنج روز نخست تعطیلات نوروز بیش از ۱۲ میلیون سفر جاده‌ای "
    "ثبت شده که نسبت به سال گذشته ۲۰ درصد بیشتر است و ترافیک در محورهای شمالی سنگین است.\n"
)


def test_news_label_and_site_name_cut_with_address() -> None:
    record = jm.parse_article(LABELLED, url="https://espadnews.ir/news/3920999/slug")
    assert record.title == LABELLED_HEADLINE
    assert any(w.code == "title-uncertain" for w in record.warnings)


def test_news_label_cut_without_address() -> None:
    record = jm.parse_article(LABELLED.replace(" - اسپاد نیوز", ""))
    assert record.title == LABELLED_HEADLINE


def test_site_name_not_spelled_by_host_neg() -> None:
    # The host does not spell the name after the dash: a caption's credit, kept and doubted.
    record = jm.parse_article(LABELLED, url="https://example.com/news/3920999/slug")
    assert record.title == f"{LABELLED_HEADLINE} - اسپاد نیوز"
    assert any(w.code == "title-uncertain" for w in record.warnings)


def test_good_news_words_are_the_headline_neg() -> None:
    # «خبر خوش:» (good news) is the headline's own words, no label.
    text = LABELLED.replace(
        f"خبر : {LABELLED_HEADLINE} - اسپاد نیوز", f"خبر خوش: {LABELLED_HEADLINE}"
    )
    record = jm.parse_article(text)
    assert record.title == f"خبر خوش: {LABELLED_HEADLINE}"


TAGGED_HEADLINE = "نرخ تازه نان در شهرستان‌ها اعلام شد | قیمت سنگک چقدر است؟"
TAGGED = (
    "قیمت نان | اخبار قیمت نان\n\n"
    f"{TAGGED_HEADLINE}\n\n"
    "رئیس اتحادیه نانوایان سنگکی گفت: نرخ جدید نان در بیشتر شهرستان‌ها اعلام شده اما در "
    "مرکز استان هنوز ابلاغ نشده و قرار است تا پایان ماه تکلیف آن روشن شود.\n\n"
    f"{TAGGED_HEADLINE}\n"
    "روزنامه محلی با رئیس اتحادیه گفت‌وگو کرده و نوشته که نرخ تازه تا پایان ماه اعلام "
    "می‌شود.\n"
)


@pytest.mark.parametrize("url", [None, "https://example.com/news/19400-bread-price"])
def test_tag_line_over_headline(url: str | None) -> None:
    record = jm.parse_article(TAGGED, url=url)
    assert record.title == TAGGED_HEADLINE


def test_headline_with_two_parts_neg() -> None:
    # Two parts that are not the same words (a headline and its question): no tag line.
    line = "قیمت نان | اخبار قیمت نان امروز چه شد؟"
    text = (
        f"{line}\n\n"
        "رئیس اتحادیه نانوایان سنگکی گفت: نرخ جدید نان در بیشتر شهرستان‌ها اعلام شده اما در "
        "مرکز استان هنوز ابلاغ نشده و قرار است تا پایان ماه تکلیف آن روشن شود.\n"
    )
    record = jm.parse_article(text)
    assert record.title == line


# 5. (mut31) Round 31's survivors: Tuesday's index, a Tajik weekday before a two-digit-year
# date, a title row of two words, a three-word headline after «خبر :», the site's name first
# in a caption-shaped line.


def test_tajik_tuesday_before_its_date() -> None:
    # 28 March 2023 was a Tuesday (Сешанбе).
    stamp = jm.parse_datetime("Сешанбе 28 Март 2023")
    assert stamp.weekday == "Сешанбе"
    assert stamp.isoformat()[:10] == "2023-03-28"


@pytest.mark.parametrize("line", ["Шанбе 25.03.23 12:12", "Сешанбе, 28/03/23"])
def test_tajik_weekday_before_a_two_digit_year_is_never_silent(line: str) -> None:
    # A two-digit-year date under a Tajik weekday: read with a warning or left empty, never
    # a crash and never silent (the century and the order of its parts are not printed).
    record = jm.parse_article(TAJIK_SPORT.replace("Шанбе 25 Март 2023 12:12", line), url=TAJIK_URL)
    codes = {w.code for w in record.warnings}
    assert record.published is None or {"two-digit-year", "weekday-mismatch"} & codes


def test_print_view_title_row_of_two_words() -> None:
    record = jm.parse_article(PRINT_VIEW.replace(PRINT_HEADLINE, "سدهای لبریز"))
    assert record.title == "سدهای لبریز"
    assert record.evidence.get("title") == "title label"


def test_print_view_title_row_of_one_word_neg() -> None:
    # «عنوان : ندارد» (none): one word is no headline, the row names no title.
    record = jm.parse_article(PRINT_VIEW.replace(PRINT_HEADLINE, "ندارد"))
    assert record.evidence.get("title") != "title label"


def test_news_label_cut_before_three_words() -> None:
    record = jm.parse_article(
        LABELLED.replace(f"{LABELLED_HEADLINE} - اسپاد نیوز", "رکورد سفرهای نوروزی")
    )
    assert record.title == "رکورد سفرهای نوروزی"


def test_site_name_first_in_a_caption_shaped_line_is_not_cut_neg() -> None:
    # «SITE - HEADLINE - CREDIT» at the site's host: the part the host spells is the first,
    # not the caption's credit (its last part): nothing is cut, the doubt stays.
    line = f"اسپاد نیوز - {LABELLED_HEADLINE} - ایرنا"
    text = LABELLED.replace(f"خبر : {LABELLED_HEADLINE} - اسپاد نیوز", line)
    record = jm.parse_article(text, url="https://espadnews.ir/news/3920999/slug")
    assert record.title == line
    assert any(w.code == "title-uncertain" for w in record.warnings)
