"""fix108: a writer's archive page («نویسنده: NAME» over one item), an item's ID after an
ISO day under a view word, and a headline run into its lead that the next paragraph prints
again (blind batch 1480-1495: tests/pages/1493, 1484, 1495)."""

import jalali_meta as jm

WRITER_PAGE = (
    "نویسنده: مریم دلاوری‌نژاد\n\n"
    "اقتصاد\n"
    "22 آبان 1401 - 09:15 ق.ظ\n\n"
    "گزارش میدانی؛\n\n"
    "بازار میوه شب یلدا در انتظار مشتری\n\n"
    "فروشندگان میدان مرکزی میوه و تره‌بار می‌گویند امسال خرید شب یلدا دیرتر از هر سال آغاز شده "
    "و بیشتر خریداران به خرید اندک بسنده می‌کنند.\n"
)

ARTICLE_BODY = (
    "\n\nدر روزهای پایانی پاییز میدان مرکزی شلوغ‌تر از همیشه است و بارها از شهرهای جنوبی "
    "می‌رسد، اما فروش هنوز به اندازه سال‌های گذشته نیست.\n\n"
    "یکی از فروشندگان می‌گوید قیمت انار و هندوانه نسبت به ماه گذشته بالا رفته و مشتریان "
    "بیشتر به دنبال میوه ارزان‌تر هستند.\n"
)


def _codes(record: jm.Article) -> set[str]:
    return {notice.code for notice in record.warnings}


def test_writer_archive_address_names_the_writer() -> None:
    record = jm.parse_article(WRITER_PAGE, url="https://news.example.ir/writer/maryam-d/")
    assert record.title == "مریم دلاوری‌نژاد"
    assert record.published is None
    assert "listing-page" in _codes(record)


def test_author_archive_address_names_the_writer() -> None:
    record = jm.parse_article(WRITER_PAGE, url="https://news.example.ir/author/maryam-d/")
    assert record.title == "مریم دلاوری‌نژاد"
    assert record.published is None


def test_writer_archive_text_alone_is_doubted() -> None:
    record = jm.parse_article(WRITER_PAGE)
    assert record.title == "مریم دلاوری‌نژاد"
    assert "title-uncertain" in _codes(record)
    assert record.published is None


def test_writer_heading_over_a_full_article_neg() -> None:
    # The same heading over an article's several paragraphs: a byline, the headline stays.
    record = jm.parse_article(WRITER_PAGE.rstrip("\n") + ARTICLE_BODY)
    assert record.title == "بازار میوه شب یلدا در انتظار مشتری"
    assert record.published is not None
    assert record.published.jalali_date == (1401, 8, 22)


def test_writer_segment_before_an_item_neg() -> None:
    # «/writer/12/<slug>»: more than the writer's name after the segment, no archive.
    page = WRITER_PAGE.rstrip("\n") + ARTICLE_BODY
    record = jm.parse_article(page, url="https://news.example.ir/writer/12/bazar-mive-yalda")
    assert record.title == "بازار میوه شب یلدا در انتظار مشتری"
    assert record.published is not None


NEWS_VIEW = (
    "همایش ملی بهره‌وری انرژی در صنایع پالایشی برگزار شد\n\n"
    "همایش ملی بهره‌وری انرژی با حضور مدیران پالایشگاه‌ها و کارشناسان صنعت نفت در تهران "
    "برگزار شد و شرکت‌کنندگان راه‌های کاهش مصرف سوخت در واحدهای فرایندی را بررسی کردند.\n"
)


def test_item_id_after_iso_day_under_view_word() -> None:
    record = jm.parse_article(
        NEWS_VIEW, url="https://www.example.com/Page/NewsView/2021-03-05/4817"
    )
    assert record.number == "4817"


def test_item_id_after_iso_day_year_or_list_neg() -> None:
    year = jm.parse_article(NEWS_VIEW, url="https://www.example.com/Page/NewsView/2021-03-05/1399")
    assert year.number is None
    listed = jm.parse_article(NEWS_VIEW, url="https://www.example.com/tag/2021-03-05/4817")
    assert listed.number is None


GLUED = (
    "تبریک روز معلم به همه آموزگاران شهرستانآیا تا به حال فکر کرده‌اید اگر معلمان یک روز سر "
    "کلاس نیایند چه اتفاقی در مدرسه می‌افتد؟\n\n"
    "آیا تا به حال فکر کرده‌اید اگر معلمان یک روز سر کلاس نیایند چه اتفاقی در مدرسه "
    "می‌افتد؟ چه کسی الفبا را به کودکان می‌آموزد و چه کسی صبوری را؟\n\n"
    "معلمان هر روز با حقوقی اندک کار می‌کنند و کمتر دیده می‌شوند، اما اثر کارشان سال‌ها "
    "می‌ماند و در زندگی شاگردانشان پیداست.\n"
)


def test_headline_glued_to_its_repeated_lead() -> None:
    record = jm.parse_article(GLUED)
    assert record.title == "تبریک روز معلم به همه آموزگاران شهرستان"


def test_headline_glued_lead_repeated_briefly_neg() -> None:
    # The next paragraph repeats only a few of the line's last words: no split.
    page = (
        "تبریک روز معلم به همه آموزگاران شهرستانآیا تا به حال فکر کرده‌اید اگر معلمان یک روز "
        "سر کلاس نیایند\n\n"
        "سر کلاس نیایند چه می‌شود؟ چه کسی الفبا را به کودکان می‌آموزد و چه کسی صبوری را؟\n\n"
        "معلمان هر روز با حقوقی اندک کار می‌کنند و کمتر دیده می‌شوند، اما اثر کارشان سال‌ها "
        "می‌ماند و در زندگی شاگردانشان پیداست.\n"
    )
    record = jm.parse_article(page)
    assert record.title != "تبریک روز معلم به همه آموزگاران شهرستان"


# mut27 (benchmarks/hand_mutants_27.py): the rules' edges.


def test_writer_archive_address_over_a_full_article_names_the_writer() -> None:
    # «/writer/NAME/» is a writer's archive by its address, its first item shown whole
    # (mutant 51 knew only «/writers/»).
    page = WRITER_PAGE.rstrip("\n") + ARTICLE_BODY
    record = jm.parse_article(page, url="https://news.example.ir/writer/maryam-d/")
    assert record.title == "مریم دلاوری‌نژاد"
    assert "listing-page" in _codes(record)


TEACHERS_MORE = (
    "معلمان هر روز با حقوقی اندک کار می‌کنند و کمتر دیده می‌شوند، اما اثر کارشان سال‌ها "
    "می‌ماند و در زندگی شاگردانشان پیداست.\n"
)
TEACHERS_ASK = "چه کسی الفبا را به کودکان می‌آموزد؟"


def _glued(head: str, lead: str) -> str:
    return f"{head}{lead}\n\n{lead} {TEACHERS_ASK}\n\n{TEACHERS_MORE}"


def test_headline_glued_to_a_repeated_lead_of_eight_words() -> None:
    # The repeated words are exactly REPEATED_LEAD_WORDS (mutant 54 asked for nine).
    head = "تبریک روز معلم به همه آموزگاران و مربیان مدارس ابتدایی و راهنمایی شهرستان"
    record = jm.parse_article(_glued(head, "آیا تا به حال فکر کرده‌اید چه می‌شود؟"))
    assert record.title == head


def test_headline_of_sixteen_words_run_into_its_repeated_lead() -> None:
    # GLUED_HEADLINE_MAX_WORDS words, a space, then the lead: the cut is at the 17th word's
    # start, the last place the bounded scan (9b550ce) must try (mutant 57 stopped before it).
    head = "تبریک روز معلم به همه آموزگاران و مربیان مدارس ابتدایی و راهنمایی شهرستان در سال تحصیلی"
    lead = "آیا تا به حال فکر کرده‌اید اگر معلمان یک روز سر کلاس نیایند چه اتفاقی در مدرسه می‌افتد؟"
    record = jm.parse_article(_glued(head + " ", lead))
    assert record.title == head


def test_sentence_before_a_repeated_lead_is_no_headline_neg() -> None:
    # The words before the repeat end with a full stop: a sentence, not a headline (mutant
    # 55 took it).
    head = "این روزها همه از گرانی و کمبود می‌گویند. "
    lead = "آیا تا به حال فکر کرده‌اید اگر معلمان یک روز سر کلاس نیایند چه اتفاقی در مدرسه می‌افتد؟"
    record = jm.parse_article(_glued(head, lead))
    assert record.title != head.strip()
