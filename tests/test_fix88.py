"""fix88: blind batch 40's silent title (tests/pages 1382/1383, an Afghan radio's Dari road
news, nasimradio.com): the contact block over a page that prints no headline, «برای معلومات
بیشتر لطفا با ما در تماس شوید» over its phone number and e-mail address, was taken as the
title without a warning. A call to get in touch («... با ما در تماس شوید / باشید») is the
site's furniture, and an e-mail address alone on its line is never a headline. The texts are
written for these tests on the real page's layout."""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

BODY = (
    "سخنگوی اداره راه ولایت گفت که مسیر کوهستانی پس از بارش برف سنگین برای چند ساعت بسته بود "
    "و اکنون دوباره به روی رفت‌وآمد مسافران باز شده است.\n"
    "به گفته او، ماشین‌آلات برف‌روبی در هر دو سوی گردنه مستقر شده‌اند و رانندگان باید با "
    "زنجیر چرخ حرکت کنند.\n"
)


@pytest.mark.parametrize(
    "call",
    [
        "برای معلومات بیشتر لطفا با ما در تماس شوید",
        "برای اطلاعات بیشتر با ما در تماس باشید",
        "لطفاً با روابط عمومی سایت در تماس باشید",
    ],
)
def test_a_call_to_get_in_touch_is_no_title(call: str) -> None:
    record = jm.parse_article(f"\n{call}\n0776212007\ninfo@example.af\n{BODY}")
    assert record.title != call
    assert record.title is None or "title-uncertain" in warning_codes(record)


@pytest.mark.parametrize(
    "line",
    [
        "info@example.af",
        "ایمیل: news@example.ir",
        "Email: editor@example.com",
        "[info@example.af](mailto:info@example.af)",  # a Markdown converter's mail link
        # the label without its colon (mutation round 24)
        "ایمیل news@example.ir",
        "پست الکترونیکی info@example.af",
    ],
)
def test_an_email_address_alone_is_no_title(line: str) -> None:
    record = jm.parse_article(f"{line}\n\n{BODY}")
    assert record.title is None or line not in record.title


def test_the_contact_block_gives_way_to_the_title_tag_headline() -> None:
    # The HTML twin's shape (tests/pages/1383): the headline only in <title>.
    page = (
        "<html><head><title>بازگشایی گردنه کوهستانی پس از بارش برف</title></head><body>"
        "<div class='contact'><p>برای معلومات بیشتر لطفا با ما در تماس شوید</p>"
        "<p>0776212007</p><p>info@example.af</p></div><div class='itemFullText'>"
        + "".join(f"<p>{line}</p>" for line in BODY.splitlines())
        + "</div></body></html>"
    )
    assert jm.parse_html(page).title == "بازگشایی گردنه کوهستانی پس از بارش برف"


def test_call_neg_third_person_headline_stays() -> None:
    # «... در تماس باشند» (they should keep in touch): a headline's verb, no call to the reader.
    headline = "شهروندان در روزهای برفی با شماره امداد جاده‌ای در تماس باشند"
    assert jm.parse_article(f"{headline}\n\n{BODY}").title == headline


def test_email_neg_headline_naming_an_address_stays() -> None:
    headline = "هشدار پلیس درباره پیام‌های جعلی از نشانی support@bank-example.ir"
    assert jm.parse_article(f"{headline}\n\n{BODY}").title == headline
