"""fix130: the short headline under a summary line that the address's slug spells (real42 #9,
a medical university's county news page), and a headline ending with «!» over an opinion
piece's «NAME: ...» standfirst (blind55's tests/pages 1690, a WordPress.com blog). The texts
are written for these tests."""

import jalali_meta as jm


def _uncertain(record: jm.Article) -> bool:
    return any(w.code == "title-uncertain" for w in record.warnings)


# 1. A summary sentence printed over the story's short headline; the address's slug spells
#    the headline word for word and not the summary: the headline is the title.

_SUMMARY = (
    "در آستانه روز پرستار درمانگاه تخصصی کودکان بیمارستان شهید بهشتی کاشمر به بهره برداری رسید"
)
_HEADLINE = "گشایش درمانگاه تخصصی کودکان بیمارستان شهید بهشتی کاشمر."
_LEAD = (
    "به گزارش روابط عمومی دانشکده علوم پزشکی کاشمر، این درمانگاه روز دوشنبه با حضور "
    "فرماندار، نماینده مردم در مجلس و مدیران شبکه بهداشت گشایش یافت و پذیرش بیماران را "
    "آغاز کرد.\n"
    "برای تجهیز این درمانگاه سه میلیارد ریال از محل اعتبارات استانی هزینه شده است.\n"
)
_SPELLED = (
    "https://kashmar.example.ac.ir/News/527/"
    "-گشایش-درمانگاه-تخصصی-کودکان-بیمارستان-شهید-بهشتی-کاشمر-.html"
)


def _title(record: jm.Article) -> str | None:
    return None if record.title is None else record.title.rstrip(".").strip()


def test_slug_spelling_the_short_line_under_a_summary_takes_it() -> None:
    record = jm.parse_article(f"{_SUMMARY}\n{_HEADLINE}\n{_LEAD}", url=_SPELLED)
    assert _title(record) == _HEADLINE.rstrip(".")
    assert not _uncertain(record)


def test_slug_spelling_the_line_under_with_a_query_string() -> None:
    record = jm.parse_article(f"{_SUMMARY}\n{_HEADLINE}\n{_LEAD}", url=_SPELLED + "?lang=fa")
    assert _title(record) == _HEADLINE.rstrip(".")


def test_neg_text_alone_keeps_the_first_line() -> None:
    # No address: nothing says which line is the headline; the older choice stands.
    record = jm.parse_article(f"{_SUMMARY}\n{_HEADLINE}\n{_LEAD}")
    assert _title(record) == _SUMMARY


def test_neg_slug_spelling_the_chosen_line_keeps_it() -> None:
    url = "https://kashmar.example.ac.ir/News/527/-" + "-".join(_SUMMARY.split()) + "-.html"
    record = jm.parse_article(f"{_SUMMARY}\n{_HEADLINE}\n{_LEAD}", url=url)
    assert _title(record) == _SUMMARY
    assert not _uncertain(record)


def test_neg_slug_spelling_a_headline_further_down_keeps_the_pick() -> None:
    # The spelled line is not right under the chosen one (the lead stands between): a
    # related item's headline lower on the page, not this one's.
    related = "گشایش درمانگاه تخصصی کودکان بیمارستان شهید بهشتی کاشمر"
    text = f"{_SUMMARY}\n{_LEAD}\nخبرهای مرتبط\n{related}\n"
    record = jm.parse_article(text, url=_SPELLED)
    assert _title(record) == _SUMMARY


def test_neg_slug_spelling_two_words_of_the_line_under_keeps_the_pick() -> None:
    url = "https://kashmar.example.ac.ir/News/527/-گشایش-درمانگاه-.html"
    record = jm.parse_article(f"{_SUMMARY}\n{_HEADLINE}\n{_LEAD}", url=url)
    assert _title(record) == _SUMMARY


# 2. A headline ending with «!» over an opinion piece's standfirst, the writer's name and a
#    colon opening it: the headline is the title, with the address or not.

_EXCLAIMED = "سهم ناچیز «پنج دقیقه» گزارش هواشناسی محلی در برنامه صبحگاهی رادیو همدان!"
_STANDFIRST = (
    "   فریبا نوروزی: آن شنوندگانی که هر بامداد پیش از رفتن به مزرعه رادیو را روشن می‌کنند، "
    "بیش از همه به پیش‌بینی باران و سرمای شبانه نیاز دارند و همین بخش کوتاه را می‌شنوند.     "
)
_BODY = (
    "برنامه صبحگاهی رادیو استان سال‌هاست با موسیقی و گفت‌وگو با مهمانان آغاز می‌شود و "
    "گزارش هواشناسی در پایان آن و در چند جمله خوانده می‌شود؛ کشاورزان بارها خواسته‌اند "
    "که این بخش بلندتر و زودتر پخش شود.\n"
)


def test_exclaimed_headline_over_a_named_standfirst_text_alone() -> None:
    record = jm.parse_article(f"{_EXCLAIMED}\n\n{_STANDFIRST}\n\n{_BODY}")
    assert record.title == _EXCLAIMED


def test_exclaimed_headline_over_a_named_standfirst_with_an_address() -> None:
    url = "https://radionote.example.com/2011/03/08/morning-weather/"
    record = jm.parse_article(f"{_EXCLAIMED}\n\n{_STANDFIRST}\n\n{_BODY}", url=url)
    assert record.title == _EXCLAIMED


def test_exclaimed_headline_over_a_three_word_speaker() -> None:
    standfirst = _STANDFIRST.replace("فریبا نوروزی:", "مدیر هواشناسی همدان:")
    record = jm.parse_article(f"{_EXCLAIMED}\n\n{standfirst}\n\n{_BODY}")
    assert record.title == _EXCLAIMED


def test_neg_exclaimed_sentence_over_a_reported_speaker() -> None:
    # «NAME گفت: ...»: a body's reported speech going on after its first sentence.
    standfirst = _STANDFIRST.replace("فریبا نوروزی:", "همسایه‌ام گفت:")
    record = jm.parse_article(f"{_EXCLAIMED}\n\n{standfirst}\n\n{_BODY}")
    assert record.title != _EXCLAIMED


def test_neg_exclaimed_sentence_over_a_phrase_and_colon() -> None:
    standfirst = _STANDFIRST.replace("فریبا نوروزی:", "به عبارت دیگر:")
    record = jm.parse_article(f"{_EXCLAIMED}\n\n{standfirst}\n\n{_BODY}")
    assert record.title != _EXCLAIMED


def test_neg_exclaimed_sentence_over_running_text() -> None:
    # No name and colon under it: the text's first sentence (as before).
    record = jm.parse_article(f"{_EXCLAIMED}\n\n{_BODY}\n{_BODY}")
    assert record.title != _EXCLAIMED


def test_neg_exclaimed_sentence_with_a_second_sentence() -> None:
    two = "امروز باران آمد! " + _EXCLAIMED
    record = jm.parse_article(f"{two}\n\n{_STANDFIRST}\n\n{_BODY}")
    assert record.title != two


def test_neg_slogan_under_the_site_name() -> None:
    # A site's tagline ending with «!» under its name over a named standfirst: the tagline
    # is never the title.
    slogan = "رادیو همدان همراه همیشگی کشاورزان و روستاییان استان در همه فصل‌های سال!"
    text = f"رادیو همدان\n{slogan}\n\n{_STANDFIRST}\n\n{_BODY}"
    record = jm.parse_article(text)
    assert record.title != slogan


# 3. A date printed first and its label last, the label's colon ending the line, a Gregorian
#    twin before the Jalali day («DATE - TIME - DATE LABEL:», a right-to-left row read in
#    the other order; blind52's tests/pages 1620), under the site's crawl-time line; and a
#    site's slogan bidding the reader stay «با «SITE» همراه باشید» is no headline.

_SLOGAN = "تازه ترین خبرهای بازار لوازم خانگی را هر روز با «خانه نیوز» همراه باشید"
_CRAWL = "۰۳ مهر ۱۴۰۳ - ۰۹:۱۲\nکد خبر: ۵۸۲۱۰\n"
_ITEM = (
    "انجمن تولیدکنندگان:\n"
    "خانه نیوز: انجمن تولیدکنندگان لوازم خانگی روز دوشنبه اعلام کرد که فروش یخچال و "
    "لباسشویی در شش ماه نخست سال نسبت به سال گذشته ۱۲ درصد کاهش یافته است.\n"
    "به گزارش خانه نیوز، بیشترین کاهش فروش در استان های جنوبی ثبت شده و تولیدکنندگان "
    "دلیل آن را گرانی مواد اولیه می دانند.\n"
)


def _published_iso(text: str) -> str | None:
    record = jm.parse_article(text)
    return None if record.published is None else record.published.gregorian.isoformat()


def test_date_with_twin_first_and_its_label_last() -> None:
    line = "2019 March 12 - ۱۰:۴۵ - ۲۱ اسفند ۱۳۹۷ تاریخ انتشار:\n"
    assert _published_iso(_CRAWL + line + _ITEM) == "2019-03-12T10:45:00+03:30"


def test_date_with_twin_first_and_its_label_last_under_a_slogan() -> None:
    line = "2019 March 12 - ۱۰:۴۵ - ۲۱ اسفند ۱۳۹۷ تاریخ انتشار:\n"
    record = jm.parse_article(f"{_SLOGAN}\n{_CRAWL}{line}{_ITEM}")
    assert record.published is not None
    assert record.published.gregorian.isoformat() == "2019-03-12T10:45:00+03:30"
    assert record.title is None


def test_neg_words_between_the_date_and_the_label_last() -> None:
    # «... در این گزارش تاریخ انتشار:»: words of a sentence between the date and the label,
    # no row of a value and its label: the crawl line stays the page's only dated header.
    line = "2019 March 12 - ۱۰:۴۵ - ۲۱ اسفند ۱۳۹۷ در این گزارش تاریخ انتشار:\n"
    assert _published_iso(_CRAWL + line + _ITEM) == "2024-09-24T09:12:00+03:30"


def test_slogan_with_the_site_named_in_quotes_is_no_title() -> None:
    record = jm.parse_article(f"{_SLOGAN}\n\n{_ITEM.split(chr(10), 1)[1]}")
    assert record.title != _SLOGAN


def test_neg_headline_with_a_quoted_name_and_no_bidding() -> None:
    # «با «NAME» همراه شدند» reports; only «همراه باشید» bids the reader.
    headline = "بازیگران «پایتخت» با «کاروان نوروزی» همراه شدند"
    record = jm.parse_article(f"{headline}\n{_ITEM.split(chr(10), 1)[1]}")
    assert record.title == headline
