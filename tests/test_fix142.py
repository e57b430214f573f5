"""fix142: attacks50's findings (docs/reliability.md, "Attacks, fiftieth round") and one of
attacks48's left title shapes: a blog's name and a place's on a blog platform's subdomain, a
headline with a Persian verb naming a person in Kurdish spelling, and a summary over the
story's headline at an address whose slug writes the headline in Latin letters (Finglish)."""

import pytest

import jalali_meta as jm

_BLOG_BODY = (
    "هفته گذشته با دوستانم به کرمان رفتیم و از باغ شازده و ارگ بم دیدن کردیم و شب‌ها در "
    "کاروانسرای قدیمی شهر ماندیم.\n\n"
    "هوای کرمان در پاییز خنک و دلپذیر بود و بازار سرپوشیده آن پر از ادویه و گلیم‌های "
    "رنگارنگ بود.\n"
)
_BLOG_NAME = "دلنوشته کرمان"


def _codes(record: jm.Article) -> list[str]:
    return [warning.code for warning in record.warnings]


# -- a blog's name and a place's, the blog's own label spelling the name ----------------------


@pytest.mark.parametrize(
    "host",
    [
        "delneveshteh.blogfa.com",
        "delneveshteh.mihanblog.com",
        "delneveshteh.blog.ir",
        "delneveshteh.persianblog.ir",
    ],
)
def test_blog_name_and_place_on_blog_platform_doubted(host: str) -> None:
    record = jm.parse_article(f"{_BLOG_NAME}\n\n{_BLOG_BODY}", url=f"https://{host}/post/12")
    assert record.title is None or "title-uncertain" in _codes(record)


def test_neg_blog_name_and_place_label_spells_no_name() -> None:
    # Another blog's label: the line is its post's headline, undoubted.
    record = jm.parse_article(
        f"{_BLOG_NAME}\n\n{_BLOG_BODY}", url="https://kermanpost.blogfa.com/post/12"
    )
    assert record.title == _BLOG_NAME
    assert "title-uncertain" not in _codes(record)


def test_neg_blog_post_title_with_the_blog_word() -> None:
    head = "دلنوشته‌های سفر به کرمان در پاییز"
    record = jm.parse_article(
        f"{head}\n\n{_BLOG_BODY}", url="https://delneveshteh.blogfa.com/post/13"
    )
    assert record.title == head
    assert "title-uncertain" not in _codes(record)


# -- a Persian headline ending with a verb, a name in Kurdish spelling in it ------------------

_ATHLETE_BODY = (
    "این بانوی ورزشکار اهل سنندج در مسابقات آسیایی امسال مدال طلا گرفت و نخستین زن استان "
    "شد که به این رتبه رسیده است.\n\n"
    "او گفت برای المپیک آینده هم آماده می‌شود.\n"
)


@pytest.mark.parametrize("head", ["ژیلا ڕەحیمی مدال گرفت", "ژیلا ڕەحیمی قهرمان شد"])
def test_headline_with_verb_naming_kurdish_spelled_person_undoubted(head: str) -> None:
    record = jm.parse_article(f"{head}\n۲۳ آبان ۱۴۰۲\n\n{_ATHLETE_BODY}")
    assert record.title == head
    assert "title-uncertain" not in _codes(record)


@pytest.mark.parametrize("head", ["دەنگی کوردستان", "ژیلا ڕەحیمی قهرمان آسیا"])
def test_neg_kurdish_letters_line_with_no_verb_stays_doubted(head: str) -> None:
    record = jm.parse_article(f"{head}\n۲۳ آبان ۱۴۰۲\n\n{_ATHLETE_BODY}")
    assert record.title is None or "title-uncertain" in _codes(record)


# -- a summary over the headline, the slug writing the headline in Latin letters --------------

_SUMMARY = (
    "کتابخانه عمومی روستای سراب که ساختمان آن سه سال در دست ساخت بود روز گذشته با حضور "
    "فرماندار و اهالی روستا گشایش یافت"
)
_HEAD = "افتتاح کتابخانه عمومی روستای سراب"
_LIB_BODY = (
    "این کتابخانه بیش از پنج هزار جلد کتاب دارد و سالن مطالعه آن هر روز تا ساعت هشت شب "
    "باز است.\n\n"
    "رئیس اداره کتابخانه‌های شهرستان گفت دو کتابخانه دیگر هم تا پایان سال ساخته می‌شود.\n"
)
_PAGE = f"{_SUMMARY}\n{_HEAD}\n\n{_LIB_BODY}"


@pytest.mark.parametrize(
    "path",
    [
        "/news/812/eftetah-ketabkhaneh-omoomi-rostaye-sarab",
        "/news/812/eftetah-ketabkhaneh-omoomi-rostaye-sarab.html",
        "/fa/news/eftetah-ketabkhaneh-omoomi-rostaye-sarab/",
    ],
)
def test_summary_over_headline_finglish_slug(path: str) -> None:
    record = jm.parse_article(_PAGE, url=f"https://lib.example.ir{path}")
    assert record.title == _HEAD or (record.title is None and "title-uncertain" in _codes(record))


def test_neg_english_slug_says_nothing() -> None:
    # An English slug spells no Persian line: the record is the one with no slug at all.
    english = jm.parse_article(
        _PAGE, url="https://lib.example.ir/news/812/library-opens-in-sarab-village"
    )
    bare = jm.parse_article(_PAGE, url="https://lib.example.ir/news/812/")
    assert english.title == bare.title
    assert _codes(english) == _codes(bare)


# Round 34's mutants (benchmarks/hand_mutants_34.py).

_HEAD4 = "افتتاح کتابخانه روستای سراب"


def test_summary_over_four_word_headline_finglish_slug() -> None:
    # A slug of four Finglish words is enough (mutant 10).
    page = f"{_SUMMARY}\n{_HEAD4}\n\n{_LIB_BODY}"
    record = jm.parse_article(
        page, url="https://lib.example.ir/news/812/eftetah-ketabkhaneh-rostaye-sarab"
    )
    assert record.title == _HEAD4


def test_neg_three_word_finglish_slug_says_nothing() -> None:
    # Three Finglish words may be a list's or a section's name: the slug is not read.
    page = f"{_SUMMARY}\nکتابخانه روستای سراب\n\n{_LIB_BODY}"
    slugged = jm.parse_article(
        page, url="https://lib.example.ir/news/812/ketabkhaneh-rostaye-sarab"
    )
    bare = jm.parse_article(page, url="https://lib.example.ir/news/812/")
    assert slugged.title == bare.title
    assert _codes(slugged) == _codes(bare)
