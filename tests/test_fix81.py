"""fix81: blind36's failures (tests/pages/1300-1315).

The layouts are real sites' (named by each test); the headlines and paragraphs are ours.
"""

from __future__ import annotations

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE

archive_name = LINE_EVIDENCE["archive name"]


def _codes(article: jm.Article) -> set[str]:
    return {notice.code for notice in article.warnings}


# -- 1. A paragraph ending with a quoted sentence is no item's headline --

# afghannow.net (tests/pages/1313): a Pashto item printed one paragraph a line, no blank line
# between them; one paragraph ends with a quote «“... .”», and a related link «نور یی ولوله |
# OTHER HEADLINE» stands among the paragraphs.
_UNSPACED = (
    "د ننګرهار ښاروالۍ د ښار د سړکونو د پاکولو نوې پروژه پیل کړه\n"
    "د ننګرهار ښاروالۍ د ښار په مرکزي سیمو کې د سړکونو د پاکولو او د ونو د کښېنولو یوه نوې "
    "پروژه پیل کړې ده. د ښاروالۍ یوه چارواکي وویل چې دا کار به تر دوو میاشتو پورې دوام وکړي.\n"
    "د ښاروالۍ ویاند زیاتوي: “موږ غواړو چې ښار پاک او شین وساتو، ځکه خلک له دې کار څخه "
    "ډېر خوښ دي.”\n"
    "د هغه په خبره په دې پروژه کې به شاوخوا دوه سوه کارګران کار وکړي او ورځنۍ مزد به ورکول کېږي.\n"
    "نور یی ولوله | په کابل کې د اوبو د رسولو نوې شبکه جوړه شوه\n"
    "ښاروالي وايي چې د پروژې ټول لګښت د ښاروالۍ له خپل بودیجې څخه ورکول کېږي.\n"
)


def test_a_headline_over_unspaced_paragraphs_is_the_title() -> None:
    article = jm.parse_article(_UNSPACED)
    assert article.title == "د ننګرهار ښاروالۍ د ښار د سړکونو د پاکولو نوې پروژه پیل کړه"
    assert not {"listing-page", "title-uncertain"} & _codes(article)


def test_a_list_of_headlines_over_one_lead_each_is_still_a_list() -> None:
    # Near miss: three headline / lead pairs, no quoted sentence (a tag page without its name).
    text = (
        "شهرداری طرح تازه پاکسازی معابر را آغاز کرد\n"
        "شهرداری از آغاز طرح پاکسازی معابر اصلی شهر از هفته آینده خبر داد.\n"
        "کتابخانه مرکزی ساعت کار خود را افزایش داد\n"
        "کتابخانه مرکزی شهر از این هفته تا ساعت ده شب باز است.\n"
        "نمایشگاه صنایع دستی در فرهنگسرا برپا شد\n"
        "نمایشگاه صنایع دستی استان تا پایان هفته در فرهنگسرای شهر برپاست.\n"
    )
    article = jm.parse_article(text)
    assert "listing-page" in _codes(article)
    assert article.title is None


def test_a_headline_ending_with_a_quote_without_a_full_stop_stays_one() -> None:
    # Near miss: a headline quoting someone closes the quote without a full stop.
    text = (
        "وزیر نیرو: “خاموشی‌ها تا پایان تابستان کم می‌شود”\n\n"
        "وزیر نیرو در نشست خبری امروز گفت با افزایش تولید نیروگاه‌ها خاموشی‌های برنامه‌ریزی "
        "شده تا پایان تابستان کاهش می‌یابد و جدول تازه آن به زودی اعلام می‌شود.\n\n"
        "وی افزود مشترکان پرمصرف باید در ساعات اوج مصرف صرفه‌جویی کنند.\n"
    )
    assert jm.parse_article(text).title == "وزیر نیرو: “خاموشی‌ها تا پایان تابستان کم می‌شود”"


# -- 2. A WordPress tag archive's English «TAG Archives - SITE» line names a long tag --

# iranneag.ir (tests/pages/1311): an auto-tagging site tags a post with its whole headline;
# blog.sfile.ir's tags are whole sentences too.
_LONG_TAG = "افتتاح ۱۲ مدرسه تازه در روستاهای استان/ سهم خیرین از ساخت مدارس بیشتر شد"


def test_a_long_tag_before_english_archives_is_the_list_name() -> None:
    line = f"{_LONG_TAG} Archives - سایت خبری نمونه | اخبار استان"
    span = archive_name(line)
    assert span is not None
    assert line[span[0] : span[1]] == _LONG_TAG
    text = (
        f"{line}\n\n{_LONG_TAG}\n\n"
        f"به گزارش سایت خبری نمونه: {_LONG_TAG} به گزارش خبرنگار ما، اداره آموزش و پرورش "
        "استان از افتتاح دوازده مدرسه تازه در روستاها خبر داد.\n\nتبلیغات\n"
    )
    assert jm.parse_article(text).title == _LONG_TAG


def test_archives_without_a_site_part_names_no_list() -> None:
    # Near miss: «Archives» with no separator and site after it is no archive's title line.
    assert archive_name(f"{_LONG_TAG} Archives") is None
