"""fix299: mut54's silent shapes (benchmarks/mut54_main_pages.py, docs/reliability.md «The
fifty-fourth round») read by general rules: (g) a browser notice as short as a loader's
placeholder («مرورگر شما قدیمی است», four words: fix288's notice pattern is asked whatever
the line's length), (e) a bar-less menu opening with a link to a site's page («تماس با ما
اخبار مقالات»: fix291's rule opened only with the home or feed item), (f) a Tajik blog's
views line without its colon («Дида шуд 412»: fix287's counter). The sentences are ours."""

from __future__ import annotations

import pytest

from jalali_meta import parse_article

TEXT = (
    "شورای شهر دیروز تصمیم گرفت که زمین های بازی محله ها در روزهای تعطیل تا دیر وقت باز "
    "بمانند تا کودکان بتوانند پس از گرمای روز در آن ها بازی کنند.\n\n"
    "یکی از اعضای شورا گفت که برای این کار چراغ های تازه ای در زمین ها نصب خواهد شد و "
    "هزینه آن از بودجه سال آینده پرداخت می شود.\n"
)
HEADLINE = "زمین های بازی محله ها در روزهای تعطیل تا دیر وقت باز می مانند"

TJ_TEXT = (
    "Дар ноҳияи кӯҳистонӣ рӯзи шанбе пули нави оҳанин ба истифода супорида шуд ва акнун "
    "сокинони се деҳа метавонанд дар фасли зимистон ҳам ба маркази ноҳия раванд.\n"
    "Раиси ноҳия гуфт, ки сохтмони пул ду сол давом кард ва маблағи он аз буҷаи маҳаллӣ "
    "пардохт шудааст.\n"
)
TJ_HEADLINE = "Дар ноҳияи кӯҳистонӣ пули нави оҳанин сохта шуд"


def _codes(article: object) -> set[str]:
    return {warning.code for warning in article.warnings}  # type: ignore[attr-defined]


@pytest.mark.parametrize("notice", ["مرورگر شما قدیمی است", "مرورگر خود را بروز کنید"])
def test_short_browser_notice_over_text_is_no_title(notice: str) -> None:
    article = parse_article(f"{notice}\n\n{TEXT}")
    assert article.title is None or "title-uncertain" in _codes(article)
    assert article.title != notice


def test_short_browser_notice_over_headline_leaves_headline() -> None:
    article = parse_article(f"مرورگر شما قدیمی است\n{HEADLINE}\n\n{TEXT}")
    assert article.title == HEADLINE


@pytest.mark.parametrize(
    "headline",
    ["مرورگرهای قدیمی کنار می روند", "قدیمی ترین مرورگر جهان بازنشسته شد"],
)
def test_headline_about_old_browsers_stays_title(headline: str) -> None:
    article = parse_article(f"{headline}\n\n{TEXT}")
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


@pytest.mark.parametrize("menu", ["تماس با ما اخبار مقالات", "درباره ما اخبار مقالات"])
def test_menu_opening_with_site_page_link_is_no_title(menu: str) -> None:
    article = parse_article(f"{menu}\n\n{TEXT}")
    assert article.title is None or "title-uncertain" in _codes(article)
    assert article.title != menu


def test_menu_opening_with_site_page_link_over_headline() -> None:
    article = parse_article(f"تماس با ما اخبار مقالات\n{HEADLINE}\n\n{TEXT}")
    assert article.title == HEADLINE


def test_headline_opening_with_contact_us_stays_title() -> None:
    headline = "تماس با ما از طریق سامانه تازه شهرداری برای شکایت از خدمات شهری"
    article = parse_article(f"{headline}\n\n{TEXT}")
    assert article.title == headline
    assert "title-uncertain" not in _codes(article)


def test_views_line_without_colon_alone_is_no_title() -> None:
    article = parse_article("Дида шуд 97\n" + TJ_TEXT)
    assert article.title is None or "title-uncertain" in _codes(article)
    assert article.title != "Дида шуд 97"


def test_views_line_without_colon_under_headline_leaves_headline_sure() -> None:
    article = parse_article(f"{TJ_HEADLINE}\nДида шуд 97\n" + TJ_TEXT)
    assert article.title == TJ_HEADLINE
    assert "title-uncertain" not in _codes(article)


VIDEOS = (
    "ویدیو\n۴ راه برای گرم نگه داشتن خانه در زمستان\nویدیو\n۷ نکته درباره نگهداری گل های آپارتمانی\n"
    "ویدیو\nیک روز با ماهیگیران دریای خزر\nویدیو\nآشپزی ساده با سبزی های فصل\n"
    "این فیلم ها را گروه تصویر ما در ماه گذشته ساخته است و هر کدام چند دقیقه درباره یک کار "
    "روزمره سخن می گوید تا بینندگان بتوانند در خانه آن را به کار ببرند.\n"
)


def test_teasers_each_under_same_kicker_give_no_title() -> None:
    article = parse_article(VIDEOS)
    assert article.title is None
    assert "listing-page" in _codes(article)


def test_headline_under_video_kicker_on_article_page_stays_title() -> None:
    article = parse_article(f"ویدیو\n{HEADLINE}\n\n{TEXT}")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_headline_under_kicker_over_related_videos_stays_title() -> None:
    related = "ویدیو\nیک روز با ماهیگیران دریای خزر\nویدیو\nآشپزی ساده با سبزی های فصل\n"
    article = parse_article(f"ویدیو\n{HEADLINE}\n\n{TEXT}\n{related}")
    assert article.title == HEADLINE
    assert "title-uncertain" not in _codes(article)


POST = (
    "امروز صبح باران تندی بارید و جوی های کوچه پر از آب شد و بچه ها قایق های کاغذی خود را در "
    "آب رها کردند و تا سر کوچه دنبال آن ها دویدند.\n"
    "عصر که باران بند آمد بوی خاک خیس همه جا پیچیده بود و گنجشک ها روی سیم ها نشسته بودند.\n"
)


def test_post_subtitle_under_byline_is_not_the_title() -> None:
    blog = (
        "دفترچه باران و آفتاب\nداستان های کوتاه از کوچه های قدیمی و مردمان آن\nقایق های کاغذی\n"
        "نوشته شده توسط سارا احمدی\nیک بعدازظهر بارانی\n" + POST
    )
    article = parse_article(blog)
    assert article.title != "یک بعدازظهر بارانی"
    assert article.title == "قایق های کاغذی"
