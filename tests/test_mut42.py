"""mut42: the forty-second mutation round's tests (benchmarks/hand_mutants_42.py, fix194-fix203,
real60 and real61).

Each test kills a mutant that survived the rules' own tests (docs/reliability.md, "The
forty-second round: fix194-fix203 under mutation"): a page of the rule's shape where the
mutant gives a different, wrong record. Every test passes on main 4ef50992. The pages'
layouts are the real pages' the rules were made for (named at each group); the sentences are
written for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


def _doubted(article: jm.Article) -> bool:
    return article.title is None or "title-uncertain" in _codes(article)


# -- fix194: the title's doubts decided in one place (_title.title_doubts) ------------------------
# Layout: trafilatura's front matter over an extracted text (tests/test_extracted.py's header).
_FAIR = (
    "به گزارش خبرنگار ما، نمایشگاه کتاب استان از فردا در محل دائمی نمایشگاه ها برپا می شود و "
    "تا یک هفته ادامه دارد.\n"
)


def test_short_front_matter_title_printed_nowhere_is_doubted() -> None:
    """Mutant 0: a front matter's title of two words that the text never prints (a site's
    <title>, often its name alone) is the title, doubted."""
    article = jm.parse_article("---\ntitle: کتابخانه مرکزی\nhostname: lib.example\n---\n" + _FAIR)
    assert article.title == "کتابخانه مرکزی"
    assert "title-uncertain" in _codes(article)


# Layout: a university library's membership page (real38 #14) kept as Markdown: two sections
# opened by ``**``, each over its list's items, no heading of the page's own.
_MEMBERSHIP = (
    "**عضویت دانشجویان**\n\n* ارائه کارت دانشجویی معتبر\n* پرداخت هزینه سالانه عضویت\n\n"
    "**عضویت کارکنان و استادان**\n\n* ارائه حکم کارگزینی\n* معرفی نامه از دانشکده\n"
)


def test_markdown_strong_sections_over_lists_give_no_title() -> None:
    """Mutant 1: the doubts read the caller's text, not the copy with Markdown's marks blanked:
    the first of two ``**`` sections over their lists is no headline (no title, doubted)."""
    for page in (_MEMBERSHIP, _MEMBERSHIP.replace("\n\n* ", "\n- ").replace("\n* ", "\n- ")):
        article = jm.parse_article(page)
        assert article.title is None, page
        assert "title-uncertain" in _codes(article)


# Layout: Blogger's day page (tests/test_fix189.py): a date header, two posts each under its own
# «<h3 class="post-title entry-title">», no <h1>.
def _blog_day(*posts: tuple[str, str]) -> str:
    body = "".join(
        f'<div class="post hentry"><h3 class="post-title entry-title">{head}</h3>'
        f'<div class="post-body entry-content">{text}</div></div>'
        for head, text in posts
    )
    return (
        '<!DOCTYPE html><html dir="rtl"><head><meta charset="UTF-8"><title>kariz</title>'
        '</head><body><div class="date-outer"><h2 class="date-header"><span>۱۳۹۶ آبان ۲۰, شنبه'
        f"</span></h2>{body}</div></body></html>"
    )


def test_two_post_title_headings_doubt_the_title_of_an_html_page() -> None:
    """Mutant 3: two posts under their own post-title headings: the page lists posts, no one
    line names it (title-uncertain)."""
    page = _blog_day(
        ("قنات پیر", "آب قنات امسال کم شد<br />و کشاورزان نگران شدند<br />چه کسی لایروبی می کند؟"),
        ("برف کوه", "برف دیشب روی کوه نشست"),
    )
    assert _doubted(jm.parse_html(page))


# -- fix195: a run of headlines of five counted words (vatanshahr.ir's category page) ----------
_RUN = (
    "نوسازی بافت فرسوده محله سیروس آغاز شد",
    "جشنواره بازی های محلی برگزار شد",
    "ساخت سه پل عابر پیاده آغاز شد",
    "بازارچه محصولات خانگی بانوان گشایش یافت",
    "کلاس های تابستانی فرهنگسراها تمدید شد",
)
_RUN_TEASERS = (
    "شهردار منطقه گفت: در مرحله دوم طرح نوسازی محله سیروس چهل پلاک فرسوده تجمیع و بازسازی می شود.",
    "جشنواره بازی های محلی با حضور خانواده ها و گروه های نمایشی در بوستان ولایت برگزار شد و "
    "تا پایان هفته ادامه دارد.",
    "معاون فنی منطقه از آغاز ساخت سه پل عابر پیاده در نقاط پرتردد بزرگراه خبر داد.",
    "بازارچه محصولات خانگی بانوان با شصت غرفه صنایع دستی و خوراکی در سرای محله گشایش یافت.",
    "مهلت ثبت نام در کلاس های هنری و ورزشی فرهنگسراهای شهر تا پایان تیرماه تمدید شد.",
)


def test_run_of_five_word_headlines_opening_the_page_is_doubted() -> None:
    """Mutant 7: five headlines of five to seven words (a detached «های» counted with its
    noun), one under the other, over their teasers: a list's items, the title doubted."""
    assert _doubted(jm.parse_article("\n".join(_RUN + _RUN_TEASERS) + "\n"))


# -- fix196: a run-on lead of exactly fifteen counted words (samanealborz.ir, tests/pages 2018)
_REST = (
    "۱۲ دی ۱۴۰۲\n"
    "به گفته وی ظرفیت اقامتگاه های بوم گردی استان در دو سال گذشته دو برابر شده و بیشتر آنها "
    "در روستاهای کوهستانی قرار دارند.\n"
    "ثبت نام گردشگران از هفته آینده در سامانه استان آغاز می شود.\n"
)


def test_run_on_lead_of_fifteen_words_is_doubted() -> None:
    """Mutant 10: «ضمن» and a verbal noun in fifteen counted words, no mark: RUN_ON_LEAD_WORDS
    reached, a lead printed with no headline, doubted."""
    lead = "مدیرکل راهداری استان ضمن تشریح برنامه زمستانی از آماده باش گروه برف روبی خبر داد"
    assert _doubted(jm.parse_article(f"{lead}\n{_REST}"))


# -- fix196: the lone «1» counter (payam-aftab.com, real59 #16; attacks63) ----------------------
_SCHOOLS = "بازگشایی مکتب دختران در ولسوالی های شمال بلخ"


def test_lone_counter_and_a_later_two_over_no_dated_headline_neg() -> None:
    """Mutant 12: a lone «1» over the headline and its labelled date line, and further down a
    «2» (a like count) over lines that are no dated headline: the «1» is a counter, the
    headline stays the title, undoubted."""
    page = (
        f"1\n{_SCHOOLS}\nتاریخ انتشار : ۲۰ ثور ۱۴۰۲\n"
        "مکتب دختران در سه ولسوالی شمال ولایت بلخ پس از ترمیم صنف ها امروز دوباره باز شد و "
        "صدها شاگرد به درس برگشتند.\n"
        "مسئولان معارف گفتند کتاب های درسی تازه هفته آینده توزیع می شود.\n2\nپسندیدم\n"
        "نظرات خوانندگان\nهنوز نظری برای این مطلب ثبت نشده است.\n"
    )
    article = jm.parse_article(page)
    assert article.title == _SCHOOLS
    assert "title-uncertain" not in _codes(article)


# -- fix199: a news section's name with the site's two words (attack64, after tests/pages 1020)
def test_section_name_with_two_words_of_the_sites_name_is_doubted() -> None:
    """Mutant 25: «اخبار و رویدادهای دانشگاه هنر», the section's name and two words naming the
    site (NEWS_SECTION_OWNER_WORDS): a list's name, doubted; three words go on as a story's."""
    statement = (
        "\n\nمعاونت فرهنگی دانشگاه اعلام کرد جشنواره تئاتر دانشجویی امسال در تالار اصلی برگزار "
        "می شود و گروه های نمایشی باید تا پایان ماه آثار خود را از طریق سامانه ثبت کنند.\n\n"
        "داوری آثار در دو مرحله انجام خواهد شد.\n"
    )
    article = jm.parse_article(f"اخبار و رویدادهای دانشگاه هنر\n\n۱۲ دی ۱۴۰۲{statement}")
    assert "title-uncertain" in _codes(article)


# -- fix199: a views counter is no shorter headline in a run (titles7's post page) ------------
def test_views_counter_between_a_headline_and_its_glued_print_neg() -> None:
    """Mutant 28: «مشاهده : 245» between the headline and its second print (its category
    glued on) has no content word of letters: no shorter headline of a run, the headline
    stays undoubted."""
    head = "راهنمای نگهداری گلدان های آپارتمانی در زمستان"
    cut = "گیاهان آپارتمانی در زمستان نور کمتری می گیرند و آبیاری زیاد ریشه آن ها را در فصل سرد"
    body = (
        "این نوشته چند روش ساده برای نگهداری گیاهان در روزهای کوتاه سال پیشنهاد می کند و "
        "نمونه هایی هم می آورد.\nروش نخست کم کردن آب و گذاشتن گلدان کنار پنجره رو به جنوب است.\n"
    )
    page = (
        f"{head}\nمشاهده : 245\n{head} خانه و باغچه\n{cut} می پوساند […]\n{cut}\nمی پوساند.\n{body}"
    )
    article = jm.parse_article(page)
    assert article.title == head
    assert "title-uncertain" not in _codes(article)


# -- fix201: «دفتر» over what a notebook holds is a blog's tagline (tests/test_fix53.py) -------
def test_notebook_tagline_does_not_make_the_blog_name_the_title() -> None:
    """Mutant 34: «دفتر خاطرات NAME» under a blog's name is its tagline, no institution: the
    blog's name above it is not made the post's title (the page stays doubted)."""
    date_line = "ساعت ۹:۴۰ ق.ظ روز جمعه ۱۴ آبان ۱۳۸۹  کلمات کلیدی:"
    body = (
        "دیروز عصر با پدربزرگ به باغ قدیمی کنار رودخانه رفتیم و او از سال هایی گفت که همه اهل "
        "روستا برای چیدن انار دور هم جمع می شدند و تا شب کار می کردند."
    )
    for tagline in ("دفتر خاطرات مریم صالحی", "دفتر یادداشت های یک معلم"):
        page = f"کوچه انار\n\n{tagline}\n\nعصر پاییزی\n{date_line}\n\n{body}\n"
        article = jm.parse_article(page)
        assert article.title != "کوچه انار", tagline
        assert _doubted(article)


# -- fix202: day lines without a weekday head a news list's items, not a blog's posts --------
def test_headlines_over_date_lines_naming_no_weekday_keep_the_first_item() -> None:
    """Mutant 35: headline / «۱۲ اسفند ۱۴۰۲» / lead, then another headline over an older
    date line with no weekday (fix105's day archive): main's reading, the first headline and
    its day with published-conflict, not a blog's posts under day lines."""
    first = "شورای شهر بودجه سال آینده شهر را بررسی کرد"
    page = (
        f"{first}\n\n۱۲ اسفند ۱۴۰۲\n\n"
        "به گزارش خبرنگار ما، نشست شورای شهر با حضور اعضای هیئت رئیسه و مدیران مناطق برگزار "
        "شد و در آن درباره بودجه سال آینده گفت و گو شد.\n\n"
        "رئیس شورا گفت بررسی لایحه بودجه تا پایان ماه آینده ادامه خواهد داشت و نتیجه آن اعلام "
        "می شود.\n\n"
        "جشنواره سیب زمینی در روستای کوخرد برپا شد\n\n۱۰ اسفند ۱۴۰۲\n\n"
        "نخستین جشنواره سیب زمینی کوخرد با برپایی غرفه های کشاورزان در میدان اصلی روستا "
        "برگزار شد و تا پایان هفته ادامه دارد.\n"
    )
    article = jm.parse_article(page)
    assert article.title == first
    assert article.published is not None
    assert article.published.jalali_date == (1402, 12, 12)
    assert "published-conflict" in _codes(article)


# -- fix202: a couplet under a label of three words (socialwork.ir, real61 #22) ----------------
def test_couplet_under_a_three_word_label_is_doubted() -> None:
    """Mutant 36: a label of three words (more than COUPLET_KICKER_WORDS) over a rhyming
    couplet over the message: the couplet's second line is no title, doubted."""
    message = (
        "                 روز معلم فرصتی است تا از تلاش آموزگارانی که در سخت ترین شرایط در "
        "روستاهای دور درس داده اند قدردانی کنیم و یاد آنان را گرامی بداریم."
    )
    page = (
        "روز معلم گرامی باد\n\nبسمه تعالی\nپیام مدیر مدرسه\n"
        f"هر که آموخت حرفی از استاد\nنام او را همیشه دارد یاد\n{message}\n"
    )
    assert _doubted(jm.parse_article(page))


# -- fix197's mend: a slash parts an archive label from its name (blog.sfile.ir's tag page) ---
def test_tag_label_and_slash_over_a_name_ending_with_a_verb_names_the_list() -> None:
    """Mutant 38: «برچسب / NAME» with NAME ending with a verb: the slash parts label and name,
    so no archiving headline: the list's name NAME, listing-page."""
    name = "مرمت بناهای تاریخی بلخ از ماه آینده آغاز می شود"
    article = jm.parse_article(f"برچسب / {name}\n")
    assert article.title == name
    assert "listing-page" in _codes(article)


# -- real60: a question under a site's name bar (way2pay.ir, real60 #21) ---------------------
_QUESTION = "چرا باید کارت های هدیه کاغذی از بازار پرداخت کشور جمع شوند؟"
_PAYMENT = (
    "نویسنده این یادداشت، کارشناس صنعت بانکداری؛ در ماه های اخیر گزارش های متعددی درباره "
    "سوءاستفاده از کارت های هدیه کاغذی منتشر شده و بانک ها هنوز برای جمع آوری آنها برنامه "
    "روشنی اعلام نکرده اند.\n\n"
    "کارت هدیه کاغذی در سال های گذشته راهی ساده برای هدیه دادن پول بود، اما امروز با وجود "
    "ابزارهای تازه، نگهداری آن برای بانک ها هزینه زیادی دارد و خطر جعل را هم بالا می برد.\n"
)


def test_four_word_headline_naming_the_question_under_a_name_stays_neg() -> None:
    """Mutant 41: under the site's name a line of four words naming the question's subject
    (more than a blog's name, sharing its content words) is the headline, no motto: the
    question is the lead's opening line, and the headline the title (main's reading)."""
    headline = "پایان کارت های هدیه کاغذی"
    for top in (headline, f"مسیر پول\n{headline}"):
        article = jm.parse_article(f"{top}\n\n{_QUESTION}\n\n{_PAYMENT}")
        assert article.title == headline, top


# -- real60: the year's name by today's date (ahwaz.irib.ir, real60 #25) --------------------
def test_jahesh_tolid_by_todays_date_is_a_banner() -> None:
    """Mutant 45: «جهش تولید», the year 1399's name, before today's date in the top bar: a
    visit's banner, no published date."""
    headline = "آغاز ثبت نام دوره های آموزشی مهارت های فنی بانوان"
    body = (
        "به گزارش خبرنگار ما، ثبت نام دوره های آموزشی مهارت های فنی ویژه بانوان در مرکز آموزش "
        "شهرستان آغاز شده و علاقه مندان تا پایان ماه فرصت دارند.\n\n"
        "مدیر مرکز گفت: این دوره ها رایگان است و گواهی معتبر دارد.\n"
    )
    for bar in ("جهش تولید | یکشنبه، ۱۷ اسفند ۱۳۹۹", "جهش تولید - یکشنبه ۱۷ اسفند ۱۳۹۹"):
        article = jm.parse_article(f"{bar}\n\n{headline}\n\n{body}")
        assert article.published is None, bar
        assert article.title == headline
