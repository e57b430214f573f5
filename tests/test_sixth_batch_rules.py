"""Rules found on the sixth blind batch (tests/pages 690-729), each with a positive and a
negative case: the shapes are the real pages' (tests/pages/SOURCES.md), the words new."""

from __future__ import annotations

import jalali_meta as jm

BODY = (
    "\nوالی استان در دیدار با مسئولان فرهنگی از برنامه‌های تازه این اداره برای سال آینده "
    "سخن گفت و افزود که کتابخانه‌های کوچک در روستاها ساخته خواهد شد و جوانان در آنها "
    "کتاب خواهند خواند.\n"
    "او گفت که این برنامه با همکاری وزارت فرهنگ اجرا می‌شود و هزینه آن از بودجه "
    "عادی استان پرداخته خواهد شد و گزارش کار هر سه ماه یک بار منتشر می‌شود.\n"
)


def _page(head: str, body: str = "") -> str:
    return (
        f'<html lang="fa"><head><meta charset="utf-8">{head}</head><body>'
        f'<div class="entry-content">{body or "<p>" + BODY.strip().replace(chr(10), "</p><p>") + "</p>"}'
        "</div></body></html>"
    )


# -- 720/724: og:title «TITLE – SITE» with the site's name known --------------------------


def test_og_title_loses_the_known_site_name_after_an_en_dash() -> None:
    """og:title «HEADLINE – SITE» with og:site_name SITE: the headline alone (WordPress
    prints «&#8211;», an en dash, between them)."""
    head = (
        "<title>کتابخانه‌های روستایی ساخته می‌شوند &#8211; خبرنامه فرهنگ</title>"
        '<meta property="og:title" content="کتابخانه‌های روستایی ساخته می‌شوند &#8211; '
        'خبرنامه فرهنگ">'
        '<meta property="og:site_name" content="خبرنامه فرهنگ">'
    )
    article = jm.parse_html(_page(head))
    assert article.title == "کتابخانه‌های روستایی ساخته می‌شوند"
    head = head.replace("&#8211;", "—")
    assert jm.parse_html(_page(head)).title == "کتابخانه‌های روستایی ساخته می‌شوند"


def test_og_title_with_a_dash_keeps_it_when_no_part_is_the_site_name() -> None:
    """A dash inside a headline («وزیر فرهنگ – گفت‌وگو ...») is the headline's: og:title
    is cut only at the known site's name."""
    title = "وزیر فرهنگ – گفت‌وگو درباره کتابخانه‌های روستایی"
    head = (
        f"<title>{title} - خبرنامه فرهنگ</title>"
        f'<meta property="og:title" content="{title}">'
        '<meta property="og:site_name" content="خبرنامه فرهنگ">'
    )
    assert jm.parse_html(_page(head)).title == title
    # No site name known: og:title stays whole.
    head = f'<meta property="og:title" content="{title}">'
    assert jm.parse_html(_page(head)).title == title
