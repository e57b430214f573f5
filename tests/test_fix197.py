"""fix197: the pages the forty-first mutation round found wrong on main (docs/reliability.md,
"The forty-first round: fix192-fix193 under mutation", "Seen on main and left for the lead").

Each positive is a whole page of the failing shape and fails on main dd4360ad; each `-neg`
near miss keeps main's record. The layouts are the real pages' named at each group; the
sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_BODY = (
    "به گزارش خبرنگار ما، کار مرمت پل تاریخی شهر از ابتدای پاییز آغاز شده و کارشناسان "
    "امیدوارند تا پایان زمستان رفت و آمد خودروها دوباره برقرار شود.\n\n"
    "رئیس اداره میراث فرهنگی شهرستان گفت: هزینه این طرح از محل اعتبارات استانی پرداخت شده "
    "است و مردم نیز با کار داوطلبانه در آن شریک هستند.\n"
)


# -- 1. an archive label over its list (a WordPress theme's tag page, tabalwor.com, fix180;
# tests/pages 1986) ------------------------------------------------------------------------------
_NAME = "پل های سنگی استان"
_TEASER = (
    "*مریم احمدی: پل های سنگی استان هر سال گردشگران بسیاری را به روستاهای کوهستانی "
    "می کشانند و مردم محلی برای نگهداری آن ها گروه های داوطلب ساخته اند و ..."
)


@pytest.mark.parametrize("label", ["بایگانی برچسب", "ارشیو دسته", "بایگانی برچسب ها"])
def test_archive_label_over_one_teaser_names_the_list(label: str) -> None:
    """«بایگانی برچسب: NAME» and «ارشیو دسته: NAME» over one teaser give NAME, the list's
    name, as «آرشیو برچسب», «بایگانی دسته» and «آرشیو دسته» do (vocab.ARCHIVE_WORDS)."""
    text = f"{label}: {_NAME}\n\nسفری به پل خواجو\n\n{_TEASER}\n\nادامه مطلب »\n"
    article = jm.parse_article(text)
    assert article.title == _NAME
    assert "listing-page" in _codes(article)


@pytest.mark.parametrize("label", ["بایگانی برچسب", "ارشیو دسته"])
def test_archive_label_over_two_teasers_names_the_list(label: str) -> None:
    """With a second teaser the title is the list's name, not an item's headline."""
    item = f"{_TEASER}\n\nادامه مطلب »\n\n"
    text = f"{label} : {_NAME}\n\nسفری به پل خواجو\n\n{item}پل دختر در زمستان\n\n{item}"
    assert jm.parse_article(text).title == _NAME


def test_headline_about_archiving_labels_is_no_archive_label() -> None:
    """«آرشیو برچسب های ... آغاز شد» with no colon, ending with a verb, is a headline about
    archiving (main read «قدیمی موزه ملی آغاز شد» as a list's name): the headline."""
    head = "آرشیو برچسب های قدیمی موزه ملی آغاز شد"
    article = jm.parse_article(f"{head}\n\n{_BODY}")
    assert article.title == head
    assert "listing-page" not in _codes(article)


@pytest.mark.parametrize(
    "head", ["بایگانی برچسب های قدیمی موزه ملی آغاز شد", "بایگانی برچسب ها در موزه ملی"]
)
def test_headline_about_archiving_labels_is_no_archive_label_neg(head: str) -> None:
    """«بایگانی» read as «آرشیو» is: a colon-less label whose rest ends with a verb or opens
    with a function word stays the headline (main's record)."""
    article = jm.parse_article(f"{head}\n\n{_BODY}")
    assert article.title == head
    assert "listing-page" not in _codes(article)


# -- 2. a daily box over a dated item (Mehr's flattened page, tests/pages 350; fix190, fix193) --
_LEAD = (
    "مدیر میراث فرهنگی شهرستان گفت کارگران از هفته گذشته مرمت دیواره های آن را با کمک "
    "مردم روستا شروع کرده اند."
)


def test_daily_box_ends_before_a_headline_over_its_dated_lead() -> None:
    """«پیام‌نما» / a saying / HEADLINE / LEAD / DATE / code, no blank lines, the headline
    sharing fewer than two content words with its lead: the lead's date line under it marks
    the article's opening; the headline is the title, not the desk's line."""
    head = "آغاز کار در پل خواجو"
    text = (
        f"فرهنگ\nمیراث فرهنگی\nپیام‌نما\nصبر تلخ است\n{head}\n{_LEAD}\n۱۲ آذر ۱۴۰۲\nکد خبر: ۸۸۴۱۲\n"
    )
    article = jm.parse_article(text)
    assert article.title == head
    assert article.published is not None
    assert article.published.jalali_date == (1402, 9, 12)


def test_daily_box_verse_over_its_dated_translation_neg() -> None:
    """The box's first line over its translation and a date line: the verse stays the box's
    (a line right under the heading is never the article's), the headline under the date
    the title."""
    head = "مرمت پل تاریخی شهر آغاز شد"
    lead = "مدیر میراث فرهنگی شهرستان از آغاز مرمت پل تاریخی شهر با کمک مردم خبر داد."
    text = (
        "فرهنگ\nمیراث فرهنگی\nپیام‌نما\nصبر تلخ است\n"
        "صبر تلخ است ولی میوه ای شیرین دارد و این را همه پیشینیان گفته اند.\n"
        f"۱۲ آذر ۱۴۰۲\n{head}\n{lead}\nکد خبر: ۸۸۴۱۲\n"
    )
    assert jm.parse_article(text).title == head


# -- 3. a motto printed twice under a toolbar (a county's news page, fix189, fix193) ---------------
_HEAD = "مرمت پل تاریخی شهر با کمک مردم آغاز شد"
_REST = (
    "مرمت پل تاریخی شهر با کمک مردم و اداره میراث فرهنگی آغاز شد.\nمیراث ما هویت ما\n"
    "مدیر اداره در پایان این جمله را بر تابلوی کارگاه نوشت.\nمیراث ما هویت ما\n"
    "کار پل دوم هم از ماه آینده آغاز خواهد شد.\n"
)


@pytest.mark.parametrize("tools", ["اشتراک گذاری\nچاپ\n", "گزارش تصویری\nعکس از مریم احمدی\n"])
def test_motto_twice_under_toolbar_lines(tools: str) -> None:
    """HEADLINE / a share and a print line (or a photo report's label and its credit) /
    LEAD / a motto around a sentence: the motto rule steps over the tool lines to the
    headline, which is the title."""
    assert jm.parse_article(f"{_HEAD}\n{tools}{_REST}").title == _HEAD


def test_toolbar_over_a_description_then_headline_twice_neg() -> None:
    """A site's short name and toolbar over its description paragraph, then the headline
    printed twice around its summary: no headline over that paragraph, so the line printed
    twice is the headline (main's record)."""
    head = "مرمت پل تاریخی شهر آغاز شد"
    text = (
        "اخبار شهرستان\nاشتراک گذاری\nچاپ\n"
        "پایگاه خبری شهرستان همه روزه اخبار شهر و روستاهای اطراف را منتشر می کند.\n"
        f"{head}\nمرمت پل تاریخی شهر از هفته گذشته با کمک مردم آغاز شده است.\n{head}\n{_BODY}"
    )
    assert jm.parse_article(text).title == head


# -- 4. a blog's name printed a third time (BlogSky, khouzestan.blogsky.com, real59 #22) ---------
_POST = "مرمت پل تاریخی شهر پیش از بارش های زمستانی"
_MOTTO = "یادداشت هایی درباره مرمت پل ها و میراث فرهنگی شهرستان"
_MASTHEAD = f"پل سنگی\n\n{_MOTTO}\n\n"


def test_blog_name_printed_a_third_time_leaves_the_post() -> None:
    """NAME / MOTTO / NAME / MOTTO / NAME / the post's title: the third print of the name is
    stepped over to the line after the pair; the post's title is the title, never the motto
    (main gave the motto, silently)."""
    article = jm.parse_article(f"{_MASTHEAD}{_MASTHEAD}پل سنگی\n\n{_POST}\n\n{_BODY}")
    assert article.title == _POST
    assert "title-uncertain" not in _codes(article)


def test_blog_name_three_times_without_the_motto_twice_neg() -> None:
    """NAME / MOTTO / NAME / another line / NAME / the post's title: no pair printed twice,
    no masthead; the post's title stays the title (main's record)."""
    text = f"{_MASTHEAD}پل سنگی\n\nیادداشت های من\n\nپل سنگی\n\n{_POST}\n\n{_BODY}"
    assert jm.parse_article(text).title == _POST


# -- 5. «A - A | SITE | PLACE» (a portal's <title>, shirvan.nkj.ir, real59 #21; fix192) ---------
def test_echoed_title_with_a_site_of_several_parts() -> None:
    """«A - A | OFFICE | TOWN»: the echo with the site's name in two bar parts gives A."""
    line = "مرمت پل تاریخی - مرمت پل تاریخی | اداره میراث فرهنگی | شهرستان"
    assert jm.parse_article(f"{line}\n\nباسمه تعالی\n\n{_BODY}").title == "مرمت پل تاریخی"


def test_title_lengthening_its_first_part_before_several_site_parts_neg() -> None:
    """«A - A در پاییز امسال | OFFICE | TOWN»: the second part says more, no echo; the line
    is kept whole, the site's parts cut (main's record)."""
    head = "مرمت پل تاریخی - مرمت پل تاریخی در پاییز امسال"
    line = f"{head} | اداره میراث فرهنگی | شهرستان"
    assert jm.parse_article(f"{line}\n\nباسمه تعالی\n\n{_BODY}").title == head
