"""fix111: values taken with no warning that mut27 (benchmarks/hand_mutants_27.py, mutants
4, 11-14) and attack41 (benchmarks/attacks41.py, "left") found on main 92aa6be.

1. A list's next item whose headline has two words («نمایشگاه گل»), right under the lead over
   its own ID and date lines: its ID gave the page's number (fix101 asked the item's headline
   for three words). When the title has its own meta block between it and the lead, a
   two-word line over a block of its own heads an item as the first does. With none, two
   words may be the article's subheading over its own late header: its date and ID stay.
2. A byline's name under the opening date line over a place line in brackets, «(اهواز)», or
   with a mark, «اهواز:»: the name was the title (fix100 asked the place for letters alone).
3. A name printed twice at the page's top and again under its text, the line under it printed
   once, ending with «:», or an institution's name, over a chapter of prose: the section's
   heading was the title (fix101 asked the second line for a name printed twice).
4. A site's name printed twice over a headline cut with «…» (a sentence's end, so a
   paragraph), or under a two-entry home menu («خانه | یادداشت‌ها», plain or as Markdown
   links): the name was the title (fix106 passed a menu line only when it was chrome).

The texts are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

# -- 1. another item's two-word headline under the lead ------------------------------------

HEAD = "بازگشایی دوباره بازار سنتی شهر پس از سه ماه مرمت"
HEAD_LEAD = (
    "بازار سنتی شهر که از ابتدای تابستان برای مرمت سقف و دیوارهای آن بسته شده بود از امروز "
    "دوباره به روی خریداران و کسبه باز شد و مغازه داران کار خود را از سر گرفتند."
)
ITEM = "نمایشگاه گل"
ITEM_TEXT = (
    "نمایشگاه گل و گیاه آپارتمانی با حضور چهل تولید کننده در سالن شماره دو محل دائمی "
    "نمایشگاه ها آغاز به کار کرد و تا آخر هفته پذیرای بازدید کنندگان است."
)
MORE_TEXT = (
    "به گفته رئیس اتاق اصناف بیش از دویست مغازه در این مدت بسته بوده اند و مرمت سقف ها با "
    "کمک میراث فرهنگی استان انجام شده است."
)


def test_two_word_item_under_a_headline_with_its_own_date_gives_no_item_id() -> None:
    text = (
        f"{HEAD}\n\n  • ۱۴ آبان ۱۴۰۲ - ۰۸:۳۰\n{HEAD_LEAD}\n\n{ITEM}\n\n"
        f"  • شناسه خبر : 90212\n  • ۱۳ آبان ۱۴۰۲ - ۱۷:۱۰\n{ITEM_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == HEAD
    assert record.number != "90212"
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 14)


def test_two_word_item_with_its_id_alone_under_a_dated_headline() -> None:
    text = (
        f"{HEAD}\n\n  • ۱۴ آبان ۱۴۰۲ - ۰۸:۳۰\n{HEAD_LEAD}\n\n{ITEM}\n\n"
        f"  • شناسه خبر : 90212\n{ITEM_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.number != "90212"


def test_two_word_subheading_over_the_articles_own_date_and_id_neg() -> None:
    # No meta block under the title: the two-word line is the article's subheading (a photo
    # report's label), and the date and ID under it are the page's late header.
    text = (
        f"{HEAD}\n\n{HEAD_LEAD}\n\nگزارش تصویری\n۱۴ آبان ۱۴۰۲ - ۰۸:۳۰\nشناسه خبر : 90213\n\n"
        f"{MORE_TEXT}\n\n{ITEM_TEXT}\n"
    )
    record = jm.parse_article(text)
    assert record.title == HEAD
    assert record.number == "90213"
    assert record.published is not None
    assert record.published.jalali_date == (1402, 8, 14)


# -- 2. a byline's name over a place line with marks ---------------------------------------

DATE = "۱۴۰۲/۰۸/۱۴ - ۱۰:۲۵"
NAME = "زهرا کاظمی"
LEAD = (
    "مدیر آب و فاضلاب استان از پایان کار لوله گذاری شبکه تازه آب در سه محله جنوبی خبر داد و "
    "گفت ساکنان این محله ها از ماه آینده آب آشامیدنی سالم خواهند داشت."
)
MORE = "به گفته او هزینه این طرح از محل اعتبارات ملی پرداخت شده است."


@pytest.mark.parametrize("place", ["(اهواز)", "[اهواز]", "اهواز:", "«اهواز»", "اهواز ۲"])
def test_a_name_over_a_place_with_marks_under_the_date_line_is_no_title(place: str) -> None:
    record = jm.parse_article(f"{DATE}\n{NAME}\n{place}\n{LEAD}\n{MORE}\n")
    assert record.title != NAME
    assert "title-uncertain" in warning_codes(record)


def test_a_short_headline_echoed_by_its_lead_over_a_bracketed_place_is_doubted() -> None:
    headline = "آب آشامیدنی"
    record = jm.parse_article(f"{DATE}\n{headline}\n(اهواز)\n{LEAD}\n{MORE}\n")
    assert record.title in (headline, None)
    assert "title-uncertain" in warning_codes(record)


def test_a_long_headline_over_a_bracketed_place_stays_the_title_neg() -> None:
    headline = "پایان لوله گذاری شبکه آب در سه محله جنوبی"
    record = jm.parse_article(f"{DATE}\n{headline}\n(اهواز)\n{LEAD}\n{MORE}\n")
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


# -- 3. a name printed twice over another short line, over a chapter of prose --------------


HEADING = "روش کار"


def _chapter(top: str, end: str) -> str:
    return (
        f"{top}\n\nکد کامل این فصل را در مخزن گیت هاب کتاب ببینید\n\n"
        "در این فصل می خوانیم که یک تابع چگونه کاری را به نام خودش نگه می دارد تا هر جای "
        "برنامه که لازم شد آن را با یک خط فرا بخوانیم.\n\n"
        "  • یک پرونده تازه به نام funcs.go بسازید\n\n"
        "  • تابع زیر را در آن بنویسید و پرونده را ذخیره کنید\n\n"
        "برای اجرای برنامه دستور go run را بزنید.\n\n"
        f"{HEADING}\n\n"
        "کلمه کلیدی func یک تابع تازه می سازد که نامی دارد و فهرستی از ورودی ها که میان دو "
        "کمان می آید و بدنه آن میان دو آکولاد نوشته می شود.\n\n"
        "اگر تابع مقداری برگرداند نوع آن مقدار را پس از کمان ها می نویسیم تا کامپایلر "
        "بداند چه چیزی باز می گردد.\n"
        f"{end}"
    )


@pytest.mark.parametrize(
    ("top", "end"),
    [
        ("تابع ها\n\nبسته ها", "\nتابع ها\n"),  # the second printed once
        ("تابع ها\n\nبسته ها:", "\nتابع ها\n\nبسته ها:\n"),  # ending with «:»
        ("تابع ها\n\nدانشگاه شیراز", "\nتابع ها\n\nدانشگاه شیراز\n"),  # an institution
    ],
)
def test_a_name_twice_over_another_short_line_gives_no_section_heading(top: str, end: str) -> None:
    record = jm.parse_article(_chapter(top, end))
    assert record.title is None
    assert "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize("tagline", ["باغ کوچک من", "یادداشت های یک باغبان:", "دانشگاه شیراز"])
def test_a_headline_right_under_a_name_and_a_tagline_stays_the_title_neg(tagline: str) -> None:
    # A blog's name at its top and in its footer, its tagline printed once, and the post's
    # headline right under them, no running text between: the headline, surely.
    text = f"باغچه\n\n{tagline}\n\n{HEADLINE}\n\n{BODY}\n\n{BODY2}\n\nباغچه\n"
    record = jm.parse_article(text)
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)


# -- 4. a site's name printed twice: a cut headline under it, a two-entry menu over it -----

SITE = "مجله باغبانی خانگی"
HEADLINE = "راهنمای کاشت گوجه فرنگی در گلدان های بالکن برای آپارتمان نشینان"
BODY = (
    "گوجه فرنگی را می توان در گلدانی به عمق چهل سانتی متر کاشت به شرط آنکه روزی دست کم شش "
    "ساعت نور مستقیم آفتاب به آن برسد و خاک آن هرگز کاملا خشک نشود."
)
BODY2 = (
    "برای شروع بذر را در سینی نشا بکارید و پس از سه هفته نشاها را به گلدان اصلی منتقل کنید "
    "و کنار هر بوته یک قیم چوبی بگذارید تا ساقه زیر بار میوه خم نشود."
)
URLS = [None, "https://bagh.example.ir/tomato-balcony/"]


def _page(*lines: str, gap: str = "\n") -> str:
    return gap.join([*lines, BODY, BODY2]) + "\n"


@pytest.mark.parametrize("cut", ["…", "..."])
@pytest.mark.parametrize("url", URLS)
def test_a_site_name_twice_over_a_cut_headline_is_not_the_title(cut: str, url: str | None) -> None:
    record = jm.parse_article(_page(SITE, SITE, HEADLINE + cut), url=url)
    assert record.title != SITE
    assert "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize(
    ("menu", "gap"),
    [
        ("خانه | یادداشت‌ها", "\n"),
        ("خانه | یادداشت‌ها", "\n\n"),
        ("[خانه](/) | [یادداشت‌ها](/notes)", "\n\n"),
        ("صفحه اصلی | درباره ما", "\n"),
    ],
)
@pytest.mark.parametrize("url", URLS)
def test_a_site_name_twice_under_a_two_entry_menu_is_not_the_title(
    menu: str, gap: str, url: str | None
) -> None:
    record = jm.parse_article(_page(menu, SITE, SITE, HEADLINE, gap=gap), url=url)
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)


def test_a_site_name_twice_over_a_full_headline_stays_sure_neg() -> None:
    # Not cut: the headline under the copies is sure, as fix99 made it.
    record = jm.parse_article(_page(SITE, SITE, HEADLINE))
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)


def test_a_two_entry_menu_over_a_headline_leaves_it_the_title_neg() -> None:
    record = jm.parse_article(_page("خانه | یادداشت‌ها", HEADLINE))
    assert record.title == HEADLINE
    assert "title-uncertain" not in warning_codes(record)
