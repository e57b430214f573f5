"""mut36: tests that kill the survivors of benchmarks/hand_mutants_36.py (fix160-fix167).

Each test pins a reading main d2b8d6c5 gives and the named mutant changes (docs/reliability.md
«The thirty-sixth round: fix160-fix167 under mutation»). Shapes from the fixes' own tests
(tests/test_fix160.py ... test_fix167.py); the sentences are written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- fix160: a one-item list named by its opening line, text alone ---------------------------
_NAME = "بازنشستگی"
_HEADLINE = "همایش روابط عمومی دستگاه‌های اجرایی استان برگزار شد / تقدیر از فعالان رسانه‌ای"
_SHORT_HEADLINE = "افزایش ساعت کار کتابخانه‌های عمومی شهر در تابستان"
_TEASER = (
    "مدیرکل روابط عمومی استانداری در این همایش که با حضور مدیران روابط عمومی دستگاه‌های "
    "اجرایی برگزار شد گفت: اطلاع‌رسانی دقیق و به‌موقع مهم‌ترین وظیفه روابط عمومی‌ها در "
    "شرایط امروز است و دستگاه‌هایی که در این زمینه کوتاهی کنند امتیاز کمتری می‌گیرند"
)


def test_list_name_over_a_three_word_headline() -> None:
    """A three-word headline is enough for the one item (mutant 0 wanted four)."""
    article = jm.parse_article(f"{_NAME}\n\nگشایش نمایشگاه کتاب\n\n{_TEASER}...\n\nآخرین اخبار\n")
    assert article.title == _NAME
    assert "listing-page" in _codes(article)


def test_list_name_over_a_teaser_with_its_read_more_link() -> None:
    """A teaser cut «... ادامه مطلب» (the link run into it) is cut as a list cuts it (2)."""
    text = f"{_NAME}\n\n{_SHORT_HEADLINE}\n\n{_TEASER}... ادامه مطلب\n\nآخرین اخبار\n"
    article = jm.parse_article(text)
    assert article.title == _NAME
    assert "listing-page" in _codes(article)


def test_five_short_lines_under_the_cut_teaser_neg() -> None:
    """Five short lines under the teaser are more than a few widgets: no list (3)."""
    tail = "آخرین اخبار\n\nپربازدیدترین\n\nتبلیغات\n\nپیوندها\n\nتماس با ما\n"
    article = jm.parse_article(f"{_NAME}\n\n{_SHORT_HEADLINE}\n\n{_TEASER}...\n\n{tail}")
    assert article.title == _SHORT_HEADLINE
    assert "listing-page" not in _codes(article)


def test_text_line_over_the_name_line_neg() -> None:
    """A line of text over the short line (a section's name): no list's name (5)."""
    text = f"اخبار شهرستان ها\n\n{_NAME}\n\n{_SHORT_HEADLINE}\n\n{_TEASER}...\n\nآخرین اخبار\n"
    article = jm.parse_article(text)
    assert article.title == _SHORT_HEADLINE
    assert "listing-page" not in _codes(article)


def test_framed_item_under_a_two_word_section() -> None:
    """«NAME» / «-» / a two-word section / HEADLINE / teaser / «-» / SECTION (6)."""
    text = f"{_NAME}\n-\nاخبار استان\n{_HEADLINE}\n{_TEASER}.\n-\nمقالات\n"
    article = jm.parse_article(text)
    assert article.title == _NAME
    assert "listing-page" in _codes(article)


# -- fix161: the lead under a dated header; the long verb headline over a short subtitle -----
_DAY = "۲۰ آذر ۱۴۰۲"
_HEAD = "دیدار شاعران جوان شهر با استاد سایه در فرهنگسرای بهار"
_VERSE = "ای عاشقان ای عاشقان هنگام کوچ است از جهان"
_INTRO = "استاد در پایان این بیت را با صدای بلند خواند:"
_CLOSE = "دیدار تا نزدیک غروب ادامه داشت و قرار شد ماه بعد تکرار شود."


def test_lead_sharing_two_words_with_the_headline_starts_the_article() -> None:
    """A lead sharing two content words («فرهنگسرای بهار») with the dated headline: the verse
    quoted twice under it is no title (10: the mutant wanted three and gave the verse)."""
    lead = (
        "دیروز عصر در فرهنگسرای بهار گروهی از دوستداران ادبیات گرد آمدند و هر کدام شعری از "
        "دفتر تازه خود خواندند."
    )
    text = f"{_HEAD}\n\n{_DAY}\n\n{lead}\n\n{_VERSE}\n\n{_INTRO}\n\n{_VERSE}\n\n{_CLOSE}\n"
    article = jm.parse_article(text)
    assert article.title == _HEAD
    assert not _codes(article)


_STATED = (
    "شورای آموزش و پرورش استان طرح ساخت پنجاه مدرسه تازه در روستاهای مرزی را پس از دو ماه "
    "بررسی تصویب کرد"
)
_SUBTITLE = "سهم روستاهای کوهستانی بیشتر است"
_REPORT = (
    "شورای آموزش و پرورش استان در نشست امروز طرح ساخت پنجاه مدرسه تازه در روستاهای مرزی "
    "را تصویب کرد و بیست مدرسه از آن‌ها در دامنه کوه‌ها ساخته می‌شود.\n\n"
    "مدیر کل آموزش و پرورش گفت ساخت نخستین مدرسه‌ها از بهار آغاز می‌شود.\n"
)
_CLOCK = f"{_DAY} - ۰۹:۳۰"


def test_verb_headline_over_a_subtitle_of_seven_words_is_sure() -> None:
    """18 words over 7: twice the subtitle's words or more is enough (14: thrice wanted)."""
    subtitle = "سهم روستاهای کوهستانی در طرح تازه بیشتر است"
    article = jm.parse_article(f"{_STATED}\n\n{subtitle}\n\n{_CLOCK}\n\n{_REPORT}")
    assert article.title == _STATED
    assert not _codes(article)


def test_verbless_long_line_over_a_verbless_subtitle_stays_doubted_neg() -> None:
    """A long line with no verb at its end over a short verbless line: doubted (16)."""
    upper = "تصویب طرح ساخت پنجاه مدرسه تازه در روستاهای مرزی از سوی شورای آموزش و پرورش استان"
    text = f"{upper}\n\nسهم روستاهای کوهستانی بیشتر\n\n{_CLOCK}\n\n{_REPORT}"
    assert "title-uncertain" in _codes(jm.parse_article(text))


def test_verb_headline_over_subtitle_not_over_the_date_line_stays_doubted_neg() -> None:
    """The subtitle over a byline, or over the lead with no date line: no agency header, the
    doubt stays (18: the mutant dropped the date line under the subtitle)."""
    with_author = f"{_STATED}\n\n{_SUBTITLE}\n\nنویسنده: علی رضایی\n\n{_CLOCK}\n\n{_REPORT}"
    for text in (with_author, f"{_STATED}\n\n{_SUBTITLE}\n\n{_REPORT}"):
        article = jm.parse_article(text)
        assert article.title == _STATED
        assert "title-uncertain" in _codes(article)


# -- fix164: a speech after a colon; the bold kicker; two header lines; a three-word frame -----
_DATE = "۱۴۰۱/۹/۱۶ - ۱۰:۲۰"


def test_speech_after_a_colon_without_its_stop_inside_counts() -> None:
    """«گفت: «...»» with the stop outside the guillemets is speech: Kabul's clock (30)."""
    text = (
        f"آغاز ثبت نام متعلمین در مکاتب ولایت هرات\n\n{_DATE}\n\n"
        "ریاست معارف ولایت هرات ثبت نام متعلمین تازه را در مکاتب شهر آغاز کرد.\n\n"
        "آمر این ریاست گفت: «منسوبین معارف به حیث رهنما در مکاتب حاضر اند و کار در چوکات "
        "لایحه تازه پیش می‌رود».\n\nثبت نام تا آخر ماه دوام دارد.\n"
    )
    published = jm.parse_article(text).published
    assert published is not None
    assert published.isoformat() == "2022-12-07T10:20:00+04:30"


def test_bold_kicker_ending_with_a_colon_stays_on_the_leads_line() -> None:
    """«<b>KICKER:</b>به گزارش ...»: a kicker, not a headline run; no line break (36)."""
    lead = "به گزارش روابط عمومی شهرداری، این بازارچه امروز برپا شد و تا پایان ماه هر روز باز است."
    page = (
        "<html><body><table><tr><td><b>گزارش تصویری بازارچه محصولات کشاورزی روستاییان:</b>"
        f"{lead}</td></tr></table></body></html>"
    )
    assert "\nبه گزارش" not in jm.visible_text(page)


_UNI_HEAD = "تیم رباتیک دانشگاه در مسابقات کشوری مقام نخست را به دست آورد"
_UNI_BODY = (
    "تیم رباتیک دانشکده مهندسی برق با ربات امدادگر خود در مسابقات کشوری رباتیک مقام نخست "
    "را به دست آورد.\n\nسرپرست تیم گفت ربات در سه ماه در کارگاه دانشکده ساخته شد.\n"
)


def test_unit_under_a_date_line_and_a_labels_line_is_no_title() -> None:
    """HEADLINE / DATE / «کد خبر: N» / UNIT / body: two header lines over the unit (38)."""
    text = f"{_UNI_HEAD}\n۱۲ دی ۱۴۰۲\nکد خبر: ۵۵۱۰\nروابط عمومی دانشکده مهندسی برق\n\n{_UNI_BODY}"
    article = jm.parse_article(text)
    assert (article.title, article.number) == (_UNI_HEAD, "5510")


def test_three_word_frame_with_a_site_word_last_names_the_site() -> None:
    """«.: شهرداری کرج پورتال :.»: a site's word anywhere in a three-word frame (40)."""
    headline = "گشایش پایگاه امداد زمستانی در گردنه صائین"
    body = (
        "پایگاه امداد و نجات هلال احمر در گردنه صائین با دو خودروی نجات و هشت امدادگر امروز "
        "آغاز به کار کرد.\n\nمدیر هلال احمر استان گفت این پایگاه در زمستان شبانه‌روزی باز است.\n"
    )
    article = jm.parse_article(f".: شهرداری کرج پورتال :.\n{headline}\n۱۲ دی ۱۴۰۲\n\n{body}")
    assert article.title == headline


# -- fix165: the bracket's one-digit day with a low two-digit year; the institution's name ----
_ROAD_HEAD = "آسفالت جاده روستای کندوان به پایان رسید"
_ROAD_BODY = (
    "آسفالت جاده روستای کندوان به طول هشت کیلومتر پس از سه ماه کار دیروز به پایان رسید . "
    "دهیار روستا گفت مسافران از این پس راه را در نیم ساعت می‌پیمایند .\n"
)


def test_one_digit_day_is_the_day_when_the_year_could_be_one() -> None:
    """«(جمعه ۴/۳/۰۳)» on a page printing ۱۴۰۴: the one-digit end is the day, 4 Khordad
    1403, a Friday (47: the mutant read the nearer year, 3 Khordad 1404)."""
    text = (
        f"بازگشت\n\nخبر\n\n \n\n{_ROAD_HEAD}   (جمعه ۴/۳/۰۳)\n\n \n\n{_ROAD_BODY}\n \n\n"
        "کلیه حقوق محفوظ است ۱۴۰۴\n\nبازگشت\n"
    )
    article = jm.parse_article(text)
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-24"
    assert _codes(article) == {"two-digit-year"}


def test_institution_opened_line_naming_an_event_is_a_rival_neg() -> None:
    """«سازمان ... در روز درختکاری با ...» over the verb headline: an event's prepositions,
    no masthead: the verb headline, doubted (51: the mutant gave the long line)."""
    head = "نهال‌های جنگلی رایگان میان روستاییان گیلان توزیع شد"
    body = (
        "مدیرکل منابع طبیعی گیلان گفت: امسال دویست هزار اصله نهال جنگلی رایگان میان روستاییان "
        "استان توزیع شد.\n\nوی افزود: روستاییان می‌توانند نهال را از نهالستان‌های شهرستان‌ها "
        "بگیرند.\n"
    )
    upper = "سازمان منابع طبیعی گیلان در روز درختکاری با دویست هزار اصله نهال جنگلی رایگان"
    article = jm.parse_article(f"{upper}\n{head}\n۱۲ آذر ۱۴۰۲ - ۰۹:۰۰\n\n{body}")
    assert article.title == head
    assert "title-uncertain" in _codes(article)


# -- fix167: a framed title over its author -------------------------------------------------
_FRAME = ".: سیری در تاریخ سفالگری ایران :."


def test_framed_title_over_an_author_with_a_persons_title_neg() -> None:
    """«دکتر علی احمدی» under the framed title, the note naming him: the framed title (56)."""
    note = (
        "دکتر علی احمدی در این یادداشت از سفالگری ایران و کارگاه‌های سفالگری شهر لالجین "
        "می‌نویسد که هنوز با همان چرخ‌های کهن کار می‌کنند.\n\n"
        "سفال لالجین امروز به بازارهای جهانی هم می‌رود."
    )
    assert jm.parse_article(f"{_FRAME}\n\nدکتر علی احمدی\n\n{note}").title == _FRAME[3:-3]


def test_framed_title_over_a_three_word_name_sharing_no_word_neg() -> None:
    """A three-word name (no given name first) sharing no word with the text under it: the
    framed title (58: the mutant dropped the shared word and gave the name)."""
    body = (
        "نمایشگاه کتاب کودک و نوجوان امروز با حضور مدیر فرهنگسرا و جمعی از نویسندگان استان در "
        "تالار اصلی گشایش یافت و تا پایان هفته برای بازدید عموم باز است.\n\n"
        "مدیر فرهنگسرا گفت بیش از سی ناشر در این نمایشگاه شرکت کرده‌اند."
    )
    assert jm.parse_article(f"{_FRAME}\n\nاحمدی کرمانی نژاد\n\n{body}").title == _FRAME[3:-3]
