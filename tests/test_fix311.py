"""fix311: attack85's inputs not right (benchmarks/attacks85.py, docs/reliability.md «Attacks,
eighty-fifth round») read by general rules: a list's page takes no address number for the
name it prints; Joomla's option-less article view drops the menu's ``Itemid`` and reads an
alias of digits, its list view no ``id``; a headline over its date line over bulleted key
points; a kicker over its verb headline across the headline's date line; a blog post's title as long as the blog's name over its byline.
The sentences are ours."""

from __future__ import annotations

from urllib.parse import quote

from jalali_meta import parse_article

HEADLINE = "ساخت مدرسه تازه روستای چشمه سفید با کمک خیرین آغاز شد"
DATE_LINE = "۱۲ دی ۱۴۰۲ - ۱۰:۲۰"
TEXT = (
    "به گزارش خبرنگار ما، کلنگ مدرسه شش کلاسه روستای چشمه سفید امروز با حضور اهالی و "
    "مسئولان آموزش و پرورش بخش به زمین زده شد و ساخت آن تا پایان سال به پایان می رسد.\n\n"
    "مدیر مدرسه گفت که دانش آموزان روستا تا امروز در دو اتاق اجاره ای درس می خواندند و "
    "از پاییز آینده در ساختمان تازه درس خواهند خواند.\n"
)
ITEMS = (
    ("آغاز ثبت نام کلاس های تابستانی کتابخانه", "۱۰ دی ۱۴۰۲", "ثبت نام تا پایان ماه ادامه دارد."),
    ("برگزاری مسابقه نقاشی کودکان در پارک شهر", "۸ دی ۱۴۰۲", "برندگان جایزه کتاب می گیرند."),
    ("بازگشایی سالن ورزشی محله پس از تعمیر", "۵ دی ۱۴۰۲", "سالن از شنبه باز است."),
)
LIST = "".join(f"{head}\n{date}\n{teaser}\n\n" for head, date, teaser in ITEMS)


def _codes(article: object) -> set[str]:
    return {warning.code for warning in article.warnings}  # type: ignore[attr-defined]


# -- a view address's number for the name the page prints ------------------------------------
SECTION = "اخبار فرهنگی و ورزشی شهر"


def test_category_list_at_a_named_view_address_takes_no_number() -> None:
    url = "http://shahr-sample.ir/PageInfo-45-" + quote(SECTION.replace(" ", "-"))
    article = parse_article(f"{SECTION}\n\n{LIST}", url=url)
    assert article.number is None
    assert article.published is None


def test_article_at_a_named_view_address_keeps_its_number() -> None:
    url = "http://shahr-sample.ir/PageInfo-45-" + quote(HEADLINE.replace(" ", "-"))
    article = parse_article(f"{HEADLINE}\n\n{DATE_LINE}\n\n{TEXT}", url=url)
    assert article.number == "45"


# -- Joomla's query without «option» ----------------------------------------------------------
def _joomla(query: str) -> object:
    return parse_article(
        f"{HEADLINE}\n\n{DATE_LINE}\n\n{TEXT}", url="https://sample-site.tj/index.php?" + query
    )


def test_joomla_article_view_drops_the_menus_itemid() -> None:
    article = _joomla("Itemid=230&view=article&id=871:" + quote("مدرسه-تازه") + "&catid=7")
    assert article.number == "871"  # type: ignore[attr-defined]


def test_joomla_article_view_reads_an_alias_of_digits() -> None:
    article = _joomla("view=article&id=871:1403&catid=7")
    assert article.number == "871"  # type: ignore[attr-defined]


def test_joomla_article_view_with_a_time_after_the_id_is_no_number() -> None:
    article = _joomla("view=article&id=10:45&catid=7")
    assert article.number is None  # type: ignore[attr-defined]


def test_joomla_category_view_without_option_takes_neither_id() -> None:
    article = parse_article(
        "اخبار مدرسه\n\n" + LIST,
        url="https://sample-site.tj/index.php?view=category&layout=blog&id=9:akhbar&Itemid=44",
    )
    assert article.number is None


def test_itemid_of_a_site_without_joomla_view_is_still_the_id() -> None:
    article = _joomla("app=content&catid=0&itemid=5521")
    assert article.number == "5521"  # type: ignore[attr-defined]


# -- a headline over its date line over bulleted key points -----------------------------------
POINTS = (
    "مدرسه شش کلاس و یک کتابخانه دارد",
    "نیمی از هزینه را خیرین روستا داده اند",
    "ساختمان در برابر زلزله مقاوم است",
)


def test_headline_over_date_line_over_bulleted_key_points() -> None:
    bullets = "".join(f"•\n{point}\n" for point in POINTS)
    article = parse_article(f"{HEADLINE}\n{DATE_LINE}\n\n{bullets}\n{TEXT}")
    assert article.title == HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 12)
    assert "listing-page" not in _codes(article)


def test_section_name_over_date_over_bulleted_teasers_is_no_title() -> None:
    # A short section's name over the day's date over teasers: not taken as a headline.
    bullets = "".join(f"•\n{point}\n" for point in (*POINTS, "روستا آب لوله کشی تازه گرفت"))
    article = parse_article(f"آخرین اخبار\n{DATE_LINE}\n\n{bullets}\n{TEXT}")
    assert article.title != "آخرین اخبار"


# -- a kicker over its verb headline ----------------------------------------------------------
# fix306's own pair (tests/test_fix306.py), here with the headline's date line under it.
KICKER = "کتابخانه سیار روستای ولیک"
VERB_HEADLINE = "کتابخانه سیار از ۳ آبان به روستای ولیک میرود"


def test_kicker_over_verb_headline_over_date_line() -> None:
    article = parse_article(f"{KICKER}\n{VERB_HEADLINE}\n{DATE_LINE}\n{TEXT}")
    assert article.title == VERB_HEADLINE
    assert "title-uncertain" in _codes(article)


def test_headline_over_its_subheading_going_on_with_and() -> None:
    # «X» / «X و Y»: a subheading going on from the headline (tests/pages 2049's shape), with
    # the date line under it: still the headline.
    headline = "مدرسه روستا در سال کم آبی"
    subheading = "مدرسه روستا در سال کم آبی و راه های نگه داشتن آب"
    article = parse_article(f"{headline}\n{subheading}\n{DATE_LINE}\n{TEXT}")
    assert article.title == headline


# -- a blog post's title as long as the blog's name -------------------------------------------
def test_post_title_as_long_as_blog_name_over_byline() -> None:
    blog = (
        "یادداشت های معلم روستا\n"
        "نوشته های کوتاه از روزهای کلاس درس در مدرسه ای کوچک کنار کوه\n"
        "کلاس بی سقف\n"
        "به قلم مریم احمدی\n"
        "سالی که سقف کلاس ریخت و ما تا بهار درس را زیر سایه درخت گردوی حیاط مدرسه خواندیم\n"
        "پاییز آن سال باران سقف کهنه کلاس را پایین آورد و بچه ها کتاب ها را به خانه بردند.\n"
        "تا بهار هر صبح زیر درخت گردو می نشستیم و درس را از همان جا ادامه دادیم.\n"
    )
    article = parse_article(blog)
    assert article.title == "کلاس بی سقف"
