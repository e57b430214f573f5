"""fix104: mut26's notes on fix99's rule. A site's short name printed twice at the top of a
page (its logo's alt text and its name), «مجله برنامه نویسی» twice over the headline, was
still the title with no warning when the headline had a meta line under it, when a date
line stood above the name, or when the name was printed again lower down (a footer's
line); and a municipality's name printed twice, «شهرداری منطقه ۱۲ تهران», over a headline
was the title silently («شهرداری» was no institution's noun). The texts are written for
these tests on those layouts."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

NAME = "مجله برنامه نویسی"
HEADLINE = "آموزش ساخت یک وب سرویس ساده با پایتون و فلسک برای تازه کارها"
LEAD = (
    "در این آموزش یاد می گیریم که چگونه با چند خط کد یک وب سرویس کوچک بسازیم و آن را روی "
    "رایانه خود اجرا کنیم. فلسک یکی از ساده ترین چارچوب های پایتون است و برای شروع کار با "
    "برنامه نویسی وب گزینه خوبی به شمار می رود."
)
MORE = (
    "برای شروع ابتدا باید پایتون را نصب کنید و سپس با دستور pip فلسک را به پروژه اضافه کنید. "
    "پس از آن یک پرونده تازه بسازید و کد نمونه را در آن بنویسید تا نخستین صفحه وب شما آماده "
    "شود و بتوانید آن را در مرورگر ببینید."
)
META = "نویسنده: علی رضایی | ۱۲ مهر ۱۴۰۲"
DATE = "چهارشنبه ۱۲ مهر ۱۴۰۲"
URLS = [None, "https://mag.example.ir/flask-web-service/"]


def _page(*lines: str, gap: str = "\n") -> str:
    return gap.join(lines) + "\n"


def _headline_silently(record: jm.ArticleRecord, headline: str = HEADLINE) -> None:
    assert record.title == headline
    assert "title-uncertain" not in warning_codes(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize(
    "meta",
    [
        [META],  # «نویسنده: NAME | DATE»
        ["نویسنده: علی رضایی", DATE],  # the byline and the date on lines of their own
        [DATE],
    ],
)
def test_a_site_name_twice_over_a_headline_with_its_meta_line_is_no_title(
    gap: str, url: str | None, meta: list[str]
) -> None:
    record = jm.parse_article(_page(NAME, NAME, HEADLINE, *meta, LEAD, MORE, gap=gap), url=url)
    _headline_silently(record)


def test_a_site_name_twice_over_the_headline_printed_twice_and_its_meta_line() -> None:
    record = jm.parse_article(_page(NAME, NAME, HEADLINE, HEADLINE, META, LEAD, MORE))
    _headline_silently(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
def test_a_site_name_twice_under_a_date_line_is_no_title(gap: str, url: str | None) -> None:
    record = jm.parse_article(_page(DATE, NAME, NAME, HEADLINE, LEAD, MORE, gap=gap), url=url)
    _headline_silently(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
def test_a_site_name_printed_again_in_the_footer_is_no_title(gap: str, url: str | None) -> None:
    record = jm.parse_article(_page(NAME, NAME, HEADLINE, LEAD, MORE, NAME, gap=gap), url=url)
    _headline_silently(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "name", ["شهرداری منطقه ۱۲ تهران", "شهرداری منطقه 12 تهران", "استانداری خراسان رضوی"]
)
def test_a_municipality_name_twice_over_the_headline_is_no_title(gap: str, name: str) -> None:
    headline = "برگزاری جشنواره فرهنگی بهار در بوستان های شهر با حضور هنرمندان محلی"
    record = jm.parse_article(_page(name, name, headline, LEAD, MORE, gap=gap))
    _headline_silently(record, headline)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("url", URLS)
def test_a_headline_printed_twice_with_its_meta_line_stays_the_title_neg(
    gap: str, url: str | None
) -> None:
    # the headline's h1 and its og:title copy over «نویسنده: NAME | DATE»
    record = jm.parse_article(_page(HEADLINE, HEADLINE, META, LEAD, MORE, gap=gap), url=url)
    _headline_silently(record)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(
    "headline", ["منطقه ۱۲ تهران میزبان جشنواره شد", "شهرداری منطقه ۱۲ تهران جریمه شد"]
)
def test_a_headline_with_a_digit_printed_twice_stays_the_title_neg(gap: str, headline: str) -> None:
    summary = "برگزاری جشنواره فرهنگی بهار در بوستان های شهر با حضور هنرمندان محلی"
    for top in ([headline, headline], [headline, headline, summary], [headline, headline, META]):
        record = jm.parse_article(_page(*top, LEAD, MORE, gap=gap))
        _headline_silently(record, headline)


def test_a_chapter_name_twice_over_a_meta_line_is_not_passed_over_neg() -> None:
    # a chapter's name printed twice names no site: fix104's meta lines let no rule fire
    # that fix99's did not (the page keeps what it gave before: the name, or a doubt)
    name = "متغیرها و ثابت ها"
    record = jm.parse_article(_page(name, name, HEADLINE, META, LEAD, MORE))
    assert record.title != HEADLINE or "title-uncertain" in warning_codes(record)


def test_a_site_name_twice_under_a_menu_line_is_not_passed_over_neg() -> None:
    # only date lines may stand above the copies: a menu line above keeps the old reading
    old = jm.parse_article(_page("خانه", NAME, NAME, HEADLINE, LEAD, MORE))
    assert old.title is None or old.title in (NAME, HEADLINE, "خانه")
