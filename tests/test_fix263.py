"""fix263: silent wrong titles left from the fiftieth mutation round (mut50 (a), (a'), (i)).

- A blog post printed as its headline, a first paragraph of one sentence closed by its verb
  and a full stop that retells the headline, a short phrase with no verb, then the post's
  paragraphs: the phrase is the text's first subheading, the headline the title (it was the
  phrase, silently). So under a blog's name, a motto and its copyright footer.
- «Copyright © 2023 NAME» (the word and the mark together, a common footer): NAME is the
  name the copyright notice prints (the rest kept its «©» and never matched).

Near misses: a sentence sharing no word with the line over it (a section's name), or a short
line closed by its verb (a headline) under the sentence: the short line stays the title.
"""

from __future__ import annotations

import jalali_meta as jm

_HEADLINE = "آغاز برداشت زعفران در مزرعه خانوادگی"
_FIRST = "برداشت زعفران امروز در مزرعه ما آغاز شد."
_SUBHEADING = "کار در مزرعه"
_PARAGRAPHS = (
    "هر روز پیش از طلوع آفتاب همه اعضای خانواده به مزرعه می روند و گل ها را یکی یکی می چینند "
    "تا پیش از گرم شدن هوا کار تمام شود.\n"
    "مادرم می گوید کلاله های سرخ را باید همان روز جدا کرد و در سایه خشک کرد تا رنگ و بوی "
    "خود را از دست ندهد.\n"
)
_POST = f"{_HEADLINE}\n\n{_FIRST}\n{_SUBHEADING}\n{_PARAGRAPHS}"


def test_headline_over_one_sentence_and_subheading_is_the_title() -> None:
    article = jm.parse_article(_POST)
    assert article.title == _HEADLINE


def test_blank_lines_between_the_blocks_change_nothing() -> None:
    spaced = f"{_HEADLINE}\n\n{_FIRST}\n\n{_SUBHEADING}\n\n" + _PARAGRAPHS.replace("\n", "\n\n")
    assert jm.parse_article(spaced).title == _HEADLINE


def test_under_a_blogs_name_motto_and_copyright_footer() -> None:
    name = "یادداشت های مزرعه - قائنات"
    motto = "هر دانه ای قصه ای دارد، اگر گوش کنیم."
    for footer in (f"© {name}", f"Copyright © 2023 {name}"):
        page = f"{name}\n\n{motto}\n\n{_POST}\nابزار وبمستر\n\n{footer}\n"
        article = jm.parse_article(page, url="https://mazraeh1402.blogfa.com/post/12")
        assert article.title == _HEADLINE, footer


def test_near_miss_sentence_sharing_no_word_with_the_line_above() -> None:
    # A section's name over the sentence, sharing none of its words: no headline it
    # retells; the short line under the sentence stays the title, as on main.
    page = f"اخبار استان خراسان جنوبی\n\n{_FIRST}\n{_SUBHEADING}\n{_PARAGRAPHS}"
    assert jm.parse_article(page).title == _SUBHEADING


def test_near_miss_short_line_with_a_verb_is_no_subheading() -> None:
    # A short line closed by its verb under the sentence states an event: a headline, as on
    # main.
    page = f"{_HEADLINE}\n\n{_FIRST}\nزعفران گران شد\n{_PARAGRAPHS}"
    assert jm.parse_article(page).title == "زعفران گران شد"


def test_name_twice_over_motto_under_copyright_word_and_mark() -> None:
    # fix248's layout (the blog's name twice, a motto, the post's title) with the footer
    # «Copyright © 2023 NAME»: the name is the site's, the short line under the motto the
    # post's title (main gave the name).
    name = "یادداشت های مزرعه - قائنات"
    motto = "هر دانه ای قصه ای دارد، اگر گوش کنیم."
    title = "گل های بنفش"
    page = (
        f"{name}\n\n{name}\n\n{motto}\n\n{title}\n\n{_PARAGRAPHS}\nابزار وبمستر\n\n"
        f"Copyright © 2023 {name}\n"
    )
    article = jm.parse_article(page, url="https://mazraeh1402.blogfa.com/post/12")
    assert article.title == title
