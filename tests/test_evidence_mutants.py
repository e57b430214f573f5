"""Line evidence (_evidence.py) pinned where the mutation run of 2026-12-02 (docs/reliability.md,
"Mutation testing", part ``evidence``) found the suite blind."""

from __future__ import annotations

import pytest
from tests.test_page_kind_rules import GUIDE

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE, normalize

glued_breadcrumb_end = LINE_EVIDENCE["glued breadcrumb end"]

HEADLINE = "استان جدید در جنوب کشور تشکیل می‌شود"


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # Sections of two to six words after «خانه»: the longest one that is chrome is cut.
        (f"خانه اخبار ویژه {HEADLINE}", HEADLINE),
        (f"خانه اخبار سیاسی اقتصادی ورزشی فرهنگی {HEADLINE}", HEADLINE),
        (f"خانه اخبار سیاسی اقتصادی ورزشی فرهنگی اجتماعی {HEADLINE}", HEADLINE),
        # A headline of three words after the breadcrumb is enough; of two, the line is no
        # breadcrumb run into a headline.
        ("خانه اخبار ویژه استان جدید تشکیل", "استان جدید تشکیل"),
        ("خانه اخبار ویژه استان جدید", None),
    ],
)
def test_a_glued_breadcrumb_is_cut_before_a_headline_of_three_words_or_more(
    line: str, headline: str | None
) -> None:
    norm = normalize(line)
    end = glued_breadcrumb_end(norm)
    assert (norm[end:] if end is not None else None) == (
        normalize(headline) if headline is not None else None
    )


def _guide(crumbs: str, name: str) -> str:
    return GUIDE.replace("دستورالعمل تهیه طرح درس", name).format(
        crumbs=crumbs + "\n", heading="اصول کلی طرح درس"
    )


@pytest.mark.parametrize(
    ("crumbs", "name", "title"),
    [
        # A last crumb of three words names the page: the line repeating it is the title.
        ("صفحه اصلی > آموزش > دستورالعمل طرح درس", "دستورالعمل طرح درس", "دستورالعمل طرح درس"),
        # Slashes alone make no breadcrumb («ایران / آمریکا / ...» is a headline's shape).
        (
            "ایران / آموزش / دستورالعمل تهیه طرح درس",
            "دستورالعمل تهیه طرح درس",
            "اصول کلی طرح درس",
        ),
        # After a home word they do (fix70: «کور / تازه خبرونه / NAME», test.larawbar.net).
        (
            "صفحه اصلی / آموزش / دستورالعمل تهیه طرح درس",
            "دستورالعمل تهیه طرح درس",
            "دستورالعمل تهیه طرح درس",
        ),
    ],
)
def test_a_breadcrumbs_last_crumb_of_three_words_or_more_names_the_page(
    crumbs: str, name: str, title: str
) -> None:
    assert jm.parse_article(_guide(crumbs, name)).title == title


CRUMBS = "صفحه اصلی > آموزش > دستورالعمل تهیه طرح درس\n"
# The guide under its breadcrumb, from its name line down.
BELOW = GUIDE.split("{crumbs}", 1)[1].format(heading="اصول کلی طرح درس")


@pytest.mark.parametrize(
    ("above", "title"),
    [
        (CRUMBS, "دستورالعمل تهیه طرح درس"),  # the breadcrumb the text's first line
        (CRUMBS + "یکشنبه ۱۰ مهر ۱۴۰۱\n", "دستورالعمل تهیه طرح درس"),  # two lines up
        # Three lines up the breadcrumb names another part of the page.
        (CRUMBS + "یکشنبه ۱۰ مهر ۱۴۰۱\nنسخه چاپی\n", "اصول کلی طرح درس"),
    ],
)
def test_a_breadcrumb_names_the_line_at_most_two_lines_below_it(above: str, title: str) -> None:
    assert jm.parse_article(above + BELOW).title == title


def test_a_last_crumb_with_a_zwnj_names_the_page() -> None:
    """«آیین‌نامه» in the crumb and in the line: the keys match (ZWNJs are left out)."""
    name = "آیین‌نامه طرح درس"
    assert jm.parse_article(_guide(f"صفحه اصلی > آموزش > {name}", name)).title == name


@pytest.mark.parametrize(
    ("source", "saying"),
    [
        ("حکیم ابوالقاسم فردوسی شاعر بزرگ ایران", True),  # six words: a speaker's name
        ("حکیم ابوالقاسم فردوسی شاعر بزرگ ایران گفت", False),  # seven: a sentence goes on
    ],
)
def test_a_quoted_sayings_source_has_at_most_six_words(source: str, saying: bool) -> None:
    line = f"«توانا بود هر که دانا بود.» {source}"
    assert LINE_EVIDENCE["quoted saying"](normalize(line)) is saying


EIGHT = "اخبار و گزارش‌های انتخابات شورای شهر در استان"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        (f"برچسب زده شده با : {EIGHT}", EIGHT),  # eight words: a list's name
        (f"برچسب زده شده با : {EIGHT} بوشهر", None),  # nine: a sentence
        ("برچسب زده شده با : انتخابات.", None),  # a full stop: a sentence
    ],
)
def test_an_archive_name_has_at_most_eight_words_and_no_full_stop(
    line: str, name: str | None
) -> None:
    found = LINE_EVIDENCE["archive name"](line)
    assert (normalize(line)[slice(*found)] if found else None) == (
        normalize(name) if name else None
    )
