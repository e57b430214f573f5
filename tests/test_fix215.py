"""fix215: a site's home page read from its text alone, no address (blind77, tests/pages
2120-2129).

A front page's text, passed without its address, is no article: its dated items (a headline
and its own date line each, no article's text under the first), a ticker whose headlines
head their own teasers below, and a menu's labels taken for a list's name give no title and
no date, with a ``title-uncertain`` and a ``listing-page`` warning. The near misses keep their
records: an article's headline over its date line and text with dated "latest news" items
under it, an article under a ticker of other stories' headlines, and a list's name over its
items' teasers. Page structures follow akhbarostanha.ir's, vatanlink.com's, andoz.tj's,
bloghnews.com's and abfaesfahan.ir's front pages (tests/pages 2120-2128); the sentences are
our own.
"""

from __future__ import annotations

from tests.checks import warning_codes

import jalali_meta as jm

# akhbarostanha.ir's WordPress front page (tests/pages 2122): the top bar's date, the menu,
# then items, each a headline, its date line, a comments label and a one-paragraph excerpt.
_DATED_ITEMS = """۱۵ مهر ۱۴۰۱
خانه
اخبار ملی
اخبار استان ها
تماس با ما
سر خط خبرها
آغاز برداشت زعفران در مزارع قاینات با حضور کشاورزان
مهر ۱۲, ۱۴۰۱
بدون دیدگاه
برداشت زعفران در مزارع شهرستان قاینات از صبح امروز آغاز شد و کشاورزان پیش‌بینی می‌کنند محصول امسال به دلیل بارش‌های بهاری بیشتر از سال گذشته باشد و قیمت آن در بازار کاهش یابد.
بازسازی پل تاریخی شهر دزفول تا پایان پاییز تمام می شود
مهر ۱۲, ۱۴۰۱
بدون دیدگاه
مدیرکل میراث فرهنگی استان خوزستان گفت مرمت پایه‌های پل تاریخی دزفول با استفاده از مصالح سنتی انجام می‌شود و عبور خودروهای سنگین از روی آن تا پایان کار ممنوع خواهد بود.
نمایشگاه کتاب استان زنجان هفته آینده گشایش می یابد
مهر ۱۲, ۱۴۰۱
بدون دیدگاه
رئیس اداره فرهنگ و ارشاد اسلامی زنجان از حضور ناشران استان‌های همجوار در نمایشگاه کتاب خبر داد و گفت خرید کتاب با یارانه ویژه دانشجویان و دانش‌آموزان امکان‌پذیر است.
آبگیری سد تازه ساز شهرستان سقز آغاز شد
مهر ۱۲, ۱۴۰۱
بدون دیدگاه
معاون استاندار کردستان گفت با آغاز آبگیری سد سقز آب شرب روستاهای پایین‌دست تا دو سال آینده تامین می‌شود و بخشی از آب برای کشاورزی منطقه ذخیره خواهد شد.
"""

# vatanlink.com's link-sharing front page (tests/pages 2126): a category menu, then items, each
# a headline, a «posted by USER |DATE| comments | HOST» line, the headline again and a button.
_SHARED_LINKS = """Toggle navigation
اقتصاد
جامعه
ورزش
فرهنگ
ارسال لینک
ورود
تیتر یک
بارش برف در ارتفاعات شمال تبریز
ارسال شده توسط reza |۱۴۰۱/۰۹/۱۸| ۰ نظر |   tabriznews.ir
بارش برف در ارتفاعات شمال تبریز
ادامه مطلب
0-
0+
افتتاح کتابخانه تازه در محله قدیمی همدان
ارسال شده توسط maryam |۱۴۰۱/۰۹/۱۸| ۰ نظر |   hamedanpress.com
افتتاح کتابخانه تازه در محله قدیمی همدان
ادامه مطلب
0-
0+
قیمت تازه بلیت اتوبوس های شهری اعلام شد
ارسال شده توسط ali |۱۴۰۱/۰۹/۱۸| ۰ نظر |   shahrnews.ir
قیمت تازه بلیت اتوبوس های شهری اعلام شد
ادامه مطلب
0-
0+
"""

# andoz.tj's DLE front page (tests/pages 2128): the menu, a tab's label, then dated headline
# lines «HEADLINE - DD.MM.YYYY» and items whose date is «DD мон YYYY, HH:MM» under the teaser.
_TAB_OVER_DATED_LINES = """Асосӣ
Кумита
Қонунҳо
Эълонҳо
Даъватнома барои иштирок дар машварати андозсупорандагон - 15.04.2019
Тартиби нави бақайдгирии соҳибкорони инфиродӣ - 11.04.2019
Семинари омӯзишӣ дар шаҳри Хуҷанд барои соҳибкорон - 08.04.2019
Хабарҳо
Тартиби нави бақайдгирии соҳибкорони инфиродӣ
Аз моҳи оянда бақайдгирии соҳибкорони инфиродӣ тавассути равзанаи ягона бо тартиби соддатар ва бе пардохти иловагӣ анҷом дода мешавад ва ҳуҷҷатҳо дар як рӯз омода мегарданд.
11 апр 2019, 09:40
Семинари омӯзишӣ дар шаҳри Хуҷанд барои соҳибкорон
Дар шаҳри Хуҷанд намояндагони кумита ба соҳибкорони ҷавон тартиби пешниҳоди ҳисоботи электрониро шарҳ доданд ва ба саволҳои онҳо дар бораи имтиёзҳо ҷавоб гуфтанд.
08 апр 2019, 15:20
Вохӯрии раиси кумита бо соҳибкорони ҷавони вилоят
Дар вохӯрӣ масъалаҳои бақайдгирӣ, имтиёзҳои андозӣ барои соҳибкорони нав ва тартиби гирифтани иҷозатномаҳо баррасӣ шуданд ва ба пешниҳодҳои иштирокчиён ҷавоб дода шуд.
02 апр 2019, 11:05
"""

# bloghnews.com's front page (tests/pages 2120): a ticker of headlines, the link bar, the today
# banner and the menu, then items (a kicker, a headline, its abstract), some of the ticker's.
_TICKER_FRONT = """افزایش ورود گردشگران نوروزی به سواحل نوشهر
آغاز لایروبی رودخانه تجن پیش از فصل بارش ها
افتتاح درمانگاه روستایی در بخش مرکزی آمل
کاهش دمای هوا در ارتفاعات استان از فردا
توزیع بذر اصلاح شده میان شالیکاران بابل
خبرنامه
ارتباط با ما
آرشيو
شنبه ۱۸ فروردين ۱۴۰۲
صفحه نخست
اجتماعی
ورزشی
فرماندار نوشهر:
افزایش ورود گردشگران نوروزی به سواحل نوشهر
فرماندار نوشهر گفت: شمار گردشگرانی که در روزهای نخست سال به سواحل این شهرستان آمده‌اند از سال گذشته بیشتر است و ناجیان غریق در همه طرح‌های سالم‌سازی دریا مستقرند.
مدیر امور منابع آب ساری:
آغاز لایروبی رودخانه تجن پیش از فصل بارش ها
مدیر امور منابع آب ساری از آغاز لایروبی بستر رودخانه تجن خبر داد و افزود: این کار برای جلوگیری از طغیان رودخانه در بارش‌های پاییزی انجام می‌شود و تا دو ماه دیگر پایان می‌یابد.
رئیس شبکه بهداشت آمل:
افتتاح درمانگاه روستایی در بخش مرکزی آمل
رئیس شبکه بهداشت آمل گفت: درمانگاه تازه با دو پزشک و یک دندانپزشک به ساکنان دوازده روستای بخش مرکزی خدمت می‌دهد و شبانه‌روزی باز است.
"""

# abfaesfahan.ir's Drupal portal (tests/pages 2124): the top menu, the day's stamp, the
# company's menu of short labels, then the news slider's titles cut with «...».
_MENU_PORTAL = """انتقال به محتوای اصلی
x
صفحه اصلی
درخواست ملاقات
گالری
سوالات متداول
خدمات الکترونیک
نقشه سایت
تماس با ما
درباره ما
ورود کاربران
EN
جستجوی پیشرفته
1401/07/20
درخواست همکاری
سازمانهای همکار
نمودار سازمانی
معرفی شرکت
آمار واطلاعات
سایتهای مرتبط
شعار سال
اخبار
مدیرعامل شرکت آب و فاضلاب استان یزد اعلام کرد: آغاز طرح اصلاح شبکه فرسوده آب در محله های...
نصب کنتورهای هوشمند آب در واحدهای تجاری مرکز شهر یزد
مدیرعامل شرکت آبفا استان یزد اعلام کرد: برنامه کاهش هدررفت آب در روزهای گرم سال در شهرهای...
معاون خدمات مشترکین شرکت آبفا استان یزد در نشست با شوراهای شهر اعلام کرد:...
تمامی حقوق مادی و معنوی این سایت متعلق به شرکت آب و فاضلاب استان یزد میباشد.
بازدید:12,402,118
بازدیدکنندگان:
امروز:4,215
هفته جاری:31,870
پیاده سازی: شرکت نمونه       استفاده از تمام مطالب سایت با ذکر منبع بلامانع است
آخرین به‌روزرسانی:1401/7/20
"""


def test_front_page_of_dated_items_gives_no_title_nor_date() -> None:
    """Headlines each over its own date line and one excerpt: a front page, not an article."""
    article = jm.parse_article(_DATED_ITEMS)
    assert article.title is None
    assert article.published is None
    assert {"title-uncertain", "listing-page"} <= warning_codes(article)


def test_link_sharing_front_page_gives_no_title_nor_date() -> None:
    """A category menu over shared links, each with its «posted by USER |DATE|» line."""
    article = jm.parse_article(_SHARED_LINKS)
    assert article.title is None
    assert article.published is None
    assert {"title-uncertain", "listing-page"} <= warning_codes(article)


def test_tab_label_and_dated_teasers_give_no_title() -> None:
    """«Эълонҳо» over «HEADLINE - DD.MM.YYYY» lines, then teasers each dated under its text:
    a front page's items, none of them the page's."""
    article = jm.parse_article(_TAB_OVER_DATED_LINES)
    assert article.title is None
    assert article.published is None
    assert "title-uncertain" in warning_codes(article)


def test_ticker_headlines_heading_their_own_teasers_give_no_title() -> None:
    """The ticker's headlines printed again below over their abstracts: a front page."""
    article = jm.parse_article(_TICKER_FRONT)
    assert article.title is None
    assert article.published is None
    assert "title-uncertain" in warning_codes(article)


def test_menu_label_is_no_list_name() -> None:
    """A company menu's short labels over the news slider: no list's name, no title."""
    article = jm.parse_article(_MENU_PORTAL)
    assert article.title is None
    assert article.published is None
    assert "title-uncertain" in warning_codes(article)


_ARTICLE_HEADLINE = "آغاز برداشت زعفران در مزارع قاینات با حضور کشاورزان"

# An article's page: its headline, its date line and its text, then a «latest news» box of
# dated items (the items are shaped like a front page's, the headline owns the text).
_ARTICLE_WITH_LATEST = f"""خانه
اخبار استان ها
{_ARTICLE_HEADLINE}
مهر ۱۲, ۱۴۰۱
برداشت زعفران در مزارع شهرستان قاینات از صبح امروز آغاز شد و کشاورزان پیش‌بینی می‌کنند محصول امسال به دلیل بارش‌های بهاری بیشتر از سال گذشته باشد و قیمت آن در بازار کاهش یابد.
مدیر جهاد کشاورزی قاینات گفت سطح زیر کشت زعفران امسال به چهار هزار هکتار رسیده است و بیشتر مزارع با آبیاری قطره‌ای آبیاری می‌شوند تا مصرف آب کاهش یابد.
او افزود خرید تضمینی زعفران از کشاورزان از هفته آینده در مراکز خرید شهرستان آغاز می‌شود و بهای آن پیش از برداشت اعلام شده است.
آخرین اخبار
بازسازی پل تاریخی شهر دزفول تا پایان پاییز تمام می شود
مهر ۱۱, ۱۴۰۱
نمایشگاه کتاب استان زنجان هفته آینده گشایش می یابد
مهر ۱۰, ۱۴۰۱
آبگیری سد تازه ساز شهرستان سقز آغاز شد
مهر ۹, ۱۴۰۱
"""


def test_article_over_latest_dated_items_keeps_title_and_date_neg() -> None:
    """An article's headline owning its text keeps its title and date, dated items below."""
    article = jm.parse_article(_ARTICLE_WITH_LATEST)
    assert article.title == _ARTICLE_HEADLINE
    assert article.published is not None
    assert article.published.jalali_date == (1401, 7, 12)
    assert "title-uncertain" not in warning_codes(article)


_TICKER_ARTICLE_HEADLINE = "آغاز لایروبی رودخانه تجن پیش از فصل بارش ها"

# An article's page under a ticker: the ticker shows other stories' headlines (and the
# article's own), none of the others heading a teaser on the page.
_TICKER_ARTICLE = f"""افزایش ورود گردشگران نوروزی به سواحل نوشهر
{_TICKER_ARTICLE_HEADLINE}
افتتاح درمانگاه روستایی در بخش مرکزی آمل
کاهش دمای هوا در ارتفاعات استان از فردا
توزیع بذر اصلاح شده میان شالیکاران بابل
خبرنامه
ارتباط با ما
صفحه نخست
اجتماعی
مدیر امور منابع آب ساری:
{_TICKER_ARTICLE_HEADLINE}
مدیر امور منابع آب ساری از آغاز لایروبی بستر رودخانه تجن خبر داد و افزود: این کار برای جلوگیری از طغیان رودخانه در بارش‌های پاییزی انجام می‌شود و تا دو ماه دیگر پایان می‌یابد.
او گفت: ماشین‌آلات سنگین از هفته گذشته در بستر رودخانه مستقر شده‌اند و شهروندان تا پایان کار از نزدیک شدن به کارگاه خودداری کنند.
"""


def test_article_under_ticker_keeps_its_title_neg() -> None:
    """A ticker whose other headlines head no teaser: the article keeps its headline (doubted
    as main doubts it, one of a run of headlines), and the page is no list."""
    article = jm.parse_article(_TICKER_ARTICLE)
    assert article.title == _TICKER_ARTICLE_HEADLINE
    assert "listing-page" not in warning_codes(article)


# A tag page: its name over its items, each a headline over a teaser (the name is no menu's
# label: no other short labels under it).
_TAG_PAGE = """خانه
تماس با ما
زعفران
آغاز برداشت زعفران در مزارع قاینات با حضور کشاورزان
برداشت زعفران در مزارع شهرستان قاینات از صبح امروز آغاز شد و کشاورزان پیش‌بینی می‌کنند محصول امسال بیشتر از سال گذشته باشد...
خرید تضمینی زعفران از هفته آینده آغاز می شود
مدیر جهاد کشاورزی گفت خرید تضمینی زعفران از کشاورزان از هفته آینده در مراکز خرید شهرستان آغاز می‌شود و بهای آن اعلام شده است...
"""


def test_list_name_over_teasers_is_kept_neg() -> None:
    """A tag's name over its items' teasers keeps main's record (the name, no menu doubt)."""
    article = jm.parse_article(_TAG_PAGE)
    assert article.title == "زعفران"
