"""Rules from real stored pages not in the repository (real12, docs/real_sample.md).

Each test prints a real page's layout in words written for this file: a wiki's tagline under
its title, a breadcrumb's «You are here» heading, a source's name before a bar over the story,
and a magazine's issue number over an article. Each rule has its near miss, which must not
change.
"""

from __future__ import annotations

import jalali_meta as jm

_LEAD = (
    "این متن برای آزمون نوشته شده است و درباره چند موضوع عمومی توضیح می‌دهد تا جمله‌ای به "
    "اندازه یک بند کامل باشد و ابزار آن را متن اصلی صفحه بخواند."
)


# A wiki's tagline under the title (MediaWiki's «از ویکی‌پدیا، دانشنامهٔ آزاد»).


def test_wiki_tagline_under_the_title_is_no_title() -> None:
    text = f"الفبای نمونه\n\nاز ویکی نمونه\n(تغییرمسیر از نمونه)\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == "الفبای نمونه"


def test_wiki_tagline_with_its_encyclopedia_words_is_no_title() -> None:
    text = f"الفبای نمونه\n\nاز ویکی‌پدیا، دانشنامهٔ آزاد\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == "الفبای نمونه"


def test_headline_about_a_wiki_stays_the_title() -> None:
    headline = "از ویکی‌پدیا تا دانشنامه‌های چاپی؛ روایت یک دگرگونی در کتابخانه‌ها"
    text = f"{headline}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == headline


# A breadcrumb's heading («شما اینجا هستید», Drupal's «You are here») over the text.


def test_you_are_here_heading_is_no_title() -> None:
    text = f"شما اینجا هستید\n\n{_LEAD}\n\nدامنه و پشته تابع\n"
    article = jm.parse_article(text)
    assert article.title != "شما اینجا هستید"


def test_headline_opening_with_you_are_here_stays_the_title() -> None:
    headline = "شما اینجا هستید؛ نقشه تازه ایستگاه‌های شهر رونمایی شد"
    text = f"{headline}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title == headline


# A source's name before a bar, the story under it («تین‌نیوز |»).


def test_source_name_before_a_bar_is_no_title() -> None:
    text = f"خبرنو |\n\n{_LEAD}\n\n{_LEAD}\n"
    assert jm.parse_article(text).title != "خبرنو"


def test_headline_with_a_trailing_bar_stays_the_title() -> None:
    text = f"سرپرست تازه فرمانداری نمونه معرفی شد |\n\n{_LEAD}\n"
    title = jm.parse_article(text).title
    assert title is not None
    assert title.startswith("سرپرست تازه فرمانداری نمونه معرفی شد")


# A magazine's issue number over the article («شماره 4»), never the article's ID.


def test_lone_short_issue_number_is_no_article_number() -> None:
    text = f"شماره 4\n\nنگاهی به نقد فیلم / نویسنده نمونه / مترجم نمونه\n\n{_LEAD}\n"
    article = jm.parse_article(text)
    assert article.number is None
    assert article.title == "نگاهی به نقد فیلم / نویسنده نمونه / مترجم نمونه"


def test_number_label_with_a_long_value_stays_the_article_number() -> None:
    text = f"شماره 43222\n\nنگاهی به نقد فیلم در سال‌های اخیر\n\n{_LEAD}\n"
    assert jm.parse_article(text).number == "43222"


def test_labelled_short_id_stays_the_article_number() -> None:
    text = f"کد مطلب: 58\n\nنگاهی به نقد فیلم در سال‌های اخیر\n\n{_LEAD}\n"
    assert jm.parse_article(text).number == "58"
