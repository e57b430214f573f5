"""fix134: blind56's findings (tests/pages 1700-1711): a report's byline given as the title
(1706, a Pashto channel's «... ټي وی رپورټ»), a Kurdish site's name given as the title
(1711), a photo album's ID in its address (1700/1701), a day with a clock zone's tag and
no time (1705, «4th, June 2025 GMT») and Urdu sentences ending with «۔» taken as headlines."""

import datetime as dt

import jalali_meta as jm

# A Pashto item laid out as a WordPress theme prints it: headline, two bare counts,
# the outlet's byline line, the body.
_PASHTO_HEADLINE = "په کندهار کې د برېښنا لین پرې شو: د برېښنا شرکت ویاند"
_PASHTO_BODY = (
    "د کندهار ښار په لویدیځه برخه کې د برېښنا یو لوی لین د شپې له خوا پرې شو، چې له امله یې "
    "د ښار په څو سیمو کې برېښنا ورکه شوه او دوکانونه او روغتونونه له ستونزو سره مخ شول.\n\n"
    "د برېښنا شرکت ویاند وویل چې د ترمیم کار روان دی او تر سهاره به برېښنا بېرته وصل شي.\n"
)


def _pashto(byline: str) -> jm.Article:
    return jm.parse_article(f"{_PASHTO_HEADLINE}\n\n0\n31\n\n{byline}\n{_PASHTO_BODY}")


def test_pashto_channel_report_byline_is_not_the_title() -> None:
    assert _pashto("خیبر ټي وی رپورټ").title == _PASHTO_HEADLINE


def _uncertain(record: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in record.warnings)


def test_urdu_news_report_byline_does_not_compete_with_the_headline() -> None:
    headline = "کراچی میں بارش کے بعد کئی سڑکیں زیر آب آ گئیں: میئر کا بیان"
    text = (
        f"{headline}\n\n0\n12\n\nسندھ نیوز رپورٹ\n"
        "شہر کے مختلف علاقوں میں صبح سے جاری بارش کے باعث کئی اہم سڑکوں پر پانی جمع ہو گیا اور "
        "ٹریفک کی روانی شدید متاثر ہوئی، جبکہ کئی علاقوں میں بجلی کی فراہمی بھی معطل رہی۔\n\n"
        "میئر نے کہا کہ نکاسی آب کا کام جاری ہے اور شام تک سڑکیں صاف کر دی جائیں گی۔\n"
    )
    record = jm.parse_article(text)
    assert record.title == headline
    assert not _uncertain(record)


def test_neg_report_without_a_medium_word_stays_a_candidate() -> None:
    # «the UN's new report»: a headline about a report, no channel's or agency's name.
    text = (
        "د ملګرو ملتونو نوی رپورټ\n\n"
        "د ملګرو ملتونو د خوراکي توکو اداره وايي چې په هېواد کې د اوړو بیه په تېره میاشت کې "
        "لوړه شوې او ډېری کورنۍ د ورځنیو اړتیاوو د پوره کولو لپاره له ستونزو سره مخ دي.\n"
    )
    assert jm.parse_article(text).title == "د ملګرو ملتونو نوی رپورټ"


def test_persian_reporter_credit_does_not_compete_with_the_headline() -> None:
    headline = "بهسازی جاده کوهستانی اسالم به خلخال آغاز می‌شود: مدیرکل راهداری"
    text = (
        f"{headline}\n\n0\n27\n\nگزارش خبرنگار ایرنا\n"
        "مدیرکل راهداری استان روز دوشنبه اعلام کرد که عملیات بهسازی این جاده کوهستانی از "
        "ابتدای هفته آینده آغاز می‌شود و تا پایان شهریور ادامه خواهد داشت.\n\n"
        "او افزود که در این مدت تردد خودروهای سنگین در ساعات روز ممنوع است.\n"
    )
    record = jm.parse_article(text)
    assert record.title == headline
    assert not _uncertain(record)


def test_neg_report_headline_with_a_verb_is_the_title() -> None:
    # «گزارش ... منتشر شد»: a headline about a report, its verb at the end.
    headline = "گزارش خبرنگاران درباره جاده اسالم منتشر شد"
    text = (
        f"{headline}\n\nبه گزارش خبرنگار ما، مدیرکل راهداری استان روز دوشنبه اعلام کرد که "
        "عملیات بهسازی این جاده کوهستانی از ابتدای هفته آینده آغاز می‌شود و تا پایان شهریور "
        "ادامه خواهد داشت.\n"
    )
    assert jm.parse_article(text).title == headline


# A Kurdish site's name, with the Kurdish «ە», over its Persian post.
_KURDISH_POST = (
    "هنوز مشکل کمبود معلم در مدارس روستایی استان کردستان حل نشده است و بسیاری از کلاس‌ها "
    "با معلمان حق‌التدریسی اداره می‌شود که هر سال جابه‌جا می‌شوند و دانش‌آموزان را سردرگم می‌کنند.\n\n"
    "مدارس روستایی کردستان تا کی باید بی‌معلم بمانند؟\n\n"
    "آموزش و پرورش استان بارها وعده داده است که این کمبود را جبران کند اما هنوز خبری نیست "
    "و خانواده‌ها نگران آینده فرزندان خود در این روستاهای دورافتاده و محروم استان هستند.\n"
)


def test_kurdish_site_name_with_region_spelled_by_host_is_warned() -> None:
    record = jm.parse_article(
        "دەنگی کورد سنە\n" + _KURDISH_POST, url="https://dengikurd.net/fa/some-post/"
    )
    assert record.title is None or any(w.code == "title-uncertain" for w in record.warnings)


def test_kurdish_site_name_over_persian_text_is_warned_without_address() -> None:
    record = jm.parse_article("دەنگی کورد سنە\n" + _KURDISH_POST)
    assert record.title is None or any(w.code == "title-uncertain" for w in record.warnings)


def test_site_name_and_region_spelled_by_host_is_warned() -> None:
    # The same with Persian letters only: the host spells the name, a region's name after it.
    record = jm.parse_article(
        "دنگی کورد سنندج\n" + _KURDISH_POST, url="https://dengikurd.net/fa/some-post/"
    )
    assert record.title is None or any(w.code == "title-uncertain" for w in record.warnings)


def test_neg_short_persian_headline_over_persian_text_not_warned() -> None:
    # Persian letters only, no host spelling it: an ordinary short headline.
    record = jm.parse_article(
        "کمبود معلم در کردستان\n" + _KURDISH_POST, url="https://example-news.ir/fa/some-post/"
    )
    assert record.title == "کمبود معلم در کردستان"
    assert not any(w.code == "title-uncertain" for w in record.warnings)


def test_neg_sorani_headline_over_sorani_text_not_warned() -> None:
    # A Sorani headline over Sorani prose: the same letters above and below.
    text = (
        "باران لە سنە زیانی بە کێڵگەکان گەیاند\n"
        "بارانی بەهێزی دوێنێ شەو لە دەوروبەری شاری سنە زیانێکی زۆری بە کێڵگە و باخەکانی "
        "گوندەکان گەیاند و چەند ڕێگایەکی گوندیش بۆ ماوەی چەند کاتژمێرێک داخران و خەڵک "
        "نەیانتوانی بچنە سەر کارەکانیان.\n"
    )
    record = jm.parse_article(text)
    assert not any("Kurdish" in w.message for w in record.warnings)


def test_photo_album_id_in_address() -> None:
    record = jm.parse_article(
        "برداشت زعفران در مزارع تربت حیدریه\n\nتصاویر برداشت زعفران از مزارع این شهرستان.\n",
        url="https://example-daily.ir/photos/album/2317/%D8%B2%D8%B9%D9%81%D8%B1%D8%A7%D9%86",
    )
    assert record.number == "2317"


def test_neg_albums_list_page_number_not_read() -> None:
    record = jm.parse_article(
        "آلبوم‌های تصویری\n\nفهرست آلبوم‌های تصویری سایت.\n",
        url="https://example-daily.ir/photos/albums/2/",
    )
    assert record.number is None


# An Urdu aggregator's item: headline, labelled date, short sentence lines ending with «۔»
# (none a paragraph), then a long one (the body's anchor).
_URDU_ITEM = (
    "لاہور میں گیس کی لوڈشیڈنگ ،شہری سراپا احتجاج\n"
    "اشاعت کی تاریخ: {date}\n"
    "لاہور کے کئی علاقوں میں گزشتہ تین روز سے گیس کی فراہمی معطل ہے جس کے باعث شہریوں کو "
    "کھانا پکانے میں مشکلات ہیں۔\n"
    "تفصیلات کے مطابق شہر کے جنوبی حصے میں پرانی پائپ لائن کی تبدیلی کا کام تین روز پہلے "
    "شروع کیا گیا تھا۔\n"
    "سوئی گیس حکام کا کہنا ہے کہ پائپ لائن کی مرمت کا کام جاری ہے اور رات گئے تک متاثرہ "
    "علاقوں میں گیس کی فراہمی بحال کر دی جائے گی۔\n"
    "شہریوں نے مطالبہ کیا ہے کہ متبادل انتظامات کیے جائیں تاکہ گھریلو صارفین کو ریلیف مل سکے "
    "اور بچوں اور بزرگوں کو سردی کے اس موسم میں مزید پریشانی کا سامنا نہ کرنا پڑے، جبکہ "
    "دکانداروں نے بھی کاروبار متاثر ہونے کی شکایت کی ہے۔\n"
    ".ذریعہ: Daily News\n"
)


def test_ordinal_day_comma_month_year_with_gmt_tag() -> None:
    record = jm.parse_article(_URDU_ITEM.format(date="11th, March 2024 GMT"))
    assert record.published is not None
    assert record.published.gregorian == dt.date(2024, 3, 11)


def test_day_month_year_with_utc_tag_unlabelled() -> None:
    text = _URDU_ITEM.replace("اشاعت کی تاریخ: ", "").format(date="2 March 2024 UTC")
    record = jm.parse_article(text)
    assert record.published is not None
    assert record.published.gregorian == dt.date(2024, 3, 2)


def test_neg_month_year_with_gmt_tag_no_day() -> None:
    record = jm.parse_article(_URDU_ITEM.format(date="March 2024 GMT"))
    assert record.published is None


def test_neg_time_with_gmt_still_read_with_its_time() -> None:
    record = jm.parse_article(_URDU_ITEM.format(date="11th, March 2024 10:00 GMT"))
    assert record.published is not None
    assert record.published.gregorian == dt.datetime(
        2024, 3, 11, 13, 30, tzinfo=record.published.gregorian.tzinfo
    )


def test_urdu_headline_over_sentences_ending_with_urdu_full_stop() -> None:
    # The date read alike by the old and the new code: only the sentences' «۔» tells.
    record = jm.parse_article(_URDU_ITEM.format(date="11th, March 2024"))
    assert record.title == "لاہور میں گیس کی لوڈشیڈنگ ،شہری سراپا احتجاج"


def test_neg_headline_whose_first_word_the_host_spells_in_part_not_warned() -> None:
    # «وزیر» spells only a part of «vezaratnews»: a headline («the interior minister»).
    record = jm.parse_article(
        "وزیر کشور\n" + _KURDISH_POST, url="https://vezaratnews.ir/fa/news/1/"
    )
    assert record.title == "وزیر کشور"
    assert not any(w.code == "title-uncertain" for w in record.warnings)


# Mutation round 33 (benchmarks/hand_mutants_33.py): the rules' limits pinned.


def test_persian_reporter_credit_of_six_words_does_not_compete() -> None:
    headline = "بهسازی جاده کوهستانی اسالم به خلخال آغاز می‌شود: مدیرکل راهداری"
    text = (
        f"{headline}\n\n0\n27\n\nگزارش خبرنگار مریم السادات احمدی کرمانی\n"
        "مدیرکل راهداری استان روز دوشنبه اعلام کرد که عملیات بهسازی این جاده کوهستانی از "
        "ابتدای هفته آینده آغاز می‌شود و تا پایان شهریور ادامه خواهد داشت.\n\n"
        "او افزود که در این مدت تردد خودروهای سنگین در ساعات روز ممنوع است.\n"
    )
    assert jm.parse_article(text).title == headline


def test_neg_host_name_and_a_year_is_no_site_name_and_place() -> None:
    # The host spells the first words, but a year, not a place's name, follows them: a
    # headline on the site's subject.
    headline = "جام جهانی ۲۰۲۶"
    text = (
        f"{headline}\n\n"
        "قرعه‌کشی مرحله گروهی جام جهانی فوتبال امشب برگزار می‌شود و تیم ملی کشورمان در سید "
        "سوم قرار دارد؛ کارشناسان می‌گویند رقبای گروه از سال‌های گذشته دشوارترند.\n"
    )
    record = jm.parse_article(text, url="https://jamejahani.ir/news/1234/ghore-keshi")
    assert record.title == headline
    assert not _uncertain(record)


def test_neg_short_sorani_headline_over_sorani_text_with_heh_not_warned() -> None:
    # A short Sorani headline over Sorani prose that writes «ه» too («هەولێر»): Kurdish
    # letters below as above, no site's name over a Persian post.
    text = (
        "بارانی بەهێز لە هەولێر\n"
        "بارانی بەهێزی دوێنێ شەو لە دەوروبەری شاری هەولێر زیانێکی زۆری بە کێڵگە و باخەکانی "
        "گوندەکان گەیاند و چەند ڕێگایەکی گوندیش بۆ ماوەی چەند کاتژمێرێک داخران و خەڵک "
        "نەیانتوانی بچنە سەر کارەکانیان.\n"
    )
    record = jm.parse_article(text)
    assert record.title == "بارانی بەهێز لە هەولێر"
    assert not _uncertain(record)
