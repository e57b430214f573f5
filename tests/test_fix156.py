"""fix156: the fifty-third attack round's findings (docs/reliability.md «Attacks, fifty-third
round», benchmarks/attacks53.py): a framed headline printed right over its subtitle (fix151 read
the frame as a site's name); a section's address of four words with a function word among them
at «?paged=2» (fix151 kept the item); a two-word plural label over one long paragraph; a short
headline over a body hard-wrapped into three blocks.

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


# -- 1. a framed headline right over its subtitle ----------------------------------------------
_FRAMED = "هفته فرهنگی صنایع دستی بانوان"
_SUB = "هنرمندان روستایی گلیم و سفال‌های خود را در فرهنگسرا عرضه کردند"


@pytest.mark.parametrize("frame", [".: {} :.", ".:: {} ::."])
@pytest.mark.parametrize("date", [f"\n{_DAY}", ""])
def test_framed_headline_over_subtitle(frame: str, date: str) -> None:
    article = jm.parse_article(f"{frame.format(_FRAMED)}\n{_SUB}{date}\n\n{_BODY}")
    assert article.title != _SUB
    assert article.title == _FRAMED or "title-uncertain" in _codes(article)


@pytest.mark.parametrize(
    "frame",
    [
        ".: پایگاه خبری فرهنگسرای شهر :.\n",  # names a site
        ".: خبرگزاری صنایع دستی شهر :.\n",
        ".: farhangsara.example.ir :.\n",  # a host
        ".: فرهنگسرای شهر :.\n",  # a name of two words
        ".: فرهنگسرای شهر و روستا :.\n\n",  # set apart from the headline by a blank line
    ],
)
def test_site_name_frame_over_headline_neg(frame: str) -> None:
    article = jm.parse_article(f"{frame}{_HEAD}\n{_DAY}\n\n{_BODY}")
    assert article.title == _HEAD


# -- 2. a section's address of four words, a function word among them, «?paged=2» ------------
@pytest.mark.parametrize("path", ["/akhbar-va-rooydad-ostan/", "/akhbar-o-rooydad-shahr/"])
def test_section_address_with_function_word_paged(path: str) -> None:
    url = f"https://farhangsara.example.ir{path}?paged=2"
    assert "listing-page" in _codes(jm.parse_article(f"{_HEAD}\n{_DAY}\n\n{_BODY}", url=url))


@pytest.mark.parametrize(
    "path", ["/namayeshgah-sanaye-dasti-dar-farhangsara/", "/namayeshgah-sanaye-dasti-banovan/"]
)
def test_post_slug_with_function_word_paged_neg(path: str) -> None:
    # four words besides the function word: a post's slug, its comments' page two
    url = f"https://farhangsara.example.ir{path}?paged=2"
    article = jm.parse_article(f"{_HEAD}\n{_DAY}\n\n{_BODY}", url=url)
    assert article.title == _HEAD
    assert "listing-page" not in _codes(article)


# -- 3. a two-word plural label over one long paragraph ---------------------------------------
_LONG = (
    "صبح زود به بازار قدیم رفتم که هنوز بیشتر حجره‌ها بسته بودند و فقط چند نانوایی و چایخانه "
    "باز بودند و کم کم کاسب‌ها آمدند و کرکره‌ها را بالا زدند و بوی ادویه و چای تازه همه راسته "
    "را پر کرد و من تا ظهر میان مسگرها و فرش‌فروش‌ها قدم زدم و با چند پیرمرد درباره روزگار "
    "گذشته بازار گفت‌وگو کردم.\n"
)


@pytest.mark.parametrize("label", ["سفرنامه‌های شهری", "سفرنامه های شهری", "گزارش‌های ویژه"])
def test_plural_label_over_long_paragraph(label: str) -> None:
    article = jm.parse_article(f"{label}\n\n{_LONG}")
    assert article.title is None or "title-uncertain" in _codes(article)


@pytest.mark.parametrize("head", ["بازار قدیم", "یک روز در بازار قدیم"])
def test_short_headline_over_long_paragraph_neg(head: str) -> None:
    article = jm.parse_article(f"{head}\n\n{_LONG}")
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- 4. a short headline over a body hard-wrapped into three blocks ---------------------------
_WRAP3 = (
    "صبح زود به بازار قدیم رفتم که هنوز بیشتر حجره‌ها بسته بودند و فقط چند نانوایی و\n\n"
    "چایخانه باز بودند. کم کم کاسب‌ها آمدند و کرکره‌ها را بالا زدند و بوی ادویه و چای تازه\n\n"
    "همه راسته را پر کرد و من تا ظهر میان مسگرها و فرش‌فروش‌ها قدم زدم و عکس گرفتم.\n"
)


@pytest.mark.parametrize("spell", [str, _yeh_kaf])
@pytest.mark.parametrize("date", [f"\n{_DAY}", ""])
def test_short_headline_over_three_wrapped_blocks(spell: object, date: str) -> None:
    assert callable(spell)
    article = jm.parse_article(spell(f"یک روز در بازار قدیم{date}\n\n{_WRAP3}"))
    assert article.title == spell("یک روز در بازار قدیم")


def test_lone_word_over_three_wrapped_blocks_neg() -> None:
    # a lone word over the wrapped body is a label: never a title without a doubt
    article = jm.parse_article(f"سفرنامه\n\n{_WRAP3}")
    assert article.title != "سفرنامه" or "title-uncertain" in _codes(article)
