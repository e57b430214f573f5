"""fix172: the fifty-seventh attack round's remaining findings (docs/reliability.md «Attacks,
fifty-seventh round», «After fix171», benchmarks/attacks57.py).

1. A line of tatweels and spaces («ــ ــ ــ», a spaced rule) holds no letter: it is no title
   candidate anywhere (``_chrome._never_title``, ``_title._title_score``), and it is a
   list theme's separator line of any length under the item's teaser (fix160's frame).
2. A headline-shaped line ending with a verb right over the item's date line is the headline
   over a shorter line under the date line (a subtitle or lead-in printed after the date),
   when the lead under that line retells the headline (half its content words):
   ``_title._under_dated_verb_headline``.
3. The formal and Dari light verbs «گردید», «نمود», «گردد», «نماید» end a headline with a
   verb (``_lines._VERB_ENDINGS``, a closed list): the long headline over a short subtitle is
   the title (fix161), not the subtitle doubted (fix155). Nouns ending with «ید», «ود»
   («تولید», «تمدید», «وجود», «بهبود») are no verbs.
4. A masthead opening with a state's name («جمهوری اسلامی ایران», «جمهوری اسلامی
   افغانستان», «امارت اسلامی افغانستان») then an organisation's word is an institution's
   name (``_title._institution_name``), no rival to the verb headline under it (fix165).
5. A teaser cut « […]» (« [...]») ends the item's own lines in fix160's reading of a list of
   one item, and with no body (the teaser an excerpt) the first line taken is tested as that
   list's name (``_article._lone_item_named_by``).
6. fix167's three-word headline under a site's frame may open with a person's title word
   («استاد», «رئیس») when no given name follows it and the paragraph under it tells all its
   words (``_title._framed_over_headline``).
7. With no running text, a first line printed three times or more in a row over a line
   printed twice right over the date line: the twice-printed line is the title, doubted, the
   first line its rival (``_title._twice_over_date_under_copies``).

The positives fail on main 00629bae; the ``-neg`` near misses pass on both. The sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm

_DAY = "۲۰ آذر ۱۴۰۲"  # 20 Azar 1402 = 2023-12-11, a Monday


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- 1. the spaced tatweel rule
_LIST_NAME = "آموزش و دانشجویی"
_ITEM_HEAD = "کارگاه نگارش پایان‌نامه برای دانشجویان تحصیلات تکمیلی برگزار می‌شود"
_ITEM_TEASER = (
    "معاونت آموزشی دانشکده برای دانشجویانی که نگارش پایان‌نامه خود را آغاز کرده‌اند "
    "کارگاهی دو روزه در تالار اجتماعات برپا می‌کند و ثبت نام آن تا پایان هفته باز است."
)
_BODY = (
    "مدرس کارگاه گفت دانشجویان در این دو روز با شیوه نوشتن فصل‌های پایان‌نامه و "
    "ارجاع به منابع آشنا می‌شوند و نمونه‌های خود را با استادان بررسی می‌کنند."
)


def _framed(rule: str) -> str:
    """A faculty's category page, double-spaced: NAME / RULE / SECTION / HEADLINE / teaser /
    RULE / SECTION (attacks57's tatweel frame, the rule drawn as given)."""
    return "\n\n".join((_LIST_NAME, rule, "اطلاعیه‌ها", _ITEM_HEAD, _ITEM_TEASER, rule, "رویدادها"))


def test_spaced_tatweel_rule_frames_one_item_list() -> None:
    """A spaced rule of tatweels frames the list's one item: the list's name, doubted."""
    for rule in ("ــ ــ ــ", "ــ ــ ــ ــ ــ ــ ــ", "ــــ ــــ ــــ ــــ"):
        article = jm.parse_article(_framed(rule))
        assert (article.title, "listing-page" in _codes(article)) == (_LIST_NAME, True), rule


def test_spaced_tatweel_rule_over_headline_is_no_title() -> None:
    """A spaced rule over an article's headline is no title: the headline is."""
    text = f"ــ ــ ــ ــ\n{_ITEM_HEAD}\n{_DAY}\n{_ITEM_TEASER}\n{_BODY}\n"
    assert jm.parse_article(text).title == _ITEM_HEAD


def test_spaced_tatweel_rule_over_text_alone_is_no_title() -> None:
    """A spaced rule over running text alone gives no title (nothing headline-shaped)."""
    assert jm.parse_article(f"ــ ــ ــ\n\n{_DAY}\n\n{_ITEM_TEASER}\n{_BODY}\n").title is None


def test_stretched_headline_neg() -> None:
    """A headline stretched with tatweels is still a headline: its letters count."""
    head = "کارگاه نگارش پایان‌نامه برای دانشجویان تحصیلات تکمیلـــی برگزار می‌شود"
    text = f"{head}\n{_DAY}\n{_ITEM_TEASER}\n{_BODY}\n"
    assert jm.parse_article(text).title == head


def test_unspaced_tatweel_rule_frame_neg() -> None:
    """The unspaced rule (fix171) frames the item as before."""
    article = jm.parse_article(_framed("ــــــــــــــــ"))
    assert (article.title, "listing-page" in _codes(article)) == (_LIST_NAME, True)


# -- 2. a long verb headline over the date line, a shorter line under the date line
_DATE_TIME = "۲۰ آذر ۱۴۰۲ - ۰۹:۳۰"
_BAZAAR_HEAD = (
    "طرح بازسازی بافت تاریخی بازار قدیمی شهر یزد پس از سه سال وقفه با حضور استاندار و "
    "شهردار دوباره آغاز شد"
)
_BAZAAR_LEAD = (
    "طرح بازسازی بافت تاریخی بازار قدیمی شهر یزد که سه سال به دلیل کمبود بودجه متوقف مانده "
    "بود از امروز با حضور استاندار و شهردار دوباره آغاز شد و تا دو سال دیگر به پایان می‌رسد."
)
_BAZAAR_BODY = (
    "شهردار یزد گفت در گام نخست سقف‌های فرسوده راسته بازار زرگرها نوسازی می‌شود و "
    "مغازه‌داران در این مدت کار خود را ادامه می‌دهند."
)
_SHORT_UNDER = "بازسازی دوباره بازار تاریخی یزد"


def _dated(top: str, under: str) -> str:
    return f"{top}\n{_DATE_TIME}\n{under}\n\n{_BAZAAR_LEAD}\n\n{_BAZAAR_BODY}\n"


def test_verb_headline_over_date_line_over_shorter_verb_line() -> None:
    """The long verb headline over the date line is the title, undoubted, over a shorter line
    under the date line ending with a verb too."""
    article = jm.parse_article(_dated(_BAZAAR_HEAD, "هزینه طرح از محل عوارض شهری تامین می‌شود"))
    assert (article.title, "title-uncertain" in _codes(article)) == (_BAZAAR_HEAD, False)


def test_verb_headline_over_date_line_over_shorter_line_crlf() -> None:
    """The same in CRLF text, with a short subtitle ending with «است»."""
    text = _dated(_BAZAAR_HEAD, "بازار تا پایان کار باز است").replace("\n", "\r\n")
    assert jm.parse_article(text).title == _BAZAAR_HEAD


def test_other_item_verb_headline_over_date_line_neg() -> None:
    """Another item's verb headline over the date line, its words not the lead's: the line
    under the date line stays the title."""
    other = "نمایشگاه کتاب استان در مصلای شهر کرمان پس از دو سال دوباره برپا شد"
    assert jm.parse_article(_dated(other, _SHORT_UNDER)).title == _SHORT_UNDER


def test_section_line_over_date_line_neg() -> None:
    """A section's verbless line over the date line: the line under it stays the title."""
    assert jm.parse_article(_dated("اخبار شهری استان یزد", _SHORT_UNDER)).title == _SHORT_UNDER


def test_subtitle_over_date_line_neg() -> None:
    """fix161's own shape (the subtitle over the date line): the headline, as before."""
    text = (
        f"{_BAZAAR_HEAD}\nهزینه طرح از محل عوارض شهری تامین می‌شود\n{_DATE_TIME}\n\n"
        f"{_BAZAAR_LEAD}\n\n{_BAZAAR_BODY}\n"
    )
    assert jm.parse_article(text).title == _BAZAAR_HEAD


# -- 3. Dari and formal verb endings
_QAWS = "سه‌شنبه ۱۵ قوس ۱۴۰۱ - ۰۹:۴۵"
_RING_LEAD = (
    "ریاست فواید عامه ولایت هرات امروز کار ساخت سرک حلقوی شهر هرات را با حضور والی و "
    "مسئولان محلی به گونه رسمی آغاز کرد و این سرک در دو سال ساخته می‌شود."
)
_RING_SUB = "باشندگان شهر از این کار استقبال کردند"
_RING_STEM = (
    "کار ساخت سرک حلقوی شهر هرات با هزینه بیست میلیون دالر از بودجه انکشافی با حضور والی ولایت هرات"
)


def _ring(head: str) -> str:
    return (
        f"{head}\n{_RING_SUB}\n{_QAWS}\n\n{_RING_LEAD}\n\n"
        "مسئولان این ریاست می‌گویند کار این پروژه تا پایان سال آینده به پایان می‌رسد و صدها "
        "تن در آن کار می‌کنند.\n"
    )


def test_dari_headline_ending_gardid_over_subtitle() -> None:
    """A long headline ending «آغاز گردید» over a short subtitle: the headline, undoubted."""
    head = f"{_RING_STEM} رسماً آغاز گردید"
    article = jm.parse_article(_ring(head))
    assert (article.title, "title-uncertain" in _codes(article)) == (head, False)


def test_formal_headline_ending_nemud_over_subtitle() -> None:
    """A long headline ending «آغاز نمود» over a short subtitle: the headline, undoubted."""
    head = (
        "ریاست فواید عامه ولایت هرات کار ساخت سرک حلقوی شهر هرات را با حضور والی و بزرگان "
        "محل رسماً آغاز نمود"
    )
    article = jm.parse_article(_ring(head))
    assert (article.title, "title-uncertain" in _codes(article)) == (head, False)


def test_formal_headline_ending_gardad_over_subtitle() -> None:
    """A long headline ending «... گردد» (the present): the headline, undoubted."""
    head = f"{_RING_STEM} تکمیل گردد"
    article = jm.parse_article(_ring(head))
    assert (article.title, "title-uncertain" in _codes(article)) == (head, False)


def test_headline_ending_with_noun_in_id_or_ud_neg() -> None:
    """A long headline ending with a noun in «ید» or «ود» («تولید», «بهبود») has no verb:
    the subtitle, doubted, as before (fix155)."""
    for last in ("برای افزایش تولید", "برای بهبود", "پس از تمدید", "با وجود"):
        article = jm.parse_article(_ring(f"{_RING_STEM} {last}"))
        assert (article.title, "title-uncertain" in _codes(article)) == (_RING_SUB, True), last


# -- 4. a state's name opening an institution's masthead
_VACCINE_HEAD = "واکسیناسیون دانش‌آموزان مدارس ابتدایی استان از هفته آینده آغاز می‌شود"
_VACCINE_TEXT = (
    f"{_VACCINE_HEAD}\n۲۰ آذر ۱۴۰۲ - ۱۰:۰۰\n\n"
    "معاون بهداشتی دانشگاه علوم پزشکی کرمان گفت: واکسیناسیون دانش‌آموزان مدارس ابتدایی "
    "استان از شنبه هفته آینده در همه شهرستان‌ها آغاز می‌شود.\n\n"
    "وی افزود: والدین می‌توانند کارت واکسن فرزندان خود را همراه داشته باشند.\n"
)


def _mastheaded(masthead: str) -> jm.Article:
    return jm.parse_article(f"{masthead}\n{_VACCINE_TEXT}")


def test_masthead_opening_with_state_name_is_no_rival() -> None:
    """«جمهوری اسلامی ایران وزارت ...» over the verb headline: the headline, undoubted (in
    Persian and in Arabic yeh and kaf), and «جمهوری اسلامی افغانستان وزارت ...» alike."""
    for masthead in (
        "جمهوری اسلامی ایران وزارت بهداشت درمان و آموزش پزشکی دانشگاه علوم پزشکی و خدمات "
        "بهداشتی درمانی استان کرمان",
        "جمهوري اسلامي ايران وزارت بهداشت درمان و آموزش پزشكي دانشگاه علوم پزشكي و خدمات "
        "بهداشتي درماني استان كرمان",
        "جمهوری اسلامی افغانستان وزارت صحت عامه ریاست صحت عامه استان کندهار آمریت اطلاعات "
        "و ارتباط عامه",
        "امارت اسلامی افغانستان وزارت صحت عامه ریاست صحت عامه استان کندهار آمریت اطلاعات "
        "و ارتباط عامه",
    ):
        article = _mastheaded(masthead)
        assert (article.title, "title-uncertain" in _codes(article)) == (_VACCINE_HEAD, False)


def test_state_name_then_no_institution_word_neg() -> None:
    """The state's name, then no organisation's word (a slogan): doubted, as before."""
    article = _mastheaded(
        "جمهوری اسلامی ایران سرزمین فرهنگ و تمدن کهن و میراث جاودان مردمان نجیب و سخت‌کوش "
        "استان کرمان"
    )
    assert (article.title, "title-uncertain" in _codes(article)) == (_VACCINE_HEAD, True)


# -- 5. a teaser cut « […]» on a tag page of one item
_ARTS = "فرهنگ و هنر شهرستان"
_PLAY_HEAD = "جشنواره تئاتر خیابانی شهرستان با اجرای ده گروه جوان به پایان رسید"
_PLAY_TEASER = (
    "دبیر جشنواره گفت ده گروه نمایشی از شهرهای استان در پنج روز جشنواره در میدان‌ها و "
    "پارک‌های شهر برای مردم اجرا کردند و داوران سه گروه را برگزیدند"
)
_PLAY_MORE = (
    "رئیس اداره فرهنگ و ارشاد اسلامی شهرستان در آیین پایانی از همه گروه‌ها و مردمی که به "
    "تماشای نمایش‌ها آمدند قدردانی کرد و گفت جشنواره سال آینده بزرگ‌تر برگزار می‌شود."
)


def _play_page(cut: str, tail: str) -> str:
    return f"{_ARTS}\n\n{_PLAY_HEAD}\n\n{_DAY}\n\n{_PLAY_TEASER}{cut}\n\n{tail}"


def test_markdown_tag_page_teaser_cut_bracketed_ellipsis() -> None:
    """A Markdown tag page: name, linked headline, day, teaser cut « […]», widgets'
    headings: the list's name with ``listing-page``, no date published."""
    text = (
        f"## {_ARTS}\n\n### [{_PLAY_HEAD}](https://farhang.example.ir/news/881/teatr)\n\n"
        f"{_DAY}\n\n{_PLAY_TEASER} […]\n\n#### آخرین مطالب\n\n#### پربیننده‌ها\n"
    )
    article = jm.parse_article(text)
    assert (article.title, "listing-page" in _codes(article), article.published) == (
        _ARTS,
        True,
        None,
    )


def test_plain_tag_page_teaser_cut_bracketed_dots() -> None:
    """The same in plain text with « [...]»."""
    article = jm.parse_article(_play_page(" [...]", "آخرین مطالب\n\nپربیننده‌ها\n"))
    assert (article.title, "listing-page" in _codes(article), article.published) == (
        _ARTS,
        True,
        None,
    )


def test_bracket_cut_lead_text_goes_on_neg() -> None:
    """The text goes on under the cut lead: an article, the headline and its day."""
    article = jm.parse_article(_play_page(" […]", f"{_PLAY_MORE}\n\n{_PLAY_MORE}\n"))
    assert (article.title, article.published is not None) == (_PLAY_HEAD, True)


# -- 6. a framed three-word headline opening with a person's title word
_FACULTY_FRAME = ".: دانشکده علوم انسانی :."
_TEACHER_MORE = "وی سی سال است که در این دانشکده درس می‌دهد و ده کتاب درسی نوشته است."


def _framed_page(line: str, lead: str) -> str:
    return f"{_FACULTY_FRAME}\n\n{line}\n{_DAY}\n\n{lead}\n\n{_TEACHER_MORE}\n"


def test_framed_headline_opening_with_ostad_told_by_lead() -> None:
    """«استاد برگزیده کشوری» under the frame, the lead telling it: the headline."""
    lead = (
        "خانم زهرا کریمی عضو هیئت علمی گروه تاریخ دانشکده امسال استاد برگزیده کشوری شد و "
        "جایزه خود را در تهران گرفت."
    )
    article = jm.parse_article(_framed_page("استاد برگزیده کشوری", lead))
    assert (article.title, "title-uncertain" in _codes(article)) == ("استاد برگزیده کشوری", False)


def test_framed_headline_opening_with_rais_told_by_lead() -> None:
    """«رئیس جدید دانشکده» under the frame, the lead telling it: the headline."""
    lead = (
        "با حکم رئیس دانشگاه خانم زهرا کریمی عضو هیئت علمی گروه تاریخ رئیس جدید دانشکده شد "
        "و از هفته آینده کار خود را آغاز می‌کند."
    )
    article = jm.parse_article(_framed_page("رئیس جدید دانشکده", lead))
    assert article.title == "رئیس جدید دانشکده"


def test_framed_title_over_author_neg() -> None:
    """«دکتر زهرا کریمی» (a title and a given name) under the frame: no headline, the
    frame's name doubted, as before."""
    lead = (
        "خانم زهرا کریمی عضو هیئت علمی گروه تاریخ دانشکده امسال استاد برگزیده کشوری شد و "
        "جایزه خود را در تهران گرفت."
    )
    article = jm.parse_article(_framed_page("دکتر زهرا کریمی", lead))
    assert (article.title, "title-uncertain" in _codes(article)) == ("دانشکده علوم انسانی", True)


def test_framed_title_word_line_partly_told_neg() -> None:
    """«استاد برگزیده دانشکده», the lead telling two of its words: as before."""
    lead = (
        "خانم زهرا کریمی عضو هیئت علمی گروه تاریخ امسال استاد نمونه کشوری شد و جایزه خود را "
        "در تهران گرفت."
    )
    article = jm.parse_article(_framed_page("استاد برگزیده دانشکده", lead))
    assert (article.title, "title-uncertain" in _codes(article)) == ("دانشکده علوم انسانی", True)


# -- 7. a name printed thrice over a title printed twice over the date line, no running text
_DIARY = "دفترچه خاطرات مریم"
_TRIP = "سفر به ماسوله"


def test_name_thrice_title_twice_date_line_no_text() -> None:
    """NAME x3 / TITLE x2 / DATE: the title, doubted; the day is read."""
    for text in (
        f"{_DIARY}\n{_DIARY}\n\n{_DIARY}\n\n{_TRIP}\n\n{_TRIP}\n\n{_DAY}\n",
        f"{_DIARY}\r\n{_DIARY}\r\n{_DIARY}\r\n{_TRIP}\r\n{_TRIP}\r\n{_DAY}\r\n",
    ):
        article = jm.parse_article(text)
        assert article.published is not None
        assert (article.title, "title-uncertain" in _codes(article)) == (_TRIP, True)


def test_name_twice_title_twice_date_line_neg() -> None:
    """The name printed twice only: the first line, as before."""
    text = f"{_DIARY}\n\n{_DIARY}\n\n{_TRIP}\n\n{_TRIP}\n\n{_DAY}\n"
    assert jm.parse_article(text).title == _DIARY


def test_name_thrice_title_twice_no_date_line_neg() -> None:
    """No date line under the title printed twice: the first line, as before."""
    text = f"{_DIARY}\n{_DIARY}\n{_DIARY}\n{_TRIP}\n{_TRIP}\n"
    assert jm.parse_article(text).title == _DIARY
