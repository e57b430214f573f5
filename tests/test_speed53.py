"""speed53: past EAGER_LINES, a line's verdict with a date is kept without its date match.

The lazy line table keeps the classifier's verdicts of the lines past the first 4,096 in a
bounded table of distinct verdicts, and a line made again gets its verdict back from it. A
verdict's date match (``LineInfo.date``) is a match on its own line and compares by
identity, so no two dated lines shared a verdict: past 1,024 dated lines each was classified
again on every walk that reached it (issue 15). Now such a verdict is kept without its
match, which is made again alone when the line's verdict is read. The answers are checked
by benchmarks/differential.py and the long shapes' records; this checks that the verdict
given back is the classifier's and that each line is classified once.
"""

from __future__ import annotations

import pytest

from jalali_meta.testing import clear_caches, fully_classified, remade_verdicts

# Past EAGER_LINES (4,096) by more dated lines than the verdict table holds (1,024).
_LINES = 5600
_HEAD = "سقوط قیمت نفت در بازارهای جهانی ادامه یافت"
_WEEKDAYS = ("شنبه", "یکشنبه", "دوشنبه", "سه شنبه", "چهارشنبه", "پنجشنبه", "جمعه")
_ORDINALS = ("اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم")
_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور")


def _footers(n: int) -> str:
    """A blog's post footer «WEEKDAY ORDINAL MONTH ۱۴۰۲ ساعت H:MM NAME» on every line, the
    line's text repeating every 840 lines (benchmarks/long_pages.py's ``weekday``)."""
    rows = "".join(
        f"{_WEEKDAYS[i % 7]} {_ORDINALS[i % 10]} {_MONTHS[i % 6]} ۱۴۰۲ ساعت {i % 24}:{i % 60:02d} "
        "لیلا افشار\n"
        for i in range(n)
    )
    return f"{_HEAD}\n\n{rows}"


def _mixed_dated(n: int) -> str:
    """Every kind of dated line the classifier keeps a match for, each line its own: a
    date alone (one of the quick reader's layouts), a labelled date, a newspaper's issue
    line whose issue number a year-first date would take, a date in bracketed cells (its
    match on the cells' copy of the line), a date in a sentence, and text without one."""
    rows = []
    for i in range(n // 6):
        day, month, year = 1 + i % 28, 1 + i % 12, 1380 + i % 40
        rows += [
            f"{1300 + i % 100}/{month:02d}/{day:02d} ساعت {i % 24}:{i % 60:02d}",
            f"تاریخ انتشار: {day} {_MONTHS[i % 6]} {year} - کد خبر: {100000 + i}",
            f"سال بیست و یکم - شماره {5000 + i} - سه‌شنبه {day} تیر {year}",
            f"[ {day} {_MONTHS[i % 6]} {year} ] [ ساعت {i % 24}:{i % 60:02d} ] [ مریم {i} ]",
            f"این گزارش روز {day} {_MONTHS[i % 6]} {year} در تهران منتشر شد و {i} بار دیده شد.",
            f"یادداشت کوتاه شماره {i} درباره بازار",
        ]
    return _HEAD + "\n\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize("make", [_footers, _mixed_dated])
def test_a_verdict_given_back_is_the_classifiers(make: object) -> None:
    """A line made again past EAGER_LINES reads the verdict ``classify`` gives its text, its
    date match the same (the type, string, span and groups): 5,600 lines, walked twice."""
    assert callable(make)
    pairs = remade_verdicts(make(_LINES))
    assert len(pairs) > _LINES - 6
    dated = sum(1 for given, _ in pairs if given[-1] is not None)  # type: ignore[index]
    assert dated > _LINES // 2
    assert [given for given, _ in pairs] == [fresh for _, fresh in pairs]


def test_each_dated_line_is_classified_once() -> None:
    """A page of 5,600 post footers under a headline: each line is read by the classifier
    once (on main a330fa43, 8,501 reads: lines past the table's 1,024 verdicts were
    classified again on each walk that reached them)."""
    text = _footers(_LINES)
    clear_caches()
    _article, read = fully_classified(text)
    assert len(read) <= _LINES + 1


def test_each_line_of_every_dated_kind_is_classified_once() -> None:
    """A page of 6,600 lines of every kind of dated line, each line its own text: no text
    is read by the classifier twice (a row of bracketed cells is read as the line and as
    its cells, two texts; on main a330fa43, 9,908 reads of 7,700 texts)."""
    text = _mixed_dated(6600)
    clear_caches()
    _article, read = fully_classified(text)
    assert len(read) == len(set(read)) > 6600
