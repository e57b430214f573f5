"""fix231: blind82's pages (tests/pages 2210-2228, docs/evaluation.md's seventy-ninth blind
batch).

- Item IDs in addresses: a portal page's «?pid=NNN» as the query's one field (hozeh.tebyan.net,
  2210); Drupal's «?q=node/215» without clean URLs (iaukoohbanan.ac.ir, 2212); a Joomla
  article's «ID-alias» under a menu alias with Joomla's duplicate number «/index.php/news-2/
  151-<alias>» (bakhtar.ac.ir, 2218); «/dari/4701/<slug>», the ID after a language's name
  (prev.ocs.gov.af, 2219); a document's code «/99-174512» as the whole path when the page
  prints it (ravihesab.com, 2228).
- A date under a document's own label («تاریخ بخشنامه :», a circular's) is not the page's
  publication: no published date, warned (ravihesab.com, 2228).
- A meta list «وضعیت : ...» / «-» / «دسته بندی ها : ...» is fields, never the title (2228).
- A special issue's line «NAME : ویژه نامه ...» is no item's title (sppc.co.ir, 2226).
- An HTML page whose <title> is the author's name printed above and under its one <h2>
  headline takes the headline (ariaye.com, 2224).

Every page below is written for the test (values and sentences changed), its structure from
the real page named above it.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- IDs in addresses ---------------------------------------------------------------------
_ESSAY = (
    "آداب هم مباحثه در حوزه\n\n"
    "هم مباحثه خوب کسی است که درس را پیش از جلسه مطالعه کند و در بحث انصاف داشته باشد.\n\n"
    "طلبه ای که مباحثه را جدی بگیرد درس را بهتر به خاطر می سپارد و در امتحان موفق تر است.\n"
)


def test_portal_pid_as_the_one_query_field_is_the_id() -> None:
    """hozeh.tebyan.net's «newindex.aspx?pid=104915» (tests/pages 2210)."""
    url = "http://hozeh.sample-portal.net/newindex.aspx?pid=207341"
    assert jm.parse_article(_ESSAY, url=url).number == "207341"


def test_short_pid_or_pid_beside_another_key_is_none_neg() -> None:
    """Near miss: a menu page's «?pid=7», a section's «pid» beside an item key, a forum
    thread's page showing one post «showthread.php?pid=48213» (fix78's doubt)."""
    for url in (
        "http://sample-portal.ir/Pages/Index.aspx?pid=7",
        "http://sample-portal.ir/?nid=&pid=6&type=0",
        "http://forum.sample-portal.ir/showthread.php?pid=48213",
    ):
        assert jm.parse_article(_ESSAY, url=url).number is None, url


def test_drupal_query_node_is_the_id() -> None:
    """Drupal without clean URLs: «?q=node/215» (iaukoohbanan.ac.ir, tests/pages 2212)."""
    assert jm.parse_article(_ESSAY, url="http://sample-uni.ac.ir/?q=node/318").number == "318"


def test_drupal_query_front_list_is_none_neg() -> None:
    """Near miss: the front page's list «?q=node&page=734» names no node."""
    assert jm.parse_article(_ESSAY, url="http://sample-uni.ac.ir/?q=node&page=41").number is None


def test_joomla_id_alias_under_numbered_menu_alias() -> None:
    """«/index.php/news-2/151-khabgah1405» (bakhtar.ac.ir, tests/pages 2218)."""
    url = "http://sample-institute.ac.ir/index.php/news-2/163-shahrie1406"
    assert jm.parse_article(_ESSAY, url=url).number == "163"


def test_joomla_year_under_numbered_menu_alias_is_none_neg() -> None:
    """Near miss: a year before the alias, «/news-2/1402-<alias>», is no ID."""
    url = "http://sample-institute.ac.ir/index.php/news-2/1402-shahrie"
    assert jm.parse_article(_ESSAY, url=url).number is None


def test_id_after_a_language_name_and_before_the_slug() -> None:
    """«/dari/4701/<slug>» (prev.ocs.gov.af, tests/pages 2219)."""
    url = "https://sample.gov.af/dari/5832/%D8%B5%D9%86%D8%AF%D9%88%D9%82+%D8%A8%DB%8C%D9%85%D9%87"
    assert jm.parse_article(_ESSAY, url=url).number == "5832"


def test_year_after_a_language_or_no_slug_is_none_neg() -> None:
    """Near miss: a year's folder «/dari/1397/<slug>»; «/fa/2381» alone is a page (fix38)."""
    for url in ("https://sample.gov.af/dari/1397/some-news-slug", "https://sample.gov.af/fa/2381"):
        assert jm.parse_article(_ESSAY, url=url).number is None, url


# -- a circular's page (ravihesab.com, tests/pages 2228) -----------------------------------
_CIRCULAR = (
    "-\n"
    "وضعیت : معتبر است\n"
    "-\n"
    "دسته بندی ها : بخشنامه های مالیاتی\n"
    "-\n"
    "تاریخ بخشنامه : ۱۴۰۰/۰۳/۱۱\n"
    "-\n"
    "00-281734 شماره بخشنامه :\n"
    "اگر در متن این بخشنامه خطایی دیدید آن را در کادر زیر بنویسید.\n\n"
    "آموزش مالیات\n"
    "تاریخ: ۱۴۰۰/۰۳/۱۱\n"
    "موضوع: جهت اطلاع ادارات کل امور مالیاتی ارسال می‌شود.\n"
    "با سلام؛\n"
    "نحوه رسیدگی به اعتراض مودیان در هیئت های حل اختلاف\n"
    "احتراماً پیرو بخشنامه شماره ۹۸٫۳۱۱۴۰ مورخ ۱۳۹۸٫۴٫۲ موضوع رسیدگی به اعتراض مودیان، "
    "اصلاحیه ماده (۴) آن برای اجرا ابلاغ می‌شود و ادارات کل باید آن را به واحدهای تابعه اعلام "
    "کنند.\n"
)
_CIRCULAR_URL = "https://sample-hesab.com/00-281734"


def test_printed_document_code_as_the_whole_path_is_the_number() -> None:
    assert jm.parse_article(_CIRCULAR, url=_CIRCULAR_URL).number == "00-281734"


def test_document_code_path_not_printed_is_none_neg() -> None:
    """Near miss: the page prints another code; the address's shape alone is no ID."""
    text = _CIRCULAR.replace("00-281734 شماره", "00-281799 شماره")
    assert jm.parse_article(text, url=_CIRCULAR_URL).number is None


def test_circular_date_is_not_the_publication_and_warned() -> None:
    article = jm.parse_article(_CIRCULAR, url=_CIRCULAR_URL)
    assert article.published is None
    assert "published-conflict" in _codes(article)


def test_publication_label_keeps_its_date_neg() -> None:
    """Near miss: the page's own «تاریخ انتشار :» label is its publication."""
    text = _CIRCULAR.replace("تاریخ بخشنامه :", "تاریخ انتشار :")
    published = jm.parse_article(text, url=_CIRCULAR_URL).published
    assert published is not None
    assert published.jalali_date == (1400, 3, 11)


def test_meta_list_fields_are_never_the_title() -> None:
    article = jm.parse_article(_CIRCULAR, url=_CIRCULAR_URL)
    assert article.title is None


def test_field_line_with_a_headline_below_neg() -> None:
    """Near miss: a «NAME : VALUE» line with no known field beside it across a «-» line
    stays a line the title rules weigh (main's record kept)."""
    text = "وضعیت : معتبر است\n\n" + _CIRCULAR.split("اگر در متن", 1)[1]
    record = jm.parse_article(text, url=_CIRCULAR_URL)
    assert record.title == "وضعیت : معتبر است"


# -- a special issue's page (sppc.co.ir, tests/pages 2226) -----------------------------------
_ISSUE_PAGE = (
    "شرکت نرم افزاری نمونه سازنده نرم افزارهای انبارداری و فروش حساب حساب : ویژه نامه نوروز\n\n"
    "صفحه نخست ویژه نامه   |   شرکت نرم افزاری نمونه\n\n"
    " \n\n"
    "حساب : ویژه نامه نوروز - نوروز ۱۴۰۱\n\n"
    "چهارشنبه سوری\n\n"
    " \n\n"
    "سفره هفت سین را خانواده ها چند روز پیش از تحویل سال می چینند و هر چیز آن نشانه ای از "
    "آرزوی نیک برای سال تازه است.\n"
    "سبزه را بیشتر خانواده ها از دو هفته پیش سبز می کنند و روز سیزدهم آن را به آب روان "
    "می سپارند،و این کار را مایه دور شدن ناخوشی می دانند.\n"
)


def test_special_issue_line_is_not_the_title() -> None:
    assert jm.parse_article(_ISSUE_PAGE).title == "چهارشنبه سوری"


def test_headline_about_a_special_issue_neg() -> None:
    """Near miss: a headline saying a special issue came out ends with its verb."""
    text = (
        "همشهری: ویژه نامه نوروز امروز منتشر شد\n\n"
        "ویژه نامه نوروزی روزنامه امروز با صد صفحه به دست خوانندگان رسید و گزارش های آن "
        "درباره آیین های سال نو است.\n"
    )
    assert jm.parse_article(text).title == "همشهری: ویژه نامه نوروز امروز منتشر شد"


# -- a static magazine page, the author's name in <title> (ariaye.com, tests/pages 2224) -----
def _magazine(author_below: bool) -> str:
    below = '<p align="center"><font size="2">سعید کابلی</font></p>' if author_below else ""
    return (
        '<html dir="rtl"><head><meta charset="utf-8"><title>سعید کابلی</title></head>'
        '<body><table><tr><td><p align="center"><b><font size="2">سعید کابلی</font></b></p>'
        '<p align="center">&nbsp;</p>'
        "<h2>نگاهی به وضع کتابخانه های عامه در شهرهای کوچک</h2>"
        f'{below}<p align="center"><font size="2">12-7-1393</font></p>'
        '<p align="justify">کتابخانه های عامه در شهرهای کوچک بیشتر روزها بسته اند و کتاب های '
        "تازه به قفسه های آنها نمی رسد.</p>"
        '<p align="justify">جوانان این شهرها برای خواندن کتاب به کتابفروشی های شهر بزرگ '
        "همسایه سفر می کنند که هزینه زیادی دارد.</p></td></tr></table></body></html>"
    )


def test_author_name_around_the_h2_headline_is_not_the_title() -> None:
    record = jm.parse_html(_magazine(author_below=True))
    assert record.title == "نگاهی به وضع کتابخانه های عامه در شهرهای کوچک"


def test_title_tag_name_printed_once_neg() -> None:
    """Near miss: the <title>'s name printed once above the headline keeps main's record."""
    record = jm.parse_html(_magazine(author_below=False))
    assert record.title == "سعید کابلی"


# -- a site's name printed twice over a question headline (megacivil.ir, tests/pages 2222) ---
_QUESTION_PAGE = (
    "پارس سازه برتر\n"
    "پارس سازه برتر\n\n"
    "تمدید پروانه اشتغال مهندسان ناظر چگونه انجام میشود؟\n\n"
    "مطابق قانون نظام مهندسی، پروانه اشتغال هر مهندس ناظر پنج سال اعتبار دارد و پیش از پایان "
    "این مدت باید با گذراندن دوره های آموزشی تمدید شود.\n\n"
    "مهندس باید گواهی دوره ها و سوابق کاری خود را به سازمان استان تحویل دهد.\n"
)


def test_name_twice_over_a_question_headline_is_not_the_title() -> None:
    record = jm.parse_article(_QUESTION_PAGE)
    assert record.title == "تمدید پروانه اشتغال مهندسان ناظر چگونه انجام میشود؟"
    assert "title-uncertain" in _codes(record)


def test_name_twice_sharing_a_word_with_the_question_neg() -> None:
    """Near miss: a line printed twice that shares a word with the question under it is
    the page's own heading as often (main's record kept)."""
    text = _QUESTION_PAGE.replace("پارس سازه برتر", "پروانه مهندسان ناظر")
    record = jm.parse_article(text)
    assert record.title == "پروانه مهندسان ناظر"
