"""Titles of older pages: a headline run into its lead on one line (parted by a service
label or a spaced slash), a program's error message and a print view's or a mirror's
buttons that are no headline."""

from __future__ import annotations

import pytest

import jalali_meta as jm

LEAD = (
    "نخستین شماره این نشریه صبح دیروز در تهران منتشر شد و نویسندگان آن در سرمقاله از "
    "برنامه‌های تازه خود برای پوشش خبرهای شهری نوشتند. انتشار آن با استقبال خوانندگان همراه بود."
)

# A headline's sixteen words (numbered: no word of them a preposition or a sentence's mark).
SIXTEEN = " ".join(f"واژه{number}" for number in range(16))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A corpus's English header over one line: headline, service label, lead.
        (
            "Corpus document\n\nDOC ID : H-800101-1234S1\n\n"
            f"نشریه شهری تازه منتشر شد گروه اجتماعی: {LEAD}\n",
            "نشریه شهری تازه منتشر شد",
        ),
        # A WordPress line: the title, a spaced slash, the excerpt's sentences.
        (f"گلایه خوانندگان از نشریه‌های شهری / {LEAD}\n", "گلایه خوانندگان از نشریه‌های شهری"),
        # A headline of sixteen words (GLUED_HEADLINE_MAX_WORDS) before the label.
        (
            f"Corpus document\n\nDOC ID : H-800101-1234S1\n\n{SIXTEEN} گروه اجتماعی: {LEAD}\n",
            SIXTEEN,
        ),
        # The lead's first sentence after the slash of exactly LEAD_SENTENCE_WORDS words.
        (
            "گلایه خوانندگان از نشریه‌های شهری / نخستین شماره این نشریه صبح دیروز منتشر شد. "
            "انتشار آن با استقبال خوانندگان همراه بود و نویسندگان از برنامه‌های خود نوشتند.\n",
            "گلایه خوانندگان از نشریه‌های شهری",
        ),
    ],
)
def test_headline_run_into_its_lead_is_the_title(text: str, expected: str) -> None:
    """A headline run into its lead, parted by a service label or « / », is the title."""
    article = jm.parse_article(text)
    assert expected == article.title
    assert "title-uncertain" not in {notice.code for notice in article.warnings}


@pytest.mark.parametrize(
    "text",
    [
        # A source's name before the label opens a lead, not a headline.
        f"نورنیوز- گروه اجتماعی: {LEAD}\n",
        # A reporter's byline before the label.
        f"مریم احمدی -خبرنگار گروه جامعه: {LEAD}\n",
        # A lead's own first sentence before a slash (too short a head, a report opening).
        f"به گزارش ایسنا / {LEAD}\n",
        # A two-part headline «A / B» and no lead after the slash.
        "گلایه خوانندگان از نشریه‌ها / پاسخ مدیران\n",
        # A whole page on one line: the <title> with the site's name, its menus after a slash.
        f"نشریه شهری تازه منتشر شد | سایت خبری شهر دوشنبه / ۳ دی / ۱۴۰۳ صفحه نخست {LEAD}\n",
    ],
)
def test_no_headline_cut_from_a_lead_without_one(text: str) -> None:
    """Near misses: a label after a source or a byline, a headline's own slash, a page's
    <title> run into its menus give no title cut before the mark."""
    title = jm.parse_article(text).title
    assert title is None or not LEAD.startswith(title)
    assert title not in ("نورنیوز", "مریم احمدی -خبرنگار", "به گزارش ایسنا")
    assert title != "گلایه خوانندگان از نشریه‌ها"


@pytest.mark.parametrize(
    "text",
    [
        # A question's mark before the label: the lead's own sentence has begun.
        f"چرا نشریه شهری تازه منتشر شد؟ پاسخ مدیر گروه اجتماعی: {LEAD}\n",
        # An agency's name glued to a dash before the label (three words and more).
        f"خبرگزاری جمهوری اسلامی ایران- گروه اجتماعی: {LEAD}\n",
        # A <title>'s parts before the label.
        f"نشریه شهری تازه منتشر شد | سایت خبری شهر گروه اجتماعی: {LEAD}\n",
        # Reporters' names and their title before the label.
        f"مریم احمدی و علی رضایی خبرنگار گروه اجتماعی: {LEAD}\n",
        # The opening printed again after the slash: a headline then its lead restating it.
        f"گلایه خوانندگان از نشریه‌های شهری / گلایه خوانندگان از نشریه‌های شهری بالا گرفت و {LEAD}\n",
        # More parts parted by slashes after the first: a breadcrumb's, not a lead.
        f"گلایه خوانندگان از نشریه‌های شهری / صفحه نخست / اخبار شهری و استانی روز {LEAD}\n",
    ],
)
def test_guarded_opening_before_the_mark_is_no_title(text: str) -> None:
    """Each guard of the cut, alone: the line's opening before the mark is no headline, and
    a lone line that is a lead gives no title (found by benchmarks/hand_mutants_14.py)."""
    assert jm.parse_article(text).title is None


def test_error_message_and_print_buttons_are_no_title() -> None:
    """A Joomla error line and the K2 print view's buttons are never the title."""
    text = (
        "تحذير\n\nJUser: :_load: Unable to load user with ID: 378\n\nPrint this page\n"
        "عن الغرفة\n\nRate this item\n\n"
        "تأسست الغرفة قبل تسعة عقود وكانت في بدايتها مجلساً صغيراً لكبار التجار في المدينة "
        "وتضم اليوم آلاف الأعضاء من التجار والصناعيين والمزارعين في المحافظة.\n"
    )
    title = jm.parse_article(text).title
    assert title not in ("JUser: :_load: Unable to load user with ID: 378", "Print this page")
    assert title != "Rate this item"


def test_print_button_over_the_text_is_no_title() -> None:
    """K2's «Print this page» alone over a Persian text is chrome: no title."""
    text = (
        "Print this page\n\n"
        "کتابخانه مرکزی شهر از هفته آینده ثبت‌نام دوره‌های کتابخوانی کودکان و نوجوانان را "
        "آغاز می‌کند و علاقه‌مندان می‌توانند تا پایان ماه در این دوره‌ها نام بنویسند.\n"
    )
    assert jm.parse_article(text).title is None


def test_mirror_buttons_are_no_title() -> None:
    """«جزئیات خبر | تلگرام» and «بازگشت به خانه» over a channel's post are no headline."""
    text = (
        "جزئیات خبر | تلگرام\nبازگشت به خانه\nکانال بورس | bourse_channel\n"
        "۲۰:۳۱:۴۸ ۱۴۰۴/۰۹/۲۵\n\n"
        "دامنه نوسان صندوق‌های طلا در بورس کالا از اول ماه آینده تغییر می‌کند و حد خرید و "
        "فروش روزانه نیز بازنگری خواهد شد. این تصمیم در جلسه هیئت مدیره گرفته شد.\n"
    )
    article = jm.parse_article(text)
    assert article.title is None


def test_headline_with_a_slash_over_its_lead_keeps_its_parts() -> None:
    """A two-part headline alone on its line keeps both parts (the rule reads only a line
    that runs into its lead)."""
    text = f"گلایه خوانندگان از نشریه‌ها / پاسخ مدیران شهری\n\n{LEAD}\n"
    assert jm.parse_article(text).title == "گلایه خوانندگان از نشریه‌ها / پاسخ مدیران شهری"
