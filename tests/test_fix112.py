"""fix112: a subtitle naming its topic after «چند نکته», a Tajik «Сана:» date label,
DorsaPortal's «PageID», a post ID between a month's path and two short numbers, and a
kicker-shaped post title its slug spells before a counter (blind batch 1520-1535:
tests/pages 1523-1524, 1531, 1534, 1522, 1532)."""

import jalali_meta as jm

COLUMN = (
    "۱۴۰۲-۱۱-۱۵\n\n"
    "مینا رستگار\n\n"
    "باغ های فراموش شده؛آخرین باغبان محله\n\n"
    "چند نکته درباره کتاب خاک و ریشه از یک باغبان پیر\n\n"
    "درآمد\n\n"
    "وقتی این کتاب کوچک را در یک عصر زمستانی ورق می زنی با مردی آشنا می شوی که چهل سال "
    "هر صبح پیش از طلوع آفتاب درختان یک باغ قدیمی را آب داده و هرگز از کارش خسته نشده است "
    "و هنوز نام هر درخت را از بر دارد.\n\n"
    "نویسنده در این کتاب از روزهایی می گوید که محله پر از باغ بود و بچه ها در کوچه های "
    "خاکی بازی می کردند و کسی از ساختمان های بلند خبر نداشت.\n"
)
COLUMN_HEADLINE = "باغ های فراموش شده؛آخرین باغبان محله"


def test_topic_after_a_few_points_is_a_subtitle() -> None:
    record = jm.parse_article(COLUMN)
    assert record.title == COLUMN_HEADLINE


def test_topic_after_a_few_points_is_a_subtitle_with_address() -> None:
    record = jm.parse_article(COLUMN, url="https://example.com/post/5120")
    assert record.title == COLUMN_HEADLINE


def test_a_few_points_without_topic_word_neg() -> None:
    # «چند نکته برای ...» (a few tips for ...) names no topic: no subtitle by this rule,
    # the line stays the lower headline-shaped line, as before.
    text = COLUMN.replace("چند نکته درباره کتاب", "چند نکته برای خواندن کتاب")
    record = jm.parse_article(text)
    assert record.title == "چند نکته برای خواندن کتاب خاک و ریشه از یک باغبان پیر"


TAJIK_INTERVIEW = (
    "Рӯзномаи Мактаб\n\n"
    "Боғи мактаб бо дасти хонандагон сабз шуд\n\n"
    "Сана: 2021-04-14        Дида шуд: 95        Шарҳ: 2\n\n"
    "Дар мактаби рақами 12-и шаҳри Ваҳдат хонандагони синфҳои болоӣ дар давоми ду ҳафта "
    "зиёда аз сад ниҳол шинонданд. Ташаббуси ин кор аз шӯрои хонандагон буд ва омӯзгорони "
    "биология ба онҳо дар интихоби ниҳолҳо кумак карданд.\n\n"
    "– Чӣ шуд, ки ин корро оғоз кардед?\n\n"
    "– Мо мехостем, ки ҳавлии мактаб зеботар шавад ва ҳар синф дарахти худро дошта бошад.\n"
)


def test_tajik_date_label_gives_published() -> None:
    record = jm.parse_article(TAJIK_INTERVIEW)
    assert record.published is not None
    assert str(record.published.gregorian) == "2021-04-14"


def test_tajik_date_word_without_colon_neg() -> None:
    # «сана» as a word of a sentence («... дар сана ...») is no label: nothing is read from
    # it, and a sentence's date is still no publication date.
    text = TAJIK_INTERVIEW.replace(
        "Сана: 2021-04-14        Дида шуд: 95        Шарҳ: 2\n\n", ""
    ).replace("зиёда аз сад", "дар сана 2021-04-10 зиёда аз сад")
    record = jm.parse_article(text)
    assert record.published is None


NOTICE = (
    "معاونت آموزشی\n\n"
    "تاریخ: 1401/08/21 تعداد بازدید: 140\n\n"
    "برگزاری کارگاه آموزشی ایمنی آزمایشگاه برای دانشجویان سال اول\n\n"
    "کارگاه آموزشی ایمنی آزمایشگاه با حضور دانشجویان سال اول رشته های علوم پایه در "
    "سالن همایش دانشکده برگزار شد و شرکت کنندگان با اصول کار ایمن آشنا شدند.\n"
)


def test_dorsa_portal_page_id_is_the_number() -> None:
    url = "https://www.example.ac.ir/index.aspx?page_=news&lang=1&sub=3&PageID=4821&PageIDF=12&tempname=main"
    assert jm.parse_article(NOTICE, url=url).number == "4821"


def test_menu_page_id_without_module_neg() -> None:
    # A portal's menu page «?siteid=1&pageid=N» (no «page_» module key): no number.
    url = "http://www.example.ac.ir/index.aspx?fkeyid=&siteid=1&pageid=4821"
    assert jm.parse_article(NOTICE, url=url).number is None


def test_page_id_alone_without_module_neg() -> None:
    # mut28 (mutant 42): «pageid» with no other numeric ID field beside it and no «page_»
    # module key: a portal's menu page as likely as an item, no number.
    for url in (
        "http://www.example.ac.ir/index.aspx?pageid=4821",
        "http://www.example.ac.ir/index.aspx?lang=1&pageid=4821&sub=2",
    ):
        assert jm.parse_article(NOTICE, url=url).number is None, url


def test_dorsa_page_id_beside_another_id_neg() -> None:
    # Another numeric «...id» field (a comment's) beside it: the rule does not choose.
    url = "https://www.example.ac.ir/index.aspx?page_=news&lang=1&PageID=4821&CommentID=77"
    assert jm.parse_article(NOTICE, url=url).number is None


AGENCY_ITEM = (
    "صحت\n\n"
    "ساخت یک شفاخانه تازه در ولسوالی دور افتاده آغاز شد\n\n"
    "کار ساخت یک شفاخانه پنجاه بستری در یکی از ولسوالی های دور افتاده آغاز شده و "
    "مسوولان محلی می گویند که این شفاخانه تا یک سال دیگر به بهره برداری می رسد.\n"
)


def test_id_between_month_path_and_two_short_numbers() -> None:
    url = "https://example.news/2023/11/48213/14/9"
    assert jm.parse_article(AGENCY_ITEM, url=url).number == "48213"


def test_year_like_number_after_month_path_neg() -> None:
    # A four-digit number after the month's path: no post ID by this rule.
    url = "https://example.news/2023/11/1402/14/9"
    assert jm.parse_article(AGENCY_ITEM, url=url).number is None


def test_id_after_month_path_with_a_long_tail_neg() -> None:
    # The numbers after it not a day's or an hour's (45): not this shape.
    url = "https://example.news/2023/11/48213/14/45"
    assert jm.parse_article(AGENCY_ITEM, url=url).number is None


def test_id_after_month_path_with_three_short_numbers_neg() -> None:
    # mut28 (mutant 40): two short numbers after it and nothing else; a third one (a page's,
    # a part's) is not the shape the rule knows.
    for url in (
        "https://example.news/2023/11/48213/14/9/2",
        "https://example.news/2023/11/48213/14/9/5/1",
    ):
        assert jm.parse_article(AGENCY_ITEM, url=url).number is None, url


KICKER_TITLED_POST = (
    "روابط عمومی دانشکده فنی گزارش داد:\n\n"
    "نشست مشترک شورای صنفی دانشجویان و مسئولان خوابگاه ها روز۲۱ مهر در سالن شورای "
    "دانشکده برگزار شد. در این نشست درباره وضعیت سرویس های رفت و آمد و ساعت کار "
    "سلف سرویس گفتگو شد و قرار شد گزارش نشست به معاونت دانشجویی فرستاده شود..\n"
)
KICKER_SLUG = (
    "https://www.example.ac.ir/%D8%B1%D9%88%D8%A7%D8%A8%D8%B7-%D8%B9%D9%85%D9%88%D9%85%DB%8C-"
    "%D8%AF%D8%A7%D9%86%D8%B4%DA%A9%D8%AF%D9%87-%D9%81%D9%86%DB%8C-%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4-"
    "%D8%AF%D8%A7%D8%AF-37/"
)


def test_kicker_shaped_title_spelled_by_slug_before_counter() -> None:
    record = jm.parse_article(KICKER_TITLED_POST, url=KICKER_SLUG)
    assert record.title == "روابط عمومی دانشکده فنی گزارش داد:"
    assert "title-uncertain" in {notice.code for notice in record.warnings}


def test_kicker_shaped_line_without_slug_neg() -> None:
    # From the text alone the kicker names no headline: no title, with a warning.
    record = jm.parse_article(KICKER_TITLED_POST)
    assert record.title is None
    assert "title-uncertain" in {notice.code for notice in record.warnings}


def test_kicker_shaped_line_other_slug_neg() -> None:
    # A slug spelling other words before its number: the kicker still names no headline.
    url = "https://www.example.ac.ir/%D8%AE%D8%A8%D8%B1-%D8%AF%DB%8C%DA%AF%D8%B1-37/"
    record = jm.parse_article(KICKER_TITLED_POST, url=url)
    assert record.title is None
