"""fix242: blind87's section label kept before the headline on its line
(tests/pages 2319, docs/evaluation.md "2310-2327, eighty-fourth blind batch").

The layout is zeinalislab.ir's content page (a medical laboratory's news item: the list's
name «اخبار پایگاه :» and the headline on one line, one paragraph under it); the sentences
are written for these tests, the values changed.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

_UNCERTAIN = "title-uncertain"
_BODY = (
    "هر سال در چهاردهم آبان ماه این فرصت فراهم می‌شود تا با آموزش مردم و به ویژه کسانی که "
    "بیماری زمینه ای دارند، گامی در جهت آزمایش منظم قند خون و تغذیه سالم و ورزش بیشتر برای "
    "پیشگیری از عوارض برداشته شود.\n"
)
_HEADLINE = "روز جهانی دیابت و آزمایش قند"


def _page(label: str, headline: str = _HEADLINE) -> str:
    return f"{label} {headline}\n{_BODY}"


def test_section_label_before_headline_is_cut_when_the_slug_spells_the_headline() -> None:
    url = "https://sample-lab.ir/content/612/روز-جهانی-دیابت-و-آزمایش-قند"
    article = jm.parse_article(_page("اخبار پایگاه :"), url=url)
    assert article.title == _HEADLINE
    assert _UNCERTAIN not in warning_codes(article)


def test_section_label_before_headline_is_cut_with_a_doubt_in_a_text_alone() -> None:
    article = jm.parse_article(_page("اطلاعیه های مرکز:"))
    assert article.title == _HEADLINE
    assert _UNCERTAIN in warning_codes(article)


def test_speaker_before_a_quote_headline_is_no_section_label_neg() -> None:
    line = "وزیر بهداشت: آزمایش قند خون را جدی بگیرید"
    article = jm.parse_article(f"{line}\n{_BODY}")
    assert article.title == line


def test_news_topic_the_slug_spells_with_its_colon_is_kept_neg() -> None:
    line = "اخبار جعلی: راه های شناختن شایعه در فضای مجازی"
    url = "https://sample-lab.ir/content/613/اخبار-جعلی-راه-های-شناختن-شایعه"
    article = jm.parse_article(f"{line}\n{_BODY}", url=url)
    assert article.title == line


# -- a stopped lead printed over a long headline, the report's body under it ----------------
# (irsto.ir's news page, tests/pages 2325: the date line, a one-sentence lead ending « .»,
# the headline of more than twelve words, then «به گزارش ...»).
_LONG_HEADLINE = (
    "اعزام دانش آموزان برگزیده دختر به شیراز، برای شرکت در مسابقات ملی قرآن و عترت دانش آموزی"
)
_STOPPED_LEAD = (
    "دانش آموزان دختر برگزیده استان ها برای شرکت در مسابقات ملی قرآن و عترت ، از صبح امروز "
    "به شیراز اعزام شدند ."
)
_REPORT = (
    "به گزارش روابط عمومی سازمان دانش آموزی ، دوره تازه مسابقات ملی قرآن و عترت دانش آموزان "
    "دختر از ۱۲ تا ۱۵ آبان ماه در اردوگاه تربیتی شهید دستغیب شیراز برگزار می‌شود و برگزیدگان "
    "استان ها در رشته های حفظ، قرائت و مفاهیم با یکدیگر رقابت می‌کنند.\n"
)


def _lead_first(lead: str, body: str) -> str:
    return f"12 آبان، 1398\n\n{lead}\n\n{_LONG_HEADLINE}\n\n{body}"


def test_long_headline_under_a_stopped_lead_over_a_report_is_the_title() -> None:
    article = jm.parse_article(_lead_first(_STOPPED_LEAD, _REPORT))
    assert article.title == _LONG_HEADLINE


def test_long_line_under_a_stopped_lead_over_no_report_opening_keeps_main_record_neg() -> None:
    body = _REPORT.replace("به گزارش روابط عمومی سازمان دانش آموزی ، ", "")
    article = jm.parse_article(_lead_first(_STOPPED_LEAD, body))
    assert article.title is None
