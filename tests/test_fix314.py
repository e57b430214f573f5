"""fix314: mut56's shapes main gets wrong silently (benchmarks/mut56_main_pages.py,
docs/reliability.md «The fifty-sixth round»): (e) teasers quoting their speaker with a number
in each quote under the same lettered kicker, (f) label lines each under the same kicker
taken as the title. The sentences are ours."""

from __future__ import annotations

import pytest

from jalali_meta import parse_article

TEXT = (
    "باران دیشب جوی های محله را پر کرد و صبح امروز کارگران شهرداری برگ ها و گل و لای را از "
    "دهانه آبروها بیرون آوردند تا آب در خیابان ها نماند.\n\n"
    "یکی از کسبه بازار گفت که آب تا نیمه شب جلوی مغازه ها ایستاده بود و چند نفر با سطل آن را "
    "به جوی بزرگ سر خیابان بردند.\n"
)


def _codes(article: object) -> set[str]:
    return {warning.code for warning in article.warnings}  # type: ignore[attr-defined]


# (e) quotes holding a number, each under the same lettered kicker.
COUNTED_QUOTES = (
    "مدیر آبفا: ۴ تیم شبانه آبروها را باز می کنند",
    "شهردار منطقه: باران تا ۲ روز دیگر ادامه دارد",
    "رئیس آتش نشانی: آب ۱۵ خانه را بیرون کشیدیم",
)


@pytest.mark.parametrize("kicker", ["ویدیو", "گفتگو"])
def test_counting_quotes_under_the_same_kicker_give_no_title(kicker: str) -> None:
    page = "".join(f"{kicker}\n{quote}\n" for quote in COUNTED_QUOTES) + TEXT
    article = parse_article(page)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_counting_quote_under_its_kicker_on_an_article_stays_title() -> None:
    # One pair: an article's headline under its kicker.
    article = parse_article(f"ویدیو\n{COUNTED_QUOTES[1]}\n\n{TEXT}")
    assert article.title == COUNTED_QUOTES[1]
    assert "listing-page" not in _codes(article)


def test_kicker_over_numbered_label_values_makes_no_list() -> None:
    # A label's value of numbers and one word is no quote, whatever its length.
    page = (
        "ویدیو\nتلفن: ۰۲۱ ۸۸ ۷۷ ۶۶ داخلی ۱۲\nویدیو\nنمابر: ۰۲۱ ۸۸ ۷۷ ۵۵ داخلی ۱۴\n"
        "ویدیو\nپیامک: ۳۰۰۰ ۱۲ ۳۴ ۵۶ داخلی ۱۶\n" + TEXT
    )
    assert "listing-page" not in _codes(parse_article(page))


# (f) label lines each under the same kicker, no headline.
LABELS = (
    "ساعت کار : شنبه تا چهارشنبه از هشت صبح باز است",
    "نشانی انبار : جاده قدیم کنار پمپ بنزین",
    "کارشناس پاسخگو : مهندس کریمی از واحد فنی",
)


@pytest.mark.parametrize(
    ("kicker", "labels"),
    [
        ("اطلاعیه", LABELS),
        ("-", tuple(label.replace(" :", ":") for label in LABELS)),
        ("•", LABELS),
    ],
)
def test_label_lines_under_the_same_kicker_are_no_sure_title(
    kicker: str, labels: tuple[str, ...]
) -> None:
    page = "".join(f"{kicker}\n{label}\n" for label in labels) + TEXT
    article = parse_article(page)
    assert article.title is None or "title-uncertain" in _codes(article)


def test_two_label_lines_under_a_kicker_over_a_headline_keep_it() -> None:
    # Near miss: two labelled lines, then a headline of its own over the text.
    headline = "آبروهای محله پس از باران دیشب باز شد"
    page = f"اطلاعیه\n{LABELS[0]}\nاطلاعیه\n{LABELS[1]}\n\n{headline}\n\n{TEXT}"
    article = parse_article(page)
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


def test_one_quoting_headline_under_its_kicker_stays_sure() -> None:
    # Near miss: an article's headline quoting its speaker under its kicker, once.
    headline = "شهردار منطقه: آبروهای محله پس از باران باز شد"
    article = parse_article(f"ویدیو\n{headline}\n\n{TEXT}")
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)
