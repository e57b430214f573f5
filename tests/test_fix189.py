"""fix189: the thirty-ninth mutation round's pages wrong on main (docs/reliability.md «The
thirty-ninth round: fix176-fix183 under mutation», «Seen on main and left for the lead»:
mutants 55, 54, 64, 65, 26 and 48 of benchmarks/hand_mutants_39.py).

1. The item's labels line under the headline with a value left empty («کد خبر: N |
   بازدید:») or the item's time alone behind its label («ساعت: ۰۹:۳۰»): a header line
   (``_lines._item_header_line``, ``_lines._item_time_line``).
2. A section's line over one item (HEADLINE / DAY / a teaser cut « [...]» / widgets'
   headings) at an address naming neither an item nor a list («/teatr», «/»): the list's
   reading, doubted; at an item's address a section line of eight words gives the headline.
3. A page with no <h1> printing two posts under their own post-title headings (Blogger's
   day page): the title is doubted.
4. A Latin tag in a list's query («?tn=Gahar+Lake»): the line spelling it, in any case, is
   the list's name.

The positives fail on main e671ab85; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. fix182's bridge page (tests/test_fix182.py): HEADLINE / the item's labels line / lead /
# a motto printed twice round a sentence.
_HALL_HEAD = "سالن ورزشی چند منظوره روستای کلاته در حضور فرماندار افتتاح شد"
_HALL_LEAD = (
    "سالن ورزشی چند منظوره روستای کلاته با حضور فرماندار و دهیاران بخش افتتاح شد و "
    "جوانان روستا از این پس برای بازی والیبال و فوتسال به شهر نمی‌روند."
)
_HALL_MOTTO = "ورزش برای همه روستاها"


def _hall(labels_line: str) -> str:
    return (
        f"{_HALL_HEAD}\n{labels_line}\n{_HALL_LEAD}\n{_HALL_MOTTO}\n"
        "فرماندار هم در پایان سخنانش این شعار را به یاد حاضران آورد.\n"
        f"{_HALL_MOTTO}\nزمین چمن روستا هم تا پایان سال آینده آماده می‌شود.\n"
    )


def test_labels_line_with_an_empty_value_is_a_header_line() -> None:
    """Mutant 55's page: the views counter's label with no value (a counter the page fills
    by script) beside the code with its value: the headline is the title."""
    for labels_line in (
        "کد خبر: ۴۵۶۷۱ | بازدید:",
        "بازدید: | کد خبر: ۸۸۲۰۳",
        "کد خبر: | بازدید: ۹۰",
    ):
        assert jm.parse_article(_hall(labels_line)).title == _HALL_HEAD, labels_line


def test_labelled_time_alone_under_the_headline_is_a_header_line() -> None:
    """Mutant 54's page: «ساعت: ۰۹:۳۰» (or «ساعت انتشار: ...») alone under the headline, over
    its lead: the item's time, the headline the title (not the motto)."""
    for labels_line in ("ساعت: ۰۹:۳۰", "ساعت انتشار: ۱۴:۰۵", "ساعت : ۰۷:۴۵"):
        assert jm.parse_article(_hall(labels_line)).title == _HALL_HEAD, labels_line


def test_empty_labels_or_event_time_neg() -> None:
    """Labels with no value at all, an event's time («زمان برگزاری: ...»), a source beside
    the time: no item's header line; the headline is still the title, right over its lead
    (fix191: the motto printed twice round a sentence under the lead is no headline printed
    twice; before it this test pinned the motto, attacks62's defect)."""
    for labels_line in (
        "بازدید:",
        "کد خبر: | بازدید:",
        "زمان برگزاری: ۱۰:۴۵",
        "ساعت: ۰۹:۳۰ | منبع: ایرنا",
    ):
        assert jm.parse_article(_hall(labels_line)).title == _HALL_HEAD, labels_line


# -- 2. fix183's section page (tests/test_fix183.py, after tests/test_fix172.py's layout):
# SECTION / HEADLINE / DAY / a teaser cut « [...]» / widgets' headings.
_DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02
_SECTION = "ورزش شهرستان"
_MATCH = "تیم فوتبال نوجوانان شهرستان با پیروزی در دیدار پایانی قهرمان لیگ استان شد"
_TEASER = (
    "مربی تیم گفت بازیکنان نوجوان شهرستان در دیدار پایانی با دو گل از میزبان پیش افتادند "
    "و تا پایان بازی برتری خود را حفظ کردند"
)


def _section_page(section: str = _SECTION) -> str:
    return f"{section}\n\n{_MATCH}\n\n{_DAY}\n\n{_TEASER} [...]\n\nآخرین مطالب\n\nپربیننده‌ها\n"


def test_section_over_one_item_at_an_address_naming_neither_is_doubted() -> None:
    """Mutant 64's page at «/futbal» or the site's root: the list's reading (no address
    says otherwise), its name doubted, no day of the item taken as the page's."""
    for url in ("https://varzesh.example.ir/futbal", "https://varzesh.example.ir/"):
        article = jm.parse_article(_section_page(), url=url)
        assert article.title in (None, _SECTION), url
        assert article.published is None, url
        assert {"listing-page", "title-uncertain"} <= _codes(article), url


def test_section_over_one_item_without_address_neg() -> None:
    """No address: fix172's reading, the list's name undoubted (as on main)."""
    article = jm.parse_article(_section_page())
    assert (article.title, article.published) == (_SECTION, None)
    assert "listing-page" in _codes(article)
    assert "title-uncertain" not in _codes(article)


_LONG_SECTION = "اخبار ورزشی شهرستان دشتستان در استان بوشهر"


def test_long_section_line_at_an_items_address_gives_the_headline() -> None:
    """Mutant 65's page varied: a section's line of eight words over the one item at an
    item's address («/news/881/...»): the headline and its day, not the section's line."""
    article = jm.parse_article(
        _section_page(_LONG_SECTION), url="https://varzesh.example.ir/news/881/futbal"
    )
    assert article.title == _MATCH
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-01-02"


def test_long_section_line_without_address_neg() -> None:
    """The same page with no address: main's reading (the long line, its day unlabelled)."""
    article = jm.parse_article(_section_page(_LONG_SECTION))
    assert article.title == _LONG_SECTION
    assert "published-unlabelled" in _codes(article)


# -- 3. Blogger's day page (tests/test_mut39.py's layout): a date header, then each post
# under its «<h3 class="post-title entry-title">».
_AUTUMN = (
    "شعر پاییز در کوچه",
    "باد سرد از کوچه گذشت<br />و برگ‌ها را با خود برد<br />کدام در باز است؟",
)
_RAIN = ("باران شبانه", "باران دیشب آمد و حیاط را شست")


def _blog_day(*posts: tuple[str, str], linked: str | None = None) -> str:
    body = "".join(
        f'<div class="post hentry"><h3 class="post-title entry-title">{head}</h3>'
        f'<div class="post-body entry-content">{text}</div></div>'
        for head, text in posts
    )
    if linked is not None:
        body += (
            f'<div class="related"><h3 class="post-title entry-title"><a href="/p/2.html">{linked}'
            "</a></h3></div>"
        )
    return (
        '<!DOCTYPE html><html dir="rtl"><head><meta charset="UTF-8"><title>sarv</title>'
        '</head><body><div class="date-outer"><h2 class="date-header"><span>۱۳۹۶ مهر ۱۴, جمعه'
        f"</span></h2>{body}</div></body></html>"
    )


def test_two_post_title_headings_doubt_the_title() -> None:
    """Mutant 26's page varied: two posts under their own headings, no comments block: no
    title silently (main gave the second post's body line, undoubted)."""
    for posts in ((_AUTUMN, _RAIN), (_RAIN, _AUTUMN), (_AUTUMN, _RAIN, ("ماه", "ماه بالا آمد"))):
        article = jm.parse_html(_blog_day(*posts))
        assert article.title is None or "title-uncertain" in _codes(article), posts


def test_one_post_title_heading_or_a_linked_one_neg() -> None:
    """One post under its own heading names the post, undoubted (fix178's reading); beside
    another post's heading holding a link (a related list's), one heading is the post's own:
    no doubt for several posts (main's record either way)."""
    article = jm.parse_html(_blog_day(_RAIN))
    assert (article.title, "title-uncertain" in _codes(article)) == (_RAIN[0], False)
    article = jm.parse_html(_blog_day(_RAIN, linked=_AUTUMN[0]))
    assert "title-uncertain" not in _codes(article)


# -- 4. fix181's tag page (tests/test_fix181.py, iranwatching.com's layout) with a Latin tag.
_TAG = "Alvand Peak"
_ITEM = "چشمه علی"


def _tag_page(tag: str) -> str:
    return (
        "facebook instagram telegram twitter.png\n\n"
        "به شبکه های اجتماعی ما بپیوندید\n\n"
        f"{tag}\n\n{_ITEM}\n\n{_ITEM}\n\n"
        "چشمه‌ای در دامنه کوه که آبش هیچ تابستانی کم نمی شود\n\n"
        "چشمه علی در دامنه کوه الوند از دل سنگ بیرون می زند و کوهنوردان بسیاری در "
        "بهار و تابستان پیش از صعود از آن آب برمی دارند و کنار آن استراحت می کنند.\n\n"
        "204\n"
    )


def test_latin_tag_in_the_query_names_the_list() -> None:
    """Mutant 48's page: «Alvand Peak» at «?tn=Alvand+Peak» (or lower case, «%20»): the
    list's name, as a Persian tag gives."""
    for query in ("tn=Alvand+Peak", "tn=alvand%20peak", "tag=ALVAND+PEAK"):
        article = jm.parse_article(_tag_page(_TAG), url=f"https://example.com/fa/tag?p=1&{query}")
        assert article.title == _TAG, query
        assert "listing-page" in _codes(article), query


def test_latin_tag_printed_nowhere_or_digits_neg() -> None:
    """A query's ID of digits names no list («tn=204»), and at an item's address a Latin
    keyword makes no list: main's readings."""
    article = jm.parse_article(_tag_page(_TAG), url="https://example.com/fa/tag?p=1&tn=204")
    assert article.title == _ITEM
    assert "listing-page" in _codes(article)
    text = f"{_ITEM}\n\nچشمه علی در دامنه کوه الوند از دل سنگ بیرون می زند و کوهنوردان را به خود می کشاند.\n"
    article = jm.parse_article(text, url="https://example.com/news/48213?keyword=Alvand+Peak")
    assert article.title == _ITEM
    assert "listing-page" not in _codes(article)
