"""The older attack rounds' silent leftovers (fix162; docs/reliability.md, "After fix162" in
the thirty-third round's section): shapes of attacks21, 23, 27, 30, 31, 33 and 34 that gave a
wrong title with no warning on main 6aa8613.

Every positive here fails on main 6aa8613 (checked with ``PYTHONPATH=/work/main/src``); each
``-neg`` near miss keeps the reading it has there. The sentences are ours; the layouts are the
rounds' (named in each section), which carried them over from real pages.
"""

from __future__ import annotations

import pytest
from tests.checks import title_doubted as doubted

import jalali_meta as jm
from jalali_meta.testing import LINE_EVIDENCE, markdown_headings

DATE = "۱۸ آبان ۱۴۰۲"
HEADLINE = "کتابخانه مرکزی شهر ساعت کار خود را افزایش داد"
BODY = (
    "به گزارش خبرنگار ما، کتابخانه مرکزی شهر از این هفته تا ساعت ده شب باز است و دانشجویان "
    "و دانش‌آموزان می‌توانند در سالن‌های مطالعه آن درس بخوانند.\n\n"
    "مدیر کتابخانه گفت این کار به درخواست شمار زیادی از مراجعان انجام شده و تا پایان سال "
    "ادامه خواهد داشت.\n"
)


def parse(text: str, url: str | None = None) -> jm.Article:
    return jm.parse_article(text, url=url)


# -- a paragraph's first line cut before a present verb's prefix (attacks27) -----------------

CUT_FIRST = "در این هفته نمایشگاه بزرگ صنایع دستی استان در سالن ورزشی شهر برپا"
CUT_REST = "و بازدید از آن برای همه مردم در تمام روزهای هفته رایگان است."
CUT_MORE = "غرفه‌داران این نمایشگاه از هفت شهرستان استان آمده‌اند.\n"


@pytest.mark.parametrize("verb", ["می‌شود", "نمی‌شود", "می شود"])
def test_line_cut_before_a_present_verb_is_no_headline(verb: str) -> None:
    """«... برپا» / «می‌شود و ...»: the prefix opens the line and the line above ends on no
    verb: one paragraph cut by the layout, no headline."""
    article = parse(f"{CUT_FIRST}\n{verb} {CUT_REST}\n{CUT_MORE}")
    assert article.title is None
    assert doubted(article)


def test_lead_opening_with_a_present_verb_under_a_verb_headline_keeps_it_neg() -> None:
    """A headline ending on its own verb over a lead that opens with one («می‌توان گفت ...»)
    is a headline and its lead."""
    headline = "نمایشگاه صنایع دستی استان فردا در سالن ورزشی شهر گشایش می‌یابد"
    lead = (
        "می‌توان گفت این بزرگ‌ترین نمایشگاه صنایع دستی استان در ده سال گذشته است و غرفه‌داران "
        "از هفت شهرستان در آن شرکت دارند."
    )
    article = parse(f"{headline}\n{lead}\n{CUT_MORE}")
    assert article.title == headline
    assert not doubted(article)


# -- a headline wrapped before its verb, the verb alone on the next line (attacks27) --------

WRAPPED = "سد بزرگ شمال شهر پس از ده سال به یکی از منابع اصلی آب آشامیدنی استان تبدیل"


@pytest.mark.parametrize("verb", ["شده است", "شد", "شده‌است"])
def test_headline_wrapped_before_its_verb_is_doubted(verb: str) -> None:
    article = parse(f"{WRAPPED}\n{verb}\n\n{BODY}")
    assert article.title == WRAPPED
    assert doubted(article)


def test_headline_with_its_verb_on_one_line_is_not_doubted_neg() -> None:
    headline = f"{WRAPPED} شده است"
    article = parse(f"{headline}\n\n{BODY}")
    assert article.title == headline
    assert not doubted(article)


def test_headline_ending_on_its_verb_over_a_short_line_is_not_doubted_neg() -> None:
    """The line under it is no verb («با حضور استاندار»): nothing says the headline goes on."""
    headline = "سد بزرگ شمال شهر پس از ده سال ساخت به بهره‌برداری رسید"
    article = parse(f"{headline}\n\n{DATE}\n\n{BODY}")
    assert article.title == headline
    assert not doubted(article)


# -- a headline set over two lines, the second opening with «را» (attacks31) ----------------

HALF_ONE = "شورای شهر طرح تازه جمع‌آوری پسماند"
HALF_TWO = "را تصویب کرد"
WHOLE = f"{HALF_ONE} {HALF_TWO}"


def test_second_half_opening_with_the_object_mark_yields_to_the_whole_print() -> None:
    """HALF / «را ...» / DATE / the two as one line: the whole line is the headline."""
    article = parse(f"{HALF_ONE}\n{HALF_TWO}\n\n{DATE}\n\n{WHOLE}\n\n{BODY}")
    assert article.title == WHOLE


def test_second_half_opening_with_the_object_mark_alone_is_doubted() -> None:
    """No whole print below: the line taken opens with «را», which no headline does."""
    article = parse(f"شورای شهر طرح تازه\nرا برای جمع‌آوری پسماند تصویب کرد\n\n{DATE}\n\n{BODY}")
    assert doubted(article)


def test_object_mark_inside_a_headline_is_no_doubt_neg() -> None:
    article = parse(f"{WHOLE}\n\n{DATE}\n\n{BODY}")
    assert article.title == WHOLE
    assert not doubted(article)


# -- «***.*** ... NAME ... ***.***» banners over a plain blog's post (attacks23) -------------

BANNER = "***.*** ... دفترچه یادداشت یک پزشک روستا ... ***.***"


def test_star_banner_printed_twice_is_no_title() -> None:
    """javadfesharaki.blog.ir's banner layout (tests/pages 1129), printed twice over the
    post's title: the post's title."""
    article = parse(f"{BANNER}\n\n{BANNER}\n\n{HEADLINE}\n\n{DATE}\n\n{BODY}")
    assert article.title == HEADLINE


def test_headline_in_a_star_frame_without_dots_is_still_read_neg() -> None:
    """A frame of bare stars around the headline («*** HEADLINE ***») is no banner's."""
    article = parse(f"*** {HEADLINE} ***\n\n{DATE}\n\n{BODY}")
    assert article.title == HEADLINE


# -- cut teasers, a date line under each headline (attacks30) --------------------------------

TEASERS = (
    ("بازگشایی استخر سرپوشیده محله جنوبی پس از تعمیر", "استخر سرپوشیده محله جنوبی"),
    ("برگزاری مسابقه نقاشی کودکان در فرهنگسرای شهر", "مسابقه نقاشی کودکان امسال"),
    ("آغاز طرح کاشت نهال در بوستان‌های شهر", "طرح کاشت نهال در بوستان‌های شهر"),
)


def test_cut_teasers_with_date_lines_doubt_the_headline_taken() -> None:
    """HEADLINE / DATE / «text …» three times: a list's teasers, whichever headline is taken."""
    text = "\n\n".join(
        f"{head}\n{DATE}\n{opening} با حضور گروهی از اهالی و مسئولان شهری از صبح امروز آغاز شد و تا …"
        for head, opening in TEASERS
    )
    article = parse(text + "\n")
    assert article.title is None or doubted(article)


def test_one_cut_line_over_the_headline_is_no_list_neg() -> None:
    """A ticker's cut line over the article, nothing else cut: one cut text, no list."""
    ticker = "خبر فوری: ورزشگاه شهر برای برگزاری مسابقه فینال جام حذفی آماده شده و بلیت‌ها …"
    article = parse(f"{ticker}\n\n{HEADLINE}\n{DATE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert not doubted(article)


# -- language switchers in three-letter capitals (attacks33) ---------------------------------

SWITCHER = LINE_EVIDENCE["language switcher"]


@pytest.mark.parametrize("line", ["ENG | ESP |", "RUS / TJK", "FRA | ENG | ARA"])
def test_three_letter_codes_between_bars_are_a_switcher(line: str) -> None:
    assert SWITCHER(line)


@pytest.mark.parametrize("line", ["IRNA | ISNA", "eng | esp", "Eng | Esp", "ENG ESP", "NASA / ESA"])
def test_other_capitals_or_cases_are_no_switcher_neg(line: str) -> None:
    assert not SWITCHER(line)


def test_switcher_in_three_letters_over_a_headline_printed_twice() -> None:
    code = "xyz-42"
    article = parse(f"RUS | ENG |\n\n{code}\n\n{code}\n\n{BODY}")
    assert article.title == code


# -- the Urdu Wikipedia tagline (attacks34) --------------------------------------------------

URDU_TEXT = (
    "شہر کی مرکزی لائبریری نے اعلان کیا ہے کہ اگلے ہفتے سے یہ رات دس بجے تک کھلی رہے گی اور "
    "طلبہ کو مطالعے کے لیے زیادہ وقت ملے گا، شہری اس فیصلے سے خوش ہیں۔\n\n"
    "انتظامیہ کے مطابق اس مقصد کے لیے نیا عملہ بھرتی کر لیا گیا ہے۔\n"
)


def test_urdu_wiki_tagline_is_no_title() -> None:
    """ur.wikipedia.org's «آزاد دائرۃ المعارف، ویکیپیڈیا سے» under the page's name, no skip
    links under it: the page's name is the title."""
    article = parse(f"دریائے سندھ\n\nآزاد دائرۃ المعارف، ویکیپیڈیا سے\n\n{URDU_TEXT}")
    assert article.title == "دریائے سندھ"


def test_urdu_headline_ending_with_from_is_no_tagline_neg() -> None:
    """«... سے» with no encyclopedia's words before the wiki's name is a sentence."""
    line = "طلبہ نے تاریخ کی معلومات حاصل کیں ویکیپیڈیا سے"
    article = parse(f"{line}\n\n{URDU_TEXT}")
    assert article.title == line


# -- a Liferay logo heading linked to «/web/guest» (attacks34) -------------------------------

LOGO = '[![اداره آب شهرستان](/o/theme/images/logo.png)](/web/guest "اداره آب شهرستان")'


def test_liferay_logo_heading_gives_no_title() -> None:
    headline = "قطعی آب در سه محله شهر از فردا آغاز می‌شود"
    text = f"# {LOGO}اداره آب شهرستان\n\n  * [صفحه اصلی](/home)\n\n#### {headline}\n\n{BODY}"
    assert markdown_headings(text) == [""]
    assert parse(text).title == headline


def test_logo_linked_under_web_guest_to_a_page_names_it_neg() -> None:
    """A heading linking a page under the site («/web/guest/news/12») is that page's link."""
    heading = "# [قطعی آب در سه محله شهر](/web/guest/news/12)"
    assert markdown_headings(heading) == ["قطعی آب در سه محله شهر"]


# -- a verbless line restating the headline right over it (attacks21) ------------------------

KICKER = "افزایش ساعت کار کتابخانه مرکزی شهر برای دانشجویان"


def test_verbless_reworded_line_over_the_headline_doubts_it() -> None:
    """KICKER / HEADLINE (no blank line between) / DATE: a kicker over the headline as often
    as a first print over a reworded heading: the line with the verb, doubted."""
    article = parse(f"{KICKER}\n{HEADLINE}\n\n{DATE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert doubted(article)


def test_verb_headline_over_a_verbless_rewording_keeps_the_first_print_neg() -> None:
    """fix48's shape: the headline (with its verb) printed first, a reworded heading under."""
    article = parse(f"{HEADLINE}\n{KICKER}\n\n{DATE}\n\n{BODY}")
    assert article.title == HEADLINE
    assert not doubted(article)


def test_verbless_line_over_a_question_rewording_it_stays_the_title_neg() -> None:
    """A question under a line holding its words asks what that line names (fix29's shape):
    the first print stays the title."""
    upper = "ساعت کار کتابخانه مرکزی شهر برای دانشجویان"
    article = parse(f"{upper}\nچرا ساعت کار کتابخانه مرکزی شهر افزایش یافت؟\n\n{BODY}")
    assert article.title == upper


# -- a crosshead under a report's lead, no headline printed (attacks27) ----------------------

LEAD = (
    "به گزارش خبرنگار ما، شورای شهر در نشست دیروز خود درباره هزینه نگهداری بوستان‌های شهر "
    "و شمار کارگران فضای سبز گفت‌وگو کرد."
)
CROSSHEAD = "هزینه نگهداری بوستان‌ها"
UNDER = (
    "هزینه نگهداری بوستان‌های شهر امسال بیشتر از سال گذشته است و شورا آن را به تفکیک "
    "منطقه‌ها بررسی می‌کند.\n"
)


def test_crosshead_under_a_report_lead_is_doubted() -> None:
    article = parse(f"{LEAD}\n\n{CROSSHEAD}\n\n{UNDER}")
    assert article.title is None or doubted(article)


def test_headline_under_a_summary_is_not_doubted_neg() -> None:
    """A site's summary (no report's opening) over the headline and the text: the headline."""
    summary = (
        "شورای شهر در نشست دیروز خود هزینه نگهداری بوستان‌های شهر را بررسی کرد و از شهرداری "
        "خواست گزارش آن را تا پایان ماه بفرستد."
    )
    headline = "بررسی هزینه نگهداری بوستان‌های شهر در شورا"
    article = parse(f"{summary}\n\n{headline}\n\n{UNDER}")
    assert article.title == headline
    assert not doubted(article)


# -- an exclaimed address or first-person cry opening a text (attacks33) --------------------

CRY_BODY = (
    "امروز برای نخستین بار پس از سه سال به روستای پدری برگشتم و همه چیز همان‌طور بود که در "
    "خاطرم مانده بود.\n"
    "فردا با پسرعمویم به باغ قدیمی خانواده سر می‌زنیم.\n"
)


@pytest.mark.parametrize(
    "line",
    ["امروز برای من روز بازگشت به روستای پدری بود!", "ای روستای سبز ای خانه کودکی من!"],
)
def test_exclaimed_address_or_personal_cry_is_doubted(line: str) -> None:
    article = parse(f"{line}\n\n{CRY_BODY}")
    assert article.title is None or doubted(article)


def test_exclaimed_quote_headline_with_a_speaker_is_not_doubted_neg() -> None:
    """«NAME: ... من ...!»: a speaker's quote, a headline's form."""
    headline = "دهیار روستا: من خانه‌های روستا را دوباره آباد می‌کنم!"
    lead = (
        "دهیار روستا در دیدار با اهالی گفت خانه‌های روستا را دوباره آباد می‌کند و برای این کار "
        "از اداره بنیاد مسکن کمک گرفته است.\n"
    )
    article = parse(f"{headline}\n\n{DATE}\n\n{lead}")
    assert article.title == headline
    assert not doubted(article)


def test_exclaimed_news_headline_is_not_doubted_neg() -> None:
    headline = "بازگشت دوباره مسافران به روستای سبز!"
    article = parse(f"{headline}\n\n{DATE}\n\n{CRY_BODY}")
    assert article.title == headline
    assert not doubted(article)
