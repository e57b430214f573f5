"""fix284: real79's values left missing or wrong (docs/real_sample.md, «A sixty-eighth sample»).

#07: a labelled header line (``LABEL / شناسه : N / تاریخ انتشار : DATE``) over a photo
gallery whose captions all print the headline (``•  HEADLINE`` / ``HEADLINE`` a photo),
then the headline: the ID and the date were not read, the header line standing more than
``LABEL_REACH_ABOVE`` lines above the headline. The headline's own copies no longer set
the line apart; other lines (another item's headlines) still do. #10: a print view's own
address over its buttons gives the number. #17: a post's heading over the first of its
question headings is the title. #09: a forum thread's title over its poster's user name and
rank is the title, not the rank. The texts are our own.
"""

from __future__ import annotations

import jalali_meta as jm

_HEADLINE = "آغاز برداشت انار از باغ های شهرستان ساوه"
_LEAD = (
    "این گزارش برای آزمون نوشته شده است و درباره برداشت میوه در باغ های یک شهرستان توضیح "
    "می دهد تا جمله ای به اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)
_HEADER = "تصویر / شناسه : 58214 / تاریخ انتشار : 1398/7/12 10:45"


def _page(captions: list[str], header: str = _HEADER) -> str:
    return "|\n" + header + "\n" + "\n\n".join(captions) + f"\n\n{_HEADLINE}\n\n{_LEAD}\n"


def _gallery(n: int) -> list[str]:
    out: list[str] = []
    for _ in range(n):
        out += [f" \u2022  {_HEADLINE}", f"  {_HEADLINE}"]
    return out


def test_header_over_a_gallery_of_the_headline_gives_the_id_and_date() -> None:
    for n in (7, 10, 15):
        article = jm.parse_article(_page(_gallery(n)))
        assert article.title == _HEADLINE, n
        assert article.number == "58214", n
        assert article.published is not None, n
        assert article.published.jalali_date == (1398, 7, 12), n
        assert article.published.gregorian.isoformat() == "2019-10-04T10:45:00+03:30", n
        assert article.evidence["published"] == "label above title", n


def test_header_with_parts_on_their_own_lines_over_the_gallery() -> None:
    header = "تصویر\nشناسه : 58214\nتاریخ انتشار : 1398/7/12 10:45"
    article = jm.parse_article(_page(_gallery(10), header))
    assert article.number == "58214"
    assert article.published is not None
    assert article.published.jalali_date == (1398, 7, 12)


def test_header_over_other_items_headlines_stays_apart() -> None:
    # Near miss: the lines between are other items' headlines (a list), not the headline's
    # copies; the header is as far above the headline as before and is not taken.
    others = [f" \u2022  گزارش شماره {i} از بازار میوه و تره بار شهر" for i in range(1, 21)]
    article = jm.parse_article(_page(others))
    assert article.number is None
    assert article.published is None


def test_a_slash_inside_a_headline_stays_whole() -> None:
    headline = "صادرات انار به کشورهای همسایه/ قیمت انار در بازار کاهش یافت"
    text = f"شناسه : 58214 / تاریخ انتشار : 1398/7/12 10:45\n{headline}\n\n{_LEAD}\n"
    article = jm.parse_article(text)
    assert article.title == headline
    assert article.number == "58214"
    assert article.published is not None


# -- #10: a print view's own address over its buttons (_candidates._print_view_address) -------

_PRINT_HEADLINE = "توزیع چادر و پتو میان خانواده های آسیب دیده از سیل"
_ADDRESS = "http://example-news.ir/fa/News/9361/توزیع-چادر-و-پتو-میان-خانواده-ها"


def _print_view(under_body: str) -> str:
    return f"{_PRINT_HEADLINE}\n{_LEAD}\n\n{_LEAD}\n\n{under_body}\n"


def test_print_view_address_over_its_buttons_gives_the_number() -> None:
    for buttons in ("بستن   چاپ", "چاپ", "Print  Close"):
        article = jm.parse_article(_print_view(f"{_ADDRESS}\n{buttons}"))
        assert article.title == _PRINT_HEADLINE, buttons
        assert article.number == "9361", buttons


def test_print_view_address_needs_the_buttons_and_no_other_address() -> None:
    # Near misses: the address alone (no print view's buttons under it), the buttons a line
    # apart, buttons without a print button, and a second address of the host on the page
    # (any item's): no number.
    other = "http://example-news.ir/fa/News/9340/خبر-دیگر"
    for under in (
        _ADDRESS,
        f"{_ADDRESS}\n\nبستن   چاپ",
        f"{_ADDRESS}\nبستن",
        f"{other}\n\n{_ADDRESS}\nبستن   چاپ",
    ):
        assert jm.parse_article(_print_view(under)).number is None, under


# -- #17: a post's heading over its first question section (_title._title_over_question_sections)

_POST_HEADING = "روش کاشت زعفران در مزرعه های کوچک"
_ANSWER = (
    "در این بخش توضیح می دهیم که کشاورز در هر مرحله چه کاری انجام می دهد و چه ابزاری به کار "
    "می برد تا محصول خوبی به دست آید و زمین برای سال بعد آماده بماند."
)
_ANSWER_2 = (
    "پیازها را پس از برداشت در جای خشک و خنک می گذاریم و هر چند هفته یک بار آنها را نگاه "
    "می کنیم تا پیاز خراب از بقیه جدا شود و برای کاشت پاییز سالم بماند."
)


def test_heading_over_the_first_of_its_question_sections_is_the_title() -> None:
    for badge in ("", "26\nژوئن\n\n"):
        text = (
            f"{badge}{_POST_HEADING}\n\nزعفران چه زمانی کاشته می شود؟\n\n{_ANSWER}\n\n"
            f"پیاز زعفران را چگونه نگه داریم؟\n\n{_ANSWER_2}\n"
        )
        article = jm.parse_article(text)
        assert article.title == _POST_HEADING, badge


def test_question_headline_with_no_other_question_heading_stays() -> None:
    # Near miss: a kicker over a question headline over its report, no question heading in
    # the body: the question is the headline.
    question = "زعفران امسال چگونه به بازار می رسد؟"
    text = f"بازار زعفران در روزهای پایانی سال\n\n{question}\n\n{_ANSWER}\n\n{_ANSWER_2}\n"
    assert jm.parse_article(text).title == question


# -- #09: a forum thread's title over its poster's name and rank (_title._thread_title_over_poster)

_THREAD_TITLE = "معرفی انار"
_POST = (
    "سلام به همه دوستان، امسال چند درخت انار در حیاط خانه کاشته ام و می خواهم بدانم در روزهای "
    "سرد زمستان چه کاری برای آنها انجام دهم تا سرما به شاخه ها آسیب نزند و بهار دوباره میوه بدهند."
)


def test_thread_title_over_poster_name_and_rank_is_the_title() -> None:
    for name, rank in (
        ("anar_lover", "کاربر فعال"),
        ("garden1398", "Well-known member"),
        ("hamid.85", "مدیر بازنشسته"),
    ):
        text = f"{_THREAD_TITLE}\n\n{name}\n\n{rank}\n{_POST}\n"
        article = jm.parse_article(text)
        assert article.title == _THREAD_TITLE, (name, rank)


def test_short_headline_under_a_latin_name_line_stays() -> None:
    # Near misses: a Latin line with no digit or «_» (a site's name, no user name) between the
    # two short lines, and a user name with no line above it: the rank rule does not apply and
    # the lines are read as before (the short line right over the post, doubted).
    for text, title in (
        (f"{_THREAD_TITLE}\n\nAnarBlog\n\nکاربر فعال\n{_POST}\n", "کاربر فعال"),
        (f"anar_lover\n\nکاربر فعال\n{_POST}\n", "کاربر فعال"),
    ):
        assert jm.parse_article(text).title == title, text
