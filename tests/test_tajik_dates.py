"""Tajik sites (issue #16; blind pages 592, 606, khovar.tj): Gregorian dates with Russian and
Tajik month names in Cyrillic, and Dushanbe's clock from a .tj address, a Tajik language tag
or a page written in Tajik."""

from __future__ import annotations

import pytest

import jalali_meta as jm

TITLE = "Бозсозиву такмили суннатҳои маснависароӣ дар осори Рӯдакӣ"
LEAD = (
    "ДУШАНБЕ, 22.09.2020 /АМИТ «Ховар»/. Маснавӣ яке аз қолабҳои куҳантарини шеъри "
    "форсӣ-тоҷикӣ аст, ки дар давраи Сомониён ба камол расид."
)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Сентябрь 22, 2020 09:20", "2020-09-22T09:20:00+03:30"),  # no clock known: Tehran's
        ("СЕНТЯБРЬ 22, 2020", "2020-09-22"),
        ("22 сентября 2020 года", "2020-09-22"),  # Russian genitive
        ("22 сентябри 2020", "2020-09-22"),  # Tajik
        ("1 январ 2021", "2021-01-01"),
        ("5 мая 2019", "2019-05-05"),
        ("Декабрь 31, 2019", "2019-12-31"),
    ],
)
def test_cyrillic_month_names(text: str, iso: str) -> None:
    assert [ts.isoformat() for ts in jm.find_dates(text)] == [iso]


@pytest.mark.parametrize(
    "text",
    [
        "Май 2020",  # no day
        "май ва шароб 22",  # «май» (wine) is a word too: no year, no date
        "Сентябрь 32, 2020",  # no such day
    ],
)
def test_cyrillic_non_dates(text: str) -> None:
    assert jm.find_dates(text) == []


def _page(date_line: str) -> str:
    return f"«ТО ҶАҲОН БУД АЗ САРИ ОДАМ ФАРОЗ…». {TITLE}\n\n{date_line}\n\n{LEAD}\n"


@pytest.mark.parametrize("url", ["https://khovar.tj/2020/09/slug", None])
def test_tajik_page_keeps_dushanbes_clock(url: str | None) -> None:
    """By its .tj address, or from the text alone by its Tajik letters: 09:20 is Dushanbe's
    wall time (UTC+05:00), not Tehran's."""
    article = jm.parse_article(_page("Сентябрь 22, 2020 09:20"), url=url)
    assert article.published is not None
    assert article.published.isoformat() == "2020-09-22T09:20:00+05:00"


def test_tajik_language_tag_in_html() -> None:
    page = (
        '<html lang="tg"><body><article><h1>' + TITLE + "</h1><p>Сентябрь 22, 2020 09:20</p>"
        "<p>" + LEAD + "</p></article></body></html>"
    )
    article = jm.parse_html(page)
    assert article.published is not None
    assert article.published.isoformat() == "2020-09-22T09:20:00+05:00"


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.isna.ir/news/1", "2023-09-19T10:20:00+03:30"),
        ("https://tolonews.af/1", "2023-09-19T10:20:00+04:30"),
        ("https://example.tj.ir/1", "2023-09-19T10:20:00+03:30"),  # .tj inside the host name
        (None, "2023-09-19T10:20:00+03:30"),
    ],
)
def test_other_sites_keep_their_clock(url: str | None, iso: str) -> None:
    """Negative: a Persian page that quotes a Tajik line stays on Tehran's clock (Arabic
    letters outnumber the Cyrillic ones); .af is Kabul's, as before."""
    text = (
        "عنوان خبر درباره شعر رودکی\nتاریخ انتشار: ۲۸ شهریور ۱۴۰۲ - ۱۰:۲۰\n"
        "این مصرع به خط سیریلیک چنین است: «ТО ҶАҲОН БУД АЗ САРИ ОДАМ ФАРОЗ» و در تاجیکستان "
        "بسیار خوانده می‌شود و پژوهشگران درباره آن بسیار نوشته‌اند.\n"
    )
    article = jm.parse_article(text, url=url)
    assert article.published is not None
    assert article.published.isoformat() == iso
