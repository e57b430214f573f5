"""mut41: the forty-first mutation round's tests (benchmarks/hand_mutants_41.py, fix192,
fix193, the lead's mends).

Each test kills a mutant that survived the rules' own tests (docs/reliability.md, "The
forty-first round: fix192-fix193 under mutation"): a page of the rule's shape where the
mutant gives a different, wrong record. Every test passes on main 014dcfad. The pages'
layouts are the real pages' the rules were made for (named at each group); the sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


_BODY = (
    "به گزارش خبرنگار ما، کار لایروبی قنات های قدیمی دشت از ابتدای پاییز آغاز شده و "
    "کارشناسان امیدوارند تا پایان زمستان آب بیشتری به باغ های روستاهای اطراف برسد.\n\n"
    "رئیس اداره منابع آب شهرستان گفت: هزینه این طرح از محل اعتبارات استانی پرداخت شده "
    "است و کشاورزان نیز با کار داوطلبانه در آن شریک هستند.\n"
)


# -- fix192: a year-and-issue line is a whole line (rrk.ir's ruling page, real59 #18) ------------
def test_headline_opening_with_a_year_and_an_issue_stays_the_title() -> None:
    """Mutant 3: «سال ... شماره N» followed by a headline's words on the same line is no
    issue line (the pattern holds the whole line): the headline stays the title."""
    head = "سال هشتاد و دو شماره ۱۴۲۰ مجله دانش آموز با ویژه نامه نوروزی منتشر شد"
    assert jm.parse_article(f"{head}\n\n{_BODY}").title == head


# -- fix192: a blog's name and motto printed twice (BlogSky, real59 #22 and #03) ---------------
_POST = "لایروبی قنات های قدیمی دشت پیش از بارش های زمستانی"


def _blog(name: str, under: str, post: str = _POST) -> str:
    header = f"{name}\n\nیادداشت های کشاورزی و آب از دشت های استان\n\n"
    return f"{header}{header}{under}\n\n{post}\n\n{_BODY}"


def test_three_word_blog_name_and_motto_printed_twice_leave_the_post() -> None:
    """Mutant 9: a name of three words (BLOG_NAME_WORDS) over its motto, the pair printed
    twice: the masthead; the post's title is the title, never the motto."""
    article = jm.parse_article(_blog("کاریز دشت سبز", "اخبار کشاورزی استان"))
    assert article.title == _POST


def test_line_under_name_and_motto_twice_that_names_no_section_neg() -> None:
    """Mutant 12: a short line under the masthead that is no section's name («یادداشت های
    من») is not taken into the masthead: the post's title under it is not doubted."""
    article = jm.parse_article(_blog("کاریز", "یادداشت های من"))
    assert article.title == _POST
    assert "title-uncertain" not in _codes(article)


def test_post_printed_twice_with_a_closing_period_under_name_and_motto() -> None:
    """Mutant 15: under a name and motto printed twice the post's title printed twice, the
    second print with a closing period, is the post's own: not doubted."""
    header = "کاریز\n\nیادداشت های کشاورزی و آب از دشت های استان\n\n"
    article = jm.parse_article(f"{header}{header}{_POST}\n\n{_POST}.\n\n{_BODY}")
    assert article.title == _POST
    assert "title-uncertain" not in _codes(article)


def test_post_printed_twice_under_a_name_printed_twice_masthead_is_doubted() -> None:
    """Mutant 14: fix190's masthead (the name, the name again, the description) printed
    twice, then a line printed twice: a post's or a month archive's first item's, doubted
    as fix190 says; the name-and-motto exception (two distinct lines) does not apply."""
    header = "کاریز\n\nکاریز\n\nیادداشت های کشاورزی و آب از دشت های استان\n\n"
    article = jm.parse_article(f"{header}{header}{_POST}\n\n{_POST}\n\n{_BODY}")
    assert article.title == _POST
    assert "title-uncertain" in _codes(article)


def test_five_line_block_printed_twice_is_no_masthead_neg() -> None:
    """Mutant 43: a block of five lines printed twice (more than MASTHEAD_BLOCK_LINES): not
    the masthead rule's; the post under it is the title, undoubted."""
    block = "کاریز\n\nکاریز\n\nگزارش های آب دشت\n\nنوشته های تازه\n\nآرشیو ماهانه\n\n"
    article = jm.parse_article(f"{block}{block}{_POST}\n\n{_BODY}")
    assert article.title == _POST
    assert "title-uncertain" not in _codes(article)


# -- fix192: «A - A | SITE» (shirvan.nkj.ir, real59 #21) -----------------------------------------
def test_title_whose_second_part_lengthens_the_first_is_no_echo_neg() -> None:
    """Mutant 18: «A - A در پاییز امسال | SITE»: the part after the dash is not A again (it
    goes on), so the line is no echo and A alone is not taken."""
    head = "لایروبی قنات های قدیمی دشت"
    line = f"{head} - {head} در پاییز امسال | اداره منابع آب شهرستان"
    assert jm.parse_article(f"{line}\nباسمه تعالی\n{_BODY}").title != head


# -- fix192: ?partid=SECTION&indexid=ITEM (shirvan.nkj.ir, real59 #21) ---------------------------
def test_part_and_index_read_only_as_two_numbers() -> None:
    """Mutants 20 and 21: «indexid» is read only beside a numeric «partid» and with no
    leading zero."""
    site = "http://water.example.ir/"
    assert jm.parse_article(_BODY, url=f"{site}?partid=news&indexid=3307").number is None
    assert jm.parse_article(_BODY, url=f"{site}?partid=48&indexid=0330").number is None
    assert jm.parse_article(_BODY, url=f"{site}?partid=48&indexid=3307").number == "3307"


# -- fix192: a theme's widget label (payamekhabar.ir, real59 #09) -------------------------------
def test_bottom_header_widget_label_is_no_title() -> None:
    """Mutant 25: «هدر پایین» (a theme's bottom-header widget label) is chrome, never the
    title."""
    assert jm.parse_article(f"هدر پایین\n\n{_BODY}").title != "هدر پایین"


# -- fix193: the daily box ends before the page's headline (Mehr's flattened page, real58 #07) --
_HEAD = "لایروبی قنات های قدیمی دشت آغاز شد"
_LEAD = (
    "مدیر منابع آب شهرستان از آغاز لایروبی قنات های قدیمی دشت با کمک کشاورزان در هفته "
    "گذشته خبر داد."
)
_TAIL = (
    "۱۸ آبان ۱۴۰۲\nکد خبر: ۷۷۳۱۰\nعکس: قنات قدیمی\n"
    "قنات های دشت بیش از سیصد سال قدمت دارند و هنوز آب بسیاری از باغ ها را تامین می کنند.\n"
)
_VERSE = "آب را گل نکنیم در فرودست انگار کفتری می خورد آب از آن پایین"


def _flat(lines: str) -> str:
    return f"جامعه\nآب و کشاورزی\nپیام‌نما\n{lines}{_LEAD}\n{_TAIL}"


def test_daily_box_ends_before_a_headline_right_under_its_verse() -> None:
    """Mutant 28: the box's verse (shorter than a long one), then the headline its lead
    retells, no kicker, no blank line: the box ends before the headline."""
    assert jm.parse_article(_flat(f"{_VERSE}\n{_HEAD}\n")).title == _HEAD


def test_daily_box_ends_before_the_kicker_of_its_headline() -> None:
    """Mutant 29: the verse, a kicker, the headline, the lead: the box ends before the
    kicker, which is the article's line, not the box's."""
    kicker = "مدیر منابع آب شهرستان خبر داد"
    article = jm.parse_article(_flat(f"{_VERSE}\n{kicker}\n{_HEAD}\n"))
    assert article.title == _HEAD
    assert (kicker, "widget") not in {(item.text, item.reason) for item in article.ignored}


def test_daily_box_ends_before_a_headline_sharing_two_words_with_its_lead() -> None:
    """Mutant 30: a headline sharing exactly two content words (DAILY_BOX_RETOLD_WORDS) with
    its lead ends the box."""
    head = "آغاز لایروبی قنات قدیمی روستا"
    lead = "مدیر منابع آب شهرستان از لایروبی قنات با کمک کشاورزان در هفته گذشته خبر داد."
    text = f"جامعه\nآب و کشاورزی\nپیام‌نما\nصبر تلخ است\n{head}\n{lead}\n{_TAIL}"
    assert jm.parse_article(text).title == head


# -- fix193: a saying kicker over its header lines (jamejamonline.ir's tag page, real57 #16) ----
def test_saying_kicker_over_a_date_line_and_a_byline_is_doubted() -> None:
    """Mutant 34: the kicker over a date line and a byline (two header lines,
    KICKER_HEADER_LINES) over the lead: doubted."""
    kicker = "رئیس اداره منابع آب اعلام کرد"
    lead = (
        "رئیس اداره منابع آب شهرستان با اشاره به کم آبی سال های اخیر گفت که لایروبی همه "
        "قنات های دشت تا پایان زمستان به پایان خواهد رسید."
    )
    article = jm.parse_article(f"{kicker}\n۱۸ آبان ۱۴۰۲\nخبرنگار: مریم سلامی\n{lead}\n")
    assert "title-uncertain" in _codes(article)


# -- fix193: the motto rule steps over header lines (a county's news page, fix189) ---------------
def test_motto_twice_under_four_header_lines() -> None:
    """Mutant 36: date, time, code and byline lines between the headline and its lead (three
    stepped over, MOTTO_HEADER_LINES, and one looked at): the headline, not the motto."""
    head = "لایروبی قنات های قدیمی دشت با کمک کشاورزان آغاز شد"
    text = (
        f"{head}\n۱۸ آبان ۱۴۰۲\nساعت: ۱۰:۱۵\nکد خبر: ۷۷۳۱۰\nخبرنگار: مریم سلامی\n"
        "لایروبی قنات های قدیمی دشت با کمک کشاورزان و اداره منابع آب آغاز شد.\n"
        "آب مایه آبادی\nمدیر اداره در پایان این جمله را بر دیوار دفتر نوشت.\n"
        "آب مایه آبادی\nکار در روستای بالا هم از ماه آینده آغاز خواهد شد.\n"
    )
    assert jm.parse_article(text).title == head


# -- the lead's mend: one list of archive words (tests/pages 1986; fix185, fix180) --------------
_TAG = "قنات های تاریخی استان"
_EXCERPT = (
    "*رضا کامرانی: قنات های تاریخی استان هر سال گردشگران بسیاری را به روستاهای کویری "
    "می کشانند و مردم محلی برای نگهداری آن ها گروه های داوطلب ساخته اند و ..."
)


def test_archive_labels_with_each_archive_word_name_their_list() -> None:
    """Mutants 41 and 42: «ارشیو برچسب : NAME» (the misspelling) and «آرشیو برچسب : NAME»
    over one item give NAME, the list's name."""
    for word in ("ارشیو", "آرشیو"):
        text = f"{word} برچسب : {_TAG}\n\n{_TAG}\n\n{_EXCERPT}\n\nادامه مطلب »\n"
        assert jm.parse_article(text).title == _TAG, word


def test_motto_twice_round_a_sentence_sharing_one_word_with_it() -> None:
    """Mutant 45: the sentence between the motto's copies shares one content word with it
    (fewer than MOTTO_SHARED_WORDS): still a motto round the sentences, the headline over
    its date and time lines the title."""
    head = "لایروبی قنات های قدیمی دشت با کمک کشاورزان آغاز شد"
    text = (
        f"{head}\n۱۸ آبان ۱۴۰۲\nساعت: ۱۰:۱۵\n"
        "لایروبی قنات های قدیمی دشت با کمک کشاورزان و اداره منابع آب آغاز شد.\n"
        "کاریز مایه آبادی\nمدیر اداره در پایان سخنانش از کاریز به عنوان سرمایه همیشگی مردم "
        "یاد کرد.\nکاریز مایه آبادی\nکار در روستای بالا هم از ماه آینده آغاز خواهد شد.\n"
    )
    assert jm.parse_article(text).title == head


def test_headline_and_subtitle_printed_twice_over_a_short_lead_neg() -> None:
    """Mutant 10: a short headline and its subtitle printed twice, then a lead of eleven
    words (a paragraph, no post title): no blog masthead (a paragraph is no post's title
    line); the title is one of the pair, as over a long lead (tests/test_fix192.py)."""
    headline, subtitle = "سیلاب در دشت", "جاده های روستایی دشت تا فردا بسته می ماند"
    pair = f"{headline}\n\n{subtitle}\n\n"
    lead = "سیلاب دیشب پل ورودی سه روستای دشت را با خود برد."
    article = jm.parse_article(f"{pair}{pair}{lead}\n\n{_BODY}")
    assert article.title in (headline, subtitle)


def test_one_word_echo_is_no_headline() -> None:
    """Mutant 17: «اخبار - اخبار - SITE» (a section's <title> echoing one word, fewer than
    DOUBLED_TITLE_WORDS) is no headline echoed: the one word is never the title, undoubted."""
    article = jm.parse_article(f"اخبار - اخبار - اداره منابع آب شهرستان\n\n{_BODY}")
    assert article.title is None or "title-uncertain" in _codes(article)
