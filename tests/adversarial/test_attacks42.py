"""attack42's fix (benchmarks/attacks42.py, docs/reliability.md "Attacks, forty-second round").

An Iranian landline number with its trunk zero and area code («02188776655», eleven digits
opening with «0» and a digit 1-8) ending an address, glued to a slug by fix109's underscore
(«/02188776655_contact-us.html») or by a hyphen, or alone as a path segment, was given as the
item's number with no warning. Like a mobile number («09...»), it is a contact's or an
advertiser's page, never an item's ID: a site's IDs do not open with «0».

fix109's underscore ID read six or eight digits that read as a date under an item's segment
(«/news/14021212_budget-meeting.html» gave 14021212, silently): a file named by its day (BBC's
«110928_l42_<slug>») is never an ID by this rule, whatever segment is before it.

The texts are written for these tests on attack42's layout.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

HEAD = "شورای شهر بودجه سال آینده را بررسی کرد"
TEXT = (
    f"{HEAD}\n۱۲ اسفند ۱۴۰۲\n\n"
    "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار شد "
    "و در آن درباره بودجه سال آینده و طرح‌های عمرانی نیمه‌تمام گفت‌وگو شد.\n"
)


@pytest.mark.parametrize(
    "path",
    [
        "/02188776655_contact-us.html",
        "/ads/03133445566_shop-name",
        "/02188776655-contact-us.html",
        "/news/02188776655",
    ],
)
def test_a_landline_number_in_the_address_is_no_number(path: str) -> None:
    record = jm.parse_article(TEXT, url="https://example-news.ir" + path)
    assert record.number is None
    assert record.title == HEAD


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("/73215_budget-meeting.html", "73215"),  # fix109's underscore ID, five digits
        ("/news/21887766551_budget", "21887766551"),  # eleven digits without the trunk zero
        ("/news/84521/budget-meeting", "84521"),
    ],
)
def test_a_landline_number_neg_ids_stay_read(path: str, number: str) -> None:
    assert jm.parse_article(TEXT, url="https://example-news.ir" + path).number == number


@pytest.mark.parametrize(
    "path",
    ["/news/14021212_budget-meeting.html", "/post/20240302_budget", "/news/021128_budget.html"],
)
def test_a_date_code_glued_by_an_underscore_is_no_number(path: str) -> None:
    assert jm.parse_article(TEXT, url="https://example-news.ir" + path).number is None


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("/news/140299_budget.html", "140299"),  # no month 99: no date
        ("/news/1402121_budget.html", "1402121"),  # seven digits
    ],
)
def test_a_date_code_neg_other_underscore_ids_stay_read(path: str, number: str) -> None:
    assert jm.parse_article(TEXT, url="https://example-news.ir" + path).number == number


# mut29 (benchmarks/hand_mutants_29.py): the landline's area codes at both ends of «01»-«08»,
# and the phone check at each place an address's digits are read as an ID.


@pytest.mark.parametrize(
    "path",
    [
        "/ads/01133445566_shop-name",  # Sari's area code, 011
        "/08338221100-contact-us.html",  # Kermanshah's, 083
        "/view?lid=02188776655",  # a law database's sole key
        "/view.aspx?newsid=02188776655&lang=fa",  # a query's item key beside another field
        "/Home/articleId/02188776655/budget",  # DNN's item key as a path segment
        "/news/show/id/02188776655",  # Zend's routed «id»
        "/news/show/id/989121234567",  # a mobile number with the country's code
    ],
)
def test_a_phone_number_in_any_id_place_is_no_number(path: str) -> None:
    record = jm.parse_article(TEXT, url="https://example-news.ir" + path)
    assert record.number is None
    assert record.title == HEAD


_UNDATED = TEXT.replace("۱۲ اسفند ۱۴۰۲\n", "")


@pytest.mark.parametrize(
    ("path", "number"),
    [
        ("/146813/1397/01/27/budget-meeting/", "146813"),  # WordPress's post ID before its day
        ("/989121234567/1397/01/27/budget-meeting/", None),  # a mobile number there
    ],
)
def test_a_phone_number_before_a_day_path_is_no_number(path: str, number: str | None) -> None:
    record = jm.parse_article(_UNDATED, url="https://example-news.ir" + path)
    assert record.number == number
    assert record.title == HEAD
