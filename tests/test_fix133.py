"""fix133: real43's findings (docs/real_sample.md, "A thirty-second sample"): a date archive
addressed by query (#18), a site's motto line over its today banner (#2), a headline glued to
its cut teaser by « : » (#15), a tagline of exclamation marks under the headline (#14)."""

import jalali_meta as jm

# -- #18: WordPress's date archive by query («?m=201809») is a list --------------------------

_ONE_TEASER = (
    "بررسی وضعیت منابع آب زیرزمینی دشت قزوین در سال جاری\n\n"
    "به گزارش خبرنگار ما، کارشناسان منابع طبیعی استان در نشستی تخصصی از کاهش چشمگیر سطح "
    "آب‌های زیرزمینی دشت قزوین خبر دادند و گفتند که برداشت بی‌رویه از چاه‌های غیرمجاز و کم "
    "شدن بارش‌ها در سال‌های اخیر این روند را شتاب داده است و اگر برنامه‌ای برای"
)


def _codes(record: jm.Article) -> list[str]:
    return [warning.code for warning in record.warnings]


def test_month_archive_query_is_a_list() -> None:
    record = jm.parse_article(_ONE_TEASER, url="http://example-blog.ir/?m=201809")
    assert record.title is None
    assert "listing-page" in _codes(record)


def test_day_archive_query_is_a_list() -> None:
    record = jm.parse_article(_ONE_TEASER, url="https://example-blog.ir/?m=14020512")
    assert record.title is None
    assert "listing-page" in _codes(record)


def test_neg_blogger_mobile_view_query_names_a_post() -> None:
    # Blogger's «?m=1» is a post's mobile view, no date: the post's headline stays.
    record = jm.parse_article(_ONE_TEASER, url="http://example.blogspot.com/2018/09/post.html?m=1")
    assert record.title == "بررسی وضعیت منابع آب زیرزمینی دشت قزوین در سال جاری"
    assert "listing-page" not in _codes(record)


def test_neg_date_path_with_slug_is_an_item() -> None:
    for url in (
        "https://example-news.ir/1402/05/12/بررسی-وضعیت-منابع-آب/",
        "https://example-blog.com/2018/09/water-report.html",
    ):
        record = jm.parse_article(_ONE_TEASER, url=url)
        assert "listing-page" not in _codes(record), url


def test_neg_item_id_in_path_with_date_query() -> None:
    record = jm.parse_article(_ONE_TEASER, url="https://example-news.ir/news/48213?m=201809")
    assert "listing-page" not in _codes(record)


def test_neg_year_alone_in_query_is_no_archive() -> None:
    record = jm.parse_article(_ONE_TEASER, url="https://example-news.ir/?m=2018")
    assert "listing-page" not in _codes(record)


# -- #2: a saying over the site's today banner is the site's motto ---------------------------

_BANNER = "دوشنبه 1403/05/15 Monday - 2024 5 August الاثنين ، 30 محرم ، 1446\n"
# The item's date-time and number, an overline ending with «؛» whose headline is not printed,
# the lead and the body.
_UNDER_BANNER = (
    "ساعت\n"
    "1403-05-14 18:40 شماره خبر : 2215\n"
    "روستاهای شمال شهرستان تشنه ماندند؛\n\n"
    "اهالی چند روستای شمال شهرستان از قطعی مکرر آب آشامیدنی در روزهای گرم تابستان گله دارند "
    "و خواستار رسیدگی فوری مسئولان آبفای استان شده‌اند.\n\n"
    "به گزارش خبرنگار ما، در این روستاها تانکرهای سیار تنها روزی یک بار آب می‌رسانند و "
    "ساکنان برای تهیه آب ناچارند ساعت‌ها در صف بمانند.\n"
)
_SAYING = "امام علی (ع): دانش بهتر از ثروت است زیرا دانش نگهبان توست"


def test_saying_over_today_banner_is_not_the_title() -> None:
    for url in (None, "https://example-news.ir/story/12345"):
        record = jm.parse_article(_SAYING + "\n" + _BANNER + _UNDER_BANNER, url=url)
        assert record.title != _SAYING, url
        assert "title-uncertain" in _codes(record), url
        assert record.number == "2215"


def test_quotation_over_today_banner_is_not_the_title() -> None:
    quote = "«کار نیکو کردن از پر کردن است و هر روز باید آموخت»"
    record = jm.parse_article(quote + "\n" + _BANNER + _UNDER_BANNER)
    assert record.title != quote
    assert "title-uncertain" in _codes(record)


def test_neg_saying_without_today_banner_stays() -> None:
    # The same saying over the item's own date line, no today banner: the rule does not fire.
    record = jm.parse_article(_SAYING + "\n" + _UNDER_BANNER)
    assert record.title == _SAYING


def test_neg_headline_over_today_banner_stays() -> None:
    # A plain headline over the banner, no saying's shape: the rule does not set it aside.
    text = (
        "برگزاری جشنواره فرهنگی عشایر در شهرستان\n"
        + _BANNER
        + (
            "به گزارش خبرنگار ما، جشنواره فرهنگی عشایر امروز با حضور مسئولان استانی و هنرمندان "
            "محلی در ورزشگاه شهرستان آغاز شد و تا پایان هفته ادامه دارد.\n"
        )
    )
    record = jm.parse_article(text)
    assert record.title == "برگزاری جشنواره فرهنگی عشایر در شهرستان"


# -- #15: «HEADLINE : TEASER ...» over the paragraph the teaser opens --------------------------

_GLUED_PARAGRAPH = (
    "پاییز زیباترین فصل برای سفر به جنگل‌های شمال کشور است و رنگ برگ درختان در این روزها "
    "چشم هر گردشگری را خیره می‌کند. در این نوشته چند مسیر کم‌تردد را معرفی می‌کنیم که با "
    "خودروی شخصی در یک روز می‌توان آن‌ها را پیمود.\n"
)


def test_headline_glued_to_cut_teaser() -> None:
    text = (
        "سفر پاییزی به جنگل‌های شمال در سه روز : پاییز زیباترین فصل برای سفر به جنگل‌های "
        "شمال کشور است و رنگ برگ ...\n" + _GLUED_PARAGRAPH
    )
    record = jm.parse_article(text)
    assert record.title == "سفر پاییزی به جنگل‌های شمال در سه روز"


def test_neg_speaker_glued_to_cut_quote() -> None:
    # «NAME گفت : QUOTE ...»: a speaker's kicker, no headline.
    text = (
        "رئیس اداره میراث فرهنگی استان گفت : پاییز زیباترین فصل برای سفر به جنگل‌های "
        "شمال کشور است و رنگ برگ ...\n" + _GLUED_PARAGRAPH
    )
    record = jm.parse_article(text)
    assert record.title is None


def test_neg_teaser_not_opening_the_paragraph() -> None:
    text = (
        "سفر پاییزی به جنگل‌های شمال در سه روز : زمستان هم فصل خوبی برای دیدن برف در "
        "ارتفاعات البرز است و جاده‌ها ...\n" + _GLUED_PARAGRAPH
    )
    record = jm.parse_article(text)
    assert record.title != "سفر پاییزی به جنگل‌های شمال در سه روز"


# -- #14: a tagline ending with «!!!» or more under the headline ------------------------------

_TAGLINE_BODY = (
    "\n\nوقتی از شهرهای کویری ایران سخن می‌گوییم فهرست بلندی از بناهای تاریخی، کاروانسراها "
    "و بازارهای قدیمی پیش چشم ما قرار می‌گیرد که هر کدام داستانی از گذشته دارند.\n\n"
    "در این نوشته سه شهر کویری را معرفی می‌کنیم که در سفرهای بهاری کمتر دیده شده‌اند و "
    "برای یک سفر کوتاه خانوادگی مناسب هستند.\n"
)


def test_exclaimed_tagline_under_headline() -> None:
    text = (
        "راهنمای سفر به سه شهر کویری در تعطیلات بهار\n\n"
        "کویر را باید یک بار از نزدیک دید!!!!" + _TAGLINE_BODY
    )
    record = jm.parse_article(text)
    assert record.title == "راهنمای سفر به سه شهر کویری در تعطیلات بهار"


def test_neg_exclaimed_line_under_kicker_with_colon() -> None:
    # Under a line ending with «:» (a kicker) the cried line is the headline it introduces.
    text = "گزارشی از سفر به سه شهر کویری:\n\nکویر را باید یک بار از نزدیک دید!!!!" + _TAGLINE_BODY
    record = jm.parse_article(text)
    assert record.title == "کویر را باید یک بار از نزدیک دید!!!!"


def test_neg_exclaimed_headline_under_speaker_kicker() -> None:
    text = (
        "مدیرکل میراث فرهنگی استان یزد خبر داد\n\n"
        "کاروانسراهای کویری دوباره میزبان گردشگران شدند!!!" + _TAGLINE_BODY
    )
    record = jm.parse_article(text)
    assert record.title == "کاروانسراهای کویری دوباره میزبان گردشگران شدند!!!"


# Mutation round 33 (benchmarks/hand_mutants_33.py): three marks are enough.


def test_exclaimed_tagline_with_three_marks_under_headline() -> None:
    text = (
        "راهنمای سفر به سه شهر کویری در تعطیلات بهار\n\n"
        "کویر را باید یک بار از نزدیک دید!!!" + _TAGLINE_BODY
    )
    record = jm.parse_article(text)
    assert record.title == "راهنمای سفر به سه شهر کویری در تعطیلات بهار"
