"""fix219: blind80's findings (tests/pages 2170-2182, docs/evaluation.md).

- A kicker naming the occasion («همزمان با ...», «به مناسبت ...»), alone between the date
  line and the lead of a news item that prints no headline, is no title: None, title-uncertain
  (a Kazerun news site's item, kazeroonnema.ir).
- A blog header's tagline of three phrases or more joined by bullets («●») is no title: None,
  title-uncertain (a Loxblog category page showing one post, dezfull.loxblog.com).
- A date with a label glued to its year («جمعه 17 مرداد 1393برچسب:TAGS») is still the
  post's date line, and the one clock framed by double colons later on it («:: 19:05 ::»)
  is its time (the Loxblog post footer).
- vBulletin's first post header («قديمي September 7th, 2004, 11:26   #1», or the date alone
  over «#1») is the thread's publication, read at Tehran's clock, never a banner
  (forum.sarmaye.com, 2004).
- Old Blogger's 18-digit post key in a blogspot address, its opening Unix time inside the
  address's month, is the post's ID (rehabiran.blogspot.com, 2003).

Layouts after the real pages named; sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- an occasion kicker over the lead, no headline (kazeroonnema.ir's news item) -----------------
_LEAD = (
    "در حالي كه هفته ي ميراث فرهنگي از ديروز آغاز شده است، كاروانسراي قديمي شهر همچنان "
    "بسته مانده و هيچ تابلويي نام آن را به رهگذران نمي گويد."
)
_BODY = (
    "سه سال پيش قرار بود اين بنا مرمت شود و به نمايشگاه صنايع دستي تبديل شود، اما كار پس از "
    "چند ماه متوقف شد.\n \nاهالي محل مي گويند در بنا فقط هفته اي يك بار باز مي شود.\n"
)


def _news(kicker: str) -> str:
    return (
        "پايگاه خبري شهر نمونه | shahr.example\n\nکد خبر: ۴۲۱۸\n"
        "تاریخ انتشار: ۱۸ ارديبهشت ۱۳۹۱ - ۰۹:۴۰\n"
        f"{kicker}\n{_LEAD}\n{_LEAD}\n \n{_BODY}"
    )


def test_occasion_kicker_between_date_and_lead_is_no_title() -> None:
    for kicker in ("همزمان با هفتهي ميراث فرهنگي", "به مناسبت روز جهاني موزه ها"):
        article = jm.parse_article(_news(kicker), url="http://shahr.example/fa/news/4218/x")
        assert article.title is None, kicker
        assert "title-uncertain" in _codes(article)
        assert article.number == "4218"
        assert article.published is not None


def test_occasion_kicker_over_a_headline_keeps_the_headline_neg() -> None:
    headline = "كاروانسراي قديمي شهر در هفته ميراث فرهنگي بسته ماند"
    text = _news(f"همزمان با هفتهي ميراث فرهنگي\n{headline}")
    article = jm.parse_article(text, url="http://shahr.example/fa/news/4218/x")
    assert article.title == headline


# -- a bulleted tagline over a post with no title (dezfull.loxblog.com's category page) ---------
_POST = (
    "پل قدیم شهر که روزگاری تنها راه گذر از رودخانه بود، یکی از کهن ترین سازه های آبی استان "
    "است و هنوز بخشی از آن برپاست.\n\n \n\nبه گزارش رسانه محلی ، مرمت پایه های پل از سال "
    "گذشته آغاز شده و قرار است تا پایان تابستان به پایان برسد.\n"
)


def test_bulleted_tagline_is_no_title() -> None:
    text = (
        "♥شهر ما پرچم بالا♥\nشین مثل شوشتر●شین مثل شیرمردان شوشتر●شین مثل شادروان\n"
        "شنبه 11 مرداد 1393 :: 18:20 :: نويسنده : shushtari\n\n" + _POST
    )
    article = jm.parse_article(text)
    assert article.title is None
    assert "title-uncertain" in _codes(article)


def test_two_bulleted_parts_stay_a_title_neg() -> None:
    title = "پل قدیم شوشتر● مرمت پایه ها آغاز شد"
    text = f"{title}\nشنبه 11 مرداد 1393 :: 18:20 :: نويسنده : shushtari\n\n" + _POST
    article = jm.parse_article(text)
    assert article.title == title


# -- a date glued to the tags label, its time framed later on the line (Loxblog's footer) -----
def _footer_post(footer: str) -> str:
    return f"♥شهر ما پرچم بالا♥\nوبلاگ شهر شوشتر\n{footer}\n\n" + _POST


def test_date_glued_to_tags_label_with_framed_time() -> None:
    footer = "شنبه 11 مرداد 1393برچسب:شوشتر , پل قدیم, :: 18:20 :: نويسنده : shushtari"
    article = jm.parse_article(_footer_post(footer))
    assert article.published is not None
    assert article.published.gregorian.isoformat() == "2014-08-02T18:20:00+04:30"


def test_two_framed_clocks_give_no_time_neg() -> None:
    # two clocks framed after the date: neither is taken as its time (main's record: the day)
    footer = "شنبه 11 مرداد 1393 برچسب:شوشتر , :: 18:20 :: , :: 21:05 :: نويسنده : shushtari"
    article = jm.parse_article(_footer_post(footer))
    assert article.published is not None
    assert article.published.gregorian == dt.date(2014, 8, 2)


# -- vBulletin's first post header (forum.sarmaye.com's thread) --------------------------------
_THREAD_TITLE = "اوراق مشارکت بهتر است یا سپرده بانکی؟"
_THREAD_BODY = (
    "اوراق مشارکت سود تضمین شده دارند و پیش از سررسید هم در بازار فروخته می شوند، ولی سپرده "
    "بانکی را فقط با شکستن آن می توان پس گرفت.\nبرای کسی که به پولش در کوتاه مدت نیاز ندارد، "
    "اوراق با سررسید نزدیک گزینه مناسبی است.\n"
)
_THREAD_URL = "http://forum.example.ir/showthread.php?t=512"


def _thread(header: str) -> str:
    return (
        "انجمن بورس\n\nبازگشت   انجمن بورس > بورس تهران\n\nابزارهاي موضوع\n"
        f"{header}\nsahamdar\nSenior Member\n \nتاريخ عضويت: Jul 2004\nارسالها: 41\n"
        f"تشکر: 3\n0\n\n{_THREAD_TITLE}\n\n{_THREAD_BODY}"
    )


def test_vbulletin_first_post_header_dates_the_thread() -> None:
    for header in ("قديمي October 3rd, 2004, 09:15   #1", "October 3rd, 2004, 09:15\n#1"):
        article = jm.parse_article(_thread(header), url=_THREAD_URL)
        assert article.title == _THREAD_TITLE
        assert article.published is not None, header
        # Tehran's clock: Mehr 1383, after summer time ended
        assert article.published.gregorian.isoformat() == "2004-10-03T09:15:00+03:30"


def test_later_post_header_is_no_first_post_neg() -> None:
    # «#2»: a reply's header, not the thread's first post (main's record: no date)
    article = jm.parse_article(_thread("قديمي October 3rd, 2004, 09:15   #2"), url=_THREAD_URL)
    assert article.published is None


# -- old Blogger's post key (rehabiran.blogspot.com, 2003) ---------------------------------------
_BLOG = (
    "کتابخانه ای که هنوز باز نشده\n\nساختمان کتابخانه دانشکده دو سال است آماده مانده و "
    "قفسه هایش هنوز خالی است و دانشجويان هر روز از کنار درِ بسته آن مي گذرند....\n\n"
    "0 Comments:\nPost a Comment\n<< Home\n"
)


def test_old_blogger_post_key_is_the_number() -> None:
    url = "http://shahr.blogspot.com/2003/10/blog-post_106612873519447820.html"
    assert jm.parse_article(_BLOG, url=url).number == "106612873519447820"


def test_blogger_key_outside_its_month_and_short_suffix_are_no_number_neg() -> None:
    for url in (
        # the key's Unix time (2003-10-14) is not in the address's month
        "http://shahr.blogspot.com/2005/03/blog-post_106612873519447820.html",
        # a new address's suffix tells the month's posts apart: no ID
        "http://shahr.blogspot.com/2013/02/blog-post_4784.html",
    ):
        assert jm.parse_article(_BLOG, url=url).number is None, url
