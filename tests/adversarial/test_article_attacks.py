"""Crafted article input (issue 14, the article-level classes): no loss, no silently wrong value."""

from __future__ import annotations

import pytest
from tests.checks import call_count

import jalali_meta as jm

TITLE = "افزایش ساعت کار کتابخانه‌های عمومی تهران"
LEAD = "ساعت کار کتابخانه‌های عمومی پایتخت از هفته آینده تا ساعت بیست تمدید می‌شود."
BODY = "مدیر این نهاد گفت که هزینه عضویت برای دانش‌آموزان در این طرح رایگان خواهد بود."


@pytest.mark.parametrize("sep", ["\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r\n"])
def test_every_line_separator_splits_lines(sep: str) -> None:
    """Class 8: lines separated by CR, U+2028, U+2029, NEL, VT or FF are lines, not one title."""
    text = sep.join([TITLE, "کد خبر: ۱۲۳۴", "تاریخ انتشار: ۳ بهمن ۱۴۰۱ - ۰۹:۱۵", LEAD, BODY])
    article = jm.parse_article(text)
    expected = (TITLE, "1234", "2023-01-23T09:15:00+03:30", LEAD)
    assert expected == (
        article.title,
        article.number,
        article.published.isoformat() if article.published else None,
        article.lead,
    )


def test_newspaper_name_and_issue_number_is_not_the_article_number() -> None:
    """Class 9: «روزنامه همشهری | شماره ۸۷۶۵ | سال سی‌ام» gives an issue number, not an ID."""
    text = f"{TITLE}\nروزنامه همشهری | شماره ۸۷۶۵ | سال سی‌ام\n{LEAD}\n{BODY}"
    article = jm.parse_article(text)
    expected = (None, "8765")
    assert expected == (article.number, article.issue)


def test_issue_date_is_published_with_a_warning_when_it_is_the_only_date() -> None:
    """An issue line's date is the publication day only when nothing else dates the article."""
    text = f"{TITLE}\nدوشنبه ۱۰ بهمن ۱۳۸۴ - سال سیزدهم - شماره ۳۹۰۸ - Jan 30, 2006\n{LEAD}\n{BODY}"
    article = jm.parse_article(text)
    expected = ("2006-01-30", None, "3908", ["issue-date-only"])
    assert expected == (
        article.published.isoformat() if article.published else None,
        article.number,
        article.issue,
        [w.code for w in article.warnings],
    )


def _time_in_nav(where: str) -> str:
    return (
        "<html><body><nav><a href='/'>خانه</a>"
        "<time datetime='2024-05-05T10:00:00+03:30'>امروز</time></nav>"
        f"<div class='main'><h1>{TITLE}</h1><p>{LEAD} {BODY} {BODY}</p>{where}</div>"
        "</body></html>"
    )


def test_time_element_in_nav_is_not_published() -> None:
    """Class 12: a <time datetime> inside <nav> (or aside, footer, related list) is not the date."""
    pytest.importorskip("selectolax")
    assert jm.parse_html(_time_in_nav("")).published is None


def test_time_element_in_the_article_is_published() -> None:
    """The same element inside the article is its publication time (the rule is by place)."""
    pytest.importorskip("selectolax")
    page = _time_in_nav("<time datetime='2023-01-23T09:15:00+03:30'></time>")
    article = jm.parse_html(page)
    expected = ("2023-01-23T09:15:00+03:30", "time element")
    assert expected == (
        article.published.isoformat() if article.published else None,
        article.evidence.get("published"),
    )


def test_date_and_tags_label_in_the_footer_lose_no_line() -> None:
    """Class 13: a footer «date | برچسب ها:» with the tags on the next line loses no line."""
    text = (
        f"{TITLE}\nتاریخ انتشار: ۳ بهمن ۱۴۰۱ - ۰۹:۱۵\n{LEAD}\n{BODY}\n"
        "۱۴۰۱/۱۱/۰۳ | برچسب ها:\nکتابخانه، تهران\nکلیه حقوق محفوظ است"
    )
    article = jm.parse_article(text)
    covered = [f.span for f in article.fields] + [i.span for i in article.ignored]
    covered += [article.spans[k] for k in ("title", "lead", "body") if k in article.spans]
    lost = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        if not any(a < end and start < b for a, b in covered if a is not None):
            lost.append(line)
        offset = end + 1
    expected = ([], ("کتابخانه", "تهران"))
    assert expected == (lost, article.tags)


def test_date_and_tags_label_in_the_header_keep_the_lead() -> None:
    """Class 13: in the header the same shape takes the tags line as tags; the lead stays the lead."""
    text = f"{TITLE}\n۱۴۰۱/۱۱/۰۳ | برچسب ها:\nکتابخانه، تهران\n{LEAD}\n{BODY}"
    article = jm.parse_article(text)
    expected = (TITLE, LEAD, ("کتابخانه", "تهران"), "2023-01-23")
    assert expected == (
        article.title,
        article.lead,
        article.tags,
        article.published.isoformat() if article.published else None,
    )


def test_html_spans_point_into_visible_text_with_lines_above_the_headline() -> None:
    """Class 14: spans point into visible_text(page), also with lines above the headline."""
    pytest.importorskip("selectolax")
    page = (
        "<html><head><meta property='article:published_time' "
        "content='2023-01-23T09:15:00+03:30'></head><body><div class='main'>"
        "<div>سیاسی</div><div>کد خبر: ۱۲۳۴</div>"
        f"<h1>{TITLE}</h1><div>۳ بهمن ۱۴۰۱ - ۰۹:۱۵</div><p>{LEAD} {BODY} {BODY}</p>"
        "</div></body></html>"
    )
    article = jm.parse_html(page)
    text = jm.visible_text(page)
    assert article.published is not None
    assert article.published.span is not None
    expected = (TITLE, "۱۲۳۴", "۳ بهمن ۱۴۰۱ - ۰۹:۱۵", "۳ بهمن ۱۴۰۱ - ۰۹:۱۵")
    assert expected == (
        text[slice(*article.spans["title"])],
        text[slice(*article.spans["number"])],
        text[slice(*article.published.span)],
        article.published.text,
    )


def test_html_warnings_have_positions_and_no_duplicates() -> None:
    """Class 20: a warning about visible text carries its position; none is given twice."""
    pytest.importorskip("selectolax")
    page = (
        "<html><head><meta property='article:published_time' "
        "content='2023-01-23T09:15:00+03:30'>"
        "<meta property='article:modified_time' content='2023-01-21T09:15:00+03:30'>"
        "</head><body><div class='main'>"
        f"<h1>{TITLE}</h1><div>تاریخ انتشار: ۳ بهمن ۱۴۰۱ - ۰۹:۱۵</div>"
        "<div>آخرین به روزرسانی: ۱ بهمن ۱۴۰۱ - ۰۹:۱۵</div>"
        f"<p>{LEAD} {BODY} {BODY}</p></div></body></html>"
    )
    article = jm.parse_html(page)
    codes = [w.code for w in article.warnings]
    expected = (["updated-before-published"], True)
    assert expected == (
        codes,
        all(w.line is not None and w.span is not None for w in article.warnings),
    )


def test_label_after_bullet_is_found_once() -> None:
    """Class 21: a label after • is one field with an ordered span; strict mode accepts it."""
    text = "عنوان خبر\n• تاریخ انتشار: ۱۴ مرداد ۱۴۰۲ - ۱۱:۰۵\nمتن خبر."
    article = jm.parse_article(text, strict=True)
    spans = [f.value_span for f in article.fields]
    expected = ([(26, 47)], "2023-08-05T11:05:00+03:30", ())
    assert expected == (
        spans,
        article.published.isoformat() if article.published else None,
        article.warnings,
    )


@pytest.mark.parametrize("bullet", ["•", "·", "●", "▪", "*"])
def test_no_inverted_span_after_any_bullet(bullet: str) -> None:
    """Class 21: every field span has start <= end whatever the bullet."""
    text = f"{TITLE}\n{bullet} کد خبر: ۱۲۳۴ {bullet} سرویس: اقتصادی\n{LEAD}\n{BODY}"
    article = jm.parse_article(text)
    bad = [f for f in article.fields if f.value_span is None or f.value_span[0] > f.value_span[1]]
    expected = ([], "1234", "اقتصادی")
    assert expected == (bad, article.number, article.category)


def _many_dates(dates: int, body: int) -> str:
    header = "\n".join(
        f"تاریخ انتشار: ۱۴ مرداد ۱۴۰۲ - {i // 60 % 24:02d}:{i % 60:02d}" for i in range(dates)
    )
    return f"{TITLE}\n{header}\n{LEAD}\n" + "\n".join([BODY] * body)


def test_many_header_dates_over_a_long_body_cost_linear() -> None:
    """Class 22: doubling the body under a header of many dates at most doubles the work."""
    small = call_count(lambda: jm.parse_article(_many_dates(200, 1000)))
    large = call_count(lambda: jm.parse_article(_many_dates(200, 2000)))
    wider = call_count(lambda: jm.parse_article(_many_dates(400, 1000)))
    expected = (True, True)
    assert expected == (large <= 2.2 * small, wider <= 2.2 * small)


@pytest.mark.parametrize(
    ("line", "context", "expected"),
    [
        ("۹۸/۱۱/۰۵، ۲۳:۴۰", "", "2020-01-25T23:40:00+03:30"),
        ("۰۲/۰۸/۱۵", "", "2023-11-06"),
        ("12/ 03/ 98", "", "2019-06-02"),
        ("۴۹/۰۱/۱۰", "بایگانی ۱۳۴۸ و ۱۳۴۹", "1970-03-30"),
        # 00 is no day, so it is the year (day first): 1400/12/18 (held-out page 414)
        ("تاریخ: 18/12/00", "", "2022-03-09"),
        ("۰۰/۰۴/۲۱", "", "2021-07-12"),
    ],
)
def test_two_digit_year_is_decided_by_the_page_and_warned(
    line: str, context: str, expected: str
) -> None:
    """A two-digit year takes the century of the page's other years, never silently."""
    text = f"{TITLE}\n{line}\n{LEAD}\n{BODY}\n{context}"
    article = jm.parse_article(text)
    result = (
        article.published.isoformat() if article.published else None,
        [w.code for w in article.warnings],
    )
    assert (expected, ["two-digit-year"]) == result


def test_many_footer_dates_cost_linear() -> None:
    """A footer of many date lines (an archive list) costs linear in its length."""

    def page(count: int) -> str:
        dates = "\n".join(f"۱۴۰۲/۰۷/{i % 28 + 1:02d}" for i in range(count))
        return f"{TITLE}\n{LEAD}\n{BODY}\n{BODY}\nآرشیو\n{dates}"

    small = call_count(lambda: jm.parse_article(page(500)))
    large = call_count(lambda: jm.parse_article(page(1000)))
    assert large <= 2.2 * small
