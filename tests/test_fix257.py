"""fix257: real73's silent titles (docs/real_sample.md «A sixty-second sample»).

A table's header row whose first cells a page's text runs together («ردیفعنوان ...», an
attribute table, real73 #07) or parts with a tab or a bar is never the title; and a learning
page's name over its first section asking what it is («NAME» / its English names / «NAME
چیست؟», real73 #08) is the title, doubted, not the question. The layouts are the real pages';
every sentence here is ours."""

from __future__ import annotations

from jalali_meta import parse_article


def _codes(article: object) -> list[str]:
    return [warning.code for warning in article.warnings]  # type: ignore[attr-defined]


# --- a table's header row (real73 #07: autpanel.ir's attribute table) ---------------------

GLUED_HEADER = "ردیفعنوان ویژگیتوضیح ویژگیعنوان مقدار (توضیح مقدار)"
LONG_ROW = (
    "1نوع باغشیوه کاشت درختان در باغ بر پایه اندازه زمین و آب در دسترس.باغ کوچک (زمینی که "
    "برای این گونه باغ لازم است حدود ۲۰۰ تا ۳۰۰ متر مربع است و در آن ۱۰ تا ۱۵ درخت میوه "
    "کاشته می‌شود و آبیاری آن با یک شیر آب انجام می‌گیرد.)"
)
ROW_GOES_ON = (
    "باغ بزرگ (زمینی بیش از ۵ هزار متر مربع که در آن چند ردیف درخت، یک استخر آب، انبار "
    "ابزار و یک خانه کوچک برای باغبان ساخته می‌شود و آبیاری آن قطره‌ای است.)"
)


def test_glued_header_row_is_no_title() -> None:
    # On main the header row run together was the title, silently.
    article = parse_article("\n".join([GLUED_HEADER, LONG_ROW, ROW_GOES_ON, GLUED_HEADER]))
    assert article.title is None


def test_tab_parted_header_row_is_no_title() -> None:
    text = "\n".join(
        [
            "ردیف\tعنوان\tشرح کوتاه",
            "",
            "در این جدول گونه‌های باغ و شیوه کاشت درختان هر یک با اندازه زمین لازم برای آن "
            "آمده است و باغداران می‌توانند از آن برای برنامه کاشت خود بهره ببرند.",
        ]
    )
    assert parse_article(text).title is None


def test_bar_parted_header_row_is_no_title() -> None:
    # On main «ردیف | عنوان | شرح» was the title, silently.
    text = "\n".join(
        [
            "ردیف | عنوان | شرح",
            "",
            "در این جدول گونه‌های باغ و شیوه کاشت درختان هر یک با اندازه زمین لازم برای آن "
            "آمده است و باغداران می‌توانند از آن برای برنامه کاشت خود بهره ببرند.",
        ]
    )
    assert parse_article(text).title is None


def test_short_first_row_under_glued_header_is_doubted() -> None:
    # The header passed over, the table's first row is no sure heading: warned, never silent.
    row = "1نوع باغشیوه کاشت درختان در باغ کوچک و بزرگ"
    article = parse_article("\n".join([GLUED_HEADER, row, ROW_GOES_ON]))
    assert article.title != GLUED_HEADER
    if article.title is not None:
        assert "title-uncertain" in _codes(article)


LEAD = (
    "به گزارش خبرنگار ما، نمایندگان مجلس در نشست دیروز درباره بودجه سال آینده گفت‌وگو "
    "کردند و چند پیشنهاد تازه برای کاهش هزینه‌های دولت به کمیسیون فرستادند."
)


def test_headline_opening_with_row_word_keeps_its_title_neg() -> None:
    # Near miss: «ردیف‌های» / «ردیفهای» (the plural, with or without its ZWNJ) opens a headline.
    for headline in (
        "ردیف‌های بودجه فرهنگی در لایحه تازه حذف شد",
        "ردیفهای بودجه فرهنگی در لایحه تازه حذف شد",
    ):
        article = parse_article("\n".join([headline, "", LEAD]))
        assert article.title == headline


def test_headline_with_a_bar_keeps_its_title_neg() -> None:
    # Near miss: a kicker word and a bar open a headline; the next cell is no column name.
    headline = "قیمت | بازار خودرو در هفته گذشته آرام ماند"
    assert parse_article("\n".join([headline, "", LEAD])).title == headline


def test_headline_opening_with_glued_name_word_keeps_its_title_neg() -> None:
    # Near miss: «نام» glued to more letters is a word («نامنویسی»), no two column names.
    headline = "نامنویسی کلاس‌های تابستانی کتابخانه شهر آغاز شد"
    assert parse_article("\n".join([headline, "", LEAD])).title == headline


# --- a name over its question (real73 #08: a learning page, daneshgara.co.uk) -------------


def _learning_page(name: str, others: list[str], question: str) -> str:
    lines = [
        name,
        *others,
        question,
        "پاک کردن آب از آلودگی‌ها را تصفیه آب گویند و تصفیه خانه آب جایی است که",
        "کارکنان تصفیه آب / کارشناسان آزمایشگاه در بخش‌های آن کار می‌کنند تا هر زمان که",
        "آب رودخانه یا چاه به آن جا برسد، آن را از گل و لای و میکروب پاک کنند و",
        "آب سالم را به لوله‌های شهر بفرستند.",
        " ",
        "ابزار تصفیه آب چیست؟",
        "دستگاه‌هایی که کارکنان / کارشناسان تصفیه آب برای پاک کردن آب و گرفتن گل و",
        "لای آن به کار می‌برند، بنا بر اندازه شهر و آلودگی آب بسیار گوناگون است.",
        "مهم‌ترین این دستگاه‌ها به قرار زیر است:",
        "حوضچه ته نشینی، صافی شنی، مخزن کلر، پمپ، همزن، لوله انتقال، شیر فشار شکن،",
        "دستگاه سنجش کدری، مخزن ذخیره، پمپ / شیر خودکار، صافی کربنی تصفیه آب و",
        "آزمایشگاه سنجش آب هر تصفیه خانه.",
        " ",
        "چطور کارکنان تصفیه آب آلودگی آب را پیدا و پاک می‌کنند؟",
        " ",
        "اگر آب جایی آلوده شود، باید فوری اداره آب شهر آگاه گردد. از این رو،",
        "1 – همیشه باید شماره تلفن اداره آب شهر در دسترس باشد تا به موقع بتوان",
        "آنها را آگاه کرد.",
        "تهران – 122",
    ]
    return "\n\n".join(lines)


def test_name_over_its_question_with_english_names_is_the_title() -> None:
    # On main the question «تصفیه آب چیست؟» was the title, silently.
    text = _learning_page("تصفیه آب", ["Water treatment", "(Water purification)"], "تصفیه آب چیست؟")
    article = parse_article(text)
    assert article.title == "تصفیه آب"
    assert "title-uncertain" in _codes(article)


def test_name_right_over_its_question_is_the_title() -> None:
    article = parse_article(_learning_page("تصفیه آب", [], "تصفیه آب چیست؟"))
    assert article.title == "تصفیه آب"


def test_other_name_over_a_question_is_no_title_neg() -> None:
    # Near miss: the line over the question names something else; the question stays.
    text = _learning_page("محیط زیست", ["Environment"], "تصفیه آب چیست؟")
    assert parse_article(text).title == "تصفیه آب چیست؟"


def test_persian_line_between_name_and_question_neg() -> None:
    # Near miss: a Persian line (no foreign name) between them: the rule does not reach over.
    text = _learning_page("تصفیه آب", ["راهنمای آموزشی دانش‌آموزان"], "تصفیه آب چیست؟")
    assert parse_article(text).title == "تصفیه آب چیست؟"


def test_news_question_over_its_date_line_keeps_its_title_neg() -> None:
    # Near miss: a news headline asking a question over its date line, a kicker over it
    # printing the same noun: the headline stays.
    text = "\n".join(
        [
            "تصفیه آب",
            "تصفیه آب چیست؟",
            "۱۲ آذر ۱۴۰۲ - ۱۰:۳۰",
            "به گزارش خبرنگار ما، کارشناسان شرکت آب و فاضلاب استان در نشستی با خبرنگاران "
            "درباره شیوه‌های تازه پاک کردن آب شهر و هزینه‌های آن توضیح دادند.",
        ]
    )
    article = parse_article(text)
    assert article.title == "تصفیه آب چیست؟"
