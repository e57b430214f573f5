"""fix131: list pages read without their address, printing teasers and no list's name: two
headline-and-cut-excerpt teasers in a row (tests/pages 1691, kharidcharge.com's tag page), and
a bulleted teaser opening the page over its one excerpt (tests/pages 1549, hamvatan.net's, and
1608, ashkezarnews.ir's tag pages). The first teaser's headline is no page's title: None with
``title-uncertain``. The -neg tests are articles with related items, pagination or a cut line
of their own, whose title stays."""

import jalali_meta as jm


def _title(text: str) -> tuple[str | None, set[str]]:
    article = jm.parse_article(text)
    return article.title, {notice.code for notice in article.warnings}


def test_two_cut_teasers_in_a_row() -> None:
    title, codes = _title(
        "بیمه خودرو\n\n"
        "پنج نکته پیش از تمدید بیمه شخص ثالث خودرو\n\n"
        "مهلت تمدید بیمه شخص ثالث بسیاری از خودروها در پایان ماه است. در این نوشته نکته‌هایی "
        "را آورده‌ایم که پیش از پرداخت حق بیمه باید بدانید و تخفیف‌های سال‌های …\n"
        "پلاک خودرو\n\n"
        "تعویض پلاک خودرو بدون مراجعه حضوری انجام می‌شود\n\n"
        "از این پس برای تعویض پلاک خودرو کافی است درخواست را در سامانه ثبت کنید و نوبت "
        "بگیرید. مدارک لازم شامل کارت ملی مالک و سند …\n"
    )
    assert title is None
    assert "title-uncertain" in codes


def test_bulleted_teaser_alone_over_widgets() -> None:
    title, codes = _title(
        "• پیش‌بینی آب‌وهوای فصل آینده تا چه اندازه دقیق است\n"
        "    یک کارشناس هواشناسی: پیش‌بینی فصلی تنها روند کلی بارش و دما را نشان می‌دهد و "
        "هیچ مدلی نمی‌تواند روز بارش را از سه ماه پیش بگوید، اما احتمال‌ها را می‌توان...\n"
        "\n"
        "پیشنهاد سردبیر\n"
        "\n"
        "  • تازه‌ها\n"
        "  • پربازدیدها\n"
    )
    assert title is None
    assert "title-uncertain" in codes


def test_bulleted_kicker_over_title_and_lead() -> None:
    title, codes = _title(
        "• اداره کل میراث فرهنگی استان\n"
        "    کاروانسرای شاه‌عباسی میزبان گردشگران نوروزی شد\n"
        "    بیش از دوازده هزار گردشگر در روزهای نوروز از کاروانسرای تاریخی شهر دیدن کردند\n"
    )
    assert title is None
    assert "title-uncertain" in codes


def test_article_with_related_cut_teasers_and_pagination_under_body_neg() -> None:
    title, _ = _title(
        "ساخت سد انحرافی رودخانه کرج به مرحله پایانی رسید\n"
        "مدیرعامل شرکت آب منطقه‌ای گفت: عملیات اجرایی سد انحرافی رودخانه کرج تا پایان "
        "تابستان به پایان می‌رسد و آب کشاورزان دشت پایین‌دست تأمین خواهد شد.\n"
        "او افزود: اعتبار این طرح از محل منابع استانی پرداخت شده و پیمانکار کار را طبق "
        "برنامه پیش برده است.\n"
        "به گفته وی، آبگیری سد از پاییز آغاز خواهد شد.\n"
        "مطالب مرتبط\n"
        "لایروبی کانال‌های آبیاری دشت آغاز شد\n"
        "کانال‌های آبیاری سه روستای دشت پیش از فصل کشت لایروبی می‌شوند تا آب بدون هدر "
        "رفتن به مزرعه‌ها برسد و کشاورزان...\n"
        "برداشت گندم در استان از مرز صد هزار تن گذشت\n"
        "کشاورزان استان تا امروز بیش از صد هزار تن گندم به مراکز خرید تحویل داده‌اند و "
        "پرداخت بهای آن آغاز شده...\n"
        "صفحه ۱ از ۳\n"
        "« قبلی ۱ ۲ ۳ بعدی »\n"
    )
    assert title == "ساخت سد انحرافی رودخانه کرج به مرحله پایانی رسید"


def test_article_lead_says_continued_neg() -> None:
    title, _ = _title(
        "خاطرات یک معلم روستا از نخستین سال تدریس\n"
        "در این شماره بخش نخست گفت‌وگو با معلمی را می‌خوانید که چهل سال پیش به روستایی "
        "دورافتاده رفت و مدرسه‌ای تک‌کلاسه را راه انداخت؛ ادامه دارد…\n"
        "روزهای نخست\n"
        "وقتی به روستا رسیدم هیچ‌کس باور نمی‌کرد معلم بماند. کلاس در یک اتاق گلی بود و "
        "بچه‌ها روی زمین می‌نشستند. زمستان‌ها بخاری نفتی تنها گرمای کلاس بود.\n"
        "پدر و مادرها کم‌کم به مدرسه اعتماد کردند و دخترها هم به کلاس آمدند.\n"
    )
    assert title == "خاطرات یک معلم روستا از نخستین سال تدریس"


def test_bulleted_headline_over_whole_article_neg() -> None:
    title, _ = _title(
        "• نمایشگاه عکس زندگی عشایر در نگارخانه شهر گشایش یافت\n"
        "نمایشگاه عکس زندگی عشایر با هشتاد قاب از شش عکاس استان در نگارخانه مرکزی شهر "
        "گشایش یافت و تا پایان هفته آینده برپاست.\n"
        "دبیر نمایشگاه گفت: عکس‌ها در سه سال گذشته در ییلاق و قشلاق ایل‌ها گرفته شده است.\n"
        "بازدید از نمایشگاه برای همه رایگان است و ساعت کار آن از ده صبح تا هشت شب است.\n"
        "عکاسان در روز پایانی درباره کار خود با بازدیدکنندگان گفت‌وگو می‌کنند.\n"
    )
    assert title == "نمایشگاه عکس زندگی عشایر در نگارخانه شهر گشایش یافت"


# Mutation round 33 (benchmarks/hand_mutants_33.py): the rules' reach and limits pinned.


def test_two_cut_teasers_with_two_short_lines_between() -> None:
    # The second teaser's headline three lines under the first excerpt (a label and a
    # section line between): still two teasers in a row.
    title, codes = _title(
        "بیمه خودرو\n\n"
        "پنج نکته پیش از تمدید بیمه شخص ثالث خودرو\n\n"
        "مهلت تمدید بیمه شخص ثالث بسیاری از خودروها در پایان ماه است. در این نوشته نکته‌هایی "
        "را آورده‌ایم که پیش از پرداخت حق بیمه باید بدانید و تخفیف‌های سال‌های …\n"
        "پلاک خودرو\n"
        "اخبار خودرو\n\n"
        "تعویض پلاک خودرو بدون مراجعه حضوری انجام می‌شود\n\n"
        "از این پس برای تعویض پلاک خودرو کافی است درخواست را در سامانه ثبت کنید و نوبت "
        "بگیرید. مدارک لازم شامل کارت ملی مالک و سند …\n"
    )
    assert title is None
    assert "title-uncertain" in codes


def test_bulleted_teaser_alone_over_four_widget_lines() -> None:
    title, codes = _title(
        "• پیش‌بینی آب‌وهوای فصل آینده تا چه اندازه دقیق است\n"
        "    یک کارشناس هواشناسی: پیش‌بینی فصلی تنها روند کلی بارش و دما را نشان می‌دهد و "
        "هیچ مدلی نمی‌تواند روز بارش را از سه ماه پیش بگوید، اما احتمال‌ها را می‌توان...\n"
        "\n"
        "پیشنهاد سردبیر\n"
        "\n"
        "  • تازه‌ها\n"
        "  • پربازدیدها\n"
        "  • پربحث‌ترین‌ها\n"
    )
    assert title is None
    assert "title-uncertain" in codes


def test_bulleted_headline_over_one_whole_paragraph_and_share_lines_neg() -> None:
    # «• HEADLINE» over one whole paragraph (no «...») and two share lines: a short item
    # whose headline is bulleted, no list's teaser.
    title, codes = _title(
        "• نمایشگاه عکس زندگی عشایر در نگارخانه شهر گشایش یافت\n"
        "نمایشگاه عکس زندگی عشایر با هشتاد قاب از شش عکاس استان در نگارخانه مرکزی شهر "
        "گشایش یافت و تا پایان هفته آینده برپاست؛ بازدید از آن برای همه رایگان است.\n\n"
        "اشتراک گذاری\n"
        "برچسب‌ها\n"
    )
    assert title == "نمایشگاه عکس زندگی عشایر در نگارخانه شهر گشایش یافت"
    assert "title-uncertain" not in codes


def test_bulleted_teaser_under_the_items_code_line_neg() -> None:
    # The item's code line over the bulleted headline: the page does not open with the
    # bullet, so it is an item's page, not a list's lone teaser.
    article = jm.parse_article(
        "کد خبر: ۴۵۲۱۸\n"
        "• پیش‌بینی آب‌وهوای فصل آینده تا چه اندازه دقیق است\n"
        "    یک کارشناس هواشناسی: پیش‌بینی فصلی تنها روند کلی بارش و دما را نشان می‌دهد و "
        "هیچ مدلی نمی‌تواند روز بارش را از سه ماه پیش بگوید، اما احتمال‌ها را می‌توان...\n"
        "\n"
        "پیشنهاد سردبیر\n"
    )
    assert article.title == "پیش‌بینی آب‌وهوای فصل آینده تا چه اندازه دقیق است"
    assert article.number == "45218"
