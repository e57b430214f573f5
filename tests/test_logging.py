"""Logging: rejected candidates and warnings at DEBUG on the jalali_meta logger."""

from __future__ import annotations

import logging

import pytest

import jalali_meta as jm


def test_rejected_candidates_and_warnings_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    """A labelled date beating an unlabelled one logs the loser and the warning."""
    text = "عنوان\n۲ خرداد ۱۴۰۲\nتاریخ انتشار: ۱ خرداد ۱۴۰۲\nلید خبر در یک جمله."
    with caplog.at_level(logging.DEBUG, logger="jalali_meta"):
        jm.parse_article(text)
    messages = [r.getMessage() for r in caplog.records if r.name == "jalali_meta"]
    rejected = [m for m in messages if "rejected" in m]
    assert rejected == [
        "published: '۲ خرداد ۱۴۰۲' (date line, score 50) rejected; '۱ خرداد ۱۴۰۲' (label) chosen"
    ]
    assert any(m.startswith("warning published-conflict: ") for m in messages)


def test_nothing_is_logged_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    """At the default level the library is silent."""
    with caplog.at_level(logging.INFO, logger="jalali_meta"):
        jm.parse_article("عنوان\n۲ خرداد ۱۴۰۲\nتاریخ انتشار: ۱ خرداد ۱۴۰۲\nلید خبر در یک جمله.")
    assert [r for r in caplog.records if r.name == "jalali_meta"] == []
