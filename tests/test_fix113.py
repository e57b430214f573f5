"""fix113: a statute's approval day («مصوب ۱۳۵۲.۱۱.۳») is never the page's publication, and
item numbers in three address shapes (a content route's «/Content/ID/N/<slug>», an MVC index
action's «/ShowPost/index/N/<slug>», a school portal's «?id=N&SchoolID=M») (real35's
sample: #16, #20, #25, #26). Page texts are written for these tests."""

from datetime import date

import jalali_meta as jm

STATUTE = (
    "اساسنامه شرکت تعاونی مسکن کارکنان آموزش و پرورش\n\n"
    "اساسنامه شرکت تعاونی مسکن کارکنان آموزش و پرورش\n\n"
    "مصوب ۱۳۶۸.۴.۲۱\n\n"
    "فصل اول - کلیات\n\n"
    "ماده ۱ - نام شرکت، شرکت تعاونی مسکن کارکنان آموزش و پرورش است که در این اساسنامه "
    "شرکت خوانده می‌شود و طبق قانون بخش تعاونی اداره خواهد شد.\n\n"
    "ماده ۲ - مرکز اصلی شرکت در شهر ساری است و شعبه‌های آن با تصویب هیئت مدیره دایر "
    "می‌شود.\n"
)

RULES = (
    "آیین‌نامه انضباطی دانشجویان دانشکده فنی\n\n"
    "مصوبه در تاریخ 1385/1/15\n\n"
    "ماده 1 - این آیین‌نامه برای رسیدگی به تخلفات انضباطی دانشجویان دانشکده نوشته شده و "
    "در همه دوره‌ها اجرا می‌شود.\n\n"
    "ماده 2 - شورای انضباطی دانشکده از پنج عضو تشکیل می‌شود که با حکم رئیس دانشکده برای "
    "دو سال منصوب می‌شوند.\n"
)

LAW_WITH_POST_DATE = (
    "قانون نحوه اجرای محکومیت‌های مالی\n\n"
    "تاریخ انتشار: ۱۲ مهر ۱۴۰۲\n\n"
    "قانون نحوه اجرای محکومیت‌های مالی مصوب ۱۳۹۴/۰۷/۰۵\n\n"
    "ماده ۱ - هرکس به موجب حکم دادگاه به پرداخت مالی محکوم شود و آن را نپردازد، دادگاه "
    "اموال او را توقیف می‌کند.\n"
)

BILL_NEWS = (
    "لایحه مصوب دولت برای بررسی به مجلس رفت\n\n"
    "مورخ ۱۴۰۲/۰۷/۱۲\n\n"
    "لایحه‌ای که هفته گذشته در هیئت دولت تصویب شد امروز برای بررسی به مجلس شورای اسلامی "
    "فرستاده شد و کمیسیون‌ها آن را بررسی می‌کنند.\n"
)


def test_statute_approval_line_is_not_published() -> None:
    record = jm.parse_article(STATUTE, url="https://example.ir/اساسنامه-شرکت-تعاونی-مسکن/")
    assert record.title == "اساسنامه شرکت تعاونی مسکن کارکنان آموزش و پرورش"
    assert record.published is None
    # Set aside in the open, with its reason.
    assert any(i.reason == "another date" and "۱۳۶۸" in i.text for i in record.ignored)


def test_statute_approval_line_text_alone_is_not_published() -> None:
    assert jm.parse_article(STATUTE).published is None


def test_approval_in_words_before_date_is_not_published() -> None:
    # «مصوبه در تاریخ DATE»: the rules' approval day, not the page's.
    assert jm.parse_article(RULES).published is None


def test_page_publication_line_under_statute_heading_stays_neg() -> None:
    # The page's own «تاریخ انتشار» line still gives its day; the law's approval day
    # «مصوب ۱۳۹۴/۰۷/۰۵» in the line under it is passed over.
    record = jm.parse_article(LAW_WITH_POST_DATE)
    assert record.published is not None
    assert record.published.gregorian == date(2023, 10, 4)


def test_headline_with_approved_word_and_plain_dated_line_neg() -> None:
    # «مصوب» in the headline (no date after it) and a date line with «مورخ» alone: the
    # headline stays the title and the date line is the page's day.
    record = jm.parse_article(BILL_NEWS)
    assert record.title == "لایحه مصوب دولت برای بررسی به مجلس رفت"
    assert record.published is not None
    assert record.published.gregorian == date(2023, 10, 4)


BODY = (
    "نمایشگاه کتاب استان امروز با حضور ناشران و نویسندگان در سالن اجتماعات شهر گشایش یافت "
    "و تا پایان هفته برپا خواهد بود.\n\n"
    "در این نمایشگاه بیش از صد ناشر آثار تازه خود را عرضه کرده‌اند و نشست‌های نقد کتاب هر "
    "روز عصر برگزار می‌شود.\n"
)


def test_content_id_route_with_slug_gives_number() -> None:
    record = jm.parse_article(BODY, url="https://example.com/Content/ID/2871/روز-دوم")
    assert record.number == "2871"


def test_list_id_route_with_slug_neg() -> None:
    # «/category/ID/12/<slug>»: a category's ID, not an item's.
    record = jm.parse_article(BODY, url="https://example.com/Category/ID/12/اخبار-استان")
    assert record.number is None


def test_showpost_index_route_gives_number() -> None:
    record = jm.parse_article(BODY, url="https://example.com/ShowPost/index/58/Ketab-Fair")
    assert record.number == "58"


def test_other_index_route_neg() -> None:
    # An index action after a list's word («/Category/index/58/<slug>») names no item, and a
    # year after a post's view may be an archive's.
    assert jm.parse_article(BODY, url="https://example.com/Category/index/58/Ketab").number is None
    assert (
        jm.parse_article(BODY, url="https://example.com/ShowPost/index/1402/Ketab").number is None
    )


def test_school_portal_item_gives_number() -> None:
    url = "http://example.ir/school/NewsDetail.aspx?id=312&SchoolID=4"
    assert jm.parse_article(BODY, url=url).number == "312"


def test_item_beside_unknown_id_field_neg() -> None:
    # Another «...id» field of unknown meaning beside «id» still leaves the address unsure.
    url = "http://example.ir/school/NewsDetail.aspx?id=312&ClassID=4"
    assert jm.parse_article(BODY, url=url).number is None


def test_wordpress_page_id_is_no_number_neg() -> None:
    # A WordPress page's «?page_id=161» is a page, not an item: left as it was.
    assert jm.parse_article(BODY, url="https://example.ir/?page_id=161").number is None


def test_year_after_a_post_views_index_route_neg() -> None:
    # mut28 (mutant 9): a year-like value after «ShowPost/index» (with a slug after it or
    # ending the path) may be an archive's year: no number.
    for path in ("/ShowPost/index/1402/Ketab-Fair", "/ShowNews/index/1999", "/showpost/index/2023"):
        assert jm.parse_article(BODY, url="https://example.com" + path).number is None, path
