"""fix308: attacks84's title near misses (docs/reliability.md «Attacks, eighty-fourth round»).

(1) Two false alarms of fix301 put right: a person's two-word name over a heading opening
with it is the writer's or speaker's line, not a post's short title
(``_title._short_title_over_restating``); «این وبلاگ نویسان» (these bloggers) is a compound
agent noun, not «this blog» describing itself (``_title._SELF_POINTING``).
(2) A post's text broken into short lines (ending with full stops or with a word joining
them to the next line) is no menu of labels (``_listing._label_run``); the present stems of
trade verbs close a compound agent noun («قالی بافان», ``vocab.COMPOUND_AGENT_TAILS``); a few
words between a next meeting's label and its colon («جلسه بعدی شورا:»); «›» crumbs with no
spaces; a glued crumb's separators are no words, and the digit twin is read after a
breadcrumb; the outlet a lone teaser's lead credits, over it, makes the page an unnamed list.
The sentences, names and headlines are ours.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.checks import warning_codes

from jalali_meta import parse_article

LEAD = (
    "به گزارش خبرنگار ما، کشاورزان دشت پایین از صبح امروز پسته های رسیده را از درختان "
    "چیدند و در کیسه های کنفی کنار جاده برای خریداران شهر گذاشتند."
)
MORE = (
    "رئیس تعاونی روستا گفت که محصول امسال به سبب باران های بهاری از سال گذشته بهتر است و "
    "کارخانه بسته بندی از هفته آینده خرید را آغاز می کند."
)
BODY = f"{LEAD}\n\n{MORE}\n"
DATE_LINE = "۲۲ مهر ۱۴۰۲ - ۰۹:۱۵"


def _page(*head: str, body: str = BODY) -> str:
    return "\n\n".join(head) + "\n\n" + body


# (1) fix301's two false alarms.


def test_person_name_over_a_heading_opening_with_it_is_no_short_title() -> None:
    heading = "مریم کاظمی در گفت و گو با خبرنگار ما درباره برداشت پسته"
    article = parse_article(_page("مریم کاظمی", heading, DATE_LINE))
    assert article.title == heading
    assert "title-uncertain" not in warning_codes(article)


def test_short_title_over_a_heading_opening_with_it_still_the_title() -> None:
    # Near miss: a short line that is no person's name (2564's layout): the short line.
    article = parse_article(_page("بازار پسته", "بازار پسته در دشت پایین", DATE_LINE))
    assert article.title == "بازار پسته"
    assert "title-uncertain" not in warning_codes(article)


POEM_LINES = (
    "پدرم هر سال در مهر\n\nپسته ها را می چیند و\n\nدر آفتاب بام\n\n"
    "روزها خشک می کند.\n\nبوی آن تا کوچه می رود\n\nو همسایه ها می آیند.\n"
)


def test_bloggers_in_a_lead_are_no_self_description() -> None:
    headline = "نشست ماهانه وبلاگ نویسان شهر در خانه فرهنگ"
    text = (
        f"{headline}\n\nاین وبلاگ نویسان هر ماه در خانه فرهنگ دور هم جمع می شوند و "
        "نوشته های تازه خود را برای یکدیگر می خوانند\n\nبرنامه ماه آینده\n\n"
        f"{BODY}"
    )
    assert parse_article(text).title == headline


@pytest.mark.parametrize("opening", ["این وبلاگ", "در این وبلاگ"])
def test_this_blog_still_describes_itself(opening: str) -> None:
    # Near miss: «این وبلاگ» / «در این وبلاگ» before no agent stem: the blog describing
    # itself, the post's short title under it.
    text = (
        f"یادداشت های من (مریم کاظمی)\n\n{opening} روزهای کودکی و آیین های خانواده ام "
        f"را می نویسم تا فراموش نشوند و به دست نوه هایم برسند\n\nپسته تازه\n\n{BODY}"
    )
    assert parse_article(text).title == "پسته تازه"


# (2) attacks84's other title inputs.


def test_post_title_over_its_text_in_short_broken_lines_is_no_menu_label() -> None:
    text = (
        "دفتر یادها (مریم کاظمی)\n\nدر این تارنما روزهای کودکی و آیین های خانواده ام در "
        f"روستا را می نویسم تا فراموش نشوند و به دست نوه هایم برسند\n\nپسته تازه\n\n"
        f"{POEM_LINES}"
    )
    article = parse_article(text)
    assert article.title == "پسته تازه"
    assert "listing-page" not in warning_codes(article)


def test_a_menu_of_short_labels_under_the_first_line_is_still_a_menu() -> None:
    # Near miss: labels naming places of the site (no full stop, no joining word): the
    # first line is one of a menu's labels, no title.
    labels = ["معرفی شرکت", "نمودار سازمانی", "هیئت مدیره", "اخبار شرکت", "گالری تصاویر"]
    text = "درباره ما\n" + "\n".join(labels) + "\n" + "تماس با ما\n"
    article = parse_article(text)
    assert article.title is None


@pytest.mark.parametrize("weavers", ["قالی بافان", "ماهی فروشان", "چینی بندان"])
def test_glued_crumb_over_a_compound_agent_noun_is_cut_without_doubt(weavers: str) -> None:
    headline = f"{weavers} روستا به نمایشگاه تهران رفتند"
    article = parse_article(_page(f"خانه اخبار {headline}", DATE_LINE))
    assert article.title == headline
    assert "title-uncertain" not in warning_codes(article)


def test_glued_crumb_over_an_adjective_stays_in_doubt() -> None:
    # Near miss: «دانشجویی» before no agent stem may be the list's name's adjective.
    article = parse_article(_page("خانه مقالات دانشجویی در مشهد برگزیده شدند", DATE_LINE))
    assert "title-uncertain" in warning_codes(article)


COUNCIL = "شورای روستا طرح لایروبی قنات را تصویب کرد"
COUNCIL_BODY = (
    "اعضای شورای روستا در نشست دیروز خود طرح لایروبی قنات قدیمی را بررسی کردند و با "
    "هزینه آن موافقت کردند.\n\nدهیار گفت کار لایروبی پیش از بهار تمام می شود.\n"
)


@pytest.mark.parametrize("label", ["جلسه بعدی شورا:", "نشست آینده اعضای شورا:"])
def test_next_meeting_label_with_words_before_its_colon_is_no_publication(label: str) -> None:
    article = parse_article(_page(COUNCIL, body=f"{COUNCIL_BODY}\n{label} ۲۵ آذر ۱۴۰۲\n"))
    assert article.title == COUNCIL
    assert article.published is None


def test_headline_opening_with_next_meeting_words_keeps_its_date_line() -> None:
    # Near miss: no colon after the words: a headline over the page's own date line.
    headline = "نشست آینده شورای روستا به لایروبی قنات می پردازد"
    article = parse_article(_page(headline, DATE_LINE, body=COUNCIL_BODY))
    assert article.title == headline
    assert article.published is not None
    assert article.published.gregorian.date() == dt.date(2023, 10, 14)


CRUMBED = "پسته دشت پایین به بازار رسید"


def test_spaceless_single_guillemet_crumbs_give_the_last_crumb() -> None:
    article = parse_article(f"خانه›کشاورزی›{CRUMBED}\n\n{CRUMBED}. {LEAD}\n\n{MORE}\n")
    assert article.title == CRUMBED


def test_spaceless_single_guillemet_without_the_lead_repeating_stays_whole() -> None:
    # Near miss: the lead does not open with the line's end: no crumbs read.
    line = f"خانه›کشاورزی›{CRUMBED}"
    assert parse_article(f"{line}\n\n{LEAD}\n\n{MORE}\n").title != CRUMBED


ASCII_TWIN = "رشد 3.5 درصدی صادرات پسته دشت پایین"
PERSIAN_TWIN = "رشد ۳٫۵ درصدی صادرات پسته دشت پایین"


def test_spaced_crumbs_over_a_digit_twin_give_the_persian_copy() -> None:
    article = parse_article(_page(f"خانه › اقتصاد › {ASCII_TWIN}{PERSIAN_TWIN}", DATE_LINE))
    assert article.title == PERSIAN_TWIN
    assert "title-uncertain" not in warning_codes(article)


TEASER = LEAD.removeprefix("به گزارش خبرنگار ما، ")[:60]
HEADLINE = "برداشت پسته در دشت پایین آغاز شد"


@pytest.mark.parametrize("credit", ["به نقل از پایین نیوز،", "به گزارش پایین نیوز،"])
def test_outlet_credited_over_a_lone_teaser_and_button_gives_no_title(credit: str) -> None:
    text = f"پایین نیوز\n\n{HEADLINE}\n{DATE_LINE}\n{credit} {TEASER} …\nادامه مطلب\n"
    article = parse_article(text)
    assert article.title is None
    assert article.published is None
    assert "title-uncertain" in warning_codes(article)


def test_line_not_credited_over_a_lone_teaser_keeps_the_older_reading() -> None:
    # Near miss: the lead credits another outlet: the short line over the one item is the
    # list's name, as before (fix298's near miss with the teaser's button).
    text = f"پایین نیوز\n\n{HEADLINE}\n{DATE_LINE}\nبه نقل از ایسنا، {TEASER} …\nادامه مطلب\n"
    assert parse_article(text).title == "پایین نیوز"
