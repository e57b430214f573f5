"""Silent titles of the real19 sample (docs/real_sample.md): a label's colon left at the
front of the headline, a tag page's «برچسب / NAME» heading, and a page that opens with its
body and prints no headline (a recipe: its ingredient lines below the lead).

The pages are written for these tests; each mirrors the layout of the real page named.
"""

from __future__ import annotations

from tests.checks import title_doubted as doubted

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE

BODY = (
    "شهر تاریخی این ولایت در شمال کشور قرار دارد و بناهای کهن آن هر سال گردشگران زیادی را "
    "به خود می‌کشد. مسئولان محلی می‌گویند مرمت دو بنای قدیمی از ماه آینده آغاز می‌شود."
)
MORE = (
    "مدیران شهری نیز تأکید کرده‌اند که طرح مرمت با کمک استادکاران محلی انجام خواهد شد و "
    "گزارش پیشرفت آن هر هفته منتشر می‌شود تا مردم در جریان کار باشند."
)


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


# -- A label's colon at the front of the headline (ariananet.com's province box) --


def test_leading_colon_is_cut_from_the_title() -> None:
    """«:ولایت بلخ» over the body: the colon of a label the extractor left on the title's
    line is not the title's."""
    assert parse(f":ولایت بلخ\n{BODY}\n{MORE}\n").title == "ولایت بلخ"
    assert parse(f"؛ ولایت هرات\n{BODY}\n{MORE}\n").title == "ولایت هرات"


def test_colon_inside_or_at_the_end_of_a_title_stays() -> None:
    """Near miss: a colon inside the headline («وزیر نیرو: ...») is the headline's."""
    headline = "وزیر نیرو: مرمت بناهای تاریخی بلخ از ماه آینده آغاز می‌شود"
    assert parse(f"{headline}\n{BODY}\n{MORE}\n").title == headline


# -- A tag page's heading «برچسب / NAME» (blog.sfile.ir/tag/...) --

TAG_NAME = "به نوعی ضربه گفته می‌شود که عموما جهت تنبیه انجام می‌شود"


def test_tag_heading_with_a_slash_gives_the_lists_name() -> None:
    """«برچسب / NAME», the page's only line: the list's name, even a whole sentence (a
    WordPress tag is free text), and the page is a list."""
    article = parse(f"برچسب / {TAG_NAME}\n")
    assert article.title == TAG_NAME
    assert any(w.code == "listing-page" for w in article.warnings)
    plural = parse("برچسب‌ها / مرمت بناهای تاریخی\n")
    assert plural.title == "مرمت بناهای تاریخی"


def test_form_label_with_a_slash_is_no_tag_heading() -> None:
    """Near miss: a form's label «برچسب / سریال:» ends with its colon, and a breadcrumb
    «خانه / برچسب / NAME» does not open with the label: neither is read as a tag's name."""
    archive_name = LINE_EVIDENCE["archive name"]
    assert archive_name("برچسب / سریال:") is None
    assert archive_name("خانه / برچسب / مرمت بناهای تاریخی") is None
    assert archive_name("برچسب / مرمت بناهای تاریخی") is not None


# -- A page that opens with its body (iranian.be's recipe) --

RECIPE_LEAD = (
    "این خورش مخصوص شهر یزد است ولی در شهر کاشان نیز خورش قیمه به همین روش پخته می‌شود و "
    "طعم آن واقعا بی‌نظیر است."
)
INGREDIENTS = (
    "مواد لازم\nگوشت ران گوسفند 500 گرم\nرب گوجه‌فرنگی یک و نیم قاشق غذاخوری\n"
    "پیاز متوسط دو عدد\nنخود یک پیمانه\nدارچین یک قاشق چای‌خوری\nنمک و فلفل به میزان لازم\n"
    "روغن به میزان لازم\nزردچوبه یک و نیم قاشق چای‌خوری\nطرز تهیه\n"
)
STEPS = (
    "نخود را از شب قبل خیس کنید و پوست آن را جدا کنید و به دو نیم کنید. گوشت را خرد کرده و "
    "با یک پیاز رنده شده و کمی روغن تفت دهید تا آب آن کاملا کشیده شود، سپس زردچوبه را اضافه "
    "کنید و باز هم تفت دهید. بعد سه پیمانه آب بریزید و در ظرف را ببندید و وقتی گوشت نیم‌پز "
    "شد نخود را هم اضافه کنید و بگذارید آرام بپزد.\n"
    "لیمو را یک ساعت در آب بخیسانید و چند دقیقه بجوشانید تا تلخی آن گرفته شود و بعد آن را "
    "هم به خورش اضافه کنید. پیاز دوم را رنده کنید و با رب گوجه‌فرنگی تفت دهید و دارچین و "
    "نمک و فلفل را به آن بزنید و در خورش بریزید. حرارت را کم کنید و بگذارید خورش جا بیفتد و "
    "در پایان اگر دوست داشتید سیب‌زمینی سرخ‌شده را روی آن بچینید و با برنج سرو کنید.\n"
)


def test_line_under_an_opening_paragraph_is_doubted() -> None:
    """The page opens with a paragraph of running text, and the line chosen lies below it
    (an ingredient, a section's heading): no headline is printed, so the choice is doubted."""
    article = parse(f"{RECIPE_LEAD}\n{INGREDIENTS}{STEPS}\n")
    assert doubted(article)


def test_headline_over_its_lead_is_not_doubted() -> None:
    """Near miss: a headline over the lead, nothing above it, is not doubted."""
    headline = "مرمت دو بنای تاریخی بلخ از ماه آینده آغاز می‌شود"
    article = parse(f"{headline}\n{BODY}\n{MORE}\n")
    assert article.title == headline
    assert not doubted(article)


def test_opening_paragraph_of_exactly_twenty_words_is_running_text() -> None:
    """The edge of «running text»: a first line of 20 words ending a sentence over the
    chosen line doubts it (benchmarks/hand_mutants_16.py's mutant 54)."""
    words = RECIPE_LEAD.split()[:19]
    lead = " ".join(words) + " است."
    assert len(lead.split()) == 20
    assert doubted(parse(f"{lead}\n{INGREDIENTS}{STEPS}\n"))
