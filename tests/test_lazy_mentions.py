"""The body's dates are found on first access, and nothing else about the record changes.

``parse_article`` leaves the scan of the lead and body for dates (``Article.mentions`` and
their ``mention-*`` notes in ``Article.warnings``) until either attribute is first read:
directly, or by ``==``, ``hash``, ``repr``, ``attrs.evolve``, pickling or ``to_dict``. These
tests check that each of those reads gives the values the scan gives, that the notes keep
their place at the end of the warnings, and that reading nothing else runs the scan.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
import threading

import attrs
import pytest

import jalali_meta as jm
from jalali_meta.testing import mentions_pending

# A header date with the wrong weekday (a warning before the notes), a lead date with its
# Gregorian twin (two mentions), and a body date with the wrong weekday (a note, left out
# of the mentions).
TEXT = (
    "عنوان خبر\n"
    "تاریخ انتشار: سه شنبه ۱ خرداد ۱۴۰۲\n\n"
    "لید خبر در ۱۸ دی ۱۳۹۹ (7 January 2021) نوشته شد و بیشتر از چند کلمه دارد تا یک "
    "پاراگراف باشد.\n\n"
    "متن خبر در روز دوشنبه ۲۸ شهریور ۱۴۰۲ آمد و این هم یک پاراگراف بلند است."
)


def _read_all(article: jm.Article) -> tuple[object, ...]:
    return (article.mentions, article.warnings)


def test_the_scan_waits_for_the_first_read_of_mentions() -> None:
    article = jm.parse_article(TEXT)
    assert mentions_pending(article)
    # Every other attribute is read without the scan.
    for field in attrs.fields(jm.Article):
        if field.name not in ("mentions", "warnings"):
            getattr(article, field.name)
    assert article.title == "عنوان خبر"
    assert mentions_pending(article)
    mentions = article.mentions
    assert not mentions_pending(article)
    assert [m.jalali_date for m in mentions] == [(1399, 10, 18), (1399, 10, 18)]
    assert [m.calendar for m in mentions] == ["jalali", "gregorian"]
    # The notes: after every other warning, once.
    codes = [w.code for w in article.warnings]
    assert codes == ["weekday-mismatch", "mention-weekday-mismatch"]
    assert article.mentions is mentions


def test_the_first_read_of_warnings_finds_the_mentions_too() -> None:
    article = jm.parse_article(TEXT)
    warnings = article.warnings
    assert not mentions_pending(article)
    assert any(w.code == "mention-weekday-mismatch" for w in warnings)
    assert len(article.mentions) == 2
    assert article.warnings is warnings


@pytest.mark.parametrize(
    "first_read",
    [
        lambda a: a.mentions,
        lambda a: a.warnings,
        jm.to_dict,
        repr,
        hash,
        attrs.asdict,
        lambda a: attrs.evolve(a, title="x"),
        lambda a: pickle.loads(pickle.dumps(a)),
        copy.copy,
        copy.deepcopy,
    ],
    ids=[
        "mentions",
        "warnings",
        "to_dict",
        "repr",
        "hash",
        "asdict",
        "evolve",
        "pickle",
        "copy",
        "deepcopy",
    ],
)
def test_every_read_gives_the_same_record(first_read: object) -> None:
    reference = jm.parse_article(TEXT)
    _read_all(reference)
    article = jm.parse_article(TEXT)
    first_read(article)  # type: ignore[operator]
    assert not mentions_pending(article)
    assert article == reference
    assert jm.to_dict(article) == jm.to_dict(reference)
    assert repr(article) == repr(reference)
    assert hash(article) == hash(reference)


def test_comparing_two_pending_records_finds_both() -> None:
    one, two = jm.parse_article(TEXT), jm.parse_article(TEXT)
    assert one == two
    assert not mentions_pending(one)
    assert not mentions_pending(two)


def test_copies_of_a_pending_record_are_whole_records() -> None:
    copied = pickle.loads(pickle.dumps(jm.parse_article(TEXT)))
    assert not mentions_pending(copied)
    assert len(copied.mentions) == 2
    assert copied == jm.parse_article(TEXT)


def test_a_url_keeps_the_scan_pending() -> None:
    """parse_article's own steps after the parse (the address) do not run the scan."""
    article = jm.parse_article(TEXT, url="https://www.example.ir/news/12345")
    assert mentions_pending(article)
    assert article.hostname == "www.example.ir"
    assert len(article.mentions) == 2


def test_the_reference_time_reads_the_warnings() -> None:
    """apply_reference adds warnings after the notes, so it finds them first (as before)."""
    article = jm.parse_article(TEXT, reference=dt.datetime(2023, 9, 1, 12, 0))
    assert not mentions_pending(article)
    codes = [w.code for w in article.warnings]
    assert "mention-weekday-mismatch" in codes


def test_threads_reading_one_record_see_one_result() -> None:
    article = jm.parse_article(TEXT)
    seen: list[tuple[object, ...]] = []
    start = threading.Barrier(8)

    def read() -> None:
        start.wait()
        seen.append(_read_all(article))

    threads = [threading.Thread(target=read) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert all(values == seen[0] for values in seen)
    codes = [w.code for w in article.warnings]
    assert codes.count("mention-weekday-mismatch") == 1


# Near misses: records that are never pending, and values that stay as given.


def test_a_record_built_by_hand_holds_what_it_was_given() -> None:
    stamp = jm.parse_article(TEXT).mentions[0]
    notice = jm.Notice("mention-weekday-mismatch", "given")
    article = jm.Article(title="t", mentions=(stamp,), warnings=(notice,))
    assert not mentions_pending(article)
    assert article.mentions == (stamp,)
    assert article.warnings == (notice,)
    assert attrs.evolve(article, title="u").mentions == (stamp,)


def test_a_text_without_body_dates_has_none() -> None:
    article = jm.parse_article("عنوان خبر\nتاریخ انتشار: ۱ خرداد ۱۴۰۲\n\nلید خبر بدون تاریخ.")
    assert mentions_pending(article)
    assert article.mentions == ()
    assert not any(w.code.startswith("mention-") for w in article.warnings)


def test_the_class_attribute_is_the_slot() -> None:
    """``Article.mentions`` and ``Article.warnings`` at class level are attrs' own slots."""
    assert type(jm.Article.mentions).__name__ == "member_descriptor"
    assert type(jm.Article.warnings).__name__ == "member_descriptor"
    assert [f.name for f in attrs.fields(jm.Article)].count("mentions") == 1
