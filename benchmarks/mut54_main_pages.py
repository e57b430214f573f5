"""The pages the fifty-fourth mutation round found wrong or doubtful on main (docs/reliability.md,
"The fifty-fourth round: fix284-fix291 under mutation", "Seen on main and left for a fix
helper"), each with its record: title, published day and hour, number, warning codes.

    PYTHONPATH=src python benchmarks/mut54_main_pages.py

The sentences are written for this script; the layouts are those of the rules' own pages
(fix284's forum thread: the thread's title, the poster's user name and rank, the post; its
post answering its questions section by section).

After fix299 (this script on the fix299 branch): (c) no title, `listing-page` and
`title-uncertain`; (e) no title, `title-uncertain`; (f) no title alone, the headline sure
under it; (g) no title; (h) the post's title «برگ های زرد», `title-uncertain`. (a), (b) and
(d) are as on main.
"""

from __future__ import annotations

from main_pages import print_records

import jalali_meta as jm

# (a) A forum thread's title over the poster's user name and rank, then a labelled count of
# the poster's posts («ارسال ها: 52») before the post: fix284's `_thread_title_over_poster`
# wants a paragraph right under the rank. Main gives the count line as the title (warned);
# expected the thread's title.
_THREAD_TITLE = "معرفی انار"
_FORUM_POST = (
    "سلام به همه دوستان، امسال چند درخت انار در حیاط خانه کاشته ام و می خواهم بدانم در روزهای "
    "سرد زمستان چه کاری برای آنها انجام دهم تا سرما به شاخه ها آسیب نزند و بهار دوباره میوه بدهند."
)
_FORUM = f"{_THREAD_TITLE}\n\nanar_lover\n\nکاربر فعال\nارسال ها: 52\n{_FORUM_POST}\n"

# (b) A post's heading of two words over its first question heading, its answer, a second
# question and its answer: fix284's `_title_over_question_sections` wants three words or
# more in the heading. Main gives the first question as the title, silently; expected the
# heading (mutant 6 gives it, doubted).
_ANSWER = (
    "در این بخش می گوییم که کشاورز در هر مرحله چه کاری انجام می دهد و چه ابزاری به کار "
    "می برد تا محصول خوبی به دست آید و زمین برای سال بعد آماده بماند."
)
_ANSWER_2 = (
    "پیازها را پس از برداشت در جای خشک و خنک می گذاریم و هر چند هفته یک بار آنها را نگاه "
    "می کنیم تا پیاز خراب از بقیه جدا شود و برای کاشت پاییز سالم بماند."
)
_SHORT_HEADINGS = ("کاشت زعفران", "بازار زعفران")

# (c) A list of four video teasers, each its kicker «ویدیو» over its headline (three of them
# opening with a number), over a paragraph: no page headline. Main gives the last teaser's
# headline, silently; expected no title (a list page of several posts). Mutant 31 (fix286's
# card with a label printed again) reads the pairs as a card and gives no title.
_VIDEOS = (
    "ویدیو\n۵ نکته برای خرید خانه دوم\nویدیو\n۱۰ روش ساده برای صرفه جویی آب\nویدیو\n"
    "۳ اشتباه رایج در رانندگی\nویدیو\nسفر ارزان به شمال\n"
    "این ویدیوها را همکاران ما در هفته گذشته تهیه کرده اند و هر کدام چند دقیقه درباره یک "
    "موضوع روزمره توضیح می دهد تا بینندگان بتوانند در خانه از آن استفاده کنند.\n"
)


# (d) An encyclopedia page's name over a section heading and its bulleted list, a line that is
# no list item between two of the items, no lead (fix289's `_section_heading_over_list`
# wants the items to run without a break): main gives the list's last item, silently;
# expected the page's name. With a section heading of four words or a question heading
# («چه امکاناتی دارد؟») over a list of two items main gives the heading, warned (over four
# items, the last item, warned; mutant 61, no sentence mark tested, gives the name on the
# question over four items).
_BRIDGE_HISTORY = (
    "تاریخچه\nنخستین پل این رودخانه در دوره صفوی از سنگ و آجر ساخته شد و کاروان ها از روی "
    "آن به شهرهای جنوب می رفتند و سال ها تنها راه گذر بود.\n"
    "در دهه های بعد پل های تازه ای در کنار آن ساخته شد و پل کهنه امروز تنها برای گذر پیاده "
    "به کار می رود و گردشگران بسیاری از آن دیدن می کنند.\n"
)
_BRIDGE_LISTS = (
    ("امکانات", "- پارکینگ خودروهای سواری\nساعات کار از صبح تا شب\n- فروشگاه صنایع دستی محلی\n"),
    ("امکانات و خدمات رفاهی", "- پارکینگ خودروهای سواری\n- فروشگاه صنایع دستی محلی\n"),
    ("چه امکاناتی دارد؟", "- پارکینگ خودروهای سواری\n- فروشگاه صنایع دستی محلی\n"),
)


# (e) A bar-less menu opening with «تماس با ما» (contact us), «تماس با ما اخبار مقالات», over
# the text with no headline: fix291's `_glued_menu` does not count the opening item as a site
# page's link and the line is no menu. Main gives the menu as the title, silently; expected
# no title (or a warned one), as «خانه اخبار مقالات» gives.
_PARK_TEXT = (
    "شورای شهر دیروز تصمیم گرفت که پارک های محله ای در ماه های تابستان تا نیمه شب باز بمانند "
    "تا خانواده ها بتوانند در هوای خنک شب از آن ها استفاده کنند.\n\n"
    "یکی از اعضای شورا گفت که این تصمیم پس از نظرسنجی از ساکنان محله ها گرفته شد و "
    "نگهبانان بیشتری برای شب ها به کار گرفته خواهند شد.\n"
)


# (f) A Tajik blog view's views line without its colon, «Дида шуд 412» (fix287's views label
# reads «Дида шуд: 412»): alone over the text main gives it as the title, silently (expected
# no title); under the headline main doubts the headline (expected the headline, sure).
_TJ_HEADLINE = "Мактаби нави варзишӣ дар Хуҷанд"
_TJ_TEXT = (
    "Дар шаҳри Хуҷанд рӯзи душанбе мактаби нави варзишӣ барои кӯдакон кушода шуд ва зиёда аз "
    "дусад нафар хонандагон дар он ба машғулиятҳои варзишӣ фаро гирифта мешаванд.\n"
    "Директори мактаб гуфт, ки дар мактаб толорҳои шиноварӣ ва гимнастика сохта шудаанд ва "
    "машғулиятҳо ройгон мебошанд.\n"
)

# (g) A browser notice of four words, «مرورگر شما قدیمی است», alone over the text with no
# headline (four words or fewer are compared with the loader texts only, not fix288's
# notice pattern): main gives it as the title, silently; expected no title. The same notice
# with more words after it gives no title.


# (h) fix289's blog: a name, a motto, the post's short title, its byline, then a short line
# (the post's subtitle) over the text: fix289's `_name_and_motto_over_byline` wants a
# paragraph right under the byline. Main gives the subtitle as the title, silently; expected
# the post's title (warned at least).
_SNOW = (
    "دیشب برف آمد و بچه ها تا دیر وقت در کوچه آدم برفی ساختند و گلوله های برف را به هم پرتاب "
    "کردند و با آن ها بازی کردند و خانه های کوچک ساختند.\n"
    "صبح که بیدار شدیم برف نازکی روی بام ها نشسته بود و دود بخاری ها آرام بالا می رفت.\n"
)
_BLOG = (
    "دفتر شعر و قصه کوهستان\nیادداشت های روزانه از کوه و دره و روستاهای دور\nبرگ های زرد\n"
    "نوشته شده توسط مهتاب کاظمی\nدر یک روز سرد\n" + _SNOW
)


def _pages() -> list[tuple[str, jm.Article]]:
    pages = [
        ("(a) a thread's title, poster, rank, a posts count, the post", jm.parse_article(_FORUM))
    ]
    pages.extend(
        (
            f"(b) «{heading}» over two question sections",
            jm.parse_article(
                f"{heading}\n\nزعفران چه زمانی کاشته می شود؟\n\n{_ANSWER}\n\n"
                f"پیاز زعفران را چگونه نگه داریم؟\n\n{_ANSWER_2}\n"
            ),
        )
        for heading in _SHORT_HEADINGS
    )
    pages.append(
        ("(c) four video teasers under the same kicker, no headline", jm.parse_article(_VIDEOS))
    )
    pages.extend(
        (
            f"(d) a page's name, «{heading}», a list, no lead",
            jm.parse_article(f"مجموعه گردشگری پل کهنه\n{heading}\n{items}{_BRIDGE_HISTORY}"),
        )
        for heading, items in _BRIDGE_LISTS
    )
    pages.append(
        (
            "(e) the menu «تماس با ما اخبار مقالات» over the text, no headline",
            jm.parse_article(f"تماس با ما اخبار مقالات\n\n{_PARK_TEXT}"),
        )
    )
    pages.extend(
        (f"(f) «{first.split(chr(10))[0]}» first", jm.parse_article(first + _TJ_TEXT))
        for first in ("Дида шуд 412\n", f"{_TJ_HEADLINE}\nДида шуд 412\n")
    )
    pages.append(
        (
            "(g) «مرورگر شما قدیمی است» over the text, no headline",
            jm.parse_article(f"مرورگر شما قدیمی است\n\n{_PARK_TEXT}"),
        )
    )
    pages.append(
        ("(h) a blog's name, motto, post title, byline, subtitle", jm.parse_article(_BLOG))
    )
    return pages


def main() -> None:
    print_records(_pages())


if __name__ == "__main__":
    main()
