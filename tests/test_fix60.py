"""Address IDs and title chrome that the tenth held-out sample (real21, docs/real_sample.md
"A tenth sample") found missing or wrong.

The address shapes and the page layouts are real (named beside each group); the headlines
and the paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm
from jalali_meta.testing import url_number

HEADLINE = "راهنمای تدوین مقاله برای نویسندگان"
LEAD = (
    "نویسندگان گرامی پیش از ارسال مقاله به دفتر نشریه، نکته‌های زیر را در متن خود رعایت "
    "کنند تا داوری آن بی‌درنگ آغاز شود و دیرکرد پیش نیاید.\n"
)
TEXT = f"{HEADLINE}\n\n{LEAD}"


def codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- Address IDs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "number"),
    [
        # A WordPress post's ID in the query's «post» (chilanonline.com's print view; the
        # editor's «post.php?post=N&action=edit»).
        ("https://example.ir/print/?post=8788", "8788"),
        # A university portal's page script (uma.ac.ir, iums.ac.ir): its «slct_pg_id».
        ("http://example.ac.ir/page.php?slct_pg_id=4139&url_title=x-y&rewrite_url=1", "4139"),
        ("https://example.ac.ir/page.php?slct_pg_id=45775&sid=5&slc_lang=fa", "45775"),
        # A blog's post by its number, padded or before a slug (nmi.ir, behpardazan.com).
        ("https://example.ir/blog/023/", "023"),
        ("https://example.com/blog/712/معرفی-سایت", "712"),
        # One event's page (civilica.com).
        ("https://example.com/event/132/", "132"),
        # A journal system's page at the root (kq.meybod.ac.ir, journal.irphe.ac.ir).
        ("https://example.ac.ir/page_23.html", "23"),
        ("https://example.ac.ir/page_893.html?lang=en", "893"),
        # Joomla's print view of an article under its menu (ansmi.tj).
        (
            "https://example.tj/markazi-matbuot/navidho/715-боздид-аз-осорхона.html"
            "?print=1&tmpl=component",
            "715",
        ),
    ],
)
def test_address_item_ids(url: str, number: str) -> None:
    assert url_number(url) == number
    assert jm.parse_article(TEXT, url=url).number == number


@pytest.mark.parametrize(
    "url",
    [
        # The same portal key on its list scripts names a menu entry: not the page's.
        "https://example.ac.ir/browse.php?slct_pg_id=45&sid=1&slc_lang=fa",
        # A blog's year folder or archive, never a post's number.
        "https://example.ir/blog/1402/معرفی-سایت",
        "https://example.ir/blog/2019",
        # A list's page file below a folder, and «page_» without an extension.
        "https://example.ir/news/page_2.html",
        "https://example.ir/page_23",
        # The same Joomla alias without the print view: a category's list looks alike.
        "https://example.tj/markazi-matbuot/navidho/715-боздид-аз-осорхона.html",
        # WordPress's pagination ends with its number.
        "https://example.ir/category/news/page/625/",
    ],
)
def test_address_near_misses(url: str) -> None:
    assert url_number(url) is None
    assert jm.parse_article(TEXT, url=url).number is None


def test_portal_page_number_before_the_printed_name() -> None:
    """«/fa/page/625/<name>» (students-society.isuw.ac.ir, gardenstudies.kashanu.ac.ir): the
    page's number when the page prints the name; not when it prints another headline (as
    dgla.ut.ac.ir's page does, whose golden records no number), nor under a list's word."""
    named = "https://example.ac.ir/fa/page/2859/راهنمای-تدوین-مقاله-برای-نویسندگان"
    assert jm.parse_article(TEXT, url=named).number == "2859"
    other = "https://example.ac.ir/fa/page/3175/آیین-نامه-ارتقای-اعضا"
    assert jm.parse_article(TEXT, url=other).number is None
    listed = "https://example.ir/tag/x/page/3/راهنمای-تدوین-مقاله-برای-نویسندگان"
    assert jm.parse_article(TEXT, url=listed).number is None


# -- Title chrome ----------------------------------------------------------------------------
# respina24.ir/train: an Angular booking page stored before its script ran, its accordion
# labels after Material icon names («expand_lessقوانین ...»), its slots unfilled.


def test_material_icon_name_glued_to_a_label_is_a_control_not_the_headline() -> None:
    text = (
        "expand_lessقوانین و مقررات صدور بلیت حمل خودرو\n\n"
        "expand_less جزییات expand_less شرایط استرداد\n\n"
        f"{LEAD}"
    )
    article = jm.parse_article(text)
    assert article.title is None or not article.title.startswith("expand_")
    assert article.title != "expand_lessقوانین و مقررات صدور بلیت حمل خودرو"


@pytest.mark.parametrize(
    "line",
    [
        "expand_moreشرایط استرداد بلیت",
        "keyboard_arrow_downمنوی سایت",
        "expand_less جزییات expand_less شرایط استرداد",
    ],
)
def test_icon_control_line_over_a_paragraph_is_no_headline(line: str) -> None:
    assert jm.parse_article(f"{line}\n\n{LEAD}").title is None
    assert jm.parse_article(f"{line}\n\n{HEADLINE}\n\n{LEAD}").title == HEADLINE


def test_snake_case_word_and_a_space_before_a_headline_is_still_a_headline() -> None:
    """A technical headline opening with one identifier (no icon glued, no second one)."""
    title = "user_agent مرورگر چیست و چه کاربردی دارد"
    assert jm.parse_article(f"{title}\n\n{LEAD}").title == title


def test_unfilled_template_slot_is_no_headline() -> None:
    slots = "{{train.price}} تومان {{train.discountprice}} تومان"
    assert jm.parse_article(f"{slots}\n\n{LEAD}").title is None
    assert jm.parse_article(f"{slots}\n\n{HEADLINE}\n\n{LEAD}").title == HEADLINE


def test_braces_in_a_headline_are_not_a_template_slot() -> None:
    title = "نمایش {متن} در قالب‌های وب با آکولاد تکی"
    assert jm.parse_article(f"{title}\n\n{LEAD}").title == title


def test_image_placeholder_word_is_no_headline() -> None:
    """maorif.tj: «18.04.2025» then «img» alone over the body: no headline printed."""
    text = "18.04.2025\n\n img\n\n" + LEAD * 2
    for url in (None, "https://example.tj/news/other/qadamoi-ustuvori-maorif"):
        article = jm.parse_article(text, url=url)
        assert article.title is None
        assert article.published is not None
        assert article.published.gregorian.isoformat() == "2025-04-18"


def test_image_word_inside_a_headline_is_kept() -> None:
    title = "img و image دو برچسب رایج در صفحه‌های وب هستند"
    assert jm.parse_article(f"{title}\n\n{LEAD}").title == title


# -- A month archive ------------------------------------------------------------------------
# market-center.ir/2017/10/: WordPress's month archive, headlines over excerpts, no dates.

SECOND = "کاهش سرانه مرسوله‌های پستی در کشور"
LEAD2 = (
    "مدیرعامل شرکت پست گفت سرانه مرسوله‌های پستی هر شهروند در سال‌های اخیر کاهش یافته و "
    "این روند همچنان ادامه دارد.\n"
)
ARCHIVE = f"{HEADLINE}\n\n{LEAD}\n{SECOND}\n\n{LEAD2}"


def test_month_archive_first_post_headline_is_doubted() -> None:
    article = jm.parse_article(ARCHIVE, url="http://example.ir/2017/10/")
    assert "title-uncertain" in codes(article)


def test_post_under_a_month_path_with_its_slug_is_not_doubted() -> None:
    article = jm.parse_article(ARCHIVE, url="http://example.ir/2017/10/راهنمای-تدوین-مقاله")
    assert "title-uncertain" not in codes(article)


def test_month_archive_with_one_post_is_not_doubted_by_this_rule() -> None:
    article = jm.parse_article(TEXT, url="http://example.ir/2017/10/")
    assert article.title == HEADLINE
    assert "title-uncertain" not in codes(article)


# -- Mutation round 18 (docs/reliability.md, "The eighteenth round") ------------------------


@pytest.mark.parametrize(
    "url",
    [
        # The portal's key twice with two values: which page, the address does not say.
        "https://example.ac.ir/page.php?slct_pg_id=12&slct_pg_id=34",
        # A leading zero: no page number the portal prints.
        "https://example.ac.ir/page.php?slct_pg_id=045&sid=5",
        "https://example.ac.ir/page_012.html",
        "https://example.ac.ir/page_0.html",
    ],
)
def test_portal_and_root_page_near_misses(url: str) -> None:
    assert url_number(url) is None


# -- Mutation round 19 (docs/reliability.md, "The nineteenth round") ------------------------
# One query field's single numeric value (_sources._one_id_value since 2df8fe1): the
# portal's «slct_pg_id», vBulletin's «t», Moodle's «d».


@pytest.mark.parametrize(
    ("url", "number"),
    [
        # Up to twenty digits (_URL_ID_MAX) an ID; one more, none.
        ("https://example.ac.ir/page.php?slct_pg_id=" + "4" * 20, "4" * 20),
        ("https://example.ac.ir/page.php?slct_pg_id=" + "4" * 21, None),
        ("http://forum.example.ir/showthread.php?t=" + "5" * 20, "5" * 20),
        ("https://lms.example.ac.ir/mod/forum/discuss.php?d=" + "1" * 21, None),
        # Persian digits (an address retyped, percent-encoded or not): no ID the site wrote,
        # and never a number in other digits than ASCII.
        ("http://forum.example.ir/showthread.php?t=۲۳۳۰۱", None),
        ("http://forum.example.ir/showthread.php?t=%DB%B2%DB%B3%DB%B3%DB%B0%DB%B1", None),
        ("https://example.ac.ir/page.php?slct_pg_id=۴۱۳۹", None),
    ],
)
def test_one_query_id_value_bounds(url: str, number: str | None) -> None:
    assert url_number(url) == number
