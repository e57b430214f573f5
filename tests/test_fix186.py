"""fix186: the sixty-first attack round's findings (docs/reliability.md «Attacks, sixty-first
round», benchmarks/attacks61.py).

1. A teaser ending with a read-more link run into it after its last sentence («... است.
   ادامه مطلب») is judged on its text with the link cut off: ten words or more ending a
   sentence make it an item's excerpt, however short of a paragraph's thirty words the
   line is (the link hides the sentence's full stop). Two such teasers under headlines are
   a list: no item's headline taken without doubt.
2. The page's one ``<footer>`` printing a labelled update stamp alone is the text's footer
   line in ``parse_html`` also when the page has no wrapper element (the article's
   container is ``<body>``, which holds the footer): read as ``parse_article`` reads
   ``visible_text``.
3. A headline printed twice over a block of contents' lines right over the text is the
   title also when the best-scored line is one of the contents' lines above their last (a
   two-word last line scoring below the one over it).

The positives fail on main afc405ad; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {notice.code for notice in article.warnings}


# -- 1. two teasers whose read-more link hides the full stop
# A ministry portal's news box (attacks61's layout): a headline, a teaser of a paragraph's
# length ending «. ادامه مطلب», another headline, a teaser of twenty-two words ending so.
_ITEMS = (
    (
        "آغاز پیش ثبت نام مدارس ابتدایی استان",
        "پیش ثبت نام دانش‌آموزان پایه اول ابتدایی از شنبه در سامانه آموزش و پرورش استان آغاز "
        "می‌شود و خانواده‌هایی که فرزندشان تا پایان شهریور شش ساله می‌شود تا پایان ماه فرصت "
        "دارند مدارک را بفرستند.",
    ),
    (
        "بازدید مدیرکل از مدارس روستایی شهرستان",
        "مدیرکل آموزش و پرورش استان از شش مدرسه روستایی شهرستان بازدید کرد و دستور داد "
        "بخاری‌های کهنه پیش از زمستان عوض شوند.",
    ),
)


def test_two_short_teasers_with_read_more_are_a_list() -> None:
    text = "".join(f"{head}\n\n{teaser} ادامه مطلب\n\n" for head, teaser in _ITEMS)
    article = jm.parse_article(text)
    assert article.title is None or "title-uncertain" in _codes(article)
    assert "listing-page" in _codes(article)


def test_one_short_teaser_with_read_more_neg() -> None:
    """One teaser under a headline (a post's stored teaser): the headline, no list."""
    head, teaser = _ITEMS[0]
    article = jm.parse_article(f"{head}\n\n{teaser} ادامه مطلب\n")
    assert article.title == head
    assert "listing-page" not in _codes(article)


def test_two_items_whose_teasers_are_three_words_neg() -> None:
    """Headlines over «... ادامه مطلب» lines of three words are no teasers (no sentence
    before the link): no list is read from them."""
    text = "".join(f"{head}\n\nثبت نام آغاز شد. ادامه مطلب\n\n" for head, _ in _ITEMS)
    article = jm.parse_article(text + _ITEMS[0][1] + "\n")
    assert "listing-page" not in _codes(article)


# -- 2. a footer's update stamp on a page with no wrapper element
# A provincial health network's news page (tests/pages 1941's layout without its wrapper
# <div>): the date in a <li>, the <h1>, two <p>s, the code, the <footer>'s stamp.
_BARE_PAGE = (
    '<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8"></head><body>'
    '<ul class="news-info"><li>1401/06/20 - 10:40</li></ul>'
    "<h1>آغاز طرح غربالگری فشار خون در مراکز بهداشت</h1>"
    "<p>طرح غربالگری فشار خون بزرگسالان بالای سی سال از امروز در همه مراکز بهداشت "
    "شهرستان رایگان اجرا می‌شود.</p><p>مراجعه‌کنندگان کارت ملی همراه داشته باشند.</p>"
    "<ul><li>کد خبر : 80412</li></ul>"
    '<footer><div class="last-update">FOOTER</div></footer></body></html>'
)


def test_footer_update_stamp_without_wrapper() -> None:
    article = jm.parse_html(_BARE_PAGE.replace("FOOTER", "آخرین بروز رسانی : 1401/06/22 12:00"))
    assert article.updated is not None
    assert article.updated.jalali_date == (1401, 6, 22)
    assert article.published is not None
    assert article.published.jalali_date == (1401, 6, 20)


def test_footer_with_copyright_and_stamp_without_wrapper_neg() -> None:
    """A footer with the site's copyright beside the stamp stays outside: no update read."""
    article = jm.parse_html(
        _BARE_PAGE.replace(
            "FOOTER",
            "کلیه حقوق این سایت متعلق به شبکه بهداشت شهرستان است</div><div>"
            "آخرین بروز رسانی : 1401/06/22 12:00",
        )
    )
    assert article.updated is None


# -- 3. a headline twice over contents whose best line is not their last
# A shop magazine's guide (tests/pages 1922's and attacks61's layout): the shop's name, the
# date, the headline twice, eight contents' lines (the last of two words), the text;
# double-spaced.
_GUIDE = "راهنمای خرید چای ایرانی"
_GUIDE_SUBS = (
    "چای لاهیجان و فومن",
    "رنگ دم چای",
    "شکل برگ چای",
    "تاریخ برداشت",
    "نگهداری چای در خانه",
    "قیمت چای در بازار",
    "چای بهاره یا پاییزه",
    "دم کردن",
)
_GUIDE_TEXT = (
    "چای ایرانی بیشتر در باغ‌های گیلان کشت می‌شود. در این راهنما می‌گوییم چای خوب را از روی "
    "رنگ، بو و شکل برگ بشناسید.\n\nچای را در ظرف دربسته و دور از نور نگه دارید.\n"
)


def _guide_page(name: str, subs: tuple[str, ...]) -> str:
    return "\n\n".join(("فروشگاه چایستان", "۱۲ دی ۱۴۰۲", name, name, *subs, _GUIDE_TEXT))


def test_headline_twice_over_contents_best_line_above_last() -> None:
    article = jm.parse_article(_guide_page(_GUIDE, _GUIDE_SUBS))
    assert article.title == _GUIDE
    assert "title-uncertain" not in _codes(article)
    assert article.published is not None
    assert article.published.jalali_date == (1402, 10, 12)


def test_shop_name_twice_over_contents_neg() -> None:
    """A shop's name printed twice over the contents (a logo and the site's name) is no
    headline of the text."""
    article = jm.parse_article(_guide_page("فروشگاه چایستان", _GUIDE_SUBS))
    assert article.title != "فروشگاه چایستان"
