"""The article's ID in its address: one convention for parse_article(url=...) and parse_html.

docs/formats.md, "Which value wins": the number printed on the page always wins; the
address's ID fills the gap only when the page prints none, only from shapes that are an
item's ID (never a date code, a year, a list's, page's or issue's number, a query date),
with evidence ``url``. Each shape has a positive and a negative case, read by both entry
points, lenient and strict.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.checks import stable_id

import jalali_meta as jm
from jalali_meta.testing import run_cli

# (address, the ID a careful reader records from it, or None)
SHAPES = [
    # A long number as a path segment, alone or before a slug, with an extension.
    ("https://www.tabnak.ir/fa/news/1127305/تکذیب-خبر", "1127305"),
    ("https://www.ilna.ir/بخش-کارگری-9/1693329-بازدید-نمایندگان", "1693329"),
    ("https://da.azadiradio.com/a/33680556.html", "33680556"),
    ("https://akhbareman.com/2121503", "2121503"),
    ("https://citna.ir/node/269019/printable/print", "269019"),
    ("http://www.tasnimnews.com/fa/news/1400/05/19/2552469/", "2552469"),
    ("https://www.kalemeh.tv/1401/03/43018/", "43018"),
    # A six-digit ID that reads as a date, after an item's segment.
    ("http://chekhabar.ir/News/151222/slug", "151222"),
    # A short number after an item's segment (Drupal, blogs, WordPress archives).
    ("https://moph.gov.af/en/node/1318", "1318"),
    ("http://skyboy612.persianblog.ir/post/460", "460"),
    ("http://www.khaama.com/persian/archives/7128", "7128"),
    ("https://shora.bushehr.ir/fa/news/4006/slug", "4006"),
    # A key-value path segment and query fields with an item's key.
    ("https://www.qut.ac.ir/a/news/university_news/postid-926/blogname-university_news", "926"),
    ("https://diyarmirza.ir/?p=377746", "377746"),
    ("http://www.iaut.ac.ir/Public/PG_HomeNewsDetails.aspx?GRP=amoozesh&NewsID=70191", "70191"),
    ("http://x.ir/show_content.aspx?PrintId=1&ContentId=41496&BlockId=75", "41496"),
    (
        "https://www.sabteahval.ir/News/page-17400/index.aspx?NewsId=160957&NewsDate=13991205",
        "160957",
    ),
    # Shapes of the blind batch 500-537 (aop.gov.af, sporghay.com's Joomla, brekky.store,
    # forumroman.com's XenForo, payamevijeh.ir's print view).
    ("https://aop.gov.af/pa/news_details/4130", "4130"),
    ("http://www.sporghay.com/index.php/10737-", "10737"),
    ("https://brekky.store/chapter-5/entry-225555.html", "225555"),
    ("https://forumroman.com/threads/قوانین-چت.4412", "4412"),
    ("https://payamevijeh.ir/Incsys/PrtNews.aspx?code=1534432&k=0&l=Fa", "1534432"),
    ("https://salamatfardahospital.com/news/145-slug", "145"),
    ("https://havanasmoke.online/cat-2/news-285379.html", "285379"),
    ("https://x.ir/folder/145-slug", None),
    ("https://x.ir/news/1402-slug", None),
    ("https://x.ir/news_list/4130", None),
    ("https://x.ir/threads/slug.v2", None),
    ("https://x.ir/chapter-5/", None),
    ("https://x.ir/login?code=abc", None),
    # WordPress's «/%post_id%/%postname%/» permalink (kherada.com, km.gov.af) and an item's
    # name with its ID in one segment (Sinaweb journals' «/article_N.html»).
    ("https://kherada.com/7616/نگاهی-به-تاریخ-علم؛-فصل-اول:-پیدایش-خط-(ب-–-اختراع-الفبا)", "7616"),
    ("https://km.gov.af/2210/افطاری-همدلی", "2210"),
    ("https://mizansj.ut.ac.ir/article_67195.html", "67195"),
    ("https://x.ir/2024/some-slug", None),  # an archive's year
    ("https://x.ir/1402/slug-x", None),
    ("https://x.ir/7616/slug-x/extra", None),  # deeper: a section's number
    ("https://x.ir/7616/about", None),  # one word: a section's page
    ("https://x.ir/tag_123", None),  # a tag's number
    ("https://x.ir/page_2", None),
    # kj-agrijahad.ir's Joomla with its automatic time alias, forum.ipresta.ir's Invision topic.
    ("http://kj-agrijahad.ir/index.php/archive/468-2019-12-23-13-06-03", "468"),
    ("https://x.ir/index.php/12-2019-12-23-13-06-03", "12"),
    ("https://forum.ipresta.ir/topic/13780-ساختار-ماژول/?do=findComment&comment=70837", "13780"),
    ("https://x.ir/forums/topic/375-slug/", "375"),
    ("https://x.ir/tag/468-2019-12-23-13-06-03", None),  # a tag's own alias
    ("https://x.ir/index.php/archive/468-2019-13-23-13-06-03", None),  # no month 13
    ("https://x.ir/topic/13780-slug/", None),  # a news site's topic list, not a forum
    ("https://forum.x.ir/tags/13780-slug/", None),
    # Not an ID: date codes and date paths.
    ("http://www.hamshahrionline.ir/hamnews/1384/841202/news/akhar.htm", None),
    ("http://data.eshia.ir/feqh/archive/text/x/feqh2/1400/14000817/", None),
    ("https://shabtabnews.com/1399/02/03/اخبار-ویژه/", None),
    ("http://www.razaqmamoon.com/2017/03/2001.html", None),
    ("http://x.ir/881226/", None),
    # Not an ID: a list's, a page's or an issue's number; a folder before a short number.
    ("https://khabaredagh.ir/fa/tags/256816/1/روندهای-سیاسی", None),
    ("https://x.ir/fa/tags/256816", None),
    ("https://magland.ir/magazine/13/issue/12711/روزنامه-شماره-1555", None),
    ("http://kayhanarch.kayhan.ir/881226/2.htm", None),
    ("http://moic.gov.af/fa/page/1290/104312/2112", None),
    ("https://dgla.ut.ac.ir/fa/page/3175/آیین-نامه", None),
    ("https://ourpresident.ir/fa/news/2045-visit-kerman-water", None),
    # Not an ID: query fields that are no item's key, or two candidate keys.
    ("http://x.ir/News.aspx?NewsDate=13991205", None),
    ("http://sptfiran.ir/News/d?ts=14030131132039604", None),
    ("http://khorramabad.ir/HomePage.aspx?TabID=4826&Site=DouranPortal", None),
    ("http://ardakan.ir/SC.php?type=component_sections&id=9&sid=1553", None),
    # A university portal's news module: its item key beside the site and menu page keys
    # (modares.ac.ir, blind page 736); those keys alone are no item's ID.
    (
        "http://www.modares.ac.ir/index.jsp?fkeyid=&siteid=16&pageid=12833&owner=319&newsview=3067",
        "3067",
    ),
    ("http://www.ihu.ac.ir/index.jsp?siteid=1&fkeyid=&siteid=1&pageid=5328&siteid=1", None),
    # An item's word glued to an ID of five digits or more (easydiet.ir, blind 771/794), and
    # a section's word, a hyphen and such an ID as the last segment (tolonews.com, blind 781);
    # never a year, a slug's count, a short page name, a list's or a date code.
    ("http://www.easydiet.ir/news103644/تکمیل-بیمارستان-ها", "103644"),
    ("https://tolonews.com/fa/afghanistan-174246", "174246"),
    ("https://x.ir/news2023/slug-x", None),
    ("https://x.ir/report-2023", None),
    ("https://x.ir/top-10-tips", None),
    ("https://x.ir/covid-19", None),
    ("https://rta.af/article484", None),
    ("https://x.ir/tag-123456", None),
    ("https://x.ir/archive-20231015", None),
    # Not an ID: hashes, GUIDs, letter-prefixed codes.
    ("https://parsinews.ir/news/page/f320056b7a34edd2a28f57a8f966ece9", None),
    ("https://fardabourse.ir/News/97a9b28c-0966-ec11-b043-f334e9829663/slug", None),
    ("http://vazeh.com/n2581278/معرب-و-مبنی", None),
    # Nothing to read.
    ("https://x.ir/", None),
    ("not a url", None),
    ("http://[::1", None),
    ("", None),
]

TEXT = "عنوان خبری برای آزمون نشانی\nاین متن خبر است و هیچ شناسه‌ای چاپ نمی‌کند.\n"
PRINTED = "عنوان خبری برای آزمون نشانی\nکد خبر: ۷۷۸۸\nاین متن خبر است.\n"


def _html(body: str, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f'<html lang="fa"><head>{link}</head><body>{body}</body></html>'


HTML = _html("<h1>عنوان خبری برای آزمون نشانی</h1><p>این متن خبر است و هیچ شناسه‌ای چاپ نمی‌کند.</p>")
HTML_PRINTED = _html(
    "<h1>عنوان خبری برای آزمون نشانی</h1><div>کد خبر: ۷۷۸۸</div><p>این متن خبر است.</p>"
)


def _both(text: str, html: str, url: str, *, strict: bool = False) -> list[jm.Article]:
    return [
        jm.parse_article(text, url=url, strict=strict),
        jm.parse_html(html, url=url, strict=strict),
    ]


def test_shapes_are_not_repeated() -> None:
    """Each address is listed once (a copy would hide a changed expectation)."""
    urls = [url for url, _ in SHAPES]
    assert len(urls) == len(set(urls))


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize(("url", "expected"), SHAPES, ids=[stable_id(s[0][:60]) for s in SHAPES])
def test_both_entry_points_take_the_same_number(
    url: str, expected: str | None, strict: bool
) -> None:
    """A page that prints no ID gets the address's ID (evidence url) in text and HTML alike."""
    for article in _both(TEXT, HTML, url, strict=strict):
        assert expected == article.number
        assert (expected is not None) == (article.evidence.get("number") == "url")
        # A weak value fills a gap quietly: no warning names the number.
        assert not [w for w in article.warnings if "number" in w.code]


@pytest.mark.parametrize("strict", [False, True])
def test_the_printed_number_always_wins(strict: bool) -> None:
    """A number printed on the page beats the address's, with no conflict reported."""
    for article in _both(PRINTED, HTML_PRINTED, "https://x.ir/fa/news/1127305/", strict=strict):
        assert (article.number, article.evidence["number"]) == ("7788", "label")
        assert not [w for w in article.warnings if w.code == "number-conflict"]


def test_without_an_address_the_number_is_missing() -> None:
    """Without the URL (and no canonical), the same page has no number: missing, not another."""
    assert jm.parse_article(TEXT).number is None
    assert jm.parse_html(HTML).number is None


def test_html_reads_the_canonical_address() -> None:
    """parse_html takes the ID from <link rel=canonical> when no url is given."""
    page = _html(HTML.split("<body>")[1].split("</body>")[0], "https://moph.gov.af/en/node/1318")
    article = jm.parse_html(page)
    assert (article.number, article.evidence["number"]) == ("1318", "url")
    assert ("number", "url", "1318") in [(f.name, f.label, f.value) for f in article.fields]


def test_the_address_is_kept_in_fields() -> None:
    """The value read from the address is kept in fields with the label url and no span."""
    article = jm.parse_article(TEXT, url="https://akhbareman.com/2121503")
    assert [f for f in article.fields if f.label == "url"] == [
        jm.Field("number", "url", "2121503", None, None)
    ]


@pytest.mark.parametrize("strict", [False, True])
def test_a_lists_address_gives_no_number(strict: bool) -> None:
    """At a list's address (a tag or category path) the address's number is never the page's."""
    for url in ("https://x.ir/tag/اخبار/1234567", "https://x.ir/category/news/1234567"):
        for article in _both(TEXT, HTML, url, strict=strict):
            assert article.number is None


def test_a_printed_address_with_another_id_leaves_the_number_empty() -> None:
    """A page printing its own address with another ID: neither is taken, number-conflict says why."""
    text = TEXT + "https://www.cgie.org.ir/fa/article/246901/آفتاب-سنجی\n"
    article = jm.parse_article(text, url="https://cgie.org.ir/fa/article/246886/زمان-سنجی")
    assert article.number is None
    assert [w.code for w in article.warnings if "number" in w.code] == ["number-conflict"]
    with pytest.raises(jm.ConflictError):
        jm.parse_article(text, url="https://cgie.org.ir/fa/article/246886/زمان-سنجی", strict=True)


def test_a_printed_address_with_the_same_id_agrees() -> None:
    """The page's own address printed with the same ID (a print view) confirms it; another
    site's address printed on the page is no evidence either way."""
    same = TEXT + "https://cgie.org.ir/fa/article/246886/زمان-سنجی\n"
    other = TEXT + "https://www.mashreghnews.ir/news/1192293/x\n"
    url = "https://cgie.org.ir/fa/article/246886/زمان-سنجی"
    assert jm.parse_article(same, url=url).number == "246886"
    assert jm.parse_article(other, url=url).number == "246886"


def test_jsonl_records_with_a_url_get_its_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI passes a JSON Lines record's url: the text and HTML records get the same ID."""
    source = tmp_path / "pages.jsonl"
    records = [
        {"text": TEXT, "url": "https://moph.gov.af/en/node/1318"},
        {"html": HTML, "url": "https://moph.gov.af/en/node/1318"},
        {"text": TEXT, "url": "http://www.hamshahrionline.ir/hamnews/1384/841202/news/akhar.htm"},
        {"text": TEXT},
    ]
    source.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    assert run_cli(["-q", "--format", "jsonl", str(source)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["number"] for r in out] == ["1318", "1318", None, None]


# A portal's «/<module>/<N>/<name>» (msrt.ir's and qiet.ac.ir's «/fa/regulation/N/», vamoon.ir's
# «/خبر/N/», darolershad.org's «/Blog/C/N/»): the number before the item's name is its ID
# only when the page prints that name.
NAMED = [
    "https://farhangi.msrt.ir/fa/regulation/946/آیین-نامه-آموزشی-دانشگاه",
    "https://www.vamoon.ir/خبر/134/آیین-نامه-آموزشی-دانشگاه",
    "http://darolershad.org/0/FA/Blog/C/362/آیین-نامه-آموزشی-دانشگاه",
]
NAMED_TEXT = "آیین نامه آموزشی دانشگاه\nاین متن آیین نامه است و هیچ شناسه‌ای چاپ نمی‌کند.\n"
NAMED_HTML = _html("<h1>آیین نامه آموزشی دانشگاه</h1><p>این متن آیین نامه است.</p>")


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("url", NAMED)
def test_the_number_before_the_printed_name_is_the_items(url: str, strict: bool) -> None:
    """The number right before the address's last slug, which spells the page's headline."""
    for article in _both(NAMED_TEXT, NAMED_HTML, url, strict=strict):
        assert (article.number, article.evidence.get("number")) == (url.split("/")[-2], "url")


@pytest.mark.parametrize(
    "url",
    [
        # The shape, but the page does not print the name: not sure the address is this item's.
        "https://banovan.abfakhz.ir/fa/law/166/شاخص-پوشش-کارمندان",
        # A list's or a page's number before a name, a year, a zero-padded code, a number
        # after a number, a one-word page, a slug that is not last.
        "https://x.ir/fa/tags/12/آیین-نامه-آموزشی-دانشگاه",
        # (A portal's «/fa/page/3/<name>» printing the name is its page 3: fix60.) A list's
        # page before a name stays unread.
        "https://x.ir/fa/tags/12/page/3/آیین-نامه-آموزشی-دانشگاه",
        "https://x.ir/blog/1402/آیین-نامه-آموزشی-دانشگاه",
        "https://x.ir/fa/regulation/0946/آیین-نامه-آموزشی-دانشگاه",
        "https://x.ir/fa/tags/256816/1/آیین-نامه-آموزشی-دانشگاه",
        "https://x.ir/fa/regulation/946/آیین",
        "https://x.ir/fa/regulation/946/آیین-نامه-آموزشی-دانشگاه/print",
    ],
)
def test_no_number_before_a_name_the_page_does_not_print_or_a_lists(url: str) -> None:
    """The number before a slug stays None without the printed name, or after a list's word."""
    text = NAMED_TEXT if "abfakhz" not in url else TEXT
    html = NAMED_HTML if "abfakhz" not in url else HTML
    for article in _both(text, html, url):
        assert article.number is None
