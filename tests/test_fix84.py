"""fix84: the values blind batch 37 (tests/pages/1320-1334) got wrong, by general rules.

1. A news site's top bar over a story: a theme toggle («حالت تاریک»), the site's date of
   the day in both calendars («پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی»), a web app's
   install prompt («آیا مایل به نصب وب اپلیکیشن NAME | HOST هستید؟»), then a kicker ending
   «؛», the headline and the lead (meraatnews.ir's layout). The toggle and the prompt are
   chrome; the day's line is the bar's, never the item's publication date.

The layouts are real sites' (named at each group); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

# --- 1. A top bar's theme toggle, today line and install prompt (meraatnews.ir) ---------

TOGGLE_HEADLINE = "کتابخانه مرکزی شهر پس از شش سال هنوز افتتاح نشده است"
TOGGLE_LEAD = (
    "ساختمان کتابخانه مرکزی که قرار بود در دو سال ساخته شود، پس از شش سال همچنان نیمه‌کاره "
    "مانده و دانش‌آموزان برای مطالعه به سالن‌های کوچک محله‌ها می‌روند."
)
TOGGLE_BODY = (
    "به گزارش خبرنگار پایگاه خبری نمونه؛ دیوارهای ساختمان سال‌هاست بی‌نما مانده و "
    "پیمانکار کار را نیمه‌تمام رها کرده است."
)
TODAY_BOTH = "  • پنجشنبه, 1403/11/04 شمسی | 2025/01/23 میلادی"
INSTALL = "آیا مایل به نصب وب اپلیکیشن نمونه نیوز | example.com هستید؟"


def _top_bar_page(*top: str, kicker: str = "ببینید؛") -> str:
    return "\n".join(
        (*top, kicker, "", TOGGLE_HEADLINE, "", TOGGLE_LEAD, "", TOGGLE_BODY, "", "درباره نویسنده")
    )


@pytest.mark.parametrize(
    "top",
    [
        ("حالت تاریک", TODAY_BOTH, INSTALL),
        ("حالت روشن", TODAY_BOTH, INSTALL),
        ("Dark mode", TODAY_BOTH, INSTALL),
        ("حالت تاریک", INSTALL),
        (INSTALL,),
        ("حالت تاریک", TODAY_BOTH),
    ],
)
def test_a_top_bars_toggle_and_install_prompt_are_no_headline(top: tuple[str, ...]) -> None:
    record = jm.parse_article(_top_bar_page(*top))
    assert record.title == TOGGLE_HEADLINE
    assert record.published is None  # the bar's day is the visit's, not the item's


def test_a_top_bars_date_in_both_calendars_is_never_the_items_date() -> None:
    for kicker in ("ببینید؛", "گزارش تصویری؛"):
        record = jm.parse_article(_top_bar_page("حالت تاریک", TODAY_BOTH, INSTALL, kicker=kicker))
        assert record.title == TOGGLE_HEADLINE
        assert record.published is None


def test_an_install_prompt_alone_is_no_title_nor_running_text() -> None:
    record = jm.parse_article(f"{INSTALL}\n{TOGGLE_HEADLINE}\n\n{TOGGLE_LEAD}")
    assert record.title == TOGGLE_HEADLINE


def test_neg_a_headline_about_installing_an_app_is_still_a_headline() -> None:
    # A story about apps (not a question to the reader) keeps its headline.
    headline = "نصب اپلیکیشن‌های خارجی روی گوشی کارمندان دولت ممنوع شد"
    record = jm.parse_article(f"{headline}\n\n{TOGGLE_LEAD}")
    assert record.title == headline


def test_neg_a_headline_naming_dark_mode_is_still_a_headline() -> None:
    headline = "حالت تاریک به نسخه تازه پیام‌رسان بومی اضافه شد"
    record = jm.parse_article(f"{headline}\n\n{TOGGLE_LEAD}")
    assert record.title == headline


def test_neg_the_items_own_date_line_under_the_headline_is_kept() -> None:
    # The article's own date under its headline is its publication date, toggle or not.
    text = "\n".join(
        ("حالت تاریک", INSTALL, TOGGLE_HEADLINE, "تاریخ انتشار: 1403/11/02 - 10:15", "",
         TOGGLE_LEAD)
    )  # fmt: skip
    record = jm.parse_article(text)
    assert record.title == TOGGLE_HEADLINE
    assert record.published is not None
    assert record.published.jalali_date == (1403, 11, 2)


# --- 2. A headline ending with a full stop over its lead (nexna.ir) ----------------------

STOPPED_HEADLINE = "بازگشایی پل تاریخی شهر پس از دو سال مرمت از هفته آینده."
STOPPED_LEAD = (
    "مدیرکل میراث فرهنگی استان اعلام کرد پل تاریخی شهر پس از دو سال مرمت و استحکام‌بخشی "
    "از شنبه هفته آینده به روی عابران پیاده بازگشایی می‌شود."
)
STOPPED_FACTS = (
    "در این مدت پایه‌های سنگی پل تقویت و کف آن با سنگ‌فرش تازه پوشانده شده است.",
    "نورپردازی پل نیز تا پایان ماه به پایان می‌رسد.",
)


@pytest.mark.parametrize("blank_first", [True, False])
def test_a_headline_ending_with_a_full_stop_over_its_lead_is_the_title(blank_first: bool) -> None:
    text = "\n".join((STOPPED_HEADLINE, STOPPED_LEAD, *STOPPED_FACTS))
    record = jm.parse_article(("\n" if blank_first else "") + text)
    assert record.title == STOPPED_HEADLINE
    assert record.lead is not None
    assert record.lead.startswith("مدیرکل")


def test_neg_a_body_sentence_first_is_no_title() -> None:
    # The text opens inside the body: its first sentence is followed by more of the text,
    # which does not restate it.
    first = "پیمانکار پروژه روز گذشته کار را در کارگاه از سر گرفت."
    text = "\n".join((first, STOPPED_LEAD, *STOPPED_FACTS))
    record = jm.parse_article(text)
    assert record.title != first
    if record.title is None:
        return
    assert any(w.code == "title-uncertain" for w in record.warnings)


def test_neg_a_leads_first_sentence_over_its_report_is_no_title() -> None:
    # An agency's dateline, then the lead's first sentence (a lead's length) over the
    # «به گزارش ...» paragraph that restates it: the headline was left out (afghankhabar.com's
    # layout as an extractor keeps it), and the sentence is the body's, not the title.
    first = (
        "مدیرکل میراث فرهنگی استان دیروز در دیدار با شهردار از برنامه‌های مرمت پل تاریخی "
        "شهر برای سال آینده سخن گفت."
    )
    report = (
        "به گزارش خبرگزاری نمونه، مدیرکل میراث فرهنگی استان در این دیدار گفت که مرمت پل "
        "تاریخی شهر و برنامه‌های آن برای سال آینده با همکاری شهردار انجام می‌شود."
    )
    record = jm.parse_article("\n".join(("کابل باختر/ 10/ دلو", first, report, *STOPPED_FACTS)))
    assert record.title != first or any(w.code == "title-uncertain" for w in record.warnings)


def test_neg_a_sentence_the_next_paragraph_goes_on_from_is_no_title() -> None:
    # «و ...», «که ...» go on from the line above: one text, no headline over a lead.
    lead = "و " + STOPPED_LEAD
    record = jm.parse_article("\n".join((STOPPED_HEADLINE, lead, *STOPPED_FACTS)))
    assert record.title != STOPPED_HEADLINE or any(
        w.code == "title-uncertain" for w in record.warnings
    )


def test_neg_a_first_sentence_over_a_short_line_is_no_title() -> None:
    # The line under it is no lead (shorter than a lead): a list of one sentence a line.
    record = jm.parse_article("\n".join((STOPPED_HEADLINE, *STOPPED_FACTS)))
    assert record.title != STOPPED_HEADLINE or any(
        w.code == "title-uncertain" for w in record.warnings
    )


def test_neg_a_report_opening_sentence_is_no_title() -> None:
    first = "به گزارش خبرنگار ما پل تاریخی شهر از هفته آینده بازگشایی می‌شود."
    record = jm.parse_article("\n".join((first, STOPPED_LEAD, *STOPPED_FACTS)))
    assert record.title != first or any(w.code == "title-uncertain" for w in record.warnings)


# --- 3. A tag list's heading «کلمات کلیدی : NAME» (8deynews.com's tag archive) --------------

TAG_ITEM_KICKER = "هشدار مدیرکل راهداری استان درباره ریزش کوه در جاده:"
TAG_ITEM_TITLE = "چرا رانندگان باید در محور کندوان ساعت‌ها پشت ترافیک بمانند؟"
TAG_ITEM_LEAD = (
    "مدیرکل راهداری استان از ریزش سنگ در چند نقطه محور کندوان خبر داد و گفت گروه‌های "
    "راهداری برای بازگشایی مسیر در محل حاضر شده‌اند و …"
)
POST_LEAD = TAG_ITEM_LEAD.removesuffix(" و …") + "."
TAG_URL = "http://example.com/tag/%d8%b1%db%8c%d8%b2%d8%b4-%da%a9%d9%88%d9%87/"


def _tag_page(heading: str) -> str:
    return "\n".join(
        (heading, "تعداد مطالب : 3", "", TAG_ITEM_KICKER, "", TAG_ITEM_TITLE, "", TAG_ITEM_LEAD,
         "", "تبلیغات")
    )  # fmt: skip


@pytest.mark.parametrize(
    "heading",
    ["کلمات کلیدی : ریزش کوه", "برچسب: ریزش کوه", "برچسب‌ها : ریزش کوه", "کلیدواژه: ریزش کوه"],
)
@pytest.mark.parametrize("url", [TAG_URL, None])
def test_a_tag_lists_heading_names_the_page(heading: str, url: str | None) -> None:
    record = jm.parse_article(_tag_page(heading), url=url)
    assert record.title == "ریزش کوه"


def test_a_tag_lists_markdown_heading_names_the_page() -> None:
    text = "# کلمات کلیدی : ریزش کوه\n\n" + _tag_page("تعداد مطالب : 3").split("\n", 1)[1]
    assert jm.parse_article(text, url=TAG_URL).title == "ریزش کوه"


def test_neg_a_posts_tags_over_its_headline_name_no_list() -> None:
    # A post's several tags (parted by «،») name no list; the story's headline stays.
    headline = "بازگشایی محور کندوان پس از ریزش کوه"
    text = "\n".join(("برچسب‌ها: ریزش کوه، کندوان، راهداری", headline, "", POST_LEAD))
    assert jm.parse_article(text).title == headline


def test_neg_a_posts_one_tag_over_its_headline_names_no_list() -> None:
    # One tag over a story's headline, no item count under it, no list's address.
    headline = "بازگشایی محور کندوان پس از ریزش کوه"
    text = "\n".join(("برچسب‌ها: ریزش کوه", headline, "", POST_LEAD))
    record = jm.parse_article(text, url="https://example.com/news/12345/")
    assert record.title == headline


def test_neg_a_posts_tag_line_under_its_headline_is_no_list_name() -> None:
    headline = "بازگشایی محور کندوان پس از ریزش کوه"
    text = "\n".join((headline, "کلمات کلیدی : ریزش کوه", "", POST_LEAD))
    assert jm.parse_article(text).title == headline


# --- 4. A lead printed in two lines under its headline (htnpashto.com) --------------------

PASHTO_HEADLINE = "د ننګرهار په ښوونځیو کې د درسي کتابونو کمښت زده کوونکي ستړي کړي"
PASHTO_LEAD_ONE = (
    "د ننګرهار د لرې پرتو ولسوالیو زده کوونکي وايي چې په ښوونځیو کې د ریاضي او ساینس د "
    "کتابونو د نشتوالي له امله هغوی اړ دي چې کتابونه له بازاره په لوړه بیه واخلي"
)
PASHTO_LEAD_TWO = "د پوهنې ریاست چارواکو ویلي چې د نویو کتابونو د چاپ لپاره یې وزارت ته لیک لېږلی"
PASHTO_BODY = (
    "د سیمې اوسېدونکي وايي چې هر کال د ښوونیز کال په پیل کې همدا ستونزه تکرارېږي، ځکه "
    "کتابونه وخت پر ولسوالیو نه وېشل کېږي او ډېری کورنۍ یې د اخیستو توان نه لري."
)


@pytest.mark.parametrize("ticker", ["تازه خبرونه", "وروستي خبرونه"])
def test_a_leads_second_line_under_its_first_is_no_headline(ticker: str) -> None:
    text = "\n".join(
        (ticker, "", PASHTO_HEADLINE, "", PASHTO_LEAD_ONE, PASHTO_LEAD_TWO, "", PASHTO_BODY)
    )
    record = jm.parse_article(text)
    assert record.title == PASHTO_HEADLINE


def test_neg_a_headline_set_apart_under_a_long_line_stays_the_title() -> None:
    # A blank line between the long line and the headline: the headline is no block's rest.
    text = "\n".join(
        (PASHTO_LEAD_ONE, "", PASHTO_HEADLINE, "", PASHTO_LEAD_TWO + ".", "", PASHTO_BODY)
    )
    assert jm.parse_article(text).title == PASHTO_HEADLINE


def test_neg_a_headline_right_under_a_long_menu_line_stays_the_title() -> None:
    # A menu's items run together on one long line (parted by «|») right over the headline:
    # no lead's first line, and the headline stays the title.
    menu = " | ".join(
        ("کور", "سیاست", "اقتصاد", "ورزش", "روغتیا", "ښوونه او روزنه", "نړیوال خبرونه",
         "ویډیو ګانې", "انځورونه", "مرکې", "لیکنې", "زموږ په اړه", "اړیکه")
    )  # fmt: skip
    text = "\n".join(("", menu, PASHTO_HEADLINE, "", PASHTO_LEAD_ONE + ".", "", PASHTO_BODY))
    assert jm.parse_article(text).title == PASHTO_HEADLINE


# --- 5. A one-digit minute after a padded date (afghanirca.com): still not read -----------
# «12:5» after «1403/08/07» may be 12:05 (a minute printed without its zero) or 12:50 (a
# time formatted as a number, its trailing zero dropped); the page does not say which. The
# day is kept and the time left unread, warned, as before fix84; the code glued to the
# clock is still read.


def test_a_one_digit_minute_glued_to_the_code_label_keeps_the_day_only_warned() -> None:
    text = "\n".join(
        ("خبرگزاری نمونه", "تاریخ انتشار: 1403/08/07 12:5کد خبر: 112576", "", TOGGLE_HEADLINE,
         "", TOGGLE_LEAD)
    )  # fmt: skip
    record = jm.parse_article(text, url="https://example.af/fa/news/112576")
    assert record.number == "112576"
    assert record.published is not None
    assert record.published.jalali_date == (1403, 8, 7)
    assert not record.published.has_time
    assert [w.code for w in record.warnings] == ["time-unread"]


# --- Mutation round 23 (benchmarks/hand_mutants_23.py): the edges of the rules above ------


def test_a_sixteen_word_first_sentence_over_its_restatement_is_the_bodys_neg() -> None:
    # A headline is shorter than a lead (15 words at most): a first sentence of 16 words over
    # a longer paragraph restating it is the text's first sentence, not its headline.
    first = "بازگشایی پل تاریخی شهر پس از سال‌ها مرمت و تعمیر از شنبه هفته آینده برای عابران."
    lead = (
        "مدیرکل میراث فرهنگی استان اعلام کرد پل تاریخی شهر پس از دو سال مرمت و تعمیر از "
        "شنبه هفته آینده به روی عابران پیاده بازگشایی می‌شود و جشنی برگزار خواهد شد."
    )
    record = jm.parse_article("\n".join((first, lead, *STOPPED_FACTS)))
    assert record.title != first


def test_a_full_stop_headline_two_thirds_restated_is_the_title() -> None:
    # Six content words, four of them in the lead: exactly two thirds is enough.
    headline = "بازگشایی پل تاریخی شهر پس از مرمت با حضور وزیر."
    record = jm.parse_article("\n".join((headline, STOPPED_LEAD, *STOPPED_FACTS)))
    assert record.title == headline


def test_a_full_stop_headlines_plural_words_match_the_leads_singular() -> None:
    # «مرمت‌ها» / «مرمت», «بازسازی‌ها» / «بازسازی»: a plural's two letters aside, one word.
    headline = "بازگشایی پل شهر پس از دو ماه مرمتها و بازسازیها."
    lead = (
        "مدیرکل میراث فرهنگی استان اعلام کرد پل تاریخی شهر پس از دو ماه مرمت و بازسازی از "
        "شنبه هفته آینده به روی عابران پیاده بازگشایی می‌شود."
    )
    record = jm.parse_article("\n".join((headline, lead, *STOPPED_FACTS)))
    assert record.title == headline


def test_neg_a_captions_sentence_over_the_lead_is_no_headline() -> None:
    # «عکس: ...» (a label and a colon) ending with a full stop: a caption, not a headline.
    caption = "عکس: پل تاریخی شهر پس از دو سال مرمت از هفته آینده بازگشایی می‌شود."
    record = jm.parse_article("\n".join((caption, STOPPED_LEAD, *STOPPED_FACTS)))
    assert record.title != caption


def test_neg_several_tags_over_an_item_count_name_no_list() -> None:
    # «برچسب‌ها : A، B» over «تعداد مطالب : 3»: two tags, no one list's name.
    record = jm.parse_article(_tag_page("برچسب‌ها : ریزش کوه، کندوان"))
    assert record.title != "ریزش کوه، کندوان"
    assert record.title != "ریزش کوه"


def test_neg_a_headline_under_a_long_line_with_its_lead_below_is_not_doubted() -> None:
    # The long line, the headline and the lead run together, a blank line only after the
    # lead: the headline and the line above are no block set apart, and it stays sure.
    text = "\n".join(("", PASHTO_LEAD_ONE, PASHTO_HEADLINE, PASHTO_LEAD_TWO + ".", "", PASHTO_BODY))
    record = jm.parse_article(text)
    assert record.title == PASHTO_HEADLINE
    assert "title-uncertain" not in [w.code for w in record.warnings]


@pytest.mark.parametrize("mark", [" • ", " · ", " / "])
def test_neg_a_headline_under_a_long_menu_line_of_any_mark_stays_sure(mark: str) -> None:
    menu = mark.join(
        ("کور", "سیاست", "اقتصاد", "ورزش", "روغتیا", "ښوونه او روزنه", "نړیوال خبرونه",
         "ویډیو ګانې", "انځورونه", "مرکې", "لیکنې", "زموږ په اړه", "اړیکه")
    )  # fmt: skip
    text = "\n".join(("", menu, PASHTO_HEADLINE, "", PASHTO_LEAD_ONE + ".", "", PASHTO_BODY))
    record = jm.parse_article(text)
    assert record.title == PASHTO_HEADLINE
    assert "title-uncertain" not in [w.code for w in record.warnings]
