"""fix286: a card of fields printed as a label line over its value line, no colon (a fund's
project card: «نشانی» / ADDRESS, «مساحت» / «... متر مربع», «کاربری» / USE, «شروع قرارداد» /
YEAR; chre.ir, tests/pages 2516, 2517). Four pairs or more in a row, two values or more
opening with a digit: the labels and values are the card's fields, never the title; the name
over the card is. A headline over a short line, or a card too short or with no measure,
keeps today's reading. The sentences and card values are written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_NAME = "حمام قدیمی گلستان"
_PAIRS = (
    ("نشانی", "استان یزد، شهرستان میبد، محله بازارنو"),
    ("مساحت", "1250 متر مربع"),
    ("دوره تاریخی", "زندیه"),
    ("حجم سرمایه گذاری", "3.400 میلیون ریال"),
    ("کاربری", "سفره خانه سنتی و موزه مردم شناسی"),
    ("شروع قرارداد", "1398"),
    ("مدت قرارداد", "12 سال"),
)
_DESCRIPTION = (
    "این حمام در دوره زندیه در میانه محله ساخته شده و سربینه آن با کاشی های هفت رنگ آراسته "
    "شده است. پس از مرمت، سربینه به سفره خانه و گرمخانه به موزه مردم شناسی تبدیل خواهد شد."
)


def _card(pairs: tuple[tuple[str, str], ...], name: str = _NAME) -> str:
    fields = "\n\n".join(f"{label}\n\n{value}" for label, value in pairs)
    return f"{name}\n\n{fields}\n\n{_DESCRIPTION}\n"


def test_the_name_over_a_card_of_label_and_value_lines_is_the_title() -> None:
    article = jm.parse_article(_card(_PAIRS))
    assert article.title == _NAME


def test_no_value_of_the_card_is_the_title_without_blank_lines_either() -> None:
    fields = "\n".join(f"{label}\n{value}" for label, value in _PAIRS)
    article = jm.parse_article(f"{_NAME}\n\n{fields}\n\n{_DESCRIPTION}\n")
    assert article.title == _NAME


def test_the_name_over_the_card_in_html_is_the_title() -> None:
    rows = "".join(
        f'<tr><td class="lbl">{label}</td></tr><tr><td class="val">{value}</td></tr>'
        for label, value in _PAIRS
    )
    html = (
        "<html><head><title>صندوق مرمت بناهای تاریخی</title></head><body>"
        f'<span class="Title">{_NAME}</span><br><br><table>{rows}</table>'
        f"<p>{_DESCRIPTION}</p></body></html>"
    )
    article = jm.parse_html(html)
    assert article.title == _NAME


def test_a_headline_over_a_short_kicker_line_stays_the_title() -> None:
    # A headline, a short line of a label's shape under it, then the article: one pair, no card.
    headline = "بازگشایی حمام قدیمی گلستان پس از دو سال مرمت"
    text = f"{headline}\n\nمیراث فرهنگی\n\n{_DESCRIPTION}\n\n{_DESCRIPTION}\n"
    article = jm.parse_article(text)
    assert article.title == headline


def test_a_headline_under_its_kicker_over_header_labels_stays_the_title() -> None:
    # KICKER / HEADLINE / «کد خبر» / NUMBER / «تاریخ انتشار» / DATE / «نویسنده» / NAME: the
    # header's labels over their values are the header grammar's, no card; the headline stays.
    headline = "بازگشایی حمام قدیمی گلستان پس از مرمت"
    text = (
        f"میراث فرهنگی\n\n{headline}\n\nکد خبر\n\n452311\n\nتاریخ انتشار\n\n"
        f"۱۴۰۲/۰۵/۰۱\n\nنویسنده\n\nمریم احمدی\n\n{_DESCRIPTION}\n\n{_DESCRIPTION}\n"
    )
    article = jm.parse_article(text)
    assert article.title == headline


def test_short_pairs_with_no_measure_leave_the_headline() -> None:
    # A headline over a lead, then short pairs of lines none of which opens with a digit: no
    # card, and the headline above stays the title.
    headline = "بازگشایی حمام قدیمی گلستان پس از دو سال مرمت"
    pairs = "\n\n".join(
        f"{label}\n\n{value}"
        for label, value in (
            ("نشانی", "استان یزد، شهرستان میبد"),
            ("دوره تاریخی", "زندیه"),
            ("کاربری", "سفره خانه سنتی"),
            ("وضعیت", "در دست مرمت"),
        )
    )
    article = jm.parse_article(f"{headline}\n\n{_DESCRIPTION}\n\n{pairs}\n")
    assert article.title == headline
