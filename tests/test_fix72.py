"""real24's silent titles that a general rule fixes: a line inside a sentence the layout cut
into short lines, a regulation's approval line and a book's imprint under their titles.

The layouts are real (named beside each group); the headlines and the sentences are ours.
"""

from __future__ import annotations

import pytest
from tests.checks import warning_codes

import jalali_meta as jm

# -- 1. A line inside a sentence the layout cut into short lines --------------------------------
# mehraeenschool.com's news posts (/girls/news/227-<alias>.html) print the heading twice, then
# their prose cut into short lines: a clause ending with «،», a short line, «و ...» ending the
# sentence. The short line in the middle is no headline (crf.ir's and kanoon.ir's school posts
# cut their prose into lines under the heading the same way).

HEADING = "جشن آغاز سال تحصیلی در دبستان برگزار شد"
CUT = (
    "همان طور که بهار جان تازه به باغ می‌دهد،\n\n"
    "پاییز یادآور آغاز راه دانش است\n\n"
    "و مدرسه دوباره از صدای شاد بچه‌ها پر می‌شود.\n\n"
)
BODY = (
    "امروز صبح دانش‌آموزان با کیف‌های نو به مدرسه آمدند و معلم‌ها در حیاط به آن‌ها خوشامد "
    "گفتند و برنامه جشن با سرود آغاز شد.\n"
)


@pytest.mark.parametrize("copies", [1, 2])
def test_a_line_inside_a_cut_sentence_is_no_headline(copies: int) -> None:
    text = f"{HEADING}\n\n" * copies + CUT + BODY
    article = jm.parse_article(text, url="https://school.example/news/227-jashn.html")
    assert article.title == HEADING
    assert "title-uncertain" not in warning_codes(article)
    assert jm.parse_article(text).title == HEADING


def test_a_kicker_ending_with_a_comma_still_heads_the_headline() -> None:
    # Near miss: radiokoocheh.com prints a context kicker ending with «،» over its headline
    # (tests/pages/690_*); the lead under the headline is no rest of the kicker's sentence.
    headline = "تجمع کتاب‌خوانان در برابر شهرداری"
    text = (
        f"در پی تعطیلی کتابخانه مرکزی شهر،\n\n{headline}\n\n"
        "صدها نفر از کتاب‌خوانان شهر صبح امروز در برابر ساختمان شهرداری گرد آمدند و خواستار "
        "بازگشایی کتابخانه مرکزی شدند.\n\nو گفتند کسی با آنان گفت‌وگو نکرده است.\n"
    )
    assert jm.parse_article(text).title == headline


# (mut21) The clause's edges: «,» as its comma, five words, the sentence's rest ending with no
# full stop (no headline-shaped line between the headline and the body).
@pytest.mark.parametrize(
    "cut",
    [
        CUT.replace("می‌دهد،", "می‌دهد,"),
        CUT.replace("بهار جان تازه به باغ می‌دهد،", "بهار می‌آید،"),
    ],
)
def test_the_cut_sentences_edges(cut: str) -> None:
    text = f"{HEADING}\n\n{cut}{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADING
    assert "title-uncertain" not in warning_codes(article)


def test_a_cut_sentences_rest_without_a_full_stop_leaves_the_title_doubted() -> None:
    # The rest «و ...» printed without its full stop looks like a headline itself: the page is
    # read with a doubt (title-uncertain), never silently titled by a piece of the sentence.
    text = f"{HEADING}\n\n{CUT.replace('می‌شود.', 'می‌شود')}{BODY}"
    article = jm.parse_article(text)
    assert article.title == HEADING or "title-uncertain" in warning_codes(article)


def test_a_short_headline_printed_once_over_its_lead_is_kept() -> None:
    # Near miss: a short headline printed once, its lead a whole paragraph under it.
    headline = "بازگشایی مدارس"
    text = f"{headline}\n\n{BODY}"
    assert jm.parse_article(text).title == headline


# -- 2. A regulation's approval line under its title -------------------------------------------
# hamedamjadiaan.com prints a regulation as «TITLE» / «مصوب 03/05/1386 هیئت مدیره سازمان ...» /
# its preamble; maskanib.com prints «مصوب مورخ 29/07/1391 هيئت مديرة ...» under its title the
# same way. The approval line, a day-first date the grammar does not read, is never the title.

RULES = "آیین‌نامه انضباطی باشگاه‌های ورزشی"
PREAMBLE = (
    "این آیین‌نامه در اجرای اساسنامه فدراسیون و برای روشن شدن وظایف باشگاه‌ها در برابر "
    "بازیکنان و تماشاگران در ده ماده و چهار تبصره تهیه شده است.\n"
)


@pytest.mark.parametrize(
    "approval",
    ["مصوب ۱۲/۰۶/۱۳۹۸ هیئت رئیسه فدراسیون", "مصوب مورخ 12/06/1398 هیئت رئیسه فدراسیون فوتبال"],
)
def test_an_approval_line_is_never_the_title(approval: str) -> None:
    article = jm.parse_article(f"{RULES}\n\n{approval}\n\n{PREAMBLE}")
    assert article.title == RULES
    assert "title-uncertain" not in warning_codes(article)  # the approval line is no rival


def test_a_title_that_quotes_its_approval_date_is_kept() -> None:
    # Near miss: the approval date inside the title's own line («... مصوب DATE»).
    title = f"{RULES} مصوب ۱۳۹۸/۰۶/۱۲"
    assert jm.parse_article(f"{title}\n\n{PREAMBLE}").title == title


# -- 3. A book's imprint under its title -------------------------------------------------------
# hosseinpayandeh.ir's book pages: «کتاب TITLE» / «TITLE» / «SUBTITLE» / «چاپ چهارم، تهران:
# انتشارات ...، ۱۴۰۰» / the blurb; imamalislib.com's book posts print the same parts as a record's
# fields («انتشارات: تهران: ...», «چاپ اول، 1388»). The imprint is never the title; the line right
# over it, under another line of the block, may be the subtitle: doubted.

BOOK = "هنر قصه‌گویی"
BLURB = (
    "نویسنده در دوازده فصل نشان می‌دهد که نویسندگان ایرانی در صد سال گذشته چگونه از "
    "شیوه‌های تازه بهره گرفته‌اند و هر فصل با چند نمونه کوتاه پایان می‌یابد.\n"
)


@pytest.mark.parametrize(
    "imprint",
    [
        "چاپ دوم، شیراز: نشر کوشامهر، ۱۳۹۸",
        "چاپ بیست و یکم، تهران: انتشارات نیلوفر، ۱۴۰۰",
        "شیراز: نشر کوشامهر، ۱۳۹۸",
        # (mut21) twelve words, IMPRINT_WORDS
        "چاپ بیست و یکم، تهران: انتشارات علمی و فرهنگی نشر نو، ۱۴۰۰",
    ],
)
def test_a_subtitle_over_the_imprint_is_doubted(imprint: str) -> None:
    text = f"{BOOK}\n\nجستارهایی درباره رمان فارسی معاصر\n\n{imprint}\n\n{BLURB}"
    article = jm.parse_article(text)
    assert article.title != imprint
    assert "title-uncertain" in warning_codes(article)


def test_a_book_title_printed_once_over_its_imprint_is_kept() -> None:
    # Near miss: the title alone over the imprint, no subtitle between: no doubt.
    text = f"{BOOK}\n\nچاپ دوم، شیراز: نشر کوشامهر، ۱۳۹۸\n\n{BLURB}"
    article = jm.parse_article(text)
    assert article.title == BOOK
    assert "title-uncertain" not in warning_codes(article)


def test_a_headline_with_a_colon_and_a_year_is_no_imprint() -> None:
    # Near miss: «NAME: WORDS، YEAR» without an edition or a publisher's word is a headline.
    title = "جشنواره فیلم کوتاه: برندگان، ۱۴۰۲"
    text = f"{title}\n\n{BLURB}"
    assert jm.parse_article(text).title == title


# -- 4. A text that opens with a recipe's ingredients heading ----------------------------------
# bamemeybod.ir/6013/... and khaandaniha.ir/news/882035/... (extracted text): «مواد لازم» /
# the ingredients one a line / «طرز تهیه» / the steps, the dish's name left out above them;
# iranianuk.com's recipes open with «مواد لازم:». The last ingredient is no headline.

STEPS = (
    "تخم مرغ‌ها را با شکر هم می‌زنیم تا کرم‌رنگ شود و سپس آرد و کاکائو را کم کم اضافه "
    "می‌کنیم و مایه را در قالب می‌ریزیم.\n"
)
INGREDIENTS = "آرد : دو پیمانه\nشکر : یک پیمانه\nکاکائو : سه قاشق\nدو عدد تخم مرغ تازه\n"


@pytest.mark.parametrize(
    "heading",
    [
        "مواد لازم",
        "مواد لازم برای ۴ نفر:",
        "● مواد لازم",
        # (mut21) a servings range printed with its spaces, the longest heading's nine words
        "مواد لازم برای ۴ تا ۶ نفر",
        "● مواد مورد نیاز برای ۴ تا ۶ نفر:",
    ],
)
def test_a_text_opening_with_the_ingredients_has_no_title(heading: str) -> None:
    text = f"{heading}\n{INGREDIENTS}طرز تهیه\n{STEPS}"
    article = jm.parse_article(text, url="https://food.example/6013/کیک-شکلاتی")
    assert article.title is None
    assert "title-uncertain" in warning_codes(article)


def test_a_recipe_headline_over_its_ingredients_is_kept() -> None:
    # Near miss: «طرز تهیه DISH» names the dish: the headline, printed over «مواد لازم».
    title = "طرز تهیه کیک شکلاتی"
    text = f"{title}\n\nمواد لازم\n\n{STEPS}"
    assert jm.parse_article(text).title == title
