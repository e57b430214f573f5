"""Rules found on the sixth blind batch (tests/pages 690-729), each with a positive and a
negative case: the shapes are the real pages' (tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

import jalali_meta as jm

BODY = (
    "\nوالی استان در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت و افزود که کتابخانه‌های کوچک در روستاها ساخته خواهد شد و جوانان در آنها "
    "کتاب خواهند خواند.\n"
    "او گفت که این برنامه با همکاری وزارت فرهنگ اجرا می‌شود و هزینه آن از بودجه "
    "عادی استان پرداخته خواهد شد و گزارش کار هر سه ماه یک بار منتشر می‌شود.\n"
)


def _page(head: str, body: str = "") -> str:
    return (
        f'<html lang="fa"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="entry-content">{body or "<p>" + BODY.strip().replace(chr(10), "</p><p>") + "</p>"}'
        "</div></body></html>"
    )


# -- 720/724: og:title «TITLE – SITE» with the site's name known --------------------------


def test_og_title_loses_the_known_site_name_after_an_en_dash() -> None:
    """og:title «HEADLINE – SITE» with og:site_name SITE: the headline alone (WordPress
    prints «&#8211;», an en dash, between them)."""
    head = (
        "<title>کتابخانه‌های روستایی ساخته می‌شوند &#8211; خبرنامه فرهنگ</title>"
        '<meta property="og:title" content="کتابخانه‌های روستایی ساخته می‌شوند &#8211; '
        'خبرنامه فرهنگ">'
        '<meta property="og:site_name" content="خبرنامه فرهنگ">'
    )
    article = jm.parse_html(_page(head))
    assert article.title == "کتابخانه‌های روستایی ساخته می‌شوند"
    head = head.replace("&#8211;", "—")
    assert jm.parse_html(_page(head)).title == "کتابخانه‌های روستایی ساخته می‌شوند"


def test_og_title_with_a_dash_keeps_it_when_no_part_is_the_site_name() -> None:
    """A dash inside a headline («وزیر فرهنگ – گفت‌وگو ...») is the headline's: og:title
    is cut only at the known site's name."""
    title = "وزیر فرهنگ – گفت‌وگو درباره کتابخانه‌های روستایی"
    head = (
        f"<title>{title} - خبرنامه فرهنگ</title>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="og:site_name" content="خبرنامه فرهنگ">'
    )
    assert jm.parse_html(_page(head)).title == title
    # No site name known: og:title stays whole.
    head = f'<meta property="og:title" content="{title}">'
    assert jm.parse_html(_page(head)).title == title


# -- 698: a blog's byline template with its date and author left empty ---------------------


def test_empty_byline_template_is_never_the_title() -> None:
    """«TITLE / Posted on at / TITLE / body» (a Dari blog whose theme printed no date and no
    author): the byline's words are no headline; the title printed twice is."""
    page = "هرات\n\nPosted on at\n\n\nهرات\n\n" + BODY
    article = jm.parse_article(page)
    assert article.title == "هرات"
    page = "مشهد\n\nنوشته شده در توسط\n\nمشهد\n\n" + BODY
    assert jm.parse_article(page).title == "مشهد"


def test_a_headline_with_byline_words_and_more_stays_a_title() -> None:
    """A line with the byline's words and words of its own is no empty template."""
    page = "Posted on the walls of Herat at night\n" + BODY
    assert jm.parse_article(page).title == "Posted on the walls of Herat at night"


# -- 709/722: a corpus document's header: «DOC ID : CODE», an English heading ---------------


def test_label_and_one_code_line_is_a_field_never_the_title() -> None:
    """«DOC ID : H-801108-53828S12» (a label, a spaced colon, one code with digits) is a
    record's field, not the headline."""
    page = "گزارش تازه\n\nDOC ID : H-801108-53828S12\n" + BODY
    article = jm.parse_article(page)
    assert article.title == "گزارش تازه"
    page = "گزارش تازه\n\nشماره سند : 53828-S12\n" + BODY
    assert jm.parse_article(page).title == "گزارش تازه"


def test_a_headline_quoting_a_speaker_with_a_number_stays_a_title() -> None:
    """A name, a colon and words with a number is a headline («ظریف: 2 شرط ...»), and a
    spaced colon before words without a digit is no code."""
    page = "ظریف : 2 شرط برای توافق تازه داریم\n" + BODY
    assert jm.parse_article(page).title == "ظریف : 2 شرط برای توافق تازه داریم"
    page = "ظریف : توافق\n" + BODY
    assert jm.parse_article(page).title == "ظریف : توافق"


def test_latin_heading_over_persian_text_is_an_uncertain_title() -> None:
    """An English heading over a Persian article (a corpus's «Hamshahri corpus document»)
    is taken with title-uncertain."""
    page = "Corpus of the daily press\n\nDate of Document: 2002-01-28\n" + BODY
    article = jm.parse_article(page)
    assert article.title == "Corpus of the daily press"
    assert "title-uncertain" in [w.code for w in article.warnings]


def test_latin_heading_over_latin_text_or_persian_heading_is_no_doubt() -> None:
    """An English page, or a Persian headline over a Persian text: no doubt from the script."""
    body = (
        "\nThe governor met the heads of the cultural office on Monday and spoke about the "
        "new libraries that will be built in the villages next year.\n"
    )
    page = "New libraries for the villages of the province\n" + body
    article = jm.parse_article(page)
    assert article.title == "New libraries for the villages of the province"
    assert "title-uncertain" not in [w.code for w in article.warnings]
    article = jm.parse_article("کتابخانه‌های تازه برای روستاهای استان\n" + BODY)
    assert "title-uncertain" not in [w.code for w in article.warnings]


# -- 710: a tag's name with the theme's feed links glued after it ----------------------------


def test_feed_link_words_glued_after_the_title_are_cut() -> None:
    """«NAME خوراک خبرخوان خوراک اتم» (a WordPress tag page: its name, then the RSS and
    Atom links run into the line): the title is NAME."""
    article = jm.parse_article("سهمیه کالابرگ الکترونیکی خوراک خبرخوان خوراک اتم\n")
    assert article.title == "سهمیه کالابرگ الکترونیکی"
    start, end = article.spans["title"]
    assert article.title == "سهمیه کالابرگ الکترونیکی خوراک خبرخوان خوراک اتم\n"[start:end]
    article = jm.parse_article("Tehran book fair RSS Feed\n")
    assert article.title == "Tehran book fair"


def test_feed_word_inside_or_alone_in_a_title_stays() -> None:
    """«خوراک» (feed, fodder) in a headline, or the feed's words alone, are kept."""
    page = "قیمت خوراک دام در بازار تهران افزایش یافت\n" + BODY
    assert jm.parse_article(page).title == "قیمت خوراک دام در بازار تهران افزایش یافت"
    assert jm.parse_article("خوراک اتم\n").title == "خوراک اتم"


# -- 716: a Tajik daily roundup's capital section headings, its headline unprinted ---------

ROUNDUP_TAIL = (
    "\n- Имрӯз соати 18:00 дар театри шаҳр намоиши нав барои кӯдакон нишон дода мешавад.\n"
    "- Дар боғи шаҳр аз соати 10:00 то 20:00 намоишгоҳи гулҳо кушода аст.\n\n"
    "ЯК РӮЗИ ТАЪРИХ\n"
    "Соли 1961 – Аввалин парвози инсон ба кайҳон анҷом ёфт.\n\n"
    "ВАЗЪИ ҲАВО\n"
    "Дар пойтахт ҳаво соф, рӯзона 20-22 дараҷа гарм.\n"
)


def test_one_of_several_capital_section_headings_is_an_uncertain_title() -> None:
    """«ЧОРАБИНИҲОИ МУҲИМ» over a list, then «ЯК РӮЗИ ТАЪРИХ» and «ВАЗЪИ ҲАВО» after blank
    lines: section headings of a roundup; the first is no sure title."""
    article = jm.parse_article("ЧОРАБИНИҲОИ МУҲИМ" + ROUNDUP_TAIL)
    assert "title-uncertain" in [w.code for w in article.warnings]


def test_a_capital_headline_alone_or_over_lowercase_headings_is_no_doubt() -> None:
    """A Tajik headline in capitals with no other capital heading below it is sure."""
    tail = ROUNDUP_TAIL.replace("ЯК РӮЗИ ТАЪРИХ", "Як рӯзи таърих").replace(
        "ВАЗЪИ ҲАВО", "Вазъи ҳаво"
    )
    article = jm.parse_article("ЧОРАБИНИҲОИ МУҲИМИ ШАҲР" + tail)
    assert article.title == "ЧОРАБИНИҲОИ МУҲИМИ ШАҲР"
    assert "title-uncertain" not in [w.code for w in article.warnings]


# -- 712: a tag page printing no tag name: its first line is the first item's -------------

TAG_ITEMS = (
    "کتابخانه‌های روستایی تنها جای کتاب نیستند بلکه خانه فرهنگ و گفت‌وگوی مردم روستا هستند\n"
    "کتابخانه‌های روستایی تنها جای کتاب نیستند بلکه خانه فرهنگ و گفت‌وگوی مردم روستا هستند\n"
    "به مناسبت هفته کتاب نمایشگاهی از کتاب‌های کودکان در کتابخانه مرکزی برپا می‌شود\n"
)


def test_first_line_at_a_tag_address_without_the_tags_name_is_uncertain() -> None:
    """At a tag's address, a page whose lines are items (the first item's headline and its
    identical lead, another item's lead): the first line is an item's, title-uncertain."""
    article = jm.parse_article(TAG_ITEMS, url="https://news.example.ir/fa/News/Tag/1288/کتاب")
    assert "title-uncertain" in [w.code for w in article.warnings]


def test_first_line_at_an_articles_address_is_no_doubt() -> None:
    """The same lines at an article's address: no list, no doubt from the address."""
    article = jm.parse_article(TAG_ITEMS, url="https://news.example.ir/fa/news/1288/کتاب")
    assert "title-uncertain" not in [w.code for w in article.warnings]


# -- 726: a day archive's <title> «DAY – SITE» over several posts ----------------------------

DAY_POSTS = (
    '<div class="top">Асосӣ | Хабарҳо | Тамос</div>'
    "<header>Мақомоти иҷроияи шаҳри Нурек</header><main>"
    '<article><h2><a href="/a/">ОЗМУНИ ҲУНАРҲОИ МАРДУМӢ</a></h2>'
    "<p>Дар шаҳр озмуни ҳунарҳои мардумӣ барои ҷавонон баргузор гардид ва ғолибон бо "
    "туҳфаҳо қадрдонӣ шуданд [&hellip;]</p></article>"
    '<article><h2><a href="/b/">ҶАШНИ ИДИ САДА</a></h2>'
    "<p>Иди Сада дар маркази фарҳангии шаҳр бо барномаи мусиқӣ ва намоиши ҳунарҳо ҷашн "
    "гирифта шуд ва мардуми зиёд ширкат карданд [&hellip;]</p></article></main>"
)


def _day_page(title: str) -> str:
    return (
        f'<html lang="tg"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{DAY_POSTS}</body></html>"
    )


def test_a_title_tag_naming_only_a_day_makes_the_visible_title_uncertain() -> None:
    """<title>«26 январи 2019 – SITE»</title>: a day archive; the site's name is not the
    title, and the line chosen from the page is uncertain."""
    article = jm.parse_html(_day_page("26 январи 2019 &#8211; Мақомоти иҷроияи шаҳри Нурек"))
    assert article.title != "Мақомоти иҷроияи шаҳри Нурек"
    assert article.title is None or "title-uncertain" in [w.code for w in article.warnings]


def test_a_title_tag_with_a_headline_and_a_date_is_no_day_archive() -> None:
    """A <title> whose part holds a date and words is a headline («... 26 январи 2019»)."""
    title = "ОЗМУНИ ҲУНАРҲОИ МАРДУМӢ 26 январи 2019 &#8211; Мақомоти иҷроияи шаҳри Нурек"
    article = jm.parse_html(_day_page(title))
    assert not any("names only a day" in w.message for w in article.warnings)


def test_a_persian_headline_with_latin_capitals_is_no_capitals_line() -> None:
    """«... محصولICT» has capitals only among its cased letters, but Persian letters too:
    no capital section heading, even with another such line below."""
    page = (
        "همکاری ایران و روسیه در تولید محصولICT\n\n"
        "وزیر ارتباطات در دیدار با همتای روسی خود بر همکاری در زمینه ICT تاکید کرد.\n" + BODY
    )
    article = jm.parse_article(page)
    assert "title-uncertain" not in [w.code for w in article.warnings]
