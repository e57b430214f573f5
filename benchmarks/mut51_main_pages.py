"""The pages the fifty-first mutation round found wrong or doubtful on main (docs/reliability.md,
"The fifty-first round: fix255-fix264 under mutation", "Seen on main and left for a fix
helper"), each with its record: title, published day and hour, number, warning codes.

    PYTHONPATH=src python benchmarks/mut51_main_pages.py

The sentences are written for this script; the layouts are those of the rules' own pages.
"""

from __future__ import annotations

from main_pages import print_records

import jalali_meta as jm

# (a) A learning page (fix257's layout, real73 #08): the page's name over its first section
# asking what it is, the question written with «کیست», «چیه» or «یعنی چه» instead of
# «چیست». The name is the title (doubted, as with «چیست»); main takes a lower section's
# question «ابزار تصفیه آب چیست؟», silently.
_WATER_LINES = [
    "پاک کردن آب از آلودگی ها را تصفیه آب گویند و تصفیه خانه جایی است که کارشناسان",
    "آب رودخانه یا چاه را در آن از گل و لای و میکروب پاک می کنند و",
    "آب سالم را به لوله های شهر می فرستند.",
    "ابزار تصفیه آب چیست؟",
    "حوضچه ته نشینی، صافی شنی، مخزن کلر و پمپ از دستگاه های هر تصفیه خانه است.",
]


def _water(question: str) -> str:
    return "\n\n".join(["تصفیه آب", question, *_WATER_LINES])


# (b) A person's page: the name, its Latin spelling, «NAME کیست؟», then the text in short
# lines: the name is the title; main takes a wrapped sentence's second line, warned.
_POET = "\n\n".join(
    [
        "پروین اعتصامی",
        "Parvin E'tesami",
        "پروین اعتصامی کیست؟",
        "پروین اعتصامی شاعر نامدار ایرانی است که در سال ۱۲۸۵ در تبریز به دنیا آمد و از کودکی",
        "شعر می سرود و دیوان او بارها چاپ شده است.",
        "پروین در سی و چهار سالگی درگذشت و در قم به خاک سپرده شد.",
    ]
)


# (c) A WordPress tag archive (fix256's layout, tests/pages 2368) whose <title> is a generic
# «آرشیو برچسب ها | SITE», its <h1> the tag's name: the tag's name is the title (the corpus's
# convention for a tag page printing its name); main takes the site's name, warned only
# `listing-page`.
def _tag_archive(title: str) -> str:
    return (
        '<!DOCTYPE html><html dir="rtl" lang="fa-IR"><head><meta charset="UTF-8">'
        f"<title>{title}</title></head>"
        '<body class="archive tag tag-41"><header><a href="/" class="logo">خبرنامه ساوه</a>'
        '</header><div class="archive-page"><h1 class="archive-title">جشنواره انار ساوه</h1>'
        '<article class="archive-item post"><div class="item-date"><span class="day">۱۲</span>'
        '<span class="month">مهر</span></div>'
        '<h2 class="item-title"><a href="https://saveh.example.ir/anar-1/">'
        "برپایی بازارچه انار در میدان شهر</a></h2>"
        '<div class="item-excerpt"><p>بازارچه انار با حضور باغداران روستاهای اطراف در میدان شهر '
        "برپا شد و مردم انار و رب انار را از خود باغداران خریدند و تا پایان هفته می توانند از "
        "آن دیدن کنند.</p></div></article></div>"
        "<footer><p>همه حقوق برای خبرنامه ساوه محفوظ است.</p></footer></body></html>"
    )


# (d) A citation record (fix260's layout, real74 #03): «عنوان مقاله :» printed alone over the
# article's title, the authors' names under it with no label of their own, then the next
# label. The title under its label is the title; main takes the authors' line, silently.
_RECORD = "\n".join(
    [
        "عنوان مقاله :",
        "رونق دوباره بندرهای جنوب در سال تازه",
        "مریم احمدی",
        "کلیدواژه :",
        "بندر این شهر هنوز پر از کامیون و شناور است و کارگران از صبح تا شب بارها را از "
        "انبارها به اسکله می رسانند و جرثقیل ها در سوی دیگر کار می کنند.",
    ]
)


# (e) An empty form (the same layout): «عنوان مقاله :» alone over a label of six words
# alone, «نام و نام خانوادگی نویسنده اول :», then labels of four words or fewer. No title
# (warned), as main gives when the second label has four words or fewer; main takes the long
# label as the title, silently (`_listing._LABEL_ALONE` knows labels of one to four words).
_FORM = "\n".join(
    [
        "عنوان مقاله :",
        "نام و نام خانوادگی نویسنده اول :",
        "نشانی نویسنده :",
        "کلیدواژه :",
        "کشاورزی",
        "چکیده فارسی :",
        "کشاورزان دشت های شمالی امسال بیشتر گندم کاشته اند و کارشناسان می گویند اگر باران "
        "بهاری به موقع ببارد برداشت از سال گذشته بیشتر خواهد شد.",
    ]
)


# (f) A two-word headline glued to its date label (fix262's layout, tests/pages 2424):
# «نمایشگاه کتاب تاریخ انتشار: 1400/05/02». Two words are fewer than a dated headline's
# least, so the label is not cut: main keeps the label's words in the title, warned
# («نمایشگاه کتاب تاریخ انتشار», `title-uncertain`); the headline is «نمایشگاه کتاب».
_GLUED_LABEL = (
    "ورود\nنمایشگاه کتاب تاریخ انتشار: 1400/05/02\n\n"
    "به گزارش خبرنگار ما، نمایشگاه کتاب استان با حضور ناشران شهرهای مختلف در محل "
    "نمایشگاه های دائمی گشایش یافت و تا پایان هفته هر روز از صبح تا شب باز است.\n"
)


# (g) A one-word date label glued after a headline of six words with its colon and the
# date: «HEADLINE تاریخ: DATE», «HEADLINE انتشار: DATE». `_title._GLUED_DATE_LABELS` takes
# labels of two words or more (a one-word label may be the headline's own word), so main
# keeps the label in the title, silently, and with «تاریخ:» reads no date either; the
# headline is the words before the label, the date the page's.
_ONE_WORD_LABEL_BODY = (
    "\n\nبه گزارش خبرنگار ما، نخستین جشنواره گل محمدی با حضور کشاورزان و خانواده های آنان "
    "در میدان اصلی روستا برگزار شد و غرفه های محصولات محلی تا شب باز بودند.\n\n"
    "دبیر جشنواره گفت: این برنامه هر سال در فصل برداشت گل برگزار خواهد شد و سال آینده "
    "روستاهای بیشتری در آن شرکت می کنند.\n"
)


# (h) A blog's page: its name, its tagline (one sentence closed by its verb and a full stop,
# sharing the name's words), the post's short title, a byline, the post's paragraphs
# (fix263's layout with a byline under the phrase). The post's title is the title; main
# takes the blog's name, silently.
_BLOG = (
    "باغ و باغبانی در خانه\n"
    "در این وبلاگ از باغ و باغبانی در خانه و حیاط می نویسم.\n"
    "هرس درختان سیب\n"
    "نوشته شده توسط مریم نیک نام\n"
    "درختان سیب را باید در اواخر زمستان و پیش از بیدار شدن جوانه ها هرس کرد تا شاخه های تازه "
    "در بهار قوی تر رشد کنند و میوه بیشتری بدهند.\n"
    "شاخه های خشک و بیمار را پیش از همه ببرید و جای برش را با چسب باغبانی بپوشانید.\n"
)


def _pages() -> list[tuple[str, jm.Article]]:
    pages = [
        (f"(a) mutant 36: «تصفیه آب» over «{question}»", jm.parse_article(_water(question)))
        for question in ("تصفیه آب کیست؟", "تصفیه آب چیه؟", "تصفیه آب یعنی چه؟")
    ]
    pages.append(("(b) «NAME» / «Latin» / «NAME کیست؟» / short lines", jm.parse_article(_POET)))
    pages.append(
        (
            "(c) a tag archive, <title> «آرشیو برچسب ها | SITE», <h1> the tag's name",
            jm.parse_html(_tag_archive("آرشیو برچسب ها | خبرنامه ساوه")),
        )
    )
    pages.append(
        (
            "(d) mutant 62: «عنوان مقاله :» / TITLE / authors, no label / «کلیدواژه :»",
            jm.parse_article(_RECORD),
        )
    )
    pages.append(
        ("(e) an empty form, a label of six words under «عنوان مقاله :»", jm.parse_article(_FORM))
    )
    pages.append(
        ("(f) mutant 69: «نمایشگاه کتاب تاریخ انتشار: DATE»", jm.parse_article(_GLUED_LABEL))
    )
    pages.extend(
        (
            f"(g) mutant 70: «HEADLINE {label}: DATE»",
            jm.parse_article(
                f"ورود\nبرگزاری جشنواره گل محمدی در روستاهای شهرستان {label}: 1394/03/11"
                + _ONE_WORD_LABEL_BODY
            ),
        )
        for label in ("تاریخ", "انتشار")
    )
    pages.append(
        ("(h) a blog's name / tagline / post title / byline / text", jm.parse_article(_BLOG))
    )
    return pages


def main() -> None:
    print_records(_pages())


if __name__ == "__main__":
    main()
