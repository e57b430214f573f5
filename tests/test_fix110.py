"""fix110: an author's post printed over a Tajik article with no headline, the month
«اسف» cut short in a full date, and Zend Framework's «/news/show/id/N» route (blind batch
1500-1515: tests/pages 1511, 1500-1501, 1505-1506)."""

import jalali_meta as jm

POST_OVER_ARTICLE = (
    "Ректори донишгоҳи\n\n"
    "омӯзгорӣ ва забонҳои хориҷии\n\n"
    "МДТ «Донишгоҳи давлатии\n\n"
    " шаҳри Хуҷанд»\n\n"
    "Дар солҳои охир шумораи донишҷӯёне, ки забонҳои хориҷиро меомӯзанд, хеле афзуд. "
    "Барои онҳо дар донишгоҳ синфхонаҳои нав бо таҷҳизоти замонавӣ сохта шуданд.\n\n"
    "Омӯзгорони мо ҳар сол дар курсҳои такмили ихтисос иштирок намуда, усулҳои нави "
    "таълимро дар дарсҳои худ истифода мебаранд. Натиҷаи ин кор дар озмунҳо намоён аст.\n"
)

HEADLINE = "Усулҳои нави таълими забонҳои хориҷӣ дар донишгоҳ\n\n"


def test_author_post_over_text_gives_no_title() -> None:
    record = jm.parse_article(POST_OVER_ARTICLE)
    assert record.title is None


def test_author_post_with_address_gives_no_title() -> None:
    record = jm.parse_article(POST_OVER_ARTICLE, url="http://example.tj/articles/usulhoi-nav/")
    assert record.title is None


def test_headline_over_author_post_stays_neg() -> None:
    # A headline printed over the post: it is the title.
    record = jm.parse_article(HEADLINE + POST_OVER_ARTICLE)
    assert record.title == HEADLINE.strip()


def test_lines_without_office_are_not_a_post_neg() -> None:
    # The same short lines without an office opening them: no author's post, the rule
    # stays out (the record is the old one's: some line is chosen).
    text = POST_OVER_ARTICLE.replace("Ректори донишгоҳи\n\n", "Дар бораи донишгоҳи\n\n")
    record = jm.parse_article(text)
    assert record.title is not None


def test_name_in_guillemets_on_one_line_is_not_a_post_neg() -> None:
    # The institution's name whole on one line: nothing cut by the layout.
    text = POST_OVER_ARTICLE.replace("МДТ «Донишгоҳи давлатии\n\n шаҳри Хуҷанд»", "МДТ «ДДХ»")
    record = jm.parse_article(text)
    assert record.title is not None


SHORT_MONTH_PAGE = (
    "اخبار شهرستان\n"
    "بازگشایی کتابخانه عمومی روستای دهنو پس از دو سال\n"
    "تاریخ انتشار : 9 اسف 1399 - 17:40  |  \n"
    "کد مطلب: 5521\n"
    "کتابخانه عمومی روستای دهنو پس از بازسازی کامل ساختمان آن با حضور اهالی بازگشایی شد و "
    "از هفته آینده هر روز پذیرای اعضای خود خواهد بود.\n"
)


def test_short_esfand_in_full_date_is_read() -> None:
    record = jm.parse_article(SHORT_MONTH_PAGE)
    assert record.published is not None
    assert record.published.jalali_date == (1399, 12, 9)
    assert record.published.gregorian.isoformat() == "2021-02-27T17:40:00+03:30"


def test_short_esfand_parse_datetime() -> None:
    stamp = jm.parse_datetime("۲۱ اسف ۱۳۹۶")
    assert stamp.jalali_date == (1396, 12, 21)


def test_esf_as_a_word_is_no_month_neg() -> None:
    # «اسف» (regret) in a sentence between numbers, and a short year: no date.
    text = SHORT_MONTH_PAGE.replace(
        "تاریخ انتشار : 9 اسف 1399 - 17:40  |  \n",
        "در 9 اسف خوردیم 1399 نفر\n9 اسف 99\n",
    )
    record = jm.parse_article(text)
    assert record.published is None


ROUTED_PAGE = (
    "ساخت دو مدرسه روستایی در شهرستان نور به پایان رسید\n"
    "تاریخ انتشار: ۱۴۰۲/۱۱/۱۸\n"
    "به گزارش روابط عمومی اداره کل، دو مدرسه سه کلاسه در روستاهای بخش مرکزی شهرستان نور "
    "با مشارکت خیران ساخته شد و از نیمسال دوم پذیرای دانش‌آموزان خواهد بود.\n"
)


def test_zend_route_id_after_news_show() -> None:
    record = jm.parse_article(ROUTED_PAGE, url="https://example.ir/news/show/id/1207")
    assert record.number == "1207"


def test_zend_route_id_after_user_or_category_neg() -> None:
    for path in ("/user/id/7", "/category/id/3", "/news/list/id/3", "/news/category/id/3"):
        record = jm.parse_article(ROUTED_PAGE, url="https://example.ir" + path)
        assert record.number is None, path


def test_zend_route_id_under_an_archive_or_a_magazine_neg() -> None:
    # mut28 (mutant 30): a container segment before the route (an archive's, a section's,
    # a magazine's list) leaves the «id» value unread.
    for path in (
        "/archive/news/show/id/1207",
        "/page/news/show/id/1207",
        "/magazine/article/id/1207",
    ):
        record = jm.parse_article(ROUTED_PAGE, url="https://example.ir" + path)
        assert record.number is None, path


TAGLINE_PAGE = (
    "دیدنی‌ها -مجله خبری و سرگرمی\n\n"
    "اگرچه فصل سفر کوتاه است، مسافران نوروزی باز هم جاده‌های شمال را انتخاب کرده‌اند و ترافیک "
    "سنگین شد\n\n"
    "به گزارش خبرنگار ما،\n\n"
    "جاده‌های شمالی کشور از صبح امروز شاهد افزایش رفت و آمد خودروهای شخصی بود. پلیس راه از "
    "رانندگان خواست پیش از حرکت از وضعیت جاده‌ها باخبر شوند.\n\n"
    "بر اساس آمار پلیس راه، تردد در محور چالوس نسبت به روز گذشته بیشتر شده است و احتمال "
    "یک‌طرفه شدن این محور در ساعات عصر وجود دارد.\n"
)
LONG_LINE = (
    "اگرچه فصل سفر کوتاه است، مسافران نوروزی باز هم جاده‌های شمال را انتخاب کرده‌اند و ترافیک "
    "سنگین شد"
)


def test_site_name_and_tagline_is_no_headline() -> None:
    record = jm.parse_article(TAGLINE_PAGE)
    assert record.title == LONG_LINE


def test_name_and_words_without_kind_word_neg() -> None:
    # «NAME - سرگرمی و خبر»: no word naming the kind of site after the dash, the rule stays
    # out and the old reading stands (the short line over the long one is the headline).
    text = TAGLINE_PAGE.replace("دیدنی‌ها -مجله خبری و سرگرمی", "دیدنی‌ها - سرگرمی و خبر")
    record = jm.parse_article(text)
    assert record.title == "دیدنی‌ها - سرگرمی و خبر"


def test_two_names_in_guillemets_are_not_one_post_neg() -> None:
    # mut28 (mutant 28): a second name in guillemets, closed below the post's first line and
    # over the first name's opening: two names, not one post cut by the layout; the rule
    # stays out (some line is chosen, as before fix110).
    text = POST_OVER_ARTICLE.replace(
        "омӯзгорӣ ва забонҳои хориҷии\n\n", "«Маркази омӯзгорӣ\n\n ва забонҳои хориҷӣ»\n\n"
    )
    record = jm.parse_article(text)
    assert record.title is not None


def test_place_and_a_kind_word_without_its_carrier_neg() -> None:
    # mut28 (mutant 25): «PLACE - پرتال تازه ...», a kind of site but no word of
    # _TAGLINE_CARRIES after it, may be a headline about a new portal: the rule stays out
    # and the old reading stands (the short line, in doubt), never the long line silently.
    text = TAGLINE_PAGE.replace("دیدنی‌ها -مجله خبری و سرگرمی", "تهران - پرتال تازه خدمات شهروندی")
    record = jm.parse_article(text)
    assert record.title == "تهران - پرتال تازه خدمات شهروندی"
    assert "title-uncertain" in {warning.code for warning in record.warnings}


def test_author_post_of_three_lines_gives_no_title() -> None:
    # mut28 (mutant 27): the office and a name cut over two lines, three lines in all, are a
    # post too; a half of the name is never the title (silently, on the mutant).
    text = POST_OVER_ARTICLE.replace("омӯзгорӣ ва забонҳои хориҷии\n\n", "")
    assert jm.parse_article(text).title is None
