"""fix183: the page's only date line set aside as a today banner is never dropped silently.

A headline printed twice over nine or more sub-heading lines (attacks60's
``shop-magazine-headline-twice-over-six-subheadings-pos`` layout, mohammadilawyer.com's guide,
with more contents lines): the site's slogan / the date / HEADLINE twice / the contents / the
text. The title falls to the contents' last line (doubted, ``title-uncertain``), and the date
line, far above it, is set aside by the header walk's banner rule (``_candidates._banner``).
When that line is the page's only date line, the record says so: ``published-unlabelled``
naming the line, published still None (``_article._only_date_line_set_aside``).

The positives fail on main c986ea50 (no warning at all about the date); the ``-neg`` near
misses pass on both. The sentences are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۱۲ دی ۱۴۰۲"  # 2024-01-02, a Tuesday
_HEAD = "راهنمای خرید قهوه برای خانه"
_SUBS = [
    "قهوه عربیکا و روبوستا",
    "درجه برشت دانه",
    "آسیاب کردن در خانه",
    "تاریخ برشت",
    "نگهداری قهوه",
    "قیمت قهوه در بازار",
    "قهوه فوری یا دانه",
    "دستگاه‌های دم کردن",
    "قهوه بدون کافئین",
    "فنجان مناسب",
    "سرو کردن قهوه",
]
_LEAD = (
    "قهوه خوب را از بوی تازه و رنگ یکدست دانه‌ها می‌شناسید و بهتر است آن را کم کم بخرید. "
    "در این راهنما می‌گوییم پیش از خرید به چه چیزهایی نگاه کنید.\n\n"
    "قهوه را در ظرف دربسته و دور از نور نگه دارید تا بویش زود نپرد.\n"
)


def _page(subs: list[str], day: str = _DAY) -> str:
    return "\n\n".join(["فروشگاه دانه طلایی", day, _HEAD, _HEAD, *subs, _LEAD.strip()]) + "\n"


def _date_notes(article: jm.Article) -> list[jm.Notice]:
    return [w for w in article.warnings if w.code == "published-unlabelled"]


def test_only_date_over_nine_subheadings_is_warned() -> None:
    article = jm.parse_article(_page(_SUBS[:9]))
    assert article.published is None
    notes = _date_notes(article)
    assert len(notes) == 1
    assert _DAY in notes[0].message
    assert notes[0].span is not None


def test_only_date_over_eleven_subheadings_is_warned() -> None:
    text = _page(_SUBS)
    article = jm.parse_article(text)
    assert article.published is None
    notes = _date_notes(article)
    assert len(notes) == 1
    assert notes[0].span is not None
    assert text[slice(*notes[0].span)] == _DAY


def test_only_date_set_aside_is_ignored_still() -> None:
    # The value is never chosen by the warning: the line stays set aside.
    article = jm.parse_article(_page(_SUBS[:9]))
    assert any(i.text == _DAY and i.reason == "today widget" for i in article.ignored)


def test_seven_subheadings_keep_the_date_neg() -> None:
    article = jm.parse_article(_page(_SUBS[:7]))
    assert article.title == _HEAD
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-01-02"
    assert not any("set aside" in w.message for w in _date_notes(article))


def test_today_banner_over_articles_own_date_neg() -> None:
    # A weekday's banner far above the headline, the article's own date line under it: the
    # banner is set aside as before, the article's date taken, no new warning.
    text = "\n".join(
        [
            "سه‌شنبه ۱۲ دی ۱۴۰۲",
            "فروشگاه دانه طلایی",
            "صفحه اصلی",
            "مجله",
            "راهنماها",
            "تماس با ما",
            "درباره ما",
            _HEAD,
            "۱۴۰۲/۱۰/۰۵ - ۱۰:۲۰",
            "",
            _LEAD.strip(),
        ]
    )
    article = jm.parse_article(text)
    assert article.title == _HEAD
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2023-12-26"
    assert _date_notes(article) == []
    assert any(i.reason == "today widget" for i in article.ignored)


def test_banner_with_date_in_address_neg() -> None:
    # The only date line set aside, but the address gives the day: no note on the page's line.
    article = jm.parse_article(
        _page(_SUBS[:9]), url="https://dane.example.ir/1402/10/12/coffee-guide"
    )
    assert not any("set aside" in w.message for w in _date_notes(article))


# -- 2. the thirty-eighth round's mutant 16 page at an item's address (tests/test_fix172.py's
# layout): SECTION / HEADLINE / DAY / a teaser cut « [...]» / widgets' headings.
_SECTION = "فرهنگ و هنر شهرستان"
_PLAY = "جشنواره موسیقی محلی شهرستان با اجرای هشت گروه به کار خود پایان داد"
_TEASER = (
    "دبیر جشنواره گفت هشت گروه موسیقی از روستاهای استان در سه شب جشنواره در تالار شهر "
    "برای مردم نواختند و داوران دو گروه را برگزیدند"
)


def _section_page() -> str:
    return f"{_SECTION}\n\n{_PLAY}\n\n{_DAY}\n\n{_TEASER} [...]\n\nآخرین مطالب\n\nپربیننده‌ها\n"


def test_section_over_one_item_at_items_address_gives_headline() -> None:
    article = jm.parse_article(_section_page(), url="https://farhang.example.ir/news/881/teatr")
    assert article.title == _PLAY
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:10] == "2024-01-02"
    assert "listing-page" not in {w.code for w in article.warnings}


def test_section_over_one_item_without_address_is_list_neg() -> None:
    article = jm.parse_article(_section_page())
    assert (article.title, article.published) == (_SECTION, None)
    assert "listing-page" in {w.code for w in article.warnings}


def test_section_over_one_item_at_tag_address_neg() -> None:
    article = jm.parse_article(_section_page(), url="https://farhang.example.ir/tag/teatr")
    assert article.title != _PLAY
    assert "listing-page" in {w.code for w in article.warnings}
