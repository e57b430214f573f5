"""fix220: the pages the forty-fourth mutation round found silently wrong on main
(docs/reliability.md, "The forty-fourth round: fix209-fix214 under mutation").

- A date archive's heading under a label of five or six archive words («بایگانی نوشته های
  خبر روز: DAY», WordPress's day archive, kanoonte.ir, tests/pages 2083) is the day's line,
  never the title, as a four-word label's is (the header grammar's company limit kept it).
- A teaser's line «TITLE ادامه مطلب » DATE بازدید» (a WordPress day archive's one teaser,
  tests/pages 2110) with the view counter after the date: the title ends before the link.
- A question under a full-stopped sentence that the lead retells (attacks66's agency item,
  attacks67's «... اعلام کرد.» headline) where fix210's rule does not reach (a lead no
  longer than the sentence; a verb of saying without «را»): the question, doubted.
- A breadcrumb glued to the headline cut with «...» inside a word (rotbehonline.com's
  WordPress news theme, tests/pages 2102) over the headline printed whole: the headline.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _jalali(article: jm.Article) -> tuple[int, int, int] | None:
    return None if article.published is None else article.published.jalali_date


# -- a day archive's long label (Markdown, kanoonte.ir's layout, tests/pages 2083) -------------
# The archive's heading, one post's headline, its excerpt cut with «…», a read-more link.
_POST = "نمایشگاه خوشنویسی هنرجویان در فرهنگسرای محله افتتاح شد"
_EXCERPT = (
    "نمایشگاه آثار خوشنویسی چهل هنرجوی کلاس های فرهنگسرا با حضور استادان و خانواده ها "
    "افتتاح شد و تا پایان هفته هر روز از ساعت نه صبح برای بازدید باز است و …"
)


def _archive(heading: str) -> str:
    return (
        f"# {heading}\n\n## {_POST}\n\n{_EXCERPT}\n\n[ادامه مطلب](https://honar.example.ir/?p=77)\n"
    )


def test_day_archive_heading_of_six_archive_words_is_no_title() -> None:
    article = jm.parse_article(_archive("بایگانی نوشته های خبر های روز: ۱۴ بهمن ۱۴۰۲"))
    assert article.title == _POST
    assert "title-uncertain" in _codes(article)  # the one post of a day archive or the page


def test_day_archive_heading_of_five_archive_words_is_no_title() -> None:
    article = jm.parse_article(_archive("آرشیو مطالب خبر های روز: ۱۴ بهمن ۱۴۰۲"))
    assert article.title == _POST
    assert "title-uncertain" in _codes(article)


def test_day_archive_line_of_five_archive_words_in_plain_text_is_the_date_line() -> None:
    """The same label as a plain first line (no Markdown): the line is the day's, dated."""
    text = f"بایگانی نوشته های خبر روز: ۱۴ بهمن ۱۴۰۲\n\n{_POST}\n\n{_EXCERPT}\n"
    article = jm.parse_article(text)
    assert article.title == _POST
    assert _jalali(article) == (1402, 11, 14)


def test_label_not_opened_by_an_archive_word_keeps_the_heading_neg() -> None:
    """Near miss: «نوشته های روز:» does not open with an archive word (fix209's rule): the
    heading is no date archive's and stays the title, as on main."""
    heading = "نوشته های روز: ۱۴ بهمن ۱۴۰۲"
    assert jm.parse_article(_archive(heading)).title == heading


def test_long_label_of_other_words_keeps_the_line_neg() -> None:
    """Near miss: five words before the colon, not all an archive's: a headline's kicker and
    its day, the line stays the title (as on main)."""
    line = "بایگانی نوشته های شاعران جوان: ۱۴ بهمن ۱۴۰۲"
    article = jm.parse_article(f"{line}\n\n{_EXCERPT}\n")
    assert article.title == line


# -- a teaser's read-more link, its date, its view counter (tests/pages 2110's layout) ---------
_TEASER = "شرایط دریافت مجوز کسب و کار خانگی"
_DAY_URL = "https://otagh.example.ir/2022/11/03"


def test_teaser_with_a_view_counter_word_after_its_date() -> None:
    article = jm.parse_article(f"{_TEASER} ادامه مطلب » 12 آبان 1401 بازدید\n", url=_DAY_URL)
    assert article.title == _TEASER
    assert _jalali(article) == (1401, 8, 12)


def test_teaser_with_a_view_count_after_its_date() -> None:
    article = jm.parse_article(f"{_TEASER} ادامه مطلب » 12 آبان 1401 35 بازدید\n", url=_DAY_URL)
    assert article.title == _TEASER
    assert _jalali(article) == (1401, 8, 12)


def test_read_more_words_inside_a_headline_with_a_date_later_neg() -> None:
    """Near miss: «ادامه مطالعه» (continuing study) inside a headline whose date stands later
    in the line, not right after the phrase: the headline whole, dated by its date line."""
    headline = "اعطای بورسیه برای ادامه مطالعه دانشجویان نخبه از ۵ مهر ۱۴۰۲ آغاز می شود"
    body = (
        "\n۲۸ شهریور ۱۴۰۲\n\nدانشگاه اعلام کرد دانشجویان نخبه کارشناسی می توانند از پنجم مهر "
        "برای بورسیه تحصیل در مقطع ارشد در سامانه آموزشی دانشگاه نام نویسی کنند.\n\n"
        "مهلت نام نویسی تا پایان مهر است و نتایج در آبان اعلام خواهد شد.\n"
    )
    article = jm.parse_article(headline + body)
    assert article.title == headline
    assert _jalali(article) == (1402, 6, 28)


# -- a question under a full-stopped sentence the lead retells (attacks66 / attacks67) ---------
_QUESTION = "آیا قیمت نان سنتی هم بالا می رود؟"
_MORE = "درباره نرخ نان سنتی هنوز تصمیمی گرفته نشده است."


def _item(headline: str, question: str, lead: str) -> str:
    return f"{headline}\n{question}\n۲۵ آذر ۱۴۰۲\n\n{lead}\n\n{_MORE}\n"


def test_question_over_a_short_lead_retelling_the_stopped_headline_is_doubted() -> None:
    headline = "قیمت نان حجیم و صنعتی در استان از اول دی ده درصد افزایش یافت."
    lead = "قیمت نان حجیم و صنعتی استان از دی ده درصد افزایش می یابد."
    article = jm.parse_article(_item(headline, _QUESTION, lead))
    assert article.title == _QUESTION
    assert "title-uncertain" in _codes(article)


def test_question_under_a_saying_verb_without_its_object_mark_is_doubted() -> None:
    headline = "اداره غله استان نرخ تازه نان حجیم و صنعتی از اول دی اعلام کرد."
    lead = (
        "اداره غله استان نرخ تازه نان حجیم و صنعتی را از اول دی ماه اعلام کرد و فهرست "
        "قیمت ها را برای نانوایی ها فرستاد."
    )
    article = jm.parse_article(_item(headline, _QUESTION, lead))
    assert article.title == _QUESTION
    assert "title-uncertain" in _codes(article)


def test_question_under_a_sentence_the_lead_does_not_retell_neg() -> None:
    """Near miss: the lead tells of something else (neither the sentence nor the question):
    the question stays the title, undoubted, as on main."""
    headline = "قیمت نان حجیم و صنعتی در استان از اول دی ده درصد افزایش یافت."
    lead = "نانوایان شهر خواستار سهمیه بیشتر آرد و گاز برای فصل سرما شدند."
    article = jm.parse_article(_item(headline, _QUESTION, lead))
    assert article.title == _QUESTION
    assert "title-uncertain" not in _codes(article)


# -- a glued breadcrumb's copy cut inside a word (tests/pages 2102's layout) --------------------
_HEADLINE = "تعمیر پل عابر پیاده میدان انقلاب تا پایان هفته تمام می شود"
_BODY = (
    "\n\nپل عابر پیاده میدان انقلاب که از ماه گذشته برای تعویض پله برقی بسته شده بود، تا "
    "پایان این هفته به روی عابران باز می شود و نقاشی آن هم در همین مدت انجام خواهد شد.\n\n"
    "به گفته مدیر منطقه، هزینه این تعمیر از بودجه نگهداری شهری پرداخت شده است .\n"
)


def test_glued_crumb_with_the_headline_cut_inside_a_word_gives_the_headline() -> None:
    cut = "خانهخبرتعمیر پل عابر پیاده میدان انقلاب تا پا..."
    article = jm.parse_article(f"{cut}\n\n{_HEADLINE}{_BODY}")
    assert article.title == _HEADLINE
    assert "title-uncertain" not in _codes(article)


def test_fix211_headline_cut_inside_a_word_gives_the_headline() -> None:
    """tests/test_fix211.py's page with its crumb cut one letter shorter («... سه سا...»)."""
    headline = "بازگشایی کتابخانه عمومی محله نارمک پس از سه سال تعمیر و بازسازی"
    body = (
        "\n\nکتابخانه عمومی محله نارمک که از سه سال پیش برای تعمیر سقف بسته بود، با حضور "
        "مدیران و اهالی محله دوباره به روی مراجعان باز شد.\n\n"
        "به گفته مدیر کتابخانه، سالن مطالعه آن اکنون دویست صندلی دارد .\n"
    )
    cut = "خانهخبربازگشایی کتابخانه عمومی محله نارمک پس از سه سا..."
    assert jm.parse_article(f"{cut}\n\n{headline}{body}").title == headline


def test_crumb_cut_inside_a_word_of_another_headline_neg() -> None:
    """Near miss: the crumb's cut copy is not the opening of the line below (another item's
    headline, cut inside a word): no copy; the headline is taken by the other rules."""
    other = "خانهخبردیدار مدیران منطقه با کسبه بازار تجریش درباره پارکین..."
    assert jm.parse_article(f"{other}\n\n{_HEADLINE}{_BODY}").title == _HEADLINE
