"""fix122: two findings of the twenty-eighth real sample (real39).

1. A meta list of `•` items (the item's code, the site's name, a weekday's day with the
   ordinal `ام`, a comment count) under the headline, the headline printed again further
   down inside the list: the day was set aside as a "today" banner, being more than
   DATE_REACH_ABOVE lines above the lower print the title was taken at.
2. A headline, then a short Quranic verse alone on its line: the verse was the title.
Page texts below are written for these tests (layouts from musiceiranian.ir, khavaraan.ir).
"""

from __future__ import annotations

import datetime as dt

import pytest

import jalali_meta as jm

_HEAD = "اعلام برنامه شب پایانی جشنواره موسیقی شهر در سه تالار"
_LEAD = (
    "در شب پایانی جشنواره موسیقی شهر هفت گروه در سه تالار به روی صحنه می‌روند. "
    "دیشب نیز چند اجرا با استقبال تماشاگران برگزار شد."
)


def _meta_list(day: str) -> str:
    return (
        f"{_HEAD}\n\n"
        "  • کد نوشته: 48213\n"
        "  • صدای شهر\n"
        f"  • {day}\n"
        "  • ۰\n"
        f"  • {_LEAD}\n"
        "    +گفت‌وگو با رهبر ارکستر جوانان شهر\n"
        "    +نگاهی به اجراهای روز نخست جشنواره\n"
        "    +سازهای محلی در تالار اصلی\n"
        "    +کودکان در کارگاه موسیقی جشنواره\n\n"
        f"    {_HEAD}\n"
        f"  • {_LEAD}\n\n"
        "    به گزارش صدای شهر، ۲۹ بهمن‌ماه گروه «نوا» با دو اجرا در ساعت‌های ۱۸ و ۲۰:۳۰ در "
        "تالار اصلی شهر به روی صحنه می‌رود.\n"
    )


def test_ordinal_day_in_a_meta_list_under_a_headline_printed_twice() -> None:
    for day in ("جمعه, ۲۹ام بهمن ۱۳۹۵", "جمعه، ۲۹ام بهمن ۱۳۹۵", "جمعه, ۲۹ بهمن ۱۳۹۵"):
        for url in ("https://music.example.ir/48213-news.html", None):
            article = jm.parse_article(_meta_list(day), url=url)
            assert article.title == _HEAD
            assert article.published is not None, (day, url)
            assert article.published.gregorian == dt.date(2017, 2, 17)


def test_ordinal_day_parse_datetime_agrees() -> None:
    stamp = jm.parse_datetime("جمعه, ۲۹ام بهمن ۱۳۹۵")
    assert stamp is not None
    assert stamp.gregorian == dt.date(2017, 2, 17)


def test_ordinal_day_neg_a_count_in_prose() -> None:
    # «۳۰ام» / «سی‌ام» as a rank in a sentence, no month after it: no date.
    text = (
        "گروه نوا سی‌ام شد و گروه آوا ۳۰ام در جدول جشنواره\n\n"
        "در جدول نهایی جشنواره موسیقی شهر، گروه نوا با امتیاز کم ۳۰ام شد و گروه آوا رتبه "
        "سی‌ام را به دست آورد و هر دو از ادامه رقابت بازماندند.\n"
    )
    article = jm.parse_article(text)
    assert article.published is None
    with pytest.raises(jm.DateError):
        jm.parse_datetime("گروه نوا ۳۰ام شد")


_GREETING_HEAD = "پیام تبریک بخشدار و رئیس شورای اسلامی بخش مرکزی به مناسبت ۱۷ مرداد، روز خبرنگار"
_GREETING_BODY = (
    "روز خبرنگار، فرصت خوبی است تا از تلاش بی‌وقفه اهالی رسانه که با قلم خود، صدای مردم "
    "شهر و روستا هستند، قدردانی کنیم، خبرنگاران پیوند میان مردم و مسئولان‌اند و با گزارش "
    "دقیق و منصفانه رویدادها، به روشن شدن مسائل و بالا رفتن آگاهی جامعه یاری می‌رسانند.\n"
    "این روز را به همه خبرنگاران و فعالان رسانه‌ای شهرستان تبریک می‌گوییم.\n"
)


def _greeting(verse: str) -> str:
    return f"اخبار کوتاه شهرستان\n{_GREETING_HEAD}\n{verse}\n{_GREETING_BODY}"


def test_verse_line_under_a_headline_is_not_the_title() -> None:
    for verse in (
        "ن و القلم و مایسطرون",
        "ن وَ الْقَلَمِ وَ مَا يَسْطُرُونَ",
        "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾",
        "أَلَا بِذِكْرِ اللَّهِ تَطْمَئِنُّ الْقُلُوبُ",
    ):
        for url in ("https://county.example.ir/?p=5521", None):
            article = jm.parse_article(_greeting(verse), url=url)
            assert article.title == _GREETING_HEAD, (verse, article.title)


def test_verse_line_neg_a_headline_quoting_arabic_words() -> None:
    # A Persian headline quoting a few vocalised Arabic words is still the headline.
    head = "تفسیر آیه «وَ مَا يَسْطُرُونَ» در نشست هفتگی قرآن مسجد جامع شهر"
    text = (
        f"اخبار کوتاه شهرستان\n{head}\n"
        "نشست هفتگی تفسیر قرآن این هفته با حضور جمعی از اهالی شهر در مسجد جامع برگزار شد و "
        "استاد جلسه درباره جایگاه قلم و نوشتن در فرهنگ اسلامی سخن گفت.\n"
        "این نشست‌ها هر پنجشنبه پس از نماز مغرب و عشا برگزار می‌شود.\n"
    )
    for url in ("https://county.example.ir/?p=5522", None):
        assert jm.parse_article(text, url=url).title == head


# (mut31) Round 31's survivors: a three-word headline over the verse, a verse of three
# vocalised words, one vocalised on two words of three, one in ornate brackets unvocalised.


def test_verse_under_a_three_word_headline() -> None:
    head = "تبریک روز خبرنگار"
    for verse in ("ن و القلم و مایسطرون", "﴿إِنَّ مَعَ الْعُسْرِ يُسْرًا﴾"):
        text = f"اخبار کوتاه شهرستان\n{head}\n{verse}\n{_GREETING_BODY}"
        for url in ("https://county.example.ir/?p=5521", None):
            assert jm.parse_article(text, url=url).title == head


@pytest.mark.parametrize(
    "verse",
    [
        "اللَّهُ نُورُ السَّمَاوَاتِ",  # three words, all vocalised
        "اللَّهُ نُورُ السماوات",  # two of three vocalised
        "وَمَنْ يَتَوَكَّلْ عَلَى اللَّهِ فهو حسبه",  # four of six
        "﴿و من یتوکل علی الله فهو حسبه﴾",  # the ornate brackets, no vowel mark
    ],
)
def test_verse_line_shapes_under_a_headline(verse: str) -> None:
    for url in ("https://county.example.ir/?p=5521", None):
        assert jm.parse_article(_greeting(verse), url=url).title == _GREETING_HEAD
