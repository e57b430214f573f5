"""Vocabularies: month, weekday, ordinal, label and trap words, in one place.

Everything here is data, written in the *normalised* alphabet (see
:mod:`jalali_meta._normalize`): Persian ی and ک, ASCII digits. A space inside an
entry stands for "a space, a ZWNJ, or nothing", so ``"سه شنبه"`` also matches
``سه‌شنبه`` and ``سهشنبه``. Add a spelling here and the grammar picks it up.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final

from jalali_meta._records import FieldName

__all__ = [
    "AFGHAN_MONTHS",
    "ARABIC_MONTH_PAIRS",
    "ARABIC_WEEKDAYS",
    "CARDINAL_DAYS",
    "COMMENT_COUNT_WORDS",
    "COUNTER_WORDS",
    "LATEST_BOX_HEADINGS",
    "NEWS_SECTION_NAMES",
    "DARI_GREGORIAN_MONTHS",
    "ENGLISH_MONTHS",
    "CYRILLIC_MONTHS",
    "UZBEK_LATIN_MONTHS",
    "GREGORIAN_MONTHS_FA",
    "HIJRI_MONTHS",
    "ISSUE_VOLUME_WORD",
    "NUMBER_WORDS",
    "ZONE_NOTE_PLACES",
    "JALALI_MONTHS",
    "JALALI_MONTHS_LATIN",
    "ARABIC_MERIDIEM",
    "DOTTED_MERIDIEM",
    "JALALI_MONTHS_SHORT",
    "LABELS",
    "LABELS_NEED_COLON",
    "ORDINAL_DAYS",
    "RELATIVE_DAYS",
    "RELATIVE_UNITS",
    "RELATIVE_WORDS",
    "TODAY_WORDS",
    "UI_WORDS",
    "PRINT_LINKS",
    "PRINT_VIEW_BUTTONS",
    "AUXILIARY_VERBS",
    "WEEKDAYS",
    "TAJIK_WEEKDAYS",
    "ZONE_ABBREVIATIONS",
    "ZONE_ABBREVIATIONS_UNREAD",
    "GREENWICH_WORDS",
    "ZONE_AREAS",
    "WIDGET_UNITS",
    "WIDGET_WORDS",
    "BYLINE_WORDS",
    "WRITINGS_PLURALS",
    "PERSON_TITLE_WORDS",
    "GIVEN_NAMES",
    "SPEAKER_TITLE_WORDS",
    "UNIT_BYLINE_WORDS",
    "PLURAL_LABEL_STEMS",
    "HEH_YEH_NOUNS",
    "UNIT_HEADS",
    "IRANIAN_AGENCIES",
    "CHROME_PHRASES",
    "SECTION_WORDS",
    "SECTION_END_WORDS",
    "RELATED_BOX_WORDS",
    "NEW_BADGE_WORDS",
    "CMS_NAMES",
    "BLOG_PLATFORMS",
    "MONTH_CODE_ARCHIVE_PLATFORMS",
    "TEMPLATE_WORDS",
]

# Jalali months, 1-12, with the spellings real pages print.
JALALI_MONTHS: Final = MappingProxyType(
    {
        "فروردین": 1,
        "اردیبهشت": 2,
        # «ادریبهشت», «ر» and «د» swapped: month 2 as the date helpers copied between sites
        # spell it in their month tables (jalali2str functions in JavaScript, VB.NET and C#
        # on GitHub), printed so on real pages (fardadtour.com: «25 ادریبهشت 1396»).
        "ادریبهشت": 2,
        "خرداد": 3,
        "تیر": 4,
        "مرداد": 5,
        "امرداد": 5,
        "شهریور": 6,
        "مهر": 7,
        "آبان": 8,
        "ابان": 8,
        "آذر": 9,
        "اذر": 9,
        "دی": 10,
        "بهمن": 11,
        "اسفند": 12,
    }
)

# Jalali months cut short on real pages' date lines: «اسف» for Esfand (sarayanbidar.ir:
# «تاریخ انتشار : 21 اسف 1396 - 08:24  |»). «اسف» is a word too («regret»), so the grammar
# reads these only between a day in digits and a four-digit year (_patterns._MONTH).
JALALI_MONTHS_SHORT: Final = MappingProxyType({"اسف": 12})

# Jalali months spelled in Latin letters, as jdatetime, persiantools, khayyam and
# moment-jalaali print them (matched in any ASCII case), with common variants.
JALALI_MONTHS_LATIN: Final = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            [
                ("farvardin", "farvardeen", "far"),
                ("ordibehesht", "ordibehesht", "ord"),
                ("khordad", "khordaad", "khordād", "kho"),
                ("tir", "teer"),
                ("mordad", "mordaad", "amordad", "amordaad", "mor", "amo"),
                ("shahrivar", "shahrivar", "sha"),
                ("mehr", "meh"),
                ("aban", "aabaan", "aban", "aba"),
                ("azar", "aazar", "aza"),
                ("dey", "dei"),
                ("bahman", "bah"),
                ("esfand", "espand", "isfand", "esf"),
            ],
            start=1,
        )
        for name in names
        if name.isascii()
    }
)

# The Arabic 12-hour markers after a clock, as Arabic locales print them (CLDR's ar
# «ص»/«م», iLib's ar-EG test: «29/9/2011، 1:45 م»), normalised (tanween dropped): «صباحاً»,
# «مساءً» and their one-letter forms. «م» alone after a year is «میلادی» (Gregorian), not
# this: the grammar reads these only right after a time.
ARABIC_MERIDIEM: Final = MappingProxyType({"صباحا": "am", "ص": "am", "مساء": "pm", "م": "pm"})

# The Pashto and Sorani Kurdish 12-hour marks after a clock, two letters with a dot between
# (and perhaps one after), keyed by their two letters: CLDR's ps «غ.م.» / «غ.و.» (before / after
# noon, iLib js/data/locale/ps/sysres.json a0/a1; its ps-PK test «2021/9/29 1:45 غ.و.» for
# 13:45) and ckb «ب.ن» / «د.ن» (js/data/locale/ckb/sysres.json; ckb-IQ «١:٤٥ د.ن»). The
# grammar reads them only with the dot: «د» alone is the Pashto «of».
DOTTED_MERIDIEM: Final = MappingProxyType({"غم": "am", "غو": "pm", "بن": "am", "دن": "pm"})

# The Afghan (Dari) solar months: the zodiac names, on the Solar Hijri arithmetic.
AFGHAN_MONTHS: Final = MappingProxyType(
    {
        "حمل": 1,
        "ثور": 2,
        "جوزا": 3,
        "جوزاء": 3,
        "سرطان": 4,
        "اسد": 5,
        "سنبله": 6,
        "میزان": 7,
        "عقرب": 8,
        "قوس": 9,
        "جدی": 10,
        "دلو": 11,
        "حوت": 12,
        # Pashto names of the same months, also with the Pashto letter ګ for گ
        # (pajhwok.com/ps, pa.azadiradio.com).
        "وری": 1,
        "غویی": 2,
        "غبرگولی": 3,
        "غبرګولی": 3,
        "چنگاښ": 4,
        "چنګاښ": 4,
        "زمری": 5,
        "وږی": 6,
        "تله": 7,
        "لړم": 8,
        "لیندۍ": 9,
        "مرغومی": 10,
        "سلواغه": 11,
        "کب": 12,
        # A Pashto name after «د» (of) ends in ې when its plain form ends in ه: «د تلې ۲۳»
        # (bakhtarnews.af), «د سلواغې»; so do the Dari names Pashto prints: «د دلوې»
        # (pa.azadiradio.com), «د سنبلې».
        "تلې": 7,
        "سلواغې": 11,
        # ... and in ې when it ends in ی: «۱۳۹۷ کال د مرغومې ۲۳» (old.moj.gov.af).
        "مرغومې": 10,
        "سنبلې": 6,
        "دلوې": 11,
        # The Dari names in Tajik Cyrillic, as a Tajik site on Afghanistan prints its dates
        # («3 сунбула 1403 мутобиқ 24 августи 2024 мелодӣ», sangar.info: blind95, tests/pages
        # 2486, 2487; fix278), with «ҷадӣ» beside the page's «ҷадй».
        "ҳамал": 1,
        "савр": 2,
        "ҷавзо": 3,
        "саратон": 4,
        "асад": 5,
        "сунбула": 6,
        "мизон": 7,
        "ақраб": 8,
        "қавс": 9,
        "ҷадй": 10,
        "ҷадӣ": 10,
        "далв": 11,
        "ҳут": 12,
    }
)

# Gregorian months as Afghan (Dari) pages spell them and Iranian pages do not: a date
# with one of these is read in Asia/Kabul. (مارچ، می، جون، جولای are shared, below.)
DARI_GREGORIAN_MONTHS: Final = MappingProxyType(
    {
        "جنوری": 1,
        "فبروری": 2,
        "اپریل": 4,
        "آگست": 8,
        "اگست": 8,
        "سپتمبر": 9,
        "اکتوبر": 10,
        "نومبر": 11,
        "دسمبر": 12,
        # Pashto spellings with its own letters (CLDR ps as iLib prints them,
        # js/data/locale/ps/sysres.json MMMM5, 8, 9: «2021 سېپتمبر 29» after a right-to-left
        # mark); its other months are the names above once normalised (جنوري, فبروري).
        "مۍ": 5,
        "اګست": 8,
        "سېپتمبر": 9,
    }
)

# Gregorian months written in Persian.
GREGORIAN_MONTHS_FA: Final = MappingProxyType(
    {
        "ژانویه": 1,
        "فوریه": 2,
        "مارس": 3,
        "مارچ": 3,
        "آوریل": 4,
        "اوریل": 4,
        "آپریل": 4,
        "مه": 5,
        "می": 5,
        "ژوئن": 6,
        "ژون": 6,
        "جون": 6,
        "ژوئیه": 7,
        "جولای": 7,
        "اوت": 8,
        "آگوست": 8,
        "اگوست": 8,
        "سپتامبر": 9,
        "اکتبر": 10,
        "نوامبر": 11,
        "دسامبر": 12,
    }
)

# Gregorian months in English (matched case-insensitively), full and abbreviated.
ENGLISH_MONTHS: Final = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            [
                ("january", "jan"),
                ("february", "feb"),
                ("march", "mar"),
                ("april", "apr"),
                ("may",),
                ("june", "jun"),
                ("july", "jul"),
                ("august", "aug"),
                ("september", "sept", "sep"),
                ("october", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ],
            start=1,
        )
        for name in names
    }
)

# Gregorian months in Cyrillic letters, as Tajik sites print them (khovar.tj: «Сентябрь 22,
# 2020 09:20»): Russian in the nominative and the genitive («22 сентября 2020»), and Tajik
# («22 сентябри 2020», «сентябр»). Matched in any case (ДУШАНБЕ, СЕНТЯБРЬ).
CYRILLIC_MONTHS: Final = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            [
                ("январь", "января", "январ", "январи"),
                ("февраль", "февраля", "феврал", "феврали"),
                ("март", "марта", "марти"),
                ("апрель", "апреля", "апрел", "апрели"),
                ("май", "мая", "майи"),
                ("июнь", "июня", "июн", "июни"),
                ("июль", "июля", "июл", "июли"),
                ("август", "августа", "августи"),
                ("сентябрь", "сентября", "сентябр", "сентябри"),
                ("октябрь", "октября", "октябр", "октябри"),
                ("ноябрь", "ноября", "ноябр", "ноябри"),
                ("декабрь", "декабря", "декабр", "декабри"),
            ],
            start=1,
        )
        for name in names
    }
)

# Gregorian months in Uzbek Latin letters, as an Uzbek site's template prints them on its
# other editions too (yuz.uz's Tajik edition: «Варзиш 7 Avgust 2025», blind52's 1623).
# Matched in any case; read as the Cyrillic names are.
UZBEK_LATIN_MONTHS: Final = MappingProxyType(
    {
        "yanvar": 1,
        "fevral": 2,
        "mart": 3,
        "aprel": 4,
        "iyun": 6,
        "iyul": 7,
        "avgust": 8,
        "sentyabr": 9,
        "oktyabr": 10,
        "noyabr": 11,
        "dekabr": 12,
    }
)

# Weekdays, numbered as jdatetime numbers them: 0 = Saturday (شنبه) ... 6 = Friday (جمعه).
# Sunday to Thursday are the word for Saturday after a number word (یک 1 ... پنج 5: «یکشنبه»,
# "one-Saturday"), and each is one name however the two words are joined: run together, a space
# or a ZWNJ (the grammar's gap), or a hyphen with no space around it («دو-شنبه», «Yek-shanbe»),
# added to every such entry by :func:`_weekdays`. A name is matched whole, longest first, so
# Saturday's word is never read inside a longer name («Do shanbe», «سه‌شنبه»). A spaced dash
# is a field separator, not a joiner («... شماره یک - شنبه ۲۵ بهمن»: a Saturday).
_PERSIAN_WEEKDAYS = {
    "شنبه": 0,
    "یک شنبه": 1,
    "دو شنبه": 2,
    "سه شنبه": 3,
    "چهار شنبه": 4,
    "چهار شمبه": 4,
    "پنج شنبه": 5,
    "پنج شمبه": 5,
    "جمعه": 6,
    # Pashto prints the same names ending in ې where a weekday stands before a date or
    # after «د» (of): «(یکشنبې، د لړم ۲۸، ۱۴۰۲)», «د پنجشنبې په ورځ» (pa.azadiradio.com,
    # avapress.com/ps).
    "شنبې": 0,
    "یک شنبې": 1,
    "دو شنبې": 2,
    "سه شنبې": 3,
    "چهار شنبې": 4,
    "پنج شنبې": 5,
    "جمعې": 6,
    # Pashto's own names (CLDR ps as iLib prints them, js/data/locale/ps/sysres.json EEEE0-4:
    # «څلرنۍ د 2021 د سېپتمبر 29», a Wednesday); its Saturday «اونۍ» is also «week» and is
    # not read, its Friday is «جمعه».
    "یونۍ": 1,
    "دونۍ": 2,
    "درېنۍ": 3,
    "څلرنۍ": 4,
    "پینځنۍ": 5,
}
# English names, for the Gregorian side of a dual-calendar line.
_ENGLISH_WEEKDAYS = {
    "saturday": 0,
    "sunday": 1,
    "monday": 2,
    "tuesday": 3,
    "wednesday": 4,
    "thursday": 5,
    "friday": 6,
    "sat": 0,
    "sun": 1,
    "mon": 2,
    "tue": 3,
    "tues": 3,
    "wed": 4,
    "thu": 5,
    "thur": 5,
    "thurs": 5,
    "fri": 6,
}
# Jalali weekdays spelled in Latin letters (jdatetime, persiantools, khayyam, the Raku
# Date::Calendar::Persian: «Seshanbeh», «Se shanbe», «Yek-shanbe»), built as the Persian names
# are: Saturday's word, ending in e or eh, and its n written m as it sounds before b
# («Chaharshambe», as «چهار شمبه»), after one of the number words, in any of the joins above.
_LATIN_SATURDAY = ("shanbe", "shanbeh")
_LATIN_WEEKDAY_ENDS = ("shanbe", "shanbeh", "shambe", "shambeh")
_LATIN_WEEKDAY_NUMBERS = {"yek": 1, "do": 2, "se": 3, "seh": 3, "chahar": 4, "char": 4, "panj": 5}
_LATIN_FRIDAY = ("jome", "jomeh", "jomee", "jom'e", "jomah")
_PERSIAN_WEEKDAY_NUMBERS = ("یک", "دو", "سه", "چهار", "پنج")


def _weekdays() -> dict[str, int]:
    names = {**_PERSIAN_WEEKDAYS, **_ENGLISH_WEEKDAYS}
    names.update(dict.fromkeys(_LATIN_SATURDAY, 0))
    for number, day in _LATIN_WEEKDAY_NUMBERS.items():
        names.update({f"{number} {end}": day for end in _LATIN_WEEKDAY_ENDS})
    names.update(dict.fromkeys(_LATIN_FRIDAY, 6))
    numbers = {*_PERSIAN_WEEKDAY_NUMBERS, *_LATIN_WEEKDAY_NUMBERS}
    for name, day in list(names.items()):
        number, space, end = name.partition(" ")
        if space and number in numbers:  # a number word, then Saturday's word
            names[f"{number}-{end}"] = day
    return names


WEEKDAYS: Final = MappingProxyType(_weekdays())

# Ordinal day words (running text: «اول بهمن», «بیست و یکم اسفند»).
_ORDINAL_UNITS = ["", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم"]
_TEENS = ["دهم", "یازدهم", "دوازدهم", "سیزدهم", "چهاردهم", "پانزدهم", "شانزدهم", "هفدهم", "هجدهم"]


def _ordinals() -> dict[str, int]:
    words: dict[str, int] = {}
    for day in range(1, 10):
        words[_ORDINAL_UNITS[day]] = day
    words["یکم"] = 1
    for offset, word in enumerate(_TEENS):
        words[word] = 10 + offset
    words["هیجدهم"] = 18
    words["نوزدهم"] = 19
    words["سی ام"] = 30  # سی‌ام, سیام
    for tens, tens_word in ((20, "بیست"), (30, "سی")):
        words[tens_word + "م"] = tens
        last = 9 if tens == 20 else 1
        for unit in range(1, last + 1):
            unit_word = "یکم" if unit == 1 else _ORDINAL_UNITS[unit]
            words[f"{tens_word} و {unit_word}"] = tens + unit
    return words


ORDINAL_DAYS: Final = MappingProxyType(_ordinals())

# Words that open a document's part: «فصل اول: ...» (chapter one), «بخش دوم - ...» (part two).
CHAPTER_WORDS: Final = ("فصل", "بخش", "chapter", "part")

# Cardinal numbers 1-31 in words: a day («بیست و دو بهمن», «پنج تیر») or a count («سه روز پیش»).
_CARDINAL_UNITS = ["", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"]
_CARDINAL_TEENS = [
    "ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده",
]  # fmt: skip


def _cardinals() -> dict[str, int]:
    words = {_CARDINAL_UNITS[n]: n for n in range(1, 10)}
    words.update({word: 10 + n for n, word in enumerate(_CARDINAL_TEENS)})
    words["هیجده"] = 18
    words["شیش"] = 6
    for tens, tens_word in ((20, "بیست"), (30, "سی")):
        words[tens_word] = tens
        for unit in range(1, 10 if tens == 20 else 2):
            words[f"{tens_word} و {_CARDINAL_UNITS[unit]}"] = tens + unit
    return words


CARDINAL_DAYS: Final = MappingProxyType(_cardinals())

# Units of a relative date («۳ ساعت پیش»), in seconds; a month and a year count on the calendar.
RELATIVE_UNITS: Final = MappingProxyType(
    {
        "ثانیه": 1,
        "دقیقه": 60,
        "ساعت": 3600,
        "روز": 86400,
        "هفته": 7 * 86400,
        "ماه": -1,  # Jalali months: see _datetimes.resolve_relative
        "سال": -12,
    }
)
# Days before the reference day named by a word.
RELATIVE_DAYS: Final = MappingProxyType({"امروز": 0, "دیروز": 1, "پریروز": 2})

# Lunar Hijri months (1-12) with the spellings Iranian pages print; their presence also
# marks a "today in three calendars" widget.
HIJRI_MONTHS: Final = MappingProxyType(
    {
        "محرم": 1,
        "محرم الحرام": 1,
        "صفر": 2,
        "صفر المظفر": 2,
        "ربیع الاول": 3,
        "ربیع الأول": 3,
        "ربیع الثانی": 4,
        "ربیع الآخر": 4,
        "ربیع الاخر": 4,
        "جمادی الاول": 5,
        "جمادی الاولی": 5,
        "جمادی الأولی": 5,
        "جمادی الثانی": 6,
        "جمادی الثانیه": 6,
        "جمادی الآخره": 6,
        "جمادی الاخره": 6,
        "جمادی الآخر": 6,
        "جمادی الاخر": 6,
        "جمادی الاخری": 6,
        "جمادی الآخری": 6,
        "رجب": 7,
        "رجب المرجب": 7,
        "شعبان": 8,
        "شعبان المعظم": 8,
        "رمضان": 9,
        "رمضان المبارک": 9,
        # «28 رمضان العظيم 1446» after the Jalali date (alshirazi.org's news items).
        "رمضان العظیم": 9,
        "شوال": 10,
        "شوال المکرم": 10,
        "ذی القعده": 11,
        "ذیقعده": 11,
        "ذی قعده": 11,
        "ذو القعده": 11,
        "ذی الحجه": 12,
        "ذیحجه": 12,
        "ذی حجه": 12,
        "ذو الحجه": 12,
    }
)
# Gregorian months as Arabic pages print them, the Levantine name and the Egyptian one joined
# by a slash («أیلول/سبتمبر», Joomla's Arabic locale), as normalised (Persian yeh and kaf).
# The two-word Levantine names also without the article, as date-extractor's test prints
# them («٢١ تشرين ثاني/نوفمبر ٢٠١٥»).
# Read only as a pair of the same month: alone, «آب» is water and «مایو» a swimsuit in
# Persian, and the Egyptian names are near-misses of the Persian ones («سبتمبر»).
ARABIC_MONTH_PAIRS: Final = (
    (("کانون الثانی", "کانون ثانی"), ("ینایر",)),
    (("شباط",), ("فبرایر",)),
    (("آذار", "اذار"), ("مارس",)),
    (("نیسان",), ("أبریل", "إبریل", "ابریل")),
    (("أیار", "ایار"), ("مایو",)),
    (("حزیران",), ("یونیو", "یونیه")),
    (("تموز",), ("یولیو", "یولیه")),
    (("آب",), ("أغسطس", "اغسطس")),
    (("أیلول", "ایلول"), ("سبتمبر",)),
    (("تشرین الأول", "تشرین الاول", "تشرین أول", "تشرین اول"), ("أکتوبر", "اکتوبر")),
    (("تشرین الثانی", "تشرین ثانی"), ("نوفمبر",)),
    (("کانون الأول", "کانون الاول", "کانون أول", "کانون اول"), ("دیسمبر",)),
)
# Arabic weekdays, numbered as WEEKDAYS (0 = Saturday): the grammar reads one before a date
# («السبت, 05 أیلول/سبتمبر 2015»); alone on a short line, a "today" widget's second calendar.
ARABIC_WEEKDAYS: Final = MappingProxyType(
    {
        "السبت": 0,
        "الاحد": 1,
        "الأحد": 1,
        "الاثنین": 2,
        "الإثنین": 2,
        "الثلاثاء": 3,
        "الاربعاء": 4,
        "الأربعاء": 4,
        "الخمیس": 5,
        "الجمعه": 6,
    }
)

# Tajik weekdays in Cyrillic, numbered as WEEKDAYS (0 = Saturday): the grammar reads one before
# a date in any case («Шанбе 25 Март 2023 12:12», javonon.tj, tests/pages/1589), also typed with
# plain «ч» for «ҷ» as older Tajik sites do. Monday's name «Душанбе» is left out: it is also the
# capital's name, printed before a date in a dateline («ДУШАНБЕ, 11.12.2023 /АМИТ «Ховар»/»,
# «шаҳри Душанбе 12 июни соли 2015»), where it names no weekday.
TAJIK_WEEKDAYS: Final = MappingProxyType(
    {
        "шанбе": 0,
        "якшанбе": 1,
        "сешанбе": 3,
        "чоршанбе": 4,
        "панҷшанбе": 5,
        "панчшанбе": 5,
        "ҷумъа": 6,
        "чумъа": 6,
        # The Russian names Tajik sites print after a date as well («18 июня 2018 г.,
        # понедельник», moa.tj, real76 #15, fix269); Monday's «понедельник» names no city.
        "суббота": 0,
        "воскресенье": 1,
        "понедельник": 2,
        "вторник": 3,
        "среда": 4,
        "четверг": 5,
        "пятница": 6,
    }
)

# The posts a Tajik author line names after the author's name and a comma, its first word
# («Карамова Ибодат, ходими илмии шуъбаи ... АМИТ», ign.tj, real76 #10; «Бахтовар ТЕМИРЗОДА,
# муаррих», real75 #22): a research fellow, a head of a department, a teacher, a historian,
# a professor, a docent, a candidate or doctor of sciences, a lecturer, a researcher, a
# journalist (fix269). Each in its bare and its «-и» (izofat) form.
TAJIK_AUTHOR_POSTS: Final = tuple(
    form
    for word in (
        "ходим",
        "мудир",
        "омӯзгор",
        "муаррих",
        "профессор",
        "дотсент",
        "номзад",
        "доктор",
        "муаллим",
        "устод",
        "муҳаққиқ",
        "корманд",
        "рӯзноманигор",
        "журналист",
        "мухбир",
    )
    for form in (word, word + "и")
)

# Header fields and the labels that introduce them. A space matches a space, a ZWNJ or nothing.
LABELS: Final[Mapping[FieldName, tuple[str, ...]]] = MappingProxyType(
    {
        "number": (
            "شماره",
            "کد خبر",
            "کد مطلب",
            "کد",
            "شناسه خبر",
            "شناسه مطلب",
            # «شناسه : 39530» (hoghoogh24.ir's WordPress theme); only with its colon.
            "شناسه",
            "شماره خبر",
            "شماره مطلب",
            # WordPress themes' post meta «کد نوشته: 360133» («نوشته», a post).
            "کد نوشته",
            "شناسه نوشته",
            # «شناسه مقاله : 16452» (article ID; the paper page of a Persian waqf portal's
            # library, pooyesh.whc.ir, real74 #16: fix260).
            "شناسه مقاله",
            "news code",
            "news id",
            # «DOC ID : H-801108-53828S12» (the Hamshahri corpus's documents, farsidoc).
            "doc id",
            "document id",
        ),
        "published": (
            "تاریخ انتشار",
            "زمان انتشار",
            "انتشار",
            "تاریخ خبر",
            "تاریخ و ساعت انتشار",
            "زمان",
            "تاریخ",
            "منتشر شده در",
            # A blog platform's post footer (blogfa, mihanblog, persianblog): «نوشته شده در
            # دوشنبه ۱۳ اسفند ۱۳۸۶ ساعت 14:20 توسط NAME | نظرات (۳)».
            "نوشته شده در",
            "ارسال شده در",
            # Mihanblog's post footer «ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط NAME» (posted
            # on DATE by NAME; avayesardroud.mihanblog.com, tests/pages 2535: fix294).
            "ارسال در تاریخ",
            # Dari «نشر شده DATE» (published), an Afghan magazine's archive line (fix216).
            "نشر شده",
            "نشر شده در",
            # BlogSky's and Blogfa's post header «نگارش در تاریخ دوشنبه 31 خردادماه سال 1389
            # توسط NAME» (written on DATE by NAME; iran-87.blogsky.com, real57 #21: fix187).
            "نگارش در تاریخ",
            # Parsiblog's «ارسال‌کننده : NAME در : DATE» (posted by NAME on DATE), with its
            # colon only (LABELS_NEED_COLON): «در» is the commonest word (fix187).
            "در",
            # «تاریخ ثبت: (1398/01/05 )» (kherada.com: the day a post was registered).
            "تاریخ ثبت",
            # «:: تاریخ درج خبر : 94/08/10 ::» (the day an item was put on the site; an
            # ASP.NET municipal portal's, izadshahr.ir, tests/pages 1828; nigc's «- تاریخ درج
            # خبر :» field list, 1300).
            "تاریخ درج خبر",
            "تاریخ درج",
            "published",
            "date",
            # Uzbek (Cyrillic): Joomla's article info «Чоп этилган 04 Феврал 2016» (published;
            # khalkovozi.tj), the same word as BBC Uzbek's «...да чоп этилган» (posted at).
            # Cyrillic labels are matched as printed (only Latin ones in any case).
            "Чоп этилган",
            # Tajik «Сана: 2020-10-08» (date; old.omuzgor-gazeta.tj's blog-detail.php, tests/
            # pages/1531), with its colon only (LABELS_NEED_COLON): «сана» is a common word.
            "Сана",
            # Tajik Drupal's submitted line «Ношир: NAME Санаи интишор: 3 Сентябр, 2020 - 09:30»
            # (publisher, date of publication; kumitaizabon.tj, tests/pages 2106/2107), with
            # its colon only (LABELS_NEED_COLON): a sentence may name a date of publication.
            "Санаи интишор",
            # Tajik «Таърихи нашр» (date of publication), printed without its izafe too
            # («Таърих нашр: шанбе, 3 сунбула 1403 ...», sangar.info: blind95, tests/pages
            # 2486; fix278), with its colon only (LABELS_NEED_COLON), as «Санаи интишор».
            "Таърихи нашр",
            "Таърих нашр",
        ),
        "updated": (
            # «تاریخ آخرین بروزرسانی : 1396-3-7 11:52» (date of last update; a static page's
            # foot, kazeroon.sums.ac.ir, tests/pages 2415/2416; fix265): «تاریخ» before the
            # label is no publication label of its own. Spaces match ZWNJ or none.
            "تاریخ آخرین به روز رسانی",
            "تاریخ آخرین بروز رسانی",
            "آخرین به روز رسانی",
            "آخرین بروز رسانی",
            "اخرین به روز رسانی",
            "به روز شده در",
            "بروز شده در",
            # «به‌روز شده: DATE» (attack9): with its colon only (LABELS_NEED_COLON), as a
            # headline may say a thing «به روز شده» too.
            "به روز شده",
            "بروز شده",
            "تاریخ به روز رسانی",
            "تاریخ بروز رسانی",
            "به روز رسانی",
            "بروز رسانی",
            # «تاریخ بروزآوری: (1398/01/05 )» (kherada.com).
            "تاریخ بروزآوری",
            # «آخرین ویرایش: DATE» (last edit), a page's last-edit stamp as a label with its
            # colon only (LABELS_NEED_COLON): a byline word too (vocab.BYLINE_WORDS), and a
            # forum's «آخرین ویرایش: DATE توسط NAME» is a post's edit (tests/pages 314;
            # fix241, attacks73).
            "آخرین ویرایش",
            "اخرین ویرایش",
            "تاریخ بروز آوری",
            "تاریخ به روز آوری",
            "updated",
            "last update",
            "last modified",
            # Russian «(обновлено 10:40 12.03.2020)» (updated; Sputnik's Russian-language
            # editions, tests/pages 2093), printed without a colon.
            "обновлено",
        ),
        # «Категория: СИЁСАТ» and «Муаллиф: Super user» (category, author: Joomla's article
        # info in Uzbek and Tajik, khalkovozi.tj); with their colon only (LABELS_NEED_COLON).
        # A post's categories under the plural label, «دسته بندی ها : بخشنامه های نظارت»
        # (ravihesab.com, blind82, tests/pages 2228; fix231), with its colon only.
        "category": (
            "دسته بندی",
            "دسته بندی ها",
            # «دسته: اخبار و گزارش‌ها» (category; WordPress's post meta in Persian themes, a
            # month archive's one post under its headline, greenvolunteers.ir, tests/pages
            # 2660; fix309), with its colon only (LABELS_NEED_COLON).
            "دسته",
            "سرویس",
            "بخش",
            "گروه",
            "موضوع",
            "Категория",
        ),
        "author": (
            "خبرنگار",
            "کد خبرنگار",
            "نویسنده",
            "نویسندگان",
            # «نویسنده(ها):» (author(s)), a paper database's record: getpaper.ir.
            "نویسنده (ها)",
            "پدیدآورنده",
            "پدیدآورندگان",
            # Parsiblog's post header «ارسال‌کننده : NAME در : DATE» (the poster; printed
            # without its ZWNJ as often: poyeh.parsiblog.com, real57 #17; fix187).
            "ارسال کننده",
            "ارسالکننده",
            "Муаллиф",
            # Tajik «Ношир: NAME» (publisher: the account that posted the item, kumitaizabon.tj's
            # Drupal submitted line), with its colon only (LABELS_NEED_COLON).
            "Ношир",
            "گزارش",
            "گزارشگر",
            "journalist id",
        ),
        "tags": (
            "برچسب ها",
            "برچسب",
            "کلیدواژه ها",
            "کلید واژه ها",
            "کلیدواژه",
            "تگ ها",
            "tags",
            # PersianBlog's and Blogfa's post footer («کلمات کلیدی: باغشاه», printed after
            # the post's date on the same line).
            "کلمات کلیدی",
        ),
        # «تارنگار :در سپهر آموزش(NAME)»: the weblog a post is taken from (a BlogSky
        # teachers' blog crediting each piece over it, real60 #18), with its colon.
        "source": ("منبع", "به نقل از", "source", "تارنگار"),
        # Counters: recognised so that their numbers never become an ID; their lines are ignored.
        # «Кӯришлар: 2215» / «Кўришлар» (Uzbek: views; Joomla's hits, khalkovozi.tj).
        "views": ("بازدید", "تعداد بازدید", "نمایش", "Кўришлар", "Кӯришлар"),
    }
)

# Words after «ساعت» / «زمان» in a time's own label («ساعت انتشار: ۱۲:۲۱», «زمان ثبت:»):
# the label names the time of the date before it, not a second date field.
TIME_LABEL_TAILS: Final = ("انتشار", "ارسال", "ثبت", "درج", "خبر")

# Tajik «at the hour» (Persian «ساعت») between a date and its clock, as CLDR tg's long and
# full date-time patterns print it (iLib's tg-TJ test: «29 Сентябр 2011 соати 13:45»). Matched
# in any case, and only before a clock (never an hour alone).
TAJIK_HOUR_WORDS: Final = ("соати",)

# A CMS's default account names, printed alone on a line as an item's author (K2's author
# listing opens with «ADMIN», khatmedun.tj, real68 #13; fix240): never a headline. Compared
# in lower case.
ACCOUNT_NAMES: Final = frozenset({"admin", "administrator", "ادمین"})

# Labels that are also common words: they count as labels only with a colon after them.
LABELS_NEED_COLON: Final = frozenset(
    {
        "در",
        "کد",
        "شناسه",
        "زمان",
        "تاریخ",
        "انتشار",
        "بخش",
        "گروه",
        "سرویس",
        "گزارش",
        "موضوع",
        "دسته بندی ها",
        "دسته",
        "منبع",
        "تارنگار",
        "نمایش",
        "برچسب",
        "کلمات کلیدی",
        "Категория",
        "Муаллиф",
        "Ношир",
        "Сана",
        "Санаи интишор",
        "Таърихи нашр",
        "Таърих нашр",
        "published",
        "updated",
        "source",
        "tags",
        "به روز شده",
        "بروز شده",
        "آخرین ویرایش",
        "اخرین ویرایش",
    }
)

# Words around a counter ("۰ نفر" likes, "7,405 بازدید").
COUNTER_WORDS: Final = (
    "بازدید",
    "تعداد بازدید",
    "نفر",
    "پسندیدم",
    "لایک",
    "دیدگاه",
    "دیدگاه ها",
    "نظر",
    "نظرات",
    "تعداد نظرات",
    "کامنت",
    "views",
    "comments",
)

# A view counter's label, which may run on for a few words before its colon and number
# («بازدید این صفحه: 1,204», «دفعات بازدید: ۳۰ بار», «Views: 12»).
# In Cyrillic too: DataLife Engine's Russian templates print «Просмотров: 12 | Комментариев: 0»
# (its default fullstory/shortstory templates), a Tajik DLE site «Хабарро хонданд: 447 нафар»
# (the news was read by: 447 people) over «Назарҳо: 0» (comments: 0) (hamsafon.tj).
VIEW_COUNTER_LABELS: Final = (
    "بازدید",
    "تعداد بازدید",
    "دفعات بازدید",
    "views",
    "visits",
    "просмотров",
    "просмотры",
    "комментариев",
    "комментарии",
    "хабарро хонданд",
    "назарҳо",
    # Kurdish (Sorani): «بینراو» (seen), a Kurdish party's news item «- بینراو: 607» over its
    # author line (kdpnl.com, real56); written with Arabic or Persian yeh alike.
    "بینراو",
    # Tajik «Дида шуд» (seen), a blog view's views line under its headline, an icon's
    # leftover before it («__Дида шуд: 412», omuzgor.tj's blog_detail.php, tests/pages 1535;
    # fix287).
    "дида шуд",
)
# A site's visitor statistics box, one figure a line: its visitors online, today's, yesterday's
# and all visits, the peak, the reader's own IP (a portal's sidebar «آمار بازدیدکنندگان»,
# skhrw.ir: «کاربران آنلاین : 55», «بازدید امروز : 2,047», «شناسه IP شما : ...»). Counts
# of the whole site, never one item's («بازدید: 120», «تعداد بازدید» are an item's).
SITE_STATS_LABELS: Final = (
    "آمار بازدید",
    "آمار بازدیدکنندگان",
    "آمار سایت",
    "کاربران آنلاین",
    "کاربران آن لاین",
    "کاربران حاضر",
    "افراد آنلاین",
    "بازدیدکنندگان آنلاین",
    "بازدید کنندگان آنلاین",
    "بازدید امروز",
    "بازدید دیروز",
    "بازدید این هفته",
    "بازدید هفته",
    "بازدید این ماه",
    "بازدید ماه",
    "بازدید امسال",
    "بازدید کل",
    "کل بازدید",
    "کل بازدیدها",
    "مجموع بازدید",
    "مجموع بازدیدها",
    "تعداد کل بازدید",
    "بیشترین بازدید",
    "آی پی شما",
    "شناسه آی پی شما",
    "IP شما",
    "شناسه IP شما",
    "online users",
    "visitors online",
    "today's visits",
    "total visits",
    "your ip",
)
# A blog post's comments link closing its signature after a bar («+ نوشته شده توسط NAME در
# DATE و ساعت TIME | نظر بدهید», Blogfa's template, tests/pages 2306; «| نظرات (۳)»).
SIGNATURE_COMMENT_LINKS: Final = (
    "نظر بدهید", "نظر دهید", "نظرات", "نظر", "دیدگاه", "دیدگاه ها", "ارسال نظر",
)  # fmt: skip
# The comments-feed sentence a blog theme prints after a post's signature, on its line
# («... در DATE ساعت TIME ق.ظ . دنبال کردن نظرات این نوشته از طریق RSS 2.0. |», "follow the
# comments on this post through RSS 2.0": Kowsarblog's b2evolution skin, irane-ziba.kowsarblog.ir,
# blind88 #4; fix246).
SIGNATURE_FEED_SENTENCES: Final = ("دنبال کردن نظرات این نوشته",)
# Words after a post's comment or view count run into its meta line before the date
# («مقالات کلینیک تاج دنتال 0 نظر کاربران 19 شهریور 1401», tajdental.clinic: users' comments).
COMMENT_COUNT_WORDS: Final = (
    "نظر",
    "نظرات",
    "نظر کاربران",
    "نظرات کاربران",
    "دیدگاه",
    "دیدگاه ها",
    "کامنت",
    "بازدید",
    "comments",
    "views",
)
# Words a view counter's number may have after it: «۳۰ بار» (times), «۱۲۰ نفر» (people), and
# the same in Tajik and Russian («447 нафар», «12 раз»).
COUNTER_UNITS: Final = ("بار", "نفر", "нафар", "раз")
# Words a views counter printed value first may have between its value and «بازدید»: «۳۱۲
# بار بازدید» (times), «۳۱۲ نفر بازدید» (people), «۳۱۲ مرتبه بازدید»; and after it, «۳۱۲
# بازدید کننده» (visitors). A line of the value and these words alone is a counter (fix175).
VIEWS_VALUE_UNITS: Final = ("بار", "نفر", "مرتبه")
VIEWS_VALUE_AFTER: Final = ("کننده",)

# A print view's link printed alone on its line under a node's headline: Iransamaneh
# portals' «نسخه قابل چاپ», Drupal's print module «Printer-friendly version» (English UI).
PRINT_LINKS: Final = (
    "نسخه چاپی",
    "نسخه قابل چاپ",
    "نسخه مناسب چاپ",
    "printer-friendly version",
    "printer friendly version",
    "print version",
)

# A print view's buttons on the line under the text, with nothing else: «بستن   چاپ» (close,
# print; etefagherooz.ir's print view, real79 #10); the print button names the view.
PRINT_VIEW_BUTTONS: Final = ("چاپ", "بستن", "print", "close")
# The labels a print view prints over its own address («لینک خبر:» / «http://HOST/fa/News/7143/
# <slug>» / «چاپ بستن»): the address under them is the page's own, no source's (fix304;
# attacks83).
OWN_ADDRESS_LABELS: Final = (
    "لینک",
    "لینک خبر",
    "لینک مطلب",
    "لینک کوتاه",
    "لینک کوتاه خبر",
    "آدرس",
    "آدرس خبر",
    "آدرس مطلب",
    "نشانی",
    "نشانی خبر",
    "link",
    "url",
)

# Persian auxiliary and copular verbs, which end a clause and never open a sentence: a line
# that opens with one goes on with the line above it («... تبدیل» / «شده است و ...»), a
# paragraph cut by the layout.
AUXILIARY_VERBS: Final = (
    "است",
    "هست",
    "هستند",
    "شده",
    "شد",
    "شدند",
    "بود",
    "بوده",
    "بودند",
    "باشد",
    "باشند",
    "گردید",
    "گردیده",
    "نمود",
    "نموده",
)

# Buttons and links of the page's chrome: a line made only of these is set aside.
UI_WORDS: Final = (
    "چاپ",
    "نسخه چاپی",
    # «نسخه قابل چاپ» (a print view's link, Iransamaneh-style portals), «نسخه مناسب چاپ».
    "نسخه قابل چاپ",
    "نسخه مناسب چاپ",
    "ارسال",
    "ارسال به دوستان",
    "اشتراک گذاری",
    "اشتراک",
    "ذخیره",
    "کپی لینک",
    # «کپی خبر» (copy the item's text), a marja's office's news toolbar (alshirazi.org).
    "کپی خبر",
    "کپی شد",
    "لینک کوتاه",
    "تلگرام",
    "توییتر",
    "واتساپ",
    "اینستاگرام",
    "فیسبوک",
    "ایتا",
    "بله",
    "روبیکا",
    "A+",
    "A-",
    "print",
    # Joomla's print button in Uzbek and Tajik («Печат», khalkovozi.tj) and Russian.
    "Печат",
    "Печать",
    "share",
    # A WordPress share plugin's label over its buttons.
    "spread the love",
    "هم رسانی",
    # A Persian WordPress share bar's buttons run into one line: Cloob's «داغ کن - کلوب دات
    # کام», «Balatarin», «اشتراک گذاری در فیس بوک», «تویت کردن این مطلب» (sobherabor.ir's
    # 1392 posts, tests/pages 2612; fix303).
    "داغ کن",
    "کلوب دات کام",
    "Balatarin",
    "اشتراک گذاری در فیس بوک",
    "تویت کردن این مطلب",
    "نظرها",
    "close",
    "button",
    "close button",
    "search",
    # A scroll-to-top button: «Top», «بازگشت به بالا», «رفتن به بالا» (kangannews.ir, real59).
    "top",
    "back to top",
    "بازگشت به بالا",
    "برگشت به بالا",
    "رفتن به بالا",
    # A news site's article toolbar (CRI Persian): recommend, email, font size.
    "توصیه کنید",
    "پست الکترونیکی",
    "اندازه قلم",
)

# A shop's or a file page's action button printed as a line of its own: «خرید و دانلود
# مقاله» (an encyclopedia that sells its articles, gpedia.ir, blind52's 1631), «دانلود فایل»,
# «افزودن به سبد خرید», «Buy & Download PDF». A line that is nothing but these actions (joined
# by «و», «/», «|», «&») and at most two of :data:`SHOP_OBJECT_WORDS` is a button, never a
# headline (a headline that opens with «خرید» says what was bought and by whom).
SHOP_ACTION_WORDS: Final = (
    "خرید",
    "دانلود",
    "دریافت",
    "سفارش",
    "ثبت سفارش",
    "افزودن به سبد خرید",
    "افزودن به سبد",
    "اضافه به سبد خرید",
    "پرداخت",
    "buy",
    "download",
    "purchase",
    "order",
    "add to cart",
)
# What a shop's button names after its action: «مقاله», «فایل», «متن کامل», «PDF».
# The words of a postal address («نشانی روزنامه: خیابان آزادی، کوچه سوم، شماره ۱۲»): a
# «شماره N» after one of them on its line is a building's number, never a paper's issue.
ADDRESS_WORDS: Final = (
    "نشانی",
    "آدرس",
    "خیابان",
    "کوچه",
    "پلاک",
    "بلوار",
    "بن بست",
    "بن\u200cبست",
)
SHOP_OBJECT_WORDS: Final = (
    "مقاله",
    "فایل",
    "کتاب",
    "محصول",
    "متن کامل",
    "نسخه کامل",
    "اصل مقاله",
    "اشتراک",
    "آنلاین",
    "رایگان",
    "مستقیم",
    "pdf",
    "word",
    "article",
    "file",
    "now",
)

# A line starting with one of these shows the day of the crawl, not of the article
# («زمان جاری : date - time»: a forum's clock).
TODAY_WORDS: Final = ("امروز", "خبر فوری", "فوری", "زمان جاری")

# The names the Leader gives each solar year (شعار سال), 1390-1404: a government site's top
# bar prints the current one beside today's date («جهش تولید | یکشنبه، ۱۷ اسفند ۱۳۹۹», IRIB's
# provincial Liferay sites, real60 #25), so a date after it is the visit's, not an article's.
YEAR_NAMES: Final = (
    "جهاد اقتصادی",
    "تولید ملی، حمایت از کار و سرمایه ایرانی",
    "حماسه سیاسی و حماسه اقتصادی",
    "اقتصاد و فرهنگ با عزم ملی و مدیریت جهادی",
    "دولت و ملت، همدلی و هم‌زبانی",
    "اقتصاد مقاومتی؛ اقدام و عمل",
    "اقتصاد مقاومتی؛ تولید - اشتغال",
    "حمایت از کالای ایرانی",
    "رونق تولید",
    "جهش تولید",
    "تولید؛ پشتیبانی‌ها، مانع‌زدایی‌ها",
    "تولید؛ دانش‌بنیان، اشتغال‌آفرین",
    "مهار تورم، رشد تولید",
    "جهش تولید با مشارکت مردم",
    "سرمایه‌گذاری برای تولید",
)

# Prayer-time, currency and weather widgets.
WIDGET_WORDS: Final = (
    "اذان",
    "اوقات شرعی",
    "طلوع آفتاب",
    "غروب آفتاب",
    "نیمه شب شرعی",
    "قیمت",
    "دلار",
    "یورو",
    "سکه",
    "طلا",
    "دما",
    "آب و هوا",
)

# An archive's word opening a list's label («بایگانی برچسب: NAME», «آرشیو دسته: NAME»), with
# the common misspelling without the madda («ارشیو برچسب : NAME», fix185): one list for every
# rule that reads such a label (_chrome, _evidence, _listing, _title).
ARCHIVE_WORDS: Final = ("بایگانی", "آرشیو", "ارشیو")
ARCHIVE_WORD_PATTERN: Final = "(?:" + "|".join(ARCHIVE_WORDS) + ")"
# WordPress's label before a term archive's name in its archive title (get_the_archive_title():
# «Category: %s», «Tag: %s»; its Persian translation «دسته: %s», «برچسب: %s»), a theme's
# «دسته‌بندی:» and «موضوع:» too, printed in the archive's <title> («دسته: NAME – SITE»; fix266).
TERM_ARCHIVE_LABEL_PATTERN: Final = (
    "(?:دسته(?:[\x20\u200c]*بندی)?|برچسب|موضوع|(?i:category|tag))[\x20]*:"
)
# WordPress's Persian «Posts» (نوشته‌ها), printed alone as the heading over a tag's or an
# archive's posts when the theme prints no list name (115115.ir's tag pages, tests/pages
# 2089): a list's label without its name, as «بایگانی برچسب» is.
POSTS_LABEL_PATTERN: Final = "نوشته[\x20\u200c]*ها"
# The words of a date archive's long label over its day («بایگانی نوشته های روز: DAY», «آرشیو
# مطالب روز: DAY»; a theme's own wording of WordPress's «بایگانی روزانه:»): an archive word,
# «posts»/«news» and the period's name, with the plural endings (fix209); «دسته» (category),
# a theme naming its daily list as a category's («بایگانی نوشته های دسته اخبار روز: DAY»,
# fix222): the label still ends with the colon over one date, as every such label.
DATE_ARCHIVE_LABEL_WORDS: Final = frozenset(
    {
        *ARCHIVE_WORDS, "نوشته", "مطالب", "مطلب", "اخبار", "خبرها", "خبر", "ها", "های",
        "روز", "روزانه", "ماه", "ماهانه", "سال", "سالانه", "دسته",
    }
)  # fmt: skip
# The period words of a day list's label («مطالب روز», «اخبار روزانه», WordPress's «روز»):
# with the archive's vocabulary alone, no archive word, such a label over one date still
# names a day's list of posts (fix232).
DATE_ARCHIVE_PERIOD_WORDS: Final = frozenset({"روز", "روزانه", "ماه", "ماهانه", "سال", "سالانه"})
# The marks a theme may part a day list's label from its date with, besides WordPress's
# colon: a dash, an en or em dash, a bar («بایگانی نوشته‌های روز - DAY»), or none (fix232).
DATE_ARCHIVE_SEPARATORS: Final = ":-–—|"
# Words that join a noun to what follows it and never end a list's name: «نگاهی به آرشیو -
# SITE» is a headline about an archive, «سنگ اصفهان بایگانی - SITE» a tag's archive (fix196).
LINKING_WORDS: Final = frozenset({"از", "در", "به", "با", "برای", "تا", "بر", "و", "را", "که"})

# A daily box's heading alone on its line: the lines under it (to the next blank line) are
# the box's quote or verse, never the article («حدیث روز» over a saying, hoghoogh24.ir;
# «پیام‌نما», Mehr News's daily verse box, real58 #07). A trailing colon is ignored.
DAILY_BOX_HEADINGS: Final = (
    "حدیث روز", "حدیث امروز", "سخن روز", "سخن امروز", "آیه روز", "ذکر روز", "ذکر امروز",
    "جمله روز", "کلام روز", "فال حافظ", "فال روز", "پیام‌نما",
)  # fmt: skip
# A news-of-the-day box's label (fix278): the one line under it (to its blank line) is
# another item's headline or teaser, never the article's: Persian «خبر روز», «خبرهای روز»,
# Tajik «Хабари рӯз», «Хабарҳои рӯз» (sangar.info, blind95, tests/pages 2486/2487). The
# box holds that one line only, and the page's own headline under it stays.
DAY_NEWS_BOX_HEADINGS: Final = ("خبر روز", "خبرهای روز", "хабари рӯз", "хабарҳои рӯз")

# A news box's heading over its headlines («the headlines»: shahrbanoo.news, real45 #11),
# not in CHROME_PHRASES: alone over a headline printed again a few lines below, the box's
# name over the page's own headline (_listing._ticker_on_top).
HEADLINES_BOX_HEADINGS: Final = (
    "سرخط خبرها", "سرخط اخبار", "سرخط خبر", "سرتیتر خبرها", "سرتیتر اخبار", "تیتر خبرها",
    # Tajik «hot news» (cccp.tj's box of the day's items, fix195).
    "хабари доғ", "хабарҳои доғ",
)  # fmt: skip

# A site's news section named over its items or an article («اخبار و رویداد»): never a
# story's headline (_listing._list_shape_doubt, fix195).
NEWS_SECTION_NAMES: Final = (
    "اخبار و رویداد", "اخبار و رویدادها", "اخبار و رخدادها",
)  # fmt: skip

# Units a price or weather widget line ends with («۵۲,۳۰۰ تومان», «۲۳ درجه»).
WIDGET_UNITS: Final = ("تومان", "ریال", "درجه", "دلار", "یورو")

# Relative dates («امروز ۱۶:۴۲», «۲ ساعت پیش»): never converted, the parser does not read the clock.
RELATIVE_WORDS: Final = (
    "امروز", "دیروز", "پریروز", "پیش", "قبل", "لحظاتی", "اخیرا", "today", "yesterday", "ago",
)  # fmt: skip

# A newspaper issue line names the paper's volume: «سال سیزدهم», «سال ۱۳».
ISSUE_VOLUME_WORD: Final = "سال"
# A note of the zone after a time («۱۲:۱۹ بوقت تهران», «به وقت ایران»): Tehran time, the default.
ZONE_NOTE_PLACES: Final = ("تهران", "ایران", "رسمی ایران")

# Zone abbreviations after a time that name one offset wherever they are used: the North
# American summer names (Blogger's «07:44 AM PDT»). The standard names are not read: «PST»
# is also Pakistan's and the Philippines', «EST» was Australia's in the tz database until
# 2014, «CST» and «CDT» are China's and Cuba's too, «IST» three countries'.
ZONE_ABBREVIATIONS: Final = {"PDT": -7 * 60, "MDT": -6 * 60, "EDT": -4 * 60}

# Greenwich written in Arabic script after a time, as GMT is in Latin: BBC Pashto's and BBC
# Persian's old story pages print «11:13 گرينويچ» (normalised spellings; the offset is 0).
GREENWICH_WORDS: Final = ("گرینویچ", "گرینیچ")

# Zone abbreviations after a time that are NOT read, because each names more than one offset
# (above; «BST» is British Summer Time and Bangladesh's, «AST» Atlantic and Arabia, «IRST»
# has meant +03:30 and, on pages that kept it through Iran's summer time, +04:30), or the
# offset a site means by it changed with the season (CET, EET; and North America's generic
# names ET, CT, MT, PT, standard time in winter and daylight time in summer: «12/16/2010 9:09
# AM ET», a date-extractor test, conf32). The grammar matches them so the time is not read
# as Tehran's: _dates keeps the day, date only, warned (zone-unread).
ZONE_ABBREVIATIONS_UNREAD: Final = (
    "PST", "MST", "CST", "EST", "AST", "HST", "AKST", "BST", "IST", "CET", "CEST", "EET",
    "EEST", "WET", "WEST", "MSK", "IRST", "IRDT", "AEST", "AEDT", "ET", "CT", "MT", "PT",
)  # fmt: skip

# The first part of an IANA zone name («Asia/Kabul», «America/Argentina/Salta»): every area
# of the tz database that names zones as Area/Location (tests/test_zone_names.py checks this
# list against the tzdata package). A name after a time is read only with one of these.
ZONE_AREAS: Final = (
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Brazil",
    "Canada",
    "Chile",
    "Etc",
    "Europe",
    "Indian",
    "Mexico",
    "Pacific",
    "US",
)
# Number words a newspaper may spell its issue number in («شماره هشت هزار و دویست و ...»).
NUMBER_WORDS: Final = (
    "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده",
    "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی",
    "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد", "یکصد", "دویست", "سیصد", "چهارصد",
    "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد", "هزار",
)  # fmt: skip

# -- Page chrome around the article (issue 16): menus, section names, site furniture. ------

# A template's credit or demo name printed in a page's chrome: a content system's name and a
# word for a template or theme, on one short line («SJ News - шаблон joomla Авто», a Joomla
# template's demo name over an article, journalism.tnu.tj; «Шаблоны Joomla 3 здесь: ...», a
# template seller's link over an article, bells.rdb.su). Lower case.
CMS_NAMES: Final = ("joomla", "wordpress", "drupal", "جوملا", "وردپرس")

# An international site's country edition named by the host's first label, and the zone of
# the wall time it prints (fix207: tj.sputniknews.ru, tj.usembassy.gov; fix210: the agencies'
# editions for the post-Soviet countries a Persian reader meets, kz.sputniknews.ru). Each of
# these countries writes an all-digit date day first (DD.MM.YYYY), so an edition's ambiguous
# «05.12.2023» is 5 December. Only country codes that name no language are read: «uz»
# (Uzbek), «az» (Azerbaijani, Iran's too), «am» (Amharic), «ru» (Russian), «kg» (Kongo) and
# «ky» (Kyrgyz) open language editions as often (uz.wikipedia.org, ru.euronews.com), whose
# clock is not the country's; Russia's own sites keep eleven zones, no one clock.
# Kazakhstan's one zone is +05:00 since 2024-03-01 (tzdata 2024a's Asia/Almaty; +06:00 before).
COUNTRY_EDITION_ZONES: Final = {
    "tj": "Asia/Dushanbe",
    "kz": "Asia/Almaty",
    "ge": "Asia/Tbilisi",
    "by": "Europe/Minsk",
    "md": "Europe/Chisinau",
}

# Blog platforms whose first label is the blog's name, chosen by its owner (NAME.blogfa.com,
# NAME.mihanblog.com, NAME.blog.ir, NAME.persianblog.ir, NAME.blogspot.com): the host's own
# name is that label, the platform's is no site's (attacks31, attacks50).
BLOG_PLATFORMS: Final = frozenset(
    {
        "blogfa.com",
        "blogsky.com",
        "mihanblog.com",
        "loxblog.com",
        "rozblog.com",
        "parsiblog.com",
        "persianblog.ir",
        "blog.ir",
        "blogspot.com",
        "wordpress.com",
    }
)
# Blog platforms whose month archive is a four-digit code at the root, the Jalali year's
# last two digits then the month, «.aspx»: Blogfa's «/9102.aspx» (1391, month 02; its posts
# are «/post/N» or «/post-N.aspx»; tests/pages 2232, fix234). Such an address names no item.
MONTH_CODE_ARCHIVE_PLATFORMS: Final = frozenset({"blogfa.com"})
# Blog platforms whose front page's later pages are «?p=N» at the blog's root: Blogfa's
# «NAME.blogfa.com/?p=2» is the front page's second page, older posts listed (its posts are
# «/post/N» or «/post-N.aspx»; khatekhatam.blogfa.com, real71 #12, fix249), where
# WordPress's «/?p=N» names one post. Such an address names no item and lists posts.
PAGE_QUERY_PLATFORMS: Final = frozenset({"blogfa.com"})
# Blog platforms whose post is «/p/N» at the blog's root, with its slug after the number or
# without it: Niloblog's «NAME.niloblog.com/p/89/<slug>» (tests/pages 1947, 2417) and the
# same post's short «/p/15» (cmirzaie9.niloblog.com, real76 #20, fix269). Another host's
# «/p/6120» with no slug is as often a list's page and is not read so (fix127).
POST_PATH_PLATFORMS: Final = frozenset({"niloblog.com"})
TEMPLATE_WORDS: Final = ("шаблон", "template", "theme", "قالب", "پوسته")

# A language switcher's items (:func:`header.is_language_switcher`): ISO 639-1 codes of the
# languages sites offer their pages in («EN | ES |» over lindat.mff.cuni.cz's corpus viewer,
# «FA | EN», «EN / AR»), and languages' own names («فارسی | العربي | English» at the top of
# kayhan.ir's pages, tests/pages/018). Codes are matched in any letter case, names folded.
LANGUAGE_CODES: Final = frozenset(
    {
        "ar", "az", "de", "en", "es", "fa", "fr", "he", "hi", "it", "ja", "kk", "ko", "ku",
        "ky", "nl", "pl", "ps", "pt", "ru", "sv", "tg", "tk", "tr", "uk", "ur", "uz", "zh",
    }
)  # fmt: skip
# Three-letter abbreviations a switcher prints in capitals instead («ENG | ESP |», «RUS /
# TJK»): ISO 639-2/3 codes and the forms sites use beside them (ESP, GER, TJK). Matched in
# capitals only, between bars or slashes: in lower or title case they are words («per»).
LANGUAGE_CODES_3: Final = frozenset(
    {
        "ara", "aze", "chi", "deu", "eng", "esp", "fas", "fra", "fre", "ger", "heb", "hin",
        "ita", "jpn", "kaz", "kir", "kor", "kur", "nld", "per", "pol", "por", "prs", "pus",
        "rus", "spa", "swe", "tgk", "tjk", "tuk", "tur", "ukr", "urd", "uzb", "zho",
    }
)  # fmt: skip
LANGUAGE_NAMES: Final = (
    "English", "فارسی", "پارسی", "دری", "پښتو", "اردو", "العربية", "العربیة", "العربي",
    "العربی", "عربی", "کوردی", "کردی", "Français", "Deutsch", "Español", "Русский",
    "Türkçe", "ترکی", "Тоҷикӣ", "Тоҷики", "Azərbaycan", "中文",
)  # fmt: skip

# Whole lines of site furniture: a line that is one of these (punctuation aside) is never
# a headline.
# A list's name that follows the home item in a breadcrumb run without separators
# («صفحه نخست اخبار مناسبت ها»: home / news / occasions; fix237).
HOME_RUN_LIST_NAMES: Final = ("اخبار", "خبرها", "مقالات", "مطالب", "وبلاگ", "بلاگ")

# A menu's or breadcrumb's link to the site's home page, by its text (compared in lower case,
# spaces folded): Persian and Dari, Pashto («کور»), Tajik («Асосӣ») and Latin home words. An
# HTML page given without its address names its site's host by such a link (fix275).
HOME_LINK_WORDS: Final = frozenset(
    {"خانه", "صفحه اصلی", "صفحه نخست", "صفحه اول", "کور", "асосӣ", "home", "homepage"}
)

# Words a site's description says itself with («در این وبلاگ از ... می نویسیم»: blog, site,
# portal): a line under a name that repeats the name's words and holds one of these is the
# site's description under its name, and the line under both is the post's title (fix275).
SELF_NAMING_WORDS: Final = frozenset(
    {"وبلاگ", "بلاگ", "سایت", "وبسایت", "وب\u200cسایت", "پایگاه", "تارنما", "وبگاه"}
)
# The words opening a site's description that points at itself before one of
# SELF_NAMING_WORDS: «این وبلاگ قرار است ...», «در این وبلاگ ...» (this blog, in this blog;
# ayatollahi.persianblog.ir, tests/pages 2560; fix295).
SELF_POINTING_OPENERS: Final = ("این", "در این")

# An image's alternative text for the site's logo, kept as a line by text extraction: the
# word «لوگو» / «لوگوی» / «logo» (:data:`LOGO_WORDS`), then at most the site's name,
# «لوگوی سایت شهرداری اسدیه» (asadiyeh.ir, tests/pages 2540; fix290). A headline about a
# logo says what became of it (a verb) or calls it new (:data:`LOGO_NEWS_WORDS`).
LOGO_WORDS: Final = ("لوگو", "لوگوی", "لوگو ی", "logo")
LOGO_NEWS_WORDS: Final = frozenset(
    {"جدید", "تازه", "قدیمی", "قدیم", "رسمی", "منتخب", "برتر", "برگزیده", "new", "official"}
)

# The label of the year's slogan banner, printed alone with the year by its image: «شعار
# 1402», «شعار سال ۱۴۰۳» (the year's slogan, :data:`YEAR_NAMES`, as the image's alt text;
# asadiyeh.ir, tests/pages 2540; fix290).
YEAR_SLOGAN_WORDS: Final = ("شعار سال", "شعار")

CHROME_PHRASES: Final = (
    # A theme's widget area's label left printed over the page («هدر بالا», "top header":
    # payamekhabar.ir, real59 #09; fix192).
    "هدر بالا",
    "هدر پایین",
    "صفحه نخست",
    "صفحه اصلی",
    "خانه",
    "جستجو",
    "جستجوی پیشرفته",
    # A portal's link to a web search beside its own («جستجوی پیشرفته   جستجوی وب»: a
    # university research centre's header, pnrc.uswr.ac.ir, real32's sample).
    "جستجوی وب",
    # A visit counter's box heading, its counts on the line under it («آمار بازدید» /
    # «بازدید این صفحه : ... | کل بازدید : ...»: the same header).
    "آمار بازدید",
    "جستجو برو",
    # Pure Persian's words for a search («کاوش», «کاوش پیشرفته»: a bar association's site
    # header, iranbar.org, real55 #24).
    "کاوش",
    "کاوش پیشرفته",
    "برو",
    "منوی اصلی",
    "منوی بالا",
    "منو",
    "دسترسی سریع",
    "لینک های قابلیت دسترسی",
    "لینک های قابل دسترسی",
    "پرش به محتوا",
    "پرش به گزارش",
    "رفتن به محتوا",
    # Drupal's skip link in Persian (an engineers' body's site, azarnezam.ir, real60 #10).
    "رفتن به محتوای اصلی",
    "پرش به محتوای اصلی",
    "رفتن به مطلب",
    "پرش به مطلب",
    # Drupal's skip link in another wording (abfaesfahan.ir's front page, blind77, tests/pages
    # 2124; fix212).
    "انتقال به محتوای اصلی",
    "انتقال به محتوا",
    "skip to content",
    "skip to main content",
    # Bootstrap's collapsed menu button, its screen-reader text printed in a page's text
    # (vatanlink.com's front page, blind77, tests/pages 2126; fix212).
    "toggle navigation",
    # WordPress's skip link in Russian, a Tajik blog's theme language (ksaadat.co, tests/pages
    # 1270): «Перейти к содержимому», and other themes' wordings.
    "перейти к содержимому",
    "перейти к содержанию",
    "перейти к контенту",
    # A breadcrumb's heading (Drupal's «You are here»), printed over the trail.
    "شما اینجا هستید",
    "شما در اینجا هستید",
    "you are here",
    "ورود",
    # A login form's fields (WordPress and others): never a headline.
    "نام کاربری",
    "نام کاربری یا نشانی ایمیل",
    "نام کاربری یا ایمیل",
    "رمز عبور",
    "کلمه عبور",
    "مرا به خاطر بسپار",
    "مرا بخاطر بسپار",
    "رمز عبور را فراموش کرده اید",
    "ثبت نام",
    "عضویت",
    "تماس با ما",
    "درباره ما",
    # A menu's link to the site's picture gallery («خانه مقالات درباره ما تماس با ما گالری»:
    # a bar-less menu of a site's pages over the text, mut53b's page (h); fix291).
    "گالری",
    "گالری تصاویر",
    "گالری عکس",
    "آرشیو",
    "فهرست مقالات",  # a journal site's link back to an issue's table of contents
    "فهرست مطالب",
    "صفحات",
    "فیلم بیشتر",
    "عکس بیشتر",
    "بیشتر",
    "ادامه مطلب",
    "بازگشت",
    "بازگشت به خانه",
    # A detail view's heading over the item (a feed mirror's «جزئیات خبر | تلگرام»).
    "جزئیات خبر",
    "جزئیات مطلب",
    # A link that opens an item's detail view, «نمایش جزئیات» / «مشاهده جزئیات» (show details:
    # a shrine's eulogy site prints it over the item's title, babolharam.net, tests/pages
    # 2269; fix236): a UI word, never a headline.
    "نمایش جزئیات",
    "مشاهده جزئیات",
    "بازگشت به صفحه اصلی",
    "بازگشت به صفحه نخست",
    # Liferay's portlet titles left at their defaults (fix188): the Asset Publisher's
    # «نمایشگر دسته ای مطالب» (zarchedu, bafgh.gov: tests/pages 1303, 2008), the Web
    # Content Display's «نمایشگر محتوای وب».
    "نمایشگر دسته ای مطالب",
    "نمایشگر محتوای وب",
    "قالب وبلاگ",
    "قالب وردپرس",
    "دسته ها",
    "دسته بندی ها",
    # WordPress's default category, printed over a post filed in no category (its category
    # line or link, obodan.com: tests/pages/2060, 2061; fix198): «دسته‌بندی نشده» (the
    # Persian translation, also with its ZWNJ dropped or a space), «بدون دسته‌بندی» (older
    # translations), the English «Uncategorized». A category's name, never a headline.
    "دسته بندی نشده",
    "بدون دسته بندی",
    "uncategorized",
    "uncategorised",
    "موضوعات",
    "پیوندها",
    "لینک دوستان",
    # A social box's heading and its contact line, «join us» / «contact us» in Uzbek
    # (khalkovozi.tj: «Бизга қӯшилинглар» with the Tajik letter ӯ, the Uzbek spelling ў).
    "Бизга қӯшилинглар",
    "Бизга қўшилинглар",
    "Биз билан боғланинг",
    # PersianBlog's sidebar headings (old templates: lemraski.persianblog.ir,
    # baghshah.persianblog.ir): «صفحات وبلاگ», «کلمات کلیدی مطالب», «نویسندگان وبلاگ».
    "صفحات وبلاگ",
    "کلمات کلیدی مطالب",
    "نویسندگان وبلاگ",
    # A prayer-times widget's heading over the page (sobhealvand.ir, tests/pages/1740; the
    # widget's own words are WIDGET_WORDS): alone on its line, never a headline.
    "اوقات شرعی",
    "آرشیو وبلاگ",
    # A blog's statistics box heading over its counters («آمار وبلاگ» / «تعداد بازدید : ...»:
    # a Tebyan blog's sidebar printed before the post, booghiran.tebyan.net: blind81,
    # tests/pages 2206; fix227).
    "آمار وبلاگ",
    "اخبار سایت",
    "ویژه های خبری",
    "آخرین اخبار",
    # «latest news» in Pashto: a ticker's label over the page (htnpashto.com, tests/pages/1331).
    "تازه خبرونه",
    "وروستي خبرونه",
    "اخبار ویژه",
    "پربازدیدترین",
    "پربازدیدترین ها",
    "پربحث ترین",
    "تیتر یک",
    "چندرسانه ای",
    "عکس",
    "فیلم",
    "ویدیو",
    "پادکست",
    "اینفوگرافیک",
    "کاریکاتور",
    "رسانه",
    "نسخه موبایل",
    # A theme toggle's button (a news site's top bar: «حالت تاریک» on meraatnews.ir,
    # tests/pages/1325): the switch between a dark and a light page, never a headline.
    "حالت تاریک",
    "حالت روشن",
    "حالت شب",
    "حالت روز",
    "تم تاریک",
    "تم روشن",
    "Dark mode",
    "Light mode",
    "RSS",
    # A journal article's toolbar (Yektaweb): «XML English Abstract Print».
    "XML",
    "English Abstract",
    "Print",
    # Joomla K2's item toolbar and rating box («Print this page», «Rate this item», then
    # «(0 votes)»), also in its print view.
    "Print this page",
    "Rate this item",
    "Page",
    "Newsletter",
    "Connect with us",
    "English",
    "العربیه",
    "العربی",
    "فارسی",
    "تازه ترین ها",
    "جدیدترین ها",
    "تازه ها",
    "اخبار فوری",
    "لحظه به لحظه",
    # A live stream's link or badge («پخش زنده» on IRIB's provincial sites, Pashto «ژوندۍ»).
    "پخش زنده",
    "پخش مستقیم",
    "زنده",
    "ژوندۍ",
    "ژوندی",
    "Live",
    # A share bar's buttons, one a line or several on one («تلگرام واتس اپ»).
    "اشتراک گذاری",
    "اشتراک گذاری با",
    "اشتراک در",
    "تلگرام",
    "واتس اپ",
    "واتساپ",
    "ایتا",
    "روبیکا",
    "سروش",
    "توییتر",
    "فیسبوک",
    "لینکدین",
    "لینک",
    "کپی لینک",
    "لینک کوتاه",
    # Blogger's profile widget's heading in Persian («درباره من», About Me: irava1995's
    # sidebar, tests/pages 1386; fix287).
    "درباره من",
    # vBulletin's thread tools menu in Persian («ابزارهای موضوع», Thread Tools: sarmaye's
    # forum, tests/pages 2181; fix287).
    "ابزارهای موضوع",
)

# Section and service names: a short line made only of these is a menu or a breadcrumb.
SECTION_WORDS: Final = (
    "سیاسی",
    "اقتصادی",
    "اجتماعی",
    "فرهنگی",
    "هنری",
    "ورزشی",
    "بین الملل",
    "بین الملل",
    "استان ها",
    "استانها",
    "علمی",
    "فناوری",
    "حوادث",
    "جامعه",
    "سلامت",
    "پزشکی",
    "دانشگاه",
    "آموزش",
    "ورزش",
    "فوتبال",
    "اقتصاد",
    "سیاست",
    "فرهنگ",
    "هنر",
    "دین",
    "اندیشه",
    "جهان",
    "ایران",
    "بازار",
    "بورس",
    "انرژی",
    "محیط زیست",
    "گردشگری",
    "سینما",
    "تلویزیون",
    "کتاب",
    "ادبیات",
    "موسیقی",
    "تئاتر",
    "اخبار",
    "خبر",
    "خبرها",
    "گزارش",
    "گفتگو",
    "گفت وگو",
    "یادداشت",
    "مقاله",
    "مقالات",
    "تحلیل",
    "عکس",
    "فیلم",
    "ویدئو",
    "ویدیو",
    "چندرسانه ای",
    "و",
    "داخلی",
    "خارجی",
    "ملی",
    "استانی",
    "شهری",
    "روز",
    "ویژه",
    "مهم",
    "برگزیده",
    "مقررات",
    "بخشنامه",
    "بخشنامه ها",
    "قوانین",
    "آیین نامه ها",
    "اطلاعیه",
    "اطلاعیه ها",
    "خدمات",
    "اخبار دانشگاه",
    "اخبار استان",
    # «News» in Uzbek and Tajik Cyrillic, a menu item over the article (khalkovozi.tj's
    # «ХАБАРЛАР»; Tajik sites' «Хабарҳо»); folded to lower case before the lookup.
    "хабарлар",
    "хабарҳо",
    # Tajik «Sport» over a sports item (javonon.tj's «ВАРЗИШ», tests/pages/1589) and Pashto
    # «News» over an Afghan daily's article (hewaddaily.com's «خبرونه», tests/pages/1590):
    # a section's name alone on its line, never a headline.
    "варзиш",
    "خبرونه",
)

# A recipe's section headings, opening its line («مواد لازم», «مواد لازم برای ۶ نفر:», «● طرز
# تهیه»). A recipe page whose extractor left its dish's name out opens with the ingredients'
# heading (bamemeybod.ir/6013/..., khaandaniha.ir/news/882035/..., iranianuk.com's recipes).
RECIPE_SECTION_WORDS: Final = (
    "مواد لازم", "مواد مورد نیاز", "طرز تهیه", "روش تهیه", "دستور پخت",
)  # fmt: skip

# A document's own section headings, a line alone: a report's or a regulation's section
# (tests/pages_extracted: a text whose headline its extractor left out opens with one).
DOCUMENT_SECTION_WORDS: Final = (
    "مقدمه", "پیشگفتار", "پیش گفتار", "چکیده", "نتیجه گیری", "جمع بندی", "فهرست مطالب",
    "منابع", "منابع و مآخذ", "پیوست", "پیوست ها",
    # A company's or a regulation's «Definition(s)» section over its text (pogc.ir's about page).
    "تعریف", "تعاریف",
    # A wiki entry's first section, «Generalities» (a tag page's wiki text, real57 #13: fix187).
    "کلیات",
)  # fmt: skip

# A search form's field labels, each alone on its line (a colon after it at most): a news
# search page's «تیتر / سرویس / از تاریخ / تا تاریخ / کلید واژه» over its results
# (ramzgoshanews.ir/news/search, real33 #25). Labels of a form, never a page's title.
SEARCH_FORM_LABEL_WORDS: Final = (
    "از تاریخ", "تا تاریخ", "تاریخ از", "تاریخ تا", "کلید واژه", "کلیدواژه", "کلمه کلیدی",
    "کلمات کلیدی", "جستجو در", "جستجو بر اساس", "عبارت جستجو", "جستجو در بخش",
    # The same form's first fields, a word alone: the headline's and the desk's.
    "تیتر", "سرویس",
)  # fmt: skip

# A record's field labels, a word alone on the line over the field's value (an encyclopedia
# entry's «معرف» over its one-line definition, a paper's «چکیده» over its abstract, an
# event's or a regulation's «برگزارکننده» over the organiser's name).
FIELD_LABEL_WORDS: Final = ("معرف", "تعریف", "چکیده", "خلاصه", "برگزارکننده", "برگزار کننده")

# The first word of a schedule's or a record's field label printed «LABEL: VALUE» (a call's
# «مهلت ارسال مقاله: ۱۵ دی ۱۴۰۲», «محل برگزاری: تالار ...», «ساعت: ۹ صبح»): a field of the
# page, never its headline (fix235; a speaker's quote, «وزیر کشور: ...», names a person).
VALUE_FIELD_LABEL_FIRST: Final = (
    "مهلت", "تاریخ", "زمان", "محل", "مکان", "ساعت", "هزینه", "ظرفیت", "نشانی", "آدرس",
    "تلفن", "مبلغ", "مدت",
)  # fmt: skip

# An event's date labels («تاریخ برگزاری: ۱۴۰۲/۰۹/۲۵» glued after an exhibition's headline):
# the day the event is held, never the page's (fix271). A space matches a space, a ZWNJ or
# nothing.
EVENT_DATE_LABELS: Final = (
    "تاریخ برگزاری", "زمان برگزاری", "تاریخ و ساعت برگزاری", "تاریخ و زمان برگزاری",
    "روز برگزاری",
)  # fmt: skip

# A meeting's next day under its label, «جلسه بعدی: ۵ دی ۱۴۰۲» (next meeting), Pashto «راتلونکې
# غونډه: ۱۴۰۲ د جدی ۵» («راتلونکې», coming; «بله», next; «غونډه», meeting): a day still to
# come, never the page's publication (attacks82; fix302). A space matches a space, a ZWNJ or
# nothing.
NEXT_MEETING_LABELS: Final = (
    "جلسه بعدی", "جلسه آینده", "نشست بعدی", "نشست آینده", "راتلونکې غونډه", "راتلونکی غونډه",
    "بله غونډه",
)  # fmt: skip

# A blog platform's post signature, printed under each post after a bullet mark (Blogfa's
# «+ نوشته شده در DATE ساعت TIME توسط NAME», tests/pages 1430, 617; fix235).
POST_SIGNATURE_OPENINGS: Final = ("نوشته شده در", "ارسال شده در", "نوشته شده توسط")

# A blog post's footer label run into the body's last sentence by the text's extraction, no
# break between («...افتتاح شد.ارسال در تاریخ یکشنبه 7 شهریور 1389 توسط NAME», a Mihanblog
# post's footer, tests/pages 2535; fix294): the labels such a footer opens with.
GLUED_FOOTER_LABELS: Final = ("نوشته شده در", "ارسال شده در", "ارسال در تاریخ", "نگارش در تاریخ")

# The published labels that only a post's footer prints («ارسال در تاریخ DATE توسط NAME», sent
# on DATE, Mihanblog's footer: tests/pages 2535), which a shop's shipping line or a call's
# deadline prints too («...ثبت کنید.ارسال در تاریخ DATE توسط پست پیشتاز»): read after the
# lead, a footer's label, which the date line under the headline outranks (fix304; attacks83).
FOOTER_ONLY_PUBLISHED_LABELS: Final = ("ارسال در تاریخ",)

# A site's copyright notice in its footer («کلیه حقوق این سایت محفوظ است», «© 2025», «All
# rights reserved»), printed beside a template's today stamp on the page's last line (fix244).
COPYRIGHT_PHRASES: Final = (
    "کلیه حقوق",
    "تمامی حقوق",
    "همه حقوق",
    "حقوق مادی و معنوی",
    "©",
    "copyright",
    "all rights reserved",
)

# A site's design credit opening a footer line («طراحی و پشتیبانی: شرکت ...», «Powered by
# WordPress»), printed with the copyright notice under a template's today stamp (fix251).
DESIGN_CREDIT_OPENINGS: Final = (
    "طراحی و پشتیبانی",
    "طراحی و اجرا",
    "طراحی و توسعه",
    "طراحی و تولید",
    "طراحی سایت",
    "طراحی شده توسط",
    "طراحی توسط",
    "پشتیبانی فنی",
    "designed by",
    "powered by",
    "design by",
)

# A newsroom's desk, the word opening a desk-and-reporter line over a newspaper's lead
# («گروه راه و شهرسازی| NAME|» on taadolnewspaper.ir, «سرویس سیاسی| NAME»).
DESK_WORDS: Final = ("گروه", "سرویس")

# A news group's rubric printed before every item's headline on the same line: a plural
# news word and one of these qualifiers («خبرهای داغ ورزشی HEADLINE», radiojavan.ir's
# programme pages; «اخبار ویژه» on pgnews.ir). Qualifiers that open real headlines' subjects
# («خبرهای خوش», «خبرهای تازه از ...») are not listed.
RUBRIC_NEWS_WORDS: Final = ("اخبار", "خبرها", "خبرهای")
RUBRIC_QUALIFIERS: Final = ("داغ", "ویژه", "فوری", "برگزیده")

# A list's name a site's section prints before an item's headline on its line, parted by a
# colon: «اخبار پایگاه : روز جهانی فشار خون» (a medical laboratory's news item,
# zeinalislab.ir, tests/pages 2319). The name opens with one of these words (news,
# announcements; a space or a ZWNJ between their parts); a speaker's name before a quote
# («وزیر: ...») opens with none.
SECTION_LABEL_WORDS: Final = ("اخبار", "خبرهای", "اطلاعیه ها", "اطلاعیه های")

# A site's beta badge its template prints before every headline, run into it or not
# («نسخه آزمایشی6 روستای ...», a governorate's county pages, ostan-ks.ir, real60 #06).
BETA_BADGES: Final = ("نسخه آزمایشی", "نسخه بتا")

# A social-media follow line a blog's template prints over every post, run into the post's
# title on one line («دنبال کنید @HANDLE تلگرام HANDLE NAME را در اینستاگرام HEADLINE»,
# badmintonlovers.blogfa.com, tests/pages 2305/2306): the call that opens it, and the
# messengers whose name (or a handle) ends it. «بله» (also "yes") is not an end.
FOLLOW_CALLS: Final = ("دنبال کنید", "ما را دنبال کنید", "عضو شوید", "بپیوندید", "follow us")
FOLLOW_MESSENGERS: Final = (
    "تلگرام", "اینستاگرام", "اینستا", "ایتا", "روبیکا", "سروش", "واتساپ", "واتس اپ",
    "توییتر", "تویتر", "فیسبوک", "آپارات", "یوتیوب", "لینکدین", "telegram", "instagram",
    "twitter", "facebook", "youtube", "aparat", "eitaa", "rubika",
)  # fmt: skip

# The country closing an author's affiliation in a journal article's header («1 گروه ...،
# دانشکده ...، دانشگاه ...، تهران، ایران»: jmds.mums.ac.ir, medrehab.sbmu.ac.ir,
# jams.arakmu.ac.ir), in the scripts journals of Persian-speaking countries print it.
AFFILIATION_COUNTRIES: Final = (
    "ایران", "iran", "افغانستان", "afghanistan", "تاجیکستان", "tajikistan",
)  # fmt: skip

# The labels of a rating widget's scale («بی اهمیت | کم اهمیت | متوسط | مهم | خیلی مهم» under
# «اهمیت موضوع:» on 2feeds.com; «ضعیف | متوسط | خوب | عالی»): printed as buttons side by side,
# extraction runs them into one line. Compared squeezed (no spaces or ZWNJs).
RATING_SCALE_WORDS: Final = (
    "بی اهمیت", "کم اهمیت", "متوسط", "مهم", "خیلی مهم", "بسیار مهم", "خیلی کم", "کم",
    "زیاد", "خیلی زیاد", "ضعیف", "خوب", "خیلی خوب", "بسیار خوب", "عالی", "بد", "خیلی بد",
    "معمولی", "بسیار بد",
)  # fmt: skip

# A short line starting with one of these heads a box of items related to the article
# above it (its own, not the site's latest or most-read): «مطالب مرتبط», «اخبار مشابه», a
# WordPress theme's «نوشته‌های مرتبط» / «پست های مرتبط», the Jannah theme's «نوشته‌های
# مشابه» (zariyan.ir). Its items are other posts, each printed as the theme prints them.
RELATED_BOX_WORDS: Final = (
    "اخبار مرتبط", "مطالب مرتبط", "خبرهای مرتبط", "مطالب پیشنهادی", "مطالب مشابه",
    "اخبار مشابه", "خبرهای مشابه", "related", "پست های مرتبط", "پست‌های مرتبط",
    "نوشته های مرتبط", "نوشته‌های مرتبط", "نوشته های مشابه", "نوشته‌های مشابه",
)  # fmt: skip

# A short line starting with one of these ends the article's body: a related list
# (:data:`RELATED_BOX_WORDS`), the most-read box, comments.
SECTION_END_WORDS: Final = (
    *RELATED_BOX_WORDS,
    "پیشنهاد سردبیر",
    "پربازدیدترین", "پربازدید ترین", "پربحث ترین", "پربحث‌ترین", "پربیننده ترین",
    "پربیننده‌ترین", "پر بیننده ترین", "پر بیننده‌ترین", "آخرین اخبار", "آخرین مطالب",
    "نظرات", "دیدگاه ها", "دیدگاه‌ها", "ارسال نظر", "ارسال دیدگاه", "نظر شما", "نظرات کاربران",
    "بیشتر بخوانید", "سایر اخبار", "اخبار روز",
    # A box of the latest items under the article (moph.gov.af's «Latest announcements»).
    "آخرین اطلاعیه ها", "latest news", "latest announcements", "latest posts", "recent posts",
)  # fmt: skip

# A site's box of its latest items, its heading alone on its line («آخرین ها», printed with a
# space by cinemacinema.ir's theme under a tag page's one item, real56; fix179).
LATEST_BOX_HEADINGS: Final = (
    "آخرین ها", "آخرین‌ها", "آخرین مطالب", "آخرین اخبار", "latest posts", "recent posts",
)  # fmt: skip

# A list's «new» badge, printed after an item's headline and run into its line by text
# extraction («... روبه‌رو کرده است جدید»: SharePoint's news list).
NEW_BADGE_WORDS: Final = ("جدید", "new")

# The icons a Joomla article prints after its headline (PDF, print, e-mail), their labels
# run into the headline's line by text extraction («... مشاهده در قالب PDF چاپ فرستادن به
# ایمیل», arabkheil.ir, real61 #01).
ARTICLE_ICON_LABELS: Final = (
    "مشاهده در قالب PDF", "PDF", "چاپ", "نسخه چاپی", "فرستادن به ایمیل", "ارسال به ایمیل",
    "ایمیل", "Print", "E-mail", "Email",
)  # fmt: skip

# A button alone on the line under an excerpt: the page lists items (a tag page, a blog's
# home page), each item's headline is not the page's.
READ_MORE_WORDS: Final = (
    "بیشتر بخوانید", "ادامه مطلب", "ادامه خبر", "ادامه مطلب را بخوانید", "ادامه مطالعه",
    "مشاهده ادامه مطلب", "read more", "continue reading",
    # A list's «see more» and «read the rest» buttons (iranlawclinic.com, jalise.ir).
    "مشاهده بیشتر", "ادامه را بخوانید",
)  # fmt: skip

# A read-more button of one word alone on the line under an excerpt cut with «...» or «…»,
# the text ending with it (novinchess.ir's tag page of one post: «نتوانست…» / «ادامه», tests/pages
# 2418; fix276). Alone anywhere else the word is no button (a newspaper's «continued»).
READ_MORE_BARE_WORDS: Final = ("ادامه",)

# A category page's heading over its child categories (K2's «طبقه بندي هاي فرزند»,
# «Children categories», printed with Arabic yeh on news.eshtehard.ir's list pages, tests/pages
# 2132; fix218): the page lists a category's subcategories and items, never an article.
CHILD_CATEGORY_HEADINGS: Final = (
    "طبقه بندی های فرزند", "دسته های فرزند", "دسته بندی های فرزند", "زیر دسته ها",
    "زیردسته ها", "children categories", "subcategories",
)  # fmt: skip

# A verb opening a link to every item of a kind: «مشاهده کلیه اخبار» (see all news, a Joomla
# module's link over its latest items, vh.fums.ac.ir, tests/pages 2130; fix218), «نمایش همه
# مطالب». Beside the read-more buttons: chrome, never a headline.
SEE_ALL_VERBS: Final = ("مشاهده", "نمایش", "دیدن")

# The words for «all» before a plural of a site's kinds of items («همه اخبار», «کلیه اخبار»).
ALL_WORDS: Final = ("همه", "تمام", "تمامی", "کلیه", "كل", "کل", "جميع", "جمیع")

# A line starting with one of these is a byline or reading aid, never a headline.
BYLINE_WORDS: Final = (
    "نوشته", "نوشته شده توسط", "نگارش از", "نگارش", "نویسنده", "به قلم", "زمان مطالعه",
    "مدت زمان مطالعه", "زمان تقریبی مطالعه", "تصویر", "عکس از", "عکاس", "ترجمه", "مترجم",
    "آخرین ویرایش", "ارسال شده توسط", "ارسال توسط", "پست شده", "Close", "تهیه و گردآوری",
    "تهیه و تنظیم", "گردآورنده",
)  # fmt: skip

# The plural of «نوشته» (writings) opening a line: «نوشته های کوتاه از باغ ...», a blog's
# motto naming what it prints, no byline's label («نوشته: NAME», «نوشته NAME»; fix296).
# Compared with the line's first two words, a ZWNJ read as a space.
WRITINGS_PLURALS: Final = frozenset({"نوشته ها", "نوشته های", "نوشته هایی"})

# A person's title or office opening a name («امام خمینی», «آیت‌الله ...», «دکتر ...», «وزیر
# خارجه»): a bracketed date after such a name is a quote's attribution («امام خمینی (یکشنبه
# ۲۲ بهمن ۱۳۵۷): ...»), not a site's dateline. Compared squeezed (no spaces or ZWNJs).
PERSON_TITLE_WORDS: Final = frozenset(
    {
        "امام", "آیتالله", "آیهالله", "حجتالاسلام", "دکتر", "مهندس", "رهبر", "رهبری", "شهید",
        "حضرت", "استاد", "شیخ", "علامه", "مرحوم", "سردار", "سرلشکر", "سرتیپ", "سرهنگ", "سید",
        "رئیس", "رییس", "رئیسجمهور", "رییسجمهور", "وزیر", "سخنگوی", "نماینده", "آقای", "خانم",
    }
)  # fmt: skip

# Common Persian given names that are no common words (not «امید», «بهار», «الهام», nor
# «امیر», an emir): a line of two or three words opening with one is a person's name.
# Compared squeezed (no spaces or ZWNJs), Arabic letters normalised («علي» is «علی»).
GIVEN_NAMES: Final = frozenset(
    {
        "محمد", "علی", "حسین", "حسن", "رضا", "مهدی", "سعید", "احمد", "مجید", "حمید",
        "مسعود", "مصطفی", "جواد", "محسن", "مرتضی", "عباس", "ابراهیم", "اکبر", "اصغر", "جعفر",
        "کاظم", "قاسم", "یوسف", "داوود", "سجاد", "میلاد", "فرهاد", "بهروز", "بهزاد", "فرشید",
        "کامران", "سیامک", "شهرام", "داریوش", "کوروش", "بابک", "پرویز", "منصور", "ناصر",
        "جمشید", "هوشنگ", "سهراب", "فریدون", "محمدرضا", "علیرضا", "حمیدرضا", "غلامرضا",
        "محمدعلی", "محمدحسین", "محمدمهدی", "امیرحسین", "ابوالفضل", "مهرداد", "مهران", "کیوان",
        "فاطمه", "زهرا", "مریم", "معصومه", "زینب", "سارا", "نرگس", "لیلا", "مهسا", "نازنین",
        "سمیه", "فرزانه", "پریسا", "مینا", "سمانه", "طاهره", "اعظم", "مژگان",
    }
)  # fmt: skip

# An office that names a speaker, with :data:`PERSON_TITLE_WORDS`: a short line opening with
# one («وزیر نیرو», «معاون استاندار») over «NAME: ...» is the quote headline's speaker.
SPEAKER_TITLE_WORDS: Final = PERSON_TITLE_WORDS | frozenset(
    {
        "معاون", "مدیرعامل", "مدیرکل", "استاندار", "فرماندار", "شهردار", "دبیرکل", "دبیر",
        "فرمانده", "دادستان", "سفیر", "مشاور", "نایبرئیس", "رئیسکل", "رییسکل", "عضو",
    }
)  # fmt: skip

# An institution's unit signing an article, the first word of a short line alone right over
# its text («دبیرخانه انجمن پسته ایران»: an association's Joomla article under its heading,
# iranpistachio.org, real51's #27; «روابط عمومی اداره کل ...»): an author line, never the
# headline. Compared squeezed (no spaces or ZWNJs).
UNIT_BYLINE_WORDS: Final = frozenset({"دبیرخانه", "روابطعمومی"})
# A public-relations office, the word opening its source line over a headline («روابط عمومي
# و اموربين الملل شهرداري يزد», yazd20.com, real77's #27; fix273). Squeezed.
PUBLIC_RELATIONS: Final = "روابطعمومی"
# The office a unit's signature may open with before its word: «مدیریت روابط عمومی دانشگاه»,
# «اداره روابط عمومی ...», «اداره کل روابط عمومی استان» (attacks56, fix164). Squeezed.
UNIT_HEADS: Final = frozenset({"مدیریت", "اداره", "کل", "ادارهکل"})

# The agent stems that close a compound noun written with a space («کشتی گیران», «فیلم
# سازان», «روزنامه نگار»): a word ending «ی» right before one is the compound's first half, a
# noun, no adjective of a list's name a glued breadcrumb may end with (fix304; attacks83).
# The stems are the present stems of the verbs that name a trade or a doer with a noun before
# them (fix308, attacks84's «قالی بافان»: weaving, sewing, cooking, knowing, carving, beating,
# raising, guarding), not one word; a stem that is also a common word of its own («فروش»
# sale, «بند» clause, «کش», «خوان») only as the doers' plural («ماهی فروشان»), and «کار»,
# «بر», «چین», «کن» not at all.
_AGENT_STEMS = (
    "گیر", "ساز", "نویس", "نگار", "گذار", "پرداز", "آموز", "ران", "دار",
    "باف", "دوز", "پز", "شناس", "تراش", "کوب", "پرور", "بان",
)  # fmt: skip
COMPOUND_AGENT_TAILS: Final = frozenset(
    {stem + plural for stem in _AGENT_STEMS for plural in ("", "ان", "های", "ها")}
    | {stem + "ان" for stem in ("فروش", "بند", "کش", "خوان")}
)

# The openings of a lead's credit naming the outlet that reports it («به گزارش خبرنگار دایر،
# ...», «به گزارش ایسنا», «به نقل از ...»): a short line over a tag page's one item that the
# item's lead credits so is the site's own name (daier.ir, blind100 2574; fix298).
CREDIT_OPENINGS: Final = ("به گزارش خبرنگار", "به گزارش", "به نقل از")

# Iran's news agencies, by the names a relay gives them («به گزارش خبرنگار ایرنا از مشهد، ...»,
# «به گزارش خبرگزاری مهر»): a page that relays one is that agency's report, on Tehran's clock,
# whatever Afghan offices it names (fix164). «مهر» and «فارس» (a month, a province) only after
# «خبرگزاری»; a space stands for a space, a ZWNJ or nothing.
IRANIAN_AGENCIES: Final = frozenset(
    {
        "ایرنا", "ایسنا", "ایلنا", "ایکنا", "تسنیم", "شبستان", "خبرگزاری مهر", "خبرگزاری فارس",
        "خبرگزاری میزان", "خبرگزاری دانشجو", "خبرگزاری صدا و سیما", "باشگاه خبرنگاران جوان",
        "خبرگزاری جمهوری اسلامی",
    }
)  # fmt: skip

# Nouns a blog's or a section's label puts in the plural («یادداشتهای روزانه», «سفرنامههای
# شهری», «گزارشهای ویژه»): a two-word label's first word glued to «ها» / «های» with no ZWNJ
# or space is a plural only on one of these stems; «اژدهای مهربان» (a dragon, «اژدها» and
# its «ی») and «تنهای» end so and are none (fix165).
PLURAL_LABEL_STEMS: Final = frozenset(
    {
        "یادداشت", "سفرنامه", "گزارش", "خاطره", "نوشته", "دلنوشته", "داستان", "شعر", "سروده",
        "ترانه", "قصه", "روایت", "عکس", "تصویر", "مقاله", "خبر", "گفتگو", "گفتوگو", "مصاحبه",
        "کتاب", "فیلم", "ویدیو", "ویدئو", "تجربه", "آموزش", "ترجمه", "نامه", "تحلیل", "نقد",
        "دیدگاه", "اندیشه", "برنامه", "اطلاعیه", "پرسش", "پاسخ", "نکته", "ترفند", "یافته",
        "رویداد", "همایش", "سخنرانی", "پیام", "طرح", "پروژه", "دستاورد", "تازه", "برگزیده",
    }
)  # fmt: skip

# Nouns ending with «یه» («حاشیه», «نظریه», «سایه»): with the indefinite «ای» glued, the ZWNJ
# missing («حاشیهای کوتاه» for «حاشیه‌ای کوتاه»), they read «ی» + «ها» + «ی» in letters like
# the glued plural of a noun ending with «ی» («نقاشیهای کودکانه»); on these the word is the
# noun and its «ای», no plural (fix175). A stem ending with «ای» or «وی» before the «یه»
# («سایه», «زاویه») is read so without the list (_article._plural_label).
HEH_YEH_NOUNS: Final = frozenset(
    {
        "حاشیه", "نظریه", "هدیه", "گریه", "ناحیه", "قضیه", "کلیه", "بیانیه", "نشریه", "اولیه",
        "روحیه", "توصیه", "تهیه", "تغذیه", "تجزیه", "تخلیه", "تصفیه", "تکیه", "نقلیه",
        "ثانیه", "قافیه", "مرثیه", "ادعیه", "فرضیه", "ترکیه", "سوریه", "روسیه", "اطلاعیه",
        "خیریه", "بلدیه", "عدلیه", "تعزیه", "تسویه", "تزکیه", "تعبیه", "تسمیه", "توجیه",
    }
)  # fmt: skip

# A table's column names («ردیف», «تاریخ», «وضعیت», «کد رهگیری»): a line that is a run of
# them and little else is the table's header row run into one line, never a headline.
COLUMN_NAME_WORDS: Final = frozenset(
    {
        "ردیف", "نام", "عنوان", "تاریخ", "ساعت", "وضعیت", "تعداد", "قیمت", "بها", "مبلغ", "کد",
        "کد رهگیری", "شماره", "شناسه", "توضیحات", "عملیات", "نوع", "مقدار", "واحد", "جمع",
        "جمع کل", "باقی مانده", "باقیمانده", "شروع", "پایان", "مدت", "سفارش", "محصول", "کاربر",
        "موجودی", "تخفیف", "لینک", "سرویس", "پکیج", "شمارنده", "فایل", "حجم", "دانلود",
        "مشاهده", "ویرایش", "حذف", "پرداخت", "امتیاز", "رتبه", "شرح",
    }
)  # fmt: skip

# A blessing's words after a holy or a revered name: «(سلام الله علیها)», «(قدس سره)», «(علیه
# السلام)», «(صلی الله علیه و آله)», «(رضی الله عنه)». A bracket holding one of them is an
# honorific, glued to the next word by a typing slip, not a breadcrumb's item.
BLESSING_WORDS: Final = frozenset(
    {"الله", "علیه", "علیها", "علیهم", "سره", "عنه", "عنها", "السلام", "تعالی", "فرجه"}
)
# The one-word abbreviations of those blessings printed in round brackets after a name:
# «امام خمینی(ره)», «امام علی (ع)», «حضرت زهرا(س)», «پیامبر اکرم (ص)», «امام زمان (عج)»
# (normalised spellings).
BLESSING_ABBREVIATIONS: Final = frozenset({"ره", "ع", "س", "ص", "عج"})

# The noun a history page's heading opens with, «تاریخچه دانشکده سما» (normalised): the
# page's name, over the heading of its first section (real69 #12), never a kicker over a
# headline.
HISTORY_PAGE_NOUNS: Final = ("تاریخچه",)

# The words a question asking what a thing is ends with (normalised), «آتش نشانی چیست؟»: a
# learning page's first section heading under the page's name (real73 #08, fix257).
DEFINITION_QUESTION_WORDS: Final = ("چیست", "کیست", "چیه", "کیه", "یعنی چه")

# The openings of a kicker naming the occasion a report falls on, with no verb: «همزمان با
# هفته میراث فرهنگی», «به مناسبت روز معلم», «به بهانه ...», «در آستانه ...» (normalised
# spellings). Over the lead, with no headline between, such a line is no title (fix219).
OCCASION_KICKER_OPENINGS: Final = ("همزمان با", "به مناسبت", "به بهانه", "در آستانه")

# A forum post's status icon's alt text printed before the post's date: vBulletin's «Old»
# and «New» and its Persian language packs' «قدیمی» and «جدید» (normalised), fix219.
POST_STATUS_ALTS: Final = ("قدیمی", "جدید", "old", "new")

# The role a body plays in an event, which a verbless headline gives it after its name:
# «دانشگاه شیراز میزبان المپیاد ریاضی» (hosting), «... قهرمان لیگ ...», «... برنده جایزه ...»
# (normalised spellings). No institution's name holds one after its noun: a line opening with
# an institution's noun and holding one names an event, not the body (fix225).
EVENT_ROLE_NOUNS: Final = frozenset(
    {"میزبان", "قهرمان", "برنده", "صدرنشین", "پیشتاز", "رکورددار", "برگزیده", "نامزد"}
)


# The documents whose own date a label names, «تاریخ بخشنامه :» (a circular), «تاریخ مصوبه :»
# (a resolution), «تاریخ نامه :» (a letter), «تاریخ ابلاغیه :» (a notification): a page
# reproducing one prints the document's day, not its publication (fix231).
DOCUMENT_DATE_WORDS: tuple[str, ...] = ("بخشنامه", "مصوبه", "نامه", "ابلاغیه")

# A special issue of a periodical or a site, «ویژه نامه» (also «ویژه‌نامه»), named after a
# publication's name and a colon on the line over the issue's pages (fix231).
SPECIAL_ISSUE_WORDS: tuple[str, ...] = ("ویژه نامه",)

# The prepositions of an event's noun phrase («در», «با», «برای», «به», «از»): an institution's
# name holds none of them (_title._institution_name, fix165), and a letter's salutation none
# before its «محترم»: «قدردانی استاندار از خانواده های محترم ...» honours the families in a
# headline, «ریاست محترم دانشکده ...» addresses its reader (_chrome._salutation, fix230).
EVENT_PREPOSITIONS: Final = frozenset({"در", "با", "برای", "به", "از"})

# The words that open a qualifier a heading adds after a post's short title, a preposition or
# «و» (and): «بازار کچالو» / «بازار کچالو در شهر بامیان», never a predicate («استانداری
# فارس» / «استانداری فارس میزبان جشنواره ...»: the name is the subject; _title, fix295).
TITLE_QUALIFIER_OPENERS: Final = EVENT_PREPOSITIONS | {"و"}

# The words opening a Persian rights-reserved sentence after a copyright notice's name: «تمامی
# حقوق ... محفوظ است», «کلیه حقوق ...» (all rights ... reserved; _chrome.copyright_names,
# attack79, fix279).
RIGHTS_ALL_WORDS: Final = ("تمامی", "تمام", "کلیه", "همه")

# Words that take the noun after them as their complement without an ezafe: «آماده انتشار»
# (ready for release), «قابل انتشار», «مجوز انتشار», «در حال انتشار»: a one-word date label
# («انتشار», «تاریخ») after one is the headline's own phrase, not a label glued to it
# (_title._dated_title, attack79, fix279).
LABEL_COMPLEMENT_HEADS: Final = frozenset({"آماده", "قابل", "غیرقابل", "مجوز", "حال", "منتظر"})

# The continuations that make one word with «عنوان» written without its ZWNJ (normalised):
# a stem, «بندی» («عنوانبندی», titling), «گذاری» («عنوانگذاری», naming), «دار» («عنواندار»,
# titled) or none, then an ending of TITLE_WORD_ENDINGS or none: «عنوانداری» (being titled),
# «عنوانداران» (title holders), «عنوانبندیها», «عنوانها» / «عنوانهای» (titles), «عنوانی» (a
# title). A DNN record's glued label «عنوانHEADLINE» whose headline opens with such a word is a
# headline opening with the word, not the label (fix245; stem and ending, fix251).
TITLE_WORD_STEMS: tuple[str, ...] = ("بندی", "گذاری", "دار")
TITLE_WORD_ENDINGS: tuple[str, ...] = ("ی", "ها", "های", "هایی", "یها", "یهای", "ان")

# The comparison words before «today» that make it an anniversary's «on a day like today»,
# never the writer's day: Tajik «мисли», «монанди», «ҳамчун», «шабеҳи» («... мисли имрӯз
# (09.04.1925)»), Persian «مثل», «همچون», «مانند», «همانند», «شبیه», «نظیر», «مشابه», «بسان»
# before «امروز», Russian «как», «подобно» before «сегодня» (fix245; the like-words as a whole,
# fix251).
TODAY_COMPARISON_WORDS: Final = frozenset(
    {
        "мисли",
        "монанди",
        "ҳамчун",
        "шабеҳи",
        "مثل",
        "همچون",
        "مانند",
        "همانند",
        "شبیه",
        "نظیر",
        "مشابه",
        "بسان",
        "как",
        "подобно",
    }
)
# The comparison words that also mean «because» / «when»: Persian «چون», Tajik «чун» («... تعطیل
# است چون امروز (DATE) ...» gives the reason on the writer's day). They compare only after a
# day's noun of TODAY_COMPARED_DAY_NOUNS: «روزی چون امروز», «дар чунин рӯзе чун имрӯз» (fix251).
TODAY_COMPARISON_OR_CAUSE_WORDS: Final = frozenset({"чун", "چون"})
TODAY_COMPARED_DAY_NOUNS: Final = frozenset({"روز", "روزی", "рӯз", "рӯзе", "рӯзи"})
# An anniversary's «on such a day» before «today»: Persian «در چنین روزی», Tajik «дар чунин
# рӯзе» (normalised, lower case; a space stands for a space, a ZWNJ or nothing), fix245.
ANNIVERSARY_PHRASES: Final = ("در چنین روزی", "дар чунин рӯзе", "в этот день")
# The conjunctions that open a new clause: «در چنین روزی از سال گذشته سد خالی بود و امروز
# (DATE) ...» contrasts last year with the writer's day, the phrase no longer governing the
# «today» after «و» (Persian «و», «اما», «ولی», «ولیکن»; Tajik «ва», «вале», «аммо»; Russian
# «и», «а», «но»), fix251.
# The words a line of running text cut mid-sentence ends with, joining it to the next line
# («انارها را دانه می کند و» / «در دیگ بزرگ مسی»): a menu's label never ends with one
# (_listing._label_run; attacks84, fix308).
BROKEN_LINE_ENDS: Final = frozenset({"و", "در", "را", "که", "تا", "به", "از", "با", "برای"})
CLAUSE_CONJUNCTIONS: Final = frozenset(
    {"و", "اما", "ولی", "ولیکن", "ва", "вале", "аммо", "и", "а", "но"}
)
