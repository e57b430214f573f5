"""Limits and windows that more than one module relies on, each named once."""

from __future__ import annotations

__all__ = ["DATE_AFTER_YEAR", "DATE_BEFORE_YEAR", "MAX_INPUT_CHARS"]

# Inputs longer than this are refused with InputTooLargeError (32 Mi characters).
MAX_INPUT_CHARS = 32 * 1024 * 1024

# Every date layout contains a four-digit year. The grammar is tried only in a window around
# each such number, and find_dates normalises the same window: one window for both, so a
# layout that parses alone is also found inside text. The longest prefix before a year
# («23:59:59 ب.ظ - چهارشنبه، بیست و یکم اردیبهشت‌ماه سال ») and suffix after it (a time with
# seconds, fraction, offset and AM/PM, a place name, «ه.ش», a twin) fit with room to spare.
DATE_BEFORE_YEAR = 120
DATE_AFTER_YEAR = 160
