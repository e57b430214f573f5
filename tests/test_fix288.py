"""fix288: what attack80 found (docs/reliability.md, «Attacks, eightieth round»). An article
printing its headline twice, first with its day run into it, over its body and two related items
printed the same way is no list of teasers (fix276's count ends at the body); a gapped date cut
opening with the date's weekday; a headline saying a browser no longer supports something is no
browser notice, nor a line about «your browser» saying nothing a notice says; WordPress's «[…]»
cuts a lone teaser's excerpt over its bare button; a line repeating every word of the line over
it, the two right over the date line, is doubted (a headline over its subhead or a kicker over
its headline). The sentences are written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_HEADLINE = "افتتاح سالن ورزشی تازه در شهرک صنعتی کاشان"
_PARAGRAPH = (
    "به گزارش خبرنگار ما، سالن ورزشی شهرک صنعتی که ساخت آن دو سال طول کشید روز گذشته با "
    "حضور کارگران کارخانه ها و خانواده هایشان گشایش یافت و از هفته آینده کلاس های آن آغاز می شود."
)
_SECOND = (
    "مدیر شهرک گفت که کارگران و خانواده های آنان می توانند در ساعت های پایانی روز رایگان از "
    "سالن استفاده کنند و برای مسابقه های فوتسال میان کارخانه ها برنامه ریزی شده است."
)
_DATE_LINE = "۲۰ آذر ۱۴۰۲ - ۰۸:۴۵"
_PUBLISHED = "2023-12-11T08:45:00+03:30"


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


def _published(article: jm.Article) -> str | None:
    return None if article.published is None else article.published.isoformat()


# -- 1. an article's body ends the count of twice-headed items ---------------------------------
_KICKER = "گزارش ورزشی:"
_RELATED = (
    ("برگزاری مسابقه والیبال کارگران در سالن شهرک", "۱۸ آذر ۱۴۰۲"),
    ("ساخت زمین چمن مصنوعی در کنار کارخانه ریسندگی", "۱۵ آذر ۱۴۰۲"),
    ("آغاز ثبت نام کلاس های شنا برای فرزندان کارگران", "۱۲ آذر ۱۴۰۲"),
)
_EXCERPT = (
    "در این گزارش از برنامه های ورزشی شهرک صنعتی و استقبال کارگران از سالن ها و زمین های "
    "تازه ساخته شده سخن گفته ایم و از برنامه های ماه آینده خبر داده ایم"
)


def _twice_headed(headline: str, day: str) -> str:
    return f"{headline} {day}\n{_KICKER}\n\n{headline}\n\n"


def test_article_body_under_its_twice_printed_headline_ends_the_list_count() -> None:
    related = "".join(_twice_headed(h, d) for h, d in _RELATED[:2])
    text = f"{_twice_headed(_HEADLINE, '۲۰ آذر ۱۴۰۲')}{_PARAGRAPH}\n\n{_SECOND}\n\nمطالب مرتبط\n{related}"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert "listing-page" not in _codes(article)


def test_teasers_each_with_one_excerpt_stay_a_list() -> None:
    # A teaser's excerpt is one paragraph: three such teasers are still a list (fix276).
    items = (("افتتاح سالن ورزشی تازه در شهرک صنعتی کاشان", "۲۰ آذر ۱۴۰۲"), *_RELATED[:2])
    text = "".join(f"{_twice_headed(h, d)}{_EXCERPT}\n\n" for h, d in items)
    article = jm.parse_article(text)
    assert article.title is None
    assert "listing-page" in _codes(article)


# -- 2. the gapped date cut on a date opening with its weekday ----------------------------------
def test_gapped_date_opening_with_its_weekday_is_cut_from_the_lead() -> None:
    text = f"{_HEADLINE}\n\nدوشنبه ۲۰ آذر ۱۴۰۲ ساعت ۰۸:۴۵     {_PARAGRAPH}\n\n{_SECOND}\n"
    article = jm.parse_article(text)
    assert article.title == _HEADLINE
    assert _published(article) == _PUBLISHED
    assert article.lead == _PARAGRAPH


def test_weekday_opening_a_sentence_before_a_gap_is_left_whole() -> None:
    # A sentence opening with a weekday's name is no date before the gap.
    line = f"دوشنبه ها سالن برای بانوان باز است     {_PARAGRAPH}"
    article = jm.parse_article(f"{_HEADLINE}\n\n{_DATE_LINE}\n\n{line}\n\n{_SECOND}\n")
    assert _published(article) == _PUBLISHED
    assert article.lead == line


# -- 3. browser notices need their whole shape --------------------------------------------------
_BROWSER_HEADLINE = "مرورگر شما از ماه آینده دیگر از نسخه های قدیمی اندروید پشتیبانی نمی‌کند"


def test_headline_saying_a_browser_no_longer_supports_something_is_kept() -> None:
    article = jm.parse_article(f"{_BROWSER_HEADLINE}\n\n{_DATE_LINE}\n\n{_PARAGRAPH}\n")
    assert article.title == _BROWSER_HEADLINE
    assert "title-uncertain" not in _codes(article)
    assert _published(article) == _PUBLISHED


def test_headline_about_your_browser_saying_nothing_a_notice_says_is_kept() -> None:
    headline = "مرورگر شما چه اطلاعاتی از جست‌وجوهای روزانه نگه می‌دارد"
    text = f"سایت خبری فناوری\n\n{headline}\n\n{_DATE_LINE}\n\n{_PARAGRAPH}\n"
    assert jm.parse_article(text).title == headline


def test_browser_notices_over_the_headline_are_still_passed_over() -> None:
    for notice in (
        "مرورگر شما از پخش این ویدیو پشتیبانی نمی‌کند",
        "مرورگر شما قدیمی است، لطفا آن را به روز کنید",
    ):
        text = f"{notice}\n\n{_HEADLINE}\n\n{_DATE_LINE}\n\n{_PARAGRAPH}\n"
        article = jm.parse_article(text)
        assert article.title == _HEADLINE, notice


# -- 4. WordPress's bracketed ellipsis cuts a lone teaser ---------------------------------------
def test_lone_teaser_cut_with_bracketed_ellipsis_over_its_button_is_doubted() -> None:
    excerpt = _PARAGRAPH.removesuffix(".") + " […]"
    article = jm.parse_article(f"{_HEADLINE}\n\n{excerpt}\n\nادامه\n")
    assert article.title is None or "title-uncertain" in _codes(article)


def test_whole_paragraph_over_the_one_word_button_keeps_the_headline() -> None:
    article = jm.parse_article(f"{_HEADLINE}\n\n{_PARAGRAPH}\n\nادامه\n")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


# -- 5. a line repeating the one over it, both over the date line -------------------------------
def test_subhead_repeating_the_headline_over_the_date_line_is_doubted() -> None:
    headline = "سالن ورزشی شهرک صنعتی کاشان"
    subhead = "برنامه های سالن ورزشی شهرک صنعتی کاشان برای کارگران و خانواده ها"
    article = jm.parse_article(f"{headline}\n\n{subhead}\n\n{_DATE_LINE}\n\n{_PARAGRAPH}\n")
    assert article.title in (headline, subhead)
    assert "title-uncertain" in _codes(article)
