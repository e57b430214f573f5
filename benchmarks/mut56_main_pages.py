"""The pages the fifty-sixth mutation round found wrong, doubtful or missing on main
(docs/reliability.md, "The fifty-sixth round: fix301-fix306, speed58 and speed59 under
mutation", "Seen on main and left for a fix helper"), each with its record: title, published
day and hour, number, warning codes.

    PYTHONPATH=src python benchmarks/mut56_main_pages.py

The sentences are written for this script; the layouts are those of the rules' own pages
(fix301's persianblog post under its blog's name and self-description, fix302's list with an
item that lost its mark, fix303's post printing its excerpt over its full text, fix306's
teasers quoting their speakers under one kicker, fix303's item fields over a cut summary).
"""

from __future__ import annotations

from main_pages import print_records

import jalali_meta as jm

_BROKEN = "\n\n".join(
    [
        "در کوچه های قدیم شهر",
        "هر خانه ای حوضی داشت و در",
        "تابستان آب سرد آن را",
        "برای نوشیدن نگه می داشتند.",
        "بچه ها کنار حوض بازی می کردند",
        "و بزرگ ترها زیر سایه درخت",
        "چای می نوشیدند.",
    ]
)
_GRAPES = (
    "کشاورزان شهرستان امسال بیش از هزار تن انگور برداشت کرده اند و بخشی از آن را در این "
    "جشنواره به مسافران عرضه می کنند. مسئول جشنواره گفت که غرفه ها تا پایان هفته باز است."
)

# (a) fix301's `_post_under_self_description` on a news page: a headline ending with no verb
# (the page's first line, a one-word section line above it read as chrome) over a lead opening
# «این سایت ...» over a one-word line: the rule reads the lead as a blog's self-description
# and gives the one-word line. Main gives «جزئیات», silently; expected the headline (a
# kicker of the text above it, or a verb at its end, keeps it: tests/test_mut56.py,
# tests/test_fix301.py).
_LIBRARY_PAGE = (
    "گزارش\n\nساعت کار تازه کتابخانه های شهر\n\n"
    "این سایت اعلام کرد که کتابخانه های عمومی از هفته آینده تا ساعت نه شب باز خواهند بود و "
    f"کارت عضویت رایگان می شود\n\nجزئیات\n\n{_GRAPES}\n"
)

# (b) fix301's blog layout (2560) with a line of two words over the blog's name: the rule
# wants the name to be the page's first line. Main gives the self-description sentence as the
# title, silently; expected the post's title «یخدان» (or the name, warned).
_BLOG_UNDER_LINE = (
    "خبرهای روز\n\nخاطرات من (حسن رضایی)\n\n"
    "این وبلاگ قرار است گوشه هایی از زندگی و روزگار نویسنده اش را برای دیگران بازگو کند و "
    f"خاطرات کودکی او را نگه دارد\n\nیخدان\n\n{_BROKEN}\n"
)

# (c) fix302's list with an item that lost its mark (mut54 (d)) in three more forms: two
# unmarked lines after two marked items, the list with no section heading over it, a
# paragraph between the items. Main gives the last item, silently; expected the place's name
# (mutant 33 gives it on the third form).
_PLACE = "باغ سیب دره سبز"
_HISTORY = (
    "پیشینه\nنخستین باغ این دره در دوره قاجار کاشته شد و مسافران از کنار آن به شهرهای شمال "
    "می رفتند و سال ها تنها باغ میوه آن منطقه بود.\n"
    "در سال های بعد باغ های تازه ای در کنار آن کاشته شد و باغ کهنه امروز تنها برای گردش به "
    "کار می رود و گردشگران بسیاری از آن دیدن می کنند.\n"
)
_ORCHARD_LINE = (
    "نخستین باغ این دره در دوره قاجار کاشته شد و مسافران از کنار آن به شهرهای شمال می رفتند "
    "و سال ها تنها باغ میوه آن منطقه بود."
)
_LISTS = (
    (
        "two marked items, two unmarked lines, a marked item",
        f"{_PLACE}\nامکانات\n- چایخانه سنتی کنار جوی\n- نانوایی محلی\nورود کودکان رایگان "
        f"است\nپارکینگ ندارد\n- فروشگاه مربا\n{_HISTORY}",
    ),
    (
        "no section heading over the list",
        f"{_PLACE}\n- چایخانه سنتی کنار جوی\nورود کودکان رایگان است\n- فروشگاه مربا و آب "
        f"سیب\n{_HISTORY}",
    ),
    (
        "a paragraph between the items",
        f"{_PLACE}\n{_ORCHARD_LINE}\n- چایخانه سنتی کنار جوی\n{_ORCHARD_LINE}\n- فروشگاه مربا "
        f"و آب سیب\n{_HISTORY}",
    ),
)

# (d) fix303's post printing its excerpt over its full text (2612), the excerpt cut with «...»
# instead of «[…]», or not cut: `_over_own_excerpt` wants «[…]». Main gives the site's name,
# doubted (cut «...»), or the excerpt, doubted, and no date (not cut); expected the headline
# and 14 Aban 1392 10:42 (mutant 41, any ending, gives both).
_SCHOOL_TEASER = (
    "مدیر آموزش و پرورش شهرستان گفت : با افتتاح این مدرسه دانش آموزان سه روستای همجوار "
    "دیگر برای رفتن به کلاس مسیر طولانی جاده کوهستانی را طی نمی کنند و در"
)


def _excerpt_post(cut: str) -> str:
    return (
        "پایگاه خبری صدای کوهپایه\n\n"
        "10:42:17 - سه شنبه 14 آبان 1392\n"
        "مدرسه تازه ساز روستای دره بید افتتاح شد .\n"
        f"{_SCHOOL_TEASER}{cut}\n\n"
        f"{_SCHOOL_TEASER} همان روستا درس می خوانند .\n\n"
        "وی افزود : این مدرسه شش کلاس درس و یک کتابخانه دارد و با کمک خیرین ساخته شده "
        "است .\n\n"
        "به گفته وی ساخت دو مدرسه دیگر نیز در بخش مرکزی شهرستان آغاز شده است .\n"
    )


# (e) fix306's quoting teasers under «ویدیو» (mut55 (f)) with a digit in each quote:
# `_quoting_teaser` refuses any digit (a label's value). Main gives the last teaser, silently;
# expected no title, a list (mutant 71, digits allowed, gives it).
_SNOW_TEXT = (
    "کارگران شهرداری از صبح امروز برف خیابان های اصلی را پاک کردند و تا ظهر بیشتر راه های "
    "شهر باز شد و اتوبوس ها دوباره به راه افتادند.\n\n"
    "معاون شهردار گفت که برای کوچه های تنگ محله های قدیمی هم گروه های تازه ای به کار گرفته "
    "شده اند و تا فردا کار آن ها تمام می شود.\n"
)
_DIGIT_QUOTES = (
    "رئیس هواشناسی: برف تا ۳ روز ادامه دارد",
    "فرماندار: مدرسه های ۱۲ روستا فردا تعطیل است",
    "مدیر راهداری: گردنه حیران با ۲ زنجیر باز است",
)

# (f) attacks72's label lines, each under the same lettered kicker («اطلاعیه») with a spaced
# colon, or under «-» with a glued one, over the text, no headline: main gives the last label
# line as the title, silently; expected no title (or a warned one). Mutants 70 and 73 give no
# title, `listing-page`.
_LABELS_SPACED = (
    "وضعیت اداره : همه شعبه ها از شنبه باز هستند",
    "نشانی دفتر : خیابان امام کوچه سوم پلاک دوازده",
    "مسئول پاسخگویی : کارشناس بخش مالیات مشاغل شهر",
)
_LABELS_GLUED = tuple(label.replace(" :", ":") for label in _LABELS_SPACED)


# (g) fix303's item with its fields over a summary cut with «...» (2610), the fields «کد:» and
# «منبع خبر:» only: `_headline_over_fields_over_cut_summary` wants two lines read as labels.
# Main gives «منبع خبر: ...» as the title, doubted; expected the headline over the fields.
_POWER_SUMMARY = (
    "پست برق تازه شهرک صنعتی بار واحدهای تولیدی را از شبکه فرسوده جدا می کند و خاموشی های "
    "تابستان را در این شهرک کم می کند و ..."
)
_POWER_ITEM = (
    "     بهره برداری از پست برق جدید در شهرک صنعتی\n\n"
    "     کد: 531\n"
    "     منبع خبر: روابط عمومی شرکت توزیع\n"
    f"     {_POWER_SUMMARY}\n"
    "     با راه اندازی این پست، بیست واحد تولیدی که تاکنون از یک خط هوایی قدیمی برق "
    "می گرفتند به شبکه تازه وصل می شوند و افت ولتاژ در ساعات اوج مصرف از میان می رود.\n"
    "     هزینه ساخت این پست از محل اعتبارات کاهش تلفات و سهم واحدهای شهرک پرداخت شده است.\n"
)


def _pages() -> list[tuple[str, jm.Article]]:
    pages = [
        ("(a) a headline over «این سایت ...» over «جزئیات»", jm.parse_article(_LIBRARY_PAGE)),
        (
            "(b) a line over the blog's name and self-description",
            jm.parse_article(_BLOG_UNDER_LINE),
        ),
    ]
    pages.extend((f"(c) {name}", jm.parse_article(text)) for name, text in _LISTS)
    pages.extend(
        (f"(d) the excerpt ending {cut.strip() or 'uncut'!r}", jm.parse_article(_excerpt_post(cut)))
        for cut in (" ...", "")
    )
    pages.append(
        (
            "(e) three «ویدیو» teasers quoting a speaker, a digit in each",
            jm.parse_article("".join(f"ویدیو\n{quote}\n" for quote in _DIGIT_QUOTES) + _SNOW_TEXT),
        )
    )
    pages.extend(
        (
            f"(f) three label lines each under «{kicker}»",
            jm.parse_article("".join(f"{kicker}\n{label}\n" for label in labels) + _SNOW_TEXT),
        )
        for kicker, labels in (("اطلاعیه", _LABELS_SPACED), ("-", _LABELS_GLUED))
    )
    pages.append(
        ("(g) «کد:» and «منبع خبر:» over a summary cut «...»", jm.parse_article(_POWER_ITEM))
    )
    return pages


def main() -> None:
    print_records(_pages())


if __name__ == "__main__":
    main()
