"""fix151: the fifty-second attack round's findings (docs/reliability.md «Attacks, fifty-second
round», benchmarks/attacks52.py): a site's name framed «.: NAME :.» over the item's headline; a
short headline over a body hard-wrapped into five blocks or more; e107's «news.php?item.ID.CAT»;
a post at its slug-only address with «?paged=2»; a header's view counter spelt with Arabic yeh
(«بازديد»); a headline glued to its lead's opening over the item's date line, and a speaker's
quote headline «SPEAKER : QUOTE» kept whole.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_HEAD = "نمایشگاه صنایع دستی بانوان روستایی در فرهنگسرای شهر گشایش یافت"
_BODY = (
    "نمایشگاه صنایع دستی بانوان روستایی با عرضه گلیم، سفال و رودوزی‌های محلی در فرهنگسرای "
    "شهر گشایش یافت و تا پایان هفته بازدیدکنندگان را می‌پذیرد.\n\n"
    "رئیس فرهنگسرا گفت درآمد فروش این آثار به خود هنرمندان می‌رسد.\n"
)
_DAY = "۱۲ آذر ۱۴۰۲"  # 1 Azar 1402 = 2023-11-22, so 12 Azar = 2023-12-03 (a Sunday)


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _yeh_kaf(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك")


# -- 1. a site's name framed over the item's headline -----------------------------------------
@pytest.mark.parametrize(
    "frame",
    [".: پورتال خبری فرهنگسرای شهر :.", ".:: پورتال خبری فرهنگسرای شهر ::.", ".: فرهنگسرا :."],
)
@pytest.mark.parametrize("date", [f"\n{_DAY}", ""])
def test_site_name_frame_over_headline(frame: str, date: str) -> None:
    article = jm.parse_article(f"{frame}\n\n{_HEAD}{date}\n\n{_BODY}")
    assert article.title == _HEAD


@pytest.mark.parametrize("frame", [".: پورتال خبری فرهنگسرای شهر :.", ".: فرهنگسرا :."])
@pytest.mark.parametrize("date", [f"\n{_DAY}", ""])
def test_site_name_frame_over_four_word_headline(frame: str, date: str) -> None:
    # mut35: a headline of four words (FRAMED_HEADLINE_MIN_WORDS) under the site's frame is
    # still the headline: the frame is the site's name, never the title
    head = "نمایشگاه صنایع دستی بانوان"
    article = jm.parse_article(f"{frame}\n\n{head}{date}\n\n{_BODY}")
    assert article.title == head


def test_framed_title_over_its_paragraph_neg() -> None:
    # a template's frame around the page's own title, the running text right under it
    text = f".: {_HEAD} :.\n\n{_BODY}"
    assert jm.parse_article(text).title == _HEAD


def test_framed_title_over_its_author_neg() -> None:
    # a framed title over its author's name in guillemets (two words): still the title
    text = f".:: سیری در تاریخ سفالگری ایران ::.\n« مریم احمدی »\n\n{_BODY}"
    assert jm.parse_article(text).title == "سیری در تاریخ سفالگری ایران"


# -- 2. a short headline over a body wrapped into five blocks ---------------------------------
_WRAPPED = (
    "قطار شبانه ساعت ده از ایستگاه راه افتاد و تا صبح از میان دشت‌ها و تپه‌های خشک گذشت\n\n"
    "و با طلوع آفتاب به نخستین ایستگاه کوهستانی رسید. مسافران برای خوردن چای پیاده شدند\n\n"
    "و از فروشندگان محلی نان تازه و پنیر خریدند و دوباره سوار شدند و قطار به راه خود\n\n"
    "ادامه داد تا پس از گذشتن از چند تونل بلند به دره سرسبزی رسیدیم که رودخانه‌ای از\n\n"
    "میانش می‌گذشت و همه از پنجره‌ها به تماشای آن ایستادند و عکس گرفتند.\n"
)


@pytest.mark.parametrize("spell", [str, _yeh_kaf])
def test_short_headline_over_five_wrapped_blocks(spell: object) -> None:
    assert callable(spell)
    article = jm.parse_article(spell(f"سفر با قطار شبانه\n\n{_WRAPPED}"))
    assert article.title == spell("سفر با قطار شبانه")


# The sentence ends three blocks above the middle block the score takes (mut35): the run
# above that block is read up to the sentence's end, not only its two nearest lines.
_WRAPPED_SIX = (
    "صبح زود با اتوبوس از شهر بیرون رفتیم و پس از دو ساعت به روستای کوچکی رسیدیم که\n\n"
    "در دامنه کوه بود و بیشتر خانه‌هایش را با سنگ و گل ساخته بودند. مردم روستا با\n\n"
    "لبخند و چای داغ و نان تازه به پیشواز ما آمدند و ما را به خانه بزرگ ده بردند و\n\n"
    "مهربانی ما را پذیرفتند و از باغ‌های گردو و چشمه‌های روستا برایمان گفتند و ما\n\n"
    "تا عصر در کوچه‌های روستا گشتیم و از مردم درباره زندگی در کوهستان پرسیدیم و\n\n"
    "پیش از تاریکی هوا به شهر برگشتیم و قرار گذاشتیم بهار دوباره به آنجا برویم.\n"
)


def test_short_headline_over_six_wrapped_blocks() -> None:
    article = jm.parse_article(f"سفری به روستای گردوها\n\n{_WRAPPED_SIX}")
    assert article.title == "سفری به روستای گردوها"
    assert "title-uncertain" in _codes(article)


@pytest.mark.parametrize("label", ["سفرنامه", "یادداشت‌های سفر"])
def test_label_over_five_wrapped_blocks_neg(label: str) -> None:
    # a lone word or a two-word section label over the wrapped body: never a title without
    # a doubt (a lone word is a label; two words may be a blog's or a section's name)
    article = jm.parse_article(f"{label}\n\n{_WRAPPED}")
    assert article.title is None or "title-uncertain" in _codes(article)


# -- 3. e107's item ID and its category ---------------------------------------------------------
def test_e107_item_id_then_category() -> None:
    text = f"{_HEAD}\n{_DAY}\n\n{_BODY}"
    url = "http://honar.example.ir/news.php?item.877.4"
    assert jm.parse_article(text, url=url).number == "877"


@pytest.mark.parametrize(
    "query",
    ["news.php?list.4.0", "news.php?item.877.4.2", "news.php?cat.877.4", "print.php?news.877.4"],
)
def test_e107_other_dotted_queries_neg(query: str) -> None:
    text = f"{_HEAD}\n{_DAY}\n\n{_BODY}"
    assert jm.parse_article(text, url=f"http://honar.example.ir/{query}").number is None


# -- 4. a post's slug alone as its address, «?paged=2» ---------------------------------------
def test_post_slug_address_paged() -> None:
    text = f"{_HEAD}\n{_DAY}\n\n{_BODY}"
    url = "https://farhangsara.example.ir/namayeshgah-sanaye-dasti-banovan/?paged=2"
    article = jm.parse_article(text, url=url)
    assert article.title == _HEAD
    assert "listing-page" not in _codes(article)


@pytest.mark.parametrize(
    "path",
    [
        "/category/sanaye-dasti-banovan-roostaei/",
        "/tag/sanaye-dasti-banovan-roostaei/",
        "/akhbar-va-rooydad/",
        "/blog/",
        "/akhbar-shahrestan-hamedan-1402/",  # a number alone among the words: a year's list
    ],
)
def test_list_addresses_paged_neg(path: str) -> None:
    text = f"{_HEAD}\n{_DAY}\n\n{_BODY}"
    url = f"https://farhangsara.example.ir{path}?paged=2"
    assert "listing-page" in _codes(jm.parse_article(text, url=url))


# -- 5. a header's view counter spelt with Arabic yeh -----------------------------------------
@pytest.mark.parametrize("bold", [True, False])
def test_weekday_date_counter_arabic_yeh_slash_headline(bold: bool) -> None:
    header = f"یکشنبه {_DAY} | ۸۵ بازدید"
    if bold:
        header = f"**{header}**"
    article = jm.parse_article(_yeh_kaf(f"{header} / {_HEAD}\n\n{_BODY}"))
    assert article.title == _yeh_kaf(_HEAD)
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2023-12-03"


def test_counter_word_with_words_after_neg() -> None:
    # «بازديد ...» running on into a sentence is no header field: the line is not cut there
    line = _yeh_kaf(f"یکشنبه {_DAY} | ۸۵ بازدید وزیر از نمایشگاه / {_HEAD}")
    assert jm.parse_article(f"{line}\n\n{_BODY}").title != _yeh_kaf(_HEAD)


# -- 6. a headline glued to its lead's opening over the date line -----------------------------
_BUS = "نخستین قطار برقی حومه‌ای میان شهر و فرودگاه به راه افتاد"
_OPENING = "مدیرعامل شرکت قطار شهری گفت: نخستین قطار برقی حومه‌ای با چهار واگن و ظرفیت"
_BUS_BODY = (
    _OPENING + " ششصد مسافر از امروز میان ایستگاه مرکزی شهر و فرودگاه رفت و آمد می‌کند.\n\n"
    "بلیت این قطار با کارت‌های شهری خریده می‌شود.\n"
)


@pytest.mark.parametrize("glue", [" : ", ""])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize("spell", [str, _yeh_kaf])
def test_glued_lead_opening_over_date_line(glue: str, gap: str, spell: object) -> None:
    assert callable(spell)
    text = spell(f"{_BUS}{glue}{_OPENING}\n{_DAY} - ۰۸:۴۰{gap}{_BUS_BODY}")
    article = jm.parse_article(text)
    assert article.title == spell(_BUS)
    assert "title-uncertain" not in _codes(article)


_SPEAKER_HEAD = "مدیرعامل شرکت قطار شهری : نخستین قطار برقی حومه‌ای با چهار واگن به راه افتاد"
_SPEAKER_BODY = (
    "نخستین قطار برقی حومه‌ای با چهار واگن به راه افتاد و از امروز میان ایستگاه مرکزی شهر و "
    "فرودگاه مسافر جابه‌جا می‌کند.\n\nبلیت این قطار با کارت‌های شهری خریده می‌شود.\n"
)


@pytest.mark.parametrize("date", [f"\n{_DAY}", ""])
def test_speaker_quote_headline_lead_repeats_quote_neg(date: str) -> None:
    # «SPEAKER : QUOTE», the lead opening with the quote: the quote ends a clause (its verb),
    # so the speaker's name is never the title alone
    article = jm.parse_article(f"{_SPEAKER_HEAD}{date}\n\n{_SPEAKER_BODY}")
    assert article.title in (_SPEAKER_HEAD, None) or "title-uncertain" in _codes(article)
    assert article.title != "مدیرعامل شرکت قطار شهری"
