"""fix258: what blind91 found (tests/pages 2390-2408). A vBulletin post icon's alt text
glued before the post's title («Icon90 TITLE», sport.harferooz.com, 2396); a WordPress
theme's date printed twice in curly quotes after the category's link (22online.ir,
2390/2391); a by-law's «تاریخ سند» (shora.mashhad.ir, 2401); a vBSEO thread number past any
year (2396/2397); a page's AMP view after its «-h<ID>.html» file name (gazetehollywood.com,
2404). Sentences are ours."""

from __future__ import annotations

from jalali_meta import parse_article

HEADLINE = "برگزاری مسابقه کتاب‌خوانی دانش‌آموزان روستایی در کتابخانه شهر"
BODY = (
    "به گزارش خبرنگار ما، نخستین مسابقه کتاب‌خوانی ویژه دانش‌آموزان روستاهای اطراف "
    "با حضور معلمان و خانواده‌ها در سالن کتابخانه عمومی برگزار شد.\n\n"
    "مسئول کتابخانه گفت: برندگان این مسابقه در هفته آینده جوایز خود را دریافت می‌کنند و "
    "دور دوم مسابقه در بهار سال آینده برگزار خواهد شد."
)

# A vBulletin 3 thread's first post as text extraction keeps it (the layout of
# sport.harferooz.com's thread pages; the user and the post are ours).
_POST_HEADER = (
    "قدیمی 16-02-2011, 10:15 PM   #1\n"
    "reza_kitab\n"
    "(کاربر فعال)\n"
    " \n"
    "reza_kitab آواتار ها\n"
    " \n"
    "تاریخ عضویت: Nov 2010\n"
    "نوشته ها: 41\n"
)
POST_TITLE = "معرفی چند کتاب خوب برای شروع شطرنج"


def _post(title_line: str) -> str:
    return f"{_POST_HEADER}{title_line}\n\n\n\n{BODY}\n"


def test_post_icon_alt_before_a_post_title_is_cut() -> None:
    article = parse_article(_post(f"Icon14 {POST_TITLE}"))
    assert article.title == POST_TITLE
    assert article.published is not None
    assert article.published.gregorian.isoformat()[:16] == "2011-02-16T22:15"


def test_post_icon_alt_cut_with_three_digits() -> None:
    article = parse_article(_post(f"Icon105 {POST_TITLE}"))
    assert article.title == POST_TITLE


def test_latin_word_with_digits_not_an_icon_stays() -> None:
    # Near miss: «iPhone15» is a product's name, part of the headline (not «Icon» and digits).
    title = "iPhone15 در بازار ایران با قیمت تازه عرضه شد"
    article = parse_article(_post(title))
    assert article.title == title


def test_icon_word_before_too_short_a_rest_is_kept() -> None:
    # Near miss: fewer than three words after «IconNN»: no post title to cut out.
    article = parse_article(_post("Icon90 شطرنج"))
    assert article.title != "شطرنج"


def _meta_page(meta: str) -> str:
    return f"{HEADLINE}\n\n{meta}\n\n\n{BODY}\n\nارسال نظر\n"


def test_date_printed_twice_in_curly_quotes_after_category_is_published() -> None:
    article = parse_article(_meta_page("اخبار شهرستان “12 آبان 1398” “12 آبان 1398”"))
    assert article.published is not None
    assert article.published.jalali_date == (1398, 8, 12)
    assert article.title == HEADLINE


def test_date_printed_twice_in_straight_quotes_is_published() -> None:
    article = parse_article(_meta_page('اخبار شهرستان "12 آبان 1398" "12 آبان 1398"'))
    assert article.published is not None
    assert article.published.jalali_date == (1398, 8, 12)


def test_date_in_quotes_alone_on_its_line_is_published() -> None:
    # The HTML page's text: each span on a line of its own (22online.ir, tests/pages 2391).
    article = parse_article(_meta_page("اخبار شهرستان\n“12 آبان 1398”\n“12 آبان 1398”"))
    assert article.published is not None
    assert article.published.jalali_date == (1398, 8, 12)


def test_two_different_quoted_dates_are_no_date_line() -> None:
    # Near miss: two different days in quotes: neither is the template's one date.
    article = parse_article(_meta_page("اخبار شهرستان “12 آبان 1398” “13 آبان 1398”"))
    assert article.published is None


def test_quoted_date_once_after_words_is_a_mention() -> None:
    # Near miss: one quoted date after words: a mention, as before.
    article = parse_article(_meta_page("یادبود روز “12 آبان 1398”"))
    assert article.published is None


def test_quoted_dates_in_a_sentence_are_no_date_line() -> None:
    article = parse_article(
        _meta_page("روز “12 آبان 1398” و باز “12 آبان 1398” را همه اهالی به خوبی به یاد دارند")
    )
    assert article.published is None


_BYLAW = (
    "آیین نامه استفاده از فضاهای ورزشی محلات شهر\n\n"
    "مصوب شورای اسلامی شهر\n"
    "{label} : ۱۳۹۲/۰۴/۱۰\n"
    "شماره نامه : -\n"
    "هدف از این آیین نامه یکسان سازی شیوه بهره برداری از فضاهای ورزشی محلات است ...\n\n"
    "ماده 1: بهره برداری از فضاهای ورزشی محلات با هماهنگی شهرداری منطقه انجام می شود.\n"
    "ماده 2: ساعات استفاده بانوان و آقایان در هر فضا جداگانه اعلام می شود.\n"
)


def test_document_date_of_a_bylaw_is_not_published() -> None:
    article = parse_article(_BYLAW.format(label="تاریخ سند"))
    assert article.published is None
    assert not any(w.code == "published-uncertain" for w in article.warnings)


def test_publication_label_on_the_same_page_is_still_read() -> None:
    # Near miss: the page's own publication label is read as before.
    article = parse_article(_BYLAW.format(label="تاریخ انتشار"))
    assert article.published is not None
    assert article.published.jalali_date == (1392, 4, 10)


def url_number(url: str) -> str | None:
    """The number a page of the thread's shape gets from its address alone."""
    return parse_article(_post(POST_TITLE), url=url).number


def test_vbseo_thread_number_past_any_year_is_the_thread() -> None:
    assert url_number("http://forum.example.ir/thread2047.html") == "2047"
    assert url_number("http://forum.example.ir/thread2047-2.html") == "2047"


def test_vbseo_thread_number_shaped_like_a_year_stays_unread() -> None:
    # Near misses: a number a page may be dated by (Gregorian to 2039, Jalali and lunar
    # to 1449) is a year as often as a thread.
    for url in (
        "http://forum.example.ir/thread2010.html",
        "http://forum.example.ir/thread2039.html",
        "http://forum.example.ir/thread1399.html",
        "http://forum.example.ir/thread1445.html",
    ):
        assert url_number(url) is None, url


def test_amp_view_of_a_lettered_id_page_gives_the_id() -> None:
    url = "https://news.example.tj/об-додани-хатти-оби-нав-дар-деҳа-h31852.html/amp"
    assert url_number(url) == "31852"
    assert url_number(url + "/") == "31852"


def test_amp_view_needs_the_page_file_name() -> None:
    # Near misses: «amp» after a folder, or another view's word after the file name.
    assert url_number("https://news.example.tj/об-додани-хатти-оби-нав-h31852/amp") is None
    assert url_number("https://news.example.tj/об-додани-хатти-оби-нав-h31852.html/print") is None


# A Joomla news item whose alias kept only its headline's figure (amolpl.ir's shape,
# tests/pages 2395); the words are ours.
_FIGURE_HEADLINE = "اهدای 120 جلد کتاب به کتابخانه روستای سرخ آباد"
_FIGURE_PAGE = (
    f"{_FIGURE_HEADLINE}\n\n \n\n"
    "اداره کتابخانه های عمومی شهرستان ، در هفته کتاب ، تعداد 120 جلد کتاب را به کتابخانه "
    "روستا اهدا کرد .\n\n \n\n"
    "به گفته مسئول کتابخانه ، این کتاب ها بیشتر در زمینه داستان و علوم برای نوجوانان است .\n"
)


def test_joomla_alias_of_the_headline_figure_gives_the_id() -> None:
    url = "http://lib.example.ir/index.php/2015-03-02-10-11-12/377-120"
    assert parse_article(_FIGURE_PAGE, url=url).number == "377"


def test_joomla_figure_alias_not_in_the_headline_gives_none() -> None:
    # Near miss: figures the headline does not print, or no Joomla front script.
    for url in (
        "http://lib.example.ir/index.php/2015-03-02-10-11-12/377-300",
        "http://lib.example.ir/index.php/2015-03-02-10-11-12/377-120-5",
        "http://lib.example.ir/news/2015-03-02-10-11-12/377-120",
    ):
        assert parse_article(_FIGURE_PAGE, url=url).number is None, url


def test_site_name_of_figures_and_kind_after_headline_is_cut_at_its_host() -> None:
    text = f"{HEADLINE} – ۳۱ آنلاین\n\n{BODY}\n"
    article = parse_article(text, url="https://31online.ir/some-post/")
    assert article.title == HEADLINE
    assert any(w.code == "title-uncertain" for w in article.warnings)


def test_figures_and_kind_at_another_host_stay() -> None:
    # Near miss: the host spells other figures: no cut.
    text = f"{HEADLINE} – ۳۱ آنلاین\n\n{BODY}\n"
    article = parse_article(text, url="https://32online.ir/some-post/")
    assert article.title != HEADLINE
