"""What the resolver promises, pinned by the mutants that survived the suite (issue 14).

Each test states a behaviour a user relies on (which candidate wins, which warning is
given, with which span and message) through the public API; docs/reliability.md
("Mutation testing") lists the mutation runs these tests answer.
"""

from __future__ import annotations

import logging

import pytest
from tests.checks import warning_code_list as _codes

import jalali_meta as jm

TITLE = "افزایش ساعت کار کتابخانه‌های عمومی تهران"
LEAD = "ساعت کار کتابخانه‌های عمومی پایتخت از هفته آینده تا ساعت بیست تمدید می‌شود."
BODY = "مدیر این نهاد گفت که هزینه عضویت برای دانش‌آموزان در این طرح رایگان خواهد بود."


def _article(*header: str, below: tuple[str, ...] = ()) -> jm.Article:
    return jm.parse_article("\n".join((TITLE, *header, LEAD, BODY, BODY, *below)))


def test_labelled_date_beats_an_unlabelled_date_line() -> None:
    """A labelled publication date wins over an unlabelled date line of another day."""
    article = _article("۳ آبان ۱۴۰۰ - ۱۱:۲۰", "تاریخ انتشار: ۵ آبان ۱۴۰۰ - ۰۹:۰۰")
    expected = ("2021-10-27T09:00:00+03:30", "label")
    assert expected == (article.published.isoformat(), article.evidence["published"])


# -- One moment, printed twice -------------------------------------------------------------


def test_two_times_of_one_minute_are_one_moment() -> None:
    """Two labelled times of the same minute, with different seconds, are one value: no conflict."""
    article = _article("تاریخ انتشار: 1401/11/04 10:00:41", "تاریخ انتشار: 1401/11/04 10:00:12")
    expected = ("2023-01-24T10:00:41+03:30", [])
    assert expected == (article.published.isoformat(), _codes(article))


def test_two_times_a_minute_apart_conflict() -> None:
    """Two labelled times a minute apart are two values: the first is used, the other reported."""
    article = _article("تاریخ انتشار: 1401/11/04 10:00:41", "تاریخ انتشار: 1401/11/04 10:01:12")
    expected = ("2023-01-24T10:00:41+03:30", ["published-conflict"])
    assert expected == (article.published.isoformat(), _codes(article))


# -- Ties: text order decides ----------------------------------------------------------------


def test_first_of_two_labels_wins_when_its_time_is_on_the_next_line() -> None:
    """Of two labelled dates, the first wins even when its time is printed on the line below."""
    article = _article(
        "تاریخ انتشار: ۱۴۰۲/۰۶/۲۸", "ساعت : ۱۶:۴۲", "تاریخ انتشار: ۱۴۰۲/۰۶/۲۷ - ۱۰:۰۰"
    )
    expected = ("2023-09-19T16:42:00+03:30", "label", ["published-conflict"])
    assert expected == (
        article.published.isoformat(),
        article.evidence["published"],
        _codes(article),
    )


# -- parse_html: which title and which text fields win ----------------------------------------

PARAGRAPHS = f"<p>{LEAD}</p><p>{BODY}</p>"
VISIBLE = "<div>عنوان دیداری صفحه</div>"


def _page(head: str, body: str) -> str:
    return f'<html lang="fa"><head>{head}</head><body>{body}</body></html>'


def _title(article: jm.Article) -> tuple[str | None, str | None, tuple[int, int] | None]:
    return article.title, article.evidence.get("title"), article.spans.get("title")


def test_og_title_of_three_words_beats_a_visible_line_that_is_no_h1() -> None:
    """An og:title of three words or more is the title when the visible pick is no <h1>; no span."""
    pytest.importorskip("selectolax")
    head = '<meta property="og:title" content="ساعت کار کتابخانه‌ها">'
    expected = ("ساعت کار کتابخانه‌ها", "og:title", None)
    assert expected == _title(jm.parse_html(_page(head, VISIBLE + PARAGRAPHS)))


def test_json_ld_headline_beats_a_visible_line_that_is_no_h1() -> None:
    """A JSON-LD headline of four words is the title over a visible line that is no <h1>."""
    pytest.importorskip("selectolax")
    head = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "افزایش ساعت کار کتابخانه‌ها"}</script>'
    )
    expected = ("افزایش ساعت کار کتابخانه‌ها", "json-ld headline", None)
    assert expected == _title(jm.parse_html(_page(head, VISIBLE + PARAGRAPHS)))


def test_og_title_of_two_words_is_a_name_not_the_title() -> None:
    """An og:title of two words (a site or section name) leaves the visible title and its span."""
    pytest.importorskip("selectolax")
    head = '<meta property="og:title" content="کتابخانه‌های تهران">'
    expected = ("عنوان دیداری صفحه", "headline", (0, 17))
    assert expected == _title(jm.parse_html(_page(head, VISIBLE + PARAGRAPHS)))


def test_h1_beats_a_longer_og_title() -> None:
    """A visible <h1> is the title even when og:title differs and is long enough."""
    pytest.importorskip("selectolax")
    head = '<meta property="og:title" content="افزایش ساعت کار کتابخانه‌ها">'
    body = "<h1>عنوان دیداری صفحه</h1>" + PARAGRAPHS
    expected = ("عنوان دیداری صفحه", "headline (h1)", (0, 17))
    assert expected == _title(jm.parse_html(_page(head, body)))


def test_title_tag_only_fills_a_gap() -> None:
    """<title> never replaces a visible title; it is the title only when nothing visible is."""
    pytest.importorskip("selectolax")
    head = "<title>افزایش ساعت کار کتابخانه‌ها</title>"
    with_visible = jm.parse_html(_page(head, VISIBLE + PARAGRAPHS))
    without = jm.parse_html(_page(head, "<p>.</p>"))
    expected = [
        ("عنوان دیداری صفحه", "headline", (0, 17)),
        ("افزایش ساعت کار کتابخانه‌ها", "title tag", None),
    ]
    assert expected == [_title(with_visible), _title(without)]


META_TEXTS = (
    '<meta name="keywords" content="کتابخانه, تهران">'
    '<meta property="article:section" content="فرهنگی">'
    '<meta name="author" content="مریم احمدی">'
)
H1 = f"<h1>{TITLE}</h1>"
VISIBLE_TEXTS = "<div>سرویس: اجتماعی</div><div>نویسنده: علی رضایی</div>"
VISIBLE_TAGS = "<div>برچسب‌ها: کتاب، شهر</div>"


def _texts(article: jm.Article) -> tuple[str | None, str | None, tuple[str, ...]]:
    return article.category, article.author, article.tags


def test_visible_category_and_author_beat_meta_tags_and_meta_keywords_beat_visible_tags() -> None:
    """Category and author: the visible label wins; tags: the page's meta keywords win."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(_page(META_TEXTS, H1 + VISIBLE_TEXTS + PARAGRAPHS + VISIBLE_TAGS))
    expected = (("اجتماعی", "علی رضایی", ("کتابخانه", "تهران")), ["author", "category"])
    assert expected == (
        _texts(article),
        sorted(n for n in ("category", "author", "tags") if n in article.spans),
    )


def test_meta_category_and_author_fill_a_gap() -> None:
    """With no visible labels, the meta section and author are used, without a span."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(_page(META_TEXTS, H1 + PARAGRAPHS))
    expected = (("فرهنگی", "مریم احمدی", ("کتابخانه", "تهران")), [])
    assert expected == (
        _texts(article),
        [n for n in ("category", "author", "tags") if n in article.spans],
    )


def test_visible_tags_are_used_when_the_page_has_no_keywords() -> None:
    """Without meta keywords the visible tag line gives the tags, with its span."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(_page("", H1 + VISIBLE_TEXTS + PARAGRAPHS + VISIBLE_TAGS))
    expected = (("اجتماعی", "علی رضایی", ("کتاب", "شهر")), True)
    assert expected == (_texts(article), "tags" in article.spans)


# -- Dates: which candidate lends its time, which one is reported ---------------------------


def _published(article: jm.Article) -> tuple[str | None, str | None, tuple[int, int] | None]:
    stamp = article.published
    return (
        None if stamp is None else stamp.isoformat(),
        article.evidence.get("published"),
        article.spans.get("published"),
    )


def _notices(article: jm.Article) -> list[tuple[str, str, tuple[int, int] | None]]:
    return [(w.code, w.message, w.span) for w in article.warnings]


def test_footer_label_of_the_same_day_lends_its_time() -> None:
    """A date-only header label takes the time of a footer label of the same day (rule +time)."""
    article = _article("تاریخ انتشار: ۴ بهمن ۱۴۰۱", below=("تاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰",))
    expected = (("2023-01-24T10:00:00+03:30", "label +time", (315, 334)), [])
    assert expected == (_published(article), _notices(article))


def test_footer_date_line_lends_no_time() -> None:
    """An unlabelled date line under the body is too weak to give a header date its time."""
    article = _article("تاریخ انتشار: ۴ بهمن ۱۴۰۱", below=("۴ بهمن ۱۴۰۱ - ۱۰:۰۰",))
    expected = (("2023-01-24", "label", (55, 66)), [])
    assert expected == (_published(article), _notices(article))


def test_footer_label_of_another_day_is_reported() -> None:
    """A footer label of another day is strong enough to be reported as a conflict, at its span."""
    article = _article("تاریخ انتشار: ۴ بهمن ۱۴۰۱", below=("تاریخ انتشار: ۶ بهمن ۱۴۰۱ - ۱۰:۰۰",))
    message = (
        "two published dates: '۴ بهمن ۱۴۰۱' (after 'تاریخ انتشار') is used, "
        "'۶ بهمن ۱۴۰۱ - ۱۰:۰۰' (after 'تاریخ انتشار') is not"
    )
    expected = (("2023-01-24", "label", (55, 66)), [("published-conflict", message, (315, 334))])
    assert expected == (_published(article), _notices(article))


def test_footer_date_line_of_another_day_is_not_reported() -> None:
    """An unlabelled date line of another day under the body is no conflict."""
    article = _article("تاریخ انتشار: ۴ بهمن ۱۴۰۱", below=("۶ بهمن ۱۴۰۱ - ۱۰:۰۰",))
    expected = (("2023-01-24", "label", (55, 66)), [])
    assert expected == (_published(article), _notices(article))


def test_a_rejected_value_printed_twice_is_reported_once() -> None:
    """The same losing date on two lines gives one conflict, at its first span."""
    article = _article(
        "تاریخ انتشار: ۴ بهمن ۱۴۰۱", "تاریخ انتشار: ۶ بهمن ۱۴۰۱", "تاریخ انتشار: ۶ بهمن ۱۴۰۱"
    )
    expected = [("published-conflict", (81, 92))]
    assert expected == [(w.code, w.span) for w in article.warnings]


def test_each_different_rejected_value_is_reported() -> None:
    """Two losing dates of different days give one conflict each, in text order."""
    article = _article(
        "تاریخ انتشار: ۴ بهمن ۱۴۰۱", "تاریخ انتشار: ۶ بهمن ۱۴۰۱", "تاریخ انتشار: ۷ بهمن ۱۴۰۱"
    )
    expected = [("published-conflict", (81, 92)), ("published-conflict", (107, 118))]
    assert expected == [(w.code, w.span) for w in article.warnings]


def test_rejected_number_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    """The article ID that lost is logged at DEBUG with its rule, score and the winner."""
    with caplog.at_level(logging.DEBUG, logger="jalali_meta"):
        article = _article("کد خبر: ۱۲۳", "کد خبر: ۴۵۶")
    rejected = [r.getMessage() for r in caplog.records if "rejected" in r.getMessage()]
    expected = ("123", ["number: '456' (label, score 60) rejected; '123' (label) chosen"])
    assert expected == (article.number, rejected)


# -- parse_html: visible and machine dates ---------------------------------------------------


def _html(head: str, top: str = "", foot: str = "") -> jm.Article:
    body = f"<h1>{TITLE}</h1>{top}<p>{LEAD}</p><p>{BODY}</p><p>{BODY}</p>{foot}"
    return jm.parse_html(_page(head, body))


def _json_ld(published: str) -> str:
    return (
        '<script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "datePublished": "{published}"}}</script>'
    )


def test_machine_date_gives_way_to_the_same_moment_printed_under_the_body() -> None:
    """JSON-LD and a footer label of the same moment: the printed value, its text and span win."""
    pytest.importorskip("selectolax")
    article = _html(
        _json_ld("2023-01-24T10:00:00+03:30"), foot="<div>تاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰</div>"
    )
    expected = (
        ("2023-01-24T10:00:00+03:30", "footer label = json-ld", (289, 308)),
        "۴ بهمن ۱۴۰۱ - ۱۰:۰۰",
        [],
    )
    assert expected == (_published(article), article.published.text, _notices(article))


def test_machine_time_is_kept_over_a_printed_day_without_time() -> None:
    """JSON-LD with a time and a footer label of that day without one: the machine time stays."""
    pytest.importorskip("selectolax")
    article = _html(
        _json_ld("2023-01-24T10:00:00+03:30"), foot="<div>تاریخ انتشار: ۴ بهمن ۱۴۰۱</div>"
    )
    expected = (("2023-01-24T10:00:00+03:30", "json-ld", None), [])
    assert expected == (_published(article), _notices(article))


def test_machine_date_beats_a_footer_label_of_another_day_with_a_warning() -> None:
    """JSON-LD beats a footer label of another day; html-date-conflict at the visible span."""
    pytest.importorskip("selectolax")
    article = _html(
        _json_ld("2023-01-24T10:00:00+03:30"), foot="<div>تاریخ انتشار: ۶ بهمن ۱۴۰۱ - ۱۰:۰۰</div>"
    )
    message = (
        "the visible published date '۶ بهمن ۱۴۰۱ - ۱۰:۰۰' (2023-01-26T10:00:00+03:30) and "
        "json-ld datePublished '2023-01-24T10:00:00+03:30' (2023-01-24T10:00:00+03:30) "
        "disagree; the machine one is used"
    )
    expected = (
        ("2023-01-24T10:00:00+03:30", "json-ld", None),
        [("html-date-conflict", message, (289, 308))],
    )
    assert expected == (_published(article), _notices(article))


def test_header_label_beats_a_machine_date_of_another_day_with_a_warning() -> None:
    """A header label beats JSON-LD of another day; html-date-conflict says the visible is used."""
    pytest.importorskip("selectolax")
    article = _html(
        _json_ld("2023-01-24T10:00:00+03:30"), top="<div>تاریخ انتشار: ۶ بهمن ۱۴۰۱ - ۱۰:۰۰</div>"
    )
    message = (
        "the visible published date '۶ بهمن ۱۴۰۱ - ۱۰:۰۰' (2023-01-26T10:00:00+03:30) and "
        "json-ld datePublished '2023-01-24T10:00:00+03:30' (2023-01-24T10:00:00+03:30) "
        "disagree; the visible one is used"
    )
    expected = (
        ("2023-01-26T10:00:00+03:30", "label", (55, 74)),
        [("html-date-conflict", message, (55, 74))],
    )
    assert expected == (_published(article), _notices(article))


def test_two_machine_dates_that_disagree_name_their_sources() -> None:
    """JSON-LD and a meta tag of different days, nothing visible: published-conflict names both."""
    pytest.importorskip("selectolax")
    head = _json_ld("2023-09-20T08:00:00+03:30") + (
        '<meta property="article:published_time" content="2023-09-19T10:00:00+03:30">'
    )
    message = (
        "two published dates: '2023-09-20T08:00:00+03:30' (json-ld datePublished) is used, "
        "'2023-09-19T10:00:00+03:30' (meta article:published_time) is not"
    )
    article = _html(head)
    expected = (
        ("2023-09-20T08:00:00+03:30", "json-ld", None),
        [("published-conflict", message, None)],
    )
    assert expected == (_published(article), _notices(article))


def test_a_date_keeps_its_own_time_when_a_glued_clock_follows() -> None:
    """«... ۰۸:۲۰ ساعت ۰۹:۱۵۱۲۳»: the time printed with the date is kept, not the glued one."""
    article = _article("تاریخ انتشار: ۱۶ آبان ۱۴۰۲ - ۰۸:۲۰ ساعت ۰۹:۱۵۱۲۳")
    expected = ("2023-11-07T08:20:00+03:30", "label", [])
    assert expected == (
        article.published.isoformat(),
        article.evidence["published"],
        _codes(article),
    )


URL = "https://example.ir/news/1402/06/28/123456/x"


def test_url_date_is_used_with_a_note_when_the_page_prints_none() -> None:
    """A page with no printed or machine date takes the URL's day, with published-from-url."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(_page("", H1 + PARAGRAPHS), url=URL)
    notes = [(w.code, w.message.startswith("the page prints no date;")) for w in article.warnings]
    expected = (("2023-09-19", "url", None), [("published-from-url", True)])
    assert expected == (_published(article), notes)


def test_printed_date_beats_the_url_date_with_a_note() -> None:
    """A printed date of another day than the URL's is kept, with url-date-mismatch."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(
        _page("", H1 + "<div>تاریخ انتشار: ۲۷ شهریور ۱۴۰۲ - ۱۰:۰۰</div>" + PARAGRAPHS), url=URL
    )
    message = "the URL says 1402/06/28, the page 1402-06-27; the page's date is kept"
    expected = (
        ("2023-09-18T10:00:00+03:30", "label", (55, 77)),
        [("url-date-mismatch", message, None)],
    )
    assert expected == (_published(article), _notices(article))


def test_printed_date_of_the_urls_day_gives_no_note() -> None:
    """A printed date of the URL's day agrees with it: no note."""
    pytest.importorskip("selectolax")
    article = jm.parse_html(
        _page("", H1 + "<div>تاریخ انتشار: ۲۸ شهریور ۱۴۰۲ - ۱۰:۰۰</div>" + PARAGRAPHS), url=URL
    )
    expected = (("2023-09-19T10:00:00+03:30", "label", (55, 77)), [])
    assert expected == (_published(article), _notices(article))


def test_a_repeated_winner_does_not_hide_a_later_conflict() -> None:
    """The winning date printed twice, then another day: that day is still reported."""
    article = _article(
        "تاریخ انتشار: ۴ بهمن ۱۴۰۱", "تاریخ انتشار: ۴ بهمن ۱۴۰۱", "تاریخ انتشار: ۶ بهمن ۱۴۰۱"
    )
    expected = [("published-conflict", (107, 118))]
    assert expected == [(w.code, w.span) for w in article.warnings]


def test_a_repeated_loser_does_not_hide_a_third_value() -> None:
    """A losing date printed twice, then a third day: both losing days are reported once."""
    article = _article(
        "تاریخ انتشار: ۴ بهمن ۱۴۰۱",
        "تاریخ انتشار: ۶ بهمن ۱۴۰۱",
        "تاریخ انتشار: ۶ بهمن ۱۴۰۱",
        "تاریخ انتشار: ۷ بهمن ۱۴۰۱",
    )
    expected = [("published-conflict", (81, 92)), ("published-conflict", (133, 144))]
    assert expected == [(w.code, w.span) for w in article.warnings]


def test_a_machine_conflict_does_not_hide_a_footer_conflict() -> None:
    """Header label, JSON-LD of another day, footer label of a third: both losers are reported."""
    pytest.importorskip("selectolax")
    article = _html(
        _json_ld("2023-01-25T10:00:00+03:30"),
        top="<div>تاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰</div>",
        foot="<div>تاریخ انتشار: ۶ بهمن ۱۴۰۱ - ۱۰:۰۰</div>",
    )
    expected = (
        ("2023-01-24T10:00:00+03:30", "label", (55, 74)),
        ["html-date-conflict", "published-conflict"],
    )
    assert expected == (_published(article), _codes(article))


def test_date_line_far_above_the_title_is_no_conflict() -> None:
    """A date line of another day far above the title (a banner) is not reported as a conflict."""
    menu = ("RSS Facebook", "اعلانات", "خبر های جدید")
    article = jm.parse_article(
        "\n".join(("۶ بهمن ۱۴۰۱", *menu, TITLE, "تاریخ انتشار: ۴ بهمن ۱۴۰۱", LEAD, BODY, BODY))
    )
    expected = (("2023-01-24", "label"), [])
    assert expected == (_published(article)[:2], _codes(article))


def test_issue_date_as_the_only_date_keeps_its_span() -> None:
    """A newspaper's issue date, the only date, is the publication day with its span and a note."""
    article = jm.parse_article(f"روزنامه همشهری | شماره ۸۷۶۵ | ۲۸ شهریور ۱۴۰۲\n{TITLE}\n{LEAD}")
    message = (
        "the only date is the newspaper issue date '۲۸ شهریور ۱۴۰۲'; "
        "it is taken as the publication day"
    )
    expected = (("2023-09-19", "issue date", (30, 44)), [("issue-date-only", message, (30, 44))])
    assert expected == (_published(article), _notices(article))


def test_issue_date_beside_a_labelled_date_gives_no_note() -> None:
    """A newspaper issue line above a labelled date: the label wins and issue-date-only is silent."""
    text = f"روزنامه همشهری | شماره ۸۷۶۵ | ۲۸ شهریور ۱۴۰۲\n{TITLE}\nتاریخ انتشار: ۲۸ شهریور ۱۴۰۲ - ۱۰:۰۰\n{LEAD}"
    article = jm.parse_article(text)
    expected = (("2023-09-19T10:00:00+03:30", "label"), [])
    assert expected == (_published(article)[:2], _codes(article))


# -- parse_html: an update equal to the publication ------------------------------------------


def _json_ld_both(published: str, modified: str) -> str:
    return (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        f'"datePublished": "{published}", "dateModified": "{modified}"}}</script>'
    )


def _updated(article: jm.Article) -> tuple[str | None, str | None, tuple[int, int] | None]:
    stamp = article.updated
    return (
        None if stamp is None else stamp.isoformat(),
        article.evidence.get("updated"),
        article.spans.get("updated"),
    )


def test_machine_modified_time_equal_to_the_publication_is_no_update() -> None:
    """JSON-LD dateModified equal to datePublished (to the second) records no update."""
    pytest.importorskip("selectolax")
    moment = "2023-01-24T10:00:00+03:30"
    article = _html(_json_ld_both(moment, moment))
    expected = (None, None, None)
    assert expected == _updated(article)


def test_later_machine_modified_time_is_the_update() -> None:
    """JSON-LD dateModified later than datePublished is the update time."""
    pytest.importorskip("selectolax")
    article = _html(_json_ld_both("2023-01-24T10:00:00+03:30", "2023-01-24T12:00:00+03:30"))
    expected = ("2023-01-24T12:00:00+03:30", "json-ld", None)
    assert expected == _updated(article)


def test_machine_modified_day_equal_to_the_publication_day_is_kept() -> None:
    """A dateModified day without a time is no moment: it is kept even on the publication day."""
    pytest.importorskip("selectolax")
    article = _html(_json_ld_both("2023-01-24", "2023-01-24"))
    expected = ("2023-01-24", "json-ld", None)
    assert expected == _updated(article)


def test_printed_update_equal_to_the_publication_is_kept() -> None:
    """A printed update label equal to the publication time is kept, with its span."""
    pytest.importorskip("selectolax")
    top = "<div>تاریخ انتشار: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰</div><div>تاریخ بروزرسانی: ۴ بهمن ۱۴۰۱ - ۱۰:۰۰</div>"
    article = _html("", top=top)
    expected = ("2023-01-24T10:00:00+03:30", "label", (92, 111))
    assert expected == _updated(article)
