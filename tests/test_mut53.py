"""mut53: tests for the survivors of the fifty-third mutation round
(benchmarks/hand_mutants_53.py, docs/reliability.md "The fifty-third round: fix275-fix283
under mutation").

Each test kills one survivor and passes on main; the layouts are the rules' own pages (a
blog's name over its description over the post, a tag page's teasers, a WordPress permalink,
a Tajik site's dates, ...), the sentences written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- fix275: a blog's name over its description over the post (mutant 2) -----------------------
_POST = (
    "نوشته شده توسط مهتاب کاظمی\n"
    "دیشب باران تندی آمد و جوی های کنار کوچه پر از آب شد و بچه ها قایق های کاغذی خود را در "
    "آن رها کردند تا ببینند کدام زودتر به سر کوچه می رسد.\n"
    "صبح که بیدار شدیم هوا آن قدر پاک بود که کوه های دور از پشت بام خانه پیدا بودند.\n"
)


def test_two_word_blog_name_over_its_description_gives_the_post_title() -> None:
    """A blog's name of two content words, «باران روستا», over a description repeating both
    and adding its own, over the post's short title, its byline and text: the post's title,
    doubted (mutant 2: a name needs three content words, the description taken, silently)."""
    article = jm.parse_article(
        "باران روستا\nیادداشت های روزهای باران روستا در دامنه کوه\nقایق های کاغذی\n" + _POST
    )
    assert article.title == "قایق های کاغذی"
    assert _UNCERTAIN in _codes(article)


_LIBRARY_TEXT = (
    "به گزارش خبرنگار ما، کتابخانه روستا پس از دو سال تعمیر امروز با حضور مسئولان شهرستان "
    "بازگشایی شد و بیش از دو هزار جلد کتاب تازه به قفسه های آن افزوده شد.\n"
    "مسئول کتابخانه گفت کودکان روستا می توانند هر روز تا ساعت شش عصر از آن استفاده کنند.\n"
)


def test_headline_over_a_verbless_lead_opening_with_it_is_kept() -> None:
    """A headline over its verbless lead opening with the headline's words, then a section's
    short heading over the text: the headline, sure (mutant 4: the lead's opening not
    tested, the two read as a site's name and description, the section's heading taken
    with a doubt)."""
    headline = "بازگشایی کتابخانه روستای دره سبز"
    article = jm.parse_article(
        f"{headline}\n{headline} پس از دو سال با حضور مسئولان\nساعت های کار تازه\n" + _LIBRARY_TEXT
    )
    assert article.title == headline
    assert _UNCERTAIN not in _codes(article)


_FESTIVAL_TEXT = (
    "به گزارش خبرنگار ما، جشنواره انار ساوه امروز با حضور صدها باغدار و گردشگر در پارک "
    "بزرگ شهر آغاز شد و تا پایان هفته ادامه دارد.\n"
    "در این جشنواره باغداران محصولات خود را به فروش می گذارند و گروه های موسیقی محلی "
    "برنامه اجرا می کنند.\n"
)
_FESTIVAL_HEADLINE = "باغداران استان مرکزی در جشنواره انار ساوه با محصولات تازه"


def test_kicker_under_a_section_over_a_headline_repeating_it_keeps_the_headline() -> None:
    """A section's name, then a kicker «جشنواره انار ساوه» over the headline that repeats its
    words and adds its own, then a part's short heading over the report: the headline, sure.
    The kicker is not the page's first line, so it is no site's name (mutant 7: the lines
    above the name not tested, the part's heading taken with a doubt)."""
    article = jm.parse_article(
        f"گزارش تصویری\nجشنواره انار ساوه\n{_FESTIVAL_HEADLINE}\nروز نخست\n" + _FESTIVAL_TEXT
    )
    assert article.title == _FESTIVAL_HEADLINE
    assert _UNCERTAIN not in _codes(article)
