"""mut55: tests for the survivors of the fifty-fifth mutation round
(benchmarks/hand_mutants_55.py, docs/reliability.md "The fifty-fifth round: fix292-fix300
under mutation").

Each test kills one survivor or more and passes on main; the layouts are the rules' own pages
(a municipal CMS's «/PageInfo-N-<slug>» view, a blog post's footer glued to its last sentence,
a tag page's one item, a video page's teasers each under a kicker, ...), the sentences written
for these tests.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- fix292: a view's word, the number and the slug in one segment (mutants 7, 8, 9) ------------
_NOTICE = "اطلاعیه ثبت نام کارگاه های قصه گویی کتابخانه محله"
_NOTICE_SLUG = quote(_NOTICE.replace(" ", "-"))
_NOTICE_LEAD = (
    "کتابخانه محله از کودکان هفت تا دوازده ساله دعوت می کند تا برای کارگاه های قصه گویی "
    "تابستان نام خود را تا پایان هفته در دفتر کتابخانه ثبت کنند.\n"
)


def test_view_alias_reads_the_item_number() -> None:
    """The kept reading: «/PageInfo-3003-<slug>» over a page printing the slug's words."""
    article = jm.parse_article(
        f"{_NOTICE}\n\n{_NOTICE_LEAD}", url=f"http://example.ir/PageInfo-3003-{_NOTICE_SLUG}"
    )
    assert article.number == "3003"


@pytest.mark.parametrize(
    "path",
    [
        # under a page's, an issue's or a magazine's segment: that container's item list
        # (mutant 7: the segment before not asked, 3003 read)
        "issue/PageInfo-3003-",
        "page/PageInfo-3003-",
        "magazine/PageInfo-3003-",
        # a collection's word and a small number: a list's page (mutant 8: «2» read)
        "pages-2-",
        "posts-2-",
        # a number with a leading zero is no item's ID (mutant 9: «03003» read)
        "PageInfo-03003-",
    ],
)
def test_view_alias_near_misses_read_no_number(path: str) -> None:
    article = jm.parse_article(
        f"{_NOTICE}\n\n{_NOTICE_LEAD}", url=f"http://example.ir/{path}{_NOTICE_SLUG}"
    )
    assert article.number is None
    assert article.title == _NOTICE


# -- fix293: a breadcrumb set aside as chrome over a lead repeating it (mutant 18) ------------
_POTTERY_LEAD = (
    "به گزارش خبرنگار ما، بیست کودک روستا در کارگاه تازه خانه فرهنگ با گل رس کاسه و کوزه "
    "ساختند و مربیان شیوه پختن آن ها را در کوره نشان دادند."
)
_POTTERY_MORE = (
    "مسئول کارگاه گفت که دوره بعدی در فصل بهار برگزار می شود و ثبت نام آن از هفته آینده "
    "در دفتر خانه فرهنگ آغاز خواهد شد."
)
_ROSE = "جشنواره گل محمدی در روستای بالا آغاز شد"
_ROSE_LEAD = (
    f"{_ROSE}. به گزارش خبرنگار ما، گلابگیری سنتی در این روستا از هفته گذشته آغاز شده است و "
    "مسافران بسیاری برای دیدن آن می آیند."
)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_breadcrumb_below_the_text_over_another_lead_gives_no_title(gap: str) -> None:
    """A page opening with its lead (no headline printed), then lower down a breadcrumb line
    over another item's lead repeating its last crumb: that crumb is another item's headline,
    no title of this page (mutant 18: a breadcrumb anywhere read, the other headline taken,
    silently)."""
    article = jm.parse_article(
        f"{_POTTERY_LEAD}\n\n{_POTTERY_MORE}\n\nصفحه نخست » اخبار » {_ROSE}{gap}{_ROSE_LEAD}\n"
    )
    assert article.title is None


# -- fix293: the Pashto year-first date's solar year (mutant 21) --------------------------------
_PS_HEADLINE = "د خپلواکۍ د ورځې لمانځنه په ښوونځي کې وشوه"
_PS_BODY = (
    "د ښوونځي زده کوونکو د خپلواکۍ د ورځې په وياړ شعرونه ولوستل او ښوونکو د هغې ورځې کيسه "
    "ماشومانو ته وويله.\n\nد ښوونځي مدير وويل چې دا لمانځنه به هر کال تر سره کيږي."
)


def test_pashto_year_first_date_of_a_past_century_is_no_publication_date() -> None:
    """«۱۲۹۸ د اسد ۲۸» (the day of Afghanistan's independence) printed alone under the
    headline is a date of history, never the page's: the rule reads solar years 13xx and 14xx
    only (mutant 21: any four digits, 1298 given as published)."""
    article = jm.parse_article(f"{_PS_HEADLINE}\n\n۱۲۹۸ د اسد ۲۸\n\n{_PS_BODY}\n")
    assert article.published is None


# -- fix293: WordPress's time tail after a Gregorian day's path (mutants 23, 24) ----------------
_KILN = "کارگاه سفالگری کودکان در خانه فرهنگ روستا برپا شد"
_KILN_TEXT = f"{_POTTERY_LEAD}\n\n{_POTTERY_MORE}\n"
_TAIL_URL = "https://sofal-example.ir/2023/12/09/kargah-sofal/5518/news/editor/10/20/00/"


def test_time_tail_is_read_on_a_page_printing_no_date() -> None:
    """The kept reading: the address's day and minute, warned."""
    article = jm.parse_article(f"{_KILN}\n\n{_KILN_TEXT}", url=_TAIL_URL)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2023-12-09T10:20:00+03:30"
    assert "published-from-url" in _codes(article)


@pytest.mark.parametrize("month", ["November 2023", "نوامبر ۲۰۲۳"])
def test_time_tail_contradicted_by_the_printed_month_is_not_read(month: str) -> None:
    """The page prints its own month and year («November 2023»), another than the
    address's day: the address is not the item's date (mutant 23: read anyway)."""
    article = jm.parse_article(f"{_KILN}\n\n{month}\n\n{_KILN_TEXT}", url=_TAIL_URL)
    assert article.published is None


_TJ_HEADLINE = "Дар деҳаи кӯҳистонӣ китобхонаи нав кушода шуд"
_TJ_TEXT = (
    "Дар деҳаи кӯҳистонӣ рӯзи шанбе китобхонаи нави кӯдакона ба истифода дода шуд ва акнун "
    "хонандагони се мактаб метавонанд дар фасли зимистон ҳам китоб гиранд.\n"
    "Мудири китобхона гуфт, ки дар рафҳои он ду ҳазор китоб гузошта шудааст.\n"
)
_TJ_URL = "https://kitob-example.tj/2023/12/09/kitobkhona/5518/news/editor/10/20/00/"


def test_time_tail_against_a_dateline_of_another_day_is_not_read() -> None:
    """An agency's yearless dateline («ДУШАНБЕ, 11 дек - ...») names another day than the
    address's 9 December: the address's day is not the item's (mutant 24: read anyway);
    the dateline naming the same day lets it be read."""
    other = jm.parse_article(f"{_TJ_HEADLINE}\n\nДУШАНБЕ, 11 дек - Хабар. {_TJ_TEXT}", url=_TJ_URL)
    assert other.published is None
    same = jm.parse_article(f"{_TJ_HEADLINE}\n\nДУШАНБЕ, 9 дек - Хабар. {_TJ_TEXT}", url=_TJ_URL)
    assert same.published is not None
    assert same.published.gregorian.isoformat()[:16] == "2023-12-09T10:20"


# -- fix294: a blog post's footer glued after its last full stop (mutants 37, 41) ---------------
_LIBRARY_FIRST = (
    "کتابخانه محله که سال ها در دو اتاق کوچک مسجد کار می کرد، حالا ساختمانی تازه دارد. این "
    "ساختمان در زمینی کنار مدرسه ساخته شده و سالن مطالعه آن صد صندلی دارد."
)
_LIBRARY_LAST = (
    "به گفته مسئول کتابخانه، بیش از سیصد نوجوان عضو کتابخانه هستند و هر هفته چند جلسه "
    "کتاب خوانی در آن برگزار می شود."
)
_BLOG_NAME = "صدای محله"


def _glued_footer_post(last: str, footer: str) -> str:
    return (
        f"تبلیغات\n{_BLOG_NAME}\n{_BLOG_NAME}\n\n{_LIBRARY_FIRST}\n\n{_LIBRARY_LAST}\n\n"
        f"{last}{footer}\nقالب وبلاگ\n"
    )


def test_footer_glued_after_a_four_word_sentence_dates_the_post() -> None:
    """The last sentence has four words, the rule's least («همه دوستان جشن آمدند.»): the
    footer glued after it dates the post (mutant 37: five words wanted, the date missed)."""
    article = jm.parse_article(
        _glued_footer_post(
            "همه دوستان جشن آمدند.", "ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط علی رضایی"
        )
    )
    assert article.published is not None
    assert article.published.jalali_date == (1389, 6, 7)


def test_footer_glued_with_an_author_of_four_words_dates_the_post() -> None:
    """«توسط NAME» after the footer's date, the name of four words (the rule's most): the
    footer dates the post (mutant 41: three words at most, the date missed)."""
    article = jm.parse_article(
        _glued_footer_post(
            "ساختمان تازه عصر دیروز افتتاح شد.",
            "ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط محمد علی رضایی نژاد",
        )
    )
    assert article.published is not None
    assert article.published.jalali_date == (1389, 6, 7)


# -- fix294: the twin of a name refused under an ad's label (mutant 43) ------------------------
_RAIN_POST = (
    "امروز صبح باران تندی بارید و جوی های کوچه پر از آب شد و بچه ها قایق های کاغذی خود را در "
    "آب رها کردند و تا سر کوچه دنبال آن ها دویدند.\n\n"
    "عصر که باران بند آمد بوی خاک خیس همه جا پیچیده بود و گنجشک ها روی سیم ها نشسته بودند.\n"
)


def test_post_title_printed_twice_under_the_blog_name_stays_sure() -> None:
    """A blog's name over its post's title printed twice (the template's copy and the post's),
    no ad's label over them: the post's title, sure (mutant 43: any twin read as an ad's
    refused name, the title doubted, a false alarm)."""
    article = jm.parse_article(f"دفترچه باران\nقایق های کاغذی\nقایق های کاغذی\n\n{_RAIN_POST}")
    assert article.title == "قایق های کاغذی"
    assert _UNCERTAIN not in _codes(article)


# -- fix294: a list of one item, its name and its cut teaser (mutants 45, 47) -------------------
_POTTERY_ITEM = "کارگاه های سفالگری در خانه های روستایی"
_POTTERY_TEASER = (
    "    در بسیاری از روستاهای کرمان هنوز کارگاه سفالگری در حیاط خانه برپاست و زنان خانواده "
    "در فاصله کارهای روزانه، کوزه و بشقاب می سازند – گل را خودشان ورز می دهند – رنگ ها را "
    "از خاک های محلی می گیرند. اما کاهش قیمت ظرف های دستی این کارگاه ها را کم شمارتر می کند…"
)


@pytest.mark.parametrize("name", ["سفال", "هنر سفال", "سفال ایرانی"])
def test_one_item_list_name_a_stem_of_the_items_word_stays_sure(name: str) -> None:
    """A tag's name whose word begins a word of its one item («سفال» in «سفالگری») is a word
    of its posts: the list's name, unwarned (mutant 45: only whole words compared, the name
    doubted, a false alarm)."""
    article = jm.parse_article(f"{name}\n\n{_POTTERY_ITEM}\n\n{_POTTERY_TEASER}\n\nخواندن بیشتر\n")
    assert article.title == name
    assert "listing-page" in _codes(article)
    assert _UNCERTAIN not in _codes(article)


_MUSEUM_HEAD = "نمایش ظرف های سفالی دوره قاجار در موزه شهر"
_MUSEUM_SAID = (
    "مسئول موزه شهر گفت: در این نمایشگاه ۴۰ ظرف سفالی که مردم شهر در دوره قاجار به موزه "
    "هدیه کرده اند، از 12 تا 25 آبان 1396 در تالار شماره دو به نمایش گذاشته می شود."
)
_MUSEUM_ADDED = (
    "وی افزود: قدیمی ترین ظرف این مجموعه مربوط به سال 1242 قمری است و نام سازنده آن در "
    "کف ظرف نوشته شده است."
)
_MUSEUM_THIRD = (
    "او گفت که بازدید از این نمایشگاه برای همه رایگان است و دانش آموزان می توانند با "
    "مدرسه خود به دیدن آن بیایند"
)


def test_three_line_teaser_cut_under_a_name_is_a_list_of_one_item() -> None:
    """A tag page's one headline over three teaser lines, no blank line between, the last cut
    «...»: a list of one item under its name (mutant 47: two lines at most, the headline
    taken as an article's, silently)."""
    article = jm.parse_article(
        f"ظرف های سفالی\n\n{_MUSEUM_HEAD}\n{_MUSEUM_SAID}\n{_MUSEUM_ADDED}\n{_MUSEUM_THIRD} ...\n"
    )
    assert article.title == "ظرف های سفالی"
    assert "listing-page" in _codes(article)


# -- fix298: the outlet a tag page's one item's lead credits (mutants 58, 59) -------------------
_RACE_TEASER = "برگزاری مسابقه قایق رانی بانوان در دریاچه سد+تصاویر"
_TAG_URL = "https://example.ir/tags/ورزش-بانوان-استان/"


def _credited_tag_page(name: str, credit: str) -> str:
    return (
        f"{name}\n\n{_RACE_TEASER}\n\n"
        f"{credit}، مسابقه قایق رانی بانوان استان صبح امروز با حضور دوازده تیم در دریاچه سد "
        "برگزار شد و تیم شهرستان میزبان نخست شد. داوران این مسابقه گفتند که سطح تیم ها نسبت "
        "به سال گذشته بالاتر بوده و دو تیم […]\n"
    )


@pytest.mark.parametrize("url", [_TAG_URL, None])
def test_tag_name_opening_a_longer_credited_word_still_names_the_list(url: str | None) -> None:
    """«ورزش» over the one item whose lead credits «خبرنگار ورزشی ایسنا»: the credited word
    only opens with the tag's name; the tag's name stays the list's (mutant 58: any word
    opening with the line read as the outlet, no title)."""
    article = jm.parse_article(_credited_tag_page("ورزش", "به گزارش خبرنگار ورزشی ایسنا"), url=url)
    assert article.title == "ورزش"


@pytest.mark.parametrize("url", [_TAG_URL, None])
def test_outlet_credited_with_be_naql_az_is_no_list_name(url: str | None) -> None:
    """«ساحل» over the one item whose lead opens «به نقل از ساحل، ...»: the site's own name,
    no list's; no title, doubted (mutant 59: «به نقل از» not a credit, «ساحل» taken sure)."""
    article = jm.parse_article(_credited_tag_page("ساحل", "به نقل از ساحل"), url=url)
    assert article.title is None
    assert _UNCERTAIN in _codes(article)


# -- fix299: teasers each under the same kicker (mutant 63) -------------------------------------
_PLAYGROUND_TEXT = (
    "شورای شهر دیروز تصمیم گرفت که زمین های بازی محله ها در روزهای تعطیل تا دیر وقت باز "
    "بمانند تا کودکان بتوانند پس از گرمای روز در آن ها بازی کنند.\n"
)


def test_three_teasers_under_the_same_kicker_give_no_title() -> None:
    """Three pairs of «ویدیو» over a headline (the rule's least) over a paragraph: a list,
    no title (mutant 63: four pairs wanted, the last headline taken, silently)."""
    article = jm.parse_article(
        "ویدیو\n۴ راه برای گرم نگه داشتن خانه در زمستان\n"
        "ویدیو\n۷ نکته درباره نگهداری گل های آپارتمانی\n"
        f"ویدیو\nیک روز با ماهیگیران دریای خزر\n{_PLAYGROUND_TEXT}"
    )
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_one_headline_printed_thrice_under_its_kicker_stays_the_title() -> None:
    """«ویدیو» over the same headline three times (a slider's copies of one item) over the
    text: one item, its headline the title (mutant 66: the copies counted as distinct
    teasers, no title, a list)."""
    headline = "زمین های بازی محله ها در روزهای تعطیل تا دیر وقت باز می مانند"
    article = jm.parse_article(f"ویدیو\n{headline}\n" * 3 + _PLAYGROUND_TEXT)
    assert article.title == headline
    assert "listing-page" not in _codes(article)


# -- fix300: a glued crumb over a headline opening with a noun before its ezafe (mutant 77) ----
_CENTRE_LEAD = (
    "به گزارش خبرنگار ما، ساختمان تازه این مرکز روز گذشته با حضور استادان و دانشجویان گشایش "
    "یافت و کتابخانه آن از هفته آینده به روی همه باز است."
)


@pytest.mark.parametrize("crumb", ["خانه اخبار", "خانه اخبار ویژه"])
@pytest.mark.parametrize("after", ["", f"\n\n{_CENTRE_LEAD}\n"])
def test_glued_crumb_over_a_headline_opening_with_shoraye_stays_sure(
    crumb: str, after: str
) -> None:
    """«خانه اخبار» glued to «شورای شهر ...»: a word ending with «ای» is a noun before its
    ezafe, no adjective of the list's name; the cut headline stays sure (mutant 77: any «ی»
    ending doubted, a false alarm)."""
    headline = "شورای شهر بودجه کتابخانه ها را افزایش داد"
    article = jm.parse_article(f"{crumb} {headline}\n{after}")
    assert article.title == headline
    assert _UNCERTAIN not in _codes(article)
