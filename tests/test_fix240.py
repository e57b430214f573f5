"""fix240: real68's causes (docs/real_sample.md "# A fifty-seventh sample (real68, 2026-12-07)").

Structures from the real pages the sample measured (iauc.ac.ir's DNN announcements module,
real68 #14; khatmedun.tj's K2 author listing, #13; tsulbp.tj's department page, #03;
ncaea2020.ut.ac.ir's notes for authors, #16); the sentences are written for these tests, the
values changed.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

# -- (a) A DNN announcements module, its labels glued to their values (real68 #14) ----------
_DNN_HEADLINE = "برنامه زمانی ثبت نام دانشجویان نیمسال اول 97-98"


def _dnn_page(title_row: str, date_row: str) -> str:
    return (
        "دوشنبه ، 12 تیر ، 1397\n"
        "حداقل\n"
        "اطلاعیه های دانشجویی\n"
        f"{title_row}\n"
        f"{date_row}\n"
        "توضیحات\n\n"
        "برنامه ثبت نام نیمسال اول 97-98\n\n"
        "*****************\n\n"
        "از تاریخ 15 شهریور ماه 1397 لغایت 25 شهریور ماه 1397 سامانه برای همه ورودیها و "
        "رشته ها باز است و دانشجویان باید در این بازه ثبت نام خود را به پایان برسانند.\n\n"
        "*****************\n"
    )


_DNN_URL = "http://www.sample-uni.ac.ir/tabid/412/Announcements/815/ID/932/Default.aspx"


def test_dnn_glued_title_label_gives_the_title_and_its_date() -> None:
    """«عنوانHEADLINE» over «تاریخ1397/04/10»: the title row's value is the title, the
    date row's day the publication."""
    for url in (_DNN_URL, None):
        article = jm.parse_article(_dnn_page(f"عنوان{_DNN_HEADLINE}", "تاریخ1397/04/10"), url=url)
        assert article.title == _DNN_HEADLINE
        assert article.published is not None
        assert article.published.jalali_date == (1397, 4, 10)


def test_dnn_glued_word_without_date_row_is_no_label_neg() -> None:
    """«عنوان» glued to a word with no glued date row under it is no title label: the
    line is not cut (main's record kept)."""
    article = jm.parse_article(_dnn_page(f"عنوان{_DNN_HEADLINE}", "تاریخ انتشار"))
    assert article.title != _DNN_HEADLINE


def test_dnn_module_path_gives_the_item_number() -> None:
    """«/tabid/412/Announcements/815/ID/932/Default.aspx»: the announcement 932 of the
    module 815 on the tab 412."""
    article = jm.parse_article(_dnn_page(f"عنوان{_DNN_HEADLINE}", "تاریخ1397/04/10"), url=_DNN_URL)
    assert article.number == "932"


def test_dnn_module_path_without_tab_neg() -> None:
    """Without DNN's «tabid» pair, or with no module number before «ID», nothing is read."""
    page = _dnn_page(f"عنوان{_DNN_HEADLINE}", "تاریخ1397/04/10")
    for url in (
        "http://www.sample-uni.ac.ir/Announcements/815/ID/932/Default.aspx",
        "http://www.sample-uni.ac.ir/tabid/412/user/ID/932/Default.aspx",
    ):
        assert jm.parse_article(page, url=url).number is None


# -- (b) K2's author listing (real68 #13) ----------------------------------------------------
_K2_PAGE = (
    "ADMIN\n"
    "Санаи 12-уми ноябри соли 2023 дар толори донишгоҳ ба муносибати рӯзи Парчами давлатӣ "
    "маҷлиси тантанавӣ баргузор гардид ва устодону донишҷӯён дар он ширкат варзиданд.\n"
    "Маҷлисро ноиби ректор оид ба илм бо сухани табрик оғоз намуда, дар бораи таърихи "
    "Парчам ва аҳамияти он дар ҳаёти ҷомеа маълумот дод.\n"
)


def test_k2_author_listing_address_is_a_list() -> None:
    """«/itemlist/user/57-admin?start=14»: K2's author listing, no item's title."""
    article = jm.parse_article(
        _K2_PAGE,
        url="http://sample-uni.tj/index.php/2019-01-01-10-00-00/itemlist/user/57-admin?start=14",
    )
    assert article.title is None
    assert "listing-page" in warning_codes(article)


def test_k2_item_address_is_no_list_neg() -> None:
    """K2's item page «/item/757-<alias>» is one item's page: no listing-page."""
    article = jm.parse_article(
        "Рӯзи Парчами давлатӣ дар донишгоҳ\n\n" + _K2_PAGE.split("\n", 1)[1],
        url="http://sample-uni.tj/index.php/2019-01-01-10-00-00/item/757-parcham",
    )
    assert "listing-page" not in warning_codes(article)


def test_cms_account_name_alone_is_no_title() -> None:
    """«ADMIN» alone over the body: a CMS's default account name (the author's), never the
    headline, text alone too."""
    assert jm.parse_article(_K2_PAGE).title is None


def test_account_word_in_a_headline_stays_neg() -> None:
    """A headline holding the word is a headline."""
    page = "Admin panel security update released\n\n" + (
        "The maintainers released a security update for the admin panel on Monday, and every "
        "site that runs the panel should install it without delay, they said.\n"
    )
    assert jm.parse_article(page).title == "Admin panel security update released"


# -- (c) A Cyrillic department page: its head's whole name under the heading (real68 #03) ---
_DEPARTMENT = (
    "Отдел международных связей\n\n"
    "ОТДЕЛ МЕЖДУНАРОДНЫХ СВЯЗЕЙ\n"
    "Саидова Мавзуна Рахимовна — начальник отдела международных связей, кандидат "
    "экономических наук, доцент\n\n"
    "Отдел международных связей, ранее известный как сектор внешних связей, был создан "
    "приказом ректора университета №12 от 15 марта 2014 года. Отдел ведёт переписку с "
    "зарубежными вузами, готовит договоры о сотрудничестве и принимает иностранные делегации, "
    "а также организует стажировки преподавателей.\n"
)


def test_whole_name_with_patronymic_and_role_is_no_title() -> None:
    """«SURNAME NAME PATRONYMIC — ROLE, DEGREE, TITLE» under the heading: a staff line, not
    the title; the heading is (doubted beside its capitals' twin)."""
    assert jm.parse_article(_DEPARTMENT).title == "Отдел международных связей"


def test_name_with_patronymic_without_dash_stays_neg() -> None:
    """A headline naming a person with patronymic and going on with a verb is a headline."""
    page = (
        "Саидова Мавзуна Рахимовна избрана почётным профессором университета\n\n"
        "Учёный совет университета на заседании 15 марта 2014 года единогласно избрал её "
        "почётным профессором за многолетнюю работу и вклад в международное сотрудничество.\n"
    )
    assert jm.parse_article(page).title == (
        "Саидова Мавзуна Рахимовна избрана почётным профессором университета"
    )


# -- (d) A request line with a colon over bullets (real68 #16) ------------------------------
def _notes(mark: str) -> str:
    return (
        "برای ارسال مقاله به موارد زیر دقت فرمایید:\n\n \n\n"
        f"  {mark} مقاله به زبان انگلیسی نوشته شود.\n"
        f"  {mark} مقاله حداکثر 10 صفحه باشد.\n"
        f"  {mark} هزینه هر صفحه اضافه 500/000 ریال است.\n"
        f"  {mark} مقالات فقط از راه سامانه همایش فرستاده شوند.\n\n \n\n"
        "فایل قالب مقاله همایش را از این صفحه بگیرید.\n"
    )


def test_bullet_under_lead_in_colon_is_no_title() -> None:
    """«REQUEST:» over «• RULE.» lines: no headline, the first rule is not the title."""
    for mark in ("•", "1-"):
        article = jm.parse_article(
            _notes(mark), url="https://conf-sample.ut.ac.ir/cnf/authors.note"
        )
        assert article.title is None


def test_bullets_without_lead_in_colon_neg() -> None:
    """The same bullets under a heading without a colon: main's record (its title) kept."""
    page = _notes("•").replace("دقت فرمایید:", "دقت فرمایید")
    assert jm.parse_article(page).title is not None
