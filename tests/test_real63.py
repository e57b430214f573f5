"""real63: the general causes of real63's sample (docs/real_sample.md "A fifty-second sample").

- PersianBlog's post footer «نویسنده : NAME ; ساعت HH:MM ق.ظ روز WEEKDAY D MONTH YYYY»
  (inroozha.persianblog.ir, #28): the spaced semicolon parts the author's name from the
  post's date, which is published.
- A blogfa post opening with its byline «نوشته شده توسط : NAME» over «مقدمه :» and no title
  (nemonehshahriyar.blogfa.com, #14): the byline is no headline.
- A service record «عنوان : NAME» over «توضیحات :» (mehregantabligh.com, #22): the one-word
  value under the title's label is the title, without the label.
- A paragraph broken into lines at a fixed width, no headline printed («دانشکده» / «... طی» /
  «... کرد.», shahroodut.ac.ir, #05): the piece of its first sentence is no headline.
- «DAY» under the headline and «DAY - HH:MM» under the text (lu.ac.ir, #02): the footer's
  date line lends its time to the day.
- A faculty's «/fa/regulation/263/<name>» whose heading has a bracket the slug drops
  (natural.kmsu.ac.ir, #03): the heading spells the name, so 263 is the item's number.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

from tests.checks import warning_codes

import jalali_meta as jm

PARAGRAPH = (
    "همکاران این بخش در ماه گذشته کار بازسازی ساختمان قدیمی را به پایان رساندند و از این پس "
    "کلاس های درس و آزمایشگاه ها در طبقه همکف آن دایر خواهد بود تا دانشجویان رفت و آمد کمتری "
    "داشته باشند."
)


def _minute(record: jm.Article) -> datetime.datetime | None:
    if record.published is None:
        return None
    value = record.published.gregorian
    assert isinstance(value, datetime.datetime)
    return value.replace(tzinfo=None)


# -- PersianBlog's footer: «نویسنده : NAME ; ساعت ... DATE» (#28) ---------------------------


def _persianblog(footer: str) -> str:
    # inroozha.persianblog.ir's post (#28): the blog's name and motto, the post's title, its
    # paragraphs, the footer and an empty tags line.
    return (
        "دفترچه...\n\n"
        "دفترچه... یادداشت های پراکنده\n\n"
        "سفری کوتاه به روستای مادربزرگ\n\n"
        f"{PARAGRAPH}\n\n"
        "باغ انار پشت خانه هنوز همان جاست و درخت گردوی کنار جوی آب هر سال بار بیشتری می دهد، "
        "هرچند دیگر کسی برای چیدنش از نردبان بالا نمی رود.\n\n"
        f"{footer}\n"
        "تگ ها :\n"
    )


def test_persianblog_footer_semicolon_parts_the_author_from_the_posts_date() -> None:
    text = _persianblog("نویسنده : مینا ; ساعت ۹:۱۵ ب.ظ روز سه‌شنبه ۱۳ آذر ۱۳۸۶")
    for record in (
        jm.parse_article(text, url="http://daftarche.persianblog.ir/post/88"),
        jm.parse_article(text),
    ):
        assert _minute(record) == datetime.datetime(2007, 12, 4, 21, 15)


def test_persianblog_footer_semicolon_with_words_after_the_date_stays_a_name_neg() -> None:
    # The date followed by a place: no footer's «NAME ; DATE», the value stays the name's.
    text = _persianblog("نویسنده : مینا ; ۱۳ آذر ۱۳۸۶ در کرمان")
    assert jm.parse_article(text).published is None


# -- a blogfa byline over a post with no title (#14) --------------------------------------


def _blogfa(first: str) -> str:
    # nemonehshahriyar.blogfa.com's post (#14): the byline, a section label and a regulation's
    # long paragraphs.
    return (
        f"{first}\n"
        "مقدمه :\n"
        "نقش مدرسه در پرورش استعدادهای دانش آموزان ایجاب می کند که اداره آن بر مشارکت همه "
        "اولیا و معلمان استوار باشد و تصمیم ها به جای ستاد در خود مدرسه گرفته شود0 تفاوت "
        "شرایط جغرافیایی شهرها و روستاها و محدودیت امکانات هر منطقه نیز نشان می دهد که یک "
        "دستورالعمل واحد برای همه مدارس کشور کافی نیست و مدیران باید اختیار بیشتری برای "
        "برنامه ریزی داشته باشند تا فضای مدرسه پرنشاط و پویا بماند و توانایی های معلمان و "
        "دانش آموزان به خوبی شکوفا شود0\n"
        "مدرسه نهادی آموزشی و تربیتی است که زیر نظر اداره آموزش و پرورش ناحیه اداره می شود و "
        "شورایی از اولیا و معلمان در تصمیم های آن شریک است و برنامه سالانه خود را در آغاز هر "
        "سال تحصیلی به تصویب همین شورا می رساند.\n"
    )


def test_a_blogfa_byline_with_its_colon_is_no_title() -> None:
    text = _blogfa("نوشته شده توسط : کاظمی")
    for record in (
        jm.parse_article(text, url="http://namoonehmadrese.blogfa.com/post-7.aspx"),
        jm.parse_article(text),
    ):
        assert record.title is None
        assert "title-uncertain" in warning_codes(record)


def test_a_headline_over_the_blogfa_byline_stays_the_title_neg() -> None:
    text = _blogfa("آیین نامه اجرایی مدارس در یک نگاه\nنوشته شده توسط : کاظمی")
    assert jm.parse_article(text).title == "آیین نامه اجرایی مدارس در یک نگاه"


# -- a service record's one-word title under «عنوان :» (#22) -------------------------------


def _record(title_line: str, next_line: str) -> str:
    # mehregantabligh.com's service page (#22): the labelled title, the description's label
    # alone, its text and a bulleted list.
    return (
        f"{title_line}\n"
        f"{next_line}\n\n"
        "بروشور برگه ای تاشده است که معرفی کوتاه یک شرکت یا محصول را با عکس و نوشته در اختیار "
        "مشتری می گذارد و معمولا در نمایشگاه ها و دفاتر فروش پخش می شود.\n\n"
        "از نظر شکل تاخوردن بروشورها به چند گونه تقسیم می شوند:\n\n"
        "  • بروشور دولت: برگه ای که یک بار از وسط تا می خورد.\n"
        "  • بروشور سه لت: برگه ای که دو بار تا می خورد و سه بخش دارد.\n"
    )


def test_a_one_word_title_over_the_records_next_label_is_the_title() -> None:
    text = _record("عنوان : بروشور", "توضیحات :")
    for record in (
        jm.parse_article(text, url="http://chapkhane.example/sub_services.php?id=31"),
        jm.parse_article(text),
    ):
        assert record.title == "بروشور"


def test_a_one_word_title_label_over_a_value_keeps_mains_record_neg() -> None:
    # «عنوان : ندارد» over a value line (no label printed alone under it): a table's cell.
    text = _record("عنوان : ندارد", "بروشور و کاتالوگ با طراحی اختصاصی")
    assert jm.parse_article(text).title != "ندارد"


# -- a paragraph broken at a fixed width, no headline (#05) -------------------------------


def _wrapped(gap: str) -> str:
    # shahroodut.ac.ir's item (#05): the text copied with its line breaks, the first line
    # one word, no headline printed.
    return (
        "دانشکده\n"
        "فنی دانشگاه زنجان، دوشنبه 12 اردیبهشت ماه جاری همزمان با روز معلم طی\n"
        f"{gap}"
        "آیینی از زحمات استادان بازنشسته این دانشکده قدردانی کرد و لوح سپاس به آنان داد.\n"
        "در این\n"
        "آیین که با حضور رئیس دانشکده، مدیران گروه و جمعی از دانشجویان برگزار شد، از سال ها\n"
        "تدریس استادان پیشکسوت یاد شد.\n"
    )


def test_a_piece_of_a_wrapped_sentence_is_no_title() -> None:
    text = _wrapped("")
    for record in (
        jm.parse_article(text, url="https://znu.example/fa/news/showitem.php?id=940212101500"),
        jm.parse_article(text),
    ):
        assert record.title is None
        assert "title-uncertain" in warning_codes(record)


def test_a_line_set_apart_from_the_sentence_under_it_keeps_mains_record_neg() -> None:
    # A blank line under the line: no sentence runs on from it (main's record kept).
    text = _wrapped("\n")
    assert jm.parse_article(text).title == (
        "فنی دانشگاه زنجان، دوشنبه 12 اردیبهشت ماه جاری همزمان با روز معلم طی"
    )


# -- a footer's date line lends its time to the day under the headline (#02) -------------


def _announcement(footer: str) -> str:
    # lu.ac.ir's announcement (#02): the label, the headline, the day alone, the lead, the
    # body, the footer's day and time and a views counter.
    return (
        "اطلاعیه\n\n"
        "افتتاح سالن مطالعه شبانه روزی در کتابخانه مرکزی\n\n"
        "۱۴۰۰/۰۸/۱۲\n\n\n"
        "سالن مطالعه شبانه روزی کتابخانه مرکزی با ظرفیت دویست نفر آماده پذیرش دانشجویان شد.\n"
        f"{PARAGRAPH}\n\n\n"
        f"{footer}\n"
        "۲۱۴ بازدید\n"
    )


def test_the_footers_date_line_lends_its_time_to_the_same_day() -> None:
    text = _announcement("۱۴۰۰/۰۸/۱۲ - ۰۹:۳۰")
    for record in (
        jm.parse_article(text, url="https://uni.example/announcements/2021/11/03/salon/"),
        jm.parse_article(text),
    ):
        assert _minute(record) == datetime.datetime(2021, 11, 3, 9, 30)


def test_a_footers_time_of_another_day_is_not_lent_neg() -> None:
    record = jm.parse_article(_announcement("۱۴۰۰/۰۸/۱۳ - ۰۹:۳۰"))
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2021, 11, 3)


# -- a portal's «/<module>/<N>/<name>» under a heading with marks (#03) -------------------

REGULATION = "https://science.example.ac.ir/fa/regulation/318/فرم-درخواست-فرصت-مطالعاتی-اساتید"


def test_a_heading_with_a_bracket_still_spells_the_named_address() -> None:
    record = jm.parse_article("فرم درخواست فرصت (مطالعاتی) اساتید\n", url=REGULATION)
    assert record.number == "318"


def test_a_heading_naming_another_item_keeps_the_number_unread_neg() -> None:
    record = jm.parse_article("فرم درخواست وام (مسکن) کارکنان\n", url=REGULATION)
    assert record.number is None
