"""real69: the general causes of real69's sample (docs/real_sample.md "A fifty-eighth sample").

- A school blog's post (sgto.tabaar.org, #19) opening with an epigraph: a sentence, its full
  stop and its source, a revered name with its blessing in round brackets («SENTENCE .
  NAME(قدس سره)»), no quotes: never the title.
- A college's history page (iaushirazsama.ac.ir, #12): its name «تاریخچه NAME» over its
  first section's heading «آشنایی با ...»: the name is the title, not the heading under it.
- The Tajik academy's manuscript centre (merosikhatti.tj, #13): the lead calls a whole date
  today in brackets, «имрӯз (09.04.2025)»: the day the text was written.

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

import jalali_meta as jm

# -- an epigraph with its source's blessing (#19) -----------------------------------------


def _school_post(first: str) -> str:
    # sgto.tabaar.org's post (#19): a one-line epigraph over the text, no headline printed
    # (the headline only in the slug), a meeting's day and hour in the body.
    return (
        f"{first}\n"
        "هفته کتاب در تقویم مدرسه از مناسبت هایی است که هر سال دانش آموزان با شور و علاقه "
        "برای آن نمایشگاه و مسابقه کتابخوانی آماده می کنند و امسال نیز همین برنامه ادامه یافت.\n"
        "نخستین جلسه ستاد برگزاری هفته کتاب با حضور مدیر دبستان، معاون آموزشی و مربی پرورشی "
        "روز دوشنبه 20 آبان ماه ۱۴۰۱ راس ساعت 10 صبح در دفتر آموزشگاه برگزار گردید . در این "
        "جلسه درباره برنامه نمایشگاه و جوایز مسابقه گفتگو شد و مقرر شد که :\n"
        "…….. اجرا گردد .\n"
    )


EPIGRAPH = "دانش چراغ راه آینده است . امام علی(علیه السلام)"
EPIGRAPH_SHORT_BLESSING = "کتاب بهترین همنشین انسان است . امام خمینی(ره)"


def test_epigraph_with_a_blessed_source_is_no_title() -> None:
    for first in (EPIGRAPH, EPIGRAPH_SHORT_BLESSING):
        text = _school_post(first)
        assert jm.parse_article(text).title is None
        record = jm.parse_article(text, url="https://school.example.org/جلسه-ستاد-هفته-کتاب")
        assert record.title is None


def test_headline_naming_a_blessed_person_neg_stays_the_title() -> None:
    # No full stop before the name: a headline naming «امام خمینی(ره)» (main's record).
    headline = "برگزاری مراسم سالگرد رحلت امام خمینی(ره)"
    text = _school_post(headline)
    assert jm.parse_article(text).title == headline


def test_sentence_and_unblessed_bracket_neg_stays_the_title() -> None:
    # A full stop, then words in brackets that are no blessing: main's record (the line).
    first = "کتابخانه مدرسه بازگشایی شد . دبستان شهید رجایی(پایه ششم)"
    text = _school_post(first)
    assert jm.parse_article(text).title == first


# -- a history page's name over its first section's heading (#12) ------------------------


def _history_page(name: str) -> str:
    # iaushirazsama.ac.ir's SamaHistory.aspx (#12): the page's name, a section heading right
    # under it, a blank line, the history's paragraphs.
    return (
        f"{name}\n"
        "آشنایی با مدارس غیر انتفاعی\n\n"
        "در سال 1372 كه مدارس دولتی با كمبود فضای آموزشی روبرو بودند طرحی برای گسترش مدارس "
        "غیر انتفاعی در شهرهای بزرگ و كوچك ارائه شد و پس از تصویب هیأت امنا اجرا گردید .\n\n"
        "اينك پس از گذشت 20 سال بیش از 400 واحد آموزشی با بيش از 30 هزار دانش آموز در "
        "شهرهای مختلف كشور فعاليت مي كنند و از سطح آموزشی خوبی برخوردار هستند .\n\n"
        " اجمالی از آمارها و شاخص های آموزشی :\n"
    )


def test_history_page_name_is_the_title_over_its_section_heading() -> None:
    name = "تاریخچه دبیرستان فرهنگ"
    text = _history_page(name)
    assert jm.parse_article(text).title == name
    assert jm.parse_article(text, url="http://school.example.ac.ir/History.aspx").title == name


def test_kicker_over_headline_neg_keeps_the_lower_line() -> None:
    # A line that is no history page's name over the heading: main's record, the lower line.
    text = _history_page("گزارش دبیرستان فرهنگ")
    assert jm.parse_article(text).title == "آشنایی با مدارس غیر انتفاعی"


# -- today's whole date in brackets in the lead (#13) --------------------------------------


def _centre_news(opening: str) -> str:
    # merosikhatti.tj's news item (#13): no headline in the stored text, the lead naming the
    # hall, today's date in brackets, the event's span in brackets, then the speakers.
    return (
        f"Дар толори Китобхонаи миллии Тоҷикистон {opening} ҳамоиши илмӣ ба муносибати "
        "“Ҳафтаи китоб” (01-07.10.2024), ки дирӯз бо иштироки олимон ва донишҷӯён оғоз шуда "
        "буд, ба кори худ идома дод.\n"
        "Ҳамоишро муовини директор оид ба илм идома дода, зикр намуд, ки мутолиаи китоб яке "
        "аз самтҳои асосии фаъолияти китобхона ба ҳисоб меравад.\n"
        "Сипас, мудири шуъбаи дастхатҳо дар мавзуи “Китобҳои дастнависи асри XIX” маърӯза "
        "намуда, чанд нусхаи нодирро муаррифӣ намуд.\n"
    )


def test_today_in_brackets_with_a_whole_date_is_the_day_of_writing() -> None:
    text = _centre_news("имрӯз (03.10.2024)")
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://library.example.tj/tj/hamoishi-ilmi-idoma-dod"),
    ):
        assert record.published is not None
        assert record.published.gregorian == datetime.date(2024, 10, 3)


def test_today_in_brackets_without_a_year_neg_gives_no_date() -> None:
    # The day and month alone in the brackets: no year, no date (main's record).
    assert jm.parse_article(_centre_news("имрӯз (3 октябр)")).published is None


def test_bracketed_date_without_today_neg_gives_no_date() -> None:
    # A bracketed whole date the lead does not call today (an event's): main's record.
    assert jm.parse_article(_centre_news("дар рӯзи кушодашавӣ (03.10.2024)")).published is None
