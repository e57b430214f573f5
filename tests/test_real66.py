"""real66: the general causes of real66's sample (docs/real_sample.md "A fifty-fifth sample").

- A provincial office's portal (lorestan.doe.ir, #18): each item's line prints its numeric day
  and weekday bare before its headline («1401/2/22 پنجشنبه HEADLINE»), the notice under it:
  the date is the item's, cut off the headline.
- A Blogfa post (fahim.blogfa.com, #12) whose signature has its author's name empty, so «توسط»
  stands right before «در»: «+ نوشته شده توسط در WEEKDAY DAY MONTH YEAR و ساعت TIME |» is the
  post's signature, its date the publication.
- An untitled Blogger post (armanpf.blogspot.com, #05) opening with a longer invocation, «بنام
  ... و با یاد یکتا پروردگار»: an invocation is no sure title (title-uncertain).

The headlines and bodies are written for these tests on the real pages' layouts."""

from __future__ import annotations

import datetime

import jalali_meta as jm

# -- a numeric day and weekday opening the headline's line (#18) --------------------------

NOTICE = (
    "با آغاز فصل برداشت و افزایش رفت و آمد کشاورزان و گردشگران به مناطق کوهستانی، از همه "
    "هم استانی ها درخواست می شود از روشن کردن آتش در عرصه های طبیعی خودداری کنند و هر "
    "گونه حریق را به نزدیک ترین پاسگاه محیط بانی اطلاع دهند.\n"
)
NOTICE_HEADLINE = "اطلاعیه درباره ممنوعیت روشن کردن آتش در مراتع"


def test_numeric_day_and_weekday_before_the_headline_are_the_items() -> None:
    # lorestan.doe.ir's notice (#18): «DATE WEEKDAY HEADLINE» on one line, the notice under it.
    text = f"1402/3/9 سه شنبه {NOTICE_HEADLINE}\n{NOTICE}"
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="https://example-doe.ir/portal/home/?1402155/notice"),
    ):
        assert record.title == NOTICE_HEADLINE
        assert record.published is not None
        assert record.published.gregorian == datetime.date(2023, 5, 30)


def test_numeric_day_before_the_headline_without_weekday() -> None:
    text = f"1402/03/09 {NOTICE_HEADLINE}\n{NOTICE}"
    record = jm.parse_article(text)
    assert record.title == NOTICE_HEADLINE
    assert record.published is not None
    assert record.published.gregorian == datetime.date(2023, 5, 30)


def test_named_day_opening_a_headline_neg_keeps_the_line() -> None:
    # A day named with its month opening a headline names the day the story is about («۹
    # خرداد ۱۴۰۲ ...»): main's record, the line kept whole and not read as published.
    line = f"۹ خرداد ۱۴۰۲ روز ملی {NOTICE_HEADLINE}"
    record = jm.parse_article(f"{line}\n{NOTICE}")
    assert record.title == line


def test_numeric_day_before_two_words_neg_keeps_the_line() -> None:
    # Two words after the date are a label's, not a headline: main's record.
    line = "1402/3/9 سه شنبه اطلاعیه مهم"
    record = jm.parse_article(f"{line}\n{NOTICE}")
    assert record.title == line


# -- a Blogfa signature with its author's name empty (#12) --------------------------------

POEM = (
    "کوچه ما بوی باران می دهد\n\n"
    "پنجره ها را باز کن\n\n"
    "که شب از پشت بام گذشت\n\n"
    "و ماه روی حوض نشست\n\n"
)


def _blogfa_post(signature: str) -> str:
    # fahim.blogfa.com's post (#12): the title, short poem lines, the signature, the footer.
    return f"کوچه باران\n\n{POEM}{signature}\n\n\nPowered By\nBLOGFA.COM\n\n\n512\n"


def test_blogfa_signature_with_empty_author_gives_the_date() -> None:
    text = _blogfa_post("+ نوشته شده توسط در چهارشنبه هفدهم آبان ۱۳۹۱ و ساعت 21:05 |")
    for record in (
        jm.parse_article(text),
        jm.parse_article(text, url="http://x.blogfa.com/post/9"),
    ):
        assert record.published is not None
        assert record.published.gregorian == datetime.datetime(
            2012, 11, 7, 21, 5, tzinfo=record.published.gregorian.tzinfo
        )


def test_blogfa_signature_with_author_before_the_date_gives_the_date() -> None:
    text = _blogfa_post("+ نوشته شده توسط مریم در چهارشنبه هفدهم آبان ۱۳۹۱ ساعت 21:05 |")
    record = jm.parse_article(text)
    assert record.published is not None
    assert record.published.gregorian.date() == datetime.date(2012, 11, 7)


def test_byline_with_a_date_in_its_sentence_neg_gives_no_date() -> None:
    # A sentence that says who wrote what on a day is no signature: main's record (no date).
    text = _blogfa_post(
        "این شعر را پدربزرگم نوشته شده توسط دست خودش در چهارشنبه هفدهم آبان ۱۳۹۱ برایم خواند"
    )
    assert jm.parse_article(text).published is None


# -- a longer invocation opening an untitled post (#05) -----------------------------------

POST_BODY = (
    "امروز اولین روز نوشتن در این وبلاگ است و هنوز نمی دانم از کجا شروع کنم. سال ها بود که "
    "می خواستم جایی داشته باشم تا حرف هایم را بنویسم و حالا این فرصت پیش آمده است. امیدوارم "
    "دوستان قدیمی هم اینجا را پیدا کنند و گاهی سری بزنند.\n\n"
)


def test_long_invocation_opening_a_post_is_no_sure_title() -> None:
    # armanpf.blogspot.com's post (#05): the date header, a bullet, the invocation, the text.
    invocation = "بنام دوستی و امید و با یاد خداوند مهربان"
    text = f"Monday, March 3, 2003\n\n٭\n{invocation}\n{POST_BODY}Comments: Post a Comment\n"
    record = jm.parse_article(text)
    assert record.title != invocation or "title-uncertain" in {w.code for w in record.warnings}


def test_long_invocation_neg_memorial_headline_is_kept() -> None:
    # «به یاد ...» naming a person, not God, is a memorial's headline: main's record.
    headline = "به یاد استاد محمود فرشچیان نقاش بزرگ ایرانی"
    text = f"{headline}\n{POST_BODY}"
    record = jm.parse_article(text)
    assert record.title == headline
    assert "title-uncertain" not in {w.code for w in record.warnings}
