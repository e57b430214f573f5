"""mut55: tests for the survivors of the fifty-fifth mutation round
(benchmarks/hand_mutants_55.py, docs/reliability.md "The fifty-fifth round: fix292-fix300
under mutation").

Each test kills one survivor or more and passes on main; the layouts are the rules' own pages
(a municipal CMS's «/PageInfo-N-<slug>» view, a blog post's footer glued to its last sentence,
a tag page's one item, a video page's teasers each under a kicker, ...), the sentences written
for these tests.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"


def _codes(article: jm.Article) -> set[str]:
    return {w.code for w in article.warnings}


# -- fix292: a view's word, the number and the slug in one segment (mutants 7, 8, 9) ------------
_NOTICE = "اطلاعیه ثبت نام کارگاه های قصه گویی کتابخانه محله"
_NOTICE_SLUG = quote(_NOTICE.replace(" ", "-"))
_NOTICE_LEAD = (
    "کتابخانه محله از کودکان هفت تا دوازده ساله دعوت می کند تا برای کارگاه های قصه گویی "
    "تابستان نام خود را تا پایان هفته در دفتر کتابخانه ثبت کنند.\n"
)


def test_view_alias_reads_the_item_number() -> None:
    """The kept reading: «/PageInfo-3003-<slug>» over a page printing the slug's words."""
    article = jm.parse_article(
        f"{_NOTICE}\n\n{_NOTICE_LEAD}", url=f"http://example.ir/PageInfo-3003-{_NOTICE_SLUG}"
    )
    assert article.number == "3003"


@pytest.mark.parametrize(
    "path",
    [
        # under a page's, an issue's or a magazine's segment: that container's item list
        # (mutant 7: the segment before not asked, 3003 read)
        "issue/PageInfo-3003-",
        "page/PageInfo-3003-",
        "magazine/PageInfo-3003-",
        # a collection's word and a small number: a list's page (mutant 8: «2» read)
        "pages-2-",
        "posts-2-",
        # a number with a leading zero is no item's ID (mutant 9: «03003» read)
        "PageInfo-03003-",
    ],
)
def test_view_alias_near_misses_read_no_number(path: str) -> None:
    article = jm.parse_article(
        f"{_NOTICE}\n\n{_NOTICE_LEAD}", url=f"http://example.ir/{path}{_NOTICE_SLUG}"
    )
    assert article.number is None
    assert article.title == _NOTICE
