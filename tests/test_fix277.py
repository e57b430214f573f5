"""fix277: what real78 found (docs/real_sample.md, «A sixty-seventh sample»). An encyclopedia
page's copy whose list's last item scored over the heading opening the page (wikibin.ir,
#23); a news site's short item address «/n/1894» (donyayesafar.com, #30); a time-first date
printed twice and run into the lead after a wide gap (zinews.ir, #19); a video player's
«your browser does not support HTML5» notice under the headline (ozodi.org, #27). Sentences
are ours."""

from __future__ import annotations

from jalali_meta import parse_article

# An encyclopedia-style page: its name, its lead, a section heading and a bulleted list, a
# second section heading and two paragraphs.
WIKI_NAME = "ایستگاه راه آهن"
WIKI_LEAD = (
    f"{WIKI_NAME} مکانی است که قطارهای مسافری و باری در آن می‌ایستند تا مسافران سوار و "
    "پیاده شوند یا بار آن‌ها تخلیه شود و معمولاً ساختمانی برای انتظار مسافران دارد."
)
WIKI_ITEMS = (
    "- باجه فروش بلیت قطار",
    "- سکوی سوار شدن مسافران",
    "- سالن انتظار گرم و سرپوشیده",
    "- نمازخانه و سرویس بهداشتی",
    "- دکه‌های فروش روزنامه و خوراکی",
)
WIKI_TAIL = (
    "تاریخچه",
    "نخستین خط آهن کشور در دوره قاجار میان تهران و شهر ری کشیده شد و مردم برای زیارت با "
    "آن سفر می‌کردند و سال‌ها تنها خط آهن کشور همین مسیر کوتاه بود.",
    "در دهه‌های بعد ساخت راه آهن سراسری آغاز شد و ایستگاه‌های بزرگی در شهرهای مسیر آن "
    "ساخته شد که برخی از آن‌ها امروز بنای تاریخی به شمار می‌روند.",
)


def _wiki(*, lead: bool = True, items: tuple[str, ...] = WIKI_ITEMS) -> str:
    head = [WIKI_NAME, WIKI_LEAD] if lead else [WIKI_NAME]
    return "\n".join([*head, "امکانات", *items, *WIKI_TAIL]) + "\n"


def test_list_item_is_not_the_title_under_a_heading_over_its_lead() -> None:
    article = parse_article(_wiki())
    assert article.title == WIKI_NAME
    article = parse_article(_wiki(), url="https://wiki.example/article/station")
    assert article.title == WIKI_NAME


def test_numbered_list_item_is_not_the_title_either() -> None:
    numbered = tuple(f"{n}. {item[2:]}" for n, item in enumerate(WIKI_ITEMS, 1))
    assert parse_article(_wiki(items=numbered)).title == WIKI_NAME


def test_near_misses_of_the_listed_item() -> None:
    # A bulleted line standing alone (no other item beside it) is not this rule's: the
    # line under the section heading is no list's item, and the page's name is kept.
    lone = parse_article(_wiki(items=(WIKI_ITEMS[0],)))
    assert lone.title == WIKI_NAME


TEXT_30 = (
    "بازدید کارشناسان از قنات‌های کهن استان یزد\n"
    "گروهی از کارشناسان میراث فرهنگی روز گذشته از مسیر چند قنات کهن در شهرستان مهریز "
    "بازدید کردند و وضعیت مادر چاه‌ها را بررسی کردند.\n"
)


def _number(url: str) -> str | None:
    return parse_article(TEXT_30, url=url).number


def test_short_item_address_after_n() -> None:
    assert _number("https://www.safar.example/n/1894") == "1894"
    assert _number("https://www.safar.example/n/894") == "894"
    assert _number("https://www.safar.example/n/14680") == "14680"


def test_near_misses_of_the_n_address() -> None:
    # A year (an archive's as often), a short number (a list's page), a leading zero, a
    # deeper path or a slug after the number: not read by this rule.
    for url in (
        "https://www.safar.example/n/1394",
        "https://www.safar.example/n/2015",
        "https://www.safar.example/n/12",
        "https://www.safar.example/n/0894",
        "https://www.safar.example/fa/n/1894",
        "https://www.safar.example/n/1894/slug",
        "https://www.safar.example/m/1894",
    ):
        assert _number(url) is None, url


HEADLINE_19 = "آغاز برداشت زعفران در مزارع شهرستان قائنات"
LEAD_19 = (
    "مدیر جهاد کشاورزی قائنات گفت: برداشت زعفران از امروز در بیش از هزار هکتار از مزارع "
    "این شهرستان آغاز شد و تا پایان آبان ادامه دارد."
)
SECOND_19 = (
    "وی افزود: پیش‌بینی می‌شود امسال به دلیل بارش‌های مناسب پاییزی محصول بیشتری نسبت به سال "
    "گذشته برداشت شود."
)


def _glued(date_part: str, gap: str = "   ") -> str:
    return f"{HEADLINE_19}\n\n{date_part}{gap}{LEAD_19}\n{SECOND_19}\n"


def test_time_first_date_printed_twice_before_the_lead() -> None:
    date = "۱۰:۱۵ – ۱۲ آبان ۱۴۰۱"
    for text in (_glued(f"{date} {date}"), _glued(date)):
        article = parse_article(text)
        assert article.published is not None
        assert article.published.gregorian.isoformat() == "2022-11-03T10:15:00+03:30"
        assert article.title == HEADLINE_19


def test_near_misses_of_the_gapped_date() -> None:
    # One space after the date: a sentence may open with its date; not cut by this rule.
    article = parse_article(_glued("۱۰:۱۵ – ۱۲ آبان ۱۴۰۱", gap=" "))
    assert article.title == HEADLINE_19
    # A year alone or a day without its year before the gap: no whole date, not cut.
    for opening in ("۱۴۰۱", "۱۲ آبان"):
        article = parse_article(_glued(opening))
        assert article.published is None, opening


HEADLINE_27 = 'Фурудгоҳи Кӯлоб: "Парвозҳо аз нав оғоз шуданд"'
BODY_27 = (
    "Масъулони фурудгоҳи Кӯлоб мегӯянд, пас аз таъмири хатти парвоз ҳавопаймоҳо аз ин ҳафта "
    "боз ба шаҳрҳои Русия парвоз мекунанд ва мусофирон метавонанд чипта харанд.\n"
    "Ба гуфтаи онҳо, дар моҳи оянда ду самти нави парвоз низ кушода мешавад ва нархи чипта "
    "тағйир намеёбад."
)


def test_player_notice_under_the_headline_is_not_the_title() -> None:
    for notice in (
        "Браузери шумо HTML5-ро намешиносад",
        "Ваш браузер не поддерживает HTML5 видео",
        "Your browser does not support the video tag.",
        "مرورگر شما از پخش این ویدیو پشتیبانی نمی‌کند",
    ):
        article = parse_article(f"{HEADLINE_27}\n\n{notice}\n\n{BODY_27}\n")
        assert article.title == HEADLINE_27, notice
        assert "title-uncertain" not in {w.code for w in article.warnings}, notice


def test_near_misses_of_the_player_notice() -> None:
    # A headline about browsers names no reader's browser: still a headline (a headline
    # naming «مرورگر شما» at the page's top is the older notice rule's, not this one's).
    for headline in (
        "گوگل از مرورگرهای قدیمی پشتیبانی نمی‌کند",
        "مرورگر کروم از افزونه‌های قدیمی پشتیبانی نمی‌کند",
    ):
        body = (
            "شرکت گوگل اعلام کرد که از ماه آینده به‌روزرسانی‌های امنیتی نسخه‌های قدیمی این "
            "مرورگر را منتشر نمی‌کند و کاربران باید نسخه تازه را نصب کنند.\n"
            "کارشناسان می‌گویند بیشتر کاربران تا کنون نسخه جدید را نصب کرده‌اند و مشکلی "
            "برای آنان پیش نمی‌آید."
        )
        assert parse_article(f"{headline}\n\n{body}\n").title == headline
