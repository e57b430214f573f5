"""mut38: tests that kill the thirty-eighth round's surviving hand mutants of fix172-fix175
(benchmarks/hand_mutants_38.py; docs/reliability.md «The thirty-eighth round: fix172-fix175
under mutation»).

Each test names the mutant it kills; each passes on main 3fb82bce. The sentences are written
for these tests.
"""

from __future__ import annotations

import jalali_meta as jm


def _codes(article: jm.Article) -> set[str]:
    return {warning.code for warning in article.warnings}


# -- fix172: a verb headline over the date line (mutant 2) -------------------------------------
_DATE_TIME = "۲۰ آذر ۱۴۰۲ - ۰۹:۳۰"
_BAZAAR_LEAD = (
    "طرح بازسازی بافت تاریخی بازار قدیمی شهر یزد که سه سال به دلیل کمبود بودجه متوقف مانده "
    "بود از امروز با حضور استاندار و شهردار دوباره آغاز شد و تا دو سال دیگر به پایان می‌رسد."
)
_BAZAAR_BODY = (
    "شهردار یزد گفت در گام نخست سقف‌های فرسوده راسته بازار زرگرها نوسازی می‌شود و "
    "مغازه‌داران در این مدت کار خود را ادامه می‌دهند."
)


def test_verbless_dossier_line_over_date_line_leaves_verb_headline_under_it() -> None:
    """Mutant 2: a dossier's verbless label over the date line, longer than the verb
    headline under the date line and sharing the lead's words, is no headline over a
    subtitle: the line under the date line stays the title."""
    for label, head in (
        ("پرونده ویژه بازسازی بافت تاریخی بازار قدیمی شهر یزد", "بازسازی بازار یزد دوباره آغاز شد"),
        ("گزارش تصویری بازسازی بافت تاریخی بازار قدیمی شهر یزد", "کار دوباره در بازار یزد آغاز شد"),
    ):
        text = f"{label}\n{_DATE_TIME}\n{head}\n\n{_BAZAAR_LEAD}\n\n{_BAZAAR_BODY}\n"
        assert jm.parse_article(text).title == head


# -- fix172: a name printed thrice over a line printed twice over the date line (11, 12) -------
_DIARY = "دفترچه خاطرات مریم"
_TRIP = "سفر به ماسوله"
_DAY = "۲۰ آذر ۱۴۰۲"


def test_name_thrice_over_two_different_lines_and_date_neg() -> None:
    """Mutant 11: NAME x3 / a line / another line / DATE: no line printed twice, so the rule
    stands back and the first line is kept, as before fix172."""
    text = f"{_DIARY}\n{_DIARY}\n{_DIARY}\n{_TRIP}\nروستای پلکانی گیلان\n{_DAY}\n"
    assert jm.parse_article(text).title == _DIARY


def test_name_thrice_title_twice_over_a_text_line_neg() -> None:
    """Mutant 12: NAME x3 / TITLE x2 / a text line (no date line under the twice-printed
    line): the first line is kept, as before fix172."""
    for tail in ("روستای پلکانی گیلان\n", f"روستای پلکانی گیلان\n{_DAY}\n"):
        text = f"{_DIARY}\n{_DIARY}\n{_DIARY}\n{_TRIP}\n{_TRIP}\n{tail}"
        assert jm.parse_article(text).title == _DIARY


# -- fix173: a name frame over a two-word headline (mutant 21) ---------------------------------
_KITE_BODY = (
    "جشنواره بادبادک کودکان امروز با حضور خانواده‌ها در بوستان بزرگ شهر برگزار شد و کودکان "
    "بادبادک‌هایی را که خودشان ساخته بودند به هوا فرستادند.\n\n"
    "مدیر فرهنگسرا گفت جشنواره سال آینده در دو روز برگزار خواهد شد."
)


def test_name_frame_doubt_says_it_is_the_frame() -> None:
    """Mutant 21: the two-word headline under a name frame is doubted for the frame, the
    warning's reason saying so (not only a near tie of scores)."""
    for frame in (".: فرهنگسرا :.", ".: خانه فرهنگ :."):
        article = jm.parse_article(f"{frame}\nجشنواره بادبادک\n۱۸ فروردین ۱۴۰۳\n\n{_KITE_BODY}")
        (doubt,) = [w for w in article.warnings if w.code == "title-uncertain"]
        assert article.title == "جشنواره بادبادک"
        assert "frame" in doubt.message


# -- fix174: /web/NNNNN-2 (mutants 31, 32) -------------------------------------------------------
_KITE_NEWS = f"جشنواره بادبادک کودکان برگزار شد\n۱۸ فروردین ۱۴۰۳\n\n{_KITE_BODY}\n"


def test_duplicate_slug_needs_five_digits() -> None:
    """Mutant 31: «/post/4521-2», four digits, is no ID with WordPress's duplicate suffix."""
    article = jm.parse_article(_KITE_NEWS, url="https://example.ir/post/4521-2")
    assert article.number is None


def test_duplicate_slug_suffix_one_is_no_copy() -> None:
    """Mutant 32: WordPress's copies start at «-2»: «/web/10763-1» names no number."""
    for url in ("https://example.ir/web/10763-1", "https://example.ir/news/12345-1/"):
        assert jm.parse_article(_KITE_NEWS, url=url).number is None
    assert jm.parse_article(_KITE_NEWS, url="https://example.ir/web/10763-2").number == "10763"


# -- fix174: a today banner over a short ticker of four gaps (mutant 34) -----------------------
_GAP = "      "
_ESSAY = (
    "دانشگاه در سال های گذشته برنامه های تازه ای برای پژوهش دانشجویان فراهم کرده است. "
    "این برنامه ها بیشتر در دانشکده های فنی و پایه اجرا می شوند و دانشجویان زیادی از آن ها "
    "بهره برده اند.\n\n"
    "مدیران دانشگاه می گویند این کار در سال آینده هم ادامه خواهد یافت.\n"
)


def test_banner_over_five_item_short_ticker_is_no_date() -> None:
    """Mutant 34: five short items (four wide gaps, 13 words) under the today banner are a
    ticker: the banner is the visit's day, no publication date."""
    ticker = _GAP.join(
        ["آزمون زبان انگلیسی", "تمدید مهلت انتخاب واحد", "اطلاعیه", "نشست استادان راهنما",
         "جشن دانش آموختگان"]
    )  # fmt: skip
    text = f"پایگاه خبری دانشگاه جنوب\nیکشنبه ۱۰ دی ۱۴۰۲\n{ticker}\n\nآخرین اخبار\n\n{_ESSAY}"
    assert jm.parse_article(text).published is None


# -- fix174: an ad's label and its advertiser (mutants 37, 39) ---------------------------------
_MILL = (
    "آسیاب آبی روستای ما بیش از صد سال قدمت دارد و هنوز هم در فصل برداشت گندم کار می‌کند. "
    "پدربزرگم می‌گفت مردم از روستاهای اطراف گندم خود را برای آرد کردن به اینجا می‌آوردند.\n\n"
    "امروز چند نفر از جوانان روستا آن را مرمت کرده‌اند و گردشگران برای دیدنش می‌آیند.\n"
)


def test_ad_label_over_its_advertiser_is_no_title() -> None:
    """Mutant 37: the ad's label right over an advertiser's short name is never the title,
    with or without a date line under them."""
    for text in (
        f"سفارش تبلیغ\nنور ویژن\n\n{_MILL}",
        f"آگهی\nنور ویژن\n{_DAY}\n\n{_MILL}",
        f"سفارش تبلیغ\nنور ویژن\n\n{_DAY}\n\n{_MILL}",
    ):
        assert jm.parse_article(text).title not in ("سفارش تبلیغ", "آگهی", "نور ویژن")


def test_three_word_advertiser_under_ad_label_is_no_title() -> None:
    """Mutant 39: an advertiser's name of three words under the label is the ad too."""
    for tail in ("", "تاریخ : جمعه 1402/3/20 | نویسنده : رضا کریمی\n"):
        text = f"سفارش تبلیغ\nفروشگاه نور ویژن\n{tail}\n{_MILL}"
        assert jm.parse_article(text).title != "فروشگاه نور ویژن"


# -- fix174: a headline printed twice over five sub-headings (mutant 43) -----------------------
_CLINIC = "مشاوره حقوقی خانواده"
_CLINIC_LEAD = (
    "مشاوره حقوقی خانواده به راهنمایی هایی گفته می شود که یک وکیل درباره طلاق، مهریه و "
    "حضانت فرزند به زن و شوهر می دهد. بیشتر پرونده های خانواده با یک جلسه مشاوره ساده "
    "کوتاه تر می شوند و هزینه دادرسی کمتری دارند.\n\n"
    "وکیل پیش از هر اقدامی مدارک ازدواج و سابقه پرونده را می خواند و راه های سازش را "
    "پیشنهاد می کند.\n"
)


def test_headline_twice_over_five_subheadings() -> None:
    """Mutant 43: five sub-heading lines (SUBHEADINGS_MAX) under the headline printed twice:
    the headline, not the contents' last line."""
    rows = "\n\n".join(
        ["مشاوره خانواده چیست", "تاریخچه دادگاه خانواده", "چرا مشاوره پیش از دعوا",
         "هزینه جلسه مشاوره", "مراحل گرفتن وقت مشاوره حقوقی"]
    )  # fmt: skip
    text = (
        f"مشاور حقوقی شما در شرق تهران\n\n12 آبان 1399\n\n{_CLINIC}\n\n{_CLINIC}\n\n{rows}\n\n"
        f"{_CLINIC_LEAD}"
    )
    assert jm.parse_article(text).title == _CLINIC


# -- fix174: a long line opening with a list's name over its own end (mutant 49) ---------------
_GUIDE = "راهنمای عضویت در کتابخانه عمومی شهر"
_LIBRARY = (
    "کتابخانه عمومی شهر از این هفته ساعت کار خود را تا ده شب افزایش داده است\n"
    "اعضای کتابخانه می توانند کتاب های تازه را از قفسه ویژه امانت بگیرند\n"
    "کارت عضویت نیز در همان روز مراجعه صادر می شود\n"
)


def test_two_part_headline_opening_with_list_word_over_its_part_neg() -> None:
    """Mutant 49: «اخبار ...» with eight words before its end (more than a breadcrumb's crumbs)
    over that end printed alone is a two-part headline, no breadcrumb: the whole line stays."""
    head = f"اخبار خوش برای همه اعضای قدیمی و تازه کتابخانه ها: {_GUIDE}"
    text = f"{head}\n\n{_GUIDE}\n\nآنچه هر عضو تازه باید بداند\n\n{_LIBRARY}"
    assert jm.parse_article(text).title == head


# -- fix175: a lead opening with its verb headline, a line printed twice under it (mutant 51) ---
_RACE_QUOTE = "رکاب بزن تا شهر نفس بکشد"


def test_lead_opening_with_verb_headline_keeps_a_twice_printed_line_out() -> None:
    """Mutant 51: the lead opens with its whole verb headline and goes on; a slogan printed
    twice under it (the line between ending with a full stop, no colon) is quoted: the
    headline stays the title."""
    head = "مسابقه دوچرخه سواری بانوان در پارک جنگلی برگزار شد"
    text = (
        f"{head}\n{_DAY}\n"
        f"{head} و به گفته دبیر هیئت، بیش از هشتاد دوچرخه سوار در آن رکاب زدند.\n"
        f"{_RACE_QUOTE}\n"
        "این جمله بر پرچم خط پایان نوشته شده بود و داور هنگام شروع آن را بلند خواند.\n"
        f"{_RACE_QUOTE}\n"
        "دور بعدی مسابقه در بهار سال آینده برگزار می‌شود.\n"
    )
    article = jm.parse_article(text)
    assert (article.title, "title-uncertain" in _codes(article)) == (head, False)


# -- fix175: a labelled date line with the code, views or author beside (mutants 56, 58) -------
_BRIDGE_HEAD = "پل عابر پیاده میدان شهدا به بهره برداری رسید"
_BRIDGE_LEAD = (
    "پل عابر پیاده میدان شهدا با حضور شهردار و اعضای شورای شهر به بهره برداری رسید و عبور "
    "دانش آموزان از این میدان ایمن شد."
)
_BRIDGE_MOTTO = "شهر ایمن برای همه"


def test_labelled_date_line_with_other_labels_keeps_a_motto_out() -> None:
    """Mutants 56, 58: HEADLINE / a labelled date line with the code, views or author beside
    it / lead / a motto printed twice around a sentence ending with a full stop (no colon
    over it): the header block holds, the headline is the title and the day is read."""
    for labels_line in (
        f"تاریخ انتشار: {_DAY} | کد خبر: ۴۵۶۷۱",
        f"کد خبر: 45671 | تاریخ انتشار: {_DAY} - ۰۹:۳۰",
        f"تاریخ انتشار: {_DAY} | بازدید: ۱۲۰",
        f"تاریخ انتشار: {_DAY} | نویسنده: مریم صادقی",
    ):
        text = (
            f"{_BRIDGE_HEAD}\n{labels_line}\n{_BRIDGE_LEAD}\n{_BRIDGE_MOTTO}\n"
            "رئیس پلیس راهور شهر هم این شعار را در پایان سخنانش به یاد حاضران آورد.\n"
            f"{_BRIDGE_MOTTO}\nپل دوم میدان تا پایان سال آینده ساخته می‌شود.\n"
        )
        article = jm.parse_article(text)
        assert article.title == _BRIDGE_HEAD, labels_line
        assert article.published is not None
        assert article.published.gregorian.isoformat().startswith("2023-12-11")


# -- fix175: a long rule spaced between its marks (mutant 62) ----------------------------------
_CLINIC_NAME = "شبکه بهداشت شهرستان"
_CLINIC_HEAD = "واکسیناسیون کودکان روستاهای دور از مرکز شهرستان آغاز شد"
_CLINIC_TEASER = (
    "تیم‌های سیار شبکه بهداشت از امروز به روستاهای دور از مرکز شهرستان می‌روند و کودکان زیر "
    "شش سال را در خانه‌های بهداشت واکسینه می‌کنند."
)


def test_long_spaced_rule_frames_one_item_list() -> None:
    """Mutant 62: a rule of one mark with spaces between («- - - ...», 30 characters) frames
    fix160's one-item list as the unspaced rule does: the list's name, flagged."""
    for rule in ("- " * 15, "= = = = = = = = = = = =", "* " * 14):
        lines = [_CLINIC_NAME, rule, "اخبار", _CLINIC_HEAD, _CLINIC_TEASER, rule, "اطلاعیه‌ها"]
        article = jm.parse_article("\n\n".join(lines) + "\n")
        assert article.title == _CLINIC_NAME, rule
        assert "listing-page" in _codes(article), rule
