"""fix233: titles real66 (docs/real_sample.md, the fifty-fifth sample) left silently wrong.

- PersianBlog's post template prints the post's short title, then its keywords label
  «کلمات کلیدی :» with nothing after the colon, then the body (haleheshgh.persianblog.ir,
  real66 #23): the short line over the empty label is the post's title, not the body's first
  (exclaiming) sentence.
- A line ending with «;» next to another so ending is an item of a list (a Tajik school
  regulation's clauses, litseyi2.tj, real66 #22), never the headline.
- A verse line repeating the verse line right above it but for its last word is a poem's
  refrain (a poet's Blogfa post, fahim.blogfa.com, real66 #12): doubted, not given silently.

Every page below is written for the test (values and sentences changed), its structure from
the real page named above it.
"""

from __future__ import annotations

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- PersianBlog's post under its template's links (haleheshgh.persianblog.ir) ----------------
def _persianblog_post(label: str) -> str:
    return (
        "ساخت قالب رایگان\n\n"
        "بهترین قالب های وبلاگ\n\n"
        "راهنمای نوشتن در وبلاگ\n\n"
        "خاطرات یک معلم\n\n"
        "باران\n\n"
        f"{label}\n\n"
        "چه کسی باران را دوست ندارد؟! همه منتظر بارانیم!!\n"
        "صبح امروز آسمان شهر ابری بود و بعد از ظهر باران تندی بارید که کوچه ها را شست و "
        "بچه ها با چکمه در آب ها دویدند و مادرها از پنجره صدایشان زدند.\n"
        "شب که شد هوا سرد شد و بوی خاک باران خورده تا صبح در خانه ماند.\n"
    )


def test_short_line_over_empty_keywords_label_is_the_post_title() -> None:
    for url in ("http://moalem-khaterat.persianblog.ir/post/12/", None):
        article = jm.parse_article(_persianblog_post("کلمات کلیدی :"), url=url)
        assert article.title == "باران"
        assert _UNCERTAIN not in _codes(article)


def test_short_line_over_empty_keywords_label_neg_label_with_a_keyword() -> None:
    # The label holding a keyword is a tag line, not the empty label of the post's template:
    # main's record (the body's first sentence) is kept.
    article = jm.parse_article(_persianblog_post("کلمات کلیدی : سفر"))
    assert article.title != "باران"


# -- A Tajik regulation's clauses (litseyi2.tj) ----------------------------------------------
def _regulation(items: list[str]) -> str:
    return (
        "ДАСТУРАМАЛИ НАМУНАВИИ КИТОБХОНАҲОИ МАКТАБҲОИ ШАҲРИ ДУШАНБЕ\n\n"
        "Бо қарори Раёсати маориф\n\n"
        "тасдиқ шудааст\n\n"
        "1. Қоидаҳои умумӣ\n\n"
        "1. Ин дастурамал тартиби кори китобхонаҳои мактабҳоро муайян мекунад:\n\n"
        + "\n\n".join(items)
        + "\n\n2. Китобхона дар назди мактаб таъсис дода мешавад ва ба директори мактаб "
        "ҳисобот медиҳад. Тартиби кори он бо ҳамин дастурамал ва оинномаи мактаб муайян "
        "карда мешавад, ки онро шӯрои мактаб тасдиқ менамояд.\n"
    )


_ITEMS = [
    "китобхонаи синфҳои ибтидоӣ. Ин китобхона китобҳои дарсии синфҳои ибтидоиро нигоҳ медорад;",
    "китобхонаи синфҳои болоӣ. Ин китобхона китобҳои бадеӣ ва илмиро ба хонандагон медиҳад;",
    "толори хониш. Дар он хонандагон китобҳоро дар ҷояш мехонанд ва маълумот ҷамъ меоранд;",
]


def test_semicolon_item_in_a_run_is_never_the_title() -> None:
    for url in ("http://maktab5.tj/dasturamal-2/", None):
        article = jm.parse_article(_regulation(_ITEMS), url=url)
        assert article.title not in _ITEMS
        assert (
            article.title == "ДАСТУРАМАЛИ НАМУНАВИИ КИТОБХОНАҲОИ МАКТАБҲОИ ШАҲРИ ДУШАНБЕ"
            or _UNCERTAIN in _codes(article)
        )


def test_semicolon_item_neg_one_line_alone() -> None:
    # One line ending with «;» and no other such line beside it is no list: main's record.
    article = jm.parse_article(_regulation(_ITEMS[:1]))
    assert article.title == _ITEMS[0]


# -- A poet's Blogfa post (fahim.blogfa.com) --------------------------------------------------
def _poem(first: str, second: str) -> str:
    return (
        "کوچه ما آشتی است\n\n"
        "می روم تا ته کوچه که صدایم کرده است درخت انار\n\n"
        "وخاموش میشوند تمام درختان\n\n"
        f"{first}\n\n"
        f"{second}\n\n"
        "محله شما چه نامی دارد و آیا آن را دوست دارید یا نه ؟\n\n"
        "نه تنها محله که شهرت را نیز دوست بدار و گذشته اش را از یاد نبر\n\n"
        "اگر این کوچه جز خاک و سنگی نیست\n\n"
        "من این خاک و سنگ را دوست دارم\n\n"
        "اگر قصه ما کهنه و دور است\n\n"
        "من این قصه ها را دوست دارم\n\n"
        "+ نوشته شده توسط در سه شنبه دهم آبان ۱۳۹۰ و ساعت 10:15 |\n"
    )


def test_refrain_line_is_doubted() -> None:
    for url in ("http://kouche.blogfa.com/post/7", None):
        article = jm.parse_article(_poem("تا که با خویش باشم", "تا که با خویش بودم"), url=url)
        assert article.title is None or _UNCERTAIN in _codes(article)


def test_refrain_line_neg_two_different_lines() -> None:
    # Two lines differing in more than their last word are no refrain: main's record.
    article = jm.parse_article(_poem("تا که با خویش باشم", "تا که بی خویش بودم"))
    assert _UNCERTAIN not in _codes(article)
