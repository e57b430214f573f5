"""mut39: tests that kill the thirty-ninth round's surviving hand mutants of fix176-fix183
(benchmarks/hand_mutants_39.py; docs/reliability.md «The thirty-ninth round: fix176-fix183
under mutation»).

Each test names the mutant it kills; each passes on main bfc99d6c. The sentences are written
for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_SHOP_BODY = (
    "فروشگاه‌های اینترنتی در سال گذشته بیش از هر زمان دیگری خرید کرده‌اند و شمار سفارش‌ها "
    "در شهرهای کوچک دو برابر شده است و کارشناسان می‌گویند این روند ادامه دارد."
)
_EXILE_BODY = (
    "تبعید یک روزنامه نگار به شهری دور از خانواده‌اش بار دیگر بحث درباره این مجازات را در "
    "میان افکار عمومی زنده کرده است و بسیاری از حقوقدانان درباره آن سخن گفته‌اند."
)


# -- fix176: «NAME/ ROLE» bylines (mutant 8) ---------------------------------------------------
def test_slash_headline_with_a_preposition_before_the_slash_stays_the_title() -> None:
    """Mutant 8: «گفتگو با NAME/ روزنامه نگار»: the part before the slash holds a preposition,
    so it is a headline naming the interview, not a byline; the title."""
    head = "گفتگو با مریم رحیمی/ روزنامه نگار"
    article = jm.parse_article(f"{head}\n{_EXILE_BODY}\n{_EXILE_BODY}\n")
    assert article.title == head


# -- fix179: a host name alone; a menu closed by bars (mutants 28, 27) -------------------------
def test_headline_opening_with_a_host_name_stays_the_title() -> None:
    """Mutant 28: a headline opening with a shop's host name («digikala.com رکورد ...») is no
    host name alone: the title."""
    for head in (
        "digikala.com رکورد تازه فروش را شکست",
        "snapp.ir سرویس تازه‌ای در شیراز راه انداخت",
    ):
        article = jm.parse_article(f"{head}\n\n{_SHOP_BODY}\n\n{_SHOP_BODY}\n")
        assert article.title == head, head


def test_glued_menu_closed_by_bars_is_doubted_not_dropped() -> None:
    """Mutant 27: a site's menu run into one line and closed by bars («rss ... آرشیو | |||»)
    is chrome, which the title rules doubt: no title, with ``title-uncertain`` (a diff
    table's row is never a title, silently; a menu is not one)."""
    text = (
        f"rss صفحه‌اصلی اخبار ورزش جامعه فرهنگ درباره‌ما تماس‌باما آرشیو | |||\n![]() {_SHOP_BODY}\n"
    )
    article = jm.parse_article(text, url="http://shop.example.loxblog.ir/post/318")
    assert article.title is None
    assert "title-uncertain" in _codes(article)


# -- fix180: a labelled clock; a verse quoted twice under a cut lead (mutants 37, 43) ----------
def test_headline_with_a_labelled_clock_and_a_verb_after_it_stays_the_title() -> None:
    """Mutant 37: «پرواز شیراز : ۱۰:۴۵ لغو شد»: a label, a colon and a clock with more after
    it is no labelled clock alone: the headline."""
    head = "پرواز شیراز : ۱۰:۴۵ لغو شد"
    article = jm.parse_article(f"{head}\n\n{_EXILE_BODY}\n\n{_EXILE_BODY}\n")
    assert article.title == head


_DAY_BAHMAN = "۱۴ بهمن ۱۴۰۲"
_CONTEST_HEAD = "مسابقه نقاشی کودکان در فرهنگسرای محله برگزار می‌شود"
_CONTEST_BODY = (
    "مسابقه نقاشی کودکان هفت تا دوازده ساله از روز پنجشنبه در فرهنگسرای محله برگزار می‌شود و "
    "ثبت نام آن تا پایان هفته ادامه دارد.\n\n"
    "مدیر فرهنگسرا گفت آثار برگزیده در نمایشگاه بهاره به دیوار می‌رود.\n"
)


def test_cut_teaser_under_its_dated_headline_over_a_headline_printed_twice() -> None:
    """Mutant 43: a sidebar's teaser cut with «...» under its own headline and date, then,
    set apart by blank lines, the article's headline printed twice around its summary: the
    article's headline, not the sidebar's (fix161's near miss, kept by fix180's blank-line
    condition)."""
    text = (
        "نمایشگاه نقاشی در فرهنگسرای محله\n"
        f"{_DAY_BAHMAN}\n"
        "نمایشگاه نقاشی هنرمندان جوان محله از فردا در تالار فرهنگسرا گشایش می‌یابد و تا...\n\n"
        f"{_CONTEST_HEAD}\n\n"
        "کودکان هفت تا دوازده ساله می‌توانند در این مسابقه شرکت کنند.\n\n"
        f"{_CONTEST_HEAD}\n\n{_CONTEST_BODY}"
    )
    assert jm.parse_article(text).title == _CONTEST_HEAD


# -- fix181: a blog's name cut with «...» over its tagline (mutant 51) -------------------------
def _day_archive(first: str) -> str:
    return (
        f"{first}\n\n"
        "هر چه در این صفحه می آید برای آگاهی خوانندگان و ثبت رویدادهای روستاست. نوشتن را حق "
        "هر شهروند می دانیم! از خوانندگان می خواهیم نظر خود را بی پرده بنویسند و عکس های "
        "روستا را برای ما بفرستند! سلام به همه خوانندگان!\n\n"
        "۱۳۹۵ اردیبهشت ۱۵, چهارشنبه\n\n"
        "رودخانه کنار روستا هر سال کم آب تر می شود و باغداران از کمبود آب برای درختان گردو "
        "گله دارند.\n\n"
        "بیشتر جوانان روستا برای کار به شهر رفته اند و خانه های قدیمی خالی مانده است.\n"
    )


def test_long_line_cut_with_dots_over_a_tagline_is_not_doubted_as_a_name() -> None:
    """Mutant 51: a line of nine words cut with «...» over a paragraph and a date line is a
    headline cut short, not a blog's name (four words at most): undoubted, as before
    fix181; the four-word line is doubted."""
    head = "وزیر آموزش و پرورش از برنامه تازه مدارس روستایی خبر داد..."
    article = jm.parse_article(_day_archive(head))
    assert article.title == head
    assert "title-uncertain" not in _codes(article)
    short = jm.parse_article(_day_archive("سفری به..."))
    assert short.title is None or "title-uncertain" in _codes(short)


# -- fix183: a weekday's banner, the page's only date line (mutant 62) -------------------------
_COFFEE_HEAD = "راهنمای خرید قهوه برای خانه"
_COFFEE_SUBS = [
    "قهوه عربیکا و روبوستا",
    "درجه برشت دانه",
    "آسیاب کردن در خانه",
    "تاریخ برشت",
    "نگهداری قهوه",
    "قیمت قهوه در بازار",
    "قهوه فوری یا دانه",
    "دستگاه‌های دم کردن",
    "قهوه بدون کافئین",
]
_COFFEE_LEAD = (
    "قهوه خوب را از بوی تازه و رنگ یکدست دانه‌ها می‌شناسید و بهتر است آن را کم کم بخرید. "
    "در این راهنما می‌گوییم پیش از خرید به چه چیزهایی نگاه کنید.\n\n"
    "قهوه را در ظرف دربسته و دور از نور نگه دارید تا بویش زود نپرد."
)


def test_weekday_banner_far_above_the_title_gets_no_date_warning() -> None:
    """Mutant 62: the page's only date line far above the title printing its weekday
    («سه‌شنبه ۱۲ دی ۱۴۰۲») is a site's today banner: set aside with no publication date and
    no ``published-unlabelled`` warning (fix183 warns for a plain date only)."""
    parts = ["فروشگاه دانه طلایی", "سه‌شنبه ۱۲ دی ۱۴۰۲", _COFFEE_HEAD, _COFFEE_HEAD]
    text = "\n\n".join([*parts, *_COFFEE_SUBS, _COFFEE_LEAD]) + "\n"
    article = jm.parse_article(text)
    assert article.published is None
    assert "published-unlabelled" not in _codes(article)


# -- fix177: a <title>'s short parts (mutants 11, 13) ------------------------------------------
_PORTAL = "پایگاه خبری شهرداری منطقه هفت"
_BRIDGE_HEAD = "بازگشایی پل عابر پیاده میدان امام پس از دو ماه تعمیر"
_OFFICE = "معاونت فنی و عمرانی"
_BRIDGE_LEAD = (
    "معاون فنی و عمرانی شهرداری منطقه گفت: پل عابر پیاده میدان امام پس از تعویض پله‌های "
    "برقی و نوسازی سقف آن از صبح امروز به روی شهروندان باز شد و هزینه این کار از بودجه "
    "عمرانی منطقه پرداخت شده است."
)


def _html(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html dir="rtl"><head><meta charset="UTF-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )


def test_short_part_of_a_five_part_title_printed_alone_is_no_title() -> None:
    """Mutant 11: «SITE - اخبار - HEADLINE - OFFICE - CITY» (five parts, TITLE_MAX_PARTS)
    with the office's name printed alone over the lead: <title>'s headline part is the
    title, not the office."""
    title = f"{_PORTAL} - اخبار - {_BRIDGE_HEAD} - {_OFFICE} - تهران"
    article = jm.parse_html(_html(title, _OFFICE, _BRIDGE_LEAD))
    assert article.title == _BRIDGE_HEAD


def test_seven_word_part_of_a_title_printed_alone_stays_the_title() -> None:
    """Mutant 13: a part of seven words (more than TITLE_NAME_MAX_WORDS) is no name: printed
    alone over the lead, it stays the title, whichever end of <title> it stands at."""
    line = "نوسازی پله‌های برقی پل عابر پیاده میدان"
    for title in (f"{_PORTAL} - {_BRIDGE_HEAD} - {line}", f"{line} - {_BRIDGE_HEAD} - {_OFFICE}"):
        assert jm.parse_html(_html(title, line, _BRIDGE_LEAD)).title == line, title


# -- fix178: Blogger's post-title headings (mutants 23, 26) ------------------------------------
def _blog_day(heading: str, second: str | None = None) -> str:
    posts = (
        f'<div class="post hentry"><h3 class="post-title entry-title">{heading}</h3>'
        '<div class="post-body entry-content"><br />برگ که می افتد<br />'
        "خیابان بوی تو را دارد<br />.<br />کدام باد<br />کدام کوچه را به یاد می آوری؟!<br />"
        ".<br /><br />لیلا مهرآیین<br />.<br /></div></div>"
    )
    if second is not None:
        posts += (
            f'<div class="post hentry"><h3 class="post-title entry-title">{second}</h3>'
            '<div class="post-body entry-content">باران دوباره آمد<br /></div></div>'
        )
    return (
        '<!DOCTYPE html><html dir="rtl"><head><meta charset="UTF-8"><title>golbarg</title>'
        '</head><body><div class="date-outer"><h2 class="date-header"><span>۱۳۹۶ مهر ۱۴, جمعه'
        f'</span></h2>{posts}<div class="comments"><h4>هیچ نظری موجود نیست:</h4></div></div>'
        "</body></html>"
    )


def test_post_title_heading_with_its_date_is_not_taken_silently() -> None:
    """Mutant 23: a post-title <h3> printing a date inside it («... ۱۴ مهر ۱۳۹۶») is no
    post's own heading: its text, the date glued on, is never the title silently."""
    for heading in ("نامه های پاییز ۱۴ مهر ۱۳۹۶", "نامه های پاییز – ۱۳۹۶/۰۷/۱۴"):
        article = jm.parse_html(_blog_day(heading))
        assert article.title != heading or "title-uncertain" in _codes(article), heading


def test_two_post_title_headings_name_no_one_post() -> None:
    """Mutant 26: a day's page listing two posts, each under its post-title <h3>: neither is
    the page's title silently (the first post's heading is not taken, undoubted)."""
    article = jm.parse_html(_blog_day("شعری برای پاییز", "باران پاییزی"))
    assert article.title is None or "title-uncertain" in _codes(article)


# -- fix179: a headline's copy with a Latin tail glued on (mutant 31) ---------------------------
_AZ_SUB = "Təbriz kitabxanasının fəaliyyətinə oxuculardan münasibət barədə: Marağada"
_AZ_BODY = (
    "Şəhər kitabxanasının yeni binası bu həftə oxucuların üzünə açıldı və ilk gündən yüzlərlə"
    " insan ora gəldi, kitabları vərəqlədi.\n"
    "Kitabxananın işçiləri bildirdilər ki, oxu zalı axşam saat ona qədər açıq qalacaq və"
    " tələbələr üçün ayrıca otaq da hazırlanıb.\n\n"
    "“Kitab” qəzeti. Şəhər orqanı, Təbriz, say 41, 12.05.1946\n"
    "***\n\n"
    "Şair: “Kitab dostum”\n\n"
    "Açıram səni hər səhər\n"
    "Sən mənə yol göstərirsən\n"
    "Sözlərin bir çıraq kimi\n"
    "Qaranlığı dəf edirsən\n"
)


def test_three_word_headline_under_its_copy_with_a_latin_tail() -> None:
    """Mutant 31: a headline of three words (GLUED_COPY_WORDS - 1) right under its copy with
    a site's Latin name glued on is printed twice: the title, not the colon subheading."""
    head = "Kitab” jurnalının səhifələrində"
    text = f"{head} Güney Azərbaycan\n\n{head}\n\n{_AZ_SUB}\n\n{_AZ_BODY}"
    assert jm.parse_article(text).title == head


# -- fix180: a lopsided clock before the date's label on one line (mutant 38) ------------------
_PARK_HEAD = "بوستان بانوان شهر پس از بازسازی دوباره باز شد"
_PARK_LEAD = (
    "بوستان بانوان شهر پس از شش ماه بازسازی از امروز دوباره به روی بانوان باز شد و "
    "مسیرهای پیاده روی آن نوسازی شده است.\n\n"
    "ساعت کار بوستان در ماه‌های گرم سال تا ده شب خواهد بود.\n"
)


def test_lopsided_clock_before_the_date_label_is_doubted() -> None:
    """Mutant 38: «ساعت : ۰۷ :۱۶ - تاریخ : DATE» (a clock spaced on one side, labelled before
    the date's label): read as printed, with ``time-order-uncertain``, as on a date line."""
    for line, clock in (
        ("ساعت : ۰۷ :۱۶ - تاریخ : ۲۰ آذر ۱۴۰۲", (7, 16)),
        ("ساعت خبر: ۱۱ :۰۵ - تاریخ خبر: ۲۰ آذر ۱۴۰۲", (11, 5)),
    ):
        article = jm.parse_article(f"{_PARK_HEAD}\n{line}\n\n{_PARK_LEAD}")
        assert article.published is not None, line
        moment = article.published.gregorian
        assert (moment.hour, moment.minute) == clock, line
        assert "time-order-uncertain" in _codes(article), line


def test_unspaced_clock_before_the_date_label_is_not_doubted_neg() -> None:
    """-neg: «ساعت : ۰۷:۱۶ - تاریخ : DATE» has one reading: no doubt."""
    article = jm.parse_article(f"{_PARK_HEAD}\nساعت : ۰۷:۱۶ - تاریخ : ۲۰ آذر ۱۴۰۲\n\n{_PARK_LEAD}")
    assert article.published is not None
    assert "time-order-uncertain" not in _codes(article)


# -- fix176: a question heading of six words; an English caption (mutants 2, 7) ---------------
_MENU = "تماس   آشنایی    مقاله    گفتگو    صفحه نخست "
_RETURN_SUB = "نگاهی به موضوع کوچ کشاورزان جوان از روستاها به شهر"
_RETURN_BODY = (
    "در سال‌های اخیر بسیاری از کشاورزان جوان روستاهای استان زمین‌های خود را رها کرده و برای "
    "یافتن کار به شهرهای بزرگ رفته‌اند و این کوچ پیامدهای فراوانی داشته است."
)


def test_six_word_question_heading_over_its_subtitle_is_the_headline() -> None:
    """Mutant 2: a question heading of six words (QUESTION_HEADING_WORDS' most) at the top
    over a verbless phrase on the same story: the question is the headline."""
    question = "«کوچ» بی «کوچ» تا به کی؟"
    text = f"{_MENU}\n \n \n\n{question}\n{_RETURN_SUB}\n\n{_RETURN_BODY}\n\n{_RETURN_BODY}\n"
    assert jm.parse_article(text).title == question


_RADIO_HEAD = "رادیو محلی شهر پنجاه ساله شد"
_RADIO_LEAD = (
    "در چنین روزی برای نخستین بار ایستگاهی که امروز پرشنونده‌ترین ایستگاه چندزبانه استان "
    "است برنامه‌ای به زبان‌های گوناگون پخش کرد و کسی گمان نمی‌کرد که این برنامه کوتاه روزی "
    "بتواند زندگی بسیاری از مهاجران تازه‌وارد را تغییر دهد."
)
_RADIO_MORE = "این برنامه در آغاز تنها برای سه ماه برنامه ریزی شده بود و بودجه کمی داشت."


def test_english_caption_under_the_headline_leaves_it_undoubted() -> None:
    """Mutant 7: one English photo caption («NAME (left) ... (Photo: ...)») under a Persian
    headline scores as a caption: the headline is the title with no doubt, the caption no
    near rival."""
    for caption in (
        "Jane Smith (left) and the first presenters at the studio (Photo: City Archive)",
        "Minister Jane Smith (right) visits the town studio, 1975 (Courtesy State Archives)",
    ):
        for sep in ("\n\n", "\n"):
            text = sep.join([_RADIO_HEAD, caption, _RADIO_LEAD, _RADIO_MORE]) + "\n"
            article = jm.parse_article(text)
            assert article.title == _RADIO_HEAD, caption
            assert "title-uncertain" not in _codes(article), caption


# -- fix178: a headline over its summary sharing four content words (mutant 19) ----------------
_VISIT_HEAD = "بازدید دانش آموزان بوشهر از موزه دریایی شهر به مناسبت هفته میراث فرهنگی"
_VISIT_SUMMARY = (
    "بازدید مدیر آموزش و پرورش شهرستان بوشهر به همراه دانش آموزان پایه ششم از نمایشگاه کتاب استان"
)


def test_headline_over_a_summary_sharing_four_words() -> None:
    """Mutant 19: the headline over a longer line opening with its first word and sharing
    four of its content words (SUMMARY_HEADLINE_SHARED_WORDS), over the code and date lines:
    the headline, the lower line its summary."""
    text = (
        "سارا نیک اندیش\n\n"
        f"{_VISIT_HEAD}\n\n"
        f"{_VISIT_SUMMARY}\n"
        "کد خبر : 274\n"
        "تاریخ انتشار : سه شنبه 7 مرداد 1399 - 09:40\n\n"
        "به گزارش روابط عمومی آموزش و پرورش شهرستان بوشهر مدیر این اداره گفت: به همراه گروهی "
        "از دانش آموزان پایه ششم مدارس شهر از بخش کشتی های قدیمی موزه دریایی بازدید کردیم.\n\n"
        "دانش آموزان در این بازدید با تاریخ دریانوردی در خلیج فارس آشنا شدند.\n"
    )
    assert jm.parse_article(text).title == _VISIT_HEAD
