"""The pages the forty-eighth mutation round found wrong on main (docs/reliability.md, "The
forty-eighth round: fix235-fix238 under mutation", "Seen on main and left for a fix helper"),
each with its record: title, published day, number, warning codes.

    PYTHONPATH=src python benchmarks/mut48_main_pages.py
"""

from __future__ import annotations

import jalali_meta as jm

# fix236's WordPress post under a Jalali date path (hamiyanekeshavarzi.ir, tests/pages 2268):
# the post's lines, its short link, a last line printing another day.
_POST = (
    "باران آمد و کشتزار سبز شد دل کشاورز از این نعمت شاد شد\n"
    "باران آمد و کشتزار سبز شد\n"
    "دل کشاورز از این نعمت شاد شد\n"
    "http://kesht.example.ir/?p=5120\n"
)
_POST_URL = "http://kesht.example.ir/1399/01/20/باران-بهاری"

# A news item: a headline with no full stop over a subtitle of the same length, its date,
# a report's first paragraph (fix237's broken-sentence layout without the «و» line).
_SUBTITLED = (
    "همایش سراسری کشاورزان نمونه استان در شهرستان نمونه برگزار شد\n"
    "کشاورزان نمونه از ده شهرستان استان در این همایش یک روزه حضور داشتند\n\n"
    "1399/08/25\n\n"
    "به گزارش روابط عمومی جهاد کشاورزی، همایش کشاورزان نمونه استان دیروز با حضور مسئولان "
    "در سالن فرهنگی شهرستان برگزار شد.\n"
)

# fix237's near miss «بدست آوردن ... در دسته ...» (tests/test_fix237.py), with a subtitle
# under it.
_WINNER_BODY = (
    "1399/08/25\n\n"
    "کشتی گیر جوان شهرمان در مسابقات کشوری بر سکوی نخست ایستاد و مدال طلا گرفت و مورد "
    "استقبال مردم قرار گرفت.\n"
)
_WINNER = (
    "به دست آوردن مدال طلا در دسته نوجوانان\n\n"
    "کشتی گیر جوان شهرمان در مسابقات کشوری بر سکوی نخست ایستاد\n\n" + _WINNER_BODY
)
# fix236's Blogfa post as html2text's Markdown (tests/pages 2267), other verse lines.
_BLOG_URL = "https://daftar.blogfa.com/post/88"


def _blog_markdown(link: str) -> str:
    return (
        "# [دفتر شعر نمونه](https://daftar.blogfa.com/)\n\n"
        f"## [شب های کوهستان]({link})\n\n"
        "کوه ها در سکوت شب خفتند  \nماه و اختر به گوش هم گفتند  \n"
        "راه ما تا سپیده کوتاه است  \nغنچه ها تا سحر نه بشکفتند\n\n"
        "+ نوشته شده در شنبه هشتم مهر ۱۳۹۱ ساعت 21:05 توسط [دفتر](https://daftar.blogfa.com/)\n"
    )


def _pages() -> list[tuple[str, jm.Article]]:
    return [
        (
            "(a) mutant 20: a last line «3 March , 2025», no weekday, five years after the path",
            jm.parse_article(_POST + "3 March , 2025\n", url=_POST_URL),
        ),
        (
            "(b) mutant 21: «Monday, 3 March , 2025 | کلیه حقوق ...» ending the page",
            jm.parse_article(
                _POST + "Monday, 3 March , 2025 | کلیه حقوق این سایت محفوظ است\n", url=_POST_URL
            ),
        ),
        (
            "(c) mutant 40: a headline over its subtitle, neither stopped",
            jm.parse_article(_SUBTITLED),
        ),
        (
            "(d) mutants 36 and 40: «به دست آوردن ... در دسته ...» over a subtitle",
            jm.parse_article(_WINNER),
        ),
        (
            "(e) mutants 30, 31: Markdown post heading linking another post / a bare path",
            jm.parse_article(_blog_markdown("https://daftar.blogfa.com/post/12"), url=_BLOG_URL),
        ),
        (
            "(f) mutant 31: the same, a bare path «/post/88», no address",
            jm.parse_article(_blog_markdown("/post/88")),
        ),
    ]


def main() -> None:
    for name, article in _pages():
        published = article.published.jalali_date if article.published else None
        codes = sorted({warning.code for warning in article.warnings})
        print(
            f"{name}\n    title={article.title!r} published={published} number={article.number!r} {codes}"
        )


if __name__ == "__main__":
    main()
