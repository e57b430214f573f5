"""speed57 (speed56's change, checked): past EAGER_LINES, a line made again gets back its
word count and paragraph test.

The lazy line table keeps, per line past the first 4,096, the word count (an unsigned short)
and the paragraph test its first object made, and a line made again (``_Line.again``) takes
them instead of splitting its text and testing it again. Both depend on the line's text
alone, so the values must be the ones a line made afresh on the same extent gets, for every
kind of line: a sentence, a quoted headline whose closing mark ends no sentence, a list closed
by «و…», a no-break space, bound parts, a line of no word (U+001F alone), and a line of more words than an
array cell holds (its count is made again with its object, never cut to 16 bits).
"""

from __future__ import annotations

from jalali_meta.testing import remade_line_counts

_HEAD = "سقوط قیمت نفت در بازارهای جهانی ادامه یافت"
# More words than an unsigned short holds (65,535).
_MANY = 70_000


def _page() -> str:
    """A headline, 4,200 short lines (past EAGER_LINES), then every kind of line, each
    kind 200 times with its own number."""
    rows = [f"خبر کوتاه {i}" for i in range(4200)]
    for i in range(200):
        rows += [
            f"بازار سهام امروز با رشد {i} واحدی شاخص کل همراه بود و معامله‌گران خرید کردند.",
            f"وزیر: «سهم رسانه‌ها در گزارش {i} باید بیشتر شود»",
            f"تیم ملی در مسابقات بین المللی {i} «قائم کاپ»",
            f"قیمت میوه و سبزی در شهرهای قزوین، ساوه، اراک {i} و…",
            f"جلسه\xa0شورای شهر {i} برگزار شد و تصمیم‌ها اعلام شد.",
            f"کتاب ها می خوانند و می نویسند {i}",
            "ها می",
            "\x1f",  # (a line to the line table, no word to str.split: its count 0 is not kept)
            f"یادداشت {i}",
        ]
    rows.append(" ".join(["کلمه"] * _MANY) + ".")
    return _HEAD + "\n\n" + "\n".join(rows) + "\n"


def test_a_remade_line_gets_back_its_words_and_paragraph_test() -> None:
    """Every line of a 6,000-line page, walked twice so that the lines past 4,096 are
    made again, has the extent, text, word count and paragraph test of a line made afresh."""
    pairs = remade_line_counts(_page())
    assert len(pairs) > 4096 + 1600
    assert [given for given, _ in pairs] == [fresh for _, fresh in pairs]
    given = [pair[0] for pair in pairs]
    assert any(words == _MANY for *_, words, _paragraph in given)
    assert any(words == 0 for *_, words, _paragraph in given[4096:])
    assert sum(1 for *_, paragraph in given[4096:] if paragraph) >= 400
