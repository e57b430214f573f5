"""fix157: the findings of the fifty-fourth attack round (benchmarks/attacks54.py,
docs/reliability.md «Attacks, fifty-fourth round»): Afghan names quoted by an Iranian page,
a quote after « / » in a headline, a listicle's count at ``/story/N-slug``, a unit's
signature under the item's date line. Sentences written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_DATE = "۱۴۰۱/۹/۱۶ - ۱۰:۲۰"  # 2022-12-07 10:20 (Tehran +03:30, Kabul +04:30)
_TEHRAN = "2022-12-07T10:20:00+03:30"
_KABUL = "2022-12-07T10:20:00+04:30"


def _published(text: str, url: str | None = None) -> str:
    article = jm.parse_article(text, url=url)
    assert article.published is not None
    return article.published.isoformat()


# 1. Dari words in an Afghan name that an Iranian page quotes or names with its country.
def test_iranian_report_quoting_afghan_names_keeps_tehrans_clock() -> None:
    text = (
        f"هیئت بازرگانی استان با مسئولان وزارت امور داخله افغانستان دیدار کرد\n\n{_DATE}\n\n"
        "هیئت بازرگانی استان در سفر به هرات با مدیران «شاروالی هرات» درباره بازارچه مرزی "
        "گفت‌وگو کرد.\n\nاعضای هیئت همچنین از «پوهنتون هرات» دیدن کردند و درباره پذیرش "
        "دانشجو رایزنی کردند.\n"
    )
    assert _published(text) == _TEHRAN


def test_iranian_report_naming_afghan_offices_with_their_country_keeps_tehrans_clock() -> None:
    # mut35: two Dari words, each followed by «افغانستان» (no guillemets): names quoted.
    text = (
        f"هیئت دانشگاهی استان با مسئولان وزارت امور داخله افغانستان دیدار کرد\n\n{_DATE}\n\n"
        "هیئت دانشگاهی استان در سفر به هرات درباره پذیرش دانشجویان پوهنتون‌های افغانستان در "
        "دانشگاه‌های استان گفت‌وگو کرد.\n\nاین سفر سه روز به درازا کشید.\n"
    )
    assert _published(text) == _TEHRAN


def test_iranian_review_of_an_afghan_book_keeps_tehrans_clock() -> None:
    text = (
        f"یادداشتی بر کتاب روزنامچه‌های هرات\n\n{_DATE}\n\n"
        "کتاب «روزنامچه‌های هرات» یادداشت‌های معلمی است که سال‌ها در «پوهنتون هرات» درس داده و "
        "اکنون در اصفهان زندگی می‌کند.\n\nاین کتاب را ناشری در تهران منتشر کرده است.\n"
    )
    assert _published(text) == _TEHRAN


def test_afghan_page_with_one_quoted_name_keeps_kabuls_clock_neg() -> None:
    # One Dari word quoted; the page's own sentences use two more: written in Dari.
    text = (
        f"آغاز آموزش کارمندان شاروالی\n\n{_DATE}\n\n"
        "آموزش کارمندان «شاروالی هرات» در چوکات برنامه تازه آغاز شد و منسوبین اداره در آن "
        "اشتراک دارند.\n\nاین دوره دو ماه دوام می‌کند.\n"
    )
    assert _published(text) == _KABUL


# 2. « / LABEL: » in a headline with no date or ID field beside it: a quote.
_DAY = "۱۲ دی ۱۴۰۲"
_NOVEL_BODY = (
    "\n\nمجموعه شعر تازه این شاعر شب گذشته در فرهنگسرای شهر رونمایی شد و شاعر در آیین "
    "رونمایی از سال‌های کار روی آن سخن گفت.\n\nکتاب در دویست صفحه منتشر شده است.\n"
)


def test_headline_with_slash_and_author_quote_is_the_title() -> None:
    headline = "رونمایی از مجموعه شعر تازه / نویسنده: این شعرها را در سفر سرودم"
    article = jm.parse_article(f"{headline}\n{_DAY}{_NOVEL_BODY}")
    assert article.title == headline
    assert article.author is None


def test_slash_fields_with_an_id_still_split_neg() -> None:
    text = (
        f"فرهنگی / کد خبر: 45871 / نویسنده: مریم احمدی\n\nرونمایی از مجموعه شعر تازه{_NOVEL_BODY}"
    )
    article = jm.parse_article(text)
    assert article.number == "45871"
    assert article.title == "رونمایی از مجموعه شعر تازه"


# 3. A listicle's count at ``/story/N-slug``, printed at its headline's start.
_TIPS = "۱۲ نکته ساده برای نگهداری گیاهان آپارتمانی در خانه‌های کوچک"
_TIPS_BODY = (
    f"\n\n{_DAY}\n\nگیاهان آپارتمانی در زمستان به نور و آب کمتری نیاز دارند و چند کار ساده "
    "آن‌ها را سالم نگه می‌دارد.\n\nدور نگه داشتن گلدان‌ها از بخاری یکی از این کارهاست.\n"
)
_TIPS_SLUG = "نکته-ساده-برای-نگهداری-گیاهان-آپارتمانی-در-خانه‌های-کوچک"


def test_story_listicle_count_is_no_number() -> None:
    article = jm.parse_article(
        _TIPS + _TIPS_BODY, url=f"https://blog.example.ir/story/12-{_TIPS_SLUG}"
    )
    assert article.number is None


def test_story_id_before_the_headlines_slug_neg() -> None:
    # The headline printed without the number: the number is the story's ID.
    headline = _TIPS.split(" ", 1)[1]
    article = jm.parse_article(
        headline + _TIPS_BODY, url=f"https://blog.example.ir/story/5731-{_TIPS_SLUG}"
    )
    assert article.number == "5731"


# 4. A unit's signature under the item's date line, under the headline.
_UNI = "دانشجویان دانشکده فنی در مسابقه ملی رباتیک دوم شدند"
_UNI_BODY = (
    "به گزارش خبرنگار ما، گروه رباتیک دانشکده فنی در مسابقه ملی رباتیک که در اصفهان برگزار شد "
    "در بخش ربات‌های امدادی دوم شد.\n\nرئیس دانشکده گفت: این گروه از سه سال پیش در آزمایشگاه "
    "دانشکده کار می‌کند.\n"
)


def test_unit_signature_under_date_line_is_no_title() -> None:
    text = f"{_UNI}\n\n{_DAY}\n\nروابط عمومی دانشکده فنی\n\n{_UNI_BODY}"
    page = (
        f"<html><body><h2>{_UNI}</h2><p>{_DAY}</p><p>روابط عمومی دانشکده فنی</p>"
        + "".join(f"<p>{p}</p>" for p in _UNI_BODY.strip().split("\n\n"))
        + "</body></html>"
    ).encode()
    assert jm.parse_article(text).title == _UNI
    assert jm.parse_html(page).title == _UNI


def test_unit_line_under_a_date_line_alone_neg() -> None:
    # Nothing over the date line: this rule needs a headline over it and does not fire. The
    # unit's line right over the running text is fix283's source line with no headline under
    # it (tests/test_fix283.py): no title, where it was the title before fix283.
    text = f"{_DAY}\n\nروابط عمومی دانشکده فنی\n\n{_UNI_BODY}"
    article = jm.parse_article(text)
    assert article.title is None


def test_content_id_before_a_numbered_slug_neg() -> None:
    # The ID is the segment before; the number opening the slug is the headline's own (a
    # quantity, real sample real40 #7's shape): the listicle guard leaves the ID alone.
    headline = "600 کیلوگرم زعفران از کشاورزان شهرستان خریداری شد"
    body = (
        f"\n\n{_DAY}\n\nشرکت تعاونی روستایی شهرستان امسال ششصد کیلوگرم زعفران را از کشاورزان "
        "منطقه خرید و به بازار فرستاد.\n\nمدیر تعاونی گفت خرید تا پایان ماه ادامه دارد.\n"
    )
    url = (
        "http://news.example.ir/fa/content/15770016/"
        "600-کیلوگرم-زعفران-از-کشاورزان-شهرستان-خریداری-شد.html"
    )
    assert jm.parse_article(headline + body, url=url).number == "15770016"
