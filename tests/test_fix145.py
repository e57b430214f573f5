"""fix145: wrong values the thirty-third mutation round found on main (docs/reliability.md,
"The thirty-third round: fix130-fix139 under mutation", its "Seen on the way" part).

1. fix125's «DATE / HEADLINE» cut wanted the part before the slash to be one date (or a date
   and an agency's name): a weekday before the date («پنجشنبه ۱۲ مرداد ۱۴۰۲ / HEADLINE»), a
   clock and a view counter after it behind a bar («۱۲ مرداد ۱۴۰۲ ۱۰:۳۰ | ۴۵ بازدید /
   HEADLINE») and a place and an agency behind dashes («۱۲ مرداد ۱۴۰۲ - همدان - ایسنا /
   HEADLINE») kept the line whole: the whole line, date included, was the title and the page
   had no date, silently. The cut now takes a line opening with a weekday's name, and one or
   two header fields after the date (a counter, or one or two words of letters), each after
   a spaced dash or bar; the fields are left out of both lines, as the agency's name was.
   A sentence after the date, or a field of more words, keeps the line whole as before.
2. A headline glued to its lead's opening with no mark («سفر پاییزی ... در سه روزپاییز
   زیباترین فصل ... و رنگ برگ»), or by a spaced colon with the teaser not cut by «...», over
   the paragraph that opens with those words (and more paragraphs or none): the whole glued
   line was the title, silently. fix133/fix137's cut of «HEADLINE : TEASER ...» over the
   paragraphs it teases now also takes these lines (the lead's opening repeated, eight
   words or more; a speaker's «... گفت :» still no headline).
3. A headline printed with its full stop over the item's date line («همایش ... برگزارشد.» /
   «۲۳ آذر ۱۳۸۶ | ۱۱:۲۰ کد : ۳۱۸۴۰ اخبار», rihu.ac.ir's layout) under a kicker naming the
   occasion («به مناسبت هفته پژوهش») lost to the kicker, silently: fix136 let such a headline
   stand under section and chrome lines only. A kicker naming an occasion (a preposition,
   a few words, no verb) right over it is allowed too, and the headline's full stop no
   longer counts against it there.
Page texts below are written for these tests (the layouts of the mutation round's pages,
`https://shahr.example.ir/news/5521/jashnvare` and rihu.ac.ir's news item).
"""

from __future__ import annotations

import pytest

import jalali_meta as jm

_URL = "https://shahr.example.ir/news/5521/jashnvare"
_HEADLINE = "برگزاری جشنواره فرهنگی عشایر در شهرستان"
_BODY = (
    "به گزارش خبرنگار ما، جشنواره فرهنگی عشایر روز گذشته با حضور مسئولان استانی و گروهی"
    " از مردم در شهرستان برگزار شد و تا پایان هفته ادامه دارد.\n\n"
    "در این جشنواره صنایع دستی، غذاهای محلی و آیین‌های سنتی عشایر به نمایش گذاشته شد و"
    " بازدیدکنندگان از غرفه‌ها استقبال کردند.\n\n"
    "فرماندار شهرستان در آیین گشایش گفت که این جشنواره به شناساندن فرهنگ عشایر کمک می‌کند"
    " و هر سال برگزار خواهد شد.\n"
)


def _parse(first: str, url: str | None) -> jm.Article:
    return jm.parse_article(f"{first} / {_HEADLINE}\n\n{_BODY}", url=url)


@pytest.mark.parametrize("url", [_URL, None])
@pytest.mark.parametrize(
    ("first", "clock"),
    [
        ("پنجشنبه ۱۲ مرداد ۱۴۰۲", None),
        ("پنج‌شنبه، ۱۲ مرداد ۱۴۰۲", None),
        ("پنجشنبه ۱۲ مرداد ۱۴۰۲ ساعت ۱۰:۳۰", (10, 30)),
        ("۱۲ مرداد ۱۴۰۲ ۱۰:۳۰ | ۴۵ بازدید", (10, 30)),
        ("۱۲ مرداد ۱۴۰۲ | ۱۲۰ نظر", None),
        ("۱۲ مرداد ۱۴۰۲ - همدان - ایسنا", None),
        ("۱۲ مرداد ۱۴۰۲ - ایسنا | ۴۵ بازدید", None),
    ],
)
def test_dated_headline_with_header_fields(
    first: str, clock: tuple[int, int] | None, url: str | None
) -> None:
    article = _parse(first, url)
    assert article.title == _HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1402, 5, 12)
    got = article.published.gregorian
    if clock is None:
        assert str(got) == "2023-08-03"
    else:
        assert (str(got.date()), got.hour, got.minute) == ("2023-08-03", *clock)  # type: ignore[union-attr]
    assert "weekday-mismatch" not in {w.code for w in article.warnings}


@pytest.mark.parametrize("url", [_URL, None])
@pytest.mark.parametrize(
    "first",
    [
        # a sentence after the weekday and date: no header
        "پنجشنبه ۱۲ مرداد ۱۴۰۲ مردم همدان به استقبال جشنواره رفتند",
        # a field of three words after the bar
        "۱۲ مرداد ۱۴۰۲ | استان همدان غربی",
        # a count that is no counter's word
        "۱۲ مرداد ۱۴۰۲ | ۴۵ کشته و زخمی",
        # three fields: more than a header's
        "۱۲ مرداد ۱۴۰۲ - همدان - ایسنا - ایرنا",
    ],
)
def test_dated_headline_with_sentence_kept_whole_neg(first: str, url: str | None) -> None:
    article = _parse(first, url)
    assert article.title != _HEADLINE


_STOPPED = "همایش آموزش روش تحقیق کیفی و کمی در پژوهشکده حوزه برگزارشد."
_INFO = "۲۳ آذر ۱۳۸۶ | ۱۱:۲۰ کد : ۳۱۸۴۰ اخبار"
_STOPPED_BODY = (
    "به گزارش روابط عمومی پژوهشکده، همایش آموزش روش تحقیق کیفی و کمی با حضور گروهی از"
    " پژوهشگران و طلاب در سالن اجتماعات پژوهشکده برگزار شد. در این همایش استادان حوزه و"
    " دانشگاه درباره روش‌های تحقیق سخن گفتند و به پرسش‌های حاضران پاسخ دادند.\n"
    "این همایش با هدف آشنایی پژوهشگران جوان با روش‌های تازه تحقیق و در هفته پژوهش برپا"
    " شد و تا پایان هفته ادامه خواهد داشت.\n"
)


@pytest.mark.parametrize("url", ["https://rihu.example.ac.ir/news/31840", None])
@pytest.mark.parametrize("kicker", ["به مناسبت هفته پژوهش", "به بهانه روز دانشجو"])
def test_stopped_headline_under_occasion_kicker(kicker: str, url: str | None) -> None:
    article = jm.parse_article("\n".join([kicker, _STOPPED, _INFO, _STOPPED_BODY]), url=url)
    assert article.title == _STOPPED
    assert article.number == "31840"
    assert article.published is not None
    assert article.published.jalali_date == (1386, 9, 23)


@pytest.mark.parametrize(
    "lines",
    [
        # no date line under the full-stop line: a lead, no headline over a header
        ["به مناسبت هفته پژوهش", _STOPPED, _STOPPED_BODY],
        # a line of fourteen words over it: longer than a kicker
        [
            "به مناسبت هفته پژوهش و روز دانشجو در سال جاری در همه واحدهای پژوهشکده",
            _STOPPED,
            _INFO,
            _STOPPED_BODY,
        ],
    ],
)
def test_stopped_line_under_occasion_neg(lines: list[str]) -> None:
    assert jm.parse_article("\n".join(lines)).title != _STOPPED


_TRIP = "سفر پاییزی به جنگل‌های شمال در سه روز"
_TRIP_OPENING = "پاییز زیباترین فصل برای سفر به جنگل‌های شمال کشور است و رنگ برگ"
_TRIP_LEAD = (
    _TRIP_OPENING + " درختان در این روزها چشم هر گردشگری را خیره می‌کند. در این نوشته چند"
    " مسیر کم‌تردد را معرفی می‌کنیم که با خودروی شخصی در یک روز می‌توان آن‌ها را پیمود.\n"
)
_TRIP_MORE = (
    "\nمسیر نخست از جاده چالوس آغاز می‌شود و پس از گذشتن از روستاهای کوهستانی به دریاچه"
    " ولشت می‌رسد که در پاییز دیدنی است.\n\n"
    "مسیر دوم جاده جنگلی ماسال به اولسبلنگاه است که مه صبحگاهی و درختان رنگارنگ آن را به"
    " یکی از زیباترین جاده‌های کشور تبدیل کرده است.\n"
)


@pytest.mark.parametrize("url", ["https://safar.example.ir/post/4412", None])
@pytest.mark.parametrize("more", [_TRIP_MORE, ""])
@pytest.mark.parametrize("glue", ["", " : "])
def test_headline_glued_to_lead_opening(glue: str, more: str, url: str | None) -> None:
    text = f"{_TRIP}{glue}{_TRIP_OPENING}\n{_TRIP_LEAD}{more}"
    assert jm.parse_article(text, url=url).title == _TRIP


@pytest.mark.parametrize(
    "line",
    [
        # a speaker's kicker glued to the quote: no headline
        "رئیس اداره میراث فرهنگی استان گفت : " + _TRIP_OPENING,
        # the words after the colon do not open the paragraph
        _TRIP + " : زمستان هم فصل خوبی برای دیدن برف در ارتفاعات البرز است و جاده‌ها",
        # five words of the lead only: too few to tell a repeated opening
        _TRIP + " : پاییز زیباترین فصل برای سفر",
    ],
)
def test_glued_line_not_cut_neg(line: str) -> None:
    assert jm.parse_article(f"{line}\n{_TRIP_LEAD}{_TRIP_MORE}").title != _TRIP
