"""Silent titles that the ninety-seventh blind batch (blind100, tests/pages 2568-2587) found:
a kicker ending with «؛» over its headline taken as a column of news items' name (2579,
goftemandarya.com), a site's name over a tag page's one item that the item's lead credits as
its outlet taken as the list's name (2574, daier.ir), and a headline printed twice glued, once
with ASCII digits and once with Persian ones (2575/2576, paradiseclub.ir).

The layouts are those pages'; the headlines and the paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

# -- A kicker ending with «؛» over the headline (goftemandarya.com's layout, 2579) --------------

CRANE_HEADLINE = "آغاز به کار دو باراندازی تازه در بندر صیادی کنارک"
CRANE_LEAD = (
    "مدیر بندر صیادی کنارک گفت: دو بارانداز تازه برای پهلوگیری قایق های صیادی در این بندر "
    "به کار افتاد و صف انتظار قایق ها کوتاه تر شد."
)
CRANE_BODY = (
    "به گزارش پایگاه خبری ساحل، وی روز دوشنبه افزود: ساخت این دو بارانداز هشت ماه "
    "طول کشید و هزینه آن از محل اعتبارات استانی پرداخت شد.\n\n"
    "به گفته وی، با این دو بارانداز روزانه ۶۰ قایق بیشتر در بندر پهلو می گیرند.\n"
)


def _kicker_page(kicker: str, headline: str) -> str:
    return f"۱۴۰۳/۰۸/۱۲\n{kicker}\n\n{headline}\n\n{CRANE_LEAD}\n{headline}\n\n \n\n{CRANE_BODY}"


@pytest.mark.parametrize("kicker", ["اخبار بنادر؛", "خبرهای صیادی؛"])
def test_kicker_ending_with_semicolon_names_no_column(kicker: str) -> None:
    # «DATE» / «اخبار بنادر؛» / HEADLINE / lead / HEADLINE (a caption) / body: the kicker,
    # open with its «؛», introduces the one headline under it; it names no column of items.
    article = jm.parse_article(_kicker_page(kicker, CRANE_HEADLINE))
    assert article.title == CRANE_HEADLINE
    assert "listing-page" not in {notice.code for notice in article.warnings}


def test_headline_with_semicolon_inside_stays_whole() -> None:
    # A headline holding «؛» in its middle is a two-part headline, never a kicker.
    headline = "اخبار بنادر؛ آغاز به کار دو باراندازی تازه در بندر صیادی کنارک"
    page = f"۱۴۰۳/۰۸/۱۲\n\n{headline}\n\n{CRANE_LEAD}\n\n{CRANE_BODY}"
    assert jm.parse_article(page).title == headline


# -- A site's name that the one item's lead credits (daier.ir's tag page, 2574) ----------------

TAG_URL = "https://example.ir/tags/ورزش-بانوان-استان/"
TEASER = "برگزاری مسابقه قایق رانی بانوان در دریاچه سد+تصاویر"


def _tag_page(name: str, outlet: str) -> str:
    return (
        f"{name}\n\n{TEASER}\n\n"
        f"به گزارش خبرنگار {outlet}، مسابقه قایق رانی بانوان استان صبح امروز با حضور "
        "دوازده تیم در دریاچه سد برگزار شد و تیم شهرستان میزبان نخست شد. داوران این "
        "مسابقه گفتند که سطح تیم ها نسبت به سال گذشته بالاتر بوده و دو تیم […]\n"
    )


@pytest.mark.parametrize("url", [TAG_URL, None])
@pytest.mark.parametrize("name", ["ساحل", "ساحل نیوز"])
def test_outlet_credited_by_the_lead_is_no_list_name(name: str, url: str | None) -> None:
    # «NAME» / one teaser / «به گزارش خبرنگار NAME، ... […]»: NAME is the reporter's outlet,
    # the site's own name; the tag page prints no name of its own: no title, and the notice
    # says so.
    article = jm.parse_article(_tag_page(name, name), url=url)
    assert article.title is None
    assert "title-uncertain" in {notice.code for notice in article.warnings}


def test_line_the_lead_does_not_credit_still_names_the_list() -> None:
    # The short line over the one teaser, when the lead credits another outlet, is the
    # list's name as before.
    assert jm.parse_article(_tag_page("قایق رانی", "ایسنا"), url=TAG_URL).title == "قایق رانی"


# -- A headline printed twice glued, ASCII digits then Persian ones (paradiseclub.ir, 2575) -----

RACE_ASCII = "48 قایق در هفته پنجم مسابقات قایق رانی پاییزه کنارک رقابت کردند"
RACE_PERSIAN = "۴۸ قایق در هفته پنجم مسابقات قایق رانی پاییزه کنارک رقابت کردند"
RACE_BODY = (
    "به گزارش خبرنگار ایرنا، قایق های این هفته در پنج دور با هم رقابت کردند و در دور اول "
    "قایق نسیم اول شد.\n"
    "هفته ششم مسابقات روز جمعه آینده در اسکله شهر برگزار می شود.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        RACE_ASCII + RACE_PERSIAN + " ",
        RACE_ASCII + " " + RACE_PERSIAN,
        RACE_PERSIAN + RACE_ASCII,
    ],
)
def test_headline_twice_in_two_digit_forms_gives_one_copy(line: str) -> None:
    # The page's <title> in ASCII digits glued to the article's heading in Persian digits:
    # one headline; the copy in the text's own digits is given.
    url = "http://www.example.ir/news/view/newsid/512/lang/fa"
    assert jm.parse_article(f"{line}\n{RACE_BODY}", url=url).title == RACE_PERSIAN


def test_headline_repeating_a_phrase_is_not_cut() -> None:
    # A headline saying a phrase twice, with other words between, is one headline.
    headline = "۵ قایق برای مسابقه بانوان و 5 قایق برای مسابقه نوجوانان آماده شد"
    assert jm.parse_article(f"{headline}\n{RACE_BODY}").title == headline
