"""fix282: a site's own name taken for the title of an HTML page that prints no <h1>. A
short part of a three-part <title> that the headline part repeats whole («معرفی NAME -
NAME - UNIVERSITY») is a name beside the headline even when the third part is as long as the
headline; a Tajik «Сомонаи расмии NAME» («official site of NAME») line is the site's name
for itself. The sentences and names are written for these tests."""

from __future__ import annotations

import jalali_meta as jm

_BODY = (
    "<p>دانشکده علوم دریایی در سال 1385 نخستین دانشجویان کارشناسی را پذیرفت و آزمایشگاه "
    "شیمی آب دریا در همان سال راه اندازی شد.</p>"
    "<p>در سال 1390 دوره کارشناسی ارشد زیست شناسی دریا با تصویب شورای دانشگاه آغاز شد و "
    "دانشجویان نخستین سفر پژوهشی خود را به جزیره هرمز انجام دادند.</p>"
)


def _static_page(site: str, title_tag: str, heading: str, h1: bool = False) -> str:
    tag = "h1" if h1 else "h2"
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa"><head><meta charset="utf-8" />'
        f"<title>{title_tag}</title></head><body>"
        f'<header><span class="site-title">{site}</span>'
        '<nav><a href="/">صفحه اصلی</a><a href="/about">معرفی دانشکده</a>'
        '<a href="/news">اخبار</a></nav></header>'
        f'<main><{tag} class="page-title">{heading}</{tag}>'
        f'<div class="page-body">{_BODY}</div></main>'
        "<footer>کلیه حقوق این سایت متعلق به دانشگاه هرمز و جنوب است.</footer>"
        "</body></html>"
    )


def test_site_name_repeated_by_title_headline_part_gives_way_to_the_page_heading() -> None:
    # The <title>'s third part (the university) has as many words as its headline part
    # (tests/pages 2508's shape): the site's name in the middle is still a name.
    page = _static_page(
        "دانشکده علوم دریایی",
        "معرفی دانشکده علوم دریایی - دانشکده علوم دریایی - دانشگاه هرمز و جنوب",
        "معرفی دانشکده علوم دریایی",
    )
    article = jm.parse_html(page, url="https://marine.example.ac.ir/news/5f1a2b3c/staticpage")
    assert article.title == "معرفی دانشکده علوم دریایی"


def test_heading_the_sources_agree_on_stays_when_title_repeats_the_site_name() -> None:
    # Near miss: the page's <h1> is the headline part; the site's name above stays chrome.
    page = _static_page(
        "دانشکده علوم دریایی",
        "معرفی دانشکده علوم دریایی - دانشکده علوم دریایی - دانشگاه هرمز و جنوب",
        "معرفی دانشکده علوم دریایی",
        h1=True,
    )
    article = jm.parse_html(page, url="https://marine.example.ac.ir/news/5f1a2b3c/staticpage")
    assert article.title == "معرفی دانشکده علوم دریایی"


def _tajik_page(description: str) -> str:
    return (
        '<!DOCTYPE html><html lang="tg"><head><meta charset="utf-8" />'
        "<title>ОБЁРИИ ЗАМИНҲОИ ПАХТА ДАР ҶАМОАТИ “НАВБАҲОР” &#8211; Ноҳияи Дарёбод</title>"
        "</head><body>"
        '<div class="site-branding"><a href="https://daryobod.example.tj/">Ноҳияи Дарёбод</a>'
        f'<p class="site-description">{description}</p></div>'
        '<nav><a href="/">Асосӣ</a><a href="/news">Хабарҳо</a></nav>'
        '<article><div class="entry-content"><p>12/09/2024-10:15</p>'
        "<p>Дар ҷамоати деҳоти “Навбаҳор” обёрии заминҳои пахта бо усули қатрагӣ оғоз гардид, "
        "ки ба сарфаи об мусоидат мекунад.</p>"
        "<p>Кишоварзон гуфтанд, ки имсол 40 гектар замин бо ин усул обёрӣ карда мешавад ва "
        "ҳосилнокӣ афзун мегардад.</p></div></article>"
        "<footer>© Ноҳияи Дарёбод</footer></body></html>"
    )


def test_tajik_official_site_line_is_never_the_title() -> None:
    page = _tajik_page("Сомонаи расмии Мақомоти иҷроияи ҳокимияти давлатии ноҳияи Дарёбод")
    article = jm.parse_html(page, url="https://daryobod.example.tj/?p=4312")
    assert article.title == "ОБЁРИИ ЗАМИНҲОИ ПАХТА ДАР ҶАМОАТИ “НАВБАҲОР”"


def test_tajik_headline_speaking_of_an_official_site_stays_the_title() -> None:
    # Near miss: a headline that speaks of an official site, not opening with it, is no
    # site's name for itself.
    text = (
        "Ноҳияи Дарёбод сомонаи расмии нав кушод\n\n"
        "Дар ноҳияи Дарёбод сомонаи нави иттилоотӣ ба кор оғоз кард, ки дар он хабарҳои "
        "ҷамоатҳо ва эълонҳои мақомот ҷой дода мешаванд.\n\n"
        "Масъулон гуфтанд, ки сомона ҳар рӯз бо хабарҳои тоза пур карда мешавад.\n"
    )
    assert jm.parse_article(text).title == "Ноҳияи Дарёбод сомонаи расмии нав кушод"


_LAMB_TEXT = (
    "{first}\n\n"
    "بزغاله شیری در ماه های نخست با شیر مادر و کمی یونجه خشک رشد می کند و دامدار باید "
    "آغل را گرم و خشک نگه دارد. در این راستا مجموعه ما بزغاله های سالم را با گواهی "
    "دامپزشکی به خریداران شهر عرضه می کند.\n\n"
    "آب تمیز و نمک در دسترس بزغاله ها از نکته های ساده ولی مهم پرورش است که بسیاری از "
    "بیماری های گوارشی را کم می کند.\n"
)


def test_name_and_slogans_joined_by_dashes_is_no_title() -> None:
    article = jm.parse_article(
        _LAMB_TEXT.format(first="بز سفید - بزغاله شیری - عرضه دام سالم"),
        url="https://goat-example.ir/project/بزغاله-شیری/",
    )
    assert article.title is None
    assert any(w.code == "title-uncertain" for w in article.warnings)


def test_two_part_or_long_part_dashed_headline_stays_the_title() -> None:
    # Near misses: two parts (a place and a headline), or a part of a headline's length.
    for first in (
        "کرمان - عرضه بزغاله شیری آغاز شد",
        "بز سفید - بزغاله شیری - عرضه دام سالم در بازار شهر",
    ):
        article = jm.parse_article(_LAMB_TEXT.format(first=first))
        assert article.title == first, first
