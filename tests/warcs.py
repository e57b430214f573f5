"""Test data for the workflow tests: a few pages and a WARC written with warcio."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

PAGE = """<!DOCTYPE html><html lang="fa"><head><meta charset="utf-8">
<meta property="og:site_name" content="خبرگزاری نمونه"></head><body>
<h1>افزایش ساعت کار ادارات در زمستان</h1>
<div>کد خبر: ۰۴۵۶۷ | تاریخ انتشار: ۵ دی ۱۴۰۲ - ۱۰:۲۰</div>
<p>ساعت کار ادارات استان از هفته آینده یک ساعت افزایش می‌یابد.</p></body></html>"""
TEXT = (
    "نشست شورای شهر\nکد خبر: ۷۷۸۸\nتاریخ انتشار: ۴ دی ۱۴۰۲\nاعضای شورا درباره بودجه گفت‌وگو کردند."
)
RELATIVE = "خبر فوری درباره بارش برف\nتاریخ انتشار: ۲ ساعت پیش\nبرف راه‌های شمالی را بست."
FUTURE_PAGE = PAGE.replace("۵ دی ۱۴۰۲", "۵ دی ۱۴۰۳").replace("۰۴۵۶۷", "۰۴۵۶۸")


def write_warc(path: Path) -> None:
    """A gzipped WARC: HTML (declared charset, gzip body), text, relative, future, image, 404."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)

        def response(url: str, body: bytes, ctype: str, status: str = "200 OK", **extra: str):
            headers = [("Content-Type", ctype), *extra.items()]
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2023-12-26T12:00:00Z"},
            )
            writer.write_record(record)

        response(
            "https://www.example.ir/news/4567",
            gzip.compress(PAGE.encode("utf-8")),
            "text/html; charset=UTF-8",
            **{"Content-Encoding": "gzip"},
        )
        response("https://example.ir/t/7788", TEXT.encode(), "text/plain; charset=utf-8")
        response("https://example.ir/t/1", RELATIVE.encode(), "text/plain")
        response("https://example.ir/news/4568", FUTURE_PAGE.encode(), "text/html")
        response("https://example.ir/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
        response("https://example.ir/gone", b"<html>not found</html>", "text/html", "404 Not Found")
