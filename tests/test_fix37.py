"""A forum's archive view (fix37, issue #16).

vBulletin's archive view («/archive/index.php/t-N.html») prints its «PDA» link first and
then a notice ending in the thread's title, the link to the full thread: «توجه ! این یک
نسخه آرشیو شده ... کلیک کنید : TITLE», «مشاهده نسخه کامل : TITLE», «View Full Version :
TITLE». The title is the words after the notice. The pages are written for this file.
"""

from __future__ import annotations

import jalali_meta as jm

_POST = (
    "گل رز را در گلدانی با زهکشی خوب بکارید و هفته‌ای دو بار آب بدهید. نور مستقیم صبح برای "
    "این گیاه بهتر از آفتاب تند بعدازظهر است و خاک باید همیشه کمی نمناک بماند تا ریشه نپوسد."
)
_TOPIC = "راهنمای کاشت گل رز در آپارتمان"


def _archive(notice: str) -> str:
    return f"PDA\n\n{notice}\n\n\n\nباغبان_سبز\n3rd May 2011, 09:15 PM\n{_POST}\n"


def test_archive_notice_names_the_thread() -> None:
    notice = (
        "توجه ! این یک نسخه آرشیو شده است و در این حالت تصاویر نمایش داده نمی‌شوند برای "
        f"دیدن متن کامل بر روی لینک روبرو کلیک کنید : {_TOPIC}"
    )
    article = jm.parse_article(_archive(notice))
    assert article.title == _TOPIC


def test_full_version_link_names_the_thread() -> None:
    article = jm.parse_article(_archive(f"مشاهده نسخه کامل : {_TOPIC}"))
    assert article.title == _TOPIC


def test_html_archive_view_names_the_thread() -> None:
    html = (
        "<html><head><title>انجمن باغبانی</title></head><body>"
        '<div class="pda"><a href="?pda=1">PDA</a></div>'
        '<p class="largefont">توجه ! این یک نسخه آرشیو شده است برای دیدن متن کامل بر روی '
        f'لینک روبرو کلیک کنید : <a href="/showthread.php?t=7">{_TOPIC}</a></p>'
        "<div>باغبان_سبز</div><div>3rd May 2011, 09:15 PM</div>"
        f"<p>{_POST}</p></body></html>"
    )
    assert jm.parse_html(html.encode()).title == _TOPIC


def test_notice_without_a_title_names_none() -> None:
    # The notice ends at its colon: no thread is named, the notice is not taken.
    notice = "توجه ! این یک نسخه آرشیو شده است برای دیدن متن کامل بر روی لینک روبرو کلیک کنید :"
    article = jm.parse_article(_archive(notice))
    assert article.title != ""
    assert article.title is None or "آرشیو" not in article.title


def test_archived_copy_in_a_sentence_is_no_notice() -> None:
    # A news story's sentence on an archived copy, with a colon: no link to click, no notice.
    headline = "کتابخانه ملی نشریات قدیمی را دیجیتال کرد"
    text = (
        f"{headline}\n\n"
        "به گفته مدیر کتابخانه نسخه آرشیو شده روزنامه‌ها اکنون در دسترس است : از سال ۱۳۰۰ تا امروز\n\n"
        f"{_POST}\n"
    )
    assert jm.parse_article(text).title == headline


# A tag page («/tag/NAME/») that prints no name of its list: items, each a headline over its
# excerpt. The first item's headline is not the page's title; the page names none.
_ITEMS = (
    "سد کرج به کمترین حجم ده سال اخیر رسید\n"
    "حجم آب پشت سد کرج در پایان آبان به کمتر از بیست درصد ظرفیت رسید و مسئولان از مردم "
    "خواستند در مصرف صرفه‌جویی کنند [...]\n\n"
    "بارش باران در شمال کشور ادامه دارد\n"
    "هواشناسی از ادامه بارش باران در استان‌های شمالی تا پایان هفته خبر داد و درباره "
    "آبگرفتگی معابر هشدار داد [...]\n\n"
    "طرح آبرسانی به روستاهای دماوند افتتاح شد\n"
    "طرح آبرسانی به دوازده روستای شهرستان دماوند با حضور فرماندار و مدیران آب منطقه‌ای "
    "به بهره‌برداری رسید [...]\n"
)
_TAG_URL = "https://example-news.ir/tag/%D9%85%D9%86%D8%A7%D8%A8%D8%B9-%D8%A2%D8%A8/"  # منابع-آب


def test_tag_page_without_its_name_has_no_title() -> None:
    article = jm.parse_article(_ITEMS, url=_TAG_URL)
    assert article.title is None
    assert "title-uncertain" in {w.code for w in article.warnings}


def test_tag_page_printing_its_name_keeps_it() -> None:
    # The line over the items holds the address's slug: it names the list, and stays.
    article = jm.parse_article("آرشیو منابع آب\n\n" + _ITEMS, url=_TAG_URL)
    assert article.title is not None
    assert "منابع آب" in article.title


def test_one_article_at_an_article_address_keeps_its_headline() -> None:
    # The same first item alone at an article's address: the page's own headline.
    text = _ITEMS.split("\n\n", maxsplit=1)[0].replace(" [...]", ".") + "\n"
    article = jm.parse_article(text, url="https://example-news.ir/news/48213/")
    assert article.title == "سد کرج به کمترین حجم ده سال اخیر رسید"
